#include "claimcheck/numbers.h"

#include <gtest/gtest.h>

#include <string>
#include <thread>
#include <vector>

#include "claimcheck/extract.h"
#include "claimcheck/text.h"
#include "numbers_testutil.h"

namespace claimcheck {
namespace {

using testutil::RenderNumbers;

std::string Extract(const char* lang, const char* text) { return testutil::NumbersOf(lang, text); }

struct ExtractTest {
  const char* lang;
  const char* text;
  const char* expected;
};

const ExtractTest kExtractTests[] = {
    // Digits and separators: the language decides what '.' and ',' mean.
    {"es", "Hubo 1900 damnificados.", "1900=1900"},
    {"es", "Hubo 1 900 damnificados.", "1 900=1900"},
    {"es", "Hubo 1\u00a0900 damnificados.", "1 900=1900"},
    {"es", "Hubo 1.900 damnificados.", "1.900=1900"},
    {"en", "There were 1.900 tonnes.", "1.900 tonnes=1.9 ton"},
    {"en", "There were 1,900 victims.", "1,900=1900"},
    {"es", "Subió un 2,5 en la escala.", "2,5=2.5"},
    {"en", "It rose by 2.5 points.", "2.5=2.5"},
    {"es", "Duró 1.5 horas.", "1.5 horas=1.5 hour"},
    {"es", "más de 11.000 contenedores", "mas de 11.000=11000 >="},
    {"es", "1.900.000 habitantes", "1.900.000=1900000"},
    {"en", "6,107.31 tonnes", "6,107.31 tonnes=6107.31 ton"},
    {"es", "6.107,31 toneladas", "6.107,31 toneladas=6107.31 ton"},
    {"en", "1,900,000 people", "1,900,000 people=1900000 person"},
    {"es", "en 2024 hubo", "2024=2024"},
    {"es", "19 jun 2024 , 19:06", "19=19; 2024=2024"},
    {"es", "Fecha: 18/06/2024, versión 1.2.3", ""},
    {"es", "la guerra de 1950-1953", "1950-1953=1950/1953"},
    {"en", "Call +34 612-2009-2016", "34=34"},
    {"es", "Llame al 612-2009-2016", ""},
    {"en", "the 1990s and the Hwasong-18", ""},
    // A caption's place in the picture, no count (precision_test.cc).
    {"en", "Kim Jong Un (2-R) attends", ""},

    // Words, through ICU RBNF.
    {"es", "Firmaron dos acuerdos.", "dos=2"},
    {"es", "Pasaron veintiún días.", "veintiun dias=21 day"},
    {"es", "Pasaron veintiun dias.", "veintiun dias=21 day"},
    {"es", "En mil novecientos cincuenta empezó.", "mil novecientos cincuenta=1950"},
    // Spelled-out numbers of a dozen words and more stay one number.
    {"es", "Recibieron novecientos noventa y nueve mil novecientos noventa y nueve votos.",
     "novecientos noventa y nueve mil novecientos noventa y nueve=999999"},
    {"es", "Suman setecientos ochenta y un millones doscientos treinta y cuatro mil quinientos sesenta y siete.",
     "setecientos ochenta y un millones doscientos treinta y cuatro mil quinientos sesenta y siete=781234567"},
    {"es", "en el año dos mil veinticuatro", "dos mil veinticuatro=2024"},
    {"es", "treinta y un días", "treinta y un dias=31 day"},
    {"es", "casi cinco millones de proyectiles", "casi cinco millones=5000000 ~"},
    {"en", "two leaders", "two=2"},
    {"en", "twenty-one days", "twenty-one days=21 day"},
    {"en", "a hundred people", "a hundred people=100 person"},
    {"en", "a million dollars", "a million dollars=1000000 dollar"},
    {"en", "one hundred and five soldiers", "one hundred and five=105"},
    {"en", "three thousand", "three thousand=3000"},
    // Two numbers side by side are not one year-style number.
    {"en", "the two two-hour meetings", "two=2; two-hour=2 hour"},

    // Ordinals.
    {"es", "el tercer día", "tercer=3 ord"},
    {"es", "por primera vez", "primera=1 ord"},
    {"es", "su segundo mandato", "segundo=2 ord"},
    {"en", "the third visit", "third=3 ord"},
    {"en", "his second trip", "second=2 ord"},
    {"en", "a second summit", "second=2 ord"},
    {"es", "un segundo mandato", "segundo=2 ord"},
    {"en", "one second later", "one second=1 second"},
    {"es", "ciento veinte mil personas", "ciento veinte mil personas=120000 person"},
    {"es", "la Segunda Guerra Mundial", "segunda=2 ord"},
    {"es", "mil quinientos millones", "mil quinientos millones=1500000000"},
    {"en", "the 3rd round and the 21st century", "3rd=3 ord; 21st=21 ord"},
    {"es", "el 3.º puesto y la 2.ª vuelta", "3.o=3 ord; 2.a=2 ord"},

    // "un", "una", "one", "a" only before a unit.
    {"es", "firmaron un acuerdo", ""},
    {"es", "una hora después", "una hora=1 hour"},
    {"es", "un año más tarde", "un ano=1 year"},
    {"es", "Kim Jong Un firmó", ""},
    {"es", "uno de los dos", "dos=2"},
    {"en", "the one-on-one talks", ""},
    {"en", "an hour later", "an hour=1 hour"},
    {"en", "one day", "one day=1 day"},
    {"en", "a person familiar with the talks", ""},
    {"en", "Kim Jong Un met", ""},

    // Halves.
    {"es", "una hora y media", "una hora y media=1.5 hour"},
    {"es", "duró hora y media", "hora y media=1.5 hour"},
    {"es", "media hora", "media hora=0.5 hour"},
    {"es", "dos horas y media", "dos horas y media=2.5 hour"},
    {"es", "2,5 horas", "2,5 horas=2.5 hour"},
    {"en", "an hour and a half", "an hour and a half=1.5 hour"},
    {"en", "for hour and a half", "hour and a half=1.5 hour"},
    {"en", "half an hour", "half an hour=0.5 hour"},
    {"en", "a half-hour meeting", "a half-hour=0.5 hour"},
    {"en", "two and a half hours", "two and a half hours=2.5 hour"},
    {"en", "2.5 hours", "2.5 hours=2.5 hour"},
    {"en", "two-and-a-half hours", "two-and-a-half hours=2.5 hour"},
    // A vulgar fraction after digits is a mixed number ("2½" folds to "2 1⁄2").
    {"en", "talks of 2½ hours", "2 1\u20442 hours=2.5 hour"},
    {"es", "duraron 1¾ horas", "1 3\u20444 horas=1.75 hour"},
    {"en", "only ½ hour", "1\u20442 hour=0.5 hour"},
    // "h" set apart is an hour before minutes, not alone.
    {"en", "talks of 2 h 30 min", "2 h 30 min=2.5 hour"},
    {"es", "duraron 1 h 45 minutos", "1 h 45 minutos=1.75 hour"},
    {"en", "at 2 h sharp", "2=2"},

    // Units, Spanish and English, singular and plural, with "de" and multipliers.
    {"es", "durante 90 minutos", "90 minutos=90 minute"},
    {"es", "durante 30 segundos", "30 segundos=30 second"},
    {"es", "unos segundos", ""},
    {"es", "tres semanas y dos meses", "tres semanas=3 week; dos meses=2 month"},
    {"es", "hace 24 años", "24 anos=24 year"},
    {"es", "a 71 kilómetros", "71 kilometros=71 km"},
    {"es", "a 71 km", "71 km=71 km"},
    {"es", "a 44 millas", "44 millas=44 mile"},
    {"es", "2 millones de personas", "2 millones de personas=2000000 person"},
    {"es", "5 mil personas", "5 mil personas=5000 person"},
    {"es", "2.000 millones de dólares", "2.000 millones de dolares=2000000000 dollar"},
    {"es", "1,5 millones", "1,5 millones=1500000"},
    {"es", "el 12,5 % de los votos", "12,5 %=12.5 percent"},
    {"es", "el 20 por ciento", "20 por ciento=20 percent"},
    {"es", "51 artículos", "51 articulos=51 article"},
    {"es", "300 kilos y 2 toneladas", "300 kilos=300 kg; 2 toneladas=2 ton"},
    {"es", "500 metros", "500 metros=500 metre"},
    {"es", "100 euros", "100 euros=100 euro"},
    {"en", "1.5 million people", "1.5 million people=1500000 person"},
    {"en", "two billion", "two billion=2000000000"},
    {"en", "12.5% of votes", "12.5%=12.5 percent"},
    {"en", "20 percent", "20 percent=20 percent"},
    {"en", "44 miles", "44 miles=44 mile"},
    {"en", "70 km away", "70 km=70 km"},
    {"en", "5km", "5km=5 km"},
    {"en", "90 mins", "90 mins=90 minute"},
    {"en", "3 hrs", "3 hrs=3 hour"},
    {"en", "75 years since", "75 years=75 year"},
    {"en", "a two-day visit", "two-day=2 day"},
    {"en", "a 24-hour visit", "24-hour=24 hour"},
    {"en", "$5 and US$ 7", "$5=5 dollar; us$ 7=7 dollar"},
    {"es", "5 € y 1,5 millones de euros", "5 €=5 euro; 1,5 millones de euros=1500000 euro"},
    {"es", "subió un cuarenta y cinco por ciento", "cuarenta y cinco por ciento=45 percent"},
    {"en", "500 persons and 3 articles", "500 persons=500 person; 3 articles=3 article"},
    // An item's number, not a count (precision_test.cc).
    {"en", "Article 51 of the Charter", ""},

    // Qualifiers before the number (and "aproximadamente" after the unit).
    {"es", "durante aproximadamente dos horas", "aproximadamente dos horas=2 hour ~"},
    {"es", "cerca de 2 horas", "cerca de 2 horas=2 hour ~"},
    {"es", "unos 270 días", "unos 270 dias=270 day ~"},
    {"es", "unas 3 horas", "unas 3 horas=3 hour ~"},
    {"es", "alrededor de 50 personas", "alrededor de 50 personas=50 person ~"},
    {"es", "casi dos horas", "casi dos horas=2 hour ~"},
    {"es", "dos horas aproximadamente", "dos horas aproximadamente=2 hour ~"},
    {"es", "unos 20 minutos aproximadamente", "unos 20 minutos aproximadamente=20 minute ~"},
    {"es", "más de una hora", "mas de una hora=1 hour >="},
    {"en", "less than a day", "less than a day=1 day <="},
    {"es", "más de 2 horas", "mas de 2 horas=2 hour >="},
    {"es", "al menos 3 días", "al menos 3 dias=3 day >="},
    {"es", "por lo menos 3 días", "por lo menos 3 dias=3 day >="},
    {"es", "menos de 3 horas", "menos de 3 horas=3 hour <="},
    {"es", "duraron por encima de las cuatro horas", "por encima de las cuatro horas=4 hour >="},
    {"es", "por debajo del 3 %", "por debajo del 3 %=3 percent <="},
    {"es", "no más de 2 horas", "no mas de 2 horas=2 hour <="},
    {"es", "hasta 2 horas", "hasta 2 horas=2 hour <="},
    {"es", "hasta 2030", "2030=2030"},
    {"en", "about two hours", "about two hours=2 hour ~"},
    {"en", "around 3 hours", "around 3 hours=3 hour ~"},
    {"en", "some 270 days after", "some 270 days=270 day ~"},
    {"en", "nearly 25 years", "nearly 25 years=25 year ~"},
    {"en", "roughly 40 km", "roughly 40 km=40 km ~"},
    {"en", "approximately 2 hours", "approximately 2 hours=2 hour ~"},
    {"en", "almost 3 weeks", "almost 3 weeks=3 week ~"},
    {"en", "over 1.5 hours", "over 1.5 hours=1.5 hour >="},
    {"en", "more than 2 hours", "more than 2 hours=2 hour >="},
    {"en", "at least 5 people", "at least 5 people=5 person >="},
    {"en", "under 10 minutes", "under 10 minutes=10 minute <="},
    {"en", "fewer than 10 people", "fewer than 10 people=10 person <="},
    {"en", "less than 3 hours", "less than 3 hours=3 hour <="},
    {"en", "up to 3 days", "up to 3 days=3 day <="},
    {"en", "about half an hour", "about half an hour=0.5 hour ~"},
    {"en", "Moreover 2 hours", "2 hours=2 hour"},

    // Ranges.
    {"es", "entre 2 y 3 horas", "entre 2 y 3 horas=2/3 hour"},
    {"es", "entre dos y tres horas", "entre dos y tres horas=2/3 hour"},
    {"es", "de 2 a 3 horas", "de 2 a 3 horas=2/3 hour"},
    {"es", "desde 2 hasta 3 horas", "desde 2 hasta 3 horas=2/3 hour"},
    {"es", "de 2 a 3", "de 2 a 3=2/3"},
    {"es", "2 a 3 horas", "2 a 3 horas=2/3 hour"},
    {"es", "de 1 a 2 horas y media", "de 1 a 2 horas y media=1/2.5 hour"},
    {"en", "3.5-4 hours", "3.5-4 hours=3.5/4 hour"},
    {"en", "10,000-15,000 people", "10,000-15,000 people=10000/15000 person"},
    {"es", "entre 2 y 3 millones de personas", "entre 2 y 3 millones de personas=2000000/3000000 person"},
    {"es", "entre una y dos horas", "entre una y dos horas=1/2 hour"},
    {"es", "los acuerdos 2 y 3", "2=2; 3=3"},
    {"en", "2-3 hours", "2-3 hours=2/3 hour"},
    {"en", "2 to 3 hours", "2 to 3 hours=2/3 hour"},
    {"en", "between 2 and 3 hours", "between 2 and 3 hours=2/3 hour"},
    {"en", "from 2 to 3 hours", "from 2 to 3 hours=2/3 hour"},
    {"en", "from two to three hours", "from two to three hours=2/3 hour"},
    {"en", "between 2 and 3 million", "between 2 and 3 million=2000000/3000000"},
    {"en", "a score of 3-2", "3=3; 2=2"},

    // Comparatives bound a number like "más de" does; signs too.
    {"es", "una cifra superior a 300.000 personas", "superior a 300.000 personas=300000 person >="},
    {"es", "los menores de 18 años", "menores de 18 anos=18 year <="},
    {"es", "mayor o igual a cien", "mayor o igual a cien=100 >="},
    {"en", "a turnout greater than 60 percent", "greater than 60 percent=60 percent >="},
    {"en", "losses below 2 million", "below 2 million=2000000 <="},
    {"en", "less than or equal to 45 votes", "less than or equal to 45=45 <="},
    {"en", "the index stayed >= 30 then", ">= 30=30 >="},
    {"en", "where x<20", "<20=20 <="},
    {"en", "the code =>30 ran", ""},
    // ... or follow it.
    {"en", "a share of 30 percent or more", "30 percent or more=30 percent >="},
    {"es", "200 o más heridos", "200 o mas=200 >="},
    {"es", "500 como máximo", "500 como maximo=500 <="},
    {"es", "en 2024 o más tarde", "2024=2024"},
    {"en", "300 or greater than 250", "300=300; greater than 250=250 >="},
    // Two bounds side by side are a range.
    {"es", "más de 10 y menos de 40 personas", "mas de 10 y menos de 40 personas=10/40 person"},
    {"en", "at most 90 and at least 30 boats", "at most 90 and at least 30=30/90"},
    {"en", "more than 45 and less than 15 seats", "more than 45=45 >=; less than 15=15 <="},

    // Fractions: a count of parts named by an ordinal (RBNF) or a word of its own.
    {"en", "four sevenths of voters", "four sevenths=0.5714285714"},
    {"en", "a sixth of the budget", "a sixth=0.1666666667"},
    {"en", "seeking a fifth term", "fifth=5 ord"},
    {"en", "seven eighths of the seats", "seven eighths=0.875"},
    {"en", "one-tenth of the land", "one-tenth=0.1"},
    {"en", "nine hundredths", "nine hundredths=0.09"},
    {"es", "un tercio del parlamento", "un tercio=0.3333333333"},
    {"es", "una quinta parte de los votos", "una quinta parte=0.2"},
    {"es", "dos terceras partes", "dos terceras partes=0.6666666667"},
    {"es", "un quinto mandato", "quinto=5 ord"},
    {"es", "un medio de comunicación y una media de 20 goles", "20=20"},
    {"en", "a quarter of the seats, a quarter final", "a quarter=0.25"},
    {"es", "nueve décimos de la población", "nueve decimos=0.9"},
    {"es", "cinco dieciseisavos", "cinco dieciseisavos=0.3125"},
    {"es", "dos milésimas", "dos milesimas=0.002"},
    {"es", "los dos primeros", "dos=2; primeros=1 ord"},
    // A whole number and a fraction; a fraction of a scale word.
    {"es", "un millón y medio de personas", "un millon y medio de personas=1500000 person"},
    {"es", "4 millones y medio", "4 millones y medio=4500000"},
    {"es", "medio millón de desplazados", "medio millon=500000"},
    {"es", "cuatro y medio", "cuatro y medio=4.5"},
    // An hour of the clock, neither 3.5 nor 3 (precision_test.cc).
    {"es", "a las tres y media", ""},
    {"es", "nueve con tres cuartos", "nueve con tres cuartos=9.75"},
    {"en", "half a million refugees", "half a million=500000"},
    {"en", "a quarter million", "a quarter million=250000"},
    {"en", "six and a half million voters", "six and a half million=6500000"},
    {"en", "4 million and a half", "4 million and a half=4500000"},
    {"en", "seven and a quarter", "seven and a quarter=7.25"},

    {"en", "seven and a half", "seven and a half=7.5"},
    {"es", "4 docenas de huevos", "4 docenas=48"},
    {"es", "media docena de heridos", "media docena=6"},
    {"en", "two dozen ministers", "two dozen=24"},
    {"en", "half a dozen times", "half a dozen=6"},
    {"es", "1 millón de votos", "1 millon=1000000"},
    {"en", "3 hundred people", "3 hundred people=300 person"},
    // Spanish ordinals of thousands and millions in one word (RAE).
    {"es", "el dosmilésimo aniversario", "dosmilesimo=2000 ord"},
    {"es", "el cuatromillonésimo visitante", "cuatromillonesimo=4000000 ord"},
    {"es", "siete dosmilésimos", "siete dosmilesimos=0.0035"},

    // English tens and units without the hyphen; "and" after a thousand.
    {"en", "fifty two soldiers", "fifty two=52"},
    {"en", "the twenty first round", "twenty first=21 ord"},
    {"en", "two thousand and five hundred troops", "two thousand and five hundred=2500"},

    // Signs and notations.
    {"en", "temperatures of -5 overnight", "-5=-5"},
    {"en", "minus 3 percent", "minus 3 percent=-3 percent"},
    {"en", "it fell to minus twelve", "minus twelve=-12"},
    {"en", "- 5 people were hurt", "5 people=5 person"},
    {"en", "the 2 -3 defeat", "2 -3=2/3"},
    {"en", "a mass of 1.3e6 tonnes", "1.3e6 tonnes=1300000 ton"},
    {"en", "a rate of 4x10^-3", "4x10^-3=0.004"},
    {"en", "a rate of .08 and 10k runners", ".08=0.08; 10k=10000"},
    {"es", "un índice de ,5", ",5=0.5"},
    {"en", "a 1.2bn deal, a $10m fund, the 100m final", "1.2bn=1200000000; $10m=10000000 dollar"},
    // A currency after the scale makes "m" and "b" millions and billions too.
    {"en", "a 10m euros fund, a 1.2b USD loan, 5m shares", "10m euros=10000000 euro; 1.2b usd=1200000000 dollar"},
    {"es", "un fondo de 10M de dólares", "10m de dolares=10000000 dollar"},
    // Spanish copy: "M€", "mill." and Mexican "mdd" are millions; "mill"
    // unabbreviated is not.
    {"es", "un comercio de 1.200 M€", "1.200 m\u20ac=1200000000 euro"},
    {"es", "unos 3 mill. de dólares y 5.000 mdd", "unos 3 mill. de dolares=3000000 dollar ~; 5.000 mdd=5000000000"},
    {"en", "a 3 mill town", "3=3"},
    // Mexican copy writes the thousands as a word and the rest in digits.
    {"es", "más de mil 200 mdd y 3 mil 500 millones de pesos",
     "mas de mil 200 mdd=1200000000 >=; 3 mil 500 millones=3500000000"},
    {"es", "llegaron 2 mil 300 soldados", "2 mil 300=2300"},
    {"es", "los 5 mil, 300 de ellos heridos", "5 mil=5000; 300=300"},
    // Wire copy's "mn" and "mln" are millions on their own.
    {"en", "a 5mn loan and 12 mln tonnes", "5mn=5000000; 12 mln tonnes=12000000 ton"},
    // A capital "M" or "B" after digits is a scale ("10M subscribers", "a
    // $1.2B deal" without its currency); lower case it is a metre and a clause
    // letter, and a model's or a clause's name keeps its capital.
    {"en", "The app has 10M subscribers and a 2.5B valuation.", "10m=10000000; 2.5b=2500000000"},
    {"en", "Revenue reached 1,674.5 M.", "1,674.5 m=1674500000"},
    {"en", "He ran the 100m in 10 seconds under rule 4.2b.", "10 seconds=10 second"},
    {"en", "Russia sent T-72B tanks, an A400M and section 4.2B rules.", ""},
    {"en", "a 10MW plant", ""},
    {"es", "El contrato vale 3M y el artículo 12B lo regula.", "3m=3000000"},
    {"en", "about 2.5 k", "about 2.5 k=2500 ~"},
    {"es", "el noventa por cien", "noventa por cien=90 percent"},
    {"es", "el 2do lugar y la 3ra vuelta", "2do=2 ord; 3ra=3 ord"},
    {"es", "tres noches y dos fines de semana", "tres noches=3 day; dos fines de semana=2 weekend"},
    {"es", "3 hras", "3 hras=3 hour"},

    // Lengths of time in two units, with parts, glued, whole.
    {"en", "talks of 1 hour and 30 minutes", "1 hour and 30 minutes=1.5 hour"},
    {"es", "una reunión de dos horas, 15 minutos", "dos horas, 15 minutos=2.25 hour"},
    {"es", "duró dos horas y cuarto", "dos horas y cuarto=2.25 hour"},
    {"en", "two years and a quarter", "two years and a quarter=2.25 year"},
    {"en", "two hours and half", "two hours and half=2.5 hour"},
    {"en", "a 24h strike", "24h=24 hour"},
    {"en", "a \u00bd hour call", "1\u20442 hour=0.5 hour"},
    {"en", "they worked all year", "all year=1 year"},
    {"en", "open at all hours", ""},
    {"es", "negociaron todo el mes", "todo el mes=1 month"},
    {"es", "toda la noche", ""},
    {"es", "quedó a un segundo.", "un segundo=1 second"},

    // Decimals in words.
    {"en", "a rise of two point five", "two point five=2.5"},
    {"en", "six point nought seven", "six point nought seven=6.07"},
    {"en", "naught point four, and it came to nought", "naught point four=0.4"},
    {"en", "minus four point two", "minus four point two=-4.2"},
    {"es", "treinta y dos coma quince", "treinta y dos coma quince=32.15"},
    {"es", "cuesta tres con cincuenta euros", "tres con cincuenta euros=3.5 euro"},
    {"es", "ganó con cincuenta votos", "cincuenta=50"},
    // A fraction after "and" is added to the whole number RBNF read.
    {"en", "two hundred and three quarters", "two hundred and three quarters=200.75"},
    {"en", "four million and two thirds", "four million and two thirds=4666666.667"},

    // Ratios, Spanish ordinals with a cardinal head, percent before the number.
    {"en", "two over five", "two over five=0.4"},
    {"es", "una nota de 7 sobre 10", "7 sobre 10=0.7"},
    {"en", "$4500 over 5 years", "$4500=4500 dollar; over 5 years=5 year >="},
    {"en", "sales up 5 over 2022", "5=5; over 2022=2022 >="},
    {"en", "at one point five people were held", "five people=5 person"},
    {"es", "el tres millones dos milésimo visitante", "tres millones dos milesimo=3002000 ord"},
    {"en", "per cent of 40", "per cent of 40=40 percent"},
    {"en", "40 percent of 12 million", "40 percent=40 percent; 12 million=12000000"},
    {"en", "a 5 percentage points rise", "5=5"},
    {"en", "forty percentage", "forty percentage=40 percent"},
    // Articles inside ranges; ranges of ranks.
    {"es", "entre el 12 y el 17 por ciento", "entre el 12 y el 17 por ciento=12/17 percent"},
    {"es", "entre el quinto y el décimo puesto", "entre el quinto y el decimo=5/10 ord"},
    {"en", "the fifth and the tenth", "fifth=5 ord; tenth=10 ord"},
    // Fractions in digits: with a partitive, a sign or a whole number.
    {"en", "3/4 of voters, 2 1/4 miles, on 9/11", "3/4=0.75; 2 1/4 miles=2.25 mile"},
    {"es", "el 1/2 % restante", "1/2 %=0.5 percent"},
    // A bound after a number yields to one before it, and to a number after it.
    {"en", "less than or equal to 45 and greater than or equal to 60",
     "less than or equal to 45=45 <=; greater than or equal to 60=60 >="},
    {"en", "more than 35 and less than 50", "more than 35 and less than 50=35/50"},

    // Digits with scale words in a row; scale ordinals.
    {"en", "5 thousand 4 hundred and 32 votes", "5 thousand 4 hundred and 32=5432"},
    {"en", "5 thousand and 200 were hurt", "5 thousand=5000; 200=200"},
    {"es", "100 millonésimos", "100=100"},
    {"en", "the millionth visitor", "millionth=1000000 ord"},
    {"en", "the two million and twenty second", "two million and twenty second=2000022 ord"},

    // Codes, addresses and phones.
    {"en", "filed under 1995-01", ""},
    {"en", "Call (206) 555-1212", ""},
    {"en", "see http://example.com/a?id=305&q=29%20 for 30 people", "30 people=30 person"},

    // Sentences of the seed articles and the corpus.
    {"es",
     "Tras una serie de negociaciones que se han alargado durante aproximadamente dos horas, "
     "los líderes",
     "aproximadamente dos horas=2 hour ~"},
    {"es", "Las lluvias continúan en El Salvador y dejan más de 1 900 damnificados", "mas de 1 900=1900 >="},
    {"es",
     "Putin, que realizaba su primera visita de Estado a Corea del Norte por primera vez en "
     "24 años, estuvo apenas 21 horas en Pyongyang",
     "primera=1 ord; primera=1 ord; 24 anos=24 year; 21 horas=21 hour"},
    {"en", "Russian and North Korean delegations held talks that lasted for over 1.5 hours.",
     "over 1.5 hours=1.5 hour >="},
    {"en", "the two leaders said during the meeting, which lasted about an hour and a half and was",
     "two=2; about an hour and a half=1.5 hour ~"},
    {"en", "his joy in meeting Putin again in Pyongyang some 270 days after their meeting", "some 270 days=270 day ~"},
    {"es", "Corea del Norte envió casi cinco millones de proyectiles a Rusia", "casi cinco millones=5000000 ~"},
    {"en", "the Kremlin's first visit in 24 years, capping off a two-day state visit",
     "first=1 ord; 24 years=24 year; two-day=2 day"},
    // A thousands group never follows a leading zero or more than three digits.
    {"es", "El índice subió a 0.712 y el fondo cerró en 2345.875 puntos", "0.712=0.712; 2345.875=2345.875"},
    {"en", "a yield of 0,375 against 1.250", "0,375=0.375; 1.250=1.25"},
    // Spanish feminine ordinals that RBNF writes only in the masculine.
    {"es", "la undécima ronda de sanciones", "undecima=11 ord"},
    {"es", "quedó entre duodécima y vigésima", "entre duodecima y vigesima=12/20 ord"},
    // A Spanish scale noun in the singular without a count is one of it.
    {"es", "La muestra superó el millón de visitantes", "millon=1000000"},
    {"es", "faltan millones de dosis y 1 millón de euros", "1 millon de euros=1000000 euro"},
    // English lists of numbers joined by commas without spaces.
    {"en", "Amendments 14,17,23 were withdrawn.", "14=14; 17=17; 23=23"},
    // Partitive ratios: "out of", "de cada".
    {"en", "Three out of four analysts expect a cut", "three out of four=0.75"},
    {"es", "una de cada cuatro empresas y 3 de cada 10 hogares", "una de cada cuatro=0.25; 3 de cada 10=0.3"},
    {"es", "cobra el 5 de cada mes", "5=5"},
    {"en", "the pundit rated it 11 out of 10", "11=11; 10=10"},
    {"en", "Seats 3,5,120 and 4,500,000 voters", "3=3; 5=5; 120=120; 4,500,000=4500000"},
    // A year before a singular unit of time names the period; counts take the plural.
    {"en", "plans for the 2025 weekend; it took 2000 hours", "2025=2025; 2000 hours=2000 hour"},
    // "N in M" is a part of a whole; not before a year or a unit.
    {"en", "One in five voters backed the treaty", "one in five=0.2"},
    {"en", "2 in 3 firms and 4 in 10 households", "2 in 3=0.6666666667; 4 in 10=0.4"},
    {"en", "they won 3 in 2023 and 2 in 10 days", "3=3; 2023=2023; 2=2; 10 days=10 day"},
    {"en", "backed by two in five or more", "two in five or more=0.4 >="},
    // Ranges with "through" (no opening word needed), a tilde, scale suffixes.
    {"en", "rows 18 through 25", "18 through 25=18/25"},
    {"en", "about 20~30 dollars, roughly 5 to 7 hours",
     "about 20~30 dollars=20/30 dollar ~; roughly 5 to 7 hours=5/7 hour ~"},
    {"en", "a turnout of 40~45 percent", "40~45 percent=40/45 percent"},
    {"en", "salaries of 5k-20k, a Su-27 jet", "5k-20k=5000/20000"},
    // Spanish "menos" is a sign only where a number starts.
    {"es", "osciló entre menos cinco y doce", "entre menos cinco y doce=-5/12"},
    {"es", "el termómetro marcó: menos 3", "menos 3=-3"},
    {"es", "al menos 5 heridos; cinco menos dos", "al menos 5=5 >=; cinco=5; dos=2"},
    // A half without a count, "la tercera parte": fractions.
    {"en", "Half of the deputies and half the cabinet", "half=0.5; half=0.5"},
    {"en", "more than half of them; the second half of the year", "more than half=0.5 >=; second=2 ord"},
    {"es", "la mitad de los diputados y más de la mitad del gabinete", "la mitad=0.5; mas de la mitad=0.5 >="},
    {"es", "la otra mitad; a mitad de camino; la primera mitad del año", "primera=1 ord"},
    {"es", "la tercera parte de los votos, la tercera ronda", "tercera parte=0.3333333333; tercera=3 ord"},
    // A count stressed as one; "only a few" and "solo un acuerdo" are no count.
    {"en", "only one senator voted; only a few did", "one=1"},
    {"es", "un solo voto; no es solo un acuerdo", "un=1"},
    // Indian English: lakhs and crores (ICU's en_IN words), digits grouped in pairs.
    {"en", "a fine of 13 lakh and two crore people", "13 lakh=1300000; two crore people=20000000 person"},
    {"en", "a package of Rs 5 lakh crore", "5 lakh crore=5e+12"},
    {"en", "12,34,567.89 and 1,00,000", "12,34,567.89=1234567.89; 1,00,000=100000"},
    // Bounds on both sides, an article after "que".
    {"es", "más alta que el tres pero más baja que el cinco", "mas alta que el tres pero mas baja que el cinco=3/5"},
};

TEST(NumberExtract, Table) {
  for (const ExtractTest& t : kExtractTests) {
    EXPECT_EQ(Extract(t.lang, t.text), t.expected) << "[" << t.lang << "] " << t.text;
  }
}

TEST(NumberExtract, VagueDurationsAreNoNumbers) {
  FoldedText f = FoldedText::Fold("Tardará unas semanas y varios meses; unos kilos; algún día.");
  EXPECT_EQ(RenderNumbers(f.str(), ExtractNumbers(f.str(), "es")), "");
  std::vector<NumberMention> v = ExtractVagueDurations(f.str(), "es");
  EXPECT_EQ(RenderNumbers(f.str(), v), "unas semanas=3 week ~; varios meses=3 month ~");
  FoldedText e = FoldedText::Fold("in a few days, several hours later, some day");
  EXPECT_EQ(RenderNumbers(e.str(), ExtractVagueDurations(e.str(), "en")),
            "a few days=3 day ~; several hours=3 hour ~");
}

// Extraction output (extract.h): bounded lengths of time keep the duration type
// with a mod; weekends are two days; vague lengths are three units; "igual a" is
// a range of one value; a range of ranks is a number range.
TEST(NumberExtract, ExtractedDurations) {
  struct {
    const char* lang;
    const char* text;
    const char* expected;  // "text|type|value|mod" per mention, ";"-joined
  } const cases[] = {
      {"en", "The siege lasted more than 5 days.", "more than 5 days|duration|P5D|more"},
      {"es", "La votación duró menos de 3 horas.", "menos de 3 horas|duration|PT3H|less"},
      {"es", "Tiene más de cuarenta años.", "más de cuarenta años|numberrange|40/|"},
      {"en", "a course of two weekends", "two weekends|duration|P4D|"},
      {"es", "Se quedará unas semanas.", "unas semanas|duration|P3W|"},
      {"es", "Su nota es igual a 25.", "igual a 25|numberrange|25/25|"},
      {"en", "ranked between the fifth and the tenth", "between the fifth and the tenth|numberrange|5/10|"},
      // 1 h 40 min is 1.666… hours: whole minutes, not a hair less.
      {"en", "The talks lasted 1 hour 40 min.", "1 hour 40 min|duration|PT100M|"},
      {"en", "The talks lasted 2½ hours.", "2½ hours|duration|PT150M|"},
  };
  for (const auto& c : cases) {
    std::string got;
    for (const ExtractedMention& m : ExtractMentions(c.text, c.lang, nullptr)) {
      if (!got.empty()) got += ";";
      got += std::string(c.text).substr(m.span.begin, m.span.size()) + "|" + m.type + "|" + m.value +
             "|" + m.mod;
    }
    EXPECT_EQ(got, c.expected) << c.text;
  }
}

TEST(NumberExtract, FieldsAndSpans) {
  FoldedText f = FoldedText::Fold("Duró más de dos horas y media.");
  std::vector<NumberMention> m = ExtractNumbers(f.str(), "es-MX");
  ASSERT_EQ(m.size(), 1u);
  EXPECT_EQ(f.str().substr(m[0].span.begin, m[0].span.size()), "mas de dos horas y media");
  EXPECT_DOUBLE_EQ(m[0].value, 2.5);
  EXPECT_DOUBLE_EQ(m[0].high, 2.5);
  EXPECT_FALSE(m[0].is_range);
  EXPECT_FALSE(m[0].ordinal);
  EXPECT_EQ(m[0].qualifier, NumberQualifier::kAtLeast);
  EXPECT_EQ(m[0].unit, "hour");
  EXPECT_EQ(m[0].form, "words");
  // Spans map back to the original through the folded text.
  EXPECT_EQ(f.ToOriginal(m[0].span), (Span{6, 31}));
}

TEST(NumberExtract, Forms) {
  struct {
    const char* lang;
    const char* text;
    const char* form;
  } const cases[] = {
      {"es", "21 horas", "digits"},     {"es", "veintiún días", "words"},
      {"es", "2 millones", "mixed"},    {"es", "media hora", "fraction"},
      {"en", "a hundred", "words"},     {"en", "3rd", "digits"},
  };
  for (const auto& c : cases) {
    FoldedText f = FoldedText::Fold(c.text);
    std::vector<NumberMention> m = ExtractNumbers(f.str(), c.lang);
    ASSERT_EQ(m.size(), 1u) << c.text;
    EXPECT_EQ(m[0].form, c.form) << c.text;
  }
}

TEST(NumberExtract, SortedAndDisjoint) {
  FoldedText f = FoldedText::Fold(
      "Entre 2 y 3 horas, más de 1.900 personas, dos horas y media, el tercer día, "
      "unos 270 días y 44 millas (71 km) en 2024.");
  std::vector<NumberMention> m = ExtractNumbers(f.str(), "es");
  ASSERT_EQ(m.size(), 8u) << RenderNumbers(f.str(), m);
  for (size_t i = 1; i < m.size(); ++i) {
    EXPECT_LE(m[i - 1].span.end, m[i].span.begin) << i;
  }
}

TEST(NumberExtract, OtherLanguagesAndEmptyInput) {
  EXPECT_EQ(Extract("es", ""), "");
  EXPECT_EQ(Extract("en", "No numbers here."), "");
  // A language other than es and en: its own RBNF words, the three-digits rule.
  EXPECT_EQ(Extract("fr", "deux heures et 1.900 personnes"), "deux=2; 1.900=1900");
  EXPECT_EQ(Extract("de", "zwei Stunden, 2,5 km"), "zwei=2; 2,5 km=2.5 km");
}

TEST(NumberExtract, ConcurrentCallsAgree) {
  const char* text = "Tras aproximadamente dos horas y más de 1 900 damnificados, veintiún días.";
  const std::string expected = Extract("es", text);
  std::vector<std::string> got(4);
  std::vector<std::thread> threads;
  for (size_t i = 0; i < got.size(); ++i) {
    threads.emplace_back([&, i] { got[i] = Extract("es", text); });
  }
  for (std::thread& t : threads) t.join();
  for (const std::string& g : got) EXPECT_EQ(g, expected);
}

struct ConvertTest {
  double value;
  const char* from;
  const char* to;
  bool ok;
  double expected;
};

const ConvertTest kConvertTests[] = {
    {90, "minute", "hour", true, 1.5},
    {44, "mile", "km", true, 70.811136},
    {71, "km", "mile", true, 44.117355},
    {2, "hour", "minute", true, 120},
    {1, "week", "day", true, 7},
    {1, "day", "second", true, 86400},
    {1500, "metre", "km", true, 1.5},
    {2, "ton", "kg", true, 2000},
    {18, "month", "year", true, 1.5},
    {3, "hour", "hour", true, 3},
    {3, "", "", true, 3},
    {1, "month", "day", false, 0},
    {1, "year", "day", false, 0},
    {2, "hour", "km", false, 0},
    {5, "person", "article", false, 0},
    {5, "dollar", "euro", false, 0},
    {5, "hour", "", false, 0},
    {5, "furlong", "km", false, 0},
};

TEST(UnitConvert, Table) {
  for (const ConvertTest& t : kConvertTests) {
    double out = -1;
    EXPECT_EQ(ConvertUnit(t.value, t.from, t.to, &out), t.ok)
        << t.value << " " << t.from << " -> " << t.to;
    if (t.ok) {
      EXPECT_NEAR(out, t.expected, 1e-4) << t.value << " " << t.from << " -> " << t.to;
    } else {
      EXPECT_EQ(out, -1) << "left unchanged: " << t.from << " -> " << t.to;
    }
  }
}

TEST(UnitConvert, Dimensions) {
  EXPECT_EQ(UnitDimension("hour"), "time");
  EXPECT_EQ(UnitDimension("second"), "time");
  EXPECT_EQ(UnitDimension("year"), "calendar");
  EXPECT_EQ(UnitDimension("mile"), "length");
  EXPECT_EQ(UnitDimension("kg"), "mass");
  EXPECT_EQ(UnitDimension("person"), "count");
  EXPECT_EQ(UnitDimension("article"), "count");
  EXPECT_EQ(UnitDimension("percent"), "ratio");
  EXPECT_EQ(UnitDimension("euro"), "currency");
  EXPECT_EQ(UnitDimension(""), "");
  EXPECT_EQ(UnitDimension("furlong"), "");
  EXPECT_STREQ(NumberQualifierName(NumberQualifier::kAtLeast), "at-least");
  EXPECT_STREQ(NumberQualifierName(NumberQualifier::kApprox), "approx");
}

}  // namespace
}  // namespace claimcheck
