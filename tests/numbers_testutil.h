// Helpers of the number extractor's tests: mentions printed in one line.
#ifndef CLAIMCHECK_TESTS_NUMBERS_TESTUTIL_H_
#define CLAIMCHECK_TESTS_NUMBERS_TESTUTIL_H_

#include <gtest/gtest.h>

#include <cstdio>
#include <string>
#include <vector>

#include "claimcheck/numbers.h"
#include "claimcheck/text.h"

namespace claimcheck {
namespace testutil {

// Mentions as "span=value; span=value", span being the folded text it covers.
// A value is "V", "LOW/HIGH" for a range, then " UNIT" when there is one, then
// " ~" (approx), " >=" (at least) or " <=" (at most), then " ord" for ordinals.
inline std::string RenderNumbers(const std::string& folded,
                                 const std::vector<NumberMention>& mentions) {
  std::string out;
  for (const NumberMention& m : mentions) {
    if (!out.empty()) out += "; ";
    char buf[64];
    std::snprintf(buf, sizeof buf, "%.10g", m.value);
    out += folded.substr(m.span.begin, m.span.size()) + "=" + buf;
    if (m.is_range) {
      std::snprintf(buf, sizeof buf, "/%.10g", m.high);
      out += buf;
    }
    if (!m.unit.empty()) out += " " + m.unit;
    switch (m.qualifier) {
      case NumberQualifier::kExact:
        break;
      case NumberQualifier::kApprox:
        out += " ~";
        break;
      case NumberQualifier::kAtLeast:
        out += " >=";
        break;
      case NumberQualifier::kAtMost:
        out += " <=";
        break;
    }
    if (m.ordinal) out += " ord";
  }
  return out;
}

// The numbers of `text` in language `lang`, rendered (as the checker reads
// them: with the capitals folding hides, CapitalScales).
inline std::string NumbersOf(const char* lang, const char* text) {
  FoldedText f = FoldedText::Fold(text);
  return RenderNumbers(f.str(), ExtractNumbers(f.str(), lang, CapitalScales(f, text)));
}

struct NumberCase {
  const char* lang;
  const char* text;
  const char* expected;  // as NumbersOf renders it
};

// Every case's numbers, each checked against its expected rendering.
inline void ExpectNumbers(const std::vector<NumberCase>& cases) {
  for (const NumberCase& c : cases) EXPECT_EQ(NumbersOf(c.lang, c.text), c.expected) << c.lang << ": " << c.text;
}

}  // namespace testutil
}  // namespace claimcheck

#endif  // CLAIMCHECK_TESTS_NUMBERS_TESTUTIL_H_
