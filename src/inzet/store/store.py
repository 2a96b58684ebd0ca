"""The `Store`: letters, their facts and sentences in SQLite, each letter written whole or not at all.

A letter's id is the sha256 of its input bytes, so storing the same file twice is a no-op that
says so (`AddResult.created is False`). Every row of a letter — letter, meetings, sections,
sentences (and their full-text entries), facts — is written inside one `BEGIN IMMEDIATE`
transaction: a failure anywhere leaves nothing of that letter behind. A writer storing many letters opens
a commit group (`begin_group`): each letter is then a savepoint in one transaction committed for the group,
so the index pages every letter changes are written once per group, not once per letter.

For a big letter (streamed, see `rows`) the sentences go first and the `letters` row last (its
foreign keys are checked at the commit): its sentences are stemmed while they are written, and its
segmented document is gone before SQLite copies the text and the extraction JSON into the letter's
row. Other letters put their row first, so their foreign keys hold at once: `PRAGMA
defer_foreign_keys` expires every prepared statement of the connection, and re-preparing them (and
the triggers' programs in them) for every letter cost a fifth of the writer's time.

The sentences go in through a temporary table and one `INSERT … SELECT`: FTS5 (SQLite 3.40) writes
its pending index to disk at the start of every statement whose trigger touches it, so a statement
per sentence made a tiny index segment per sentence and cost half the writer's time. That statement
gives sentence idx the id `first + idx`, `first` being the id SQLite would give the next row, read in
the same transaction: so the search entries made with the rows (`store.bounds`) go in under known
ids. A text or JSON column of a megabyte or more is inserted as zero bytes and written in pieces
through a blob handle: bound as a parameter it would be held three more times at once (its UTF-8,
SQLite's copy, the row).

Readers open the store with `readonly=True`; they never migrate and can never write.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType
from typing import Any

from inzet.errors import NotFound, QueryError, StoreError
from inzet.store import bounds, queries
from inzet.store.db import MEMORY, check_version, connect, migrate, transaction
from inzet.store.queries import FACT_KINDS, LetterFilters
from inzet.store.remote import RemoteMixin
from inzet.store.rows import LetterRows


@dataclass(frozen=True, slots=True)
class AddResult:
    """What `Store.add` did: the letter's id and whether it was new.

    `source` is the source the letter is stored under: the earlier one when it was already there.
    """

    letter_id: str
    created: bool
    source: str


def _fact(row: sqlite3.Row) -> dict[str, Any]:
    return {"kind": row["kind"], "idx": row["idx"], "value": json.loads(row["value"]),
            "span": [row["start"], row["end"]], "rule": row["rule"], "evidence": row["evidence"]}


# SQLite's page cache while a commit group is open, KiB: big enough to hold the pages a group of letters
# changes (else they spill to the WAL before the commit, once per letter again); the connection's own otherwise
GROUP_CACHE_KIB = 32 * 1024
_LONG = 1 << 20                               # characters: a value this long is written in pieces
_LONG_COLUMNS = ("text", "extraction_json")


def _pieces(value: str) -> Iterator[str]:
    """`value` in slices of `_LONG` characters."""
    for i in range(0, len(value), _LONG):
        yield value[i:i + _LONG]


class Store(RemoteMixin):
    """A letter store in one SQLite file (or ":memory:"). Use it as a context manager."""

    def __init__(self, path: str | Path = MEMORY, *, readonly: bool = False) -> None:
        self.path = str(path)
        self.readonly = readonly
        self.conn = connect(path, readonly=readonly)
        try:
            if readonly:
                check_version(self.conn)
            else:
                migrate(self.conn)
        except StoreError as e:
            self.conn.close()
            raise StoreError(f"{self.path}: {e}") from e
        except BaseException:
            self.conn.close()
            raise
        self._cache_size = int(self.conn.execute("PRAGMA cache_size").fetchone()[0])   # (restored after a group)

    def close(self) -> None:
        """Close the connection (tests run with ResourceWarning as an error)."""
        self.conn.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, et: type[BaseException] | None, ev: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.close()

    # -- running queries --------------------------------------------------------------------

    def _all(self, query: queries.Query) -> list[sqlite3.Row]:
        sql, params = query
        try:
            return self.conn.execute(sql, params).fetchall()
        except sqlite3.Error as e:
            raise StoreError(f"{self.path}: query failed ({e})") from e

    def _one(self, query: queries.Query) -> sqlite3.Row | None:
        rows = self._all(query)
        return rows[0] if rows else None

    # -- commit groups ----------------------------------------------------------------------

    @property
    def in_group(self) -> bool:
        """Is a commit group open (`begin_group`)?"""
        return self.conn.in_transaction

    def begin_group(self) -> None:
        """Open a commit group: each `add` or `replace_extraction` until `commit_group` is a savepoint (a letter
        stands or falls whole, as in its own transaction) and they are committed together. The index pages
        every letter changes are then written once per group instead of once per letter. A streamed letter
        (its foreign keys checked at the commit) needs its own transaction: not in a group."""
        self._writable("a commit group")
        try:
            self._cache_size = int(self.conn.execute("PRAGMA cache_size").fetchone()[0])
            self.conn.execute(f"PRAGMA cache_size = {-GROUP_CACHE_KIB:d}")   # the group's changed pages held
            self.conn.execute("BEGIN IMMEDIATE")
        except sqlite3.Error as e:
            raise StoreError(f"{self.path}: cannot begin a write ({e})") from e

    def commit_group(self) -> None:
        """Commit the open group (nothing when none is open); on failure nothing of the group is kept."""
        if not self.conn.in_transaction:
            return
        try:
            self.conn.execute("COMMIT")
        except sqlite3.Error as e:
            if self.conn.in_transaction:
                self.conn.execute("ROLLBACK")
            raise StoreError(f"{self.path}: cannot commit ({e})") from e
        finally:
            self.conn.execute(f"PRAGMA cache_size = {self._cache_size:d}")     # (as it was before the group)

    # -- writes -----------------------------------------------------------------------------

    def has(self, letter_id: str) -> str | None:
        """The source a letter is stored under, or None when it is not stored."""
        row = self._one(queries.letter_exists(letter_id))
        return row["source"] if row else None

    def add(self, rows: LetterRows) -> AddResult:
        """Store one letter (built by `rows.build_rows`) in one transaction; a letter already stored
        (same sha256) is left as is."""
        self._writable(rows.source)
        if rows.streamed and self.in_group:
            raise StoreError(f"{rows.source}: a streamed letter is stored in its own transaction, not in a group")
        try:
            with transaction(self.conn) as c:
                existing = c.execute(*queries.letter_exists(rows.letter_id)).fetchone()
                if existing is not None:
                    return AddResult(rows.letter_id, False, existing["source"])
                if rows.streamed:                 # its letter row is made once its sentences are in
                    c.execute(queries.DEFER_FOREIGN_KEYS)
                    self._insert_extracted(c, rows)
                    self._insert_letter(c, rows.letter)
                else:
                    self._insert_letter(c, rows.letter)
                    self._insert_extracted(c, rows)
        except sqlite3.Error as e:
            raise StoreError(f"{rows.source}: cannot store the letter ({e})") from e
        return AddResult(rows.letter_id, True, rows.source)

    def replace_extraction(self, rows: LetterRows) -> bool:
        """Write a new extraction of a stored letter in one transaction: its letter fields, meetings,
        sections, sentences (and their FTS entries) and facts are replaced; its text, source and
        ingest time stay. False when the letter is no longer stored (nothing is written then)."""
        self._writable(rows.source)
        try:
            with transaction(self.conn) as c:
                row = c.execute(*queries.letter_text(rows.letter_id)).fetchone()
                if row is None:
                    return False
                if row["text"] != rows.text:
                    raise StoreError(f"{rows.source}: the re-extraction is not of the stored text")
                for q in queries.delete_extracted(rows.letter_id):
                    c.execute(*q)
                self._insert_extracted(c, rows)
                c.execute(*queries.update_extraction(rows.letter))
        except sqlite3.Error as e:
            raise StoreError(f"{rows.source}: cannot store the new extraction ({e})") from e
        return True

    def _writable(self, source: str) -> None:
        if self.readonly:
            raise StoreError(f"{self.path}: opened read-only, cannot store {source}")

    @staticmethod
    def _insert_letter(c: sqlite3.Connection, letter: dict[str, Any]) -> None:
        """The `letters` row; its long values written in pieces (see the module's doc)."""
        long = [col for col in _LONG_COLUMNS if len(letter[col]) >= _LONG]
        if not long:
            c.execute(*queries.insert_letter(letter))
            return
        sizes = {col: sum(len(piece.encode()) for piece in _pieces(letter[col])) for col in long}
        rowid = c.execute(*queries.insert_letter({**letter, **sizes}, long)).lastrowid
        for col in long:
            with c.blobopen("letters", col, rowid) as blob:
                for piece in _pieces(letter[col]):
                    blob.write(piece.encode())

    @staticmethod
    def _insert_extracted(c: sqlite3.Connection, rows: LetterRows) -> None:
        """The sentences (through the staging table, see the module's doc) with their search entries, facts,
        meetings and sections."""
        first = c.execute(queries.NEXT_SENTENCE_ID).fetchone()[0]      # the id of sentence 0
        c.execute(queries.STAGE_SENTENCES_TABLE)
        for batch in rows.sentences.batches(rows.letter_id, rows.text):
            for q in queries.stage_sentences(batch.rows):
                c.execute(*q)
            bounds.insert(c, batch.short, batch.repeats, first)
        c.execute(queries.insert_staged_sentences(), (first,))
        c.execute(queries.CLEAR_STAGED_SENTENCES)
        for q in queries.insert_facts(rows.facts):
            c.execute(*q)
        for sql, many in (queries.insert_meetings(rows.meetings), queries.insert_sections(rows.sections)):
            if many:
                c.executemany(sql, many)
        bounds.unmark_from(c, first)        # indexed above; the trigger marked them as they went in
        bounds.index_pending(c)             # any sentence written by plain SQL since the last write

    def stale(self, version: int) -> list[str]:
        """Ids of the letters whose facts came from extraction rules older than `version`."""
        return [r["id"] for r in self._all(queries.stale_letters(version))]

    def extraction_input(self, letter_id: str) -> sqlite3.Row | None:
        """A stored letter's id, source, format, text, read_json and extractor_version, or None."""
        return self._one(queries.extraction_input(letter_id))

    # -- reads ------------------------------------------------------------------------------

    def letters(self, filters: LetterFilters | None = None) -> list[dict[str, Any]]:
        """Letter summaries (metadata, meetings, fact count), newest first; see `LetterFilters`."""
        out = []
        for row in self._all(queries.letters_sql(filters or LetterFilters())):
            d = {c: row[c] for c in queries.SUMMARY_COLUMNS}
            d["meetings"] = json.loads(row["meetings_json"] or "[]")
            d["fact_count"] = row["fact_count"]
            out.append(d)
        return out

    def stamp(self) -> int:
        """The change stamp: it differs whenever a letter has been written since it was last read, so
        results computed across letters can be kept until it moves."""
        row = self._one(queries.change_stamp())
        return int(row["stamp"]) if row else 0

    def resolve(self, id_or_prefix: str) -> str:
        """The full id of the letter with this id, unique id prefix, or exact source."""
        wanted = id_or_prefix.strip()
        if not wanted:
            raise QueryError("an empty letter id")
        rows = self._all(queries.find_letters(wanted))
        if not rows:
            raise NotFound(f"no letter with id {wanted!r} in {self.path}")
        if len(rows) > 1:
            ids = ", ".join(r["id"][:12] for r in rows[:5])
            raise QueryError(f"letter id {wanted!r} is ambiguous: it matches {ids}"
                             f"{', …' if len(rows) > 5 else ''}; give more characters")
        return rows[0]["id"]

    def text(self, letter_id: str) -> str:
        """The stored text of a letter (spans index into it)."""
        row = self._one(queries.letter_text(self.resolve(letter_id)))
        assert row is not None
        return row["text"]

    def extraction(self, letter_id: str) -> dict[str, Any]:
        """The `inzet.extract/1` object stored for a letter, as it was at ingest."""
        row = self._one(queries.letter_row(self.resolve(letter_id)))
        assert row is not None
        return json.loads(row["extraction_json"])

    def meetings(self, letter_id: str) -> list[dict[str, Any]]:
        """The meetings a letter covers, each with its span and quoted evidence (when it has one)."""
        return [{"type": r["type"], "date_start": r["date_start"], "date_end": r["date_end"],
                 "location": r["location"],
                 "span": None if r["start"] is None else [r["start"], r["end"]],
                 "rule": r["rule"], "evidence": r["evidence"]}
                for r in self._all(queries.meetings_of(letter_id))]

    def sections(self, letter_id: str) -> list[dict[str, Any]]:
        """The section headings of a letter with their spans."""
        return [{"heading": r["heading"], "span": [r["start"], r["end"]], "rule": r["rule"]}
                for r in self._all(queries.sections_of(letter_id))]

    def facts(self, letter_id: str, kind: str | None = None) -> list[dict[str, Any]]:
        """Facts of a letter (optionally of one kind): value, span, rule and the quoted evidence."""
        return [_fact(r) for r in self._all(queries.facts_of(letter_id, kind))]

    def sentences(self, letter_id: str) -> list[dict[str, Any]]:
        """The sentences of a letter: index, span, section heading, footnote number and text."""
        return [{"idx": r["idx"], "span": [r["start"], r["end"]], "section": r["section"],
                 "footnote": r["footnote"], "text": r["text"]}
                for r in self._all(queries.sentences_of(letter_id))]

    def letter(self, id_or_prefix: str) -> dict[str, Any]:
        """One letter in full: metadata with evidence, meetings, sections and every fact."""
        lid = self.resolve(id_or_prefix)
        row = self._one(queries.letter_row(lid))
        assert row is not None
        text = row["text"]
        evidence = {k: {"span": v, "text": text[v[0]:v[1]]}
                    for k, v in json.loads(row["evidence_json"]).items()}
        facts: dict[str, list[dict[str, Any]]] = {k: [] for k in FACT_KINDS}
        for f in self.facts(lid):
            facts[f["kind"]].append(f)
        read = json.loads(row["read_json"])
        return {
            "id": lid, "source": row["source"], "format": row["format"],
            "ingested_at": row["ingested_at"], "extractor": row["extractor"],
            "extractor_version": row["extractor_version"], "dropped": row["dropped"],
            "warnings": read.get("warnings", []), "text_length": len(text),
            "letter": json.loads(row["letter_json"]), "kamerstuk_id": row["kamerstuk"],
            "evidence": evidence, "meetings": self.meetings(lid), "sections": self.sections(lid),
            "facts": facts,
        }
