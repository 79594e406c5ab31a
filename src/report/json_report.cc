// JSON: the contract of DESIGN.md ("JSON report"), version 1.
#include <nlohmann/json.hpp>

#include "claimcheck/report.h"

namespace claimcheck {
namespace {

using nlohmann::ordered_json;

void Write(const Report& report, const ReportOptions&, std::ostream* out) {
  ordered_json j;
  j["version"] = 1;
  j["articles"] = ordered_json::array();
  for (const ArticleInfo& a : report.articles) {
    ordered_json o;
    o["path"] = a.path;
    o["source"] = a.source;
    o["published"] = a.published.empty() ? ordered_json(nullptr) : ordered_json(a.published);
    o["language"] = a.language;
    o["events"] = a.events;
    j["articles"].push_back(o);
  }
  auto finding = [](const Finding& f) {
    ordered_json o;
    o["rule"] = f.rule;
    o["event"] = f.event;
    o["fact"] = f.fact;
    o["kind"] = f.kind;
    o["status"] = f.status;
    o["severity"] = SeverityName(f.severity);
    o["path"] = f.path;
    o["line"] = f.line;
    o["column"] = f.column;
    o["start"] = f.start;
    o["end"] = f.end;
    o["text"] = f.text;
    o["found"] = f.found;
    o["expected"] = f.expected;
    o["message"] = f.message;
    o["sentence"] = f.sentence;
    o["attributed"] = f.attributed;
    return o;
  };
  j["findings"] = ordered_json::array();
  for (const Finding& f : report.findings) j["findings"].push_back(finding(f));
  j["disagreements"] = ordered_json::array();
  for (const Disagreement& d : report.disagreements) {
    ordered_json o;
    o["rule"] = d.rule;
    o["event"] = d.event;
    o["fact"] = d.fact;
    o["kind"] = d.kind;
    o["severity"] = SeverityName(d.severity);
    o["values"] = ordered_json::array();
    for (const DisagreementValue& v : d.values) {
      ordered_json vo;
      vo["found"] = v.found;
      vo["expected_match"] = v.expected_match;
      vo["claims"] = ordered_json::array();
      for (const ClaimRef& c : v.claims)
        vo["claims"].push_back({{"path", c.path}, {"line", c.line}, {"column", c.column},
                                {"start", c.start}, {"end", c.end}, {"text", c.text}});
      if (!v.diff.empty()) vo["diff"] = v.diff;
      o["values"].push_back(vo);
    }
    o["message"] = d.message;
    if (!d.diff.empty()) o["diff"] = d.diff;
    j["disagreements"].push_back(o);
  }
  // Claims about slots (status "stated"): what the disagreements compare.
  j["claims"] = ordered_json::array();
  for (const Finding& f : report.claims) j["claims"].push_back(finding(f));
  j["errors"] = ordered_json::array();
  for (const FileError& e : report.errors)
    j["errors"].push_back({{"path", e.path}, {"line", e.line}, {"column", e.column}, {"message", e.message}});
  // Invalid UTF-8 in quoted text is replaced, never thrown on.
  *out << j.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) << "\n";
}

}  // namespace

extern const ReportFormat kJsonFormat = {"json", "the JSON report of DESIGN.md (version 1)", &Write};

}  // namespace claimcheck
