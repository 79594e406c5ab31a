// The report formats: one file each in src/report/, listed once here.
#include <algorithm>
#include <tuple>

#include "claimcheck/report.h"

namespace claimcheck {

extern const ReportFormat kTextFormat;
extern const ReportFormat kJsonFormat;
extern const ReportFormat kMarkdownFormat;
extern const ReportFormat kHtmlFormat;
extern const ReportFormat kSarifFormat;
extern const ReportFormat kJunitFormat;
extern const ReportFormat kGithubFormat;

const std::vector<const ReportFormat*>& ReportFormats() {
  static const std::vector<const ReportFormat*> formats = {&kTextFormat,  &kJsonFormat,  &kSarifFormat,
                                                           &kJunitFormat, &kGithubFormat, &kMarkdownFormat,
                                                           &kHtmlFormat};
  return formats;
}

bool Fails(const std::string& status, Severity severity, const ReportOptions& options) {
  return status != "confirmed" && options.fail_on && severity >= *options.fail_on;
}

const ReportFormat* FindReportFormat(const std::string& name) {
  for (const ReportFormat* f : ReportFormats())
    if (name == f->name) return f;
  return nullptr;
}

void Report::Sort() {
  std::sort(articles.begin(), articles.end(),
            [](const ArticleInfo& a, const ArticleInfo& b) { return a.path < b.path; });
  std::sort(findings.begin(), findings.end(), [](const Finding& a, const Finding& b) {
    return std::tie(a.path, a.start, a.rule, a.end, a.status) <
           std::tie(b.path, b.start, b.rule, b.end, b.status);
  });
  std::sort(claims.begin(), claims.end(), [](const Finding& a, const Finding& b) {
    return std::tie(a.path, a.start, a.rule, a.end) < std::tie(b.path, b.start, b.rule, b.end);
  });
  std::sort(errors.begin(), errors.end(), [](const FileError& a, const FileError& b) {
    return std::tie(a.path, a.line, a.column, a.message) < std::tie(b.path, b.line, b.column, b.message);
  });
  std::sort(disagreements.begin(), disagreements.end(),
            [](const Disagreement& a, const Disagreement& b) { return a.rule < b.rule; });
}

}  // namespace claimcheck
