// Markdown: the discrepancy report a news desk reads (GitHub-flavoured Markdown).
//
// Per event that at least one article belongs to:
//   ## <title> (`<event id>`)
//   | Fact | Rulebook | <source 1> | <source 2> |     one column per article, report order
//   | `signing-date` | 2024-06-19 | ✔ | ✘ |          one row per fact, rulebook order
//   Legend: ✔ confirmed · ✘ contradiction · ≠ …
//   ### Contradictions     source, `path:line:column`, rule, found vs rulebook, the
//                          evidence sentence with the span in **bold**
//   ### Unresolved         claims the engine could not settle (e.g. an unanchored date)
//   ### Disagreements      message, every value with the sources and places behind it
// then ## Errors if any. Deterministic: everything in report order.
//
// What each cell says, and which finding wins it, is the table of discrepancy.h, shared
// with the HTML page; this file only writes it as Markdown.
#include <algorithm>
#include <string>
#include <string_view>
#include <vector>

#include "claimcheck/report.h"
#include "report/discrepancy.h"

namespace claimcheck {
namespace {

// ---- escaping -----------------------------------------------------------------------

// Every piece of text here sits inside one table cell, list item or quote line, while a
// sentence may span lines of the file: line breaks and tabs become spaces (CR LF one
// space), other control characters '?'.
void OneLineControl(char c, char next, std::string* out) {
  if (c == '\r' && next == '\n') return;
  *out += (c == '\n' || c == '\r' || c == '\t') ? ' ' : '?';
}

std::string OneLine(std::string_view s) { return ValidUtf8(s, &OneLineControl); }

// Inline text: backslash before every character Markdown could read as markup
// (emphasis, code, links, HTML, table pipes, strikethrough, entities).
std::string Escape(std::string_view s) {
  std::string out;
  out.reserve(s.size() + 8);
  for (char c : OneLine(s)) {
    switch (c) {
      case '\\': case '`': case '*': case '_': case '[': case ']': case '<': case '>':
      case '|': case '~': case '&':
        out += '\\';
        break;
      default: break;
    }
    out += c;
  }
  return out;
}

// Text that starts a block line (after "> "): also keep it from opening a heading, a
// list, a quote or a thematic break.
std::string EscapeBlockStart(std::string_view s) {
  std::string e = Escape(s);
  size_t lead = e.find_first_not_of(' ');
  if (lead == std::string::npos) return e;
  char c = e[lead];
  if (c == '#' || c == '+' || c == '-' || c == '=') return e.insert(lead, "\\");
  size_t digits = lead;
  while (digits < e.size() && e[digits] >= '0' && e[digits] <= '9') ++digits;
  if (digits > lead && digits < e.size() && (e[digits] == '.' || e[digits] == ')'))
    e.insert(digits, "\\");
  return e;
}

// A code span that survives any content: a fence longer than the longest run of
// backticks inside, padded when the text starts or ends with one.
std::string Code(std::string_view raw) {
  std::string s = OneLine(raw);
  size_t longest = 0, run = 0;
  for (char c : s) {
    run = c == '`' ? run + 1 : 0;
    longest = std::max(longest, run);
  }
  std::string fence(longest + 1, '`');
  bool pad = !s.empty() && (s.front() == '`' || s.back() == '`');
  return fence + (pad ? " " : "") + s + (pad ? " " : "") + fence;
}

// In a table, a pipe ends the cell even inside a code span.
std::string TableCode(std::string_view raw) {
  std::string c = Code(raw), out;
  for (char ch : c) {
    if (ch == '|') out += '\\';
    out += ch;
  }
  return out;
}

// ---- the report ---------------------------------------------------------------------

// The evidence sentence with **the span** in bold (spaces kept outside the markers,
// where CommonMark needs them).
std::string Evidence(const Finding& f) {
  size_t at = SpanOffset(f);
  if (at == std::string::npos) return EscapeBlockStart(f.sentence);
  std::string before = f.sentence.substr(0, at);
  std::string span = f.text;
  std::string after = f.sentence.substr(at + span.size());
  auto is_space = [](char c) { return c == ' ' || c == '\n' || c == '\r' || c == '\t'; };
  while (!span.empty() && is_space(span.front())) {
    before += span.front();
    span.erase(0, 1);
  }
  while (!span.empty() && is_space(span.back())) {
    after.insert(0, 1, span.back());
    span.pop_back();
  }
  if (span.empty()) return EscapeBlockStart(f.sentence);
  return (before.empty() ? "" : EscapeBlockStart(before)) + "**" + Escape(span) + "**" + Escape(after);
}

void WriteEvent(const Report& report, const EventTable& table, std::ostream* out) {
  std::ostream& o = *out;
  const EventInfo& event = *table.event;
  o << "## " << Escape(event.title.empty() ? event.id : event.title) << " (" << Code(event.id) << ")\n\n";

  o << "| Fact | Rulebook |";
  for (const TableColumn& column : table.columns) o << " " << Escape(column.Heading()) << " |";
  o << "\n| --- | --- |";
  for (size_t i = 0; i < table.columns.size(); ++i) o << " :-: |";
  o << "\n";
  for (const TableRow& row : table.rows) {
    o << "| " << TableCode(row.fact.id) << " | " << Escape(row.fact.expected) << " |";
    for (const TableCell& cell : row.cells) o << " " << Symbol(cell.kind) << " |";
    o << "\n";
  }
  o << "\nLegend: ✔ confirmed · ✘ contradiction · ≠ sources disagree · ? unresolved · "
    << (table.any_stated ? "• stated (no rulebook value to check) · " : "") << "— not mentioned\n";

  auto write_findings = [&](const char* status, const char* heading) {
    bool any = false;
    for (const Finding& f : report.findings) {
      if (f.event != event.id || f.status != status) continue;
      if (!any) o << "\n### " << heading << "\n\n";
      any = true;
      o << "- **" << Escape(SourceOf(report, f.path)) << "** · " << Code(Place(f.path, f.line, f.column))
        << " · " << Code(f.rule) << " (" << SeverityName(f.severity) << "): ";
      if (f.status == std::string("contradiction")) {
        o << "found " << Escape(f.found) << ", rulebook says " << Escape(f.expected);
        if (!f.attribution.empty()) o << " *(" << Escape(f.attribution) << ")*";
      } else
        o << Escape(f.message.empty() ? "found " + f.found : f.message);
      o << "\n";
      if (!f.sentence.empty()) o << "  > " << Evidence(f) << "\n";
    }
  };
  write_findings("contradiction", "Contradictions");
  write_findings("unresolved", "Unresolved");

  bool any = false;
  for (const Disagreement& d : report.disagreements) {
    if (d.event != event.id) continue;
    if (!any) o << "\n### Disagreements\n\n";
    any = true;
    o << "- " << Code(d.rule) << " (" << SeverityName(d.severity) << "): " << Escape(d.message) << "\n";
    if (!d.diff.empty()) o << "  - wording: " << Code(d.diff) << "\n";
    for (const DisagreementValue& v : d.values) {
      o << "  - " << Escape(v.found) << (v.expected_match ? " ✔ matches the rulebook" : "") << ": ";
      // Claims of one article together: its source once, then every place.
      for (size_t i = 0; i < v.claims.size(); ++i) {
        const ClaimRef& c = v.claims[i];
        bool same = i > 0 && v.claims[i - 1].path == c.path;
        if (i > 0) o << (same ? ", " : "; ");
        if (!same) o << Escape(SourceOf(report, c.path)) << " ";
        o << Code(Place(c.path, c.line, c.column));
        // The claim's words, unless they are the value itself (a quote).
        if (!c.text.empty() && c.text != v.found) o << " “" << Escape(c.text) << "”";
      }
      o << "\n";
      // The second value's diff is the wording line above; a third or later gets its own.
      if (&v - d.values.data() >= 2 && !v.diff.empty())
        o << "    - wording against the one before: " << Code(v.diff) << "\n";
    }
  }
}

void Write(const Report& report, const ReportOptions&, std::ostream* out) {
  std::ostream& o = *out;
  o << "# Discrepancy report\n\n" << Totals(report) << "\n";

  std::vector<EventTable> tables = EventTables(report);
  for (const EventTable& table : tables) {
    o << "\n";
    WriteEvent(report, table, out);
  }
  if (tables.empty()) o << "\nNo article belongs to an event of the rulebooks.\n";

  if (!report.errors.empty()) {
    o << "\n## Errors\n\n";
    for (const FileError& e : report.errors) {
      o << "- " << Code(e.line > 0 ? Place(e.path, e.line, e.column) : e.path) << ": " << Escape(e.message)
        << "\n";
    }
  }
}

}  // namespace

extern const ReportFormat kMarkdownFormat = {
    "markdown", "the discrepancy report: a fact × source table per event, in Markdown", &Write};

}  // namespace claimcheck
