#include "claimcheck/article.h"

#include <unicode/utf8.h>
#include <yaml-cpp/yaml.h>

#include <filesystem>
#include <map>
#include <fstream>
#include <sstream>

#include "text/regex.h"

namespace claimcheck {
namespace {

bool IsBlank(std::string_view line) {
  for (char c : line)
    if (c != ' ' && c != '\t' && c != '\r') return false;
  return true;
}

std::string_view TrimLine(std::string_view line) {
  while (!line.empty() && (line.back() == '\r' || line.back() == ' ' || line.back() == '\t'))
    line.remove_suffix(1);
  while (!line.empty() && (line.front() == ' ' || line.front() == '\t')) line.remove_prefix(1);
  return line;
}

bool IsThematicBreak(std::string_view line) {
  line = TrimLine(line);
  if (line.size() < 3) return false;
  char c = line[0];
  if (c != '-' && c != '*' && c != '_') return false;
  for (char x : line)
    if (x != c && x != ' ') return false;
  return true;
}

void Blank(std::string& s, size_t b, size_t e) {
  for (size_t i = b; i < e && i < s.size(); ++i)
    if (s[i] != '\n') s[i] = ' ';
}

void BlankMarkup(std::string* s, Span body) {
  static const Regex kBlockTag(
      "^</?(p|br|div|h[1-6]|li|ul|ol|tr|td|th|table|section|article|header|footer|blockquote|"
      "figcaption|title|hr)\\b");
  static const Regex kRawText("^<(script|style|noscript)\\b");
  std::string& t = *s;
  size_t i = body.begin;
  while (i < body.end) {
    if (t[i] != '<') {
      ++i;
      continue;
    }
    size_t close = t.find('>', i);
    if (close == std::string::npos || close >= body.end) break;
    std::string lower = t.substr(i, std::min<size_t>(close - i + 1, 16));
    for (char& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    size_t end = close + 1;
    std::vector<Span> g;
    if (kRawText.Find(lower, 0, &g) && g[0].begin == 0) {
      std::string name = lower.substr(1, g[0].end - 1);
      size_t stop = t.find("</" + name, end);
      if (stop == std::string::npos) {
        // Case differs or the element is unclosed: blank to the end of the body.
        stop = body.end;
      }
      size_t stop_close = t.find('>', stop);
      end = stop_close == std::string::npos ? body.end : stop_close + 1;
    }
    bool block = kBlockTag.Find(lower, 0, &g) && g[0].begin == 0;
    Blank(t, i, end);
    if (block) t[i] = '\n';
    i = end;
  }
}

// Markdown's markup, blanked in `s` (offsets kept) so that the words it wraps
// read as the copy they are: emphasis ("in **Moscow**"), inline HTML
// ("<strong>Shoigu</strong>"), the brackets of a link and its address ("[signed
// the treaty](https://…/2024-06-20/…)": an address is no copy), bare and
// angle-bracket addresses. HTML comments, struck-out text ("~~Moscú~~") and
// notes in brackets ("[ojo: Yonhap dice martes]", "[CHECK: date]", "[[confirm
// spelling]]") are editors' notes and deletions, blanked whole.
void BlankMarkdown(std::string* s, Span body) {
  static const Regex* const kWhole = new Regex(
      R"(<!--(?s:.*?)-->|~~[^~\n]+~~|<https?://[^>\s]+>|https?://[^\s)\]>"']+|</?[A-Za-z][A-Za-z0-9]*(?:\s[^<>\n]*)?/?>|)"
      R"(\[\[[^\]\n]*\]\]|\[\p{L}{2,12}\s*:[^\]\n]{0,200}\])",
      Regex::kCaseSensitive);
  // [text](address "title"), ![alt](address), [text][label]: the text stays.
  static const Regex* const kLink =
      new Regex(R"(!?\[([^\]\n]*)\](?:\([^)\s]*(?:\s+"[^"\n]*")?\)|\[[^\]\n]*\]))", Regex::kCaseSensitive);
  std::string& t = *s;
  const std::string_view text = std::string_view(t).substr(0, body.end);
  std::vector<Span> g;
  for (size_t at = body.begin; kLink->Find(text, at, &g);) {
    Blank(t, g[0].begin, g[1].begin);
    Blank(t, g[1].end, g[0].end);
    at = g[0].end;
  }
  for (size_t at = body.begin; kWhole->Find(text, at, &g);) {
    Blank(t, g[0].begin, g[0].end);
    at = g[0].end;
  }
  // Runs of "*" or "_" at a word's edge (not inside "snake_case", not a list
  // bullet "* item" at the start of a line).
  auto space = [&](size_t i) {
    return i < body.begin || i >= body.end || std::isspace(static_cast<unsigned char>(t[i])) ||
           std::ispunct(static_cast<unsigned char>(t[i]));
  };
  for (size_t i = body.begin; i < body.end;) {
    if (t[i] != '*' && t[i] != '_') {
      ++i;
      continue;
    }
    size_t e = i;
    while (e < body.end && t[e] == t[i]) ++e;
    const bool opens = space(i - 1) && !space(e);
    const bool closes = !space(i - 1) && space(e);
    const bool bullet =
        t[i] == '*' && e - i == 1 && (i == body.begin || t[i - 1] == '\n') && e < body.end && t[e] == ' ';
    if ((opens || closes) && !bullet && e - i <= 3) Blank(t, i, e);
    i = e;
  }
}

// Superscript digits stuck to a word of three letters or more are footnote
// marks ("Pionyang¹", "Moscow²³"), blanked in `s`: folded to digits they glue
// to the name. After a shorter word they are a unit's power ("km²", "m³").
void BlankFootnoteMarks(std::string* s, Span body) {
  static const Regex* const kMark =
      new Regex(R"(\pL{3}([\x{00B9}\x{00B2}\x{00B3}\x{2070}\x{2074}-\x{2079}]+))", Regex::kCaseSensitive);
  std::string& t = *s;
  std::vector<Span> g;
  for (size_t at = body.begin; kMark->Find(std::string_view(t).substr(0, body.end), at, &g); at = g[0].end)
    Blank(t, g[1].begin, g[1].end);
}

// HTML character references ("June&nbsp;20", "Kremlin&#8217;s", "&laquo;"),
// decoded in `s` in place: the character, then soft hyphens and a zero-width
// space to fill the reference's bytes, which folding drops, so offsets are kept
// and a reference inside a word ("Kim Jong&#8209;un") leaves the word whole.
// Their ";" would otherwise end a clause.
void DecodeCharacterReferences(std::string* s, Span body) {
  static const Regex* const kRef =
      new Regex(R"(&(?:#([0-9]{1,7})|#[xX]([0-9a-fA-F]{1,6})|([a-zA-Z]{2,8}));)", Regex::kCaseSensitive);
  static const std::map<std::string, UChar32, std::less<>> kNamed = {
      {"nbsp", 0xA0},     {"amp", '&'},      {"lt", '<'},       {"gt", '>'},       {"quot", '"'},
      {"apos", '\''},     {"laquo", 0xAB},   {"raquo", 0xBB},   {"ldquo", 0x201C}, {"rdquo", 0x201D},
      {"lsquo", 0x2018},  {"rsquo", 0x2019}, {"mdash", 0x2014}, {"ndash", 0x2013}, {"hellip", 0x2026},
      {"thinsp", 0x2009}, {"shy", 0xAD},     {"bdquo", 0x201E}, {"iexcl", 0xA1},   {"iquest", 0xBF}};
  std::string& t = *s;
  std::vector<Span> g;
  for (size_t at = body.begin; kRef->Find(std::string_view(t).substr(0, body.end), at, &g);) {
    at = g[0].end;
    UChar32 c = -1;
    if (g[1].begin != Regex::npos) {
      c = static_cast<UChar32>(std::stol(t.substr(g[1].begin, g[1].size())));
    } else if (g[2].begin != Regex::npos) {
      c = static_cast<UChar32>(std::stol(t.substr(g[2].begin, g[2].size()), nullptr, 16));
    } else if (auto it = kNamed.find(std::string_view(t).substr(g[3].begin, g[3].size())); it != kNamed.end()) {
      c = it->second;
    }
    if (c <= 0 || c > 0x10FFFF || (c >= 0xD800 && c <= 0xDFFF)) continue;
    char buf[4];
    int32_t n = 0;
    U8_APPEND_UNSAFE(buf, n, c);
    size_t pad = g[0].size() - static_cast<size_t>(n);
    if (pad == 1) continue;  // (no reference is one byte longer than its character)
    std::string out(buf, static_cast<size_t>(n));
    if (pad % 2) {  // a zero-width space, three bytes, then soft hyphens, two
      out += "\u200B";
      pad -= 3;
    }
    for (; pad > 0; pad -= 2) out += "\u00AD";
    t.replace(g[0].begin, g[0].size(), out);
  }
}

// The date of the lead that opens wire copy, as a span of `line`: "SEOUL, June
// 20 (Reuters) -", "MOSCÚ, 19 jun (EFE).-", "June 20 (Reuters) -", "PYONGYANG,
// June 19, 2024 (AFP) —", "SEOUL, June 20 —", "Seúl, 20 de junio. —", "TOKYO,
// June 21 -". A place before a comma is optional; the agency in brackets and
// the dash or colon after it, or without an agency a long dash (a hyphen after
// a place in capitals), are not, and the words before them must be a date,
// which goes to *date, read on `ref` (day precision, or null). Empty when the
// line opens with none.
Span WireLeadDate(std::string_view line, std::string_view lang, const Date* ref, DateMention* date) {
  static const Regex* const kLead = new Regex(
      R"(^\s*(?:([^\n,()]{2,40}),\s*)?([^\n,()]{3,30}?(?:,\s*\d{4})?)\s*(?:\([^\n()]{2,40}\)\s*(?:\.?-|\x{2013}|\x{2014}|:)|\.?\s*(?:\x{2013}|\x{2014})|(\s-\s)))");
  std::vector<Span> g;
  if (!kLead->Find(line, 0, &g) || g[0].begin != 0) return Span{};
  // A plain hyphen without an agency is a lead only after a place in
  // capitals ("TOKYO, June 21 - Japan condemned"), as wires write it.
  if (g[3].begin != Regex::npos) {
    if (g[1].begin == Regex::npos) return Span{};
    const std::string_view place = line.substr(g[1].begin, g[1].size());
    for (char c : place)
      if (std::islower(static_cast<unsigned char>(c))) return Span{};
  }
  g.erase(g.begin() + 1);  // the date's words are group 1 below
  const std::string_view words = line.substr(g[1].begin, g[1].size());
  const FoldedText f = FoldedText::Fold(words);
  const std::string_view trimmed = TrimLine(f.str());
  for (const DateMention& m : ExtractDates(f.str(), lang, ref)) {
    // The date must be all the words there: "Putin (AP) -" is no dateline.
    if (m.span.size() + 2 >= trimmed.size()) {
      *date = m;
      size_t end = g[1].end;
      while (end > g[1].begin && (line[end - 1] == ' ' || line[end - 1] == '\t')) --end;
      return Span{g[1].begin, end};
    }
  }
  return Span{};
}

int DayKey(const Date& d) { return d.year * 10000 + d.month * 100 + d.day; }

// The day a wire lead's date names (as WireLeadDate read it on `ref`): "June
// 20" takes its year from `ref`, the nearest such day. Invalid when it names
// no day.
Date LeadDay(const DateMention& m, const Date& ref) {
  if (!m.resolved || m.is_range || m.value.precision != Date::Precision::kDay) return Date();
  Date d = m.value;
  // "Dec. 30" over a story published on 3 January is last year's; a few days
  // after the published date is a slip, which the caller sets aside.
  if (m.relative && DayKey(d.AddDays(-180)) > DayKey(ref) && !d.AddYears(-1, &d)) return Date();
  return d;
}

// The first absolute, day-precision date in the first lines of a story (only
// when `want_date`: reading dates is most of the cost), and the dates of the
// wire leads there (appended to `leads`, as spans of `clean`). The first
// lead's day, its year taken from `ref` when it has none, goes to *lead_day.
Date FindDateline(const std::string& clean, Span story, const LineIndex& lines, std::string_view lang, bool want_date,
                  std::vector<Span>* leads, const Date& ref, Date* lead_day) {
  int first = lines.At(story.begin).line;
  int seen = 0;
  Date found;
  const bool anchored = ref.precision == Date::Precision::kDay;
  auto absolute_day = [](const DateMention& m) {
    return m.resolved && !m.relative && !m.is_range && m.value.precision == Date::Precision::kDay;
  };
  for (int ln = first; ln <= lines.line_count() && seen < 8; ++ln) {
    Span sp = lines.Line(ln);
    if (sp.begin >= story.end) break;
    std::string_view line = std::string_view(clean).substr(sp.begin, sp.size());
    if (IsBlank(line)) continue;
    ++seen;
    DateMention date;
    const Span lead = WireLeadDate(line, lang, anchored ? &ref : nullptr, &date);
    if (!lead.empty()) {
      // The lead's words are its date, already read.
      leads->push_back({sp.begin + lead.begin, sp.begin + lead.end});
      if (!lead_day->valid()) *lead_day = LeadDay(date, ref);
      if (want_date && !found.valid() && absolute_day(date)) found = date.value;
      continue;
    }
    if (line.size() > 160) continue;  // a paragraph of copy, not a dateline
    if (!want_date || found.valid()) continue;
    FoldedText f = FoldedText::Fold(line);
    for (const DateMention& m : ExtractDates(f.str(), lang, nullptr)) {
      if (absolute_day(m)) {
        found = m.value;
        break;
      }
    }
  }
  return found;
}

}  // namespace

Status Article::Load(const std::string& path, const ArticleOptions& options, Article* out) {
  std::error_code ec;
  if (std::filesystem::is_directory(path, ec))
    return Status::IOError({path}, "is a directory, not an article");
  // An article is a story, not a data dump: past this size it is refused rather
  // than folded (the offset map costs ~9 bytes per input byte).
  constexpr uintmax_t kMaxBytes = 32u << 20;
  uintmax_t size = std::filesystem::file_size(path, ec);
  if (!ec && size > kMaxBytes)
    return Status::InvalidInput({path}, "file is " + std::to_string(size >> 20) +
                                            " MiB; articles over 32 MiB are not checked");
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::IOError({path}, "cannot open file");
  std::ostringstream ss;
  ss << in.rdbuf();
  if (in.bad()) return Status::IOError({path}, "read error");
  *out = FromBytes(path, ss.str(), options);
  return Status::OK();
}

Article Article::FromBytes(std::string path, std::string bytes, const ArticleOptions& options) {
  Article a;
  a.path_ = std::move(path);
  a.bytes_ = std::make_shared<const std::string>(std::move(bytes));
  a.lines_ = LineIndex(*a.bytes_);
  a.Analyze(options);
  return a;
}

Date Article::ReferenceDateAt(size_t offset) const {
  for (size_t i = 0; i < stories_.size(); ++i)
    if (offset < stories_[i].end || i + 1 == stories_.size()) return story_dates_[i];
  return published_;
}

void Article::Analyze(const ArticleOptions& options) {
  const std::string& b = *bytes_;
  clean_ = b;

  // Invalid UTF-8: reported once per run of bad bytes, each byte named (the
  // first eight), replaced by spaces.
  {
    const uint8_t* s = reinterpret_cast<const uint8_t*>(b.data());
    int32_t length = static_cast<int32_t>(b.size());
    int reported = 0, suppressed = 0;
    int32_t run = -1, run_end = 0;  // the bad run's bytes, while in one
    auto report = [&]() {
      if (run < 0) return;
      if (reported < 20) {
        LineIndex::LineCol lc = lines_.At(static_cast<size_t>(run));
        std::string bytes;
        for (int32_t k = run; k < run_end && k < run + 8; ++k) {
          char hex[8];
          std::snprintf(hex, sizeof hex, "0x%02X", static_cast<unsigned>(s[k]));
          bytes += (bytes.empty() ? "" : " ") + std::string(hex);
        }
        if (run_end - run > 8) bytes += " …";
        problems_.push_back({{path_, lc.line, lc.column},
                             std::string("invalid UTF-8 byte") + (run_end - run > 1 ? "s " : " ") + bytes +
                                 " (replaced by a space for analysis)"});
        ++reported;
      } else {
        ++suppressed;
      }
      run = -1;
    };
    for (int32_t i = 0; i < length;) {
      int32_t start = i;
      UChar32 c;
      U8_NEXT(s, i, length, c);
      if (c < 0) {
        for (int32_t k = start; k < i; ++k) clean_[static_cast<size_t>(k)] = ' ';
        if (run < 0) run = start;
        run_end = i;
      } else {
        report();
        if (c == 0xFEFF) {
          for (int32_t k = start; k < i; ++k) clean_[static_cast<size_t>(k)] = ' ';
        } else if (c == '\r' || c == 0) {
          clean_[static_cast<size_t>(start)] = ' ';
        }
      }
    }
    report();
    if (suppressed > 0)
      problems_.push_back({{path_}, "and " + std::to_string(suppressed) +
                                        " more runs of invalid UTF-8 bytes"});
  }

  // Front matter: "---" on the first line (after a BOM), up to a "---" or "..." line.
  size_t pos = 0;
  if (b.compare(0, 3, "\xEF\xBB\xBF") == 0) pos = 3;
  body_ = {pos, b.size()};
  YAML::Node front;
  int front_base_line = 0;  // file line of the front matter's first YAML line
  {
    size_t eol = b.find('\n', pos);
    std::string_view first =
        TrimLine(std::string_view(b).substr(pos, (eol == std::string::npos ? b.size() : eol) - pos));
    if (first == "---" && eol != std::string::npos) {
      size_t fm_begin = eol + 1;
      size_t cur = fm_begin;
      size_t fm_end = std::string::npos, after = std::string::npos;
      while (cur < b.size()) {
        size_t e = b.find('\n', cur);
        size_t line_end = e == std::string::npos ? b.size() : e;
        std::string_view line = TrimLine(std::string_view(b).substr(cur, line_end - cur));
        if (line == "---" || line == "...") {
          fm_end = cur;
          after = e == std::string::npos ? b.size() : e + 1;
          break;
        }
        cur = e == std::string::npos ? b.size() : e + 1;
      }
      if (fm_end == std::string::npos) {
        problems_.push_back({{path_, 1, 1}, "front matter opened with '---' is never closed"});
      } else {
        int base_line = lines_.At(fm_begin).line;
        front_base_line = base_line;
        try {
          front = YAML::Load(clean_.substr(fm_begin, fm_end - fm_begin));
          if (front && !front.IsNull() && !front.IsMap()) {
            problems_.push_back({{path_, base_line, 1}, "front matter is not a YAML mapping"});
            front = YAML::Node();
          }
        } catch (const YAML::Exception& e) {
          problems_.push_back({{path_, base_line + e.mark.line, e.mark.column + 1},
                               "front matter: " + e.msg});
          front = YAML::Node();
        }
        Blank(clean_, pos, after);
        body_ = {after, b.size()};
      }
    }
  }

  // Where a front matter value is, in the file (yaml-cpp marks are 0-based and
  // relative to the front matter; columns in code points).
  auto located = [&](const YAML::Node& n) -> SourceLoc {
    YAML::Mark m = n.Mark();
    if (m.line < 0) return {path_, front_base_line, 1};
    int line = front_base_line + m.line;
    Span ls = lines_.Line(line);
    return {path_, line, lines_.At(ls.begin + static_cast<size_t>(m.column)).column};
  };
  std::map<std::string, SourceLoc> where;
  auto scalar = [&](const char* key, std::string* out) {
    if (!front || !front.IsMap()) return;
    YAML::Node n = front[key];
    if (!n) return;
    where[key] = located(n);
    if (!n.IsScalar()) {
      problems_.push_back({located(n), std::string("front matter '") + key + "' must be a string"});
      return;
    }
    *out = n.Scalar();
  };
  std::string published_text;
  scalar("source", &source_);
  scalar("language", &language_);
  scalar("event", &event_);
  scalar("published", &published_text);
  // Site generators and CMS exports name the publication day `date` (Hugo,
  // Jekyll, Eleventy) or `publishDate`, and the language `lang`: read when the
  // contract's own keys are absent.
  std::string published_key = "published";
  for (const char* alias : {"publishDate", "date"}) {
    if (!published_text.empty()) break;
    scalar(alias, &published_text);
    if (!published_text.empty()) published_key = alias;
  }
  if (language_.empty()) scalar("lang", &language_);
  if (source_.empty()) source_ = std::filesystem::path(path_).filename().string();

  // HTML: markup is blanked (offsets kept); block-level tags end a paragraph so
  // sentences do not run across them. Markdown: its inline markup is blanked.
  {
    std::string ext = std::filesystem::path(path_).extension().string();
    for (char& c : ext) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    if (ext == ".html" || ext == ".htm") {
      BlankMarkup(&clean_, body_);
    } else {
      BlankMarkdown(&clean_, body_);
    }
    DecodeCharacterReferences(&clean_, body_);
    BlankFootnoteMarks(&clean_, body_);
  }

  // Ignored lines.
  // Compiled once per pattern and thread: the same rulebooks serve every article.
  thread_local std::map<std::string, Regex> compiled;
  std::vector<const Regex*> ignore;
  for (const std::string& p : options.ignore) {
    auto it = compiled.find(p);
    if (it == compiled.end()) it = compiled.emplace(p, Regex(p, Regex::kCaseSensitive | Regex::kUserPattern)).first;
    if (it->second.ok()) ignore.push_back(&it->second);
  }
  // Stories and ignored lines, one pass over the body's lines.
  stories_.clear();
  size_t story_begin = body_.begin;
  bool prev_blank = true;
  for (int ln = lines_.At(body_.begin).line; ln <= lines_.line_count(); ++ln) {
    Span sp = lines_.Line(ln);
    if (sp.begin < body_.begin) continue;
    std::string_view line = std::string_view(b).substr(sp.begin, sp.size());
    bool dropped = false;
    for (const Regex* re : ignore) {
      if (re->Contains(line)) {
        Blank(clean_, sp.begin, sp.end);
        dropped = true;
        break;
      }
    }
    if (!dropped && prev_blank && IsThematicBreak(line) && sp.begin > body_.begin) {
      stories_.push_back({story_begin, sp.begin});
      Blank(clean_, sp.begin, sp.end);
      story_begin = sp.end;
    }
    prev_blank = IsBlank(line);
  }
  stories_.push_back({story_begin, b.size()});

  FoldedText folded_body =
      FoldedText::Fold(std::string_view(clean_).substr(body_.begin, body_.size()));
  if (language_.empty()) language_ = DetectLanguage(folded_body.str());
  // Keep only the primary subtag for the extractors ("es-AR" -> "es").
  std::string lang = language_.substr(0, language_.find_first_of("-_"));

  if (!published_text.empty()) {
    if (Date::Parse(published_text, &published_)) {
      published_from_ = "front matter";
    } else {
      problems_.push_back(
          {where[published_key], "front matter '" + published_key + "' is not an ISO date: '" + published_text + "'"});
    }
  }
  story_dates_.clear();
  datelines_.clear();
  for (size_t i = 0; i < stories_.size(); ++i) {
    Date lead;
    Date d =
        FindDateline(clean_, stories_[i], lines_, lang, i > 0 || !published_.valid(), &datelines_, published_, &lead);
    if (i == 0) {
      if (!published_.valid() && d.valid()) {
        published_ = d;
        published_from_ = "dateline";
      }
      // Wire copy published days after it was filed ("SEOUL, June 20
      // (Reuters) -" under a front matter of 25 June) was written on its
      // lead's day: its "yesterday" is 19 June.
      const bool filed_before = lead.valid() && published_.valid() && DayKey(lead) < DayKey(published_);
      story_dates_.push_back(filed_before ? lead : published_);
    } else {
      story_dates_.push_back(d);
    }
  }
}

}  // namespace claimcheck
