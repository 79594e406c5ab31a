// Articles: front matter, datelines, cleaning with offsets kept, odd bytes,
// language, stories.
#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "claimcheck/article.h"
#include "claimcheck/checker.h"
#include "claimcheck/rulebook.h"

#include "testutil.h"

namespace claimcheck {
namespace {

namespace fs = std::filesystem;

using testutil::Src;

using testutil::TempDir;

Article Make(const std::string& bytes, const ArticleOptions& options = {}) {
  return Article::FromBytes("a.md", bytes, options);
}

std::vector<std::string> Problems(const Article& a) {
  std::vector<std::string> out;
  for (const Diagnostic& d : a.problems()) out.push_back(d.ToString());
  return out;
}

using Strings = std::vector<std::string>;

std::string DateOrDash(const Date& d) { return d.valid() ? d.ToString() : "-"; }

TEST(Article, FrontMatterFields) {
  const std::string text =
      "---\n"
      "source: Agencia Ejemplo\n"
      "published: 2024-06-19T19:06:00Z\n"
      "language: es\n"
      "event: russia-dprk-treaty-2024\n"
      "tags: [diplomacia, corea]\n"
      "author:\n"
      "  name: Redacción\n"
      "---\n"
      "Putin y Kim firmaron el tratado.\n";
  Article a = Make(text);
  EXPECT_EQ(Problems(a), Strings{});
  EXPECT_EQ(a.path(), "a.md");
  EXPECT_EQ(a.source(), "Agencia Ejemplo");
  EXPECT_EQ(a.language(), "es");
  EXPECT_EQ(a.event(), "russia-dprk-treaty-2024");
  EXPECT_EQ(a.published(), Date::Day(2024, 6, 19));
  EXPECT_EQ(a.published_from(), "front matter");
  // The body starts right after the closing "---\n", on line 10.
  size_t body = text.find("Putin");
  EXPECT_EQ(a.body(), (Span{body, text.size()}));
  EXPECT_EQ(a.LineColAt(a.body().begin).line, 10);
  EXPECT_EQ(a.LineColAt(a.body().begin).column, 1);
  // The front matter is blanked in clean() (newlines kept); the body is untouched.
  EXPECT_EQ(a.bytes(), text);
  ASSERT_EQ(a.clean().size(), text.size());
  for (size_t i = 0; i < body; ++i)
    EXPECT_EQ(a.clean()[i], text[i] == '\n' ? '\n' : ' ') << "offset " << i;
  EXPECT_EQ(a.clean().substr(body), text.substr(body));
  ASSERT_EQ(a.stories().size(), 1u);
  EXPECT_EQ(a.stories()[0], a.body());
}

// `lang` names the language when `language` is absent; a bad `date` is
// reported under its own key.
TEST(Article, FrontMatterAliases) {
  Article a = Make("---\nlang: es\ndate: yesterday\n---\nThe treaty was signed.\n");
  EXPECT_EQ(a.language(), "es");
  ASSERT_EQ(a.problems().size(), 1u);
  EXPECT_NE(a.problems()[0].message.find("front matter 'date' is not an ISO date"), std::string::npos);
  EXPECT_EQ(a.problems()[0].loc.line, 3);
}

TEST(Article, FrontMatterClosedWithDots) {
  Article a = Make("---\nsource: X\n...\nTexto.\n");
  EXPECT_EQ(Problems(a), Strings{});
  EXPECT_EQ(a.source(), "X");
  EXPECT_EQ(a.body(), (Span{18, 25}));
}

TEST(Article, EmptyFrontMatter) {
  Article a = Make("---\n---\nTexto.\n");
  EXPECT_EQ(Problems(a), Strings{});
  EXPECT_EQ(a.source(), "a.md");
  EXPECT_EQ(a.body(), (Span{8, 15}));
}

TEST(Article, SourceDefaultsToTheFileName) {
  Article a = Article::FromBytes("some/dir/nota-17.md", "Texto.\n", {});
  EXPECT_EQ(a.source(), "nota-17.md");
  EXPECT_EQ(a.event(), "");
  EXPECT_EQ(a.body(), (Span{0, 7}));
}

struct DatelineCase {
  const char* name;
  const char* text;
  const char* published;  // "-" when invalid
  const char* from;
};

TEST(Article, PublishedFromFrontMatterOrDateline) {
  const DatelineCase cases[] = {
      {"es wire dateline", "Título de la noticia\n19 jun 2024 , 19:06\nRedacción\n\nPutin y Kim firmaron el tratado.\n",
       "2024-06-19", "dateline"},
      {"en dateline", "Headline about the treaty\nJune 19, 2024\n\nPutin and Kim signed the treaty.\n", "2024-06-19",
       "dateline"},
      {"iso dateline", "Titular\n2024-06-19\n\nPutin y Kim firmaron el tratado este miércoles.\n", "2024-06-19",
       "dateline"},
      {"dateline after blank lines", "\n\nTitular\n\n19 jun 2024 , 19:06\n\nTexto.\n", "2024-06-19", "dateline"},
      {"front matter wins over the dateline",
       "---\npublished: 2024-06-18\n---\nTitular\n19 jun 2024 , 19:06\n\nTexto.\n", "2024-06-18", "front matter"},
      {"front matter date-time is read as its date", "---\npublished: 2024-06-19T23:59:00Z\n---\nTexto.\n",
       "2024-06-19", "front matter"},
      {"neither", "Putin y Kim firmaron el tratado este miércoles en la capital.\n", "-", ""},
      // Site generators' keys, read when `published` is absent.
      {"hugo date", "---\ntitle: T\ndate: 2024-06-21T08:00:00+09:00\n---\nTexto.\n", "2024-06-21", "front matter"},
      {"publishDate", "---\npublishDate: 2024-06-20\ndate: 2024-06-01\n---\nTexto.\n", "2024-06-20", "front matter"},
      {"published wins over date", "---\ndate: 2024-06-01\npublished: 2024-06-19\n---\nTexto.\n", "2024-06-19",
       "front matter"},
      // A month without a day is no dateline.
      {"month only", "Titular\nJunio de 2024\n\nTexto.\n", "-", ""},
      // A wire lead opens a paragraph of any length.
      {"wire lead",
       "SEOUL, June 20, 2024 (Reuters) - Here are key facts about the treaty that Vladimir Putin "
       "and Kim Jong Un signed in Pyongyang, which commits each side to come to the other's aid "
       "if attacked.\n",
       "2024-06-20", "dateline"},
  };
  for (const DatelineCase& c : cases) {
    Article a = Make(c.text);
    EXPECT_EQ(DateOrDash(a.published()), c.published) << c.name;
    EXPECT_EQ(a.published_from(), c.from) << c.name;
    EXPECT_EQ(DateOrDash(a.ReferenceDateAt(a.body().begin)), c.published) << c.name;
  }
}

// The date of a wire lead is kept apart: when the story was filed, not what it
// tells. The place, the agency in brackets and the dash around it vary by wire.
TEST(Article, WireLeadDates) {
  struct Case {
    const char* text;
    const char* date;  // the text of datelines()[0], or "" for none
  };
  const Case cases[] = {
      {"SEOUL, June 20 (Reuters) - Here are key facts about the treaty.\n", "June 20"},
      {"June 20 (Reuters) - Here are key facts about the treaty.\n", "June 20"},
      {"MOSCÚ, 19 jun (EFE).- Putin y Kim firmaron el tratado.\n", "19 jun"},
      {"PYONGYANG, June 19, 2024 (AFP) \u2014 Putin and Kim signed the treaty.\n", "June 19, 2024"},
      {"Madrid, 19 Jun. (EUROPA PRESS) - El presidente ruso firmó el tratado.\n", "19 Jun."},
      // Without the agency, a long dash after the date.
      {"SEOUL, June 20 \u2014 Seoul protested against the pact.\n", "June 20"},
      {"Seúl, 20 de junio. \u2014 Seúl protestó por el pacto.\n", "20 de junio"},
      {"Putin, Kim \u2014 and the treaty they signed.\n", ""},
      // A plain hyphen only after a place in capitals.
      {"TOKYO, June 21 - Japan condemned the pact.\n", "June 21"},
      {"Tokyo, June 21 - Japan condemned the pact.\n", ""},
      // No date, or no agency in brackets, or words that are no date: no lead.
      {"SEOUL, South Korea (AP) \u2013 Putin and Kim signed an agreement.\n", ""},
      {"On June 19, Putin and Kim signed the treaty in Pyongyang.\n", ""},
      {"Putin (left) - and Kim signed the treaty.\n", ""},
  };
  for (const Case& c : cases) {
    Article a = Make(c.text);
    if (*c.date == '\0') {
      EXPECT_TRUE(a.datelines().empty()) << c.text;
      continue;
    }
    ASSERT_EQ(a.datelines().size(), 1u) << c.text;
    EXPECT_EQ(a.Text(a.datelines()[0]), c.date) << c.text;
  }
}

// Wire copy published days after it was filed counts its "yesterday" from the
// day its lead names; a lead after the published date is a slip, and the
// published date stands.
TEST(Article, WireLeadFiledBeforePublishedAnchorsTheCopy) {
  struct Case {
    const char* published;
    const char* lead;
    const char* reference;
  };
  const Case cases[] = {
      {"2024-06-25", "SEOUL, June 20 (Reuters) - Seoul protested.", "2024-06-20"},
      {"2024-06-24", "MOSCÚ, 20 jun (EFE).- Seúl protestó.", "2024-06-20"},
      {"2025-01-03", "SEOUL, Dec. 30 (Reuters) - Seoul protested.", "2024-12-30"},
      {"2024-06-25", "PYONGYANG, June 19, 2024 (AFP) - Putin and Kim signed.", "2024-06-19"},
      {"2024-06-18", "SEOUL, June 20 (Reuters) - Seoul protested.", "2024-06-18"},
      {"2024-06-25", "Seoul protested on June 20.", "2024-06-25"},
      {"2024-06-25", "SEOUL, June 20 \u2014 Seoul protested.", "2024-06-20"},
  };
  for (const Case& c : cases) {
    Article a = Make(std::string("---\npublished: ") + c.published + "\n---\n" + c.lead + "\n");
    EXPECT_EQ(a.published().ToString(), c.published) << c.lead;
    EXPECT_EQ(a.ReferenceDateAt(a.body().begin).ToString(), c.reference) << c.lead;
  }
}

TEST(Article, NoPublishedDateAndNoDateline) {
  Article a;
  ASSERT_TRUE(Article::Load(Src("fixtures/inputs/no-date.md"), {}, &a).ok());
  EXPECT_EQ(Problems(a), Strings{});
  EXPECT_FALSE(a.published().valid());
  EXPECT_EQ(a.published_from(), "");
  EXPECT_FALSE(a.ReferenceDateAt(0).valid());
  EXPECT_FALSE(a.ReferenceDateAt(a.bytes().size()).valid());
  EXPECT_EQ(a.language(), "es");
}

TEST(Article, IgnoredLinesBlankedOffsetsKept) {
  const std::string text =
      "Lea: algo que no es copia\n"
      "Putin y Kim firmaron el tratado.\n"
      "lea: en minúsculas no coincide\n"
      "TAG RELACIONADOS\n";
  ArticleOptions options;
  options.ignore = {"^Lea:", "^TAG RELACIONADOS", "(invalid"};  // a bad pattern is skipped
  Article a = Make(text, options);
  EXPECT_EQ(a.bytes(), text);
  ASSERT_EQ(a.clean().size(), text.size());
  const std::string want =
      "                         \n"
      "Putin y Kim firmaron el tratado.\n"
      "lea: en minúsculas no coincide\n"
      "                \n";
  EXPECT_EQ(a.clean(), want);
  // Offsets and lines are those of the original.
  size_t putin = text.find("Putin");
  EXPECT_EQ(a.clean().find("Putin"), putin);
  EXPECT_EQ(a.LineColAt(putin).line, 2);
}

// Markdown's inline markup is blanked, offsets kept; the words it wraps stay.
TEST(Article, MarkdownMarkupBlanked) {
  const std::string text =
      "Firmaron en **Moscú** y _no_ en *Pekín*; snake_case y 2*3 quedan.\n"
      "* una lista\n"
      "Lo dijo <strong>Shoigu</strong> [en Pionyang](https://x.org/2024-06-20/a \"t\") y ![foto](f.jpg).\n"
      "Ver https://example.com/2024/06/20/nota y <https://a.b/c>. <!-- nota: Moscú --> ~~Moscú~~ Pionyang[1]\n";
  Article a = Make(text);
  const std::string want =
      "Firmaron en   Moscú   y  no  en  Pekín ; snake_case y 2*3 quedan.\n"
      "* una lista\n"
      "Lo dijo         Shoigu           en Pionyang                                  y   foto        .\n"
      "Ver                                     y                .                                  Pionyang[1]\n";
  EXPECT_EQ(a.clean(), want);
  // An HTML file's markup is HTML's to blank: "**" there is text.
  Article h = Article::FromBytes("a.html", "<p>en **Moscú**</p>", {});
  EXPECT_EQ(h.clean(), "\n  en **Moscú**\n   ");
}

// An editor's notes in brackets are blanked whole; a footnote mark stays.
TEST(Article, BracketedNotesBlanked) {
  Article a = Make("Firmaron [ojo: Yonhap dice martes] el miércoles [[confirmar]] en Pionyang[1].");
  EXPECT_EQ(a.clean(), "Firmaron                           el miércoles               en Pionyang[1].");
}

// Character references are decoded in place: the character, then soft hyphens
// (and a zero-width space for an odd count) that folding drops.
TEST(Article, CharacterReferencesDecoded) {
  Article a = Make("19&nbsp;de junio; Kim Jong&#8209;un; Kremlin&#x2019;s; &laquo;hola&raquo; &bogus; &#0;");
  const std::string want =
      "19\u00A0\u00AD\u00AD"                  // &nbsp;: 6 bytes
      "de junio; Kim Jong\u2011\u00AD\u00AD"  // &#8209;: 7 bytes
      "un; Kremlin\u2019\u200B\u00AD"         // &#x2019;: 8 bytes
      "s; \u00AB\u200B\u00AD"                 // &laquo;: 7 bytes
      "hola\u00BB\u200B\u00AD &bogus; &#0;";
  EXPECT_EQ(a.clean(), want);
  EXPECT_EQ(a.clean().size(), a.bytes().size());
}

// A footnote's superscript stuck to a name is blanked; a unit's power stays.
TEST(Article, FootnoteMarksBlanked) {
  Article a = Make("Firmado en Pionyang\u00B9 y Moscú\u00B2\u2074; 100 km\u00B2 y 3 m\u00B3.");
  EXPECT_EQ(a.clean(), "Firmado en Pionyang   y Moscú     ; 100 km\u00B2 y 3 m\u00B3.");
  testutil::ExpectOutcome(
      testutil::CheckShipped("Putin and Kim signed the treaty in Moscow\u00B9 on Wednesday.", "signing-place"),
      "contradiction", "moscow", "Moscow");
}

TEST(Article, CleanHasTheSizeOfBytes) {
  std::vector<std::string> paths = {"fixtures/articles/es-treaty-dateline.md",
                                    "fixtures/articles/es-treaty-este-miercoles.md",
                                    "fixtures/inputs/crlf-bom.md", "fixtures/inputs/empty.md",
                                    "fixtures/inputs/no-date.md"};
  for (const auto& e : fs::directory_iterator(Src("fixtures/drafts")))
    if (e.path().extension() == ".md") paths.push_back(e.path().string());
  ArticleOptions options;
  options.ignore = {"^Lea:", "^TAG RELACIONADOS"};
  for (const std::string& p : paths) {
    Article a;
    ASSERT_TRUE(Article::Load(p[0] == '/' ? p : Src(p), options, &a).ok()) << p;
    EXPECT_EQ(a.clean().size(), a.bytes().size()) << p;
    // Newlines are never moved: the clean copy has the same lines.
    for (size_t i = 0; i < a.bytes().size(); ++i)
      if (a.bytes()[i] == '\n') {
        EXPECT_EQ(a.clean()[i], '\n') << p << " offset " << i;
      }
  }
}

TEST(Article, BomAndCrlf) {
  Article a;
  ASSERT_TRUE(Article::Load(Src("fixtures/inputs/crlf-bom.md"), {}, &a).ok());
  EXPECT_EQ(Problems(a), Strings{});
  const std::string& b = a.bytes();
  ASSERT_EQ(b.substr(0, 3), "\xEF\xBB\xBF");
  EXPECT_EQ(a.source(), "Agencia CRLF");
  EXPECT_EQ(a.language(), "es");
  EXPECT_EQ(a.published(), Date::Day(2024, 6, 19));
  EXPECT_EQ(a.published_from(), "dateline");
  size_t body = b.find("Putin");
  EXPECT_EQ(a.body(), (Span{body, b.size()}));
  // No BOM and no '\r' is left for analysis, at the same offsets.
  EXPECT_EQ(a.clean().substr(0, 3), "   ");
  EXPECT_EQ(a.clean().find('\r'), std::string::npos);
  EXPECT_EQ(a.clean().size(), b.size());
  // Lines and columns after CRLF lines: "Pyongyang" is on line 8, column 19.
  size_t pyongyang = b.find("Pyongyang");
  EXPECT_EQ(a.LineColAt(pyongyang).line, 8);
  EXPECT_EQ(a.LineColAt(pyongyang).column, 19);
  EXPECT_EQ(a.LineColAt(body).line, 5);
  EXPECT_EQ(a.LineColAt(body).column, 1);
  // Line() of a CRLF line excludes the "\r".
  EXPECT_EQ(a.Text(a.lines().Line(6)), "19 jun 2024 , 19:06");
}

TEST(Article, BomDoesNotShiftColumns) {
  Article a = Make("\xEF\xBB\xBFPutin firmó en Moscú.\n");
  EXPECT_EQ(a.LineColAt(3).line, 1);
  EXPECT_EQ(a.LineColAt(3).column, 1);
  EXPECT_EQ(a.LineColAt(9).column, 7);  // "firmó"
}

TEST(Article, InvalidUtf8IsReportedAndTheRestAnalysed) {
  TempDir dir;
  const std::string text =
      "Titular del tratado\n"
      "19 jun 2024 , 19:06\n"
      "\n"
      "Putin y Kim firmaron el tratado \xFF en Moscú, dijo la agencia de noticias.\n"
      "Y el \xC3 otro.\n";
  std::string path = dir.Write("bad.md", text);
  Article a;
  ASSERT_TRUE(Article::Load(path, {}, &a).ok());
  EXPECT_EQ(Problems(a),
            (Strings{path + ":4:33: invalid UTF-8 byte 0xFF (replaced by a space for analysis)",
                     path + ":5:6: invalid UTF-8 byte 0xC3 (replaced by a space for analysis)"}));
  // The bytes are kept; the clean copy has a space for each bad byte.
  EXPECT_EQ(a.bytes(), text);
  size_t bad = text.find('\xFF');
  EXPECT_EQ(a.clean()[bad], ' ');
  EXPECT_EQ(a.clean()[text.find("\xC3 otro")], ' ');
  // The rest is still analysed: dateline, language, and a claim after the bad byte.
  EXPECT_EQ(a.published(), Date::Day(2024, 6, 19));
  EXPECT_EQ(a.language(), "es");

  std::vector<Rulebook> books;
  Diagnostics problems;
  ASSERT_TRUE(LoadRulebooks({Src("fixtures/rulebooks/minimal.yaml")}, &books, &problems));
  Checker checker(std::move(books));
  Report report;
  checker.CheckArticle(a, &report);
  ASSERT_EQ(report.errors.size(), 2u);
  EXPECT_EQ(report.errors[0].line, 4);
  EXPECT_EQ(report.errors[0].column, 33);
  bool moscow = false;
  for (const Finding& f : report.findings)
    if (f.fact == "signing-place" && f.status == "contradiction") {
      moscow = true;
      EXPECT_EQ(f.found, "moscow");
      EXPECT_EQ(f.line, 4);
      EXPECT_EQ(f.column, 38);
      EXPECT_EQ(f.text, "Moscú");
    }
  EXPECT_TRUE(moscow) << "no signing-place contradiction after the bad byte";
}

TEST(Article, ManyRunsOfInvalidBytesAreCapped) {
  std::string text;
  for (int i = 0; i < 25; ++i) text += "x\xFF";
  Article a = Make(text);
  Strings want;
  for (int i = 0; i < 20; ++i)
    want.push_back("a.md:1:" + std::to_string(2 * i + 2) +
                   ": invalid UTF-8 byte 0xFF (replaced by a space for analysis)");
  want.push_back("a.md: and 5 more runs of invalid UTF-8 bytes");
  EXPECT_EQ(Problems(a), want);
  // One run of several bad bytes is one problem that names them (eight at most).
  EXPECT_EQ(Problems(Make("ab\xFF\xFE\xFD"
                          "cd")),
            Strings{"a.md:1:3: invalid UTF-8 bytes 0xFF 0xFE 0xFD (replaced by a space for analysis)"});
  EXPECT_EQ(Problems(Make("ab" + std::string(10, '\xFF'))),
            Strings{"a.md:1:3: invalid UTF-8 bytes 0xFF 0xFF 0xFF 0xFF 0xFF 0xFF 0xFF 0xFF … (replaced by a space "
                    "for analysis)"});
  // A truncated sequence at the end of the text is a run too.
  EXPECT_EQ(Problems(Make("ab\xE2\x80")),
            Strings{"a.md:1:3: invalid UTF-8 bytes 0xE2 0x80 (replaced by a space for analysis)"});
}

TEST(Article, ColumnAfterALoneContinuationByte) {
  Article a = Make("a\x80" "b\n");
  EXPECT_EQ(Problems(a), Strings{"a.md:1:2: invalid UTF-8 byte 0x80 (replaced by a space for analysis)"});
  EXPECT_EQ(a.LineColAt(2).column, 3);
}

TEST(Article, EmptyFile) {
  Article a;
  ASSERT_TRUE(Article::Load(Src("fixtures/inputs/empty.md"), {}, &a).ok());
  EXPECT_EQ(Problems(a), Strings{});
  EXPECT_EQ(a.bytes(), "");
  EXPECT_EQ(a.clean(), "");
  EXPECT_EQ(a.body(), (Span{0, 0}));
  EXPECT_EQ(a.source(), "empty.md");
  EXPECT_EQ(a.language(), "und");
  EXPECT_FALSE(a.published().valid());
  ASSERT_EQ(a.stories().size(), 1u);
  EXPECT_EQ(a.stories()[0], (Span{0, 0}));
  EXPECT_FALSE(a.ReferenceDateAt(0).valid());
  EXPECT_EQ(a.LineColAt(0).line, 1);
  EXPECT_EQ(a.LineColAt(0).column, 1);
}

TEST(Article, UnreadableFile) {
  Article a;
  Status s = Article::Load(Src("fixtures/inputs/does-not-exist.md"), {}, &a);
  EXPECT_FALSE(s.ok());
  EXPECT_EQ(s.code(), Status::Code::kIOError);
  Status d = Article::Load(Src("fixtures/inputs"), {}, &a);
  EXPECT_FALSE(d.ok());
  EXPECT_EQ(d.code(), Status::Code::kIOError);
}

TEST(Article, BrokenFrontMatter) {
  {
    Article a = Make("---\nsource: X\nPutin firmó el tratado.\n");
    EXPECT_EQ(Problems(a), Strings{"a.md:1:1: front matter opened with '---' is never closed"});
    // Nothing is taken from it; the text is still analysed as the body.
    EXPECT_EQ(a.source(), "a.md");
    EXPECT_EQ(a.body(), (Span{0, 39}));
    EXPECT_EQ(a.clean(), a.bytes());
  }
  {
    Article a = Make("---\n- a\n- b\n---\nTexto.\n");
    EXPECT_EQ(Problems(a), Strings{"a.md:2:1: front matter is not a YAML mapping"});
    EXPECT_EQ(a.body(), (Span{16, 23}));
  }
  {
    Article a = Make("---\nsource: [a\n---\nTexto.\n");
    EXPECT_EQ(Problems(a), Strings{"a.md:3:1: front matter: end of sequence flow not found"});
    EXPECT_EQ(a.source(), "a.md");
    EXPECT_EQ(a.body(), (Span{19, 26}));
  }
  {
    Article a = Make("---\npublished: junio\n---\nTexto.\n");
    ASSERT_EQ(a.problems().size(), 1u);
    EXPECT_EQ(a.problems()[0].message, "front matter 'published' is not an ISO date: 'junio'");
    EXPECT_FALSE(a.published().valid());
  }
  {
    Article a = Make("---\npublished: 2024-13-40\n---\nTexto.\n");
    ASSERT_EQ(a.problems().size(), 1u);
    EXPECT_EQ(a.problems()[0].message, "front matter 'published' is not an ISO date: '2024-13-40'");
    EXPECT_FALSE(a.published().valid());
  }
}

TEST(Article, FrontMatterProblemsAreLocatedAtTheirKey) {
  EXPECT_EQ(Problems(Make("---\npublished: junio\n---\nTexto.\n")),
            Strings{"a.md:2:12: front matter 'published' is not an ISO date: 'junio'"});
  EXPECT_EQ(Problems(Make("---\nsource: [a, b]\n---\nTexto.\n")),
            Strings{"a.md:2:9: front matter 'source' must be a string"});
}

TEST(Article, LanguageDetection) {
  EXPECT_EQ(Make("El tratado de cooperación entre Rusia y Corea del Norte fue firmado por los dos "
                 "líderes en la capital.")
                .language(),
            "es");
  EXPECT_EQ(Make("The treaty was signed by the two leaders in the capital of the country on the day "
                 "of the visit.")
                .language(),
            "en");
  EXPECT_EQ(Make("12345 67890\n").language(), "und");
  // The front matter wins, and is kept as written (BCP 47).
  EXPECT_EQ(Make("---\nlanguage: en\n---\nEl tratado de cooperación entre Rusia y Corea del Norte "
                 "fue firmado por los dos líderes en la capital.")
                .language(),
            "en");
  EXPECT_EQ(Make("---\nlanguage: es-AR\n---\nTexto.\n").language(), "es-AR");
  // The detector on folded text, directly.
  EXPECT_EQ(DetectLanguage("el presidente de la republica y los ministros del gobierno"), "es");
  EXPECT_EQ(DetectLanguage("the president of the republic and the ministers of the government"), "en");
  EXPECT_EQ(DetectLanguage(""), "und");
}

struct StoryCase {
  const char* name;
  const char* text;
  size_t stories;
  const char* first_ref;   // ReferenceDateAt(start of story 1)
  const char* second_ref;  // ReferenceDateAt(start of story 2), when there is one
};

TEST(Article, ThematicBreakStartsANewStory) {
  const StoryCase cases[] = {
      {"second story without a dateline",
       "Primera historia\n19 jun 2024 , 19:06\n\nEl tratado se firmó ayer.\n\n---\n\nSegunda historia sin fecha.\nSe firmó ayer.\n",
       2, "2024-06-19", "-"},
      {"second story with its own dateline",
       "Primera historia\n19 jun 2024 , 19:06\n\nEl tratado se firmó ayer.\n\n---\n\nSegunda historia\n20 jun 2024 , 10:00\nSe firmó ayer.\n",
       2, "2024-06-19", "2024-06-20"},
      // The corpus keeps parallel copies of a wire under a rule, published on
      // other days ("SEOUL (AFP) – … yesterday" under a front matter of the
      // day before): a later story's date is unknown, not the file's.
      {"front matter date anchors only the first story",
       "---\npublished: 2024-06-19\n---\nPrimera.\n\n---\n\nSegunda.\n", 2, "2024-06-19", "-"},
      {"asterisks", "Primera\n19 jun 2024 , 19:06\n\n***\n\nSegunda.\n", 2, "2024-06-19", "-"},
      {"spaced dashes", "Primera\n19 jun 2024 , 19:06\n\n- - -\n\nSegunda.\n", 2, "2024-06-19", "-"},
      // "---" right under a line of text is a Setext heading underline, not a break.
      {"setext underline", "Titular\n19 jun 2024 , 19:06\nTexto\n---\nOtro texto\n", 1, "2024-06-19", ""},
      // Two dashes are not a break.
      {"two dashes", "Primera\n19 jun 2024 , 19:06\n\n--\n\nSegunda.\n", 1, "2024-06-19", ""},
  };
  for (const StoryCase& c : cases) {
    Article a = Make(c.text);
    ASSERT_EQ(a.stories().size(), c.stories) << c.name;
    EXPECT_EQ(DateOrDash(a.ReferenceDateAt(a.stories()[0].begin)), c.first_ref) << c.name;
    if (c.stories > 1) {
      EXPECT_EQ(DateOrDash(a.ReferenceDateAt(a.stories()[1].begin)), c.second_ref) << c.name;
      EXPECT_EQ(DateOrDash(a.ReferenceDateAt(a.bytes().size())), c.second_ref) << c.name;
      // The published date is the first story's.
      EXPECT_EQ(DateOrDash(a.published()), c.first_ref) << c.name;
    }
  }
}

TEST(Article, CrlfIgnoredLinesAndStories) {
  const std::string text =
      "Primera\r\n19 jun 2024 , 19:06\r\n\r\nTexto.\r\nTAG RELACIONADOS\r\n\r\n---\r\n\r\nSegunda.\r\n";
  ArticleOptions options;
  options.ignore = {"^TAG RELACIONADOS$"};  // '$' holds before the "\r\n"
  Article a = Make(text, options);
  EXPECT_EQ(Problems(a), Strings{});
  ASSERT_EQ(a.clean().size(), text.size());
  size_t tag = text.find("TAG");
  EXPECT_EQ(a.clean().substr(tag, 18), std::string(17, ' ') + "\n");  // 16 + the '\r'
  ASSERT_EQ(a.stories().size(), 2u);
  size_t brk = text.find("\r\n---\r\n") + 2;
  EXPECT_EQ(a.stories()[0], (Span{0, brk}));
  EXPECT_EQ(DateOrDash(a.ReferenceDateAt(text.find("Texto"))), "2024-06-19");
  EXPECT_EQ(DateOrDash(a.ReferenceDateAt(text.find("Segunda"))), "-");
  EXPECT_EQ(a.LineColAt(text.find("Segunda")).line, 9);
  EXPECT_EQ(a.LineColAt(text.find("Segunda")).column, 1);
}

TEST(Article, StorySpansAndTheBreakLine) {
  const std::string text =
      "Primera historia\n19 jun 2024 , 19:06\n\nEl tratado se firmó ayer.\n\n---\n\nSegunda historia.\n";
  Article a = Make(text);
  size_t brk = text.find("\n---\n") + 1;
  ASSERT_EQ(a.stories().size(), 2u);
  EXPECT_EQ(a.stories()[0], (Span{0, brk}));
  EXPECT_EQ(a.stories()[1], (Span{brk + 3, text.size()}));
  // The break line itself is blanked for analysis.
  EXPECT_EQ(a.clean().substr(brk, 3), "   ");
  // Offsets in the first story take its date, in the second none.
  EXPECT_EQ(DateOrDash(a.ReferenceDateAt(text.find("ayer"))), "2024-06-19");
  EXPECT_EQ(DateOrDash(a.ReferenceDateAt(text.find("Segunda"))), "-");
}

TEST(Article, SeedFixtureWithDateline) {
  ArticleOptions options;
  options.ignore = {"^Lea:", "^TAG RELACIONADOS"};
  Article a;
  ASSERT_TRUE(Article::Load(Src("fixtures/articles/es-treaty-dateline.md"), options, &a).ok());
  EXPECT_EQ(Problems(a), Strings{});
  EXPECT_EQ(a.source(), "Seed A (redacción, español)");
  EXPECT_EQ(a.language(), "es");
  EXPECT_EQ(a.event(), "russia-dprk-treaty-2024");
  EXPECT_EQ(a.published(), Date::Day(2024, 6, 19));
  EXPECT_EQ(a.published_from(), "dateline");
  // Front matter is lines 1-5; the body starts on line 6.
  EXPECT_EQ(a.LineColAt(a.body().begin).line, 6);
  EXPECT_EQ(a.LineColAt(a.body().begin).column, 1);
  EXPECT_EQ(a.bytes().substr(a.body().begin, 23), "Rusia y Corea del Norte");
  // "Lea:" lines (17 and 37) are blanked in the clean copy, same length.
  Span lea = a.lines().Line(17);
  ASSERT_EQ(a.Text(lea).substr(0, 4), "Lea:");
  EXPECT_EQ(a.clean().substr(lea.begin, lea.size()), std::string(lea.size(), ' '));
  Span tag = a.lines().Line(43);
  EXPECT_EQ(a.Text(tag), "TAG RELACIONADOS");
  EXPECT_EQ(a.clean().substr(tag.begin, tag.size()), std::string(tag.size(), ' '));
}

TEST(Article, SeedFixtureWithFrontMatterDate) {
  Article a;
  ASSERT_TRUE(Article::Load(Src("fixtures/articles/es-treaty-este-miercoles.md"), {}, &a).ok());
  EXPECT_EQ(Problems(a), Strings{});
  EXPECT_EQ(a.source(), "Seed B (agencia, español)");
  EXPECT_EQ(a.published(), Date::Day(2024, 6, 19));
  EXPECT_EQ(a.published_from(), "front matter");
  EXPECT_EQ(a.LineColAt(a.body().begin).line, 7);
  // "este miércoles" on line 8, column 76 (code points).
  size_t at = a.bytes().find("este miércoles");
  EXPECT_EQ(a.LineColAt(at).line, 8);
  EXPECT_EQ(a.LineColAt(at).column, 76);
}

TEST(Article, CopiesAndMovesKeepTheLineIndex) {
  Article b;
  {
    Article a = Make("uno\ndós\ntres\n");
    Article copy = a;
    b = std::move(a);
    EXPECT_EQ(copy.LineColAt(9).line, 3);
  }
  // `a` is gone; the moved-to article's index views its own bytes.
  EXPECT_EQ(b.LineColAt(9).line, 3);
  EXPECT_EQ(b.LineColAt(9).column, 1);
  EXPECT_EQ(b.Text(b.lines().Line(2)), "dós");
}

}  // namespace
}  // namespace claimcheck
