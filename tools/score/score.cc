// claimcheck_score: scores claimcheck's extraction (claimcheck::ExtractMentions, the
// code path of `claimcheck extract --jsonl`) against peer test cases in JSON Lines
// (shared/peer/*.jsonl; see shared/peer/README.md). The matching rules are in
// tools/score/score.h.
//
//   claimcheck_score [--json] [--floors FILE] PEERFILE...
//   claimcheck_score --misses TYPE PEERFILE...
//
// Prints a table per file (per expected type: n, span recall, exact span, value
// accuracy, for dotnet_supported cases and apart for the others) and a summary of
// the tracked figures; --json prints the same as one JSON object. With --floors
// (tools/score/floors.json) the exit status is 1 when a tracked figure is below its
// floor (or above its ceiling, for false mentions), 0 otherwise; 2 on bad usage or
// unreadable input. --misses prints, instead of the table, every dotnet_supported
// expected mention of TYPE whose value was not matched (TYPE "none": the cases
// expecting nothing that got a mention), with what was produced: where to look
// next.
#include <fstream>
#include <iostream>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "score.h"

namespace {

int Usage(const char* msg) {
  if (msg) std::cerr << "claimcheck_score: " << msg << "\n";
  std::cerr << "usage: claimcheck_score [--json] [--floors FILE] PEERFILE...\n"
               "       claimcheck_score --misses TYPE PEERFILE...\n";
  return 2;
}

std::string Describe(const nlohmann::json& e) {
  std::string out = "\"" + e.value("text", std::string()) + "\" " + e.value("type", std::string());
  for (const char* k : {"value", "range_start", "range_end"})
    if (e.contains(k) && !e[k].is_null()) out += std::string(" ") + k + "=" + (e[k].is_string() ? e[k].get<std::string>() : e[k].dump());
  if (e.contains("values") && e["values"].is_array() && !e["values"].empty()) out += " values=" + e["values"].dump();
  return out;
}

// Prints the misses of one file (see the header comment); returns how many.
int PrintMisses(std::istream& in, const std::string& type, const claimcheck::score::Extractor& extract) {
  namespace sc = claimcheck::score;
  int misses = 0;
  std::string line;
  while (std::getline(in, line)) {
    nlohmann::json r = nlohmann::json::parse(line, nullptr, false);
    if (!r.is_object() || !r.value("dotnet_supported", true)) continue;
    std::string text = r.value("text", std::string()), lang = r.value("lang", std::string());
    std::string ref = r.contains("ref") && r["ref"].is_string() ? r["ref"].get<std::string>() : "";
    const nlohmann::json& expected = r["expected"];
    std::vector<sc::Produced> produced;
    auto produce = [&] {
      if (produced.empty()) produced = extract(text, lang, ref);
      return produced;
    };
    auto show = [&](const std::string& what) {
      ++misses;
      std::cout << r.value("id", std::string()) << "\n  text: " << text << "\n  want: " << what << "\n  got: ";
      for (const sc::Produced& p : produced)
        std::cout << "[\"" << text.substr(p.start, p.end - p.start) << "\" " << p.type << " " << p.value << "] ";
      std::cout << "\n";
    };
    if (type == "none") {
      if (expected.is_array() && expected.empty() && !produce().empty()) show("nothing");
      continue;
    }
    if (!expected.is_array()) continue;
    for (const nlohmann::json& e : expected) {
      if (e.value("type", std::string()) != type || !sc::HasReading(e, lang)) continue;
      size_t b = e.value("byte_start", size_t{0}), en = e.value("byte_end", size_t{0});
      bool ok = false;
      for (const sc::Produced& p : produce())
        ok |= p.start < en && b < p.end && sc::CompatibleTypes(type, p.type) && sc::ValueMatches(e, p, lang);
      if (!ok) show(Describe(e));
    }
  }
  return misses;
}

}  // namespace

int main(int argc, char** argv) {
  namespace sc = claimcheck::score;
  bool as_json = false;
  std::string floors_path, misses_type;
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
    } else if (a == "--misses") {
      if (i + 1 >= argc) return Usage("--misses needs a type");
      misses_type = argv[++i];
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
  if (!misses_type.empty()) {
    int total = 0;
    for (const std::string& path : inputs) {
      std::ifstream in(path, std::ios::binary);
      if (!in) {
        std::cerr << "claimcheck_score: " << path << ": cannot open file\n";
        return 2;
      }
      total += PrintMisses(in, misses_type, extract);
    }
    std::cout << total << " misses\n";
    return 0;
  }
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
