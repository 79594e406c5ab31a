#include "kinds/common.h"

#include <algorithm>

#include "kinds/clauses.h"
#include "text/regex.h"

namespace claimcheck {

using clauses::Correction;
using clauses::Corrections;
using clauses::InQuestion;
using clauses::NotThePredicates;
using clauses::PredicateAfterCue;
using clauses::RelativeAsideScope;
using clauses::ReportedSpeech;
using clauses::ThatClauseOfSaying;

namespace {

// The stretch of sentence `s` that a connective of time opens ("a day after
// signing the treaty", "desde que firmaron", "tras la firma", "the first
// anniversary of", "se cumple un año de la firma") up to the next
// comma or the sentence's end, when `pos` lies in one (the outermost, when
// they nest); else an empty span. A cue there tells the event that times
// another ("Putin flew to Hanoi on Thursday, a day after signing the treaty",
// "Hoy se cumple un año desde que firmaron"): the main clause's date, place
// or number is not its own. The other way round a cue of the main clause may
// take what the phrase holds: "signed the treaty following talks in Pyongyang
// on Wednesday" leaves open which event the day is of, and "before dawn" is
// a bound of the main event itself. "When"/"cuando" tell the same time, and
// open none.
Span TemporalPhraseAt(const Doc& doc, const Sentence& s, size_t pos) {
  static const Regex re(
      "after|before|since|following|ahead of|prior to|despues de|despues que|antes de|antes que|"
      "(?:dia|manana|noche|tarde) siguiente (?:a|al|de|del)|"
      "desde que|tras|luego de|anniversary of|aniversario de|se cumplen? [a-z0-9]+(?: [a-z]+)? (?:de|desde)",
      Regex::kWordBounded);
  const std::string_view text = doc.Folded(s.folded);
  const size_t at = pos - s.folded.begin;
  Span found{};
  for (Span m : re.FindAll(text)) {
    if (m.begin > at) break;
    // The phrase ends at the next comma that separates (not "1,5").
    size_t end = m.end;
    // An attribution set off by commas inside it ("tras unas conversaciones que,
    // según Ushakov, duraron cinco horas") does not end it.
    static const Regex kSourceAside(R"(^,\s+(?:segun|according to|de acuerdo con)\s+[^,;:]{1,40}, )");
    std::vector<Span> aside;
    for (;;) {
      while (end < text.size() && !(text[end] == ',' && (end + 1 == text.size() || text[end + 1] == ' '))) ++end;
      if (end >= text.size() || !kSourceAside.MatchAt(text.substr(end), 0, &aside)) break;
      end += aside[0].end;
    }
    // A relative aside on the phrase's noun is the phrase's ("after the
    // Korean War, which was fought between 1950 and 1953,", "tras las
    // conversaciones, que duraron unas dos horas,"): up to its closing comma.
    static const Regex kRelativeAside(
        R"(^,\s+(?:which|who|que|quien|quienes|el cual|la cual|los cuales|las cuales)\b[^,;:]*)");
    std::vector<Span> relative;
    if (kRelativeAside.MatchAt(text.substr(end), 0, &relative)) end += relative[0].end;
    // "has sought allies since the invasion of Ukraine, in February 2014.": a
    // since-phrase times a lasting state, so a short phrase of time closing the
    // sentence after it says when its event was.
    static const Regex kSinceCoda(R"(^,\s+(?:in|on|en|el)\s+[^,;:]{1,40}?[.!?]?$)");
    if (m.size() == 5 && text.substr(m.begin, 5) == "since" && kSinceCoda.MatchAt(text.substr(end), 0))
      end = text.size();
    if (at < end) {
      found = {s.folded.begin + m.begin, s.folded.begin + end};
      break;
    }
  }
  return found;
}

}  // namespace

namespace clauses {

// The number of words in `text`.
size_t WordsBetween(std::string_view text) {
  size_t words = 0;
  bool in = false;
  for (char c : text) {
    bool w = std::isalnum(static_cast<unsigned char>(c)) || c == '\'' || static_cast<unsigned char>(c) >= 0x80;
    if (w && !in) ++words;
    in = w;
  }
  return words;
}

const Sentence* SentenceOf(const Doc& doc, size_t pos) {
  auto it = std::upper_bound(doc.sentences.begin(), doc.sentences.end(), pos,
                             [](size_t p, const Sentence& s) { return p < s.folded.end; });
  if (it == doc.sentences.end() || pos < it->folded.begin) return nullptr;
  return &*it;
}

}  // namespace clauses

std::string Where(const Doc& doc, Span folded) {
  Span o = doc.Orig(folded);
  LineIndex::LineCol lc = doc.article.LineColAt(o.begin);
  return std::to_string(lc.line) + ":" + std::to_string(lc.column) + " '" +
         std::string(doc.article.Text(o)) + "'";
}

bool NounOfAct(const Doc& doc, Span word) {
  static const Regex* const kDeterminer =
      new Regex("(?:^|\\s)(?:(?:a|an|no|any|another|every)\\s+(?:[a-z]+\\s+)?|(?:the|this|that)\\s+)$");
  const std::string_view w = doc.Folded(word);
  if (w != "sign" && w != "signs" && w != "seal" && w != "seals") return false;
  return kDeterminer->Contains(doc.Folded({word.begin > 32 ? word.begin - 32 : 0, word.begin}));
}

std::vector<CueHit> FindCueHits(const Fact& fact, const Doc& doc, const Regex* cues, Trace* trace) {
  std::vector<CueHit> out;
  if (!cues) return out;
  // One scan of the whole text; each match then finds its sentence.
  const std::vector<Sentence>& sentences = doc.sentences;
  for (Span m : cues->FindAll(doc.fold.str())) {
    auto it = std::upper_bound(sentences.begin(), sentences.end(), m.begin,
                               [](size_t pos, const Sentence& s) { return pos < s.folded.end; });
    if (it == sentences.end() || m.begin < it->folded.begin || m.end > it->folded.end) continue;
    const Sentence& s = *it;
    if (NounOfAct(doc, m)) {
      if (trace) trace->Add(fact.id + ": cue " + Where(doc, m) + " skipped: a noun (\"a sign that\"), no act");
      continue;
    }
    CueHit hit;
    hit.exclude = &fact.exclude;
    hit.sentence = &s;
    hit.cue = m;
    hit.clause = doc.ClauseAt(s, hit.cue.begin);
    hit.quote = doc.QuoteAt(hit.cue.begin);
    hit.phrase = TemporalPhraseAt(doc, s, hit.cue.begin);
    // A cue in a phrase of a connective of time tells an act of its own ("firmó
    // diez acuerdos en Hanói, tras rubricar el tratado en Pionyang"): what the
    // rest of its clause says does not exclude it.
    std::string_view excluded_in = doc.Folded(hit.phrase);
    Span own, antecedent;
    if (hit.phrase.empty()) {
      RelativeAsideScope(doc, hit, &own, &antecedent);
      if (own.empty()) own = hit.clause;
      // A predicate coordinated after the cue's is another act's: "Kim signed
      // the treaty on June 19 and ratified it in November" is no ratification
      // of the signing. One before it stays in scope ("the Duma ratified it and
      // Putin signed it": the law that ratifies), and so do names joined to
      // the cue's ("talks between Putin and Pezeshkian lasted three hours").
      const Span later = PredicateAfterCue(doc, hit, own.end);
      if (!later.empty()) own.end = later.begin;
      excluded_in = doc.Folded(own);
    }
    // A reported clause is excluded by what its reporting clause says too: "An
    // earlier version of this story said that …", "una versión anterior
    // afirmaba que …" withdraw what follows.
    const Span reporting_clause = clauses::ReportingClauseOf(doc, s, hit.clause);
    const bool that_of_saying = !reporting_clause.empty();
    std::string_view reporting;
    if (hit.phrase.empty() && that_of_saying) reporting = doc.Folded(reporting_clause);
    // A correction quotes the error it withdraws ("An earlier version of this
    // story said …", "Una versión anterior decía …", "Fe de errores: …"): no
    // claim of any fact.
    static const Regex kWithdrawn(
        "(?:earlier|previous|prior) version|version anterior|fe de errores|"
        "we (?:wrongly|incorrectly|mistakenly|erroneously) (?:wrote|reported|stated|said)|"
        "our (?:own )?(?:error|mistake)|nuestro (?:propio )?error|"
        "(?:publicamos|escribimos|informamos|dijimos|afirmamos) (?:erroneamente|por error|equivocadamente)",
        Regex::kWordBounded);
    if (kWithdrawn.Contains(excluded_in) || (!reporting.empty() && kWithdrawn.Contains(reporting)) ||
        kWithdrawn.Contains(doc.Folded({s.folded.begin, std::max(s.folded.begin, hit.clause.begin)}))) {
      if (trace) trace->Add(fact.id + ": cue " + Where(doc, hit.cue) + " skipped: a correction withdraws it");
      continue;
    }
    bool excluded = false;
    for (const Pattern& x : fact.exclude) {
      const bool here = x.re->Contains(excluded_in) || (!antecedent.empty() && x.re->Contains(doc.Folded(antecedent)));
      if (here || (!reporting.empty() && x.re->Contains(reporting))) {
        if (trace)
          trace->Add(fact.id + ": cue " + Where(doc, hit.cue) + " skipped: " +
                     (!here                ? "the clause reporting it"
                      : hit.phrase.empty() ? "its clause"
                                           : "its phrase") +
                     " matches exclude \"" + x.source + "\"");
        excluded = true;
        break;
      }
    }
    if (excluded) continue;
    if (InQuestion(doc, s, doc.Orig(hit.cue).begin)) {
      if (s.answered < 0) {
        if (trace) trace->Add(fact.id + ": cue " + Where(doc, hit.cue) + " skipped: it is in a question");
        continue;
      }
      // "¿Cuándo se firmó? El 19 de junio": the answer holds the value, and
      // "Who signed it? Putin and Kim." the members: it goes on the cue's
      // clause.
      hit.sentence = &doc.answered[static_cast<size_t>(s.answered)];
      hit.clause.end = hit.sentence->folded.end;
      // The answer is read as the cue's clause: what it says may exclude it
      // ("…, when he met Kim Jong Il").
      const Span answer{s.folded.end, hit.clause.end};
      const Pattern* by = nullptr;
      for (const Pattern& x : fact.exclude)
        if (!answer.empty() && x.re->Contains(doc.Folded(answer))) by = &x;
      if (by) {
        if (trace)
          trace->Add(fact.id + ": cue " + Where(doc, hit.cue) +
                     " skipped: the answer to its question matches exclude \"" + by->source + "\"");
        continue;
      }
    }
    // A denial is somebody's speech too: what it denies is negated and theirs
    // ("It is false that …" is the outlet's own).
    bool by_speaker = false;
    const bool denied = Denied(doc, s, hit.clause, &by_speaker);
    // Denying a negation asserts ("Peskov denied that the treaty was not signed").
    hit.negated = NegatedBefore(doc, hit.clause, hit.cue.begin, 3) != denied;
    // "No treaty was signed there", "no se firmó ningún tratado": the denial
    // of some treaty, at some meeting, is none of this one.
    // (Spanish "no" is the adverb: "no firmaron el tratado" denies this one.)
    static const Regex kIndefinite("(?:^|\\s)(?:a|an|any|un|una|ningun|ninguna|algun|alguna)\\s+$");
    static const Regex kNoBefore("(?:^|\\s)no\\s+$");
    static const Regex kAlguno("^\\s+(?:alguno|alguna)\\b");
    const std::string_view lead = doc.Folded({hit.cue.begin > 12 ? hit.cue.begin - 12 : 0, hit.cue.begin});
    if (hit.negated &&
        (kIndefinite.Contains(lead) || (doc.lang != "es" && kNoBefore.Contains(lead)) ||
         kAlguno.MatchAt(doc.Folded({hit.cue.end, std::min(hit.cue.end + 10, doc.fold.str().size())}), 0))) {
      if (trace) trace->Add(fact.id + ": cue " + Where(doc, hit.cue) + " skipped: an indefinite one denied");
      continue;
    }
    hit.reported = by_speaker || ReportedSpeech(doc, s, hit.clause, hit.cue, that_of_saying);
    hit.irrealis = Planned(doc, hit.clause, hit.cue);
    // "A caption said they signed it in Moscow. That was wrong.": a debunk
    // reports a claim to reject it, and the verdict is the outlet's.
    if ((hit.reported || hit.quote >= 0) && clauses::RejectedAfter(doc, s)) {
      if (trace) trace->Add(fact.id + ": cue " + Where(doc, hit.cue) + " skipped: the next sentence rejects it");
      continue;
    }
    out.push_back(hit);
  }
  std::sort(out.begin(), out.end(), [](const CueHit& a, const CueHit& b) {
    return a.cue.begin < b.cue.begin;
  });
  // Sorted by position, the hits of a sentence are adjacent: one pass per
  // sentence (a pass over all hits for each hit was quadratic in long copy).
  for (size_t first = 0, last = 0; first < out.size(); first = last) {
    bool any_timed = false;
    for (last = first; last < out.size() && out[last].sentence == out[first].sentence; ++last)
      any_timed |= !out[last].phrase.empty() && !out[last].negated && !out[last].irrealis;
    if (!any_timed) continue;
    for (size_t i = first; i < last; ++i)
      if (out[i].phrase.empty()) out[i].beside_timed_act = true;
  }
  return out;
}

int PickNearest(const Doc& doc, const CueHit& hit, const std::vector<Span>& candidates, bool cue_is_predicate,
                std::string* set_aside) {
  auto note = [&](Span c, const char* why) {
    if (set_aside) *set_aside += std::string(set_aside->empty() ? "" : ", ") + Where(doc, c) + " " + why;
  };
  auto distance = [&](Span c) -> size_t {
    if (c.end <= hit.cue.begin) return hit.cue.begin - c.end;
    if (c.begin >= hit.cue.end) return c.begin - hit.cue.end;
    return 0;
  };
  int best = -1;
  size_t best_d = 0;
  bool best_same_clause = false;
  const std::vector<Correction> corrections =
      cue_is_predicate ? Corrections(doc, *hit.sentence) : std::vector<Correction>{};
  for (size_t i = 0; i < candidates.size(); ++i) {
    Span c = candidates[i];
    if (c.begin < hit.sentence->folded.begin || c.end > hit.sentence->folded.end) continue;
    if (doc.QuoteAt(c.begin) != hit.quote) continue;
    if (!hit.phrase.empty() && (c.begin < hit.phrase.begin || c.end > hit.phrase.end)) continue;
    if (cue_is_predicate) {
      if (const char* why = NotThePredicates(doc, hit, c)) {
        note(c, why);
        continue;
      }
    }
    bool same_clause = c.begin >= hit.clause.begin && c.end <= hit.clause.end;
    // "It was their second summit: they had met in Vladivostok in 2019": a value
    // lent by another clause is that clause's event when its words exclude it.
    if (!same_clause && hit.exclude) {
      const std::string_view its = doc.Folded(doc.ClauseAt(*hit.sentence, c.begin));
      const auto x =
          std::find_if(hit.exclude->begin(), hit.exclude->end(), [&](const Pattern& p) { return p.re->Contains(its); });
      if (x != hit.exclude->end()) {
        note(c, ("is in a clause that matches exclude \"" + x->source + "\"").c_str());
        continue;
      }
    }
    // "not in Moscow but in Pyongyang": the correction stands for what it
    // takes back, in the cue's clause.
    bool denied = false;
    for (const Correction& k : corrections) {
      denied |= c.begin >= k.denied.begin && c.end <= k.denied.end;
      same_clause |= c.begin >= k.correction.begin && c.end <= k.correction.end && hit.clause.Contains(k.negator.begin);
    }
    if (denied) {
      note(c, "is taken back by a correction");
      continue;
    }
    // "una ceremonia en la plaza Kim Il Sung y conversaciones en Kumsusan", "a
    // ceremony on the square, talks at Kumsusan": a value just before "y",
    // "and" or a comma and the cue ends the conjunct before it; one after the
    // cue is nearer in meaning, whatever the letters count.
    static const Regex* const kConjunctGap =
        new Regex(R"(^\s*(?:,\s*(?:(?:and|y|e)\s+)?|(?:and|y|e)\s+)(?:(?:the|el|la|los|las|unas?|an?)\s+)?$)");
    if (same_clause && c.end <= hit.cue.begin && kConjunctGap->MatchAt(doc.Folded({c.end, hit.cue.begin}), 0))
      same_clause = false;
    size_t d = distance(c);
    if (best < 0 || (same_clause && !best_same_clause) ||
        (same_clause == best_same_clause && d < best_d)) {
      best = static_cast<int>(i);
      best_d = d;
      best_same_clause = same_clause;
    }
  }
  return best;
}

bool FirstClaimAt(std::vector<Span>* seen, Span value) {
  if (std::find(seen->begin(), seen->end(), value) != seen->end()) return false;
  seen->push_back(value);
  return true;
}

Claim MakeClaim(const Fact& fact, const Doc& doc, const CueHit& hit, Span value,
                ClaimStatus status, std::string found, std::string reason) {
  Claim c;
  c.fact = &fact;
  c.status = status;
  c.span = doc.Orig(value);
  c.sentence = hit.sentence->orig;
  c.found = std::move(found);
  // A value in another clause than the cue's is that clause's, and so is its
  // attribution: "unas conversaciones que, según Ushakov, duraron cinco horas".
  // (Only a source named so: a verb of saying there is the saying's, whose day
  // or place a clause about the act may borrow.)
  bool reported = hit.reported;
  if (!reported && hit.quote < 0 && !hit.clause.Contains(value.begin)) {
    const Span own = doc.ClauseAt(*hit.sentence, value.begin);
    reported = !own.empty() && own.begin < value.begin && clauses::SourceNamedIn(doc, {own.begin, value.begin});
  }
  c.attributed = hit.quote >= 0 || reported;
  c.reported = hit.quote < 0 && reported;
  c.reason = std::move(reason);
  return c;
}

bool ParseEntityId(const RulebookContext& ctx, const Node& value, const std::string& fact_id,
                   const std::vector<std::string>& kinds, std::string* id, Diagnostics* problems) {
  if (!value.IsScalar()) {
    problems->push_back({value.loc, "fact '" + fact_id + "': value must be an entity id"});
    return false;
  }
  auto it = ctx.entities->find(value.scalar);
  if (it == ctx.entities->end()) {
    problems->push_back({value.loc, "fact '" + fact_id + "': undefined entity id '" + value.scalar + "'"});
    return false;
  }
  if (!kinds.empty() && std::find(kinds.begin(), kinds.end(), it->second.kind) == kinds.end()) {
    std::string list;
    for (const std::string& k : kinds) list += (list.empty() ? "" : " or ") + k;
    problems->push_back({value.loc, "fact '" + fact_id + "': entity '" + value.scalar + "' is a " +
                                        it->second.kind + ", expected a " + list});
    return false;
  }
  *id = value.scalar;
  return true;
}

std::vector<const EntityMention*> MentionsOf(const Doc& doc, Span range,
                                             const std::vector<std::string>& kinds) {
  std::vector<const EntityMention*> out;
  // Mentions are sorted by begin: a long article must not cost a pass over all of
  // them per sentence.
  auto first = std::lower_bound(doc.entities.begin(), doc.entities.end(), range.begin,
                                [](const EntityMention& m, size_t pos) { return m.span.begin < pos; });
  for (auto it = first; it != doc.entities.end() && it->span.begin < range.end; ++it) {
    const EntityMention& m = *it;
    if (m.span.end > range.end) continue;
    if (std::find(kinds.begin(), kinds.end(), m.entity->kind) == kinds.end()) continue;
    out.push_back(&m);
  }
  return out;
}

int FirstDayKey(const Date& d) {
  if (!d.valid()) return 0;
  return d.year * 10000 + (d.month ? d.month : 1) * 100 + (d.day ? d.day : 1);
}

int LastDayKey(const Date& d) {
  if (!d.valid()) return 99999999;
  return d.year * 10000 + (d.month ? d.month : 12) * 100 + (d.day ? d.day : 31);
}

bool MoveToYear(const Date& first, const Date& last, int year, Date* a, Date* b) {
  const int shift = year - first.year;
  return first.AddYears(shift, a) && last.AddYears(shift, b);
}

bool PeriodsOverlap(const Date& a_first, const Date& a_last, const Date& b_first, const Date& b_last) {
  return FirstDayKey(a_first) <= LastDayKey(b_last) && FirstDayKey(b_first) <= LastDayKey(a_last);
}

}  // namespace claimcheck
