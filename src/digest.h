// Digests: newsletters and briefings that run several stories as labelled items
// ("- **Euro 2024.** Mbappé, who signed for Real Madrid on June 3, …"). An
// item about another story makes no claims about the event, however its verbs
// read ("signed"), so the checker drops what it finds there.
#ifndef CLAIMCHECK_DIGEST_H_
#define CLAIMCHECK_DIGEST_H_

#include <vector>

#include "claimcheck/text.h"

namespace claimcheck {

class Doc;

// Original spans of the items of a digest that name nothing of `doc`'s event:
// no entity of its rulebook and none of its match.any patterns. A digest is two
// or more items in one story, each a line (a list item or a paragraph) opened
// by a bold topic label and text after it. A label that starts with a digit
// (a chronology's date, a figure, a photo's number) or asks a question (an
// explainer's heading) is no topic, so those pieces are never digests.
std::vector<Span> OffTopicDigestItems(const Doc& doc);

}  // namespace claimcheck

#endif  // CLAIMCHECK_DIGEST_H_
