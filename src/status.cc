#include "claimcheck/status.h"

namespace claimcheck {

std::string SourceLoc::ToString() const {
  std::string s = path;
  if (line > 0) {
    s += ":" + std::to_string(line);
    if (column > 0) s += ":" + std::to_string(column);
  }
  return s;
}

std::string Status::ToString() const {
  if (ok()) return "OK";
  std::string where = loc_.ToString();
  return where.empty() ? message_ : where + ": " + message_;
}

}  // namespace claimcheck
