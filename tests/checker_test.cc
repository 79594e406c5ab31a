#include "claimcheck/checker.h"

#include <gtest/gtest.h>

#include "testutil.h"

namespace claimcheck {
namespace {

Checker MakeChecker() {
  std::vector<Rulebook> books;
  Diagnostics problems;
  EXPECT_TRUE(LoadRulebooks({std::string(CLAIMCHECK_SOURCE_DIR) + "/rules"}, &books, &problems));
  return Checker(std::move(books));
}

TEST(Checker, EventMembershipByMatchOrFrontMatter) {
  Checker c = MakeChecker();
  struct {
    const char* bytes;
    bool belongs;
  } cases[] = {
      // match: all of putin and kim named, and a treaty word.
      {"Putin y Kim firmaron un tratado en Moscú.\n", true},
      {"Putin firmó un tratado en Moscú.\n", false},               // no Kim
      {"Putin y Kim se reunieron en Moscú.\n", false},             // no treaty word
      {"---\nevent: other-event\n---\nPutin y Kim firmaron un tratado.\n", false},
      {"---\nevent: russia-dprk-treaty-2024\n---\nFirmaron en Moscú.\n", true},
  };
  for (const auto& k : cases) {
    SCOPED_TRACE(k.bytes);
    Report r;
    c.CheckArticle(Article::FromBytes("a.md", k.bytes, c.article_options()), &r);
    ASSERT_EQ(r.articles.size(), 1u);
    EXPECT_EQ(!r.articles[0].events.empty(), k.belongs);
    EXPECT_EQ(!r.findings.empty(), k.belongs);
  }
}

TEST(Checker, IgnoredLinesMakeNoClaims) {
  Checker c = MakeChecker();
  Report r;
  c.CheckArticle(Article::FromBytes("a.md",
                                    "---\nevent: russia-dprk-treaty-2024\n---\n"
                                    "Lea: Putin y Kim firmaron el acuerdo en Moscú\n"
                                    "Putin y Kim firmaron el acuerdo en Pyongyang.\n",
                                    c.article_options()),
                 &r);
  for (const Finding& f : r.findings) {
    EXPECT_EQ(f.status, "confirmed") << f.message;
    EXPECT_EQ(f.line, 5);
  }
  EXPECT_FALSE(r.findings.empty());
}

TEST(Checker, ExplainSaysWhyACueMadeNoClaim) {
  Checker c = MakeChecker();
  Article a = Article::FromBytes("a.md",
                                 "---\nevent: russia-dprk-treaty-2024\npublished: 2024-06-19\n---\n"
                                 "Rusia y Corea del Norte firmaron un tratado.\n"
                                 "The Kremlin said Russia plans to sign the treaty in Moscow.\n",
                                 c.article_options());
  std::vector<std::string> lines = c.Explain(a);
  auto has = [&](const std::string& s) {
    for (const std::string& l : lines)
      if (l.find(s) != std::string::npos) return true;
    return false;
  };
  EXPECT_TRUE(has("event russia-dprk-treaty-2024: applies (front matter event: russia-dprk-treaty-2024)"));
  EXPECT_TRUE(has("mention 5:1 'Rusia' -> country russia"));
  EXPECT_TRUE(has("signing-place: place 5:9 'Corea del Norte' is not where the event is put (no locative)"));
  EXPECT_TRUE(has("signing-place: cue 6:34 'sign' skipped: planned or future"));
}

// The signing-date findings of one article.
std::vector<Finding> SigningDateFindings(const Checker& c, const char* bytes) {
  Report r;
  c.CheckArticle(Article::FromBytes("a.md", bytes, c.article_options()), &r);
  std::vector<Finding> out;
  for (const Finding& f : r.findings)
    if (f.fact == "signing-date") out.push_back(f);
  return out;
}

// A paragraph in the other language (an English wire caption in a Spanish
// story) is read in its own: "20 June 2024" is a date there, not two numbers.
TEST(Checker, ParagraphInTheOtherLanguageIsReadInIt) {
  Checker c = MakeChecker();
  const std::vector<Finding> found = SigningDateFindings(
      c,
      "---\nevent: russia-dprk-treaty-2024\nlanguage: es\npublished: 2024-06-21\n---\n"
      "Putin y Kim se reunieron en Pyongyang para hablar de la guerra.\n"
      "Russian President Vladimir Putin and North Korean leader Kim Jong Un signed the "
      "treaty in Pyongyang on 20 June 2024, the state news agency said.\n");
  ASSERT_FALSE(found.empty());
  for (const Finding& f : found) {
    EXPECT_EQ(f.status, "contradiction") << f.message;
    EXPECT_EQ(f.found, "2024-06-20");
    EXPECT_EQ(f.text, "20 June 2024");
    EXPECT_EQ(f.line, 7);
  }
}

// Only a paragraph plainly in the other language is read in it: Spanish names
// in an English sentence ("Palacio de la Cultura de la Ciudad de la Habana")
// give Spanish function words, but not twice the English ones.
TEST(Checker, SpanishNamesDoNotMakeAParagraphSpanish) {
  Checker c = MakeChecker();
  const std::vector<Finding> found = SigningDateFindings(
      c,
      "---\nevent: russia-dprk-treaty-2024\nlanguage: en\npublished: 2024-06-21\n---\n"
      "Putin and Kim signed the treaty on 20 June 2024 at the Palacio de la Cultura "
      "de la Ciudad de la Habana.\n");
  ASSERT_FALSE(found.empty());
  for (const Finding& f : found) EXPECT_EQ(f.found, "2024-06-20");
}

TEST(Checker, HtmlMarkupIsNotCopyButOffsetsAreKept) {
  Checker c = MakeChecker();
  const std::string html =
      "<html><head><title>Putin y Kim</title><style>p{color:red}</style></head><body>"
      "<p>Putin y Kim firmaron el tratado en <b>Moscú</b>.</p>"
      "<script>var s = \"firmaron en Pekín\";</script></body></html>\n";
  Report r;
  c.CheckArticle(Article::FromBytes("a.html", html, c.article_options()), &r);
  std::vector<std::string> got;
  for (const Finding& f : r.findings)
    if (f.status == "contradiction") got.push_back(f.found + "@" + std::to_string(f.start));
  ASSERT_EQ(got.size(), 1u);
  EXPECT_EQ(got[0], "moscow@" + std::to_string(html.find("Moscú")));
}

// A wire republished days after it was filed: "yesterday" is the day before
// its lead's, not before the published date (that read was a false
// contradiction on every republished wire).
TEST(Checker, RepublishedWireCountsFromItsLead) {
  testutil::ExpectOutcome(
      testutil::CheckShipped("SEOUL, June 20 (Reuters) - Seoul protested against the pact Putin and Kim signed "
                             "yesterday.",
                             "signing-date", "2024-06-25"),
      "confirmed", "2024-06-19", "yesterday");
  testutil::ExpectOutcome(
      testutil::CheckShipped("MOSCÚ, 20 jun (EFE).- Seúl protestó por el tratado que Putin y Kim firmaron ayer.",
                             "signing-date", "2024-06-24"),
      "confirmed", "2024-06-19", "ayer");
}

}  // namespace
}  // namespace claimcheck
