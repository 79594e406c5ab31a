// The discrepancy report's model, shared by its Markdown and HTML formats so that
// both show the same table: per event, a fact × source grid of cells, each cell
// summing up what one source says about one fact. The formats keep only their
// escaping, layout and style.
//
// Example:
//   for (const EventTable& t : EventTables(report))
//     for (const TableRow& row : t.rows)
//       for (const TableCell& cell : row.cells) out << Symbol(cell.kind);
#ifndef CLAIMCHECK_REPORT_DISCREPANCY_H_
#define CLAIMCHECK_REPORT_DISCREPANCY_H_

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "claimcheck/report.h"

namespace claimcheck {

// In rising order of precedence: a contradiction outweighs everything else a source
// says about the fact, and silence outweighs nothing. kStated is a claim about a slot
// (a fact the rulebook gives no value for) that no other source disputes: mentioned,
// with nothing to check it against.
enum class CellKind { kAbsent, kUnresolved, kStated, kConfirmed, kDisagreement, kContradiction };

// The symbol a reader sees: ✘ ≠ ✔ • ? —, from kContradiction down to kAbsent.
const char* Symbol(CellKind k);
// A name for styling: "contradiction", "disagreement", "confirmed", "stated",
// "unresolved", "absent".
const char* ClassName(CellKind k);

// What one source says about one fact, and what decided it: the first finding or
// claim of the winning kind, or, for kDisagreement, the disputed value this source
// gave. Both null for kAbsent. The pointers point into the Report the table was
// built from.
struct TableCell {
  CellKind kind = CellKind::kAbsent;
  const Finding* finding = nullptr;
  const DisagreementValue* value = nullptr;
};

// One article of the event. When another article of the event has the same source
// (drafts of one outlet), `shared_source` is set and `file` holds the file name (what
// follows the last '/' of the path, possibly ""), so the columns can be told apart.
struct TableColumn {
  const ArticleInfo* article = nullptr;
  std::string source;  // the article's source, or its path when it names none
  bool shared_source = false;
  std::string file;
  // "source", or "source · file" when the source is shared.
  std::string Heading() const;
};

struct TableRow {
  FactInfo fact;                  // `expected` is "unknown" when the rulebook has no value
  std::vector<TableCell> cells;   // one per column, in column order
};

struct EventTable {
  const EventInfo* event = nullptr;
  std::vector<TableColumn> columns;  // the event's articles, in report order
  // The rulebook's facts in order, then any fact a finding, claim or disagreement
  // names that the rulebook's list lacks (a report built by hand, an older rulebook).
  std::vector<TableRow> rows;
  bool any_stated = false;  // some cell is kStated
};

// One table per event of the report that at least one article belongs to, in
// report order. Points into `report`, which must outlive the tables.
std::vector<EventTable> EventTables(const Report& report);

// "N articles: N contradictions, N confirmed, N unresolved, N disagreements,
// N errors" (singular where the count is 1); plain text, nothing to escape.
std::string Totals(const Report& report);

// The source of the article at `path`; its path when it names none or is unknown.
std::string SourceOf(const Report& report, const std::string& path);

// "path:line:column".
std::string Place(const std::string& path, int line, int column);

// The byte offset of f.text in f.sentence where the finding was found (a word that
// occurs twice is marked at the right one), the first occurrence when positions are
// missing, npos when the text is not in the sentence.
size_t SpanOffset(const Finding& f);

// Appends what a format writes for the ASCII control character `c` (U+0000..U+001F
// or U+007F); `next` is the byte after it ('\0' at the end), so CR LF can count as
// one line break.
using ControlPolicy = void (*)(char c, char next, std::string* out);

// `s` as well-formed UTF-8, whatever came in: each byte of an ill-formed sequence
// becomes U+FFFD (with `per_step`, each step of ICU's decoder over it, as
// LineIndex counts columns), each ASCII control character goes through
// `control`, everything else is copied as is.
std::string ValidUtf8(std::string_view s, ControlPolicy control, bool per_step = false);

// `raw` as XML/HTML text or attribute value: made ValidUtf8 with `control`, then
// & < > " ' escaped (the apostrophe as &#39;, which HTML 4 and XML both read).
std::string MarkupEscape(std::string_view raw, ControlPolicy control);

}  // namespace claimcheck

#endif  // CLAIMCHECK_REPORT_DISCREPANCY_H_
