// Wire copy beyond the development corpus (denials, companions of the
// signatories), through the whole engine with the shipped rulebook.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "claimcheck/checker.h"

#include "testutil.h"

namespace claimcheck {
namespace {

using testutil::CheckShipped;
using testutil::ShippedChecker;

// What a spokesman denies is not claimed: the clause after "denied that",
// "negó que" reads as negated.
TEST(Probe, DeniedClauseIsNegated) {
  testutil::ExpectOutcome(CheckShipped("Kremlin spokesman Dmitry Peskov denied that the treaty had "
                                       "been signed in Moscow.",
                                       "signing-place"),
                          "none", "");
  testutil::ExpectOutcome(
      CheckShipped("Peskov negó que las conversaciones hubieran durado cinco horas.", "talks-duration"), "none", "");
  testutil::ExpectOutcome(CheckShipped("Peskov denied reports that the talks lasted five hours.", "talks-duration"),
                          "none", "");
  // Not a denial: the clause is said, not denied.
  testutil::ExpectOutcome(CheckShipped("Peskov said that the treaty had been signed in Moscow.", "signing-place"),
                          "contradiction", "moscow");
}

// The date of a wire lead is when the story was filed ("June 20 (Reuters) -"),
// not when the treaty it goes on to tell of was signed.
TEST(Probe, WireLeadDateIsNoClaim) {
  testutil::ExpectOutcome(CheckShipped("SEOUL, June 20 (Reuters) - Here are key facts about the treaty signed "
                                       "by Vladimir Putin and Kim Jong Un in Pyongyang.",
                                       "signing-date", "2024-06-20"),
                          "none", "");
  testutil::ExpectOutcome(CheckShipped("PIONYANG, 19 jun (EFE).- Putin y Kim firmaron este miércoles el tratado.",
                                       "signing-date", "2024-06-19"),
                          "confirmed", "2024-06-19", "este miércoles");
}

// A participle's agent phrase names who signed; the subject of another verb
// before it does not ("Lavrov defended the treaty signed by Putin and Kim").
TEST(Probe, AgentPhraseNamesTheSigners) {
  testutil::ExpectOutcome(
      CheckShipped("Lavrov defended the treaty signed by Putin and Kim in Pyongyang.", "signatories"), "confirmed",
      "putin, kim", "Putin and Kim");
  testutil::ExpectOutcome(
      CheckShipped("Peskov defendió el tratado firmado el miércoles por Putin y Kim.", "signatories"), "confirmed",
      "putin, kim", "Putin y Kim");
  testutil::ExpectOutcome(CheckShipped("Kim praised the treaty signed by Putin and Lavrov.", "signatories"),
                          "contradiction", "lavrov", "Lavrov");
  // The agent phrase goes on over a list ("by Putin, Kim and Xi Jinping").
  testutil::ExpectOutcome(CheckShipped("The treaty was signed by Putin, Kim and Xi Jinping.", "signatories"),
                          "contradiction", "xi", "Xi Jinping");
  // "Por" that names nobody leaves the clause's subject the signer.
  testutil::ExpectOutcome(CheckShipped("Putin y Kim firmaron por primera vez un tratado de defensa.", "signatories"),
                          "confirmed", "putin, kim", "Putin y Kim");
}

// A copula joins an office and its holder ("el ministro de Defensa era Andréi
// Beloúsov", "Belousov is the defence minister"); denied, it names none.
TEST(Probe, CopulaNamesTheHolder) {
  testutil::ExpectOutcome(
      CheckShipped("El canciller era Serguéi Lavrov y el ministro de Defensa era Andréi Beloúsov.", "defence-minister"),
      "confirmed", "belousov", "Andréi Beloúsov");
  testutil::ExpectOutcome(CheckShipped("Belousov is the defence minister since May.", "defence-minister"), "confirmed",
                          "belousov", "Belousov");
  testutil::ExpectOutcome(CheckShipped("At the signing, the defence minister was Sergei Shoigu.", "defence-minister"),
                          "contradiction", "shoigu", "Sergei Shoigu");
  testutil::ExpectOutcome(CheckShipped("Shoigu ya no es el ministro de Defensa.", "defence-minister"), "none", "");
  testutil::ExpectOutcome(CheckShipped("Lavrov is not the defence minister.", "defence-minister"), "none", "");
}

// A verb of absence denies the term it takes.
TEST(Probe, VerbsOfAbsenceDeny) {
  testutil::ExpectOutcome(CheckShipped("The treaty lacks a mutual assistance clause.", "mutual-assistance"),
                          "contradiction", "denied", "mutual assistance");
  testutil::ExpectOutcome(CheckShipped("El tratado carece de una cláusula de asistencia mutua.", "mutual-assistance"),
                          "contradiction", "denied", "asistencia mutua");
  testutil::ExpectOutcome(CheckShipped("The treaty includes a mutual assistance clause.", "mutual-assistance"),
                          "confirmed", "included", "mutual assistance");
}

// English drops the relative "that": the names (or the noun phrase) just
// before the cue are its subject, and the main verb's subject signed nothing.
TEST(Probe, RelativeClauseWithoutThat) {
  testutil::ExpectOutcome(CheckShipped("Lavrov hailed the pact Putin and Kim signed in Pyongyang.", "signatories"),
                          "confirmed", "putin, kim", "Putin and Kim");
  testutil::ExpectOutcome(
      CheckShipped("Shoigu welcomed the historic treaty Putin, Xi Jinping and Kim signed.", "signatories"),
      "contradiction", "xi", "Xi Jinping");
  EXPECT_TRUE(CheckShipped("Sergei Lavrov praised the accord the two leaders inked.", "signatories").empty());
  // One subject in two names, and a clause with "that", are read whole.
  testutil::ExpectOutcome(CheckShipped("Kim and the Russian leader Putin signed the treaty.", "signatories"),
                          "confirmed", "kim, putin");
  testutil::ExpectOutcome(CheckShipped("Lavrov and Kim signed the treaty.", "signatories"), "contradiction", "lavrov");
  // Spanish says "que", which opens the clause.
  testutil::ExpectOutcome(CheckShipped("Lavrov elogió el pacto que Putin y Kim firmaron.", "signatories"), "confirmed",
                          "putin, kim");
}

// A draft's query marks ("??", " ?") are no question of the copy: what the
// sentence tells is still read.
TEST(Probe, EditorsQueryIsNoQuestion) {
  testutil::ExpectOutcome(CheckShipped("They last met in October 2023 at the Vostochny Cosmodrome ?? in Russia's Far "
                                       "East.",
                                       "summit-2023-date"),
                          "contradiction", "2023-10", "October 2023");
  testutil::ExpectOutcome(CheckShipped("Was the treaty signed in Moscow?", "signing-place"), "none", "");
}

// Copy exported from a CMS: Markdown emphasis, inline HTML, links and
// character references do not hide a claim, and a link's address is no copy.
TEST(Probe, MarkupAndCharacterReferences) {
  testutil::ExpectOutcome(CheckShipped("Putin and Kim signed the treaty in **Moscow** on Wednesday.", "signing-place"),
                          "contradiction", "moscow", "Moscow");
  testutil::ExpectOutcome(
      CheckShipped("Putin and Kim signed the treaty in [Moscow](https://en.wikipedia.org/wiki/Moscow).",
                   "signing-place"),
      "contradiction", "moscow", "Moscow");
  testutil::ExpectOutcome(
      CheckShipped("Defence Minister <strong>Sergei Shoigu</strong> accompanied Putin.", "defence-minister"),
      "contradiction", "shoigu", "Sergei Shoigu");
  EXPECT_TRUE(CheckShipped("Putin and Kim [signed the treaty](https://www.reuters.com/world/2024-06-20/pact/) "
                           "in Pyongyang.",
                           "signing-date", "2024-06-21")
                  .empty());
  testutil::ExpectOutcome(
      CheckShipped(
          "Putin y Kim Jong&#8209;un firmaron el 19&nbsp;de junio de 2024 en <strong>Pekín</strong> el tratado.",
          "signing-place"),
      "contradiction", "beijing", "Pekín");
  testutil::ExpectOutcome(
      CheckShipped("Putin y Kim Jong&#8209;un firmaron el 19&nbsp;de junio de 2024 el tratado.", "signing-date"),
      "confirmed", "2024-06-19", "19&nbsp;de junio de 2024");
}

// Two offices named together, then their holders in the same order.
TEST(Probe, OfficesNamedTogether) {
  testutil::ExpectOutcome(CheckShipped("A Putin le acompañaron los ministros de Exteriores y Defensa, Serguéi Lavrov y "
                                       "Serguéi Shoigú.",
                                       "defence-minister"),
                          "contradiction", "shoigu", "Serguéi Shoigú");
  testutil::ExpectOutcome(CheckShipped("He was joined by his foreign and defence ministers, Sergei Lavrov and Andrei "
                                       "Belousov.",
                                       "defence-minister"),
                          "confirmed", "belousov", "Andrei Belousov");
  testutil::ExpectOutcome(CheckShipped("He was joined by his defence and foreign ministers, Andrei Belousov and Sergei "
                                       "Lavrov.",
                                       "foreign-minister"),
                          "confirmed", "lavrov", "Sergei Lavrov");
  // Former offices, and the fact's excludes, still hold.
  testutil::ExpectOutcome(
      CheckShipped("Le acompañaron los entonces ministros de Exteriores y Defensa, Serguéi Lavrov y "
                   "Serguéi Shoigú.",
                   "defence-minister"),
      "none", "");
  testutil::ExpectOutcome(CheckShipped("En 2019 le acompañaron los ministros de Exteriores y Defensa, Serguéi Lavrov y "
                                       "Serguéi Shoigú.",
                                       "defence-minister"),
                          "none", "");
}

// Those who accompany the signatories did not sign.
TEST(Probe, CompanionsAreNotMembersOfTheSet) {
  testutil::ExpectOutcome(CheckShipped("Putin signed the deal on Wednesday, accompanied by Foreign "
                                       "Minister Sergei Lavrov and Defence "
                                       "Minister Andrei Belousov.",
                                       "signatories"),
                          "confirmed", "putin");
  testutil::ExpectOutcome(CheckShipped("Putin, acompañado por su canciller Serguéi Lavrov, firmó "
                                       "el tratado con Kim.",
                                       "signatories"),
                          "confirmed", "putin, kim");
  testutil::ExpectOutcome(CheckShipped("Putin, Kim y Lavrov firmaron el tratado.", "signatories"), "contradiction",
                          "lavrov");
}

// A question claims nothing; its answer may.
TEST(Probe, QuestionsAreNotClaims) {
  testutil::ExpectOutcome(CheckShipped("Was it signed in Moscow?", "signing-place"), "none", "");
  testutil::ExpectOutcome(CheckShipped("Did the talks last five hours?", "talks-duration"), "none", "");
  testutil::ExpectOutcome(CheckShipped("Según Seúl, ¿duraron cinco horas las conversaciones?", "talks-duration"),
                          "none", "");
  testutil::ExpectOutcome(CheckShipped("«¿Firmaron el tratado en Moscú?», preguntó un periodista.", "signing-place"),
                          "none", "");
  // What stands before the question is said.
  testutil::ExpectOutcome(CheckShipped("Putin y Kim firmaron el tratado en Moscú, ¿y ahora qué?", "signing-place"),
                          "contradiction", "moscow");
}

// Explainers ask and answer: a question that asks when, where, who or how
// long is read with the statement after it, whose value is the claim.
TEST(Probe, AnswerOfAnExplainersQuestion) {
  testutil::ExpectOutcome(CheckShipped("¿Cuándo se firmó el tratado? El 20 de junio de 2024.", "signing-date"),
                          "contradiction", "2024-06-20", "20 de junio de 2024");
  testutil::ExpectOutcome(
      CheckShipped("When was the treaty signed?\n\nOn June 19, 2024, in Pyongyang.", "signing-place"), "confirmed",
      "pyongyang", "Pyongyang");
  testutil::ExpectOutcome(CheckShipped("## How long did the talks last?\n\nAbout five hours.", "talks-duration"),
                          "contradiction", "~5 hour", "About five hours");
  // The answer names the members of a set.
  testutil::ExpectOutcome(CheckShipped("Who signed the treaty?\n\nPutin and Xi Jinping.", "signatories"),
                          "contradiction", "xi");
  testutil::ExpectOutcome(CheckShipped("¿Quién lo firmó? Putin y Kim Jong Un.", "signatories"), "confirmed",
                          "putin, kim");
  // The answer is the cue's clause for the fact's excludes too: the 2000
  // visit's Kim Jong Il signs nothing here.
  testutil::ExpectOutcome(CheckShipped("What was signed, and where?\n\nThe treaty was signed in Pyongyang during "
                                       "Putin's visit, his first since July 2000, when he met Kim Jong Il.",
                                       "signatories", "2025-06-19"),
                          "none", "");
  // A question about the future is answered by a forecast.
  testutil::ExpectOutcome(CheckShipped("Where will the summit be held? In Moscow.", "signing-place"), "none", "");
  testutil::ExpectOutcome(CheckShipped("¿Dónde será la cumbre? En Moscú.", "signing-place"), "none", "");
  testutil::ExpectOutcome(CheckShipped("¿Dónde fue la cumbre? En Moscú.", "signing-place"), "contradiction", "moscow",
                          "Moscú");
  // A question of yes or no, or of why, has no value for an answer.
  testutil::ExpectOutcome(CheckShipped("¿Se firmó en Moscú? Eso dijeron algunos en Pionyang.", "signing-place"), "none",
                          "");
  testutil::ExpectOutcome(CheckShipped("Why was it signed there? In Moscow, officials wanted a show.", "signing-place"),
                          "none", "");
  // A question after a question, or an answer paragraphs away, is no answer.
  testutil::ExpectOutcome(
      CheckShipped("Where was it signed? Who knows? In Moscow, officials cheered.", "signing-place"), "none", "");
  testutil::ExpectOutcome(CheckShipped("Where was it signed?\n\n\n\nIn Moscow, officials cheered.", "signing-place"),
                          "none", "");
}

// A table row puts the event in the place that fills the cell after the
// cue's, and the office in its holder's.
TEST(Probe, PlaceInATableCell) {
  testutil::ExpectOutcome(CheckShipped("| Item | Detail |\n|---|---|\n| Signed in | Moscow |\n", "signing-place"),
                          "contradiction", "moscow", "Moscow");
  testutil::ExpectOutcome(
      CheckShipped("| Dato | Detalle |\n|---|---|\n| Lugar de la firma | Pionyang |\n", "signing-place"), "confirmed",
      "pyongyang", "Pionyang");
  // So is the holder of an office.
  testutil::ExpectOutcome(
      CheckShipped("| Cargo | Titular |\n|---|---|\n| Ministro de Defensa ruso | Serguéi Shoigú |\n",
                   "defence-minister"),
      "contradiction", "shoigu", "Serguéi Shoigú");
  // A place among other words of its cell is no such filling.
  testutil::ExpectOutcome(
      CheckShipped("| Dato | Detalle |\n|---|---|\n| Firmado | tras volar desde Moscú |\n", "signing-place"), "none",
      "");
}

// A chronology under year headings gives its days the heading's year.
TEST(Probe, TimelineUnderYearHeadings) {
  const std::string timeline =
      "## 2023\n\n- 13 de septiembre: Kim visita Vostochni.\n\n## 2024\n\n- 20 de junio: Putin y Kim firman el "
      "tratado en Pionyang.\n";
  testutil::ExpectOutcome(CheckShipped(timeline, "signing-date", "2026-06-19"), "contradiction", "2024-06-20",
                          "20 de junio");
  testutil::ExpectOutcome(CheckShipped("**2024**\n\n- June 19: Putin and Kim sign the treaty in Pyongyang.\n",
                                       "signing-date", "2026-01-10"),
                          "confirmed", "2024-06-19", "June 19");
}

// A live blog's entry stamped with its time tells in the present what happens
// on the blog's day.
TEST(Probe, LiveEntryInThePresent) {
  testutil::ExpectOutcome(CheckShipped("LIVE\n\n13:15 — Putin and Kim sign the treaty.", "signing-date", "2024-06-20"),
                          "contradiction", "2024-06-20", "13:15");
  testutil::ExpectOutcome(
      CheckShipped("En directo\n\n13:15 KST: Putin y Kim firman el tratado.", "signing-date", "2024-06-19"),
      "confirmed", "2024-06-19", "13:15 KST");
  // Told in the past, or stamped inside a line, it is no entry of the day.
  testutil::ExpectOutcome(
      CheckShipped("LIVE\n\n13:15 — Kim recalls the day they signed the treaty.", "signing-date", "2024-06-20"), "none",
      "");
  testutil::ExpectOutcome(
      CheckShipped("Crónica del miércoles. 13:15 — Putin y Kim firman el tratado.", "signing-date", "2024-06-20"),
      "none", "");
}

// A blog opened the evening before runs past midnight: an entry after the
// clock goes back is the next day's, read top down or, newest first, bottom up.
TEST(Probe, LiveBlogPastMidnight) {
  const std::string oldest_first =
      "LIVE\n\n22:10 — Putin's plane leaves Yakutsk.\n\n02:50 — Putin lands in Pyongyang.\n\n"
      "14:05 — Putin and Kim sign the treaty.";
  testutil::ExpectOutcome(CheckShipped(oldest_first, "signing-date", "2024-06-18"), "confirmed", "2024-06-19", "14:05");
  testutil::ExpectOutcome(CheckShipped(oldest_first, "signing-date", "2024-06-19"), "contradiction", "2024-06-20",
                          "14:05");
  const std::string newest_first =
      "EN DIRECTO\n\n14:05 — Putin y Kim firman el tratado.\n\n10:30 — Kim recibe a Putin.\n\n"
      "02:50 — Putin aterriza en Pionyang.\n\n23:40 — El avión sobrevuela Siberia.\n\n"
      "22:10 — El avión despega de Yakutsk.";
  testutil::ExpectOutcome(CheckShipped(newest_first, "signing-date", "2024-06-18"), "confirmed", "2024-06-19", "14:05");
  testutil::ExpectOutcome(CheckShipped("EN DIRECTO\n\n14:05 — Putin y Kim firman el tratado.\n\n"
                                       "02:50 — Putin aterriza.\n\n22:10 — El avión despega.",
                                       "signing-date", "2024-06-18"),
                          "confirmed", "2024-06-19", "14:05");
  // Twelve hours apart each way: no order to count midnights by.
  testutil::ExpectOutcome(CheckShipped("EN DIRECTO\n\n14:00 — Putin y Kim firman el tratado.\n\n"
                                       "02:00 — Putin aterriza.",
                                       "signing-date", "2024-06-18"),
                          "unresolved", "", "14:00");
}

// Two signings in one sentence, one timed by the other: the main clause's may be
// another occasion, so its date does not contradict; the timed one still counts.
// (What the main clause signs is one agreement: the shipped rulebook excludes a
// signing of several, Kinds.ConnectivesOfTimeKeepTheirEventsApart.)
TEST(Probe, TwoActsOfOneKindInASentence) {
  std::vector<Finding> got = CheckShipped(
      "Putin firmó el jueves en Hanói un acuerdo comercial con "
      "To Lam, tras haber rubricado el miércoles "
      "en Pionyang el tratado con Kim.",
      "signing-date", "2024-06-21");
  ASSERT_EQ(got.size(), 2u);
  EXPECT_EQ(got[0].status, "unresolved");
  EXPECT_EQ(got[0].found, "2024-06-20");
  EXPECT_EQ(got[1].status, "confirmed");
  EXPECT_EQ(got[1].found, "2024-06-19");
  // One act: its wrong date still contradicts.
  testutil::ExpectOutcome(CheckShipped("Putin y Kim firmaron el tratado el jueves, tras dos horas "
                                       "de conversaciones.",
                                       "signing-date", "2024-06-21"),
                          "contradiction", "2024-06-20");
}

// An office held at another time is no claim about the current holder.
TEST(Probe, OfficeOfAnotherTime) {
  testutil::ExpectOutcome(CheckShipped("El entonces ministro de Defensa, Serguéi Shoigú, visitó "
                                       "Pionyang en julio de 2023.",
                                       "defence-minister"),
                          "none", "");
  testutil::ExpectOutcome(
      CheckShipped("Outgoing defence minister Sergei Shoigu met Kim in July 2023.", "defence-minister"), "none", "");
  testutil::ExpectOutcome(CheckShipped("El ministro de Defensa, Serguéi Shoigú, visitó Pionyang.", "defence-minister"),
                          "contradiction", "shoigu");
}

// One source names Putin as a signatory, another Kim: both are of the set, so
// the sources do not disagree.
TEST(Probe, PartsOfTheSetDoNotDisagree) {
  namespace fs = std::filesystem;
  fs::path dir = fs::temp_directory_path() / ("cc-probe-" + std::to_string(::testing::UnitTest::GetInstance()->random_seed()));
  fs::remove_all(dir);
  fs::create_directories(dir);
  const std::string head = "---\npublished: 2024-06-21\nevent: russia-dprk-treaty-2024\n---\n";
  std::ofstream(dir / "a.md") << head << "Putin signed the treaty in Pyongyang on Wednesday.\n";
  std::ofstream(dir / "c.md") << head << "Kim signed the treaty on Wednesday.\n";
  Report r = ShippedChecker().CheckPaths({dir.string()});
  fs::remove_all(dir);
  for (const Disagreement& d : r.disagreements) EXPECT_NE(d.fact, "signatories") << d.message;
}

}  // namespace
}  // namespace claimcheck

namespace claimcheck {
namespace {

// "Planned" needs its own word before the cue: "pacto" and "documento" end in
// "to", and "el pacto firmado en Moscú" is a report of a signing.
TEST(Probe, IrrealisIsAWordNotAnEnding) {
  testutil::ExpectOutcome(testutil::CheckShipped("El pacto firmado en Moscú por Putin y Kim preocupa a Seúl.",
                                                 "signing-place", "2024-06-21"),
                          "contradiction", "moscow");
  testutil::ExpectOutcome(
      testutil::CheckShipped("Putin y Kim van a firmar el tratado en Moscú.", "signing-place", "2024-06-10"), "none",
      "");
}

}  // namespace
}  // namespace claimcheck
