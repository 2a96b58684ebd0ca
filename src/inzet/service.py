"""Glue between the store and the pure cross-letter logic, shared by the CLI, the web app and alerts.

Stored letters are immutable under their sha256 id, so a letter's segmented document and its
extraction can be rebuilt from the stored text and cached by id.
"""

from __future__ import annotations

import json
import threading
from functools import lru_cache
from pathlib import Path
from typing import Any

from inzet.errors import NotFound, QueryError
from inzet.extract.pipeline import extract_document
from inzet.extract.segment import Document, segment
from inzet.ingest import read
from inzet.model import Extraction
from inzet.store import Store
from inzet.store.db import MEMORY

_RECORDS = "SELECT id, kamerstuk, extraction_json FROM letters ORDER BY date IS NULL, date, id"


def _record(letter_id: str, kamerstuk: str | None, extraction_json: str) -> dict[str, Any]:
    """One row of `_RECORDS` as a ledger record."""
    obj: dict[str, Any] = json.loads(extraction_json)
    obj["id"], obj["kst_id"] = letter_id, kamerstuk
    return obj


def records(store: Store) -> list[dict[str, Any]]:
    """Every stored `inzet.extract/1` object with its letter id under `id` and its Kamerstuk id under
    `kst_id` (also when only the source gave it), oldest letter first: the input of the ledgers."""
    return [_record(r["id"], r["kamerstuk"], r["extraction_json"]) for r in store.conn.execute(_RECORDS).fetchall()]


def texts(store: Store) -> dict[str, str]:
    """Stored text per letter id: the ledgers read the sentence around each fact from it."""
    return {r["id"]: r["text"] for r in store.conn.execute("SELECT id, text FROM letters")}


def ledgers_input(store: Store) -> tuple[list[dict[str, Any]], dict[str, str]]:
    """(records, texts): what every ledger function takes."""
    return records(store), texts(store)


# per database file: (stamp, records, texts, the extraction_json each record was parsed from)
_INPUTS: dict[str, tuple[int, list[dict[str, Any]], dict[str, str], dict[str, str]]] = {}
_INPUTS_LOCK = threading.Lock()


def _texts_of(store: Store, ids: list[str]) -> dict[str, str]:
    """Stored text of the letters `ids`, read in chunks (SQLite allows a bounded number of parameters)."""
    out: dict[str, str] = {}
    for i in range(0, len(ids), 500):
        chunk = ids[i:i + 500]
        out.update((r["id"], r["text"]) for r in store.conn.execute(
            f"SELECT id, text FROM letters WHERE id IN ({', '.join('?' * len(chunk))})", chunk))
    return out


def cached_ledgers_input(store: Store) -> tuple[list[dict[str, Any]], dict[str, str]]:
    """`ledgers_input`, kept per database file until a letter is written (for long-running readers: the web app).

    The version is the store's change stamp (bumped by every letter write). A new version is read from the
    last one: a record is parsed again only when its stored JSON differs (a new or re-extracted letter), a text
    read only for a new letter (texts never change under a letter's id), so the cost of a change follows what
    changed rather than the size of the store. One refresh runs at a time. The lists are shared between
    callers: read them, never change them."""
    if store.path == MEMORY:          # every in-memory store has this path: nothing to key a cache on
        return ledgers_input(store)
    with _INPUTS_LOCK:
        own = not store.conn.in_transaction           # the stamp and the rows read from one snapshot
        if own:
            store.conn.execute("BEGIN")
        try:
            return _refresh(store)
        finally:
            if own:
                store.conn.execute("COMMIT")


def _refresh(store: Store) -> tuple[list[dict[str, Any]], dict[str, str]]:
    """`cached_ledgers_input`'s work, in the caller's read transaction and under its lock."""
    version = store.stamp()
    hit = _INPUTS.get(store.path)
    if hit is not None and hit[0] == version:
        return hit[1], hit[2]
    _, old_recs, old_txts, old_raw = hit or (-1, [], {}, {})
    by_id = {r["id"]: r for r in old_recs}
    recs, raw = [], {}
    for row in store.conn.execute(_RECORDS):
        lid, js = row["id"], row["extraction_json"]
        obj = by_id.get(lid)
        if obj is None or old_raw.get(lid) != js or obj["kst_id"] != row["kamerstuk"]:
            obj = _record(lid, row["kamerstuk"], js)
        recs.append(obj)
        raw[lid] = js
    txts = {lid: old_txts[lid] for lid in raw if lid in old_txts}
    txts |= _texts_of(store, [lid for lid in raw if lid not in txts])
    _INPUTS[store.path] = (version, recs, txts, raw)
    return recs, txts


@lru_cache(maxsize=128)
def _analyse(letter_id: str, source: str, text: str, read_json: str = "{}") -> tuple[Document, Extraction]:
    """Segment and extract a stored letter, with the fields its source gave (`read_json` meta)."""
    doc = segment(source, text)
    meta = json.loads(read_json or "{}").get("meta") or {}
    return doc, extract_document(doc, letter_id, meta)


def _analysed(store: Store, ref: str) -> tuple[str, Document, Extraction, str | None]:
    """`analysed` plus the kind the store records for a stored letter (None for a file on disk)."""
    try:
        lid = store.resolve(ref)
    except NotFound:
        if not Path(ref).is_file():
            raise
        r = read(ref)
        doc = segment(r.source, r.text)
        return r.source, doc, extract_document(doc, r.sha256, r.meta), None
    row = store.conn.execute("SELECT source, text, kind, read_json FROM letters WHERE id = ?", (lid,)).fetchone()
    doc, ex = _analyse(lid, row["source"], row["text"], row["read_json"])
    return row["source"], doc, ex, row["kind"]


def analysed(store: Store, ref: str) -> tuple[str, Document, Extraction]:
    """A letter as (label, document, extraction): a stored id or prefix, or a letter file on disk."""
    label, doc, ex, _ = _analysed(store, ref)
    return label, doc, ex


def find_report(store: Store, agenda: Extraction) -> str:
    """The stored report whose meetings match the agenda's (type and date within a day)."""
    from inzet.link.followup import pair

    if not agenda.letter.meetings:
        raise QueryError(f"{agenda.source}: the agenda names no meetings to pair a report by")
    candidates = [(row["id"], row["meetings"]) for row in store.letters() if row["kind"] == "report"]
    found = pair(agenda.letter.meetings, candidates)
    if found is None:
        names = ", ".join(f"{m.type} {m.date_start or '?'}" for m in agenda.letter.meetings)
        raise NotFound(f"no stored report covers the agenda's meetings ({names}); give the report as well")
    return str(found)


def followup(store: Store, agenda_ref: str, report_ref: str | None = None) -> dict[str, Any]:
    """The `inzet.followup/1` object for an agenda and its report (found in the store when not given).

    A stored letter's kind is the one the store records (what listings and pairings show); a file's is the
    extracted one."""
    from inzet.link.followup import follow_up

    a_label, a_doc, a_ex, a_kind = _analysed(store, agenda_ref)
    if (a_kind or a_ex.letter.kind) != "agenda":
        raise QueryError(f"{a_label}: a {a_kind or a_ex.letter.kind} letter, not an agenda")
    r_label, r_doc, r_ex, r_kind = _analysed(store, report_ref or find_report(store, a_ex))
    if (r_kind or r_ex.letter.kind) != "report":
        raise QueryError(f"{r_label}: a {r_kind or r_ex.letter.kind} letter, not a report")
    out = follow_up(a_doc, a_ex, r_doc, r_ex)
    out["agenda"], out["report"] = a_label, r_label
    return out
