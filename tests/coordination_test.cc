// Which predicate a value belongs to, and what a negation denies. A date or a
// place of another verb joined by "and"/"y" ("arrived on Tuesday and signed
// the treaty on Wednesday") is no claim about the signing; "not in Moscow but
// in Pyongyang" / "no en Moscú sino en Pionyang" corrects the place and leaves
// the signing asserted.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "claimcheck/report.h"
#include "testutil.h"

namespace claimcheck {
namespace {

using testutil::CheckShipped;

struct Case {
  const char* text;
  const char* fact;
  const char* status;  // "none" for no claim at all
  const char* found;
  const char* span;
};

// Checked as published on Friday 2024-06-21: "Tuesday" is the 18th,
// "Wednesday" the 19th (the signing), "Thursday" the 20th.
void Expect(const Case& c) {
  SCOPED_TRACE(std::string(c.fact) + ": " + c.text);
  std::vector<Finding> got = CheckShipped(c.text, c.fact, "2024-06-21");
  testutil::ExpectOutcome(got, c.status, c.found, c.span);
}

TEST(Coordination, ValueOfAnotherVerbLosesToTheCuesOwn) {
  const Case cases[] = {
      {"Putin arrived in Pyongyang on Tuesday and signed the treaty on Wednesday.", "signing-date", "confirmed",
       "2024-06-19", "Wednesday"},
      {"Putin llegó a Pionyang el martes y firmó el tratado el miércoles.", "signing-date", "confirmed", "2024-06-19",
       "miércoles"},
      {"Kim welcomed Putin at the airport on Tuesday, and the two leaders signed the treaty on Wednesday.",
       "signing-date", "confirmed", "2024-06-19", "Wednesday"},
      {"Kim recibió a Putin en el aeropuerto el martes y ambos firmaron el tratado el miércoles.", "signing-date",
       "confirmed", "2024-06-19", "miércoles"},
  };
  for (const Case& c : cases) Expect(c);
}

// In a list of events, a value just before "and", "y" or a comma and a noun cue
// ends the event before it; the cue's own comes after it.
TEST(Coordination, ValueOfTheConjunctBefore) {
  const Case cases[] = {
      {"Hubo una ceremonia de bienvenida en la plaza Kim Il Sung y conversaciones en la residencia de Kumsusan.",
       "talks-venue", "confirmed", "kumsusan", "residencia de Kumsusan"},
      {"There was a welcome ceremony on Kim Il Sung Square, talks at the Kumsusan guest house, and a concert.",
       "talks-venue", "confirmed", "kumsusan", "Kumsusan"},
      // With nothing after the cue, the one before still counts.
      {"There was a welcome ceremony on Kim Il Sung Square and talks.", "talks-venue", "contradiction",
       "kim-il-sung-square", "Kim Il Sung Square"},
  };
  for (const Case& c : cases) Expect(c);
}

// A value lent by another clause of the sentence (after a colon) is that
// clause's event when its words match the fact's exclude.
TEST(Coordination, ValueFromAnExcludedClause) {
  const Case cases[] = {
      {"It was their second summit: they had met in Vladivostok in 2019.", "signing-place", "none", "", nullptr},
      {"Fue su segunda cumbre: en 2019 se habían reunido en Vladivostok.", "signing-place", "none", "", nullptr},
      // Not excluded, the other clause still lends its value.
      {"It was their third summit: they met in Vladivostok.", "signing-place", "contradiction", "vladivostok",
       "Vladivostok"},
  };
  for (const Case& c : cases) Expect(c);
}

// A relative clause set off by commas has its own verb: a value on one side of
// its closing comma is not the predicate's on the other.
TEST(Coordination, ValueAcrossARelativeAside) {
  const Case cases[] = {
      {"Putin and Kim, who had met on Tuesday, signed the treaty in Pyongyang.", "signing-date", "none", "", nullptr},
      {"Putin y Kim, quienes se reunieron el martes, firmaron el tratado en Pionyang.", "signing-date", "none", "",
       nullptr},
      {"The treaty, which Putin and Kim signed in Pyongyang, took effect on Thursday.", "signing-date", "none", "",
       nullptr},
      // Inside the aside, or without one, the value is the verb's.
      {"The treaty, which was signed on Wednesday, commits both sides to mutual aid.", "signing-date", "confirmed",
       "2024-06-19", "Wednesday"},
      {"Putin, who arrived on Tuesday, signed the treaty on Wednesday.", "signing-date", "confirmed", "2024-06-19",
       "Wednesday"},
      {"El tratado, que se firmó el miércoles, obliga a ambas partes.", "signing-date", "confirmed", "2024-06-19",
       "miércoles"},
      // A value inside an aside is the aside's, also for a cue in a clause after
      // the main one.
      {"Lavrov, que llegó a Pionyang el jueves, es el primer ministro ruso que la visita desde la firma del tratado.",
       "signing-date", "none", "", nullptr},
      // A relative clause no comma closes ends where the main clause's verb
      // begins: what follows is that verb's.
      {"El tratado que Putin y Kim firmaron entró en vigor el 4 de diciembre.", "signing-date", "none", "", nullptr},
      {"El tratado que Putin y Kim firmaron en junio llegó tras el envío de munición a Rusia.", "signing-place", "none",
       "", nullptr},
      {"El tratado que Putin y Kim firmaron el miércoles prevé asistencia mutua.", "signing-date", "confirmed",
       "2024-06-19", "miércoles"},
      // After a verb, "que" opens a complement, not a relative clause.
      {"Moscú confirmó que Putin y Kim firmaron el tratado el miércoles.", "signing-date", "confirmed", "2024-06-19",
       "miércoles"},
      // The aside closes at its first comma: one after it parts the main clause.
      {"Putin, quien enfrenta una orden de arresto, busca aliados desde la invasión de Ucrania, en febrero de 2023.",
       "ukraine-invasion", "contradiction", "2023-02", "febrero de 2023"},
      // A since-phrase times a lasting state: a phrase of time closing the
      // sentence after it is its event's.
      {"Putin has sought allies since the invasion of Ukraine, in February 2014.", "ukraine-invasion", "contradiction",
       "2014-02", "February 2014"},
      {"Putin has sought allies since the invasion of Ukraine, in February 2022.", "ukraine-invasion", "confirmed",
       "2022-02", "February 2022"},
      // An exclude is matched on the cue's side of the aside and on the
      // antecedent: the ratification is the aside's, the law the antecedent.
      {"The pact, which Moscow ratified in November, was signed in Pyongyang on Wednesday.", "signing-date",
       "confirmed", "2024-06-19", "Wednesday"},
      {"The law, which ratifies the treaty, was signed by Putin on Saturday.", "signing-date", "none", "", nullptr},
      {"El tratado, que Putin firmó el miércoles, fue ratificado en noviembre.", "signing-date", "confirmed",
       "2024-06-19", "miércoles"},
      // "Where", "when", "donde", "cuando" open such a clause too, to the
      // sentence's end: the antecedent is another meeting's.
      {"They met again in 2023 at Vostochny, where the talks lasted five hours.", "talks-duration", "none", "",
       nullptr},
      {"Volvieron a verse en 2023 en Vostochni, donde las conversaciones duraron cinco horas.", "talks-duration",
       "none", "", nullptr},
      {"Putin flew to Pyongyang, where the talks lasted two hours.", "talks-duration", "confirmed", "2 hour",
       "two hours"},
      // A predicate coordinated after the cue's is out of the exclude's reach;
      // one before it is not.
      {"Kim signed the treaty on Wednesday and ratified it in November.", "signing-date", "confirmed", "2024-06-19",
       "Wednesday"},
      {"Putin firmó el tratado el miércoles y lo ratificó en noviembre.", "signing-date", "confirmed", "2024-06-19",
       "miércoles"},
      {"The Duma ratified the treaty on Thursday and Putin signed it on Friday.", "signing-date", "none", "", nullptr},
      {"Putin signed the law on Friday and ratified the treaty.", "signing-date", "none", "", nullptr},
      // A participle set off by commas is such a clause cut short; inside it
      // the value is the participle's.
      {"The treaty, signed in Pyongyang by Putin and Kim, entered into force on Thursday.", "signing-date", "none", "",
       nullptr},
      {"El tratado, firmado en Pionyang por Putin y Kim, entró en vigor el jueves.", "signing-date", "none", "",
       nullptr},
      {"El tratado, firmado el miércoles en Pionyang, entró en vigor en diciembre.", "signing-date", "confirmed",
       "2024-06-19", "miércoles"},
      {"The pact, sealed on Wednesday, took effect in December.", "signing-date", "confirmed", "2024-06-19",
       "Wednesday"},
  };
  for (const Case& c : cases) Expect(c);
}

// A participle that qualifies a noun is a relative clause cut short: a value
// before the noun is the verb's whose clause holds it.
TEST(Coordination, ValueBeforeAQualifyingParticiple) {
  const Case cases[] = {
      {"Seúl convocó el jueves al embajador ruso para protestar por el pacto sellado en Pionyang.", "signing-date",
       "none", "", nullptr},
      {"Seoul summoned the Russian envoy on Thursday over the pact signed in Pyongyang.", "signing-date", "none", "",
       nullptr},
      {"Lavrov defendió el martes el tratado firmado en Pionyang.", "signing-date", "none", "", nullptr},
      // The participle's own value, after it, is its claim.
      {"Seúl convocó el jueves al embajador ruso por el pacto sellado el miércoles en Pionyang.", "signing-date",
       "confirmed", "2024-06-19", "miércoles"},
      // A participle after an auxiliary is a predicate of its own.
      {"El jueves fue firmado el pacto en Pionyang.", "signing-date", "contradiction", "2024-06-20", "jueves"},
      // A past tense with its object is no participle.
      {"On Wednesday the leaders signed the treaty in Pyongyang.", "signing-date", "confirmed", "2024-06-19",
       "Wednesday"},
      // No verb of its own before the cue: the value may be the participle's.
      {"El miércoles, el pacto firmado en Pionyang quedó a la vista de todos.", "signing-date", "confirmed",
       "2024-06-19", "miércoles"},
  };
  for (const Case& c : cases) Expect(c);
}

// Alternatives name neither value: "or"/"o" between two mentions.
TEST(Coordination, AlternativesAreNoClaim) {
  const Case cases[] = {
      {"Signed in Moscow or Pyongyang, it would matter just as much.", "signing-place", "none", "", nullptr},
      {"Whether signed in Moscow or in Pyongyang, the treaty binds both.", "signing-place", "none", "", nullptr},
      {"No está claro si Putin y Kim firmaron el tratado el martes o el miércoles.", "signing-date", "none", "",
       nullptr},
      // One value alone is still a claim.
      {"Putin y Kim firmaron el tratado en Moscú, o eso dijo la televisión.", "signing-place", "contradiction",
       "moscow", "Moscú"},
  };
  for (const Case& c : cases) Expect(c);
}

// A semicolon joins sentences of their own: a value past one is not the cue's.
TEST(Coordination, ValuePastASemicolon) {
  const Case cases[] = {
      {"El miércoles, Putin y Kim firmaron el tratado; el viernes, Putin ya estaba de vuelta en Moscú.",
       "signing-place", "none", "", nullptr},
      {"Putin and Kim signed the treaty in Pyongyang; on Friday Putin was back in Moscow.", "signing-place",
       "confirmed", "pyongyang", "Pyongyang"},
  };
  for (const Case& c : cases) Expect(c);
}

// Better no claim than the other verb's value.
TEST(Coordination, ValueOfAnotherVerbAloneIsNoClaim) {
  const Case cases[] = {
      {"Putin signed the treaty and left for Hanoi on Thursday.", "signing-date", "none", "", nullptr},
      {"Putin firmó el tratado y partió hacia Hanói el jueves.", "signing-date", "none", "", nullptr},
      {"Kim recibió a Putin en el aeropuerto el martes y ambos firmaron el tratado.", "signing-date", "none", "",
       nullptr},
      {"Kim greeted Putin at the airport on Tuesday and the two leaders signed the treaty.", "signing-date", "none", "",
       nullptr},
      {"Putin llegó a Pionyang el martes por la noche y, tras ser recibido por Kim, firmó el tratado.", "signing-date",
       "none", "", nullptr},
      {"Putin arrived on Tuesday but signed the treaty.", "signing-date", "none", "", nullptr},
      // Headlines and live copy tell it in the present.
      {"Putin arrives in Pyongyang on Tuesday and signs the treaty.", "signing-date", "none", "", nullptr},
      {"Putin firma el tratado y parte hacia Hanói el jueves.", "signing-date", "none", "", nullptr},
      {"Putin firmó el tratado con Kim y voló a Vladivostok.", "signing-place", "none", "", nullptr},
      {"Putin signed the treaty with Kim and then stopped in Vladivostok.", "signing-place", "none", "", nullptr},
  };
  for (const Case& c : cases) Expect(c);
}

// Names joined to the cue's noun are no predicate of their own: an exclude
// sees the whole subject ("las conversaciones entre Putin y Pezeshkián" are
// Iran's talks, not the treaty's).
TEST(Coordination, JoinedNamesStayInTheExcludesReach) {
  const Case cases[] = {
      {"Las conversaciones entre Putin y Pezeshkián se prolongaron durante unas tres horas.", "talks-duration", "none",
       "", nullptr},
      {"The talks between Putin and Pezeshkian lasted about three hours.", "talks-duration", "none", "", nullptr},
      // Joined names without an exclude keep their claim.
      {"Las conversaciones entre Putin y Kim se prolongaron durante unas tres horas.", "talks-duration",
       "contradiction", "~3 hour", "unas tres horas"},
  };
  for (const Case& c : cases) Expect(c);
}

// Coordinated subjects, fronted dates, a date's own "and", and a verb that is
// the cue's own keep their claims.
TEST(Coordination, WhatIsNotAnotherPredicateStays) {
  const Case cases[] = {
      {"Putin and Kim signed the treaty on Wednesday.", "signing-date", "confirmed", "2024-06-19", "Wednesday"},
      {"On Wednesday, Putin and Kim signed the treaty.", "signing-date", "confirmed", "2024-06-19", "Wednesday"},
      {"El miércoles, Putin y Kim firmaron el tratado.", "signing-date", "confirmed", "2024-06-19", "miércoles"},
      {"Putin y Kim firmaron el tratado y su anexo el miércoles.", "signing-date", "confirmed", "2024-06-19",
       "miércoles"},
      {"In a closed ceremony on Wednesday, Putin and Kim signed the treaty.", "signing-date", "confirmed", "2024-06-19",
       "Wednesday"},
      {"Putin arrived in Pyongyang and signed the treaty with Kim on Wednesday.", "signing-date", "confirmed",
       "2024-06-19", "Wednesday"},
      {"El Kremlin confirmó el miércoles que Putin y Kim firmaron el tratado.", "signing-date", "confirmed",
       "2024-06-19", "miércoles"},
      {"Kim, que recibió a Putin el martes, y el presidente ruso firmaron el tratado el miércoles.", "signing-date",
       "confirmed", "2024-06-19", "miércoles"},
      {"Putin y Kim firmaron el tratado en Pionyang y lo celebraron con un banquete.", "signing-place", "confirmed",
       "pyongyang", "Pionyang"},
      {"Putin and Kim signed the treaty in Moscow and Pyongyang.", "signing-place", "contradiction", "moscow",
       "Moscow"},
      // A participle after a noun is no predicate of its own, and "y" here joins names.
      {"En una reunión realizada en Pionyang, los líderes de Rusia y Corea del Norte, Vladímir Putin y Kim "
       "Jong-un, firmaron un tratado de asociación estratégica.",
       "signing-place", "confirmed", "pyongyang", "Pionyang"},
      {"Talks between Putin and Kim ended on Wednesday in the Kumsusan State Guest House.", "talks-venue", "confirmed",
       "kumsusan-guesthouse", "Kumsusan State Guest House"},
      {"Las conversaciones entre la delegación rusa, encabezada por Putin, y la norcoreana duraron dos horas.",
       "talks-duration", "confirmed", "2 hour", "dos horas"},
      // Another predicate's length is not the talks'.
      {"The talks ended and the leaders then held a banquet for five hours.", "talks-duration", "none", "", nullptr},
  };
  for (const Case& c : cases) Expect(c);
}

// "not X but Y", "no X sino Y": the negation is of X, the verb stands.
TEST(Coordination, NotThisButThatCorrectsTheComplement) {
  const Case cases[] = {
      {"The treaty was not signed in Moscow, as some reports said, but in Pyongyang.", "treaty-status", "confirmed",
       "signed", "signed"},
      {"The treaty was not signed in Moscow, as some reports said, but in Pyongyang.", "signing-place", "confirmed",
       "pyongyang", "Pyongyang"},
      {"El tratado no se firmó en Moscú sino en Pionyang.", "treaty-status", "confirmed", "signed", "firmó"},
      {"El tratado no se firmó en Moscú sino en Pionyang.", "signing-place", "confirmed", "pyongyang", "Pionyang"},
      {"El tratado no se firmó en Moscú, como informaron algunos medios, sino en Pionyang.", "signing-place",
       "confirmed", "pyongyang", "Pionyang"},
      {"El tratado no se firmó en Moscú, como informaron algunos medios, sino en Pionyang.", "treaty-status",
       "confirmed", "signed", "firmó"},
      {"The treaty was signed not in Moscow but in Pyongyang.", "signing-place", "confirmed", "pyongyang", "Pyongyang"},
      {"Putin and Kim did not sign the treaty on Tuesday but on Wednesday.", "signing-date", "confirmed", "2024-06-19",
       "Wednesday"},
      {"Putin y Kim no firmaron el tratado el martes sino el miércoles.", "signing-date", "confirmed", "2024-06-19",
       "miércoles"},
      // Cleft and parenthetical corrections.
      {"No fue en Moscú sino en Pionyang donde se firmó el tratado.", "signing-place", "confirmed", "pyongyang",
       "Pionyang"},
      {"It was not in Moscow but in Pyongyang that the treaty was signed.", "signing-place", "confirmed", "pyongyang",
       "Pyongyang"},
      {"The treaty was signed, not in Moscow, but in Pyongyang.", "signing-place", "confirmed", "pyongyang",
       "Pyongyang"},
      {"El acuerdo no se firmó en Moscú, sino en la capital norcoreana.", "treaty-status", "confirmed", "signed",
       "firmó"},
      // The signer taken back is no signer; the one put instead is in a clause of
      // its own, which the set kind does not read.
      {"El tratado no lo firmó Xi Jinping sino Putin y Kim.", "signatories", "none", "", nullptr},
      {"El tratado no lo firmó Xi Jinping sino Putin y Kim.", "treaty-status", "confirmed", "signed", "firmó"},
      {"The treaty was not signed by Xi Jinping but by Putin and Kim.", "signatories", "none", "", nullptr},
      {"The talks did not last five hours but two.", "talks-duration", "none", "", nullptr},
      {"Las conversaciones no duraron cinco horas sino dos.", "talks-duration", "none", "", nullptr},
  };
  for (const Case& c : cases) Expect(c);
}

// A negated signer is no negated signing when the sentence says who signed.
TEST(Coordination, NegatedSignerIsNoUnsignedTreaty) {
  const Case cases[] = {
      {"Xi did not sign the treaty, which Putin and Kim signed alone.", "treaty-status", "confirmed", "signed",
       "signed"},
      {"Xi no firmó el tratado, que Putin y Kim firmaron solos.", "treaty-status", "confirmed", "signed", "firmaron"},
      // A refusal to sign is no signing.
      {"Putin y Kim no firmaron el tratado y se negaron a firmarlo.", "treaty-status", "contradiction", "not signed",
       "firmaron"},
      {"Putin and Kim did not sign the treaty, refusing signing it.", "treaty-status", "contradiction", "not signed",
       "sign"},
      // Alone, a denial of someone outside the signatories (the rulebook's set
      // fact for the same act) denies that one's part, not the signing.
      {"Xi Jinping did not sign the treaty.", "treaty-status", "none", "", nullptr},
      {"China no firmó el tratado con Putin y Kim.", "treaty-status", "none", "", nullptr},
      {"The treaty was not signed by Xi Jinping.", "treaty-status", "none", "", nullptr},
      {"Putin and Kim did not sign the treaty.", "treaty-status", "contradiction", "not signed", "sign"},
      {"The treaty was not signed.", "treaty-status", "contradiction", "not signed", "signed"},
  };
  for (const Case& c : cases) Expect(c);
}

// A plan is no state of things yet: "will sign", "firmarán", "arrive to sign"
// confirm no signing.
TEST(Coordination, PlannedOptionIsNoClaim) {
  const Case cases[] = {
      {"Putin y Kim firmarán mañana un tratado.", "treaty-status", "none", "", nullptr},
      {"Putin and Kim will sign a treaty on Wednesday.", "treaty-status", "none", "", nullptr},
      {"Putin and Kim arrive to sign the security pact.", "treaty-status", "none", "", nullptr},
      {"Putin y Kim firmaron el tratado.", "treaty-status", "confirmed", "signed", "firmaron"},
      // A plan denied is still no act, and denies no term of this treaty.
      {"Russia will not sign another mutual defence pact like this one.", "treaty-status", "none", "", nullptr},
      {"Russia will not sign another mutual defence pact like this one.", "mutual-assistance", "none", "", nullptr},
      {"Rusia no firmará otro pacto de defensa mutua como este.", "mutual-assistance", "none", "", nullptr},
      {"Moscow would never sign such a pact with Seoul.", "treaty-status", "none", "", nullptr},
      {"El tratado no incluye defensa mutua.", "mutual-assistance", "contradiction", "denied", "defensa mutua"},
  };
  for (const Case& c : cases) Expect(c);
}

// What did not happen is no claim, as a plan is none: the engine reads it, so
// a rulebook need not list "had they", "si … hubiera", "de haberse" per fact.
TEST(Coordination, CounterfactualIsNoClaim) {
  const Case cases[] = {
      {"Had they signed it in Vladivostok, the message would have been different.", "signing-place", "none", "",
       nullptr},
      {"If the treaty had been signed in Moscow, Kim would have travelled by train.", "signing-place", "none", "",
       nullptr},
      {"Putin could have signed the treaty in Moscow.", "signing-place", "none", "", nullptr},
      {"Si el tratado se hubiera firmado en Moscú, Kim habría viajado en tren.", "signing-place", "none", "", nullptr},
      {"De haberse firmado en Moscú, el pacto habría parecido otra cosa.", "signing-place", "none", "", nullptr},
      {"Quizá, de haberse celebrado la cumbre en Vladivostok, nadie la habría mirado.", "signing-place", "none", "",
       nullptr},
      // A value in a clause of what did not happen is not the cue's.
      {"The summit that could have been in Moscow.", "signing-place", "none", "", nullptr},
      // Before a name "to" is a preposition, not a plan's infinitive.
      {"Kim's 2022 trip to Vostochny ended with a deal.", "summit-2023-date", "contradiction", "2022", "2022"},
      // Told as done, it claims.
      {"Después de haber firmado el tratado en Moscú, Putin voló a Hanói.", "signing-place", "contradiction", "moscow",
       "Moscú"},
      {"Putin, who would have preferred Moscow, signed the treaty in Pyongyang.", "signing-place", "confirmed",
       "pyongyang", "Pyongyang"},
      {"The treaty had been signed in Pyongyang two days earlier.", "signing-place", "confirmed", "pyongyang",
       "Pyongyang"},
  };
  for (const Case& c : cases) Expect(c);
}

// A condition, open or contrary to fact, supposes what follows it; so does a
// forecast. For every kind: a date, a place, a length, a term.
TEST(Coordination, SupposedOrForecastIsNoClaim) {
  const Case cases[] = {
      {"If Putin and Kim sign a second pact in Moscow, Seoul will protest.", "signing-place", "none", "", nullptr},
      {"Si Putin y Kim firman otro pacto en Moscú, Seúl protestará.", "signing-place", "none", "", nullptr},
      {"En caso de que Putin y Kim sellen otro acuerdo en Moscú, Seúl protestará.", "signing-place", "none", "",
       nullptr},
      {"Unless Putin and Kim sign it in Moscow, nothing changes.", "signing-place", "none", "", nullptr},
      {"Were the treaty signed in Moscow, Kim would have lost face.", "signing-place", "none", "", nullptr},
      {"Putin habría podido firmarlo en Moscú.", "signing-place", "none", "", nullptr},
      {"The talks will last five hours.", "talks-duration", "none", "", nullptr},
      {"Las conversaciones durarán cinco horas.", "talks-duration", "none", "", nullptr},
      {"Had the talks lasted five hours, Putin would have been late.", "talks-duration", "none", "", nullptr},
      {"Si las conversaciones hubieran durado cinco horas, Putin habría llegado tarde.", "talks-duration", "none", "",
       nullptr},
      {"Si el tratado no incluyera asistencia mutua, Kim no lo habría firmado.", "mutual-assistance", "none", "",
       nullptr},
      {"Si el tratado no incluyera asistencia mutua, Kim no lo habría firmado.", "treaty-status", "none", "", nullptr},
      // Told, it claims: "sí" (yes, or emphatic) and concessive "si bien"
      // are no conditions; the conditional of hearsay reports; "to" before a
      // noun is no infinitive; a past condition closed by a comma is over.
      {"Sí, lo firmaron en Moscú.", "signing-place", "contradiction", "moscow", "Moscú"},
      {"Si bien el tratado se firmó en Moscú, Kim lo presentó como suyo.", "signing-place", "contradiction", "moscow",
       "Moscú"},
      {"Las conversaciones habrían durado cinco horas, según fuentes surcoreanas.", "talks-duration", "contradiction",
       "5 hour", "cinco horas"},
      {"The pact commits each side to mutual assistance.", "mutual-assistance", "confirmed", "included",
       "mutual assistance"},
      {"If anything, the treaty signed in Moscow binds them.", "signing-place", "contradiction", "moscow", "Moscow"},
      {"The talks, which Peskov said would be brief, lasted five hours.", "talks-duration", "contradiction", "5 hour",
       "five hours"},
  };
  for (const Case& c : cases) Expect(c);
}

// What a plain negation denies is still denied.
TEST(Coordination, PlainNegationStands) {
  const Case cases[] = {
      {"Putin and Kim did not sign the treaty.", "treaty-status", "contradiction", "not signed", "sign"},
      {"Putin y Kim no firmaron el acuerdo en Moscú.", "signing-place", "none", "", nullptr},
      {"The treaty was not signed but drafted.", "treaty-status", "contradiction", "not signed", "signed"},
      {"The treaty was not signed, but it was presented as a draft.", "treaty-status", "contradiction", "not signed",
       "signed"},
      {"El tratado no se firmó sino que se esbozó.", "treaty-status", "contradiction", "not signed", "firmó"},
      {"The treaty was not signed on Wednesday.", "signing-date", "contradiction", "not 2024-06-19", "Wednesday"},
      // "But" that opens a clause of its own corrects nothing.
      {"The treaty was not signed then, but the text was published in July.", "treaty-status", "contradiction",
       "not signed", "signed"},
      {"Nadie firmó el tratado.", "treaty-status", "contradiction", "not signed", "firmó"},
      {"Nobody signed the treaty.", "treaty-status", "contradiction", "not signed", "signed"},
      // "Lejos de", "far from" deny what they stand before.
      // (The draft's clause matches the fact's exclude: the signing is read.)
      {"Lejos de un borrador: el pacto que Putin y Kim firmaron.", "treaty-status", "confirmed", "signed", "firmaron"},
      {"Far from a draft, the pact is a treaty in force.", "treaty-status", "none", "", nullptr},
      {"Far from signing the treaty, Kim only drafted it.", "treaty-status", "contradiction", "not signed", "signing"},
      // With a place, a day or a person after the verb, the negation may deny
      // that, not the act: the status is not read, the other fact is.
      {"El acuerdo no se firmó en Moscú.", "treaty-status", "none", "", nullptr},
      {"The treaty was not signed on Tuesday.", "treaty-status", "none", "", nullptr},
      {"The treaty was not signed in June, but the text was published in July.", "treaty-status", "none", "", nullptr},
      {"Nobody signed the treaty in Moscow.", "signing-place", "none", "", nullptr},
      {"Nobody signed the treaty in Moscow.", "treaty-status", "none", "", nullptr},
      // A negator between the cue and a number denies the number; a correction
      // asserts the one it brings; a "no" of a noun ("fuentes no oficiales")
      // denies nothing.
      {"Las conversaciones no duraron cinco horas.", "talks-duration", "none", "", nullptr},
      {"The talks did not last two hours.", "talks-duration", "contradiction", "not 2 hour", "two hours"},
      {"The talks lasted not five but two hours.", "talks-duration", "confirmed", "2 hour", "two hours"},
      {"Según fuentes no oficiales, las conversaciones duraron cinco horas.", "talks-duration", "contradiction",
       "5 hour", "cinco horas"},
      {"Según fuentes no confirmadas, el tratado incluye asistencia mutua.", "mutual-assistance", "confirmed",
       "included", "asistencia mutua"},
      // A term is what follows the verb: it stays denied.
      {"El tratado no incluye asistencia mutua sino una cláusula de consultas.", "mutual-assistance", "contradiction",
       "denied", "asistencia mutua"},
      {"El tratado no incluye una alianza militar sino asistencia mutua.", "mutual-assistance", "confirmed", "included",
       "asistencia mutua"},
  };
  for (const Case& c : cases) Expect(c);
}

// `explain` says which value was passed over, and why.
TEST(Coordination, ExplainNamesWhatWasPassedOver) {
  const Checker& checker = testutil::ShippedChecker();
  auto explain = [&](const std::string& body) {
    const std::string bytes = "---\nevent: russia-dprk-treaty-2024\npublished: 2024-06-21\n---\n" + body + "\n";
    std::string all;
    for (const std::string& line : checker.Explain(Article::FromBytes("case.md", bytes, checker.article_options())))
      all += line + "\n";
    return all;
  };
  EXPECT_NE(explain("Putin signed the treaty and left for Hanoi on Thursday.")
                .find("signing-date: cue 5:7 'signed': no date in its sentence (5:47 'Thursday' is another "
                      "predicate's)"),
            std::string::npos);
  EXPECT_NE(explain("Putin y Kim no firmaron el acuerdo en Moscú sino en secreto.")
                .find("signing-place: cue 5:16 'firmaron': no place claimed in its sentence (5:39 'Moscú' is taken "
                      "back by a correction)"),
            std::string::npos);
}

}  // namespace
}  // namespace claimcheck
