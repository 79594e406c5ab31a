// `claimcheck test`: the examples embedded in rulebooks, run through the same
// engine as `check`.
#include "analysis.h"
#include "claimcheck/checker.h"
#include "kinds/registry.h"

namespace claimcheck {

std::vector<std::string> Checker::RunExamples(size_t* count) const {
  std::vector<std::string> failures;
  *count = 0;
  for (const Rulebook& book : books_) {
    EntityMatcher matcher(book);
    for (const Fact& fact : book.facts()) {
      const FactKindDef* kind = FindFactKind(fact.kind);
      if (!kind) continue;
      for (const Example& ex : fact.examples) {
        ++*count;
        std::string bytes = "---\n";
        if (!ex.published.empty()) bytes += "published: " + ex.published + "\n";
        if (!ex.language.empty()) bytes += "language: " + ex.language + "\n";
        bytes += "---\n" + ex.text + "\n";
        // The rulebook's own `ignore:` applies, as in `check`: an example may
        // show that a line it drops makes no claim.
        ArticleOptions options;
        options.ignore = book.ignore();
        Article article = Article::FromBytes(ex.loc.path + ":" + std::to_string(ex.loc.line), bytes, options);
        Doc doc(article, book, matcher);
        std::vector<Claim> claims;
        kind->find(fact, doc, &claims, nullptr);
        std::string got = "none";
        std::string found;
        for (const Claim& c : claims) {
          if (c.status == ClaimStatus::kContradiction) {
            got = "contradiction";
            found = c.found;
            break;
          }
          if (c.status == ClaimStatus::kConfirmed && got == "none") {
            got = "confirmed";
            found = c.found;
          }
          if (c.status == ClaimStatus::kUnresolved && got == "none") got = "unresolved";
          if (c.status == ClaimStatus::kStated && got == "none") {
            got = "stated";
            found = c.found;
          }
        }
        std::string where = ex.loc.path + ":" + std::to_string(ex.loc.line) + ": " + fact.id + ": ";
        if (got != ex.expect)
          failures.push_back(where + "expected " + ex.expect + ", got " + got +
                             (found.empty() ? "" : " (" + found + ")") + " in \"" + ex.text + "\"");
        else if (!ex.found.empty() && found != ex.found)
          failures.push_back(where + "expected found " + ex.found + ", got " + found + " in \"" + ex.text + "\"");
      }
    }
  }
  return failures;
}

}  // namespace claimcheck
