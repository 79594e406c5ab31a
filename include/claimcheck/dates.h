// Calendar dates with a precision, and date extraction from folded text.
//
// Month and weekday names come from ICU's DateFormatSymbols for the language
// (wide and abbreviated, format and stand-alone forms, with or without a trailing
// dot), never from hand-written tables. Relative expressions ("ayer", "este
// miércoles", "el pasado septiembre", "last Wednesday") resolve against a
// reference date; without one they are returned unresolved, never guessed.
//
// Example:
//   FoldedText f = FoldedText::Fold("Firmaron el tratado este miércoles.");
//   Date ref;  Date::Parse("2024-06-19", &ref);
//   for (const DateMention& m : ExtractDates(f.str(), "es", &ref))
//     m.value.ToString();   // "2024-06-19", m.relative == true
#ifndef CLAIMCHECK_DATES_H_
#define CLAIMCHECK_DATES_H_

#include <string>
#include <string_view>
#include <vector>

#include "claimcheck/text.h"

namespace claimcheck {

struct Date {
  enum class Precision { kNone = 0, kYear = 1, kMonth = 2, kDay = 3 };
  int year = 0;
  int month = 0;  // 1-12 when precision >= kMonth
  int day = 0;    // 1-31 when precision == kDay
  Precision precision = Precision::kNone;

  static Date Year(int y) { return {y, 0, 0, Precision::kYear}; }
  static Date Month(int y, int m) { return {y, m, 0, Precision::kMonth}; }
  static Date Day(int y, int m, int d) { return {y, m, d, Precision::kDay}; }

  // Parses "YYYY", "YYYY-MM" or "YYYY-MM-DD" (a longer ISO date-time such as
  // "2024-06-19T19:06:00Z" is read as its date). Returns false, leaving *out
  // unchanged, on anything else or on an impossible date ("2024-13-40").
  static bool Parse(std::string_view text, Date* out);

  bool valid() const { return precision != Precision::kNone; }
  // "2024", "2024-06" or "2024-06-19".
  std::string ToString() const;
  // ISO weekday, 1 = Monday ... 7 = Sunday. REQUIRES: precision == kDay.
  int Weekday() const;
  // REQUIRES: precision == kDay.
  Date AddDays(int days) const;
  Date Truncate(Precision p) const;

  // True when both fall in the same period at the coarser precision of the two
  // ("2024-06" and "2024-06-19" agree; "2024-06-18" and "2024-06-19" do not).
  static bool Agree(const Date& a, const Date& b);
  friend bool operator==(const Date& a, const Date& b) {
    return a.precision == b.precision && a.year == b.year && a.month == b.month && a.day == b.day;
  }
};

struct DateMention {
  Span span;              // byte offsets into the text given to ExtractDates
  Date value;             // the date, or the start of a range; invalid when !resolved
  Date end;               // last period of a range (inclusive) when is_range
  bool is_range = false;
  bool relative = false;  // depends on the reference date
  bool resolved = true;   // false: relative, and no reference date was given
  std::string form;       // what was read, for `explain`: "absolute", "weekday", "year-range" ...
};

// Finds dates in `folded` (text folded by FoldedText::Fold) written in `lang`
// (its primary subtag picks the names: "es-MX" reads as Spanish; a language other
// than es and en tries both). `ref` (day precision) anchors
// relative expressions and year-less dates ("19 de junio"); may be null.
// Mentions are sorted by start and never overlap (the longest reading wins).
std::vector<DateMention> ExtractDates(std::string_view folded, std::string_view lang,
                                      const Date* ref);

}  // namespace claimcheck

#endif  // CLAIMCHECK_DATES_H_
