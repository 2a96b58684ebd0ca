"""What a figure is read for in its own sentence: its year, status, incl/excl of support to Ukraine and
calculation method (and what the footnotes it points to say of it)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from inzet.extract import lexicon
from inzet.extract.cues import letter_first
from inzet.extract.dutch import MONTH_RE, NUMBER_WORDS
from inzet.extract.gdp.figures import Fig
from inzet.extract.gdp.vocab import (
    BASIS,
    BASIS_SCAN,
    CLAUSE_STOP,
    COUNTED_IN,
    MARK_AFTER,
    MARK_ANY,
    NOT_MEASURE_PREPS,
    PCT_NUM,
    RESPECTIVELY,
    STATUS_CUES,
    STATUS_SCANS,
    UKRAINE_WORD,
    VERSUS,
    WS,
    YEAR_RE,
    counted,
    mark_of,
)
from inzet.extract.money import Unit
from inzet.extract.segment import Document

# the word before a year: `uiterlijk in 2035`, `over 2025`, `sinds 2014`
_YEAR_PREP = re.compile(
    r"(?<![\w])(?P<prep>uiterlijk(?:\s+in)?|in(?:\s+het\s+jaar)?|tegen|per|vanaf|voor|vóór|over|van"
    r"|tot(?:\s+en\s+met)?|t/m|richting|eind|begin|ultimo|medio|sinds|na|jaar|by)\s+$",
    re.I,
)
_DATE_BEFORE = re.compile(rf"\d{{1,2}}\s+{MONTH_RE}\s+$", re.I)
_TARGET_PREPS = {"uiterlijk", "uiterlijk in", "in", "in het jaar", "tegen", "per", "vanaf", "voor", "vóór", "tot", "by",
                 "tot en met", "t/m", "richting", "eind", "ultimo"}
_YEAR_AFTER = re.compile(
    # `3,5% van het bbp voor kerndefensie-uitgaven in 2035`: the category phrase between figure and year
    rf"(?:{WS}+(?:voor|aan){WS}+(?:de{WS}+)?[\w-]*(?:uitgaven|defensie|veiligheid)\b)?"
    rf"{WS}*,?{WS}*(?:\(|(?:(?:uiterlijk|al|reeds){WS}+)?(?:in|tegen|per|vanaf|vóór|voor|over|richting)?"
    rf"{WS}*(?:het{WS}+jaar{WS}+)?)(?P<year>(?:19[5-9]|20\d)\d)(?![\w/]|[.,]\d)"
)


# a marker said of every figure of the sentence
_BOTH = re.compile(rf"\b(?:in\s+)?(?:beide|alle)\s+(?:gevallen|cijfers|percentages){WS}*[,:]?{WS}*", re.I)
_LOCAL_TARGET_BEFORE = re.compile(
    letter_first([r"\bnaar", r"\btot", "minimaal", r"ten\s+minste", "tenminste", "minstens", "richting"], True)
    + r"(?i:\s+(?:de\s+|het\s+)?$)")
_FROM_ESTIMATE = re.compile(r"\b(?:volgens|naar|op\s+basis\s+van)\s+(?:de\s+|het\s+|een\s+)?(?:[\w-]+-)?"
                            r"(?:raming|ramingen|schatting|schattingen|prognose|prognoses)\b", re.I)
_HUNDREDTHS = re.compile(r"\d+[.,]\d\d")
_FALLS = re.compile(r"\b(?:daalt|dalen|daalde|daalden|zakt|zakken|zakte|zakten|krimpt|krimpen|kromp|krompen"
                    r"|(?:valt|vallen|viel|vielen|loopt|lopen|liep|liepen)\s+(?:[\w-]+\s+){0,5}?terug"
                    r"|(?:neemt|nemen|nam|namen)\s+(?:[\w-]+\s+){0,5}?af)\b", re.I)
_PRIORITY = {"legal_minimum": 0, "target": 1, "estimate": 2, "actual": 3}
_NORMS = {1.5, 2.0, 3.5, 5.0}


# a year named relative to the letter's: `dit jaar`, `vorig jaar`, `het lopende jaar`, `volgend jaar`
_RELATIVE_YEAR = re.compile(r"\b(?P<rel>dit(?:\s+kalender)?|(?:het\s+)?(?:lopende|huidige)|vorig|volgend"
                            r"|komend)\s*jaar\b", re.I)
_RELATIVE_STEP = {"vorig": -1, "volgend": 1, "komend": 1}


def years_in(view: str, u: Unit, this_year: int | None = None) -> list[tuple[int, int, str]]:
    """(position, year, preposition) of the years in a unit, dates (`12 februari 2026`) left out; with the
    letter's year, `dit jaar` (`vorig jaar`, `volgend jaar`) too (a norm's year only after a preposition: not
    `de vorig jaar gemaakte afspraak`)."""
    out = []
    if this_year is not None and view.find("jaar", u.start, u.end) >= 0:
        for m in _RELATIVE_YEAR.finditer(view, u.start, u.end):
            p = _YEAR_PREP.search(view, max(u.start, m.start() - 20), m.start())
            prep = " ".join(p.group("prep").lower().split()) if p else ""
            step = _RELATIVE_STEP.get(m.group("rel").lower(), 0)
            out.append((m.start(), this_year + step, prep))
    for m in YEAR_RE.finditer(view, u.start, u.end):
        lo = max(u.start, m.start() - 20)
        if _DATE_BEFORE.search(view, lo, m.start()):
            continue
        p = _YEAR_PREP.search(view, lo, m.start())
        prep = " ".join(p.group("prep").lower().split()) if p else ""
        out.append((m.start(), int(m.group()), prep))
    return sorted(out)


def cues_in(view: str, u: Unit, memo: dict[int, list[tuple[int, int, str]]] | None = None) \
        -> list[tuple[int, int, str]]:
    """(start, end, status) of the status words in a unit (read once per unit with a `memo`)."""
    if memo is not None and u.start in memo:
        return memo[u.start]
    chunk = view[u.start : u.end]
    # (each pattern's scanner where its cue bit allows, as `lexicon.finditer` gates the pattern)
    found = [(u.start + m.start(), u.start + m.end(), status)
             for (rx, status), (scan, _) in zip(STATUS_CUES, STATUS_SCANS, strict=True) if u.hits & lexicon.bit(rx)
             for m in scan.finditer(chunk)]
    if memo is not None:
        memo[u.start] = found
    return found


def status_of(view: str, u: Unit, f: Fig, cues: list[tuple[int, int, str]], prev: Unit | None,
            lo: int, hi: int, memo: dict[int, list[tuple[int, int, str]]] | None = None) -> str:
    """`wettelijk` in the figure's clause makes a legal minimum; a norm/`naar x%` next to it is a
    target; otherwise the status whose cue is nearest to the figure (then the previous sentence's
    last cue, then: a norm value is a target, anything else actual)."""
    if any(st == "legal_minimum" and lo <= a and b <= hi for a, b, st in cues):
        return "legal_minimum"
    # a figure taken from an estimate is one, whatever verb reports it (`Nederland kwam in 2015 volgens de NAVO-raming
    # uit op 1,17 procent bbp`, `volgens de raming stijgt dat tot 1,2 procent`); a norm it names stays a target
    src = None if f.norm else _FROM_ESTIMATE.search(view, max(lo, f.start - 100), min(hi, f.ev_end + 40))
    if src and ";" not in (view[src.end():f.start] if src.end() <= f.start else view[f.ev_end:src.start()]):
        return "estimate"
    # (`stijgen de uitgaven in 2027 naar 2,41%`: a figure in hundredths is a measure or a projection, `1,30 procent`
    # too; the letters state a target in whole numbers or tenths, `naar 2,5%`, `tot 3,5%`; and spending that falls,
    # `daalt het percentage … tot 1,3 procent`, falls to no target)
    falls = bool(_FALLS.search(view, max(lo, f.start - 80), f.start))
    if (_LOCAL_TARGET_BEFORE.search(view, max(u.start, f.start - 30), f.start) and not _HUNDREDTHS.match(view, f.start)
            and not falls) or f.norm:
        return "target"
    if f.meets:
        # (`verwacht het kabinet met 2,03 procent aan de norm te voldoen`: the norm's words are not the figure's status)
        cues = [c for c in cues if c[2] not in ("target", "legal_minimum")]
    # a cue in the figure's own clause first (`Nederland besteedde in 2012 … 1,27 procent …; voor 2013 verwacht ik …`)
    own = [c for c in cues if ";" not in (view[c[1]:f.start] if c[1] <= f.start else view[f.ev_end:c[0]])]
    best = _nearest(own or cues, f.start, f.ev_end)
    if best is None and _spends(view, f, lo, hi):
        best = "actual"       # (`Nederland geeft dit jaar circa 1,5 procent van het bbp aan defensie uit`: a level)
    if best is None and prev is not None:
        # (`De SG meldde dat 23 bondgenoten aan de norm voldoen. Nederland haalt met 2,05 procent de norm`: the norm
        # the sentence before names is what a level is met with, no status of the level either)
        before = [c for c in cues_in(view, prev, memo) if not f.meets or c[2] not in ("target", "legal_minimum")]
        best = _nearest(before, prev.end, prev.end)
    if best is None:
        # (a norm's value said roughly is spending, not the norm: `dit jaar circa 1,5 procent van het bbp uitgeeft`)
        rough = _ROUGHLY_BEFORE.search(view, max(lo, f.start - 16), f.start)
        best = "target" if f.value in _NORMS and not falls and not f.meets and not rough else "actual"
    return best


_ROUGHLY_BEFORE = re.compile(r"\b(?:circa|ca\.|ongeveer|ruim|bijna|zo'n|nagenoeg)\s+$")
# the spending stated as what it is, a finite verb (`Nederland geeft dit jaar 1,5 procent van het bbp aan defensie uit`,
# `dat Nederland … circa 1,5 procent … uitgeeft`, `besteedt Nederland 1,4 procent`, `De bondgenoten besteden gemiddeld
# 1,6 procent`): a level measured or expected, not a norm; not what one wants, must or will spend (`wil dat Nederland 2%
# uitgeeft`, `moet 2% besteden`, `om 2% te besteden`), nor the spending of a condition (`als Nederland 2% uitgeeft`)
# (read only when the figure's clause has no status word of its own)
_SPENDS_BEFORE = re.compile(r"\b(?P<verb>geeft|geven|besteedt|besteden|spendeert|spenderen)\b(?:\s+[\w,-]+){0,10}?\s+$",
                            re.I)
_SPENDS_AFTER = re.compile(r"(?:\s+[\w-]+){0,6}?\s+(?P<verb>uit|uitgeeft|uitgeven|besteedt|besteden|spendeert"
                           r"|spenderen)\b", re.I)
# (nor what was agreed or promised, `spraken de bondgenoten af dat zij uiterlijk in 2024 twee procent … besteden`)
_INTENT = re.compile(r"\b(?:wil|wilt|willen|zal|zullen|moet|moeten|dient|dienen|streeft|streven|beoogt|beogen|kan"
                     r"|kunnen|gaat|gaan|om|te|als|indien|wanneer|zodra|mits|tenzij|af\s+dat|afgesproken"
                     r"|overeengekomen|committeren|committeerden|beloven|beloofd|beloofden|toegezegd|uiterlijk"
                     r"|minimaal|ten\s+minste|tenminste|minstens)\b", re.I)


def _spends(view: str, f: Fig, lo: int, hi: int) -> bool:
    """Does a finite spending verb state the figure as the level spent (`geeft … uit` around it, `besteedt` before it,
    `uitgeeft` after it), nothing of intent or condition in its clause?"""
    a = max(lo, f.start - 90, view.rfind(";", lo, f.start) + 1)
    stop = view.find(";", f.ev_end, hi)
    b = min(hi, f.ev_end + 60, stop if stop >= 0 else hi)
    before = _SPENDS_BEFORE.search(view, a, f.start)
    after = _SPENDS_AFTER.match(view, f.ev_end, b)
    particle = after is not None and after.group("verb").lower() == "uit"
    if before and before.group("verb").lower().startswith("ge"):
        ok = particle                      # `geeft … uit`: the particle after the figure
    else:
        ok = before is not None or (after is not None and not particle)
    return ok and not _INTENT.search(view, a, after.end() if after else f.ev_end)


def _nearest(cues: list[tuple[int, int, str]], a: int, b: int) -> str | None:
    """The status of the cue nearest to view interval [a, b) (ties: the stronger status)."""
    best: tuple[int, int, str] | None = None
    for cs, ce, status in cues:
        if a <= cs < b:
            continue
        key = (max(0, cs - b, a - ce), _PRIORITY[status], status)
        if best is None or key < best:
            best = key
    return best[2] if best else None


# a norm met in a year gone by (`voldeden in 2015 vijf bondgenoten aan de norm van 2 procent`): that year is not the
# norm's own
_MET_IN_PAST = re.compile(r"\b(?:voldeden|voldeed|haalden|haalde|bereikten|bereikte)\b", re.I)
# the year a number of allies meet it in (`voldoen in 2019 zeven bondgenoten aan de norm van 2 procent`, `In 2024 halen
# 23 lidstaten de norm`): the year of a count, not the norm's (not `Het kabinet wil in 2024 aan de norm voldoen`)
_MET_BY_MANY = re.compile(r"\b(?:voldoen|voldoet|halen|haalt|bereiken|bereikt)\b", re.I)
_COUNT_OF_ALLIES = re.compile(
    rf"\b(?:\d+|{'|'.join(w for w, v in NUMBER_WORDS.items() if 2 <= v <= 99)}|alle|enkele|veel|meer|de\s+meeste)"
    r"\s+(?:van\s+de\s+\d+\s+)?(?:andere\s+)?(?:bondgenoten|lidstaten|NAVO-landen|landen)\b", re.I)
# the year it was agreed in (`waarin de bondgenoten in 2014 afspraken binnen tien jaar naar 2 procent … toe te groeien`,
# `In 2014 spraken de bondgenoten af`, `in 2023 hebben de bondgenoten besloten dat`), or a year the norm counts from
# (`binnen tien jaar`): not the norm's own
_AGREED_THEN = re.compile(r"\S+\s+(?:(?:is|werd|hebben|heeft|zijn|werden|hadden|had)\s+(?:[\w-]+\s+){0,3}?)?"
                          r"(?:afspraken|spraken|afgesproken|overeengekomen|kwamen|besloten|besloot|aangenomen"
                          r"|committeerden|beloofden|verplichtten)\b", re.I)
_WITHIN_YEARS = re.compile(r"\bbinnen\s+(?:de\s+)?(?:[\w-]+\s+)?(?:jaar|jaren|decennium)\b", re.I)


def _not_the_norms_year(view: str, u: Unit, pos: int, f: Fig) -> bool:
    """Is the year at `pos` before a norm the year it was met or agreed in, or one it counts from?"""
    lo = max(u.start, pos - 30)
    return bool(_MET_IN_PAST.search(view, lo, f.start)
                or (_MET_BY_MANY.search(view, lo, f.start) and _COUNT_OF_ALLIES.search(view, lo, f.start))
                or _AGREED_THEN.match(view, pos, f.start) or _WITHIN_YEARS.search(view, pos, f.start))


def year_of(view: str, u: Unit, f: Fig, figs: list[Fig], years: list[tuple[int, int, str]], target: bool,
          prev_year: int | None) -> int | None:
    nxt = next((g.start for g in figs if g.start > f.start), u.end)
    m = _YEAR_AFTER.match(view, f.ev_end, nxt)
    if m:
        return int(m.group("year"))
    # else the nearest year before the figure; a norm takes only a target year (`uiterlijk in 2035`)
    for pos, year, prep in reversed(years):
        if pos >= f.start or _compared(view, u, pos):
            continue          # (`sneller te halen dan in 2024`, `tegen drie in 2014`: another year's, compared)
        if target:
            if prep in _TARGET_PREPS:
                # (`voldeden in 2015 vijf bondgenoten aan de norm van 2 procent`: the year it was met, not its own)
                return None if _not_the_norms_year(view, u, pos, f) else year
        elif prep not in NOT_MEASURE_PREPS:
            return year
    if not target:
        return prev_year
    # a norm listed before its one year (`3,5% … en 1,5% … in 2035`, `…, samen 5% in 2035`): the first target
    # year after it in the unit; not a year that stands before a later figure, that figure's own (`dit jaar circa 1,5
    # procent … uitgeeft en vanaf 2024 aan de 2 procent voldoet`)
    return next((year for pos, year, prep in years if pos > f.ev_end and prep in _TARGET_PREPS
                 and not _compared(view, u, pos) and not any(g.start > pos for g in figs)), None)


# the years listed before the year of a norm (`in 2024 en 2025 aan de NAVO-norm van 2 procent te voldoen`, `in 2024,
# 2025 en 2026`, `zowel in 2024 als in 2025`): the norm holds for each (not a range, `tussen 2024 en 2030`, nor a pair
# the figures after `respectievelijk` take in turn)
_YEAR_LIST_BEFORE = re.compile(
    r"(?P<list>(?:(?:19|20)\d\d\s*,\s*(?:in\s+)?)*(?:19|20)\d\d)\s*(?:,\s*)?(?:en|als)\s+(?:ook\s+)?(?:in\s+)?$")
_NOT_A_LIST = re.compile(r"\b(?:tussen|van|vanaf|sinds)\s+$", re.I)


def listed_years(view: str, u: Unit, f: Fig, year: int, years: list[tuple[int, int, str]]) -> list[int]:
    """The other years of a list that holds the norm's year (`in 2024 en 2025 … 2 procent`): only the list that ends
    with the last year before the figure, no other figure between, in a unit without `respectievelijk`."""
    pos, last = next(((p, y) for p, y, _ in reversed(years) if p < f.start), (None, None))
    if pos is None or RESPECTIVELY.search(view, u.start, u.end) or PCT_NUM.search(view, pos, f.start):
        return []
    m = _YEAR_LIST_BEFORE.search(view, max(u.start, pos - 40), pos)
    if not m or _NOT_A_LIST.search(view, max(u.start, m.start() - 12), m.start()):
        return []
    listed = [int(y) for y in re.findall(r"(?:19|20)\d\d", m.group("list"))] + [last]
    return [y for y in listed if y != year] if year in listed else []


def _compared(view: str, u: Unit, pos: int) -> bool:
    """Is the year at `pos` one the figures are compared with (`tegen drie in 2014`, `eerder dan in 2024`)?"""
    return bool(VERSUS.search(view, max(u.start, pos - 40), pos))


def ukraine_of(view: str, u: Unit, f: Fig, lo: int, hi: int) -> str | None:
    """`incl`/`excl` from a marker right after the figure, further on in its clause (before the
    next figure), or before it in its own clause."""
    m = MARK_AFTER.match(view, f.ev_end, u.end)
    if m and UKRAINE_WORD.search(view, m.end(), u.end):
        return mark_of(m)
    stop = CLAUSE_STOP.search(view, f.ev_end, hi)
    for m in MARK_ANY.finditer(view, f.ev_end, min(stop.start() if stop else hi, f.ev_end + 120)):
        if UKRAINE_WORD.search(view, m.end(), min(m.end() + 45, u.end)):
            return mark_of(m)
    found = None
    for m in MARK_ANY.finditer(view, lo, f.start):
        if UKRAINE_WORD.search(view, m.end(), min(m.end() + 45, f.start)):
            found = mark_of(m)
    if found is None and (m := last_match(COUNTED_IN.finditer(view, lo, f.start))):
        found = counted(m)        # `Met de steun meegerekend komen de defensie-uitgaven … uit op 2,08%`
    if found is None and (m := COUNTED_IN.search(view, f.ev_end, stop.start() if stop else hi)):
        found = counted(m)        # `2,08% van het bbp, met de steun aan Oekraïne meegeteld`
    if found is None:
        # `2,27% volgens de NAVO-methodiek en 2,12% volgens de nationale, in beide gevallen inclusief de steun`
        both = _BOTH.search(view, f.ev_end, u.end)
        if both:
            m = MARK_ANY.match(view, both.end())
            if m and UKRAINE_WORD.search(view, m.end(), min(m.end() + 45, u.end)):
                found = mark_of(m)
    return found


def last_match(ms: Iterator[re.Match[str]]) -> re.Match[str] | None:
    """The last of the matches, or None."""
    return next(reversed(list(ms)), None)


def marks_in(view: str, u: Unit) -> list[str]:
    """The incl/excl markers of a unit in order (for `respectievelijk`)."""
    out = []
    for m in MARK_ANY.finditer(view, u.start, u.end):
        if UKRAINE_WORD.search(view, m.end(), min(m.end() + 45, u.end)):
            out.append(mark_of(m))
    return out


def bases_in(view: str, u: Unit) -> list[tuple[int, int, str]]:
    """(start, end, basis) of the calculation methods a unit names."""
    chunk = view[u.start : u.end]
    if not u.hits & lexicon.bit(BASIS):
        return []           # (the cue bits say it cannot match, as `lexicon.finditer` would)
    return [(u.start + m.start(), u.start + m.end(), m.lastgroup or "") for m in BASIS_SCAN.finditer(chunk)]


def basis_of(bases: list[tuple[int, int, str]], f: Fig) -> str | None:
    """The method named nearest to the figure."""
    best: tuple[int, str] | None = None
    for a, b, basis in bases:
        d = max(0, a - f.ev_end, f.start - b)
        if best is None or d < best[0]:
            best = (d, basis)
    return best[1] if best else None


def unit_basis(view: str, u: Unit) -> str | None:
    """The last calculation method a unit names (`De NAVO rekent deze cijfers zelf om`)."""
    bases = bases_in(view, u)
    return bases[-1][2] if bases else None


def _notes_of(doc: Document, f: Fig, hi: int) -> Iterator[Unit]:
    """The footnotes whose markers follow the figure in its clause, as units of the view."""
    for pos, n in doc.markers:
        if f.start < pos <= hi:
            note = next((fn for fn in doc.footnotes if fn.number == n), None)
            if note is not None:
                yield Unit(note.start, note.end, -1, -1, False, lexicon.of(doc.view[note.start:note.end]))
        elif pos > hi:
            break


def noted_basis(doc: Document, f: Fig, hi: int) -> str | None:
    """The calculation method a footnote of the figure names (`Berekend volgens de NAVO-berekeningswijze`)."""
    for note in _notes_of(doc, f, hi):
        bases = bases_in(doc.view, note)
        if bases:
            return bases[0][2]
    return None


def noted_ukraine(doc: Document, f: Fig, hi: int) -> str | None:
    """Incl./excl. support to Ukraine as a footnote of the figure states it (`…, inclusief de militaire steun`)."""
    for note in _notes_of(doc, f, hi):
        marks = marks_in(doc.view, note)
        if marks:
            return marks[0]
    return None
