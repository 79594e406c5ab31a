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

// "Este mayo", "this May" are the month of the reference's year, not the latest
// May up to it; opening a range, the start keeps that year though the end
// carries another.
TEST(DatesRanges, ThisMonth) {
  testutil::ExpectDates({
      {"es", "El Parlamento votará el tratado este octubre.", "este octubre=~2024-10"},
      {"en", "The summit will be held in Lima this May.", "this may=~2024-05"},
      {"en", "This March's strike closed the ports.", "this march=~2024-03"},
      // "this may" before a verb is the modal.
      {"en", "This may delay the election.", ""},
      {"es", "La moratoria regirá de este mayo a octubre de 2026.",
       "de este mayo a octubre de 2026=~2024-05/2026-10"},
      {"en", "The ban on exports runs from this May to Oct 2026.",
       "from this may to oct 2026=~2024-05/2026-10"},
      {"es", "La tregua durará de este noviembre a febrero.", "de este noviembre a febrero=~2024-11/2025-02"},
      // Without "este" the end's year binds both.
      {"es", "La moratoria regirá de mayo a octubre de 2026.", "de mayo a octubre de 2026=2026-05/2026-10"},
  });
}

// A bare month opening a range that ends on a day is the latest such month
// before that day, whatever the reference; in Spanish "de"/"entre" before the
// month need that day with its month, since "de mayo a las nueve" is an hour.
TEST(DatesRanges, MonthToDay) {
  testutil::ExpectDates({
      {"es", "Las negociaciones irán de noviembre al 5 de febrero de 2025.",
       "de noviembre al 5 de febrero de 2025=2024-11/2025-02-05"},
      {"es", "La huelga de estibadores duró desde noviembre hasta el 5 de febrero de 2023.",
       "desde noviembre hasta el 5 de febrero de 2023=2022-11/2023-02-05"},
      {"es", "La consulta estará abierta entre octubre y el 3 de marzo de 2025.",
       "entre octubre y el 3 de marzo de 2025=2024-10/2025-03-03"},
      {"en", "The talks will run from November to February 5, 2025.",
       "from november to february 5, 2025=2024-11/2025-02-05"},
      {"en", "The strike lasted Nov-Feb 5, 2023.", "nov-feb 5, 2023=2022-11/2023-02-05"},
      // No day after the month: an hour.
      {"es", "El colegio electoral abre de mayo a las nueve.", ""},
      // A count after the second month is no day: the months stay a range.
      {"en", "From January to March 15 firms closed.", "from january to march=~2024-01/2024-03"},
  });
}

// A day without a year ending a range is the first such day on or after the
// start: read alone, "el próximo domingo 19/06" on 19 June is next year's.
TEST(DatesRanges, EndBindsToStartYear) {
  testutil::ExpectDates({
      {"es", "La feria irá desde este viernes 14/06 hasta el próximo domingo 19/06.",
       "desde este viernes 14/06 hasta el proximo domingo 19/06=~2024-06-14/2024-06-19"},
      {"en", "The fair runs from this friday 6/14 to next sunday 6/19.",
       "from this friday 6/14 to next sunday 6/19=~2024-06-14/2024-06-19"},
      {"es", "La obra se ejecutó desde el 1 de marzo de 2023 hasta el 5 de abril.",
       "desde el 1 de marzo de 2023 hasta el 5 de abril=2023-03-01/2023-04-05"},
      // Alone, the next such day after the reference; ahead it is this year's.
      {"en", "The vote is due next sunday 6/19.", "next sunday 6/19=~2025-06-19"},
      {"en", "The vote is due next friday 7/12.", "next friday 7/12=~2024-07-12"},
  });
}

// "Comenzando"/"empezando el 7 de enero", "starting (on)"/"beginning January 7"
// open a range at the date, as "a partir del 7 de enero" does.
TEST(DatesRanges, StartingDate) {
  testutil::ExpectDates({
      {"es", "Los controladores hicieron paros comenzando el 7 de enero.",
       "comenzando el 7 de enero=~2024-01-07/"},
      {"es", "El nuevo arancel se aplicará empezando el 7 de enero.", "empezando el 7 de enero=~2025-01-07/"},
      {"es", "La veda rige a partir del 7 de enero.", "a partir del 7 de enero=~2024-01-07/"},
      {"en", "The new tariff applies starting January 7.", "starting january 7=~2024-01-07/"},
      {"en", "Fares will rise starting on January 7.", "starting on january 7=~2025-01-07/"},
      {"en", "Fares rose beginning January 7.", "beginning january 7=~2024-01-07/"},
      // With a count after "durante", the stretch from the date.
      {"es", "Habrá cortes de agua durante tres días comenzando el lunes.",
       "tres dias comenzando el lunes=~2024-06-24/2024-06-26"},
  });
}

// "Until (the) current date", "hasta la fecha actual" end at the reference day,
// as "to date" and "hasta la fecha" do: alone or after a range's start.
TEST(DatesRanges, CurrentDate) {
  testutil::ExpectDates({
      {"es", "La inflación acumulada desde 2010 hasta la fecha actual supera el 80 %.",
       "desde 2010 hasta la fecha actual=~2010/2024-06-19"},
      {"es", "No se han registrado incidentes hasta la fecha actual.", "hasta la fecha actual=~/2024-06-19"},
      {"en", "Tax receipts from 2010 till current date were audited.",
       "from 2010 till current date=~2010/2024-06-19"},
      {"en", "No ceasefire has held until the current date.", "until the current date=~/2024-06-19"},
      // "Up to date" is "current", no date.
      {"en", "The voter rolls are up to date.", ""},
  });
}

// Quarters join into a range as any two periods do, with "of" between the
// quarter and its year too ("Q1 of 2017").
TEST(DatesRanges, Quarters) {
  testutil::ExpectDates({
      {"en", "Exports fell in Q1 of 2017.", "q1 of 2017=2017-01/2017-03"},
      {"en", "Exports fell from Q1 of 2017 to Q3 of 2018.", "from q1 of 2017 to q3 of 2018=2017-01/2018-09"},
      {"en", "Exports fell Q1 of 2017 - Q3 of 2018.", "q1 of 2017 - q3 of 2018=2017-01/2018-09"},
      {"es", "El paro bajó del primer trimestre de 2017 al tercer trimestre de 2018.",
       "del primer trimestre de 2017 al tercer trimestre de 2018=2017-01/2018-09"},
  });
}

// A month before a span of days ("noviembre 19-20"), as Latin American copy
// writes it and English does; a count after it stays a number range.
TEST(DatesRanges, MonthThenDays) {
  testutil::ExpectDates({
      {"es", "La cumbre de cancilleres será noviembre 19-20.", "noviembre 19-20=~2024-11-19/2024-11-20"},
      {"es", "La cumbre de cancilleres será noviembre 19 a 20.", "noviembre 19 a 20=~2024-11-19/2024-11-20"},
      {"es", "El paro fue marzo 4 al 6 de 2023.", "marzo 4 al 6 de 2023=2023-03-04/2023-03-06"},
      {"en", "Foreign ministers meet November 19-20.", "november 19-20=~2024-11-19/2024-11-20"},
      {"es", "En noviembre 19 a 20 personas perdieron su empleo.",
       "noviembre=~2023-11"},
  });
}

}  // namespace
}  // namespace claimcheck
