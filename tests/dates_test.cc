#include "claimcheck/dates.h"

#include <gtest/gtest.h>
#include <unicode/dtfmtsym.h>
#include <unicode/locid.h>
#include <unicode/unistr.h>

#include <string>
#include <vector>

#include "claimcheck/checker.h"
#include "claimcheck/text.h"

#include "dates_testutil.h"
#include "testutil.h"

namespace claimcheck {
namespace {

using testutil::DatesOf;
using testutil::kRef;
using testutil::RenderDates;

struct ExtractTest {
  const char* lang;
  const char* text;
  const char* ref;  // "" for none
  const char* expected;
};

const ExtractTest kExtractTests[] = {
    // Absolute dates, Spanish.
    {"es", "Firmaron el 19 de junio de 2024.", kRef, "19 de junio de 2024=2024-06-19"},
    {"es", "Firmaron el 19 de junio del 2024.", kRef, "19 de junio del 2024=2024-06-19"},
    {"es", "19 jun 2024 , 19:06", kRef, "19 jun 2024=2024-06-19"},
    {"es", "19 jun. 2024 , 19:06", "", "19 jun. 2024=2024-06-19"},
    {"es", "el 5 de sept. de 2023", "", "5 de sept. de 2023=2023-09-05"},
    {"es", "El miércoles 19 de junio de 2024 llegó.", "", "miercoles 19 de junio de 2024=2024-06-19"},
    {"es", "el miércoles, 19 de junio", kRef, "miercoles, 19 de junio=~2024-06-19"},
    {"es", "el 19 de junio", kRef, "19 de junio=~2024-06-19"},
    {"es", "el 19 de junio", "", "19 de junio=~?"},
    {"es", "el 19 de junio pasado", kRef, "19 de junio pasado=~2023-06-19"},
    {"es", "el pasado 18 de junio", kRef, "pasado 18 de junio=~2024-06-18"},
    {"es", "el próximo 1 de julio", kRef, "proximo 1 de julio=~2024-07-01"},
    {"es", "en junio de 2024", kRef, "junio de 2024=2024-06"},
    // "for N units" before a starting date is a stretch from it; without "for" the
    // count shifts the date.
    {"en", "Offices close for 2 weeks starting May 20th.", kRef, "2 weeks starting may 20th=~2024-05-20/2024-06-02"},
    {"es", "Habrá cortes durante tres días a partir del lunes.", kRef,
     "tres dias a partir del lunes=~2024-06-24/2024-06-26"},
    {"en", "It rose 2 weeks from May 1.", kRef, "2 weeks from may 1=~2024-05-15"},
    // A day alone after a range's first day is of its month, or of the next.
    {"en", "The fair runs from April 9th through the 17th.", kRef,
     "from april 9th through the 17th=~2024-04-09/2024-04-17"},
    {"en", "The fair runs from January 28 through the 3rd.", kRef,
     "from january 28 through the 3rd=~2024-01-28/2024-02-03"},
    // A month and two ranks; counts after a month are no days.
    {"en", "Polls open April ninth through the twelfth.", kRef,
     "april ninth through the twelfth=~2024-04-09/2024-04-12"},
    {"en", "In June twenty to thirty people died.", kRef, "june=~2024-06"},
    // Two days of a month in words, after a word that opens the range.
    {"es", "La huelga fue del nueve al doce de abril.", kRef, "del nueve al doce de abril=~2024-04-09/2024-04-12"},
    {"en", "Polls open between the ninth and the twelfth of April.", kRef,
     "between the ninth and the twelfth of april=~2024-04-09/2024-04-12"},
    {"es", "Entre el presidente y el cinco de mayo.", kRef, "cinco de mayo=~2024-05-05"},
    // "To date": up to the reference day; "up to date" is no date.
    {"en", "The largest attack to date; keep the files up to date.", kRef, "to date=~/2024-06-19"},
    {"es", "Desde enero hasta la fecha.", kRef, "desde enero hasta la fecha=~2024-01/2024-06-19"},
    {"es", "Plazo hasta la fecha de cierre; values equal to date 1", kRef, ""},
    {"en", "Sales from March to date rose.", kRef, "from march to date=~2024-03/2024-06-19"},
    {"en", "From May to Johnson, prime ministers came and went.", kRef, ""},
    // A Spanish quarter or half without a year: the latest one up to the
    // reference, the next one in a clause about the future.
    {"es", "El PIB creció en el tercer trimestre.", kRef, "el tercer trimestre=~2023-07/2023-09"},
    {"es", "La economía va a crecer en el tercer trimestre.", kRef, "el tercer trimestre=~2024-07/2024-09"},
    {"es", "En el primer semestre subió.", kRef, "el primer semestre=~2024-01/2024-06"},
    // Quarters and halves before a year, as financial copy writes them.
    {"es", "El PIB creció en el T2 de 2024 y en el 3T 2023.", kRef,
     "t2 de 2024=2024-04/2024-06; 3t 2023=2023-07/2023-09"},
    {"en", "H1 2024 sales beat Q3 2023.", kRef, "h1 2024=2024-01/2024-06; q3 2023=2023-07/2023-09"},
    {"en", "A T2 2024 tier; the T2 model", kRef, ""},
    // The weekend of a holiday; a midweek holiday has none and stays the day.
    {"en", "Traffic peaked over the Easter weekend.", kRef, "easter weekend=~2024-03-30/2024-03-31"},
    {"es", "Hubo atascos el fin de semana de Navidad de 2022.", kRef,
     "el fin de semana de navidad de 2022=2022-12-24/2022-12-25"},
    {"en", "Shops shut over the Christmas weekend.", kRef, "christmas=~2024-12-25"},
    // Years have four digits: deep history is no calendar date.
    {"es", "hace 500 años y hace 5000 años", kRef, "hace 500 anos=~1524"},
    // A year that opens a range of dates; counts and sources stay numbers.
    {"en", "Output fell from 2007 to the end of 2008.", kRef, "from 2007 to the end of 2008=2007/2008-12"},
    {"es", "La deuda creció entre 2007 y finales de 2008.", kRef, "entre 2007 y finales de 2008=2007/2008-12"},
    {"en", "between 2000 and 3000 people; data from 2018 to 40 percent", kRef, ""},
    // A bare weekday or a year-less date lies ahead in a clause that speaks of the
    // future, behind otherwise (read on Wednesday 2024-06-19).
    {"en", "Putin will travel to Hanoi on Thursday.", kRef, "thursday=~2024-06-20"},
    {"en", "Putin travelled to Hanoi on Thursday.", kRef, "thursday=~2024-06-13"},
    {"en", "The summit is due to open on 3 March.", kRef, "3 march=~2025-03-03"},
    {"en", "The summit opened on 3 March.", kRef, "3 march=~2024-03-03"},
    {"es", "Putin va a viajar a Hanói el jueves.", kRef, "jueves=~2024-06-20"},
    {"es", "La firma está prevista para el lunes.", kRef, "lunes=~2024-06-24"},
    {"es", "Firmaremos el acuerdo el miércoles.", kRef, "miercoles=~2024-06-19"},
    {"es", "Putin va a viajar a Hanói. El jueves firmó el tratado.", kRef, "jueves=~2024-06-13"},
    // A verb of saying between the date and the cue, or just before the date with
    // the cue after it: the date is the report's, in the past.
    {"es", "El Kremlin anunció el martes que Putin viajará a Hanói.", kRef, "martes=~2024-06-18"},
    {"es", "El martes, Putin dijo que firmará el tratado.", kRef, "martes=~2024-06-18"},
    {"es", "Putin dijo que viajará a Hanói el jueves.", kRef, "jueves=~2024-06-20"},
    {"es", "Según el Kremlin, Putin viajará el jueves.", kRef, "jueves=~2024-06-20"},
    {"en", "Putin said Tuesday that he will travel to Hanoi.", kRef, "tuesday=~2024-06-18"},
    {"en", "On Tuesday, Putin said he will travel to Hanoi.", kRef, "tuesday=~2024-06-18"},
    {"en", "Putin on Tuesday said he will travel to Hanoi.", kRef, "tuesday=~2024-06-18"},
    {"en", "Putin said he will travel to Hanoi on Thursday.", kRef, "thursday=~2024-06-20"},
    {"en", "Putin will travel to Hanoi on Thursday, officials said.", kRef, "thursday=~2024-06-20"},
    // "Plans" as a noun is no cue.
    {"en", "The Kremlin published a document on Tuesday confirming Russia's plans to sign a treaty.", kRef,
     "tuesday=~2024-06-18"},
    {"en", "Russia plans to sign the treaty on Thursday.", kRef, "thursday=~2024-06-20"},
    // A year written after a date or range without one binds to it; not across a
    // comma. A day that does not exist in that year is no date.
    {"en", "Exports fell from April to June in 2017.", kRef, "from april to june in 2017=2017-04/2017-06"},
    {"es", "La huelga duró del 3 al 5 de marzo en 2019.", kRef, "del 3 al 5 de marzo en 2019=2019-03-03/2019-03-05"},
    {"en", "The talks ran from 26 June to 28 June in 2020.", kRef,
     "from 26 june to 28 june in 2020=2020-06-26/2020-06-28"},
    {"es", "Llegó el 3 de mayo, en 2021 volvió.", kRef, "3 de mayo=~2024-05-03; 2021=2021"},
    {"en", "a party on 29 February in 2023", kRef, "2023=2023"},
    {"es", "publicado el 2024-06-19", kRef, "2024-06-19=2024-06-19"},
    {"es", "2024-06-19T19:06:00Z", "", "2024-06-19=2024-06-19"},
    {"es", "Fecha: 19/06/2024", "", "19/06/2024=2024-06-19"},
    {"es", "Fecha: 18/06/2024", "", "18/06/2024=2024-06-18"},
    {"es", "Fecha: 05/06/2024", "", "05/06/2024=2024-06-05"},
    {"es", "Fecha: 19.06.2024", "", "19.06.2024=2024-06-19"},
    {"es", "Fecha: 19/06/24", "", "19/06/24=2024-06-19"},
    {"es", "Fecha: 06/19/2024", "", ""},

    {"en", "The mill closed on Nov. 30 , 1987", "", "nov. 30 , 1987=1987-11-30"},
    {"en", "March 9th of 2011", "", "march 9th of 2011=2011-03-09"},
    {"en", "on Sept. 30", kRef, "sept. 30=~2024-09-30"},
    {"es", "desde el 1.º de julio de 2024", "", "desde el 1.o de julio de 2024=2024-07-01/"},
    // After a day, an abbreviation with neither dot nor year is too often a word.
    {"es", "a 3 mar adentro", kRef, ""},
    {"en", "LONDON, Jan 22 (Reuters)", kRef, "jan 22=~2024-01-22"},

    // Weekday and day of the month: the day that falls on that weekday.
    {"es", "el martes 11", kRef, "martes 11=~2024-06-11"},
    {"es", "el pasado martes 11", kRef, "pasado martes 11=~2024-06-11"},
    {"es", "el viernes 31", kRef, "viernes 31=~2024-05-31"},
    {"en", "on Tuesday the 11th", kRef, "tuesday the 11th=~2024-06-11"},
    {"es", "El martes 20 personas murieron.", kRef, "martes=~2024-06-18"},
    {"es", "el martes 11", "", "martes 11=~?"},

    // Years after a word that introduces one.
    {"es", "en 2022 hubo elecciones", "", "2022=2022"},
    {"es", "desde 2006", "", "desde 2006=2006/"},
    {"es", "del año 2000", "", "2000=2000"},
    {"es", "el tratado de 1961", "", "1961=1961"},
    {"es", "hasta 2030", "", "hasta 2030=/2030"},
    {"es", "los acuerdos de 1950 y 1953", "", "1950=1950; 1953=1953"},
    {"es", "en 2000,5 segundos", "", ""},
    {"en", "in 2022", "", "2022=2022"},
    {"en", "since 2006", "", "since 2006=2006/"},
    {"en", "the year 2000", "", "2000=2000"},
    {"en", "in mid-2022", "", "mid-2022=2022-05/2022-08"},
    {"es", "Lo recordó el 2024 entero.", "", "2024=2024"},
    {"en", "a 2000 law", "", "2000=2000"},

    // Year ranges.
    {"es", "la guerra de 1950-1953", "", "1950-1953=1950/1953"},
    {"es", "la guerra de 1950\u201353", "", "1950-53=1950/1953"},
    {"es", "la guerra 1950-53", "", "1950-53=1950/1953"},
    {"es", "entre 1950 y 1953", "", "entre 1950 y 1953=1950/1953"},
    {"es", "de 1950 a 1953", "", "de 1950 a 1953=1950/1953"},
    {"es", "desde 1950 hasta 1953", "", "desde 1950 hasta 1953=1950/1953"},
    {"es", "entre los años 1950 y 1953", "", "entre los anos 1950 y 1953=1950/1953"},
    {"en", "from 1950 to 1953", "", "from 1950 to 1953=1950/1953"},
    {"en", "between 1950 and 1953", "", "between 1950 and 1953=1950/1953"},
    {"en", "the 1950-1953 war", "", "1950-1953=1950/1953"},
    {"en", "the 2023-24 season", "", "2023-24=2023/2024"},
    {"en", "in 1953-1950", "", ""},
    {"en", "Call +34 612-2009-2016", "", ""},
    {"es", "El código es 133-03-03-2020", "", ""},
    {"en", "6,107.31 August 2019", "", "august 2019=2019-08"},
    {"es", "en 2022 %", "", ""},

    // Day ranges.
    {"es", "del 18 al 19 de junio", kRef, "del 18 al 19 de junio=~2024-06-18/2024-06-19"},
    {"es", "del 18 al 19 de junio", "", "del 18 al 19 de junio=~?"},
    {"es", "del 18 al 19 de junio de 2024", "", "del 18 al 19 de junio de 2024=2024-06-18/2024-06-19"},
    {"es", "entre el 18 y el 19 de junio", kRef, "entre el 18 y el 19 de junio=~2024-06-18/2024-06-19"},
    {"es", "18 y 19 de junio de 2024", "", "18 y 19 de junio de 2024=2024-06-18/2024-06-19"},
    {"es", "los días 18 y 20 de junio", kRef, "18=~2024-06-18; 20 de junio=~2024-06-20"},
    {"es", "18-19 de junio", kRef, "18-19 de junio=~2024-06-18/2024-06-19"},
    {"es", "del 28 de junio al 2 de julio de 2024", "", "del 28 de junio al 2 de julio de 2024=2024-06-28/2024-07-02"},
    {"en", "18-19 June", kRef, "18-19 june=~2024-06-18/2024-06-19"},
    {"en", "from 18-19 June 2024", "", "18-19 june 2024=2024-06-18/2024-06-19"},
    {"en", "June 18-19, 2024", "", "june 18-19, 2024=2024-06-18/2024-06-19"},
    {"en", "from June 28 to July 2, 2024", "", "from june 28 to july 2, 2024=2024-06-28/2024-07-02"},
    {"en", "between 18 and 19 June 2024", "", "between 18 and 19 june 2024=2024-06-18/2024-06-19"},

    {"es", "8 a 11 de junio de 2024", "", "8 a 11 de junio de 2024=2024-06-08/2024-06-11"},
    {"es", "desde 2 hasta 6 de marzo de 2021", "", "desde 2 hasta 6 de marzo de 2021=2021-03-02/2021-03-06"},
    {"es", "de 18 y 19 de junio", kRef,
     "18 y 19 de junio=~2024-06-18/2024-06-19"},  // "de" is "of" before "y": no range opener, the days listed

    // Month ranges.
    {"es", "de marzo a mayo de 2019", "", "de marzo a mayo de 2019=2019-03/2019-05"},
    {"es", "de octubre a enero de 2015", "", "de octubre a enero de 2015=2014-10/2015-01"},
    {"es", "entre junio y agosto", kRef, "entre junio y agosto=~2024-06/2024-08"},
    {"es", "entre junio y agosto", "", "entre junio y agosto=~?"},
    // No verb: the reference's year, as a day without a tense takes it (was
    // "julio=~2023-07", the latest up to the reference, whatever the tense).
    {"es", "en junio y julio", kRef, "junio=~2024-06; julio=~2024-07"},
    {"en", "July-September 1989", "", "july-september 1989=1989-07/1989-09"},
    {"en", "from May to October 2020", "", "from may to october 2020=2020-05/2020-10"},

    // Absolute dates, English.
    {"en", "June 19, 2024", "", "june 19, 2024=2024-06-19"},
    {"en", "Wednesday, June 19, 2024", "", "wednesday, june 19, 2024=2024-06-19"},
    {"en", "on June 19", kRef, "june 19=~2024-06-19"},
    {"en", "on June 19th", "", "june 19th=~?"},
    {"en", "19 June 2024", "", "19 june 2024=2024-06-19"},
    {"en", "the 19th of June, 2024", "", "19th of june, 2024=2024-06-19"},
    {"en", "Sept. 5, 2023", "", "sept. 5, 2023=2023-09-05"},
    {"en", "Sep 5, 2023", "", "sep 5, 2023=2023-09-05"},
    {"en", "in June 2024", "", "june 2024=2024-06"},
    {"en", "06/19/2024", "", "06/19/2024=2024-06-19"},
    {"en", "18/06/2024", "", "18/06/2024=2024-06-18"},
    {"en", "05/06/2024", "", "05/06/2024=2024-05-06"},

    // Relative days, Spanish.
    {"es", "Lo dijo hoy.", kRef, "hoy=~2024-06-19"},
    {"es", "Lo dijo ayer.", kRef, "ayer=~2024-06-18"},
    {"es", "Lo dijo anteayer.", kRef, "anteayer=~2024-06-17"},
    {"es", "Lo dijo antier.", kRef, "antier=~2024-06-17"},
    {"es", "Lo dirá mañana.", kRef, "manana=~2024-06-20"},
    {"es", "Lo dirá pasado mañana.", kRef, "pasado manana=~2024-06-21"},
    {"es", "Llegó esta mañana.", kRef, "esta manana=~2024-06-19"},  // this morning: today, not tomorrow
    {"es", "Llegó por la mañana.", kRef, ""},
    {"es", "a las 8 de la mañana", kRef, ""},
    {"es", "Llegará mañana por la mañana.", kRef, "manana=~2024-06-20"},
    {"es", "hoy en día", kRef, ""},
    {"es", "Lo dijo ayer.", "", "ayer=~?"},

    // Weekdays, Spanish: Wednesday 2024-06-19 is the reference.
    {"es", "Firmaron este miércoles.", kRef, "este miercoles=~2024-06-19"},
    {"es", "Firmaron este martes.", kRef, "este martes=~2024-06-18"},
    {"es", "Firmarán este domingo.", kRef, "este domingo=~2024-06-23"},
    {"es", "Firmaron el miércoles.", kRef, "miercoles=~2024-06-19"},
    {"es", "Firmaron el jueves.", kRef, "jueves=~2024-06-13"},
    {"es", "Firmaron el sábado.", kRef, "sabado=~2024-06-15"},
    // The nearest Tuesday would be "yesterday" (ayer): the previous week's.
    {"es", "Firmaron el martes pasado.", kRef, "martes pasado=~2024-06-11"},
    {"es", "Firmaron el pasado martes.", kRef, "pasado martes=~2024-06-11"},
    {"es", "Firmaron el miércoles pasado.", kRef, "miercoles pasado=~2024-06-12"},
    {"es", "Firmarán el próximo martes.", kRef, "proximo martes=~2024-06-25"},
    {"es", "Firmarán el martes próximo.", kRef, "martes proximo=~2024-06-25"},
    // The nearest Thursday would be "mañana": next week's.
    {"es", "Firmarán el jueves que viene.", kRef, "jueves que viene=~2024-06-27"},
    {"es", "Firmaron este miércoles.", "", "este miercoles=~?"},
    {"es", "Abre los martes.", kRef, ""},

    // Months and years, Spanish.
    {"es", "el pasado septiembre", kRef, "pasado septiembre=~2023-09"},
    {"es", "en septiembre pasado", kRef, "septiembre pasado=~2023-09"},
    {"es", "el septiembre pasado", kRef, "septiembre pasado=~2023-09"},
    {"es", "el pasado junio", kRef, "pasado junio=~2023-06"},
    {"es", "el pasado mayo", kRef, "pasado mayo=~2024-05"},
    {"es", "el próximo septiembre", kRef, "proximo septiembre=~2024-09"},
    {"es", "en septiembre del año pasado", kRef, "septiembre del ano pasado=~2023-09"},
    {"es", "este mes", kRef, "este mes=~2024-06"},
    {"es", "el mes pasado", kRef, "mes pasado=~2024-05"},
    {"es", "el mes pasado", "2024-01-15", "mes pasado=~2023-12"},
    {"es", "el próximo mes", "2024-12-15", "proximo mes=~2025-01"},
    {"es", "este año", kRef, "este ano=~2024"},
    {"es", "el año pasado", kRef, "ano pasado=~2023"},
    {"es", "el año que viene", kRef, "ano que viene=~2025"},
    {"es", "el mes pasado", "", "mes pasado=~?"},
    {"es", "el mes pasado", "2024-05", "mes pasado=~2024-04"},

    // Relative, English.
    {"en", "They met today.", kRef, "today=~2024-06-19"},
    {"en", "They met yesterday.", kRef, "yesterday=~2024-06-18"},
    {"en", "They meet tomorrow.", kRef, "tomorrow=~2024-06-20"},
    {"en", "the day before yesterday", kRef, "day before yesterday=~2024-06-17"},
    {"en", "They signed on Wednesday.", kRef, "wednesday=~2024-06-19"},
    {"en", "They signed on Thursday.", kRef, "thursday=~2024-06-13"},
    {"en", "They signed Tuesday.", kRef, "tuesday=~2024-06-18"},
    {"en", "this Wednesday", kRef, "this wednesday=~2024-06-19"},
    {"en", "this Sunday", kRef, "this sunday=~2024-06-23"},
    {"en", "last Wednesday", kRef, "last wednesday=~2024-06-12"},
    // The nearest Tuesday would be "yesterday": the previous week's.
    {"en", "last Tuesday", kRef, "last tuesday=~2024-06-11"},
    {"en", "this past Monday", kRef, "this past monday=~2024-06-17"},
    {"en", "next Wednesday", kRef, "next wednesday=~2024-06-26"},
    {"en", "next Thursday", kRef, "next thursday=~2024-06-27"},
    {"en", "last September", kRef, "last september=~2023-09"},
    {"en", "next September", kRef, "next september=~2024-09"},
    {"en", "next June", kRef, "next june=~2025-06"},
    {"en", "this month", kRef, "this month=~2024-06"},
    {"en", "last month", kRef, "last month=~2024-05"},
    {"en", "this year", kRef, "this year=~2024"},
    {"en", "last year", kRef, "last year=~2023"},
    {"en", "last Wednesday", "", "last wednesday=~?"},
    {"en", "over the last year", kRef, "last year=~2023-06-19/2024-06-18"},  // twelve months, not the calendar year
    {"en", "every Wednesday", kRef, ""},
    {"en", "the last Wednesday of the month", kRef, ""},
    {"en", "this may take a while", kRef, ""},
    {"en", "this march ended peacefully", kRef, ""},
    {"en", "They vote this September.", kRef, "this september=~2024-09"},
    {"en", "this coming Friday", kRef, "this coming friday=~2024-06-21"},
    {"en", "the upcoming Wednesday", kRef, ""},
    {"es", "Caducó el 31-dic-1999.", "", "31-dic-1999=1999-12-31"},
    // The month in Roman numerals, with one separator; "4 x 25" multiplies.
    {"es", "Firmaron el tratado el 19-VI-2024.", "", "19-vi-2024=2024-06-19"},
    {"es", "Firmado en Pionyang, 19.VI.2024", "", "19.vi.2024=2024-06-19"},
    {"es", "Pionyang, 19/VI/24", "2024-06-24", "19/vi/24=2024-06-19"},
    {"en", "Signed in Pyongyang, 19 VI 2024", "", "19 vi 2024=2024-06-19"},
    {"es", "Relevos de 4 x 25 metros.", "", ""},
    // The year first with dots or slashes (Korean, Chinese, Japanese copy).
    {"en", "Done in Pyongyang, 2024.6.19.", "", "2024.6.19=2024-06-19"},
    {"es", "La firma, el 2024/06/19, coronó la visita.", "", "2024/06/19=2024-06-19"},
    {"en", "Signed on 2024. 6. 19. in Pyongyang", "", "2024. 6. 19.=2024-06-19"},
    {"en", "Update to version 2024.6.1 now.", "", ""},
    {"en", "The index closed at 2024.6.", "", ""},
    {"es", "Caducó el 31-II-2024.", "", ""},
    {"es", "registrado el 05/ago/2021", "", "05/ago/2021=2021-08-05"},
    {"en", "filed 2021/aug/05", "", "2021/aug/05=2021-08-05"},
    {"en", "filed oct-12-2021", "", "oct-12-2021=2021-10-12"},
    {"en", "issue of nov-2022", "", "nov-2022=2022-11"},

    // Weeks and weekends: the Monday-to-Sunday week of Wednesday 2024-06-19 is
    // 2024-06-17..23.
    {"es", "Las lluvias de esta semana dejaron daños.", kRef, "esta semana=~2024-06-17/2024-06-23"},
    {"es", "El pleno votó la semana pasada.", kRef, "semana pasada=~2024-06-10/2024-06-16"},
    {"es", "Se reunirán la próxima semana.", kRef, "proxima semana=~2024-06-24/2024-06-30"},
    {"es", "Habrá huelga la semana que viene.", kRef, "semana que viene=~2024-06-24/2024-06-30"},
    {"es", "Lo anunció la semana antepasada.", kRef, "semana antepasada=~2024-06-03/2024-06-09"},
    {"es", "El pleno votó la semana pasada.", "", "semana pasada=~?"},
    {"es", "A la semana siguiente dimitió.", kRef, ""},
    {"es", "Cerrado este fin de semana.", kRef, "este fin de semana=~2024-06-22/2024-06-23"},
    {"es", "Hubo protestas el fin de semana pasado.", kRef, "el fin de semana pasado=~2024-06-15/2024-06-16"},
    {"es", "Abre cada fin de semana.", kRef, ""},
    {"en", "Talks resume next week.", kRef, "next week=~2024-06-24/2024-06-30"},
    {"en", "It was approved last week.", kRef, "last week=~2024-06-10/2024-06-16"},
    {"en", "Voting ends this week.", kRef, "this week=~2024-06-17/2024-06-23"},
    {"en", "They met the week before last.", kRef, "the week before last=~2024-06-03/2024-06-09"},
    {"en", "Results come the week after next.", kRef, "the week after next=~2024-07-01/2024-07-07"},
    {"en", "Shops shut this weekend.", kRef, "this weekend=~2024-06-22/2024-06-23"},
    {"en", "over the next week", kRef, ""},
    {"en", "over the last week", kRef, "last week=~2024-06-12/2024-06-18"},  // seven days, as "the past two weeks"

    // Counted offsets from the reference: days and weeks to the day, months
    // and years to their own precision.
    {"es", "El acuerdo se firmó hace dos semanas.", kRef, "hace dos semanas=~2024-06-05"},
    {"es", "Entrará en vigor dentro de tres días.", kRef, "dentro de tres dias=~2024-06-22"},
    {"es", "Dimitió hace 10 días.", kRef, "hace 10 dias=~2024-06-09"},
    {"es", "Ocurrió hace tres meses.", kRef, "hace tres meses=~2024-03-19"},
    {"es", "Se fundó hace un año.", kRef, "hace un ano=~2023-06-19"},
    {"es", "Ocurrió hace dos semanas.", "", "hace dos semanas=~?"},
    {"es", "Lo intentó hace tiempo.", kRef, ""},
    {"en", "The deal was signed two weeks ago.", kRef, "two weeks ago=~2024-06-05"},
    {"en", "It opens 3 days from now.", kRef, "3 days from now=~2024-06-22"},
    {"en", "It closed five years ago.", kRef, "five years ago=~2019-06-19"},

    // Decades.
    {"es", "Creció en los años 80.", "", "los anos 80=1980/1989"},
    {"es", "Fue popular en los años ochenta.", "", "los anos ochenta=1980/1989"},
    {"es", "durante la década de 1970", "", "decada de 1970=1970/1979"},
    {"es", "entre los años 2020 y 2021", "", "entre los anos 2020 y 2021=2020/2021"},
    {"en", "It peaked in the 1990s.", "", "the 1990s=1990/1999"},
    {"en", "a hit of the '80s", "", "the '80s=1980/1989"},
    {"en", "born in the sixties", "", "the sixties=1960/1969"},
    {"en", "a man in his sixties", "", ""},

    // Early, middle and late parts of a month or a year.
    {"es", "Se votará a mediados de julio.", kRef, "a mediados de julio=~2024-07-10/2024-07-20"},
    {"es", "Llegó a principios de marzo de 2023.", "", "a principios de marzo de 2023=2023-03-01/2023-03-15"},
    {"es", "Cerró a finales de febrero de 2023.", "", "a finales de febrero de 2023=2023-02-16/2023-02-28"},
    {"es", "a finales de 2019", "", "a finales de 2019=2019-09/2019-12"},
    {"es", "a principios de este año", kRef, "a principios de este ano=~2024-01/2024-04"},
    {"es", "a finales de mes", kRef, "a finales de mes=~2024-06-16/2024-06-30"},
    {"es", "a mediados de julio", "", "a mediados de julio=~?"},
    {"es", "a finales del año pasado", kRef, "a finales del ano pasado=~2023-09/2023-12"},
    {"es", "a principios del mes que viene", kRef, "a principios del mes que viene=~2024-07-01/2024-07-15"},
    {"es", "a finales del año siguiente", kRef, "a finales del ano siguiente=~2025-09/2025-12"},
    {"es", "Cerrará a final de mes.", kRef, "a final de mes=~2024-06-16/2024-06-30"},
    {"es", "al inicio de 2023", "", "inicio de 2023=2023-01/2023-04"},
    {"es", "Jugarán la final de junio.", kRef, ""},
    {"es", "las finales de mayo", kRef, ""},
    {"en", "The law passed in late 2019.", "", "late 2019=2019-09/2019-12"},
    {"en", "Polls open in mid-November.", kRef, "mid-november=~2024-11-10/2024-11-20"},
    {"en", "by the end of 2016", "", "by the end of 2016=/2016-12"},
    {"en", "at the beginning of March 2021", "", "the beginning of march 2021=2021-03-01/2021-03-15"},

    // Explicit ranges, more shapes.
    {"es", "entre el 3 de febrero y 6 de marzo de 2024", "",
     "entre el 3 de febrero y 6 de marzo de 2024=2024-02-03/2024-03-06"},
    {"es", "de sept. a nov. de 2023", "", "de sept. a nov. de 2023=2023-09/2023-11"},
    {"en", "the Feb-Mar 2023 survey", "", "feb-mar 2023=2023-02/2023-03"},
    {"en", "The fair runs from March 2 to 5, 2025.", "", "from march 2 to 5, 2025=2025-03-02/2025-03-05"},
    {"en", "open May 4th through 12th", kRef, "may 4th through 12th=~2024-05-04/2024-05-12"},
    {"en", "from 3 August to 9 August 2021", "", "from 3 august to 9 august 2021=2021-08-03/2021-08-09"},
    {"en", "sales from 2012 to 2016", "", "from 2012 to 2016=2012/2016"},
    {"en", "built in 2011 through 2015", "", "in 2011 through 2015=2011/2015"},
    {"en", "the 2021~2025 plan", "", "2021~2025=2021/2025"},

    // Quarters, halves, numbered weeks, weekdays of a named week, stretches of
    // days.
    {"es", "El PIB creció en el primer trimestre de 2023.", "", "el primer trimestre de 2023=2023-01/2023-03"},
    {"es", "en el tercer trimestre del año", kRef, "el tercer trimestre del ano=~2024-07/2024-09"},
    {"es", "el segundo semestre del año pasado", kRef, "el segundo semestre del ano pasado=~2023-07/2023-12"},
    {"es", "Las ventas cayeron este trimestre.", kRef, "este trimestre=~2024-04/2024-06"},
    {"es", "respecto al trimestre pasado", kRef, "trimestre pasado=~2024-01/2024-03"},
    {"en", "Profits rose in the second quarter of 2022.", "", "the second quarter of 2022=2022-04/2022-06"},
    {"en", "Q4 2021 results", "", "q4 2021=2021-10/2021-12"},
    {"en", "the second half of this year", kRef, "the second half of this year=~2024-07/2024-12"},
    {"en", "Sales will improve next quarter.", kRef, "next quarter=~2024-07/2024-09"},
    {"en", "Costs fell in the last quarter.", kRef, "the last quarter=~2024-01/2024-03"},
    {"en", "in the last quarter of 2023", "", "the last quarter of 2023=2023-10/2023-12"},
    {"es", "el trimestre en curso", kRef, "trimestre en curso=~2024-04/2024-06"},
    {"en", "2023-Q3 earnings", "", "2023-q3=2023-07/2023-09"},
    {"en", "the 2022 H2 outlook", "", "2022 h2=2022-07/2022-12"},
    {"es", "resultados del 2023-T2", "", "2023-t2=2023-04/2023-06"},
    {"es", "Llegará la primera semana de julio.", kRef, "la primera semana de julio=~2024-07-01/2024-07-07"},
    {"es", "en la última semana de 2020", "", "la ultima semana de 2020=2020-12-28/2021-01-03"},
    {"en", "Filming starts the first week of 2026.", "", "the first week of 2026=2025-12-29/2026-01-04"},
    {"es", "Se votará el lunes de la próxima semana.", kRef, "lunes de la proxima semana=~2024-06-24"},
    {"es", "Lo dijo el martes de la semana pasada.", kRef, "martes de la semana pasada=~2024-06-11"},
    {"es", "Se votará el lunes la próxima semana.", kRef, "lunes la proxima semana=~2024-06-24"},
    {"en", "They vote on Thursday of next week.", kRef, "thursday of next week=~2024-06-27"},
    {"en", "next week on Friday", kRef, "next week on friday=~2024-06-28"},
    {"en", "The summit is on June 19 and 20.", kRef, "june 19 and 20=~2024-06-19/2024-06-20"},
    {"en", "They met June 18 and 19, 2024, in Pyongyang.", "", "june 18 and 19, 2024=2024-06-18/2024-06-19"},
    {"en", "They met June 18 and 19 in Pyongyang.", kRef, "june 18 and 19=~2024-06-18/2024-06-19"},
    {"en", "On June 5 and 6 people died.", kRef, "june 5=~2024-06-05"},
    {"en", "They voted on June 2 and 9, 2024.", "", "june 2=2024-06-02; 9, 2024=2024-06-09"},
    // "el pasado mes de mayo" is May, not last month; "en el mes de mayo" a month.
    {"es", "Lo firmó el pasado mes de mayo.", "2024-09-19", "pasado mes de mayo=~2024-05"},
    {"es", "Lo firmará el próximo mes de julio.", "2024-09-19", "proximo mes de julio=~2025-07"},
    {"es", "Ocurrió en el mes de mayo.", "2024-09-19", "mayo=~2024-05"},
    {"en", "It happened during the month of May 2023.", "", "may 2023=2023-05"},
    {"en", "The 2024 treaty replaced the 1961 one.", "", "2024=2024; 1961=1961"},
    {"en", "the 2000 delegates", "", ""},
    // A possessive stands for "the".
    {"en", "Kim's 2023 visit followed their 2019 summit.", "", "2023=2023; 2019=2019"},
    {"en", "its 2000 troops", "", ""},
    // Parts of the reference's day, the current period, the century before.
    {"es", "Putin llegó esta madrugada a Pyongyang.", kRef, "esta madrugada=~2024-06-19"},
    {"es", "Lo anunció esta mañana.", kRef, "esta manana=~2024-06-19"},
    {"en", "Putin landed this morning.", kRef, "this morning=~2024-06-19"},
    {"es", "Crecerá en la segunda mitad del año.", kRef, "la segunda mitad del ano=~2024-07/2024-12"},
    {"es", "Cayó en la primera mitad de 2023.", kRef, "la primera mitad de 2023=2023-01/2023-06"},
    {"es", "Se marcó en la primera mitad del partido.", kRef, ""},
    {"es", "Es la cifra más alta del año en curso.", kRef, "ano en curso=~2024"},
    {"en", "It is the highest figure of the current month.", kRef, "the current month=~2024-06"},
    {"es", "Se firmó a mediados del siglo pasado.", kRef, "a mediados del siglo pasado=~1933/1966"},
    {"en", "It was signed in the last century.", kRef, "the last century=~1900/1999"},
    // A count forward after a verb of intent in the present is a date, as after
    // a future; after one in the past, or in a report of what happened, a length.
    {"en", "Russia plans to open the bridge in two years.", kRef, "in two years=~2026-06-19"},
    {"en", "The line is expected to reopen in three months.", kRef, "in three months=~2024-09-19"},
    {"en", "Russia planned to open the bridge in two years.", kRef, ""},
    {"es", "Rusia quiere abrir el puente en dos años.", kRef, "en dos anos=~2026-06-19"},
    {"es", "Moscú tiene previsto firmar en un mes.", kRef, "en un mes=~2024-07-19"},
    {"es", "Rusia aspira a duplicar el comercio en cinco años.", kRef, "en cinco anos=~2029-06-19"},
    {"es", "Rusia quería abrir el puente en dos años.", kRef, ""},
    {"es", "Rusia quiere firmar el acuerdo el viernes.", kRef, "viernes=~2024-06-21"},
    {"es", "Rusia quería firmar el acuerdo el viernes.", kRef, "viernes=~2024-06-14"},
    {"en", "Russia wants to sign the deal on Friday.", kRef, "friday=~2024-06-21"},
    {"es", "Es la cifra más alta en lo que va de 2024.", kRef, "lo que va de 2024=~2024-01-01/2024-06-19"},
    {"en", "It is the highest so far in June.", kRef, "so far in june=~2024-06-01/2024-06-19"},
    {"en", "It was the highest so far in 2023.", kRef, "2023=2023"},
    // A year after a holiday's weekend is the holiday's.
    {"en", "They will fly home for Halloween weekend 2021.", kRef, "halloween weekend 2021=2021-10-30/2021-10-31"},
    // A holiday's name inside a place's or an event's is no day.
    {"en", "Flights to Easter Island resumed.", kRef, ""},
    {"en", "The Easter Rising began in Dublin.", kRef, ""},
    {"es", "Viajó a la Isla de Pascua.", kRef, ""},
    {"es", "Volvió a casa en Navidad.", kRef, "navidad=~2024-12-25"},
    {"es", "Llegará el 19 o el 20 de junio de 2024.", "", "19=2024-06-19; 20 de junio de 2024=2024-06-20"},
    {"en", "It lands on June 19 or 20, 2024.", "", "june 19=2024-06-19; 20, 2024=2024-06-20"},
    {"en", "It lands on 19 or 20 June 2024.", "", "19=2024-06-19; 20 june 2024=2024-06-20"},
    {"en", "the 2000 people at the rally", "", ""},
    {"es", "Las jornadas son los días 19, 20 y 21 de junio.", kRef, "19, 20 y 21 de junio=~2024-06-19/2024-06-21"},
    {"es", "Votan el 2, 9 o 16 de mayo de 2023.", "", "2=2023-05-02; 9=2023-05-09; 16 de mayo de 2023=2023-05-16"},
    {"es", "Cerró el 18, 20 y 21 de junio.", kRef, "18=~2024-06-18; 20 y 21 de junio=~2024-06-20/2024-06-21"},
    {"es", "Fue la visita del 18 y 19 de junio.", kRef, "18 y 19 de junio=~2024-06-18/2024-06-19"},
    {"es", "Fue la visita del 18 y el 20 de junio.", kRef, "18=~2024-06-18; 20 de junio=~2024-06-20"},
    {"en", "The fair runs on June 19, 20 and 21.", kRef, "june 19, 20 and 21=~2024-06-19/2024-06-21"},
    {"en", "They voted on June 2, 9 and 16, 2023.", "", "june 2=2023-06-02; 9=2023-06-09; 16, 2023=2023-06-16"},
    {"en", "On June 3, 4 and 5 people died.", kRef, "june 3=~2024-06-03"},
    {"en", "On June 5 and 6 more people died.", kRef, "june 5=~2024-06-05"},
    {"en", "The vote is on Monday next week.", kRef, "monday next week=~2024-06-24"},
    {"en", "They voted on Monday last week.", kRef, "monday last week=~2024-06-10"},
    {"en", "He said on Monday next week's summit is off.", kRef,
     "monday=~2024-06-17; next week=~2024-06-24/2024-06-30"},
    {"es", "Lloverá en los próximos tres días.", kRef, "proximos tres dias=~2024-06-20/2024-06-22"},
    {"es", "Cayó en los últimos 4 meses.", kRef, "ultimos 4 meses=~2024-02-19/2024-06-18"},
    {"es", "Invertirá en los 2 próximos años.", kRef, "2 proximos anos=~2024-06-20/2026-06-19"},
    {"en", "Prices rose over the past two years.", kRef, "past two years=~2022-06-19/2024-06-18"},
    {"en", "in the next 10 days", kRef, "next 10 days=~2024-06-20/2024-06-29"},

    // Two dates joined into one range by the words around them.
    {"es", "Gobernó desde marzo de 2019 hasta mayo de 2021.", "",
     "desde marzo de 2019 hasta mayo de 2021=2019-03/2021-05"},
    {"es", "la obra, de 2012 hasta abril de 2016", "", "de 2012 hasta abril de 2016=2012/2016-04"},
    {"en", "valid from 3/1/2024 - 3/9/2024", "", "from 3/1/2024 - 3/9/2024=2024-03-01/2024-03-09"},
    {"en", "between June 2, 2023 and July 4, 2024", "", "between june 2, 2023 and july 4, 2024=2023-06-02/2024-07-04"},
    {"es", "los comicios de 2019 y de 2023", "", "2019=2019; 2023=2023"},
    {"en", "from May 2007 to the end of 2008", "", "from may 2007 to the end of 2008=2007-05/2008-12"},
    {"es", "entre enero de 2024 y hoy", kRef, "entre enero de 2024 y hoy=~2024-01/2024-06-19"},
    {"es", "Se celebra la semana del 10 de abril de 2024.", "", "semana del 10 de abril de 2024=2024-04-08/2024-04-14"},
    {"en", "the week of June 19", kRef, "the week of june 19=~2024-06-17/2024-06-23"},

    // Bounds: one side of an open range, never the date itself.
    {"es", "No hubo elecciones antes de 1977.", "", "antes de 1977=/1976"},
    {"es", "Los casos crecieron después de 2015.", "", "despues de 2015=2016/"},
    {"es", "Vive en Lima desde agosto de 2019.", "", "desde agosto de 2019=2019-08/"},
    {"es", "antes del año 2030", "", "antes del ano 2030=/2029"},
    {"es", "Rige a partir del 1 de julio de 2025.", "", "a partir del 1 de julio de 2025=2025-07-01/"},
    {"es", "Tienen plazo hasta mañana.", kRef, "hasta manana=~/2024-06-20"},
    {"es", "Los nacidos en 1990 o después", "", "1990 o despues=1990/"},
    {"en", "No vote was held before 2013.", "", "before 2013=/2012"},
    {"en", "Prices rose after March 2021.", "", "after march 2021=2021-04/"},
    {"en", "in office since June 3, 2022", "", "since june 3, 2022=2022-06-03/"},
    {"en", "Talks end no later than May 31, 2025.", "", "no later than may 31, 2025=/2025-05-31"},
    {"en", "after the end of 2015", "", "after the end of 2015=2016-01/"},
    {"en", "not before early October 2024", "", "before early october 2024=/2024-09-30"},
    {"en", "the vote could come as late as tomorrow", kRef, "as late as tomorrow=~/2024-06-20"},
    {"en", "Models built in 2020 and later", "", "2020 and later=2020/"},
    {"en", "since yesterday", "", "since yesterday=~?"},
    {"en", "data from June 2019", "", "june 2019=2019-06"},
    // A count before the bound shifts the date.
    {"es", "Se votará dos días después de mañana.", kRef, "dos dias despues de manana=~2024-06-22"},
    {"es", "Firmó tres semanas antes del 1 de mayo de 2024.", "",
     "tres semanas antes del 1 de mayo de 2024=2024-04-10"},
    {"es", "Abre diez días a partir de hoy.", kRef, "diez dias a partir de hoy=~2024-06-29"},
    {"en", "The vote is two weeks from tomorrow.", kRef, "two weeks from tomorrow=~2024-07-04"},
    {"en", "It closed 2 months after January 31, 2023.", "", "2 months after january 31, 2023=2023-03-31"},

    // Parts of the reference's own period, read on Wednesday 2024-06-19.
    {"en", "Shares fell earlier this month.", kRef, "earlier this month=~2024-06-01/2024-06-15"},
    {"en", "Turnout rose earlier this year.", kRef, "earlier this year=~2024-01-01/2024-06-18"},
    {"en", "The bill is due later this week.", kRef, "later this week=~2024-06-20/2024-06-23"},
    {"en", "A vote is expected later this year.", kRef, "later this year=~2024-07-01/2024-12-31"},
    {"en", "The court rules later this month.", kRef, "later this month=~2024-06-19/2024-06-30"},
    {"en", "for the rest of the year", kRef, "the rest of the year=~2024-06-19/2024-12-31"},
    {"en", "Sales so far this year", kRef, "so far this year=~2024-01-01/2024-06-19"},
    {"en", "later this year", "", "later this year=~?"},
    {"es", "Se votará más tarde este año.", kRef, "mas tarde este ano=~2024-07-01/2024-12-31"},
    {"es", "durante el resto del año", kRef, "el resto del ano=~2024-06-19/2024-12-31"},
    {"es", "en lo que va de año", kRef, "lo que va de ano=~2024-01-01/2024-06-19"},
    {"es", "Cerró a principios de este mes.", kRef, "a principios de este mes=~2024-06-01/2024-06-15"},

    // Bounds with a count, and bounds on parts of a period.
    {"en", "filed more than two weeks before June 1, 2024", "", "more than two weeks before june 1, 2024=/2024-05-18"},
    {"en", "less than three days after tomorrow", kRef, "less than three days after tomorrow=~2024-06-20/2024-06-23"},
    {"es", "más de 10 días después del 1 de marzo de 2024", "",
     "mas de 10 dias despues del 1 de marzo de 2024=2024-03-11/"},
    {"en", "Output was later than 2019.", "", "later than 2019=2020/"},
    {"en", "a deal before the end of March 2025", "", "before the end of march 2025=/2025-03-31"},
    {"en", "after the beginning of 2020", "", "after the beginning of 2020=2020-01/"},
    {"es", "antes de finales de 2025", "", "antes de finales de 2025=/2025-12"},
    // Weeks named by their first day, and ISO weeks by number.
    {"en", "the week beginning June 19, 2024", "", "the week beginning june 19, 2024=2024-06-19/2024-06-25"},
    {"es", "la semana que comienza el 3 de marzo de 2025", "",
     "semana que comienza el 3 de marzo de 2025=2025-03-03/2025-03-09"},
    {"en", "Cases peaked in week 31.", kRef, "week 31=~2024-07-29/2024-08-04"},
    {"en", "in week 1 of 2021", "", "week 1 of 2021=2021-01-04/2021-01-10"},
    {"en", "in week 3 of the trial", kRef, ""},
    {"es", "en la semana 12 de 2024", "", "semana 12 de 2024=2024-03-18/2024-03-24"},
    {"es", "la semana 30 del año pasado", kRef, "semana 30 del ano pasado=~2023-07-24/2023-07-30"},
    {"es", "la semana 5 del juicio", kRef, ""},
    // A year and a month number; two years stay a range.
    {"en", "the 2015-3 figures", "", "2015-3=2015-03"},
    {"es", "datos de 2023-7", "", "2023-7=2023-07"},
    {"es", "el código 1995-01", "", ""},
    {"es", "el balance 12-2015", "", "12-2015=2015-12"},
    {"en", "the 2010-11 season", "", "2010-11=2010/2011"},
    // Centuries.
    {"en", "in the 21st century", "", "the 21st century=2000/2099"},
    {"en", "the nineteenth century", "", "the nineteenth century=1800/1899"},
    {"es", "a finales del siglo XX", "", "a finales del siglo xx=1966/1999"},
    {"es", "el siglo XXI", "", "siglo xxi=2000/2099"},

    // "Now" only as one end of a range.
    {"en", "Prices rise between now and November 15.", kRef, "between now and november 15=~2024-06-19/2024-11-15"},
    {"es", "entre enero de 2024 y ahora", kRef, "entre enero de 2024 y ahora=~2024-01/2024-06-19"},
    {"en", "And now the vote.", kRef, ""},
    {"en", "Prices have doubled from 2010 to now.", kRef, "from 2010 to now=~2010/2024-06-19"},
    {"es", "Los precios se duplicaron desde 2010 hasta ahora.", kRef, "desde 2010 hasta ahora=~2010/2024-06-19"},
    {"es", "Hasta ahora, nadie ha dimitido.", kRef, ""},
    {"en", "Up to now, nobody has resigned.", kRef, ""},
    {"es", "Llegó en 2019 y ahora gobierna.", kRef, "2019=2019"},
    // A month name after a hyphen is no part of a number.
    {"en", "It ran Oct 14-Nov 21, 2013.", "", "oct 14-nov 21, 2013=2013-10-14/2013-11-21"},

    // Ranges: a leading bound word on an explicit range, an end word alone, a
    // bare weekday after the first day.
    {"es", "desde 1998-2002", "", "desde 1998-2002=1998/2002"},
    {"es", "Cobra el 1 de agosto de 2023 hasta hoy.", kRef, "1 de agosto de 2023 hasta hoy=~2023-08-01/2024-06-19"},
    {"es", "desde el próximo lunes hasta el viernes", kRef,
     "desde el proximo lunes hasta el viernes=~2024-06-24/2024-06-28"},
    {"en", "from next Tuesday to Thursday", kRef, "from next tuesday to thursday=~2024-06-25/2024-06-27"},
    {"es", "Pagará a fin de mes.", kRef, "a fin de mes=~2024-06-16/2024-06-30"},
    {"es", "la semana a partir del 3 de marzo de 2025", "",
     "semana a partir del 3 de marzo de 2025=2025-03-03/2025-03-09"},
    {"es", "no más tarde que el 3 de marzo de 2012", "", "no mas tarde que el 3 de marzo de 2012=/2012-03-03"},

    // A weekday and its day: abbreviated with an ordinal suffix, or in words.
    {"en", "Polls open Tue 25th.", kRef, "tue 25th=~2024-06-25"},
    {"en", "He sat 14 hours.", kRef, ""},
    {"en", "on Tuesday the twenty-fifth", kRef, "tuesday the twenty-fifth=~2024-06-25"},
    {"es", "Votarán el martes veinticinco.", kRef, "martes veinticinco=~2024-06-25"},

    // Parts of weeks, and of shifted months and years.
    {"en", "Sales slumped late last year.", kRef, "late last year=~2023-09/2023-12"},
    {"en", "A ruling is due early next week.", kRef, "early next week=~2024-06-24/2024-06-26"},
    {"en", "by the end of the week", kRef, "by the end of the week=~/2024-06-23"},
    {"en", "early next month", kRef, "early next month=~2024-07-01/2024-07-15"},
    {"es", "Llegó a finales de la semana pasada.", kRef, "a finales de la semana pasada=~2024-06-13/2024-06-16"},
    {"es", "a principios de la próxima semana", kRef, "a principios de la proxima semana=~2024-06-24/2024-06-26"},
    {"es", "Trabaja a fin de semana.", kRef, ""},

    {"en", "results for calendar year 2011", "", "calendar year 2011=2011"},
    {"es", "el año calendario 2023", "", "ano calendario 2023=2023"},
    {"en", "profits this calendar year", kRef, "this calendar year=~2024"},

    // Holidays with a rule of their own.
    {"en", "Sales peaked on Black Friday 2013.", "", "black friday 2013=2013-11-29"},
    {"en", "They met on Easter Monday 2019.", "", "easter monday 2019=2019-04-22"},
    {"en", "Turnout fell last Easter.", kRef, "last easter=~2024-03-31"},
    {"en", "The deal lapses two weeks before Christmas.", kRef, "two weeks before christmas=~2024-12-11"},
    {"es", "el Viernes Santo de 2024", "", "viernes santo de 2024=2024-03-29"},
    {"es", "Volvió la Navidad pasada.", kRef, "navidad pasada=~2023-12-25"},
    {"es", "Marcharon el Día del Trabajador.", kRef, "dia del trabajador=~2024-05-01"},
    {"es", "Cerrará en Nochevieja.", "", "nochevieja=~?"},

    // Days of the month in words.
    {"en", "Parades on the fourth of July, 1988 drew crowds.", "", "the fourth of july, 1988=1988-07-04"},
    {"en", "the twenty-third of May", kRef, "the twenty-third of may=~2024-05-23"},
    {"en", "Polls close January second 2025.", "", "january second 2025=2025-01-02"},
    {"en", "It may first rain.", kRef, ""},
    {"en", "for the rest of May 2020", "", "may 2020=2020-05"},
    {"es", "Gastó mucho en los 7 años pasados.", kRef, "7 anos pasados=~2017-06-19/2024-06-18"},
    {"es", "Volverá el diez de octubre de 2025.", "", "diez de octubre de 2025=2025-10-10"},
    {"es", "Se casaron el veintinueve de mayo.", kRef, "veintinueve de mayo=~2024-05-29"},
    {"es", "Desde el primero de enero de 2025.", "", "desde el primero de enero de 2025=2025-01-01/"},
    {"es", "La reunión de mayo de 2024.", "", "mayo de 2024=2024-05"},

    {"es", "El paro subió el pasado mes.", kRef, "pasado mes=~2024-05"},

    // Several mentions, in order.
    {"es", "19 jun 2024 , 19:06 Putin y Kim firmaron este miércoles el acuerdo de 1961.", kRef,
     "19 jun 2024=2024-06-19; este miercoles=~2024-06-19; 1961=1961"},
    {"en", "Yesterday, not last Wednesday, in 2024.", kRef,
     "yesterday=~2024-06-18; last wednesday=~2024-06-12; 2024=2024"},
    // Any other language tries both.
    {"fr", "19 de junio de 2024 ; June 20, 2024", "", "19 de junio de 2024=2024-06-19; june 20, 2024=2024-06-20"},

    // Numbers that are not dates.
    {"es", "Tiene 24 años.", kRef, ""},
    {"es", "1 900 damnificados", kRef, ""},
    {"es", "11.000 personas", kRef, ""},
    {"es", "2000 personas", kRef, ""},
    {"es", "durante 21 horas", kRef, ""},
    {"en", "Article 51 of the charter", kRef, ""},
    {"en", "Version 1.2.24", kRef, ""},
    // The hour is no date; "del día 20" is the 20th (precision_test.cc).
    {"es", "a las 2 de la madrugada del día 20", kRef, "dia 20=~2024-06-20"},
    {"es", "el 31 de junio", kRef, ""},
    // A leap day without its year is the last one (dates_en_forms_test.cc,
    // dates_es_forms_test.cc).
    {"es", "el 29 de febrero", "2023-06-19", "29 de febrero=~2020-02-29"},
};

TEST(DateExtract, Table) {
  for (const ExtractTest& t : kExtractTests) {
    EXPECT_EQ(DatesOf(t.lang, t.text, t.ref), t.expected)
        << "lang=" << t.lang << " ref=" << t.ref << " text: " << t.text;
  }
}

// The Spanish synthetic future is told from the subjunctive by its accent, which
// folding drops: the verbs are found in the original text.
TEST(DateExtract, SpanishSyntheticFuture) {
  const std::string text = "Putin viajará a Hanói el jueves; pidió que se firmara el jueves. VOLVERÁ EL LUNES.";
  FoldedText f = FoldedText::Fold(text);
  const std::vector<Span> verbs = SpanishFutureVerbs(f, text, "es");
  ASSERT_EQ(verbs.size(), 2u);
  EXPECT_EQ(f.str().substr(verbs[0].begin, verbs[0].size()), "viajara");
  EXPECT_EQ(f.str().substr(verbs[1].begin, verbs[1].size()), "volvera");
  Date ref;
  ASSERT_TRUE(Date::Parse(kRef, &ref));
  EXPECT_EQ(RenderDates(f.str(), ExtractDates(f.str(), "es", &ref, verbs)),
            "jueves=~2024-06-20; jueves=~2024-06-13; lunes=~2024-06-24");
  EXPECT_EQ(RenderDates(f.str(), ExtractDates(f.str(), "es", &ref)),
            "jueves=~2024-06-13; jueves=~2024-06-13; lunes=~2024-06-17");
  // Words that end in an accented "a" without the infinitive's "r" are no verbs.
  const std::string other = "Está en Panamá, allá.";
  EXPECT_TRUE(SpanishFutureVerbs(FoldedText::Fold(other), other, "es").empty());
  // English has no such verbs to find (its future is a word: "will").
  EXPECT_TRUE(SpanishFutureVerbs(f, text, "en-GB").empty());
}

TEST(DateExtract, Forms) {
  struct {
    const char* lang;
    const char* text;
    const char* form;
  } cases[] = {
      {"es", "19 de junio de 2024", "absolute"},
      {"es", "el 19 de junio", "day-month"},
      {"es", "junio de 2024", "month"},
      {"es", "en 2022", "year"},
      {"es", "1950-1953", "year-range"},
      {"es", "del 18 al 19 de junio", "day-range"},
      {"es", "de marzo a mayo de 2019", "month-range"},
      {"es", "el martes 11", "weekday-day"},
      {"es", "ayer", "relative-day"},
      {"es", "este miércoles", "weekday"},
      {"es", "el pasado septiembre", "relative-month"},
      {"es", "el mes pasado", "relative-month"},
      {"es", "el año pasado", "relative-year"},
      {"en", "2024-06-19", "iso"},
      {"en", "06/19/2024", "numeric"},
      {"es", "la semana pasada", "week"},
      {"es", "este fin de semana", "weekend"},
      {"es", "hace dos semanas", "offset"},
      {"es", "los años 80", "decade"},
      {"es", "a mediados de julio", "part"},
      {"es", "el primer trimestre de 2023", "quarter"},
      {"es", "los próximos cuatro días", "span"},
      {"es", "desde marzo de 2019 hasta mayo de 2021", "joined-range"},
      {"es", "antes de 2021", "open-range"},
      {"en", "later this year", "period-part"},
      {"en", "the 19th century", "century"},
      {"es", "Nochebuena de 2023", "holiday"},
      {"en", "two days after yesterday", "shifted"},
  };
  Date ref;
  ASSERT_TRUE(Date::Parse(kRef, &ref));
  for (const auto& c : cases) {
    FoldedText f = FoldedText::Fold(c.text);
    std::vector<DateMention> m = ExtractDates(f.str(), c.lang, &ref);
    ASSERT_EQ(m.size(), 1u) << c.text;
    EXPECT_EQ(m[0].form, c.form) << c.text;
  }
}

TEST(DateExtract, AbsoluteIsNotRelative) {
  FoldedText f = FoldedText::Fold("19 de junio de 2024");
  std::vector<DateMention> m = ExtractDates(f.str(), "es", nullptr);
  ASSERT_EQ(m.size(), 1u);
  EXPECT_FALSE(m[0].relative);
  EXPECT_TRUE(m[0].resolved);
  EXPECT_FALSE(m[0].is_range);
}

TEST(DateExtract, UnresolvedHasNoValue) {
  FoldedText f = FoldedText::Fold("Firmaron ayer.");
  std::vector<DateMention> m = ExtractDates(f.str(), "es", nullptr);
  ASSERT_EQ(m.size(), 1u);
  EXPECT_TRUE(m[0].relative);
  EXPECT_FALSE(m[0].resolved);
  EXPECT_FALSE(m[0].value.valid());
}

// Every month and weekday name ICU knows for the language is read, wide or
// abbreviated, with or without the abbreviation's dot.
TEST(DateExtract, EveryIcuName) {
  for (const char* lang : {"es", "en"}) {
    UErrorCode status = U_ZERO_ERROR;
    icu::DateFormatSymbols symbols(icu::Locale(lang), status);
    ASSERT_TRUE(U_SUCCESS(status));
    for (auto width : {icu::DateFormatSymbols::WIDE, icu::DateFormatSymbols::ABBREVIATED}) {
      int32_t count = 0;
      const icu::UnicodeString* months =
          symbols.getMonths(count, icu::DateFormatSymbols::STANDALONE, width);
      ASSERT_EQ(count, 12);
      for (int i = 0; i < 12; ++i) {
        std::string name;
        months[i].toUTF8String(name);
        for (const char* dot : {"", "."}) {
          std::string text = "el 1 " + name + dot + " 2023";
          FoldedText f = FoldedText::Fold(text);
          std::vector<DateMention> m = ExtractDates(f.str(), lang, nullptr);
          ASSERT_EQ(m.size(), 1u) << text;
          EXPECT_EQ(m[0].value, Date::Day(2023, i + 1, 1)) << text;
        }
      }
      const icu::UnicodeString* days =
          symbols.getWeekdays(count, icu::DateFormatSymbols::FORMAT, width);
      for (int i = 1; i < count; ++i) {
        std::string name;
        days[i].toUTF8String(name);
        const bool abbreviated = width == icu::DateFormatSymbols::ABBREVIATED;
        std::string text = name + (abbreviated ? ". " : ", ") +
                           (std::string(lang) == "es" ? "19 de junio de 2024" : "19 June 2024");
        FoldedText f = FoldedText::Fold(text);
        std::vector<DateMention> m = ExtractDates(f.str(), lang, nullptr);
        ASSERT_EQ(m.size(), 1u) << text;
        EXPECT_EQ(m[0].span.begin, 0u) << text;  // the weekday is part of the span
      }
    }
  }
}

// Weekdays cut to four or five letters of ICU's full name, as wires write
// them, are part of the date's span.
TEST(DateExtract, WeekdaysCutWireStyle) {
  const std::pair<const char*, const char*> cases[] = {
      {"en", "Thurs., June 20, 2024"}, {"en", "Tues. June 18, 2024"}, {"es", "miérc. 19 de junio de 2024"}};
  for (const auto& [lang, text] : cases) {
    FoldedText f = FoldedText::Fold(text);
    std::vector<DateMention> m = ExtractDates(f.str(), lang, nullptr);
    ASSERT_EQ(m.size(), 1u) << text;
    EXPECT_EQ(m[0].span.begin, 0u) << text;
  }
}

TEST(DateExtract, SortedAndDisjoint) {
  Date ref;
  ASSERT_TRUE(Date::Parse(kRef, &ref));
  FoldedText f = FoldedText::Fold(
      "Del 18 al 19 de junio de 2024, ayer y este miércoles, en 2022 y entre 1950 y 1953; "
      "el pasado septiembre, mañana por la mañana.");
  std::vector<DateMention> m = ExtractDates(f.str(), "es", &ref);
  ASSERT_EQ(m.size(), 7u);
  for (size_t i = 1; i < m.size(); ++i) EXPECT_LE(m[i - 1].span.end, m[i].span.begin);
}

struct ParseTest {
  const char* text;
  bool ok;
  const char* expected;  // ToString() of the result
};

const ParseTest kParseTests[] = {
    {"2024", true, "2024"},
    {"2024-06", true, "2024-06"},
    {"2024-06-19", true, "2024-06-19"},
    {"2024-06-19T19:06:00Z", true, "2024-06-19"},
    {"2024-06-19 19:06", true, "2024-06-19"},
    {"2024-02-29", true, "2024-02-29"},
    {"2000-02-29", true, "2000-02-29"},
    {"2024-13-40", false, ""},
    {"2023-02-29", false, ""},
    {"1900-02-29", false, ""},
    {"2024-06-31", false, ""},
    {"2024-13", false, ""},
    {"2024-00", false, ""},
    {"2024-06-00", false, ""},
    {"2024-6-19", false, ""},
    {"24-06-19", false, ""},
    {"2024/06/19", false, ""},
    {"2024-06-19x", false, ""},
    {"19 de junio", false, ""},
    {"", false, ""},
};

// A hedge right before a date makes it approximate; "about" and "sobre" name a
// topic as often, and are left.
TEST(DateApprox, HedgeBeforeADate) {
  struct Case {
    const char* lang;
    const char* text;
    bool approx;
  };
  const Case cases[] = {
      {"en", "They met around 21 June.", true},
      {"en", "The fort was built circa 1950.", true},
      {"en", "It reopens around the 21st of this month.", true},
      {"es", "Se fundó hacia 1950.", true},
      {"es", "Llegará en torno al 21 de junio.", true},
      {"es", "Volverá alrededor del día 5 de julio.", true},
      {"es", "Viajó el 21 de junio.", false},
      {"es", "Es un informe sobre el 11 de septiembre de 2001.", false},
  };
  Date ref;
  ASSERT_TRUE(Date::Parse(kRef, &ref));
  for (const Case& c : cases) {
    FoldedText f = FoldedText::Fold(c.text);
    std::vector<DateMention> found = ExtractDates(f.str(), c.lang, &ref);
    ASSERT_EQ(found.size(), 1u) << c.text;
    EXPECT_EQ(found[0].approx, c.approx) << c.text;
  }
}

TEST(DateParse, Table) {
  for (const ParseTest& t : kParseTests) {
    Date d = Date::Day(1999, 1, 1);
    EXPECT_EQ(Date::Parse(t.text, &d), t.ok) << t.text;
    if (t.ok) {
      EXPECT_EQ(d.ToString(), t.expected) << t.text;
    } else {
      EXPECT_EQ(d, Date::Day(1999, 1, 1)) << "left unchanged: " << t.text;
    }
  }
}

TEST(DateArithmetic, WeekdayAndAddDays) {
  EXPECT_EQ(Date::Day(2024, 6, 19).Weekday(), 3);
  EXPECT_EQ(Date::Day(2024, 6, 23).Weekday(), 7);
  EXPECT_EQ(Date::Day(1970, 1, 1).Weekday(), 4);
  EXPECT_EQ(Date::Day(1950, 6, 25).Weekday(), 7);
  EXPECT_EQ(Date::Day(2000, 2, 28).AddDays(1), Date::Day(2000, 2, 29));
  EXPECT_EQ(Date::Day(1900, 2, 28).AddDays(1), Date::Day(1900, 3, 1));
  EXPECT_EQ(Date::Day(2023, 12, 31).AddDays(1), Date::Day(2024, 1, 1));
  EXPECT_EQ(Date::Day(2024, 3, 1).AddDays(-1), Date::Day(2024, 2, 29));
  EXPECT_EQ(Date::Day(2024, 6, 19).AddDays(-366), Date::Day(2023, 6, 19));
}

TEST(DateArithmetic, ToStringAndTruncate) {
  EXPECT_EQ(Date::Year(987).ToString(), "0987");
  EXPECT_EQ(Date().ToString(), "");
  Date d = Date::Day(2024, 6, 19);
  EXPECT_EQ(d.Truncate(Date::Precision::kMonth), Date::Month(2024, 6));
  EXPECT_EQ(d.Truncate(Date::Precision::kYear), Date::Year(2024));
  EXPECT_EQ(d.Truncate(Date::Precision::kDay), d);
  EXPECT_FALSE(d.Truncate(Date::Precision::kNone).valid());
  EXPECT_EQ(Date::Year(2024).Truncate(Date::Precision::kDay), Date::Year(2024));
}

struct AgreeTest {
  const char* a;
  const char* b;
  bool agree;
};

const AgreeTest kAgreeTests[] = {
    {"2024-06", "2024-06-19", true},
    {"2024-06-19", "2024-06", true},
    {"2024-06-19", "2024-06-19", true},
    {"2024-06-18", "2024-06-19", false},
    {"2024", "2024-12-31", true},
    {"2023", "2024-01-01", false},
    {"2024-05", "2024-06-19", false},
    {"2024-06", "2024", true},
};

TEST(DateAgree, Table) {
  for (const AgreeTest& t : kAgreeTests) {
    Date a, b;
    ASSERT_TRUE(Date::Parse(t.a, &a));
    ASSERT_TRUE(Date::Parse(t.b, &b));
    EXPECT_EQ(Date::Agree(a, b), t.agree) << t.a << " vs " << t.b;
  }
  EXPECT_FALSE(Date::Agree(Date(), Date::Year(2024)));
  EXPECT_FALSE(Date::Agree(Date(), Date()));
}


// Open ranges in the checker: a bound is compared by its closed side only, and
// is no claim of a date.
const char kWarRules[] = R"(schema: claimcheck/v1
event: {id: korean-war, title: Korean War}
facts:
  - id: war-years
    kind: range
    value: [1950, 1953]
    cues: ["guerra", "war"]
  - id: armistice-date
    kind: date
    value: 1953-07-27
    cues: ["armisticio", "armistice"]
  - id: talks-days
    kind: range
    value: [1953-07-26, 1953-07-27]
    cues: ["conversaciones", "talks"]
)";

const Checker& WarChecker() {
  static const Checker* checker = testutil::CheckerFromYaml("claimcheck-war-rules.yaml", kWarRules);
  return *checker;
}

TEST(OpenRange, Checker) {
  struct {
    const char* text;
    const char* fact;
    const char* status;  // "none": no finding
    const char* found;
  } cases[] = {
      {"La guerra duró de 1950 a 1953.", "war-years", "confirmed", "1950/1953"},
      {"The war lasted until 1953.", "war-years", "confirmed", "/1953"},
      {"La guerra se libró desde 1950.", "war-years", "confirmed", "1950/"},
      // Within the bound, not meeting it: no claim either way.
      {"La guerra terminó antes de 1960.", "war-years", "none", ""},
      {"The war broke out after 1945.", "war-years", "none", ""},
      // Outside it: the value cannot be so.
      {"La guerra empezó después de 1951.", "war-years", "contradiction", "1952/"},
      {"The war ended before 1952.", "war-years", "contradiction", "/1951"},
      // "Before 1954" names no date for the armistice.
      {"El armisticio se firmó antes de 1954.", "armistice-date", "none", ""},
      {"The armistice was signed after 1952.", "armistice-date", "none", ""},
      {"The armistice was signed on July 27, 1953.", "armistice-date", "confirmed", "1953-07-27"},
  };
  for (const auto& c : cases) {
    SCOPED_TRACE(c.text);
    testutil::ExpectOutcome(testutil::FindingsFor(WarChecker(), "event: korean-war\n", c.text, c.fact), c.status,
                            c.found);
  }
}

// A range of days without its year, read in a later year: the days are not
// wrong, only not placed (as the date kind reads a day without its year).
TEST(OpenRange, DaysWithoutTheirYearReadLater) {
  struct {
    const char* text;
    const char* status;
    const char* found;
  } cases[] = {
      {"Las conversaciones se celebraron del 26 al 27 de julio.", "unresolved", "1955-07-26/1955-07-27"},
      {"The talks were held from July 26 to 27.", "unresolved", "1955-07-26/1955-07-27"},
      // Wrong days stay wrong, and a year the text names is the text's.
      {"Las conversaciones se celebraron del 20 al 21 de julio.", "contradiction", "1955-07-20/1955-07-21"},
      {"The talks were held from July 26 to 27, 1955.", "contradiction", "1955-07-26/1955-07-27"},
  };
  for (const auto& c : cases) {
    SCOPED_TRACE(c.text);
    testutil::ExpectOutcome(
        testutil::FindingsFor(WarChecker(), "event: korean-war\npublished: 1955-09-01\n", c.text, "talks-days"),
        c.status, c.found);
  }
}

}  // namespace
}  // namespace claimcheck
