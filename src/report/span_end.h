// Where a span ends, and a path as a URI reference: what the CI formats (SARIF,
// GitHub annotations, JUnit) need beyond the report's start line and column.
#ifndef CLAIMCHECK_REPORT_SPAN_END_H_
#define CLAIMCHECK_REPORT_SPAN_END_H_

#include <string>
#include <string_view>

namespace claimcheck {

struct SpanEnd {
  int line = 0;
  int column = 0;  // of the code point after the span's last one (exclusive)
};

// The end of `text` when it starts at `line`:`column` (1-based, code points), as
// SARIF's endLine/endColumn: a newline inside moves to the next line.
inline SpanEnd EndOf(int line, int column, std::string_view text) {
  SpanEnd e{line, column};
  for (char c : text) {
    if (c == '\n') {
      ++e.line;
      e.column = 1;
    } else if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) {
      ++e.column;
    }
  }
  return e;
}

// `path` as a URI reference (RFC 3986): '/' kept, bytes outside the unreserved
// set percent-encoded ("a b/ñ.md" -> "a%20b/%C3%B1.md"); an absolute path is a
// file URI ("/tmp/a.md" -> "file:///tmp/a.md").
inline std::string UriOf(std::string_view path) {
  static const char kHex[] = "0123456789ABCDEF";
  std::string out = !path.empty() && path[0] == '/' ? "file://" : "";
  for (char ch : path) {
    unsigned char c = static_cast<unsigned char>(ch);
    bool keep = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' ||
                c == '.' || c == '_' || c == '~' || c == '/';
    if (keep) {
      out += ch;
    } else {
      out += '%';
      out += kHex[c >> 4];
      out += kHex[c & 15];
    }
  }
  return out;
}

}  // namespace claimcheck

#endif  // CLAIMCHECK_REPORT_SPAN_END_H_
