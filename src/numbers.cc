// Number extraction and unit conversion.
//
// Extraction runs in two steps over the folded text:
//   1. Atoms: bare numbers. Digits come from one RE2 pattern; words from ICU's
//      RuleBasedNumberFormat: a run of words is tried only when its first word is
//      a word RBNF writes (the vocabulary, made by formatting sample numbers with
//      every rule set of the language) and parses on its own, and the longest
//      prefix of the run that RBNF parses completely is the atom.
//   2. Readings: around each atom, anchored RE2 patterns look for a range's
//      second number, a multiplier, a unit, a half, a qualifier. Each reading is a
//      candidate; a few readers scan for halves without a number ("media hora").
// Overlapping candidates are then settled by length, as in dates.cc.
#include "claimcheck/numbers.h"

#include <unicode/fmtable.h>
#include <unicode/locid.h>
#include <unicode/parsepos.h>
#include <unicode/rbnf.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <cctype>
#include <cmath>
#include <iterator>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <utility>
#include <vector>

#include "text/regex.h"

namespace claimcheck {

const char* NumberQualifierName(NumberQualifier q) {
  switch (q) {
    case NumberQualifier::kExact:
      return "exact";
    case NumberQualifier::kApprox:
      return "approx";
    case NumberQualifier::kAtLeast:
      return "at-least";
    case NumberQualifier::kAtMost:
      return "at-most";
  }
  return "exact";
}

namespace {

// ---------------------------------------------------------------------------
// Units: the one table of unit words, Spanish and English side by side. Forms are
// folded and '|'-separated; a space inside a form matches any white space.

struct UnitDef {
  const char* id;
  const char* dimension;
  double factor;     // in the dimension's base unit; 0: converts only to itself
  const char* es;
  const char* en;
  const char* any;   // abbreviations and symbols, read in every language
};

constexpr UnitDef kUnits[] = {
    {"second", "time", 1, "segundo|segundos", "second|seconds", "seg|sec|secs"},
    {"minute", "time", 60, "minuto|minutos", "minute|minutes", "min|mins"},
    {"hour", "time", 3600, "hora|horas", "hour|hours", "hr|hrs"},
    {"day", "time", 86400, "dia|dias", "day|days", ""},
    {"week", "time", 604800, "semana|semanas", "week|weeks", ""},
    {"month", "calendar", 1, "mes|meses", "month|months", ""},
    {"year", "calendar", 12, "ano|anos", "year|years", ""},
    {"metre", "length", 1, "metro|metros", "metre|metres|meter|meters", ""},
    {"km", "length", 1000, "kilometro|kilometros",
     "kilometre|kilometres|kilometer|kilometers", "km|kms"},
    {"mile", "length", 1609.344, "milla|millas", "mile|miles", ""},
    {"kg", "mass", 1, "kilo|kilos|kilogramo|kilogramos",
     "kilo|kilos|kilogram|kilograms|kilogramme|kilogrammes", "kg|kgs"},
    {"ton", "mass", 1000, "tonelada|toneladas", "ton|tons|tonne|tonnes", ""},
    {"person", "count", 0, "persona|personas", "person|persons|people", ""},
    {"article", "count", 0, "articulo|articulos", "article|articles", ""},
    {"percent", "ratio", 0, "por ciento", "percent|per cent", "%|pct"},
    {"dollar", "currency", 0, "dolar|dolares", "dollar|dollars", "$|us$|usd"},
    {"euro", "currency", 0, "euro|euros", "euro|euros", "\u20ac|eur"},
};

const UnitDef* FindUnit(std::string_view id) {
  for (const UnitDef& u : kUnits) {
    if (id == u.id) return &u;
  }
  return nullptr;
}

// Qualifiers before a number, '|'-separated RE2 alternatives. `needs_unit`: the
// word qualifies only a number with a unit ("hasta 2 horas", not "hasta 2030").
struct QualifierDef {
  NumberQualifier qualifier;
  bool needs_unit;
  const char* es;
  const char* en;
};

constexpr QualifierDef kQualifiers[] = {
    {NumberQualifier::kApprox, false,
     R"(aproximadamente|aprox\.|cerca\s+de|unos|unas|alrededor\s+de|en\s+torno\s+a|casi)",
     R"(about|around|some|nearly|roughly|approximately|approx\.|almost|circa)"},
    {NumberQualifier::kAtLeast, false, R"(mas\s+de|al\s+menos|por\s+lo\s+menos|no\s+menos\s+de)",
     R"(over|more\s+than|at\s+least|no\s+fewer\s+than|no\s+less\s+than|upwards\s+of)"},
    {NumberQualifier::kAtMost, false, R"(menos\s+de|no\s+mas\s+de)",
     R"(under|fewer\s+than|less\s+than|up\s+to|no\s+more\s+than|at\s+most)"},
    {NumberQualifier::kAtMost, true, R"(hasta)", ""},
};

enum class Lang { kEs, kEn, kAny };

// "es", "es-MX", "en_GB" ...: the primary subtag picks the language.
std::string PrimarySubtag(std::string_view tag) {
  std::string primary(tag.substr(0, tag.find_first_of("-_")));
  for (char& c : primary) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return primary;
}

Lang ParseLang(const std::string& primary) {
  if (primary == "es") return Lang::kEs;
  if (primary == "en") return Lang::kEn;
  return Lang::kAny;
}

std::vector<std::string> SplitForms(const char* forms) {
  std::vector<std::string> out;
  std::string_view s(forms);
  while (!s.empty()) {
    size_t bar = s.find('|');
    std::string_view f = s.substr(0, bar);
    if (!f.empty()) out.emplace_back(f);
    if (bar == std::string_view::npos) break;
    s.remove_prefix(bar + 1);
  }
  return out;
}

bool IsAsciiAlnum(char c) { return std::isalnum(static_cast<unsigned char>(c)) != 0; }
bool IsDigit(char c) { return c >= '0' && c <= '9'; }
bool IsLower(char c) { return c >= 'a' && c <= 'z'; }

// A unit form as RE2: spaces match any white space; a form that ends in a letter
// must end a word ("hora" never matches the start of "horario").
std::string FormPattern(const std::string& form) {
  std::string out;
  for (size_t i = 0; i < form.size();) {
    if (form[i] == ' ') {
      out += R"(\s+)";
      ++i;
      continue;
    }
    size_t j = form.find(' ', i);
    if (j == std::string::npos) j = form.size();
    out += Regex::Quote(form.substr(i, j - i));
    i = j;
  }
  if (IsAsciiAlnum(form.back())) out += R"(\b)";
  return out;
}

// Collapses white space runs to one space, as unit forms are written.
std::string NormalizeSpaces(std::string_view s) {
  std::string out;
  bool space = false;
  for (char c : s) {
    if (std::isspace(static_cast<unsigned char>(c))) {
      space = true;
      continue;
    }
    if (space && !out.empty()) out.push_back(' ');
    space = false;
    out.push_back(c);
  }
  return out;
}

// The compiled patterns of one language; immutable, shared by all threads.
struct Patterns {
  Lang lang;
  std::map<std::string, const UnitDef*> units;  // form -> unit
  Regex digits;          // group 1: a number in digits
  Regex ordinal_suffix;  // anchored after digits: "rd", ".o"
  Regex unit_after;      // anchored after a number; group 1: the unit form
  Regex half_before_unit;  // anchored: "and a half" between a number and its unit
  Regex and_half;        // anchored after a unit: "y media", "and a half"
  Regex approx_after;    // anchored after a unit: "aproximadamente"
  Regex qualifier;       // on the text before a number; one group per kQualifiers row
  Regex range_prefix;    // on the text before a number; group 1: "entre", "from" ...
  Regex range_join;      // anchored; group 1: "-", group 2: "y", "to" ...
  Regex currency_before;  // on the text before a number: "$", "us$ "; group 1
  struct Fraction {
    Regex re;       // group 1: the unit form
    double value;
  };
  std::vector<Fraction> fractions;

  const UnitDef* Unit(std::string_view form) const {
    auto it = units.find(NormalizeSpaces(form));
    return it == units.end() ? nullptr : it->second;
  }
};

std::string Alternation(std::vector<std::string> alts) {
  std::sort(alts.begin(), alts.end());
  alts.erase(std::unique(alts.begin(), alts.end()), alts.end());
  // RE2 alternation is leftmost-first: "horas" must be tried before "hora".
  std::stable_sort(alts.begin(), alts.end(),
                   [](const std::string& a, const std::string& b) { return a.size() > b.size(); });
  std::string out = "(?:";
  for (size_t i = 0; i < alts.size(); ++i) {
    if (i) out += '|';
    out += alts[i];
  }
  return out + ")";
}

Patterns* BuildPatterns(Lang lang) {
  auto* p = new Patterns;
  p->lang = lang;
  const bool es = lang != Lang::kEn, en = lang != Lang::kEs;

  std::vector<std::string> unit_alts, symbol_alts;
  for (const UnitDef& u : kUnits) {
    std::vector<const char*> columns = {u.any};
    if (es) columns.push_back(u.es);
    if (en) columns.push_back(u.en);
    for (const char* column : columns) {
      for (const std::string& form : SplitForms(column)) {
        p->units.emplace(form, &u);
        unit_alts.push_back(FormPattern(form));
        if (!IsAsciiAlnum(form.back())) symbol_alts.push_back(FormPattern(form));
      }
    }
  }
  const std::string unit = "(" + Alternation(unit_alts) + ")";

  // Grouped thousands ("1.900", "1,900,000", "1 900") before plain decimals, so
  // that "1.9001" backtracks to a decimal; the trailing character keeps a
  // number from ending inside a run of digits.
  p->digits = Regex(
      R"(\b(\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d{1,3}(?: \d{3})+(?:[.,]\d+)?|\d+[.,]\d+|\d+)(?:[^0-9]|$))");
  p->ordinal_suffix = Regex(R"((?:st|nd|rd|th|\.?o|\.?a)\b)");
  p->unit_after = Regex(R"((?:\s+de\s+|\s*-\s*|\s*))" + unit);
  p->half_before_unit = Regex(R"(\s+and\s+a\s+half(?:\s*-\s*|\s+))");
  p->and_half = Regex(R"(\s+(?:y\s+medi[ao]|and\s+a\s+half)\b)");
  p->approx_after = Regex(R"(\s*,?\s+(?:aproximadamente|approximately|mas\s+o\s+menos|or\s+so)\b)");

  std::string q = R"((?:^|[^a-z0-9])(?:)";
  for (size_t i = 0; i < std::size(kQualifiers); ++i) {
    std::vector<std::string> alts;
    if (es && *kQualifiers[i].es) alts.emplace_back(kQualifiers[i].es);
    if (en && *kQualifiers[i].en) alts.emplace_back(kQualifiers[i].en);
    if (i) q += '|';
    q += alts.empty() ? std::string(R"((\b\B))") : "(" + Alternation(alts) + ")";
  }
  p->qualifier = Regex(q + R"()\s+$)");
  p->range_prefix = Regex(R"((?:^|[^a-z0-9])(entre|between|desde|de|from)\s+$)");
  p->range_join = Regex(R"(\s*(-)\s*|\s+(y|and|al?|hasta|to|until|till|through)\s+)");
  p->currency_before = Regex(R"((?:^|[^a-z0-9])()" + Alternation(symbol_alts) + R"()\s*$)");

  // Halves without a number: media hora, half an hour, a half-hour, hora y media.
  auto fraction = [&](const std::string& re, double value) {
    p->fractions.push_back({Regex(R"(\b)" + re), value});
  };
  if (es) fraction(R"(medi[ao]\s+)" + unit, 0.5);
  if (en) fraction(R"((?:an?\s+)?half(?:\s+an?\s+|\s*-\s*|\s+))" + unit, 0.5);
  fraction(unit + R"(\s+(?:y\s+medi[ao]|and\s+a\s+half)\b)", 1.5);
  return p;
}

const Patterns& PatternsFor(Lang lang) {
  static const Patterns* const es = BuildPatterns(Lang::kEs);
  static const Patterns* const en = BuildPatterns(Lang::kEn);
  static const Patterns* const any = BuildPatterns(Lang::kAny);
  switch (lang) {
    case Lang::kEs:
      return *es;
    case Lang::kEn:
      return *en;
    case Lang::kAny:
      break;
  }
  return *any;
}

// ---------------------------------------------------------------------------
// Number words through ICU's RuleBasedNumberFormat.

std::string ToUtf8(const icu::UnicodeString& u) {
  std::string s;
  u.toUTF8String(s);
  return s;
}

// Without spaces and hyphens: "twenty-one" and "twenty one" compare equal.
std::string Squeeze(std::string_view s) {
  std::string out;
  for (char c : s) {
    if (c != ' ' && c != '-') out.push_back(c);
  }
  return out;
}

// The spellout rules of a locale without its "year" rule sets: they read two
// juxtaposed numbers as a year ("two two" = 202, "one two-hour" = 102), which
// in running text is a misreading far more often than a year.
std::unique_ptr<icu::RuleBasedNumberFormat> MakeSpellout(const icu::Locale& locale) {
  UErrorCode status = U_ZERO_ERROR;
  auto stock = std::make_unique<icu::RuleBasedNumberFormat>(icu::URBNF_SPELLOUT, locale, status);
  if (U_FAILURE(status)) return nullptr;
  std::string rules = ToUtf8(stock->getRules()), kept;
  bool keep = true;
  for (size_t at = 0; at < rules.size();) {
    size_t end = rules.find('\n', at);
    if (end == std::string::npos) end = rules.size();
    std::string_view line(rules.data() + at, end - at);
    // A rule set starts with a line "%name:" ("%%name:" when private).
    if (!line.empty() && line.front() == '%' && line.back() == ':') {
      keep = line.find("year") == std::string_view::npos;
    }
    if (keep) kept.append(line).push_back('\n');
    at = end + 1;
  }
  UParseError error;
  status = U_ZERO_ERROR;
  auto edited = std::make_unique<icu::RuleBasedNumberFormat>(icu::UnicodeString::fromUTF8(kept),
                                                             locale, error, status);
  if (U_FAILURE(status)) return stock;
  return edited;
}

// One language's number words. Not thread-safe (ICU formatters and a cache):
// every thread has its own (see SpellerFor).
class Speller {
 public:
  explicit Speller(const std::string& language) {
    icu::Locale locale(language.empty() ? "en" : language.c_str());
    strict_ = MakeSpellout(locale);
    lenient_ = MakeSpellout(locale);
    if (!strict_ || !lenient_) return;
    lenient_->setLenient(true);
    for (int32_t i = 0; i < strict_->getNumberOfRuleSetNames(); ++i) {
      icu::UnicodeString name = strict_->getRuleSetName(i);
      std::string n = ToUtf8(name);
      if (n.find("ordinal") != std::string::npos) {
        ordinal_sets_.push_back({name, n.find("plural") != std::string::npos});
      }
    }
    BuildVocabulary();
    one_ = Format(1, nullptr);
    two_ = Format(2, nullptr);
  }

  bool ok() const { return strict_ != nullptr; }

  // True when RBNF writes `word` (folded) in some number of some rule set.
  bool Writes(std::string_view word) const { return vocabulary_.count(std::string(word)) > 0; }

  // Returns true and sets *value when RBNF reads all of `text`. *starts (may be
  // null) tells whether RBNF reads a number at the start of `text` at all.
  bool Parse(std::string_view text, double* value, bool* starts = nullptr) {
    std::string key(text);
    auto it = cache_.find(key);
    if (it == cache_.end()) {
      if (cache_.size() > 100000) cache_.clear();
      Reading r = ParseWith(*strict_, text);
      // Lenient parsing (slower) reads what folding changed: "veintiun".
      if (!r.value) {
        Reading l = ParseWith(*lenient_, text);
        l.starts = l.starts || r.starts;
        r = l;
      }
      it = cache_.emplace(std::move(key), r).first;
    }
    if (starts) *starts = it->second.starts;
    if (!it->second.value) return false;
    *value = *it->second.value;
    return true;
  }

  // How the ordinal rule sets write `value`: true when one writes `text` (spaces
  // and hyphens aside); *plural_only when only plural rule sets do.
  bool IsOrdinal(std::string_view text, double value, bool* plural_only) {
    *plural_only = false;
    if (value < 0 || value > 1e15 || value != std::floor(value)) return false;
    const std::string want = Squeeze(text);
    bool singular = false, plural = false;
    for (const OrdinalSet& set : ordinal_sets_) {
      if (Squeeze(Fold(Format(value, &set.name))) != want) continue;
      (set.plural ? plural : singular) = true;
    }
    *plural_only = plural && !singular;
    return singular || plural;
  }

  // How the default rule set writes 1 and 2 ("one", "dos").
  const std::string& one() const { return one_; }
  const std::string& two() const { return two_; }

 private:
  struct OrdinalSet {
    icu::UnicodeString name;
    bool plural;
  };

  struct Reading {
    std::optional<double> value;  // when all of the text is read
    bool starts = false;          // some of it is
  };

  static Reading ParseWith(const icu::RuleBasedNumberFormat& f, std::string_view text) {
    icu::UnicodeString u = icu::UnicodeString::fromUTF8(
        icu::StringPiece(text.data(), static_cast<int32_t>(text.size())));
    icu::Formattable result;
    icu::ParsePosition pos(0);
    f.parse(u, result, pos);
    Reading r;
    r.starts = pos.getErrorIndex() < 0 && pos.getIndex() > 0;
    if (!r.starts || pos.getIndex() != u.length()) return r;
    UErrorCode status = U_ZERO_ERROR;
    double v = result.getDouble(status);
    if (U_SUCCESS(status) && std::isfinite(v)) r.value = v;
    return r;
  }

  std::string Format(double value, const icu::UnicodeString* rule_set) const {
    icu::UnicodeString out;
    if (rule_set) {
      UErrorCode status = U_ZERO_ERROR;
      icu::FieldPosition pos;
      strict_->format(value, *rule_set, out, pos, status);
      if (U_FAILURE(status)) return "";
    } else {
      strict_->format(value, out);
    }
    return ToUtf8(out);
  }

  // Every word of the spelling of sample numbers in every public rule set: all
  // of 0-120, the hundreds, and the scale words with their plural and apocopic
  // forms ("un millón", "dos millones", "veintiún mil").
  void BuildVocabulary() {
    std::vector<double> samples;
    for (int n = 0; n <= 120; ++n) samples.push_back(n);
    for (int h = 1; h <= 9; ++h) {
      for (int r : {0, 1, 10, 21}) samples.push_back(h * 100 + r);
    }
    for (double scale : {1e3, 1e6, 1e9, 1e12}) {
      for (int n : {1, 2, 21, 100}) samples.push_back(n * scale);
    }
    samples.push_back(1001);
    samples.push_back(1100);
    for (int32_t i = 0; i < strict_->getNumberOfRuleSetNames(); ++i) {
      icu::UnicodeString name = strict_->getRuleSetName(i);
      for (double v : samples) {
        std::string words = Fold(Format(v, &name));
        for (char& c : words) {
          if (!IsLower(c) && static_cast<unsigned char>(c) < 0x80) c = ' ';
        }
        for (size_t at = 0; at < words.size();) {
          size_t end = words.find(' ', at);
          if (end == std::string::npos) end = words.size();
          if (end > at) vocabulary_.insert(words.substr(at, end - at));
          at = end + 1;
        }
      }
    }
  }

  std::unique_ptr<icu::RuleBasedNumberFormat> strict_, lenient_;
  std::vector<OrdinalSet> ordinal_sets_;
  std::unordered_set<std::string> vocabulary_;
  std::unordered_map<std::string, Reading> cache_;
  std::string one_, two_;
};

Speller& SpellerFor(const std::string& language) {
  thread_local std::map<std::string, std::unique_ptr<Speller>> spellers;
  std::unique_ptr<Speller>& s = spellers[language];
  if (!s) s = std::make_unique<Speller>(language);
  return *s;
}

// ---------------------------------------------------------------------------
// Step 1: atoms.

struct Atom {
  Span span;
  double value = 0;
  double multiplier = 0;  // a trailing scale word ("millones"), 0 when none
  bool ordinal = false;
  bool one_word_one = false;  // "un", "una", "one", "a": a number only before a unit
  bool article = false;       // one of them that is also an article ("un", "a", not "one")
  bool digits = false;
  const char* form = "digits";
};

bool PowerOfTen(double v) {
  if (v < 1000) return false;
  double p = std::pow(10.0, std::round(std::log10(v)));
  return std::fabs(v - p) < 1e-6 * v;
}

// Reads a run of digits and separators; see the header for the rules.
double DigitsValue(std::string_view s, Lang lang) {
  std::string digits;
  size_t dot = std::count(s.begin(), s.end(), '.'), comma = std::count(s.begin(), s.end(), ',');
  bool space = s.find(' ') != std::string_view::npos;
  char decimal = 0;
  if (dot && comma) {
    decimal = s.find_last_of(".,") == s.rfind('.') ? '.' : ',';
  } else if (space) {
    decimal = dot ? '.' : comma ? ',' : 0;
  } else if (dot + comma == 1) {
    const char sep = dot ? '.' : ',';
    const char lang_decimal = lang == Lang::kEs ? ',' : lang == Lang::kEn ? '.' : 0;
    const size_t after = s.size() - s.find(sep) - 1;
    if (sep == lang_decimal || after != 3) decimal = sep;
  }
  for (char c : s) {
    if (IsDigit(c)) {
      digits.push_back(c);
    } else if (c == decimal) {
      digits.push_back('.');
    }
  }
  return std::strtod(digits.c_str(), nullptr);
}

struct Word {
  Span span;
};

std::vector<Word> Words(std::string_view text) {
  std::vector<Word> out;
  for (size_t i = 0; i < text.size();) {
    if (!IsLower(text[i])) {
      ++i;
      continue;
    }
    size_t j = i;
    while (j < text.size() && IsLower(text[j])) ++j;
    auto joined = [&](size_t k) {
      return k < text.size() && (IsDigit(text[k]) || static_cast<unsigned char>(text[k]) >= 0x80);
    };
    // A word glued to digits or other letters ("g7", "dosя") is no number word.
    if (!joined(j) && (i == 0 || !joined(i - 1))) out.push_back({{i, j}});
    i = j;
  }
  return out;
}

// True when words a and b (a < b) are adjacent in a run: only spaces or one
// hyphen between them.
bool Adjacent(std::string_view text, const Word& a, const Word& b) {
  if (b.span.begin <= a.span.end || b.span.begin - a.span.end > 3) return false;
  int hyphens = 0;
  for (size_t k = a.span.end; k < b.span.begin; ++k) {
    if (text[k] == '-') {
      ++hyphens;
    } else if (text[k] != ' ') {
      return false;
    }
  }
  return hyphens <= 1;
}

class AtomFinder {
 public:
  AtomFinder(std::string_view text, const Patterns& p, Speller& speller)
      : text_(text), p_(p), speller_(speller) {}

  std::vector<Atom> Find() {
    std::vector<Atom> atoms;
    FindDigits(&atoms);
    if (speller_.ok()) FindWords(&atoms);
    std::sort(atoms.begin(), atoms.end(),
              [](const Atom& a, const Atom& b) { return a.span.begin < b.span.begin; });
    return atoms;
  }

  // The scale of the one or two words at `at` when they follow a number ("2
  // millones" -> 1e6, "5 mil millones" -> 1e9), with their end; 0 when none.
  // RBNF decides: "dos millones" reads as twice a power of ten.
  double Multiplier(size_t at, size_t* end) {
    std::vector<Word> next;
    size_t pos = at;
    while (next.size() < 2 && pos < text_.size() && text_[pos] == ' ') {
      size_t b = pos + 1, e = b;
      while (e < text_.size() && IsLower(text_[e])) ++e;
      if (e == b || !speller_.Writes(text_.substr(b, e - b))) break;
      next.push_back({{b, e}});
      pos = e;
    }
    for (size_t n = next.size(); n > 0; --n) {
      std::string_view words =
          text_.substr(next[0].span.begin, next[n - 1].span.end - next[0].span.begin);
      double v = 0;
      if (speller_.Parse(speller_.two() + " " + std::string(words), &v) && PowerOfTen(v / 2)) {
        *end = next[n - 1].span.end;
        return v / 2;
      }
    }
    return 0;
  }

 private:
  // A number that continues a time, a numeric date, a version or a code.
  bool InChain(Span s) const {
    auto sep = [&](size_t i) {
      return i < text_.size() && (text_[i] == '.' || text_[i] == ',' || text_[i] == ':' ||
                                  text_[i] == '/');
    };
    auto digit = [&](size_t i) { return i < text_.size() && IsDigit(text_[i]); };
    if (s.begin >= 2 && sep(s.begin - 1) && digit(s.begin - 2)) return true;
    if (sep(s.end) && digit(s.end + 1)) return true;
    // Three or more groups joined by hyphens: a phone number or a code.
    auto hyphen_group_before = [&](size_t i) {
      return i >= 2 && text_[i - 1] == '-' && digit(i - 2);
    };
    auto hyphen_group_after = [&](size_t i) {
      return i + 1 < text_.size() && text_[i] == '-' && digit(i + 1);
    };
    if (hyphen_group_before(s.begin) || hyphen_group_after(s.end)) {
      size_t groups = 1;
      for (size_t i = s.begin; hyphen_group_before(i) && groups < 3; ++groups) {
        i -= 2;
        while (i > 0 && digit(i - 1)) --i;
      }
      for (size_t i = s.end; hyphen_group_after(i) && groups < 3; ++groups) {
        i += 2;
        while (digit(i)) ++i;
      }
      if (groups >= 3) return true;
    }
    // Model names: "Hwasong-18", "Su-27".
    return s.begin >= 2 && text_[s.begin - 1] == '-' && IsLower(text_[s.begin - 2]);
  }

  void FindDigits(std::vector<Atom>* atoms) {
    std::vector<Span> g;
    for (size_t pos = 0; pos <= text_.size() && p_.digits.Find(text_, pos, &g);) {
      Span s = g[1];
      // "+86 138-2010-2015": a space groups thousands only in a number that
      // ends there; otherwise the first group is the number.
      if (s.end < text_.size() && text_[s.end] == '-' &&
          text_.substr(s.begin, s.size()).find(' ') != std::string_view::npos) {
        s.end = text_.find(' ', s.begin);
      }
      pos = s.end;
      if (InChain(s)) continue;
      Atom a;
      a.span = s;
      a.digits = true;
      a.value = DigitsValue(text_.substr(s.begin, s.size()), p_.lang);
      std::vector<Span> m;
      if (s.end < text_.size() && IsLower(text_[s.end])) {
        // Letters glued to the digits: an ordinal suffix or a unit ("5km"),
        // else no number at all ("1990s").
        if (s.size() <= 4 && p_.ordinal_suffix.MatchAt(text_, s.end, &m) &&
            a.value == std::floor(a.value)) {
          a.ordinal = true;
          a.span.end = m[0].end;
        } else if (!p_.unit_after.MatchAt(text_, s.end, &m)) {
          continue;
        }
      } else if (s.end + 1 < text_.size() && text_[s.end] == '.' &&
                 p_.ordinal_suffix.MatchAt(text_, s.end, &m) && a.value == std::floor(a.value)) {
        a.ordinal = true;  // "3.o" (3.º folded)
        a.span.end = m[0].end;
      }
      if (!a.ordinal) {
        size_t end = 0;
        if (double mult = Multiplier(s.end, &end)) {
          a.value *= mult;
          a.multiplier = mult;
          a.span.end = end;
          a.form = "mixed";
        }
      }
      atoms->push_back(a);
    }
  }

  bool IsArticle(std::string_view w) const {
    return p_.lang == Lang::kEn && (w == "a" || w == "an");
  }

  std::string_view Text(const Word& a, const Word& b) const {
    return text_.substr(a.span.begin, b.span.end - a.span.begin);
  }

  // Runs of words RBNF writes; the longest prefix of each that it reads whole.
  // Spelled-out numbers run long in Spanish ("quinientos trece millones
  // cuatrocientos cincuenta y dos mil trescientos cuarenta y siete" is 13 words).
  static constexpr size_t kMaxRunWords = 24;
  void FindWords(std::vector<Atom>* atoms) {
    const std::vector<Word> words = Words(text_);
    for (size_t i = 0; i < words.size();) {
      std::string_view w = text_.substr(words[i].span.begin, words[i].span.size());
      // The last word of a run of words RBNF writes, starting at `from`.
      auto run_end = [&](size_t from) {
        size_t j = from;
        while (j + 1 < words.size() && j + 1 - from < kMaxRunWords &&
               Adjacent(text_, words[j], words[j + 1]) &&
               speller_.Writes(text_.substr(words[j + 1].span.begin, words[j + 1].span.size()))) {
          ++j;
        }
        return j;
      };
      double v = 0;
      // "a hundred", "a million": the article stands for one before a scale word
      // that RBNF does not read alone.
      if (IsArticle(w) && i + 1 < words.size() && Adjacent(text_, words[i], words[i + 1])) {
        const Word& next = words[i + 1];
        std::string_view nw = text_.substr(next.span.begin, next.span.size());
        if (speller_.Writes(nw) && !speller_.Parse(nw, &v)) {
          size_t last = run_end(i + 1), found = 0;
          for (size_t j = last + 1; j > i + 1; --j) {
            if (speller_.Parse(speller_.one() + " " + std::string(Text(next, words[j - 1])), &v)) {
              found = j - 1;
              break;
            }
          }
          if (found) {
            Atom a = WordAtom(words[i], words[found], v);
            atoms->push_back(a);
            i = found + 1;
            continue;
          }
        }
      }
      if (IsArticle(w)) {
        Atom a;
        a.span = words[i].span;
        a.value = 1;
        a.one_word_one = a.article = true;
        a.form = "words";
        atoms->push_back(a);
        ++i;
        continue;
      }
      if (!speller_.Writes(w)) {
        ++i;
        continue;
      }
      // Most runs start with a word RBNF reads alone; a few number words are
      // only ever followed by another ("ciento veinte"), but RBNF reads a
      // number at their start ("cien").
      bool starts = false;
      const bool alone = speller_.Parse(w, &v, &starts);
      if (!starts) {
        ++i;
        continue;
      }
      size_t last = run_end(i), found = i;
      for (size_t j = last; j > i; --j) {
        if (speller_.Parse(Text(words[i], words[j]), &v)) {
          found = j;
          break;
        }
      }
      if (found == i && !alone) {
        ++i;
        continue;
      }
      std::string_view run = Text(words[i], words[found]);
      Atom a = WordAtom(words[i], words[found], v);
      bool plural_only = false;
      a.ordinal = speller_.IsOrdinal(run, v, &plural_only);
      a.one_word_one = found == i && v == 1 && !a.ordinal;
      a.article = a.one_word_one && run != speller_.one();
      // "segundos" alone is the unit, not a plural ordinal.
      if (!(found == i && a.ordinal && plural_only && p_.Unit(run))) atoms->push_back(a);
      i = found + 1;
    }
  }

  Atom WordAtom(const Word& first, const Word& last, double value) {
    Atom a;
    a.span = {first.span.begin, last.span.end};
    a.value = value;
    a.form = "words";
    // A trailing scale word ("tres millones"): a range may share it.
    size_t end = 0;
    if (last.span.begin > first.span.begin && text_[last.span.begin - 1] == ' ') {
      if (double m = Multiplier(last.span.begin - 1, &end); m && end == last.span.end) {
        a.multiplier = m;
      }
    }
    return a;
  }

  std::string_view text_;
  const Patterns& p_;
  Speller& speller_;
};

// ---------------------------------------------------------------------------
// Step 2: readings.

class Reader {
 public:
  Reader(std::string_view text, const Patterns& p, std::vector<Atom> atoms)
      : text_(text), p_(p), atoms_(std::move(atoms)) {
    for (size_t i = 0; i < atoms_.size(); ++i) by_start_.emplace(atoms_[i].span.begin, i);
  }

  std::vector<NumberMention> Candidates() {
    std::vector<NumberMention> out;
    for (const Atom& a : atoms_) Read(a, &out);
    std::vector<Span> g;
    for (const Patterns::Fraction& f : p_.fractions) {
      for (size_t pos = 0; pos <= text_.size() && f.re.Find(text_, pos, &g);) {
        pos = g[0].end > g[0].begin ? g[0].end : g[0].begin + 1;
        const UnitDef* u = p_.Unit(Str(g[1]));
        if (!u) continue;
        NumberMention m;
        m.span = g[0];
        m.value = m.high = f.value;
        m.unit = u->id;
        m.form = "fraction";
        Qualify(&m);
        out.push_back(std::move(m));
      }
    }
    return out;
  }

 private:
  std::string_view Str(Span s) const { return text_.substr(s.begin, s.size()); }

  // A unit at `at`: fills *u and *end.
  bool UnitAt(size_t at, const UnitDef** u, size_t* end) const {
    std::vector<Span> g;
    if (!p_.unit_after.MatchAt(text_, at, &g)) return false;
    *u = p_.Unit(Str(g[1]));
    if (!*u) return false;
    *end = g[0].end;
    return true;
  }

  // The text before `at` that a pattern anchored with $ may look at.
  std::string_view Before(size_t at) const {
    size_t b = at > 40 ? at - 40 : 0;
    while (b > 0 && b < at && IsAsciiAlnum(text_[b - 1]) && IsAsciiAlnum(text_[b])) ++b;
    return text_.substr(b, at - b);
  }

  // A qualifier just before the mention: widens the span and sets the qualifier.
  void Qualify(NumberMention* m) const {
    std::string_view before = Before(m->span.begin);
    const size_t base = static_cast<size_t>(before.data() - text_.data());
    std::vector<Span> g;
    if (!p_.qualifier.Find(before, 0, &g)) return;
    for (size_t i = 0; i < std::size(kQualifiers); ++i) {
      Span s = g[i + 1];
      if (s.begin == Regex::npos) continue;
      if (kQualifiers[i].needs_unit && m->unit.empty()) return;
      m->qualifier = kQualifiers[i].qualifier;
      m->span.begin = base + s.begin;
      return;
    }
  }

  NumberMention Mention(const Atom& a, Span span) const {
    NumberMention m;
    m.span = span;
    m.value = m.high = a.value;
    m.ordinal = a.ordinal;
    m.form = a.form;
    return m;
  }

  void Read(const Atom& a, std::vector<NumberMention>* out) const {
    if (a.ordinal) {
      out->push_back(Mention(a, a.span));
      return;
    }
    ReadRange(a, out);

    NumberMention m = Mention(a, a.span);
    const UnitDef* u = nullptr;
    size_t end = 0;
    std::vector<Span> g;
    bool half = false;
    if (p_.half_before_unit.MatchAt(text_, a.span.end, &g) && UnitAt(g[0].end, &u, &end)) {
      half = true;  // "two and a half hours"
    } else if (!UnitAt(a.span.end, &u, &end)) {
      u = nullptr;
    }
    // "un acuerdo", "one-on-one", "a person": no number. "a second", "un
    // segundo" read as the ordinal; "one second" is a time.
    if (a.one_word_one &&
        (!u || std::string_view(u->dimension) == "count" || (a.article && SpellsNumber(end))))
      return;
    if (u) {
      m.unit = u->id;
      m.span.end = end;
      if (!half && p_.and_half.MatchAt(text_, end, &g)) {
        half = true;  // "dos horas y media", "an hour and a half"
        m.span.end = g[0].end;
      }
      if (half) m.value = m.high = m.value + 0.5;
    } else if (const UnitDef* c = CurrencyBefore(&m.span.begin)) {
      m.unit = c->id;  // "$5", "US$ 5"
    }
    Qualify(&m);
    if (m.qualifier != NumberQualifier::kAtLeast && m.qualifier != NumberQualifier::kAtMost &&
        p_.approx_after.MatchAt(text_, m.span.end, &g)) {
      m.qualifier = NumberQualifier::kApprox;  // "dos horas aproximadamente"
      m.span.end = g[0].end;
    }
    out->push_back(std::move(m));
  }

  // True when the unit word that ends at `end` is also a number word ("a
  // second", "un segundo"): then it is read as the ordinal instead.
  bool SpellsNumber(size_t end) const {
    auto it = by_start_.lower_bound(end > 16 ? end - 16 : 0);
    for (; it != by_start_.end() && it->first < end; ++it) {
      const Atom& b = atoms_[it->second];
      if (b.span.end == end && !b.digits) return true;
    }
    return false;
  }

  const UnitDef* CurrencyBefore(size_t* begin) const {
    std::string_view before = Before(*begin);
    std::vector<Span> g;
    if (!p_.currency_before.Find(before, 0, &g)) return nullptr;
    const UnitDef* u = p_.Unit(before.substr(g[1].begin, g[1].size()));
    if (u) *begin = static_cast<size_t>(before.data() - text_.data()) + g[1].begin;
    return u;
  }

  // entre 2 y 3 horas, de 2 a 3 horas, 2-3 hours, 2 to 3 hours, between 2 and
  // 3, from 2 to 3, 1950-1953.
  void ReadRange(const Atom& a, std::vector<NumberMention>* out) const {
    std::vector<Span> g;
    if (!p_.range_join.MatchAt(text_, a.span.end, &g)) return;
    auto it = by_start_.find(g[0].end);
    if (it == by_start_.end()) return;
    const Atom& b = atoms_[it->second];
    if (b.ordinal) return;
    const bool hyphen = g[1].begin != Regex::npos;
    const UnitDef* u = nullptr;
    size_t end = b.span.end;
    if (!UnitAt(b.span.end, &u, &end)) u = nullptr;

    std::string_view before = Before(a.span.begin);
    std::vector<Span> pg;
    std::string_view prefix;
    if (hyphen) {
      // Digits on both sides, and not inside a longer code ("138-2010-2015").
      if (!a.digits || !b.digits) return;
      if (a.span.begin >= 2 && text_[a.span.begin - 1] == '-' && IsDigit(text_[a.span.begin - 2]))
        return;
      if (b.span.end + 1 < text_.size() && text_[b.span.end] == '-' &&
          IsDigit(text_[b.span.end + 1]))
        return;
    } else {
      if (p_.range_prefix.Find(before, 0, &pg)) prefix = before.substr(pg[1].begin, pg[1].size());
      const std::string_view join = Str(g[2]);
      const bool pair = join == "y" || join == "and";
      const bool between = prefix == "entre" || prefix == "between";
      // entre/between take y/and; de/desde/from take a/to/hasta...; without an
      // opening word only "2 a 3 horas", "2 to 3 hours", with their unit.
      if (pair != between) return;
      if (prefix.empty() && !(u && (join == "a" || join == "to"))) return;
    }
    if ((a.one_word_one || b.one_word_one) && !u) return;

    double low = a.value;
    // "entre 2 y 3 millones": the scale word serves both numbers.
    if (a.multiplier == 0 && b.multiplier > 0 && low * b.multiplier < b.value) low *= b.multiplier;
    if (!(b.value > low)) return;

    NumberMention m = Mention(a, {a.span.begin, u ? end : b.span.end});
    if (!prefix.empty()) {
      m.span.begin = static_cast<size_t>(before.data() - text_.data()) + pg[1].begin;
    }
    m.value = low;
    m.high = b.value;
    m.is_range = true;
    if (u) {
      m.unit = u->id;
      if (p_.and_half.MatchAt(text_, end, &g)) {
        m.high += 0.5;  // "de 1 a 2 horas y media"
        m.span.end = g[0].end;
      }
    }
    out->push_back(std::move(m));
  }

  std::string_view text_;
  const Patterns& p_;
  std::vector<Atom> atoms_;
  std::map<size_t, size_t> by_start_;  // atom start -> index
};

}  // namespace

std::vector<NumberMention> ExtractNumbers(std::string_view folded, std::string_view lang) {
  const std::string language = PrimarySubtag(lang);
  const Patterns& p = PatternsFor(ParseLang(language));
  Speller& speller = SpellerFor(language);
  std::vector<Atom> atoms = AtomFinder(folded, p, speller).Find();
  std::vector<NumberMention> candidates = Reader(folded, p, std::move(atoms)).Candidates();

  // Longest first; at equal length the earlier text, then the earlier reading.
  std::vector<size_t> order(candidates.size());
  for (size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) {
    const Span sa = candidates[a].span, sb = candidates[b].span;
    if (sa.size() != sb.size()) return sa.size() > sb.size();
    return sa.begin < sb.begin;
  });
  std::map<size_t, NumberMention> kept;  // by start; spans are disjoint
  for (size_t i : order) {
    const Span s = candidates[i].span;
    auto next = kept.lower_bound(s.begin);
    if (next != kept.end() && next->second.span.Overlaps(s)) continue;
    if (next != kept.begin() && std::prev(next)->second.span.Overlaps(s)) continue;
    kept.emplace(s.begin, std::move(candidates[i]));
  }
  std::vector<NumberMention> out;
  out.reserve(kept.size());
  for (auto& [begin, mention] : kept) out.push_back(std::move(mention));
  return out;
}

std::string UnitDimension(const std::string& unit) {
  const UnitDef* u = FindUnit(unit);
  return u ? u->dimension : "";
}

bool ConvertUnit(double value, const std::string& from, const std::string& to, double* out) {
  if (from == to) {
    *out = value;
    return true;
  }
  const UnitDef* f = FindUnit(from);
  const UnitDef* t = FindUnit(to);
  if (!f || !t || std::string_view(f->dimension) != t->dimension || f->factor == 0 ||
      t->factor == 0) {
    return false;
  }
  *out = value * f->factor / t->factor;
  return true;
}

}  // namespace claimcheck
