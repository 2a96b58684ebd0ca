"""The ingest pipeline: worker processes and one writer, input order, bad inputs, and `inzet reindex`."""

from __future__ import annotations

import gc
import json
import os
import sqlite3
import weakref
from pathlib import Path

import pytest
from typer.testing import CliRunner

import inzet.ahead
import inzet.pipeline as pipeline
from conftest import OPENING_FILES, SAMPLES, read_letter
from inzet.cli import app
from inzet.errors import StoreError
from inzet.extract import money
from inzet.ingest import read
from inzet.store import Store


def consistent(db: Path) -> dict[str, int]:
    """Check that every stored letter is whole, and return its row counts per table.

    Whole means: the facts and meetings the letter's stored extraction lists are the rows there,
    every sentence has its full-text entry, and the filter tokens name only fact kinds present.
    """
    conn = sqlite3.connect(db)
    conn.row_factory = sqlite3.Row
    try:
        for row in conn.execute("SELECT id, extraction_json FROM letters"):
            ex = json.loads(row["extraction_json"])
            kinds = {k: len(ex[k]) for k in ("amounts", "gdp_shares", "deployments", "citations", "acronyms")}
            got = dict(conn.execute("SELECT kind, count(*) FROM facts WHERE letter_id = ? GROUP BY kind",
                                    (row["id"],)).fetchall())
            assert {k: got.get(k, 0) for k in kinds} == kinds, row["id"]
            meetings = conn.execute("SELECT count(*) FROM meetings WHERE letter_id = ?", (row["id"],)).fetchone()[0]
            assert meetings == len(ex["letter"]["meetings"])
            assert conn.execute("SELECT count(*) FROM sentences WHERE letter_id = ?", (row["id"],)).fetchone()[0]
        n_sent = conn.execute("SELECT count(*) FROM sentences").fetchone()[0]
        n_fts = conn.execute("SELECT count(*) FROM sentences_fts WHERE sentences_fts MATCH 'zzkagenda OR "
                             "zzkreport OR zzkother'").fetchone()[0]
        assert n_fts == n_sent            # every sentence is indexed once, no entry of a deleted one is left
        return {t: conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
                for t in ("letters", "meetings", "sections", "sentences", "facts")}
    finally:
        conn.close()


def test_workers_write_in_input_order_and_bad_files_fail_alone(tmp_path: Path) -> None:
    empty = tmp_path / "leeg.txt"
    empty.write_bytes(b"")
    garbage = tmp_path / "kapot.pdf"
    garbage.write_bytes(b"\x00\x01 geen pdf \xff" * 30)
    files = [str(SAMPLES[0]), str(empty), *map(str, OPENING_FILES[:12]), str(garbage),
             str(tmp_path / "weg.txt"), *map(str, SAMPLES[1:])]
    db = tmp_path / "inzet.db"
    with Store(db) as store:
        outcomes = list(pipeline.ingest_files(store, files, jobs=2))
    assert [o.source for o in outcomes] == files
    failed = {o.source: o.error for o in outcomes if o.result is None}
    assert set(failed) == {str(empty), str(garbage), str(tmp_path / "weg.txt")}
    assert all(msg and msg.startswith(src + ": ") and "\n" not in msg for src, msg in failed.items())
    assert not any(o.bug for o in outcomes)
    stored = [o for o in outcomes if o.result is not None]
    assert all(o.result.created for o in stored)
    counts = consistent(db)
    assert counts["letters"] == len(stored) == len(files) - 3

    # the same files again, in workers: nothing new, each found under the source it was stored as
    with Store(db) as store:
        again = list(pipeline.ingest_files(store, files, jobs=2))
    assert [o.source for o in again] == files
    assert [o.result.created for o in again if o.result is not None] == [False] * len(stored)
    assert consistent(db) == counts


def test_one_worker_and_two_store_the_same_rows(tmp_path: Path) -> None:
    files = [str(p) for p in (*SAMPLES, *OPENING_FILES[:10])]
    dumps = []
    for jobs in (1, 2):
        db = tmp_path / f"j{jobs}.db"
        with Store(db) as store:
            assert all(o.result is not None for o in pipeline.ingest_files(store, files, jobs))
        conn = sqlite3.connect(db)
        dumps.append([conn.execute(f"SELECT * FROM {t} ORDER BY 1, 2").fetchall()
                      for t in ("meetings", "sections", "facts")]
                     + [conn.execute("SELECT letter_id, idx, start, end, section, footnote, text, stems "
                                     "FROM sentences ORDER BY letter_id, idx").fetchall(),
                        conn.execute("SELECT id, letter_json, extraction_json, extractor_version FROM letters "
                                     "ORDER BY id").fetchall()])
        conn.close()
    assert dumps[0] == dumps[1]


# -- reindex ------------------------------------------------------------------------------------------

def _ingested(tmp_path: Path, runner: CliRunner) -> Path:
    db = tmp_path / "inzet.db"
    r = runner.invoke(app, ["ingest", "-q", "--db", str(db), *map(str, SAMPLES), *map(str, OPENING_FILES[:5])])
    assert r.exit_code == 0, r.output
    return db


def _newer_rules(monkeypatch: pytest.MonkeyPatch) -> None:
    """Pretend the running rules are newer and find no amounts: a change a reindex must show."""
    monkeypatch.setattr(pipeline, "VERSION", pipeline.VERSION + 1)
    monkeypatch.setattr(money, "extract", lambda doc: [])


def _amounts(db: Path) -> int:
    conn = sqlite3.connect(db)
    try:
        return conn.execute("SELECT count(*) FROM facts WHERE kind = 'amounts'").fetchone()[0]
    finally:
        conn.close()


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_reindex_rewrites_stale_letters(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, jobs: str) -> None:
    runner = CliRunner()
    db = _ingested(tmp_path, runner)
    assert _amounts(db) > 0
    r = runner.invoke(app, ["letters", "--db", str(db)], env={"COLUMNS": "300"})
    assert "stale" not in r.stdout

    _newer_rules(monkeypatch)
    listed = json.loads(runner.invoke(app, ["letters", "--db", str(db), "--format", "json"]).stdout)
    assert listed and all(d["stale"] for d in listed)
    r = runner.invoke(app, ["letters", "--db", str(db)], env={"COLUMNS": "300"})
    assert r.stdout.count(f"v{pipeline.VERSION - 1} stale") == len(listed)

    r = runner.invoke(app, ["reindex", "--jobs", jobs, "--db", str(db)])
    assert r.exit_code == 0, r.output
    assert f"{len(listed)} reindexed with extraction rules v{pipeline.VERSION}, 0 failed" in r.stdout
    assert _amounts(db) == 0                          # the facts are the new rules' facts
    with Store(db, readonly=True) as s:
        assert all(s.extraction(d["id"])["amounts"] == [] for d in listed)
        assert {d["extractor_version"] for d in s.letters()} == {pipeline.VERSION}
        assert s.stale(pipeline.VERSION) == []
        text_before = {d["id"]: d["source"] for d in listed}
        assert {d["id"]: d["source"] for d in s.letters()} == text_before    # same letters, same sources
    consistent(db)
    # no filter token still claims an amount in a sentence
    conn = sqlite3.connect(db)
    assert conn.execute("SELECT count(*) FROM sentences_fts WHERE sentences_fts MATCH 'zzfamounts'").fetchone()[0] == 0
    conn.close()
    r = runner.invoke(app, ["letters", "--db", str(db)], env={"COLUMNS": "300"})
    assert "stale" not in r.stdout
    again = runner.invoke(app, ["reindex", "--db", str(db)])
    assert again.exit_code == 0 and "0 reindexed" in again.stdout


def test_an_interrupted_reindex_leaves_whole_letters_and_resumes(tmp_path: Path,
                                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    db = _ingested(tmp_path, CliRunner())
    before = consistent(db)
    with Store(db, readonly=True) as s:
        old = {d["id"]: s.extraction(d["id"]) for d in s.letters()}
    _newer_rules(monkeypatch)
    real = Store._insert_extracted
    calls = []

    def interrupted(c: sqlite3.Connection, rows) -> None:
        calls.append(rows.letter_id)
        if len(calls) == 3:        # the third letter: its old rows are deleted, then Ctrl-C
            raise KeyboardInterrupt
        real(c, rows)

    monkeypatch.setattr(Store, "_insert_extracted", staticmethod(interrupted))
    with Store(db) as store:
        stale = pipeline.stale_letters(store)
        with pytest.raises(KeyboardInterrupt):
            for _ in pipeline.reindex(store, stale, jobs=1):
                pass
        assert not store.conn.in_transaction
        left = pipeline.stale_letters(store)
    assert left == stale[2:]                          # two done, the interrupted one rolled back whole
    assert consistent(db)["letters"] == before["letters"]
    with Store(db, readonly=True) as s:
        for lid in stale[:2]:
            assert s.extraction(lid)["amounts"] == []
        for lid in left:                              # untouched, the interrupted one included
            assert s.extraction(lid) == old[lid]

    monkeypatch.setattr(Store, "_insert_extracted", staticmethod(real))
    r = CliRunner().invoke(app, ["reindex", "--jobs", "2", "--db", str(db)])
    assert r.exit_code == 0, r.output
    assert f"{len(left)} reindexed" in r.stdout
    consistent(db)
    assert _amounts(db) == 0
    with Store(db, readonly=True) as s:
        assert s.stale(pipeline.VERSION) == []


def test_letters_of_an_older_database_are_stale(tmp_path: Path) -> None:
    """A database from before the rules' version was recorded: its letters count as version 0."""
    db = _ingested(tmp_path, CliRunner())
    conn = sqlite3.connect(db)
    conn.execute("UPDATE letters SET extractor_version = 0")
    conn.commit()
    conn.close()
    with Store(db) as s:
        assert len(pipeline.stale_letters(s)) == len(s.letters())
        assert all(o.result is not None for o in pipeline.reindex(s, pipeline.stale_letters(s)))
        assert pipeline.stale_letters(s) == []
    consistent(db)


# -- big letters -------------------------------------------------------------------------------------

def _big_letter(path: Path) -> Path:
    """A letter just past `STREAM_CHARS`: the sample letters one after another."""
    texts = [read_letter(p) for p in SAMPLES]
    parts, size = [], 0
    while size <= pipeline.STREAM_CHARS:
        parts.append(texts[len(parts) % len(texts)])
        size += len(parts[-1]) + 2
    path.write_text("\n\n".join(parts), encoding="utf-8")
    return path


def _dump(db: Path) -> list[list[tuple]]:
    conn = sqlite3.connect(db)
    try:
        return ([conn.execute(f"SELECT * FROM {t} ORDER BY 1, 2").fetchall() for t in ("meetings", "sections", "facts")]
                + [conn.execute("SELECT letter_id, idx, start, end, section, footnote, text, stems, meta "
                                "FROM sentences ORDER BY letter_id, idx").fetchall(),
                   conn.execute("SELECT id, source, text, letter_json, extraction_json, evidence_json, read_json "
                                "FROM letters ORDER BY id").fetchall()]
                + [conn.execute(f"SELECT s.letter_id, s.idx, t.* FROM {t} t JOIN sentences s ON s.id = t.id "
                                "ORDER BY 1, 2, t.key").fetchall() for t in ("search_short", "search_repeats")]
                + [conn.execute("SELECT count(*) FROM search_unindexed").fetchall()])
    finally:
        conn.close()


def test_a_big_letter_among_bad_files_is_stored_whole_and_each_bad_one_fails_in_a_line(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Workers leave a letter past STREAM_CHARS to the writer, which streams its sentences and writes its
    long text in pieces; its rows are those of the same letter built whole, and every bad input beside it
    fails alone with one line that names it."""
    big = _big_letter(tmp_path / "groot.txt")
    empty = tmp_path / "leeg.txt"
    empty.write_bytes(b"")
    garbage = tmp_path / "kapot.pdf"
    garbage.write_bytes(b"\x00\x01 geen pdf \xff" * 30)
    binary = tmp_path / "binair.txt"
    binary.write_bytes(bytes(range(256)) * 40)
    missing = tmp_path / "weg.docx"
    bad = [empty, garbage, binary, missing]
    files = [str(p) for p in (empty, *OPENING_FILES[:3], big, garbage, binary, *OPENING_FILES[3:6], missing)]
    streamed = tmp_path / "streamed.db"
    r = CliRunner().invoke(app, ["ingest", "--jobs", "2", "-q", "--db", str(streamed), *files])
    assert r.exit_code == 1
    errors = [line for line in r.stderr.splitlines() if line.strip()]
    assert len(errors) == len(bad)
    assert all(str(p) in line for p, line in zip(bad, errors, strict=True))
    assert "Traceback" not in r.output
    assert f"{len(files) - len(bad)} stored, 0 already present, {len(bad)} failed" in r.stdout
    consistent(streamed)
    with Store(streamed, readonly=True) as s:
        assert s.text(s.resolve(str(big))) == big.read_text(encoding="utf-8")

    monkeypatch.setattr(pipeline, "STREAM_CHARS", 1 << 30)     # the same letters, every one built whole
    whole = tmp_path / "whole.db"
    with Store(whole) as store:
        good = [f for f in files if Path(f) not in bad]
        assert all(o.result is not None for o in pipeline.ingest_files(store, good, jobs=1))
    assert _dump(streamed) == _dump(whole)


def test_a_streamed_letter_lets_go_of_its_document_before_its_row_is_written(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """SQLite copies a letter's text and JSON when it writes the letter row: by then the segmented document
    of a streamed letter (the normalised view, lines and sentences: 4x its text) must be gone."""
    docs: list[weakref.ref] = []
    real_segment, real_extracted, real_letter = pipeline.segment, Store._insert_extracted, Store._insert_letter
    alive: list[tuple[str, bool]] = []

    def segment(source: str, text: str):
        doc = real_segment(source, text)
        docs.append(weakref.ref(doc))
        return doc

    def insert_extracted(c: sqlite3.Connection, rows) -> None:
        alive.append(("sentences", docs[-1]() is not None))
        real_extracted(c, rows)

    def insert_letter(c: sqlite3.Connection, letter: dict) -> None:
        gc.collect()
        alive.append(("letter row", docs[-1]() is not None))
        real_letter(c, letter)

    monkeypatch.setattr(pipeline, "segment", segment)
    monkeypatch.setattr(Store, "_insert_extracted", staticmethod(insert_extracted))
    monkeypatch.setattr(Store, "_insert_letter", staticmethod(insert_letter))
    monkeypatch.setattr(pipeline, "STREAM_CHARS", 1000)
    with Store(tmp_path / "inzet.db") as store:
        outcomes = list(pipeline.ingest_files(store, [str(SAMPLES[0])], jobs=1))
    assert outcomes[0].result is not None and outcomes[0].result.created
    assert alive == [("sentences", True), ("letter row", False)]
    consistent(tmp_path / "inzet.db")


def test_a_big_letter_alone_with_cores_to_spare_is_stemmed_by_a_child_and_stored_alike(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """With `--jobs 2` and one big letter the writer forks a child that stems the sentences while it extracts:
    the rows are those the writer makes alone; a child that fails leaves the stemming to the writer."""
    monkeypatch.setattr(pipeline, "STREAM_CHARS", 1000)
    monkeypatch.setattr(pipeline, "AHEAD_CHARS", 1000)
    monkeypatch.setattr(inzet.ahead, "can_fork", lambda: True)     # pytest may run a thread of its own
    started: list[int] = []
    real = inzet.ahead.StemsAhead

    def ahead(doc):
        started.append(len(doc.sentences))
        return real(doc)

    monkeypatch.setattr(inzet.ahead, "StemsAhead", ahead)
    dumps = []
    for name, jobs in (("alone.db", 1), ("ahead.db", 2), ("failed.db", 2)):
        if name == "failed.db":
            def broken(text: str) -> str:
                raise OSError("no space left on device")
            monkeypatch.setattr(inzet.ahead, "stems", broken)    # runs in the child only
        with Store(tmp_path / name) as store:
            outcomes = list(pipeline.ingest_files(store, [str(SAMPLES[0])], jobs=jobs))
        assert outcomes[0].result is not None and outcomes[0].result.created, outcomes[0].error
        consistent(tmp_path / name)
        dumps.append(_dump(tmp_path / name))
    assert len(started) == 2 and started[0] > 20
    assert dumps[0] == dumps[1] == dumps[2]


def test_a_letter_built_whole_takes_its_stems_from_the_child_too(tmp_path: Path,
                                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    """Below STREAM_CHARS (rows built whole) a letter of AHEAD_CHARS or more is stemmed ahead as well, the same rows."""
    monkeypatch.setattr(pipeline, "AHEAD_CHARS", 1000)
    monkeypatch.setattr(inzet.ahead, "can_fork", lambda: True)
    started: list[int] = []
    real = inzet.ahead.StemsAhead
    monkeypatch.setattr(inzet.ahead, "StemsAhead", lambda doc: started.append(1) or real(doc))
    dumps = []
    for name, jobs in (("alone.db", 1), ("ahead.db", 2)):
        with Store(tmp_path / name) as store:
            [outcome] = list(pipeline.ingest_files(store, [str(SAMPLES[0])], jobs=jobs))
            assert outcome.result is not None
        dumps.append(_dump(tmp_path / name))
    assert started == [1] and dumps[0] == dumps[1]


def test_stems_made_ahead_are_the_stems_and_a_child_dropped_unread_is_collected() -> None:
    from inzet.ahead import StemsAhead
    from inzet.extract.segment import segment
    from inzet.store.stems import stems

    doc = segment("a.txt", read_letter(SAMPLES[1]))
    lines = StemsAhead(doc).stems()
    assert lines is not None
    assert list(lines) == [stems(doc.sentence_text(s)) for s in doc.sentences]

    def refused() -> int:
        raise BlockingIOError("Resource temporarily unavailable")

    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(inzet.ahead, "can_fork", lambda: True)
        mp.setattr(os, "fork", refused)
        assert inzet.ahead.start(doc) is None        # no child to be had: the writer stems itself

    dropped = StemsAhead(doc)
    pid = dropped._pid
    del dropped
    gc.collect()
    with pytest.raises(ChildProcessError):
        os.waitpid(pid, os.WNOHANG)                 # killed and collected: no zombie left behind


def test_reindex_streams_big_letters_in_the_writer(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """With every letter past STREAM_CHARS, the workers hand each back and the writer re-extracts it,
    streamed: the new facts replace the old ones whole."""
    db = _ingested(tmp_path, CliRunner())
    before, amounts = consistent(db), _amounts(db)
    assert amounts > 0
    _newer_rules(monkeypatch)
    monkeypatch.setattr(pipeline, "STREAM_CHARS", 1000)
    real, streamed = pipeline.prepare, []

    def prepare(r, stream: bool = False, cores: int = 1):
        streamed.append(stream)
        return real(r, stream, cores)

    monkeypatch.setattr(pipeline, "prepare", prepare)     # a worker hands a big letter back unprepared
    with Store(db) as store:
        stale = pipeline.stale_letters(store)
        outcomes = list(pipeline.reindex(store, stale, jobs=2))
        assert store.stale(pipeline.VERSION) == []
    assert [o.result.letter_id for o in outcomes if o.result is not None] == stale
    assert streamed == [True] * len(stale)               # every letter prepared in the writer, streamed
    assert consistent(db) == {**before, "facts": before["facts"] - amounts}
    assert _amounts(db) == 0


@pytest.mark.parametrize(("n", "jobs"), [(0, 2), (1, 2), (5, 2), (17, 2), (400, 2), (400, 3), (30, 1)])
def test_tasks_grow_to_a_batch_and_end_one_letter_each(n: int, jobs: int) -> None:
    items = [f"l{i}" for i in range(n)]
    tasks = pipeline._batches(items, jobs)
    assert [x for t in tasks for x in t] == items
    assert all(1 <= len(t) <= pipeline.BATCH for t in tasks)
    assert all(len(t) == 1 for t in tasks[:jobs])
    assert [len(t) for t in tasks[-jobs * pipeline.BATCH:]] == [1] * min(n, jobs * pipeline.BATCH)
    if n == 400:
        assert max(len(t) for t in tasks) == pipeline.BATCH



def _one_group(monkeypatch: pytest.MonkeyPatch, letters: int = 1000) -> list[int]:
    """Commit groups of `letters` however long they take; returns the list the letters of each committed
    group are counted into."""
    monkeypatch.setattr(pipeline, "GROUP_LETTERS", letters)
    monkeypatch.setattr(pipeline, "GROUP_SECONDS", 1e9)
    committed: list[int] = []
    real = Store.commit_group

    def counted(self: Store) -> None:
        if self.in_group:
            committed.append(self.conn.execute("SELECT count(*) FROM letters").fetchone()[0])
        real(self)

    monkeypatch.setattr(Store, "commit_group", counted)
    return committed


def test_a_letter_failing_inside_a_commit_group_takes_only_itself(tmp_path: Path,
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    """The letters of a commit group are each a savepoint: one that fails after its rows are written leaves
    none of them, and the letters before and after it in the same group are committed."""
    committed = _one_group(monkeypatch)
    files = [str(p) for p in OPENING_FILES[:5]]
    real = Store._insert_extracted

    def failing(c: sqlite3.Connection, rows) -> None:
        real(c, rows)
        if rows.source == files[2]:            # its sentences and facts are in, then the disk says no
            raise sqlite3.OperationalError("disk I/O error")

    monkeypatch.setattr(Store, "_insert_extracted", staticmethod(failing))
    db = tmp_path / "inzet.db"
    with Store(db) as store:
        outcomes = list(pipeline.ingest_files(store, files, jobs=1))
        assert not store.conn.in_transaction
    assert committed == [4]                    # one group, the failed letter not in it
    assert [o.result is None for o in outcomes] == [False, False, True, False, False]
    assert outcomes[2].error.startswith(files[2] + ": ") and "disk I/O error" in outcomes[2].error
    assert not outcomes[2].bug
    assert consistent(db)["letters"] == 4
    with Store(db, readonly=True) as s:
        assert {d["source"] for d in s.letters()} == set(files) - {files[2]}


def test_a_group_that_cannot_be_committed_fails_each_of_its_letters_and_a_rerun_stores_them(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A letter is reported stored only once its group is committed: when the commit fails, each letter of
    that group gets a one-line error naming it, the groups before it stay, and running again stores them."""
    committed = _one_group(monkeypatch, letters=3)
    files = [str(p) for p in OPENING_FILES[:7]]
    real = Store.commit_group

    def second_fails(self: Store) -> None:
        if self.in_group and len(committed) == 1:
            committed.append(-1)
            self.conn.execute("ROLLBACK")
            raise StoreError(f"{self.path}: cannot commit (database or disk is full)")
        real(self)

    monkeypatch.setattr(Store, "commit_group", second_fails)
    db = tmp_path / "inzet.db"
    with Store(db) as store:
        outcomes = list(pipeline.ingest_files(store, files, jobs=1))
    assert [o.source for o in outcomes] == files
    assert committed == [3, -1, 4]
    lost = [o for o in outcomes if o.result is None]
    assert [o.source for o in lost] == files[3:6]
    assert all(o.error.startswith(o.source + ": not stored (") and "disk is full" in o.error
               and "\n" not in o.error for o in lost)
    assert consistent(db)["letters"] == 4

    monkeypatch.setattr(Store, "commit_group", real)
    with Store(db) as store:
        again = list(pipeline.ingest_files(store, files, jobs=2))
    assert [o.result.created for o in again] == [False] * 3 + [True] * 3 + [False]
    assert consistent(db)["letters"] == 7


def test_a_streamed_letter_is_committed_alone_between_groups(tmp_path: Path,
                                                             monkeypatch: pytest.MonkeyPatch) -> None:
    """A streamed letter's foreign keys are checked at its commit, so it never joins a group: the group
    before it is committed first, the letters after it start a new one, and the store refuses it in a group."""
    committed = _one_group(monkeypatch)
    big = _big_letter(tmp_path / "groot.txt")
    files = [str(p) for p in (*OPENING_FILES[:2], big, *OPENING_FILES[2:4])]
    db = tmp_path / "inzet.db"
    with Store(db) as store:
        outcomes = list(pipeline.ingest_files(store, files, jobs=1))
        assert all(o.result is not None and o.result.created for o in outcomes)
        assert committed == [2, 5]             # the first two, then the big one alone, then the last two
        store.begin_group()
        rows = pipeline.prepare(read(str(SAMPLES[0])), stream=True)
        with pytest.raises(StoreError, match="own transaction"):
            store.add(rows)
        store.commit_group()
    assert consistent(db)["letters"] == 5
