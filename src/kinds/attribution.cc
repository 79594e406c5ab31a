// Whose claim a cue makes: the outlet's, someone's reported speech, or none
// (a question).
#include <algorithm>
#include <cctype>

#include "kinds/clauses.h"
#include "kinds/common.h"
#include "text/regex.h"

namespace claimcheck {

namespace {

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
    // What a correction withdraws ("An earlier version misstated that").
    "misstated|misreported|"
    // The subjunctive of a claim someone might make ("quien diga que").
    "diga|digan|afirme|afirmen|asegure|aseguren|sostenga|sostengan";

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

// A verb of saying, word-bounded (kSaying).
const Regex& SayingWord() {
  static const Regex re(std::string("\\b(?:") + kSaying + ")\\b");
  return re;
}

}  // namespace

namespace clauses {

// True when `c` (folded, before a cue told as someone's speech) is the
// saying's, not the said: a verb of saying stands between it and the cue ("On Thursday the Kremlin said
// the treaty was signed"), or just before it ("Seoul said on Thursday the
// treaty was signed", "dijo el jueves que se firmó").
bool InReportingFrame(const Doc& doc, const CueHit& hit, Span c) {
  static const Regex* const kJustAfter =
      new Regex(std::string("\\b(?:") + kSaying + ")\\s+(?:(?:on|in|at|last|this|el|este|esta|en|a|the)\\s+)?$");
  // Only when the cue is what was said: "afirmó este miércoles Kim …, en la
  // visita en la que ambos países han firmado" dates the visit too.
  if (!hit.reported || c.end > hit.cue.begin || c.begin < hit.sentence->folded.begin) return false;
  if (SayingWord().Contains(doc.Folded({c.end, hit.cue.begin}))) return true;
  const size_t from = std::max(hit.sentence->folded.begin, c.begin > 32 ? c.begin - 32 : 0);
  return kJustAfter->Contains(doc.Folded({from, c.begin}));
}

// True when the name at `m` is who says what the cue's clause tells, not one
// who does it: "Peskov said Putin and Kim signed", "…, dijo Peskov",
// "según Peskov, …", "according to Lavrov". A speaker who also acts is
// named again ("Putin said he and Kim signed"), so nothing is lost.
bool IsTheSpeaker(const Doc& doc, const CueHit& hit, Span m) {
  static const Regex* const kSaysAfter =
      new Regex(std::string(R"(^\s*,?\s*(?:[a-z]+\s+){0,2}?(?:)") + kSaying + ")\\b");
  static const Regex* const kSourceBefore =
      new Regex(R"(\b(?:segun|according\s+to)\s+(?:(?:el|la|los|las|the)\s+)?(?:[a-z]+\s+){0,3}$)");
  static const Regex* const kClosingBefore =
      new Regex(std::string(R"(\b(?:)") + kSaying + R"()\s+(?:[a-z]+,?\s+){0,6}$)");
  // The nouns of saying too: "las declaraciones de Peskov sobre la firma",
  // "Peskov's comments on the signing".
  static const Regex* const kNounBefore =
      new Regex(R"(\b(?:declaraciones|palabras|comentarios|afirmaciones|comments|remarks|statements?|words)\s+)"
                R"((?:de|del|by|of)\s+(?:(?:el|la|the)\s+)?(?:[a-z]+\s+){0,2}$)");
  static const Regex* const kNounAfter = new Regex(R"(^'s\s+(?:comments|remarks|statements?|words)\b)");
  const Span sentence = hit.sentence->folded;
  if (m.begin < sentence.begin || m.end > sentence.end) return false;
  if (kSaysAfter->MatchAt(doc.Folded({m.end, sentence.end}), 0)) return true;
  if (kNounAfter->MatchAt(doc.Folded({m.end, sentence.end}), 0)) return true;
  if (kNounBefore->Contains(doc.Folded({sentence.begin, m.begin}))) return true;
  const std::string_view before = doc.Folded({sentence.begin, m.begin});
  if (kSourceBefore->Contains(before)) return true;
  return m.begin >= hit.cue.end && kClosingBefore->Contains(doc.Folded({hit.cue.end, m.begin}));
}

// True when `pos` (original offset) lies in a question of sentence `s`: after an
// opening "¿" not yet closed, or, in a sentence without "¿", one that ends with
// "?" ("Was it signed in Moscow?", "¿Duraron cinco horas las conversaciones?").
// A question asks; the answer, if any, is the claim.
bool RejectedAfter(const Doc& doc, const Sentence& s) {
  static const Regex* const kVerdict = new Regex(
      R"(^\W*(?:(?:that|this|it)(?: claim| report)? (?:was|is|'s) (?:(?:simply|plainly|also) )?(?:wrong|false|untrue|incorrect|not true|)"
      R"(not the case|not so|not possible|impossible|a fabrication)|(?:they|he|she|it) did not|(?:they|he|she|it) didn't|)"
      R"(nothing supports (?:this|that|it|the claim)|(?:false|untrue|wrong|not true)|)"
      R"((?:eso|esto|ello)(?: tampoco)? (?:es|era|fue|resulto) (?:falso|incorrecto|erroneo|mentira|inexacto|imposible)|)"
      R"(no (?:es|era|fue) (?:asi|cierto|verdad)|(?:falso|mentira|bulo|incorrecto|enganoso)|no lo hicieron|no lo hizo|)"
      R"(nada (?:lo )?(?:respalda|sostiene|confirma))\s*(?:[.:;!]|$))");
  auto next = std::upper_bound(doc.sentences.begin(), doc.sentences.end(), s.orig.begin,
                               [](size_t pos, const Sentence& x) { return pos < x.orig.begin; });
  if (next == doc.sentences.end()) return false;
  const std::string_view gap = doc.article.Text({s.orig.end, next->orig.begin});
  if (std::count(gap.begin(), gap.end(), '\n') > 1) return false;  // another paragraph
  return kVerdict->MatchAt(doc.Folded(next->folded), 0);
}

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
  // "?" doubled or set apart by a space ("Cosmodrome ??", "en Pionyang ?") is
  // an editor's query in a draft, not a question of the copy.
  if (end > 1 && text[end - 1] == '?' && (text[end - 2] == '?' || text[end - 2] == ' ')) return false;
  return end > 0 && text[end - 1] == '?' && text.find('?') >= at;
}

// "según (el) X", "according to (the) X": group 1 is X's first word.
const Regex& SourceWordRe() {
  static const Regex re(
      "\\b(?:segun|according to|de acuerdo con)\\s+(?:(?:el|la|los|las|un|una|unos|unas|the|a|an)\\s+)?([^\\s,.;:]+)");
  return re;
}

bool SourceNamedIn(const Doc& doc, Span span) {
  const std::string_view text = doc.Folded(span);
  std::vector<Span> g;
  for (size_t at = 0; SourceWordRe().Find(text, at, &g); at = g[0].end)
    if (SourceAfter(doc, {span.begin + g[1].begin, span.begin + g[1].end})) return true;
  return false;
}

// The reporting clause of a "that"/"que" clause just after a verb of saying
// ("the Kremlin said on Wednesday that", "afirmaba que").
Span ReportingClauseOf(const Doc& doc, const Sentence& s, Span clause) {
  static const Regex before_that(std::string("\\b(?:") + kSaying + ")\\b(?:[ ,]+[^ ,]+){0,6}[ ,]*$");
  static const Regex joined("(?:,|\\b(?:y|e|and|o|u|or))\\s*$");
  if (clause.begin <= s.folded.begin || !ThatOpening().Contains(doc.Folded(clause))) return {};
  const Span prev = doc.ClauseAt(s, clause.begin - 1);
  // "decía que el pacto se firmó en Moscú y que las conversaciones duraron
  // cinco horas": a complement joined to the one before it is reported by the
  // same clause.
  if (prev.begin < clause.begin && joined.Contains(doc.Folded(prev))) {
    if (ThatOpening().Contains(doc.Folded(prev))) {
      const Span first = ReportingClauseOf(doc, s, prev);
      if (!first.empty()) return first;
    } else if (SayingWord().Contains(doc.Folded(prev))) {
      return prev;  // English drops the first "that": "said the pact was signed … and that …"
    }
  }
  if (before_that.Contains(doc.Folded({s.folded.begin, clause.begin}))) return prev;
  return {};
}

// True when `clause` of sentence `s` is such a clause.
bool ThatClauseOfSaying(const Doc& doc, const Sentence& s, Span clause) {
  return !ReportingClauseOf(doc, s, clause).empty();
}

// Whether the cue `cue` of clause `clause` in sentence `s` is told as someone's
// speech rather than the outlet's: after a verb of saying in its clause
// ("analysts claimed the talks lasted five hours"), in a "that"/"que" clause
// just after one (`that_of_saying`, ThatClauseOfSaying: "the Kremlin said on
// Wednesday that"), in a sentence that "según X"/"according to X" opens or
// closes, or in the clause it is set in, or before a closing ", X said" /
// ", dijo X" at the sentence's end.
bool ReportedSpeech(const Doc& doc, const Sentence& s, Span clause, Span cue, bool that_of_saying) {
  // ", Peskov told reporters.", ", dijo el portavoz del Kremlin, Dmitri
  // Peskov.": a short tail with no clause of its own (", and Putin said it was
  // historic" says something else).
  static const Regex closing(std::string("^[^,]*,(?:\\s*\\S+){0,6}?\\s*\\b(?:") + kSaying +
                             ")\\b(?:\\s*\\S+){0,8}\\s*$");
  static const Regex clause_word(
      "\\b(?:and|y|e|but|pero|while|mientras|that|que|it|is|was|were|are|will|would|es|fue|era|sera|seria)\\b");
  if (SayingWord().Contains(doc.Folded({clause.begin, cue.begin}))) return true;
  if (that_of_saying) return true;
  const std::string_view sentence = doc.Folded(s.folded);
  std::vector<Span> g;
  for (size_t at = 0; SourceWordRe().Find(sentence, at, &g); at = g[0].end) {
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
  // The tag follows the claim's clause, or, when more of the sentence stands
  // between, ends the sentence after its last comma ("… does not include a
  // defence clause, only a pledge to consult, one analyst argued").
  for (const size_t comma : {tail.find(','), tail.rfind(',')}) {
    if (comma == std::string_view::npos) return false;
    if (closing.MatchAt(tail.substr(comma), 0) && !clause_word.Contains(tail.substr(comma + 1))) return true;
  }
  return false;
}

}  // namespace clauses

}  // namespace claimcheck
