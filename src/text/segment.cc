#include <unicode/brkiter.h>
#include <unicode/locid.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <cctype>
#include <map>
#include <memory>

#include "claimcheck/dates.h"
#include "claimcheck/text.h"
#include "text/regex.h"

namespace claimcheck {
namespace {

bool IsSpaceByte(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; }

// Trims ASCII white space and NBSP-like characters are left to the caller.
Span Trim(std::string_view text, Span s) {
  while (s.begin < s.end && IsSpaceByte(text[s.begin])) ++s.begin;
  while (s.end > s.begin && IsSpaceByte(text[s.end - 1])) --s.end;
  return s;
}

// "at 3 p.m. Wednesday", "10 a.m. EDT", "a las 3 p.m. Miércoles": AP style
// puts the day or the zone after the time, so a break after "a.m." or "p.m."
// before a weekday, a month or a zone's capitals ends no sentence.
bool TimeRunsOn(std::string_view text, size_t before, size_t after, const std::string& lang) {
  static const Regex kClock("[0-9]\\s*[ap]\\.\\s?m\\.\\s*$");
  static const Regex kNext("^([A-Za-z\\x{00C0}-\\x{024F}]+)");
  static const Regex kZone("^(?:[A-Z]{2,4}T|UTC|GMT)\\b", Regex::kCaseSensitive);
  const std::string_view head = text.substr(before, after - before);
  const size_t from = head.size() > 16 ? head.size() - 16 : 0;
  if (!kClock.Find(head.substr(from), 0)) return false;
  const std::string_view rest = text.substr(after);
  if (kZone.MatchAt(rest, 0)) return true;
  std::vector<Span> g;
  if (!kNext.MatchAt(rest, 0, &g)) return false;
  return IsFullDayOrMonthName(rest.substr(g[1].begin, g[1].size()), lang);
}

// "President V. V. Putin", "S. V. Lavrov", "Vladimir V. Putin": Kremlin, TASS
// and KCNA copy writes initials, and ICU breaks after each. A single capital
// and its full stop, after a space or another initial, and a capital after
// them, is an initial.
bool AfterInitial(std::string_view text, size_t before, size_t after) {
  static const Regex kInitial("(?:^|[\\s.])[A-Z]\\.\\s*$", Regex::kCaseSensitive);
  static const Regex kNext("^[A-Z\\x{00C0}-\\x{00DE}]", Regex::kCaseSensitive);
  const std::string_view head = text.substr(before, after - before);
  const size_t from = head.size() > 8 ? head.size() - 8 : 0;
  return kInitial.Find(head.substr(from), 0) && kNext.MatchAt(text.substr(after), 0);
}

}  // namespace

std::vector<Span> SplitSentences(std::string_view text, std::string_view lang) {
  std::vector<Span> out;
  if (text.empty()) return out;
  // UTF-16 copy plus a map from UTF-16 index to UTF-8 byte offset.
  icu::UnicodeString u;
  std::vector<size_t> byte_at;  // size u.length()+1
  byte_at.reserve(text.size() + 1);
  const uint8_t* s = reinterpret_cast<const uint8_t*>(text.data());
  int32_t length = static_cast<int32_t>(text.size());
  for (int32_t i = 0; i < length;) {
    int32_t start = i;
    UChar32 c;
    U8_NEXT(s, i, length, c);
    if (c < 0) c = 0xFFFD;
    u.append(c);
    byte_at.push_back(static_cast<size_t>(start));
    if (U16_LENGTH(c) == 2) byte_at.push_back(static_cast<size_t>(start));
  }
  byte_at.push_back(text.size());

  // Creating a breaker with abbreviation suppressions rebuilds ICU's abbreviation
  // list (most of a call's time); keep one per language and thread, and clone it.
  thread_local std::map<std::string, std::unique_ptr<icu::BreakIterator>> prototypes;
  std::string locale_id(lang.empty() ? "en" : std::string(lang));
  auto proto = prototypes.find(locale_id);
  if (proto == prototypes.end()) {
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::BreakIterator> made(icu::BreakIterator::createSentenceInstance(
        icu::Locale((locale_id + "@ss=standard").c_str()), status));
    if (U_FAILURE(status)) made.reset();
    proto = prototypes.emplace(locale_id, std::move(made)).first;
  }
  std::unique_ptr<icu::BreakIterator> it(proto->second ? proto->second->clone() : nullptr);
  if (!it) {
    Span whole = Trim(text, {0, text.size()});
    if (!whole.empty()) out.push_back(whole);
    return out;
  }
  it->setText(u);
  // ICU keeps "cosmodrome. - Sputnik, 20.06.2024" together (a dash is not a
  // capital); in captions and credit lines a full stop followed by a spaced dash
  // ends the sentence.
  static const Regex kStopDash("[.!?]\\s+[-\u2013\u2014]\\s");
  auto emit = [&](Span sp) {
    size_t from = sp.begin;
    std::vector<Span> g;
    while (from < sp.end && kStopDash.Find(text.substr(0, sp.end), from, &g)) {
      Span piece = Trim(text, {from, g[0].begin + 1});
      if (!piece.empty()) out.push_back(piece);
      from = g[0].begin + 1;
    }
    Span rest = Trim(text, {from, sp.end});
    if (!rest.empty()) out.push_back(rest);
  };
  int32_t prev = it->first();
  for (int32_t next = it->next(); next != icu::BreakIterator::DONE; next = it->next()) {
    const size_t at = byte_at[next];
    if (at < text.size() && TimeRunsOn(text, byte_at[prev], at, locale_id)) continue;
    if (at < text.size() && AfterInitial(text, byte_at[prev], at)) continue;
    // "20.VI.2024": ICU breaks after a digit's full stop before a capital; with
    // no space after it, the stop is inside a date or a number.
    if (at >= 2 && at < text.size() && text[at - 1] == '.' && std::isdigit(static_cast<unsigned char>(text[at - 2])) &&
        std::isalnum(static_cast<unsigned char>(text[at])))
      continue;
    emit({byte_at[prev], byte_at[next]});
    prev = next;
  }
  return out;
}

std::vector<Span> SplitClauses(std::string_view folded) {
  // Boundary words start a new clause; they belong to the clause they open.
  static const Regex kBoundaryWord(
      "\\b(?:que|quien|quienes|cuyo|cuya|cuyos|cuyas|donde|cuando|mientras|pero|aunque|"
      "sino|porque|which|who|whom|whose|that|where|when|while|whereas|but|although|though|"
      "because)\\b");
  std::vector<size_t> cuts;
  for (size_t i = 0; i < folded.size(); ++i) {
    char c = folded[i];
    if (c == ';' || c == ':' || c == '(' || c == ')' || c == '[' || c == ']' || c == '"') {
      cuts.push_back(i);
      cuts.push_back(i + 1);
    } else if (c == '-' && i > 0 && i + 1 < folded.size() && folded[i - 1] == ' ' &&
               folded[i + 1] == ' ') {
      cuts.push_back(i);
      cuts.push_back(i + 1);
    }
  }
  for (Span m : kBoundaryWord.FindAll(folded)) cuts.push_back(m.begin);
  cuts.push_back(0);
  cuts.push_back(folded.size());
  std::sort(cuts.begin(), cuts.end());
  cuts.erase(std::unique(cuts.begin(), cuts.end()), cuts.end());
  std::vector<Span> out;
  for (size_t k = 0; k + 1 < cuts.size(); ++k) {
    Span sp = Trim(folded, {cuts[k], cuts[k + 1]});
    // Keep punctuation-only pieces out.
    bool has_word = false;
    for (size_t i = sp.begin; i < sp.end; ++i) {
      unsigned char ch = static_cast<unsigned char>(folded[i]);
      if (std::isalnum(ch) || ch >= 0x80) { has_word = true; break; }
    }
    if (has_word) out.push_back(sp);
  }
  return out;
}

LineIndex::LineIndex(std::string_view text) : text_(text) {
  starts_.push_back(0);
  for (size_t i = 0; i < text.size(); ++i)
    if (text[i] == '\n') starts_.push_back(i + 1);
}

LineIndex::LineCol LineIndex::At(size_t offset) const {
  if (starts_.empty()) return {1, 1};
  auto it = std::upper_bound(starts_.begin(), starts_.end(), offset);
  size_t line = static_cast<size_t>(it - starts_.begin());  // 1-based
  size_t start = starts_[line - 1];
  // A BOM is no character of the text.
  if (start == 0 && text_.substr(0, 3) == "\xEF\xBB\xBF" && offset >= 3) start = 3;
  // One column per code point; an invalid byte sequence counts as one per step,
  // as the decoder reads it.
  const uint8_t* s = reinterpret_cast<const uint8_t*>(text_.data());
  int32_t end = static_cast<int32_t>(std::min(offset, text_.size()));
  int column = 1;
  for (int32_t i = static_cast<int32_t>(start); i < end;) {
    UChar32 c;
    U8_NEXT(s, i, end, c);
    (void)c;
    ++column;
  }
  return {static_cast<int>(line), column};
}

Span LineIndex::Line(int line) const {
  if (line < 1 || line > line_count()) return {text_.size(), text_.size()};
  size_t b = starts_[line - 1];
  size_t e = line < line_count() ? starts_[line] - 1 : text_.size();
  if (e > b && text_[e - 1] == '\r') --e;
  return {b, e};
}

}  // namespace claimcheck
