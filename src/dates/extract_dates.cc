// Date extraction: the readers of a language run over the folded text and the
// overlapping candidates are settled; then the passes of passes.cc join, bind
// and open what was kept.
//
// A reader is one RE2 pattern (compiled once per language) and a function that
// turns its groups into mentions or rejects the match. One RE2::Set pass finds
// which readers can match at all; each of those scans the whole text.
// Overlapping candidates are settled by length, so "19 de junio de 2024" beats the
// "de 2024" that the year reader also finds inside it.
//
// Patterns that need a context word to be sure of a reading ("en 2022", "el
// miércoles", "la mañana") capture it outside the "core" group: the context
// decides, the core alone becomes the mention's span. The readers are in
// readers_common.cc, readers_es.cc and readers_en.cc; what they share is in
// emit.cc and internal.h.
#include "claimcheck/dates.h"

#include <algorithm>
#include <iterator>
#include <map>
#include <string>
#include <vector>

#include "dates/internal.h"
#include "text/lang.h"
#include "text/regex.h"

namespace claimcheck {
namespace dates_detail {

Readers* BuildReaders(Lang l) {
  auto* r = new Readers{BuildNames(l), l, {}, {}};
  AddCommonReaders(r);
  if (l != Lang::kEn) AddSpanishReaders(r);
  if (l != Lang::kEs) AddEnglishReaders(r);
  std::vector<const Regex*> patterns;
  for (const Reader& reader : r->list) patterns.push_back(&reader.re);
  r->prefilter = RegexSet(patterns);
  return r;
}

const Readers& ReadersFor(Lang lang) { return PerLanguage<Readers, &BuildReaders>(lang); }

}  // namespace dates_detail

using namespace dates_detail;  // NOLINT: this file is the entry point of those internals

namespace {

// The spans of `folded` whose original text is group 1 of `verb`, in order.
std::vector<Span> VerbsOf(const Regex& verb, const FoldedText& folded, std::string_view original) {
  std::vector<Span> out;
  std::vector<Span> g;
  for (size_t pos = 0; pos < original.size() && verb.Find(original, pos, &g);) {
    out.push_back(folded.FromOriginal(g[1]));
    pos = g[1].end;
  }
  return out;
}

}  // namespace

std::vector<Span> SpanishFutureVerbs(const FoldedText& folded, std::string_view original,
                                     std::string_view lang) {
  if (ParseLang(lang) == Lang::kEn) return {};
  // The future is the infinitive and an accented ending: "viajará", "firmarán",
  // "volveré", "será", "habrá". RE2's \b is ASCII-only; letters are \p{L}.
  static const Regex* const kVerb =
      new Regex(R"((?:^|\P{L})(\p{L}+r(?:á|án|ás|é))(?:\P{L}|$))");
  return VerbsOf(*kVerb, folded, original);
}

std::vector<Span> SpanishPastVerbs(const FoldedText& folded, std::string_view original,
                                   std::string_view lang) {
  if (ParseLang(lang) == Lang::kEn) return {};
  // Three letters before the accent at least: "dió" and "vió" are old
  // spellings, and short words ending in "ó" are rarely verbs.
  static const Regex* const kVerb = new Regex(R"((?:^|\P{L})(\p{L}{3,}ó)(?:\P{L}|$))");
  return VerbsOf(*kVerb, folded, original);
}

bool IsFullDayOrMonthName(std::string_view word, std::string_view lang) {
  return ReadersFor(ParseLang(lang)).names.wide.count(Fold(word)) > 0;
}

std::vector<DateMention> ExtractDates(std::string_view folded, std::string_view lang,
                                      const Date* ref, const std::vector<Span>& future_verbs,
                                      const std::vector<Span>& past_verbs) {
  const Readers& readers = ReadersFor(ParseLang(lang));
  struct Candidate {
    DateMention mention;
    size_t order;
  };
  std::vector<Candidate> candidates;
  std::vector<DateMention> found;
  std::vector<Span> g;
  std::vector<bool> may_match;
  readers.prefilter.Match(folded, &may_match);
  for (size_t r = 0; r < readers.list.size(); ++r) {
    if (!may_match[r]) continue;
    const Reader& reader = readers.list[r];
    size_t pos = 0;
    while (pos <= folded.size() && reader.re.Find(folded, pos, &g)) {
      Match m{folded, g, readers.names, readers.lang, ref, g[static_cast<size_t>(reader.core)]};
      m.future_verbs = &future_verbs;
      m.past_verbs = &past_verbs;
      found.clear();
      reader.read(m, &found);
      for (DateMention& d : found) {
        if (!InsideNumber(folded, d.span)) candidates.push_back({std::move(d), candidates.size()});
      }
      // Matches of one reader never overlap. A rejected match is skipped whole
      // too: its context word ("la mañana") must not fall away and let the
      // rest match on its own.
      pos = g[0].end > g[0].begin ? g[0].end : g[0].begin + 1;
    }
  }

  // Longest first; at equal length the earlier text, then a reading that found
  // its year beyond the span ("June 2" in "on June 2 and 9, 2024") over one
  // that did not, then the earlier reader.
  std::sort(candidates.begin(), candidates.end(), [](const Candidate& a, const Candidate& b) {
    if (a.mention.span.size() != b.mention.span.size()) {
      return a.mention.span.size() > b.mention.span.size();
    }
    if (a.mention.span.begin != b.mention.span.begin) {
      return a.mention.span.begin < b.mention.span.begin;
    }
    if (a.mention.relative != b.mention.relative) return !a.mention.relative;
    return a.order < b.order;
  });
  std::map<size_t, DateMention> kept;  // by start; spans are disjoint
  for (Candidate& c : candidates) {
    const Span s = c.mention.span;
    auto next = kept.lower_bound(s.begin);
    if (next != kept.end() && next->second.span.Overlaps(s)) continue;
    if (next != kept.begin() && std::prev(next)->second.span.Overlaps(s)) continue;
    kept.emplace(s.begin, std::move(c.mention));
  }
  std::vector<DateMention> out;
  out.reserve(kept.size());
  for (auto& [begin, mention] : kept) out.push_back(std::move(mention));
  UnresolveAnaphoric(folded, ref, &out);
  ResolveFromNamed(folded, &out);
  PeriodParts(folded, &out);
  JoinRanges(folded, &out);
  WeekendsOf(folded, &out);
  BindYears(folded, &out);
  Appositions(folded, &out);
  WeekdaysOfWeeks(folded, &out);
  OpenRanges(folded, &out);
  WeekdaysOfShifts(folded, ref, &out);
  MarkApprox(folded, &out);
  // Decided last: joining and opening change what a mention is.
  for (DateMention& m : out) {
    m.period = m.is_range && PeriodForm(m.form);
    // A weekday shifted, opened into a range or left unresolved by a pass is no
    // longer the day its other reading was the alternative to.
    if (m.form != "weekday" || m.is_range || !m.resolved) m.alt = Date();
  }
  // "hace 5000 años" is history, not a calendar date: years are written with
  // four digits (1-9999), as the extract contract and Date::Parse read them.
  auto outside = [](const Date& d) { return d.valid() && (d.year < 1 || d.year > 9999); };
  out.erase(std::remove_if(out.begin(), out.end(),
                           [&](const DateMention& m) { return outside(m.value) || outside(m.end); }),
            out.end());
  return out;
}

}  // namespace claimcheck
