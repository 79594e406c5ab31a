#include "analysis.h"

#include <algorithm>

#include "text/regex.h"

namespace claimcheck {

struct EntityMatcher::Name {
  const Entity* entity;
  Regex re;
  bool acronym;  // all capitals as written: must be capitals in the text too
  size_t length;
};

namespace {

// "Kim Jong Un" -> kim[\s-]+jong[\s-]+un : hyphens and spaces are alike in names.
std::string NamePattern(const std::string& name) {
  std::string folded = Fold(name);
  std::string out;
  std::string token;
  auto flush = [&] {
    if (token.empty()) return;
    if (!out.empty()) out += "[\\s\\-]+";
    out += Regex::Quote(token);
    token.clear();
  };
  for (char c : folded) {
    if (c == ' ' || c == '-' || c == '\t') flush();
    else token.push_back(c);
  }
  flush();
  return out;
}

bool IsAcronym(const std::string& name) {
  if (name.size() < 2 || name.size() > 6) return false;
  for (char c : name)
    if (!(c >= 'A' && c <= 'Z')) return false;
  return true;
}

}  // namespace

EntityMatcher::EntityMatcher(const Rulebook& book) {
  for (const auto& [id, e] : book.entities()) {
    for (const std::string& n : e.names) {
      std::string pat = NamePattern(n);
      if (pat.empty()) continue;
      auto name = std::make_shared<Name>(Name{&e, Regex(pat, Regex::kWordBounded), IsAcronym(n),
                                              pat.size()});
      if (name->re.ok()) names_.push_back(std::move(name));
    }
  }
}

std::vector<EntityMention> EntityMatcher::Find(const FoldedText& fold,
                                               std::string_view original) const {
  struct Hit {
    Span span;
    const Entity* entity;
  };
  std::vector<Hit> hits;
  for (const auto& n : names_) {
    for (Span m : n->re.FindAll(fold.str())) {
      if (n->acronym) {
        Span o = fold.ToOriginal(m);
        bool caps = true;
        for (size_t i = o.begin; i < o.end; ++i)
          if (original[i] >= 'a' && original[i] <= 'z') caps = false;
        if (!caps) continue;
      }
      hits.push_back({m, n->entity});
    }
  }
  // Longest first at each start, then greedy left to right without overlap.
  std::sort(hits.begin(), hits.end(), [](const Hit& a, const Hit& b) {
    if (a.span.size() != b.span.size()) return a.span.size() > b.span.size();
    return a.span.begin < b.span.begin;
  });
  std::vector<EntityMention> out;
  for (const Hit& h : hits) {
    bool overlaps = false;
    for (const EntityMention& m : out)
      if (m.span.Overlaps(h.span)) { overlaps = true; break; }
    if (!overlaps) out.push_back({h.span, h.entity});
  }
  std::sort(out.begin(), out.end(),
            [](const EntityMention& a, const EntityMention& b) { return a.span.begin < b.span.begin; });
  return out;
}

namespace {

// Quotations on folded text: every double mark is '"' after folding; AP's
// doubled apostrophes ('' … '') count as one.
std::vector<Span> FindQuotes(std::string_view f, const std::vector<Sentence>& sentences) {
  std::vector<Span> out;
  // Pair marks within a paragraph (a line); an unclosed mark closes at the line end.
  size_t i = 0;
  size_t open = std::string_view::npos;
  (void)sentences;
  while (i < f.size()) {
    char c = f[i];
    size_t mark_len = 0;
    if (c == '"') mark_len = 1;
    else if (c == '\'' && i + 1 < f.size() && f[i + 1] == '\'') mark_len = 2;
    if (c == '\n' && open != std::string_view::npos) {
      out.push_back({open, i});
      open = std::string_view::npos;
    }
    if (mark_len) {
      if (open == std::string_view::npos) {
        open = i + mark_len;
      } else {
        out.push_back({open, i});
        open = std::string_view::npos;
      }
      i += mark_len;
      continue;
    }
    ++i;
  }
  if (open != std::string_view::npos) out.push_back({open, f.size()});
  return out;
}

}  // namespace

Doc::Doc(const Article& a, const Rulebook& b, const EntityMatcher& matcher)
    : article(a), book(b) {
  fold = FoldedText::Fold(a.clean());
  lang = a.language().substr(0, a.language().find_first_of("-_"));
  for (Span s : SplitSentences(a.clean(), lang)) {
    Sentence sent;
    sent.orig = s;
    sent.folded = fold.FromOriginal(s);
    for (Span c : SplitClauses(Folded(sent.folded)))
      sent.clauses.push_back({c.begin + sent.folded.begin, c.end + sent.folded.begin});
    sentences.push_back(std::move(sent));
  }
  quotes = FindQuotes(fold.str(), sentences);
  entities = matcher.Find(fold, a.bytes());
  numbers = ExtractNumbers(fold.str(), lang);
  // Dates per story: each story has its own reference date.
  for (Span story : a.stories()) {
    Span fs = fold.FromOriginal(story);
    Date ref = a.ReferenceDateAt(story.begin);
    std::vector<DateMention> ds =
        ExtractDates(Folded(fs), lang, ref.precision == Date::Precision::kDay ? &ref : nullptr);
    for (DateMention& d : ds) {
      d.span.begin += fs.begin;
      d.span.end += fs.begin;
      dates.push_back(std::move(d));
    }
  }
}

Span Doc::ClauseAt(const Sentence& s, size_t pos) const {
  for (Span c : s.clauses)
    if (pos >= c.begin && pos < c.end) return c;
  // Between clauses (on a boundary mark): the nearest one before.
  Span best = s.folded;
  for (Span c : s.clauses)
    if (c.begin <= pos) best = c;
  return best;
}

int Doc::QuoteAt(size_t pos) const {
  for (size_t i = 0; i < quotes.size(); ++i)
    if (pos >= quotes[i].begin && pos < quotes[i].end) return static_cast<int>(i);
  return -1;
}

}  // namespace claimcheck
