"""The ingest pipeline: read → segment → extract → rows, then one writer stores them.

`inzet ingest`, `inzet fetch`/`sync` (downloaded bytes), `inzet reindex` and the demo all store
letters through here, so they store them alike. The store only stores (it imports no reader and
no extractor); this module joins the readers, the extractors and the store.

With `jobs > 1` the CPU work — reading, segmenting, extracting, stemming the sentences for the
index, building the rows — runs in worker processes, and the calling process writes the rows in
input order, each letter whole or not at all: a savepoint in a commit group of up to `GROUP_LETTERS`
letters (`_Groups`), committed together so the index pages they share are written once. Workers open the
database read-only to skip letters already stored before extracting them. A bad input becomes an
`Outcome` with a one-line error naming it; the others go on. A worker that dies takes only the letters
it was holding with it: the rest are prepared in the writer's own process. So is a letter of `STREAM_CHARS` or more: its
sentences are stemmed while the store writes them, never all held, and never pickled. With `jobs > 1`, a letter
the writer prepares of `AHEAD_CHARS` or more has its sentences stemmed into a file by a forked child while the
writer extracts it (`inzet.ahead`), so one big file uses the second core too.

Workers ignore Ctrl-C: the writer gets it, rolls back the letter it was writing, commits the whole ones
of its group and stops the workers, so an interrupted run leaves whole letters only and running it again continues.
"""

from __future__ import annotations

import contextlib
import json
import multiprocessing
import os
import signal
import sys
import threading
import time
import traceback
from collections import deque
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, replace

from inzet import ahead as stems_ahead
from inzet.errors import InzetError, StoreError
from inzet.extract import VERSION
from inzet.extract.pipeline import extract_document, load_rules
from inzet.extract.segment import Document, segment
from inzet.ingest import ReadResult, read, read_bytes
from inzet.model import Extraction
from inzet.store import AddResult, Store
from inzet.store.db import MEMORY
from inzet.store.rows import LetterRows, SentenceIn, build_rows


def default_jobs() -> int:
    """The number of cores this process may run on."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:         # not on Linux
        return os.cpu_count() or 1


# -- one letter, in whatever process -------------------------------------------------------------

def sentences_of(doc: Document, ahead: stems_ahead.StemsAhead | None = None) -> Iterator[SentenceIn]:
    """The letter's sentences as the index takes them, one at a time (a big letter has 10⁵); with their
    stems when `ahead` made them (if it failed, they are stemmed as they are written)."""
    lines = ahead.stems() if ahead is not None else None
    if lines is None:
        for s in doc.sentences:
            yield SentenceIn(doc.span(s.start, s.end), doc.section_title(s), s.footnote, doc.sentence_text(s))
        return
    for s, line in zip(doc.sentences, lines, strict=True):
        yield SentenceIn(doc.span(s.start, s.end), doc.section_title(s), s.footnote, "", line)


def rows_of(read_result: ReadResult, extraction: Extraction, doc: Document, stream: bool = False,
            ahead: stems_ahead.StemsAhead | None = None) -> LetterRows:
    """The store's rows for a letter extracted from `doc` by the running rules (`stream`: its sentences
    made only while they are written, see `rows.StreamedSentences`; `ahead`: their stems in the making)."""
    if doc.text != read_result.text:
        raise StoreError(f"{read_result.source}: the segmented document is not of the stored text")
    return build_rows(read_result, extraction, sentences_of(doc, ahead), VERSION, stream)


# Letters of at least this many characters are prepared in the writer's own process with their
# sentences streamed into the store: rows built whole and sent from a worker would cost a 20 MB
# letter about three times its text in each process.
STREAM_CHARS = 1 << 20


# Letters of at least this many characters prepared in the writer with cores to spare have their sentences
# stemmed by a child process while the writer extracts them (`inzet.ahead`): below it the fork costs more
# than it saves.
AHEAD_CHARS = 1 << 18


def prepare(read_result: ReadResult, stream: bool = False, cores: int = 1) -> LetterRows:
    """Segment and extract a letter as read and build its rows (`stream`: see `rows_of`). A big letter
    (`AHEAD_CHARS`) given `cores` > 1 has its sentences stemmed in a child process while this one extracts."""
    doc = segment(read_result.source, read_result.text)
    ahead = stems_ahead.start(doc) if cores > 1 and len(read_result.text) >= AHEAD_CHARS else None
    extraction = extract_document(doc, read_result.sha256, read_result.meta)
    doc.derived.clear()          # the extractors' shared working data: the rows need none of it
    return rows_of(read_result, extraction, doc, stream, ahead)


def store_letter(store: Store, read_result: ReadResult, extraction: Extraction,
                 doc: Document | None = None) -> AddResult:
    """Store a letter already extracted (`doc` is the document it came from; segmented if not given)."""
    doc = doc if doc is not None else segment(read_result.source, read_result.text)
    return store.add(rows_of(read_result, extraction, doc))


def _load(store: Store, r: ReadResult) -> tuple[AddResult, tuple[str, ...]]:
    known = store.has(r.sha256)
    if known is not None:
        return AddResult(r.sha256, False, known), r.warnings
    return store.add(prepare(r, stream=len(r.text) >= STREAM_CHARS)), r.warnings


def load_file(store: Store, path: str) -> tuple[AddResult, tuple[str, ...]]:
    """Read, extract and store one letter file; returns what the store did and the reader's warnings.

    A letter already stored (same bytes) is not extracted again.
    """
    return _load(store, read(path))


def load_bytes(store: Store, data: bytes, name: str, meta: dict[str, str] | None = None,
               content_type: str | None = None) -> tuple[AddResult, tuple[str, ...]]:
    """Like `load_file` for downloaded bytes; `meta` (remote ids such as `kst_id`) is kept with the letter."""
    r = read_bytes(data, name, content_type)
    if meta:
        r = replace(r, meta={**r.meta, **meta})
    return _load(store, r)


# -- outcomes ------------------------------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class Outcome:
    """What became of one input: stored (or found stored already), or failed with one line.

    `bug` is set when the failure was not an `InzetError` but an unexpected exception: then
    `error` is `"<Type>: <message>"` and `traceback` its traceback, for `INZET_DEBUG=1`.
    """

    source: str
    result: AddResult | None = None
    warnings: tuple[str, ...] = ()
    error: str | None = None
    bug: bool = False
    traceback: str | None = None


@dataclass(slots=True)
class _Prepared:
    """What a worker hands the writer: rows to write, the source a letter is already stored under,
    the failure, or `in_writer`: a letter too big to send (`STREAM_CHARS`), for the writer to prepare."""

    source: str
    rows: LetterRows | None = None
    in_writer: bool = False
    known: AddResult | None = None
    warnings: tuple[str, ...] = ()
    error: str | None = None
    bug: bool = False
    traceback: str | None = None


def _failed(source: str, e: Exception) -> _Prepared:
    if isinstance(e, InzetError):
        return _Prepared(source, error=str(e))
    return _Prepared(source, error=f"{type(e).__name__}: {e}", bug=True, traceback=traceback.format_exc())


# -- the worker side -----------------------------------------------------------------------------

_reader: Store | None = None     # a worker's read-only view of the database


def _init_worker(db: str | None) -> None:
    """Runs once in each worker: Ctrl-C is the writer's to handle; open the database read-only."""
    global _reader
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    _reader = Store(db, readonly=True) if db else None


def _prepare_file(path: str, store: Store | None = None, cores: int = 1) -> _Prepared:
    """Read and prepare one file, unless its letter is already stored (`store`: the writer's own,
    in-process; else the worker's read-only one; `cores`: what the writer may use, see `prepare`)."""
    lookup = store if store is not None else _reader
    try:
        r = read(path)
        known = lookup.has(r.sha256) if lookup is not None else None
        if known is not None:
            return _Prepared(path, known=AddResult(r.sha256, False, known), warnings=r.warnings)
        return _prepared(path, r, store is not None, r.warnings, cores)
    except Exception as e:
        return _failed(path, e)


def _prepared(source: str, r: ReadResult, in_writer: bool, warnings: tuple[str, ...] = (), cores: int = 1
              ) -> _Prepared:
    """The rows of a letter as read; a big one is streamed in the writer's process, so a worker leaves it
    to the writer."""
    big = len(r.text) >= STREAM_CHARS
    if big and not in_writer:
        return _Prepared(source, in_writer=True)
    return _Prepared(source, rows=prepare(r, stream=big, cores=cores), warnings=warnings)


def _stored_letter(store: Store, letter_id: str) -> ReadResult:
    """A stored letter as its reader gave it, for extracting it again (the file may be long gone)."""
    row = store.extraction_input(letter_id)
    if row is None:
        raise StoreError(f"{letter_id[:12]}: no longer in {store.path}")
    how = json.loads(row["read_json"] or "{}")
    return ReadResult(row["source"], row["text"], row["format"], row["id"], tuple(how.get("warnings", ())),
                      dict(how.get("meta", {})))


def _prepare_stored(letter_id: str, store: Store | None = None, cores: int = 1) -> _Prepared:
    """Extract a stored letter again with the running rules."""
    lookup = store if store is not None else _reader
    assert lookup is not None, "re-extraction needs the database"
    source = letter_id[:12]
    try:
        r = _stored_letter(lookup, letter_id)
        source = r.source
        return _prepared(source, r, store is not None, cores=cores)
    except Exception as e:
        return _failed(source, e)


# -- the writer side -----------------------------------------------------------------------------

Write = Callable[[Store, LetterRows], AddResult]


def _write(store: Store, p: _Prepared, write: Write) -> Outcome:
    if p.rows is None:
        return Outcome(p.source, p.known, p.warnings, p.error, p.bug, p.traceback)
    try:
        return Outcome(p.source, write(store, p.rows), p.warnings)
    except Exception as e:
        f = _failed(p.source, e)
        return Outcome(p.source, None, p.warnings, f.error, f.bug, f.traceback)


# a commit group (`Store.begin_group`) is committed after this many letters or this long after its first one,
# and whenever the writer would wait for a worker: so the writer groups only while it is what everyone waits on
GROUP_LETTERS = 16
GROUP_SECONDS = 0.25


class _Groups:
    """The writer's commit groups: letters written into one transaction, each its own savepoint; their
    outcomes are given out once the group is committed, so a letter reported stored is stored."""

    def __init__(self, store: Store, write: Write) -> None:
        self.store, self.write = store, write
        self.pending: list[Outcome] = []
        self.since = 0.0

    def put(self, p: _Prepared) -> list[Outcome]:
        """Write one prepared letter; the outcomes now committed (or failed), in input order."""
        if p.rows is not None and p.rows.streamed:          # its own transaction, after what came before
            return [*self.flush(), _write(self.store, p, self.write)]
        if not self.pending:
            self.since = time.monotonic()
        if p.rows is not None and not self.store.in_group:
            self.store.begin_group()
        self.pending.append(_write(self.store, p, self.write))
        if len(self.pending) >= GROUP_LETTERS or time.monotonic() - self.since >= GROUP_SECONDS:
            return self.flush()
        return []

    def flush(self) -> list[Outcome]:
        """Commit the open group; if the commit fails, every letter of it fails with the reason."""
        out, self.pending = self.pending, []
        try:
            self.store.commit_group()
        except StoreError as e:
            return [replace(o, result=None, error=f"{o.source}: not stored ({e})")
                    if o.result is not None and o.result.created else o for o in out]
        return out

    def close(self) -> None:
        """On the way out (finished, interrupted, abandoned): what the group holds is whole letters, keep them."""
        with contextlib.suppress(StoreError):      # rolled back then: a later run stores them
            self.store.commit_group()


def _context() -> multiprocessing.context.BaseContext:
    """fork where it is safe (no other thread that could hold a lock): workers start at once and see
    the parent's modules as they are; forkserver otherwise."""
    if sys.platform != "win32" and (sys.version_info < (3, 12) or threading.active_count() == 1):
        return multiprocessing.get_context("fork")
    return multiprocessing.get_context("forkserver" if sys.platform != "win32" else "spawn")


BATCH = 8     # letters per task sent to a worker: fewer round trips, still a short wait for the first


def _prepare_batch(prepare_one: Callable[..., _Prepared], items: list[str]) -> list[_Prepared]:
    return [prepare_one(item) for item in items]


def _batches(items: Sequence[str], jobs: int) -> list[list[str]]:
    """The tasks for `jobs` workers: 1, 2, 4 … up to BATCH letters each, so the writer has its first letter
    after one letter's work rather than a batch's; the last letters one a task, so the workers run out of
    work together rather than a batch apart (and a few letters are spread over every worker)."""
    head = max(0, len(items) - jobs * BATCH)
    out: list[list[str]] = []
    i, size = 0, 1
    while i < head:
        out.append(list(items[i:min(i + size, head)]))
        i += len(out[-1])
        if len(out) % jobs == 0:
            size = min(2 * size, BATCH)
    return out + [[x] for x in items[head:]]


def _run(store: Store, items: Sequence[str], prepare_one: Callable[..., _Prepared], write: Write,
         jobs: int) -> Iterator[Outcome]:
    """Prepare `items` (in `jobs` worker processes when that helps), write each, yield in input order."""
    groups = _Groups(store, write)
    if jobs <= 1 or len(items) <= 1 or store.path == MEMORY:
        try:
            for item in items:
                yield from groups.put(prepare_one(item, store, jobs))
            yield from groups.flush()
        finally:
            groups.close()
        return
    batches = _batches(items, jobs)
    load_rules()                                # once here, not in every worker
    pool = ProcessPoolExecutor(jobs, mp_context=_context(), initializer=_init_worker, initargs=(store.path,))
    window: deque[tuple[list[str], Future[list[_Prepared]]]] = deque()
    rest = iter(batches)
    try:
        for batch in rest:                      # a few tasks ahead of the writer, not all of them
            window.append((batch, pool.submit(_prepare_batch, prepare_one, batch)))
            if len(window) >= 2 * jobs:
                break
        while window:
            batch, fut = window.popleft()
            if not fut.done():                  # the writer would wait: commit what it holds first
                yield from groups.flush()
            try:
                prepared = fut.result()
            except BrokenProcessPool:
                break
            for item, p in zip(batch, prepared, strict=True):
                yield from groups.put(prepare_one(item, store, jobs) if p.in_writer else p)
            nxt = next(rest, None)
            if nxt is not None:
                window.append((nxt, pool.submit(_prepare_batch, prepare_one, nxt)))
        else:
            yield from groups.flush()
            return
        # a worker died (out of memory?): what the pool held fails with it, the rest is prepared here
        yield from groups.flush()
        for held, _ in [(batch, fut), *window]:
            for item in held:
                yield Outcome(item, error=f"{item}: the worker process preparing it died "
                                          "(out of memory?); not stored")
        for batch in rest:
            for item in batch:
                yield from groups.put(prepare_one(item, store, jobs))
        yield from groups.flush()
    finally:
        groups.close()
        pool.shutdown(wait=True, cancel_futures=True)


def _add(store: Store, rows: LetterRows) -> AddResult:
    return store.add(rows)


def _replace(store: Store, rows: LetterRows) -> AddResult:
    if not store.replace_extraction(rows):
        raise StoreError(f"{rows.source}: removed from the store while it was re-extracted")
    return AddResult(rows.letter_id, True, rows.source)


def ingest_files(store: Store, files: Sequence[str], jobs: int = 1) -> Iterator[Outcome]:
    """Read, extract and store `files`, yielding one `Outcome` per file in their order."""
    return _run(store, files, _prepare_file, _add, jobs)


def stale_letters(store: Store) -> list[str]:
    """Ids of the stored letters extracted by rules older than the running ones (`inzet.extract.VERSION`)."""
    return store.stale(VERSION)


def reindex(store: Store, letter_ids: Sequence[str], jobs: int = 1) -> Iterator[Outcome]:
    """Extract stored letters again with the running rules, each letter whole or not at all, in order.

    Each letter's new facts replace its old ones in one savepoint (of a commit group) that also records the new
    rules' version, so an interrupted reindex leaves every letter whole — old or new — and
    running it again continues with the letters still stale.
    """
    return _run(store, letter_ids, _prepare_stored, _replace, jobs)
