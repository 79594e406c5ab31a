// Scoring logic of claimcheck_score; the rules are documented in score.h.
#include "score.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <map>
#include <optional>
#include <set>
#include <sstream>
#include <utility>

#include "claimcheck/article.h"
#include "claimcheck/dates.h"
#include "claimcheck/extract.h"
#include "claimcheck/text.h"

namespace claimcheck::score {
namespace {

using json = nlohmann::json;

// ---- small readers -----------------------------------------------------------

std::string Str(const json& j, const char* key) {
  if (!j.is_object()) return "";
  auto it = j.find(key);
  if (it == j.end() || !it->is_string()) return "";
  return it->get<std::string>();
}

// "not resolved" and "null" are the peer's ways of saying "no value".
bool IsReading(const std::string& s) { return !s.empty() && s != "not resolved" && s != "null"; }

std::string_view Trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
  return s;
}

bool CommaDecimal(std::string_view lang) { return lang != "en"; }

bool PlainInteger(std::string_view s) {
  s = Trim(s);
  if (!s.empty() && (s[0] == '-' || s[0] == '+')) s.remove_prefix(1);
  if (s.empty()) return false;
  return std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// Expected `expected_text` (as written in the peer data) against a produced number.
bool NumbersEqual(std::string_view expected_text, double expected, double produced) {
  if (PlainInteger(expected_text)) return expected == produced;
  double scale = std::max(std::fabs(expected), std::fabs(produced));
  return std::fabs(expected - produced) <= 1e-9 * scale;
}

// ---- days --------------------------------------------------------------------

// Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's algorithm).
long DaysFromCivil(long y, unsigned m, unsigned d) {
  y -= m <= 2;
  const long era = (y >= 0 ? y : y - 399) / 400;
  const unsigned yoe = static_cast<unsigned>(y - era * 400);
  const unsigned doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + static_cast<long>(doe) - 719468;
}

bool Leap(long y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }
unsigned MonthDays(long y, unsigned m) {
  static const unsigned kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  return m == 2 && Leap(y) ? 29 : kDays[m - 1];
}

// A calendar period: "YYYY", "YYYY-MM" or "YYYY-MM-DD", as first and last day.
struct Period {
  long first = 0;
  long last = 0;
  bool day = false;  // day precision
};

bool ParseDigits(std::string_view s, long* out) {
  if (s.empty()) return false;
  long v = 0;
  for (char c : s) {
    if (c < '0' || c > '9') return false;
    v = v * 10 + (c - '0');
  }
  *out = v;
  return true;
}

bool ParsePeriod(std::string_view s, Period* out) {
  s = Trim(s);
  long y = 0, m = 0, d = 0;
  if (s.size() < 4 || !ParseDigits(s.substr(0, 4), &y)) return false;
  if (s.size() == 4) {
    *out = {DaysFromCivil(y, 1, 1), DaysFromCivil(y, 12, 31), false};
    return true;
  }
  if (s.size() < 7 || s[4] != '-' || !ParseDigits(s.substr(5, 2), &m) || m < 1 || m > 12) return false;
  unsigned mu = static_cast<unsigned>(m);
  if (s.size() == 7) {
    *out = {DaysFromCivil(y, mu, 1), DaysFromCivil(y, mu, MonthDays(y, mu)), false};
    return true;
  }
  if (s.size() != 10 || s[7] != '-' || !ParseDigits(s.substr(8, 2), &d) || d < 1 ||
      d > static_cast<long>(MonthDays(y, mu)))
    return false;
  long day = DaysFromCivil(y, mu, static_cast<unsigned>(d));
  *out = {day, day, true};
  return true;
}

// ---- readings ----------------------------------------------------------------

// Point readings: `value` and each `values[].value`.
std::vector<std::string> PointReadings(const json& e) {
  std::vector<std::string> out;
  std::string v = Str(e, "value");
  if (IsReading(v)) out.push_back(v);
  auto it = e.find("values");
  if (it != e.end() && it->is_array())
    for (const json& alt : *it) {
      std::string a = Str(alt, "value");
      if (IsReading(a)) out.push_back(a);
    }
  return out;
}

// Range readings: `range_start`/`range_end` and each `values[]` `start`/`end`;
// nullopt for an open side. Entries with neither side are left out.
// `start_exclusive`: the reading says "after" its start (Mod "after"): the peer
// writes the day bounded ("after January 1" starts at January 1), where
// claimcheck writes the first day inside (January 2), as the END of a range may
// be written either way.
struct RangeReading {
  std::optional<std::string> first, second;
  bool start_exclusive = false;
};
std::vector<RangeReading> RangeReadings(const json& e) {
  std::vector<RangeReading> out;
  auto add = [&](const std::string& s, const std::string& t, bool after) {
    if (s.empty() && t.empty()) return;
    RangeReading r;
    if (!s.empty()) r.first = s;
    if (!t.empty()) r.second = t;
    r.start_exclusive = after;
    out.push_back(r);
  };
  auto it = e.find("values");
  const bool has_values = it != e.end() && it->is_array();
  bool top_after = false;
  if (has_values)
    for (const json& alt : *it)
      top_after |= Str(alt, "Mod") == "after" && Str(alt, "start") == Str(e, "range_start");
  add(Str(e, "range_start"), Str(e, "range_end"), top_after);
  if (has_values)
    for (const json& alt : *it) add(Str(alt, "start"), Str(alt, "end"), Str(alt, "Mod") == "after");
  return out;
}

// Expected interval notation "[4,9)", "(,16]", "(70,)" -> side texts ("" = open).
bool ParseInterval(std::string_view s, std::string_view* low, std::string_view* high) {
  s = Trim(s);
  if (s.size() < 3 || (s.front() != '[' && s.front() != '(') || (s.back() != ']' && s.back() != ')'))
    return false;
  std::string_view inner = s.substr(1, s.size() - 2);
  size_t comma = inner.find(',');
  if (comma == std::string_view::npos || inner.find(',', comma + 1) != std::string_view::npos) return false;
  *low = Trim(inner.substr(0, comma));
  *high = Trim(inner.substr(comma + 1));
  double v = 0;
  if (!low->empty() && !ParseNumber(*low, false, &v)) return false;
  if (!high->empty() && !ParseNumber(*high, false, &v)) return false;
  return !low->empty() || !high->empty();
}

// An expected side (as written) against a produced side; "" is open.
bool SidesEqual(std::string_view want, std::string_view got) {
  if (want.empty() || got.empty()) return want.empty() && got.empty();
  double w = 0, g = 0;
  return ParseNumber(want, false, &w) && ParseNumber(got, false, &g) && NumbersEqual(want, w, g);
}

// Produced "LOW/HIGH" (either side may be empty).
bool ParseProducedRange(std::string_view s, std::string_view* a, std::string_view* b) {
  size_t slash = s.find('/');
  if (slash == std::string_view::npos || s.find('/', slash + 1) != std::string_view::npos) return false;
  *a = Trim(s.substr(0, slash));
  *b = Trim(s.substr(slash + 1));
  return !a->empty() || !b->empty();
}

std::string StripPercent(std::string s) {
  while (!s.empty() && (s.back() == '%' || s.back() == ' ')) s.pop_back();
  return s;
}

bool DateRangeMatches(const RangeReading& r, const Produced& p) {
  // The produced value as a closed interval of days, with open sides.
  std::optional<long> first, last;
  std::optional<long> last_period_start;  // END of month or year precision: its first day
  if (p.type == "date") {
    Period d;
    if (!ParsePeriod(p.value, &d)) return false;
    first = d.first;
    last = d.last;
  } else {
    std::string_view a, b;
    if (!ParseProducedRange(p.value, &a, &b)) return false;
    Period d;
    if (!a.empty()) {
      if (!ParsePeriod(a, &d)) return false;
      first = d.first;
    }
    if (!b.empty()) {
      if (!ParsePeriod(b, &d)) return false;
      last = d.last;
      if (!d.day) last_period_start = d.first;
    }
  }
  if (r.first.has_value() != first.has_value() || r.second.has_value() != last.has_value()) return false;
  Period e;
  if (r.first) {
    if (!ParsePeriod(*r.first, &e) || !e.day) return false;
    if (e.first != *first && !(r.start_exclusive && e.first + 1 == *first)) return false;
  }
  if (r.second) {
    if (!ParsePeriod(*r.second, &e) || !e.day) return false;
    bool inclusive = e.first == *last, exclusive = e.first == *last + 1;
    // The peer's range from one month to another ends on the first day of the last.
    bool period_start = last_period_start && e.first == *last_period_start;
    if (!inclusive && !exclusive && !period_start) return false;
  }
  return true;
}

}  // namespace

// ---- public ------------------------------------------------------------------

bool ParseNumber(std::string_view s, bool comma_decimal, double* out) {
  s = Trim(s);
  std::string t;
  bool has_comma = s.find(',') != std::string_view::npos;
  for (char c : s) {
    if (c == ',') {
      if (comma_decimal) t += '.';  // decimal comma
      continue;                     // else a thousands separator
    }
    if (c == '.' && comma_decimal && has_comma) continue;  // "1.234,5": thousands dots
    if (!((c >= '0' && c <= '9') || c == '.' || c == '-' || c == '+' || c == 'e' || c == 'E')) return false;
    t += c;
  }
  if (t.empty()) return false;
  char* end = nullptr;
  double v = std::strtod(t.c_str(), &end);
  if (end != t.c_str() + t.size() || !std::isfinite(v)) return false;
  *out = v;
  return true;
}

bool DurationSeconds(std::string_view iso, double* out, double month_days) {
  iso = Trim(iso);
  if (iso.size() < 3 || iso[0] != 'P') return false;
  double total = 0;
  bool time = false, any = false;
  size_t i = 1;
  while (i < iso.size()) {
    if (iso[i] == 'T') {
      if (time) return false;
      time = true;
      ++i;
      continue;
    }
    size_t j = i;
    while (j < iso.size() && ((iso[j] >= '0' && iso[j] <= '9') || iso[j] == '.')) ++j;
    if (j == i || j == iso.size()) return false;
    double n = 0;
    if (!ParseNumber(iso.substr(i, j - i), false, &n)) return false;
    double unit = 0;
    switch (iso[j]) {
      case 'Y': unit = time ? 0 : 365 * 86400.0; break;
      case 'M': unit = time ? 60 : month_days * 86400.0; break;
      case 'W': unit = time ? 0 : 7 * 86400.0; break;
      case 'D': unit = time ? 0 : 86400.0; break;
      case 'H': unit = time ? 3600 : 0; break;
      case 'S': unit = time ? 1 : 0; break;
      default: return false;
    }
    if (unit == 0) return false;
    total += n * unit;
    any = true;
    i = j + 1;
  }
  if (!any) return false;
  *out = total;
  return true;
}

bool ValueScored(std::string_view t) {
  return t == "date" || t == "daterange" || t == "number" || t == "numberrange" || t == "ordinal" ||
         t == "ordinal.relative" || t == "percentage" || t == "duration";
}

bool CompatibleTypes(std::string_view e, std::string_view p) {
  if (e == "daterange") return p == "daterange" || p == "date";
  if (e == "ordinal.relative") return p == "ordinal";
  return ValueScored(e) && e == p;
}

bool HasReading(const json& e, std::string_view lang) {
  std::string type = Str(e, "type");
  if (!ValueScored(type)) return false;
  double v = 0;
  Period d;
  if (type == "date") {
    for (const std::string& s : PointReadings(e))
      if (ParsePeriod(s, &d) && d.day) return true;
    return false;
  }
  if (type == "daterange") {
    for (const RangeReading& r : RangeReadings(e)) {
      bool ok = true;
      if (r.first) ok &= ParsePeriod(*r.first, &d) && d.day;
      if (r.second) ok &= ParsePeriod(*r.second, &d) && d.day;
      if (ok) return true;
    }
    return false;
  }
  for (const std::string& s : PointReadings(e)) {
    if (type == "numberrange") {
      std::string_view lo, hi;
      if (ParseInterval(s, &lo, &hi)) return true;
    } else if (type == "percentage") {
      if (ParseNumber(StripPercent(s), CommaDecimal(lang), &v)) return true;
    } else if (type == "duration") {
      if (ParseNumber(s, false, &v)) return true;
    } else if (type == "ordinal.relative") {
      return true;
    } else if (ParseNumber(s, CommaDecimal(lang), &v)) {
      return true;
    }
  }
  return false;
}

bool ValueMatches(const json& e, const Produced& p, std::string_view lang) {
  std::string type = Str(e, "type");
  if (!CompatibleTypes(type, p.type) || p.value.empty()) return false;
  if (type == "date") {
    Period got, want;
    if (!ParsePeriod(p.value, &got) || !got.day) return false;
    for (const std::string& s : PointReadings(e))
      if (ParsePeriod(s, &want) && want.day && want.first == got.first) return true;
    return false;
  }
  if (type == "daterange") {
    for (const RangeReading& r : RangeReadings(e))
      if (DateRangeMatches(r, p)) return true;
    return false;
  }
  if (type == "numberrange") {
    std::string_view a, b;
    if (!ParseProducedRange(p.value, &a, &b)) return false;
    for (const std::string& s : PointReadings(e)) {
      std::string_view lo, hi;
      if (ParseInterval(s, &lo, &hi) && SidesEqual(lo, a) && SidesEqual(hi, b)) return true;
    }
    return false;
  }
  if (type == "duration") {
    // Months of 30 days, or of a twelfth of 365 days (a produced "P30M" for
    // two and a half years against the peer's 2.5 x 365 days).
    double got30 = 0, got_twelfth = 0;
    bool got_ok = DurationSeconds(p.value, &got30, 30) && DurationSeconds(p.value, &got_twelfth, 365.0 / 12);
    for (const std::string& s : PointReadings(e)) {
      double want = 0;
      if (got_ok && ParseNumber(s, false, &want) &&
          (NumbersEqual("", want, got30) || NumbersEqual("", want, got_twelfth)))
        return true;
    }
    std::vector<std::string> timex;
    timex.push_back(Str(e, "timex"));
    auto it = e.find("values");
    if (it != e.end() && it->is_array())
      for (const json& alt : *it) timex.push_back(Str(alt, "timex"));
    for (const std::string& t : timex)
      if (!t.empty() && t == p.value) return true;
    return false;
  }
  if (type == "ordinal.relative") {
    for (const std::string& s : PointReadings(e))
      if (s == p.value) return true;
    return false;
  }
  // number, ordinal, percentage
  double got = 0;
  if (!ParseNumber(type == "percentage" ? StripPercent(p.value) : p.value, false, &got)) return false;
  for (std::string s : PointReadings(e)) {
    if (type == "percentage") s = StripPercent(s);
    double want = 0;
    if (!ParseNumber(s, CommaDecimal(lang), &want)) continue;
    // Exact for a plain integer as written (an "en" thousands comma aside; a
    // decimal comma makes it a fraction).
    std::string as_written = s;
    if (!CommaDecimal(lang)) as_written.erase(std::remove(as_written.begin(), as_written.end(), ','), as_written.end());
    if (NumbersEqual(as_written, want, got)) return true;
  }
  return false;
}

Extractor ClaimcheckExtractor() {
  return [](const std::string& text, const std::string& lang_in, const std::string& ref_text) {
    // As RunExtract in src/cli/main.cc does it.
    std::string lang = lang_in.empty() ? DetectLanguage(Fold(text)) : lang_in;
    Date ref;
    bool has_ref = !ref_text.empty() && Date::Parse(ref_text, &ref);
    std::vector<Produced> out;
    for (const ExtractedMention& m : ExtractMentions(text, lang, has_ref ? &ref : nullptr))
      out.push_back({m.span.begin, m.span.end, m.type, m.value});
    return out;
  };
}

FileScore ScoreStream(std::istream& in, const std::string& name, const Extractor& extract, int* bad_lines) {
  FileScore f;
  size_t slash = name.find_last_of('/');
  f.name = slash == std::string::npos ? name : name.substr(slash + 1);
  if (bad_lines) *bad_lines = 0;
  // Cases expecting nothing, with the types they produced and their source.
  struct EmptyCase {
    int k;
    std::set<std::string> produced;
    std::string source;
  };
  std::vector<EmptyCase> empty_cases;
  std::set<std::string> expected_types;                            // the file's
  std::map<std::string, std::set<std::string>> source_types;       // each source's
  std::string line;
  while (std::getline(in, line)) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (Trim(line).empty()) continue;
    json rec = json::parse(line, nullptr, false);
    if (!rec.is_object() || !rec.contains("text") || !rec["text"].is_string()) {
      if (bad_lines) ++*bad_lines;
      continue;
    }
    const std::string text = rec["text"].get<std::string>();
    const std::string lang = Str(rec, "lang");
    const std::string ref = Str(rec, "ref");
    if (f.cases == 0) f.lang = lang;
    ++f.cases;
    bool supported = true;
    if (rec.contains("dotnet_supported") && rec["dotnet_supported"].is_boolean())
      supported = rec["dotnet_supported"].get<bool>();
    const int k = supported ? 0 : 1;
    const std::string id = Str(rec, "id");
    const std::string source = id.substr(0, id.find('#'));
    std::vector<Produced> produced = extract(text, lang, ref);
    const json expected = rec.contains("expected") && rec["expected"].is_array() ? rec["expected"] : json::array();
    if (expected.empty()) {
      ++f.empty[k].cases;
      if (!produced.empty()) ++f.empty[k].with_output;
      std::set<std::string> types;
      for (const Produced& p : produced) types.insert(p.type);
      empty_cases.push_back({k, types, source});
      continue;
    }
    for (const json& e : expected) {
      if (!e.is_object()) continue;
      std::string type = Str(e, "type");
      if (type.empty()) type = "?";
      expected_types.insert(type);
      source_types[source].insert(type);
      size_t b = e.value("byte_start", static_cast<size_t>(0));
      size_t en = e.value("byte_end", static_cast<size_t>(0));
      Counts& c = f.types[k][type];
      ++c.n;
      bool span = false, exact = false, value = false;
      bool scored = HasReading(e, lang);
      for (const Produced& p : produced) {
        bool overlaps = p.start < en && b < p.end;
        span |= overlaps;
        exact |= p.start == b && p.end == en;
        if (overlaps && scored && !value) value = ValueMatches(e, p, lang);
      }
      c.span += span;
      c.exact += exact;
      if (scored) {
        ++c.value_n;
        c.value_ok += value;
      }
    }
  }
  for (const EmptyCase& c : empty_cases) {
    auto it = source_types.find(c.source);
    const std::set<std::string>& domain = it == source_types.end() ? expected_types : it->second;
    bool in_domain = false;
    for (const std::string& p : c.produced)
      for (const std::string& t : domain) in_domain |= CompatibleTypes(t, p);
    f.empty[c.k].in_domain += in_domain;
  }
  return f;
}

namespace {

struct TrackedDef {
  const char* name;
  std::vector<const char*> types;  // empty: false mentions
};
const std::vector<TrackedDef>& Tracked() {
  static const std::vector<TrackedDef> kTracked = {
      {"date+daterange", {"date", "daterange"}},
      {"number+numberrange", {"number", "numberrange"}},
      {"ordinal", {"ordinal"}},
      {"percentage", {"percentage"}},
      {"duration", {"duration"}},
      {"false mentions", {}},
      {"false mentions (in domain)", {}},
  };
  return kTracked;
}

// The project's targets (DESIGN/brief), for the summary only.
std::string Target(const std::string& metric) {
  if (metric == "date+daterange") return ">= 90";
  if (metric == "number+numberrange") return ">= 95";
  if (metric == "ordinal" || metric == "percentage") return ">= 90";
  if (metric == "duration") return ">= 85";
  if (metric == "false mentions" || metric == "false mentions (in domain)") return "<= 5";
  return "";
}

double Pct(int num, int den) { return den == 0 ? 0 : 100.0 * num / den; }

std::string Fmt(int num, int den) {
  if (den == 0) return "-";
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.1f", Pct(num, den));
  return buf;
}

std::string Pad(const std::string& s, size_t w, bool left = false) {
  if (s.size() >= w) return s;
  return left ? s + std::string(w - s.size(), ' ') : std::string(w - s.size(), ' ') + s;
}

json CountsJson(const Counts& c, const std::string& type) {
  auto pct = [](int num, int den) { return den == 0 ? json(nullptr) : json(std::round(Pct(num, den) * 10) / 10); };
  json j = {{"n", c.n}, {"span", c.span}, {"exact", c.exact}, {"span_recall", pct(c.span, c.n)},
            {"exact_span", pct(c.exact, c.n)}};
  if (ValueScored(type)) {
    j["value_n"] = c.value_n;
    j["value_ok"] = c.value_ok;
    j["value_acc"] = pct(c.value_ok, c.value_n);
  } else {
    j["value_acc"] = "-";
  }
  return j;
}

}  // namespace

std::vector<Metric> TrackedMetrics(const FileScore& f) {
  std::vector<Metric> out;
  for (const TrackedDef& d : Tracked()) {
    if (d.types.empty()) {
      bool domain = std::string(d.name) != "false mentions";
      if (f.empty[0].cases > 0)
        out.push_back({d.name, Pct(domain ? f.empty[0].in_domain : f.empty[0].with_output, f.empty[0].cases), true});
      continue;
    }
    int ok = 0, n = 0;
    for (const char* t : d.types) {
      auto it = f.types[0].find(t);
      if (it == f.types[0].end()) continue;
      ok += it->second.value_ok;
      n += it->second.value_n;
    }
    if (n > 0) out.push_back({d.name, Pct(ok, n), false});
  }
  return out;
}

std::vector<std::string> CheckFloors(const json& floors, const std::vector<FileScore>& files,
                                     std::vector<std::string>* problems) {
  std::vector<std::string> out;
  auto problem = [&](const std::string& s) {
    if (problems) problems->push_back(s);
  };
  if (!floors.is_object()) {
    problem("floors: not a JSON object");
    return out;
  }
  for (const FileScore& f : files) {
    auto it = floors.find(f.name);
    if (it == floors.end()) continue;
    if (!it->is_object()) {
      problem("floors: " + f.name + ": not an object");
      continue;
    }
    std::vector<Metric> metrics = TrackedMetrics(f);
    for (auto fl = it->begin(); fl != it->end(); ++fl) {
      if (fl.key().rfind('_', 0) == 0) continue;  // comments
      if (!fl.value().is_number()) {
        problem("floors: " + f.name + ": " + fl.key() + ": not a number");
        continue;
      }
      double bound = fl.value().get<double>();
      auto m = std::find_if(metrics.begin(), metrics.end(), [&](const Metric& x) { return x.name == fl.key(); });
      char buf[256];
      if (m == metrics.end()) {
        out.push_back(f.name + ": " + fl.key() + ": no figure (the file has no such cases)");
        continue;
      }
      if (m->lower_is_better ? m->value > bound + 1e-9 : m->value < bound - 1e-9) {
        std::snprintf(buf, sizeof buf, "%s: %s: %.1f %s %s %.1f", f.name.c_str(), m->name.c_str(), m->value,
                      m->lower_is_better ? "above" : "below", m->lower_is_better ? "ceiling" : "floor", bound);
        out.push_back(buf);
      }
    }
  }
  return out;
}

std::string TextReport(const std::vector<FileScore>& files) {
  std::ostringstream o;
  const char* kHead[] = {"n", "span%", "exact%", "value%", "(nv)"};
  const size_t kW[] = {6, 7, 7, 7, 6};
  auto cells = [&](const Counts* c, const std::string& type) {
    std::string s;
    std::string v[5] = {"0", "-", "-", "-", "-"};
    if (c && c->n > 0) {
      v[0] = std::to_string(c->n);
      v[1] = Fmt(c->span, c->n);
      v[2] = Fmt(c->exact, c->n);
      if (ValueScored(type)) {
        v[3] = Fmt(c->value_ok, c->value_n);
        v[4] = std::to_string(c->value_n);
      }
    }
    for (int i = 0; i < 5; ++i) s += Pad(v[i], kW[i]);
    return s;
  };
  for (const FileScore& f : files) {
    o << "== " << f.name << " (" << (f.lang.empty() ? "?" : f.lang) << ", " << f.cases << " cases) ==\n";
    std::string head;
    for (int i = 0; i < 5; ++i) head += Pad(kHead[i], kW[i]);
    o << Pad("", 18, true) << Pad("dotnet_supported: true", 33, true) << "  | dotnet_supported: false\n";
    o << Pad("type", 18, true) << head << "  |" << head << "\n";
    std::vector<std::string> types;
    for (int k = 0; k < 2; ++k)
      for (const auto& [t, c] : f.types[k])
        if (std::find(types.begin(), types.end(), t) == types.end()) types.push_back(t);
    std::sort(types.begin(), types.end());
    for (const std::string& t : types) {
      const Counts* c0 = f.types[0].count(t) ? &f.types[0].at(t) : nullptr;
      const Counts* c1 = f.types[1].count(t) ? &f.types[1].at(t) : nullptr;
      o << Pad(t, 18, true) << cells(c0, t) << "  |" << cells(c1, t) << "\n";
    }
    for (bool domain : {false, true}) {
      auto num = [&](int k) { return domain ? f.empty[k].in_domain : f.empty[k].with_output; };
      o << Pad(domain ? "false (in domain)" : "false mentions", 18, true) << Pad(std::to_string(f.empty[0].cases), kW[0])
        << Pad(Fmt(num(0), f.empty[0].cases), kW[1]) << Pad("", kW[2] + kW[3] + kW[4]) << "  |"
        << Pad(std::to_string(f.empty[1].cases), kW[0]) << Pad(Fmt(num(1), f.empty[1].cases), kW[1]) << "\n";
    }
    o << "  (false mentions: n = cases expecting nothing, % = share with any mention, or with\n"
         "   one of a type this file expects elsewhere; value% over the (nv) mentions that\n"
         "   have a readable expected value)\n\n";
  }
  // Summary: tracked figures, one column per file.
  o << "== summary: tracked figures, dotnet_supported cases, value accuracy % ==\n";
  size_t w = 13;
  for (const FileScore& f : files) w = std::max(w, f.name.size() + 2);
  o << Pad("metric", 28, true);
  for (const FileScore& f : files) o << Pad(f.name, w);
  o << Pad("target", 9) << "\n";
  for (const TrackedDef& d : Tracked()) {
    o << Pad(d.name, 28, true);
    for (const FileScore& f : files) {
      std::string v = "-";
      for (const Metric& m : TrackedMetrics(f))
        if (m.name == d.name) {
          char buf[32];
          std::snprintf(buf, sizeof buf, "%.1f", m.value);
          v = buf;
        }
      o << Pad(v, w);
    }
    o << Pad(Target(d.name), 9) << "\n";
  }
  return o.str();
}

json JsonReport(const std::vector<FileScore>& files) {
  json out = {{"files", json::array()}, {"summary", json::object()}};
  for (const FileScore& f : files) {
    json jf = {{"file", f.name}, {"lang", f.lang}, {"cases", f.cases}};
    const char* kKey[] = {"supported", "unsupported"};
    for (int k = 0; k < 2; ++k) {
      json types = json::object();
      for (const auto& [t, c] : f.types[k]) types[t] = CountsJson(c, t);
      jf[kKey[k]] = {{"types", types},
                     {"false_mentions",
                      {{"cases", f.empty[k].cases},
                       {"with_output", f.empty[k].with_output},
                       {"in_domain", f.empty[k].in_domain},
                       {"rate_in_domain", f.empty[k].cases == 0
                                              ? json(nullptr)
                                              : json(std::round(Pct(f.empty[k].in_domain, f.empty[k].cases) * 10) / 10)},
                       {"rate", f.empty[k].cases == 0
                                    ? json(nullptr)
                                    : json(std::round(Pct(f.empty[k].with_output, f.empty[k].cases) * 10) / 10)}}}};
    }
    json tracked = json::object();
    for (const Metric& m : TrackedMetrics(f)) {
      tracked[m.name] = std::round(m.value * 100) / 100;
      out["summary"][m.name][f.name] = std::round(m.value * 100) / 100;
    }
    jf["tracked"] = tracked;
    out["files"].push_back(jf);
  }
  json targets = json::object();
  for (const TrackedDef& d : Tracked()) targets[d.name] = Target(d.name);
  out["targets"] = targets;
  return out;
}

}  // namespace claimcheck::score
