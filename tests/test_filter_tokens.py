"""Search filters as indexed tokens: the migration and ingest agree, and filtering by token gives
exactly what filtering the letters afterwards gives."""

from __future__ import annotations

import pytest

from conftest import OPENING_FILES, SAMPLES
from inzet.pipeline import load_file
from inzet.search import SearchFilters, search
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


def test_migration_4_gives_the_tokens_ingest_gives(store: Store) -> None:
    rows = store.conn.execute("SELECT id, stems FROM sentences ORDER BY id").fetchall()
    at_ingest = {r["id"]: _tokens(r["stems"]) for r in rows}
    assert sum(1 for t in at_ingest.values() if any(x.startswith("zzf") for x in t)) > 20
    with store.conn:   # strip the tokens, as a database from before migration 4 would be
        for r in rows:
            plain = " ".join(t for t in r["stems"].split() if not t.startswith(FILTER_PREFIX))
            store.conn.execute("UPDATE sentences SET stems = ? WHERE id = ?", (plain, r["id"]))
        for stmt in statements(dict((v, sql) for v, _, sql in MIGRATIONS)[4]):
            store.conn.execute(stmt)
    migrated = {r["id"]: _tokens(r["stems"]) for r in store.conn.execute("SELECT id, stems FROM sentences")}
    assert migrated == at_ingest


@pytest.mark.parametrize("filters", [
    SearchFilters(kind="agenda"), SearchFilters(kind="report", chamber="TK"), SearchFilters(meeting="DMM"),
    SearchFilters(fact="amounts"), SearchFilters(since="2016-07-02", until="2023-12"), SearchFilters(until="2015"),
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
            kept.append((h.letter_id, h.span[0]))
    from dataclasses import replace

    got = search(store, query, replace(filters, limit=500))
    assert sorted((h.letter_id, h.span[0]) for h in got) == sorted(kept)
