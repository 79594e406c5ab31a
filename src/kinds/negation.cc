// Negation, denial and plans: whether a cue is asserted, denied or only intended.
#include <algorithm>

#include "kinds/clauses.h"
#include "kinds/common.h"
#include "text/regex.h"

namespace claimcheck {

using clauses::WordsBetween;
using clauses::SentenceOf;
using clauses::Negators;
using clauses::Negates;
using clauses::ThatOpening;
using clauses::Correction;
using clauses::Corrections;

namespace {

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
  // "will not sign", "would never sign", "won't sign": a plan denied is still
  // no act.
  static const Regex re(
      "(?:\\b(to|will|would|shall|could|may|might|para|va a|van a|iba a|iban a|vayan a|a punto de|"
      "expected to|plans? to|planned to|set to|due to)(?:\\s+(?:not|never))?|\\b(?:won't|wouldn't|shan't))\\s+$");
  return re;
}

const Regex& FutureForm() {
  // Spanish future and conditional endings of -ar/-er/-ir verbs ("firmará",
  // "firmarán", "firmaría"), folded without accents. The first six are the
  // subjunctive's too ("que se firmara"): only the accent, kept in
  // Doc::future_verbs, tells them apart.
  static const Regex re("\\w+(?:(ara|aran|era|eran|ira|iran)|aremos|aria|arian)$");
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

// The outlet's own denial of the clause after it: "It is false that the treaty
// was signed in Moscow", "No es verdad que las conversaciones duraran cinco
// horas", "Tampoco es cierto que". Negated as a denial is, but nobody's speech.
const Regex& FalseBefore() {
  static const Regex re(
      "\\b(?:(?:it|this|that) (?:is|was|'s) (?:false|untrue|not true|wrong|incorrect)|(?:nor|neither) (?:is|was) it "
      "true|"
      "(?:es|era|resulta) (?:falso|incierto)|(?:no|tampoco|ni) (?:es|era) (?:verdad|cierto))\\s*$");
  return re;
}

}  // namespace

namespace clauses {

const Regex& Negators() {
  static const Regex re(
      "no|nunca|jamas|ni|sin|tampoco|nadie|not|n't|never|no|nobody|without|neither|nor|cannot|didn't|doesn't|"
      "don't|isn't|wasn't|won't|hasn't|haven't|"
      // Verbs of absence deny what they take ("lacks a mutual assistance
      // clause", "carece de asistencia mutua").
      "lacks?|lacked|lacking|carecen?|carecia|carecian|"
      // "Lejos de un borrador", "far from a draft": the opposite is meant.
      "lejos de|far from",
      Regex::kWordBounded);
  return re;
}

// True when the negator at `m` (folded, absolute) negates: "no descarta",
// "does not rule out" assert.
bool Negates(const Doc& doc, Span m, size_t limit) {
  const std::string_view after = doc.Folded({m.end, std::max(m.end, std::min(limit, m.end + 24))});
  std::vector<Span> g;
  if (Litotes().Find(after, 0, &g) && WordsBetween(after.substr(0, g[0].begin)) <= 1) return false;
  // "según fuentes no oficiales", "sources not authorized to speak", "una
  // organización no gubernamental": a "no" that qualifies the noun before it
  // denies nothing of the clause.
  static const Regex* const kOfANoun = new Regex(
      R"(^\s+(?:oficial(?:es)?|confirmad[oa]s?|identificad[oa]s?|autorizad[oa]s?|verificad[oa]s?|gubernamental(?:es)?|)"
      R"(named|identified|authori[sz]ed)\b)");
  static const Regex* const kNounBefore =
      new Regex(R"(\b(?:fuentes?|funcionarios?|officials?|sources?|organizaci\w*|organi[sz]ations?)\s+$)");
  const size_t from = m.begin > 24 ? m.begin - 24 : 0;
  return !(kOfANoun->MatchAt(after, 0) && kNounBefore->Contains(doc.Folded({from, m.begin})));
}

const Regex& ThatOpening() {
  static const Regex re("^(that|que)\\b");
  return re;
}

}  // namespace clauses

bool DeniedHere(const Doc& doc, const Sentence& s, Span clause, Span value) {
  return Denied(doc, s, clause) && value.end <= clause.end && WordsBetween(doc.Folded({value.end, clause.end})) == 0;
}

bool Denied(const Doc& doc, const Sentence& s, Span clause, bool* by_speaker) {
  if (by_speaker) *by_speaker = false;
  if (!ThatOpening().Contains(doc.Folded(clause))) return false;
  const std::string_view before = doc.Folded({s.folded.begin, clause.begin});
  if (DenialBefore().Contains(before)) {
    if (by_speaker) *by_speaker = true;
    return true;
  }
  return FalseBefore().Contains(before);
}

bool NegatedBefore(const Doc& doc, Span clause, size_t pos, int window) {
  if (pos <= clause.begin) return false;
  std::string_view before = doc.Folded({clause.begin, pos});
  // "En ningún momento se firmó en Moscú", "At no point was it signed in
  // Moscow": a phrase that denies the whole clause, however far before.
  static const Regex* const kClauseDenied = new Regex(
      "en ningun (?:momento|caso|lugar)|en ninguna (?:ocasion|parte)|en ninguna de (?:esas|estas|las|aquellas|sus) "
      "\\w+|"
      "de ningun modo|de ninguna manera|at no (?:point|time|stage)|in no way|on no occasion|on none of",
      Regex::kWordBounded);
  // (Looked for only where its words are: NegatedBefore runs for every candidate.)
  if ((before.find("ningun") != std::string_view::npos || before.find(" no ") != std::string_view::npos ||
       before.find("none") != std::string_view::npos) &&
      kClauseDenied->Contains(before))
    return true;
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

namespace clauses {

// A counterfactual tells what did not happen: "would have signed", "could have
// been signed", "had they signed", "si se hubiera firmado", "de haberse
// firmado". What stands right before `word` in `clause` (folded) says so.
// Spanish "habría firmado" is one only beside such a condition: alone it is
// the conditional of hearsay ("habrían durado cuatro horas, según fuentes"),
// which reports.
bool Counterfactual(const Doc& doc, Span clause, Span word) {
  static const Regex* const kModalPerfect = new Regex(
      "\\b(?:would|could|might|should)(?:n't| not)? have (?:been )?$|"
      "\\b(?:pudo|podria|podrian|pudieron|debio|debia|(?:habria|habrian|hubiera|hubieran) podido)"
      "(?: haber(?:se|lo|la|los|las)?| haber(?:se|lo|la|los|las)? sido)? $|"
      // The pluperfect subjunctive after "si"; after a denial ("negó que
      // hubieran firmado") it is only the mood the denial asks for.
      "\\bsi (?:[a-z0-9']+ ){0,6}?(?:hubiera|hubieran|hubiese|hubiesen)(?: sido)? $");
  static const Regex* const kHabria = new Regex("\\b(?:habria|habrian)(?: sido)? $");
  static const Regex* const kCondition = new Regex("\\b(?:hubiera|hubieran|hubiese|hubiesen|de haber)\\b");
  static const Regex* const kInverted = new Regex("^\\W*(?:had|were|should) (?:[a-z0-9']+ ){0,4}?$");
  const std::string_view before = doc.Folded({clause.begin, std::max(clause.begin, word.begin)});
  if (kModalPerfect->Contains(before)) return true;
  if (doc.lang != "es" && kInverted->Contains(before)) return true;
  if (kHabria->Contains(before)) {
    // Beside a condition: "Si el tratado no incluyera asistencia mutua, Kim no
    // lo habría firmado".
    const Sentence* s = SentenceOf(doc, clause.begin);
    return s && (kCondition->Contains(doc.Folded(s->folded)) || Hypothetical(doc, s->folded));
  }
  return false;
}

namespace {

// True when the folded "si" at `pos` is the conjunction: not "sí" (yes, or
// the emphatic "sí firmaron"), which folding writes alike, nor concessive "si
// bien".
bool ConditionalSi(const Doc& doc, size_t pos) {
  const std::string_view orig = doc.article.Text(doc.Orig({pos, pos + 2}));
  if (orig != "si" && orig != "Si" && orig != "SI") return false;
  return doc.Folded({pos, std::min(pos + 8, doc.fold.str().size())}).substr(0, 8) != "si bien ";
}

// "de haberse firmado" tells what did not happen; "después de haber firmado"
// tells it. `lead` is the word before "de", or empty.
bool CounterfactualDeHaber(std::string_view lead) {
  return lead != "despues" && lead != "antes" && lead != "luego" && lead != "ademas" && lead != "tras";
}

}  // namespace

// A condition stands in `stretch` (folded): what follows it in its clause is
// supposed, not told. Open ("if they sign", "si firman", "unless", "en caso de
// que"), contrary to fact ("if it had been signed", "the summit that could
// have been held in Moscow", "de haberse celebrado", "were it signed"), or
// asked ("asked if it was signed in Moscow").
bool Hypothetical(const Doc& doc, Span stretch) {
  static const Regex* const kMarker = new Regex(
      "\\b(?:would|could|might|should)(?:n't| not)? have\\b|\\b(?:if|unless|whether)\\b|"
      "\\b(?:en caso de que|a menos que|salvo que|siempre que|siempre y cuando|como si)\\b|"
      "(?:^|[,;:]\\s*)(?:had|were|should) (?:the|it|they|he|she|we|both|putin|kim|this|that)\\b");
  static const Regex* const kSi = new Regex("\\bsi\\b");
  static const Regex* const kDeHaber = new Regex("(?:^|[^a-z])(?:([a-z]+) )?de haber(?:se|lo|la|los|las)?\\b");
  if (stretch.empty()) return false;
  const std::string_view text = doc.Folded(stretch);
  if (kMarker->Contains(text)) return true;
  if (doc.lang == "en") return false;
  for (Span m : kSi->FindAll(text))
    if (ConditionalSi(doc, stretch.begin + m.begin)) return true;
  std::vector<Span> g;
  for (size_t from = 0; kDeHaber->Find(text, from, &g); from = g[0].end)
    if (CounterfactualDeHaber(g[1].begin == Regex::npos ? "" : text.substr(g[1].begin, g[1].size()))) return true;
  return false;
}

// The part of `clause` before `pos` past its last comma: a clause may go on
// past an aside with another predicate ("Putin, who would have preferred
// Moscow, signed"), and a condition closed by a comma ("If anything, …")
// governs no more.
Span AfterLastComma(const Doc& doc, Span clause, size_t pos) {
  const size_t end = std::max(clause.begin, std::min(pos, clause.end));
  const size_t comma = doc.Folded({clause.begin, end}).rfind(',');
  if (comma != std::string_view::npos) return {clause.begin + comma + 1, end};
  // A clause opened by "que" leaves "en caso de", "a menos" before it.
  static const Regex* const kBeforeQue = new Regex("(?:en caso de|a menos|salvo|siempre)\\s+$");
  const size_t from = clause.begin > 24 ? clause.begin - 24 : 0;
  std::vector<Span> g;
  if (kBeforeQue->Find(doc.Folded({from, clause.begin}), 0, &g)) return {from + g[0].begin, end};
  return {clause.begin, end};
}

}  // namespace clauses

namespace {

// A noun cue that is the subject of a modal or a conditional tells what might
// be, not what was: "A signing in Moscow would not have flattered Kim", "la
// firma se haría en Vladivostok", "la firma del tratado podría celebrarse en
// Rusia". Only a determiner before the cue and a short phrase after it, so
// "the leaders signed and would meet again" keeps its act.
bool NounSubjectOfModal(const Doc& doc, Span clause, Span word) {
  static const Regex* const kDeterminer =
      new Regex("(?:^|\\s)(?:a|an|the|any|such a|this|that|la|el|una|un|esa|esta|cualquier|toda)\\s+(?:[a-z]+\\s+)?$");
  static const Regex* const kEnglishModal =
      new Regex("^\\s+(?:(?:in|at|on|of|with|between|by)\\s+(?:[a-z0-9'-]+\\s+){1,4}?)?(?:would|could|might|may)\\b");
  static const Regex* const kSpanishLead =
      new Regex("^\\s+(?:(?:en|de|del|con|entre)\\s+(?:[a-z0-9'-]+\\s+){1,4}?)?(?:(?:se|no|ya)\\s+)*([a-z]+)\\b");
  // A participle after a noun is no noun: "how the pact signed on June 19
  // would be applied" tells the signing.
  static const Regex* const kParticiple = new Regex("\\w+(?:ed|ad[oa]s?|id[oa]s?)");
  if (kParticiple->FullMatch(doc.Folded(word))) return false;
  const Span before{std::max(clause.begin, word.begin > 40 ? word.begin - 40 : 0), word.begin};
  if (!kDeterminer->Contains(doc.Folded(before))) return false;
  const std::string_view after = doc.Folded({word.end, clause.end});
  if (doc.lang != "es") return kEnglishModal->MatchAt(after, 0);
  std::vector<Span> g;
  return kSpanishLead->MatchAt(after, 0, &g) && doc.ConditionalVerbIn({word.end + g[1].begin, word.end + g[1].end});
}

}  // namespace

bool Planned(const Doc& doc, Span clause, Span word) {
  // Before a name, "to" and "para" are prepositions: "Kim's trip to
  // Vostochny".
  const std::string_view orig = doc.article.Text(doc.Orig(word));
  const Sentence* s = SentenceOf(doc, word.begin);
  const bool name =
      !orig.empty() && std::isupper(static_cast<unsigned char>(orig[0])) && s && word.begin != s->folded.begin;
  if (!name && IrrealisBefore().Contains(doc.Folded({clause.begin, std::max(clause.begin, word.begin)}))) return true;
  if (clauses::Counterfactual(doc, clause, word)) return true;
  const Span lead = clauses::AfterLastComma(doc, clause, word.begin);
  if (clauses::Hypothetical(doc, lead)) return true;
  // "Reports claimed that Xi would join the two leaders for the signing": a
  // future seen from the past, told before the cue in its clause, as "se
  // uniría a la firma".
  static const Regex* const kWould = new Regex("\\bwould\\b|'d\\b");
  if (doc.lang != "es" ? kWould->Contains(doc.Folded(lead)) : doc.ConditionalVerbIn(lead)) return true;
  if (NounSubjectOfModal(doc, clause, word)) return true;
  const std::string_view text = doc.Folded(word);
  std::vector<Span> g;
  if (text.size() <= 6 || !FutureForm().MatchAt(text, 0, &g) || g[0].end != text.size()) return false;
  if (g[1].begin == Regex::npos || doc.lang != "es") return true;
  // "No es verdad que se firmara en Pionyang" tells a past, denied: only the
  // accent, kept in Doc::future_verbs, makes the word a future.
  return doc.FutureVerbIn(word);
}

bool PlannedValue(const Doc& doc, const CueHit& hit, Span value) {
  if (hit.irrealis) return true;
  if (value.begin < hit.cue.end) return false;
  // "the talks will last five hours", "las conversaciones durarán cinco
  // horas", "if the talks had lasted five hours": what governs the value
  // stands between it and the cue, past the last comma ("The talks, which
  // Peskov said would be brief, lasted two hours" reports).
  static const Regex* const kFuture = new Regex(
      "\\b(?:will|would|shall|won't|wouldn't|going to|va a|van a|iba a|iban a|expected to|set to|due to|"
      "plans? to|planned to)\\b|'ll\\b");
  const Span clause = doc.ClauseAt(*hit.sentence, value.begin);
  const Span near = clauses::AfterLastComma(doc, {std::min(clause.begin, hit.cue.begin), clause.end}, value.begin);
  const Span between{std::max(near.begin, hit.cue.end), value.begin};
  if (kFuture->Contains(doc.Folded(between))) return true;
  if (doc.FutureVerbIn(between)) return true;
  return clauses::Hypothetical(doc, {near.begin, value.begin});
}

}  // namespace claimcheck
