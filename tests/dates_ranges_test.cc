// Ranges and open ranges as news copy writes them: bounds with "anterior a" and
// "con posterioridad a", a month of this year opening a range, a month opening a
// range that ends on a full date, "starting"/"comenzando" a date, a month with a
// span of days, the end of a range bound to its start's year, quarters joined
// into a range, "until the current date".
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "claimcheck/dates.h"
#include "claimcheck/text.h"
#include "dates_testutil.h"

namespace claimcheck {
namespace {

using testutil::DatesOf;

// "Anterior a"/"posterior a" and "con anterioridad a"/"con posterioridad a"
// bound a year or a day as "antes de"/"después de" do, the date itself
// excluded; "de" after them too, unless the adjective qualifies a noun.
TEST(DatesRanges, SpanishAnteriorPosterior) {
  testutil::ExpectDates({
      {"es", "Los contratos firmados con anterioridad a 2019 seguirán vigentes.",
       "con anterioridad a 2019=/2018"},
      {"es", "Las denuncias posteriores a 2018 no se investigaron.", "posteriores a 2018=2019/"},
      {"es", "Solo votaron los inscritos en fechas anteriores al 1 de mayo.",
       "anteriores al 1 de mayo=~/2024-04-30"},
      {"es", "La huelga no afecta a los vuelos con posterioridad al 3 de marzo.",
       "con posterioridad al 3 de marzo=~2024-03-04/"},
      // "de" in place of "a", as speakers say it.
      {"es", "El tratado podría ratificarse en 2022 o posterior de 2023.",
       "2022=2022; posterior de 2023=2024/"},
      {"es", "Las cuentas presentadas con anterioridad del 1 de abril quedan exentas.",
       "con anterioridad del 1 de abril=~/2024-03-31"},
      // After a noun with its determiner the adjective qualifies the noun: the
      // previous law, of 2015.
      {"es", "La ley anterior de 2015 fue derogada.", "2015=2015"},
  });
}

}  // namespace
}  // namespace claimcheck
