// SARIF 2.1.0 (OASIS), for code-scanning hosts and CI: one run, one rule per
// rulebook fact ("event/fact"), one result per finding and per disagreement.
//
// How claimcheck's statuses map to SARIF's result.kind (§3.27.9), whose levels
// must be "none" for anything but "fail" (§3.27.10):
//   contradiction  kind "fail", level from the fact's severity (info -> "note")
//   unresolved     kind "open": the tool could not decide (no publication date…)
//   disagreement   kind "review": sources differ; a person decides which is right
//   confirmed      kind "pass", only with --show-confirmed: hosts that ignore
//                  `kind` would raise every confirmation as an alert
// Columns count Unicode code points (run.columnKind); byteOffset/byteLength are
// the report's byte offsets. Files that could not be read are tool execution
// notifications, and make executionSuccessful false.
#include <map>
#include <nlohmann/json.hpp>

#include "claimcheck/report.h"
#include "report/span_end.h"

#ifndef CLAIMCHECK_VERSION
#define CLAIMCHECK_VERSION "0"
#endif

namespace claimcheck {
namespace {

using nlohmann::ordered_json;

const char* Level(Severity s) {
  switch (s) {
    case Severity::kError: return "error";
    case Severity::kWarning: return "warning";
    case Severity::kInfo: return "note";
  }
  return "warning";
}

ordered_json Region(int line, int column, size_t start, size_t end, const std::string& text) {
  SpanEnd e = EndOf(line, column, text);
  ordered_json r;
  r["startLine"] = line;
  r["startColumn"] = column;
  r["endLine"] = e.line;
  r["endColumn"] = e.column;
  r["byteOffset"] = start;
  r["byteLength"] = end - start;
  r["snippet"] = {{"text", text}};
  return r;
}

ordered_json Location(const std::string& path, ordered_json region) {
  ordered_json l;
  l["physicalLocation"] = {{"artifactLocation", {{"uri", UriOf(path)}}}, {"region", std::move(region)}};
  return l;
}

void Write(const Report& report, const ReportOptions& options, std::ostream* out) {
  ordered_json rules = ordered_json::array();
  std::map<std::string, int> rule_index;
  for (const EventInfo& event : report.events)
    for (const FactInfo& fact : event.facts) {
      std::string id = event.id + "/" + fact.id;
      if (rule_index.count(id)) continue;
      rule_index[id] = static_cast<int>(rules.size());
      ordered_json r;
      r["id"] = id;
      r["name"] = fact.id;
      r["shortDescription"] = {{"text", (event.title.empty() ? event.id : event.title) + ": " + fact.id +
                                            " (" + fact.kind + ")"}};
      r["fullDescription"] = {{"text", "The rulebook says " + fact.id + " is " + fact.expected + "."}};
      r["defaultConfiguration"] = {{"level", Level(fact.severity)}};
      rules.push_back(std::move(r));
    }
  auto with_rule = [&](ordered_json* result, const std::string& rule) {
    (*result)["ruleId"] = rule;
    auto it = rule_index.find(rule);
    if (it != rule_index.end()) (*result)["ruleIndex"] = it->second;
  };

  ordered_json results = ordered_json::array();
  for (const Finding& f : report.findings) {
    if (f.status == "confirmed" && !options.show_confirmed) continue;
    ordered_json r;
    with_rule(&r, f.rule);
    if (f.status == "contradiction") {
      r["kind"] = "fail";
      r["level"] = Level(f.severity);
    } else {
      r["kind"] = f.status == "confirmed" ? "pass" : "open";
      r["level"] = "none";
    }
    r["message"] = {{"text", f.message}};
    r["locations"] = ordered_json::array({Location(f.path, Region(f.line, f.column, f.start, f.end, f.text))});
    r["properties"] = {{"status", f.status},   {"severity", SeverityName(f.severity)},
                       {"found", f.found},     {"expected", f.expected},
                       {"attributed", f.attributed}, {"sentence", f.sentence}};
    results.push_back(std::move(r));
  }
  for (const Disagreement& d : report.disagreements) {
    ordered_json r;
    with_rule(&r, d.rule);
    r["kind"] = "review";
    r["level"] = "none";
    r["message"] = {{"text", d.message}};
    ordered_json related = ordered_json::array();
    int id = 0;
    for (const DisagreementValue& v : d.values)
      for (const ClaimRef& c : v.claims) {
        ordered_json l = Location(c.path, Region(c.line, c.column, c.start, c.end, c.text));
        l["id"] = id++;
        l["message"] = {{"text", v.found + (v.expected_match ? " (matches the rulebook)" : "")}};
        related.push_back(std::move(l));
      }
    // The first place stated is where the result points; every place is related.
    if (!related.empty()) {
      ordered_json first = related[0];
      first.erase("id");
      first.erase("message");
      r["locations"] = ordered_json::array({std::move(first)});
    }
    r["relatedLocations"] = std::move(related);
    r["properties"] = {{"severity", SeverityName(d.severity)}};
    if (!d.diff.empty()) r["properties"]["diff"] = d.diff;
    results.push_back(std::move(r));
  }

  ordered_json notifications = ordered_json::array();
  for (const FileError& e : report.errors) {
    ordered_json n;
    n["level"] = "error";
    n["message"] = {{"text", e.message}};
    ordered_json loc;
    loc["physicalLocation"]["artifactLocation"] = {{"uri", UriOf(e.path)}};
    if (e.line > 0) loc["physicalLocation"]["region"] = {{"startLine", e.line}, {"startColumn", std::max(e.column, 1)}};
    n["locations"] = ordered_json::array({std::move(loc)});
    notifications.push_back(std::move(n));
  }

  ordered_json run;
  run["tool"]["driver"] = {{"name", "claimcheck"},
                           {"semanticVersion", CLAIMCHECK_VERSION},
                           {"rules", std::move(rules)}};
  run["invocations"] = ordered_json::array(
      {{{"executionSuccessful", report.errors.empty()}, {"toolExecutionNotifications", std::move(notifications)}}});
  run["columnKind"] = "unicodeCodePoints";
  run["results"] = std::move(results);

  ordered_json j;
  j["$schema"] = "https://json.schemastore.org/sarif-2.1.0.json";
  j["version"] = "2.1.0";
  j["runs"] = ordered_json::array({std::move(run)});
  // Article text may hold invalid UTF-8 (reported under errors): U+FFFD for it.
  *out << j.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) << "\n";
}

}  // namespace

extern const ReportFormat kSarifFormat = {"sarif", "SARIF 2.1.0 for code-scanning hosts", &Write};

}  // namespace claimcheck
