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

enum class Lang { kEs, kEn, kAny };

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

// What a handler sees of one match.
struct Match {
  std::string_view text;
  const std::vector<Span>& g;
  const Names& names;
  Lang lang;
  const Date* ref;
  Span core;

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

// A date inside a longer run of digits and separators ("138-2010-2015",
// "133-03-03-2020", "6,107.31 August") is part of a code or a number.
bool InsideNumber(std::string_view text, Span span) {
  auto digit = [&](size_t i) { return i < text.size() && std::isdigit(static_cast<unsigned char>(text[i])); };
  auto sep = [&](size_t i) {
    return i < text.size() && (text[i] == '-' || text[i] == '/' || text[i] == '.' || text[i] == ',' ||
                               text[i] == ':');
  };
  bool before = span.begin >= 2 && sep(span.begin - 1) && digit(span.begin - 2);
  bool after = sep(span.end) && digit(span.end + 1);
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

enum class Which { kOnOrBefore, kLast, kNext, kThis };

Date ResolveWeekday(const Date& ref, int wd, Which w) {
  const int cur = ref.Weekday();
  switch (w) {
    case Which::kOnOrBefore:
      return ref.AddDays(-((cur - wd + 7) % 7));
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

// Pattern fragments; each token holds exactly one capturing group:
//   <D> day number   <Y> year   <YT> optional year after a month name
//   <M> month name (any width)  <MW> wide month name
//   <WW> wide weekday name      <WP> optional weekday before a date ("Wednesday, ")
// A day may carry an ordinal suffix: "19th", "1.º" and "1º" (folded "1.o", "1o").
constexpr const char* kDay = R"((\d{1,2})(?:st|nd|rd|th|\.?o)?)";
constexpr const char* kYear = R"((\d{4}))";
// The optional year after a month name; also takes the abbreviation's dot, so a
// pattern never ends on a dot (its closing \b would then need a word to follow).
constexpr const char* kYearTail = R"((?:\.?\s*,?\s+(?:del?\s+|of\s+)?(\d{4})))";

std::string Expand(std::string p, const Names& n) {
  const std::pair<const char*, std::string> subs[] = {
      {"<D>", kDay},
      {"<Y>", kYear},
      {"<YT>", kYearTail},
      {"<MW>", "(" + n.wide_months + ")"},
      {"<M>", "(" + n.months + ")"},
      {"<WW>", "(" + n.wide_weekdays + ")"},
      {"<WP>", "(?:(" + n.weekdays + R"()\.?,?\s+)?)"},
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
};

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
        bool day_first = m.lang != Lang::kEn;
        if (m.lang == Lang::kEn && a > 12) day_first = true;
        if (m.lang == Lang::kAny && b > 12 && a <= 12) day_first = false;
        int d = day_first ? a : b, mo = day_first ? b : a;
        if (ValidDay(y, mo, d)) out->push_back(Absolute(m.core, Date::Day(y, mo, d), "numeric"));
      });

  // [pasado] [miércoles,] 19 [de] junio [de 2024 | pasado]; 19th of June 2024.
  add(R"((?:(pasado|proximo)\s+)?<WP><D>\s+(?:de\s+|of\s+)?<M>(?:<YT>|\s+(pasado|proximo))?)", 0,
      [](const Match& m, std::vector<DateMention>* out) {
        if (!m.has(5) && m.ShortMonthAlone(4)) return;
        int anchor = 0;
        if (!m.has(5)) {
          int which = m.has(1) ? 1 : m.has(6) ? 6 : 0;
          if (which) anchor = m.is(which, "pasado") ? -1 : 1;
        }
        // Without a year, a leading "pasado" only anchors; with one it is noise.
        Span span = m.core;
        if (m.has(1) && m.has(5)) span.begin = m.span(m.has(2) ? 2 : 3).begin;
        EmitDay(m, span, m.num(5), m.month(4), m.num(3), anchor, out);
      });

  // [el] martes 11, Tuesday the 11th: the day of the month that falls on that
  // weekday nearest the reference. A number that does not fit the weekday is
  // no day ("el martes 20 personas"): the weekday alone is read then.
  add(R"((?:(?:este|pasado|proximo|this|last|next|this\s+past)\s+)?<WW>,?\s+(?:(?:el\s+)?dia\s+|the\s+)?<D>)",
      0, [](const Match& m, std::vector<DateMention>* out) {
        int wd = m.weekday(1), d = m.num(2);
        if (!wd || d < 1 || d > 31) return;
        const Date* ref = m.RefAt(P::kDay);
        if (!ref) {
          out->push_back(Relative(m.core, nullptr, "weekday-day"));
          return;
        }
        Date best;
        int64_t best_distance = 0;
        for (int delta = -1; delta <= 1; ++delta) {
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
      });

  // junio de 2024, June 2024, June of 2024.
  add(R"(<M>\.?,?\s+(?:del?\s+|of\s+)?<Y>)", 0,
      [](const Match& m, std::vector<DateMention>* out) {
        int mo = m.month(1), y = m.num(2);
        if (mo && PlausibleYear(y)) out->push_back(Absolute(m.core, Date::Month(y, mo), "month"));
      });

  // de abril a junio de 2017, entre junio y agosto, June-August 1992.
  add(R"((?:(de|desde|entre|from|between)\s+)?<MW>(?:\s*-\s*|\s+(al?|hasta|y|to|until|through|and)\s+)<MW>(?:\s*,?\s+(?:del?\s+|of\s+)?<Y>)?)",
      0, [](const Match& m, std::vector<DateMention>* out) {
        bool between = m.is(1, "entre") || m.is(1, "between");
        bool pair = m.is(3, "y") || m.is(3, "and");
        // "junio y julio" lists two months; "de junio y julio" too.
        if (m.has(3) && between != pair) return;
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

  // A bare four-digit number is a year only after a word that introduces one.
  add(R"((?:(?:en|in|de|del|desde|since|hasta|until|till|of|for|por|para|a|year|ano|early|late|after|before|circa)\s+|mid-)<Y>)",
      1, [](const Match& m, std::vector<DateMention>* out) {
        int y = m.num(1);
        if (PlausibleYear(y) && !Percentage(m)) {
          out->push_back(Absolute(m.core, Date::Year(y), "year"));
        }
      });

  // 1950-1953, 1950-53: a range only when the second year comes later.
  add(R"(<Y>(?:\s*-\s*(\d{4})|-(\d{2})))", 0, [](const Match& m, std::vector<DateMention>* out) {
    int a = m.num(1), b = m.has(2) ? m.num(2) : a - a % 100 + m.num(3);
    if (!PlausibleYear(a) || !PlausibleYear(b) || b <= a) return;
    out->push_back(Range(m.core, Date::Year(a), Date::Year(b), "year-range"));
  });

  // entre 1950 y 1953, de 1950 a 1953, desde 1950 hasta 1953, from 1950 to 1953.
  add(R"((entre|between|de|desde|from)\s+(?:(?:el|los|the)\s+)?(?:(?:anos?|years?)\s+)?<Y>\s+(y|and|al?|hasta|to|until|till|through)\s+(?:(?:el|the)\s+)?<Y>)",
      0, [](const Match& m, std::vector<DateMention>* out) {
        bool between = m.is(1, "entre") || m.is(1, "between");
        bool pair = m.is(3, "y") || m.is(3, "and");
        if (between != pair) return;  // "los acuerdos de 1950 y 1953" are two years
        int a = m.num(2), b = m.num(4);
        if (!PlausibleYear(a) || !PlausibleYear(b) || b <= a) return;
        out->push_back(Range(m.core, Date::Year(a), Date::Year(b), "year-range"));
      });

  // Two days of one month: 18-19 de junio, del 18 al 19 de junio, entre el 18 y
  // el 19 de junio, 9 a 12 de junio, from 18 to 19 June, 18 y 19 de junio.
  add(R"((?:(del?|desde|entre|from|between)(?:\s+(?:el|the))?\s+)?<D>(?:\s*(-)\s*|\s+(al?|hasta(?:\s+el)?|y(?:\s+el)?|to(?:\s+the)?|and(?:\s+the)?|until|through)\s+)<D>\s+(?:de\s+|of\s+)?<M><YT>?)",
      0, [](const Match& m, std::vector<DateMention>* out) {
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
}

void AddSpanishReaders(Readers* r) {
  const Names& n = r->names;
  auto add = [&](const std::string& pattern, int core, Handler h) {
    r->list.push_back({Regex(Expand(pattern, n), Regex::kWordBounded), core, std::move(h)});
  };

  // del 28 de junio al 2 de julio [de 2024].
  add(R"((del?|desde\s+el|entre\s+el)\s+<D>\s+de\s+<M>\.?(?:\s+del?\s+<Y>)?\s+(al?|hasta\s+el|y\s+el)\s+<D>\s+de\s+<M>(?:\.?\s+del?\s+<Y>)?)",
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
}

void AddEnglishReaders(Readers* r) {
  const Names& n = r->names;
  auto add = [&](const std::string& pattern, int core, Handler h) {
    r->list.push_back({Regex(Expand(pattern, n), Regex::kWordBounded), core, std::move(h)});
  };

  // [Wednesday,] June 19[, 2024].
  add(R"(<WP><M>\.?\s+<D>(?:\s*,?\s+(?:of\s+)?<Y>)?)", 0,
      [](const Match& m, std::vector<DateMention>* out) {
        EmitDay(m, m.core, m.num(4), m.month(2), m.num(3), 0, out);
      });

  // June 18-19[, 2024].
  add(R"(<M>\.?\s+<D>\s*-\s*<D>(?:\s*,?\s+<Y>)?)", 0,
      [](const Match& m, std::vector<DateMention>* out) {
        int mo = m.month(1), y = m.num(4);
        EmitDayRange(m, m.core, y, mo, m.num(2), y, mo, m.num(3), out);
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
  add(R"((?:(every|each|the)\s+)?((?:(this\s+past|this|last|next|past)\s+)?<WW>))", 2,
      [](const Match& m, std::vector<DateMention>* out) {
        if (m.has(1)) return;
        Which w = Which::kOnOrBefore;
        if (m.is(3, "this")) w = Which::kThis;
        if (m.is(3, "last") || m.str(3).find("past") != std::string_view::npos) w = Which::kLast;
        if (m.is(3, "next")) w = Which::kNext;
        EmitWeekday(m, m.weekday(4), w, out);
      });

  // "this May" is left out: "this may take" is far more common.
  add(R"((?:(the)\s+)?((last|next)\s+<MW>))", 2,
      [](const Match& m, std::vector<DateMention>* out) {
        if (m.has(1)) return;
        EmitMonthName(m, m.month(4), m.is(3, "last") ? Which::kLast : Which::kNext, out);
      });

  // "over the last year" is a duration, not last year.
  add(R"((?:(the)\s+)?((?:(earlier|later)\s+)?(this|last|next)\s+(month|year)))", 2,
      [](const Match& m, std::vector<DateMention>* out) {
        if (m.has(1)) return;
        int delta = m.is(4, "last") ? -1 : m.is(4, "next") ? 1 : 0;
        EmitPeriod(m, m.str(5) == "month", delta, out);
      });
}

const Readers& ReadersFor(Lang lang) {
  auto build = [](Lang l) {
    auto* r = new Readers{BuildNames(l), l, {}};
    AddCommonReaders(r);
    if (l != Lang::kEn) AddSpanishReaders(r);
    if (l != Lang::kEs) AddEnglishReaders(r);
    return r;
  };
  static const Readers* const es = build(Lang::kEs);
  static const Readers* const en = build(Lang::kEn);
  static const Readers* const any = build(Lang::kAny);
  switch (lang) {
    case Lang::kEs:
      return *es;
    case Lang::kEn:
      return *en;
    case Lang::kAny:
      break;
  }
  return *any;
}

// "es", "es-MX", "en_GB" ...: the primary subtag picks the language.
Lang ParseLang(std::string_view tag) {
  std::string primary(tag.substr(0, tag.find_first_of("-_")));
  for (char& c : primary) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  if (primary == "es") return Lang::kEs;
  if (primary == "en") return Lang::kEn;
  return Lang::kAny;
}

}  // namespace

std::vector<DateMention> ExtractDates(std::string_view folded, std::string_view lang,
                                      const Date* ref) {
  const Readers& readers = ReadersFor(ParseLang(lang));
  struct Candidate {
    DateMention mention;
    size_t order;
  };
  std::vector<Candidate> candidates;
  std::vector<DateMention> found;
  std::vector<Span> g;
  for (const Reader& reader : readers.list) {
    size_t pos = 0;
    while (pos <= folded.size() && reader.re.Find(folded, pos, &g)) {
      Match m{folded, g, readers.names, readers.lang, ref, g[static_cast<size_t>(reader.core)]};
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
  return out;
}

}  // namespace claimcheck
