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
