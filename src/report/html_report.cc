// HTML: the discrepancy report as ONE self-contained page (inline <style> only: no
// script, no external resource, nothing fetched), readable on a phone.
//
// The same content as the Markdown report: per event that an article belongs to, a
// fact × source table (<table class="summary">, one <th> per article's source, one
// <td> per cell whose class names the status and whose text is the symbol, with a
// title explaining it), a legend, then the contradictions and unresolved claims with
// their evidence sentence (the span in <mark>), the disagreements with every value and
// the sources behind it; then the errors. Colour helps but never carries the meaning
// alone: the symbols do. Deterministic: everything in report order.
#include <algorithm>
#include <map>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "claimcheck/report.h"

namespace claimcheck {
namespace {

// ---- cells --------------------------------------------------------------------------

// In rising order of precedence: the highest finding of a cell decides it. kStated is
// a claim about a slot (a fact with no verified value) that no other source disputes.
enum class Cell { kAbsent, kUnresolved, kStated, kConfirmed, kDisagreement, kContradiction };

const char* Symbol(Cell c) {
  switch (c) {
    case Cell::kContradiction: return "✘";
    case Cell::kDisagreement: return "≠";
    case Cell::kConfirmed: return "✔";
    case Cell::kStated: return "•";
    case Cell::kUnresolved: return "?";
    case Cell::kAbsent: break;
  }
  return "—";
}

const char* ClassName(Cell c) {
  switch (c) {
    case Cell::kContradiction: return "contradiction";
    case Cell::kDisagreement: return "disagreement";
    case Cell::kConfirmed: return "confirmed";
    case Cell::kStated: return "stated";
    case Cell::kUnresolved: return "unresolved";
    case Cell::kAbsent: break;
  }
  return "absent";
}

Cell FindingCell(const Finding& f) {
  if (f.status == "contradiction") return Cell::kContradiction;
  if (f.status == "confirmed") return Cell::kConfirmed;
  if (f.status == "stated") return Cell::kStated;
  return Cell::kUnresolved;
}

// ---- escaping -----------------------------------------------------------------------

// Valid UTF-8 out whatever came in: an invalid byte (the engine reports those, never
// fails on them) becomes U+FFFD, so the page declared utf-8 is utf-8.
std::string ValidUtf8(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  size_t i = 0;
  while (i < s.size()) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    size_t n = c < 0x80 ? 1 : (c >> 5) == 0x6 ? 2 : (c >> 4) == 0xE ? 3 : (c >> 3) == 0x1E ? 4 : 0;
    bool ok = n > 0 && i + n <= s.size();
    for (size_t k = 1; ok && k < n; ++k) ok = (static_cast<unsigned char>(s[i + k]) & 0xC0) == 0x80;
    if (ok && n == 2) ok = c >= 0xC2;
    if (ok && n == 3) {
      unsigned char c1 = static_cast<unsigned char>(s[i + 1]);
      ok = !(c == 0xE0 && c1 < 0xA0) && !(c == 0xED && c1 >= 0xA0);
    }
    if (ok && n == 4) {
      unsigned char c1 = static_cast<unsigned char>(s[i + 1]);
      ok = c <= 0xF4 && !(c == 0xF0 && c1 < 0x90) && !(c == 0xF4 && c1 >= 0x90);
    }
    if (!ok) {
      out += "\xEF\xBF\xBD";
      ++i;
      continue;
    }
    if (n == 1 && c < 0x20 && c != '\n' && c != '\t') {
      out += c == '\r' ? ' ' : '?';  // no control characters in the page
    } else {
      out.append(s.substr(i, n));
    }
    i += n;
  }
  return out;
}

// Text and attribute values alike: & < > " ' escaped.
std::string Esc(std::string_view raw) {
  std::string s = ValidUtf8(raw), out;
  out.reserve(s.size() + 16);
  for (char c : s) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\'': out += "&#39;"; break;
      default: out += c;
    }
  }
  return out;
}

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

std::string Place(const std::string& path, int line, int column) {
  return path + ":" + std::to_string(line) + ":" + std::to_string(column);
}

// ---- the span inside its sentence ---------------------------------------------------

// Where the finding's text starts in its sentence: walked by line and column (code
// points, 1-based) from the sentence's own start, so a word that occurs twice is
// marked where it was found; the first occurrence when positions are missing.
size_t SpanOffset(const Finding& f) {
  if (f.text.empty() || f.sentence.empty()) return std::string::npos;
  if (f.sentence_line > 0 && f.sentence_column > 0 && f.line > 0 && f.column > 0) {
    int line = f.sentence_line, column = f.sentence_column;
    for (size_t i = 0; i <= f.sentence.size(); ++i) {
      unsigned char c = i < f.sentence.size() ? static_cast<unsigned char>(f.sentence[i]) : 0;
      if (i < f.sentence.size() && (c & 0xC0) == 0x80) continue;  // inside a code point
      if (line == f.line && column == f.column) {
        if (f.sentence.compare(i, f.text.size(), f.text) == 0) return i;
        break;
      }
      if (i == f.sentence.size()) break;
      if (c == '\n') {
        ++line;
        column = 1;
      } else {
        ++column;
      }
    }
  }
  return f.sentence.find(f.text);
}

std::string Evidence(const Finding& f) {
  size_t at = SpanOffset(f);
  if (at == std::string::npos) return Esc(f.sentence);
  return Esc(f.sentence.substr(0, at)) + "<mark>" + Esc(f.text) + "</mark>" +
         Esc(f.sentence.substr(at + f.text.size()));
}

// ---- the page -----------------------------------------------------------------------

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
.attributed { font-style: italic; }
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

std::string SourceOf(const Report& report, const std::string& path) {
  for (const ArticleInfo& a : report.articles)
    if (a.path == path) return a.source.empty() ? a.path : a.source;
  return path;
}

// A column's heading: the article's source; when two articles of the event share a
// source (drafts of one outlet), the file name too, so the columns can be told apart.
struct Heading {
  std::string source;
  std::string file;  // "" unless needed to tell columns apart
  std::string Text() const { return file.empty() ? source : source + " · " + file; }
};

std::vector<Heading> Headings(const std::vector<const ArticleInfo*>& articles) {
  std::map<std::string, int> count;
  for (const ArticleInfo* a : articles) ++count[a->source.empty() ? a->path : a->source];
  std::vector<Heading> out;
  for (const ArticleInfo* a : articles) {
    Heading h{a->source.empty() ? a->path : a->source, ""};
    if (count[h.source] > 1 && h.source != a->path) h.file = a->path.substr(a->path.find_last_of('/') + 1);
    out.push_back(h);
  }
  return out;
}

bool Belongs(const ArticleInfo& a, const std::string& event) {
  return std::find(a.events.begin(), a.events.end(), event) != a.events.end();
}

// The event's facts in rulebook order, then any fact a finding or disagreement names
// that the rulebook's list lacks (a report built by hand, an older rulebook).
std::vector<FactInfo> Facts(const Report& report, const EventInfo& event) {
  std::vector<FactInfo> facts = event.facts;
  std::set<std::string> known;
  for (const FactInfo& f : facts) known.insert(f.id);
  for (const std::vector<Finding>* list : {&report.findings, &report.claims})
    for (const Finding& f : *list)
      if (f.event == event.id && known.insert(f.fact).second)
        facts.push_back({f.fact, f.kind, f.expected.empty() ? "unknown" : f.expected, f.severity});
  for (const Disagreement& d : report.disagreements)
    if (d.event == event.id && known.insert(d.fact).second) {
      std::string expected = "unknown";
      for (const DisagreementValue& v : d.values)
        if (v.expected_match) expected = v.found;
      facts.push_back({d.fact, d.kind, expected, d.severity});
    }
  return facts;
}

struct CellInfo {
  Cell cell = Cell::kAbsent;
  std::string found;  // of the finding that decided the cell
  std::string message;
};

std::string CellTitle(const std::string& source, const std::string& fact, const CellInfo& c) {
  std::string t = source + " — " + fact + ": ";
  switch (c.cell) {
    case Cell::kContradiction: return t + "contradiction" + (c.message.empty() ? "" : " (" + c.message + ")");
    case Cell::kDisagreement:
      return t + "disagrees with another source" + (c.found.empty() ? "" : " (says " + c.found + ")");
    case Cell::kConfirmed: return t + "confirmed" + (c.found.empty() ? "" : " (" + c.found + ")");
    case Cell::kUnresolved: return t + "unresolved" + (c.message.empty() ? "" : " (" + c.message + ")");
    case Cell::kStated:
      return t + "stated" + (c.found.empty() ? "" : " (" + c.found + ")") + ", no rulebook value to check";
    case Cell::kAbsent: break;
  }
  return t + "not mentioned";
}

void WriteEvent(const Report& report, const EventInfo& event,
                const std::vector<const ArticleInfo*>& articles, std::ostream* out) {
  std::ostream& o = *out;
  o << "<section class=\"event\" id=\"" << Esc(Anchor(event.id)) << "\">\n<h2>"
    << Esc(event.title.empty() ? event.id : event.title) << " <code>" << Esc(event.id) << "</code></h2>\n";

  std::vector<FactInfo> facts = Facts(report, event);
  std::map<std::string, std::map<std::string, CellInfo>> cells;  // [fact][article path]
  auto raise = [&](const std::string& fact, const std::string& path, Cell c, const std::string& found,
                   const std::string& message) {
    CellInfo& cell = cells[fact][path];
    if (c > cell.cell) cell = {c, found, message};
  };
  for (const std::vector<Finding>* list : {&report.findings, &report.claims})
    for (const Finding& f : *list)
      if (f.event == event.id) raise(f.fact, f.path, FindingCell(f), f.found, f.message);
  for (const Disagreement& d : report.disagreements)
    if (d.event == event.id)
      for (const DisagreementValue& v : d.values)
        for (const ClaimRef& c : v.claims) raise(d.fact, c.path, Cell::kDisagreement, v.found, "");

  o << "<div class=\"table-wrap\">\n<table class=\"summary\">\n<thead>\n<tr><th scope=\"col\" "
       "class=\"fact\">Fact</th><th scope=\"col\" class=\"expected\">Rulebook</th>";
  std::vector<Heading> headings = Headings(articles);
  for (size_t i = 0; i < articles.size(); ++i) {
    o << "<th scope=\"col\" class=\"source\" title=\"" << Esc(articles[i]->path) << "\">"
      << Esc(headings[i].source);
    if (!headings[i].file.empty()) o << "<br><span class=\"file\">" << Esc(headings[i].file) << "</span>";
    o << "</th>";
  }
  o << "</tr>\n</thead>\n<tbody>\n";
  bool any_stated = false;
  for (const FactInfo& fact : facts) {
    o << "<tr><th scope=\"row\"><code>" << Esc(fact.id) << "</code></th><td class=\"expected\">"
      << Esc(fact.expected.empty() ? "unknown" : fact.expected) << "</td>";
    for (size_t i = 0; i < articles.size(); ++i) {
      const ArticleInfo* a = articles[i];
      CellInfo c;
      auto row = cells.find(fact.id);
      if (row != cells.end()) {
        auto it = row->second.find(a->path);
        if (it != row->second.end()) c = it->second;
      }
      any_stated = any_stated || c.cell == Cell::kStated;
      o << "<td class=\"" << ClassName(c.cell) << "\" title=\""
        << Esc(CellTitle(headings[i].Text(), fact.id, c)) << "\">" << Symbol(c.cell)
        << "</td>";
    }
    o << "</tr>\n";
  }
  o << "</tbody>\n</table>\n</div>\n"
    << "<p class=\"legend\">Legend: <span>✔ confirmed</span> <span>✘ contradiction</span> "
       "<span>≠ sources disagree</span> <span>? unresolved</span> "
    << (any_stated ? "<span>• stated (no rulebook value to check)</span> " : "")
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
      if (f.status == std::string("contradiction"))
        o << "found <strong>" << Esc(f.found) << "</strong>, rulebook says <strong>" << Esc(f.expected)
          << "</strong>";
      else
        o << Esc(f.message.empty() ? "found " + f.found : f.message);
      if (f.attributed) o << " <span class=\"attributed\">(attributed: inside a quotation)</span>";
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
      o << "</li>\n";
    }
    o << "</ul></li>\n";
  }
  if (any) o << "</ul>\n";
  o << "</section>\n";
}

void Write(const Report& report, const ReportOptions&, std::ostream* out) {
  std::ostream& o = *out;
  size_t contradictions = 0, confirmed = 0, unresolved = 0;
  for (const Finding& f : report.findings) {
    if (f.status == "contradiction") ++contradictions;
    else if (f.status == "confirmed") ++confirmed;
    else ++unresolved;
  }
  o << "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
       "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
       "<title>claimcheck: discrepancy report</title>\n<style>"
    << kStyle << "</style>\n</head>\n<body>\n<h1>Discrepancy report</h1>\n<p class=\"totals\">"
    << report.articles.size() << (report.articles.size() == 1 ? " article" : " articles") << ": "
    << contradictions << " contradiction" << (contradictions == 1 ? "" : "s") << ", " << confirmed
    << " confirmed, " << unresolved << " unresolved, " << report.disagreements.size() << " disagreement"
    << (report.disagreements.size() == 1 ? "" : "s") << ", " << report.errors.size() << " error"
    << (report.errors.size() == 1 ? "" : "s") << "</p>\n";

  bool any_event = false;
  for (const EventInfo& event : report.events) {
    std::vector<const ArticleInfo*> articles;
    for (const ArticleInfo& a : report.articles)
      if (Belongs(a, event.id)) articles.push_back(&a);
    if (articles.empty()) continue;
    any_event = true;
    WriteEvent(report, event, articles, out);
  }
  if (!any_event) o << "<p>No article belongs to an event of the rulebooks.</p>\n";

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
