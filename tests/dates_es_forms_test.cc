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

}  // namespace
}  // namespace claimcheck
