#include "kinds/common.h"

#include <algorithm>

#include "text/regex.h"

namespace claimcheck {
namespace {

const Regex& Negators() {
  static const Regex re(
      "no|nunca|jamas|ni|sin|tampoco|not|n't|never|no|without|neither|nor|cannot|didn't|doesn't|"
      "don't|isn't|wasn't|won't|hasn't|haven't|"
      // Verbs of absence deny what they take ("lacks a mutual assistance
      // clause", "carece de asistencia mutua").
      "lacks?|lacked|lacking|carecen?|carecia|carecian",
      Regex::kWordBounded);
  return re;
}

// "no descarta", "does not rule out": a negated negative is an assertion.
const Regex& Litotes() {
  static const Regex re(
      "descart\\w*|rul(e|es|ed|ing) out|exclu\\w*|dud\\w*|doubt\\w*|to mention|solo|only|"
      "solamente|unicamente|merely|just",
      Regex::kWordBounded);
  return re;
}

// Intention or future: "plans to sign", "will sign", "para firmar", "se firmará".
// A word of its own: "el pacto firmado" ends in "to" too.
const Regex& IrrealisBefore() {
  static const Regex re(
      "\\b(to|will|would|shall|could|may|might|para|va a|van a|iba a|iban a|vayan a|a punto de|"
      "expected to|plans? to|planned to|set to|due to)\\s+$");
  return re;
}

const Regex& FutureForm() {
  // Spanish future and conditional endings of -ar/-er/-ir verbs ("firmará",
  // "firmarán", "firmaría"), folded without accents.
  static const Regex re("\\w+(ara|aran|aremos|aria|arian|era|eran|ira|iran)$");
  return re;
}

// A denial that governs the clause after it: "Peskov denied that the treaty was
// signed in Moscow", "negó que las conversaciones duraran cinco horas". The
// clause that follows says what was denied, so it reads as negated.
const Regex& DenialBefore() {
  static const Regex re(
      "\\b(denied|denies|deny|denying|nego|niega|niegan|negaron|negado|desminti\\w*|desmient\\w*)"
      "( (the )?(reports?|claims?|suggestions?|las informaciones|las versiones|los rumores|rumou?rs)( de)?)?\\s*$");
  return re;
}

const Regex& ThatOpening() {
  static const Regex re("^(that|que)\\b");
  return re;
}

// True when `pos` (original offset) lies in a question of sentence `s`: after an
// opening "¿" not yet closed, or, in a sentence without "¿", one that ends with
// "?" ("Was it signed in Moscow?", "¿Duraron cinco horas las conversaciones?").
// A question asks; the answer, if any, is the claim.
bool InQuestion(const Doc& doc, const Sentence& s, size_t pos) {
  const std::string_view text = doc.article.Text(s.orig);
  const size_t at = pos - s.orig.begin;
  const std::string_view open = "\u00bf";
  const size_t q = text.rfind(open, at);
  if (q != std::string_view::npos) {
    const size_t close = text.find('?', q);
    return close != std::string_view::npos && close >= at;
  }
  if (text.find(open) != std::string_view::npos) return false;
  // Past closing quotes and brackets (bytes of "\u201d", "\u00bb" among them).
  size_t end = text.size();
  while (end > 0 && (std::string_view(" \t\"')]").find(text[end - 1]) != std::string_view::npos ||
                     static_cast<unsigned char>(text[end - 1]) >= 0x80))
    --end;
  return end > 0 && text[end - 1] == '?' && text.find('?') >= at;
}

// Verbs of saying, in the forms news reports speech with ("said", "claimed",
// "dijo", "aseguró", folded without accents). There is no lexicon of them in
// ICU; the list is the usual reporting verbs of wire copy, without the forms
// that are as often nouns ("states", "claims", "reports"; "anuncio",
// "público", "cálculo").
constexpr const char* kSaying =
    "said|says|say|claimed|claim|told|tells|stated|asserted|asserts|alleged|alleges|"
    "insisted|insists|argued|argues|maintained|maintains|contended|contends|reported|"
    "added|wrote|writes|announced|acknowledged|admitted|suggested|estimated|"
    "dijo|dice|dicen|dijeron|ha dicho|han dicho|afirmo|afirma|afirman|afirmaron|ha afirmado|"
    "aseguro|asegura|aseguran|aseguraron|ha asegurado|declaro|declara|declararon|sostuvo|sostiene|"
    "sostienen|senalo|senala|senalaron|indico|indica|indicaron|explico|explica|anadio|agrego|"
    "informo|informa|informaron|alego|alega|insistio|insiste|admitio|reconocio|apunto|apunta|"
    "destaco|subrayo|estimo|reporto|"
    // The imperfect, as corrections and reports of reports tell ("una versión
    // anterior afirmaba que", "el comunicado decía que").
    "decia|decian|afirmaba|afirmaban|aseguraba|aseguraban|sostenia|sostenian|senalaba|senalaban|"
    "indicaba|indicaban|informaba|informaban|"
    // The subjunctive of a claim someone might make ("quien diga que").
    "diga|digan|afirme|afirmen|asegure|aseguren|sostenga|sostengan";

// The number of words in `text`.
size_t WordsBetween(std::string_view text) {
  size_t words = 0;
  bool in = false;
  for (char c : text) {
    bool w = std::isalnum(static_cast<unsigned char>(c)) || c == '\'' || static_cast<unsigned char>(c) >= 0x80;
    if (w && !in) ++words;
    in = w;
  }
  return words;
}

// A source named by "según"/"according to": a proper name (capitalized in the
// original: "según el Kremlin", "according to KCNA") or a word for people who
// report ("según fuentes diplomáticas", "according to analysts"). "Según el
// tratado", "according to plan" name no speaker: the text is the outlet's.
bool SourceAfter(const Doc& doc, Span folded_word) {
  static const Regex reporters(
      "fuentes?|analistas?|expertos?|medios|agencias?|portavoz|funcionarios?|diplomaticos?|observadores|"
      "testigos|sources?|analysts?|experts?|officials?|diplomats?|observers|witnesses|spokes(?:man|woman|person)|"
      "media|reports?|informes?|"
      // People and bodies by their office ("según el asesor del Kremlin Yuri
      // Ushakov", "according to the ministry").
      "asesor[ae]?s?|consejer[oa]s?|ministr[oa]s?|ministerio|president[ae]s?|gobierno|canciller|cancilleria|"
      "embajad[ao]r?[ae]?s?|jef[ae]s?|director[ae]?s?|diarios?|periodicos?|cadena|televisi\\w+|"
      "advis[eo]rs?|aides?|ministers?|ministry|presidents?|government|embass(?:y|ies)|ambassadors?|"
      "newspapers?|broadcasters?|agenc(?:y|ies)",
      Regex::kWordBounded);
  if (reporters.MatchAt(doc.Folded(folded_word), 0)) return true;
  const std::string_view orig = doc.article.Text(doc.Orig(folded_word));
  return !orig.empty() && std::isupper(static_cast<unsigned char>(orig[0]));
}

// True when `clause` of sentence `s` is the "that"/"que" clause just after a
// verb of saying ("the Kremlin said on Wednesday that", "afirmaba que").
bool ThatClauseOfSaying(const Doc& doc, const Sentence& s, Span clause) {
  static const Regex before_that(std::string("\\b(?:") + kSaying + ")\\b(?:[ ,]+[^ ,]+){0,6}[ ,]*$");
  return ThatOpening().Contains(doc.Folded(clause)) && before_that.Contains(doc.Folded({s.folded.begin, clause.begin}));
}

// Whether the cue `cue` of clause `clause` in sentence `s` is told as someone's
// speech rather than the outlet's: after a verb of saying in its clause
// ("analysts claimed the talks lasted five hours"), in a "that"/"que" clause
// just after one (`that_of_saying`, ThatClauseOfSaying: "the Kremlin said on
// Wednesday that"), in a sentence that "según X"/"according to X" opens or
// closes, or in the clause it is set in, or before a closing ", X said" /
// ", dijo X" at the sentence's end.
bool ReportedSpeech(const Doc& doc, const Sentence& s, Span clause, Span cue, bool that_of_saying) {
  static const Regex in_clause(std::string("\\b(?:") + kSaying + ")\\b");
  // ", Peskov told reporters.", ", dijo el portavoz del Kremlin, Dmitri
  // Peskov.": a short tail with no clause of its own (", and Putin said it was
  // historic" says something else).
  static const Regex closing(std::string("^[^,]*,(?:\\s*\\S+){0,6}?\\s*\\b(?:") + kSaying +
                             ")\\b(?:\\s*\\S+){0,8}\\s*$");
  static const Regex clause_word(
      "\\b(?:and|y|e|but|pero|while|mientras|that|que|it|is|was|were|are|will|would|es|fue|era|sera|seria)\\b");
  static const Regex source_word(
      "\\b(?:segun|according to)\\s+(?:(?:el|la|los|las|un|una|unos|unas|the|a|an)\\s+)?([^\\s,.;:]+)");
  if (in_clause.Contains(doc.Folded({clause.begin, cue.begin}))) return true;
  if (that_of_saying) return true;
  const std::string_view sentence = doc.Folded(s.folded);
  std::vector<Span> g;
  for (size_t at = 0; source_word.Find(sentence, at, &g); at = g[0].end) {
    if (!SourceAfter(doc, {s.folded.begin + g[1].begin, s.folded.begin + g[1].end})) continue;
    // Opening or closing the sentence, "según X" attributes all of it; set
    // inside a clause, that clause only ("firmaron un tratado que, según el
    // Kremlin, solo es un borrador": the signing is the outlet's).
    if (g[0].begin == 0 || doc.ClauseAt(s, s.folded.begin + g[0].begin) == clause) return true;
    const std::string_view rest = sentence.substr(g[1].end);
    if (rest.find(',') == std::string_view::npos && WordsBetween(rest) <= 6) return true;
  }
  std::string_view tail = doc.Folded({cue.end, s.folded.end});
  // The tag may close the claim's clause rather than the sentence: "no incluye
  // asistencia mutua, sostiene el analista, aunque el texto dice lo contrario".
  static const Regex next_clause(",\\s*(?:aunque|pero|sin embargo|but|although|though|while|whereas|mientras)\\b");
  std::vector<Span> cut;
  const size_t first_comma = tail.find(',');
  if (first_comma != std::string_view::npos && next_clause.Find(tail, first_comma + 1, &cut))
    tail = tail.substr(0, cut[0].begin);
  if (!closing.MatchAt(tail, 0)) return false;
  const size_t comma = tail.find(',');
  return !clause_word.Contains(tail.substr(comma + 1));
}

// The stretch of sentence `s` that a connective of time opens ("a day after
// signing the treaty", "desde que firmaron", "tras la firma", "the first
// anniversary of", "se cumple un año de la firma") up to the next
// comma or the sentence's end, when `pos` lies in one (the outermost, when
// they nest); else an empty span. A cue there tells the event that times
// another ("Putin flew to Hanoi on Thursday, a day after signing the treaty",
// "Hoy se cumple un año desde que firmaron"): the main clause's date, place
// or number is not its own. The other way round a cue of the main clause may
// take what the phrase holds: "signed the treaty following talks in Pyongyang
// on Wednesday" leaves open which event the day is of, and "before dawn" is
// a bound of the main event itself. "When"/"cuando" tell the same time, and
// open none.
Span TemporalPhraseAt(const Doc& doc, const Sentence& s, size_t pos) {
  static const Regex re(
      "after|before|since|following|ahead of|prior to|despues de|despues que|antes de|antes que|"
      "desde que|tras|luego de|anniversary of|aniversario de|se cumplen? [a-z0-9]+(?: [a-z]+)? (?:de|desde)",
      Regex::kWordBounded);
  const std::string_view text = doc.Folded(s.folded);
  const size_t at = pos - s.folded.begin;
  Span found{};
  for (Span m : re.FindAll(text)) {
    if (m.begin > at) break;
    // The phrase ends at the next comma that separates (not "1,5").
    size_t end = m.end;
    while (end < text.size() && !(text[end] == ',' && (end + 1 == text.size() || text[end + 1] == ' '))) ++end;
    if (at < end) {
      found = {s.folded.begin + m.begin, s.folded.begin + end};
      break;
    }
  }
  return found;
}

// Folded words that read as a verb of their own: a past tense ("arrived",
// "left", "llegó", "recibieron"), a form of "be" or "have", the present of a
// few verbs of visits and signing ("arrives", "llega", "firma"), and, when
// `participles`, a Spanish participle ("y ratificado en noviembre"). There is
// no part-of-speech tagger here; these are the forms news tells events in,
// minus those that are as often nouns or adjectives ("the armed forces", "el
// tratado", "el pasado martes"). `prev` is the word before.
bool LooksLikeVerb(const Doc& doc, Span word, std::string_view prev, bool participles) {
  static const Regex irregular(
      "met|left|went|flew|came|held|took|made|gave|saw|told|said|began|spent|led|sent|brought|paid|sat|stood|"
      "won|lost|found|kept|ran|drove|rode|spoke|wrote|became|got|was|were|had|did|has|have|is|are|"
      "fue|fueron|era|eran|ha|han|habia|habian|hubo|hizo|hicieron|dio|dieron|vio|tuvo|es|son");
  static const Regex determiner(
      "the|a|an|this|that|these|those|its|his|her|their|our|so|"
      "el|la|los|las|un|una|unos|unas|su|sus|este|ese|esa|aquel|del|al|lo|de|en|con|por|para");
  static const Regex not_participle(
      "tratados?|estados?|pasad[oa]s?|partidos?|sentidos?|enviad[oa]s?|aliad[oa]s?|soldados?|legados?|"
      "mercados?|senados?|lados?|cuidados?|resultados?|significados?|contenidos?|apellidos?|ruidos?");
  // The present of the verbs that tell a visit, as headlines and live copy
  // do ("Putin arrives in Pyongyang on Tuesday and signs"); as often nouns
  // ("la visita", "la firma"), they count only without a determiner before.
  static const Regex present(
      "arrives?|leaves|lands|flies|meets|visits|travels|heads|returns|hosts|receives|greets|welcomes|signs|inks|"
      "llegan?|viajan?|aterrizan?|visitan?|parten?|salen?|reciben?|reunen?|celebran?|firman?|rubrican?|suscriben?");
  const std::string_view w = doc.Folded(word);
  if (irregular.FullMatch(w)) return true;
  if (present.FullMatch(w)) return !determiner.FullMatch(prev);
  auto ends = [&](std::string_view tail, size_t min) {
    return w.size() >= min && w.substr(w.size() - tail.size()) == tail;
  };
  if (ends("ed", 5)) return !determiner.FullMatch(prev);
  if (ends("aron", 6) || ends("ieron", 6) || ends("yeron", 6) || ends("aba", 5) || ends("aban", 6)) return true;
  for (std::string_view p : {"ado", "ada", "ados", "adas", "ido", "ida", "idos", "idas"})
    if (ends(p, 6)) return participles && !determiner.FullMatch(prev) && !not_participle.FullMatch(w);
  // The preterite that only its accent tells ("firmó", "llegó"; folded,
  // "firmo" is the present).
  const std::string_view orig = doc.article.Text(doc.Orig(word));
  return w.size() >= 4 && orig.size() >= 2 && orig.substr(orig.size() - 2) == "\xC3\xB3";
}

const Regex& WordRe() {
  static const Regex re("[a-z0-9']+");
  return re;
}

// True when a word of `range` (folded) looks like a verb.
bool HasVerb(const Doc& doc, Span range, bool participles) {
  if (range.empty()) return false;
  std::string_view prev;
  const std::string_view text = doc.Folded(range);
  for (Span m : WordRe().FindAll(text)) {
    if (LooksLikeVerb(doc, {range.begin + m.begin, range.begin + m.end}, prev, participles)) return true;
    prev = text.substr(m.begin, m.size());
  }
  return false;
}

// Coordinators that open a verb phrase of their own: "and", "y", "but", "pero"
// (Spanish "e" before an i sound, where it stands for "y") with a verb within
// four words and no comma ("and signed", "y ambos firmaron", "and the two
// leaders signed"); "Rusia y Corea del Norte, Putin y Kim Jong-un, firmaron"
// joins names. Each is returned as the span from the coordinator to the end
// of that verb.
std::vector<Span> PredicateCoordinators(const Doc& doc, Span range, size_t limit) {
  static const Regex re("\\b(?:and|y|but|pero)\\b|\\be\\s+h?i");
  std::vector<Span> out;
  if (range.empty()) return out;
  const std::string_view text = doc.Folded(range);
  for (Span m : re.FindAll(text)) {
    const size_t k_begin = range.begin + m.begin;
    const size_t k_end = range.begin + (text[m.begin] == 'e' ? m.begin + 1 : m.end);
    // Past an aside that opens right after it: "y, tras ser recibido por Kim,
    // firmó".
    size_t from = k_end;
    const std::string_view rest = doc.Folded({k_end, std::max(k_end, limit)});
    const size_t first = rest.find_first_not_of(' ');
    if (first != std::string_view::npos && rest[first] == ',') {
      const size_t close = rest.find(',', first + 1);
      if (close == std::string_view::npos) continue;
      from = k_end + close + 1;
    }
    // Four words are looked at: a few dozen bytes (cut at a space), not the
    // rest of the clause.
    size_t stop = std::max(from, limit);
    if (stop > from + 64) {
      const size_t space = doc.fold.str().rfind(' ', from + 64);
      stop = space != std::string::npos && space > from ? space : from + 64;
    }
    const std::string_view after = doc.Folded({from, stop});
    std::string_view prev = doc.Folded({k_begin, k_end});
    int words = 0;
    for (Span w : WordRe().FindAll(after)) {
      if (++words > 4 || after.substr(0, w.begin).find(',') != std::string_view::npos) break;
      const Span abs{from + w.begin, from + w.end};
      if (LooksLikeVerb(doc, abs, prev, /*participles=*/true)) {
        out.push_back({k_begin, abs.end});
        break;
      }
      prev = after.substr(w.begin, w.size());
    }
  }
  return out;
}

// True when `c` belongs to a predicate that a coordinator joins to the cue's,
// not to the cue's own: "arrived in Pyongyang on Tuesday and signed the
// treaty" (Tuesday is the arrival's), "signed the treaty and left for Hanoi on
// Thursday" (Thursday is the departure's). The coordinator must open a verb
// phrase, and the other side must have a verb of its own, a finite one before
// the value when the value comes first: "On Wednesday, Putin arrived and
// signed" times both, and "una reunión realizada en Pyongyang, ... firmaron"
// puts the meeting, and the signing, there. When the value comes after, the
// cue's side must have a verb too: "Talks between Putin and Kim ended in
// Pyongyang" joins names.
bool InOtherPredicate(const Doc& doc, const CueHit& hit, Span c) {
  if (c.begin >= hit.cue.end) {
    const std::vector<Span> coordinators = PredicateCoordinators(doc, {hit.cue.end, c.begin}, c.begin);
    if (coordinators.empty()) return false;
    // A participle counts when it is the cue ("firmado el 19 de junio y
    // ratificado en noviembre"), not when it qualifies a noun of the cue's
    // subject ("las conversaciones entre la delegación rusa, encabezada por
    // Putin, y la norcoreana duraron dos horas").
    std::vector<Span> before = WordRe().FindAll(doc.Folded({hit.clause.begin, hit.cue.begin}));
    const std::string_view prev =
        before.empty() ? std::string_view()
                       : doc.Folded({hit.clause.begin + before.back().begin, hit.clause.begin + before.back().end});
    const bool cue_is_verb = LooksLikeVerb(doc, hit.cue, prev, /*participles=*/true);
    for (Span k : coordinators)
      if (cue_is_verb || HasVerb(doc, {hit.clause.begin, k.begin}, /*participles=*/false)) return true;
    return false;
  }
  if (c.end > hit.cue.begin) return false;
  // The coordinator must be the value's own clause's, or open the next one
  // ("arrived on Tuesday but signed"): a coordinator of a later clause joins
  // that clause's parts ("confirmó el miércoles que Putin y Kim firmaron").
  const Span own = doc.ClauseAt(*hit.sentence, c.begin);
  if (!HasVerb(doc, {own.begin, c.begin}, /*participles=*/false)) return false;
  for (Span k : PredicateCoordinators(doc, {c.end, hit.cue.begin}, std::max(hit.cue.end, hit.clause.end))) {
    const Span kc = doc.ClauseAt(*hit.sentence, k.begin);
    if (kc == own ||
        (kc.begin == k.begin && doc.Folded({own.end, k.begin}).find_first_not_of(" ,") == std::string_view::npos))
      return true;
  }
  return false;
}

// True when `clause` of `s` is a relative clause set off by commas ("Putin,
// who had met Kim on Tuesday, signed the treaty": the clause from "who").
// The clause splitter opens a clause at the pronoun but does not close it at
// the comma, so what follows that comma is the main clause's predicate.
bool RelativeAside(const Doc& doc, const Sentence& s, Span clause) {
  static const Regex* const kRelative = new Regex(
      "^(?:who|whom|whose|which|que|quien|quienes|cuyo|cuya|cuyos|cuyas|el cual|la cual|los cuales|las cuales)\\b");
  if (!kRelative->MatchAt(doc.Folded(clause), 0)) return false;
  const std::string_view before = doc.Folded({s.folded.begin, clause.begin});
  const size_t last = before.find_last_not_of(' ');
  return last != std::string_view::npos && before[last] == ',';
}

// True when `c` and the cue stand on the two sides of the comma that closes a
// relative clause set off by commas: "Putin and Kim, who had met on Tuesday,
// signed the treaty" (Tuesday is the meeting's), "el tratado, que Putin firmó,
// entra en vigor el jueves" (Thursday is the entry into force's).
bool AcrossRelativeAside(const Doc& doc, const CueHit& hit, Span c) {
  const Span first = c.end <= hit.cue.begin ? c : hit.cue;
  const Span second = c.end <= hit.cue.begin ? hit.cue : c;
  const Span clause = doc.ClauseAt(*hit.sentence, first.begin);
  if (second.begin >= clause.end || !RelativeAside(doc, *hit.sentence, clause)) return false;
  return doc.Folded({first.end, second.begin}).find(',') != std::string_view::npos;
}

// What an exclude is matched against for a cue in a relative clause set off
// by commas: the cue's side of the closing comma (the aside, or the main
// predicate after it) and the antecedent's clause before the aside. "The
// pact, which Moscow ratified in November, was signed in Pyongyang": the
// ratification is the aside's; "The law, which ratifies the treaty, was signed
// on Saturday": the law is the antecedent. Empty spans when `hit` is in no
// such clause.
void RelativeAsideScope(const Doc& doc, const CueHit& hit, Span* own, Span* antecedent) {
  *own = *antecedent = Span{};
  if (!RelativeAside(doc, *hit.sentence, hit.clause)) return;
  const std::string_view text = doc.Folded(hit.clause);
  const size_t at = hit.cue.begin - hit.clause.begin;
  const size_t before = at == 0 ? std::string_view::npos : text.rfind(',', at - 1);
  const size_t after = text.find(',', at);
  if (before != std::string_view::npos) {
    *own = {hit.clause.begin + before + 1, hit.clause.end};
  } else if (after != std::string_view::npos) {
    *own = {hit.clause.begin, hit.clause.begin + after};
  } else {
    return;
  }
  *antecedent = doc.ClauseAt(*hit.sentence, hit.clause.begin - 1);
}

// True when the negator at `m` (folded, absolute) negates: "no descarta",
// "does not rule out" assert.
bool Negates(const Doc& doc, Span m, size_t limit) {
  const std::string_view after = doc.Folded({m.end, std::max(m.end, std::min(limit, m.end + 24))});
  std::vector<Span> g;
  return !(Litotes().Find(after, 0, &g) && WordsBetween(after.substr(0, g[0].begin)) <= 1);
}

// What "but"/"sino" opens when it corrects a complement: a preposition, an
// article or a determiner ("but in Pyongyang", "sino el miércoles").
const Regex& ComplementOpening() {
  static const Regex re(
      "^(?:but|sino)\\s+(?:(?:rather|instead|mas bien)\\s+)?"
      "(?:(in|on|at|by|during|with|from|to|inside|the|a|an|en|el|la|los|las|un|una|por|durante|con|desde|a|al|"
      "del|de|dentro)\\b)?");
  return re;
}

// Words between a negator and the verb it negates: pronouns and auxiliaries
// ("no se firmó", "did not even sign", "was not signed").
const Regex& BeforeVerb() {
  static const Regex re(
      "^(?:\\s+(?:se|lo|la|le|les|los|las|me|te|nos|ha|han|habia|habian|hubo|fue|fueron|sido|be|been|have|has|had|"
      "was|were|is|are|even|yet|ever|actually|ya|aun|todavia))*\\s+");
  return re;
}

// True when an entity, a date or a number mention starts at `pos` (folded),
// or, with `end`, ends there.
bool MentionAt(const Doc& doc, size_t pos, bool end = false) {
  auto at = [&](Span s) { return (end ? s.end : s.begin) == pos; };
  for (const EntityMention& m : doc.entities)
    if (at(m.span)) return true;
  for (const DateMention& d : doc.dates)
    if (at(d.span)) return true;
  for (const NumberMention& n : doc.numbers)
    if (at(n.span)) return true;
  return false;
}

// True when `c` is one of alternatives ("signed in Moscow or Pyongyang", "el
// martes o el miércoles", "whether in Moscow or in Pyongyang"): the text names
// neither. The other may be no candidate of the kind (no locative before it).
bool OneOfAlternatives(const Doc& doc, Span c) {
  static const Regex after("^\\s*,?\\s*(?:or|o|u|nor|ni)\\s+(?:(?:in|en|on|at|el|la|the|a)\\s+)?");
  static const Regex before("(?:^|\\s)(?:or|o|u|nor|ni)\\s+(?:(?:in|en|on|at|el|la|the|a)\\s+)?$");
  std::vector<Span> g;
  const size_t reach = c.end + 24;
  if (after.MatchAt(doc.Folded({c.end, std::min(reach, doc.fold.str().size())}), 0, &g) &&
      MentionAt(doc, c.end + g[0].end))
    return true;
  const size_t from = c.begin > 24 ? c.begin - 24 : 0;
  const std::string_view text = doc.Folded({from, c.begin});
  if (!before.Find(text, 0, &g)) return false;
  size_t end = from + g[0].begin;
  while (end > 0 && (doc.fold.str()[end - 1] == ' ' || doc.fold.str()[end - 1] == ',')) --end;
  return MentionAt(doc, end, /*end=*/true);
}

// Why `c` does not complete the predicate of `hit`'s cue, or null when it may:
// past a semicolon ("firmaron el tratado; el viernes, de vuelta en Moscú"),
// one of alternatives, across a relative clause's closing comma, or another
// coordinated predicate's.
const char* NotThePredicates(const Doc& doc, const CueHit& hit, Span c) {
  const Span between = c.end <= hit.cue.begin ? Span{c.end, hit.cue.begin} : Span{hit.cue.end, c.begin};
  if (between.begin < between.end && doc.Folded(between).find(';') != std::string_view::npos)
    return "is past a semicolon";
  if (OneOfAlternatives(doc, c)) return "is one of alternatives";
  if (AcrossRelativeAside(doc, hit, c)) return "is across a relative clause's closing comma";
  if (InOtherPredicate(doc, hit, c)) return "is another predicate's";
  return nullptr;
}

// "not X but Y", "no X sino Y": a negation that a correction of a complement
// takes back. `verb` is the word the negator stands before when it is a verb
// (the act is asserted, only X is denied); `denied` runs from past it to the
// correction, which is `correction`.
struct Correction {
  Span negator;
  Span verb;
  Span denied;
  Span correction;
};

// The corrections of sentence `s`. "But"/"sino" must open a complement with
// no verb of its own (a preposition, an article, a name, a date or a number:
// "but in Pyongyang", "sino Putin", "but two"); "sino que se esbozó", "but
// drafted it", "but the text was published" correct the act itself or say
// something else, and leave the negation of the verb standing. The negator
// is the last one of the clause before the correction, or of the one before
// that when an aside stands between ("not in Moscow, which some reports said,
// but in Pyongyang").
std::vector<Correction> Corrections(const Doc& doc, const Sentence& s) {
  std::vector<Correction> out;
  const std::vector<Span>& clauses = s.clauses;
  for (size_t j = 1; j < clauses.size(); ++j) {
    const std::string_view text = doc.Folded(clauses[j]);
    std::vector<Span> g;
    if (!ComplementOpening().MatchAt(text, 0, &g)) continue;
    if (g[1].begin == Regex::npos && !MentionAt(doc, clauses[j].begin + g[0].end)) continue;
    // "but the text was published in July" is a clause of its own.
    if (HasVerb(doc, clauses[j], /*participles=*/false)) continue;
    Span negator{};
    for (size_t back = 1; back <= 2 && back <= j && negator.empty(); ++back) {
      const Span c = clauses[j - back];
      for (Span m : Negators().FindAll(doc.Folded(c))) {
        const Span abs{c.begin + m.begin, c.begin + m.end};
        if (Negates(doc, abs, c.end)) negator = abs;
      }
    }
    if (negator.empty()) continue;
    Correction corr;
    corr.negator = negator;
    corr.correction = clauses[j];
    corr.verb = {negator.end, negator.end};
    const std::string_view after = doc.Folded({negator.end, clauses[j].begin});
    std::vector<Span> skip;
    size_t at = BeforeVerb().MatchAt(after, 0, &skip) ? skip[0].end : 0;
    std::vector<Span> w;
    static const Regex opener(
        "^(?:in|on|at|by|during|with|from|to|the|a|an|en|el|la|los|las|un|una|por|durante|con|desde|a|al|del|de)"
        "\\b");
    if (WordRe().Find(after, at, &w) && w[0].begin == at && !opener.MatchAt(after, at) &&
        !MentionAt(doc, negator.end + at))
      corr.verb = {negator.end + w[0].begin, negator.end + w[0].end};
    corr.denied = {corr.verb.end, clauses[j].begin};
    out.push_back(corr);
  }
  return out;
}

const Sentence* SentenceOf(const Doc& doc, size_t pos) {
  auto it = std::upper_bound(doc.sentences.begin(), doc.sentences.end(), pos,
                             [](size_t p, const Sentence& s) { return p < s.folded.end; });
  if (it == doc.sentences.end() || pos < it->folded.begin) return nullptr;
  return &*it;
}

}  // namespace

std::string Where(const Doc& doc, Span folded) {
  Span o = doc.Orig(folded);
  LineIndex::LineCol lc = doc.article.LineColAt(o.begin);
  return std::to_string(lc.line) + ":" + std::to_string(lc.column) + " '" +
         std::string(doc.article.Text(o)) + "'";
}

bool DeniedHere(const Doc& doc, const Sentence& s, Span clause, Span value) {
  return Denied(doc, s, clause) && value.end <= clause.end && WordsBetween(doc.Folded({value.end, clause.end})) == 0;
}

bool Denied(const Doc& doc, const Sentence& s, Span clause) {
  return ThatOpening().Contains(doc.Folded(clause)) &&
         DenialBefore().Contains(doc.Folded({s.folded.begin, clause.begin}));
}

bool NegatedBefore(const Doc& doc, Span clause, size_t pos, int window) {
  if (pos <= clause.begin) return false;
  std::string_view before = doc.Folded({clause.begin, pos});
  std::vector<Correction> corrections;
  bool corrections_read = false;
  for (Span m : Negators().FindAll(before)) {
    std::string_view gap = before.substr(m.end);
    if (static_cast<int>(WordsBetween(gap)) > window) continue;
    const Span abs{clause.begin + m.begin, clause.begin + m.end};
    if (!Negates(doc, abs, clause.end)) continue;
    // "no se firmó en Moscú sino en Pionyang": the verb stands; only what
    // follows it, up to the correction, is denied.
    if (!corrections_read) {
      if (const Sentence* s = SentenceOf(doc, clause.begin)) corrections = Corrections(doc, *s);
      corrections_read = true;
    }
    bool taken_back = false;
    for (const Correction& c : corrections) taken_back |= c.negator == abs && pos < c.verb.end;
    if (taken_back) continue;
    return true;
  }
  return false;
}

bool Planned(const Doc& doc, Span clause, Span word) {
  const std::string_view text = doc.Folded(word);
  return IrrealisBefore().Contains(doc.Folded({clause.begin, std::max(clause.begin, word.begin)})) ||
         (text.size() > 6 && FutureForm().FullMatch(text));
}

std::vector<Span> CorrectedAway(const Doc& doc, const Sentence& s) {
  std::vector<Span> out;
  for (const Correction& c : Corrections(doc, s)) out.push_back(c.denied);
  return out;
}

std::vector<CueHit> FindCueHits(const Fact& fact, const Doc& doc, const Regex* cues, Trace* trace) {
  std::vector<CueHit> out;
  if (!cues) return out;
  // One scan of the whole text; each match then finds its sentence.
  const std::vector<Sentence>& sentences = doc.sentences;
  for (Span m : cues->FindAll(doc.fold.str())) {
    auto it = std::upper_bound(sentences.begin(), sentences.end(), m.begin,
                               [](size_t pos, const Sentence& s) { return pos < s.folded.end; });
    if (it == sentences.end() || m.begin < it->folded.begin || m.end > it->folded.end) continue;
    const Sentence& s = *it;
    CueHit hit;
    hit.sentence = &s;
    hit.cue = m;
    hit.clause = doc.ClauseAt(s, hit.cue.begin);
    hit.quote = doc.QuoteAt(hit.cue.begin);
    hit.phrase = TemporalPhraseAt(doc, s, hit.cue.begin);
    // A cue in a phrase of a connective of time tells an act of its own ("firmó
    // diez acuerdos en Hanói, tras rubricar el tratado en Pionyang"): what the
    // rest of its clause says does not exclude it.
    std::string_view excluded_in = doc.Folded(hit.phrase);
    Span own, antecedent;
    if (hit.phrase.empty()) {
      RelativeAsideScope(doc, hit, &own, &antecedent);
      if (own.empty()) own = hit.clause;
      // A predicate coordinated after the cue's is another act's: "Kim signed
      // the treaty on June 19 and ratified it in November" is no ratification
      // of the signing. One before it stays in scope ("the Duma ratified it and
      // Putin signed it": the law that ratifies).
      const std::vector<Span> later = PredicateCoordinators(doc, {hit.cue.end, own.end}, own.end);
      if (!later.empty()) own.end = later.front().begin;
      excluded_in = doc.Folded(own);
    }
    // A reported clause is excluded by what its reporting clause says too: "An
    // earlier version of this story said that …", "una versión anterior
    // afirmaba que …" withdraw what follows.
    const bool that_of_saying = hit.clause.begin > s.folded.begin && ThatClauseOfSaying(doc, s, hit.clause);
    std::string_view reporting;
    if (hit.phrase.empty() && that_of_saying) reporting = doc.Folded(doc.ClauseAt(s, hit.clause.begin - 1));
    bool excluded = false;
    for (const Pattern& x : fact.exclude) {
      const bool here = x.re->Contains(excluded_in) || (!antecedent.empty() && x.re->Contains(doc.Folded(antecedent)));
      if (here || (!reporting.empty() && x.re->Contains(reporting))) {
        if (trace)
          trace->Add(fact.id + ": cue " + Where(doc, hit.cue) + " skipped: " +
                     (!here                ? "the clause reporting it"
                      : hit.phrase.empty() ? "its clause"
                                           : "its phrase") +
                     " matches exclude \"" + x.source + "\"");
        excluded = true;
        break;
      }
    }
    if (excluded) continue;
    if (InQuestion(doc, s, doc.Orig(hit.cue).begin)) {
      if (trace) trace->Add(fact.id + ": cue " + Where(doc, hit.cue) + " skipped: it is in a question");
      continue;
    }
    // A denial is somebody's speech too: what it denies is negated and theirs.
    const bool denied = Denied(doc, s, hit.clause);
    hit.negated = NegatedBefore(doc, hit.clause, hit.cue.begin, 3) || denied;
    hit.reported = denied || ReportedSpeech(doc, s, hit.clause, hit.cue, that_of_saying);
    hit.irrealis = Planned(doc, hit.clause, hit.cue);
    out.push_back(hit);
  }
  std::sort(out.begin(), out.end(), [](const CueHit& a, const CueHit& b) {
    return a.cue.begin < b.cue.begin;
  });
  // Sorted by position, the hits of a sentence are adjacent: one pass per
  // sentence (a pass over all hits for each hit was quadratic in long copy).
  for (size_t first = 0, last = 0; first < out.size(); first = last) {
    bool any_timed = false;
    for (last = first; last < out.size() && out[last].sentence == out[first].sentence; ++last)
      any_timed |= !out[last].phrase.empty() && !out[last].negated && !out[last].irrealis;
    if (!any_timed) continue;
    for (size_t i = first; i < last; ++i)
      if (out[i].phrase.empty()) out[i].beside_timed_act = true;
  }
  return out;
}

int PickNearest(const Doc& doc, const CueHit& hit, const std::vector<Span>& candidates, bool cue_is_predicate,
                std::string* set_aside) {
  auto note = [&](Span c, const char* why) {
    if (set_aside) *set_aside += std::string(set_aside->empty() ? "" : ", ") + Where(doc, c) + " " + why;
  };
  auto distance = [&](Span c) -> size_t {
    if (c.end <= hit.cue.begin) return hit.cue.begin - c.end;
    if (c.begin >= hit.cue.end) return c.begin - hit.cue.end;
    return 0;
  };
  int best = -1;
  size_t best_d = 0;
  bool best_same_clause = false;
  const std::vector<Correction> corrections =
      cue_is_predicate ? Corrections(doc, *hit.sentence) : std::vector<Correction>{};
  for (size_t i = 0; i < candidates.size(); ++i) {
    Span c = candidates[i];
    if (c.begin < hit.sentence->folded.begin || c.end > hit.sentence->folded.end) continue;
    if (doc.QuoteAt(c.begin) != hit.quote) continue;
    if (!hit.phrase.empty() && (c.begin < hit.phrase.begin || c.end > hit.phrase.end)) continue;
    if (cue_is_predicate) {
      if (const char* why = NotThePredicates(doc, hit, c)) {
        note(c, why);
        continue;
      }
    }
    bool same_clause = c.begin >= hit.clause.begin && c.end <= hit.clause.end;
    // "not in Moscow but in Pyongyang": the correction stands for what it
    // takes back, in the cue's clause.
    bool denied = false;
    for (const Correction& k : corrections) {
      denied |= c.begin >= k.denied.begin && c.end <= k.denied.end;
      same_clause |= c.begin >= k.correction.begin && c.end <= k.correction.end && hit.clause.Contains(k.negator.begin);
    }
    if (denied) {
      note(c, "is taken back by a correction");
      continue;
    }
    size_t d = distance(c);
    if (best < 0 || (same_clause && !best_same_clause) ||
        (same_clause == best_same_clause && d < best_d)) {
      best = static_cast<int>(i);
      best_d = d;
      best_same_clause = same_clause;
    }
  }
  return best;
}

bool FirstClaimAt(std::vector<Span>* seen, Span value) {
  if (std::find(seen->begin(), seen->end(), value) != seen->end()) return false;
  seen->push_back(value);
  return true;
}

Claim MakeClaim(const Fact& fact, const Doc& doc, const CueHit& hit, Span value,
                ClaimStatus status, std::string found, std::string reason) {
  Claim c;
  c.fact = &fact;
  c.status = status;
  c.span = doc.Orig(value);
  c.sentence = hit.sentence->orig;
  c.found = std::move(found);
  c.attributed = hit.quote >= 0 || hit.reported;
  c.reported = hit.quote < 0 && hit.reported;
  c.reason = std::move(reason);
  return c;
}

bool ParseEntityId(const RulebookContext& ctx, const Node& value, const std::string& fact_id,
                   const std::vector<std::string>& kinds, std::string* id, Diagnostics* problems) {
  if (!value.IsScalar()) {
    problems->push_back({value.loc, "fact '" + fact_id + "': value must be an entity id"});
    return false;
  }
  auto it = ctx.entities->find(value.scalar);
  if (it == ctx.entities->end()) {
    problems->push_back({value.loc, "fact '" + fact_id + "': undefined entity id '" + value.scalar + "'"});
    return false;
  }
  if (!kinds.empty() && std::find(kinds.begin(), kinds.end(), it->second.kind) == kinds.end()) {
    std::string list;
    for (const std::string& k : kinds) list += (list.empty() ? "" : " or ") + k;
    problems->push_back({value.loc, "fact '" + fact_id + "': entity '" + value.scalar + "' is a " +
                                        it->second.kind + ", expected a " + list});
    return false;
  }
  *id = value.scalar;
  return true;
}

std::vector<const EntityMention*> MentionsOf(const Doc& doc, Span range,
                                             const std::vector<std::string>& kinds) {
  std::vector<const EntityMention*> out;
  // Mentions are sorted by begin: a long article must not cost a pass over all of
  // them per sentence.
  auto first = std::lower_bound(doc.entities.begin(), doc.entities.end(), range.begin,
                                [](const EntityMention& m, size_t pos) { return m.span.begin < pos; });
  for (auto it = first; it != doc.entities.end() && it->span.begin < range.end; ++it) {
    const EntityMention& m = *it;
    if (m.span.end > range.end) continue;
    if (std::find(kinds.begin(), kinds.end(), m.entity->kind) == kinds.end()) continue;
    out.push_back(&m);
  }
  return out;
}

int FirstDayKey(const Date& d) {
  if (!d.valid()) return 0;
  return d.year * 10000 + (d.month ? d.month : 1) * 100 + (d.day ? d.day : 1);
}

int LastDayKey(const Date& d) {
  if (!d.valid()) return 99999999;
  return d.year * 10000 + (d.month ? d.month : 12) * 100 + (d.day ? d.day : 31);
}

bool MoveToYear(const Date& first, const Date& last, int year, Date* a, Date* b) {
  const int shift = year - first.year;
  *a = first;
  *b = last;
  a->year += shift;
  b->year += shift;
  Date parsed;
  return Date::Parse(a->ToString(), &parsed) && Date::Parse(b->ToString(), &parsed);
}

bool PeriodsOverlap(const Date& a_first, const Date& a_last, const Date& b_first, const Date& b_last) {
  return FirstDayKey(a_first) <= LastDayKey(b_last) && FirstDayKey(b_first) <= LastDayKey(a_last);
}

}  // namespace claimcheck
