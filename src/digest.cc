#include "digest.h"

#include <string_view>

#include "analysis.h"
#include "text/regex.h"

namespace claimcheck {

namespace {

struct Item {
  Span span;  // original: the label's line and the lines that continue it
  size_t story = 0;
};

bool IsBlankLine(std::string_view line) { return line.find_first_not_of(" \t\r") == std::string_view::npos; }

}  // namespace

std::vector<Span> OffTopicDigestItems(const Doc& doc) {
  const Rulebook& book = doc.book;
  if (book.entities().empty() && book.event().match_any.empty()) return {};
  // A bold label ending in a full stop or a colon, inside the marks or right
  // after them ("**Markets**:", "**Russia and North Korea** —"), then text.
  static const Regex* const kLabel = new Regex(
      R"(^[ \t>]*(?:[-*+]|\x{2022}|\d{1,2}[.)])?[ \t]*(?:\*\*|__)([^*_\n]{2,80}?)(?:\*\*|__)[ \t]*([.:|]|\x{2014}|\x{2013}|-)?[ \t]*\S)",
      Regex::kCaseSensitive);
  static const Regex* const kListItem = new Regex(R"(^[ \t>]*(?:[-*+]|\x{2022}|\d{1,2}[.)])[ \t])");
  const std::string_view bytes = doc.article.bytes();
  const std::string_view clean = doc.article.clean();
  const std::vector<Span>& stories = doc.article.stories();
  std::vector<Item> items;
  bool open = false;  // the last line read belongs to an item
  for (size_t s = 0; s < stories.size(); ++s) {
    open = false;
    for (size_t pos = stories[s].begin; pos < stories[s].end;) {
      size_t end = bytes.find('\n', pos);
      if (end == std::string_view::npos || end > stories[s].end) end = stories[s].end;
      const std::string_view line = bytes.substr(pos, end - pos);
      std::vector<Span> g;
      if (IsBlankLine(clean.substr(pos, end - pos))) {
        open = false;  // a blank line, or one the rulebook's ignore: drops
      } else if (kLabel->MatchAt(line, 0, &g)) {
        const std::string_view label = line.substr(g[1].begin, g[1].size());
        size_t words = 0;
        for (size_t i = 0; i < label.size(); ++i)
          if (label[i] != ' ' && (i == 0 || label[i - 1] == ' ')) ++words;
        const char last = label.back();
        const bool ended = last == '.' || last == ':' || g[2].begin != Regex::npos;
        const bool topic = ended && words <= 8 && !(label[0] >= '0' && label[0] <= '9') &&
                           label.find('?') == std::string_view::npos && label.find('/') == std::string_view::npos;
        open = topic;
        if (topic) items.push_back({{pos, end}, s});
      } else if (open && !kListItem->MatchAt(line, 0)) {
        items.back().span.end = end;  // the item's text runs on
      } else {
        open = false;
      }
      pos = end + 1;
    }
  }
  std::vector<size_t> per_story(stories.size(), 0);
  for (const Item& item : items) ++per_story[item.story];
  std::vector<Span> off;
  for (size_t i = 0; i < items.size(); ++i) {
    if (per_story[items[i].story] < 2) continue;
    const Span folded = doc.fold.FromOriginal(items[i].span);
    bool named = false;
    for (const EntityMention& m : doc.entities) named |= m.span.begin >= folded.begin && m.span.end <= folded.end;
    for (const Pattern& p : book.event().match_any) named = named || p.re->Contains(doc.Folded(folded));
    if (!named) off.push_back(items[i].span);
  }
  return off;
}

}  // namespace claimcheck
