// Readers of Spanish.
#include "dates/internal.h"

#include <cctype>
#include <string>
#include <utility>
#include <vector>

#include "text/regex.h"

namespace claimcheck::dates_detail {
namespace {

// Whether a count of days, weeks, months or years ends just before `at`
// ("dos días |antes de ayer"), read whole by the number extractor: a vague
// "días antes de ayer" is no count OpenRanges could apply.
bool CountBefore(const Match& m, size_t at) {
  static const Regex* const kUnit =
      new Regex(R"((?:^|[^a-z0-9])((?:\d+|[a-z]+)(?:\s+y\s+[a-z]+)?\s+(?:dias?|semanas?|mes(?:es)?|anos?))\s+$)");
  const size_t from = at > 48 ? at - 48 : 0;
  std::vector<Span> g;
  if (!kUnit->Find(m.text.substr(from, at - from), 0, &g)) return false;
  int n = 0;
  std::string unit;
  return WholeNumber(m, m.text.substr(from + g[1].begin, g[1].size()), &n, &unit) && n >= 1 &&
         !unit.empty();
}

// A year named relative to the reference's after a feast ("la Navidad del año
// pasado", "el Viernes Santo de este año"), in the group layout RelativeYear
// reads. Right after the feast "el año pasado" says which one too: "celebraron
// el Aíd al Fitr el año pasado" is last year's, not this year's feast and a
// year beside it.
constexpr const char* kHolidayYearEs =
    R"((?:\s+(?:de|del|el)\s+(este\s+ano|ano\s+(?:pasado|proximo|que\s+viene)|(?:proximo|pasado)\s+ano))?)";

// The year group `g` of kHolidayYearEs names, into *year (0 without a
// reference); false when the group is absent.
bool RelativeYear(const Match& m, int g, int* year) {
  if (!m.has(g)) return false;
  const std::string_view w = m.str(g);
  const int delta = m.is(g, "este") ? 0 : w.find("pasado") != w.npos ? -1 : 1;
  *year = RefYear(m, delta);
  return true;
}

// Twice the months of "N años y medio" / "N meses y medio" (count in group
// `count`, optional: "año y medio" is one and a half; unit in group `unit`), so
// that half a month stays whole; 0 when the count is no number.
int HalfUnitMonths(const Match& m, int count, int unit) {
  const bool year = m.str(unit).substr(0, 3) == "ano";
  const bool plural = m.str(unit).back() == 's';
  int n = 1;
  if (m.has(count)) {
    std::string u;
    if (!WholeNumber(m, m.text.substr(m.span(count).begin, m.span(unit).end - m.span(count).begin), &n,
                     &u) ||
        n < 1 || u != (year ? "year" : "month")) {
      return 0;
    }
  } else if (plural) {
    return 0;  // "años y medio" needs its count
  }
  return year ? 24 * n + 12 : 2 * n + 1;
}

// Whether the words at `at` name the day a count runs from ("a partir de
// mañana", "después del 3 de junio").
bool CountsFromNamedDay(std::string_view text, size_t at) {
  static const Regex* const kFrom = new Regex(R"(\s+(?:a\s+partir|despues|antes)\s+del?\s)");
  return kFrom->MatchAt(text, at);
}

// The rank of a quarter, third or half in group `g`: "tercer", "3.º", "3er",
// and the RAE's abbreviation of the apocopated ordinal, "3.er" ("1.er
// trimestre"), which the number reader does not take as an ordinal.
int PartRank(const Match& m, int g) {
  const std::string_view w = m.str(g);
  if (w.size() == 4 && std::isdigit(static_cast<unsigned char>(w[0])) && w.substr(1) == ".er") {
    return w[0] - '0';
  }
  return Rank(m, g);
}

}  // namespace

void AddSpanishReaders(Readers* r) {
  const Names& n = r->names;
  auto add = [&](const std::string& pattern, int core, Handler h) {
    r->list.push_back({Regex(Expand(pattern, n), Regex::kWordBounded), core, std::move(h)});
  };

  // noviembre 19-20, noviembre 19 a 20 de 2024: Latin American copy writes the
  // month first, as English does. A count after the days ("noviembre 19 a 20
  // personas") leaves them numbers.
  add(R"(<MW>\s+(\d{1,2})(?:\s*-\s*|\s+al?\s+)(\d{1,2})(?:\s*,?\s+(?:del?\s+)?(\d{4}))?)", 0,
      [](const Match& m, std::vector<DateMention>* out) {
        if (!m.has(4) && CountsSomething(m.text, m.span(0).end)) return;
        const int mo = m.month(1), y = m.num(4), d1 = m.num(2), d2 = m.num(3);
        if (d1 >= d2 || (y && !PlausibleYear(y))) return;
        EmitDayRange(m, m.core, y, mo, d1, y, mo, d2, out);
      });

  // esta semana laboral, la próxima semana laboral: Monday to Friday.
  add(R"((esta|proxima|pasada)\s+semana\s+laboral|semana\s+laboral\s+(pasada|proxima|que\s+viene))", 0,
      [](const Match& m, std::vector<DateMention>* out) {
        EmitWorkWeek(m, ShiftOf(m.has(1) ? m.str(1) : m.str(2)), out);
      });

  // hace una década, dentro de dos décadas.
  add(R"((hace|dentro\s+de)\s+(\d+|[a-z]+)\s+decadas?)", 0,
      [](const Match& m, std::vector<DateMention>* out) {
        EmitDecadesOffset(m, 2, m.is(1, "hace") ? -1 : 1, out);
      });

  // la última semana de este mes, la primera semana del año pasado.
  add(std::string(R"((?:la\s+)?(\d(?:\.?a)?|[a-z]+)\s+semana\s+(?:de|del)\s+)") + kNamedPeriodEs, 0,
      [](const Match& m, std::vector<DateMention>* out) { EmitNthWeekOfNamed(m, out); });

  // hace tres semanas y cuatro días, dentro de un año y cinco meses.
  add(R"((hace|dentro\s+de)\s+((?:[a-z0-9]+\s+)(?:dias?|semanas?|mes(?:es)?|anos?)(?:\s*,?\s*(?:y\s+)?[a-z0-9]+\s+(?:dias?|semanas?|mes(?:es)?|anos?))+))",
      0, [](const Match& m, std::vector<DateMention>* out) {
        EmitCompoundOffset(m, 2, m.is(1, "hace") ? -1 : 1, out);
      });

  // en dos semanas, en un mes: a date only in a clause about the future (see
  // FutureCount); "se duplicó en dos años" says how long.
  add(R"(en\s+((?:\d+|[a-z]+)\s+(?:dias?|semanas?|mes(?:es)?|anos?)))", 0,
      [](const Match& m, std::vector<DateMention>* out) {
        if (CountEndsPhrase(m) && FutureCount(m)) EmitOffset(m, 1, 1, out);
      });

  // en un plazo de nueve meses, dentro de un plazo de dos semanas: a bound from
  // the reference in a clause about the future (see EmitWithin); dentro de los
  // próximos diez meses in any clause.
  add(R"((?:en|dentro\s+de)\s+un\s+plazo\s+(?:maximo\s+)?de\s+((?:\d+|[a-z]+)\s+(?:dias?|semanas?|mes(?:es)?|anos?)|una\s+quincena))",
      0, [](const Match& m, std::vector<DateMention>* out) { EmitWithin(m, 1, out); });
  add(R"(dentro\s+de\s+(?:(?:los|las)\s+)?(?:proxim[oa]s)\s+((?:\d+|[a-z]+)\s+(?:dias|semanas|meses|anos)))", 0,
      [](const Match& m, std::vector<DateMention>* out) { EmitWithin(m, 1, out, true); });

  // los próximos 5 días hábiles, los 3 días laborables siguientes: weekdays.
  add(R"((?:(proxim[oa]s|ultim[oa]s|siguientes|anteriores)\s+(\d+|[a-z]+)\s+dias\s+(?:habiles|laborables)|(\d+|[a-z]+)\s+dias\s+(?:habiles|laborables)\s+(siguientes|anteriores|proximos|pasados)))",
      0, [](const Match& m, std::vector<DateMention>* out) {
        if (Anchored(m, kNoLead)) return;
        EmitBusinessDays(m, m.has(2) ? 2 : 3, ShiftOf(m.str(m.has(1) ? 1 : 4)) > 0 ? 1 : -1, out);
      });

  // tres semanas después, dos días más tarde: from a time the story names, so
  // from the reference only in a clause about the future; "dos días después de
  // mañana" is a shift of that day (OpenRanges). Two days from now. "Una
  // quincena" is fourteen days, as "a fortnight" is.
  add(R"(((?:\d+|[a-z]+)\s+(?:dias?|semanas?|mes(?:es)?|anos?)|una\s+quincena)\s+(despues|mas\s+tarde|a\s+partir\s+de\s+ahora|desde\s+ahora))",
      0, [](const Match& m, std::vector<DateMention>* out) {
        if (m.is(2, "a") || m.is(2, "desde")) {
          if (!EmitStretchFromNow(m, 1, out)) EmitCount(m, 1, 1, out);
          return;
        }
        if (!Anchored(m, kNoLead)) EmitLater(m, 1, out);
      });

  // el lunes anterior, el viernes siguiente, el siguiente martes.
  add(R"((?:(al|a)\s+(?:el\s+)?)?(?:<WW>\s+(anterior|siguiente)|(anterior|siguiente)\s+<WW>))", 0,
      [](const Match& m, std::vector<DateMention>* out) {
        if (Anchored(m, 1)) return;
        std::string_view w = m.has(3) ? m.str(3) : m.str(4);
        const int wd = m.weekday(m.has(2) ? 2 : 5);
        EmitWeekday(m, wd, w == "anterior" ? Which::kLast : Which::kNext, out, true);
        CountFromNamed(wd, w == "anterior" ? -1 : 1, out);
      });

  // la semana anterior, la siguiente semana, la semana después de la próxima;
  // el fin de semana siguiente.
  add(R"((?:(al|a)\s+(?:la\s+|el\s+)?)?(fin\s+de\s+)?(?:semana\s+(anterior|siguiente|despues\s+de\s+la\s+proxima|antes\s+de\s+la\s+pasada)|(anterior|siguiente)\s+(fin\s+de\s+)?semana))",
      0, [](const Match& m, std::vector<DateMention>* out) {
        if (Anchored(m, 1) || (m.has(2) && m.has(4))) return;
        std::string_view w = m.has(3) ? m.str(3) : m.str(4);
        // "después de la próxima" two weeks on, "antes de la pasada" two back.
        int delta = w[0] == 'd' ? 2 : w.substr(0, 6) == "antes " ? -2 : ShiftOf(w);
        EmitWeek(m, delta, m.has(2) || m.has(5), out);
      });

  // el martes de la semana siguiente.
  add(R"(<WW>\s+de\s+(?:la\s+)?(?:semana\s+(anterior|siguiente)|(anterior|siguiente)\s+semana))", 0,
      [](const Match& m, std::vector<DateMention>* out) {
        if (Anchored(m, kNoLead)) return;
        EmitWeekdayOfWeek(m, m.weekday(1), ShiftOf(m.has(2) ? m.str(2) : m.str(3)), out);
      });

  // el día anterior, el mes siguiente, el año anterior; "al día siguiente" (a
  // day counted from the one the text named last, see ResolveFromNamed).
  add(R"((?:(al|a)\s+(?:el\s+)?)?(?:(dia|mes|ano)\s+(anterior|siguiente)|(anterior|siguiente)\s+(dia|mes|ano)))",
      0, [](const Match& m, std::vector<DateMention>* out) {
        const std::string_view unit = m.str(m.has(2) ? 2 : 5);
        const int delta = ShiftOf(m.has(3) ? m.str(3) : m.str(4));
        if (unit == "dia" && m.has(1) && !Anchored(m, kNoLead)) return EmitDaysFromNamed(m, delta, out);
        if (Anchored(m, 1)) return;
        EmitUnitShift(m, unit, delta, out);
      });

  // esa semana, aquella semana, la misma semana: the week of a time the story
  // names elsewhere, which a weekday beside it belongs to (WeekdaysOfWeeks).
  add(R"((?:(?:la|esa|aquella)\s+misma|esa|aquella)\s+semana)", 0,
      [](const Match& m, std::vector<DateMention>* out) { EmitRelativeRange(m, nullptr, nullptr, "week", out); });

  // el mismo día, ese mismo día, ese día, aquel día: the day the text named
  // last. ("La víspera" is left: the eve of the event told, which may be the
  // day just named, "llegó el 18, la víspera de la firma", or the one before.)
  add(R"((?:(?:el|ese|aquel)\s+mismo|ese|aquel)\s+dia)", 0,
      [](const Match& m, std::vector<DateMention>* out) {
        if (Anchored(m, kNoLead)) return;
        EmitDaysFromNamed(m, 0, out);
      });

  // el trimestre anterior, el siguiente trimestre, el último trimestre ("el
  // último trimestre de 2023" is a year's fourth, read by a longer pattern).
  add(R"((?:(al|a)\s+(?:el\s+)?)?(?:trimestre\s+(anterior|siguiente)|(anterior|siguiente|ultimo)\s+trimestre))",
      0, [](const Match& m, std::vector<DateMention>* out) {
        if (Anchored(m, 1)) return;
        EmitShiftedQuarter(m, ShiftOf(m.has(2) ? m.str(2) : m.str(3)), out);
      });

  // la próxima década, el último decenio, la década pasada, las próximas dos
  // décadas (calendar decades); las últimas dos décadas are the last twenty
  // years, as "los últimos veinte años" are, and so is any of them after
  // "durante" (OverStretch).
  add(R"((?:(proxim[oa]s?|pasad[oa]s?|ultim[oa]s?|anterior|siguiente|est[ae])\s+(?:(\d+|[a-z]+)\s+)?(decadas?|decenios?)|(decada|decenio)\s+(pasad[oa]|anterior|siguiente|que\s+viene|proxim[oa])))",
      0, [](const Match& m, std::vector<DateMention>* out) {
        if (Anchored(m, kNoLead)) return;
        const int delta = ShiftOf(m.has(1) ? m.str(1) : m.str(5));
        const bool plural = m.has(3) && m.str(3).back() == 's';
        if (plural != m.has(2)) return;
        int n = 1;
        std::string unit;
        if (plural && (!delta || !WholeNumber(m, m.str(2), &n, &unit) || !unit.empty())) return;
        if (delta && (OverStretch(m) || (plural && delta < 0))) {
          return EmitSpanOf(m, 10 * n, "year", delta, out);
        }
        EmitShiftedDecades(m, plural ? 1 : delta, n, out);
      });

  // los 2 días siguientes, las 10 semanas anteriores, las siguientes tres
  // semanas.
  add(R"((?:(siguientes|anteriores)\s+((?:[a-z0-9]+\s+){1,3}?(?:dias|semanas|meses|anos))|((?:[a-z0-9]+\s+){1,3}?(?:dias|semanas|meses|anos))\s+(siguientes|anteriores)))",
      0, [](const Match& m, std::vector<DateMention>* out) {
        if (Anchored(m, kNoLead)) return;
        EmitSpan(m, m.str(m.has(2) ? 2 : 3), ShiftOf(m.has(1) ? m.str(1) : m.str(4)), out);
      });

  // los últimos dos trimestres, los tres trimestres siguientes: whole quarters.
  add(R"((?:(proxim[oa]s|ultim[oa]s|siguientes|anteriores|pasad[oa]s)\s+(\d+|[a-z]+)\s+trimestres|(\d+|[a-z]+)\s+trimestres\s+(siguientes|anteriores|pasados|proximos)))",
      0, [](const Match& m, std::vector<DateMention>* out) {
        if (Anchored(m, kNoLead)) return;
        int n = 0;
        std::string unit;
        if (!WholeNumber(m, m.str(m.has(2) ? 2 : 3), &n, &unit) || !unit.empty()) return;
        EmitQuarters(m, n, ShiftOf(m.has(1) ? m.str(1) : m.str(4)), out);
      });

  // las primeras 3 semanas de 2025, los últimos dos meses del año pasado,
  // los tres primeros meses del año, los dos últimos trimestres de 2023.
  add(std::string(
          R"((?:(?:los|las)\s+)?(?:(primer[oa]s|ultim[oa]s)\s+(\d+|[a-z]+)|(\d+|[a-z]+)\s+(primer[oa]s|ultim[oa]s))\s+(dias|semanas|meses|trimestres)\s+(?:de|del)\s+)") +
          kNamedPeriodEs,
      0, [](const Match& m, std::vector<DateMention>* out) {
        EmitFirstOrLast(m, m.has(1) ? 1 : 4, m.has(1) ? 2 : 3, 5, 6, out);
      });

  // el quinto mes de 2025, el décimo mes del próximo año.
  add(std::string(R"((?:el\s+)?(\d{1,2}(?:\.?o)?|[a-z]+)\s+mes\s+(?:de|del)\s+)") + kNamedPeriodEs,
      0, [](const Match& m, std::vector<DateMention>* out) { EmitNthMonth(m, out); });

  // del 28 de junio al 2 de julio [de 2024], entre el 3 de febrero y 6 de marzo.
  add(R"((del?|desde(?:\s+el)?|entre(?:\s+el)?)\s+<D>\s+(?:de\s+)?<M>\.?(?:\s+del?\s+<Y>)?\s+(al?|hasta(?:\s+el)?|y(?:\s+el)?)\s+<D>\s+(?:de\s+)?<M>(?:\.?\s+del?\s+<Y>)?)",
      0, [](const Match& m, std::vector<DateMention>* out) {
        if (m.is(1, "entre") != m.is(5, "y")) return;
        EmitDayRange(m, m.core, m.num(4), m.month(3), m.num(2), m.num(8), m.month(7), m.num(6),
                     out);
      });

  add(R"((pasado\s+manana|anteayer|antier|antes\s+de\s+ayer|ayer|anoche))", 1,
      [](const Match& m, std::vector<DateMention>* out) {
        std::string_view s = m.str(1);
        // "dos días antes de ayer" counts back from yesterday: "antes de" then
        // belongs to the count, which OpenRanges applies to "ayer".
        if (s[0] == 'a' && s.size() > 4 && CountBefore(m, m.span(1).begin)) {
          Match ayer = m;
          ayer.core = Span{m.span(1).end - 4, m.span(1).end};
          return EmitDayOffset(ayer, -1, out);
        }
        int days = s.front() == 'p' ? 2 : (s == "ayer" || s == "anoche") ? -1 : -2;
        EmitDayOffset(m, days, out);
      });

  // "hoy en día" means nowadays.
  add(R"((hoy)(\s+(?:en\s+)?dia)?)", 1, [](const Match& m, std::vector<DateMention>* out) {
    if (!m.has(2)) EmitDayOffset(m, 0, out);
  });

  // esta mañana, esta tarde, esta noche, esta madrugada: the reference's day.
  add(R"(esta\s+(?:manana|tarde|noche|madrugada))", 0, [](const Match& m, std::vector<DateMention>* out) {
    EmitDayOffset(m, 0, out);
  });

  // After a determiner "mañana" is the morning, not tomorrow.
  add(R"((?:(la|las|esta|esa|una|cada|aquella|misma|media|toda|el|del|al)\s+)?(manana))", 2,
      [](const Match& m, std::vector<DateMention>* out) {
        if (!m.has(1)) EmitDayOffset(m, 1, out);
      });

  // [este|pasado|próximo] miércoles [pasado|próximo|que viene]; "los martes" is
  // every Tuesday, "un miércoles" some Wednesday: no date.
  add(R"((?:(los|cada|unos|todos\s+los|un|cualquier)\s+)?((?:(este\s+(?:pasado|proximo)|este|pasado|proximo)\s+)?<WW>(?:\s+(pasado|proximo|que\s+viene))?))",
      2, [](const Match& m, std::vector<DateMention>* out) {
        if (m.has(1)) return;
        Which w = Which::kOnOrBefore;
        const std::string_view lead = m.str(3);
        const bool este = lead.substr(0, 4) == "este";
        if (este) w = Which::kThis;
        if (lead.ends_with("proximo") || m.is(5, "proximo") || m.is(5, "que")) w = Which::kNext;
        if (lead.ends_with("pasado") || m.is(5, "pasado")) w = Which::kLast;
        // "Este próximo viernes", "este miércoles pasado" name the nearest one,
        // as "this coming Friday" does; without "este" it may be the other
        // week's.
        EmitWeekday(m, m.weekday(4), w, out, !este);
      });

  // pasado septiembre, septiembre pasado, el pasado mes de mayo, el mes de
  // julio próximo. ("Septiembre del año que viene" is the month and the year,
  // joined by BindYears.)
  add(R"((?:(pasado|proximo|este)\s+(?:mes\s+de\s+)?<MW>|(?:mes\s+de\s+)?<MW>\s+(pasado|proximo|que\s+viene)))",
      0, [](const Match& m, std::vector<DateMention>* out) {
        int which = m.has(1) ? 1 : 4;
        int month = m.month(m.has(2) ? 2 : 3);
        Which w = m.is(which, "pasado") ? Which::kLast : m.is(which, "este") ? Which::kThis
                                                                             : Which::kNext;
        EmitMonthName(m, month, w, out);
      });

  // este mes, mes pasado, próximo año, año que viene.
  add(R"((?:este\s+(mes|ano)|(mes|ano)\s+(pasado|proximo|que\s+viene)|proximo\s+(mes|ano)))", 0,
      [](const Match& m, std::vector<DateMention>* out) {
        int unit = m.has(1) ? 1 : m.has(2) ? 2 : 4;
        int delta = m.has(1) ? 0 : m.has(4) ? 1 : m.is(3, "pasado") ? -1 : 1;
        EmitPeriod(m, m.str(unit) == "mes", delta, out);
      });

  // el año en curso, el mes actual, la semana en curso: the reference's.
  add(R"((semana|mes|ano)\s+(?:en\s+curso|actual))", 0, [](const Match& m, std::vector<DateMention>* out) {
    if (m.is(1, "semana")) return EmitWeek(m, 0, false, out);
    EmitPeriod(m, m.is(1, "mes"), 0, out);
  });

  // el pasado mes, el pasado año.
  add(R"(pasado\s+(mes|ano))", 0, [](const Match& m, std::vector<DateMention>* out) {
    EmitPeriod(m, m.str(1) == "mes", -1, out);
  });

  // más tarde este año, más adelante este mes, más temprano esta semana; el
  // resto del año, lo que queda de semana, en lo que resta de 2024 (the
  // reference's year or month only); en lo que va de año, en lo que va de 2024,
  // el año hasta la fecha (the English "year to date").
  add(R"(mas\s+(tarde|adelante|temprano)\s+(?:(?:de|en)\s+)?(?:este|esta|el|la)\s+(semana|mes|ano)|(?:(?:el\s+)?resto|lo\s+que\s+(?:resta|queda))\s+(?:del|de(?:\s+(?:la|este|esta))?)\s+(semana|mes|ano)|lo\s+que\s+va\s+(?:de\s+(?:la\s+)?|del\s+)(semana|mes|ano)|el\s+(mes|ano)\s+hasta\s+la\s+fecha|(?:(?:el\s+)?resto|lo\s+que\s+(?:resta|queda))\s+(?:de|del)\s+(?:<Y>|<MW>)|lo\s+que\s+va\s+(?:de|del)\s+(?:<Y>|<MW>))",
      0, [](const Match& m, std::vector<DateMention>* out) {
        if (m.has(1)) return EmitHalf(m, UnitOf(m.str(2)), !m.is(1, "temprano"), out);
        if (m.has(6) || m.has(7)) return EmitRestOfNamed(m, 6, 7, true, out);
        if (m.has(8) || m.has(9)) return EmitRestOfNamed(m, 8, 9, false, out);
        EmitRest(m, UnitOf(m.str(m.has(3) ? 3 : m.has(4) ? 4 : 5)), m.has(3), out);
      });

  // esta semana, la semana pasada, la próxima semana, la semana que viene, la
  // semana antepasada. "La semana anterior/siguiente" counts from a day the
  // story names: read above, with UnresolveAnaphoric.
  add(R"((?:(esta|pasada|proxima)\s+semana|semana\s+(pasada|proxima|que\s+viene|entrante|antepasada)))",
      0, [](const Match& m, std::vector<DateMention>* out) {
        std::string_view w = m.has(1) ? m.str(1) : m.str(2);
        int delta = w == "esta" ? 0 : w == "antepasada" ? -2 : w == "pasada" ? -1 : 1;
        EmitWeek(m, delta, false, out);
      });

  // este fin de semana, el fin de semana [pasado|próximo], el pasado fin de
  // semana: Saturday and Sunday of that week; "el fin de semana" alone is the
  // nearest one the clause looks to (EmitNearestWeekend). "Un fin de semana",
  // "cada fin de semana" name no particular one.
  add(R"((?:(este|el|pasado|proximo)\s+)fin\s+de\s+semana(?:\s+(pasado|proximo|que\s+viene))?)",
      0, [](const Match& m, std::vector<DateMention>* out) {
        if (m.is(1, "el") && !m.has(2)) return EmitNearestWeekend(m, out);
        int delta = 0;
        for (int g : {1, 2}) {
          if (m.is(g, "pasado")) delta = -1;
          if (m.is(g, "proximo") || m.is(g, "que")) delta = 1;
        }
        EmitWeek(m, delta, true, out);
      });

  // hoy se cumplen dos años desde que firmaron, mañana se cumple un año de la
  // firma: an anniversary, counted back (EmitAnniversary).
  add(R"(((?:(hoy|manana|ayer)\s+)?se\s+(?:cumple|cumplen|cumplio|cumplieron|cumplira|cumpliran)\s+((?:[a-z0-9]+\s+){1,3}?(?:dias?|semanas?|mes(?:es)?|anos?))(?:\s+(?:justos|exactos))?)\s+(?:desde|de)\b)",
      1, [](const Match& m, std::vector<DateMention>* out) {
        EmitAnniversary(m, 3, m.is(2, "manana") ? 1 : m.is(2, "ayer") ? -1 : 0, m.has(2), out);
      });

  // hoy hace un año, hace hoy un año, hace un año hoy: the day of the
  // anniversary.
  add(R"((?:hoy\s+hace|hace\s+hoy)\s+((?:[a-z0-9]+\s+){1,4}?(?:dias?|semanas?|mes(?:es)?|anos?))|hace\s+((?:[a-z0-9]+\s+){1,4}?(?:dias?|semanas?|mes(?:es)?|anos?))\s+hoy)",
      0, [](const Match& m, std::vector<DateMention>* out) { EmitOffsetToTheDay(m, m.has(1) ? 1 : 2, -1, out); });

  // hace dos semanas, dentro de tres días, hace un año: the count is read by the
  // number extractor, which knows the unit words.
  // "Hace una quincena" is fourteen days back, as "a fortnight ago". An adverb
  // that keeps the count exact may stand between ("hace justo un año", "hace
  // ya dos semanas"), or one that makes it approximate ("hace casi un año",
  // "hace unas dos semanas").
  add(R"((hace|dentro\s+de)\s+(?:(?:justo|justamente|exactamente|ya|apenas|solo)\s+|(casi|unos|unas|cerca\s+de|alrededor\s+de|aproximadamente)\s+)?((?:[a-z0-9]+\s+){1,4}?(?:dias?|semanas?|mes(?:es)?|anos?)|una\s+quincena))",
      0, [](const Match& m, std::vector<DateMention>* out) {
        // "dentro de tres semanas a partir del lunes" counts from the day named
        // after it, not from the reference: OpenRanges shifts that day.
        if (m.is(1, "dentro") && CountsFromNamedDay(m.text, m.span(0).end)) return;
        const size_t before = out->size();
        EmitCount(m, 3, m.is(1, "hace") ? -1 : 1, out);
        if (m.has(2) && out->size() > before) out->back().approx = true;
      });

  // la primera quincena de julio, la segunda mitad de agosto de 2025, la
  // última quincena del mes: the halves of a month (days 1-15, 16 to the end),
  // read as the early and late parts of a month are; la primera mitad de 2024,
  // la segunda mitad del año pasado: a year's, as its semesters. La última
  // quincena, la quincena pasada, la próxima quincena: fourteen days, as "las
  // últimas dos semanas" ("la última quincena de la campaña" counts from
  // something else).
  add(R"((?:la\s+)?(primera|1\.?a|segunda|2\.?a|ultima)\s+(quincena|mitad)\s+(?:de|del)\s+(?:<MW><YT>?|(?:este\s+|el\s+)?mes(?:\s+(pasado|proximo|que\s+viene))?|(proximo|pasado)\s+mes|<Y>|(?:este\s+|el\s+)?(ano)(?:\s+(pasado|proximo|que\s+viene))?|(proximo|pasado)\s+(ano))|(?:la\s+)?(?:(ultima|pasada|proxima)\s+quincena|quincena\s+(pasada|proxima|que\s+viene)))",
      0, [](const Match& m, std::vector<DateMention>* out) {
        if (m.has(12) || m.has(13)) {
          if (Anchored(m, kNoLead)) return;
          return EmitSpanOf(m, 14, "day", ShiftOf(m.str(m.has(12) ? 12 : 13)) > 0 ? 1 : -1, out);
        }
        const bool first = m.str(1)[0] == 'p' || m.str(1)[0] == '1';
        if (m.has(7) || m.has(8) || m.has(11)) {
          // "La primera quincena del año" is January's: not read.
          if (m.str(2) != "mitad" || (m.has(7) && !PlausibleYear(m.num(7)))) return;
          if (m.has(7)) return EmitYearPart(m, first ? 1 : 2, 6, m.num(7), false, out);
          return EmitYearPart(m, first ? 1 : 2, 6, RefYear(m, ShiftOf(m.str(m.has(9) ? 9 : 10))), true, out);
        }
        const int part = first ? 0 : 2;
        if (!m.has(3)) return EmitRelativePart(m, part, true, ShiftOf(m.str(m.has(5) ? 5 : 6)), out);
        if (m.has(4) && !PlausibleYear(m.num(4))) return;
        EmitPart(m, part, m.month(3), m.num(4), out);
      });

  // los años 80, los años sesenta, la década de 1970, la década de los ochenta.
  // "Los años 2020 y 2021" are two years, not a decade.
  add(R"((?:los\s+anos|decada\s+de(?:\s+los)?(?:\s+anos)?)\s+(\d{2}|\d{4}|[a-z]+)(\s*(?:,|y|e|a|al|-)\s*\d)?)",
      0, [](const Match& m, std::vector<DateMention>* out) {
        if (m.has(2)) return;
        std::string_view d = m.str(1);
        int decade = 0;
        std::string unit;
        if (std::isdigit(static_cast<unsigned char>(d[0]))) {
          decade = ToInt(d);
        } else if (!WholeNumber(m, d, &decade, &unit) || !unit.empty() || decade < 20 ||
                   decade > 90) {
          return;
        }
        EmitDecade(m, decade, out);
      });

  // "en los noventa", "desde los 80", "a finales de los sesenta": after a
  // preposition, "los" and a round tens number without "años" name a decade as
  // "los años noventa" does. The tens word must end the noun phrase (a comma,
  // the end, or a word that is no noun after it): "los noventa diputados", "en los
  // noventa minutos" count things, and "los noventa y cinco" is a number.
  add(R"((?:en|de|desde|hasta|durante|entre|para)\s+(los\s+([a-z]+|\d0|[12]\d{2}0))\b)", 1,
      [](const Match& m, std::vector<DateMention>* out) {
        static const Regex* const kEnds = new Regex(
            R"(^(?:\s*(?:$|[,.;:!?)\n])|\s+(?:y|e|o|u|cuando|se|el|la|los|las|un|una|del|de|en|con|hasta|hubo|fue|era|eran|ya)\b))");
        // After a part of it ("a finales de los noventa hasta...") it is a decade
        // whatever follows.
        static const Regex* const kPart =
            new Regex(R"((?:^|[^a-z])(?:principios|comienzos|inicios|mediados|finales|fines)\s+$)");
        const std::string_view rest = m.text.substr(m.span(0).end);
        if (!kEnds->Find(rest, 0) && !kPart->Contains(m.text.substr(0, m.span(0).begin))) return;
        int decade = 0;
        std::string unit;
        std::string_view d = m.str(2);
        if (d.size() == 4) {
          decade = ToInt(d);  // "los 2000": the century's digits written
        } else if (!WholeNumber(m, d, &decade, &unit) || !unit.empty() || decade < 20 || decade > 90 ||
                   decade % 10) {
          return;
        }
        // "los noventa y cinco": the tens word opens a larger number.
        static const Regex* const kAnd = new Regex(R"(^\s+y\s+([a-z]+))");
        std::vector<Span> g;
        if (kAnd->Find(rest, 0, &g)) {
          int more = 0;
          std::string more_unit;
          const std::string whole = std::string(d) + " y " + std::string(rest.substr(g[1].begin, g[1].size()));
          if (WholeNumber(m, whole, &more, &more_unit) && more_unit.empty() && more != decade) return;
        }
        EmitDecade(m, decade, out);
      });

  // Seasons. "el verano de 2024", "en pleno invierno de 2022".
  add(R"(((?:plen[oa]\s+)?(primavera|verano|otono|invierno)\s+(?:de|del)\s+<Y>))", 1,
      [](const Match& m, std::vector<DateMention>* out) {
        EmitSeason(m, SeasonNamed(m.str(2)), m.num(3), Which::kThis, out);
      });
  // "el verano pasado", "el pasado invierno", "la próxima primavera", "este
  // otoño", "el invierno que viene".
  add(R"(((pasad[oa]|proxim[oa]|ultim[oa]|este|esta)\s+(primavera|verano|otono|invierno)|(primavera|verano|otono|invierno)\s+(pasad[oa]|proxim[oa]|que\s+viene)))",
      1, [](const Match& m, std::vector<DateMention>* out) {
        const std::string_view w = m.has(2) ? m.str(2) : m.str(5);
        const Which which = w[0] == 'p' && w[1] == 'a' ? Which::kLast
                            : w[0] == 'u'              ? Which::kLast
                            : w[0] == 'e'              ? Which::kThis
                                                       : Which::kNext;
        EmitSeason(m, SeasonNamed(m.has(3) ? m.str(3) : m.str(4)), 0, which, out);
      });
  // "en verano", "durante el invierno", "a finales de la primavera": the
  // season nearest the reference, by the clause's tense. "La primavera de
  // Praga", "la primavera árabe" are no seasons.
  add(R"((?:en|durante|hasta|desde|para|(?:principios|comienzos|inicios|mediados|finales|fines|final)\s+(?:de|del))\s+(?:(?:el|la)\s+)?((?:plen[oa]\s+)?(primavera|verano|otono|invierno)))",
      1, [](const Match& m, std::vector<DateMention>* out) {
        static const Regex* const kNotSeason = new Regex(R"(\s+(?:de|del|arabe|negra|roja)\b)");
        if (kNotSeason->MatchAt(m.text, m.span(0).end)) return;
        EmitSeason(m, SeasonNamed(m.str(2)), 0, Which::kOnOrBefore, out);
      });

  // a principios de junio, a mediados de 2015, a finales de este año, fines de
  // mes, al final del año, a principios del próximo año.
  add(R"((?:a\s+)?(principios|comienzos|inicios|mediados|finales|fines|principio|comienzo|inicio|final|fin)\s+(?:del?\s+)?(?:<MW><YT>?|(?:ano\s+)?<Y>|(?:(?:este|el|proximo|pasado)\s+)?(mes|ano)(?:\s+(pasado|proximo|que\s+viene|anterior|siguiente))?|(?:la|esta)\s+(?:(proxima|pasada)\s+)?semana(?:\s+(pasada|proxima|que\s+viene))?))",
      0, [](const Match& m, std::vector<DateMention>* out) {
        std::string_view w = m.str(1);
        // "la final de junio", "las finales de mayo" are matches, not times.
        std::string_view before = m.text.substr(0, m.span(0).begin);
        for (std::string_view article : {"la ", "las ", "una ", "unas "}) {
          if (before.size() >= article.size() &&
              before.substr(before.size() - article.size()) == article &&
              (before.size() == article.size() ||
               !std::isalnum(static_cast<unsigned char>(before[before.size() - article.size() - 1])))) {
            return;
          }
        }
        int part = w == "mediados" ? 1 : (w[0] == 'f') ? 2 : 0;
        std::string_view all = m.str(0);
        bool week = m.has(8) || (all.size() >= 6 && all.substr(all.size() - 6) == "semana");
        if (week) {
          int which = m.has(7) ? 7 : 8;
          int delta = m.is(which, "pasada") ? -1 : m.has(which) ? 1 : 0;
          return EmitWeekPart(m, part, delta, out);
        }
        if (m.has(5)) {
          // "anterior"/"siguiente" count from a time the story names: see
          // UnresolveAnaphoric. "Del próximo año" shifts as "del año próximo".
          const std::string_view lead = m.text.substr(m.span(0).begin, m.span(5).begin - m.span(0).begin);
          const bool next = lead.size() >= 8 && lead.substr(lead.size() - 8) == "proximo ";
          const bool last = lead.size() >= 7 && lead.substr(lead.size() - 7) == "pasado ";
          int delta = m.is(6, "pasado") || m.is(6, "anterior") || last ? -1 : m.has(6) || next ? 1 : 0;
          // "a principios de año" without "este": the coming one in a future
          // clause once this one's part is over.
          const bool bare = m.str(0).find("este ") == std::string_view::npos;
          EmitRelativePart(m, part, m.str(5) == "mes", delta, out, bare);
          return;
        }
        int year = m.has(4) ? m.num(4) : m.num(3);
        if (year && !PlausibleYear(year)) return;
        EmitPart(m, part, m.month(2), year, out);
      });

  // a principios de semana, a mediados de semana, a finales de semana: without
  // a determiner, the reference's week, as "a finales de mes" is its month.
  // "Fin de semana", "fines de semana" are weekends, so the end of the week
  // is read only as "a finales de semana".
  add(R"((?:a\s+)?(principios|comienzos|inicios|mediados|principio|comienzo|inicio)\s+de\s+semana|a\s+finales\s+de\s+semana)",
      0, [](const Match& m, std::vector<DateMention>* out) {
        const int part = !m.has(1) ? 2 : m.is(1, "mediados") ? 1 : 0;
        EmitWeekPart(m, part, 0, out);
      });

  // el primer trimestre de 2023, el segundo semestre del año pasado, del
  // próximo año, 1.º trimestre 2020.
  add(R"((?:el\s+)?(\d(?:\.?o|\.?er)?|[a-z]+)\s+(trimestre|cuatrimestre|semestre)(?:\s*-\s*|\s+(?:del?\s+)?)(?:<Y>|(?:(este|el)\s+)?ano(?:\s+(pasado|proximo|que\s+viene))?|(proximo|pasado)\s+ano))",
      0, [](const Match& m, std::vector<DateMention>* out) {
        int n = PartRank(m, 1);
        int months = m.str(2) == "trimestre" ? 3 : m.str(2) == "semestre" ? 6 : 4;
        if (m.has(3)) return EmitYearPart(m, n, months, m.num(3), false, out);
        int delta = m.is(5, "pasado") || m.is(6, "pasado") ? -1 : m.has(5) || m.has(6) ? 1 : 0;
        EmitYearPart(m, n, months, RefYear(m, delta), true, out);
      });

  // "el tercer trimestre", "en el segundo semestre" without a year: the words name
  // only calendar periods in Spanish, placed by the tense as a bare month is.
  // Headlines and list items drop the article: "2.º semestre: ..." opening a
  // sentence or a line is read as "el 2.º semestre".
  add(R"((?:(?:el|del)\s+)?(\d(?:\.?o|\.?er)?|[a-z]+)\s+(trimestre|cuatrimestre|semestre)\b)", 0,
      [](const Match& m, std::vector<DateMention>* out) {
        if (m.str(0).substr(0, 2) != "el" && m.str(0).substr(0, 3) != "del") {
          static const Regex* const kOpens = new Regex(R"((?:^|[:;\n]|[.!?]\s)\s*$)");
          const size_t at = m.span(0).begin, from = at > 8 ? at - 8 : 0;
          if (!kOpens->Find(m.text.substr(from, at - from), 0)) return;
        }
        // "el primer trimestre del embarazo": another count.
        static const Regex* const kOf = new Regex(R"(\s+(?:de|del)\b)");
        static const Regex* const kOfYear =
            new Regex(R"(\s+(?:de|del)\s+(?:(?:este|el|proximo|pasado)\s+)?(?:ano|ejercicio|\d{4})\b)");
        if (kOf->MatchAt(m.text, m.span(0).end) && !kOfYear->MatchAt(m.text, m.span(0).end)) return;
        EmitYearlessPart(m, PartRank(m, 1), m.str(2) == "trimestre" ? 3 : m.str(2) == "semestre" ? 6 : 4, out);
      });

  // este trimestre, el próximo trimestre, el trimestre pasado.
  add(R"((?:(este|proximo|pasado)\s+trimestre|trimestre\s+(pasado|proximo|que\s+viene|actual|en\s+curso)))", 0,
      [](const Match& m, std::vector<DateMention>* out) {
        std::string_view w = m.has(1) ? m.str(1) : m.str(2);
        // este, actual, en curso: the reference's own quarter.
        int delta = w[0] == 'e' || w == "actual" ? 0 : w == "pasado" ? -1 : 1;
        EmitShiftedQuarter(m, delta, out);
      });

  // la primera semana de julio, la última semana de 2020.
  add(R"((?:la\s+)?(\d(?:\.?a)?|[a-z]+)\s+semana\s+(?:de|del)\s+(?:<MW><YT>?|(?:ano\s+)?<Y>))", 0,
      &EmitNthWeekOf);

  // el siglo XX, el siglo 21.
  add(R"(siglo\s+([xvi]+|\d{1,2})\b)", 0, [](const Match& m, std::vector<DateMention>* out) {
    std::string_view n = m.str(1);
    EmitCentury(m, std::isdigit(static_cast<unsigned char>(n[0])) ? m.num(1) : Roman(n), out);
  });

  // el siglo pasado, el pasado siglo, este siglo: the reference's century or the
  // one before.
  add(R"((?:siglo\s+(pasado)|(pasado|este)\s+siglo)\b)", 0, [](const Match& m, std::vector<DateMention>* out) {
    EmitRelativeCentury(m, m.is(2, "este") ? 0 : -1, out);
  });

  // Navidad, Nochebuena de 2019, el lunes de Pascua, el Viernes Santo, el Día
  // del Trabajador, el Día de la Tierra 2016: fiestas de regla fija.
  // Holy Week's days and the feasts counted from Easter too: el Jueves Santo,
  // el Domingo de Ramos, el Miércoles de Ceniza, Pentecostés; el Día de Todos
  // los Santos ("todos los santos" alone is a phrase).
  // The year may be named relative to the reference's: "la Navidad del año
  // pasado", "el Viernes Santo de este año".
  add(std::string(R"((?:(pasad[ao]|proxim[ao]|est[ae])\s+)?(nochebuena|nochevieja|navidad(?:es)?|(?:dia\s+de\s+)?ano\s+nuevo|domingo\s+de\s+(?:pascua|resurreccion|ramos)|lunes\s+de\s+pascua|(?:jueves|viernes|sabado)\s+santo|miercoles\s+de\s+ceniza|pentecostes|dia\s+de\s+todos\s+los\s+santos|viernes\s+negro|dia\s+de\s+(?:los\s+)?reyes(?:\s+magos)?|dia\s+(?:internacional\s+)?(?:del|de\s+los)\s+trabajador(?:es)?|dia\s+de\s+san\s+patricio|dia\s+de\s+san\s+valentin|dia\s+de\s+los\s+enamorados|dia\s+de\s+la\s+tierra|dia\s+de\s+accion\s+de\s+gracias)(?:\s+(?:(?:de|del)\s+)?<Y>|\s+(pasad[ao]|proxim[ao]|que\s+viene))?)") +
          kHolidayYearEs,
      0, [](const Match& m, std::vector<DateMention>* out) {
        // Another calendar's feast is another day: "la Navidad copta", "el Año
        // Nuevo vietnamita" (the calendars feasts.cc computes are the next
        // reader's: "la Navidad ortodoxa", "el Año Nuevo chino").
        static const Regex* const kCalendar = new Regex(
            R"(\s+(?:copt[ao]|etiope|vietnamita|coreano|tibetano|hindu|bengali|tamil|tailandes|jemer|nepali|kurdo)\b)");
        if (kCalendar->MatchAt(m.text, m.span(2).end)) return;
        int year = 0;
        if (RelativeYear(m, 5, &year)) {
          if (m.has(1) || m.has(3) || m.has(4)) return;
          EmitHoliday(m, m.str(2), year, 0, out);
          if (!out->empty()) out->back().relative = true;
          return;
        }
        std::string_view w = m.has(4) ? m.str(4) : m.str(1);
        int anchor = w.substr(0, 5) == "pasad" ? -1 : w.substr(0, 5) == "proxi" || w.substr(0, 3) == "que" ? 1 : 0;
        EmitHoliday(m, m.str(2), m.has(3) ? m.num(3) : 0, anchor, out);
      });

  // el Aíd al Fitr, la fiesta del cordero, el Ramadán (the whole month), el Año
  // Nuevo chino, el festival del Medio Otoño, Rosh Hashaná, Yom Kipur, Purim,
  // Pésaj, Janucá, la Navidad ortodoxa,
  // la Pascua ortodoxa, Nouruz: feasts of other calendars (feasts.cc), with a
  // year or pasado/próximo as the feasts of the reader above take them.
  add(std::string(R"((?:(pasad[ao]|proxim[ao]|est[ae])\s+)?((?:eid|aid)(?:\s+|-)(?:al|ul|el)(?:\s+|-)?(?:fitr|adha|kebir|kabir)|tabaski|fiesta\s+(?:del?\s+)?fin\s+(?:del?\s+)?ramadan|fiesta\s+del\s+(?:cordero|sacrificio)|ramadan|ano\s+nuevo\s+(?:islamico|musulman|chino|lunar|judio|persa)|festival\s+(?:del\s+)?(?:barco|bote)\s+(?:del\s+)?dragon|(?:festival|fiesta)\s+(?:del\s+)?medio\s+otono|rosh\s+ha(?:-|\s)?shanah?|yom\s+kipp?ur|sukkot|sucot|purim|pesaj|pesah|pascua\s+judia|januca|janukah?|c?hanukk?ah?|(?:navidad|nochebuena|pascua)\s+ortodoxa|viernes\s+santo\s+ortodoxo|lunes\s+de\s+pascua\s+ortodoxo|nowruz|nouruz|noruz|norouz)(?:\s+(?:(?:de|del)\s+)?<Y>|\s+(pasad[ao]|proxim[ao]|que\s+viene))?)") +
          kHolidayYearEs,
      0, [](const Match& m, std::vector<DateMention>* out) {
        // "La guerra del Yom Kipur", "la guerra de Ramadán" name the war of
        // 1973, not a feast of this year.
        const std::vector<std::string_view> words = WordsBefore(m.text, m.span(0).begin, 2);
        if (words.size() == 2 && (words[0] == "de" || words[0] == "del") && words[1] == "guerra") return;
        int year = 0;
        if (RelativeYear(m, 5, &year)) {
          if (m.has(1) || m.has(3) || m.has(4)) return;
          const size_t before = out->size();
          EmitFeast(m, m.str(2), year, 0, out);
          if (out->size() > before) out->back().relative = true;
          return;
        }
        std::string_view w = m.has(4) ? m.str(4) : m.str(1);
        const int anchor = w.substr(0, 5) == "pasad" ? -1 : w.substr(0, 5) == "proxi" || w.substr(0, 3) == "que" ? 1 : 0;
        EmitFeast(m, m.str(2), m.has(3) ? m.num(3) : 0, anchor, out);
      });

  // a finales del Ramadán, a mediados del próximo Ramadán, al principio del mes
  // de Ramadán de 2025: a third of the month, as of a Gregorian one ("a
  // finales de mayo").
  add(R"((?:al?\s+)?(principios|comienzos|inicios|mediados|finales|fines|principio|comienzo|inicio|final|fin)\s+(?:de|del)\s+(?:(pasado|proximo|este)\s+)?(?:mes\s+de\s+)?(ramadan)(?:\s+(?:(?:de|del)\s+)?<Y>|\s+(pasado|proximo|que\s+viene))?)",
      0, [](const Match& m, std::vector<DateMention>* out) {
        const std::string_view w = m.str(1);
        const int part = w == "mediados" ? 1 : w.substr(0, 3) == "fin" ? 2 : 0;
        const std::string_view a = m.has(5) ? m.str(5) : m.str(2);
        const int anchor = a.substr(0, 5) == "pasad" ? -1 : a.substr(0, 5) == "proxi" || a.substr(0, 3) == "que" ? 1 : 0;
        EmitFeast(m, m.str(3), m.has(4) ? m.num(4) : 0, anchor, out, part);
      });

  // Semana Santa: from Palm Sunday to Easter Sunday. Like a feast, of the
  // reference's year unless a year or "pasada"/"próxima" says otherwise.
  add(std::string(R"((?:(pasad[ao]|proxim[ao]|est[ae])\s+)?semana\s+santa(?:\s+(?:(?:de|del)\s+)?<Y>|\s+(pasad[ao]|proxim[ao]|que\s+viene))?)") +
          kHolidayYearEs,
      0, [](const Match& m, std::vector<DateMention>* out) {
        int year = m.num(2);
        bool relative = !year;
        if (RelativeYear(m, 4, &year)) {
          if (m.has(1) || m.has(2) || m.has(3)) return;
        } else if (!year) {
          std::string_view w = m.has(3) ? m.str(3) : m.str(1);
          const int anchor = w.substr(0, 5) == "pasad" ? -1
                             : w.substr(0, 5) == "proxi" || w.substr(0, 3) == "que" ? 1 : 0;
          const Date* ref = m.RefAt(anchor ? P::kDay : P::kYear);
          if (!ref) return EmitRelativeRange(m, nullptr, nullptr, "holiday", out);
          year = ref->year;
          // The week is past once Easter Sunday is; ahead until Palm Sunday.
          if (anchor < 0 && Ordinal(Easter(year)) >= Ordinal(*ref)) --year;
          if (anchor > 0 && Ordinal(Easter(year).AddDays(-7)) <= Ordinal(*ref)) ++year;
        }
        if (!year) return EmitRelativeRange(m, nullptr, nullptr, "holiday", out);
        const Date a = Easter(year).AddDays(-7), b = Easter(year);
        DateMention r = Range(m.core, a, b, "holiday");
        r.relative = relative;
        out->push_back(r);
      });

  // la semana 31, la semana 3 de 2027, la semana 30 del año pasado: semanas ISO.
  add(R"(semana\s+(\d{1,2})(?:\s+(?:del?\s+)?(?:<Y>|(?:(?:este|el)\s+)?ano(?:\s+(pasado|proximo|que\s+viene))?))?)", 0,
      [](const Match& m, std::vector<DateMention>* out) {
        if (m.has(2)) return EmitIsoWeek(m, m.num(1), m.num(2), false, out);
        int delta = m.is(3, "pasado") ? -1 : m.has(3) ? 1 : 0;
        EmitIsoWeek(m, m.num(1), RefYear(m, delta), true, out);
      });

  // el lunes de la próxima semana, el martes de la semana pasada, el lunes la
  // próxima semana; la próxima semana, el lunes.
  add(R"(<WW>\s+(?:de\s+la|de|la)\s+(?:(esta|proxima|pasada)\s+semana|semana\s+(pasada|proxima|que\s+viene)))",
      0, [](const Match& m, std::vector<DateMention>* out) {
        std::string_view w = m.has(2) ? m.str(2) : m.str(3);
        EmitWeekdayOfWeek(m, m.weekday(1), w == "esta" ? 0 : w == "pasada" ? -1 : 1, out);
      });

  // los últimos 3 meses y 2 semanas, los próximos dos años y seis meses: one
  // span of the sum. Before "antes"/"después"/"atrás" the last part is another
  // count.
  add(R"((proxim[oa]s|ultim[oa]s)\s+([a-z0-9]+\s+(?:dias?|semanas?|mes(?:es)?|anos?)(?:\s*,?\s*(?:y\s+)?[a-z0-9]+\s+(?:dias?|semanas?|mes(?:es)?|anos?))+)(\s+(?:antes|despues|atras|mas\s+tarde)\b)?)",
      0, [](const Match& m, std::vector<DateMention>* out) {
        if (!m.has(3) && !Anchored(m, kNoLead)) EmitCompoundSpan(m, 2, m.str(1)[0] == 'p' ? 1 : -1, out);
      });

  // en la última semana, durante el último mes, este último año: one period
  // back from the reference, as "los últimos dos años" counts two ("la última
  // semana de julio", "el último año de su mandato", "el último año fiscal",
  // "su último año" are another's; "el último mes y medio" is no whole one).
  add(R"((?:el|la|este|esta)\s+((ultim[oa])\s+(semana|mes|ano)))", 1, [](const Match& m, std::vector<DateMention>* out) {
    static const Regex* const kHalf = new Regex(R"(\s+y\s+medi[oa]\b)");
    if (Anchored(m, kNoLead) || !CountEndsPhrase(m) || kHalf->MatchAt(m.text, m.span(0).end)) return;
    const std::string_view unit = m.str(3);
    EmitSpanOf(m, 1, unit == "semana" ? "week" : unit == "mes" ? "month" : "year", -1, out);
  });

  // los próximos cuatro días, los últimos 6 meses, los cinco años pasados, los 5
  // próximos años.
  add(R"((?:(proxim[oa]s|ultim[oa]s)\s+((?:[a-z0-9]+\s+){1,4}?(?:dias|semanas|meses|anos))|((?:[a-z0-9]+\s+){1,4}?(?:dias|semanas|meses|anos))\s+(proxim[oa]s|pasad[oa]s)|(\d+|[a-z]+)\s+(proxim[oa]s|ultim[oa]s)\s+(dias|semanas|meses|anos)))",
      0, [](const Match& m, std::vector<DateMention>* out) {
        if (m.has(5)) {
          std::string count = std::string(m.str(5)) + " " + std::string(m.str(7));
          EmitSpan(m, count, m.str(6)[0] == 'p' ? 1 : -1, out);
          return;
        }
        bool next = m.has(1) ? m.str(1)[0] == 'p' : m.str(4)[1] == 'r';
        EmitSpan(m, m.str(m.has(2) ? 2 : 3), next ? 1 : -1, out);
      });

  // el once de marzo de 2004, veintitrés de febrero.
  add(R"(([a-z]+(?:\s+y\s+[a-z]+)?)\s+de\s+<M><YT>?)", 0,
      [](const Match& m, std::vector<DateMention>* out) {
        int d = DayWord(m, 1);
        if (!d || (!m.has(3) && m.ShortMonthAlone(2))) return;
        EmitDay(m, m.core, m.num(3), m.month(2), d, 0, out);
      });

  // hace dos años y medio, dentro de año y medio, hace un mes y medio, hace tres
  // semanas y media: "y medio/a" adds half the unit, so "hace dos años y medio"
  // is thirty months back (to the day, as EmitOffset reads a count), not two
  // years.
  add(R"((hace|dentro\s+de)\s+((?:\d+|[a-z]+)\s+)?(anos?|mes(?:es)?|semanas?|dias?)\s+y\s+medi[oa])", 0,
      [](const Match& m, std::vector<DateMention>* out) {
        const std::string_view word = m.str(3);
        const std::string_view unit = word.substr(0, 3) == "ano"   ? "year"
                                      : word.substr(0, 3) == "mes" ? "month"
                                      : word.substr(0, 3) == "sem" ? "week"
                                                                   : "day";
        int n = 1;
        if (m.has(2)) {
          std::string u;
          if (!WholeNumber(m, m.text.substr(m.span(2).begin, m.span(3).end - m.span(2).begin), &n, &u) || n < 1 ||
              u != unit)
            return;
        } else if (word.back() == 's') {
          return;  // "años y medio" needs its count
        }
        EmitHalfCount(m, n, unit, m.is(1, "hace") ? -1 : 1, out);
      });

  // los últimos dos años y medio, el último año y medio, los próximos tres
  // meses y medio: a stretch up to (or from) the reference.
  add(R"((?:(ultim[oa]s?|proxim[oa]s?)\s+((?:\d+|[a-z]+)\s+)?(anos?|mes(?:es)?)\s+y\s+medio|((?:\d+|[a-z]+)\s+)?(anos|meses)\s+y\s+medio\s+(pasados|proximos)))",
      0, [](const Match& m, std::vector<DateMention>* out) {
        const bool first = m.has(1);
        const int months = HalfUnitMonths(m, first ? 2 : 4, first ? 3 : 5);
        if (!months || months % 2) return;  // half a month is no whole stretch
        const std::string_view w = m.str(first ? 1 : 6);
        EmitSpanOf(m, months / 2, "month", w[0] == 'p' && w[1] == 'r' ? 1 : -1, out);
      });

  // el martes veinticinco, el jueves día treinta y uno, martes el veinticinco,
  // el martes veinticinco de junio: a weekday with its day in words, and the
  // month after it. The common reader takes the two words after the weekday as
  // one day ("veinticinco hubo" is none); here the day is one word, or two tens
  // joined by "y". After "el" "uno" is a pronoun ("el martes el uno dijo"); "por
  // ciento" makes the number a share.
  add(R"(<WW>,?\s+(el\s+)?(?:dia\s+)?([a-z]+(?:\s+y\s+[a-z]+)?)(?:\s+de\s+<MW><YT>?)?)", 0,
      [](const Match& m, std::vector<DateMention>* out) {
        const int d = DayWord(m, 3);
        if (!d || (m.has(2) && (m.str(3) == "uno" || m.str(3) == "un" || m.str(3) == "una"))) return;
        static const Regex* const kPercent = new Regex(R"(\s+por\s+ciento\b)");
        if (kPercent->MatchAt(m.text, m.span(3).end)) return;
        if (!m.has(4)) {
          // A word after the day may make it a count ("el martes veinticinco
          // personas"): only a day of this or a neighbouring month is read then,
          // as with digits.
          const int reach = CountsSomething(m.text, m.span(3).end) ? 1 : 14;
          return EmitWeekdayDay(m, m.weekday(1), d, out, reach);
        }
        const int wd = m.weekday(1), mo = m.month(4);
        int y = m.num(5);
        const bool relative = !y;
        if (!y) y = SameWeekdayYear(m, wd, mo, d);
        EmitDay(m, m.core, y, mo, d, 0, out);
        if (relative && y && !out->empty()) out->back().relative = true;
      });

  // "30 dic", "6 jul" opening a sentence, a line or what follows a colon, or
  // before an agency's name in brackets ("MADRID, 30 dic (EFE)"): a day number
  // cannot open a clause with "mar" as the sea ("a 3 mar adentro" needs its
  // preposition), so the abbreviation is a month there.
  add(R"(<D>\s+<M>)", 0, [](const Match& m, std::vector<DateMention>* out) {
    if (!m.ShortMonthAlone(2)) return;  // the common reader reads the rest
    static const Regex* const kOpens = new Regex(R"((?:^|[:;(\n]|[.!?]\s)\s*$)");
    static const Regex* const kAgency = new Regex(R"(\s*\()");
    const size_t at = m.span(0).begin, from = at > 8 ? at - 8 : 0;
    if (!kOpens->Find(m.text.substr(from, at - from), 0) &&
        !kAgency->MatchAt(m.text, m.span(0).end)) {
      return;
    }
    EmitDay(m, m.core, 0, m.month(2), m.num(1), 0, out);
  });

  // el día 23, el día veintiséis, el día 12 de este mes, la semana del 9.º: a
  // day alone is of the reference's month, or of the month named after it.
  // "Quedó el 5.º" ranks: an ordinal alone is a day only in "semana del".
  // "La noche del día 20" contracts "de el": the day is the same.
  add(R"(d?el\s+dia\s+(\d{1,2}|[a-z]+(?:\s+y\s+[a-z]+)?)(?:\s+(?:de\s+(este|el\s+proximo|el\s+pasado)\s+mes|del\s+(proximo|pasado)\s+mes|del\s+mes\s+(pasado|proximo|que\s+viene)))?|semana\s+del\s+(\d{1,2})\.?o)",
      0, [](const Match& m, std::vector<DateMention>* out) {
        // The ordinal alone, so that "la semana del 9.º" becomes its week.
        if (m.has(5)) return EmitDayOfMonth(m, Span{m.span(5).begin, m.span(0).end}, m.num(5), 0, out);
        int d = std::isdigit(static_cast<unsigned char>(m.str(1)[0])) ? m.num(1) : DayWord(m, 1);
        int which = m.has(2) ? 2 : m.has(3) ? 3 : m.has(4) ? 4 : 0;
        if (!d || (!which && CountsSomething(m.text, m.span(0).end))) return;
        std::string_view w = m.str(which);
        int delta = !which || m.is(which, "este") ? 0 : w.find("pasado") != w.npos ? -1 : 1;
        // "Del" is a preposition too: the mention starts at "día", where a hedge
        // before it ("alrededor del") can still be seen.
        Span span = m.core;
        if (m.str(0)[0] == 'd') span.begin += m.str(0).find("dia");
        EmitDayOfMonth(m, span, d, delta, out);
      });

  // el 12 de este mes, del 21 del próximo mes, al 5 del mes pasado: a day of a
  // month named relative to the reference's, as "el 12 de junio" is of June.
  add(R"((?:el|del|al)\s+((\d{1,2})(?:\.?o)?|([a-z]+(?:\s+y\s+[a-z]+)?))\s+(?:de\s+(este|el\s+proximo|el\s+pasado)\s+mes|del\s+(proximo|pasado)\s+mes|del\s+mes\s+(pasado|proximo|que\s+viene|en\s+curso)))",
      0, [](const Match& m, std::vector<DateMention>* out) {
        const int d = m.has(2) ? m.num(2) : DayWord(m, 3);
        if (!d) return;
        const int which = m.has(4) ? 4 : m.has(5) ? 5 : 6;
        const std::string_view w = m.str(which);
        const int delta = m.is(which, "este") || m.is(which, "en") ? 0
                          : w.find("pasado") != w.npos ? -1 : 1;
        EmitDayOfMonth(m, Span{m.span(1).begin, m.span(0).end}, d, delta, out);
      });

  // 4 de 6 de 1982, el 23 del 10: the month as a number after "de"/"del".
  add(R"((\d{1,2})\s+de\s+(\d{1,2})\s+del?\s+<Y>|d?el\s+(\d{1,2})\s+del\s+(\d{1,2}))", 0,
      [](const Match& m, std::vector<DateMention>* out) {
        if (m.has(1)) return EmitDay(m, m.core, m.num(3), m.num(2), m.num(1), 0, out);
        if (Percentage(m) || CountsSomething(m.text, m.span(0).end)) return;
        int mo = m.num(5);
        if (mo < 1 || mo > 12) return;
        EmitDay(m, Span{m.span(4).begin, m.span(5).end}, 0, mo, m.num(4), 0, out);
      });

  // el once de mayo de dos mil nueve, 1.º de marzo de dos mil veintiuno,
  // abril de dos mil siete: a year in words after a month.
  add(R"((?:(\d{1,2})(?:\.?o|er)?\s+de\s+|([a-z]+(?:\s+y\s+[a-z]+)?)\s+de\s+)?<MW>\s+del?\s+([a-z]+))", 0,
      [](const Match& m, std::vector<DateMention>* out) {
        size_t end = 0;
        int y = YearWordsAt(m, m.span(4).begin, &end);
        if (!y) return;
        Span span{m.span(0).begin, end};
        int d = m.has(1) ? m.num(1) : m.has(2) ? DayWord(m, 2) : 0;
        if (d) return EmitDay(m, span, y, m.month(3), d, 0, out);
        span.begin = m.span(3).begin;
        out->push_back(Absolute(span, Date::Month(y, m.month(3)), "month"));
      });
}

}  // namespace claimcheck::dates_detail
