// Number extraction and unit conversion.
//
// Extraction runs in two steps over the folded text:
//   1. Atoms: bare numbers. Digits come from one RE2 pattern; words from ICU's
//      RuleBasedNumberFormat: a run of words is tried only when its first word is
//      a word RBNF writes (the vocabulary, made by formatting sample numbers with
//      every rule set of the language) and parses on its own, and the longest
//      prefix of the run that RBNF parses completely is the atom.
//      Then atoms join: fractions ("un tercio", "six and a half million",
//      "two over five"), decimals in words ("two point five"), digits with
//      scale words in a row ("5 thousand 4 hundred"), Spanish ordinals with a
//      cardinal head.
//   2. Readings: around each atom, anchored RE2 patterns look for a range's
//      second number, a multiplier, a unit, a half, a qualifier. Each reading is a
//      candidate; a few readers scan for halves without a number ("media hora").
// Overlapping candidates are then settled by length, as in dates/extract_dates.cc.
#include "claimcheck/numbers.h"

#include <unicode/fmtable.h>
#include <unicode/locid.h>
#include <unicode/parsepos.h>
#include <unicode/rbnf.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <cctype>
#include <cmath>
#include <functional>
#include <iterator>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <utility>
#include <vector>

#include "text/lang.h"
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
    {"hour", "time", 3600, "hora|horas|hra|hras", "hour|hours", "hr|hrs"},
    // A night booked or spent counts as a day.
    {"day", "time", 86400, "dia|dias|noche|noches", "day|days|night|nights", ""},
    {"week", "time", 604800, "semana|semanas", "week|weeks", ""},
    {"weekend", "time", 172800, "fin de semana|fines de semana", "weekend|weekends", ""},
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
    {"percent", "ratio", 0, "por ciento|por cien", "percent|per cent|percents|percentage", "%|pct"},
    {"dollar", "currency", 0, "dolar|dolares", "dollar|dollars", "$|us$|usd"},
    {"euro", "currency", 0, "euro|euros", "euro|euros", "\u20ac|eur"},
    // "Pounds" alone is as often a weight, "won" an English verb: only their
    // symbols, codes and unambiguous names.
    {"pound", "currency", 0, "libra esterlina|libras esterlinas", "pound sterling|pounds sterling", "\u00a3|gbp"},
    {"ruble", "currency", 0, "rublo|rublos", "ruble|rubles|rouble|roubles", "\u20bd|rub"},
    {"yuan", "currency", 0, "yuan|yuanes", "yuan|renminbi", "cny|rmb"},
    {"yen", "currency", 0, "yen|yenes", "yen", "jpy"},
    {"won", "currency", 0, "won|wones", "south korean won|korean won", "\u20a9|krw"},
};

const UnitDef* FindUnit(std::string_view id) {
  for (const UnitDef& u : kUnits) {
    if (id == u.id) return &u;
  }
  return nullptr;
}

// Qualifiers before a number, '|'-separated RE2 alternatives. `needs_unit`: the
// word qualifies only a number with a unit ("hasta 2 horas", not "hasta 2030").
// Comparatives ("mayor que", "greater than or equal to", "superiores a") bound a
// number the way "más de" does; a claim of "greater than" vs "at least" differs
// by one point, which no rulebook tolerance tells apart. `sym`: comparison signs,
// which may touch the number and follow any character ("x>10"). "Por encima
// de" and "por debajo de" take the article news puts before a quantity ("por
// encima de las cuatro horas").
struct QualifierDef {
  NumberQualifier qualifier;
  bool needs_unit;
  const char* es;
  const char* en;
  const char* sym;
};

constexpr QualifierDef kQualifiers[] = {
    {NumberQualifier::kApprox, false,
     R"(aproximadamente|aprox\.|cerca\s+de|unos|unas|alrededor\s+de|en\s+torno\s+a|casi)",
     R"(about|around|some|nearly|roughly|approximately|approx\.|almost|circa)", ""},
    {NumberQualifier::kAtLeast, false,
     R"(mas\s+de|al\s+menos|por\s+lo\s+menos|no\s+menos\s+de|como\s+minimo|por\s+encima\s+(?:del|de(?:\s+l[ao]s?)?)|)"
     R"(mas\s+alt[oa]s?\s+que(?:\s+(?:el|la))?|(?:mayor|superior)(?:es)?(?:\s+o\s+igual(?:es)?)?\s+(?:que|de|a)|)"
     R"(igual(?:es)?(?:\s+a)?\s+o\s+(?:mayor|superior)(?:es)?\s+(?:que|a))",
     R"(over|more\s+than|at\s+least|no\s+fewer\s+than|no\s+less\s+than|upwards\s+of|above|)"
     R"(in\s+excess\s+of|exceed(?:s|ed|ing)?|surpass(?:es|ed|ing)?|)"
     R"((?:at\s+least|no\s+less\s+than)\s+or\s+equal\s+to|)"
     R"((?:greater|larger|bigger|higher|more)\s+than(?:\s+or\s+equal\s+to)?|)"
     R"((?:greater|larger|bigger|higher|more)\s+or\s+equal\s+(?:than|to)|)"
     R"(equal\s+to\s+or\s+(?:greater|larger|bigger|higher|more)\s+than)",
     R"(>\s*=?|\x{2265})"},
    {NumberQualifier::kAtMost, false,
     R"(menos\s+de|no\s+mas\s+de|como\s+maximo|por\s+debajo\s+(?:del|de(?:\s+l[ao]s?)?)|mas\s+baj[oa]s?\s+que(?:\s+(?:el|la))?|)"
     R"((?:menor|inferior)(?:es)?(?:\s+o\s+igual(?:es)?)?\s+(?:que|de|a)|)"
     R"(igual(?:es)?(?:\s+a)?\s+o\s+(?:menor|inferior)(?:es)?\s+(?:que|a))",
     R"(under|up\s+to|no\s+more\s+than|at\s+most|below|)"
     R"((?:less|fewer|smaller|lower)\s+than(?:\s+or\s+equal\s+to)?|)"
     R"((?:less|fewer|smaller|lower)\s+or\s+equal\s+(?:than|to)|)"
     R"(equal\s+to\s+or\s+(?:less|fewer|smaller|lower)\s+than)",
     R"(<\s*=?|\x{2264})"},
    {NumberQualifier::kAtMost, true, R"(hasta)", "", ""},
};

// Bounds written after the number: "300 o más", "500 or less", "40 al menos".
struct PostQualifierDef {
  NumberQualifier qualifier;
  const char* es;
  const char* en;
};

constexpr PostQualifierDef kPostQualifiers[] = {
    {NumberQualifier::kAtLeast,
     R"(o\s+(?:mas|mayor(?:es)?|superior(?:es)?)|por\s+lo\s+menos|al\s+menos|como\s+minimo)",
     R"((?:or|and)\s+(?:more|greater|higher|above|over)|at\s+least)"},
    {NumberQualifier::kAtMost,
     R"(o\s+(?:menos|menor(?:es)?|inferior(?:es)?)|como\s+maximo)",
     R"((?:or|and)\s+(?:less|fewer|lower|smaller|below|under)|at\s+most)"},
};

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
                         // for the words, then one per row for the signs
  Regex post_qualifier;  // anchored after a number; one group per kPostQualifiers row
  Regex not_a_sign;      // on the text before a number
  Regex bound_join;      // anchored between two bounds: ", ", " and ", " y "
  Regex range_prefix;    // on the text before a number; group 1: "entre", "from" ...
  Regex range_join;      // anchored; group 1: "-", group 2: "y", "to" ...
  Regex currency_before;  // on the text before a number: "$", "us$ "; group 1
  Regex clock_after;     // anchored after a number: "pm", "de la tarde"
  Regex clock_before;    // on the text before a number: "a las", "sobre las"
  Regex label_before;    // on the text before a number: "article", "artículo"
  struct Fraction {
    Regex re;       // group 1: the unit form
    double value;
  };
  std::vector<Fraction> fractions;
  Regex vague;  // "a few hours", "unas semanas"; group 1: the unit form
  // "half of", "la mitad de"; group 1: a word before it that makes it no
  // fraction ("the second half of"), group 2: the word.
  std::vector<Regex> half_of;

  const UnitDef* Unit(std::string_view form) const {
    auto it = units.find(NormalizeSpaces(form));
    return it == units.end() ? nullptr : it->second;
  }
};


Patterns* BuildPatterns(Lang lang) {
  auto* p = new Patterns;
  p->lang = lang;
  const bool es = lang != Lang::kEn, en = lang != Lang::kEs;

  std::vector<std::string> unit_alts, symbol_alts, label_alts;
  for (const UnitDef& u : kUnits) {
    std::vector<const char*> columns = {u.any};
    if (es) columns.push_back(u.es);
    if (en) columns.push_back(u.en);
    for (const char* column : columns) {
      // A counted noun in the singular before a number names one item by its
      // number ("article 4", "artículo 51"); a count puts the noun after.
      if (std::string_view(u.dimension) == "count" && *column) {
        label_alts.push_back(FormPattern(SplitForms(column).front()));
      }
      for (const std::string& form : SplitForms(column)) {
        p->units.emplace(form, &u);
        unit_alts.push_back(FormPattern(form));
        if (!IsAsciiAlnum(form.back())) symbol_alts.push_back(FormPattern(form));
      }
    }
  }
  const std::string unit = "(" + LongestFirst(unit_alts) + ")";

  // Grouped thousands ("1.900", "1,900,000", "1 900") before plain decimals, so
  // that "1.9001" backtracks to a decimal; the trailing character keeps a
  // number from ending inside a run of digits.
  // Indian English groups lakhs and crores in pairs: "12,34,567.89".
  const std::string indian = en && !es ? R"(\d{1,2}(?:,\d{2})+,\d{3}(?:\.\d+)?|)" : "";
  p->digits = Regex(
      R"(\b()" + indian +
      R"(\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d{1,3}(?: \d{3})+(?:[.,]\d+)?|\d+[.,]\d+|\d+)(?:[^0-9]|$))");
  // Spanish abbreviates ordinals with the word's last letters too: "1er",
  // "2do", "3ra", "5to", "7mo", "9no", "11vo".
  p->ordinal_suffix = Regex(es ? R"((?:st|nd|rd|th|er|[rdtvmn][oa]|\.?o|\.?a)\b)"
                               : R"((?:st|nd|rd|th|\.?o|\.?a)\b)");
  p->unit_after = Regex(R"((?:\s+de\s+|\s*-\s*|\s*))" + unit);
  p->half_before_unit = Regex(R"((?:\s+|\s*-\s*)and(?:\s+|\s*-\s*)a(?:\s+|\s*-\s*)half(?:\s*-\s*|\s+))");
  // Group 1: a half; group 2: a quarter ("dos horas y cuarto", "a year and a quarter").
  p->and_half = Regex(R"(\s+(?:(y\s+medi[ao]|and\s+(?:a\s+|one\s+)?half)|(y\s+cuarto|and\s+a\s+quarter))\b)");
  p->approx_after = Regex(R"(\s*,?\s+(?:aproximadamente|approximately|mas\s+o\s+menos|or\s+so)\b)");

  // Words need a word boundary and a space before the number; signs neither.
  std::string words = R"((?:^|[^a-z0-9])(?:)", signs;
  for (size_t i = 0; i < std::size(kQualifiers); ++i) {
    std::vector<std::string> alts;
    if (es && *kQualifiers[i].es) alts.emplace_back(kQualifiers[i].es);
    if (en && *kQualifiers[i].en) alts.emplace_back(kQualifiers[i].en);
    if (i) words += '|', signs += '|';
    words += alts.empty() ? std::string(R"((\b\B))") : "(" + LongestFirst(alts) + ")";
    signs += *kQualifiers[i].sym ? "(" + std::string(kQualifiers[i].sym) + ")" : R"((\b\B))";
  }
  p->qualifier = Regex("(?:" + words + R"()\s+|(?:)" + signs + R"()\s*)$)");
  std::string post = R"(\s*,?\s+(?:)";
  for (size_t i = 0; i < std::size(kPostQualifiers); ++i) {
    std::vector<std::string> alts;
    if (es) alts.emplace_back(kPostQualifiers[i].es);
    if (en) alts.emplace_back(kPostQualifiers[i].en);
    post += (i ? "|(" : "(") + LongestFirst(alts) + ")";
  }
  // "2024 o más tarde" is a time, not a bound.
  p->post_qualifier =
      Regex(post + R"()\b(?:\s+(?:than|que|a)\b)?(\s+(?:tarde|temprano|later|earlier|sooner)\b)?)");
  p->bound_join = Regex(R"(\s*,\s*|\s+(?:and|but|y|e|pero)\s+)");
  // "<>", "=>", "=<": no comparison sign; what follows is code, not a claim.
  p->not_a_sign = Regex(R"((?:<>|=>|=<)\s*$)");
  // "entre el 12 y el 17 por ciento", "between the fifth and the tenth".
  // "del 2 al 5 %": Spanish "de" with the article, contracted.
  p->range_prefix = Regex(R"((?:^|[^a-z0-9])(entre|between|desde|del?|from)\s+(?:(?:el|la|los|las|the)\s+)?$)");
  // "20~30": East Asian copy writes a range with a tilde.
  p->range_join = Regex(R"(\s*(-|~)\s*|\s+(y|and|al?|hasta|to|until|till|through|thru)\s+(?:(?:el|la|los|las|the)\s+)?)");
  p->currency_before = Regex(R"((?:^|[^a-z0-9])()" + LongestFirst(symbol_alts) + R"()\s*$)");
  // Words that make a number an hour of the clock. "A las N" is one only where
  // something names no counted noun after it (see ClockTime): "a las 10
  // empresas" counts.
  {
    std::vector<std::string> after = {R"([ap]\.?\s?m\b\.?|gmt\b|utc\b)"};
    if (en) after.emplace_back(R"(o\s?'?\s?clock\b)");
    if (es) after.emplace_back(R"(de\s+la\s+(?:madrugada|manana|tarde|noche)\b|en\s+punto\b)");
    p->clock_after = Regex(R"(\s*(?:)" + LongestFirst(after) + ")");
    p->label_before = Regex(R"((?:^|[^a-z])(?:)" + LongestFirst(label_alts) + R"()\s+$)");
    p->clock_before = Regex(es ? R"((?:^|[^a-z])(?:a|sobre|hacia|desde|hasta|pasadas)\s+las?\s+$)" : R"(\b\B)");
  }

  // Halves without a number: media hora, half an hour, a half-hour, hora y media.
  auto fraction = [&](const std::string& re, double value) {
    p->fractions.push_back({Regex(R"(\b)" + re), value});
  };
  {
    std::vector<std::string> vague;
    if (en) vague.emplace_back(R"((?:a\s+)?few|several|some)");
    if (es) vague.emplace_back(R"(unos|unas|algun[oa]s|vari[oa]s|poc[oa]s)");
    p->vague = Regex(R"(\b(?:)" + LongestFirst(vague) + R"()\s+)" + unit);
  }
  // A half of something, without a count: "half of the seats", "half the
  // country", "la mitad de los votos". Not "the second half of", "la otra mitad".
  if (en) {
    p->half_of.emplace_back(
        R"((?:^|[^a-z0-9])((?:the|first|second|latter|other|an?|one|by)\s+)?(half)\s+(?:of|the|its|their|his|her|our)\b)");
  }
  if (es) p->half_of.emplace_back(R"(\b(\b\B)?(la\s+mitad)\s+(?:de|del)\b)");
  // "all year", "todo el mes": one whole unit of time.
  {
    std::vector<std::string> whole;
    if (en) whole.emplace_back(R"(all|the\s+whole|the\s+entire)");
    if (es) whole.emplace_back(R"(tod[oa]\s+(?:el|la))");
    fraction("(?:" + LongestFirst(whole) + R"()\s+)" + unit, 1);
  }
  if (es) fraction(R"(medi[ao]\s+)" + unit, 0.5);
  if (en) fraction(R"((?:an?\s+)?half(?:\s+an?\s+|\s*-\s*|\s+))" + unit, 0.5);
  fraction(unit + R"(\s+(?:y\s+medi[ao]|and\s+a\s+half)\b)", 1.5);
  return p;
}

const Patterns& PatternsFor(Lang lang) { return PerLanguage<Patterns, &BuildPatterns>(lang); }

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
    spanish_ = std::string(locale.getLanguage()) == "es";
    strict_ = MakeSpellout(locale);
    lenient_ = MakeSpellout(locale);
    if (!strict_ || !lenient_) return;
    lenient_->setLenient(true);
    // Indian English counts in lakhs and crores ("13 lakh", "two crore"); ICU's
    // en_IN rules write them. They read only what the language's own rules do not.
    if (std::string(locale.getLanguage()) == "en") regional_ = MakeSpellout(icu::Locale("en_IN"));
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
      // "doscientas mil personas", "veintiuna mil firmas": Spanish counts
      // agree with the noun counted even before "mil" (RAE), but RBNF writes
      // the feminine only below a thousand ("doscientos mil", "veintiún mil");
      // a feminine word inside the number reads as its masculine.
      if (!r.value && spanish_) {
        const std::string m = MasculineCounts(text);
        if (!m.empty()) {
          Reading l = ParseWith(*strict_, m);
          if (!l.value) l = ParseWith(*lenient_, m);
          if (l.value) r = l;
        }
      }
      if (!r.value && regional_) {
        Reading l = ParseWith(*regional_, text);
        if (l.value) r = l;
      }
      // Spanish RBNF writes some ordinals only in the masculine ("undécimo",
      // whose feminine set says "decimoprimera"); the feminine of any ordinal is
      // the masculine with "-a", so "undécima" reads as its masculine does.
      if (!r.value) {
        const std::string m = Masculine(text);
        if (!m.empty()) {
          Reading l = ParseWith(*strict_, m);
          if (!l.value) l = ParseWith(*lenient_, m);
          bool plural_only = false;
          if (l.value && IsOrdinal(m, *l.value, &plural_only)) {
            r.value = l.value;
            r.starts = true;
          }
        }
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
    const std::string want = Squeeze(text), masculine = Squeeze(Masculine(text));
    bool singular = false, plural = false;
    for (const OrdinalSet& set : ordinal_sets_) {
      const std::string written = Squeeze(Fold(Format(value, &set.name)));
      if (written != want && (masculine.empty() || written != masculine)) continue;
      (set.plural ? plural : singular) = true;
    }
    *plural_only = plural && !singular;
    return singular || plural;
  }

  // Spanish feminine words in "-a"/"-as" with the masculine ending ("undécima
  // primera" -> "undécimo primero"); "" when nothing changes or not Spanish.
  std::string Masculine(std::string_view text) const {
    if (!spanish_) return "";
    std::string out(text);
    bool changed = false;
    for (size_t i = 0; i < out.size(); ++i) {
      const bool word_end = i + 1 == out.size() || out[i + 1] == ' ' || out[i + 1] == '-';
      if (out[i] == 'a' && word_end) {
        out[i] = 'o';
        changed = true;
      } else if (out[i] == 's' && word_end && i > 0 && out[i - 1] == 'a') {
        out[i - 1] = 'o';
        changed = true;
      }
    }
    return changed ? out : "";
  }

  // `text` with "-ientas" words that another word follows made "-ientos", and
  // a count's "-una" before "mil" the apocope "-un"; "" when there are none.
  static std::string MasculineCounts(std::string_view text) {
    std::string out(text);
    bool changed = false;
    for (size_t at = out.find("ientas "); at != std::string::npos; at = out.find("ientas ", at + 1)) {
      out[at + 4] = 'o';
      changed = true;
    }
    for (size_t at = out.find("una mil"); at != std::string::npos; at = out.find("una mil", at)) {
      const size_t end = at + 7;
      // "milésima", "millones" are no "mil"; "una" alone is the article unless
      // it ends a count ("treinta y una mil").
      if ((end < out.size() && IsLower(out[end])) ||
          !(at > 0 && (IsLower(out[at - 1]) || (at >= 2 && out.compare(at - 2, 2, "y ") == 0)))) {
        ++at;
        continue;
      }
      out.erase(at + 2, 1);
      changed = true;
    }
    return changed ? out : "";
  }

  // How the default rule set writes `value` ("un millón").
  std::string Format(double value) const { return Format(value, nullptr); }

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
    return Format(*strict_, value, rule_set);
  }

  static std::string Format(const icu::RuleBasedNumberFormat& f, double value,
                            const icu::UnicodeString* rule_set) {
    icu::UnicodeString out;
    if (rule_set) {
      UErrorCode status = U_ZERO_ERROR;
      icu::FieldPosition pos;
      f.format(value, *rule_set, out, pos, status);
      if (U_FAILURE(status)) return "";
    } else {
      f.format(value, out);
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
    for (const icu::RuleBasedNumberFormat* f : {strict_.get(), regional_.get()}) {
      if (f) AddVocabulary(*f, samples);
    }
  }

  void AddVocabulary(const icu::RuleBasedNumberFormat& rbnf, const std::vector<double>& samples) {
    for (int32_t i = 0; i < rbnf.getNumberOfRuleSetNames(); ++i) {
      icu::UnicodeString name = rbnf.getRuleSetName(i);
      for (double v : samples) {
        std::string words = Fold(Format(rbnf, v, &name));
        for (char& c : words) {
          if (!IsLower(c) && static_cast<unsigned char>(c) < 0x80) c = ' ';
        }
        for (size_t at = 0; at < words.size();) {
          size_t end = words.find(' ', at);
          if (end == std::string::npos) end = words.size();
          if (end > at) {
            std::string w = words.substr(at, end - at);
            // The feminine of an ordinal the masculine-only sets write (see Parse).
            if (spanish_ && ToUtf8(name).find("ordinal") != std::string::npos) {
              std::string f = w;
              if (f.size() > 2 && f.back() == 'o') f.back() = 'a';
              else if (f.size() > 3 && f.substr(f.size() - 2) == "os") f[f.size() - 2] = 'a';
              vocabulary_.insert(f);
            }
            vocabulary_.insert(std::move(w));
          }
          at = end + 1;
        }
      }
    }
  }

  std::unique_ptr<icu::RuleBasedNumberFormat> strict_, lenient_, regional_;
  std::vector<OrdinalSet> ordinal_sets_;
  std::unordered_set<std::string> vocabulary_;
  std::unordered_map<std::string, Reading> cache_;
  std::string one_, two_;
  bool spanish_ = false;
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
  bool plural = false;    // an ordinal only plural rule sets write ("quintos")
  bool fraction = false;  // "un tercio", "a sixth": value is the quotient
  bool scaled = false;    // a fraction of a scale word ("medio millón")
  size_t words = 1;       // words in a word atom
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
    const size_t before = s.find(sep), after = s.size() - before - 1;
    // A thousands group follows one to three digits that do not start with a
    // zero: "0.712" and "2345.875" can only be decimals.
    if (sep == lang_decimal || after != 3 || before > 3 || s[0] == '0') decimal = sep;
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
  AtomFinder(std::string_view text, const Patterns& p, Speller& speller, const std::vector<size_t>& capitals)
      : text_(text), p_(p), speller_(speller), capitals_(capitals) {}

  std::vector<Atom> Find() {
    std::vector<Atom> atoms;
    FindDigits(&atoms);
    if (speller_.ok()) FindWords(&atoms);
    std::sort(atoms.begin(), atoms.end(),
              [](const Atom& a, const Atom& b) { return a.span.begin < b.span.begin; });
    if (speller_.ok() && p_.lang == Lang::kEs) {
      JoinOrdinalTails(&atoms);
      JoinOrdinalRuns(&atoms);
    }
    if (speller_.ok()) FindFractions(&atoms);
    for (Atom& a : atoms) {
      if (!a.digits && !a.ordinal) Negative(&a);  // "minus five"
    }
    return atoms;
  }

  // The scale of the one or two words at `at` when they follow a number ("2
  // millones" -> 1e6, "5 mil millones" -> 1e9), with their end; 0 when none.
  // RBNF decides: "dos millones" reads as twice a power of ten.
  double Multiplier(size_t at, size_t* end, bool hundreds = false) {
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
      bool plural_only = false;
      const std::string two = speller_.two() + " " + std::string(words);
      // "100 millonésimos" is a count of parts, not a scale.
      if (speller_.Parse(two, &v) && (PowerOfTen(v / 2) || (hundreds && v == 200)) &&
          !speller_.IsOrdinal(two, v, &plural_only)) {
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
    // "(206) 555-1212": digits after an area code in parentheses are a phone
    // number.
    if (hyphen_group_after(s.end) || hyphen_group_before(s.begin)) {
      size_t b = s.begin;
      while (b > 0 && (digit(b - 1) || text_[b - 1] == '-')) --b;
      if (b >= 3 && text_[b - 1] == ' ' && text_[b - 2] == ')' && digit(b - 3)) return true;
    }
    if (s.begin > 0 && text_[s.begin - 1] == '(' && s.end + 2 < text_.size() && text_[s.end] == ')' &&
        text_[s.end + 1] == ' ' && digit(s.end + 2)) {
      size_t e = s.end + 2;
      while (digit(e)) ++e;
      if (hyphen_group_after(e)) return true;  // the area code
    }
    // "1996-02": a group with a leading zero is part of a date or a code; a range
    // never writes one.
    if ((hyphen_group_after(s.end) && text_[s.end + 1] == '0') ||
        (hyphen_group_before(s.begin) && text_[s.begin] == '0')) {
      return true;
    }
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
    // Model names: "Hwasong-18", "Su-27"; not a scale glued to digits ("5k-20k").
    if (s.begin < 2 || text_[s.begin - 1] != '-' || !IsLower(text_[s.begin - 2])) return false;
    size_t b = s.begin - 2;
    while (b > 0 && IsLower(text_[b - 1])) --b;
    return !(b > 0 && digit(b - 1));
  }

  // "pages 12,14,19": where the comma is no decimal mark, digits chained by
  // commas that do not group thousands ("1,234,567") are a list written without
  // spaces; each group is a number. A chain that touches another separator
  // ("45,67,890.12", "1,2.3") is left to the other rules. On true, *s is the
  // group that starts at s->begin.
  bool CommaListItem(Span* s) const {
    if (p_.lang != Lang::kEn) return false;
    auto digit = [&](size_t i) { return i < text_.size() && IsDigit(text_[i]); };
    size_t b = s->begin, e = s->begin;
    while (b > 0 && (digit(b - 1) || (text_[b - 1] == ',' && b >= 2 && digit(b - 2)))) --b;
    while (digit(e) || (e < text_.size() && text_[e] == ',' && digit(e + 1))) ++e;
    const std::string_view run = text_.substr(b, e - b);
    if (std::count(run.begin(), run.end(), ',') < 2) return false;
    auto sep = [&](size_t i) {
      return i < text_.size() && (text_[i] == '.' || text_[i] == ':' || text_[i] == '/' ||
                                  text_[i] == '-');
    };
    if ((b > 0 && sep(b - 1)) || (sep(e) && digit(e + 1)) || (b > 0 && IsAsciiAlnum(text_[b - 1])) ||
        (e < text_.size() && IsAsciiAlnum(text_[e]))) {
      return false;
    }
    // Thousands ("1,234,567") or Indian lakhs ("12,34,567") group the digits of
    // one number.
    bool thousands = true, lakhs = true;
    size_t groups = 0;
    for (size_t at = 0; at <= run.size(); ++groups) {
      size_t comma = run.find(',', at);
      if (comma == std::string_view::npos) comma = run.size();
      const size_t n = comma - at;
      if (groups == 0 ? (n > 3 || run[0] == '0') : n != 3) thousands = false;
      const bool last = comma == run.size();
      if (groups == 0 ? (n > 2 || run[0] == '0') : n != (last ? 3u : 2u)) lakhs = false;
      at = comma + 1;
    }
    if (thousands || lakhs) return false;
    s->end = s->begin;
    while (digit(s->end)) ++s->end;
    return true;
  }

  void FindDigits(std::vector<Atom>* atoms) {
    std::vector<Span> g;
    for (size_t pos = 0; pos <= text_.size() && p_.digits.Find(text_, pos, &g);) {
      Span s = g[1];
      // "+34 612-2009-2016": a space groups thousands only in a number that
      // ends there; otherwise the first group is the number.
      if (s.end < text_.size() && text_[s.end] == '-' &&
          text_.substr(s.begin, s.size()).find(' ') != std::string_view::npos) {
        s.end = text_.find(' ', s.begin);
      }
      const bool listed = CommaListItem(&s);
      pos = s.end;
      if (InUrl(s.begin)) continue;
      {
        Atom f;
        if (DigitFraction(s.begin, true, &f)) {
          Negative(&f);  // "-4/5"
          atoms->push_back(f);
          pos = f.span.end;
          continue;
        }
      }
      if (!listed && InChain(s)) continue;
      // "Kim Jong Un (2-R)", "(3rd L)": a photo caption's place from the right
      // or the left of the picture.
      static const Regex* const caption_place = new Regex(R"((?:st|nd|rd|th)?[\s-]?[lr]\))");
      if (s.begin > 0 && text_[s.begin - 1] == '(' && caption_place->MatchAt(text_, s.end)) continue;
      Atom a;
      a.span = s;
      a.digits = true;
      a.value = DigitsValue(text_.substr(s.begin, s.size()), p_.lang);
      LeadingDecimal(&a);
      std::vector<Span> m;
      if (VulgarFraction(&a)) {
        pos = a.span.end;  // "½" (folded "1⁄2"): the fraction slash is unambiguous
      } else if (Exponent(&a)) {
        // "1.3e6", "3.5^-2", "4.1x10^7": a number in scientific notation.
      } else if (s.end < text_.size() && IsLower(text_[s.end])) {
        // Letters glued to the digits: an ordinal suffix, a unit ("5km") or a
        // scale ("10k", "1.2bn"), else no number at all ("1990s").
        // "the 10,000th visitor": a rank may group its thousands.
        static const Regex* const grouped = new Regex(R"(\d{1,3}(?:[,. ]\d{3})+$)");
        if ((s.size() <= 4 || grouped->MatchAt(text_.substr(0, s.end), s.begin)) &&
            p_.ordinal_suffix.MatchAt(text_, s.end, &m) && a.value == std::floor(a.value)) {
          a.ordinal = true;
          a.span.end = m[0].end;
        } else if (!p_.unit_after.MatchAt(text_, s.end, &m) && !ScaleSuffix(&a) &&
                   !(text_[s.end] == 'h' &&
                     (s.end + 1 == text_.size() || !IsAsciiAlnum(text_[s.end + 1])))) {
          continue;  // ("3h" is read with its unit)
        }
      } else if (s.end + 1 < text_.size() && text_[s.end] == '.' &&
                 p_.ordinal_suffix.MatchAt(text_, s.end, &m) && a.value == std::floor(a.value)) {
        a.ordinal = true;  // "3.o" (3.º folded)
        a.span.end = m[0].end;
      } else {
        ScaleSuffix(&a);  // "4.75 k"
      }
      if (!a.ordinal && !a.multiplier) {
        size_t end = 0;
        // "7 hundred" in English; "1 millón": a count of one takes the singular.
        double mult = Multiplier(a.span.end, &end, p_.lang == Lang::kEn);
        if (!mult && a.value == 1) mult = SingularScale(a.span.end, &end);
        if (!mult) mult = Dozen(a.span.end, &end);
        if (mult) {
          a.value *= mult;
          a.multiplier = mult;
          a.span.end = end;
          a.form = "mixed";
        }
      }
      // "2 1/4": a whole number and a fraction in digits.
      Atom part;
      if (!a.ordinal && !a.multiplier && a.value == std::floor(a.value) && a.value >= 0 &&
          a.span.end + 1 < text_.size() && text_[a.span.end] == ' ' &&
          DigitFraction(a.span.end + 1 + text_.substr(a.span.end + 1).find_first_not_of(' '), false, &part)) {
        a.value += part.value;
        a.span.end = part.span.end;
        a.fraction = true;
        a.form = "fraction";
        pos = a.span.end;
      }
      if (!a.ordinal) Negative(&a);
      atoms->push_back(a);
    }
  }

  // ".08", ",5" in Spanish: a decimal mark with no whole part.
  void LeadingDecimal(Atom* a) const {
    const size_t b = a->span.begin;
    if (b == 0) return;
    const char mark = text_[b - 1];
    const bool ok = p_.lang == Lang::kEs ? mark == ',' : p_.lang == Lang::kEn ? mark == '.'
                                                                           : mark == '.' || mark == ',';
    if (!ok || (b >= 2 && (IsAsciiAlnum(text_[b - 2]) || text_[b - 2] == '.' || text_[b - 2] == ',')))
      return;
    std::string_view d = text_.substr(b, a->span.size());
    if (d.find_first_not_of("0123456789") != std::string_view::npos) return;
    a->value = std::strtod(("0." + std::string(d)).c_str(), nullptr);
    a->span.begin = b - 1;
  }

  // "3/4 of", "1/2%", "-4/5" (and after a whole number, "2 1/4"): a fraction in
  // digits. Alone, "9/11" or "6/7" is as likely a date or a name, so `alone`
  // asks for a sign before or a partitive after it.
  bool DigitFraction(size_t at, bool alone, Atom* out) const {
    // The fraction slash too: "2½" folds to "2 1⁄2" (FoldedText::Fold).
    static const Regex* const re = new Regex(R"((\d{1,3})[/\x{2044}](\d{1,3})(?:[^0-9/.,:]|[.,:](?:[^0-9]|$)|$))");
    static const Regex* const partitive =
        new Regex(R"(\s*(?:%|(?:of|de|del|por\s+ciento|percent|per\s+cent)\b))");
    std::vector<Span> g;
    if (at >= text_.size() || !re->MatchAt(text_, at, &g)) return false;
    if (at > 0 && (IsDigit(text_[at - 1]) || text_[at - 1] == '/' || text_[at - 1] == '.' ||
                   text_[at - 1] == ',' || text_[at - 1] == ':'))
      return false;
    const double num = std::strtod(std::string(text_.substr(g[1].begin, g[1].size())).c_str(), nullptr);
    const double den = std::strtod(std::string(text_.substr(g[2].begin, g[2].size())).c_str(), nullptr);
    if (num <= 0 || den <= num || den > 100) return false;
    if (alone && !partitive->MatchAt(text_, g[2].end) &&
        !(at > 0 && text_[at - 1] == '-' && (at == 1 || !IsAsciiAlnum(text_[at - 2]))))
      return false;
    out->span = {at, g[2].end};
    out->value = num / den;
    out->digits = out->fraction = true;
    out->form = "fraction";
    return true;
  }

  bool VulgarFraction(Atom* a) const {
    static const Regex* const re = new Regex("\u2044(\\d+)");
    std::vector<Span> g;
    if (!re->MatchAt(text_, a->span.end, &g)) return false;
    const double den = std::strtod(std::string(text_.substr(g[1].begin, g[1].size())).c_str(), nullptr);
    if (den == 0) return false;
    a->value /= den;
    a->span.end = g[1].end;
    a->fraction = true;
    a->form = "fraction";
    return true;
  }

  // Scientific notation after the digits: "e6", "e+14", "^-1", " x 10^6".
  bool Exponent(Atom* a) const {
    static const Regex* const re =
        new Regex(R"((?:e([+-]?\d+)|\^\s*([+-]?\d+)|\s*[x\*]\s*10\s*\^\s*([+-]?\d+))(?:[^0-9a-z]|$))");
    std::vector<Span> g;
    if (!re->MatchAt(text_, a->span.end, &g)) return false;
    for (int i = 1; i <= 3; ++i) {
      if (g[i].begin == Regex::npos) continue;
      const double k = std::strtod(std::string(text_.substr(g[i].begin, g[i].size())).c_str(), nullptr);
      a->value = i == 2 ? std::pow(a->value, k) : a->value * std::pow(10.0, k);
      a->span.end = g[i].end;
    }
    a->form = "digits";
    return std::isfinite(a->value);
  }

  // Abbreviated scales after digits: "10k", "4.75 k", "1.2bn", "12 bln",
  // "5mn", "12 mln" (wire copy), "US$ 1mm"; "m" and "b" alone only beside a
  // currency ("$10m", "10m dollars", "1.2b USD": "100m" is a distance, "4.2b" a
  // clause's number) or written as capitals ("10M users", "a 1.2B deal"; see
  // CapitalScales).
  // Spanish copy's "3 mill. de dólares" and Mexican "5,000 mdd" (millones de
  // dólares) are millions as well.
  bool ScaleSuffix(Atom* a) const {
    static const Regex* const re = new Regex(R"((\s*)(k|bn|bln|tln|mn|mln|mm|mdd|mill|b|m)\b)");
    static const Regex* const mill_end = new Regex(R"(\.|\s+de\b)");
    static const Regex* const currency = new Regex(R"((?:\$|\x{20ac}|\x{a3}|usd|eur)\s*$)");
    std::vector<Span> g;
    if (!re->MatchAt(text_, a->span.end, &g)) return false;
    const std::string_view w = text_.substr(g[2].begin, g[2].size());
    const bool spaced = g[1].size() > 0;
    double m = 0;
    if (w == "k") {
      m = 1e3;
    } else if (w == "bn" || w == "bln") {
      m = 1e9;
    } else if (w == "tln") {
      m = 1e12;
    } else if (w == "mn" || w == "mln" || w == "mdd") {
      m = 1e6;
    } else if (w == "mill") {
      // Only abbreviated: "mill." or "mill de"; "a 3 mill town" is no million.
      if (!mill_end->MatchAt(text_, g[0].end)) return false;
      m = 1e6;
      if (text_[g[0].end] == '.') ++g[0].end;
    } else if ((w == "m" || w == "b") && std::binary_search(capitals_.begin(), capitals_.end(), g[2].begin)) {
      m = w == "m" ? 1e6 : 1e9;
    } else if (!spaced) {
      const size_t b = a->span.begin;
      std::vector<Span> ug;
      const UnitDef* u = p_.unit_after.MatchAt(text_, g[0].end, &ug)
                             ? p_.Unit(text_.substr(ug[1].begin, ug[1].size()))
                             : nullptr;
      const bool money = currency->Contains(text_.substr(b > 8 ? b - 8 : 0, b - (b > 8 ? b - 8 : 0))) ||
                         (u && std::string_view(u->dimension) == "currency");
      if (w == "mm" || (w == "m" && money)) m = 1e6;
      if (w == "b" && money) m = 1e9;
    }
    if (!m) return false;
    a->value *= m;
    a->multiplier = m;
    a->span.end = g[0].end;
    a->form = "mixed";
    return true;
  }

  // "-5", "<-30", "minus 7": a sign glued to the digits, or the word. A hyphen
  // after a digit or a letter joins ("1950-53" is a range, "SU-27" a model) and
  // a hyphen and a space open a list item, so neither is a sign.
  void Negative(Atom* a) const {
    const size_t b = a->span.begin;
    if (b >= 1 && (text_[b - 1] == '-')) {
      // "5%-10%": after a percent sign the hyphen joins a range.
      if (b == 1 || !(IsAsciiAlnum(text_[b - 2]) || text_[b - 2] == '-' || text_[b - 2] == '.' ||
                      text_[b - 2] == ',' || text_[b - 2] == '/' || text_[b - 2] == '%')) {
        // "2 -3": after a number the sign would be a minus between two numbers.
        size_t k = b - 1;
        while (k > 0 && text_[k - 1] == ' ') --k;
        if (k == 0 || k == b - 1 || !IsDigit(text_[k - 1])) {
          a->value = -a->value;
          a->span.begin = b - 1;
        }
      }
      return;
    }
    static const Regex* const word = new Regex(R"((?:^|[^a-z0-9])(minus|negative)\s+$)");
    // Spanish "menos" is also "less" and "fewer" ("al menos 5", "5 menos 2", "más
    // o menos 10"): a sign only where a number starts, after a preposition, a
    // copula or punctuation ("entre menos diez y cinco", "es menos tres").
    static const Regex* const menos = new Regex(
        R"((?:^\s*|[(:=,;]\s*|(?:^|[^a-z0-9])(?:entre|de|desde|hasta|y|e|en|es|son|fue|era|a|los|las)\s+)(menos)\s+$)");
    std::vector<Span> g;
    std::string_view before = TextBefore(text_, b);
    if ((p_.lang != Lang::kEs && word->Find(before, 0, &g)) ||
        (p_.lang != Lang::kEn && menos->Find(before, 0, &g))) {
      a->value = -a->value;
      a->one_word_one = a->article = false;  // "minus two" is a number on its own
      a->span.begin = static_cast<size_t>(before.data() - text_.data()) + g[1].begin;
    }
  }

  // Numbers inside a web address are parts of it ("pqdweb?RQT=305").
  bool InUrl(size_t at) const {
    size_t b = at;
    while (b > 0 && !std::isspace(static_cast<unsigned char>(text_[b - 1]))) --b;
    std::string_view token = text_.substr(b, at - b);
    return token.find("://") != std::string_view::npos || token.substr(0, 4) == "www.";
  }

  // ---- Fractions: a count of parts named by an ordinal ("un tercio", "three
  // fifths", "a hundredth", "cinco milésimas") or by a few words of their own
  // ("half", "quarter", "medio", "tercio"); a whole number and a fraction ("tres
  // y medio", "six and a quarter", "treinta con dos quintos"); a fraction of a
  // scale word ("medio millón", "a quarter billion", "four fifths of a million").

  struct Denominator {
    double value = 0;
    size_t end = 0;
    bool plural = false;
    bool named = false;  // "half", "medio": a word of its own, not an ordinal
  };

  std::string_view WordAt(size_t at) const {
    size_t e = at;
    while (e < text_.size() && IsLower(text_[e])) ++e;
    return text_.substr(at, e - at);
  }

  // The ordinal a word (or hyphenated words) spells, with value >= 3 ("second"
  // is a unit of time far more often than a half).
  bool OrdinalValue(std::string_view text, double* value, bool* plural) {
    // Scale ordinals need their count: "billonésimo" is read as "un millonésimo".
    for (const std::string& t : {std::string(text), speller_.one() + " " + std::string(text)}) {
      double v = 0;
      bool plural_only = false;
      if (!speller_.Parse(t, &v) || v < 3 || !speller_.IsOrdinal(t, v, &plural_only)) continue;
      *value = v;
      if (plural) *plural = plural_only;
      return true;
    }
    return false;
  }

  // "5 docenas", "two dozen", "five dozens": twelve, a scale of its own; so are
  // the Spanish group nouns of a hundred and a thousand ("un centenar de
  // muertos", "medio centenar", "tres millares"), which RBNF does not write.
  double Dozen(size_t at, size_t* end) const {
    static const Regex* const re =
        new Regex(R"(\s+(?:(dozens?|docenas?|dz|dzs|doz|dozs)|(centenar(?:es)?)|millar(?:es)?)\b)");
    std::vector<Span> g;
    if (!re->MatchAt(text_, at, &g)) return 0;
    *end = g[0].end;
    return g[1].begin != Regex::npos ? 12 : g[2].begin != Regex::npos ? 100 : 1000;
  }

  // "millón", "million" after a part: the scale word a count of one takes.
  double SingularScale(size_t at, size_t* end) {
    if (at >= text_.size() || text_[at] != ' ') return 0;
    std::string_view w = WordAt(at + 1);
    double v = 0;
    if (w.empty() || !speller_.Writes(w)) return 0;
    // RBNF writes a count of one before the scale as "uno" or as the apocope "un".
    if (!speller_.Parse(speller_.one() + " " + std::string(w), &v) &&
        !(p_.lang == Lang::kEs && speller_.Parse("un " + std::string(w), &v)))
      return 0;
    if (!PowerOfTen(v)) return 0;
    *end = at + 1 + w.size();
    return v;
  }

  // A denominator starting at `at`, from the atoms found (`atoms`, sorted) or the
  // words themselves.
  bool DenominatorAt(const std::vector<Atom>& atoms, size_t at, Denominator* d) {
    if (at >= text_.size() || !IsLower(text_[at]) || (at > 0 && IsLower(text_[at - 1]))) return false;
    std::string_view w = WordAt(at);
    if (w.empty() || (at + w.size() < text_.size() && IsDigit(text_[at + w.size()]))) return false;
    d->end = at + w.size();
    d->named = true;
    // Words of their own, not ordinals in either language's RBNF.
    if (p_.lang != Lang::kEs && (w == "half" || w == "halves")) {
      d->value = 2;
      d->plural = w == "halves";
      return true;
    }
    if (p_.lang != Lang::kEs && (w == "quarter" || w == "quarters")) {
      d->value = 4;
      d->plural = w == "quarters";
      return true;
    }
    if (p_.lang != Lang::kEn && (w == "medio" || w == "media" || w == "medios" || w == "medias")) {
      d->value = 2;
      d->plural = w.back() == 's';
      return true;
    }
    if (p_.lang != Lang::kEn && (w == "tercio" || w == "tercios")) {
      d->value = 3;
      d->plural = w.back() == 's';
      return true;
    }
    d->named = false;
    // An ordinal atom of one word ("quintos", "eighth", "forty-fifth"). The
    // atoms are sorted: a search, not a scan (a scan per word was quadratic in
    // a long text).
    auto first = std::lower_bound(atoms.begin(), atoms.end(), at,
                                  [](const Atom& a, size_t pos) { return a.span.begin < pos; });
    if (first != atoms.end() && first->span.begin == at) {
      const Atom& a = *first;
      if (a.ordinal && a.words <= 2 && a.value >= 3 && !a.fraction) {
        std::string_view t = text_.substr(a.span.begin, a.span.size());
        if (a.words == 1 || t.find('-') != std::string_view::npos) {
          d->value = a.value;
          d->plural = a.plural;
          d->end = a.span.end;
          return true;
        }
      }
    }
    // English plurals: an ordinal and "s" ("thirds", "twenty-firsts").
    if (p_.lang != Lang::kEs) {
      size_t end = d->end;
      if (end + 1 < text_.size() && text_[end] == '-' && IsLower(text_[end + 1])) {
        end += 1 + WordAt(end + 1).size();  // "twenty-firsts"
      }
      for (size_t e : {end, d->end}) {
        std::string_view t = text_.substr(at, e - at);
        if (t.size() > 2 && t.back() == 's' && OrdinalValue(t.substr(0, t.size() - 1), &d->value, nullptr)) {
          d->plural = true;
          d->end = e;
          return true;
        }
      }
    }
    // Spanish partitives in -avo: a cardinal and "avo" ("onceavo", "doceavos",
    // "cuarentavo": the cardinal's final "a" merges).
    if (p_.lang != Lang::kEn) {
      std::string_view stem = w;
      bool plural = false;
      if (stem.size() > 4 && stem.back() == 's') {
        stem.remove_suffix(1);
        plural = true;
      }
      if (stem.size() > 4 && (stem.substr(stem.size() - 3) == "avo" || stem.substr(stem.size() - 3) == "ava")) {
        stem.remove_suffix(3);
        double v = 0;
        if (speller_.Parse(stem, &v) || speller_.Parse(std::string(stem) + "a", &v) ||
            speller_.Parse(Unglued(stem), &v)) {
          if (v >= 3) {
            d->value = v;
            d->plural = plural;
            return true;
          }
        }
      }
    }
    return false;
  }

  // A partitive in -avo glues the words of its cardinal, "y" written "i"
  // ("treintaidosavo", "cientoveinteavo"; RAE): the cardinal's words apart,
  // as RBNF writes them ("treinta y dos", "ciento veinte"); "" when `w` is no
  // such run of words.
  std::string Unglued(std::string_view w) const {
    if (w.empty()) return "";
    for (size_t k = w.size(); k >= 2; --k) {
      const std::string_view head = w.substr(0, k), rest = w.substr(k);
      if (!speller_.Writes(head)) continue;
      if (rest.empty()) return std::string(head);
      // "treinta" + "i" + "dos": the tens' conjunction.
      if (rest.size() > 1 && rest[0] == 'i' && head.size() > 2 && head.substr(head.size() - 2) == "ta") {
        const std::string tail = Unglued(rest.substr(1));
        if (!tail.empty()) return std::string(head) + " y " + tail;
      }
      const std::string tail = Unglued(rest);
      if (!tail.empty()) return std::string(head) + " " + tail;
    }
    return "";
  }

  // White space or one hyphen between a numerator and its denominator.
  size_t SkipJoin(size_t at) const {
    size_t i = at;
    bool hyphen = false;
    while (i < text_.size() && (text_[i] == ' ' || (text_[i] == '-' && !hyphen))) {
      hyphen |= text_[i] == '-';
      ++i;
    }
    return i;
  }

  // After a fraction with an article ("a sixth", "un sexto"): the ordinal reads
  // as one only when no noun follows ("a sixth term", "un sexto mandato").
  bool EndsPhrase(size_t at) const {
    static const Regex* const re =
        new Regex(R"(\s*(?:$|[^\sa-z0-9]|(?:of|de|del|por\s+cien(?:to)?|percent|per\s+cent|parte|partes)\b))");
    return re->MatchAt(text_, at);
  }

  // "tres quintas partes": the word "partes" belongs to the fraction.
  size_t PartWord(size_t at) const {
    static const Regex* const re = new Regex(R"(\s+(?:parte|partes)\b)");
    std::vector<Span> g;
    return p_.lang != Lang::kEn && re->MatchAt(text_, at, &g) ? g[0].end : at;
  }

  // A scale word after a fraction: "medio millón", "four fifths of a million".
  double ScaleAfter(size_t at, size_t* end) {
    static const Regex* const of = new Regex(R"(\s+(?:of\s+)?an?(\s))");
    std::vector<Span> g;
    size_t from = at;
    if (p_.lang != Lang::kEs && of->MatchAt(text_, at, &g)) from = g[1].begin;
    if (double m = Multiplier(from, end)) return m;
    if (double m = Dozen(from, end)) return m;
    return SingularScale(from, end);
  }

  // Reads a fraction whose numerator is `num` (null: none written, one part).
  bool FractionAfter(const std::vector<Atom>& atoms, const Atom* num, size_t at, bool loose,
                     Atom* out) {
    Denominator d;
    if (!DenominatorAt(atoms, at, &d)) return false;
    const double n = num ? num->value : 1;
    // A count that ends in a scale word counts only parts of a larger scale: "two
    // thousand millionths", "three hundred thousand trillionths".
    const bool scale_parts = num && num->multiplier && d.plural && PowerOfTen(d.value) &&
                             d.value > num->multiplier;
    if (num && (num->ordinal || num->fraction || (num->multiplier && !scale_parts) || n <= 0 ||
                n != std::floor(n)))
      return false;
    if (d.plural ? n < 2 : n != 1) return false;
    // "a sixth term": with an article (or nothing) before a singular ordinal,
    // the ordinal is one unless the phrase ends there.
    if (!loose && !d.plural && (!num || num->article)) {
      // "un medio de comunicación", "una media de 20": a means, an average; a
      // half only where the phrase ends.
      static const Regex* const end = new Regex(R"(\s*(?:$|[^\sa-z0-9]))");
      const std::string_view w = text_.substr(at, d.end - at);
      size_t scale_end = 0;
      const bool scale = ScaleAfter(PartWord(d.end), &scale_end) != 0;
      // "A third were women", "un tercio eran mujeres": a plural verb after it
      // makes the part of a group (a fraction); a singular one ("two were
      // killed and a third was hurt") keeps the rank of one more.
      static const Regex* const plural_verb =
          new Regex(R"(\s+(?:are|were|have|son|eran|fueron|seran|han|habian|estan|estaban)\b)");
      // "más alto que un cuarto", "more than a third": after a bound or an
      // estimate the part is a quantity whatever follows.
      std::vector<Span> q;
      const bool bounded = num && p_.qualifier.Find(TextBefore(text_, num->span.begin), 0, &q);
      if ((w == "medio" || w == "media") ? !end->MatchAt(text_, d.end)
                                         : !(scale || bounded || EndsPhrase(d.end) ||
                                             plural_verb->MatchAt(text_, d.end)))
        return false;
    }
    out->span = {num ? num->span.begin : at, PartWord(d.end)};
    out->value = n / d.value;
    out->fraction = true;
    out->form = "fraction";
    size_t end = 0;
    if (double m = ScaleAfter(out->span.end, &end)) {
      out->value *= m;
      out->multiplier = m;
      out->scaled = true;
      out->span.end = end;
    }
    return true;
  }

  // "cuatro millones cinco milésimo": Spanish often names the millions as a
  // cardinal and only the rest as an ordinal (RBNF writes "cuatro millonésimo
  // cinco milésimo"). A cardinal ending in a group after a scale word, then
  // ordinal words, is one ordinal: the scale part plus the ordinal the rest spells.
  void JoinOrdinalTails(std::vector<Atom>* atoms) {
    std::vector<Atom>& in = *atoms;
    for (size_t i = 0; i < in.size(); ++i) {
      Atom& a = in[i];
      if (a.digits || a.ordinal || a.fraction || a.words < 2) continue;
      // The run of number words after the cardinal.
      std::vector<Span> tail;
      for (size_t at = a.span.end; tail.size() < 8 && at + 1 < text_.size() && text_[at] == ' ';) {
        std::string_view w = WordAt(at + 1);
        if (w.empty() || !Writes(w)) break;
        tail.push_back({at + 1, at + 1 + w.size()});
        at += 1 + w.size();
      }
      if (tail.empty()) continue;
      std::string_view t = text_.substr(a.span.begin, a.span.size());
      bool done = false;
      for (size_t k = t.rfind(' '); !done && k != std::string_view::npos && k > 0; k = t.rfind(' ', k - 1)) {
        const std::string_view head = t.substr(0, k), rest = t.substr(k + 1);
        const std::string_view last = head.substr(head.rfind(' ') == std::string_view::npos ? 0 : head.rfind(' ') + 1);
        double scale = 0, whole = 0;
        if (!speller_.Parse(speller_.two() + " " + std::string(last), &scale) || !PowerOfTen(scale / 2) ||
            !speller_.Parse(head, &whole))
          continue;
        for (size_t n = tail.size(); n > 0 && !done; --n) {
          const std::string ord = std::string(rest) + " " +
              std::string(text_.substr(tail[0].begin, tail[n - 1].end - tail[0].begin));
          double v = 0;
          bool plural_only = false;
          if (!speller_.Parse(ord, &v) || v >= scale / 2 || !speller_.IsOrdinal(ord, v, &plural_only)) continue;
          a.value = whole + v;
          a.ordinal = true;
          a.plural = plural_only;
          a.span.end = tail[n - 1].end;
          a.words += n;
          a.one_word_one = a.article = false;
          done = true;
        }
      }
      if (!done) continue;
      size_t j = i + 1;
      while (j < in.size() && in[j].span.begin < a.span.end) ++j;
      in.erase(in.begin() + static_cast<std::ptrdiff_t>(i + 1), in.begin() + static_cast<std::ptrdiff_t>(j));
    }
  }

  // See the call in FindFractions. `a` is in[*i]; on true it is the fraction
  // and *i the last atom it covers.
  bool TensDenominator(const std::vector<Atom>& in, Atom* a, size_t* i) {
    // The tens word: the last word of `a`, or the next atom on its own.
    size_t tens_begin = a->span.end;
    double count = a->value, tens = 0;
    size_t j = *i + 1;
    if (j < in.size() && in[j].span.begin == a->span.end + 1 && text_[a->span.end] == ' ' &&
        in[j].words == 1 && !in[j].digits && !in[j].ordinal && !in[j].fraction) {
      tens_begin = in[j].span.begin;
      tens = in[j].value;
      ++j;
    } else if (a->words >= 2) {
      tens_begin = a->span.end;
      while (tens_begin > a->span.begin && IsLower(text_[tens_begin - 1])) --tens_begin;
      if (tens_begin < a->span.begin + 2 || text_[tens_begin - 1] != ' ') return false;
      const std::string_view head = text_.substr(a->span.begin, tens_begin - 1 - a->span.begin);
      if (head.size() >= 4 && head.substr(head.size() - 4) == " and") return false;
      if (!speller_.Parse(head, &count) || !speller_.Parse(text_.substr(tens_begin, a->span.end - tens_begin), &tens))
        return false;
    } else {
      return false;
    }
    // Plural parts need a count of two or more.
    if (tens < 20 || tens > 90 || std::fmod(tens, 10) != 0 || count < 2 || count != std::floor(count)) return false;
    const size_t tens_end = tens_begin + WordAt(tens_begin).size();
    if (tens_end >= text_.size() || (text_[tens_end] != ' ' && text_[tens_end] != '-')) return false;
    const std::string_view unit = WordAt(tens_end + 1);
    // "seven thirty seconds": a unit of time, not thirty-seconds.
    if (unit.size() < 3 || unit.back() != 's' || p_.Unit(unit)) return false;
    double den = 0;
    const std::string compound =
        std::string(WordAt(tens_begin)) + "-" + std::string(unit.substr(0, unit.size() - 1));
    if (!OrdinalValue(compound, &den, nullptr) || den <= tens || den >= tens + 10) return false;
    a->value = count / den;
    a->span.end = tens_end + 1 + unit.size();
    a->fraction = true;
    a->form = "fraction";
    a->one_word_one = a->article = false;
    while (j < in.size() && in[j].span.begin < a->span.end) ++j;
    *i = j - 1;
    return true;
  }

  // "décimo octavo", "décima quinta", "vigésimo primer": Spanish writes a
  // compound ordinal as its parts in a row, each below the place the one before
  // leaves free, and the RAE accepts the spaced forms of what RBNF writes as one
  // word ("decimoctavo"). So adjacent ordinals add when the later one fits under
  // the lowest non-zero place of the sum so far (10 takes 1-9, 120 takes 1-9,
  // 3 000 takes 1-999); "quinto sexto" or "décimo vigésimo" stay two ranks.
  void JoinOrdinalRuns(std::vector<Atom>* atoms) {
    std::vector<Atom>& in = *atoms;
    auto free_place = [](double v) {
      double p = 1;
      while (v >= p * 10 && std::fmod(v, p * 10) == 0) p *= 10;
      return p;
    };
    for (size_t i = 0; i + 1 < in.size(); ++i) {
      Atom& a = in[i];
      if (!a.ordinal || a.digits || a.fraction || a.plural) continue;
      while (i + 1 < in.size()) {
        const Atom& b = in[i + 1];
        const std::string_view gap =
            b.span.begin > a.span.end ? text_.substr(a.span.end, b.span.begin - a.span.end) : "";
        if (gap.empty() || gap.find_first_not_of(' ') != std::string_view::npos || !b.ordinal || b.digits ||
            b.fraction || free_place(a.value) < 10 || b.value < 1 || b.value >= free_place(a.value))
          break;
        a.value += b.value;
        a.plural = b.plural;
        a.words += b.words;
        a.span.end = b.span.end;
        in.erase(in.begin() + static_cast<std::ptrdiff_t>(i + 1));
      }
    }
  }

  // Decimals in words: "three hundred point zero four", "cuarenta y siete coma
  // veintiocho", "siete con cincuenta" (Spanish reads "con" between two numbers
  // in words as the decimal mark, as in prices). The decimals are digit words
  // one by one ("zero three") or one number ("veintiocho" is .28).
  void DecimalWords(const std::vector<Atom>& in, Atom* a, size_t* i) {
    static const Regex* const mark = new Regex(R"(\s+(point|coma|con)\s+)");
    std::vector<Span> g;
    if (a->multiplier || !mark->MatchAt(text_, a->span.end, &g)) return;
    const std::string_view m = text_.substr(g[1].begin, g[1].size());
    if ((m == "point") != (p_.lang == Lang::kEn) || (m == "con" && a->digits)) return;
    if (m == "point" && a->one_word_one && a->article) return;
    // "at one point five people were held": the idiom, not 1.5.
    static const Regex* const at_one_point = new Regex(R"((?:^|[^a-z])at\s+$)");
    if (m == "point" && a->one_word_one && at_one_point->Contains(TextBefore(text_, a->span.begin))) return;
    size_t j = *i + 1;
    while (j < in.size() && in[j].span.begin < g[0].end) ++j;
    std::string digits;
    size_t end = g[0].end, k = j;
    // Digit words one by one; English also says "nought" for a zero.
    for (size_t at = g[0].end;;) {
      std::string_view w = WordAt(at);
      if (w.empty()) break;
      if (p_.lang == Lang::kEn && (w == "nought" || w == "naught")) {
        digits += '0';
        if (k < in.size() && in[k].span.begin == at) ++k;  // its own atom
      } else if (k < in.size() && in[k].span.begin == at && in[k].words == 1 && !in[k].fraction &&
                 in[k].value >= 0 && in[k].value <= 9 && in[k].value == std::floor(in[k].value) &&
                 text_.substr(in[k].span.begin, in[k].span.size()).find('-') == std::string_view::npos) {
        digits += static_cast<char>('0' + static_cast<int>(in[k].value));
        ++k;
      } else {
        break;
      }
      end = at + w.size();
      at = end;
      if (at + 1 < text_.size() && text_[at] == ' ' && IsLower(text_[at + 1])) ++at; else break;
    }
    if (digits.size() < 2 || m == "con") {
      // One number: its digits are the decimals.
      if (j >= in.size() || in[j].span.begin != g[0].end || in[j].digits || in[j].fraction ||
          in[j].value != std::floor(in[j].value) || in[j].value < 0 || in[j].value >= 1e9)
        return;
      if (m == "con" && (a->digits || in[j].one_word_one)) return;
      char buf[32];
      std::snprintf(buf, sizeof buf, "%.0f", in[j].value);
      if (digits.size() < 2 || m == "con") digits = buf;
      end = in[j].span.end;
      k = j + 1;
    }
    a->value += std::strtod(("0." + digits).c_str(), nullptr) * (a->value < 0 ? -1 : 1);
    a->span.end = end;
    a->form = "words";
    a->one_word_one = a->article = false;
    while (k < in.size() && in[k].span.begin < end) ++k;
    *i = k - 1;
  }

  void FindFractions(std::vector<Atom>* atoms) {
    std::vector<Atom> out;
    std::vector<Atom>& in = *atoms;
    static const Regex* const mixed = new Regex(R"(\s+(and|y|con)\s+)");
    std::vector<Span> g;
    for (size_t i = 0; i < in.size(); ++i) {
      Atom a = in[i];
      // "la tercera parte": one part, counted by the article, as "una tercera parte".
      if (p_.lang != Lang::kEn && a.ordinal && a.words == 1 && a.value >= 3 && !a.plural) {
        static const Regex* const la = new Regex(R"((?:^|[^a-z0-9])la\s+$)");
        static const Regex* const parte = new Regex(R"(\s+parte\b)");
        if (la->Contains(TextBefore(text_, a.span.begin)) && parte->MatchAt(text_, a.span.end)) {
          a.value = 1 / a.value;
          a.ordinal = false;
          a.fraction = true;
          a.form = "fraction";
          a.span.end = PartWord(a.span.end);
        }
      }
      // Inside one RBNF reading: "cinco milésimas", "doscientos billonésimos", "un
      // billonésimo" are parts, not ranks.
      // RBNF's ordinal rules go wrong past a thousand trillion, so a count of
      // thousands of scale parts ("trescientas mil billonésimas" = 3e5 / 1e12) reads
      // as a cardinal: its last word, a plural ordinal of a power of ten, still
      // names the part.
      bool parts = a.ordinal, plural = a.plural;
      if (!a.ordinal && !a.digits && !a.fraction && a.words >= 2 && p_.lang == Lang::kEs) {
        size_t last = a.span.end;
        while (last > a.span.begin && IsLower(text_[last - 1])) --last;
        const std::string two = speller_.two() + " " + std::string(text_.substr(last, a.span.end - last));
        double den = 0;
        bool plural_only = false;
        if (speller_.Parse(two, &den) && PowerOfTen(den / 2) && speller_.IsOrdinal(two, den, &plural_only) &&
            plural_only) {
          parts = plural = true;
        }
      }
      if (parts && a.words >= 2) {
        size_t last = a.span.end;
        while (last > a.span.begin && IsLower(text_[last - 1])) --last;
        size_t prefix_end = last;
        while (prefix_end > a.span.begin && (text_[prefix_end - 1] == ' ' || text_[prefix_end - 1] == '-')) --prefix_end;
        std::string_view prefix = text_.substr(a.span.begin, prefix_end - a.span.begin);
        double n = 0;
        const bool article = IsArticle(prefix) || prefix == "un" || prefix == "una";
        if (text_[prefix_end] == ' ' && (speller_.Parse(prefix, &n) || article)) {
          if (article) n = 1;
          const double den = n > 0 ? a.value / n : 0;
          if (den >= 3 && den == std::floor(den) &&
              (plural ? n >= 2 : (n == 1 && (!article || EndsPhrase(a.span.end))))) {
            a.value = n / den;
            a.ordinal = a.plural = false;
            a.fraction = true;
            a.form = "fraction";
            a.span.end = PartWord(a.span.end);
          }
        }
      }
      // "5 thousand 4 hundred and 32": digits with scale words, largest first,
      // and in English "and" before the last part under a hundred.
      while (a.digits && a.multiplier >= 100 && i + 1 < in.size()) {
        static const Regex* const gap = new Regex(R"(\s+(and\s+)?)");
        const Atom& b = in[i + 1];
        if (!gap->MatchAt(text_, a.span.end, &g) || g[0].end != b.span.begin || b.ordinal ||
            b.fraction || b.value >= a.multiplier)
          break;
        const bool with_and = g[1].begin != Regex::npos;
        // After a thousand or more "and" may also bring hundreds, as in words
        // ("two thousand and five hundred"): a smaller scale ("6 million and 300
        // thousand") or hundreds in words ("6 crore and two hundred"); bare
        // digits are a count of their own ("$5 million and 200 staff").
        const bool big_and = a.multiplier >= 1000 && (b.multiplier ? b.multiplier < a.multiplier : !b.digits);
        if (with_and ? (p_.lang != Lang::kEn || (!big_and && (b.multiplier || b.value >= 100)) || b.article)
                     : !(b.digits && b.multiplier && b.multiplier < a.multiplier))
          break;
        a.value += b.value;
        a.multiplier = b.multiplier ? b.multiplier : 1;
        a.span.end = b.span.end;
        ++i;
      }
      // "cinco docenas", "two dozen".
      bool dozens = false;
      if (!a.ordinal && !a.digits && !a.fraction && !a.multiplier) {
        size_t end = 0;
        if (double m = Dozen(a.span.end, &end)) {
          dozens = true;
          // "three hundred and two dozen": "and" adds the dozens to the whole
          // number; RBNF read both into one count.
          const std::string_view t = text_.substr(a.span.begin, a.span.size());
          const size_t and_at = p_.lang == Lang::kEn ? t.rfind(" and ") : std::string_view::npos;
          double whole = 0, count = 0;
          if (and_at != std::string_view::npos && speller_.Parse(t.substr(0, and_at), &whole) &&
              speller_.Parse(t.substr(and_at + 5), &count) && whole + count == a.value) {
            a.value = whole + count * m;
          } else {
            a.value *= m;
          }
          a.multiplier = m;
          a.span.end = end;
          a.one_word_one = a.article = false;
        }
      }
      // "tres mil y dos docenas": in Spanish "y" after a round thousand or more
      // adds the dozens that follow, as English "and" does inside one reading
      // above ("y" is no part of a Spanish cardinal after "mil", so RBNF read
      // two numbers).
      if (p_.lang == Lang::kEs && !dozens && !a.digits && !a.ordinal && !a.fraction &&
          a.value >= 1000 && std::fmod(a.value, 1000) == 0 && i + 1 < in.size()) {
        static const Regex* const y = new Regex(R"(\s+y\s+)");
        const Atom& b = in[i + 1];
        size_t end = 0;
        double m = 0;
        if (y->MatchAt(text_, a.span.end, &g) && g[0].end == b.span.begin && !b.digits && !b.ordinal &&
            !b.fraction && !b.multiplier && !b.article && b.value < 1000 && (m = Dozen(b.span.end, &end))) {
          a.value += b.value * m;
          a.multiplier = m;
          a.span.end = end;
          a.one_word_one = a.article = false;
          ++i;
        }
      }
      // "two hundred and three quarters", "four million and four sevenths": RBNF read
      // the count of parts into the whole number; in English a fraction after
      // "and" is added to it.
      if (p_.lang == Lang::kEn && !a.digits && !a.ordinal && !a.fraction) {
        std::string_view t = text_.substr(a.span.begin, a.span.size());
        const size_t and_at = t.rfind(" and ");
        Denominator d;
        double whole = 0, count = 0;
        if (and_at != std::string_view::npos &&
            DenominatorAt(in, SkipJoin(a.span.end), &d) &&
            speller_.Parse(std::string(t.substr(0, and_at)), &whole) &&
            speller_.Parse(std::string(t.substr(and_at + 5)), &count) &&
            (d.plural ? count >= 2 : count == 1) && count == std::floor(count)) {
          size_t end = 0, last_space = t.substr(0, and_at).rfind(' ');
          double scale = 0;
          if (last_space != std::string_view::npos) {
            scale = Multiplier(a.span.begin + last_space, &end);
            if (end != a.span.begin + and_at) scale = 0;
          }
          // "two billion and three quarters million": the part is of the
          // scale word after it, when one follows.
          size_t part_end = PartWord(d.end), scaled_end = 0;
          if (const double of = ScaleAfter(part_end, &scaled_end); of && of < whole) {
            scale = of;
            part_end = scaled_end;
          }
          // The part a whole number takes is less than one: in "two hundred and
          // forty-six fifths" the "and" is the British cardinal's, and 246
          // counts the fifths.
          if (scale || count < d.value) {
            a.value = whole + count / d.value * (scale ? scale : 1);
            a.span.end = part_end;
            a.fraction = true;
            a.form = "fraction";
            a.one_word_one = a.article = false;
            size_t j = i + 1;
            while (j < in.size() && in[j].span.begin < a.span.end) ++j;
            i = j - 1;
          }
        }
      }
      // "two hundred forty-fifths", "four twenty firsts": a tens word before a
      // plural unit ordinal makes one compound ordinal with it (as "thirty-fifth"
      // does, and "forty six" is read as "forty-six"), so the count is what
      // comes before the tens word. After "and" the tens word is the count's own
      // ("two hundred and forty fifths" is 240 of them).
      if (p_.lang == Lang::kEn && !a.digits && !a.ordinal && !a.fraction && !a.multiplier &&
          TensDenominator(in, &a, &i)) {
        out.push_back(a);
        continue;
      }
      // A count and a denominator after it.
      Atom f;
      if (!a.ordinal && !a.fraction && FractionAfter(in, &a, SkipJoin(a.span.end), false, &f)) {
        size_t j = i + 1;
        while (j < in.size() && in[j].span.begin < f.span.end) ++j;
        a = f;
        i = j - 1;
      }
      // "two over five", "7 sobre 10", "four out of five", "one in five", "uno de
      // cada tres": a ratio, unless a unit follows ("over 3 years" is a length of
      // time, "3 in 10 days" a rate). A count "out of" or "de cada" may be the
      // article-like "una". Groups: 1 English, 3 Spanish; 2 and 4 the partitives.
      static const Regex* const over =
          new Regex(R"(\s+(?:(over|(out\s+of|in))|(sobre|(de\s+cada)))\s+)");
      const bool ratio = !a.ordinal && !a.fraction && over->MatchAt(text_, a.span.end, &g) &&
                         (g[1].begin != Regex::npos) == (p_.lang == Lang::kEn);
      const bool partitive = ratio && (g[2].begin != Regex::npos || g[4].begin != Regex::npos);
      if (ratio && (!a.article || partitive)) {
        size_t j = i + 1;
        while (j < in.size() && in[j].span.begin < g[0].end) ++j;
        std::vector<Span> u;
        // "up 5 over 2022": a year after "over" is a comparison, not a ratio.
        const bool year = j < in.size() && in[j].digits && in[j].value >= 1800 && in[j].value <= 2100 &&
                          in[j].value == std::floor(in[j].value);
        // A part "out of" a whole never exceeds it: "11 out of 10" is no ratio.
        if (j < in.size() && in[j].span.begin == g[0].end && !in[j].ordinal && !in[j].fraction &&
            !in[j].article && in[j].value > 0 && !year && !(partitive && a.value > in[j].value) &&
            !(p_.unit_after.MatchAt(text_, in[j].span.end, &u) &&
              p_.Unit(text_.substr(u[1].begin, u[1].size())) &&
              p_.Unit(text_.substr(u[1].begin, u[1].size()))->id != std::string("percent"))) {
          a.value /= in[j].value;
          a.span.end = in[j].span.end;
          a.fraction = true;
          a.form = "fraction";
          a.one_word_one = false;
          i = j;
        }
      }
      // A whole number and a fraction: "tres y medio", "five and three quarters",
      // "4 millones y medio", "treinta con dos quintos".
      if (!a.ordinal && !a.fraction && !a.article && mixed->MatchAt(text_, a.span.end, &g)) {
        const size_t at = g[0].end;
        const std::string_view join = text_.substr(g[1].begin, g[1].size());
        Atom part;
        bool ok = false;
        size_t j = i + 1;
        while (j < in.size() && in[j].span.begin < at) ++j;
        const Atom* num = j < in.size() && in[j].span.begin == at && !in[j].ordinal ? &in[j] : nullptr;
        if (num) {
          ok = FractionAfter(in, num, SkipJoin(num->span.end), true, &part);
        } else {
          ok = FractionAfter(in, nullptr, at, true, &part);
        }
        // "a las tres y media" is a time of day.
        static const Regex* const clock = new Regex(R"((?:^|[^a-z])las?\s+$)");
        const bool time = join == "y" && clock->Contains(TextBefore(text_, a.span.begin));
        // The scale a whole number ends in: "dos millones", "un millón".
        const double scale = a.multiplier ? a.multiplier : !a.digits && PowerOfTen(a.value) ? a.value : 0;
        if (ok && !time && (part.scaled || part.value < 1)) {
          if (!part.scaled) {
            a.value += scale ? part.value * scale : part.value;
          } else if (!scale && part.value < part.multiplier) {
            // "six and a half million": the scale is both numbers'.
            a.value = (a.value + part.value / part.multiplier) * part.multiplier;
          } else {
            a.value += part.value;  // "two billion and a half million"
          }
          a.one_word_one = false;
          a.span.end = part.span.end;
          a.form = "fraction";
          a.fraction = true;
          while (j < in.size() && in[j].span.begin < a.span.end) ++j;
          i = j - 1;
        }
      }
      if (!a.fraction && !a.ordinal) DecimalWords(in, &a, &i);
      out.push_back(a);
    }
    // Named parts of a scale word with no count: "medio millón", "quarter billion".
    for (size_t at = 0; at < text_.size(); ++at) {
      if (!IsLower(text_[at]) || (at > 0 && IsAsciiAlnum(text_[at - 1]))) continue;
      Denominator d;
      size_t end = 0;
      std::string_view w = WordAt(at);
      if (!(w == "half" || w == "quarter" || w == "medio" || w == "media")) {
        at += w.size();
        continue;
      }
      if (DenominatorAt(*atoms, at, &d) && d.named && !d.plural) {
        if (double m = ScaleAfter(d.end, &end)) {
          bool covered = false;
          for (const Atom& o : out) {
            covered |= o.span.Overlaps({at, end}) && !(o.span.begin >= at && o.span.end <= end);
          }
          if (!covered) {
            Atom a;
            a.span = {at, end};
            a.value = m / d.value;
            a.multiplier = m;
            a.fraction = a.scaled = true;
            a.form = "fraction";
            // "half a million": the fraction holds "a million".
            out.erase(std::remove_if(out.begin(), out.end(),
                                     [&](const Atom& o) {
                                       return o.span.begin >= at && o.span.end <= end;
                                     }),
                      out.end());
            out.push_back(a);
          }
        }
      }
      at += w.size();
    }
    std::sort(out.begin(), out.end(),
              [](const Atom& a, const Atom& b) { return a.span.begin < b.span.begin; });
    *atoms = std::move(out);
  }


  bool IsArticle(std::string_view w) const {
    return p_.lang == Lang::kEn && (w == "a" || w == "an");
  }

  std::string_view Text(const Word& a, const Word& b) const {
    return text_.substr(a.span.begin, b.span.end - a.span.begin);
  }

  // Runs of words RBNF writes; the longest prefix of each that it reads whole.
  // Spelled-out numbers run long in Spanish ("seiscientos veintiocho millones
  // ochocientos treinta y siete mil cuatrocientos noventa y uno" is 13 words).
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
               Writes(text_.substr(words[j + 1].span.begin, words[j + 1].span.size()))) {
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
            if (speller_.Parse(speller_.one() + " " + Joined(words, i + 1, j - 1), &v)) {
              found = j - 1;
              break;
            }
          }
          if (found) {
            Atom a = WordAtom(words[i], words[found], v);
            bool plural_only = false;
            a.ordinal = speller_.IsOrdinal(speller_.one() + " " + std::string(Text(next, words[found])),
                                           v, &plural_only);
            a.article = true;
            a.words = found - i + 1;
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
      // British "nought" (and "naught") for a zero: the digit. As a noun for
      // nothing it follows a preposition in the idioms that keep it ("came to
      // nought", "all for naught", "set at naught"), which are no number.
      static const Regex* const idiom = new Regex(R"((?:^|[^a-z])(?:to|for|at)\s+$)");
      if (p_.lang == Lang::kEn && (w == "nought" || w == "naught") &&
          !idiom->Contains(TextBefore(text_, words[i].span.begin))) {
        atoms->push_back(WordAtom(words[i], words[i], 0));
        ++i;
        continue;
      }
      // "nineth", "twelveth": a cardinal with the regular "-th" is the ordinal
      // the writer meant (the irregular forms are common misspellings), not a word.
      if (p_.lang == Lang::kEn && !Writes(w) && w.size() > 4 && w.substr(w.size() - 2) == "th") {
        const std::string stem(w.substr(0, w.size() - 2));
        if (speller_.Writes(stem) && speller_.Parse(stem, &v) && v >= 1 && v < 100 && v == std::floor(v)) {
          Atom a = WordAtom(words[i], words[i], v);
          a.ordinal = true;
          atoms->push_back(a);
          ++i;
          continue;
        }
      }
      if (!Writes(w)) {
        ++i;
        continue;
      }
      // Most runs start with a word RBNF reads alone; a few number words are
      // only ever followed by another ("ciento veinte"), but RBNF reads a
      // number at their start ("cien").
      bool starts = false;
      const bool alone = speller_.Parse(Joined(words, i, i), &v, &starts);
      if (!starts) {
        // "the millionth visitor", "the hundredth anniversary": a scale ordinal
        // alone is one of the scale.
        bool plural_only = false;
        const std::string one = speller_.one() + " " + std::string(w);
        if (!IsArticle(w) && speller_.Parse(one, &v) && (v == 100 || PowerOfTen(v)) &&
            speller_.IsOrdinal(one, v, &plural_only) && !plural_only) {
          Atom a = WordAtom(words[i], words[i], v);
          a.ordinal = true;
          atoms->push_back(a);
        } else if (LoneScale(w, &v)) {
          atoms->push_back(WordAtom(words[i], words[i], v));
        }
        ++i;
        continue;
      }
      size_t last = run_end(i), found = i;
      for (size_t j = last; j > i; --j) {
        if (speller_.Parse(Joined(words, i, j), &v)) {
          found = j;
          break;
        }
      }
      if (found == i && !alone) {
        if (LoneScale(w, &v)) atoms->push_back(WordAtom(words[i], words[i], v));
        ++i;
        continue;
      }
      const std::string run = Joined(words, i, found);
      Atom a = WordAtom(words[i], words[found], v);
      bool plural_only = false;
      a.ordinal = speller_.IsOrdinal(run, v, &plural_only);
      a.plural = a.ordinal && plural_only;
      a.words = found - i + 1;
      a.one_word_one = found == i && v == 1 && !a.ordinal;
      a.article = a.one_word_one && run != speller_.one();
      // "segundos" alone is the unit, not a plural ordinal.
      if (!(found == i && a.ordinal && plural_only && p_.Unit(run))) atoms->push_back(a);
      i = found + 1;
    }
  }

  // "superó el millón de visitas": a Spanish scale noun in the singular without
  // a count is one of it, as RBNF writes it after "un" (English needs "a
  // million", read with the article).
  bool LoneScale(std::string_view w, double* value) {
    if (p_.lang != Lang::kEs) return false;
    const std::string one = "un " + std::string(w);
    double v = 0;
    if (!speller_.Parse(one, &v) || v < 1e6 || !PowerOfTen(v) || Fold(speller_.Format(v)) != one) return false;
    *value = v;
    return true;
  }

  // Spanish writes the ordinals of thousands and millions as one word
  // ("cuatromilésimo", "cincomillonésimo"; RAE), and may so write those of the
  // tens with a unit ("vigesimoprimera", "trigesimoquinto"; RAE, the first part
  // losing its accent), which RBNF writes as two: the two words, or "" when `w`
  // is not such a word.
  std::string Glued(std::string_view w) const {
    static const Regex* const ordinal = new Regex(R"(esim[oa]s?$|^[a-z]+esimo[a-z]{4,}$)");
    if (p_.lang != Lang::kEs || w.size() < 9 || speller_.Writes(w) || !ordinal->Contains(w)) return "";
    for (size_t k = 2; k + 4 <= w.size(); ++k) {
      if (speller_.Writes(w.substr(0, k)) && speller_.Writes(w.substr(k))) {
        return std::string(w.substr(0, k)) + " " + std::string(w.substr(k));
      }
    }
    return "";
  }

  bool Writes(std::string_view w) const { return speller_.Writes(w) || !Glued(w).empty(); }

  // Words first..last as RBNF writes them: one space between words; in English
  // a tens word and a unit word joined by a hyphen ("forty six" is how
  // "forty-six" is often typed), and no "and" after a scale word of a thousand
  // or more ("three thousand and four hundred"), which RBNF does not write.
  std::string Joined(const std::vector<Word>& words, size_t first, size_t last) {
    std::string out;
    double prev = -1;
    for (size_t k = first; k <= last; ++k) {
      std::string_view w = text_.substr(words[k].span.begin, words[k].span.size());
      const std::string glued = Glued(w);
      if (!glued.empty()) w = glued;
      double v = -1;
      if (!speller_.Parse(w, &v)) v = -1;
      double scale = v;  // "trillion" is read with its count
      if (scale < 0 && !speller_.Parse(speller_.one() + " " + std::string(w), &scale)) scale = -1;
      if (p_.lang == Lang::kEn && w == "and" && prev >= 1000 && PowerOfTen(prev) && k < last) {
        continue;
      }
      if (k > first) {
        const bool glued = text_[words[k].span.begin - 1] == '-';
        // Units include their ordinals ("twenty fifth").
        const bool tens_units = p_.lang == Lang::kEn && !glued && prev >= 20 && prev <= 90 &&
                                std::fmod(prev, 10) == 0 && v >= 1 && v <= 9;
        out += glued || tens_units ? "-" : " ";
      }
      out.append(w);
      prev = v >= 0 ? v : scale;
    }
    return out;
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
  const std::vector<size_t>& capitals_;  // sorted
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
    for (const Regex& re : p_.half_of) {
      for (size_t pos = 0; pos <= text_.size() && re.Find(text_, pos, &g);) {
        pos = g[2].end;
        if (g[1].begin != Regex::npos) continue;
        NumberMention m;
        m.span = g[2];
        m.value = m.high = 0.5;
        m.form = "fraction";
        Qualify(&m);
        out.push_back(std::move(m));
      }
    }
    for (const Patterns::Fraction& f : p_.fractions) {
      for (size_t pos = 0; pos <= text_.size() && f.re.Find(text_, pos, &g);) {
        pos = g[0].end > g[0].begin ? g[0].end : g[0].begin + 1;
        const UnitDef* u = p_.Unit(Str(g[1]));
        if (!u) continue;
        if (f.value == 1) {
          // A whole unit: of time, singular ("at all hours" is no length), and
          // not a night ("toda la noche").
          const std::string_view dim = u->dimension, form = Str(g[1]);
          const bool night = u->id == std::string("day") && form.find('n') != std::string_view::npos;
          const bool plural = p_.lang == Lang::kEn && form.back() == 's';
          if ((dim != "time" && dim != "calendar") || night || plural) continue;
        }
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
    // "5 percentage points" is a difference of percentages, not a percentage.
    static const Regex* const points = new Regex(R"(\s+points?\b)");
    if (Str(g[1]) == "percentage" && points->MatchAt(text_, g[0].end)) return false;
    *end = g[0].end;
    return true;
  }


  // A qualifier just before the mention: widens the span and sets the qualifier.
  void Qualify(NumberMention* m) const {
    std::string_view before = TextBefore(text_, m->span.begin);
    const size_t base = static_cast<size_t>(before.data() - text_.data());
    std::vector<Span> g;
    if (!p_.qualifier.Find(before, 0, &g)) {
      // "igual a 25", "equals 25": the number stated as an exact value.
      static const Regex* const equal = new Regex(
          R"((?:^|[^a-z0-9])((?:igual(?:es)?\s+a|equivalen?\s+a|equal\s+to|equals(?:\s+to)?|equall?ing\s+to))\s+$)");
      if (equal->Find(before, 0, &g)) {
        m->equal = true;
        m->span.begin = base + g[1].begin;
      }
      return;
    }
    for (size_t i = 0; i < std::size(kQualifiers); ++i) {
      Span s = g[i + 1];
      if (s.begin == Regex::npos) s = g[i + 1 + std::size(kQualifiers)];
      if (s.begin == Regex::npos) continue;
      if (kQualifiers[i].needs_unit && m->unit.empty()) return;
      m->qualifier = kQualifiers[i].qualifier;
      m->span.begin = base + s.begin;
      return;
    }
  }

  // "300 o más", "500 or less": a bound after the number, unless another number
  // follows ("300 or greater than 280" bounds the 280).
  void QualifyAfter(NumberMention* m) const {
    // A bound before the number is the bound ("greater than 30 and less than
    // or equal to 40" bounds the 40 with what follows).
    if (m->qualifier == NumberQualifier::kAtLeast || m->qualifier == NumberQualifier::kAtMost) return;
    static const Regex* const more = new Regex(R"(\s+(?:than|or|to|a|an|que|de|igual|equal)\b)");
    std::vector<Span> g;
    if (!p_.post_qualifier.MatchAt(text_, m->span.end, &g)) return;
    size_t next = g[0].end;
    while (next < text_.size() && text_[next] == ' ') ++next;
    if (next > g[0].end && by_start_.count(next)) return;
    if (g[3].begin != Regex::npos || more->MatchAt(text_, g[0].end)) return;
    m->qualifier = g[1].begin != Regex::npos ? kPostQualifiers[0].qualifier
                                             : kPostQualifiers[1].qualifier;
    m->span.end = g[0].end;
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
    if (a.ordinal && InTitle(a)) return;
    if (a.ordinal) {
      ReadRange(a, out);  // "entre el quinto y el décimo"
      out->push_back(Mention(a, a.span));
      return;
    }
    ReadRange(a, out);

    NumberMention m = Mention(a, a.span);
    const UnitDef* u = nullptr;
    size_t end = 0;
    std::vector<Span> g;
    double part = 0;
    if (p_.half_before_unit.MatchAt(text_, a.span.end, &g) && UnitAt(g[0].end, &u, &end)) {
      part = 0.5;  // "two and a half hours"
    } else if (!UnitAt(a.span.end, &u, &end) && !GluedHour(a, &u, &end)) {
      u = nullptr;
    }
    // "the 2021 weekend", "its 1990 season": in English a year before a singular
    // unit of time names the period; a count of them would take the plural.
    if (u && !part && p_.lang == Lang::kEn && a.digits && a.span.size() == 4 && a.value >= 1900 &&
        a.value <= 2099 && std::string_view(u->dimension) == "time" && text_[end - 1] != 's') {
      u = nullptr;
    }
    // "un acuerdo", "one-on-one", "a person": no number. "a second", "un
    // segundo" read as the ordinal before a noun ("un segundo mandato"); "one
    // second", "de un segundo." are a time.
    static const Regex* const phrase_end = new Regex(R"(\s*(?:$|[^\sa-z0-9]))");
    // "only one", "un solo voto": a count stressed as one is a number. Not after
    // an article-like word: "only a few", "no es solo un acuerdo" (just a deal).
    static const Regex* const only_before =
        new Regex(R"((?:^|[^a-z0-9])(?:only|just|solo|solamente|unicamente|apenas)\s+$)");
    static const Regex* const only_after = new Regex(R"(\s+(?:solo|sola)\b)");
    const bool stressed =
        a.one_word_one && ((!a.article && only_before->Contains(TextBefore(text_, a.span.begin))) ||
                           (p_.lang != Lang::kEn && only_after->MatchAt(text_, a.span.end)));
    // "Las mil y una noches", "a nights' stay": an article before a plural unit
    // counts nothing.
    if (a.one_word_one && !stressed &&
        (!u || std::string_view(u->dimension) == "count" ||
         (a.article && SpellsNumber(end) && !phrase_end->MatchAt(text_, end)) ||
         (a.article && PluralUnit(a.span.end, end))))
      return;
    if (u) {
      m.unit = u->id;
      m.span.end = end;
      if (!part && p_.and_half.MatchAt(text_, end, &g)) {
        part = g[1].begin != Regex::npos ? 0.5 : 0.25;  // "dos horas y media", "an hour and a half"
        m.span.end = g[0].end;
      }
      m.value = m.high = m.value + part;
      AddSmallerUnit(u, &m);
    } else if (const UnitDef* c = CurrencyBefore(&m.span.begin)) {
      m.unit = c->id;  // "$5", "US$ 5"
    } else if (PercentBefore(&m.span.begin)) {
      m.unit = "percent";  // "per cent of 20"
    }
    if (p_.not_a_sign.Contains(TextBefore(text_, m.span.begin))) return;
    if (m.unit.empty() && (ClockTime(a) || (a.digits && p_.label_before.Contains(TextBefore(text_, a.span.begin)))))
      return;
    Qualify(&m);
    // "Un centenar de muertos" is a round figure, "about a hundred".
    static const Regex* const round_group = new Regex(R"(\b(?:centenar|millar))");
    if (m.qualifier == NumberQualifier::kExact &&
        round_group->Contains(text_.substr(a.span.begin, a.span.size())))
      m.qualifier = NumberQualifier::kApprox;
    if (m.qualifier != NumberQualifier::kAtLeast && m.qualifier != NumberQualifier::kAtMost &&
        p_.approx_after.MatchAt(text_, m.span.end, &g)) {
      m.qualifier = NumberQualifier::kApprox;  // "dos horas aproximadamente"
      m.span.end = g[0].end;
    }
    QualifyAfter(&m);
    out->push_back(std::move(m));
  }

  // "primer ministro", "First Deputy Prime Minister", "Deputy First Secretary",
  // "vicepresidente primero": "first" in an office's name ranks nothing. Words
  // that also rank ("the first secretary to resign") are left to the ordinal.
  bool InTitle(const Atom& a) const {
    if (a.digits || a.value != 1) return false;
    static const Regex* const after =
        new Regex(R"(\s+(?:deputy|lady|ministr[oa]s?|dama|vice[a-z]*)\b)");
    static const Regex* const before = new Regex(R"((?:^|[^a-z])(?:deputy|vice[a-z]*)\s+$)");
    return after->MatchAt(text_, a.span.end) || before->Contains(TextBefore(text_, a.span.begin));
  }

  // "a las 2 de la madrugada", "at 2.30 pm", "19 June 2024 14.20": an hour of
  // the clock, which a checker would otherwise take for a count.
  bool ClockTime(const Atom& a, bool follow = true) const {
    if (a.ordinal || a.fraction || a.multiplier) return false;
    const std::string_view digits = text_.substr(a.span.begin, a.span.size());
    static const Regex* const hour = new Regex(R"([01]?\d|2[0-4])");
    static const Regex* const hour_minutes = new Regex(R"(([01]?\d|2[0-3])[.:][0-5]\d)");
    const bool minutes = a.digits && hour_minutes->FullMatch(digits);
    if (a.digits ? !minutes && !hour->FullMatch(digits)
                 : a.value != std::floor(a.value) || a.value < 0 || a.value > 24) {
      return false;
    }
    if (p_.clock_after.MatchAt(text_, a.span.end)) return true;
    const std::string_view before = TextBefore(text_, a.span.begin);
    // A dateline's time after its year, the minutes after a dot: "2024 14.20".
    static const Regex* const year = new Regex(R"((?:^|[^0-9.,])(?:1[89]|20)\d\d,?\s+$)");
    if (minutes && year->Contains(before)) return true;
    // "a las 2.", "sobre las 2 del día 20", "a las 10 de hoy", "a las 10 y
    // cuarto"; not "a las 2 de sus hijas".
    static const Regex* const no_noun =
        new Regex(R"(\s*(?:$|[^\sa-z0-9]|(?:del|en|y|hora)\b|de\s+(?:hoy|ayer|manana|este|esta)\b))");
    if (p_.clock_before.Contains(before) && no_noun->MatchAt(text_, a.span.end)) return true;
    // The first hour of a span of the clock: "between 2 and 4 pm".
    std::vector<Span> g;
    if (!follow || !p_.range_join.MatchAt(text_, a.span.end, &g)) return false;
    const auto it = by_start_.find(g[0].end);
    return it != by_start_.end() && ClockTime(atoms_[it->second], false);
  }

  // Whether the unit word between `at` and `end` is a plural: the same unit
  // without its "s" or "es" ("noches", "meses", "nights"; "mes" is none).
  bool PluralUnit(size_t at, size_t end) const {
    while (at < end && text_[at] == ' ') ++at;
    const std::string_view w = text_.substr(at, end - at);
    if (w.size() < 3 || w.back() != 's') return false;
    const UnitDef* u = p_.Unit(w);
    return u && (p_.Unit(w.substr(0, w.size() - 1)) == u || p_.Unit(w.substr(0, w.size() - 2)) == u);
  }

  // "3h", "24h": an hour glued to digits ("h" alone is too ambiguous), or set
  // apart before minutes ("2 h 30 min", "1 h 40 minutos").
  bool GluedHour(const Atom& a, const UnitDef** u, size_t* end) const {
    static const Regex* const minutes = new Regex(R"(\s+\d{1,2}\s*(?:mins?|minutos?|minutes?)\b)");
    size_t e = a.span.end;
    if (e + 1 < text_.size() && text_[e] == ' ' && text_[e + 1] == 'h' && minutes->MatchAt(text_, e + 2)) ++e;
    if (!a.digits || a.ordinal || a.multiplier || e >= text_.size() || text_[e] != 'h' ||
        (e + 1 < text_.size() && IsAsciiAlnum(text_[e + 1])))
      return false;
    *u = FindUnit("hour");
    *end = e + 1;
    return true;
  }

  // "1 hour and 30 minutes", "dos horas, 20 minutos": a length of time in two
  // units is one, in the larger.
  void AddSmallerUnit(const UnitDef* u, NumberMention* m) const {
    static const Regex* const join = new Regex(R"(\s*,\s*|\s+(?:and|y)\s+|\s+)");
    if (std::string_view(u->dimension) != "time" || m->is_range) return;
    std::vector<Span> g;
    if (!join->MatchAt(text_, m->span.end, &g)) return;
    auto it = by_start_.find(g[0].end);
    if (it == by_start_.end()) return;
    const Atom& b = atoms_[it->second];
    const UnitDef* v = nullptr;
    size_t end = 0;
    if (b.ordinal || !UnitAt(b.span.end, &v, &end) || std::string_view(v->dimension) != "time" ||
        v->factor >= u->factor)
      return;
    m->value = m->high = m->value + b.value * v->factor / u->factor;
    m->span.end = end;
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

  // "percent of 15", "per cent of twenty": the unit before the number, when no
  // number precedes it ("30 percent of 15 million" is 30 percent).
  bool PercentBefore(size_t* begin) const {
    static const Regex* const re =
        new Regex(R"((?:^|[^a-z0-9])((?:percents?|per\s+cent)\s+of)\s+$)");
    std::string_view before = TextBefore(text_, *begin);
    std::vector<Span> g;
    if (p_.lang == Lang::kEs || !re->Find(before, 0, &g)) return false;
    const size_t at = static_cast<size_t>(before.data() - text_.data()) + g[1].begin;
    size_t k = at;
    while (k > 0 && text_[k - 1] == ' ') --k;
    for (const Atom& b : atoms_) {
      if (b.span.end == k) return false;
    }
    *begin = at;
    return true;
  }

  const UnitDef* CurrencyBefore(size_t* begin) const {
    std::string_view before = TextBefore(text_, *begin);
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
    // "between 5% and 10%", "5 km-10 km": the unit may follow both ends; the
    // second must then name the same.
    const UnitDef* first_unit = nullptr;
    if (!p_.range_join.MatchAt(text_, a.span.end, &g)) {
      size_t unit_end = 0;
      if (a.ordinal || !UnitAt(a.span.end, &first_unit, &unit_end) || !p_.range_join.MatchAt(text_, unit_end, &g))
        return;
    }
    auto it = by_start_.find(g[0].end);
    // "between $2bn and $3bn", "from €5 to €10": the currency repeated before
    // the second number is the range's.
    size_t currency_at = a.span.begin;
    const UnitDef* currency = CurrencyBefore(&currency_at);
    if (it == by_start_.end()) {
      if (!currency) return;
      const std::string_view symbol = text_.substr(currency_at, a.span.begin - currency_at);
      size_t at = g[0].end;
      if (text_.compare(at, symbol.size(), symbol) != 0) return;
      at += symbol.size();
      while (at < text_.size() && text_[at] == ' ') ++at;
      it = by_start_.find(at);
      if (it == by_start_.end()) return;
    }
    const Atom& b = atoms_[it->second];
    // Ranks make a range only as "between the fifth and the tenth".
    if (b.ordinal != a.ordinal) return;
    const bool hyphen = g[1].begin != Regex::npos;
    const UnitDef* u = nullptr;
    size_t end = b.span.end;
    if (!UnitAt(b.span.end, &u, &end)) u = nullptr;
    if (first_unit && (!u || std::string_view(u->id) != first_unit->id)) return;
    if (!u && ClockTime(b)) return;  // "between 2 and 4 pm": hours of the clock

    // The opening word comes before the currency: "between $2 and $3".
    std::string_view before = TextBefore(text_, currency_at);
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
      // opening word only "2 a 3 horas", "2 to 3 hours", with their unit, and
      // "through", which joins nothing but the ends of a range.
      if (pair != between) return;
      const bool through = join == "through" || join == "thru";
      if (prefix.empty() && !through && !((u || currency) && (join == "a" || join == "to"))) return;
      if (a.ordinal && !between) return;
    }
    if (a.ordinal && hyphen) return;
    if ((a.one_word_one || b.one_word_one) && !u) return;

    double low = a.value;
    // "entre 2 y 3 millones": the scale word serves both numbers.
    if (a.multiplier == 0 && b.multiplier > 0 && low * b.multiplier < b.value) low *= b.multiplier;
    if (!(b.value > low)) return;

    NumberMention m = Mention(a, {a.span.begin, u ? end : b.span.end});
    if (!prefix.empty()) {
      m.span.begin = static_cast<size_t>(before.data() - text_.data()) + pg[1].begin;
    } else if (currency) {
      m.span.begin = currency_at;
    }
    if (currency && !u) m.unit = currency->id;
    m.value = low;
    m.high = b.value;
    m.is_range = true;
    // "about 20 to 30": an approximate range. A bound before it ("more than 20
    // to 30") bounds the first number only; the range stands without it.
    if (prefix.empty()) {
      NumberMention q = m;
      Qualify(&q);
      if (q.qualifier == NumberQualifier::kApprox) m = q;
    }
    if (u) {
      m.unit = u->id;
      if (p_.and_half.MatchAt(text_, end, &g)) {
        m.high += g[1].begin != Regex::npos ? 0.5 : 0.25;  // "de 1 a 2 horas y media"
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

// Replaces each pair of neighbouring mentions that `join` makes one (it fills
// the joined mention and returns true) by that one.
void JoinNeighbours(std::vector<NumberMention>* mentions,
                    const std::function<bool(const NumberMention&, const NumberMention&, NumberMention*)>& join) {
  std::vector<NumberMention>& ms = *mentions;
  std::vector<NumberMention> out;
  for (size_t i = 0; i < ms.size(); ++i) {
    NumberMention joined;
    if (i + 1 < ms.size() && join(ms[i], ms[i + 1], &joined)) {
      out.push_back(std::move(joined));
      ++i;
      continue;
    }
    out.push_back(std::move(ms[i]));
  }
  ms = std::move(out);
}

// "más de 10 y menos de 40", "at most 90 and at least 30": two bounds side by
// side are one range.
void MergeBounds(std::string_view text, const Patterns& p, std::vector<NumberMention>* mentions) {
  auto bound = [](const NumberMention& m) {
    return !m.is_range && !m.ordinal &&
           (m.qualifier == NumberQualifier::kAtLeast || m.qualifier == NumberQualifier::kAtMost);
  };
  std::vector<Span> g;
  JoinNeighbours(mentions, [&](const NumberMention& a, const NumberMention& b, NumberMention* m) {
    if (!bound(a) || !bound(b) || a.qualifier == b.qualifier ||
        !(a.unit == b.unit || a.unit.empty() || b.unit.empty()) || !p.bound_join.MatchAt(text, a.span.end, &g) ||
        g[0].end != b.span.begin)
      return false;
    const NumberMention& low = a.qualifier == NumberQualifier::kAtLeast ? a : b;
    const NumberMention& high = a.qualifier == NumberQualifier::kAtLeast ? b : a;
    if (low.value >= high.value) return false;
    *m = a;
    m->span.end = b.span.end;
    m->value = low.value;
    m->high = high.value;
    m->is_range = true;
    m->qualifier = NumberQualifier::kExact;
    if (m->unit.empty()) m->unit = b.unit;
    return true;
  });
}

// "3 mil 500 millones de pesos", "mil 200 mdd", "2 mil 300 soldados": Mexican
// and Central American copy writes the thousands as a word and the rest in
// digits, one number (1,200; 3,500 million). Read apart they were two.
void JoinThousandsWord(std::string_view text, std::vector<NumberMention>* mentions) {
  static const Regex* const kEndsInMil = new Regex(R"((?:^|\s|\d)mil$)");
  static const Regex* const kHead = new Regex(R"(^(\d{1,3})(?:\s|$))");
  auto plain = [](const NumberMention& m) { return !m.is_range && !m.ordinal && !m.equal; };
  std::vector<Span> g;
  JoinNeighbours(mentions, [&](const NumberMention& a, const NumberMention& b, NumberMention* m) {
    const std::string_view bt = text.substr(b.span.begin, b.span.size());
    if (!plain(a) || !plain(b) || b.qualifier != NumberQualifier::kExact || !a.unit.empty() ||
        b.span.begin != a.span.end + 1 || text[a.span.end] != ' ' || std::fmod(a.value, 1000) != 0 ||
        !kEndsInMil->Find(text.substr(a.span.begin, a.span.size()), 0) || !kHead->MatchAt(bt, 0, &g))
      return false;
    const double part = std::stod(std::string(bt.substr(g[1].begin, g[1].size())));
    const double scale = part > 0 ? b.value / part : 0;
    if (part <= 0 || scale < 1 || std::fmod(scale, 1) != 0) return false;
    *m = b;
    m->span.begin = a.span.begin;
    m->value = m->high = (a.value + part) * scale;
    m->qualifier = a.qualifier;
    m->form = "mixed";
    return true;
  });
}

}  // namespace

std::vector<NumberMention> ExtractNumbers(std::string_view folded, std::string_view lang,
                                          const std::vector<size_t>& capital_scales) {
  const std::string language = PrimarySubtag(lang);
  const Patterns& p = PatternsFor(ParseLang(language));
  Speller& speller = SpellerFor(language);
  std::vector<Atom> atoms = AtomFinder(folded, p, speller, capital_scales).Find();
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
  MergeBounds(folded, p, &out);
  if (language == "es") JoinThousandsWord(folded, &out);
  return out;
}

std::vector<size_t> CapitalScales(const FoldedText& folded, std::string_view original) {
  auto digit = [&](size_t i) { return original[i] >= '0' && original[i] <= '9'; };
  auto letter = [&](size_t i) {
    const unsigned char c = static_cast<unsigned char>(original[i]);
    return std::isalnum(c) || c >= 0x80;
  };
  std::vector<size_t> out;
  for (size_t i = 1; i < original.size(); ++i) {
    if (original[i] != 'M' && original[i] != 'B') continue;
    if (!digit(i - 1) && !(original[i - 1] == ' ' && i >= 2 && digit(i - 2))) continue;
    // "10MW", "5Bn" are read as they fold; "1.200 M€" is millions of euros.
    const bool currency_after = original.substr(i + 1, 3) == "\xE2\x82\xAC" || original.substr(i + 1, 2) == "\xC2\xA3";
    if (i + 1 < original.size() && letter(i + 1) && !currency_after) continue;
    // Not a model's or a clause's name: "T-72B", "A400M", "section 4.2B".
    size_t b = i - 1;
    while (b > 0 && (digit(b - 1) || ((original[b - 1] == '.' || original[b - 1] == ',') && b >= 2 && digit(b - 2))))
      --b;
    if (b > 0 && (letter(b - 1) || original[b - 1] == '-')) continue;
    size_t w = b;
    while (w > 0 && original[w - 1] == ' ') --w;
    size_t v = w;
    while (v > 0 && letter(v - 1)) --v;
    static const Regex* const kReference = new Regex(
        R"((?i)section|article|clause|paragraph|rule|chapter|part|art|sec|secci\x{f3}n|seccion|art\x{ed}culo|articulo|apartado|p\x{e1}rrafo|parrafo|cap\x{ed}tulo|capitulo)");
    if (kReference->FullMatch(original.substr(v, w - v))) continue;
    out.push_back(folded.FromOriginal(i));
  }
  return out;
}

bool IsNumberWord(std::string_view word, std::string_view lang) {
  return SpellerFor(PrimarySubtag(lang)).Writes(word);
}

std::vector<NumberMention> ExtractVagueDurations(std::string_view folded, std::string_view lang) {
  const Patterns& p = PatternsFor(ParseLang(lang));
  std::vector<NumberMention> out;
  std::vector<Span> g;
  for (size_t pos = 0; pos <= folded.size() && p.vague.Find(folded, pos, &g);) {
    pos = g[0].end;
    const std::string_view form = folded.substr(g[1].begin, g[1].size());
    const UnitDef* u = p.Unit(form);
    // Plural units of time: "some weeks", not "some week" (a date) nor "unos kilos".
    if (!u || std::string_view(u->dimension) == "count" || std::string_view(u->dimension) == "ratio" ||
        (std::string_view(u->dimension) != "time" && std::string_view(u->dimension) != "calendar") ||
        form.back() != 's')
      continue;
    NumberMention m;
    m.span = g[0];
    m.value = m.high = 3;
    m.unit = u->id;
    m.qualifier = NumberQualifier::kApprox;
    m.form = "vague";
    out.push_back(std::move(m));
  }
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
