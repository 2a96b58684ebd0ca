"""The rows of one letter, built and checked before its write transaction opens.

Building them is the CPU part of storing a letter (stemming every sentence, JSON of every fact),
so it runs wherever the letter was extracted — in a worker process under `inzet ingest --jobs` —
and the writer only executes the inserts. The store neither reads files nor extracts: it is
given what the reader produced (anything shaped like `ReadLetter`), the `Extraction`, and the
letter's sentences as `SentenceIn` values; `inzet.pipeline` supplies them.

Sentences are kept in columns (arrays of offsets, one list of stems) rather than one tuple per
sentence, and their text is sliced from the stored text only while they are inserted: for a
20 MB letter with 150,000 sentences that is the difference between one more copy of the text
and three.
"""

from __future__ import annotations

import json
from array import array
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any, Protocol

from inzet import __version__
from inzet.errors import StoreError
from inzet.model import Extraction, Kamerstuk, Span
from inzet.store.queries import FACT_KINDS
from inzet.store.stems import filter_tokens, stems


class ReadLetter(Protocol):
    """What the store needs of a letter as read (`inzet.ingest.ReadResult` is one)."""

    @property
    def source(self) -> str: ...
    @property
    def text(self) -> str: ...
    @property
    def format(self) -> str: ...
    @property
    def sha256(self) -> str: ...
    @property
    def warnings(self) -> tuple[str, ...]: ...
    @property
    def meta(self) -> dict[str, str]: ...


@dataclass(frozen=True, slots=True)
class SentenceIn:
    """One sentence for the index: its span in the stored text, the heading of its section, its
    footnote number, and the normalised words that are stemmed for search."""

    span: Span
    section: str | None
    footnote: int | None
    words: str


@dataclass(slots=True)
class SentenceRows:
    """A letter's sentences in columns; `rows` yields them as the `sentences` table takes them."""

    starts: array = field(default_factory=lambda: array("q"))
    ends: array = field(default_factory=lambda: array("q"))
    footnotes: array = field(default_factory=lambda: array("q"))   # -1: not a footnote
    sections: array = field(default_factory=lambda: array("q"))    # index into `titles`, -1: none
    titles: list[str] = field(default_factory=list)
    stems: list[str] = field(default_factory=list)
    meta: list[str] = field(default_factory=list)                  # filter tokens (store.stems)

    def __len__(self) -> int:
        return len(self.starts)

    def rows(self, letter_id: str, text: str) -> Iterator[tuple[Any, ...]]:
        """(letter_id, idx, start, end, section, footnote, text, stems, meta), one sentence at a time."""
        for i, (a, b, fn, sec) in enumerate(zip(self.starts, self.ends, self.footnotes, self.sections,
                                                strict=True)):
            yield (letter_id, i, a, b, self.titles[sec] if sec >= 0 else None, fn if fn >= 0 else None,
                   text[a:b], self.stems[i], self.meta[i])


@dataclass(slots=True)
class LetterRows:
    """Every row of one letter: the `letters` row (a dict of its columns) and the rows that hang off it."""

    letter: dict[str, Any]
    meetings: list[tuple[Any, ...]]
    sections: list[tuple[Any, ...]]
    sentences: SentenceRows
    facts: list[tuple[Any, ...]]

    @property
    def letter_id(self) -> str:
        return self.letter["id"]

    @property
    def source(self) -> str:
        return self.letter["source"]


def kamerstuk_id(k: Kamerstuk | None) -> str | None:
    """`kst-<first dossier>-<number>`, the id citations use, so letters and citations join."""
    return k.id if k is not None else None


def _check_span(span: Span | list[int] | None, text_len: int, what: str, source: str) -> None:
    if span is None:
        return
    start, end = (span.start, span.end) if isinstance(span, Span) else span
    if not 0 <= start <= end <= text_len:
        raise StoreError(f"{source}: {what} has span [{start}, {end}) outside the text "
                         f"(length {text_len}); not stored")


class _Overlaps:
    """The kinds of the facts that overlap an interval, asked for intervals in order of their start.

    A fact `(start, end, kind)` overlaps `[a, b)` when `start < b and end > a`. Facts are taken up
    in order of their start and dropped once they end before the interval: one sweep, so a letter
    with many sentences and many facts costs n log n, not sentences × facts (which made ingest of
    a 20 MB file spend most of its time here). An interval that starts before the previous one
    restarts the sweep, so any order gives the right answer.
    """

    def __init__(self, facts: Iterable[tuple[int, int, str]]) -> None:
        self._pending = sorted(facts)
        self._restart()

    def _restart(self) -> None:
        self._next = 0
        self._active: list[tuple[int, int, str]] = []
        self._last = -1

    def kinds(self, a: int, b: int) -> set[str]:
        if a < self._last:
            self._restart()
        self._last = a
        pending = self._pending
        while self._next < len(pending) and pending[self._next][0] < b:
            self._active.append(pending[self._next])
            self._next += 1
        self._active = [f for f in self._active if f[1] > a]
        return {k for s, e, k in self._active if s < b and e > a}


def kinds_inside(intervals: list[tuple[int, int]], facts: list[tuple[int, int, str]]) -> list[set[str]]:
    """For each interval `[a, b)`, the kinds of the facts `(start, end, kind)` that overlap it."""
    ov = _Overlaps(facts)
    return [ov.kinds(a, b) for a, b in intervals]


def build_rows(read: ReadLetter, ex: Extraction, sentences: Iterable[SentenceIn],
               extractor_version: int) -> LetterRows:
    """Every row of one letter, each span checked against the stored text (a `StoreError` names the
    letter and the fact whose span falls outside it; nothing is stored then).

    `extractor_version` is the version of the rules that made `ex`; letters of an older version
    are listed as stale and `inzet reindex` extracts them again.
    """
    if ex.sha256 != read.sha256:
        raise StoreError(f"{read.source}: extraction is of other bytes "
                         f"({ex.sha256[:12]} ≠ {read.sha256[:12]})")
    lid, text, n = read.sha256, read.text, len(read.text)
    meta = ex.letter
    letter = {
        "id": lid, "source": read.source, "format": read.format, "text": text,
        "letter_json": json.dumps(meta.to_json(), ensure_ascii=False),
        "extraction_json": json.dumps(ex.to_json(), ensure_ascii=False),
        "evidence_json": json.dumps({k: v.to_json() for k, v in meta.evidence.items()}),
        "read_json": json.dumps({"warnings": list(read.warnings), "meta": read.meta}, ensure_ascii=False),
        "date": meta.date, "kind": meta.kind, "chamber": meta.chamber, "subject": meta.subject,
        "reference": meta.reference,
        # a letter whose text has no Kamerstuk block may still have the id its source gave it
        "kamerstuk": kamerstuk_id(meta.kamerstuk) or read.meta.get("kst_id"),
        "signatory": meta.signatory, "dropped": ex.dropped, "extractor": __version__,
        "extractor_version": extractor_version,
        "ingested_at": datetime.now(UTC).isoformat(timespec="seconds"),
    }
    for name, sp in meta.evidence.items():
        _check_span(sp, n, f"letter field {name!r}", read.source)

    meetings = []
    for i, m in enumerate(meta.meetings):
        _check_span(m.span, n, f"meeting {i} ({m.type})", read.source)
        meetings.append((lid, i, m.type, m.date_start, m.date_end, m.location,
                         m.span.start if m.span else None, m.span.end if m.span else None, m.rule))

    sections = []
    for i, s in enumerate(ex.sections):
        _check_span(s.span, n, f"section {i}", read.source)
        sections.append((lid, i, s.heading, s.span.start, s.span.end, s.rule))

    facts = []
    for kind in FACT_KINDS:
        for i, f in enumerate(getattr(ex, kind)):
            value = f.to_json()
            span = value.pop("span")
            value.pop("rule", None)
            _check_span(span, n, f"{kind}[{i}]", read.source)
            facts.append((lid, kind, i, json.dumps(value, ensure_ascii=False), span[0], span[1], f.rule))

    overlaps = _Overlaps((f.span.start, f.span.end, kind) for kind in FACT_KINDS for f in getattr(ex, kind))
    meeting_types = [m.type for m in meta.meetings]
    out = SentenceRows()
    title_index: dict[str | None, int] = {None: -1}
    for i, s in enumerate(sentences):
        sp = s.span
        _check_span(sp, n, f"sentence {i}", read.source)
        if s.section not in title_index:
            title_index[s.section] = len(out.titles)
            out.titles.append(s.section)   # type: ignore[arg-type]  # None is in the index already
        out.starts.append(sp.start)
        out.ends.append(sp.end)
        out.footnotes.append(-1 if s.footnote is None else s.footnote)
        out.sections.append(title_index[s.section])
        out.stems.append(stems(s.words))
        out.meta.append(filter_tokens(meta.kind, meta.chamber, meta.date, meeting_types,
                                      list(overlaps.kinds(sp.start, sp.end))))
    return LetterRows(letter, meetings, sections, out, facts)
