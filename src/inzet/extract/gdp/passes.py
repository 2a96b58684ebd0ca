"""What carries between figures and sentences: the context the sentence before lends, and the passes after
reading that give a year, basis or incl/excl stated once to every figure it governs (a list, `respectievelijk`,
a contrast, a sentence about the figures before it, a section's declared basis)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from inzet.extract import lexicon
from inzet.extract.gdp.figures import Fig, figureless
from inzet.extract.gdp.reading import bases_in, marks_in, unit_basis, years_in
from inzet.extract.gdp.vocab import (
    BASIS,
    BBP_ANY,
    CLAUSE_STOP,
    COUNTED_IN,
    LIST_JOIN,
    MARK_ANY,
    NOT_MEASURE_PREPS,
    PCT_NUM,
    RESPECTIVELY,
    UKRAINE_WORD,
    VERSUS,
    YEAR_RE,
    counted,
    mark_of,
)
from inzet.extract.money import Unit, Units, units_with
from inzet.extract.segment import Document
from inzet.model import GdpShare


@dataclass(slots=True)
class Prev:
    """What the previous sentence of the paragraph lends to the next: its unit, whether it held GDP
    figures or named the bbp, the year it stated or its figures had, the method it named."""

    unit: Unit | None = None
    had: bool = False
    year: int | None = None
    basis: str | None = None


# a sentence that comments on the figures before it (`Dat is voor het eerst sinds 2008 boven de norm.`)
_POINTS_BACK = re.compile(r"\W*(?:Dat|Dit|Daarmee|Hiermee|Daarbij|Hierbij|Daardoor|Hierdoor)\b")


def prev_of(view: str, units: list[Unit], i: int, done: dict[int, list[GdpShare]], this_year: int | None) -> Prev:
    """The context the unit before `units[i]` gives, when both stand in the same paragraph (`this_year`: the
    letter's)."""
    if i == 0:
        return Prev()
    u, p = units[i], units[i - 1]
    if p.line != u.line or p.heading or u.heading:
        return Prev()
    shares = done.get(i - 1, [])
    # (a sentence without figures or years between that comments on them, `… 2,05 procent van het bbp … . Dat is voor
    # het eerst sinds 2008 boven de norm. … zonder die steun komt Nederland uit op 1,72 procent`: the figures before it
    # still lend their context, their status words too; the comment's `norm` is none of the figure's)
    src = p
    if not shares and i >= 2 and done.get(i - 2) and units[i - 2].line == u.line and figureless(view, p) \
            and _POINTS_BACK.match(view, p.start, p.end) \
            and not any(prep not in NOT_MEASURE_PREPS for _, _, prep in years_in(view, p, this_year)):
        src, shares = units[i - 2], done[i - 2]
    # (not the year of a comparison: `voldoen dit jaar acht bondgenoten aan de norm, tegen drie in 2014`)
    stated = [y for pos, y, prep in years_in(view, src, this_year) if prep not in NOT_MEASURE_PREPS
              and not VERSUS.search(view, max(src.start, pos - 40), pos)]
    year = shares[-1].year if shares and shares[-1].year else (stated[-1] if stated else None)
    basis = next((s.basis for s in reversed(shares) if s.basis), None) or unit_basis(view, p) \
        or unit_basis(view, src)
    had = bool(shares) or bool(BBP_ANY.search(view, p.start, p.end)) or _paragraph_had(view, units, i - 2, done)
    return Prev(src, had, year, basis)


def _paragraph_had(view: str, units: list[Unit], k: int, done: dict[int, list[GdpShare]]) -> bool:
    """Did a unit of the paragraph at or before `units[k]` hold GDP shares or name the bbp (a paragraph about shares
    goes on about them after a sentence without: `… 2% van het bbp te halen. Om het Europese gemiddelde van 1,46% te
    bereiken is … nodig. Zonder extra middelen daalt het percentage naar verwachting tot 1,10% in 2020.`)?"""
    line = units[k + 1].line
    while k >= 0 and units[k].line == line and not units[k].heading:
        if done.get(k) or BBP_ANY.search(view, units[k].start, units[k].end):
            return True
        k -= 1
    return False


# a unit that opens by pointing back to the figure before as the whole it splits (`Daarvan gaat ten minste 3,5% van het
# bbp naar kerndefensie-uitgaven`, `Hiervan …`, `Van deze norm …`), or saying what that whole consists of (`Die norm
# bestaat uit twee delen: 3,5 procent kern plus 1,5 procent …`, `Dit percentage is opgebouwd uit`, `De afspraak valt
# uiteen in`, `Deze nieuwe norm wordt verdeeld over`)
_WHOLE = r"(?:[\w-]+\s+)?(?:norm|afspraak|doel\w*|percentage|totaal)"
_SPLITS_THE_WHOLE = re.compile(
    rf"\W*(?:Daarvan|Hiervan|Waarvan|Van\s+(?:die|deze|dat|dit)\s+(?:{_WHOLE}|(?:[\w-]+\s+)?uitgaven)"
    rf"|(?:Die|Deze|Dat|Dit|De|Het)\s+{_WHOLE}\s+(?:(?:bestaat|bestond)\s+(?:[\w-]+\s+){{0,2}}?uit"
    r"|is\s+(?:opgebouwd|samengesteld|verdeeld)"
    r"|valt\s+uiteen|wordt\s+(?:opgesplitst|verdeeld)|splitst\s+zich))\b", re.I)


def year_of_the_whole(view: str, units: Units, ui: int, done: dict[int, list[GdpShare]]) -> None:
    """The parts of a norm stated in the unit after it (`• De bondgenoten committeren zich eraan uiterlijk in 2035 5%
    van het bbp te besteden …` / `• Daarvan gaat ten minste 3,5% … en tot 1,5% …`) are norms of the whole's year
    when they state none of their own."""
    u = units[ui]
    yearless = [sh for sh in done[ui] if sh.year is None and sh.status in ("target", "legal_minimum")]
    if not yearless or ui == 0 or not _SPLITS_THE_WHOLE.match(view, u.start, u.end):
        return
    p = units[ui - 1]
    if p.heading or u.heading or p.section != u.section:
        return
    whole = [sh for sh in done.get(ui - 1, []) if sh.year is not None and sh.status in ("target", "legal_minimum")]
    if whole:
        for sh in yearless:
            sh.year = whole[-1].year


# a unit that goes on from the norm before it (`… uiterlijk in 2035 ten minste 3,5 procent … . Daarnaast besteden
# bondgenoten tot 1,5 procent …`, `Samen komt de norm daarmee op vijf procent van het bbp.`)
# (not `Bovendien moet 3,5% … naar kerndefensie`: no norm beside the one before, nor their sum)
_GOES_ON = re.compile(r"\W*(?:Daarnaast|Samen|Daarmee|Hiermee|Opgeteld)\b")


def year_of_the_norm_before(view: str, units: Units, ui: int, done: dict[int, list[GdpShare]]) -> None:
    """The norms without a year of a unit that goes on from a dated norm in the unit before it (same paragraph) take
    that norm's year."""
    yearless = [sh for sh in done[ui] if sh.year is None and sh.status == "target"]
    if not yearless or ui == 0:
        return
    u, p = units[ui], units[ui - 1]
    if p.heading or u.heading or p.line != u.line or not _GOES_ON.match(view, u.start, u.end):
        return
    dated = [sh for sh in done.get(ui - 1, []) if sh.year is not None and sh.status == "target"]
    if dated:
        for sh in yearless:
            sh.year = dated[-1].year


# a unit that opens with the other side of the figures before it (`Voor 2028 raamt het kabinet … op 2,7% bbp. Zonder
# de steun aan Oekraïne, waarvoor …, komt het percentage uit op 2,3% bbp.`): those are the other side
OTHER_SIDE = re.compile(r"\W*(?P<mark>Zonder|Exclusief|Excl\.|Inclusief|Incl\.|Met\s+inbegrip\s+van)\s+"
                         r"(?:de\s+|deze\s+|die\s+)?(?:militaire\s+)?(?:steun|bijdragen|hulp)\b", re.I)


# how far back the figures a contrast answers may stand (units, in its section): the sentence before, or one or two
# sentences further when those hold no shares (`Voor 2024 verwacht het kabinet … 2,05 procent van het bbp … . ¶ Wij
# merken daarbij op dat het aandeel in 2024 voor een belangrijk deel wordt bepaald door de militaire steun aan
# Oekraïne … . Zonder die steun ligt het aandeel in 2024 naar verwachting rond 1,8 procent.`)
_CONTRAST_REACH = 4


def the_other_side_of_a_contrast(view: str, units: Units, done: dict[int, list[GdpShare]]) -> None:
    """Measured figures without incl/excl, followed by a unit that opens with the other side (`Zonder de steun …`)
    for the same year, are the figures with (or without) the support: the nearest unit before it with shares, in the
    same section with no heading between, the units between holding none (another paragraph too: the contrast
    then names the year again)."""
    for ni, nxt in list(done.items()):
        n = units[ni]
        m = OTHER_SIDE.match(view, n.start, n.end) if nxt and not n.heading else None
        if not m:
            continue
        side = "excl" if m.group("mark").lower().startswith(("zonder", "excl")) else "incl"
        marked = [sh for sh in nxt if sh.ukraine == side]
        for ui in range(ni - 1, max(-1, ni - 1 - _CONTRAST_REACH), -1):
            u = units[ui]
            if u.heading or u.section != n.section:
                break
            shares = done.get(ui)
            if not shares:
                continue
            # (in the paragraph before, the contrast states its year itself: `Zonder die steun ligt het aandeel in
            # 2024`)
            years = {sh.year for sh in marked if u.line == n.line or YEAR_RE.search(view, n.start, n.end)}
            bases = {sh.basis for sh in marked}
            for sh in shares:
                if sh.ukraine is None and sh.year in years and sh.status in ("actual", "estimate") \
                        and (sh.basis is None or None in bases or sh.basis in bases):
                    sh.ukraine = "incl" if side == "excl" else "excl"
            break


# a sentence right after figures that says how they were counted (`Beide cijfers zijn realisatiecijfers, berekend
# volgens de NAVO-systematiek en met de militaire steun aan Oekraïne meegeteld`)
# (`Dit is de realisatie volgens de nationale berekeningswijze, inclusief de militaire steun aan Oekraïne`, `Dit is
# berekend volgens de NAVO-definitie`: `Dit is` with a word of how a figure was made, not `Dit is een grote stap`)
_THOSE_FIGURES = re.compile(
    r"\W*(?:(?:Beide|Deze|Die|Alle|Bovenstaande)\s+(?:[\w-]+\s+)?(?:cijfers|percentages|ramingen)\b"
    r"|(?:Dit|Dat)\s+(?:is|was|betreft|zijn|waren)\s+(?:(?:de|het|een)\s+)?(?:[\w-]+\s+)?"
    r"(?:realisatie\w*|raming\w*|cijfer\w*|percentage|uitkomst|berekend|gebaseerd|gemeten|inclusief|exclusief"
    r"|zonder)\b)", re.I)
# (`Voor deze categorie bestaat nog geen NAVO-definitie; dit cijfer berust daarom op de nationale afbakening`)
# (`Dit cijfer is inclusief de militaire steun aan Oekraïne`)
_THAT_FIGURE = re.compile(r"\b(?:dit|dat|het)\s+(?:cijfer|percentage)\s+(?:berust|is\s+gebaseerd|steunt"
                          r"|(?:is|was)\s+(?:inclusief|exclusief|incl\.|excl\.|zonder|berekend|gemeten|met\s+inbegrip))\b",
                          re.I)
_NEGATED = re.compile(r"\b(?:geen|niet)\b[^.;,]{0,40}$", re.I)
# `De percentages in deze paragraaf zijn berekend volgens de NAVO-definitie, tenzij anders vermeld`: the basis of
# every figure after it in its section (or, `in deze brief`, in the letter) that names none itself
_SCOPE_BASIS = re.compile(r"\b(?:[Dd]e|[Aa]lle)\s+(?:percentages|cijfers|bedragen|ramingen|aandelen)\s+in\s+"
                          r"(?:deze|dit)\s+(?P<scope>paragraaf|brief|hoofdstuk|sectie|onderdeel|tabel|bijlage)\b[^.;]{0,60}?"
                          r"\b(?:berekend|bepaald|gebaseerd|opgesteld|uitgedrukt)\b")
_SCOPE_VERBS = ("berekend", "bepaald", "gebaseerd", "opgesteld", "uitgedrukt")


def said_of_the_figures_before(view: str, units: Units, done: dict[int, list[GdpShare]]) -> None:
    """The basis and incl/excl a following sentence states of the figures before it, for the measured ones
    (actuals, estimates) that state none themselves: the next sentence, or the one after a sentence of the paragraph
    without figures (`… 2,05 procent van het bbp … . Dat is voor het eerst sinds 2008 boven de norm. Het cijfer is
    inclusief de militaire steun aan Oekraïne; zonder die steun …`); a sentence with a figure of its own only in its
    clauses before that figure's (up to the semicolon)."""
    for ui, shares in done.items():
        if not shares or ui + 1 >= len(units):
            continue
        nxt = units[ui + 1]
        if ui + 2 < len(units) and figureless(view, nxt) and not _THOSE_FIGURES.match(view, nxt.start, nxt.end) \
                and not _THAT_FIGURE.search(view, nxt.start, nxt.end) \
                and units[ui + 2].line == nxt.line == units[ui].line and not units[ui + 2].heading:
            nxt = units[ui + 2]
        said = nxt
        if fig := PCT_NUM.search(view, nxt.start, nxt.end):
            semi = view.rfind(";", nxt.start, fig.start())
            if semi < 0:
                continue               # a figure of its own in the clause: what it says is of that figure
            said = nxt._replace(end=semi)
        if not (_THOSE_FIGURES.match(view, said.start, said.end) or _THAT_FIGURE.search(view, said.start, said.end)):
            continue
        named = {b for a, _, b in bases_in(view, said) if not _NEGATED.search(view, said.start, a)}
        basis = named.pop() if len(named) == 1 else None
        mark = _ukraine_mark(view, said.start, said.end)
        for sh in shares:
            if sh.status in ("actual", "estimate"):
                sh.basis = sh.basis or basis
                sh.ukraine = sh.ukraine or mark


# a sentence without figures that says how the figures of named years were counted (`In de ramingen voor 2023 en 2024
# hierboven is die steun meegeteld`, `De cijfers over 2022 zijn exclusief de militaire steun aan Oekraïne`, `In de
# realisatie voor 2023 is de steun niet meegerekend`): every measured figure of those years in the letter
_OF_THE_YEARS = re.compile(
    r"\b(?:de|deze|die|alle|bovenstaande|genoemde|voornoemde)\s+(?:[\w-]+\s+)?(?P<kind>raming(?:en)?|cijfers?"
    r"|percentages?|realisatie(?:s|cijfers)?|uitgaven)\s+(?:voor|over|van)\s+(?:de\s+jaren\s+)?(?P<years>(?:19|20)\d\d"
    r"(?:\s*(?:,|en|tot\s+en\s+met|t/m|[-–])\s*(?:19|20)\d\d)*)", re.I)
_YEARS_KINDS = ("ram", "jfer", "percentage", "real", "tgaven")


def _ukraine_mark(view: str, start: int, end: int) -> str | None:
    """Incl/excl of the support to Ukraine a stretch says of figures elsewhere: a mark word before a Ukraine word
    (`inclusief de militaire steun aan Oekraïne`), else a verb of counting (`is die steun meegeteld`)."""
    m = MARK_ANY.search(view, start, end)
    if m and UKRAINE_WORD.search(view, m.end(), min(m.end() + 45, end)):
        return mark_of(m)
    c = COUNTED_IN.search(view, start, end)
    return counted(c) if c else None


def said_of_the_years(view: str, units: Units, done: dict[int, list[GdpShare]]) -> None:
    """Incl/excl support to Ukraine that a sentence without figures states of the figures of named years
    (`_OF_THE_YEARS`), given to the measured figures of those years that state none (estimates only when it speaks
    of `ramingen`, actuals only when of `realisatie`)."""
    for di in units_with(units, lexicon.bits(lexicon.YEAR)) if done else ():
        d = units[di]
        if di in done or not figureless(view, d):
            continue
        low = view[d.start : d.end].lower()
        # (every match holds a kind word; these pieces of them have no letter that case-folds to another)
        if not any(k in low for k in _YEARS_KINDS):
            continue
        m = _OF_THE_YEARS.search(view, d.start, d.end)
        if not m:
            continue
        mark = _ukraine_mark(view, d.start, d.end)
        if mark is None:
            continue
        ys = [int(y) for y in re.findall(r"(?:19|20)\d\d", m.group("years"))]
        if re.search(r"tot\s+en\s+met|t/m|[-–]", m.group("years")) and len(ys) == 2:
            ys = list(range(ys[0], ys[1] + 1))
        kind = m.group("kind").lower()
        statuses = {"estimate"} if kind.startswith("raming") else {"actual"} if kind.startswith("realisatie") \
            else {"actual", "estimate"}
        for shares in done.values():
            for sh in shares:
                if sh.ukraine is None and sh.year in ys and sh.status in statuses:
                    sh.ukraine = mark


def basis_declared_for_a_scope(view: str, units: Units, done: dict[int, list[GdpShare]]) -> None:
    """A sentence that sets the basis of the figures of its section or letter (`_SCOPE_BASIS`) gives it to the
    measured figures after it there that name none."""
    for di in units_with(units, lexicon.bit(BASIS)) if done else ():
        a, b = units.starts[di], units.ends[di]
        # (every match ends in one of its verbs, as written: the pattern runs only where one stands)
        if all(view.find(verb, a, b) < 0 for verb in _SCOPE_VERBS):
            continue
        d = units[di]
        m = _SCOPE_BASIS.search(view, d.start, d.end)
        if not m:
            continue
        named = {b for a, _, b in bases_in(view, d) if not _NEGATED.search(view, d.start, a)}
        if len(named) != 1:
            continue
        basis, letter_wide = named.pop(), m.group("scope") == "brief"
        for ui, shares in done.items():
            if ui >= di and (letter_wide or units[ui].section == d.section):
                for sh in shares:
                    if sh.basis is None and sh.status in ("actual", "estimate"):
                        sh.basis = basis


def heading_names_bbp(doc: Document, u: Unit, memo: dict[int, bool]) -> bool:
    """Does the heading of the unit's section name the bbp?"""
    if u.section < 0 or u.heading:
        return False
    if u.section not in memo:
        h = doc.headings[u.section]
        memo[u.section] = bool(BBP_ANY.search(doc.view, h.start, h.end))
    return memo[u.section]


def share_in_lists(view: str, figs: list[Fig], shares: list[GdpShare]) -> None:
    """Figures of one list (`naar 3,5% en 1,5% in 2035`, `1,9% en 2,1% …, beide exclusief steun
    aan Oekraïne`) share the year and the incl/excl Ukraine marker stated once for the list."""
    for i in range(len(shares) - 1):
        if not LIST_JOIN.match(view, figs[i].ev_end, figs[i + 1].start):
            continue
        a, b = shares[i], shares[i + 1]
        if a.ukraine is None and b.ukraine is not None:
            a.ukraine = b.ukraine
        elif b.ukraine is None and a.ukraine is not None:
            b.ukraine = a.ukraine
    for i in range(len(shares) - 2, -1, -1):     # a year after the last figure reaches back along the list
        if shares[i].year is None and shares[i + 1].year is not None and shares[i].status == shares[i + 1].status \
                and LIST_JOIN.match(view, figs[i].ev_end, figs[i + 1].start):
            shares[i].year = shares[i + 1].year


def split_of_the_norm(shares: list[GdpShare]) -> None:
    """The 5% norm splits into 3,5% defence and 1,5% related spending: a 1,5% target named beside
    a 3,5% target without a category of its own is the related share (`naar 3,5% en 1,5% in 2035`)."""
    if any(s.value == 3.5 and s.status == "target" for s in shares):
        for s in shares:
            if s.value == 1.5 and s.status == "target" and s.category == "defence":
                s.category = "related"


def pair_respectively(view: str, u: Unit, prev: Unit | None, placed: list[tuple[int, GdpShare]]) -> None:
    """`respectievelijk 1,8% en 2,28%` after `€21,4 miljard exclusief … en €27 miljard inclusief …`:
    the figures after `respectievelijk` take the incl/excl markers in order, from their own
    sentence or, when it has none, from the one before."""
    m = RESPECTIVELY.search(view, u.start, u.end)
    if not m:
        return
    # (the figures of its clause: `In 2014 en 2015 bedroegen de uitgaven 1,15% respectievelijk 1,13% van het bbp; in
    # 2016 kwamen zij uit op 1,16%`: the figure after the semicolon has a year of its own)
    stop = CLAUSE_STOP.search(view, m.end(), u.end)
    end = stop.start() if stop else u.end
    group = [sh for pos, sh in placed if m.start() <= pos < end]
    first = m.start()
    before = [(pos, sh) for pos, sh in placed if pos < m.start()]
    if len(group) == 1 and before and m.start() - before[-1][0] <= 40 \
            and not CLAUSE_STOP.search(view, before[-1][0], m.start()):
        # `2,4% respectievelijk 2,6%`: the word between the figures, the one before it the first of the pair
        first, sh = before[-1]
        group.insert(0, sh)
    if len(group) < 2:
        return
    marks = marks_in(view, u) or (marks_in(view, prev) if prev is not None else [])
    if len(marks) == len(group):
        for s, mark in zip(group, marks, strict=True):
            s.ukraine = mark
    # `in 2026 en 2027 uit op respectievelijk 2,31% en 2,42%`: the years before it, in order
    years = [y for pos, y, _ in years_in(view, Unit(u.start, first, u.line, -1))]
    if len(years) == len(group):
        for s, y in zip(group, years, strict=True):
            s.year = y


def pair_with_previous(prev: list[GdpShare], shares: list[GdpShare], stated_years: bool) -> None:
    """`Zonder deze steun gaat het om 1,96% en 2,08%` after `respectievelijk 2,31% en 2,42%` for two years:
    the same years, in order, when the sentence states none of its own."""
    if stated_years or len(shares) < 2 or len(prev) != len(shares):
        return
    if len({p.year for p in prev}) == len(prev):
        for s, p in zip(shares, prev, strict=True):
            s.year = p.year
