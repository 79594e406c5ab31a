// What the readers share: resolving a reading against the reference date and
// emitting it, and the context tests that accept or reject a match.
#include "dates/internal.h"

#include <algorithm>
#include <cctype>
#include <cstdint>
#include <functional>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include "claimcheck/numbers.h"
#include "claimcheck/quotes.h"
#include "text/lang.h"
#include "text/regex.h"

namespace claimcheck::dates_detail {

// Verbs of intent in the present look ahead as a future does ("plans to sign
// on Friday", "is expected to reopen in three months", "is due in Hanoi on
// Thursday", "quiere firmar el viernes", "aspira a duplicarlo en cinco años");
// in the past ("planned to",
// "quería") they looked ahead from another day. Used by FutureClause and
// FutureCount, which scan a clause each their own way.
constexpr const char* kIntentEn =
    R"((?:plans?|wants?|expects?|aims?|intends?|hopes?|seeks?)\s+to|(?:is|are|am|'s|'re)\s+(?:expected|scheduled|set|slated|due|planned|poised|planning|hoping|aiming)\s+to|(?:is|are|'s|'re)\s+due\s+(?:in|at|back))";
constexpr const char* kIntentEs =
    "quier[eo]|quieren|queremos|planea|planean|preve|preven|pretende|pretenden|proyecta|proyectan|aspira|aspiran";

// The stretch around `at` up to the nearest sentence marks, at most 120 bytes
// either side: the clause whose verbs tell a date's tense.
void ClauseAround(std::string_view text, Span at, size_t* begin, size_t* end) {
  constexpr size_t kReach = 120;
  size_t b = at.begin > kReach ? at.begin - kReach : 0, e = std::min(text.size(), at.end + kReach);
  for (size_t i = at.begin; i > b; --i) {
    const char c = text[i - 1];
    if (c == '.' || c == ';' || c == '!' || c == '?' || c == '\n') {
      b = i;
      break;
    }
  }
  for (size_t i = at.end; i < e; ++i) {
    const char c = text[i];
    if (c == '.' || c == ';' || c == '!' || c == '?' || c == '\n') {
      e = i;
      break;
    }
  }
  *begin = b;
  *end = e;
}

// The first of `spans` (sorted) that starts at `pos` or after.
std::vector<Span>::const_iterator FirstFrom(const std::vector<Span>& spans, size_t pos) {
  return std::lower_bound(spans.begin(), spans.end(), pos, [](const Span& x, size_t p) { return x.begin < p; });
}

// True when the clause around `at` speaks of the future by an explicit cue:
// "will", "is due to", "plans to"; "va a firmar", "tiene previsto", "está
// previsto", "se prevé", "-remos"; not "el tratado prevé asistencia mutua",
// which provides for it), or a verb of `verbs` (SpanishFutureVerbs, in folded
// offsets, sorted). A bare weekday or a date without a year in such a clause lies
// ahead ("Putin will travel to Hanoi on Thursday"), not behind. Not when a verb
// of saying stands between the date and the cue, or just before the date with
// the cue after it: the date is then the report's ("dijo el martes que
// viajará", "On Tuesday, Putin said he will travel", "said Tuesday that").
bool FutureClause(std::string_view text, Lang lang, Span at, const std::vector<Span>& verbs) {
  static const Regex* const kEn = new Regex(
      std::string(R"(\b(?:will|shall|wo\s*n't|going\s+to|)") + kIntentEn + R"()\b|'ll\b)");
  static const Regex* const kEs = new Regex(
      std::string(R"(\b(?:(?:(?:va|van|vamos|voy|vas)\s+a|(?:)") + kIntentEs +
      R"()(?:\s+a)?)\s+[a-z]+(?:ar|er|ir)(?:se|lo|la|los|las|le|les)?|(?:tiene|tienen)\s+previst[oa]|(?:esta|estan)\s+previst[oa]s?|se\s+preven?|[a-z]{2,}(?:aremos|eremos|iremos))\b)");
  // "Russia's plans to sign", "the plan to", "its plans to": a noun, which a
  // report of the past names as well ("published a document on Tuesday
  // confirming Russia's plans to sign"), no cue.
  static const Regex* const kNoun =
      new Regex(R"((?:'s|s'|\b(?:the|its|his|her|their|our|my|your|whose|a|an|new))\s+plans?\s+to\b$)");
  size_t b = 0, e = 0;
  ClauseAround(text, at, &b, &e);
  const std::string_view clause = text.substr(b, e - b);
  std::vector<Span> cues;
  if (lang != Lang::kEn) {
    for (auto v = FirstFrom(verbs, b); v != verbs.end() && v->begin < e; ++v)
      if (v->end <= e) cues.push_back(*v);
    for (const Span& s : kEs->FindAll(clause)) cues.push_back({b + s.begin, b + s.end});
  }
  if (lang != Lang::kEs) {
    for (const Span& s : kEn->FindAll(clause)) {
      const size_t lead = s.begin > 12 ? s.begin - 12 : 0;
      if (!kNoun->Contains(clause.substr(lead, s.end - lead))) cues.push_back({b + s.begin, b + s.end});
    }
  }
  if (cues.empty()) return false;
  static const Regex* const kWord = new Regex(R"([a-z]+)");
  const std::vector<Span> said = FindSpeechVerbs(clause, lang == Lang::kEs ? "es" : lang == Lang::kEn ? "en" : "");
  for (const Span& cue : cues) {
    bool reported = false;
    for (Span r : said) {
      r = {b + r.begin, b + r.end};
      const bool between = (cue.begin >= at.end && r.begin >= at.end && r.end <= cue.begin) ||
                           (cue.end <= at.begin && r.begin >= cue.end && r.end <= at.begin);
      const bool just_before = cue.begin >= at.end && r.end <= at.begin &&
                               kWord->FindAll(text.substr(r.end, at.begin - r.end)).size() <= 2;
      reported |= between || just_before;
    }
    // "was signed on Wednesday and will remain in force", "signed on June 19,
    // but the Kremlin will not publish the annexes": a future joined after the
    // date by "and" or "but", with a subject of its own or none, is another
    // predicate's tense.
    static const Regex* const kJoined =
        new Regex(R"(\b(?:and|y|e|but|pero|while|mientras|whereas)\s+(?:[a-z']+\s+){0,4}$)");
    const bool joined = cue.begin >= at.end && kJoined->Contains(text.substr(at.end, cue.begin - at.end));
    // "The pact signed on Wednesday states that both sides will help each
    // other", "el pacto firmado el miércoles establece que se ayudarán": a
    // future in a "that"/"que" clause after the date is that clause's.
    static const Regex* const kThatAfter = new Regex(R"(\b(?:that|que)\s+(?:[a-z']+\s+){0,6}$)");
    const bool subordinate = cue.begin >= at.end && kThatAfter->Contains(text.substr(at.end, cue.begin - at.end));
    if (!reported && !joined && !subordinate) return true;
  }
  return false;
}

bool PastClause(std::string_view text, Lang lang, Span at, const std::vector<Span>& verbs) {
  // English: the past of "be", "have" and "do", a verb in -ed that no form of
  // "be", "to" or an article puts before (a passive present, an infinitive, an
  // adjective: "is expected", "the signed treaty"), and the irregular pasts
  // news tells most with. A participle opening a phrase tells what was done
  // ("the pact, signed on June 19,"), unless it is one of planning ("the
  // vote, scheduled for June 19,").
  static const Regex* const kEn = new Regex(
      R"(\b(?:was|were|had|did|met|said|told|held|took|came|went|began|saw|made|gave|left|led|sent|won|lost|fell|rose|spoke|wrote|broke|flew|struck|fought|sought|brought|bought|became|ran|drove|swore|withdrew|drew|grew|threw|knew|fled|kept|stood|spent|paid|built|found|sold|heard|felt|overtook|undertook|oversaw|underwent|arose|shook|sank|stole)\b|\b[a-z]{3,}ed\b)");
  static const Regex* const kNotPast =
      new Regex(R"((?:^|[^a-z])(?:is|are|am|be|been|being|to|the|a|an|will|would)\s+$)");
  static const Regex* const kPhraseStart = new Regex(R"((?:,\s*|^\s*)$)");
  static const Regex* const kPlanned = new Regex(
      "scheduled|rescheduled|planned|expected|slated|proposed|intended|timed|earmarked|penciled|pencilled|"
      "booked|postponed|delayed|moved|pushed|set|due");
  // Spanish: the preterite's plural and the irregular preterites folding keeps
  // ("firmaron", "fueron", "hizo"), the imperfect in -aba, a compound past
  // ("ha firmado", "habían llegado").
  static const Regex* const kEs = new Regex(
      R"(\b(?:[a-z]{2,}aron|[a-z]+(?:ieron|yeron)|fue|fueron|hubo|dijo|hizo|tuvo|estuvo|vino|puso|pudo|quiso|trajo|[a-z]{2,}aban?|(?:ha|han|he|hemos|habia|habian)\s+[a-z]{2,}(?:ado|ido|to|cho)s?)\b)");
  // The present perfect with a participle that is no past of its own ("has
  // been", "have risen", "'s fallen"; one in -ed or a past such as "met" is
  // read above): what has happened. Not a passive of planning ("has been
  // scheduled for", "has been postponed to": the date is still to come).
  static const Regex* const kPerfectEn = new Regex(
      R"((?:\b(?:has|have)|'ve)\s+(?:(?:not|never|already|just|also|long|since|now)\s+)?)"
      R"((been|gone|done|seen|taken|given|become|begun|come|run|risen|fallen|grown|written|spoken|broken|)"
      R"(chosen|driven|flown|shown|known|thrown|drawn|kept|stood|spent|paid|built|got|gotten|felt|found|)"
      R"(heard|sold|sworn|stolen|hidden|shaken|withdrawn|overseen|undergone|arisen)\b(?:\s+([a-z]+))?|)"
      // "'s" is "has" only before "been" ("he's seen as" is "is seen").
      R"('s\s+(been)\b(?:\s+([a-z]+))?)");
  // Looking ahead from a past moment: the date is that future's ("said it would
  // sign on 3 October", "dijo que firmaría", "iba a firmar").
  static const Regex* const kAheadEn = new Regex(R"(\b(?:would|could|might|should|'d)\b)");
  static const Regex* const kAheadEs =
      new Regex(R"(\b(?:[a-z]{3,}(?:aria|eria|iria)(?:n|mos)?|iba\s+a|iban\s+a)\b)");
  size_t b = 0, e = 0;
  ClauseAround(text, at, &b, &e);
  const std::string_view clause = text.substr(b, e - b);
  bool past = false;
  if (lang != Lang::kEs) {
    if (kAheadEn->Contains(clause)) return false;
    std::vector<Span> g;
    for (size_t at = 0; !past && kPerfectEn->Find(clause, at, &g); at = g[0].end) {
      const size_t k = g[1].begin != Regex::npos ? 1 : 3;  // the branch that matched
      const bool planned = clause.substr(g[k].begin, g[k].size()) == "been" && g[k + 1].begin != Regex::npos &&
                           kPlanned->FullMatch(clause.substr(g[k + 1].begin, g[k + 1].size()));
      past = !planned;
    }
    for (const Span& s : kEn->FindAll(clause)) {
      if (past) break;
      const std::string_view word = clause.substr(s.begin, s.size());
      if (word.size() > 3 && word.substr(word.size() - 2) == "ed") {
        const std::string_view before = TextBefore(clause, s.begin, 16);
        if (kNotPast->Contains(before) || (kPhraseStart->Contains(before) && kPlanned->FullMatch(word))) continue;
      }
      past = true;
      break;
    }
  }
  if (lang != Lang::kEn && !past) {
    if (kAheadEs->Contains(clause)) return false;
    const auto v = FirstFrom(verbs, b);
    past = (v != verbs.end() && v->end <= e) || kEs->Contains(clause);
  }
  return past;
}

// The forms that name a period rather than state its endpoints (DateMention::period).
bool PeriodForm(std::string_view form) {
  for (std::string_view f : {"week", "weekend", "decade", "century", "quarter", "part", "period-part", "holiday-month",
                             "holiday-part", "season"})
    if (form == f) return true;
  return false;
}

DateMention Absolute(Span span, Date value, const char* form) {
  DateMention m;
  m.span = span;
  m.value = value;
  m.form = form;
  return m;
}

DateMention Relative(Span span, const Date* value, const char* form) {
  DateMention m;
  m.span = span;
  m.relative = true;
  m.form = form;
  if (value) {
    m.value = *value;
  } else {
    m.resolved = false;
  }
  return m;
}

DateMention Range(Span span, Date start, Date end, const char* form) {
  DateMention m = Absolute(span, start, form);
  m.end = end;
  m.is_range = true;
  return m;
}

// A two-digit year ("03/18/40", "June '79") is the one of the hundred years
// that end twenty after the reference's (SimpleDateFormat's window, 80 years
// back and 20 ahead): news writes two digits for the past and the near future,
// and a year far ahead takes four ("by 2050"). Without a reference, 00-49 are
// this century's.
int TwoDigitYear(int yy, const Date* ref) {
  if (!ref) return yy < 50 ? 2000 + yy : 1900 + yy;
  const int last = ref->year + 20;
  return last - ((last - yy) % 100 + 100) % 100;
}

bool PlausibleYear(int y) { return y >= 1000 && y <= 2099; }

// A date inside a longer run of digits and separators ("612-2009-2016",
// "133-03-03-2020", "6,107.31 August") is part of a code or a number.
bool InsideNumber(std::string_view text, Span span) {
  auto digit = [&](size_t i) { return i < text.size() && std::isdigit(static_cast<unsigned char>(text[i])); };
  auto sep = [&](size_t i) {
    return i < text.size() && (text[i] == '-' || text[i] == '/' || text[i] == '.' || text[i] == ',' ||
                               text[i] == ':');
  };
  // A date that starts or ends with a name ("Oct 14-Nov 21, 2013") is joined,
  // not embedded, by the hyphen beside it.
  bool before = digit(span.begin) && span.begin >= 2 && sep(span.begin - 1) && digit(span.begin - 2);
  bool after = span.end >= 1 && digit(span.end - 1) && sep(span.end) && digit(span.end + 1);
  return before || after;
}

// "en 2022 %" is a number, not a year.
bool Percentage(const Match& m) { return m.After() == '%' || (m.After() == ' ' && m.After(1) == '%'); }

constexpr int64_t kPastSlack = 2;

// Whether a date without its year whose first day is `first` (days since
// 1970-01-01, the reference's year assumed) belongs to the year before: it
// lies after the reference, in a clause told in the past ("firmaron el 19 de
// junio", read in January). Not within two days: a published date a day early
// (a time zone, an update) must not move a day a year back (kPastSlack).
bool LastYearsInPast(const Match& m, int64_t first) {
  const Date* ref = m.RefAt(P::kDay);
  return ref && first > Ordinal(*ref) + kPastSlack && !m.Future() && m.Past();
}

// Whether "since" or "desde" opens a month or a part of one at m.core, alone
// and not as the start of a range ("desde octubre hasta diciembre"): the
// stretch runs from it up to now, so it has begun, whatever the tense ("prices
// are up 3% since September", "he has been in custody since November", "está
// detenido desde noviembre", read in June: last year's).
bool SinceOpens(const Match& m) {
  static const Regex* const kBefore = new Regex(R"((?:^|[^a-z])(?:since|desde)\s+$)");
  static const Regex* const kRangeEnd = new Regex(R"(\s*(?:-|(?:hasta|to|until|till|through|thru)\b))");
  // "A"/"al" ends a range only before a date ("desde octubre a diciembre", "a
  // finales de mes"), not before anything else ("desde noviembre a la espera
  // de juicio").
  static const Regex* const kTo = new Regex(
      R"(\s+al?\s+(?:el\s+)?(\d|[a-z]+))");
  const bool lead = m.is(0, "since") || m.is(0, "desde") || kBefore->Contains(TextBefore(m.text, m.core.begin, 8));
  if (!lead || kRangeEnd->MatchAt(m.text, m.span(0).end)) return false;
  std::vector<Span> g;
  if (kTo->MatchAt(m.text, m.span(0).end, &g)) {
    static const std::set<std::string, std::less<>> kParts = {
        "principios", "principio", "comienzos", "comienzo", "inicios", "inicio", "mediados",
        "finales",    "final",     "fines",     "primeros", "ultimos",  "mitad"};
    const std::string_view word = m.text.substr(g[1].begin, g[1].size());
    if (std::isdigit(static_cast<unsigned char>(word[0])) || kParts.count(word) ||
        m.names.month.count(std::string(word))) {
      return false;
    }
  }
  return true;
}

// How many years a stretch of a named month written without its year (days
// `first` to `last`, placed in the reference's year) moves by its clause's
// tense, the rule EmitMonthList states for a whole month: told in the past
// (or since it), one back when it starts after the reference (as
// LastYearsInPast: "they met in the first week of November", read in June);
// about the future, one ahead when it is over ("will meet in early March");
// with neither tense, none. A `range` of months opened by "desde" or "since"
// ("desde octubre hasta diciembre") starts there, no "since" meant.
int TenseShift(const Match& m, const Date& first, const Date& last, bool range) {
  const Date* day = m.RefAt(P::kDay);
  if (!day) return 0;
  if (Ordinal(LastDay(last)) < Ordinal(*day) && m.Future()) return 1;
  const int64_t start = Ordinal(FirstDay(first));
  if (LastYearsInPast(m, start)) return -1;
  const bool since = !range && start > Ordinal(*day) + kPastSlack && !m.Future() && SinceOpens(m);
  return since ? -1 : 0;
}

// What `emit` reads of a stretch of a named month without its year, in year
// `year` (the reference's), moved by TenseShift.
void EmitByTense(const Match& m, int year,
                 const std::function<void(int, std::vector<DateMention>*)>& emit,
                 std::vector<DateMention>* out) {
  std::vector<DateMention> one;
  emit(year, &one);
  if (one.size() == 1 && one[0].resolved && one[0].is_range) {
    if (const int shift = TenseShift(m, one[0].value, one[0].end)) {
      one.clear();
      emit(year + shift, &one);
    }
  }
  for (DateMention& d : one) d.year_implied = true;
  out->insert(out->end(), one.begin(), one.end());
}

// A day and month with an explicit year, or the year of the reference date.
// `anchor` > 0 asks for the first such day strictly after the reference, < 0
// strictly before it ("el 19 de junio pasado").
void EmitDay(const Match& m, Span span, int y, int mo, int d, int anchor,
             std::vector<DateMention>* out) {
  if (y) {
    if (ValidDay(y, mo, d)) out->push_back(Absolute(span, Date::Day(y, mo, d), "absolute"));
    return;
  }
  if (!ValidDay(2024, mo, d)) return;  // a leap year: "29 de febrero" is possible somewhere
  const Date* ref = m.RefAt(anchor ? P::kDay : P::kYear);
  if (!ref) {
    out->push_back(Relative(span, nullptr, "day-month"));
    out->back().year_implied = true;
    return;
  }
  int year = ref->year;
  if (anchor && ValidDay(year, mo, d)) {
    int64_t cand = DaysFromCivil(year, mo, d), r = Ordinal(*ref);
    if (anchor < 0 && cand >= r) --year;
    if (anchor > 0 && cand <= r) ++year;
  } else if (!anchor && ref->precision == P::kDay && ValidDay(year, mo, d) &&
             DaysFromCivil(year, mo, d) < Ordinal(*ref) && m.Future()) {
    ++year;  // "the summit will open on 3 March", read in June: next March
  } else if (!anchor && ValidDay(year, mo, d) && LastYearsInPast(m, DaysFromCivil(year, mo, d))) {
    --year;  // "they signed the treaty on 19 June", read in January: last June
  }
  if (!ValidDay(year, mo, d)) {
    // 29 February without a year, in a common year: the leap day the clause
    // looks towards, the last one in news of what happened ("was born on 29
    // February"), the next one after "next" or in a future clause.
    const int step = anchor > 0 || (!anchor && m.Future()) ? 1 : -1;
    while (!ValidDay(year, mo, d)) year += step;
  }
  Date v = Date::Day(year, mo, d);
  out->push_back(Relative(span, &v, "day-month"));
  out->back().year_implied = true;
}

// Days d1..d2 (months m1, m2) of year y, or of the reference's year (the year
// before in a clause about the past, as EmitDay reads a day).
void EmitDayRange(const Match& m, Span span, int y1, int m1, int d1, int y2, int m2, int d2,
                  std::vector<DateMention>* out) {
  if (!y1 && y2) y1 = m1 <= m2 ? y2 : y2 - 1;
  if (y1 && !y2) y2 = m1 <= m2 ? y1 : y1 + 1;
  bool inferred = !y1;
  if (inferred) {
    if (!ValidDay(2024, m1, d1) || !ValidDay(2024, m2, d2)) return;
    const Date* ref = m.RefAt(P::kYear);
    if (!ref) {
      DateMention r = Relative(span, nullptr, "day-range");
      r.is_range = true;
      out->push_back(r);
      return;
    }
    y1 = ref->year;
    // A range from 29 February in a common year: the last leap year's (as EmitDay).
    while (!ValidDay(y1, m1, d1)) --y1;
    if (LastYearsInPast(m, DaysFromCivil(y1, m1, d1))) {
      --y1;
      while (!ValidDay(y1, m1, d1)) --y1;
    }
    y2 = m1 <= m2 ? y1 : y1 + 1;
  }
  if (!ValidDay(y1, m1, d1) || !ValidDay(y2, m2, d2)) return;
  Date a = Date::Day(y1, m1, d1), b = Date::Day(y2, m2, d2);
  if (Ordinal(b) <= Ordinal(a)) return;
  DateMention r = Range(span, a, b, "day-range");
  r.relative = inferred;
  r.year_implied = inferred;
  out->push_back(r);
}

Date ResolveWeekday(const Date& ref, int wd, Which w) {
  const int cur = ref.Weekday();
  switch (w) {
    case Which::kOnOrBefore:
      return ref.AddDays(-((cur - wd + 7) % 7));
    case Which::kOnOrAfter:
      return ref.AddDays((wd - cur + 7) % 7);
    case Which::kLast: {
      int back = (cur - wd + 7) % 7;
      return ref.AddDays(-(back == 0 ? 7 : back));
    }
    case Which::kNext: {
      int fwd = (wd - cur + 7) % 7;
      return ref.AddDays(fwd == 0 ? 7 : fwd);
    }
    case Which::kThis:
      break;
  }
  // The Monday-to-Sunday week that holds the reference.
  return ref.AddDays(wd - cur);
}

Date ResolveMonthName(const Date& ref, int month, Which w) {
  switch (w) {
    case Which::kLast:
      return Date::Month(ref.month > month ? ref.year : ref.year - 1, month);
    case Which::kNext:
      return Date::Month(ref.month < month ? ref.year : ref.year + 1, month);
    case Which::kOnOrBefore:
      return Date::Month(ref.month >= month ? ref.year : ref.year - 1, month);
    case Which::kOnOrAfter:
      return Date::Month(ref.month <= month ? ref.year : ref.year + 1, month);
    default:
      return Date::Month(ref.year, month);
  }
}

Date ShiftMonth(const Date& ref, int delta) {
  int index = ref.year * 12 + (ref.month - 1) + delta;
  return Date::Month(index / 12, index % 12 + 1);
}

void CountFromNamed(int wd, int direction, std::vector<DateMention>* out) {
  if (!wd || out->empty() || out->back().form != "weekday") return;
  out->back().days_from_named = direction;
  out->back().named_weekday = wd;
}

void EmitWeekday(const Match& m, int wd, Which w, std::vector<DateMention>* out, bool either_week) {
  if (!wd) return;
  // News tells of the days just past, unless the clause speaks of the future.
  if (w == Which::kOnOrBefore && m.Future()) w = Which::kOnOrAfter;
  const Date* ref = m.RefAt(P::kDay);
  Date v;
  if (ref) v = ResolveWeekday(*ref, wd, w);
  DateMention d = Relative(m.core, ref ? &v : nullptr, "weekday");
  // The value stays the nearest such day; many writers mean the one of the
  // next or previous week, which differs when the day falls in the reference's
  // own week ("next Friday" on a Thursday), and a checker must not call that
  // reading wrong.
  if (ref && either_week && (w == Which::kNext || w == Which::kLast)) {
    const Date week = ref->AddDays(wd - ref->Weekday() + (w == Which::kNext ? 7 : -7));
    if (!(week == v)) d.alt = week;
    // Except when the nearest is the day after or before the reference: a
    // writer calls that one "tomorrow" or "yesterday", so "last Wednesday"
    // said on a Thursday, "el próximo viernes" on a Thursday, are the other
    // week's (the nearest stays the other reading).
    // English also sets "next Friday" against "this Friday", the nearest, so
    // its first reading is next week's ("the following Friday" is the nearest
    // after the story's time; Spanish "el próximo viernes" is as often "este
    // viernes").
    const int64_t gap = Ordinal(v) - Ordinal(*ref);
    const bool other_first = gap == 1 || gap == -1 || m.text.substr(m.core.begin, 5) == "next ";
    if (d.alt.valid() && other_first) std::swap(d.value, d.alt);
  }
  // A bare weekday that is the reference's own ("el jueves" in a story of a
  // Thursday) is that day to a same-day story, and the week before's to one
  // filed or republished days later: told in the past, both are read.
  if (ref && w == Which::kOnOrBefore && v == *ref) d.alt = ref->AddDays(-7);
  // Told in the present ("Putin and Kim sign the treaty on Wednesday", said on
  // a Tuesday), a bare weekday may be the one to come: the other reading.
  else if (ref && w == Which::kOnOrBefore && !m.Past())
    d.alt = ResolveWeekday(*ref, wd, Which::kOnOrAfter);
  out->push_back(d);
}

void EmitMonthName(const Match& m, int month, Which w, std::vector<DateMention>* out) {
  if (!month) return;
  const Date* ref = m.RefAt(P::kMonth);
  Date v;
  if (ref) v = ResolveMonthName(*ref, month, w);
  out->push_back(Relative(m.core, ref ? &v : nullptr, "relative-month"));
}

// "mes"/"month" or "ano"/"year", shifted by `delta` periods.
void EmitPeriod(const Match& m, bool month, int delta, std::vector<DateMention>* out) {
  const Date* ref = m.RefAt(month ? P::kMonth : P::kYear);
  Date v;
  if (ref) v = month ? ShiftMonth(*ref, delta) : Date::Year(ref->year + delta);
  out->push_back(Relative(m.core, ref ? &v : nullptr, month ? "relative-month" : "relative-year"));
}

void EmitDayOffset(const Match& m, int days, std::vector<DateMention>* out) {
  const Date* ref = m.RefAt(P::kDay);
  Date v;
  if (ref) v = ref->AddDays(days);
  out->push_back(Relative(m.core, ref ? &v : nullptr, "relative-day"));
}

// A relative range of days; unresolved without a reference day.
void EmitRelativeRange(const Match& m, const Date* start, const Date* end, const char* form,
                       std::vector<DateMention>* out) {
  DateMention r = Relative(m.core, start, form);
  r.is_range = true;
  if (end) r.end = *end;
  out->push_back(r);
}

// The Monday-to-Sunday week `delta` weeks from the reference's, or its Saturday
// and Sunday.
void EmitWeek(const Match& m, int delta, bool weekend, std::vector<DateMention>* out) {
  const Date* ref = m.RefAt(P::kDay);
  if (!ref) {
    EmitRelativeRange(m, nullptr, nullptr, weekend ? "weekend" : "week", out);
    return;
  }
  Date monday = ref->AddDays(1 - ref->Weekday() + 7 * delta);
  Date start = monday.AddDays(weekend ? 5 : 0), end = monday.AddDays(6);
  EmitRelativeRange(m, &start, &end, weekend ? "weekend" : "week", out);
}

// "el fin de semana", "over the weekend": a weekend named by its article only is
// read as a bare weekday is, the latest one up to the reference (news reports
// what happened: on a Wednesday, "atacaron durante el fin de semana" is the
// weekend just gone), or the coming one in a clause about the future.
void EmitNearestWeekend(const Match& m, std::vector<DateMention>* out) {
  const Date* ref = m.RefAt(P::kDay);
  const bool weekend_now = ref && ref->Weekday() >= 6;
  EmitWeek(m, !ref || weekend_now || m.Future() ? 0 : -1, true, out);
}

std::vector<const char*> NumberLangs(Lang lang) {
  switch (lang) {
    case Lang::kEs:
      return {"es"};
    case Lang::kEn:
      return {"en"};
    case Lang::kAny:
      break;
  }
  return {"es", "en"};
}

// `phrase` read whole by the number extractor as one plain number (digits or
// ICU spell-out words), so "veintinueve" or "tercer" count and "dos mil" does
// not pass for a day. Its unit is returned in *unit ("" for none).
bool WholeNumber(const Match& m, std::string_view phrase, int* value, std::string* unit,
                 bool* ordinal) {
  for (const char* lang : NumberLangs(m.lang)) {
    std::vector<NumberMention> ns = ExtractNumbers(phrase, lang);
    if (ns.size() != 1) continue;
    const NumberMention& n = ns[0];
    if (n.span.begin != 0 || n.span.end != phrase.size() || n.is_range ||
        n.qualifier != NumberQualifier::kExact || n.value < 0 || n.value > 100000 ||
        n.value != static_cast<int>(n.value)) {
      continue;
    }
    *value = static_cast<int>(n.value);
    *unit = n.unit;
    if (ordinal) *ordinal = n.ordinal;
    return true;
  }
  return false;
}

// A day of the month written as a word ("veintinueve", "primero").
int DayWord(const Match& m, std::string_view phrase) {
  int v = 0;
  std::string unit;
  if (!WholeNumber(m, phrase, &v, &unit) || !unit.empty() || v < 1 || v > 31) return 0;
  return v;
}

int DayWord(const Match& m, int group) { return DayWord(m, m.str(group)); }

// The loose stretch of a count from the reference: "hace tres meses", "in two
// years" are read to the day the count reaches, but rarely mean that very day,
// so half a month or half a year either side (three days for weeks) is what the
// words allow. Counted days are exact.
void CountMargin(DateMention* d, int months, int days) {
  if (!d->resolved || d->value.precision != P::kDay) return;
  const int margin = months >= 12 ? 182 : months ? 15 : days >= 7 ? 3 : 0;
  if (!margin) return;
  d->loose_first = d->value.AddDays(-margin);
  d->loose_last = d->value.AddDays(margin);
}

// "dos semanas", "3 days", "un año" `sign` periods away from the reference, to
// the day (see CountMargin). Ten years or more ("hace 30 años", "500 years ago")
// name a year, not a day; and with a reference of only a month or a year,
// months and years keep that precision.
void EmitOffset(const Match& m, int group, int sign, std::vector<DateMention>* out) {
  int n = 0;
  std::string unit;
  if (!WholeNumber(m, m.str(group), &n, &unit) || n < 1) return;
  int days = unit == "day" ? n : unit == "week" ? 7 * n : 0;
  if (!days && unit != "month" && unit != "year") return;
  const int months = unit == "month" ? n : unit == "year" ? 12 * n : 0;
  const Date* ref = unit == "year" && n >= 10 ? nullptr : m.RefAt(P::kDay);
  Date v;
  if (ref) {
    v = days ? ref->AddDays(sign * days) : ShiftMonthsDays(*ref, sign * months, 0);
  } else if (!days && (ref = m.RefAt(unit == "month" ? P::kMonth : P::kYear))) {
    v = unit == "month" ? ShiftMonth(*ref, sign * n) : Date::Year(ref->year + sign * n);
  }
  out->push_back(Relative(m.core, ref ? &v : nullptr, "offset"));
  CountMargin(&out->back(), months, days);
}

// "hace tres semanas y media", "two and a half years ago": `n` and a half
// `unit`s ("day", "week", "month", "year") `sign` away from the reference, to
// the day, as EmitOffset reads a whole count (half a week is three days, half a
// month fifteen, half a year six months; half a day is left out).
void EmitHalfCount(const Match& m, int n, std::string_view unit, int sign, std::vector<DateMention>* out) {
  int months = 0, days = 0;
  if (unit == "year") {
    months = 12 * n + 6;
  } else if (unit == "month") {
    months = n;
    days = 15;
  } else if (unit == "week") {
    days = 7 * n + 3;
  } else if (unit == "day") {
    days = n;
  } else {
    return;
  }
  const Date* ref = m.RefAt(P::kDay);
  Date v;
  if (ref) {
    v = ShiftMonthsDays(*ref, sign * months, sign * days);
  } else if (months && (ref = m.RefAt(P::kMonth))) {
    const Date day = ShiftMonthsDays(Date::Day(ref->year, ref->month, 1), sign * months, sign * days);
    v = Date::Month(day.year, day.month);
  }
  out->push_back(Relative(m.core, ref ? &v : nullptr, "offset"));
  CountMargin(&out->back(), months, unit == "day" ? 0 : days);
}

// A count of the whole periods in group `group` (days to years), `sign` away
// from the reference moved by `day_shift` days, to the day, as a mention of
// `form`. False when the words hold no such count.
static bool EmitCountToTheDay(const Match& m, int group, int sign, int day_shift, const char* form,
                              std::vector<DateMention>* out) {
  int n = 0;
  std::string unit;
  if (!WholeNumber(m, m.str(group), &n, &unit) || n < 1) return false;
  if (unit != "day" && unit != "week" && unit != "month" && unit != "year") return false;
  const Date* ref = m.RefAt(P::kDay);
  Date v;
  if (ref && !ShiftDay(ref->AddDays(day_shift), sign * n, unit, &v)) return false;
  out->push_back(Relative(m.core, ref ? &v : nullptr, form));
  return true;
}

// A count back from the reference that "today" pins to a day ("a year ago
// today", "hoy hace un año": the anniversary, not the year).
void EmitOffsetToTheDay(const Match& m, int group, int sign, std::vector<DateMention>* out) {
  EmitCountToTheDay(m, group, sign, 0, "offset", out);
}

// An anniversary counted back to the day of what it marks: "hoy se cumplen dos
// años desde que firmaron", "mañana se cumple un año de la firma", "today
// marks a year since". The day is the reference's moved by `day_shift` (1 for
// "mañana"/"tomorrow", -1 for "ayer"/"yesterday"); with no day named the
// story's day is only about the anniversary's, so the date is hedged.
void EmitAnniversary(const Match& m, int count_group, int day_shift, bool day_named, std::vector<DateMention>* out) {
  if (EmitCountToTheDay(m, count_group, -1, day_shift, "anniversary", out)) out->back().approx = !day_named;
}

// The rank an ordinal word or number gives ("tercer", "3rd", "1.º"); "ultimo",
// "ultima" and "last" are -1; 0 when it is none.
int Rank(const Match& m, int group) {
  std::string_view w = m.str(group);
  if (w == "ultimo" || w == "ultima" || w == "last") return -1;
  int v = 0;
  bool ordinal = false;
  std::string unit;
  if (!WholeNumber(m, w, &v, &unit, &ordinal) || !ordinal || !unit.empty() || v < 1) return 0;
  return v;
}

// The reference's year shifted by `delta`, or 0 without a reference.
int RefYear(const Match& m, int delta) {
  const Date* ref = m.RefAt(P::kYear);
  return ref ? ref->year + delta : 0;
}

// Quarter (`months` 3), half (6) or third (4) number `n` of `year`; n -1 is the
// last one. `year` 0: unresolved.
void EmitYearPart(const Match& m, int n, int months, int year, bool relative,
                  std::vector<DateMention>* out) {
  int count = 12 / months;
  if (n < 0) n = count;
  if (n < 1 || n > count) return;
  if (!year) {
    EmitRelativeRange(m, nullptr, nullptr, "quarter", out);
    return;
  }
  DateMention r =
      Range(m.core, Date::Month(year, months * (n - 1) + 1), Date::Month(year, months * n), "quarter");
  r.relative = relative;
  out->push_back(r);
}

// Quarter or half `n` (`months` 3 or 6) without its year ("in the first
// quarter", "en el segundo semestre", "Q3"), placed by the clause's tense as a
// bare month is: told in the past, the latest one begun by the reference;
// about the future, the next one not yet over; with neither tense, the
// reference's year's.
void EmitYearlessPart(const Match& m, int n, int months, std::vector<DateMention>* out) {
  const Date* ref = m.RefAt(P::kMonth);
  if (n < 1 || n > 12 / months) return;
  if (!ref) return EmitYearPart(m, n, months, 0, true, out);
  // The part is placed by its last month when it is to come, else by its first.
  const Which w = ByTense(m, *ref);
  const int month = w == Which::kOnOrAfter ? months * n : months * (n - 1) + 1;
  EmitYearPart(m, n, months, ResolveMonthName(*ref, month, w).year, true, out);
}

// Which year a name without its year is placed in, by its clause's tense: told
// in the past (or opening "since"), the latest up to the reference; about the
// future, the next not before it, or the reference's year when only the year
// is known (no month to count from); with neither tense, the reference's year.
Which ByTense(const Match& m, const Date& ref) {
  if (m.Future()) return ref.precision == P::kYear ? Which::kThis : Which::kOnOrAfter;
  if (m.Past() || SinceOpens(m)) return Which::kOnOrBefore;
  return Which::kThis;
}

// Week `n` (-1: the last) of a month, or of a year when `month` is 0: the
// Monday-to-Sunday weeks whose Thursday falls in it, as ISO 8601 counts the
// weeks of a year.
void EmitNthWeek(const Match& m, int n, int month, int year, bool relative,
                 std::vector<DateMention>* out) {
  if (!n) return;
  if (!year) {
    EmitRelativeRange(m, nullptr, nullptr, "week", out);
    return;
  }
  int first_month = month ? month : 1, last_month = month ? month : 12;
  Date thursday;
  if (n > 0) {
    Date first = Date::Day(year, first_month, 1);
    thursday = first.AddDays((4 - first.Weekday() + 7) % 7 + 7 * (n - 1));
    if (thursday.year != year || thursday.month > last_month) return;
  } else {
    Date last = Date::Day(year, last_month, DaysInMonth(year, last_month));
    thursday = last.AddDays(-((last.Weekday() - 4 + 7) % 7));
  }
  Date monday = thursday.AddDays(-3), sunday = thursday.AddDays(3);
  DateMention r = Range(m.core, monday, sunday, "week");
  r.relative = relative;
  out->push_back(r);
}

// "la primera semana de julio", "the last week of 2020": group 1 the rank, group
// 2 the month, group 3 or 4 the year (the reference's when none is written).
void EmitNthWeekOf(const Match& m, std::vector<DateMention>* out) {
  int year = m.has(4) ? m.num(4) : m.num(3);
  const int n = Rank(m, 1), month = m.month(2);
  if (year || !month) return EmitNthWeek(m, n, month, year ? year : RefYear(m, 0), !year, out);
  // A week of a month without its year: placed by the tense, as the month is.
  EmitByTense(
      m, RefYear(m, 0), [&](int y, std::vector<DateMention>* o) { EmitNthWeek(m, n, month, y, true, o); }, out);
}

// The quarter `delta` quarters from the reference's ("este trimestre", "next
// quarter").
void EmitShiftedQuarter(const Match& m, int delta, std::vector<DateMention>* out) {
  const Date* ref = m.RefAt(P::kMonth);
  if (!ref) return EmitYearPart(m, 1, 3, 0, true, out);
  Date q = ShiftMonth(Date::Month(ref->year, ref->month - (ref->month - 1) % 3), 3 * delta);
  EmitYearPart(m, (q.month + 2) / 3, 3, q.year, true, out);
}

// A weekday of the week `delta` weeks from the reference's ("el lunes de la
// próxima semana").
void EmitWeekdayOfWeek(const Match& m, int wd, int delta, std::vector<DateMention>* out) {
  if (!wd) return;
  const Date* ref = m.RefAt(P::kDay);
  Date v;
  if (ref) v = ref->AddDays(wd - ref->Weekday() + 7 * delta);
  out->push_back(Relative(m.core, ref ? &v : nullptr, "weekday"));
}

// "los próximos cuatro días", "the last six months": the days after the reference
// (from the next one) or before it (up to the previous one).
void EmitSpan(const Match& m, std::string_view count, int sign, std::vector<DateMention>* out) {
  int n = 0;
  std::string unit;
  // The count's pattern may start words early ("lo gastó en los 7 años pasados"):
  // its leading words are dropped until a count is left, and the span with them.
  Match trimmed = m;
  while (!WholeNumber(m, count, &n, &unit)) {
    size_t space = count.find(' ');
    if (space == std::string_view::npos) return;
    const char* at = count.data() + space + 1;
    if (at > m.text.data() && at < m.text.data() + m.text.size() &&
        count.data() == m.text.data() + trimmed.core.begin) {
      trimmed.core.begin = static_cast<size_t>(at - m.text.data());
    }
    count.remove_prefix(space + 1);
  }
  if (n < 1) return;
  const Match& m2 = trimmed;
  EmitSpanOf(m2, n, unit, sign, out);
}

void EmitSpanOf(const Match& m, int n, const std::string& unit, int sign,
                std::vector<DateMention>* out) {
  int days = unit == "day" ? n : unit == "week" ? 7 * n : 0;
  int months = unit == "month" ? n : unit == "year" ? 12 * n : 0;
  EmitSpanOfParts(m, months, days, sign, out);
}

// `months` and then `days` after the reference (from the next day) or before
// it (up to the previous day): "the last 3 months and 2 weeks" goes back three
// months to the day, then two weeks more.
void EmitSpanOfParts(const Match& m, int months, int days, int sign,
                     std::vector<DateMention>* out) {
  if (!days && !months) return;
  const Date* ref = m.RefAt(P::kDay);
  if (!ref) {
    EmitRelativeRange(m, nullptr, nullptr, "span", out);
    return;
  }
  Date a, b;
  if (sign > 0) {
    a = ref->AddDays(1);
    b = ShiftMonthsDays(a, months, days).AddDays(-1);
  } else {
    a = ShiftMonthsDays(*ref, -months, -days);
    b = ref->AddDays(-1);
  }
  EmitRelativeRange(m, &a, &b, "span", out);
}

// "los últimos 3 meses y 2 semanas", "the past two years and six months"
// (group `group` the parts): one span of their sum.
void EmitCompoundSpan(const Match& m, int group, int sign, std::vector<DateMention>* out) {
  int months = 0, days = 0;
  if (CompoundCount(m, m.str(group), &months, &days)) EmitSpanOfParts(m, months, days, sign, out);
}

// A decade: "los años 80", "la década de 1970", "the '60s". Two digits and
// words name a decade of the 1900s, as they do in writing about the past.
void EmitDecade(const Match& m, int decade, std::vector<DateMention>* out) {
  if (decade < 100) decade += 1900;
  if (decade % 10 || !PlausibleYear(decade)) return;
  out->push_back(Range(m.core, Date::Year(decade), Date::Year(decade + 9), "decade"));
}

int SeasonNamed(std::string_view word) {
  // ICU names months and weekdays but not seasons: these eight words are the
  // two languages' own.
  static const std::pair<std::string_view, int> kSeasons[] = {{"primavera", 0}, {"spring", 0},   {"verano", 1},
                                                              {"summer", 1},    {"otono", 2},    {"autumn", 2},
                                                              {"fall", 2},      {"invierno", 3}, {"winter", 3}};
  for (const auto& [name, season] : kSeasons)
    if (word == name) return season;
  return -1;
}

namespace {

// The season that starts in `year`, as weather services count them (spring
// March to May, summer June to August, autumn September to November, winter
// December to February), into *first and *last (months), and the day the
// astronomical season ends (20 June, 22 September, 20 December, 19 March)
// into *loose_last: writers use either, so the days between are the season's
// too, loosely.
void SeasonIn(int season, int year, Date* first, Date* last, Date* loose_last) {
  static constexpr int kAstronomicalEnd[] = {20, 22, 20, 19};
  *first = Date::Month(year, 3 + 3 * season);
  *last = ShiftMonth(*first, 2);
  const Date after = ShiftMonth(*last, 1);
  *loose_last = Date::Day(after.year, after.month, kAstronomicalEnd[season]);
}

}  // namespace

void EmitSeason(const Match& m, int season, int year, Which w, std::vector<DateMention>* out) {
  if (season < 0) return;
  Date a, b, loose_last;
  if (year) {
    // "winter 2022" is the winter of January and February 2022; December 2022
    // may be meant as well, and is allowed loosely.
    SeasonIn(season, season == 3 ? year - 1 : year, &a, &b, &loose_last);
    DateMention r = Range(m.core, a, b, "season");
    r.loose_first = FirstDay(a);
    r.loose_last = season == 3 ? Date::Day(year, 12, 31) : loose_last;
    out->push_back(r);
    return;
  }
  const Date* ref = m.RefAt(P::kDay);
  if (!ref) return EmitRelativeRange(m, nullptr, nullptr, "season", out);
  const int64_t today = Ordinal(*ref);
  auto place = [&](int start) { SeasonIn(season, start, &a, &b, &loose_last); };
  int y = ref->year;
  if (w == Which::kLast) {
    // The latest one over: "last summer" said in July is the year before's.
    place(y);
    while (Ordinal(LastDay(b)) >= today) place(--y);
  } else if (w == Which::kNext) {
    place(--y);
    while (Ordinal(FirstDay(a)) <= today) place(++y);
  } else {
    // This year's; a winter is the one the reference is in or has just
    // left, or, from summer on, the coming one.
    if (season == 3 && ref->month <= 5) --y;
    place(y);
    if (w == Which::kOnOrBefore) {
      if (const int shift = TenseShift(m, a, b)) place(y + shift);
    }
  }
  DateMention r = Range(m.core, a, b, "season");
  r.relative = true;
  r.year_implied = w == Which::kOnOrBefore;
  r.loose_first = FirstDay(a);
  r.loose_last = loose_last;
  out->push_back(r);
}

// Calendar decades `first` .. `first + count - 1` decades away from the
// reference's ("la próxima década", "the next two decades", "el último
// decenio"): a decade named by its place is the calendar one, as "los años 2020"
// is.
void EmitShiftedDecades(const Match& m, int first, int count, std::vector<DateMention>* out) {
  if (count < 1 || count > 10) return;
  const Date* ref = m.RefAt(P::kYear);
  if (!ref) return EmitRelativeRange(m, nullptr, nullptr, "decade", out);
  int start = ref->year - ref->year % 10 + 10 * first;
  DateMention r = Range(m.core, Date::Year(start), Date::Year(start + 10 * count - 1), "decade");
  r.relative = true;
  out->push_back(r);
}

// `n` whole quarters after the reference's (sign > 0) or before it ("the next
// two quarters", "los últimos 3 trimestres"): quarters are reported whole, so
// the reference's own is in neither.
void EmitQuarters(const Match& m, int n, int sign, std::vector<DateMention>* out) {
  if (n < 1 || n > 40) return;
  const Date* ref = m.RefAt(P::kMonth);
  if (!ref) return EmitRelativeRange(m, nullptr, nullptr, "span", out);
  Date quarter = Date::Month(ref->year, ref->month - (ref->month - 1) % 3);
  Date a = ShiftMonth(quarter, sign > 0 ? 3 : -3 * n), b = ShiftMonth(a, 3 * n - 1);
  EmitRelativeRange(m, &a, &b, "span", out);
}

// The first or last `n` days, weeks or months of `month` of `year` (the whole
// year when `month` is 0): "las primeras 3 semanas de 2025", "the last two
// months of 2023". Weeks are the Monday-to-Sunday weeks whose Thursday falls in
// the period, as EmitNthWeek counts them. `year` 0: unresolved.
void EmitCountedPart(const Match& m, bool first, int n, const std::string& unit, int month,
                     int year, bool relative, std::vector<DateMention>* out) {
  if (n < 1) return;
  if (!year) return EmitRelativeRange(m, nullptr, nullptr, "span", out);
  if (!PlausibleYear(year)) return;
  const Date p1 = Date::Day(year, month ? month : 1, 1);
  const Date p2 =
      month ? Date::Day(year, month, DaysInMonth(year, month)) : Date::Day(year, 12, 31);
  const int64_t length = Ordinal(p2) - Ordinal(p1) + 1;
  Date a, b;
  if (unit == "month") {
    if (month || n > 12) return;
    a = Date::Month(year, first ? 1 : 13 - n);
    b = Date::Month(year, first ? n : 12);
  } else if (unit == "day") {
    if (n > length) return;
    a = first ? p1 : p2.AddDays(1 - n);
    b = first ? p1.AddDays(n - 1) : p2;
  } else if (unit == "week") {
    if (7 * n > length + 6) return;
    if (first) {
      a = p1.AddDays((4 - p1.Weekday() + 7) % 7 - 3);
      b = a.AddDays(7 * n - 1);
    } else {
      b = p2.AddDays(3 - (p2.Weekday() - 4 + 7) % 7);
      a = b.AddDays(1 - 7 * n);
    }
  } else {
    return;
  }
  DateMention r = Range(m.core, a, b, "span");
  r.relative = relative;
  out->push_back(r);
}

// How far a word shifts a period from the reference's: "este"/"this" 0, "next"
// and its kin 1, "last" and its kin -1.
int ShiftOf(std::string_view w) {
  if (w.empty() || w == "este" || w == "esta" || w == "this" || w == "current") return 0;
  for (std::string_view next :
       {"proxim", "siguiente", "que", "next", "following", "coming", "upcoming"}) {
    if (w.substr(0, next.size()) == next) return 1;
  }
  return -1;
}

// The month or year a counted part lies in, from the groups of kNamedPeriod
// starting at `g`: a year in digits; a shifting word and "año"/"mes"/"year"/
// "month" ("el próximo año", "next month"); the unit and a shifting word after
// it ("el año pasado", "the year": the reference's); a month name and its
// year. *year is 0 when a relative one has no reference.
void NamedPeriod(const Match& m, int g, int* year, int* month, bool* relative) {
  *month = 0;
  *relative = false;
  if (m.has(g)) {
    *year = m.num(g);
    return;
  }
  if (m.has(g + 5)) {
    *month = m.month(g + 5);
    *relative = !m.has(g + 6);
    *year = *relative ? RefYear(m, 0) : m.num(g + 6);
    return;
  }
  std::string_view unit = m.has(g + 2) ? m.str(g + 2) : m.str(g + 3);
  const bool by_month = unit == "mes" || unit == "month";
  const int delta = ShiftOf(m.has(g + 1) ? m.str(g + 1) : m.str(g + 4));
  *relative = true;
  *year = 0;
  const Date* ref = m.RefAt(by_month ? P::kMonth : P::kYear);
  if (!ref) return;
  if (by_month) {
    Date mo = ShiftMonth(*ref, delta);
    *year = mo.year;
    *month = mo.month;
  } else {
    *year = ref->year + delta;
  }
}

// The words before `pos` back to the start of its clause, nearest first.
std::vector<std::string_view> WordsBefore(std::string_view text, size_t pos, size_t count) {
  std::vector<std::string_view> words;
  size_t end = pos;
  while (words.size() < count) {
    while (end > 0 && text[end - 1] == ' ') --end;
    size_t begin = end;
    while (begin > 0 && std::isalpha(static_cast<unsigned char>(text[begin - 1]))) --begin;
    if (begin == end) break;
    words.push_back(text.substr(begin, end - begin));
    end = begin;
  }
  return words;
}

// Whether a count of periods forward ("en dos semanas", "in two weeks") is a
// date rather than how long something took ("los precios se duplicaron en dos
// años", "the first time in ten years", "built in two years"): only in a clause
// about the future. In Spanish the verb just before (past an adverb such as
// "fuera") must be a future ("se votará en dos semanas", "volveremos en un
// mes") or an infinitive after "ir a" or a future ("volverá a reunirse");
// folding drops the accent that marks the tense, so a noun of the same ending
// ("la primera", "su carrera") is told apart by the determiner before it, and a
// superlative or "primera vez" frame just before rules it out. In
// English a future marker must open the clause's verb ("will", "'ll", "going
// to") with no superlative or "first ... time" frame after it, and no past
// participle just before "in" ("will be completed in two years" says how long).
// A request ("please", "por favor") looks ahead as a future does.
// With `bound` (a count after "within", "en un plazo de") the participle is the
// verb the bound limits ("will be completed within nine months", "estará
// terminada en un plazo de un mes").
bool FutureCount(const Match& m, bool bound) {
  const size_t at = m.span(0).begin;
  // "Will it end in two days, or in a week?", "se votará en dos días o en una
  // semana": an alternative to a count about the future is one too.
  static const Regex* const kOr = new Regex(
      R"((?:^|[^a-z])((?:in|en|within)\s+(?:\d+|[a-z]+(?:-[a-z]+)*)\s+(?:days?|weeks?|months?|years?|fortnight|dias?|semanas?|mes(?:es)?|anos?|quincena))\s*[,?]?\s*(?:or|o|u)\s+$)");
  const std::string_view before = TextBefore(m.text, at, 64);
  const size_t reach = static_cast<size_t>(before.data() - m.text.data());
  std::vector<Span> alt;
  if (kOr->Find(before, 0, &alt)) {
    std::vector<Span> g{Span{reach + alt[1].begin, reach + alt[1].end}};
    const Match earlier{m.text, g, m.names, m.lang, m.ref, g[0], m.future_verbs, m.past_verbs};
    if (FutureCount(earlier, bound)) return true;
  }
  if (m.lang == Lang::kEs || (m.lang == Lang::kAny && m.str(0).substr(0, 3) == "en ")) {
    // Regular futures and the irregular stems (tendr-, podr-, habr-, har-, dir-
    // ... with their prefixed verbs: mantendrá, propondrá).
    static const Regex* const kFuture = new Regex(
        R"([a-z]+[aei]r(?:e|a|an|as|emos)|[a-z]*(?:tend|pond|sald|vend|vald|pod|hab|sab|cab|quer|ha|di)r(?:e|a|an|as|emos)|ir(?:e|a|an|emos))");
    static const Regex* const kInfinitive =
        new Regex(R"([a-z]+(?:ar|er|ir)(?:se|lo|la|le|los|las|les)?)");
    static const Regex* const kGo = new Regex("voy|vas|va|vamos|van");
    static const Regex* const kDeterminer = new Regex(
        R"(el|la|los|las|un|una|unos|unas|su|sus|mi|mis|tu|tus|este|esta|ese|esa|aquella|cada|otra|toda|misma|nuestra|por|de|del|al)");
    // "la primera cumbre en cinco años", "la mayor subida en diez años".
    static const Regex* const kFrame = new Regex(
        R"(primer[oa]?|vez|veces|mayor|menor|mejor|peor|record|maxim[oa]|minim[oa]|ultim[oa])");
    // Adverbs that may stand between the verb and the count ("estaré fuera en
    // un mes").
    static const Regex* const kAdverb = new Regex(
        "fuera|afuera|aqui|alli|alla|ya|nuevamente|definitivamente|finalmente|oficialmente");
    std::vector<std::string_view> w = WordsBefore(m.text, at, 6);
    for (size_t k = 0; k < w.size() && k < 4; ++k)
      if (kFrame->FullMatch(w[k])) return false;
    static const Regex* const kParticiple = new Regex(R"([a-z]+(?:ad|id)[oa]s?)");
    size_t i = 0;
    while (i < w.size() && kAdverb->FullMatch(w[i])) ++i;
    if (bound && i + 1 < w.size() && kParticiple->FullMatch(w[i])) ++i;
    if (i >= w.size()) return false;
    if (kFuture->FullMatch(w[i])) return i + 1 >= w.size() || !kDeterminer->FullMatch(w[i + 1]);
    // An infinitive after a verb of intent (kIntentEs, "tiene previsto") looks
    // ahead ("Rusia quiere abrir el puente en dos años", "tiene previsto firmar
    // en un mes").
    static const Regex* const kIntent =
        new Regex(std::string(kIntentEs) + "|previsto|prevista|programado|programada");
    auto intended = [&](size_t k) {
      return k + 1 < w.size() && kInfinitive->FullMatch(w[k]) &&
             (kIntent->FullMatch(w[k + 1]) || (w[k + 1] == "a" && k + 2 < w.size() && kIntent->FullMatch(w[k + 2])));
    };
    if (intended(i)) return true;
    // The verb's object may stand between ("presentará su plan en dos
    // semanas", "tendremos una reunión en un mes", "quiere abrir el puente en
    // dos años"): a determiner and a noun, unless "más" makes it a superlative
    // ("la tasa más baja en tres años").
    static const Regex* const kArticle = new Regex("el|la|los|las|un|una|unos|unas|su|sus|otra|otro");
    if (i + 2 < w.size() && kArticle->FullMatch(w[i + 1]) &&
        (kFuture->FullMatch(w[i + 2]) || intended(i + 2)) && w[i] != "mas" &&
        (i + 3 >= w.size() || !kDeterminer->FullMatch(w[i + 3]) || intended(i + 2))) {
      return true;
    }
    // An infinitive after "ir a" or a future and "a" ("va a firmar", "volverá a
    // reunirse").
    if (kInfinitive->FullMatch(w[i]) && i + 2 < w.size() && w[i + 1] == "a" &&
        (kGo->FullMatch(w[i + 2]) || kFuture->FullMatch(w[i + 2])))
      return true;
    // A request looks ahead ("por favor, envíe el informe en dos semanas").
    static const Regex* const kPlease = new Regex(R"(\bpor\s+favor\b[^.;:!?]*$)");
    return kPlease->Contains(TextBefore(m.text, at, 80));
  }
  size_t begin = at;
  while (begin > 0 && std::string_view(".;:!?\n").find(m.text[begin - 1]) == std::string_view::npos)
    --begin;
  std::string_view clause = m.text.substr(begin, at - begin);
  static const Regex* const kMarker =
      new Regex(std::string(R"((?:\b(?:will|shall|won't|wont|going\s+to|gonna|please|)") + kIntentEn + R"()|'ll)\b)");
  // Between the marker and "in": no superlative or "first ... time" frame, no
  // past participle just before "in", and no comma or conjunction that opens
  // another clause ("he will resign and the firm lost money in two years").
  static const Regex* const kFrame = new Regex(
      R"(\b(?:first|time|times|ever|record|highest|lowest|biggest|largest|smallest|best|worst|most|least)\b|(?:[a-z]ed|\bbuilt|\bdone|\bmade|\bwritten|\bwon)\s*$|,|\b(?:and|but|or|that|which|who|because|while|whereas|although|though|so|than)\b)");
  std::vector<Span> g;
  size_t from = 0, marker = std::string_view::npos;
  while (kMarker->Find(clause, from, &g)) {
    marker = g[0].end;
    from = g[0].end;
  }
  if (marker == std::string_view::npos) return false;
  std::string_view after = clause.substr(marker);
  if (bound) {
    static const Regex* const kParticiple =
        new Regex(R"((?:[a-z]ed|\bbuilt|\bdone|\bmade|\bwritten|\bwon)\s*$)");
    std::vector<Span> p;
    if (kParticiple->Find(after, 0, &p)) after = after.substr(0, p[0].begin);
  }
  return !kFrame->Contains(after);
}

// "al día siguiente", "a la semana siguiente" tell what followed an event just
// told; "el mes anterior a la cumbre", "los días siguientes de la huelga", "the
// week before the vote" count from the time named after them. Neither counts
// from the reference. `lead` is the group of a leading "a"/"al".
bool Anchored(const Match& m, int lead) {
  static const Regex* const kNext = new Regex(R"(\s+(?:a|al|de|del|than|of)\b)");
  return m.has(lead) || kNext->MatchAt(m.text, m.span(0).end);
}

// A count of periods from the reference ("dos semanas", "a fortnight", "una
// quincena"), as EmitOffset reads it.
void EmitCount(const Match& m, int group, int sign, std::vector<DateMention>* out) {
  if (m.str(group).find("fortnight") == std::string_view::npos &&
      m.str(group).find("quincena") == std::string_view::npos)
    return EmitOffset(m, group, sign, out);
  EmitDayOffset(m, 14 * sign, out);
  out->back().form = "offset";
}

// One count of periods ("nine months", "dos semanas", "a fortnight", "una
// quincena") as months (years as 12) and days (weeks as 7); false when `count`
// is none.
bool CountOfPeriods(const Match& m, std::string_view count, int* months, int* days) {
  *months = *days = 0;
  if (count.find("fortnight") != std::string_view::npos || count.find("quincena") != std::string_view::npos) {
    *days = 14;
    return true;
  }
  int n = 0;
  std::string unit;
  if (!WholeNumber(m, count, &n, &unit) || n < 1) return false;
  *days = unit == "day" ? n : unit == "week" ? 7 * n : 0;
  *months = unit == "month" ? n : unit == "year" ? 12 * n : 0;
  return *days || *months;
}

// "For three days from today", "durante una semana a partir de ahora": after
// "for"/"durante"/"por" a count from the reference says how long, from the
// reference on (END inclusive), as OpenRanges reads "for two weeks starting May
// 20". After a word that schedules ("set for three days from now", "previsto
// para") it names the day the count reaches, and nothing is emitted here.
bool EmitStretchFromNow(const Match& m, int group, std::vector<DateMention>* out) {
  static const Regex* const kFor = new Regex("for|durante|por");
  static const Regex* const kSchedule = new Regex(
      "set|scheduled|slated|planned|due|fixed|booked|postponed|rescheduled|moved|pushed|delayed|called|"
      "previst[oa]s?|programad[oa]s?|fijad[oa]s?|aplazad[oa]s?|pospuest[oa]s?");
  std::vector<std::string_view> before = WordsBefore(m.text, m.span(0).begin, 2);
  if (before.empty() || !kFor->FullMatch(before[0])) return false;
  if (before.size() > 1 && kSchedule->FullMatch(before[1])) return false;
  int months = 0, days = 0;
  if (!CountOfPeriods(m, m.str(group), &months, &days)) return false;
  const Date* ref = m.RefAt(P::kDay);
  if (!ref) {
    EmitRelativeRange(m, nullptr, nullptr, "stretch", out);
    return true;
  }
  const Date end = ShiftMonthsDays(*ref, months, days).AddDays(-1);
  EmitRelativeRange(m, ref, &end, "stretch", out);
  return true;
}

// "Three weeks later", "tres semanas después" (group `group` the count) count
// from a time the story names: from the reference only in a clause about the
// future, unresolved otherwise.
void EmitLater(const Match& m, int group, std::vector<DateMention>* out) {
  std::vector<DateMention> one;
  EmitCount(m, group, 1, &one);
  if (one.empty()) return;
  int months = 0, days = 0;
  if (CountOfPeriods(m, m.str(group), &months, &days) && !months) one[0].days_from_named = days;
  if (!FutureCount(m)) {
    one[0].resolved = false;
    one[0].value = Date();
  }
  out->push_back(one[0]);
}

void EmitDaysFromNamed(const Match& m, int days, std::vector<DateMention>* out) {
  DateMention d = Relative(m.core, nullptr, "from-named");
  d.days_from_named = days;
  out->push_back(d);
}

// "Within nine months", "en un plazo de dos semanas" (group `group` the count)
// in a clause about the future: from the reference up to the day the count
// ends, a bound rather than a point; anywhere else how long something took
// ("the firm collapsed within two years"), no date. With `ahead` the words
// look forward themselves ("within the next ten months", "dentro de los
// próximos diez meses") unless the clause is told in the past ("rose within
// the next two years after the war" counts from the war).
void EmitWithin(const Match& m, int group, std::vector<DateMention>* out, bool ahead) {
  if (!CountEndsPhrase(m) || Anchored(m, kNoLead) || (ahead ? m.Past() : !FutureCount(m, true))) return;
  int months = 0, days = 0;
  if (!CountOfPeriods(m, m.str(group), &months, &days)) return;
  const Date* ref = m.RefAt(P::kDay);
  if (!ref) return EmitRelativeRange(m, nullptr, nullptr, "span", out);
  const Date end = ShiftMonthsDays(*ref, months, days);
  EmitRelativeRange(m, ref, &end, "span", out);
}

// The `n` weekdays after the reference (sign > 0) or before it ("the next 5
// business days", "los últimos 3 días hábiles"); holidays are not known, so
// only Saturdays and Sundays are skipped.
void EmitBusinessDays(const Match& m, int group, int sign, std::vector<DateMention>* out) {
  int n = 0;
  std::string unit;
  if (!WholeNumber(m, m.str(group), &n, &unit) || !unit.empty() || n < 1 || n > 366) return;
  const Date* ref = m.RefAt(P::kDay);
  if (!ref) return EmitRelativeRange(m, nullptr, nullptr, "span", out);
  Date d = *ref, first, last;
  for (int k = 0; k < n;) {
    d = d.AddDays(sign);
    if (d.Weekday() >= 6) continue;
    if (k++ == 0) first = d;
    last = d;
  }
  if (sign < 0) std::swap(first, last);
  EmitRelativeRange(m, &first, &last, "span", out);
}

// Week Rank(group 1) (-1: the last) of the month or year NamedPeriod reads from
// group 2: "the last week of next month", "la primera semana del año pasado".
void EmitNthWeekOfNamed(const Match& m, std::vector<DateMention>* out) {
  int year = 0, month = 0;
  bool relative = false;
  NamedPeriod(m, 2, &year, &month, &relative);
  if (year && !PlausibleYear(year)) return;
  // A named month without its year (not "next month"): placed by the tense.
  if (m.has(2 + 5) && !m.has(2 + 6) && year) {
    const int n = Rank(m, 1);
    return EmitByTense(
        m, year, [&](int y, std::vector<DateMention>* o) { EmitNthWeek(m, n, month, y, true, o); }, out);
  }
  EmitNthWeek(m, Rank(m, 1), month, year, relative, out);
}

// A count of periods in two parts or more ("3 weeks and 4 days", "un año y
// cinco meses"), all of `s`: its months (years as 12) and its days (weeks as 7).
bool CompoundCount(const Match& m, std::string_view s, int* months, int* days) {
  static const Regex* const kPiece = new Regex(
      R"((?:\d+|[a-z]+(?:-[a-z]+)*)\s+(?:days?|weeks?|months?|years?|dias?|semanas?|mes(?:es)?|anos?)\b)");
  static const Regex* const kJoin = new Regex(R"(\s*,?\s*(?:(?:and|y)\s+)?)");
  int pieces = 0;
  size_t at = 0;
  *months = *days = 0;
  for (Span piece : kPiece->FindAll(s)) {
    int n = 0;
    std::string unit;
    if (!kJoin->FullMatch(s.substr(at, piece.begin - at)) ||
        !WholeNumber(m, s.substr(piece.begin, piece.size()), &n, &unit) || n < 1) {
      return false;
    }
    if (unit == "day" || unit == "week") {
      *days += unit == "day" ? n : 7 * n;
    } else if (unit == "month" || unit == "year") {
      *months += unit == "month" ? n : 12 * n;
    } else {
      return false;
    }
    ++pieces;
    at = piece.end;
  }
  return pieces >= 2 && at == s.size();
}

// A count of periods in several parts ("3 weeks and 4 days", "un año y cinco
// meses", group `group`) `sign` away from the reference, to the day as
// EmitOffset reads one count.
void EmitCompoundOffset(const Match& m, int group, int sign, std::vector<DateMention>* out) {
  int months = 0, days = 0;
  if (!CompoundCount(m, m.str(group), &months, &days)) return;
  const Date* ref = m.RefAt(P::kDay);
  Date v;
  if (ref) {
    v = ShiftMonthsDays(*ref, sign * months, sign * days);
  } else if (!days && (ref = m.RefAt(P::kMonth))) {
    v = ShiftMonth(*ref, sign * months);
  }
  out->push_back(Relative(m.core, ref ? &v : nullptr, "offset"));
  // "un año y cinco meses" is as loose as its largest part; with days named
  // ("tres semanas y cuatro días") it is meant to the day.
  CountMargin(&out->back(), (days % 7) ? 0 : months, (days % 7) ? 0 : days);
}

// "Following Friday's vote" is after it: without "the", "following" before a
// possessive is a preposition. Group 2 holds the word, group 1 the core.
bool FollowingAsPreposition(const Match& m) {
  return m.is(2, "following") && m.span(0).begin == m.span(1).begin && m.After() == '\'';
}

// "Over the next decade", "durante la última década": a stretch of years up to
// or from the reference, as "over the next week" is seven days; "in the next
// decade" names the calendar one.
bool OverStretch(const Match& m) {
  static const Regex* const kArticle = new Regex("the|la|el|las|los");
  static const Regex* const kOver = new Regex("over|during|within|throughout|durante");
  std::vector<std::string_view> w = WordsBefore(m.text, m.span(0).begin, 4);
  size_t i = !w.empty() && kArticle->FullMatch(w[0]) ? 1 : 0;
  if (i >= w.size()) return false;
  return kOver->FullMatch(w[i]) ||
         (w[i] == "de" && i + 2 < w.size() && w[i + 1] == "largo" && w[i + 2] == "lo");
}

// Whether "en dos semanas", "in a year" ends its noun phrase: "en un año
// electoral", "in a week of talks", "in a year marked by protests" name a
// stretch, not a point. What may follow is punctuation, the end, or a word that
// opens something else (a conjunction, a preposition, an article, a clitic).
bool CountEndsPhrase(const Match& m) {
  static const Regex* const kNext = new Regex(
      R"re(\s*(?:[.,;:!?)"]|$)|\s+(?:y|o|e|en|con|por|para|si|cuando|tras|antes|hasta|que|pero|como|porque|mientras|segun|ante|el|la|los|las|un|una|unos|unas|su|sus|se|lo|le|and|or|at|in|on|for|with|by|after|before|until|when|if|but|as|so|because|while|unless|then|the|a|an|its|their|his|her)\b)re");
  return kNext->MatchAt(m.text, m.span(0).end);
}

// The day, Monday-to-Sunday week, month or year `delta` of them from the
// reference's ("el día anterior", "the week after"). The words count from a
// time the story names: a day counts from a day named before it in its
// sentence, when there is one (ResolveFromNamed).
void EmitUnitShift(const Match& m, std::string_view unit, int delta,
                   std::vector<DateMention>* out) {
  if (unit == "day" || unit == "dia") {
    EmitDayOffset(m, delta, out);
    out->back().days_from_named = delta;
    return;
  }
  if (unit == "week" || unit == "semana") return EmitWeek(m, delta, false, out);
  EmitPeriod(m, unit == "month" || unit == "mes", delta, out);
}

// Monday to Friday of the week `delta` weeks from the reference's ("next
// workweek", "la próxima semana laboral").
void EmitWorkWeek(const Match& m, int delta, std::vector<DateMention>* out) {
  const Date* ref = m.RefAt(P::kDay);
  if (!ref) return EmitRelativeRange(m, nullptr, nullptr, "week", out);
  Date monday = ref->AddDays(1 - ref->Weekday() + 7 * delta), friday = monday.AddDays(4);
  EmitRelativeRange(m, &monday, &friday, "week", out);
}

// Month number Rank(group 1) (-1: the last) of the year NamedPeriod reads from
// group 2: "el quinto mes de 2025", "the 10th month of next year".
void EmitNthMonth(const Match& m, std::vector<DateMention>* out) {
  int n = Rank(m, 1), year = 0, month = 0;
  bool relative = false;
  NamedPeriod(m, 2, &year, &month, &relative);
  if (n < 0) n = 12;
  if (month || n < 1 || n > 12) return;
  if (!year) return out->push_back(Relative(m.core, nullptr, "month"));
  if (!PlausibleYear(year)) return;
  DateMention d = Absolute(m.core, Date::Month(year, n), "month");
  d.relative = relative;
  out->push_back(d);
}

// "The first 3 weeks of 2025", "los tres primeros meses del año": `word` the
// first/last word, `count` a plain number, `unit` days, weeks, months or
// quarters, `named` the period's groups (NamedPeriod).
void EmitFirstOrLast(const Match& m, int word, int count, int unit, int named,
                     std::vector<DateMention>* out) {
  int n = 0, year = 0, month = 0;
  bool relative = false;
  std::string none;
  if (!WholeNumber(m, m.str(count), &n, &none) || !none.empty()) return;
  const char u = m.str(unit)[0];
  const char* units = u == 'd' ? "day" : u == 'w' || u == 's' ? "week" : u == 'm' ? "month" : "quarter";
  NamedPeriod(m, named, &year, &month, &relative);
  const bool first = m.str(word)[0] == 'p' || m.is(word, "first");
  const int parts = units[0] == 'q' ? 3 * n : n;
  const std::string unit_name = units[0] == 'q' ? "month" : units;
  // A named month without its year (not "next month"): placed by the tense.
  if (m.has(named + 5) && !m.has(named + 6) && year && month) {
    return EmitByTense(
        m, year,
        [&](int y, std::vector<DateMention>* o) { EmitCountedPart(m, first, parts, unit_name, month, y, true, o); },
        out);
  }
  EmitCountedPart(m, first, parts, unit_name, month, year, relative, out);
}

// "Hace una década", "two decades ago": ten years per decade from the
// reference's, to the year as EmitOffset reads "hace diez años". Group `count`
// the count ("a", "una" or a number).
void EmitDecadesOffset(const Match& m, int count, int sign, std::vector<DateMention>* out) {
  int n = 1;
  std::string unit;
  std::string_view c = m.str(count);
  if (c != "a" && c != "una" && c != "un" && (!WholeNumber(m, c, &n, &unit) || !unit.empty())) return;
  if (n < 1 || n > 10) return;
  const Date* ref = m.RefAt(P::kYear);
  Date v;
  if (ref) v = Date::Year(ref->year + sign * 10 * n);
  out->push_back(Relative(m.core, ref ? &v : nullptr, "offset"));
}

// Thirds of a month (days 1-15, 10-20, 16-end: the stretches overlap as the
// words do) or of a year (January-April, May-August, September-December).
// `part`: 0 early, 1 middle, 2 late. `month` 0 is the whole year; `year` 0 takes
// the reference's.
void EmitPart(const Match& m, int part, int month, int year, std::vector<DateMention>* out) {
  bool relative = !year;
  if (!year) {
    const Date* ref = m.RefAt(P::kYear);
    if (!ref) {
      EmitRelativeRange(m, nullptr, nullptr, "part", out);
      return;
    }
    year = ref->year;
  }
  Date a, b;
  auto place = [&](int y) {
    if (month) {
      static constexpr int kFirst[] = {1, 10, 16};
      int last = part == 0 ? 15 : part == 1 ? 20 : DaysInMonth(y, month);
      a = Date::Day(y, month, kFirst[part]);
      b = Date::Day(y, month, last);
    } else {
      a = Date::Month(y, 1 + 4 * part);
      b = Date::Month(y, 4 + 4 * part);
    }
  };
  place(year);
  // Without its year, by the clause's tense (TenseShift): "se reunieron a
  // finales de octubre", read in January, is last October's; "will meet in
  // early March", read in June, next March's; "the polls open in mid-November",
  // this year's.
  if (relative && month) {
    if (const int shift = TenseShift(m, a, b)) place(year + shift);
  }
  DateMention r = Range(m.core, a, b, "part");
  r.relative = relative;
  r.year_implied = relative && month;
  out->push_back(r);
}

// The early (Monday to Wednesday), middle (Tuesday to Thursday) or late
// (Thursday to Sunday) days of the week `delta` weeks from the reference's.
void EmitWeekPart(const Match& m, int part, int delta, std::vector<DateMention>* out) {
  const Date* ref = m.RefAt(P::kDay);
  if (!ref) return EmitRelativeRange(m, nullptr, nullptr, "part", out);
  static constexpr int kFirst[] = {0, 1, 3}, kLast[] = {2, 3, 6};
  Date monday = ref->AddDays(1 - ref->Weekday() + 7 * delta);
  Date a = monday.AddDays(kFirst[part]), b = monday.AddDays(kLast[part]);
  EmitRelativeRange(m, &a, &b, "part", out);
}

// A part of the reference's month or year, shifted by `delta` of them ("a
// finales del año pasado").
void EmitRelativePart(const Match& m, int part, bool month, int delta,
                      std::vector<DateMention>* out, bool bare) {
  const Date* ref = m.RefAt(month ? P::kMonth : P::kYear);
  if (!ref) {
    EmitRelativeRange(m, nullptr, nullptr, "part", out);
    return;
  }
  auto emit = [&](int d) {
    const Date mo = ShiftMonth(*ref, d);
    EmitPart(m, part, month ? mo.month : 0, month ? mo.year : ref->year + d, out);
  };
  emit(delta);
  // "Firmarán a principios de año", read in November: the period's part is
  // over, the writer means the next period's ("este año" keeps this one).
  const Date* day = m.RefAt(P::kDay);
  if (bare && !delta && day && Ordinal(LastDay(out->back().end)) < Ordinal(*day) && m.Future()) {
    out->pop_back();
    emit(1);
  } else if (bare && !delta && LastYearsInPast(m, Ordinal(out->back().value))) {
    // "Firmaron el acuerdo a finales de año", read in January: last year's end.
    out->pop_back();
    emit(-1);
  }
  out->back().relative = true;
}

// 0 week, 1 month, 2 year: "semana"/"week", "mes"/"month", "ano"/"year".
int UnitOf(std::string_view word) {
  return word == "semana" || word == "week" ? 0 : word == "mes" || word == "month" ? 1 : 2;
}

// The reference's Monday-to-Sunday week (unit 0), month (1) or year (2), as days.
void CurrentPeriod(const Date& ref, int unit, Date* first, Date* last) {
  if (unit == 0) {
    *first = ref.AddDays(1 - ref.Weekday());
    *last = first->AddDays(6);
  } else if (unit == 1) {
    *first = Date::Day(ref.year, ref.month, 1);
    *last = Date::Day(ref.year, ref.month, DaysInMonth(ref.year, ref.month));
  } else {
    *first = Date::Day(ref.year, 1, 1);
    *last = Date::Day(ref.year, 12, 31);
  }
}

// "Earlier this month" has passed: from the period's start to the day before
// the reference, within its first half; "later this year" is still to come:
// from the reference, within its second half (Thursday to Sunday, days 16 to
// the end, July to December), as both are said from mid-period on too.
void EmitHalf(const Match& m, int unit, bool later, std::vector<DateMention>* out) {
  const Date* ref = m.RefAt(P::kDay);
  if (!ref) return EmitRelativeRange(m, nullptr, nullptr, "period-part", out);
  Date first, last;
  CurrentPeriod(*ref, unit, &first, &last);
  Date half = unit == 0 ? first.AddDays(3)
              : unit == 1 ? Date::Day(ref->year, ref->month, 16)
                          : Date::Day(ref->year, 7, 1);
  Date a = first, b = last;
  if (later) {
    a = Ordinal(*ref) > Ordinal(half) ? *ref : half;
  } else {
    Date before = ref->AddDays(-1), half_end = half.AddDays(-1);
    b = Ordinal(before) < Ordinal(half_end) ? before : half_end;
    if (Ordinal(b) < Ordinal(a)) return;  // nothing of it has passed yet
  }
  EmitRelativeRange(m, &a, &b, "period-part", out);
  // The halves are a convention; the words say only before or after the
  // reference ("earlier this month", said on the 28th, may be the 20th).
  if (later && !(a == *ref)) {
    out->back().loose_first = *ref;
    out->back().loose_last = last;
  } else if (!later && !(b == ref->AddDays(-1))) {
    out->back().loose_first = first;
    out->back().loose_last = ref->AddDays(-1);
  }
}

// The rest of the reference's period (from the reference on), or what has gone
// of it (up to the reference).
void EmitRest(const Match& m, int unit, bool rest, std::vector<DateMention>* out) {
  const Date* ref = m.RefAt(P::kDay);
  if (!ref) return EmitRelativeRange(m, nullptr, nullptr, "period-part", out);
  Date first, last;
  CurrentPeriod(*ref, unit, &first, &last);
  if (rest) first = *ref;
  else last = *ref;
  EmitRelativeRange(m, &first, &last, "period-part", out);
}

// "The rest of 2024", "lo que queda de junio" (group `year` or `month`): the
// rest of the reference's year or month, as "the rest of the year"; with
// `rest` false what has gone of it ("so far in 2024", "en lo que va de junio").
// Another year or month is left to its own reader.
void EmitRestOfNamed(const Match& m, int year, int month, bool rest, std::vector<DateMention>* out) {
  const Date* ref = m.RefAt(P::kDay);
  if (!ref) return;
  if (m.has(year) ? m.num(year) == ref->year : m.month(month) == ref->month) {
    EmitRest(m, m.has(year) ? 2 : 1, rest, out);
  }
}

// ISO 8601 week `n` of `year` (the weeks run Monday to Sunday; week 1 holds
// 4 January); `year` 0 is unresolved. "Week 3 of the trial" counts from
// something else and is no calendar week.
void EmitIsoWeek(const Match& m, int n, int year, bool relative, std::vector<DateMention>* out) {
  if (n < 1 || n > 53) return;
  std::string_view rest = m.text.substr(m.span(0).end);
  for (std::string_view word : {" of ", " de ", " del "}) {
    if (rest.substr(0, word.size()) == word) return;
  }
  if (!year) return EmitRelativeRange(m, nullptr, nullptr, "week", out);
  Date jan4 = Date::Day(year, 1, 4);
  Date monday = jan4.AddDays(1 - jan4.Weekday() + 7 * (n - 1));
  if (monday.AddDays(3).year != year) return;
  DateMention r = Range(m.core, monday, monday.AddDays(6), "week");
  r.relative = relative;
  out->push_back(r);
}

// Century `n` (1-21): the years (n-1)00 to (n-1)99, as writers count them ("the
// 21st century" opens in 2000).
void EmitCentury(const Match& m, int n, std::vector<DateMention>* out) {
  if (n < 1 || n > 21) return;
  out->push_back(Range(m.core, Date::Year((n - 1) * 100), Date::Year((n - 1) * 100 + 99), "century"));
}

// The century `delta` centuries from the reference's ("el siglo pasado", "this
// century"), numbered as EmitCentury numbers them.
void EmitRelativeCentury(const Match& m, int delta, std::vector<DateMention>* out) {
  const Date* ref = m.RefAt(P::kYear);
  if (!ref) {
    DateMention d = Relative(m.core, nullptr, "century");
    d.is_range = true;
    out->push_back(d);
    return;
  }
  const size_t before = out->size();
  EmitCentury(m, ref->year / 100 + 1 + delta, out);
  if (out->size() > before) out->back().relative = true;
}

// A Roman numeral up to XXXIX, as Spanish numbers centuries ("siglo XXI"); 0
// when it is none.
int Roman(std::string_view s) {
  int v = 0, i = 0;
  const int size = static_cast<int>(s.size());
  while (i < size && s[i] == 'x') v += 10, ++i;
  if (i > 3) return 0;
  std::string_view rest = s.substr(static_cast<size_t>(i));
  static constexpr const char* kUnits[] = {"", "i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix"};
  for (int u = 0; u < 10; ++u) {
    if (rest == kUnits[u]) return v + u;
  }
  return 0;
}

// A holiday in `year`, or in the reference's year: `anchor` < 0 asks for the
// last one strictly before the reference, > 0 the next one after it.
// "Easter Island", "Christmas Island", "the Easter Rising", "la isla de
// Pascua": a holiday's name inside the name of a place or an event is no day.
static bool InPlaceName(const Match& m) {
  static const Regex* const kAfter = new Regex(R"(\s+(?:islands?|rising|uprising|offensive)\b)");
  static const Regex* const kBefore =
      new Regex(R"((?:^|[^a-z])(?:islas?|alzamiento|levantamiento|ofensiva)\s+(?:de\s+)?(?:la\s+)?$)");
  return kAfter->MatchAt(m.text, m.core.end) || kBefore->Contains(TextBefore(m.text, m.core.begin));
}

void EmitHoliday(const Match& m, std::string_view name, int year, int anchor,
                 std::vector<DateMention>* out) {
  if (InPlaceName(m)) return;
  if (year) {
    Date d = Holiday(name, year);
    if (d.valid()) out->push_back(Absolute(m.core, d, "holiday"));
    return;
  }
  const Date* ref = m.RefAt(anchor ? P::kDay : P::kYear);
  if (!ref) {
    if (Holiday(name, 2024).valid()) out->push_back(Relative(m.core, nullptr, "holiday"));
    return;
  }
  Date d = Holiday(name, ref->year);
  if (!d.valid()) return;
  if (anchor < 0 && Ordinal(d) >= Ordinal(*ref)) d = Holiday(name, ref->year - 1);
  if (anchor > 0 && Ordinal(d) <= Ordinal(*ref)) d = Holiday(name, ref->year + 1);
  // As for a day without its year (EmitDay): "talks will resume after Easter",
  // read in June, is next Easter.
  if (!anchor && ref->precision == P::kDay && Ordinal(d) < Ordinal(*ref) && m.Future()) {
    d = Holiday(name, ref->year + 1);
  }
  out->push_back(Relative(m.core, &d, "holiday"));
}

// A feast of another calendar (FeastNamed) as EmitHoliday places a holiday:
// in `year`, or the reference's, or (`anchor`) the last one over before the
// reference or the next to start after it. Those two are found among the
// feast's own occurrences, not by Gregorian year: an Islamic feast may come
// twice in one. A month (Ramadan) is a period, as "la semana pasada" is; so is
// its `part` (0 early, 1 middle, 2 late; -1 the whole), a third as EmitPart
// takes a month's: days 1-15, 10-20, 16 to the end.
void EmitFeast(const Match& m, std::string_view name, int year, int anchor,
               std::vector<DateMention>* out, int part) {
  Feast f;
  if (!FeastNamed(name, &f) || (part >= 0 && !f.whole_month)) return;
  // "Ramadan" alone is also a family name ("Tariq Ramadan was tried"): with no
  // year, no "last"/"next" and no part, the month needs a word that places it in
  // time, an article or nothing before it.
  if (name == "ramadan" && !year && !anchor && part < 0) {
    static const Regex* const kLead = new Regex(
        "during|in|of|for|since|until|till|before|after|through|throughout|by|from|to|at|on|and|or|the|this|"
        "holy|fasting|month|durante|en|el|del|de|este|hasta|desde|tras|antes|despues|mes|sagrado|ayuno|al|a|"
        "para|por|y|o|con");
    std::vector<std::string_view> before = WordsBefore(m.text, m.core.begin, 1);
    if (!before.empty() && !kLead->FullMatch(before[0])) return;
  }
  const char* form = part >= 0 ? "holiday-part" : f.whole_month ? "holiday-month" : "holiday";
  auto shape = [&](FeastDays o) {
    if (part < 0 || !o.valid()) return o;
    static constexpr int kFirst[] = {0, 9, 15}, kLast[] = {14, 19, 0};
    if (part < 2) o.last = o.first.AddDays(kLast[part]);
    o.first = o.first.AddDays(kFirst[part]);
    return o;
  };
  auto emit = [&](const FeastDays& o, bool relative) {
    if (!o.valid()) return;
    DateMention d = f.whole_month ? Range(m.core, o.first, o.last, form) : Absolute(m.core, o.first, form);
    d.relative = relative;
    out->push_back(d);
  };
  if (year) return emit(shape(FeastIn(f, year)), false);
  const Date* ref = m.RefAt(anchor ? P::kDay : P::kYear);
  if (!ref) {
    DateMention d = Relative(m.core, nullptr, form);
    d.is_range = f.whole_month;
    out->push_back(d);
    return;
  }
  if (anchor) return emit(shape(anchor < 0 ? FeastBefore(f, *ref) : FeastAfter(f, *ref)), true);
  FeastDays o = shape(FeastIn(f, ref->year));
  // As for a Gregorian holiday: in a future clause one already over is the next.
  if (o.valid() && ref->precision == P::kDay && Ordinal(o.last) < Ordinal(*ref) && m.Future()) {
    o = shape(FeastAfter(f, *ref));
  }
  emit(o, true);
}

// Whether what follows a number at `at` makes it a count or a rank of
// something ("el martes 20 personas", "the 19th amendment", "in two thousand
// homes"), an hour ("10 a.m.") or a repeat ("de cada mes"): a word that is no
// preposition or conjunction. Punctuation, the end of the text or
// "de"/"at"/"and" leave the number free to be a date.
bool CountsSomething(std::string_view text, size_t at) {
  // "Saturday 10 a.m.", "el sábado 10:30": an hour.
  static const Regex* const kHour = new Regex(R"(\s*(?:[ap]\.?m\b|:\d))");
  if (kHour->MatchAt(text, at)) return true;
  while (at < text.size() && text[at] == ' ') ++at;
  size_t end = at;
  while (end < text.size() && (std::isalnum(static_cast<unsigned char>(text[end])) ||
                               static_cast<unsigned char>(text[end]) >= 0x80)) {
    ++end;
  }
  if (end == at) return false;
  static const std::set<std::string_view> kFree = {
      "de",   "del",  "a",     "al",   "en",   "y",    "e",    "o",    "u",    "que",
      "para", "por",  "con",   "hasta", "desde", "entre", "at",  "on",   "in",   "and",
      "or",   "of",   "to",    "for",  "with", "from", "until", "till", "when", "this",
      "next", "last", "este",  "esta", "proximo", "pasado", "la", "las", "el", "the",
      "no",   "se",   "ya",
      // Prepositions and conjunctions of time open the next phrase: "el día 21
      // tras la votación", "on the 21st after the vote".
      "tras", "antes", "despues", "durante", "cuando", "mientras", "sin", "pero",
      "before", "after", "during", "since", "while", "but"};
  std::string_view word = text.substr(at, end - at);
  if (!kFree.count(word)) return true;
  // "el día 1 de cada mes", "the 1st of every month" repeat: no one day.
  static const Regex* const kEvery = new Regex(R"(\s+(?:cada|each|every)\b)");
  return (word == "de" || word == "of") && kEvery->MatchAt(text, end);
}

// Which of two numbers "a/b" is the day: the first in Spanish, the second in
// English unless the first cannot be a month; either language takes the
// reading that can be a date.
bool DayFirst(Lang lang, int a, int b) {
  if (lang == Lang::kEn) return a > 12;
  if (lang == Lang::kAny && b > 12 && a <= 12) return false;
  return true;
}

// "el jueves 9 de mayo" without a year: the year nearest the reference in
// which that day falls on that weekday (its own first, then the one before,
// as news reports mostly what has happened, then the one after); 0 when none
// does, and the day is then read in the reference's year as written.
int SameWeekdayYear(const Match& m, int wd, int mo, int d) {
  const Date* ref = m.RefAt(P::kYear);
  if (!wd || !ref) return 0;
  for (int y : {ref->year, ref->year - 1, ref->year + 1}) {
    if (ValidDay(y, mo, d) && Date::Day(y, mo, d).Weekday() == wd) return y;
  }
  return 0;
}

// A year written in words at the start of `words` ("dos mil once", "two
// thousand and nine", "mil novecientos setenta y cuatro"), read by the number
// extractor; in English also as two two-digit groups, the way English says
// years ("nineteen sixty eight" is 19|68). The longest run of words that reads
// as a year wins; *used is its length in bytes. 0 when none does.
int YearWords(const Match& m, std::string_view words, size_t* used) {
  std::vector<size_t> ends;  // where each word ends
  for (size_t i = 0; i < words.size(); ++i) {
    bool letter = std::isalpha(static_cast<unsigned char>(words[i]));
    bool next = i + 1 < words.size() && std::isalpha(static_cast<unsigned char>(words[i + 1]));
    if (letter && !next) ends.push_back(i + 1);
  }
  auto whole = [&](std::string_view phrase, int* v) {
    std::string unit;
    return WholeNumber(m, phrase, v, &unit) && unit.empty();
  };
  // Most words after "en"/"in" are no number at all: one look settles those.
  const std::string_view first = words.substr(0, ends.empty() ? 0 : ends[0]);
  bool number_first = false;
  for (const char* lang : NumberLangs(m.lang)) {
    if (!IsNumberWord(first, lang)) continue;
    for (const NumberMention& n : ExtractNumbers(words, lang)) number_first |= n.span.begin == 0;
  }
  if (!number_first) return 0;
  for (size_t k = ends.size(); k >= 1; --k) {
    std::string_view phrase = words.substr(0, ends[k - 1]);
    int v = 0;
    if (whole(phrase, &v) && PlausibleYear(v)) {
      *used = phrase.size();
      return v;
    }
    if (m.lang == Lang::kEs) continue;
    for (size_t j = 1; j < k; ++j) {
      int hi = 0, lo = 0;
      size_t cut = words.find_first_not_of(" -", ends[j - 1]);
      if (cut == std::string_view::npos || cut >= phrase.size()) continue;
      if (whole(words.substr(0, ends[j - 1]), &hi) && hi >= 10 && hi <= 20 &&
          whole(phrase.substr(cut), &lo) && lo >= 10 && lo <= 99) {
        *used = phrase.size();
        return hi * 100 + lo;
      }
    }
  }
  return 0;
}

// The run of words from `at` (letters, spaces and hyphens, at most eight
// words): where a year in words may be read. Readers match only the first
// word, so a long run never hides the next match of the same reader.
std::string_view WordsFrom(std::string_view text, size_t at) {
  size_t end = at;
  int words = 0;
  while (end < text.size()) {
    char c = text[end];
    if (std::isalpha(static_cast<unsigned char>(c))) {
      if (end == at || !std::isalpha(static_cast<unsigned char>(text[end - 1]))) {
        if (words == 8) break;
        ++words;
      }
    } else if (c != ' ' && c != '-') {
      break;
    }
    ++end;
  }
  while (end > at && (text[end - 1] == ' ' || text[end - 1] == '-')) --end;
  return text.substr(at, end - at);
}

// A year in words at `at` that ends a date ("... de dos mil once", "...
// nineteen sixty eight"), and no count of something ("in two thousand
// homes"); 0 when there is none. *end is where it ends.
int YearWordsAt(const Match& m, size_t at, size_t* end) {
  size_t used = 0;
  int y = YearWords(m, WordsFrom(m.text, at), &used);
  if (!y || CountsSomething(m.text, at + used)) return 0;
  *end = at + used;
  return y;
}

// Day `d` of the reference's month shifted by `delta` months ("el día 23", "the
// 10th day of next month"): a day alone is said of the month at hand.
void EmitDayOfMonth(const Match& m, Span span, int d, int delta, std::vector<DateMention>* out) {
  if (d < 1 || d > 31) return;
  const Date* ref = m.RefAt(P::kMonth);
  if (!ref) {
    out->push_back(Relative(span, nullptr, "day-of-month"));
    return;
  }
  Date mo = ShiftMonth(*ref, delta);
  if (!ValidDay(mo.year, mo.month, d)) return;
  Date v = Date::Day(mo.year, mo.month, d);
  out->push_back(Relative(span, &v, "day-of-month"));
}

// Whether a number at `end` right after a month's name counts what follows:
// Spanish puts its modifiers after the noun ("en junio 2000 personas"), English
// before it ("the June 2024 summit" is a date).
bool CountsAfterMonth(const Match& m, size_t end) {
  return m.lang != Lang::kEn && CountsSomething(m.text, end);
}

// The names in a list of months ("enero, abril y octubre"), each its own
// mention; a year after the list ("de 2013") is every one's. Without one, the
// clause's tense places the month, as it places a day (EmitDay), a part of a
// month (EmitPart) and a range of months:
// - told in the past, the latest such month not after the reference's: "met in
//   September" in a June story is last September (this year's is still to
//   come, and would be a false contradiction);
// - about the future, the first such month not before the reference's ("la
//   cumbre se celebrará en octubre", in January: this October);
// - with neither tense (a present, no verb, a headline: "Elections in
//   November", "The polls open in November", "La cumbre, en octubre"), the
//   reference's year, as a day takes it ("The polls open on November 5"). The
//   other choice, the latest up to the reference, makes no difference on the
//   peer suite (date+daterange 84.6 en, 84.8 es either way, no case changes:
//   its few such months accept either year) nor on the corpus articles (their
//   four bare months are all told in the past), so the choice
//   rests on what news writes without a tense: events past are told in the
//   past, which PastClause reads; a present or no verb names the month of a
//   story just filed (the reference's, where both choices agree) or a date on
//   the agenda, a timetable present ("the summit opens in October") or a
//   heading ("Elections in November"), whose month still to come the latest up
//   to the reference would put a year back. "Since" a month is not after the
//   reference, whatever the tense (SinceOpens).
void EmitMonthList(const Match& m, int group, std::vector<DateMention>* out) {
  static const Regex* const kYearAfter = new Regex(R"(\.?\s*,?\s+(?:del?\s+|of\s+)?(\d{4})\b)");
  std::vector<Span> g;
  int year = 0;
  if (kYearAfter->MatchAt(m.text, m.span(group).end, &g) && !CountsAfterMonth(m, g[0].end)) {
    year = ToInt(m.text.substr(g[1].begin, g[1].size()));
    if (!PlausibleYear(year)) return;
  }
  const Date* ref = m.RefAt(P::kYear);
  const Which w = !year && ref ? ByTense(m, *ref) : Which::kOnOrBefore;
  const Span list = m.span(group);
  for (size_t i = list.begin; i < list.end;) {
    size_t j = i;
    while (j < list.end && std::isalpha(static_cast<unsigned char>(m.text[j]))) ++j;
    if (j == i) {
      ++i;
      continue;
    }
    auto it = m.names.month.find(std::string(m.text.substr(i, j - i)));
    // An abbreviation needs its dot ("después de feb."; "en mar abierto" is the sea),
    // except in English where it is no word ("in Dec", "since Feb"; "Mar" and
    // "Jan" are a verb and a name).
    bool dotted = j < m.text.size() && m.text[j] == '.';
    bool bare_ok = m.lang == Lang::kEn && it != m.names.month.end() && it->first != "mar" &&
                   it->first != "jan";
    if (it != m.names.month.end() && (dotted || bare_ok || !m.names.short_months.count(it->first))) {
      Span s{i, j};
      if (year) {
        out->push_back(Absolute(s, Date::Month(year, it->second), "month"));
      } else {
        Date v = ref ? ResolveMonthName(*ref, it->second, w) : Date();
        out->push_back(Relative(s, ref ? &v : nullptr, "relative-month"));
        out->back().year_implied = true;
      }
    }
    i = j;
  }
}

// Whether a currency sign stands right before `at` ("$40", "€ 30"): the number
// there is an amount.
bool AfterCurrency(std::string_view text, size_t at) {
  while (at > 0 && text[at - 1] == ' ') --at;
  std::string_view before = text.substr(0, at);
  for (std::string_view sign : {"$", "€", "£"}) {
    if (before.size() >= sign.size() && before.substr(before.size() - sign.size()) == sign) return true;
  }
  return false;
}

// Numbers with a slash followed by "de"/"of" or "%" are a share of something
// ("el 1/3 de los votos", "1/2 of the seats").
bool FractionOf(const Match& m) {
  static const Regex* const kOf = new Regex(R"(\s*(?:%|(?:del?|of|partes|parts)\b))");
  return kOf->MatchAt(m.text, m.span(0).end);
}

// A day and a month as two numbers ("14/3", "12/21") with no year: in the
// language's order, in year `y` or the reference's (`anchor` as EmitDay).
bool EmitNumericDay(const Match& m, Span span, int a, int b, int y, int anchor,
                    std::vector<DateMention>* out) {
  bool day_first = DayFirst(m.lang, a, b);
  int d = day_first ? a : b, mo = day_first ? b : a;
  if (mo < 1 || mo > 12 || d < 1 || d > 31) return false;
  size_t before = out->size();
  EmitDay(m, span, y, mo, d, anchor, out);
  return out->size() > before;
}

// The day `d` of the month that falls on weekday `wd` nearest the reference,
// looking `reach` months either side ("el sábado 31" may be months away; a
// number that might count something looks only at this month and its two
// neighbours).
void EmitWeekdayDay(const Match& m, int wd, int d, std::vector<DateMention>* out, int reach) {
  if (!wd || d < 1 || d > 31) return;
  const Date* ref = m.RefAt(P::kDay);
  if (!ref) {
    out->push_back(Relative(m.core, nullptr, "weekday-day"));
    return;
  }
  Date best;
  int64_t best_distance = 0;
  for (int delta = -reach; delta <= reach; ++delta) {
    Date month = ShiftMonth(*ref, delta);
    if (!ValidDay(month.year, month.month, d)) continue;
    Date cand = Date::Day(month.year, month.month, d);
    int64_t distance = Ordinal(cand) - Ordinal(*ref);
    if (distance < 0) distance = -distance;
    if (cand.Weekday() == wd && (!best.valid() || distance < best_distance)) {
      best = cand;
      best_distance = distance;
    }
  }
  if (best.valid()) out->push_back(Relative(m.core, &best, "weekday-day"));
}

}  // namespace claimcheck::dates_detail
