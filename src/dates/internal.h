// Internals of date extraction, shared by the files of src/dates/: the calendar,
// month and weekday names, what one reader sees of a match (Match), the readers'
// emitters, the per-language reader lists and the passes over the kept mentions.
// Not part of the public API (include/claimcheck/dates.h).
#pragma once

#include <cstdint>
#include <functional>
#include <map>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "claimcheck/dates.h"
#include "text/lang.h"
#include "text/regex.h"


namespace claimcheck::dates_detail {

using P = Date::Precision;

bool IsLeap(int y);
int DaysInMonth(int y, int m);
bool ValidDay(int y, int m, int d);
// Days since 1970-01-01 in the proleptic Gregorian calendar.
int64_t DaysFromCivil(int64_t y, int m, int d);
Date CivilFromDays(int64_t z);
int64_t Ordinal(const Date& d);
// The value of a run of ASCII digits.
int ToInt(std::string_view digits);

bool FutureClause(std::string_view text, Lang lang, Span at, const std::vector<Span>& verbs);
// True when the clause around `at` tells of the past by a plain cue ("was",
// "signed", "met"; "firmaron", "fue", "ha firmado", or a verb of `verbs`, see
// SpanishPastVerbs) and nothing in it looks ahead from there ("would",
// "firmaría", "iba a"), nor speaks of the future (FutureClause comes first).
bool PastClause(std::string_view text, Lang lang, Span at, const std::vector<Span>& verbs);

// Month and weekday names of one language, folded, from ICU.
struct Names {
  std::map<std::string, int> month;    // name without trailing dot -> 1..12
  std::map<std::string, int> weekday;  // -> ISO 1 (Monday) .. 7
  // Month abbreviations that are no full name ("mar", "jun"; not "may").
  std::set<std::string> short_months;
  // The full (wide) month and weekday names.
  std::set<std::string> wide;
  // RE2 alternations (no groups), longest names first.
  std::string months, wide_months, weekdays, wide_weekdays;
  // The other language's full month names (English for Spanish, Spanish for
  // English; none for any language, which has both), with their alternation.
  std::map<std::string, int> other_month;
  std::string other_wide_months;
};

// What a handler sees of one match.
struct Match {
  std::string_view text;
  const std::vector<Span>& g;
  const Names& names;
  Lang lang;
  const Date* ref;
  Span core;
  const std::vector<Span>* future_verbs = nullptr;
  const std::vector<Span>* past_verbs = nullptr;

  bool has(int i) const {
    return static_cast<size_t>(i) < g.size() && g[static_cast<size_t>(i)].begin != Regex::npos;
  }
  Span span(int i) const { return g[static_cast<size_t>(i)]; }
  std::string_view str(int i) const {
    if (!has(i)) return {};
    Span s = span(i);
    return text.substr(s.begin, s.size());
  }
  int num(int i) const { return has(i) ? ToInt(str(i)) : 0; }
  // Starts with a word; connector groups may hold several ("hasta el").
  bool is(int i, std::string_view word) const {
    std::string_view s = str(i);
    return s.substr(0, word.size()) == word &&
           (s.size() == word.size() || std::isspace(static_cast<unsigned char>(s[word.size()])));
  }
  int month(int i) const {
    auto it = names.month.find(std::string(str(i)));
    return it == names.month.end() ? 0 : it->second;
  }
  int weekday(int i) const {
    auto it = names.weekday.find(std::string(str(i)));
    return it == names.weekday.end() ? 0 : it->second;
  }
  // After a day number, an abbreviation with neither its dot nor a year is
  // too often a word ("a 3 mar adentro"); "19 jun 2024" and "3 mar." are dates.
  // Month first it is a date ("Jan 22 (Reuters)").
  bool ShortMonthAlone(int i) const {
    return names.short_months.count(std::string(str(i))) &&
           (span(i).end >= text.size() || text[span(i).end] != '.');
  }
  // The reference date, when it has at least precision `p`.
  const Date* RefAt(P p) const { return ref && ref->precision >= p ? ref : nullptr; }
  bool Future() const {
    static const std::vector<Span> kNone;
    return FutureClause(text, lang, core, future_verbs ? *future_verbs : kNone);
  }
  bool Past() const {
    static const std::vector<Span> kNone;
    return PastClause(text, lang, core, past_verbs ? *past_verbs : kNone);
  }
  char After(size_t k = 0) const {
    size_t at = span(0).end + k;
    return at < text.size() ? text[at] : '\0';
  }
};

using Handler = std::function<void(const Match&, std::vector<DateMention>*)>;

struct Reader {
  Regex re;
  int core;  // group whose span becomes the mention's span (0: the whole match)
  Handler read;
};

// A year or a month read only as the start of a range (see their readers):
// dropped unless JoinRanges joins it to a date.
constexpr const char* kRangeStart = "range-start";

// "to date": the reference day as a range's end; alone, a range open at its start.
constexpr const char* kToDate = "to-date";

enum class Which { kOnOrBefore, kOnOrAfter, kLast, kNext, kThis };

// No leading "a"/"al" group, for Anchored.
constexpr int kNoLead = -1;

// A year or month a counted part lies in, in the group layout NamedPeriod
// reads (tokens as Expand replaces them): "2025", "este año", "el año pasado",
// "junio de 2025"; "this year", "next month", "the year", "June 2025".
constexpr const char* kNamedPeriodEs =
    R"((?:<Y>|(este|proximo|pasado|ultimo)\s+(ano|mes)|(?:el\s+)?(ano|mes)(?:\s+(pasado|proximo|que\s+viene))?|<MW><YT>?))";

constexpr const char* kNamedPeriodEn =
    R"((?:<Y>|(?:the\s+)?(this|next|last|previous|following|coming|past)\s+(year|month)|the\s+(year|month)()|<MW><YT>?))";

// Pattern fragments; each token holds exactly one capturing group:
//   <D> day number   <Y> year   <YT> optional year after a month name
//   <M> month name (any width)  <MW> wide month name
//   <WW> wide weekday name      <WP> optional weekday before a date ("Wednesday, ")
// A day may carry an ordinal suffix: "19th", "1.º" and "1º" (folded "1.o",
// "1o"), "1er".
constexpr const char* kDay = R"((\d{1,2})(?:st|nd|rd|th|\.?o|\.?er)?)";

constexpr const char* kYear = R"((\d{4}))";

// The optional year after a month name ("junio de 2016", "June in 2011"); also
// takes the abbreviation's dot, so a pattern never ends on a dot (its closing
// \b would then need a word to follow).
// "en"/"in" bind a year to the day before them, but not across a comma ("el 3 de
// mayo, en 2021 volvió" names two times).
constexpr const char* kYearTail = R"((?:(?:\.?\s*,?\s+(?:del?\s+|of\s+)?|\s+(?:en|in)\s+)(\d{4})))";

// The readers of one language. Order breaks ties between equally long readings.
struct Readers {
  Names names;
  Lang lang;
  std::vector<Reader> list;
  // All the readers' patterns in one pass: most of them match nothing in a given
  // text, and a pass per reader was most of the extractor's time.
  RegexSet prefilter;
};

// ---------------------------------------------------------------------------
// calendar.cc: calendar arithmetic, holidays

Date Easter(int year);
Date Holiday(std::string_view name, int year);
Date FirstDay(const Date& d);
Date LastDay(const Date& d);
bool ShiftDay(const Date& d, int n, const std::string& unit, Date* out);
// Day `d` moved `months` months (keeping its day, or the month's last: "31
// January and a month" is 29 February), then `days` days.
Date ShiftMonthsDays(const Date& d, int months, int days);
Date Step(const Date& d, int k);

// ---------------------------------------------------------------------------
// feasts.cc: feasts of other calendars, placed with ICU's calendars

enum class FeastCalendar { kIslamic, kChinese, kHebrew, kPersian, kJulian };

// A feast by its day in its calendar: month from 0 and day as ICU numbers
// them, moved `offset` days (an eve); or the whole month (Ramadan); or Easter
// by the Julian computus.
struct Feast {
  FeastCalendar calendar = FeastCalendar::kIslamic;
  int month = 0;
  int day = 1;
  int offset = 0;
  bool whole_month = false;
  bool julian_easter = false;
};

// The Gregorian days one occurrence of a feast covers (first == last for a day).
struct FeastDays {
  Date first, last;
  bool valid() const { return first.valid() && last.valid(); }
};

// The feast a name (folded, as the readers capture it) names; false for none.
bool FeastNamed(std::string_view name, Feast* f);
// The first occurrence that starts in Gregorian year `year`.
FeastDays FeastIn(const Feast& f, int year);
// The latest occurrence over before `ref`, and the first to start after it.
FeastDays FeastBefore(const Feast& f, const Date& ref);
FeastDays FeastAfter(const Feast& f, const Date& ref);

// ---------------------------------------------------------------------------
// names.cc: month and weekday names from ICU, pattern tokens

Names BuildNames(Lang lang);
std::string Expand(std::string p, const Names& n);

// ---------------------------------------------------------------------------
// emit.cc: what readers share: resolving and emitting mentions, context tests

bool PeriodForm(std::string_view form);
DateMention Absolute(Span span, Date value, const char* form);
DateMention Relative(Span span, const Date* value, const char* form);
DateMention Range(Span span, Date start, Date end, const char* form);
int TwoDigitYear(int yy, const Date* ref);
bool PlausibleYear(int y);
bool InsideNumber(std::string_view text, Span span);
bool Percentage(const Match& m);
// Whether a date without its year whose first day is `first` (days since
// 1970-01-01, in the reference's year) is last year's: after the reference, in
// a clause told in the past.
bool LastYearsInPast(const Match& m, int64_t first);
// How many years (-1, 0, 1) a stretch of a named month without its year, days
// `first` to `last` in the reference's year, moves by its clause's tense
// (`range`: a range of months, which "since" does not open).
int TenseShift(const Match& m, const Date& first, const Date& last, bool range = false);
void EmitDay(const Match& m, Span span, int y, int mo, int d, int anchor,
             std::vector<DateMention>* out);
void EmitDayRange(const Match& m, Span span, int y1, int m1, int d1, int y2, int m2, int d2,
                  std::vector<DateMention>* out);
Date ResolveWeekday(const Date& ref, int wd, Which w);
Date ResolveMonthName(const Date& ref, int month, Which w);
Date ShiftMonth(const Date& ref, int delta);
// Marks the weekday just emitted ("the previous Friday", "el lunes siguiente")
// as counted from the day named before it, when the sentence names one
// (DateMention::named_weekday; `direction` -1 before, 1 after).
void CountFromNamed(int wd, int direction, std::vector<DateMention>* out);
// `either_week` (for "next"/"last" and their Spanish words, w kNext or kLast):
// the words may also name that weekday of the next or previous Monday-to-Sunday
// week, kept as DateMention::alt when it is another day.
void EmitWeekday(const Match& m, int wd, Which w, std::vector<DateMention>* out,
                 bool either_week = false);
void EmitMonthName(const Match& m, int month, Which w, std::vector<DateMention>* out);
void EmitPeriod(const Match& m, bool month, int delta, std::vector<DateMention>* out);
void EmitDayOffset(const Match& m, int days, std::vector<DateMention>* out);
void EmitRelativeRange(const Match& m, const Date* start, const Date* end, const char* form,
                       std::vector<DateMention>* out);
void EmitWeek(const Match& m, int delta, bool weekend, std::vector<DateMention>* out);
void EmitNearestWeekend(const Match& m, std::vector<DateMention>* out);
std::vector<const char*> NumberLangs(Lang lang);
bool WholeNumber(const Match& m, std::string_view phrase, int* value, std::string* unit,
                 bool* ordinal = nullptr);
int DayWord(const Match& m, std::string_view phrase);
int DayWord(const Match& m, int group);
void CountMargin(DateMention* d, int months, int days);
void EmitHalfCount(const Match& m, int n, std::string_view unit, int sign, std::vector<DateMention>* out);
void EmitOffset(const Match& m, int group, int sign, std::vector<DateMention>* out);
int Rank(const Match& m, int group);
int RefYear(const Match& m, int delta);
void EmitYearPart(const Match& m, int n, int months, int year, bool relative,
                  std::vector<DateMention>* out);
void EmitYearlessPart(const Match& m, int n, int months, std::vector<DateMention>* out);
Which ByTense(const Match& m, const Date& ref);
void EmitNthWeek(const Match& m, int n, int month, int year, bool relative,
                 std::vector<DateMention>* out);
void EmitNthWeekOf(const Match& m, std::vector<DateMention>* out);
void EmitShiftedQuarter(const Match& m, int delta, std::vector<DateMention>* out);
void EmitWeekdayOfWeek(const Match& m, int wd, int delta, std::vector<DateMention>* out);
void EmitSpan(const Match& m, std::string_view count, int sign, std::vector<DateMention>* out);
void EmitSpanOf(const Match& m, int n, const std::string& unit, int sign,
                std::vector<DateMention>* out);
void EmitSpanOfParts(const Match& m, int months, int days, int sign,
                     std::vector<DateMention>* out);
bool CompoundCount(const Match& m, std::string_view s, int* months, int* days);
void EmitCompoundSpan(const Match& m, int group, int sign, std::vector<DateMention>* out);
void EmitDecade(const Match& m, int decade, std::vector<DateMention>* out);
// Seasons: 0 spring, 1 summer, 2 autumn, 3 winter, by their folded name in
// either language ("verano", "summer", "otono", "fall"), or -1.
int SeasonNamed(std::string_view word);
// Season `season` of the year `year` names ("el verano de 2024", "winter
// 2022": the winter that ends in it), or, with `year` 0, the one `w` names
// from the reference (kLast, kNext, kThis; kOnOrBefore for a bare "en verano",
// placed by its clause's tense, its year implied).
void EmitSeason(const Match& m, int season, int year, Which w, std::vector<DateMention>* out);
void EmitShiftedDecades(const Match& m, int first, int count, std::vector<DateMention>* out);
void EmitQuarters(const Match& m, int n, int sign, std::vector<DateMention>* out);
void EmitCountedPart(const Match& m, bool first, int n, const std::string& unit, int month,
                     int year, bool relative, std::vector<DateMention>* out);
int ShiftOf(std::string_view w);
void NamedPeriod(const Match& m, int g, int* year, int* month, bool* relative);
std::vector<std::string_view> WordsBefore(std::string_view text, size_t pos, size_t count);
bool FutureCount(const Match& m, bool bound = false);
bool Anchored(const Match& m, int lead);
void EmitOffsetToTheDay(const Match& m, int group, int sign, std::vector<DateMention>* out);
void EmitAnniversary(const Match& m, int count_group, int day_shift, bool day_named, std::vector<DateMention>* out);
// A day counted from the day the text named last ("the same day", "al día
// siguiente"), resolved by ResolveFromNamed or left unresolved.
void EmitDaysFromNamed(const Match& m, int days, std::vector<DateMention>* out);
void EmitCount(const Match& m, int group, int sign, std::vector<DateMention>* out);
bool CountOfPeriods(const Match& m, std::string_view count, int* months, int* days);
bool EmitStretchFromNow(const Match& m, int group, std::vector<DateMention>* out);
void EmitLater(const Match& m, int group, std::vector<DateMention>* out);
void EmitWithin(const Match& m, int group, std::vector<DateMention>* out, bool ahead = false);
void EmitBusinessDays(const Match& m, int group, int sign, std::vector<DateMention>* out);
void EmitNthWeekOfNamed(const Match& m, std::vector<DateMention>* out);
void EmitCompoundOffset(const Match& m, int group, int sign, std::vector<DateMention>* out);
bool FollowingAsPreposition(const Match& m);
bool OverStretch(const Match& m);
bool CountEndsPhrase(const Match& m);
void EmitUnitShift(const Match& m, std::string_view unit, int delta,
                   std::vector<DateMention>* out);
void EmitWorkWeek(const Match& m, int delta, std::vector<DateMention>* out);
void EmitNthMonth(const Match& m, std::vector<DateMention>* out);
void EmitFirstOrLast(const Match& m, int word, int count, int unit, int named,
                     std::vector<DateMention>* out);
void EmitDecadesOffset(const Match& m, int count, int sign, std::vector<DateMention>* out);
void EmitPart(const Match& m, int part, int month, int year, std::vector<DateMention>* out);
void EmitWeekPart(const Match& m, int part, int delta, std::vector<DateMention>* out);
void EmitRelativePart(const Match& m, int part, bool month, int delta,
                      std::vector<DateMention>* out, bool bare = false);
int UnitOf(std::string_view word);
void CurrentPeriod(const Date& ref, int unit, Date* first, Date* last);
void EmitHalf(const Match& m, int unit, bool later, std::vector<DateMention>* out);
void EmitRest(const Match& m, int unit, bool rest, std::vector<DateMention>* out);
void EmitRestOfNamed(const Match& m, int year, int month, bool rest, std::vector<DateMention>* out);
void EmitIsoWeek(const Match& m, int n, int year, bool relative, std::vector<DateMention>* out);
void EmitCentury(const Match& m, int n, std::vector<DateMention>* out);
void EmitRelativeCentury(const Match& m, int delta, std::vector<DateMention>* out);
int Roman(std::string_view s);
void EmitHoliday(const Match& m, std::string_view name, int year, int anchor,
                 std::vector<DateMention>* out);
void EmitFeast(const Match& m, std::string_view name, int year, int anchor,
               std::vector<DateMention>* out, int part = -1);
bool CountsSomething(std::string_view text, size_t at);
bool DayFirst(Lang lang, int a, int b);
int SameWeekdayYear(const Match& m, int wd, int mo, int d);
int YearWords(const Match& m, std::string_view words, size_t* used);
std::string_view WordsFrom(std::string_view text, size_t at);
int YearWordsAt(const Match& m, size_t at, size_t* end);
void EmitDayOfMonth(const Match& m, Span span, int d, int delta, std::vector<DateMention>* out);
bool CountsAfterMonth(const Match& m, size_t end);
void EmitMonthList(const Match& m, int group, std::vector<DateMention>* out);
bool AfterCurrency(std::string_view text, size_t at);
bool FractionOf(const Match& m);
bool EmitNumericDay(const Match& m, Span span, int a, int b, int y, int anchor,
                    std::vector<DateMention>* out);
void EmitWeekdayDay(const Match& m, int wd, int d, std::vector<DateMention>* out, int reach = 1);

// ---------------------------------------------------------------------------
// readers_*.cc: the readers of each language

void AddCommonReaders(Readers* r);
void AddSpanishReaders(Readers* r);
void AddEnglishReaders(Readers* r);

// ---------------------------------------------------------------------------
// extract_dates.cc: the readers of a language, built once

const Readers& ReadersFor(Lang lang);

// ---------------------------------------------------------------------------
// passes.cc: passes over the kept mentions, in the order ExtractDates runs them

// Mentions that count days from the day the text named last
// (DateMention::days_from_named) take it from a day named before them in their
// sentence; others are left as they are.
void ResolveFromNamed(std::string_view text, std::vector<DateMention>* mentions);
void UnresolveAnaphoric(std::string_view text, const Date* ref,
                        std::vector<DateMention>* mentions);
void PeriodParts(std::string_view text, std::vector<DateMention>* mentions);
void JoinRanges(std::string_view text, std::vector<DateMention>* mentions);
void WeekendsOf(std::string_view text, std::vector<DateMention>* mentions);
void BindYears(std::string_view text, std::vector<DateMention>* mentions);
void Appositions(std::string_view text, std::vector<DateMention>* mentions);
void WeekdaysOfWeeks(std::string_view text, std::vector<DateMention>* mentions);
void OpenRanges(std::string_view text, std::vector<DateMention>* mentions);
void WeekdaysOfShifts(std::string_view text, const Date* ref, std::vector<DateMention>* mentions);
void MarkApprox(std::string_view text, std::vector<DateMention>* mentions);

}  // namespace claimcheck::dates_detail
