#include "text/regex.h"

#include <re2/re2.h>
#include <re2/set.h>

#include <algorithm>
#include <cctype>
#include <mutex>

namespace claimcheck {

namespace {

std::mutex& InternalErrorsMutex() {
  static std::mutex m;
  return m;
}

std::vector<std::string>& InternalErrorList() {
  static std::vector<std::string> errors;
  return errors;
}

}  // namespace

std::vector<std::string> Regex::InternalErrors() {
  std::lock_guard<std::mutex> lock(InternalErrorsMutex());
  return InternalErrorList();
}

Regex::Regex(std::string_view pattern, int flags) : pattern_(pattern) {
  Compile(flags);
  if (!ok() && !(flags & kUserPattern)) {
    std::lock_guard<std::mutex> lock(InternalErrorsMutex());
    InternalErrorList().push_back(std::string(pattern) + ": " + error());
  }
}

void Regex::Compile(int flags) {
  const std::string_view pattern = pattern_;
  RE2::Options options;
  options.set_encoding(RE2::Options::EncodingUTF8);
  options.set_log_errors(false);
  options.set_case_sensitive((flags & kCaseSensitive) != 0);
  options.set_longest_match((flags & kLongestMatch) != 0);
  if (flags & kWordBounded) {
    // Compiled alone first, so an error names the pattern as written, not the
    // \b(?:...)\b wrapping around it.
    auto inner = std::make_shared<const RE2>(std::string(pattern), options);
    if (!inner->ok()) {
      re_ = inner;
      return;
    }
    re_ = std::make_shared<const RE2>("\\b(?:" + std::string(pattern) + ")\\b", options);
  } else {
    re_ = std::make_shared<const RE2>(std::string(pattern), options);
  }
}

std::string Regex::Quote(std::string_view text) {
  return RE2::QuoteMeta(re2::StringPiece(text.data(), text.size()));
}

bool Regex::ok() const { return re_ && re_->ok(); }

std::string Regex::error() const {
  if (!re_) return "empty pattern object";
  if (re_->ok()) return "";
  std::string msg = re_->error();
  return msg;
}

int Regex::NumGroups() const { return re_ ? re_->NumberOfCapturingGroups() : 0; }

namespace {

bool DoMatch(const re2::RE2& re, std::string_view text, size_t from, RE2::Anchor anchor,
             std::vector<Span>* groups) {
  if (from > text.size()) return false;
  int n = groups ? re.NumberOfCapturingGroups() + 1 : 1;
  std::vector<re2::StringPiece> sub(static_cast<size_t>(n));
  re2::StringPiece input(text.data(), text.size());
  if (!re.Match(input, from, text.size(), anchor, sub.data(), n)) return false;
  if (groups) {
    groups->assign(static_cast<size_t>(n), Span{Regex::npos, Regex::npos});
    for (int i = 0; i < n; ++i) {
      if (sub[static_cast<size_t>(i)].data() == nullptr) continue;
      size_t b = static_cast<size_t>(sub[static_cast<size_t>(i)].data() - text.data());
      (*groups)[static_cast<size_t>(i)] = Span{b, b + sub[static_cast<size_t>(i)].size()};
    }
  }
  return true;
}

}  // namespace

bool Regex::Find(std::string_view text, size_t from, std::vector<Span>* groups) const {
  if (!ok()) return false;
  if (groups) return DoMatch(*re_, text, from, RE2::UNANCHORED, groups);
  std::vector<Span> g;
  bool found = DoMatch(*re_, text, from, RE2::UNANCHORED, &g);
  return found;
}

bool Regex::MatchAt(std::string_view text, size_t pos, std::vector<Span>* groups) const {
  if (!ok()) return false;
  std::vector<Span> g;
  return DoMatch(*re_, text, pos, RE2::ANCHOR_START, groups ? groups : &g);
}

bool Regex::FullMatch(std::string_view text) const {
  if (!ok()) return false;
  return RE2::FullMatch(re2::StringPiece(text.data(), text.size()), *re_);
}

bool Regex::Contains(std::string_view text) const {
  if (!ok()) return false;
  return RE2::PartialMatch(re2::StringPiece(text.data(), text.size()), *re_);
}

std::vector<Span> Regex::FindAll(std::string_view text) const {
  std::vector<Span> out;
  if (!ok()) return out;
  size_t pos = 0;
  std::vector<Span> g;
  while (pos <= text.size() && DoMatch(*re_, text, pos, RE2::UNANCHORED, &g)) {
    Span m = g[0];
    if (m.end > m.begin) {
      out.push_back(m);
      pos = m.end;
    } else {
      pos = m.end + 1;
    }
  }
  return out;
}

struct RegexSet::Impl {
  explicit Impl(const RE2::Options& o) : set(o, RE2::UNANCHORED) {}
  RE2::Set set;
  int size = 0;
  bool compiled = false;
};

RegexSet::RegexSet(const std::vector<const Regex*>& patterns) : index_(patterns.size(), -1) {
  RE2::Options options;
  options.set_encoding(RE2::Options::EncodingUTF8);
  options.set_log_errors(false);
  options.set_case_sensitive(false);
  // One DFA for all the patterns: give it room, or every search falls back.
  options.set_max_mem(64 << 20);
  auto impl = std::make_shared<Impl>(options);
  for (size_t i = 0; i < patterns.size(); ++i) {
    const Regex* re = patterns[i];
    if (!re || !re->ok() || re->re_->options().case_sensitive()) continue;
    index_[i] = impl->set.Add(re->re_->pattern(), nullptr);
    if (index_[i] >= 0) ++impl->size;
  }
  impl->compiled = impl->set.Compile();
  impl_ = impl;
}

void RegexSet::Match(std::string_view text, std::vector<bool>* hits) const {
  hits->assign(index_.size(), true);
  if (!impl_ || !impl_->compiled) return;
  std::vector<int> matched;
  RE2::Set::ErrorInfo error;
  if (!impl_->set.Match(re2::StringPiece(text.data(), text.size()), &matched, &error) &&
      error.kind != RE2::Set::kNoError) {
    return;  // out of memory or similar: try them all
  }
  std::vector<bool> in_set(static_cast<size_t>(impl_->size), false);
  for (int k : matched) in_set[static_cast<size_t>(k)] = true;
  for (size_t i = 0; i < index_.size(); ++i) {
    if (index_[i] >= 0) (*hits)[i] = in_set[static_cast<size_t>(index_[i])];
  }
}

std::string LongestFirst(std::vector<std::string> patterns) {
  std::sort(patterns.begin(), patterns.end());
  patterns.erase(std::unique(patterns.begin(), patterns.end()), patterns.end());
  std::stable_sort(patterns.begin(), patterns.end(),
                   [](const std::string& a, const std::string& b) { return a.size() > b.size(); });
  std::string out = "(?:";
  for (size_t i = 0; i < patterns.size(); ++i) {
    if (i) out += '|';
    out += patterns[i];
  }
  return out + ")";
}

std::string_view TextBefore(std::string_view text, size_t at, size_t reach) {
  size_t b = at > reach ? at - reach : 0;
  auto alnum = [](char c) { return std::isalnum(static_cast<unsigned char>(c)) != 0; };
  while (b > 0 && b < at && alnum(text[b - 1]) && alnum(text[b])) ++b;
  return text.substr(b, at - b);
}

}  // namespace claimcheck
