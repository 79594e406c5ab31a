// Sentences (ICU, with the locale's abbreviation suppressions), clauses on folded
// text, and byte offset -> line/column.
#include <gtest/gtest.h>

#include <string>
#include <string_view>
#include <vector>

#include "claimcheck/text.h"

namespace claimcheck {
namespace {

std::vector<std::string> Sentences(std::string_view text, std::string_view lang) {
  std::vector<std::string> out;
  for (Span s : SplitSentences(text, lang)) {
    EXPECT_LE(s.end, text.size());
    out.emplace_back(text.substr(s.begin, s.size()));
  }
  return out;
}

std::vector<std::string> Clauses(std::string_view folded) {
  std::vector<std::string> out;
  for (Span s : SplitClauses(folded)) {
    EXPECT_LE(s.end, folded.size());
    out.emplace_back(folded.substr(s.begin, s.size()));
  }
  return out;
}

using Strings = std::vector<std::string>;

struct SentenceCase {
  const char* lang;
  const char* text;
  Strings want;
};

TEST(SplitSentences, Table) {
  const SentenceCase cases[] = {
      // Abbreviations the es locale suppresses: no break after "Sr." or "EE.UU."
      // when the sentence goes on.
      {"es", "El Sr. Putin llegó. Kim lo recibió.", {"El Sr. Putin llegó.", "Kim lo recibió."}},
      {"es", "El Sr. Putin llegó.", {"El Sr. Putin llegó."}},
      {"es",
       "EE.UU. y Rusia firmaron un acuerdo. Luego hablaron.",
       {"EE.UU. y Rusia firmaron un acuerdo.", "Luego hablaron."}},
      {"es", "Según EE.UU., el acuerdo es grave.", {"Según EE.UU., el acuerdo es grave."}},
      {"es", "La Sra. Matviyenko habló.", {"La Sra. Matviyenko habló."}},
      // "EE.UU." at the end of a sentence, a capitalized word after it: a break
      // there is right.
      {"es", "Habló con EE.UU. El acuerdo se firmó.", {"Habló con EE.UU.", "El acuerdo se firmó."}},
      // ". " before a capital.
      {"es", "Putin llegó. Kim lo recibió.", {"Putin llegó.", "Kim lo recibió."}},
      {"en", "Mr. Putin arrived. Kim met him.", {"Mr. Putin arrived.", "Kim met him."}},
      {"en", "The U.S. and Russia signed.", {"The U.S. and Russia signed."}},
      // A full stop inside a number or a lower-case continuation is no break.
      {"es", "Llegó el 19 de jun. de 2024 a Pyongyang.", {"Llegó el 19 de jun. de 2024 a Pyongyang."}},
      {"es", "Putin llegó a las 3.30 h. Kim lo recibió.", {"Putin llegó a las 3.30 h.", "Kim lo recibió."}},
      // Question and exclamation marks, with the Spanish opening marks.
      {"es", "¿Firmarán? Sí. ¡Claro!", {"¿Firmarán?", "Sí.", "¡Claro!"}},
      {"es",
       "Dijo: «Esto no es solo una declaración». Luego se fue.",
       {"Dijo: «Esto no es solo una declaración».", "Luego se fue."}},
      // Paragraphs and lines: a headline without a full stop ends at its newline.
      {"es", "Primer párrafo sin punto\n\nSegundo párrafo", {"Primer párrafo sin punto", "Segundo párrafo"}},
      {"es",
       "Titular sin punto\nCorea del Norte apoya la guerra.",
       {"Titular sin punto", "Corea del Norte apoya la guerra."}},
      {"es", "Putin llegó.\r\n\r\nKim lo recibió.", {"Putin llegó.", "Kim lo recibió."}},
      {"es", "Putin\r\nKim", {"Putin", "Kim"}},
      // Trimmed; white space only is no sentence.
      {"es", "  Hola mundo.   ", {"Hola mundo."}},
      {"es", "\n\n  Hola.  \n\n  Adiós.\n", {"Hola.", "Adiós."}},
      {"es", "   \n\t ", {}},
      {"es", "", {}},
      // A credit line after a spaced dash is its own sentence.
      {"en", "The cosmodrome. - Sputnik Africa, 20.06.2024", {"The cosmodrome.", "- Sputnik Africa, 20.06.2024"}},
      {"en", "cosmodrome. - Sputnik Africa, 20.06.2024", {"cosmodrome.", "- Sputnik Africa, 20.06.2024"}},
      {"en", "cosmodrome. \u2013 Sputnik", {"cosmodrome.", "\u2013 Sputnik"}},
      {"en", "Putin arrived. \u2014 Reuters", {"Putin arrived.", "\u2014 Reuters"}},
      {"es",
       "El Sr. Putin llegó. - Sputnik Africa, 20.06.2024",
       {"El Sr. Putin llegó.", "- Sputnik Africa, 20.06.2024"}},
      // AP style writes the day or the zone after "a.m."/"p.m.": no break there;
      // another capital after one still ends the sentence.
      {"en", "They signed it at 3 p.m. Wednesday in Pyongyang.", {"They signed it at 3 p.m. Wednesday in Pyongyang."}},
      {"en", "Talks began at 10 a.m. EDT on June 19.", {"Talks began at 10 a.m. EDT on June 19."}},
      {"en", "Talks began at 10 a.m. June 19 in Pyongyang.", {"Talks began at 10 a.m. June 19 in Pyongyang."}},
      {"en", "Talks ended at 3 p.m. Kim left.", {"Talks ended at 3 p.m.", "Kim left."}},
      {"es", "Firmaron a las 3 p.m. Kim sonrió.", {"Firmaron a las 3 p.m.", "Kim sonrió."}},
      // A digit's full stop with no space after it is inside a date.
      {"es", "Se firmó el 20.VI.2024 en Pionyang.", {"Se firmó el 20.VI.2024 en Pionyang."}},
      // Initials (Kremlin, TASS and KCNA copy) end no sentence; a word before
      // a full stop does.
      {"en", "President V. V. Putin and Kim Jong Un signed it.", {"President V. V. Putin and Kim Jong Un signed it."}},
      {"es", "Estuvo el canciller S.V. Lavrov. Kim sonrió.", {"Estuvo el canciller S.V. Lavrov.", "Kim sonrió."}},
      {"en", "Vladimir V. Putin arrived. Kim waited.", {"Vladimir V. Putin arrived.", "Kim waited."}},
      // An unspaced dash inside a sentence is no break.
      {"es", "Putin llegó -Kim lo recibió- a la capital.", {"Putin llegó -Kim lo recibió- a la capital."}},
  };
  for (const SentenceCase& c : cases)
    EXPECT_EQ(Sentences(c.text, c.lang), c.want) << "[" << c.lang << "] " << c.text;
}

TEST(SplitSentences, SpansAreByteOffsetsIntoTheText) {
  const std::string text = "  El Sr. Putin llegó.\n\nKim lo recibió en Pyongyang.  ";
  std::vector<Span> s = SplitSentences(text, "es");
  ASSERT_EQ(s.size(), 2u);
  // "El Sr. Putin llegó." starts after two spaces; "ó" is two bytes.
  EXPECT_EQ(s[0], (Span{2, 22}));
  EXPECT_EQ(s[1], (Span{24, 53}));
  EXPECT_EQ(text.substr(s[1].begin, s[1].size()), "Kim lo recibió en Pyongyang.");
}

TEST(SplitSentences, RegionalTagAndUnknownLanguage) {
  // "es-AR" and an empty tag still split; the es suppressions apply to "es-AR".
  EXPECT_EQ(Sentences("El Sr. Putin llegó. Kim lo recibió.", "es-AR"),
            (Strings{"El Sr. Putin llegó.", "Kim lo recibió."}));
  EXPECT_EQ(Sentences("Putin arrived. Kim met him.", ""), (Strings{"Putin arrived.", "Kim met him."}));
}

struct ClauseCase {
  const char* folded;
  Strings want;
};

TEST(SplitClauses, Table) {
  const ClauseCase cases[] = {
      {"firmaron el tratado; despues hablaron", {"firmaron el tratado", "despues hablaron"}},
      {"dijo: firmaron el tratado", {"dijo", "firmaron el tratado"}},
      {"dijo \"esto es historico\" y se fue", {"dijo", "esto es historico", "y se fue"}},
      {"el acuerdo - firmado ayer - es historico", {"el acuerdo", "firmado ayer", "es historico"}},
      {"el acuerdo (firmado ayer) es historico", {"el acuerdo", "firmado ayer", "es historico"}},
      {"el tratado que firmaron sustituye al de 1961", {"el tratado", "que firmaron sustituye al de 1961"}},
      {"the treaty which they signed", {"the treaty", "which they signed"}},
      {"la ciudad donde firmaron", {"la ciudad", "donde firmaron"}},
      {"firmaron el tratado pero no hablaron", {"firmaron el tratado", "pero no hablaron"}},
      {"they signed while talks went on", {"they signed", "while talks went on"}},
      // Hyphens inside words and numbers never split.
      {"kim jong-un firmo en 1950-1953", {"kim jong-un firmo en 1950-1953"}},
      {"kim jong-un", {"kim jong-un"}},
      {"la guerra de 1950-1953 termino", {"la guerra de 1950-1953 termino"}},
      // Boundary words only on word boundaries: "aunque" yes, "queso" no.
      {"comieron queso y se fueron", {"comieron queso y se fueron"}},
      {"whichever came first", {"whichever came first"}},
      // Punctuation-only pieces are dropped.
      {"\"\"", {}},
      {"", {}},
  };
  for (const ClauseCase& c : cases) EXPECT_EQ(Clauses(c.folded), c.want) << c.folded;
}

TEST(SplitClauses, SpansAreRelativeToTheSentence) {
  const std::string s = "el tratado que firmaron; \"paz\"";
  std::vector<Span> c = SplitClauses(s);
  ASSERT_EQ(c.size(), 3u);
  EXPECT_EQ(c[0], (Span{0, 10}));   // "el tratado"
  EXPECT_EQ(c[1], (Span{11, 23}));  // "que firmaron"
  EXPECT_EQ(c[2], (Span{26, 29}));  // "paz"
}

TEST(SplitClauses, OnFoldedTextOfRealQuotesAndDashes) {
  // The folded forms of «», “” and an em dash split like their ASCII stand-ins.
  EXPECT_EQ(Clauses(Fold("Kim Jong-un elogió a Putin como un “querido amigo” — dijo la agencia")),
            (Strings{"kim jong-un elogio a putin como un", "querido amigo", "dijo la agencia"}));
  EXPECT_EQ(Clauses(Fold("un acuerdo de «asistencia mutua» que firmaron")),
            (Strings{"un acuerdo de", "asistencia mutua", "que firmaron"}));
}

struct LineColCase {
  size_t offset;
  int line;
  int column;
};

TEST(LineIndex, ColumnsCountCodePoints) {
  // Line 1 "año x", line 2 "ñb c": ñ is two bytes, one column.
  const std::string text = "año x\nñb c";
  LineIndex idx(text);
  EXPECT_EQ(idx.line_count(), 2);
  const LineColCase cases[] = {
      {0, 1, 1},   // a
      {1, 1, 2},   // ñ
      {3, 1, 3},   // o (after the 2-byte ñ)
      {5, 1, 5},   // x
      {6, 1, 6},   // the '\n' itself
      {7, 2, 1},   // ñ
      {9, 2, 2},   // b
      {11, 2, 4},  // c
      {12, 2, 5},  // end of text
  };
  for (const LineColCase& c : cases) {
    LineIndex::LineCol lc = idx.At(c.offset);
    EXPECT_EQ(lc.line, c.line) << "offset " << c.offset;
    EXPECT_EQ(lc.column, c.column) << "offset " << c.offset;
  }
  EXPECT_EQ(text.substr(7, 2), "ñ");
  // A 4-byte code point is one column too.
  LineIndex emoji("\U0001F600x");
  EXPECT_EQ(emoji.At(4).column, 2);
}

TEST(LineIndex, CrlfLines) {
  const std::string text = "ab\r\ncd\r\nef";
  LineIndex idx(text);
  EXPECT_EQ(idx.line_count(), 3);
  const LineColCase cases[] = {
      {0, 1, 1}, {2, 1, 3},  // the '\r' belongs to line 1
      {4, 2, 1}, {5, 2, 2}, {8, 3, 1}, {9, 3, 2}, {10, 3, 3},
  };
  for (const LineColCase& c : cases) {
    LineIndex::LineCol lc = idx.At(c.offset);
    EXPECT_EQ(lc.line, c.line) << "offset " << c.offset;
    EXPECT_EQ(lc.column, c.column) << "offset " << c.offset;
  }
  // Line() excludes the line ending, "\r" included.
  EXPECT_EQ(idx.Line(1), (Span{0, 2}));
  EXPECT_EQ(idx.Line(2), (Span{4, 6}));
  EXPECT_EQ(idx.Line(3), (Span{8, 10}));
  EXPECT_EQ(text.substr(idx.Line(2).begin, idx.Line(2).size()), "cd");
}

TEST(LineIndex, LineEdges) {
  const std::string text = "uno\n\ndos\n";
  LineIndex idx(text);
  EXPECT_EQ(idx.line_count(), 4);  // the empty line after the final '\n' counts
  EXPECT_EQ(idx.Line(1), (Span{0, 3}));
  EXPECT_EQ(idx.Line(2), (Span{4, 4}));
  EXPECT_EQ(idx.Line(3), (Span{5, 8}));
  EXPECT_EQ(idx.Line(4), (Span{9, 9}));
  // Out of range: an empty span at the end of the text.
  EXPECT_EQ(idx.Line(0), (Span{9, 9}));
  EXPECT_EQ(idx.Line(5), (Span{9, 9}));
  EXPECT_EQ(idx.At(9).line, 4);
  EXPECT_EQ(idx.At(9).column, 1);

  const std::string empty;
  LineIndex none(empty);
  EXPECT_EQ(none.line_count(), 1);
  EXPECT_EQ(none.At(0).line, 1);
  EXPECT_EQ(none.At(0).column, 1);
  EXPECT_EQ(none.Line(1), (Span{0, 0}));

  // A lone '\r' inside a line is not a line ending.
  const std::string cr = "a\rb\nc";
  LineIndex cri(cr);
  EXPECT_EQ(cri.line_count(), 2);
  EXPECT_EQ(cri.Line(1), (Span{0, 3}));
  EXPECT_EQ(cri.At(2).column, 3);
}

}  // namespace
}  // namespace claimcheck
