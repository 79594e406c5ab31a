// Calendar dates with a precision, and date extraction from folded text.
//
// Month and weekday names come from ICU's DateFormatSymbols for the language
// (wide and abbreviated, format and stand-alone forms, with or without a trailing
// dot), never from hand-written tables; counts and days written in words ("hace
// dos semanas", "el once de marzo", "el tercer trimestre") are read by the
// number extractor (ICU RBNF). Relative expressions resolve against a reference
// date; without one they are returned unresolved, never guessed. A bare weekday
// ("el jueves", "on Thursday") is the latest one on or before the reference, and
// a date without a year falls in the reference's year, unless the clause speaks
// of the future by an explicit cue ("will", "is due to", "va a", "está
// previsto", "-remos", "viajará"): then the first one on or after it. A verb of
// saying between the date and the cue, or just before the date with the cue
// after it, makes the date the report's ("dijo el martes que viajará", "On
// Tuesday, Putin said he will travel"); "plans" as a noun is no cue.
//
// Forms read, besides absolute and numeric dates (2024-06-19, and 20240619
// when the eight digits make a valid day no later than ten years past the
// reference's and nothing marks them as an amount, a code or a count):
//   days       ayer, hoy, mañana, pasado mañana, yesterday, tomorrow; [este|
//              pasado|próximo] miércoles, last/next Wednesday; el martes 11,
//              el martes once, el martes veinticinco de junio, Tuesday the
//              eleventh, Tue 11th (an abbreviation only with the ordinal
//              suffix), martes el veinticinco; el lunes de la próxima semana,
//              Thursday of next week, Monday next week;
//              hace dos semanas, dentro de tres días, hace dos años y medio
//              (thirty months), hace tres semanas y media, a year and a half
//              ago, two weeks ago, ten days from now (to the day
//              the count reaches; weeks, months and years allow a few days,
//              half a month, half a year either side as `loose_*`); beside a
//              bare weekday, that weekday of the week the count reaches:
//              Monday two weeks from now, two months from today on Tuesday,
//              three weeks after Christmas on Friday, el lunes dentro de dos
//              semanas (not after a verb of saying: "said Monday two weeks
//              ago"); this morning, this evening, esta mañana, esta
//              madrugada, esta tarde (the reference day);
//              the fourth of July, January second 2025 (ordinal words; not after
//              "may" or "march"), July twenty two (cardinal words only where
//              the clause ends: "in June twenty people"); Christmas Eve,
//              Easter Monday 2019, last Easter, the following Easter (the
//              next one, anaphoric),
//              Black Friday, Thanksgiving, Labor Day, Memorial Day (the United
//              States', counted by weekday), Nochebuena, el Viernes Santo, el Jueves Santo, el
//              Domingo de Ramos, el Miércoles de Ceniza, Pentecostés, la Navidad
//              pasada, la Navidad del año pasado, el Día del Trabajador (holidays
//              of one rule everywhere; none inside a place's or an event's name:
//              "Easter Island", "la Isla de Pascua", "the Easter Rising");
//              feasts of other calendars, placed with ICU's calendars: Eid
//              al-Fitr, el Aíd al Adha, Ramadan (the month; alone only after a
//              word that places it in time: "Tariq Ramadan" is a name), Lunar
//              New Year, Rosh Hashanah, Yom Kippur, Passover, Hanukkah, Nowruz,
//              Orthodox Christmas and Easter ("the Yom Kippur War" is none);
//              Semana Santa (Palm Sunday to Easter);
//              New Year('s) alone right after a bound ("five days before New
//              Year"); without a year, next year's in a future clause once
//              this year's has passed
//   calendar   el 14/3, on 12/21, de 3/9 a 14/6, 9/3-12/6/2015 (two numbers
//              need a word before them: "3/4", "24/7" and "2-1" are no dates);
//              4-feb, Nov/5, "30 dic" opening a clause or before "(EFE)", 4 de
//              6 de 1982, el 23 del 10; el día 23, on the 23rd, the 10th day of
//              next month, the 21st of this month (of the reference's month); el
//              12 de este mes, el 21 del próximo mes, el 5 del mes pasado; June
//              the 28th; el 19 o el 20 de junio, June 19 or 20, June 2 and 9
//              (each a day), on June 19 and 20 (one stretch, consecutive and
//              not before a counted word), los días 19, 20 y 21 de junio, June
//              19, 20 and 21 (a list: one stretch when the days run on);
//              el sábado 31 (the nearest month where it falls on a Saturday);
//              el jueves 9 de mayo (the year where it is a Thursday), this Friday
//              (June 15), Friday-Jun-15, next Tuesday (6/19) (the date decides);
//              next April 6, next 6th of April, last April 6 (the first such
//              day after the reference, the last before it);
//              el 29 de febrero, 29 February without a year (the last leap day,
//              the next in a clause about the future); 03/18/40, 4-jul-97
//              (two-digit years within 80 years before and 20 after the
//              reference's); el once de
//              mayo de dos mil nueve, March twenty two nineteen sixty eight, in
//              two thousand and nine; en enero, abril y octubre, since March, in
//              Dec (English abbreviations need no dot, but for Mar and Jan) (the
//              latest such month up to the reference's; en el mes de mayo,
//              during the month of May too); el pasado mes de mayo, el próximo
//              mes de julio; este mayo, this May
//              (the reference's year; "this May"/"this March" only where no verb
//              follows: at a sentence's end, before "'s", opening a range: "de
//              este mayo a octubre de 2026"); en 2003 y 2006; marzo
//              del 79, May of 79, April in 2016 ("May"/"March" after a word
//              that places a time); Earth Day 2016, Juneteenth
//   weeks      esta semana, la semana pasada/próxima/que viene/antepasada, this/
//              last/next week, the week before last/after next; este fin de
//              semana, el fin de semana pasado, this/next/last weekend, this
//              past/coming weekend; el fin de semana del 8 de junio, the
//              weekend of June 12 (the Saturday and Sunday of the day's
//              week); el fin de semana, over/at the weekend (the
//              latest weekend up to the reference, the coming one in a clause
//              about the future, as a bare weekday); la
//              primera/última semana de julio, the first week of 2026 (ISO weeks:
//              those whose Thursday falls in the month or year); la semana del 19
//              de junio, the week of June 19; the week beginning June 19, w/c
//              June 19, la semana que comienza el 3 de marzo (seven days from
//              it); week 31,
//              la semana 12 de 2024, la semana 3 de dos mil veintisiete (ISO week
//              numbers; not "week 3 of the trial");
//              early next week, the end of the week, a finales de la semana
//              pasada, a principios de semana (Monday-Wednesday,
//              Tuesday-Thursday, Thursday-Sunday)
//   months     el mes pasado, el pasado mes, next month, last September; a
//              principios/mediados/finales de junio, early/mid/late June, the
//              end of the month, early next month (days 1-15, 10-20, 16-end;
//              without a year, next year's in a future clause once over),
//              late last year; end-June, end-2022, year-end, month-end (wire
//              style, the hyphen required); la primera/segunda quincena de
//              julio, la segunda mitad de mayo, the first half of July (days
//              1-15, 16 to the end); earlier this month/year, later this
//              week/year,
//              más tarde este año (what has passed of the period's first half,
//              what remains of its second half), the rest of the year, el resto
//              del año, lo que queda de semana, en lo que resta de año, the
//              rest of 2024 (the reference's year or month), so far this
//              year, en lo que va de año, year to date, el año hasta la fecha
//   years      en/el 2018, in 2018, calendar year 2011, año calendario 2011,
//              dates back to 1865, se remonta a 1865, data de 1865;
//              el año pasado, next year, this calendar year; a finales de
//              2019, late 2019, the end of 2015 (January-April, May-August,
//              September-December; "a principios de año", "the start of the
//              year" without "este"/"this", in a future clause once that part
//              is over, are next year's); el primer trimestre de 2023, el segundo
//              semestre, el 3.er trimestre, the third quarter of 2022, Q1 of 2017, Q4
//              2021, T2 de 2024, 3T 2023,
//              H1 2024, 1S 2024 (the year required), la primera mitad de
//              2022, la segunda mitad del año pasado, el tercer trimestre (the
//              latest up to the reference; the next in a clause about the
//              future; "2.º semestre" opening a headline or a line without its
//              article), este trimestre, next
//              quarter; los años 80, en los noventa (after a preposition), la
//              década de 1970, the 1990s, '90s, the nineties;
//              the 2018 summit (after "the", before a singular noun: "the 2000
//              people" is a count); hacia 1950, circa 1950; the current
//              year, el año en curso, el mes actual;
//              the 21st century, el siglo XX (Roman numerals too); el siglo
//              pasado, este siglo, the last century, this century; the late
//              1960s, a finales de los sesenta, the early 20th century
//              (thirds: years 0-3, 3-6, 6-9 of a decade, 0-33, 33-66, 66-99
//              of a century); 2015-3,
//              12-2015 (a year and a one-digit month, or a month and a year),
//              2016-11 (two digits that cannot end a range, without a leading
//              zero and not in a code: "ISO 2016-11", "No. 2016-11"), in
//              2018 October (not May or March)
//   ranges     del 2 al 5 de marzo, noviembre 19-20, noviembre 19 a 20 (the
//              month first), entre el 3 de febrero y 6 de marzo, entre
//              enero y marzo de 2024, de oct. a dic., from March 2 to 5, from 3
//              August to 9 August, 12 March to 15 March in 2021 (two days each
//              with its month need no "from"), 1950-1953, 2011 through 2015; any two dates
//              joined by a range's words ("desde marzo de 2019 hasta mayo de
//              2021"), or by "hasta"/"until"/"through" alone ("el 1 de agosto
//              de 2023 hasta hoy"), a day and "to today" alone ("4 March
//              2021 to today"); now/ahora as one end ("between now and
//              November 15", "desde 2010 hasta ahora"); a bare weekday after a
//              range's first day is the next one ("desde el próximo lunes hasta
//              el viernes"); a bare month before a day is the latest such month
//              before it ("de noviembre al 5 de febrero de 2025", "from November
//              to February 5, 2025", "Nov-Feb 5, 2025"; in Spanish the day needs
//              its month); a day without a year ending a range is the first such
//              day on or after its start; los
//              próximos cuatro días, los últimos 6 meses, el último año y
//              medio, the past two years, los últimos 3 meses y 2 semanas, the
//              past two years and six months (one span of the sum), the next
//              couple of weeks; the past week, over the last month, the
//              coming year, en la última semana, en el último año (one of
//              them from the reference; "the next year" is left); la última
//              quincena, la próxima quincena (fourteen days); the next 5
//              business days, los próximos 5 días
//              hábiles/laborables (weekdays only: holidays are not known)
//   bounds     antes de 2021, before 2021 (up to 2020), después de 2015, after
//              2015, later than 2015 (from 2016), anterior/posterior a 2019,
//              con anterioridad al 1 de mayo ("de" too, but after a noun with its
//              determiner: "la ley anterior de 2015"), desde agosto de 2019, since
//              June 3, a partir de mañana, comenzando/empezando el 7 de enero,
//              starting Monday, beginning January 7 (from it), hasta
//              2030, until, by, no later than, as late as tomorrow (up to it),
//              1990 o después, 2020 or later (a bare year too; not "y después de
//              las 6" or "and after the vote", which bound another time): one
//              side of a range, the other
//              left open (an invalid Date, printed ""), never a claim of the
//              date itself; before the end of March is up to its end. A count
//              before the bound shifts the date instead: dos días después de
//              mañana, dos días antes de ayer, (dentro de) tres semanas a partir
//              del lunes, dos semanas y tres días antes de hoy, two weeks from
//              tomorrow, 2 months after January 31, the day after Christmas (one
//              day); "more than two weeks before June 1" is a bound again
// Relative forms of this family too: en dos semanas, in two weeks, presentará
// su plan en un mes (only in a clause about the future: "prices doubled in two
// years" is a duration), within nine months, en un plazo de nueve meses (in
// such a clause a range from the reference to the count's end), in a
// fortnight's time, tres días a partir de ahora, two weeks and two days ago,
// hace una quincena; an alternative to such a count is one too ("will be
// held in two days or in a week"); a verb of intent in the present looks ahead
// as a future does ("plans to open it in two years", "quiere abrirlo en dos
// años"; not "planned to"). A hedge just before a date ("around 21 June",
// "hacia 1950", "en torno al 21 de junio"; not "about", "sobre": a topic as
// often) sets `approx`;
// el lunes anterior, the following Friday, el martes de la semana siguiente, la
// semana después de la próxima, el trimestre anterior, el último trimestre, the
// following quarter; la próxima década, the last decade (calendar decades; the
// past two decades, or any after "over"/"durante", are stretches of years);
// los 2 días siguientes, the last two quarters, the 5 upcoming years, the next
// fortnight; las primeras 3 semanas de 2025, the last two months of this year,
// the last week of next month, el quinto mes de 2025.
// Joined forms: a year written after a date or range without one binds to it
// ("from April to June in 2017", not across a comma), a year named relative to
// the reference too ("el 5 de marzo del año pasado", "in March last year"); a year opens a range of
// dates ("from 2007 to the end of 2008", "entre 2007 y finales de 2008"); two
// days in words ("del nueve al doce de abril"); a day alone after a range's first
// day is of its month ("from April 9th through the 17th"); "for two weeks
// starting May 20", "durante tres días a partir del lunes" are stretches from the
// date, and so are "for three days from today", "durante tres días a partir de
// ahora" (not after "scheduled", "previsto"), and "for 1 week, from 20
// December" with its comma; "the Easter weekend", "el fin de semana de Navidad
// de 2022" are the weekend around a holiday (none for a holiday in midweek);
// "to date", "hasta la fecha", "until (the) current date", "hasta la fecha actual" end a range at the reference day ("desde enero hasta la fecha", "from
// March to date"), or
// alone are a range open at its start ("up to date" is no date). Years outside
// 1-9999 ("hace 5000 años") are dropped.
// Anaphoric forms ("la semana siguiente", "the following week", "el año
// anterior", "tres semanas después") count from the last time the story named:
// from the reference when it names none before them, unresolved after another
// date; "three weeks later", "a fortnight later", "una quincena después" only
// in a clause about the future. "Al día
// siguiente", "el mes anterior a la cumbre", "the day before the vote" count from
// a named event and are not read.
//
// Example:
//   FoldedText f = FoldedText::Fold("Firmaron el tratado este miércoles.");
//   Date ref;  Date::Parse("2024-06-19", &ref);
//   for (const DateMention& m : ExtractDates(f.str(), "es", &ref))
//     m.value.ToString();   // "2024-06-19", m.relative == true
#ifndef CLAIMCHECK_DATES_H_
#define CLAIMCHECK_DATES_H_

#include <optional>
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
  // This date `years` years away, at its precision, into *out; false when that
  // day does not exist there (29 February) or the year has no four digits.
  bool AddYears(int years, Date* out) const;
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
                          // or when a range has no start ("before 2021")
  Date end;               // last period of a range (inclusive) when is_range;
                          // invalid when it has no end ("since 2016")
  bool is_range = false;
  bool relative = false;  // depends on the reference date
  bool resolved = true;   // false: relative, and no reference date was given
  // A named period the date lies somewhere in ("la semana pasada", "the 1950s",
  // "a mediados de junio", "el primer trimestre"), not two endpoints the text
  // states ("del 2 al 5 de marzo", "1950-1953"). Only when is_range.
  bool period = false;
  // Hedged by the text ("around 21 June", "hacia 1950", "en torno al día 5"):
  // only about right, so a checker allows a margin around it.
  bool approx = false;
  // The other day the words may name: "next Friday"/"el próximo viernes" is the
  // nearest Friday to some writers and next week's to others ("last Wednesday"
  // likewise). `value` is the nearest, unless that is the day after or before
  // the reference (which "tomorrow"/"yesterday" would have named), and `alt` the
  // other when they differ; invalid when there is none.
  Date alt;
  // Days from the day the text named last that the words count from ("the next
  // day" 1, "the day before" -1, "ese mismo día" 0, "tres días después" 3), when
  // they count from one. Such a mention is resolved from a day named before it
  // in its sentence; after a date named elsewhere it stays unresolved.
  std::optional<int> days_from_named;
  // With days_from_named (-1 or 1): the weekday (1 Monday .. 7 Sunday) to go on
  // to from the counted day in the count's direction: "the previous Friday",
  // "el lunes siguiente" are the Friday before, the Monday after the day named.
  int named_weekday = 0;
  // The text names the day or month but not its year ("el 19 de junio", "in
  // September", "a mediados de octubre"): the year is the reading's guess from
  // the reference and the tense, so a checker can tell a wrong day from a year
  // the text never gave.
  bool year_implied = false;
  // The wider stretch the words allow where the reading narrows them by a
  // convention ("earlier this month", read as the first half, allows any day
  // of the month before the reference): a checker should not call a date
  // there wrong. Invalid when the reading is all the words allow.
  Date loose_first, loose_last;
  std::string form;       // what was read, for `explain`: "absolute", "weekday", "year-range" ...
};

// Finds dates in `folded` (text folded by FoldedText::Fold) written in `lang`
// (its primary subtag picks the names: "es-MX" reads as Spanish; a language other
// than es and en tries both). `ref` (day precision) anchors
// relative expressions and year-less dates ("19 de junio"); may be null.
// Mentions are sorted by start and never overlap (the longest reading wins).
// `future_verbs` and `past_verbs` (sorted spans of `folded`) are verbs in the
// future and the past tense that folding hides (see SpanishFutureVerbs and
// SpanishPastVerbs).
std::vector<DateMention> ExtractDates(std::string_view folded, std::string_view lang,
                                      const Date* ref, const std::vector<Span>& future_verbs = {},
                                      const std::vector<Span>& past_verbs = {});

// True when `word` (any case and accents) is a full month or weekday name of
// `lang` (ICU's, the names the date readers take; "es-MX" as Spanish, other
// languages as both).
bool IsFullDayOrMonthName(std::string_view word, std::string_view lang);

// Spans of `folded` (the folding of `original`) holding a Spanish verb in the
// synthetic future ("viajará", "firmarán", "volveré"), sorted; none when `lang`
// is English. Folding drops the accent that tells it from the subjunctive
// ("viajara"), so they are found in the original text; pass them to ExtractDates.
std::vector<Span> SpanishFutureVerbs(const FoldedText& folded, std::string_view original,
                                     std::string_view lang);

// Spans of `folded` holding a Spanish verb in the preterite that only its accent
// tells ("firmó", "llegó"; folded, "firmo" is the present), sorted; none when
// `lang` is English. Pass them to ExtractDates.
std::vector<Span> SpanishPastVerbs(const FoldedText& folded, std::string_view original,
                                   std::string_view lang);

}  // namespace claimcheck

#endif  // CLAIMCHECK_DATES_H_
