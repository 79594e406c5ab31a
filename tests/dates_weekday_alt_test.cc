// "next Friday", "el miércoles pasado": the nearest such day is the value, and
// when the weekday of the next or previous Monday-to-Sunday week is another day,
// that day is DateMention::alt; except when the nearest is the day after or
// before the reference ("tomorrow", "yesterday"): then the other week's is the
// value and the nearest the alt. How the date kind reports such a claim is in
// kinds_test.cc (Kinds.WeekdayOfAnotherWeekIsUnresolved).
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "claimcheck/dates.h"
#include "claimcheck/extract.h"
#include "claimcheck/text.h"

namespace claimcheck {
namespace {

// Thursday 31 January 2019; Monday 28 January and Sunday 3 February.
constexpr const char* kThursday = "2019-01-31";
constexpr const char* kMonday = "2019-01-28";
constexpr const char* kSunday = "2019-02-03";

// The one date of `text` read on `ref` as "span=value", with " or ALT" when it
// has another reading.
std::string Reading(const char* lang, const char* text, const char* ref) {
  Date r;
  EXPECT_TRUE(Date::Parse(ref, &r)) << ref;
  FoldedText f = FoldedText::Fold(text);
  std::vector<DateMention> ms = ExtractDates(f.str(), lang, &r, SpanishFutureVerbs(f, text, lang));
  if (ms.size() != 1) return "expected one date, found " + std::to_string(ms.size());
  const DateMention& m = ms[0];
  std::string out = f.str().substr(m.span.begin, m.span.size()) + "=" +
                    (m.resolved ? m.value.ToString() : "?");
  if (m.alt.valid()) out += " or " + m.alt.ToString();
  return out;
}

struct Case {
  const char* lang;
  const char* text;
  const char* ref;
  const char* expected;
};

TEST(DatesWeekdayAlt, EnglishNextAndLast) {
  const Case cases[] = {
      // The named day falls in the reference's own week: two readings.
      {"en", "The committee meets again next Friday.", kThursday, "next friday=2019-02-08 or 2019-02-01"},
      {"en", "The ministers spoke last Wednesday.", kThursday, "last wednesday=2019-01-23 or 2019-01-30"},
      {"en", "The board met the previous Wednesday.", kThursday, "previous wednesday=2019-01-23 or 2019-01-30"},
      // "Next Friday" is set against "this Friday": next week's comes first.
      {"en", "The figures will be reviewed next Sunday.", kMonday, "next sunday=2019-02-10 or 2019-02-03"},
      {"en", "The committee meets again next Saturday.", kThursday, "next saturday=2019-02-09 or 2019-02-02"},
      {"en", "The court will rule the following Saturday.", kThursday, "following saturday=2019-02-02 or 2019-02-09"},
      {"en", "The ministers spoke last Tuesday.", kThursday, "last tuesday=2019-01-29 or 2019-01-22"},
      // It falls in the next or previous week either way: one reading.
      {"en", "The committee meets again next Tuesday.", kThursday, "next tuesday=2019-02-05"},
      {"en", "The committee meets again next Thursday.", kThursday, "next thursday=2019-02-07"},
      {"en", "The ministers spoke last Friday.", kThursday, "last friday=2019-01-25"},
      {"en", "The ministers spoke last Sunday.", kMonday, "last sunday=2019-01-27"},
      {"en", "The ministers spoke last Monday.", kMonday, "last monday=2019-01-21"},
      {"en", "The committee meets again next Monday.", kSunday, "next monday=2019-02-04"},
      // "this", "this coming", "this past" and a bare weekday name one day.
      {"en", "The committee meets this Friday.", kThursday, "this friday=2019-02-01"},
      {"en", "The committee meets this coming Friday.", kThursday, "this coming friday=2019-02-01"},
      {"en", "The ministers spoke this past Wednesday.", kThursday, "this past wednesday=2019-01-30"},
      {"en", "The ministers spoke on Friday.", kThursday, "friday=2019-01-25"},
  };
  for (const Case& c : cases) EXPECT_EQ(Reading(c.lang, c.text, c.ref), c.expected) << c.text;
}

TEST(DatesWeekdayAlt, SpanishProximoPasadoAnteriorSiguiente) {
  const Case cases[] = {
      {"es", "La comisión se reúne el próximo viernes.", kThursday, "proximo viernes=2019-02-08 or 2019-02-01"},
      {"es", "La comisión se reúne el viernes próximo.", kThursday, "viernes proximo=2019-02-08 or 2019-02-01"},
      {"es", "La comisión se reúne el viernes que viene.", kThursday,
       "viernes que viene=2019-02-08 or 2019-02-01"},
      {"es", "Los ministros hablaron el miércoles pasado.", kThursday,
       "miercoles pasado=2019-01-23 or 2019-01-30"},
      {"es", "Los ministros hablaron el pasado miércoles.", kThursday,
       "pasado miercoles=2019-01-23 or 2019-01-30"},
      {"es", "Los ministros hablaron el miércoles anterior.", kThursday,
       "miercoles anterior=2019-01-23 or 2019-01-30"},
      {"es", "La comisión se reunió el viernes siguiente.", kThursday,
       "viernes siguiente=2019-02-08 or 2019-02-01"},
      {"es", "La comisión se reúne el próximo martes.", kThursday, "proximo martes=2019-02-05"},
      {"es", "Los ministros hablaron el viernes pasado.", kThursday, "viernes pasado=2019-01-25"},
      {"es", "Los ministros hablaron el domingo pasado.", kMonday, "domingo pasado=2019-01-27"},
      {"es", "La comisión se reúne este viernes.", kThursday, "este viernes=2019-02-01"},
      // "Este" before "próximo"/"pasado" or with them after the weekday names
      // the nearest one, as "this coming"/"this past" do.
      {"es", "La comisión se reúne este próximo viernes.", kThursday, "este proximo viernes=2019-02-01"},
      {"es", "Los ministros hablaron este pasado miércoles.", kThursday, "este pasado miercoles=2019-01-30"},
      {"es", "Los ministros hablaron este miércoles pasado.", kThursday, "este miercoles pasado=2019-01-30"},
      {"es", "La comisión se reúne este viernes que viene.", kThursday, "este viernes que viene=2019-02-01"},
      {"es", "Los ministros hablaron este lunes pasado.", kThursday, "este lunes pasado=2019-01-28"},
      {"es", "Los ministros hablaron el viernes.", kThursday, "viernes=2019-01-25"},
  };
  for (const Case& c : cases) EXPECT_EQ(Reading(c.lang, c.text, c.ref), c.expected) << c.text;
}

// A bare weekday that is the reference's own is today to a same-day story
// and the week before's to one filed or republished later.
TEST(DatesWeekdayAlt, TheReferencesOwnWeekday) {
  EXPECT_EQ(Reading("en", "The ministers spoke on Thursday.", kThursday), "thursday=2019-01-31 or 2019-01-24");
  EXPECT_EQ(Reading("es", "Los ministros hablaron el jueves.", kThursday), "jueves=2019-01-31 or 2019-01-24");
  // About the future it is today or next week's, read as before.
  EXPECT_EQ(Reading("en", "The ministers will speak on Thursday.", kThursday).find("2019-01-24"), std::string::npos);
}

// Told in the present, a bare weekday may be the one to come; told in the
// past it is the one just gone, alone.
TEST(DatesWeekdayAlt, PresentTenseLooksBothWays) {
  EXPECT_EQ(Reading("en", "Putin and Kim sign the treaty on Tuesday.", kThursday), "tuesday=2019-01-29 or 2019-02-05");
  EXPECT_EQ(Reading("es", "Putin y Kim firman el tratado el martes.", kThursday), "martes=2019-01-29 or 2019-02-05");
  EXPECT_EQ(Reading("en", "Putin and Kim signed the treaty on Tuesday.", kThursday), "tuesday=2019-01-29");
}

// A weekday that a pass turns into another day or a range, or leaves
// unresolved, keeps no other reading.
TEST(DatesWeekdayAlt, NoneOnceAPassChangedTheDay) {
  EXPECT_EQ(Reading("en", "The report is due two days after next Friday.", kThursday),
            "two days after next friday=2019-02-10");
  EXPECT_EQ(Reading("es", "El plazo corre a partir del próximo viernes.", kThursday).find(" or "),
            std::string::npos);
  FoldedText f = FoldedText::Fold("The committee meets again next Friday.");
  std::vector<DateMention> ms = ExtractDates(f.str(), "en", nullptr);
  ASSERT_EQ(ms.size(), 1u);
  EXPECT_FALSE(ms[0].resolved);
  EXPECT_FALSE(ms[0].alt.valid());
}

// `extract --jsonl` keeps its contract: the value is the reading chosen, and
// the other reading is not part of it.
TEST(DatesWeekdayAlt, ExtractGivesTheValueOnly) {
  Date ref;
  ASSERT_TRUE(Date::Parse(kThursday, &ref));
  std::vector<ExtractedMention> ms = ExtractMentions("The committee meets again next Saturday.", "en", &ref);
  ASSERT_EQ(ms.size(), 1u);
  EXPECT_EQ(ms[0].type, "date");
  EXPECT_EQ(ms[0].value, "2019-02-09");
  ms = ExtractMentions("The committee meets again next Friday.", "en", &ref);
  ASSERT_EQ(ms.size(), 1u);
  EXPECT_EQ(ms[0].value, "2019-02-08");
}

}  // namespace
}  // namespace claimcheck
