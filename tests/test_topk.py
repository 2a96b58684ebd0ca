"""Bounded ranking (inzet.topk): exactly FTS5's bm25 over every match, and the side tables of migration 8
stay what the sentences say through writes, deletes, re-extraction and the migration itself."""

from __future__ import annotations

import hashlib
import random
import re
import sqlite3
from collections import Counter
from collections.abc import Iterator
from dataclasses import replace

import pytest

from conftest import OPENING2_FILES, OPENING_FILES, SAMPLES
from inzet import search as search_module
from inzet import topk
from inzet.extract.segment import segment
from inzet.ingest import ReadResult, read
from inzet.model import Extraction, LetterMeta
from inzet.pipeline import load_file, prepare, store_letter
from inzet.search import ParsedQuery, SearchFilters, Term, _ranked, search
from inzet.store import Store, bounds, rows
from inzet.store.schema import SHORT_MAX
from inzet.store.stems import filter_tokens

WORDS = ["fregat", "marine", "haven", "schip", "oekraine", "oekraiens", "oekrains", "steun", "navo", "de", "van",
         "het", "een", "dron", "droneaanval", "naf"]
KINDS = ["agenda", "report", "other"]
REGULAR = re.compile(r"[a-z0-9]+( [a-z0-9]+)*")      # words FTS5 reads as they are split


def letter(s: Store, n: int, kind: str, date: str) -> str:
    """A stored letter (no facts) to hang synthetic sentences on."""
    text = f"Geachte voorzitter,\n\nBrief {n}.\n"
    rr = ReadResult(f"brief-{n}.txt", text, "txt", hashlib.sha256(text.encode()).hexdigest())
    ex = Extraction(rr.source, rr.sha256, LetterMeta(date=date, kind=kind, chamber="TK"))  # type: ignore[arg-type]
    return store_letter(s, rr, ex, segment(rr.source, text)).letter_id


def put(s: Store, rows: list[tuple[str, str, str, str]], index: bool = True) -> None:
    """Sentences (letter id, kind, date, stems) with the meta tokens ingest would give them, by plain SQL;
    `index`: then indexed for search as the store indexes what it writes."""
    s.conn.executemany(
        "INSERT INTO sentences (letter_id, idx, start, end, text, stems, meta) VALUES (?, ?, 0, 0, ?, ?, ?)",
        [(lid, 1000 + i, st, st, filter_tokens(kind, "TK", date, [], ["amounts"] if i % 5 == 0 else []))
         for i, (lid, kind, date, st) in enumerate(rows)])
    if index:
        bounds.index_pending(s.conn)


@pytest.fixture
def bounded(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[topk.TopK]]:
    """Every ranking takes the bounded way, however few its matches; yields the TopK of each search."""
    monkeypatch.setattr(topk, "FULL_MAX", 0)
    monkeypatch.setattr(topk, "CANDIDATE_COST", 0)
    made: list[topk.TopK] = []

    def spy(*a: object, **k: object) -> topk.TopK:
        made.append(topk.TopK(*a, **k))  # type: ignore[arg-type]
        return made[-1]

    monkeypatch.setattr(search_module, "TopK", spy)
    yield made


def ranking(s: Store, parsed: ParsedQuery, f: SearchFilters, bounded: bool) -> list[tuple[int, float]]:
    """(sentence id, bm25) of a ranking, bounded (TopK) or every match scored by FTS5."""
    groups = [t.phrases() for t in parsed.terms]
    top = search_module.TopK(s.conn, groups) if bounded else None
    return [(r["id"], r["score"]) for r in _ranked(s.conn, parsed, f, f.limit, f.offset, top)]


def word(w: str) -> Term:
    return Term("word", (w,), w)


def q(*terms: Term) -> ParsedQuery:
    return ParsedQuery(" ".join(t.text for t in terms), terms)


@pytest.fixture(scope="module")
def corpus() -> Iterator[Store]:
    """1,500 random sentences over a small vocabulary: short and long ones, words repeated, prefixes shared,
    in letters of three kinds over five years."""
    rng = random.Random(12)
    with Store(":memory:") as s:
        letters = [(letter(s, i, KINDS[i % 3], f"{2020 + i % 5}-0{1 + i % 9}-1{i % 10}"), KINDS[i % 3],
                    f"{2020 + i % 5}-0{1 + i % 9}-1{i % 10}") for i in range(15)]
        rows = []
        for _ in range(1500):
            lid, kind, date = rng.choice(letters)
            n = rng.choice([1, 1, 2, 3, 5, 8, 12, 20, 30])
            words = [rng.choice(WORDS[:8] if rng.random() < 0.5 else WORDS) for _ in range(n)]
            rows.append((lid, kind, date, " ".join(words)))
        put(s, rows)
        yield s


QUERIES = [
    q(word("fregat")), q(word("oekraine")), q(word("fregat"), word("haven")), q(word("de"), word("steun")),
    q(word("fregat"), word("fregat")), q(Term("phrase", ("steun", "oekraine"), "steun oekraine"), word("van")),
    q(Term("prefix", ("oekr",), "oekr*")), q(Term("prefix", ("dron",), "drone*")),
    q(Term("prefix", ("navo",), "navo*")), q(Term("prefix", ("haven", "schi"), "haven schi*"), word("de")),
]
FILTERS = [
    SearchFilters(), SearchFilters(limit=5), SearchFilters(limit=7, offset=9), SearchFilters(kind="report"),
    SearchFilters(until="2022"), SearchFilters(since="2021-03-05", until="2023-06-30"), SearchFilters(fact="amounts"),
    SearchFilters(kind="agenda", since="2023", limit=50),
]


@pytest.mark.parametrize("f", FILTERS)
@pytest.mark.parametrize("parsed", QUERIES, ids=lambda p: p.text)
def test_the_bounded_ranking_is_bm25_over_every_match(corpus: Store, bounded: list[topk.TopK],
                                                      parsed: ParsedQuery, f: SearchFilters) -> None:
    """The same sentences in the same order with the same scores (to the bit) as FTS5 scoring every match."""
    want = ranking(corpus, parsed, f, bounded=False)
    got = ranking(corpus, parsed, f, bounded=True)
    assert got == want
    assert len(want) == min(f.limit, len(ranking(corpus, parsed, replace(f, limit=500, offset=0), False)) - f.offset)


def test_most_rankings_of_the_corpus_are_settled_by_bounds(corpus: Store, bounded: list[topk.TopK]) -> None:
    """The comparison above is not of the fallback with itself: most rankings end with a candidate pass."""
    settled = 0
    for parsed in QUERIES:
        for f in FILTERS:
            top = topk.TopK(corpus.conn, [t.phrases() for t in parsed.terms])
            rows = _ranked(corpus.conn, parsed, f, f.limit, f.offset, top)
            settled += top.passes > 0 and len(rows) > 0
    assert settled >= len(QUERIES) * len(FILTERS) // 2


def test_a_long_old_sentence_where_the_word_repeats_beats_the_short_ones(bounded: list[topk.TopK]) -> None:
    """No cut-off (the newest, the shortest) would keep it: only the repeats bound does."""
    with Store(":memory:") as s:
        old = letter(s, 1, "other", "2008-01-01")
        new = letter(s, 2, "other", "2026-01-01")
        best = "fregat de haven van fregat het schip fregat een marine fregat de navo fregat van de fregat steun"
        put(s, [(old, "other", "2008-01-01", best)]
            + [(new, "other", "2026-01-01", "fregat") for _ in range(300)]
            + [(new, "other", "2026-01-01", "fregat de haven van het schip een marine navo") for _ in range(3000)])
        hits = search(s, "fregat", SearchFilters(limit=10))
        assert hits[0].letter_id == old and bounded[-1].passes > 0
        assert [(r["id"], r["score"]) for r in _ranked(s.conn, q(word("fregat")), SearchFilters(limit=10), 10, 0,
                                                       None)] == ranking(s, q(word("fregat")),
                                                                         SearchFilters(limit=10), True)


def test_repeating_sentences_just_above_the_short_ones_are_kept(bounded: list[topk.TopK]) -> None:
    """Sentences where the word occurs 2-6 times, at every length up to 90 tokens, score densely around the
    short ones: each that beats them must be in the ranking (all of them fit in 500), and none that does not."""
    with Store(":memory:") as s:
        lid = letter(s, 1, "other", "2022-01-01")
        rows = [(lid, "other", "2022-01-01", "fregat") for _ in range(8)]
        rows += [(lid, "other", "2022-01-01", " ".join(["fregat"] * n + ["haven"] * m))
                 for n in (2, 3, 4, 5, 6) for m in range(90)]
        put(s, rows + [(lid, "other", "2022-01-01", "fregat de van het een schip marine") for _ in range(3000)])
        for limit in (1, 8, 200, 500):
            f = SearchFilters(limit=limit)
            assert ranking(s, q(word("fregat")), f, True) == ranking(s, q(word("fregat")), f, False)
        assert all(t.passes > 0 for t in bounded)


def test_a_prefix_of_two_words_in_one_long_sentence_is_found(bounded: list[topk.TopK]) -> None:
    """oekraine and oekraiens in one sentence: tf 2 for oekr*, though neither word repeats."""
    with Store(":memory:") as s:
        lid = letter(s, 1, "other", "2020-01-01")
        two = "oekraine en oekraiens steun aan oekrains volk van de haven het schip"
        put(s, [(lid, "other", "2020-01-01", two)] + [(lid, "other", "2020-01-01", "oekraine de van het een schip")
                                                      for _ in range(2000)])
        parsed = q(Term("prefix", ("oekr",), "oekr*"))
        got = ranking(s, parsed, SearchFilters(limit=5), True)
        assert got == ranking(s, parsed, SearchFilters(limit=5), False)
        assert got[0][0] == s.conn.execute("SELECT id FROM sentences WHERE stems = ?", (two,)).fetchone()[0]


def test_a_sentence_the_side_tables_cannot_count_is_scored_by_fts5(bounded: list[topk.TopK]) -> None:
    """Stems with `_` tokenize otherwise in FTS5: such a sentence is always a candidate, scored by FTS5."""
    with Store(":memory:") as s:
        lid = letter(s, 1, "report", "2021-05-01")
        put(s, [(lid, "report", "2021-05-01", "fregat haven_schip")]
            + [(lid, "report", "2021-05-01", "fregat de van het een schip marine") for _ in range(500)])
        odd = s.conn.execute("SELECT id FROM sentences WHERE stems = 'fregat haven_schip'").fetchone()[0]
        assert s.conn.execute("SELECT dl FROM search_short WHERE key = '' AND id = ?", (odd,)).fetchone()[0] == 0
        for f in (SearchFilters(limit=3), SearchFilters(kind="report", limit=3),
                  SearchFilters(since="2021-04", limit=3)):
            got = ranking(s, q(word("fregat")), f, True)
            assert got == ranking(s, q(word("fregat")), f, False) and got[0][0] == odd


# -- the side tables --------------------------------------------------------------------------

def expected_tables(conn: sqlite3.Connection) -> tuple[set[tuple[str, int, int]], set[tuple[str, int, int, int]]]:
    """search_short and search_repeats as the sentences say they should be (an oracle of the triggers)."""
    short, repeats = set(), set()
    for i, stems, meta in conn.execute("SELECT id, stems, meta FROM sentences"):
        if not (REGULAR.fullmatch(stems) and REGULAR.fullmatch(meta)):
            short.add(("", 0, i))
            continue
        words = stems.split(" ")
        dl = len(words) + len(meta.split(" "))
        if dl <= SHORT_MAX:
            short |= {(w, dl, i) for w in words}
        repeats |= {(w, dl, i, n) for w, n in Counter(words).items() if n > 1}
        groups: dict[str, list[str]] = {}
        for w in words:
            if len(w) >= 3:
                groups.setdefault(w[:3], []).append(w)
        repeats |= {(g + "*", dl, i, len(ws)) for g, ws in groups.items() if len(set(ws)) > 1}
    return short, repeats


def tables(conn: sqlite3.Connection) -> tuple[set[tuple[str, int, int]], set[tuple[str, int, int, int]]]:
    return ({tuple(r) for r in conn.execute("SELECT key, dl, id FROM search_short")},
            {tuple(r) for r in conn.execute("SELECT key, dl, id, n FROM search_repeats")})


def fts_lengths(conn: sqlite3.Connection) -> dict[int, int]:
    """Each sentence's token count as FTS5 stored it (sentences_fts_docsize: one varint per column)."""
    out = {}
    for i, sz in conn.execute("SELECT id, sz FROM sentences_fts_docsize"):
        data, pos, total = bytes(sz), 0, 0
        while pos < len(data):
            v, pos = topk._varint(data, pos)
            total += v
        out[i] = total
    return out


@pytest.fixture(scope="module")
def samples() -> Iterator[Store]:
    s = Store()
    for f in SAMPLES + OPENING_FILES:
        load_file(s, str(f))
    yield s
    s.close()


def test_the_side_tables_count_tokens_as_fts5_does(samples: Store) -> None:
    short, repeats = tables(samples.conn)
    assert (short, repeats) == expected_tables(samples.conn) and len(short) > 1000 and len(repeats) > 100
    lengths = fts_lengths(samples.conn)
    assert {i: dl for _, dl, i, _ in repeats} == {i: lengths[i] for _, _, i, _ in repeats}
    assert {i: dl for _, dl, i in short} == {i: lengths[i] for _, _, i in short}
    n, avgdl = topk.averages(samples.conn)
    assert n == len(lengths) and avgdl == sum(lengths.values()) / n


def test_the_side_tables_follow_writes_updates_and_deletes(samples: Store) -> None:
    with Store(":memory:") as s:
        text = SAMPLES[0].read_text(encoding="utf-8-sig")
        rr = ReadResult("een.txt", text, "txt", hashlib.sha256(text.encode()).hexdigest())
        rows = prepare(rr)
        s.add(rows)
        load_file(s, str(SAMPLES[1]))
        assert tables(s.conn) == expected_tables(s.conn) and tables(s.conn)[0]
        assert s.replace_extraction(rows)                       # re-extraction: its sentences anew
        assert tables(s.conn) == expected_tables(s.conn)
        ids = s.conn.execute("SELECT min(id), max(id) FROM sentences").fetchone()
        s.conn.execute("UPDATE sentences SET stems = 'fregat fregat haven_x', meta = 'zzkother zzynone' "
                       "WHERE id = ?", (ids[0],))
        s.conn.execute("UPDATE sentences SET stems = 'fregat de fregat de', meta = 'zzkother zzynone' "
                       "WHERE id = ?", (ids[1],))
        # changed by plain SQL: their entries gone, and marked until the store indexes them
        assert marked(s.conn) == set(ids) and all(i not in {e[-1] for e in tables(s.conn)[0]} for i in ids)
        assert bounds.index_pending(s.conn) == 2 and marked(s.conn) == set()
        assert tables(s.conn) == expected_tables(s.conn)
        s.conn.execute("DELETE FROM sentences WHERE letter_id = ?", (rows.letter_id,))
        assert tables(s.conn) == expected_tables(s.conn)
        s.conn.execute("DELETE FROM sentences")
        assert tables(s.conn) == (set(), set())


def test_the_entries_made_with_the_rows_are_those_of_the_stored_sentences() -> None:
    """Made where the rows are built, keyed by position, they are what `bounds.entries` makes of the stored
    sentences under the ids the writer gave them, for every letter of ../shared; none is left marked."""
    with Store(":memory:") as s:
        for f in SAMPLES + OPENING_FILES + OPENING2_FILES:
            letter_rows = prepare(read(str(f)))
            s.add(letter_rows)
            stored = s.conn.execute("SELECT id, stems, meta FROM sentences WHERE letter_id = ? ORDER BY idx",
                                    (letter_rows.letter_id,)).fetchall()
            first = stored[0][0]
            assert [r[0] for r in stored] == list(range(first, first + len(stored)))
            want = bounds.entries(tuple(r) for r in stored)
            made = letter_rows.sentences
            assert isinstance(made, rows.SentenceRows)
            assert ([(k, dl, i + first) for k, dl, i in made.short], [(k, dl, i + first, n) for k, dl, i, n in
                                                                      made.repeats]) == want, f.name
        assert marked(s.conn) == set() and tables(s.conn) == expected_tables(s.conn)


def test_a_streamed_letter_gets_the_entries_of_one_built_whole(monkeypatch: pytest.MonkeyPatch) -> None:
    """Made batch by batch as its sentences stream (batches of 7 here), its side-table rows are the same."""
    monkeypatch.setattr(rows, "STREAM_BATCH", 7)
    got = []
    for stream in (True, False):
        with Store(":memory:") as s:
            for f in SAMPLES:
                s.add(prepare(read(str(f)), stream=stream))
            assert marked(s.conn) == set()
            got.append(tables(s.conn))
            assert got[-1] == expected_tables(s.conn)
    assert got[0] == got[1]


def test_a_sentence_written_by_plain_sql_stays_marked_until_the_store_indexes_it() -> None:
    """The writer unmarks only the ids it gave its own sentences: one written by plain SQL before, under any
    id, is indexed by the store's next write, and one written after stays marked."""
    with Store(":memory:") as s:
        lid = letter(s, 1, "other", "2020-01-01")
        s.conn.execute("INSERT INTO sentences (id, letter_id, idx, start, end, text, stems, meta) "
                       "VALUES (1000, ?, 7, 0, 0, '', 'fregat fregat', 'zzkother zzynone')", (lid,))
        assert marked(s.conn) == {1000}
        letter(s, 2, "other", "2020-01-01")
        assert marked(s.conn) == set() and tables(s.conn) == expected_tables(s.conn)
        assert ("fregat", 4, 1000, 2) in tables(s.conn)[1]
        assert s.conn.execute("SELECT min(id) FROM sentences WHERE id > 1000").fetchone()[0] == 1001
        put(s, [(lid, "other", "2020-01-01", "schip")], index=False)
        new = s.conn.execute("SELECT max(id) FROM sentences").fetchone()[0]
        assert marked(s.conn) == {new}


def marked(conn: sqlite3.Connection) -> set[int]:
    return {r[0] for r in conn.execute("SELECT id FROM search_unindexed")}


def test_a_sentence_written_by_plain_sql_has_every_match_scored_until_indexed(bounded: list[topk.TopK]) -> None:
    """Not in the side tables, it could be missed by the bounds: so none are used while one is unindexed."""
    with Store(":memory:") as s:
        lid = letter(s, 1, "other", "2020-01-01")
        put(s, [(lid, "other", "2020-01-01", "fregat de van het een schip marine") for _ in range(500)])
        put(s, [(letter(s, 3, "other", "2020-01-01"), "other", "2020-01-01", "fregat")], index=False)
        new = s.conn.execute("SELECT max(id) FROM sentences").fetchone()[0]
        assert marked(s.conn) == {new}
        got = ranking(s, q(word("fregat")), SearchFilters(limit=3), True)
        assert got[0][0] == new and got == ranking(s, q(word("fregat")), SearchFilters(limit=3), False)
        assert bounded[-1].passes == 0                      # every match scored
        letter(s, 2, "other", "2021-01-01")                 # the store's next write indexes it
        assert marked(s.conn) == set() and ("fregat", new) in {(k, i) for k, _, i in tables(s.conn)[0]}
        again = ranking(s, q(word("fregat")), SearchFilters(limit=3), True)
        assert again == ranking(s, q(word("fregat")), SearchFilters(limit=3), False) and again[0][0] == new


def test_migration_8_fills_the_side_tables_of_an_existing_database(tmp_path: object, samples: Store) -> None:
    """A database at version 7 with letters gets the tables as ingest would have kept them, and ranks alike."""
    path = f"{tmp_path}/v7.db"
    with Store(path) as s:
        for f in SAMPLES[:20]:
            load_file(s, str(f))
        want = tables(s.conn)
        hits = search(s, "Oekraïne", SearchFilters(limit=30), cache=False)
        for stmt in ("DROP TRIGGER sentences_search_ai", "DROP TRIGGER sentences_search_ad",
                     "DROP TRIGGER sentences_search_au", "DROP TABLE search_short", "DROP TABLE search_repeats",
                     "DROP TABLE search_unindexed",
                     "DROP TABLE sentences_vocab", "DELETE FROM migrations WHERE version = 8"):
            s.conn.execute(stmt)
    with Store(path) as s:
        assert max(r[0] for r in s.conn.execute("SELECT version FROM migrations")) == 8
        assert tables(s.conn) == want == expected_tables(s.conn)
        assert search(s, "Oekraïne", SearchFilters(limit=30), cache=False) == hits
