#include "kinds/registry.h"

namespace claimcheck {

extern const FactKindDef kDateKind;
extern const FactKindDef kRangeKind;
extern const FactKindDef kPlaceKind;
extern const FactKindDef kPersonKind;
extern const FactKindDef kSetKind;
extern const FactKindDef kRoleKind;
extern const FactKindDef kTermKind;
extern const FactKindDef kChoiceKind;
extern const FactKindDef kQuoteKind;
extern const FactKindDef kNumberKind;

const std::vector<const FactKindDef*>& FactKinds() {
  static const std::vector<const FactKindDef*> kinds = {
      &kDateKind, &kPlaceKind, &kPersonKind, &kSetKind, &kRoleKind, &kRangeKind, &kTermKind, &kChoiceKind, &kQuoteKind, &kNumberKind,
  };
  return kinds;
}

const FactKindDef* FindFactKind(const std::string& name) {
  for (const FactKindDef* k : FactKinds())
    if (name == k->name) return k;
  return nullptr;
}

std::string FactKindNames() {
  std::string s;
  for (const FactKindDef* k : FactKinds()) {
    if (!s.empty()) s += ", ";
    s += k->name;
  }
  return s;
}

const char* ClaimStatusName(ClaimStatus s) {
  switch (s) {
    case ClaimStatus::kConfirmed: return "confirmed";
    case ClaimStatus::kContradiction: return "contradiction";
    case ClaimStatus::kUnresolved: return "unresolved";
    case ClaimStatus::kStated: return "stated";
  }
  return "?";
}

}  // namespace claimcheck
