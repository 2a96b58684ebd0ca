"""Citation graph and glossary across letters.

`citation_graph` turns every citation into an edge letter → cited id (a Kamerstuk `kst-…`, a motion,
a tk-document id, a url). An edge is resolved to a letter of the set when that letter's own Kamerstuk
id (`kst-<first dossier>-<number>` from `letter.kamerstuk`) is the cited id, so a reader can jump from a
reference to the letter itself; every Kamerstuk also gets its officielebekendmakingen.nl address.

`glossary` lists every acronym the letters define, with the long forms grouped case- and
dash-insensitively ("NAVO-ministers van Defensie" = "NAVO-Ministers van Defensie") and where each was
defined (letter id, span, quoted text).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from inzet.extract.dutch import fold
from inzet.link.pledges import letter_date, letter_sort_key, span_of
from inzet.model import kst_id

RULE = "graph.v1"

OFFICIAL_BASE = "https://zoek.officielebekendmakingen.nl/"


def official_url(kst_id: str) -> str:
    """The officielebekendmakingen.nl page of a Kamerstuk id: kst-36045-267 → …/kst-36045-267.html."""
    return f"{OFFICIAL_BASE}{kst_id}.html"


def kamerstuk_id(kamerstuk: Mapping[str, Any] | None) -> str | None:
    """`kst-<first dossier>-<number>` of a letter's kamerstuk field ({"dossiers": ["21501-28", …], "number": 299})."""
    if not kamerstuk:
        return None
    dossiers = kamerstuk.get("dossiers") or []
    return kst_id(dossiers[0] if dossiers else None, kamerstuk.get("number"))


def letter_kst_id(record: Mapping[str, Any]) -> str | None:
    """The Kamerstuk id of a letter record: as the store knows it (`kst_id`: from the header, or the
    official id its source gave it, e.g. a document fetched from the Tweede Kamer), else from the header."""
    return record.get("kst_id") or kamerstuk_id((record.get("letter") or {}).get("kamerstuk"))


def citation_url(kind: str, cited: str) -> str | None:
    """Where a cited id can be read: Kamerstukken and motions on officielebekendmakingen.nl, urls as given."""
    if kind in ("kamerstuk", "motion") or cited.startswith("kst-"):
        return official_url(cited)
    if kind == "url":
        return cited if re.match(r"(?i)https?://", cited) else f"https://{cited}"
    return None


@dataclass(slots=True)
class Edge:
    """One citation: letter → cited id, with the quoted reference and its span."""

    letter_id: str
    letter_date: str | None
    source: str | None
    kind: str                         # kamerstuk | motion | tk-document | url
    cited: str                        # the cited id
    text: str | None
    span: tuple[int, int] | None
    url: str | None
    resolved: str | None = None       # id of the letter in the set that is the cited document

    def to_json(self) -> dict[str, Any]:
        return {"letter_id": self.letter_id, "letter_date": self.letter_date, "source": self.source,
                "kind": self.kind, "cited": self.cited, "text": self.text,
                "span": list(self.span) if self.span else None, "url": self.url, "resolved": self.resolved}


@dataclass(slots=True)
class Node:
    """A letter of the set."""

    id: str
    date: str | None
    source: str | None
    kind: str | None
    kst_id: str | None

    def to_json(self) -> dict[str, Any]:
        return {"id": self.id, "date": self.date, "source": self.source, "kind": self.kind, "kst_id": self.kst_id,
                "url": official_url(self.kst_id) if self.kst_id else None}


@dataclass(slots=True)
class CitationGraph:
    """Letters, citation edges and, per cited id, the citations that point at it."""

    nodes: dict[str, Node] = field(default_factory=dict)
    edges: list[Edge] = field(default_factory=list)
    cited_by: dict[str, list[Edge]] = field(default_factory=dict)

    def cites(self, letter_id: str) -> list[Edge]:
        """The citations of one letter, in text order."""
        return [e for e in self.edges if e.letter_id == letter_id]

    def cited_by_letter(self, letter_id: str) -> list[Edge]:
        """Citations (from any letter of the set) that resolve to this letter."""
        return [e for e in self.edges if e.resolved == letter_id]

    def to_json(self) -> dict[str, Any]:
        return {"schema": "inzet.graph/1", "rule": RULE, "nodes": [n.to_json() for n in self.nodes.values()],
                "edges": [e.to_json() for e in self.edges],
                "cited_by": {k: [e.to_json() for e in v] for k, v in self.cited_by.items()}}


def citation_graph(records: Iterable[Mapping[str, Any]]) -> CitationGraph:
    """Build the citation graph of `records` (extract objects with an `"id"`), letters oldest first."""
    ordered = sorted(records, key=letter_sort_key)
    graph = CitationGraph()
    by_kst: dict[str, str] = {}
    for rec in ordered:
        rid = str(rec.get("id", ""))
        kst = letter_kst_id(rec)
        graph.nodes[rid] = Node(rid, letter_date(rec), rec.get("source"), (rec.get("letter") or {}).get("kind"), kst)
        if kst:
            by_kst.setdefault(kst, rid)
    for rec in ordered:
        rid = str(rec.get("id", ""))
        for c in rec.get("citations") or []:
            cited = str(c.get("id") or "").strip()
            if not cited:
                continue
            kind = str(c.get("kind") or "kamerstuk")
            edge = Edge(rid, letter_date(rec), rec.get("source"), kind, cited, c.get("text"), span_of(c),
                        citation_url(kind, cited), by_kst.get(cited))
            graph.edges.append(edge)
            graph.cited_by.setdefault(cited, []).append(edge)
    return graph


# ---------------------------------------------------------------------------------------------------------------
# glossary


def _long_key(long: str) -> str:
    return re.sub(r"[\s\-‑–—]+", " ", fold(long)).strip()


@dataclass(slots=True)
class Definition:
    """Where a letter defines an acronym."""

    letter_id: str
    letter_date: str | None
    source: str | None
    long: str                         # as this letter writes it
    text: str | None
    span: tuple[int, int] | None

    def to_json(self) -> dict[str, Any]:
        return {"letter_id": self.letter_id, "letter_date": self.letter_date, "source": self.source,
                "long": self.long, "text": self.text, "span": list(self.span) if self.span else None}


@dataclass(slots=True)
class LongForm:
    """One expansion of an acronym (spellings differing only in case or dashes grouped together)."""

    long: str                         # the first spelling met
    spellings: list[str] = field(default_factory=list)
    definitions: list[Definition] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        return {"long": self.long, "spellings": self.spellings, "definitions": [d.to_json() for d in self.definitions]}


@dataclass(slots=True)
class GlossaryEntry:
    """An acronym with all its expansions across letters."""

    short: str
    variants: list[LongForm] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        return {"short": self.short, "variants": [v.to_json() for v in self.variants]}


def glossary(records: Iterable[Mapping[str, Any]]) -> list[GlossaryEntry]:
    """Every acronym the letters define, sorted by short form (case-insensitively), oldest definition first."""
    entries: dict[str, GlossaryEntry] = {}
    forms: dict[tuple[str, str], LongForm] = {}
    for rec in sorted(records, key=letter_sort_key):
        rid = str(rec.get("id", ""))
        for a in rec.get("acronyms") or []:
            short, long = str(a.get("short") or "").strip(), str(a.get("long") or "").strip()
            if not short or not long:
                continue
            entry = entries.setdefault(short, GlossaryEntry(short))
            key = (short, _long_key(long))
            form = forms.get(key)
            if form is None:
                form = forms[key] = LongForm(long)
                entry.variants.append(form)
            if long not in form.spellings:
                form.spellings.append(long)
            form.definitions.append(Definition(rid, letter_date(rec), rec.get("source"), long, a.get("text"),
                                               span_of(a)))
    return sorted(entries.values(), key=lambda e: (e.short.casefold(), e.short))
