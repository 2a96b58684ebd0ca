"""Caches of the web app: results computed once, not once per request.

* `Lru`: a small thread-safe least-recently-used map, for results of immutable inputs (a letter's
  rendered page under its content id and extractor version; a follow-up under its pair of ids).
* `Stamped`: cross-letter results (ledgers, register, spending series, glossary) kept per database
  and name under the store's change stamp (`Store.stamp`, bumped by every letter write). A result is
  computed once per change, in a worker thread with its own read-only connection; while it runs,
  a request waits at most `wait` seconds for it and otherwise gets the result of the previous
  change (a consistent, slightly older state), so pages stay fast while `inzet ingest` writes.
  With no earlier result the request waits for the first one. A new computation of a result starts
  no sooner after the last one ended than that one took: recomputing takes at most half of the
  server's time however fast letters arrive, and the other half is left to the requests.

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
    not_before: float = 0.0             # monotonic time before which no new computation starts
    lock: threading.Lock = field(default_factory=threading.Lock)


class Stamped:
    """Cross-letter results per (database, name), recomputed once per change stamp (see the module doc)."""

    def __init__(self, wait: float = 0.15) -> None:
        self.wait = wait
        self._entries: dict[tuple[str, str], _Entry] = {}
        self._lock = threading.Lock()

    def _entry(self, db_path: str, name: str) -> _Entry:
        with self._lock:
            return self._entries.setdefault((db_path, name), _Entry())

    @staticmethod
    def _run(e: _Entry, db_path: str, compute: Callable[[Store], object], out: Future[int]) -> None:
        """Compute in one read transaction (the stamp and every row read belong to one snapshot), keep the
        result in `e`, then wake the waiting requests."""
        began = time.monotonic()
        try:
            with Store(db_path, readonly=True) as store:
                store.conn.execute("BEGIN")
                try:
                    stamp = store.stamp()
                    value = compute(store)
                finally:
                    store.conn.execute("COMMIT")
            with e.lock:
                if stamp > e.stamp:
                    e.stamp, e.value = stamp, value
                e.not_before = 2 * time.monotonic() - began
            out.set_result(stamp)
        except BaseException as exc:        # handed to every waiting request, which reports it
            with e.lock:
                e.not_before = 2 * time.monotonic() - began
            out.set_exception(exc)

    def _start(self, e: _Entry, db_path: str, compute: Callable[[Store], object]) -> Future[int] | None:
        """The running computation of `e`, started if there is none and its time has come; None when it
        may not start yet (callers hold `e.lock`)."""
        if e.running is None or e.running.done():
            if e.stamp >= 0 and time.monotonic() < e.not_before:
                return None
            e.running = Future()
            threading.Thread(target=self._run, args=(e, db_path, compute, e.running), daemon=True,
                             name="inzet-stamped").start()
        return e.running

    def get(self, store: Store, name: str, compute: Callable[[Store], T]) -> T:
        """`compute(store)` as of the store's current change stamp, or of the previous change while the
        current one is computed for longer than `wait` seconds."""
        if store.path == MEMORY:             # no file a worker could open: nothing to key a cache on
            return compute(store)
        wanted = store.stamp()
        e = self._entry(store.path, name)
        deadline = time.monotonic() + self.wait
        while True:
            with e.lock:
                if e.stamp >= wanted:
                    return e.value  # type: ignore[return-value]
                fut = self._start(e, store.path, compute)
                have_value = e.stamp >= 0
                delay = e.not_before - time.monotonic()
                if fut is None and delay > deadline - time.monotonic():
                    return e.value  # type: ignore[return-value]    # recomputed moments ago: previous result
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
