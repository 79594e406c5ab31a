// `range`: a span of years or dates ("1950-1953", "entre 1950 y 1953"). The
// claim is the range nearest to a cue; endpoints compare at their precision.
#include "kinds/common.h"
#include "kinds/registry.h"

namespace claimcheck {
namespace {

struct RangeFactValue : FactValue {
  Date from, to;
  std::string ToString() const override { return from.ToString() + "/" + to.ToString(); }
};

bool Parse(const RulebookContext&, Fact* fact, Diagnostics* problems) {
  if (!fact->raw.Find("cues")) {  // (invalid cues were reported where they stand)
    problems->push_back({fact->loc, "fact '" + fact->id + "' (range) needs 'cues'"});
    return false;
  }
  if (fact->slot) return true;
  const Node* v = fact->raw.Find("value");
  auto value = std::make_shared<RangeFactValue>();
  if (!v->IsList() || v->items.size() != 2 || !v->items[0].IsScalar() || !v->items[1].IsScalar() ||
      !Date::Parse(v->items[0].scalar, &value->from) || !Date::Parse(v->items[1].scalar, &value->to)) {
    problems->push_back({v->loc, "fact '" + fact->id + "': value must be [start, end], two dates such as [1950, 1953]"});
    return false;
  }
  if (value->to.year < value->from.year) {
    problems->push_back({v->loc, "fact '" + fact->id + "': range ends before it starts"});
    return false;
  }
  fact->value = value;
  return true;
}

void Find(const Fact& fact, const Doc& doc, std::vector<Claim>* out, Trace* trace) {
  const auto* value = static_cast<const RangeFactValue*>(fact.value.get());
  std::vector<Span> candidates;
  std::vector<const DateMention*> mentions;
  for (const DateMention& d : doc.dates) {
    if (!d.is_range) continue;
    candidates.push_back(d.span);
    mentions.push_back(&d);
  }
  std::vector<Span> seen;
  for (const CueHit& hit : FindCueHits(fact, doc, fact.cues_any.get(), trace)) {
    int i = PickNearest(doc, hit, candidates);
    if (i < 0) {
      if (trace) trace->Add(fact.id + ": cue " + Where(doc, hit.cue) + ": no range in its sentence");
      continue;
    }
    const DateMention& m = *mentions[static_cast<size_t>(i)];
    if (!FirstClaimAt(&seen, m.span)) continue;
    std::string why = "cue " + Where(doc, hit.cue) + " -> range " + Where(doc, m.span);
    if (!m.resolved) {
      out->push_back(MakeClaim(fact, doc, hit, m.span, ClaimStatus::kUnresolved, "", why));
      continue;
    }
    std::string found = m.value.ToString() + "/" + m.end.ToString();
    if (!value) {
      out->push_back(MakeClaim(fact, doc, hit, m.span, ClaimStatus::kStated, found, why + " (slot)"));
      continue;
    }
    bool agree = Date::Agree(m.value, value->from) && Date::Agree(m.end, value->to);
    if (hit.negated && !agree) continue;
    ClaimStatus st = (agree != hit.negated) ? ClaimStatus::kConfirmed : ClaimStatus::kContradiction;
    out->push_back(MakeClaim(fact, doc, hit, m.span, st, found, why));
  }
}

Relation Relate(const Fact&, const Rulebook&, const std::string& a, const std::string& b) {
  auto split = [](const std::string& s, Date* from, Date* to) {
    size_t slash = s.find('/');
    return slash != std::string::npos && Date::Parse(s.substr(0, slash), from) &&
           Date::Parse(s.substr(slash + 1), to);
  };
  Date a1, a2, b1, b2;
  if (!split(a, &a1, &a2) || !split(b, &b1, &b2)) return a == b ? Relation::kSame : Relation::kDifferent;
  return Date::Agree(a1, b1) && Date::Agree(a2, b2) ? Relation::kSame : Relation::kDifferent;
}

}  // namespace

extern const FactKindDef kRangeKind = {
    "range", "a span of years or dates, [start, end]; endpoints compared at their precision", {},
    &Parse, &Find, &Relate};

}  // namespace claimcheck
