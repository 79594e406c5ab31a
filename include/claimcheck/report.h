// Report: what a check found, and the formats it is printed in.
//
// A Report is plain data: articles, findings (confirmations, contradictions,
// unresolved claims), disagreements between sources, and per-file errors.
// Reporters are pure functions of (Report, ReportOptions) writing to a stream,
// one file per format under src/report/, listed once in src/report/reporter.cc.
//
// Example:
//   const ReportFormat* f = FindReportFormat("json");
//   f->write(report, options, &std::cout);
#ifndef CLAIMCHECK_REPORT_H_
#define CLAIMCHECK_REPORT_H_

#include <optional>
#include <ostream>
#include <string>
#include <vector>

#include "claimcheck/rulebook.h"

namespace claimcheck {

struct ArticleInfo {
  std::string path;
  std::string source;
  std::string published;  // ISO date or ""
  std::string language;
  std::vector<std::string> events;
};

// The facts of one event, as the rulebook states them: reports that show every
// fact (the discrepancy table) need the ones no article mentioned too.
struct FactInfo {
  std::string id;
  std::string kind;
  std::string expected;  // the rulebook's value; "unknown" for a slot
  Severity severity = Severity::kError;
};

struct EventInfo {
  std::string id;
  std::string title;
  std::vector<FactInfo> facts;  // in rulebook order
};

struct Finding {
  std::string rule;   // "event/fact"
  std::string event;
  std::string fact;
  std::string kind;
  std::string status;  // contradiction | confirmed | unresolved
  Severity severity = Severity::kError;
  std::string path;
  int line = 0;
  int column = 0;
  size_t start = 0;  // byte offsets in the original file
  size_t end = 0;
  std::string text;      // the original text of [start, end)
  std::string found;
  std::string expected;
  std::string message;
  std::string sentence;  // the sentence, original text
  int sentence_line = 0;
  int sentence_column = 0;  // where the sentence starts
  bool attributed = false;
  // When attributed, how, as the message ends: "in a quotation: attributed to
  // the speaker" or "reported speech: attributed to its source".
  std::string attribution;
};

struct ClaimRef {
  std::string path;
  int line = 0;
  int column = 0;
  size_t start = 0;
  size_t end = 0;
  std::string text;
};

struct DisagreementValue {
  std::string found;
  bool expected_match = false;
  std::vector<ClaimRef> claims;
  // Quote drift: this wording against the previous value's (empty for the first).
  std::string diff;
};

struct Disagreement {
  std::string rule, event, fact, kind;
  Severity severity = Severity::kWarning;
  std::vector<DisagreementValue> values;
  std::string message;
  std::string diff;  // quote drift: the second value's diff (values[1].diff), else ""
};

struct FileError {
  std::string path;
  int line = 0;
  int column = 0;
  std::string message;
};

struct Report {
  std::vector<EventInfo> events;  // every rulebook's event, in load order
  std::vector<ArticleInfo> articles;
  std::vector<Finding> findings;
  // Claims about slots (facts with no verified value), status "stated": they are
  // no finding of their own, but what sources are compared on.
  std::vector<Finding> claims;
  std::vector<Disagreement> disagreements;
  std::vector<FileError> errors;
  // Sorts everything by (path, offset, rule) so output is byte-stable.
  void Sort();
};

struct ReportOptions {
  // Print confirmations in human-readable formats too. Default: false (JSON
  // always carries them).
  bool show_confirmed = false;
  // Colour in the text format. Default: false.
  bool color = false;
  // The lowest severity that fails the run (--fail-on); none: never. Formats
  // that mark failures (JUnit) mark the same ones the exit status counts.
  std::optional<Severity> fail_on = Severity::kError;
};

// True when a finding of this status and severity fails the run under `options`
// (a confirmation never does).
bool Fails(const std::string& status, Severity severity, const ReportOptions& options);

struct ReportFormat {
  const char* name;
  const char* description;
  void (*write)(const Report& report, const ReportOptions& options, std::ostream* out);
};

const std::vector<const ReportFormat*>& ReportFormats();
// The format named `name`, or null.
const ReportFormat* FindReportFormat(const std::string& name);

}  // namespace claimcheck

#endif  // CLAIMCHECK_REPORT_H_
