// Feasts of other calendars (Islamic, Chinese, Hebrew, Persian, Julian), found
// by name and placed on the Gregorian calendar with ICU's calendars: their
// years are not the Gregorian year, so no rule of the Gregorian calendar (as
// Holiday() in calendar.cc has) can place them.
#include "dates/internal.h"

#include <unicode/calendar.h>
#include <unicode/gregocal.h>
#include <unicode/locid.h>
#include <unicode/timezone.h>
#include <unicode/ucal.h>

#include <array>
#include <cmath>
#include <memory>

namespace claimcheck::dates_detail {

namespace {

// One calendar of each kind per thread: creating an ICU calendar loads its
// rules (and, for the Islamic and Chinese ones, astronomical data), far too
// slow to do per mention, and an icu::Calendar is not safe to share between
// the threads the checker runs files on.
icu::Calendar* CalendarOf(FeastCalendar c) {
  thread_local std::array<std::unique_ptr<icu::Calendar>, 5> cache;
  std::unique_ptr<icu::Calendar>& cal = cache[static_cast<size_t>(c)];
  if (cal) return cal.get();
  UErrorCode status = U_ZERO_ERROR;
  // Days are civil days: in GMT no offset or daylight saving moves one.
  const icu::TimeZone& gmt = *icu::TimeZone::getGMT();
  if (c == FeastCalendar::kJulian) {
    // A Gregorian calendar whose change to the Gregorian rules never comes is
    // the Julian calendar. Not U_DATE_MAX: ICU turns the change into a day
    // count of 32 bits; 8.64e15 ms (year 275760) is the last instant it keeps.
    auto julian = std::make_unique<icu::GregorianCalendar>(gmt, status);
    if (U_SUCCESS(status)) julian->setGregorianChange(8.64e15, status);
    cal = std::move(julian);
  } else {
    // The Umm al-Qura calendar is Saudi Arabia's official one; other countries
    // sight the moon and may keep a feast a day apart, which no calendar knows.
    const char* id = c == FeastCalendar::kIslamic   ? "@calendar=islamic-umalqura"
                     : c == FeastCalendar::kChinese ? "@calendar=chinese"
                     : c == FeastCalendar::kHebrew  ? "@calendar=hebrew"
                                                    : "@calendar=persian";
    cal.reset(icu::Calendar::createInstance(gmt, icu::Locale(id), status));
  }
  if (U_FAILURE(status)) cal.reset();
  return cal.get();
}

UDate ToUDate(const Date& d) { return static_cast<UDate>(Ordinal(d)) * U_MILLIS_PER_DAY; }

Date FromUDate(UDate u) { return CivilFromDays(static_cast<int64_t>(std::floor(u / U_MILLIS_PER_DAY))); }

// The Gregorian day of day `day` of month `month` (ICU's numbering, from 0) of
// the calendar's year `year` (its extended year: the count ICU does arithmetic
// on); invalid when ICU cannot say.
Date DayOf(FeastCalendar c, int year, int month, int day) {
  icu::Calendar* cal = CalendarOf(c);
  if (!cal) return Date();
  UErrorCode status = U_ZERO_ERROR;
  cal->clear();
  cal->set(UCAL_EXTENDED_YEAR, year);
  cal->set(UCAL_MONTH, month);
  cal->set(UCAL_DATE, day);
  // The Chinese calendar may repeat a month; a feast is in the ordinary one.
  if (c == FeastCalendar::kChinese) cal->set(UCAL_IS_LEAP_MONTH, 0);
  const UDate u = cal->getTime(status);
  return U_FAILURE(status) ? Date() : FromUDate(u);
}

// The calendar's year that Gregorian day `d` lies in.
int YearOf(FeastCalendar c, const Date& d) {
  icu::Calendar* cal = CalendarOf(c);
  if (!cal) return 0;
  UErrorCode status = U_ZERO_ERROR;
  cal->setTime(ToUDate(d), status);
  const int y = cal->get(UCAL_EXTENDED_YEAR, status);
  return U_FAILURE(status) ? 0 : y;
}

// Easter Sunday of Julian year `year`, as a Julian month and day (Meeus's
// Julian computus): the Orthodox churches still reckon Easter so.
void JulianEaster(int year, int* month, int* day) {
  const int a = year % 4, b = year % 7, c = year % 19;
  const int d = (19 * c + 15) % 30, e = (2 * a + 4 * b - d + 34) % 7;
  *month = (d + e + 114) / 31;
  *day = (d + e + 114) % 31 + 1;
}

// The occurrence of feast `f` in the calendar's year `year`.
FeastDays InYear(const Feast& f, int year) {
  int month = f.month, day = f.day;
  if (f.julian_easter) {
    JulianEaster(year, &month, &day);
    --month;
  }
  FeastDays o;
  o.first = DayOf(f.calendar, year, month, day);
  if (!o.first.valid()) return o;
  o.first = o.first.AddDays(f.offset);
  o.last = o.first;
  if (f.whole_month) {
    // ICU carries the month after the year's last into the next year.
    const Date next = DayOf(f.calendar, year, month + 1, 1);
    o.last = next.valid() ? next.AddDays(-1) : Date();
    if (!o.last.valid()) o.first = Date();
  }
  return o;
}

// The occurrences of `f` around Gregorian day `d`, earliest first: those of the
// calendar's years before, of and after d's. A feast comes once a year of its
// calendar, so the three hold every one within a Gregorian year of `d`.
std::array<FeastDays, 3> Around(const Feast& f, const Date& d) {
  const int y = YearOf(f.calendar, d);
  std::array<FeastDays, 3> out;
  if (!y) return out;
  for (int k = 0; k < 3; ++k) out[static_cast<size_t>(k)] = InYear(f, y - 1 + k);
  return out;
}

}  // namespace

bool FeastNamed(std::string_view name, Feast* f) {
  auto has = [&](std::string_view w) { return name.find(w) != std::string_view::npos; };
  *f = Feast();
  if (has("ortodox") || has("orthodox")) {
    f->calendar = FeastCalendar::kJulian;
    if (has("easter") || has("pascua") || has("good") || has("viernes")) {
      f->julian_easter = true;
      f->offset = has("monday") || has("lunes") ? 1 : has("good") || has("viernes") ? -2 : 0;
    } else if (has("christmas") || has("navidad") || has("nochebuena")) {
      // Months from 0, as ICU counts them: 25 December.
      f->month = 11;
      f->day = has("eve") || has("nochebuena") ? 24 : 25;
    } else {
      return false;
    }
    return true;
  }
  // Islamic months (ICU, from 0): Muharram 0, Ramadan 8, Shawwal 9, Dhu
  // al-Hijjah 11. "fiesta del fin del Ramadán" is Eid al-Fitr, not Ramadan.
  f->calendar = FeastCalendar::kIslamic;
  if (has("fitr") || (has("fin") && has("ramadan"))) {
    f->month = 9;
    return true;
  }
  if (has("adha") || has("azha") || has("kebir") || has("kabir") || has("tabaski") || has("cordero") ||
      has("sacrifice") || has("sacrificio")) {
    f->month = 11;
    f->day = 10;
    return true;
  }
  if (has("ramadan")) {
    f->month = 8;
    f->whole_month = true;
    return true;
  }
  if (has("islam") || has("hijri") || has("muslim") || has("musulman") || has("hegira")) return true;
  // Chinese months (ICU, from 0; a leap month repeats the one before it): the
  // Dragon Boat Festival on 5 of the fifth, the Mid-Autumn Festival on 15 of
  // the eighth.
  if (has("dragon")) {
    f->calendar = FeastCalendar::kChinese;
    f->month = 4;
    f->day = 5;
    return true;
  }
  if (has("autumn") || has("otono")) {
    f->calendar = FeastCalendar::kChinese;
    f->month = 7;
    f->day = 15;
    return true;
  }
  if (has("lunar") || has("chin")) {
    f->calendar = FeastCalendar::kChinese;
    if (has("eve") || has("nochevieja")) f->offset = -1;
    return true;
  }
  // Hebrew months (ICU, from 0, Adar I counted in every year): Tishrei 0,
  // Kislev 2, Adar 6 (Adar II in a leap year, the one Purim keeps), Nisan 7.
  // A Hebrew feast begins at the sunset before its day; the day is the one
  // news dates it by. Rosh Hashanah lasts two days, Sukkot, Passover and
  // Hanukkah a week or more: their first.
  f->calendar = FeastCalendar::kHebrew;
  if (has("rosh") || has("jewish") || has("judio")) return true;
  if (has("kip")) {
    f->day = 10;
    return true;
  }
  if (has("sukk") || has("sucot")) {
    f->day = 15;
    return true;
  }
  if (has("purim")) {
    f->month = 6;
    f->day = 14;
    return true;
  }
  if (has("pass") || has("pes") || has("judia")) {
    f->month = 7;
    f->day = 15;
    return true;
  }
  if (has("hanuk") || has("januc") || has("januk")) {
    f->month = 2;
    f->day = 25;
    return true;
  }
  // Nowruz, 1 Farvardin of ICU's Persian calendar, is Iran's new year; the
  // other countries that keep it mostly keep the same day.
  if (has("persa") || has("persian") || has("iran") || has("ruz") || has("rouz")) {
    f->calendar = FeastCalendar::kPersian;
    return true;
  }
  return false;
}

FeastDays FeastIn(const Feast& f, int year) {
  // In a rare Gregorian year an Islamic feast comes twice (its year is 354
  // days): the year's first is the one named by the year.
  for (const FeastDays& o : Around(f, Date::Day(year, 1, 1)))
    if (o.valid() && o.first.year == year) return o;
  return FeastDays();
}

FeastDays FeastBefore(const Feast& f, const Date& ref) {
  const auto around = Around(f, ref);
  for (auto it = around.rbegin(); it != around.rend(); ++it)
    if (it->valid() && Ordinal(it->last) < Ordinal(ref)) return *it;
  return FeastDays();
}

FeastDays FeastAfter(const Feast& f, const Date& ref) {
  for (const FeastDays& o : Around(f, ref))
    if (o.valid() && Ordinal(o.first) > Ordinal(ref)) return o;
  return FeastDays();
}

}  // namespace claimcheck::dates_detail
