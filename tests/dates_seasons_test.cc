// Seasons ("el verano de 2024", "last summer", "a finales del invierno") and
// dates set beside a wider one ("en pleno verano de 2024, a comienzos de
// julio", "the week before, on Wednesday"). Read on Wednesday 2024-06-19 unless told, when meteorological
// spring (March to May) is just over and summer (June to August) has begun.
#include <gtest/gtest.h>

#include "claimcheck/report.h"
#include "dates_testutil.h"
#include "testutil.h"

namespace claimcheck {
namespace {

using testutil::ExpectDates;

TEST(DatesSeasons, SeasonOfANamedYear) {
  ExpectDates({
      {"es", "El pacto se negoció en el verano de 2023.", "verano de 2023=2023-06/2023-08"},
      {"es", "Llegó en pleno invierno de 2022.", "pleno invierno de 2022=2021-12/2022-02"},
      {"es", "La ofensiva de la primavera del 2015 fracasó.", "primavera del 2015=2015-03/2015-05"},
      {"en", "Talks resumed in the summer of 2023.", "summer of 2023=2023-06/2023-08"},
      {"en", "Sales fell in autumn 2021 and rose in fall 2022.",
       "autumn 2021=2021-09/2021-11; fall 2022=2022-09/2022-11"},
  });
}

TEST(DatesSeasons, SeasonFromTheReference) {
  ExpectDates({
      // Said in June: last summer is the year before's, this one has begun.
      {"es", "El verano pasado se reunieron dos veces.", "verano pasado=~2023-06/2023-08"},
      {"es", "El pasado invierno fue duro.", "pasado invierno=~2023-12/2024-02"},
      {"es", "Volverán la próxima primavera.", "proxima primavera=~2025-03/2025-05"},
      {"es", "Este otoño habrá elecciones.", "este otono=~2024-09/2024-11"},
      {"en", "They met last summer and will meet again next winter.",
       "last summer=~2023-06/2023-08; next winter=~2024-12/2025-02"},
      {"en", "This spring was dry.", "this spring=~2024-03/2024-05"},
      {"en", "Rates rose last fall.", "last fall=~2023-09/2023-11"},
  });
  // Said in November, last summer is this year's.
  ExpectDates({{"en", "They signed it last summer.", "last summer=~2024-06/2024-08"}}, "2024-11-05");
}

TEST(DatesSeasons, BareSeasonByTense) {
  ExpectDates({{"en", "They signed it in the summer.", "summer=~2024-06/2024-08"},
               {"en", "They will sign it in the summer.", "summer=~2025-06/2025-08"},
               {"es", "Lo firmaron durante el verano.", "verano=~2024-06/2024-08"}},
              "2024-11-05");
}

TEST(DatesSeasons, PartsOfASeason) {
  ExpectDates({
      {"es", "Se firmó a finales del verano de 2023.", "a finales del verano de 2023=2023-08/2023-08"},
      {"es", "Se firmó a comienzos de la primavera de 2022.", "a comienzos de la primavera de 2022=2022-03/2022-03"},
      {"es", "Se firmó al final de la primavera de 2022.", "al final de la primavera de 2022=2022-05/2022-05"},
      {"es", "Se firmó al comienzo del verano pasado.", "al comienzo del verano pasado=~2023-06/2023-06"},
      {"en", "It was signed in late summer 2023.", "late summer 2023=2023-08/2023-08"},
      {"en", "It was signed at the end of the summer of 2023.", "the end of the summer of 2023=2023-08/2023-08"},
      // "By" bounds it.
      {"en", "It will be signed by the end of the summer of 2025.", "by the end of the summer of 2025=/2025-08"},
  });
}

TEST(DatesSeasons, NotSeasons) {
  ExpectDates({
      {"es", "Recordó la primavera de Praga.", ""},
      {"es", "Habló de la primavera árabe en 2011.", "2011=2011"},
      {"en", "It was the summer of love.", ""},
      {"en", "Prices fall in spring of every year.", ""},
      {"en", "They watched the fall of Kabul.", ""},
  });
}

// The astronomical season ends about three weeks after the meteorological
// one: the days between are the season's loosely.
TEST(DatesSeasons, LooseStretchToTheAstronomicalEnd) {
  FoldedText f = FoldedText::Fold("La primavera de 2024 terminó.");
  Date ref;
  ASSERT_TRUE(Date::Parse(testutil::kRef, &ref));
  std::vector<DateMention> got = ExtractDates(f.str(), "es", &ref);
  ASSERT_EQ(got.size(), 1u);
  EXPECT_EQ(got[0].value.ToString(), "2024-03");
  EXPECT_EQ(got[0].end.ToString(), "2024-05");
  EXPECT_TRUE(got[0].period);
  EXPECT_EQ(got[0].loose_first.ToString(), "2024-03-01");
  EXPECT_EQ(got[0].loose_last.ToString(), "2024-06-20");
}

TEST(DatesSeasons, DateBesideAWiderOne) {
  ExpectDates({
      {"es", "Se firmó en pleno verano de 2023, a comienzos de julio, tras semanas de rumores.",
       "pleno verano de 2023, a comienzos de julio=2023-07-01/2023-07-15"},
      {"es", "En 2021, el 12 de marzo, se reunieron.", "2021, el 12 de marzo=2021-03-12"},
      {"en", "In 2021, on March 12, they met.", "2021, on march 12=2021-03-12"},
      // Not inside the wider one: two dates.
      {"en", "In summer 2021, in May, they met.", "summer 2021=2021-06/2021-08; may=~2024-05"},
      // A year of its own: two dates.
      {"es", "En 2021, el 12 de marzo de 2022, se reunieron.", "2021=2021; 12 de marzo de 2022=2022-03-12"},
  });
}

// A weekday beside a week is that week's day, not the nearest one to the
// reference; beside a week the story anchors elsewhere it is unresolved.
// Read on Thursday 2024-06-27, when the nearest Wednesday is the 26th.
TEST(DatesSeasons, WeekdayBesideAWeek) {
  ExpectDates(
      {
          {"en", "The week before, on Wednesday, they signed.", "week before, on wednesday=~2024-06-19"},
          {"es", "La semana pasada, el miércoles, firmaron.", "semana pasada, el miercoles=~2024-06-19"},
          {"en", "That week, on Wednesday, they signed.", "that week, on wednesday=~?"},
          {"es", "Esa misma semana, el miércoles, firmaron.", "esa misma semana, el miercoles=~?"},
          // After another date "the previous week" counts from it.
          {"en", "They met on 3 June. The previous week, on Wednesday, they talked.",
           "3 june=~2024-06-03; previous week, on wednesday=~?"},
          // Not set beside it by a comma: two dates.
          {"es", "Esa semana se firmó, y el miércoles Kim habló.", "esa semana=~?; miercoles=~2024-06-26"},
          {"en", "Next week, on Monday, they meet.", "next week, on monday=~2024-07-01"},
      },
      "2024-06-27");
}

// An anniversary counts back to the day of what it marks; without a day named
// the story's day is only about the anniversary's, so the date is hedged.
TEST(DatesSeasons, Anniversaries) {
  ExpectDates(
      {
          {"es", "Hoy se cumplen dos años desde que firmaron.", "hoy se cumplen dos anos=~2023-06-19"},
          {"es", "Mañana se cumple un año de la firma.", "manana se cumple un ano=~2024-06-20"},
          {"en", "Yesterday marked a year since the signing.", "yesterday marked a year=~2024-06-18"},
          {"en", "Today marks six months since the vote.", "today marks six months=~2024-12-19"},
      },
      "2025-06-19");
  FoldedText f = FoldedText::Fold("Se cumple un año de la firma.");
  Date ref = Date::Day(2025, 6, 19);
  std::vector<DateMention> got = ExtractDates(f.str(), "es", &ref);
  ASSERT_EQ(got.size(), 1u);
  EXPECT_EQ(got[0].value.ToString(), "2024-06-19");
  EXPECT_TRUE(got[0].approx);
}

// The checker: a season agrees with a day inside it, a day in its loose
// stretch is unresolved, and the narrower of two dates side by side is the
// claim.
TEST(DatesSeasons, Checked) {
  struct Case {
    const char* text;
    const char* published;
    const char* status;
    const char* found;
  };
  const Case cases[] = {
      {"Putin and Kim signed the treaty last summer in Pyongyang.", "2025-02-01", "confirmed", "2024-06/2024-08"},
      {"El tratado se firmó el verano pasado en Pionyang.", "2025-02-01", "confirmed", "2024-06/2024-08"},
      {"El tratado se firmó en la primavera de 2024.", "2025-02-01", "unresolved", "2024-03/2024-05"},
      {"El tratado se firmó en el otoño de 2024.", "2025-02-01", "contradiction", "2024-09/2024-11"},
      {"El pacto se firmó en pleno verano de 2024, a comienzos de julio.", "2025-02-01", "contradiction",
       "2024-07-01/2024-07-15"},
      // A part of a season allows that month and the weeks the astronomical
      // season runs later, not the whole season.
      {"Putin y Kim firmaron el tratado a finales del verano de 2024.", "2025-01-10", "contradiction",
       "2024-08/2024-08"},
      {"Putin y Kim firmaron el tratado a finales de la primavera de 2024.", "2025-01-10", "unresolved",
       "2024-05/2024-05"},
      {"Putin and Kim signed the treaty in early summer 2024.", "2025-01-10", "confirmed", "2024-06/2024-06"},
      // Alone, "Wednesday" would be the 26th.
      {"The week before, on Wednesday, Putin and Kim signed the treaty.", "2024-06-27", "confirmed", "2024-06-19"},
      {"That week, on Wednesday, Putin and Kim signed the treaty.", "2024-06-27", "unresolved", ""},
      // An anniversary dates what it marks.
      {"Hoy se cumplen dos años desde que Putin y Kim firmaron el tratado.", "2025-06-19", "contradiction",
       "2023-06-19"},
      {"Today marks a year since Putin and Kim signed the treaty.", "2025-06-19", "confirmed", "2024-06-19"},
  };
  for (const Case& c : cases) {
    SCOPED_TRACE(c.text);
    testutil::ExpectOutcome(testutil::CheckShipped(c.text, "signing-date", c.published), c.status, c.found);
  }
}

}  // namespace
}  // namespace claimcheck
