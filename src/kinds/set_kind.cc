// `set`: the members of a closed group (the signatories). The claim is the set
// of entities named in the cue's clause; naming one outside the set contradicts,
// naming some of them confirms.
#include <algorithm>
#include <cctype>

#include "kinds/clauses.h"
#include "kinds/common.h"
#include "kinds/registry.h"
#include "text/regex.h"

namespace claimcheck {
namespace {

struct SetFactValue : FactValue {
  std::vector<std::string> ids;
  std::vector<std::string> kinds;
  std::string ToString() const override {
    std::string s;
    for (const std::string& id : ids) s += (s.empty() ? "" : ", ") + id;
    return s;
  }
};

bool Parse(const RulebookContext& ctx, Fact* fact, Diagnostics* problems) {
  if (!fact->raw.Find("cues")) {  // (invalid cues were reported where they stand)
    problems->push_back({fact->loc, "fact '" + fact->id + "' (set) needs 'cues'"});
    return false;
  }
  if (fact->slot) return true;
  const Node* v = fact->raw.Find("value");
  if (!v->IsList() || v->items.empty()) {
    problems->push_back({v->loc, "fact '" + fact->id + "': value must be a list of entity ids"});
    return false;
  }
  auto value = std::make_shared<SetFactValue>();
  bool ok = true;
  for (const Node& item : v->items) {
    std::string id;
    if (!ParseEntityId(ctx, item, fact->id, {}, &id, problems)) {
      ok = false;
      continue;
    }
    value->ids.push_back(id);
    const std::string& k = ctx.entities->at(id).kind;
    if (std::find(value->kinds.begin(), value->kinds.end(), k) == value->kinds.end())
      value->kinds.push_back(k);
  }
  if (ok) fact->value = value;
  return ok;
}

// People who go with the group's act without doing it: "signed the deal,
// accompanied by Foreign Minister Sergei Lavrov", "acompañado por su canciller".
// The phrase runs to the next comma or the clause's end.
std::vector<Span> CompanionPhrases(const Doc& doc, Span clause) {
  static const Regex re(
      "accompanied by|escorted by|flanked by|joined by|in the presence of|watched by|"
      "acompanad[oa]s? (?:de|por)|escoltad[oa]s? por|flanquead[oa]s? por|en presencia de|"
      "ante la mirada de",
      Regex::kWordBounded);
  std::vector<Span> out;
  const std::string_view text = doc.Folded(clause);
  for (Span m : re.FindAll(text)) {
    size_t end = m.end;
    while (end < text.size() && text[end] != ',') ++end;
    out.push_back({clause.begin + m.begin, clause.begin + end});
  }
  return out;
}

// The agent phrase of a participle or passive cue, "signed by Putin and Kim",
// "firmado el miércoles por ambos líderes", to the next comma or the clause's
// end; empty when the cue has none. Who did the act is named there, and the
// subject of another verb before it is not ("Lavrov defended the treaty signed
// by Putin and Kim").
Span AgentPhrase(const Doc& doc, const CueHit& hit) {
  static const Regex re("^(?:\\s+[^\\s,]+){0,4}?\\s+(?:by|por)\\s");
  const std::string_view after = doc.Folded({hit.cue.end, hit.clause.end});
  std::vector<Span> g;
  if (!re.MatchAt(after, 0, &g)) return Span{};
  // To the next comma that does not go on with the list of agents ("by Putin,
  // Kim and Xi Jinping").
  auto names_at = [&](size_t pos) {
    while (pos < after.size() && after[pos] == ' ') ++pos;
    const size_t abs = hit.cue.end + pos;
    for (const EntityMention& m : doc.entities)
      if (m.span.begin == abs) return true;
    return false;
  };
  size_t end = g[0].end;
  while (end < after.size()) {
    if (after[end] == ',' && !names_at(end + 1)) break;
    ++end;
  }
  return {hit.cue.end + g[0].end, hit.cue.end + end};
}

// English leaves out the relative "that": in "Lavrov hailed the pact Putin and
// Kim signed" the names just before the cue, after a noun phrase the main verb
// governs, are the cue's subject and Lavrov is not; so is "the two leaders" in
// "Lavrov praised the accord the two leaders inked". Returns where that
// subject begins, or the clause's start when the cue has none such.
size_t ReducedRelativeSubject(const Doc& doc, const CueHit& hit, const std::vector<const EntityMention*>& named) {
  static const Regex* const kNextName = new Regex(R"(\s*(?:,\s*)?(?:(?:and|&)\s+)?)");
  static const Regex* const kToCue = new Regex(R"(\s*(?:(?:had|have|has|jointly|formally|finally)\s+)?)");
  static const Regex* const kNounPhrase =
      new Regex(R"((?:^|\s)([^\s]+)\s+(?:the|a|an|this|that|its|their|his|her)\s+(?:[a-z'-]+\s+){0,3}([a-z'-]+)\s+$)");
  // ("the" right before a noun cue is the cue's own: "greeted Putin at the airport").
  static const Regex* const kUnnamed = new Regex(R"((?:the|both|all)\s+(?:[a-z'-]+\s+){1,2}$)");
  if (doc.lang != "en") return hit.clause.begin;
  const std::string_view text = doc.fold.str();
  std::vector<Span> g;
  // The names that run up to the cue, joined by "and" or commas, or a subject
  // that names no one ("the accord the two leaders inked").
  int last = -1;
  for (int i = 0; i < static_cast<int>(named.size()); ++i)
    if (named[i]->span.end <= hit.cue.begin && kToCue->MatchAt(text, named[i]->span.end, &g) &&
        g[0].end == hit.cue.begin)
      last = i;
  size_t begin = hit.clause.begin;
  if (last >= 0) {
    int first = last;
    while (first > 0 && kNextName->MatchAt(text, named[first - 1]->span.end, &g) &&
           g[0].end == named[first]->span.begin)
      --first;
    begin = named[first]->span.begin;
  } else if (kUnnamed->Find(doc.Folded({hit.clause.begin, hit.cue.begin}), 0, &g)) {
    begin = hit.clause.begin + g[0].begin;
  }
  if (begin <= hit.clause.begin) return hit.clause.begin;
  if (!kNounPhrase->Find(doc.Folded({hit.clause.begin, begin}), 0, &g)) return hit.clause.begin;
  // A common noun (in lower case in the copy), after a word that joins no
  // names: "Kim and the Russian leader Putin signed" is one subject.
  const std::string_view before = doc.Folded({hit.clause.begin + g[1].begin, hit.clause.begin + g[1].end});
  const std::string_view noun =
      doc.article.Text(doc.Orig({hit.clause.begin + g[2].begin, hit.clause.begin + g[2].end}));
  if (before == "and" || before == "or" || before.back() == ',' || noun.empty() ||
      !std::islower(static_cast<unsigned char>(noun[0])))
    return hit.clause.begin;
  return begin;
}

// A name that only says whose kin a member is ("Kim Jong Un, the son of Kim
// Jong Il", "nieto de Kim Il Sung", "Kim Il Sung's grandson") describes the
// member; it is none.
bool NamedAsKin(const Doc& doc, const EntityMention& m) {
  static const Regex* const kBefore = new Regex(
      R"(\b(?:(?:son|daughter|grandson|granddaughter|father|grandfather|brother|sister|nephew|niece|uncle|widow|)"
      R"(wife|husband|heir|successor)\s+of\s+(?:the\s+)?(?:late\s+)?|(?:hijo|hija|nieto|nieta|padre|abuelo|)"
      R"(hermano|hermana|sobrino|sobrina|tio|viuda|esposa|esposo|heredero|sucesor)\s+(?:del?\s+)?(?:(?:el|la)\s+)?)"
      R"((?:difunto\s+|fallecido\s+)?)$)");
  static const Regex* const kAfter = new Regex(
      R"(^'s\s+(?:son|daughter|grandson|granddaughter|father|brother|sister|nephew|niece|widow|heir|successor)\b)");
  const size_t from = m.span.begin > 40 ? m.span.begin - 40 : 0;
  if (kBefore->Contains(doc.Folded({from, m.span.begin}))) return true;
  return kAfter->MatchAt(doc.Folded({m.span.end, std::min(m.span.end + 24, doc.fold.str().size())}), 0);
}

// A second conjunct with a subject of its own after the cue ("Kim welcomed
// Putin at the airport, and they were joined at the talks by Lavrov", ", y
// Lavrov se unió después") is another act: its people are not the cue's. Only
// after a comma and before a word that is no name, so "greeted at the airport
// by Kim, his sister, and Choe Son Hui" keeps every name and "landed at the
// airport and was greeted by Kim" has no subject to cut at. Returns where the
// cue's own part ends (the clause's end when nothing cuts it).
size_t OwnConjunctEnd(const Doc& doc, const CueHit& hit) {
  // ", and they …", and also "y, tras la ceremonia, ambos …": a coordinator
  // before an aside opens a clause.
  static const Regex* const kJoin = new Regex(R"(,\s+(?:and|y|e)\s+|\s(?:and|y|e)\s*,\s*[^,;:]{1,40},\s+)");
  static const Regex* const kPronoun =
      new Regex(R"((?:they|he|she|we|both|the two|ellos|ellas|ella|nosotros|ambos|ambas|los dos|las dos)\s+[a-z])");
  static const Regex* const kVerbAfterName = new Regex(R"(\s+(?:[a-z]+ly\s+)?[a-z]+)");
  static const Regex* const kNameJoin = new Regex(R"(\s*(?:,\s*)?(?:(?:and|y|e)\s+)?)");
  const std::string_view text = doc.fold.str();
  std::vector<Span> g, w;
  for (size_t from = hit.cue.end; from < hit.clause.end && kJoin->Find(text.substr(0, hit.clause.end), from, &g);
       from = g[0].end) {
    const size_t next = g[0].end;
    if (kPronoun->MatchAt(text, next)) return g[0].begin;
    // The names the conjunct opens with ("and Lavrov and Belousov stood"),
    // then the word after them: a verb cuts, the list's end does not.
    size_t end = next;
    for (const EntityMention& m : doc.entities) {
      if (m.span.begin < end) continue;
      if (m.span.begin > end) {
        if (end == next || !kNameJoin->MatchAt(text.substr(0, m.span.begin), end, &w) || w[0].end != m.span.begin)
          break;
      }
      end = m.span.end;
    }
    if (end > next && kVerbAfterName->MatchAt(text, end, &w)) return g[0].begin;
  }
  return hit.clause.end;
}

// The names a relative aside hangs on when the cue is the main predicate
// past the aside's closing comma ("Xi Jinping, who landed on Tuesday, signed";
// "Putin and Kim, who met at dawn, signed"), with that comma's position in
// `*close`; none otherwise.
std::vector<const EntityMention*> AsideAntecedents(const Doc& doc, const CueHit& hit,
                                                   const std::vector<std::string>& kinds, size_t* close) {
  static const Regex* const kRelative = new Regex(R"(^(?:who|which|que|quien|quienes)\b)");
  static const Regex* const kJustBefore = new Regex(R"(^\s*,\s*$)");
  static const Regex* const kNextName = new Regex(R"(^\s*(?:,\s*)?(?:(?:and|y|e|&)\s+)?$)");
  if (!hit.phrase.empty() || !kRelative->MatchAt(doc.Folded(hit.clause), 0)) return {};
  const size_t comma = doc.Folded(hit.clause).find(", ");
  if (comma == std::string_view::npos || hit.cue.begin < hit.clause.begin + comma) return {};
  *close = hit.clause.begin + comma;
  const Span lead{hit.sentence->folded.begin, hit.clause.begin};
  const std::vector<const EntityMention*> before = MentionsOf(doc, lead, kinds);
  std::vector<const EntityMention*> out;
  size_t next = hit.clause.begin;
  for (auto it = before.rbegin(); it != before.rend(); ++it) {
    const Regex& join = out.empty() ? *kJustBefore : *kNextName;
    if (!join.FullMatch(doc.Folded({(*it)->span.end, next}))) break;
    out.insert(out.begin(), *it);
    next = (*it)->span.begin;
  }
  return out;
}

void Find(const Fact& fact, const Doc& doc, std::vector<Claim>* out, Trace* trace) {
  const auto* value = static_cast<const SetFactValue*>(fact.value.get());
  std::vector<std::string> kinds = value ? value->kinds : std::vector<std::string>{"person"};
  std::vector<const Sentence*> done;
  for (const CueHit& hit : FindCueHits(fact, doc, fact.cues_any.get(), trace)) {
    if (hit.irrealis || hit.negated) {
      if (trace) trace->Add(fact.id + ": cue " + Where(doc, hit.cue) + " skipped: " +
                            (hit.negated ? "negated" : "planned or future"));
      continue;
    }
    if (std::find(done.begin(), done.end(), hit.sentence) != done.end()) continue;
    // Each member once, at its first mention.
    std::vector<const EntityMention*> members;
    const std::vector<Span> companions = CompanionPhrases(doc, hit.clause);
    // "No lo firmó Xi sino Putin": Xi is taken back.
    const std::vector<Span> corrected = CorrectedAway(doc, *hit.sentence);
    // With an agent phrase that names some, only those ("por primera vez"
    // names none, and the clause is read as before).
    const Span agent = AgentPhrase(doc, hit);
    const bool by_agent = !agent.empty() && !MentionsOf(doc, agent, kinds).empty();
    // A cue in a phrase of time with a subject of its own names its act's
    // members there ("his first visit since Putin and Kim signed their pact":
    // not the visitor). Without one ("tras firmar con Putin", "after a signing
    // ceremony, Kim …") the main clause's subject took part.
    Span scope = by_agent ? agent : hit.clause;
    scope.end = std::min(scope.end, OwnConjunctEnd(doc, hit));
    if (!hit.phrase.empty() && !MentionsOf(doc, {hit.phrase.begin, hit.cue.begin}, kinds).empty())
      scope = {std::max(scope.begin, hit.phrase.begin), std::min(scope.end, hit.phrase.end)};
    std::vector<const EntityMention*> named = MentionsOf(doc, scope, kinds);
    const size_t subject = by_agent ? agent.begin : ReducedRelativeSubject(doc, hit, named);
    // "Xi Jinping, who landed on Tuesday, signed the treaty with Kim": past the
    // comma that closes a relative aside the cue is the main predicate, whose
    // subject is the name (or names) just before the aside; the aside's names
    // are not the act's.
    size_t close = 0;
    const std::vector<const EntityMention*> subjects = AsideAntecedents(doc, hit, kinds, &close);
    if (!subjects.empty()) {
      named.erase(
          std::remove_if(named.begin(), named.end(), [&](const EntityMention* m) { return m->span.begin < close; }),
          named.end());
      named.insert(named.begin(), subjects.begin(), subjects.end());
    }
    for (const EntityMention* m : named) {
      if (doc.QuoteAt(m->span.begin) != hit.quote) continue;
      if (NamedAsKin(doc, *m)) {
        if (trace) trace->Add(fact.id + ": " + Where(doc, m->span) + " is named as a member's kin, not one of the set");
        continue;
      }
      if (clauses::IsTheSpeaker(doc, hit, m->span)) {
        if (trace) trace->Add(fact.id + ": " + Where(doc, m->span) + " is who says it, not one of the set");
        continue;
      }
      const bool antecedent_subject = std::find(subjects.begin(), subjects.end(), m) != subjects.end();
      if (!antecedent_subject && m->span.begin < subject) {
        if (trace)
          trace->Add(fact.id + ": " + Where(doc, m->span) + " is the subject of another verb: cue " +
                     Where(doc, hit.cue) + " has its own just before it");
        continue;
      }
      bool set_aside = false;
      for (const std::vector<Span>* spans : {&companions, &corrected})
        for (Span c : *spans) set_aside |= m->span.begin >= c.begin && m->span.end <= c.end;
      if (set_aside) continue;
      bool again = false;
      for (const EntityMention* k : members) again |= k->entity == m->entity;
      if (!again) members.push_back(m);
    }
    if (members.empty()) {
      if (trace) trace->Add(fact.id + ": cue " + Where(doc, hit.cue) + ": no member named in its clause");
      continue;
    }
    done.push_back(hit.sentence);
    std::string names;
    for (const EntityMention* m : members) names += (names.empty() ? "" : ", ") + m->entity->id;
    std::string why = "cue " + Where(doc, hit.cue) + " -> {" + names + "}";
    if (!value) {
      out->push_back(MakeClaim(fact, doc, hit, {members.front()->span.begin, members.back()->span.end},
                               ClaimStatus::kStated, names, why + " (slot)"));
      continue;
    }
    const EntityMention* outsider = nullptr;
    for (const EntityMention* m : members)
      if (std::find(value->ids.begin(), value->ids.end(), m->entity->id) == value->ids.end()) {
        outsider = m;
        break;
      }
    if (outsider) {
      out->push_back(MakeClaim(fact, doc, hit, outsider->span, ClaimStatus::kContradiction,
                               outsider->entity->id, why + ": " + outsider->entity->id + " is not in the set"));
    } else {
      out->push_back(MakeClaim(fact, doc, hit, {members.front()->span.begin, members.back()->span.end},
                               ClaimStatus::kConfirmed, names, why));
    }
  }
}

std::vector<std::string> Members(const std::string& s) {
  std::vector<std::string> out;
  size_t pos = 0;
  while (pos <= s.size()) {
    size_t comma = s.find(", ", pos);
    out.push_back(s.substr(pos, comma == std::string::npos ? std::string::npos : comma - pos));
    if (comma == std::string::npos) break;
    pos = comma + 2;
  }
  return out;
}

// Naming some of the members is consistent with naming all of them, and, when
// the rulebook knows the set, with naming others of it: "Putin signed" and "Kim
// signed" are two halves of one signing.
Relation Relate(const Fact& fact, const Rulebook&, const std::string& a, const std::string& b) {
  std::vector<std::string> x = Members(a), y = Members(b);
  auto subset = [](const std::vector<std::string>& p, const std::vector<std::string>& q) {
    for (const std::string& e : p)
      if (std::find(q.begin(), q.end(), e) == q.end()) return false;
    return true;
  };
  if (subset(x, y) || subset(y, x)) return Relation::kSame;
  const auto* value = static_cast<const SetFactValue*>(fact.value.get());
  if (value && subset(x, value->ids) && subset(y, value->ids)) return Relation::kSame;
  return Relation::kDifferent;
}

// The members in one order: a set named in any order is one value.
std::string Key(const std::string& found) {
  std::vector<std::string> m = Members(found);
  std::sort(m.begin(), m.end());
  std::string out;
  for (const std::string& e : m) out += (out.empty() ? "" : ", ") + e;
  return out;
}

}  // namespace

extern const FactKindDef kSetKind = {
    "set", "a closed group of entities; naming one outside it contradicts", {}, &Parse, &Find, &Relate, nullptr, &Key};

}  // namespace claimcheck
