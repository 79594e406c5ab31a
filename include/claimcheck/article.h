// Article: one input file, its metadata, and a cleaned copy for analysis.
//
// The original bytes are kept untouched; every offset anywhere in claimcheck is a
// byte offset into them. `clean()` has exactly the same length: front matter,
// `ignore:` lines, a BOM, carriage returns and invalid UTF-8 bytes are replaced by
// spaces (newlines kept), so analysis never shifts an offset.
//
// Example:
//   Article a;
//   Status s = Article::Load("fixtures/articles/x.md", {}, &a);
//   if (!s.ok()) ...;                     // unreadable file
//   for (const Diagnostic& d : a.problems()) ...   // invalid UTF-8, bad front matter
//   a.published();                        // from front matter or the dateline
#ifndef CLAIMCHECK_ARTICLE_H_
#define CLAIMCHECK_ARTICLE_H_

#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "claimcheck/dates.h"
#include "claimcheck/status.h"
#include "claimcheck/text.h"

namespace claimcheck {

struct ArticleOptions {
  // RE2 patterns; a line of the body matching one is dropped from analysis
  // (offsets kept). Patterns are matched on the original line, case-sensitively.
  // Default: none.
  std::vector<std::string> ignore;
};

class Article {
 public:
  // Reads `path`. Returns non-OK only when the file cannot be read; problems in
  // its content (invalid UTF-8, broken front matter) are recorded in problems().
  static Status Load(const std::string& path, const ArticleOptions& options, Article* out);
  // Same, from bytes already in memory.
  static Article FromBytes(std::string path, std::string bytes, const ArticleOptions& options);

  const std::string& path() const { return path_; }
  const std::string& bytes() const { return *bytes_; }
  const std::string& clean() const { return clean_; }
  // The article's own text: after the front matter.
  Span body() const { return body_; }

  // Front matter `source`, else the file name.
  const std::string& source() const { return source_; }
  // BCP 47 language: front matter `language`, else detected ("es", "en"; "und").
  const std::string& language() const { return language_; }
  // Front matter `event`, empty when absent.
  const std::string& event() const { return event_; }
  // Front matter `published`, else the dateline; invalid when neither.
  const Date& published() const { return published_; }
  // Where published() came from: "front matter", "dateline" or "".
  const std::string& published_from() const { return published_from_; }
  // Byte spans of the story parts. A Markdown thematic break line ("---", "***")
  // in the body starts a new story (wire bundles append other copies); only the
  // first story is anchored by the front matter's published date.
  const std::vector<Span>& stories() const { return stories_; }
  // Reference date for relative expressions at `offset`: published() in the
  // first story (or its wire lead's day, when the copy was filed before it was
  // published), the story's own dateline in later ones, else invalid.
  Date ReferenceDateAt(size_t offset) const;
  // Byte spans of the dates in the leads that open wire copy ("SEOUL, June 20
  // (Reuters) -", "MOSCÚ, 19 jun (EFE).-"), in the first lines of each story: when
  // the story was filed, not what it tells.
  const std::vector<Span>& datelines() const { return datelines_; }

  // Located problems with the file's content; the rest of it is still checked.
  const Diagnostics& problems() const { return problems_; }

  LineIndex::LineCol LineColAt(size_t offset) const { return lines_.At(offset); }
  const LineIndex& lines() const { return lines_; }

  // Original text of a span (for reports).
  std::string_view Text(Span s) const {
    return std::string_view(*bytes_).substr(s.begin, s.end - s.begin);
  }

  Article() = default;

 private:
  void Analyze(const ArticleOptions& options);

  std::string path_;
  // Shared and never changed once read, so the LineIndex that views it stays
  // valid when an Article is copied or moved.
  std::shared_ptr<const std::string> bytes_ = std::make_shared<const std::string>();
  std::string clean_;
  Span body_;
  std::string source_, language_, event_;
  Date published_;
  std::string published_from_;
  std::vector<Span> stories_;
  std::vector<Date> story_dates_;
  std::vector<Span> datelines_;
  Diagnostics problems_;
  LineIndex lines_;
};

// Detects "es" or "en" from stopword counts; "und" when neither is clear.
std::string DetectLanguage(std::string_view folded_text);

}  // namespace claimcheck

#endif  // CLAIMCHECK_ARTICLE_H_
