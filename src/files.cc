#include <algorithm>
#include <filesystem>

#include "claimcheck/checker.h"

namespace claimcheck {

std::vector<std::string> ExpandArticlePaths(const std::vector<std::string>& paths,
                                            std::vector<std::string>* missing) {
  namespace fs = std::filesystem;
  static const std::vector<std::string> kExtensions = {".md", ".markdown", ".txt", ".html", ".htm"};
  std::vector<std::string> out;
  for (const std::string& p : paths) {
    std::error_code ec;
    if (fs::is_directory(p, ec)) {
      for (auto it = fs::recursive_directory_iterator(p, ec); !ec && it != fs::end(it); it.increment(ec)) {
        if (!it->is_regular_file()) continue;
        std::string ext = it->path().extension().string();
        std::transform(ext.begin(), ext.end(), ext.begin(), ::tolower);
        if (std::find(kExtensions.begin(), kExtensions.end(), ext) == kExtensions.end()) continue;
        out.push_back(it->path().generic_string());
      }
    } else if (fs::exists(p, ec)) {
      out.push_back(p);  // named explicitly: checked whatever its extension
    } else {
      missing->push_back(p);
    }
  }
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

}  // namespace claimcheck
