// `choice` and `exclude:` on a rulebook of another kind of story: an earthquake,
// its epicentre's direction from a city, and earlier quakes and aftershocks that
// must not be read as claims about it.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "claimcheck/checker.h"

#include "testutil.h"

namespace claimcheck {
namespace {

const char kQuakeRules[] = R"(schema: claimcheck/v1
event: {id: quake-2023, title: Al Haouz earthquake of 8 September 2023}
entities:
  marrakesh: {kind: place, names: ["Marrakech", "Marrakesh"]}
facts:
  - id: epicentre-direction
    kind: choice
    value: south-west
    options:
      south-west: ["sud-?oeste", "suroeste", "south-?west\\w*"]
      north-east: ["nor-?este", "noreste", "north-?east\\w*"]
      south-east: ["sud-?este", "sureste", "south-?east\\w*"]
    cues: ["epicentro", "epicentre", "epicenter"]
    exclude: ["replica\\w*", "aftershock\\w*"]
  - id: quake-date
    kind: date
    value: 2023-09-08
    cues: ["terremoto", "sismo", "seismo", "quake", "earthquake"]
    exclude: ["1960", "agadir", "replica\\w*", "aftershock\\w*"]
  - id: aftershock-delay
    kind: number
    value: 19
    unit: minute
    cues: ["replica\\w*", "aftershock\\w*"]
  - id: epicentre-distance
    kind: number
    value: 71
    unit: km
    tolerance: 0.05
    cues: ["epicentro", "epicentre", "epicenter"]
)";

const Checker& QuakeChecker() {
  static const Checker* checker = testutil::CheckerFromYaml("claimcheck-quake-rules.yaml", kQuakeRules);
  return *checker;
}

struct Case {
  const char* text;
  const char* fact;
  const char* status;  // "none": no finding
  const char* found;
  const char* span;
};

const Case kCases[] = {
    {"The epicentre was 71 km south-west of Marrakesh.", "epicentre-direction", "confirmed", "south-west", "south-west"},
    {"El epicentro se situó a 71 km al suroeste de Marrakech.", "epicentre-direction", "confirmed", "south-west", "suroeste"},
    {"El epicentro se situó al noreste de Marrakech.", "epicentre-direction", "contradiction", "north-east", "noreste"},
    {"The quake's epicenter was southeast of the city.", "epicentre-direction", "contradiction", "south-east", "southeast"},
    // exclude: the aftershock is another event.
    {"The aftershock's epicentre lay north-east of Marrakesh.", "epicentre-direction", "none", "", ""},
    {"La réplica tuvo su epicentro al noreste.", "epicentre-direction", "none", "", ""},
    {"El terremoto del 8 de septiembre de 2023 sacudió Marrakech.", "quake-date", "confirmed", "2023-09-08", "8 de septiembre de 2023"},
    {"The earthquake struck on 9 September 2023.", "quake-date", "contradiction", "2023-09-09", "9 September 2023"},
    {"Es el peor terremoto desde el de Agadir en 1960.", "quake-date", "none", "", ""},
    {"An aftershock on 10 September 2023 caused panic.", "quake-date", "none", "", ""},
    // Numbers with units of one dimension compare after conversion.
    {"The aftershock came 19 minutes later.", "aftershock-delay", "confirmed", "19 minute", "19 minutes"},
    {"Una réplica llegó una hora más tarde.", "aftershock-delay", "contradiction", "60 minute", "una hora"},
    {"La réplica se sintió unos veinte minutos después.", "aftershock-delay", "confirmed", "~20 minute", "unos veinte minutos"},
    {"The epicentre was 44 miles south-west of Marrakesh.", "epicentre-distance", "confirmed", "70.8111 km", "44 miles"},
    {"El epicentro se situó a unos 120 kilómetros de Marrakech.", "epicentre-distance", "contradiction", "~120 km", "unos 120 kilómetros"},
    // Negation: "not north-east" is no claim for north-east.
    {"The epicentre was not north-east of Marrakesh.", "epicentre-direction", "none", "", ""},
};

TEST(ChoiceAndExclude, Quake) {
  for (const Case& c : kCases) {
    SCOPED_TRACE(c.text);
    testutil::ExpectOutcome(testutil::FindingsFor(QuakeChecker(), "event: quake-2023\n", c.text, c.fact), c.status,
                            c.found, c.span);
  }
}

TEST(ChoiceAndExclude, LintChecksOptions) {
  std::filesystem::path p = std::filesystem::temp_directory_path() / "claimcheck-bad-choice.yaml";
  std::ofstream(p) << "schema: claimcheck/v1\n"
                      "event: {id: e}\n"
                      "facts:\n"
                      "  - id: status\n"
                      "    kind: choice\n"
                      "    value: ratified\n"
                      "    cues: [treaty]\n"
                      "    options:\n"
                      "      signed: [\"sign(ed\"]\n"
                      "      drafted: [drafted]\n";
  Rulebook book;
  Diagnostics problems;
  EXPECT_FALSE(Rulebook::Load(p.string(), &book, &problems));
  ASSERT_EQ(problems.size(), 2u);
  EXPECT_EQ(problems[0].ToString(), p.string() + ":9:16: options: invalid RE2 pattern \"sign(ed\": missing ): sign(ed");
  EXPECT_EQ(problems[1].ToString(), p.string() + ":6:12: fact 'status': value must be one of the options (signed, drafted)");
}

}  // namespace
}  // namespace claimcheck
