"""The store: migrations, idempotent adds, one transaction per letter, read-only readers, safe SQL."""

from __future__ import annotations

import hashlib
import sqlite3
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from conftest import SAMPLES
from inzet.errors import NotFound, QueryError, StoreError
from inzet.extract.pipeline import extract_text
from inzet.extract.segment import segment
from inzet.ingest import ReadResult, read
from inzet.model import Amount, Extraction, LetterMeta, Meeting, Span
from inzet.pipeline import prepare, rows_of, store_letter
from inzet.store import LetterFilters, Store, queries
from inzet.store.db import WAL_AUTOCHECKPOINT, applied, connect, migrate, transaction
from inzet.store.rows import LetterRows, kamerstuk_id, kinds_inside
from inzet.store.schema import LATEST, MIGRATIONS, statements
from inzet.store.stems import stems

TEXT = (
    "Geachte voorzitter,\n\n"
    "Hierbij ontvangt u de geannoteerde agenda voor de bijeenkomst van de ministers van Defensie.\n\n"
    "Steun aan Oekraïne\n"
    "Nederland draagt EUR 250 miljoen bij aan de bijeenkomsten van de coalitie voor Oekraïne.\n"
)


def read_and_extract(text: str = TEXT, source: str = "brief.txt", **meta: object) -> tuple[ReadResult, Extraction]:
    """A read letter and its extraction, with one money fact and the given letter fields."""
    data = text.encode("utf-8")
    rr = ReadResult(source, text, "txt", hashlib.sha256(data).hexdigest())
    ex = extract_text(source, text, rr.sha256)
    if meta:
        ex.letter = replace(LetterMeta(), **meta)  # type: ignore[arg-type]
    at = text.find("EUR 250 miljoen")
    if at >= 0:
        sp = Span(at, at + len("EUR 250 miljoen"))
        ex.amounts = [Amount(250_000_000, "EUR", sp.of(text), sp, ukraine=True, purpose="coalitie")]
    return rr, ex


def letter(text: str = TEXT, source: str = "brief.txt", **meta: object) -> LetterRows:
    """The rows of `read_and_extract(...)`, as the pipeline hands them to the store."""
    return rows_of(*read_and_extract(text, source, **meta), segment(source, text))


def count(store: Store, table: str, letter_id: str) -> int:
    return store.conn.execute(*queries.count_rows(table, letter_id)).fetchone()[0]


def fts_hits(store: Store, words: str) -> int:
    sql = "SELECT count(*) FROM sentences_fts WHERE sentences_fts MATCH ?"
    return store.conn.execute(sql, (queries.quote_fts(stems(words).split()),)).fetchone()[0]


@pytest.fixture
def store() -> Iterator[Store]:
    with Store(":memory:") as s:
        yield s


@pytest.fixture
def db_file(tmp_path: Path) -> Path:
    """A database file holding one letter."""
    path = tmp_path / "inzet.db"
    with Store(path) as s:
        s.add(letter())
    return path


# -- migrations -------------------------------------------------------------------------------

def test_migrations_are_recorded_in_order(store: Store) -> None:
    rows = store.conn.execute("SELECT version, name FROM migrations ORDER BY version").fetchall()
    assert [(r[0], r[1]) for r in rows] == [(v, n) for v, n, _ in MIGRATIONS]
    assert applied(store.conn) == list(range(1, LATEST + 1))


def test_migrate_again_is_a_no_op(tmp_path: Path) -> None:
    path = tmp_path / "m.db"
    with Store(path):
        pass
    conn = connect(path)
    try:
        before = conn.execute("SELECT * FROM migrations").fetchall()
        assert migrate(conn) == []
        assert conn.execute("SELECT * FROM migrations").fetchall() == before
    finally:
        conn.close()


def test_pending_migrations_are_applied_to_an_older_database(tmp_path: Path) -> None:
    """A database at version 1 gets only version 2, and the FTS index covers existing sentences."""
    path = tmp_path / "old.db"
    conn = connect(path)
    try:
        conn.execute("CREATE TABLE migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, "
                     "applied_at TEXT NOT NULL)")
        v, name, sql = MIGRATIONS[0]
        with transaction(conn):
            for stmt in statements(sql):
                conn.execute(stmt)
            conn.execute(*queries.record_migration(v, name, "2026-01-01T00:00:00+00:00"))
        lid = "a" * 64
        conn.execute("INSERT INTO letters (id, source, format, text, letter_json, extraction_json, kind, "
                     "extractor, ingested_at) VALUES (?, 'x', 'txt', 'Oekraïne', '{}', '{}', 'other', '0', 'now')",
                     (lid,))
        conn.execute("INSERT INTO sentences (letter_id, idx, start, end, text, stems) "
                     "VALUES (?, 0, 0, 8, 'Oekraïne', ?)", (lid, stems("Oekraïne")))
        assert applied(conn) == [1]
    finally:
        conn.close()
    with pytest.raises(StoreError, match="version 1"):
        Store(path, readonly=True)
    with Store(path) as s:
        assert applied(s.conn) == [v for v, _, _ in MIGRATIONS]
        assert fts_hits(s, "oekraine") == 1


def test_statements_keep_triggers_whole() -> None:
    sql = MIGRATIONS[1][2]
    parts = statements(sql)
    assert any(p.startswith("CREATE TRIGGER") and p.endswith("END;") for p in parts)
    assert all(sqlite3.complete_statement(p) for p in parts)


# -- adding letters ---------------------------------------------------------------------------

@pytest.mark.parametrize("n", [0, 1, 2, 3, 63, 64, 65, 127, 128, 129, 1000])
def test_insert_rows_puts_many_rows_in_each_statement_in_order(n: int) -> None:
    """Every row once, in order, at most 999 parameters and a power of two of rows a statement."""
    rows = [(i, f"w{i}", i * 2) for i in range(n)]
    queries_ = list(queries.insert_rows("INSERT INTO t (a, b, c) VALUES", 3, iter(rows)))
    got = [p for _, params in queries_ for p in params]
    assert got == [v for r in rows for v in r]
    for sql, params in queries_:
        assert sql.count("?") == len(params) <= 999 and (len(params) // 3) & (len(params) // 3 - 1) == 0
    assert len(queries_) <= n // 256 + 9
    conn = sqlite3.connect(":memory:")
    try:
        conn.execute("CREATE TABLE t (a, b, c)")
        for q in queries_:
            conn.execute(*q)
        assert conn.execute("SELECT a, b, c FROM t ORDER BY rowid").fetchall() == rows
    finally:
        conn.close()


def test_only_a_streamed_letter_defers_its_foreign_keys(store: Store) -> None:
    """`PRAGMA defer_foreign_keys` expires every prepared statement: a letter built whole puts its row first
    and needs none; a streamed one writes its row last, and defers."""
    said: list[str] = []
    store.conn.set_trace_callback(said.append)
    for stream in (False, True):
        said.clear()
        r = replace(read(str(SAMPLES[0])), sha256=("0" if stream else "1") * 64)
        assert store.add(prepare(r, stream=stream)).created
        assert any("defer_foreign_keys" in q for q in said) is stream
        inserts = [q for q in said if q.startswith(("INSERT INTO letters", "INSERT INTO temp.sentences_in"))]
        assert inserts[0].startswith("INSERT INTO temp" if stream else "INSERT INTO letters")
    store.conn.set_trace_callback(None)


def test_add_is_idempotent_by_sha256(store: Store) -> None:
    rr, ex = read_and_extract()
    first = store_letter(store, rr, ex)
    assert first.created and first.letter_id == rr.sha256
    counts = {t: count(store, t, rr.sha256) for t in ("letters", "sentences", "facts", "sections")}
    again = store_letter(store, replace(rr, source="elders/brief.txt"), replace(ex, source="elders/brief.txt"))
    assert not again.created
    assert again.letter_id == rr.sha256 and again.source == "brief.txt"
    assert {t: count(store, t, rr.sha256) for t in counts} == counts
    assert len(store.letters()) == 1


def test_add_stores_spans_that_reproduce_the_evidence(store: Store) -> None:
    rr, ex = read_and_extract(date="2030-01-28", kind="agenda", chamber="TK",
                              meetings=[Meeting("DMM", "2030-02-12", "2030-02-13", "Brussel", Span(0, 7))],
                              evidence={"date": Span(0, 7)})
    lid = store_letter(store, rr, ex).letter_id
    sentences = store.sentences(lid)
    assert sentences and all(rr.text[s["span"][0]:s["span"][1]] == s["text"] for s in sentences)
    facts = store.facts(lid)
    assert [f["kind"] for f in facts] == ["amounts"]
    f = facts[0]
    assert f["evidence"] == rr.text[f["span"][0]:f["span"][1]] == "EUR 250 miljoen"
    assert f["value"]["value"] == 250_000_000 and f["rule"] == "money.v1" and "span" not in f["value"]
    assert store.facts(lid, "citations") == []
    full = store.letter(lid[:8])
    assert full["letter"]["kind"] == "agenda" and full["meetings"][0]["evidence"] == rr.text[:7]
    assert full["evidence"]["date"]["text"] == rr.text[:7]
    assert full["facts"]["amounts"][0]["evidence"] == "EUR 250 miljoen"
    assert store.extraction(lid) == ex.to_json()
    assert store.text(lid) == rr.text


def test_fts_finds_sentences_by_dutch_stem(store: Store) -> None:
    lid = store.add(letter()).letter_id
    assert fts_hits(store, "bijeenkomst") == 2            # "bijeenkomst" and "bijeenkomsten"
    assert fts_hits(store, "OEKRAINE") == fts_hits(store, "oekraïne") == 1   # case and diacritics folded
    assert fts_hits(store, 'agenda" OR "x') == 0          # quoted: FTS syntax is just text
    sql = ("SELECT s.letter_id FROM sentences_fts JOIN sentences s ON s.id = sentences_fts.rowid "
           "WHERE sentences_fts MATCH ?")
    ids = store.conn.execute(sql, (queries.quote_fts(stems("Geannoteerde").split()),)).fetchall()
    assert {r[0] for r in ids} == {lid}


def test_sample_letters_are_stored_with_exact_spans(store: Store) -> None:
    assert SAMPLES
    for path in SAMPLES:
        rr = read(path)
        lid = store_letter(store, rr, extract_text(rr.source, rr.text, rr.sha256)).letter_id
        text = store.text(lid)
        assert text == rr.text
        assert all(text[s["span"][0]:s["span"][1]] == s["text"] for s in store.sentences(lid))
        for f in store.facts(lid):
            assert text[f["span"][0]:f["span"][1]] == f["evidence"]
            if "text" in f["value"]:
                assert f["evidence"] == f["value"]["text"]
    assert len(store.letters()) == len(SAMPLES)


def test_a_span_outside_the_text_is_refused(store: Store) -> None:
    rr, ex = read_and_extract()
    ex.amounts[0].span = Span(0, len(rr.text) + 5)
    with pytest.raises(StoreError, match="outside the text"):
        store_letter(store, rr, ex)
    assert count(store, "letters", rr.sha256) == 0


def test_an_extraction_of_other_bytes_is_refused(store: Store) -> None:
    rr, ex = read_and_extract()
    with pytest.raises(StoreError, match="other bytes"):
        store_letter(store, rr, replace(ex, sha256="0" * 64))


# -- one transaction per letter ---------------------------------------------------------------

def _nothing_of(store: Store, lid: str) -> None:
    for table in ("letters", "meetings", "sections", "sentences", "facts"):
        assert count(store, table, lid) == 0, table
    assert store.conn.execute("SELECT count(*) FROM sentences_fts").fetchone()[0] == 0
    assert fts_hits(store, "bijeenkomst") == 0
    assert not store.conn.in_transaction


def test_a_failing_write_mid_letter_leaves_nothing(store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    """The facts insert (after the sentences, before the letter row) fails inside SQLite."""
    rr, ex = read_and_extract()

    def broken(rows):
        return iter([("INSERT INTO no_such_table VALUES (?, ?, ?, ?, ?, ?, ?)", next(iter(rows)))])

    monkeypatch.setattr(queries, "insert_facts", broken)
    with pytest.raises(StoreError, match=r"brief\.txt"):
        store_letter(store, rr, ex)
    _nothing_of(store, rr.sha256)
    monkeypatch.undo()
    assert store_letter(store, rr, ex).created          # the connection is usable and the letter goes in whole
    assert count(store, "facts", rr.sha256) == 1


def test_a_crash_mid_letter_leaves_nothing(store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    """Any exception (not only SQLite's) between the first and last write rolls back."""
    rr, ex = read_and_extract()
    real = store.conn

    class Crashing:
        """Passes calls through to the connection, but dies on the sentences insert."""

        def __getattr__(self, name):
            return getattr(real, name)

        def execute(self, sql, params=()):
            if sql.startswith("INSERT INTO temp.sentences_in"):
                real.execute(sql, params)               # some of the sentences are written …
                raise KeyboardInterrupt                 # … then the process is interrupted
            return real.execute(sql, params)

    monkeypatch.setattr(store, "conn", Crashing())
    with pytest.raises(KeyboardInterrupt):
        store_letter(store, rr, ex)
    monkeypatch.undo()
    _nothing_of(store, rr.sha256)


# -- readers ----------------------------------------------------------------------------------

def test_a_writer_copies_its_wal_back_seldom(tmp_path: Path) -> None:
    conn = connect(tmp_path / "w.db")
    try:
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert conn.execute("PRAGMA wal_autocheckpoint").fetchone()[0] == WAL_AUTOCHECKPOINT > 1000
    finally:
        conn.close()


def test_readonly_connection_refuses_writes(db_file: Path) -> None:
    with Store(db_file, readonly=True) as ro:
        assert ro.conn.execute("PRAGMA query_only").fetchone()[0] == 1
        lid = ro.letters()[0]["id"]
        for sql in ("DELETE FROM letters", "UPDATE letters SET kind = 'report'",
                    "CREATE TABLE x (y)", "INSERT INTO migrations VALUES (99, 'x', 'y')"):
            with pytest.raises(sqlite3.OperationalError, match=r"readonly|read-only|query_only"):
                ro.conn.execute(sql)
        with pytest.raises(StoreError, match="read-only"):
            ro.add(letter("Een andere brief met EUR 250 miljoen.\n"))
        assert ro.letter(lid)["id"] == lid


def test_readonly_needs_an_existing_database(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="no database"):
        Store(tmp_path / "missing.db", readonly=True)
    assert not (tmp_path / "missing.db").exists()


def test_resolve_by_prefix_and_source(store: Store) -> None:
    a = store.add(letter(source="a.txt")).letter_id
    b = store.add(letter(TEXT + "\nNog een zin.\n", source="b.txt")).letter_id
    assert store.resolve(a) == a and store.resolve(a.upper()) == a
    assert store.resolve(a[:10]) == a
    assert store.resolve("b.txt") == b
    common = next(i for i in range(64) if a[i] != b[i])
    if common:
        with pytest.raises(QueryError, match="ambiguous"):
            store.resolve(a[:common])
    with pytest.raises(NotFound, match="no letter"):
        store.resolve("f" * 64 if not a.startswith("f") and not b.startswith("f") else "0" * 64)
    with pytest.raises(NotFound):
        store.letter("nope.txt")


def test_letters_filters(store: Store) -> None:
    store.add(letter(source="1.txt", date="2024-12-31", kind="report"))
    store.add(letter(TEXT + "x\n", source="2.txt", date="2025-01-01", kind="agenda",
                      meetings=[Meeting("DMM", "2025-02-12")]))
    store.add(letter(TEXT + "y\n", source="3.txt", date="2025-12-31", kind="agenda", chamber="EK"))
    store.add(letter(TEXT + "z\n", source="4.txt", kind="other"))       # undated

    def sources(**kw: object) -> list[str]:
        return [r["source"] for r in store.letters(LetterFilters(**kw))]  # type: ignore[arg-type]

    assert sources() == ["3.txt", "2.txt", "1.txt", "4.txt"]              # newest first, undated last
    assert sources(kind="agenda") == ["3.txt", "2.txt"]
    assert sources(since="2025") == ["3.txt", "2.txt"]
    assert sources(until="2025") == ["3.txt", "2.txt", "1.txt"]           # a year means its last day
    assert sources(until="2024-12") == ["1.txt"]
    assert sources(since="2025-01-01", until="2025-01-01") == ["2.txt"]
    assert sources(chamber="ek") == ["3.txt"]
    assert sources(meeting="DMM") == ["2.txt"]
    assert sources(limit=1) == ["3.txt"]
    row = store.letters(LetterFilters(meeting="DMM"))[0]
    assert row["meetings"] == [{"type": "DMM", "date_start": "2025-02-12", "date_end": None, "location": None}]
    for bad in ({"kind": "memo"}, {"since": "2025-13"}, {"until": "gisteren"}, {"chamber": "XX"},
                {"since": "2026", "until": "2025"}, {"limit": -1}):
        with pytest.raises(QueryError):
            store.letters(LetterFilters(**bad))  # type: ignore[arg-type]


# -- SQL is parametrised ----------------------------------------------------------------------

EVIL = ["x'); DROP TABLE letters; --", "\" OR 1=1 --", "' OR '1'='1", "a%_\\*[?]", "Robert'); DELETE FROM facts;--"]


@pytest.mark.parametrize("evil", EVIL)
def test_user_text_never_enters_sql(store: Store, evil: str) -> None:
    lid = store.add(letter(source=evil)).letter_id
    assert [r["source"] for r in store.letters(LetterFilters(source=evil))] == [evil]
    assert store.letters(LetterFilters(meeting=evil)) == []
    assert store.resolve(evil) == lid
    with pytest.raises(NotFound):
        store.resolve(evil + "x")
    with pytest.raises(QueryError):
        store.letters(LetterFilters(kind=evil))
    for sql, params in (queries.letters_sql(LetterFilters(source=evil, meeting=evil)),
                        queries.find_letters(evil), queries.letter_exists(evil)):
        assert evil not in sql
        values = params.values() if isinstance(params, dict) else params
        assert evil in values
    tables = {r[0] for r in store.conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    assert {"letters", "facts", "sentences", "migrations"} <= tables
    assert count(store, "facts", lid) == 1


def test_quote_fts() -> None:
    assert queries.quote_fts(['a"b', "", "c"]) == '"a""b" "c"'


def test_kamerstuk_id() -> None:
    from inzet.model import Kamerstuk

    assert kamerstuk_id(Kamerstuk(["21501-28", "28676"], 299)) == "kst-21501-28-299"
    assert kamerstuk_id(Kamerstuk(["36 045"], 267)) == "kst-36045-267"
    assert kamerstuk_id(Kamerstuk(["36045"], None)) is None
    assert kamerstuk_id(None) is None


def test_a_file_that_is_not_a_database_is_a_store_error(tmp_path: Path) -> None:
    path = tmp_path / "brief.db"
    path.write_text("dit is geen database, maar een brief " * 20, encoding="utf-8")
    for readonly in (True, False):
        with pytest.raises(StoreError, match=r"brief\.db"):
            Store(path, readonly=readonly)


# -- the sentence × fact overlap behind the filter tokens ----------------------------------------

_iv = st.tuples(st.integers(0, 300), st.integers(0, 40)).map(lambda t: (t[0], t[0] + t[1]))


@settings(max_examples=200, deadline=None)
@given(intervals=st.lists(_iv, max_size=30),
       facts=st.lists(st.tuples(_iv, st.sampled_from(["amounts", "citations", "gdp_shares"])), max_size=30))
def test_kinds_inside_agrees_with_the_pairwise_definition(intervals: list[tuple[int, int]],
                                                          facts: list[tuple[tuple[int, int], str]]) -> None:
    flat = [(a, b, k) for (a, b), k in facts]
    want = [{k for s, e, k in flat if s < b and e > a} for a, b in intervals]
    assert kinds_inside(intervals, flat) == want
