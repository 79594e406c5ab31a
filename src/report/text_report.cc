// Text: like a compiler's diagnostics, one finding per block:
//   path:line:col: error: [event/fact] found X, rulebook says Y
//     <the source line>
//     <the span underlined>
#include <fstream>
#include <map>
#include <sstream>

#include "claimcheck/report.h"
#include "report/discrepancy.h"
#include "report/span_end.h"

namespace claimcheck {
namespace {

// The original line holding the finding, read again from the file (reports are
// pure data; the file is small and the text format is for people).
std::string SourceLine(const Finding& f, std::map<std::string, std::string>* cache) {
  auto it = cache->find(f.path);
  if (it == cache->end()) {
    std::ifstream in(f.path, std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    it = cache->emplace(f.path, ss.str()).first;
  }
  const std::string& b = it->second;
  if (f.start > b.size()) return "";
  size_t begin = b.rfind('\n', f.start == 0 ? 0 : f.start - 1);
  begin = (begin == std::string::npos || f.start == 0) ? 0 : begin + 1;
  if (f.start > 0 && b[f.start - 1] == '\n') begin = f.start;
  size_t end = b.find('\n', f.start);
  if (end == std::string::npos) end = b.size();
  if (end > begin && b[end - 1] == '\r') --end;
  // Invalid bytes are shown as U+FFFD, one per step of the decoder, as
  // columns count them: the report stays UTF-8. Control characters (a tab)
  // stay as they are.
  return ValidUtf8(
      std::string_view(b).substr(begin, end - begin), [](char c, char, std::string* out) { out->push_back(c); },
      /*per_step=*/true);
}

void Write(const Report& report, const ReportOptions& options, std::ostream* out) {
  std::map<std::string, std::string> cache;
  size_t contradictions = 0, confirmed = 0, unresolved = 0;
  for (const Finding& f : report.findings) {
    if (f.status == "contradiction") ++contradictions;
    else if (f.status == "confirmed") ++confirmed;
    else ++unresolved;
    if (f.status == "confirmed" && !options.show_confirmed) continue;
    const char* level = f.status == "confirmed" ? "note" : SeverityName(f.severity);
    *out << f.path << ":" << f.line << ":" << f.column << ": " << level << ": [" << f.rule << "] "
         << f.message << "\n";
    std::string line = SourceLine(f, &cache);
    if (!line.empty()) {
      *out << "    " << line << "\n    ";
      size_t col = static_cast<size_t>(f.column > 0 ? f.column - 1 : 0);
      const size_t width = static_cast<size_t>(EndOf(1, 1, f.text.substr(0, f.text.find('\n'))).column - 1);
      *out << std::string(col, ' ') << '^' << std::string(width > 1 ? width - 1 : 0, '~') << "\n";
    }
  }
  // Disagreements between sources: one block each, every value with the places
  // that state it.
  for (const Disagreement& d : report.disagreements) {
    *out << SeverityName(d.severity) << ": [" << d.rule << "] " << d.message << "\n";
    if (!d.diff.empty()) *out << "    wording: " << d.diff << "\n";
    for (const DisagreementValue& v : d.values) {
      // Each place with its own words when they are not the value's
      // ("~2 hour “unas dos horas”", a Spanish rendering of an English quote).
      for (const ClaimRef& c : v.claims) {
        *out << "    " << c.path << ":" << c.line << ":" << c.column << ": " << v.found;
        if (!c.text.empty() && c.text != v.found) *out << " \u201c" << c.text << "\u201d";
        *out << (v.expected_match ? " (matches the rulebook)" : "") << "\n";
      }
      // The second value's diff is the wording line above; a third or later gets its own.
      if (&v - d.values.data() >= 2 && !v.diff.empty())
        *out << "      wording against the one before: " << v.diff << "\n";
    }
  }
  for (const FileError& e : report.errors) {
    *out << e.path;
    if (e.line > 0) *out << ":" << e.line << ":" << e.column;
    *out << ": error: " << e.message << "\n";
  }
  *out << report.articles.size() << (report.articles.size() == 1 ? " article" : " articles") << ": "
       << contradictions << " contradiction" << (contradictions == 1 ? "" : "s") << ", " << confirmed
       << " confirmed, " << unresolved << " unresolved, " << report.disagreements.size()
       << " disagreement" << (report.disagreements.size() == 1 ? "" : "s") << ", "
       << report.errors.size() << " error" << (report.errors.size() == 1 ? "" : "s") << "\n";
}

}  // namespace

extern const ReportFormat kTextFormat = {"text", "compiler-style lines with the span underlined", &Write};

}  // namespace claimcheck
