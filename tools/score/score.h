// Scoring claimcheck's extraction against peer test cases (shared/peer/*.jsonl,
// described in shared/peer/README.md). The executable is tools/score/score.cc
// (`claimcheck_score`); the logic lives here so tests/score_test.cc can check the
// matching rules on inputs of its own.
//
// Three levels per expected mention, each counted over the expected mentions of
// one expected type, separately for cases with dotnet_supported true and false:
//   span    some produced mention (any type) overlaps the expected byte span
//   exact   some produced mention has exactly the expected byte span
//   value   some overlapping produced mention of a compatible type has a value
//           equal to one of the expected readings (ValueMatches below)
// plus "false mentions": among cases expecting nothing, the share where any
// mention was produced; and "false mentions (in domain)": the share where a
// mention was produced whose type could carry the value of a type the same
// source expects somewhere (CompatibleTypes). The source is the case's id up to
// "#", the peer's model file (its number range model, say); a
// source that expects nothing anywhere stands for the whole file. The peer's
// `expected: []` is per model: a datetime case expecting nothing may rightly hold
// a number ("two to four people"), a number case a date, and a range model's
// case rules out a range, not the number in it ("one-fifth is a fraction"), so
// only the second figure says what a "nothing here" case really rules out.
//
// Value matching rules (what is accepted from the peer data):
//   date, daterange  expected readings are `value` (a day), `range_start` /
//                    `range_end`, and every entry of `values` (`value`, or
//                    `start` / `end`). A produced date or daterange is read as a
//                    closed interval of days: "1833" is [1833-01-01, 1833-12-31],
//                    "1833-04" [1833-04-01, 1833-04-30], "A/B" [first day of A,
//                    last day of B]. An expected range matches when its start is
//                    that first day and its end is the last day (inclusive) or the
//                    day after (exclusive) — so a whole year or month matches
//                    [Y-01-01, Y+1-01-01). When the produced END of a daterange
//                    has month or year precision, the first day of that period is
//                    accepted too: the peer writes a range from one month to
//                    another as [first day of the first, first day of the last],
//                    and "1761 to 1765" as [1761-01-01, 1765-01-01] (its
//                    convention for ranges of whole periods; a whole period alone
//                    still ends on the next one). An open side (null in the peer
//                    data, "" in claimcheck's value) matches only an open side. An
//                    expected date (a day) matches only a produced date of day
//                    precision.
//                    Compatible types: date <- date; daterange <- daterange, date.
//   number           numeric. In files whose lang is not "en" a "," in the
//                    expected value is the decimal mark ("6,35" = 6.35); in "en" it
//                    would be a thousands separator (the data has none). An
//                    expected plain integer must be equal exactly; anything with a
//                    fraction or an exponent ("7E-11", "0,0588235294") within a
//                    relative 1e-9 (claimcheck prints 10 significant digits).
//   numberrange      expected interval notation "[4,9)", "(,16]", "(70,)" (dot
//                    decimals, in the Spanish file too); produced "LOW/HIGH". Each
//                    side numerically, an empty side only with an empty side.
//                    Bracket kinds (inclusive or not) are not compared: claimcheck's
//                    value does not carry them.
//   percentage       the number before "%", as for number; "null" is no reading.
//   ordinal          numeric. ordinal.relative values (an anchor and an offset,
//                    not a number) are compared as strings with the produced
//                    ordinal value, so they practically never match (scored,
//                    expected to be low).
//   duration         expected `value` is seconds; produced ISO 8601 is converted
//                    with Y = 365 days, M = 30 days, W = 7 days (the peer's
//                    convention), or with M = 365/12 days (claimcheck writes
//                    two and a half years as P30M, the peer as 2.5 x 365 days);
//                    also equal when the ISO string equals an expected `timex`.
//   anything else    (datetime, time, timerange, datetimerange, set, timezone,
//                    unknown) is scored for span only.
// Expected mentions with no reading at all ("not resolved", "null") are left out
// of the value denominator (`value_n` counts those that have one).
#ifndef CLAIMCHECK_TOOLS_SCORE_SCORE_H_
#define CLAIMCHECK_TOOLS_SCORE_SCORE_H_

#include <cstddef>
#include <functional>
#include <istream>
#include <map>
#include <nlohmann/json.hpp>
#include <string>
#include <string_view>
#include <vector>

namespace claimcheck::score {

// One mention produced by the system under test.
struct Produced {
  size_t start = 0;  // UTF-8 bytes, half-open
  size_t end = 0;
  std::string type;
  std::string value;  // "" when unresolved
};

// Produces the mentions of one record: its text, lang and ref ("" when null).
using Extractor = std::function<std::vector<Produced>(const std::string& text, const std::string& lang,
                                                      const std::string& ref)>;

// claimcheck::ExtractMentions, called the way `claimcheck extract --jsonl` calls it.
Extractor ClaimcheckExtractor();

struct Counts {
  int n = 0;        // expected mentions
  int span = 0;     // overlapped by a produced mention
  int exact = 0;    // produced mention with the same span
  int value_n = 0;  // of n: value-scored type with at least one reading
  int value_ok = 0;
};

struct EmptyCases {
  int cases = 0;        // cases with expected == []
  int with_output = 0;  // of those: something was produced
  int in_domain = 0;    // of those: something of a type the case's source expects elsewhere
};

struct FileScore {
  std::string name;  // file name without directories
  std::string lang;  // of the first record
  int cases = 0;
  // [0]: dotnet_supported true, [1]: false. Keyed by expected type.
  std::map<std::string, Counts> types[2];
  EmptyCases empty[2];
};

// A figure the project tracks, computed over the dotnet_supported cases.
struct Metric {
  std::string name;  // "date+daterange", "number+numberrange", "ordinal", "percentage",
                     // "duration", "false mentions", "false mentions (in domain)"
  double value = 0;  // percent
  bool lower_is_better = false;  // the false mentions
};

// True for the expected types whose value is scored.
bool ValueScored(std::string_view expected_type);
// True when `produced_type` may carry the value of `expected_type`.
bool CompatibleTypes(std::string_view expected_type, std::string_view produced_type);
// True when the expected item (one entry of a record's `expected`) has a reading
// that the rules above can read; `lang` is the record's language.
bool HasReading(const nlohmann::json& expected, std::string_view lang);
// True when `p` (already known to overlap) matches one of the readings of `expected`;
// `lang` is the record's language (decimal convention).
bool ValueMatches(const nlohmann::json& expected, const Produced& p, std::string_view lang);

// Parses a decimal number ("6,35" with comma_decimal), "" or garbage -> false.
bool ParseNumber(std::string_view s, bool comma_decimal, double* out);
// ISO 8601 duration -> seconds (Y 365 d, M `month_days` d, W 7 d). False when
// unreadable.
bool DurationSeconds(std::string_view iso, double* out, double month_days = 30);

// Scores one JSONL stream. Lines that are not JSON objects are skipped and
// counted in *bad_lines (may be null).
FileScore ScoreStream(std::istream& in, const std::string& name, const Extractor& extract,
                      int* bad_lines = nullptr);

// The tracked figures of one file (only those the file has cases for).
std::vector<Metric> TrackedMetrics(const FileScore& f);

// Floors: {"_comment": ..., "<file name>": {"<metric>": number, ...}, ...}. A
// metric with lower_is_better has a ceiling instead (the figure must not exceed
// it). Returns one line per figure out of bounds; *problems gets malformed
// entries (may be null).
std::vector<std::string> CheckFloors(const nlohmann::json& floors, const std::vector<FileScore>& files,
                                     std::vector<std::string>* problems = nullptr);

std::string TextReport(const std::vector<FileScore>& files);
nlohmann::json JsonReport(const std::vector<FileScore>& files);

}  // namespace claimcheck::score

#endif  // CLAIMCHECK_TOOLS_SCORE_SCORE_H_
