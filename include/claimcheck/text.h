// Text folding and segmentation.
//
// Matching happens on a *folded* copy of the text: NFKC, case folded, diacritics
// removed, dash variants as '-', curly apostrophes as '\'' and every kind of
// double quotation mark as '"'. FoldedText keeps, for every folded byte, the byte
// span of the original code point it came from, so a match on the folded text
// maps back to exact offsets in the original.
//
// Example:
//   FoldedText f = FoldedText::Fold("Vladímir Putin");
//   f.str();                 // "vladimir putin"
//   f.ToOriginal(0, 8);      // {0, 9}: "Vladímir" is 9 bytes in the original
//
// Sentences are found by ICU's sentence break iterator on the *original* text
// (capitals matter to it), with the locale's abbreviation suppressions, so
// "El Sr. Putin" and "EE.UU." do not end a sentence.
#ifndef CLAIMCHECK_TEXT_H_
#define CLAIMCHECK_TEXT_H_

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace claimcheck {

// A half-open byte span [begin, end).
struct Span {
  size_t begin = 0;
  size_t end = 0;
  size_t size() const { return end - begin; }
  bool empty() const { return end <= begin; }
  bool Contains(size_t pos) const { return pos >= begin && pos < end; }
  bool Overlaps(Span o) const { return begin < o.end && o.begin < end; }
  friend bool operator==(Span a, Span b) { return a.begin == b.begin && a.end == b.end; }
};

class FoldedText {
 public:
  FoldedText() = default;

  // Folds `text`. Bytes that are not valid UTF-8 fold to a space each, so a bad
  // byte never joins two words. Never fails.
  static FoldedText Fold(std::string_view text);

  const std::string& str() const { return folded_; }

  // Maps a span of str() to the span of the original text it came from.
  // REQUIRES: b <= e <= str().size().
  Span ToOriginal(size_t b, size_t e) const;
  Span ToOriginal(Span s) const { return ToOriginal(s.begin, s.end); }

  // The folded offset of the first folded byte whose source starts at or after
  // `orig` (str().size() when none).
  size_t FromOriginal(size_t orig) const;
  Span FromOriginal(Span s) const { return {FromOriginal(s.begin), FromOriginal(s.end)}; }

 private:
  std::string folded_;
  std::vector<uint32_t> src_begin_;  // per folded byte
  std::vector<uint32_t> src_end_;    // per folded byte
};

// Folds a short string (a name, a cue literal) the same way as FoldedText.
std::string Fold(std::string_view text);

// Folds only the non-ASCII characters of an RE2 pattern, so escapes such as \W
// keep their meaning while "reunión" becomes "reunion".
std::string FoldPattern(std::string_view pattern);

// Sentence spans (byte offsets into `text`), trimmed of surrounding white space;
// empty sentences are dropped. `lang` is a BCP 47 tag ("es", "en").
// REQUIRES: `text` is valid UTF-8.
std::vector<Span> SplitSentences(std::string_view text, std::string_view lang);

// Splits a folded sentence into clauses: at ; : ( ) [ ] and dashes, at quotation
// marks, and before relative and subordinating words ("que", "which", "where",
// "pero", "while" ...). Spans are relative to `folded_sentence`.
std::vector<Span> SplitClauses(std::string_view folded_sentence);

// Byte offset -> (line, column) for one text. Lines end at '\n' (a preceding
// '\r' is part of the line ending); columns are 1-based code points.
class LineIndex {
 public:
  LineIndex() = default;
  explicit LineIndex(std::string_view text);
  struct LineCol {
    int line = 0;
    int column = 0;
  };
  // REQUIRES: offset <= text size.
  LineCol At(size_t offset) const;
  // Byte span of 1-based `line`, without its line ending.
  Span Line(int line) const;
  int line_count() const { return static_cast<int>(starts_.size()); }

 private:
  std::string_view text_;
  std::vector<size_t> starts_;
};

}  // namespace claimcheck

#endif  // CLAIMCHECK_TEXT_H_
