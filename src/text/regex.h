// Regex: the one wrapper around RE2 (the only file that includes re2/re2.h is
// regex.cc). Linear-time matching; a bad pattern never throws: check ok().
//
// Example:
//   Regex re("firm\\w*", Regex::kWordBounded);
//   if (!re.ok()) return Status::InvalidRule(loc, re.error());
//   for (Span m : re.FindAll(folded)) ...
//
// A Regex is immutable after construction, cheap to copy (shared), and safe for
// concurrent use by multiple threads.
#ifndef CLAIMCHECK_TEXT_REGEX_H_
#define CLAIMCHECK_TEXT_REGEX_H_

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "claimcheck/text.h"

namespace re2 {
class RE2;
}

namespace claimcheck {

class Regex {
 public:
  // Options (combine with |):
  //   kWordBounded      wrap the pattern as \b(?:pattern)\b
  //   kCaseSensitive    (off) patterns run on folded, lower-case text anyway
  //   kLongestMatch     (off) leftmost-longest instead of leftmost-first, so an
  //                     alternation of names finds "vladimir putin", not "putin"
  //   kUserPattern      (off) the pattern is the user's (a rulebook's): whoever
  //                     compiles it reports an error. Without it a pattern is
  //                     claimcheck's own, and one that does not compile is a
  //                     bug, kept in InternalErrors().
  enum Flags { kNone = 0, kWordBounded = 1, kCaseSensitive = 2, kLongestMatch = 4, kUserPattern = 8 };

  Regex() = default;
  explicit Regex(std::string_view pattern, int flags = kNone);

  bool ok() const;
  // RE2's own message, with the offending part of the pattern, when !ok().
  std::string error() const;
  const std::string& pattern() const { return pattern_; }
  int NumGroups() const;

  // Finds the leftmost match starting at or after `from`. On success fills
  // (*groups)[0] with the whole match and [i] with group i; an unmatched group is
  // {npos, npos}. `groups` may be null.
  bool Find(std::string_view text, size_t from, std::vector<Span>* groups = nullptr) const;
  // Matches only at exactly `pos` (anchored start).
  bool MatchAt(std::string_view text, size_t pos, std::vector<Span>* groups = nullptr) const;
  // True when the whole of `text` matches.
  bool FullMatch(std::string_view text) const;
  // True when a match occurs anywhere.
  bool Contains(std::string_view text) const;
  // All non-overlapping matches, left to right (empty matches skipped).
  std::vector<Span> FindAll(std::string_view text) const;

  // `text` escaped so that it matches literally.
  static std::string Quote(std::string_view text);
  // Every pattern of claimcheck's own (no kUserPattern) that failed to compile
  // so far in this process, with RE2's message: a bug, which would otherwise
  // only make the pattern match nothing. Tests assert it stays empty.
  static std::vector<std::string> InternalErrors();

  static constexpr size_t npos = static_cast<size_t>(-1);

 private:
  friend class RegexSet;
  void Compile(int flags);
  std::string pattern_;
  std::shared_ptr<const re2::RE2> re_;
};

// Many Regex matched in one pass, to learn which can match a text at all: a
// caller that runs a long list of patterns over the same text runs only those.
// Immutable after construction and safe for concurrent use.
class RegexSet {
 public:
  RegexSet() = default;
  // `patterns` keep their order: index i is patterns[i]. A pattern that cannot
  // join the set (invalid, case-sensitive) is reported as always matching.
  explicit RegexSet(const std::vector<const Regex*>& patterns);

  // Fills `hits` (one flag per pattern) with whether each may match somewhere in
  // `text`. When the set cannot decide (RE2 ran out of memory), every flag is
  // true: the answer may say "try" too often, never "skip" wrongly.
  void Match(std::string_view text, std::vector<bool>* hits) const;

 private:
  struct Impl;
  std::shared_ptr<const Impl> impl_;
  std::vector<int> index_;  // pattern -> set index, -1: always try
};

// "(?:a|b|...)" of the given patterns, duplicates dropped, longest first: RE2's
// alternation is leftmost-first, so "septiembre" must be tried before "sept" and
// "horas" before "hora". The patterns are used as given (quote literal names
// first); no patterns give "(?:)", which matches the empty string.
std::string LongestFirst(std::vector<std::string> patterns);

// The text before `at` that a pattern anchored with $ may look at: up to
// `reach` bytes, not starting inside a word (a cut word's tail would pass for
// a whole one after "^").
std::string_view TextBefore(std::string_view text, size_t at, size_t reach = 40);

}  // namespace claimcheck

#endif  // CLAIMCHECK_TEXT_REGEX_H_
