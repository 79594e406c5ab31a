// Month and weekday names of a language from ICU, and the tokens of reader patterns.
#include "dates/internal.h"

#include <unicode/dtfmtsym.h>
#include <unicode/locid.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <cctype>
#include <string>
#include <utility>
#include <vector>

#include "claimcheck/text.h"
#include "text/lang.h"

namespace claimcheck::dates_detail {

namespace {

std::string FoldName(const icu::UnicodeString& u) {
  std::string s;
  u.toUTF8String(s);
  s = Fold(s);
  while (!s.empty() && (s.back() == '.' || s.back() == ' ')) s.pop_back();
  return s;
}

std::string QuoteMeta(std::string_view s) {
  std::string out;
  for (char c : s) {
    unsigned char u = static_cast<unsigned char>(c);
    if (u < 0x80 && !std::isalnum(u)) out.push_back('\\');
    out.push_back(c);
  }
  return out;
}

std::string Alternation(std::vector<std::string> names) {
  // An alternation that can never match keeps the patterns valid should ICU
  // have no data for the locale.
  if (names.empty()) return R"((?:\b\B))";
  for (std::string& name : names) name = QuoteMeta(name);
  return LongestFirst(std::move(names));
}

// Standard locales whose names a language accepts. en_GB adds "Sept", the
// abbreviation most English newsrooms write.
std::vector<const char*> LocalesOf(Lang lang) {
  switch (lang) {
    case Lang::kEs:
      return {"es"};
    case Lang::kEn:
      return {"en", "en_GB"};
    case Lang::kAny:
      break;
  }
  return {"es", "en", "en_GB"};
}

}  // namespace

Names BuildNames(Lang lang) {
  Names n;
  std::vector<std::string> months, wide_months, weekdays, wide_weekdays;
  for (const char* id : LocalesOf(lang)) {
    UErrorCode status = U_ZERO_ERROR;
    icu::DateFormatSymbols symbols(icu::Locale(id), status);
    if (U_FAILURE(status)) continue;
    for (auto context : {icu::DateFormatSymbols::FORMAT, icu::DateFormatSymbols::STANDALONE}) {
      for (auto width : {icu::DateFormatSymbols::WIDE, icu::DateFormatSymbols::ABBREVIATED}) {
        const bool wide = width == icu::DateFormatSymbols::WIDE;
        int32_t count = 0;
        const icu::UnicodeString* m = symbols.getMonths(count, context, width);
        for (int32_t i = 0; i < count && i < 12; ++i) {
          std::string name = FoldName(m[i]);
          if (name.empty()) continue;
          n.month.emplace(name, i + 1);
          months.push_back(name);
          if (wide) wide_months.push_back(name), n.wide.insert(name);
        }
        // ICU indexes weekdays from 1 = Sunday; index 0 is empty.
        const icu::UnicodeString* w = symbols.getWeekdays(count, context, width);
        for (int32_t i = 1; i < count && i <= 7; ++i) {
          std::string name = FoldName(w[i]);
          if (name.empty()) continue;
          n.weekday.emplace(name, i == 1 ? 7 : i - 1);
          weekdays.push_back(name);
          if (wide) wide_weekdays.push_back(name), n.wide.insert(name);
        }
      }
    }
  }
  // Newsrooms cut every month to three letters ("sep", where Spanish ICU has
  // "sept."); such a cut is one more abbreviation.
  for (const std::string& name : wide_months) {
    std::string cut = name.substr(0, 3);
    if (name.size() > 3 && n.month.emplace(cut, n.month[name]).second) months.push_back(cut);
  }
  // So are weekdays cut to four or five letters, wire style ("Tues.", "Thurs.",
  // "miérc."): a prefix of ICU's full name.
  for (const std::string& name : wide_weekdays) {
    for (size_t len : {4u, 5u}) {
      if (name.size() <= len || (name[len - 1] & 0xC0) == 0x80) continue;
      const std::string cut = name.substr(0, len);
      if (n.weekday.emplace(cut, n.weekday[name]).second) weekdays.push_back(cut);
    }
  }
  for (const std::string& name : months) {
    if (std::find(wide_months.begin(), wide_months.end(), name) == wide_months.end()) {
      n.short_months.insert(name);
    }
  }
  if (lang != Lang::kAny) {
    UErrorCode status = U_ZERO_ERROR;
    icu::DateFormatSymbols symbols(icu::Locale(lang == Lang::kEs ? "en" : "es"), status);
    int32_t count = 0;
    const icu::UnicodeString* m =
        U_FAILURE(status) ? nullptr
                          : symbols.getMonths(count, icu::DateFormatSymbols::FORMAT, icu::DateFormatSymbols::WIDE);
    std::vector<std::string> other;
    for (int32_t i = 0; m && i < count && i < 12; ++i) {
      std::string name = FoldName(m[i]);
      if (!name.empty() && n.other_month.emplace(name, i + 1).second) other.push_back(name);
    }
    n.other_wide_months = Alternation(other);
  }
  n.months = Alternation(months);
  n.wide_months = Alternation(wide_months);
  n.weekdays = Alternation(weekdays);
  n.wide_weekdays = Alternation(wide_weekdays);
  return n;
}

std::string Expand(std::string p, const Names& n) {
  const std::pair<const char*, std::string> subs[] = {
      {"<D>", kDay},
      {"<Y>", kYear},
      {"<YT>", kYearTail},
      {"<MW>", "(" + n.wide_months + ")"},
      {"<MWO>", "(" + (n.other_wide_months.empty() ? std::string(R"(\b\B)") : n.other_wide_months) + ")"},
      {"<M>", "(" + n.months + ")"},
      {"<WW>", "(" + n.wide_weekdays + ")"},
      {"<WP>", "(?:(" + n.weekdays + R"()\.?,?\s+)?)"},
      {"<WP2>", "(" + n.weekdays + ")"},
  };
  for (const auto& [token, value] : subs) {
    for (size_t at = p.find(token); at != std::string::npos; at = p.find(token, at + value.size())) {
      p.replace(at, std::string_view(token).size(), value);
    }
  }
  return p;
}

}  // namespace claimcheck::dates_detail
