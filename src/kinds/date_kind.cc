// `date`: a calendar date at year, month or day precision. The claim is the date
// nearest to a cue; dates compare at the coarser precision of the two sides, and
// a relative date that cannot be anchored is reported as unresolved. A named
// period ("la semana pasada", "a mediados de septiembre", "the 1950s") says the
// date lies somewhere in it: it agrees when it shares a day with the value's
// period. Ranges with stated endpoints ("del 2 al 5 de marzo") are the `range`
// kind's. A weekday whose words may name another day ("next Friday" on a
// Thursday, DateMention::alt) is unresolved, not wrong, when only that other
// day agrees with the value.
#include <algorithm>

#include "kinds/clauses.h"
#include "kinds/common.h"
#include "kinds/registry.h"

namespace claimcheck {
namespace {

struct DateFactValue : FactValue {
  Date date;
  std::string ToString() const override { return date.ToString(); }
};

// The margin a hedged date allows: three days either side of a day, a month
// either side of a month, a year either side of a year.
void ApproxBounds(const Date& d, Date* first, Date* last) {
  switch (d.precision) {
    case Date::Precision::kDay:
      *first = d.AddDays(-3);
      *last = d.AddDays(3);
      return;
    case Date::Precision::kMonth:
      *first = d.month == 1 ? Date::Month(d.year - 1, 12) : Date::Month(d.year, d.month - 1);
      *last = d.month == 12 ? Date::Month(d.year + 1, 1) : Date::Month(d.year, d.month + 1);
      return;
    default:
      *first = Date::Year(d.year - 1);
      *last = Date::Year(d.year + 1);
  }
}

// The first of `mentions` (sorted by start, as Doc keeps them) that starts at
// or after folded `pos`: a long article's mentions are not scanned from its
// start for each cue.
template <typename Mention>
typename std::vector<Mention>::const_iterator StartingFrom(const std::vector<Mention>& mentions, size_t pos) {
  return std::lower_bound(mentions.begin(), mentions.end(), pos,
                          [](const Mention& m, size_t p) { return m.span.begin < p; });
}

// The days a number counts when it is a whole count of days or weeks ("two
// days", "una semana": 2, 7), from 1 to 60 days' worth of them; else 0.
int DaysCounted(const NumberMention& n) {
  if ((n.unit != "day" && n.unit != "week") || n.is_range || n.value != static_cast<int>(n.value) || n.value < 1 ||
      n.value > 60)
    return 0;
  return static_cast<int>(n.value) * (n.unit == "week" ? 7 : 1);
}

// "Seoul reacted on Thursday, a day after Putin and Kim signed the treaty",
// "el jueves, dos días después de la firma": a cue in a phrase that a count of
// days or weeks and "after"/"before" open is timed by the day its main clause
// names, that count away. The main clause's day (before the count, in the
// same sentence, a day exact and read without doubt) goes to *from, the
// signed count of days to *days, and the words from that day to the
// connective ("Thursday, a day after") to *words; false when the sentence
// says no such thing.
bool CountedFromTheMainDay(const Doc& doc, const CueHit& hit, const DateMention** from, int* days, Span* words) {
  static const Regex* const kConnective = new Regex(
      "^(?:(after|later than|despues de|despues que|luego de|tras)|(before|ahead of|antes de|antes que)|"
      "((?:dia|manana|noche|tarde) siguiente (?:a|al|de|del)))\\b");
  // "the day after signing", "el día después de", "la mañana siguiente de":
  // one day, counted by the noun.
  static const Regex* const kTheDay =
      new Regex("\\b(?:the|a|al|el|la|that|next)\\s+(?:day|morning|evening|night|dia|manana|noche|tarde)\\s*$");
  if (hit.phrase.empty()) return false;
  std::vector<Span> g;
  if (!kConnective->MatchAt(doc.Folded(hit.phrase), 0, &g)) return false;
  const int sign = g[2].begin != Regex::npos ? 1 : -1;  // the cue's day from the main one
  // The count just before the connective: "a day", "two days", "una semana".
  const NumberMention* count = nullptr;
  for (auto n = StartingFrom(doc.numbers, hit.sentence->folded.begin); n != doc.numbers.end(); ++n) {
    if (n->span.end > hit.phrase.begin) break;
    const std::string_view gap = doc.Folded({n->span.end, hit.phrase.begin});
    if (gap.find_first_not_of(' ') == std::string_view::npos && n->qualifier == NumberQualifier::kExact &&
        DaysCounted(*n))
      count = &*n;
  }
  size_t counted_from = hit.phrase.begin;  // where the words of the count begin
  if (g[3].begin != Regex::npos) {
    // "al día siguiente de": one day, with the article before it.
    static const Regex* const kArticle = new Regex("(?:al|el|la|a la)\\s+$");
    const size_t lead = hit.phrase.begin > 8 ? hit.phrase.begin - 8 : 0;
    std::vector<Span> a;
    counted_from = kArticle->Find(doc.Folded({lead, hit.phrase.begin}), 0, &a) ? lead + a[0].begin : hit.phrase.begin;
    *days = -1;
  } else if (count) {
    *days = sign * DaysCounted(*count);
    counted_from = count->span.begin;
  } else {
    const size_t lead = hit.phrase.begin > 16 ? hit.phrase.begin - 16 : 0;
    std::vector<Span> d;
    if (!kTheDay->Find(doc.Folded({lead, hit.phrase.begin}), 0, &d)) return false;
    *days = sign;
    counted_from = lead + d[0].begin;
  }
  // The main clause's day: the last date before the count in the sentence.
  *from = nullptr;
  for (auto d = StartingFrom(doc.dates, hit.sentence->folded.begin); d != doc.dates.end(); ++d) {
    if (d->span.end > counted_from) break;
    *from = &*d;
  }
  if (*from) {
    *words = {(*from)->span.begin, hit.phrase.begin + g[0].end};
  } else {
    // "Al día siguiente de firmar el tratado, el jueves, Putin voló a Hanói":
    // the day set right after the phrase is the main clause's.
    static const Regex* const kGap = new Regex("\\s*,\\s*(?:(?:on|el|the)\\s+)?");
    std::vector<Span> gap;
    const auto d = StartingFrom(doc.dates, hit.phrase.end);
    if (d != doc.dates.end() && kGap->MatchAt(doc.fold.str(), hit.phrase.end, &gap) && gap[0].end == d->span.begin &&
        d->span.end <= hit.sentence->folded.end) {
      *from = &*d;
      *words = {counted_from, d->span.end};
    }
  }
  const DateMention* d = *from;
  return d && d->resolved && !d->is_range && d->value.precision == Date::Precision::kDay && !d->approx &&
         !d->loose_first.valid() && doc.QuoteAt(d->span.begin) == hit.quote;
}

// A live blog's entry, stamped with its time ("13:15 — Putin and Kim sign
// the treaty", "13:15 KST: Putin y Kim firman"), tells in the present what
// happens on the blog's day. The stamp goes to *stamp when `hit`'s sentence
// opens its line with one and its cue is no past form ("signed", "firmaron", "firmó"
// tell of another time).
// A live entry's time stamp at the start of a line of folded text: the hour
// (group 1) and minutes (group 2), a zone perhaps, then a dash or a colon.
const Regex& LiveStamp() {
  static const Regex* const re = new Regex(
      "^\\s*(?:[-*]\\s+)?(?:\\*\\*)?(\\d{1,2})[:.h](\\d{2})(?:\\s*(?:h|gmt|utc|kst|msk|cet|local))?(?:\\*\\*)?\\s*(?:["
      "\\x{2013}\\x{2014}-]|:)\\s");
  return *re;
}

bool LiveEntry(const Doc& doc, const CueHit& hit, Span* stamp) {
  std::vector<Span> g;
  if (!LiveStamp().MatchAt(doc.Folded(hit.sentence->folded), 0, &g)) return false;
  // The stamp opens its line: "Crónica del miércoles. 13:15 — …" tells that day.
  const std::string_view clean = doc.article.clean();
  size_t at = hit.sentence->orig.begin;
  while (at > 0 && (clean[at - 1] == ' ' || clean[at - 1] == '\t')) --at;
  if (at > 0 && clean[at - 1] != '\n') return false;
  const std::string_view cue = doc.Folded(hit.cue);
  auto ends = [&](std::string_view tail) { return cue.size() > tail.size() && cue.ends_with(tail); };
  const std::string_view orig = doc.article.Text(doc.Orig(hit.cue));
  if (ends("ed") || ends("aron") || ends("ieron") || ends("ado") || ends("ada") || ends("ido") || ends("ida") ||
      orig.ends_with("\xC3\xB3"))
    return false;
  *stamp = {hit.sentence->folded.begin, hit.sentence->folded.begin + g[0].end};
  while (stamp->end > stamp->begin && !std::isdigit(static_cast<unsigned char>(doc.fold.str()[stamp->end - 1])) &&
         !std::isalpha(static_cast<unsigned char>(doc.fold.str()[stamp->end - 1])))
    --stamp->end;
  return true;
}

// The days a live blog has run past midnight by its entry stamped at folded
// `at`. Its earliest entry is on the blog's day (the day it was opened and
// published); each time the stamps, read in the order of time, go back on
// the clock, a day has begun. Blogs that put the newest entry first are read
// bottom up; -1 when neither way is the plainer order of time.
int LiveDaysPast(const Doc& doc, size_t at) {
  const std::string_view text = doc.fold.str();
  struct Stamp {
    size_t line, end;  // the entry's line
    int minute;        // of the day
  };
  std::vector<Stamp> stamps;  // in the copy's order
  std::vector<Span> g;
  for (size_t line = 0; line < text.size();) {
    size_t end = text.find('\n', line);
    if (end == std::string_view::npos) end = text.size();
    const std::string_view l = text.substr(line, end - line);
    if (LiveStamp().MatchAt(l, 0, &g)) {
      const int h = std::stoi(std::string(l.substr(g[1].begin, g[1].size())));
      const int m = std::stoi(std::string(l.substr(g[2].begin, g[2].size())));
      if (h < 24 && m < 60) stamps.push_back({line, end, h * 60 + m});
    }
    line = end + 1;
  }
  // The order of time is the one with the shorter gaps: a blog is written
  // entry by entry, not with a day's silence between two of them.
  int forward = 0, backward = 0;
  for (size_t i = 1; i < stamps.size(); ++i) {
    forward += (stamps[i].minute - stamps[i - 1].minute + 1440) % 1440;
    backward += (stamps[i - 1].minute - stamps[i].minute + 1440) % 1440;
  }
  if (forward == backward && forward > 0) return -1;
  if (backward < forward) std::reverse(stamps.begin(), stamps.end());
  int days = 0;
  for (size_t i = 0; i < stamps.size(); ++i) {
    if (i > 0 && stamps[i].minute < stamps[i - 1].minute) ++days;
    if (stamps[i].line <= at && at < stamps[i].end) return days;
  }
  return 0;
}

// "Seúl protestó el viernes por el pacto que Putin y Kim firmaron dos días
// antes", "… which they had signed two days earlier": a count after the cue,
// with "antes"/"earlier" and no "de"/"than" of its own, counts from the day
// the sentence named before the cue. The signed count of days goes to *days.
bool CountedAfterTheCue(const Doc& doc, const CueHit& hit, const DateMention& day, int* days) {
  static const Regex* const kAfterCount =
      new Regex("\\s+(?:(antes|earlier|before)|(despues|later|mas tarde))\\b(?:\\s+(de|del|than|que|that|of)\\b)?");
  if (day.span.end > hit.cue.begin || !day.resolved || day.is_range || day.value.precision != Date::Precision::kDay)
    return false;
  const Span clause = doc.ClauseAt(*hit.sentence, hit.cue.begin);
  for (auto it = StartingFrom(doc.numbers, hit.cue.end); it != doc.numbers.end(); ++it) {
    const NumberMention& n = *it;
    if (n.span.begin >= clause.end) break;
    std::vector<Span> g;
    if (!DaysCounted(n) || !kAfterCount->MatchAt(doc.fold.str(), n.span.end, &g) || g[3].begin != Regex::npos) continue;
    *days = (g[1].begin != Regex::npos ? -1 : 1) * DaysCounted(n);
    return true;
  }
  return false;
}

// The claim of a day counted `days` from `from`, reported over `words`: the
// day agrees or not; when it does not, a year the text never gave, or the
// other week `from` may name (DateMention::alt), leaves it unresolved.
Claim CountedClaim(const Fact& fact, const Doc& doc, const CueHit& hit, const Date& truth, const DateMention& from,
                   int days, Span words, const std::string& why) {
  const Date day = from.value.AddDays(days);
  const bool agree = Date::Agree(day, truth);
  const Date other = from.alt.valid() ? from.alt.AddDays(days) : Date();
  if (!agree && from.year_implied)
    return MakeClaim(fact, doc, hit, words, ClaimStatus::kUnresolved, day.ToString(), why + ": the text names no year");
  if (!agree && other.valid() && Date::Agree(other, truth))
    return MakeClaim(
        fact, doc, hit, words, ClaimStatus::kUnresolved, day.ToString(),
        why + ": the day it counts from may be " + from.alt.ToString() + ", which gives the rulebook's date");
  return MakeClaim(fact, doc, hit, words, agree ? ClaimStatus::kConfirmed : ClaimStatus::kContradiction, day.ToString(),
                   why);
}

// "Seúl dijo el jueves que el tratado se firmó ayer": reported speech takes the
// narrator's "ayer", but copy often keeps the speaker's, counted from the day
// of the saying. When the saying names a day other than the reference, the
// day `m` ("ayer", "today") names counted from it; invalid otherwise.
Date CountedFromTheSaying(const Doc& doc, const CueHit& hit, const DateMention& m,
                          const std::vector<const DateMention*>& mentions) {
  if (m.form != "relative-day" || !m.resolved || !hit.reported) return Date();
  const Date ref = doc.article.ReferenceDateAt(doc.Orig(m.span).begin);
  if (!ref.valid() || ref.precision != Date::Precision::kDay) return Date();
  int offset = -2;
  while (offset <= 2 && ref.AddDays(offset) != m.value) ++offset;
  if (offset > 2) return Date();
  for (const DateMention* c : mentions) {
    if (c->span.begin < hit.sentence->folded.begin || c->span.end > hit.cue.begin) continue;
    if (!c->resolved || c->is_range || c->value.precision != Date::Precision::kDay || c->value == ref) continue;
    if (clauses::InReportingFrame(doc, hit, c->span)) return c->value.AddDays(offset);
  }
  return Date();
}

bool Parse(const RulebookContext&, Fact* fact, Diagnostics* problems) {
  if (!fact->raw.Find("cues")) {  // (invalid cues were reported where they stand)
    problems->push_back({fact->loc, "fact '" + fact->id + "' (date) needs 'cues'"});
    return false;
  }
  if (fact->slot) return true;
  const Node* v = fact->raw.Find("value");
  auto value = std::make_shared<DateFactValue>();
  if (!v->IsScalar() || !Date::Parse(v->scalar, &value->date) || v->scalar.size() > 10) {
    problems->push_back({v->loc, "fact '" + fact->id +
                                     "': value must be a date YYYY, YYYY-MM or YYYY-MM-DD, not '" +
                                     v->scalar + "'"});
    return false;
  }
  fact->value = value;
  return true;
}

void Find(const Fact& fact, const Doc& doc, std::vector<Claim>* out, Trace* trace) {
  const auto* value = static_cast<const DateFactValue*>(fact.value.get());
  std::vector<Span> candidates;
  std::vector<const DateMention*> mentions;
  for (const DateMention& d : doc.dates) {
    if (d.is_range && !d.period) continue;
    candidates.push_back(d.span);
    mentions.push_back(&d);
  }
  std::vector<Span> seen;
  for (const CueHit& hit : FindCueHits(fact, doc, fact.cues_any.get(), trace)) {
    if (hit.irrealis) {
      if (trace) trace->Add(fact.id + ": cue " + Where(doc, hit.cue) + " skipped: planned or future, not reported as done");
      continue;
    }
    std::string set_aside;
    int i = PickNearest(doc, hit, candidates, /*cue_is_predicate=*/true, trace ? &set_aside : nullptr);
    // "North Korea marked the first anniversary of the signing on Thursday":
    // in an anniversary's phrase a day counted from the reference after the
    // cue is the day it was marked; the act's own is written out ("the
    // anniversary of the June 19, 2024 signing").
    static const Regex* const kAnniversary = new Regex(R"(^(?:anniversary|aniversario)\b)");
    const DateMention* picked = i >= 0 ? mentions[static_cast<size_t>(i)] : nullptr;
    if (picked && picked->relative && picked->span.begin > hit.cue.end && !hit.phrase.empty() &&
        kAnniversary->MatchAt(doc.Folded(hit.phrase), 0)) {
      if (trace)
        set_aside += std::string(set_aside.empty() ? "" : ", ") + Where(doc, picked->span) +
                     " is the day the anniversary was marked";
      i = -1;
    }
    // "Hoy se cumplen dos años desde que firmaron": the anniversary that opens
    // the phrase of "desde"/"since" (or stands right before it) dates what the
    // phrase tells.
    if (i < 0 && !hit.phrase.empty()) {
      static const Regex* const kConnective = new Regex(R"(^\s*(?:(?:desde|de|since|after)\s*)?$)");
      for (size_t k = 0; k < mentions.size(); ++k) {
        const Span d = mentions[k]->span;
        if (mentions[k]->form != "anniversary" || d.end > hit.cue.begin || d.begin < hit.sentence->folded.begin)
          continue;
        if (d.begin >= hit.phrase.begin ||
            (d.end >= hit.phrase.begin || kConnective->MatchAt(doc.Folded({d.end, hit.phrase.begin}), 0)))
          i = static_cast<int>(k);
      }
    }
    if (i < 0) {
      const DateMention* main_day = nullptr;
      int days = 0;
      Span words;
      if (value && !hit.negated && CountedFromTheMainDay(doc, hit, &main_day, &days, &words) &&
          FirstClaimAt(&seen, words)) {
        out->push_back(
            CountedClaim(fact, doc, hit, value->date, *main_day, days, words,
                         "cue " + Where(doc, hit.cue) + " -> date " + Where(doc, main_day->span) + " counted by " +
                             Where(doc, main_day->span.end < words.end ? Span{main_day->span.end, words.end}
                                                                       : Span{words.begin, main_day->span.begin})));
        continue;
      }
      Span stamp;
      if (value && !hit.negated && LiveEntry(doc, hit, &stamp) && FirstClaimAt(&seen, stamp)) {
        const Date blog_day = doc.article.ReferenceDateAt(doc.Orig(stamp).begin);
        if (blog_day.valid() && blog_day.precision == Date::Precision::kDay) {
          const int past_midnight = LiveDaysPast(doc, stamp.begin);
          if (past_midnight < 0) {
            out->push_back(MakeClaim(fact, doc, hit, stamp, ClaimStatus::kUnresolved, "",
                                     "cue " + Where(doc, hit.cue) + " in a live entry stamped " + Where(doc, stamp) +
                                         ": the blog's stamps pass midnight in no clear order of time"));
            continue;
          }
          const Date day = blog_day.AddDays(past_midnight);
          const bool agree = Date::Agree(day, value->date);
          out->push_back(MakeClaim(fact, doc, hit, stamp, agree ? ClaimStatus::kConfirmed : ClaimStatus::kContradiction,
                                   day.ToString(),
                                   "cue " + Where(doc, hit.cue) + " in a live entry stamped " + Where(doc, stamp) +
                                       (past_midnight ? ": told in the present, " + std::to_string(past_midnight) +
                                                            " day(s) after the blog's first: its stamps pass midnight"
                                                      : std::string(": told in the present, on the blog's day"))));
          continue;
        }
      }
      if (trace)
        trace->Add(fact.id + ": cue " + Where(doc, hit.cue) + ": no date in its sentence" +
                   (set_aside.empty() ? "" : " (" + set_aside + ")"));
      continue;
    }
    const DateMention& m = *mentions[static_cast<size_t>(i)];
    if (!FirstClaimAt(&seen, m.span)) continue;
    std::string why = "cue " + Where(doc, hit.cue) + " -> date " + Where(doc, m.span);
    int days = 0;
    if (value && !hit.negated && CountedAfterTheCue(doc, hit, m, &days)) {
      out->push_back(CountedClaim(fact, doc, hit, value->date, m, days, m.span,
                                  why + ", counted " + std::to_string(days) + " days by the words after the cue"));
      continue;
    }
    if (!m.resolved) {
      out->push_back(
          MakeClaim(fact, doc, hit, m.span, ClaimStatus::kUnresolved, "",
                    why + (m.days_from_named || m.form == "from-named" ? ": counts from a day the text names elsewhere"
                           : doc.article.ReferenceDateAt(doc.Orig(m.span).begin).valid()
                               // "casi un año después": after what the story told.
                               ? ": counts from a time the text names elsewhere"
                               : ": relative date with no published date to anchor it")));
      continue;
    }
    std::string found = m.is_range ? m.value.ToString() + "/" + m.end.ToString() : m.value.ToString();
    if (!value) {  // slot: compared across sources only
      // Across sources, what the words allow: "hace dos meses" is no other
      // date than "el 19 de junio" two months and three days on.
      const std::string stated =
          m.loose_first.valid() ? m.loose_first.ToString() + "/" + m.loose_last.ToString() : found;
      out->push_back(MakeClaim(fact, doc, hit, m.span, ClaimStatus::kStated, stated, why + " (slot)"));
      continue;
    }
    bool agree = m.is_range ? PeriodsOverlap(m.value, m.end, value->date, value->date)
                            : Date::Agree(m.value, value->date);
    if (!agree && m.approx && !m.is_range) {
      // "hacia el 21 de junio", "around 1950": a hedged date is only about right;
      // a few days off (a month, a year at those precisions) is no contradiction.
      Date first, last;
      ApproxBounds(m.value, &first, &last);
      if (PeriodsOverlap(first, last, value->date, value->date)) {
        out->push_back(MakeClaim(fact, doc, hit, m.span, ClaimStatus::kUnresolved, found,
                                 why + ": approximate, and " + value->date.ToString() + " is within its margin"));
        continue;
      }
    }
    if (!agree && m.loose_first.valid() && !hit.negated &&
        PeriodsOverlap(m.loose_first, m.loose_last, value->date, value->date)) {
      out->push_back(MakeClaim(fact, doc, hit, m.span, ClaimStatus::kUnresolved, found,
                               why + ": read as " + found + " by convention; the words allow " +
                                   m.loose_first.ToString() + "/" + m.loose_last.ToString() +
                                   ", which holds the rulebook's date"));
      continue;
    }
    if (!agree && m.year_implied && !hit.negated) {
      // "Firmaron el tratado el 19 de junio" in a story of 2026: the text gives
      // the day, not the year, and the year the reading guessed is not the
      // rulebook's. That same day in the rulebook's year would agree: nothing
      // in the text is wrong, only not placed.
      // Moved by the range's last year, so that a range across New Year ends
      // in the rulebook's year.
      const Date last = m.is_range ? m.end : m.value;
      Date a, b;
      const bool valid = MoveToYear(m.value, last, value->date.year - (last.year - m.value.year), &a, &b);
      if (valid && (m.is_range ? PeriodsOverlap(a, b, value->date, value->date) : Date::Agree(a, value->date))) {
        out->push_back(MakeClaim(fact, doc, hit, m.span, ClaimStatus::kUnresolved, found,
                                 why + ": the text names no year, and " + found +
                                     " is the year the publication date suggests; in " +
                                     std::to_string(value->date.year) + " it would agree"));
        continue;
      }
    }
    if (const Date said = CountedFromTheSaying(doc, hit, m, mentions);
        !agree && !hit.negated && said.valid() && Date::Agree(said, value->date)) {
      const std::string text(doc.article.Text(doc.Orig(m.span)));
      out->push_back(MakeClaim(fact, doc, hit, m.span, ClaimStatus::kUnresolved, found,
                               why + ": '" + text + "' may count from the day it was said, which gives " +
                                   said.ToString() + ", the rulebook's date"));
      continue;
    }
    if (m.alt.valid() && (!agree || hit.negated) && Date::Agree(m.alt, value->date) != agree) {
      // "next Friday" said on a Wednesday: the day after next, or next week's
      // Friday, and only one of them is the rulebook's date; the text does not
      // say which. Negated, one reading denies the rulebook's date and the
      // other says nothing of it: just as open.
      const std::string text(doc.article.Text(doc.Orig(m.span)));
      const std::string other = agree ? m.alt.ToString() + " as well as " + found + ", the rulebook's date"
                                      : m.alt.ToString() + ", the rulebook's date, as well as " + found;
      out->push_back(MakeClaim(fact, doc, hit, m.span, ClaimStatus::kUnresolved,
                               hit.negated ? "not " + found : found,
                               why + (hit.negated ? ", negated" : "") + ": '" + text + "' may mean " + other));
      continue;
    }
    if (!agree && hit.beside_timed_act && !hit.negated) {
      // Of two acts of one kind in a sentence, the one the connective times may
      // be the event; this one, at another date, may be another occasion.
      out->push_back(MakeClaim(fact, doc, hit, m.span, ClaimStatus::kUnresolved, found,
                               why + ": the sentence tells another act of the same kind, timed against this one"));
      continue;
    }
    if (hit.negated) {
      if (agree)
        out->push_back(MakeClaim(fact, doc, hit, m.span, ClaimStatus::kContradiction, "not " + found,
                                 why + ", negated"));
      else if (trace)
        trace->Add(fact.id + ": " + why + " is negated and names another date: no claim");
      continue;
    }
    out->push_back(MakeClaim(fact, doc, hit, m.span,
                             agree ? ClaimStatus::kConfirmed : ClaimStatus::kContradiction, found, why));
  }
}

// A found value is a date or a period "first/last"; two values are the same
// claim when they share a day (at the coarser precision).
Relation Relate(const Fact&, const Rulebook&, const std::string& a, const std::string& b) {
  auto parse = [](const std::string& s, Date* first, Date* last) {
    size_t slash = s.find('/');
    if (slash == std::string::npos) return Date::Parse(s, first) && Date::Parse(s, last);
    return Date::Parse(s.substr(0, slash), first) && Date::Parse(s.substr(slash + 1), last);
  };
  Date a1, a2, b1, b2;
  if (!parse(a, &a1, &a2) || !parse(b, &b1, &b2)) return a == b ? Relation::kSame : Relation::kDifferent;
  return PeriodsOverlap(a1, a2, b1, b2) ? Relation::kSame : Relation::kDifferent;
}

}  // namespace

extern const FactKindDef kDateKind = {
    "date", "a calendar date (YYYY, YYYY-MM or YYYY-MM-DD); precision is respected", {}, &Parse, &Find,
    &Relate};

}  // namespace claimcheck
