// Helpers of the date extractor's tests: mentions printed in one line.
#ifndef CLAIMCHECK_TESTS_DATES_TESTUTIL_H_
#define CLAIMCHECK_TESTS_DATES_TESTUTIL_H_

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "claimcheck/dates.h"
#include "claimcheck/text.h"

namespace claimcheck {
namespace testutil {

// Most cases are read on Wednesday 2024-06-19.
constexpr const char* kRef = "2024-06-19";

// Mentions as "span=value; span=value", span being the folded text it covers.
// A relative value starts with '~', an unresolved one is "~?", a range is
// "START/END".
inline std::string RenderDates(const std::string& folded, const std::vector<DateMention>& mentions) {
  std::string out;
  for (const DateMention& m : mentions) {
    if (!out.empty()) out += "; ";
    out += folded.substr(m.span.begin, m.span.size()) + "=";
    if (m.relative) out += "~";
    if (!m.resolved) {
      out += "?";
      continue;
    }
    out += m.value.ToString();
    if (m.is_range) out += "/" + m.end.ToString();
  }
  return out;
}

// The dates of `text` read on `ref` ("" or null: no reference date), with the
// Spanish future and past verbs the checker passes too.
inline std::string DatesOf(const char* lang, const char* text, const char* ref = kRef) {
  Date r;
  const bool has_ref = ref && *ref;
  if (has_ref) {
    EXPECT_TRUE(Date::Parse(ref, &r)) << ref;
  }
  FoldedText f = FoldedText::Fold(text);
  return RenderDates(f.str(), ExtractDates(f.str(), lang, has_ref ? &r : nullptr,
                                           SpanishFutureVerbs(f, text, lang), SpanishPastVerbs(f, text, lang)));
}

struct DateCase {
  const char* lang;
  const char* text;
  const char* expected;
};

// Every case read on `ref` (kRef unless told).
inline void ExpectDates(const std::vector<DateCase>& cases, const char* ref = kRef) {
  for (const DateCase& c : cases) EXPECT_EQ(DatesOf(c.lang, c.text, ref), c.expected) << c.lang << ": " << c.text;
}

}  // namespace testutil
}  // namespace claimcheck

#endif  // CLAIMCHECK_TESTS_DATES_TESTUTIL_H_
