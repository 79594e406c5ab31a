// `quote`: what a speaker said. Each quotation (« », “ ”, " ", ‘ ’, nested too)
// is attributed to a speaker: the person named at a verb of saying in its
// sentence ("afirmó", "said", "según"), else the person nearest to it in the
// sentence, else the speaker of a verb of saying in the sentence before. A quote
// fact takes its speaker's quotations (those holding one of its cues, when it has
// cues). A verified `value` is compared word by word (ellipses allowed); `value:
// unknown` makes it a slot, and reworded versions across sources are "quote drift".
#include <algorithm>
#include <set>

#include "claimcheck/quotes.h"
#include "kinds/common.h"
#include "kinds/registry.h"
#include "text/regex.h"

namespace claimcheck {
namespace {

struct QuoteFactValue : FactValue {
  std::string speaker;
  // Verified wordings (a transcript, and its official translations); empty for a
  // slot. A quotation is checked against the one it is closest to.
  std::vector<std::string> wordings;
  // The statement phrase by phrase (`phrases:`): each row holds renderings of one
  // phrase, in any language, as QuoteWords. A Spanish and an English rendering
  // share too few words to compare; aligned to the rows, they can be.
  std::vector<std::vector<std::vector<std::string>>> phrases;
  std::string ToString() const override { return wordings.empty() ? "unknown" : wordings.front(); }
};

bool Parse(const RulebookContext& ctx, Fact* fact, Diagnostics* problems) {
  const Node* speaker = fact->raw.Find("speaker");
  if (!speaker) {
    problems->push_back({fact->loc, "fact '" + fact->id + "' (quote) needs 'speaker': an entity id"});
    return false;
  }
  auto value = std::make_shared<QuoteFactValue>();
  if (!ParseEntityId(ctx, *speaker, fact->id, {"person", "organization"}, &value->speaker, problems))
    return false;
  if (!fact->slot) {
    const Node* v = fact->raw.Find("value");
    std::vector<const Node*> items;
    if (v->IsScalar()) items.push_back(v);
    else if (v->IsList()) for (const Node& n : v->items) items.push_back(&n);
    for (const Node* n : items) {
      if (!n->IsScalar() || QuoteWords(n->scalar).size() < 2) {
        problems->push_back({n->loc, "fact '" + fact->id +
                                         "': value must be the verified wording (two words or more), a list of them, or unknown"});
        return false;
      }
      value->wordings.push_back(n->scalar);
    }
    if (items.empty()) {
      problems->push_back({v->loc, "fact '" + fact->id + "': value must be the verified wording, a list of them, or unknown"});
      return false;
    }
  }
  if (const Node* phrases = fact->raw.Find("phrases")) {
    if (!phrases->IsList() || phrases->items.empty()) {
      problems->push_back({phrases->loc, "fact '" + fact->id +
                                             "': phrases must be a list of rows, each a list of renderings of one phrase"});
      return false;
    }
    for (const Node& row : phrases->items) {
      std::vector<const Node*> renderings;
      if (row.IsScalar()) renderings.push_back(&row);
      else if (row.IsList()) for (const Node& n : row.items) renderings.push_back(&n);
      std::vector<std::vector<std::string>> out;
      for (const Node* n : renderings) {
        std::vector<std::string> words = n->IsScalar() ? QuoteWords(n->scalar) : std::vector<std::string>{};
        if (words.empty() || std::find(words.begin(), words.end(), kGapWord) != words.end()) {
          problems->push_back({n->loc, "fact '" + fact->id + "': a rendering in phrases must be words, without elisions"});
          return false;
        }
        out.push_back(std::move(words));
      }
      if (out.empty()) {
        problems->push_back({row.loc, "fact '" + fact->id + "': a row of phrases needs at least one rendering"});
        return false;
      }
      // The longest rendering first, so "la asistencia mutua" wins over "asistencia mutua".
      std::stable_sort(out.begin(), out.end(), [](const auto& a, const auto& b) { return a.size() > b.size(); });
      value->phrases.push_back(std::move(out));
    }
  }
  // A slot keeps its speaker in `value` too; reports print "unknown" for it.
  fact->value = value;
  return true;
}

// Where a person is named decides whether they are the speaker: a subject
// opens a clause or a sentence or follows a title or article ("Kim llamó…",
// "… name. Kim called", "y Kim celebró",
// "El propio Putin", "North Korean leader Kim"); after a verb or an object
// preposition ("describió a Putin", "described Putin as") they are spoken of.
bool SubjectPosition(const Doc& doc, const EntityMention& m, const std::vector<Span>& verbs) {
  // After a spaced dash or a bar a label ends ("BREAKING — Kim called …",
  // "URGENTE | Kim llamó …") and the name opens the sentence proper.
  static const Regex kSubjectBefore(
      "(^|[,;:(\"'.!?|]|\\s-|\\b(y|e|and|el|la|los|las|the|su|his|her|propio|propia|mismo|misma|"
      "presidente|president|lider|leader|dirigente|mandatario|ministro|minister|canciller|"
      "portavoz|spokesman|spokeswoman|spokesperson|aide|asesor|asesora|envoy|enviado|enviada))\\s*$");
  size_t b = m.span.begin > 24 ? m.span.begin - 24 : 0;
  // A subject after the verb: "según Kim", "dijo Putin", "said Putin". In English
  // only verbs that invert do so ("described Putin" names an object).
  static const Regex kInvertingEnglish("said|says|according to|added|asked");
  // A name matched with its contracted article ("calificó al presidente ruso
  // de «…»") is the verb's object: Spanish marks a person object with "a".
  const std::string_view name = doc.Folded(m.span);
  const bool object = name.substr(0, 3) == "al " || name.substr(0, 4) == "del ";
  for (Span v : verbs)
    if (!object && v.end <= m.span.begin && m.span.begin - v.end <= 1 &&
        (doc.lang != "en" || kInvertingEnglish.FullMatch(doc.Folded(v))))
      return true;
  std::string_view before = doc.Folded({b, m.span.begin});
  if (kSubjectBefore.Contains(before)) return true;
  // A capitalised word right before the name is a title ("President Putin").
  Span o = doc.Orig({m.span.begin, m.span.begin});
  std::string_view orig = doc.article.clean();
  size_t i = o.begin;
  while (i > 0 && orig[i - 1] == ' ') --i;
  size_t j = i;
  while (j > 0 && static_cast<unsigned char>(orig[j - 1]) > ' ') --j;
  if (j < i) {
    unsigned char c = static_cast<unsigned char>(orig[j]);
    if ((c >= 'A' && c <= 'Z') || c >= 0xC3) return c >= 'A' && c <= 'Z' ? true : false;
    // Sentence start: nothing but white space before it on the line.
  }
  return i == 0 || orig[i - 1] == '\n';
}

// Whether the words between a name and a verb of saying after it leave the
// name its subject: an adverb ("Putin then called Kim «…»"), an aside set off
// by commas ("Putin, visibly moved, called"), or, before a gerund, the verb
// phrase it goes on from ("Putin went further, calling his host «…»").
bool SubjectReachesVerb(const Doc& doc, Span gap, Span verb) {
  static const Regex kAdverb(
      "^\\s+(?:then|also|later|again|once|himself|herself|too|finally|even|luego|despues|tambien|entonces|ademas|"
      "incluso|finalmente)\\s+$");
  static const Regex kAside("^\\s*,[^,;:]{1,40},\\s+$");
  static const Regex kBeforeGerund("^(?:\\s+[a-z]+){1,3}\\s*,\\s+$");
  static const Regex kGerund("[a-z]+(?:ing|ando|iendo)");
  const std::string_view text = doc.Folded(gap);
  if (gap.size() > 48) return false;
  if (kAdverb.FullMatch(text) || kAside.FullMatch(text)) return true;
  return kBeforeGerund.FullMatch(text) && kGerund.FullMatch(doc.Folded(verb));
}

struct Speech {
  const Doc* doc;
  std::vector<Span> verbs;  // folded, outside quotations
};

// The speaker of a quotation: the subject named in its lead-in, else a speaker
// named right at a verb of saying after it ("…», ha aseverado Putin"), else the
// speaker of the quotation before it in the sentence, else the subject of the
// sentence before when that sentence has a verb of saying (or a pronoun at the
// verb here stands for it).
const EntityMention* Speaker(const Doc& doc, const Sentence& s, Span quote, Span lead, Span trail,
                             const EntityMention* previous_in_sentence, const Sentence* previous, bool* at_a_verb) {
  *at_a_verb = false;
  // 0. A line or sentence that opens with a name and a colon, as headlines and
  //    summaries attribute ("Kim: Putin is «…»"), or with "para X," / "for X,"
  //    (in X's view), is that one's.
  static const Regex kOpensWithName("^\\s*(?:#+\\s*)?$");
  static const Regex kColonAfter("^\\s*(?:\\([^()]*\\)\\s*)?:");
  static const Regex kViewOf("^\\s*(?:#+\\s*)?(?:para|for|segun|according\\s+to)\\s+$");
  static const Regex kCommaAfter("^\\s*,");
  const std::vector<const EntityMention*> before_quote =
      MentionsOf(doc, {s.folded.begin, quote.begin}, {"person", "organization"});
  if (!before_quote.empty()) {  // the sentence's first name
    const EntityMention* m = before_quote.front();
    const std::string_view before = doc.Folded({s.folded.begin, m->span.begin});
    const std::string_view after = doc.Folded({m->span.end, quote.begin});
    if ((kOpensWithName.FullMatch(before) && kColonAfter.MatchAt(after, 0)) ||
        (kViewOf.FullMatch(before) && kCommaAfter.MatchAt(after, 0))) {
      *at_a_verb = true;
      return m;
    }
  }
  auto candidates = [&](Span range) {
    std::vector<const EntityMention*> out;
    for (const EntityMention* m : MentionsOf(doc, range, {"person", "organization"}))
      if (doc.QuoteAt(m->span.begin) < 0) out.push_back(m);
    return out;
  };
  auto verbs_in = [&](const Sentence& sent) {
    std::vector<Span> out;
    for (Span v : FindSpeechVerbs(doc.Folded(sent.folded), doc.lang)) {
      Span abs{v.begin + sent.folded.begin, v.end + sent.folded.begin};
      if (doc.QuoteAt(abs.begin) < 0) out.push_back(abs);
    }
    return out;
  };
  std::vector<Span> verbs = verbs_in(s);
  // 1. A name at a verb of saying, before or after the quotation ("Putin told",
  //    "según ha explicado el líder ruso"), nearest to the quotation.
  const EntityMention* at_verb = nullptr;
  size_t at_verb_distance = 0;
  for (Span range : {lead, trail}) {
    const std::vector<const EntityMention*> named = candidates(range);
    // "Kim said Putin was «…»": a name before the verb is its subject, and the
    // one after it is spoken of, not an inverted subject ("said Putin").
    auto has_subject_before = [&](Span v) {
      for (const EntityMention* k : named)
        if (k->span.end <= v.begin && v.begin - k->span.end <= 1 && SubjectPosition(doc, *k, verbs)) return true;
      return false;
    };
    for (const EntityMention* m : named) {
      for (Span v : verbs) {
        bool verb_then_name = v.end <= m->span.begin && m->span.begin - v.end <= 1 && SubjectPosition(doc, *m, verbs) &&
                              !has_subject_before(v);
        bool name_then_verb = m->span.end <= v.begin &&
                              (v.begin - m->span.end <= 1 || SubjectReachesVerb(doc, {m->span.end, v.begin}, v)) &&
                              SubjectPosition(doc, *m, verbs);
        if (!verb_then_name && !name_then_verb) continue;
        size_t d = m->span.end <= quote.begin ? quote.begin - m->span.end : m->span.begin - quote.end;
        if (!at_verb || d < at_verb_distance) {
          at_verb = m;
          at_verb_distance = d;
        }
      }
    }
  }
  if (at_verb) {
    *at_a_verb = true;
    return at_verb;
  }
  // 2. A sentence opened by a pronoun at a verb of saying ("He said that …",
  //    "Ella afirmó …") speaks for the subject of the sentence before.
  //    So does a pronoun at the verb after the quotation ("«…», he said",
  //    "«…», said she", "«…», dijo él").
  static const Regex kPronounSays("^\\s*(he|she|el|ella)\\s+$");
  static const Regex kPronounBefore("(?:^|[\\s,])(?:he|she)\\s+$");
  static const Regex kPronounAfter("^\\s+(?:he|she|el|ella)\\b");
  bool pronoun_speaks = false;
  for (Span v : verbs) {
    if (v.begin >= s.folded.begin && v.begin <= s.folded.begin + 6 &&
        kPronounSays.FullMatch(doc.Folded({s.folded.begin, v.begin})))
      pronoun_speaks = true;
    if (v.begin >= trail.begin && v.end <= trail.end &&
        (kPronounBefore.Contains(doc.Folded({trail.begin, v.begin})) ||
         kPronounAfter.MatchAt(doc.Folded({v.end, trail.end}), 0)))
      pronoun_speaks = true;
  }
  if (pronoun_speaks) {
    lead.end = lead.begin;  // names in this sentence are spoken of
  }
  // 3. The subject of the lead-in.
  const EntityMention* subject = nullptr;
  for (const EntityMention* m : candidates(lead))
    if (SubjectPosition(doc, *m, verbs)) subject = m;
  if (subject) return subject;
  if (previous_in_sentence) return previous_in_sentence;
  // The sentence before speaks for a quotation when someone speaks in it ("Kim
  // said on Wednesday." then the quotation) or a pronoun here points to it: a
  // quotation standing alone after a sentence of narration has lost its
  // attribution, and is nobody's.
  if (previous) {
    std::vector<Span> prev_verbs = verbs_in(*previous);
    if (prev_verbs.empty() && !pronoun_speaks) return nullptr;
    const EntityMention* last = nullptr;
    for (const EntityMention* m : candidates(previous->folded))
      if (SubjectPosition(doc, *m, prev_verbs)) last = m;
    return last;
  }
  return nullptr;
}

// How many distinct words of four letters or more (code points) `a` and `b`
// share.
size_t SharedLongWords(const std::vector<std::string>& a, const std::vector<std::string>& b) {
  auto long_word = [](const std::string& w) {
    int32_t n = 0;
    for (unsigned char ch : w) n += (ch & 0xC0) != 0x80;
    return n >= 4;
  };
  std::set<std::string> in_b;
  for (const std::string& w : b)
    if (long_word(w)) in_b.insert(w);
  std::set<std::string> shared;
  for (const std::string& w : a)
    if (in_b.count(w)) shared.insert(w);
  return shared.size();
}

// The narrator's aside inside the marks of a quotation, "«El tratado prevé
// —dijo Putin— la asistencia mutua»", names its speaker: the person at the
// verb of saying between the dashes, or null. The aside, dashes and all, goes
// to *aside (folded).
const EntityMention* InnerAttribution(const Doc& doc, Span quote, Span* aside) {
  // Folding makes the dashes "-"; a hyphen inside a word has no space beside it.
  static const Regex* const kAside = new Regex(R"(\s+-\s*([^-]{2,80}?)\s*-(?:\s+|$))");
  std::vector<Span> g;
  const std::string_view text = doc.Folded(quote);
  for (size_t at = 0; kAside->Find(text, at, &g); at = g[0].end) {
    const Span inside{quote.begin + g[1].begin, quote.begin + g[1].end};
    if (FindSpeechVerbs(doc.Folded(inside), doc.lang).empty()) continue;
    const std::vector<const EntityMention*> named = MentionsOf(doc, inside, {"person", "organization"});
    if (named.empty()) continue;
    *aside = {quote.begin + g[0].begin, quote.begin + g[0].end};
    return named.front();
  }
  return nullptr;
}

// A credit after the closing mark, as pull quotes and captions set it: a dash
// or a bracket, then a known person's name that ends the line or goes on after
// a comma ("«…» — Kim Jong-un, sobre Putin", "“…” (Kim Jong Un)", or on the
// line below: "> — Kim Jong-un").
const EntityMention* CreditLine(const Doc& doc, const Quotation& q) {
  static const Regex kBefore(R"([ \t]*(?:\r?\n[ \t]*(?:>[ \t]*)?)?(?:[\x{2014}\x{2013}-]+[ \t]*|\([ \t]*))");
  static const Regex kAfter(R"([ \t]*(?:[,)]|\r?\n|$))");
  const std::string_view text = doc.article.clean();
  std::vector<Span> g;
  if (!kBefore.MatchAt(text, q.outer.end, &g)) return nullptr;
  const size_t at = doc.fold.FromOriginal(Span{g[0].end, g[0].end}).begin;
  for (const EntityMention& m : doc.entities) {
    if (m.span.begin < at) continue;
    if (m.span.begin > at || m.entity->kind != "person") return nullptr;
    return kAfter.MatchAt(text, doc.Orig(m.span).end) ? &m : nullptr;
  }
  return nullptr;
}

// True when `part` occurs in `whole` as a run of consecutive words.
bool Contains(const std::vector<std::string>& whole, const std::vector<std::string>& part) {
  if (part.empty() || part.size() > whole.size()) return false;
  return std::search(whole.begin(), whole.end(), part.begin(), part.end()) != whole.end();
}

void Find(const Fact& fact, const Doc& doc, std::vector<Claim>* out, Trace* trace) {
  const auto* value = static_cast<const QuoteFactValue*>(fact.value.get());
  const std::vector<Quotation>& quotations = doc.quotations;
  std::vector<std::vector<std::string>> verified;
  for (const std::string& w : value->wordings) verified.push_back(QuoteWords(w));
  std::vector<std::pair<Span, const EntityMention*>> spoken;  // quotations so far, and who said them
  for (size_t qi = 0; qi < quotations.size(); ++qi) {
    const Quotation& q = quotations[qi];
    if (q.depth != 0) continue;  // a quotation inside a quotation is the outer speaker's
    // One quoted word ("«agresión»", “defensive”) is a scare quote, not a statement.
    if (QuoteWords(doc.article.Text(q.inner)).size() < 2) continue;
    Span folded = doc.fold.FromOriginal(q.inner);
    // Sentences come in text order; searched, not scanned, so that a long
    // article with many quotations stays linear.
    auto after = std::upper_bound(doc.sentences.begin(), doc.sentences.end(), q.outer.begin,
                                  [](size_t pos, const Sentence& s) { return pos < s.orig.begin; });
    if (after == doc.sentences.begin()) continue;
    const Sentence* sentence = &*(after - 1);
    if (q.outer.begin >= sentence->orig.end) continue;
    const Sentence* previous = after - 1 == doc.sentences.begin() ? nullptr : &*(after - 2);
    std::string where = Where(doc, folded);
    // The lead-in runs back to the previous quotation of the sentence (or its
    // start), the trail forward to the next one (or its end).
    Span lead{sentence->folded.begin, folded.begin};
    Span trail{doc.fold.FromOriginal(q.outer.end), sentence->folded.end};
    const EntityMention* previous_in_sentence = nullptr;
    // The last quotation before this one in the sentence, if any.
    for (auto it = spoken.rbegin(); it != spoken.rend() && it->first.begin >= sentence->folded.begin; ++it) {
      if (it->first.begin >= folded.begin) continue;
      lead.begin = std::max(lead.begin, it->first.end);
      previous_in_sentence = it->second;
      break;
    }
    // The next outermost quotation, if it starts within the trail.
    for (size_t ni = qi + 1; ni < quotations.size(); ++ni) {
      if (quotations[ni].depth != 0) continue;
      Span nf = doc.fold.FromOriginal(quotations[ni].outer);
      if (nf.begin >= trail.begin && nf.begin < trail.end) trail.end = nf.begin;
      break;
    }
    Span aside;
    bool at_a_verb = false;  // named where it says, not guessed from the subject
    const EntityMention* speaker = InnerAttribution(doc, folded, &aside);
    if (!speaker) speaker = CreditLine(doc, q);
    if (speaker)
      at_a_verb = true;
    else
      speaker = Speaker(doc, *sentence, folded, lead, trail, previous_in_sentence, previous, &at_a_verb);
    // What was said, without the narrator's aside inside the marks.
    auto said = [&](Span inner) {
      const Span a = aside.empty() ? Span{} : doc.Orig(aside);
      // (A paragraph of a transcript's turn may not hold the aside.)
      if (aside.empty() || a.begin < inner.begin || a.end > inner.end) return std::string(doc.article.Text(inner));
      return std::string(doc.article.Text({inner.begin, a.begin})) + " " +
             std::string(doc.article.Text({a.end, inner.end}));
    };
    spoken.emplace_back(doc.fold.FromOriginal(q.outer), speaker);
    // A transcript's turn runs over paragraphs (Doc::AddTranscriptTurns): each
    // is judged as a quotation of its own, so a verified phrase is compared
    // with its paragraph, not with the whole speech.
    auto judge = [&](Span piece) {
      const Span folded = doc.fold.FromOriginal(piece);
      const std::string where = Where(doc, folded);
      // Attribution above is the same for every quote fact; the fact's cues only
      // choose which of the speaker's quotations it is about.
      if (!fact.cues.empty()) {
        bool topical = false;
        for (const Pattern& p : fact.cues) topical |= p.re->Contains(doc.Folded(folded));
        if (!topical) return;
      }
      if (!speaker) {
        if (trace) trace->Add(fact.id + ": quotation " + where + ": no speaker found");
        return;
      }
      // English puts the sentence's comma inside the marks ("…attacked," he said):
      // it belongs to the sentence, not to what was said.
      Span inner = piece;
      std::string_view bytes = doc.article.clean();
      while (inner.end > inner.begin &&
             (bytes[inner.end - 1] == ',' || bytes[inner.end - 1] == ';' || bytes[inner.end - 1] == ' '))
        --inner.end;
      if (speaker->entity->id != value->speaker) {
        // The verified words word for word, four or more, in the mouth of another
        // known person named at a verb of saying: the quotation is misattributed
        // ("«El amigo más querido del pueblo coreano», dijo Putin").
        const std::vector<std::string> words = QuoteWords(said(inner));
        size_t verbatim = verified.size();
        for (size_t i = 0; i < verified.size() && verbatim == verified.size(); ++i)
          if (words.size() >= 4 && (Contains(verified[i], words) || Contains(words, verified[i]))) verbatim = i;
        if (verbatim < verified.size() && at_a_verb && speaker->entity->kind == "person") {
          Claim c;
          c.fact = &fact;
          c.span = inner;
          c.sentence = sentence->orig;
          c.status = ClaimStatus::kContradiction;
          c.found = speaker->entity->id;
          c.expected = value->speaker;
          c.reason = "quotation " + where + " holds " + value->speaker + "'s verified words (\"" +
                     value->wordings[verbatim] + "\") but is attributed to " + speaker->entity->id + " (" +
                     Where(doc, speaker->span) + ")";
          out->push_back(std::move(c));
          return;
        }
        if (trace) trace->Add(fact.id + ": quotation " + where + " is " + speaker->entity->id + "'s");
        return;
      }
      std::string text = said(inner);
      std::string why =
          "quotation " + where + " attributed to " + speaker->entity->id + " (" + Where(doc, speaker->span) + ")";
      Claim c;
      c.fact = &fact;
      c.span = inner;
      c.sentence = sentence->orig;
      c.found = text;
      c.attributed = false;  // the quotation is the claim itself, not a claim inside one
      if (verified.empty()) {
        c.status = ClaimStatus::kStated;
        c.reason = why + " (slot)";
        out->push_back(std::move(c));
        return;
      }
      // The closest verified wording; quoting part of it word for word is exact,
      // and so is a longer quotation that holds all of it word for word ("the
      // dearest friend of the Korean people, and we will never forget it"): the
      // words around it are not the rulebook's to judge.
      std::vector<std::string> words = QuoteWords(text);
      double similarity = 0;
      bool holds_whole = false;
      size_t closest = 0;
      for (size_t i = 0; i < verified.size(); ++i) {
        const bool whole = Contains(words, verified[i]) && verified[i].size() >= 2;
        double s = Contains(verified[i], words) || whole ? 1.0 : QuoteSimilarity(words, verified[i]);
        if (s <= similarity) continue;
        similarity = s;
        closest = i;
        holds_whole = whole && !Contains(verified[i], words);
        c.expected = value->wordings[i];
      }
      // A short quotation scores on its little words ("the best friend" against
      // "the dearest friend of the Korean people"): it renders the verified one
      // only when it shares two of its words of four letters or more; else it is
      // another thing the speaker said.
      if (similarity < 1.0 && similarity >= kSameQuotationThreshold && SharedLongWords(words, verified[closest]) < 2) {
        if (trace) trace->Add(fact.id + ": " + why + " is another quotation (one word of weight in common)");
        return;
      }
      if (similarity < kSameQuotationThreshold) {
        if (trace)
          trace->Add(fact.id + ": " + why + " is another quotation (similarity " +
                     std::to_string(similarity).substr(0, 4) + ")");
        return;
      }
      c.status = similarity >= 1.0 ? ClaimStatus::kConfirmed : ClaimStatus::kContradiction;
      c.reason = why + (holds_whole ? ": holds the verified wording whole, with words of its own around it"
                                    : ", similarity " + std::to_string(similarity).substr(0, 4));
      out->push_back(std::move(c));
    };
    const std::string_view whole = doc.article.Text(q.inner);
    for (size_t from = 0; from < whole.size();) {
      size_t to = whole.find("\n\n", from);
      if (to == std::string_view::npos) to = whole.size();
      Span piece{q.inner.begin + from, q.inner.begin + to};
      while (piece.begin < piece.end && std::isspace(static_cast<unsigned char>(doc.article.clean()[piece.begin])))
        ++piece.begin;
      while (piece.end > piece.begin && std::isspace(static_cast<unsigned char>(doc.article.clean()[piece.end - 1])))
        --piece.end;
      if (piece.begin < piece.end) judge(piece);
      from = to + 2;
    }
  }
}

// Words a faithful rendering may add around its phrases (an article, "for").
constexpr size_t kGlueWords = 2;

// A quotation aligned to a fact's phrases: which rendering of each row it holds
// and where, and which rows of the statement it spans.
struct Alignment {
  std::vector<int> rendering;      // per row: index of the rendering found, or -1
  std::vector<size_t> begin, end;  // per row: the words it was found at
  std::vector<bool> used;          // per word: inside a rendering found
  std::vector<std::string> words;
  // The rows the quotation spans: from its first row found to its last, widened
  // to the statement's first (last) row when more than kGlueWords words come
  // before (after) them: words there render rows, in words the rulebook lacks.
  size_t lo = 0, hi = 0;
  bool any = false;
};

Alignment Align(const QuoteFactValue& value, const std::vector<std::string>& words) {
  Alignment a;
  a.words = words;
  a.used.assign(words.size(), false);
  size_t rows = value.phrases.size();
  a.rendering.assign(rows, -1);
  a.begin.assign(rows, 0);
  a.end.assign(rows, 0);
  auto at = [](size_t i) { return static_cast<std::ptrdiff_t>(i); };
  for (size_t row = 0; row < rows; ++row) {
    const auto& renderings = value.phrases[row];
    for (size_t k = 0; k < renderings.size() && a.rendering[row] < 0; ++k) {
      const std::vector<std::string>& r = renderings[k];
      for (size_t i = 0; i + r.size() <= words.size(); ++i) {
        if (!std::equal(r.begin(), r.end(), words.begin() + at(i))) continue;
        if (std::any_of(a.used.begin() + at(i), a.used.begin() + at(i + r.size()), [](bool u) { return u; }))
          continue;
        std::fill(a.used.begin() + at(i), a.used.begin() + at(i + r.size()), true);
        a.rendering[row] = static_cast<int>(k);
        a.begin[row] = i;
        a.end[row] = i + r.size();
        break;
      }
    }
  }
  size_t first_row = rows, last_row = 0, first_word = words.size(), last_word = 0;
  for (size_t row = 0; row < rows; ++row) {
    if (a.rendering[row] < 0) continue;
    a.any = true;
    first_row = std::min(first_row, row);
    last_row = std::max(last_row, row);
    first_word = std::min(first_word, a.begin[row]);
    last_word = std::max(last_word, a.end[row]);
  }
  if (!a.any) return a;
  auto unused = [&](size_t from, size_t to) {
    size_t n = 0;
    for (size_t i = from; i < to; ++i) n += !a.used[i] && words[i] != kGapWord;
    return n;
  };
  a.lo = unused(0, first_word) > kGlueWords ? 0 : first_row;
  a.hi = unused(last_word, words.size()) > kGlueWords ? rows - 1 : last_row;
  return a;
}

// The words of `a` between the rows in [lo, hi] it renders that are in none of
// them: a rewording inside the part two sources both quote.
size_t WordsOfItsOwn(const Alignment& a, size_t lo, size_t hi) {
  size_t from = a.words.size(), to = 0;
  for (size_t row = lo; row <= hi; ++row) {
    if (a.rendering[row] < 0) continue;
    from = std::min(from, a.begin[row]);
    to = std::max(to, a.end[row]);
  }
  size_t n = 0;
  for (size_t i = from; i < to; ++i) n += !a.used[i] && a.words[i] != kGapWord;
  return n;
}

// Whether two sources' quotations of one speaker are one quotation reworded:
// similar enough, and sharing its words of weight. Short quotations share
// little words by chance ("a new high" and "a new era", "fraternal duty" and
// "deber fraternal"): they must share two words of four letters or more, or
// every such word of the one that has fewer ("mutual assistance", "mutual
// aid").
bool Reworded(const std::vector<std::string>& x, const std::vector<std::string>& y) {
  if (QuoteSimilarity(x, y) < kSameQuotationThreshold) return false;
  auto long_words = [](const std::vector<std::string>& w) {
    std::vector<std::string> out;
    for (const std::string& s : w)
      if (s.size() >= 4 && std::find(out.begin(), out.end(), s) == out.end()) out.push_back(s);
    return out;
  };
  const std::vector<std::string> lx = long_words(x), ly = long_words(y);
  size_t shared = 0;
  for (const std::string& w : lx) shared += std::find(ly.begin(), ly.end(), w) != ly.end();
  return shared >= 1 && shared >= std::min<size_t>(2, std::min(lx.size(), ly.size()));
}

Relation Relate(const Fact& fact, const Rulebook&, const std::string& a, const std::string& b) {
  std::vector<std::string> x = QuoteWords(a), y = QuoteWords(b);
  // One source quoting fewer of the same words is no rewording.
  if (Contains(x, y) || Contains(y, x)) return Relation::kSame;
  if (QuoteSimilarity(x, y) >= 1.0) return Relation::kSame;
  const auto* value = static_cast<const QuoteFactValue*>(fact.value.get());
  if (Reworded(x, y)) {
    // Two renderings the rulebook verifies ("el amigo más querido", "el más
    // querido amigo") are the same words, however they are put.
    auto verified = [&](const std::vector<std::string>& w) {
      for (const std::string& v : value ? value->wordings : std::vector<std::string>{}) {
        const std::vector<std::string> vw = QuoteWords(v);
        if (Contains(vw, w) || (Contains(w, vw) && vw.size() >= 2)) return true;
      }
      return false;
    };
    return verified(x) && verified(y) ? Relation::kSame : Relation::kDifferent;
  }
  // Too few shared words: perhaps two languages. Compare them through the rows
  // of phrases, over the part of the statement both span (one quoting less is
  // no rewording): a row one renders and the other does not, or words of its own
  // between the rows, is a different rendering.
  if (!value || value->phrases.empty()) return Relation::kUnrelated;
  Alignment p = Align(*value, x), q = Align(*value, y);
  bool shared = false;
  for (size_t r = 0; r < p.rendering.size(); ++r) shared |= p.rendering[r] >= 0 && q.rendering[r] >= 0;
  if (!shared) return Relation::kUnrelated;
  size_t lo = std::max(p.lo, q.lo), hi = std::min(p.hi, q.hi);
  for (size_t r = lo; r <= hi; ++r)
    if ((p.rendering[r] >= 0) != (q.rendering[r] >= 0)) return Relation::kDifferent;
  if (WordsOfItsOwn(p, lo, hi) > kGlueWords || WordsOfItsOwn(q, lo, hi) > kGlueWords)
    return Relation::kDifferent;
  return Relation::kSame;
}

std::string Join(const std::vector<std::string>& words) {
  std::string out;
  for (const std::string& w : words) out += (out.empty() ? "" : " ") + w;
  return out;
}

std::string Diff(const Fact& fact, const std::string& a, const std::string& b) {
  std::vector<std::string> x = QuoteWords(a), y = QuoteWords(b);
  const auto* value = static_cast<const QuoteFactValue*>(fact.value.get());
  bool same_words = Contains(x, y) || Contains(y, x) || Reworded(x, y);
  if (same_words || !value || value->phrases.empty()) return FormatDiff(WordDiff(x, y));
  // Two languages: row by row, in the order of the first wording; a row both
  // render shows both renderings ("este tratado preve = this treaty provides").
  Alignment p = Align(*value, x), q = Align(*value, y);
  std::vector<size_t> rows(p.rendering.size());
  for (size_t r = 0; r < rows.size(); ++r) rows[r] = r;
  std::stable_sort(rows.begin(), rows.end(), [&](size_t i, size_t j) {
    size_t ai = p.rendering[i] >= 0 ? p.begin[i] : q.begin[i], aj = p.rendering[j] >= 0 ? p.begin[j] : q.begin[j];
    return ai < aj;
  });
  auto rest = [](const Alignment& a) {
    std::vector<std::string> out;
    for (size_t i = 0; i < a.words.size(); ++i)
      if (!a.used[i] && a.words[i] != kGapWord) out.push_back(a.words[i]);
    return out;
  };
  std::vector<DiffOp> ops;
  for (size_t r : rows) {
    int i = p.rendering[r], j = q.rendering[r];
    const auto& row = value->phrases[r];
    if (i >= 0 && j >= 0) ops.push_back({DiffOp::kSame, Join(row[i]) + " = " + Join(row[j])});
    else if (i >= 0) ops.push_back({DiffOp::kDeleted, Join(row[i])});
    else if (j >= 0) ops.push_back({DiffOp::kInserted, Join(row[j])});
  }
  if (std::vector<std::string> r = rest(p); !r.empty()) ops.push_back({DiffOp::kDeleted, Join(r)});
  if (std::vector<std::string> r = rest(q); !r.empty()) ops.push_back({DiffOp::kInserted, Join(r)});
  return FormatDiff(ops);
}

}  // namespace

extern const FactKindDef kQuoteKind = {
    "quote", "what a speaker said: quotations attributed to the speaker, compared word by word",
    {"speaker", "phrases"}, &Parse, &Find, &Relate, &Diff};

}  // namespace claimcheck
