#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "claimcheck/checker.h"

namespace claimcheck {
namespace {

namespace fs = std::filesystem;

// Writes articles into a fresh temporary folder and checks them with rules/.
Report CheckArticles(const std::vector<std::pair<std::string, std::string>>& files) {
  fs::path dir = fs::temp_directory_path() / ("cc-disagree-" + std::to_string(::testing::UnitTest::GetInstance()->random_seed()) +
                                              ::testing::UnitTest::GetInstance()->current_test_info()->name());
  fs::remove_all(dir);
  fs::create_directories(dir);
  for (const auto& [name, text] : files) std::ofstream(dir / name) << text;
  std::vector<Rulebook> books;
  Diagnostics problems;
  EXPECT_TRUE(LoadRulebooks({std::string(CLAIMCHECK_SOURCE_DIR) + "/rules"}, &books, &problems));
  Checker checker(std::move(books));
  Report r = checker.CheckPaths({dir.string()});
  fs::remove_all(dir);
  return r;
}

std::string Article(const std::string& source, const std::string& body) {
  return "---\nsource: " + source + "\npublished: 2024-06-19\nevent: russia-dprk-treaty-2024\n---\n" + body + "\n";
}

const std::vector<const Disagreement*> On(const Report& r, const std::string& fact);

TEST(Disagreements, TwoSourcesTwoPlaces) {
  Report r = CheckArticles({
      {"a.md", Article("Agencia A", "Putin y Kim firmaron el tratado en Pyongyang.")},
      {"b.md", Article("Diario B", "Putin and Kim signed the treaty in Moscow.")},
      {"c.md", Article("Radio C", "Putin y Kim firmaron el tratado en Corea del Norte.")},
  });
  const Disagreement* d = nullptr;
  for (const Disagreement& x : r.disagreements)
    if (x.fact == "signing-place") d = &x;
  ASSERT_NE(d, nullptr);
  EXPECT_EQ(d->rule, "russia-dprk-treaty-2024/signing-place");
  EXPECT_EQ(d->severity, Severity::kWarning);
  // One value per place found: North Korea agrees with the rulebook (in:) and
  // stays apart from Pyongyang, as its source wrote it; Moscow does not.
  ASSERT_EQ(d->values.size(), 3u);
  EXPECT_EQ(d->values[0].found, "pyongyang");
  EXPECT_TRUE(d->values[0].expected_match);
  ASSERT_EQ(d->values[0].claims.size(), 1u);
  EXPECT_EQ(d->values[1].found, "moscow");
  EXPECT_FALSE(d->values[1].expected_match);
  ASSERT_EQ(d->values[1].claims.size(), 1u);
  EXPECT_EQ(d->values[1].claims[0].text, "Moscow");
  EXPECT_EQ(d->values[1].claims[0].line, 6);
  EXPECT_EQ(d->values[2].found, "north-korea");
  EXPECT_TRUE(d->values[2].expected_match);
  EXPECT_EQ(d->message,
            "sources disagree on signing-place: pyongyang (Agencia A); moscow (Diario B); north-korea (Radio C)");
}

// A value that agrees with two that do not agree with each other (">1.5
// hour" with "~2 hour" and "~5 hour") joins neither: the disagreement is told
// whatever the order of the files, each value under its own source.
TEST(Disagreements, NoOrderDependence) {
  const std::vector<std::pair<std::string, std::string>> files = {
      {"a.md", Article("Agencia A", "The talks lasted over an hour and a half.")},
      {"b.md", Article("Diario B", "The talks lasted nearly five hours.")},
      {"c.md", Article("Radio C", "The talks lasted about two hours.")},
  };
  for (int order = 0; order < 3; ++order) {
    std::vector<std::pair<std::string, std::string>> renamed = files;
    for (size_t i = 0; i < renamed.size(); ++i)
      renamed[i].first = std::string(1, static_cast<char>('a' + (i + static_cast<size_t>(order)) % 3)) + ".md";
    Report r = CheckArticles(renamed);
    const std::vector<const Disagreement*> d = On(r, "talks-duration");
    ASSERT_EQ(d.size(), 1u) << "order " << order;
    ASSERT_EQ(d[0]->values.size(), 3u);
    for (const DisagreementValue& v : d[0]->values) {
      ASSERT_EQ(v.claims.size(), 1u);
      SCOPED_TRACE(v.found);
      EXPECT_EQ(v.claims[0].text, v.found == ">1.5 hour" ? "over an hour and a half"
                                  : v.found == "~5 hour" ? "nearly five hours"
                                                         : "about two hours");
    }
  }
}

// Putin's sentence on mutual assistance in Spanish and English: the rulebook's
// `phrases` align the two renderings, which share no word.
const char kPutinEs[] =
    "«Este tratado prevé, entre otras cosas, la asistencia mutua en caso de agresión contra una de las "
    "partes del acuerdo», dijo Putin en Pyongyang.";

const std::vector<const Disagreement*> On(const Report& r, const std::string& fact) {
  std::vector<const Disagreement*> out;
  for (const Disagreement& d : r.disagreements)
    if (d.fact == fact) out.push_back(&d);
  return out;
}

TEST(Disagreements, SameQuotationInTwoLanguagesIsNoDrift) {
  Report r = CheckArticles({
      {"a.md", Article("Agencia A", kPutinEs)},
      {"b.md", Article("Wire B", "\"This treaty provides, among other things, for mutual assistance in the event "
                                  "of aggression against one of the parties,\" Putin said in Pyongyang.")},
      // Fewer of the phrases, faithfully: a partial quotation.
      {"c.md", Article("Wire C", "Putin said the pact provided \"mutual assistance in the event of aggression\" "
                                  "in Pyongyang.")},
  });
  size_t stated = 0;
  for (const Finding& f : r.claims) stated += f.fact == "putin-on-mutual-assistance";
  EXPECT_EQ(stated, 3u);
  for (const Disagreement* d : On(r, "putin-on-mutual-assistance")) ADD_FAILURE() << d->message << "\n" << d->diff;
}

// Each renders a phrase the rulebook does not list, outside the part both quote
// (a Spanish lead-in, an English tail): compared over the shared rows only.
TEST(Disagreements, QuotationsComparedOverThePartBothQuote) {
  Report r = CheckArticles({
      {"a.md", Article("Diario A", "«El acuerdo de asociación global firmado hoy prevé, entre otras cosas, la "
                                   "asistencia mutua en caso de agresión contra una de las partes de este "
                                   "acuerdo», dijo Putin en Pyongyang.")},
      {"b.md", Article("Wire B", "Putin said in Pyongyang that the pact provided, \"among other things, for mutual "
                                  "assistance in case of aggression against one of the parties to this treaty.\"")},
  });
  size_t stated = 0;
  for (const Finding& f : r.claims) stated += f.fact == "putin-on-mutual-assistance";
  EXPECT_EQ(stated, 2u);
  for (const Disagreement* d : On(r, "putin-on-mutual-assistance")) ADD_FAILURE() << d->message << "\n" << d->diff;
}

TEST(Disagreements, QuotationReworded) {
  Report r = CheckArticles({
      {"a.md", Article("Agencia A", kPutinEs)},
      {"b.md", Article("Wire B", "\"This treaty provides for mutual assistance if either party is attacked,\" "
                                  "Putin said in Pyongyang.")},
  });
  std::vector<const Disagreement*> d = On(r, "putin-on-mutual-assistance");
  ASSERT_EQ(d.size(), 1u);
  ASSERT_EQ(d[0]->values.size(), 2u);
  EXPECT_EQ(d[0]->values[0].claims[0].path.substr(d[0]->values[0].claims[0].path.size() - 4), "a.md");
  // Rows both render, rows one drops, and the words of its own that it adds.
  EXPECT_EQ(d[0]->diff,
            "este tratado preve = this treaty provides [-entre otras cosas-] la asistencia mutua = "
            "for mutual assistance [-en caso de agresion-] [-contra una de las partes del acuerdo-] "
            "{+if either party is attacked+}");
  EXPECT_EQ(d[0]->values[1].diff, d[0]->diff);
  EXPECT_EQ(d[0]->message,
            "quote drift on putin-on-mutual-assistance: the same words rendered differently by 2 sources");
}

// Two quote facts of one speaker (kim-dearest-friend, kim-quotes) see the same
// quotations: their drift is told once, under the first.
TEST(Disagreements, OneDriftUnderOneFact) {
  Report r = CheckArticles({
      {"a.md", Article("Agencia A", "Kim called Putin \"the dearest friend of the Korean people\".")},
      {"b.md", Article("Wire B", "Kim called Putin \"the most beloved friend of the Korean people\".")},
  });
  EXPECT_EQ(On(r, "kim-dearest-friend").size(), 1u);
  EXPECT_TRUE(On(r, "kim-quotes").empty());
}

TEST(Disagreements, QuotationsSharingNoPhraseAreUnrelated) {
  Report r = CheckArticles({
      {"a.md", Article("Agencia A", kPutinEs)},
      {"b.md", Article("Wire B", "\"We will always give mutual aid to our friends,\" Putin said in Pyongyang.")},
  });
  size_t stated = 0;
  for (const Finding& f : r.claims) stated += f.fact == "putin-on-mutual-assistance";
  EXPECT_EQ(stated, 2u);
  EXPECT_TRUE(On(r, "putin-on-mutual-assistance").empty());
}

// Short quotations of one speaker that share a word or two by chance are two
// quotations, not one reworded ("a new high", "a new era"); one that keeps two
// words of weight and changes another is a rewording.
TEST(Disagreements, ShortQuotationsSharingALittleWordAreUnrelated) {
  Report r = CheckArticles({
      {"a.md", Article("Wire A", "Kim said relations had reached \"a new high\".")},
      {"b.md", Article("Wire B", "Kim spoke of \"a new era\" in relations with Moscow.")},
      {"c.md", Article("Wire C", "Kim said it was his \"fraternal duty\" to help Russia.")},
  });
  for (const Disagreement* d : On(r, "kim-quotes")) ADD_FAILURE() << d->message << "\n" << d->diff;
  Report reworded = CheckArticles({
      {"a.md", Article("Wire A", "Kim praised \"an invincible alliance of our two peoples\".")},
      {"b.md", Article("Wire B", "Kim praised \"an invincible friendship of our two peoples\".")},
  });
  std::vector<const Disagreement*> d = On(reworded, "kim-quotes");
  ASSERT_EQ(d.size(), 1u);
  EXPECT_EQ(d[0]->diff, "an invincible [-alliance-] {+friendship+} of our two peoples");
}

// A named period and a date inside it are the same claim; a period elsewhere is
// not ("mid-September" and "September" agree, "late October" differs).
TEST(Disagreements, PeriodAndTheDateInIt) {
  Report r = CheckArticles({
      {"a.md", Article("Agencia A", "En septiembre de 2023, Kim viajó en su tren blindado a Rusia.")},
      {"b.md", Article("Wire B", "In mid-September 2023, Kim travelled to Russia on his armoured train.")},
  });
  for (const Disagreement& d : r.disagreements) ADD_FAILURE() << d.message;
  r = CheckArticles({
      {"a.md", Article("Agencia A", "En septiembre de 2023, Kim viajó en su tren blindado a Rusia.")},
      {"c.md", Article("Wire C", "In late October 2023, Kim travelled to Russia on his armoured train.")},
  });
  ASSERT_EQ(r.disagreements.size(), 1u);
  EXPECT_EQ(r.disagreements[0].message,
            "sources disagree on summit-2023-date: 2023-09 (Agencia A); 2023-10-16/2023-10-31 (Wire C)");
}

// A decade named by one source holds the years another states; a decade that
// does not is a disagreement. The named one is found as "in START/END".
TEST(Disagreements, NamedPeriodHoldsAStatedRange) {
  Report r = CheckArticles({
      {"a.md", Article("Agencia A", "Las dos Coreas siguen en guerra desde su conflicto de 1950-1953.")},
      {"b.md", Article("Wire B", "The two Koreas remain at war since their conflict of the 1950s.")},
  });
  for (const Disagreement& d : r.disagreements) ADD_FAILURE() << d.message;
  r = CheckArticles({
      {"a.md", Article("Agencia A", "Las dos Coreas siguen en guerra desde su conflicto de 1950-1953.")},
      {"c.md", Article("Wire C", "The two Koreas remain at war since their conflict of the 1940s.")},
  });
  ASSERT_EQ(r.disagreements.size(), 1u);
  EXPECT_EQ(r.disagreements[0].message,
            "sources disagree on korean-war: 1950/1953 (Agencia A); in 1940/1949 (Wire C)");
}

// Two renderings the rulebook verifies are no drift from each other; a third
// that is not is.
TEST(Disagreements, VerifiedRenderingsAreNoDrift) {
  Report r = CheckArticles({
      {"a.md", Article("Agencia A", "Kim llamó a Putin «el amigo más querido del pueblo coreano».")},
      {"b.md", Article("Diario B", "Kim llamó a Putin «el más querido amigo del pueblo coreano».")},
  });
  EXPECT_TRUE(On(r, "kim-dearest-friend").empty());
  r = CheckArticles({
      {"a.md", Article("Agencia A", "Kim llamó a Putin «el amigo más querido del pueblo coreano».")},
      {"c.md", Article("Radio C", "Kim llamó a Putin «el amigo más leal del pueblo coreano».")},
  });
  EXPECT_EQ(On(r, "kim-dearest-friend").size(), 1u);
}

TEST(Disagreements, PrecisionIsNoDisagreement) {
  Report r = CheckArticles({
      {"a.md", Article("Agencia A", "Putin y Kim firmaron el tratado en junio de 2024.")},
      {"b.md", Article("Diario B", "Putin and Kim signed the treaty on Wednesday.")},
  });
  for (const Disagreement& x : r.disagreements) ADD_FAILURE() << x.message;
}

TEST(Disagreements, OneSourceAloneIsNoDisagreement) {
  Report r = CheckArticles({
      {"a.md", Article("Agencia A", "Putin y Kim firmaron el tratado en Pyongyang.")},
      {"b.md", Article("Agencia A", "Putin and Kim signed the treaty in Moscow.")},
  });
  for (const Disagreement& x : r.disagreements) ADD_FAILURE() << x.message;
}

}  // namespace
}  // namespace claimcheck
