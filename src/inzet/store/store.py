"""The `Store`: letters, their facts and sentences in SQLite, written one transaction per letter.

A letter's id is the sha256 of its input bytes, so storing the same file twice is a no-op that
says so (`AddResult.created is False`). Every row of a letter — letter, meetings, sections,
sentences (and their full-text entries), facts — is written inside one `BEGIN IMMEDIATE`
transaction: a failure anywhere leaves nothing of that letter behind.

Readers open the store with `readonly=True`; they never migrate and can never write.
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from types import TracebackType
from typing import Any

from inzet import __version__
from inzet.errors import NotFound, QueryError, StoreError
from inzet.extract.segment import Document, segment
from inzet.ingest import ReadResult
from inzet.model import Extraction, Kamerstuk, Span
from inzet.store import queries
from inzet.store.db import MEMORY, check_version, connect, migrate, transaction
from inzet.store.queries import FACT_KINDS, LetterFilters
from inzet.store.remote import RemoteMixin
from inzet.store.stems import filter_tokens, stems


@dataclass(frozen=True, slots=True)
class AddResult:
    """What `Store.add` did: the letter's id and whether it was new.

    `source` is the source the letter is stored under: the earlier one when it was already there.
    """

    letter_id: str
    created: bool
    source: str


def kamerstuk_id(k: Kamerstuk | None) -> str | None:
    """`kst-<first dossier>-<number>`, the id citations use, so letters and citations join."""
    return k.id if k is not None else None


def _check_span(span: Span | list[int] | None, text_len: int, what: str, source: str) -> None:
    if span is None:
        return
    start, end = (span.start, span.end) if isinstance(span, Span) else span
    if not 0 <= start <= end <= text_len:
        raise StoreError(f"{source}: {what} has span [{start}, {end}) outside the text "
                         f"(length {text_len}); not stored")


def kinds_inside(intervals: list[tuple[int, int]], facts: list[tuple[int, int, str]]) -> list[set[str]]:
    """For each interval `[a, b)`, the kinds of the facts `(start, end, kind)` that overlap it.

    A fact overlaps when `start < b and end > a`. One sweep over both lists sorted by start, so a
    letter with many sentences and many facts costs n log n, not sentences × facts (which made
    ingest of a 20 MB file spend most of its time here).
    """
    out: list[set[str]] = [set() for _ in intervals]
    order = sorted(range(len(intervals)), key=lambda i: intervals[i][0])
    pending = sorted(facts)
    nxt = 0
    active: list[tuple[int, int, str]] = []
    for i in order:
        a, b = intervals[i]
        while nxt < len(pending) and pending[nxt][0] < b:
            active.append(pending[nxt])
            nxt += 1
        # facts that end at or before this start cannot overlap this or any later interval
        active = [f for f in active if f[1] > a]
        out[i] = {k for s, e, k in active if s < b and e > a}
    return out


def _rows(read: ReadResult, ex: Extraction, doc: Document) -> dict[str, Any]:
    """Every row of one letter, built (and checked) before the transaction opens."""
    lid, text, n = read.sha256, read.text, len(read.text)
    meta = ex.letter
    letter_json = meta.to_json()
    letter = {
        "id": lid, "source": read.source, "format": read.format, "text": text,
        "letter_json": json.dumps(letter_json, ensure_ascii=False),
        "extraction_json": json.dumps(ex.to_json(), ensure_ascii=False),
        "evidence_json": json.dumps({k: v.to_json() for k, v in meta.evidence.items()}),
        "read_json": json.dumps({"warnings": list(read.warnings), "meta": read.meta}, ensure_ascii=False),
        "date": meta.date, "kind": meta.kind, "chamber": meta.chamber, "subject": meta.subject,
        "reference": meta.reference,
        # a letter whose text has no Kamerstuk block may still have the id its source gave it
        "kamerstuk": kamerstuk_id(meta.kamerstuk) or read.meta.get("kst_id"),
        "signatory": meta.signatory, "dropped": ex.dropped, "extractor": __version__,
        "ingested_at": datetime.now(UTC).isoformat(timespec="seconds"),
    }
    for name, sp in meta.evidence.items():
        _check_span(sp, n, f"letter field {name!r}", read.source)

    meetings = []
    for i, m in enumerate(meta.meetings):
        _check_span(m.span, n, f"meeting {i} ({m.type})", read.source)
        meetings.append((lid, i, m.type, m.date_start, m.date_end, m.location,
                         m.span.start if m.span else None, m.span.end if m.span else None, m.rule))

    sections = []
    for i, s in enumerate(ex.sections):
        _check_span(s.span, n, f"section {i}", read.source)
        sections.append((lid, i, s.heading, s.span.start, s.span.end, s.rule))

    fact_spans = [(f.span.start, f.span.end, kind) for kind in FACT_KINDS for f in getattr(ex, kind)]
    meeting_types = [m.type for m in meta.meetings]
    spans = [doc.span(s.start, s.end) for s in doc.sentences]
    kinds = kinds_inside([(sp.start, sp.end) for sp in spans], fact_spans)
    sentences = []
    for i, (s, sp) in enumerate(zip(doc.sentences, spans, strict=True)):
        _check_span(sp, n, f"sentence {i}", read.source)
        tokens = filter_tokens(meta.kind, meta.chamber, meta.date, meeting_types, list(kinds[i]))
        sentences.append((lid, i, sp.start, sp.end, doc.section_title(s), s.footnote,
                          sp.of(text), f"{stems(doc.sentence_text(s))} {tokens}"))

    facts = []
    for kind in FACT_KINDS:
        for i, f in enumerate(getattr(ex, kind)):
            value = f.to_json()
            span = value.pop("span")
            value.pop("rule", None)
            _check_span(span, n, f"{kind}[{i}]", read.source)
            facts.append((lid, kind, i, json.dumps(value, ensure_ascii=False), span[0], span[1], f.rule))
    return {"letter": letter, "meetings": meetings, "sections": sections, "sentences": sentences,
            "facts": facts}


def _fact(row: sqlite3.Row) -> dict[str, Any]:
    return {"kind": row["kind"], "idx": row["idx"], "value": json.loads(row["value"]),
            "span": [row["start"], row["end"]], "rule": row["rule"], "evidence": row["evidence"]}


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

    # -- writes -----------------------------------------------------------------------------

    def has(self, letter_id: str) -> str | None:
        """The source a letter is stored under, or None when it is not stored."""
        row = self._one(queries.letter_exists(letter_id))
        return row["source"] if row else None

    def add(self, read: ReadResult, extraction: Extraction, document: Document | None = None) -> AddResult:
        """Store one letter in one transaction; a letter already stored (same sha256) is left as is.

        `document` is the segmented letter the extraction came from (segmented again if not
        given); its sentences feed the full-text index.
        """
        if self.readonly:
            raise StoreError(f"{self.path}: opened read-only, cannot store {read.source}")
        if extraction.sha256 != read.sha256:
            raise StoreError(f"{read.source}: extraction is of other bytes "
                             f"({extraction.sha256[:12]} ≠ {read.sha256[:12]})")
        doc = document if document is not None else segment(read.source, read.text)
        if doc.text != read.text:
            raise StoreError(f"{read.source}: the segmented document is not of the stored text")
        rows = _rows(read, extraction, doc)
        try:
            with transaction(self.conn) as c:
                existing = c.execute(*queries.letter_exists(read.sha256)).fetchone()
                if existing is not None:
                    return AddResult(read.sha256, False, existing["source"])
                c.execute(*queries.insert_letter(rows["letter"]))
                for sql, many in (queries.insert_meetings(rows["meetings"]),
                                  queries.insert_sections(rows["sections"]),
                                  queries.insert_sentences(rows["sentences"]),
                                  queries.insert_facts(rows["facts"])):
                    if many:
                        c.executemany(sql, many)
        except sqlite3.Error as e:
            raise StoreError(f"{read.source}: cannot store the letter ({e})") from e
        return AddResult(read.sha256, True, read.source)

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
            "ingested_at": row["ingested_at"], "extractor": row["extractor"], "dropped": row["dropped"],
            "warnings": read.get("warnings", []), "text_length": len(text),
            "letter": json.loads(row["letter_json"]), "kamerstuk_id": row["kamerstuk"],
            "evidence": evidence, "meetings": self.meetings(lid), "sections": self.sections(lid),
            "facts": facts,
        }
