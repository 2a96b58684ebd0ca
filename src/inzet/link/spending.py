"""Spending trajectory: defence spending as a share of GDP across letters, against the NATO norms.

The `gdp_shares` of all letters become series keyed by (category, basis, ukraine) — e.g. ("defence",
"national", "excl") — with, per year, every point a letter states (value, status, letter id, date, span,
quoted text). A figure that a later letter states differently for the same year and key is a restatement
("1,79% estimated, later 1,8%"): both points and the delta are reported. Within one letter the order of two
figures is read from the sentence when the stored texts are given ("de eerder gecommuniceerde verwachting
van 1,79%" is the earlier one), otherwise from their position in the letter.

The norms are data (`NORMS`): the 2% floor (Wales 2014, reaffirmed as a yearly minimum and in Dutch law)
and the Hague 2025 commitment of 3,5% core defence + 1,5% related = 5% in 2035.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import asdict, dataclass, field
from typing import Any

from inzet.extract.dutch import fold
from inzet.link.pledges import letter_date, letter_sort_key, sentence_around, span_of
from inzet.model import letter_name

RULE = "spending.v1"

SeriesKey = tuple[str, str | None, str | None]   # (category, basis, ukraine)


@dataclass(frozen=True, slots=True)
class Norm:
    """A spending norm: `value`% of GDP for `category`, applying to the years from_year..to_year."""

    id: str
    label: str
    category: str                     # defence | related | total
    value: float
    status: str                       # target | legal_minimum
    from_year: int
    to_year: int | None               # None: every year from from_year on
    source: str

    def applies(self, year: int) -> bool:
        return self.from_year <= year and (self.to_year is None or year <= self.to_year)

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


NORMS: tuple[Norm, ...] = (
    Norm("wales-2pct", "2% of GDP for defence within a decade (Wales 2014)", "defence", 2.0, "target", 2024, 2024,
         "NATO Wales Summit Declaration, 2014 (Defence Investment Pledge)"),
    Norm("floor-2pct", "at least 2% of GDP for defence every year", "defence", 2.0, "legal_minimum", 2024, None,
         "NATO Vilnius Summit 2023 (2% as a floor); Dutch law fixing 2% as the yearly minimum"),
    Norm("hague-core-3.5pct", "3,5% of GDP for core defence in 2035 (The Hague 2025)", "defence", 3.5, "target",
         2035, 2035, "NATO Hague Summit Declaration, 2025"),
    Norm("hague-related-1.5pct", "1,5% of GDP for defence- and security-related spending in 2035 (The Hague 2025)",
         "related", 1.5, "target", 2035, 2035, "NATO Hague Summit Declaration, 2025"),
    Norm("hague-total-5pct", "5% of GDP in total in 2035: 3,5% core + 1,5% related (The Hague 2025)", "total", 5.0,
         "target", 2035, 2035, "NATO Hague Summit Declaration, 2025"),
)

_EARLIER = re.compile(r"\b(eerder\w*|destijds|vorige|oorspronkelijk\w*|aanvankelijk\w*|previously|earlier)\b")


def pct(value: float) -> str:
    """A share written the Dutch way: 1.79 → "1,79%"."""
    return f"{value:g}".replace(".", ",") + "%"


def _pp(delta: float) -> str:
    return ("+" if delta > 0 else "−" if delta < 0 else "±") + f"{abs(delta):.2f}".rstrip("0").rstrip(".").replace(
        ".", ",") + " procentpunt"


@dataclass(slots=True)
class GdpPoint:
    """One GDP share stated by one letter."""

    letter_id: str
    letter_date: str | None
    letter: str                       # the letter's name (model.letter_name): kind, date, subject
    index: int                        # position in the letter's gdp_shares
    year: int | None
    value: float
    category: str
    basis: str | None
    ukraine: str | None
    status: str | None
    text: str | None
    span: tuple[int, int] | None
    earlier: bool = False             # the sentence presents it as an earlier figure

    @property
    def key(self) -> SeriesKey:
        return (self.category, self.basis, self.ukraine)

    def to_json(self) -> dict[str, Any]:
        d = asdict(self)
        d["span"] = list(self.span) if self.span else None
        return d


@dataclass(slots=True)
class Series:
    """All points of one (category, basis, ukraine) key, per year (None: the letter gives no year)."""

    key: SeriesKey
    points: dict[int | None, list[GdpPoint]] = field(default_factory=dict)

    def latest(self, year: int | None) -> GdpPoint | None:
        """The figure the most recent letter gives for `year`."""
        pts = self.points.get(year) or []
        return pts[-1] if pts else None

    def to_json(self) -> dict[str, Any]:
        category, basis, ukraine = self.key
        return {"category": category, "basis": basis, "ukraine": ukraine,
                "years": [{"year": y, "points": [p.to_json() for p in pts]} for y, pts in self.points.items()]}


@dataclass(slots=True)
class Restatement:
    """The same year and key stated with a different value by a later figure."""

    key: SeriesKey
    year: int
    before: GdpPoint
    after: GdpPoint
    delta: float                      # after − before, in percentage points
    same_letter: bool
    text: str

    def to_json(self) -> dict[str, Any]:
        category, basis, ukraine = self.key
        return {"category": category, "basis": basis, "ukraine": ukraine, "year": self.year,
                "before": self.before.to_json(), "after": self.after.to_json(), "delta": self.delta,
                "same_letter": self.same_letter, "text": self.text}


@dataclass(slots=True)
class NormGap:
    """An actual or estimated figure measured against a norm that applies to its year."""

    point: GdpPoint
    norm: Norm
    gap: float                        # point − norm, in percentage points
    text: str

    def to_json(self) -> dict[str, Any]:
        return {"point": self.point.to_json(), "norm": self.norm.id, "gap": self.gap, "text": self.text}


@dataclass(slots=True)
class Trajectory:
    """Series, restatements and the gaps to the norms."""

    series: dict[SeriesKey, Series] = field(default_factory=dict)
    restatements: list[Restatement] = field(default_factory=list)
    gaps: list[NormGap] = field(default_factory=list)
    norms: tuple[Norm, ...] = NORMS

    def to_json(self) -> dict[str, Any]:
        return {"schema": "inzet.spending/1", "rule": RULE, "series": [s.to_json() for s in self.series.values()],
                "restatements": [r.to_json() for r in self.restatements], "gaps": [g.to_json() for g in self.gaps],
                "norms": [n.to_json() for n in self.norms]}


def _label(key: SeriesKey) -> str:
    category, basis, ukraine = key
    extra = [x for x in (basis, {"incl": "incl. Oekraïne", "excl": "excl. Oekraïne"}.get(ukraine or "")) if x]
    return category + (f" ({', '.join(extra)})" if extra else "")


def _where(p: GdpPoint) -> str:
    """Where a figure stands and on which basis, for the restatement lines."""
    basis = {"nato": "NATO method", "national": "national method"}.get(p.basis or "", "basis not stated")
    return f"{basis}; “{p.text}” in {p.letter}" if p.text else f"{basis}; {p.letter}"


def _points(record: Mapping[str, Any], text: str | None) -> list[GdpPoint]:
    out = []
    for i, g in enumerate(record.get("gdp_shares") or []):
        span = span_of(g)
        earlier = False
        if text is not None and span is not None and span[1] <= len(text):
            start = sentence_around(text, span)[0]
            earlier = bool(_EARLIER.search(fold(text[start : span[0]])))
        out.append(GdpPoint(str(record.get("id", "")), letter_date(record), letter_name(record), i, g.get("year"),
                            float(g.get("value") or 0), str(g.get("category") or "defence"), g.get("basis"),
                            g.get("ukraine"), g.get("status"), g.get("text"), span, earlier))
    # within a letter: earlier figures first, then the letter's own order
    return sorted(out, key=lambda p: (not p.earlier, p.index))


def trajectory(records: Iterable[Mapping[str, Any]], texts: Mapping[str, str] | None = None,
               norms: tuple[Norm, ...] = NORMS) -> Trajectory:
    """Build the spending trajectory of `records` (extract objects with an `"id"`), oldest letter first."""
    out = Trajectory(norms=norms)
    restated: set[tuple[str, SeriesKey, int]] = set()          # one restatement per letter, key and year
    for rec in sorted(records, key=letter_sort_key):
        text = texts.get(str(rec.get("id", ""))) if texts is not None else None
        for p in _points(rec, text):
            series = out.series.setdefault(p.key, Series(p.key))
            pts = series.points.setdefault(p.year, [])
            # a restatement is across letters: the figures of the latest earlier letter that gave this year;
            # two figures of one letter (a rounded and an exact one) are not, nor is a value it also gave
            others = [q for q in pts if q.letter_id != p.letter_id]
            before = [q for q in others if q.letter_id == others[-1].letter_id] if others else []
            prev = before[-1] if before else None
            if (prev is not None and p.year is not None and (p.letter_id, p.key, p.year) not in restated
                    and all(abs(q.value - p.value) > 1e-9 for q in before)):
                restated.add((p.letter_id, p.key, p.year))
                delta = round(p.value - prev.value, 4)
                first = "earlier figure, " if prev.earlier else ""
                out.restatements.append(Restatement(
                    p.key, p.year, prev, p, delta, prev.letter_id == p.letter_id,
                    f"{p.year} {_label(p.key)}: {pct(prev.value)} ({first}{_where(prev)}) → {pct(p.value)} "
                    f"({_where(p)}): {_pp(delta)}"))
            pts.append(p)
            if p.year is not None and p.status in ("actual", "estimate"):
                for n in norms:
                    if n.category == p.category and n.applies(p.year):
                        gap = round(p.value - n.value, 4)
                        verdict = "meets" if gap >= 0 else "below"
                        if p.basis == "national":
                            verdict += " (national method; NATO measures the norm with its own)"
                        out.gaps.append(NormGap(p, n, gap, f"{p.year} {_label(p.key)}: {pct(p.value)} ({p.status}) "
                                                           f"vs {pct(n.value)} {n.status}: {_pp(gap)}, {verdict}"))
    return out
