// Date arithmetic and date extraction.
//
// Extraction runs a list of readers over the folded text. A reader is one RE2
// pattern (compiled once per language) and a function that turns its groups into
// mentions or rejects the match. Every reader scans the whole text; overlapping
// candidates are then settled by length, so "19 de junio de 2024" beats the
// "de 2024" that the year reader also finds inside it.
//
// Patterns that need a context word to be sure of a reading ("en 2022", "el
// miércoles", "la mañana") capture it outside the "core" group: the context
// decides, the core alone becomes the mention's span.
#include "claimcheck/dates.h"

#include <unicode/dtfmtsym.h>
#include <unicode/locid.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <cctype>
#include <cstdint>
#include <cstdio>
#include <functional>
#include <iterator>
#include <map>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include "claimcheck/numbers.h"
#include "text/lang.h"
#include "text/regex.h"

namespace claimcheck {
namespace {

using P = Date::Precision;

bool IsLeap(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

int DaysInMonth(int y, int m) {
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  return m == 2 && IsLeap(y) ? 29 : kDays[m - 1];
}

bool ValidDay(int y, int m, int d) { return m >= 1 && m <= 12 && d >= 1 && d <= DaysInMonth(y, m); }

// Days since 1970-01-01 in the proleptic Gregorian calendar (H. Hinnant's
// algorithm: exact for any year, no tables, no time zones).
int64_t DaysFromCivil(int64_t y, int m, int d) {
  y -= m <= 2;
  const int64_t era = (y >= 0 ? y : y - 399) / 400;
  const int64_t yoe = y - era * 400;
  const int64_t doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1;
  const int64_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

Date CivilFromDays(int64_t z) {
  z += 719468;
  const int64_t era = (z >= 0 ? z : z - 146096) / 146097;
  const int64_t doe = z - era * 146097;
  const int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const int64_t mp = (5 * doy + 2) / 153;
  const int d = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
  const int m = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
  return Date::Day(static_cast<int>(yoe + era * 400 + (m <= 2)), m, d);
}

int64_t Ordinal(const Date& d) { return DaysFromCivil(d.year, d.month, d.day); }

int ToInt(std::string_view digits) {
  int v = 0;
  for (char c : digits) v = v * 10 + (c - '0');
  return v;
}

}  // namespace

// ---------------------------------------------------------------------------
// Date

bool Date::Parse(std::string_view text, Date* out) {
  // A date-time keeps only its date: the time of day never changes which day a
  // claim is about at the precisions claimcheck compares.
  static const Regex* const kIso =
      new Regex(R"(^(\d{4})(?:-(\d{2})(?:-(\d{2})(?:[t ].*)?)?)?$)");
  std::vector<Span> g;
  if (!kIso->MatchAt(text, 0, &g)) return false;
  auto has = [&](int i) { return g[static_cast<size_t>(i)].begin != Regex::npos; };
  auto num = [&](int i) {
    Span s = g[static_cast<size_t>(i)];
    return ToInt(text.substr(s.begin, s.size()));
  };
  Date d = Year(num(1));
  if (has(2)) {
    int m = num(2);
    if (m < 1 || m > 12) return false;
    d = Month(d.year, m);
  }
  if (has(3)) {
    int day = num(3);
    if (!ValidDay(d.year, d.month, day)) return false;
    d = Day(d.year, d.month, day);
  }
  *out = d;
  return true;
}

std::string Date::ToString() const {
  char buf[32];
  switch (precision) {
    case Precision::kNone:
      return "";
    case Precision::kYear:
      std::snprintf(buf, sizeof buf, "%04d", year);
      break;
    case Precision::kMonth:
      std::snprintf(buf, sizeof buf, "%04d-%02d", year, month);
      break;
    case Precision::kDay:
      std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", year, month, day);
      break;
  }
  return buf;
}

int Date::Weekday() const {
  // 1970-01-01 was a Thursday (ISO 4).
  int64_t r = Ordinal(*this) % 7;
  if (r < 0) r += 7;
  return static_cast<int>((r + 3) % 7) + 1;
}

Date Date::AddDays(int days) const { return CivilFromDays(Ordinal(*this) + days); }

Date Date::Truncate(Precision p) const {
  if (p >= precision) return *this;
  switch (p) {
    case Precision::kYear:
      return Year(year);
    case Precision::kMonth:
      return Month(year, month);
    default:
      return Date();
  }
}

bool Date::Agree(const Date& a, const Date& b) {
  if (!a.valid() || !b.valid()) return false;
  Precision p = std::min(a.precision, b.precision);
  return a.Truncate(p) == b.Truncate(p);
}

// ---------------------------------------------------------------------------
// Extraction

namespace {

// Month and weekday names of one language, folded, from ICU.
struct Names {
  std::map<std::string, int> month;    // name without trailing dot -> 1..12
  std::map<std::string, int> weekday;  // -> ISO 1 (Monday) .. 7
  // Month abbreviations that are no full name ("mar", "jun"; not "may").
  std::set<std::string> short_months;
  // RE2 alternations (no groups), longest names first.
  std::string months, wide_months, weekdays, wide_weekdays;
};

std::string FoldName(const icu::UnicodeString& u) {
  std::string s;
  u.toUTF8String(s);
  s = Fold(s);
  while (!s.empty() && (s.back() == '.' || s.back() == ' ')) s.pop_back();
  return s;
}

std::string QuoteMeta(std::string_view s) {
  std::string out;
  for (char c : s) {
    unsigned char u = static_cast<unsigned char>(c);
    if (u < 0x80 && !std::isalnum(u)) out.push_back('\\');
    out.push_back(c);
  }
  return out;
}

std::string Alternation(std::vector<std::string> names) {
  // An alternation that can never match keeps the patterns valid should ICU
  // have no data for the locale.
  if (names.empty()) return R"((?:\b\B))";
  std::sort(names.begin(), names.end());
  names.erase(std::unique(names.begin(), names.end()), names.end());
  // RE2 alternation is leftmost-first: "septiembre" must be tried before "sept".
  std::stable_sort(names.begin(), names.end(),
                   [](const std::string& a, const std::string& b) { return a.size() > b.size(); });
  std::string out = "(?:";
  for (size_t i = 0; i < names.size(); ++i) {
    if (i) out += '|';
    out += QuoteMeta(names[i]);
  }
  return out + ")";
}

// Standard locales whose names a language accepts. en_GB adds "Sept", the
// abbreviation most English newsrooms write.
std::vector<const char*> LocalesOf(Lang lang) {
  switch (lang) {
    case Lang::kEs:
      return {"es"};
    case Lang::kEn:
      return {"en", "en_GB"};
    case Lang::kAny:
      break;
  }
  return {"es", "en", "en_GB"};
}

Names BuildNames(Lang lang) {
  Names n;
  std::vector<std::string> months, wide_months, weekdays, wide_weekdays;
  for (const char* id : LocalesOf(lang)) {
    UErrorCode status = U_ZERO_ERROR;
    icu::DateFormatSymbols symbols(icu::Locale(id), status);
    if (U_FAILURE(status)) continue;
    for (auto context : {icu::DateFormatSymbols::FORMAT, icu::DateFormatSymbols::STANDALONE}) {
      for (auto width : {icu::DateFormatSymbols::WIDE, icu::DateFormatSymbols::ABBREVIATED}) {
        const bool wide = width == icu::DateFormatSymbols::WIDE;
        int32_t count = 0;
        const icu::UnicodeString* m = symbols.getMonths(count, context, width);
        for (int32_t i = 0; i < count && i < 12; ++i) {
          std::string name = FoldName(m[i]);
          if (name.empty()) continue;
          n.month.emplace(name, i + 1);
          months.push_back(name);
          if (wide) wide_months.push_back(name);
        }
        // ICU indexes weekdays from 1 = Sunday; index 0 is empty.
        const icu::UnicodeString* w = symbols.getWeekdays(count, context, width);
        for (int32_t i = 1; i < count && i <= 7; ++i) {
          std::string name = FoldName(w[i]);
          if (name.empty()) continue;
          n.weekday.emplace(name, i == 1 ? 7 : i - 1);
          weekdays.push_back(name);
          if (wide) wide_weekdays.push_back(name);
        }
      }
    }
  }
  // Newsrooms cut every month to three letters ("sep", where Spanish ICU has
  // "sept."); such a cut is one more abbreviation.
  for (const std::string& name : wide_months) {
    std::string cut = name.substr(0, 3);
    if (name.size() > 3 && n.month.emplace(cut, n.month[name]).second) months.push_back(cut);
  }
  for (const std::string& name : months) {
    if (std::find(wide_months.begin(), wide_months.end(), name) == wide_months.end()) {
      n.short_months.insert(name);
    }
  }
  n.months = Alternation(months);
  n.wide_months = Alternation(wide_months);
  n.weekdays = Alternation(weekdays);
  n.wide_weekdays = Alternation(wide_weekdays);
  return n;
}

// True when the clause around `at` speaks of the future by an explicit cue:
// "will", "is due to", "plans to"; "va a firmar", "tiene previsto", "está
// previsto", "-remos"), or a verb of `verbs` (SpanishFutureVerbs, in folded
// offsets, sorted). A bare weekday or a date without a year in such a clause lies
// ahead ("Putin will travel to Hanoi on Thursday"), not behind.
bool FutureClause(std::string_view text, Lang lang, Span at, const std::vector<Span>& verbs) {
  static const Regex* const kEn = new Regex(
      R"(\b(?:will|shall|wo\s*n't|going\s+to|(?:is|are|am)\s+(?:expected|scheduled|set|slated|due|planned|poised)\s+to|plans?\s+to|intends?\s+to)\b|'ll\b)");
  static const Regex* const kEs = new Regex(
      R"(\b(?:(?:va|van|vamos|voy|vas)\s+a\s+[a-z]+(?:ar|er|ir)(?:se|lo|la|los|las|le|les)?|(?:tiene|tienen)\s+previst[oa]|(?:esta|estan)\s+previst[oa]s?|preve|[a-z]{2,}(?:aremos|eremos|iremos))\b)");
  constexpr size_t kReach = 120;
  size_t b = at.begin > kReach ? at.begin - kReach : 0, e = std::min(text.size(), at.end + kReach);
  for (size_t i = at.begin; i > b; --i) {
    const char c = text[i - 1];
    if (c == '.' || c == ';' || c == '!' || c == '?' || c == '\n') {
      b = i;
      break;
    }
  }
  for (size_t i = at.end; i < e; ++i) {
    const char c = text[i];
    if (c == '.' || c == ';' || c == '!' || c == '?' || c == '\n') {
      e = i;
      break;
    }
  }
  const std::string_view clause = text.substr(b, e - b);
  auto verb = std::lower_bound(verbs.begin(), verbs.end(), b,
                               [](const Span& v, size_t pos) { return v.begin < pos; });
  if (lang != Lang::kEn && verb != verbs.end() && verb->end <= e) return true;
  return (lang != Lang::kEs && kEn->Contains(clause)) || (lang != Lang::kEn && kEs->Contains(clause));
}

// What a handler sees of one match.
struct Match {
  std::string_view text;
  const std::vector<Span>& g;
  const Names& names;
  Lang lang;
  const Date* ref;
  Span core;
  const std::vector<Span>* future_verbs = nullptr;

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

// The forms that name a period rather than state its endpoints (DateMention::period).
bool PeriodForm(std::string_view form) {
  for (std::string_view f : {"week", "weekend", "decade", "century", "quarter", "part", "period-part"})
    if (form == f) return true;
  return false;
}

DateMention Absolute(Span span, Date value, const char* form) {
  DateMention m;
  m.span = span;
  m.value = value;
  m.form = form;
  return m;
}

DateMention Relative(Span span, const Date* value, const char* form) {
  DateMention m;
  m.span = span;
  m.relative = true;
  m.form = form;
  if (value) {
    m.value = *value;
  } else {
    m.resolved = false;
  }
  return m;
}

DateMention Range(Span span, Date start, Date end, const char* form) {
  DateMention m = Absolute(span, start, form);
  m.end = end;
  m.is_range = true;
  return m;
}

int TwoDigitYear(int yy) { return yy < 50 ? 2000 + yy : 1900 + yy; }

bool PlausibleYear(int y) { return y >= 1000 && y <= 2099; }

// A date inside a longer run of digits and separators ("612-2009-2016",
// "133-03-03-2020", "6,107.31 August") is part of a code or a number.
bool InsideNumber(std::string_view text, Span span) {
  auto digit = [&](size_t i) { return i < text.size() && std::isdigit(static_cast<unsigned char>(text[i])); };
  auto sep = [&](size_t i) {
    return i < text.size() && (text[i] == '-' || text[i] == '/' || text[i] == '.' || text[i] == ',' ||
                               text[i] == ':');
  };
  // A date that starts or ends with a name ("Oct 14-Nov 21, 2013") is joined,
  // not embedded, by the hyphen beside it.
  bool before = digit(span.begin) && span.begin >= 2 && sep(span.begin - 1) && digit(span.begin - 2);
  bool after = span.end >= 1 && digit(span.end - 1) && sep(span.end) && digit(span.end + 1);
  return before || after;
}

// "en 2022 %" is a number, not a year.
bool Percentage(const Match& m) { return m.After() == '%' || (m.After() == ' ' && m.After(1) == '%'); }

// A day and month with an explicit year, or the year of the reference date.
// `anchor` > 0 asks for the first such day strictly after the reference, < 0
// strictly before it ("el 19 de junio pasado").
void EmitDay(const Match& m, Span span, int y, int mo, int d, int anchor,
             std::vector<DateMention>* out) {
  if (y) {
    if (ValidDay(y, mo, d)) out->push_back(Absolute(span, Date::Day(y, mo, d), "absolute"));
    return;
  }
  if (!ValidDay(2024, mo, d)) return;  // a leap year: "29 de febrero" is possible somewhere
  const Date* ref = m.RefAt(anchor ? P::kDay : P::kYear);
  if (!ref) {
    out->push_back(Relative(span, nullptr, "day-month"));
    return;
  }
  int year = ref->year;
  if (anchor && ValidDay(year, mo, d)) {
    int64_t cand = DaysFromCivil(year, mo, d), r = Ordinal(*ref);
    if (anchor < 0 && cand >= r) --year;
    if (anchor > 0 && cand <= r) ++year;
  } else if (!anchor && ref->precision == P::kDay && ValidDay(year, mo, d) &&
             DaysFromCivil(year, mo, d) < Ordinal(*ref) && m.Future()) {
    ++year;  // "the summit will open on 3 March", read in June: next March
  }
  if (!ValidDay(year, mo, d)) return;
  Date v = Date::Day(year, mo, d);
  out->push_back(Relative(span, &v, "day-month"));
}

// Days d1..d2 (months m1, m2) of year y, or of the reference's year.
void EmitDayRange(const Match& m, Span span, int y1, int m1, int d1, int y2, int m2, int d2,
                  std::vector<DateMention>* out) {
  if (!y1 && y2) y1 = m1 <= m2 ? y2 : y2 - 1;
  if (y1 && !y2) y2 = m1 <= m2 ? y1 : y1 + 1;
  bool inferred = !y1;
  if (inferred) {
    if (!ValidDay(2024, m1, d1) || !ValidDay(2024, m2, d2)) return;
    const Date* ref = m.RefAt(P::kYear);
    if (!ref) {
      DateMention r = Relative(span, nullptr, "day-range");
      r.is_range = true;
      out->push_back(r);
      return;
    }
    y1 = ref->year;
    y2 = m1 <= m2 ? y1 : y1 + 1;
  }
  if (!ValidDay(y1, m1, d1) || !ValidDay(y2, m2, d2)) return;
  Date a = Date::Day(y1, m1, d1), b = Date::Day(y2, m2, d2);
  if (Ordinal(b) <= Ordinal(a)) return;
  DateMention r = Range(span, a, b, "day-range");
  r.relative = inferred;
  out->push_back(r);
}

enum class Which { kOnOrBefore, kOnOrAfter, kLast, kNext, kThis };

Date ResolveWeekday(const Date& ref, int wd, Which w) {
  const int cur = ref.Weekday();
  switch (w) {
    case Which::kOnOrBefore:
      return ref.AddDays(-((cur - wd + 7) % 7));
    case Which::kOnOrAfter:
      return ref.AddDays((wd - cur + 7) % 7);
    case Which::kLast: {
      int back = (cur - wd + 7) % 7;
      return ref.AddDays(-(back == 0 ? 7 : back));
    }
    case Which::kNext: {
      int fwd = (wd - cur + 7) % 7;
      return ref.AddDays(fwd == 0 ? 7 : fwd);
    }
    case Which::kThis:
      break;
  }
  // The Monday-to-Sunday week that holds the reference.
  return ref.AddDays(wd - cur);
}

Date ResolveMonthName(const Date& ref, int month, Which w) {
  switch (w) {
    case Which::kLast:
      return Date::Month(ref.month > month ? ref.year : ref.year - 1, month);
    case Which::kNext:
      return Date::Month(ref.month < month ? ref.year : ref.year + 1, month);
    case Which::kOnOrBefore:
      return Date::Month(ref.month >= month ? ref.year : ref.year - 1, month);
    default:
      return Date::Month(ref.year, month);
  }
}

Date ShiftMonth(const Date& ref, int delta) {
  int index = ref.year * 12 + (ref.month - 1) + delta;
  return Date::Month(index / 12, index % 12 + 1);
}

void EmitWeekday(const Match& m, int wd, Which w, std::vector<DateMention>* out) {
  if (!wd) return;
  // News tells of the days just past, unless the clause speaks of the future.
  if (w == Which::kOnOrBefore && m.Future()) w = Which::kOnOrAfter;
  const Date* ref = m.RefAt(P::kDay);
  Date v;
  if (ref) v = ResolveWeekday(*ref, wd, w);
  out->push_back(Relative(m.core, ref ? &v : nullptr, "weekday"));
}

void EmitMonthName(const Match& m, int month, Which w, std::vector<DateMention>* out) {
  if (!month) return;
  const Date* ref = m.RefAt(P::kMonth);
  Date v;
  if (ref) v = ResolveMonthName(*ref, month, w);
  out->push_back(Relative(m.core, ref ? &v : nullptr, "relative-month"));
}

// "mes"/"month" or "ano"/"year", shifted by `delta` periods.
void EmitPeriod(const Match& m, bool month, int delta, std::vector<DateMention>* out) {
  const Date* ref = m.RefAt(month ? P::kMonth : P::kYear);
  Date v;
  if (ref) v = month ? ShiftMonth(*ref, delta) : Date::Year(ref->year + delta);
  out->push_back(Relative(m.core, ref ? &v : nullptr, month ? "relative-month" : "relative-year"));
}

void EmitDayOffset(const Match& m, int days, std::vector<DateMention>* out) {
  const Date* ref = m.RefAt(P::kDay);
  Date v;
  if (ref) v = ref->AddDays(days);
  out->push_back(Relative(m.core, ref ? &v : nullptr, "relative-day"));
}

// A relative range of days; unresolved without a reference day.
void EmitRelativeRange(const Match& m, const Date* start, const Date* end, const char* form,
                       std::vector<DateMention>* out) {
  DateMention r = Relative(m.core, start, form);
  r.is_range = true;
  if (end) r.end = *end;
  out->push_back(r);
}

// The Monday-to-Sunday week `delta` weeks from the reference's, or its Saturday
// and Sunday.
void EmitWeek(const Match& m, int delta, bool weekend, std::vector<DateMention>* out) {
  const Date* ref = m.RefAt(P::kDay);
  if (!ref) {
    EmitRelativeRange(m, nullptr, nullptr, weekend ? "weekend" : "week", out);
    return;
  }
  Date monday = ref->AddDays(1 - ref->Weekday() + 7 * delta);
  Date start = monday.AddDays(weekend ? 5 : 0), end = monday.AddDays(6);
  EmitRelativeRange(m, &start, &end, weekend ? "weekend" : "week", out);
}

std::vector<const char*> NumberLangs(Lang lang) {
  switch (lang) {
    case Lang::kEs:
      return {"es"};
    case Lang::kEn:
      return {"en"};
    case Lang::kAny:
      break;
  }
  return {"es", "en"};
}

// `phrase` read whole by the number extractor as one plain number (digits or
// ICU spell-out words), so "veintinueve" or "tercer" count and "dos mil" does
// not pass for a day. Its unit is returned in *unit ("" for none).
bool WholeNumber(const Match& m, std::string_view phrase, int* value, std::string* unit,
                 bool* ordinal = nullptr) {
  for (const char* lang : NumberLangs(m.lang)) {
    std::vector<NumberMention> ns = ExtractNumbers(phrase, lang);
    if (ns.size() != 1) continue;
    const NumberMention& n = ns[0];
    if (n.span.begin != 0 || n.span.end != phrase.size() || n.is_range ||
        n.qualifier != NumberQualifier::kExact || n.value < 0 || n.value > 100000 ||
        n.value != static_cast<int>(n.value)) {
      continue;
    }
    *value = static_cast<int>(n.value);
    *unit = n.unit;
    if (ordinal) *ordinal = n.ordinal;
    return true;
  }
  return false;
}

// A day of the month written as a word ("veintinueve", "primero").
int DayWord(const Match& m, std::string_view phrase) {
  int v = 0;
  std::string unit;
  if (!WholeNumber(m, phrase, &v, &unit) || !unit.empty() || v < 1 || v > 31) return 0;
  return v;
}

int DayWord(const Match& m, int group) { return DayWord(m, m.str(group)); }

// "dos semanas", "3 days", "un año" `sign` periods away from the reference:
// days and weeks to the day, months and years only to the month or the year, since
// "hace tres meses" rarely means the very day.
void EmitOffset(const Match& m, int group, int sign, std::vector<DateMention>* out) {
  int n = 0;
  std::string unit;
  if (!WholeNumber(m, m.str(group), &n, &unit) || n < 1) return;
  int days = unit == "day" ? n : unit == "week" ? 7 * n : 0;
  if (!days && unit != "month" && unit != "year") return;
  const Date* ref = m.RefAt(days ? P::kDay : unit == "month" ? P::kMonth : P::kYear);
  Date v;
  if (ref) {
    v = days ? ref->AddDays(sign * days)
        : unit == "month" ? ShiftMonth(*ref, sign * n)
                          : Date::Year(ref->year + sign * n);
  }
  out->push_back(Relative(m.core, ref ? &v : nullptr, "offset"));
}

// The rank an ordinal word or number gives ("tercer", "3rd", "1.º"); "ultimo",
// "ultima" and "last" are -1; 0 when it is none.
int Rank(const Match& m, int group) {
  std::string_view w = m.str(group);
  if (w == "ultimo" || w == "ultima" || w == "last") return -1;
  int v = 0;
  bool ordinal = false;
  std::string unit;
  if (!WholeNumber(m, w, &v, &unit, &ordinal) || !ordinal || !unit.empty() || v < 1) return 0;
  return v;
}

// The reference's year shifted by `delta`, or 0 without a reference.
int RefYear(const Match& m, int delta) {
  const Date* ref = m.RefAt(P::kYear);
  return ref ? ref->year + delta : 0;
}

// Quarter (`months` 3), half (6) or third (4) number `n` of `year`; n -1 is the
// last one. `year` 0: unresolved.
void EmitYearPart(const Match& m, int n, int months, int year, bool relative,
                  std::vector<DateMention>* out) {
  int count = 12 / months;
  if (n < 0) n = count;
  if (n < 1 || n > count) return;
  if (!year) {
    EmitRelativeRange(m, nullptr, nullptr, "quarter", out);
    return;
  }
  DateMention r =
      Range(m.core, Date::Month(year, months * (n - 1) + 1), Date::Month(year, months * n), "quarter");
  r.relative = relative;
  out->push_back(r);
}

// Week `n` (-1: the last) of a month, or of a year when `month` is 0: the
// Monday-to-Sunday weeks whose Thursday falls in it, as ISO 8601 counts the
// weeks of a year.
void EmitNthWeek(const Match& m, int n, int month, int year, bool relative,
                 std::vector<DateMention>* out) {
  if (!n) return;
  if (!year) {
    EmitRelativeRange(m, nullptr, nullptr, "week", out);
    return;
  }
  int first_month = month ? month : 1, last_month = month ? month : 12;
  Date thursday;
  if (n > 0) {
    Date first = Date::Day(year, first_month, 1);
    thursday = first.AddDays((4 - first.Weekday() + 7) % 7 + 7 * (n - 1));
    if (thursday.year != year || thursday.month > last_month) return;
  } else {
    Date last = Date::Day(year, last_month, DaysInMonth(year, last_month));
    thursday = last.AddDays(-((last.Weekday() - 4 + 7) % 7));
  }
  Date monday = thursday.AddDays(-3), sunday = thursday.AddDays(3);
  DateMention r = Range(m.core, monday, sunday, "week");
  r.relative = relative;
  out->push_back(r);
}

// "la primera semana de julio", "the last week of 2020": group 1 the rank, group
// 2 the month, group 3 or 4 the year (the reference's when none is written).
void EmitNthWeekOf(const Match& m, std::vector<DateMention>* out) {
  int year = m.has(4) ? m.num(4) : m.num(3);
  EmitNthWeek(m, Rank(m, 1), m.month(2), year ? year : RefYear(m, 0), !year, out);
}

// The quarter `delta` quarters from the reference's ("este trimestre", "next
// quarter").
void EmitShiftedQuarter(const Match& m, int delta, std::vector<DateMention>* out) {
  const Date* ref = m.RefAt(P::kMonth);
  if (!ref) return EmitYearPart(m, 1, 3, 0, true, out);
  Date q = ShiftMonth(Date::Month(ref->year, ref->month - (ref->month - 1) % 3), 3 * delta);
  EmitYearPart(m, (q.month + 2) / 3, 3, q.year, true, out);
}

// A weekday of the week `delta` weeks from the reference's ("el lunes de la
// próxima semana").
void EmitWeekdayOfWeek(const Match& m, int wd, int delta, std::vector<DateMention>* out) {
  if (!wd) return;
  const Date* ref = m.RefAt(P::kDay);
  Date v;
  if (ref) v = ref->AddDays(wd - ref->Weekday() + 7 * delta);
  out->push_back(Relative(m.core, ref ? &v : nullptr, "weekday"));
}

void EmitSpanOf(const Match& m, int n, const std::string& unit, int sign,
                std::vector<DateMention>* out);

// "los próximos cuatro días", "the last six months": the days after the reference
// (from the next one) or before it (up to the previous one).
void EmitSpan(const Match& m, std::string_view count, int sign, std::vector<DateMention>* out) {
  int n = 0;
  std::string unit;
  // The count's pattern may start words early ("lo gastó en los 7 años pasados"):
  // its leading words are dropped until a count is left, and the span with them.
  Match trimmed = m;
  while (!WholeNumber(m, count, &n, &unit)) {
    size_t space = count.find(' ');
    if (space == std::string_view::npos) return;
    const char* at = count.data() + space + 1;
    if (at > m.text.data() && at < m.text.data() + m.text.size() &&
        count.data() == m.text.data() + trimmed.core.begin) {
      trimmed.core.begin = static_cast<size_t>(at - m.text.data());
    }
    count.remove_prefix(space + 1);
  }
  if (n < 1) return;
  const Match& m2 = trimmed;
  EmitSpanOf(m2, n, unit, sign, out);
}

void EmitSpanOf(const Match& m, int n, const std::string& unit, int sign,
                std::vector<DateMention>* out) {
  int days = unit == "day" ? n : unit == "week" ? 7 * n : 0;
  int months = unit == "month" ? n : unit == "year" ? 12 * n : 0;
  if (!days && !months) return;
  const Date* ref = m.RefAt(P::kDay);
  if (!ref) {
    EmitRelativeRange(m, nullptr, nullptr, "span", out);
    return;
  }
  auto shift = [&](const Date& from, int k) {
    if (days) return from.AddDays(k * days);
    Date mo = ShiftMonth(from, k * months);
    return Date::Day(mo.year, mo.month, std::min(from.day, DaysInMonth(mo.year, mo.month)));
  };
  Date a, b;
  if (sign > 0) {
    a = ref->AddDays(1);
    b = shift(a, 1).AddDays(-1);
  } else {
    a = shift(*ref, -1);
    b = ref->AddDays(-1);
  }
  EmitRelativeRange(m, &a, &b, "span", out);
}

// A decade: "los años 80", "la década de 1970", "the '60s". Two digits and
// words name a decade of the 1900s, as they do in writing about the past.
void EmitDecade(const Match& m, int decade, std::vector<DateMention>* out) {
  if (decade < 100) decade += 1900;
  if (decade % 10 || !PlausibleYear(decade)) return;
  out->push_back(Range(m.core, Date::Year(decade), Date::Year(decade + 9), "decade"));
}

// Calendar decades `first` .. `first + count - 1` decades away from the
// reference's ("la próxima década", "the next two decades", "el último
// decenio"): a decade named by its place is the calendar one, as "los años 2020"
// is.
void EmitShiftedDecades(const Match& m, int first, int count, std::vector<DateMention>* out) {
  if (count < 1 || count > 10) return;
  const Date* ref = m.RefAt(P::kYear);
  if (!ref) return EmitRelativeRange(m, nullptr, nullptr, "decade", out);
  int start = ref->year - ref->year % 10 + 10 * first;
  DateMention r = Range(m.core, Date::Year(start), Date::Year(start + 10 * count - 1), "decade");
  r.relative = true;
  out->push_back(r);
}

// `n` whole quarters after the reference's (sign > 0) or before it ("the next
// two quarters", "los últimos 3 trimestres"): quarters are reported whole, so
// the reference's own is in neither.
void EmitQuarters(const Match& m, int n, int sign, std::vector<DateMention>* out) {
  if (n < 1 || n > 40) return;
  const Date* ref = m.RefAt(P::kMonth);
  if (!ref) return EmitRelativeRange(m, nullptr, nullptr, "span", out);
  Date quarter = Date::Month(ref->year, ref->month - (ref->month - 1) % 3);
  Date a = ShiftMonth(quarter, sign > 0 ? 3 : -3 * n), b = ShiftMonth(a, 3 * n - 1);
  EmitRelativeRange(m, &a, &b, "span", out);
}

// The first or last `n` days, weeks or months of `month` of `year` (the whole
// year when `month` is 0): "las primeras 3 semanas de 2025", "the last two
// months of 2023". Weeks are the Monday-to-Sunday weeks whose Thursday falls in
// the period, as EmitNthWeek counts them. `year` 0: unresolved.
void EmitCountedPart(const Match& m, bool first, int n, const std::string& unit, int month,
                     int year, bool relative, std::vector<DateMention>* out) {
  if (n < 1) return;
  if (!year) return EmitRelativeRange(m, nullptr, nullptr, "span", out);
  if (!PlausibleYear(year)) return;
  const Date p1 = Date::Day(year, month ? month : 1, 1);
  const Date p2 =
      month ? Date::Day(year, month, DaysInMonth(year, month)) : Date::Day(year, 12, 31);
  const int64_t length = Ordinal(p2) - Ordinal(p1) + 1;
  Date a, b;
  if (unit == "month") {
    if (month || n > 12) return;
    a = Date::Month(year, first ? 1 : 13 - n);
    b = Date::Month(year, first ? n : 12);
  } else if (unit == "day") {
    if (n > length) return;
    a = first ? p1 : p2.AddDays(1 - n);
    b = first ? p1.AddDays(n - 1) : p2;
  } else if (unit == "week") {
    if (7 * n > length + 6) return;
    if (first) {
      a = p1.AddDays((4 - p1.Weekday() + 7) % 7 - 3);
      b = a.AddDays(7 * n - 1);
    } else {
      b = p2.AddDays(3 - (p2.Weekday() - 4 + 7) % 7);
      a = b.AddDays(1 - 7 * n);
    }
  } else {
    return;
  }
  DateMention r = Range(m.core, a, b, "span");
  r.relative = relative;
  out->push_back(r);
}

// How far a word shifts a period from the reference's: "este"/"this" 0, "next"
// and its kin 1, "last" and its kin -1.
int ShiftOf(std::string_view w) {
  if (w.empty() || w == "este" || w == "esta" || w == "this" || w == "current") return 0;
  for (std::string_view next :
       {"proxim", "siguiente", "que", "next", "following", "coming", "upcoming"}) {
    if (w.substr(0, next.size()) == next) return 1;
  }
  return -1;
}

// The month or year a counted part lies in, from the groups of kNamedPeriod
// starting at `g`: a year in digits; a shifting word and "año"/"mes"/"year"/
// "month" ("el próximo año", "next month"); the unit and a shifting word after
// it ("el año pasado", "the year": the reference's); a month name and its
// year. *year is 0 when a relative one has no reference.
void NamedPeriod(const Match& m, int g, int* year, int* month, bool* relative) {
  *month = 0;
  *relative = false;
  if (m.has(g)) {
    *year = m.num(g);
    return;
  }
  if (m.has(g + 5)) {
    *month = m.month(g + 5);
    *relative = !m.has(g + 6);
    *year = *relative ? RefYear(m, 0) : m.num(g + 6);
    return;
  }
  std::string_view unit = m.has(g + 2) ? m.str(g + 2) : m.str(g + 3);
  const bool by_month = unit == "mes" || unit == "month";
  const int delta = ShiftOf(m.has(g + 1) ? m.str(g + 1) : m.str(g + 4));
  *relative = true;
  *year = 0;
  const Date* ref = m.RefAt(by_month ? P::kMonth : P::kYear);
  if (!ref) return;
  if (by_month) {
    Date mo = ShiftMonth(*ref, delta);
    *year = mo.year;
    *month = mo.month;
  } else {
    *year = ref->year + delta;
  }
}

// The words before `pos` back to the start of its clause, nearest first.
std::vector<std::string_view> WordsBefore(std::string_view text, size_t pos, size_t count) {
  std::vector<std::string_view> words;
  size_t end = pos;
  while (words.size() < count) {
    while (end > 0 && text[end - 1] == ' ') --end;
    size_t begin = end;
    while (begin > 0 && std::isalpha(static_cast<unsigned char>(text[begin - 1]))) --begin;
    if (begin == end) break;
    words.push_back(text.substr(begin, end - begin));
    end = begin;
  }
  return words;
}

// Whether a count of periods forward ("en dos semanas", "in two weeks") is a
// date rather than how long something took ("los precios se duplicaron en dos
// años", "the first time in ten years", "built in two years"): only in a clause
// about the future. In Spanish the verb just before (past an adverb such as
// "fuera") must be a future ("se votará en dos semanas", "volveremos en un
// mes") or an infinitive after "ir a" or a future ("volverá a reunirse");
// folding drops the accent that marks the tense, so a noun of the same ending
// ("la primera", "su carrera") is told apart by the determiner before it, and a
// superlative or "primera vez" frame just before rules it out. In
// English a future marker must open the clause's verb ("will", "'ll", "going
// to") with no superlative or "first ... time" frame after it, and no past
// participle just before "in" ("will be completed in two years" says how long).
bool FutureCount(const Match& m) {
  const size_t at = m.span(0).begin;
  if (m.lang == Lang::kEs || (m.lang == Lang::kAny && m.str(0).substr(0, 3) == "en ")) {
    // Regular futures and the irregular stems (tendr-, podr-, habr-, har-, dir-
    // ... with their prefixed verbs: mantendrá, propondrá).
    static const Regex* const kFuture = new Regex(
        R"([a-z]+[aei]r(?:e|a|an|as|emos)|[a-z]*(?:tend|pond|sald|vend|vald|pod|hab|sab|cab|quer|ha|di)r(?:e|a|an|as|emos)|ir(?:e|a|an|emos))");
    static const Regex* const kInfinitive =
        new Regex(R"([a-z]+(?:ar|er|ir)(?:se|lo|la|le|los|las|les)?)");
    static const Regex* const kGo = new Regex("voy|vas|va|vamos|van");
    static const Regex* const kDeterminer = new Regex(
        R"(el|la|los|las|un|una|unos|unas|su|sus|mi|mis|tu|tus|este|esta|ese|esa|aquella|cada|otra|toda|misma|nuestra|por|de|del|al)");
    // "la primera cumbre en cinco años", "la mayor subida en diez años".
    static const Regex* const kFrame = new Regex(
        R"(primer[oa]?|vez|veces|mayor|menor|mejor|peor|record|maxim[oa]|minim[oa]|ultim[oa])");
    // Adverbs that may stand between the verb and the count ("estaré fuera en
    // un mes").
    static const Regex* const kAdverb = new Regex(
        "fuera|afuera|aqui|alli|alla|ya|nuevamente|definitivamente|finalmente|oficialmente");
    std::vector<std::string_view> w = WordsBefore(m.text, at, 6);
    for (size_t k = 0; k < w.size() && k < 4; ++k)
      if (kFrame->FullMatch(w[k])) return false;
    size_t i = 0;
    while (i < w.size() && kAdverb->FullMatch(w[i])) ++i;
    if (i >= w.size()) return false;
    if (kFuture->FullMatch(w[i])) return i + 1 >= w.size() || !kDeterminer->FullMatch(w[i + 1]);
    // An infinitive after "ir a" or a future and "a" ("va a firmar", "volverá a
    // reunirse").
    return kInfinitive->FullMatch(w[i]) && i + 2 < w.size() && w[i + 1] == "a" &&
           (kGo->FullMatch(w[i + 2]) || kFuture->FullMatch(w[i + 2]));
  }
  size_t begin = at;
  while (begin > 0 && std::string_view(".;:!?\n").find(m.text[begin - 1]) == std::string_view::npos)
    --begin;
  std::string_view clause = m.text.substr(begin, at - begin);
  static const Regex* const kMarker =
      new Regex(R"((?:\b(?:will|shall|won't|wont|going\s+to|gonna)|'ll)\b)");
  // Between the marker and "in": no superlative or "first ... time" frame, no
  // past participle just before "in", and no comma or conjunction that opens
  // another clause ("he will resign and the firm lost money in two years").
  static const Regex* const kFrame = new Regex(
      R"(\b(?:first|time|times|ever|record|highest|lowest|biggest|largest|smallest|best|worst|most|least)\b|(?:[a-z]ed|\bbuilt|\bdone|\bmade|\bwritten|\bwon)\s*$|,|\b(?:and|but|or|that|which|who|because|while|whereas|although|though|so|than)\b)");
  std::vector<Span> g;
  size_t from = 0, marker = std::string_view::npos;
  while (kMarker->Find(clause, from, &g)) {
    marker = g[0].end;
    from = g[0].end;
  }
  return marker != std::string_view::npos && !kFrame->Contains(clause.substr(marker));
}

// "al día siguiente", "a la semana siguiente" tell what followed an event just
// told; "el mes anterior a la cumbre", "los días siguientes de la huelga", "the
// week before the vote" count from the time named after them. Neither counts
// from the reference. `lead` is the group of a leading "a"/"al".
bool Anchored(const Match& m, int lead) {
  static const Regex* const kNext = new Regex(R"(\s+(?:a|al|de|del|than|of)\b)");
  return m.has(lead) || kNext->MatchAt(m.text, m.span(0).end);
}

// A count of periods from the reference ("dos semanas", "a fortnight"), as
// EmitOffset reads it.
void EmitCount(const Match& m, int group, int sign, std::vector<DateMention>* out) {
  if (m.str(group).find("fortnight") == std::string_view::npos)
    return EmitOffset(m, group, sign, out);
  EmitDayOffset(m, 14 * sign, out);
  out->back().form = "offset";
}

// "Three weeks later", "tres semanas después" (group `group` the count) count
// from a time the story names: from the reference only in a clause about the
// future, unresolved otherwise.
void EmitLater(const Match& m, int group, std::vector<DateMention>* out) {
  std::vector<DateMention> one;
  EmitCount(m, group, 1, &one);
  if (one.empty()) return;
  if (!FutureCount(m)) {
    one[0].resolved = false;
    one[0].value = Date();
  }
  out->push_back(one[0]);
}

// Week Rank(group 1) (-1: the last) of the month or year NamedPeriod reads from
// group 2: "the last week of next month", "la primera semana del año pasado".
void EmitNthWeekOfNamed(const Match& m, std::vector<DateMention>* out) {
  int year = 0, month = 0;
  bool relative = false;
  NamedPeriod(m, 2, &year, &month, &relative);
  if (year && !PlausibleYear(year)) return;
  EmitNthWeek(m, Rank(m, 1), month, year, relative, out);
}

// A count of periods in several parts ("3 weeks and 4 days", "un año y cinco
// meses", group `group`) `sign` away from the reference: to the day when days
// or weeks are counted, else to the month, as EmitOffset reads one count.
void EmitCompoundOffset(const Match& m, int group, int sign, std::vector<DateMention>* out) {
  static const Regex* const kPiece = new Regex(
      R"((?:\d+|[a-z]+(?:-[a-z]+)*)\s+(?:days?|weeks?|months?|years?|dias?|semanas?|mes(?:es)?|anos?)\b)");
  static const Regex* const kJoin = new Regex(R"(\s*,?\s*(?:(?:and|y)\s+)?)");
  std::string_view s = m.str(group);
  int months = 0, days = 0, pieces = 0;
  size_t at = 0;
  for (Span piece : kPiece->FindAll(s)) {
    int n = 0;
    std::string unit;
    if (!kJoin->FullMatch(s.substr(at, piece.begin - at)) ||
        !WholeNumber(m, s.substr(piece.begin, piece.size()), &n, &unit) || n < 1) {
      return;
    }
    if (unit == "day" || unit == "week") {
      days += unit == "day" ? n : 7 * n;
    } else if (unit == "month" || unit == "year") {
      months += unit == "month" ? n : 12 * n;
    } else {
      return;
    }
    ++pieces;
    at = piece.end;
  }
  if (pieces < 2 || at != s.size()) return;
  const Date* ref = m.RefAt(days ? P::kDay : P::kMonth);
  Date v;
  if (ref) {
    v = ShiftMonth(*ref, sign * months);
    if (days) {
      v = Date::Day(v.year, v.month, std::min(ref->day, DaysInMonth(v.year, v.month)))
              .AddDays(sign * days);
    }
  }
  out->push_back(Relative(m.core, ref ? &v : nullptr, "offset"));
}

// "Following Friday's vote" is after it: without "the", "following" before a
// possessive is a preposition. Group 2 holds the word, group 1 the core.
bool FollowingAsPreposition(const Match& m) {
  return m.is(2, "following") && m.span(0).begin == m.span(1).begin && m.After() == '\'';
}

// "Over the next decade", "durante la última década": a stretch of years up to
// or from the reference, as "over the next week" is seven days; "in the next
// decade" names the calendar one.
bool OverStretch(const Match& m) {
  static const Regex* const kArticle = new Regex("the|la|el|las|los");
  static const Regex* const kOver = new Regex("over|during|within|throughout|durante");
  std::vector<std::string_view> w = WordsBefore(m.text, m.span(0).begin, 4);
  size_t i = !w.empty() && kArticle->FullMatch(w[0]) ? 1 : 0;
  if (i >= w.size()) return false;
  return kOver->FullMatch(w[i]) ||
         (w[i] == "de" && i + 2 < w.size() && w[i + 1] == "largo" && w[i + 2] == "lo");
}

// Whether "en dos semanas", "in a year" ends its noun phrase: "en un año
// electoral", "in a week of talks", "in a year marked by protests" name a
// stretch, not a point. What may follow is punctuation, the end, or a word that
// opens something else (a conjunction, a preposition, an article, a clitic).
bool CountEndsPhrase(const Match& m) {
  static const Regex* const kNext = new Regex(
      R"re(\s*(?:[.,;:!?)"]|$)|\s+(?:y|o|e|en|con|por|para|si|cuando|tras|antes|hasta|que|pero|como|porque|mientras|segun|ante|el|la|los|las|un|una|unos|unas|su|sus|se|lo|le|and|or|at|in|on|for|with|by|after|before|until|when|if|but|as|so|because|while|unless|then|the|a|an|its|their|his|her)\b)re");
  return kNext->MatchAt(m.text, m.span(0).end);
}

// The day, Monday-to-Sunday week, month or year `delta` of them from the
// reference's ("el día anterior", "the week after").
void EmitUnitShift(const Match& m, std::string_view unit, int delta,
                   std::vector<DateMention>* out) {
  if (unit == "day" || unit == "dia") return EmitDayOffset(m, delta, out);
  if (unit == "week" || unit == "semana") return EmitWeek(m, delta, false, out);
  EmitPeriod(m, unit == "month" || unit == "mes", delta, out);
}

// Monday to Friday of the week `delta` weeks from the reference's ("next
// workweek", "la próxima semana laboral").
void EmitWorkWeek(const Match& m, int delta, std::vector<DateMention>* out) {
  const Date* ref = m.RefAt(P::kDay);
  if (!ref) return EmitRelativeRange(m, nullptr, nullptr, "week", out);
  Date monday = ref->AddDays(1 - ref->Weekday() + 7 * delta), friday = monday.AddDays(4);
  EmitRelativeRange(m, &monday, &friday, "week", out);
}

// No leading "a"/"al" group, for Anchored.
constexpr int kNoLead = -1;

// A year or month a counted part lies in, in the group layout NamedPeriod
// reads (tokens as Expand replaces them): "2025", "este año", "el año pasado",
// "junio de 2025"; "this year", "next month", "the year", "June 2025".
constexpr const char* kNamedPeriodEs =
    R"((?:<Y>|(este|proximo|pasado|ultimo)\s+(ano|mes)|(?:el\s+)?(ano|mes)(?:\s+(pasado|proximo|que\s+viene))?|<MW><YT>?))";
constexpr const char* kNamedPeriodEn =
    R"((?:<Y>|(?:the\s+)?(this|next|last|previous|following|coming|past)\s+(year|month)|the\s+(year|month)()|<MW><YT>?))";

// Month number Rank(group 1) (-1: the last) of the year NamedPeriod reads from
// group 2: "el quinto mes de 2025", "the 10th month of next year".
void EmitNthMonth(const Match& m, std::vector<DateMention>* out) {
  int n = Rank(m, 1), year = 0, month = 0;
  bool relative = false;
  NamedPeriod(m, 2, &year, &month, &relative);
  if (n < 0) n = 12;
  if (month || n < 1 || n > 12) return;
  if (!year) return out->push_back(Relative(m.core, nullptr, "month"));
  if (!PlausibleYear(year)) return;
  DateMention d = Absolute(m.core, Date::Month(year, n), "month");
  d.relative = relative;
  out->push_back(d);
}

// "The first 3 weeks of 2025", "los tres primeros meses del año": `word` the
// first/last word, `count` a plain number, `unit` days, weeks, months or
// quarters, `named` the period's groups (NamedPeriod).
void EmitFirstOrLast(const Match& m, int word, int count, int unit, int named,
                     std::vector<DateMention>* out) {
  int n = 0, year = 0, month = 0;
  bool relative = false;
  std::string none;
  if (!WholeNumber(m, m.str(count), &n, &none) || !none.empty()) return;
  const char u = m.str(unit)[0];
  const char* units = u == 'd' ? "day" : u == 'w' || u == 's' ? "week" : u == 'm' ? "month" : "quarter";
  NamedPeriod(m, named, &year, &month, &relative);
  const bool first = m.str(word)[0] == 'p' || m.is(word, "first");
  EmitCountedPart(m, first, units[0] == 'q' ? 3 * n : n, units[0] == 'q' ? "month" : units, month,
                  year, relative, out);
}

// "Hace una década", "two decades ago": ten years per decade from the
// reference's, to the year as EmitOffset reads "hace diez años". Group `count`
// the count ("a", "una" or a number).
void EmitDecadesOffset(const Match& m, int count, int sign, std::vector<DateMention>* out) {
  int n = 1;
  std::string unit;
  std::string_view c = m.str(count);
  if (c != "a" && c != "una" && c != "un" && (!WholeNumber(m, c, &n, &unit) || !unit.empty())) return;
  if (n < 1 || n > 10) return;
  const Date* ref = m.RefAt(P::kYear);
  Date v;
  if (ref) v = Date::Year(ref->year + sign * 10 * n);
  out->push_back(Relative(m.core, ref ? &v : nullptr, "offset"));
}

// Anaphoric forms ("la semana siguiente", "the previous year", "tres semanas
// después") count from the last time the story named. With none named before
// them but the reference day itself (a dateline, "hoy") that is the reference;
// after another date the anchor may be that date, so they are left unresolved
// rather than guessed.
void UnresolveAnaphoric(std::string_view text, const Date* ref,
                        std::vector<DateMention>* mentions) {
  static const Regex* const kAnaphoric = new Regex(
      R"(\b(?:anteriores|anterior|siguientes|siguiente|previous|following|preceding|next\s+day)\b|(?:later|despues|mas\s+tarde|before|after)$)");
  bool named = false;
  for (DateMention& m : *mentions) {
    if (named && m.relative && m.resolved &&
        kAnaphoric->Contains(text.substr(m.span.begin, m.span.size()))) {
      m.resolved = false;
      m.value = Date();
      m.end = Date();
    }
    const bool reference_day = ref && m.resolved && !m.is_range && m.value == *ref;
    named |= m.form != "now" && !reference_day;
  }
}

// Thirds of a month (days 1-15, 10-20, 16-end: the stretches overlap as the
// words do) or of a year (January-April, May-August, September-December).
// `part`: 0 early, 1 middle, 2 late. `month` 0 is the whole year; `year` 0 takes
// the reference's.
void EmitPart(const Match& m, int part, int month, int year, std::vector<DateMention>* out) {
  bool relative = !year;
  if (!year) {
    const Date* ref = m.RefAt(P::kYear);
    if (!ref) {
      EmitRelativeRange(m, nullptr, nullptr, "part", out);
      return;
    }
    year = ref->year;
  }
  Date a, b;
  if (month) {
    static constexpr int kFirst[] = {1, 10, 16};
    int last = part == 0 ? 15 : part == 1 ? 20 : DaysInMonth(year, month);
    a = Date::Day(year, month, kFirst[part]);
    b = Date::Day(year, month, last);
  } else {
    a = Date::Month(year, 1 + 4 * part);
    b = Date::Month(year, 4 + 4 * part);
  }
  DateMention r = Range(m.core, a, b, "part");
  r.relative = relative;
  out->push_back(r);
}

// The early (Monday to Wednesday), middle (Tuesday to Thursday) or late
// (Thursday to Sunday) days of the week `delta` weeks from the reference's.
void EmitWeekPart(const Match& m, int part, int delta, std::vector<DateMention>* out) {
  const Date* ref = m.RefAt(P::kDay);
  if (!ref) return EmitRelativeRange(m, nullptr, nullptr, "part", out);
  static constexpr int kFirst[] = {0, 1, 3}, kLast[] = {2, 3, 6};
  Date monday = ref->AddDays(1 - ref->Weekday() + 7 * delta);
  Date a = monday.AddDays(kFirst[part]), b = monday.AddDays(kLast[part]);
  EmitRelativeRange(m, &a, &b, "part", out);
}

// A part of the reference's month or year, shifted by `delta` of them ("a
// finales del año pasado").
void EmitRelativePart(const Match& m, int part, bool month, int delta,
                      std::vector<DateMention>* out) {
  const Date* ref = m.RefAt(month ? P::kMonth : P::kYear);
  if (!ref) {
    EmitRelativeRange(m, nullptr, nullptr, "part", out);
    return;
  }
  if (month) {
    Date mo = ShiftMonth(*ref, delta);
    EmitPart(m, part, mo.month, mo.year, out);
  } else {
    EmitPart(m, part, 0, ref->year + delta, out);
  }
  out->back().relative = true;
}

// 0 week, 1 month, 2 year: "semana"/"week", "mes"/"month", "ano"/"year".
int UnitOf(std::string_view word) {
  return word == "semana" || word == "week" ? 0 : word == "mes" || word == "month" ? 1 : 2;
}

// The reference's Monday-to-Sunday week (unit 0), month (1) or year (2), as days.
void CurrentPeriod(const Date& ref, int unit, Date* first, Date* last) {
  if (unit == 0) {
    *first = ref.AddDays(1 - ref.Weekday());
    *last = first->AddDays(6);
  } else if (unit == 1) {
    *first = Date::Day(ref.year, ref.month, 1);
    *last = Date::Day(ref.year, ref.month, DaysInMonth(ref.year, ref.month));
  } else {
    *first = Date::Day(ref.year, 1, 1);
    *last = Date::Day(ref.year, 12, 31);
  }
}

// "Earlier this month" has passed: from the period's start to the day before
// the reference, within its first half; "later this year" is still to come:
// from the reference, within its second half (Thursday to Sunday, days 16 to
// the end, July to December), as both are said from mid-period on too.
void EmitHalf(const Match& m, int unit, bool later, std::vector<DateMention>* out) {
  const Date* ref = m.RefAt(P::kDay);
  if (!ref) return EmitRelativeRange(m, nullptr, nullptr, "period-part", out);
  Date first, last;
  CurrentPeriod(*ref, unit, &first, &last);
  Date half = unit == 0 ? first.AddDays(3)
              : unit == 1 ? Date::Day(ref->year, ref->month, 16)
                          : Date::Day(ref->year, 7, 1);
  Date a = first, b = last;
  if (later) {
    a = Ordinal(*ref) > Ordinal(half) ? *ref : half;
  } else {
    Date before = ref->AddDays(-1), half_end = half.AddDays(-1);
    b = Ordinal(before) < Ordinal(half_end) ? before : half_end;
    if (Ordinal(b) < Ordinal(a)) return;  // nothing of it has passed yet
  }
  EmitRelativeRange(m, &a, &b, "period-part", out);
}

// The rest of the reference's period (from the reference on), or what has gone
// of it (up to the reference).
void EmitRest(const Match& m, int unit, bool rest, std::vector<DateMention>* out) {
  const Date* ref = m.RefAt(P::kDay);
  if (!ref) return EmitRelativeRange(m, nullptr, nullptr, "period-part", out);
  Date first, last;
  CurrentPeriod(*ref, unit, &first, &last);
  if (rest) first = *ref;
  else last = *ref;
  EmitRelativeRange(m, &first, &last, "period-part", out);
}

// ISO 8601 week `n` of `year` (the weeks run Monday to Sunday; week 1 holds
// 4 January); `year` 0 is unresolved. "Week 3 of the trial" counts from
// something else and is no calendar week.
void EmitIsoWeek(const Match& m, int n, int year, bool relative, std::vector<DateMention>* out) {
  if (n < 1 || n > 53) return;
  std::string_view rest = m.text.substr(m.span(0).end);
  for (std::string_view word : {" of ", " de ", " del "}) {
    if (rest.substr(0, word.size()) == word) return;
  }
  if (!year) return EmitRelativeRange(m, nullptr, nullptr, "week", out);
  Date jan4 = Date::Day(year, 1, 4);
  Date monday = jan4.AddDays(1 - jan4.Weekday() + 7 * (n - 1));
  if (monday.AddDays(3).year != year) return;
  DateMention r = Range(m.core, monday, monday.AddDays(6), "week");
  r.relative = relative;
  out->push_back(r);
}

// Century `n` (1-21): the years (n-1)00 to (n-1)99, as writers count them ("the
// 21st century" opens in 2000).
void EmitCentury(const Match& m, int n, std::vector<DateMention>* out) {
  if (n < 1 || n > 21) return;
  out->push_back(Range(m.core, Date::Year((n - 1) * 100), Date::Year((n - 1) * 100 + 99), "century"));
}

// A Roman numeral up to XXXIX, as Spanish numbers centuries ("siglo XXI"); 0
// when it is none.
int Roman(std::string_view s) {
  int v = 0, i = 0;
  const int size = static_cast<int>(s.size());
  while (i < size && s[i] == 'x') v += 10, ++i;
  if (i > 3) return 0;
  std::string_view rest = s.substr(static_cast<size_t>(i));
  static constexpr const char* kUnits[] = {"", "i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix"};
  for (int u = 0; u < 10; ++u) {
    if (rest == kUnits[u]) return v + u;
  }
  return 0;
}

// Easter Sunday of `year` (the anonymous Gregorian computus).
Date Easter(int year) {
  int a = year % 19, b = year / 100, c = year % 100, d = b / 4, e = b % 4;
  int f = (b + 8) / 25, g = (b - f + 1) / 3, h = (19 * a + b - d - g + 15) % 30;
  int i = c / 4, k = c % 4, l = (32 + 2 * e + 2 * i - h - k) % 7;
  int m = (a + 11 * h + 22 * l) / 451;
  int month = (h + l - 7 * m + 114) / 31, day = (h + l - 7 * m + 114) % 31 + 1;
  return Date::Day(year, month, day);
}

// The day a holiday's name (folded, as the readers capture it) falls on in
// `year`; invalid for a name that is none.
Date Holiday(std::string_view name, int year) {
  auto has = [&](std::string_view w) { return name.find(w) != std::string_view::npos; };
  if (has("easter") || has("pascua") || has("resurreccion")) {
    return Easter(year).AddDays(has("monday") || has("lunes") ? 1 : 0);
  }
  if (has("good") || has("santo")) return Easter(year).AddDays(-2);
  if (has("black") || has("negro")) {  // the day after the fourth Thursday of November
    Date first = Date::Day(year, 11, 1);
    return first.AddDays((4 - first.Weekday() + 7) % 7 + 21 + 1);
  }
  if (has("nochebuena") || (has("christmas") && has("eve"))) return Date::Day(year, 12, 24);
  if (has("christmas") || has("navidad")) return Date::Day(year, 12, 25);
  if (has("nochevieja") || (has("new") && has("eve"))) return Date::Day(year, 12, 31);
  if (has("new") || has("nuevo")) return Date::Day(year, 1, 1);
  if (has("reyes")) return Date::Day(year, 1, 6);
  if (has("halloween")) return Date::Day(year, 10, 31);
  if (has("valentin") || has("enamorados")) return Date::Day(year, 2, 14);
  if (has("patri")) return Date::Day(year, 3, 17);
  if (has("worker") || has("trabajador")) return Date::Day(year, 5, 1);
  if (has("earth") || has("tierra")) return Date::Day(year, 4, 22);
  if (has("juneteenth")) return Date::Day(year, 6, 19);
  return Date();
}

// A holiday in `year`, or in the reference's year: `anchor` < 0 asks for the
// last one strictly before the reference, > 0 the next one after it.
void EmitHoliday(const Match& m, std::string_view name, int year, int anchor,
                 std::vector<DateMention>* out) {
  if (year) {
    Date d = Holiday(name, year);
    if (d.valid()) out->push_back(Absolute(m.core, d, "holiday"));
    return;
  }
  const Date* ref = m.RefAt(anchor ? P::kDay : P::kYear);
  if (!ref) {
    if (Holiday(name, 2024).valid()) out->push_back(Relative(m.core, nullptr, "holiday"));
    return;
  }
  Date d = Holiday(name, ref->year);
  if (!d.valid()) return;
  if (anchor < 0 && Ordinal(d) >= Ordinal(*ref)) d = Holiday(name, ref->year - 1);
  if (anchor > 0 && Ordinal(d) <= Ordinal(*ref)) d = Holiday(name, ref->year + 1);
  out->push_back(Relative(m.core, &d, "holiday"));
}

// Whether what follows a number at `at` makes it a count or a rank of
// something ("el martes 20 personas", "the 19th amendment", "in two thousand
// homes"), an hour ("10 a.m.") or a repeat ("de cada mes"): a word that is no
// preposition or conjunction. Punctuation, the end of the text or
// "de"/"at"/"and" leave the number free to be a date.
bool CountsSomething(std::string_view text, size_t at) {
  // "Saturday 10 a.m.", "el sábado 10:30": an hour.
  static const Regex* const kHour = new Regex(R"(\s*(?:[ap]\.?m\b|:\d))");
  if (kHour->MatchAt(text, at)) return true;
  while (at < text.size() && text[at] == ' ') ++at;
  size_t end = at;
  while (end < text.size() && (std::isalnum(static_cast<unsigned char>(text[end])) ||
                               static_cast<unsigned char>(text[end]) >= 0x80)) {
    ++end;
  }
  if (end == at) return false;
  static const std::set<std::string_view> kFree = {
      "de",   "del",  "a",     "al",   "en",   "y",    "e",    "o",    "u",    "que",
      "para", "por",  "con",   "hasta", "desde", "entre", "at",  "on",   "in",   "and",
      "or",   "of",   "to",    "for",  "with", "from", "until", "till", "when", "this",
      "next", "last", "este",  "esta", "proximo", "pasado", "la", "las", "el", "the",
      "no",   "se",   "ya"};
  std::string_view word = text.substr(at, end - at);
  if (!kFree.count(word)) return true;
  // "el día 1 de cada mes", "the 1st of every month" repeat: no one day.
  static const Regex* const kEvery = new Regex(R"(\s+(?:cada|each|every)\b)");
  return (word == "de" || word == "of") && kEvery->MatchAt(text, end);
}

// Which of two numbers "a/b" is the day: the first in Spanish, the second in
// English unless the first cannot be a month; either language takes the
// reading that can be a date.
bool DayFirst(Lang lang, int a, int b) {
  if (lang == Lang::kEn) return a > 12;
  if (lang == Lang::kAny && b > 12 && a <= 12) return false;
  return true;
}

// "el jueves 9 de mayo" without a year: the year nearest the reference in
// which that day falls on that weekday (its own first, then the one before,
// as news reports mostly what has happened, then the one after); 0 when none
// does, and the day is then read in the reference's year as written.
int SameWeekdayYear(const Match& m, int wd, int mo, int d) {
  const Date* ref = m.RefAt(P::kYear);
  if (!wd || !ref) return 0;
  for (int y : {ref->year, ref->year - 1, ref->year + 1}) {
    if (ValidDay(y, mo, d) && Date::Day(y, mo, d).Weekday() == wd) return y;
  }
  return 0;
}

// A year written in words at the start of `words` ("dos mil once", "two
// thousand and nine", "mil novecientos setenta y cuatro"), read by the number
// extractor; in English also as two two-digit groups, the way English says
// years ("nineteen sixty eight" is 19|68). The longest run of words that reads
// as a year wins; *used is its length in bytes. 0 when none does.
int YearWords(const Match& m, std::string_view words, size_t* used) {
  std::vector<size_t> ends;  // where each word ends
  for (size_t i = 0; i < words.size(); ++i) {
    bool letter = std::isalpha(static_cast<unsigned char>(words[i]));
    bool next = i + 1 < words.size() && std::isalpha(static_cast<unsigned char>(words[i + 1]));
    if (letter && !next) ends.push_back(i + 1);
  }
  auto whole = [&](std::string_view phrase, int* v) {
    std::string unit;
    return WholeNumber(m, phrase, v, &unit) && unit.empty();
  };
  // Most words after "en"/"in" are no number at all: one look settles those.
  const std::string_view first = words.substr(0, ends.empty() ? 0 : ends[0]);
  bool number_first = false;
  for (const char* lang : NumberLangs(m.lang)) {
    if (!IsNumberWord(first, lang)) continue;
    for (const NumberMention& n : ExtractNumbers(words, lang)) number_first |= n.span.begin == 0;
  }
  if (!number_first) return 0;
  for (size_t k = ends.size(); k >= 1; --k) {
    std::string_view phrase = words.substr(0, ends[k - 1]);
    int v = 0;
    if (whole(phrase, &v) && PlausibleYear(v)) {
      *used = phrase.size();
      return v;
    }
    if (m.lang == Lang::kEs) continue;
    for (size_t j = 1; j < k; ++j) {
      int hi = 0, lo = 0;
      size_t cut = words.find_first_not_of(" -", ends[j - 1]);
      if (cut == std::string_view::npos || cut >= phrase.size()) continue;
      if (whole(words.substr(0, ends[j - 1]), &hi) && hi >= 10 && hi <= 20 &&
          whole(phrase.substr(cut), &lo) && lo >= 10 && lo <= 99) {
        *used = phrase.size();
        return hi * 100 + lo;
      }
    }
  }
  return 0;
}

// The run of words from `at` (letters, spaces and hyphens, at most eight
// words): where a year in words may be read. Readers match only the first
// word, so a long run never hides the next match of the same reader.
std::string_view WordsFrom(std::string_view text, size_t at) {
  size_t end = at;
  int words = 0;
  while (end < text.size()) {
    char c = text[end];
    if (std::isalpha(static_cast<unsigned char>(c))) {
      if (end == at || !std::isalpha(static_cast<unsigned char>(text[end - 1]))) {
        if (words == 8) break;
        ++words;
      }
    } else if (c != ' ' && c != '-') {
      break;
    }
    ++end;
  }
  while (end > at && (text[end - 1] == ' ' || text[end - 1] == '-')) --end;
  return text.substr(at, end - at);
}

// A year in words at `at` that ends a date ("... de dos mil once", "...
// nineteen sixty eight"), and no count of something ("in two thousand
// homes"); 0 when there is none. *end is where it ends.
int YearWordsAt(const Match& m, size_t at, size_t* end) {
  size_t used = 0;
  int y = YearWords(m, WordsFrom(m.text, at), &used);
  if (!y || CountsSomething(m.text, at + used)) return 0;
  *end = at + used;
  return y;
}

// Day `d` of the reference's month shifted by `delta` months ("el día 23", "the
// 10th day of next month"): a day alone is said of the month at hand.
void EmitDayOfMonth(const Match& m, Span span, int d, int delta, std::vector<DateMention>* out) {
  if (d < 1 || d > 31) return;
  const Date* ref = m.RefAt(P::kMonth);
  if (!ref) {
    out->push_back(Relative(span, nullptr, "day-of-month"));
    return;
  }
  Date mo = ShiftMonth(*ref, delta);
  if (!ValidDay(mo.year, mo.month, d)) return;
  Date v = Date::Day(mo.year, mo.month, d);
  out->push_back(Relative(span, &v, "day-of-month"));
}

// Whether a number at `end` right after a month's name counts what follows:
// Spanish puts its modifiers after the noun ("en junio 2000 personas"), English
// before it ("the June 2024 summit" is a date).
bool CountsAfterMonth(const Match& m, size_t end) {
  return m.lang != Lang::kEn && CountsSomething(m.text, end);
}

// The names in a list of months ("enero, abril y octubre"), each its own
// mention; a year after the list ("de 2013") is every one's. Without one, the
// latest such month not after the reference's: news mostly reports what has
// happened, and "met in September" in a June story is last September (the
// reference's own year would make it a date still to come, and a false
// contradiction).
void EmitMonthList(const Match& m, int group, std::vector<DateMention>* out) {
  static const Regex* const kYearAfter = new Regex(R"(\.?\s*,?\s+(?:del?\s+|of\s+)?(\d{4})\b)");
  std::vector<Span> g;
  int year = 0;
  if (kYearAfter->MatchAt(m.text, m.span(group).end, &g) && !CountsAfterMonth(m, g[0].end)) {
    year = ToInt(m.text.substr(g[1].begin, g[1].size()));
    if (!PlausibleYear(year)) return;
  }
  const Date* ref = m.RefAt(P::kYear);
  const Span list = m.span(group);
  for (size_t i = list.begin; i < list.end;) {
    size_t j = i;
    while (j < list.end && std::isalpha(static_cast<unsigned char>(m.text[j]))) ++j;
    if (j == i) {
      ++i;
      continue;
    }
    auto it = m.names.month.find(std::string(m.text.substr(i, j - i)));
    // An abbreviation needs its dot ("después de feb."; "en mar abierto" is the sea).
    bool dotted = j < m.text.size() && m.text[j] == '.';
    if (it != m.names.month.end() && (dotted || !m.names.short_months.count(it->first))) {
      Span s{i, j};
      if (year) {
        out->push_back(Absolute(s, Date::Month(year, it->second), "month"));
      } else {
        Date v = ref ? ResolveMonthName(*ref, it->second, Which::kOnOrBefore) : Date();
        out->push_back(Relative(s, ref ? &v : nullptr, "relative-month"));
      }
    }
    i = j;
  }
}

// Whether a currency sign stands right before `at` ("$40", "€ 30"): the number
// there is an amount.
bool AfterCurrency(std::string_view text, size_t at) {
  while (at > 0 && text[at - 1] == ' ') --at;
  std::string_view before = text.substr(0, at);
  for (std::string_view sign : {"$", "€", "£"}) {
    if (before.size() >= sign.size() && before.substr(before.size() - sign.size()) == sign) return true;
  }
  return false;
}

// Numbers with a slash followed by "de"/"of" or "%" are a share of something
// ("el 1/3 de los votos", "1/2 of the seats").
bool FractionOf(const Match& m) {
  static const Regex* const kOf = new Regex(R"(\s*(?:%|(?:del?|of|partes|parts)\b))");
  return kOf->MatchAt(m.text, m.span(0).end);
}

// A day and a month as two numbers ("14/3", "12/21") with no year: in the
// language's order, in year `y` or the reference's (`anchor` as EmitDay).
bool EmitNumericDay(const Match& m, Span span, int a, int b, int y, int anchor,
                    std::vector<DateMention>* out) {
  bool day_first = DayFirst(m.lang, a, b);
  int d = day_first ? a : b, mo = day_first ? b : a;
  if (mo < 1 || mo > 12 || d < 1 || d > 31) return false;
  size_t before = out->size();
  EmitDay(m, span, y, mo, d, anchor, out);
  return out->size() > before;
}

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

std::string Expand(std::string p, const Names& n) {
  const std::pair<const char*, std::string> subs[] = {
      {"<D>", kDay},
      {"<Y>", kYear},
      {"<YT>", kYearTail},
      {"<MW>", "(" + n.wide_months + ")"},
      {"<M>", "(" + n.months + ")"},
      {"<WW>", "(" + n.wide_weekdays + ")"},
      {"<WP>", "(?:(" + n.weekdays + R"()\.?,?\s+)?)"},
      {"<WP2>", "(" + n.weekdays + ")"},
  };
  for (const auto& [token, value] : subs) {
    for (size_t at = p.find(token); at != std::string::npos; at = p.find(token, at + value.size())) {
      p.replace(at, std::string_view(token).size(), value);
    }
  }
  return p;
}

// The readers of one language. Order breaks ties between equally long readings.
struct Readers {
  Names names;
  Lang lang;
  std::vector<Reader> list;
  // All the readers' patterns in one pass: most of them match nothing in a given
  // text, and a pass per reader was most of the extractor's time.
  RegexSet prefilter;
};

// The day `d` of the month that falls on weekday `wd` nearest the reference,
// looking `reach` months either side ("el sábado 31" may be months away; a
// number that might count something looks only at this month and its two
// neighbours).
void EmitWeekdayDay(const Match& m, int wd, int d, std::vector<DateMention>* out, int reach = 1) {
  if (!wd || d < 1 || d > 31) return;
  const Date* ref = m.RefAt(P::kDay);
  if (!ref) {
    out->push_back(Relative(m.core, nullptr, "weekday-day"));
    return;
  }
  Date best;
  int64_t best_distance = 0;
  for (int delta = -reach; delta <= reach; ++delta) {
    Date month = ShiftMonth(*ref, delta);
    if (!ValidDay(month.year, month.month, d)) continue;
    Date cand = Date::Day(month.year, month.month, d);
    int64_t distance = Ordinal(cand) - Ordinal(*ref);
    if (distance < 0) distance = -distance;
    if (cand.Weekday() == wd && (!best.valid() || distance < best_distance)) {
      best = cand;
      best_distance = distance;
    }
  }
  if (best.valid()) out->push_back(Relative(m.core, &best, "weekday-day"));
}

void AddCommonReaders(Readers* r) {
  const Names& n = r->names;
  auto add = [&](const std::string& pattern, int core, Handler h, int flags = Regex::kWordBounded) {
    r->list.push_back({Regex(Expand(pattern, n), flags), core, std::move(h)});
  };

  // 2024-06-19, also as the start of a date-time.
  add(R"(\b((\d{4})-(\d{2})-(\d{2}))(?:t\d|\b))", 1,
      [](const Match& m, std::vector<DateMention>* out) {
        int y = m.num(2), mo = m.num(3), d = m.num(4);
        if (ValidDay(y, mo, d)) out->push_back(Absolute(m.core, Date::Day(y, mo, d), "iso"));
      },
      Regex::kNone);

  // 19/06/2024, 19.06.2024, 19-06-2024, 19/06/24: day first in Spanish, month
  // first in English unless the first number cannot be a month.
  add(R"((\d{1,2})([/.-])(\d{1,2})([/.-])(\d{4}|\d{2}))", 0,
      [](const Match& m, std::vector<DateMention>* out) {
        if (m.str(2) != m.str(4)) return;
        std::string_view ys = m.str(5);
        if (ys.size() == 2 && m.str(2) != "/") return;  // "1.2.24" is a version, not a date
        int a = m.num(1), b = m.num(3);
        int y = ys.size() == 2 ? TwoDigitYear(ToInt(ys)) : ToInt(ys);
        bool day_first = DayFirst(m.lang, a, b);
        int d = day_first ? a : b, mo = day_first ? b : a;
        if (ValidDay(y, mo, d)) out->push_back(Absolute(m.core, Date::Day(y, mo, d), "numeric"));
      });

  // 2023-Q3, 2022 H2 (and the Spanish 2023-T2): quarters and halves after a year.
  add(R"(<Y>[-\s]([qt])([1-4])|<Y>[-\s]h([12]))", 0,
      [](const Match& m, std::vector<DateMention>* out) {
        int y = m.has(1) ? m.num(1) : m.num(4);
        if (!PlausibleYear(y)) return;
        if (m.has(4)) return EmitYearPart(m, m.num(5), 6, y, false, out);
        if (m.str(2) == "t" && m.lang == Lang::kEn) return;
        EmitYearPart(m, m.num(3), 3, y, false, out);
      });

  // Q2 2024, T2 de 2024, 2T 2024, 3Q 2023, H1 2024, 1S 2024 (el primer
  // semestre): quarters and halves before a year, as financial copy writes them;
  // the year is required ("T2" alone is as often a tier or a model).
  add(R"((?:([qt])([1-4])|([1-4])([qt])|(h)([12])|([12])(s))(?:\s+del?\s+|[-\s]+)<Y>)", 0,
      [](const Match& m, std::vector<DateMention>* out) {
        const int y = m.num(9);
        if (!PlausibleYear(y)) return;
        const bool t = m.str(1) == "t" || m.str(4) == "t";
        if (t && m.lang == Lang::kEn) return;  // English writes Q
        if (m.has(8) && m.lang == Lang::kEn) return;  // "1S" is Spanish
        if (m.has(5) || m.has(7)) return EmitYearPart(m, m.num(m.has(6) ? 6 : 7), 6, y, false, out);
        EmitYearPart(m, m.num(m.has(2) ? 2 : 3), 3, y, false, out);
      });

  // 31-dic-1999, 05/agosto/2021, 4-jul-97: a day, a month name and a year
  // joined by one separator; the digits around the name make it a month.
  add(R"(<D>([-/.])<M>([-/.])(\d{4}|\d{2}))", 0,
      [](const Match& m, std::vector<DateMention>* out) {
        if (m.str(2) != m.str(4)) return;
        std::string_view ys = m.str(5);
        int y = ys.size() == 2 ? TwoDigitYear(ToInt(ys)) : ToInt(ys);
        if (ValidDay(y, m.month(3), m.num(1))) {
          out->push_back(Absolute(m.core, Date::Day(y, m.month(3), m.num(1)), "numeric"));
        }
      });

  // 2021/aug/05, oct-12-2021, nov-2022.
  add(R"((?:(\d{4})([-/])<M>([-/])<D>|<M>([-/])<D>([-/])(\d{4})|<M>[-/](\d{4})))", 0,
      [](const Match& m, std::vector<DateMention>* out) {
        if (m.has(12)) {
          if (PlausibleYear(m.num(12))) {
            out->push_back(Absolute(m.core, Date::Month(m.num(12), m.month(11)), "numeric"));
          }
          return;
        }
        bool ymd = m.has(1);
        if (ymd ? m.str(2) != m.str(4) : m.str(7) != m.str(9)) return;
        int y = ymd ? m.num(1) : m.num(10), mo = ymd ? m.month(3) : m.month(6);
        int d = ymd ? m.num(5) : m.num(8);
        if (PlausibleYear(y) && ValidDay(y, mo, d)) {
          out->push_back(Absolute(m.core, Date::Day(y, mo, d), "numeric"));
        }
      });

  // [pasado] [miércoles,] 19 [de] junio [de 2024 | pasado]; 19th of June 2024.
  add(R"((?:(pasado|proximo)\s+)?<WP><D>\s+(?:de\s+|of\s+)?<M>(?:<YT>|\s+(pasado|proximo))?)", 0,
      [](const Match& m, std::vector<DateMention>* out) {
        // "of", a weekday or a word that introduces a day says an abbreviation
        // is a month ("3 of Dec", "el martes 8 oct", "on 17 feb", "entre 9 abr
        // y ...").
        static const Regex* const kDayLead =
            new Regex(R"((?:^|[^a-z0-9])(?:el|on|entre|between|desde|from|hasta|until)\s+$)");
        size_t at = m.span(0).begin, from = at > 12 ? at - 12 : 0;
        bool named = m.has(2) || m.str(0).find(" of ") != std::string_view::npos ||
                     kDayLead->Find(m.text.substr(from, at - from), 0);
        if (!m.has(5) && !named && m.ShortMonthAlone(4)) return;
        if (AfterCurrency(m.text, m.span(3).begin)) return;  // "$40 March 5" is a price
        int anchor = 0;
        if (!m.has(5)) {
          int which = m.has(1) ? 1 : m.has(6) ? 6 : 0;
          if (which) anchor = m.is(which, "pasado") ? -1 : 1;
        }
        // Without a year, a leading "pasado" only anchors; with one it is noise.
        Span span = m.core;
        if (m.has(1) && m.has(5)) span.begin = m.span(m.has(2) ? 2 : 3).begin;
        int y = m.num(5);
        if (!y && !anchor) y = SameWeekdayYear(m, m.weekday(2), m.month(4), m.num(3));
        EmitDay(m, span, y, m.month(4), m.num(3), anchor, out);
        if (y && !m.has(5) && !out->empty()) out->back().relative = true;
      });

  // [el] martes 11, Tuesday the 11th: the day of the month that falls on that
  // weekday nearest the reference. A number that does not fit the weekday is
  // no day ("el martes 20 personas"): the weekday alone is read then.
  add(R"((?:(?:este|pasado|proximo|this|last|next|this\s+past)\s+)?<WW>,?\s+(?:(?:el\s+)?dia\s+|the\s+)?<D>)",
      0, [](const Match& m, std::vector<DateMention>* out) {
        EmitWeekdayDay(m, m.weekday(1), m.num(2), out, CountsSomething(m.text, m.span(0).end) ? 1 : 14);
      });

  // Tue 13th, Wednesday the thirty-first, martes once, el martes día once: an
  // abbreviated weekday needs the ordinal suffix ("sat 14 hours" is a verb), a
  // day in words is read by the number extractor.
  add(R"(<WP2>\.?,?\s+(\d{1,2})(?:st|nd|rd|th)|<WW>,?\s+(?:(?:el\s+)?dia\s+|the\s+)?([a-z]+(?:[-\s]y?\s?[a-z]+)?))",
      0, [](const Match& m, std::vector<DateMention>* out) {
        // The ordinal suffix makes it a day of some month, however far.
        if (m.has(1)) return EmitWeekdayDay(m, m.weekday(1), m.num(2), out, 14);
        int d = DayWord(m, 4);
        if (d) EmitWeekdayDay(m, m.weekday(3), d, out, CountsSomething(m.text, m.span(0).end) ? 1 : 14);
      });

  // junio de 2024, June 2024, June of 2024, the June 2024 summit; "en junio
  // 2000 personas" counts.
  add(R"(<M>\.?,?\s+(del?\s+|of\s+)?<Y>)", 0,
      [](const Match& m, std::vector<DateMention>* out) {
        int mo = m.month(1), y = m.num(3);
        if (!m.has(2) && CountsAfterMonth(m, m.span(0).end)) return;
        if (mo && PlausibleYear(y)) out->push_back(Absolute(m.core, Date::Month(y, mo), "month"));
      });

  // de marzo a mayo de 2019, entre junio y agosto, July-September 1989, from
  // May to August in 2012.
  // Abbreviations too ("de oct. a dic.", "Feb-Mar 2023"), when a dot, a
  // year or "de"/"from" says they are months.
  add(R"((?:(de|desde|entre|from|between)\s+)?<M>\.?(?:\s*-\s*|\s+(al?|hasta|y|to|until|through|and)\s+)<M><YT>?)",
      0, [](const Match& m, std::vector<DateMention>* out) {
        bool between = m.is(1, "entre") || m.is(1, "between");
        bool pair = m.is(3, "y") || m.is(3, "and");
        // "junio y julio" lists two months; "de junio y julio" too.
        if (m.has(3) && between != pair) return;
        if (!m.has(1) && !m.has(5) && (m.ShortMonthAlone(2) || m.ShortMonthAlone(4))) return;
        int m1 = m.month(2), m2 = m.month(4), y = m.num(5);
        if (!m1 || !m2 || m1 == m2) return;
        int y1 = 0;
        if (y) {
          y1 = m1 < m2 ? y : y - 1;
        } else if (const Date* ref = m.RefAt(P::kYear)) {
          y1 = ref->year;
        } else {
          DateMention r = Relative(m.core, nullptr, "month-range");
          r.is_range = true;
          out->push_back(r);
          return;
        }
        DateMention r = Range(m.core, Date::Month(y1, m1), Date::Month(m1 < m2 ? y1 : y1 + 1, m2),
                              "month-range");
        r.relative = !y;
        out->push_back(r);
      });

  // "Now" as one end of a range ("between now and November 15", "entre enero y
  // ahora"); JoinRanges drops it when it joins nothing, since "and now" alone
  // is a discourse word, not a date.
  add(R"((?:between|entre)\s+(now|ahora)|(?:and|y)\s+(now|ahora))", 0,
      [](const Match& m, std::vector<DateMention>* out) {
        Match core = m;
        core.core = m.span(m.has(1) ? 1 : 2);
        EmitDayOffset(core, 0, out);
        out->back().form = "now";
      });

  // "to date", "hasta la fecha": up to the reference day. One end of a range
  // ("from March to date"), or alone an open range that ends today (JoinRanges
  // decides). "Up to date" is "current", no date; "equal to date 1", "hasta la
  // fecha de cierre" name a date field or a date yet to be given.
  add(R"((up\s+)?(?:to|till|until|hasta)\s+((?:la\s+)?fecha|date)(\s+(?:\d|of\b|del?\b|que\b))?)", 0,
      [](const Match& m, std::vector<DateMention>* out) {
        if (m.has(1) || m.has(3)) return;
        Match core = m;
        core.core = m.span(2);
        EmitDayOffset(core, 0, out);
        out->back().form = kToDate;
      });

  // calendar year 2011, año calendario 2011; this calendar year.
  add(R"((?:calendar\s+year|ano\s+calendario)\s+<Y>|(this|last|next)\s+calendar\s+year)", 0,
      [](const Match& m, std::vector<DateMention>* out) {
        if (m.has(1)) {
          if (PlausibleYear(m.num(1))) out->push_back(Absolute(m.core, Date::Year(m.num(1)), "year"));
          return;
        }
        EmitPeriod(m, false, m.is(2, "last") ? -1 : m.is(2, "next") ? 1 : 0, out);
      });

  // A bare four-digit number is a year only after a word that introduces one.
  add(R"((?:(?:en|in|el|de|del|desde|since|hasta|until|till|of|for|por|para|a|year|ano|early|late|after|before|circa)\s+|mid-)<Y>)",
      1, [](const Match& m, std::vector<DateMention>* out) {
        int y = m.num(1);
        if (PlausibleYear(y) && !Percentage(m)) {
          out->push_back(Absolute(m.core, Date::Year(y), "year"));
        }
      });

  // "from March to date", "between May and the end of June": a month that opens a
  // range of dates is the latest one up to the reference's month. Kept only if
  // joined ("from May to Johnson" names a prime minister).
  if (r->lang != Lang::kEs) {
    add(R"((?:from|between)\s+(<MW>)\s+(?:to|and|until|till|through|thru)\s)", 1,
        [](const Match& m, std::vector<DateMention>* out) {
          const int month = m.month(1);
          const Date* ref = m.RefAt(P::kMonth);
          if (!month || !ref) return;
          Date v = Date::Month(month > ref->month ? ref->year - 1 : ref->year, month);
          DateMention d = Relative(m.core, &v, kRangeStart);
          out->push_back(d);
        });
  }

  // "from 2007 to the end of 2008", "entre 2007 y finales de 2008": a year that
  // opens a range of dates is one. Only if JoinRanges joins it to a date: "from
  // 2000 to 3000 people" are counts, "from 2018" alone is as often a source.
  add(R"((?:from|between|entre)\s+<Y>\s+(?:to|and|until|till|through|thru|y|hasta)\s)", 1,
      [](const Match& m, std::vector<DateMention>* out) {
        int y = m.num(1);
        if (PlausibleYear(y) && !Percentage(m)) out->push_back(Absolute(m.core, Date::Year(y), kRangeStart));
      });

  // 1950-1953, 1950-53: a range only when the second year comes later. A year
  // and a one-digit month, or a month and a year, are that month: 2015-3,
  // 12-2015 ("2010-11" stays two years, as in "the 2010-11 season").
  add(R"(<Y>(?:\s*[-~]\s*(\d{4})|-(\d{1,2}))|(\d{1,2})-(\d{4}))", 0,
      [](const Match& m, std::vector<DateMention>* out) {
        if (m.has(4)) {
          int y = m.num(5), mo = m.num(4);
          if (PlausibleYear(y) && mo >= 1 && mo <= 12) {
            out->push_back(Absolute(m.core, Date::Month(y, mo), "numeric"));
          }
          return;
        }
        int a = m.num(1), b = m.has(2) ? m.num(2) : a - a % 100 + m.num(3);
        if (!PlausibleYear(a)) return;
        // Two digits after a year that cannot end a range ("1995-01") stay
        // unread: as often a code or a score as a month.
        if (m.has(3) && m.str(3).size() == 1) {
          int mo = m.num(3);
          if (mo >= 1) out->push_back(Absolute(m.core, Date::Month(a, mo), "numeric"));
          return;
        }
        if (!PlausibleYear(b) || b <= a) return;
        out->push_back(Range(m.core, Date::Year(a), Date::Year(b), "year-range"));
      });

  // entre 1950 y 1953, de 1950 a 1953, desde 1950 hasta 1953, from 1950 to 1953,
  // 2011 through 2015. "y"/"and" joins two years into a range only after
  // "entre"/"between".
  add(R"((?:(entre|between|de|desde|from|in)\s+)?(?:(?:el|los|the)\s+)?(?:(?:anos?|years?)\s+)?<Y>\s+(y|and|al?|hasta|to|until|till|through|thru)\s+(?:(?:el|the)\s+)?<Y>)",
      0, [](const Match& m, std::vector<DateMention>* out) {
        bool between = m.is(1, "entre") || m.is(1, "between");
        bool pair = m.is(3, "y") || m.is(3, "and");
        if (pair && !between) return;  // "los acuerdos de 1950 y 1953" are two years
        int a = m.num(2), b = m.num(4);
        if (!PlausibleYear(a) || !PlausibleYear(b) || b <= a) return;
        out->push_back(Range(m.core, Date::Year(a), Date::Year(b), "year-range"));
      });

  // Two days of one month: 18-19 de junio, del 18 al 19 de junio, entre el 18 y
  // el 19 de junio, 8 a 11 de junio, from 18 to 19 June, 18 y 19 de junio; the
  // days in words after an opening word (del nueve al doce de abril, between the
  // ninth and the twelfth of April).
  add(R"((?:(del?|desde|entre|from|between)(?:\s+(?:el|the))?\s+)?<D>(?:\s*(-)\s*|\s+(al?|hasta(?:\s+el)?|y(?:\s+el)?|to(?:\s+the)?|and(?:\s+the)?|until|till|through)\s+)<D>\s+(?:de\s+|of\s+)?<M><YT>?|)"
      R"((del?|desde|entre|from|between)(?:\s+(?:el|the))?\s+([a-z]+(?:-[a-z]+)?)\s+(al?|hasta(?:\s+el)?|y(?:\s+el)?|to(?:\s+the)?|and(?:\s+the)?|until|till|through)\s+([a-z]+(?:-[a-z]+)?)\s+(?:de\s+|of\s+)<M><YT>?)",
      0, [](const Match& m, std::vector<DateMention>* out) {
        if (m.has(8)) {
          // The days in words: lead 8, days 9 and 11, joint 10, month 12, year 13.
          const int d1 = DayWord(m, 9), d2 = DayWord(m, 11), mo = m.month(12), y = m.num(13);
          const bool between = m.is(8, "entre") || m.is(8, "between");
          const bool pair = m.is(10, "y") || m.is(10, "and");
          if (!d1 || !d2 || between != pair) return;
          EmitDayRange(m, m.core, y, mo, d1, y, mo, d2, out);
          return;
        }
        int d1 = m.num(2), d2 = m.num(5), mo = m.month(6), y = m.num(7);
        Span span = m.core;
        if (m.has(3)) {
          // "from 18-19 June": the hyphen alone makes the range.
          span.begin = m.span(2).begin;
          EmitDayRange(m, span, y, mo, d1, y, mo, d2, out);
          return;
        }
        bool between = m.is(1, "entre") || m.is(1, "between");
        bool pair = m.is(4, "y") || m.is(4, "and");
        if (m.has(1) && between != pair) return;
        if (!m.has(1) && pair && d2 != d1 + 1) {
          // "18 y 20 de junio" names two days; "18 y 19" reads as one stretch.
          EmitDay(m, m.span(2), y, mo, d1, 0, out);
          EmitDay(m, Span{m.span(5).begin, m.core.end}, y, mo, d2, 0, out);
          return;
        }
        EmitDayRange(m, span, y, mo, d1, y, mo, d2, out);
      });

  // el 14/3, on 12/21, este 3/08, next 8/3, Monday 8/3, and the ones after
  // such a day in a list ("on 12/21, 12/23 or 12/28"): a day and a month in the
  // language's order. Two numbers and a slash alone are as often a fraction
  // ("3/4"), or "24/7" (round the clock): a word that introduces a day makes
  // them a date, and "de"/"of" after them a fraction again ("el 1/3 de los
  // votos").
  add(R"((?:(el|del|este|proximo|pasado|desde|hasta|on|this|next|last|from|until|till|through|since|before|after)\s+)?(?:<WP2>\.?,?\s+)?(\d{1,2})/(\d{1,2}))",
      0, [](const Match& m, std::vector<DateMention>* out) {
        static const Regex* const kRangeOn =
            new Regex(R"(\s*(?:-|\s(?:al?|hasta|y|to|until|till|through|and)\s+)\s*\d{1,2}/\d{1,2})");
        static const Regex* const kListed =
            new Regex(R"(\d{1,2}/\d{1,2}(?:\s*,\s*|,?\s+(?:y|e|o|u|and|or)\s+)$)");
        int a = m.num(3), b = m.num(4);
        // "24/7" is round the clock; a bare 11 September names the 2001
        // attacks ("since 9/11", "tras el 11/9"), not this year's day.
        if ((a == 24 && b == 7) || (a == 7 && b == 24)) return;
        if (DayFirst(m.lang, a, b) ? a == 11 && b == 9 : a == 9 && b == 11) return;
        // A fraction, or the first end of a range the range reader weighs. A
        // pair that reads as a proper fraction is one when a word follows that
        // it qualifies ("el 2/3 restante").
        if (FractionOf(m) || kRangeOn->MatchAt(m.text, m.span(0).end)) return;
        if (a < b && CountsSomething(m.text, m.span(0).end)) return;
        // Without a word before it, a pair is a date only in a list of them:
        // alone, "14/3" may as well be odds ("paga 20/1").
        if (!m.has(1) && !m.has(2)) {
          size_t at = m.span(0).begin, from = at > 16 ? at - 16 : 0;
          if (!kListed->Find(m.text.substr(from, at - from), 0)) return;
        }
        int anchor = m.is(1, "proximo") || m.is(1, "next") ? 1 : m.is(1, "pasado") || m.is(1, "last") ? -1 : 0;
        Span span{m.span(3).begin, m.span(4).end};
        if (m.has(2)) span.begin = m.span(2).begin;
        if (anchor || m.is(1, "este") || m.is(1, "this")) span.begin = m.span(1).begin;
        bool day_first = DayFirst(m.lang, a, b);
        int y = anchor ? 0 : SameWeekdayYear(m, m.weekday(2), day_first ? b : a, day_first ? a : b);
        if (EmitNumericDay(m, span, a, b, y, anchor, out) && y) out->back().relative = true;
      });

  // de 3/9 a 14/6, entre 3/9 y 6/12, from 9/3 to 12/6, 27/2-2/3,
  // 9/3-12/6/2015, 4/2-4/9, 2013, 3-9-2015-8-9-2015: two days as numbers.
  // A bare hyphen joins them only when a year or a number past 12 shows they are
  // no pair of fractions.
  add(R"((?:(de|desde|entre|from|between)\s+)?(\d{1,2})([/-])(\d{1,2})(?:([/-])(\d{4}))?(?:\s*(-)\s*|\s+(al?|hasta|y|to|until|till|through|thru|and)\s+)(\d{1,2})([/-])(\d{1,2})(?:([/-])(\d{4})|,\s+(\d{4}))?)",
      0, [](const Match& m, std::vector<DateMention>* out) {
        std::string_view sep = m.str(3);
        if (m.str(10) != sep || (m.has(5) && m.str(5) != sep) || (m.has(12) && m.str(12) != sep)) return;
        int y1 = m.num(6), y2 = m.has(13) ? m.num(13) : m.num(14);
        if (sep == "-" && (!y1 || !y2)) return;  // "3-1" is a score
        if (FractionOf(m)) return;
        int a1 = m.num(2), b1 = m.num(4), a2 = m.num(9), b2 = m.num(11);
        bool between = m.is(1, "entre") || m.is(1, "between");
        bool pair = m.is(8, "y") || m.is(8, "and");
        if (m.has(8) && (!m.has(1) || between != pair)) return;
        if (!m.has(1) && !y1 && !y2 && std::max({a1, b1, a2, b2}) <= 12) return;
        bool f1 = DayFirst(m.lang, a1, b1), f2 = DayFirst(m.lang, a2, b2);
        EmitDayRange(m, m.core, y1, f1 ? b1 : a1, f1 ? a1 : b1, y2, f2 ? b2 : a2, f2 ? a2 : b2, out);
      });

  // 4-feb, 21-ago, Nov/5: a day joined to a month's name; Aug17, 2003.
  add(R"((\d{1,2})-<M>|<M>/(\d{1,2})|<M>(\d{1,2})\s*,?\s*<Y>)", 0,
      [](const Match& m, std::vector<DateMention>* out) {
        // "21-ago-2019", "nov/5/2021" are read whole by other readers.
        if ((m.After() == '-' || m.After() == '/' || m.After() == '.') &&
            std::isdigit(static_cast<unsigned char>(m.After(1)))) {
          return;
        }
        if (m.has(5)) return EmitDay(m, m.core, m.num(7), m.month(5), m.num(6), 0, out);
        if (m.has(1)) return EmitDay(m, m.core, 0, m.month(2), m.num(1), 0, out);
        EmitDay(m, m.core, 0, m.month(3), m.num(4), 0, out);
      });

  // marzo del 79, May of 79, 2 May of 79, June '79: a two-digit year
  // after a month, when "del", "of" or an apostrophe says it is one.
  add(R"((?:<D>\s+(?:de\s+|of\s+)?)?<MW>\s+(?:del\s+|of\s+|')(\d{2}))", 0,
      [](const Match& m, std::vector<DateMention>* out) {
        if (Percentage(m) || CountsSomething(m.text, m.span(0).end)) return;
        int y = TwoDigitYear(m.num(3));
        if (m.has(1)) return EmitDay(m, m.core, y, m.month(2), m.num(1), 0, out);
        out->push_back(Absolute(m.core, Date::Month(y, m.month(2)), "month"));
      });

  // en noviembre, since March, después de ene., en enero, abril y octubre: a
  // month's name after a word that places something in time, and the months
  // listed with it. "In May's government" is a name.
  add(R"((?:en|desde|hasta|durante|despues\s+de|antes\s+de|a\s+partir\s+de|in|since|until|till|after|before|during)\s+(<M>(?:\.?(?:\s*,\s*|,?\s+(?:y|e|o|u|and|or)\s+)<M>)*))",
      0, [](const Match& m, std::vector<DateMention>* out) {
        if (m.After() == '\'') return;
        EmitMonthList(m, 1, out);
      });

  // en 2003 y 2006, in 2011 and 2014, de 1999, 2002 y 2005: years listed after
  // a year ("2000 soldados" alone stays a number).
  add(R"((?:en|in|de|del|of)\s+<Y>((?:\s*,\s*\d{4})*,?\s+(?:y|e|and)\s+\d{4}))", 0,
      [](const Match& m, std::vector<DateMention>* out) {
        if (!PlausibleYear(m.num(1)) || Percentage(m) || CountsSomething(m.text, m.span(0).end)) return;
        const Span list = m.span(2);
        for (size_t i = list.begin; i < list.end; ++i) {
          if (!std::isdigit(static_cast<unsigned char>(m.text[i]))) continue;
          int y = ToInt(m.text.substr(i, 4));
          if (!PlausibleYear(y)) return;
          out->push_back(Absolute(Span{i, i + 4}, Date::Year(y), "year"));
          i += 3;
        }
      });

  // en dos mil once, in two thousand and nine, in nineteen seventy four: a
  // year in words after a word that introduces one. A round hundred or
  // thousand ("desde mil hasta mil ochocientos") counts things unless "el
  // año"/"the year" says otherwise.
  add(R"((?:en|desde|hasta|in|since|until)\s+(?:(el\s+ano|the\s+year)\s+)?([a-z]+))", 0,
      [](const Match& m, std::vector<DateMention>* out) {
        size_t end = 0;
        int y = YearWordsAt(m, m.span(2).begin, &end);
        if (!y || (y % 100 == 0 && !m.has(1))) return;
        out->push_back(Absolute(Span{m.span(2).begin, end}, Date::Year(y), "year"));
      });
}

void AddSpanishReaders(Readers* r) {
  const Names& n = r->names;
  auto add = [&](const std::string& pattern, int core, Handler h) {
    r->list.push_back({Regex(Expand(pattern, n), Regex::kWordBounded), core, std::move(h)});
  };

  // esta semana laboral, la próxima semana laboral: Monday to Friday.
  add(R"((esta|proxima|pasada)\s+semana\s+laboral|semana\s+laboral\s+(pasada|proxima|que\s+viene))", 0,
      [](const Match& m, std::vector<DateMention>* out) {
        EmitWorkWeek(m, ShiftOf(m.has(1) ? m.str(1) : m.str(2)), out);
      });

  // hace una década, dentro de dos décadas.
  add(R"((hace|dentro\s+de)\s+(\d+|[a-z]+)\s+decadas?)", 0,
      [](const Match& m, std::vector<DateMention>* out) {
        EmitDecadesOffset(m, 2, m.is(1, "hace") ? -1 : 1, out);
      });

  // la última semana de este mes, la primera semana del año pasado.
  add(std::string(R"((?:la\s+)?(\d(?:\.?a)?|[a-z]+)\s+semana\s+(?:de|del)\s+)") + kNamedPeriodEs, 0,
      [](const Match& m, std::vector<DateMention>* out) { EmitNthWeekOfNamed(m, out); });

  // hace tres semanas y cuatro días, dentro de un año y cinco meses.
  add(R"((hace|dentro\s+de)\s+((?:[a-z0-9]+\s+)(?:dias?|semanas?|mes(?:es)?|anos?)(?:\s*,?\s*(?:y\s+)?[a-z0-9]+\s+(?:dias?|semanas?|mes(?:es)?|anos?))+))",
      0, [](const Match& m, std::vector<DateMention>* out) {
        EmitCompoundOffset(m, 2, m.is(1, "hace") ? -1 : 1, out);
      });

  // en dos semanas, en un mes: a date only in a clause about the future (see
  // FutureCount); "se duplicó en dos años" says how long.
  add(R"(en\s+((?:\d+|[a-z]+)\s+(?:dias?|semanas?|mes(?:es)?|anos?)))", 0,
      [](const Match& m, std::vector<DateMention>* out) {
        if (CountEndsPhrase(m) && FutureCount(m)) EmitOffset(m, 1, 1, out);
      });

  // tres semanas después, dos días más tarde: from a time the story names, so
  // from the reference only in a clause about the future; "dos días después de
  // mañana" is a shift of that day (OpenRanges). Two days from now.
  add(R"(((?:\d+|[a-z]+)\s+(?:dias?|semanas?|mes(?:es)?|anos?))\s+(despues|mas\s+tarde|a\s+partir\s+de\s+ahora|desde\s+ahora))",
      0, [](const Match& m, std::vector<DateMention>* out) {
        if (m.is(2, "a") || m.is(2, "desde")) return EmitOffset(m, 1, 1, out);
        if (!Anchored(m, kNoLead)) EmitLater(m, 1, out);
      });

  // el lunes anterior, el viernes siguiente, el siguiente martes.
  add(R"((?:(al|a)\s+(?:el\s+)?)?(?:<WW>\s+(anterior|siguiente)|(anterior|siguiente)\s+<WW>))", 0,
      [](const Match& m, std::vector<DateMention>* out) {
        if (Anchored(m, 1)) return;
        std::string_view w = m.has(3) ? m.str(3) : m.str(4);
        EmitWeekday(m, m.weekday(m.has(2) ? 2 : 5), w == "anterior" ? Which::kLast : Which::kNext,
                    out);
      });

  // la semana anterior, la siguiente semana, la semana después de la próxima;
  // el fin de semana siguiente.
  add(R"((?:(al|a)\s+(?:la\s+|el\s+)?)?(fin\s+de\s+)?(?:semana\s+(anterior|siguiente|despues\s+de\s+la\s+proxima|antes\s+de\s+la\s+pasada)|(anterior|siguiente)\s+(fin\s+de\s+)?semana))",
      0, [](const Match& m, std::vector<DateMention>* out) {
        if (Anchored(m, 1) || (m.has(2) && m.has(4))) return;
        std::string_view w = m.has(3) ? m.str(3) : m.str(4);
        // "después de la próxima" two weeks on, "antes de la pasada" two back.
        int delta = w[0] == 'd' ? 2 : w.substr(0, 6) == "antes " ? -2 : ShiftOf(w);
        EmitWeek(m, delta, m.has(2) || m.has(5), out);
      });

  // el martes de la semana siguiente.
  add(R"(<WW>\s+de\s+(?:la\s+)?(?:semana\s+(anterior|siguiente)|(anterior|siguiente)\s+semana))", 0,
      [](const Match& m, std::vector<DateMention>* out) {
        if (Anchored(m, kNoLead)) return;
        EmitWeekdayOfWeek(m, m.weekday(1), ShiftOf(m.has(2) ? m.str(2) : m.str(3)), out);
      });

  // el día anterior, el mes siguiente, el año anterior.
  add(R"((?:(al|a)\s+(?:el\s+)?)?(?:(dia|mes|ano)\s+(anterior|siguiente)|(anterior|siguiente)\s+(dia|mes|ano)))",
      0, [](const Match& m, std::vector<DateMention>* out) {
        if (Anchored(m, 1)) return;
        EmitUnitShift(m, m.str(m.has(2) ? 2 : 5), ShiftOf(m.has(3) ? m.str(3) : m.str(4)), out);
      });

  // el trimestre anterior, el siguiente trimestre, el último trimestre ("el
  // último trimestre de 2023" is a year's fourth, read by a longer pattern).
  add(R"((?:(al|a)\s+(?:el\s+)?)?(?:trimestre\s+(anterior|siguiente)|(anterior|siguiente|ultimo)\s+trimestre))",
      0, [](const Match& m, std::vector<DateMention>* out) {
        if (Anchored(m, 1)) return;
        EmitShiftedQuarter(m, ShiftOf(m.has(2) ? m.str(2) : m.str(3)), out);
      });

  // la próxima década, el último decenio, la década pasada, las próximas dos
  // décadas (calendar decades); las últimas dos décadas are the last twenty
  // years, as "los últimos veinte años" are, and so is any of them after
  // "durante" (OverStretch).
  add(R"((?:(proxim[oa]s?|pasad[oa]s?|ultim[oa]s?|anterior|siguiente|est[ae])\s+(?:(\d+|[a-z]+)\s+)?(decadas?|decenios?)|(decada|decenio)\s+(pasad[oa]|anterior|siguiente|que\s+viene|proxim[oa])))",
      0, [](const Match& m, std::vector<DateMention>* out) {
        if (Anchored(m, kNoLead)) return;
        const int delta = ShiftOf(m.has(1) ? m.str(1) : m.str(5));
        const bool plural = m.has(3) && m.str(3).back() == 's';
        if (plural != m.has(2)) return;
        int n = 1;
        std::string unit;
        if (plural && (!delta || !WholeNumber(m, m.str(2), &n, &unit) || !unit.empty())) return;
        if (delta && (OverStretch(m) || (plural && delta < 0))) {
          return EmitSpanOf(m, 10 * n, "year", delta, out);
        }
        EmitShiftedDecades(m, plural ? 1 : delta, n, out);
      });

  // los 2 días siguientes, las 10 semanas anteriores, las siguientes tres
  // semanas.
  add(R"((?:(siguientes|anteriores)\s+((?:[a-z0-9]+\s+){1,3}?(?:dias|semanas|meses|anos))|((?:[a-z0-9]+\s+){1,3}?(?:dias|semanas|meses|anos))\s+(siguientes|anteriores)))",
      0, [](const Match& m, std::vector<DateMention>* out) {
        if (Anchored(m, kNoLead)) return;
        EmitSpan(m, m.str(m.has(2) ? 2 : 3), ShiftOf(m.has(1) ? m.str(1) : m.str(4)), out);
      });

  // los últimos dos trimestres, los tres trimestres siguientes: whole quarters.
  add(R"((?:(proxim[oa]s|ultim[oa]s|siguientes|anteriores|pasad[oa]s)\s+(\d+|[a-z]+)\s+trimestres|(\d+|[a-z]+)\s+trimestres\s+(siguientes|anteriores|pasados|proximos)))",
      0, [](const Match& m, std::vector<DateMention>* out) {
        if (Anchored(m, kNoLead)) return;
        int n = 0;
        std::string unit;
        if (!WholeNumber(m, m.str(m.has(2) ? 2 : 3), &n, &unit) || !unit.empty()) return;
        EmitQuarters(m, n, ShiftOf(m.has(1) ? m.str(1) : m.str(4)), out);
      });

  // las primeras 3 semanas de 2025, los últimos dos meses del año pasado,
  // los tres primeros meses del año, los dos últimos trimestres de 2023.
  add(std::string(
          R"((?:(?:los|las)\s+)?(?:(primer[oa]s|ultim[oa]s)\s+(\d+|[a-z]+)|(\d+|[a-z]+)\s+(primer[oa]s|ultim[oa]s))\s+(dias|semanas|meses|trimestres)\s+(?:de|del)\s+)") +
          kNamedPeriodEs,
      0, [](const Match& m, std::vector<DateMention>* out) {
        EmitFirstOrLast(m, m.has(1) ? 1 : 4, m.has(1) ? 2 : 3, 5, 6, out);
      });

  // el quinto mes de 2025, el décimo mes del próximo año.
  add(std::string(R"((?:el\s+)?(\d{1,2}(?:\.?o)?|[a-z]+)\s+mes\s+(?:de|del)\s+)") + kNamedPeriodEs,
      0, [](const Match& m, std::vector<DateMention>* out) { EmitNthMonth(m, out); });

  // del 28 de junio al 2 de julio [de 2024], entre el 3 de febrero y 6 de marzo.
  add(R"((del?|desde(?:\s+el)?|entre(?:\s+el)?)\s+<D>\s+(?:de\s+)?<M>\.?(?:\s+del?\s+<Y>)?\s+(al?|hasta(?:\s+el)?|y(?:\s+el)?)\s+<D>\s+(?:de\s+)?<M>(?:\.?\s+del?\s+<Y>)?)",
      0, [](const Match& m, std::vector<DateMention>* out) {
        if (m.is(1, "entre") != m.is(5, "y")) return;
        EmitDayRange(m, m.core, m.num(4), m.month(3), m.num(2), m.num(8), m.month(7), m.num(6),
                     out);
      });

  add(R"((pasado\s+manana|anteayer|antier|antes\s+de\s+ayer|ayer|anoche))", 1,
      [](const Match& m, std::vector<DateMention>* out) {
        std::string_view s = m.str(1);
        int days = s.front() == 'p' ? 2 : (s == "ayer" || s == "anoche") ? -1 : -2;
        EmitDayOffset(m, days, out);
      });

  // "hoy en día" means nowadays.
  add(R"((hoy)(\s+(?:en\s+)?dia)?)", 1, [](const Match& m, std::vector<DateMention>* out) {
    if (!m.has(2)) EmitDayOffset(m, 0, out);
  });

  // After a determiner "mañana" is the morning, not tomorrow.
  add(R"((?:(la|las|esta|esa|una|cada|aquella|misma|media|toda|el|del|al)\s+)?(manana))", 2,
      [](const Match& m, std::vector<DateMention>* out) {
        if (!m.has(1)) EmitDayOffset(m, 1, out);
      });

  // [este|pasado|próximo] miércoles [pasado|próximo|que viene]; "los martes" is
  // every Tuesday, no date.
  add(R"((?:(los|cada|unos|todos\s+los)\s+)?((?:(este|pasado|proximo)\s+)?<WW>(?:\s+(pasado|proximo|que\s+viene))?))",
      2, [](const Match& m, std::vector<DateMention>* out) {
        if (m.has(1)) return;
        Which w = Which::kOnOrBefore;
        if (m.is(3, "este")) w = Which::kThis;
        if (m.is(3, "proximo") || m.is(5, "proximo") || m.is(5, "que")) w = Which::kNext;
        if (m.is(3, "pasado") || m.is(5, "pasado")) w = Which::kLast;
        EmitWeekday(m, m.weekday(4), w, out);
      });

  // pasado septiembre, septiembre pasado, septiembre del año que viene.
  add(R"((?:(pasado|proximo|este)\s+<MW>|<MW>\s+(pasado|proximo|que\s+viene)|<MW>\s+del\s+ano\s+(pasado|proximo|que\s+viene)))",
      0, [](const Match& m, std::vector<DateMention>* out) {
        int which = m.has(1) ? 1 : m.has(4) ? 4 : 6;
        int month = m.month(m.has(2) ? 2 : m.has(3) ? 3 : 5);
        Which w = m.is(which, "pasado") ? Which::kLast : m.is(which, "este") ? Which::kThis
                                                                             : Which::kNext;
        EmitMonthName(m, month, w, out);
      });

  // este mes, mes pasado, próximo año, año que viene.
  add(R"((?:este\s+(mes|ano)|(mes|ano)\s+(pasado|proximo|que\s+viene)|proximo\s+(mes|ano)))", 0,
      [](const Match& m, std::vector<DateMention>* out) {
        int unit = m.has(1) ? 1 : m.has(2) ? 2 : 4;
        int delta = m.has(1) ? 0 : m.has(4) ? 1 : m.is(3, "pasado") ? -1 : 1;
        EmitPeriod(m, m.str(unit) == "mes", delta, out);
      });

  // el pasado mes, el pasado año.
  add(R"(pasado\s+(mes|ano))", 0, [](const Match& m, std::vector<DateMention>* out) {
    EmitPeriod(m, m.str(1) == "mes", -1, out);
  });

  // más tarde este año, más adelante este mes, más temprano esta semana; el
  // resto del año; en lo que va de año.
  add(R"(mas\s+(tarde|adelante|temprano)\s+(?:(?:de|en)\s+)?(?:este|esta|el|la)\s+(semana|mes|ano)|(?:el\s+)?resto\s+(?:del|de\s+(?:la|este|esta))\s+(semana|mes|ano)|lo\s+que\s+va\s+(?:de\s+(?:la\s+)?|del\s+)(semana|mes|ano))",
      0, [](const Match& m, std::vector<DateMention>* out) {
        if (m.has(1)) return EmitHalf(m, UnitOf(m.str(2)), !m.is(1, "temprano"), out);
        EmitRest(m, UnitOf(m.str(m.has(3) ? 3 : 4)), m.has(3), out);
      });

  // esta semana, la semana pasada, la próxima semana, la semana que viene, la
  // semana antepasada. "La semana anterior/siguiente" counts from a day the
  // story names: read above, with UnresolveAnaphoric.
  add(R"((?:(esta|pasada|proxima)\s+semana|semana\s+(pasada|proxima|que\s+viene|entrante|antepasada)))",
      0, [](const Match& m, std::vector<DateMention>* out) {
        std::string_view w = m.has(1) ? m.str(1) : m.str(2);
        int delta = w == "esta" ? 0 : w == "antepasada" ? -2 : w == "pasada" ? -1 : 1;
        EmitWeek(m, delta, false, out);
      });

  // este fin de semana, el fin de semana [pasado|próximo], el pasado fin de
  // semana: Saturday and Sunday of that week. "Un fin de semana", "cada fin de
  // semana" name no particular one.
  add(R"((?:(este|el|pasado|proximo)\s+)fin\s+de\s+semana(?:\s+(pasado|proximo|que\s+viene))?)",
      0, [](const Match& m, std::vector<DateMention>* out) {
        int delta = 0;
        for (int g : {1, 2}) {
          if (m.is(g, "pasado")) delta = -1;
          if (m.is(g, "proximo") || m.is(g, "que")) delta = 1;
        }
        EmitWeek(m, delta, true, out);
      });

  // hace dos semanas, dentro de tres días, hace un año: the count is read by the
  // number extractor, which knows the unit words.
  add(R"((hace|dentro\s+de)\s+((?:[a-z0-9]+\s+){1,4}?(?:dias?|semanas?|mes(?:es)?|anos?)))", 0,
      [](const Match& m, std::vector<DateMention>* out) {
        EmitOffset(m, 2, m.is(1, "hace") ? -1 : 1, out);
      });

  // los años 80, los años sesenta, la década de 1970, la década de los ochenta.
  // "Los años 2020 y 2021" are two years, not a decade.
  add(R"((?:los\s+anos|decada\s+de(?:\s+los)?(?:\s+anos)?)\s+(\d{2}|\d{4}|[a-z]+)(\s*(?:,|y|e|a|al|-)\s*\d)?)",
      0, [](const Match& m, std::vector<DateMention>* out) {
        if (m.has(2)) return;
        std::string_view d = m.str(1);
        int decade = 0;
        std::string unit;
        if (std::isdigit(static_cast<unsigned char>(d[0]))) {
          decade = ToInt(d);
        } else if (!WholeNumber(m, d, &decade, &unit) || !unit.empty() || decade < 20 ||
                   decade > 90) {
          return;
        }
        EmitDecade(m, decade, out);
      });

  // a principios de junio, a mediados de 2015, a finales de este año, fines de
  // mes, al final del año.
  add(R"((?:a\s+)?(principios|comienzos|inicios|mediados|finales|fines|principio|comienzo|inicio|final|fin)\s+(?:del?\s+)?(?:<MW><YT>?|(?:ano\s+)?<Y>|(?:(?:este|el)\s+)?(mes|ano)(?:\s+(pasado|proximo|que\s+viene|anterior|siguiente))?|(?:la|esta)\s+(?:(proxima|pasada)\s+)?semana(?:\s+(pasada|proxima|que\s+viene))?))",
      0, [](const Match& m, std::vector<DateMention>* out) {
        std::string_view w = m.str(1);
        // "la final de junio", "las finales de mayo" are matches, not times.
        std::string_view before = m.text.substr(0, m.span(0).begin);
        for (std::string_view article : {"la ", "las ", "una ", "unas "}) {
          if (before.size() >= article.size() &&
              before.substr(before.size() - article.size()) == article &&
              (before.size() == article.size() ||
               !std::isalnum(static_cast<unsigned char>(before[before.size() - article.size() - 1])))) {
            return;
          }
        }
        int part = w == "mediados" ? 1 : (w[0] == 'f') ? 2 : 0;
        std::string_view all = m.str(0);
        bool week = m.has(8) || (all.size() >= 6 && all.substr(all.size() - 6) == "semana");
        if (week) {
          int which = m.has(7) ? 7 : 8;
          int delta = m.is(which, "pasada") ? -1 : m.has(which) ? 1 : 0;
          return EmitWeekPart(m, part, delta, out);
        }
        if (m.has(5)) {
          // "anterior"/"siguiente" count from a time the story names: see
          // UnresolveAnaphoric.
          int delta = m.is(6, "pasado") || m.is(6, "anterior") ? -1 : m.has(6) ? 1 : 0;
          EmitRelativePart(m, part, m.str(5) == "mes", delta, out);
          return;
        }
        int year = m.has(4) ? m.num(4) : m.num(3);
        if (year && !PlausibleYear(year)) return;
        EmitPart(m, part, m.month(2), year, out);
      });

  // el primer trimestre de 2023, el segundo semestre del año pasado, 1.º
  // trimestre 2020.
  add(R"((?:el\s+)?(\d(?:\.?o|er)?|[a-z]+)\s+(trimestre|cuatrimestre|semestre)(?:\s*-\s*|\s+(?:del?\s+)?)(?:<Y>|(?:(este|el)\s+)?ano(?:\s+(pasado|proximo|que\s+viene))?))",
      0, [](const Match& m, std::vector<DateMention>* out) {
        int n = Rank(m, 1);
        int months = m.str(2) == "trimestre" ? 3 : m.str(2) == "semestre" ? 6 : 4;
        if (m.has(3)) return EmitYearPart(m, n, months, m.num(3), false, out);
        int delta = m.is(5, "pasado") ? -1 : m.has(5) ? 1 : 0;
        EmitYearPart(m, n, months, RefYear(m, delta), true, out);
      });

  // "el tercer trimestre", "en el segundo semestre" without a year: the words name
  // only calendar periods in Spanish. As a bare month: the latest such period up
  // to the reference (news reports what has happened), the next one on or after
  // it in a clause about the future.
  add(R"((?:el|del)\s+(\d(?:\.?o|er)?|[a-z]+)\s+(trimestre|cuatrimestre|semestre)\b)", 0,
      [](const Match& m, std::vector<DateMention>* out) {
        const int n = Rank(m, 1);
        const int months = m.str(2) == "trimestre" ? 3 : m.str(2) == "semestre" ? 6 : 4;
        const Date* ref = m.RefAt(P::kMonth);
        if (n < 1 || n > 12 / months) return;
        if (!ref) return EmitYearPart(m, n, months, 0, true, out);
        const int current = (ref->month - 1) / months + 1;
        int year = ref->year;
        if (m.Future() ? n < current : n > current) year += m.Future() ? 1 : -1;
        EmitYearPart(m, n, months, year, true, out);
      });

  // este trimestre, el próximo trimestre, el trimestre pasado.
  add(R"((?:(este|proximo|pasado)\s+trimestre|trimestre\s+(pasado|proximo|que\s+viene|actual|en\s+curso)))", 0,
      [](const Match& m, std::vector<DateMention>* out) {
        std::string_view w = m.has(1) ? m.str(1) : m.str(2);
        // este, actual, en curso: the reference's own quarter.
        int delta = w[0] == 'e' || w == "actual" ? 0 : w == "pasado" ? -1 : 1;
        EmitShiftedQuarter(m, delta, out);
      });

  // la primera semana de julio, la última semana de 2020.
  add(R"((?:la\s+)?(\d(?:\.?a)?|[a-z]+)\s+semana\s+(?:de|del)\s+(?:<MW><YT>?|(?:ano\s+)?<Y>))", 0,
      &EmitNthWeekOf);

  // el siglo XX, el siglo 21.
  add(R"(siglo\s+([xvi]+|\d{1,2})\b)", 0, [](const Match& m, std::vector<DateMention>* out) {
    std::string_view n = m.str(1);
    EmitCentury(m, std::isdigit(static_cast<unsigned char>(n[0])) ? m.num(1) : Roman(n), out);
  });

  // Navidad, Nochebuena de 2019, el lunes de Pascua, el Viernes Santo, el Día
  // del Trabajador, el Día de la Tierra 2016: fiestas de regla fija.
  add(R"((?:(pasad[ao]|proxim[ao]|est[ae])\s+)?(nochebuena|nochevieja|navidad(?:es)?|(?:dia\s+de\s+)?ano\s+nuevo|domingo\s+de\s+(?:pascua|resurreccion)|lunes\s+de\s+pascua|viernes\s+santo|viernes\s+negro|dia\s+de\s+(?:los\s+)?reyes(?:\s+magos)?|dia\s+(?:internacional\s+)?(?:del|de\s+los)\s+trabajador(?:es)?|dia\s+de\s+san\s+patricio|dia\s+de\s+san\s+valentin|dia\s+de\s+los\s+enamorados|dia\s+de\s+la\s+tierra)(?:\s+(?:(?:de|del)\s+)?<Y>|\s+(pasad[ao]|proxim[ao]|que\s+viene))?)",
      0, [](const Match& m, std::vector<DateMention>* out) {
        std::string_view w = m.has(4) ? m.str(4) : m.str(1);
        int anchor = w.substr(0, 5) == "pasad" ? -1 : w.substr(0, 5) == "proxi" || w.substr(0, 3) == "que" ? 1 : 0;
        EmitHoliday(m, m.str(2), m.has(3) ? m.num(3) : 0, anchor, out);
      });

  // la semana 31, la semana 3 de 2027, la semana 30 del año pasado: semanas ISO.
  add(R"(semana\s+(\d{1,2})(?:\s+(?:del?\s+)?(?:<Y>|(?:(?:este|el)\s+)?ano(?:\s+(pasado|proximo|que\s+viene))?))?)", 0,
      [](const Match& m, std::vector<DateMention>* out) {
        if (m.has(2)) return EmitIsoWeek(m, m.num(1), m.num(2), false, out);
        int delta = m.is(3, "pasado") ? -1 : m.has(3) ? 1 : 0;
        EmitIsoWeek(m, m.num(1), RefYear(m, delta), true, out);
      });

  // el lunes de la próxima semana, el martes de la semana pasada; la próxima
  // semana, el lunes.
  add(R"(<WW>\s+de\s+(?:la\s+)?(?:(esta|proxima|pasada)\s+semana|semana\s+(pasada|proxima|que\s+viene)))",
      0, [](const Match& m, std::vector<DateMention>* out) {
        std::string_view w = m.has(2) ? m.str(2) : m.str(3);
        EmitWeekdayOfWeek(m, m.weekday(1), w == "esta" ? 0 : w == "pasada" ? -1 : 1, out);
      });

  // los próximos cuatro días, los últimos 6 meses, los cinco años pasados, los 5
  // próximos años.
  add(R"((?:(proxim[oa]s|ultim[oa]s)\s+((?:[a-z0-9]+\s+){1,4}?(?:dias|semanas|meses|anos))|((?:[a-z0-9]+\s+){1,4}?(?:dias|semanas|meses|anos))\s+(proxim[oa]s|pasad[oa]s)|(\d+|[a-z]+)\s+(proxim[oa]s|ultim[oa]s)\s+(dias|semanas|meses|anos)))",
      0, [](const Match& m, std::vector<DateMention>* out) {
        if (m.has(5)) {
          std::string count = std::string(m.str(5)) + " " + std::string(m.str(7));
          EmitSpan(m, count, m.str(6)[0] == 'p' ? 1 : -1, out);
          return;
        }
        bool next = m.has(1) ? m.str(1)[0] == 'p' : m.str(4)[1] == 'r';
        EmitSpan(m, m.str(m.has(2) ? 2 : 3), next ? 1 : -1, out);
      });

  // el once de marzo de 2004, veintitrés de febrero.
  add(R"(([a-z]+(?:\s+y\s+[a-z]+)?)\s+de\s+<M><YT>?)", 0,
      [](const Match& m, std::vector<DateMention>* out) {
        int d = DayWord(m, 1);
        if (!d || (!m.has(3) && m.ShortMonthAlone(2))) return;
        EmitDay(m, m.core, m.num(3), m.month(2), d, 0, out);
      });

  // el día 23, el día veintiséis, el día 12 de este mes, la semana del 9.º: a
  // day alone is of the reference's month, or of the month named after it.
  // "Quedó el 5.º" ranks: an ordinal alone is a day only in "semana del".
  add(R"(el\s+dia\s+(\d{1,2}|[a-z]+(?:\s+y\s+[a-z]+)?)(?:\s+(?:de\s+(este|el\s+proximo|el\s+pasado)\s+mes|del\s+(proximo|pasado)\s+mes|del\s+mes\s+(pasado|proximo|que\s+viene)))?|semana\s+del\s+(\d{1,2})\.?o)",
      0, [](const Match& m, std::vector<DateMention>* out) {
        // The ordinal alone, so that "la semana del 9.º" becomes its week.
        if (m.has(5)) return EmitDayOfMonth(m, Span{m.span(5).begin, m.span(0).end}, m.num(5), 0, out);
        int d = std::isdigit(static_cast<unsigned char>(m.str(1)[0])) ? m.num(1) : DayWord(m, 1);
        int which = m.has(2) ? 2 : m.has(3) ? 3 : m.has(4) ? 4 : 0;
        if (!d || (!which && CountsSomething(m.text, m.span(0).end))) return;
        std::string_view w = m.str(which);
        int delta = !which || m.is(which, "este") ? 0 : w.find("pasado") != w.npos ? -1 : 1;
        EmitDayOfMonth(m, m.core, d, delta, out);
      });

  // 4 de 6 de 1982, el 23 del 10: the month as a number after "de"/"del".
  add(R"((\d{1,2})\s+de\s+(\d{1,2})\s+del?\s+<Y>|d?el\s+(\d{1,2})\s+del\s+(\d{1,2}))", 0,
      [](const Match& m, std::vector<DateMention>* out) {
        if (m.has(1)) return EmitDay(m, m.core, m.num(3), m.num(2), m.num(1), 0, out);
        if (Percentage(m) || CountsSomething(m.text, m.span(0).end)) return;
        int mo = m.num(5);
        if (mo < 1 || mo > 12) return;
        EmitDay(m, Span{m.span(4).begin, m.span(5).end}, 0, mo, m.num(4), 0, out);
      });

  // el once de mayo de dos mil nueve, 1.º de marzo de dos mil veintiuno,
  // abril de dos mil siete: a year in words after a month.
  add(R"((?:(\d{1,2})(?:\.?o|er)?\s+de\s+|([a-z]+(?:\s+y\s+[a-z]+)?)\s+de\s+)?<MW>\s+del?\s+([a-z]+))", 0,
      [](const Match& m, std::vector<DateMention>* out) {
        size_t end = 0;
        int y = YearWordsAt(m, m.span(4).begin, &end);
        if (!y) return;
        Span span{m.span(0).begin, end};
        int d = m.has(1) ? m.num(1) : m.has(2) ? DayWord(m, 2) : 0;
        if (d) return EmitDay(m, span, y, m.month(3), d, 0, out);
        span.begin = m.span(3).begin;
        out->push_back(Absolute(span, Date::Month(y, m.month(3)), "month"));
      });
}

void AddEnglishReaders(Readers* r) {
  const Names& n = r->names;
  auto add = [&](const std::string& pattern, int core, Handler h) {
    r->list.push_back({Regex(Expand(pattern, n), Regex::kWordBounded), core, std::move(h)});
  };

  // this working week, next workweek: Monday to Friday.
  add(R"((this|next|last|previous|following)\s+(?:working\s+week|work\s?week))", 0,
      [](const Match& m, std::vector<DateMention>* out) {
        EmitWorkWeek(m, ShiftOf(m.str(1)), out);
      });

  // a decade ago, two decades from now.
  add(R"((\d+|[a-z]+(?:-[a-z]+)?)\s+decades?\s+(ago|from\s+now))", 0,
      [](const Match& m, std::vector<DateMention>* out) {
        EmitDecadesOffset(m, 1, m.is(2, "ago") ? -1 : 1, out);
      });

  // the last week of next month, the first week of next year.
  add(std::string(R"((?:the\s+)?(\d(?:st|nd|rd|th)|[a-z]+)\s+week\s+of\s+)") + kNamedPeriodEn, 0,
      [](const Match& m, std::vector<DateMention>* out) { EmitNthWeekOfNamed(m, out); });

  // three weeks and four days ago, a year and five months from now. After "the
  // last", the first count is a span's ("talks ran for the last 4 months and 3
  // days ago a deal was struck").
  add(R"(((?:\d+|[a-z]+(?:-[a-z]+)*)\s+(?:days?|weeks?|months?|years?)(?:\s*,?\s*(?:and\s+)?(?:\d+|[a-z]+(?:-[a-z]+)*)\s+(?:days?|weeks?|months?|years?))+)\s+(ago|from\s+(?:now|today)))",
      0, [](const Match& m, std::vector<DateMention>* out) {
        static const Regex* const kSpanWord =
            new Regex("last|past|next|previous|following|coming|upcoming|preceding");
        std::vector<std::string_view> before = WordsBefore(m.text, m.span(0).begin, 1);
        if (!before.empty() && kSpanWord->FullMatch(before[0])) return;
        EmitCompoundOffset(m, 1, m.is(2, "ago") ? -1 : 1, out);
      });

  // in two weeks, in a fortnight: a date only in a clause about the future (see
  // FutureCount); "prices doubled in two years" says how long. "In two weeks'
  // time" always looks ahead.
  add(R"(in\s+((?:\d+|[a-z]+(?:-[a-z]+)*)\s+(?:days?|weeks?|months?|years?)|a\s+fortnight)('s?\s+time|\s+time)?)",
      0, [](const Match& m, std::vector<DateMention>* out) {
        if (m.has(2) || (CountEndsPhrase(m) && FutureCount(m))) EmitCount(m, 1, 1, out);
      });

  // three weeks later, a fortnight later: from a time the story names, so from
  // the reference only in a clause about the future. A fortnight ago, a
  // fortnight from now (other counts are read with "four weeks ago").
  add(R"(((?:\d+|[a-z]+(?:-[a-z]+)*)\s+(?:days?|weeks?|months?|years?))\s+(later)|(a\s+fortnight)\s+(later|ago|from\s+(?:now|today)))",
      0, [](const Match& m, std::vector<DateMention>* out) {
        const int count = m.has(1) ? 1 : 3, word = m.has(1) ? 2 : 4;
        if (!m.is(word, "later")) return EmitCount(m, count, m.is(word, "ago") ? -1 : 1, out);
        if (!Anchored(m, kNoLead)) EmitLater(m, count, out);
      });

  // the previous Wednesday, the following Friday.
  add(R"((?:the\s+)?((previous|following|preceding)\s+<WW>))", 1,
      [](const Match& m, std::vector<DateMention>* out) {
        if (Anchored(m, kNoLead) || FollowingAsPreposition(m)) return;
        EmitWeekday(m, m.weekday(3), m.is(2, "following") ? Which::kNext : Which::kLast, out);
      });

  // the following week, the previous weekend.
  add(R"((?:the\s+)?((previous|following|preceding)\s+(week|weekend)))", 1,
      [](const Match& m, std::vector<DateMention>* out) {
        if (Anchored(m, kNoLead) || FollowingAsPreposition(m)) return;
        EmitWeek(m, ShiftOf(m.str(2)), m.str(3) == "weekend", out);
      });

  // Tuesday of the following week.
  add(R"(<WW>\s+of\s+the\s+(previous|following|preceding)\s+week)", 0,
      [](const Match& m, std::vector<DateMention>* out) {
        EmitWeekdayOfWeek(m, m.weekday(1), ShiftOf(m.str(2)), out);
      });

  // the previous day, the following month, the next day; the day before, the
  // week after, the year before (only at the end of a clause: "the day before
  // the vote" counts from the vote, "the week after next" is read elsewhere).
  add(R"((?:the\s+)?((previous|following|preceding)\s+(day|month|year)|next\s+(day))|the\s+((day|week|month|year)\s+(before|after)))",
      0, [](const Match& m, std::vector<DateMention>* out) {
        if (Anchored(m, kNoLead)) return;
        Match core = m;
        core.core = m.span(m.has(1) ? 1 : 5);
        if (m.has(5)) {
          if (m.After() && std::string_view(".,;:!?)").find(m.After()) == std::string_view::npos)
            return;
          return EmitUnitShift(core, m.str(6), m.is(7, "before") ? -1 : 1, out);
        }
        if (m.has(4)) return EmitDayOffset(core, 1, out);
        EmitUnitShift(core, m.str(3), ShiftOf(m.str(2)), out);
      });

  // the following quarter ("previous quarter" is read with "last quarter").
  add(R"((?:the\s+)?(following|preceding|upcoming)\s+quarter)", 0,
      [](const Match& m, std::vector<DateMention>* out) {
        if (Anchored(m, kNoLead)) return;
        EmitShiftedQuarter(m, ShiftOf(m.str(1)), out);
      });

  // the next decade, the previous decade, this decade, the next two decades
  // (calendar decades); the past decade and the past two decades are the last
  // ten and twenty years, as "the past ten years" are, and so is any of them
  // after "over" (OverStretch).
  add(R"((this|current|next|last|past|previous|following|coming|upcoming)\s+(?:(\d+|[a-z]+(?:-[a-z]+)?)\s+)?(decades?))",
      0, [](const Match& m, std::vector<DateMention>* out) {
        if (Anchored(m, kNoLead)) return;
        const int delta = ShiftOf(m.str(1));
        const bool plural = m.str(3) == "decades";
        if (plural != m.has(2)) return;
        int n = 1;
        std::string unit;
        if (plural && (!delta || !WholeNumber(m, m.str(2), &n, &unit) || !unit.empty())) return;
        if (delta && (OverStretch(m) || (delta < 0 && (plural || m.is(1, "past"))))) {
          return EmitSpanOf(m, 10 * n, "year", delta, out);
        }
        EmitShiftedDecades(m, plural ? 1 : delta, n, out);
      });

  // the last two quarters, the following 2 quarters: whole quarters.
  add(R"((next|last|past|previous|following|coming|upcoming|preceding)\s+(\d+|[a-z]+(?:-[a-z]+)?)\s+quarters)",
      0, [](const Match& m, std::vector<DateMention>* out) {
        if (Anchored(m, kNoLead)) return;
        int n = 0;
        std::string unit;
        if (!WholeNumber(m, m.str(2), &n, &unit) || !unit.empty()) return;
        EmitQuarters(m, n, ShiftOf(m.str(1)), out);
      });

  // the following three weeks, the previous 10 days; the 5 upcoming years, the
  // 10 previous weeks; the next fortnight, the past fortnight.
  add(R"((following|previous|preceding|upcoming)\s+((?:\d+|[a-z]+(?:-[a-z]+)*)\s+(?:days|weeks|months|years))|((?:\d+|[a-z]+(?:-[a-z]+)*))\s+(upcoming|next|coming|following|previous|preceding|past|last)\s+(days|weeks|months|years)|(next|last|past|previous|following|coming|upcoming)\s+fortnight)",
      0, [](const Match& m, std::vector<DateMention>* out) {
        if (Anchored(m, kNoLead)) return;
        if (m.has(6)) return EmitSpanOf(m, 14, "day", ShiftOf(m.str(6)) > 0 ? 1 : -1, out);
        if (m.has(1)) return EmitSpan(m, m.str(2), ShiftOf(m.str(1)), out);
        std::string count = std::string(m.str(3)) + " " + std::string(m.str(5));
        EmitSpan(m, count, ShiftOf(m.str(4)), out);
      });

  // the first 3 weeks of 2025, the last 4 weeks of this year, the first five
  // days of June, the first two quarters of 2023.
  add(std::string(
          R"((?:the\s+)?(first|last|final)\s+(\d+|[a-z]+(?:-[a-z]+)?)\s+(days|weeks|months|quarters)\s+of\s+)") +
          kNamedPeriodEn,
      0, [](const Match& m, std::vector<DateMention>* out) { EmitFirstOrLast(m, 1, 2, 3, 4, out); });

  // the fifth month of 2025, the 10th month of next year.
  add(std::string(R"((?:the\s+)?(\d{1,2}(?:st|nd|rd|th)|[a-z]+(?:-[a-z]+)?)\s+month\s+of\s+)") +
          kNamedPeriodEn,
      0, [](const Match& m, std::vector<DateMention>* out) { EmitNthMonth(m, out); });

  // Christmas Eve, Easter Monday 2019, last Easter, New Year's Day, Earth Day,
  // Juneteenth: holidays with a fixed rule of their own ("Independence Day"
  // and "Labor Day" differ by country and are left out).
  add(R"((?:(last|next|this|previous)\s+)?(christmas\s+eve|christmas(?:\s+day)?|new\s+year'?s?\s+eve|new\s+year'?s?\s+day|easter(?:\s+(?:sunday|monday))?|good\s+friday|black\s+friday|halloween|valentine'?s\s+day|(?:saint|st\.?)\s+patrick'?s\s+day|(?:saint|st\.?)\s+patrick'?s?|international\s+workers'?\s+day|earth\s+day|juneteenth)(?:,?\s+(?:of\s+)?<Y>)?)",
      0, [](const Match& m, std::vector<DateMention>* out) {
        int anchor = m.is(1, "last") || m.is(1, "previous") ? -1 : m.is(1, "next") ? 1 : 0;
        // The saint's name alone is the day only with its year ("Saint Patrick
        // 2018"; "St. Patrick's Cathedral").
        std::string_view name = m.str(2);
        if (name.find("patrick") != name.npos && name.find("day") == name.npos && !m.has(3)) return;
        EmitHoliday(m, name, m.has(3) ? m.num(3) : 0, anchor, out);
      });

  // the fourth of July, the twenty-third of May 2021; June first, January
  // second 2020 (ordinal words only, and not after "may" or "march", which are
  // verbs as often).
  add(R"((?:the\s+)?([a-z]+-[a-z]+|[a-z]+\s+[a-z]+|[a-z]+)\s+of\s+<M><YT>?|<MW>,?\s+(?:the\s+)?([a-z]+-[a-z]+|[a-z]+\s+[a-z]+|[a-z]+)<YT>?)",
      0, [](const Match& m, std::vector<DateMention>* out) {
        const bool month_first = m.has(4);
        const int group = month_first ? 5 : 1;
        if (month_first && (m.str(4) == "may" || m.str(4) == "march")) return;
        if (!month_first && m.ShortMonthAlone(2) && !m.has(3)) return;
        std::string_view words = m.str(group);
        int d = 0;
        Span span = m.core;
        // "June first time": the first word alone, without what follows.
        for (int attempt = 0; attempt < 2 && !d; ++attempt) {
          int v = 0;
          bool ordinal = false;
          std::string unit;
          if (WholeNumber(m, words, &v, &unit, &ordinal) && ordinal && unit.empty() && v >= 1 &&
              v <= 31) {
            d = v;
          } else if (!month_first) {
            // "until third of Sept.": the last word alone.
            size_t cut = words.find_last_of(" -");
            if (cut == std::string_view::npos) return;
            words = words.substr(cut + 1);
            span.begin = m.span(group).begin + cut + 1;
          } else {
            size_t cut = words.find_first_of(" -");
            if (cut == std::string_view::npos) return;
            words = words.substr(0, cut);
            span.end = m.span(group).begin + cut;
          }
        }
        if (!d) return;
        int y = month_first ? (span.end == m.core.end ? m.num(6) : 0) : m.num(3);
        EmitDay(m, span, y, m.month(month_first ? 4 : 2), d, 0, out);
      });

  // [Wednesday,] June 19[, 2024].
  add(R"(<WP><M>\.?\s+<D>(?:\s*,?\s+(?:of\s+)?<Y>)?)", 0,
      [](const Match& m, std::vector<DateMention>* out) {
        int y = m.num(4) ? m.num(4) : SameWeekdayYear(m, m.weekday(1), m.month(2), m.num(3));
        EmitDay(m, m.core, y, m.month(2), m.num(3), 0, out);
        if (y && !m.has(4) && !out->empty()) out->back().relative = true;
      });

  // June 18-19[, 2024].
  add(R"(<M>\.?\s+<D>\s*-\s*<D>(?:\s*,?\s+<Y>)?)", 0,
      [](const Match& m, std::vector<DateMention>* out) {
        int mo = m.month(1), y = m.num(4);
        EmitDayRange(m, m.core, y, mo, m.num(2), y, mo, m.num(3), out);
      });

  // April ninth through seventeenth, April 9th to the seventeenth[, 2024]: days
  // as ordinal words ("June twenty to thirty people" has no ranks).
  add(R"(<M>\.?\s+(?:the\s+)?(\d{1,2}(?:st|nd|rd|th)|[a-z]+(?:-[a-z]+)?)\s+(?:through|thru|to|until|till)\s+(?:the\s+)?(\d{1,2}(?:st|nd|rd|th)|[a-z]+(?:-[a-z]+)?)(?:\s*,?\s+<Y>)?)",
      0, [](const Match& m, std::vector<DateMention>* out) {
        const int d1 = Rank(m, 2), d2 = Rank(m, 3), mo = m.month(1), y = m.num(4);
        if (d1 < 1 || d2 < 1) return;
        EmitDayRange(m, m.core, y, mo, d1, y, mo, d2, out);
      });

  // from June 28 to July 2[, 2024].
  add(R"((from|between)\s+<M>\.?\s+<D>(?:\s*,?\s+<Y>)?\s+(to|and|until|through)\s+<M>\.?\s+<D>(?:\s*,?\s+<Y>)?)",
      0, [](const Match& m, std::vector<DateMention>* out) {
        if (m.is(1, "between") != m.is(5, "and")) return;
        EmitDayRange(m, m.core, m.num(4), m.month(2), m.num(3), m.num(8), m.month(6), m.num(7),
                     out);
      });

  add(R"((?:the\s+)?(day\s+before\s+yesterday|day\s+after\s+tomorrow|yesterday|today|tonight|tomorrow|last\s+night))",
      1, [](const Match& m, std::vector<DateMention>* out) {
        std::string_view s = m.str(1);
        int days = s == "yesterday" || s.front() == 'l' ? -1
                   : s == "today" || s == "tonight"     ? 0
                   : s == "tomorrow"                    ? 1
                   : s.find("before") != s.npos         ? -2
                                                        : 2;
        EmitDayOffset(m, days, out);
      });

  // After "the" or "every" a weekday is not the reference's week ("the last
  // Wednesday of the month", "every Wednesday").
  // "this coming Friday" is the next one, like "next Friday".
  add(R"((?:(every|each|the)\s+)?((?:(this\s+past|this\s+(?:up)?coming|(?:up)?coming|this|last|next|past)\s+)?<WW>))", 2,
      [](const Match& m, std::vector<DateMention>* out) {
        if (m.has(1)) return;
        Which w = Which::kOnOrBefore;
        if (m.is(3, "this")) w = Which::kThis;
        if (m.str(3).find("coming") != std::string_view::npos) w = Which::kNext;
        if (m.is(3, "last") || m.str(3).find("past") != std::string_view::npos) w = Which::kLast;
        if (m.is(3, "next")) w = Which::kNext;
        EmitWeekday(m, m.weekday(4), w, out);
      });

  // "this May" and "this March" are left out: "this may take", "this march
  // ended" are far more common.
  add(R"((?:(the)\s+)?((last|next|this)\s+<MW>))", 2,
      [](const Match& m, std::vector<DateMention>* out) {
        if (m.has(1)) return;
        if (m.is(3, "this") && (m.str(4) == "may" || m.str(4) == "march")) return;
        Which w = m.is(3, "last") ? Which::kLast : m.is(3, "next") ? Which::kNext : Which::kThis;
        EmitMonthName(m, m.month(4), w, out);
      });

  // "over the last year" is a duration, not last year.
  add(R"((?:(the)\s+)?((?:(earlier|later)\s+)?(this|last|next)\s+(month|year)))", 2,
      [](const Match& m, std::vector<DateMention>* out) {
        if (m.has(1) || (m.has(3) && m.is(4, "this"))) return;
        int delta = m.is(4, "last") ? -1 : m.is(4, "next") ? 1 : 0;
        EmitPeriod(m, m.str(5) == "month", delta, out);
      });

  // earlier this month, later this year, later in the week; the rest of the
  // year; so far this year, year to date.
  add(R"((earlier|later)\s+(?:this|in\s+the)\s+(week|month|year)|(?:the\s+)?(?:rest|remainder)\s+of\s+(?:the|this)\s+(week|month|year)|so\s+far\s+this\s+(week|month|year)|(year|month)[-\s]to[-\s]date)",
      0, [](const Match& m, std::vector<DateMention>* out) {
        if (m.has(1)) return EmitHalf(m, UnitOf(m.str(2)), m.is(1, "later"), out);
        if (m.has(3)) return EmitRest(m, UnitOf(m.str(3)), true, out);
        EmitRest(m, UnitOf(m.str(m.has(4) ? 4 : 5)), false, out);
      });

  // this week, last week, next week, the week after next, the week before last.
  // After "the", "last week"/"next week" are seven days ("the last week of
  // July", "over the next week"); "the following week" counts from a day the
  // story names (read above, with UnresolveAnaphoric).
  add(R"((?:(the)\s+)?(?:(this|last|next)\s+(week|weekend)|week\s+(after\s+next|before\s+last)))",
      0, [](const Match& m, std::vector<DateMention>* out) {
        if (m.has(1) != m.has(4)) return;
        int delta = m.has(4) ? (m.is(4, "after") ? 2 : -2)
                    : m.is(2, "this") ? 0
                    : m.is(2, "last") ? -1
                                      : 1;
        EmitWeek(m, delta, m.str(3) == "weekend", out);
      });

  // four weeks ago, a year ago; ten days from now.
  add(R"(((?:\d+|[a-z]+(?:-[a-z]+)*)\s+(?:days?|weeks?|months?|years?))\s+(ago|from\s+(?:now|today)))", 0,
      [](const Match& m, std::vector<DateMention>* out) {
        EmitOffset(m, 1, m.is(2, "ago") ? -1 : 1, out);
      });

  // the 1960s, 1960s, the '80s, the seventies (words only after "the": "in her
  // sixties" is an age).
  add(R"((?:the\s+)?'?(\d{3}0)\s?s|the\s+'?(\d0)s|the\s+([a-z]+)ties)", 0,
      [](const Match& m, std::vector<DateMention>* out) {
        if (m.has(1)) return EmitDecade(m, m.num(1), out);
        if (m.has(2)) return EmitDecade(m, m.num(2), out);
        int decade = 0;
        std::string unit;
        std::string word = std::string(m.str(3)) + "ty";
        if (!WholeNumber(m, word, &decade, &unit) || !unit.empty() || decade < 20 || decade > 90) {
          return;
        }
        EmitDecade(m, decade, out);
      });

  // early June, mid-October, late 2015, the end of 2015, the beginning of
  // March, the end of the year.
  add(R"((?:(early|mid|late)[-\s]+|(?:the\s+)?(beginning|start|middle|end)\s+of\s+(?:the\s+)?)(?:<MW><YT>?|(?:year\s+)?<Y>|(?:(this|last|next)\s+)?(week|month|year)))",
      0, [](const Match& m, std::vector<DateMention>* out) {
        std::string_view w = m.has(1) ? m.str(1) : m.str(2);
        int part = (w == "mid" || w == "middle") ? 1 : (w == "late" || w == "end") ? 2 : 0;
        if (m.has(7)) {
          if (m.After() == ' ' && m.text.substr(m.span(0).end + 1, 6) == "before") return;
          int delta = m.is(6, "last") ? -1 : m.is(6, "next") ? 1 : 0;
          if (m.str(7) == "week") return EmitWeekPart(m, part, delta, out);
          EmitRelativePart(m, part, m.str(7) == "month", delta, out);
          return;
        }
        int year = m.has(5) ? m.num(5) : m.num(4);
        if (year && !PlausibleYear(year)) return;
        EmitPart(m, part, m.month(3), year, out);
      });

  // the first quarter of 2017, the 3rd quarter of this year, the second half of
  // 2019, Q1 2017.
  add(R"((?:(?:the\s+)?(\d(?:st|nd|rd|th)|[a-z]+)\s+(quarter|half)\s+(?:of\s+)?|q([1-4])[-\s]+)(?:<Y>|(?:the|this)\s+year|(last|next)\s+year))",
      0, [](const Match& m, std::vector<DateMention>* out) {
        int n = m.has(3) ? m.num(3) : Rank(m, 1);
        int months = m.is(2, "half") ? 6 : 3;
        if (m.has(4)) return EmitYearPart(m, n, months, m.num(4), false, out);
        int delta = m.is(5, "last") ? -1 : m.has(5) ? 1 : 0;
        EmitYearPart(m, n, months, RefYear(m, delta), true, out);
      });

  // this quarter, the next quarter, last quarter; "the last quarter of 2023"
  // is a year's fourth (read above).
  add(R"((?:the\s+)?(this|current|last|next|previous|past|coming)\s+quarter(\s+of\b)?)", 0,
      [](const Match& m, std::vector<DateMention>* out) {
        if (m.has(2)) return;
        int delta = m.is(1, "this") || m.is(1, "current") ? 0
                    : m.is(1, "next") || m.is(1, "coming") ? 1
                                                          : -1;
        EmitShiftedQuarter(m, delta, out);
      });

  // the first week of July, the last week of 2020, 2nd week of March.
  add(R"((?:the\s+)?(\d(?:st|nd|rd|th)|[a-z]+)\s+week\s+of\s+(?:<M>\.?<YT>?|<Y>))", 0,
      &EmitNthWeekOf);

  // "later than 2019": a bare year after a bound's "than" ("more than 2000"
  // is a number).
  add(R"((?:later|earlier)\s+than\s+<Y>)", 0, [](const Match& m, std::vector<DateMention>* out) {
    if (!PlausibleYear(m.num(1)) || Percentage(m)) return;
    out->push_back(Absolute(m.span(1), Date::Year(m.num(1)), "year"));
  });

  // the 21st century, the nineteenth century.
  add(R"((?:the\s+)?(\d{1,2}(?:st|nd|rd|th)|[a-z]+(?:-[a-z]+)?)\s+century)", 0,
      [](const Match& m, std::vector<DateMention>* out) { EmitCentury(m, Rank(m, 1), out); });

  // week 31, week 1 of 2019, week 12 last year: ISO weeks.
  add(R"(week\s+(\d{1,2})(?:,?\s+(?:of\s+)?(?:<Y>|(this|last|next)\s+year))?)", 0,
      [](const Match& m, std::vector<DateMention>* out) {
        if (m.has(2)) return EmitIsoWeek(m, m.num(1), m.num(2), false, out);
        int delta = m.is(3, "last") ? -1 : m.is(3, "next") ? 1 : 0;
        EmitIsoWeek(m, m.num(1), RefYear(m, delta), true, out);
      });

  // Thursday of next week, next week on Thursday, last week Friday.
  add(R"((?:<WW>\s+of\s+(this|last|next)\s+week|(this|last|next)\s+week,?\s+(?:on\s+)?<WP2>))", 0,
      [](const Match& m, std::vector<DateMention>* out) {
        std::string_view w = m.has(2) ? m.str(2) : m.str(3);
        int wd = m.has(1) ? m.weekday(1) : m.weekday(4);
        EmitWeekdayOfWeek(m, wd, w == "this" ? 0 : w == "last" ? -1 : 1, out);
      });

  // the next five days, the last six months, the past two years.
  add(R"((next|last|past|coming)\s+((?:\d+|[a-z]+(?:-[a-z]+)*)\s+(?:days|weeks|months|years)))", 0,
      [](const Match& m, std::vector<DateMention>* out) {
        EmitSpan(m, m.str(2), m.is(1, "next") || m.is(1, "coming") ? 1 : -1, out);
      });

  // March 2 to 5, from May 4th through 12th, between June 5 and 6. A month
  // after the second day makes it another reading ("March 2 to 5 April").
  add(R"((?:(from|between)\s+)?<M>\.?\s+(?:the\s+)?<D>\s+(to|through|thru|until|till|and)\s+(?:the\s+)?<D><YT>?(\s+(?:of\s+)?<M>)?)",
      0, [](const Match& m, std::vector<DateMention>* out) {
        if (m.has(7) || m.is(1, "between") != m.is(4, "and")) return;
        int mo = m.month(2), y = m.num(6);
        EmitDayRange(m, m.core, y, mo, m.num(3), y, mo, m.num(5), out);
      });

  // from 3 August to 9 August, from the 5th of May 2021 to the 8th of May 2021.
  add(R"((from|between)\s+(?:the\s+)?<D>\s+(?:of\s+)?<M><YT>?\s+(to|until|till|through|thru|and)\s+(?:the\s+)?<D>\s+(?:of\s+)?<M><YT>?)",
      0, [](const Match& m, std::vector<DateMention>* out) {
        if (m.is(1, "between") != m.is(5, "and")) return;
        EmitDayRange(m, m.core, m.num(4), m.month(3), m.num(2), m.num(8), m.month(7), m.num(6),
                     out);
      });

  // on the 23rd, by the 6th, on 27th, on the fifth, by the 12th this month, the
  // week of the 23rd: a day alone is of the reference's month (or of the month
  // named after it). A word after it makes it a rank ("on the 17th hole",
  // "after the 2nd round"); ordinals in words only after "on the". "Around the
  // 12th" claims no day.
  add(R"((on|by|until|till|since|before|after|from|through|week\s+of)\s+((the\s+)?(\d{1,2}(?:st|nd|rd|th)|[a-z]+(?:-[a-z]+)?)(?:\s+(?:of\s+)?(this|next|last)\s+month)?))",
      2, [](const Match& m, std::vector<DateMention>* out) {
        bool digits = std::isdigit(static_cast<unsigned char>(m.str(4)[0]));
        if (m.is(1, "week") && !digits) return;
        if (!digits && !(m.is(1, "on") && m.has(3))) return;
        if (!m.has(5) && CountsSomething(m.text, m.span(0).end)) return;
        int d = Rank(m, 4);
        int delta = m.is(5, "next") ? 1 : m.is(5, "last") ? -1 : 0;
        if (d >= 1) EmitDayOfMonth(m, m.core, d, delta, out);
      });

  // the 10th day of next month, the twenty sixth day of March, the first day
  // of the month.
  add(R"((?:the\s+)?(\d{1,2}(?:st|nd|rd|th)|[a-z]+(?:[\s-][a-z]+)?)\s+day\s+of\s+(?:<M><YT>?|(this|next|last|the)\s+month))",
      0, [](const Match& m, std::vector<DateMention>* out) {
        int d = Rank(m, 1);
        if (d < 1) return;
        if (m.has(2)) return EmitDay(m, m.core, m.num(3), m.month(2), d, 0, out);
        EmitDayOfMonth(m, m.core, d, m.is(4, "next") ? 1 : m.is(4, "last") ? -1 : 0, out);
      });

  // March, 3rd: a comma between month and day only before an ordinal ("in
  // March, 15 people died").
  add(R"(<M>\.?,\s+(\d{1,2})(?:st|nd|rd|th))", 0, [](const Match& m, std::vector<DateMention>* out) {
    EmitDay(m, m.core, 0, m.month(1), m.num(2), 0, out);
  });

  // July two thousand and eleven, March twenty two nineteen sixty eight, March
  // 22 nineteen sixty eight: a year in words after a month, with or
  // without a day between. A day in cardinal words needs the year after it:
  // "in June twenty people died".
  add(R"(<MW>,?\s+(?:the\s+)?(\d{1,2}(?:st|nd|rd|th)?|[a-z]+))", 0,
      [](const Match& m, std::vector<DateMention>* out) {
        const int mo = m.month(1);
        size_t at = m.span(2).begin, end = 0;
        const bool digits = std::isdigit(static_cast<unsigned char>(m.text[at]));
        if (!digits) {
          if (int y = YearWordsAt(m, at, &end)) {
            out->push_back(Absolute(Span{m.span(0).begin, end}, Date::Month(y, mo), "month"));
            return;
          }
        }
        // The day: the digits, or one or two words.
        std::vector<size_t> day_ends;
        if (digits) {
          day_ends.push_back(m.span(2).end);
        } else {
          std::string_view words = WordsFrom(m.text, at);
          size_t e1 = words.find_first_of(" -");
          if (e1 != std::string_view::npos) {
            size_t s2 = words.find_first_not_of(" -", e1);
            size_t e2 = s2 == std::string_view::npos ? s2 : words.find_first_of(" -", s2);
            if (s2 != std::string_view::npos && e2 != std::string_view::npos) day_ends.push_back(at + e2);
            day_ends.push_back(at + e1);
          }
        }
        for (size_t day_end : day_ends) {
          std::string_view phrase = m.text.substr(at, day_end - at);
          int d = digits ? ToInt(phrase.substr(0, phrase.find_first_not_of("0123456789"))) : DayWord(m, phrase);
          size_t year_at = m.text.find_first_not_of(" ,", day_end);
          if (!d || year_at == std::string_view::npos) continue;
          int y = YearWordsAt(m, year_at, &end);
          if (y) return EmitDay(m, Span{m.span(0).begin, end}, y, mo, d, 0, out);
        }
      });

  // twenty two March nineteen sixty eight, 9 Sept nineteen eighty one, 4 July
  // seventeen hundred seventy six: a day, a month and a year in words.
  add(R"((\d{1,2}(?:st|nd|rd|th)?|[a-z]+(?:[\s-][a-z]+)?)\s+(?:of\s+)?<M>\.?,?\s+([a-z]+))", 0,
      [](const Match& m, std::vector<DateMention>* out) {
        size_t end = 0;
        int y = YearWordsAt(m, m.span(3).begin, &end);
        if (!y) return;
        Span span{m.span(0).begin, end};
        std::string_view day = m.str(1);
        int d = 0;
        if (std::isdigit(static_cast<unsigned char>(day[0]))) {
          d = ToInt(day.substr(0, day.find_first_not_of("0123456789")));
        } else if (!(d = DayWord(m, day))) {
          // "on twelve May": the last word alone.
          size_t cut = day.find_last_of(" -");
          if (cut == std::string_view::npos) return;
          d = DayWord(m, day.substr(cut + 1));
          span.begin = m.span(1).begin + cut + 1;
        }
        if (d) EmitDay(m, span, y, m.month(2), d, 0, out);
      });

  // Oct 27-Dec 2, 2011: two days of two months joined by a hyphen, the year
  // written once at the end.
  add(R"(<M>\.?\s+<D>\s*-\s*<M>\.?\s+<D><YT>?)", 0, [](const Match& m, std::vector<DateMention>* out) {
    EmitDayRange(m, m.core, 0, m.month(1), m.num(2), m.num(5), m.month(3), m.num(4), out);
  });
}

Readers* BuildReaders(Lang l) {
  auto* r = new Readers{BuildNames(l), l, {}, {}};
  AddCommonReaders(r);
  if (l != Lang::kEn) AddSpanishReaders(r);
  if (l != Lang::kEs) AddEnglishReaders(r);
  std::vector<const Regex*> patterns;
  for (const Reader& reader : r->list) patterns.push_back(&reader.re);
  r->prefilter = RegexSet(patterns);
  return r;
}

const Readers& ReadersFor(Lang lang) { return PerLanguage<Readers, &BuildReaders>(lang); }

Date FirstDay(const Date& d) {
  return Date::Day(d.year, d.month ? d.month : 1, d.day ? d.day : 1);
}

Date LastDay(const Date& d) {
  int m = d.month ? d.month : 12;
  return Date::Day(d.year, m, d.day ? d.day : DaysInMonth(d.year, m));
}

// Two dates or periods joined by the words of a range are one range, whatever
// their shapes: "desde marzo de 2019 hasta mayo de 2021", "de 2012 hasta abril
// de 2016", "from 3/1/2024 - 3/9/2024", "from May 2005 to the end of 2009",
// "between January 2023 and today". "y"/"and" joins only after
// "entre"/"between" ("de 1950 y 1953" are two years); a bare hyphen needs no
// leading word. "La semana del 19 de junio", "the week of June 19" are the
// Monday-to-Sunday week of that day.
void JoinRanges(std::string_view text, std::vector<DateMention>* mentions) {
  static const Regex* const kLead = new Regex(
      R"((?:^|[^a-z0-9])(de|del|desde|entre|from|between)(?:\s+(?:el|the))?\s+$)");
  static const Regex* const kWeekOf = new Regex(
      R"((?:^|[^a-z0-9])(?:la\s+)?(semana\s+del?|semana\s+(que\s+(?:comienza|empieza|inicia|arranca|va)|a\s+partir)(?:\s+del?)?|)"
      R"((?:the\s+)?week\s+(?:of|(beginning|starting|commencing)(?:\s+on)?))(?:\s+(?:el|the))?\s+$)");
  static const Regex* const kGap = new Regex(
      R"(^\s*,?\s*(-|~|al?|hasta|y|to|until|till|through|thru|and)(?:\s+(?:el|the))?\s*$)");
  constexpr size_t kWindow = 32;
  std::vector<Span> g;
  std::vector<DateMention> out;
  auto lead = [&](const Regex& re, size_t at, size_t* begin) {
    size_t from = at > kWindow ? at - kWindow : 0;
    if (!re.Find(text.substr(from, at - from), 0, &g)) return false;
    *begin = from + g[1].begin;
    return out.empty() || out.back().span.end <= *begin;
  };
  for (size_t i = 0; i < mentions->size(); ++i) {
    DateMention& a = (*mentions)[i];
    size_t begin = 0;
    if (a.resolved && !a.is_range && a.value.precision == P::kDay &&
        lead(*kWeekOf, a.span.begin, &begin)) {
      // "The week beginning June 19" starts that day, whatever its weekday.
      const bool starts = g[2].begin != Regex::npos || g[3].begin != Regex::npos;
      Date monday = starts ? a.value : a.value.AddDays(1 - a.value.Weekday());
      DateMention r = Range(Span{begin, a.span.end}, monday, monday.AddDays(6), "week");
      r.relative = a.relative;
      out.push_back(r);
      continue;
    }
    if (i + 1 < mentions->size()) {
      const DateMention& b = (*mentions)[i + 1];
      bool plain = a.resolved && b.resolved;
      std::string_view gap = text.substr(a.span.end, b.span.begin - a.span.end);
      if (plain && kGap->MatchAt(gap, 0, &g)) {
        std::string_view conn = gap.substr(g[1].begin, g[1].size());
        bool dash = conn == "-" || conn == "~";
        bool has_lead = lead(*kLead, a.span.begin, &begin);
        std::string_view word = has_lead ? text.substr(begin, 7) : "";
        bool between = word.substr(0, 5) == "entre" || word.substr(0, 7) == "between";
        bool pair = conn == "y" || conn == "and";
        // "hasta"/"until"/"through" name a range's end on their own ("el 1 de
        // agosto de 2019 hasta hoy"); "a"/"to"/"y" need a leading word.
        bool end_word = conn == "hasta" || conn == "until" || conn == "till" ||
                        conn == "through" || conn == "thru";
        bool joined = has_lead ? pair == between || (dash && !between) : dash || end_word;
        const Date& a_end = a.is_range ? a.end : a.value;
        Date b_value = b.value, b_end = b.is_range ? b.end : b.value;
        // A day alone after a range's first day is of that day's month, or of the
        // next when it comes earlier ("from April 9th through the 17th", "del 28
        // de enero al 3").
        if (b.form == "day-of-month" && !b.is_range && a_end.precision == P::kDay) {
          Date month = Date::Month(a_end.year, a_end.month);
          if (b.value.day <= a_end.day) month = ShiftMonth(month, 1);
          if (ValidDay(month.year, month.month, b.value.day)) {
            b_value = b_end = Date::Day(month.year, month.month, b.value.day);
          }
        }
        // A bare weekday after a range's first day is the next one on ("desde el
        // próximo lunes hasta el viernes").
        if (b.form == "weekday" && !b.is_range && b.value.precision == P::kDay &&
            a_end.precision == P::kDay && Ordinal(b_value) <= Ordinal(a_end) &&
            Ordinal(a_end) - Ordinal(b_value) < 14) {
          while (Ordinal(b_value) <= Ordinal(a_end)) b_value = b_value.AddDays(7);
          b_end = b_value;
        }
        if (joined && Ordinal(FirstDay(b_value)) > Ordinal(FirstDay(a.value)) &&
            Ordinal(LastDay(b_end)) > Ordinal(LastDay(a_end))) {
          // Two days without a year ("from 26 June to 28 June") are a range of
          // days like "del 26 al 28 de junio": a year written after it binds.
          const bool days = a.form == "day-month" && b.form == "day-month";
          DateMention r = Range(Span{has_lead ? begin : a.span.begin, b.span.end}, a.value, b_end,
                                days ? "day-range" : "joined-range");
          r.relative = a.relative || b.relative;
          out.push_back(r);
          ++i;
          continue;
        }
      }
    }
    if (a.form == kToDate && a.resolved) {
      // Alone, "to date" is everything up to the reference day, with its word.
      static const Regex* const kWord = new Regex(R"((?:to|till|until|hasta)\s+$)");
      const size_t from = a.span.begin > 12 ? a.span.begin - 12 : 0;
      if (kWord->Find(text.substr(from, a.span.begin - from), 0, &g)) a.span.begin = from + g[0].begin;
      a.end = a.value;
      a.value = Date();
      a.is_range = true;
      a.form = "open-range";
    }
    if (a.form != "now" && a.form != kRangeStart) out.push_back(std::move(a));
  }
  *mentions = std::move(out);
}

// "The Easter weekend", "the weekend of Halloween", "el fin de semana de Pascua":
// the days off around the holiday. A Monday holiday takes the Saturday and
// Sunday before it, a Thursday or Friday one the days up to the Sunday after, a
// Saturday or Sunday one its own weekend; a Tuesday or Wednesday holiday has no
// weekend of its own and stays the day.
void HolidayWeekends(std::string_view text, std::vector<DateMention>* mentions) {
  static const Regex* const kBefore = new Regex(
      R"((?:^|[^a-z0-9])((?:the\s+)?weekend\s+of(?:\s+the)?|(?:el\s+)?fin\s+de\s+semana\s+del?(?:\s+la)?)\s+$)");
  static const Regex* const kAfter = new Regex(R"(\s+weekend\b)");
  std::vector<Span> g;
  std::vector<DateMention> out;
  for (DateMention& m : *mentions) {
    if (m.form == "holiday" && m.resolved && !m.is_range && m.value.precision == P::kDay) {
      const size_t from = m.span.begin > 32 ? m.span.begin - 32 : 0;
      Span span = m.span;
      if (kBefore->Find(text.substr(from, m.span.begin - from), 0, &g)) {
        span.begin = from + g[1].begin;
      } else if (kAfter->MatchAt(text, m.span.end, &g)) {
        span.end = g[0].end;
      }
      const bool weekend = span.size() > m.span.size();  // a weekend word was found
      const Date h = m.value;
      Date first, last;
      switch (weekend ? h.Weekday() : 0) {
        case 1: first = h.AddDays(-2), last = h; break;
        case 4: first = h, last = h.AddDays(3); break;
        case 5: first = h, last = h.AddDays(2); break;
        case 6: first = h, last = h.AddDays(1); break;
        case 7: first = h.AddDays(-1), last = h; break;
        default: break;
      }
      if (first.valid()) {
        // "el fin de semana" before it was read on its own as this weekend.
        while (!out.empty() && out.back().span.end > span.begin) out.pop_back();
        const bool relative = m.relative;
        m = Range(span, first, last, "weekend");
        m.relative = relative;
      }
    }
    out.push_back(std::move(m));
  }
  *mentions = std::move(out);
}

// A year written after a date or range that has none ("from April to June in
// 2017", "del 26 al 28 de junio en 2020") is its year: the reference's year was
// only a guess. A range that crosses the new year ends in the year written.
void BindYears(std::string_view text, std::vector<DateMention>* mentions) {
  static const Regex* const kGap = new Regex(R"(^\s+(?:in|en|of|de|del)\s+$)");
  auto yearless = [](const DateMention& m) {
    return m.relative && m.resolved &&
           (m.form == "day-month" || m.form == "day-range" || m.form == "month-range");
  };
  std::vector<DateMention> out;
  for (size_t i = 0; i < mentions->size(); ++i) {
    DateMention a = (*mentions)[i];
    if (i + 1 < mentions->size() && yearless(a)) {
      const DateMention& b = (*mentions)[i + 1];
      const Date& a_end = a.is_range ? a.end : a.value;
      if (!b.relative && !b.is_range && b.value.precision == P::kYear &&
          kGap->MatchAt(text.substr(a.span.end, b.span.begin - a.span.end), 0)) {
        const int delta = b.value.year - a_end.year;
        Date from = a.value, to = a.end;
        from.year += delta;
        to.year += delta;
        auto ok = [](const Date& d) { return d.precision != P::kDay || ValidDay(d.year, d.month, d.day); };
        if (ok(from) && (!a.is_range || ok(to))) {
          a.value = from;
          if (a.is_range) a.end = to;
          a.relative = false;
          a.span.end = b.span.end;
          out.push_back(a);
          ++i;
          continue;
        }
      }
    }
    out.push_back(std::move(a));
  }
  *mentions = std::move(out);
}

// The day `n` units ("day", "week", "month", "year") after day `d` (before it
// when n < 0), into *out; a month or a year keeps the day, or the month's last
// ("31 January and a month" is 29 February). False for another unit.
bool ShiftDay(const Date& d, int n, const std::string& unit, Date* out) {
  if (unit == "day" || unit == "week") {
    *out = d.AddDays(n * (unit == "week" ? 7 : 1));
    return true;
  }
  if (unit != "month" && unit != "year") return false;
  const Date mo = ShiftMonth(d, n * (unit == "year" ? 12 : 1));
  *out = Date::Day(mo.year, mo.month, std::min(d.day, DaysInMonth(mo.year, mo.month)));
  return true;
}

// One period of `d`'s precision later (`k` 1) or earlier (-1).
Date Step(const Date& d, int k) {
  switch (d.precision) {
    case P::kYear:
      return Date::Year(d.year + k);
    case P::kMonth:
      return ShiftMonth(d, k);
    default:
      return d.AddDays(k);
  }
}

// Bounds put before a date make it one side of an open range: "antes de 2021",
// "before 2021" is any time up to 2020, no claim about 2021 itself (an open side
// is an invalid Date, printed ""). "Desde"/"since" and "a partir de"/"starting"
// include the date; "después de"/"after" start the period after it;
// "hasta"/"until"/"by"/"as late as" end with it. A count before the bound
// ("tres días después de hoy", "two weeks from tomorrow") is a shift of that
// date instead, one day; "from" and "a partir de" only shift, since "from 2018"
// alone is a source, not a bound. After the date, "o posterior"/"or later" and
// "o antes"/"or earlier" do the same as a leading "desde"/"hasta".
void OpenRanges(std::string_view text, std::vector<DateMention>* mentions) {
  static const Regex* const kLead = new Regex(
      R"((?:^|[^a-z0-9])(?:((?:[a-z0-9]+\s+){1,6}?(?:days?|weeks?|months?|years?|dias?|semanas?|mes(?:es)?|anos?))\s+)?)"
      R"((before|after|since|until|till|by|from|later\s+than|earlier\s+than|starting(?:\s+(?:on|from))?|beginning(?:\s+on)?|)"
      R"((?:no|not)\s+later\s+than|no\s+earlier\s+than|as\s+late\s+as|as\s+early\s+as|)"
      R"(antes\s+del?|despues\s+del?|desde|a\s+partir\s+del?|hasta|tan\s+tarde\s+como|)"
      R"(tan\s+pronto\s+como|no\s+mas\s+tarde\s+(?:del?|que)|posterior(?:es)?\s+al?|anterior(?:es)?\s+al?))"
      R"((?:\s+(?:the|el|la|los|las))?(?:\s+(?:year|ano))?\s+$)");
  static const Regex* const kTail = new Regex(
      R"(\s+(?:o|y|or|and)\s+(mas\s+tarde|posterior(?:es)?|despues|later|after|antes|earlier|before)\b)");
  constexpr size_t kWindow = 64;
  std::vector<Span> g;
  size_t prev_end = 0;
  for (DateMention& m : *mentions) {
    size_t floor_at = prev_end;
    prev_end = m.span.end;
    if (m.form == "joined-range") continue;
    size_t from = m.span.begin > kWindow ? m.span.begin - kWindow : 0;
    from = std::max(from, floor_at);
    // -1: open start (ends with the date), 1: open end, 0: a shifted date.
    int open = 0;
    bool inclusive = true;
    Span span = m.span;
    std::string_view lead_text = text.substr(from, m.span.begin - from);
    if (kLead->Find(lead_text, 0, &g)) {
      std::string_view word = lead_text.substr(g[2].begin, g[2].size());
      const bool shift_only = word == "from";
      if (g[1].begin != Regex::npos && m.resolved && !m.is_range && m.value.precision == P::kDay) {
        // Trailing words of the count are tried first ("be out two days").
        std::string_view count = lead_text.substr(g[1].begin, g[1].size());
        int n = 0;
        std::string unit;
        size_t skip = 0, count_begin = 0;
        NumberQualifier qual = NumberQualifier::kExact;
        bool ok = false;
        while (!ok && skip < count.size()) {
          std::string_view c = count.substr(skip);
          for (const char* lang : {"en", "es"}) {
            std::vector<NumberMention> ns = ExtractNumbers(c, lang);
            if (ns.size() == 1 && ns[0].span.begin == 0 && ns[0].span.end == c.size() &&
                !ns[0].is_range && ns[0].value >= 1 && ns[0].value <= 1000 &&
                ns[0].value == static_cast<int>(ns[0].value) && !ns[0].unit.empty()) {
              n = static_cast<int>(ns[0].value);
              unit = ns[0].unit;
              ok = true;
              count_begin = skip;
              qual = ns[0].qualifier;
              break;
            }
          }
          size_t sp = count.find(' ', skip);
          if (sp == std::string_view::npos) break;
          skip = sp + 1;
        }
        // "for two weeks starting May 20", "durante tres días a partir del
        // lunes": the count is how long, from the date on (END inclusive).
        static const Regex* const kFor = new Regex(R"((?:^|[^a-z0-9])(?:for|durante|por)\s+$)");
        const bool starts = shift_only || word.substr(0, 8) == "starting" || word.substr(0, 9) == "beginning" ||
                            word.substr(0, 9) == "a partir " || word == "desde";
        if (ok && starts && qual == NumberQualifier::kExact &&
            kFor->Contains(lead_text.substr(0, g[1].begin + count_begin))) {
          Date after;
          if (ShiftDay(m.value, n, unit, &after)) {
            m.span.begin = from + g[1].begin + count_begin;
            m.is_range = true;
            m.end = after.AddDays(-1);
            m.form = "stretch";
            continue;
          }
        }
        int sign = word.substr(0, 5) == "antes" || word == "before" ? -1 : 1;
        bool shifts = sign < 0 || word == "after" || word.substr(0, 7) == "despues" || shift_only ||
                            word.substr(0, 9) == "a partir ";
        if (ok && shifts) {
          Date v;
          if (ShiftDay(m.value, sign * n, unit, &v)) {
            m.span.begin = from + g[1].begin + count_begin;
            m.form = "shifted";
            // "more than two weeks before" leaves the far side open; "less
            // than three days after" is the stretch up to the shifted day.
            const Date x = m.value;
            if (qual == NumberQualifier::kAtLeast || qual == NumberQualifier::kAtMost) {
              m.is_range = true;
              m.form = "open-range";
              if (qual == NumberQualifier::kAtLeast) {
                m.value = sign < 0 ? Date() : v;
                m.end = sign < 0 ? v : Date();
              } else {
                m.value = sign < 0 ? v : x;
                m.end = sign < 0 ? x : v;
              }
            } else {
              m.value = v;
            }
            continue;
          }
        }
      }
      if (shift_only) continue;
      span.begin = from + g[2].begin;
      // "Desde 2012 ~ 2016" is the range itself, with its leading word.
      if (m.form == "year-range" || m.form == "day-range" || m.form == "month-range") {
        if (word == "since" || word == "desde" || word == "until" || word == "hasta") m.span = span;
        continue;
      }
      if (word == "before" || word.substr(0, 5) == "antes" || word.substr(0, 8) == "anterior" ||
          word.substr(0, 8) == "earlier ") {
        open = -1;
        inclusive = false;
      } else if (word == "after" || word.substr(0, 7) == "despues" || word.substr(0, 6) == "later " ||
                 word.substr(0, 9) == "posterior") {
        open = 1;
        inclusive = false;
      } else if (word == "since" || word == "desde" || word.substr(0, 8) == "starting" ||
                 word.substr(0, 9) == "a partir " ||
                 word.substr(0, 9) == "beginning" || word.substr(0, 5) == "as ea" ||
                 word.substr(0, 6) == "no ear" || word.substr(0, 10) == "tan pronto") {
        open = 1;
      } else {
        open = -1;
      }
    } else if (!m.is_range && kTail->MatchAt(text, m.span.end, &g)) {
      std::string_view word = text.substr(g[1].begin, g[1].size());
      open = word == "antes" || word == "earlier" || word == "before" ? -1 : 1;
      span.end = g[0].end;
    }
    if (!open) continue;
    if (m.form == "part") {
      // "Before the end of March" is by its end, "after the beginning of
      // March" from its start: the bound is the period the part closes or opens.
      static const Regex* const kEnd = new Regex(R"(^(?:(?:the|a|al)\s+)?(?:end|final|fin))");
      static const Regex* const kStart =
          new Regex(R"(^(?:(?:the|a|al)\s+)?(?:beginning|start|principio|comienzo|inicio))");
      std::string_view core = text.substr(m.span.begin, m.span.size());
      if (open < 0 && !inclusive && kEnd->MatchAt(core, 0)) inclusive = true;
      if (open > 0 && !inclusive && kStart->MatchAt(core, 0)) inclusive = true;
    }
    m.span = span;
    m.form = "open-range";
    const bool was_range = m.is_range;
    m.is_range = true;
    if (!m.resolved) continue;
    const Date first = m.value, last = was_range ? m.end : m.value;
    if (open < 0) {
      m.end = inclusive ? last : Step(first, -1);
      m.value = Date();
    } else {
      m.value = inclusive ? first : Step(last, 1);
      m.end = Date();
    }
  }
}

}  // namespace

std::vector<Span> SpanishFutureVerbs(const FoldedText& folded, std::string_view original,
                                     std::string_view lang) {
  if (ParseLang(lang) == Lang::kEn) return {};
  // The future is the infinitive and an accented ending: "viajará", "firmarán",
  // "volveré", "será", "habrá". RE2's \b is ASCII-only; letters are \p{L}.
  static const Regex* const kVerb =
      new Regex(R"((?:^|\P{L})(\p{L}+r(?:á|án|ás|é))(?:\P{L}|$))");
  std::vector<Span> out;
  std::vector<Span> g;
  for (size_t pos = 0; pos < original.size() && kVerb->Find(original, pos, &g);) {
    out.push_back(folded.FromOriginal(g[1]));
    pos = g[1].end;
  }
  return out;
}

std::vector<DateMention> ExtractDates(std::string_view folded, std::string_view lang,
                                      const Date* ref, const std::vector<Span>& future_verbs) {
  const Readers& readers = ReadersFor(ParseLang(lang));
  struct Candidate {
    DateMention mention;
    size_t order;
  };
  std::vector<Candidate> candidates;
  std::vector<DateMention> found;
  std::vector<Span> g;
  std::vector<bool> may_match;
  readers.prefilter.Match(folded, &may_match);
  for (size_t r = 0; r < readers.list.size(); ++r) {
    if (!may_match[r]) continue;
    const Reader& reader = readers.list[r];
    size_t pos = 0;
    while (pos <= folded.size() && reader.re.Find(folded, pos, &g)) {
      Match m{folded, g, readers.names, readers.lang, ref, g[static_cast<size_t>(reader.core)]};
      m.future_verbs = &future_verbs;
      found.clear();
      reader.read(m, &found);
      for (DateMention& d : found) {
        if (!InsideNumber(folded, d.span)) candidates.push_back({std::move(d), candidates.size()});
      }
      // Matches of one reader never overlap. A rejected match is skipped whole
      // too: its context word ("la mañana") must not fall away and let the
      // rest match on its own.
      pos = g[0].end > g[0].begin ? g[0].end : g[0].begin + 1;
    }
  }

  // Longest first; at equal length the earlier text, then the earlier reader.
  std::sort(candidates.begin(), candidates.end(), [](const Candidate& a, const Candidate& b) {
    if (a.mention.span.size() != b.mention.span.size()) {
      return a.mention.span.size() > b.mention.span.size();
    }
    if (a.mention.span.begin != b.mention.span.begin) {
      return a.mention.span.begin < b.mention.span.begin;
    }
    return a.order < b.order;
  });
  std::map<size_t, DateMention> kept;  // by start; spans are disjoint
  for (Candidate& c : candidates) {
    const Span s = c.mention.span;
    auto next = kept.lower_bound(s.begin);
    if (next != kept.end() && next->second.span.Overlaps(s)) continue;
    if (next != kept.begin() && std::prev(next)->second.span.Overlaps(s)) continue;
    kept.emplace(s.begin, std::move(c.mention));
  }
  std::vector<DateMention> out;
  out.reserve(kept.size());
  for (auto& [begin, mention] : kept) out.push_back(std::move(mention));
  UnresolveAnaphoric(folded, ref, &out);
  JoinRanges(folded, &out);
  HolidayWeekends(folded, &out);
  BindYears(folded, &out);
  OpenRanges(folded, &out);
  // Decided last: joining and opening change what a mention is.
  for (DateMention& m : out) m.period = m.is_range && PeriodForm(m.form);
  // "hace 5000 años" is history, not a calendar date: years are written with
  // four digits (1-9999), as the extract contract and Date::Parse read them.
  auto outside = [](const Date& d) { return d.valid() && (d.year < 1 || d.year > 9999); };
  out.erase(std::remove_if(out.begin(), out.end(),
                           [&](const DateMention& m) { return outside(m.value) || outside(m.end); }),
            out.end());
  return out;
}

}  // namespace claimcheck
