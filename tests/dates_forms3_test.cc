// More general date forms: the halves of a month and fourteen-day spans
// ("la primera quincena de julio", "la última quincena"); a weekday in the week
// a count reaches ("Monday two weeks from now", "el lunes dentro de dos
// semanas"); how long from a stated start ("for three days from today"); a year
// then its month ("2016-11", "in 2018 October"); a day in words after its month
// or weekday ("July twenty two", "martes el veintiocho"); the next and last
// movable holiday ("the following Easter"); what remains of a period ("lo que
// queda de semana", "the rest of 2024"); an alternative count about the future
// ("in two days or in a week"); parts of the reference day ("this morning",
// "esta madrugada"); "a principios del próximo año"; one period counted back or
// ahead ("the past week", "the coming year"); wire-style ends ("end-June",
// "by year-end").
#include <gtest/gtest.h>

#include "dates_testutil.h"

namespace claimcheck {
namespace {

TEST(DatesForms3, HalvesOfAMonth) {
  testutil::ExpectDates({
      {"es", "Las obras empezarán en la primera quincena de julio.",
       "la primera quincena de julio=~2024-07-01/2024-07-15"},
      {"es", "El festival se celebró en la segunda quincena de agosto de 2023.",
       "la segunda quincena de agosto de 2023=2023-08-16/2023-08-31"},
      {"es", "El pago llega en la 2.ª quincena de febrero de 2024.",
       "la 2.a quincena de febrero de 2024=2024-02-16/2024-02-29"},
      {"es", "La cosecha se recogerá en la última quincena del mes.",
       "la ultima quincena del mes=~2024-06-16/2024-06-30"},
      {"es", "Los pagos se harán en la primera quincena del próximo mes.",
       "la primera quincena del proximo mes=~2024-07-01/2024-07-15"},
      // Once this year's half is over, a clause about the future means next year's.
      {"es", "Los comicios se celebrarán en la primera quincena de marzo.",
       "la primera quincena de marzo=~2025-03-01/2025-03-15"},
      // "Mitad" and "half" halve months the same way, and years by semesters.
      {"es", "La siembra será en la segunda mitad de septiembre.",
       "la segunda mitad de septiembre=~2024-09-16/2024-09-30"},
      {"es", "El paro bajó en la primera mitad de 2022.", "la primera mitad de 2022=2022-01/2022-06"},
      {"es", "El paro bajó en la segunda mitad del año pasado.",
       "la segunda mitad del ano pasado=~2023-07/2023-12"},
      {"en", "Harvest starts in the second half of September.",
       "the second half of september=~2024-09-16/2024-09-30"},
      {"en", "Rates were cut in the first half of March 2022.",
       "the first half of march 2022=2022-03-01/2022-03-15"},
      {"en", "The audit is due in the first half of next month.",
       "the first half of next month=~2024-07-01/2024-07-15"},
      // Halves of other things, and January's first fortnight, are not read.
      {"en", "The first half of the match was dull.", ""},
      {"es", "La primera mitad del partido fue aburrida.", ""},
      {"es", "La primera quincena del año fue fría.", ""},
  });
}

TEST(DatesForms3, FourteenDaySpans) {
  testutil::ExpectDates({
      {"es", "Los precios del gas subieron en la última quincena.",
       "la ultima quincena=~2024-06-05/2024-06-18"},
      {"es", "Los contagios bajaron durante la quincena pasada.",
       "la quincena pasada=~2024-06-05/2024-06-18"},
      {"es", "El Parlamento votará la reforma la próxima quincena.",
       "la proxima quincena=~2024-06-20/2024-07-03"},
      {"es", "La tregua se rompió hace una quincena.", "hace una quincena=~2024-06-05"},
      {"es", "El juez decidirá dentro de una quincena.", "dentro de una quincena=~2024-07-03"},
      // Counted from something else, no date.
      {"es", "La última quincena de la campaña fue muy tensa.", ""},
      {"es", "Cobra una quincena de sueldo extra.", ""},
      // English has the same spans.
      {"en", "Fuel prices climbed over the past fortnight.", "past fortnight=~2024-06-05/2024-06-18"},
      {"en", "Ministers will meet in the coming fortnight.", "coming fortnight=~2024-06-20/2024-07-03"},
      {"en", "The ceasefire collapsed a fortnight ago.", "a fortnight ago=~2024-06-05"},
  });
}

TEST(DatesForms3, WeekdayOfTheWeekACountReaches) {
  testutil::ExpectDates({
      // 2024-07-03 is a Wednesday: its week's Monday.
      {"en", "The court will rule Monday two weeks from now.",
       "monday two weeks from now=~2024-07-01"},
      // Months and years from today are read to the day beside a weekday.
      {"en", "The plant reopens two months from today on Tuesday.",
       "two months from today on tuesday=~2024-08-20"},
      {"en", "The vote will be held Thursday, two years from now.",
       "thursday, two years from now=~2026-06-18"},
      {"en", "Talks resume three weeks after Christmas on Friday.",
       "three weeks after christmas on friday=~2025-01-17"},
      // "3" counts weeks here, no day of the month.
      {"en", "The fair will open Sunday 3 weeks after January 15th.",
       "sunday 3 weeks after january 15th=~2025-02-09"},
      {"es", "El tribunal resolverá el lunes dentro de dos semanas.",
       "lunes dentro de dos semanas=~2024-07-01"},
      {"en", "The bridge fell on Friday, a week ago.", "friday, a week ago=~2024-06-14"},
      // The day of the report and a count of its own.
      {"en", "The minister said Monday two weeks ago the plan had failed.",
       "monday=~2024-06-17; two weeks ago=~2024-06-05"},
      {"es", "El ministro dijo el lunes hace dos semanas que no firmaría.",
       "lunes=~2024-06-17; hace dos semanas=~2024-06-05"},
  });
}


TEST(DatesForms3, HowLongFromAStatedStart) {
  testutil::ExpectDates({
      // After "for"/"durante" a count from a day is a stretch from that day,
      // both ends included.
      {"en", "The border will stay shut for three days from today.",
       "three days from today=~2024-06-19/2024-06-21"},
      {"en", "The ban will apply for a fortnight from now.",
       "a fortnight from now=~2024-06-19/2024-07-02"},
      {"en", "The museum will close for 1 week, from 20 December.",
       "1 week, from 20 december=~2024-12-20/2024-12-26"},
      {"en", "The road will be closed for two weeks, starting Monday.",
       "two weeks, starting monday=~2024-06-24/2024-07-07"},
      {"es", "El puerto cerrará durante tres días a partir de ahora.",
       "tres dias a partir de ahora=~2024-06-19/2024-06-21"},
      {"es", "El museo cerrará durante una semana, a partir del 20 de diciembre.",
       "una semana, a partir del 20 de diciembre=~2024-12-20/2024-12-26"},
      {"es", "El museo cerrará durante una semana a partir del 20 de diciembre.",
       "una semana a partir del 20 de diciembre=~2024-12-20/2024-12-26"},
      // One week counted from a day shifts it; "la semana a partir del" is the week.
      {"es", "El fallo llegará dentro de una semana a partir del viernes.",
       "una semana a partir del viernes=~2024-06-28"},
      {"es", "La semana a partir del 8 de julio será dura.",
       "semana a partir del 8 de julio=~2024-07-08/2024-07-14"},
      // Scheduled for a day: the day the count reaches.
      {"en", "The vote is scheduled for two weeks from now.", "two weeks from now=~2024-07-03"},
      {"es", "La votación está prevista para dos semanas a partir de ahora.",
       "dos semanas a partir de ahora=~2024-07-03"},
      // Without "for" the count shifts the day; after a comma it is no shift.
      {"en", "The strike ends three days from today.", "three days from today=~2024-06-22"},
      {"en", "They argued for two days, after Easter.", "after easter=~2024-04-01/"},
  });
}


TEST(DatesForms3, YearThenMonth) {
  testutil::ExpectDates({
      {"en", "The 2016-11 figures were revised.", "2016-11=2016-11"},
      {"en", "Exports peaked in 2019-10, officials said.", "2019-10=2019-10"},
      // Two years when the second can end a range.
      {"en", "The 2013-14 season ended early.", "2013-14=2013/2014"},
      {"es", "La temporada 2009-10 fue la mejor.", "2009-10=2009/2010"},
      // A serial's shape, and codes.
      {"en", "Inflation hit 4% in 1996-02.", ""},
      {"en", "Under ISO 2016-11 the rule changes.", ""},
      {"en", "Resolution 2016-11 was adopted.", ""},
      {"en", "See No. 2016-11 for details.", ""},
      {"en", "Ticket #2016-11 was closed.", ""},
      {"en", "Lot 2016-11-B was recalled.", ""},
      {"es", "El decreto 2016-11 entra en vigor.", ""},
      // A year and then its month name.
      {"en", "She moved to Quito in 2018 October.", "2018 october=2018-10"},
      {"en", "The 2018 October vote was close.", "2018 october=2018-10"},
      {"en", "In 2018 May called a snap poll.", "2018=2018"},
      // Quarters written year first, as the quarter-first forms.
      {"en", "Revenue in 2018 Q3 fell.", "2018 q3=2018-07/2018-09"},
      {"en", "Revenue in 2018-Q3 fell.", "2018-q3=2018-07/2018-09"},
      {"es", "Los ingresos del 2018-T3 cayeron.", "2018-t3=2018-07/2018-09"},
      {"es", "Los ingresos del T3 de 2018 cayeron.", "t3 de 2018=2018-07/2018-09"},
  });
}


TEST(DatesForms3, DayInWordsAfterItsMonth) {
  testutil::ExpectDates({
      // Cardinal words end the clause: no count can follow.
      {"en", "The ferry will sail again on July twenty two.", "july twenty two=~2024-07-22"},
      {"en", "The ferry will sail again on March twenty-nine, the port said.",
       "march twenty-nine=~2025-03-29"},
      {"en", "In June twenty protesters were held.", "june=~2024-06"},
      {"en", "In March twenty nine people died.", "march=~2024-03"},
      {"es", "Regresó martes el veintiocho.", "martes el veintiocho=~2024-05-28"},
      {"es", "Llegó el jueves el veintisiete de junio.", "jueves el veintisiete de junio=~2024-06-27"},
      // A pronoun and a share, no days.
      {"es", "El martes el uno votó en contra.", "martes=~2024-06-18"},
      {"es", "El martes el treinta por ciento votó en contra.", "martes=~2024-06-18"},
  });
}

TEST(DatesForms3, MovableHolidaysNextAndLast) {
  testutil::ExpectDates({
      {"en", "The abbey will reopen the following Easter.", "following easter=~2025-04-20"},
      {"en", "The abbey will reopen next Easter.", "next easter=~2025-04-20"},
      {"en", "The abbey reopened last Easter.", "last easter=~2024-03-31"},
      // Without "the", "following" is a preposition.
      {"en", "Following Easter, the talks resumed.", "easter=~2024-03-31"},
      // After another date "the following Easter" counts from it.
      {"en", "The abbey burned in 2019 and reopened the following Easter.",
       "2019=2019; following easter=~?"},
  });
  // In a clause about the past a bare Easter is the latest one: read in
  // November, this year's, not the coming one.
  EXPECT_EQ(testutil::DatesOf("en", "The shrine reopened three months after Easter.", "2023-11-06"),
            "three months after easter=~2023-07-09");
}


TEST(DatesForms3, WhatRemainsOfAPeriod) {
  testutil::ExpectDates({
      // From the reference day to the period's end, as "the rest of the year".
      {"es", "Las lluvias seguirán en lo que resta de año.", "lo que resta de ano=~2024-06-19/2024-12-31"},
      {"es", "El tráfico será denso lo que queda de semana.",
       "lo que queda de semana=~2024-06-19/2024-06-23"},
      {"es", "Los precios subirán lo que queda del mes.", "lo que queda del mes=~2024-06-19/2024-06-30"},
      {"es", "La obra estará parada el resto de 2024.", "el resto de 2024=~2024-06-19/2024-12-31"},
      {"es", "El museo cerrará lo que queda de junio.", "lo que queda de junio=~2024-06-19/2024-06-30"},
      {"en", "The mine stays shut for the rest of 2024.", "the rest of 2024=~2024-06-19/2024-12-31"},
      {"en", "Rates hold for the remainder of June.", "the remainder of june=~2024-06-19/2024-06-30"},
      {"en", "The strike will last the remainder of the week.",
       "the remainder of the week=~2024-06-19/2024-06-23"},
      // Another year is that year; what remains of a house is no time.
      {"es", "La obra estará parada el resto de 2025.", "2025=2025"},
      {"es", "Lo que queda de la casa es poco.", ""},
  });
}


TEST(DatesForms3, AnAlternativeCountAboutTheFuture) {
  testutil::ExpectDates({
      {"en", "The jury will decide in three days or in a week.",
       "in three days=~2024-06-22; in a week=~2024-06-26"},
      {"en", "Will the jury decide in three days? Or in a week?",
       "in three days=~2024-06-22; in a week=~2024-06-26"},
      {"es", "El jurado decidirá en tres días o en una semana.",
       "en tres dias=~2024-06-22; en una semana=~2024-06-26"},
      // How long something took stays a length of time.
      {"en", "Sales doubled in three days or in a week.", ""},
      {"es", "Las ventas se duplicaron en tres días o en una semana.", ""},
  });
}


TEST(DatesForms3, PartsOfTheReferenceDay) {
  testutil::ExpectDates({
      {"en", "Rescuers reached the village this morning.", "this morning=~2024-06-19"},
      {"en", "The minister will speak this evening.", "this evening=~2024-06-19"},
      {"es", "Los bomberos llegaron esta madrugada.", "esta madrugada=~2024-06-19"},
      {"es", "El ministro hablará esta tarde.", "esta tarde=~2024-06-19"},
      // Without "esta" a part of the day names none.
      {"es", "Llegaron por la tarde.", ""},
      {"en", "They arrived in the morning.", ""},
  });
}

TEST(DatesForms3, PartOfTheNextOrLastYearWordFirst) {
  testutil::ExpectDates({
      {"es", "El juicio será a principios del próximo año.",
       "a principios del proximo ano=~2025-01/2025-04"},
      {"es", "La planta cerró a finales del pasado año.", "a finales del pasado ano=~2023-09/2023-12"},
      {"es", "La obra acabará a finales del próximo mes.",
       "a finales del proximo mes=~2024-07-16/2024-07-31"},
  });
}


TEST(DatesForms3, OnePeriodBackOrAheadWithItsArticle) {
  testutil::ExpectDates({
      // As "the past two weeks" counts two: up to the day before the reference,
      // or from the day after it.
      {"en", "Fuel prices rose in the past week.", "past week=~2024-06-12/2024-06-18"},
      {"en", "Arrests doubled over the last month.", "last month=~2024-05-19/2024-06-18"},
      {"en", "Exports fell over the past year.", "past year=~2023-06-19/2024-06-18"},
      {"en", "Rates will rise in the coming year.", "coming year=~2024-06-20/2025-06-19"},
      // Without "the" the calendar period; with "of" another's part.
      {"en", "Fuel prices rose last week.", "last week=~2024-06-10/2024-06-16"},
      {"en", "He resigned in the last year of his term.", ""},
      {"en", "Fuel prices rose in the last week of May.", "the last week of may=~2024-05-27/2024-06-02"},
      // "The next year" counts from a time the story names as often.
      {"en", "He was re-elected the next year.", ""},
      {"es", "Los alquileres subieron en la última semana.", "ultima semana=~2024-06-12/2024-06-18"},
      {"es", "El paro bajó un 2% en el último año, según el instituto.",
       "ultimo ano=~2023-06-19/2024-06-18"},
      {"es", "Las ventas cayeron esta última semana.", "ultima semana=~2024-06-12/2024-06-18"},
      {"es", "Murió en el último año de su mandato.", ""},
      {"es", "Fue su último año en el club.", ""},
      {"es", "Ganó mucho el último año fiscal.", ""},
  });
}


TEST(DatesForms3, WireStyleEnds) {
  testutil::ExpectDates({
      {"en", "Debt will peak by end-September.", "by end-september=~/2024-09-30"},
      {"en", "Reserves fell at end-2022.", "end-2022=2022-09/2022-12"},
      {"en", "The bank expects a deal by year-end.", "by year-end=~/2024-12"},
      {"en", "Loans were repaid at month-end.", "month-end=~2024-06-16/2024-06-30"},
      {"en", "Debt stood at 90% of output at year-end 2022.", "year-end 2022=2022-09/2022-12"},
      // Without the hyphen "end" is a verb.
      {"en", "The talks end July 30.", "july 30=~2024-07-30"},
  });
}

}  // namespace
}  // namespace claimcheck
