// The reading of a sentence's clauses that the fact kinds' shared machinery
// (common.h) is built from: negation, attribution, coordinated predicates and
// corrections. Internal to src/kinds; each function is defined, with why it
// reads as it does, in the file its group names.
#ifndef CLAIMCHECK_KINDS_CLAUSES_H_
#define CLAIMCHECK_KINDS_CLAUSES_H_

#include <string_view>
#include <vector>

#include "analysis.h"
#include "kinds/common.h"
#include "text/regex.h"

namespace claimcheck {
namespace clauses {

// common.cc
size_t WordsBetween(std::string_view text);  // words of `text`
const Sentence* SentenceOf(const Doc& doc, size_t pos);  // the sentence holding folded `pos`, or null

// negation.cc
const Regex& Negators();  // "no", "not", "never", "sin", "lacks", ...
bool Negates(const Doc& doc, Span m, size_t limit);  // the negator at `m` is no litotes ("no descarta")
const Regex& ThatOpening();  // a clause opening with "that"/"que"
// What stands before `word` in `clause` tells what did not happen ("would have
// signed", "si se hubiera firmado", "had they signed").
bool Counterfactual(const Doc& doc, Span clause, Span word);
// A condition stands in `stretch`: "if", "si", "unless", "en caso de que",
// "could have", "de haberse".
bool Hypothetical(const Doc& doc, Span stretch);
// The part of `clause` before `pos` past its last comma.
Span AfterLastComma(const Doc& doc, Span clause, size_t pos);

// attribution.cc
bool InQuestion(const Doc& doc, const Sentence& s, size_t pos);
// True when the sentence after `s`, in its paragraph, opens with the outlet's
// verdict against what `s` reports: "That was wrong.", "They did not.",
// "Nothing supports this.", "Falso: …", "No fue así." A debunk quotes a claim
// to reject it.
bool RejectedAfter(const Doc& doc, const Sentence& s);
bool ThatClauseOfSaying(const Doc& doc, const Sentence& s, Span clause);
// The clause whose verb of saying reports `clause` (a "that"/"que" clause
// just after it, or joined by "y que"/"and that" to one that is); empty when
// none.
Span ReportingClauseOf(const Doc& doc, const Sentence& s, Span clause);
bool ReportedSpeech(const Doc& doc, const Sentence& s, Span clause, Span cue, bool that_of_saying);
// True when `span` (folded) names a source with "según X" / "according to X"
// (a speaker or reporters, not "según lo previsto").
bool SourceNamedIn(const Doc& doc, Span span);
// `c`, before the cue, belongs to the verb of saying that reports the cue's
// clause ("said on Thursday the treaty was signed").
bool InReportingFrame(const Doc& doc, const CueHit& hit, Span c);
// The name at `m` says what the cue's clause tells ("Peskov said …", "…, dijo
// Peskov", "según Peskov"): the speaker, not one who does it.
bool IsTheSpeaker(const Doc& doc, const CueHit& hit, Span m);

// coordination.cc
const Regex& WordRe();
bool HasVerb(const Doc& doc, Span range, bool participles);
Span PredicateAfterCue(const Doc& doc, const CueHit& hit, size_t limit);
void RelativeAsideScope(const Doc& doc, const CueHit& hit, Span* own, Span* antecedent);
bool MentionAt(const Doc& doc, size_t pos, bool end = false);
// True when `pred` holds for the span of an entity, a date or a number mention.
template <typename Pred>
bool AnyMention(const Doc& doc, Pred pred) {
  for (const EntityMention& m : doc.entities)
    if (pred(m.span)) return true;
  for (const DateMention& d : doc.dates)
    if (pred(d.span)) return true;
  for (const NumberMention& n : doc.numbers)
    if (pred(n.span)) return true;
  return false;
}
const char* NotThePredicates(const Doc& doc, const CueHit& hit, Span c);

// corrections.cc
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
std::vector<Correction> Corrections(const Doc& doc, const Sentence& s);

}  // namespace clauses
}  // namespace claimcheck

#endif  // CLAIMCHECK_KINDS_CLAUSES_H_
