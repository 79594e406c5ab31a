// Disagreements between sources: claims about one fact, from different sources,
// whose values differ (after precision, `in:` and the kind's own comparison).
#ifndef CLAIMCHECK_DISAGREEMENTS_H_
#define CLAIMCHECK_DISAGREEMENTS_H_

#include <vector>

#include "claimcheck/report.h"
#include "claimcheck/rulebook.h"

namespace claimcheck {

// Appends to report->disagreements one entry per fact (or, for quotations, per
// group of related wordings) on which sources disagree. Reads report->findings
// and report->articles; unresolved and negated claims take no part.
void FindDisagreements(const std::vector<Rulebook>& books, Report* report);

}  // namespace claimcheck

#endif  // CLAIMCHECK_DISAGREEMENTS_H_
