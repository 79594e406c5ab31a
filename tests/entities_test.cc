#include <gtest/gtest.h>

#include "analysis.h"
#include "claimcheck/rulebook.h"

namespace claimcheck {
namespace {

const Rulebook& Seed() {
  static const Rulebook* book = [] {
    auto* b = new Rulebook;
    Diagnostics problems;
    EXPECT_TRUE(Rulebook::Load(std::string(CLAIMCHECK_SOURCE_DIR) + "/rules/russia-dprk-treaty-2024.yaml", b,
                               &problems));
    return b;
  }();
  return *book;
}

struct Mention {
  std::string text;
  std::string id;
};

std::vector<Mention> Mentions(const std::string& text) {
  EntityMatcher matcher(Seed());
  FoldedText f = FoldedText::Fold(text);
  std::vector<Mention> out;
  for (const EntityMention& m : matcher.Find(f, text)) {
    Span o = f.ToOriginal(m.span);
    out.push_back({text.substr(o.begin, o.size()), m.entity->id});
  }
  return out;
}

TEST(Entities, AccentCaseAndHyphenVariantsAreOneName) {
  struct {
    const char* text;
    const char* mention;
    const char* id;
  } cases[] = {
      {"El presidente Vladímir Putin llegó.", "Vladímir Putin", "putin"},
      {"VLADIMIR PUTIN llegó.", "VLADIMIR PUTIN", "putin"},
      {"Kim Jong-un recibió a su invitado.", "Kim Jong-un", "kim"},
      {"Kim Jong‑Un recibió a su invitado.", "Kim Jong‑Un", "kim"},  // non-breaking hyphen
      {"Kim Jong Un received his guest.", "Kim Jong Un", "kim"},
      {"Su ministro, Andréi Beloúsov, llegó.", "Andréi Beloúsov", "belousov"},
      {"Llegó a Pionyang de madrugada.", "Pionyang", "pyongyang"},
      {"Sergey Lavrov spoke.", "Sergey Lavrov", "lavrov"},
      // A name opened by "el" after "a" and "de", the article contracted.
      {"Recibieron al presidente ruso.", "al presidente ruso", "putin"},
      {"La visita del líder norcoreano terminó.", "del líder norcoreano", "kim"},
  };
  for (const auto& c : cases) {
    SCOPED_TRACE(c.text);
    std::vector<Mention> m = Mentions(c.text);
    ASSERT_EQ(m.size(), 1u);
    EXPECT_EQ(m[0].text, c.mention);
    EXPECT_EQ(m[0].id, c.id);
  }
}

TEST(Entities, LongestNameWins) {
  std::vector<Mention> m = Mentions("Vladímir Putin visitó la plaza Kim Il Sung con Kim Jong Un y Kim Yo Jong.");
  ASSERT_EQ(m.size(), 4u);
  EXPECT_EQ(m[0].id, "putin");
  EXPECT_EQ(m[0].text, "Vladímir Putin");
  EXPECT_EQ(m[1].id, "kim-il-sung-square");
  EXPECT_EQ(m[2].id, "kim");
  EXPECT_EQ(m[2].text, "Kim Jong Un");
  EXPECT_EQ(m[3].id, "kim-yo-jong");
}

TEST(Entities, WordBoundariesAndAcronyms) {
  // "Kimchi" is no Kim; the Spanish article "un" is no United Nations; "cpi" in
  // lower case is no court, "CPI" is.
  EXPECT_TRUE(Mentions("Comieron kimchi en un banquete.").empty());
  std::vector<Mention> m = Mentions("La CPI emitió una orden; el cpi de junio subió.");
  ASSERT_EQ(m.size(), 1u);
  EXPECT_EQ(m[0].id, "icc");
}

}  // namespace
}  // namespace claimcheck
