// Which predicate a value completes: coordinated verb phrases, relative
// clauses set off by commas, alternatives.
#include "kinds/common.h"

#include <algorithm>

#include "kinds/clauses.h"
#include "text/regex.h"

namespace claimcheck {

using clauses::HasVerb;
using clauses::MentionAt;
using clauses::PredicateAfterCue;
using clauses::WordRe;

namespace {

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
      "fue|fueron|era|eran|ha|han|habia|habian|hubo|hizo|hicieron|dio|dieron|vio|tuvo|es|son|"
      "dijo|dijeron|puso|pusieron|estuvo|estuvieron|vino|vinieron|pudo|quiso|trajo|trajeron");
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
    // After a comma the coordinator joins clauses, and a subject with an
    // adverb may stand before the verb ("…, and the two men then held").
    const std::string_view lead_in = doc.Folded({k_begin > 3 ? k_begin - 3 : 0, k_begin});
    const int reach = lead_in.find(',') != std::string_view::npos ? 5 : 4;
    int words = 0;
    for (Span w : WordRe().FindAll(after)) {
      if (++words > reach || after.substr(0, w.begin).find(',') != std::string_view::npos) break;
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
  if (c.begin >= hit.cue.end) return !PredicateAfterCue(doc, hit, c.begin).empty();
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
// who had met Kim on Tuesday, signed the treaty": the clause from "who"),
// relative adverbs of place and time too ("They met in 2023 at Vostochny,
// where the talks lasted four hours": the talks are that meeting's).
// The clause splitter opens a clause at the pronoun but does not close it at
// the comma, so what follows that comma is the main clause's predicate.
bool RelativeAside(const Doc& doc, const Sentence& s, Span clause) {
  static const Regex* const kRelative = new Regex(
      "^(?:who|whom|whose|which|where|when|que|quien|quienes|cuyo|cuya|cuyos|cuyas|donde|cuando|el cual|la cual|"
      "los cuales|las cuales)\\b");
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
  if (!RelativeAside(doc, *hit.sentence, clause)) return false;
  // The comma that closes the aside is its first; one after it separates the
  // main clause's own parts ("Putin, quien enfrenta una orden de arresto, busca
  // aliados desde la invasión de Ucrania, en febrero de 2023").
  const size_t close = doc.Folded(clause).find(", ");
  if (close == std::string_view::npos) return false;
  const size_t at = clause.begin + close;
  // The cue in a clause further on: a value inside the aside, before that
  // comma, is the aside's ("Lavrov, que llegó a Pionyang el jueves, es el
  // primer ministro que la visita desde la firma").
  if (second.begin >= clause.end) return first.begin != hit.cue.begin && first.end <= at;
  return first.end <= at && at < second.begin;
}

// True when the cue's clause is a relative clause on a noun ("el tratado que
// Putin y Kim firmaron", "the treaty that they signed"): it opens with
// "que"/"which"/"that" inside the sentence, hangs on a noun, not on a verb
// ("confirmó que", "es posible que"), and is no clause of saying.
bool RelativeOnANoun(const Doc& doc, const CueHit& hit) {
  static const Regex* const kRelative = new Regex(R"(^(?:que|which|that)\b)");
  if (!kRelative->MatchAt(doc.Folded(hit.clause), 0) || hit.clause.begin <= hit.sentence->folded.begin ||
      clauses::ThatClauseOfSaying(doc, *hit.sentence, hit.clause))
    return false;
  std::vector<Span> before = WordRe().FindAll(doc.Folded({hit.sentence->folded.begin, hit.clause.begin}));
  if (before.empty()) return false;
  const Span last{hit.sentence->folded.begin + before.back().begin, hit.sentence->folded.begin + before.back().end};
  return !LooksLikeVerb(doc, last, {}, /*participles=*/true);
}

// True when the cue is the verb of a relative clause no comma closes ("El
// tratado que Putin y Kim firmaron entró en vigor el 4 de diciembre") and a
// finite verb between the cue and `c` opens the main clause's predicate: `c`
// is that predicate's.
bool AfterRestrictiveRelative(const Doc& doc, const CueHit& hit, Span c) {
  if (c.begin < hit.cue.end || c.end > hit.clause.end || !RelativeOnANoun(doc, hit)) return false;
  return HasVerb(doc, {hit.cue.end, c.begin}, /*participles=*/false);
}

// The other way round: `c` stands in the main clause before the relative
// clause, with the main clause's verb in between ("Japan on Thursday
// expressed concern over the treaty that Putin and Kim signed"): `c` is that
// verb's. A cleft ("It was on Wednesday that they signed") has no verb between
// the value and "that".
bool BeforeRestrictiveRelative(const Doc& doc, const CueHit& hit, Span c) {
  if (c.end > hit.clause.begin || c.begin < hit.sentence->folded.begin || !RelativeOnANoun(doc, hit)) return false;
  return HasVerb(doc, {c.end, hit.clause.begin}, /*participles=*/false);
}

// True when the cue opens a participle set off by commas after its noun ("The
// treaty, signed in Pyongyang by Putin and Kim, entered into force on
// December 4"; "el tratado, firmado en Pionyang, entró en vigor el 4 de
// diciembre") and `c` stands past the comma that closes it: a relative clause
// cut short, and what follows is the main clause's. (An English "-ed" after a
// comma may be a past tense in a list of acts, "met, signed the treaty, and
// left on Thursday"; what follows its closing comma is another act's too.)
bool AcrossParticipleAside(const Doc& doc, const CueHit& hit, Span c) {
  static const Regex es_participle("\\w{3,}(?:ad[oa]s?|id[oa]s?|it[oa]s?)");
  static const Regex en_participle("\\w{3,}ed");
  if (c.begin < hit.cue.end) return false;
  const std::string_view before = doc.Folded({hit.sentence->folded.begin, hit.cue.begin});
  const size_t last = before.find_last_not_of(' ');
  if (last == std::string_view::npos || before[last] != ',') return false;
  const std::string_view cue = doc.Folded(hit.cue);
  if (!es_participle.FullMatch(cue) && !en_participle.FullMatch(cue)) return false;
  return doc.Folded({hit.cue.end, c.begin}).find(',') != std::string_view::npos;
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

// True when the cue is a participle that qualifies a noun: "el pacto sellado
// en Pionyang", "the pact signed in Pyongyang". That is a relative clause cut
// short, and it follows its noun, so a value before the noun is another
// predicate's when the value's clause has a verb of its own before the cue:
// "convocó este jueves al embajador para protestar por el pacto sellado en
// Pionyang" (Thursday is the summons'). Without such a verb the value may
// still be the participle's ("El miércoles, el pacto firmado en Pionyang…").
// A Spanish participle after an auxiliary ("fue firmado", "ha firmado") is a
// predicate of its own. English "-ed" is as often the past tense: it counts
// only after a determiner and a noun ("the pact signed"), and not before an
// object ("the leaders signed the treaty").
bool BeforeQualifyingParticiple(const Doc& doc, const CueHit& hit, Span c) {
  if (c.end > hit.cue.begin) return false;
  static const Regex es_participle("\\w{3,}(?:ad[oa]s?|id[oa]s?|it[oa]s?)");
  static const Regex es_auxiliary(
      "ha|han|he|has|hemos|habia|habian|haber|habiendo|hubiera|hubieran|hubiese|habra|habran|habria|"
      "fue|fueron|es|son|era|eran|sido|ser|sera|seran|seria|siendo|esta|estan|estaba|estaban|estar|"
      "quedo|quedaron|queda|quedan|quedar|resulto|resultaron|se|lo|la|los|las|ya");
  static const Regex en_determiner("the|a|an|this|that|its|their|his|her|our|whose");
  static const Regex en_object_start("the|a|an|this|that|these|those|it|them|its|their|his|her|our|off|up|onto|into");
  const std::string_view cue = doc.Folded(hit.cue);
  const std::vector<Span> before = WordRe().FindAll(doc.Folded({hit.sentence->folded.begin, hit.cue.begin}));
  if (before.empty()) return false;
  auto word = [&](size_t i) {
    const Span w = before[before.size() - 1 - i];
    return doc.Folded({hit.sentence->folded.begin + w.begin, hit.sentence->folded.begin + w.end});
  };
  if (doc.lang == "es") {
    if (!es_participle.FullMatch(cue) || es_auxiliary.FullMatch(word(0))) return false;
  } else {
    if (cue.size() < 5 || cue.substr(cue.size() - 2) != "ed" || before.size() < 2 ||
        !en_determiner.FullMatch(word(1)) || en_determiner.FullMatch(word(0)))
      return false;
    const std::vector<Span> after =
        WordRe().FindAll(doc.Folded({hit.cue.end, std::min(hit.cue.end + 24, hit.sentence->folded.end)}));
    if (!after.empty() &&
        en_object_start.FullMatch(doc.Folded({hit.cue.end + after[0].begin, hit.cue.end + after[0].end})))
      return false;
  }
  const Span own = doc.ClauseAt(*hit.sentence, c.begin);
  return HasVerb(doc, {own.begin, hit.cue.begin}, /*participles=*/false);
}

}  // namespace

namespace clauses {

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
    *own = hit.clause;  // the aside ends the sentence
  }
  *antecedent = doc.ClauseAt(*hit.sentence, hit.clause.begin - 1);
}

// True when an entity, a date or a number mention starts at `pos` (folded),
// or, with `end`, ends there.
bool MentionAt(const Doc& doc, size_t pos, bool end) {
  return AnyMention(doc, [&](Span s) { return (end ? s.end : s.begin) == pos; });
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
  if (AcrossParticipleAside(doc, hit, c)) return "is past the comma that closes the cue's participle";
  if (AfterRestrictiveRelative(doc, hit, c)) return "is the main clause's, past the relative clause of the cue";
  if (BeforeRestrictiveRelative(doc, hit, c)) return "is the main clause's, before the relative clause of the cue";
  if (InOtherPredicate(doc, hit, c)) return "is another predicate's";
  if (BeforeQualifyingParticiple(doc, hit, c)) return "is before the noun the cue's participle qualifies";
  if (clauses::InReportingFrame(doc, hit, c)) return "is the saying's, not what was said";
  const Span own = doc.ClauseAt(*hit.sentence, c.begin);
  if (!own.Contains(hit.cue.begin) && clauses::Hypothetical(doc, {own.begin, c.begin}))
    return "is in a clause of what is only supposed";
  return nullptr;
}

// The first coordinator between the cue and `limit` (folded) that opens a
// predicate of its own, as PredicateCoordinators finds them, when the cue's
// side has a verb too; an empty span when none. A participle counts when it is
// the cue ("firmado el 19 de junio y ratificado en noviembre"), not when it
// qualifies a noun of the cue's subject ("las conversaciones entre la
// delegación rusa, encabezada por Putin, y la norcoreana duraron dos horas"),
// and without a verb the coordinator joins names: "las conversaciones entre
// Putin y Pezeshkián se prolongaron" is one predicate.
Span PredicateAfterCue(const Doc& doc, const CueHit& hit, size_t limit) {
  if (limit <= hit.cue.end) return {};
  const std::vector<Span> coordinators = PredicateCoordinators(doc, {hit.cue.end, limit}, limit);
  if (coordinators.empty()) return {};
  std::vector<Span> before = WordRe().FindAll(doc.Folded({hit.clause.begin, hit.cue.begin}));
  const std::string_view prev =
      before.empty() ? std::string_view()
                     : doc.Folded({hit.clause.begin + before.back().begin, hit.clause.begin + before.back().end});
  const bool cue_is_verb = LooksLikeVerb(doc, hit.cue, prev, /*participles=*/true);
  // A cue in the subject, before any verb, is the subject of a verb joined
  // straight after the coordinator too: "The talks were held at Kumsusan and
  // lasted some five hours" tells the talks' length.
  const bool cue_is_subject = !cue_is_verb && !HasVerb(doc, {hit.clause.begin, hit.cue.begin}, /*participles=*/false);
  for (Span k : coordinators) {
    if (cue_is_subject && WordsBetween(doc.Folded(k)) <= 2) continue;
    if (cue_is_verb || HasVerb(doc, {hit.clause.begin, k.begin}, /*participles=*/false)) return k;
  }
  return {};
}

}  // namespace clauses

}  // namespace claimcheck
