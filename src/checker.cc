#include "claimcheck/checker.h"

#include <algorithm>
#include <atomic>
#include <mutex>
#include <thread>

#include "analysis.h"
#include "disagreements.h"
#include "kinds/registry.h"
#include "text/regex.h"

namespace claimcheck {

struct Checker::Compiled {
  explicit Compiled(const Rulebook& b) : matcher(b) {}
  EntityMatcher matcher;
};

Checker::Checker(std::vector<Rulebook> books) : books_(std::move(books)) {
  for (const Rulebook& b : books_) compiled_.push_back(std::make_unique<Compiled>(b));
}

Checker::~Checker() = default;

ArticleOptions Checker::article_options() const {
  ArticleOptions o;
  for (const Rulebook& b : books_)
    for (const std::string& p : b.ignore())
      if (std::find(o.ignore.begin(), o.ignore.end(), p) == o.ignore.end()) o.ignore.push_back(p);
  return o;
}

namespace {

Severity Lower(Severity s) {
  return s == Severity::kError ? Severity::kWarning : Severity::kInfo;
}

// An article belongs to an event by its front matter, else by the event's match.
bool BelongsTo(const Doc& doc, const Rulebook& book, std::string* why) {
  const Event& ev = book.event();
  if (!doc.article.event().empty()) {
    *why = "front matter event: " + doc.article.event();
    return doc.article.event() == ev.id;
  }
  if (!ev.has_match) {
    *why = "the rulebook has no match: it takes every article";
    return true;
  }
  for (const std::string& id : ev.match_all) {
    bool found = false;
    for (const EntityMention& m : doc.entities) found |= m.entity->id == id;
    if (!found) {
      *why = "match.all: '" + id + "' is not mentioned";
      return false;
    }
  }
  if (!ev.match_any.empty()) {
    bool any = false;
    for (const Pattern& p : ev.match_any) any |= p.re->Contains(doc.fold.str());
    if (!any) {
      *why = "match.any: none of the patterns occurs";
      return false;
    }
  }
  *why = "the event's match holds";
  return true;
}

std::string SentenceText(const Article& a, Span s) {
  std::string out;
  bool space = false;
  for (char c : a.Text(s)) {
    if (c == '\n' || c == '\r' || c == '\t') c = ' ';
    if (c == ' ') {
      if (!space) out.push_back(c);
      space = true;
    } else {
      out.push_back(c);
      space = false;
    }
  }
  return out;
}

Finding ToFinding(const Claim& c, const Doc& doc, const Rulebook& book) {
  const Fact& f = *c.fact;
  Finding r;
  r.event = book.event().id;
  r.fact = f.id;
  r.rule = r.event + "/" + r.fact;
  r.kind = f.kind;
  r.status = ClaimStatusName(c.status);
  // Only a contradiction carries the fact's severity; the rest is information.
  r.severity = c.status == ClaimStatus::kContradiction ? f.severity : Severity::kInfo;
  r.attributed = c.attributed;
  if (c.attributed && c.status == ClaimStatus::kContradiction) r.severity = Lower(r.severity);
  r.path = doc.article.path();
  LineIndex::LineCol lc = doc.article.LineColAt(c.span.begin);
  r.line = lc.line;
  r.column = lc.column;
  r.start = c.span.begin;
  r.end = c.span.end;
  r.text = std::string(doc.article.Text(c.span));
  r.found = c.found;
  r.expected = !c.expected.empty() ? c.expected : f.value ? f.value->ToString() : "unknown";
  r.sentence = SentenceText(doc.article, c.sentence);
  LineIndex::LineCol sl = doc.article.LineColAt(c.sentence.begin);
  r.sentence_line = sl.line;
  r.sentence_column = sl.column;
  switch (c.status) {
    case ClaimStatus::kContradiction:
      r.message = "found " + c.found + ", rulebook says " + r.expected;
      break;
    case ClaimStatus::kConfirmed:
      r.message = f.value ? "confirmed: " + c.found : "claims " + c.found + " (no verified value)";
      break;
    case ClaimStatus::kUnresolved:
      r.message = "cannot resolve '" + r.text + "': " + c.reason.substr(c.reason.rfind(": ") + 2);
      break;
    case ClaimStatus::kStated:
      r.message = "states " + c.found + " (no verified value)";
      break;
  }
  if (c.attributed) {
    r.attribution =
        c.reported ? "reported speech: attributed to its source" : "in a quotation: attributed to the speaker";
    r.message += " (" + r.attribution + ")";
  }
  return r;
}

}  // namespace

void Checker::CheckArticle(const Article& article, Report* report) const {
  ArticleInfo info;
  info.path = article.path();
  info.source = article.source();
  info.published = article.published().valid() ? article.published().ToString() : "";
  info.language = article.language();
  for (const Diagnostic& d : article.problems())
    report->errors.push_back({d.loc.path, d.loc.line, d.loc.column, d.message});
  for (size_t i = 0; i < books_.size(); ++i) {
    const Rulebook& book = books_[i];
    Doc doc(article, book, compiled_[i]->matcher);
    std::string why;
    if (!BelongsTo(doc, book, &why)) continue;
    info.events.push_back(book.event().id);
    for (const Fact& fact : book.facts()) {
      const FactKindDef* kind = FindFactKind(fact.kind);
      if (!kind) continue;
      std::vector<Claim> claims;
      kind->find(fact, doc, &claims, nullptr);
      for (const Claim& c : claims)
        if (!doc.OffTopic(c.span))
          (c.status == ClaimStatus::kStated ? report->claims : report->findings).push_back(ToFinding(c, doc, book));
    }
  }
  report->articles.push_back(std::move(info));
}

std::vector<std::string> Checker::Explain(const Article& article) const {
  std::vector<std::string> out;
  auto at = [&](Span orig) {
    LineIndex::LineCol lc = article.LineColAt(orig.begin);
    return std::to_string(lc.line) + ":" + std::to_string(lc.column);
  };
  out.push_back("article " + article.path() + ": source '" + article.source() + "', language " +
                article.language() + ", published " +
                (article.published().valid() ? article.published().ToString() + " (" + article.published_from() + ")"
                                             : std::string("unknown")));
  const Date ref = article.ReferenceDateAt(article.body().begin);
  if (ref.valid() && !(ref == article.published()))
    out.push_back("relative dates count from " + ref.ToString() +
                  ", the day of the wire lead: the copy was filed before it was published");
  for (const Diagnostic& d : article.problems()) out.push_back("problem " + d.ToString());
  for (size_t i = 0; i < books_.size(); ++i) {
    const Rulebook& book = books_[i];
    Doc doc(article, book, compiled_[i]->matcher);
    std::string why;
    bool in = BelongsTo(doc, book, &why);
    out.push_back("event " + book.event().id + ": " + (in ? "applies" : "does not apply") + " (" + why + ")");
    if (!in) continue;
    for (Span item : doc.off_topic)
      out.push_back("  digest item " + at(item) + " names nothing of the event: what it says is no claim");
    for (const EntityMention& m : doc.entities)
      out.push_back("  mention " + at(doc.Orig(m.span)) + " '" + std::string(article.Text(doc.Orig(m.span))) +
                    "' -> " + m.entity->kind + " " + m.entity->id);
    for (const DateMention& d : doc.dates) {
      std::string v = !d.resolved ? "unresolved" : d.is_range ? d.value.ToString() + "/" + d.end.ToString()
                                                               : d.value.ToString();
      out.push_back("  date " + at(doc.Orig(d.span)) + " '" + std::string(article.Text(doc.Orig(d.span))) +
                    "' -> " + v + " (" + d.form + (d.alt.valid() ? "; or " + d.alt.ToString() : "") + ")");
    }
    for (const Fact& fact : book.facts()) {
      const FactKindDef* kind = FindFactKind(fact.kind);
      if (!kind) continue;
      std::vector<Claim> claims;
      Trace trace;
      kind->find(fact, doc, &claims, &trace);
      for (const std::string& t : trace.lines) out.push_back("  " + t);
      for (const Claim& c : claims) {
        const std::string status = doc.OffTopic(c.span) ? "dropped, in a digest's item about another story"
                                                        : std::string(ClaimStatusName(c.status)) +
                                                              (c.attributed ? " (attributed)" : "") + " — " + c.reason;
        out.push_back("  claim " + fact.id + " " + at(c.span) + " '" + std::string(article.Text(c.span)) +
                      "': " + status);
      }
    }
  }
  return out;
}

Report Checker::CheckPaths(const std::vector<std::string>& paths, int jobs) const {
  Report report;
  for (const Rulebook& b : books_) {
    EventInfo ev{b.event().id, b.event().title, {}};
    for (const Fact& f : b.facts())
      ev.facts.push_back({f.id, f.kind, f.value ? f.value->ToString() : "unknown", f.severity});
    report.events.push_back(std::move(ev));
  }
  std::vector<std::string> missing;
  std::vector<std::string> files = ExpandArticlePaths(paths, &missing);
  for (const std::string& m : missing) report.errors.push_back({m, 0, 0, "no such file or directory"});
  ArticleOptions options = article_options();
  std::vector<Report> parts(files.size());
  std::atomic<size_t> next{0};
  auto work = [&] {
    for (size_t i = next++; i < files.size(); i = next++) {
      Article a;
      Status s = Article::Load(files[i], options, &a);
      if (!s.ok()) {
        parts[i].errors.push_back({files[i], 0, 0, s.message()});
        continue;
      }
      CheckArticle(a, &parts[i]);
    }
  };
  jobs = std::max(1, std::min<int>(jobs, static_cast<int>(files.size())));
  std::vector<std::thread> threads;
  for (int t = 1; t < jobs; ++t) threads.emplace_back(work);
  work();
  for (std::thread& t : threads) t.join();
  for (Report& p : parts) {
    for (auto& a : p.articles) report.articles.push_back(std::move(a));
    for (auto& f : p.findings) report.findings.push_back(std::move(f));
    for (auto& f : p.claims) report.claims.push_back(std::move(f));
    for (auto& e : p.errors) report.errors.push_back(std::move(e));
  }
  // Sorted first so that the values of each disagreement, and the claims behind
  // them, come in report order; then the disagreements themselves.
  report.Sort();
  FindDisagreements(books_, &report);
  report.Sort();
  return report;
}

}  // namespace claimcheck
