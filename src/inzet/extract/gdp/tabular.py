"""GDP shares in tables and rows: tables under a caption naming the bbp, rows by year and columns of years (see
`inzet.extract.tables`), and the rows of a list a sentence opens with its colon."""

from __future__ import annotations

import re

from inzet.extract import lexicon, tables
from inzet.extract.gdp.passes import OTHER_SIDE
from inzet.extract.gdp.reading import cues_in, unit_basis, years_in
from inzet.extract.gdp.vocab import (
    BASIS_SCAN,
    BBP_ANY,
    MARK_ANY,
    NOT_MEASURE_PREPS,
    RELATED,
    RULE,
    SPENDING_LEVEL,
    STATUS_CUES,
    TOTAL,
    TRIGGER,
    UKRAINE_WORD,
    mark_of,
)
from inzet.extract.money import Unit, Units, units_with
from inzet.extract.segment import Document
from inzet.model import GdpShare, Span

# a row of a list a sentence about GDP shares opens with its colon (`Volgens de ramingen voldeden in 2015 vijf
# bondgenoten aan de norm van 2 procent:` over `Verenigde Staten\t3,62 procent`, `Polen: 2,00%`, `• Estland 2,04%`)
_LIST_ROW = re.compile(r"[ \t•*-]*(?P<label>[^\d\t:;.,]{2,60}?)(?:[ \t]*\t[ \t]*|:[ \t]*|[ \t]+)"
                       r"(?P<fig>(?P<num>\d(?:[.,]\d{1,2})?)[ \t\u00a0]*(?:%|procent\b))[ \t]*$")


def rows_after_a_colon(doc: Document, units: Units, done: dict[int, list[GdpShare]], this_year: int | None,
                        memo: dict[int, list[tuple[int, int, str]]]) -> list[GdpShare]:
    """The shares of the rows of a list (each `label  x procent` on a line of its own) that a sentence naming GDP
    shares or the norm opens with a colon: the year the opening states, the status of its words other than the
    norm's (the figures are measured against it: `Volgens de ramingen voldeden …` is an estimate), its basis."""
    view, out = doc.view, []
    for ui in units_with(units, lexicon.bits(*TRIGGER)):
        u = units[ui]
        if u.heading or not view[u.start : u.end].rstrip().endswith(":") \
                or not (done.get(ui) or BBP_ANY.search(view, u.start, u.end)):
            continue
        stated = [y for _, y, prep in years_in(view, u, this_year) if prep not in NOT_MEASURE_PREPS]
        cues = [c for c in cues_in(view, u, memo) if c[2] in ("estimate", "actual")]
        status = cues[-1][2] if cues else "actual"
        basis = unit_basis(view, u)
        k = ui + 1
        while k < len(units) and not units[k].heading and units[k].line == units[k - 1].line + 1:
            r = units[k]
            m = _LIST_ROW.fullmatch(view, r.start, r.end)
            if not m:
                break
            value = float(m.group("num").replace(",", "."))
            if value < 10 and not done.get(k):
                text, span = doc.evidence(m.start("fig"), m.end("fig"))
                out.append(GdpShare(value=value, text=text, span=span, year=stated[-1] if stated else None,
                                    basis=basis, status=status, rule=RULE))
            k += 1
    return out


def _caption_says(caption: str) -> tuple[str | None, str | None]:
    """The basis (when it names one) and the incl/excl of support to Ukraine a table's caption states of its rows."""
    bases = {m.lastgroup for m in BASIS_SCAN.finditer(caption)}
    mark = MARK_ANY.search(caption)
    return (bases.pop() if len(bases) == 1 else None,
            mark_of(mark) if mark and UKRAINE_WORD.search(caption, mark.end()) else None)


# a table of shares: its caption says they are of the bbp (`Tabel 1. Nederlandse uitgaven in procenten van het bbp
# (NAVO-definitie, inclusief militaire steun aan Oekraïne)`), a header row gives the years (`2026 (realisatie)
# 2027 (raming)`), each row a category and one figure a year
_TABLE_CAPTION = re.compile(r"^[ \t]*(?:Tabel|TABEL)\b[^\n]*?(?:procent|%)[^\n]*?"
                            r"(?:bbp|BBP|bruto\s+binnenlands\s+product)[^\n]*$", re.MULTILINE)
_HEADER_YEAR = re.compile(r"(?P<y>(?:19|20)\d\d)(?!\d)(?:[ \t]*\((?P<w>[^)\n]{1,24})\))?")
_CELL = re.compile(r"(?<![\w,.])(?P<num>\d{1,2}(?:,\d{1,3})?)(?![\w,.])")


def table_shares(doc: Document) -> list[GdpShare]:
    """The shares of the tables whose caption names the bbp: one a cell, its year from the header row above it
    (its status from the word in brackets there), its category from the row's label, basis and incl/excl from
    the caption."""
    view, out = doc.view, []
    for cap in _TABLE_CAPTION.finditer(view):
        caption = cap.group(0)
        basis, mark = _caption_says(caption)
        years: list[tuple[int, int, str]] = []
        for pos, line in doc.stored_lines(cap.end()):      # (the rows as written: the view may join them)
            if not line.strip():
                if years:
                    break                      # the blank line after the rows ends the table
                continue
            if not years:
                years = [(m.start(), int(m.group("y")), m.group("w") or "") for m in _HEADER_YEAR.finditer(line)]
                if len(years) < 2:
                    break                      # no header row of years: not a table of this shape
                continue
            cells = list(_CELL.finditer(line))
            label = line[: cells[0].start()].strip() if cells else ""
            if len(cells) != len(years) or not label or any(c.isdigit() for c in label):
                break
            category = "related" if RELATED.search(label) else "total" if TOTAL.search(label) else "defence"
            for c, (_, year, word) in zip(cells, years, strict=True):
                # (the header's word in brackets read with the status cues of the prose: `realisatie`, `raming`)
                status = next((st for rx, st in STATUS_CUES if rx.search(word)), "estimate")
                span = Span(pos + c.start(), pos + c.end())
                out.append(GdpShare(value=float(c.group("num").replace(",", ".")), text=c.group("num"), span=span,
                                    year=year, category=category, basis=basis, ukraine=mark, status=status,
                                    rule=RULE))
    return out


# a table of shares by year (`Tabel 2 Defensie-uitgaven volgens de NAVO-definitie` over rows `2024: 2,00%`): its
# caption names the bbp or defence spending, not a share of that spending (`aandeel investeringen`)
_ROWS_CAPTION = re.compile(r"^[ \t*]*(?:Tabel|TABEL)\b[^\n]*$", re.MULTILINE)
# a caption that gives its rows' unit, a share (`(raming, % bbp)`, `in procenten van het bbp`): rows may leave the `%`
_SHARE_UNIT = re.compile(r"%|\bprocent|\bpercentage", re.I)
_OF_SPENDING = re.compile(r"\bvan\s+de\s+(?:[\w-]+\s+)?(?:defensie-?)?uitgaven\b|\binvestering|\baandeel\s+(?!bbp)",
                          re.I)


def year_row_shares(doc: Document, units: Units, done: dict[int, list[GdpShare]],
                     this_year: int | None) -> list[GdpShare]:
    """The shares of the tables of rows by year (`2024: 2,00%`, see `tables.year_rows`) under a caption that names
    the bbp or defence spending: basis, incl/excl and category from the caption, status from the row's word in
    brackets (`2026 (raming)`), else from the text when it states the figure for that year too (`in 2024 te voldoen
    aan de NAVO-norm van 2 procent van het bbp, en ook in 2025 op die hoogte uit te komen`), else a measure. Under a
    caption that gives the unit (`Tabel 2 Groeipad (raming, % bbp)`) the rows may leave the `%` out (`2021\t1,34`)."""
    view, out = doc.view, []
    for cap in _ROWS_CAPTION.finditer(view):
        caption = cap.group(0)
        if not (BBP_ANY.search(caption) or SPENDING_LEVEL.search(caption)) or _OF_SPENDING.search(caption):
            continue
        rows = tables.year_rows(doc, cap.end(), bare=bool(BBP_ANY.search(caption) and _SHARE_UNIT.search(caption)))
        if len(rows) < 2 or any(r.value >= 10 for r in rows):
            continue
        basis, mark = _caption_says(caption)
        category = "related" if RELATED.search(caption) else "total" if TOTAL.search(caption) else "defence"
        said = next((st for rx, st in STATUS_CUES if st in ("estimate", "actual") and rx.search(caption)), None)
        for r in rows:
            status = next((st for rx, st in STATUS_CUES if rx.search(r.word)), None) if r.word else None
            stated = None if status else _stated_for_the_year(view, units, done, r.year, r.value, category, this_year)
            share = GdpShare(value=r.value, text=r.text, span=r.span, year=r.year, category=category, basis=basis,
                             ukraine=mark, status=status or (stated.status if stated else said or "actual"), rule=RULE)
            out.append(share)
    return out


# a column of shares in a table by year (`Jaar\tDefensie-uitgaven in % bbp\tInvesteringen in % defensie-uitgaven`, see
# `tables.year_columns`): its header names the bbp (`% bbp`, `in procenten van het bbp`), not a share of the spending
_PCT_LABEL = re.compile(r"%|procent|percentage|aandeel|\bbbp\b", re.I)


# a column header with a unit of its own (`Uitgaven (€ mld.)`, `Investeringen in % begroting`): not the caption's share
_OWN_UNIT = re.compile(r"%|procent|percentage|aandeel|€|\bEUR\b|\bmln\b|\bmld\b|miljoen|miljard|\bbedrag", re.I)


def _caption_gives_the_share(caption: str) -> bool:
    """Does a table's caption give its cells' unit as a share of the bbp (`(NAVO-definitie, in % bbp)`, `in procenten
    van het bbp`), not a share of the spending (`aandeel investeringen`)?"""
    return bool(BBP_ANY.search(caption) and _SHARE_UNIT.search(caption) and not _OF_SPENDING.search(caption))


def _one_basis(*texts: str) -> str | None:
    """The calculation method of the first text that names one (None when it names two)."""
    for t in texts:
        bases = {m.lastgroup for m in BASIS_SCAN.finditer(t)}
        if bases:
            return bases.pop() if len(bases) == 1 else None
    return None


def column_shares(doc: Document) -> tuple[list[GdpShare], list[Span]]:
    """The shares of the columns of tables by year whose header names the bbp (or, for the one column of figures in
    percent, whose caption, the sentence before the table, does): category, basis and incl/excl from the header,
    else the caption, else (basis) the section heading; status from the row's word, its column of words or its note
    (`* raming`), else a measure; with the stored spans of those tables."""
    view, out, read = doc.view, [], []
    for t in tables.year_columns(doc):
        k = t.start
        while k > 0 and view[k - 1].isspace():
            k -= 1
        cap_s = doc.sentence_at(k - 1) if k else None
        # (up to the header: a view that reads the rows as wrapped prose has them in the caption's sentence)
        caption = view[cap_s.start : min(cap_s.end, k)] if cap_s else ""
        heading = (doc.section_title(cap_s) or "") if cap_s else ""
        if cap_s is None and k:
            # a caption without a full stop, read as the heading right above the table (`Tabel 3 Defensie-uitgaven als
            # percentage van het bbp (nationale definitie)`)
            caption = next((h.title for h in doc.headings if h.start < k <= h.end), "")
        named = [i for i, lab in enumerate(t.labels) if BBP_ANY.search(lab) and not _OF_SPENDING.search(lab)]
        if not named and len(t.labels) == 1 and _PCT_LABEL.search(t.labels[0]) and BBP_ANY.search(caption) \
                and not _OF_SPENDING.search(t.labels[0]):
            named = [0]
        if not named and _caption_gives_the_share(caption):
            # (`Tabel 1. Uitgavenpad kern- en gerelateerde uitgaven (NAVO-definitie, in % bbp)` over `Jaar\tKern\t
            # Gerelateerd\tStatus`: the caption's unit is every column's that states none of its own)
            named = [i for i, lab in enumerate(t.labels) if not _OWN_UNIT.search(lab) and not _OF_SPENDING.search(lab)]
        for i in named:
            cells = t.columns[i]
            if not cells or any(c.value >= 10 for c in cells):
                continue
            label = t.labels[i]
            basis = _one_basis(label, caption, heading)
            mark = next((mark_of(m) for src in (label, caption) if (m := MARK_ANY.search(src))
                         and UKRAINE_WORD.search(src, m.end())), None)
            category = "related" if RELATED.search(label) else "total" if TOTAL.search(label) else "defence"
            for c in cells:
                status = next((st for rx, st in STATUS_CUES if rx.search(c.word)), None) if c.word else None
                out.append(GdpShare(value=c.value, text=c.text, span=c.span, year=c.year, category=category,
                                    basis=basis, ukraine=mark, status=status or "actual", rule=RULE))
            read.append(Span(doc.span(t.start, t.start).start, t.end))
    return out, read


def _stated_for_the_year(view: str, units: Units, done: dict[int, list[GdpShare]], year: int, value: float,
                         category: str, this_year: int | None) -> GdpShare | None:
    """The figure of the text with this value and category whose sentence names the year too."""
    for ui, shares in done.items():
        for sh in shares:
            if sh.value == value and sh.category == category \
                    and year in {y for _, y, _ in years_in(view, units[ui], this_year)}:
                return sh
    return None


# a line under a table that gives its source or a note (`Bron: NAVO, Defence Expenditure …`, `Noot: cijfers 2024 zijn
# voorlopig`): still the table's, not prose
_SOURCE_LINES = re.compile(r"(?:\s*(?:Bron(?:nen)?|Noot|Toelichting)[ \t]*:[^\n]*)*\s*")


def right_after(doc: Document, read: list[Span], u: Unit) -> bool:
    """Does the unit follow one of the tables at these stored spans, only blank lines and its source lines between?"""
    if not read:
        return False
    a = doc.span(u.start, u.start).start
    return any(t.end <= a and _SOURCE_LINES.fullmatch(doc.text, t.end, a) for t in read)


def in_a_table(doc: Document, read: list[Span], vpos: int) -> bool:
    """Does view offset `vpos` lie in one of the tables at these stored spans (a cell the table reader reads, not
    prose)?"""
    a = doc.span(vpos, vpos).start
    return any(t.start <= a < t.end for t in read)


def the_other_side_of_a_table(doc: Document, units: Units, done: dict[int, list[GdpShare]], read: list[Span],
                              tabled: list[GdpShare]) -> None:
    """The figures of a unit that opens with the other side of a table's figures, in the paragraph right after that
    table of shares (`Zonder de militaire steun aan Oekraïne komen de kernuitgaven in 2026 uit op 2,21%` under a table
    `… (NAVO-definitie, inclusief militaire steun aan Oekraïne)`), are counted by the table's method: the basis of its
    figure of the same year and category, when they name none."""
    for ui, shares in done.items():
        u = units[ui]
        if not shares or u.heading or not OTHER_SIDE.match(doc.view, u.start, u.end):
            continue
        first = ui                             # (in the paragraph right after the table: its first sentence's place)
        while first > 0 and not units[first - 1].heading and units[first - 1].line == u.line:
            first -= 1
        if not right_after(doc, read, units[first]):
            continue
        for sh in shares:
            bases = {t.basis for t in tabled if t.year == sh.year and t.category == sh.category and t.basis}
            if sh.basis is None and len(bases) == 1:
                sh.basis = bases.pop()
