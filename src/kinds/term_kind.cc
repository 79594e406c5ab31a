// `term`: something the event includes (a treaty's mutual-assistance clause). In
// a sentence with a cue, the term present confirms; the term denied in its clause
// ("no incluye asistencia mutua", "sin defensa mutua", "does not include mutual
// assistance") contradicts.
#include <algorithm>

#include "kinds/common.h"
#include "kinds/registry.h"
#include "text/regex.h"

namespace claimcheck {
namespace {

struct TermFactValue : FactValue {
  std::vector<Pattern> terms;
  std::string ToString() const override { return terms.empty() ? "" : terms.front().source; }
};

bool Parse(const RulebookContext&, Fact* fact, Diagnostics* problems) {
  if (!fact->raw.Find("cues")) {  // (invalid cues were reported where they stand)
    problems->push_back({fact->loc, "fact '" + fact->id + "' (term) needs 'cues'"});
    return false;
  }
  if (fact->slot) {
    problems->push_back({fact->loc, "fact '" + fact->id + "' (term) needs 'value': the term's patterns"});
    return false;
  }
  const Node* v = fact->raw.Find("value");
  std::vector<const Node*> items;
  if (v->IsScalar()) items.push_back(v);
  else if (v->IsList()) for (const Node& n : v->items) items.push_back(&n);
  auto value = std::make_shared<TermFactValue>();
  bool ok = !items.empty();
  if (!ok) problems->push_back({v->loc, "fact '" + fact->id + "': value must be a pattern or a list of patterns"});
  for (const Node* n : items) {
    if (!n->IsScalar()) {
      problems->push_back({n->loc, "fact '" + fact->id + "': term patterns must be strings"});
      ok = false;
      continue;
    }
    auto re = std::make_shared<Regex>(FoldPattern(n->scalar), Regex::kWordBounded | Regex::kUserPattern);
    if (!re->ok()) {
      problems->push_back({n->loc, "value: invalid RE2 pattern \"" + n->scalar + "\": " + re->error()});
      ok = false;
      continue;
    }
    value->terms.push_back({n->scalar, re, n->loc});
  }
  if (ok) fact->value = value;
  return ok;
}

// True when the clause of `term` holds a cue of the fact and none of the kept
// `hits`: the term is that cue's, which an exclude set aside ("El pacto de
// Pionyang va más allá; el acuerdo con Teherán no contiene defensa mutua":
// Iran's agreement lacks it, not the pact), and no other cue of the sentence
// takes it.
bool TermOfASetAsideCue(const Fact& fact, const Doc& doc, const Sentence& s, Span term,
                        const std::vector<CueHit>& hits) {
  const Span clause = doc.ClauseAt(s, term.begin);
  if (fact.cues_any->FindAll(doc.Folded(clause)).empty()) return false;
  for (const CueHit& h : hits)
    if (h.sentence == &s && clause.Contains(h.cue.begin)) return false;
  return true;
}

void Find(const Fact& fact, const Doc& doc, std::vector<Claim>* out, Trace* trace) {
  const auto* value = static_cast<const TermFactValue*>(fact.value.get());
  std::vector<const Sentence*> done;
  const std::vector<CueHit> hits = FindCueHits(fact, doc, fact.cues_any.get(), trace);
  for (const CueHit& hit : hits) {
    if (std::find(done.begin(), done.end(), hit.sentence) != done.end()) continue;
    // The term nearest to the cue in the sentence; a denial anywhere wins.
    std::string_view text = doc.Folded(hit.sentence->folded);
    const Span* best = nullptr;
    Span found;
    bool negated = false;
    std::vector<Span> terms;
    for (const Pattern& p : value->terms)
      for (Span m : p.re->FindAll(text))
        terms.push_back({m.begin + hit.sentence->folded.begin, m.end + hit.sentence->folded.begin});
    for (const Span& t : terms) {
      if (TermOfASetAsideCue(fact, doc, *hit.sentence, t, hits)) {
        if (trace) trace->Add(fact.id + ": term " + Where(doc, t) + " is its own clause's cue's, which was set aside");
        continue;
      }
      // "If the treaty did not include mutual assistance", "the treaty will
      // include": a term supposed or still to come is not the treaty's.
      if (PlannedValue(doc, hit, t)) {
        if (trace) trace->Add(fact.id + ": term " + Where(doc, t) + " is planned or supposed, not reported");
        continue;
      }
      Span clause = doc.ClauseAt(*hit.sentence, t.begin);
      // A denied clause denies its term: the term is what such a clause is
      // about ("negó que el tratado incluyera asistencia mutua en caso de
      // agresión"); denying a denial asserts ("Nor is it true that the pact
      // lacks a mutual defence clause").
      bool neg = NegatedBefore(doc, clause, t.begin, 5) != Denied(doc, *hit.sentence, clause);
      // "Russia will not sign another mutual defence pact", "no firmará": a
      // plan denied says nothing of what this treaty holds.
      static const Regex* const kFutureDenied =
          new Regex("\\b(?:will|would|shall)\\s+(?:not|never)\\b|\\b(?:won't|wouldn't|shan't)\\b");
      if (neg &&
          (kFutureDenied->Contains(doc.Folded({clause.begin, t.begin})) || doc.FutureVerbIn({clause.begin, t.begin}))) {
        if (trace) trace->Add(fact.id + ": term " + Where(doc, t) + " is denied only of a plan: no claim");
        continue;
      }
      if (!best || (neg && !negated)) {
        best = &t;
        found = t;
        negated = neg;
      }
    }
    if (!best) {
      if (trace) trace->Add(fact.id + ": cue " + Where(doc, hit.cue) + ": the term is not named in its sentence");
      continue;
    }
    done.push_back(hit.sentence);
    CueHit at_term = hit;
    at_term.quote = doc.QuoteAt(found.begin);
    std::string why = "cue " + Where(doc, hit.cue) + " -> term " + Where(doc, found);
    out->push_back(MakeClaim(fact, doc, at_term, found,
                             negated ? ClaimStatus::kContradiction : ClaimStatus::kConfirmed,
                             negated ? "denied" : "included", why + (negated ? ", denied" : "")));
  }
}

}  // namespace

extern const FactKindDef kTermKind = {
    "term", "a term the event includes; denying it in the claim's clause contradicts", {}, &Parse, &Find};

}  // namespace claimcheck
