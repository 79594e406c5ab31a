#include <cctype>
#include <string>
#include <string_view>

#include "claimcheck/article.h"
#include "text/lang.h"
#include "text/regex.h"

namespace claimcheck {

// Function words are the cheapest reliable signal between Spanish and English
// news copy; a few hundred bytes are enough.
void CountFunctionWords(std::string_view folded, size_t* es, size_t* en) {
  static const Regex kSpanish(
      "de|la|el|que|y|en|los|las|del|por|con|una|para|se|su|al|como|mas|pero|sus|este|esta",
      Regex::kWordBounded);
  static const Regex kEnglish(
      "the|of|and|to|in|is|that|for|on|with|was|by|as|at|his|he|it|from|said|has|have|were",
      Regex::kWordBounded);
  *es = kSpanish.FindAll(folded).size();
  *en = kEnglish.FindAll(folded).size();
}

std::string DetectLanguage(std::string_view folded) {
  size_t es = 0, en = 0;
  CountFunctionWords(folded, &es, &en);
  // A headline or a one-line example has few function words: any majority counts.
  if (es == en) return es == 0 ? "und" : (es >= 3 ? "es" : "und");
  return es > en ? "es" : "en";
}

std::string PrimarySubtag(std::string_view tag) {
  std::string primary(tag.substr(0, tag.find_first_of("-_")));
  for (char& c : primary) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return primary;
}

Lang ParseLang(std::string_view tag) {
  std::string primary = PrimarySubtag(tag);
  if (primary == "es") return Lang::kEs;
  if (primary == "en") return Lang::kEn;
  return Lang::kAny;
}

}  // namespace claimcheck
