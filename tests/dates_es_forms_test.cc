// Spanish date forms as Spanish-language newsrooms write them: counts from a
// named day ("dos días antes de ayer"), a 29 February without a year, a weekday
// with its day in words, parts of the week, days of a relative month, feasts
// that move with Easter.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "claimcheck/dates.h"
#include "claimcheck/text.h"
#include "dates_testutil.h"

namespace claimcheck {
namespace {

using testutil::DatesOf;

// A count before "ayer", "mañana" or a date counts from that day, not from the
// reference; "dentro de" before such a count only says "in".
TEST(DatesEsForms, CountFromNamedDay) {
  testutil::ExpectDates({
      {"es", "El detenido llegó a la frontera dos días antes de ayer.",
       "dos dias antes de ayer=~2024-06-16"},
      {"es", "La tregua expira tres semanas a partir de mañana.",
       "tres semanas a partir de manana=~2024-07-11"},
      {"es", "El plan se aplicará dentro de tres semanas a partir de mañana.",
       "tres semanas a partir de manana=~2024-07-11"},
      {"es", "La obra se inaugurará dentro de dos semanas a partir del 1 de julio.",
       "dos semanas a partir del 1 de julio=~2024-07-15"},
      // Without a count, "antes de ayer" is the day before yesterday.
      {"es", "El ministro dimitió antes de ayer.", "antes de ayer=~2024-06-17"},
      {"es", "Los hechos ocurrieron días antes de ayer.", "antes de ayer=~2024-06-17"},
      // "dentro de" alone still counts from the reference.
      {"es", "Dentro de dos semanas habrá elecciones.", "dentro de dos semanas=~2024-07-03"},
  });
}

// A 29 February without a year: the latest leap year, or the next one when the
// clause looks ahead or "próximo" says so.
TEST(DatesEsForms, LeapDayWithoutYear) {
  EXPECT_EQ(DatesOf("es", "La jugadora nació un 29 de febrero.", "2026-06-19"),
            "29 de febrero=~2024-02-29");
  EXPECT_EQ(DatesOf("es", "El decreto se firmó el 29/2.", "2026-06-19"), "29/2=~2024-02-29");
  EXPECT_EQ(DatesOf("es", "La cooperativa celebrará su asamblea el 29 de febrero.", "2026-06-19"),
            "29 de febrero=~2028-02-29");
  EXPECT_EQ(DatesOf("es", "Se votará el próximo 29 de febrero.", "2026-06-19"),
            "proximo 29 de febrero=~2028-02-29");
  EXPECT_EQ(DatesOf("es", "Se votó el pasado 29 de febrero.", "2024-01-10"),
            "pasado 29 de febrero=~2020-02-29");
  EXPECT_EQ(DatesOf("en", "The deal was signed on February 29.", "2026-06-19"),
            "february 29=~2024-02-29");
}

// A weekday with its day in words: the day of that weekday nearest the
// reference, or of the month named after it.
TEST(DatesEsForms, WeekdayWithDayInWords) {
  testutil::ExpectDates({
      {"es", "El martes veinticinco hubo huelga de transporte.", "martes veinticinco=~2024-06-25"},
      {"es", "El jueves día trece se reunió el consejo.", "jueves dia trece=~2024-06-13"},
      {"es", "La marcha del martes veinticinco de junio reunió a miles.",
       "martes veinticinco de junio=~2024-06-25"},
      {"es", "El domingo treinta y uno de marzo votaron los afiliados.",
       "domingo treinta y uno de marzo=~2024-03-31"},
      {"es", "El sábado primero de junio abrió la feria.", "sabado primero de junio=~2024-06-01"},
      // A weekday that does not fall on that day is read alone.
      {"es", "El viernes veinte personas fueron detenidas.", "viernes=~2024-06-14"},
  });
}

// "a principios de semana" without a determiner is the reference's week, as
// "a finales de mes" is its month; "fines de semana" stay weekends.
TEST(DatesEsForms, PartOfTheWeekWithoutDeterminer) {
  testutil::ExpectDates({
      {"es", "A principios de semana se registraron fuertes lluvias.",
       "a principios de semana=~2024-06-17/2024-06-19"},
      {"es", "El pleno votará a mediados de semana.", "a mediados de semana=~2024-06-18/2024-06-20"},
      {"es", "La ministra viajará a finales de semana.", "a finales de semana=~2024-06-20/2024-06-23"},
      {"es", "Los fines de semana abre el mercado.", ""},
  });
}

// A day of a month named relative to the reference's: "el 12 de este mes",
// "el 21 del próximo mes", "el quince del mes pasado".
TEST(DatesEsForms, DayOfRelativeMonth) {
  testutil::ExpectDates({
      {"es", "El juicio arrancó el 12 de este mes.", "12 de este mes=~2024-06-12"},
      {"es", "La final se jugará el 21 del próximo mes.", "21 del proximo mes=~2024-07-21"},
      {"es", "La huelga empezó alrededor del 5 del mes pasado.", "5 del mes pasado=~2024-05-05"},
      {"es", "Las obras terminarán el quince del mes que viene.", "quince del mes que viene=~2024-07-15"},
      {"es", "El plazo vence el 30 del mes en curso.", "30 del mes en curso=~2024-06-30"},
      // No such day in June: only the month is read.
      {"es", "el 31 de este mes", "este mes=~2024-06"},
  });
}

// Holy Week and the feasts counted from Easter; a feast's year named relative
// to the reference's. Read on 2024-06-19 (Easter 2024: 31 March; 2025: 20 April).
TEST(DatesEsForms, FeastsOfEasterAndRelativeYear) {
  testutil::ExpectDates({
      {"es", "El Jueves Santo hubo procesiones en toda la ciudad.", "jueves santo=~2024-03-28"},
      {"es", "La campaña arrancó el Miércoles de Ceniza.", "miercoles de ceniza=~2024-02-14"},
      {"es", "El Domingo de Ramos de 2023 llovió.", "domingo de ramos de 2023=2023-04-02"},
      {"es", "La romería se celebra en Pentecostés.", "pentecostes=~2024-05-19"},
      {"es", "El cementerio abrió el Día de Todos los Santos.", "dia de todos los santos=~2024-11-01"},
      {"es", "Rezaron por todos los santos del pueblo.", ""},
      {"es", "En Semana Santa hubo 30 muertos en las carreteras.", "semana santa=~2024-03-24/2024-03-31"},
      {"es", "La próxima Semana Santa habrá huelga de controladores.",
       "proxima semana santa=~2025-04-13/2025-04-20"},
      {"es", "La Semana Santa de 2025 será tardía.", "semana santa de 2025=2025-04-13/2025-04-20"},
      {"es", "La Navidad del año pasado fue austera.", "navidad del ano pasado=~2023-12-25"},
      // Right after the feast "el año pasado" says which one.
      {"es", "Celebraron la Navidad el año pasado en la playa.", "navidad el ano pasado=~2023-12-25"},
      {"es", "El Viernes Santo de este año cayó en marzo.",
       "viernes santo de este ano=~2024-03-29; marzo=~2024-03"},
      {"es", "La Semana Santa del año que viene.", "semana santa del ano que viene=~2025-04-13/2025-04-20"},
      // A count from a feast of Holy Week.
      {"es", "Dos días después del Jueves Santo se reabrió el templo.",
       "dos dias despues del jueves santo=~2024-03-30"},
  });
}

// A count forward after a future verb and its object is a date ("presentará
// su plan en dos semanas"); after a past verb, or with a superlative between,
// it stays how long.
TEST(DatesEsForms, CountForwardAfterVerbAndObject) {
  testutil::ExpectDates({
      {"es", "El Gobierno presentará su plan en dos semanas.", "en dos semanas=~2024-07-03"},
      {"es", "Tendremos una reunión en 2 semanas, dijo el portavoz.", "en 2 semanas=~2024-07-03"},
      {"es", "El banco anunciará una subida en un mes.", "en un mes=~2024-07-19"},
      {"es", "Celebró una reunión en dos semanas.", ""},
      {"es", "La economía registrará la tasa más baja en tres años.", ""},
      {"es", "Registrará su peor dato en diez años.", ""},
      // A request looks ahead as a future does; not past the sentence's end.
      {"es", "Por favor, envíen las alegaciones en dos semanas.", "en dos semanas=~2024-07-03"},
      {"es", "Por favor. Los precios se duplicaron en dos años.", ""},
      {"en", "Please send your comments in two weeks.", "in two weeks=~2024-07-03"},
      {"en", "Please note that prices doubled in two years.", ""},
  });
}

// A day and a month abbreviation without its dot opening a sentence, a line or
// what follows a colon, or before an agency in brackets, is a date; after a
// preposition "mar" may be the sea.
TEST(DatesEsForms, DayAndBareAbbreviationOpeningAClause) {
  testutil::ExpectDates({
      {"es", "Agenda: 30 dic reunión del patronato.", "30 dic=~2024-12-30"},
      // Told in the past ("aprobó", "fue"), after the reference (19 June 2024):
      // last year's (these were this year's before days in a past clause were
      // read so).
      {"es", "BOGOTÁ, 6 jul (EFE) El Congreso aprobó la reforma.", "6 jul=~2023-07-06"},
      {"es", "Cerró el ejercicio. 5 oct fue su último día.", "5 oct=~2023-10-05"},
      {"es", "El pesquero faenaba a 3 mar adentro.", ""},
      {"es", "Quedaban 12 mar y tierra por recorrer.", ""},
  });
}

// A count in several parts before a named day shifts it by every part.
TEST(DatesEsForms, CompoundCountFromNamedDay) {
  testutil::ExpectDates({
      {"es", "El cadáver apareció dos semanas y tres días antes de hoy.",
       "dos semanas y tres dias antes de hoy=~2024-06-02"},
      {"es", "La ley entró en vigor un mes y tres días después del 3 de junio.",
       "un mes y tres dias despues del 3 de junio=~2024-07-06"},
      {"en", "The ship sank two weeks and two days before June 10.",
       "two weeks and two days before june 10=~2024-05-25"},
      {"es", "Ocurrió tres días antes de hoy.", "tres dias antes de hoy=~2024-06-16"},
  });
}

// "y después", "o antes" after a date leave it open only when they end the
// phrase; before "de", "que" or an article they open another time.
TEST(DatesEsForms, AndAfterOpensAnotherTime) {
  testutil::ExpectDates({
      {"es", "Solo podrá declarar el 3/7/2024 y después de las 6 de la tarde.", "3/7/2024=2024-07-03"},
      {"es", "Se aplicará a los contratos del 3 de julio de 2024 o después.",
       "3 de julio de 2024 o despues=2024-07-03/"},
      {"en", "Filed on July 3, 2024 and after the hearing.", "july 3, 2024=2024-07-03"},
  });
}

// "y medio" adds half the unit: "hace dos años y medio" is thirty months back,
// "el último año y medio" the last eighteen months.
TEST(DatesEsForms, AndAHalf) {
  testutil::ExpectDates({
      {"es", "La empresa quebró hace dos años y medio.", "hace dos anos y medio=~2021-12-19"},
      {"es", "Dentro de año y medio habrá elecciones.", "dentro de ano y medio=~2025-12-19"},
      {"es", "El brote empezó hace un mes y medio.", "hace un mes y medio=~2024-05-04"},
      {"es", "El paro bajó en los últimos dos años y medio.",
       "ultimos dos anos y medio=~2021-12-19/2024-06-18"},
      {"es", "Ha ganado tres títulos en el último año y medio.",
       "ultimo ano y medio=~2022-12-19/2024-06-18"},
      {"es", "Los precios subieron en los dos años y medio pasados.",
       "dos anos y medio pasados=~2021-12-19/2024-06-18"},
  });
}

// A headline or list item drops the article before a quarter or half: opening
// a sentence or a line, "2.º semestre" reads as "el 2.º semestre"; inside a
// clause the article is still required ("cursa primer semestre").
TEST(DatesEsForms, QuarterWithoutArticleOpeningAHeadline) {
  testutil::ExpectDates({
      {"es", "2.º semestre: la banca prevé más morosidad.", "2.o semestre=~2024-07/2024-12"},
      {"es", "Primer trimestre: el PIB crece un 0,8 %.", "primer trimestre=~2024-01/2024-03"},
      {"es", "Cuarto trimestre traerá recortes.", "cuarto trimestre=~2024-10/2024-12"},
      {"es", "Ella cursa primer semestre de medicina.", ""},
  });
}

// "1.er", "3.er" are the RAE's abbreviations of "primer", "tercer": the quarter
// or half they rank is read as with "3.º" or "tercer".
TEST(DatesEsForms, QuarterRankedWithDotEr) {
  testutil::ExpectDates({
      {"es", "La facturación cayó en el 3.er trimestre de 2023.", "el 3.er trimestre de 2023=2023-07/2023-09"},
      {"es", "El 1.er semestre del año pasado fue peor.", "el 1.er semestre del ano pasado=~2023-01/2023-06"},
      {"es", "El paro bajó en el 1.er trimestre.", "el 1.er trimestre=~2024-01/2024-03"},
  });
}

// After a preposition, "los" and a round tens number name a decade without
// "años" ("en los noventa", "desde los 80"); before a noun or as part of a larger
// number they count things.
TEST(DatesEsForms, DecadeWithoutAnos) {
  testutil::ExpectDates({
      {"es", "En los noventa la banca creció sin freno.", "los noventa=1990/1999"},
      {"es", "El barrio no cambiaba desde los 80.", "desde los 80=1980/"},
      {"es", "Fue una estrella de los sesenta, cuando nadie lo esperaba.", "los sesenta=1960/1969"},
      {"es", "Votaron en contra de los noventa diputados.", ""},
      {"es", "Se jugaron en los noventa minutos del partido.", ""},
      {"es", "Repartió el premio entre los noventa y cinco socios.", ""},
  });
}

// "El fin de semana" with only its article is the nearest weekend the clause
// looks to, as a bare weekday is: the one just gone in news of what happened,
// the coming one in a clause about the future; on a Saturday or Sunday, that
// weekend. "Este fin de semana" stays the weekend of the reference's week.
TEST(DatesEsForms, BareWeekendIsTheNearest) {
  testutil::ExpectDates({
      {"es", "Las milicias atacaron la ciudad durante el fin de semana.", "el fin de semana=~2024-06-15/2024-06-16"},
      {"es", "El ministro viajará a Bruselas el fin de semana.", "el fin de semana=~2024-06-22/2024-06-23"},
      {"es", "La ofensiva empezará este fin de semana.", "este fin de semana=~2024-06-22/2024-06-23"},
      {"es", "Hubo protestas el fin de semana pasado.", "el fin de semana pasado=~2024-06-15/2024-06-16"},
  });
  EXPECT_EQ(testutil::DatesOf("es", "Los rebeldes tomaron el puerto el fin de semana.", "2024-06-23"),
            "el fin de semana=~2024-06-22/2024-06-23");
}

// "El fin de semana del 8 de junio", "the weekend of June 12": the Saturday and
// Sunday of the day's Monday-to-Sunday week; "el fin de semana" is no weekend
// of its own there (it was read as the nearest one, beside the day).
TEST(DatesEsForms, WeekendOfADay) {
  testutil::ExpectDates({
      {"es", "Hubo protestas el fin de semana del 8 de junio.", "el fin de semana del 8 de junio=~2024-06-08/2024-06-09"},
      {"es", "Hubo protestas el fin de semana del 9 de junio.", "el fin de semana del 9 de junio=~2024-06-08/2024-06-09"},
      {"es", "Hubo protestas el fin de semana del 12 de junio.",
       "el fin de semana del 12 de junio=~2024-06-15/2024-06-16"},
      {"en", "Protests were held over the weekend of June 8.", "the weekend of june 8=~2024-06-08/2024-06-09"},
  });
}

// A month or a day followed by a year named relative to the reference ("del año
// pasado", "de este año", "last year") is of that year: "en marzo del año
// pasado" was read as the latest March up to the reference.
TEST(DatesEsForms, MonthOfARelativeYear) {
  testutil::ExpectDates({
      {"es", "La cumbre se celebró en marzo del año pasado.", "marzo del ano pasado=~2023-03"},
      {"es", "Firmaron el 5 de marzo del año pasado.", "5 de marzo del ano pasado=~2023-03-05"},
      {"es", "Habrá elecciones en septiembre de este año.", "septiembre de este ano=~2024-09"},
      {"es", "La ley entrará en vigor en junio del próximo año.", "junio del proximo ano=~2025-06"},
      {"es", "Se negoció a finales de marzo del año pasado.", "a finales de marzo del ano pasado=~2023-03-16/2023-03-31"},
      {"es", "La huelga fue del 3 al 5 de marzo del año pasado.", "del 3 al 5 de marzo del ano pasado=~2023-03-03/2023-03-05"},
      {"en", "The summit was held in March last year.", "march last year=~2023-03"},
      {"en", "They signed on March 5 last year.", "march 5 last year=~2023-03-05"},
      {"en", "Elections are due in September of this year.", "september of this year=~2024-09"},
      // A period word is no month name: two mentions.
      {"es", "Subió el mes pasado, este año.", "mes pasado=~2024-05; este ano=~2024"},
  });
}

// A part of a month without its year in a clause about the future, once this
// year's has passed, is next year's, as a day without its year is.
TEST(DatesEsForms, PartOfAMonthInAFutureClause) {
  EXPECT_EQ(DatesOf("es", "El juicio se celebrará a mediados de mayo.", "2024-11-19"),
            "a mediados de mayo=~2025-05-10/2025-05-20");
  EXPECT_EQ(DatesOf("es", "El juicio se celebró a mediados de mayo.", "2024-11-19"),
            "a mediados de mayo=~2024-05-10/2024-05-20");
  EXPECT_EQ(DatesOf("en", "The deal will be signed in early May.", "2024-11-19"), "early may=~2025-05-01/2025-05-15");
  // Not yet over: this year's.
  EXPECT_EQ(DatesOf("es", "El juicio se celebrará a finales de diciembre.", "2024-11-19"),
            "a finales de diciembre=~2024-12-16/2024-12-31");
  // A part of the year or the month without "este"/"this": the same.
  EXPECT_EQ(DatesOf("es", "Firmarán el acuerdo a principios de año.", "2024-11-19"),
            "a principios de ano=~2025-01/2025-04");
  EXPECT_EQ(DatesOf("es", "Firmaron el acuerdo a principios de año.", "2024-11-19"),
            "a principios de ano=~2024-01/2024-04");
  EXPECT_EQ(DatesOf("es", "Firmarán el acuerdo a principios de este año.", "2024-11-19"),
            "a principios de este ano=~2024-01/2024-04");
  EXPECT_EQ(DatesOf("es", "Pagarán las pensiones a principios de mes.", "2024-11-19"),
            "a principios de mes=~2024-12-01/2024-12-15");
  EXPECT_EQ(DatesOf("en", "The deal will be signed at the start of the year.", "2024-11-19"),
            "the start of the year=~2025-01/2025-04");
  EXPECT_EQ(DatesOf("en", "The deal will be signed at the end of the year.", "2024-11-19"),
            "the end of the year=~2024-09/2024-12");
}

}  // namespace
}  // namespace claimcheck
