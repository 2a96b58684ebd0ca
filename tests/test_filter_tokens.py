"""Search filters as indexed tokens: the migration and ingest agree, and filtering by token gives
exactly what filtering the letters afterwards gives."""

from __future__ import annotations

import sqlite3
from dataclasses import replace

import pytest

from conftest import OPENING_FILES, SAMPLES
from inzet.pipeline import load_file
from inzet.search import SearchFilters, search, search_parts
from inzet.store import Store
from inzet.store.schema import MIGRATIONS, statements
from inzet.store.stems import FILTER_PREFIX


def _tokens(stems: str) -> list[str]:
    return sorted(t for t in stems.split() if t.startswith(FILTER_PREFIX))


@pytest.fixture(scope="module")
def store() -> Store:
    s = Store()
    for f in SAMPLES + OPENING_FILES:
        load_file(s, str(f))
    yield s
    s.close()


def test_migrations_4_and_7_give_the_tokens_ingest_gives(store: Store) -> None:
    """A database from before migration 4 (bare stems) gets, from migrations 4 and 7, the stems and
    `meta` tokens ingest writes today."""
    rows = store.conn.execute("SELECT * FROM sentences ORDER BY id").fetchall()
    at_ingest = {r["id"]: (r["stems"], _tokens(r["meta"])) for r in rows}
    assert sum(1 for _, t in at_ingest.values() if any(x.startswith("zzf") for x in t)) > 20
    assert all(not t.startswith(FILTER_PREFIX) for stems, _ in at_ingest.values() for t in stems.split())
    old = sqlite3.connect(":memory:", isolation_level=None)
    try:
        later = [4] + [v for v, _, _ in MIGRATIONS if v >= 7]      # 8 on builds on 7's `meta`
        for version, _, sql in MIGRATIONS:
            if version in later:
                continue
            for stmt in statements(sql):
                old.execute(stmt)
        for table in ("letters", "meetings", "facts"):
            got = store.conn.execute(f"SELECT * FROM {table}").fetchall()
            cols = got[0].keys()
            old.executemany(f"INSERT INTO {table} ({', '.join(cols)}) VALUES ({', '.join('?' * len(cols))})",
                            [tuple(r) for r in got])
        names = rows[0].keys()              # (a Row iterates over its values)
        cols = [c for c in names if c != "meta"]
        old.executemany(f"INSERT INTO sentences ({', '.join(cols)}) VALUES ({', '.join('?' * len(cols))})",
                        [tuple(r[c] for c in cols) for r in rows])
        for version in later:
            for stmt in statements(dict((v, sql) for v, _, sql in MIGRATIONS)[version]):
                old.execute(stmt)
        migrated = {i: (st, _tokens(m)) for i, st, m in old.execute("SELECT id, stems, meta FROM sentences")}
        assert migrated == at_ingest
        assert old.execute("SELECT count(*) FROM sentences_fts WHERE sentences_fts MATCH '{meta} : zzkagenda'"
                           ).fetchone()[0] > 0
    finally:
        old.close()


@pytest.mark.parametrize("filters", [
    SearchFilters(kind="agenda"), SearchFilters(kind="report", chamber="TK"), SearchFilters(meeting="DMM"),
    SearchFilters(fact="amounts"), SearchFilters(since="2016-07-02", until="2023-12"), SearchFilters(until="2015"),
    SearchFilters(since="2024"), SearchFilters(until="2025-06-30"), SearchFilters(since="2019-03", until="2019-10"),
    SearchFilters(kind="agenda", since="2020", until="2025"), SearchFilters(since="2010", until="2099"),
])
@pytest.mark.parametrize("query", ["NAVO", "Oekraïne", "defensie*", '"ministers van Defensie"'])
def test_token_filters_equal_filtering_afterwards(store: Store, filters: SearchFilters, query: str) -> None:
    everything = search(store, query, SearchFilters(limit=500))
    assert 0 < len(everything) < 500          # nothing cut off, so the comparison is complete
    kept = []
    for h in everything:
        letter = store.letter(h.letter_id)
        meta = letter["letter"]
        ok = ((filters.kind is None or meta["kind"] == filters.kind)
              and (filters.chamber is None or meta["chamber"] == filters.chamber)
              and (filters.meeting is None or any(m["type"] == filters.meeting for m in meta["meetings"]))
              and (filters.since is None or (meta["date"] or "") >= filters.since)
              and (filters.until is None or (meta["date"] and meta["date"][:len(filters.until)] <= filters.until))
              and (filters.fact is None or any(f["span"][0] < h.span[1] and f["span"][1] > h.span[0]
                                               for f in letter["facts"][filters.fact])))
        if ok:
            kept.append((h.letter_id, h.span[0], h.score))
    got = search(store, query, replace(filters, limit=500))
    # the same sentences in the same order with the same scores: a filter never changes the ranking
    assert [(h.letter_id, h.span[0], h.score) for h in got] == kept
    page = search(store, query, replace(filters, limit=3, offset=2))
    assert [(h.letter_id, h.span[0], h.score) for h in page] == kept[2:5]


def test_an_open_date_range_is_year_tokens_without_a_join() -> None:
    """until=2022 over letters of 2000-2028: NOT the six later years and the undated, no day check;
    a bound inside a year adds a part for that year alone, checked on the letter's date."""
    [part] = search_parts('"oekr" *', SearchFilters(until="2022"), (2000, 2028))
    assert not part.days and part.match.endswith(
        "NOT {meta} : (zzy2023 OR zzy2024 OR zzy2025 OR zzy2026 OR zzy2027 OR zzy2028 OR zzynone)")
    whole, cut = search_parts('"oekr" *', SearchFilters(since="2027-03-01"), (2000, 2028))
    assert not whole.days and whole.match.endswith("{meta} : (zzy2028)")
    assert cut.days and cut.match.endswith("{meta} : (zzy2027)")
    assert search_parts('"x"', SearchFilters(since="2030"), (2000, 2028)) == []
    assert search_parts('"x"', SearchFilters(until="2022"), None) == []


def test_a_query_never_matches_the_filter_tokens(store: Store) -> None:
    assert search(store, "zzkagenda") == [] and search(store, "zzk*") == []
