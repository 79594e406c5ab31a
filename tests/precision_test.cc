// Readings that a fact-checker would call wrong, found by reading real news
// copy: an hour of the clock taken for a count, an item's number taken for a
// count, a day of the month after a contraction missed. Every sentence is ours.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "claimcheck/extract.h"
#include "dates_testutil.h"
#include "numbers_testutil.h"

namespace claimcheck {
namespace {

// What `claimcheck extract` reads, numbers inside dates left to the dates:
// "span=type:value; ...", read on testutil::kRef.
std::string MentionsOf(const char* lang, const char* text) {
  Date ref;
  EXPECT_TRUE(Date::Parse(testutil::kRef, &ref));
  const std::string t = text;
  std::string out;
  for (const ExtractedMention& m : ExtractMentions(t, lang, &ref)) {
    if (!out.empty()) out += "; ";
    out += t.substr(m.span.begin, m.span.size()) + "=" + m.type + ":" + m.value;
  }
  return out;
}

using testutil::ExpectNumbers;

// An hour of the clock is no count: a rule that counts trips or victims must
// not find "2" in "a las 2 de la madrugada".
TEST(Precision, SpanishClockHours) {
  ExpectNumbers({
      {"es", "El tren salió a las 2 de la madrugada.", ""},
      {"es", "La ministra habló hacia las 9 de la noche del jueves.", ""},
      {"es", "Los vecinos votaron desde las cuatro de la tarde.", ""},
      {"es", "El pleno se reanudó a las 11 en punto.", ""},
      {"es", "El acto terminó sobre las 10 del día siguiente.", ""},
      {"es", "La sesión se abrió a las 10.", ""},
      // A counted noun after "a las N" is a count; "las 24 horas" a length.
      {"es", "El fondo se repartió a las 10 empresas finalistas.", "10=10"},
      {"es", "La farmacia abre las 24 horas.", "24 horas=24 hour"},
      {"es", "Llegaron 2 de los 5 autobuses.", "2=2; 5=5"},
      {"es", "El premio se entregó a las 2 de sus hijas.", "2=2"},
      {"es", "El juicio se reanuda a las 10 de hoy.", ""},
  });
}

TEST(Precision, EnglishClockHours) {
  ExpectNumbers({
      {"en", "The polls closed at 8 pm in most states.", ""},
      {"en", "The ferry left at 6.45 a.m. with 300 passengers.", "300=300"},
      {"en", "The bells rang at nine o'clock.", ""},
      {"en", "At least 3 people were hurt at 9.", "at least 3 people=3 person >=; 9=9"},
      // Two hours of the clock are no range of numbers.
      {"en", "Voting runs between 7 and 10 pm.", ""},
      {"es", "El colegio abre entre las 9 y las 11 de la mañana.", ""},
      {"en", "Between 7 and 10 people voted.", "between 7 and 10 people=7/10 person"},
  });
}

// A dateline's time after the year, its minutes after a dot, is no decimal.
TEST(Precision, DatelineTime) {
  EXPECT_EQ(MentionsOf("en", "Last modified on Friday 14 March 2025 10.30 and again at 11.05 GMT."),
            "Friday 14 March 2025=date:2025-03-14");
  // A decimal after a year that is no time stays a number.
  EXPECT_EQ(MentionsOf("en", "Turnout in 2022 reached 61.75 per cent."),
            "2022=date:2022; 61.75 per cent=percentage:61.75");
  EXPECT_EQ(MentionsOf("en", "Prices rose in 2023 9.5 times faster than wages."),
            "2023=date:2023; 9.5=number:9.5");
}

// A photo caption's place in the picture is no count.
TEST(Precision, CaptionPlaces) {
  ExpectNumbers({
      {"en", "The ministers (2-R) and (3rd L) pose with 12 delegates.", "12=12"},
      {"en", "The envoy (2R) greets the mayor (L).", ""},
      {"en", "Votes rose (2) and (3 left).", "2=2; 3=3"},
  });
}

// "First" in the name of an office ranks nothing.
TEST(Precision, OrdinalInATitle) {
  ExpectNumbers({
      {"es", "El primer ministro viajó a Hanói.", ""},
      {"es", "La primera ministra y la primera dama asistieron.", ""},
      {"es", "Habló el vicepresidente primero del Gobierno.", ""},
      {"en", "First Deputy Foreign Minister Ivanov attended.", ""},
      {"en", "The deputy first minister met the first lady.", ""},
      // Ranks stay ranks.
      {"es", "Es su primera visita y el primer viaje del ministro.", "primera=1 ord; primer=1 ord"},
      {"en", "He was the first minister to resign.", "first=1 ord"},
  });
}

// A counted noun in the singular before a number names one item by its number.
TEST(Precision, ItemNumbers) {
  ExpectNumbers({
      {"en", "Article 7 of the charter allows a veto.", ""},
      {"es", "El artículo 3 de la ley fija el plazo.", ""},
      {"en", "The bill has 12 articles.", "12 articles=12 article"},
      {"es", "La ley tiene 9 artículos.", "9 articulos=9 article"},
  });
}

// "Del día 20" contracts "de el día 20": a day of the reference's month. A
// preposition of time after the day starts a new phrase, no counted noun.
TEST(Precision, DayOfThisMonth) {
  testutil::ExpectDates({
      {"es", "El avión aterrizó en la madrugada del día 21 tras el vuelo.", "dia 21=~2024-06-21"},
      {"es", "La reunión se alargó hasta la noche del día 12.", "dia 12=~2024-06-12"},
      {"es", "Firmaron el día 19.", "el dia 19=~2024-06-19"},
      // A preposition of time after the day opens the next phrase.
      {"es", "Votaron el día 17 tras un largo debate.", "el dia 17=~2024-06-17"},
      {"es", "Votaron el día 17 durante la sesión.", "el dia 17=~2024-06-17"},
      {"en", "The vote was held on the 17th after a long debate.", "the 17th=~2024-06-17"},
  });
}

// A caption or a dateline left in the other language: with the day and the
// year around it, a full month name of the other language is a month, and the
// day and the year are no counts.
TEST(Precision, OtherLanguageDayMonthYear) {
  testutil::ExpectDates({
      {"es", "Foto de archivo tomada en Hanói, 3 March 2023, durante la visita.", "3 march 2023=2023-03-03"},
      {"es", "El acto (Seúl, 27 July 2023) reunió a veteranos.", "27 july 2023=2023-07-27"},
      {"en", "The file photo, dated 8 octubre 2022, shows the port.", "8 octubre 2022=2022-10-08"},
      // A span of days needs no year.
      {"es", "Visita oficial del 4-6 October a la capital.", "4-6 october=~2024-10-04/2024-10-06"},
      {"es", "Gira por Asia, 4-6 October 2023.", "4-6 october 2023=2023-10-04/2023-10-06"},
      // One day without its year: the other language's month stays unread.
      {"es", "Cantaron 3 June en el concierto.", ""},
  });
  EXPECT_EQ(MentionsOf("es", "Archivo, 3 March 2023. Llegaron 40 camiones."),
            "3 March 2023=date:2023-03-03; 40=number:40");
}

}  // namespace
}  // namespace claimcheck
