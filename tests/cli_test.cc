// The command line, run as a user would: from the repository root, checking exit
// status and output.
#include <gtest/gtest.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <regex>
#include <sstream>
#include <string>
#include <vector>

#include "kinds/registry.h"

#include "testutil.h"

namespace claimcheck {
namespace {

namespace fs = std::filesystem;

struct CliResult {
  int code = -1;
  std::string out;
  std::string err;
};

using testutil::ReadFile;

std::string Quote(const std::string& s) {
  std::string q = "'";
  for (char c : s) {
    if (c == '\'') q += "'\\''";
    else q += c;
  }
  return q + "'";
}

using testutil::TempDir;

// Runs the built CLI from the repository root with `args` (already shell-quoted
// where needed); stdout and stderr are captured separately.
CliResult Cli(const std::string& args) {
  TempDir tmp;
  std::string err_path = tmp.path() + "/stderr";
  std::string cmd = "cd " + Quote(CLAIMCHECK_SOURCE_DIR) + " && " + Quote(CLAIMCHECK_BINARY) + " " +
                    args + " 2>" + Quote(err_path);
  CliResult r;
  FILE* p = ::popen(cmd.c_str(), "r");
  if (!p) {
    ADD_FAILURE() << "popen failed: " << cmd;
    return r;
  }
  char buf[4096];
  size_t n;
  while ((n = std::fread(buf, 1, sizeof buf, p)) > 0) r.out.append(buf, n);
  int status = ::pclose(p);
  r.code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  r.err = ReadFile(err_path);
  return r;
}

std::vector<std::string> Lines(const std::string& s) {
  std::vector<std::string> out;
  std::istringstream in(s);
  std::string line;
  while (std::getline(in, line)) out.push_back(line);
  return out;
}

bool HasLine(const std::string& s, const std::string& line) {
  for (const std::string& l : Lines(s))
    if (l == line) return true;
  return false;
}

const char kDraft05[] = "fixtures/drafts/05-signing-place-moscu.md";

// The seed articles (fixtures/articles/*.md): more may be added over time.
size_t SeedArticleCount() {
  size_t n = 0;
  for (const auto& e : fs::directory_iterator(std::string(CLAIMCHECK_SOURCE_DIR) + "/fixtures/articles"))
    if (e.path().extension() == ".md" && e.path().filename() != "README.md") ++n;
  return n;
}

using testutil::Keys;

using testutil::InContractOrder;

TEST(Cli, LintSixMistakes) {
  CliResult r = Cli("lint --rules fixtures/rulebooks/six-mistakes.yaml");
  EXPECT_EQ(r.code, 2);
  const std::string p = "fixtures/rulebooks/six-mistakes.yaml";
  std::vector<std::string> want = {
      p + ":10:1: unknown key 'colour' in rulebook (expected one of: schema, event, ignore, "
          "entities, facts)",
      p + ":21:12: cues: invalid RE2 pattern \"firm(\\w*\": missing ): firm(\\w*",
      p + ":24:12: fact 'signing-place': undefined entity id 'moscu'",
      p + ":26:9: duplicate fact id 'signing-date'",
      p + ":28:12: fact 'signing-date': value must be a date YYYY, YYYY-MM or YYYY-MM-DD, not "
          "'2024-13-40'",
      p + ":31:11: unknown kind 'datum' (expected one of: " + FactKindNames() + ")",
  };
  std::string all = r.out + r.err;
  std::vector<std::string> located;
  static const std::regex kLocated("^fixtures/rulebooks/six-mistakes\\.yaml:[0-9]+:[0-9]+: .*");
  for (const std::string& l : Lines(all))
    if (std::regex_match(l, kLocated)) located.push_back(l);
  EXPECT_EQ(located.size(), 6u) << all;
  EXPECT_EQ(located, want);
  // Positional files are the same as --rules.
  CliResult pos = Cli("lint fixtures/rulebooks/six-mistakes.yaml");
  EXPECT_EQ(pos.code, 2);
  EXPECT_EQ(pos.out + pos.err, all);
}

TEST(Cli, LintGoodRulebooks) {
  CliResult r = Cli("lint");
  EXPECT_EQ(r.code, 0) << r.err;
  EXPECT_TRUE(std::regex_match(r.out, std::regex("[0-9]+ rulebooks?, [0-9]+ facts: no problems\n")))
      << r.out;
  EXPECT_EQ(r.err, "");
  CliResult rules = Cli("lint --rules rules");
  EXPECT_EQ(rules.code, 0);
  EXPECT_EQ(rules.out, r.out);
  CliResult minimal = Cli("lint --rules fixtures/rulebooks/minimal.yaml");
  EXPECT_EQ(minimal.code, 0) << minimal.err;
  EXPECT_EQ(minimal.out, "1 rulebook, 3 facts: no problems\n");
  // A bad rulebook among good ones still fails the run.
  CliResult both = Cli("lint --rules fixtures/rulebooks");
  EXPECT_EQ(both.code, 2);
}

// The fixture articles agree with the rulebook but not with each other: their
// disagreements are warnings, so they fail the run only from --fail-on warning.
TEST(Cli, DisagreementsCountFromFailOnWarning) {
  EXPECT_EQ(Cli("check fixtures/articles").code, 0);
  CliResult r = Cli("check --fail-on warning fixtures/articles");
  EXPECT_EQ(r.code, 1) << r.out << r.err;
  EXPECT_NE(r.out.find("warning: [russia-dprk-treaty-2024/talks-duration] sources disagree on talks-duration"),
            std::string::npos)
      << r.out;
}

TEST(Cli, CheckSeedArticles) {
  CliResult r = Cli("check fixtures/articles");
  EXPECT_EQ(r.code, 0) << r.out << r.err;
  std::vector<std::string> lines = Lines(r.out);
  ASSERT_FALSE(lines.empty());
  const std::string& summary = lines.back();
  const std::string n = std::to_string(SeedArticleCount());
  EXPECT_EQ(summary.rfind(n + " articles: 0 contradictions, ", 0), 0u) << summary;
  EXPECT_NE(summary.find("0 contradictions"), std::string::npos);
  EXPECT_TRUE(std::regex_match(summary,
                               std::regex(n + " articles: 0 contradictions, [0-9]+ confirmed, 0 unresolved, "
                                          "[0-9]+ disagreements?, 0 errors")))
      << summary;
  // Confirmations are not printed by default, and nothing is an error.
  for (const std::string& l : lines) {
    EXPECT_EQ(l.find(": error: "), std::string::npos) << l;
    EXPECT_EQ(l.find(": note: "), std::string::npos) << l;
  }
}

TEST(Cli, CheckDraftWithAContradiction) {
  CliResult r = Cli(std::string("check ") + kDraft05);
  EXPECT_EQ(r.code, 1) << r.err;
  std::vector<std::string> lines = Lines(r.out);
  ASSERT_GE(lines.size(), 4u) << r.out;
  EXPECT_EQ(lines[0],
            "fixtures/drafts/05-signing-place-moscu.md:13:39: error: "
            "[russia-dprk-treaty-2024/signing-place] found moscow, rulebook says pyongyang");
  EXPECT_EQ(lines[1].rfind("    En una histórica reunión realizada en Moscú, los líderes", 0), 0u);
  // The underline sits under "Moscú": 4 spaces of indent, 38 columns, 5 code points.
  EXPECT_EQ(lines[2], std::string(4 + 38, ' ') + "^~~~~");
  EXPECT_EQ(lines.back().rfind("1 article: 1 contradiction, ", 0), 0u) << lines.back();

  CliResult never = Cli(std::string("check --fail-on never ") + kDraft05);
  EXPECT_EQ(never.code, 0);
  EXPECT_EQ(never.out, r.out);  // same report, only the exit status differs
  CliResult warning = Cli(std::string("check --fail-on warning ") + kDraft05);
  EXPECT_EQ(warning.code, 1);
}

TEST(Cli, FailOnThresholds) {
  // Draft 21's contradiction is a warning: it fails the run only from --fail-on warning.
  const std::string draft = "fixtures/drafts/21-partnership-treaty-negated.md";
  CliResult r = Cli("check " + draft);
  EXPECT_EQ(r.code, 0);
  EXPECT_EQ(Lines(r.out)[0].rfind(draft + ":9:85: warning: [russia-dprk-treaty-2024/partnership-treaty] ", 0),
            0u)
      << r.out;
  EXPECT_EQ(Cli("check --fail-on warning " + draft).code, 1);
  EXPECT_EQ(Cli("check --fail-on info " + draft).code, 1);
  EXPECT_EQ(Cli("check --fail-on never " + draft).code, 0);
  EXPECT_EQ(Cli("check --fail-on nope " + draft).code, 2);
}

TEST(Cli, MissingPathIsAnErrorButOthersAreChecked) {
  CliResult r = Cli(std::string("check fixtures/articles ") + kDraft05 + " fixtures/no-such-article.md");
  EXPECT_EQ(r.code, 2);
  EXPECT_TRUE(HasLine(r.out, "fixtures/no-such-article.md: error: no such file or directory")) << r.out;
  EXPECT_TRUE(HasLine(r.out,
                      "fixtures/drafts/05-signing-place-moscu.md:13:39: error: "
                      "[russia-dprk-treaty-2024/signing-place] found moscow, rulebook says pyongyang"))
      << r.out;
  EXPECT_EQ(Lines(r.out).back().rfind(std::to_string(SeedArticleCount() + 1) + " articles: 1 contradiction, ", 0),
            0u)
      << r.out;
  EXPECT_NE(Lines(r.out).back().find(", 1 error"), std::string::npos) << r.out;
}

TEST(Cli, InvalidUtf8ArticleIsAnErrorButOthersAreChecked) {
  TempDir dir;
  std::string good = dir.Write("a-good.md", ReadFile(std::string(CLAIMCHECK_SOURCE_DIR) + "/" + kDraft05));
  std::string bad = dir.Write("b-bad.md",
                              "Putin y Kim firmaron el tratado en Pyongyang \xFF" " el 19 de junio de 2024.\n");
  CliResult r = Cli("check " + Quote(dir.path()));
  EXPECT_EQ(r.code, 2) << r.out;
  EXPECT_TRUE(HasLine(r.out, good + ":13:39: error: [russia-dprk-treaty-2024/signing-place] found "
                                    "moscow, rulebook says pyongyang"))
      << r.out;
  EXPECT_TRUE(HasLine(r.out, bad + ":1:46: error: invalid UTF-8 byte 0xFF (replaced by a space for analysis)"))
      << r.out;
  EXPECT_EQ(Lines(r.out).back().rfind("2 articles: 1 contradiction, ", 0), 0u) << r.out;

  // The same in JSON: the error is listed, the other article's finding too.
  CliResult j = Cli("check --format json " + Quote(dir.path()));
  EXPECT_EQ(j.code, 2);
  nlohmann::json doc = nlohmann::json::parse(j.out);
  ASSERT_EQ(doc["errors"].size(), 1u);
  EXPECT_EQ(doc["errors"][0]["path"], bad);
  EXPECT_EQ(doc["errors"][0]["line"], 1);
  EXPECT_EQ(doc["errors"][0]["column"], 46);
  EXPECT_EQ(doc["articles"].size(), 2u);
}

TEST(Cli, JsonFormat) {
  CliResult r = Cli(std::string("check --format json fixtures/articles ") + kDraft05);
  EXPECT_EQ(r.code, 1) << r.err;
  nlohmann::ordered_json doc;
  ASSERT_NO_THROW(doc = nlohmann::ordered_json::parse(r.out)) << r.out;
  EXPECT_TRUE(InContractOrder(Keys(doc), {"version", "articles", "findings", "disagreements", "errors"}))
      << r.out.substr(0, 200);
  EXPECT_EQ(doc["version"], 1);
  ASSERT_EQ(doc["articles"].size(), SeedArticleCount() + 1);
  // Sorted by path: the draft comes after every seed article.
  EXPECT_EQ(doc["articles"].back()["path"], kDraft05);
  bool seed_a = false;
  for (const auto& a : doc["articles"]) {
    EXPECT_TRUE(InContractOrder(Keys(a), {"path", "source", "published", "language", "events"})) << a.dump();
    if (a["path"] != "fixtures/articles/es-treaty-dateline.md") continue;
    seed_a = true;
    EXPECT_EQ(a["source"], "Seed A (redacción, español)");
    EXPECT_EQ(a["published"], "2024-06-19");  // from its dateline
    EXPECT_EQ(a["language"], "es");
    EXPECT_EQ(a["events"], nlohmann::ordered_json::array({"russia-dprk-treaty-2024"}));
  }
  EXPECT_TRUE(seed_a);
  EXPECT_TRUE(doc["disagreements"].is_array());
  EXPECT_TRUE(doc["errors"].is_array());
  EXPECT_EQ(doc["errors"].size(), 0u);

  // The one contradiction, with byte offsets into the original file.
  const std::string bytes = ReadFile(std::string(CLAIMCHECK_SOURCE_DIR) + "/" + kDraft05);
  size_t start = bytes.find("Moscú");
  int contradictions = 0;
  for (const auto& f : doc["findings"]) {
    EXPECT_TRUE(InContractOrder(Keys(f), {"rule", "event", "fact", "kind", "status", "severity", "path",
                                          "line", "column", "start", "end", "text", "found", "expected",
                                          "message", "sentence"}))
        << f.dump();
    if (f["status"] != "contradiction") continue;
    ++contradictions;
    EXPECT_EQ(f["rule"], "russia-dprk-treaty-2024/signing-place");
    EXPECT_EQ(f["event"], "russia-dprk-treaty-2024");
    EXPECT_EQ(f["fact"], "signing-place");
    EXPECT_EQ(f["kind"], "place");
    EXPECT_EQ(f["severity"], "error");
    EXPECT_EQ(f["path"], kDraft05);
    EXPECT_EQ(f["line"], 13);
    EXPECT_EQ(f["column"], 39);
    EXPECT_EQ(f["start"], start);
    EXPECT_EQ(f["end"], start + std::string("Moscú").size());
    EXPECT_EQ(f["text"], "Moscú");
    EXPECT_EQ(f["found"], "moscow");
    EXPECT_EQ(f["expected"], "pyongyang");
    EXPECT_EQ(f["message"], "found moscow, rulebook says pyongyang");
  }
  EXPECT_EQ(contradictions, 1);
}

TEST(Cli, UnknownFormatAndBadUsage) {
  CliResult r = Cli("check --format nope fixtures/articles");
  EXPECT_EQ(r.code, 2);
  EXPECT_EQ(r.out, "");
  EXPECT_NE(r.err.find("unknown format 'nope'"), std::string::npos) << r.err;
  EXPECT_EQ(Cli("").code, 2);                              // no subcommand
  EXPECT_EQ(Cli("check").code, 2);                         // no paths
  EXPECT_EQ(Cli("check --bogus fixtures/articles").code, 2);
  EXPECT_EQ(Cli("check --jobs 0 fixtures/articles").code, 2);
  EXPECT_EQ(Cli("frobnicate").code, 2);
  CliResult help = Cli("--help");
  EXPECT_EQ(help.code, 0);
  EXPECT_NE(help.out.find("check"), std::string::npos);
}

TEST(Cli, InvalidRulebookStopsCheck) {
  CliResult r = Cli("check --rules fixtures/rulebooks/six-mistakes.yaml fixtures/articles");
  EXPECT_EQ(r.code, 2);
  EXPECT_EQ(r.out, "");
  EXPECT_EQ(Lines(r.err).size(), 6u) << r.err;
}

TEST(Cli, OutputFile) {
  TempDir dir;
  std::string out = dir.path() + "/report.json";
  CliResult r = Cli(std::string("check --format json --output ") + Quote(out) + " " + kDraft05);
  EXPECT_EQ(r.code, 1);
  EXPECT_EQ(r.out, "");
  CliResult direct = Cli(std::string("check --format json ") + kDraft05);
  EXPECT_EQ(ReadFile(out), direct.out);
}

TEST(Cli, TestRunsTheExamples) {
  CliResult r = Cli("test");
  EXPECT_EQ(r.code, 0) << r.out;
  ASSERT_FALSE(Lines(r.out).empty());
  EXPECT_TRUE(std::regex_match(Lines(r.out).back(), std::regex("[1-9][0-9]* passed, 0 failed"))) << r.out;
  CliResult minimal = Cli("test --rules fixtures/rulebooks/minimal.yaml");
  EXPECT_EQ(minimal.code, 0) << minimal.out;
  EXPECT_EQ(minimal.out, "5 passed, 0 failed\n");
}

TEST(Cli, TestReportsAFailingExample) {
  TempDir dir;
  std::string book = ReadFile(std::string(CLAIMCHECK_SOURCE_DIR) + "/fixtures/rulebooks/minimal.yaml");
  // Flip one expectation: the Moscow example now claims to be confirmed.
  const std::string from = "in Moscow.\", expect: contradiction, found: moscow}";
  size_t at = book.find(from);
  ASSERT_NE(at, std::string::npos);
  book.replace(at, from.size(), "in Moscow.\", expect: confirmed}");
  std::string path = dir.Write("flipped.yaml", book);
  CliResult r = Cli("test --rules " + Quote(path));
  EXPECT_EQ(r.code, 1);
  std::vector<std::string> lines = Lines(r.out);
  ASSERT_EQ(lines.size(), 2u) << r.out;
  EXPECT_EQ(lines[0].rfind(path + ":33", 0), 0u) << lines[0];
  EXPECT_NE(lines[0].find("signing-place"), std::string::npos) << lines[0];
  EXPECT_EQ(lines[1], "4 passed, 1 failed");
}

TEST(Cli, ExplainListsMentionsAndClaims) {
  CliResult r = Cli("explain fixtures/articles/es-treaty-este-miercoles.md");
  EXPECT_EQ(r.code, 0) << r.err;
  std::vector<std::string> lines = Lines(r.out);
  ASSERT_FALSE(lines.empty());
  EXPECT_EQ(lines[0],
            "article fixtures/articles/es-treaty-este-miercoles.md: source 'Seed B (agencia, español)', "
            "language es, published 2024-06-19 (front matter)");
  for (const char* want : {
           "event russia-dprk-treaty-2024: applies (front matter event: russia-dprk-treaty-2024)",
           "  mention 7:9 'Kim Jong-un' -> person kim",
           "  mention 8:146 'Pyongyang' -> place pyongyang",
           "  date 8:76 'este miércoles' -> 2024-06-19 (weekday)",
           "  claim signing-date 8:76 'este miércoles': confirmed — cue 8:220 'firmado' -> date 8:76 "
           "'este miércoles'",
           "  claim signing-place 8:146 'Pyongyang': confirmed — cue 8:220 'firmado' -> place 8:146 "
           "'Pyongyang'",
       })
    EXPECT_TRUE(HasLine(r.out, want)) << "missing: " << want << "\n" << r.out;

  CliResult missing = Cli("explain fixtures/no-such-article.md");
  EXPECT_EQ(missing.code, 2);
  EXPECT_EQ(missing.err, "fixtures/no-such-article.md: cannot open file\n");
}

// `extract --jsonl` (DESIGN.md's contract): one output line per input line, in
// order, valid JSON, byte spans inside the text; a bad line is reported with
// file:line:column and answered with no mentions, and the others still run.
TEST(Cli, ExtractJsonl) {
  TempDir tmp;
  std::string in = tmp.Write(
      "in.jsonl",
      "{\"text\": \"Firmaron el 19 de junio de 2024, tras más de dos horas.\", \"lang\": "
      "\"es\", \"ref\": null}\n"
      "{\"text\": \"The talks lasted more than 4 days and cost 1.5 million.\", \"lang\": \"en\"}\n"
      "{\"text\": \"unterminated\n"
      "[1, 2]\r\n"
      "{\"text\": \"Kim llegó la semana pasada.\", \"lang\": \"es\", \"ref\": \"2024-06-19T10:00:00\"}\n"
      "{\"text\": \"El convoy recorrió 29km con 12 millones de toneladas y 40 personas.\", \"lang\": \"es\"}\n"
      "{\"text\": \"Se reunieron hace dos meses, el 19 de junio.\", \"lang\": \"es\", \"ref\": \"2024-08-25\"}\n");
  CliResult r = Cli("extract --jsonl " + Quote(in));
  EXPECT_EQ(r.code, 2);
  std::vector<std::string> out = Lines(r.out);
  ASSERT_EQ(out.size(), 7u) << r.out;
  std::vector<std::string> texts = {"Firmaron el 19 de junio de 2024, tras más de dos horas.",
                                    "The talks lasted more than 4 days and cost 1.5 million.",
                                    "",
                                    "",
                                    "Kim llegó la semana pasada.",
                                    "El convoy recorrió 29km con 12 millones de toneladas y 40 personas.",
                                    "Se reunieron hace dos meses, el 19 de junio."};
  std::vector<nlohmann::json> lines;
  for (size_t i = 0; i < out.size(); ++i) {
    nlohmann::json j = nlohmann::json::parse(out[i]);
    ASSERT_TRUE(j["mentions"].is_array()) << out[i];
    for (const nlohmann::json& m : j["mentions"]) {
      size_t b = m["start"], e = m["end"];
      ASSERT_LE(e, texts[i].size());
      EXPECT_EQ(m["text"], texts[i].substr(b, e - b));
    }
    lines.push_back(j);
  }
  EXPECT_EQ(lines[0]["mentions"][0]["type"], "date");
  EXPECT_EQ(lines[0]["mentions"][0]["value"], "2024-06-19");
  EXPECT_EQ(lines[0]["mentions"][1]["text"], "más de dos horas");
  EXPECT_EQ(lines[1]["mentions"][0]["text"], "more than 4 days");
  EXPECT_EQ(lines[1]["mentions"][0]["type"], "duration");
  EXPECT_EQ(lines[1]["mentions"][0]["value"], "P4D");
  EXPECT_EQ(lines[1]["mentions"][0]["mod"], "more");
  EXPECT_EQ(lines[1]["mentions"][1]["value"], "1500000");
  EXPECT_TRUE(lines[2]["mentions"].empty());
  EXPECT_TRUE(lines[3]["mentions"].empty());
  EXPECT_EQ(lines[4]["mentions"][0]["type"], "daterange");
  EXPECT_EQ(lines[4]["mentions"][0]["value"], "2024-06-10/2024-06-16");
  // A length or a mass is a dimension with its unit; a count stays a number.
  ASSERT_EQ(lines[5]["mentions"].size(), 3u) << out[5];
  EXPECT_EQ(lines[5]["mentions"][0]["type"], "dimension");
  EXPECT_EQ(lines[5]["mentions"][0]["text"], "29km");
  EXPECT_EQ(lines[5]["mentions"][0]["value"], "29");
  EXPECT_EQ(lines[5]["mentions"][0]["unit"], "km");
  EXPECT_EQ(lines[5]["mentions"][1]["type"], "dimension");
  EXPECT_EQ(lines[5]["mentions"][1]["value"], "12000000");
  EXPECT_EQ(lines[5]["mentions"][1]["unit"], "ton");
  EXPECT_EQ(lines[5]["mentions"][2]["type"], "number");
  EXPECT_EQ(lines[5]["mentions"][2]["value"], "40");
  EXPECT_FALSE(lines[5]["mentions"][2].contains("unit"));
  // A count back is read to the day, with the stretch its words allow; a day
  // without its year says that its year is a guess.
  ASSERT_EQ(lines[6]["mentions"].size(), 2u) << out[6];
  EXPECT_EQ(lines[6]["mentions"][0]["value"], "2024-06-25");
  EXPECT_EQ(lines[6]["mentions"][0]["loose"], "2024-06-10/2024-07-10");
  EXPECT_FALSE(lines[6]["mentions"][0].contains("year_implied"));
  EXPECT_EQ(lines[6]["mentions"][1]["value"], "2024-06-19");
  EXPECT_EQ(lines[6]["mentions"][1]["year_implied"], true);
  EXPECT_FALSE(lines[6]["mentions"][1].contains("loose"));
  EXPECT_NE(r.err.find("in.jsonl:3:"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("in.jsonl:4:1: each line must be an object"), std::string::npos) << r.err;
}

TEST(Cli, OutputIsDeterministic) {
  for (const char* format : {"text", "json"}) {
    std::string args = std::string("check --fail-on never --show-confirmed --format ") + format +
                       " fixtures/drafts fixtures/articles fixtures/inputs";
    CliResult a = Cli(args);
    CliResult b = Cli(args);
    CliResult c = Cli(args + " --jobs 2");
    CliResult d = Cli(args + " --jobs 8");
    EXPECT_EQ(a.code, 0) << format;
    EXPECT_GT(a.out.size(), 1000u) << format;
    EXPECT_EQ(a.out, b.out) << format;
    EXPECT_EQ(a.out, c.out) << format << ": --jobs 2 differs";
    EXPECT_EQ(a.out, d.out) << format << ": --jobs 8 differs";
  }
}

}  // namespace
}  // namespace claimcheck
