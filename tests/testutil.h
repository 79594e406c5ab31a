// Helpers shared by the tests: the source tree, files, and scratch directories.
#ifndef CLAIMCHECK_TESTS_TESTUTIL_H_
#define CLAIMCHECK_TESTS_TESTUTIL_H_

#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

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

}  // namespace testutil
}  // namespace claimcheck

#endif  // CLAIMCHECK_TESTS_TESTUTIL_H_
