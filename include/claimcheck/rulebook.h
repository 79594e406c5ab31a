// Rulebooks: what is known about an event, as `schema: claimcheck/v1` YAML.
//
// Loading validates everything and reports every problem in one run, each with
// file:line:column from yaml-cpp's marks: unknown keys, unknown kinds, invalid
// RE2 patterns (RE2's own message), undefined entity ids, duplicate ids, values
// of the wrong type or precision. The schema is documented in rules/SCHEMA.md.
//
// Example:
//   std::vector<Rulebook> books;
//   Diagnostics problems;
//   if (!LoadRulebooks({"rules"}, &books, &problems))
//     for (const Diagnostic& d : problems) std::cerr << d.ToString() << "\n";
//
// A Rulebook is immutable after loading and safe to share across threads.
#ifndef CLAIMCHECK_RULEBOOK_H_
#define CLAIMCHECK_RULEBOOK_H_

#include <map>
#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "claimcheck/status.h"

namespace claimcheck {

class Regex;  // src/text/regex.h; opaque to users of the API

enum class Severity { kInfo = 0, kWarning = 1, kError = 2 };
const char* SeverityName(Severity s);
// Accepts "error", "warning", "info". Returns false on anything else.
bool ParseSeverity(const std::string& text, Severity* out);

// A YAML value as the loader read it, with its position: fact kinds read their
// own keys from it, so the loader needs no knowledge of any kind.
struct Node {
  enum class Type { kNull, kScalar, kList, kMap };
  Type type = Type::kNull;
  std::string scalar;
  std::vector<Node> items;                          // kList
  std::vector<std::pair<std::string, Node>> map;    // kMap, in file order
  std::vector<SourceLoc> key_locs;                  // kMap: where each key is
  SourceLoc loc;
  // The value of `key` in a map, or null.
  const Node* Find(const std::string& key) const;
  bool IsScalar() const { return type == Type::kScalar; }
  bool IsList() const { return type == Type::kList; }
  bool IsMap() const { return type == Type::kMap; }
};

// A compiled RE2 pattern from the rulebook, with where it was written.
struct Pattern {
  std::string source;
  std::shared_ptr<const Regex> re;
  SourceLoc loc;
};

struct Entity {
  std::string id;
  std::string kind;                // person | place | country | organization
  std::vector<std::string> names;  // as written
  std::string in;                  // id of the larger place that holds it, or ""
  SourceLoc loc;
};

struct Example {
  std::string text;
  std::string expect;     // confirmed | contradiction | none
  std::string published;  // optional ISO date anchoring relative dates
  std::string found;      // optional expected found value
  std::string language;   // optional; detected when empty
  SourceLoc loc;
};

// A kind-specific, parsed fact value. Each kind (src/kinds/) defines its own
// subclass; only that kind reads it.
class FactValue {
 public:
  virtual ~FactValue() = default;
  // The rulebook's value as reports print it ("2024-06-19", "pyongyang").
  virtual std::string ToString() const = 0;
};

struct Fact {
  std::string id;
  std::string kind;
  Severity severity = Severity::kError;
  bool slot = false;                      // `value: unknown` or no value
  std::shared_ptr<const FactValue> value; // null when slot
  std::vector<Pattern> cues;
  std::vector<Pattern> exclude;
  std::vector<Pattern> role;              // `role` kind: the role phrases
  // `cues` (and `role`) as one word-bounded alternation, so the text is scanned
  // once per fact; null when there are none.
  std::shared_ptr<const Regex> cues_any;
  std::shared_ptr<const Regex> role_any;
  std::vector<Example> examples;
  Node raw;                               // the whole fact mapping
  SourceLoc loc;
};

struct Event {
  std::string id;
  std::string title;
  bool has_match = false;
  std::vector<std::string> match_all;  // entity ids
  std::vector<Pattern> match_any;
};

class Rulebook {
 public:
  // Loads one rulebook file. Returns true when it is valid; otherwise appends
  // every problem to *problems and returns false (*out holds what could be read).
  static bool Load(const std::string& path, Rulebook* out, Diagnostics* problems);

  const std::string& path() const { return path_; }
  const Event& event() const { return event_; }
  const std::vector<std::string>& ignore() const { return ignore_; }
  const std::map<std::string, Entity>& entities() const { return entities_; }
  const std::vector<Fact>& facts() const { return facts_; }
  const Entity* FindEntity(const std::string& id) const;
  // True when `inner` is `outer` or lies inside it through `in:` links.
  bool Within(const std::string& inner, const std::string& outer) const;

 private:
  friend class RulebookLoader;
  std::string path_;
  Event event_;
  std::vector<std::string> ignore_;
  std::map<std::string, Entity> entities_;
  std::vector<Fact> facts_;
};

// Loads every rulebook named: a file, or a directory searched recursively for
// .yaml and .yml files (sorted by path). Returns true when all are valid and at
// least one was found; else appends every problem to *problems.
bool LoadRulebooks(const std::vector<std::string>& paths, std::vector<Rulebook>* out,
                   Diagnostics* problems);

}  // namespace claimcheck

#endif  // CLAIMCHECK_RULEBOOK_H_
