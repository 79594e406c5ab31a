// The scorer's matching rules (tools/score/score.h), on inputs written for this
// test only: nothing here comes from the peer files.
#include <gtest/gtest.h>

#include <map>
#include <nlohmann/json.hpp>
#include <sstream>

#include "../tools/score/score.h"

namespace sc = claimcheck::score;
using nlohmann::json;

namespace {

sc::Produced P(const std::string& type, const std::string& value, size_t start = 0, size_t end = 1) {
  return {start, end, type, value};
}

json Range(const char* start, const char* end) {
  json e = {{"type", "daterange"}, {"value", nullptr}};
  e["range_start"] = start ? json(start) : json(nullptr);
  e["range_end"] = end ? json(end) : json(nullptr);
  return e;
}

TEST(ScoreTest, WholeYearAndMonthMatchExclusiveRange) {
  json year = Range("1833-01-01", "1834-01-01");
  EXPECT_TRUE(sc::ValueMatches(year, P("date", "1833"), "en"));
  EXPECT_TRUE(sc::ValueMatches(year, P("daterange", "1833/1833"), "en"));
  EXPECT_TRUE(sc::ValueMatches(year, P("daterange", "1833-01-01/1833-12-31"), "en"));
  EXPECT_FALSE(sc::ValueMatches(year, P("date", "1834"), "en"));
  EXPECT_FALSE(sc::ValueMatches(year, P("date", "1833-01-01"), "en"));  // a day, not the year
  EXPECT_FALSE(sc::ValueMatches(year, P("date", "1833-01"), "en"));
  EXPECT_FALSE(sc::ValueMatches(year, P("number", "1833"), "en"));      // not a date type

  json month = Range("1836-02-01", "1836-03-01");  // a leap February
  EXPECT_TRUE(sc::ValueMatches(month, P("date", "1836-02"), "es"));
  json month_inclusive = Range("1836-02-01", "1836-02-29");
  EXPECT_TRUE(sc::ValueMatches(month_inclusive, P("date", "1836-02"), "es"));
  EXPECT_FALSE(sc::ValueMatches(Range("1836-02-01", "1836-02-28"), P("date", "1836-02"), "es"));
}

TEST(ScoreTest, InclusiveOrExclusiveEnd) {
  sc::Produced days = P("daterange", "1831-05-03/1831-05-09");
  EXPECT_TRUE(sc::ValueMatches(Range("1831-05-03", "1831-05-09"), days, "en"));  // inclusive
  EXPECT_TRUE(sc::ValueMatches(Range("1831-05-03", "1831-05-10"), days, "en"));  // exclusive
  EXPECT_FALSE(sc::ValueMatches(Range("1831-05-03", "1831-05-11"), days, "en"));
  EXPECT_FALSE(sc::ValueMatches(Range("1831-05-04", "1831-05-09"), days, "en"));

  // Month precision: END + 1 month, or its last day.
  sc::Produced months = P("daterange", "1831-05/1831-07");
  EXPECT_TRUE(sc::ValueMatches(Range("1831-05-01", "1831-08-01"), months, "en"));
  EXPECT_TRUE(sc::ValueMatches(Range("1831-05-01", "1831-07-31"), months, "en"));
  // The peer's convention for ranges of whole periods: END on the first day of
  // the last period named.
  EXPECT_TRUE(sc::ValueMatches(Range("1831-05-01", "1831-07-01"), months, "en"));
  EXPECT_FALSE(sc::ValueMatches(Range("1831-05-01", "1831-06-30"), months, "en"));
  EXPECT_FALSE(sc::ValueMatches(Range("1831-05-03", "1831-05-09"), P("daterange", "1831-05-03/1831-05-07"), "en"));
  // Across a year end.
  EXPECT_TRUE(sc::ValueMatches(Range("1835-11-20", "1836-01-01"), P("daterange", "1835-11-20/1835-12"), "en"));

  // Open sides match open sides only.
  json before = Range(nullptr, "1835-01-01");
  EXPECT_TRUE(sc::ValueMatches(before, P("daterange", "/1834"), "en"));
  EXPECT_FALSE(sc::ValueMatches(before, P("daterange", "1831/1834"), "en"));
  json after = Range("1835-01-01", nullptr);
  EXPECT_TRUE(sc::ValueMatches(after, P("daterange", "1835/"), "en"));

  // Any of several readings counts.
  json alternatives = Range("1831-05-03", "1831-05-09");
  alternatives["values"] = json::array({{{"start", "1831-05-03"}, {"end", "1831-05-09"}},
                                        {{"start", "1832-05-03"}, {"end", "1832-05-09"}}});
  EXPECT_TRUE(sc::ValueMatches(alternatives, P("daterange", "1832-05-03/1832-05-09"), "en"));
}

// "After" a day: the peer writes the day bounded as the start, claimcheck the
// first day inside; both count, as for the END of a range. Only under "after".
TEST(ScoreTest, ExclusiveStartAfterADay) {
  json after = Range("1835-03-01", nullptr);
  after["values"] = json::array({{{"Mod", "after"}, {"start", "1835-03-01"}}});
  EXPECT_TRUE(sc::ValueMatches(after, P("daterange", "1835-03-02/"), "en"));
  EXPECT_TRUE(sc::ValueMatches(after, P("daterange", "1835-03-01/"), "en"));
  EXPECT_FALSE(sc::ValueMatches(after, P("daterange", "1835-03-03/"), "en"));
  EXPECT_FALSE(sc::ValueMatches(after, P("daterange", "1835-02-28/"), "en"));
  json since = Range("1835-03-01", nullptr);
  since["values"] = json::array({{{"Mod", "since"}, {"start", "1835-03-01"}}});
  EXPECT_FALSE(sc::ValueMatches(since, P("daterange", "1835-03-02/"), "en"));
}

TEST(ScoreTest, DatePoints) {
  json e = {{"type", "date"}, {"value", "1833-06-14"},
            {"values", json::array({{{"value", "1833-06-14"}}, {{"value", "1834-06-14"}}})}};
  EXPECT_TRUE(sc::ValueMatches(e, P("date", "1833-06-14"), "en"));
  EXPECT_TRUE(sc::ValueMatches(e, P("date", "1834-06-14"), "en"));
  EXPECT_FALSE(sc::ValueMatches(e, P("date", "1833-06"), "en"));
  EXPECT_FALSE(sc::ValueMatches(e, P("daterange", "1833-06-14/1833-06-14"), "en"));
  EXPECT_FALSE(sc::ValueMatches(e, P("date", ""), "en"));  // unresolved
  json unresolved = {{"type", "date"}, {"value", "not resolved"}};
  EXPECT_FALSE(sc::HasReading(unresolved, "en"));
  EXPECT_TRUE(sc::HasReading(e, "en"));
}

TEST(ScoreTest, DecimalCommaNormalisation) {
  double v = 0;
  ASSERT_TRUE(sc::ParseNumber("6,35", true, &v));
  EXPECT_DOUBLE_EQ(v, 6.35);
  ASSERT_TRUE(sc::ParseNumber("3,250", false, &v));  // en: thousands separator
  EXPECT_DOUBLE_EQ(v, 3250);
  ASSERT_TRUE(sc::ParseNumber("2.500,5", true, &v));
  EXPECT_DOUBLE_EQ(v, 2500.5);
  EXPECT_FALSE(sc::ParseNumber("abc", true, &v));

  json es = {{"type", "number"}, {"value", "6,35"}};
  EXPECT_TRUE(sc::ValueMatches(es, P("number", "6.35"), "es"));
  EXPECT_FALSE(sc::ValueMatches(es, P("number", "635"), "es"));
  json en = {{"type", "number"}, {"value", "3,250"}};
  EXPECT_TRUE(sc::ValueMatches(en, P("number", "3250"), "en"));

  json pct = {{"type", "percentage"}, {"value", "7,75%"}};
  EXPECT_TRUE(sc::ValueMatches(pct, P("percentage", "7.75"), "es"));
  EXPECT_FALSE(sc::ValueMatches(pct, P("number", "7.75"), "es"));
  EXPECT_FALSE(sc::HasReading({{"type", "percentage"}, {"value", "null"}}, "en"));

  // Repeating fractions: 10 significant digits are enough.
  json fraction = {{"type", "number"}, {"value", "0,153846153846154"}};
  EXPECT_TRUE(sc::ValueMatches(fraction, P("number", "0.1538461538"), "es"));
  // A plain integer must be exact: a rounded print of a long one is wrong.
  json big = {{"type", "number"}, {"value", "98765432101234"}};
  EXPECT_FALSE(sc::ValueMatches(big, P("number", "9.87654321e+13"), "en"));
  EXPECT_TRUE(sc::ValueMatches(big, P("number", "98765432101234"), "en"));

  json ordinal = {{"type", "ordinal"}, {"value", "41"}};
  EXPECT_TRUE(sc::ValueMatches(ordinal, P("ordinal", "41"), "en"));
  json relative = {{"type", "ordinal.relative"}, {"value", "end-53"}};
  EXPECT_FALSE(sc::ValueMatches(relative, P("ordinal", "53"), "en"));
}

TEST(ScoreTest, NumberRanges) {
  auto nr = [](const char* v) { return json{{"type", "numberrange"}, {"value", v}}; };
  EXPECT_TRUE(sc::ValueMatches(nr("(,7]"), P("numberrange", "/7"), "es"));
  EXPECT_TRUE(sc::ValueMatches(nr("[29,37)"), P("numberrange", "29/37"), "es"));
  EXPECT_TRUE(sc::ValueMatches(nr("(12,)"), P("numberrange", "12/"), "en"));
  EXPECT_TRUE(sc::ValueMatches(nr("(2.5,4.5)"), P("numberrange", "2.5/4.5"), "es"));
  EXPECT_FALSE(sc::ValueMatches(nr("(12,)"), P("numberrange", "/12"), "en"));
  EXPECT_FALSE(sc::ValueMatches(nr("[29,37)"), P("numberrange", "29/41"), "en"));
  EXPECT_FALSE(sc::ValueMatches(nr("[29,37)"), P("number", "29"), "en"));
}

TEST(ScoreTest, DurationConversion) {
  double s = 0;
  ASSERT_TRUE(sc::DurationSeconds("PT37M", &s));
  EXPECT_DOUBLE_EQ(s, 2220);
  ASSERT_TRUE(sc::DurationSeconds("PT2H15M", &s));
  EXPECT_DOUBLE_EQ(s, 8100);
  ASSERT_TRUE(sc::DurationSeconds("P5W", &s));
  EXPECT_DOUBLE_EQ(s, 5 * 7 * 86400.0);
  ASSERT_TRUE(sc::DurationSeconds("P6M", &s));  // months of 30 days
  EXPECT_DOUBLE_EQ(s, 6 * 30 * 86400.0);
  ASSERT_TRUE(sc::DurationSeconds("P7Y", &s));  // years of 365 days
  EXPECT_DOUBLE_EQ(s, 7 * 365 * 86400.0);
  ASSERT_TRUE(sc::DurationSeconds("PT0.2H", &s));
  EXPECT_DOUBLE_EQ(s, 720);
  EXPECT_FALSE(sc::DurationSeconds("P", &s));
  EXPECT_FALSE(sc::DurationSeconds("PT3D", &s));
  EXPECT_FALSE(sc::DurationSeconds("37 minutes", &s));

  json e = {{"type", "duration"}, {"value", "8100"}};
  EXPECT_TRUE(sc::ValueMatches(e, P("duration", "PT135M"), "en"));
  EXPECT_TRUE(sc::ValueMatches(e, P("duration", "PT2H15M"), "en"));
  EXPECT_FALSE(sc::ValueMatches(e, P("duration", "PT4H"), "en"));
  EXPECT_FALSE(sc::ValueMatches(e, P("number", "8100"), "en"));
  // Years of 365 days written as months: two and a half years as P30M.
  json years = {{"type", "duration"}, {"value", std::to_string(static_cast<long>(2.5 * 365 * 86400))}};
  EXPECT_TRUE(sc::ValueMatches(years, P("duration", "P30M"), "en"));
  EXPECT_FALSE(sc::ValueMatches(years, P("duration", "P29M"), "en"));
  // The ISO string may also equal an expected timex.
  json by_timex = {{"type", "duration"}, {"value", "not resolved"}, {"timex", "P5W"}};
  EXPECT_TRUE(sc::ValueMatches(by_timex, P("duration", "P5W"), "en"));
}

// A tiny JSONL of our own, scored with a fixed stand-in for the extractor.
TEST(ScoreTest, CountsSpansValuesAndFalseMentions) {
  const std::string jsonl =
      R"({"text":"Nothing to see here.","lang":"en","ref":null,"expected":[],"dotnet_supported":true})"
      "\n"
      R"({"text":"Only noise 42.","lang":"en","ref":null,"expected":[],"dotnet_supported":true})"
      "\n"
      R"({"text":"More noise 43.","lang":"en","ref":null,"expected":[],"dotnet_supported":false})"
      "\n"
      R"({"text":"Quiet for a moment.","lang":"en","ref":null,"expected":[],"dotnet_supported":true})"
      "\n"
      R"({"text":"Still quiet.","lang":"en","ref":null,"expected":[],"dotnet_supported":true})"
      "\n"
      R"({"text":"The kiln cooled for 37 minutes at noon.","lang":"en","ref":"1833-06-14T00:00:00",)"
      R"("expected":[{"byte_start":20,"byte_end":30,"type":"duration","value":"2220"},)"
      R"({"byte_start":31,"byte_end":38,"type":"time","value":"12:00:00"}],"dotnet_supported":true})"
      "\n"
      R"({"text":"A stroll of about 37 minutes.","lang":"en","ref":null,)"
      R"("expected":[{"byte_start":12,"byte_end":28,"type":"duration","value":"2220"}],"dotnet_supported":true})"
      "\n"
      "not json\n";
  std::map<std::string, std::vector<sc::Produced>> canned = {
      {"Only noise 42.", {P("number", "42", 11, 13)}},
      {"More noise 43.", {P("number", "43", 11, 13)}},
      {"Quiet for a moment.", {P("duration", "PT1M", 12, 18)}},  // a duration: in domain
      {"The kiln cooled for 37 minutes at noon.", {P("duration", "PT37M", 20, 30)}},
      {"A stroll of about 37 minutes.", {P("duration", "PT36M", 18, 28)}},
  };
  sc::Extractor fake = [&](const std::string& text, const std::string&, const std::string&) {
    auto it = canned.find(text);
    return it == canned.end() ? std::vector<sc::Produced>{} : it->second;
  };
  std::istringstream in(jsonl);
  int bad = 0;
  sc::FileScore f = sc::ScoreStream(in, "some/dir/mine.jsonl", fake, &bad);
  EXPECT_EQ(f.name, "mine.jsonl");
  EXPECT_EQ(f.lang, "en");
  EXPECT_EQ(f.cases, 7);
  EXPECT_EQ(bad, 1);
  EXPECT_EQ(f.empty[0].cases, 4);
  EXPECT_EQ(f.empty[0].with_output, 2);
  EXPECT_EQ(f.empty[1].cases, 1);
  EXPECT_EQ(f.empty[1].with_output, 1);
  // The file expects durations and times only: the number is no false mention
  // in its domain, the duration is.
  EXPECT_EQ(f.empty[0].in_domain, 1);

  const sc::Counts& d = f.types[0].at("duration");
  EXPECT_EQ(d.n, 2);
  EXPECT_EQ(d.span, 2);
  EXPECT_EQ(d.exact, 1);
  EXPECT_EQ(d.value_n, 2);
  EXPECT_EQ(d.value_ok, 1);  // PT36M is not 2220 s
  const sc::Counts& t = f.types[0].at("time");
  EXPECT_EQ(t.n, 1);
  EXPECT_EQ(t.span, 0);
  EXPECT_EQ(t.value_n, 0);  // span only

  std::map<std::string, double> m;
  for (const sc::Metric& x : sc::TrackedMetrics(f)) m[x.name] = x.value;
  EXPECT_DOUBLE_EQ(m.at("duration"), 50);
  EXPECT_DOUBLE_EQ(m.at("false mentions"), 50);  // supported cases only
  EXPECT_DOUBLE_EQ(m.at("false mentions (in domain)"), 25);
  EXPECT_EQ(m.count("date+daterange"), 0u);

  std::vector<std::string> problems;
  json ok = {{"_comment", "x"}, {"mine.jsonl", {{"duration", 50.0}, {"false mentions", 50.0}}}};
  EXPECT_TRUE(sc::CheckFloors(ok, {f}, &problems).empty());
  json tight = {{"mine.jsonl", {{"duration", 50.1}, {"false mentions", 49.9}}}};
  EXPECT_EQ(sc::CheckFloors(tight, {f}, &problems).size(), 2u);
  json missing = {{"mine.jsonl", {{"ordinal", 10}}}};
  EXPECT_EQ(sc::CheckFloors(missing, {f}, &problems).size(), 1u);
  EXPECT_TRUE(problems.empty());
  json other_file = {{"elsewhere.jsonl", {{"duration", 99}}}};
  EXPECT_TRUE(sc::CheckFloors(other_file, {f}, &problems).empty());

  EXPECT_NE(sc::TextReport({f}).find("false mentions"), std::string::npos);
  json report = sc::JsonReport({f});
  EXPECT_EQ(report["summary"]["duration"]["mine.jsonl"], 50.0);
}

// A case expecting nothing rules out what its own source (the id up to "#")
// expects: a range model's "nothing" says no range, not no number.
TEST(ScoreTest, FalseMentionsInTheDomainOfTheCaseSource) {
  const std::string jsonl =
      R"x({"id":"Ranges.json#1","text":"Half a loaf.","lang":"en","ref":null,"expected":[],"dotnet_supported":true})x"
      "\n"
      R"x({"id":"Ranges.json#2","text":"From 3 to 9.","lang":"en","ref":null,"expected":[],"dotnet_supported":true})x"
      "\n"
      R"x({"id":"Ranges.json#3","text":"Between 4 and 6.","lang":"en","ref":null,)x"
      R"x("expected":[{"byte_start":0,"byte_end":15,"type":"numberrange","value":"(4,6)"}],"dotnet_supported":true})x"
      "\n"
      R"x({"id":"Counts.json#1","text":"Seven.","lang":"en","ref":null,)x"
      R"x("expected":[{"byte_start":0,"byte_end":5,"type":"number","value":"7"}],"dotnet_supported":true})x"
      "\n"
      R"x({"id":"Counts.json#2","text":"Nine lives.","lang":"en","ref":null,"expected":[],"dotnet_supported":true})x"
      "\n"
      R"x({"id":"Other.json#1","text":"Ten.","lang":"en","ref":null,"expected":[],"dotnet_supported":true})x"
      "\n";
  std::map<std::string, std::vector<sc::Produced>> canned = {
      {"Half a loaf.", {P("number", "0.5", 0, 4)}},           // a number: not a range
      {"From 3 to 9.", {P("numberrange", "3/9", 0, 11)}},     // a range: in domain
      {"Nine lives.", {P("number", "9", 0, 4)}},              // a number: in domain
      {"Ten.", {P("number", "10", 0, 3)}},  // a source expecting nothing: the file's types
  };
  sc::Extractor fake = [&](const std::string& text, const std::string&, const std::string&) {
    auto it = canned.find(text);
    return it == canned.end() ? std::vector<sc::Produced>{} : it->second;
  };
  std::istringstream in(jsonl);
  sc::FileScore f = sc::ScoreStream(in, "mixed.jsonl", fake, nullptr);
  EXPECT_EQ(f.empty[0].cases, 4);
  EXPECT_EQ(f.empty[0].with_output, 4);
  EXPECT_EQ(f.empty[0].in_domain, 3);
}

}  // namespace
