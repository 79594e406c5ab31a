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
// A cell sums up every finding of (fact, article): contradiction ✘ wins over ≠ (the
// article is part of a disagreement on the fact), over ✔ confirmed, over • stated, over
// ? unresolved; — when the article makes no claim on the fact. "stated" is a claim about
// a slot (a fact the rulebook gives no value for, Report::claims) that no other source
// disputes: mentioned, with nothing to check it against.
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

Cell FindingCell(const Finding& f) {
  if (f.status == "contradiction") return Cell::kContradiction;
  if (f.status == "confirmed") return Cell::kConfirmed;
  if (f.status == "stated") return Cell::kStated;
  return Cell::kUnresolved;
}

// ---- escaping -----------------------------------------------------------------------

// Valid UTF-8 on one line: an invalid byte (the engine reports those, never fails on
// them) becomes U+FFFD; line breaks and tabs (a sentence may span lines of the file)
// become spaces, since every piece of text here sits inside one table cell, list item
// or quote line; other control characters become '?'.
std::string OneLine(std::string_view s) {
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
    if (c == '\r' && i + 1 < s.size() && s[i + 1] == '\n') {
      ++i;  // CRLF: one space, from the LF
    } else if (c == '\n' || c == '\r' || c == '\t') {
      out += ' ';
      ++i;
    } else if (c < 0x20 || c == 0x7F) {
      out += '?';
      ++i;
    } else {
      out.append(s.substr(i, n));
      i += n;
    }
  }
  return out;
}

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

std::string Place(const std::string& path, int line, int column) {
  return path + ":" + std::to_string(line) + ":" + std::to_string(column);
}

// ---- the span inside its sentence ---------------------------------------------------

// Where the finding's text starts in its sentence: walked by line and column (code
// points, 1-based) from the sentence's own start, so a word that occurs twice is
// highlighted where it was found; the first occurrence when positions are missing.
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

// ---- the report ---------------------------------------------------------------------

std::string SourceOf(const Report& report, const std::string& path) {
  for (const ArticleInfo& a : report.articles)
    if (a.path == path) return a.source.empty() ? a.path : a.source;
  return path;
}

// A column's heading: the article's source; when two articles of the event share a
// source (drafts of one outlet), the file name too, so the columns can be told apart.
std::vector<std::string> Headings(const std::vector<const ArticleInfo*>& articles) {
  std::map<std::string, int> count;
  for (const ArticleInfo* a : articles) ++count[a->source.empty() ? a->path : a->source];
  std::vector<std::string> out;
  for (const ArticleInfo* a : articles) {
    std::string h = a->source.empty() ? a->path : a->source;
    if (count[h] > 1 && h != a->path) h += " · " + a->path.substr(a->path.find_last_of('/') + 1);
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

void WriteEvent(const Report& report, const EventInfo& event,
                const std::vector<const ArticleInfo*>& articles, std::ostream* out) {
  std::ostream& o = *out;
  o << "## " << Escape(event.title.empty() ? event.id : event.title) << " (" << Code(event.id) << ")\n\n";

  // cells[fact][article path]
  std::vector<FactInfo> facts = Facts(report, event);
  std::map<std::string, std::map<std::string, Cell>> cells;
  auto raise = [&](const std::string& fact, const std::string& path, Cell c) {
    Cell& cell = cells[fact][path];
    cell = std::max(cell, c);
  };
  for (const Finding& f : report.findings)
    if (f.event == event.id) raise(f.fact, f.path, FindingCell(f));
  for (const Finding& f : report.claims)
    if (f.event == event.id) raise(f.fact, f.path, FindingCell(f));
  for (const Disagreement& d : report.disagreements)
    if (d.event == event.id)
      for (const DisagreementValue& v : d.values)
        for (const ClaimRef& c : v.claims) raise(d.fact, c.path, Cell::kDisagreement);

  o << "| Fact | Rulebook |";
  for (const std::string& heading : Headings(articles)) o << " " << Escape(heading) << " |";
  o << "\n| --- | --- |";
  bool any_stated = false;
  for (size_t i = 0; i < articles.size(); ++i) o << " :-: |";
  o << "\n";
  for (const FactInfo& fact : facts) {
    o << "| " << TableCode(fact.id) << " | " << Escape(fact.expected.empty() ? "unknown" : fact.expected)
      << " |";
    for (const ArticleInfo* a : articles) {
      Cell c = Cell::kAbsent;
      auto row = cells.find(fact.id);
      if (row != cells.end()) {
        auto it = row->second.find(a->path);
        if (it != row->second.end()) c = it->second;
      }
      any_stated = any_stated || c == Cell::kStated;
      o << " " << Symbol(c) << " |";
    }
    o << "\n";
  }
  o << "\nLegend: ✔ confirmed · ✘ contradiction · ≠ sources disagree · ? unresolved · "
    << (any_stated ? "• stated (no rulebook value to check) · " : "") << "— not mentioned\n";

  auto write_findings = [&](const char* status, const char* heading) {
    bool any = false;
    for (const Finding& f : report.findings) {
      if (f.event != event.id || f.status != status) continue;
      if (!any) o << "\n### " << heading << "\n\n";
      any = true;
      o << "- **" << Escape(SourceOf(report, f.path)) << "** · " << Code(Place(f.path, f.line, f.column))
        << " · " << Code(f.rule) << " (" << SeverityName(f.severity) << "): ";
      if (f.status == std::string("contradiction"))
        o << "found " << Escape(f.found) << ", rulebook says " << Escape(f.expected);
      else
        o << Escape(f.message.empty() ? "found " + f.found : f.message);
      if (f.attributed) o << " *(attributed: inside a quotation)*";
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
    }
  }
}

void Write(const Report& report, const ReportOptions&, std::ostream* out) {
  std::ostream& o = *out;
  size_t contradictions = 0, confirmed = 0, unresolved = 0;
  for (const Finding& f : report.findings) {
    if (f.status == "contradiction") ++contradictions;
    else if (f.status == "confirmed") ++confirmed;
    else ++unresolved;
  }
  o << "# Discrepancy report\n\n"
    << report.articles.size() << (report.articles.size() == 1 ? " article" : " articles") << ": "
    << contradictions << " contradiction" << (contradictions == 1 ? "" : "s") << ", " << confirmed
    << " confirmed, " << unresolved << " unresolved, " << report.disagreements.size() << " disagreement"
    << (report.disagreements.size() == 1 ? "" : "s") << ", " << report.errors.size() << " error"
    << (report.errors.size() == 1 ? "" : "s") << "\n";

  bool any_event = false;
  for (const EventInfo& event : report.events) {
    std::vector<const ArticleInfo*> articles;
    for (const ArticleInfo& a : report.articles)
      if (Belongs(a, event.id)) articles.push_back(&a);
    if (articles.empty()) continue;
    any_event = true;
    o << "\n";
    WriteEvent(report, event, articles, out);
  }
  if (!any_event) o << "\nNo article belongs to an event of the rulebooks.\n";

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
