// Quotations: a mark-pairing scanner on the original text (code points through
// ICU's U8_NEXT), a speech-verb table compiled into one Regex per language, and a
// word-level alignment for comparing two renderings of a quotation.
#include "claimcheck/quotes.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <array>
#include <cstdint>
#include <string>
#include <vector>

#include "text/lang.h"
#include "text/regex.h"

namespace claimcheck {
namespace {

// ---------------------------------------------------------------------------
// FindQuotations

// What opened a quotation; decides which marks close it.
enum class Opener {
  kGuillemet,          // « … »
  kReversedGuillemet,  // » … «   (German, Danish)
  kSingleGuillemet,    // ‹ … ›
  kCurlyDouble,        // “ … ”
  kLowDouble,          // „ … “  or  „ … ”
  kRightDouble,        // ” … ”   (Swedish, Finnish)
  kCurlySingle,        // ‘ … ’
  kLowSingle,          // ‚ … ‘  or  ‚ … ’
  kCornerBracket,      // 「 … 」
  kWhiteCornerBracket, // 『 … 』
  kStraightDouble,     // " … "
  kDoubledApostrophe,  // '' … ''
  kStraightSingle,     // ' … '
};

struct OpenMark {
  Opener kind;
  size_t result;         // index into the scanner's results
  size_t content_begin;  // first byte after the opening mark
};

constexpr UChar32 kNone = -2;  // no code point: start or end of the paragraph

bool IsParagraphBreak(UChar32 c) { return c == '\n' || c == 0x2028 || c == 0x2029; }
bool IsSpace(UChar32 c) { return c >= 0 && u_isUWhiteSpace(c); }
bool IsAlnum(UChar32 c) { return c >= 0 && u_isalnum(c); }
bool IsAlpha(UChar32 c) { return c >= 0 && u_isalpha(c); }
bool IsPunct(UChar32 c) { return c >= 0 && u_ispunct(c); }

// True for what may stand right before an opening mark: nothing, white space,
// an opening bracket or quotation mark, a dash.
bool AllowsOpening(UChar32 prev) {
  if (prev == kNone || IsSpace(prev)) return true;
  if (prev < 0) return false;
  switch (u_charType(prev)) {
    case U_START_PUNCTUATION:
    case U_INITIAL_PUNCTUATION:
    case U_DASH_PUNCTUATION:
      return true;
    default:
      return prev == '"' || prev == '\'';
  }
}

// True for what may stand right after a closing mark.
bool AllowsClosing(UChar32 next) { return next == kNone || IsSpace(next) || IsPunct(next); }

class QuoteScanner {
 public:
  explicit QuoteScanner(std::string_view text)
      : s_(reinterpret_cast<const uint8_t*>(text.data())),
        length_(static_cast<int32_t>(text.size())) {}

  std::vector<Quotation> Run() {
    int32_t i = 0;
    while (i < length_) {
      int32_t start = i;
      UChar32 c;
      U8_NEXT(s_, i, length_, c);
      if (IsParagraphBreak(c)) {
        EndParagraph();
        prev_ = kNone;
        continue;
      }
      int32_t end = i;
      if (c == '\'' && i < length_ && s_[i] == '\'') {
        ++end;  // AP's doubled apostrophe is one mark
        UChar32 next = PeekAt(end);
        if (!(IsAlnum(prev_) && IsAlnum(next)))  // "world''s" escapes an apostrophe
          Mark(Opener::kDoubledApostrophe, static_cast<size_t>(start), static_cast<size_t>(end),
               next);
        i = end;
      } else {
        OnCodePoint(c, static_cast<size_t>(start), static_cast<size_t>(end));
      }
      if (!IsSpace(c)) text_end_ = static_cast<size_t>(i);
      prev_ = c;
    }
    EndParagraph();
    return Finish();
  }

 private:
  // The code point starting at byte `pos`, or kNone at a paragraph break or the end.
  UChar32 PeekAt(int32_t pos) const {
    if (pos >= length_) return kNone;
    UChar32 c;
    U8_NEXT(s_, pos, length_, c);
    return IsParagraphBreak(c) ? kNone : c;
  }

  void OnCodePoint(UChar32 c, size_t b, size_t e) {
    UChar32 next = PeekAt(static_cast<int32_t>(e));
    switch (c) {
      case 0x00AB:  // «
        if (!CloseInnermost({Opener::kReversedGuillemet}, b, e)) Open(Opener::kGuillemet, b, e);
        break;
      case 0x00BB:  // »
        if (!CloseInnermost({Opener::kGuillemet}, b, e) && AllowsOpening(prev_) &&
            next != kNone && !IsSpace(next))
          Open(Opener::kReversedGuillemet, b, e);
        break;
      case 0x2039:  // ‹
        Open(Opener::kSingleGuillemet, b, e);
        break;
      case 0x203A:  // ›
        CloseInnermost({Opener::kSingleGuillemet}, b, e);
        break;
      case 0x300C:  // 「
        Open(Opener::kCornerBracket, b, e);
        break;
      case 0x300D:  // 」
        CloseInnermost({Opener::kCornerBracket}, b, e);
        break;
      case 0x300E:  // 『
        Open(Opener::kWhiteCornerBracket, b, e);
        break;
      case 0x300F:  // 』
        CloseInnermost({Opener::kWhiteCornerBracket}, b, e);
        break;
      case 0x201E:  // „
        Open(Opener::kLowDouble, b, e);
        break;
      case 0x201A:  // ‚
        Open(Opener::kLowSingle, b, e);
        break;
      case 0x201C: {  // “ opens, or closes „ (German), or closes a “ when misused
        bool can_close = prev_ != kNone && !IsSpace(prev_);
        if (can_close && CloseInnermost({Opener::kLowDouble}, b, e)) break;
        if (can_close && AllowsClosing(next) && CloseInnermost({Opener::kCurlyDouble}, b, e))
          break;
        if (next != kNone && !IsSpace(next)) Open(Opener::kCurlyDouble, b, e);
        break;
      }
      case 0x201D:  // ” closes “ or „, or opens a Swedish ” … ”
        if (CloseInnermost({Opener::kCurlyDouble, Opener::kLowDouble, Opener::kRightDouble}, b, e))
          break;
        if (AllowsOpening(prev_) && next != kNone && !IsSpace(next))
          Open(Opener::kRightDouble, b, e);
        break;
      case 0x2018: {  // ‘ opens, or closes ‚
        if (IsAlnum(prev_) && IsAlnum(next)) break;  // a misused apostrophe
        bool can_close = prev_ != kNone && !IsSpace(prev_);
        if (can_close && CloseInnermost({Opener::kLowSingle}, b, e)) break;
        if (next != kNone && !IsSpace(next) && !(next >= 0 && u_isdigit(next)))
          Open(Opener::kCurlySingle, b, e);  // not "the ‘90s"
        break;
      }
      case 0x2019:  // ’ closes ‘ or ‚; between letters it is an apostrophe
        if (IsAlnum(prev_) && IsAlnum(next)) break;
        CloseInnermost({Opener::kCurlySingle, Opener::kLowSingle}, b, e);
        break;
      case '"':
        Mark(Opener::kStraightDouble, b, e, next);
        break;
      case '\'':
        StraightSingle(b, e, next);
        break;
      default:
        break;
    }
  }

  // A toggling mark (" or ''): closes the innermost open one of its kind, unless
  // it clearly opens a nested one (white space before, a word after); otherwise
  // opens when a word follows.
  void Mark(Opener kind, size_t b, size_t e, UChar32 next) {
    bool can_open = next != kNone && !IsSpace(next);
    bool clearly_opens = can_open && AllowsOpening(prev_) && !IsPunct(next);
    if (!clearly_opens && CloseInnermost({kind}, b, e)) return;
    if (can_open) Open(kind, b, e);
  }

  // A straight ' is a mark only where it clearly is one (see quotes.h).
  void StraightSingle(size_t b, size_t e, UChar32 next) {
    if (IsAlnum(prev_) && IsAlnum(next)) return;  // "don't"
    if (prev_ != kNone && !IsSpace(prev_) && AllowsClosing(next) &&
        CloseInnermost({Opener::kStraightSingle}, b, e))
      return;
    if (AllowsOpening(prev_) && IsAlpha(next) && HasClosingSingle(static_cast<int32_t>(e)))
      Open(Opener::kStraightSingle, b, e);
  }

  // True when a straight ' that could close a quotation follows `pos` in the
  // same paragraph.
  bool HasClosingSingle(int32_t pos) const {
    UChar32 prev = kNone;
    while (pos < length_) {
      UChar32 c;
      U8_NEXT(s_, pos, length_, c);
      if (IsParagraphBreak(c)) return false;
      if (c == '\'') {
        if (pos < length_ && s_[pos] == '\'') {  // a doubled apostrophe: not ours
          ++pos;
          prev = c;
          continue;
        }
        UChar32 next = PeekAt(pos);
        if (prev != kNone && !IsSpace(prev) && !(IsAlnum(prev) && IsAlnum(next)) &&
            AllowsClosing(next))
          return true;
      }
      prev = c;
    }
    return false;
  }

  void Open(Opener kind, size_t b, size_t e) {
    Quotation q;
    q.outer = {b, b};
    q.depth = static_cast<int>(stack_.size());
    q.parent = stack_.empty() ? -1 : static_cast<int>(stack_.back().result);
    results_.push_back(q);
    stack_.push_back({kind, results_.size() - 1, e});
  }

  // Closes the innermost open quotation whose opener is one of `kinds` with the
  // mark at [b, e), first closing (unclosed) every quotation opened inside it.
  // Returns false, changing nothing, when none is open.
  bool CloseInnermost(std::initializer_list<Opener> kinds, size_t b, size_t e) {
    for (size_t k = stack_.size(); k-- > 0;) {
      if (std::find(kinds.begin(), kinds.end(), stack_[k].kind) == kinds.end()) continue;
      while (stack_.size() > k + 1) {
        Close(stack_.back(), b, b, /*closed=*/false);
        stack_.pop_back();
      }
      Close(stack_.back(), b, e, /*closed=*/true);
      stack_.pop_back();
      return true;
    }
    return false;
  }

  // Ends quotation `m` with its content ending at `content_end` and its outer
  // span at `outer_end`.
  void Close(const OpenMark& m, size_t content_end, size_t outer_end, bool closed) {
    Quotation& q = results_[m.result];
    q.outer.end = std::max(outer_end, m.content_begin);
    q.inner = Trim(m.content_begin, std::max(content_end, m.content_begin));
    q.closed = closed;
  }

  // Closes every open quotation at the end of the paragraph's text.
  void EndParagraph() {
    while (!stack_.empty()) {
      Close(stack_.back(), text_end_, text_end_, /*closed=*/false);
      stack_.pop_back();
    }
  }

  Span Trim(size_t b, size_t e) const {
    int32_t begin = static_cast<int32_t>(b);
    int32_t end = static_cast<int32_t>(e);
    while (begin < end) {
      int32_t next = begin;
      UChar32 c;
      U8_NEXT(s_, next, end, c);
      // A character reference's padding (a soft hyphen, a zero-width space:
      // "&laquo;" decoded in place) is no word of the quotation.
      if (!IsSpace(c) && c != 0xAD && c != 0x200B) break;
      begin = next;
    }
    while (end > begin) {
      int32_t prev = end;
      UChar32 c;
      U8_PREV(s_, begin, prev, c);
      if (!IsSpace(c) && c != 0xAD && c != 0x200B) break;
      end = prev;
    }
    return {static_cast<size_t>(begin), static_cast<size_t>(end)};
  }

  // Drops the quotations with nothing inside and renumbers parents and depths.
  std::vector<Quotation> Finish() {
    std::vector<int> renumbered(results_.size(), -1);
    std::vector<Quotation> out;
    for (size_t i = 0; i < results_.size(); ++i) {
      Quotation q = results_[i];
      if (q.inner.empty()) continue;
      int parent = q.parent;
      while (parent >= 0 && renumbered[static_cast<size_t>(parent)] < 0)
        parent = results_[static_cast<size_t>(parent)].parent;
      q.parent = parent >= 0 ? renumbered[static_cast<size_t>(parent)] : -1;
      q.depth = q.parent >= 0 ? out[static_cast<size_t>(q.parent)].depth + 1 : 0;
      renumbered[i] = static_cast<int>(out.size());
      out.push_back(q);
    }
    return out;
  }

  const uint8_t* s_;
  int32_t length_;
  UChar32 prev_ = kNone;  // previous code point of the paragraph, or kNone
  size_t text_end_ = 0;   // end of the last non-space code point seen
  std::vector<OpenMark> stack_;
  std::vector<Quotation> results_;
};

// ---------------------------------------------------------------------------
// Speech verbs

struct SpeechPhrase {
  const char* lang;
  const char* phrase;  // written with accents; folded when compiled
};

// Verbs of saying and attribution phrases. Spanish compounds ("ha dicho") are
// built from kSpanishAuxiliaries x kSpanishParticiples.
constexpr SpeechPhrase kSpeechPhrases[] = {
    {"es", "dijo"},
    {"es", "dijeron"},
    {"es", "dice"},
    {"es", "dicen"},
    {"es", "afirmó"},
    {"es", "afirmaron"},
    {"es", "afirma"},
    {"es", "aseguró"},
    {"es", "aseguraron"},
    {"es", "asegura"},
    {"es", "aseveró"},
    {"es", "aseveraron"},
    {"es", "subrayó"},
    {"es", "subrayaron"},
    {"es", "subraya"},
    {"es", "señaló"},
    {"es", "señalaron"},
    {"es", "señala"},
    {"es", "declaró"},
    {"es", "declararon"},
    {"es", "destacó"},
    {"es", "destacaron"},
    {"es", "añadió"},
    {"es", "añadieron"},
    {"es", "añade"},
    {"es", "agregó"},
    {"es", "agregaron"},
    {"es", "explicó"},
    {"es", "explicaron"},
    {"es", "explica"},
    {"es", "indicó"},
    {"es", "indicaron"},
    {"es", "sostuvo"},
    {"es", "sostuvieron"},
    {"es", "sostiene"},
    {"es", "manifestó"},
    {"es", "manifestaron"},
    {"es", "advirtió"},
    {"es", "advirtieron"},
    {"es", "advierte"},
    {"es", "expresó"},
    {"es", "expresaron"},
    {"es", "calificó"},
    {"es", "calificaron"},
    {"es", "reiteró"},
    {"es", "insistió"},
    {"es", "recalcó"},
    {"es", "precisó"},
    {"es", "anunció"},
    {"es", "anunciaron"},
    {"es", "confirmó"},
    {"es", "confirmaron"},
    {"es", "según"},
    {"es", "en palabras de"},
    {"es", "concluyó"},
    {"es", "relató"},
    {"es", "recordó"},
    {"es", "comentó"},
    {"es", "respondió"},
    {"es", "replicó"},
    {"es", "sentenció"},
    {"es", "aseguraba"},
    {"en", "said"},
    {"en", "says"},
    {"en", "saying"},
    {"en", "told"},
    {"en", "tells"},
    {"en", "stated"},
    {"en", "stressed"},
    {"en", "stresses"},
    {"en", "added"},
    {"en", "adds"},
    {"en", "noted"},
    {"en", "declared"},
    {"en", "declares"},
    {"en", "according to"},
    {"en", "pointed out"},
    {"en", "points out"},
    {"en", "was quoted as saying"},
    {"en", "were quoted as saying"},
    {"en", "described"},
    {"en", "describes"},
    {"en", "insisted"},
    {"en", "warned"},
    {"en", "explained"},
    {"en", "claimed"},
    {"en", "asserted"},
    {"en", "reiterated"},
    {"en", "emphasized"},
    {"en", "emphasised"},
    {"en", "announced"},
    {"en", "confirmed"},
    {"en", "in the words of"},
    {"en", "concluded"},
    {"en", "recalled"},
    {"en", "remarked"},
    {"en", "replied"},
    {"en", "responded"},
    {"en", "commented"},
    {"en", "called"},
    {"en", "calls"},
    {"en", "calling"},
    {"es", "llamó"},
    {"es", "llamaron"},
};

constexpr const char* kSpanishAuxiliaries[] = {"ha", "han", "había", "habían", "habría"};
constexpr const char* kSpanishParticiples[] = {
    "dicho",      "afirmado",    "asegurado", "aseverado",  "subrayado", "señalado",
    "declarado",  "destacado",   "añadido",   "agregado",   "explicado", "indicado",
    "sostenido",  "manifestado", "advertido", "expresado",  "calificado", "reiterado",
    "insistido",  "recalcado",   "precisado",
};

// A folded phrase as a pattern: words quoted, any white space between them.
std::string PhrasePattern(std::string_view phrase) {
  std::string folded = Fold(phrase);
  std::string out;
  size_t pos = 0;
  while (pos <= folded.size()) {
    size_t space = folded.find(' ', pos);
    if (space == std::string::npos) space = folded.size();
    if (!out.empty()) out += "\\s+";
    out += Regex::Quote(std::string_view(folded).substr(pos, space - pos));
    pos = space + 1;
  }
  return out;
}

Regex CompileSpeechVerbs(bool es, bool en) {
  std::vector<std::string> phrases;
  for (const SpeechPhrase& p : kSpeechPhrases) {
    std::string_view lang = p.lang;
    if ((lang == "es" && es) || (lang == "en" && en)) phrases.emplace_back(p.phrase);
  }
  if (es) {
    for (const char* aux : kSpanishAuxiliaries)
      for (const char* participle : kSpanishParticiples)
        phrases.push_back(std::string(aux) + " " + participle);
  }
  // Longest first: at one position the first alternative that matches wins.
  std::stable_sort(phrases.begin(), phrases.end(),
                   [](const std::string& x, const std::string& y) { return x.size() > y.size(); });
  std::string pattern;
  for (const std::string& p : phrases) {
    if (!pattern.empty()) pattern += '|';
    pattern += PhrasePattern(p);
  }
  return Regex(pattern, Regex::kWordBounded);
}

// ---------------------------------------------------------------------------
// Quote words

bool IsWordChar(UChar32 c) {
  if (c < 0) return false;
  if (u_isalnum(c)) return true;
  int8_t t = u_charType(c);
  return t == U_NON_SPACING_MARK || t == U_COMBINING_SPACING_MARK || t == U_ENCLOSING_MARK;
}

// Appends the words of folded `s` (no elisions in it) to *out.
void AppendWords(std::string_view s, std::vector<std::string>* out) {
  const uint8_t* p = reinterpret_cast<const uint8_t*>(s.data());
  int32_t length = static_cast<int32_t>(s.size());
  std::string word;
  UChar32 prev = kNone;
  int32_t i = 0;
  while (i < length) {
    int32_t start = i;
    UChar32 c;
    U8_NEXT(p, i, length, c);
    UChar32 next = kNone;
    if (i < length) {
      int32_t j = i;
      U8_NEXT(p, j, length, next);
    }
    if (IsWordChar(c)) {
      word.append(s.substr(static_cast<size_t>(start), static_cast<size_t>(i - start)));
    } else if (c == '\'' && IsAlpha(prev) && IsAlpha(next)) {
      // "won't" -> "wont": the apostrophe joins, and is dropped.
    } else if ((c == '.' || c == ',') && prev >= 0 && u_isdigit(prev) && next >= 0 &&
               u_isdigit(next)) {
      word.push_back(static_cast<char>(c));  // "1.5", "10,000"
    } else if (!word.empty()) {
      out->push_back(std::move(word));
      word.clear();
    }
    prev = c;
  }
  if (!word.empty()) out->push_back(std::move(word));
}

// ---------------------------------------------------------------------------
// Similarity: an alignment of a and b, pair by pair. Between two aligned pairs
// (a "window") the unaligned words of one side are absorbed — count as aligned —
// when the other side has a gap in the window and no unaligned word of its own:
//   b-words absorbed  iff  gap_a && no a-word unaligned in the window
//   a-words absorbed  iff  gap_b && no b-word unaligned in the window
// Within a window the moves on a (gaps, skipped words) come before the moves on b:
// every alignment has exactly one such path, and when the b-moves are made the
// a-side of the window is known. Absorbing skipped a-words needs the b-side, so
// it is a promise (kCommitA) checked when the window closes: no b-word skipped
// and a gap of b seen.

constexpr unsigned kGapA = 1;      // a gap of a in the window
constexpr unsigned kSkipA = 2;     // an a-word left unaligned in the window
constexpr unsigned kCommitA = 4;   // skipped a-words were absorbed: promise kGapB, no kSkipB
constexpr unsigned kGapB = 8;      // a gap of b in the window (b-moves have started)
constexpr unsigned kSkipB = 16;    // a b-word left unaligned (b-moves have started)
constexpr unsigned kMatched = 32;  // at least one pair aligned
constexpr unsigned kStates = 64;

// True when the window described by `s` may close (at an aligned pair or the end).
bool WindowMayClose(unsigned s) { return !(s & kCommitA) || (s & kGapB); }

bool IsGap(const std::string& w) { return w == kGapWord; }

}  // namespace

std::vector<Quotation> FindQuotations(std::string_view text) {
  return QuoteScanner(text).Run();
}

std::vector<Span> FindSpeechVerbs(std::string_view folded, std::string_view lang) {
  static const Regex kSpanish = CompileSpeechVerbs(true, false);
  static const Regex kEnglish = CompileSpeechVerbs(false, true);
  static const Regex kBoth = CompileSpeechVerbs(true, true);
  switch (ParseLang(lang)) {
    case Lang::kEs:
      return kSpanish.FindAll(folded);
    case Lang::kEn:
      return kEnglish.FindAll(folded);
    case Lang::kAny:
      break;
  }
  return kBoth.FindAll(folded);
}

std::vector<std::string> QuoteWords(std::string_view text) {
  // Fold turns "…" into "..." (NFKC); the bare U+2026 is accepted as well.
  static const Regex kElision(
      "[\\[(]\\s*(?:\\.(?:\\s?\\.)+|\xE2\x80\xA6)\\s*[\\])]|\\.(?:\\s?\\.){2,}|\xE2\x80\xA6");
  std::string folded = Fold(text);
  std::vector<std::string> words;
  size_t pos = 0;
  for (Span gap : kElision.FindAll(folded)) {
    AppendWords(std::string_view(folded).substr(pos, gap.begin - pos), &words);
    if (words.empty() || !IsGap(words.back())) words.emplace_back(kGapWord);
    pos = gap.end;
  }
  AppendWords(std::string_view(folded).substr(pos), &words);
  return words;
}

double QuoteSimilarity(const std::vector<std::string>& a, const std::vector<std::string>& b) {
  if (a == b) return 1.0;
  size_t words_a = static_cast<size_t>(std::count_if(a.begin(), a.end(),
                                                     [](const std::string& w) { return !IsGap(w); }));
  size_t words_b = static_cast<size_t>(std::count_if(b.begin(), b.end(),
                                                     [](const std::string& w) { return !IsGap(w); }));
  if (words_a == 0 || words_b == 0) return 0.0;

  // cur[j][s]: the highest score (2 per aligned pair, 1 per absorbed word)
  // reaching (i, j) in state s; -1 when unreachable. Two rows, i and i + 1.
  using Row = std::vector<std::array<int, kStates>>;
  std::array<int, kStates> unreachable;
  unreachable.fill(-1);
  Row cur(b.size() + 1, unreachable), nxt(b.size() + 1, unreachable);
  auto relax = [](int* slot, int value) { *slot = std::max(*slot, value); };
  cur[0][0] = 0;
  for (size_t i = 0; i <= a.size(); ++i) {
    for (size_t j = 0; j <= b.size(); ++j) {
      for (unsigned s = 0; s < kStates; ++s) {
        int v = cur[j][s];
        if (v < 0) continue;
        bool has_a = i < a.size(), has_b = j < b.size();
        bool gap_a = has_a && IsGap(a[i]), gap_b = has_b && IsGap(b[j]);
        bool b_started = (s & (kGapB | kSkipB)) != 0;
        // Moves on a: only before the window's moves on b.
        if (has_a && !b_started) {
          if (gap_a) {
            relax(&nxt[j][s | kGapA], v);
          } else {
            relax(&nxt[j][s | kSkipA], v);
            relax(&nxt[j][s | kSkipA | kCommitA], v + 1);
          }
        }
        // Moves on b.
        if (gap_b) relax(&cur[j + 1][s | kGapB], v);
        if (has_b && !gap_b && !(s & kCommitA)) {
          bool absorbed = (s & kGapA) && !(s & kSkipA);
          relax(&cur[j + 1][s | kSkipB], v + (absorbed ? 1 : 0));
        }
        // An aligned pair closes the window.
        if (has_a && has_b && !gap_a && !gap_b && a[i] == b[j] && WindowMayClose(s))
          relax(&nxt[j + 1][kMatched], v + 2);
      }
    }
    if (i == a.size()) break;
    std::swap(cur, nxt);
    std::fill(nxt.begin(), nxt.end(), unreachable);
  }
  int best = -1;
  for (unsigned s = 0; s < kStates; ++s)
    if ((s & kMatched) && WindowMayClose(s)) best = std::max(best, cur[b.size()][s]);
  if (best <= 0) return 0.0;
  return std::min(1.0, static_cast<double>(best) / static_cast<double>(words_a + words_b));
}

std::vector<DiffOp> WordDiff(const std::vector<std::string>& a, const std::vector<std::string>& b) {
  size_t n = a.size(), m = b.size();
  // lcs[i * (m + 1) + j]: length of an LCS of a[i:] and b[j:].
  std::vector<uint32_t> lcs((n + 1) * (m + 1), 0);
  auto at = [&](size_t i, size_t j) -> uint32_t& { return lcs[i * (m + 1) + j]; };
  for (size_t i = n; i-- > 0;)
    for (size_t j = m; j-- > 0;)
      at(i, j) = a[i] == b[j] ? at(i + 1, j + 1) + 1 : std::max(at(i + 1, j), at(i, j + 1));

  std::vector<DiffOp> ops;
  auto emit = [&ops](DiffOp::Kind kind, const std::string& word) {
    if (!ops.empty() && ops.back().kind == kind) {
      ops.back().words += ' ';
      ops.back().words += word;
    } else {
      ops.push_back({kind, word});
    }
  };
  std::vector<const std::string*> deleted, inserted;
  auto flush = [&]() {
    for (const std::string* w : deleted) emit(DiffOp::kDeleted, *w);
    for (const std::string* w : inserted) emit(DiffOp::kInserted, *w);
    deleted.clear();
    inserted.clear();
  };
  size_t i = 0, j = 0;
  while (i < n || j < m) {
    if (i < n && j < m && a[i] == b[j]) {
      flush();
      emit(DiffOp::kSame, a[i]);
      ++i;
      ++j;
    } else if (j == m || (i < n && at(i + 1, j) >= at(i, j + 1))) {
      deleted.push_back(&a[i++]);
    } else {
      inserted.push_back(&b[j++]);
    }
  }
  flush();
  return ops;
}

std::string FormatDiff(const std::vector<DiffOp>& ops) {
  std::string out;
  for (const DiffOp& op : ops) {
    if (!out.empty()) out += ' ';
    switch (op.kind) {
      case DiffOp::kSame:
        out += op.words;
        break;
      case DiffOp::kDeleted:
        out += "[-" + op.words + "-]";
        break;
      case DiffOp::kInserted:
        out += "{+" + op.words + "+}";
        break;
    }
  }
  return out;
}

}  // namespace claimcheck
