// Extraction on its own: the dates and numbers claimcheck reads in raw text, with
// the types and values of the `claimcheck extract --jsonl` contract (DESIGN.md).
// It runs the same extractors the checker uses (dates.h, numbers.h).
//
// Example:
//   Date ref;  Date::Parse("2024-06-19", &ref);
//   for (const ExtractedMention& m : ExtractMentions("Duró más de dos horas.", "es", &ref))
//     m.type;   // "numberrange", m.value "2/": "más de" makes a lower bound
//
// Types and values:
//   date         "YYYY-MM-DD", "YYYY-MM" or "YYYY" (the precision the text gives)
//   daterange    "START/END", END inclusive; a whole month or year written alone
//                ("junio de 2024") is a date of month precision, not a range
//   number       decimal with a dot: "1900", "2.5"
//   numberrange  "LOW/HIGH"; either side empty for "more than" / "less than"
//   duration     ISO 8601: "PT2H", "PT90M", "P3D", "P2W", "P6M", "P1Y"
//   percentage   "12.5"
//   ordinal      "3"
//   dimension    a length or mass: the number, with `unit` ("29km" is "29", unit
//                "km"; "12 mln tonnes" "12000000", unit "ton"). A range or bound
//                of them stays a numberrange.
// A qualifier "about"/"aproximadamente" sets approx; on a date a hedge
// ("around", "hacia", "en torno a") does (DateMention::approx). A duration with a bound
// ("more than 5 days", "menos de 3 horas"; units up to weeks) is a duration with
// mod "more"/"less" (a month or year count with a bound stays a numberrange:
// "más de cuarenta años" is mostly an age). "igual a 25" is the numberrange
// "25/25"; a range of ranks ("between the fifth and the tenth") a numberrange.
// A weekend is two days ("two weekends" is "P4D"). Vague lengths of time ("unas
// semanas", "a few days"; numbers.h ExtractVagueDurations) are durations of 3
// units with approx, the TIMEX convention for "a few". A relative date with no
// reference date has an empty value.
#ifndef CLAIMCHECK_EXTRACT_H_
#define CLAIMCHECK_EXTRACT_H_

#include <string>
#include <string_view>
#include <vector>

#include "claimcheck/dates.h"
#include "claimcheck/text.h"

namespace claimcheck {

struct ExtractedMention {
  Span span;          // UTF-8 byte offsets into the text given, half-open
  std::string type;   // see above
  std::string value;  // see above; "" when a relative date cannot be resolved
  bool approx = false;
  std::string mod;    // a bounded duration: "more" ("more than 5 days"), "less"; else ""
  std::string unit;   // a dimension's unit: "km", "metre", "mile", "kg", "ton"; else ""
  // A date's wider stretch, "FIRST/LAST", where the value narrows the words by a
  // convention ("two months ago" is read to the day, "earlier this month" as its
  // first half); else "".
  std::string loose;
  bool year_implied = false;  // a date's year is a guess: the text names none
};

// Dates, date ranges, numbers, number ranges, durations, percentages and ordinals
// in `text` (any UTF-8; invalid bytes are skipped over) written in `lang`. `ref`
// (day precision) anchors relative dates; may be null. Sorted by start, never
// overlapping: a number inside a date is part of the date.
std::vector<ExtractedMention> ExtractMentions(std::string_view text, std::string_view lang,
                                              const Date* ref);

}  // namespace claimcheck

#endif  // CLAIMCHECK_EXTRACT_H_
