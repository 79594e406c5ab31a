// Fact kinds on short real-world phrasings, through the whole engine with the
// shipped rulebook: each case names the fact, the status and the value found.
#include <gtest/gtest.h>

#include "claimcheck/checker.h"

#include "testutil.h"

namespace claimcheck {
namespace {

using testutil::CheckShipped;
using testutil::ShippedChecker;

struct Case {
  const char* text;
  const char* fact;
  const char* status;  // "none" when no finding is expected
  const char* found;
  const char* span;    // the text the finding points at
};

const Case kCases[] = {
    // Roles, both word orders, both languages.
    {"Le acompañó su ministro de Defensa, Andréi Beloúsov.", "defence-minister", "confirmed", "belousov",
     "Andréi Beloúsov"},
    {"Defence Minister Andrei Belousov joined the talks.", "defence-minister", "confirmed", "belousov",
     "Andrei Belousov"},
    {"Belousov, the defence minister, joined the talks.", "defence-minister", "confirmed", "belousov", "Belousov"},
    {"Andrei Belousov (defense minister) joined the talks.", "defence-minister", "confirmed", "belousov",
     "Andrei Belousov"},
    {"Serguéi Shoigú, ministro de Defensa, viajó con Putin.", "defence-minister", "contradiction", "shoigu",
     "Serguéi Shoigú"},
    {"Defense Minister Sergei Shoigu joined the talks.", "defence-minister", "contradiction", "shoigu",
     "Sergei Shoigu"},
    {"Viajó el exministro de Defensa Serguéi Shoigú.", "defence-minister", "none", "", ""},
    {"Viajó el ex ministro de Defensa, Serguéi Shoigú.", "defence-minister", "none", "", ""},
    {"Former defence minister Sergei Shoigu was there too.", "defence-minister", "none", "", ""},
    {"Shoigu, who was defence minister until May, was there.", "defence-minister", "none", "", ""},
    {"Vice Foreign Minister Andrei Belousov attended.", "foreign-minister", "none", "", ""},
    // Holders with their offices after them: an office is the name's before
    // it when the name after it has an office of its own.
    {"Present were Sergei Lavrov, minister of Foreign Affairs, Andrei Belousov, minister of Defence, and others.",
     "foreign-minister", "confirmed", "lavrov", "Sergei Lavrov"},
    {"Present were Sergei Lavrov, minister of Foreign Affairs, Andrei Belousov, minister of Defence, and others.",
     "defence-minister", "confirmed", "belousov", "Andrei Belousov"},
    {"Asistió el ministro de Exteriores, Serguéi Lavrov, ministro desde 2004.", "foreign-minister", "confirmed",
     "lavrov", "Serguéi Lavrov"},
    // The office's relative clause, then the copula and the holder.
    {"El ministro de Defensa que viajó con Putin fue Andréi Beloúsov.", "defence-minister", "confirmed", "belousov",
     "Andréi Beloúsov"},
    {"The defence minister who flew with Putin was Sergei Shoigu.", "defence-minister", "contradiction", "shoigu",
     "Sergei Shoigu"},
    // Initials for the given names.
    {"Also present was Defence Minister A. R. Belousov.", "defence-minister", "confirmed", "belousov", "Belousov"},
    // A given name spelt otherwise, capitalised, before a known surname.
    {"Defence Minister Andrej Belousov joined the talks.", "defence-minister", "confirmed", "belousov", "Belousov"},
    {"El ministro de Defensa, Andrés Beloúsov, se sentó junto a Putin.", "defence-minister", "confirmed", "belousov",
     "Beloúsov"},
    {"Defence Minister Serhiy Shoigu joined the talks.", "defence-minister", "contradiction", "shoigu", "Shoigu"},
    {"The defence minister thanked Shoigu.", "defence-minister", "none", "", ""},
    // A phrase of time with a subject of its own names its act's members; one
    // without lets the main clause's subject take part.
    {"Shoigu held talks with Kim on Friday, his first visit since Putin and Kim signed their pact.", "signatories",
     "confirmed", "putin, kim", "Putin and Kim"},
    {"El líder norcoreano pronunció un discurso tras firmar con Putin el tratado.", "signatories", "confirmed",
     "kim, putin", "El líder norcoreano pronunció un discurso tras firmar con Putin"},
    // A bound denied is the other bound: "no más de dos horas" is at most two.
    {"Las conversaciones, que no duraron más de dos horas, terminaron con la firma.", "talks-duration", "confirmed",
     "<2 hour", "más de dos horas"},
    {"The talks did not last more than an hour.", "talks-duration", "contradiction", "<1 hour", "more than an hour"},
    {"The talks did not last less than four hours.", "talks-duration", "contradiction", ">4 hour",
     "less than four hours"},
    // A gap to another event is no length, unless "durante"/"for" makes it one.
    {"Las conversaciones empezaron dos horas antes de la firma.", "talks-duration", "none", "", ""},
    {"Mantuvieron conversaciones durante unas cinco horas antes de firmar el documento.", "talks-duration",
     "contradiction", "~5 hour", "unas cinco horas"},
    {"The two leaders held talks for about five hours before signing the document.", "talks-duration", "contradiction",
     "~5 hour", "about five hours"},
    // "The" before a noun cue is the cue's: the names before it stay members.
    {"Kim Yo Jong greeted the Russian president at the airport.", "airport-welcome", "contradiction", "kim-yo-jong",
     "Kim Yo Jong"},
    {"Kim greeted the Russian leader at the airport.", "airport-welcome", "confirmed", "kim, putin",
     "Kim greeted the Russian leader"},
    // Past the comma that closes a relative aside, the act's subject is the
    // name the aside hangs on.
    {"Xi Jinping, who landed in Pyongyang on Tuesday, signed the treaty with Kim hours later.", "signatories",
     "contradiction", "xi", "Xi Jinping"},
    {"El presidente ruso, Vladímir Putin, que aterrizó de madrugada, firmó después el tratado con Kim.", "signatories",
     "confirmed", "putin, kim",
     "El presidente ruso, Vladímir Putin, que aterrizó de madrugada, firmó después el tratado con Kim"},
    // A second conjunct with its own subject after the cue is another act; a
    // list of names after a comma and "and" is not.
    {"Kim met the Russian leader at the airport, and they were later joined at the talks by Lavrov.", "airport-welcome",
     "confirmed", "kim, putin", "Kim met the Russian leader"},
    {"Kim recibió a Putin en el aeropuerto, y Lavrov se sumó después a las conversaciones.", "airport-welcome",
     "confirmed", "kim, putin", "Kim recibió a Putin"},
    {"Kim esperó a Putin en el aeropuerto y, tras la ceremonia, ambos conversaron con el canciller Serguéi Lavrov.",
     "airport-welcome", "confirmed", "kim, putin", "Kim esperó a Putin"},
    {"Kim welcomed Putin at the airport, and Lavrov and Belousov stood behind them.", "airport-welcome", "confirmed",
     "kim, putin", "Kim welcomed Putin"},
    {"At the airport Kim welcomed Putin, his sister, and Lavrov.", "airport-welcome", "contradiction", "lavrov",
     "Lavrov"},
    // A day of the main clause before the relative clause of the cue is the
    // main verb's; in a cleft it is the cue's.
    {"Japan's government on Thursday expressed concern over the treaty that Putin and Kim signed in Pyongyang.",
     "signing-date", "none", "", ""},
    {"It was on Tuesday that Putin and Kim signed the treaty.", "signing-date", "contradiction", "2024-06-18",
     "Tuesday"},
    // A clause joined by ", and" with its own subject (and an adverb) keeps
    // its place: the welcome's square is no venue of the talks.
    {"A welcome ceremony followed at Kim Il Sung Square, and the two men then held talks at Kumsusan.", "talks-venue",
     "confirmed", "kumsusan", "Kumsusan"},
    {"A welcome ceremony followed at Kim Il Sung Square, and the two men then held talks for about two hours.",
     "talks-venue", "none", "", ""},
    // A delay is no length.
    {"Putin and Kim signed the treaty after talks that began five hours behind schedule.", "talks-duration", "none", "",
     ""},
    {"Las conversaciones empezaron con un retraso de unas cinco horas.", "talks-duration", "none", "", ""},
    {"Las conversaciones, que empezaron con cinco horas de retraso, duraron unas dos horas.", "talks-duration",
     "confirmed", "~2 hour", "unas dos horas"},
    // A cue in the subject is the subject of a verb joined right after "and".
    {"The talks were held at the Kumsusan Guest House and lasted some five hours.", "talks-duration", "contradiction",
     "~5 hour", "some five hours"},
    {"Las conversaciones se celebraron en Kumsusan y duraron unas dos horas.", "talks-duration", "confirmed", "~2 hour",
     "unas dos horas"},
    // A relative aside on the noun of a phrase of time is the phrase's.
    {"The pact comes seven decades after the Korean War, which was fought between 1950 and 1955.", "korean-war",
     "contradiction", "1950/1955", "between 1950 and 1955"},
    {"Tras las conversaciones en Kumsusan, que se prolongaron unas cinco horas, Putin y Kim firmaron el tratado.",
     "talks-duration", "contradiction", "~5 hour", "unas cinco horas"},
    {"Following talks in Pyongyang, which lasted about two hours, Putin and Kim signed the treaty.", "talks-duration",
     "confirmed", "~2 hour", "about two hours"},
    // A rumour, a plan or a counterfactual in the conditional or under
    // "would" is no report; a conditional after the act's clause is.
    {"Algunos medios habían adelantado que la firma se haría en Vladivostok.", "signing-place", "none", "", ""},
    {"Durante semanas se especuló con que la firma podría celebrarse en Rusia.", "signing-place", "none", "", ""},
    {"La firma del tratado tendría lugar en Moscú, según la prensa rusa.", "signing-place", "none", "", ""},
    {"Putin y Kim firmaron el tratado en Pionyang, y la firma sería recordada.", "signing-place", "confirmed",
     "pyongyang", "Pionyang"},
    // Adjectives in -aria and nouns in -ería carry no accent of a verb.
    {"La ayuda humanitaria llegó tras la firma del tratado en Pionyang.", "signing-place", "confirmed", "pyongyang",
     "Pionyang"},
    {"Entre salvas de artillería Putin y Kim firmaron el tratado en Moscú.", "signing-place", "contradiction", "moscow",
     "Moscú"},
    {"A signing in Moscow would not have flattered Kim.", "signing-place", "none", "", ""},
    {"Reports claimed that Xi Jinping would join the two leaders for the signing.", "signatories", "none", "", ""},
    {"Tokyo is watching how the pact signed in Moscow would be applied.", "signing-place", "contradiction", "moscow",
     "Moscow"},
    // "A sign that" is a noun: no signing, no signer.
    {"Belousov sat in the second row, a sign that the army had a say in the pact with Kim.", "signatories", "none", "",
     ""},
    {"Belousov sat in the second row, a sign that the army had a say in the pact with Kim.", "treaty-status", "none",
     "", ""},
    // A destination after a word of going puts the event there; Spanish "a"
    // before a place is no locative after other verbs.
    {"En septiembre de 2023, Kim viajó en su tren blindado al cosmódromo de Vostochni.", "summit-2023-place",
     "confirmed", "vostochny", "cosmódromo de Vostochni"},
    {"In September 2023 Kim travelled to Vladivostok for the summit with Putin.", "summit-2023-place", "contradiction",
     "vladivostok", "Vladivostok"},
    {"Kim had taken his armoured train to Vladivostok last September to meet Putin.", "summit-2023-place",
     "contradiction", "vladivostok", "Vladivostok"},
    {"En septiembre de 2023 Kim viajó a Rusia, y Seúl acusa a Pionyang de enviar proyectiles.", "summit-2023-place",
     "confirmed", "russia", "Rusia"},
    // Places: where the text puts the event, and `in:` precision.
    {"Putin y Kim firmaron el acuerdo en Moscú.", "signing-place", "contradiction", "moscow", "Moscú"},
    {"Putin and Kim signed the pact in North Korea.", "signing-place", "confirmed", "north-korea", "North Korea"},
    {"The two leaders signed the pact at the Kumsusan State Guest House.", "signing-place", "confirmed",
     "kumsusan-guesthouse", "Kumsusan State Guest House"},
    {"Rusia y Corea del Norte firmaron un tratado.", "signing-place", "none", "", ""},
    {"The treaty was signed during the Pyongyang summit.", "signing-place", "confirmed", "pyongyang", "Pyongyang"},
    // A phrase that denies the whole clause; a denied indefinite treaty is none
    // of this one.
    {"En ningún momento se firmó el pacto en Moscú.", "signing-place", "none", "", ""},
    {"At no point was the treaty signed in Moscow.", "signing-place", "none", "", ""},
    {"En ninguna de esas ocasiones se firmó un tratado.", "treaty-status", "none", "", ""},
    {"No treaty was signed at that summit.", "treaty-status", "none", "", ""},
    {"No se firmó tratado alguno en esa cumbre.", "treaty-status", "none", "", ""},
    {"The treaty was not signed.", "treaty-status", "contradiction", "not signed", "signed"},
    // Negation inverts the claim.
    {"El acuerdo no se firmó en Moscú.", "signing-place", "none", "", ""},
    {"El acuerdo no se firmó en Pyongyang.", "signing-place", "contradiction", "not pyongyang", "Pyongyang"},
    {"They did not sign the treaty on June 19, 2024.", "signing-date", "contradiction", "not 2024-06-19",
     "June 19, 2024"},
    {"El tratado no incluye asistencia mutua.", "mutual-assistance", "contradiction", "denied", "asistencia mutua"},
    {"El pacto, sin cláusula de defensa mutua, fue firmado.", "mutual-assistance", "contradiction", "denied",
     "defensa mutua"},
    {"The treaty does not include mutual assistance.", "mutual-assistance", "contradiction", "denied",
     "mutual assistance"},
    {"Putin said the pact did not rule out mutual assistance.", "mutual-assistance", "confirmed", "included",
     "mutual assistance"},
    // A term in the clause of a cue an exclude set aside is that cue's, not another's.
    {"El pacto de Pionyang va más allá; el acuerdo con Teherán no contiene una cláusula de defensa mutua.",
     "mutual-assistance", "none", "", ""},
    {"The Pyongyang pact goes further; the agreement with Tehran does not include mutual defence.", "mutual-assistance",
     "none", "", ""},
    {"El pacto de Pionyang va más allá: incluye la defensa mutua.", "mutual-assistance", "confirmed", "included",
     "defensa mutua"},
    // Relative dates against the published date (a Wednesday).
    {"Putin y Kim firmaron el tratado este martes.", "signing-date", "contradiction", "2024-06-18", "este martes"},
    {"Putin y Kim firmaron el tratado ayer.", "signing-date", "contradiction", "2024-06-18", "ayer"},
    {"Putin y Kim firmaron hoy el tratado.", "signing-date", "confirmed", "2024-06-19", "hoy"},
    {"Putin and Kim signed the treaty on Wednesday.", "signing-date", "confirmed", "2024-06-19", "Wednesday"},
    {"Putin and Kim signed the treaty yesterday.", "signing-date", "contradiction", "2024-06-18", "yesterday"},
    {"Putin and Kim signed the treaty in June 2024.", "signing-date", "confirmed", "2024-06", "June 2024"},
    // Planned, not done: no claim.
    {"The Kremlin said on Tuesday that Russia plans to sign the treaty.", "signing-date", "none", "", ""},
    {"El acuerdo se firmará el martes.", "signing-date", "none", "", ""},
    // exclude: another treaty.
    {"Moscow and Pyongyang signed a treaty in 1961.", "signing-date", "none", "", ""},
    // Sets: a third signatory contradicts; a subset confirms.
    {"Putin, Kim Jong-un y Xi Jinping firmaron el acuerdo.", "signatories", "contradiction", "xi", "Xi Jinping"},
    {"Putin signed the treaty.", "signatories", "confirmed", "putin", "Putin"},
    // Ranges.
    {"The Korean War of 1950-53 never formally ended.", "korean-war", "confirmed", "1950/1953", "1950-53"},
    {"La guerra entre 1950 y 1955 dividió la península.", "korean-war", "contradiction", "1950/1955",
     "entre 1950 y 1955"},
    // Organisations as the value of a `person` fact.
    {"Putin faces an arrest warrant from the International Criminal Court.", "icc-warrant", "confirmed", "icc",
     "International Criminal Court"},
};

TEST(Kinds, RealPhrasings) {
  for (const Case& c : kCases) {
    SCOPED_TRACE(c.text);
    testutil::ExpectOutcome(CheckShipped(c.text, c.fact), c.status, c.found, c.span);
  }
}

TEST(Kinds, QuotedClaimIsAttributedAndLowered) {
  std::vector<Finding> got =
      CheckShipped("«Hemos firmado el tratado en Moscú», dijo Putin a la prensa.", "signing-place");
  ASSERT_EQ(got.size(), 1u);
  EXPECT_EQ(got[0].status, "contradiction");
  EXPECT_TRUE(got[0].attributed);
  EXPECT_EQ(got[0].severity, Severity::kWarning);
}

TEST(Kinds, ValueOutsideTheQuoteIsNotTheSpeakersClaim) {
  // The cue is the outlet's ("talks"), Moscow is inside Putin's words.
  std::vector<Finding> got = CheckShipped(
      "\"I hope the next one will take place in Moscow,\" Putin "
      "said during talks with Kim.",
      "talks-venue");
  EXPECT_TRUE(got.empty());
}

// A few words in marks inside the outlet's sentence are its claim, words
// borrowed: the value in them is read with the cue outside.
TEST(Kinds, ValueInAShortQuotationIsTheOutletsClaim) {
  testutil::ExpectOutcome(CheckShipped("The talks lasted \"about four hours\".", "talks-duration"), "contradiction",
                          "~4 hour", "about four hours");
  testutil::ExpectOutcome(CheckShipped("Las conversaciones duraron «unas dos horas».", "talks-duration"), "confirmed",
                          "~2 hour", "unas dos horas");
  std::vector<Finding> got = CheckShipped("Putin and Kim signed the treaty in \"Moscow\".", "signing-place");
  ASSERT_EQ(got.size(), 1u);
  EXPECT_EQ(got[0].status, "contradiction");
  EXPECT_FALSE(got[0].attributed);
}

TEST(Kinds, RelativeDateWithoutPublishedDateIsUnresolved) {
  std::vector<Finding> got = CheckShipped("Putin y Kim firmaron el tratado este martes.", "signing-date", "");
  ASSERT_EQ(got.size(), 1u);
  EXPECT_EQ(got[0].status, "unresolved");
  EXPECT_EQ(got[0].text, "este martes");
  EXPECT_EQ(got[0].severity, Severity::kInfo);
  EXPECT_NE(got[0].message.find("no published date"), std::string::npos) << got[0].message;
  // With a published date, what stays unresolved counts from something else.
  got = CheckShipped("Putin y Kim firmaron el tratado un año después.", "signing-date", "2025-05-10");
  ASSERT_EQ(got.size(), 1u);
  EXPECT_EQ(got[0].status, "unresolved");
  EXPECT_NE(got[0].message.find("counts from a time the text names elsewhere"), std::string::npos) << got[0].message;
}

// "el miércoles pasado" in a story published on a Thursday is the day before to
// the extractor, but may be the Wednesday of the week before: when only that
// reading is the rulebook's date (a Wednesday, 2024-06-19) the claim is
// unresolved with the reason, not a contradiction.
TEST(Kinds, WeekdayOfAnotherWeekIsUnresolved) {
  const char* es = "Putin y Kim firmaron el tratado el miércoles pasado.";
  const char* en = "Putin and Kim signed the treaty last Wednesday.";
  for (const char* text : {es, en}) {
    SCOPED_TRACE(text);
    // Friday 2024-06-28: the nearest Wednesday is 26 June, the previous week's 19 June.
    std::vector<Finding> got = CheckShipped(text, "signing-date", "2024-06-28");
    ASSERT_EQ(got.size(), 1u);
    EXPECT_EQ(got[0].status, "unresolved");
    EXPECT_EQ(got[0].found, "2024-06-26");
    EXPECT_EQ(got[0].severity, Severity::kInfo);
    const std::string span = got[0].text;
    EXPECT_EQ(got[0].message, "cannot resolve '" + span + "': '" + span +
                                  "' may mean 2024-06-19, the rulebook's date, as well as 2024-06-26");
    // Friday 2024-06-21: the nearest Wednesday is the rulebook's.
    testutil::ExpectOutcome(CheckShipped(text, "signing-date", "2024-06-21"), "confirmed", "2024-06-19");
    // Thursday 2024-06-20: the nearest Wednesday would be "yesterday", so the
    // previous week's is read (12 June); the rulebook's stays possible.
    testutil::ExpectOutcome(CheckShipped(text, "signing-date", "2024-06-20"), "unresolved", "2024-06-12");
    // Thursday 2024-06-27: likewise the previous week's, the rulebook's.
    testutil::ExpectOutcome(CheckShipped(text, "signing-date", "2024-06-27"), "confirmed", "2024-06-19");
    // Friday 2024-07-05: 3 July or 26 June, neither of them.
    testutil::ExpectOutcome(CheckShipped(text, "signing-date", "2024-07-05"), "contradiction", "2024-07-03");
  }
  // A day with no other reading stays a contradiction: "el viernes pasado" on
  // Monday 2024-06-24 is 21 June either way.
  testutil::ExpectOutcome(
      CheckShipped("Putin y Kim firmaron el tratado el viernes pasado.", "signing-date", "2024-06-24"), "contradiction",
      "2024-06-21");
  // Negated, one reading would deny the rulebook's date: still open, whichever
  // reading the value is.
  testutil::ExpectOutcome(
      CheckShipped("Putin y Kim no firmaron el tratado el miércoles pasado.", "signing-date", "2024-06-28"),
      "unresolved", "not 2024-06-26");
  std::vector<Finding> denied =
      CheckShipped("Putin y Kim no firmaron el tratado el miércoles pasado.", "signing-date", "2024-06-27");
  ASSERT_EQ(denied.size(), 1u);
  EXPECT_EQ(denied[0].status, "unresolved");
  EXPECT_EQ(denied[0].found, "not 2024-06-19");
  EXPECT_EQ(denied[0].message, "cannot resolve 'miércoles pasado': 'miércoles pasado' may mean 2024-06-26 as "
                               "well as 2024-06-19, the rulebook's date");
}

// A cue inside a phrase a connective of time opens takes its value only from
// that phrase: what the main clause names is the other event's.
TEST(Kinds, ConnectivesOfTimeKeepTheirEventsApart) {
  struct {
    const char* text;
    const char* published;
    const char* fact;
    const char* status;
    const char* found;
  } cases[] = {
      // The day of the main clause is the trip's, a day after the signing: the
      // signing's is that day counted back.
      {"Putin flew to Hanoi on Thursday, a day after signing the treaty with Kim in Pyongyang.", "2024-06-20",
       "signing-date", "confirmed", "2024-06-19"},
      {"Putin viajó a Hanói este jueves, un día después de firmar el tratado con Kim.", "2024-06-20", "signing-date",
       "confirmed", "2024-06-19"},
      {"Seoul protested on Friday, a day after Putin and Kim signed the treaty.", "2024-06-21", "signing-date",
       "contradiction", "2024-06-20"},
      {"Putin landed on Tuesday, a day before signing the treaty.", "2024-06-21", "signing-date", "confirmed",
       "2024-06-19"},
      {"El 3 de julio, dos semanas después de la firma del tratado, Seúl convocó al embajador.", "2024-07-05",
       "signing-date", "confirmed", "2024-06-19"},
      // "The day after", "al día siguiente de", "la mañana siguiente de" count
      // one day.
      {"On Thursday, the day after signing the treaty, Putin flew to Hanoi.", "2024-06-21", "signing-date", "confirmed",
       "2024-06-19"},
      {"El jueves, al día siguiente de que Putin y Kim firmaran el tratado, Seúl protestó.", "2024-06-21",
       "signing-date", "confirmed", "2024-06-19"},
      {"El viernes, a la mañana siguiente de sellar el pacto, Putin ya estaba en Hanói.", "2024-06-24", "signing-date",
       "contradiction", "2024-06-20"},
      // Counted from the reference's own weekday, the week before's may be meant.
      {"El jueves, al día siguiente de firmar el tratado, Putin llegó a Hanói.", "2024-06-27", "signing-date",
       "unresolved", "2024-06-26"},
      // A count after the cue, "two days earlier", "dos días antes", counts
      // from the day named before it; "antes de" names its own anchor.
      {"Seúl protestó el viernes por el pacto que Putin y Kim firmaron dos días antes.", "2024-06-21", "signing-date",
       "confirmed", "2024-06-19"},
      {"Seúl protestó el viernes por el pacto que Putin y Kim firmaron tres días antes.", "2024-06-21", "signing-date",
       "contradiction", "2024-06-18"},
      // The main clause's day set right after the phrase.
      {"Al día siguiente de firmar el tratado con Kim, el jueves, Putin voló a Hanói.", "2024-06-24", "signing-date",
       "confirmed", "2024-06-19"},
      {"The morning after he and Kim signed the pact, on Friday, Putin flew to Hanoi.", "2024-06-24", "signing-date",
       "contradiction", "2024-06-20"},
      // Without a count of days there is nothing to count back.
      {"Putin flew to Hanoi on Thursday, hours after signing the treaty.", "2024-06-20", "signing-date", "none", ""},
      {"Thursday marks the first anniversary of the signing of the treaty by Putin and Kim.", "2025-06-19",
       "signing-date", "none", ""},
      // Hanoi is the trip's; Pyongyang, inside the phrase, is the signing's.
      {"Putin, after signing the treaty, flew to Hanoi.", "2024-06-20", "signing-place", "none", ""},
      {"Putin flew to Hanoi a day after signing the treaty in Pyongyang.", "2024-06-20", "signing-place", "confirmed",
       "pyongyang"},
      // The phrase's own day is the cue's.
      {"Putin arrived in Hanoi on Thursday after he and Kim signed the treaty on Wednesday.", "2024-06-20",
       "signing-date", "confirmed", "2024-06-19"},
      // A cue of the main clause may still take the phrase's day ("following
      // talks on Wednesday" leaves open whose day it is) or a bound of its own.
      {"Putin and Kim signed the treaty following their talks in Pyongyang on Wednesday.", "2024-06-20", "signing-date",
       "confirmed", "2024-06-19"},
      // The anniversary told to the day.
      {"A year ago today, Putin and Kim signed the treaty in Pyongyang.", "2025-06-19", "signing-date", "confirmed",
       "2024-06-19"},
      {"Hoy hace un año que Putin y Kim firmaron el tratado.", "2025-06-19", "signing-date", "confirmed", "2024-06-19"},
      {"Tomorrow marks one year since Putin and Kim signed the treaty.", "2025-06-18", "signing-date", "confirmed",
       "2024-06-19"},
      {"Hoy se cumple un año desde que Putin y Kim firmaron el tratado.", "2025-06-19", "signing-date", "confirmed",
       "2024-06-19"},
      {"Hoy se cumple un año de la firma del tratado entre Putin y Kim.", "2025-06-19", "signing-date", "confirmed",
       "2024-06-19"},
      // The agreements signed in Hanoi exclude their own clause's cue, not the
      // treaty's inside the phrase (the shipped exclude on what was signed).
      {"Putin firmó el jueves en Hanói una decena de acuerdos con To Lam, tras haber rubricado el miércoles en "
       "Pionyang el tratado con Kim.",
       "2024-06-21", "signing-date", "confirmed", "2024-06-19"},
      {"Putin firmó el jueves en Hanói una decena de acuerdos con To Lam, tras haber rubricado el miércoles en "
       "Pionyang el tratado con Kim.",
       "2024-06-21", "signing-place", "confirmed", "pyongyang"},
      {"In Hanoi on June 20, Putin and To Lam signed 11 agreements, a day after the Pyongyang treaty.", "2024-06-21",
       "signing-date", "none", ""},
  };
  for (const auto& c : cases) {
    SCOPED_TRACE(c.text);
    testutil::ExpectOutcome(CheckShipped(c.text, c.fact, c.published), c.status, c.found);
  }
}

// The shipped signing-date fact's outcome for `text` published on a day.
struct SigningDateCase {
  const char* text;
  const char* published;
  const char* status;
  const char* found;
};

template <size_t N>
void ExpectSigningDates(const SigningDateCase (&cases)[N]) {
  for (const SigningDateCase& c : cases) {
    SCOPED_TRACE(std::string(c.text) + " " + c.published);
    testutil::ExpectOutcome(CheckShipped(c.text, "signing-date", c.published), c.status, c.found);
  }
}

// A day or month the text gives without its year, in a story filed long after:
// the year is a guess from the publication date, so only the day or month can
// be wrong. In the rulebook's year it would agree: unresolved, not wrong.
TEST(Kinds, YearTheTextDoesNotNameIsNoContradiction) {
  const SigningDateCase cases[] = {
      {"Putin y Kim firmaron el tratado el 19 de junio.", "2026-03-01", "unresolved", "2025-06-19"},
      {"Putin and Kim signed the treaty in June.", "2026-03-01", "unresolved", "2025-06"},
      {"Putin y Kim firmaron el tratado a mediados de junio.", "2026-03-01", "unresolved", "2025-06-10/2025-06-20"},
      {"Putin and Kim signed the treaty in the third week of June.", "2026-03-01", "unresolved",
       "2025-06-16/2025-06-22"},
      // The day itself is wrong whatever the year.
      {"Putin and Kim signed the treaty on June 20.", "2026-03-01", "contradiction", "2025-06-20"},
      {"Putin y Kim firmaron el tratado en julio.", "2026-03-01", "contradiction", "2025-07"},
      // A year the text names, even relative to the reference, is no guess.
      {"Putin y Kim firmaron el tratado el 19 de junio del año pasado.", "2026-03-01", "contradiction", "2025-06-19"},
      {"Putin and Kim signed the treaty on June 19, 2025.", "2026-03-01", "contradiction", "2025-06-19"},
      // Within the year, the guess is right and confirms.
      {"Putin y Kim firmaron el tratado el 19 de junio.", "2024-12-01", "confirmed", "2024-06-19"},
  };
  ExpectSigningDates(cases);
}

// "Earlier this month" is read as the first half of the month (the peer
// suite's convention); said on the 28th it may still be the 19th: unresolved,
// not wrong. Said on the 10th, nothing before the reference is the 19th.
TEST(Kinds, ConventionalHalvesAreNoContradiction) {
  const SigningDateCase cases[] = {
      {"Putin and Kim signed the treaty earlier this month.", "2024-06-28", "unresolved", "2024-06-01/2024-06-15"},
      {"Putin and Kim signed the treaty earlier this month.", "2024-06-10", "contradiction", "2024-06-01/2024-06-09"},
      {"Putin and Kim signed the treaty earlier this month.", "2024-06-20", "unresolved", "2024-06-01/2024-06-15"},
      {"Putin and Kim signed the treaty earlier this year.", "2024-11-20", "confirmed", "2024-01-01/2024-06-30"},
  };
  ExpectSigningDates(cases);
}

// A count of weeks, months or years back is read to the day it reaches, but
// means only about then: off by less than half the unit it neither confirms nor
// refutes; the day itself confirms; further off, it is wrong.
TEST(Kinds, CountedPeriodsAreAboutRight) {
  const SigningDateCase cases[] = {
      {"Putin y Kim firmaron el tratado hace dos meses.", "2024-08-19", "confirmed", "2024-06-19"},
      {"Putin y Kim firmaron el tratado hace dos meses.", "2024-09-02", "unresolved", "2024-07-02"},
      {"Putin and Kim signed the treaty two months ago.", "2024-09-10", "contradiction", "2024-07-10"},
      {"Putin and Kim signed the treaty a year ago.", "2025-08-01", "unresolved", "2024-08-01"},
      {"Putin and Kim signed the treaty two weeks ago.", "2024-07-05", "unresolved", "2024-06-21"},
      {"Putin and Kim signed the treaty two weeks ago.", "2024-07-10", "contradiction", "2024-06-26"},
      // Counted days are exact.
      {"Putin and Kim signed the treaty three days ago.", "2024-06-23", "contradiction", "2024-06-20"},
  };
  ExpectSigningDates(cases);
}

}  // namespace
}  // namespace claimcheck

namespace claimcheck {
namespace {

// A quotation holding all of the verified wording, word for word, with words
// of its own around it, quotes it exactly; one that changes a word of it does
// not.
TEST(Kinds, QuotationHoldingTheVerifiedWordingWhole) {
  testutil::ExpectOutcome(
      CheckShipped("Kim called Putin \"the dearest friend of the Korean people, whom we will never forget\".",
                   "kim-dearest-friend"),
      "confirmed", "the dearest friend of the Korean people, whom we will never forget");
  testutil::ExpectOutcome(
      CheckShipped("Kim called Putin \"the closest friend of the Korean people, whom we will never forget\".",
                   "kim-dearest-friend"),
      "contradiction", "the closest friend of the Korean people, whom we will never forget");
}

// Who said a quotation: the speaker before it, after it, at "según", and never
// the person spoken of ("elogió a Putin como …").
TEST(Kinds, QuotationsAreAttributedToTheirSpeaker) {
  struct {
    const char* text;
    const char* fact;  // the speaker's quote fact in the shipped rulebook
    const char* quote;
  } cases[] = {
      {"Putin dijo: «el tratado prevé la asistencia mutua en caso de agresión».", "putin-on-mutual-assistance",
       "el tratado prevé la asistencia mutua en caso de agresión"},
      {"«El tratado prevé la asistencia mutua en caso de agresión», ha aseverado Putin.", "putin-on-mutual-assistance",
       "El tratado prevé la asistencia mutua en caso de agresión"},
      {"\"The treaty provides for mutual assistance in case of aggression,\" Putin told reporters.",
       "putin-on-mutual-assistance",
       "The treaty provides for mutual assistance in case of aggression"},  // its comma is the sentence's
      {"Según el líder norcoreano, el tratado «garantizará de forma confiable la alianza».", "kim-quotes",
       "garantizará de forma confiable la alianza"},
      {"Kim elogió a Putin como un “querido amigo del pueblo coreano”.", "kim-quotes",
       "querido amigo del pueblo coreano"},
      // "al presidente ruso" after the verb is its object, not an inverted subject.
      {"Kim, que calificó al presidente ruso de «amigo más querido del pueblo coreano», prometió apoyo.", "kim-quotes",
       "amigo más querido del pueblo coreano"},
      {"Kim called the deal “the strongest treaty ever” and described Putin as “the dearest friend of the Korean "
       "people”.",
       "kim-quotes", "the strongest treaty ever"},
      // A pronoun at the verb speaks for the subject of the sentence before, not
      // for the titled name in its own sentence.
      {"Kim Jong Un spoke at the ceremony. He said the treaty owed much to President Putin, “the dearest "
       "friend of the Korean people”.",
       "kim-quotes", "the dearest friend of the Korean people"},
      // The name before the verb is its subject; the one after it is spoken of.
      {"Kim said Putin was \"the dearest friend of the Korean people\".", "kim-quotes",
       "the dearest friend of the Korean people"},
      // A pronoun at the verb after the quotation speaks for the subject before.
      {"Kim spoke next. \"It is a pact for peace,\" he said.", "kim-quotes", "It is a pact for peace"},
      {"Kim tomó la palabra. «Es un pacto para la paz», dijo él.", "kim-quotes", "Es un pacto para la paz"},
      // A headline's or summary's "Name:" and "para Name," attribute what follows.
      {"Kim: Putin is \"a friend we can rely on in hard times\"", "kim-quotes",
       "a friend we can rely on in hard times"},
      {"Para Kim, Putin es «un amigo con el que se puede contar».", "kim-quotes",
       "un amigo con el que se puede contar"},
      // Verbs of telling and concluding say too.
      {"«Es un pacto para la paz», concluyó Kim.", "kim-quotes", "Es un pacto para la paz"},
      {"\"It is a pact for peace,\" Kim recalled.", "kim-quotes", "It is a pact for peace"},
  };
  for (const auto& c : cases) {
    SCOPED_TRACE(c.text);
    std::string bytes = std::string("---\nevent: russia-dprk-treaty-2024\n---\n") + c.text + "\n";
    Report r;
    ShippedChecker().CheckArticle(Article::FromBytes("q.md", bytes, ShippedChecker().article_options()), &r);
    std::vector<std::string> mine, others;
    for (const Finding& f : r.claims) (f.fact == c.fact ? mine : others).push_back(f.text);
    ASSERT_FALSE(mine.empty()) << "not attributed to " << c.fact;
    EXPECT_EQ(mine[0], c.quote);
    for (const std::string& o : others) EXPECT_NE(o, c.quote) << "also attributed elsewhere";
  }
}

// A short quotation that shares no more than one word of weight with the
// verified wording ("the best friend", "el mejor amigo") is another thing the
// speaker said, not a misquote of it; a longer one that changes a word is.
TEST(Kinds, ShortQuotationIsAnotherQuotation) {
  for (const char* text : {"Kim called Russia \"the most honest friend\" of his country.",
                           "Kim called Putin \"the best friend\".", "Kim llamó a Putin «el mejor amigo»."}) {
    SCOPED_TRACE(text);
    EXPECT_TRUE(CheckShipped(text, "kim-dearest-friend").empty());
  }
  testutil::ExpectOutcome(
      CheckShipped("Kim called Putin \"the closest friend of the Korean nation\".", "kim-dearest-friend"),
      "contradiction", "the closest friend of the Korean nation");
  testutil::ExpectOutcome(CheckShipped("Kim called Putin \"the dearest friend\".", "kim-dearest-friend"), "confirmed",
                          "the dearest friend");
  // Said by Putin of Kim: not Kim's words at all.
  EXPECT_TRUE(
      CheckShipped("Putin said Kim was \"the closest friend of the Korean people\".", "kim-dearest-friend").empty());
}

// The narrator's aside inside the marks ("«… —dijo Putin— …»") names the
// speaker, and what was said is read without it.
TEST(Kinds, AsideInsideTheQuotationNamesTheSpeaker) {
  std::vector<Finding> got =
      CheckShipped("«Es el amigo más querido —afirmó Kim— del pueblo coreano».", "kim-dearest-friend");
  ASSERT_EQ(got.size(), 1u);
  EXPECT_EQ(got[0].status, "confirmed");
  EXPECT_EQ(got[0].found, "Es el amigo más querido del pueblo coreano");
  got = CheckShipped("«Es el amigo más fiel —afirmó Kim— del pueblo coreano».", "kim-dearest-friend");
  ASSERT_EQ(got.size(), 1u);
  EXPECT_EQ(got[0].status, "contradiction");
  // Another's aside: not Kim's words. A hyphenated name is no aside.
  EXPECT_TRUE(CheckShipped("«Un pacto histórico —dijo Putin— para ambos pueblos».", "kim-dearest-friend").empty());
  EXPECT_TRUE(CheckShipped("«El pacto con Kim Jong-un es histórico», dijo Putin.", "kim-quotes").empty());
}

// The verified words, four or more word for word, in another known person's
// mouth are misattributed; a name opening a sentence (not only a line) is its
// speaker, so the sentence before does not lend its own.
TEST(Kinds, VerifiedWordsOfAnotherSpeaker) {
  std::vector<Finding> got =
      CheckShipped("«El amigo más querido del pueblo coreano», dijo Putin de Kim.", "kim-dearest-friend");
  ASSERT_EQ(got.size(), 1u);
  EXPECT_EQ(got[0].status, "contradiction");
  EXPECT_EQ(got[0].found, "putin");
  EXPECT_EQ(got[0].expected, "kim");
  EXPECT_EQ(got[0].text, "El amigo más querido del pueblo coreano");
  // "Called" names what the subject says ("Kim called Putin «…»").
  testutil::ExpectOutcome(CheckShipped("Putin called Kim \"the dearest friend of the Korean people\" as they embraced.",
                                       "kim-dearest-friend"),
                          "contradiction", "putin");
  // An adverb, an aside or the verb phrase a gerund goes on from between the
  // name and its verb of saying leaves the name the speaker.
  for (const char* text : {"Putin then called Kim \"the dearest friend of the Korean people\".",
                           "Putin, visibly moved, called Kim \"the dearest friend of the Korean people\".",
                           "Putin went further, calling his host \"the dearest friend of the Korean people.\"",
                           "Putin llamó a Kim «el amigo más querido del pueblo coreano»."})
    testutil::ExpectOutcome(CheckShipped(text, "kim-dearest-friend"), "contradiction", "putin");
  // A label before a spaced dash or a bar ends before the speaker.
  testutil::ExpectOutcome(
      CheckShipped("BREAKING — Kim called Putin \"the best friend of the Korean people\".", "kim-dearest-friend"),
      "contradiction", "the best friend of the Korean people");
  testutil::ExpectOutcome(
      CheckShipped("URGENTE | Kim llamó a Putin «el mejor amigo del pueblo coreano».", "kim-dearest-friend"),
      "contradiction", "el mejor amigo del pueblo coreano");
  // A credit after a dash or in brackets names the speaker of a pull quote,
  // also on the line below.
  testutil::ExpectOutcome(CheckShipped("«El amigo más querido del pueblo coreano» — Putin", "kim-dearest-friend"),
                          "contradiction", "putin");
  testutil::ExpectOutcome(
      CheckShipped("> «El mejor amigo del pueblo coreano»\n> — Kim Jong-un, sobre Putin", "kim-dearest-friend"),
      "contradiction", "El mejor amigo del pueblo coreano");
  testutil::ExpectOutcome(
      CheckShipped("\"The dearest friend of the Korean people\" (Kim Jong Un, on Putin)", "kim-dearest-friend"),
      "confirmed", "The dearest friend of the Korean people");
  // A name that goes on into a clause is no credit.
  EXPECT_TRUE(
      CheckShipped("«El amigo más querido del pueblo coreano» - Putin y Kim se abrazaron.", "kim-dearest-friend")
          .empty());
  // A speaker only guessed (the subject, a pronoun's sentence before) is not
  // enough to call the quotation misattributed.
  EXPECT_TRUE(CheckShipped("Putin spoke next. \"Kim is the dearest friend of the Korean people,\" he said.",
                           "kim-dearest-friend")
                  .empty());
  // Words of its own, or too few of the verified ones: another quotation.
  EXPECT_TRUE(CheckShipped("«Un amigo querido», dijo Putin de Kim.", "kim-dearest-friend").empty());
  testutil::ExpectOutcome(CheckShipped("Putin also said Russia “does not rule out cooperation”, referring to North "
                                       "Korea by its official name. Kim called Putin the “dearest friend of the "
                                       "Korean people” and said his country backs Moscow.",
                                       "kim-dearest-friend"),
                          "confirmed", "dearest friend of the Korean people");
}

// A transcript's turn under a label that names a known person is that
// person's quotation; the outlet's labels name nobody.
TEST(Kinds, TranscriptTurns) {
  testutil::ExpectOutcome(CheckShipped("KIM (through interpreter): Putin is the dearest friend of the Korean people.",
                                       "kim-dearest-friend"),
                          "confirmed", "Putin is the dearest friend of the Korean people.");
  std::vector<Finding> got = CheckShipped(
      "PUTIN (traducción simultánea): El tratado que firmamos hoy en Moscú es histórico.", "signing-place");
  ASSERT_EQ(got.size(), 1u);
  EXPECT_EQ(got[0].found, "moscow");
  EXPECT_TRUE(got[0].attributed);
  got = CheckShipped("PRESENTADORA: Putin y Kim firmaron el tratado en Moscú.", "signing-place");
  ASSERT_EQ(got.size(), 1u);
  EXPECT_FALSE(got[0].attributed);
  // The Kremlin's transcripts write the name as it is, with initials or a
  // parenthesis; a label in small letters must be the name alone.
  got = CheckShipped("V. Putin: The treaty we signed today in Moscow is historic.", "signing-place");
  ASSERT_EQ(got.size(), 1u);
  EXPECT_TRUE(got[0].attributed);
  got = CheckShipped("Kim Jong Un (retranslated): The treaty we signed today in Moscow is historic.", "signing-place");
  ASSERT_EQ(got.size(), 1u);
  EXPECT_TRUE(got[0].attributed);
  got = CheckShipped("Putin on Wednesday: the treaty was signed in Moscow.", "signing-place");
  ASSERT_EQ(got.size(), 1u);
  EXPECT_FALSE(got[0].attributed);
  // In a transcript (two turns or more) a turn runs on over the paragraphs
  // under its label, each judged as a quotation of its own.
  const std::string transcript =
      "V. Putin: Dear friends,\n\nThe treaty we signed today in Moscow opens a new page.\n\n"
      "Kim Jong Un (retranslated): Dear Mr President,\n\nI welcome Putin, the most loyal friend of the Korean "
      "people.\n\nV. Putin: Thank you.\n";
  got = CheckShipped(transcript, "signing-place");
  ASSERT_EQ(got.size(), 1u);
  EXPECT_TRUE(got[0].attributed);
  EXPECT_EQ(got[0].line, 7);
  testutil::ExpectOutcome(CheckShipped(transcript, "kim-dearest-friend"), "contradiction",
                          "I welcome Putin, the most loyal friend of the Korean people.");
}

// A chronology's item opened by a date and a full stop is one sentence with
// what follows on its line, as with a colon; on a line of its own it is not.
// In an anniversary's phrase a day counted from the reference after the cue is
// the day it was marked; a date written out is the act's.
TEST(Kinds, TheDayAnAnniversaryWasMarked) {
  testutil::ExpectOutcome(CheckShipped("North Korea marked the first anniversary of the signing on Thursday.",
                                       "signing-date", "2025-06-19"),
                          "none", "");
  testutil::ExpectOutcome(
      CheckShipped("North Korea marked the anniversary of the June 19, 2024 signing.", "signing-date", "2025-06-19"),
      "confirmed", "2024-06-19");
}

TEST(Kinds, DateHeadOfATimelineItem) {
  testutil::ExpectOutcome(CheckShipped("- **24 de febrero de 2023.** Rusia invade Ucrania.", "ukraine-invasion"),
                          "contradiction", "2023-02-24", "24 de febrero de 2023");
  testutil::ExpectOutcome(CheckShipped("- **1950-1955.** Guerra de Corea.", "korean-war"), "contradiction",
                          "1950/1955");
  testutil::ExpectOutcome(CheckShipped("24 de febrero de 2023.\n\nRusia invade Ucrania.", "ukraine-invasion"), "none",
                          "");
}

// A spokesman named with his title is the subject of his verb, not a name
// the clause mentions after it.
TEST(Kinds, TitledSpokesmanIsTheSpeaker) {
  {
    const std::string bytes =
        "---\nevent: russia-dprk-treaty-2024\n---\nKremlin spokesman Dmitry Peskov said the document, signed by Kim "
        "and Putin, provides for \"mutual assistance in case of aggression\".\n";
    Report r;
    ShippedChecker().CheckArticle(Article::FromBytes("q.md", bytes, ShippedChecker().article_options()), &r);
    for (const Finding& f : r.claims) EXPECT_NE(f.fact, "putin-on-mutual-assistance") << f.text;
  }
}

// A quotation standing alone after narration (wire copy that lost its "he said")
// is nobody's; after a sentence where someone speaks, it is theirs.
TEST(Kinds, StandAloneQuotationNeedsASpeakerBefore) {
  struct {
    const char* text;
    const char* fact;  // "" : no speaker at all
  } cases[] = {
      {"Kim recibió a Putin con honores en el aeropuerto.\n\"El tratado prevé la asistencia mutua en caso de "
       "agresión\"\n",
       ""},
      {"Putin habló después con la prensa y subrayó la importancia del acuerdo.\n\"El tratado prevé la asistencia "
       "mutua en caso de agresión\"\n",
       "putin-on-mutual-assistance"},
  };
  for (const auto& c : cases) {
    SCOPED_TRACE(c.text);
    std::string bytes = std::string("---\nevent: russia-dprk-treaty-2024\n---\n") + c.text;
    Report r;
    ShippedChecker().CheckArticle(Article::FromBytes("q.md", bytes, ShippedChecker().article_options()), &r);
    std::vector<std::string> facts;
    for (const Finding& f : r.claims)
      if (f.kind == "quote") facts.push_back(f.fact);
    if (*c.fact == '\0') {
      EXPECT_TRUE(facts.empty()) << facts.front();
    } else {
      ASSERT_EQ(facts.size(), 1u);
      EXPECT_EQ(facts[0], c.fact);
    }
  }
}

}  // namespace
}  // namespace claimcheck

namespace claimcheck {
namespace {

// `claimcheck test` can only vouch for a fact that has been shown both ways.
TEST(Kinds, EveryShippedFactHasAConfirmingAndAContradictingExample) {
  for (const Rulebook& b : ShippedChecker().rulebooks()) {
    for (const Fact& f : b.facts()) {
      SCOPED_TRACE(b.path() + ": " + f.id);
      bool confirmed = false, contradiction = false, stated = false;
      for (const Example& e : f.examples) {
        confirmed |= e.expect == "confirmed";
        contradiction |= e.expect == "contradiction";
        stated |= e.expect == "stated";
      }
      if (f.slot) {
        EXPECT_TRUE(stated);  // a slot has no value to contradict
      } else {
        EXPECT_TRUE(confirmed);
        EXPECT_TRUE(contradiction);
      }
    }
  }
}

// Of role phrases that overlap, the longest match wins, whatever the order
// the rulebook lists them in: the shorter one listed first used to take
// "defence minister at the time" and find no holder after "at the time".
TEST(Kinds, LongestRolePhraseWins) {
  static const Checker* checker = testutil::CheckerFromYaml("claimcheck-role-rules.yaml", R"(schema: claimcheck/v1
event:
  id: cabinet
entities:
  belousov: {kind: person, names: ["Andrei Belousov", "Belousov"]}
  shoigu: {kind: person, names: ["Sergei Shoigu", "Shoigu"]}
facts:
  - id: defence-minister
    kind: role
    value: belousov
    role: ["defence minister", "defence minister at the time"]
)");
  std::vector<Finding> got =
      testutil::FindingsFor(*checker, "event: cabinet\n",
                            "The defence minister at the time, Sergei Shoigu, sat at the table.", "defence-minister");
  testutil::ExpectOutcome(got, "contradiction", "shoigu", "Sergei Shoigu");
}

}  // namespace
}  // namespace claimcheck
