// Numbers, with their units and qualifiers, found in folded text.
//
// A number is written in digits ("1 900", "1.900", "2,5", "1,900.5", "3rd",
// "3.º"), in words ("dos", "veintiún", "mil novecientos", "twenty-one",
// "a hundred", "tercer", "third"), or both ("2 millones", "1.5 million"). Words
// are read by ICU's RuleBasedNumberFormat (spellout rules of the language, lenient
// parsing), never from hand-written tables: a run of words is a number when RBNF
// parses all of it. A unit may follow ("dos horas", "44 miles", "2 millones de
// personas", "12,5 %", "24-hour"), a qualifier may precede ("más de", "about",
// "hasta" before a number with a unit) or, for "aproximadamente", follow. Ranges
// ("entre 2 y 3 horas", "2-3 hours", "from 2 to 3") and halves ("hora y media",
// "half an hour", "dos horas y media") are single mentions.
//
// Example:
//   FoldedText f = FoldedText::Fold("Las negociaciones duraron más de dos horas.");
//   for (const NumberMention& m : ExtractNumbers(f.str(), "es")) {
//     f.str().substr(m.span.begin, m.span.size());   // "mas de dos horas"
//     m.value;                                        // 2
//     m.unit;                                         // "hour"
//     m.qualifier;                                    // NumberQualifier::kAtLeast
//   }
//   double km = 0;
//   ConvertUnit(44, "mile", "km", &km);               // true, km == 70.81...
//
// Separators follow the language: Spanish reads '.' as the thousands separator
// and ',' as the decimal mark ("1.900" = 1900, "2,5" = 2.5), English the reverse
// ("1,900" = 1900, "1.900" = 1.9). The other separator is a decimal mark unless
// exactly three digits follow it ("1.5" is 1.5 in Spanish too); a space groups
// thousands only before exactly three digits ("1 900"). Digits that belong to a
// time, a numeric date or a version ("19:06", "18/06/2024", "1.2.3"), to a code
// of three or more hyphenated groups ("138-2010-2015") or to a model name
// ("Hwasong-18") are no mention; a number glued to letters that are
// neither a unit nor an ordinal suffix ("1990s") is none either. There are no
// negative numbers: "1950-1953" is a range.
//
// What is not a number on its own: "un", "una", "uno", "one", "a", "an" (value 1,
// one word) are numbers only before a unit that is not a count ("una hora",
// "an hour and a half"; not "un acuerdo", "one-on-one", "Kim Jong Un", nor "a
// person"); an article before a unit word that is itself a number word is the
// ordinal's ("a second summit", "un segundo mandato"; "one second" is a time).
// A unit word that spells a plural ordinal ("segundos") is no number on its own.
//
// Known limits: RBNF's numbering-year rule sets are left out of parsing (they
// read "two two" as 202), so "nineteen fifty" is two numbers; English tens and
// units need their hyphen ("twenty-one"; "twenty one" is 20 and 1). Too
// ambiguous to be units: "h", "m", "s", "mi", "t". Not read: fractions in digits
// ("1 1/2"), "dos o tres horas" as a range, "un par de", "a dozen".
//
// Thread safety: ExtractNumbers may be called from several threads at once (each
// thread keeps its own ICU formatters and word cache).
#ifndef CLAIMCHECK_NUMBERS_H_
#define CLAIMCHECK_NUMBERS_H_

#include <string>
#include <string_view>
#include <vector>

#include "claimcheck/text.h"

namespace claimcheck {

// What the text says about the number it qualifies.
enum class NumberQualifier {
  kExact,    // "dos horas", "apenas 21 horas"
  kApprox,   // "aproximadamente", "unos", "casi", "about", "some", "nearly" ...
  kAtLeast,  // "más de", "al menos", "over", "more than", "at least" ...
  kAtMost,   // "menos de", "hasta" (with a unit), "under", "up to" ...
};

// "exact", "approx", "at-least" or "at-most".
const char* NumberQualifierName(NumberQualifier q);

struct NumberMention {
  Span span;              // bytes into the folded text given, qualifier included
  double value = 0;       // the number; for a range, its low end
  double high = 0;        // a range's high end (== value when !is_range)
  bool is_range = false;  // "entre 2 y 3 horas", "2-3 hours", "from 2 to 3"
  NumberQualifier qualifier = NumberQualifier::kExact;
  std::string unit;       // canonical unit id (see UnitDimension) or "" when none
  bool ordinal = false;   // "tercer", "third", "3rd", "3.º": value is the rank
  std::string form;       // for `explain`: "digits", "words", "mixed" (digits and a
                          // multiplier word: "2 millones"), "fraction" ("media hora")
};

// Finds numbers in `folded` (text folded by FoldedText::Fold) written in `lang`, a
// BCP 47 tag whose primary subtag picks the number words (any language ICU has
// spellout rules for), the separators and the unit words ("es" and "en" have
// their own; any other language reads the separators by the three-digits rule
// and both languages' unit words).
// Returns the mentions sorted by start; they never overlap (the longest reading
// wins: "entre 2 y 3 horas" over "3 horas"). Never fails: text without numbers
// gives an empty vector.
std::vector<NumberMention> ExtractNumbers(std::string_view folded, std::string_view lang);

// The dimension of a canonical unit id:
//   "time"      second, minute, hour, day, week
//   "calendar"  month, year (never converted to days)
//   "length"    metre, km, mile
//   "mass"      kg, ton
//   "count"     person, article
//   "ratio"     percent
//   "currency"  dollar, euro
// Returns "" for "" and for any unknown id (a way to validate a rulebook's unit).
std::string UnitDimension(const std::string& unit);

// Converts `value` from one unit to another of the same dimension ("90 minute" is
// 1.5 hour; "44 mile" is 70.81 km; "18 month" is 1.5 year). Returns true and sets
// *out when the units are equal (also when both are "") or convertible; returns
// false, leaving *out unchanged, otherwise: across dimensions, between two count
// units (person and article), or between currencies (no exchange rates).
bool ConvertUnit(double value, const std::string& from, const std::string& to, double* out);

}  // namespace claimcheck

#endif  // CLAIMCHECK_NUMBERS_H_
