// Readers of English.
#include "dates/internal.h"

#include <cctype>
#include <string>
#include <utility>
#include <vector>

#include "text/regex.h"

namespace claimcheck::dates_detail {

void AddEnglishReaders(Readers* r) {
  const Names& n = r->names;
  auto add = [&](const std::string& pattern, int core, Handler h) {
    r->list.push_back({Regex(Expand(pattern, n), Regex::kWordBounded), core, std::move(h)});
  };

  // this working week, next workweek: Monday to Friday.
  add(R"((this|next|last|previous|following)\s+(?:working\s+week|work\s?week))", 0,
      [](const Match& m, std::vector<DateMention>* out) {
        EmitWorkWeek(m, ShiftOf(m.str(1)), out);
      });

  // a decade ago, two decades from now.
  add(R"((\d+|[a-z]+(?:-[a-z]+)?)\s+decades?\s+(ago|from\s+now))", 0,
      [](const Match& m, std::vector<DateMention>* out) {
        EmitDecadesOffset(m, 1, m.is(2, "ago") ? -1 : 1, out);
      });

  // the last week of next month, the first week of next year.
  add(std::string(R"((?:the\s+)?(\d(?:st|nd|rd|th)|[a-z]+)\s+week\s+of\s+)") + kNamedPeriodEn, 0,
      [](const Match& m, std::vector<DateMention>* out) { EmitNthWeekOfNamed(m, out); });

  // three weeks and four days ago, a year and five months from now. After "the
  // last", the first count is a span's ("talks ran for the last 4 months and 3
  // days ago a deal was struck").
  add(R"(((?:\d+|[a-z]+(?:-[a-z]+)*)\s+(?:days?|weeks?|months?|years?)(?:\s*,?\s*(?:and\s+)?(?:\d+|[a-z]+(?:-[a-z]+)*)\s+(?:days?|weeks?|months?|years?))+)\s+(ago|from\s+(?:now|today)))",
      0, [](const Match& m, std::vector<DateMention>* out) {
        static const Regex* const kSpanWord =
            new Regex("last|past|next|previous|following|coming|upcoming|preceding");
        std::vector<std::string_view> before = WordsBefore(m.text, m.span(0).begin, 1);
        if (!before.empty() && kSpanWord->FullMatch(before[0])) return;
        EmitCompoundOffset(m, 1, m.is(2, "ago") ? -1 : 1, out);
      });

  // a year ago today, two years ago today: the day of the anniversary; "a
  // year ago yesterday" the day before it, "a year ago tomorrow" the day after.
  // "A year ago this week" is the Monday-to-Sunday week that holds that day.
  add(R"(((?:\d+|[a-z]+(?:-[a-z]+)*)\s+(?:days?|weeks?|months?|years?))\s+ago\s+(today|yesterday|tomorrow|this\s+week))",
      0, [](const Match& m, std::vector<DateMention>* out) {
        EmitOffsetToTheDay(m, 1, -1, out);
        if ((m.is(2, "yesterday") || m.is(2, "tomorrow")) && !out->empty() && out->back().resolved) {
          out->back().value = out->back().value.AddDays(m.is(2, "tomorrow") ? 1 : -1);
          return;
        }
        if (m.is(2, "today") || out->empty() || !out->back().resolved) return;
        const Date day = out->back().value;
        const Date monday = day.AddDays(1 - day.Weekday()), sunday = monday.AddDays(6);
        out->pop_back();
        EmitRelativeRange(m, &monday, &sunday, "week", out);
      });

  // in two weeks, in a fortnight: a date only in a clause about the future (see
  // FutureCount); "prices doubled in two years" says how long. "In two weeks'
  // time" always looks ahead.
  add(R"(in\s+((?:\d+|[a-z]+(?:-[a-z]+)*)\s+(?:days?|weeks?|months?|years?)|a\s+fortnight)('s?\s+time|\s+time)?)",
      0, [](const Match& m, std::vector<DateMention>* out) {
        if (m.has(2) || (CountEndsPhrase(m) && FutureCount(m))) EmitCount(m, 1, 1, out);
      });

  // within nine months, within a fortnight: a bound from the reference in a
  // clause about the future (see EmitWithin); within the next ten months in
  // any clause.
  add(R"(within\s+((?:the\s+)?(next|coming)\s+)?((?:\d+|[a-z]+(?:-[a-z]+)*)\s+(?:days?|weeks?|months?|years?)|a\s+fortnight))",
      0, [](const Match& m, std::vector<DateMention>* out) { EmitWithin(m, 3, out, m.has(2)); });

  // the next 5 business days, the previous three working days: weekdays.
  add(R"((next|last|past|coming|previous|following|preceding)\s+(\d+|[a-z]+(?:-[a-z]+)*)\s+(?:business|working|work)\s+days)",
      0, [](const Match& m, std::vector<DateMention>* out) {
        if (!Anchored(m, kNoLead)) EmitBusinessDays(m, 2, ShiftOf(m.str(1)) > 0 ? 1 : -1, out);
      });

  // three weeks later, a fortnight later: from a time the story names, so from
  // the reference only in a clause about the future. A fortnight ago, a
  // fortnight from now (other counts are read with "four weeks ago").
  add(R"(((?:\d+|[a-z]+(?:-[a-z]+)*)\s+(?:days?|weeks?|months?|years?))\s+(later)|(a\s+fortnight)\s+(later|ago|from\s+(?:now|today)))",
      0, [](const Match& m, std::vector<DateMention>* out) {
        const int count = m.has(1) ? 1 : 3, word = m.has(1) ? 2 : 4;
        if (m.is(word, "from") && EmitStretchFromNow(m, count, out)) return;
        if (!m.is(word, "later")) return EmitCount(m, count, m.is(word, "ago") ? -1 : 1, out);
        if (!Anchored(m, kNoLead)) EmitLater(m, count, out);
      });

  // the previous Wednesday, the following Friday.
  add(R"((?:the\s+)?((previous|following|preceding)\s+<WW>))", 1,
      [](const Match& m, std::vector<DateMention>* out) {
        if (Anchored(m, kNoLead) || FollowingAsPreposition(m)) return;
        EmitWeekday(m, m.weekday(3), m.is(2, "following") ? Which::kNext : Which::kLast, out, true);
        CountFromNamed(m.weekday(3), m.is(2, "following") ? 1 : -1, out);
      });

  // the following week, the previous weekend.
  add(R"((?:the\s+)?((previous|following|preceding)\s+(week|weekend)))", 1,
      [](const Match& m, std::vector<DateMention>* out) {
        if (Anchored(m, kNoLead) || FollowingAsPreposition(m)) return;
        EmitWeek(m, ShiftOf(m.str(2)), m.str(3) == "weekend", out);
      });

  // Tuesday of the following week.
  add(R"(<WW>\s+of\s+the\s+(previous|following|preceding)\s+week)", 0,
      [](const Match& m, std::vector<DateMention>* out) {
        EmitWeekdayOfWeek(m, m.weekday(1), ShiftOf(m.str(2)), out);
      });

  // today marks two years since, tomorrow marks a year since the signing: an
  // anniversary, counted back (EmitAnniversary).
  add(R"(((?:(today|tomorrow|yesterday)\s+)?(?:marks|marked|will\s+mark)\s+(?:exactly\s+)?((?:[a-z0-9]+\s+){1,3}?(?:days?|weeks?|months?|years?)))\s+(?:since|after)\b)",
      1, [](const Match& m, std::vector<DateMention>* out) {
        EmitAnniversary(m, 3, m.is(2, "tomorrow") ? 1 : m.is(2, "yesterday") ? -1 : 0, m.has(2), out);
      });

  // the previous day, the following month, the next day; the day before, the
  // week after, the year before (only at the end of a clause: "the day before
  // the vote" counts from the vote, "the week after next" is read elsewhere).
  add(R"((?:the\s+)?((previous|following|preceding)\s+(day|month|year)|next\s+(day))|the\s+((day|week|month|year)\s+(before|after)))",
      0, [](const Match& m, std::vector<DateMention>* out) {
        if (Anchored(m, kNoLead)) return;
        Match core = m;
        core.core = m.span(m.has(1) ? 1 : 5);
        if (m.has(5)) {
          if (m.After() && std::string_view(".,;:!?)").find(m.After()) == std::string_view::npos)
            return;
          return EmitUnitShift(core, m.str(6), m.is(7, "before") ? -1 : 1, out);
        }
        if (m.has(4)) return EmitUnitShift(core, "day", 1, out);
        EmitUnitShift(core, m.str(3), ShiftOf(m.str(2)), out);
      });

  // that week, the same week: the week of a time the story names elsewhere,
  // which a weekday beside it belongs to (WeekdaysOfWeeks).
  add(R"((?:that|the)\s+(?:very\s+)?same\s+week|that\s+week)", 0,
      [](const Match& m, std::vector<DateMention>* out) { EmitRelativeRange(m, nullptr, nullptr, "week", out); });

  // the same day, that same day: the day the text named last.
  add(R"((?:the|that)\s+(?:very\s+)?same\s+day|that\s+(?:very\s+)?day)", 0,
      [](const Match& m, std::vector<DateMention>* out) { EmitDaysFromNamed(m, 0, out); });

  // the following quarter ("previous quarter" is read with "last quarter").
  add(R"((?:the\s+)?(following|preceding|upcoming)\s+quarter)", 0,
      [](const Match& m, std::vector<DateMention>* out) {
        if (Anchored(m, kNoLead)) return;
        EmitShiftedQuarter(m, ShiftOf(m.str(1)), out);
      });

  // the next decade, the previous decade, this decade, the next two decades
  // (calendar decades); the past decade and the past two decades are the last
  // ten and twenty years, as "the past ten years" are, and so is any of them
  // after "over" (OverStretch).
  add(R"((this|current|next|last|past|previous|following|coming|upcoming)\s+(?:(\d+|[a-z]+(?:-[a-z]+)?)\s+)?(decades?))",
      0, [](const Match& m, std::vector<DateMention>* out) {
        if (Anchored(m, kNoLead)) return;
        const int delta = ShiftOf(m.str(1));
        const bool plural = m.str(3) == "decades";
        if (plural != m.has(2)) return;
        int n = 1;
        std::string unit;
        if (plural && (!delta || !WholeNumber(m, m.str(2), &n, &unit) || !unit.empty())) return;
        if (delta && (OverStretch(m) || (delta < 0 && (plural || m.is(1, "past"))))) {
          return EmitSpanOf(m, 10 * n, "year", delta, out);
        }
        EmitShiftedDecades(m, plural ? 1 : delta, n, out);
      });

  // the last two quarters, the following 2 quarters: whole quarters.
  add(R"((next|last|past|previous|following|coming|upcoming|preceding)\s+(\d+|[a-z]+(?:-[a-z]+)?)\s+quarters)",
      0, [](const Match& m, std::vector<DateMention>* out) {
        if (Anchored(m, kNoLead)) return;
        int n = 0;
        std::string unit;
        if (!WholeNumber(m, m.str(2), &n, &unit) || !unit.empty()) return;
        EmitQuarters(m, n, ShiftOf(m.str(1)), out);
      });

  // the following three weeks, the previous 10 days; the 5 upcoming years, the
  // 10 previous weeks; the next fortnight, the past fortnight.
  add(R"((following|previous|preceding|upcoming)\s+((?:\d+|[a-z]+(?:-[a-z]+)*)\s+(?:days|weeks|months|years))|((?:\d+|[a-z]+(?:-[a-z]+)*))\s+(upcoming|next|coming|following|previous|preceding|past|last)\s+(days|weeks|months|years)|(next|last|past|previous|following|coming|upcoming)\s+fortnight)",
      0, [](const Match& m, std::vector<DateMention>* out) {
        if (Anchored(m, kNoLead)) return;
        if (m.has(6)) return EmitSpanOf(m, 14, "day", ShiftOf(m.str(6)) > 0 ? 1 : -1, out);
        if (m.has(1)) return EmitSpan(m, m.str(2), ShiftOf(m.str(1)), out);
        std::string count = std::string(m.str(3)) + " " + std::string(m.str(5));
        EmitSpan(m, count, ShiftOf(m.str(4)), out);
      });

  // the first 3 weeks of 2025, the last 4 weeks of this year, the first five
  // days of June, the first two quarters of 2023.
  add(std::string(
          R"((?:the\s+)?(first|last|final)\s+(\d+|[a-z]+(?:-[a-z]+)?)\s+(days|weeks|months|quarters)\s+of\s+)") +
          kNamedPeriodEn,
      0, [](const Match& m, std::vector<DateMention>* out) { EmitFirstOrLast(m, 1, 2, 3, 4, out); });

  // the fifth month of 2025, the 10th month of next year.
  add(std::string(R"((?:the\s+)?(\d{1,2}(?:st|nd|rd|th)|[a-z]+(?:-[a-z]+)?)\s+month\s+of\s+)") +
          kNamedPeriodEn,
      0, [](const Match& m, std::vector<DateMention>* out) { EmitNthMonth(m, out); });

  // Christmas Eve, Easter Monday 2019, last Easter, New Year's Day, Earth Day,
  // Juneteenth, Thanksgiving, Labor Day: holidays with a fixed rule of their own
  // ("Independence Day" differs by country and is left out; "Labour Day" too,
  // where "Labor Day" is the United States'). Right after the name "last year"
  // says which one: "prices rose before Christmas last year" is last year's.
  add(R"((?:(last|next|this|previous|following)\s+)?(christmas\s+eve|christmas(?:\s+day)?|new\s+year'?s?\s+eve|new\s+year'?s?\s+day|new\s+year(?:'s)?|easter(?:\s+(?:sunday|monday))?|good\s+friday|black\s+friday|halloween|valentine'?s\s+day|(?:saint|st\.?)\s+patrick'?s\s+day|(?:saint|st\.?)\s+patrick'?s?|international\s+workers'?\s+day|earth\s+day|juneteenth|(?:canadian\s+)?thanksgiving(?:\s+day)?|labor\s+day|memorial\s+day|(?:martin\s+luther\s+king(?:\s+jr\.?)?|mlk)\s+day|presidents'?\s+day)(?:,?\s+(?:of\s+)?<Y>|\s+(last|next|this)\s+year)?)",
      0, [](const Match& m, std::vector<DateMention>* out) {
        // "The following Easter" is the next one (from the reference when the
        // story names no time before: UnresolveAnaphoric); without "the",
        // "following" is a preposition ("following Easter, talks resumed").
        if (m.is(1, "following") && WordsBefore(m.text, m.span(0).begin, 1) != std::vector<std::string_view>{"the"}) {
          Match after = m;
          after.core = Span{m.span(2).begin, m.span(0).end};
          return EmitHoliday(after, m.str(2), m.has(3) ? m.num(3) : 0, 0, out);
        }
        int anchor = m.is(1, "last") || m.is(1, "previous") ? -1
                     : m.is(1, "next") || m.is(1, "following") ? 1
                                                                : 0;
        // The saint's name alone is the day only with its year ("Saint Patrick
        // 2018"; "St. Patrick's Cathedral").
        std::string_view name = m.str(2);
        if (name.find("patrick") != name.npos && name.find("day") == name.npos && !m.has(3)) return;
        // Another calendar's feast is another day: "Lunar New Year's Eve",
        // "Orthodox Christmas" and "Jewish New Year" are the next reader's;
        // "Coptic Christmas", "Vietnamese New Year" no one's.
        static const Regex* const kCalendar = new Regex(
            "lunar|chinese|jewish|persian|iranian|islamic|hijri|orthodox|coptic|julian|ethiopian|"
            "vietnamese|korean|tibetan|hindu|bengali|sinhala|tamil|thai|khmer|nepali|kurdish");
        std::vector<std::string_view> before = WordsBefore(m.text, m.span(0).begin, 1);
        if (!before.empty() && kCalendar->FullMatch(before[0])) return;
        // "New Year('s)" alone is the day only right after a bound ("five days
        // before New Year", "on New Year's"); "the new year" is a season, "a
        // New Year's resolution" no day at all.
        if (name.substr(0, 3) == "new" && name.find("day") == name.npos && name.find("eve") == name.npos) {
          static const Regex* const kBound = new Regex("before|after|until|till|since|by|on");
          if (m.has(1) || before.empty() || !kBound->FullMatch(before[0])) return;
        }
        if (m.has(4)) {
          if (m.has(1)) return;
          const size_t before_count = out->size();
          EmitHoliday(m, name, RefYear(m, ShiftOf(m.str(4))), 0, out);
          if (out->size() > before_count) out->back().relative = true;
          return;
        }
        EmitHoliday(m, name, m.has(3) ? m.num(3) : 0, anchor, out);
      });

  // Eid al-Fitr, Eid al-Adha, Ramadan (the whole month), the Islamic New Year,
  // Lunar New Year, the Mid-Autumn Festival, Rosh Hashanah, Yom Kippur, Purim,
  // Passover, Hanukkah, Orthodox Christmas and Easter, Nowruz: feasts of other
  // calendars (feasts.cc), with a year or last/next as the Gregorian holidays
  // take them.
  add(R"((?:(last|next|this|previous)\s+)?((?:eid|aid)(?:\s+|-)(?:al|ul|el)(?:\s+|-)?(?:fitr|adha|azha|kebir|kabir)|tabaski|feast\s+of\s+(?:the\s+)?sacrifice|ramadan|(?:islamic|hijri|muslim)\s+new\s+year(?:'?s)?(?:\s+day)?|(?:lunar|chinese)\s+new\s+year(?:'?s?\s+(?:day|eve)|'s)?|dragon\s+boat\s+festival|mid-?\s?autumn\s+festival|rosh\s+ha(?:-|\s)?shanah?|jewish\s+new\s+year(?:'s)?|yom\s+kipp?ur|sukkot|purim|passover|pesach|c?hanukk?ah?|orthodox\s+christmas(?:\s+(?:day|eve))?|orthodox\s+(?:easter(?:\s+(?:sunday|monday))?|good\s+friday)|nowruz|norouz|nowrouz|nawruz|novruz|(?:persian|iranian)\s+new\s+year(?:'s)?)(?:,?\s+(?:of\s+)?<Y>|\s+(last|next|this)\s+year)?)",
      0, [](const Match& m, std::vector<DateMention>* out) {
        // "The Yom Kippur War", "the Ramadan War" name the war of 1973, not a
        // feast of this year.
        static const Regex* const kWar = new Regex(R"(\s+wars?\b)");
        if (kWar->MatchAt(m.text, m.span(2).end)) return;
        if (m.has(4)) {
          if (m.has(1)) return;
          const size_t before = out->size();
          EmitFeast(m, m.str(2), RefYear(m, ShiftOf(m.str(4))), 0, out);
          if (out->size() > before) out->back().relative = true;
          return;
        }
        const int anchor = m.is(1, "last") || m.is(1, "previous") ? -1 : m.is(1, "next") ? 1 : 0;
        EmitFeast(m, m.str(2), m.has(3) ? m.num(3) : 0, anchor, out);
      });

  // the end of Ramadan, mid-Ramadan, the start of next Ramadan: a third of the
  // month, as of a Gregorian one ("the end of May").
  add(R"((?:(early|mid|late)[-\s]+|(?:the\s+)?(beginning|start|middle|end)\s+of\s+(?:the\s+)?)(?:(last|next|this|previous)\s+)?(ramadan)(?:,?\s+(?:of\s+)?<Y>)?)",
      0, [](const Match& m, std::vector<DateMention>* out) {
        const std::string_view w = m.has(1) ? m.str(1) : m.str(2);
        const int part = (w == "mid" || w == "middle") ? 1 : (w == "late" || w == "end") ? 2 : 0;
        const int anchor = m.is(3, "last") || m.is(3, "previous") ? -1 : m.is(3, "next") ? 1 : 0;
        EmitFeast(m, m.str(4), m.has(5) ? m.num(5) : 0, anchor, out, part);
      });

  // the fourth of July, the twenty-third of May 2021; June first, January
  // second 2020 (ordinal words only, and not after "may" or "march", which are
  // verbs as often).
  add(R"((?:the\s+)?([a-z]+-[a-z]+|[a-z]+\s+[a-z]+|[a-z]+)\s+of\s+<M><YT>?|<MW>,?\s+(?:the\s+)?([a-z]+-[a-z]+|[a-z]+\s+[a-z]+|[a-z]+)<YT>?)",
      0, [](const Match& m, std::vector<DateMention>* out) {
        const bool month_first = m.has(4);
        const int group = month_first ? 5 : 1;
        if (month_first && (m.str(4) == "may" || m.str(4) == "march")) return;
        if (!month_first && m.ShortMonthAlone(2) && !m.has(3)) return;
        std::string_view words = m.str(group);
        int d = 0;
        Span span = m.core;
        // "June first time": the first word alone, without what follows.
        for (int attempt = 0; attempt < 2 && !d; ++attempt) {
          int v = 0;
          bool ordinal = false;
          std::string unit;
          if (WholeNumber(m, words, &v, &unit, &ordinal) && ordinal && unit.empty() && v >= 1 &&
              v <= 31) {
            d = v;
          } else if (!month_first) {
            // "until third of Sept.": the last word alone.
            size_t cut = words.find_last_of(" -");
            if (cut == std::string_view::npos) return;
            words = words.substr(cut + 1);
            span.begin = m.span(group).begin + cut + 1;
          } else {
            size_t cut = words.find_first_of(" -");
            if (cut == std::string_view::npos) return;
            words = words.substr(0, cut);
            span.end = m.span(group).begin + cut;
          }
        }
        if (!d) return;
        int y = month_first ? (span.end == m.core.end ? m.num(6) : 0) : m.num(3);
        EmitDay(m, span, y, m.month(month_first ? 4 : 2), d, 0, out);
      });

  // [Wednesday,] June 19[, 2024].
  add(R"(<WP><M>\.?\s+<D>(?:\s*,?\s+(?:of\s+)?<Y>)?)", 0,
      [](const Match& m, std::vector<DateMention>* out) {
        int y = m.num(4) ? m.num(4) : SameWeekdayYear(m, m.weekday(1), m.month(2), m.num(3));
        EmitDay(m, m.core, y, m.month(2), m.num(3), 0, out);
        if (y && !m.has(4) && !out->empty()) out->back().relative = true;
      });

  // this Friday (June 15), Friday (15 June 2018), next Tuesday (6/12), this
  // Friday-Jun-15: a weekday with its date beside it, in parentheses or joined
  // by hyphens. The date decides, as in "Friday, June 15": the year nearest the
  // reference in which the day is that weekday, else the one "next"/"last" or
  // the clause point to. A closing parenthesis ends no word, so this pattern
  // carries its own boundaries.
  r->list.push_back(
      {Regex(Expand(R"(\b(?:(this\s+coming|this\s+past|this|next|last|coming|past)\s+)?<WW>\s*(?:\(\s*(?:<M>\.?[\s-]+<D>|<D>[\s-]+<M>\.?|(\d{1,2})/(\d{1,2}))(?:,?\s+<Y>)?\s*\)|-<M>-<D>\b))", n),
             Regex::kNone),
       0, [](const Match& m, std::vector<DateMention>* out) {
         const int wd = m.weekday(2);
         int mo = 0, d = 0;
         if (m.has(3)) mo = m.month(3), d = m.num(4);
         if (m.has(6)) mo = m.month(6), d = m.num(5);
         if (m.has(7)) {
           const bool day_first = DayFirst(m.lang, m.num(7), m.num(8));
           mo = m.num(day_first ? 8 : 7), d = m.num(day_first ? 7 : 8);
         }
         if (m.has(10)) mo = m.month(10), d = m.num(11);
         if (mo < 1 || mo > 12) return;
         if (m.has(9)) return EmitDay(m, m.core, m.num(9), mo, d, 0, out);
         const int anchor = m.is(1, "next") || m.str(1).find("coming") != std::string_view::npos ? 1
                            : m.is(1, "last") || m.str(1).find("past") != std::string_view::npos ? -1
                                                                                                  : 0;
         const int y = SameWeekdayYear(m, wd, mo, d);
         EmitDay(m, m.core, y, mo, d, y ? 0 : anchor, out);
         if (y && !out->empty()) out->back().relative = true;
       }});

  // next April 6, next 6th of April, last April 6: without a year, the first
  // such day after the reference (the last before it), as "el próximo 6 de
  // abril". A day before the month needs its ordinal ("the next 5 may ...").
  add(R"((next|coming|last)\s+(?:<M>\.?\s+(?:the\s+)?<D>|(?:the\s+)?(\d{1,2})(?:st|nd|rd|th)\s+(?:of\s+)?<M>)(\s*,?\s+(?:of\s+)?\d{4})?)",
      0, [](const Match& m, std::vector<DateMention>* out) {
        if (m.has(6)) return;
        const int mo = m.month(m.has(2) ? 2 : 5), d = m.num(m.has(2) ? 3 : 4);
        EmitDay(m, m.core, 0, mo, d, m.is(1, "last") ? -1 : 1, out);
      });

  // April in 2016, from April in 2016 to June in 2017: a month and the year it
  // is "in". "May" and "March" need a word before them that places a time
  // ("Theresa May in 2016 said", "they march in 2016").
  add(R"((?:(in|from|since|until|till|by|during|to|and|through|of|early|late|mid)[-\s]+)?(<MW>\s+in\s+<Y>))", 2,
      [](const Match& m, std::vector<DateMention>* out) {
        if (!m.has(1) && (m.str(3) == "may" || m.str(3) == "march")) return;
        if (!PlausibleYear(m.num(4)) || Percentage(m)) return;
        // After a day ("29 February in 2023") the day's reader decides.
        static const Regex* const kDayBefore = new Regex(R"(\d(?:st|nd|rd|th)?(?:\s+of)?\s+$)");
        const size_t at = m.span(2).begin, from = at > 12 ? at - 12 : 0;
        if (kDayBefore->Find(m.text.substr(from, at - from), 0)) return;
        out->push_back(Absolute(m.core, Date::Month(m.num(4), m.month(3)), "month"));
      });

  // in 2017 April, the 2017 April vote: a year and then its month, as tables and
  // some wires write them. Not before a number ("in 2017 April 5 people ...": the
  // day's reader would have to guess), nor "May"/"March", which are a name and a
  // verb as often ("in 2017 May called an election").
  add(R"(<Y>\s+<MW>)", 0, [](const Match& m, std::vector<DateMention>* out) {
    if (m.str(2) == "may" || m.str(2) == "march" || !PlausibleYear(m.num(1))) return;
    static const Regex* const kNumber = new Regex(R"(\s*[,-]?\s*\d)");
    if (kNumber->MatchAt(m.text, m.span(0).end)) return;
    out->push_back(Absolute(m.core, Date::Month(m.num(1), m.month(2)), "month"));
  });

  // the June summit, Kim's April visit, their October talks: a month's name
  // between a determiner and a noun dates the noun, as "the 2018 summit" does.
  // Not "May" or "March" ("the May government", "the March organisers"), nor
  // before a number, which is a day's ("the June 19 summit").
  add(R"((?:the|its|his|her|their|our|[a-z]+'s|[a-z]+s')\s+(<MW>)\s+[a-z]{3,})", 0,
      [](const Match& m, std::vector<DateMention>* out) {
        if (m.month(1) == 5 || m.month(1) == 3) return;
        EmitMonthList(m, 1, out);
      });

  // June the 28th[, 2020], May the 4th: the day with its article, as spoken;
  // the ordinal suffix is required ("may the 5 members" is a verb).
  add(R"(<WP><M>\.?,?\s+the\s+(\d{1,2})(?:st|nd|rd|th)(?:\s*,?\s+(?:of\s+)?<Y>)?)", 0,
      [](const Match& m, std::vector<DateMention>* out) {
        int y = m.num(4) ? m.num(4) : SameWeekdayYear(m, m.weekday(1), m.month(2), m.num(3));
        EmitDay(m, m.core, y, m.month(2), m.num(3), 0, out);
        if (y && !m.has(4) && !out->empty()) out->back().relative = true;
      });

  // June 18-19[, 2024].
  add(R"(<M>\.?\s+<D>\s*-\s*<D>(?:\s*,?\s+<Y>)?)", 0,
      [](const Match& m, std::vector<DateMention>* out) {
        int mo = m.month(1), y = m.num(4);
        EmitDayRange(m, m.core, y, mo, m.num(2), y, mo, m.num(3), out);
      });

  // April ninth through seventeenth, April 9th to the seventeenth[, 2024]: days
  // as ordinal words ("June twenty to thirty people" has no ranks).
  add(R"(<M>\.?\s+(?:the\s+)?(\d{1,2}(?:st|nd|rd|th)|[a-z]+(?:-[a-z]+)?)\s+(?:through|thru|to|until|till)\s+(?:the\s+)?(\d{1,2}(?:st|nd|rd|th)|[a-z]+(?:-[a-z]+)?)(?:\s*,?\s+<Y>)?)",
      0, [](const Match& m, std::vector<DateMention>* out) {
        const int d1 = Rank(m, 2), d2 = Rank(m, 3), mo = m.month(1), y = m.num(4);
        if (d1 < 1 || d2 < 1) return;
        EmitDayRange(m, m.core, y, mo, d1, y, mo, d2, out);
      });

  // from June 28 to July 2[, 2024]; without "from" too when both days have
  // their month ("June 28 to July 2"), as for days written first.
  add(R"((?:(from|between)\s+)?<M>\.?\s+<D>(?:\s*,?\s+<Y>)?\s+(to|and|until|through)\s+<M>\.?\s+<D>(?:\s*,?\s+<Y>)?)",
      0, [](const Match& m, std::vector<DateMention>* out) {
        if (m.is(1, "between") != m.is(5, "and")) return;
        EmitDayRange(m, m.core, m.num(4), m.month(2), m.num(3), m.num(8), m.month(6), m.num(7),
                     out);
      });

  // This morning, this afternoon and this evening are the reference's day.
  add(R"((?:the\s+)?(day\s+before\s+yesterday|day\s+after\s+tomorrow|yesterday|today|tonight|tomorrow|last\s+night|this\s+(?:morning|afternoon|evening)))",
      1, [](const Match& m, std::vector<DateMention>* out) {
        // "told the BBC's Today programme", "the TODAY show": a programme's name.
        static const Regex* const kProgramme =
            new Regex(R"(\s+(?:show|programme|program|podcast|newsletter|broadcast|bulletin)\b)");
        if (kProgramme->MatchAt(m.text, m.span(0).end)) return;
        std::string_view s = m.str(1);
        int days = s == "yesterday" || s.front() == 'l'                     ? -1
                   : s == "today" || s == "tonight" || s.substr(0, 4) == "this" ? 0
                   : s == "tomorrow"                    ? 1
                   : s.find("before") != s.npos         ? -2
                                                        : 2;
        EmitDayOffset(m, days, out);
      });

  // After "the" or "every" a weekday is not the reference's week ("the last
  // Wednesday of the month", "every Wednesday"); after "a" or "any" it is no
  // day at all ("signed on a Wednesday").
  // "this coming Friday" is the next one, like "next Friday".
  add(R"((?:(every|each|the|a|an|any)\s+)?((?:(this\s+past|this\s+(?:up)?coming|(?:up)?coming|this|last|next|past)\s+)?<WW>))",
      2, [](const Match& m, std::vector<DateMention>* out) {
        if (m.has(1)) return;
        Which w = Which::kOnOrBefore;
        if (m.is(3, "this")) w = Which::kThis;
        if (m.str(3).find("coming") != std::string_view::npos) w = Which::kNext;
        if (m.is(3, "last") || m.str(3).find("past") != std::string_view::npos) w = Which::kLast;
        if (m.is(3, "next")) w = Which::kNext;
        // "this coming", "this past" name the nearest one; "next", "last" may
        // name that of the next or previous week.
        EmitWeekday(m, m.weekday(4), w, out, m.is(3, "next") || m.is(3, "last"));
      });

  // "on Wednesday last", "Friday next": the formal order of Indian, Pakistani
  // and older British copy, where nothing follows the word (not "Wednesday
  // last week", read with the week).
  add(R"(<WW>\s+(last|next))", 0, [](const Match& m, std::vector<DateMention>* out) {
    const std::string_view rest = m.text.substr(m.span(0).end);
    const size_t next = rest.find_first_not_of(" \t");
    if (next != std::string_view::npos && std::isalnum(static_cast<unsigned char>(rest[next]))) return;
    EmitWeekday(m, m.weekday(1), m.is(2, "last") ? Which::kLast : Which::kNext, out, true);
  });

  // "this May" and "this March" are read only where no verb can follow: at the
  // end of a sentence or before "'s" ("this May's vote"); "this may take",
  // "this march ended" are far more common. (In a range, see the month-range
  // reader.)
  add(R"((?:(the)\s+)?((last|next|this)\s+<MW>))", 2,
      [](const Match& m, std::vector<DateMention>* out) {
        if (m.has(1)) return;
        static const Regex* const kEnds = new Regex(R"(\s*(?:[.!?;)]|$)|'s\b)");
        if (m.is(3, "this") && (m.str(4) == "may" || m.str(4) == "march") &&
            !kEnds->MatchAt(m.text, m.span(0).end)) {
          return;
        }
        Which w = m.is(3, "last") ? Which::kLast : m.is(3, "next") ? Which::kNext : Which::kThis;
        EmitMonthName(m, m.month(4), w, out);
      });

  // "over the last year" is a duration, not last year.
  add(R"((?:(the)\s+)?((?:(earlier|later)\s+)?(this|last|next)\s+(month|year)))", 2,
      [](const Match& m, std::vector<DateMention>* out) {
        if (m.has(1) || (m.has(3) && m.is(4, "this"))) return;
        int delta = m.is(4, "last") ? -1 : m.is(4, "next") ? 1 : 0;
        EmitPeriod(m, m.str(5) == "month", delta, out);
      });

  // the current week, the current month, the current year: the reference's.
  add(R"(the\s+current\s+(week|month|year))", 0, [](const Match& m, std::vector<DateMention>* out) {
    if (m.is(1, "week")) return EmitWeek(m, 0, false, out);
    EmitPeriod(m, m.is(1, "month"), 0, out);
  });

  // earlier this month, later this year, later in the week; the rest of the
  // year, the remainder of 2024 (the reference's year or month only); so far
  // this year, so far in 2024, year to date.
  add(R"((earlier|later)\s+(?:this|in\s+the)\s+(week|month|year)|(?:the\s+)?(?:rest|remainder)\s+of\s+(?:the|this)\s+(week|month|year)|so\s+far\s+this\s+(week|month|year)|(year|month)[-\s]to[-\s]date|(?:the\s+)?(?:rest|remainder)\s+of\s+(?:<Y>|<MW>)|so\s+far\s+in\s+(?:<Y>|<MW>))",
      0, [](const Match& m, std::vector<DateMention>* out) {
        if (m.has(1)) return EmitHalf(m, UnitOf(m.str(2)), m.is(1, "later"), out);
        if (m.has(6) || m.has(7)) return EmitRestOfNamed(m, 6, 7, true, out);
        if (m.has(8) || m.has(9)) return EmitRestOfNamed(m, 8, 9, false, out);
        if (m.has(3)) return EmitRest(m, UnitOf(m.str(3)), true, out);
        EmitRest(m, UnitOf(m.str(m.has(4) ? 4 : 5)), false, out);
      });

  // this week, last week, next week, the week after next, the week before last.
  // After "the", "last week"/"next week" are seven days ("the last week of
  // July", "over the next week"); "the following week" counts from a day the
  // story names (read above, with UnresolveAnaphoric).
  add(R"((?:(the)\s+)?(?:(this|last|next)\s+(week|weekend)|week\s+(after\s+next|before\s+last)))",
      0, [](const Match& m, std::vector<DateMention>* out) {
        if (m.has(1) != m.has(4)) return;
        int delta = m.has(4) ? (m.is(4, "after") ? 2 : -2)
                    : m.is(2, "this") ? 0
                    : m.is(2, "last") ? -1
                                      : 1;
        EmitWeek(m, delta, m.str(3) == "weekend", out);
      });

  // over the weekend, at the weekend, during the weekend: the nearest weekend the
  // clause looks to (EmitNearestWeekend); "the weekend of June 3", "the weekend
  // before the vote" are anchored elsewhere and left. This past weekend, this
  // coming weekend: the one just gone, the one ahead.
  add(R"((?:(?:over|at|during|on|through|throughout)\s+(the\s+weekend)|this\s+(past|coming)\s+weekend))",
      0, [](const Match& m, std::vector<DateMention>* out) {
        if (m.has(1)) {
          static const Regex* const kAnchored = new Regex(R"(\s+(?:of|before|after|ahead)\b)");
          if (kAnchored->MatchAt(m.text, m.span(0).end)) return;
          Match core = m;
          core.core = m.span(1);
          return EmitNearestWeekend(core, out);
        }
        const Date* ref = m.RefAt(P::kDay);
        const bool weekend_now = ref && ref->Weekday() >= 6;
        EmitWeek(m, m.is(2, "coming") ? (weekend_now ? 1 : 0) : (weekend_now ? 0 : -1), true, out);
      });

  // three and a half weeks ago, a year and a half ago, two and a half years
  // from now: half the unit more, to the day (EmitHalfCount).
  add(R"((?:((?:\d+|[a-z]+(?:-[a-z]+)*))\s+and\s+a\s+half\s+(days?|weeks?|months?|years?)|an?\s+(day|week|month|year)\s+and\s+a\s+half)\s+(ago|from\s+(?:now|today)))",
      0, [](const Match& m, std::vector<DateMention>* out) {
        int n = 1;
        std::string_view unit = m.has(3) ? m.str(3) : m.str(2);
        if (unit.back() == 's') unit.remove_suffix(1);
        if (m.has(1)) {
          std::string u;
          if (!WholeNumber(m, m.str(1), &n, &u) || n < 1 || !u.empty()) return;
        }
        EmitHalfCount(m, n, unit, m.is(4, "ago") ? -1 : 1, out);
      });

  // four weeks ago, a year ago; ten days from now (after "for", how long: see
  // EmitStretchFromNow). A hedge before the count makes it approximate ("almost
  // four weeks ago", "just over a year ago"); "about" is one here too, as no
  // topic is counted back.
  add(R"(((?:\d+|[a-z]+(?:-[a-z]+)*)\s+(?:days?|weeks?|months?|years?))\s+(ago|from\s+(?:now|today)))", 0,
      [](const Match& m, std::vector<DateMention>* out) {
        if (m.is(2, "from") && EmitStretchFromNow(m, 1, out)) return;
        const size_t before = out->size();
        EmitOffset(m, 1, m.is(2, "ago") ? -1 : 1, out);
        static const Regex* const kHedge = new Regex(
            R"((?:^|[^a-z])(?:almost|nearly|about|around|roughly|some|approximately|just\s+over|just\s+under|over|under|more\s+than|less\s+than)\s+$)");
        if (out->size() > before && kHedge->Contains(TextBefore(m.text, m.core.begin))) out->back().approx = true;
      });

  // the 1960s, 1960s, the '80s, '80s music, the seventies (words only after
  // "the": "in her sixties" is an age; so is "her 80s", but the apostrophe of
  // "'80s" marks dropped century digits, never an age).
  add(R"((?:the\s+)?'?(\d{3}0)\s?s|the\s+'?(\d0)s|(?:^|[^a-z0-9'])'(\d0)s\b|the\s+(?:(?:early|mid|late)[-\s]+)?([a-z]+)ties)", 0,
      [](const Match& m, std::vector<DateMention>* out) {
        if (m.has(1)) return EmitDecade(m, m.num(1), out);
        if (m.has(2)) return EmitDecade(m, m.num(2), out);
        if (m.has(3)) {
          Match d = m;
          d.core = Span{m.span(3).begin - 1, m.span(3).end + 1};  // without the character before
          return EmitDecade(d, m.num(3), out);
        }
        int decade = 0;
        std::string unit;
        std::string word = std::string(m.str(4)) + "ty";
        if (!WholeNumber(m, word, &decade, &unit) || !unit.empty() || decade < 20 || decade > 90) {
          return;
        }
        EmitDecade(m, decade, out);
      });

  // Seasons. "summer 2024", "the winter of 2022", "fall 2023".
  add(R"(((spring|summer|autumn|fall|winter)\s+(?:of\s+)?<Y>))", 1, [](const Match& m, std::vector<DateMention>* out) {
    EmitSeason(m, SeasonNamed(m.str(2)), m.num(3), Which::kThis, out);
  });
  // "last summer", "this spring", "next fall", "the past winter".
  add(R"(((this|last|next|past|coming)\s+(spring|summer|autumn|fall|winter)))", 1,
      [](const Match& m, std::vector<DateMention>* out) {
        const Which which = m.is(2, "this")                        ? Which::kThis
                            : m.is(2, "next") || m.is(2, "coming") ? Which::kNext
                                                                   : Which::kLast;
        EmitSeason(m, SeasonNamed(m.str(3)), 0, which, out);
      });
  // "in the summer", "during winter", "in early spring", "by the end of the
  // summer": the season nearest the reference, by the clause's tense. Not
  // "fall" alone (a verb, or "the fall of Kabul"), and not "the spring of
  // his life", "the summer of love".
  add(R"((?:in|during|over|through|throughout|until|since|by|(?:beginning|start|middle|end)\s+of)\s+(?:the\s+)?(?:(?:early|mid|late)[-\s]+)?((spring|summer|autumn|winter)))",
      1, [](const Match& m, std::vector<DateMention>* out) {
        static const Regex* const kNotSeason = new Regex(R"(\s+of\b)");
        if (kNotSeason->MatchAt(m.text, m.span(0).end)) return;
        EmitSeason(m, SeasonNamed(m.str(2)), 0, Which::kOnOrBefore, out);
      });

  // early June, mid-October, late 2015, the end of 2015, the beginning of
  // March, the end of the year; end-June, end-2023 (wire style; the hyphen is
  // required: "talks end June 30" is a verb).
  add(R"((?:(early|mid|late)[-\s]+|(end)-|(?:the\s+)?(beginning|start|middle|end)\s+of\s+(?:the\s+)?)(?:<MW><YT>?|(?:year\s+)?<Y>|(?:(this|last|next)\s+)?(week|month|year)))",
      0, [](const Match& m, std::vector<DateMention>* out) {
        std::string_view w = m.has(1) ? m.str(1) : m.has(2) ? m.str(2) : m.str(3);
        int part = (w == "mid" || w == "middle") ? 1 : (w == "late" || w == "end") ? 2 : 0;
        if (m.has(8)) {
          if (m.After() == ' ' && m.text.substr(m.span(0).end + 1, 6) == "before") return;
          int delta = m.is(7, "last") ? -1 : m.is(7, "next") ? 1 : 0;
          if (m.str(8) == "week") return EmitWeekPart(m, part, delta, out);
          EmitRelativePart(m, part, m.str(8) == "month", delta, out, !m.has(7));
          return;
        }
        int year = m.has(6) ? m.num(6) : m.num(5);
        if (year && !PlausibleYear(year)) return;
        EmitPart(m, part, m.month(4), year, out);
      });

  // year-end, by month-end, year-end 2023: the end of the year or month, as
  // "the end of the year".
  add(R"((year|month)-end(?:\s+<Y>)?)", 0, [](const Match& m, std::vector<DateMention>* out) {
    const bool month = m.str(1) == "month";
    if (m.has(2) && (month || !PlausibleYear(m.num(2)))) return;
    if (m.has(2)) return EmitPart(m, 2, 0, m.num(2), out);
    EmitRelativePart(m, 2, month, 0, out, true);
  });

  // the first quarter of 2017, the 3rd quarter of this year, the second half of
  // 2019, Q1 2017, Q1 of 2017.
  add(R"((?:(?:the\s+)?(\d(?:st|nd|rd|th)|[a-z]+)\s+(quarter|half)\s+(?:of\s+)?|q([1-4])(?:\s+of\s+|[-\s]+))(?:<Y>|(?:the|this)\s+year|(last|next)\s+year))",
      0, [](const Match& m, std::vector<DateMention>* out) {
        int n = m.has(3) ? m.num(3) : Rank(m, 1);
        int months = m.is(2, "half") ? 6 : 3;
        if (m.has(4)) return EmitYearPart(m, n, months, m.num(4), false, out);
        int delta = m.is(5, "last") ? -1 : m.has(5) ? 1 : 0;
        EmitYearPart(m, n, months, RefYear(m, delta), true, out);
      });

  // the first half of July, the second half of next month: days 1-15 and 16 to
  // the end, read as the early and late parts of a month are (a year's halves
  // are read above).
  add(R"((?:the\s+)?(first|second|latter)\s+half\s+of\s+(?:<MW><YT>?|(?:the|this)\s+month|(next|last|previous)\s+month))",
      0, [](const Match& m, std::vector<DateMention>* out) {
        const int part = m.is(1, "first") ? 0 : 2;
        if (!m.has(2)) return EmitRelativePart(m, part, true, ShiftOf(m.str(4)), out);
        if (m.has(3) && !PlausibleYear(m.num(3))) return;
        EmitPart(m, part, m.month(2), m.num(3), out);
      });

  // in the first quarter, during the second half, Q3: a quarter or half
  // without its year ("the first half of July" is a month's, "the first quarter
  // of the match" no date; "the last quarter" is the one before this).
  const Handler yearless_part = [](const Match& m, std::vector<DateMention>* out) {
    static const Regex* const kOf = new Regex(R"(\s+of\b|\s*[-/:.,]?\s*\d)");
    if (kOf->MatchAt(m.text, m.span(0).end)) return;
    if (m.has(4)) return EmitYearlessPart(m, m.num(4), 3, out);
    const bool half = m.is(3, "half");
    EmitYearlessPart(m, m.is(2, "final") ? (half ? 2 : 4) : Rank(m, 2), half ? 6 : 3, out);
  };
  add(R"((?:in|during|for|over|through|throughout|by|since|until)\s+(the\s+(first|second|third|fourth|final|1st|2nd|3rd|4th)\s+(quarter|half)))",
      1, yearless_part);
  add(R"((q)()()([1-4]))", 0, yearless_part);

  // this quarter, the next quarter, last quarter; "the last quarter of 2023"
  // is a year's fourth (read above).
  add(R"((?:the\s+)?(this|current|last|next|previous|past|coming)\s+quarter(\s+of\b)?)", 0,
      [](const Match& m, std::vector<DateMention>* out) {
        if (m.has(2)) return;
        int delta = m.is(1, "this") || m.is(1, "current") ? 0
                    : m.is(1, "next") || m.is(1, "coming") ? 1
                                                          : -1;
        EmitShiftedQuarter(m, delta, out);
      });

  // the first week of July, the last week of 2020, 2nd week of March.
  add(R"((?:the\s+)?(\d(?:st|nd|rd|th)|[a-z]+)\s+week\s+of\s+(?:<M>\.?<YT>?|<Y>))", 0,
      &EmitNthWeekOf);

  // "later than 2019": a bare year after a bound's "than" ("more than 2000"
  // is a number).
  add(R"((?:later|earlier)\s+than\s+<Y>)", 0, [](const Match& m, std::vector<DateMention>* out) {
    if (!PlausibleYear(m.num(1)) || Percentage(m)) return;
    out->push_back(Absolute(m.span(1), Date::Year(m.num(1)), "year"));
  });

  // "dates back to 1865", "dating from 1865": a year after a verb of origin,
  // where a count never stands.
  add(R"((?:dates?|dated|dating)\s+(?:back\s+)?(?:to|from)\s+<Y>)", 1,
      [](const Match& m, std::vector<DateMention>* out) {
        if (PlausibleYear(m.num(1)) && !Percentage(m))
          out->push_back(Absolute(m.core, Date::Year(m.num(1)), "year"));
      });

  // 2018 or later, 1990 or earlier: a bound after a bare four-digit number
  // makes it a year ("2000 or more" is a count); OpenRanges opens the range.
  add(R"(<Y>\s+or\s+(?:later|earlier))", 1, [](const Match& m, std::vector<DateMention>* out) {
    if (PlausibleYear(m.num(1))) out->push_back(Absolute(m.core, Date::Year(m.num(1)), "year"));
  });

  // the last century, the previous century, this century. "The past century"
  // is as often the last hundred years, and is left.
  add(R"((?:the\s+(last|previous)|(this))\s+century)", 0, [](const Match& m, std::vector<DateMention>* out) {
    EmitRelativeCentury(m, m.has(2) ? 0 : -1, out);
  });

  // the 21st century, the nineteenth century.
  add(R"((?:the\s+)?(\d{1,2}(?:st|nd|rd|th)|[a-z]+(?:-[a-z]+)?)\s+century)", 0,
      [](const Match& m, std::vector<DateMention>* out) { EmitCentury(m, Rank(m, 1), out); });

  // week 31, week 1 of 2019, week 12 last year: ISO weeks.
  add(R"(week\s+(\d{1,2})(?:,?\s+(?:of\s+)?(?:<Y>|(this|last|next)\s+year))?)", 0,
      [](const Match& m, std::vector<DateMention>* out) {
        if (m.has(2)) return EmitIsoWeek(m, m.num(1), m.num(2), false, out);
        int delta = m.is(3, "last") ? -1 : m.is(3, "next") ? 1 : 0;
        EmitIsoWeek(m, m.num(1), RefYear(m, delta), true, out);
      });

  // Thursday of next week, Monday next week, next week on Thursday, last week
  // Friday. "Monday next week's summit" is two dates.
  add(R"((?:<WW>\s+(?:of\s+)?(this|last|next)\s+week|(this|last|next)\s+week,?\s+(?:on\s+)?<WP2>))", 0,
      [](const Match& m, std::vector<DateMention>* out) {
        if (m.has(1) && m.After() == '\'') return;
        std::string_view w = m.has(2) ? m.str(2) : m.str(3);
        int wd = m.has(1) ? m.weekday(1) : m.weekday(4);
        EmitWeekdayOfWeek(m, wd, w == "this" ? 0 : w == "last" ? -1 : 1, out);
      });

  // the last 3 months and 2 weeks, the past two years and six months: one span
  // of the sum. Before "ago" or "later" the last part is another count ("the
  // last 4 months and 3 days ago a deal was struck").
  add(R"((next|last|past|coming)\s+((?:\d+|[a-z]+(?:-[a-z]+)*)\s+(?:days?|weeks?|months?|years?)(?:\s*,?\s*(?:and\s+)?(?:\d+|[a-z]+(?:-[a-z]+)*)\s+(?:days?|weeks?|months?|years?))+)(\s+(?:ago|later|earlier|before|after|from|hence)\b)?)",
      0, [](const Match& m, std::vector<DateMention>* out) {
        if (!m.has(3) && !Anchored(m, kNoLead)) EmitCompoundSpan(m, 2, m.is(1, "next") || m.is(1, "coming") ? 1 : -1, out);
      });

  // the next couple of weeks, the past couple days: two of them.
  add(R"((next|last|past|coming|previous|following)\s+couple\s+(?:of\s+)?(day|week|month|year)s)", 0,
      [](const Match& m, std::vector<DateMention>* out) {
        if (Anchored(m, kNoLead)) return;
        EmitSpanOf(m, 2, std::string(m.str(2)), ShiftOf(m.str(1)) > 0 ? 1 : -1, out);
      });

  // the past week, over the last month, the coming year: one of them counted
  // from the reference, as "the past two weeks" counts two ("the last week of
  // July", "the last year of his term" are anchored elsewhere). "The next
  // year" is left: it counts from a time the story names as often ("re-elected
  // the next year").
  add(R"(the\s+((past|last|coming)\s+(week|month|year)))", 1,
      [](const Match& m, std::vector<DateMention>* out) {
        if (Anchored(m, kNoLead)) return;
        EmitSpanOf(m, 1, std::string(m.str(3)), m.is(2, "coming") ? 1 : -1, out);
      });

  // the next five days, the last six months, the past two years. Told in the
  // past, "the next two weeks" follow a time the story names ("troops withdrew
  // over the next two weeks").
  add(R"((next|last|past|coming)\s+((?:\d+|[a-z]+(?:-[a-z]+)*)\s+(?:days|weeks|months|years)))", 0,
      [](const Match& m, std::vector<DateMention>* out) {
        const bool ahead = m.is(1, "next") || m.is(1, "coming");
        if (ahead && m.Past()) return;
        EmitSpan(m, m.str(2), ahead ? 1 : -1, out);
      });

  // March 2 to 5, from May 4th through 12th, between June 5 and 6, on June 19
  // and 20 (one stretch; "June 2 and 9", "June 19 or 20" are two days). A month
  // after the second day makes it another reading ("March 2 to 5 April").
  // Without "between", "and" joins two days only when a year or no counted word
  // follows ("on June 5 and 6 people died" is a day and a count).
  add(R"((?:(from|between)\s+)?<M>\.?\s+(?:the\s+)?<D>\s+(to|through|thru|until|till|and|or)\s+(?:the\s+)?<D><YT>?(\s+(?:of\s+)?<M>)?)",
      0, [](const Match& m, std::vector<DateMention>* out) {
        const bool ends = m.has(6) || !CountsSomething(m.text, m.span(0).end);
        const bool listed = m.is(4, "and") || m.is(4, "or");
        if (m.has(7) || (m.is(1, "between") ? !m.is(4, "and") : listed && (m.has(1) || !ends))) return;
        int mo = m.month(2), y = m.num(6);
        if (m.is(4, "or") || (m.is(4, "and") && !m.has(1) && m.num(5) != m.num(3) + 1)) {
          // "on June 2 and 9" names two days, as "2 and 9 June" does; "June 19
          // or 20" one of two.
          EmitDay(m, Span{m.core.begin, m.span(3).end}, y, mo, m.num(3), 0, out);
          EmitDay(m, Span{m.span(5).begin, m.core.end}, y, mo, m.num(5), 0, out);
          return;
        }
        EmitDayRange(m, m.core, y, mo, m.num(3), y, mo, m.num(5), out);
      });

  // from 3 August to 9 August, from the 5th of May 2021 to the 8th of May 2021.
  // Two days each with its month need no "from" ("on 12 March to 15 March in
  // 2021", "3 May 2019 through 9 May 2019"): a count cannot take a month, so
  // nothing else reads so; "and" still needs "between" ("5 May and 9 May" are
  // two days).
  add(R"((?:(from|between)\s+)?(?:the\s+)?<D>\s+(?:of\s+)?<M><YT>?\s+(to|until|till|through|thru|and)\s+(?:the\s+)?<D>\s+(?:of\s+)?<M><YT>?)",
      0, [](const Match& m, std::vector<DateMention>* out) {
        if (m.is(1, "between") != m.is(5, "and")) return;
        EmitDayRange(m, m.core, m.num(4), m.month(3), m.num(2), m.num(8), m.month(7), m.num(6),
                     out);
      });

  // on the 23rd, by the 6th, on 27th, on the fifth, by the 12th this month, the
  // week of the 23rd: a day alone is of the reference's month (or of the month
  // named after it). A word after it makes it a rank ("on the 17th hole",
  // "after the 2nd round"); ordinals in words only after "on the". "Around the
  // 12th" claims no day.
  add(R"((on|by|until|till|since|before|after|from|through|week\s+of)\s+((the\s+)?(\d{1,2}(?:st|nd|rd|th)|[a-z]+(?:-[a-z]+)?)(?:\s+(?:of\s+)?(this|next|last)\s+month)?))",
      2, [](const Match& m, std::vector<DateMention>* out) {
        bool digits = std::isdigit(static_cast<unsigned char>(m.str(4)[0]));
        if (m.is(1, "week") && !digits) return;
        if (!digits && !(m.is(1, "on") && m.has(3))) return;
        if (!m.has(5) && CountsSomething(m.text, m.span(0).end)) return;
        int d = Rank(m, 4);
        int delta = m.is(5, "next") ? 1 : m.is(5, "last") ? -1 : 0;
        if (d >= 1) EmitDayOfMonth(m, m.core, d, delta, out);
      });

  // the 21st of this month, the first of next month: with its month named, a
  // day needs no word before it. "Of" is required ("the third this month"
  // counts events) unless "around" says a day is meant ("around the 21st this
  // month"); "around" makes it approximate (MarkApprox), "about" as often
  // names a topic; "this month's" makes it a rank again ("the first of this
  // month's races").
  add(R"((?:(about|around)\s+)?(the\s+(\d{1,2}(?:st|nd|rd|th)|[a-z]+(?:-[a-z]+)?)\s+(of\s+)?(this|next|last)\s+month))",
      2, [](const Match& m, std::vector<DateMention>* out) {
        if (m.is(1, "about") || m.After() == '\'' || (!m.has(4) && !m.is(1, "around"))) return;
        int d = Rank(m, 3);
        if (d >= 1) EmitDayOfMonth(m, m.core, d, m.is(5, "next") ? 1 : m.is(5, "last") ? -1 : 0, out);
      });

  // the 10th day of next month, the twenty sixth day of March, the first day
  // of the month.
  add(R"((?:the\s+)?(\d{1,2}(?:st|nd|rd|th)|[a-z]+(?:[\s-][a-z]+)?)\s+day\s+of\s+(?:<M><YT>?|(this|next|last|the)\s+month))",
      0, [](const Match& m, std::vector<DateMention>* out) {
        int d = Rank(m, 1);
        if (d < 1) return;
        if (m.has(2)) return EmitDay(m, m.core, m.num(3), m.month(2), d, 0, out);
        EmitDayOfMonth(m, m.core, d, m.is(4, "next") ? 1 : m.is(4, "last") ? -1 : 0, out);
      });

  // March, 3rd: a comma between month and day only before an ordinal ("in
  // March, 15 people died").
  add(R"(<M>\.?,\s+(\d{1,2})(?:st|nd|rd|th))", 0, [](const Match& m, std::vector<DateMention>* out) {
    EmitDay(m, m.core, 0, m.month(1), m.num(2), 0, out);
  });

  // July two thousand and eleven, March twenty two nineteen sixty eight, March
  // 22 nineteen sixty eight: a year in words after a month, with or
  // without a day between. A day in cardinal words needs the year after it,
  // or the clause to end with it ("back on May twenty nine."): "in June twenty
  // people died" counts.
  add(R"(<MW>,?\s+(?:the\s+)?(\d{1,2}(?:st|nd|rd|th)?|[a-z]+))", 0,
      [](const Match& m, std::vector<DateMention>* out) {
        const int mo = m.month(1);
        size_t at = m.span(2).begin, end = 0;
        const bool digits = std::isdigit(static_cast<unsigned char>(m.text[at]));
        if (!digits) {
          if (int y = YearWordsAt(m, at, &end)) {
            out->push_back(Absolute(Span{m.span(0).begin, end}, Date::Month(y, mo), "month"));
            return;
          }
        }
        // The day: the digits, or one or two words.
        std::vector<size_t> day_ends;
        if (digits) {
          day_ends.push_back(m.span(2).end);
        } else {
          std::string_view words = WordsFrom(m.text, at);
          size_t e1 = std::min(words.find_first_of(" -"), words.size());
          size_t s2 = words.find_first_not_of(" -", e1);
          if (s2 != std::string_view::npos) {
            day_ends.push_back(at + std::min(words.find_first_of(" -", s2), words.size()));
          }
          day_ends.push_back(at + e1);
        }
        static const Regex* const kEnds = new Regex(R"(\s*(?:[.,;:!?)]|$))");
        for (size_t day_end : day_ends) {
          std::string_view phrase = m.text.substr(at, day_end - at);
          int d = digits ? ToInt(phrase.substr(0, phrase.find_first_not_of("0123456789"))) : DayWord(m, phrase);
          if (!d) continue;
          size_t year_at = m.text.find_first_not_of(" ,", day_end);
          int y = year_at == std::string_view::npos ? 0 : YearWordsAt(m, year_at, &end);
          if (y) return EmitDay(m, Span{m.span(0).begin, end}, y, mo, d, 0, out);
          if (!digits && kEnds->MatchAt(m.text, day_end)) {
            return EmitDay(m, Span{m.span(0).begin, day_end}, 0, mo, d, 0, out);
          }
        }
      });

  // twenty two March nineteen sixty eight, 9 Sept nineteen eighty one, 4 July
  // seventeen hundred seventy six: a day, a month and a year in words.
  add(R"((\d{1,2}(?:st|nd|rd|th)?|[a-z]+(?:[\s-][a-z]+)?)\s+(?:of\s+)?<M>\.?,?\s+([a-z]+))", 0,
      [](const Match& m, std::vector<DateMention>* out) {
        size_t end = 0;
        int y = YearWordsAt(m, m.span(3).begin, &end);
        if (!y) return;
        Span span{m.span(0).begin, end};
        std::string_view day = m.str(1);
        int d = 0;
        if (std::isdigit(static_cast<unsigned char>(day[0]))) {
          d = ToInt(day.substr(0, day.find_first_not_of("0123456789")));
        } else if (!(d = DayWord(m, day))) {
          // "on twelve May": the last word alone.
          size_t cut = day.find_last_of(" -");
          if (cut == std::string_view::npos) return;
          d = DayWord(m, day.substr(cut + 1));
          span.begin = m.span(1).begin + cut + 1;
        }
        if (d) EmitDay(m, span, y, m.month(2), d, 0, out);
      });

  // Oct 27-Dec 2, 2011: two days of two months joined by a hyphen, the year
  // written once at the end.
  add(R"(<M>\.?\s+<D>\s*-\s*<M>\.?\s+<D><YT>?)", 0, [](const Match& m, std::vector<DateMention>* out) {
    EmitDayRange(m, m.core, 0, m.month(1), m.num(2), m.num(5), m.month(3), m.num(4), out);
  });
}

}  // namespace claimcheck::dates_detail
