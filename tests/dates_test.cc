#include "claimcheck/dates.h"

#include <gtest/gtest.h>
#include <unicode/dtfmtsym.h>
#include <unicode/locid.h>
#include <unicode/unistr.h>

#include <string>
#include <vector>

#include "claimcheck/text.h"

namespace claimcheck {
namespace {

// Most cases are read on Wednesday 2024-06-19.
constexpr const char* kRef = "2024-06-19";

// Mentions as "span=value; span=value", span being the folded text it covers.
// A relative value starts with '~', an unresolved one is "~?", a range is
// "START/END".
std::string Render(const std::string& folded, const std::vector<DateMention>& mentions) {
  std::string out;
  for (const DateMention& m : mentions) {
    if (!out.empty()) out += "; ";
    out += folded.substr(m.span.begin, m.span.size()) + "=";
    if (m.relative) out += "~";
    if (!m.resolved) {
      out += "?";
      continue;
    }
    out += m.value.ToString();
    if (m.is_range) out += "/" + m.end.ToString();
  }
  return out;
}

std::string Extract(const char* lang, const char* text, const char* ref) {
  Date r;
  if (ref && *ref) {
    EXPECT_TRUE(Date::Parse(ref, &r)) << ref;
  }
  FoldedText f = FoldedText::Fold(text);
  return Render(f.str(), ExtractDates(f.str(), lang, ref && *ref ? &r : nullptr));
}

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
    {"es", "publicado el 2024-06-19", kRef, "2024-06-19=2024-06-19"},
    {"es", "2024-06-19T19:06:00Z", "", "2024-06-19=2024-06-19"},
    {"es", "Fecha: 19/06/2024", "", "19/06/2024=2024-06-19"},
    {"es", "Fecha: 18/06/2024", "", "18/06/2024=2024-06-18"},
    {"es", "Fecha: 05/06/2024", "", "05/06/2024=2024-06-05"},
    {"es", "Fecha: 19.06.2024", "", "19.06.2024=2024-06-19"},
    {"es", "Fecha: 19/06/24", "", "19/06/24=2024-06-19"},
    {"es", "Fecha: 06/19/2024", "", ""},

    {"en", "Eli Lilly sold IVAC on Dec. 31 , 1994", "", "dec. 31 , 1994=1994-12-31"},
    {"en", "July 4th of 1995", "", "july 4th of 1995=1995-07-04"},
    {"en", "on Sept. 30", kRef, "sept. 30=~2024-09-30"},
    {"es", "desde el 1.º de julio de 2024", "", "1.o de julio de 2024=2024-07-01"},
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
    {"es", "desde 2006", "", "2006=2006"},
    {"es", "del año 2000", "", "2000=2000"},
    {"es", "el tratado de 1961", "", "1961=1961"},
    {"es", "hasta 2030", "", "2030=2030"},
    {"es", "los acuerdos de 1950 y 1953", "", "1950=1950"},
    {"es", "en 2000,5 segundos", "", ""},
    {"en", "in 2022", "", "2022=2022"},
    {"en", "since 2006", "", "2006=2006"},
    {"en", "the year 2000", "", "2000=2000"},
    {"en", "in mid-2022", "", "2022=2022"},
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
    {"en", "Tel: +86 138-2010-2015", "", ""},
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
    {"es", "del 28 de junio al 2 de julio de 2024", "",
     "del 28 de junio al 2 de julio de 2024=2024-06-28/2024-07-02"},
    {"en", "18-19 June", kRef, "18-19 june=~2024-06-18/2024-06-19"},
    {"en", "from 18-19 June 2024", "", "18-19 june 2024=2024-06-18/2024-06-19"},
    {"en", "June 18-19, 2024", "", "june 18-19, 2024=2024-06-18/2024-06-19"},
    {"en", "from June 28 to July 2, 2024", "", "from june 28 to july 2, 2024=2024-06-28/2024-07-02"},
    {"en", "between 18 and 19 June 2024", "", "between 18 and 19 june 2024=2024-06-18/2024-06-19"},

    {"es", "9 a 12 de junio de 2024", "", "9 a 12 de junio de 2024=2024-06-09/2024-06-12"},
    {"es", "desde 1 hasta 7 de mayo de 2020", "", "desde 1 hasta 7 de mayo de 2020=2020-05-01/2020-05-07"},
    {"es", "de 18 y 19 de junio", kRef, "19 de junio=~2024-06-19"},

    // Month ranges.
    {"es", "de abril a junio de 2017", "", "de abril a junio de 2017=2017-04/2017-06"},
    {"es", "de noviembre a febrero de 2017", "", "de noviembre a febrero de 2017=2016-11/2017-02"},
    {"es", "entre junio y agosto", kRef, "entre junio y agosto=~2024-06/2024-08"},
    {"es", "entre junio y agosto", "", "entre junio y agosto=~?"},
    {"es", "en junio y julio", kRef, ""},
    {"en", "June-August 1992", "", "june-august 1992=1992-06/1992-08"},
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
    {"es", "Llegó esta mañana.", kRef, ""},
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
    {"es", "Firmaron el martes pasado.", kRef, "martes pasado=~2024-06-18"},
    {"es", "Firmaron el pasado martes.", kRef, "pasado martes=~2024-06-18"},
    {"es", "Firmaron el miércoles pasado.", kRef, "miercoles pasado=~2024-06-12"},
    {"es", "Firmarán el próximo martes.", kRef, "proximo martes=~2024-06-25"},
    {"es", "Firmarán el martes próximo.", kRef, "martes proximo=~2024-06-25"},
    {"es", "Firmarán el jueves que viene.", kRef, "jueves que viene=~2024-06-20"},
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
    {"en", "last Tuesday", kRef, "last tuesday=~2024-06-18"},
    {"en", "this past Monday", kRef, "this past monday=~2024-06-17"},
    {"en", "next Wednesday", kRef, "next wednesday=~2024-06-26"},
    {"en", "next Thursday", kRef, "next thursday=~2024-06-20"},
    {"en", "last September", kRef, "last september=~2023-09"},
    {"en", "next September", kRef, "next september=~2024-09"},
    {"en", "next June", kRef, "next june=~2025-06"},
    {"en", "this month", kRef, "this month=~2024-06"},
    {"en", "last month", kRef, "last month=~2024-05"},
    {"en", "earlier this month", kRef, "earlier this month=~2024-06"},
    {"en", "this year", kRef, "this year=~2024"},
    {"en", "last year", kRef, "last year=~2023"},
    {"en", "last Wednesday", "", "last wednesday=~?"},
    {"en", "over the last year", kRef, ""},
    {"en", "every Wednesday", kRef, ""},
    {"en", "the last Wednesday of the month", kRef, ""},
    {"en", "this may take a while", kRef, ""},

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
    {"es", "a las 2 de la madrugada del día 20", kRef, ""},
    {"es", "el 31 de junio", kRef, ""},
    {"es", "el 29 de febrero", "2023-06-19", ""},
};

TEST(DateExtract, Table) {
  for (const ExtractTest& t : kExtractTests) {
    EXPECT_EQ(Extract(t.lang, t.text, t.ref), t.expected)
        << "lang=" << t.lang << " ref=" << t.ref << " text: " << t.text;
  }
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
      {"es", "de abril a junio de 2017", "month-range"},
      {"es", "el martes 11", "weekday-day"},
      {"es", "ayer", "relative-day"},
      {"es", "este miércoles", "weekday"},
      {"es", "el pasado septiembre", "relative-month"},
      {"es", "el mes pasado", "relative-month"},
      {"es", "el año pasado", "relative-year"},
      {"en", "2024-06-19", "iso"},
      {"en", "06/19/2024", "numeric"},
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

}  // namespace
}  // namespace claimcheck
