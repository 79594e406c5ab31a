// Reported speech: a claim the article tells as somebody's ("Peskov said the
// talks lasted…", "según la KCNA", "…, dijo Peskov") is attributed as one in a
// quotation is: flagged `attributed`, a contradiction's severity lowered one
// level, the message saying how. What the outlet says itself stays its own.
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
  const char* status;
  bool attributed;
};

void ExpectAttribution(const Case& c) {
  SCOPED_TRACE(c.text);
  std::vector<Finding> got = CheckShipped(c.text, c.fact, "2024-06-21");
  ASSERT_EQ(got.size(), 1u);
  EXPECT_EQ(got[0].status, c.status);
  EXPECT_EQ(got[0].attributed, c.attributed);
  if (c.attributed) {
    EXPECT_EQ(got[0].attribution, "reported speech: attributed to its source");
    EXPECT_NE(got[0].message.find("(reported speech: attributed to its source)"), std::string::npos);
    // The shipped facts are errors; attributed, a contradiction is a warning.
    if (got[0].status == "contradiction") {
      EXPECT_EQ(got[0].severity, Severity::kWarning);
    }
  } else {
    EXPECT_TRUE(got[0].attribution.empty());
    if (got[0].status == "contradiction") {
      EXPECT_EQ(got[0].severity, Severity::kError);
    }
  }
}

TEST(Attribution, VerbOfSayingBeforeTheClaim) {
  const Case cases[] = {
      // A claim someone might make, in the subjunctive.
      {"Quien diga que el tratado no incluye asistencia mutua no lo ha leído.", "mutual-assistance", "contradiction",
       true},
      {"Some analysts claimed the talks lasted five hours.", "talks-duration", "contradiction", true},
      {"The Kremlin said on Wednesday that the treaty was signed in Moscow.", "signing-place", "contradiction", true},
      {"Peskov told reporters the talks lasted two hours.", "talks-duration", "confirmed", true},
      {"El Kremlin aseguró este jueves que el tratado se firmó en Moscú.", "signing-place", "contradiction", true},
      {"Los analistas dicen que las conversaciones duraron cinco horas.", "talks-duration", "contradiction", true},
  };
  for (const Case& c : cases) ExpectAttribution(c);
}

// The day a speaker spoke is not the day of what they told: "said on
// Thursday the treaty was signed" dates the saying.
TEST(Attribution, TheSayingsDayIsNotTheSaids) {
  for (const char* text : {"Seoul said on Thursday the treaty was signed in secret.",
                           "The Kremlin said on Thursday that the treaty was signed.",
                           "On Thursday the Kremlin said the treaty was signed.",
                           "El Kremlin aseguró este jueves que el tratado se firmó en secreto."}) {
    SCOPED_TRACE(text);
    EXPECT_TRUE(CheckShipped(text, "signing-date", "2024-06-21").empty());
  }
  // A date inside what was said is its own; one of a clause the saying does
  // not report still dates it.
  ExpectAttribution({"The Kremlin said the treaty was signed on Thursday.", "signing-date", "contradiction", true});
  ExpectAttribution(
      {"On Wednesday, Putin and Kim signed the treaty, the Kremlin said.", "signing-date", "confirmed", true});
}

// "Said on Thursday that it was signed yesterday": reported speech takes the
// narrator's "yesterday", but copy often keeps the speaker's. Published on
// Friday 21 June, the narrator's is the 20th; counted from Thursday's saying
// it is the 19th, the signing, so the claim is open, not wrong.
TEST(Attribution, YesterdayOfADatedSaying) {
  struct Dated {
    const char* text;
    const char* status;
  };
  const Dated cases[] = {
      {"Seúl dijo el jueves que Putin y Kim firmaron ayer el tratado.", "unresolved"},
      {"Seoul said on Thursday that Putin and Kim signed the treaty yesterday.", "unresolved"},
      {"Peskov afirmó el jueves que el tratado se firmó ayer.", "unresolved"},
      // Neither reading is the 19th.
      {"Seoul said on Wednesday that Putin and Kim signed the treaty yesterday.", "contradiction"},
      // No day of its own: the saying is the narrator's day.
      {"Seúl dijo que Putin y Kim firmaron ayer el tratado.", "contradiction"},
  };
  for (const Dated& c : cases) {
    SCOPED_TRACE(c.text);
    std::vector<Finding> got = CheckShipped(c.text, "signing-date", "2024-06-21");
    ASSERT_EQ(got.size(), 1u);
    EXPECT_EQ(got[0].status, c.status);
    EXPECT_EQ(got[0].found, "2024-06-20");
    EXPECT_TRUE(got[0].attributed);
  }
  // Said on the reference day itself: one reading, and it agrees.
  std::vector<Finding> same = CheckShipped("Seoul said on Thursday that Putin and Kim signed the treaty yesterday.",
                                           "signing-date", "2024-06-20");
  ASSERT_EQ(same.size(), 1u);
  EXPECT_EQ(same[0].status, "confirmed");
}

// Who says it is not one of those who do it: a set's members are the names
// the clause tells of, not its speaker's, nor a member's kin.
TEST(Attribution, TheSpeakerIsNoMember) {
  for (const char* text : {"Peskov said Putin and Kim signed the treaty on Wednesday.",
                           "Putin and Kim signed the treaty on Wednesday, Peskov said.",
                           "According to Peskov, Putin and Kim signed the treaty.",
                           "Lavrov told reporters Putin and Kim signed the treaty.",
                           "Según Peskov, Putin y Kim firmaron el tratado el miércoles.",
                           "Putin y Kim firmaron el tratado el miércoles, dijo Peskov."}) {
    SCOPED_TRACE(text);
    testutil::ExpectOutcome(CheckShipped(text, "signatories", "2024-06-21"), "confirmed", "putin, kim");
  }
  testutil::ExpectOutcome(
      CheckShipped("Según Peskov, Kim recibió a Putin en el aeropuerto.", "airport-welcome", "2024-06-21"), "confirmed",
      "kim, putin");
  // Nor one named by a noun of saying.
  for (const char* text : {"Peskov's comments on the signing by Putin and Kim drew criticism.",
                           "Las declaraciones de Peskov sobre la firma de Putin y Kim generaron críticas."}) {
    SCOPED_TRACE(text);
    testutil::ExpectOutcome(CheckShipped(text, "signatories", "2024-06-21"), "confirmed", "putin, kim");
  }
  // Whose kin a member is describes the member: no other member.
  for (const char* text : {"Putin and Kim Jong Un, the son of Kim Jong Il, signed the treaty in Pyongyang.",
                           "Kim Il Sung's grandson Kim Jong Un signed the treaty with Putin.",
                           "Lo firmaron Putin y Kim Jong Un, nieto de Kim Il Sung, en Pionyang."}) {
    SCOPED_TRACE(text);
    std::vector<Finding> got = CheckShipped(text, "signatories", "2024-06-21");
    ASSERT_EQ(got.size(), 1u);
    EXPECT_EQ(got[0].status, "confirmed");
  }
  // One who acts is still a member, named by whoever says it.
  testutil::ExpectOutcome(CheckShipped("Putin and Lavrov signed the treaty, Peskov said.", "signatories", "2024-06-21"),
                          "contradiction", "lavrov");
}

// A denial negates what it governs, in every kind, and the denial is the
// speaker's.
TEST(Attribution, DenialsAreTheSpeakers) {
  const Case cases[] = {
      {"Peskov negó que el tratado incluyera asistencia mutua.", "mutual-assistance", "contradiction", true},
      {"Seoul denied that the treaty includes mutual defence in case of aggression.", "mutual-assistance",
       "contradiction", true},
      {"The Kremlin denied that the treaty was signed.", "treaty-status", "contradiction", true},
      {"Peskov denied that the talks lasted two hours.", "talks-duration", "contradiction", true},
      // A choice's option (the verb) is denied only when the clause ends with it:
      // here the place is, not the signing.
      {"Peskov denied that the treaty had been signed in Moscow.", "treaty-status", "confirmed", true},
      {"El Kremlin desmintió que Putin y Kim hubieran firmado el tratado en Vladivostok.", "treaty-status", "confirmed",
       true},
  };
  for (const Case& c : cases) ExpectAttribution(c);
}

// The outlet's own denial ("It is false that …", "No es verdad que …") negates
// what it governs, and is nobody's speech; what it denies of another value is
// no claim.
TEST(Attribution, TheOutletsOwnDenial) {
  const Case cases[] = {
      {"It is false that the treaty was signed in Pyongyang.", "signing-place", "contradiction", false},
      {"No es verdad que el tratado se firmara en Pionyang.", "signing-place", "contradiction", false},
      {"Tampoco es cierto que las conversaciones duraran dos horas.", "talks-duration", "contradiction", false},
      // Denying a denial asserts.
      {"Nor is it true that the pact lacks a mutual defence clause.", "mutual-assistance", "confirmed", false},
      {"Peskov denied that the treaty lacks mutual assistance.", "mutual-assistance", "confirmed", true},
  };
  for (const Case& c : cases) ExpectAttribution(c);
  for (const char* text :
       {"It is false that the treaty was signed in Moscow.", "Es falso que el tratado se firmara en Moscú."}) {
    SCOPED_TRACE(text);
    EXPECT_TRUE(CheckShipped(text, "signing-place", "2024-06-21").empty());
  }
}

TEST(Attribution, ClosingSpeakerAfterTheClaim) {
  const Case cases[] = {
      {"The talks lasted five hours, Peskov told reporters.", "talks-duration", "contradiction", true},
      {"Las conversaciones duraron cinco horas, dijo el portavoz del Kremlin, Dmitri Peskov.", "talks-duration",
       "contradiction", true},
      // A clause of its own after the comma says something else.
      {"Putin and Kim signed the treaty in Moscow, and Putin said it was a breakthrough.", "signing-place",
       "contradiction", false},
      {"Putin y Kim firmaron el tratado en Moscú, y Putin dijo que era histórico.", "signing-place", "contradiction",
       false},
      // The tag may close the claim's clause, before a conjunction opens the next.
      {"Las conversaciones duraron cinco horas, sostiene el analista, aunque el Kremlin habla de dos.",
       "talks-duration", "contradiction", true},
      {"The talks lasted five hours, the analyst said, but the Kremlin spoke of two.", "talks-duration",
       "contradiction", true},
      // With more of the sentence between, the tag after its last comma.
      {"The treaty does not include a mutual defence clause, only a pledge to consult, one Moscow-based analyst "
       "argued.",
       "mutual-assistance", "contradiction", true},
      {"El tratado no incluye una cláusula de defensa mutua, solo un compromiso de consultas, sostuvo un analista.",
       "mutual-assistance", "contradiction", true},
      // A clause of its own after the last comma is no tag.
      {"The treaty does not include a mutual defence clause, only a pledge to consult, and Putin said it was "
       "historic.",
       "mutual-assistance", "contradiction", false},
  };
  for (const Case& c : cases) ExpectAttribution(c);
}

TEST(Attribution, SourceNamedBySegunOrAccordingTo) {
  const Case cases[] = {
      {"According to KCNA, the talks lasted five hours.", "talks-duration", "contradiction", true},
      {"Según la agencia oficial KCNA, las conversaciones duraron cinco horas.", "talks-duration", "contradiction",
       true},
      {"Putin y Kim firmaron el tratado en Moscú, según el Kremlin.", "signing-place", "contradiction", true},
      {"According to diplomats, the talks lasted five hours.", "talks-duration", "contradiction", true},
      // A source named by its office.
      {"Según el asesor del Kremlin Yuri Ushakov, las conversaciones duraron cinco horas.", "talks-duration",
       "contradiction", true},
      {"According to a Kremlin aide, the talks lasted five hours.", "talks-duration", "contradiction", true},
      // A document or a plan is no speaker.
      {"According to the treaty, the talks lasted five hours.", "talks-duration", "contradiction", false},
      {"Según lo previsto, las conversaciones duraron cinco horas.", "talks-duration", "contradiction", false},
      // Set inside another clause, "según X" attributes that clause only.
      {"Putin y Kim firmaron en Moscú un tratado que, según el Kremlin, es solo un borrador.", "signing-place",
       "contradiction", false},
      {"Putin y Kim firmaron el tratado en Moscú, que según fuentes diplomáticas es defensivo, y luego cenaron.",
       "signing-place", "contradiction", false},
      {"Putin y Kim firmaron el tratado en Moscú, según la agencia estatal KCNA.", "signing-place", "contradiction",
       true},
      {"De acuerdo con el Kremlin, las conversaciones duraron cinco horas.", "talks-duration", "contradiction", true},
      // A value in the clause "según X" sits in is attributed with it, also when
      // the cue stands before that clause, and a phrase of time runs on past it.
      {"Unas conversaciones que, según Ushakov, duraron cinco horas precedieron a la firma.", "talks-duration",
       "contradiction", true},
      {"El tratado se firmó tras unas conversaciones que, según Ushakov, duraron cinco horas en el Kremlin.",
       "talks-duration", "contradiction", true},
      {"The treaty was signed after talks that, according to Ushakov, lasted five hours.", "talks-duration",
       "contradiction", true},
  };
  for (const Case& c : cases) ExpectAttribution(c);
}

TEST(Attribution, NounsThatLookLikeVerbsOfSaying) {
  const Case cases[] = {
      {"Both states signed the treaty in Moscow.", "signing-place", "contradiction", false},
      {"Despite Western claims, Putin and Kim signed the treaty in Moscow.", "signing-place", "contradiction",
       false},
      {"En un acto público, Putin y Kim firmaron el tratado en Moscú.", "signing-place", "contradiction", false},
      {"Tras el anuncio, Putin y Kim firmaron el tratado en Moscú.", "signing-place", "contradiction", false},
  };
  for (const Case& c : cases) ExpectAttribution(c);
}

// A correction withdraws what it reports: the rulebook's exclude for
// corrections ("earlier version", "versión anterior", "fe de errores") reaches
// the clause the correction's verb of saying reports, and the imperfect
// ("afirmaba que", "decía que") and "misstated", "misreported" are verbs of
// saying.
// A debunk reports a claim to reject it: the verdict in the next sentence of
// the paragraph is the outlet's, and what it rejects is no claim.
TEST(Attribution, AVerdictRejectsTheReportBeforeIt) {
  testutil::ExpectOutcome(
      CheckShipped("A photo caption said Putin and Kim signed the treaty in Moscow. That was wrong.", "signing-place"),
      "none", "");
  testutil::ExpectOutcome(
      CheckShipped("Several broadcasters said the two leaders signed it on Tuesday. They did not.", "signing-date"),
      "none", "");
  testutil::ExpectOutcome(
      CheckShipped("«Putin y Kim firmaron el tratado en Moscú». Falso: lo firmaron en Pionyang.", "signing-place"),
      "confirmed", "pyongyang", "Pionyang");
  // What follows is no verdict: the report stands, attributed.
  ExpectAttribution({"A photo caption said Putin and Kim signed the treaty in Moscow. That was on Thursday.",
                     "signing-place", "contradiction", true});
  ExpectAttribution({"A caption said Putin and Kim signed the treaty in Moscow.\n\nThat was wrong, the agency said.",
                     "signing-place", "contradiction", true});
}

TEST(Attribution, CorrectionsWithdrawWhatTheyReport) {
  testutil::ExpectOutcome(CheckShipped("Fe de errores: una versión anterior de este artículo afirmaba que el tratado "
                                       "se firmó en Moscú.",
                                       "signing-place", "2024-06-21"),
                          "none", "");
  testutil::ExpectOutcome(CheckShipped("Corrección: una versión anterior decía erróneamente que Putin y Kim firmaron "
                                       "el acuerdo el jueves.",
                                       "signing-date", "2024-06-21"),
                          "none", "");
  testutil::ExpectOutcome(CheckShipped("An earlier version of this story said that the treaty was signed in Moscow.",
                                       "signing-place", "2024-06-21"),
                          "none", "");
  // A correction's own verbs.
  testutil::ExpectOutcome(CheckShipped("An earlier version of this article misstated that the treaty was signed in "
                                       "Vladivostok.",
                                       "signing-place", "2024-06-21"),
                          "none", "");
  testutil::ExpectOutcome(CheckShipped("A previous version misreported that Putin and Kim signed it on June 18.",
                                       "signing-date", "2024-06-21"),
                          "none", "");
  // Of any fact, with no exclude of the rulebook's.
  testutil::ExpectOutcome(CheckShipped("Una versión anterior decía que las conversaciones duraron cuatro horas.",
                                       "talks-duration", "2024-06-21"),
                          "none", "");
  // A second complement joined by "y que"/"and that" is withdrawn with the first.
  testutil::ExpectOutcome(
      CheckShipped("Una versión anterior decía que el pacto se firmó en Moscú y que las conversaciones duraron "
                   "cinco horas.",
                   "talks-duration", "2024-06-21"),
      "none", "");
  testutil::ExpectOutcome(CheckShipped("An earlier version said the pact was signed in Moscow and that the talks "
                                       "lasted five hours.",
                                       "talks-duration", "2024-06-21"),
                          "none", "");
  // The outlet's own error, named as such.
  testutil::ExpectOutcome(
      CheckShipped("On Thursday we wrongly reported that the talks lasted five hours.", "talks-duration", "2024-06-21"),
      "none", "");
  testutil::ExpectOutcome(
      CheckShipped("El jueves publicamos por error que el tratado se firmó en Moscú.", "signing-place", "2024-06-21"),
      "none", "");
  testutil::ExpectOutcome(CheckShipped("Our own error: in a story on Thursday we wrote that the talks lasted five "
                                       "hours.",
                                       "talks-duration", "2024-06-21"),
                          "none", "");
  // Reported by anyone else, the claim stands, attributed.
  ExpectAttribution({"Seúl afirmó que el pacto se firmó en Pionyang y que las conversaciones duraron cinco horas.",
                     "talks-duration", "contradiction", true});
  ExpectAttribution(
      {"El comunicado afirmaba que el tratado se firmó en Moscú.", "signing-place", "contradiction", true});
}

}  // namespace
}  // namespace claimcheck
