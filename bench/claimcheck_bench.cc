// Benchmarks of claimcheck's pipeline stages, with ICU's own NFKC_Casefold as the
// reference point measured in the same run.
//
// Figures are to be reported as ratios to BM_IcuNfkcCasefold ("Fold runs at 0.6x of
// raw NFKC_Casefold"), never as absolute promises: they depend on the machine.
// bench/README.md has the commands and one run's table.
//
//   BM_IcuNfkcCasefold  reference: UTF-8 -> UnicodeString, then ICU
//                       Normalizer2::getNFKCCasefoldInstance()->normalize
//   BM_Fold             FoldedText::Fold (NFD + NFKC_Casefold, marks dropped,
//                       with the offset map back to the original)
//   BM_SplitSentences   ICU sentence breaks with the language's suppressions
//   BM_ExtractDates     date mentions in the folded text, anchored on the
//                       article's published date
//   BM_ExtractNumbers   number mentions in the folded text
//   BM_FindQuotations   quotations in the original text
//   BM_CheckArticle     Checker::CheckArticle, one loaded article, rules/
//   BM_CheckCorpus/J    Checker::CheckPaths over $CLAIMCHECK_BENCH_CORPUS with J
//                       jobs (load, check, disagreements, sort); wall time
//
// The text benchmarks all read the body of fixtures/articles/es-treaty-dateline.md
// (the front matter blanked, as the checker sees it), so their bytes/s compare
// directly. Each sets bytes processed (MB/s) and items processed (articles/s).
#include <benchmark/benchmark.h>
#include <unicode/normalizer2.h>
#include <unicode/unistr.h>

#include <cstdint>
#include <cstdlib>
#include <filesystem>
#include <memory>
#include <string>
#include <vector>

#include "claimcheck/article.h"
#include "claimcheck/checker.h"
#include "claimcheck/dates.h"
#include "claimcheck/numbers.h"
#include "claimcheck/quotes.h"
#include "claimcheck/rulebook.h"
#include "claimcheck/text.h"

#ifndef CLAIMCHECK_SOURCE_DIR
#error "CLAIMCHECK_SOURCE_DIR must be defined (the repository root)"
#endif

namespace claimcheck {
namespace {

constexpr const char* kArticle = "fixtures/articles/es-treaty-dateline.md";

std::string SourcePath(const std::string& relative) {
  return std::string(CLAIMCHECK_SOURCE_DIR) + "/" + relative;
}

// The fixture article, its text and folded text, loaded once.
struct Fixture {
  bool ok = false;
  std::string error;
  Article article;
  std::string text;  // the body of clean(): what the pipeline reads
  FoldedText folded;
  Date published;
};

const Fixture& GetFixture() {
  static const Fixture* fixture = [] {
    auto* f = new Fixture;
    Status s = Article::Load(SourcePath(kArticle), {}, &f->article);
    if (!s.ok()) {
      f->error = s.ToString();
      return f;
    }
    Span body = f->article.body();
    f->text = f->article.clean().substr(body.begin, body.size());
    f->folded = FoldedText::Fold(f->text);
    f->published = f->article.published();
    f->ok = true;
    return f;
  }();
  return *fixture;
}

// The shipped rulebooks, loaded once.
struct Rules {
  std::unique_ptr<Checker> checker;
  std::string error;
};

const Rules& GetRules() {
  static const Rules* rules = [] {
    auto* r = new Rules;
    std::vector<Rulebook> books;
    Diagnostics problems;
    if (!LoadRulebooks({SourcePath("rules")}, &books, &problems)) {
      r->error = "rules/ did not load";
      if (!problems.empty()) r->error += ": " + problems.front().ToString();
      return r;
    }
    r->checker = std::make_unique<Checker>(std::move(books));
    return r;
  }();
  return *rules;
}

// Skips the benchmark and returns null when the fixture did not load.
const Fixture* FixtureOrSkip(benchmark::State& state) {
  const Fixture& f = GetFixture();
  if (!f.ok) {
    state.SkipWithError(f.error.c_str());
    return nullptr;
  }
  return &f;
}

// The checker over rules/, or null after marking the benchmark skipped.
const Checker* CheckerOrSkip(benchmark::State& state) {
  const Rules& rules = GetRules();
  if (rules.checker == nullptr) state.SkipWithError(rules.error.c_str());
  return rules.checker.get();
}

void SetThroughput(benchmark::State& state, size_t bytes_per_item, size_t items_per_iteration) {
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * bytes_per_item));
  state.SetItemsProcessed(static_cast<int64_t>(state.iterations() * items_per_iteration));
}

void BM_IcuNfkcCasefold(benchmark::State& state) {
  const Fixture* f = FixtureOrSkip(state);
  if (f == nullptr) return;
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfkc_cf = icu::Normalizer2::getNFKCCasefoldInstance(status);
  if (U_FAILURE(status)) {
    state.SkipWithError(u_errorName(status));
    return;
  }
  for (auto _ : state) {
    icu::UnicodeString source = icu::UnicodeString::fromUTF8(f->text);
    icu::UnicodeString folded = nfkc_cf->normalize(source, status);
    benchmark::DoNotOptimize(folded.getBuffer());
  }
  if (U_FAILURE(status)) state.SkipWithError(u_errorName(status));
  SetThroughput(state, f->text.size(), 1);
}
BENCHMARK(BM_IcuNfkcCasefold);

void BM_Fold(benchmark::State& state) {
  const Fixture* f = FixtureOrSkip(state);
  if (f == nullptr) return;
  for (auto _ : state) {
    FoldedText folded = FoldedText::Fold(f->text);
    benchmark::DoNotOptimize(folded.str().data());
  }
  SetThroughput(state, f->text.size(), 1);
}
BENCHMARK(BM_Fold);

void BM_SplitSentences(benchmark::State& state) {
  const Fixture* f = FixtureOrSkip(state);
  if (f == nullptr) return;
  const std::string& lang = f->article.language();
  for (auto _ : state) {
    std::vector<Span> sentences = SplitSentences(f->text, lang);
    benchmark::DoNotOptimize(sentences.data());
  }
  SetThroughput(state, f->text.size(), 1);
}
BENCHMARK(BM_SplitSentences);

void BM_ExtractDates(benchmark::State& state) {
  const Fixture* f = FixtureOrSkip(state);
  if (f == nullptr) return;
  const std::string& lang = f->article.language();
  const Date* ref = f->published.valid() ? &f->published : nullptr;
  // The checker passes the Spanish synthetic futures ("firmarán") found in the
  // original text; finding them is part of what it pays for its dates.
  for (auto _ : state) {
    std::vector<DateMention> dates =
        ExtractDates(f->folded.str(), lang, ref, SpanishFutureVerbs(f->folded, f->text, lang));
    benchmark::DoNotOptimize(dates.data());
  }
  SetThroughput(state, f->text.size(), 1);
}
BENCHMARK(BM_ExtractDates);

void BM_ExtractNumbers(benchmark::State& state) {
  const Fixture* f = FixtureOrSkip(state);
  if (f == nullptr) return;
  const std::string& lang = f->article.language();
  for (auto _ : state) {
    std::vector<NumberMention> numbers = ExtractNumbers(f->folded.str(), lang);
    benchmark::DoNotOptimize(numbers.data());
  }
  SetThroughput(state, f->text.size(), 1);
}
BENCHMARK(BM_ExtractNumbers);

void BM_FindQuotations(benchmark::State& state) {
  const Fixture* f = FixtureOrSkip(state);
  if (f == nullptr) return;
  for (auto _ : state) {
    std::vector<Quotation> quotations = FindQuotations(f->text);
    benchmark::DoNotOptimize(quotations.data());
  }
  SetThroughput(state, f->text.size(), 1);
}
BENCHMARK(BM_FindQuotations);

void BM_CheckArticle(benchmark::State& state) {
  const Fixture* f = FixtureOrSkip(state);
  if (f == nullptr) return;
  const Checker* checker = CheckerOrSkip(state);
  if (checker == nullptr) return;
  for (auto _ : state) {
    Report report;
    checker->CheckArticle(f->article, &report);
    benchmark::DoNotOptimize(report.findings.data());
  }
  // The whole file: CheckArticle reads the front matter's results too.
  SetThroughput(state, f->article.bytes().size(), 1);
}
BENCHMARK(BM_CheckArticle);

// One long article: the fixture's body repeated N times. Time per byte must not
// grow with N (a scan per quotation or per sentence would make it quadratic;
// Google Benchmark fits the complexity, which should come out O(N)).
void BM_CheckLongArticle(benchmark::State& state) {
  const Fixture* f = FixtureOrSkip(state);
  if (f == nullptr) return;
  const Checker* checker = CheckerOrSkip(state);
  if (checker == nullptr) return;
  std::string bytes = "---\npublished: 2024-06-19\nlanguage: es\n---\n";
  for (int64_t i = 0; i < state.range(0); ++i) bytes += f->text + "\n\n";
  Article article = Article::FromBytes("long.md", bytes, {});
  for (auto _ : state) {
    Report report;
    checker->CheckArticle(article, &report);
    benchmark::DoNotOptimize(report.findings.data());
  }
  SetThroughput(state, bytes.size(), 1);
  state.SetComplexityN(state.range(0));
}
BENCHMARK(BM_CheckLongArticle)->RangeMultiplier(4)->Range(16, 1024)->Complexity()->Unit(benchmark::kMillisecond);

void BM_CheckCorpus(benchmark::State& state) {
  const char* corpus = std::getenv("CLAIMCHECK_BENCH_CORPUS");
  if (corpus == nullptr || *corpus == '\0') {
    state.SkipWithError("CLAIMCHECK_BENCH_CORPUS is not set (bash bench/make_corpus.sh DIR)");
    return;
  }
  const Checker* checker = CheckerOrSkip(state);
  if (checker == nullptr) return;
  std::vector<std::string> missing;
  std::vector<std::string> files = ExpandArticlePaths({corpus}, &missing);
  if (!missing.empty() || files.empty()) {
    state.SkipWithError("CLAIMCHECK_BENCH_CORPUS names no directory of articles");
    return;
  }
  size_t bytes = 0;
  for (const std::string& file : files) bytes += std::filesystem::file_size(file);
  const int jobs = static_cast<int>(state.range(0));
  size_t errors = 0;
  for (auto _ : state) {
    Report report = checker->CheckPaths({corpus}, jobs);
    errors = report.errors.size();
    benchmark::DoNotOptimize(report.findings.data());
  }
  SetThroughput(state, bytes, files.size());
  state.counters["files"] = static_cast<double>(files.size());
  state.counters["errors"] = static_cast<double>(errors);
}
BENCHMARK(BM_CheckCorpus)->Arg(1)->Arg(2)->ArgName("jobs")->UseRealTime()->Unit(benchmark::kMillisecond);

}  // namespace
}  // namespace claimcheck

BENCHMARK_MAIN();
