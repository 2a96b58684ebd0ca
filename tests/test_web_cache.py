"""The web app's caches: a change stamp bumped by every letter write, cross-letter results computed once
per change (and the previous one served while a slow recompute runs), LRU of immutable results."""

from __future__ import annotations

import hashlib
import threading
import time
from pathlib import Path

from inzet.ingest import ReadResult
from inzet.model import Extraction, LetterMeta
from inzet.pipeline import store_letter
from inzet.store import Store
from inzet.web.cache import Lru, Stamped


def add(store: Store, text: str) -> bool:
    rr = ReadResult("x.txt", text, "txt", hashlib.sha256(text.encode()).hexdigest())
    return store_letter(store, rr, Extraction("x.txt", rr.sha256, LetterMeta())).created


def test_the_stamp_moves_with_every_letter_written_and_only_then(tmp_path: Path) -> None:
    with Store(tmp_path / "s.db") as s:
        first = s.stamp()
        assert add(s, "Geachte voorzitter,\n\nEen.\n")
        second = s.stamp()
        assert second > first
        assert not add(s, "Geachte voorzitter,\n\nEen.\n")       # the same bytes again: nothing written
        assert s.stamp() == second
        with Store(tmp_path / "s.db", readonly=True) as r:
            assert r.stamp() == second


def count_letters(store: Store) -> int:
    return int(store.conn.execute("SELECT count(*) FROM letters").fetchone()[0])


def test_results_are_computed_once_per_change(tmp_path: Path) -> None:
    path = tmp_path / "s.db"
    calls: list[int] = []

    def compute(store: Store) -> int:
        calls.append(1)
        return count_letters(store)

    cache = Stamped(wait=5)
    with Store(path) as w:
        add(w, "Geachte voorzitter,\n\nEen.\n")
        with Store(path, readonly=True) as r:
            assert [cache.get(r, "n", compute) for _ in range(5)] == [1] * 5
            assert len(calls) == 1
            add(w, "Geachte voorzitter,\n\nTwee.\n")
            assert [cache.get(r, "n", compute) for _ in range(5)] == [2] * 5   # fresh within the wait
            assert len(calls) == 2


def test_a_slow_recompute_serves_the_previous_result_meanwhile(tmp_path: Path) -> None:
    path = tmp_path / "s.db"
    gate = threading.Event()

    def compute(store: Store) -> int:
        n = count_letters(store)
        if n > 1:
            gate.wait(10)
        return n

    cache = Stamped(wait=0.05)
    with Store(path) as w:
        add(w, "Geachte voorzitter,\n\nEen.\n")
        with Store(path, readonly=True) as r:
            assert cache.get(r, "n", compute) == 1
            add(w, "Geachte voorzitter,\n\nTwee.\n")
            t = time.perf_counter()
            assert cache.get(r, "n", compute) == 1            # the recompute is blocked: previous result
            assert cache.get(r, "n", compute) == 1
            assert time.perf_counter() - t < 1
            gate.set()
            deadline = time.monotonic() + 10
            while cache.get(r, "n", compute) != 2:
                assert time.monotonic() < deadline
                time.sleep(0.01)


def test_lru_keeps_the_most_recent() -> None:
    lru: Lru[int, int] = Lru(2)
    calls: list[int] = []

    def make(k: int) -> int:
        calls.append(k)
        return k * 10

    assert [lru.get_or_compute(k, lambda k=k: make(k)) for k in (1, 2, 1, 3, 1, 2)] == [10, 20, 10, 30, 10, 20]
    assert calls == [1, 2, 3, 2]          # 1 stayed (recently used) when 3 came; 2 was dropped


def test_a_letter_page_is_rendered_once_per_change_of_the_store(tmp_path: Path, monkeypatch) -> None:
    import warnings

    from inzet.web import create_app, views

    with warnings.catch_warnings():          # starlette warns that it prefers httpx2; httpx is what we have
        warnings.simplefilter("ignore")
        from starlette.testclient import TestClient

    path = tmp_path / "s.db"
    with Store(path) as s:
        add(s, "Geachte voorzitter,\n\nNederland levert twee F-35's aan de NAVO.\n")
        (letter_id,) = [r[0] for r in s.conn.execute("SELECT id FROM letters")]
    calls: list[str] = []
    real = views.letter_page

    def counted(store: Store, lid: str) -> dict:
        calls.append(lid)
        return real(store, lid)

    monkeypatch.setattr(views, "letter_page", counted)
    with TestClient(create_app(path)) as c:
        first = c.get(f"/letters/{letter_id}")
        again = c.get(f"/letters/{letter_id}")
        assert first.status_code == again.status_code == 200 and first.text == again.text
        assert len(calls) == 1                                  # the second request is served as sent
        assert "content-security-policy" in again.headers       # headers are still the app's, per response
        with Store(path) as s:
            assert add(s, "Geachte voorzitter,\n\nEen tweede brief.\n")
        assert c.get(f"/letters/{letter_id}").status_code == 200
        assert len(calls) == 2                                  # a write moved the stamp: rendered anew


# -- ledger inputs read from the last change ----------------------------------------------------------

def test_ledger_inputs_read_from_the_last_change_equal_reading_them_anew(tmp_path: Path) -> None:
    import json

    from conftest import OPENING2_FILES, OPENING_FILES, SAMPLES
    from inzet import service
    from inzet.pipeline import load_file

    files = [*SAMPLES, *OPENING_FILES[:8], *OPENING2_FILES[:8]]
    assert len(files) > 10, "the sample corpus is missing"
    with Store(tmp_path / "s.db") as w, Store(tmp_path / "s.db", readonly=True) as r:
        for f in files:
            load_file(w, str(f))
            assert service.cached_ledgers_input(r) == service.ledgers_input(r)
        recs, _ = service.cached_ledgers_input(r)
        lid = recs[0]["id"]
        old = json.loads(w.conn.execute("SELECT extraction_json FROM letters WHERE id = ?", (lid,)).fetchone()[0])
        w.conn.execute("UPDATE letters SET extraction_json = ? WHERE id = ?",       # as a re-extraction does
                       (json.dumps({**old, "deployments": []}), lid))
        again, _ = service.cached_ledgers_input(r)
        assert (again, service.cached_ledgers_input(r)[1]) == service.ledgers_input(r)
        assert again[0]["deployments"] == [] and all(a is b for a, b in zip(again[1:], recs[1:], strict=True))
        w.conn.execute("DELETE FROM letters WHERE id = ?", (lid,))
        assert service.cached_ledgers_input(r) == service.ledgers_input(r)
        assert lid not in service.cached_ledgers_input(r)[1]


# -- computations on one database: one at a time, nested ones on the same snapshot, paced ----------------

def test_a_result_asked_for_inside_a_computation_is_of_its_snapshot(tmp_path: Path) -> None:
    path = tmp_path / "s.db"
    cache = Stamped(wait=5)
    with Store(path) as w:
        add(w, "Geachte voorzitter,\n\nEen.\n")

    def outer(store: Store) -> tuple[int, int]:
        before = count_letters(store)
        with Store(path) as w:                                  # a write while it runs
            add(w, f"Geachte voorzitter,\n\nNog een, {before}.\n")
        return before, cache.get(store, "inner", count_letters)

    with Store(path, readonly=True) as r:
        assert cache.get(r, "outer", outer) == (1, 1)           # not 2: the inner result is of the same state
        assert cache.get(r, "inner", count_letters) == 2        # asked on its own: the current state


def test_computations_on_one_database_run_one_at_a_time_and_paced(tmp_path: Path) -> None:
    path = tmp_path / "s.db"
    cache = Stamped(wait=5)
    running, spans = [0], []
    lock = threading.Lock()

    def slow(store: Store) -> int:
        with lock:
            running[0] += 1
            assert running[0] == 1, "two computations at once"
        began = time.monotonic()
        time.sleep(0.2)
        with lock:
            running[0] -= 1
        spans.append((began, time.monotonic()))
        return count_letters(store)

    def ask(name: str) -> None:
        with Store(path, readonly=True) as own:                 # a connection per thread
            cache.get(own, name, slow)

    with Store(path) as w, Store(path, readonly=True) as r:
        add(w, "Geachte voorzitter,\n\nEen.\n")
        ts = [threading.Thread(target=ask, args=(name,)) for name in ("a", "b", "c")]
        for t in ts:
            t.start()
        for t in ts:
            t.join()
        assert len(spans) == 3                                   # first results: queued, not paced
        add(w, "Geachte voorzitter,\n\nTwee.\n")
        assert cache.get(r, "a", slow) in (1, 2)                 # waits at most 5 s; paced after the last one
        deadline = time.monotonic() + 10
        while cache.get(r, "a", slow) != 2:
            assert time.monotonic() < deadline
            time.sleep(0.01)
        first_end = max(end for _, end in spans[:3])
        took = spans[2][1] - spans[2][0]
        assert spans[3][0] >= first_end + took - 0.02            # no sooner after the last one ended than it took


def test_a_request_does_not_wait_for_a_computation_that_cannot_end_within_the_wait(tmp_path: Path) -> None:
    path = tmp_path / "s.db"
    cache = Stamped(wait=0.2)

    def slow(store: Store) -> int:
        time.sleep(0.4)
        return count_letters(store)

    with Store(path) as w, Store(path, readonly=True) as r:
        add(w, "Geachte voorzitter,\n\nEen.\n")
        assert cache.get(r, "n", slow) == 1                      # no result yet: waited for
        time.sleep(0.5)                                          # past the pacing of the first one
        add(w, "Geachte voorzitter,\n\nTwee.\n")
        t = time.perf_counter()
        assert cache.get(r, "n", slow) == 1                      # the last one took 0.4 s > the wait: at once
        assert time.perf_counter() - t < 0.1
        deadline = time.monotonic() + 10
        while cache.get(r, "n", slow) != 2:
            assert time.monotonic() < deadline
            time.sleep(0.02)


# -- pages rendered once per change equal pages rendered anew ------------------------------------------

def _uncached(path: Path) -> Store:
    """An in-memory copy of the store at `path`: every cache is passed by for it (nothing to key one on)."""
    mem = Store()
    with Store(path, readonly=True) as r:
        r.conn.backup(mem.conn)
    return mem


def test_kept_pages_equal_pages_rendered_anew_and_follow_a_change(tmp_path: Path) -> None:
    import warnings
    from datetime import date

    from conftest import SAMPLES
    from inzet.pipeline import load_file
    from inzet.web import api, create_app, pages, views

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        from starlette.testclient import TestClient

    today = date(2026, 4, 15)
    path = tmp_path / "s.db"
    with Store(path) as w:
        for f in SAMPLES[:-1]:
            load_file(w, str(f))
    app = create_app(path, today=today)
    t = app.state.templates

    def fresh() -> dict[str, bytes]:
        with _uncached(path) as m:
            return {
                "/": pages.html(t, "dashboard.html", **views.dashboard(m, today)),
                "/pledges": pages.html(t, "pledges.html", **views.pledges(m), amount_href=views.amount_href),
                "/spending": pages.html(t, "spending.html", **views.spending(m)),
                "/deployments": pages.html(t, "deployments.html", **views.deployments(m, today)),
                "/glossary": pages.html(t, "glossary.html", rows=views.glossary(m)),
                "/letters": pages.html(t, "letters.html", rows=views.letters(m, views.letter_filters(*[None] * 6)),
                                       f=views.letter_filters(*[None] * 6)),
                "/api/pledges": api._json(views.ukraine_ledger(m).to_json()),
                "/api/glossary": api._json([e.to_json() for e in views.glossary(m)]),
            }

    with TestClient(app) as c:
        for url, body in fresh().items():
            assert c.get(url).content == body, url
        with Store(path) as w:
            load_file(w, str(SAMPLES[-1]))
        want = fresh()
        deadline = time.monotonic() + 10                         # the previous page may be served meanwhile
        for url, body in want.items():
            while (got := c.get(url).content) != body:
                assert time.monotonic() < deadline, url
                time.sleep(0.02)
            assert got == body
