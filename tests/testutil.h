// Helpers shared by the tests: the source tree, files, and scratch directories.
#ifndef CLAIMCHECK_TESTS_TESTUTIL_H_
#define CLAIMCHECK_TESTS_TESTUTIL_H_

#include <gtest/gtest.h>
#include <unistd.h>

#include <nlohmann/json.hpp>

#include "claimcheck/checker.h"

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

namespace claimcheck {
namespace testutil {

// A path in the source tree: Src("rules") is the shipped rulebooks.
inline std::string Src(const std::string& rel) { return std::string(CLAIMCHECK_SOURCE_DIR) + "/" + rel; }

// The whole file, bytes as they are; "" when it cannot be read.
inline std::string ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

// A fresh directory under the system temp dir, named after the running test and
// removed with the object, so tests running in parallel never share one.
class TempDir {
 public:
  TempDir() {
    static int counter = 0;
    const ::testing::TestInfo* t = ::testing::UnitTest::GetInstance()->current_test_info();
    std::string name = t ? std::string(t->test_suite_name()) + "-" + t->name() : "x";
    for (char& c : name)
      if (c == '/') c = '-';
    path_ = std::filesystem::temp_directory_path() /
            ("claimcheck-" + name + "-" + std::to_string(::getpid()) + "-" + std::to_string(counter++));
    std::filesystem::remove_all(path_);
    std::filesystem::create_directories(path_);
  }
  ~TempDir() {
    std::error_code ec;
    std::filesystem::remove_all(path_, ec);
  }
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;

  // Writes `bytes` to `name` (subdirectories created) and returns its path.
  std::string Write(const std::string& name, const std::string& bytes) const {
    std::filesystem::path p = path_ / name;
    std::filesystem::create_directories(p.parent_path());
    std::ofstream out(p, std::ios::binary);
    out << bytes;
    return p.string();
  }
  std::string path() const { return path_.string(); }

 private:
  std::filesystem::path path_;
};

// The keys of a JSON object, in order.
inline std::vector<std::string> Keys(const nlohmann::ordered_json& o) {
  std::vector<std::string> k;
  for (auto it = o.begin(); it != o.end(); ++it) k.push_back(it.key());
  return k;
}

// True when `contract` appears in `keys` in this order: a JSON contract may be
// extended with other keys, never broken.
inline bool InContractOrder(const std::vector<std::string>& keys, const std::vector<std::string>& contract) {
  size_t i = 0;
  for (const std::string& k : keys)
    if (i < contract.size() && k == contract[i]) ++i;
  return i == contract.size();
}

// A checker over one rulebook given as YAML text (written to the temp dir as
// `file_name`); every problem loading it is a test failure. Callers keep it in
// a static: loading is the slow part.
inline const Checker* CheckerFromYaml(const std::string& file_name, const char* yaml) {
  std::filesystem::path p = std::filesystem::temp_directory_path() / file_name;
  std::ofstream(p) << yaml;
  std::vector<Rulebook> books;
  Diagnostics problems;
  bool ok = LoadRulebooks({p.string()}, &books, &problems);
  for (const Diagnostic& d : problems) ADD_FAILURE() << d.ToString();
  EXPECT_TRUE(ok);
  return new Checker(std::move(books));
}

// The findings for `fact` when `checker` checks one article: `front_matter`
// (lines without the --- fences) and `body`.
inline std::vector<Finding> FindingsFor(const Checker& checker, const std::string& front_matter,
                                        const std::string& body, const std::string& fact) {
  std::string bytes = "---\n" + front_matter + "---\n" + body + "\n";
  Report r;
  checker.CheckArticle(Article::FromBytes("case.md", bytes, checker.article_options()), &r);
  std::vector<Finding> out;
  for (const Finding& f : r.findings)
    if (f.fact == fact) out.push_back(f);
  return out;
}

// The checker of the rulebooks that ship (rules/), built once.
inline const Checker& ShippedChecker() {
  static const Checker* checker = [] {
    std::vector<Rulebook> books;
    Diagnostics problems;
    EXPECT_TRUE(LoadRulebooks({Src("rules")}, &books, &problems));
    return new Checker(std::move(books));
  }();
  return *checker;
}

// Findings for `fact` when `text` is checked against the shipped rulebook as an
// article of the seed event published on `published` ("" for none).
inline std::vector<Finding> CheckShipped(const std::string& text, const std::string& fact,
                                         const std::string& published = "2024-06-19") {
  std::string front_matter = "event: russia-dprk-treaty-2024\n";
  if (!published.empty()) front_matter += "published: " + published + "\n";
  return FindingsFor(ShippedChecker(), front_matter, text, fact);
}

// Expects exactly one finding with this status and value (and span text, when
// `span` is given), or none at all when `status` is "none".
inline void ExpectOutcome(const std::vector<Finding>& got, const std::string& status, const std::string& found,
                          const char* span = nullptr) {
  if (status == "none") {
    EXPECT_TRUE(got.empty()) << got[0].status << " " << got[0].found;
    return;
  }
  ASSERT_EQ(got.size(), 1u);
  EXPECT_EQ(got[0].status, status);
  EXPECT_EQ(got[0].found, found);
  if (span) {
    EXPECT_EQ(got[0].text, span);
  }
}

}  // namespace testutil
}  // namespace claimcheck

#endif  // CLAIMCHECK_TESTS_TESTUTIL_H_
