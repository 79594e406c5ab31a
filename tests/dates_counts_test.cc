// Counted and anchored date forms: compound counted spans ("the last 3 months
// and 2 weeks"), the year to date, "a couple of", "next" before a date, a count
// "later" in a clause about the future, a day of this month, a year after a verb
// of origin, an ISO week of a year in words, "within" a count in a clause about
// the future and counted business days.
#include <gtest/gtest.h>

#include "dates/internal.h"
#include "dates_testutil.h"
#include "text/lang.h"

namespace claimcheck {
namespace {

// A reader whose pattern does not compile (an unbalanced group in a raw
// string) matches nothing and fails no example silently; every one must compile.
TEST(DatesCounts, EveryReaderCompiles) {
  for (Lang lang : {Lang::kEs, Lang::kEn, Lang::kAny}) {
    const dates_detail::Readers& readers = dates_detail::ReadersFor(lang);
    for (const dates_detail::Reader& reader : readers.list)
      EXPECT_TRUE(reader.re.ok()) << reader.re.pattern();
  }
}

TEST(DatesCounts, CompoundCountedSpans) {
  testutil::ExpectDates({
      // One span of the sum: three months back to the day, then two weeks more.
      {"en", "Strikes spread over the last 3 months and 2 weeks.",
       "last 3 months and 2 weeks=~2024-03-05/2024-06-18"},
      {"en", "Turnout fell over the past two years and six months.",
       "past two years and six months=~2021-12-19/2024-06-18"},
      {"en", "Talks will go on for the next two months and ten days.",
       "next two months and ten days=~2024-06-20/2024-08-29"},
      {"es", "Las huelgas se extendieron en los últimos 3 meses y 2 semanas.",
       "ultimos 3 meses y 2 semanas=~2024-03-05/2024-06-18"},
      {"es", "Las protestas de los últimos 3 meses y 2 semanas y 2 días.",
       "ultimos 3 meses y 2 semanas y 2 dias=~2024-03-03/2024-06-18"},
      {"es", "Las obras ocuparán los próximos dos años y seis meses.",
       "proximos dos anos y seis meses=~2024-06-20/2026-12-19"},
      // Before "ago"/"hace" the last part is a count of its own.
      {"en", "Talks ran for the last 4 months and 3 days ago a deal was struck.",
       "last 4 months=~2024-02-19/2024-06-18; 3 days ago=~2024-06-16"},
  });
}

TEST(DatesCounts, ACoupleOfPeriods) {
  testutil::ExpectDates({
      // "Couple" counts two, as "the next two weeks" does.
      {"en", "More strikes are expected over the next couple of weeks.",
       "next couple of weeks=~2024-06-20/2024-07-03"},
      {"en", "Polls tightened over the past couple of days.",
       "past couple of days=~2024-06-17/2024-06-18"},
      {"en", "The treaty could be signed in the next couple weeks.",
       "next couple weeks=~2024-06-20/2024-07-03"},
      {"en", "Turnout rose over the last couple of years.",
       "last couple of years=~2022-06-19/2024-06-18"},
  });
}

TEST(DatesCounts, NextBeforeADate) {
  testutil::ExpectDates({
      // The first such day after the reference: April 6 has passed this year.
      {"en", "The treaty takes effect next April 6.", "next april 6=~2025-04-06"},
      {"en", "The treaty takes effect next 6th of April.", "next 6th of april=~2025-04-06"},
      {"en", "The strike starts next June 25.", "next june 25=~2024-06-25"},
      {"es", "El tratado entra en vigor el próximo 6 de abril.", "proximo 6 de abril=~2025-04-06"},
      // "Last" looks back the same way.
      {"en", "The treaty was signed last April 6.", "last april 6=~2024-04-06"},
      // A year names the day itself.
      {"en", "The treaty takes effect next April 6, 2026.", "april 6, 2026=2026-04-06"},
  });
}

TEST(DatesCounts, LaterCountsUnderTheFutureRule) {
  testutil::ExpectDates({
      // "A fortnight", "a week", "una quincena" count as digits do: from the
      // reference in a clause about the future, unresolved in a past one.
      {"en", "The runoff will be held a fortnight later.", "a fortnight later=~2024-07-03"},
      {"en", "The runoff will be held a week later.", "a week later=~2024-06-26"},
      {"en", "The treaty was signed and a week later it was ratified.", "a week later=~?"},
      {"es", "La segunda vuelta se celebrará una quincena después.",
       "una quincena despues=~2024-07-03"},
      {"es", "La segunda vuelta se celebrará una semana después.",
       "una semana despues=~2024-06-26"},
      {"es", "El tratado se firmó y una quincena después entró en vigor.",
       "una quincena despues=~?"},
      {"es", "La tregua expira una quincena a partir de ahora.",
       "una quincena a partir de ahora=~2024-07-03"},
  });
}

TEST(DatesCounts, DayOfThisMonth) {
  testutil::ExpectDates({
      // With "on" before it, "of" may be left out.
      {"en", "The strike is called for on the 21st this month.", "the 21st this month=~2024-06-21"},
      {"en", "Parliament votes on the 21st of this month.", "the 21st of this month=~2024-06-21"},
      {"es", "El Parlamento vota el 21 de este mes.", "21 de este mes=~2024-06-21"},
      // Without "of" only "around" says a day is meant.
      {"en", "The vote is expected around the 21st this month.", "the 21st this month=~2024-06-21"},
      {"en", "It was the third this month.", "this month=~2024-06"},
  });
}

TEST(DatesCounts, WithinACountInAFutureClause) {
  testutil::ExpectDates({
      // About the future, a bound: from the reference to the day the count ends.
      {"en", "The bridge will be completed within nine months.", "within nine months=~2024-06-19/2025-03-19"},
      {"en", "The strike will end within two weeks.", "within two weeks=~2024-06-19/2024-07-03"},
      {"en", "Talks will resume within a fortnight, the minister said.", "within a fortnight=~2024-06-19/2024-07-03"},
      {"es", "La obra se completará en un plazo de nueve meses.", "en un plazo de nueve meses=~2024-06-19/2025-03-19"},
      {"es", "La presa estará terminada dentro de un plazo de nueve meses.",
       "dentro de un plazo de nueve meses=~2024-06-19/2025-03-19"},
      {"es", "El Gobierno aprobará la ley en un plazo máximo de dos semanas.",
       "en un plazo maximo de dos semanas=~2024-06-19/2024-07-03"},
      // In the past it says how long something took.
      {"en", "The company collapsed within two years.", ""},
      {"es", "La empresa quebró en un plazo de dos años.", ""},
      // Counted from another event, not from the reference.
      {"en", "The treaty will be ratified within a year of the vote.", ""},
      {"es", "El tratado se ratificará en un plazo de un año desde la votación.", ""},
      // "Next"/"próximos" look ahead without a future verb; not in the past.
      {"en", "Parliament must ratify it within the next ten months, and it has not.",
       "within the next ten months=~2024-06-19/2025-04-19"},
      {"es", "El pacto entra en vigor dentro de los próximos dos meses.",
       "dentro de los proximos dos meses=~2024-06-19/2024-08-19"},
      {"en", "The force withdrew within the next two weeks.", ""},
      {"en", "Troops withdrew over the next two weeks.", ""},
      {"en", "Prices rose over the past two years.", "past two years=~2022-06-19/2024-06-18"},
  });
}

TEST(DatesCounts, BusinessDays) {
  testutil::ExpectDates({
      // Weekdays only: Saturday and Sunday are skipped (holidays are not known).
      {"en", "Refunds will arrive over the next 5 business days.",
       "next 5 business days=~2024-06-20/2024-06-26"},
      {"en", "Strikes hit the previous three working days.",
       "previous three working days=~2024-06-14/2024-06-18"},
      {"es", "Los reembolsos llegarán en los próximos 5 días hábiles.",
       "proximos 5 dias habiles=~2024-06-20/2024-06-26"},
      {"es", "Hubo paros los últimos tres días laborables.",
       "ultimos tres dias laborables=~2024-06-14/2024-06-18"},
      {"es", "Los 5 días hábiles siguientes serán de huelga.",
       "5 dias habiles siguientes=~2024-06-20/2024-06-26"},
  });
}

TEST(DatesCounts, YearToDate) {
  testutil::ExpectDates({
      // English reads it already; Spanish says it with "hasta la fecha".
      {"en", "Exports are up 4 percent year to date.", "year to date=~2024-01-01/2024-06-19"},
      {"en", "Year-to-date sales of the bonds doubled.", "year-to-date=~2024-01-01/2024-06-19"},
      {"en", "Strikes in the year to date cost the union dearly.",
       "year to date=~2024-01-01/2024-06-19"},
      {"es", "Las exportaciones subieron un 4 % en el año hasta la fecha.",
       "el ano hasta la fecha=~2024-01-01/2024-06-19"},
      {"es", "El año hasta la fecha deja tres huelgas generales.",
       "el ano hasta la fecha=~2024-01-01/2024-06-19"},
      {"es", "En lo que va de año se firmaron dos tratados.",
       "lo que va de ano=~2024-01-01/2024-06-19"},
      // A superlative between: the best year so far, no period.
      {"es", "Fue el mejor año hasta la fecha para el sindicato.", "hasta la fecha=~/2024-06-19"},
  });
}

TEST(DatesCounts, YearAfterAVerbOfOrigin) {
  testutil::ExpectDates({
      // Nothing is counted after "dates back to": the year.
      {"en", "The border treaty dates back to 1865.", "1865=1865"},
      {"en", "A custom dating back to 1865 was dropped.", "1865=1865"},
      {"en", "The church dates from 1648.", "1648=1648"},
      {"es", "El tratado fronterizo se remonta a 1865.", "1865=1865"},
      {"es", "La costumbre data de 1865.", "1865=1865"},
      // A count of years stays a duration, no date.
      {"en", "The rivalry dates back 300 years.", ""},
  });
}

TEST(DatesCounts, IsoWeekOfAYearInWords) {
  testutil::ExpectDates({
      // The year in words names the ISO week's year as digits do.
      {"es", "La huelga de la semana 3 de dos mil veintisiete.",
       "semana 3 de dos mil veintisiete=2027-01-18/2027-01-24"},
      {"en", "The strike in week 3 of twenty twenty-seven.",
       "week 3 of twenty twenty-seven=2027-01-18/2027-01-24"},
      {"es", "La huelga de la semana 3 de 2027.", "semana 3 de 2027=2027-01-18/2027-01-24"},
      // "de" after the week: week 3 of something else.
      {"es", "La semana 3 de dos mil veintisiete de la liga.", ""},
  });
}

}  // namespace
}  // namespace claimcheck
