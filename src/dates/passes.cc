// Passes over the kept mentions: joining ranges, binding years, opening ranges.
#include "dates/internal.h"

#include <algorithm>
#include <string>
#include <utility>
#include <vector>

#include "claimcheck/numbers.h"
#include "claimcheck/quotes.h"
#include "text/regex.h"

namespace claimcheck::dates_detail {

// Anaphoric forms ("la semana siguiente", "the previous year", "tres semanas
// después") count from the last time the story named. With none named before
// them but the reference day itself (a dateline, "hoy") that is the reference;
// after another date the anchor may be that date, so they are left unresolved
// rather than guessed.
void UnresolveAnaphoric(std::string_view text, const Date* ref,
                        std::vector<DateMention>* mentions) {
  static const Regex* const kAnaphoric = new Regex(
      R"(\b(?:anteriores|anterior|siguientes|siguiente|previous|following|preceding|next\s+day)\b|(?:later|despues|mas\s+tarde|before|after)$)");
  bool named = false;
  for (DateMention& m : *mentions) {
    if (named && m.relative && m.resolved &&
        kAnaphoric->Contains(text.substr(m.span.begin, m.span.size()))) {
      m.resolved = false;
      m.value = Date();
      m.end = Date();
    }
    const bool reference_day = ref && m.resolved && !m.is_range && m.value == *ref;
    named |= m.form != "now" && !reference_day;
  }
}

// "Two days later" counts from a day its own sentence names. "That same day",
// "ese mismo día" point back further: to the last day named in the paragraph
// ("El 19 de junio Putin aterrizó en Pionyang. Ese mismo día, …").
void ResolveFromNamed(std::string_view text, std::vector<DateMention>* mentions) {
  static const Regex* const kParagraphBreak = new Regex(R"(\n[ \t]*\n)");
  const DateMention* named = nullptr;  // the last day named
  size_t named_end = 0;
  for (DateMention& m : *mentions) {
    if (named && m.days_from_named) {
      const std::string_view gap = text.substr(named_end, m.span.begin - named_end);
      const bool same_sentence = gap.find_first_of(".!?;\n") == std::string_view::npos;
      if (!same_sentence && (*m.days_from_named != 0 || kParagraphBreak->Contains(gap))) named = nullptr;
    }
    if (m.days_from_named && named) {
      m.value = named->value.AddDays(*m.days_from_named);
      const int step = *m.days_from_named < 0 ? -1 : 1;
      while (m.named_weekday && m.value.Weekday() != m.named_weekday) m.value = m.value.AddDays(step);
      m.alt = Date();
      m.end = Date();
      m.is_range = false;
      m.resolved = true;
      m.relative = named->relative;
      m.year_implied = named->year_implied;
      m.form = "from-named";
    }
    if (m.resolved && !m.is_range && m.value.precision == P::kDay) {
      named = &m;
      named_end = m.span.end;
    }
  }
}

// Two dates or periods joined by the words of a range are one range, whatever
// their shapes: "desde marzo de 2019 hasta mayo de 2021", "de 2012 hasta abril
// de 2016", "from 3/1/2024 - 3/9/2024", "from May 2005 to the end of 2009",
// "between January 2023 and today". "y"/"and" joins only after
// "entre"/"between" ("de 1950 y 1953" are two years); a bare hyphen needs no
// leading word. "La semana del 19 de junio", "the week of June 19" are the
// Monday-to-Sunday week of that day; "the week beginning June 19", "w/c June
// 19" the seven days from it.
void JoinRanges(std::string_view text, std::vector<DateMention>* mentions) {
  static const Regex* const kLead = new Regex(
      R"((?:^|[^a-z0-9])(de|del|desde|entre|from|between)(?:\s+(?:el|the))?\s+$)");
  static const Regex* const kWeekOf = new Regex(
      R"((?:^|[^a-z0-9])(?:la\s+)?(semana\s+del?|semana\s+(que\s+(?:comienza|empieza|inicia|arranca|va)|a\s+partir)(?:\s+del?)?|)"
      R"((?:the\s+)?week\s+(?:of|(beginning|starting|commencing)(?:\s+on)?)|w/(c|b))(?:\s+(?:el|the))?\s+$)");
  static const Regex* const kGap = new Regex(
      R"(^\s*,?\s*(-|~|al?|hasta|y|to|until|till|through|thru|and)(?:\s+(?:el|the))?\s*$)");
  constexpr size_t kWindow = 32;
  std::vector<Span> g;
  std::vector<DateMention> out;
  auto lead = [&](const Regex& re, size_t at, size_t* begin) {
    size_t from = at > kWindow ? at - kWindow : 0;
    if (!re.Find(text.substr(from, at - from), 0, &g)) return false;
    *begin = from + g[1].begin;
    return out.empty() || out.back().span.end <= *begin;
  };
  // "Dentro de una semana a partir del viernes": a count of one week, which
  // OpenRanges applies to the day ("la semana a partir del lunes" is the week).
  static const Regex* const kOne = new Regex("una|un");
  auto counted = [&](size_t begin) {
    std::vector<std::string_view> w = WordsBefore(text, begin, 1);
    return !w.empty() && kOne->FullMatch(w[0]);
  };
  for (size_t i = 0; i < mentions->size(); ++i) {
    DateMention& a = (*mentions)[i];
    size_t begin = 0;
    if (a.resolved && !a.is_range && a.value.precision == P::kDay &&
        lead(*kWeekOf, a.span.begin, &begin) && !counted(begin)) {
      // "The week beginning June 19" starts that day, whatever its weekday; so
      // does "w/c June 19", as schedules abbreviate "week commencing".
      const bool starts = g[2].begin != Regex::npos || g[3].begin != Regex::npos ||
                          g[4].begin != Regex::npos;
      Date monday = starts ? a.value : a.value.AddDays(1 - a.value.Weekday());
      DateMention r = Range(Span{begin, a.span.end}, monday, monday.AddDays(6), "week");
      r.relative = a.relative;
      out.push_back(r);
      continue;
    }
    if (i + 1 < mentions->size()) {
      const DateMention& b = (*mentions)[i + 1];
      bool plain = a.resolved && b.resolved;
      std::string_view gap = text.substr(a.span.end, b.span.begin - a.span.end);
      if (plain && kGap->MatchAt(gap, 0, &g)) {
        std::string_view conn = gap.substr(g[1].begin, g[1].size());
        bool dash = conn == "-" || conn == "~";
        bool has_lead = lead(*kLead, a.span.begin, &begin);
        std::string_view word = has_lead ? text.substr(begin, 7) : "";
        bool between = word.substr(0, 5) == "entre" || word.substr(0, 7) == "between";
        bool pair = conn == "y" || conn == "and";
        // "hasta"/"until"/"through" name a range's end on their own ("el 1 de
        // agosto de 2019 hasta hoy"); "a"/"to"/"y" need a leading word.
        bool end_word = conn == "hasta" || conn == "until" || conn == "till" ||
                        conn == "through" || conn == "thru";
        // A day "to today" needs no lead either ("1 March 2019 to today"): "today"
        // is no count, and "to today's ..." is another phrase.
        const std::string_view after = text.substr(b.span.end);
        const bool to_today = conn == "to" && !b.is_range && !a.is_range && a.value.precision == P::kDay &&
                              text.substr(b.span.begin, b.span.size()) == "today" &&
                              (after.empty() || after[0] != '\'');
        bool joined = has_lead ? pair == between || (dash && !between) : dash || end_word || to_today;
        const Date& a_end = a.is_range ? a.end : a.value;
        Date b_value = b.value, b_end = b.is_range ? b.end : b.value;
        // A day alone after a range's first day is of that day's month, or of the
        // next when it comes earlier ("from April 9th through the 17th", "del 28
        // de enero al 3").
        if (b.form == "day-of-month" && !b.is_range && a_end.precision == P::kDay) {
          Date month = Date::Month(a_end.year, a_end.month);
          if (b.value.day <= a_end.day) month = ShiftMonth(month, 1);
          if (ValidDay(month.year, month.month, b.value.day)) {
            b_value = b_end = Date::Day(month.year, month.month, b.value.day);
          }
        }
        // A day without a year after a range's first day is the first such day
        // on or after it ("desde el viernes 12/07 hasta el próximo domingo
        // 21/07"): its own reading looked from the reference, a year off when
        // the start has passed or "próximo" pushed it past the reference.
        if (b.form == "day-month" && b.relative && b.resolved && !b.is_range &&
            b.value.precision == P::kDay && a_end.precision == P::kDay) {
          int y = a_end.year;
          if (b.value.month < a_end.month || (b.value.month == a_end.month && b.value.day < a_end.day)) ++y;
          while (!ValidDay(y, b.value.month, b.value.day) && y < a_end.year + 8) ++y;
          b_value = b_end = Date::Day(y, b.value.month, b.value.day);
        }
        // A bare weekday after a range's first day is the next one on ("desde el
        // próximo lunes hasta el viernes").
        if (b.form == "weekday" && !b.is_range && b.value.precision == P::kDay &&
            a_end.precision == P::kDay && Ordinal(b_value) <= Ordinal(a_end) &&
            Ordinal(a_end) - Ordinal(b_value) < 14) {
          while (Ordinal(b_value) <= Ordinal(a_end)) b_value = b_value.AddDays(7);
          b_end = b_value;
        }
        // A bare month opening a range that ends on a day or carries its year is
        // the latest such month before that end ("de noviembre al 5 de febrero
        // de 2025"), not the latest up to the reference.
        Date a_value = a.value;
        if (a.relative && !a.is_range && (!b.relative || b_value.precision == P::kDay) &&
            a.value.precision == P::kMonth &&
            (a.form == kRangeStart || a.form == "relative-month") &&
            text.substr(a.span.begin, a.span.size()).find(' ') == std::string_view::npos) {
          const Date first = FirstDay(b_value);
          a_value = Date::Month(a.value.month < first.month ? first.year : first.year - 1, a.value.month);
        }
        if (joined && Ordinal(FirstDay(b_value)) > Ordinal(FirstDay(a_value)) &&
            Ordinal(LastDay(b_end)) > Ordinal(LastDay(a.is_range ? a_end : a_value))) {
          // Two days without a year ("from 26 June to 28 June") are a range of
          // days like "del 26 al 28 de junio": a year written after it binds.
          const bool days = a.form == "day-month" && b.form == "day-month";
          DateMention r = Range(Span{has_lead ? begin : a.span.begin, b.span.end}, a_value, b_end,
                                days ? "day-range" : "joined-range");
          r.relative = (a.relative && a_value == a.value) || b.relative;
          out.push_back(r);
          ++i;
          continue;
        }
      }
    }
    if (a.form == kToDate && a.resolved) {
      // Alone, "to date" is everything up to the reference day, with its word.
      static const Regex* const kWord = new Regex(R"((?:to|till|until|hasta)\s+$)");
      const size_t from = a.span.begin > 12 ? a.span.begin - 12 : 0;
      if (kWord->Find(text.substr(from, a.span.begin - from), 0, &g)) a.span.begin = from + g[0].begin;
      a.end = a.value;
      a.value = Date();
      a.is_range = true;
      a.form = "open-range";
    }
    if (a.form != "now" && a.form != kRangeStart) out.push_back(std::move(a));
  }
  *mentions = std::move(out);
}

// "The late 1960s", "a finales de los sesenta", "the early 20th century": a
// part of a decade or a century, in thirds that overlap as the words do (of a
// decade: years 0-3, 3-6, 6-9; of a century: 0-33, 33-66, 66-99).
void PeriodParts(std::string_view text, std::vector<DateMention>* mentions) {
  static const Regex* const kBefore = new Regex(
      R"((?:^|[^a-z0-9])((?:the\s+)?(?:(early|mid)|(late))[-\s]*|)"
      R"((?:the\s+)?(?:(beginning|start)|(middle)|(end))\s+of\s+(?:the\s+)?|)"
      R"((?:al?\s+)?(?:(principios|comienzos|inicios|principio|comienzo|inicio)|(mediados)|(finales|fines|final))\s+(?:de|del)\s+(?:la\s+)?)$)");
  // "the early nineties": the decade's reader took "the" and the part word in.
  static const Regex* const kInside = new Regex(R"(the\s+(?:(early|mid)|(late))[-\s]+)");
  std::vector<Span> g;
  for (DateMention& m : *mentions) {
    if (!m.resolved || !m.is_range || (m.form != "decade" && m.form != "century" && m.form != "season")) continue;
    const int length = m.end.year - m.value.year + 1;
    if ((m.form == "decade" && length != 10) || (m.form == "century" && length != 100)) continue;
    int part = -1;
    size_t begin = m.span.begin;
    if (kInside->MatchAt(text, m.span.begin, &g)) {
      part = g[1].begin != Regex::npos ? (text.substr(g[1].begin, 3) == "mid" ? 1 : 0) : 2;
    } else {
      const std::string_view before = TextBefore(text, m.span.begin);
      const size_t from = static_cast<size_t>(before.data() - text.data());
      if (!kBefore->Find(before, 0, &g)) continue;
      begin = from + g[1].begin;
      if (g[2].begin != Regex::npos) part = text.substr(from + g[2].begin, 3) == "mid" ? 1 : 0;
      if (g[3].begin != Regex::npos || g[6].begin != Regex::npos || g[9].begin != Regex::npos) part = 2;
      if (g[4].begin != Regex::npos || g[7].begin != Regex::npos) part = 0;
      if (g[5].begin != Regex::npos || g[8].begin != Regex::npos) part = 1;
    }
    if (part < 0) continue;
    if (m.form == "season") {
      // Of a season's three months, its first, middle or last. The words
      // allow that month and the three weeks the astronomical season runs
      // later ("a finales del verano": August to 22 September).
      m.value = m.end = ShiftMonth(m.value, part);
      m.loose_first = FirstDay(m.value);
      if (part < 2) m.loose_last = LastDay(m.value).AddDays(21);
      m.span.begin = begin;
      m.form = "part";
      continue;
    }
    const int third = m.form == "decade" ? 3 : 33;
    const int first = m.value.year + part * third;
    m.end = Date::Year(part == 2 ? m.end.year : first + third);
    m.value = Date::Year(first);
    m.span.begin = begin;
    m.form = "part";
  }
}

// "The Easter weekend", "the weekend of Halloween", "el fin de semana de Pascua":
// the days off around the holiday. A Monday holiday takes the Saturday and
// Sunday before it, a Thursday or Friday one the days up to the Sunday after, a
// Saturday or Sunday one its own weekend; a Tuesday or Wednesday holiday has no
// weekend of its own and stays the day. Another day ("el fin de semana del 8 de
// junio", "the weekend of June 8") names the weekend of its week: the Saturday
// and Sunday of its Monday-to-Sunday week ("el fin de semana" alone was read as
// the nearest weekend, beside the day).
void WeekendsOf(std::string_view text, std::vector<DateMention>* mentions) {
  static const Regex* const kBefore = new Regex(
      R"((?:^|[^a-z0-9])((?:the\s+)?weekend\s+of(?:\s+the)?|(?:el\s+)?fin\s+de\s+semana\s+del?(?:\s+la)?)\s+$)");
  // "Halloween weekend 2021": a year after the weekend is the holiday's.
  static const Regex* const kAfter = new Regex(R"(\s+weekend(?:,?\s+(?:of\s+)?(\d{4}))?\b)");
  std::vector<Span> g;
  std::vector<DateMention> out;
  for (DateMention& m : *mentions) {
    // The year a holiday's weekend took in ("Halloween weekend 2021").
    if (!out.empty() && m.span.begin < out.back().span.end) continue;
    const bool holiday = m.form == "holiday";
    if (m.resolved && !m.is_range && m.value.precision == P::kDay) {
      const std::string_view before = TextBefore(text, m.span.begin, 32);
      Span span = m.span;
      int year = 0;  // written after the holiday's weekend
      if (kBefore->Find(before, 0, &g)) {
        span.begin = static_cast<size_t>(before.data() - text.data()) + g[1].begin;
      } else if (holiday && kAfter->MatchAt(text, m.span.end, &g)) {
        span.end = g[0].end;
        if (g[1].begin != Regex::npos) year = ToInt(text.substr(g[1].begin, g[1].size()));
      }
      const bool weekend = span.size() > m.span.size();  // a weekend word was found
      Date h = m.value;
      bool relative = m.relative;
      if (year && relative) {
        const Date named = Holiday(text.substr(m.span.begin, m.span.size()), year);
        if (named.valid()) h = named, relative = false;
      }
      Date first, last;
      if (weekend && !holiday) {
        first = h.AddDays(6 - h.Weekday());
        last = first.AddDays(1);
      } else if (weekend) {
        switch (h.Weekday()) {
          case 1: first = h.AddDays(-2), last = h; break;
          case 4: first = h, last = h.AddDays(3); break;
          case 5: first = h, last = h.AddDays(2); break;
          case 6: first = h, last = h.AddDays(1); break;
          case 7: first = h.AddDays(-1), last = h; break;
          default: break;
        }
      }
      if (first.valid()) {
        // "el fin de semana" before it was read on its own as this weekend.
        while (!out.empty() && out.back().span.end > span.begin) out.pop_back();
        const bool implied = m.year_implied && !year;
        m = Range(span, first, last, "weekend");
        m.relative = relative;
        m.year_implied = implied;
      }
    }
    out.push_back(std::move(m));
  }
  *mentions = std::move(out);
}

// A year written after a date or range that has none ("from April to June in
// 2017", "del 26 al 28 de junio en 2020") is its year: the reference's year was
// only a guess. A range that crosses the new year ends in the year written.
void BindYears(std::string_view text, std::vector<DateMention>* mentions) {
  static const Regex* const kGap = new Regex(R"(^\s+(?:in|en|of|de|del)\s+$)");
  auto yearless = [](const DateMention& m) {
    return m.relative && m.resolved &&
           (m.form == "day-month" || m.form == "day-range" || m.form == "month-range");
  };
  // "el 5 de marzo del año pasado", "en septiembre de este año", "in March
  // last year": a year named relative to the reference is the date's year too
  // (not the latest March up to the reference).
  static const Regex* const kRelativeGap = new Regex(R"(^\s*(?:(?:de|del|of)\s+)?$)");
  static const Regex* const kPeriodWord = new Regex(R"(\b(?:mes|month)\b)");
  auto month_named = [&](const DateMention& m) {
    return m.relative && m.resolved &&
           (yearless(m) || (m.form == "part" && m.value.precision != P::kYear) ||
            (m.form == "relative-month" && !kPeriodWord->Contains(text.substr(m.span.begin, m.span.size()))));
  };
  std::vector<DateMention> out;
  for (size_t i = 0; i < mentions->size(); ++i) {
    DateMention a = (*mentions)[i];
    if (i + 1 < mentions->size()) {
      const DateMention& b = (*mentions)[i + 1];
      const std::string_view gap = text.substr(a.span.end, b.span.begin - a.span.end);
      const bool year = !b.is_range && b.resolved && b.value.precision == P::kYear;
      const bool absolute = year && !b.relative && yearless(a) && kGap->MatchAt(gap, 0);
      const bool relative =
          year && b.form == "relative-year" && month_named(a) && kRelativeGap->MatchAt(gap, 0);
      if (absolute || relative) {
        const int delta = b.value.year - (a.is_range ? a.end : a.value).year;
        Date from, to;
        if (a.value.AddYears(delta, &from) && (!a.is_range || a.end.AddYears(delta, &to))) {
          a.value = from;
          if (a.is_range) a.end = to;
          a.relative = !absolute;  // "del año pasado" still counts from the reference
          a.year_implied = false;
          a.span.end = b.span.end;
          out.push_back(a);
          ++i;
          continue;
        }
      }
    }
    out.push_back(std::move(a));
  }
  *mentions = std::move(out);
}

// A date set beside a wider one by a comma, without a year of its own, that
// the wider one holds: "en pleno verano de 2024, a comienzos de julio", "in
// 2023, on 12 March". It is one date told twice, more closely the second
// time, in the wider one's year: one mention over both, the narrower reading.
// (Apart, the wider one was the nearer claim, and agreed where the narrower
// one did not.)
void Appositions(std::string_view text, std::vector<DateMention>* mentions) {
  static const Regex* const kGap = new Regex(R"(\s*,\s*(?:(?:el|en|on|in)\s+)?)");
  std::vector<Span> g;
  std::vector<DateMention> out;
  for (DateMention& b : *mentions) {
    if (!out.empty() && b.resolved && b.year_implied && b.value.valid()) {
      const DateMention& a = out.back();
      const Date a_last = a.is_range ? a.end : a.value;
      const bool wide = a.resolved && !a.year_implied && a.value.valid() && a_last.valid() &&
                        (a.is_range || a.value.precision != P::kDay);
      if (wide && kGap->MatchAt(text, a.span.end, &g) && g[0].end == b.span.begin) {
        const Date b_last = b.is_range ? b.end : b.value;
        for (int year = a.value.year; year <= a_last.year; ++year) {
          Date first, last;
          if (!b.value.AddYears(year - b.value.year, &first) || !b_last.AddYears(year - b.value.year, &last)) continue;
          if (Ordinal(FirstDay(first)) < Ordinal(FirstDay(a.value)) ||
              Ordinal(LastDay(last)) > Ordinal(LastDay(a_last)))
            continue;
          DateMention r = b;
          r.value = first;
          if (b.is_range) r.end = last;
          r.span.begin = a.span.begin;
          r.relative = a.relative;
          r.year_implied = false;
          r.loose_first = r.loose_last = Date();
          out.back() = std::move(r);
          break;
        }
        if (out.back().span.end == b.span.end) continue;
      }
    }
    out.push_back(std::move(b));
  }
  *mentions = std::move(out);
}

// A weekday set beside a week by a comma is that week's day: "the week
// before, on Wednesday", "la semana pasada, el miércoles", "that week, on
// Monday". Alone the weekday would be the nearest one to the reference, which
// the week says it is not; a week the story anchors elsewhere ("the previous
// week", "esa semana") leaves its day unresolved too.
void WeekdaysOfWeeks(std::string_view text, std::vector<DateMention>* mentions) {
  static const Regex* const kGap = new Regex(R"(\s*,\s*(?:(?:el|on)\s+)?)");
  std::vector<Span> g;
  std::vector<DateMention> out;
  for (DateMention& b : *mentions) {
    if (!out.empty() && b.form == "weekday" && !b.is_range && out.back().form == "week" &&
        (out.back().is_range || !out.back().resolved) && kGap->MatchAt(text, out.back().span.end, &g) &&
        g[0].end == b.span.begin && (b.resolved || !out.back().resolved)) {
      DateMention& a = out.back();
      DateMention r = b;
      r.span.begin = a.span.begin;
      r.relative = a.relative;
      r.alt = Date();
      if (a.resolved && a.value.valid()) {
        r.value = a.value.AddDays((b.value.Weekday() - a.value.Weekday() + 7) % 7);
      } else {
        r.resolved = false;
        r.value = Date();
      }
      a = std::move(r);
      continue;
    }
    out.push_back(std::move(b));
  }
  *mentions = std::move(out);
}

// Whether a bound word ending at `at` takes a time or an event of its own ("on
// 1/1/2016 and after 6 p.m.", "el lunes o antes de las 10", "on Monday and after
// the vote"): then it bounds that, not the date before it.
static bool BoundsAnother(std::string_view text, size_t at) {
  static const Regex* const kNext =
      new Regex(R"(\s*\d|\s+(?:del?|que|las?|los|el|of|the|that)\b)");
  return kNext->MatchAt(text, at);
}

// Bounds put before a date make it one side of an open range: "antes de 2021",
// "before 2021" is any time up to 2020, no claim about 2021 itself (an open side
// is an invalid Date, printed ""). "Desde"/"since" and "a partir de"/"starting"
// include the date; "después de"/"after" start the period after it;
// "hasta"/"until"/"by"/"as late as" end with it; "comenzando"/"empezando el 7
// de enero" start with it, as "starting January 7" does. A count before the bound
// ("tres días después de hoy", "two weeks from tomorrow") is a shift of that
// date instead, one day; "from" and "a partir de" only shift, since "from 2018"
// alone is a source, not a bound. After the date, "o posterior"/"or later" and
// "o antes"/"or earlier" do the same as a leading "desde"/"hasta".
namespace {

// A count in several parts that `s` ends with ("2 semanas y 2 días", "a month
// and three days"), as months and days; the offset of its first part into
// *begin. False when `s` ends with no such count of two parts or more.
bool CompoundCount(std::string_view s, int* months, int* days, size_t* begin) {
  static const Regex* const kCompound = new Regex(
      R"((?:^|\s)((?:(?:\d+|[a-z]+)\s+(?:days?|weeks?|months?|years?|dias?|semanas?|mes(?:es)?|anos?)\s*,?\s*(?:(?:and|y)\s+)?)+(?:\d+|[a-z]+)\s+(?:days?|weeks?|months?|years?|dias?|semanas?|mes(?:es)?|anos?))$)");
  static const Regex* const kPiece = new Regex(
      R"((?:\d+|[a-z]+)\s+(?:days?|weeks?|months?|years?|dias?|semanas?|mes(?:es)?|anos?)\b)");
  std::vector<Span> g;
  if (!kCompound->Find(s, 0, &g)) return false;
  *months = *days = 0;
  int pieces = 0;
  const std::string_view c = s.substr(g[1].begin, g[1].size());
  for (Span piece : kPiece->FindAll(c)) {
    bool ok = false;
    for (const char* lang : {"en", "es"}) {
      std::vector<NumberMention> ns = ExtractNumbers(c.substr(piece.begin, piece.size()), lang);
      if (ns.size() != 1 || ns[0].span.begin != 0 || ns[0].span.end != piece.size() || ns[0].is_range ||
          ns[0].qualifier != NumberQualifier::kExact || ns[0].value < 1 || ns[0].value > 1000 ||
          ns[0].value != static_cast<int>(ns[0].value)) {
        continue;
      }
      const int n = static_cast<int>(ns[0].value);
      const std::string& unit = ns[0].unit;
      if (unit == "day" || unit == "week") {
        *days += unit == "week" ? 7 * n : n;
      } else if (unit == "month" || unit == "year") {
        *months += unit == "year" ? 12 * n : n;
      } else {
        return false;
      }
      ok = true;
      break;
    }
    if (!ok) return false;
    ++pieces;
  }
  *begin = g[1].begin;
  return pieces >= 2;
}

}  // namespace

void OpenRanges(std::string_view text, std::vector<DateMention>* mentions) {
  static const Regex* const kLead = new Regex(
      R"((?:^|[^a-z0-9])(?:((?:[a-z0-9]+\s+){1,6}?(?:days?|weeks?|months?|years?|dias?|semanas?|mes(?:es)?|anos?))\s*,?\s+)?)"
      R"((before|after|since|until|till|by|from|later\s+than|earlier\s+than|starting(?:\s+(?:on|from))?|beginning(?:\s+on)?|)"
      R"((?:no|not)\s+later\s+than|no\s+earlier\s+than|as\s+late\s+as|as\s+early\s+as|)"
      R"(antes\s+del?|despues\s+del?|desde|a\s+partir\s+del?|comenzando|empezando|hasta|tan\s+tarde\s+como|)"
      R"(tan\s+pronto\s+como|no\s+mas\s+tarde\s+(?:del?|que)|(?:posterior(?:es)?|anterior(?:es)?|)"
      R"(con\s+(?:posterioridad|anterioridad))\s+(?:al?|del?)))"
      R"((?:\s+(?:the|el|la|los|las))?(?:\s+(?:year|ano))?\s+$)");
  static const Regex* const kTail = new Regex(
      R"(\s+(?:o|y|or|and)\s+(mas\s+tarde|posterior(?:es)?|despues|later|after|antes|earlier|before)\b)");
  constexpr size_t kWindow = 64;
  std::vector<Span> g;
  size_t prev_end = 0;
  for (DateMention& m : *mentions) {
    size_t floor_at = prev_end;
    prev_end = m.span.end;
    if (m.form == "joined-range") continue;
    size_t from = m.span.begin > kWindow ? m.span.begin - kWindow : 0;
    from = std::max(from, floor_at);
    // -1: open start (ends with the date), 1: open end, 0: a shifted date.
    int open = 0;
    bool inclusive = true;
    Span span = m.span;
    std::string_view lead_text = text.substr(from, m.span.begin - from);
    if (kLead->Find(lead_text, 0, &g)) {
      std::string_view word = lead_text.substr(g[2].begin, g[2].size());
      const bool shift_only = word == "from";
      if (g[1].begin != Regex::npos && m.resolved && !m.is_range && m.value.precision == P::kDay) {
        // Trailing words of the count are tried first ("be out two days").
        std::string_view count = lead_text.substr(g[1].begin, g[1].size());
        int n = 0;
        std::string unit;
        size_t skip = 0, count_begin = 0;
        NumberQualifier qual = NumberQualifier::kExact;
        bool ok = false;
        while (!ok && skip < count.size()) {
          std::string_view c = count.substr(skip);
          // "the day after Christmas", "el día antes de Pascua": one day.
          if (c == "the day" || c == "el dia") {
            n = 1;
            unit = "day";
            ok = true;
            count_begin = skip;
            break;
          }
          for (const char* lang : {"en", "es"}) {
            std::vector<NumberMention> ns = ExtractNumbers(c, lang);
            if (ns.size() == 1 && ns[0].span.begin == 0 && ns[0].span.end == c.size() &&
                !ns[0].is_range && ns[0].value >= 1 && ns[0].value <= 1000 &&
                ns[0].value == static_cast<int>(ns[0].value) && !ns[0].unit.empty()) {
              n = static_cast<int>(ns[0].value);
              unit = ns[0].unit;
              ok = true;
              count_begin = skip;
              qual = ns[0].qualifier;
              break;
            }
          }
          size_t sp = count.find(' ', skip);
          if (sp == std::string_view::npos) break;
          skip = sp + 1;
        }
        // "for two weeks starting May 20", "durante tres días a partir del
        // lunes": the count is how long, from the date on (END inclusive).
        static const Regex* const kFor = new Regex(R"((?:^|[^a-z0-9])(?:for|durante|por)\s+$)");
        const bool starts = shift_only || word.substr(0, 8) == "starting" || word.substr(0, 9) == "beginning" ||
                            word.substr(0, 9) == "a partir " || word == "desde" || word == "comenzando" ||
                            word == "empezando";
        // "Una semana" is read from its unit word alone: the article is the count.
        static const Regex* const kArticle = new Regex(R"((?:^|\s)(?:a|an|un|una)\s+$)");
        if (ok && count_begin && kArticle->Contains(count.substr(0, count_begin))) {
          count_begin = count.substr(0, count_begin - 1).find_last_of(' ') + 1;
        }
        if (ok && starts && qual == NumberQualifier::kExact &&
            kFor->Contains(lead_text.substr(0, g[1].begin + count_begin))) {
          Date after;
          if (ShiftDay(m.value, n, unit, &after)) {
            m.span.begin = from + g[1].begin + count_begin;
            m.is_range = true;
            m.end = after.AddDays(-1);
            m.form = "stretch";
            continue;
          }
        }
        // "For a week, from 20 December" is such a stretch; "two days, after
        // Christmas" no shift.
        const bool comma =
            lead_text.substr(g[1].end, g[2].begin - g[1].end).find(',') != std::string_view::npos;
        int sign = word.substr(0, 5) == "antes" || word == "before" ? -1 : 1;
        const bool shifts = !comma && (sign < 0 || word == "after" || word.substr(0, 7) == "despues" ||
                                       shift_only || word.substr(0, 9) == "a partir ");
        // "2 semanas y 2 días antes de hoy": every part of the count shifts the
        // day, months first; the number reader sees only its last part.
        int months = 0, days = 0;
        size_t compound_at = 0;
        const std::string_view lead_count = lead_text.substr(0, g[1].end);
        if (shifts && CompoundCount(lead_count, &months, &days, &compound_at)) {
          Date v = m.value;
          if ((!months || ShiftDay(v, sign * months, "month", &v)) &&
              (!days || ShiftDay(v, sign * days, "day", &v))) {
            m.span.begin = from + compound_at;
            m.form = "shifted";
            m.value = v;
            continue;
          }
        }
        if (ok && shifts) {
          Date v;
          if (ShiftDay(m.value, sign * n, unit, &v)) {
            m.span.begin = from + g[1].begin + count_begin;
            m.form = "shifted";
            // "more than two weeks before" leaves the far side open; "less
            // than three days after" is the stretch up to the shifted day.
            const Date x = m.value;
            if (qual == NumberQualifier::kAtLeast || qual == NumberQualifier::kAtMost) {
              m.is_range = true;
              m.form = "open-range";
              if (qual == NumberQualifier::kAtLeast) {
                m.value = sign < 0 ? Date() : v;
                m.end = sign < 0 ? v : Date();
              } else {
                m.value = sign < 0 ? v : x;
                m.end = sign < 0 ? x : v;
              }
            } else {
              m.value = v;
            }
            continue;
          }
        }
      }
      if (shift_only) continue;
      // "Anterior de"/"posterior de" bound a date as "anterior a" does when the
      // adjective stands alone ("o anterior de 2019", "irnos posterior de
      // 2018"); after a noun with its determiner it qualifies that noun
      // instead: "la ley anterior de 2015" is the previous law, of 2015.
      static const Regex* const kDeBound = new Regex(R"(^(?:anterior|posterior)(?:es)?\s+de)");
      static const Regex* const kNounBefore = new Regex(
          R"((?:^|[^a-z0-9])(?:el|la|los|las|lo|un|una|unos|unas|su|sus|este|esta|estos|estas|ese|esa|esos|esas|aquel|aquella|del|al)\s+[a-z]+\s+$)");
      if (kDeBound->MatchAt(word, 0) && kNounBefore->Contains(lead_text.substr(0, g[2].begin))) continue;
      span.begin = from + g[2].begin;
      // "Desde 2012 ~ 2016" is the range itself, with its leading word.
      if (m.form == "year-range" || m.form == "day-range" || m.form == "month-range") {
        if (word == "since" || word == "desde" || word == "until" || word == "hasta") m.span = span;
        continue;
      }
      if (word == "before" || word.substr(0, 5) == "antes" || word.substr(0, 8) == "anterior" ||
          word.substr(0, 8) == "con ante" ||
          word.substr(0, 8) == "earlier ") {
        open = -1;
        inclusive = false;
      } else if (word == "after" || word.substr(0, 7) == "despues" || word.substr(0, 6) == "later " ||
                 word.substr(0, 9) == "posterior" || word.substr(0, 8) == "con post") {
        open = 1;
        inclusive = false;
      } else if (word == "since" || word == "desde" || word.substr(0, 8) == "starting" ||
                 word == "comenzando" || word == "empezando" ||
                 word.substr(0, 9) == "a partir " ||
                 word.substr(0, 9) == "beginning" || word.substr(0, 5) == "as ea" ||
                 word.substr(0, 6) == "no ear" || word.substr(0, 10) == "tan pronto") {
        open = 1;
      } else {
        open = -1;
      }
    } else if (!m.is_range && kTail->MatchAt(text, m.span.end, &g) && !BoundsAnother(text, g[0].end)) {
      std::string_view word = text.substr(g[1].begin, g[1].size());
      open = word == "antes" || word == "earlier" || word == "before" ? -1 : 1;
      span.end = g[0].end;
    }
    if (!open) continue;
    if (m.form == "part") {
      // "Before the end of March" is by its end, "after the beginning of
      // March" from its start: the bound is the period the part closes or opens.
      static const Regex* const kEnd = new Regex(R"(^(?:(?:the|a|al)\s+)?(?:end|final|fin))");
      static const Regex* const kStart =
          new Regex(R"(^(?:(?:the|a|al)\s+)?(?:beginning|start|principio|comienzo|inicio))");
      std::string_view core = text.substr(m.span.begin, m.span.size());
      if (open < 0 && !inclusive && kEnd->MatchAt(core, 0)) inclusive = true;
      if (open > 0 && !inclusive && kStart->MatchAt(core, 0)) inclusive = true;
    }
    m.span = span;
    m.form = "open-range";
    const bool was_range = m.is_range;
    m.is_range = true;
    if (!m.resolved) continue;
    const Date first = m.value, last = was_range ? m.end : m.value;
    if (open < 0) {
      m.end = inclusive ? last : Step(first, -1);
      m.value = Date();
    } else {
      m.value = inclusive ? first : Step(last, 1);
      m.end = Date();
    }
  }
}

// "Monday two weeks from now", "two months from today on Tuesday", "three
// weeks after Christmas on Friday", "el lunes dentro de dos semanas": a bare
// weekday beside a count from a day is that weekday of the (Monday-to-Sunday)
// week the count reaches. A count of months or years from the reference is
// read to the day, the reference's day carried over, as ShiftMonthsDays moves
// it (from a reference of only a month, it has only its month). "Said Monday
// two weeks ago" is the report's day and a count of its own.
void WeekdaysOfShifts(std::string_view text, const Date* ref, std::vector<DateMention>* mentions) {
  static const Regex* const kBefore = new Regex(R"(\s*,?\s*)");
  static const Regex* const kAfter = new Regex(R"(\s*,?\s*(?:on\s+|el\s+)?)");
  static const Regex* const kSaid = new Regex(R"(\s*(?:(?:on|el)\s+)?)");
  auto day_of = [&](const DateMention& x, Date* d) {
    if (x.form != "offset" && x.form != "shifted") return false;
    if (!x.resolved || x.is_range || !x.value.valid()) return false;
    if (x.value.precision == P::kDay) {
      *d = x.value;
      return true;
    }
    if (!ref || ref->precision != P::kDay || x.form != "offset") return false;
    const int mo = x.value.precision == P::kMonth ? x.value.month : ref->month;
    *d = Date::Day(x.value.year, mo, std::min(ref->day, DaysInMonth(x.value.year, mo)));
    return true;
  };
  auto bare = [&](const DateMention& w) {
    return w.form == "weekday" && w.resolved && !w.is_range &&
           text.substr(w.span.begin, w.span.size()).find(' ') == std::string_view::npos;
  };
  auto reported = [&](const DateMention& w) {
    const std::string_view before = TextBefore(text, w.span.begin, 48);
    for (Span v : FindSpeechVerbs(before, ""))
      if (kSaid->FullMatch(before.substr(v.end))) return true;
    return false;
  };
  for (size_t i = 0; i + 1 < mentions->size(); ++i) {
    DateMention &a = (*mentions)[i], &b = (*mentions)[i + 1];
    std::string_view gap = text.substr(a.span.end, b.span.begin - a.span.end);
    Date d;
    DateMention *weekday = nullptr, *count = nullptr;
    if (bare(a) && kBefore->FullMatch(gap) && day_of(b, &d) && !reported(a)) {
      weekday = &a, count = &b;
    } else if (bare(b) && kAfter->FullMatch(gap) && day_of(a, &d)) {
      weekday = &b, count = &a;
    } else {
      continue;
    }
    const Date v = d.AddDays(weekday->value.Weekday() - d.Weekday());
    count->span = Span{a.span.begin, b.span.end};
    count->value = v;
    count->relative = count->relative || weekday->relative;
    count->form = "weekday";
    mentions->erase(mentions->begin() + static_cast<std::ptrdiff_t>(weekday == &a ? i : i + 1));
  }
}

// "around 21 June", "circa 1950", "hacia 1950", "en torno al 21 de junio",
// "alrededor del día 5": a hedge right before a date makes it approximate, as
// one a reader found inside it does ("hace casi un año").
// "About" and "sobre" are left: as often the topic ("a film about 1968", "un
// informe sobre el 11 de septiembre").
void MarkApprox(std::string_view text, std::vector<DateMention>* mentions) {
  static const Regex* const kHedge = new Regex(
      R"((?:^|[^a-z])(?:around|approximately|roughly|circa|c\.|ca\.|hacia|en\s+torno\s+al?|alrededor\s+del?|aproximadamente)\s+(?:(?:the|el|los|la)\s+)?(?:(?:dia|day)\s+)?$)");
  for (DateMention& m : *mentions) m.approx = m.approx || kHedge->Contains(TextBefore(text, m.span.begin));
}

}  // namespace claimcheck::dates_detail
