// The only reader of rulebook YAML. yaml-cpp exceptions and marks become located
// Diagnostics here; fact kinds see only claimcheck::Node.
#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <set>

#include "claimcheck/dates.h"
#include "claimcheck/rulebook.h"
#include "claimcheck/text.h"
#include "kinds/registry.h"
#include "text/regex.h"

namespace claimcheck {

const char* SeverityName(Severity s) {
  switch (s) {
    case Severity::kInfo: return "info";
    case Severity::kWarning: return "warning";
    case Severity::kError: return "error";
  }
  return "?";
}

bool ParseSeverity(const std::string& text, Severity* out) {
  if (text == "error") *out = Severity::kError;
  else if (text == "warning") *out = Severity::kWarning;
  else if (text == "info") *out = Severity::kInfo;
  else return false;
  return true;
}

const Node* Node::Find(const std::string& key) const {
  for (const auto& [k, v] : map)
    if (k == key) return &v;
  return nullptr;
}

const Entity* Rulebook::FindEntity(const std::string& id) const {
  auto it = entities_.find(id);
  return it == entities_.end() ? nullptr : &it->second;
}

bool Rulebook::Within(const std::string& inner, const std::string& outer) const {
  std::string cur = inner;
  for (int guard = 0; guard < 32 && !cur.empty(); ++guard) {
    if (cur == outer) return true;
    const Entity* e = FindEntity(cur);
    if (!e) return false;
    cur = e->in;
  }
  return false;
}

namespace {

// Patterns that each compiled alone, as one word-bounded alternation.
std::shared_ptr<const Regex> Union(const std::vector<Pattern>& patterns, int flags = 0) {
  if (patterns.empty()) return nullptr;
  std::string alternation;
  for (const Pattern& p : patterns)
    alternation += (alternation.empty() ? "(?:" : "|(?:") + FoldPattern(p.source) + ")";
  auto re = std::make_shared<const Regex>(alternation, Regex::kWordBounded | Regex::kUserPattern | flags);
  return re->ok() ? re : nullptr;
}

}  // namespace

class RulebookLoader {
 public:
  RulebookLoader(const std::string& path, Rulebook* out, Diagnostics* problems)
      : path_(path), book_(out), problems_(problems) {}

  bool Run();

 private:
  // yaml-cpp marks count bytes from 0; reports count code points from 1.
  SourceLoc Loc(const YAML::Mark& m) const {
    if (m.line < 0) return {path_, 0, 0};
    int column = m.column + 1;
    if (static_cast<size_t>(m.line) < lines_.size()) {
      const std::string& line = lines_[static_cast<size_t>(m.line)];
      column = 1;
      for (size_t i = 0; i < static_cast<size_t>(m.column) && i < line.size(); ++i)
        if ((static_cast<unsigned char>(line[i]) & 0xC0) != 0x80) ++column;
    }
    return {path_, m.line + 1, column};
  }
  Node Convert(const YAML::Node& y) const;
  void Problem(const SourceLoc& loc, std::string msg) {
    problems_->push_back({loc, std::move(msg)});
    ok_ = false;
  }
  void CheckKeys(const Node& map, const std::vector<std::string>& allowed, const char* what);
  bool ReadString(const Node& map, const char* key, bool required, std::string* out,
                  const char* what);
  std::vector<Pattern> ReadPatterns(const Node* n, const char* what, int flags, bool fold);
  void ReadEvent(const Node& n);
  void ReadEntities(const Node& n);
  void ReadFacts(const Node& n);
  void ReadExamples(const Node& n, Fact* fact);

  std::string path_;
  Rulebook* book_;
  Diagnostics* problems_;
  std::vector<std::string> lines_;  // the file's lines, for code-point columns
  bool ok_ = true;
};

Node RulebookLoader::Convert(const YAML::Node& y) const {
  Node n;
  n.loc = Loc(y.Mark());
  switch (y.Type()) {
    case YAML::NodeType::Scalar:
      n.type = Node::Type::kScalar;
      n.scalar = y.Scalar();
      break;
    case YAML::NodeType::Sequence:
      n.type = Node::Type::kList;
      for (const YAML::Node& item : y) n.items.push_back(Convert(item));
      break;
    case YAML::NodeType::Map:
      n.type = Node::Type::kMap;
      for (auto it = y.begin(); it != y.end(); ++it) {
        std::string key = it->first.IsScalar() ? it->first.Scalar() : std::string("?");
        n.map.emplace_back(key, Convert(it->second));
        n.key_locs.push_back(Loc(it->first.Mark()));
      }
      break;
    default:
      n.type = Node::Type::kNull;
  }
  return n;
}

void RulebookLoader::CheckKeys(const Node& map, const std::vector<std::string>& allowed,
                               const char* what) {
  std::set<std::string> seen;
  for (size_t i = 0; i < map.map.size(); ++i) {
    const std::string& key = map.map[i].first;
    if (!seen.insert(key).second) {
      Problem(map.key_locs[i], std::string("duplicate key '") + key + "' in " + what);
      continue;
    }
    if (std::find(allowed.begin(), allowed.end(), key) == allowed.end()) {
      std::string list;
      for (const std::string& a : allowed) list += (list.empty() ? "" : ", ") + a;
      Problem(map.key_locs[i],
              std::string("unknown key '") + key + "' in " + what + " (expected one of: " + list + ")");
    }
  }
}

bool RulebookLoader::ReadString(const Node& map, const char* key, bool required,
                                std::string* out, const char* what) {
  const Node* n = map.Find(key);
  if (!n) {
    if (required) Problem(map.loc, std::string(what) + " needs '" + key + "'");
    return false;
  }
  if (!n->IsScalar()) {
    Problem(n->loc, std::string("'") + key + "' in " + what + " must be a string");
    return false;
  }
  *out = n->scalar;
  return true;
}

std::vector<Pattern> RulebookLoader::ReadPatterns(const Node* n, const char* what, int flags,
                                                  bool fold) {
  std::vector<Pattern> out;
  if (!n) return out;
  std::vector<const Node*> items;
  if (n->IsScalar()) items.push_back(n);
  else if (n->IsList()) for (const Node& i : n->items) items.push_back(&i);
  else {
    Problem(n->loc, std::string(what) + " must be a pattern or a list of patterns");
    return out;
  }
  if (items.empty()) Problem(n->loc, std::string(what) + " must list at least one pattern");
  for (const Node* i : items) {
    if (!i->IsScalar()) {
      Problem(i->loc, std::string(what) + ": each pattern must be a string");
      continue;
    }
    std::string source = fold ? FoldPattern(i->scalar) : i->scalar;
    auto re = std::make_shared<Regex>(source, flags | Regex::kUserPattern);
    if (!re->ok()) {
      Problem(i->loc, std::string(what) + ": invalid RE2 pattern \"" + i->scalar + "\": " + re->error());
      continue;
    }
    out.push_back({i->scalar, re, i->loc});
  }
  return out;
}

void RulebookLoader::ReadEvent(const Node& n) {
  if (!n.IsMap()) {
    Problem(n.loc, "'event' must be a mapping with id, title and match");
    return;
  }
  CheckKeys(n, {"id", "title", "match"}, "event");
  ReadString(n, "id", true, &book_->event_.id, "event");
  ReadString(n, "title", false, &book_->event_.title, "event");
  if (const Node* m = n.Find("match")) {
    if (!m->IsMap()) {
      Problem(m->loc, "'match' must be a mapping with 'all' and/or 'any'");
      return;
    }
    CheckKeys(*m, {"all", "any"}, "event match");
    book_->event_.has_match = true;
    if (const Node* all = m->Find("all")) {
      if (!all->IsList()) Problem(all->loc, "'match.all' must be a list of entity ids");
      else
        for (const Node& i : all->items) {
          if (!i.IsScalar()) { Problem(i.loc, "'match.all' must list entity ids"); continue; }
          book_->event_.match_all.push_back(i.scalar);
        }
    }
    book_->event_.match_any = ReadPatterns(m->Find("any"), "match.any", Regex::kWordBounded, true);
  }
}

void RulebookLoader::ReadEntities(const Node& n) {
  if (!n.IsMap()) {
    Problem(n.loc, "'entities' must be a mapping from id to entity");
    return;
  }
  static const std::vector<std::string> kKinds = {"person", "place", "country", "organization"};
  for (size_t i = 0; i < n.map.size(); ++i) {
    const auto& [id, e] = n.map[i];
    if (book_->entities_.count(id)) {
      Problem(n.key_locs[i], "duplicate entity id '" + id + "'");
      continue;
    }
    Entity entity;
    entity.id = id;
    entity.loc = n.key_locs[i];
    if (!e.IsMap()) {
      Problem(e.loc, "entity '" + id + "' must be a mapping with kind and names");
      continue;
    }
    CheckKeys(e, {"kind", "names", "in"}, ("entity '" + id + "'").c_str());
    if (ReadString(e, "kind", true, &entity.kind, ("entity '" + id + "'").c_str()) &&
        std::find(kKinds.begin(), kKinds.end(), entity.kind) == kKinds.end()) {
      Problem(e.Find("kind")->loc, "unknown entity kind '" + entity.kind +
                                       "' (expected one of: person, place, country, organization)");
    }
    const Node* names = e.Find("names");
    if (!names || !names->IsList() || names->items.empty()) {
      Problem(names ? names->loc : e.loc, "entity '" + id + "' needs 'names': a non-empty list");
    } else {
      for (const Node& nm : names->items) {
        if (!nm.IsScalar() || nm.scalar.empty()) Problem(nm.loc, "entity names must be strings");
        else entity.names.push_back(nm.scalar);
      }
    }
    ReadString(e, "in", false, &entity.in, ("entity '" + id + "'").c_str());
    book_->entities_.emplace(id, std::move(entity));
  }
  // `in:` must name a defined entity and must not loop.
  for (size_t i = 0; i < n.map.size(); ++i) {
    const auto& [id, e] = n.map[i];
    auto it = book_->entities_.find(id);
    if (it == book_->entities_.end() || it->second.in.empty()) continue;
    const Node* in = e.Find("in");
    if (!book_->entities_.count(it->second.in))
      Problem(in->loc, "undefined entity id '" + it->second.in + "' in 'in'");
    else if (book_->Within(it->second.in, id))
      Problem(in->loc, "entity '" + id + "' is inside itself through 'in'");
  }
}

void RulebookLoader::ReadExamples(const Node& n, Fact* fact) {
  if (!n.IsList()) {
    Problem(n.loc, "'examples' must be a list");
    return;
  }
  for (const Node& e : n.items) {
    if (!e.IsMap()) {
      Problem(e.loc, "each example must be a mapping with text and expect");
      continue;
    }
    CheckKeys(e, {"text", "expect", "published", "found", "language"}, "example");
    Example ex;
    ex.loc = e.loc;
    ReadString(e, "text", true, &ex.text, "example");
    if (ReadString(e, "expect", true, &ex.expect, "example") && ex.expect != "confirmed" &&
        ex.expect != "contradiction" && ex.expect != "none" && ex.expect != "stated" &&
        ex.expect != "unresolved")
      Problem(e.Find("expect")->loc,
              "'expect' must be confirmed, contradiction, unresolved, stated (a slot's claim) or none, not '" +
                  ex.expect + "'");
    if (ReadString(e, "published", false, &ex.published, "example")) {
      Date d;
      if (!Date::Parse(ex.published, &d))
        Problem(e.Find("published")->loc, "'published' is not an ISO date: '" + ex.published + "'");
    }
    ReadString(e, "found", false, &ex.found, "example");
    ReadString(e, "language", false, &ex.language, "example");
    fact->examples.push_back(std::move(ex));
  }
}

void RulebookLoader::ReadFacts(const Node& n) {
  if (!n.IsList()) {
    Problem(n.loc, "'facts' must be a list");
    return;
  }
  static const std::vector<std::string> kCommon = {"id", "kind", "value", "cues", "exclude",
                                                   "severity", "examples"};
  std::set<std::string> ids;
  RulebookContext ctx{&book_->entities_};
  for (const Node& f : n.items) {
    if (!f.IsMap()) {
      Problem(f.loc, "each fact must be a mapping with id, kind and value");
      continue;
    }
    Fact fact;
    fact.raw = f;
    fact.loc = f.loc;
    ReadString(f, "id", true, &fact.id, "fact");
    if (!fact.id.empty() && !ids.insert(fact.id).second)
      Problem(f.Find("id")->loc, "duplicate fact id '" + fact.id + "'");
    std::string what = "fact '" + fact.id + "'";
    const FactKindDef* kind = nullptr;
    if (ReadString(f, "kind", true, &fact.kind, what.c_str())) {
      kind = FindFactKind(fact.kind);
      if (!kind)
        Problem(f.Find("kind")->loc,
                "unknown kind '" + fact.kind + "' (expected one of: " + FactKindNames() + ")");
    }
    std::vector<std::string> allowed = kCommon;
    if (kind) allowed.insert(allowed.end(), kind->keys.begin(), kind->keys.end());
    CheckKeys(f, allowed, what.c_str());
    std::string sev;
    if (ReadString(f, "severity", false, &sev, what.c_str()) && !ParseSeverity(sev, &fact.severity))
      Problem(f.Find("severity")->loc,
              "severity must be error, warning or info, not '" + sev + "'");
    fact.cues = ReadPatterns(f.Find("cues"), "cues", Regex::kWordBounded, true);
    fact.exclude = ReadPatterns(f.Find("exclude"), "exclude", Regex::kWordBounded, true);
    if (const Node* ex = f.Find("examples")) ReadExamples(*ex, &fact);
    const Node* value = f.Find("value");
    fact.slot = !value || value->type == Node::Type::kNull ||
                (value->IsScalar() && value->scalar == "unknown");
    if (kind && !kind->parse(ctx, &fact, problems_)) ok_ = false;
    fact.cues_any = Union(fact.cues);
    // The longest role phrase wins, whatever the order they are listed in:
    // "defence minister at the time" over "defence minister".
    fact.role_any = Union(fact.role, Regex::kLongestMatch);
    book_->facts_.push_back(std::move(fact));
  }
}

bool RulebookLoader::Run() {
  book_->path_ = path_;
  std::ifstream in(path_, std::ios::binary);
  if (!in) {
    Problem({path_}, "cannot read rulebook");
    return false;
  }
  std::stringstream text;
  text << in.rdbuf();
  {
    std::string line;
    std::istringstream lines(text.str());
    while (std::getline(lines, line)) lines_.push_back(line);
  }
  YAML::Node root;
  try {
    root = YAML::Load(text.str());
  } catch (const YAML::Exception& e) {
    Problem(Loc(e.mark), "invalid YAML: " + e.msg);
    return false;
  }
  Node doc = Convert(root);
  if (!doc.IsMap()) {
    Problem({path_, 1, 1}, "a rulebook must be a YAML mapping (schema, event, entities, facts)");
    return false;
  }
  CheckKeys(doc, {"schema", "event", "ignore", "entities", "facts"}, "rulebook");
  std::string schema;
  if (ReadString(doc, "schema", true, &schema, "rulebook") && schema != "claimcheck/v1")
    Problem(doc.Find("schema")->loc, "unsupported schema '" + schema + "' (expected claimcheck/v1)");
  if (const Node* e = doc.Find("event")) ReadEvent(*e);
  else Problem(doc.loc, "rulebook needs 'event'");
  if (const Node* ig = doc.Find("ignore")) {
    for (const Pattern& p : ReadPatterns(ig, "ignore", Regex::kCaseSensitive, false))
      book_->ignore_.push_back(p.source);
  }
  if (const Node* e = doc.Find("entities")) ReadEntities(*e);
  // Entity references are checked after all entities are known.
  if (const Node* m = doc.Find("event"); m && m->IsMap())
    if (const Node* match = m->Find("match"); match && match->IsMap())
      if (const Node* all = match->Find("all"); all && all->IsList())
        for (const Node& i : all->items)
          if (i.IsScalar() && !book_->entities_.count(i.scalar))
            Problem(i.loc, "undefined entity id '" + i.scalar + "' in 'match.all'");
  if (const Node* f = doc.Find("facts")) ReadFacts(*f);
  else Problem(doc.loc, "rulebook needs 'facts'");
  return ok_;
}

bool Rulebook::Load(const std::string& path, Rulebook* out, Diagnostics* problems) {
  *out = Rulebook();
  RulebookLoader loader(path, out, problems);
  return loader.Run();
}

bool LoadRulebooks(const std::vector<std::string>& paths, std::vector<Rulebook>* out,
                   Diagnostics* problems) {
  namespace fs = std::filesystem;
  bool ok = true;
  std::vector<std::string> files;
  for (const std::string& p : paths) {
    std::error_code ec;
    if (fs::is_directory(p, ec)) {
      std::vector<std::string> found;
      for (auto it = fs::recursive_directory_iterator(p, ec); !ec && it != fs::end(it);
           it.increment(ec)) {
        if (!it->is_regular_file()) continue;
        std::string ext = it->path().extension().string();
        if (ext == ".yaml" || ext == ".yml") found.push_back(it->path().string());
      }
      std::sort(found.begin(), found.end());
      if (found.empty()) {
        problems->push_back({{p}, "no rulebooks (.yaml, .yml) in this directory"});
        ok = false;
      }
      files.insert(files.end(), found.begin(), found.end());
    } else if (fs::exists(p, ec)) {
      files.push_back(p);
    } else {
      problems->push_back({{p}, "no such file or directory"});
      ok = false;
    }
  }
  // The same file named twice (a file and its directory) is loaded once.
  std::set<std::string> seen_files;
  std::set<std::string> event_ids;
  for (const std::string& f : files) {
    std::error_code ec;
    std::string canonical = fs::weakly_canonical(f, ec).string();
    if (!seen_files.insert(ec ? f : canonical).second) continue;
    Rulebook book;
    if (!Rulebook::Load(f, &book, problems)) ok = false;
    if (!book.event().id.empty() && !event_ids.insert(book.event().id).second) {
      problems->push_back({{f}, "event id '" + book.event().id + "' is defined by another rulebook too"});
      ok = false;
    }
    out->push_back(std::move(book));
  }
  return ok && !files.empty();
}

}  // namespace claimcheck
