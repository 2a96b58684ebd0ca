"""Pledge ledger: the sums of money the letters mention, per instrument, as a dated timeline.

Input is a list of letter records (the `inzet.extract/1` object plus its content `"id"`). Each amount
becomes a `LedgerItem` that keeps its letter id, date, span and quoted text, classified from the cues of
its sentence as a new `pledge`, a sum parliament `requested`, a `cumulative` total, a `remainder`, a
`realised` sum, a `joint` package of several countries, or a plain `mention`. The sentence is only
available when the letters' stored texts are passed (`texts`); without them every amount is a `mention`
(nothing is guessed).

A motion is not an instrument. The extractor gives a sum the purpose `motie Klaver` when a motion is its
source ("Via de motie Klaver heeft uw Kamer opgeroepen €2 miljard … ter beschikking te stellen"): such a
sum is `requested`, never a pledge, with the motion linked (`motion`, `motion_id`: the Kamerstuk the
letter cites for it, else `motie-<member>[-<dossier>]` as `inzet.link.motions` makes it), and filed under
what it would finance when the sentence names that (`steun aan Oekraïne` → militaire steun), else under
`unspecified`. The same holds for a sum the sentence says a motion asks for (`De motie van het lid X
verzoekt … €50 miljoen voor drones`). Only when the cabinet itself commits the sum as the motion asked
(`Conform de motie-X draagt Nederland €20 miljoen bij`) is it a pledge, still with the motion linked.
A realised or remaining part of a requested sum ("Hiervan is reeds €700 miljoen gerealiseerd") keeps its
kind and takes the instrument and motion of the request.

Per instrument and currency (EUR and USD are never converted) the ledger keeps running totals and
consistency checks that show their arithmetic as text, so a reader can redo the sum:
"€750 miljoen (2025) + €250 miljoen (2026) = €1,0 miljard; the letter says circa €1 miljard: consistent".

The instrument names are normalised with the alias table in `inzet/data/instruments.tsv`.
The helpers `fold`, `sentence_around`, `letter_date` and `letter_sort_key` are shared by the other ledgers.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import asdict, dataclass, field
from functools import cache
from typing import Any, Literal

from inzet import vocabulary
from inzet.extract.dutch import fold
from inzet.link.motions import find_motion, name_id

RULE = "pledges.v1"

ItemKind = Literal["pledge", "requested", "cumulative", "remainder", "realised", "joint", "mention"]
CheckStatus = Literal["consistent", "inconsistent", "not_compared"]

# ---------------------------------------------------------------------------------------------------------------
# helpers shared by the ledgers


def letter_date(record: Mapping[str, Any]) -> str | None:
    """The letter's own date as written in the record (ISO), or None."""
    return (record.get("letter") or {}).get("date")


def letter_sort_key(record: Mapping[str, Any]) -> tuple[str, str]:
    """Order letters by date; an undated letter sorts by the last date of the meetings it covers."""
    letter = record.get("letter") or {}
    date = letter.get("date")
    if not date:
        dates = [m.get("date_end") or m.get("date_start") for m in letter.get("meetings") or []]
        dates = [d for d in dates if d]
        date = max(dates) if dates else ""
    return (date, str(record.get("id", "")))


def span_of(fact: Mapping[str, Any]) -> tuple[int, int] | None:
    """The fact's span as a tuple, or None when the record has none (e.g. a gold file)."""
    span = fact.get("span")
    if not span or len(span) != 2:
        return None
    return (int(span[0]), int(span[1]))


_SENTENCE_END = re.compile(r"(?<=[.!?])[\"'”’)\]]*\s+(?=[\"'“‘(\[]*[A-Z0-9À-ÖØ-Þ€$])|\n\s*\n|\n(?=\s*[-*•#\d])")
_ABBREVIATIONS = ("nr.", "jl.", "a.s.", "o.a.", "bijv.", "d.d.", "mln.", "mld.", "ca.", "vs.", "e.a.", "art.", "blz.")


def _sentence_bounds(text: str) -> list[tuple[int, int]]:
    bounds: list[tuple[int, int]] = []
    start = 0
    for m in _SENTENCE_END.finditer(text):
        head = text[start : m.start()]
        if head.rstrip().casefold().endswith(_ABBREVIATIONS) and "\n" not in m.group(0):
            continue
        bounds.append((start, m.start()))
        start = m.end()
    bounds.append((start, len(text)))
    return bounds


@cache
def _cached_bounds(text: str) -> tuple[tuple[int, int], ...]:
    return tuple(_sentence_bounds(text))


def sentence_around(text: str, span: tuple[int, int]) -> tuple[int, int]:
    """The [start, end) of the sentence of `text` that contains `span` (a line break also ends one)."""
    bounds = _cached_bounds(text)
    for i, (a, b) in enumerate(bounds):
        if a <= span[0] < max(b, a + 1) or (span[0] >= b and (i + 1 == len(bounds) or span[0] < bounds[i + 1][0])):
            return (a, max(b, span[1]))
    return span


def previous_sentence(text: str, sentence: tuple[int, int]) -> tuple[int, int] | None:
    """The sentence before `sentence`, if any."""
    bounds = _cached_bounds(text)
    prev = None
    for a, b in bounds:
        if a >= sentence[0]:
            return prev
        prev = (a, b)
    return prev


# ---------------------------------------------------------------------------------------------------------------
# instruments


@dataclass(frozen=True, slots=True)
class Instrument:
    """One row of the alias table: an instrument id, its label (may use named groups) and a regex."""

    id: str
    label: str
    pattern: re.Pattern[str]


def load_instruments(tsv: str | None = None) -> tuple[Instrument, ...]:
    """Parse an instruments table (default: the packaged `data/instruments.tsv`)."""
    if tsv is None:
        return _default_instruments()
    rows: list[Instrument] = []
    for line in tsv.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        parts = line.split("\t")
        if len(parts) != 3 or parts[0] == "id":
            continue
        rows.append(Instrument(parts[0].strip(), parts[1].strip(), re.compile(parts[2].strip())))
    return tuple(rows)


@cache
def _default_instruments() -> tuple[Instrument, ...]:
    return load_instruments(vocabulary.read_text("instruments.tsv"))


_TRAILING_YEAR = re.compile(r"\s+((?:19|20)\d\d)$")


def _slug(s: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", fold(s)).strip("-") or "unspecified"


def normalise_instrument(purpose: str | None, instruments: Sequence[Instrument] | None = None) -> tuple[str, str]:
    """(id, label) of the instrument a `purpose` names: "motie-Van Campen" → ("motie-van-campen", "motie Van Campen").

    A purpose that matches no alias is its own instrument, without a trailing year ("militaire steun 2025").
    """
    if not purpose or not purpose.strip():
        return ("unspecified", "unspecified")
    table = _default_instruments() if instruments is None else instruments
    original = re.sub(r"[\s\-‑–]+", " ", purpose.strip())
    folded = fold(original)
    for ins in table:
        m = ins.pattern.search(folded)
        if not m:
            continue
        groups = m.groupdict()
        if groups:
            m_orig = re.compile(ins.pattern.pattern, re.IGNORECASE).search(original)
            groups = {k: (v or "") for k, v in (m_orig.groupdict() if m_orig else groups).items()}
            label = ins.label.format(**groups)
            return (f"{ins.id}-{_slug('-'.join(groups.values()))}", label)
        return (ins.id, ins.label)
    label = _TRAILING_YEAR.sub("", original).strip() or original
    return (_slug(label), label)


# ---------------------------------------------------------------------------------------------------------------
# formatting amounts the Dutch way

_SYMBOL = {"EUR": "€", "USD": "USD ", "GBP": "£"}


def _num(x: float, min_decimals: int) -> str:
    s = f"{x:.2f}".rstrip("0")
    whole, _, dec = s.partition(".")
    dec = dec.ljust(min_decimals, "0")
    return whole + ("," + dec if dec else "")


def format_amount(value: float, currency: str, computed: bool = False) -> str:
    """`€1,0 miljard`, `€750 miljoen`, `USD 107 miljoen`, `€345.000`; computed sums in miljard keep one decimal."""
    sym = _SYMBOL.get(currency, currency + " ")
    sign = "-" if value < 0 else ""
    v = abs(value)
    if v >= 1e9:
        return f"{sign}{sym}{_num(v / 1e9, 1 if computed else 0)} miljard"
    if v >= 1e6:
        return f"{sign}{sym}{_num(v / 1e6, 0)} miljoen"
    return f"{sign}{sym}{round(v):,}".replace(",", ".")


# ---------------------------------------------------------------------------------------------------------------
# the ledger's items


@dataclass(slots=True)
class LedgerItem:
    """One amount of one letter, classified, with everything needed to trace it back to its sentence."""

    key: str                          # "<letter id>#<index in amounts>": stable, derived from content
    letter_id: str
    letter_date: str | None
    source: str | None
    instrument: str                   # normalised id, e.g. "purl"
    instrument_label: str
    purpose: str | None               # as the extractor wrote it
    kind: ItemKind
    value: float
    currency: str
    qualifier: str | None
    ukraine: bool | None
    year: int | None                  # year the sum belongs to, when the purpose or the sentence says it
    restated: bool                    # the sentence presents it as known before ("reeds", "afgelopen jaar")
    text: str | None                  # the amount as written
    span: tuple[int, int] | None
    sentence: str | None = None
    sentence_span: tuple[int, int] | None = None
    cue: str | None = None            # the words that decided `kind`
    of: str | None = None             # key of the whole a remainder / realised sum is part of
    motion: str | None = None         # the motion that asks for the sum ("motie Klaver"), never an instrument
    motion_id: str | None = None      # its cited Kamerstuk ("kst-36045-243"), else "motie-<member>[-<dossier>]"
    counted: bool = False             # a pledge that adds to the running total (first mention of it)
    running_pledged: float | None = None
    rule: str = RULE

    @property
    def display(self) -> str:
        """The amount as written when known, else formatted."""
        return self.text or format_amount(self.value, self.currency)

    def to_json(self) -> dict[str, Any]:
        d = asdict(self)
        d["span"] = list(self.span) if self.span else None
        d["sentence_span"] = list(self.sentence_span) if self.sentence_span else None
        if float(self.value).is_integer():
            d["value"] = int(self.value)
        return d


@dataclass(slots=True)
class Check:
    """A consistency check over ledger items, with its arithmetic written out."""

    instrument: str
    currency: str
    kind: Literal["cumulative", "remainder", "realised"]
    status: CheckStatus
    text: str
    items: list[str]                  # keys of the items involved; the checked item last
    letter_id: str
    letter_date: str | None

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(slots=True)
class Totals:
    """Running totals of one instrument in one currency."""

    currency: str
    pledged: float = 0.0              # distinct pledges, each counted once
    requested: float = 0.0            # distinct sums motions ask for, each counted once (never pledged)
    stated_total: float | None = None  # the latest cumulative total a letter states
    realised: float | None = None     # the latest realised sum a letter states
    remainder: float | None = None    # the latest remainder a letter states

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(slots=True)
class InstrumentLedger:
    """The timeline, totals and checks of one instrument."""

    id: str
    label: str
    items: list[LedgerItem] = field(default_factory=list)
    totals: dict[str, Totals] = field(default_factory=dict)
    checks: list[Check] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        return {"id": self.id, "label": self.label, "items": [i.to_json() for i in self.items],
                "totals": {c: t.to_json() for c, t in self.totals.items()},
                "checks": [c.to_json() for c in self.checks]}


CSV_FIELDS = ("letter_date", "letter_id", "source", "instrument", "instrument_label", "kind", "value", "currency",
              "qualifier", "year", "restated", "counted", "running_pledged", "text", "span_start", "span_end",
              "of", "cue", "motion", "motion_id", "purpose", "sentence")


@dataclass(slots=True)
class Ledger:
    """All instruments, in order of their first mention."""

    instruments: dict[str, InstrumentLedger] = field(default_factory=dict)

    @property
    def items(self) -> list[LedgerItem]:
        return [i for led in self.instruments.values() for i in led.items]

    @property
    def checks(self) -> list[Check]:
        return [c for led in self.instruments.values() for c in led.checks]

    @property
    def requested(self) -> list[LedgerItem]:
        """The sums motions ask for, in timeline order (they are in `items` too, under what they finance)."""
        return [i for i in self.items if i.kind == "requested"]

    def parts_of(self, item: LedgerItem) -> list[LedgerItem]:
        """The realised and remaining parts the letters report of `item`."""
        return [i for i in self.items if i.of == item.key]

    def filter(self, instrument: str) -> Ledger:
        """The ledger of one instrument, named by id, label or any alias ("PURL", "purl"); a motion's name
        or id ("motie Klaver") gives the items that motion is linked to, under their instruments."""
        wanted = {instrument, _slug(instrument), normalise_instrument(instrument)[0]}
        folded = fold(instrument)
        found = {k: v for k, v in self.instruments.items() if k in wanted or fold(v.label) == folded}
        if found:
            return Ledger(found)
        motion = _motion_key(instrument)
        out = Ledger()
        for k, v in self.instruments.items():
            items = [i for i in v.items
                     if i.motion and motion in (_motion_key(i.motion), _motion_key(i.motion_id or ""))]
            if items:
                keys = {i.key for i in items}
                out.instruments[k] = InstrumentLedger(v.id, v.label, items, v.totals,
                                                      [c for c in v.checks if c.items and c.items[-1] in keys])
        return out

    def to_json(self) -> dict[str, Any]:
        return {"schema": "inzet.pledges/1", "rule": RULE,
                "instruments": [led.to_json() for led in self.instruments.values()],
                "requested": [dict(i.to_json(), parts=[p.key for p in self.parts_of(i)]) for i in self.requested]}

    def to_csv(self) -> str:
        """One row per ledger item, with a header row."""
        return to_csv(self)


def to_csv(ledger: Ledger) -> str:
    """The ledger's items as CSV text (header row, then one row per item in timeline order)."""
    out = io.StringIO()
    w = csv.DictWriter(out, fieldnames=CSV_FIELDS, extrasaction="ignore", lineterminator="\n")
    w.writeheader()
    for item in ledger.items:
        row = item.to_json()
        row["span_start"], row["span_end"] = item.span if item.span else ("", "")
        w.writerow({k: ("" if row.get(k) is None else row.get(k)) for k in CSV_FIELDS})
    return out.getvalue()


# ---------------------------------------------------------------------------------------------------------------
# classification from sentence cues (matched on folded text)

_REMAINDER = re.compile(r"\b(resterende?|restant\w*|overgebleven|overige deel|rest van)\b")
_PLEDGE = re.compile(r"\b(toegezegd\w*|toezegg\w*|toe te zeggen|zegt\w*\b.*\btoe\b|beloofd\w*|kondigde\w*|kondigt|"
                     r"aangekondigd\w*|bijdrage|bijdragen|draagt\b.*\bbij\b|beschikbaar|ter beschikking|"
                     r"doneer\w*|gedoneerd|gecommitteerd|committeer\w*|uitgetrokken|trekt\b.*\buit\b|"
                     r"gereserveerd|reserveert|pledged?|committed)\b")
_WHOLE_AFTER_REMAINDER = re.compile(r"\b(toegezegd\w*|beloofd\w*|reeds|eerder|aangekondigd\w*|gecommitteerd)\b")
_REALISED = re.compile(r"\b(gerealiseerd|uitgegeven|besteed|uitbetaald|overgemaakt|uitgekeerd|geleverd|"
                       r"realised|realized|spent|disbursed)\b")
_CUMULATIVE = re.compile(r"\b(in totaal|totaal|totale (nederlandse )?(bijdrage|steun|toezegging)\w*|opgeteld|"
                         r"cumulatief|tot nu toe|tot dusver|in total)\b")
_COST = re.compile(r"\b(kosten|geraamd|raming|begroot)\b")
_JOINT = re.compile(r"\b(samen met|gezamenlijk\w*|tezamen met|met andere (landen|bondgenoten|partners)|"
                    r"together with)\b")
_RESTATED = re.compile(r"\b(reeds|eerder|al eerder|afgelopen jaar|vorig(e)? jaar|in (19|20)\d\d toegezegd\w*)\b")
_PART_OF = re.compile(r"\b(hiervan|daarvan|waarvan|van dit bedrag|van dat bedrag|van deze|van dit)\b")
_ANAPHOR = re.compile(r"^\W*(dit|dat|deze|het|hiermee|daarmee)\b")
_YEAR = re.compile(r"\b(?:in|over|voor|sinds|per)\s+((?:19|20)\d\d)\b")
# a motion as the source of a sum: the extractor's purpose `motie Klaver`, `motie-Van Campen`
_MOTION_PURPOSE = re.compile(r"^\s*moties?[\s\-‑–]+(?P<name>.+?)(?:\s+(?:19|20)\d\d)?\s*$", re.IGNORECASE)
# parliament asks (matched on folded text): `heeft uw Kamer opgeroepen`, `de motie verzoekt de regering`
_REQUEST = re.compile(r"\b(opgeroepen|roept\b.*\bop|oproep\w*|verzoekt|verzocht|verzoek\w*|vraagt|gevraagd|"
                      r"verlangt|calls? (on|for)|requests?|requested)\b")
# the cabinet is the one committing the sum (`Conform de motie-X draagt Nederland €20 miljoen bij`)
_CABINET = re.compile(r"\b(nederland|het kabinet|de regering|ik|wij)\b")
_FOOTNOTE_REF = re.compile(r"\[footnoteRef:(\d+)\]")
_RELATIVE_YEAR = {"afgelopen jaar": -1, "vorig jaar": -1, "vorige jaar": -1, "dit jaar": 0, "komend jaar": 1,
                  "volgend jaar": 1, "volgende jaar": 1}


@dataclass(slots=True)
class _Ctx:
    sentence: tuple[int, int]
    window: str           # folded text between the neighbouring amounts of the same sentence
    pre: str              # folded text from the previous amount (or sentence start) to this amount
    whole: str            # folded sentence


def _year(window: str, purpose: str | None, date: str | None) -> int | None:
    letter_year = int(date[:4]) if date and date[:4].isdigit() else None
    if purpose and (m := _TRAILING_YEAR.search(purpose.strip())):
        return int(m.group(1))
    if m := _YEAR.search(window):
        return int(m.group(1))
    for phrase, delta in _RELATIVE_YEAR.items():
        if phrase in window and letter_year is not None:
            return letter_year + delta
    return None


def _contexts(text: str, spans: list[tuple[int, int] | None]) -> list[_Ctx | None]:
    out: list[_Ctx | None] = []
    sentences = [sentence_around(text, s) if s else None for s in spans]
    for i, s in enumerate(spans):
        sent = sentences[i]
        if s is None or sent is None or s[1] > len(text):
            out.append(None)
            continue
        same = [spans[j] for j in range(len(spans)) if j != i and sentences[j] == sent and spans[j]]
        before = [b for (_, b) in (x for x in same if x) if b <= s[0]]
        after = [a for (a, _) in (x for x in same if x) if a >= s[1]]
        lo = max(before, default=sent[0])
        hi = min(after, default=sent[1])
        out.append(_Ctx(sent, fold(text[lo : s[0]] + " " + text[s[1] : hi]), fold(text[lo : s[0]]),
                        fold(text[sent[0] : sent[1]])))
    return out


def _classify(ctx: _Ctx) -> tuple[ItemKind, str | None, bool]:
    """(kind, cue, is the whole of a remainder) of one amount from its sentence."""
    if (m := _REMAINDER.search(ctx.pre)) and _WHOLE_AFTER_REMAINDER.search(ctx.pre[m.end():]):
        return ("pledge", m.group(0), True)
    if m := _REMAINDER.search(ctx.pre):
        return ("remainder", m.group(0), False)
    if m := _JOINT.search(ctx.whole):
        return ("joint", m.group(0), False)
    if m := _REALISED.search(ctx.window):
        return ("realised", m.group(0), False)
    if m := _COST.search(ctx.window):
        return ("mention", m.group(0), False)
    if m := _CUMULATIVE.search(ctx.window):
        return ("cumulative", m.group(0), False)
    if m := _PLEDGE.search(ctx.window) or _PLEDGE.search(ctx.whole):
        return ("pledge", m.group(0), False)
    return ("mention", None, False)


def _motion_key(name: str) -> str:
    """`Motie-Van Campen` and `motie van campen` compare equal."""
    return re.sub(r"[\s\-‑–]+", " ", fold(name)).strip()


def _motion_member(purpose: str | None, text: str | None, ctx: _Ctx | None, span: tuple[int, int] | None,
                   ) -> tuple[str | None, bool]:
    """(member, named by the purpose) of the motion that is the source of a sum, or (None, False).

    The purpose names it (`motie Klaver`), or the sentence names a motion before the sum and asks for it.
    """
    if purpose and (m := _MOTION_PURPOSE.match(purpose)):
        return (re.sub(r"[\s\-‑–]+", " ", m.group("name")).strip(), True)
    if text is None or ctx is None or span is None or not _REQUEST.search(ctx.window):
        return (None, False)
    found = find_motion(text, ctx.sentence[0], span[0])
    return ((found.group("member"), False) if found else (None, False))


def _footnote_bodies(text: str, sentence: tuple[int, int]) -> list[tuple[int, int]]:
    """[start, end) of the bodies (`[1:  Motie Klaver, Kamerstuk 36045-243]`) of the footnotes marked in a sentence."""
    out = []
    for m in _FOOTNOTE_REF.finditer(text, sentence[0], sentence[1]):
        body = text.find(f"[{m.group(1)}:", m.end())
        if body != -1:
            end = text.find("]", body)
            out.append((body, len(text) if end == -1 else end + 1))
    return out


def _motion_id(record: Mapping[str, Any], text: str | None, ctx: _Ctx | None, member: str) -> str:
    """The Kamerstuk the letter cites for the motion (in the sentence, its footnotes, or a citation that names
    the member), else `motie-<member>[-<dossier>]`."""
    cites = [(str(c["id"]), sp, span_of({"span": c.get("context")}) or sp)
             for c in record.get("citations") or []
             if c.get("kind") == "motion" and c.get("id") and (sp := span_of(c)) is not None]
    if text is not None and cites:
        ranges = [ctx.sentence, *_footnote_bodies(text, ctx.sentence)] if ctx is not None else []
        for cid, sp, _ in cites:
            if any(a <= sp[0] < b for a, b in ranges):
                return cid
        key = _motion_key(member)
        for cid, _, (lo, hi) in cites:
            if key in _motion_key(text[max(0, lo - 40) : hi]):
                return cid
    ks = (record.get("letter") or {}).get("kamerstuk") or {}
    dossiers = ks.get("dossiers") or []
    return name_id(member, dossiers[0] if dossiers else None)


def _financed(ctx: _Ctx | None, instruments: Sequence[Instrument] | None) -> tuple[str, str]:
    """(id, label) of the instrument a sum's own clause names as what it finances, else unspecified."""
    if ctx is not None:
        window = re.sub(r"[\s\-‑–]+", " ", ctx.window)
        table = _default_instruments() if instruments is None else instruments
        for ins in table:
            if not ins.pattern.groupindex and ins.pattern.search(window):
                return (ins.id, ins.label)
    return ("unspecified", "unspecified")


def _requested_kind(kind: ItemKind, cue: str | None, ctx: _Ctx, by_purpose: bool) -> tuple[ItemKind, str | None]:
    """(kind, cue) of a sum whose source is a motion: parliament asked for it, unless the letter reports a part
    of it realised or remaining, or the cabinet itself commits it as the motion asked."""
    if kind in ("remainder", "realised"):
        return (kind, cue)
    if m := _REQUEST.search(ctx.window):
        return ("requested", m.group(0))
    if kind == "pledge" and by_purpose and _CABINET.search(ctx.window):
        return ("pledge", cue)
    return ("requested", "motie")


def _letter_items(record: Mapping[str, Any], text: str | None,
                  instruments: Sequence[Instrument] | None) -> list[LedgerItem]:
    """Classify the amounts of one letter and link remainders and realised sums to their wholes."""
    rid = str(record.get("id", ""))
    date = letter_date(record)
    amounts = list(record.get("amounts") or [])
    spans = [span_of(a) for a in amounts]
    ctxs = _contexts(text, spans) if text is not None else [None] * len(amounts)
    items: list[LedgerItem] = []
    wholes: list[int] = []
    for i, (a, ctx) in enumerate(zip(amounts, ctxs, strict=True)):
        member, by_purpose = _motion_member(a.get("purpose"), text, ctx, spans[i])
        ins_id, label = (_financed(ctx, instruments) if by_purpose
                         else normalise_instrument(a.get("purpose"), instruments))
        kind: ItemKind = "mention"
        cue = None
        restated = False
        if ctx is not None:
            kind, cue, is_whole = _classify(ctx)
            if member is not None:
                kind, cue = _requested_kind(kind, cue, ctx, by_purpose)
                is_whole = is_whole and kind == "pledge"
            restated = is_whole or (kind == "pledge" and bool(_RESTATED.search(ctx.window)))
            if is_whole:
                wholes.append(i)
        window = ctx.window if ctx else ""
        items.append(LedgerItem(
            key=f"{rid}#{i}", letter_id=rid, letter_date=date, source=record.get("source"), instrument=ins_id,
            instrument_label=label, purpose=a.get("purpose"), kind=kind, value=float(a.get("value") or 0),
            currency=str(a.get("currency") or "EUR"), qualifier=a.get("qualifier"), ukraine=a.get("ukraine"),
            year=_year(window, a.get("purpose"), date), restated=restated, text=a.get("text"), span=spans[i],
            sentence=text[ctx.sentence[0]: ctx.sentence[1]] if (ctx and text is not None) else None,
            sentence_span=ctx.sentence if ctx else None, cue=cue,
            motion=f"motie {member}" if member else None,
            motion_id=_motion_id(record, text, ctx, member) if member else None))
    if text is None:
        return items
    _link_remainders(items, ctxs, wholes, text)
    _link_parts(items, ctxs)
    by_key = {it.key: it for it in items}
    for it in items:
        whole = by_key.get(it.of) if it.of else None
        if whole is not None and whole.kind == "requested" and (it.motion or it.instrument == "unspecified"):
            # a part of a requested sum is a part of what the request finances
            it.instrument, it.instrument_label = whole.instrument, whole.instrument_label
            it.motion, it.motion_id = whole.motion, whole.motion_id
    return items


def _link_remainders(items: list[LedgerItem], ctxs: list[_Ctx | None], wholes: list[int], text: str) -> None:
    """"X. Dit is het resterende bedrag van de reeds toegezegde €750 miljoen": X is a remainder of 750m."""
    for w in wholes:
        ctx = ctxs[w]
        assert ctx is not None
        sentences = [c.sentence if c is not None else None for c in ctxs]
        parts = [j for j in range(w) if sentences[j] == ctx.sentence]
        if not parts and _ANAPHOR.search(ctx.whole):
            prev = previous_sentence(text, ctx.sentence)
            parts = [j for j in range(w) if prev is not None and sentences[j] == prev]
        for j in parts:
            items[j].kind, items[j].cue, items[j].of = "remainder", items[w].cue, items[w].key
    for i, ctx in enumerate(ctxs):
        if items[i].kind == "remainder" and items[i].of is None and ctx is not None:
            later = [j for j in range(i + 1, len(items))
                     if (cj := ctxs[j]) is not None and cj.sentence == ctx.sentence and items[j].kind == "pledge"]
            if later:
                items[i].of = items[later[0]].key
                items[later[0]].restated = True


def _link_parts(items: list[LedgerItem], ctxs: list[_Ctx | None]) -> None:
    """"Hiervan is reeds €700 miljoen gerealiseerd": the realised sum is part of the amount just before."""
    for i, ctx in enumerate(ctxs):
        if ctx is None or items[i].kind not in ("realised", "remainder") or items[i].of is not None:
            continue
        if not _PART_OF.search(ctx.pre):
            continue
        before = [j for j in range(i) if items[j].kind in ("pledge", "requested", "cumulative")]
        if before:
            items[i].of = items[before[-1]].key


# ---------------------------------------------------------------------------------------------------------------
# the ledger


_TOLERANCE = {None: 0.01, "approx": 0.10}
_QUALIFIER_WORD = {"approx": "circa ", "more_than": "meer dan ", "up_to": "maximaal "}


def _compare(computed: float, stated: float, qualifier: str | None) -> bool:
    if qualifier == "more_than":
        return computed > stated * (1 - _TOLERANCE[None])
    if qualifier == "up_to":
        return computed <= stated * (1 + _TOLERANCE[None])
    tol = _TOLERANCE.get(qualifier, _TOLERANCE["approx"])
    return abs(computed - stated) <= tol * max(abs(stated), 1.0)


def _said(item: LedgerItem) -> str:
    return _QUALIFIER_WORD.get(item.qualifier or "", "") + format_amount(item.value, item.currency)


def _term(item: LedgerItem) -> str:
    return format_amount(item.value, item.currency) + (f" ({item.year})" if item.year else "")


def _same_pledge(a: LedgerItem, b: LedgerItem) -> bool:
    """Two mentions of one pledge: same instrument, currency and value, and no conflicting years."""
    return (a.instrument, a.currency, round(a.value, 2)) == (b.instrument, b.currency, round(b.value, 2)) and (
        a.year is None or b.year is None or a.year == b.year)


def _first_mention(item: LedgerItem, counted: list[LedgerItem]) -> LedgerItem | None:
    return next((c for c in counted if _same_pledge(c, item)), None)


def _check(item: LedgerItem, kind: Literal["cumulative", "remainder", "realised"], status: CheckStatus, text: str,
           involved: list[LedgerItem]) -> Check:
    return Check(item.instrument, item.currency, kind, status, text, [i.key for i in involved] + [item.key],
                 item.letter_id, item.letter_date)


def _part_check(item: LedgerItem, whole: LedgerItem, realised: LedgerItem | None) -> Check:
    kind: Literal["remainder", "realised"] = "remainder" if item.kind == "remainder" else "realised"
    label = "remainder" if kind == "remainder" else "realised"
    head = f"{label} {_said(item)} of {_term(whole)}"
    if item.currency != whole.currency:
        return _check(item, kind, "not_compared", f"{head}: different currencies, not converted", [whole])
    if item.value > whole.value * (1 + _TOLERANCE[None]):
        return _check(item, kind, "inconsistent", f"{head}: the part is larger than the whole", [whole])
    rest = format_amount(whole.value - item.value, item.currency, computed=True)
    if kind == "remainder" and realised is not None and realised.currency == item.currency:
        total = realised.value + item.value
        ok = _compare(total, whole.value, item.qualifier or realised.qualifier)
        text = (f"{head}; realised {_said(realised)} + remainder {_said(item)} = "
                f"{format_amount(total, item.currency, computed=True)}; the pledge is {_said(whole)}: "
                f"{'consistent' if ok else 'inconsistent'}")
        return _check(item, kind, "consistent" if ok else "inconsistent", text, [whole, realised])
    tail = "used before" if kind == "remainder" else "still to be realised"
    return _check(item, kind, "consistent", f"{head}: {rest} {tail}", [whole])


def _cumulative_check(item: LedgerItem, counted: list[LedgerItem]) -> Check:
    if not counted:
        return _check(item, "cumulative", "not_compared",
                      f"the letter says {_said(item)} in total; no earlier pledges for it in these letters", [])
    total = sum(p.value for p in counted)
    ok = _compare(total, item.value, item.qualifier)
    terms = " + ".join(_term(p) for p in counted)
    text = (f"{terms} = {format_amount(total, item.currency, computed=True)}; the letter says {_said(item)}: "
            f"{'consistent' if ok else 'inconsistent'}")
    if not ok and total < item.value:
        diff = format_amount(item.value - total, item.currency, computed=True)
        text += f" ({diff} not found as a pledge in these letters)"
    elif not ok:
        text += f" ({format_amount(total - item.value, item.currency, computed=True)} more pledged than stated)"
    return _check(item, "cumulative", "consistent" if ok else "inconsistent", text, counted)


def ledger(records: Iterable[Mapping[str, Any]], texts: Mapping[str, str] | None = None,
           instruments: Sequence[Instrument] | None = None) -> Ledger:
    """Build the pledge ledger of `records` (extract objects with an `"id"`).

    `texts` maps a letter id to its stored text; with it every amount is classified from its sentence
    (pledge / cumulative / remainder / realised / joint), without it every amount is a `mention`.
    A pledge is counted once per instrument, currency, value and year, however many letters repeat it.
    """
    ordered = sorted(records, key=letter_sort_key)
    all_items: list[LedgerItem] = []
    for rec in ordered:
        text = texts.get(str(rec.get("id", ""))) if texts is not None else None
        all_items.extend(_letter_items(rec, text, instruments))
    by_key = {i.key: i for i in all_items}
    out = Ledger()
    counted_pledges: list[LedgerItem] = []
    counted_requests: list[LedgerItem] = []
    for item in all_items:
        led = out.instruments.setdefault(item.instrument, InstrumentLedger(item.instrument, item.instrument_label))
        totals = led.totals.setdefault(item.currency, Totals(item.currency))
        if item.kind == "pledge":
            if _first_mention(item, counted_pledges) is None:
                counted_pledges.append(item)
                item.counted = True
                totals.pledged += item.value
        elif item.kind == "requested":
            if not any(_same_pledge(r, item) and r.motion_id == item.motion_id for r in counted_requests):
                counted_requests.append(item)
                totals.requested += item.value
        elif item.kind == "cumulative":
            counted = [i for i in led.items if i.counted and i.currency == item.currency]
            led.checks.append(_cumulative_check(item, counted))
            totals.stated_total = item.value
        elif item.kind in ("remainder", "realised"):
            if item.kind == "remainder":
                totals.remainder = item.value
            else:
                totals.realised = item.value
            whole = by_key.get(item.of) if item.of else None
            if whole is not None:
                canonical = _first_mention(whole, counted_pledges) or whole
                realised = None
                if item.kind == "remainder":
                    parts = [i for i in all_items
                             if i.kind == "realised" and i.of and _same_pledge(by_key[i.of], whole)]
                    realised = parts[-1] if parts else None
                check = _part_check(item, canonical, realised)
                owner = out.instruments.setdefault(
                    canonical.instrument, InstrumentLedger(canonical.instrument, canonical.instrument_label))
                owner.checks.append(check)
        item.running_pledged = totals.pledged
        led.items.append(item)
    return out

