// Quotations: finding them, the verbs that introduce them, and comparing two
// renderings of the same quotation (the "quote" fact kind and quote drift).
//
// FINDING QUOTATIONS
//
// FindQuotations() works on the ORIGINAL UTF-8 text, because folding maps every
// double mark to '"' and loses which mark opened and which closed. It pairs
//
//   « »   » «   “ ”   „ “   „ ”   ” ”   ‹ ›   ‘ ’   ‚ ‘   「 」   『 』
//   " "   (straight double quotes toggle: the next one closes, unless it clearly
//          opens a nested quotation — white space before it, a word after it)
//   '' '' (AP's doubled apostrophes, toggling like "; "world''s" is an apostrophe)
//   ' '   (a straight apostrophe only where it clearly opens — after a space, the
//          start or an opening bracket, before a letter — and a matching closing
//          ' follows in the same paragraph, before a space, punctuation or the end)
//
// A ’ or ' between two letters is an apostrophe, never a mark: "Korea’s",
// "won’t", "Kim’s" open and close nothing. Marks nest («…“…”…» is two
// quotations, depth 0 and 1). A quotation never crosses a paragraph break: every
// newline ends a paragraph, and a mark still open there closes at the end of the
// paragraph's text (Quotation::closed == false). A closing mark whose opener is
// further down the stack also closes the quotations opened after it. Closing marks
// with no opener are ignored (» and ” open a quotation only when they stand
// before a word, after a space), and so are quotations with nothing but white
// space inside. A ‘ before a digit ("the ‘90s") opens nothing.
//
// Example:
//   std::string text = "Putin dijo: «Es un tratado “histórico”».";
//   std::vector<Quotation> q = FindQuotations(text);
//   // q[0]: outer "«Es un tratado “histórico”»", inner "Es un tratado “histórico”",
//   //       depth 0, parent -1
//   // q[1]: outer "“histórico”", inner "histórico", depth 1, parent 0
//
// SPEECH VERBS
//
// FindSpeechVerbs() finds, on FOLDED text, the verbs and phrases that introduce or
// follow a quotation ("dijo", "ha asegurado", "según", "said", "according to",
// "was quoted as saying" …), so a caller can attribute a quotation to the speaker
// named next to the verb.
//
// Example:
//   FoldedText f = FoldedText::Fold("«Esto está pasando», ha aseverado Putin.");
//   FindSpeechVerbs(f.str(), "es");   // one span: "ha aseverado"
//
// COMPARING QUOTATIONS
//
// QuoteWords() turns a quotation's text into the words compared: folded (lower
// case, no accents), punctuation dropped, and every elision — "...", "…", "[…]",
// "[...]", "(...)", "(…)" — turned into one gap word kGapWord ("…").
// QuoteSimilarity() scores two such word lists in [0, 1]; WordDiff() and
// FormatDiff() show how they differ.
//
// Thresholds (see QuoteSimilarity for the formula and measured values):
//   == 1.0          identical wording (an elided quotation matching its full form
//                   counts as identical: the elision is the quoting outlet's right)
//   >= kSameQuotationThreshold (0.35)
//                   the same quotation, reworded: report a disagreement with both
//                   wordings (and WordDiff between them). The two seed articles'
//                   renderings of Putin's sentence on mutual assistance score 0.387.
//   below it        different quotations: do not compare them
//
// Example:
//   std::vector<std::string> a = QuoteWords("asistencia mutua en caso de agresión");
//   std::vector<std::string> b = QuoteWords("asistencia mutua ante posibles agresiones");
//   double s = QuoteSimilarity(a, b);                 // 0.364: 2*2 / (6 + 5)
//   FormatDiff(WordDiff(a, b));
//   // "asistencia mutua [-en caso de agresion-] {+ante posibles agresiones+}"
//
// All functions are pure and safe to call from several threads at once.
#ifndef CLAIMCHECK_QUOTES_H_
#define CLAIMCHECK_QUOTES_H_

#include <string>
#include <string_view>
#include <vector>

#include "claimcheck/text.h"

namespace claimcheck {

// One quotation, as byte spans into the text given to FindQuotations.
struct Quotation {
  Span outer;           // from the opening mark to the end of the closing mark
                        // (to the end of the paragraph's text when unclosed)
  Span inner;           // the content between the marks, trimmed of white space;
                        // never empty
  int depth = 0;        // 0 for an outermost quotation, 1 inside one, …
  int parent = -1;      // index (in the returned vector) of the enclosing
                        // quotation, or -1 when depth == 0
  bool closed = true;   // false: no closing mark before the paragraph ended
};

// Returns the quotations of `text` (original UTF-8, not folded), sorted by
// outer.begin (an enclosing quotation comes before the ones inside it). Invalid
// UTF-8 bytes are treated as ordinary non-letter characters. Never fails.
std::vector<Quotation> FindQuotations(std::string_view text);

// Returns the spans (byte offsets into `folded`) of the speech verbs and phrases
// of `lang` in `folded` (text folded by FoldedText::Fold), sorted by begin and
// non-overlapping; the longest phrase wins ("ha dicho" over "dicho", "was quoted
// as saying" over "saying"). Matches are word-bounded; words of a phrase may be
// separated by any white space. `lang` is a BCP 47 tag whose primary subtag picks
// the list ("es-MX" reads as Spanish); any language other than es and en uses
// both lists.
std::vector<Span> FindSpeechVerbs(std::string_view folded, std::string_view lang);

// The word QuoteWords() puts where a quotation elides text: "…" (U+2026).
inline constexpr std::string_view kGapWord = "\xE2\x80\xA6";

// Returns the words of a quotation's text for comparison: the text is folded with
// claimcheck::Fold, split at white space and punctuation (an apostrophe between
// two letters joins them: "won't" -> "wont"; a '.' or ',' between two digits is
// kept: "1.5"), and each elision ("...", "…", "[…]", "[...]", "(...)", "(…)")
// becomes one kGapWord; consecutive elisions give one. Returns an empty vector for
// text without words or elisions.
std::vector<std::string> QuoteWords(std::string_view text);

// The similarity at or above which two quotations of the same speaker are the
// same quotation, reworded (below it they are different quotations).
inline constexpr double kSameQuotationThreshold = 0.35;

// Returns the word-level similarity of two QuoteWords() lists, in [0, 1],
// symmetric in a and b:
//
//     (2 * LCS + absorbed) / (|a| + |b|)
//
// where |a|, |b| count the words that are not kGapWord, LCS is the number of
// pairs of equal words of an in-order alignment, and `absorbed` counts the
// unaligned words that an elision stands for: between two consecutive aligned
// pairs (or before the first, or after the last), the unaligned words of one side
// are absorbed when the other side has a gap there and no unaligned word of its
// own. So "a … d" absorbs "b c" of "a b c d", but "a … x d" absorbs nothing (x
// is a word the full form lacks), and a gap far from any shared word is no
// wildcard. The alignment with the highest score is taken. Gaps themselves count
// on neither side.
//
// Returns 1.0 for identical lists (two empty lists included) and for an elided
// quotation against its full form; 0.0 when the two share no word, or when either
// has no word. Measured values (tests/quotes_test.cc):
//   "Esto no es solo una declaración ... está pasando" vs
//   "Esto no es solo una declaración, esto está pasando"                 1.0
//   Putin on mutual assistance, seed A ("Este tratado prevé, entre otras cosas,
//   la asistencia mutua en caso de agresión contra una de las partes del
//   acuerdo", 20 words) vs seed B ("asistencia mutua ante posibles agresiones
//   contra cualquiera de las partes firmantes", 11 words): LCS 6
//   (asistencia mutua contra de las partes)                  12/31 = 0.387
//   Kim on Putin, "querido amigo del pueblo coreano" vs "mejor amigo" 2/7 = 0.286
//   different quotations of the seed articles        at most 4/19 = 0.21
// A partial quotation without an ellipsis is scored against the whole of the
// longer one, so it stays below 1.0 (B above is one). Short quotations sharing
// one function word score high ("full support" vs "full and unconditional
// support" 0.67, "consistent and unwavering" vs "peaceful and defensive" 0.33):
// compare only quotations already attributed to the same speaker.
//
// Cost: O(|a| * |b|) time, O(|b|) memory.
double QuoteSimilarity(const std::vector<std::string>& a, const std::vector<std::string>& b);

// One step of a word diff.
struct DiffOp {
  enum Kind { kSame, kDeleted, kInserted };
  Kind kind = kSame;
  std::string words;  // one or more words joined by single spaces
  friend bool operator==(const DiffOp& x, const DiffOp& y) {
    return x.kind == y.kind && x.words == y.words;
  }
};

// Returns the word diff turning `a` into `b`, from a longest common subsequence of
// equal words (kGapWord is an ordinary word here). Consecutive words of the same
// kind are merged into one op; between two kSame ops, the deleted words come
// first, then the inserted ones. Concatenating the kSame and kDeleted words gives
// a; kSame and kInserted give b. Returns an empty vector when both are empty.
// Cost: O(|a| * |b|) time and memory.
std::vector<DiffOp> WordDiff(const std::vector<std::string>& a, const std::vector<std::string>& b);

// Returns `ops` rendered as one line: kSame words as they are, kDeleted as
// "[-words-]", kInserted as "{+words+}", ops separated by single spaces:
// "asistencia mutua [-en caso de-] {+ante+} agresion".
std::string FormatDiff(const std::vector<DiffOp>& ops);

}  // namespace claimcheck

#endif  // CLAIMCHECK_QUOTES_H_
