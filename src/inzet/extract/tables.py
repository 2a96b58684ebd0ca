"""Tables of sums whose unit line scales their cells (`Tabel 1 Extra middelen (bedragen x € 1 mln.)`).

The letters write the unit of a table's cells once, in its caption or header, in a few forms:
`(bedragen x € 1 mln.)`, `(x € 1.000)`, `(x €1 miljoen)`, `(EUR x 1 mln)`, `(x 1.000 euro)`, `(bedragen in
miljoenen euro)`, `Bedragen in € mln.`, `(in mln. EUR)`, `(€ mln.)`, `(in miljarden euro's)`. The sum such a line
writes (`€ 1 mln.`) is no sum but the unit. The table is the rows below it, to the first blank line after them: a
row is a label and cells set apart by tabs, a column gap or `|`; a header row of years (`2022 2023 2024`) and a
row of percentages hold no sums; a cell `1.247` under `x € 1 mln.` is € 1 247 000 000.

Tables of shares are read here too, for gdp: rows by year (`2024: 2,00%`, `year_rows`), and rows of years under a
header row that names the columns (`Jaar\tDefensie-uitgaven in % bbp\tInvesteringen in % defensie-uitgaven` over
`2019*\t1,36\t24,3` and the note `* raming`, `year_columns`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from inzet.extract.dutch import CURRENCY_OF, SCALES, SUM_SCALE_RE, parse_number
from inzet.extract.segment import COLUMN_GAP, Document
from inzet.model import Span

_WS = r"[ \t\u00a0\u202f]"
_CURRENCY = r"€|EUR|USD|US\$|\$|GBP|£|(?i:euro['’]?s?|dollars?)"
_CUR = rf"(?P<cur>{_CURRENCY})"
# (the plurals `miljoenen`, `miljarden`, `duizenden` of `bedragen in miljoenen euro` are lookup words of scales.tsv)
_SC = r"(?P<scale>(?i:mln|mld|mrd|dzd|miljoenen|miljarden|duizenden|miljoen|miljard|duizend))\.?"
_ONE = r"(?P<one>1(?:[.\u00a0\u202f ]?000)*)(?!\d)"
_TIMES = r"(?:x|×|maal)"
# the forms with a multiplication sign, read anywhere on a line: `x € 1 mln.`, `EUR x 1 mln`, `x 1.000 euro`
_TIMES_FORMS = (rf"{_TIMES}{_WS}*{_CUR}{_WS}*{_ONE}(?:{_WS}*{_SC})?",
                rf"{_CUR}{_WS}*{_TIMES}{_WS}*{_ONE}(?:{_WS}*{_SC})?",
                rf"{_TIMES}{_WS}*{_ONE}{_WS}*(?:{_SC}{_WS}*)?{_CUR}")
# the forms without one, read in brackets or after `bedragen`: `in € mln.`, `in mln. EUR`, `in miljoenen euro`; and
# the currency alone, when the cells write their own scale word (`(bedragen in euro)` over `12,0 mld.`)
_PLAIN_FORMS = (rf"(?:in{_WS}+)?{_CUR}{_WS}*{_SC}", rf"(?:in{_WS}+)?{_SC}{_WS}*{_CUR}",
                rf"in{_WS}+{_CUR}(?={_WS}*\))")


def _alternation(forms: tuple[str, ...], tag: str) -> str:
    """The forms as one alternative, their groups renamed apart (`cur` → `cur_t0`), so one regex holds them."""
    return "|".join(re.sub(r"\(\?P<(\w+)>", rf"(?P<\1_{tag}{i}>", f) for i, f in enumerate(forms))


# (the first-character test lets the engine skip most positions before it tries the lookbehind: `x`, `×`, `maal`, a
# currency, a bracket or `bedragen` opens every form)
UNIT_RE = re.compile(
    r"(?=[x×m€EUG$£eEdD(Bb])"
    rf"(?:(?<![\w-])(?:{_alternation(_TIMES_FORMS, 't')})(?![\w-])"
    rf"|(?:\({_WS}*(?:[Bb]edragen{_WS}+)?|[Bb]edragen{_WS}+)(?:{_alternation(_PLAIN_FORMS, 'p')})(?![\w-]))")
_CELL_SPLIT = re.compile(rf"\t+|{COLUMN_GAP.pattern}|[ \t]*\|[ \t]*")   # the view's column gap, or a tab or `|`


def split_cells(line: str) -> list[str]:
    """A stored line's table cells: split at the view's column gap, a tab or a `|` (empty cells dropped)."""
    return [c for c in _CELL_SPLIT.split(line.strip()) if c]


def may_hold_cells(text: str) -> bool:
    """Could the text hold a table row (a tab, a `|` or a column gap)? The cheap test before `split_cells`: most
    lines, and many letters, are prose."""
    return "\t" in text or "|" in text or "   " in text


_NUMBER = re.compile(r"[-–−]?[ ]?(?P<num>\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?)")
# a cell that writes its sum with its own scale word, a currency before or after it optional: `12,0 mld.`, `€ 1,2 mld.`,
# `350 mln. euro`
_SUM_CELL = re.compile(rf"(?:(?P<pre>{_CURRENCY}){_WS}*)?(?P<num>\d{{1,3}}(?:\.\d{{3}})+(?:,\d+)?|\d+(?:,\d+)?)"
                       rf"{_WS}*(?P<scale>{SUM_SCALE_RE})(?:{_WS}*(?P<suf>{_CURRENCY}))?")
_YEAR = re.compile(r"(?:19|20)\d\d")
_RULE_ROW = re.compile(r"[\s|:+-]*")          # a markdown table's `|---|---|` line


@dataclass(frozen=True, slots=True)
class UnitLine:
    """A table's unit (`x € 1 mln.`): its view interval, the factor and currency of the cells under it."""

    start: int
    end: int
    factor: float
    currency: str


@dataclass(frozen=True, slots=True)
class Cell:
    """A sum in a table under a unit line: its stored span and text, its value in units of `currency`, the row's
    label (`Coalitieakkoord`) and the unit line above it."""

    span: Span
    text: str
    value: float
    currency: str
    label: str
    unit: UnitLine


def _unit(m: re.Match[str]) -> UnitLine | None:
    """The unit a match of UNIT_RE states, or None when its words name none (`(€ 1 miljoen)` without `x`)."""
    found = {k.rsplit("_", 1)[0]: v for k, v in m.groupdict().items() if v}
    currency = CURRENCY_OF.get(" ".join(found.get("cur", "").lower().split()))
    if currency is None:
        return None
    factor = 1.0
    if "one" in found:
        factor = float(re.sub(r"\D", "", found["one"]))
    if "scale" in found:
        factor *= SCALES.get(found["scale"].lower().rstrip("."), 0.0)
    if factor <= 1.0 and ("one" in found or "scale" in found):
        return None                            # (`x € 1`: no unit; the currency alone is, for cells with a scale word)
    return UnitLine(m.start(), m.end(), factor, currency)


def _may_hold_unit(line: str) -> bool:
    """Does a view line hold what every match of UNIT_RE does (it never spans a line break): a multiplication sign,
    a bracket or `bedragen`, and a currency?"""
    if not ("x" in line or "×" in line or "(" in line or "maal" in line or "edragen" in line):
        return False
    if "€" in line or "$" in line or "£" in line or "EUR" in line or "USD" in line or "GBP" in line:
        return True
    low = line.lower()      # (only to test for `(?i:euro|dollar)`: the match is made on the line as written)
    return "euro" in low or "dollar" in low


def unit_lines(doc: Document) -> list[UnitLine]:
    """The unit lines of the letter's tables (a letter has none, or one a table)."""
    view = doc.view
    out: list[UnitLine] = []
    pos = 0
    for line in view.split("\n"):
        # (a gate: most lines lack a currency or a sign before it, and UNIT_RE is slow to rule a line out)
        if _may_hold_unit(line):
            out += [u for m in UNIT_RE.finditer(view, pos, pos + len(line)) if (u := _unit(m)) is not None]
        pos += len(line) + 1
    return out


def _cells(line: str, trim: str = " *_") -> list[tuple[int, int, str]]:
    """(start, end, text) of the cells of a table row, blanks and markdown emphasis (or the characters `trim`
    names) trimmed."""
    out, pos = [], 0
    for sep in [*_CELL_SPLIT.finditer(line), None]:
        end = sep.start() if sep else len(line)
        a, b = pos, end
        while a < b and line[a] in trim:
            a += 1
        while b > a and line[b - 1] in trim:
            b -= 1
        if a < b:
            out.append((a, b, line[a:b]))
        pos = sep.end() if sep else end
    return out


def unit_cells(doc: Document) -> tuple[list[UnitLine], list[Cell]]:
    """The unit lines and the sums of the rows under each (kept with the document: read once)."""
    found = doc.derived.get("tables.units")
    if found is None:
        units = unit_lines(doc)
        found = doc.derived["tables.units"] = (units, [c for u in units for c in _table(doc, u)])
    return found


# a header cell of a column of shares, not of sums (`% bbp`, `Investeringen (% defensie-uitgaven)`, `in procenten`)
_SHARE_HEADER = re.compile(r"%|\bprocent|\bpercentage|\baandeel\b|\bbbp\b", re.IGNORECASE)


def _share_columns(text: str, start: int, end: int) -> tuple[int, set[int]]:
    """When the unit at stored [start, end) heads a column of a header row (`Jaar\tUitgaven (€ mld.)\t% bbp`): the
    row's number of cells and the columns not its own: those whose header names a share (no sums), or a unit of its
    own (read under that unit). (0, set()) when the unit opens its line or stands alone on it: a caption, whose unit
    every cell has."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    cells = _cells(text[line_start:line_end])
    at = next((i for i, (a, b, _) in enumerate(cells) if a <= start - line_start < b), 0)
    if at == 0:
        return 0, set()
    return len(cells), {i for i, (_, _, c) in enumerate(cells) if i != at and (
        _SHARE_HEADER.search(c) or (_may_hold_unit(c) and any(_unit(m) for m in UNIT_RE.finditer(c))))}


def _table(doc: Document, unit: UnitLine) -> list[Cell]:
    """The sums of the rows after a unit line: from the rest of its line to the blank line after the rows (in a
    row with the header's cells, none under a header that names a share or another unit)."""
    text = doc.text
    after = doc.span(unit.end, unit.end).start
    line_end = text.find("\n", after)
    line_end = len(text) if line_end < 0 else line_end
    width, shares = _share_columns(text, doc.span(unit.start, unit.start).start, after)
    lines = [(after, text[after:line_end])]
    lines += list(doc.stored_lines(unit.end)) if line_end < len(text) else []
    out: list[Cell] = []
    rows = blanks = 0
    for k, (pos, line) in enumerate(lines):
        if not line.strip():
            blanks += 1
            if rows or blanks > 1:
                break                          # the blank line after the rows (or two before any)
            continue
        if _RULE_ROW.fullmatch(line):
            continue                           # a markdown table's `|---|---|`
        cells = _cells(line)
        numbers = [(a, b, m) for a, b, c in cells if (m := _NUMBER.fullmatch(c))] if unit.factor > 1 else []
        sums = [(a, b, m) for a, b, c in cells if (m := _SUM_CELL.fullmatch(c))]
        if k == 0 and not numbers and not sums:
            continue                           # the caption's own words after the unit
        if len(cells) < 2 and k > 0:
            break                              # prose: no (more) rows
        if any("%" in c for _, _, c in cells) and not sums:
            rows += 1
            continue                           # a row of shares, not of sums
        years = [m.group() for _, _, m in numbers]
        if not sums and all(_YEAR.fullmatch(y) for y in years) and years == sorted(years):
            rows += 1
            continue                           # the header row of years (or a row of labels)
        if shares and len(cells) == width:
            column = {a: i for i, (a, _, _) in enumerate(cells)}
            numbers = [n for n in numbers if column[n[0]] not in shares]
        label = cells[0][2] if not _NUMBER.fullmatch(cells[0][2]) else ""
        if not label and (len(numbers) > 1 or sums) and _YEAR.fullmatch(cells[0][2]):
            # a row by year (`2020\t14,2\t9,6\t23,8` under `Jaar\tPersoneel\t…`): its first cell, a year, is its label
            label, numbers = cells[0][2], [n for n in numbers if n[0] != cells[0][0]]
        for a, _, m in sums:
            # (a cell with its own scale word, `12,0 mld.` under `(bedragen in euro)`: that scale, not the unit's)
            cur = m.group("pre") or m.group("suf")
            currency = CURRENCY_OF.get(" ".join(cur.lower().split()), unit.currency) if cur else unit.currency
            value = parse_number(m.group("num"), scaled=True) * SCALES.get(m.group("scale").lower(), 0.0)
            if value:
                s, e = pos + a + m.start(), pos + a + m.end()
                out.append(Cell(Span(s, e), text[s:e], round(value, 2), currency, label, unit))
        for a, _, m in numbers:
            try:
                value = parse_number(m.group("num")) * unit.factor
            except ValueError:
                continue
            if value:
                s, e = pos + a + m.start("num"), pos + a + m.end("num")
                out.append(Cell(Span(s, e), text[s:e], round(value, 2), unit.currency, label, unit))
        rows += 1
    return out


# a row of a table of shares by year: `2024: 2,00%`, `2026 (raming)\t1,86%`, `| 2025 | 2,0% |`, `2023  1,73 procent`
_ROW_YEAR = r"[ \t|*]*(?P<y>(?:19|20)\d\d)(?:[ \t]*\((?P<w>[^)\n]{1,24})\))?[ \t*]*(?::|\t|[ ]{2,}|\|)[ \t|*]*"
_ROW_SIGN = r"[ \t]*(?:%|procent)"
_ROW_AFTER = r"(?:[ \t]*\((?P<w2>[^)\n]{1,24})\))?[ \t|*]*"
_YEAR_ROW = re.compile(rf"{_ROW_YEAR}(?P<ev>(?P<v>\d{{1,2}}(?:,\d{{1,3}})?){_ROW_SIGN}){_ROW_AFTER}")
# the same row without the sign, under a caption that gives it for every row (`Tabel 2 Groeipad (raming, % bbp)` over
# `2021\t1,34`)
_BARE_YEAR_ROW = re.compile(rf"{_ROW_YEAR}(?P<ev>(?P<v>\d{{1,2}}(?:,\d{{1,3}})?)(?:{_ROW_SIGN})?){_ROW_AFTER}")


@dataclass(frozen=True, slots=True)
class YearRow:
    """A row `2024: 2,00%`: the stored span and text of its figure, the year, the value, the word in brackets
    beside it (`raming`, `realisatie`) or ''."""

    span: Span
    text: str
    year: int
    value: float
    word: str


def year_rows(doc: Document, vstart: int, bare: bool = False) -> list[YearRow]:
    """The rows of shares by year on the lines after view offset `vstart` (a caption's end), to the first line
    that is not one (a blank line before them allowed); `bare`: the caption gives the `%`, the rows may leave it."""
    row_re = _BARE_YEAR_ROW if bare else _YEAR_ROW
    out: list[YearRow] = []
    blanks = 0
    for pos, line in doc.stored_lines(vstart):
        if not line.strip():
            blanks += 1
            if out or blanks > 1:
                break
            continue
        if _RULE_ROW.fullmatch(line):
            continue
        m = row_re.fullmatch(line)
        if m is None:
            if out or not line.lstrip(" \t|*").lower().startswith(("jaar", "year")):
                break
            continue                           # a header row `Jaar | Percentage`
        s, e = pos + m.start("ev"), pos + m.end("ev")
        out.append(YearRow(Span(s, e), doc.text[s:e], int(m.group("y")), float(m.group("v").replace(",", ".")),
                           m.group("w") or m.group("w2") or ""))
    return out


# a table of figures by year in columns a header row names (`Jaar\tDefensie-uitgaven in % bbp\tInvesteringen in %
# defensie-uitgaven`), a row a year (`2019*\t1,36\t24,3`, `| 2020 (raming) | 1,38% | 25,1% |`), a note under the rows
# for the years it marks (`* raming`, `*) geraamd`, `¹ voorlopige cijfers`)
YEARS_HEADER = re.compile(r"^[ \t|*]*(?:Jaar|JAAR|Jaartal|Year)[ \t*]*(?:\t|[ ]{2,}|\|)[^\n]*$", re.MULTILINE)
_MARK = r"\*{1,3}|[¹²³]|\([a-z1-9]\)"
_YEAR_CELL = re.compile(rf"(?P<y>(?:19|20)\d\d)[ \t]*(?P<mark>{_MARK})?(?:[ \t]*\((?P<w>[^)\n]{{1,24}})\))?")
_FIG_CELL = re.compile(r"(?P<ev>(?P<num>\d{1,3}(?:,\d{1,3})?)(?:[ \t]*(?:%|procent))?)[ \t]*(?P<mark>\*{1,3}|[¹²³])?")
_NO_FIG = re.compile(r"[-–—]|n\.?\s?[bv]\.?|\.\.?\.?|")      # an empty cell: `-`, `n.b.`, `n.v.t.`
_WORD_CELL = re.compile(r"[^\W\d_][^\W\d]*(?:[ -][^\W\d]+){0,3}")     # `raming`, `voorlopige realisatie`
_NOTE = re.compile(rf"[ \t]*(?P<mark>{_MARK})[ \t]*[)=:]?[ \t]*(?P<w>\S[^\n]{{0,80}})")


@dataclass(frozen=True, slots=True)
class ColumnCell:
    """A figure of a year-by-column table: its stored span and text, value, the row's year and the row's word (in
    brackets beside the year, or the note under the rows for its mark: `raming`), or ''."""

    span: Span
    text: str
    value: float
    year: int
    word: str


@dataclass(frozen=True, slots=True)
class YearColumns:
    """A table whose rows are years and whose header row names its columns: the header's view interval, the labels
    of the figure columns and, for each, its cells; `end` is the stored offset where the table (its notes too) ends."""

    start: int
    end: int
    labels: list[str]
    columns: list[list[ColumnCell]]


def _split(line: str) -> list[tuple[int, str]]:
    """(start, text) of the cells of a row, blanks and `|` trimmed (markers such as `*` kept)."""
    return [(a, cell) for a, _b, cell in _cells(line, " |")]


def year_columns(doc: Document) -> list[YearColumns]:
    """The tables of figures by year whose header row opens with `Jaar` and names the columns (kept with the
    document: read once). The header is looked for in the lines as stored too: a view that reads a letter as
    wrapped prose joins rows set apart by blanks (`Jaar    Kern (3,5%-norm)    Status`) to the caption above them."""
    found = doc.derived.get("tables.year_columns")
    if found is None:
        text = doc.text
        starts = {text.rfind("\n", 0, doc.span(m.start(), m.start()).start) + 1: m.start()
                  for m in YEARS_HEADER.finditer(doc.view)}          # (stored line start: view start)
        for m in YEARS_HEADER.finditer(text):
            if m.start() not in starts and (v := doc.view_offset(m.start())) is not None:
                starts[m.start()] = v
        found = doc.derived["tables.year_columns"] = [t for _, v in sorted(starts.items())
                                                      if (t := _year_columns(doc, v)) is not None]
    return found


def _year_columns(doc: Document, vstart: int) -> YearColumns | None:
    """The table whose header row starts at view offset `vstart`, or None when no rows of years follow it."""
    lines = doc.stored_lines(vstart)
    first = next(lines, None)
    if first is None:
        return None
    labels = [c for _, c in _split(first[1])][1:]
    if not labels:
        return None
    rows: list[tuple[int, str, str, list[tuple[int, str]]]] = []     # (year, mark, word, figure cells)
    notes: dict[str, str] = {}
    end_pos = first[0] + len(first[1])
    for pos, line in lines:
        if _RULE_ROW.fullmatch(line) and line.strip():
            continue                           # a markdown table's `|---|---|`
        if not line.strip():
            if notes or not rows:
                break
            continue                           # a blank line between the rows and their notes
        if rows and (n := _NOTE.fullmatch(line)):
            notes[n.group("mark")] = n.group("w").strip()
            end_pos = pos + len(line)
            continue
        cells = _split(line)
        y = _YEAR_CELL.fullmatch(cells[0][1]) if cells else None
        if y is None or len(cells) - 1 != len(labels) or notes:
            break
        rows.append((int(y.group("y")), y.group("mark") or "", y.group("w") or "",
                     [(pos + a, c) for a, c in cells[1:]]))
        end_pos = pos + len(line)
    if len(rows) < 2:
        return None
    # a column of words (`Status` over `realisatie`, `raming`, `streefwaarde`): each the word of its row
    words = {k for k in range(len(labels)) if all(_WORD_CELL.fullmatch(r[3][k][1]) for r in rows)}
    # a column of sums (`Uitgaven` over `12,0 mld.`): no figures of this kind (the money reader reads them)
    sums = {k for k in range(len(labels)) if all(_SUM_CELL.fullmatch(r[3][k][1]) for r in rows)}
    columns: list[list[ColumnCell]] = [[] for _ in labels]
    for year, mark, word, cells in rows:
        said = next((cells[k][1] for k in sorted(words)), "")
        for k, (a, c) in enumerate(cells):
            if k in words or k in sums:
                continue
            m = _FIG_CELL.fullmatch(c)
            if m is None:
                if not _NO_FIG.fullmatch(c):
                    return None                # a cell that is no figure: not a table of this shape
                continue
            s, e = a + m.start("ev"), a + m.end("ev")
            note = notes.get(m.group("mark") or mark, "") if (m.group("mark") or mark) else ""
            columns[k].append(ColumnCell(Span(s, e), doc.text[s:e], float(m.group("num").replace(",", ".")), year,
                                         word or note or said))
    keep = [k for k in range(len(labels)) if k not in words and k not in sums]
    return YearColumns(vstart, end_pos, [labels[k] for k in keep], [columns[k] for k in keep])
