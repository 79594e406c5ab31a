// The discrepancy report (--format markdown, --format html): a fact × source table per
// event, the contradictions with their evidence, the disagreements, the errors. Reports
// built by hand pin the exact output; the HTML is also loaded in a real browser
// (headless Chromium, when installed) and the CLI is run on the fixture articles.
#include <gtest/gtest.h>
#include <stdlib.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <map>
#include <regex>
#include <sstream>
#include <string>
#include <utility>
#include <vector>

#include "claimcheck/report.h"

namespace claimcheck {
namespace {

namespace fs = std::filesystem;

constexpr char kChromium[] = "/usr/bin/chromium";

// ---- a report by hand -----------------------------------------------------------------
//
// Three articles of one event; a second event no article belongs to. Per fact:
//   signing-date     one ✔, two ? (unresolved only), three ✔ (✔ beats ?)
//   signing-place    one ✘ (Moscú, with the word twice in the sentence), two ✔, three —
//   talks-duration   one ✔ (its value is the rulebook's: the disagreement is the other
//                    source's), two ✘ (contradiction beats its part in the disagreement),
//                    three —
//   defence-minister nobody mentions it: — — —
//   kim-quote        a slot: three states it (•), nobody disputes it
Report HandReport() {
  Report r;
  r.events.push_back({"treaty-2024",
                      "Treaty | signing",
                      {{"signing-date", "date", "2024-06-19", Severity::kError},
                       {"signing-place", "place", "pyongyang", Severity::kError},
                       {"talks-duration", "number", "2 hour", Severity::kWarning},
                       {"defence-minister", "role", "belousov", Severity::kError},
                       {"kim-quote", "quote", "unknown", Severity::kWarning}}});
  r.events.push_back({"unrelated-1999", "Unrelated event", {{"year", "date", "1999", Severity::kError}}});
  r.articles.push_back({"a/one.md", "Outlet *One*", "2024-06-19", "es", {"treaty-2024"}});
  r.articles.push_back({"b/two.md", "Outlet Two", "", "es", {"treaty-2024"}});
  r.articles.push_back({"c/three.md", "Outlet <Three> & Co", "2024-06-20", "en", {"treaty-2024"}});

  auto finding = [](std::string fact, std::string kind, std::string status, std::string path, int line,
                    int column, std::string text, std::string found, std::string expected,
                    std::string message, std::string sentence, int sentence_line, int sentence_column) {
    Finding f;
    f.rule = "treaty-2024/" + fact;
    f.event = "treaty-2024";
    f.fact = fact;
    f.kind = kind;
    f.status = status;
    f.severity = Severity::kError;
    f.path = path;
    f.line = line;
    f.column = column;
    f.start = static_cast<size_t>(line * 100 + column);
    f.end = f.start + text.size();
    f.text = text;
    f.found = found;
    f.expected = expected;
    f.message = message;
    f.sentence = sentence;
    f.sentence_line = sentence_line;
    f.sentence_column = sentence_column;
    return f;
  };
  const std::string moscow = "Desde Moscú: firmaron en Moscú el pacto <b>firmado</b> & *más*_ | ya.";
  r.findings.push_back(finding("signing-date", "date", "confirmed", "a/one.md", 2, 5, "19 de junio",
                               "2024-06-19", "2024-06-19", "found 2024-06-19, rulebook says 2024-06-19",
                               "Se firmó el 19 de junio.", 2, 1));
  r.findings.push_back(finding("signing-place", "place", "contradiction", "a/one.md", 3, 26, "Moscú", "moscow",
                               "pyongyang", "found moscow, rulebook says pyongyang", moscow, 3, 1));
  r.findings.push_back(finding("talks-duration", "number", "confirmed", "a/one.md", 5, 10, "dos horas",
                               "2 hour", "2 hour", "found 2 hour, rulebook says 2 hour",
                               "Hablaron dos horas.", 5, 1));
  r.findings.push_back(finding("signing-date", "date", "unresolved", "b/two.md", 4, 10, "este martes",
                               "", "2024-06-19", "relative date 'este martes' with no publication date",
                               "Firmaron este martes.", 4, 1));
  r.findings.push_back(finding("signing-place", "place", "confirmed", "b/two.md", 5, 1, "Pyongyang",
                               "pyongyang", "pyongyang", "found pyongyang, rulebook says pyongyang",
                               "Pyongyang acogió la firma.", 5, 1));
  Finding talks = finding("talks-duration", "number", "contradiction", "b/two.md", 6, 3, "cinco horas", "5 hour",
                          "2 hour", "found 5 hour, rulebook says 2 hour (in a quotation: attributed to the speaker)",
                          "\"Cinco horas\", dijo; las cinco horas de 'charla'.", 6, 1);
  talks.severity = Severity::kWarning;
  talks.attributed = true;
  talks.attribution = "in a quotation: attributed to the speaker";
  // No sentence position: the first occurrence of the text is the one marked.
  talks.sentence_line = 0;
  talks.sentence_column = 0;
  r.findings.push_back(talks);
  r.findings.push_back(finding("signing-date", "date", "confirmed", "c/three.md", 1, 20, "June 19",
                               "2024-06-19", "2024-06-19", "found 2024-06-19, rulebook says 2024-06-19",
                               "They signed on June 19.", 1, 1));
  r.findings.push_back(finding("signing-date", "date", "unresolved", "c/three.md", 7, 4, "Tuesday", "",
                               "2024-06-19", "relative date 'Tuesday' out of range", "On Tuesday, more.",
                               7, 1));
  r.claims.push_back(finding("kim-quote", "quote", "stated", "c/three.md", 9, 12, "dear friend",
                             "dear friend", "", "", "Kim called him a \"dear friend\".", 9, 1));

  Disagreement d;
  d.rule = "treaty-2024/talks-duration";
  d.event = "treaty-2024";
  d.fact = "talks-duration";
  d.kind = "number";
  d.severity = Severity::kWarning;
  d.values.push_back({"2 hour", true, {{"a/one.md", 5, 10, 510, 520, "dos horas"}}, ""});
  d.values.push_back({"5 hour",
                      false,
                      {{"b/two.md", 6, 3, 603, 615, "cinco horas"}, {"b/two.md", 6, 30, 630, 642, "cinco horas"}},
                      ""});
  d.message = "sources disagree on talks-duration: 2 hour (Outlet *One*); 5 hour (Outlet Two)";
  r.disagreements.push_back(d);
  r.errors.push_back({"d/bad.md", 0, 0, "cannot read file: No such file or directory"});
  return r;
}

std::string Render(const char* format, const Report& report) {
  const ReportFormat* f = FindReportFormat(format);
  EXPECT_NE(f, nullptr) << format;
  if (f == nullptr) return "";
  std::ostringstream out;
  f->write(report, ReportOptions{}, &out);
  return out.str();
}

std::vector<std::string> Lines(const std::string& s) {
  std::vector<std::string> out;
  std::istringstream in(s);
  for (std::string line; std::getline(in, line);) out.push_back(line);
  return out;
}

// The cells of every summary table: (class, symbol) in document order.
std::vector<std::pair<std::string, std::string>> HtmlCells(const std::string& html) {
  static const std::regex cell(
      R"re(<td class="(confirmed|contradiction|disagreement|unresolved|stated|absent)"(?: title="[^"]*")?>([^<]*)</td>)re");
  std::vector<std::pair<std::string, std::string>> out;
  for (auto it = std::sregex_iterator(html.begin(), html.end(), cell); it != std::sregex_iterator(); ++it)
    out.emplace_back((*it)[1].str(), (*it)[2].str());
  return out;
}

std::vector<std::string> HtmlSourceHeadings(const std::string& html) {
  static const std::regex th(R"re(<th scope="col" class="source"[^>]*>([^<]*))re");
  std::vector<std::string> out;
  for (auto it = std::sregex_iterator(html.begin(), html.end(), th); it != std::sregex_iterator(); ++it)
    out.push_back((*it)[1].str());
  return out;
}

using Cells = std::vector<std::pair<std::string, std::string>>;

const Cells& HandCells() {
  static const Cells cells = {
      {"confirmed", "✔"},     {"unresolved", "?"},    {"confirmed", "✔"},  // signing-date
      {"contradiction", "✘"}, {"confirmed", "✔"},     {"absent", "—"},     // signing-place
      {"confirmed", "✔"},     {"contradiction", "✘"}, {"absent", "—"},     // talks-duration
      {"absent", "—"},        {"absent", "—"},        {"absent", "—"},     // defence-minister
      {"absent", "—"},        {"absent", "—"},        {"stated", "•"},     // kim-quote
  };
  return cells;
}

// ---- Markdown -----------------------------------------------------------------------

TEST(DiscrepancyMarkdown, Registered) {
  const ReportFormat* md = FindReportFormat("markdown");
  const ReportFormat* html = FindReportFormat("html");
  ASSERT_NE(md, nullptr);
  ASSERT_NE(html, nullptr);
  EXPECT_STREQ(md->name, "markdown");
  EXPECT_STREQ(html->name, "html");
  EXPECT_NE(std::string(md->description), "");
  EXPECT_NE(std::string(html->description), "");
}

TEST(DiscrepancyMarkdown, WholeReport) {
  const std::string expected =
      "# Discrepancy report\n"
      "\n"
      "3 articles: 2 contradictions, 4 confirmed, 2 unresolved, 1 disagreement, 1 error\n"
      "\n"
      "## Treaty \\| signing (`treaty-2024`)\n"
      "\n"
      "| Fact | Rulebook | Outlet \\*One\\* | Outlet Two | Outlet \\<Three\\> \\& Co |\n"
      "| --- | --- | :-: | :-: | :-: |\n"
      "| `signing-date` | 2024-06-19 | ✔ | ? | ✔ |\n"
      "| `signing-place` | pyongyang | ✘ | ✔ | — |\n"
      "| `talks-duration` | 2 hour | ✔ | ✘ | — |\n"
      "| `defence-minister` | belousov | — | — | — |\n"
      "| `kim-quote` | unknown | — | — | • |\n"
      "\n"
      "Legend: ✔ confirmed · ✘ contradiction · ≠ sources disagree · ? unresolved · "
      "• stated (no rulebook value to check) · — not mentioned\n"
      "\n"
      "### Contradictions\n"
      "\n"
      "- **Outlet \\*One\\*** · `a/one.md:3:26` · `treaty-2024/signing-place` (error): found moscow, "
      "rulebook says pyongyang\n"
      "  > Desde Moscú: firmaron en **Moscú** el pacto \\<b\\>firmado\\</b\\> \\& \\*más\\*\\_ \\| ya.\n"
      "- **Outlet Two** · `b/two.md:6:3` · `treaty-2024/talks-duration` (warning): found 5 hour, rulebook "
      "says 2 hour *(in a quotation: attributed to the speaker)*\n"
      "  > \"Cinco horas\", dijo; las **cinco horas** de 'charla'.\n"
      "\n"
      "### Unresolved\n"
      "\n"
      "- **Outlet Two** · `b/two.md:4:10` · `treaty-2024/signing-date` (error): relative date 'este martes' "
      "with no publication date\n"
      "  > Firmaron **este martes**.\n"
      "- **Outlet \\<Three\\> \\& Co** · `c/three.md:7:4` · `treaty-2024/signing-date` (error): relative date "
      "'Tuesday' out of range\n"
      "  > On **Tuesday**, more.\n"
      "\n"
      "### Disagreements\n"
      "\n"
      "- `treaty-2024/talks-duration` (warning): sources disagree on talks-duration: 2 hour (Outlet \\*One\\*); "
      "5 hour (Outlet Two)\n"
      "  - 2 hour ✔ matches the rulebook: Outlet \\*One\\* `a/one.md:5:10` “dos horas”\n"
      "  - 5 hour: Outlet Two `b/two.md:6:3` “cinco horas”, `b/two.md:6:30` “cinco horas”\n"
      "\n"
      "## Errors\n"
      "\n"
      "- `d/bad.md`: cannot read file: No such file or directory\n";
  EXPECT_EQ(Render("markdown", HandReport()), expected);
}

TEST(DiscrepancyMarkdown, TableRowsAndOrderOfPrecedence) {
  std::vector<std::string> lines = Lines(Render("markdown", HandReport()));
  auto row = [&](const std::string& fact) {
    for (const std::string& l : lines)
      if (l.rfind("| `" + fact + "` |", 0) == 0) return l;
    return std::string("(no row for " + fact + ")");
  };
  EXPECT_EQ(row("signing-date"), "| `signing-date` | 2024-06-19 | ✔ | ? | ✔ |");      // ✔ over ?
  EXPECT_EQ(row("signing-place"), "| `signing-place` | pyongyang | ✘ | ✔ | — |");
  // ✘ over ≠ over ✔; the source with the rulebook's value is no part of the disagreement.
  EXPECT_EQ(row("talks-duration"), "| `talks-duration` | 2 hour | ✔ | ✘ | — |");
  EXPECT_EQ(row("defence-minister"), "| `defence-minister` | belousov | — | — | — |");  // no one mentions it
  // Rows in rulebook order.
  std::string md = Render("markdown", HandReport());
  EXPECT_LT(md.find("`signing-date` |"), md.find("`signing-place` |"));
  EXPECT_LT(md.find("`signing-place` |"), md.find("`talks-duration` |"));
  EXPECT_LT(md.find("`talks-duration` |"), md.find("`defence-minister` |"));
  EXPECT_LT(md.find("`defence-minister` |"), md.find("`kim-quote` |"));
  // Every table line has as many cells as the header.
  for (const std::string& l : lines) {
    if (l.rfind("| ", 0) != 0) continue;
    size_t pipes = 0;
    for (size_t i = 0; i < l.size(); ++i)
      if (l[i] == '|' && (i == 0 || l[i - 1] != '\\')) ++pipes;
    EXPECT_EQ(pipes, 6u) << l;
  }
}

TEST(DiscrepancyMarkdown, SkipsEventsWithoutArticlesAndKeepsColumnsToTheEvent) {
  Report r = HandReport();
  // An article of the other event only: it is no column of the treaty's table.
  r.articles.push_back({"e/else.md", "Elsewhere", "", "en", {"other-event"}});
  std::string md = Render("markdown", r);
  EXPECT_EQ(md.find("Unrelated event"), std::string::npos);
  EXPECT_EQ(md.find("unrelated-1999"), std::string::npos);
  EXPECT_EQ(md.find("Elsewhere"), std::string::npos);

  // Now the other event has an article: its own section, its own single column.
  r.articles.push_back({"f/late.md", "Late Outlet", "", "en", {"unrelated-1999"}});
  md = Render("markdown", r);
  size_t section = md.find("## Unrelated event (`unrelated-1999`)");
  ASSERT_NE(section, std::string::npos) << md;
  EXPECT_NE(md.find("| Fact | Rulebook | Late Outlet |\n| --- | --- | :-: |\n| `year` | 1999 | — |\n", section),
            std::string::npos)
      << md.substr(section);
  EXPECT_GT(section, md.find("## Treaty"));  // report order
  EXPECT_GT(md.find("## Errors"), section);  // errors last
}

TEST(DiscrepancyMarkdown, NoEventNoErrorsAndDuplicateSources) {
  Report empty;
  EXPECT_EQ(Render("markdown", empty),
            "# Discrepancy report\n\n0 articles: 0 contradictions, 0 confirmed, 0 unresolved, 0 disagreements, "
            "0 errors\n\nNo article belongs to an event of the rulebooks.\n");

  // Two drafts of one outlet: the columns say which file is which.
  Report r;
  r.events.push_back({"ev", "Event", {{"when", "date", "2024", Severity::kError}}});
  r.articles.push_back({"drafts/01-a.md", "Desk", "", "en", {"ev"}});
  r.articles.push_back({"drafts/02-b.md", "Desk", "", "en", {"ev"}});
  r.articles.push_back({"other.md", "Wire", "", "en", {"ev"}});
  std::string md = Render("markdown", r);
  EXPECT_NE(md.find("| Fact | Rulebook | Desk · 01-a.md | Desk · 02-b.md | Wire |\n"), std::string::npos) << md;
  EXPECT_EQ(md.find("## Errors"), std::string::npos);
  EXPECT_EQ(md.find("### Contradictions"), std::string::npos);
}

TEST(DiscrepancyMarkdown, SpanInItsSentenceAndBlockStartEscaped) {
  Report r;
  r.events.push_back({"ev", "Event", {{"when", "date", "2024", Severity::kError}}});
  r.articles.push_back({"x.md", "X", "", "en", {"ev"}});
  Finding f;
  f.rule = "ev/when";
  f.event = "ev";
  f.fact = "when";
  f.status = "contradiction";
  f.path = "x.md";
  f.found = "2023";
  f.expected = "2024";
  // A sentence that would open a list item, spread over two lines; the span is on the
  // second line (line 8, column 4), after a first "2023" on line 7.
  f.sentence = "- 2023 was the plan;\nin 2023 it happened.";
  f.sentence_line = 7;
  f.sentence_column = 1;
  f.line = 8;
  f.column = 4;
  f.text = "2023";
  r.findings.push_back(f);
  std::string md = Render("markdown", r);
  EXPECT_NE(md.find("  > \\- 2023 was the plan; in **2023** it happened.\n"), std::string::npos) << md;

  // CRLF and an invalid byte: one line, valid UTF-8.
  r.findings[0].sentence = "Bad \xFF byte,\r\nin 2023.";
  r.findings[0].sentence_line = 0;
  md = Render("markdown", r);
  EXPECT_NE(md.find("  > Bad \xEF\xBF\xBD byte, in **2023**.\n"), std::string::npos) << md;
  EXPECT_EQ(md.find('\xFF'), std::string::npos);
  EXPECT_EQ(md.find('\r'), std::string::npos);
}

// ---- HTML ---------------------------------------------------------------------------

TEST(DiscrepancyHtml, SelfContainedPage) {
  std::string html = Render("html", HandReport());
  EXPECT_EQ(html.rfind("<!DOCTYPE html>\n", 0), 0u);
  EXPECT_NE(html.find("<meta charset=\"utf-8\">"), std::string::npos);
  EXPECT_NE(html.find("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"),
            std::string::npos);
  EXPECT_NE(html.find("<style>"), std::string::npos);
  EXPECT_NE(html.find("</html>\n"), std::string::npos);
  // Nothing runs, nothing is fetched.
  EXPECT_EQ(html.find("<script"), std::string::npos);
  EXPECT_EQ(html.find("<link"), std::string::npos);
  EXPECT_EQ(html.find("<img"), std::string::npos);
  EXPECT_EQ(html.find("<iframe"), std::string::npos);
  EXPECT_EQ(html.find("@import"), std::string::npos);
  EXPECT_EQ(html.find("url("), std::string::npos);
  EXPECT_EQ(html.find("http://"), std::string::npos);
  EXPECT_EQ(html.find("https://"), std::string::npos);
  EXPECT_FALSE(std::regex_search(html, std::regex(R"((src|href)\s*=)", std::regex::icase)));
  // Phone: the table scrolls inside its wrapper; the body has a max width.
  EXPECT_TRUE(std::regex_search(html, std::regex(R"(\.table-wrap\s*\{[^}]*overflow-x:\s*auto)")));
  EXPECT_TRUE(std::regex_search(html, std::regex(R"(body\s*\{[^}]*max-width:)")));
  EXPECT_NE(html.find("<div class=\"table-wrap\">\n<table class=\"summary\">"), std::string::npos);
}

TEST(DiscrepancyHtml, TableCellsInOrder) {
  std::string html = Render("html", HandReport());
  EXPECT_EQ(HtmlCells(html), HandCells());
  EXPECT_EQ(HtmlSourceHeadings(html),
            (std::vector<std::string>{"Outlet *One*", "Outlet Two", "Outlet &lt;Three&gt; &amp; Co"}));
  // One table: the event no article belongs to has none.
  size_t tables = 0;
  for (size_t at = html.find("<table class=\"summary\">"); at != std::string::npos;
       at = html.find("<table class=\"summary\">", at + 1))
    ++tables;
  EXPECT_EQ(tables, 1u);
  EXPECT_EQ(html.find("Unrelated event"), std::string::npos);
  // Row headers in rulebook order, the rulebook's value beside them.
  EXPECT_NE(html.find("<tr><th scope=\"row\"><code>signing-date</code></th><td class=\"expected\">2024-06-19</td>"
                      "<td class=\"confirmed\" title=\"Outlet *One* — signing-date: confirmed (2024-06-19)\">✔</td>"),
            std::string::npos);
  // Titles explain the cell.
  EXPECT_NE(html.find("<td class=\"contradiction\" title=\"Outlet *One* — signing-place: contradiction (found "
                      "moscow, rulebook says pyongyang)\">✘</td>"),
            std::string::npos);
  EXPECT_NE(html.find("title=\"Outlet Two — signing-date: unresolved (relative date &#39;este martes&#39; with "
                      "no publication date)\">?</td>"),
            std::string::npos);
  EXPECT_NE(html.find("title=\"Outlet &lt;Three&gt; &amp; Co — defence-minister: not mentioned\">—</td>"),
            std::string::npos);
  EXPECT_NE(html.find("<p class=\"legend\">Legend: <span>✔ confirmed</span>"), std::string::npos);
}

// Where no value is the rulebook's (a slot), every source of a disagreement is
// part of it: ≠ over •.
TEST(DiscrepancyHtml, SlotDisagreementMarksEverySource) {
  Report r = HandReport();
  Disagreement d;
  d.rule = "treaty-2024/kim-quote";
  d.event = "treaty-2024";
  d.fact = "kim-quote";
  d.kind = "quote";
  d.values.push_back({"best friend", false, {{"a/one.md", 8, 2, 802, 813, "best friend"}}, ""});
  d.values.push_back({"dear friend", false, {{"c/three.md", 9, 12, 912, 923, "dear friend"}}, ""});
  d.message = "quote drift on kim-quote";
  r.disagreements.push_back(d);
  const std::string html = Render("html", r);
  EXPECT_NE(html.find("title=\"Outlet *One* — kim-quote: disagrees with another source (says best friend)\">≠"),
            std::string::npos)
      << html;
  EXPECT_NE(html.find("title=\"Outlet &lt;Three&gt; &amp; Co — kim-quote: disagrees with another source (says dear "
                      "friend)\">≠"),
            std::string::npos);
}

TEST(DiscrepancyHtml, EscapesAndMarksTheExactSpan) {
  std::string html = Render("html", HandReport());
  // The second "Moscú" (where the finding is), escaped text around it.
  EXPECT_NE(html.find("<blockquote class=\"evidence\">Desde Moscú: firmaron en <mark>Moscú</mark> el pacto "
                      "&lt;b&gt;firmado&lt;/b&gt; &amp; *más*_ | ya.</blockquote>"),
            std::string::npos)
      << html;
  EXPECT_EQ(html.find("<b>firmado"), std::string::npos);
  // Without positions: the first occurrence; quotes escaped.
  EXPECT_NE(html.find("&quot;Cinco horas&quot;, dijo; las <mark>cinco horas</mark> de &#39;charla&#39;."),
            std::string::npos);
  EXPECT_NE(html.find("<mark>este martes</mark>"), std::string::npos);
  // Every <mark> holds exactly a finding's text.
  std::regex mark("<mark>([^<]*)</mark>");
  std::vector<std::string> marked;
  for (auto it = std::sregex_iterator(html.begin(), html.end(), mark); it != std::sregex_iterator(); ++it)
    marked.push_back((*it)[1].str());
  EXPECT_EQ(marked, (std::vector<std::string>{"Moscú", "cinco horas", "este martes", "Tuesday"}));
  // Sections, disagreement values with their sources and places, errors.
  EXPECT_NE(html.find("<h3>Contradictions</h3>"), std::string::npos);
  EXPECT_NE(html.find("<h3>Unresolved</h3>"), std::string::npos);
  EXPECT_NE(html.find("<h3>Disagreements</h3>"), std::string::npos);
  EXPECT_NE(html.find("<li><strong>2 hour</strong> <span class=\"match\">✔ matches the rulebook</span>: "
                      "Outlet *One* <code>a/one.md:5:10</code> “dos horas”</li>"),
            std::string::npos);
  EXPECT_NE(html.find("<li><strong>5 hour</strong>: Outlet Two <code>b/two.md:6:3</code> “cinco horas”, "
                      "<code>b/two.md:6:30</code> “cinco horas”</li>"),
            std::string::npos);
  EXPECT_NE(html.find("<h2>Errors</h2>"), std::string::npos);
  EXPECT_NE(html.find("<code>d/bad.md</code>: cannot read file: No such file or directory"), std::string::npos);
}

TEST(DiscrepancyHtml, InvalidUtf8IsReplaced) {
  Report r = HandReport();
  r.findings[1].sentence = "Bad \xFF byte in Moscú.";
  r.findings[1].sentence_line = 0;
  std::string html = Render("html", r);
  EXPECT_NE(html.find("Bad \xEF\xBF\xBD byte in <mark>Moscú</mark>."), std::string::npos);
  EXPECT_EQ(html.find('\xFF'), std::string::npos);
}

// ---- the page in a real browser -----------------------------------------------------

class TempDir {
 public:
  TempDir() {
    std::string pattern = (fs::temp_directory_path() / "claimcheck-discrepancy-XXXXXX").string();
    std::vector<char> buf(pattern.begin(), pattern.end());
    buf.push_back('\0');
    if (mkdtemp(buf.data()) != nullptr) path_ = buf.data();
  }
  ~TempDir() {
    std::error_code ec;
    if (!path_.empty()) fs::remove_all(path_, ec);
  }
  const std::string& path() const { return path_; }

 private:
  std::string path_;
};

std::string Quote(const std::string& s) {
  std::string q = "'";
  for (char c : s) {
    if (c == '\'') q += "'\\''";
    else q += c;
  }
  return q + "'";
}

// Runs a shell command; its stdout, and its exit status in *code.
std::string RunShell(const std::string& command, int* code) {
  std::string out;
  FILE* p = popen(command.c_str(), "r");
  if (p == nullptr) {
    *code = -1;
    return out;
  }
  char buf[4096];
  size_t n;
  while ((n = fread(buf, 1, sizeof buf, p)) > 0) out.append(buf, n);
  int status = pclose(p);
  *code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  return out;
}

// The DOM Chromium builds from an HTML file: headless, no network, a fresh profile.
std::string ChromiumDom(const std::string& html, const TempDir& dir, std::string* diagnostics) {
  std::string page = dir.path() + "/report.html";
  std::ofstream(page, std::ios::binary) << html;
  std::string profile = dir.path() + "/profile";
  fs::create_directories(profile);
  std::string command = std::string("timeout 60 ") + kChromium +
                        " --headless --no-sandbox --disable-gpu --disable-quic --no-first-run"
                        " --disable-background-networking --disable-component-update --disable-sync"
                        " --user-data-dir=" +
                        Quote(profile) + " --dump-dom " + Quote("file://" + page) + " 2>" +
                        Quote(dir.path() + "/stderr.txt");
  int code = 0;
  std::string dom = RunShell(command, &code);
  std::ifstream err(dir.path() + "/stderr.txt");
  std::stringstream ss;
  ss << err.rdbuf();
  *diagnostics = "exit " + std::to_string(code) + "; stderr: " + ss.str().substr(0, 2000);
  return dom;
}

TEST(DiscrepancyBrowser, ChromiumShowsTheTable) {
  if (!fs::exists(kChromium)) GTEST_SKIP() << "no " << kChromium << " (Debian package chromium)";
  TempDir dir;
  ASSERT_FALSE(dir.path().empty());
  std::string diagnostics;
  std::string dom = ChromiumDom(Render("html", HandReport()), dir, &diagnostics);
  ASSERT_NE(dom.find("<table class=\"summary\">"), std::string::npos) << diagnostics << "\n" << dom;
  EXPECT_EQ(HtmlCells(dom), HandCells()) << dom;
  EXPECT_EQ(HtmlSourceHeadings(dom),
            (std::vector<std::string>{"Outlet *One*", "Outlet Two", "Outlet &lt;Three&gt; &amp; Co"}));
  // The browser read the escaped sentence as text, the span as the only <mark> there.
  EXPECT_NE(dom.find("firmaron en <mark>Moscú</mark> el pacto &lt;b&gt;firmado&lt;/b&gt; &amp; *más*_ | ya."),
            std::string::npos)
      << dom;
  EXPECT_EQ(dom.find("<b>firmado"), std::string::npos);
  EXPECT_EQ(dom.find("<script"), std::string::npos);
  // The table sits in the scrolling wrapper.
  EXPECT_NE(dom.find("<div class=\"table-wrap\">"), std::string::npos);
}

// The Markdown as GitHub renders it (cmark-gfm, Debian package cmark-gfm, when
// installed): the table with its cells, the escapes undone, the span in <strong>.
TEST(DiscrepancyMarkdown, RendersWithCmarkGfm) {
  const char* cmark = "/usr/bin/cmark-gfm";
  if (!fs::exists(cmark)) GTEST_SKIP() << "no " << cmark << " (Debian package cmark-gfm)";
  TempDir dir;
  ASSERT_FALSE(dir.path().empty());
  std::string page = dir.path() + "/report.md";
  std::ofstream(page, std::ios::binary) << Render("markdown", HandReport());
  int code = 0;
  std::string html = RunShell(std::string(cmark) + " -e table " + Quote(page), &code);
  ASSERT_EQ(code, 0);
  std::regex cell(R"re(<td align="center">([^<]*)</td>)re");
  std::vector<std::string> symbols;
  for (auto it = std::sregex_iterator(html.begin(), html.end(), cell); it != std::sregex_iterator(); ++it)
    symbols.push_back((*it)[1].str());
  std::vector<std::string> expected;
  for (const auto& c : HandCells()) expected.push_back(c.second);
  EXPECT_EQ(symbols, expected) << html;
  EXPECT_NE(html.find("<th align=\"center\">Outlet *One*</th>"), std::string::npos) << html;
  EXPECT_NE(html.find("<th align=\"center\">Outlet &lt;Three&gt; &amp; Co</th>"), std::string::npos) << html;
  EXPECT_NE(html.find("<h2>Treaty | signing (<code>treaty-2024</code>)</h2>"), std::string::npos) << html;
  EXPECT_NE(html.find("<p>Desde Moscú: firmaron en <strong>Moscú</strong> el pacto &lt;b&gt;firmado&lt;/b&gt; "
                      "&amp; *más*_ | ya.</p>"),
            std::string::npos)
      << html;
  EXPECT_EQ(html.find("<b>"), std::string::npos);
  EXPECT_EQ(html.find("<em>más"), std::string::npos);
}

// ---- the real engine ----------------------------------------------------------------

struct Table {
  std::vector<std::string> columns;                            // sources
  std::map<std::string, std::vector<std::string>> rows;        // fact -> cells
};

std::vector<std::string> SplitRow(const std::string& line) {
  std::vector<std::string> cells;
  std::string cur;
  for (size_t i = 1; i < line.size(); ++i) {
    if (line[i] == '\\' && i + 1 < line.size()) {
      cur += line[++i];
    } else if (line[i] == '|') {
      size_t b = cur.find_first_not_of(' '), e = cur.find_last_not_of(' ');
      cells.push_back(b == std::string::npos ? "" : cur.substr(b, e - b + 1));
      cur.clear();
    } else {
      cur += line[i];
    }
  }
  return cells;
}

// The first summary table of a Markdown report.
Table ParseTable(const std::string& md) {
  Table t;
  bool in_table = false;
  for (const std::string& line : Lines(md)) {
    if (line.rfind("| Fact | Rulebook |", 0) == 0) {
      std::vector<std::string> h = SplitRow(line);
      t.columns.assign(h.begin() + 2, h.end());
      in_table = true;
    } else if (in_table && line.rfind("| `", 0) == 0) {
      std::vector<std::string> c = SplitRow(line);
      std::string fact = c[0].substr(1, c[0].size() - 2);
      t.rows[fact].assign(c.begin() + 2, c.end());
    } else if (in_table && line.rfind("| ---", 0) != 0) {
      break;
    }
  }
  return t;
}

std::string CellOf(const Table& t, const std::string& fact, const std::string& source) {
  auto row = t.rows.find(fact);
  if (row == t.rows.end()) return "(no row " + fact + ")";
  for (size_t i = 0; i < t.columns.size(); ++i)
    if (t.columns[i] == source) return i < row->second.size() ? row->second[i] : "(short row)";
  return "(no column " + source + ")";
}

TEST(DiscrepancyCli, MarkdownOfTheFixtureArticles) {
  int code = 0;
  std::string md = RunShell("cd " + Quote(CLAIMCHECK_SOURCE_DIR) + " && " + Quote(CLAIMCHECK_BINARY) +
                           " check --rules rules --format markdown fixtures/articles 2>/dev/null",
                       &code);
  EXPECT_EQ(code, 0) << md;
  EXPECT_EQ(md.rfind("# Discrepancy report\n", 0), 0u) << md;
  EXPECT_NE(md.find("## Russia–DPRK Comprehensive Strategic Partnership Treaty (`russia-dprk-treaty-2024`)"),
            std::string::npos)
      << md;
  Table t = ParseTable(md);
  const std::string a = "Seed A (redacción, español)", b = "Seed B (agencia, español)";
  ASSERT_NE(std::find(t.columns.begin(), t.columns.end(), a), t.columns.end()) << md;
  ASSERT_NE(std::find(t.columns.begin(), t.columns.end(), b), t.columns.end()) << md;
  // Seed A never dates the signing (its dateline is no claim); Seed B does ("este miércoles").
  EXPECT_EQ(CellOf(t, "signing-date", b), "✔") << md;
  EXPECT_EQ(CellOf(t, "signing-date", a), "—") << md;
  EXPECT_EQ(CellOf(t, "signing-place", a), "✔") << md;
  EXPECT_EQ(CellOf(t, "signing-place", b), "✔") << md;
  EXPECT_EQ(CellOf(t, "signatories", a), "✔") << md;
  EXPECT_EQ(CellOf(t, "defence-minister", a), "✔") << md;
  EXPECT_EQ(CellOf(t, "defence-minister", b), "—") << md;
  // The whole table line for signing-date, rulebook value included.
  std::string line = "| `signing-date` | 2024-06-19 |";
  for (const std::string& col : t.columns) line += " " + CellOf(t, "signing-date", col) + " |";
  EXPECT_NE(md.find(line + "\n"), std::string::npos) << md;
  EXPECT_EQ(md.find("### Contradictions"), std::string::npos) << md;
}

TEST(DiscrepancyCli, HtmlOfTheFixtureArticlesInChromium) {
  TempDir dir;
  ASSERT_FALSE(dir.path().empty());
  std::string page = dir.path() + "/fixtures.html";
  int code = 0;
  RunShell("cd " + Quote(CLAIMCHECK_SOURCE_DIR) + " && " + Quote(CLAIMCHECK_BINARY) +
          " check --rules rules --format html --output " + Quote(page) + " fixtures/articles 2>/dev/null",
      &code);
  EXPECT_EQ(code, 0);
  std::ifstream in(page, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  std::string html = ss.str();
  ASSERT_NE(html.find("<table class=\"summary\">"), std::string::npos) << html;
  EXPECT_EQ(html.find("<script"), std::string::npos);
  const std::string row = "<tr><th scope=\"row\"><code>signing-date</code></th>";
  ASSERT_NE(html.find(row), std::string::npos);
  if (!fs::exists(kChromium)) GTEST_SKIP() << "no " << kChromium << " (Debian package chromium)";
  std::string diagnostics;
  std::string dom = ChromiumDom(html, dir, &diagnostics);
  ASSERT_NE(dom.find("<table class=\"summary\">"), std::string::npos) << diagnostics;
  // The signing-date row as the browser built it: Seed B ✔, Seed A —.
  size_t at = dom.find(row);
  ASSERT_NE(at, std::string::npos) << dom;
  std::string tr = dom.substr(at, dom.find("</tr>", at) - at);
  EXPECT_NE(tr.find("title=\"Seed B (agencia, español) — signing-date: confirmed"), std::string::npos) << tr;
  EXPECT_NE(tr.find("<td class=\"absent\" title=\"Seed A (redacción, español) — signing-date: not mentioned\">—"
                    "</td>"),
            std::string::npos)
      << tr;
  EXPECT_EQ(HtmlCells(dom), HtmlCells(html));
}

}  // namespace
}  // namespace claimcheck
