// Status: the only error type of the claimcheck API.
//
// Anything that reads files, parses YAML or compiles patterns returns a Status
// (or fills a list of Diagnostics when it must report every problem in one run).
// An OK status carries no message. Findings about articles are data, never a
// Status.
//
// Example:
//   claimcheck::Status s = claimcheck::Rulebook::Load("rules/x.yaml", &book);
//   if (!s.ok()) std::cerr << s.ToString() << "\n";   // "rules/x.yaml:3:7: ..."
#ifndef CLAIMCHECK_STATUS_H_
#define CLAIMCHECK_STATUS_H_

#include <string>
#include <utility>
#include <vector>

namespace claimcheck {

// A position in a file: line and column are 1-based, column counted in Unicode
// code points. line == 0 means "the file as a whole".
struct SourceLoc {
  std::string path;
  int line = 0;
  int column = 0;

  // "path:line:column", "path:line" or "path", whichever is known.
  std::string ToString() const;
};

class Status {
 public:
  enum class Code { kOk = 0, kUsage, kIOError, kInvalidRule, kInvalidInput, kInternal };

  Status() = default;  // OK
  static Status OK() { return Status(); }
  static Status Usage(std::string msg) { return Status(Code::kUsage, std::move(msg), {}); }
  static Status IOError(SourceLoc loc, std::string msg) {
    return Status(Code::kIOError, std::move(msg), std::move(loc));
  }
  static Status InvalidRule(SourceLoc loc, std::string msg) {
    return Status(Code::kInvalidRule, std::move(msg), std::move(loc));
  }
  static Status InvalidInput(SourceLoc loc, std::string msg) {
    return Status(Code::kInvalidInput, std::move(msg), std::move(loc));
  }
  static Status Internal(std::string msg) { return Status(Code::kInternal, std::move(msg), {}); }

  bool ok() const { return code_ == Code::kOk; }
  Code code() const { return code_; }
  const std::string& message() const { return message_; }
  const SourceLoc& loc() const { return loc_; }

  // "path:line:col: message" (location omitted when unknown), "OK" when ok().
  std::string ToString() const;

 private:
  Status(Code code, std::string msg, SourceLoc loc)
      : code_(code), message_(std::move(msg)), loc_(std::move(loc)) {}
  Code code_ = Code::kOk;
  std::string message_;
  SourceLoc loc_;
};

// A located problem found while loading rulebooks or articles. Loaders that must
// report every problem in one run append these instead of stopping at the first.
struct Diagnostic {
  SourceLoc loc;
  std::string message;
  std::string ToString() const { return loc.ToString() + ": " + message; }
};
using Diagnostics = std::vector<Diagnostic>;

}  // namespace claimcheck

#endif  // CLAIMCHECK_STATUS_H_
