// Relative date forms: counts of periods from the reference ("en dos semanas",
// "three weeks later"), previous/following periods ("el lunes anterior", "the
// following quarter", "la próxima década") and counted spans ("las primeras 3
// semanas de 2025", "the last two quarters").
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "claimcheck/dates.h"
#include "claimcheck/text.h"
#include "dates_testutil.h"

namespace claimcheck {
namespace {

using testutil::DatesOf;

TEST(DatesRelative, CountForwardInFutureClause) {
  testutil::ExpectDates({
      {"es", "La cumbre se celebrará en dos semanas.", "en dos semanas=~2024-07-03"},
      {"es", "La huelga terminará en tres días.", "en tres dias=~2024-06-22"},
      {"es", "El Gobierno va a decidir en dos semanas.", "en dos semanas=~2024-07-03"},
      {"es", "Las elecciones serán en un año.", "en un ano=~2025-06-19"},
      {"es", "El tribunal se pronunciará en diez días.", "en diez dias=~2024-06-29"},
      {"es", "La comisión propondrá en un mes un nuevo plan.", "en un mes=~2024-07-19"},
      {"es", "El ministro estará fuera en dos semanas.", "en dos semanas=~2024-07-03"},
      {"es", "La mesa volverá a reunirse en tres días.", "en tres dias=~2024-06-22"},
      {"en", "The vote will be held in two weeks.", "in two weeks=~2024-07-03"},
      {"en", "Talks will resume in a fortnight.", "in a fortnight=~2024-07-03"},
      {"en", "Ministers will meet again in three months.", "in three months=~2024-09-19"},
      {"en", "We'll know the result in 10 days, the union said.", "in 10 days=~2024-06-29"},
      // "... time" always looks ahead.
      {"en", "Talks resume in three weeks’ time.", "in three weeks' time=~2024-07-10"},
      {"en", "Talks resume in two weeks' time.", "in two weeks' time=~2024-07-03"},
  });
}

TEST(DatesRelative, CountForwardStaysDurationOutsideFuture) {
  testutil::ExpectDates({
      {"es", "Los precios se duplicaron en dos años.", ""},
      {"es", "Es la primera vez en diez años que el paro baja.", ""},
      {"es", "La presa fue construida en dos años.", ""},
      {"es", "El acuerdo se cerrará en menos de dos semanas.", ""},
      {"es", "La obra estará lista en apenas tres meses.", ""},
      {"es", "Ganó la primera en dos años.", ""},
      {"es", "Será la primera cumbre en cinco años.", ""},
      {"es", "Será la mayor subida en diez años.", ""},
      {"es", "Si fuera en dos años, nadie lo notaría.", ""},
      // The noun phrase goes on: a stretch, not a point.
      {"es", "La votación será en un año electoral.", ""},
      {"en", "The talks will end in a week of protests.", ""},
      {"en", "Prices doubled in two years.", ""},
      {"en", "It will be the first time in ten years that the treaty is renewed.", ""},
      {"en", "The bridge was built in two years.", ""},
      {"en", "The deal will be completed in two years.", ""},
      {"en", "The union will reach its highest membership in a decade.", ""},
      {"en", "He said he will resign and that the firm lost money in two years.", ""},
  });
}

TEST(DatesRelative, CountFromNow) {
  testutil::ExpectDates({
      {"es", "La tregua expira tres días a partir de ahora.",
       "tres dias a partir de ahora=~2024-06-22"},
      {"en", "The truce expires a fortnight from now.", "a fortnight from now=~2024-07-03"},
      {"en", "The truce was agreed a fortnight ago.", "a fortnight ago=~2024-06-05"},
      {"en", "The treaty was signed a decade ago.", "a decade ago=~2014"},
      {"es", "El tratado se firmó hace una década.", "hace una decada=~2014"},
      {"es", "La central cerrará dentro de dos décadas.", "dentro de dos decadas=~2044"},
  });
}

// "Today" or "tonight" naming a programme is no day.
TEST(DatesRelative, ProgrammesNamedTodayOrTonight) {
  testutil::ExpectDates({
      {"en", "Blinken told the BBC's Today programme the pact was dangerous.", ""},
      {"en", "Kim's envoy appeared on the TODAY show.", ""},
      {"en", "The two leaders signed the pact today.", "today=~2024-06-19"},
      {"en", "The interview will air tonight.", "tonight=~2024-06-19"},
  });
}

TEST(DatesRelative, AnniversariesToTheDay) {
  testutil::ExpectDates({
      // "Today" pins a count back to the day; without it the count keeps its
      // unit's precision.
      {"en", "A year ago today, the two leaders met.", "a year ago today=~2023-06-19"},
      {"en", "Two months ago today the truce began.", "two months ago today=~2024-04-19"},
      {"en", "A year ago the two leaders met.", "a year ago=~2023-06-19"},
      {"en", "A year ago yesterday, the two leaders signed the pact.", "a year ago yesterday=~2023-06-18"},
      {"en", "A year ago tomorrow, the two leaders signed the pact.", "a year ago tomorrow=~2023-06-20"},
      {"en", "One year ago this week, the two leaders met.", "one year ago this week=~2023-06-19/2023-06-25"},
      {"es", "Hoy hace un año que los dos líderes se reunieron.", "hoy hace un ano=~2023-06-19"},
      {"es", "Hace hoy dos años de la cumbre.", "hace hoy dos anos=~2022-06-19"},
      {"es", "Hace un año hoy se reunieron.", "hace un ano hoy=~2023-06-19"},
      {"es", "Hace un año se reunieron.", "hace un ano=~2023-06-19"},
  });
}

// An adverb between "hace"/"dentro de" and the count: one that keeps it exact
// ("justo", "ya", "apenas") or makes it approximate ("casi", "unos").
TEST(DatesRelative, AdverbBeforeTheCount) {
  testutil::ExpectDates({
      {"es", "Hace justo un año, Putin y Kim firmaron el tratado.", "hace justo un ano=~2023-06-19"},
      {"es", "Llegó hace ya dos semanas.", "hace ya dos semanas=~2024-06-05"},
      {"es", "Se fue hace apenas tres días.", "hace apenas tres dias=~2024-06-16"},
      {"es", "Se reunieron hace casi dos semanas.", "hace casi dos semanas=~2024-06-05"},
      {"es", "Volverá dentro de unas dos semanas.", "dentro de unas dos semanas=~2024-07-03"},
      {"es", "Lo negocian desde hace más de un año.", ""},
  });
  Date ref;
  ASSERT_TRUE(Date::Parse(testutil::kRef, &ref));
  const FoldedText f = FoldedText::Fold("Se reunieron hace casi dos semanas y hace justo un año.");
  const std::vector<DateMention> d = ExtractDates(f.str(), "es", &ref);
  ASSERT_EQ(d.size(), 2u);
  EXPECT_TRUE(d[0].approx);
  EXPECT_FALSE(d[1].approx);
  // So does a hedge before an English count back ("almost four weeks ago").
  const FoldedText e = FoldedText::Fold("It was signed almost four weeks ago and ratified two days ago.");
  const std::vector<DateMention> en = ExtractDates(e.str(), "en", &ref);
  ASSERT_EQ(en.size(), 2u);
  EXPECT_TRUE(en[0].approx);
  EXPECT_EQ(en[0].value.ToString(), "2024-05-22");
  EXPECT_FALSE(en[1].approx);
}

TEST(DatesRelative, LaterCountsFromTheStory) {
  testutil::ExpectDates({
      {"es", "La segunda vuelta se celebrará tres semanas después.",
       "tres semanas despues=~2024-07-10"},
      {"en", "The second round will come three weeks later.", "three weeks later=~2024-07-10"},
      // Told in the past, "later" counts from the event: no date is guessed.
      {"en", "The treaty was signed and two weeks later it was ratified.", "two weeks later=~?"},
      {"es", "El tratado se firmó y tres semanas después entró en vigor.",
       "tres semanas despues=~?"},
      // Only a count of periods: "el próximo mes" is read alone.
      {"es", "El museo cerrará el próximo mes más tarde de lo habitual.", "proximo mes=~2024-07"},
      // A shift of a named day is read whole.
      {"es", "Se votará dos días después de mañana.", "dos dias despues de manana=~2024-06-22"},
  });
}

TEST(DatesRelative, PreviousAndFollowingWeekdays) {
  testutil::ExpectDates({
      {"es", "La cumbre será el viernes siguiente.", "viernes siguiente=~2024-06-21"},
      {"es", "La huelga empezó el lunes anterior.", "lunes anterior=~2024-06-17"},
      {"en", "The court will rule the following Friday.", "following friday=~2024-06-21"},
      {"en", "The strike began the previous Monday.", "previous monday=~2024-06-17"},
      // "Following" as a preposition: after last Friday's vote.
      {"en", "Following Friday's vote, the party split.", "friday=~2024-06-14"},
      {"es", "El pleno se reunirá el martes de la semana siguiente.",
       "martes de la semana siguiente=~2024-06-25"},
      {"en", "The summit opens Tuesday of the following week.",
       "tuesday of the following week=~2024-06-25"},
  });
}

TEST(DatesRelative, PreviousAndFollowingPeriods) {
  testutil::ExpectDates({
      {"es", "El pleno votará la semana siguiente.", "semana siguiente=~2024-06-24/2024-06-30"},
      {"es", "El juicio empieza la semana después de la próxima.",
       "semana despues de la proxima=~2024-07-01/2024-07-07"},
      {"en", "Parliament votes the following week.", "following week=~2024-06-24/2024-06-30"},
      {"en", "Leaders meet the following week to discuss it.",
       "following week=~2024-06-24/2024-06-30"},
      {"es", "Las marchas siguieron el fin de semana siguiente.",
       "fin de semana siguiente=~2024-06-29/2024-06-30"},
      {"en", "Marches went on the previous weekend.", "previous weekend=~2024-06-15/2024-06-16"},
      {"en", "The strike is planned for next workweek.", "next workweek=~2024-06-24/2024-06-28"},
      {"es", "La huelga será la próxima semana laboral.",
       "proxima semana laboral=~2024-06-24/2024-06-28"},
      {"en", "Unions want a four-day working week.", ""},
      {"es", "El déficit del año anterior fue del 3 %.", "ano anterior=~2023"},
      {"en", "Exports fell from the previous year.", "previous year=~2023"},
      {"es", "La inflación subió el mes anterior.", "mes anterior=~2024-05"},
      {"en", "Talks collapsed the day before.", "day before=~2024-06-18"},
      {"en", "A deal came the week after.", "week after=~2024-06-24/2024-06-30"},
      {"en", "Turnout was higher the year before, officials said.", "year before=~2023"},
      {"es", "El paro bajó en el trimestre anterior.", "trimestre anterior=~2024-01/2024-03"},
      {"es", "Los beneficios del último trimestre crecieron.", "ultimo trimestre=~2024-01/2024-03"},
      {"es", "El plan empieza el siguiente trimestre.", "siguiente trimestre=~2024-07/2024-09"},
      {"en", "Sales should recover in the following quarter.",
       "the following quarter=~2024-07/2024-09"},
  });
}

// "The next day", "al día siguiente", "ese mismo día", "a day later": counted
// from a day named before them in the same sentence ("the same day": in the
// paragraph).
TEST(DatesRelative, DaysCountedFromTheDayNamedBefore) {
  testutil::ExpectDates({
      {"es", "Putin llegó el martes y al día siguiente firmó el tratado.",
       "martes=~2024-06-18; al dia siguiente=~2024-06-19"},
      {"es", "Putin llegó el martes y ese mismo día firmó el tratado.",
       "martes=~2024-06-18; ese mismo dia=~2024-06-18"},
      {"es", "Putin llegó el 18 de junio y dos días más tarde viajó a Hanói.",
       "18 de junio=~2024-06-18; dos dias mas tarde=~2024-06-20"},
      {"es", "Firmaron el 19 de junio y el día anterior se reunieron.",
       "19 de junio=~2024-06-19; dia anterior=~2024-06-18"},
      {"en", "They met on June 18 and signed the day after.", "june 18=~2024-06-18; day after=~2024-06-19"},
      {"en", "Putin arrived on Tuesday and signed the treaty the next day.",
       "tuesday=~2024-06-18; next day=~2024-06-19"},
      {"en", "Putin arrived on Tuesday and signed the treaty that same day.",
       "tuesday=~2024-06-18; that same day=~2024-06-18"},
      {"en", "Putin arrived on June 3, 2024 and a week later signed the treaty.",
       "june 3, 2024=2024-06-03; a week later=2024-06-10"},
      {"en", "Putin arrived on June 18 and signed the treaty that day.", "june 18=~2024-06-18; that day=~2024-06-18"},
      // A weekday before or after the day named: the nearest such one, that
      // way (the reference, 19 June 2024, is a Wednesday).
      {"en", "He arrived on Monday, June 17, having left Moscow the previous Friday.",
       "monday, june 17=~2024-06-17; previous friday=~2024-06-14"},
      {"en", "Kim met Putin on June 19 and the following Monday inspected troops.",
       "june 19=~2024-06-19; following monday=~2024-06-24"},
      {"es", "Putin llegó el martes 18 y el viernes anterior Lavrov viajó a Pionyang.",
       "martes 18=~2024-06-18; viernes anterior=~2024-06-14"},
      {"es", "Firmaron el 3 de junio y el lunes siguiente lo ratificaron.",
       "3 de junio=~2024-06-03; lunes siguiente=~2024-06-10"},
      // A count from another sentence's day is not taken: the words stay
      // unresolved. "The same day" points back to the paragraph's last day.
      {"es", "Llegó el 18 de junio; el lunes siguiente volvió.", "18 de junio=~2024-06-18; lunes siguiente=~?"},
      {"en", "Putin arrived on June 18. Two days later he met Kim.", "june 18=~2024-06-18; two days later=~?"},
      {"en", "Putin arrived on Tuesday. The same day he met Kim.", "tuesday=~2024-06-18; the same day=~2024-06-18"},
      {"es", "El 18 de junio aterrizó Putin. Ese mismo día se reunió con Kim.",
       "18 de junio=~2024-06-18; ese mismo dia=~2024-06-18"},
      {"en", "Putin arrived on Tuesday.\n\nThat same day he met Kim.", "tuesday=~2024-06-18; that same day=~?"},
      // "La víspera" is the eve of the event, which may be the day just named.
      {"es", "Llegó el martes, la víspera de la cumbre.", "martes=~2024-06-18"},
      {"es", "Llegó el 18 de junio, la víspera.", "18 de junio=~2024-06-18"},
  });
}

TEST(DatesRelative, AnchoredFormsAreNotFromTheReference) {
  testutil::ExpectDates({
      // "al día siguiente", "a la semana siguiente" follow an event just told:
      // never the reference's next day ("al día siguiente" is now a day counted
      // from one the text names, unresolved without one in its sentence; it was
      // no mention).
      {"es", "Al día siguiente dimitió el ministro.", "al dia siguiente=~?"},
      {"es", "A la semana siguiente dimitió.", ""},
      // A time named after them is their anchor.
      {"es", "La semana anterior a las elecciones hubo debates.", ""},
      {"en", "Talks collapsed the day before the vote.", ""},
      {"en", "Talks resume the week after next.", "the week after next=~2024-07-01/2024-07-07"},
      // A date named before may be their anchor: left unresolved.
      {"es", "El tratado se firmó el 3 de mayo de 2019 y la semana siguiente entró en vigor.",
       "3 de mayo de 2019=2019-05-03; semana siguiente=~?"},
      {"en", "The treaty was signed on 3 May 2019; the following week it took effect.",
       "3 may 2019=2019-05-03; following week=~?"},
      // The reference day itself (a dateline, "hoy") is no other anchor.
      {"es", "MADRID, 19 de junio de 2024. El pleno votará la semana siguiente.",
       "19 de junio de 2024=2024-06-19; semana siguiente=~2024-06-24/2024-06-30"},
  });
}

TEST(DatesRelative, Decades) {
  testutil::ExpectDates({
      {"es", "La inversión se duplicará en la próxima década.", "proxima decada=~2030/2039"},
      {"es", "Esos acuerdos se multiplicaron en el último decenio.", "ultimo decenio=~2010/2019"},
      {"es", "La obra durará las próximas dos décadas.", "proximas dos decadas=~2030/2049"},
      {"es", "El paro cayó en las últimas dos décadas.",
       "ultimas dos decadas=~2004-06-19/2024-06-18"},
      {"en", "The project should finish in the next decade.", "next decade=~2030/2039"},
      {"en", "Emissions should halve in the next three decades.", "next three decades=~2030/2059"},
      {"en", "Trade grew in the last decade.", "last decade=~2010/2019"},
      {"en", "Trade grew over the past decade.", "past decade=~2014-06-19/2024-06-18"},
      {"en", "Trade grew over the past two decades.", "past two decades=~2004-06-19/2024-06-18"},
      // After "over"/"durante" a stretch of years from the reference.
      {"en", "Emissions will fall over the next decade.", "next decade=~2024-06-20/2034-06-19"},
      {"es", "El empleo creció durante la última década.", "ultima decada=~2014-06-19/2024-06-18"},
      {"es", "El consumo crecerá a lo largo de la próxima década.",
       "proxima decada=~2024-06-20/2034-06-19"},
  });
}

TEST(DatesRelative, CountedSpansFromTheReference) {
  testutil::ExpectDates({
      {"es", "¿Qué ocurrirá durante los 3 días siguientes?",
       "3 dias siguientes=~2024-06-20/2024-06-22"},
      {"es", "Las protestas de las 10 semanas anteriores",
       "10 semanas anteriores=~2024-04-10/2024-06-18"},
      {"es", "Las ventas de los últimos dos trimestres", "ultimos dos trimestres=~2023-10/2024-03"},
      {"en", "Sales over the last two quarters", "last two quarters=~2023-10/2024-03"},
      {"en", "Sales in the following 3 quarters", "following 3 quarters=~2024-07/2025-03"},
      {"en", "A loss over the previous three quarters", "previous three quarters=~2023-07/2024-03"},
      {"en", "What will change over the 4 upcoming years?",
       "4 upcoming years=~2024-06-20/2028-06-19"},
      {"en", "The 10 previous weeks were calm.", "10 previous weeks=~2024-04-10/2024-06-18"},
      {"en", "Rain is expected over the next fortnight.", "next fortnight=~2024-06-20/2024-07-03"},
      {"en", "Cases rose over the past fortnight.", "past fortnight=~2024-06-05/2024-06-18"},
  });
}

TEST(DatesRelative, CountedSpansOfANamedPeriod) {
  testutil::ExpectDates({
      {"es", "Hoteles llenos las primeras 3 semanas de 2025",
       "las primeras 3 semanas de 2025=2024-12-30/2025-01-19"},
      {"es", "Cifras de los últimos tres meses del año pasado",
       "los ultimos tres meses del ano pasado=~2023-10/2023-12"},
      {"es", "La feria ocupa los primeros diez días de julio",
       "los primeros diez dias de julio=~2024-07-01/2024-07-10"},
      {"en", "Hotels are full in the first 3 weeks of 2025",
       "the first 3 weeks of 2025=2024-12-30/2025-01-19"},
      {"en", "Road works fill the last 4 weeks of this year",
       "the last 4 weeks of this year=~2024-12-02/2024-12-29"},
      {"en", "They toured the first five days of last year",
       "the first five days of last year=~2023-01-01/2023-01-05"},
      {"es", "El paro subió en los tres primeros meses del año.",
       "los tres primeros meses del ano=~2024-01/2024-03"},
      {"es", "Las ventas de los dos últimos trimestres de 2023",
       "los dos ultimos trimestres de 2023=2023-07/2023-12"},
      {"en", "Output fell in the first two quarters of 2023.",
       "the first two quarters of 2023=2023-01/2023-06"},
      {"es", "Los primeros días de la guerra fueron duros.", ""},
      {"en", "The first 100 days of his term", ""},
      {"es", "Votarán el tercer mes de 2025", "el tercer mes de 2025=2025-03"},
      {"es", "El décimo mes del próximo año habrá elecciones",
       "el decimo mes del proximo ano=~2025-10"},
      {"en", "They vote the third month of 2025", "the third month of 2025=2025-03"},
      {"en", "The 10th month of next year brings elections",
       "the 10th month of next year=~2025-10"},
  });
}

TEST(DatesRelative, NthWeekOfANamedPeriod) {
  testutil::ExpectDates({
      {"en", "The strike is set for the last week of next month.",
       "the last week of next month=~2024-07-22/2024-07-28"},
      {"es", "La huelga fue la última semana del mes pasado.",
       "la ultima semana del mes pasado=~2024-05-27/2024-06-02"},
      {"en", "The summit is set for the first week of next year.",
       "the first week of next year=~2024-12-30/2025-01-05"},
      {"en", "He was named player of the week.", ""},
  });
}

TEST(DatesRelative, CompoundCounts) {
  testutil::ExpectDates({
      {"en", "The ceasefire began two weeks and two days ago.", "two weeks and two days ago=~2024-06-03"},
      {"es", "El alto el fuego empezó hace dos semanas y dos días.", "hace dos semanas y dos dias=~2024-06-03"},
      {"en", "Talks resume a year and three months from now.", "a year and three months from now=~2025-09-19"},
      {"es", "Vuelve dentro de un año y dos meses.", "dentro de un ano y dos meses=~2025-08-19"},
      // The first count belongs to "the last": two readings.
      {"en", "Talks ran for the last 4 months and 3 days ago a deal was struck.",
       "last 4 months=~2024-02-19/2024-06-18; 3 days ago=~2024-06-16"},
  });
}

TEST(DatesRelative, UnresolvedWithoutReference) {
  EXPECT_EQ(DatesOf("es", "El pleno votará la semana siguiente.", ""), "semana siguiente=~?");
  EXPECT_EQ(DatesOf("en", "The vote will be held in two weeks.", ""), "in two weeks=~?");
  EXPECT_EQ(DatesOf("en", "the next decade", ""), "next decade=~?");
}

}  // namespace
}  // namespace claimcheck

namespace claimcheck {
namespace {

// A count of weeks, months or years is read to the day it reaches, with half
// the unit either side (three days for weeks) as what the words allow; days
// are exact, and ten years or more name only a year.
TEST(DatesRelative, CountsAllowHalfTheirUnit) {
  struct {
    const char* lang;
    const char* text;
    const char* value;
    const char* loose;  // "first/last", or "" for none
  } cases[] = {
      {"en", "The two leaders met two months ago.", "2024-04-19", "2024-04-04/2024-05-04"},
      {"es", "Se reunieron hace un año.", "2023-06-19", "2022-12-19/2023-12-18"},
      {"en", "The bridge will open in two weeks.", "2024-07-03", "2024-06-30/2024-07-06"},
      {"es", "El brote empezó hace un mes y medio.", "2024-05-04", "2024-04-19/2024-05-19"},
      {"en", "They met three days ago.", "2024-06-16", ""},
      {"es", "La ciudad se fundó hace 30 años.", "1994", ""},
      // "And a half": half the unit more (half a week is three days).
      {"es", "Lo firmaron hace tres semanas y media.", "2024-05-26", "2024-05-23/2024-05-29"},
      {"en", "They signed it three and a half weeks ago.", "2024-05-26", "2024-05-23/2024-05-29"},
      {"en", "They met a year and a half ago.", "2022-12-19", "2022-06-20/2023-06-19"},
      {"en", "The talks resume two and a half months from now.", "2024-09-03", "2024-08-19/2024-09-18"},
  };
  Date ref;
  ASSERT_TRUE(Date::Parse("2024-06-19", &ref));
  for (const auto& c : cases) {
    SCOPED_TRACE(c.text);
    FoldedText f = FoldedText::Fold(c.text);
    std::vector<DateMention> ds = ExtractDates(f.str(), c.lang, &ref);
    ASSERT_EQ(ds.size(), 1u);
    EXPECT_EQ(ds[0].value.ToString(), c.value);
    EXPECT_EQ(ds[0].loose_first.valid() ? ds[0].loose_first.ToString() + "/" + ds[0].loose_last.ToString() : "",
              c.loose);
  }
}

}  // namespace
}  // namespace claimcheck
