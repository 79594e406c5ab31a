// Machinery shared by the fact kinds: where cues are, which clause they govern,
// negation, attribution, and picking the value nearest to a cue. Defined in
// common.cc (cue hits, picking), negation.cc, attribution.cc, coordination.cc
// and corrections.cc, which share the clause reading of kinds/clauses.h.
#ifndef CLAIMCHECK_KINDS_COMMON_H_
#define CLAIMCHECK_KINDS_COMMON_H_

#include <string>
#include <vector>

#include "analysis.h"
#include "kinds/registry.h"

namespace claimcheck {

// One occurrence of a cue (or role phrase) that may govern a claim.
struct CueHit {
  const Sentence* sentence = nullptr;
  Span cue;      // folded
  Span clause;   // folded: the cue's clause
  int quote = -1;        // quotation the cue is in, or -1
  bool negated = false;  // a negator or denial governs the cue ("no firmaron", "denied that ... signed")
  bool irrealis = false; // planned or future, not reported as done ("plans to sign", "se firmará")
  // Told as someone's speech, not the outlet's ("Peskov said the talks lasted",
  // "según la KCNA", "…, dijo Peskov"): the claim is attributed, as in a quotation.
  bool reported = false;
  // The phrase of a connective of time the cue is in ("a day after signing the
  // treaty", "tras la firma"), up to the next comma; empty when none.
  Span phrase;
  // Outside a phrase of a connective of time that holds another cue of the same
  // fact: the sentence tells two acts of one kind, one timed by the other ("firmó
  // el jueves en Hanói diez acuerdos, tras rubricar el miércoles el tratado").
  bool beside_timed_act = false;
  // The fact's `exclude:` patterns, which a value taken from another clause
  // than the cue's must not match either (PickNearest).
  const std::vector<Pattern>* exclude = nullptr;
};

// Cue hits of `cues` (a fact's cues_any or role_any; may be null) in every
// sentence, minus those whose clause matches one of the fact's `exclude:`
// patterns and those in a question (traced). A hit in the clause of a denial
// ("denied that", "negó que") is negated.
std::vector<CueHit> FindCueHits(const Fact& fact, const Doc& doc, const Regex* cues, Trace* trace);

// True when `clause` of `s` says what a denial before it denies: someone's
// ("Peskov denied that …", "negó que …"; then *by_speaker, when not null, is
// set) or the outlet's own ("It is false that …", "No es verdad que …").
bool Denied(const Doc& doc, const Sentence& s, Span clause, bool* by_speaker = nullptr);

// True when a denial of `clause` denies `value` itself: what a denial denies is
// what its clause ends with ("denied that the treaty was signed"); "denied that
// the treaty had been signed in Moscow" denies the place, not the signing. For
// the choice kind, whose options are often the clause's verb.
bool DeniedHere(const Doc& doc, const Sentence& s, Span clause, Span value);

// True when a negator stands before `pos` in `clause`, at most `window` words
// before it ("no se firmó", "did not sign", "sin asistencia"). Litotes such as
// "no descarta", "does not rule out" are not negation, and neither is one that
// a correction of a complement takes back, for the verb it stands before ("no
// se firmó en Moscú sino en Pionyang", "was not signed in Moscow but in
// Pyongyang": `pos` at "firmó", "signed"); what follows the verb up to the
// correction stays denied.
bool NegatedBefore(const Doc& doc, Span clause, size_t pos, int window);

// True when `word` (folded, a verb of `clause`) is told as planned or future,
// not as done: "plans to sign", "will sign", "para firmar", "se firmará"; or
// as what did not happen: "would have signed", "si se hubiera firmado".
bool Planned(const Doc& doc, Span clause, Span word);
// True when `word` (folded) is "sign" or "seal" as a noun after a determiner
// ("a sign that the army had a say", "no sign of", "the seal of approval"): a
// word of the act's family that tells no act.
bool NounOfAct(const Doc& doc, Span word);

// True when the value `value` of `hit` (folded, after the cue) is told as
// planned, future or supposed: the cue is (CueHit::irrealis), or what stands
// between them says so ("the talks will last five hours", "las
// conversaciones durarán", "if the talks had lasted five hours"). For kinds
// whose cue is a noun and whose verb comes after it.
bool PlannedValue(const Doc& doc, const CueHit& hit, Span value);

// What the corrections of `s` take back (folded spans): "in Moscow" of "not
// signed in Moscow but in Pyongyang", "Xi" of "no lo firmó Xi sino Putin".
std::vector<Span> CorrectedAway(const Doc& doc, const Sentence& s);

// Picks among `candidates` (folded spans) the one nearest to the cue: in the
// cue's clause first, then anywhere in its sentence. A candidate must be in the
// same quotation as the cue (or outside quotes when the cue is), and inside the
// cue's phrase of a connective of time when it has one ("on Thursday, a day
// after signing": Thursday is another event's). When `cue_is_predicate` (the
// candidates complete the cue's predicate: its date, place, number), a
// candidate of another predicate joined by a coordinator is never taken
// ("arrived on Tuesday and signed", "signed and left on Thursday"), nor one
// across the closing comma of a relative clause set off by commas ("Putin,
// who had met Kim on Tuesday, signed"), nor one of alternatives ("signed in
// Moscow or Pyongyang"), nor one
// that a correction takes back ("not in Moscow but in Pyongyang": Moscow,
// with the correction read as the cue's clause). The choice kind, whose
// candidates are predicates themselves, passes false. Returns the index or -1;
// when `set_aside` is not null, appends to it the candidates passed over for
// either reason, and why, for traces.
int PickNearest(const Doc& doc, const CueHit& hit, const std::vector<Span>& candidates, bool cue_is_predicate = true,
                std::string* set_aside = nullptr);

// True the first time `value` (a folded span) is seen; records it. Several cues
// pointing at one value make one claim.
bool FirstClaimAt(std::vector<Span>* seen, Span value);

// A claim about `value` (folded span) for `hit`, with attribution filled in.
Claim MakeClaim(const Fact& fact, const Doc& doc, const CueHit& hit, Span value,
                ClaimStatus status, std::string found, std::string reason);

// "12:5 'firmaron'" for traces.
std::string Where(const Doc& doc, Span folded);

// Reads `value` as one entity id. Appends a located problem and returns false
// when it is not a defined entity (of one of `kinds`, when not empty).
bool ParseEntityId(const RulebookContext& ctx, const Node& value, const std::string& fact_id,
                   const std::vector<std::string>& kinds, std::string* id, Diagnostics* problems);

// Entity mentions of `doc` whose entity kind is one of `kinds`, inside `range`.
std::vector<const EntityMention*> MentionsOf(const Doc& doc, Span range,
                                             const std::vector<std::string>& kinds);

// Orderable keys (YYYYMMDD) of the first and last day of a date's period
// ("2023" is 20230101..20231231; a month's last day as 31 orders it well
// enough). An invalid date gives 0 and 99999999: an open side.
int FirstDayKey(const Date& d);
int LastDayKey(const Date& d);

// The period `first`..`last` moved by whole years so that `first` falls in
// `year` (a day or range given without its year, placed in the rulebook's).
// False when a day of it does not exist there (29 February).
bool MoveToYear(const Date& first, const Date& last, int year, Date* a, Date* b);

// True when the periods [a_first, a_last] and [b_first, b_last] share a day.
bool PeriodsOverlap(const Date& a_first, const Date& a_last, const Date& b_first, const Date& b_last);

}  // namespace claimcheck

#endif  // CLAIMCHECK_KINDS_COMMON_H_
