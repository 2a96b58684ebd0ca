"""The rows of one letter, built and checked before its write transaction opens.

Building them is the CPU part of storing a letter (stemming every sentence, JSON of every fact),
so it runs wherever the letter was extracted — in a worker process under `inzet ingest --jobs` —
and the writer only executes the inserts. The store neither reads files nor extracts: it is
given what the reader produced (anything shaped like `ReadLetter`), the `Extraction`, and the
letter's sentences as `SentenceIn` values; `inzet.pipeline` supplies them.

Sentences are kept in columns (arrays of offsets, one list of stems) rather than one tuple per
sentence, and their text is sliced from the stored text only while they are inserted: for a
20 MB letter with 150,000 sentences that is the difference between one more copy of the text
and three. A letter that big is built with `stream=True`: its sentences are then not kept at all
but stemmed a batch at a time while the store inserts them (`StreamedSentences`), which lets the
segmented document go as soon as the last one is written.

The search side tables' entries of the sentences (`bounds.entries`) are made here too, from the stems and
filter tokens the rows hold, keyed by the sentence's position in the letter: the writer only inserts them
under the ids it gives the sentences, rather than reading the sentences back to make them.
"""

from __future__ import annotations

import ctypes
import json
from array import array
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from functools import cache
from typing import Any, Protocol

from inzet import __version__
from inzet.errors import StoreError
from inzet.model import Extraction, Kamerstuk, Span
from inzet.store import bounds
from inzet.store.bounds import Repeat, Short
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
    footnote number, and the normalised words that are stemmed for search (or, when `stems` is given,
    their stems made already: `words` is then not read)."""

    span: Span
    section: str | None
    footnote: int | None
    words: str
    stems: str | None = None


@dataclass(frozen=True, slots=True)
class SentenceBatch:
    """Some of a letter's sentences as the `sentences` table takes them — (letter_id, idx, start, end,
    section, footnote, text, stems, meta) — and their search entries (`bounds.entries`), keyed by idx."""

    rows: Iterable[tuple[Any, ...]]
    short: list[Short]
    repeats: list[Repeat]


def _stems_of(s: SentenceIn) -> str:
    """The sentence's stems: made already (`pipeline`'s child), or made here."""
    return stems(s.words) if s.stems is None else s.stems


STREAM_BATCH = 4096     # sentences of a streamed letter made (and their entries) per batch


@dataclass(slots=True)
class SentenceRows:
    """A letter's sentences in columns, with their search entries by position; `batches` yields them as the
    store writes them."""

    starts: array = field(default_factory=lambda: array("q"))
    ends: array = field(default_factory=lambda: array("q"))
    footnotes: array = field(default_factory=lambda: array("q"))   # -1: not a footnote
    sections: array = field(default_factory=lambda: array("q"))    # index into `titles`, -1: none
    titles: list[str] = field(default_factory=list)
    stems: list[str] = field(default_factory=list)
    meta: list[str] = field(default_factory=list)                  # filter tokens (store.stems)
    short: list[Short] = field(default_factory=list)               # bounds.entries, by position
    repeats: list[Repeat] = field(default_factory=list)

    def __len__(self) -> int:
        return len(self.starts)

    def batches(self, letter_id: str, text: str) -> Iterator[SentenceBatch]:
        """One batch: every sentence, its rows made one at a time as they are written."""
        yield SentenceBatch(self._rows(letter_id, text), self.short, self.repeats)

    def _rows(self, letter_id: str, text: str) -> Iterator[tuple[Any, ...]]:
        for i, (a, b, fn, sec) in enumerate(zip(self.starts, self.ends, self.footnotes, self.sections,
                                                strict=True)):
            yield (letter_id, i, a, b, self.titles[sec] if sec >= 0 else None, fn if fn >= 0 else None,
                   text[a:b], self.stems[i], self.meta[i])


class StreamedSentences:
    """A big letter's sentences, made while they are inserted: each is checked, stemmed and given its
    filter tokens as `batches` makes them, STREAM_BATCH at a time, and nothing of them is kept once the
    batch is written. `batches` can run once: it lets go of the sentences it reads from (and so of the
    segmented document behind them) when it is done."""

    def __init__(self, sentences: Iterable[SentenceIn], tokens: _Tokens, text_len: int, source: str) -> None:
        self._sentences: Iterable[SentenceIn] | None = sentences
        self._tokens: _Tokens | None = tokens
        self._text_len = text_len
        self._source = source

    def batches(self, letter_id: str, text: str) -> Iterator[SentenceBatch]:
        """The sentences STREAM_BATCH at a time, with their entries; a `StoreError` (a span outside the
        text) stops it."""
        sentences, self._sentences = self._sentences, None
        tokens, self._tokens = self._tokens, None
        if sentences is None or tokens is None:
            raise StoreError(f"{self._source}: its sentences were written already")
        batch: list[tuple[Any, ...]] = []
        for i, s in enumerate(sentences):
            sp = s.span
            _check_span(sp, self._text_len, f"sentence {i}", self._source)
            batch.append((letter_id, i, sp.start, sp.end, s.section, s.footnote, text[sp.start:sp.end],
                          _stems_of(s), tokens.of(sp.start, sp.end)))
            if len(batch) == STREAM_BATCH:
                yield _batch(batch)
                batch = []
        del sentences, tokens
        if batch:
            yield _batch(batch)
        _trim_heap()


def _batch(rows: list[tuple[Any, ...]]) -> SentenceBatch:
    """Sentence rows with their search entries, made from the rows' idx, stems and meta."""
    return SentenceBatch(rows, *bounds.entries((r[1], r[7], r[8]) for r in rows))


def _trim_heap() -> None:
    """Give the C heap's free pages back to the system (glibc's `malloc_trim`; elsewhere nothing). Called
    once a big letter's document is freed: the copies SQLite makes of the letter's row come next, and
    pages left free but resident would count in the peak beside them (30 MB at 20 MB)."""
    trim = getattr(_libc(), "malloc_trim", None)
    if trim is not None:
        trim(0)


@cache
def _libc() -> ctypes.CDLL | None:
    try:
        return ctypes.CDLL(None)
    except OSError:
        return None


class LetterRows:
    """Every row of one letter: the `letters` row (a dict of its columns) and the rows that hang off it.

    Rows built with `build_rows(stream=True)` make their facts and the letter's JSON columns when they
    are first asked for (the store asks after the sentences), so the document behind the streamed
    sentences is gone before the extraction's JSON is made; their `facts` are then read once, and
    nothing of the extraction is kept once they are.
    """

    __slots__ = ("_facts", "_later", "_letter", "letter_id", "meetings", "sections", "sentences", "source",
                 "streamed", "text")

    def __init__(self, letter: dict[str, Any] | Callable[[], tuple[dict[str, Any], Iterable[tuple[Any, ...]]]],
                 meetings: list[tuple[Any, ...]], sections: list[tuple[Any, ...]],
                 sentences: SentenceRows | StreamedSentences, facts: Iterable[tuple[Any, ...]] | None = None,
                 *, letter_id: str = "", source: str = "", text: str = "") -> None:
        """`letter` and `facts`, or (deferred) a function that makes both; then the letter's id, source
        and text are given apart."""
        if callable(letter):
            self._later: Callable[[], tuple[dict[str, Any], Iterable[tuple[Any, ...]]]] | None = letter
            self._letter: dict[str, Any] | None = None
            self._facts: Iterable[tuple[Any, ...]] | None = None
        else:
            self._later, self._letter, self._facts = None, letter, facts or []
            letter_id, source, text = letter["id"], letter["source"], letter["text"]
        self.letter_id, self.source, self.text = letter_id, source, text
        self.streamed = callable(letter)        # built with stream=True: the letter row is made last
        self.meetings, self.sections, self.sentences = meetings, sections, sentences

    def _made(self) -> tuple[dict[str, Any], Iterable[tuple[Any, ...]]]:
        if self._later is not None:
            self._letter, self._facts = self._later()
            self._later = None
        assert self._letter is not None and self._facts is not None
        return self._letter, self._facts

    @property
    def letter(self) -> dict[str, Any]:
        """The `letters` row: a dict of its columns."""
        return self._made()[0]

    @property
    def facts(self) -> Iterable[tuple[Any, ...]]:
        """The `facts` rows."""
        return self._made()[1]


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


class _Tokens:
    """The filter tokens (`store.stems.filter_tokens`) of a letter's sentences by their span. A letter
    has a handful of distinct ones, so each is made once and shared by the sentences that have it."""

    def __init__(self, ex: Extraction) -> None:
        meta = ex.letter
        self._letter = (meta.kind, meta.chamber, meta.date, [m.type for m in meta.meetings])
        self._overlaps = _Overlaps((f.span.start, f.span.end, kind) for kind in FACT_KINDS
                                   for f in getattr(ex, kind))
        self._made: dict[frozenset[str], str] = {}

    def of(self, start: int, end: int) -> str:
        kinds = frozenset(self._overlaps.kinds(start, end))
        tokens = self._made.get(kinds)
        if tokens is None:
            tokens = self._made[kinds] = filter_tokens(*self._letter, list(kinds))
        return tokens


def build_rows(read: ReadLetter, ex: Extraction, sentences: Iterable[SentenceIn],
               extractor_version: int, stream: bool = False) -> LetterRows:
    """Every row of one letter, each span checked against the stored text (a `StoreError` names the
    letter and the fact whose span falls outside it; nothing is stored then).

    `extractor_version` is the version of the rules that made `ex`; letters of an older version
    are listed as stale and `inzet reindex` extracts them again. With `stream`, the sentences are
    read, checked and stemmed only while the store inserts them (`StreamedSentences`), and the facts
    and JSON columns are made after them (`LetterRows`).
    """
    if ex.sha256 != read.sha256:
        raise StoreError(f"{read.source}: extraction is of other bytes "
                         f"({ex.sha256[:12]} ≠ {read.sha256[:12]})")
    lid, text, n = read.sha256, read.text, len(read.text)
    meta = ex.letter
    for name, sp in meta.evidence.items():
        _check_span(sp, n, f"letter field {name!r}", read.source)
    for kind in FACT_KINDS:
        for i, f in enumerate(getattr(ex, kind)):
            _check_span(f.span, n, f"{kind}[{i}]", read.source)

    meetings = []
    for i, m in enumerate(meta.meetings):
        _check_span(m.span, n, f"meeting {i} ({m.type})", read.source)
        meetings.append((lid, i, m.type, m.date_start, m.date_end, m.location,
                         m.span.start if m.span else None, m.span.end if m.span else None, m.rule))

    sections = []
    for i, s in enumerate(ex.sections):
        _check_span(s.span, n, f"section {i}", read.source)
        sections.append((lid, i, s.heading, s.span.start, s.span.end, s.rule))

    tokens = _Tokens(ex)
    if stream:
        return LetterRows(lambda: _letter_and_facts(read, ex, extractor_version, once=True), meetings, sections,
                          StreamedSentences(sentences, tokens, n, read.source), letter_id=lid, source=read.source,
                          text=text)
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
        out.stems.append(_stems_of(s))
        out.meta.append(tokens.of(sp.start, sp.end))
    out.short, out.repeats = bounds.entries(zip(range(len(out)), out.stems, out.meta, strict=True))
    letter, facts = _letter_and_facts(read, ex, extractor_version)
    return LetterRows(letter, meetings, sections, out, facts)


def _letter_and_facts(read: ReadLetter, ex: Extraction, extractor_version: int, once: bool = False
                      ) -> tuple[dict[str, Any], Iterable[tuple[Any, ...]]]:
    """The `letters` row and the `facts` rows of a letter whose spans are checked already (with `once`,
    the facts as an iterator that lets go of the extraction when it is done)."""
    lid, meta = read.sha256, ex.letter
    obj = ex.to_json()          # once: the facts' values are its lists
    letter = {
        "id": lid, "source": read.source, "format": read.format, "text": read.text,
        "letter_json": json.dumps(obj["letter"], ensure_ascii=False),
        "extraction_json": json.dumps(obj, ensure_ascii=False),
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
    facts = _fact_rows(lid, ex, obj)
    return letter, facts if once else list(facts)


def _fact_rows(lid: str, ex: Extraction, obj: dict[str, Any]) -> Iterator[tuple[Any, ...]]:
    """(letter_id, kind, idx, value_json, start, end, rule) of every fact; `obj` is `ex.to_json()`."""
    for kind in FACT_KINDS:
        for i, (f, value) in enumerate(zip(getattr(ex, kind), obj[kind], strict=True)):
            span = value["span"]
            value = {k: v for k, v in value.items() if k not in ("span", "rule")}
            yield lid, kind, i, json.dumps(value, ensure_ascii=False), span[0], span[1], f.rule
