// More number rules, one table per rule of the language; every sentence is ours.
#include <gtest/gtest.h>

#include <cstdio>
#include <string>
#include <vector>

#include "claimcheck/numbers.h"
#include "claimcheck/text.h"

namespace claimcheck {
namespace {

// "span=value; ..." over the folded text; " ord" marks an ordinal, "LOW/HIGH" a
// range, " >=" / " <=" / " ~" the qualifier.
std::string Render(const std::string& folded, const std::vector<NumberMention>& mentions) {
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
    if (m.qualifier == NumberQualifier::kApprox) out += " ~";
    if (m.qualifier == NumberQualifier::kAtLeast) out += " >=";
    if (m.qualifier == NumberQualifier::kAtMost) out += " <=";
    if (m.ordinal) out += " ord";
  }
  return out;
}

struct Case {
  const char* lang;
  const char* text;
  const char* expected;
};

void ExpectAll(const std::vector<Case>& cases) {
  for (const Case& c : cases) {
    FoldedText f = FoldedText::Fold(c.text);
    EXPECT_EQ(Render(f.str(), ExtractNumbers(f.str(), c.lang)), c.expected) << c.lang << ": " << c.text;
  }
}

// Spanish compound ordinals in separate words (RAE accepts "décimo octavo" beside
// "decimoctavo"): the parts add when each fits under the place the previous left.
TEST(NumberMore, SpanishOrdinalParts) {
  ExpectAll({
      {"es", "El equipo terminó en el décimo octavo puesto de la tabla.", "decimo octavo=18 ord"},
      {"es", "Se celebra la décima quinta edición del festival.", "decima quinta=15 ord"},
      {"es", "La oficina está en el décimo tercer piso.", "decimo tercer=13 ord"},
      {"es", "Es el décimo segundo aniversario de la ley.", "decimo segundo=12 ord"},
      {"es", "Llegó en el trigésimo primero lugar.", "trigesimo primero=31 ord"},
      // A later part that does not fit: two ranks.
      {"es", "Fueron el quinto, el décimo y el vigésimo.", "quinto=5 ord; decimo=10 ord; vigesimo=20 ord"},
      {"es", "Pasó del décimo al vigésimo puesto.", "decimo=10 ord; vigesimo=20 ord"},
      {"es", "el décimo vigésimo", "decimo=10 ord; vigesimo=20 ord"},
      {"es", "el quinto sexto", "quinto=5 ord; sexto=6 ord"},
  });
}

}  // namespace
}  // namespace claimcheck
