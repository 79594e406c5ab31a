#include "claimcheck/quotes.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "claimcheck/text.h"

namespace claimcheck {
namespace {

std::string Sub(std::string_view text, Span s) { return std::string(text.substr(s.begin, s.size())); }

// Quotations as "outer|inner|depth|parent" joined by "; ", spans cut from the
// input, so an expectation is exact down to the byte. "!" marks an unclosed one.
std::string RenderQuotations(std::string_view text) {
  std::string out;
  for (const Quotation& q : FindQuotations(text)) {
    if (!out.empty()) out += "; ";
    out += Sub(text, q.outer) + "|" + Sub(text, q.inner) + "|" + std::to_string(q.depth) + "|" +
           std::to_string(q.parent) + (q.closed ? "" : "!");
  }
  return out;
}

struct QuotationTest {
  const char* text;
  const char* expected;
};

const QuotationTest kQuotationTests[] = {
    // « » with a nested “ ”.
    {"Putin dijo: «Es un tratado “histórico” para ambos».",
     "«Es un tratado “histórico” para ambos»|Es un tratado “histórico” para ambos|0|-1; "
     "“histórico”|histórico|1|0"},
    // Mixed “ ” and « » side by side.
    {"Kim lo llamó “querido amigo” y celebró una «nueva era».",
     "“querido amigo”|querido amigo|0|-1; «nueva era»|nueva era|0|-1"},
    // French spacing inside guillemets is trimmed from the inner span.
    {"Il a dit « oui » hier.", "« oui »|oui|0|-1"},
    // Straight double quotes toggle.
    {"He said \"we will help\" and \"soon\".",
     "\"we will help\"|we will help|0|-1; \"soon\"|soon|0|-1"},
    {"\"Este tratado prevé la asistencia mutua\"", "\"Este tratado prevé la asistencia mutua\"|"
                                                   "Este tratado prevé la asistencia mutua|0|-1"},
    // A straight quote that clearly opens inside an open one nests.
    {"\"He told me \"no\" twice\"", "\"He told me \"no\" twice\"|He told me \"no\" twice|0|-1; "
                                    "\"no\"|no|1|0"},
    // ’ between letters is an apostrophe, never a mark.
    {"Korea’s ‘strongest ever treaty’, in Kim’s words.",
     "‘strongest ever treaty’|strongest ever treaty|0|-1"},
    {"Kim won’t say it; Korea’s leader didn’t either.", ""},
    {"“It’s a new era,” Kim said.", "“It’s a new era,”|It’s a new era,|0|-1"},
    {"“He called it ‘the strongest’ treaty”",
     "“He called it ‘the strongest’ treaty”|He called it ‘the strongest’ treaty|0|-1; "
     "‘the strongest’|the strongest|1|0"},
    {"the ‘90s were different", ""},
    // AP's doubled apostrophes.
    {"Putin said the pact covers ''aggression'' against either side.",
     "''aggression''|aggression|0|-1"},
    {"''We will help,'' he said.", "''We will help,''|We will help,|0|-1"},
    {"The world''s most dangerous bromance: Putin waves to ''fiery friend'' Kim",
     "''fiery friend''|fiery friend|0|-1"},
    // A straight apostrophe only where it clearly opens and closes.
    {"Kim's 'new era' isn't over.", "'new era'|new era|0|-1"},
    {"It's the students' union, don't ask.", ""},
    {"He said 'never and left.", ""},
    // German „ “ and Polish „ ”, ‹ ›.
    {"Er sagte: „Das ist gut“.", "„Das ist gut“|Das ist gut|0|-1"},
    {"Powiedział: „To dobrze”.", "„To dobrze”|To dobrze|0|-1"},
    {"Il a dit ‹ non › hier.", "‹ non ›|non|0|-1"},
    {"Er sagte: »Das ist gut«.", "»Das ist gut«|Das ist gut|0|-1"},
    {"Han sa: ”Det är bra”.", "”Det är bra”|Det är bra|0|-1"},
    {"Dijo:\"hola\" y se fue.", "\"hola\"|hola|0|-1"},
    // An unclosed mark closes at the end of its paragraph (newline or blank line).
    {"«Esto no es solo una declaración  \nOtra línea con «cita».",
     "«Esto no es solo una declaración|Esto no es solo una declaración|0|-1!; «cita»|cita|0|-1"},
    {"He said \"we will help\r\n\r\nand \"then\" left.",
     "\"we will help|we will help|0|-1!; \"then\"|then|0|-1"},
    {"“Unclosed at the end", "“Unclosed at the end|Unclosed at the end|0|-1!"},
    // A closer of an outer quotation also closes an inner one left open.
    {"«a “b» c” d", "«a “b»|a “b|0|-1; “b|b|1|0!"},
    // Empty quotations and stray closers are no quotations.
    {"He said \"\" and » then ” nothing.", ""},
    {"", ""},
};

TEST(Quotations, Table) {
  for (const QuotationTest& t : kQuotationTests)
    EXPECT_EQ(RenderQuotations(t.text), t.expected) << t.text;
}

TEST(Quotations, HeaderExample) {
  std::string text = "Putin dijo: «Es un tratado “histórico”».";
  EXPECT_EQ(RenderQuotations(text),
            "«Es un tratado “histórico”»|Es un tratado “histórico”|0|-1; “histórico”|histórico|1|0");
}

TEST(Quotations, SpansAreByteOffsets) {
  std::string text = "Dijo: «sí»";
  std::vector<Quotation> q = FindQuotations(text);
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].outer, (Span{6, 13}));  // « and » are two bytes each, í two
  EXPECT_EQ(q[0].inner, (Span{8, 11}));
}

// "&laquo;" decoded in place is "«" and soft hyphens: they are no words of
// the quotation, so its text starts at its first word.
TEST(Quotations, CharacterReferencePaddingIsTrimmed) {
  const std::string text = "de \u00AB\u00AD\u00AD\u00ADel amigo\u00BB\u00AD\u00AD\u00AD.";
  std::vector<Quotation> q = FindQuotations(text);
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(text.substr(q[0].inner.begin, q[0].inner.size()), "el amigo");
}

TEST(Quotations, InvalidUtf8IsNotFatal) {
  std::string text = "\"a\xff b\" \xc3";
  EXPECT_EQ(RenderQuotations(text), "\"a\xff b\"|a\xff b|0|-1");
}

std::string ReadFixture(const char* name) {
  std::ifstream in(std::string(CLAIMCHECK_SOURCE_DIR) + "/fixtures/articles/" + name,
                   std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

// The quotations of a seed article whose inner text contains `needle`.
std::vector<std::string> QuotationsWith(const std::string& text, const char* needle) {
  std::vector<std::string> out;
  for (const Quotation& q : FindQuotations(text)) {
    std::string inner = Sub(text, q.inner);
    if (inner.find(needle) != std::string::npos) out.push_back(inner);
  }
  return out;
}

TEST(Quotations, SeedArticles) {
  std::string a = ReadFixture("es-treaty-dateline.md");
  std::string b = ReadFixture("es-treaty-este-miercoles.md");
  ASSERT_FALSE(a.empty());
  ASSERT_FALSE(b.empty());
  EXPECT_EQ(QuotationsWith(a, "asistencia mutua"),
            std::vector<std::string>{"Este tratado prevé, entre otras cosas, la asistencia mutua "
                                     "en caso de agresión contra una de las partes del acuerdo"});
  EXPECT_EQ(QuotationsWith(b, "asistencia mutua"),
            std::vector<std::string>{
                "asistencia mutua ante posibles agresiones contra cualquiera de las partes firmantes"});
  EXPECT_EQ(QuotationsWith(a, "amigo"), std::vector<std::string>{"querido amigo del pueblo coreano"});
  EXPECT_EQ(QuotationsWith(b, "amigo"), std::vector<std::string>{"mejor amigo"});
  EXPECT_EQ(QuotationsWith(b, "agresi"),
            (std::vector<std::string>{
                "agresión",
                "asistencia mutua ante posibles agresiones contra cualquiera de las partes firmantes"}));
}

// Speech verbs as the folded text they cover, joined by "|".
struct SpeechVerbTest {
  const char* lang;
  const char* text;  // original; folded before the search
  const char* expected;
};

const SpeechVerbTest kSpeechVerbTests[] = {
    {"es", "«Esto está pasando», ha aseverado Putin, según ha recogido la agencia Interfax.",
     "ha aseverado|segun"},
    {"es", "Kim afirmó que el tratado es defensivo y señaló que Putin dijo la verdad.",
     "afirmo|senalo|dijo"},
    {"es", "El propio Putin ha asegurado que el documento ofrece asistencia mutua.",
     "ha asegurado"},
    {"es", "Washington ha expresado su «preocupación»; Kim había dicho que no.",
     "ha expresado|habia dicho"},
    {"es", "Calificó a Putin de «mejor amigo», destacó y AÑADIÓ, subrayó, declaró, aseguró.",
     "califico|destaco|anadio|subrayo|declaro|aseguro"},
    {"es-MX", "Agregó, explicó, indicó, sostuvo, manifestó, advirtió y expresó.",
     "agrego|explico|indico|sostuvo|manifesto|advirtio|expreso"},
    {"es", "Los dirigentes han dicho que el tratado han\n  subrayado la paz.",
     "han dicho|han\n  subrayado"},
    // No verb inside another word, and no English verb in Spanish.
    {"es", "El dictamen fue segundo; said nothing.", ""},
    {"en", "\"We will help,\" Putin said, according to TASS; he was quoted as saying more.",
     "said|according to|was quoted as saying"},
    {"en", "Kim told reporters, stated, stressed, added, noted and declared it; he says so.",
     "told|stated|stressed|added|noted|declared|says"},
    {"en", "Putin pointed out the treaty, which he described as a breakthrough.",
     "pointed out|described"},
    // "states" and "notes" are nouns too often to be verbs of saying.
    {"en", "The United States notes the treaty; dijo nothing.", ""},
    // Another language: both lists.
    {"fr", "Putin said, según Interfax.", "said|segun"},
};

TEST(QuoteSpeechVerbs, Table) {
  for (const SpeechVerbTest& t : kSpeechVerbTests) {
    FoldedText f = FoldedText::Fold(t.text);
    std::string got;
    for (Span s : FindSpeechVerbs(f.str(), t.lang)) {
      if (!got.empty()) got += "|";
      got += Sub(f.str(), s);
    }
    EXPECT_EQ(got, t.expected) << t.lang << ": " << t.text;
  }
}

TEST(QuoteSpeechVerbs, ExactOffsets) {
  FoldedText f = FoldedText::Fold("«Sí», ha aseverado Putin.");
  std::vector<Span> v = FindSpeechVerbs(f.str(), "es");
  ASSERT_EQ(v.size(), 1u);
  EXPECT_EQ(f.ToOriginal(v[0]), (Span{9, 21}));  // "ha aseverado" in the original
}

std::string Joined(const std::vector<std::string>& words) {
  std::string out;
  for (const std::string& w : words) out += (out.empty() ? "" : " ") + w;
  return out;
}

struct QuoteWordsTest {
  const char* text;
  const char* expected;  // words joined by single spaces
};

const QuoteWordsTest kQuoteWordsTests[] = {
    {"asistencia mutua [...] agresión", "asistencia mutua … agresion"},
    {"asistencia mutua […] agresión", "asistencia mutua … agresion"},
    {"asistencia mutua (...) agresión", "asistencia mutua … agresion"},
    {"asistencia mutua ( … ) agresión", "asistencia mutua … agresion"},
    {"Esto no es solo una declaración... está pasando",
     "esto no es solo una declaracion … esta pasando"},
    {"Esto no es solo una declaración … está pasando",
     "esto no es solo una declaracion … esta pasando"},
    {"…la paz. . . y [...] (...) la estabilidad…", "… la paz … y … la estabilidad …"},
    {"«¡Asistencia MUTUA!», dijo.", "asistencia mutua dijo"},
    {"Kim Jong-un won't sign 1.5 or 10,000; «no».", "kim jong un wont sign 1.5 or 10,000 no"},
    {"Korea’s ‘strongest’ treaty", "koreas strongest treaty"},
    {"Fin.", "fin"},
    {"", ""},
    {" ¿? ", ""},
};

TEST(QuoteWords, Table) {
  for (const QuoteWordsTest& t : kQuoteWordsTests)
    EXPECT_EQ(Joined(QuoteWords(t.text)), t.expected) << t.text;
  EXPECT_EQ(QuoteWords("a [...] b")[1], std::string(kGapWord));
  EXPECT_EQ(QuoteWords("a [...] b").size(), 3u);
}

double Similarity(const char* a, const char* b) { return QuoteSimilarity(QuoteWords(a), QuoteWords(b)); }

constexpr const char* kSeedA =
    "Este tratado prevé, entre otras cosas, la asistencia mutua en caso de agresión contra una "
    "de las partes del acuerdo";
constexpr const char* kSeedB =
    "asistencia mutua ante posibles agresiones contra cualquiera de las partes firmantes";
constexpr const char* kPutinFull =
    "Esto no es solo una declaración, esto está pasando y es una clara violación de las "
    "restricciones asumidas por los países occidentales en el marco de sus obligaciones "
    "internacionales";

struct SimilarityTest {
  const char* a;
  const char* b;
  double expected;
};

const SimilarityTest kSimilarityTests[] = {
    // Identical (after folding and dropping punctuation).
    {kSeedA, kSeedA, 1.0},
    {"«Asistencia mutua»", "asistencia MUTUA.", 1.0},
    {"", "", 1.0},
    // An elided quotation matches its full form fully.
    {"Esto no es solo una declaración ... está pasando",
     "Esto no es solo una declaración, esto está pasando", 1.0},
    {"[...] está pasando y es una clara violación [...]", kPutinFull, 1.0},
    {"Esto no es solo una declaración (...) obligaciones internacionales", kPutinFull, 1.0},
    // Cut at the end without an ellipsis: the 20 missing words count.
    // 2*9 / (9 + 29)
    {"Esto no es solo una declaración, esto está pasando", kPutinFull, 18.0 / 38.0},
    // A gap absorbs the words of the other side only where its own side has
    // nothing else unaligned: "cinco" stands next to the gap, so "tres" is not
    // absorbed. 2*3 / (4 + 4).
    {"uno dos [...] cinco cuatro", "uno dos tres cuatro", 6.0 / 8.0},
    // Both sides elided, each keeping a word the other lacks: 2*1 / (2 + 2).
    {"uno [...] cuatro", "uno dos [...]", 0.5},
    // The same elision on both sides.
    {"uno dos [...] cuatro", "uno [...] cuatro", 1.0},
    // An elision far from any shared word absorbs nothing (a headline ending in
    // "..." is no wildcard). 2*1 / (8 + 4).
    {"putin waves from the jet ... (title from slug)", "putin said it was", 2.0 / 12.0},
    {"uno dos [...] cuatro", "uno dos tres otra cuatro", 1.0},
    // The two seed articles' renderings of Putin's sentence on mutual assistance:
    // LCS "asistencia mutua contra de las partes" = 6; 2*6 / (20 + 11).
    {kSeedA, kSeedB, 12.0 / 31.0},
    // Kim on Putin, seed A vs seed B: "amigo" in common, 2*1 / (5 + 2).
    {"querido amigo del pueblo coreano", "mejor amigo", 2.0 / 7.0},
    // Short quotations: one shared word weighs a lot (the caller compares only
    // quotations of one speaker).
    {"full support", "full and unconditional support", 4.0 / 6.0},
    {"consistent and unwavering", "peaceful and defensive", 2.0 / 6.0},
    // Nothing in common; a gap alone explains nothing.
    {"uno dos", "tres cuatro", 0.0},
    {"uno [...] dos", "tres cuatro", 0.0},
    {"[...]", "uno", 0.0},
    {"uno", "", 0.0},
};

TEST(QuoteSimilarity, Table) {
  for (const SimilarityTest& t : kSimilarityTests) {
    EXPECT_NEAR(Similarity(t.a, t.b), t.expected, 1e-9) << t.a << " / " << t.b;
    EXPECT_NEAR(Similarity(t.b, t.a), t.expected, 1e-9) << "symmetric: " << t.b << " / " << t.a;
  }
}

TEST(QuoteSimilarity, SeedRenderingsAreTheSameQuotationReworded) {
  double s = Similarity(kSeedA, kSeedB);
  EXPECT_GE(s, kSameQuotationThreshold);
  EXPECT_LT(s, 1.0);
  EXPECT_NEAR(s, 0.387, 0.001);
}

TEST(QuoteSimilarity, UnrelatedQuotationsAreBelowThreshold) {
  // Different quotations of the seed articles, compared with each other.
  const char* quotes[] = {
      kSeedA,
      kPutinFull,
      "Rusia y Corea llevan a cabo una política exterior independiente, y no aceptan el "
      "lenguaje del chantaje",
      "garantizará de forma confiable la alianza",
      "plenamente al mantenimiento de la paz y de la estabilidad en la región",
      "la paz y la estabilidad",
      "querido amigo del pueblo coreano",
      "nueva era",
      "constante e inquebrantable",
      "preocupación",
  };
  const size_t n = sizeof(quotes) / sizeof(quotes[0]);
  double highest = 0;
  for (size_t i = 0; i < n; ++i) {
    for (size_t j = i + 1; j < n; ++j) {
      double s = Similarity(quotes[i], quotes[j]);
      // One pair is the same phrase quoted twice in different lengths.
      if (i == 4 && j == 5) {
        EXPECT_NEAR(s, 2.0 * 5 / (13 + 5), 1e-9);
        continue;
      }
      EXPECT_LT(s, 0.3) << quotes[i] << " / " << quotes[j];
      EXPECT_LT(s, kSameQuotationThreshold);
      highest = std::max(highest, s);
    }
  }
  // "garantizará de forma confiable la alianza" vs "plenamente al mantenimiento
  // de la paz …": "de la" in common, 2*2 / (6 + 13), as documented in quotes.h.
  EXPECT_NEAR(highest, 4.0 / 19.0, 1e-9);
}

std::string Diff(const char* a, const char* b) { return FormatDiff(WordDiff(QuoteWords(a), QuoteWords(b))); }

struct DiffTest {
  const char* a;
  const char* b;
  const char* expected;
};

const DiffTest kDiffTests[] = {
    {"asistencia mutua en caso de agresión contra una de las partes",
     "asistencia mutua ante posibles agresiones contra cualquiera de las partes firmantes",
     "asistencia mutua [-en caso de agresion-] {+ante posibles agresiones+} contra [-una-] "
     "{+cualquiera+} de las partes {+firmantes+}"},
    {"querido amigo del pueblo coreano", "mejor amigo",
     "[-querido-] {+mejor+} amigo [-del pueblo coreano-]"},
    {"la paz y la estabilidad", "la paz y la estabilidad", "la paz y la estabilidad"},
    {"", "nueva era", "{+nueva era+}"},
    {"nueva era", "", "[-nueva era-]"},
    {"", "", ""},
    {"uno dos", "tres", "[-uno dos-] {+tres+}"},
    {"esto [...] pasando", "esto está pasando", "esto [-…-] {+esta+} pasando"},
};

TEST(WordDiff, Table) {
  for (const DiffTest& t : kDiffTests) EXPECT_EQ(Diff(t.a, t.b), t.expected) << t.a << " / " << t.b;
}

TEST(WordDiff, OpsAreMergedAndReconstructBothSides) {
  std::vector<std::string> a = {"asistencia", "mutua", "en", "caso", "de", "agresion"};
  std::vector<std::string> b = {"asistencia", "mutua", "ante", "agresiones"};
  std::vector<DiffOp> ops = WordDiff(a, b);
  std::vector<DiffOp> expected = {{DiffOp::kSame, "asistencia mutua"},
                                  {DiffOp::kDeleted, "en caso de agresion"},
                                  {DiffOp::kInserted, "ante agresiones"}};
  EXPECT_EQ(ops, expected);

  for (const DiffTest& t : kDiffTests) {
    std::vector<std::string> wa = QuoteWords(t.a), wb = QuoteWords(t.b);
    std::string ra, rb;
    for (const DiffOp& op : WordDiff(wa, wb)) {
      if (op.kind != DiffOp::kInserted) ra += (ra.empty() ? "" : " ") + op.words;
      if (op.kind != DiffOp::kDeleted) rb += (rb.empty() ? "" : " ") + op.words;
    }
    EXPECT_EQ(ra, Joined(wa));
    EXPECT_EQ(rb, Joined(wb));
  }
}

TEST(WordDiff, FormatDiff) {
  EXPECT_EQ(FormatDiff({}), "");
  EXPECT_EQ(FormatDiff({{DiffOp::kSame, "a b"}, {DiffOp::kDeleted, "c"}, {DiffOp::kInserted, "d e"},
                        {DiffOp::kSame, "f"}}),
            "a b [-c-] {+d e+} f");
}

}  // namespace
}  // namespace claimcheck
