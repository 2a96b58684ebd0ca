"""Caches of the web app: results computed once, not once per request.

* `Lru`: a small thread-safe least-recently-used map, for results of immutable inputs (a letter's
  rendered page under its content id and extractor version; a follow-up under its pair of ids).
* `Stamped`: cross-letter results (ledgers, register, spending series, glossary, whole pages) kept per
  database and name under the store's change stamp (`Store.stamp`, bumped by every letter write). A
  result is computed once per change, in a worker thread with its own read-only connection; while it
  runs, a request waits at most `wait` seconds for it (not at all when, by the time the last one took,
  it will not end within the wait) and otherwise gets the result of the previous change (a consistent,
  slightly older state), so pages stay fast while `inzet ingest` writes. With no earlier result the
  request waits for the first one.
* Computations on one database run one at a time, each in one read transaction: a result asked for
  inside another computation (the register inside the deployments page) is computed there, inline, on
  the same snapshot, so a page never combines results of two states of the store. Two threads of
  Python work at once would only take turns holding the GIL, slowing each other and the requests.
* Pacing, per database: a computation starts no sooner after the last one ended than that one took, so
  recomputing takes at most half of the server's time however fast letters arrive, and the other half
  is left to the requests. A served result is therefore older than the store by at most the changes
  made while the results before it in line were computed and paced (seconds, at thousands of letters).

Results are shared between requests: read them, never change them.
"""

from __future__ import annotations

import logging
import threading
import time
from collections import OrderedDict
from collections.abc import Callable, Hashable
from concurrent.futures import Future
from dataclasses import dataclass, field
from typing import Generic, TypeVar

from inzet.store import Store
from inzet.store.db import MEMORY

T = TypeVar("T")
K = TypeVar("K", bound=Hashable)
log = logging.getLogger("inzet.web")


class Lru(Generic[K, T]):
    """A bounded map that forgets the least recently used entry first; safe to share between threads."""

    def __init__(self, size: int) -> None:
        self.size = size
        self._items: OrderedDict[K, T] = OrderedDict()
        self._lock = threading.Lock()

    def get_or_compute(self, key: K, compute: Callable[[], T]) -> T:
        """The value under `key`, computed (outside the lock) when it is not kept."""
        with self._lock:
            if key in self._items:
                self._items.move_to_end(key)
                return self._items[key]
        value = compute()
        with self._lock:
            self._items[key] = value
            while len(self._items) > self.size:
                self._items.popitem(last=False)
        return value


@dataclass
class _Entry:
    stamp: int = -1
    value: object = None
    running: Future[int] | None = None
    began: float | None = None          # monotonic start of the running computation (None while it queues)
    took: float = 0.0                   # seconds the last computation took
    lock: threading.Lock = field(default_factory=threading.Lock)


@dataclass
class _Db:
    """What the computations on one database share: one runs at a time, and they are paced together."""

    lock: threading.Lock = field(default_factory=threading.Lock)    # held by the computation running
    not_before: float = 0.0             # monotonic time before which no new computation starts
    eta: float = 0.0                    # when the computation holding the lock should end (by its last time)


class _Computing(threading.local):
    """The snapshot a worker thread is computing on (None outside a computation)."""

    store: Store | None = None
    stamp: int = -1


class Stamped:
    """Cross-letter results per (database, name), recomputed once per change stamp (see the module doc)."""

    def __init__(self, wait: float = 0.15) -> None:
        self.wait = wait
        self._entries: dict[tuple[str, str], _Entry] = {}
        self._dbs: dict[str, _Db] = {}
        self._lock = threading.Lock()
        self._computing = _Computing()

    def _entry(self, db_path: str, name: str) -> _Entry:
        with self._lock:
            return self._entries.setdefault((db_path, name), _Entry())

    def _db(self, db_path: str) -> _Db:
        with self._lock:
            return self._dbs.setdefault(db_path, _Db())

    def _run(self, e: _Entry, db_path: str, compute: Callable[[Store], object], out: Future[int]) -> None:
        """Wait for the database's turn and pace, then compute in one read transaction (the stamp and every
        row read belong to one snapshot), keep the result in `e` and wake the waiting requests."""
        db = self._db(db_path)
        with db.lock:
            now = time.monotonic()
            start = max(now, db.not_before) if e.stamp >= 0 else now   # a first result is never paced
            db.eta = start + e.took
            time.sleep(start - now)
            began = e.began = time.monotonic()
            try:
                with Store(db_path, readonly=True) as store:
                    store.conn.execute("BEGIN")
                    try:
                        stamp = store.stamp()
                        if e.stamp < stamp:   # else computed meanwhile, inside another computation
                            self._computing.store, self._computing.stamp = store, stamp
                            value = compute(store)
                            with e.lock:
                                e.stamp, e.value, e.took = stamp, value, time.monotonic() - began
                    finally:
                        self._computing.store = None
                        store.conn.execute("COMMIT")
                out.set_result(stamp)
            except BaseException as exc:        # handed to every waiting request, which reports it
                out.set_exception(exc)
            finally:
                e.began = None
                db.not_before = 2 * time.monotonic() - began

    def _start(self, e: _Entry, db_path: str, compute: Callable[[Store], object]) -> Future[int] | None:
        """The running computation of `e`, started if there is none and its time has come; None when it
        may not start yet (callers hold `e.lock`)."""
        if e.running is None or e.running.done():
            if e.stamp >= 0 and time.monotonic() < self._db(db_path).not_before:
                return None
            e.running = Future()
            threading.Thread(target=self._run, args=(e, db_path, compute, e.running), daemon=True,
                             name="inzet-stamped").start()
        return e.running

    def _inline(self, name: str, compute: Callable[[Store], T]) -> T:
        """Inside a computation: the result as of its snapshot, computed here when it is not kept."""
        store, stamp = self._computing.store, self._computing.stamp
        assert store is not None
        e = self._entry(store.path, name)
        with e.lock:
            if e.stamp >= stamp:
                return e.value  # type: ignore[return-value]
        began = time.monotonic()
        value = compute(store)
        with e.lock:
            if stamp > e.stamp:
                e.stamp, e.value, e.took = stamp, value, time.monotonic() - began
        return value

    def get(self, store: Store, name: str, compute: Callable[[Store], T]) -> T:
        """`compute(store)` as of the store's current change stamp, or of the previous change while the
        current one is computed for longer than `wait` seconds."""
        if store.path == MEMORY:             # no file a worker could open: nothing to key a cache on
            return compute(store)
        inner = self._computing.store
        if inner is not None and inner.path == store.path:
            return self._inline(name, compute)
        wanted = store.stamp()
        e = self._entry(store.path, name)
        deadline = time.monotonic() + self.wait
        while True:
            with e.lock:
                if e.stamp >= wanted:
                    return e.value  # type: ignore[return-value]
                fut = self._start(e, store.path, compute)
                have_value = e.stamp >= 0
                now = time.monotonic()
                delay = self._db(store.path).not_before - now
                if fut is None and delay > deadline - now:
                    return e.value  # type: ignore[return-value]    # recomputed moments ago: previous result
                ahead = e.began or max(now, self._db(store.path).eta)     # queued: after the one running
                if fut is not None and have_value and ahead + e.took > deadline:
                    return e.value  # type: ignore[return-value]    # it will not end within the wait: don't wait
            if fut is None:
                time.sleep(max(0.0, delay))       # its time comes within the wait: then start it
                continue
            left = deadline - time.monotonic()
            if have_value and left <= 0:
                with e.lock:
                    return e.value  # type: ignore[return-value]
            try:
                fut.result(timeout=left if have_value else None)
            except TimeoutError:
                continue                      # past the deadline: the previous result is served above
            except Exception as exc:
                if not have_value:
                    raise
                log.error("recomputing %s failed: %s", name, exc)
                with e.lock:
                    return e.value  # type: ignore[return-value]
            # done: its stamp may still be older than `wanted` (it started earlier); loop to check
