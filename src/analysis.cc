#include "analysis.h"

#include <algorithm>

#include "claimcheck/quotes.h"
#include "digest.h"
#include "text/lang.h"
#include "text/regex.h"

namespace claimcheck {

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
  // "el presidente ruso" after "a" and "de" is written "al presidente ruso",
  // "del presidente ruso": Spanish contracts the article.
  if (out.rfind("el[", 0) == 0) out = "(?:el|al|del)" + out.substr(2);
  return out;
}

bool IsAcronym(const std::string& name) {
  if (name.size() < 2 || name.size() > 6) return false;
  for (char c : name)
    if (!(c >= 'A' && c <= 'Z')) return false;
  return true;
}

// Runs of paragraphs (folded offsets) and the language each is written in: the
// article's, except a paragraph long enough to tell that is plainly in the other
// language of the two read (an English wire caption in a Spanish story: at least
// three of its function words, more than twice the article language's), whose
// dates and numbers are written its own way ("19 June 2024").
struct LanguageRun {
  Span span;
  std::string lang;
};
std::vector<LanguageRun> LanguageRuns(std::string_view folded, const std::string& lang) {
  constexpr size_t kTellable = 80;  // bytes: a caption, not a dateline or a byline
  std::vector<LanguageRun> runs;
  for (size_t p = 0; p < folded.size();) {
    size_t q = folded.find('\n', p);
    q = q == std::string_view::npos ? folded.size() : q + 1;
    std::string l = lang;
    if ((lang == "es" || lang == "en") && q - p >= kTellable) {
      size_t es = 0, en = 0;
      CountFunctionWords(folded.substr(p, q - p), &es, &en);
      const size_t own = lang == "es" ? es : en, other = lang == "es" ? en : es;
      if (other >= 3 && other > 2 * own) l = lang == "es" ? "en" : "es";
    }
    if (!runs.empty() && runs.back().lang == l) {
      runs.back().span.end = q;
    } else {
      runs.push_back({{p, q}, l});
    }
    p = q;
  }
  return runs;
}

}  // namespace

// The lookup key of a name or of matched text: folded words joined by one space.
std::string NameKey(std::string_view folded) {
  std::string key;
  bool gap = false;
  for (char c : folded) {
    if (c == ' ' || c == '-' || c == '\t' || c == '\n' || c == '\r') {
      gap = !key.empty();
      continue;
    }
    if (gap) key.push_back(' ');
    gap = false;
    key.push_back(c);
  }
  return key;
}

EntityMatcher::EntityMatcher(const Rulebook& book) {
  std::string alternation;
  for (const auto& [id, e] : book.entities()) {
    for (const std::string& n : e.names) {
      std::string pat = NamePattern(n);
      std::string key = NameKey(Fold(n));
      if (pat.empty() || by_key_.count(key)) continue;  // the first entity to claim a name keeps it
      by_key_.emplace(key, Name{&e, IsAcronym(n)});
      alternation += (alternation.empty() ? "" : "|") + pat;
    }
  }
  if (!alternation.empty()) all_ = Regex(alternation, Regex::kWordBounded | Regex::kLongestMatch);
}

std::vector<EntityMention> EntityMatcher::Find(const FoldedText& fold,
                                               std::string_view original) const {
  std::vector<EntityMention> out;
  if (!all_.ok()) return out;
  for (Span m : all_.FindAll(fold.str())) {
    const std::string key = NameKey(std::string_view(fold.str()).substr(m.begin, m.size()));
    auto it = by_key_.find(key);
    // The article contracted ("al presidente ruso") is the name's "el".
    if (it == by_key_.end() && key.compare(0, 3, "al ") == 0) it = by_key_.find("el " + key.substr(3));
    if (it == by_key_.end() && key.compare(0, 4, "del ") == 0) it = by_key_.find("el " + key.substr(4));
    if (it == by_key_.end()) continue;
    if (it->second.acronym) {
      Span o = fold.ToOriginal(m);
      bool caps = true;
      for (size_t i = o.begin; i < o.end; ++i)
        if (original[i] >= 'a' && original[i] <= 'z') caps = false;
      if (!caps) continue;
    }
    out.push_back({m, it->second.entity});
  }
  return out;
}

namespace {

// True when `original` ends with a question mark (past closing quotes).
bool EndsAQuestion(std::string_view original) {
  size_t end = original.size();
  while (end > 0 && std::string_view(" \t\r\n\"')]*").find(original[end - 1]) != std::string_view::npos) --end;
  return end > 0 && original[end - 1] == '?';
}

// A question of `text` (original) that asks what its answer will tell: when,
// where, who, how long, how many. "¿Se firmó en Moscú?" asks whether, and
// "¿Por qué?" why: their next sentence is no value of theirs.
bool AsksForAValue(std::string_view original, std::string_view folded) {
  static const Regex* const kAsks = new Regex(
      "^[^a-z0-9]*(?:(?:p|q|pregunta|question)\\s*:\\s*[^a-z0-9]*)?"
      "(?:(?:en|a|con|de|desde|hasta|por|in|on|at|for|since|with|from|until)\\s+)?"
      "(?:cuando|donde|quien|quienes|cuanto|cuanta|cuantos|cuantas|cual|cuales|que|when|where|who|whom|whose|"
      "how long|how many|how much|which|what)\\b");
  return EndsAQuestion(original) && kAsks->MatchAt(folded, 0);
}

// A chronology under year headings ("## 2024", "**2024**", "2023:") gives
// each day told without its year the heading's: "- 19 de junio: Putin y Kim
// firman el tratado" under "2024" in a story of 2026 is 2024's.
void TakeHeadingYears(std::string_view folded, std::vector<DateMention>* dates) {
  static const Regex* const kHeading =
      new Regex("(?m)^[ \\t]*(?:#{1,6}[ \\t]*|\\*\\*|__)?[ \\t]*(\\d{4})[ \\t]*(?:\\*\\*|__)?[ \\t]*:?[ \\t]*$");
  std::vector<std::pair<size_t, int>> headings;
  std::vector<Span> g;
  for (size_t from = 0; from < folded.size() && kHeading->Find(folded, from, &g); from = g[0].end + 1) {
    const int year = std::stoi(std::string(folded.substr(g[1].begin, 4)));
    if (year >= 1900 && year <= 2099) headings.push_back({g[0].begin, year});
  }
  if (headings.empty()) return;
  for (DateMention& d : *dates) {
    if (!d.resolved || !d.year_implied || !d.value.valid()) continue;
    auto h = std::upper_bound(headings.begin(), headings.end(), d.span.begin,
                              [](size_t pos, const std::pair<size_t, int>& x) { return pos < x.first; });
    if (h == headings.begin()) continue;
    const int shift = std::prev(h)->second - d.value.year;
    Date first, last;
    if (!d.value.AddYears(shift, &first) || !(d.is_range ? d.end : d.value).AddYears(shift, &last)) continue;
    d.value = first;
    if (d.is_range) d.end = last;
    d.year_implied = false;
    d.relative = false;
    d.loose_first = d.loose_last = Date();
  }
}

}  // namespace

Doc::Doc(const Article& a, const Rulebook& b, const EntityMatcher& matcher)
    : article(a), book(b) {
  fold = FoldedText::Fold(a.clean());
  lang = a.language().substr(0, a.language().find_first_of("-_"));
  // A chronology's item opened by a date and a full stop ("- **24 de febrero
  // de 2023.** Rusia invade Ucrania.", "1950-1953. Korean War.") is one
  // sentence: the date is the item's, as with a colon.
  static const Regex* const kDateHead = new Regex(
      R"(^[^a-z0-9]*(?:\d{1,2}\s+(?:de\s+)?[a-z]+\.?,?\s+(?:de\s+|del\s+)?|[a-z]+\.?\s+\d{1,2},?\s+)?\d{4}(?:\s*-\s*\d{2,4})?[\s.*_]*$)");
  std::vector<Span> spans = SplitSentences(a.clean(), lang);
  for (size_t k = 0; k + 1 < spans.size(); ++k) {
    const std::string_view between = std::string_view(a.clean()).substr(spans[k].end, spans[k + 1].begin - spans[k].end);
    if (between.find('\n') != std::string_view::npos || spans[k].size() > 48) continue;
    if (!kDateHead->FullMatch(Fold(a.clean().substr(spans[k].begin, spans[k].size())))) continue;
    spans[k + 1].begin = spans[k].begin;
    spans[k] = Span{};
  }
  for (Span s : spans) {
    if (s.empty()) continue;
    Sentence sent;
    sent.orig = s;
    sent.folded = fold.FromOriginal(s);
    for (Span c : SplitClauses(Folded(sent.folded)))
      sent.clauses.push_back({c.begin + sent.folded.begin, c.end + sent.folded.begin});
    sentences.push_back(std::move(sent));
  }
  quotations = FindQuotations(a.clean());
  entities = matcher.Find(fold, a.bytes());
  AddTranscriptTurns();
  // A few words in marks inside the outlet's own sentence ("the talks lasted
  // «about four hours»", "signed in "Moscow"") are its claim, words borrowed:
  // only a longer quotation is the speaker's, with values of its own.
  for (const Quotation& q : quotations)
    if (q.depth == 0 && QuoteWords(a.Text(q.inner)).size() > 4) quotes.push_back(fold.FromOriginal(q.inner));
  const std::vector<LanguageRun> runs = LanguageRuns(fold.str(), lang);
  const std::vector<size_t> capitals = CapitalScales(fold, a.clean());
  for (const LanguageRun& run : runs) {
    std::vector<size_t> run_capitals;
    for (size_t c : capitals)
      if (c >= run.span.begin && c < run.span.end) run_capitals.push_back(c - run.span.begin);
    for (NumberMention& n : ExtractNumbers(Folded(run.span), run.lang, run_capitals)) {
      n.span.begin += run.span.begin;
      n.span.end += run.span.begin;
      numbers.push_back(std::move(n));
    }
  }
  // Dates per story: each story has its own reference date.
  future_verbs = SpanishFutureVerbs(fold, a.clean(), lang);
  if (lang == "es") {
    static const Regex* const kConditional =
        new Regex(R"((?:^|\P{L})(\p{Ll}*[aeidbr]r(?:ía|ían|ías|íamos))(?:\P{L}|$))", Regex::kCaseSensitive);
    static const Regex* const kNounBefore =
        new Regex(R"((?:^|\s)(?:la|las|una|unas|de|del|su|sus|esta|esa|nuestra|cada)\s+$)");
    std::vector<Span> g;
    for (size_t pos = a.body().begin; pos < a.clean().size() && kConditional->Find(a.clean(), pos, &g);
         pos = g[1].end) {
      const Span verb = fold.FromOriginal(g[1]);
      if (!kNounBefore->Contains(Folded({verb.begin > 12 ? verb.begin - 12 : 0, verb.begin})))
        conditional_verbs.push_back(verb);
    }
  }
  const std::vector<Span>& future = future_verbs;
  const std::vector<Span> past = SpanishPastVerbs(fold, a.clean(), lang);
  for (Span story : a.stories()) {
    Date ref = a.ReferenceDateAt(story.begin);
    const Span whole = fold.FromOriginal(story);
    for (const LanguageRun& run : runs) {
      const Span fs{std::max(run.span.begin, whole.begin), std::min(run.span.end, whole.end)};
      if (fs.begin >= fs.end) continue;
      // The verbs come sorted: only those of this stretch are looked at (an
      // article of many datelined stories made this a scan per story).
      auto within = [&](const std::vector<Span>& all) {
        std::vector<Span> verbs;
        auto v = std::lower_bound(all.begin(), all.end(), fs.begin,
                                  [](const Span& s, size_t pos) { return s.begin < pos; });
        for (; run.lang == lang && v != all.end() && v->begin < fs.end; ++v)
          if (v->end <= fs.end) verbs.push_back({v->begin - fs.begin, v->end - fs.begin});
        return verbs;
      };
      std::vector<DateMention> ds = ExtractDates(
          Folded(fs), run.lang, ref.precision == Date::Precision::kDay ? &ref : nullptr, within(future), within(past));
      for (DateMention& d : ds) {
        d.span.begin += fs.begin;
        d.span.end += fs.begin;
        // A wire lead's date is when the story was filed: never a claim's.
        const Span orig = fold.ToOriginal(d.span);
        bool lead = false;
        for (Span l : a.datelines()) lead |= orig.begin >= l.begin && orig.end <= l.end;
        if (!lead) dates.push_back(std::move(d));
      }
    }
  }
  TakeHeadingYears(fold.str(), &dates);
  // A question and the statement after it, within the paragraph or the next
  // one (a question set as a heading, its answer below).
  for (size_t i = 0; i + 1 < sentences.size(); ++i) {
    Sentence& q = sentences[i];
    const Sentence& answer = sentences[i + 1];
    const std::string_view gap = a.Text({q.orig.end, answer.orig.begin});
    if (std::count(gap.begin(), gap.end(), '\n') > 2 || EndsAQuestion(a.Text(answer.orig)) ||
        !AsksForAValue(a.Text(q.orig), Folded(q.folded)))
      continue;
    // "Where will they meet next? Probably in Moscow": a forecast, no report.
    static const Regex* const kFuture = new Regex("\\b(?:will|shall|going to|va a|van a|vamos a)\\b|'ll\\b");
    if (kFuture->Contains(Folded(q.folded)) || FutureVerbIn(q.folded)) continue;
    Sentence both;
    both.orig = {q.orig.begin, answer.orig.end};
    both.folded = {q.folded.begin, answer.folded.end};
    both.clauses = q.clauses;
    both.clauses.insert(both.clauses.end(), answer.clauses.begin(), answer.clauses.end());
    q.answered = static_cast<int>(answered.size());
    answered.push_back(std::move(both));
  }
  off_topic = OffTopicDigestItems(*this);
}

bool Doc::OffTopic(Span orig) const {
  for (Span item : off_topic)
    if (orig.begin >= item.begin && orig.begin < item.end) return true;
  return false;
}

namespace {

// True when one of `sorted` (spans sorted by start) lies within `range`.
bool AnyWithin(const std::vector<Span>& sorted, Span range) {
  auto v =
      std::lower_bound(sorted.begin(), sorted.end(), range.begin, [](Span c, size_t pos) { return c.begin < pos; });
  return v != sorted.end() && v->end <= range.end;
}

}  // namespace

bool Doc::ConditionalVerbIn(Span range) const { return AnyWithin(conditional_verbs, range); }

bool Doc::FutureVerbIn(Span range) const { return AnyWithin(future_verbs, range); }

Span Doc::ClauseAt(const Sentence& s, size_t pos) const {
  for (Span c : s.clauses)
    if (pos >= c.begin && pos < c.end) return c;
  // Between clauses (on a boundary mark): the nearest one before.
  Span best = s.folded;
  for (Span c : s.clauses)
    if (c.begin <= pos) best = c;
  return best;
}

void Doc::AddTranscriptTurns() {
  // "KIM (through interpreter): …", "PUTIN: …": a label in capitals that names
  // a known person, then a colon, at the start of a line. The outlet's own
  // labels ("ANCHOR:", "PRESENTADORA:", "BREAKING:", "MOSCOW:") name nobody.
  // The Kremlin's transcripts write the name as it is ("V. Putin:", "Kim Jong
  // Un (retranslated):"): a label in small letters is a turn when it is the
  // name alone, with initials or a title before it, so "Putin said on
  // Wednesday: …" is none.
  static const Regex* const kLabel = new Regex(
      R"((?m)^[ \t>*_]*([A-Z\x{00C0}-\x{00DE}][\p{L} .'\x{2019}-]{1,40}?)[ \t]*(?:\([^()\n]{0,60}\))?[ \t]*:[*_]*[ \t]+(\S[^\n]*))",
      Regex::kCaseSensitive);
  static const Regex* const kLower = new Regex(R"(\p{Ll})", Regex::kCaseSensitive);
  static const Regex* const kNameOnly =
      new Regex(R"(^\s*(?:(?:president|presidente|comrade|camarada|mr|sr)\.?\s+)?(?:[a-z]\.\s*){0,3}$)");
  const std::string_view text = article.clean();
  struct Label {
    size_t begin;  // the label line's start
    Span inner;    // what follows the label on its line
    bool person;
  };
  std::vector<Label> labels;
  std::vector<Span> g;
  for (size_t from = article.body().begin; from < text.size() && kLabel->Find(text, from, &g); from = g[0].end) {
    const Span label = fold.FromOriginal(g[1]);
    const bool capitals = !kLower->Contains(text.substr(g[1].begin, g[1].size()));
    const bool person = std::any_of(entities.begin(), entities.end(), [&](const EntityMention& m) {
      return m.entity->kind == "person" && m.span.begin >= label.begin && m.span.end <= label.end &&
             (capitals || (kNameOnly->FullMatch(Folded({label.begin, m.span.begin})) &&
                           Folded({m.span.end, label.end}).find_first_not_of(" ") == std::string_view::npos));
    });
    Span inner = g[2];
    while (inner.end > inner.begin && (text[inner.end - 1] == ' ' || text[inner.end - 1] == '\r')) --inner.end;
    labels.push_back({g[0].begin, inner, person});
  }
  // In a transcript (two turns or more) a turn runs on over the paragraphs
  // below its line, up to the next label, a heading or a rule, or the story's
  // end: the Kremlin's put a salutation on the label's line and the speech
  // under it.
  const size_t turns =
      static_cast<size_t>(std::count_if(labels.begin(), labels.end(), [](const Label& l) { return l.person; }));
  for (size_t i = 0; i < labels.size(); ++i) {
    if (!labels[i].person) continue;
    Span inner = labels[i].inner;
    if (turns >= 2) {
      size_t limit = i + 1 < labels.size() ? labels[i + 1].begin : text.size();
      for (Span story : article.stories())
        if (labels[i].begin >= story.begin && labels[i].begin < story.end) limit = std::min(limit, story.end);
      for (size_t pos = text.find('\n', inner.end); pos != std::string_view::npos && pos + 1 < limit;
           pos = text.find('\n', pos + 1)) {
        const size_t line = pos + 1;
        size_t end = text.find('\n', line);
        if (end == std::string_view::npos || end > limit) end = limit;
        const std::string_view raw = std::string_view(article.bytes()).substr(line, end - line);
        const size_t first = raw.find_first_not_of(" \t");
        if (first != std::string_view::npos &&
            (raw[first] == '#' || raw.substr(first, 3) == "---" || raw.substr(first, 3) == "***"))
          break;
        const std::string_view clean_line = text.substr(line, end - line);
        const size_t last = clean_line.find_last_not_of(" \t\r");
        if (last != std::string_view::npos) inner.end = line + last + 1;
      }
      // A quotation in the speech below keeps its marks: the turn ends before it.
      for (const Quotation& q : quotations)
        if (q.outer.begin >= labels[i].inner.end && q.outer.begin < inner.end) {
          inner.end = q.outer.begin;
          while (inner.end > inner.begin && std::isspace(static_cast<unsigned char>(text[inner.end - 1]))) --inner.end;
          break;
        }
    }
    const Span whole{labels[i].begin, inner.end};
    // A line that quotes with marks of its own keeps them; so does one an
    // unclosed quotation runs into.
    auto at = std::lower_bound(quotations.begin(), quotations.end(), whole.begin,
                               [](const Quotation& q, size_t pos) { return q.outer.begin < pos; });
    if (at != quotations.end() && at->outer.begin < inner.end) continue;
    if (std::any_of(quotations.begin(), at, [&](const Quotation& q) { return q.outer.end > whole.begin; })) continue;
    const size_t index = static_cast<size_t>(at - quotations.begin());
    for (Quotation& q : quotations)
      if (q.parent >= static_cast<int>(index)) ++q.parent;
    Quotation turn;
    turn.outer = whole;
    turn.inner = inner;
    quotations.insert(quotations.begin() + static_cast<std::ptrdiff_t>(index), turn);
  }
}

int Doc::QuoteAt(size_t pos) const {
  // The outermost quotations do not overlap and come in text order.
  auto it = std::upper_bound(quotes.begin(), quotes.end(), pos, [](size_t p, const Span& q) { return p < q.begin; });
  if (it == quotes.begin()) return -1;
  --it;
  return pos < it->end ? static_cast<int>(it - quotes.begin()) : -1;
}

}  // namespace claimcheck
