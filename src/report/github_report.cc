// GitHub Actions annotations: one workflow command per line, so a CI step that
// runs `claimcheck check --format github` marks each finding on the article's
// line in the pull request.
//   ::error file=a.md,line=3,col=5,endLine=3,endColumn=16,title=event/fact::found X, rulebook says Y
// Levels follow the severity (info is "notice"). Contradictions, unresolved
// findings and disagreements (at the first place whose value is not the
// rulebook's, else the first place stated; every place listed) are
// annotated; confirmations only with --show-confirmed; unreadable files as errors.
#include <algorithm>

#include "claimcheck/report.h"
#include "report/discrepancy.h"
#include "report/span_end.h"

namespace claimcheck {
namespace {

const char* Command(Severity s) {
  switch (s) {
    case Severity::kError: return "error";
    case Severity::kWarning: return "warning";
    case Severity::kInfo: return "notice";
  }
  return "warning";
}

// Keeps CR and LF for Escape below; other control characters mean nothing in an
// annotation.
void KeepLineBreaks(char c, char, std::string* out) {
  if (c == '\r' || c == '\n') *out += c;
  else if (c == '\t') *out += ' ';
}

// The runner reads '%', CR and LF escaped in a message, and ':' and ',' too in a
// property value (they would end it). Invalid UTF-8 in the article becomes U+FFFD.
std::string Escape(std::string_view raw, bool property) {
  std::string out;
  for (char c : ValidUtf8(raw, &KeepLineBreaks)) {
    switch (c) {
      case '%': out += "%25"; break;
      case '\r': out += "%0D"; break;
      case '\n': out += "%0A"; break;
      case ':': out += property ? "%3A" : ":"; break;
      case ',': out += property ? "%2C" : ","; break;
      default: out += c;
    }
  }
  return out;
}

void Annotate(std::ostream& o, const char* command, const std::string& path, int line, int column,
              std::string_view text, const std::string& title, const std::string& message) {
  o << "::" << command << " file=" << Escape(path, true);
  if (line > 0) {
    o << ",line=" << line << ",col=" << std::max(column, 1);
    SpanEnd e = EndOf(line, std::max(column, 1), text);
    // GitHub's endColumn is the last column of the span, not the one after it.
    if (!text.empty()) o << ",endLine=" << e.line << ",endColumn=" << std::max(e.column - 1, 1);
  }
  o << ",title=" << Escape(title, true) << "::" << Escape(message, false) << "\n";
}

void Write(const Report& report, const ReportOptions& options, std::ostream* out) {
  std::ostream& o = *out;
  for (const Finding& f : report.findings) {
    bool confirmed = f.status == "confirmed";
    if (confirmed && !options.show_confirmed) continue;
    std::string message = f.message;
    if (!f.sentence.empty()) message += "\n> " + f.sentence;
    Annotate(o, confirmed ? "notice" : Command(f.severity), f.path, f.line, f.column, f.text, f.rule, message);
  }
  for (const Disagreement& d : report.disagreements) {
    if (d.values.empty() || d.values[0].claims.empty()) continue;
    std::string message = d.message;
    if (!d.diff.empty()) message += "\nwording: " + d.diff;
    for (const DisagreementValue& v : d.values)
      for (const ClaimRef& c : v.claims)
        message += "\n" + c.path + ":" + std::to_string(c.line) + ":" + std::to_string(c.column) + ": " +
                   v.found + (v.expected_match ? " (matches the rulebook)" : "");
    // On the first place whose value differs from the rulebook's, where the
    // desk has something to fix; else (all consistent with it, or a slot) the
    // first place stated.
    const ClaimRef* at = &d.values[0].claims[0];
    for (const DisagreementValue& v : d.values)
      if (!v.expected_match && !v.claims.empty() && d.values[0].expected_match) {
        at = &v.claims[0];
        break;
      }
    Annotate(o, Command(d.severity), at->path, at->line, at->column, at->text, d.rule, message);
  }
  for (const FileError& e : report.errors) Annotate(o, "error", e.path, e.line, e.column, "", "claimcheck", e.message);
}

}  // namespace

extern const ReportFormat kGithubFormat = {"github", "GitHub Actions annotations", &Write};

}  // namespace claimcheck
