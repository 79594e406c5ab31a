// More number rules, one table per rule of the language; every sentence is ours.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "claimcheck/numbers.h"
#include "claimcheck/text.h"
#include "numbers_testutil.h"

namespace claimcheck {
namespace {

using testutil::ExpectNumbers;

// Spanish compound ordinals in separate words (RAE accepts "décimo octavo" beside
// "decimoctavo"): the parts add when each fits under the place the previous left.
TEST(NumberMore, SpanishOrdinalParts) {
  ExpectNumbers({
      {"es", "El equipo terminó en el décimo octavo puesto de la tabla.", "decimo octavo=18 ord"},
      {"es", "Se celebra la décima quinta edición del festival.", "decima quinta=15 ord"},
      {"es", "La oficina está en el décimo tercer piso.", "decimo tercer=13 ord"},
      {"es", "Es el décimo segundo aniversario de la ley.", "decimo segundo=12 ord"},
      {"es", "Llegó en el trigésimo primero lugar.", "trigesimo primero=31 ord"},
      // In one word, the tens losing the accent (RAE).
      {"es", "Se inaugura la vigesimoprimera edición.", "vigesimoprimera=21 ord"},
      {"es", "Celebran el trigesimoquinto aniversario.", "trigesimoquinto=35 ord"},
      {"es", "Fue el cuatromilésimo visitante.", "cuatromilesimo=4000 ord"},
      // A later part that does not fit: two ranks.
      {"es", "Fueron el quinto, el décimo y el vigésimo.", "quinto=5 ord; decimo=10 ord; vigesimo=20 ord"},
      {"es", "Pasó del décimo al vigésimo puesto.", "decimo=10 ord; vigesimo=20 ord"},
      {"es", "el décimo vigésimo", "decimo=10 ord; vigesimo=20 ord"},
      {"es", "el quinto sexto", "quinto=5 ord; sexto=6 ord"},
  });
}

// A count in thousands of the parts of a larger scale: the numerator keeps its
// scale word and the part is the plural ordinal of the larger one.
TEST(NumberMore, ThousandsOfScaleParts) {
  ExpectNumbers({
      {"en", "The sensor reacts within two thousand millionths of the threshold.", "two thousand millionths=0.002"},
      {"en", "Traces of three hundred thousand trillionths were found.", "three hundred thousand trillionths=3e-07"},
      {"en", "The error was 3 thousand millionths.", "3 thousand millionths=0.003"},
      // No smaller part after a larger count.
      {"en", "Two million fifths were sold.", "two million=2000000"},
      {"es", "El límite es de trescientos mil billonésimos.", "trescientos mil billonesimos=3e-07"},
      {"es", "Midieron cuatro mil billonésimos de gramo.", "cuatro mil billonesimos=4e-09"},
      {"es", "Costó cien mil billones.", "cien mil billones=1e+17"},
  });
}

// Spanish counts agree with the noun even before "mil" ("doscientas mil
// personas", "veintiuna mil firmas"; RAE); RBNF writes the feminine only below a
// thousand.
TEST(NumberMore, SpanishFeminineCountsBeforeMil) {
  ExpectNumbers({
      {"es", "La marcha reunió a doscientas mil personas.", "doscientas mil personas=200000 person"},
      {"es", "Se construirán trescientas cincuenta mil viviendas.", "trescientas cincuenta mil=350000"},
      {"es", "Firmaron más de setecientas mil personas.", "mas de setecientas mil personas=700000 person >="},
      {"es", "Exportó novecientas veinte mil toneladas.", "novecientas veinte mil toneladas=920000 ton"},
      {"es", "Midieron cuatrocientas mil millonésimas.", "cuatrocientas mil millonesimas=0.4"},
      {"es", "Recogieron veintiuna mil firmas.", "veintiuna mil=21000"},
      {"es", "Votaron treinta y una mil personas.", "treinta y una mil personas=31000 person"},
      {"es", "Hubo doscientas veintiuna mil denuncias.", "doscientas veintiuna mil=221000"},
      // Below a thousand RBNF writes the feminine itself.
      {"es", "Llegaron doscientas personas.", "doscientas personas=200 person"},
  });
}

// After a scale of a thousand or more, English "and" may bring hundreds too, as it
// does in words; digits alone after "and" stay a count of their own.
TEST(NumberMore, AndAfterLargeScale) {
  ExpectNumbers({
      {"en", "The state spent 4 crore and three hundred rupees.", "4 crore and three hundred=40000300"},
      {"en", "Exports reached 2 billion and 400 million.", "2 billion and 400 million=2400000000"},
      {"en", "It costs 7 thousand and 5 hundred.", "7 thousand and 5 hundred=7500"},
      {"en", "The fund had $5 million and 200 staff.", "$5 million=5000000 dollar; 200=200"},
      {"en", "We sold 3 million and 3 million more.", "3 million=3000000; 3 million=3000000"},
      {"en", "3 hundred and 200 more", "3 hundred=300; 200=200"},
  });
}

// English fractions in words: a tens word before a plural unit ordinal is one
// compound ordinal ("sixty-fourths"), so the count is what precedes the tens word;
// after "and", and where the part would be one or more, the tens word belongs
// to the count (the British "and" of "one hundred and forty").
TEST(NumberMore, EnglishCompoundDenominators) {
  ExpectNumbers({
      {"en", "The drill bit measured five sixty-fourths of an inch.", "five sixty-fourths=0.078125"},
      {"en", "It was five sixty fourths wide.", "five sixty fourths=0.078125"},
      {"en", "He counted two hundred forty-fifths.", "two hundred forty-fifths=4.444444444"},
      {"en", "Four twenty firsts of the sum.", "four twenty firsts=0.1904761905"},
      {"en", "Temperatures fell to minus two hundred forty fifths.", "minus two hundred forty fifths=-4.444444444"},
      {"en", "He counted two hundred and forty fifths.", "two hundred and forty fifths=48"},
      {"en", "He counted two hundred and forty-six fifths.", "two hundred and forty-six fifths=49.2"},
      // A proper part after "and" is still a mixed number.
      {"en", "They paid three hundred and two thirds.", "three hundred and two thirds=300.6666667"},
      {"en", "The share rose to four and three fifths.", "four and three fifths=4.6"},
      // A ranked tens-and-unit ordinal, a unit of time, a tens word with no count.
      {"en", "It was the forty fifth anniversary.", "forty fifth=45 ord"},
      {"en", "Seven thirty seconds later it fell.", "seven=7; thirty seconds=30 second"},
      {"en", "forty fifths", "forty fifths=8"},
  });
}

// Spanish partitives in -avo glue the words of their cardinal ("treintaidosavo",
// "cientoveinteavo"; RAE), "y" written "i".
TEST(NumberMore, SpanishGluedPartitives) {
  ExpectNumbers({
      {"es", "La pieza mide tres treintaidosavos de pulgada.", "tres treintaidosavos=0.09375"},
      {"es", "Le tocaron siete cientoveinteavos de la herencia.", "siete cientoveinteavos=0.05833333333"},
      {"es", "Son dos cuarentaicincoavos del total.", "dos cuarentaicincoavos=0.04444444444"},
      {"es", "Recibió nueve milcuatroavos.", "nueve milcuatroavos=0.008964143426"},
      {"es", "Son cinco doceavos.", "cinco doceavos=0.4166666667"},
      // Letters that are no cardinal's words stay a word.
      {"es", "Tres bravos soldados.", "tres=3"},
  });
}

// British "nought" is the digit zero; only after the prepositions of the idioms
// where it means nothing ("came to nought", "all for naught") is it no number.
TEST(NumberMore, NoughtIsZero) {
  ExpectNumbers({
      {"en", "The code was five-nought-two.", "five=5; nought=0; two=2"},
      {"en", "Nought of them passed.", "nought=0"},
      {"en", "It goes from nought to sixty.", "from nought to sixty=0/60"},
      {"en", "The score was naught.", "naught=0"},
      {"en", "six point nought nine", "six point nought nine=6.09"},
      {"en", "All that work was for naught.", ""},
      {"en", "The plan came to nought.", ""},
      {"en", "They set the rules at naught.", ""},
  });
}

// A part after "and" takes the scale word that follows it, if any: "X billion and
// three quarters million" adds three quarters of a million.
TEST(NumberMore, AndPartOfSmallerScale) {
  ExpectNumbers({
      {"en", "The deal is worth two billion and three quarters million.", "two billion and three quarters million=2000750000"},
      {"en", "It cost five million and two fifths thousand.", "five million and two fifths thousand=5000400"},
      {"en", "It cost four million and four fifths.", "four million and four fifths=4800000"},
  });
}

// An article and a singular ordinal before a plural verb are a part of a group
// (a fraction); before a singular verb they are one more of a series (a rank).
TEST(NumberMore, PartOfAGroupBeforePluralVerb) {
  ExpectNumbers({
      {"en", "Of the new recruits, a fifth were women.", "a fifth=0.2"},
      {"en", "About a quarter have already left the city.", "about a quarter=0.25 ~"},
      {"en", "A tenth are under investigation.", "a tenth=0.1"},
      {"en", "Two officers were hurt and a third was killed.", "two=2; third=3 ord"},
      {"en", "He won a sixth term.", "sixth=6 ord"},
      {"es", "De los detenidos, un quinto eran menores.", "un quinto=0.2"},
      {"es", "Un tercio son mujeres.", "un tercio=0.3333333333"},
      {"es", "Un cuarto fue liberado ayer.", "cuarto=4 ord"},
      {"es", "Busca un sexto mandato.", "sexto=6 ord"},
  });
}

// Ranks of a scale: "hundredth" alone is the hundredth, as "millionth" is the
// millionth; in digits a rank may group its thousands ("10,000th").
TEST(NumberMore, ScaleRanks) {
  ExpectNumbers({
      {"en", "The club marks its hundredth anniversary.", "hundredth=100 ord"},
      {"en", "It was the thousandth day of the war.", "thousandth=1000 ord"},
      {"en", "She was the 10,000th visitor.", "10,000th=10000 ord"},
      {"en", "The 2,500th edition sold out.", "2,500th=2500 ord"},
      // Parts keep their count.
      {"en", "He won by a hundredth.", "a hundredth=0.01"},
      {"en", "Three hundredths separated them.", "three hundredths=0.03"},
  });
}

// Spanish "del ... al" is "de ... a" with the article: the same range.
TEST(NumberMore, SpanishDelAlRange) {
  ExpectNumbers({
      {"es", "La inflación se moverá del 2 al 4 por ciento.", "del 2 al 4 por ciento=2/4 percent"},
      {"es", "Un recorte del 10 al 15 % del gasto.", "del 10 al 15 %=10/15 percent"},
      {"es", "Se moverá de 2 a 4 por ciento.", "de 2 a 4 por ciento=2/4 percent"},
      // A fall is two numbers, as with "de ... a".
      {"es", "El paro bajó del 13 al 11 por ciento.", "13=13; 11 por ciento=11 percent"},
  });
}

// A currency written before both ends of a range is the range's: "between $2bn and
// $3bn" is one range of dollars, and the opening word stands before the symbol.
TEST(NumberMore, CurrencyOnBothEndsOfARange) {
  ExpectNumbers({
      {"en", "The deal is worth between $2bn and $4bn.", "between $2bn and $4bn=2000000000/4000000000 dollar"},
      {"en", "Tickets cost from $15 to $25.", "from $15 to $25=15/25 dollar"},
      {"en", "Tickets cost $15 to $25.", "$15 to $25=15/25 dollar"},
      {"en", "It will cost between $2 and 4 billion.", "between $2 and 4 billion=2000000000/4000000000 dollar"},
      {"es", "Costará entre 300 y 500 millones de dólares.", "entre 300 y 500 millones de dolares=300000000/500000000 dollar"},
      {"es", "El precio irá de US$ 7 a US$ 9.", "de us$ 7 a us$ 9=7/9 dollar"},
      // Two prices joined by "and" without an opening word stay two.
      {"en", "Meals at $15 and $25.", "$15=15 dollar; $25=25 dollar"},
  });
}

// A unit written after both ends of a range is the range's when it is the same
// unit; a hyphen after a percent sign joins, it is no minus.
TEST(NumberMore, UnitOnBothEndsOfARange) {
  ExpectNumbers({
      {"en", "Prices rose between 6% and 9% this spring.", "between 6% and 9%=6/9 percent"},
      {"en", "Analysts expect a 6%-9% rise.", "6%-9%=6/9 percent"},
      {"en", "The road runs 4 km to 7 km inland.", "4 km to 7 km=4/7 km"},
      {"es", "La subida será de entre el 6% y el 9%.", "entre el 6% y el 9%=6/9 percent"},
      {"es", "Caminaron entre 4 km y 7 km.", "entre 4 km y 7 km=4/7 km"},
      // Different units are two numbers.
      {"en", "between 4 km and 7 miles", "4 km=4 km; 7 miles=7 mile"},
      {"en", "Growth of 6% -2% last year", "6%=6 percent; -2%=-2 percent"},
  });
}

// After a bound or an estimate an article and an ordinal are a part, whatever
// follows: "más alto que un cuarto y más bajo que un medio" is one range.
TEST(NumberMore, PartAfterABound) {
  ExpectNumbers({
      {"es", "El índice quedó más alto que un cuarto y más bajo que un medio.",
       "mas alto que un cuarto y mas bajo que un medio=0.25/0.5"},
      {"es", "Más de un tercio votó en contra.", "mas de un tercio=0.3333333333 >="},
      {"en", "Turnout was higher than a third and lower than a half.",
       "higher than a third and lower than a half=0.3333333333/0.5"},
      // Without a bound the rank stays: "un cuarto puesto".
      {"es", "Logró un cuarto puesto.", "cuarto=4 ord"},
  });
}

// A cardinal with the regular "-th" is the ordinal its writer meant ("nineth",
// a common misspelling of "ninth"); words that merely end in "th" are none.
TEST(NumberMore, RegularThOnACardinal) {
  ExpectNumbers({
      {"en", "The nineth round of talks opened in Geneva.", "nineth=9 ord"},
      {"en", "It was the twelveth session.", "twelveth=12 ord"},
      {"en", "The month ended north of the border.", ""},
  });
}

// "and" adds dozens to the whole number before it: three hundred and two dozen
// is 324, not 302 dozen.
TEST(NumberMore, DozensAfterAnd) {
  ExpectNumbers({
      {"en", "They seized three hundred and two dozen rifles.", "three hundred and two dozen=324"},
      {"en", "They seized two dozen rifles.", "two dozen=24"},
      {"en", "They seized twenty-two dozen rifles.", "twenty-two dozen=264"},
      // Spanish writes "y" after a round thousand: RBNF reads two numbers.
      {"es", "Requisaron tres mil y dos docenas de fusiles.", "tres mil y dos docenas=3024"},
      {"es", "Llegaron un millón y media docena de cartas.", "un millon y media docena=1000006"},
      {"es", "Vinieron tres mil y dos personas.", "tres mil=3000; dos personas=2 person"},
      {"es", "Requisaron trescientos y dos docenas.", "trescientos=300; dos docenas=24"},
  });
}

// Spanish group nouns of a hundred and a thousand count as "docena" does, and
// are round figures ("about a hundred"); "varios centenares" is no number.
TEST(NumberMore, SpanishGroupNouns) {
  ExpectNumbers({
      {"es", "Hubo más de un centenar de muertos.", "mas de un centenar=100 >="},
      {"es", "La policía arrestó a medio centenar de manifestantes.", "medio centenar=50 ~"},
      {"es", "Un millar de soldados cruzó la frontera.", "un millar=1000 ~"},
      {"es", "Se contaron tres millares de votos.", "tres millares=3000 ~"},
      {"es", "Ardieron varios centenares de casas.", ""},
      {"es", "Compró una docena de huevos.", "una docena=12"},
  });
}

}  // namespace
// Currencies beside the dollar and the euro: by symbol and code, and by the
// names that are nothing else ("pounds" alone is a weight as often, "won" an
// English verb).
TEST(NumberMore, MoreCurrencies) {
  ExpectNumbers({
      {"en", "The deal is worth £10m.", "\u00a310m=10000000 pound"},
      {"en", "Moscow pledged 5 billion roubles.", "5 billion roubles=5000000000 ruble"},
      {"es", "Moscú prometió 50.000 millones de rublos.", "50.000 millones de rublos=5e+10 ruble"},
      {"es", "Costó 5 libras esterlinas.", "5 libras esterlinas=5 pound"},
      {"en", "They bought 10 pounds of flour.", "10=10"},
      {"en", "They won 3 games.", "3=3"},
  });
}

// An article counts one of a unit only before its singular: "una noches" (in a
// title, or a typo) counts nothing.
TEST(NumberMore, ArticleBeforeAPluralUnit) {
  ExpectNumbers({
      {"es", "Leyó Las mil y una noches.", "mil=1000"},
      {"es", "Pasó una noche en la cárcel.", "una noche=1 day"},
      {"es", "Pasó un mes fuera.", "un mes=1 month"},
      {"en", "He booked a nights stay.", ""},
  });
}

}  // namespace claimcheck
