#include <gtest/gtest.h>

#include "claimcheck/text.h"

namespace claimcheck {
namespace {

TEST(Fold, AccentsCaseAndQuotes) {
  EXPECT_EQ(Fold("Vladímir PUTIN"), "vladimir putin");
  EXPECT_EQ(Fold("«asistencia mutua»"), "\"asistencia mutua\"");
  EXPECT_EQ(Fold("Kim Jong\u2013un"), "kim jong-un");
  EXPECT_EQ(Fold("Beloúsov"), "belousov");
  EXPECT_EQ(Fold("año"), "ano");
}

}  // namespace
}  // namespace claimcheck
