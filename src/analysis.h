// Doc: one article analysed against one rulebook, shared by every fact kind.
// Built once per (article, rulebook): folded text, sentences and clauses,
// quotations, entity mentions and date mentions, all in folded coordinates
// (map back with fold.ToOriginal).
#ifndef CLAIMCHECK_ANALYSIS_H_
#define CLAIMCHECK_ANALYSIS_H_

#include <string>
#include <string_view>
#include <vector>

#include "claimcheck/article.h"
#include "claimcheck/dates.h"
#include "claimcheck/numbers.h"
#include "claimcheck/quotes.h"
#include "claimcheck/rulebook.h"
#include "claimcheck/text.h"
#include "text/regex.h"

#include <map>

namespace claimcheck {

struct EntityMention {
  Span span;  // folded
  const Entity* entity = nullptr;
};

struct Sentence {
  Span orig;
  Span folded;
  std::vector<Span> clauses;  // folded, absolute
  // A question that asks for a time, a place, a person or an amount and is
  // answered by the next sentence: the index in Doc::answered of the two read
  // as one; -1 otherwise.
  int answered = -1;
};

// Entity matcher compiled once per rulebook.
class EntityMatcher {
 public:
  explicit EntityMatcher(const Rulebook& book);
  // Non-overlapping mentions in `folded` (longest name wins at each place).
  // `original` and `fold` let all-capital names (acronyms: "ONU", "ICC") match
  // only where the original is written in capitals too.
  std::vector<EntityMention> Find(const FoldedText& fold, std::string_view original) const;

 private:
  struct Name {
    const Entity* entity;
    bool acronym;  // all capitals as written: must be capitals in the text too
  };
  // One pass over the text: every name of every entity in one leftmost-longest
  // alternation, then the matched words (spaces and hyphens collapsed) name the
  // entity.
  Regex all_;
  std::map<std::string, Name> by_key_;
};

class Doc {
 public:
  Doc(const Article& article, const Rulebook& book, const EntityMatcher& matcher);

  const Article& article;
  const Rulebook& book;
  FoldedText fold;
  std::string lang;  // primary subtag: "es", "en"
  std::vector<Sentence> sentences;
  // Explainers ask and answer ("¿Cuándo se firmó? El 19 de junio de 2024."):
  // each question with its answer, as one sentence of the question's clauses
  // and the answer's (see Sentence::answered).
  std::vector<Sentence> answered;
  std::vector<Quotation> quotations;  // original spans, nested ones too (quotes.h)
  std::vector<Span> quotes;  // folded spans of the outermost quotations' words
  std::vector<EntityMention> entities;
  std::vector<DateMention> dates;  // folded spans
  std::vector<NumberMention> numbers;  // folded spans
  // Original spans of a digest's items about other stories (digest.h): what
  // the kinds find there is no claim about the event.
  std::vector<Span> off_topic;
  bool OffTopic(Span orig) const;
  // Spanish verbs in the synthetic future ("firmará"), which folding makes look
  // like the subjunctive ("firmara"): sorted folded spans (SpanishFutureVerbs).
  std::vector<Span> future_verbs;
  // True when one of future_verbs lies within `range` (folded).
  bool FutureVerbIn(Span range) const;
  // Spanish verbs in the conditional ("haría", "podría", "se celebraría"),
  // told by their accent from adjectives in -aria ("humanitaria"): sorted
  // folded spans. Nouns in -ería, -aría ("artillería", "galería") are left out
  // after an article or "de", and capitalised words ("Cancillería") always.
  std::vector<Span> conditional_verbs;
  // True when one of conditional_verbs lies within `range` (folded).
  bool ConditionalVerbIn(Span range) const;

  std::string_view Folded(Span s) const { return std::string_view(fold.str()).substr(s.begin, s.size()); }
  // The clause of `s` that contains `pos` (the whole sentence when none does).
  Span ClauseAt(const Sentence& s, size_t pos) const;
  // A transcript's turns ("KIM (through interpreter): …") as quotations of the
  // person their label names.
  void AddTranscriptTurns();
  // Index into quotes of the quotation containing `pos`, or -1.
  int QuoteAt(size_t pos) const;
  // Original span of a folded span.
  Span Orig(Span folded) const { return fold.ToOriginal(folded); }
};

}  // namespace claimcheck

#endif  // CLAIMCHECK_ANALYSIS_H_
