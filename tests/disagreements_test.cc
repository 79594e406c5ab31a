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
  ASSERT_EQ(d->values.size(), 2u);
  // Pyongyang and North Korea agree (in:), Moscow does not.
  EXPECT_EQ(d->values[0].found, "pyongyang");
  EXPECT_TRUE(d->values[0].expected_match);
  ASSERT_EQ(d->values[0].claims.size(), 2u);
  EXPECT_EQ(d->values[1].found, "moscow");
  EXPECT_FALSE(d->values[1].expected_match);
  ASSERT_EQ(d->values[1].claims.size(), 1u);
  EXPECT_EQ(d->values[1].claims[0].text, "Moscow");
  EXPECT_EQ(d->values[1].claims[0].line, 6);
  EXPECT_EQ(d->message,
            "sources disagree on signing-place: pyongyang (Agencia A, Radio C); moscow (Diario B)");
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
