// `number`: a quantity, optionally with a unit and a relative tolerance ("talks
// lasted about two hours"). With a unit, only numbers carrying a unit of the same
// dimension are claims, compared after conversion ("una hora" is 60 minutes, "44
// miles" is 70.8 km); a bare "2000" is no claim about a duration. Qualifiers
// widen the claim: "aproximadamente" by 10 %, "más de" and "over" to a lower
// bound, "menos de" and "under" to an upper bound; a claim is consistent when its
// interval meets the rulebook's (value ± tolerance).
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <limits>

#include "claimcheck/numbers.h"
#include "kinds/common.h"
#include "kinds/registry.h"
#include "text/regex.h"

namespace claimcheck {
namespace {

constexpr double kApproxMargin = 0.10;
constexpr double kInfinity = std::numeric_limits<double>::infinity();

struct NumberFactValue : FactValue {
  double value = 0;
  bool known = false;
  std::string unit;
  double tolerance = 0;
  std::string ToString() const override {
    if (!known) return "unknown";
    char buf[64];
    std::snprintf(buf, sizeof buf, "%g", value);
    return std::string(buf) + (unit.empty() ? "" : " " + unit);
  }
};

struct Interval {
  double low = 0, high = 0;
  bool Meets(const Interval& o) const { return low <= o.high + 1e-9 && o.low <= high + 1e-9; }
};

std::string Number(double v) {
  char buf[64];
  std::snprintf(buf, sizeof buf, "%g", v);
  return buf;
}

// The canonical text of a claim: "2 hour", "~2 hour", ">1.5 hour", "<3 hour",
// "2-3 hour". It is what reports print as `found` and what Relate() reads back.
std::string Canonical(const NumberMention& m, double value, double high, const std::string& unit) {
  std::string prefix;
  switch (m.qualifier) {
    case NumberQualifier::kApprox: prefix = "~"; break;
    case NumberQualifier::kAtLeast: prefix = ">"; break;
    case NumberQualifier::kAtMost: prefix = "<"; break;
    case NumberQualifier::kExact: break;
  }
  std::string n = m.is_range ? Number(value) + "-" + Number(high) : Number(value);
  return prefix + n + (unit.empty() ? "" : " " + unit);
}

Interval ClaimInterval(char qualifier, double low, double high) {
  switch (qualifier) {
    case '~': return {low * (1 - kApproxMargin), high * (1 + kApproxMargin)};
    case '>': return {low, kInfinity};
    case '<': return {0, high};
    default: return {low, high};
  }
}

// Reads a canonical claim back. Returns false on anything else.
bool ParseCanonical(const std::string& s, char* qualifier, double* low, double* high,
                    std::string* unit) {
  static const Regex kCanonical("([~<>]?)([0-9.e+]+)(?:-([0-9.e+]+))?(?: (\\w+))?", Regex::kCaseSensitive);
  std::vector<Span> g;
  if (!kCanonical.MatchAt(s, 0, &g) || g[0].end != s.size()) return false;
  auto part = [&](int i) { return g[i].begin == Regex::npos ? std::string() : s.substr(g[i].begin, g[i].size()); };
  std::string q = part(1);
  *qualifier = q.empty() ? '=' : q[0];
  *low = std::atof(part(2).c_str());
  *high = part(3).empty() ? *low : std::atof(part(3).c_str());
  *unit = part(4);
  return true;
}

bool Parse(const RulebookContext&, Fact* fact, Diagnostics* problems) {
  bool ok = true;
  if (!fact->raw.Find("cues")) {  // (invalid cues were reported where they stand)
    problems->push_back({fact->loc, "fact '" + fact->id + "' (number) needs 'cues'"});
    ok = false;
  }
  auto value = std::make_shared<NumberFactValue>();
  if (const Node* u = fact->raw.Find("unit")) {
    if (!u->IsScalar() || UnitDimension(u->scalar).empty()) {
      problems->push_back({u->loc, "fact '" + fact->id + "': unknown unit '" + u->scalar +
                                       "' (e.g. hour, minute, day, year, km, mile, person, percent)"});
      ok = false;
    } else {
      value->unit = u->scalar;
    }
  }
  if (const Node* t = fact->raw.Find("tolerance")) {
    char* end = nullptr;
    double tol = t->IsScalar() ? std::strtod(t->scalar.c_str(), &end) : -1;
    if (!t->IsScalar() || end == t->scalar.c_str() || *end != '\0' || tol < 0 || tol >= 1) {
      problems->push_back({t->loc, "fact '" + fact->id + "': tolerance must be a relative number in [0, 1), such as 0.25"});
      ok = false;
    } else {
      value->tolerance = tol;
    }
  }
  if (!fact->slot) {
    const Node* v = fact->raw.Find("value");
    char* end = nullptr;
    double x = v->IsScalar() ? std::strtod(v->scalar.c_str(), &end) : 0;
    if (!v->IsScalar() || end == v->scalar.c_str() || *end != '\0' || !std::isfinite(x)) {
      problems->push_back({v->loc, "fact '" + fact->id + "': value must be a number, not '" + v->scalar + "'"});
      ok = false;
    } else {
      value->value = x;
      value->known = true;
    }
  }
  if (ok) fact->value = value;
  return ok;
}

void Find(const Fact& fact, const Doc& doc, std::vector<Claim>* out, Trace* trace) {
  const auto* value = static_cast<const NumberFactValue*>(fact.value.get());
  std::vector<Span> candidates;
  std::vector<const NumberMention*> mentions;
  for (const NumberMention& n : doc.numbers) {
    if (n.ordinal) continue;
    double converted = 0;
    if (!value->unit.empty() && (n.unit.empty() || !ConvertUnit(n.value, n.unit, value->unit, &converted)))
      continue;  // a duration fact takes durations only
    bool in_date = false;
    for (const DateMention& d : doc.dates) in_date |= d.span.Overlaps(n.span);
    if (in_date) continue;  // "19 de junio de 2024" holds numbers, but is a date
    // "five hours behind schedule", "con cinco horas de retraso", "a delay of
    // two hours": how late something was, not how long it lasted.
    static const Regex kDelayAfter(
        "^\\s*(?:late|early|behind schedule|ahead of schedule|behind time|de retraso|de demora|de adelanto|tarde)\\b");
    static const Regex kDelayBefore(
        "(?:delay of|delayed by|late by|retraso de|demora de|retrasad[oa]s?|demorad[oa]s?)\\s+"
        "(?:(?:some|about|nearly|almost|around|unas?|casi|cerca de)\\s+)?$");
    const std::string_view after_number = doc.Folded({n.span.end, std::min(n.span.end + 24, doc.fold.str().size())});
    const std::string_view before_number = doc.Folded({n.span.begin > 32 ? n.span.begin - 32 : 0, n.span.begin});
    if (!value->unit.empty() && (kDelayAfter.Contains(after_number) || kDelayBefore.Contains(before_number))) continue;
    candidates.push_back(n.span);
    mentions.push_back(&n);
  }
  std::vector<Span> seen;
  for (const CueHit& hit : FindCueHits(fact, doc, fact.cues_any.get(), trace)) {
    std::string set_aside;
    int i = PickNearest(doc, hit, candidates, /*cue_is_predicate=*/true, trace ? &set_aside : nullptr);
    if (i < 0) {
      if (trace)
        trace->Add(fact.id + ": cue " + Where(doc, hit.cue) + ": no number" +
                   (value->unit.empty() ? "" : " in " + value->unit + "s") + " in its sentence" +
                   (set_aside.empty() ? "" : " (" + set_aside + ")"));
      continue;
    }
    const NumberMention& n = *mentions[static_cast<size_t>(i)];
    if (PlannedValue(doc, hit, n.span)) {
      if (trace) trace->Add(fact.id + ": number " + Where(doc, n.span) + " is planned or supposed, not reported");
      continue;
    }
    // "270 days after their meeting": the number measures the gap between two
    // events, not the event the cue names.
    static const Regex kOffsetThenCue(
        "^\\s*(after|before|since|later than|earlier than|despues de|antes de|tras|desde)\\s+"
        "((the|their|his|her|its|a|an|la|el|los|las|su|sus|un|una)\\s+)*$");
    // "some 270 days after their meeting", "dos horas antes de la firma": a gap
    // anchored to another event ("una hora más tarde" stays a claim).
    static const Regex kAnchoredOffset("^\\s*(after|before|despues de|antes de)\\b");
    // After "durante"/"for" the number is a length, whatever follows ("durante
    // unas dos horas antes de firmar", "for two hours before signing").
    static const Regex kLength("(?:^|\\s)(?:durante|for)\\s+$");
    const size_t lead = n.span.begin > 12 ? n.span.begin - 12 : 0;
    const bool length = kLength.Contains(doc.Folded({lead, n.span.begin}));
    std::string_view after_number = doc.Folded({n.span.end, std::min(n.span.end + 16, doc.fold.str().size())});
    if ((!length && kAnchoredOffset.Contains(after_number)) ||
        (n.span.end <= hit.cue.begin && kOffsetThenCue.FullMatch(doc.Folded({n.span.end, hit.cue.begin})))) {
      if (trace) trace->Add(fact.id + ": number " + Where(doc, n.span) + " is a time offset before the cue, not its measure");
      continue;
    }
    if (!FirstClaimAt(&seen, n.span)) continue;
    double low = n.value, high = n.is_range ? n.high : n.value;
    std::string unit = value->unit.empty() ? n.unit : value->unit;
    if (!value->unit.empty()) {
      ConvertUnit(n.value, n.unit, unit, &low);
      ConvertUnit(n.is_range ? n.high : n.value, n.unit, unit, &high);
    }
    std::string found = Canonical(n, low, high, unit);
    std::string why = "cue " + Where(doc, hit.cue) + " -> number " + Where(doc, n.span) + " = " + found;
    if (!value->known) {
      out->push_back(MakeClaim(fact, doc, hit, n.span, ClaimStatus::kStated, found, why + " (slot)"));
      continue;
    }
    char q = found[0] == '~' || found[0] == '>' || found[0] == '<' ? found[0] : '=';
    Interval claim = ClaimInterval(q, low, high);
    Interval truth{value->value * (1 - value->tolerance), value->value * (1 + value->tolerance)};
    bool agree = claim.Meets(truth);
    // "Las conversaciones no duraron cinco horas": a negator between the cue
    // and the number denies the number, unless a correction takes it up ("not
    // five but two hours": the two are asserted).
    static const Regex kCorrection("\\b(?:but|sino|pero)\\b");
    const Span between{hit.cue.end, n.span.begin};
    bool negated = hit.negated || (n.span.begin > hit.cue.end && NegatedBefore(doc, between, n.span.begin, 4) &&
                                   !kCorrection.Contains(doc.Folded(between)));
    // "No duraron más de dos horas": a bound denied is the other bound, a claim
    // of its own ("at most two hours"), not a denial of the number.
    if (negated && (q == '>' || q == '<')) {
      q = q == '>' ? '<' : '>';
      found[0] = q;
      agree = ClaimInterval(q, low, high).Meets(truth);
      negated = false;
    }
    if (negated && !agree) {
      if (trace) trace->Add(fact.id + ": " + why + " is negated and names another number: no claim");
      continue;
    }
    out->push_back(MakeClaim(fact, doc, hit, n.span,
                             agree != negated ? ClaimStatus::kConfirmed : ClaimStatus::kContradiction,
                             (negated ? "not " : "") + found, why));
  }
}

// Two sources agree when their claims' intervals meet: "más de 1,5 horas" and
// "unas dos horas" agree, "about an hour and a half" and "about two hours" do not.
Relation Relate(const Fact&, const Rulebook&, const std::string& a, const std::string& b) {
  char qa, qb;
  double la, ha, lb, hb;
  std::string ua, ub;
  if (!ParseCanonical(a, &qa, &la, &ha, &ua) || !ParseCanonical(b, &qb, &lb, &hb, &ub))
    return a == b ? Relation::kSame : Relation::kDifferent;
  if (ua != ub && !(ConvertUnit(lb, ub, ua, &lb) && ConvertUnit(hb, ub, ua, &hb))) return Relation::kDifferent;
  return ClaimInterval(qa, la, ha).Meets(ClaimInterval(qb, lb, hb)) ? Relation::kSame : Relation::kDifferent;
}

}  // namespace

extern const FactKindDef kNumberKind = {
    "number", "a quantity with an optional unit and relative tolerance; qualifiers are bounds",
    {"unit", "tolerance"}, &Parse, &Find, &Relate};

}  // namespace claimcheck
