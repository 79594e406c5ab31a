// The CI formats (SARIF, JUnit, GitHub annotations) on real input: a draft with
// one injected contradiction, an article whose relative date cannot be resolved,
// and a file that does not exist. Paths are relative to the source root, where
// the tests run.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <sstream>
#include <string>

#include "claimcheck/checker.h"
#include "claimcheck/report.h"

namespace claimcheck {
namespace {

using nlohmann::json;

const char kDraft[] = "fixtures/drafts/05-signing-place-moscu.md";
const char kNoDate[] = "fixtures/inputs/no-date.md";
const char kMissing[] = "fixtures/inputs/does-not-exist.md";

Report CheckThem() {
  std::vector<Rulebook> books;
  Diagnostics problems;
  EXPECT_TRUE(LoadRulebooks({"rules"}, &books, &problems));
  Checker checker(std::move(books));
  return checker.CheckPaths({kDraft, kNoDate, kMissing});
}

std::string Render(const char* format, const Report& r, const ReportOptions& options = {}) {
  const ReportFormat* f = FindReportFormat(format);
  EXPECT_NE(f, nullptr) << format;
  std::ostringstream out;
  if (f) f->write(r, options, &out);
  return out.str();
}

const json* ResultFor(const json& results, const std::string& rule, const std::string& kind) {
  for (const json& r : results)
    if (r["ruleId"] == rule && r["kind"] == kind) return &r;
  return nullptr;
}

TEST(Sarif, ContradictionUnresolvedAndUnreadableFile) {
  Report report = CheckThem();
  json sarif = json::parse(Render("sarif", report));
  EXPECT_EQ(sarif["version"], "2.1.0");
  ASSERT_EQ(sarif["runs"].size(), 1u);
  const json& run = sarif["runs"][0];
  EXPECT_EQ(run["tool"]["driver"]["name"], "claimcheck");
  EXPECT_EQ(run["columnKind"], "unicodeCodePoints");
  // One rule per fact of the rulebook, in rulebook order.
  size_t facts = 0;
  for (const EventInfo& e : report.events) facts += e.facts.size();
  ASSERT_EQ(run["tool"]["driver"]["rules"].size(), facts);
  EXPECT_EQ(run["tool"]["driver"]["rules"][0]["id"], "russia-dprk-treaty-2024/signing-date");

  const json* fail = ResultFor(run["results"], "russia-dprk-treaty-2024/signing-place", "fail");
  ASSERT_NE(fail, nullptr);
  EXPECT_EQ((*fail)["level"], "error");
  EXPECT_EQ((*fail)["message"]["text"], "found moscow, rulebook says pyongyang");
  EXPECT_EQ(run["tool"]["driver"]["rules"][(*fail)["ruleIndex"].get<int>()]["id"], (*fail)["ruleId"]);
  const json& loc = (*fail)["locations"][0]["physicalLocation"];
  EXPECT_EQ(loc["artifactLocation"]["uri"], kDraft);
  // "Moscú": five code points, six bytes.
  EXPECT_EQ(loc["region"]["startLine"], 13);
  EXPECT_EQ(loc["region"]["startColumn"], 39);
  EXPECT_EQ(loc["region"]["endLine"], 13);
  EXPECT_EQ(loc["region"]["endColumn"], 44);
  EXPECT_EQ(loc["region"]["byteLength"], 6);
  EXPECT_EQ(loc["region"]["snippet"]["text"], "Moscú");

  const json* open = ResultFor(run["results"], "russia-dprk-treaty-2024/signing-date", "open");
  ASSERT_NE(open, nullptr);
  EXPECT_EQ((*open)["level"], "none");  // SARIF: only "fail" carries a level
  EXPECT_EQ((*open)["locations"][0]["physicalLocation"]["artifactLocation"]["uri"], kNoDate);

  // Confirmations only on request.
  EXPECT_EQ(ResultFor(run["results"], "russia-dprk-treaty-2024/signatories", "pass"), nullptr);
  ReportOptions all;
  all.show_confirmed = true;
  json with = json::parse(Render("sarif", report, all));
  EXPECT_NE(ResultFor(with["runs"][0]["results"], "russia-dprk-treaty-2024/signatories", "pass"), nullptr);

  const json& invocation = run["invocations"][0];
  EXPECT_EQ(invocation["executionSuccessful"], false);
  ASSERT_EQ(invocation["toolExecutionNotifications"].size(), 1u);
  EXPECT_EQ(invocation["toolExecutionNotifications"][0]["locations"][0]["physicalLocation"]["artifactLocation"]["uri"],
            kMissing);
}

TEST(Sarif, DisagreementIsForReviewWithEveryPlaceRelated) {
  std::vector<Rulebook> books;
  Diagnostics problems;
  ASSERT_TRUE(LoadRulebooks({"rules"}, &books, &problems));
  Report report = Checker(std::move(books)).CheckPaths({"fixtures/articles"});
  json run = json::parse(Render("sarif", report))["runs"][0];
  const json* review = ResultFor(run["results"], "russia-dprk-treaty-2024/talks-duration", "review");
  ASSERT_NE(review, nullptr);
  EXPECT_EQ((*review)["level"], "none");
  ASSERT_EQ((*review)["relatedLocations"].size(), 2u);
  EXPECT_EQ((*review)["relatedLocations"][0]["message"]["text"], "~1.5 hour (matches the rulebook)");
  EXPECT_EQ((*review)["relatedLocations"][1]["physicalLocation"]["region"]["snippet"]["text"],
            "aproximadamente dos horas");
  EXPECT_EQ((*review)["locations"][0]["physicalLocation"]["artifactLocation"]["uri"],
            "fixtures/articles/en-treaty-desk-copy.md");
}

TEST(Github, OneWorkflowCommandPerFinding) {
  std::string out = Render("github", CheckThem());
  EXPECT_NE(out.find("::error file=fixtures/drafts/05-signing-place-moscu.md,line=13,col=39,endLine=13,"
                     "endColumn=43,title=russia-dprk-treaty-2024/signing-place::found moscow, rulebook says "
                     "pyongyang%0A> En una histórica reunión realizada en Moscú,"),
            std::string::npos)
      << out;
  EXPECT_NE(out.find("::notice file=fixtures/inputs/no-date.md,line=1,col=50,endLine=1,endColumn=65,"
                     "title=russia-dprk-treaty-2024/signing-date::cannot resolve 'pasado miércoles'"),
            std::string::npos)
      << out;
  EXPECT_NE(out.find("::error file=fixtures/inputs/does-not-exist.md,title=claimcheck::"), std::string::npos) << out;
  // Every line is a command: the sentence's line break is escaped.
  std::istringstream lines(out);
  for (std::string line; std::getline(lines, line);) EXPECT_EQ(line.rfind("::", 0), 0u) << line;
}

TEST(Github, PropertiesAndMessagesAreEscaped) {
  Report r;
  Finding f;
  f.rule = "ev/fact";
  f.status = "contradiction";
  f.severity = Severity::kWarning;
  f.path = "a,b:c%.md";
  f.line = 2;
  f.column = 3;
  f.text = "x";
  f.message = "100% sure\r\nnot";
  r.findings.push_back(f);
  EXPECT_EQ(Render("github", r),
            "::warning file=a%2Cb%3Ac%25.md,line=2,col=3,endLine=2,endColumn=3,title=ev/fact::100%25 sure%0D%0Anot\n");
}

// A disagreement is annotated where the value differs from the rulebook's;
// when every value is consistent with it (or there is none), at the first.
TEST(Github, DisagreementOnThePlaceToFix) {
  Report r;
  Disagreement d;
  d.rule = "ev/talks";
  d.message = "sources disagree on talks";
  d.values.push_back({"~2 hour", true, {{"a.md", 3, 9, 40, 52, "unas dos horas"}}, ""});
  d.values.push_back({"~5 hour", false, {{"b.md", 4, 1, 60, 76, "about five hours"}}, ""});
  r.disagreements.push_back(d);
  EXPECT_EQ(Render("github", r).rfind("::warning file=b.md,line=4,col=1,", 0), 0u) << Render("github", r);
  r.disagreements[0].values[1].expected_match = true;
  EXPECT_EQ(Render("github", r).rfind("::warning file=a.md,line=3,col=9,", 0), 0u) << Render("github", r);
}

// An article with invalid UTF-8 is still reported (its bytes as U+FFFD), never
// a crash or a report the reader cannot parse.
TEST(CiFormats, InvalidUtf8InTheArticle) {
  Report r;
  Finding f;
  f.rule = "ev/fact";
  f.status = "confirmed";
  f.path = "bad.md";
  f.line = 1;
  f.column = 1;
  f.text = "Mosc\xFA";
  f.message = "confirmed";
  f.sentence = "en Mosc\xFA \xFF hoy";
  r.findings.push_back(f);
  ReportOptions all;
  all.show_confirmed = true;
  json sarif = json::parse(Render("sarif", r, all));
  EXPECT_EQ(sarif["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["region"]["snippet"]["text"],
            "Mosc\xEF\xBF\xBD");
  EXPECT_EQ(Render("github", r, all),
            "::notice file=bad.md,line=1,col=1,endLine=1,endColumn=5,title=ev/fact::confirmed%0A> en "
            "Mosc\xEF\xBF\xBD \xEF\xBF\xBD hoy\n");
}

TEST(Junit, FailuresFollowFailOn) {
  Report report = CheckThem();
  std::string xml = Render("junit", report);
  EXPECT_EQ(xml.rfind("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuites name=\"claimcheck\" ", 0), 0u);
  EXPECT_NE(xml.find("failures=\"1\" errors=\"1\" skipped=\"1\">"), std::string::npos) << xml;
  EXPECT_NE(xml.find("<testcase classname=\"russia-dprk-treaty-2024/signing-place\" name=\"signing-place at 13:39\" "
                     "file=\"fixtures/drafts/05-signing-place-moscu.md\" line=\"13\">\n"
                     "      <failure type=\"contradiction\" message=\"found moscow, rulebook says pyongyang\">"
                     "fixtures/drafts/05-signing-place-moscu.md:13:39: error: [russia-dprk-treaty-2024/signing-place] "
                     "found moscow, rulebook says pyongyang\n"),
            std::string::npos)
      << xml;
  EXPECT_NE(xml.find("<skipped message=\"cannot resolve &#39;pasado miércoles&#39;"), std::string::npos) << xml;
  EXPECT_NE(xml.find("<error type=\"input\" message=\"no such file or directory\">"), std::string::npos) << xml;

  // --fail-on never: the contradiction is reported in system-out, not failed.
  ReportOptions never;
  never.fail_on = std::nullopt;
  std::string lenient = Render("junit", report, never);
  EXPECT_NE(lenient.find("failures=\"0\" errors=\"1\" skipped=\"1\">"), std::string::npos) << lenient;
  EXPECT_NE(lenient.find("<system-out>fixtures/drafts/05-signing-place-moscu.md:13:39: error:"), std::string::npos);
}

TEST(Junit, TextIsEscapedControlCharactersDroppedBadUtf8Replaced) {
  Report r;
  Finding f;
  f.rule = "ev/fact";
  f.fact = "fact";
  f.status = "contradiction";
  f.path = "a.md";
  f.line = 1;
  f.column = 1;
  f.message = "found <b>\"x\" & 'y'\x01</b> \xFF";
  r.findings.push_back(f);
  std::string xml = Render("junit", r);
  EXPECT_NE(xml.find("message=\"found &lt;b&gt;&quot;x&quot; &amp; &#39;y&#39;&lt;/b&gt; \xEF\xBF\xBD\""),
            std::string::npos)
      << xml;
}

TEST(Fails, SameRuleAsTheExitStatus) {
  ReportOptions o;  // --fail-on error
  EXPECT_TRUE(Fails("contradiction", Severity::kError, o));
  EXPECT_FALSE(Fails("contradiction", Severity::kWarning, o));
  EXPECT_FALSE(Fails("confirmed", Severity::kError, o));
  o.fail_on = Severity::kWarning;
  EXPECT_TRUE(Fails("disagreement", Severity::kWarning, o));
  o.fail_on = std::nullopt;
  EXPECT_FALSE(Fails("contradiction", Severity::kError, o));
}

}  // namespace
}  // namespace claimcheck
