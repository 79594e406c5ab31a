// A day or a part of a month without its year, told in the past, that the
// reference's year would put after the reference (PastClause).
#include <gtest/gtest.h>

#include "dates_testutil.h"

namespace claimcheck {
namespace {

constexpr const char* kJanuary = "2025-01-15";

TEST(DatesTense, DaysToldInThePastAreLastYearsWhenThisYearsIsToCome) {
  testutil::ExpectDates(
      {
          {"es", "Putin y Kim firmaron el tratado el 19 de junio.", "19 de junio=~2024-06-19"},
          // The preterite that only its accent tells ("firmó"; "firmo" is the present).
          {"es", "Putin firmó el tratado el 19 de junio.", "19 de junio=~2024-06-19"},
          {"es", "El acuerdo fue firmado el 19 de junio.", "19 de junio=~2024-06-19"},
          {"es", "Kim ha viajado a Moscú el 3 de marzo.", "3 de marzo=~2024-03-03"},
          {"es", "Se reunieron del 18 al 19 de junio.", "del 18 al 19 de junio=~2024-06-18/2024-06-19"},
          {"es", "Se reunieron a finales de octubre.", "a finales de octubre=~2024-10-16/2024-10-31"},
          {"en", "Putin and Kim signed the treaty on June 19.", "june 19=~2024-06-19"},
          {"en", "The two leaders met on June 19.", "june 19=~2024-06-19"},
          {"en", "The summit was held on June 18-19.", "june 18-19=~2024-06-18/2024-06-19"},
          {"en", "They met in late October.", "late october=~2024-10-16/2024-10-31"},
          // A participle opening a phrase tells what was done.
          {"en", "The pact, signed on June 19, remains in force.", "june 19=~2024-06-19"},
          {"en", "Signed on June 19, the pact remains in force.", "june 19=~2024-06-19"},
          {"es", "Se dieron cita el 20 de enero.", "20 de enero=~2024-01-20"},
      },
      kJanuary);
}

TEST(DatesTense, PartsOfThisPeriodToldInThePastAreThoseOfTheLastOne) {
  testutil::ExpectDates(
      {
          {"es", "Firmaron el acuerdo a finales de año.", "a finales de ano=~2024-09/2024-12"},
          {"es", "Se vieron a mediados de mes.", "a mediados de mes=~2024-12-10/2024-12-20"},
          {"en", "They signed the deal at the end of the year.", "the end of the year=~2024-09/2024-12"},
          {"en", "They met in the middle of the month.", "the middle of the month=~2024-12-10/2024-12-20"},
          // "Este año" names this one; a future keeps it too.
          {"es", "Firmaron el acuerdo a finales de este año.", "a finales de este ano=~2025-09/2025-12"},
          {"es", "Firmarán el acuerdo a finales de año.", "a finales de ano=~2025-09/2025-12"},
      },
      "2025-01-05");
}

// A future joined after the date by "and" is another predicate's tense: the
// weekday keeps the past of its own ("was signed on Wednesday and will remain
// in force"), read on Thursday 2024-06-20.
TEST(DatesTense, FutureOfACoordinatedPredicate) {
  testutil::ExpectDates(
      {
          {"en", "The treaty was signed on Wednesday and will remain in force indefinitely.", "wednesday=~2024-06-19"},
          {"es", "El tratado se firmó el miércoles y tendrá vigencia indefinida.", "miercoles=~2024-06-19"},
          // A future of the date's own predicate still looks ahead.
          {"en", "Putin will sign the pact on Wednesday and leave.", "wednesday=~2024-06-26"},
          // Joined by "but", with a subject of its own.
          {"en", "They signed the treaty on Wednesday, but the Kremlin will not publish the annexes.",
           "wednesday=~2024-06-19"},
          {"es", "Lo firmaron el miércoles, pero el Kremlin no publicará los anexos.", "miercoles=~2024-06-19"},
          // "Prevé" with an object provides for it; "se prevé" forecasts.
          {"es", "El tratado que firmaron el miércoles prevé asistencia mutua.", "miercoles=~2024-06-19"},
          {"es", "Se prevé que lo ratifiquen el miércoles.", "miercoles=~2024-06-26"},
          // A future in a "that"/"que" clause after the date is that clause's.
          {"en", "The pact signed on Wednesday states that both sides will help each other.", "wednesday=~2024-06-19"},
          {"es", "El pacto firmado el miércoles establece que ambas partes se ayudarán.", "miercoles=~2024-06-19"},
          // "Due in" a place looks ahead as "due to" does.
          {"en", "Putin is due in Hanoi on Friday.", "friday=~2024-06-21"},
          {"en", "Putin was in Hanoi on Wednesday.", "wednesday=~2024-06-19"},
      },
      "2024-06-20");
}

TEST(DatesTense, DaysStillToComeStayThisYears) {
  testutil::ExpectDates(
      {
          // A future, or a past that looks ahead from its own day.
          {"es", "El tratado se firmará el 19 de junio.", "19 de junio=~2025-06-19"},
          {"es", "Putin dijo que firmaría el tratado el 19 de junio.", "19 de junio=~2025-06-19"},
          {"es", "Rusia iba a firmar el 19 de junio.", "19 de junio=~2025-06-19"},
          {"en", "Russia said it would sign on June 19.", "june 19=~2025-06-19"},
          // No verb of the past: an "-ed" after "is" or "the" is a passive
          // present or an adjective; a participle of planning looks ahead.
          {"es", "La firma, el 19 de junio.", "19 de junio=~2025-06-19"},
          {"en", "The vote, scheduled for June 19, is key.", "june 19=~2025-06-19"},
          {"en", "Scheduled for June 19, the vote is key.", "june 19=~2025-06-19"},
          {"en", "The vote is expected on June 19.", "june 19=~2025-06-19"},
          {"en", "The signed treaty takes effect on June 19.", "june 19=~2025-06-19"},
          {"en", "Talks begin June 19.", "june 19=~2025-06-19"},
          // Within two days of the reference a past is no reason to move a year:
          // the published date may be a day early.
          {"es", "Putin firmó el tratado el 16 de enero.", "16 de enero=~2025-01-16"},
          {"es", "Putin firmó el tratado el 18 de enero.", "18 de enero=~2024-01-18"},
      },
      kJanuary);
}

}  // namespace
}  // namespace claimcheck
