"""The types of the extraction contract `inzet.extract/1` (see SCHEMA.md).

Every fact carries a `Span` into the letter's stored text and the id of the rule that found it
(`money.v1`), so any output can be traced to its sentence and to the code that read it.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field, fields
from typing import Any, Literal

SCHEMA = "inzet.extract/1"

Kind = Literal["agenda", "report", "other"]


@dataclass(frozen=True, slots=True, order=True)
class Span:
    """Half-open interval [start, end) of character offsets into the stored text."""

    start: int
    end: int

    def __post_init__(self) -> None:
        if not 0 <= self.start <= self.end:
            raise ValueError(f"bad span [{self.start}, {self.end})")

    def of(self, text: str) -> str:
        """The evidence this span points at."""
        return text[self.start : self.end]

    def to_json(self) -> list[int]:
        return [self.start, self.end]


@dataclass(slots=True)
class Meeting:
    type: str
    date_start: str | None = None
    date_end: str | None = None
    location: str | None = None
    span: Span | None = None
    rule: str = "meetings.v1"

    def to_json(self) -> dict[str, Any]:
        return {"type": self.type, "date_start": self.date_start, "date_end": self.date_end,
                "location": self.location, "span": self.span.to_json() if self.span else None}


_SPACE = re.compile(r"\s+")
_KIND_NAME = {"agenda": "Agenda", "report": "Report"}


def letter_name(letter: Mapping[str, Any]) -> str:
    """What to call a letter wherever it is named: kind, date and subject (or the meetings it covers),
    e.g. `Agenda of 2026-01-29 — Geannoteerde agenda DMM`. Never its file path or a hash.

    Takes a letter object (`letter`, a summary row of the store, or a whole extract record whose
    `letter` holds these fields); a `subject`/`kind`/`date` at the top level wins."""
    inner = letter.get("letter")
    fields = {**(inner if isinstance(inner, Mapping) else {}), **{k: v for k, v in letter.items() if v is not None}}
    kind = _KIND_NAME.get(str(fields.get("kind") or fields.get("letter_kind")), "Letter")
    when = f" of {fields['date']}" if fields.get("date") else " (undated)"
    about = fields.get("subject") or ", ".join(dict.fromkeys(
        str(m.get("type")) for m in fields.get("meetings") or [] if isinstance(m, Mapping)))
    return f"{kind}{when}" + (f" — {_SPACE.sub(' ', str(about)).strip()}" if about else "")


def kst_id(dossier: str | int | None, number: str | int | None) -> str | None:
    """The official id of a Kamerstuk, `kst-<dossier>-<number>` (`kst-21501-28-299`): the one form that
    letters, citations and the sources' ids must share so that they join. Spaces are removed."""
    if dossier in (None, "") or number in (None, ""):
        return None
    return f"kst-{_SPACE.sub('', str(dossier))}-{str(number).strip()}"


@dataclass(slots=True)
class Kamerstuk:
    dossiers: list[str]
    number: int | str | None

    @property
    def id(self) -> str | None:
        """`kst-<first dossier>-<number>`."""
        return kst_id(self.dossiers[0] if self.dossiers else None, self.number)

    def to_json(self) -> dict[str, Any]:
        return {"dossiers": list(self.dossiers), "number": self.number}


@dataclass(slots=True)
class LetterMeta:
    date: str | None = None
    chamber: str | None = None
    kind: Kind = "other"
    subject: str | None = None
    reference: str | None = None
    kamerstuk: Kamerstuk | None = None
    signatory: str | None = None
    meetings: list[Meeting] = field(default_factory=list)
    # where each field was read: field name -> span (not part of the contract's letter object)
    evidence: dict[str, Span] = field(default_factory=dict)
    # fields a source stated (metadata.xml, the kst XML's structure): field name -> origin and what the text said
    given: dict[str, str] = field(default_factory=dict)

    def to_json(self) -> dict[str, Any]:
        out = {"date": self.date, "chamber": self.chamber, "kind": self.kind, "subject": self.subject,
               "reference": self.reference,
               "kamerstuk": self.kamerstuk.to_json() if self.kamerstuk else None,
               "signatory": self.signatory, "meetings": [m.to_json() for m in self.meetings]}
        if self.given:
            out["given"] = dict(self.given)
        return out


def _fact_json(obj: Any) -> dict[str, Any]:
    """`dataclasses.asdict(obj)` with the span as `[start, end]`, written out for the flat facts: asdict's
    recursive deep copy was a tenth of `inzet extract`'s time (a list field is copied, a Span made a dict)."""
    d = {}
    for name in _fields(type(obj)):
        v = getattr(obj, name)
        if type(v) is list:
            v = list(v)
        elif type(v) is Span:
            v = {"start": v.start, "end": v.end}
        d[name] = v
    d["span"] = obj.span.to_json()
    return d


_FIELDS: dict[type, tuple[str, ...]] = {}


def _fields(cls: type) -> tuple[str, ...]:
    names = _FIELDS.get(cls)
    if names is None:
        names = _FIELDS[cls] = tuple(f.name for f in fields(cls))
    return names


@dataclass(slots=True)
class Amount:
    value: float
    currency: str
    text: str
    span: Span
    qualifier: str | None = None       # approx | more_than | up_to | None
    ukraine: bool = False
    purpose: str | None = None
    rule: str = "money.v1"

    def to_json(self) -> dict[str, Any]:
        d = _fact_json(self)
        if float(self.value).is_integer():
            d["value"] = int(self.value)
        return d


@dataclass(slots=True)
class GdpShare:
    value: float
    text: str
    span: Span
    year: int | None = None
    category: str = "defence"          # defence | related | total
    basis: str | None = None           # national | nato | None
    ukraine: str | None = None         # incl | excl | None
    status: str = "actual"             # actual | estimate | target | legal_minimum
    rule: str = "gdp.v1"

    def to_json(self) -> dict[str, Any]:
        return _fact_json(self)


@dataclass(slots=True)
class Deployment:
    title: str
    text: str
    span: Span
    countries: list[str] = field(default_factory=list)
    unit: str | None = None
    action: str = "status"             # new | extension | change | end | status
    start: str | None = None
    end: str | None = None
    personnel_max: int | None = None
    cost_eur: float | None = None
    funding: str | None = None
    rule: str = "deployments.v1"

    def to_json(self) -> dict[str, Any]:
        d = _fact_json(self)
        if self.cost_eur is not None and float(self.cost_eur).is_integer():
            d["cost_eur"] = int(self.cost_eur)
        return d


@dataclass(slots=True)
class Citation:
    kind: str                          # kamerstuk | motion | tk-document | url
    id: str
    text: str
    span: Span
    context: Span | None = None        # the sentence or footnote it stands in
    rule: str = "citations.v1"

    def to_json(self) -> dict[str, Any]:
        d = _fact_json(self)
        d["context"] = self.context.to_json() if self.context else None
        return d


@dataclass(slots=True)
class Acronym:
    short: str
    long: str
    text: str
    span: Span
    rule: str = "acronyms.v1"

    def to_json(self) -> dict[str, Any]:
        return _fact_json(self)


@dataclass(slots=True)
class Section:
    heading: str
    span: Span
    rule: str = "sections.v1"

    def to_json(self) -> dict[str, Any]:
        return {"heading": self.heading, "span": self.span.to_json(), "rule": self.rule}


FACT_KINDS = ("amounts", "gdp_shares", "deployments", "citations", "acronyms")


@dataclass(slots=True)
class Extraction:
    """Everything extracted from one letter: the `inzet.extract/1` object."""

    source: str
    sha256: str
    letter: LetterMeta
    amounts: list[Amount] = field(default_factory=list)
    gdp_shares: list[GdpShare] = field(default_factory=list)
    deployments: list[Deployment] = field(default_factory=list)
    citations: list[Citation] = field(default_factory=list)
    acronyms: list[Acronym] = field(default_factory=list)
    sections: list[Section] = field(default_factory=list)
    dropped: int = 0                   # facts whose offsets could not be mapped (should stay 0)

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {"schema": SCHEMA, "source": self.source, "sha256": self.sha256,
                               "letter": self.letter.to_json()}
        for kind in FACT_KINDS:
            out[kind] = [f.to_json() for f in getattr(self, kind)]
        out["sections"] = [s.to_json() for s in self.sections]
        return out
