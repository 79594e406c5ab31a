#include "claimcheck/extract.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdio>

#include "claimcheck/numbers.h"

namespace claimcheck {
namespace {

// Plain decimal with a dot, never an exponent ("3000000000000", "0.5"): the
// shortest fixed notation that reads back as the same double.
std::string Decimal(double v) {
  char buf[400];
  auto r = std::to_chars(buf, buf + sizeof buf, v, std::chars_format::fixed);
  return r.ec == std::errc() ? std::string(buf, r.ptr) : std::string("0");
}

// ISO 8601 duration of `value` `unit`; fractions go down one unit where they can
// ("1.5 hour" is PT90M).
std::string Duration(double value, const std::string& unit) {
  struct Step {
    const char* unit;
    const char* designator;
    bool time;
    const char* smaller;
    double factor;
  };
  static const Step kSteps[] = {
      {"second", "S", true, nullptr, 0}, {"minute", "M", true, "second", 60},
      {"hour", "H", true, "minute", 60}, {"day", "D", false, "hour", 24},
      {"week", "W", false, "day", 7},    {"month", "M", false, nullptr, 0},
      {"year", "Y", false, "month", 12},
  };
  // A weekend is two days (Saturday and Sunday).
  if (unit == "weekend") return Duration(value * 2, "day");
  // "1 hour 40 min" is 1.666… hours: a value a hair from a whole number of the
  // smaller unit is that number.
  if (std::abs(value - std::round(value)) < 1e-6) value = std::round(value);
  for (const Step& s : kSteps) {
    if (unit != s.unit) continue;
    if (value != std::floor(value) && s.smaller) return Duration(value * s.factor, s.smaller);
    return std::string(s.time ? "PT" : "P") + Decimal(value) + s.designator;
  }
  return "";
}

}  // namespace

std::vector<ExtractedMention> ExtractMentions(std::string_view text, std::string_view lang,
                                              const Date* ref) {
  FoldedText f = FoldedText::Fold(text);
  std::vector<ExtractedMention> out;
  std::vector<Span> date_spans;
  for (const DateMention& d : ExtractDates(f.str(), lang, ref, SpanishFutureVerbs(f, text, lang),
                                                 SpanishPastVerbs(f, text, lang))) {
    ExtractedMention m;
    m.span = f.ToOriginal(d.span);
    if (d.is_range) {
      m.type = "daterange";
      if (d.resolved) m.value = d.value.ToString() + "/" + d.end.ToString();
    } else {
      m.type = "date";
      if (d.resolved) m.value = d.value.ToString();
    }
    m.approx = d.approx;
    if (d.resolved && d.loose_first.valid()) m.loose = d.loose_first.ToString() + "/" + d.loose_last.ToString();
    m.year_implied = d.resolved && d.year_implied;
    date_spans.push_back(d.span);
    out.push_back(std::move(m));
  }
  for (const NumberMention& n : ExtractNumbers(f.str(), lang, CapitalScales(f, text))) {
    bool in_date = false;
    for (Span s : date_spans) in_date |= s.Overlaps(n.span);
    if (in_date) continue;
    ExtractedMention m;
    m.span = f.ToOriginal(n.span);
    m.approx = n.qualifier == NumberQualifier::kApprox;
    std::string duration = n.is_range ? "" : Duration(n.value, n.unit);
    if (n.ordinal && !n.is_range) {
      m.type = "ordinal";
      m.value = Decimal(n.value);
    } else if (n.unit == "percent" && !n.is_range) {
      m.type = "percentage";
      m.value = Decimal(n.value);
    } else if (n.is_range) {
      m.type = "numberrange";
      m.value = Decimal(n.value) + "/" + Decimal(n.high);
    } else if (!duration.empty() && UnitDimension(n.unit) == "time" &&
               (n.qualifier == NumberQualifier::kAtLeast ||
                n.qualifier == NumberQualifier::kAtMost)) {
      // "more than 5 days" is still a length of time, with a bound; months and
      // years stay number ranges ("más de treinta años" is mostly an age).
      m.type = "duration";
      m.value = duration;
      m.mod = n.qualifier == NumberQualifier::kAtLeast ? "more" : "less";
    } else if (n.qualifier == NumberQualifier::kAtLeast) {
      m.type = "numberrange";
      m.value = Decimal(n.value) + "/";
    } else if (n.qualifier == NumberQualifier::kAtMost) {
      m.type = "numberrange";
      m.value = "/" + Decimal(n.value);
    } else if (n.equal && n.unit.empty()) {
      m.type = "numberrange";  // "igual a 25": the range of one value
      m.value = Decimal(n.value) + "/" + Decimal(n.value);
    } else if (!duration.empty()) {
      m.type = "duration";
      m.value = duration;
    } else if (const std::string dim = UnitDimension(n.unit); dim == "length" || dim == "mass") {
      m.type = "dimension";  // "29km", "12 mln tonnes": a measure, not a bare number
      m.value = Decimal(n.value);
      m.unit = n.unit;
    } else {
      m.type = "number";
      m.value = Decimal(n.value);
    }
    out.push_back(std::move(m));
  }
  for (const NumberMention& n : ExtractVagueDurations(f.str(), lang)) {
    bool taken = false;
    for (const ExtractedMention& m : out) taken |= m.span.Overlaps(f.ToOriginal(n.span));
    if (taken) continue;
    ExtractedMention m;
    m.span = f.ToOriginal(n.span);
    m.type = "duration";
    m.value = Duration(n.value, n.unit);
    m.approx = true;
    out.push_back(std::move(m));
  }
  std::sort(out.begin(), out.end(), [](const ExtractedMention& a, const ExtractedMention& b) {
    return a.span.begin < b.span.begin;
  });
  return out;
}

}  // namespace claimcheck
