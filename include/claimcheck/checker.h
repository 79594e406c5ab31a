// Checker: articles in, Report out.
//
// Example:
//   std::vector<Rulebook> books;  Diagnostics problems;
//   LoadRulebooks({"rules"}, &books, &problems);
//   Checker checker(std::move(books));
//   Report report = checker.CheckPaths({"fixtures/articles"});
//
// A Checker is immutable after construction; CheckArticle may be called from
// several threads at once.
#ifndef CLAIMCHECK_CHECKER_H_
#define CLAIMCHECK_CHECKER_H_

#include <memory>
#include <string>
#include <vector>

#include "claimcheck/article.h"
#include "claimcheck/report.h"
#include "claimcheck/rulebook.h"

namespace claimcheck {

class Checker {
 public:
  explicit Checker(std::vector<Rulebook> books);
  ~Checker();
  Checker(const Checker&) = delete;
  Checker& operator=(const Checker&) = delete;

  const std::vector<Rulebook>& rulebooks() const { return books_; }
  // Options for loading articles: the union of the rulebooks' `ignore:` lines.
  ArticleOptions article_options() const;

  // Checks one article against every rulebook whose event it belongs to and
  // appends its info, findings and content problems to *report.
  void CheckArticle(const Article& article, Report* report) const;

  // Expands files and directories (recursively: .md .markdown .txt .html .htm),
  // checks each article with `jobs` threads, records unreadable files under
  // errors, and returns the sorted report.
  Report CheckPaths(const std::vector<std::string>& paths, int jobs = 1) const;

  // Every mention and claim found in `article`, and why each cue did or did not
  // make a claim, as readable lines.
  std::vector<std::string> Explain(const Article& article) const;

  // Runs every `examples:` entry of every fact: the example text alone is checked
  // for that fact only (published date as given). Returns one line per failure,
  // "rulebook:line: fact: expected X, got Y"; *count receives the number run.
  std::vector<std::string> RunExamples(size_t* count) const;

 private:
  struct Compiled;
  std::vector<Rulebook> books_;
  std::vector<std::unique_ptr<Compiled>> compiled_;
};

// Lists the article files under `paths` (sorted, deduplicated). Paths that do not
// exist are appended to *missing.
std::vector<std::string> ExpandArticlePaths(const std::vector<std::string>& paths,
                                            std::vector<std::string>* missing);

}  // namespace claimcheck

#endif  // CLAIMCHECK_CHECKER_H_
