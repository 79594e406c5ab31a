// Rulebooks: the real one loads clean; every mistake is reported once, located,
// with the exact message; all problems come out of one run.
#include <gtest/gtest.h>
#include <unistd.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "claimcheck/rulebook.h"
#include "kinds/registry.h"
#include "text/regex.h"

#include "testutil.h"

namespace claimcheck {
namespace {

namespace fs = std::filesystem;

using testutil::Src;

using testutil::TempDir;

using Strings = std::vector<std::string>;

Strings ToStrings(const Diagnostics& d) {
  Strings out;
  for (const Diagnostic& x : d) out.push_back(x.ToString());
  return out;
}

// A valid rulebook; each bad case below changes one thing in it. Line numbers in
// the expectations refer to this text (after the change).
const char kBase[] =
    "schema: claimcheck/v1\n"                                                   // 1
    "event:\n"                                                                  // 2
    "  id: test-event\n"                                                        // 3
    "  title: Test event\n"                                                     // 4
    "  match: {all: [putin], any: [\"tratado|treaty\"]}\n"                      // 5
    "entities:\n"                                                               // 6
    "  putin: {kind: person, names: [\"Vladímir Putin\", \"Putin\"]}\n"         // 7
    "  kim: {kind: person, names: [\"Kim Jong Un\"]}\n"                         // 8
    "  north-korea: {kind: country, names: [\"Corea del Norte\"]}\n"            // 9
    "  pyongyang: {kind: place, names: [\"Pyongyang\"], in: north-korea}\n"     // 10
    "facts:\n"                                                                  // 11
    "  - id: signing-date\n"                                                    // 12
    "    kind: date\n"                                                          // 13
    "    value: 2024-06-19\n"                                                   // 14
    "    cues: [\"firm\\\\w*\", \"sign\\\\w*\"]\n"                              // 15
    "  - id: signing-place\n"                                                   // 16
    "    kind: place\n"                                                         // 17
    "    value: pyongyang\n"                                                    // 18
    "    cues: [\"firm\\\\w*\"]\n"                                              // 19
    "    severity: warning\n";                                                  // 20

struct BadCase {
  std::string name;
  std::string find;     // replaced once in kBase; empty: append `replace`
  std::string replace;
  std::string want;     // "line:col: message" (the path is prepended)
};

std::vector<BadCase> BadCases() {
  return {
      {"unknown_top_level_key", "facts:\n", "colour: red\nfacts:\n",
       "11:1: unknown key 'colour' in rulebook (expected one of: schema, event, ignore, entities, facts)"},
      {"unknown_fact_key", "    severity: warning\n", "    severity: warning\n    sevrity: error\n",
       "21:5: unknown key 'sevrity' in fact 'signing-place' (expected one of: id, kind, value, cues, "
       "exclude, severity, examples)"},
      {"unknown_kind", "    kind: date\n", "    kind: datum\n",
       "13:11: unknown kind 'datum' (expected one of: " + FactKindNames() + ")"},
      {"invalid_re2_in_cues", "[\"firm\\\\w*\", \"sign\\\\w*\"]", "[\"firm(\\\\w*\", \"sign\\\\w*\"]",
       "15:12: cues: invalid RE2 pattern \"firm(\\w*\": missing ): firm(\\w*"},
      {"invalid_re2_in_match_any", "[\"tratado|treaty\"]", "[\"tratado|treaty)\"]",
       "5:31: match.any: invalid RE2 pattern \"tratado|treaty)\": unexpected ): "
       "tratado|treaty)"},
      {"undefined_entity_in_value", "    value: pyongyang\n", "    value: pyongyan\n",
       "18:12: fact 'signing-place': undefined entity id 'pyongyan'"},
      {"entity_of_the_wrong_kind", "    value: pyongyang\n", "    value: kim\n",
       "18:12: fact 'signing-place': entity 'kim' is a person, expected a place or country"},
      {"duplicate_fact_id", "  - id: signing-place\n", "  - id: signing-date\n",
       "16:9: duplicate fact id 'signing-date'"},
      {"duplicate_entity_id", "  kim: {kind: person, names: [\"Kim Jong Un\"]}\n",
       "  kim: {kind: person, names: [\"Kim Jong Un\"]}\n  putin: {kind: person, names: [\"Putin\"]}\n",
       "9:3: duplicate entity id 'putin'"},
      {"impossible_date", "2024-06-19", "2024-13-40",
       "14:12: fact 'signing-date': value must be a date YYYY, YYYY-MM or YYYY-MM-DD, not '2024-13-40'"},
      {"date_with_time", "2024-06-19", "2024-06-19T10:00:00",
       "14:12: fact 'signing-date': value must be a date YYYY, YYYY-MM or YYYY-MM-DD, not "
       "'2024-06-19T10:00:00'"},
      {"wrong_schema", "claimcheck/v1", "claimcheck/v2",
       "1:9: unsupported schema 'claimcheck/v2' (expected claimcheck/v1)"},
      {"missing_schema", "schema: claimcheck/v1\n", "", "1:1: rulebook needs 'schema'"},
      {"missing_event_id", "  id: test-event\n", "", "3:3: event needs 'id'"},
      {"role_fact_without_role", "", "  - id: defence-minister\n    kind: role\n    value: putin\n",
       "21:5: fact 'defence-minister' (role) needs 'role': the role phrases"},
      {"quote_phrases_not_a_list", "",
       "  - id: putin-quote\n    kind: quote\n    speaker: putin\n    value: unknown\n    phrases: este tratado\n",
       "25:14: fact 'putin-quote': phrases must be a list of rows, each a list of renderings of one phrase"},
      {"quote_phrase_with_an_elision", "",
       "  - id: putin-quote\n    kind: quote\n    speaker: putin\n    value: unknown\n"
       "    phrases:\n      - [\"este tratado\", \"this … treaty\"]\n",
       "26:26: fact 'putin-quote': a rendering in phrases must be words, without elisions"},
      {"set_value_not_a_list", "",
       "  - id: signatories\n    kind: set\n    value: putin\n    cues: [\"firm\\\\w*\"]\n",
       "23:12: fact 'signatories': value must be a list of entity ids"},
      {"in_names_an_undefined_entity", "in: north-korea", "in: north-korae",
       "10:54: undefined entity id 'north-korae' in 'in'"},
      {"match_all_names_an_undefined_entity", "all: [putin]", "all: [putn]",
       "5:17: undefined entity id 'putn' in 'match.all'"},
      {"unknown_entity_kind", "kind: country", "kind: nation",
       "9:23: unknown entity kind 'nation' (expected one of: person, place, country, organization)"},
      {"entity_without_names", "names: [\"Kim Jong Un\"]", "names: []",
       "8:30: entity 'kim' needs 'names': a non-empty list"},
      {"bad_severity", "severity: warning", "severity: fatal",
       "20:15: severity must be error, warning or info, not 'fatal'"},
      {"duplicate_key", "    severity: warning\n", "    severity: warning\n    cues: [\"x\"]\n",
       "21:5: duplicate key 'cues' in fact 'signing-place'"},
      {"facts_not_a_list", "facts:\n", "facts: {}\nold-facts:\n",
       "11:8: 'facts' must be a list"},
      {"invalid_yaml_syntax", "names: [\"Vladímir Putin\", \"Putin\"]}", "names: [\"Vladímir Putin\", \"Putin\"]",
       "8:3: invalid YAML: end of map flow not found"},
  };
}

TEST(Rulebook, BaseOfTheBadCasesIsValid) {
  TempDir dir;
  std::string path = dir.Write("base.yaml", kBase);
  Rulebook book;
  Diagnostics problems;
  EXPECT_TRUE(Rulebook::Load(path, &book, &problems));
  EXPECT_EQ(ToStrings(problems), Strings{});
  EXPECT_EQ(book.facts().size(), 2u);
}

TEST(Rulebook, EachMistakeIsOneLocatedDiagnostic) {
  TempDir dir;
  for (const BadCase& c : BadCases()) {
    SCOPED_TRACE(c.name);
    std::string text = kBase;
    if (c.find.empty()) {
      text += c.replace;
    } else {
      size_t at = text.find(c.find);
      ASSERT_NE(at, std::string::npos) << "bad table row: '" << c.find << "' not in the base";
      ASSERT_EQ(text.find(c.find, at + 1), std::string::npos) << "bad table row: '" << c.find
                                                              << "' occurs twice";
      text.replace(at, c.find.size(), c.replace);
    }
    std::string path = dir.Write(c.name + ".yaml", text);
    Rulebook book;
    Diagnostics problems;
    EXPECT_FALSE(Rulebook::Load(path, &book, &problems));
    // The only exception to "one mistake, one diagnostic" is facts_not_a_list, whose
    // second key is there to keep the file a mapping: strip it from the count.
    Strings got = ToStrings(problems);
    if (c.name == "facts_not_a_list")
      got.erase(std::remove_if(got.begin(), got.end(),
                               [](const std::string& s) {
                                 return s.find("unknown key 'old-facts'") != std::string::npos;
                               }),
                got.end());
    EXPECT_EQ(got, Strings{path + ":" + c.want});
    EXPECT_EQ(book.path(), path);
  }
}

// An invalid pattern is one mistake: the fact still *has* cues, it must not also
// be reported as having none.
TEST(Rulebook, InvalidOnlyCueIsNotAlsoMissingCues) {
  TempDir dir;
  {
    std::string text = kBase;
    const std::string from = "[\"firm\\\\w*\", \"sign\\\\w*\"]";
    text.replace(text.find(from), from.size(), "[\"firm(\\\\w*\"]");
    std::string path = dir.Write("only-cue.yaml", text);
    Rulebook book;
    Diagnostics problems;
    EXPECT_FALSE(Rulebook::Load(path, &book, &problems));
    EXPECT_EQ(ToStrings(problems),
              Strings{path + ":15:12: cues: invalid RE2 pattern \"firm(\\w*\": missing ): "
                             "firm(\\w*"});
  }
  {
    std::string text = kBase;
    const std::string from = "    cues: [\"firm\\\\w*\"]\n";
    text.replace(text.find(from), from.size(), "    cues: [[\"firm\"]]\n");
    std::string path = dir.Write("cue-list.yaml", text);
    Rulebook book;
    Diagnostics problems;
    EXPECT_FALSE(Rulebook::Load(path, &book, &problems));
    EXPECT_EQ(ToStrings(problems), Strings{path + ":19:12: cues: each pattern must be a string"});
  }
}

TEST(Rulebook, NotAMapping) {
  TempDir dir;
  struct {
    const char* name;
    const char* text;
    const char* want;
  } cases[] = {
      {"list.yaml", "- a\n- b\n", "1:1: a rulebook must be a YAML mapping (schema, event, entities, facts)"},
      {"empty.yaml", "", "1:1: a rulebook must be a YAML mapping (schema, event, entities, facts)"},
  };
  for (const auto& c : cases) {
    std::string path = dir.Write(c.name, c.text);
    Rulebook book;
    Diagnostics problems;
    EXPECT_FALSE(Rulebook::Load(path, &book, &problems));
    EXPECT_EQ(ToStrings(problems), Strings{path + ":" + c.want}) << c.name;
  }
  // Only a schema: the two missing sections, both reported.
  std::string path = dir.Write("schema-only.yaml", "schema: claimcheck/v1\n");
  Rulebook book;
  Diagnostics problems;
  EXPECT_FALSE(Rulebook::Load(path, &book, &problems));
  EXPECT_EQ(ToStrings(problems),
            (Strings{path + ":1:1: rulebook needs 'event'", path + ":1:1: rulebook needs 'facts'"}));
}

// The acceptance criterion: six different mistakes, six located diagnostics, one run.
TEST(Rulebook, SixMistakesSixDiagnostics) {
  const std::string path = "fixtures/rulebooks/six-mistakes.yaml";
  ASSERT_TRUE(fs::exists(Src(path)));
  fs::path cwd = fs::current_path();
  fs::current_path(CLAIMCHECK_SOURCE_DIR);
  Rulebook book;
  Diagnostics problems;
  bool ok = Rulebook::Load(path, &book, &problems);
  fs::current_path(cwd);
  EXPECT_FALSE(ok);
  EXPECT_EQ(ToStrings(problems),
            (Strings{
                path + ":10:1: unknown key 'colour' in rulebook (expected one of: schema, event, "
                       "ignore, entities, facts)",
                path + ":21:12: cues: invalid RE2 pattern \"firm(\\w*\": missing ): firm(\\w*",
                path + ":24:12: fact 'signing-place': undefined entity id 'moscu'",
                path + ":26:9: duplicate fact id 'signing-date'",
                path + ":28:12: fact 'signing-date': value must be a date YYYY, YYYY-MM or "
                       "YYYY-MM-DD, not '2024-13-40'",
                path + ":31:11: unknown kind 'datum' (expected one of: " + FactKindNames() + ")",
            }));
}

TEST(Rulebook, MinimalIsValid) {
  Rulebook book;
  Diagnostics problems;
  ASSERT_TRUE(Rulebook::Load(Src("fixtures/rulebooks/minimal.yaml"), &book, &problems));
  EXPECT_EQ(ToStrings(problems), Strings{});
  EXPECT_EQ(book.event().id, "minimal-treaty");
  EXPECT_EQ(book.event().title, "A minimal treaty rulebook");
  EXPECT_TRUE(book.event().has_match);
  EXPECT_EQ(book.event().match_all, (Strings{"putin", "kim"}));
  ASSERT_EQ(book.event().match_any.size(), 1u);
  EXPECT_EQ(book.event().match_any[0].source, "tratado|treaty");
  EXPECT_EQ(book.ignore(), Strings{"^Lea:"});
  EXPECT_EQ(book.entities().size(), 6u);
  const Entity* putin = book.FindEntity("putin");
  ASSERT_NE(putin, nullptr);
  EXPECT_EQ(putin->kind, "person");
  EXPECT_EQ(putin->names, (Strings{"Vladímir Putin", "Vladimir Putin", "Putin"}));
  EXPECT_EQ(putin->loc.line, 12);
  EXPECT_EQ(putin->loc.column, 3);
  EXPECT_EQ(book.FindEntity("nobody"), nullptr);
  EXPECT_EQ(book.FindEntity("pyongyang")->in, "north-korea");
  EXPECT_TRUE(book.Within("pyongyang", "north-korea"));
  EXPECT_TRUE(book.Within("pyongyang", "pyongyang"));
  EXPECT_FALSE(book.Within("north-korea", "pyongyang"));
  EXPECT_FALSE(book.Within("moscow", "north-korea"));

  ASSERT_EQ(book.facts().size(), 3u);
  const Fact& date = book.facts()[0];
  EXPECT_EQ(date.id, "signing-date");
  EXPECT_EQ(date.kind, "date");
  EXPECT_EQ(date.severity, Severity::kError);
  EXPECT_FALSE(date.slot);
  ASSERT_NE(date.value, nullptr);
  EXPECT_EQ(date.value->ToString(), "2024-06-19");
  EXPECT_EQ(date.loc.line, 19);
  ASSERT_EQ(date.cues.size(), 2u);
  EXPECT_EQ(date.cues[1].source, "sign(s|ed|ing)?");
  EXPECT_EQ(date.cues[1].loc.line, 22);
  ASSERT_EQ(date.examples.size(), 2u);
  EXPECT_EQ(date.examples[1].expect, "contradiction");
  EXPECT_EQ(date.examples[1].published, "2024-06-19");
  EXPECT_EQ(date.examples[1].found, "2024-06-18");
  const Fact& place = book.facts()[1];
  EXPECT_EQ(place.kind, "place");
  EXPECT_EQ(place.severity, Severity::kWarning);
  EXPECT_EQ(place.value->ToString(), "pyongyang");
  const Fact& set = book.facts()[2];
  EXPECT_EQ(set.kind, "set");
  EXPECT_EQ(set.value->ToString(), "putin, kim");
}

TEST(Rulebook, CuesAreFoldedAndWordBounded) {
  TempDir dir;
  std::string text = kBase;
  const std::string from = "    cues: [\"firm\\\\w*\"]\n";
  text.replace(text.find(from), from.size(), "    cues: [\"reunión\", \"sign(s|ed)?\", \"Cumbre\"]\n");
  std::string path = dir.Write("cues.yaml", text);
  Rulebook book;
  Diagnostics problems;
  ASSERT_TRUE(Rulebook::Load(path, &book, &problems)) << ToStrings(problems)[0];
  const std::vector<Pattern>& cues = book.facts()[1].cues;
  ASSERT_EQ(cues.size(), 3u);
  EXPECT_EQ(cues[0].source, "reunión");  // as written, for messages
  EXPECT_TRUE(cues[0].re->Contains("en una reunion en pyongyang"));
  EXPECT_FALSE(cues[0].re->Contains("reuniones"));
  EXPECT_TRUE(cues[1].re->Contains("they signed it"));
  EXPECT_FALSE(cues[1].re->Contains("a significant treaty"));
  EXPECT_TRUE(cues[2].re->Contains("la cumbre de pyongyang"));
  EXPECT_EQ(cues[0].loc.line, 19);
  EXPECT_EQ(cues[0].loc.column, 12);
}

// Columns are code points (status.h), in rulebooks too: a problem after a
// non-ASCII character on the same line must not be shifted by its extra bytes.
TEST(Rulebook, ColumnsCountCodePoints) {
  TempDir dir;
  std::string text = kBase;
  const std::string from = "    cues: [\"firm\\\\w*\"]\n";
  text.replace(text.find(from), from.size(), "    cues: [\"reunión\", \"firm(\"]\n");
  std::string path = dir.Write("columns.yaml", text);
  Rulebook book;
  Diagnostics problems;
  EXPECT_FALSE(Rulebook::Load(path, &book, &problems));
  EXPECT_EQ(ToStrings(problems),
            Strings{path + ":19:23: cues: invalid RE2 pattern \"firm(\": missing ): firm("});
}

TEST(Rulebook, SlotFacts) {
  TempDir dir;
  std::string text = kBase;
  text.replace(text.find("    value: 2024-06-19\n"), 22, "    value: unknown\n");
  text += "  - id: place-slot\n    kind: place\n    cues: [\"cumbre\"]\n";
  std::string path = dir.Write("slots.yaml", text);
  Rulebook book;
  Diagnostics problems;
  ASSERT_TRUE(Rulebook::Load(path, &book, &problems)) << ToStrings(problems)[0];
  ASSERT_EQ(book.facts().size(), 3u);
  EXPECT_TRUE(book.facts()[0].slot);
  EXPECT_EQ(book.facts()[0].value, nullptr);
  EXPECT_FALSE(book.facts()[1].slot);
  EXPECT_TRUE(book.facts()[2].slot);
}

TEST(Rulebook, RealRulebookLoadsClean) {
  std::vector<Rulebook> books;
  Diagnostics problems;
  EXPECT_TRUE(LoadRulebooks({Src("rules/russia-dprk-treaty-2024.yaml")}, &books, &problems));
  EXPECT_EQ(ToStrings(problems), Strings{});
  ASSERT_EQ(books.size(), 1u);
  const Rulebook& b = books[0];
  EXPECT_EQ(b.event().id, "russia-dprk-treaty-2024");
  EXPECT_TRUE(b.event().has_match);
  EXPECT_TRUE(b.Within("kumsusan", "north-korea"));
  bool date = false, place = false;
  for (const Fact& f : b.facts()) {
    if (f.id == "signing-date") {
      date = true;
      EXPECT_EQ(f.kind, "date");
      EXPECT_EQ(f.value->ToString(), "2024-06-19");
    }
    if (f.id == "signing-place") {
      place = true;
      EXPECT_EQ(f.kind, "place");
      EXPECT_EQ(f.value->ToString(), "pyongyang");
    }
  }
  EXPECT_TRUE(date);
  EXPECT_TRUE(place);
  // The rules directory as a whole loads too.
  std::vector<Rulebook> all;
  Diagnostics all_problems;
  EXPECT_TRUE(LoadRulebooks({Src("rules")}, &all, &all_problems));
  EXPECT_EQ(ToStrings(all_problems), Strings{});
}

TEST(LoadRulebooks, PathsAndDirectories) {
  TempDir dir;
  {
    std::vector<Rulebook> books;
    Diagnostics problems;
    std::string missing = dir.path() + "/nope.yaml";
    EXPECT_FALSE(LoadRulebooks({missing}, &books, &problems));
    EXPECT_EQ(ToStrings(problems), Strings{missing + ": no such file or directory"});
  }
  {
    fs::create_directories(dir.path() + "/empty");
    dir.Write("empty/notes.txt", "no rulebooks here");
    std::vector<Rulebook> books;
    Diagnostics problems;
    EXPECT_FALSE(LoadRulebooks({dir.path() + "/empty"}, &books, &problems));
    EXPECT_EQ(ToStrings(problems),
              Strings{dir.path() + "/empty: no rulebooks (.yaml, .yml) in this directory"});
  }
  {
    // A directory is searched recursively, .yaml and .yml, sorted by path; two
    // rulebooks may not define the same event.
    std::string text = kBase;
    std::string other = kBase;
    other.replace(other.find("test-event"), 10, "other-event");
    std::string b = dir.Write("books/b.yml", text);
    dir.Write("books/sub/a.yaml", other);
    std::string c = dir.Write("books/c.yaml", text);
    dir.Write("books/readme.md", "not a rulebook");
    std::vector<Rulebook> books;
    Diagnostics problems;
    EXPECT_FALSE(LoadRulebooks({dir.path() + "/books"}, &books, &problems));
    EXPECT_EQ(ToStrings(problems),
              Strings{c + ": event id 'test-event' is defined by another rulebook too"});
    ASSERT_EQ(books.size(), 3u);
    EXPECT_EQ(books[0].path(), b);
    EXPECT_EQ(books[1].path(), c);
    EXPECT_EQ(books[2].event().id, "other-event");
  }
  {
    // A file that cannot be parsed does not stop the others from being checked.
    std::vector<Rulebook> books;
    Diagnostics problems;
    std::string bad = dir.Write("mixed/bad.yaml", "schema: claimcheck/v2\n");
    EXPECT_FALSE(LoadRulebooks({bad, Src("fixtures/rulebooks/minimal.yaml")}, &books, &problems));
    EXPECT_EQ(ToStrings(problems),
              (Strings{bad + ":1:9: unsupported schema 'claimcheck/v2' (expected claimcheck/v1)",
                       bad + ":1:1: rulebook needs 'event'", bad + ":1:1: rulebook needs 'facts'"}));
    ASSERT_EQ(books.size(), 2u);
    EXPECT_EQ(books[1].event().id, "minimal-treaty");
  }
}

TEST(Severity, NamesAndParsing) {
  EXPECT_STREQ(SeverityName(Severity::kError), "error");
  EXPECT_STREQ(SeverityName(Severity::kWarning), "warning");
  EXPECT_STREQ(SeverityName(Severity::kInfo), "info");
  Severity s = Severity::kInfo;
  EXPECT_TRUE(ParseSeverity("warning", &s));
  EXPECT_EQ(s, Severity::kWarning);
  EXPECT_FALSE(ParseSeverity("Error", &s));
  EXPECT_FALSE(ParseSeverity("fatal", &s));
  EXPECT_EQ(s, Severity::kWarning);
}

TEST(Status, ToStringForms) {
  EXPECT_EQ(Status().ToString(), "OK");
  EXPECT_EQ(Status::InvalidRule({"r.yaml", 3, 7}, "bad").ToString(), "r.yaml:3:7: bad");
  EXPECT_EQ(Status::IOError({"r.yaml"}, "cannot open").ToString(), "r.yaml: cannot open");
  EXPECT_EQ(Status::Usage("no paths").ToString(), "no paths");
  EXPECT_EQ((SourceLoc{"a.md", 4, 0}).ToString(), "a.md:4");
  EXPECT_EQ((Diagnostic{{"a.md", 4, 2}, "x"}).ToString(), "a.md:4:2: x");
}

}  // namespace
}  // namespace claimcheck
