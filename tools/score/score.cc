// claimcheck_score: scores claimcheck's extraction (claimcheck::ExtractMentions, the
// code path of `claimcheck extract --jsonl`) against peer test cases in JSON Lines
// (shared/peer/*.jsonl; see shared/peer/README.md). The matching rules are in
// tools/score/score.h.
//
//   claimcheck_score [--json] [--floors FILE] PEERFILE...
//
// Prints a table per file (per expected type: n, span recall, exact span, value
// accuracy, for dotnet_supported cases and apart for the others) and a summary of
// the tracked figures; --json prints the same as one JSON object. With --floors
// (tools/score/floors.json) the exit status is 1 when a tracked figure is below its
// floor (or above its ceiling, for false mentions), 0 otherwise; 2 on bad usage or
// unreadable input.
#include <fstream>
#include <iostream>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "score.h"

namespace {

int Usage(const char* msg) {
  if (msg) std::cerr << "claimcheck_score: " << msg << "\n";
  std::cerr << "usage: claimcheck_score [--json] [--floors FILE] PEERFILE...\n";
  return 2;
}

}  // namespace

int main(int argc, char** argv) {
  namespace sc = claimcheck::score;
  bool as_json = false;
  std::string floors_path;
  std::vector<std::string> inputs;
  for (int i = 1; i < argc; ++i) {
    std::string a = argv[i];
    if (a == "--json") {
      as_json = true;
    } else if (a == "--floors") {
      if (i + 1 >= argc) return Usage("--floors needs a file");
      floors_path = argv[++i];
    } else if (a.rfind("--floors=", 0) == 0) {
      floors_path = a.substr(9);
    } else if (a == "-h" || a == "--help") {
      Usage(nullptr);
      return 0;
    } else if (a.size() > 1 && a[0] == '-') {
      return Usage(("unknown option " + a).c_str());
    } else {
      inputs.push_back(a);
    }
  }
  if (inputs.empty()) return Usage("no peer file given");

  sc::Extractor extract = sc::ClaimcheckExtractor();
  std::vector<sc::FileScore> files;
  for (const std::string& path : inputs) {
    std::ifstream in(path, std::ios::binary);
    if (!in) {
      std::cerr << "claimcheck_score: " << path << ": cannot open file\n";
      return 2;
    }
    int bad = 0;
    files.push_back(sc::ScoreStream(in, path, extract, &bad));
    if (bad > 0) std::cerr << "claimcheck_score: " << path << ": " << bad << " unreadable line(s) skipped\n";
  }

  std::vector<std::string> failures, problems;
  bool checked = false;
  if (!floors_path.empty()) {
    std::ifstream in(floors_path, std::ios::binary);
    nlohmann::json floors = nlohmann::json::parse(in, nullptr, false);
    if (!in.is_open() || floors.is_discarded()) {
      std::cerr << "claimcheck_score: " << floors_path << ": cannot read floors (JSON)\n";
      return 2;
    }
    failures = sc::CheckFloors(floors, files, &problems);
    checked = true;
  }

  if (as_json) {
    nlohmann::json out = sc::JsonReport(files);
    if (checked) out["floors"] = {{"file", floors_path}, {"failures", failures}, {"problems", problems}};
    std::cout << out.dump(2) << "\n";
  } else {
    std::cout << sc::TextReport(files);
    if (checked) {
      std::cout << "\n== floors (" << floors_path << ") ==\n";
      if (failures.empty() && problems.empty()) std::cout << "all tracked figures within their floors (and ceilings)\n";
      for (const std::string& f : failures) std::cout << "FAIL  " << f << "\n";
      for (const std::string& p : problems) std::cout << "PROBLEM  " << p << "\n";
    }
  }
  for (const std::string& f : failures) std::cerr << "claimcheck_score: floor not met: " << f << "\n";
  for (const std::string& p : problems) std::cerr << "claimcheck_score: " << p << "\n";
  if (!problems.empty()) return 2;
  return failures.empty() ? 0 : 1;
}
