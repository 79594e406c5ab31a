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

// Signing dates found in `body`, checked as an article of the seed event
// published on 20 June 2024: "line:column value" each.
std::vector<std::string> SigningDates(const std::string& body) {
  std::vector<std::string> out;
  for (const Finding& f : testutil::CheckShipped(body, "signing-date", "2024-06-20"))
    out.push_back(std::to_string(f.line) + ":" + std::to_string(f.column) + " " + f.found);
  return out;
}

TEST(Checker, DigestItemsAboutOtherStoriesMakeNoClaims) {
  // A briefing's items under bold topic labels: the football and the tennis
  // items sign nothing of the treaty; the item that names the leaders does.
  // (The front matter takes 4 lines, so the body starts on line 5.)
  EXPECT_EQ(SigningDates("Today's briefing:\n\n"
                         "- **Asia.** Kim and Putin signed their defence pact yesterday in Pyongyang.\n"
                         "- **Football.** The striker signed for his new club on June 4 and joins\n"
                         "  the squad in July.\n"
                         "- **Tennis**: the champion signed a sponsorship on 12 June.\n"),
            (std::vector<std::string>{"7:53 2024-06-19"}));
  // Paragraphs with labels, in Spanish: the same.
  EXPECT_EQ(SigningDates("**Internacional.** Putin y Kim firmaron el martes un tratado.\n\n"
                         "**Deportes.** El delantero firmó con su nuevo club el 4 de junio.\n"),
            (std::vector<std::string>{"5:44 2024-06-18"}));
  // An item with no leader but a word of the event's match is still about it.
  EXPECT_EQ(SigningDates("- **Asia.** Kim and Putin met in Pyongyang.\n"
                         "- **The pact.** It was signed on June 4.\n"),
            (std::vector<std::string>{"6:34 2024-06-04"}));
  // One labelled paragraph is no digest: a lead-in, not a story of its own.
  EXPECT_EQ(SigningDates("Putin and Kim met in Pyongyang to seal a treaty.\n\n"
                         "**Analysis.** It was signed on June 4, officials said.\n"),
            (std::vector<std::string>{"7:32 2024-06-04"}));
  // Labels that are dates (a chronology) or questions (an explainer) are no
  // topics: their items keep their claims.
  EXPECT_EQ(SigningDates("Putin and Kim's treaty, step by step:\n\n"
                         "- **June 18.** Talks begin in Pyongyang.\n"
                         "- **June 20.** The pact was signed on June 4, the outlet wrote.\n"),
            (std::vector<std::string>{"8:39 2024-06-04"}));
  EXPECT_EQ(SigningDates("**When was the treaty signed?** On June 4, in Pyongyang.\n\n"
                         "**Who signed it?** Putin and Kim signed it on June 4.\n"),
            (std::vector<std::string>{"5:36 2024-06-04", "7:47 2024-06-04"}));
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
