// `place`: where the event happened, an entity of kind place or country. A place
// is claimed only where the text puts the event there: after a locative
// preposition ("en Pyongyang", "in Pyongyang", "a Pyongyang", "at the Kumsusan")
// or bound to the cue ("la cumbre de Pyongyang", "the Pyongyang summit"). A
// country named as a party ("Rusia y Corea del Norte firmaron") is no claim.
// Places related through `in:` agree, at the coarser precision.
#include "kinds/common.h"
#include "kinds/registry.h"
#include "text/regex.h"

namespace claimcheck {
namespace {

struct PlaceFactValue : FactValue {
  std::string id;
  std::string ToString() const override { return id; }
};

const std::vector<std::string>& PlaceKinds() {
  static const std::vector<std::string> k = {"place", "country"};
  return k;
}

bool Parse(const RulebookContext& ctx, Fact* fact, Diagnostics* problems) {
  if (!fact->raw.Find("cues")) {  // (invalid cues were reported where they stand)
    problems->push_back({fact->loc, "fact '" + fact->id + "' (place) needs 'cues'"});
    return false;
  }
  if (fact->slot) return true;
  auto value = std::make_shared<PlaceFactValue>();
  if (!ParseEntityId(ctx, *fact->raw.Find("value"), fact->id, PlaceKinds(), &value->id, problems))
    return false;
  fact->value = value;
  return true;
}

// The place is where something happens: a locative preposition, optionally with
// an article, right before it.
bool Locative(const Doc& doc, const EntityMention& m, const CueHit& hit) {
  // An opening quotation mark may stand before the name ("signed in «Moscow»").
  static const Regex kBefore(
      "\\b(en|in|at|on|inside|dentro de)\\s+((el|la|los|las|un|una|the|a|an)\\s+)?"
      "(?:[\"'\\x{AB}\\x{201C}\\x{2018}]\\s*)?$");
  // A destination is where a trip puts the event: "viajó al cosmódromo de
  // Vostochni", "travelled to Vladivostok to meet Putin", "llegó hasta
  // Pionyang". Spanish "a" marks a person object too, and a place standing
  // for its government ("Seúl acusa a Pionyang"): only after a word of going.
  static const Regex kDestination(
      "\\b(?:viaj|lleg|vol[oa]|volv|regres|traslad|desplaz|acud|march|parti|rumbo|camino|gira|visit|travel|"
      "flew|fly|flies|went|goes|going|came|arriv|trip|journey|head|return|pull|took|tak(?:en|es|ing))[a-z]*\\s+(?:\\S+\\s+){0,4}?"
      "(?:a|al|hasta|to|into)\\s+((el|la|los|las|the)\\s+)?(?:[\"'\\x{AB}\\x{201C}\\x{2018}]\\s*)?$");
  static const Regex kCueBefore("^\\s+(de|del|en|in|at)\\s+((el|la|the)\\s+)?$");
  size_t from = m.span.begin > 40 ? m.span.begin - 40 : 0;
  from = std::max(from, hit.sentence->folded.begin);
  std::string_view before = doc.Folded({from, m.span.begin});
  if (kBefore.Contains(before) || kDestination.Contains(before)) return true;
  // "la cumbre de Pyongyang": the cue, then de/en, then the place.
  if (hit.cue.end <= m.span.begin && m.span.begin - hit.cue.end < 16 &&
      kCueBefore.Contains(doc.Folded({hit.cue.end, m.span.begin})))
    return true;
  // A table row: the place fills the cell after the cue's ("| Signed in |
  // Pyongyang |", "| Lugar de la firma | Pionyang |").
  static const Regex kCellAfterCue("^[^|\n]*\\|\\s*$");
  static const Regex kCellEnds("^\\s*(?:\\||$)");
  if (hit.cue.end <= m.span.begin && kCellAfterCue.MatchAt(doc.Folded({hit.cue.end, m.span.begin}), 0) &&
      kCellEnds.MatchAt(doc.Folded({m.span.end, hit.sentence->folded.end}), 0))
    return true;
  // "the Pyongyang summit": an article, the place, then the cue. A bare name
  // before a verb ("Corea del Norte firmaron") is a party, not a place.
  static const Regex kArticleBefore("\\b(the|a|this|that|last|an)\\s+$");
  if (m.span.end <= hit.cue.begin && hit.cue.begin - m.span.end <= 1) {
    size_t b = m.span.begin > 8 ? m.span.begin - 8 : 0;
    if (kArticleBefore.Contains(doc.Folded({b, m.span.begin}))) return true;
  }
  return false;
}

void Find(const Fact& fact, const Doc& doc, std::vector<Claim>* out, Trace* trace) {
  const auto* value = static_cast<const PlaceFactValue*>(fact.value.get());
  std::vector<Span> seen;
  for (const CueHit& hit : FindCueHits(fact, doc, fact.cues_any.get(), trace)) {
    if (hit.irrealis) {
      if (trace) trace->Add(fact.id + ": cue " + Where(doc, hit.cue) + " skipped: planned or future");
      continue;
    }
    std::vector<Span> candidates;
    std::vector<const EntityMention*> mentions;
    for (const EntityMention* m : MentionsOf(doc, hit.sentence->folded, PlaceKinds())) {
      if (!Locative(doc, *m, hit)) {
        if (trace) trace->Add(fact.id + ": place " + Where(doc, m->span) + " is not where the event is put (no locative)");
        continue;
      }
      candidates.push_back(m->span);
      mentions.push_back(m);
    }
    std::string set_aside;
    int i = PickNearest(doc, hit, candidates, /*cue_is_predicate=*/true, trace ? &set_aside : nullptr);
    if (i < 0) {
      if (trace)
        trace->Add(fact.id + ": cue " + Where(doc, hit.cue) + ": no place claimed in its sentence" +
                   (set_aside.empty() ? "" : " (" + set_aside + ")"));
      continue;
    }
    const EntityMention& m = *mentions[static_cast<size_t>(i)];
    if (!FirstClaimAt(&seen, m.span)) continue;
    std::string why = "cue " + Where(doc, hit.cue) + " -> place " + Where(doc, m.span);
    if (!value) {
      out->push_back(MakeClaim(fact, doc, hit, m.span, ClaimStatus::kStated, m.entity->id, why + " (slot)"));
      continue;
    }
    bool agree = doc.book.Within(m.entity->id, value->id) || doc.book.Within(value->id, m.entity->id);
    if (hit.negated) {
      if (agree)
        out->push_back(MakeClaim(fact, doc, hit, m.span, ClaimStatus::kContradiction,
                                 "not " + m.entity->id, why + ", negated"));
      else if (trace)
        trace->Add(fact.id + ": " + why + " is negated and names another place: no claim");
      continue;
    }
    out->push_back(MakeClaim(fact, doc, hit, m.span,
                             agree ? ClaimStatus::kConfirmed : ClaimStatus::kContradiction,
                             m.entity->id, why));
  }
}

Relation Relate(const Fact&, const Rulebook& book, const std::string& a, const std::string& b) {
  return book.Within(a, b) || book.Within(b, a) ? Relation::kSame : Relation::kDifferent;
}

}  // namespace

extern const FactKindDef kPlaceKind = {
    "place", "where it happened: a place or country entity; `in:` links give coarser agreement", {},
    &Parse, &Find, &Relate};

}  // namespace claimcheck
