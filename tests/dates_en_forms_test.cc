// English date forms newsrooms write, each with the general rule that reads it:
// a leap day without its year, two-digit years, offsets from a named day, a
// weekday with its date beside it, and more.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "claimcheck/dates.h"
#include "claimcheck/text.h"
#include "dates_testutil.h"

namespace claimcheck {
namespace {

using testutil::DatesOf;

// 29 February without a year, read in a common year, is the leap day the
// clause looks towards: the last one for what happened, the next one in a
// future clause or after "next".
TEST(DatesEnForms, LeapDayWithoutYear) {
  const char* ref = "2023-06-19";
  EXPECT_EQ(DatesOf("en", "The senator was born on Feb. 29.", ref), "feb. 29=~2020-02-29");
  EXPECT_EQ(DatesOf("en", "The rule took effect on 29 February.", ref), "29 february=~2020-02-29");
  EXPECT_EQ(DatesOf("en", "The league will play its final on Feb 29.", ref), "feb 29=~2024-02-29");
  EXPECT_EQ(DatesOf("en", "The clinic stayed shut from Feb 29 to March 3.", ref),
            "from feb 29 to march 3=~2020-02-29/2020-03-03");
  EXPECT_EQ(DatesOf("en", "Polls were closed 2/29-3/1.", ref), "2/29-3/1=~2020-02-29/2020-03-01");
  // In a leap year it is that year's, as any other day.
  EXPECT_EQ(DatesOf("en", "The senator was born on Feb. 29.", "2024-06-19"), "feb. 29=~2024-02-29");
  // Spanish follows the same calendar.
  EXPECT_EQ(DatesOf("es", "Nació el 29 de febrero.", ref), "29 de febrero=~2020-02-29");
}

// A two-digit year lies in the hundred years that end twenty after the
// reference's.
TEST(DatesEnForms, TwoDigitYearWindow) {
  EXPECT_EQ(DatesOf("en", "The deed is dated 03/18/40.", "2016-11-07"), "03/18/40=1940-03-18");
  EXPECT_EQ(DatesOf("en", "The lease runs out 03/18/36.", "2016-11-07"), "03/18/36=2036-03-18");
  EXPECT_EQ(DatesOf("en", "The deed is dated 03/18/40.", "2024-06-19"), "03/18/40=2040-03-18");
  EXPECT_EQ(DatesOf("en", "The deed is dated 03/18/45.", "2024-06-19"), "03/18/45=1945-03-18");
  EXPECT_EQ(DatesOf("en", "The mill opened on 4-Jul-97.", "2024-06-19"), "4-jul-97=1997-07-04");
  EXPECT_EQ(DatesOf("en", "The band formed in June '79.", "2024-06-19"), "june '79=1979-06");
  // Without a reference, 00-49 are this century's.
  EXPECT_EQ(DatesOf("en", "The deed is dated 03/18/40.", ""), "03/18/40=2040-03-18");
}

// "The day before/after" a named day is that day shifted by one, as "a day
// after" is; alone "before Christmas Eve" would be the open stretch up to it.
TEST(DatesEnForms, TheDayBeforeOrAfterANamedDay) {
  const char* ref = "2023-06-19";
  EXPECT_EQ(DatesOf("en", "The day before Christmas Eve, the mall shut.", ref),
            "the day before christmas eve=~2023-12-23");
  EXPECT_EQ(DatesOf("en", "He resigned the day after June 3, the firm said.", ref),
            "the day after june 3=~2023-06-04");
  EXPECT_EQ(DatesOf("es", "Llegó el día antes del 3 de junio.", ref), "el dia antes del 3 de junio=~2023-06-02");
  // An event is no date: nothing to shift.
  EXPECT_EQ(DatesOf("en", "They met the day after the vote.", ref), "");
}

// A weekday with its date in parentheses or joined by hyphens: the date
// decides, as in "Friday, June 15"; the year is the nearest in which the day is
// that weekday.
TEST(DatesEnForms, WeekdayWithItsDateBeside) {
  const char* ref = "2018-06-12";  // a Tuesday
  EXPECT_EQ(DatesOf("en", "The plant reopens this Friday (June 15).", ref),
            "this friday (june 15)=~2018-06-15");
  EXPECT_EQ(DatesOf("en", "Crews return this Friday-Jun-15 to the site.", ref),
            "this friday-jun-15=~2018-06-15");
  EXPECT_EQ(DatesOf("en", "Talks resume next Tuesday (6/19).", ref), "next tuesday (6/19)=~2018-06-19");
  EXPECT_EQ(DatesOf("en", "The court sits on Friday (15 June 2018).", ref),
            "friday (15 june 2018)=2018-06-15");
  EXPECT_EQ(DatesOf("en", "The mine closed last Friday (Jun. 8).", ref), "last friday (jun. 8)=~2018-06-08");
  // The date wins over the weekday's own reading: "Monday" alone is 11 June.
  EXPECT_EQ(DatesOf("en", "He was last seen Monday (March 5).", ref), "monday (march 5)=~2018-03-05");
  // A weekday that fits no year near the reference keeps the written day.
  EXPECT_EQ(DatesOf("en", "The rally was on Sunday (June 5).", ref), "sunday (june 5)=~2018-06-05");
  // A number in parentheses after a weekday is no date.
  EXPECT_EQ(DatesOf("en", "Shares fell Friday (5%).", ref), "friday=~2018-06-08");
}

// A day of a month named by "this/next/last month" needs no word before it:
// the month says it is a date. "Of" is required then ("the third this month"
// counts events), "around" makes it approximate, and a possessive month makes
// it a rank.
TEST(DatesEnForms, DayOfANamedRelativeMonth) {
  const char* ref = "2020-06-10";
  EXPECT_EQ(DatesOf("en", "The fee rises the 21st of this month.", ref), "the 21st of this month=~2020-06-21");
  EXPECT_EQ(DatesOf("en", "The law takes effect the first of next month.", ref),
            "the first of next month=~2020-07-01");
  EXPECT_EQ(DatesOf("en", "The fee rose on the 21st of last month.", ref), "the 21st of last month=~2020-05-21");
  EXPECT_EQ(DatesOf("en", "It was the third this month.", ref), "this month=~2020-06");
  // "around" hedges the day (DateMention::approx), as "en torno al 21" does.
  EXPECT_EQ(DatesOf("en", "Set it up around the 21st of this month.", ref), "the 21st of this month=~2020-06-21");
  EXPECT_EQ(DatesOf("en", "A talk about the 21st of this month.", ref), "this month=~2020-06");
  EXPECT_EQ(DatesOf("en", "He won the first of this month's races.", ref), "this month=~2020-06");
}

// "June the 28th": a month, the article and an ordinal day, with or without
// its year; the suffix is required, as "may the" is as often a verb.
TEST(DatesEnForms, MonthTheOrdinalDay) {
  const char* ref = "2020-06-10";
  EXPECT_EQ(DatesOf("en", "The film opens June the 28th.", ref), "june the 28th=~2020-06-28");
  EXPECT_EQ(DatesOf("en", "The deal was signed on March the 3rd, 2019.", ref), "march the 3rd, 2019=2019-03-03");
  EXPECT_EQ(DatesOf("en", "Sales ran from June 26th of 2020 to June the 28th 2020.", ref),
            "from june 26th of 2020 to june the 28th 2020=2020-06-26/2020-06-28");
  EXPECT_EQ(DatesOf("en", "Officials may the 5 members replace.", ref), "");
}

// ISO 8601's basic form, eight digits, as file names and data write it: a date
// only when the digits make a valid day of a plausible year and nothing marks
// them as an amount, a code or a count.
TEST(DatesEnForms, CompactIsoDate) {
  const char* ref = "2023-06-19";
  EXPECT_EQ(DatesOf("en", "The filing, budget-20220315.pdf, was leaked.", ref), "20220315=2022-03-15");
  EXPECT_EQ(DatesOf("en", "The log is stamped 20230511, officials said.", ref), "20230511=2023-05-11");
  EXPECT_EQ(DatesOf("en", "He paid $20220315 in fines.", ref), "");
  EXPECT_EQ(DatesOf("en", "Case #20220315 was closed.", ref), "");
  EXPECT_EQ(DatesOf("en", "A total of 20220315 ballots were cast.", ref), "");
  EXPECT_EQ(DatesOf("en", "The code 20221345 is invalid.", ref), "");  // no month 13
  EXPECT_EQ(DatesOf("en", "The code 20450101 is far off.", ref), "");   // past the reference + 10
  EXPECT_EQ(DatesOf("en", "The code 18990101 is old.", ref), "");
}

// A bare four-digit number before "or later"/"or earlier" is a year, and the
// bound opens the range at it; "or more" keeps it a count.
TEST(DatesEnForms, YearOrLater) {
  const char* ref = "2023-06-19";
  EXPECT_EQ(DatesOf("en", "Only models of 2018 or later qualify.", ref), "2018 or later=2018/");
  EXPECT_EQ(DatesOf("en", "Homes built 1990 or earlier need checks.", ref), "1990 or earlier=/1990");
  EXPECT_EQ(DatesOf("en", "Cars built 2018 or later qualify.", ref), "2018 or later=2018/");
  EXPECT_EQ(DatesOf("en", "It drew 2000 or more people.", ref), "");
}

// A month and the year it is "in" are that month; two of them make a range.
// "May" and "March" need a word that places a time before them.
TEST(DatesEnForms, MonthInYear) {
  const char* ref = "2021-05-17";
  EXPECT_EQ(DatesOf("en", "Exports slumped in April in 2016.", ref), "april in 2016=2016-04");
  EXPECT_EQ(DatesOf("en", "Sales from April in 2016 to June in 2017 fell.", ref),
            "from april in 2016 to june in 2017=2016-04/2017-06");
  EXPECT_EQ(DatesOf("en", "The plant shut in May in 2019.", ref), "may in 2019=2019-05");
  EXPECT_EQ(DatesOf("en", "Theresa May in 2016 said no.", ref), "2016=2016");
  EXPECT_EQ(DatesOf("en", "They march in 2016 again.", ref), "2016=2016");
  // After a day number the day's own reader decides (no 29 February in 2023).
  EXPECT_EQ(DatesOf("en", "A gala on 29 February in 2023 was planned.", ref), "2023=2023");
}

// "or later"/"and after" bound the date before them only when they take no
// time of their own: in "on 1/1/2016 and after 6 p.m." the day stays a day.
TEST(DatesEnForms, TrailingBoundWithItsOwnTime) {
  const char* ref = "2016-06-19";
  EXPECT_EQ(DatesOf("en", "Voters may register on 1/1/2016 and after 6 p.m. only.", ref), "1/1/2016=2016-01-01");
  EXPECT_EQ(DatesOf("en", "Voters may register on 1/1/2016 or after.", ref), "1/1/2016 or after=2016-01-01/");
  EXPECT_EQ(DatesOf("es", "Se irá el 3 de mayo o antes de las 10.", ref), "3 de mayo=~2017-05-03");
}

// "w/c" and "w/b", schedules' "week commencing" and "week beginning": the
// seven days from the day written, as the words are.
TEST(DatesEnForms, WeekCommencingAbbreviated) {
  const char* ref = "2019-01-20";
  EXPECT_EQ(DatesOf("en", "Hearings are listed for w/c Feb 6.", ref), "w/c feb 6=~2019-02-06/2019-02-12");
  EXPECT_EQ(DatesOf("en", "The rota for w/b 4 March is out.", ref), "w/b 4 march=~2019-03-04/2019-03-10");
}

// A feast named with another calendar ("Lunar New Year's Eve", "Orthodox
// Christmas") is not the Gregorian one: it is that calendar's feast
// (dates_calendars_test.cc), or unread for a calendar not computed.
TEST(DatesEnForms, HolidayOfAnotherCalendar) {
  const char* ref = "2023-06-19";
  EXPECT_EQ(DatesOf("en", "Crowds gathered on Lunar New Year's Eve.", ref), "lunar new year's eve=~2023-01-21");
  EXPECT_EQ(DatesOf("en", "Orthodox Christmas was marked quietly.", ref), "orthodox christmas=~2023-01-07");
  EXPECT_EQ(DatesOf("en", "Ethiopian Christmas was marked quietly.", ref), "");
  EXPECT_EQ(DatesOf("en", "Christmas was marked quietly.", ref), "christmas=~2023-12-25");
}

// "New Year" and "New Year's" alone are 1 January right after a bound or a
// count before one; "the new year" is a season and "a New Year's resolution"
// no day.
TEST(DatesEnForms, NewYearAlone) {
  const char* ref = "2023-06-19";
  EXPECT_EQ(DatesOf("en", "The shop shut five days before New Year.", ref),
            "five days before new year=~2022-12-27");
  EXPECT_EQ(DatesOf("en", "He came home on New Year's.", ref), "new year's=~2023-01-01");
  EXPECT_EQ(DatesOf("en", "Prices rise in the new year.", ref), "");
  EXPECT_EQ(DatesOf("en", "It was a New Year's resolution.", ref), "");
}

// A holiday without its year follows the clause as a day does: in a future
// clause one already past this year is next year's.
TEST(DatesEnForms, HolidayInAFutureClause) {
  const char* ref = "2023-06-19";
  EXPECT_EQ(DatesOf("en", "Talks will resume after Easter.", ref), "after easter=~2024-04-01/");
  EXPECT_EQ(DatesOf("en", "Talks resumed after Easter.", ref), "after easter=~2023-04-10/");
  EXPECT_EQ(DatesOf("en", "The fair will open on Christmas Eve.", ref), "christmas eve=~2023-12-24");
}

// "Last year", "next year" right after a holiday say which one it is.
TEST(DatesEnForms, HolidayThenItsYear) {
  const char* ref = "2023-06-19";
  EXPECT_EQ(DatesOf("en", "Prices rose before Christmas last year.", ref), "before christmas last year=~/2022-12-24");
  EXPECT_EQ(DatesOf("en", "The parade returns on Thanksgiving next year.", ref), "thanksgiving next year=~2024-11-28");
}

// In English a month's abbreviation is no word, so after a word that places a
// time it needs no dot ("in Dec", "since Feb"); "Mar" and "Jan" still do.
TEST(DatesEnForms, UndottedMonthAbbreviation) {
  const char* ref = "2023-06-19";
  EXPECT_EQ(DatesOf("en", "Sales slumped in Dec and Nov.", ref), "dec=~2022-12; nov=~2022-11");
  EXPECT_EQ(DatesOf("en", "Prices have risen since Feb", ref), "since feb=~2023-02/");
  EXPECT_EQ(DatesOf("en", "Fans in Jan Smit's town cheered.", ref), "");
  EXPECT_EQ(DatesOf("en", "Riots in Mar del Plata.", ref), "");
}

// Two days each written with its month, joined by "to"/"through", are a range
// without "from": a count takes no month, so nothing else reads so. A year after
// the second day is the first's too; "and" still needs "between".
TEST(DatesEnForms, TwoFullDaysJoinedWithoutFrom) {
  const char* ref = "2023-06-19";
  EXPECT_EQ(DatesOf("en", "The fair ran 12 March to 15 March in 2021.", ref),
            "12 march to 15 march in 2021=2021-03-12/2021-03-15");
  EXPECT_EQ(DatesOf("en", "The strike lasted 3 May through 9 May.", ref),
            "3 may through 9 may=~2023-05-03/2023-05-09");
  EXPECT_EQ(DatesOf("en", "Polls were open Sept. 4 to Sept. 7, 2022.", ref),
            "sept. 4 to sept. 7, 2022=2022-09-04/2022-09-07");
  EXPECT_EQ(DatesOf("en", "He served 30 December 2019 to 2 January 2021.", ref),
            "30 december 2019 to 2 january 2021=2019-12-30/2021-01-02");
  EXPECT_EQ(DatesOf("en", "Riots broke out 5 May and 9 May.", ref), "5 may=~2023-05-05; 9 may=~2023-05-09");
}

// A day joined to "today" by "to" is a range up to the reference without
// "from": "today" is no count. "To today's ..." is another phrase.
TEST(DatesEnForms, DayToToday) {
  const char* ref = "2023-06-19";
  EXPECT_EQ(DatesOf("en", "Shares gained 8% 2022/mar/15 to today.", ref),
            "2022/mar/15 to today=~2022-03-15/2023-06-19");
  EXPECT_EQ(DatesOf("en", "Output rose 4 March 2021 to today, data show.", ref),
            "4 march 2021 to today=~2021-03-04/2023-06-19");
  EXPECT_EQ(DatesOf("en", "He replied on 4 March 2021 to today's critics.", ref),
            "4 march 2021=2021-03-04; today=~2023-06-19");
}

// A two-digit decade with its apostrophe ("'80s") is a decade without "the":
// the apostrophe stands for the century's digits, which an age never drops.
TEST(DatesEnForms, ApostropheDecadeWithoutThe) {
  const char* ref = "2023-06-19";
  EXPECT_EQ(DatesOf("en", "He played '70s soul and '80s funk.", ref),
            "'70s=1970/1979; '80s=1980/1989");
  EXPECT_EQ(DatesOf("en", "She is in her 80s.", ref), "");
}

// "Over the weekend" is the nearest weekend the clause looks to, as a bare
// weekday is: the one just gone in a report, the coming one after "will"; "this
// past weekend" is always the one just gone. A weekend anchored to something
// named after it ("the weekend of June 8", "the weekend before the vote") is not
// read here.
TEST(DatesEnForms, WeekendAfterPrepositionIsTheNearest) {
  testutil::ExpectDates({
      {"en", "Militias shelled the city over the weekend.", "the weekend=~2024-06-15/2024-06-16"},
      {"en", "Protesters gathered in the square this past weekend.", "this past weekend=~2024-06-15/2024-06-16"},
      {"en", "The minister will fly to Brussels over the weekend.", "the weekend=~2024-06-22/2024-06-23"},
      {"en", "Shops stay open this coming weekend.", "this coming weekend=~2024-06-22/2024-06-23"},
      {"en", "Voters queued over the weekend before the election.", ""},
      {"en", "They enjoyed the weekend with friends.", ""},
  });
  EXPECT_EQ(testutil::DatesOf("en", "Rebels seized the port at the weekend.", "2024-06-22"),
            "the weekend=~2024-06-22/2024-06-23");
}

// The United States' holidays counted by weekday, by the names only they use:
// Thanksgiving (fourth Thursday of November; Canada's, second Monday of
// October), Labor Day, Memorial Day, Martin Luther King Jr. Day, Presidents'
// Day; their weekends as other holidays' (a Thursday one runs to the Sunday).
TEST(DatesEnForms, HolidaysCountedByWeekday) {
  const char* ref = "2023-06-19";
  EXPECT_EQ(DatesOf("en", "Flights were packed on Thanksgiving 2022.", ref), "thanksgiving 2022=2022-11-24");
  EXPECT_EQ(DatesOf("en", "Canadian Thanksgiving fell early.", ref), "canadian thanksgiving=~2023-10-09");
  EXPECT_EQ(DatesOf("en", "The strike began on Labor Day 2021.", ref), "labor day 2021=2021-09-06");
  EXPECT_EQ(DatesOf("en", "Crowds filled the beaches over the Labor Day weekend.", ref),
            "labor day weekend=~2023-09-02/2023-09-04");
  EXPECT_EQ(DatesOf("en", "Roads were jammed the weekend of Thanksgiving 2022.", ref),
            "the weekend of thanksgiving 2022=2022-11-24/2022-11-27");
  EXPECT_EQ(DatesOf("en", "The parade was held on Memorial Day.", ref), "memorial day=~2023-05-29");
  EXPECT_EQ(DatesOf("en", "Schools shut for Martin Luther King Jr. Day 2024.", ref),
            "martin luther king jr. day 2024=2024-01-15");
  EXPECT_EQ(DatesOf("en", "Markets were closed on Presidents' Day 2020.", ref), "presidents' day 2020=2020-02-17");
  // The Spanish name of the United States' holiday; a mass of thanksgiving is no day.
  EXPECT_EQ(DatesOf("es", "Viajaron el Día de Acción de Gracias de 2022.", ref),
            "dia de accion de gracias de 2022=2022-11-24");
  EXPECT_EQ(DatesOf("es", "Se celebró una misa de acción de gracias.", ref), "");
}

// A weekday after an indefinite article is no day ("signed on a Wednesday",
// "firmado un miércoles").
TEST(DatesEnForms, IndefiniteWeekdayIsNoDate) {
  testutil::ExpectDates({
      {"en", "The pact was signed on a Wednesday.", ""},
      {"en", "Talks can resume any Monday.", ""},
      {"es", "El pacto se firmó un miércoles.", ""},
      {"en", "The pact was signed on Wednesday.", "wednesday=~2024-06-19"},
      {"es", "El pacto se firmó el miércoles.", "miercoles=~2024-06-19"},
  });
}

// "on Wednesday last", "Friday next": the formal order of Indian, Pakistani
// and older British copy; "Wednesday last week" is read with the week.
TEST(DatesEnForms, WeekdayThenLastOrNext) {
  testutil::ExpectDates({
      // As "last Tuesday" is read (the week before's first; yesterday would be
      // "yesterday").
      {"en", "The pact was signed on Tuesday last.", "tuesday last=~2024-06-11"},
      {"en", "They meet again on Friday next, officials said.", "friday next=~2024-06-21"},
      {"en", "They met on Tuesday last week.", "tuesday last week=~2024-06-11"},
  });
}

// "May" and "March" after a count are as often the verbs: without a year or a
// weekday they are months only before a word that can follow a date, and not
// after a quantifier.
TEST(DatesEnForms, MayAndMarchAfterACount) {
  testutil::ExpectDates({
      {"en", "The next 5 may be harder.", ""},
      {"en", "Only 3 may apply.", ""},
      {"en", "Some 20 march in protest.", ""},
      {"en", "On 5 May the council voted.", "5 may=~2024-05-05"},
      {"en", "They met 5 May, then left.", "5 may=~2024-05-05"},
      {"en", "Talks opened 12 March in Geneva.", "12 march=~2024-03-12"},
      {"en", "The vote of 5 March 2024 stands.", "5 march 2024=2024-03-05"},
  });
}

}  // namespace
}  // namespace claimcheck
