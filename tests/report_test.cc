// Report formats on a Report built by hand: the text format's compiler-style
// lines and underlines, and the JSON contract of DESIGN.md.
#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>
#include <vector>

#include "claimcheck/report.h"

#include "testutil.h"

namespace claimcheck {
namespace {

namespace fs = std::filesystem;
using nlohmann::ordered_json;

using testutil::TempDir;

std::string Render(const char* format, const Report& report, const ReportOptions& options = {}) {
  const ReportFormat* f = FindReportFormat(format);
  EXPECT_NE(f, nullptr) << format;
  if (!f) return "";
  std::ostringstream out;
  f->write(report, options, &out);
  return out.str();
}

using testutil::Keys;

using testutil::InContractOrder;

Finding MakeFinding(const std::string& path, const std::string& text_of_file, const std::string& text,
                    int line, int column, const char* fact, const char* status, Severity severity) {
  Finding f;
  f.event = "ev";
  f.fact = fact;
  f.rule = "ev/" + f.fact;
  f.kind = f.fact == "signing-place" ? "place" : "date";
  f.status = status;
  f.severity = severity;
  f.path = path;
  f.line = line;
  f.column = column;
  f.start = text_of_file.find(text);
  f.end = f.start + text.size();
  f.text = text;
  return f;
}

// A small report over a real file (the text format reads the source line back).
struct Fixture {
  TempDir dir;
  std::string file_a;  // "Título\nAño clave: firmaron en Moscú el tratado.\nayer firmaron.\n"
  std::string bytes_a;
  std::string file_b;  // CRLF lines
  std::string bytes_b;
  Report report;

  Fixture() {
    bytes_a = "Título\nAño clave: firmaron en Moscú el tratado.\nayer firmaron.\n";
    file_a = dir.Write("a.md", bytes_a);
    bytes_b = "Línea\r\nSe firmó en Pyongyang.\r\n";
    file_b = dir.Write("b.md", bytes_b);

    report.articles.push_back({file_a, "Agencia A", "2024-06-19", "es", {"ev"}});
    report.articles.push_back({file_b, "b.md", "", "und", {}});

    Finding moscow = MakeFinding(file_a, bytes_a, "Moscú", 2, 24, "signing-place", "contradiction",
                                 Severity::kError);
    moscow.found = "moscow";
    moscow.expected = "pyongyang";
    moscow.message = "found moscow, rulebook says pyongyang";
    moscow.sentence = "Año clave: firmaron en Moscú el tratado.";
    report.findings.push_back(moscow);

    Finding ayer = MakeFinding(file_a, bytes_a, "ayer", 3, 1, "signing-date", "unresolved", Severity::kInfo);
    ayer.expected = "2024-06-19";
    ayer.message = "cannot resolve 'ayer': relative date with no published date to anchor it";
    ayer.sentence = "ayer firmaron.";
    report.findings.push_back(ayer);

    Finding pyongyang = MakeFinding(file_b, bytes_b, "Pyongyang", 2, 13, "signing-place", "confirmed",
                                    Severity::kInfo);
    pyongyang.found = "pyongyang";
    pyongyang.expected = "pyongyang";
    pyongyang.message = "confirmed: pyongyang";
    pyongyang.sentence = "Se firmó en Pyongyang.";
    report.findings.push_back(pyongyang);

    report.errors.push_back({file_b, 0, 0, "cannot open file"});
    report.errors.push_back({file_a, 4, 2, "invalid UTF-8 byte 0xFF (replaced by a space for analysis)"});
  }
};

TEST(ReportFormats, Registered) {
  ASSERT_NE(FindReportFormat("text"), nullptr);
  ASSERT_NE(FindReportFormat("json"), nullptr);
  EXPECT_EQ(FindReportFormat("nope"), nullptr);
  EXPECT_EQ(FindReportFormat(""), nullptr);
  EXPECT_STREQ(FindReportFormat("json")->name, "json");
  bool text = false, json = false;
  for (const ReportFormat* f : ReportFormats()) {
    text |= std::string(f->name) == "text";
    json |= std::string(f->name) == "json";
    EXPECT_NE(std::string(f->description), "");
  }
  EXPECT_TRUE(text && json);
}

TEST(TextReport, CompilerStyleWithUnderlines) {
  Fixture fx;
  const std::string want =
      fx.file_a + ":2:24: error: [ev/signing-place] found moscow, rulebook says pyongyang\n"
      "    Año clave: firmaron en Moscú el tratado.\n"
      "    " + std::string(23, ' ') + "^~~~~\n" +
      fx.file_a + ":3:1: info: [ev/signing-date] cannot resolve 'ayer': relative date with no "
      "published date to anchor it\n"
      "    ayer firmaron.\n"
      "    ^~~~\n" +
      fx.file_b + ": error: cannot open file\n" +
      fx.file_a + ":4:2: error: invalid UTF-8 byte 0xFF (replaced by a space for analysis)\n"
      "2 articles: 1 contradiction, 1 confirmed, 1 unresolved, 0 disagreements, 2 errors\n";
  EXPECT_EQ(Render("text", fx.report), want);
}

TEST(TextReport, ShowConfirmedAndCrlfSourceLine) {
  Fixture fx;
  ReportOptions options;
  options.show_confirmed = true;
  std::string out = Render("text", fx.report, options);
  // The confirmation is a note; its CRLF source line is printed without the '\r'.
  const std::string note = fx.file_b + ":2:13: note: [ev/signing-place] confirmed: pyongyang\n"
                           "    Se firmó en Pyongyang.\n"
                           "    " + std::string(12, ' ') + "^~~~~~~~~\n";
  EXPECT_NE(out.find(note), std::string::npos) << out;
  EXPECT_EQ(out.find('\r'), std::string::npos);
}

TEST(TextReport, SummaryAndMissingSource) {
  Report r;
  r.articles.push_back({"gone.md", "gone.md", "", "es", {}});
  Finding f;
  f.rule = "ev/signing-date";
  f.status = "contradiction";
  f.severity = Severity::kWarning;
  f.path = "/nonexistent/claimcheck/gone.md";
  f.line = 7;
  f.column = 3;
  f.text = "ayer";
  f.message = "found 2024-06-18, rulebook says 2024-06-19";
  r.findings.push_back(f);
  Disagreement d;
  d.rule = "ev/talks";
  d.message = "sources disagree on talks: ~2 hour (A); ~5 hour (B)";
  d.values.push_back({"~2 hour", true, {{"a.md", 3, 9, 40, 52, "unas dos horas"}}, ""});
  d.values.push_back({"~5 hour", false, {{"b.md", 4, 1, 60, 76, "about five hours"}}, ""});
  r.disagreements.push_back(d);
  // No file to read: only the first line, no underline. A disagreement lists
  // every value at the places that state it.
  EXPECT_EQ(Render("text", r),
            "/nonexistent/claimcheck/gone.md:7:3: warning: [ev/signing-date] found 2024-06-18, "
            "rulebook says 2024-06-19\n"
            "warning: [ev/talks] sources disagree on talks: ~2 hour (A); ~5 hour (B)\n"
            "    a.md:3:9: ~2 hour \u201cunas dos horas\u201d (matches the rulebook)\n"
            "    b.md:4:1: ~5 hour \u201cabout five hours\u201d\n"
            "1 article: 1 contradiction, 0 confirmed, 0 unresolved, 1 disagreement, 0 errors\n");
  EXPECT_EQ(Render("text", Report{}),
            "0 articles: 0 contradictions, 0 confirmed, 0 unresolved, 0 disagreements, 0 errors\n");
}

TEST(TextReport, UnderlineOfASpanAcrossLines) {
  TempDir dir;
  const std::string bytes = "El acuerdo de asociación\nestratégica fue firmado.\n";
  std::string path = dir.Write("m.md", bytes);
  Report r;
  Finding f = MakeFinding(path, bytes, "asociación\nestratégica", 1, 15, "partnership", "contradiction",
                          Severity::kError);
  f.message = "found denied";
  r.findings.push_back(f);
  std::string out = Render("text", r);
  // Underlined up to the end of the first line: "asociación" is 10 code points.
  EXPECT_NE(out.find("    El acuerdo de asociación\n    " + std::string(14, ' ') + "^" + std::string(9, '~') + "\n"),
            std::string::npos)
      << out;
}

// Invalid bytes on the finding's line are shown as U+FFFD, one per column the
// decoder counts, so the report stays UTF-8 and the underline stays aligned.
TEST(TextReport, InvalidBytesInTheSourceLine) {
  TempDir dir;
  const std::string bytes = "Dijo \xFF\xFE que se firmó en Moscú.\n";
  std::string path = dir.Write("bad.md", bytes);
  Report r;
  Finding f = MakeFinding(path, bytes, "Moscú", 1, 25, "signing-place", "contradiction", Severity::kError);
  f.message = "found moscow, rulebook says pyongyang";
  r.findings.push_back(f);
  std::string out = Render("text", r);
  EXPECT_NE(out.find("    Dijo \uFFFD\uFFFD que se firmó en Moscú.\n    " + std::string(24, ' ') + "^~~~~\n"),
            std::string::npos)
      << out;
  EXPECT_EQ(out.find('\xFF'), std::string::npos);
}

TEST(JsonReport, ContractFieldsAndOrder) {
  Fixture fx;
  Disagreement d;
  d.rule = "ev/talks-duration";
  d.event = "ev";
  d.fact = "talks-duration";
  d.kind = "number";
  d.severity = Severity::kWarning;
  d.message = "2 sources disagree";
  DisagreementValue two{"2 hour", true, {{fx.file_a, 7, 3, 100, 110, "dos horas"}}, ""};
  DisagreementValue five{"5 hour", false, {{fx.file_b, 2, 1, 5, 16, "cinco horas"}}, ""};
  d.values = {two, five};
  fx.report.disagreements.push_back(d);

  const std::string out = Render("json", fx.report);
  ordered_json j;
  ASSERT_NO_THROW(j = ordered_json::parse(out)) << out;
  EXPECT_TRUE(InContractOrder(Keys(j), {"version", "articles", "findings", "disagreements", "errors"}))
      << out;
  EXPECT_EQ(j["version"], 1);

  ASSERT_EQ(j["articles"].size(), 2u);
  const ordered_json& a0 = j["articles"][0];
  EXPECT_TRUE(InContractOrder(Keys(a0), {"path", "source", "published", "language", "events"}))
      << a0.dump();
  EXPECT_EQ(a0["path"], fx.file_a);
  EXPECT_EQ(a0["source"], "Agencia A");
  EXPECT_EQ(a0["published"], "2024-06-19");
  EXPECT_EQ(a0["language"], "es");
  EXPECT_EQ(a0["events"], ordered_json::array({"ev"}));
  const ordered_json& a1 = j["articles"][1];
  EXPECT_TRUE(a1["published"].is_null()) << "empty published must be null: " << a1.dump();
  EXPECT_EQ(a1["events"], ordered_json::array());

  ASSERT_EQ(j["findings"].size(), 3u);
  const ordered_json& f0 = j["findings"][0];
  EXPECT_TRUE(InContractOrder(Keys(f0), {"rule", "event", "fact", "kind", "status", "severity", "path",
                                         "line", "column", "start", "end", "text", "found", "expected",
                                         "message", "sentence"}))
      << f0.dump();
  EXPECT_EQ(f0["rule"], "ev/signing-place");
  EXPECT_EQ(f0["event"], "ev");
  EXPECT_EQ(f0["fact"], "signing-place");
  EXPECT_EQ(f0["kind"], "place");
  EXPECT_EQ(f0["status"], "contradiction");
  EXPECT_EQ(f0["severity"], "error");
  EXPECT_EQ(f0["path"], fx.file_a);
  EXPECT_EQ(f0["line"], 2);
  EXPECT_EQ(f0["column"], 24);
  // Byte offsets: "Título\n" is 8 bytes, "Año clave: firmaron en " 24 more.
  EXPECT_EQ(f0["start"], 32);
  EXPECT_EQ(f0["end"], 38);
  EXPECT_EQ(fx.bytes_a.substr(32, 6), "Moscú");
  EXPECT_EQ(f0["text"], "Moscú");
  EXPECT_EQ(f0["found"], "moscow");
  EXPECT_EQ(f0["expected"], "pyongyang");
  EXPECT_EQ(f0["message"], "found moscow, rulebook says pyongyang");
  EXPECT_EQ(f0["sentence"], "Año clave: firmaron en Moscú el tratado.");
  EXPECT_EQ(j["findings"][1]["status"], "unresolved");
  EXPECT_EQ(j["findings"][1]["severity"], "info");
  // JSON always carries confirmations.
  EXPECT_EQ(j["findings"][2]["status"], "confirmed");

  ASSERT_EQ(j["disagreements"].size(), 1u);
  const ordered_json& d0 = j["disagreements"][0];
  EXPECT_TRUE(InContractOrder(Keys(d0), {"rule", "event", "fact", "kind", "severity", "values", "message"}))
      << d0.dump();
  EXPECT_EQ(d0["severity"], "warning");
  EXPECT_EQ(d0["message"], "2 sources disagree");
  ASSERT_EQ(d0["values"].size(), 2u);
  const ordered_json& v0 = d0["values"][0];
  EXPECT_TRUE(InContractOrder(Keys(v0), {"found", "expected_match", "claims"})) << v0.dump();
  EXPECT_EQ(v0["found"], "2 hour");
  EXPECT_EQ(v0["expected_match"], true);
  EXPECT_EQ(d0["values"][1]["expected_match"], false);
  ASSERT_EQ(v0["claims"].size(), 1u);
  const ordered_json& c0 = v0["claims"][0];
  EXPECT_TRUE(InContractOrder(Keys(c0), {"path", "line", "column", "start", "end", "text"})) << c0.dump();
  EXPECT_EQ(c0["path"], fx.file_a);
  EXPECT_EQ(c0["line"], 7);
  EXPECT_EQ(c0["column"], 3);
  EXPECT_EQ(c0["start"], 100);
  EXPECT_EQ(c0["end"], 110);
  EXPECT_EQ(c0["text"], "dos horas");

  ASSERT_EQ(j["errors"].size(), 2u);
  const ordered_json& e0 = j["errors"][0];
  EXPECT_EQ(Keys(e0), (std::vector<std::string>{"path", "line", "column", "message"}));
  EXPECT_EQ(e0["path"], fx.file_b);
  EXPECT_EQ(e0["line"], 0);
  EXPECT_EQ(e0["column"], 0);
  EXPECT_EQ(e0["message"], "cannot open file");

  // Pretty-printed, one trailing newline, stable.
  EXPECT_EQ(out.substr(0, 2), "{\n");
  EXPECT_EQ(out.back(), '\n');
  EXPECT_EQ(Render("json", fx.report), out);
}

TEST(JsonReport, EmptyReport) {
  ordered_json j = ordered_json::parse(Render("json", Report{}));
  EXPECT_TRUE(InContractOrder(Keys(j), {"version", "articles", "findings", "disagreements", "errors"}))
      << j.dump();
  EXPECT_EQ(j["version"], 1);
  for (const char* k : {"articles", "findings", "disagreements", "errors"})
    EXPECT_EQ(j[k], ordered_json::array()) << k;
}

TEST(JsonReport, InvalidUtf8InTextNeverThrows) {
  Report r;
  Finding f;
  f.rule = "ev/x";
  f.status = "contradiction";
  f.text = std::string("Mosc\xFF");
  f.sentence = std::string("en Mosc\xFF.");
  r.findings.push_back(f);
  std::string out;
  ASSERT_NO_THROW(out = Render("json", r));
  ordered_json j;
  ASSERT_NO_THROW(j = ordered_json::parse(out)) << out;
  EXPECT_EQ(j["findings"][0]["text"], "Mosc\xEF\xBF\xBD");  // U+FFFD
}

TEST(Report, SortIsByPathThenOffsetThenRule) {
  Report r;
  auto finding = [](const char* path, size_t start, const char* rule) {
    Finding f;
    f.path = path;
    f.start = start;
    f.end = start + 1;
    f.rule = rule;
    return f;
  };
  r.findings = {finding("b.md", 5, "ev/a"), finding("a.md", 9, "ev/a"), finding("a.md", 2, "ev/z"),
                finding("a.md", 2, "ev/b")};
  r.articles = {{"b.md", "", "", "", {}}, {"a.md", "", "", "", {}}};
  r.errors = {{"b.md", 0, 0, "x"}, {"a.md", 3, 1, "y"}, {"a.md", 1, 9, "z"}};
  r.Sort();
  std::vector<std::string> got;
  for (const Finding& f : r.findings) got.push_back(f.path + "@" + std::to_string(f.start) + " " + f.rule);
  EXPECT_EQ(got, (std::vector<std::string>{"a.md@2 ev/b", "a.md@2 ev/z", "a.md@9 ev/a", "b.md@5 ev/a"}));
  EXPECT_EQ(r.articles[0].path, "a.md");
  EXPECT_EQ(r.errors[0].message, "z");
  EXPECT_EQ(r.errors[1].message, "y");
  EXPECT_EQ(r.errors[2].message, "x");
}

}  // namespace
}  // namespace claimcheck
