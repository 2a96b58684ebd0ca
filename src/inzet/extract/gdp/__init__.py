"""Defence spending as a share of GDP (`gdp_shares`): every distinct figure with year and reading.

A percentage is a GDP share when the letter ties it to GDP: `3,5% van het BBP`, `2%-norm`, a
figure in a sentence that names the bbp (`waarvan 3,5% voor …`, `respectievelijk 1,8% en 2,28%
van het bbp`), or a figure that continues such a paragraph (`1,79% exclusief … steun aan
Oekraïne`). Growth rates and shares of other things (`20% stijging`, `met 10%`, `20% van de
defensie-uitgaven`) are not.

Each figure is read for
* year: `in 2035` right after it, else the nearest year before it in the sentence (for a norm
  only a target year such as `uiterlijk in 2035`, not `de uitgaven van 2025`), else for a
  measured figure the year of the previous sentence in the paragraph;
* category: `related` (`gerelateerde`, `bredere` uitgaven), `total` (the 5% norm, `waarvan`),
  else `defence`;
* basis: `national` (Nederlandse berekeningswijze) or `nato` (NAVO-berekeningswijze);
* ukraine: `incl`/`excl` (`inclusief/exclusief (militaire) steun aan Oekraïne`, paired in order
  with `respectievelijk`);
* status: the status word nearest to the figure (`wettelijk` → legal_minimum, `norm`/`afspraak`/
  `naar x%`/`minimaal` → target, `verwachting`/`raming` → estimate, `gerealiseerd` → actual).

A figure repeated with the same year, value and category is one entry; a norm repeated without a
year (`stappen naar de 3,5% BBP`) is the same norm as the one stated with its year and status.

Tables of shares (see `tables`): a caption naming the bbp over a header row of years, rows by year under a caption,
and rows of years under a header row whose column names the bbp (`Jaar\tDefensie-uitgaven in % bbp\t…`).

The package: `vocab` (the shared patterns and status words), `figures` (which percentages are shares),
`reading` (a figure's year, status, incl/excl and basis in its sentence), `passes` (what carries between
figures and sentences), `tabular` (tables and rows of shares); `extract` here runs them over a letter.
"""

from __future__ import annotations

import re
from dataclasses import replace

from inzet.extract import lexicon, tables
from inzet.extract.cues import letter_first
from inzet.extract.gdp.figures import figures_in, levels_or_continued
from inzet.extract.gdp.passes import (
    basis_declared_for_a_scope,
    heading_names_bbp,
    pair_respectively,
    pair_with_previous,
    prev_of,
    said_of_the_figures_before,
    said_of_the_years,
    share_in_lists,
    split_of_the_norm,
    the_other_side_of_a_contrast,
    year_of_the_norm_before,
    year_of_the_whole,
)
from inzet.extract.gdp.reading import (
    bases_in,
    basis_of,
    cues_in,
    last_match,
    listed_years,
    noted_basis,
    noted_ukraine,
    status_of,
    ukraine_of,
    year_of,
    years_in,
)
from inzet.extract.gdp.tabular import (
    column_shares,
    in_a_table,
    right_after,
    rows_after_a_colon,
    table_shares,
    the_other_side_of_a_table,
    year_row_shares,
)
from inzet.extract.gdp.vocab import (
    BASIS,
    BBP_ANY,
    PCT_NUM,
    RELATED,
    RESPECTIVELY,
    RULE,
    STATUS_CUES,
    TOTAL,
    TRIGGER,
    WS,
    YEAR_RE,
)
from inzet.extract.money import text_units, units_with
from inzet.extract.segment import Document
from inzet.model import GdpShare

__all__ = ["RULE", "extract"]

# the methods and status words the readers look up through the lexicon's bits: registered once, here, after the
# modules gdp imports (money's patterns first, as when gdp was one module)
lexicon.register(BASIS, *(rx for rx, _ in STATUS_CUES))


_EXCL_CLAUSE = re.compile(letter_first(
    ["begrotingstekort", "staatsschuld", "overheidsschuld", r"\btekort\b", r"\bschuld\b", "inflatie", "rente",
     # (`de economie groeit`; not what grows to a level, `groeit dit aandeel naar verwachting tot circa 1,65 procent`)
     r"EMU-\w+", r"\bsaldo\b", r"\bgroeit\b(?!(?:\s+[\w-]+){0,5}?\s+(?:tot|naar)\s+"
     r"(?:circa\s+|ca\.\s+|ongeveer\s+|ruim\s+|bijna\s+|zo['’]n\s+)?(?:\d|$))", r"economische\s+groei", "bbp-groei",
     # (`raamt de groei van de economie in 2027 op 1,3%`)
     r"groei\s+van\s+(?:de\s+|het\s+)?(?:Nederlandse\s+|nationale\s+)?(?:economie|bbp)\b"], True))
# a subordinate clause that gives a reason or a contrast, beside the figure's (`, omdat de economie sneller groeit`)
_SUBCLAUSE = re.compile(r",\s+(?:omdat|doordat|aangezien|want|terwijl|zodat|waardoor|hoewel|ook\s+al)\b|;")
# the subject of the figure's clause, before it and in it: `de gerelateerde uitgaven`, `de totale … uitgaven`
_SUBJECT_REACH = 80
# the figure of two kinds summed (`samen komen de kern- en de gerelateerde uitgaven daarmee naar verwachting op 3,1 à
# 3,2 procent`): the total
_SUMMED = re.compile(r"\b(?:samen|opgeteld|gezamenlijk)\s+(?:komen|komt|zijn|bedragen|bedraagt|gaat|gaan)\b[^.;%]*$"
                     r"|\bkern\w*-?\s+en\s+(?:de\s+)?(?:[\w-]+\s+)?gerelateerde\s+uitgaven\b[^.;%]*$", re.I)
_RANGE_JOIN = re.compile(rf"{WS}*(?:à|a|tot|-|–){WS}*")
_RELATED_SUBJECT = re.compile(r"\b(?:de|deze|die)\s+(?:[\w-]+\s+)?(?:gerelateerde|aanverwante|bredere)\s+"
                              r"(?:[\w-]+\s+)?(?:uitgaven|investeringen)\b[^,;.%]*$", re.I)
# a unit whose subject, at its start, is the related spending (`De defensie- en veiligheidsgerelateerde uitgaven,
# de "security-related spending" uit de Haagse verklaring, ramen wij voor 2026 op 0,7 pct.`)
_RELATED_OPENS = re.compile(r"\W*(?:De|Deze)\s+(?:[\w-]+\s+){0,4}?[\w-]*gerelateerde\s+(?:uitgaven|investeringen)\b")
_TOTAL_SUBJECT = re.compile(r"\b(?:de|deze)\s+totale\s+(?:[\w-]+\s+){0,4}?[\w-]*uitgaven\b[^,;.%]*$", re.I)
# a figure its clause then splits (`5% … in 2035, waarvan 3,5% …`) is the total
_SPLIT_AFTER = re.compile(r"[^.;%]{0,80}?\bwaarvan\b", re.I)
# (the figures of the years before it that a figure follows on: `in 2016 1,17 procent van het bbp, na 1,16 procent in
# 2015 en 1,15 procent in 2014`)
_VERSUS_FIG = re.compile(r"(?:^|,)\s*(?P<w>tegen(?:over)?|vergeleken\s+met|ten\s+opzichte\s+van|t\.o\.v\.|na"
                         r"|(?:en\s+)?daarvoor|(?:en\s+)?eerder)\s+(?:(?:een|de|het)\s+)?$", re.I)
# the next figure of the list a compared figure opens (`na 1,16 procent in 2015 en 1,15 procent in 2014`)
_COMPARED_LIST = re.compile(r"\s*(?:(?:in|over)\s+(?:19|20)\d\d\s*)?(?:,|en|,\s*en)\s*$")


def _years_header(text: str) -> bool:
    """Does `text` hold a header row of years (`tables.YEARS_HEADER`)? Its first cell is one of four words, as written:
    the pattern runs only when one of them stands in the text."""
    return ("Jaar" in text or "JAAR" in text or "Year" in text) and tables.YEARS_HEADER.search(text) is not None


def extract(doc: Document, letter_date: str | None = None) -> list[GdpShare]:
    """Every distinct defence-spending GDP share in the letter (`letter_date`, ISO, tells an estimate for a
    year not yet over from an actual)."""
    view = doc.view
    units = text_units(doc)
    this_year = int(letter_date[:4]) if letter_date and letter_date[:4].isdigit() else None
    found: list[GdpShare] = []
    done: dict[int, list[GdpShare]] = {}
    cue_memo: dict[int, list[tuple[int, int, str]]] = {}
    heading_bbp: dict[int, bool] = {}
    columns, read = column_shares(doc) if _years_header(doc.text) or _years_header(view) else ([], [])
    for ui in units_with(units, lexicon.bits(*TRIGGER)):
        u = units[ui]
        figs = figures_in(view, u)
        if read:
            figs = [f for f in figs if not in_a_table(doc, read, f.start)]
        if not figs:
            continue
        prev = prev_of(view, units, ui, done, this_year)
        if not BBP_ANY.search(view, u.start, u.end):
            # (under a heading that names the bbp, `2. Defensie-uitgaven als aandeel van het bbp`, every paragraph is
            # about shares; so is the paragraph right after a table of shares, `Het percentage voor 2018 valt lager
            # uit dan de raming van 1,35 procent`)
            figs = levels_or_continued(view, u, figs, prev.had or heading_names_bbp(doc, u, heading_bbp)
                                        or right_after(doc, read, u))
        years = years_in(view, u, this_year)
        cues = cues_in(view, u, cue_memo)
        bases = bases_in(view, u)
        placed: list[tuple[int, GdpShare]] = []      # (view start, share)
        also: list[GdpShare] = []                    # the same norm for the other years of a list
        compared = -2                                # the last figure read as one compared with (`tegen`, `na`)
        for i, f in enumerate(figs):
            lo = figs[i - 1].ev_end if i else u.start
            hi = figs[i + 1].start if i + 1 < len(figs) else u.end
            # (the figure's clause only: `tot 1,79 procent in 2027, omdat de economie sneller groeit` is a share)
            after = _SUBCLAUSE.search(view, f.ev_end, min(hi, f.ev_end + 60))
            before = last_match(_SUBCLAUSE.finditer(view, max(lo, f.start - 60), f.start))
            if _EXCL_CLAUSE.search(view, f.ev_end, after.start() if after else min(hi, f.ev_end + 60)) \
                    or _EXCL_CLAUSE.search(view, before.end() if before else max(lo, f.start - 60), f.start):
                continue
            status = status_of(view, u, f, cues, prev.unit, lo, hi, cue_memo)
            target = status in ("target", "legal_minimum")
            year = year_of(view, u, f, figs, years, target, prev.year)
            if f.meets and (y := YEAR_RE.search(view, f.ev_end, f.meets)):
                year = int(y.group())         # `Met 2,1 procent voldoet Nederland in 2024 aan de norm`
            if i and status == "estimate" and year is not None and this_year is not None and year < this_year \
                    and (_VERSUS_FIG.search(view, lo, f.start)
                         or (compared == i - 1 and _COMPARED_LIST.match(view, lo, f.start))):
                # the figure a projection is compared with, of a year gone by (`… volgens de NAVO-raming 1,35 procent
                # bbp aan defensie besteedt, tegen 1,15 procent in 2014`): measured, unless called an estimate itself
                # (and so the figures listed with it: `na 1,16 procent in 2015 en 1,15 procent in 2014`)
                status = "actual"
                compared = i
            category = "defence"
            # the clause's subject before the figure names it too (`ramen wij deze gerelateerde uitgaven op
            # 0,9%`, `komen de totale defensie- en veiligheidsuitgaven in 2026 uit op 3,14%`)
            before = max(lo, f.start - _SUBJECT_REACH)
            split = _SPLIT_AFTER.match(view, f.end, hi)
            of_spending = False  # `…, waarvan 3,5% …` splits a total; `waarvan ten minste 20 procent voor
            if split:            # materieel` is a share of the spending, not of the bbp
                part = PCT_NUM.search(view, split.end(), u.end)
                of_spending = part is not None and float(part.group("num").replace(",", ".")) >= 10
            if (split and not of_spending) or (f.value == 5.0 and target) \
                    or _SUMMED.search(view, max(u.start, f.start - 120), f.start):
                category = "total"
            elif i and placed and placed[-1][0] == figs[i - 1].start \
                    and _RANGE_JOIN.fullmatch(view, figs[i - 1].ev_end, f.start):
                category = placed[-1][1].category      # `3,1 à 3,2 procent`: the range's ends are of one kind
            elif RELATED.search(view, f.end, hi) or _RELATED_SUBJECT.search(view, before, f.start) \
                    or (i == 0 and _RELATED_OPENS.match(view, u.start, f.start)):
                category = "related"
            elif (TOTAL.match(view[f.ev_end : hi]) and not of_spending) \
                    or TOTAL.search(view, max(lo, f.start - 25), f.start) \
                    or _TOTAL_SUBJECT.search(view, before, f.start):
                category = "total"
            basis = basis_of(bases, f) or noted_basis(doc, f, hi) or (prev.basis if not target else None)
            text, span = doc.evidence(f.start, f.ev_end)
            share = GdpShare(value=f.value, text=text, span=span, year=year, category=category, basis=basis,
                             ukraine=ukraine_of(view, u, f, lo, hi) or noted_ukraine(doc, f, hi), status=status,
                             rule=RULE)
            placed.append((f.start, share))
            if target and year is not None:
                also += [replace(share, year=y) for y in listed_years(view, u, f, year, years)]
        share_in_lists(view, figs, [sh for _, sh in placed] if len(placed) == len(figs) else [])
        split_of_the_norm([sh for _, sh in placed])
        pair_respectively(view, u, prev.unit, placed)
        if prev.unit is not None and RESPECTIVELY.search(view, prev.unit.start, prev.unit.end):
            pair_with_previous(done.get(ui - 1, []), [sh for _, sh in placed], bool(years))
        done[ui] = [sh for _, sh in placed] + also
        year_of_the_whole(view, units, ui, done)
        year_of_the_norm_before(view, units, ui, done)
        found.extend(done[ui])
    said_of_the_figures_before(view, units, done)
    the_other_side_of_a_contrast(view, units, done)
    said_of_the_years(view, units, done)
    basis_declared_for_a_scope(view, units, done)
    the_other_side_of_a_table(doc, units, done, read, columns)
    if "Tabel" in view or "TABEL" in view:
        found.extend(table_shares(doc))
        found.extend(year_row_shares(doc, units, done, this_year))
    found.extend(columns)
    found.extend(rows_after_a_colon(doc, units, done, this_year, cue_memo))
    _not_yet_actual(found, letter_date)
    return _dedupe(found)


def _not_yet_actual(shares: list[GdpShare], letter_date: str | None) -> None:
    """A year not yet over when the letter was written has no actual spending: its figure is an estimate."""
    if not letter_date:
        return
    year = int(letter_date[:4])
    for s in shares:
        if s.status == "actual" and s.year is not None and s.year >= year:
            s.status = "estimate"


def _dedupe(shares: list[GdpShare]) -> list[GdpShare]:
    """One entry per (year, value, category), with the basis and incl/excl a repeat states when the first does not; a
    yearless norm that is also stated with a year and the same status goes."""
    seen: dict[tuple[int | None, float, str], GdpShare] = {}
    out: list[GdpShare] = []
    for s in shares:
        key = (s.year, round(s.value, 2), s.category)
        first = seen.get(key)
        if first is None:
            seen[key] = s
            out.append(s)
        else:
            # a repeat may say what the first left open (`Tabel 2 … volgens de NAVO-definitie`: its rows' basis)
            first.basis = first.basis or s.basis
            first.ukraine = first.ukraine or s.ukraine
    # (of the same status: the floor `2 procent van het bbp voortaan een minimum` is not the law that makes it one from
    # 2025, `moet de norm van twee procent vanaf 2025 wettelijk verankeren`)
    dated = {(round(s.value, 2), s.category, s.status) for s in out if s.year is not None}
    return [s for s in out if s.year is not None or (round(s.value, 2), s.category, s.status) not in dated]
