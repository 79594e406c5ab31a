// JUnit XML, for CI servers that show test results (Jenkins, GitLab, Azure):
// each article is a test suite and each claim checked in it a test case, named
// by the fact and its place. A case fails exactly when the exit status would
// count it (--fail-on): a contradiction or an unresolved claim at or above the
// threshold is a <failure>; an unresolved one below it is <skipped>; a
// contradiction below it passes with the finding in <system-out>. Disagreements
// between sources form one more suite; a file that could not be read is an
// <error> in its own suite.
#include <map>

#include "claimcheck/report.h"
#include "report/discrepancy.h"

namespace claimcheck {
namespace {

// XML 1.0 cannot carry most C0 control characters even as references: tab, LF
// and CR stay, the others are dropped.
void XmlControl(char c, char, std::string* out) {
  if (c == '\t' || c == '\n' || c == '\r') *out += c;
}

std::string Xml(std::string_view s) { return MarkupEscape(s, &XmlControl); }

struct Case {
  std::string classname, name, file;
  int line = 0;
  enum Outcome { kPass, kFailure, kSkipped, kError } outcome = kPass;
  std::string type, message, body, out;
};

struct Suite {
  std::string name;
  std::vector<std::pair<std::string, std::string>> properties;
  std::vector<Case> cases;
  int Count(Case::Outcome o) const {
    int n = 0;
    for (const Case& c : cases) n += c.outcome == o;
    return n;
  }
};

std::string Place(const std::string& path, int line, int column) {
  return path + ":" + std::to_string(line) + ":" + std::to_string(column);
}

void Write(const Report& report, const ReportOptions& options, std::ostream* out) {
  std::vector<Suite> suites;
  std::map<std::string, size_t> suite_of;
  for (const ArticleInfo& a : report.articles) {
    suite_of[a.path] = suites.size();
    Suite s;
    s.name = a.path;
    s.properties = {{"source", a.source}, {"published", a.published}, {"language", a.language}};
    suites.push_back(std::move(s));
  }
  auto suite = [&](const std::string& path) -> Suite& {
    auto it = suite_of.find(path);
    if (it == suite_of.end()) {
      it = suite_of.emplace(path, suites.size()).first;
      suites.push_back({path, {}, {}});
    }
    return suites[it->second];
  };
  for (const Finding& f : report.findings) {
    Case c;
    c.classname = f.rule;
    c.name = f.fact + " at " + std::to_string(f.line) + ":" + std::to_string(f.column);
    c.file = f.path;
    c.line = f.line;
    std::string detail = Place(f.path, f.line, f.column) + ": " + SeverityName(f.severity) + ": [" + f.rule +
                         "] " + f.message + (f.sentence.empty() ? "" : "\n" + f.sentence);
    if (Fails(f.status, f.severity, options)) {
      c.outcome = Case::kFailure;
      c.type = f.status;
      c.message = f.message;
      c.body = detail;
    } else if (f.status == "unresolved") {
      c.outcome = Case::kSkipped;
      c.message = f.message;
    } else if (f.status == "contradiction") {
      c.out = detail;  // below --fail-on: reported, not failed
    }
    suite(f.path).cases.push_back(std::move(c));
  }
  if (!report.disagreements.empty()) {
    Suite s;
    s.name = "disagreements between sources";
    for (const Disagreement& d : report.disagreements) {
      Case c;
      c.classname = d.rule;
      c.name = d.fact + " across sources";
      std::string detail = d.message;
      if (!d.diff.empty()) detail += "\nwording: " + d.diff;
      for (const DisagreementValue& v : d.values)
        for (const ClaimRef& r : v.claims) {
          detail += "\n" + Place(r.path, r.line, r.column) + ": " + v.found +
                    (v.expected_match ? " (matches the rulebook)" : "");
          if (c.file.empty()) {
            c.file = r.path;
            c.line = r.line;
          }
        }
      if (Fails("disagreement", d.severity, options)) {
        c.outcome = Case::kFailure;
        c.type = "disagreement";
        c.message = d.message;
        c.body = detail;
      } else {
        c.out = detail;
      }
      s.cases.push_back(std::move(c));
    }
    suites.push_back(std::move(s));
  }
  for (const FileError& e : report.errors) {
    Case c;
    c.classname = "claimcheck";
    c.name = "read " + e.path;
    c.file = e.path;
    c.line = e.line;
    c.outcome = Case::kError;
    c.type = "input";
    c.message = e.message;
    c.body = (e.line > 0 ? Place(e.path, e.line, e.column) : e.path) + ": " + e.message;
    suite(e.path).cases.push_back(std::move(c));
  }

  int tests = 0, failures = 0, errors = 0, skipped = 0;
  for (const Suite& s : suites) {
    tests += static_cast<int>(s.cases.size());
    failures += s.Count(Case::kFailure);
    errors += s.Count(Case::kError);
    skipped += s.Count(Case::kSkipped);
  }
  std::ostream& o = *out;
  o << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
  o << "<testsuites name=\"claimcheck\" tests=\"" << tests << "\" failures=\"" << failures << "\" errors=\""
    << errors << "\" skipped=\"" << skipped << "\">\n";
  for (const Suite& s : suites) {
    o << "  <testsuite name=\"" << Xml(s.name) << "\" tests=\"" << s.cases.size() << "\" failures=\""
      << s.Count(Case::kFailure) << "\" errors=\"" << s.Count(Case::kError) << "\" skipped=\""
      << s.Count(Case::kSkipped) << "\">\n";
    if (!s.properties.empty()) {
      o << "    <properties>\n";
      for (const auto& [k, v] : s.properties)
        o << "      <property name=\"" << Xml(k) << "\" value=\"" << Xml(v) << "\"/>\n";
      o << "    </properties>\n";
    }
    for (const Case& c : s.cases) {
      o << "    <testcase classname=\"" << Xml(c.classname) << "\" name=\"" << Xml(c.name) << "\"";
      if (!c.file.empty()) o << " file=\"" << Xml(c.file) << "\"";
      if (c.line > 0) o << " line=\"" << c.line << "\"";
      if (c.outcome == Case::kPass && c.out.empty()) {
        o << "/>\n";
        continue;
      }
      o << ">\n";
      switch (c.outcome) {
        case Case::kFailure:
        case Case::kError: {
          const char* tag = c.outcome == Case::kFailure ? "failure" : "error";
          o << "      <" << tag << " type=\"" << Xml(c.type) << "\" message=\"" << Xml(c.message) << "\">"
            << Xml(c.body) << "</" << tag << ">\n";
          break;
        }
        case Case::kSkipped:
          o << "      <skipped message=\"" << Xml(c.message) << "\"/>\n";
          break;
        case Case::kPass:
          break;
      }
      if (!c.out.empty()) o << "      <system-out>" << Xml(c.out) << "</system-out>\n";
      o << "    </testcase>\n";
    }
    o << "  </testsuite>\n";
  }
  o << "</testsuites>\n";
}

}  // namespace

extern const ReportFormat kJunitFormat = {"junit", "JUnit XML for CI test reports", &Write};

}  // namespace claimcheck
