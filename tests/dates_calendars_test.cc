// Feasts of other calendars, placed with ICU's calendars: Islamic (Umm
// al-Qura, Saudi Arabia's), Chinese, Hebrew, Persian and Julian. The expected
// days are the ones those feasts were kept on: Eid al-Fitr 2024 on 10 April in
// Saudi Arabia, Ramadan 2024 from 11 March to 9 April there, Eid al-Adha 2024
// on 16 June, Lunar New Year on 10 February 2024 and 29 January 2025, Rosh
// Hashanah 5785 from the evening of 2 October 2024 (1 Tishrei is 3 October),
// Yom Kippur 2024 on 12 October, Passover 2024 from the evening of 22 April
// (15 Nisan is 23 April), Hanukkah 2024 from the evening of 25 December,
// Orthodox Christmas on 7 January, Orthodox Easter 2024 on 5 May and 2025 on
// 20 April, Nowruz 2024 on 20 March.
#include <gtest/gtest.h>

#include <string>
#include <thread>
#include <vector>

#include "claimcheck/dates.h"
#include "dates/internal.h"
#include "dates_testutil.h"

namespace claimcheck {
namespace {

using testutil::DatesOf;

// A feast with its year is that year's, whatever the reference.
TEST(DatesCalendars, FeastsWithTheirYear) {
  testutil::ExpectDates({
      {"en", "Markets closed for Eid al-Fitr 2024 across the Gulf.", "eid al-fitr 2024=2024-04-10"},
      {"en", "Flights were full for Eid ul-Adha, 2024.", "eid ul-adha, 2024=2024-06-16"},
      {"en", "Fireworks lit up the harbour for Lunar New Year 2025.", "lunar new year 2025=2025-01-29"},
      {"en", "The synagogue reopened on Rosh Hashanah 2024.", "rosh hashanah 2024=2024-10-03"},
      {"en", "Few flights left on Yom Kippur of 2024.", "yom kippur of 2024=2024-10-12"},
      {"en", "Families met for Passover 2024.", "passover 2024=2024-04-23"},
      {"en", "The menorah was lit on Hanukkah 2024.", "hanukkah 2024=2024-12-26"},
      {"en", "Pilgrims gathered for Orthodox Easter 2025.", "orthodox easter 2025=2025-04-20"},
      {"en", "Processions were held on Orthodox Good Friday 2024.", "orthodox good friday 2024=2024-05-03"},
      {"es", "Hubo procesiones el Viernes Santo ortodoxo de 2024.", "viernes santo ortodoxo de 2024=2024-05-03"},
      {"en", "Tehran emptied for Nowruz 2024.", "nowruz 2024=2024-03-20"},
      {"es", "Los fieles celebraron el Aíd al Fitr de 2024 en la mezquita.", "aid al fitr de 2024=2024-04-10"},
      {"es", "Los comercios cerraron por la fiesta del cordero de 2024.", "fiesta del cordero de 2024=2024-06-16"},
      {"es", "El Año Nuevo chino de 2025 llenó las calles de farolillos.", "ano nuevo chino de 2025=2025-01-29"},
      {"es", "La comunidad celebró Rosh Hashaná de 2024 en la sinagoga.", "rosh hashana de 2024=2024-10-03"},
      {"es", "Las calles de Jerusalén se vaciaron en Yom Kipur de 2024.", "yom kipur de 2024=2024-10-12"},
      {"es", "Las familias se reunieron en Pésaj de 2024.", "pesaj de 2024=2024-04-23"},
      {"es", "Encendieron las velas de Janucá de 2024.", "januca de 2024=2024-12-26"},
      {"es", "Los templos se llenaron en la Pascua ortodoxa de 2024.", "pascua ortodoxa de 2024=2024-05-05"},
  });
}

// The other spellings and names news copy uses for the same feasts.
TEST(DatesCalendars, OtherNamesOfTheFeasts) {
  testutil::ExpectDates({
      {"en", "Prayers were held for Eid-ul-Fitr 2023 in the park.", "eid-ul-fitr 2023=2023-04-21"},
      {"en", "The Islamic New Year 2024 passed quietly.", "islamic new year 2024=2024-07-07"},
      {"en", "Hotels filled up for Chinese New Year 2024.", "chinese new year 2024=2024-02-10"},
      {"en", "Candles were lit for Chanukah 2023.", "chanukah 2023=2023-12-08"},
      {"en", "Churches were full on Orthodox Christmas Eve 2024.", "orthodox christmas eve 2024=2024-01-06"},
      {"en", "Shops shut for Persian New Year 2025.", "persian new year 2025=2025-03-21"},
      {"es", "Miles de fieles acudieron a la fiesta del fin del Ramadán de 2024.",
       "fiesta del fin del ramadan de 2024=2024-04-10"},
      {"es", "Las mezquitas se llenaron en el Aíd el Kebir de 2024.", "aid el kebir de 2024=2024-06-16"},
      {"es", "El precio del cordero subió antes de la fiesta del sacrificio de 2023.",
       "antes de la fiesta del sacrificio de 2023=/2023-06-27"},
      {"es", "El Año Nuevo islámico de 2024 se celebró sin incidentes.", "ano nuevo islamico de 2024=2024-07-07"},
      {"es", "El Año Nuevo lunar de 2024 trajo turistas.", "ano nuevo lunar de 2024=2024-02-10"},
      {"es", "La Pascua judía de 2024 reunió a las familias.", "pascua judia de 2024=2024-04-23"},
      {"es", "Teherán se vació en el Nouruz de 2024.", "nouruz de 2024=2024-03-20"},
      {"es", "El Año Nuevo persa de 2025 llegó con nieve.", "ano nuevo persa de 2025=2025-03-21"},
      // Chinese feasts after the new year (Mid-Autumn 2024 on 17 September,
      // Dragon Boat 2024 on 10 June); Hebrew ones in Adar (Adar II in a leap
      // year: Purim 2024 on 24 March, 2025 on 14 March) and Tishrei (Sukkot
      // 2024 from the evening of 16 October); Eid al-Adha by its West African
      // name, on the Umm al-Qura day (Senegal, sighting the moon, kept it a
      // day later in 2024: the observance varies, the calendar does not).
      {"en", "Lanterns were hung for the Mid-Autumn Festival 2024.", "mid-autumn festival 2024=2024-09-17"},
      {"en", "Races were held on the Dragon Boat Festival 2024.", "dragon boat festival 2024=2024-06-10"},
      {"en", "Costumes filled the streets on Purim 2024.", "purim 2024=2024-03-24"},
      {"en", "Costumes filled the streets on Purim 2025.", "purim 2025=2025-03-14"},
      {"en", "Families built huts for Sukkot 2024.", "sukkot 2024=2024-10-17"},
      {"es", "Dakar se paralizó por la Tabaski de 2024.", "tabaski de 2024=2024-06-16"},
      {"es", "Comieron pasteles de luna en el festival del Medio Otoño de 2024.",
       "festival del medio otono de 2024=2024-09-17"},
  });
}

// Ramadan is the month from 1 Ramadan to its last day: a period the text
// names, as "la semana pasada" is, not two endpoints it states.
TEST(DatesCalendars, RamadanIsAPeriod) {
  testutil::ExpectDates({
      {"en", "Sales of dates soared during Ramadan 2024.", "ramadan 2024=2024-03-11/2024-04-09"},
      {"es", "El consumo subió durante el Ramadán de 2024.", "ramadan de 2024=2024-03-11/2024-04-09"},
      // Read on 19 June 2024: last Ramadan is this spring's, the next one the
      // month that starts on 1 March 2025.
      {"en", "Attacks fell during last Ramadan.", "last ramadan=~2024-03-11/2024-04-09"},
      {"es", "El próximo Ramadán empezará con el calor.", "proximo ramadan=~2025-03-01/2025-03-29"},
      // Alone, after a word that does not place it in time, it is a name.
      {"en", "Ramadan began with long queues.", "ramadan=~2024-03-11/2024-04-09"},
      {"en", "Tariq Ramadan was tried in Paris.", ""},
      {"es", "Tariq Ramadán fue juzgado en París.", ""},
      {"es", "Ayunaron durante el Ramadán.", "ramadan=~2024-03-11/2024-04-09"},
  });
  Date ref;
  ASSERT_TRUE(Date::Parse(testutil::kRef, &ref));
  FoldedText f = FoldedText::Fold("Sales of dates soared during Ramadan 2024.");
  std::vector<DateMention> found = ExtractDates(f.str(), "en", &ref);
  ASSERT_EQ(found.size(), 1u);
  EXPECT_TRUE(found[0].is_range);
  EXPECT_TRUE(found[0].period);
  // A single feast day is no period.
  f = FoldedText::Fold("Markets closed for Eid al-Fitr 2024.");
  found = ExtractDates(f.str(), "en", &ref);
  ASSERT_EQ(found.size(), 1u);
  EXPECT_FALSE(found[0].is_range);
  EXPECT_FALSE(found[0].period);
}

// A third of Ramadan, as of a Gregorian month: days 1-15, 10-20, 16 to the
// end; still a named period.
TEST(DatesCalendars, PartsOfRamadan) {
  testutil::ExpectDates({
      {"en", "Violence flared at the start of Ramadan.", "the start of ramadan=~2024-03-11/2024-03-25"},
      {"en", "Fighting eased in mid-Ramadan 2023.", "mid-ramadan 2023=2023-04-01/2023-04-11"},
      {"en", "Shops stay open until the end of Ramadan.", "until the end of ramadan=~/2024-04-09"},
      {"es", "Los precios subieron a finales del Ramadán.", "a finales del ramadan=~2024-03-26/2024-04-09"},
      {"es", "La tregua empezará al principio del próximo Ramadán.",
       "al principio del proximo ramadan=~2025-03-01/2025-03-15"},
      // "El fin del Ramadán" inside the feast's name is the feast.
      {"es", "Rezaron juntos en la fiesta del fin del Ramadán de 2023.",
       "fiesta del fin del ramadan de 2023=2023-04-21"},
  });
  Date ref;
  ASSERT_TRUE(Date::Parse(testutil::kRef, &ref));
  FoldedText f = FoldedText::Fold("Violence flared at the start of Ramadan.");
  std::vector<DateMention> found = ExtractDates(f.str(), "en", &ref);
  ASSERT_EQ(found.size(), 1u);
  EXPECT_TRUE(found[0].period);
  // A feast of one day has no thirds: the part is no reading of it.
  EXPECT_EQ(DatesOf("en", "The end of Passover 2024 came quietly."), "passover 2024=2024-04-23");
}

// Last/next are the feast's own last and next occurrences; a bare name is this
// Gregorian year's, or in a clause about the future the next once it is over.
TEST(DatesCalendars, FeastsRelativeToTheReference) {
  const char* ref = "2024-06-19";
  // Past clause: this year's feast, over or not.
  EXPECT_EQ(DatesOf("es", "Los fieles celebraron el Aíd al Fitr el año pasado.", ref),
            "aid al fitr el ano pasado=~2023-04-21");
  EXPECT_EQ(DatesOf("en", "Shops shut on Eid al-Fitr.", ref), "eid al-fitr=~2024-04-10");
  EXPECT_EQ(DatesOf("en", "Muslims marked Eid al-Fitr last year with prayers.", ref),
            "eid al-fitr last year=~2023-04-21");
  EXPECT_EQ(DatesOf("en", "The talks resumed after last Eid al-Adha.", ref), "after last eid al-adha=~2024-06-17/");
  EXPECT_EQ(DatesOf("en", "Tickets sold out before next Eid al-Fitr.", ref), "before next eid al-fitr=~/2025-03-29");
  // A future clause moves one over to the next.
  EXPECT_EQ(DatesOf("en", "The ministry will announce it on Eid al-Fitr.", ref), "eid al-fitr=~2025-03-30");
  // The feast of this year's autumn is ahead either way.
  EXPECT_EQ(DatesOf("en", "Rabbis met on Rosh Hashanah.", ref), "rosh hashanah=~2024-10-03");
  EXPECT_EQ(DatesOf("en", "Markets rallied before the Lunar New Year.", ref), "before the lunar new year=~/2024-02-09");
  EXPECT_EQ(DatesOf("es", "El Año Nuevo lunar pasado se celebró en febrero.", ref),
            "ano nuevo lunar pasado=~2024-02-10; febrero=~2024-02");
  EXPECT_EQ(DatesOf("es", "La Navidad ortodoxa del año que viene reunirá a miles de fieles.", ref),
            "navidad ortodoxa del ano que viene=~2025-01-07");
  EXPECT_EQ(DatesOf("es", "Se reunirán antes del Yom Kipur.", ref), "antes del yom kipur=~/2024-10-11");
}

// Without a reference a bare feast is reported, unresolved; Ramadan still as a
// range.
TEST(DatesCalendars, FeastsWithoutAReference) {
  EXPECT_EQ(DatesOf("en", "Shops shut on Eid al-Fitr.", ""), "eid al-fitr=~?");
  FoldedText f = FoldedText::Fold("Curfews were eased during Ramadan.");
  std::vector<DateMention> found = ExtractDates(f.str(), "en", nullptr);
  ASSERT_EQ(found.size(), 1u);
  EXPECT_FALSE(found[0].resolved);
  EXPECT_TRUE(found[0].is_range);
}

// "Lunar New Year", "Orthodox Christmas": the calendar's word makes the
// Gregorian feast's name another feast, which keeps its whole span; an eve is
// the day before.
TEST(DatesCalendars, CalendarWordMakesAnotherFeast) {
  const char* ref = "2023-06-19";
  EXPECT_EQ(DatesOf("en", "Crowds gathered on Chinese New Year's Eve.", ref), "chinese new year's eve=~2023-01-21");
  EXPECT_EQ(DatesOf("en", "Orthodox Christmas was marked quietly.", ref), "orthodox christmas=~2023-01-07");
  EXPECT_EQ(DatesOf("en", "Jewish New Year was marked with prayers.", ref), "jewish new year=~2023-09-16");
  EXPECT_EQ(DatesOf("es", "El Año Nuevo judío de 2023 se celebró con oraciones.", ref), "ano nuevo judio de 2023=2023-09-16");
  EXPECT_EQ(DatesOf("es", "La Nochebuena ortodoxa de 2024 se celebró en Kiev.", ref),
            "nochebuena ortodoxa de 2024=2024-01-06");
  // A calendar not computed is still no Gregorian feast, in either language.
  EXPECT_EQ(DatesOf("en", "Coptic Christmas was marked quietly.", ref), "");
  EXPECT_EQ(DatesOf("es", "La Navidad copta se celebró en El Cairo.", ref), "");
  EXPECT_EQ(DatesOf("es", "El Año Nuevo vietnamita llenó Hanói de flores.", ref), "");
  EXPECT_EQ(DatesOf("es", "La Navidad se celebró en El Cairo.", ref), "navidad=~2023-12-25");
}

// A war named after the feast it began on is no feast of this year.
TEST(DatesCalendars, WarsNamedAfterFeasts) {
  testutil::ExpectDates({
      {"en", "Veterans of the Yom Kippur War gathered in Haifa.", ""},
      {"en", "Egyptian histories call it the Ramadan War.", ""},
      {"es", "Los veteranos de la guerra del Yom Kipur se reunieron en Haifa.", ""},
      {"es", "Los libros egipcios la llaman guerra de Ramadán.", ""},
      {"en", "Veterans gathered in Haifa on Yom Kippur.", "yom kippur=~2024-10-12"},
  });
}

// The Gregorian day of a Julian 25 December moves a day a century the Julian
// calendar keeps a leap year the Gregorian drops: 7 January from 1901 to 2100,
// 8 January after.
TEST(DatesCalendars, OrthodoxChristmasFollowsTheJulianCalendar) {
  EXPECT_EQ(DatesOf("en", "Orthodox Christmas 2100 will be kept as usual.", ""), "orthodox christmas 2100=2100-01-07");
  EXPECT_EQ(DatesOf("en", "Orthodox Christmas 2101 will be kept as usual.", ""), "orthodox christmas 2101=2101-01-08");
}

// The Gregorian year named is the one the feast falls in: in 2033 Eid
// al-Fitr comes twice (January and December) and the year names the first.
TEST(DatesCalendars, TwoFeastsInOneGregorianYear) {
  dates_detail::Feast eid;
  ASSERT_TRUE(dates_detail::FeastNamed("eid al-fitr", &eid));
  const dates_detail::FeastDays first = dates_detail::FeastIn(eid, 2033);
  ASSERT_TRUE(first.valid());
  EXPECT_EQ(first.first.year, 2033);
  EXPECT_EQ(first.first.month, 1);
  // The second is the next after the first, still in 2033.
  const dates_detail::FeastDays second = dates_detail::FeastAfter(eid, first.first);
  ASSERT_TRUE(second.valid());
  EXPECT_EQ(second.first.year, 2033);
  EXPECT_EQ(second.first.month, 12);
  // And "last Eid al-Fitr" at the end of 2033 is December's, not January's.
  const dates_detail::FeastDays last = dates_detail::FeastBefore(eid, Date::Day(2033, 12, 31));
  EXPECT_EQ(last.first.ToString(), second.first.ToString());
}

// Each thread has its own calendars: files are checked on several threads.
TEST(DatesCalendars, ThreadsGetTheSameDays) {
  std::vector<std::string> got(4);
  std::vector<std::thread> threads;
  for (size_t i = 0; i < got.size(); ++i) {
    threads.emplace_back([&got, i] {
      std::string s;
      for (int k = 0; k < 50; ++k) s = DatesOf("en", "Crowds filled the streets for Eid al-Fitr 2024 and Passover 2024.", "");
      got[i] = s;
    });
  }
  for (std::thread& t : threads) t.join();
  for (const std::string& s : got) EXPECT_EQ(s, "eid al-fitr 2024=2024-04-10; passover 2024=2024-04-23");
}

}  // namespace
}  // namespace claimcheck
