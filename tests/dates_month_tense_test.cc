// A month or a part of a month without its year, placed by its clause's tense
// as a day is (EmitMonthList, EmitPart): told in the past, the latest one not
// after the reference; about the future, the next one not before it; with
// neither tense (a present, no verb, a heading), the reference's year.
#include <gtest/gtest.h>

#include "dates_testutil.h"

namespace claimcheck {
namespace {

// Read on Wednesday 2024-06-19 (testutil::kRef) unless told.

TEST(DatesMonthTense, BareMonthsWithoutATenseAreTheReferencesYear) {
  testutil::ExpectDates({
      {"en", "The polls open in November.", "november=~2024-11"},
      {"en", "Elections in November", "november=~2024-11"},
      {"en", "The summit is in October, the talks in September.", "october=~2024-10; september=~2024-09"},
      {"en", "Putin visits Pyongyang in June", "june=~2024-06"},
      // A month before the reference's is this year's under either reading.
      {"en", "Inflation in March: 3.1%", "march=~2024-03"},
      {"es", "La cumbre, en octubre.", "octubre=~2024-10"},
      {"es", "Las elecciones son en noviembre.", "noviembre=~2024-11"},
      {"es", "Elecciones en noviembre y diciembre", "noviembre=~2024-11; diciembre=~2024-12"},
      {"es", "Putin visita Pionyang en junio", "junio=~2024-06"},
  });
}

TEST(DatesMonthTense, AMonthAgreesWithADayAPartAndARangeWithoutATense) {
  testutil::ExpectDates({
      {"en", "The polls open on November 5.", "november 5=~2024-11-05"},
      {"en", "The polls open in November.", "november=~2024-11"},
      {"en", "The polls open in mid-November.", "mid-november=~2024-11-10/2024-11-20"},
      {"en", "The polls open from November to December.", "from november to december=~2024-11/2024-12"},
      {"es", "Las urnas abren el 5 de noviembre.", "5 de noviembre=~2024-11-05"},
      {"es", "Las urnas abren en noviembre.", "noviembre=~2024-11"},
      {"es", "Las urnas abren a mediados de noviembre.", "a mediados de noviembre=~2024-11-10/2024-11-20"},
      {"es", "Las urnas abren de noviembre a diciembre.", "de noviembre a diciembre=~2024-11/2024-12"},
  });
}

TEST(DatesMonthTense, BareMonthsToldInThePastStayTheLatestUpToTheReference) {
  testutil::ExpectDates({
      {"en", "The leaders met in November.", "november=~2023-11"},
      {"en", "The leaders met in June.", "june=~2024-06"},
      {"en", "The leaders met in mid-November.", "mid-november=~2023-11-10/2023-11-20"},
      {"es", "Los líderes se reunieron en noviembre.", "noviembre=~2023-11"},
      {"es", "Se reunieron a mediados de noviembre.", "a mediados de noviembre=~2023-11-10/2023-11-20"},
      // A past that looks ahead from its day is no past.
      {"en", "He said the polls would open in November.", "november=~2024-11"},
  });
}

TEST(DatesMonthTense, BareMonthsAboutTheFutureAreTheNextNotBeforeTheReference) {
  testutil::ExpectDates({
      {"en", "The polls will open in March.", "march=~2025-03"},
      {"en", "The polls will open in June.", "june=~2024-06"},
      {"en", "The polls will open in early March.", "early march=~2025-03-01/2025-03-15"},
      {"es", "Las urnas abrirán en marzo.", "marzo=~2025-03"},
      {"es", "Las urnas abrirán a principios de marzo.", "a principios de marzo=~2025-03-01/2025-03-15"},
      // A past verb of saying does not make the future the past's.
      {"en", "Officials said the polls will open in March.", "march=~2025-03"},
  });
}

TEST(DatesMonthTense, WeeksAndCountedDaysOfAMonthFollowTheTenseAsTheMonthDoes) {
  testutil::ExpectDates({
      // Told in the past: not after the reference.
      {"en", "They met in the first week of November.", "the first week of november=~2023-10-30/2023-11-05"},
      {"en", "They met in the first ten days of November.",
       "the first ten days of november=~2023-11-01/2023-11-10"},
      {"es", "Se reunieron la primera semana de noviembre.",
       "la primera semana de noviembre=~2023-10-30/2023-11-05"},
      {"es", "Se reunieron los primeros diez días de noviembre.",
       "los primeros diez dias de noviembre=~2023-11-01/2023-11-10"},
      // About the future: not over.
      {"en", "They will meet in the first week of March.", "the first week of march=~2025-03-03/2025-03-09"},
      {"es", "Se reunirán la primera semana de marzo.", "la primera semana de marzo=~2025-03-03/2025-03-09"},
      // Neither tense: the reference's year.
      {"en", "The summit is in the first week of November.", "the first week of november=~2024-11-04/2024-11-10"},
      {"es", "La cumbre, la primera semana de noviembre.", "la primera semana de noviembre=~2024-11-04/2024-11-10"},
      // "Next month", "del mes" name the month from the reference: no tense moves them.
      {"en", "They met in the last week of next month.", "the last week of next month=~2024-07-22/2024-07-28"},
      {"es", "Se reunieron la última semana del mes.", "la ultima semana del mes=~2024-06-24/2024-06-30"},
  });
}

TEST(DatesMonthTense, SinceAMonthItHasBegunWhateverTheTense) {
  testutil::ExpectDates({
      {"en", "Prices are up 3% since September.", "since september=~2023-09/"},
      {"en", "He has been in custody since November.", "since november=~2023-11/"},
      {"en", "Inflation has been high since mid-October.", "since mid-october=~2023-10-10/"},
      {"es", "Está detenido desde noviembre.", "desde noviembre=~2023-11/"},
      {"es", "Kim no aparece desde mediados de noviembre.", "desde mediados de noviembre=~2023-11-10/"},
      // "A" before no date opens no range.
      {"es", "Está detenido desde noviembre a la espera de juicio.", "desde noviembre=~2023-11/"},
      // "Desde" opening a range is "from": the range keeps the clause's reading.
      {"es", "La feria va desde octubre hasta diciembre.", "desde octubre hasta diciembre=~2024-10/2024-12"},
      {"es", "La feria va desde noviembre al 5 de diciembre.", "desde noviembre al 5 de diciembre=~2024-11/2024-12-05"},
      {"es", "La feria va desde mediados de octubre hasta finales de noviembre.",
       "desde mediados de octubre hasta finales de noviembre=~2024-10-10/2024-11-30"},
      // About the future, still the next one.
      {"en", "The rule will apply since March.", "since march=~2025-03/"},
  });
}

TEST(DatesMonthTense, ThePresentPerfectTellsThePast) {
  testutil::ExpectDates({
      {"en", "Inflation has fallen in November.", "november=~2023-11"},
      {"en", "It's been cold in November.", "november=~2023-11"},
      {"en", "Exports have grown in mid-November.", "mid-november=~2023-11-10/2023-11-20"},
      {"en", "Prices have risen on November 3.", "november 3=~2023-11-03"},
      // A passive of planning looks ahead.
      {"en", "The vote has been set for November 5.", "november 5=~2024-11-05"},
      // "'s" is "has" only before "been".
      {"en", "He's seen as the favourite in November.", "november=~2024-11"},
      {"en", "The vote has been scheduled for mid-November.", "mid-november=~2024-11-10/2024-11-20"},
      // Spanish has its compound past read already.
      {"es", "La inflación ha caído en noviembre.", "noviembre=~2023-11"},
  });
}

TEST(DatesMonthTense, WithOnlyTheReferencesYearAMonthToComeIsThatYears) {
  testutil::ExpectDates(
      {
          {"en", "The polls open in November.", "november=~2024-11"},
          {"en", "The polls will open in November.", "november=~2024-11"},
          {"es", "Las urnas abrirán en noviembre.", "noviembre=~2024-11"},
          {"es", "La cumbre, en octubre.", "octubre=~2024-10"},
      },
      "2024");
}

// "the June summit", "Kim's April visit": a month's name between a determiner
// and a noun dates the noun, placed by the tense as a bare month is.
TEST(DatesMonthTense, AMonthBeforeANounDatesIt) {
  testutil::ExpectDates({
      {"en", "Putin and Kim signed the pact at the June summit.", "june=~2024-06"},
      {"en", "Kim's November visit to Vladivostok was his first.", "november=~2023-11"},
      {"en", "Their October talks will follow the treaty.", "october=~2024-10"},
      {"en", "The treaty signed at their June 19 summit.", "june 19=~2024-06-19"},
      // "May" and "March" name people and marches as often.
      {"en", "The May government signed a treaty.", ""},
      {"en", "The March organisers met Kim.", ""},
  });
}

// A quarter or half without its year is placed by the tense as a bare month
// is; "of the match", "del embarazo" count something else.
TEST(DatesMonthTense, QuartersWithoutTheirYear) {
  testutil::ExpectDates({
      {"en", "Exports to Pyongyang grew in the third quarter.", "the third quarter=~2023-07/2023-09"},
      {"en", "Exports to Pyongyang grew in the first quarter.", "the first quarter=~2024-01/2024-03"},
      {"en", "Exports will grow in the first quarter.", "the first quarter=~2025-01/2025-03"},
      {"en", "Exports will grow in the second quarter.", "the second quarter=~2024-04/2024-06"},
      {"en", "Q3 exports to Pyongyang doubled.", "q3=~2023-07/2023-09"},
      {"en", "Exports fell during the final quarter.", "the final quarter=~2023-10/2023-12"},
      {"en", "Kim scored in the first quarter of the match.", ""},
      {"en", "Q3 12:00", ""},
      {"es", "Las exportaciones crecieron en el tercer trimestre.", "el tercer trimestre=~2023-07/2023-09"},
      {"es", "Las exportaciones crecerán en el segundo semestre.", "el segundo semestre=~2024-07/2024-12"},
      {"es", "Las exportaciones crecen en el tercer trimestre.", "el tercer trimestre=~2024-07/2024-09"},
      {"es", "Las náuseas cesan en el primer trimestre del embarazo.", ""},
      {"es", "Crecerán en el primer trimestre del próximo año.",
       "el primer trimestre del proximo ano=~2025-01/2025-03"},
  });
}

}  // namespace
}  // namespace claimcheck
