// `role`: who holds an office. The holder is the entity named right next to the
// role phrase: "su ministro de Defensa, Andréi Beloúsov", "Defence Minister
// Andrei Belousov", "Belousov, the defence minister", "Belousov (defence
// minister)", or joined to it by a copula ("el ministro de Defensa era
// Beloúsov"). "ex", "former", "antiguo", "vice" and the like before the phrase
// make it no claim about the current holder.
#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include "kinds/common.h"
#include "kinds/registry.h"
#include "text/regex.h"

namespace claimcheck {
namespace {

struct RoleFactValue : FactValue {
  std::string id;
  std::string ToString() const override { return id; }
};

bool Parse(const RulebookContext& ctx, Fact* fact, Diagnostics* problems) {
  const Node* role = fact->raw.Find("role");
  if (!role) {
    problems->push_back({fact->loc, "fact '" + fact->id + "' (role) needs 'role': the role phrases"});
    return false;
  }
  bool ok = true;
  std::vector<const Node*> items;
  if (role->IsScalar()) items.push_back(role);
  else if (role->IsList()) for (const Node& n : role->items) items.push_back(&n);
  for (const Node* n : items) {
    if (!n->IsScalar()) {
      problems->push_back({n->loc, "fact '" + fact->id + "': role phrases must be strings"});
      ok = false;
      continue;
    }
    auto re = std::make_shared<Regex>(FoldPattern(n->scalar), Regex::kWordBounded | Regex::kUserPattern);
    if (!re->ok()) {
      problems->push_back({n->loc, "role: invalid RE2 pattern \"" + n->scalar + "\": " + re->error()});
      ok = false;
      continue;
    }
    fact->role.push_back({n->scalar, re, n->loc});
  }
  if (items.empty()) {
    problems->push_back({role->loc, "fact '" + fact->id + "': 'role' must be a phrase or a list of phrases"});
    ok = false;
  }
  if (fact->slot) return ok;
  auto value = std::make_shared<RoleFactValue>();
  if (!ParseEntityId(ctx, *fact->raw.Find("value"), fact->id, {}, &value->id, problems)) return false;
  if (ok) fact->value = value;
  return ok;
}

// Two offices named together, then their holders in the same order: "los
// ministros de Exteriores y Defensa, Serguéi Lavrov y Serguéi Shoigú", "his
// foreign and defence ministers, Sergei Lavrov and Sergei Shoigu". Each holder
// is paired with the office it holds when one of the fact's role phrases names
// that office alone ("ministro de Defensa", "defence minister").
struct PairedOffice {
  const EntityMention* holder;
  Span office;  // folded: the office's own words ("defensa")
  size_t list;  // folded: where the list of offices begins
};

std::vector<PairedOffice> PairedOffices(const Fact& fact, const Doc& doc, const Sentence& s) {
  std::vector<PairedOffice> out;
  static const Regex* const kJoin = new Regex(R"(^\s*,?\s*(?:y|e|and)\s+$)");
  static const Regex* const kEs = new Regex(
      R"(\bministr[oa]s\s+de\s+((?:[a-z]+\s+)??[a-z]+)\s+y\s+(?:de\s+)?((?:[a-z]+\s+)??[a-z]+)\s*,?\s*(?:(?:el|la|los|las|sus?)\s+)?$)");
  static const Regex* const kEn =
      new Regex(R"(\b([a-z]+)\s+and\s+([a-z]+)\s+ministers\s*,?\s*(?:(?:the|his|her|their)\s+)?$)");
  const std::vector<const EntityMention*> people = MentionsOf(doc, s.folded, {"person"});
  std::vector<Span> g;
  for (size_t i = 0; i + 1 < people.size(); ++i) {
    const EntityMention* a = people[i];
    const EntityMention* b = people[i + 1];
    if (!kJoin->FullMatch(doc.Folded({a->span.end, b->span.begin}))) continue;
    const size_t from = std::max(s.folded.begin, a->span.begin > 80 ? a->span.begin - 80 : 0);
    const std::string_view before = doc.Folded({from, a->span.begin});
    const bool es = kEs->Find(before, 0, &g);
    if (!es && !kEn->Find(before, 0, &g)) continue;
    for (int k = 1; k <= 2; ++k) {
      const std::string dept(before.substr(g[k].begin, g[k].size()));
      const std::string office = es ? "ministro de " + dept : dept + " minister";
      if (!fact.role_any || !fact.role_any->Contains(office)) continue;
      out.push_back({k == 1 ? a : b, {from + g[k].begin, from + g[k].end}, from + g[0].begin});
    }
  }
  return out;
}

// "Defence Minister Andrej Belousov", "el ministro de Defensa, Andrés
// Beloúsov": a given name the rulebook does not spell that way, capitalised,
// between the role phrase and a person's known surname.
bool GivenNameGap(const Doc& doc, Span gap, const EntityMention& m) {
  static const Regex kGap(R"(^[\s,|]*(?:(?:el|la|the|mr\.?|ms\.?|sr\.?|sra\.?)\s+)?(\S+)\s+$)");
  static const Regex kWord(R"(\p{L}[\p{L}'.-]*)");
  std::vector<Span> g;
  if (m.entity->kind != "person" || !kGap.MatchAt(doc.Folded(gap), 0, &g)) return false;
  const Span name{gap.begin + g[1].begin, gap.begin + g[1].end};
  const std::string_view orig = doc.article.Text(doc.Orig(name));
  if (!kWord.FullMatch(orig)) return false;
  UChar32 first = 0;
  int32_t i = 0;
  U8_NEXT(orig.data(), i, static_cast<int32_t>(orig.size()), first);
  return u_isupper(first);
}

// A list of holders with their offices after them, "Sergei Lavrov, minister
// of Foreign Affairs, Andrei Belousov, minister of Defence" (the Kremlin's and
// KCNA's order): a name after a comma that has an office of its own after it
// is that office's holder, so the office before it is the previous name's.
// `gap` runs from the role phrase to `m`.
bool HoldsTheNextOffice(const Doc& doc, Span gap, const EntityMention& m) {
  static const Regex* const kNextOffice = new Regex(
      R"(^\s*,\s*(?:(?:the|el|la|su|his|her)\s+)?(?:([a-z]+)\s+)?(?:minist|secretar|canciller|chancellor)[a-z]*(\s+(?:of|for|de|del)\b)?)");
  if (doc.Folded(gap).find(',') == std::string_view::npos) return false;
  std::vector<Span> g;
  const std::string_view after = doc.Folded({m.span.end, std::min(m.span.end + 48, doc.fold.str().size())});
  if (!kNextOffice->MatchAt(after, 0, &g)) return false;
  // The office names its department, before it or after it ("Defence
  // Minister", "minister of Defence"): "Lavrov, ministro desde 2004" only says
  // more of the same man.
  const std::string_view word = g[1].begin == Regex::npos ? "" : after.substr(g[1].begin, g[1].size());
  if (word.empty() && g[2].begin == Regex::npos) return false;
  return word != "and" && word != "y" && word != "e" && word != "or" && word != "o";
}

void Find(const Fact& fact, const Doc& doc, std::vector<Claim>* out, Trace* trace) {
  const auto* value = static_cast<const RoleFactValue*>(fact.value.get());
  // Not the current holder: "ex ministro", "former minister", "viceministro",
  // "el entonces ministro", "the outgoing minister", "the future minister".
  static const Regex kPast(
      "\\b(ex|former|antiguo|antigua|anterior|previous|then|vice|deputy|primer viceprimer|"
      "exministro|ex-|then-|otro|another|nuevo jefe|sub|entonces|otrora|outgoing|future|futur[oa])[\\s-]*$");
  // Between the role phrase and the holder after it; a copula may join them
  // ("el ministro de Defensa era Andréi Beloúsov", "the foreign minister is
  // Sergei Lavrov").
  static const std::string kCopula = "es|era|fue|sera|is|was|will be";
  // A table row puts the holder in the cell after the role's ("| Defence
  // minister | Andrei Belousov |").
  // Initials stand for the given names in Kremlin and KCNA copy ("Foreign
  // Minister S. V. Lavrov").
  static const Regex kAfterGap(
      "^[\\s,|]*(?:(" + kCopula +
      ")\\s+)?((el|la|the|su|his|her|mr\\.?|ms\\.?|sr\\.?|sra\\.?)\\s+)?(?:[a-z]\\.\\s*){0,3}$");
  // Between the holder and the role phrase after it ("Belousov, the defence
  // minister", "Beloúsov es el ministro de Defensa").
  static const Regex kBeforeGap("^(\\s*,\\s*|\\s*\\(\\s*|\\s+-\\s+|\\s+(" + kCopula +
                                ")\\s+)"
                                "((el|la|the|su|his|her|current|actual|russian|ruso|rusa|russia's)\\s+)*$");
  static const Regex kCopulaIn("\\b(?:" + kCopula + ")\\b");
  // "El ministro de Defensa que viajó con Putin fue Andréi Beloúsov": the
  // office's relative clause, then the copula and the holder.
  static const Regex kRelativeCopula("^\\s+(?:que|who|that)\\s[^,.;:]{0,60}?\\s(?:" + kCopula +
                                     ")\\s+(?:(?:el|la|the)\\s+)?$");
  std::vector<Span> seen;
  // The holder's claim: stated for a slot, else confirmed or contradicted.
  auto claim = [&](const CueHit& hit, const EntityMention& holder, const std::string& why) {
    if (!value) {
      out->push_back(MakeClaim(fact, doc, hit, holder.span, ClaimStatus::kStated, holder.entity->id, why + " (slot)"));
      return;
    }
    const bool agree = holder.entity->id == value->id;
    out->push_back(MakeClaim(fact, doc, hit, holder.span, agree ? ClaimStatus::kConfirmed : ClaimStatus::kContradiction,
                             holder.entity->id, why));
  };
  for (const CueHit& hit : FindCueHits(fact, doc, fact.role_any.get(), trace)) {
    size_t from = hit.cue.begin > 24 ? hit.cue.begin - 24 : 0;
    from = std::max(from, hit.sentence->folded.begin);
    if (kPast.Contains(doc.Folded({from, hit.cue.begin}))) {
      if (trace) trace->Add(fact.id + ": role " + Where(doc, hit.cue) + " skipped: a former or deputy office");
      continue;
    }
    const EntityMention* holder = nullptr;
    for (const EntityMention& m : doc.entities) {
      if (m.span.begin < hit.cue.end || m.span.begin - hit.cue.end > 90) continue;
      const Span gap{hit.cue.end, m.span.begin};
      const bool relative_copula = kRelativeCopula.FullMatch(doc.Folded(gap));
      if (gap.size() > 24 && !relative_copula) continue;
      if ((gap.size() <= 16 && kAfterGap.FullMatch(doc.Folded(gap))) || GivenNameGap(doc, gap, m) || relative_copula) {
        if (HoldsTheNextOffice(doc, gap, m)) {
          if (trace)
            trace->Add(fact.id + ": role " + Where(doc, hit.cue) + ": " + Where(doc, m.span) +
                       " holds the office named after it");
          break;
        }
        holder = &m;
        break;
      }
    }
    if (!holder) {
      for (const EntityMention& m : doc.entities) {
        if (m.span.end <= hit.cue.begin && hit.cue.begin - m.span.end <= 24 &&
            kBeforeGap.FullMatch(doc.Folded({m.span.end, hit.cue.begin})))
          holder = &m;
      }
    }
    if (!holder) {
      if (trace) trace->Add(fact.id + ": role " + Where(doc, hit.cue) + ": no known entity named next to it");
      continue;
    }
    // "Shoigu ya no es ministro de Defensa", "Lavrov is not the defence
    // minister": a copula denied names no holder.
    const Span gap = holder->span.begin >= hit.cue.end ? Span{hit.cue.end, holder->span.begin}
                                                       : Span{holder->span.end, hit.cue.begin};
    if (kCopulaIn.Contains(doc.Folded(gap)) && (hit.negated || NegatedBefore(doc, hit.clause, hit.cue.begin, 4))) {
      if (trace) trace->Add(fact.id + ": role " + Where(doc, hit.cue) + " skipped: the copula is negated");
      continue;
    }
    if (!FirstClaimAt(&seen, holder->span)) continue;
    claim(hit, *holder, "role " + Where(doc, hit.cue) + " -> holder " + Where(doc, holder->span));
  }
  for (const Sentence& s : doc.sentences) {
    for (const PairedOffice& p : PairedOffices(fact, doc, s)) {
      if (!FirstClaimAt(&seen, p.holder->span)) continue;
      CueHit hit;
      hit.sentence = &s;
      hit.cue = p.office;
      hit.clause = doc.ClauseAt(s, p.office.begin);
      hit.quote = doc.QuoteAt(p.office.begin);
      size_t from = p.list > 24 ? p.list - 24 : 0;
      from = std::max(from, s.folded.begin);
      bool excluded = false;
      for (const Pattern& x : fact.exclude) excluded |= x.re->Contains(doc.Folded(hit.clause));
      if (excluded || kPast.Contains(doc.Folded({from, p.list})) || NegatedBefore(doc, hit.clause, p.list, 4)) {
        if (trace)
          trace->Add(fact.id + ": offices named together at " + Where(doc, hit.cue) +
                     " skipped: excluded, former or denied");
        continue;
      }
      claim(hit, *p.holder,
            "office " + Where(doc, p.office) + ", named with another, -> holder " + Where(doc, p.holder->span) +
                " in the same order");
    }
  }
}

}  // namespace

extern const FactKindDef kRoleKind = {
    "role", "who holds an office: the entity named next to a role phrase", {"role"}, &Parse, &Find};

}  // namespace claimcheck
