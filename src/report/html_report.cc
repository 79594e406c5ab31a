// HTML: the discrepancy report as ONE self-contained page (inline <style> only: no
// script, no external resource, nothing fetched), readable on a phone.
//
// The same content as the Markdown report: per event that an article belongs to, a
// fact × source table (<table class="summary">, one <th> per article's source, one
// <td> per cell whose class names the status and whose text is the symbol, with a
// title explaining it), a legend, then the contradictions and unresolved claims with
// their evidence sentence (the span in <mark>), the disagreements with every value and
// the sources behind it; then the errors. Colour helps but never carries the meaning
// alone: the symbols do. Deterministic: everything in report order. The table itself,
// and which finding wins each cell, comes from discrepancy.h, shared with the Markdown.
#include <string>
#include <string_view>
#include <vector>

#include "claimcheck/report.h"
#include "report/discrepancy.h"

namespace claimcheck {
namespace {

// ---- escaping -----------------------------------------------------------------------

// The page declares utf-8 and must hold no C0 control character whatever the articles
// held: line feed and tab are harmless in HTML text and kept, CR becomes a space, the
// others '?'. DEL has always passed through, and the output must not shift.
void PageControl(char c, char, std::string* out) {
  if (c == '\n' || c == '\t' || c == 0x7F) *out += c;
  else *out += c == '\r' ? ' ' : '?';
}

// Text and attribute values alike: & < > " ' escaped.
std::string Esc(std::string_view raw) { return MarkupEscape(raw, &PageControl); }

// An id attribute (fragment) from an event id: letters, digits, - and _ kept.
std::string Anchor(std::string_view id) {
  std::string out = "event-";
  for (char c : id) {
    bool keep = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' ||
                c == '_';
    out += keep ? c : '-';
  }
  return out;
}

// ---- the page -----------------------------------------------------------------------

// The evidence sentence with the finding's exact span in <mark>.
std::string Evidence(const Finding& f) {
  size_t at = SpanOffset(f);
  if (at == std::string::npos) return Esc(f.sentence);
  return Esc(f.sentence.substr(0, at)) + "<mark>" + Esc(f.text) + "</mark>" +
         Esc(f.sentence.substr(at + f.text.size()));
}

// Contrast: every text colour on its background is at least 7:1 (WCAG AAA) in light
// mode and in dark mode.
constexpr char kStyle[] = R"css(
:root { color-scheme: light dark; }
* { box-sizing: border-box; }
body { margin: 0 auto; padding: 1rem; max-width: 60rem; font: 1rem/1.5 system-ui, -apple-system,
  "Segoe UI", Roboto, "Noto Sans", sans-serif; color: #1a1a1a; background: #fff;
  -webkit-text-size-adjust: 100%; text-size-adjust: 100%; }
h1 { font-size: 1.6rem; line-height: 1.25; margin: 0.5rem 0 0.25rem; }
h2 { font-size: 1.3rem; line-height: 1.3; margin: 2rem 0 0.75rem; border-top: 1px solid #bbb;
  padding-top: 1rem; overflow-wrap: anywhere; }
h3 { font-size: 1.1rem; margin: 1.5rem 0 0.5rem; }
code { font-family: ui-monospace, "SFMono-Regular", Menlo, Consolas, monospace; font-size: 0.9em;
  overflow-wrap: anywhere; }
.totals { margin: 0 0 1rem; }
.table-wrap { overflow-x: auto; -webkit-overflow-scrolling: touch; max-width: 100%;
  border: 1px solid #bbb; border-radius: 4px; }
table.summary { border-collapse: separate; border-spacing: 0; min-width: 100%; font-size: 1rem; }
table.summary th, table.summary td { border-right: 1px solid #ccc; border-bottom: 1px solid #ccc;
  padding: 0.4rem 0.6rem; vertical-align: middle; background: #fff; }
table.summary thead th { background: #eee; font-weight: 600; vertical-align: bottom; }
table.summary thead th.source { text-align: center; min-width: 6.5rem; max-width: 11rem; }
table.summary thead th.fact, table.summary thead th.expected { text-align: left; }
table.summary .file { font-weight: 400; font-size: 0.85rem; overflow-wrap: anywhere; }
/* The fact stays in view while the sources scroll sideways. */
table.summary th.fact, table.summary tbody th { position: sticky; left: 0; z-index: 1; }
table.summary tbody th { text-align: left; font-weight: normal; white-space: nowrap; }
table.summary td.expected { color: #333; max-width: 11rem; overflow-wrap: break-word; }
table.summary td.confirmed, table.summary td.contradiction, table.summary td.disagreement,
table.summary td.unresolved, table.summary td.stated, table.summary td.absent { text-align: center;
  font-size: 1.25rem; font-weight: 700; line-height: 1.2; }
table.summary td.confirmed { color: #0b5a24; background: #e4f4e8; }
table.summary td.contradiction { color: #8a0010; background: #fde4e4; }
table.summary td.disagreement { color: #5c3b00; background: #fff0c2; }
table.summary td.unresolved { color: #1f3a80; background: #e5ebf8; }
table.summary td.stated { color: #333; background: #f0f0f0; }
table.summary td.absent { color: #555; font-weight: 400; }
.legend { font-size: 0.95rem; margin: 0.5rem 0 0; }
.legend span { white-space: nowrap; margin-right: 0.75rem; }
ul.items { padding-left: 1.2rem; }
ul.items > li { margin: 0 0 1rem; overflow-wrap: anywhere; }
blockquote.evidence { margin: 0.4rem 0 0; padding: 0.3rem 0.75rem; border-left: 4px solid #888;
  background: #f5f5f5; color: #1a1a1a; }
mark { background: #ffe066; color: #000; padding: 0 0.1em; font-weight: 600; }
.match { font-weight: 600; color: #0b5a24; }
@media (max-width: 30rem) {
  body { padding: 0.75rem; }
  table.summary th, table.summary td { padding: 0.35rem 0.45rem; }
  table.summary tbody th code { font-size: 0.8rem; }
}
@media (prefers-color-scheme: dark) {
  body { color: #eee; background: #121212; }
  h2, .table-wrap { border-color: #555; }
  table.summary th, table.summary td { border-color: #444; background: #121212; }
  table.summary thead th { background: #2a2a2a; }
  table.summary td.expected { color: #ddd; }
  table.summary td.confirmed { color: #b8f0c6; background: #0f2f19; }
  table.summary td.contradiction { color: #ffc9c9; background: #3d0d12; }
  table.summary td.disagreement { color: #ffe39a; background: #3a2a00; }
  table.summary td.unresolved { color: #c9d7ff; background: #17244a; }
  table.summary td.stated { color: #ddd; background: #2a2a2a; }
  table.summary td.absent { color: #bbb; }
  blockquote.evidence { background: #1e1e1e; color: #eee; border-left-color: #777; }
  mark { background: #ffe066; color: #000; }
  .match { color: #b8f0c6; }
}
)css";

// A symbol alone is terse: the cell's title spells it out, with the value or message of
// the finding that decided the cell.
std::string CellTitle(const std::string& heading, const std::string& fact, const TableCell& c) {
  std::string found = c.finding ? c.finding->found : c.value ? c.value->found : "";
  std::string message = c.finding ? c.finding->message : "";
  std::string t = heading + " — " + fact + ": ";
  switch (c.kind) {
    case CellKind::kContradiction: return t + "contradiction" + (message.empty() ? "" : " (" + message + ")");
    case CellKind::kDisagreement:
      return t + "disagrees with another source" + (found.empty() ? "" : " (says " + found + ")");
    case CellKind::kConfirmed: return t + "confirmed" + (found.empty() ? "" : " (" + found + ")");
    case CellKind::kUnresolved: return t + "unresolved" + (message.empty() ? "" : " (" + message + ")");
    case CellKind::kStated:
      return t + "stated" + (found.empty() ? "" : " (" + found + ")") + ", no rulebook value to check";
    case CellKind::kAbsent: break;
  }
  return t + "not mentioned";
}

void WriteEvent(const Report& report, const EventTable& table, std::ostream* out) {
  std::ostream& o = *out;
  const EventInfo& event = *table.event;
  o << "<section class=\"event\" id=\"" << Esc(Anchor(event.id)) << "\">\n<h2>"
    << Esc(event.title.empty() ? event.id : event.title) << " <code>" << Esc(event.id) << "</code></h2>\n";

  o << "<div class=\"table-wrap\">\n<table class=\"summary\">\n<thead>\n<tr><th scope=\"col\" "
       "class=\"fact\">Fact</th><th scope=\"col\" class=\"expected\">Rulebook</th>";
  for (const TableColumn& column : table.columns) {
    o << "<th scope=\"col\" class=\"source\" title=\"" << Esc(column.article->path) << "\">"
      << Esc(column.source);
    if (!column.file.empty()) o << "<br><span class=\"file\">" << Esc(column.file) << "</span>";
    o << "</th>";
  }
  o << "</tr>\n</thead>\n<tbody>\n";
  for (const TableRow& row : table.rows) {
    o << "<tr><th scope=\"row\"><code>" << Esc(row.fact.id) << "</code></th><td class=\"expected\">"
      << Esc(row.fact.expected) << "</td>";
    for (size_t i = 0; i < row.cells.size(); ++i) {
      const TableCell& cell = row.cells[i];
      const TableColumn& column = table.columns[i];
      // Like the heading above: a path with no file name after its last '/' adds nothing.
      std::string heading = column.file.empty() ? column.source : column.Heading();
      o << "<td class=\"" << ClassName(cell.kind) << "\" title=\""
        << Esc(CellTitle(heading, row.fact.id, cell)) << "\">" << Symbol(cell.kind)
        << "</td>";
    }
    o << "</tr>\n";
  }
  o << "</tbody>\n</table>\n</div>\n"
    << "<p class=\"legend\">Legend: <span>✔ confirmed</span> <span>✘ contradiction</span> "
       "<span>≠ sources disagree</span> <span>? unresolved</span> "
    << (table.any_stated ? "<span>• stated (no rulebook value to check)</span> " : "")
    << "<span>— not mentioned</span></p>\n";

  auto write_findings = [&](const char* status, const char* heading) {
    bool any = false;
    for (const Finding& f : report.findings) {
      if (f.event != event.id || f.status != status) continue;
      if (!any) o << "<h3>" << heading << "</h3>\n<ul class=\"items " << status << "\">\n";
      any = true;
      o << "<li><strong>" << Esc(SourceOf(report, f.path)) << "</strong> · <code>"
        << Esc(Place(f.path, f.line, f.column)) << "</code> · <code>" << Esc(f.rule) << "</code> ("
        << SeverityName(f.severity) << "): ";
      if (f.status == std::string("contradiction")) {
        o << "found <strong>" << Esc(f.found) << "</strong>, rulebook says <strong>" << Esc(f.expected)
          << "</strong>";
        if (!f.attribution.empty()) o << " <em>(" << Esc(f.attribution) << ")</em>";
      } else
        o << Esc(f.message.empty() ? "found " + f.found : f.message);
      if (!f.sentence.empty()) o << "\n<blockquote class=\"evidence\">" << Evidence(f) << "</blockquote>";
      o << "</li>\n";
    }
    if (any) o << "</ul>\n";
  };
  write_findings("contradiction", "Contradictions");
  write_findings("unresolved", "Unresolved");

  bool any = false;
  for (const Disagreement& d : report.disagreements) {
    if (d.event != event.id) continue;
    if (!any) o << "<h3>Disagreements</h3>\n<ul class=\"items disagreements\">\n";
    any = true;
    o << "<li><code>" << Esc(d.rule) << "</code> (" << SeverityName(d.severity) << "): " << Esc(d.message)
      << "\n<ul>\n";
    if (!d.diff.empty()) o << "<li>wording: <code class=\"diff\">" << Esc(d.diff) << "</code></li>\n";
    for (const DisagreementValue& v : d.values) {
      o << "<li><strong>" << Esc(v.found) << "</strong>"
        << (v.expected_match ? " <span class=\"match\">✔ matches the rulebook</span>" : "") << ": ";
      // Claims of one article together: its source once, then every place.
      for (size_t i = 0; i < v.claims.size(); ++i) {
        const ClaimRef& c = v.claims[i];
        bool same = i > 0 && v.claims[i - 1].path == c.path;
        if (i > 0) o << (same ? ", " : "; ");
        if (!same) o << Esc(SourceOf(report, c.path)) << " ";
        o << "<code>" << Esc(Place(c.path, c.line, c.column)) << "</code>";
        // The claim's words, unless they are the value itself (a quote).
        if (!c.text.empty() && c.text != v.found) o << " “" << Esc(c.text) << "”";
      }
      // The second value's diff is the wording line above; a third or later gets its own.
      if (&v - d.values.data() >= 2 && !v.diff.empty())
        o << "<br>wording against the one before: <code class=\"diff\">" << Esc(v.diff) << "</code>";
      o << "</li>\n";
    }
    o << "</ul></li>\n";
  }
  if (any) o << "</ul>\n";
  o << "</section>\n";
}

void Write(const Report& report, const ReportOptions&, std::ostream* out) {
  std::ostream& o = *out;
  o << "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
       "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
       "<title>claimcheck: discrepancy report</title>\n<style>"
    << kStyle << "</style>\n</head>\n<body>\n<h1>Discrepancy report</h1>\n<p class=\"totals\">"
    << Totals(report) << "</p>\n";

  std::vector<EventTable> tables = EventTables(report);
  for (const EventTable& table : tables) WriteEvent(report, table, out);
  if (tables.empty()) o << "<p>No article belongs to an event of the rulebooks.</p>\n";

  if (!report.errors.empty()) {
    o << "<section class=\"errors\">\n<h2>Errors</h2>\n<ul class=\"items\">\n";
    for (const FileError& e : report.errors)
      o << "<li><code>" << Esc(e.line > 0 ? Place(e.path, e.line, e.column) : e.path) << "</code>: "
        << Esc(e.message) << "</li>\n";
    o << "</ul>\n</section>\n";
  }
  o << "</body>\n</html>\n";
}

}  // namespace

extern const ReportFormat kHtmlFormat = {
    "html", "the discrepancy report as one self-contained HTML page (no scripts, no network)", &Write};

}  // namespace claimcheck
