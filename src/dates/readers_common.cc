// Readers of both languages: numeric dates and forms written the same way.
#include "dates/internal.h"

#include <algorithm>
#include <cctype>
#include <string>
#include <utility>
#include <vector>

#include "text/lang.h"
#include "text/regex.h"

namespace claimcheck::dates_detail {

namespace {

// Whether a number such as "2015-12" is part of a code: a sign or a word that
// numbers documents, standards or items just before it ("ISO 2015-12", "No.
// 2015-12", "#2015-12", "Resolution 2015-12", "Ley 2015-12"), or more of the
// code after it ("2015-12-A", "2015-12/3").
bool NumberCode(const Match& m) {
  static const Regex* const kAfter = new Regex(R"([-/.]?[a-z0-9])");
  static const Regex* const kBefore = new Regex(
      R"((?:(?:^|[^a-z])(?:iso|no|nos|num|nr|n|ref|rfc|case|file|docket|resolution|decree|law|act|order|directive|regulation|bill|report|standard|version|model|series|resolucion|decreto|ley|orden|code|codigo|directiva|reglamento|expediente|caso|informe|norma|modelo|serie|numero)\.?\s*|[a-z0-9#/.:-])$)");
  if (kAfter->MatchAt(m.text, m.span(0).end)) return true;
  return kBefore->Contains(TextBefore(m.text, m.span(0).begin, 24));
}

}  // namespace

void AddCommonReaders(Readers* r) {
  const Names& n = r->names;
  auto add = [&](const std::string& pattern, int core, Handler h, int flags = Regex::kWordBounded) {
    r->list.push_back({Regex(Expand(pattern, n), flags), core, std::move(h)});
  };

  // 2024-06-19, also as the start of a date-time.
  add(R"(\b((\d{4})-(\d{2})-(\d{2}))(?:t\d|\b))", 1,
      [](const Match& m, std::vector<DateMention>* out) {
        int y = m.num(2), mo = m.num(3), d = m.num(4);
        if (ValidDay(y, mo, d)) out->push_back(Absolute(m.core, Date::Day(y, mo, d), "iso"));
      },
      Regex::kNone);

  // 2024.6.19, 2024/06/19, "2024. 6. 19.": the year first with dots or
  // slashes, as Korean, Chinese and Japanese copy writes the day (KCNA's
  // English: "Pyongyang, 2024.6.19"). The spaced Korean form ends in a dot.
  add(R"(\b(\d{4})(?:([./])(\d{1,2})([./])(\d{1,2})\b|\.\s(\d{1,2})\.\s(\d{1,2})\.))", 0,
      [](const Match& m, std::vector<DateMention>* out) {
        static const Regex* const kVersion = new Regex(R"((?:\bversion|\brelease|\bv)\s*$)");
        const bool spaced = m.has(6);
        if (!spaced && m.str(2) != m.str(4)) return;
        const size_t at = m.span(0).begin, from = at > 10 ? at - 10 : 0;
        if (kVersion->Find(m.text.substr(from, at - from), 0)) return;  // "version 2024.6.1"
        const int y = m.num(1), mo = spaced ? m.num(6) : m.num(3), d = spaced ? m.num(7) : m.num(5);
        if (PlausibleYear(y) && ValidDay(y, mo, d)) out->push_back(Absolute(m.core, Date::Day(y, mo, d), "numeric"));
      },
      Regex::kNone);

  // 20240619: ISO 8601's basic form, as file names and data write it. Eight
  // digits are a date only when they make a valid day in a year from 1900 to
  // ten years past the reference's; not after a currency sign, "#" or "no."
  // (an amount, a case number), nor before "%" or what it counts.
  add(R"((\d{4})(\d{2})(\d{2}))", 0,
      [](const Match& m, std::vector<DateMention>* out) {
        static const Regex* const kCode = new Regex(R"((?:#|\bno\.?|\bnum\.?|\bnumber|\bn\.?o)\s*$)");
        const int y = m.num(1), mo = m.num(2), d = m.num(3);
        const Date* ref = m.RefAt(P::kYear);
        if (y < 1900 || y > (ref ? ref->year + 10 : 2099) || !ValidDay(y, mo, d)) return;
        const size_t at = m.span(0).begin, from = at > 8 ? at - 8 : 0;
        if (Percentage(m) || AfterCurrency(m.text, at) || kCode->Find(m.text.substr(from, at - from), 0) ||
            CountsSomething(m.text, m.span(0).end)) {
          return;
        }
        out->push_back(Absolute(m.core, Date::Day(y, mo, d), "iso"));
      });

  // 19/06/2024, 19.06.2024, 19-06-2024, 19/06/24: day first in Spanish, month
  // first in English unless the first number cannot be a month.
  add(R"((\d{1,2})([/.-])(\d{1,2})([/.-])(\d{4}|\d{2}))", 0,
      [](const Match& m, std::vector<DateMention>* out) {
        if (m.str(2) != m.str(4)) return;
        std::string_view ys = m.str(5);
        if (ys.size() == 2 && m.str(2) != "/") return;  // "1.2.24" is a version, not a date
        int a = m.num(1), b = m.num(3);
        int y = ys.size() == 2 ? TwoDigitYear(ToInt(ys), m.RefAt(P::kYear)) : ToInt(ys);
        bool day_first = DayFirst(m.lang, a, b);
        int d = day_first ? a : b, mo = day_first ? b : a;
        if (ValidDay(y, mo, d)) out->push_back(Absolute(m.core, Date::Day(y, mo, d), "numeric"));
      });

  // 2023-Q3, 2022 H2 (and the Spanish 2023-T2): quarters and halves after a year.
  add(R"(<Y>[-\s]([qt])([1-4])|<Y>[-\s]h([12]))", 0,
      [](const Match& m, std::vector<DateMention>* out) {
        int y = m.has(1) ? m.num(1) : m.num(4);
        if (!PlausibleYear(y)) return;
        if (m.has(4)) return EmitYearPart(m, m.num(5), 6, y, false, out);
        if (m.str(2) == "t" && m.lang == Lang::kEn) return;
        EmitYearPart(m, m.num(3), 3, y, false, out);
      });

  // Q2 2024, T2 de 2024, 2T 2024, 3Q 2023, H1 2024, 1S 2024 (el primer
  // semestre): quarters and halves before a year, as financial copy writes them;
  // the year is required ("T2" alone is as often a tier or a model).
  add(R"((?:([qt])([1-4])|([1-4])([qt])|(h)([12])|([12])(s))(?:\s+del?\s+|[-\s]+)<Y>)", 0,
      [](const Match& m, std::vector<DateMention>* out) {
        const int y = m.num(9);
        if (!PlausibleYear(y)) return;
        const bool t = m.str(1) == "t" || m.str(4) == "t";
        if (t && m.lang == Lang::kEn) return;  // English writes Q
        if (m.has(8) && m.lang == Lang::kEn) return;  // "1S" is Spanish
        if (m.has(5) || m.has(7)) return EmitYearPart(m, m.num(m.has(6) ? 6 : 7), 6, y, false, out);
        EmitYearPart(m, m.num(m.has(2) ? 2 : 3), 3, y, false, out);
      });

  // 31-dic-1999, 05/agosto/2021, 4-jul-97: a day, a month name and a year
  // joined by one separator; the digits around the name make it a month.
  add(R"(<D>([-/.])<M>([-/.])(\d{4}|\d{2}))", 0,
      [](const Match& m, std::vector<DateMention>* out) {
        if (m.str(2) != m.str(4)) return;
        std::string_view ys = m.str(5);
        int y = ys.size() == 2 ? TwoDigitYear(ToInt(ys), m.RefAt(P::kYear)) : ToInt(ys);
        if (ValidDay(y, m.month(3), m.num(1))) {
          out->push_back(Absolute(m.core, Date::Day(y, m.month(3), m.num(1)), "numeric"));
        }
      });

  // 19-VI-2024, 19.VI.2024, 19/vi/24, 19 VI 2024: the month in Roman numerals,
  // as Spanish (and Italian, Polish) official copy writes it, between a day and
  // a year with one separator.
  add(R"(<D>([-/.\s])([ivx]{1,4})([-/.\s])(\d{4}|\d{2}))", 0, [](const Match& m, std::vector<DateMention>* out) {
    std::string_view ys = m.str(5);
    // "4 x 25" multiplies: spaces only before a year in full.
    if (m.str(2) != m.str(4) || (m.str(2) == " " && ys.size() == 2)) return;
    const int mo = Roman(m.str(3));
    const int y = ys.size() == 2 ? TwoDigitYear(ToInt(ys), m.RefAt(P::kYear)) : ToInt(ys);
    if (mo >= 1 && mo <= 12 && ValidDay(y, mo, m.num(1)))
      out->push_back(Absolute(m.core, Date::Day(y, mo, m.num(1)), "numeric"));
  });

  // 2021/aug/05, oct-12-2021, nov-2022.
  add(R"((?:(\d{4})([-/])<M>([-/])<D>|<M>([-/])<D>([-/])(\d{4})|<M>[-/](\d{4})))", 0,
      [](const Match& m, std::vector<DateMention>* out) {
        if (m.has(12)) {
          if (PlausibleYear(m.num(12))) {
            out->push_back(Absolute(m.core, Date::Month(m.num(12), m.month(11)), "numeric"));
          }
          return;
        }
        bool ymd = m.has(1);
        if (ymd ? m.str(2) != m.str(4) : m.str(7) != m.str(9)) return;
        int y = ymd ? m.num(1) : m.num(10), mo = ymd ? m.month(3) : m.month(6);
        int d = ymd ? m.num(5) : m.num(8);
        if (PlausibleYear(y) && ValidDay(y, mo, d)) {
          out->push_back(Absolute(m.core, Date::Day(y, mo, d), "numeric"));
        }
      });

  // [pasado] [miércoles,] 19 [de] junio [de 2024 | pasado]; 19th of June 2024.
  add(R"((?:(pasado|proximo)\s+)?<WP><D>\s+(?:de\s+|of\s+)?<M>(?:<YT>|\s+(pasado|proximo))?)", 0,
      [](const Match& m, std::vector<DateMention>* out) {
        // "of", a weekday or a word that introduces a day says an abbreviation
        // is a month ("3 of Dec", "el martes 8 oct", "on 17 feb", "entre 9 abr
        // y ...").
        static const Regex* const kDayLead =
            new Regex(R"((?:^|[^a-z0-9])(?:el|on|entre|between|desde|from|hasta|until)\s+$)");
        size_t at = m.span(0).begin, from = at > 12 ? at - 12 : 0;
        bool named = m.has(2) || m.str(0).find(" of ") != std::string_view::npos ||
                     kDayLead->Find(m.text.substr(from, at - from), 0);
        if (!m.has(5) && !named && m.ShortMonthAlone(4)) return;
        if (AfterCurrency(m.text, m.span(3).begin)) return;  // "$40 March 5" is a price
        // "Only 3 may apply", "the next 5 may be harder", "some 20 march in
        // protest": after a count the English verbs. Without a year or a weekday
        // the month needs a word that can follow a date after it, and no
        // quantifier before the day.
        if (m.lang != Lang::kEs && !m.has(5) && !m.has(2) && (m.str(4) == "may" || m.str(4) == "march")) {
          static const Regex* const kFollows = new Regex(
              R"(^(?:\s*(?:$|[^\sa-z])|\s+(?:in|on|at|and|or|to|the|when|while|as|after|before|until|last|)"
              R"(this|next|that|of|by|for|with|from|he|she|it|they|we|his|her|its|their|a|an|is|was|are|were|)"
              R"(will|would|has|had)\b))");
          static const Regex* const kQuantifier = new Regex(
              R"((?:^|[^a-z])(?:some|only|about|around|nearly|almost|another|over|under|least|all|just|next|first|last)\s+$)");
          if (!kFollows->Find(m.text.substr(m.span(0).end), 0) ||
              kQuantifier->Contains(m.text.substr(from, at - from)))
            return;
        }
        int anchor = 0;
        if (!m.has(5)) {
          int which = m.has(1) ? 1 : m.has(6) ? 6 : 0;
          if (which) anchor = m.is(which, "pasado") ? -1 : 1;
        }
        // Without a year, a leading "pasado" only anchors; with one it is noise.
        Span span = m.core;
        if (m.has(1) && m.has(5)) span.begin = m.span(m.has(2) ? 2 : 3).begin;
        int y = m.num(5);
        if (!y && !anchor) y = SameWeekdayYear(m, m.weekday(2), m.month(4), m.num(3));
        EmitDay(m, span, y, m.month(4), m.num(3), anchor, out);
        if (y && !m.has(5) && !out->empty()) out->back().relative = true;
      });

  // "19 June 2024", "18-19 June" in Spanish copy, "19 junio 2024" in English: a
  // caption or a dateline left in the other language. With a day and a year
  // around it, or a span of days before it, the other language's full month
  // name is nothing else.
  add(R"(<D>(?:\s*-\s*(\d{1,2}))?\s+<MWO>(?:,?\s+(\d{4}))?)", 0,
      [](const Match& m, std::vector<DateMention>* out) {
        const auto it = m.names.other_month.find(std::string(m.str(3)));
        const int y = m.num(4), d1 = m.num(1), d2 = m.num(2);
        if (it == m.names.other_month.end() || (y && !PlausibleYear(y))) return;
        if (!m.has(2)) {
          if (y) EmitDay(m, m.core, y, it->second, d1, 0, out);
          return;
        }
        if (d1 >= d2 || (!y && CountsSomething(m.text, m.span(0).end))) return;
        EmitDayRange(m, m.core, y, it->second, d1, y, it->second, d2, out);
      });

  // [el] martes 11, Tuesday the 11th: the day of the month that falls on that
  // weekday nearest the reference. A number that does not fit the weekday is
  // no day ("el martes 20 personas"): the weekday alone is read then; so is one
  // that counts periods ("Sunday 3 weeks after January 15").
  add(R"((?:(?:este|pasado|proximo|this|last|next|this\s+past)\s+)?<WW>,?\s+(?:(?:el\s+)?dia\s+|the\s+)?<D>)",
      0, [](const Match& m, std::vector<DateMention>* out) {
        static const Regex* const kUnit =
            new Regex(R"(\s+(?:days?|weeks?|months?|years?|dias?|semanas?|mes(?:es)?|anos?)\b)");
        if (kUnit->MatchAt(m.text, m.span(0).end)) return;
        EmitWeekdayDay(m, m.weekday(1), m.num(2), out, CountsSomething(m.text, m.span(0).end) ? 1 : 14);
      });

  // Tue 13th, Wednesday the thirty-first, martes once, el martes día once: an
  // abbreviated weekday needs the ordinal suffix ("sat 14 hours" is a verb), a
  // day in words is read by the number extractor.
  add(R"(<WP2>\.?,?\s+(\d{1,2})(?:st|nd|rd|th)|<WW>,?\s+(?:(?:el\s+)?dia\s+|the\s+)?([a-z]+(?:[-\s]y?\s?[a-z]+)?))",
      0, [](const Match& m, std::vector<DateMention>* out) {
        // The ordinal suffix makes it a day of some month, however far.
        if (m.has(1)) return EmitWeekdayDay(m, m.weekday(1), m.num(2), out, 14);
        int d = DayWord(m, 4);
        if (d) EmitWeekdayDay(m, m.weekday(3), d, out, CountsSomething(m.text, m.span(0).end) ? 1 : 14);
      });

  // junio de 2024, June 2024, June of 2024, the June 2024 summit; "en junio
  // 2000 personas" counts.
  add(R"(<M>\.?,?\s+(del?\s+|of\s+)?<Y>)", 0,
      [](const Match& m, std::vector<DateMention>* out) {
        int mo = m.month(1), y = m.num(3);
        if (!m.has(2) && CountsAfterMonth(m, m.span(0).end)) return;
        if (mo && PlausibleYear(y)) out->push_back(Absolute(m.core, Date::Month(y, mo), "month"));
      });

  // de marzo a mayo de 2019, entre junio y agosto, July-September 1989, from
  // May to August in 2012.
  // Abbreviations too ("de oct. a dic.", "Feb-Mar 2023"), when a dot, a
  // year or "de"/"from" says they are months.
  // "de este mayo a octubre de 2026", "from this May to Oct 2026": "this" keeps
  // the start in the reference's year; the end's year is the end's alone.
  add(R"((?:(de|desde|entre|from|between)\s+)?(?:(?:este|this)\s+)?<M>\.?(?:\s*-\s*|\s+(al?|hasta|y|to|until|through|and)\s+)<M><YT>?)",
      0, [](const Match& m, std::vector<DateMention>* out) {
        bool between = m.is(1, "entre") || m.is(1, "between");
        bool pair = m.is(3, "y") || m.is(3, "and");
        // "junio y julio" lists two months; "de junio y julio" too.
        if (m.has(3) && between != pair) return;
        if (!m.has(1) && !m.has(5) && (m.ShortMonthAlone(2) || m.ShortMonthAlone(4))) return;
        int m1 = m.month(2), m2 = m.month(4), y = m.num(5);
        if (!m1 || !m2 || m1 == m2) return;
        // "from November to February 5, 2025" ends on a day: the first month
        // opens a range of dates instead (see the range-start readers). "From
        // January to March 15 firms closed" counts.
        static const Regex* const kDayAfter = new Regex(R"(\s+(\d{1,2}(?:st|nd|rd|th)?)(?:[^0-9]|$))");
        std::vector<Span> day;
        if (!y && kDayAfter->MatchAt(m.text, m.span(0).end, &day) && !CountsSomething(m.text, day[1].end)) return;
        static const Regex* const kThis = new Regex(R"((?:^|\s)(?:este|this)\s+$)");
        const bool this_start =
            kThis->Contains(m.text.substr(m.span(0).begin, m.span(2).begin - m.span(0).begin));
        int y1 = 0;
        if (this_start) {
          const Date* ref = m.RefAt(P::kYear);
          if (!ref || (y && (y < ref->year || (y == ref->year && m2 < m1)))) return;
          DateMention r = Range(m.core, Date::Month(ref->year, m1),
                                Date::Month(y ? y : m1 < m2 ? ref->year : ref->year + 1, m2), "month-range");
          r.relative = true;
          out->push_back(r);
          return;
        }
        if (y) {
          y1 = m1 < m2 ? y : y - 1;
        } else if (const Date* ref = m.RefAt(P::kYear)) {
          // The reference's year, as a day without its year is read, moved by
          // the tense as a month is (TenseShift): the year before in a clause
          // told in the past ("exports rose from September to November", read
          // in June), the next when a clause about the future names months
          // already over ("will run from January to March").
          y1 = ref->year;
          y1 += TenseShift(m, Date::Month(y1, m1), Date::Month(m1 < m2 ? y1 : y1 + 1, m2), true);
        } else {
          DateMention r = Relative(m.core, nullptr, "month-range");
          r.is_range = true;
          out->push_back(r);
          return;
        }
        DateMention r = Range(m.core, Date::Month(y1, m1), Date::Month(m1 < m2 ? y1 : y1 + 1, m2),
                              "month-range");
        r.relative = !y;
        r.year_implied = !y;
        out->push_back(r);
      });

  // "Now" as one end of a range ("between now and November 15", "entre enero y
  // ahora", "from 2010 to now", "desde 2010 hasta ahora"); JoinRanges drops it
  // when it joins nothing, since "and now" or "hasta ahora" alone is a
  // discourse word ("so far"), not a date.
  add(R"((?:between|entre)\s+(now|ahora)|(?:and|y|to|until|till|through|hasta)\s+(now|ahora))", 0,
      [](const Match& m, std::vector<DateMention>* out) {
        Match core = m;
        core.core = m.span(m.has(1) ? 1 : 2);
        EmitDayOffset(core, 0, out);
        out->back().form = "now";
      });

  // "to date", "hasta la fecha": up to the reference day. One end of a range
  // ("from March to date"), or alone an open range that ends today (JoinRanges
  // decides). "Up to date" is "current", no date; "equal to date 1", "hasta la
  // fecha de cierre" name a date field or a date yet to be given.
  // "Until (the) current date", "hasta la fecha actual" say the same; "up to
  // the current date" is no adjective.
  add(R"((up\s+)?(?:to|till|until|hasta)\s+((?:la\s+)?fecha(?:\s+actual)?|(?:the\s+)?current\s+date|date)(\s+(?:\d|of\b|del?\b|que\b))?)", 0,
      [](const Match& m, std::vector<DateMention>* out) {
        if ((m.has(1) && m.str(2) == "date") || m.has(3)) return;
        Match core = m;
        core.core = m.span(2);
        EmitDayOffset(core, 0, out);
        out->back().form = kToDate;
      });

  // calendar year 2011, año calendario 2011; this calendar year.
  add(R"((?:calendar\s+year|ano\s+calendario)\s+<Y>|(this|last|next)\s+calendar\s+year)", 0,
      [](const Match& m, std::vector<DateMention>* out) {
        if (m.has(1)) {
          if (PlausibleYear(m.num(1))) out->push_back(Absolute(m.core, Date::Year(m.num(1)), "year"));
          return;
        }
        EmitPeriod(m, false, m.is(2, "last") ? -1 : m.is(2, "next") ? 1 : 0, out);
      });

  // A bare four-digit number is a year only after a word that introduces one.
  // Not when it opens a range of numbers ("pasó de 2000 a 3000 soldados",
  // "rose from 2000 to 3000"): a range of years has its own reader, and a day
  // ("desde 2014 hasta 2 mayo 2018") has fewer digits. After
  // "from" only before the clause ends or "and" another year ("data from
  // 2014.", "from 2015 and 2016"): "from 2014 people" counts.
  add(R"((?:(?:en|in|el|de|del|desde|since|hasta|until|till|of|for|por|para|a|year|ano|early|late|after|before|circa|hacia|(from))\s+|mid-)<Y>)",
      2, [](const Match& m, std::vector<DateMention>* out) {
        static const Regex* const kRangeOn =
            new Regex(R"(\s*(?:a|al|to|hasta|until|till|-|\x{2013})\s*(?:\d{3}|\d{1,3}[.,]\d{3}))");
        static const Regex* const kFromEnds = new Regex(R"(\s*(?:[.,;:!?)]|$|(?:and|y)\s+\d{4}\s*(?:[.,;:!?)]|$)))");
        int y = m.num(2);
        if (!PlausibleYear(y) || Percentage(m) || kRangeOn->MatchAt(m.text, m.core.end)) return;
        if (m.has(1) && !kFromEnds->MatchAt(m.text, m.core.end)) return;
        out->push_back(Absolute(m.core, Date::Year(y), "year"));
      });

  // "Archivo EFE 2019", "… but not 1998.": a four-digit number of the years news
  // writes about, alone at the end of a clause, is a year too; a count there
  // has its noun or a word that counts before it ("rose to 2019.", "unos 2000.").
  add(R"((?:([^\s\d]+)\s+)?<Y>\s*(?:[.;:!?)](?:\s|$)|$))", 2,
      [](const Match& m, std::vector<DateMention>* out) {
        static const Regex* const kCounts = new Regex(
            "to|a|al|hasta|than|que|de|about|around|some|over|under|nearly|almost|approximately|roughly|unos|unas|"
            "cerca|casi|aproximadamente|mas|menos|los|las|the|is|was|were|are|reached|rose|fell|hit|totall?ed|stood|es|"
            "fue|era|son|"
            "eran|fueron|alcanzo|alcanzaron|sumo|sumaron|llego|subio|bajo|cayo|asciende|ascendio|numero|number|no|n|nº|"
            "#|page|pagina|p|art|articulo|article|ley|law|flight|vuelo|room|km|tel|x|by|por|[-+=<>$€£¥]");
        const int y = m.num(2);
        if (y < 1900 || y > 2099 || InsideNumber(m.text, m.span(2))) return;
        const size_t at = m.span(2).begin;
        if (at > 0 && !std::isspace(static_cast<unsigned char>(m.text[at - 1])) && m.text[at - 1] != '(') return;
        if (m.has(1) && kCounts->FullMatch(m.str(1))) return;
        out->push_back(Absolute(m.span(2), Date::Year(y), "year"));
      },
      Regex::kNone);

  // "the 2018 summit", "the 1961 treaty": in English a four-digit number after
  // "the" and before a singular noun names the year (a count of more than one
  // takes the plural, and news writes counts from a thousand with a comma). A
  // plural is left: "the 2000 delegates", as "the 2020 elections", could count.
  // A possessive stands for "the": "Kim's 2023 visit", "their 2019 summit".
  if (r->lang != Lang::kEs) {
    add(R"((?:the|its|his|her|their|our|[a-z]+'s|[a-z]+s')\s+<Y>\s+([a-z]+))", 1,
        [](const Match& m, std::vector<DateMention>* out) {
          static const Regex* const kCounted =
              new Regex("[a-z]*s|people|police|staff|personnel|crew|men|women|children|cattle|more|fewer|or|and|to");
          const int y = m.num(1);
          if (y < 1900 || y > 2099 || kCounted->FullMatch(m.str(2))) return;
          out->push_back(Absolute(m.core, Date::Year(y), "year"));
        });
  }

  // "from March to date", "between May and the end of June": a month that opens a
  // range of dates is the latest one up to the reference's month. Kept only if
  // joined ("from May to Johnson" names a prime minister).
  const Handler range_start_month = [](const Match& m, std::vector<DateMention>* out) {
    const int month = m.has(1) ? m.month(1) : m.month(2);
    const Date* ref = m.RefAt(P::kMonth);
    if (!month || !ref) return;
    Date v = Date::Month(month > ref->month ? ref->year - 1 : ref->year, month);
    out->push_back(Relative(m.has(1) ? m.core : m.span(2), &v, kRangeStart));
  };
  if (r->lang != Lang::kEs) {
    // "From September and October" lists two months; only "between" pairs with "and".
    add(R"((?:from\s+<MW>\s+(?:to|until|till|through|thru)|between\s+<MW>\s+(?:and|to|until|till|through|thru))\s)", 1,
        range_start_month);
    // "Nov-Feb 5, 2025": a month hyphened to a day with its month.
    add(R"((<M>)\.?\s*-\s*<M>\.?\s+\d{1,2}(?:st|nd|rd|th)?)", 1, range_start_month);
  }
  // "de noviembre al 5 de febrero de 2025": in Spanish only when the end is a
  // day with its month, since "de mayo a las nueve" is no range.
  if (r->lang != Lang::kEn) {
    add(R"((?:de|entre)\s+(<MW>)\s+(?:al?|hasta|y)\s+(?:el\s+)?(?:\d{1,2}|[a-z]+)\s+de\s+<M>)", 1,
        range_start_month);
  }

  // "from 2007 to the end of 2008", "entre 2007 y finales de 2008": a year that
  // opens a range of dates is one. Only if JoinRanges joins it to a date: "from
  // 2000 to 3000 people" are counts, "from 2018" alone is as often a source.
  add(R"((?:from|between|entre)\s+<Y>\s+(?:to|and|until|till|through|thru|y|hasta)\s)", 1,
      [](const Match& m, std::vector<DateMention>* out) {
        int y = m.num(1);
        if (PlausibleYear(y) && !Percentage(m)) out->push_back(Absolute(m.core, Date::Year(y), kRangeStart));
      });

  // 1950-1953, 1950-53: a range only when the second year comes later. A year
  // and a one-digit month, or a month and a year, are that month: 2015-3,
  // 12-2015 ("2010-11" stays two years, as in "the 2010-11 season"); so are two
  // digits that cannot end a range, 2015-12, unless they are a code's ("ISO
  // 2015-12", "Resolution 2015-12", "No. 2015-12", "2015-12-A").
  add(R"(<Y>(?:\s*[-~]\s*(\d{4})|-(\d{1,2}))|(\d{1,2})-(\d{4}))", 0,
      [](const Match& m, std::vector<DateMention>* out) {
        if (m.has(4)) {
          int y = m.num(5), mo = m.num(4);
          if (PlausibleYear(y) && mo >= 1 && mo <= 12) {
            out->push_back(Absolute(m.core, Date::Month(y, mo), "numeric"));
          }
          return;
        }
        int a = m.num(1), b = m.has(2) ? m.num(2) : a - a % 100 + m.num(3);
        if (!PlausibleYear(a)) return;
        // "1995-01" stays unread: a serial's shape (numbers counted from 01) as
        // often as a month's.
        if (m.has(3) && (m.str(3).size() == 1 || (b <= a && m.str(3)[0] != '0'))) {
          const int mo = m.num(3);
          if (mo < 1 || mo > 12) return;
          if (m.str(3).size() == 2 && NumberCode(m)) return;
          out->push_back(Absolute(m.core, Date::Month(a, mo), "numeric"));
          return;
        }
        if (!PlausibleYear(b) || b <= a) return;
        out->push_back(Range(m.core, Date::Year(a), Date::Year(b), "year-range"));
      });

  // entre 1950 y 1953, de 1950 a 1953, desde 1950 hasta 1953, from 1950 to 1953,
  // 2011 through 2015. "y"/"and" joins two years into a range only after
  // "entre"/"between".
  add(R"((?:(entre|between|de|desde|from|in)\s+)?(?:(?:el|los|the)\s+)?(?:(?:anos?|years?)\s+)?<Y>\s+(y|and|al?|hasta|to|until|till|through|thru)\s+(?:(?:el|the)\s+)?<Y>)",
      0, [](const Match& m, std::vector<DateMention>* out) {
        bool between = m.is(1, "entre") || m.is(1, "between");
        bool pair = m.is(3, "y") || m.is(3, "and");
        if (pair && !between) return;  // "los acuerdos de 1950 y 1953" are two years
        int a = m.num(2), b = m.num(4);
        if (!PlausibleYear(a) || !PlausibleYear(b) || b <= a) return;
        out->push_back(Range(m.core, Date::Year(a), Date::Year(b), "year-range"));
      });

  // Two days of one month: 18-19 de junio, del 18 al 19 de junio, entre el 18 y
  // el 19 de junio, 8 a 11 de junio, from 18 to 19 June, 18 y 19 de junio; the
  // days in words after an opening word (del nueve al doce de abril, between the
  // ninth and the twelfth of April).
  add(R"((?:(del?|desde|entre|from|between)(?:\s+(?:el|the))?\s+)?<D>(?:\s*(-)\s*|\s+(al?|hasta(?:\s+el)?|y(?:\s+el)?|o(?:\s+el)?|u|to(?:\s+the)?|and(?:\s+the)?|or(?:\s+the)?|until|till|through)\s+)<D>\s+(?:de\s+|of\s+)?<M><YT>?|)"
      R"((del?|desde|entre|from|between)(?:\s+(?:el|the))?\s+([a-z]+(?:-[a-z]+)?)\s+(al?|hasta(?:\s+el)?|y(?:\s+el)?|to(?:\s+the)?|and(?:\s+the)?|until|till|through)\s+([a-z]+(?:-[a-z]+)?)\s+(?:de\s+|of\s+)<M><YT>?)",
      0, [](const Match& m, std::vector<DateMention>* out) {
        if (m.has(8)) {
          // The days in words: lead 8, days 9 and 11, joint 10, month 12, year 13.
          const int d1 = DayWord(m, 9), d2 = DayWord(m, 11), mo = m.month(12), y = m.num(13);
          const bool between = m.is(8, "entre") || m.is(8, "between");
          const bool pair = m.is(10, "y") || m.is(10, "and");
          if (!d1 || !d2 || between != pair) return;
          EmitDayRange(m, m.core, y, mo, d1, y, mo, d2, out);
          return;
        }
        int d1 = m.num(2), d2 = m.num(5), mo = m.month(6), y = m.num(7);
        Span span = m.core;
        if (m.has(3)) {
          // "from 18-19 June": the hyphen alone makes the range.
          span.begin = m.span(2).begin;
          EmitDayRange(m, span, y, mo, d1, y, mo, d2, out);
          return;
        }
        bool between = m.is(1, "entre") || m.is(1, "between");
        const std::string_view joint = m.str(4).substr(0, m.str(4).find(' '));
        bool pair = joint == "y" || joint == "and";
        bool either = joint == "o" || joint == "u" || joint == "or";
        // "la visita del 18 y 19 de junio": "del" is "of the" there, no range's
        // opening; the days are listed as without it.
        const bool of = (m.is(1, "de") || m.is(1, "del")) && (pair || either);
        if (of) span.begin = m.span(2).begin;
        if (m.has(1) && !of && (between != pair || either)) return;
        if ((!m.has(1) || of) && ((pair && d2 != d1 + 1) || either)) {
          // "18 y 20 de junio" names two days, "18 o 19 de junio" one of two;
          // "18 y 19" reads as one stretch.
          EmitDay(m, m.span(2), y, mo, d1, 0, out);
          EmitDay(m, Span{m.span(5).begin, m.core.end}, y, mo, d2, 0, out);
          return;
        }
        EmitDayRange(m, span, y, mo, d1, y, mo, d2, out);
      });

  // A list of three days or more of one month: "19, 20 y 21 de junio", "on
  // June 19, 20 and 21", "2, 9 o 16 de mayo". Consecutive days joined by
  // "y"/"and" are one stretch; others are each a day (the last with its month,
  // as "18 y 20 de junio" reads).
  static const std::string kListed =
      R"((\d{1,2}(?:st|nd|rd|th)?(?:\s*,\s*\d{1,2}(?:st|nd|rd|th)?)+\s*,?\s+(y|e|o|u|and|or)\s+(?:el\s+|the\s+)?\d{1,2}(?:st|nd|rd|th)?))";
  add(kListed + R"(\s+(?:de\s+|of\s+)?<M><YT>?|<M>\.?\s+)" + kListed + "<YT>?", 0,
      [](const Match& m, std::vector<DateMention>* out) {
        const bool month_first = m.has(6);
        // "on June 3, 4 and 5 people died": the last is a count.
        if (month_first && !m.has(8) && CountsSomething(m.text, m.span(0).end)) return;
        const Span list = month_first ? m.span(6) : m.span(1);
        const bool joined = month_first ? m.is(7, "and") : m.is(2, "y") || m.is(2, "e") || m.is(2, "and");
        const int mo = month_first ? m.month(5) : m.month(3), y = month_first ? m.num(8) : m.num(4);
        std::vector<Span> days;
        for (size_t i = list.begin; i < list.end;) {
          size_t j = i;
          while (j < list.end && std::isdigit(static_cast<unsigned char>(m.text[j]))) ++j;
          if (j > i) days.push_back({i, j});
          i = j > i ? j : i + 1;
        }
        auto day = [&](size_t k) { return ToInt(m.text.substr(days[k].begin, days[k].size())); };
        bool consecutive = joined;
        for (size_t k = 1; k < days.size(); ++k) consecutive &= day(k) == day(k - 1) + 1;
        if (consecutive) return EmitDayRange(m, m.core, y, mo, day(0), y, mo, day(days.size() - 1), out);
        for (size_t k = 0; k < days.size(); ++k) {
          Span s = days[k];
          if (k == 0 && month_first) s.begin = m.core.begin;
          if (k + 1 == days.size()) s.end = m.core.end;
          EmitDay(m, s, y, mo, day(k), 0, out);
        }
      });

  // el 14/3, on 12/21, este 3/08, next 8/3, Monday 8/3, and the ones after
  // such a day in a list ("on 12/21, 12/23 or 12/28"): a day and a month in the
  // language's order. Two numbers and a slash alone are as often a fraction
  // ("3/4"), or "24/7" (round the clock): a word that introduces a day makes
  // them a date, and "de"/"of" after them a fraction again ("el 1/3 de los
  // votos").
  add(R"((?:(el|del|este|proximo|pasado|desde|hasta|on|this|next|last|from|until|till|through|since|before|after)\s+)?(?:<WP2>\.?,?\s+)?(\d{1,2})/(\d{1,2}))",
      0, [](const Match& m, std::vector<DateMention>* out) {
        static const Regex* const kRangeOn =
            new Regex(R"(\s*(?:-|\s(?:al?|hasta|y|to|until|till|through|and)\s+)\s*\d{1,2}/\d{1,2})");
        static const Regex* const kListed =
            new Regex(R"(\d{1,2}/\d{1,2}(?:\s*,\s*|,?\s+(?:y|e|o|u|and|or)\s+)$)");
        int a = m.num(3), b = m.num(4);
        // "24/7" is round the clock; a bare 11 September names the 2001
        // attacks ("since 9/11", "tras el 11/9"), not this year's day.
        if ((a == 24 && b == 7) || (a == 7 && b == 24)) return;
        if (DayFirst(m.lang, a, b) ? a == 11 && b == 9 : a == 9 && b == 11) return;
        // A fraction, or the first end of a range the range reader weighs. A
        // pair that reads as a proper fraction is one when a word follows that
        // it qualifies ("el 2/3 restante").
        if (FractionOf(m) || kRangeOn->MatchAt(m.text, m.span(0).end)) return;
        if (a < b && CountsSomething(m.text, m.span(0).end)) return;
        // Without a word before it, a pair is a date only in a list of them:
        // alone, "14/3" may as well be odds ("paga 20/1").
        if (!m.has(1) && !m.has(2)) {
          size_t at = m.span(0).begin, from = at > 16 ? at - 16 : 0;
          if (!kListed->Find(m.text.substr(from, at - from), 0)) return;
        }
        int anchor = m.is(1, "proximo") || m.is(1, "next") ? 1 : m.is(1, "pasado") || m.is(1, "last") ? -1 : 0;
        Span span{m.span(3).begin, m.span(4).end};
        if (m.has(2)) span.begin = m.span(2).begin;
        if (anchor || m.is(1, "este") || m.is(1, "this")) span.begin = m.span(1).begin;
        bool day_first = DayFirst(m.lang, a, b);
        int y = anchor ? 0 : SameWeekdayYear(m, m.weekday(2), day_first ? b : a, day_first ? a : b);
        if (EmitNumericDay(m, span, a, b, y, anchor, out) && y) out->back().relative = true;
      });

  // de 3/9 a 14/6, entre 3/9 y 6/12, from 9/3 to 12/6, 27/2-2/3,
  // 9/3-12/6/2015, 4/2-4/9, 2013, 3-9-2015-8-9-2015: two days as numbers.
  // A bare hyphen joins them only when a year or a number past 12 shows they are
  // no pair of fractions.
  add(R"((?:(de|desde|entre|from|between)\s+)?(\d{1,2})([/-])(\d{1,2})(?:([/-])(\d{4}))?(?:\s*(-)\s*|\s+(al?|hasta|y|to|until|till|through|thru|and)\s+)(\d{1,2})([/-])(\d{1,2})(?:([/-])(\d{4})|,\s+(\d{4}))?)",
      0, [](const Match& m, std::vector<DateMention>* out) {
        std::string_view sep = m.str(3);
        if (m.str(10) != sep || (m.has(5) && m.str(5) != sep) || (m.has(12) && m.str(12) != sep)) return;
        int y1 = m.num(6), y2 = m.has(13) ? m.num(13) : m.num(14);
        if (sep == "-" && (!y1 || !y2)) return;  // "3-1" is a score
        if (FractionOf(m)) return;
        int a1 = m.num(2), b1 = m.num(4), a2 = m.num(9), b2 = m.num(11);
        bool between = m.is(1, "entre") || m.is(1, "between");
        bool pair = m.is(8, "y") || m.is(8, "and");
        if (m.has(8) && (!m.has(1) || between != pair)) return;
        if (!m.has(1) && !y1 && !y2 && std::max({a1, b1, a2, b2}) <= 12) return;
        bool f1 = DayFirst(m.lang, a1, b1), f2 = DayFirst(m.lang, a2, b2);
        EmitDayRange(m, m.core, y1, f1 ? b1 : a1, f1 ? a1 : b1, y2, f2 ? b2 : a2, f2 ? a2 : b2, out);
      });

  // 4-feb, 21-ago, Nov/5: a day joined to a month's name; Aug17, 2003.
  add(R"((\d{1,2})-<M>|<M>/(\d{1,2})|<M>(\d{1,2})\s*,?\s*<Y>)", 0,
      [](const Match& m, std::vector<DateMention>* out) {
        // "21-ago-2019", "nov/5/2021" are read whole by other readers.
        if ((m.After() == '-' || m.After() == '/' || m.After() == '.') &&
            std::isdigit(static_cast<unsigned char>(m.After(1)))) {
          return;
        }
        if (m.has(5)) return EmitDay(m, m.core, m.num(7), m.month(5), m.num(6), 0, out);
        if (m.has(1)) return EmitDay(m, m.core, 0, m.month(2), m.num(1), 0, out);
        EmitDay(m, m.core, 0, m.month(3), m.num(4), 0, out);
      });

  // marzo del 79, May of 79, 2 May of 79, June '79: a two-digit year
  // after a month, when "del", "of" or an apostrophe says it is one.
  add(R"((?:<D>\s+(?:de\s+|of\s+)?)?<MW>\s+(?:del\s+|of\s+|')(\d{2}))", 0,
      [](const Match& m, std::vector<DateMention>* out) {
        if (Percentage(m) || CountsSomething(m.text, m.span(0).end)) return;
        int y = TwoDigitYear(m.num(3), m.RefAt(P::kYear));
        if (m.has(1)) return EmitDay(m, m.core, y, m.month(2), m.num(1), 0, out);
        out->push_back(Absolute(m.core, Date::Month(y, m.month(2)), "month"));
      });

  // en noviembre, since March, después de ene., en enero, abril y octubre, en
  // el mes de mayo, during the month of May, starting from October: a month's
  // name after a word that places something in time, and the months listed
  // with it. "In May's government" is a name; so is "a letter from May", and
  // "from March" may be a march's start: after "from" those two are left.
  add(R"((?:en|desde|hasta|durante|despues\s+de|antes\s+de|a\s+partir\s+de|in|since|until|till|after|before|during|(from))\s+(?:el\s+mes\s+de\s+|the\s+month\s+of\s+)?(<M>(?:\.?(?:\s*,\s*|,?\s+(?:y|e|o|u|and|or)\s+)<M>)*))",
      0, [](const Match& m, std::vector<DateMention>* out) {
        if (m.After() == '\'') return;
        if (m.has(1) && (m.month(3) == 5 || m.month(3) == 3)) return;
        EmitMonthList(m, 2, out);
      });

  // en 2003 y 2006, in 2011 and 2014, de 1999, 2002 y 2005, figures from 2015
  // and 2016: years listed after a year ("2000 soldados" alone stays a number).
  add(R"((?:en|in|de|del|of|from)\s+<Y>((?:\s*,\s*\d{4})*,?\s+(?:y|e|and)\s+\d{4}))", 0,
      [](const Match& m, std::vector<DateMention>* out) {
        if (!PlausibleYear(m.num(1)) || Percentage(m) || CountsSomething(m.text, m.span(0).end)) return;
        const Span list = m.span(2);
        for (size_t i = list.begin; i < list.end; ++i) {
          if (!std::isdigit(static_cast<unsigned char>(m.text[i]))) continue;
          int y = ToInt(m.text.substr(i, 4));
          if (!PlausibleYear(y)) return;
          out->push_back(Absolute(Span{i, i + 4}, Date::Year(y), "year"));
          i += 3;
        }
      });

  // en dos mil once, in two thousand and nine, in nineteen seventy four: a
  // year in words after a word that introduces one. A round hundred or
  // thousand ("desde mil hasta mil ochocientos") counts things unless "el
  // año"/"the year" says otherwise.
  add(R"((?:en|desde|hasta|in|since|until)\s+(?:(el\s+ano|the\s+year)\s+)?([a-z]+))", 0,
      [](const Match& m, std::vector<DateMention>* out) {
        size_t end = 0;
        int y = YearWordsAt(m, m.span(2).begin, &end);
        if (!y || (y % 100 == 0 && !m.has(1))) return;
        out->push_back(Absolute(Span{m.span(2).begin, end}, Date::Year(y), "year"));
      });

  // la semana 3 de dos mil veintisiete, week 3 of twenty twenty-seven: an ISO
  // week of a year in words, as of one in digits.
  add(R"((?:semana\s+(\d{1,2})\s+del?|week\s+(\d{1,2}),?\s+of)\s+([a-z]+))", 0,
      [](const Match& m, std::vector<DateMention>* out) {
        size_t end = 0;
        int y = YearWordsAt(m, m.span(3).begin, &end);
        if (!y) return;
        std::vector<Span> g = m.g;
        g[0] = Span{m.span(0).begin, end};
        Match whole{m.text, g, m.names, m.lang, m.ref, g[0], m.future_verbs, m.past_verbs};
        EmitIsoWeek(whole, m.num(m.has(1) ? 1 : 2), y, false, out);
      });
}

}  // namespace claimcheck::dates_detail
