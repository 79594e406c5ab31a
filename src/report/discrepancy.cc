#include "report/discrepancy.h"

#include <unicode/utf8.h>

#include <algorithm>
#include <cstdint>
#include <map>
#include <set>

namespace claimcheck {
namespace {

// Claims are "stated"; any other status is something the engine could not settle.
CellKind KindOf(const Finding& f) {
  if (f.status == "contradiction") return CellKind::kContradiction;
  if (f.status == "confirmed") return CellKind::kConfirmed;
  if (f.status == "stated") return CellKind::kStated;
  return CellKind::kUnresolved;
}

bool Belongs(const ArticleInfo& a, const std::string& event) {
  return std::find(a.events.begin(), a.events.end(), event) != a.events.end();
}

std::string SourceOrPath(const ArticleInfo& a) { return a.source.empty() ? a.path : a.source; }

std::vector<TableColumn> Columns(const std::vector<const ArticleInfo*>& articles) {
  std::map<std::string, int> count;
  for (const ArticleInfo* a : articles) ++count[SourceOrPath(*a)];
  std::vector<TableColumn> out;
  for (const ArticleInfo* a : articles) {
    TableColumn c{a, SourceOrPath(*a), false, ""};
    // When the source is the path already, the file name would only repeat it.
    if (count[c.source] > 1 && c.source != a->path) {
      c.shared_source = true;
      c.file = a->path.substr(a->path.find_last_of('/') + 1);
    }
    out.push_back(c);
  }
  return out;
}

std::vector<FactInfo> Facts(const Report& report, const EventInfo& event) {
  std::vector<FactInfo> facts = event.facts;
  std::set<std::string> known;
  for (const FactInfo& f : facts) known.insert(f.id);
  for (const std::vector<Finding>* list : {&report.findings, &report.claims})
    for (const Finding& f : *list)
      if (f.event == event.id && known.insert(f.fact).second)
        facts.push_back({f.fact, f.kind, f.expected, f.severity});
  for (const Disagreement& d : report.disagreements)
    if (d.event == event.id && known.insert(d.fact).second) {
      std::string expected;
      for (const DisagreementValue& v : d.values)
        if (v.expected_match) expected = v.found;
      facts.push_back({d.fact, d.kind, expected, d.severity});
    }
  for (FactInfo& f : facts)
    if (f.expected.empty()) f.expected = "unknown";
  return facts;
}

EventTable Table(const Report& report, const EventInfo& event,
                 const std::vector<const ArticleInfo*>& articles) {
  // cells[fact][article path]: a finding whose article is no column of the event is
  // simply never looked up.
  std::map<std::string, std::map<std::string, TableCell>> cells;
  auto raise = [&](const std::string& fact, const std::string& path, TableCell c) {
    TableCell& cell = cells[fact][path];
    if (c.kind > cell.kind) cell = c;  // strictly: the first of the winning kind explains the cell
  };
  for (const std::vector<Finding>* list : {&report.findings, &report.claims})
    for (const Finding& f : *list)
      if (f.event == event.id) raise(f.fact, f.path, {KindOf(f), &f, nullptr});
  // Where some value differs from the rulebook, that value is the disagreement
  // and a source with the rulebook's value keeps its own cell (✔); where every
  // value is consistent with the rulebook, the sources still differ from each
  // other, and all of them show it.
  for (const Disagreement& d : report.disagreements) {
    if (d.event != event.id) continue;
    const bool all_consistent =
        std::all_of(d.values.begin(), d.values.end(), [](const DisagreementValue& v) { return v.expected_match; });
    for (const DisagreementValue& v : d.values)
      if (!v.expected_match || all_consistent)
        for (const ClaimRef& c : v.claims) raise(d.fact, c.path, {CellKind::kDisagreement, nullptr, &v});
  }

  EventTable table;
  table.event = &event;
  table.columns = Columns(articles);
  for (FactInfo& fact : Facts(report, event)) {
    TableRow row{std::move(fact), {}};
    auto found = cells.find(row.fact.id);
    for (const TableColumn& column : table.columns) {
      TableCell cell;
      if (found != cells.end()) {
        auto it = found->second.find(column.article->path);
        if (it != found->second.end()) cell = it->second;
      }
      table.any_stated = table.any_stated || cell.kind == CellKind::kStated;
      row.cells.push_back(cell);
    }
    table.rows.push_back(std::move(row));
  }
  return table;
}

}  // namespace

const char* Symbol(CellKind k) {
  switch (k) {
    case CellKind::kContradiction: return "✘";
    case CellKind::kDisagreement: return "≠";
    case CellKind::kConfirmed: return "✔";
    case CellKind::kStated: return "•";
    case CellKind::kUnresolved: return "?";
    case CellKind::kAbsent: break;
  }
  return "—";
}

const char* ClassName(CellKind k) {
  switch (k) {
    case CellKind::kContradiction: return "contradiction";
    case CellKind::kDisagreement: return "disagreement";
    case CellKind::kConfirmed: return "confirmed";
    case CellKind::kStated: return "stated";
    case CellKind::kUnresolved: return "unresolved";
    case CellKind::kAbsent: break;
  }
  return "absent";
}

std::string TableColumn::Heading() const { return shared_source ? source + " · " + file : source; }

std::vector<EventTable> EventTables(const Report& report) {
  std::vector<EventTable> tables;
  for (const EventInfo& event : report.events) {
    std::vector<const ArticleInfo*> articles;
    for (const ArticleInfo& a : report.articles)
      if (Belongs(a, event.id)) articles.push_back(&a);
    if (!articles.empty()) tables.push_back(Table(report, event, articles));
  }
  return tables;
}

std::string Totals(const Report& report) {
  size_t contradictions = 0, confirmed = 0, unresolved = 0;
  for (const Finding& f : report.findings) {
    if (f.status == "contradiction") ++contradictions;
    else if (f.status == "confirmed") ++confirmed;
    else ++unresolved;
  }
  auto count = [](size_t n, const char* one, const char* many) {
    return std::to_string(n) + " " + (n == 1 ? one : many);
  };
  return count(report.articles.size(), "article", "articles") + ": " +
         count(contradictions, "contradiction", "contradictions") + ", " + std::to_string(confirmed) +
         " confirmed, " + std::to_string(unresolved) + " unresolved, " +
         count(report.disagreements.size(), "disagreement", "disagreements") + ", " +
         count(report.errors.size(), "error", "errors");
}

std::string SourceOf(const Report& report, const std::string& path) {
  for (const ArticleInfo& a : report.articles)
    if (a.path == path) return SourceOrPath(a);
  return path;
}

std::string Place(const std::string& path, int line, int column) {
  return path + ":" + std::to_string(line) + ":" + std::to_string(column);
}

size_t SpanOffset(const Finding& f) {
  if (f.text.empty() || f.sentence.empty()) return std::string::npos;
  if (f.sentence_line > 0 && f.sentence_column > 0 && f.line > 0 && f.column > 0) {
    // Columns count code points, as the engine counts them: a trail byte moves none.
    int line = f.sentence_line, column = f.sentence_column;
    for (size_t i = 0; i <= f.sentence.size(); ++i) {
      unsigned char c = i < f.sentence.size() ? static_cast<unsigned char>(f.sentence[i]) : 0;
      if (i < f.sentence.size() && (c & 0xC0) == 0x80) continue;
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

std::string ValidUtf8(std::string_view s, ControlPolicy control, bool per_step) {
  std::string out;
  out.reserve(s.size());
  const auto* bytes = reinterpret_cast<const uint8_t*>(s.data());
  const auto length = static_cast<int32_t>(s.size());
  for (int32_t i = 0; i < length;) {
    int32_t start = i;
    UChar32 c;
    U8_NEXT(bytes, i, length, c);
    if (c < 0) {
      // One U+FFFD per bad byte rather than per ill-formed sequence: the reports
      // have always counted them that way, and their output must not shift.
      out += "\xEF\xBF\xBD";
      if (!per_step) i = start + 1;
    } else if (c < 0x20 || c == 0x7F) {
      control(static_cast<char>(c), i < length ? s[static_cast<size_t>(i)] : '\0', &out);
    } else {
      out.append(s.substr(static_cast<size_t>(start), static_cast<size_t>(i - start)));
    }
  }
  return out;
}

std::string MarkupEscape(std::string_view raw, ControlPolicy control) {
  std::string s = ValidUtf8(raw, control), out;
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

}  // namespace claimcheck
