// The claimcheck command line: flags -> options -> library -> reporter -> exit code.
#include <CLI/CLI.hpp>
#include <spdlog/sinks/stdout_color_sinks.h>
#include <spdlog/spdlog.h>

#include <fstream>
#include <optional>
#include <iostream>
#include <nlohmann/json.hpp>

#include "claimcheck/checker.h"
#include "claimcheck/extract.h"
#include "claimcheck/report.h"
#include "claimcheck/rulebook.h"

namespace cc = claimcheck;

namespace {

constexpr int kExitClean = 0;
constexpr int kExitFindings = 1;
constexpr int kExitError = 2;

// Loads the rulebooks or prints every problem. Returns false on any problem.
bool LoadBooks(std::vector<std::string> paths, std::vector<cc::Rulebook>* books) {
  if (paths.empty()) paths.push_back("rules");
  cc::Diagnostics problems;
  bool ok = cc::LoadRulebooks(paths, books, &problems);
  for (const cc::Diagnostic& d : problems) std::cerr << d.ToString() << "\n";
  if (!ok && problems.empty()) std::cerr << "claimcheck: no rulebooks found\n";
  return ok;
}

// `extract --jsonl`: one output line per input line, in order (DESIGN.md).
int RunExtract(std::istream& in, const std::string& name) {
  using json = nlohmann::ordered_json;
  int status = kExitClean;
  std::string line;
  for (int number = 1; std::getline(in, line); ++number) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    json out = {{"mentions", json::array()}};
    try {
      json rec = json::parse(line);
      if (!rec.is_object() || !rec.contains("text") || !rec["text"].is_string())
        throw std::runtime_error("each line must be an object with a string \"text\"");
      std::string text = rec["text"].get<std::string>();
      std::string lang = rec.contains("lang") && rec["lang"].is_string() ? rec["lang"].get<std::string>() : "";
      cc::Date ref;
      bool has_ref = rec.contains("ref") && rec["ref"].is_string() &&
                     cc::Date::Parse(rec["ref"].get<std::string>(), &ref);
      if (lang.empty()) lang = cc::DetectLanguage(cc::Fold(text));
      for (const cc::ExtractedMention& m : cc::ExtractMentions(text, lang, has_ref ? &ref : nullptr)) {
        json o = {{"start", m.span.begin}, {"end", m.span.end},
                  {"text", text.substr(m.span.begin, m.span.size())}, {"type", m.type},
                  {"value", m.value.empty() ? json(nullptr) : json(m.value)}};
        if (m.approx) o["approx"] = true;
        if (!m.mod.empty()) o["mod"] = m.mod;
        if (!m.unit.empty()) o["unit"] = m.unit;
        if (!m.loose.empty()) o["loose"] = m.loose;
        if (m.year_implied) o["year_implied"] = true;
        out["mentions"].push_back(o);
      }
    } catch (const nlohmann::json::parse_error& e) {
      std::cerr << name << ":" << number << ":" << e.byte << ": invalid JSON: " << e.what() << "\n";
      status = kExitError;
    } catch (const std::exception& e) {
      std::cerr << name << ":" << number << ":1: " << e.what() << "\n";
      status = kExitError;
    }
    std::cout << out.dump(-1, ' ', false, json::error_handler_t::replace) << "\n";
  }
  return status;
}

std::optional<cc::Severity> FailOn(const std::string& fail_on) {
  cc::Severity s;
  if (cc::ParseSeverity(fail_on, &s)) return s;
  return std::nullopt;  // never
}

}  // namespace

int main(int argc, char** argv) {
  auto log = spdlog::stderr_color_mt("claimcheck");
  log->set_pattern("%n: %l: %v");
  log->set_level(spdlog::level::warn);

  CLI::App app{"claimcheck: checks news copy against rulebooks of known facts"};
  app.require_subcommand(1);
  bool verbose = false;
  app.add_flag("-v,--verbose", verbose, "diagnostics on stderr");

  std::vector<std::string> rules;
  std::vector<std::string> paths;
  std::string format = "text", output, fail_on = "error";
  int jobs = 1;
  bool show_confirmed = false;
  std::string formats_help;
  for (const cc::ReportFormat* f : cc::ReportFormats())
    formats_help += std::string(formats_help.empty() ? "" : ", ") + f->name + " (" + f->description + ")";

  CLI::App* check = app.add_subcommand("check", "check articles against the rulebooks");
  check->add_option("--rules", rules, "rulebook file or directory (default: ./rules); repeatable")->allow_extra_args(false);
  check->add_option("--format", format, "report format: " + formats_help);
  check->add_option("--output", output, "write the report to FILE instead of stdout");
  check->add_option("--fail-on", fail_on, "lowest severity that makes the exit status 1")
      ->check(CLI::IsMember({"error", "warning", "info", "never"}));
  check->add_option("--jobs", jobs, "articles checked in parallel")->check(CLI::Range(1, 256));
  check->add_flag("--show-confirmed", show_confirmed, "print confirmations in text output too");
  check->add_option("paths", paths, "article files or directories")->required();

  CLI::App* test = app.add_subcommand("test", "run the examples embedded in the rulebooks");
  test->add_option("--rules", rules, "rulebook file or directory (default: ./rules); repeatable")->allow_extra_args(false);

  CLI::App* lint = app.add_subcommand("lint", "validate rulebooks and report every problem");
  lint->add_option("--rules", rules, "rulebook file or directory (default: ./rules); repeatable")->allow_extra_args(false);
  lint->add_option("files", paths, "rulebook files (same as --rules)");

  std::string explain_file;
  CLI::App* explain = app.add_subcommand("explain", "every mention and claim in one article, and why");
  explain->add_option("--rules", rules, "rulebook file or directory (default: ./rules); repeatable")->allow_extra_args(false);
  explain->add_option("file", explain_file, "the article")->required();

  std::string extract_file = "-";
  bool jsonl = false;
  CLI::App* extract = app.add_subcommand("extract", "dates, numbers, durations … found in raw text");
  extract->add_flag("--jsonl", jsonl, "input and output are JSON Lines (the only mode)")->required();
  extract->add_option("file", extract_file, "JSON Lines input, or - for standard input (default)");

  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    int code = app.exit(e);
    return code == 0 ? kExitClean : kExitError;
  }
  if (verbose) log->set_level(spdlog::level::debug);

  if (*extract) {
    if (extract_file == "-") return RunExtract(std::cin, "<stdin>");
    std::ifstream in(extract_file, std::ios::binary);
    if (!in) {
      std::cerr << extract_file << ": cannot open file\n";
      return kExitError;
    }
    return RunExtract(in, extract_file);
  }

  std::vector<cc::Rulebook> books;
  if (*lint) {
    rules.insert(rules.end(), paths.begin(), paths.end());
    if (!LoadBooks(rules, &books)) return kExitError;
    size_t facts = 0;
    for (const cc::Rulebook& b : books) facts += b.facts().size();
    std::cout << books.size() << (books.size() == 1 ? " rulebook" : " rulebooks") << ", " << facts
              << " facts: no problems\n";
    return kExitClean;
  }
  if (!LoadBooks(rules, &books)) return kExitError;
  cc::Checker checker(std::move(books));

  if (*test) {
    size_t count = 0;
    std::vector<std::string> failures = checker.RunExamples(&count);
    for (const std::string& f : failures) std::cout << f << "\n";
    std::cout << (count - failures.size()) << " passed, " << failures.size() << " failed\n";
    return failures.empty() ? kExitClean : kExitFindings;
  }

  if (*explain) {
    cc::Article article;
    cc::Status s = cc::Article::Load(explain_file, checker.article_options(), &article);
    if (!s.ok()) {
      std::cerr << s.ToString() << "\n";
      return kExitError;
    }
    for (const std::string& line : checker.Explain(article)) std::cout << line << "\n";
    return article.problems().empty() ? kExitClean : kExitError;
  }

  // check
  const cc::ReportFormat* fmt = cc::FindReportFormat(format);
  if (!fmt) {
    std::cerr << "claimcheck: unknown format '" << format << "' (expected one of: " << formats_help << ")\n";
    return kExitError;
  }
  log->debug("checking {} path(s) with {} job(s)", paths.size(), jobs);
  cc::Report report = checker.CheckPaths(paths, jobs);
  cc::ReportOptions options;
  options.show_confirmed = show_confirmed;
  options.fail_on = FailOn(fail_on);
  if (output.empty()) {
    fmt->write(report, options, &std::cout);
  } else {
    std::ofstream out(output, std::ios::binary);
    if (!out) {
      std::cerr << "claimcheck: cannot write " << output << "\n";
      return kExitError;
    }
    fmt->write(report, options, &out);
  }
  if (!report.errors.empty()) return kExitError;
  for (const cc::Finding& f : report.findings)
    if (cc::Fails(f.status, f.severity, options)) return kExitFindings;
  for (const cc::Disagreement& d : report.disagreements)
    if (cc::Fails("disagreement", d.severity, options)) return kExitFindings;
  return kExitClean;
}
