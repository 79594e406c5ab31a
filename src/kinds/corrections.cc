// "Not X but Y", "no X sino Y": what a correction of a complement takes back.
#include "kinds/common.h"

#include "kinds/clauses.h"
#include "text/regex.h"

namespace claimcheck {

using clauses::Correction;
using clauses::Corrections;

namespace {

// What "but"/"sino" opens when it corrects a complement: a preposition, an
// article or a determiner ("but in Pyongyang", "sino el miércoles").
const Regex& ComplementOpening() {
  static const Regex re(
      "^(?:but|sino)\\s+(?:(?:rather|instead|mas bien)\\s+)?"
      "(?:(in|on|at|by|during|with|from|to|inside|the|a|an|en|el|la|los|las|un|una|por|durante|con|desde|a|al|"
      "del|de|dentro)\\b)?");
  return re;
}

// Words between a negator and the verb it negates: pronouns and auxiliaries
// ("no se firmó", "did not even sign", "was not signed").
const Regex& BeforeVerb() {
  static const Regex re(
      "^(?:\\s+(?:se|lo|la|le|les|los|las|me|te|nos|ha|han|habia|habian|hubo|fue|fueron|sido|be|been|have|has|had|"
      "was|were|is|are|even|yet|ever|actually|ya|aun|todavia))*\\s+");
  return re;
}

}  // namespace

namespace clauses {

// The corrections of sentence `s`. "But"/"sino" must open a complement with
// no verb of its own (a preposition, an article, a name, a date or a number:
// "but in Pyongyang", "sino Putin", "but two"); "sino que se esbozó", "but
// drafted it", "but the text was published" correct the act itself or say
// something else, and leave the negation of the verb standing. The negator
// is the last one of the clause before the correction, or of the one before
// that when an aside stands between ("not in Moscow, which some reports said,
// but in Pyongyang").
std::vector<Correction> Corrections(const Doc& doc, const Sentence& s) {
  std::vector<Correction> out;
  const std::vector<Span>& clauses = s.clauses;
  for (size_t j = 1; j < clauses.size(); ++j) {
    const std::string_view text = doc.Folded(clauses[j]);
    std::vector<Span> g;
    if (!ComplementOpening().MatchAt(text, 0, &g)) continue;
    if (g[1].begin == Regex::npos && !MentionAt(doc, clauses[j].begin + g[0].end)) continue;
    // "but the text was published in July" is a clause of its own.
    if (HasVerb(doc, clauses[j], /*participles=*/false)) continue;
    Span negator{};
    for (size_t back = 1; back <= 2 && back <= j && negator.empty(); ++back) {
      const Span c = clauses[j - back];
      for (Span m : Negators().FindAll(doc.Folded(c))) {
        const Span abs{c.begin + m.begin, c.begin + m.end};
        if (Negates(doc, abs, c.end)) negator = abs;
      }
    }
    if (negator.empty()) continue;
    Correction corr;
    corr.negator = negator;
    corr.correction = clauses[j];
    corr.verb = {negator.end, negator.end};
    const std::string_view after = doc.Folded({negator.end, clauses[j].begin});
    std::vector<Span> skip;
    size_t at = BeforeVerb().MatchAt(after, 0, &skip) ? skip[0].end : 0;
    std::vector<Span> w;
    static const Regex opener(
        "^(?:in|on|at|by|during|with|from|to|the|a|an|en|el|la|los|las|un|una|por|durante|con|desde|a|al|del|de)"
        "\\b");
    if (WordRe().Find(after, at, &w) && w[0].begin == at && !opener.MatchAt(after, at) &&
        !MentionAt(doc, negator.end + at))
      corr.verb = {negator.end + w[0].begin, negator.end + w[0].end};
    corr.denied = {corr.verb.end, clauses[j].begin};
    out.push_back(corr);
  }
  return out;
}

}  // namespace clauses

std::vector<Span> CorrectedAway(const Doc& doc, const Sentence& s) {
  std::vector<Span> out;
  for (const Correction& c : Corrections(doc, s)) out.push_back(c.denied);
  return out;
}

}  // namespace claimcheck
