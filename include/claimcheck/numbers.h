// Numbers, with their units and qualifiers, found in folded text.
//
// A number is written in digits ("1 900", "1.900", "2,5", "1,900.5", "3rd",
// "3.º", "2do", ".08", "1.3e6", "10k", "1.2bn", "-5"), in words ("dos",
// "veintiún", "mil novecientos", "twenty-one", "forty six", "a hundred",
// "tercer", "third", "cuatromilésimo", "two point five", "siete coma veinte"), or
// both ("2 millones", "1.5 million", "7 hundred", "5 docenas"); the Spanish
// group nouns "centenar" and "millar" count as "docena" does and are round
// figures ("un centenar de muertos" is about 100). Words are read by
// ICU's RuleBasedNumberFormat (spellout rules of the language, lenient parsing),
// never from hand-written tables: a run of words is a number when RBNF parses
// all of it; a Spanish feminine ordinal reads as its masculine ("undécima":
// RBNF writes "undécimo" but not its feminine). A unit may follow ("dos
// horas", "44 miles", "2 millones de personas", "12,5 %", "24-hour", "3h"), a
// qualifier may precede ("más de", "about", "superior a", "greater than or
// equal to", ">=", "hasta" before a number with a unit) or follow
// ("aproximadamente", "o más", "or less", "como máximo"). Ranges ("entre 2 y 3
// horas", "entre el 10 y el 15 %", "del 2 al 4 %", "2-3 hours", "from 2 to 3",
// "between $2bn and $3bn", "between 5% and 10%", "5%-10%", "más de 10 y menos
// de 40") and halves ("hora y media", "half an hour", "dos horas y
// media", "dos horas y cuarto") are single mentions, as is a length of time in
// two units ("1 hour and 30 minutes", read in the larger).
// "igual a 25", "equals 25" are stated as equal (NumberMention::equal). English
// drops "and" after a thousand or more ("two thousand and five hundred"); Spanish
// ordinals may have a cardinal head ("cuatro millones cinco milésimo" = 4 005 000th).
// Spanish compound ordinals may be written in parts ("décimo octavo" = 18th,
// "vigésima primera"), each part below the place the previous leaves free, or
// as one word ("vigesimoprimera"). Spanish counts agree with the noun before
// "mil" ("doscientas mil", "veintiuna mil"), which RBNF writes masculine. English
// "nought" is the digit zero, except after to/for/at ("came to nought").
//
// Fractions: a count of parts named by an ordinal, which RBNF reads ("un
// tercio" aside, whose "tercio" is a word of its own like "half", "quarter",
// "medio"): "four sevenths", "a sixth of", "cuatro quintos", "una quinta parte",
// "cinco milésimas", "cinco dieciseisavos" (a cardinal and "-avo", its words
// glued: "treintaidosavos"), "five sixty-fourths" (a tens word and a unit
// ordinal are one denominator), "two thousand millionths"; a whole
// number and a fraction ("tres y medio", "six and a quarter", "treinta con dos
// quintos", "un millón y medio"); a fraction of a scale word ("medio millón",
// "half a million", "a quarter billion"); a ratio ("two over five", "7 sobre
// 10", and a part no larger than its whole: "four out of five", "una de cada
// tres"; "11 out of 10" is two numbers); in digits with a partitive, a sign
// or a whole number ("5/8 of", "1/4 %", "-3/8", "3 1/8") and with the
// fraction slash of "½". A singular ordinal after an article is a fraction only
// when no noun follows: "a sixth of the vote", "un sexto" at the end of a
// phrase, "a fifth were women" (a plural verb: part of a group); "a sixth
// term", "un sexto mandato", "a third was hurt" are ranks.
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
// exactly three digits follow it ("1.5" is 1.5 in Spanish too) or it follows
// a zero or more than three digits ("0.712", "2345.875": no thousands group
// starts that way); a space groups thousands only before exactly three digits
// ("1 900"). In English, digits chained by commas that do not group thousands
// are a list ("rows 12,14,19": three numbers). Digits that belong to a
// time, a numeric date or a version ("19:06", "18/06/2024", "1.2.3"), to a code
// of three or more hyphenated groups ("138-2010-2015"), to a group with a
// leading zero ("1996-02"), to a phone number after an area code ("(206)
// 555-1212"), to a web address, or to a model name ("Hwasong-18") are no
// mention; a number glued to letters that are neither a unit, an ordinal suffix
// nor a scale ("10k") is none either ("1990s"). A minus sign is one only when
// glued to the digits and not after a digit or a letter ("-5", "<-30"; "1950-53"
// is a range, "- 5" a list item), or the English word ("minus five",
// "negative two"). "<>", "=>", "=<" before a number make it none (no comparison).
//
// What is not a number on its own: "un", "una", "uno", "one", "a", "an" (value 1,
// one word) are numbers only before a unit that is not a count ("una hora",
// "an hour and a half"; not "un acuerdo", "one-on-one", "Kim Jong Un", nor "a
// person"); an article before a unit word that is itself a number word is the
// ordinal's when a noun follows ("a second summit", "un segundo mandato"), the
// unit's otherwise ("de un segundo."); "one second" is a time. A unit word that
// spells a plural ordinal ("segundos") is no number on its own. Vague lengths
// ("unas semanas", "a few days") are none either: ExtractVagueDurations reads them.
//
// Known limits: RBNF's numbering-year rule sets are left out of parsing (they
// read "two two" as 202), so "nineteen fifty" is two numbers. Too ambiguous to
// be units: "h" apart from digits, "m", "s", "mi", "t"; "m" and "b" after digits
// are millions and billions only after a currency ("$10m"; "100m" is a
// distance). Not read: "dos o tres horas" as a range, "un par de", "in" ratios
// ("two in five"), "menos" as a
// Spanish minus sign, a fraction in digits standing alone ("9/11" is a date or a
// name), glued "mil" as a million ("2mil"), "30~90" and "30 through 90" as ranges.
// Conventions of the peer suite left out on purpose: a dotted address of four
// groups stays a version-like code, and plural ordinals with a count ("cien
// millonésimos") are fractions, never ranks.
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
  bool ordinal = false;   // "tercer", "third", "3rd", "3.º": value is the rank;
                          // with is_range, a range of ranks ("entre el quinto y
                          // el décimo")
  bool equal = false;     // stated as equal: "igual a 25", "equals 25" (span
                          // included; qualifier stays kExact)
  std::string form;       // for `explain`: "digits", "words", "mixed" (digits and a
                          // multiplier word: "2 millones"), "fraction" ("media hora",
                          // "un tercio", "2 over 7"), "vague" (ExtractVagueDurations)
};

// Finds numbers in `folded` (text folded by FoldedText::Fold) written in `lang`, a
// BCP 47 tag whose primary subtag picks the number words (any language ICU has
// spellout rules for), the separators and the unit words ("es" and "en" have
// their own; any other language reads the separators by the three-digits rule
// and both languages' unit words).
// Returns the mentions sorted by start; they never overlap (the longest reading
// wins: "entre 2 y 3 horas" over "3 horas"). Never fails: text without numbers
// gives an empty vector. `capital_scales` (sorted offsets into `folded`; see
// CapitalScales) marks the "M" and "B" written as capitals after digits.
std::vector<NumberMention> ExtractNumbers(std::string_view folded, std::string_view lang,
                                          const std::vector<size_t>& capital_scales = {});

// Offsets in `folded` (the folding of `original`), sorted, of an "M" or "B"
// written as a capital right after digits, or after digits and one space ("10M",
// "1.2B", "1,674.5 M"), and not followed by a letter: millions and billions,
// which folding makes look like metres and a clause's letter ("100m", "4.2b").
// Pass them to ExtractNumbers.
std::vector<size_t> CapitalScales(const FoldedText& folded, std::string_view original);

// True when ICU's spell-out rules for `lang` write `word` (one folded word) in
// some number ("veintiún", "thousand", "lakh" in English). A cheap test before
// reading a run of words as a number.
bool IsNumberWord(std::string_view word, std::string_view lang);

// Vague lengths of time: "a few hours", "several hours", "unas semanas", "varios
// días". Not numbers, so ExtractNumbers never returns them (the checker must not
// compare them); extraction (extract.h) reports them as durations of 3 units,
// approx, the convention of TIMEX-style resolvers for "a few". Form "vague".
std::vector<NumberMention> ExtractVagueDurations(std::string_view folded, std::string_view lang);

// The dimension of a canonical unit id:
//   "time"      second, minute, hour, day (a night counts as one), weekend (two
//               days), week
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
