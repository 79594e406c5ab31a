// Which word tables a BCP 47 tag selects: the extractors (dates, numbers, verbs
// of saying) have Spanish and English tables, and read any other language with
// both.
#ifndef CLAIMCHECK_TEXT_LANG_H_
#define CLAIMCHECK_TEXT_LANG_H_

#include <cstddef>
#include <string>
#include <string_view>

namespace claimcheck {

enum class Lang { kEs, kEn, kAny };

// The primary subtag, lower case: "es-MX" -> "es", "EN_gb" -> "en".
std::string PrimarySubtag(std::string_view tag);

// kEs or kEn for a tag whose primary subtag is "es" or "en"; kAny otherwise.
Lang ParseLang(std::string_view tag);

// How many Spanish and English function words `folded` holds (the votes
// DetectLanguage counts).
void CountFunctionWords(std::string_view folded, size_t* es, size_t* en);

// The T of `lang`, one per language, each made by `Build` on first use and kept
// for the life of the program (word tables and compiled patterns).
template <class T, T* (*Build)(Lang)>
const T& PerLanguage(Lang lang) {
  static const T* const built[] = {Build(Lang::kEs), Build(Lang::kEn), Build(Lang::kAny)};
  return *built[static_cast<int>(lang)];
}

}  // namespace claimcheck

#endif  // CLAIMCHECK_TEXT_LANG_H_
