// `choice`: one of a closed set of alternatives, each a list of patterns (a
// treaty signed / drafted / announced; a direction south-west / north-east). The
// alternative nearest to a cue, in its clause first, is the claim.
#include "kinds/clauses.h"
#include "kinds/common.h"
#include "kinds/registry.h"
#include "text/regex.h"

namespace claimcheck {
namespace {

struct ChoiceFactValue : FactValue {
  std::string chosen;  // "" for a slot
  std::vector<std::pair<std::string, std::vector<Pattern>>> options;
  std::string ToString() const override { return chosen; }
};

bool Parse(const RulebookContext&, Fact* fact, Diagnostics* problems) {
  bool ok = true;
  if (!fact->raw.Find("cues")) {  // (invalid cues were reported where they stand)
    problems->push_back({fact->loc, "fact '" + fact->id + "' (choice) needs 'cues'"});
    ok = false;
  }
  const Node* options = fact->raw.Find("options");
  if (!options || !options->IsMap() || options->map.size() < 2) {
    problems->push_back({options ? options->loc : fact->loc,
                         "fact '" + fact->id + "' (choice) needs 'options': a mapping of at least two alternatives to patterns"});
    return false;
  }
  auto value = std::make_shared<ChoiceFactValue>();
  for (size_t i = 0; i < options->map.size(); ++i) {
    const auto& [name, list] = options->map[i];
    std::vector<const Node*> items;
    if (list.IsScalar()) items.push_back(&list);
    else if (list.IsList()) for (const Node& n : list.items) items.push_back(&n);
    if (items.empty()) {
      problems->push_back({options->key_locs[i], "option '" + name + "' needs a pattern or a list of patterns"});
      ok = false;
    }
    std::vector<Pattern> patterns;
    for (const Node* n : items) {
      if (!n->IsScalar()) {
        problems->push_back({n->loc, "option '" + name + "': patterns must be strings"});
        ok = false;
        continue;
      }
      auto re = std::make_shared<Regex>(FoldPattern(n->scalar), Regex::kWordBounded | Regex::kUserPattern);
      if (!re->ok()) {
        problems->push_back({n->loc, "options: invalid RE2 pattern \"" + n->scalar + "\": " + re->error()});
        ok = false;
        continue;
      }
      patterns.push_back({n->scalar, re, n->loc});
    }
    value->options.emplace_back(name, std::move(patterns));
  }
  if (!fact->slot) {
    const Node* v = fact->raw.Find("value");
    bool known = false;
    for (const auto& [name, _] : value->options) known |= v->IsScalar() && v->scalar == name;
    if (!known) {
      std::string names;
      for (const auto& [name, _] : value->options) names += (names.empty() ? "" : ", ") + name;
      problems->push_back({v->loc, "fact '" + fact->id + "': value must be one of the options (" + names + ")"});
      ok = false;
    } else {
      value->chosen = v->scalar;
    }
  }
  if (ok) fact->value = value;
  return ok;
}

// True when a place, a person, a date or a number is named after `word` in its
// clause, before the next comma ("no se firmó en Moscú", "was not signed on
// Tuesday", "did not sign it with Xi").
bool ComplementAfter(const Doc& doc, const Sentence& s, Span word) {
  const Span clause = doc.ClauseAt(s, word.begin);
  size_t end = clause.end;
  const size_t comma = doc.Folded({word.end, clause.end}).find(',');
  if (comma != std::string_view::npos) end = word.end + comma;
  return clauses::AnyMention(doc, [&](Span m) { return m.begin >= word.end && m.end <= end; });
}

// True when the act at `at` is denied of someone the rulebook does not count
// among those who do it: the agents named before it in its clause (or after
// "by"/"por") include one outside a `set` fact whose cues name the same act
// ("Xi did not sign": the signatories are Putin and Kim). Without such a fact,
// or with only members named ("Putin and Kim did not sign"), the act itself is
// denied.
bool OthersDenied(const Doc& doc, const Sentence& s, Span at) {
  static const Regex* const kAgentAfter = new Regex(R"(^\s+(?:\S+\s+){0,4}?(?:by|por)\s+$)");
  const Span clause = doc.ClauseAt(s, at.begin);
  std::vector<const EntityMention*> agents =
      MentionsOf(doc, {clause.begin, at.begin}, {"person", "country", "organization"});
  for (const EntityMention* m : MentionsOf(doc, {at.end, clause.end}, {"person", "country", "organization"}))
    if (kAgentAfter->MatchAt(doc.Folded({at.end, m->span.begin}), 0)) agents.push_back(m);
  if (agents.empty()) return false;
  const std::string_view act = doc.Folded(at);
  const FactKindDef* set = FindFactKind("set");
  for (const Fact& f : doc.book.facts()) {
    if (f.kind != "set" || !f.value || !f.cues_any || !f.cues_any->FullMatch(act)) continue;
    // The set kind's own reading: one name is the set's when it relates as the same.
    for (const EntityMention* m : agents)
      if (set->relate(f, doc.book, f.value->ToString(), m->entity->id) != Relation::kSame) return true;
    return false;
  }
  return false;
}

void Find(const Fact& fact, const Doc& doc, std::vector<Claim>* out, Trace* trace) {
  const auto* value = static_cast<const ChoiceFactValue*>(fact.value.get());
  std::vector<Span> seen;
  for (const CueHit& hit : FindCueHits(fact, doc, fact.cues_any.get(), trace)) {
    std::vector<Span> candidates;
    std::vector<const std::string*> names;
    std::string_view text = doc.Folded(hit.sentence->folded);
    for (const auto& [name, patterns] : value->options)
      for (const Pattern& p : patterns)
        for (Span m : p.re->FindAll(text)) {
          Span abs{m.begin + hit.sentence->folded.begin, m.end + hit.sentence->folded.begin};
          if (abs.Overlaps(hit.cue)) continue;  // the cue itself is not the claim
          if (NounOfAct(doc, abs)) continue;
          candidates.push_back(abs);
          names.push_back(&name);
        }
    int i = PickNearest(doc, hit, candidates, /*cue_is_predicate=*/false);
    if (i < 0) {
      if (trace) trace->Add(fact.id + ": cue " + Where(doc, hit.cue) + ": no alternative named in its sentence");
      continue;
    }
    auto negated_at = [&](Span c) {
      const Span clause = doc.ClauseAt(*hit.sentence, c.begin);
      return NegatedBefore(doc, clause, c.begin, 3) || DeniedHere(doc, *hit.sentence, clause, c);
    };
    bool negated = negated_at(candidates[static_cast<size_t>(i)]);
    if (negated) {
      // "Xi did not sign the treaty, which Putin and Kim signed": a sentence
      // that also tells the same alternative as done denies a signer, a place
      // or a day, not the alternative. An infinitive or a gerund tells no act
      // ("se negaron a firmarlo", "refused signing it").
      static const Regex non_finite("\\w+(?:ar|er|ir|ando|iendo)(?:l[oa]s?|se|le|les)?|\\w+ing");
      std::vector<Span> asserted;
      std::vector<size_t> index;
      for (size_t j = 0; j < candidates.size(); ++j) {
        const Span c = candidates[j];
        if (names[j] != names[static_cast<size_t>(i)] || negated_at(c) || non_finite.FullMatch(doc.Folded(c)) ||
            Planned(doc, doc.ClauseAt(*hit.sentence, c.begin), c))
          continue;
        asserted.push_back(c);
        index.push_back(j);
      }
      const int k = PickNearest(doc, hit, asserted, /*cue_is_predicate=*/false);
      if (k >= 0) {
        i = static_cast<int>(index[static_cast<size_t>(k)]);
        negated = false;
      }
    }
    Span at = candidates[static_cast<size_t>(i)];
    // "Putin y Kim firmarán mañana un tratado", "will sign": a plan is no
    // state of things yet.
    if (Planned(doc, doc.ClauseAt(*hit.sentence, at.begin), at)) {
      if (trace) trace->Add(fact.id + ": " + Where(doc, at) + " is planned or future: no claim");
      continue;
    }
    if (!FirstClaimAt(&seen, at)) continue;
    const std::string& name = *names[static_cast<size_t>(i)];
    std::string why = "cue " + Where(doc, hit.cue) + " -> " + name + " " + Where(doc, at);
    if (value->chosen.empty()) {
      if (!negated) out->push_back(MakeClaim(fact, doc, hit, at, ClaimStatus::kStated, name, why + " (slot)"));
      continue;
    }
    bool agree = name == value->chosen;
    if (negated && !agree) {
      if (trace) trace->Add(fact.id + ": " + why + " is negated: no claim");
      continue;
    }
    if (negated && agree && OthersDenied(doc, *hit.sentence, at)) {
      // "Xi did not sign the treaty", "China no lo firmó": the negation denies
      // that one's part in the act, not the act.
      if (trace) trace->Add(fact.id + ": " + why + " is negated of someone not party to it: no claim");
      continue;
    }
    if (negated && ComplementAfter(doc, *hit.sentence, at)) {
      // "El acuerdo no se firmó en Moscú", "was not signed on Tuesday": the
      // negation may deny the place or the day, not the act; the kinds of
      // those facts read it.
      if (trace) trace->Add(fact.id + ": " + why + " is negated with a complement naming a value: no claim");
      continue;
    }
    out->push_back(MakeClaim(fact, doc, hit, at,
                             agree != negated ? ClaimStatus::kConfirmed : ClaimStatus::kContradiction,
                             (negated ? "not " : "") + name, why + (negated ? ", negated" : "")));
  }
}

}  // namespace

extern const FactKindDef kChoiceKind = {
    "choice", "one of a closed set of alternatives, each a list of patterns", {"options"}, &Parse, &Find};

}  // namespace claimcheck
