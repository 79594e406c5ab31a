#include "text/regex.h"

#include <gtest/gtest.h>

#include <vector>

namespace claimcheck {
namespace {

TEST(RegexSet, TellsWhichPatternsCanMatch) {
  const Regex firm("firm\\w*", Regex::kWordBounded), year("\\d{4}"), month("junio|june");
  const Regex upper("ABC", Regex::kCaseSensitive), bad("(", Regex::kUserPattern);
  const RegexSet set({&firm, &year, &month, &upper, &bad});
  std::vector<bool> hits;
  set.Match("putin y kim firmaron el tratado en 2024", &hits);
  EXPECT_EQ(hits, (std::vector<bool>{true, true, false, true, true}));
  // Word bounds are kept: "confirmaron" holds "firm" but no word starting with it.
  set.Match("confirmaron en junio", &hits);
  EXPECT_EQ(hits, (std::vector<bool>{false, false, true, true, true}));
  // What cannot join the set (case-sensitive, invalid) is always to be tried.
  set.Match("", &hits);
  EXPECT_EQ(hits, (std::vector<bool>{false, false, false, true, true}));
}

TEST(RegexSet, EmptySetAndDefault) {
  std::vector<bool> hits;
  RegexSet().Match("text", &hits);
  EXPECT_TRUE(hits.empty());
  RegexSet(std::vector<const Regex*>{}).Match("text", &hits);
  EXPECT_TRUE(hits.empty());
}

}  // namespace
}  // namespace claimcheck
