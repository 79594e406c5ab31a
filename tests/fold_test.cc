// Folding: the folded text and the offset map back to the original bytes.
#include <gtest/gtest.h>

#include <string>
#include <string_view>

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

struct FoldCase {
  const char* name;
  std::string original;
  const char* folded;         // the whole folded text
  const char* needle;         // a match on the folded text
  size_t orig_begin;          // the exact original span of that match
  size_t orig_end;
  const char* orig_text;      // == original.substr(orig_begin, orig_end - orig_begin)
};

// Each row: the folded text, one match on it, and the exact original byte span
// that match must map back to.
const FoldCase kFoldCases[] = {
    {"accented_spanish_second_word", "Vladímir Beloúsov", "vladimir belousov", "belousov", 10, 19,
     "Beloúsov"},
    {"accented_spanish_first_word", "Vladímir Beloúsov", "vladimir belousov", "vladimir", 0, 9,
     "Vladímir"},
    {"accented_spanish_across_words", "Vladímir Beloúsov", "vladimir belousov", "r b", 8, 11,
     "r B"},
    {"guillemets", "dijo «asistencia mutua» ayer", "dijo \"asistencia mutua\" ayer",
     "\"asistencia mutua\"", 5, 25, "«asistencia mutua»"},
    {"guillemet_alone", "dijo «asistencia mutua» ayer", "dijo \"asistencia mutua\" ayer", "\"a", 5,
     8, "«a"},
    {"curly_double_quotes", "dijo \u201Cpaz\u201D ayer", "dijo \"paz\" ayer", "\"paz\"", 5, 14,
     "\u201Cpaz\u201D"},
    {"en_dash_in_range", "1950\u20131953 y Kim Jong\u2014un", "1950-1953 y kim jong-un",
     "1950-1953", 0, 11, "1950\u20131953"},
    {"em_dash_in_name", "1950\u20131953 y Kim Jong\u2014un", "1950-1953 y kim jong-un", "jong-un",
     18, 27, "Jong\u2014un"},
    {"non_breaking_hyphen", "Kim Jong\u2011un", "kim jong-un", "jong-un", 4, 13, "Jong\u2011un"},
    {"curly_apostrophe", "l\u2019\u00C9lys\u00E9e", "l'elysee", "l'elysee", 0, 12,
     "l\u2019\u00C9lys\u00E9e"},
    {"curly_apostrophe_alone", "O\u2019Brien dijo", "o'brien dijo", "'", 1, 4, "\u2019"},
    {"nbsp_to_space", "Kim\u00A0Jong Un", "kim jong un", "kim jong", 0, 9, "Kim\u00A0Jong"},
    {"nbsp_alone", "Kim\u00A0Jong Un", "kim jong un", " jong", 3, 9, "\u00A0Jong"},
    {"crlf_kept", "uno\r\ndos\r\n", "uno\r\ndos\r\n", "dos", 5, 8, "dos"},
    {"crlf_across_lines", "uno\r\ndos\r\n", "uno\r\ndos\r\n", "o\r\nd", 2, 6, "o\r\nd"},
    {"invalid_byte_is_a_space", std::string("abc\xFF" "def"), "abc def", " ", 3, 4, "\xFF"},
    {"invalid_byte_inside_match", std::string("abc\xFF" "def"), "abc def", "c d", 2, 5,
     "c\xFF" "d"},
    {"bom_dropped", "\xEF\xBB\xBFHola Putin", "hola putin", "hola", 3, 7, "Hola"},
    {"sharp_s_one_to_many", "Straße", "strasse", "strasse", 0, 7, "Straße"},
    {"ligature_one_to_many", "\uFB01rma", "firma", "firma", 0, 6, "\uFB01rma"},
    {"cyrillic_multibyte", "Путин", "путин", "путин", 0, 10, "Путин"},
    {"uppercase_accent", "ÁFRICA", "africa", "africa", 0, 7, "ÁFRICA"},
};

class FoldTable : public ::testing::TestWithParam<FoldCase> {};

TEST_P(FoldTable, RoundTrip) {
  const FoldCase& c = GetParam();
  ASSERT_EQ(c.original.substr(c.orig_begin, c.orig_end - c.orig_begin), c.orig_text)
      << "bad table row";
  FoldedText f = FoldedText::Fold(c.original);
  EXPECT_EQ(f.str(), c.folded);
  EXPECT_EQ(Fold(c.original), c.folded);
  size_t at = f.str().find(c.needle);
  ASSERT_NE(at, std::string::npos) << "'" << c.needle << "' not in '" << f.str() << "'";
  Span folded{at, at + std::string_view(c.needle).size()};
  Span orig = f.ToOriginal(folded);
  EXPECT_EQ(orig.begin, c.orig_begin);
  EXPECT_EQ(orig.end, c.orig_end);
  EXPECT_EQ(c.original.substr(orig.begin, orig.size()), c.orig_text);
  // FromOriginal inverts ToOriginal.
  Span back = f.FromOriginal(orig);
  EXPECT_EQ(back.begin, folded.begin);
  EXPECT_EQ(back.end, folded.end);
}

INSTANTIATE_TEST_SUITE_P(Fold, FoldTable, ::testing::ValuesIn(kFoldCases),
                         [](const ::testing::TestParamInfo<FoldCase>& info) {
                           return std::string(info.param.name);
                         });

// Every folded byte maps back into the original, and the map is monotonic: the
// original span of [0, i) never shrinks as i grows.
TEST(FoldedText, MapIsMonotonicAndInBounds) {
  for (const FoldCase& c : kFoldCases) {
    FoldedText f = FoldedText::Fold(c.original);
    size_t prev_end = 0;
    for (size_t i = 0; i < f.str().size(); ++i) {
      Span o = f.ToOriginal(i, i + 1);
      EXPECT_LE(o.end, c.original.size()) << c.name << " at " << i;
      EXPECT_LT(o.begin, o.end) << c.name << " at " << i;
      EXPECT_GE(o.end, prev_end) << c.name << " at " << i;
      prev_end = o.end;
    }
    // The whole folded text maps up to the end of the original.
    if (!f.str().empty()) {
      EXPECT_EQ(f.ToOriginal(0, f.str().size()).end, c.original.size()) << c.name;
    }
  }
}

TEST(FoldedText, FromOriginalOfEveryByte) {
  // "Beloúsov": B e l o ú(2 bytes) s o v; folded "belousov".
  FoldedText f = FoldedText::Fold("Beloúsov");
  ASSERT_EQ(f.str(), "belousov");
  // The first folded byte whose source starts at or after each original offset.
  const size_t want[] = {0, 1, 2, 3, 4, 5, 5, 6, 7, 8};
  for (size_t i = 0; i < sizeof want / sizeof want[0]; ++i)
    EXPECT_EQ(f.FromOriginal(i), want[i]) << "orig offset " << i;
}

TEST(FoldedText, EmptySpansAndEnds) {
  FoldedText empty = FoldedText::Fold("");
  EXPECT_EQ(empty.str(), "");
  EXPECT_EQ(empty.ToOriginal(0, 0), (Span{0, 0}));
  EXPECT_EQ(empty.FromOriginal(0), 0u);

  FoldedText f = FoldedText::Fold("Beloúsov");
  // An empty span at the end maps to the end of the original.
  EXPECT_EQ(f.ToOriginal(8, 8), (Span{9, 9}));
  // An empty span inside maps to the start of that byte's source.
  EXPECT_EQ(f.ToOriginal(5, 5), (Span{6, 6}));
  EXPECT_EQ(f.FromOriginal(9), 8u);
}

TEST(FoldedText, OnlyIgnorableCharactersFoldToNothing) {
  // Zero-width space, joiners and the BOM are dropped, never turned into spaces.
  EXPECT_EQ(Fold("a\u200Bb"), "ab");
  EXPECT_EQ(Fold("a\u200Db"), "ab");
  EXPECT_EQ(Fold("\xEF\xBB\xBF" "a"), "a");
  // Every invalid byte becomes one space, so it never joins two words.
  EXPECT_EQ(Fold(std::string("Kim\xFF" "Jong")), "kim jong");
  EXPECT_EQ(Fold(std::string("Kim\x80\x80Jong")), "kim  jong");
}

// A combining mark already decomposed (e + U+0301) folds to nothing; a match that
// ends on the base letter must still take its mark, or a report would cut the
// character in two ("Jose" instead of "José").
TEST(FoldedText, DecomposedCombiningMarkStaysWithItsLetter) {
  const std::string text = "Jose\u0301 Marti\u0301";  // "José Martí", NFD
  FoldedText f = FoldedText::Fold(text);
  ASSERT_EQ(f.str(), "jose marti");
  // A match across the first word and the space keeps the mark.
  EXPECT_EQ(f.ToOriginal(0, 5), (Span{0, 7}));
  EXPECT_EQ(f.FromOriginal(Span{0, 7}), (Span{0, 5}));
}

TEST(FoldedText, DecomposedCombiningMarkAtMatchEnd) {
  const std::string text = "Jose\u0301 Marti\u0301";
  FoldedText f = FoldedText::Fold(text);
  ASSERT_EQ(f.str(), "jose marti");
  // "jose" -> "José" (6 bytes: J o s e U+0301).
  EXPECT_EQ(f.ToOriginal(0, 4), (Span{0, 6}));
  EXPECT_EQ(text.substr(0, 6), "Jose\u0301");
  // "marti" -> "Martí" up to the end of the text; the whole text is every byte.
  EXPECT_EQ(f.ToOriginal(5, 10), (Span{7, 14}));
  EXPECT_EQ(f.ToOriginal(0, 10), (Span{0, text.size()}));
  EXPECT_EQ(f.FromOriginal(Span{0, 6}), (Span{0, 4}));
  EXPECT_EQ(f.FromOriginal(Span{7, 14}), (Span{5, 10}));
}

struct PatternCase {
  const char* pattern;
  const char* folded;
};

TEST(FoldPattern, FoldsTextKeepsEscapes) {
  const PatternCase cases[] = {
      {"\\W", "\\W"},
      {"\\W+reunión\\s", "\\W+reunion\\s"},
      {"reunión", "reunion"},
      {"reuni\\w*", "reuni\\w*"},
      {"negociaci\\w*|conversaciones", "negociaci\\w*|conversaciones"},
      {"ministr[oa]s? de defensa", "ministr[oa]s? de defensa"},
      {"Moscú", "Moscu"},  // only non-ASCII is folded: RE2 runs case-insensitively
      {"cosmódromo\\b", "cosmodromo\\b"},
      {"[«»]", "[\"\"]"},
      {"Kim Jong\u2013un", "Kim Jong-un"},
      {"\\d{4}", "\\d{4}"},
  };
  for (const PatternCase& c : cases) EXPECT_EQ(FoldPattern(c.pattern), c.folded) << c.pattern;
}

}  // namespace
}  // namespace claimcheck
