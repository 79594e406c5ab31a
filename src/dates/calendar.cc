// The calendar: civil-day arithmetic, the Date type's methods, holidays.
#include "dates/internal.h"

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <string>
#include <vector>

namespace claimcheck {
namespace dates_detail {

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
  // The feasts of Holy Week and those counted from Easter; "todos los santos"
  // is no Good Friday.
  if (has("todos")) return Date::Day(year, 11, 1);
  if (has("jueves")) return Easter(year).AddDays(-3);
  if (has("sabado")) return Easter(year).AddDays(-1);
  if (has("ramos")) return Easter(year).AddDays(-7);
  if (has("ceniza")) return Easter(year).AddDays(-46);
  if (has("pentecostes")) return Easter(year).AddDays(49);
  if (has("good") || has("santo")) return Easter(year).AddDays(-2);
  // The n-th `weekday` (1 Monday .. 7 Sunday) of `month`; n < 0 counts from its end.
  auto nth = [&](int n, int weekday, int month) {
    if (n < 0) {
      const Date last = Date::Day(year, month, DaysInMonth(year, month));
      return last.AddDays(-((last.Weekday() - weekday + 7) % 7));
    }
    const Date first = Date::Day(year, month, 1);
    return first.AddDays((weekday - first.Weekday() + 7) % 7 + 7 * (n - 1));
  };
  if (has("black") || has("negro")) return nth(4, 4, 11).AddDays(1);  // after Thanksgiving
  // The United States' holidays by the names only they use (American "Labor
  // Day"; Canada's Thanksgiving is named so).
  if (has("thanksgiving") || has("accion de gracias")) return has("canad") ? nth(2, 1, 10) : nth(4, 4, 11);
  if (has("labor day")) return nth(1, 1, 9);
  if (has("memorial")) return nth(-1, 1, 5);
  if (has("luther") || has("mlk")) return nth(3, 1, 1);
  if (has("president")) return nth(3, 1, 2);
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

Date FirstDay(const Date& d) {
  return Date::Day(d.year, d.month ? d.month : 1, d.day ? d.day : 1);
}

Date LastDay(const Date& d) {
  int m = d.month ? d.month : 12;
  return Date::Day(d.year, m, d.day ? d.day : DaysInMonth(d.year, m));
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
  *out = ShiftMonthsDays(d, n * (unit == "year" ? 12 : 1), 0);
  return true;
}

Date ShiftMonthsDays(const Date& d, int months, int days) {
  const Date mo = ShiftMonth(d, months);
  return Date::Day(mo.year, mo.month, std::min(d.day, DaysInMonth(mo.year, mo.month))).AddDays(days);
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

}  // namespace dates_detail

using dates_detail::CivilFromDays;
using dates_detail::DaysInMonth;
using dates_detail::Ordinal;
using dates_detail::ToInt;
using dates_detail::ValidDay;

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

bool Date::AddYears(int years, Date* out) const {
  Date d = *this;
  d.year += years;
  if (d.year < 0 || d.year > 9999 || (precision == Precision::kDay && !ValidDay(d.year, d.month, d.day))) return false;
  *out = d;
  return true;
}

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

}  // namespace claimcheck
