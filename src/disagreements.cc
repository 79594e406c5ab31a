#include "disagreements.h"

#include <algorithm>
#include <map>
#include <set>
#include <string>
#include <tuple>
#include <vector>

#include "kinds/registry.h"

namespace claimcheck {
namespace {

struct ValueGroup {
  std::string found;
  std::string key;  // KeyOf(found): what groups are told apart by
  bool expected_match = true;
  std::vector<const Finding*> claims;
  std::set<std::string> sources;
};

Relation RelateValues(const FactKindDef* kind, const Fact& fact, const Rulebook& book,
                      const std::string& a, const std::string& b) {
  if (kind && kind->relate) return kind->relate(fact, book, a, b);
  return a == b ? Relation::kSame : Relation::kDifferent;
}

std::string KeyOf(const FactKindDef* kind, const std::string& found) {
  return kind && kind->key ? kind->key(found) : found;
}

}  // namespace

void FindDisagreements(const std::vector<Rulebook>& books, Report* report) {
  // The places of each quote drift reported: two quote facts of one speaker
  // (a verified wording and the speaker's other words) see the same
  // quotations, and the drift among them is told once, under the first fact.
  std::set<std::vector<std::tuple<std::string, size_t, size_t>>> drifts;
  std::map<std::string, std::string> source_of;
  for (const ArticleInfo& a : report->articles) source_of[a.path] = a.source;
  std::map<std::pair<std::string, std::string>, std::vector<const Finding*>> by_fact;
  for (const std::vector<Finding>* list : {&report->findings, &report->claims})
    for (const Finding& f : *list) {
      if (f.status == "unresolved" || f.found.empty() || f.found.rfind("not ", 0) == 0) continue;
      by_fact[{f.event, f.fact}].push_back(&f);
    }
  for (const Rulebook& book : books) {
    for (const Fact& fact : book.facts()) {
      auto it = by_fact.find({book.event().id, fact.id});
      if (it == by_fact.end()) continue;
      const FactKindDef* kind = FindFactKind(fact.kind);
      // One group per value found. "Same" is no equivalence for most kinds
      // (">1.5 hour" agrees with "~2 hour" and with "~5 hour", which do not
      // agree), so merging by it made the groups, their labels and whether a
      // disagreement was told depend on the order of the files. Quotations are
      // merged: one quoting fewer of the same words quotes the same.
      const bool merge_same = kind && kind->diff;
      std::vector<ValueGroup> groups;
      for (const Finding* f : it->second) {
        const std::string key = KeyOf(kind, f->found);
        ValueGroup* home = nullptr;
        for (ValueGroup& g : groups)
          if (merge_same ? RelateValues(kind, fact, book, f->found, g.found) == Relation::kSame : key == g.key) {
            home = &g;
            break;
          }
        if (!home) {
          groups.push_back({f->found, key, true, {}, {}});
          home = &groups.back();
        }
        home->claims.push_back(f);
        home->sources.insert(source_of[f->path]);
        if (fact.slot || f->status != "confirmed") home->expected_match = false;
      }
      // Groups that speak of the same thing (for quotations: related wordings)
      // form one disagreement each.
      std::vector<int> component(groups.size(), -1);
      int components = 0;
      for (size_t i = 0; i < groups.size(); ++i) {
        if (component[i] >= 0) continue;
        component[i] = components;
        std::vector<size_t> stack = {i};
        while (!stack.empty()) {
          size_t k = stack.back();
          stack.pop_back();
          for (size_t j = 0; j < groups.size(); ++j)
            if (component[j] < 0 &&
                RelateValues(kind, fact, book, groups[k].found, groups[j].found) != Relation::kUnrelated) {
              component[j] = components;
              stack.push_back(j);
            }
        }
        ++components;
      }
      for (int c = 0; c < components; ++c) {
        std::vector<const ValueGroup*> members;
        std::set<std::string> sources;
        for (size_t i = 0; i < groups.size(); ++i)
          if (component[i] == c) {
            members.push_back(&groups[i]);
            sources.insert(groups[i].sources.begin(), groups[i].sources.end());
          }
        // A disagreement: two values that do not agree, told by two sources
        // at least ("2024-06" beside "2024-06-19" is only less precise).
        bool differ = false;
        for (size_t i = 0; i < members.size() && !differ; ++i)
          for (size_t j = i + 1; j < members.size() && !differ; ++j) {
            std::set<std::string> both = members[i]->sources;
            both.insert(members[j]->sources.begin(), members[j]->sources.end());
            differ = both.size() >= 2 &&
                     RelateValues(kind, fact, book, members[i]->found, members[j]->found) == Relation::kDifferent;
          }
        if (!differ) continue;
        Disagreement d;
        d.event = book.event().id;
        d.fact = fact.id;
        d.rule = d.event + "/" + d.fact;
        d.kind = fact.kind;
        d.severity = Severity::kWarning;
        std::string summary;
        for (const ValueGroup* g : members) {
          DisagreementValue v;
          v.found = g->found;
          v.expected_match = g->expected_match;
          for (const Finding* f : g->claims)
            v.claims.push_back({f->path, f->line, f->column, f->start, f->end, f->text});
          std::string who;
          for (const std::string& s : g->sources) who += (who.empty() ? "" : ", ") + s;
          summary += (summary.empty() ? "" : "; ") + g->found + " (" + who + ")";
          d.values.push_back(std::move(v));
        }
        d.message = "sources disagree on " + fact.id + ": " + summary;
        if (kind && kind->diff) {
          d.message = "quote drift on " + fact.id + ": the same words rendered differently by " +
                      std::to_string(sources.size()) + " sources";
          for (size_t i = 1; i < members.size(); ++i)
            d.values[i].diff = kind->diff(fact, members[i - 1]->found, members[i]->found);
          d.diff = d.values[1].diff;
          std::vector<std::tuple<std::string, size_t, size_t>> places;
          for (const DisagreementValue& v : d.values)
            for (const ClaimRef& r : v.claims) places.emplace_back(r.path, r.start, r.end);
          std::sort(places.begin(), places.end());
          if (!drifts.insert(places).second) continue;
        }
        report->disagreements.push_back(std::move(d));
      }
    }
  }
}

}  // namespace claimcheck
