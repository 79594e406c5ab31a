// `role`: who holds an office. The holder is the entity named right next to the
// role phrase: "su ministro de Defensa, Andréi Beloúsov", "Defence Minister
// Andrei Belousov", "Belousov, the defence minister", "Belousov (defence
// minister)", or joined to it by a copula ("el ministro de Defensa era
// Beloúsov"). "ex", "former", "antiguo", "vice" and the like before the phrase
// make it no claim about the current holder.
#include "kinds/common.h"
#include "kinds/registry.h"
#include "text/regex.h"

namespace claimcheck {
namespace {

struct RoleFactValue : FactValue {
  std::string id;
  std::string ToString() const override { return id; }
};

bool Parse(const RulebookContext& ctx, Fact* fact, Diagnostics* problems) {
  const Node* role = fact->raw.Find("role");
  if (!role) {
    problems->push_back({fact->loc, "fact '" + fact->id + "' (role) needs 'role': the role phrases"});
    return false;
  }
  bool ok = true;
  std::vector<const Node*> items;
  if (role->IsScalar()) items.push_back(role);
  else if (role->IsList()) for (const Node& n : role->items) items.push_back(&n);
  for (const Node* n : items) {
    if (!n->IsScalar()) {
      problems->push_back({n->loc, "fact '" + fact->id + "': role phrases must be strings"});
      ok = false;
      continue;
    }
    auto re = std::make_shared<Regex>(FoldPattern(n->scalar), Regex::kWordBounded);
    if (!re->ok()) {
      problems->push_back({n->loc, "role: invalid RE2 pattern \"" + n->scalar + "\": " + re->error()});
      ok = false;
      continue;
    }
    fact->role.push_back({n->scalar, re, n->loc});
  }
  if (items.empty()) {
    problems->push_back({role->loc, "fact '" + fact->id + "': 'role' must be a phrase or a list of phrases"});
    ok = false;
  }
  if (fact->slot) return ok;
  auto value = std::make_shared<RoleFactValue>();
  if (!ParseEntityId(ctx, *fact->raw.Find("value"), fact->id, {}, &value->id, problems)) return false;
  if (ok) fact->value = value;
  return ok;
}

void Find(const Fact& fact, const Doc& doc, std::vector<Claim>* out, Trace* trace) {
  const auto* value = static_cast<const RoleFactValue*>(fact.value.get());
  // Not the current holder: "ex ministro", "former minister", "viceministro",
  // "el entonces ministro", "the outgoing minister", "the future minister".
  static const Regex kPast(
      "\\b(ex|former|antiguo|antigua|anterior|previous|then|vice|deputy|primer viceprimer|"
      "exministro|ex-|then-|otro|another|nuevo jefe|sub|entonces|otrora|outgoing|future|futur[oa])[\\s-]*$");
  // Between the role phrase and the holder after it; a copula may join them
  // ("el ministro de Defensa era Andréi Beloúsov", "the foreign minister is
  // Sergei Lavrov").
  static const std::string kCopula = "es|era|fue|sera|is|was|will be";
  // A table row puts the holder in the cell after the role's ("| Defence
  // minister | Andrei Belousov |").
  static const Regex kAfterGap("^[\\s,|]*(?:(" + kCopula +
                               ")\\s+)?((el|la|the|su|his|her|mr\\.?|ms\\.?|sr\\.?|sra\\.?)\\s+)?$");
  // Between the holder and the role phrase after it ("Belousov, the defence
  // minister", "Beloúsov es el ministro de Defensa").
  static const Regex kBeforeGap("^(\\s*,\\s*|\\s*\\(\\s*|\\s+-\\s+|\\s+(" + kCopula +
                                ")\\s+)"
                                "((el|la|the|su|his|her|current|actual|russian|ruso|rusa|russia's)\\s+)*$");
  static const Regex kCopulaIn("\\b(?:" + kCopula + ")\\b");
  std::vector<Span> seen;
  for (const CueHit& hit : FindCueHits(fact, doc, fact.role_any.get(), trace)) {
    size_t from = hit.cue.begin > 24 ? hit.cue.begin - 24 : 0;
    from = std::max(from, hit.sentence->folded.begin);
    if (kPast.Contains(doc.Folded({from, hit.cue.begin}))) {
      if (trace) trace->Add(fact.id + ": role " + Where(doc, hit.cue) + " skipped: a former or deputy office");
      continue;
    }
    const EntityMention* holder = nullptr;
    for (const EntityMention& m : doc.entities) {
      if (m.span.begin >= hit.cue.end && m.span.begin - hit.cue.end <= 16 &&
          kAfterGap.FullMatch(doc.Folded({hit.cue.end, m.span.begin}))) {
        holder = &m;
        break;
      }
    }
    if (!holder) {
      for (const EntityMention& m : doc.entities) {
        if (m.span.end <= hit.cue.begin && hit.cue.begin - m.span.end <= 24 &&
            kBeforeGap.FullMatch(doc.Folded({m.span.end, hit.cue.begin})))
          holder = &m;
      }
    }
    if (!holder) {
      if (trace) trace->Add(fact.id + ": role " + Where(doc, hit.cue) + ": no known entity named next to it");
      continue;
    }
    // "Shoigu ya no es ministro de Defensa", "Lavrov is not the defence
    // minister": a copula denied names no holder.
    const Span gap = holder->span.begin >= hit.cue.end ? Span{hit.cue.end, holder->span.begin}
                                                       : Span{holder->span.end, hit.cue.begin};
    if (kCopulaIn.Contains(doc.Folded(gap)) && (hit.negated || NegatedBefore(doc, hit.clause, hit.cue.begin, 4))) {
      if (trace) trace->Add(fact.id + ": role " + Where(doc, hit.cue) + " skipped: the copula is negated");
      continue;
    }
    if (!FirstClaimAt(&seen, holder->span)) continue;
    std::string why = "role " + Where(doc, hit.cue) + " -> holder " + Where(doc, holder->span);
    if (!value) {
      out->push_back(MakeClaim(fact, doc, hit, holder->span, ClaimStatus::kStated, holder->entity->id, why + " (slot)"));
      continue;
    }
    bool agree = holder->entity->id == value->id;
    out->push_back(MakeClaim(fact, doc, hit, holder->span,
                             agree ? ClaimStatus::kConfirmed : ClaimStatus::kContradiction,
                             holder->entity->id, why));
  }
}

}  // namespace

extern const FactKindDef kRoleKind = {
    "role", "who holds an office: the entity named next to a role phrase", {"role"}, &Parse, &Find};

}  // namespace claimcheck
