// Folding with an offset map. A code-point loop over ICU's Normalizer2 (NFD to
// drop marks, then NFKC_Casefold): a Transliterator would be ~30x slower.
#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <unordered_map>

#include "claimcheck/text.h"

namespace claimcheck {
namespace {

// Characters folded to one ASCII stand-in so patterns need not list variants.
int AsciiStandIn(UChar32 c) {
  switch (c) {
    case 0x2010: case 0x2011: case 0x2012: case 0x2013: case 0x2014: case 0x2015:
    case 0x2212: case 0xFE58: case 0xFE63: case 0xFF0D:
      return '-';
    case 0x2018: case 0x2019: case 0x201A: case 0x201B: case 0x2032: case 0x00B4:
      return '\'';
    case 0x00AB: case 0x00BB: case 0x201C: case 0x201D: case 0x201E: case 0x201F:
    case 0x2033: case 0x301D: case 0x301E:
      return '"';
    case 0x2039: case 0x203A:
      return '\'';
    case 0xFEFF:  // BOM / zero-width no-break space
    case 0x200B: case 0x200C: case 0x200D: case 0x2060:
      return 0;   // dropped
    default:
      return -1;
  }
}

// The folded UTF-8 of one non-ASCII code point (possibly empty).
const std::string& FoldCodePoint(UChar32 c) {
  thread_local std::unordered_map<UChar32, std::string> cache;
  auto it = cache.find(c);
  if (it != cache.end()) return it->second;

  std::string out;
  int stand_in = AsciiStandIn(c);
  if (stand_in > 0) {
    out.push_back(static_cast<char>(stand_in));
  } else if (stand_in < 0 && u_charType(c) != U_NON_SPACING_MARK) {
    UErrorCode status = U_ZERO_ERROR;
    const icu::Normalizer2* nfd = icu::Normalizer2::getNFDInstance(status);
    const icu::Normalizer2* nfkc_cf = icu::Normalizer2::getNFKCCasefoldInstance(status);
    if (U_SUCCESS(status)) {
      icu::UnicodeString decomposed;
      if (!nfd->getDecomposition(c, decomposed)) decomposed = icu::UnicodeString(c);
      icu::UnicodeString base;
      for (int32_t i = 0; i < decomposed.length();) {
        UChar32 d = decomposed.char32At(i);
        if (u_charType(d) != U_NON_SPACING_MARK) base.append(d);
        i += U16_LENGTH(d);
      }
      icu::UnicodeString folded = nfkc_cf->normalize(base, status);
      if (U_SUCCESS(status)) {
        // NFKC may reintroduce marks (e.g. from compatibility forms): drop them.
        icu::UnicodeString clean;
        for (int32_t i = 0; i < folded.length();) {
          UChar32 d = folded.char32At(i);
          int s = AsciiStandIn(d);
          if (s > 0) clean.append(static_cast<UChar32>(s));
          else if (s < 0 && u_charType(d) != U_NON_SPACING_MARK) clean.append(d);
          i += U16_LENGTH(d);
        }
        clean.toUTF8String(out);
      }
    }
  }
  return cache.emplace(c, std::move(out)).first->second;
}

}  // namespace

FoldedText FoldedText::Fold(std::string_view text) {
  FoldedText f;
  f.folded_.reserve(text.size());
  f.src_begin_.reserve(text.size());
  f.src_end_.reserve(text.size());
  const uint8_t* s = reinterpret_cast<const uint8_t*>(text.data());
  int32_t length = static_cast<int32_t>(text.size());
  int32_t i = 0;
  while (i < length) {
    int32_t start = i;
    UChar32 c;
    U8_NEXT(s, i, length, c);
    auto emit = [&](std::string_view bytes) {
      for (char b : bytes) {
        f.folded_.push_back(b);
        f.src_begin_.push_back(static_cast<uint32_t>(start));
        f.src_end_.push_back(static_cast<uint32_t>(i));
      }
    };
    if (c < 0) {
      emit(" ");
    } else if (c < 0x80) {
      char ch = static_cast<char>(c);
      if (ch >= 'A' && ch <= 'Z') ch = static_cast<char>(ch - 'A' + 'a');
      emit(std::string_view(&ch, 1));
    } else {
      const std::string& folded = FoldCodePoint(c);
      if (folded.empty() && !f.folded_.empty() && u_charType(c) == U_NON_SPACING_MARK) {
        // A decomposed accent ("e" + U+0301) belongs to its letter: a match that
        // ends on the letter ends after the accent in the original.
        uint32_t letter = f.src_begin_.back();
        for (size_t k = f.folded_.size(); k > 0 && f.src_begin_[k - 1] == letter; --k)
          f.src_end_[k - 1] = static_cast<uint32_t>(i);
      } else {
        // "2½" folds to "21⁄2": a vulgar fraction after a digit is a mixed
        // number's part, set apart as "2 1⁄2" reads.
        if (!folded.empty() && folded.front() >= '0' && folded.front() <= '9' && !f.folded_.empty() &&
            f.folded_.back() >= '0' && f.folded_.back() <= '9' && folded.find("\u2044") != std::string::npos)
          emit(" ");
        emit(folded);
      }
    }
  }
  return f;
}

Span FoldedText::ToOriginal(size_t b, size_t e) const {
  if (folded_.empty()) return {0, 0};
  if (b >= folded_.size()) {
    size_t end = src_end_.back();
    return {end, end};
  }
  if (e <= b) return {src_begin_[b], src_begin_[b]};
  return {src_begin_[b], src_end_[e - 1]};
}

size_t FoldedText::FromOriginal(size_t orig) const {
  // src_begin_ is non-decreasing: binary search.
  auto it = std::lower_bound(src_begin_.begin(), src_begin_.end(), static_cast<uint32_t>(orig));
  return static_cast<size_t>(it - src_begin_.begin());
}

std::string Fold(std::string_view text) { return FoldedText::Fold(text).str(); }

std::string FoldPattern(std::string_view pattern) {
  std::string out;
  const uint8_t* s = reinterpret_cast<const uint8_t*>(pattern.data());
  int32_t length = static_cast<int32_t>(pattern.size());
  int32_t i = 0;
  while (i < length) {
    int32_t start = i;
    UChar32 c;
    U8_NEXT(s, i, length, c);
    if (c >= 0x80) out += FoldCodePoint(c);
    else out.append(pattern.substr(start, i - start));
  }
  return out;
}

}  // namespace claimcheck
