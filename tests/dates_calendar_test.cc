// Calendar forms of the date extractor: numeric days and months without a
// year, a day of the month alone, a weekday with its day, years in words, bare
// months and listed years, holidays with a year. Each form is tested with the
// readings it must leave alone (fractions, scores, counts, ranks).
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "claimcheck/dates.h"
#include "claimcheck/text.h"
#include "dates_testutil.h"

namespace claimcheck {
namespace {

using testutil::DatesOf;

TEST(DatesCalendar, NumericDayMonthWithContext) {
  testutil::ExpectDates({
      {"es", "La cumbre se celebrará el 14/3.", "14/3=~2025-03-14"},  // future: the next one
      {"es", "El acuerdo entra en vigor el 2/9 y vence el 27/9.", "2/9=~2024-09-02; 27/9=~2024-09-27"},
      {"es", "La consulta será este 3/08.", "este 3/08=~2024-08-03"},
      {"es", "La huelga se repetirá el próximo 3/02.", "proximo 3/02=~2025-02-03"},
      {"en", "The board meets on 12/21, 12/23 or 12/28.",
       "12/21=~2024-12-21; 12/23=~2024-12-23; 12/28=~2024-12-28"},
      {"en", "Talks resume on 3/14.", "3/14=~2024-03-14"},
      // With a weekday, the year in which the day falls on it.
      {"en", "The vote was on Thursday 8/3.", "thursday 8/3=~2023-08-03"},
  });
}

TEST(DatesCalendar, NumericPairsThatAreNoDate) {
  testutil::ExpectDates({
      {"es", "El 3/4 de los votantes apoyó la huelga.", ""},
      {"es", "La farmacia abre 24/7.", ""},
      {"es", "El equipo ganó 3-1.", ""},
      {"es", "Subió 1/2 punto.", ""},
      {"es", "El 2/3 restante votó en contra.", ""},
      {"es", "En junio 2000 personas marcharon.", "junio=~2024-06"},
      {"en", "The June 2020 summit failed.", "june 2020=2020-06"},
      {"es", "La casa de apuestas lo paga 20/1.", ""},
      {"es", "El plazo vence 15/3.", ""},
      {"en", "Voters rejected 1/2 of the measures.", ""},
      {"en", "The clinic is open 24/7.", ""},
      {"en", "Support rose from 1/4 to 1/3 of voters.", ""},
      {"en", "The score was 3/4 at halftime.", ""},
      // A bare 11 September names the attacks of 2001.
      {"en", "Airport security changed after 9/11.", ""},
      {"es", "La seguridad cambió tras el 11/9.", ""},
  });
}

TEST(DatesCalendar, NumericRanges) {
  testutil::ExpectDates({
      {"es", "La huelga irá de 3/9 a 14/6.", "de 3/9 a 14/6=~2024-09-03/2025-06-14"},
      {"es", "La tregua rige entre 3/9 y 6/12.", "entre 3/9 y 6/12=~2024-09-03/2024-12-06"},
      {"es", "La tregua rige 27/2-2/3.", "27/2-2/3=~2024-02-27/2024-03-02"},
      {"es", "El plazo fue 9/3-12/6/2015.", "9/3-12/6/2015=2015-03-09/2015-06-12"},
      {"es", "Las vacaciones son de 3-9-2015-8-9-2015.", "de 3-9-2015-8-9-2015=2015-09-03/2015-09-08"},
      {"en", "The strike runs from 9/3 to 12/6.", "from 9/3 to 12/6=~2024-09-03/2024-12-06"},
      {"en", "Voting is between 9/3-12/6.", "between 9/3-12/6=~2024-09-03/2024-12-06"},
      {"en", "The treaty covers 9/3-12/6/2015.", "9/3-12/6/2015=2015-09-03/2015-12-06"},
      {"en", "Early voting runs 4/2-4/9, 2013.", "4/2-4/9, 2013=2013-04-02/2013-04-09"},
      // Two fractions joined by a hyphen stay fractions.
      {"en", "Shares moved 1/2-3/4 of a point.", ""},
  });
}

TEST(DatesCalendar, NamedMonthJoinedToDigits) {
  testutil::ExpectDates({
      {"es", "La votación es el 4-feb.", "4-feb=~2024-02-04"},
      {"es", "¿Dónde estabas entre 21-ago y 2-oct?", "entre 21-ago y 2-oct=~2024-08-21/2024-10-02"},
      {"es", "Firmaron el 5/sep/2019 y el 2019/sep/5.", "5/sep/2019=2019-09-05; 2019/sep/5=2019-09-05"},
      {"es", "El pacto se firmó el 4 de 6 de 1982.", "4 de 6 de 1982=1982-06-04"},
      {"es", "La factura es del 23 del 10.", "23 del 10=~2024-10-23"},
      {"en", "The vote is on Nov/5.", "nov/5=~2024-11-05"},
      {"en", "The fund closed its books Aug17, 2003.", "aug17, 2003=2003-08-17"},
      {"en", "They met on March, 3rd.", "march, 3rd=~2024-03-03"},
      {"en", "In March, 15 people died.", "march=~2024-03"},
      // Told in the past, after the reference (19 June 2024): last year's
      // (these were this year's before days in a past clause were read so).
      {"en", "The truce held until third of Sept.", "until third of sept=~/2023-09-03"},
      {"en", "The ceasefire began on the 3 of Dec and held.", "3 of dec=~2023-12-03"},
      {"es", "La cumbre será el martes 8 oct en Lima.", "martes 8 oct=~2024-10-08"},
      {"es", "La reunión fue a 3 mar adentro.", ""},
      {"en", "The board meets on 17 feb.", "17 feb=~2024-02-17"},
      {"es", "Negociaron entre 9 abr y 3 may.", "entre 9 abr y 3 may=~2024-04-09/2024-05-03"},
      {"es", "La ley se aprobó el 1er de marzo.", "1er de marzo=~2024-03-01"},
      // A year after "en"/"in" is the day's.
      {"en", "The talks end on 11 May in 2011.", "11 may in 2011=2011-05-11"},
      {"es", "La cumbre fue de 7 a 9 de mayo en 2013.", "de 7 a 9 de mayo en 2013=2013-05-07/2013-05-09"},
      {"es", "Las ventas cayeron de mayo a agosto en 2012.", "de mayo a agosto en 2012=2012-05/2012-08"},
      // A number after a currency sign is an amount.
      {"en", "The tickets sold for $40 March 5.", "march 5=~2024-03-05"},
      {"en", "The talks ran Oct 27-Dec 2, 2011.", "oct 27-dec 2, 2011=2011-10-27/2011-12-02"},
      {"en", "The talks ran Dec 18-Jan 9, 2015.", "dec 18-jan 9, 2015=2014-12-18/2015-01-09"},
  });
}

TEST(DatesCalendar, DayOfTheMonthAlone) {
  testutil::ExpectDates({
      {"es", "La votación será el día 23.", "el dia 23=~2024-06-23"},
      {"es", "El pleno se reúne el día veintiséis.", "el dia veintiseis=~2024-06-26"},
      {"es", "La cumbre será el día 12 de este mes.", "el dia 12 de este mes=~2024-06-12"},
      {"es", "El pago llega el día 5 del próximo mes.", "el dia 5 del proximo mes=~2024-07-05"},
      {"es", "La votación será la semana del 9.º.", "semana del 9.o=~2024-06-03/2024-06-09"},
      {"es", "Quedó en el 4.º puesto.", ""},
      {"es", "La atleta quedó el 5.º.", ""},
      {"en", "The vote is on the 23rd.", "the 23rd=~2024-06-23"},
      {"en", "Payment is due by the 6th, and talks resume on 27th.", "by the 6th=~/2024-06-06; 27th=~2024-06-27"},
      {"en", "They meet on the 10th day of next month.", "the 10th day of next month=~2024-07-10"},
      {"en", "The recount is set for the week of the 23rd.", "the week of the 23rd=~2024-06-17/2024-06-23"},
      {"en", "She was the winner of the 17th.", ""},
      {"en", "The deadline is the twenty sixth day of March.", "the twenty sixth day of march=~2024-03-26"},
      {"en", "He birdied on the 17th hole.", ""},
      {"en", "The talks collapsed on the 5th day.", ""},
      {"en", "Support fell after the 2nd round of voting.", ""},
      {"en", "Turnout peaked around the 12th.", ""},
      {"en", "Pensions are paid on the 1st of every month.", ""},
      {"es", "Las pensiones se pagan el día 1 de cada mes.", ""},
  });
}

TEST(DatesCalendar, WeekdayWithItsDay) {
  testutil::ExpectDates({
      // The nearest month in which that day falls on that weekday.
      {"es", "La huelga empezó el sábado 31.", "sabado 31=~2024-08-31"},
      {"en", "Polls open Saturday 31.", "saturday 31=~2024-08-31"},
      {"en", "The hearing is Fri 13th.", "fri 13th=~2024-09-13"},
      // With a month, the year in which the weekday fits.
      {"es", "Las elecciones fueron el martes 9 de mayo.", "martes 9 de mayo=~2023-05-09"},
      {"en", "The talks opened Tuesday, May 9.", "tuesday, may 9=~2023-05-09"},
      // A number that counts, or an hour: only this month and its neighbours.
      {"es", "El martes 20 personas fueron detenidas.", "martes=~2024-06-18"},
      {"en", "Polls open Saturday 10 a.m.", "saturday=~2024-06-15"},
      {"es", "El pleno es el sábado 10 a las 9.", "sabado 10=~2024-08-10"},
  });
}

TEST(DatesCalendar, YearsInWords) {
  testutil::ExpectDates({
      {"es", "El tratado se firmó el once de mayo de dos mil nueve.", "once de mayo de dos mil nueve=2009-05-11"},
      {"es", "Nació el veintidós de marzo de mil novecientos setenta y cuatro.",
       "veintidos de marzo de mil novecientos setenta y cuatro=1974-03-22"},
      {"es", "La ley entró en vigor en abril de dos mil siete.", "abril de dos mil siete=2007-04"},
      {"es", "El censo se hizo en dos mil once.", "dos mil once=2011"},
      {"en", "He was born on March twenty two nineteen sixty eight.",
       "march twenty two nineteen sixty eight=1968-03-22"},
      {"en", "The mill opened twelve May eighteen hundred forty one.",
       "twelve may eighteen hundred forty one=1841-05-12"},
      {"en", "They arrived in nineteen seventy four and left in two thousand and nine.",
       "nineteen seventy four=1974; two thousand and nine=2009"},
      {"en", "The summit was in July two thousand and eleven.", "july two thousand and eleven=2011-07"},
      // Counts stay counts.
      {"es", "Hubo protestas en dos mil quinientos municipios.", ""},
      {"es", "El rango va desde mil hasta mil ochocientos.", ""},
      {"en", "In June twenty people died.", "june=~2024-06"},
      {"en", "In October two thousand people marched.", "october=~2023-10"},
      {"en", "Aid reached two thousand homes in two thousand villages.", ""},
  });
}

TEST(DatesCalendar, BareMonthsAndListedYears) {
  testutil::ExpectDates({
      // The latest such month up to the reference's.
      {"es", "Las ventas cayeron en enero, abril y octubre.", "enero=~2024-01; abril=~2024-04; octubre=~2023-10"},
      {"es", "Las ventas cayeron en enero y abril de 2013.", "enero=2013-01; abril de 2013=2013-04"},
      {"en", "The leaders met in September.", "september=~2023-09"},
      // In a clause about the future, the first such month from the reference's
      // on (the reference is 19 June 2024).
      {"en", "The leaders will meet in September.", "september=~2024-09"},
      {"en", "The treaty will take effect in June or in January.", "june=~2024-06; january=~2025-01"},
      {"es", "La cumbre se celebrará en enero y octubre.", "enero=~2025-01; octubre=~2024-10"},
      {"es", "La ley se aplicará a partir de marzo.", "a partir de marzo=~2025-03/"},
      {"es", "Putin dijo en marzo que viajará a Pyongyang.", "marzo=~2024-03"},
      {"en", "The party has been in opposition since March.", "since march=~2024-03/"},
      {"es", "La tregua se rompió después de ene.", "despues de ene=~2024-02/"},
      {"es", "El barco se perdió en mar abierto.", ""},
      {"en", "A vote is expected in May's cabinet.", ""},
      // After "from": the month, a list of months, or the start of a range;
      // "May" and "March" are left there (a letter from May, from March to…).
      {"en", "The new tariffs will apply from October.", "october=~2024-10"},
      {"en", "Exports rose from September and October.", "september=~2023-09; october=~2023-10"},
      {"en", "Exports rose from September to November.", "from september to november=~2023-09/2023-11"},
      {"en", "Exports rose between September and November.", "between september and november=~2023-09/2023-11"},
      {"en", "He read out a letter from May.", ""},
      // A range of months without its year is the reference's year's, the year
      // before told in the past, the next in the future once it is over.
      {"es", "Las exportaciones crecieron de septiembre a noviembre.", "de septiembre a noviembre=~2023-09/2023-11"},
      {"en", "The talks will run from January to March.", "from january to march=~2025-01/2025-03"},
      {"en", "The talks will run from July to September.", "from july to september=~2024-07/2024-09"},
      {"en", "Talks run from September to November.", "from september to november=~2024-09/2024-11"},
      {"es", "Las exportaciones crecieron de enero a marzo.", "de enero a marzo=~2024-01/2024-03"},
      {"es", "Se votó en 2003 y 2006.", "2003=2003; 2006=2006"},
      {"en", "Sales fell in 2011 and 2014.", "2011=2011; 2014=2014"},
      {"es", "Llegaron 2000 soldados y 3000 policías.", ""},
      // Alone at the end of a clause, such a number is a year (a caption, a
      // table's cell), unless a word before it counts.
      {"es", "Foto de archivo de Kim en Vladivostok, 2019.", "2019=2019"},
      {"en", "Putin and Kim in Vladivostok (2019)", "2019=2019"},
      {"en", "Putin met Kim in 2019 but not 2023.", "2019=2019; 2023=2023"},
      {"en", "The number of deserters rose to 2019.", ""},
      {"es", "Los soldados enviados fueron 2000.", ""},
      {"es", "La cifra ronda los 1950.", ""},
      // A year after "from" ends its clause or lists another; a four-digit
      // number that opens a range of numbers is no year.
      {"en", "The figures date from 2014.", "2014=2014"},
      {"en", "It cites a report from 2014, now withdrawn.", "2014=2014"},
      {"en", "It uses figures from 2015 and 2016.", "2015=2015; 2016=2016"},
      {"en", "Aid came from 2014 donors.", ""},
      {"en", "The force grew from 2000 and 3000 more came.", ""},
      {"es", "La misión pasó de 2000 a 3000 soldados.", ""},
      {"es", "El rango va desde 2014 hasta 2 de mayo de 2018.", "desde 2014 hasta 2 de mayo de 2018=2014/2018-05-02"},
      {"es", "Nació en marzo del 79.", "marzo del 79=1979-03"},
      {"en", "He was born on 2 May of 79.", "2 may of 79=1979-05-02"},
  });
}

TEST(DatesCalendar, HolidaysWithTheirYear) {
  testutil::ExpectDates({
      {"es", "Se manifestaron el día de la Tierra 2016.", "dia de la tierra 2016=2016-04-22"},
      {"es", "Desfilaron el día de San Patricio 2018.", "dia de san patricio 2018=2018-03-17"},
      {"es", "Las tiendas abrieron el viernes negro 2013.", "viernes negro 2013=2013-11-29"},
      {"en", "Rallies were held on Earth Day 2016.", "earth day 2016=2016-04-22"},
      {"en", "Juneteenth became a federal holiday.", "juneteenth=~2024-06-19"},
      {"en", "Crowds lined the route on Saint Patrick 2018.", "saint patrick 2018=2018-03-17"},
      {"en", "Mass was held at St. Patrick's Cathedral.", ""},
  });
}

// A part of a decade or a century is a third of it, the thirds overlapping as
// the words do (decade: years 0-3, 3-6, 6-9; century: 0-33, 33-66, 66-99);
// after a part word a Spanish decade needs no end of phrase.
TEST(DatesCalendar, PartsOfDecadesAndCenturies) {
  testutil::ExpectDates({
      {"en", "The reactor was built in the late 1960s.", "the late 1960s=1966/1969"},
      {"en", "Inflation soared in the early nineties.", "the early nineties=1990/1993"},
      {"en", "Rents have risen since the mid-1980s.", "since the mid-1980s=1983/"},
      {"en", "It was closed at the end of the 1990s.", "the end of the 1990s=1996/1999"},
      {"en", "The border was drawn in the early 20th century.", "the early 20th century=1900/1933"},
      {"en", "They ruled from the early 1990s to the late 2000s.",
       "from the early 1990s to the late 2000s=1990/2009"},
      {"en", "She is in her late sixties.", ""},
      {"es", "La fábrica cerró a finales de los sesenta.", "a finales de los sesenta=1966/1969"},
      {"es", "Llegó a principios de los años noventa.", "a principios de los anos noventa=1990/1993"},
      {"es", "Se construyó a mediados de la década de 1980.", "a mediados de la decada de 1980=1983/1986"},
      {"es", "El puerto se abrió a finales del siglo XIX.", "a finales del siglo xix=1866/1899"},
      {"es", "Gobernó desde principios de los noventa hasta finales de los 2000.",
       "desde principios de los noventa hasta finales de los 2000=1990/2009"},
      {"es", "Vivió allí desde los noventa hasta hoy.", "desde los noventa hasta hoy=~1990/2024-06-19"},
      {"es", "Desfilaron los 2000 soldados.", ""},
  });
}

}  // namespace
}  // namespace claimcheck
