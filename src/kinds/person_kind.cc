// `person`: one entity (a person, or an organisation such as the court that
// issued a warrant). The claim is the nearest entity of the same kind as the
// value to a cue.
#include "kinds/common.h"
#include "kinds/registry.h"

namespace claimcheck {
namespace {

struct EntityFactValue : FactValue {
  std::string id;
  std::string kind;
  std::string ToString() const override { return id; }
};

bool Parse(const RulebookContext& ctx, Fact* fact, Diagnostics* problems) {
  if (!fact->raw.Find("cues")) {  // (invalid cues were reported where they stand)
    problems->push_back({fact->loc, "fact '" + fact->id + "' (person) needs 'cues'"});
    return false;
  }
  if (fact->slot) return true;
  auto value = std::make_shared<EntityFactValue>();
  if (!ParseEntityId(ctx, *fact->raw.Find("value"), fact->id, {}, &value->id, problems)) return false;
  value->kind = ctx.entities->at(value->id).kind;
  fact->value = value;
  return true;
}

void Find(const Fact& fact, const Doc& doc, std::vector<Claim>* out, Trace* trace) {
  const auto* value = static_cast<const EntityFactValue*>(fact.value.get());
  std::vector<std::string> kinds = {value ? value->kind : std::string("person")};
  std::vector<Span> seen;
  for (const CueHit& hit : FindCueHits(fact, doc, fact.cues_any.get(), trace)) {
    std::vector<Span> candidates;
    std::vector<const EntityMention*> mentions;
    for (const EntityMention* m : MentionsOf(doc, hit.sentence->folded, kinds)) {
      candidates.push_back(m->span);
      mentions.push_back(m);
    }
    std::string set_aside;
    int i = PickNearest(doc, hit, candidates, /*cue_is_predicate=*/true, trace ? &set_aside : nullptr);
    if (i < 0) {
      if (trace)
        trace->Add(fact.id + ": cue " + Where(doc, hit.cue) + ": no " + kinds[0] + " named in its sentence" +
                   (set_aside.empty() ? "" : " (" + set_aside + ")"));
      continue;
    }
    const EntityMention& m = *mentions[static_cast<size_t>(i)];
    if (!FirstClaimAt(&seen, m.span)) continue;
    std::string why = "cue " + Where(doc, hit.cue) + " -> " + kinds[0] + " " + Where(doc, m.span);
    if (!value) {
      out->push_back(MakeClaim(fact, doc, hit, m.span, ClaimStatus::kStated, m.entity->id, why + " (slot)"));
      continue;
    }
    bool agree = m.entity->id == value->id;
    if (hit.negated && !agree) continue;
    ClaimStatus st = (agree != hit.negated) ? ClaimStatus::kConfirmed : ClaimStatus::kContradiction;
    out->push_back(MakeClaim(fact, doc, hit, m.span, st, (hit.negated ? "not " : "") + m.entity->id, why));
  }
}

}  // namespace

extern const FactKindDef kPersonKind = {
    "person", "one entity (person or organisation) named next to a cue", {}, &Parse, &Find};

}  // namespace claimcheck
