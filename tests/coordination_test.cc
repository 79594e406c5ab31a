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
      {"Putin firmó el tratado con Kim y voló a Vladivostok.", "signing-place", "none", "", nullptr},
      {"Putin signed the treaty with Kim and then stopped in Vladivostok.", "signing-place", "none", "", nullptr},
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
      {"Putin y Kim firmaron el tratado y su protocolo el miércoles.", "signing-date", "confirmed", "2024-06-19",
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
  };
  for (const Case& c : cases) Expect(c);
}

}  // namespace
}  // namespace claimcheck
