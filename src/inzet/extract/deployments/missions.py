"""A table of missions, one deployment a row (`Missie   Land   Nederlandse bijdrage   Realisatie 2022` over
`EUFOR Althea   Bosnië-Herzegovina   t/m 15-11-2023   € 0,8 mln.`): overview letters (a yearly account of the
budget for missions, a stand of affairs) list what runs and what ended that way, some missions only there."""

from __future__ import annotations

import re

from inzet.extract import countries, lexicon
from inzet.extract.deployments.paragraph import Mention
from inzet.extract.deployments.period import read_date, read_period
from inzet.extract.deployments.values import BIV
from inzet.extract.deployments.vocab import anchor_keys
from inzet.extract.segment import Document
from inzet.extract.tables import may_hold_cells, split_cells

# the header row: its first cell names the missions (`Missie`, `Missie/operatie`, `Operatie`, `Inzet`)
_HEADER = re.compile(r"(?:Missies?|Operaties?|Missie\s*/\s*operatie|Inzet|Bijdrage)\b", re.IGNORECASE)
# a row that sums the others
_TOTAL_ROW = re.compile(r"(?:Totaal|Subtotaal|Overig)\b", re.IGNORECASE)
# an ended one: `beëindigd 30-11-2022`, `afgerond per 30-6-2022`
_ENDED = re.compile(r"\b(?:beëindigd|beeindigd|afgerond|geëindigd|beëindiging)\b", re.IGNORECASE)
# a count of people alone in its cell, under a header that says so
_COUNT_HEADER = re.compile(r"\b(?:omvang|militairen|aantal|personeel)\b", re.IGNORECASE)
_COUNT = re.compile(r"(?:max\.\s*|ca\.\s*|circa\s+)?(\d{1,4})")


def mission_rows(doc: Document) -> list[Mention]:
    """The deployments a table of missions lists: the mission its first cell names, the countries of the cell that
    names them, the end of the cell that dates it (`t/m 31-12-2023`, `31-3-2020`; `beëindigd 30-6-2022` ends it),
    the size of a cell under a header of people (`Max. omvang`), the BIV as funding where the text just before the
    table is about it; each a status, or an end."""
    out: list[Mention] = []
    view = doc.view
    header: list[str] | None = None
    cursor = 0
    ended = False       # below a line of the table that says the rows after it ended (`Beëindigd in 2024:`)
    for _, line in doc.stored_lines(0):
        cells = split_cells(line) if may_hold_cells(line) else []
        if len(cells) < 3:
            if header is not None and line.rstrip().endswith(":") and _ENDED.search(line):
                ended = True
                continue
            header, ended = None, False
            continue
        if header is None:
            header = cells if _HEADER.match(cells[0]) else None
            continue
        if _TOTAL_ROW.match(cells[0]):
            continue
        m = _row(cells, header)
        if m is None:
            continue
        if ended and m.end:
            m.actions = {"end"}
        at = view.find(cells[0], cursor)
        if at >= 0 and BIV.search(view, max(0, at - 1200), at):
            # (a table of what the budget for missions paid, the letter about that budget: `… over de besteding van
            # het Budget Internationale Veiligheid (BIV) in 2022. … Van de gerealiseerde uitgaven ging € 97,2 mln.
            # naar de missies en operaties in de onderstaande tabel`)
            m.funding = "BIV"
        if at >= 0:
            cursor = at + len(cells[0])
            m.vstart, m.vend = at, view.find("\n", at) if view.find("\n", at) > 0 else len(view)
            s = doc.sentence_at(at)
            m.section = s.section if s is not None else -1
        out.append(m)
    return out


def _row(cells: list[str], header: list[str]) -> Mention | None:
    """One row's deployment (a status without an end where no cell dates it), or None when no cell names a
    country."""
    codes: list[str] = []
    where = None
    for i, c in enumerate(cells[1:], 1):
        found = [code for cm in countries.find(c) if cm.kind in ("name", "place") for code in cm.codes]
        if found:
            codes, where = list(dict.fromkeys(found)), i
            break
    if where is None:
        return None
    m = Mention(-1)
    m.countries = codes
    m.trigger = True
    name = cells[0]
    m.keys, m.names = anchor_keys(name, countries.find(name), lexicon.of(name))
    m.names = m.names or [name]
    for i, c in enumerate(cells[where + 1:], where + 1):
        if "€" in c or "EUR" in c:
            continue
        if i < len(header) and _COUNT_HEADER.search(header[i]) and (n := _COUNT.fullmatch(c.strip())):
            m.personnel = int(n.group(1))
            continue
        end = read_period(c)[1] or read_date(c)
        if end and m.end is None:
            m.end = end
            m.actions = {"end"} if _ENDED.search(c) else {"status"}
    if m.end is None and not m.actions:
        m.actions = {"status"}
    return m
