// `range`: a span of years or dates ("1950-1953", "entre 1950 y 1953"). The
// claim is the range nearest to a cue; endpoints compare at their precision, an
// open range ("antes de 2021", "since 2016") by its closed side alone, and a named
// period ("the 1950s") by sharing a day with the value.
#include <cstring>
#include <string_view>

#include "kinds/common.h"
#include "kinds/registry.h"

namespace claimcheck {
namespace {

constexpr const char* kIn = "in ";

struct RangeFactValue : FactValue {
  Date from, to;
  std::string ToString() const override { return from.ToString() + "/" + to.ToString(); }
};

bool Parse(const RulebookContext&, Fact* fact, Diagnostics* problems) {
  if (!fact->raw.Find("cues")) {  // (invalid cues were reported where they stand)
    problems->push_back({fact->loc, "fact '" + fact->id + "' (range) needs 'cues'"});
    return false;
  }
  if (fact->slot) return true;
  const Node* v = fact->raw.Find("value");
  auto value = std::make_shared<RangeFactValue>();
  if (!v->IsList() || v->items.size() != 2 || !v->items[0].IsScalar() || !v->items[1].IsScalar() ||
      !Date::Parse(v->items[0].scalar, &value->from) || !Date::Parse(v->items[1].scalar, &value->to)) {
    problems->push_back({v->loc, "fact '" + fact->id + "': value must be [start, end], two dates such as [1950, 1953]"});
    return false;
  }
  if (value->to.year < value->from.year) {
    problems->push_back({v->loc, "fact '" + fact->id + "': range ends before it starts"});
    return false;
  }
  fact->value = value;
  return true;
}

void Find(const Fact& fact, const Doc& doc, std::vector<Claim>* out, Trace* trace) {
  const auto* value = static_cast<const RangeFactValue*>(fact.value.get());
  std::vector<Span> candidates;
  std::vector<const DateMention*> mentions;
  for (const DateMention& d : doc.dates) {
    if (!d.is_range) continue;
    candidates.push_back(d.span);
    mentions.push_back(&d);
  }
  std::vector<Span> seen;
  for (const CueHit& hit : FindCueHits(fact, doc, fact.cues_any.get(), trace)) {
    std::string set_aside;
    int i = PickNearest(doc, hit, candidates, /*cue_is_predicate=*/true, trace ? &set_aside : nullptr);
    if (i < 0) {
      if (trace)
        trace->Add(fact.id + ": cue " + Where(doc, hit.cue) + ": no range in its sentence" +
                   (set_aside.empty() ? "" : " (" + set_aside + ")"));
      continue;
    }
    const DateMention& m = *mentions[static_cast<size_t>(i)];
    if (!FirstClaimAt(&seen, m.span)) continue;
    std::string why = "cue " + Where(doc, hit.cue) + " -> range " + Where(doc, m.span);
    if (!m.resolved) {
      out->push_back(MakeClaim(fact, doc, hit, m.span, ClaimStatus::kUnresolved, "", why));
      continue;
    }
    // A named period is written "in START/END": it places the range, it does not
    // state its ends (Relate compares it by overlap).
    std::string found = std::string(m.period ? kIn : "") + m.value.ToString() + "/" + m.end.ToString();
    if (!value) {
      out->push_back(MakeClaim(fact, doc, hit, m.span, ClaimStatus::kStated, found, why + " (slot)"));
      continue;
    }
    // An open range ("antes de 2021", "since 2016") bounds one side only: its
    // closed side is compared with the same side of the value; a value that
    // lies within the bound without meeting it is no claim either way, since
    // "before 2021" does not say how long before.
    bool agree;
    if (m.period) {
      // A named period ("la guerra de los años 50") says the range lies in it,
      // not where it starts and ends: it agrees when they share a day.
      agree = PeriodsOverlap(m.value, m.end, value->from, value->to);
    } else if (!m.value.valid() || !m.end.valid()) {
      const bool open_start = !m.value.valid();
      const Date& bound = open_start ? m.end : m.value;
      const Date& side = open_start ? value->to : value->from;
      agree = Date::Agree(bound, side);
      bool within = open_start ? LastDayKey(side) <= LastDayKey(bound) : FirstDayKey(side) >= FirstDayKey(bound);
      if (!agree && within) {
        if (trace) trace->Add(fact.id + ": " + why + " " + found + " is a bound the value lies within: no claim");
        continue;
      }
    } else {
      agree = Date::Agree(m.value, value->from) && Date::Agree(m.end, value->to);
    }
    if (hit.negated && !agree) continue;
    if (!agree && m.year_implied && m.value.valid() && m.end.valid()) {
      // "del 18 al 19 de junio" in a story of 2026: the text gives the days, not
      // the year; the same days in the rulebook's year would agree (as the date
      // kind reads a day without its year).
      Date a, b;
      if (MoveToYear(m.value, m.end, value->from.year, &a, &b) && Date::Agree(a, value->from) &&
          Date::Agree(b, value->to)) {
        out->push_back(MakeClaim(fact, doc, hit, m.span, ClaimStatus::kUnresolved, found,
                                 why + ": the text names no year, and " + found +
                                     " is the year the publication date suggests; in " +
                                     std::to_string(value->from.year) + " it would agree"));
        continue;
      }
    }
    ClaimStatus st = (agree != hit.negated) ? ClaimStatus::kConfirmed : ClaimStatus::kContradiction;
    out->push_back(MakeClaim(fact, doc, hit, m.span, st, found, why));
  }
}

Relation Relate(const Fact&, const Rulebook&, const std::string& a, const std::string& b) {
  // An empty side is open ("/2017", "2016/").
  auto split = [](const std::string& s, Date* from, Date* to) {
    size_t slash = s.find('/');
    if (slash == std::string::npos) return false;
    std::string x = s.substr(0, slash), y = s.substr(slash + 1);
    return (x.empty() || Date::Parse(x, from)) && (y.empty() || Date::Parse(y, to)) &&
           !(x.empty() && y.empty());
  };
  auto period = [](std::string_view s) { return s.substr(0, std::strlen(kIn)) == kIn; };
  const bool named = period(a) || period(b);
  const std::string x = period(a) ? a.substr(std::strlen(kIn)) : a;
  const std::string y = period(b) ? b.substr(std::strlen(kIn)) : b;
  Date a1, a2, b1, b2;
  if (!split(x, &a1, &a2) || !split(y, &b1, &b2)) return a == b ? Relation::kSame : Relation::kDifferent;
  // "The 1950s" and "1950-1953" from two sources: the period holds the range.
  if (named && a1.valid() && a2.valid() && b1.valid() && b2.valid()) {
    return PeriodsOverlap(a1, a2, b1, b2) ? Relation::kSame : Relation::kDifferent;
  }
  // Sides compare where both are closed; an open side against a closed one
  // is vaguer, not different ("since 2016" and "2016-2018").
  auto side = [](const Date& x, const Date& y) { return !x.valid() || !y.valid() || Date::Agree(x, y); };
  if (!side(a1, b1) || !side(a2, b2)) return Relation::kDifferent;
  // Opposite open sides ("since 2016", "before 2014") must still overlap.
  if (a1.valid() && !a2.valid() && b2.valid() && !b1.valid()) {
    return FirstDayKey(a1) <= LastDayKey(b2) ? Relation::kSame : Relation::kDifferent;
  }
  if (b1.valid() && !b2.valid() && a2.valid() && !a1.valid()) {
    return FirstDayKey(b1) <= LastDayKey(a2) ? Relation::kSame : Relation::kDifferent;
  }
  return Relation::kSame;
}

}  // namespace

extern const FactKindDef kRangeKind = {
    "range", "a span of years or dates, [start, end]; endpoints compared at their precision", {},
    &Parse, &Find, &Relate};

}  // namespace claimcheck
