// The fact kinds: one file each in src/kinds/, listed once in registry.cc.
//
// To add a kind: write src/kinds/NAME_kind.cc defining a `const FactKindDef
// kNameKind`, add it to the table in registry.cc and the file to CMakeLists.txt,
// and test it in tests/kinds_test.cc.
#ifndef CLAIMCHECK_KINDS_REGISTRY_H_
#define CLAIMCHECK_KINDS_REGISTRY_H_

#include <string>
#include <vector>

#include "analysis.h"
#include "claimcheck/rulebook.h"

namespace claimcheck {

// kStated: a claim about a slot (a fact with no verified value); it takes part
// only in comparisons between sources.
enum class ClaimStatus { kConfirmed, kContradiction, kUnresolved, kStated };
const char* ClaimStatusName(ClaimStatus s);

// What a kind found for a fact in one article.
struct Claim {
  const Fact* fact = nullptr;
  ClaimStatus status = ClaimStatus::kConfirmed;
  Span span;            // original bytes of the value the claim is about
  Span sentence;        // original bytes of its sentence
  std::string found;    // the value found, as reports print it
  bool attributed = false;  // inside a quotation or reported speech: the speaker's claim
  bool reported = false;    // attributed by reported speech, not a quotation
  std::string reason;   // why, for `explain`
  // What the rulebook says, when a part of the value says it better than the
  // whole (the verified wording nearest a quotation, in its language); else "".
  std::string expected;
};

// Why a cue or candidate was passed over, for `explain`.
struct Trace {
  std::vector<std::string> lines;
  void Add(std::string line) { lines.push_back(std::move(line)); }
};

struct RulebookContext {
  const std::map<std::string, Entity>* entities = nullptr;
};

// How two values found for one fact relate, for disagreements between sources.
enum class Relation {
  kSame,       // the same claim, perhaps at different precision
  kDifferent,  // a different value for the same thing: sources disagree
  kUnrelated,  // not about the same thing (two different quotations)
};

struct FactKindDef {
  const char* name;
  const char* description;
  // Keys this kind accepts besides the common ones (id, kind, value, cues,
  // exclude, severity, examples).
  std::vector<std::string> keys;
  // Reads the kind's own keys and the value from fact.raw into *fact. Appends a
  // located problem for each invalid value; returns false when any.
  bool (*parse)(const RulebookContext& ctx, Fact* fact, Diagnostics* problems);
  // Appends the claims the article makes about `fact`. `trace` may be null.
  void (*find)(const Fact& fact, const Doc& doc, std::vector<Claim>* out, Trace* trace);
  // How two `found` values of this kind relate. Null: equal strings are the
  // same, others differ.
  Relation (*relate)(const Fact& fact, const Rulebook& book, const std::string& a,
                     const std::string& b) = nullptr;
  // A readable difference between two values that differ (quote drift: a word
  // diff), or null.
  std::string (*diff)(const Fact& fact, const std::string& a, const std::string& b) = nullptr;
  // The value found, written one way, for grouping what sources say: two
  // values with one key are one value ("putin, kim" and "kim, putin"). Null:
  // the string itself.
  std::string (*key)(const std::string& found) = nullptr;
};

const std::vector<const FactKindDef*>& FactKinds();
// The kind named `name`, or null.
const FactKindDef* FindFactKind(const std::string& name);
// "date, place, person, ..." for messages.
std::string FactKindNames();

}  // namespace claimcheck

#endif  // CLAIMCHECK_KINDS_REGISTRY_H_
