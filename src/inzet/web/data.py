"""What the pages and the API show, read from the store (read-only) and the link modules.

Cross-letter SQL lives here as pure `(sql, params)` builders next to the code that runs them.
The ledgers (`inzet.link.pledges`, `mandates`, `spending`, `followup`) are optional: while one is
not there, `Ledger.missing` says so and the pages show the raw facts with an explanation.
"""

from __future__ import annotations

import importlib
import json
import sqlite3
import threading
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, timedelta
from types import ModuleType
from typing import Any

from inzet.errors import QueryError, StoreError
from inzet.extract.dutch import period_end
from inzet.store.queries import FACT_KINDS

Query = tuple[str, tuple[Any, ...]]
MAX_ROWS = 5000


# -- SQL ----------------------------------------------------------------------------------------

def facts_of_kind(kind: str, limit: int = MAX_ROWS) -> Query:
    """Every fact of one kind across letters, with its letter's date/kind/source and the quoted evidence."""
    if kind not in FACT_KINDS:
        raise QueryError(f"fact kind {kind!r}: expected one of {', '.join(FACT_KINDS)}")
    return ("SELECT f.letter_id, f.idx, f.value, f.start, f.end, f.rule,\n"
            "  substr(l.text, f.start + 1, f.end - f.start) AS evidence,\n"
            "  l.date, l.kind AS letter_kind, l.source, l.subject\n"
            "FROM facts f JOIN letters l ON l.id = f.letter_id\n"
            "WHERE f.kind = ?\n"
            "ORDER BY l.date IS NULL, l.date, f.letter_id, f.idx\nLIMIT ?", (kind, limit))


def agenda_report_pairs(limit: int = 500) -> Query:
    """Agenda and report letters that cover the same meeting (type and start date); per agenda the report
    sharing most meetings (and dated) comes first."""
    return ("SELECT a.id AS agenda, r.id AS report, a.date AS agenda_date, r.date AS report_date,\n"
            "  a.subject AS agenda_subject, r.subject AS report_subject,\n"
            "  group_concat(DISTINCT ma.type) AS meetings, min(ma.date_start) AS meeting_date,\n"
            "  count(DISTINCT ma.type) AS shared\n"
            "FROM meetings ma\n"
            "JOIN meetings mr ON mr.type = ma.type AND mr.date_start = ma.date_start\n"
            "JOIN letters a ON a.id = ma.letter_id AND a.kind = 'agenda'\n"
            "JOIN letters r ON r.id = mr.letter_id AND r.kind = 'report'\n"
            "WHERE ma.date_start IS NOT NULL\n"
            "GROUP BY a.id, r.id\n"
            "ORDER BY a.date IS NULL, a.date DESC, a.id, shared DESC, r.date IS NULL, r.date\nLIMIT ?", (limit,))


def extraction_records() -> Query:
    """Every letter's stored `inzet.extract/1` object, oldest first (the ledgers' input)."""
    return ("SELECT id, date, extraction_json FROM letters ORDER BY date IS NULL, date, id", ())


def letter_count() -> Query:
    """How many letters are stored."""
    return "SELECT count(*) FROM letters", ()


def data_version() -> Query:
    """Something that changes whenever a letter is added (for caching ledgers)."""
    return "SELECT count(*), max(ingested_at) FROM letters", ()


def _all(conn: sqlite3.Connection, q: Query) -> list[sqlite3.Row]:
    try:
        return conn.execute(*q).fetchall()
    except sqlite3.Error as e:
        raise StoreError(f"query failed ({e})") from e


def fact_rows(conn: sqlite3.Connection, kind: str) -> list[dict[str, Any]]:
    """`facts_of_kind` as dicts with the value decoded."""
    out = []
    for r in _all(conn, facts_of_kind(kind)):
        out.append({"letter_id": r["letter_id"], "idx": r["idx"], "value": json.loads(r["value"]),
                    "span": [r["start"], r["end"]], "rule": r["rule"], "evidence": r["evidence"],
                    "date": r["date"], "letter_kind": r["letter_kind"], "source": r["source"],
                    "subject": r["subject"]})
    return out


def count_letters(conn: sqlite3.Connection) -> int:
    return int(_all(conn, letter_count())[0][0])


def pairs(conn: sqlite3.Connection) -> list[dict[str, Any]]:
    return [dict(r) for r in _all(conn, agenda_report_pairs())]


# -- optional ledgers ---------------------------------------------------------------------------

def link_module(name: str) -> ModuleType | None:
    """`inzet.link.<name>` if it has landed, else None."""
    try:
        return importlib.import_module(f"inzet.link.{name}")
    except ModuleNotFoundError as e:
        if e.name and (e.name == f"inzet.link.{name}" or e.name == "inzet.link"):
            return None
        raise


@dataclass(slots=True)
class Ledger:
    """A ledger's output for a page, or why there is none."""

    data: Any = None
    missing: str | None = None
    records: int = 0
    notes: list[str] = field(default_factory=list)


def letter_texts() -> Query:
    """Every letter's stored text (the ledgers read amounts in their sentences)."""
    return "SELECT id, text FROM letters", ()


_CACHE: dict[str, tuple[Any, ...]] = {}
_CACHE_LOCK = threading.Lock()


def ledger_inputs(conn: sqlite3.Connection, path: str) -> tuple[list[dict[str, Any]], dict[str, str]]:
    """The stored extraction objects (each with its letter id under `id`) and the stored texts.

    Cached per database until a letter is added (ledgers are pure functions of these)."""
    version = tuple(_all(conn, data_version())[0])
    with _CACHE_LOCK:
        hit = _CACHE.get(path)
        if hit is not None and hit[0] == version:
            return hit[1], hit[2]
    recs = []
    for r in _all(conn, extraction_records()):
        obj = json.loads(r["extraction_json"])
        obj["id"] = r["id"]
        recs.append(obj)
    texts = {r["id"]: r["text"] for r in _all(conn, letter_texts())}
    with _CACHE_LOCK:
        _CACHE[path] = (version, recs, texts)
    return recs, texts


# -- raw-fact views (always available) ----------------------------------------------------------

def expiring(deployments: list[dict[str, Any]], today: date, days: int = 180) -> list[dict[str, Any]]:
    """Deployments whose stated end lies within `days` from today (latest statement per title)."""
    latest: dict[str, dict[str, Any]] = {}
    for d in deployments:
        title = str(d["value"].get("title") or "")
        if d["value"].get("end"):
            latest[title] = d                     # rows come oldest letter first
    soon = []
    for d in latest.values():
        end = period_end(d["value"]["end"])
        if end is not None and today <= end <= today + timedelta(days=days):
            soon.append({**d, "end_date": end, "days_left": (end - today).days})
    return sorted(soon, key=lambda d: d["end_date"])


def ukraine_amounts_by_purpose(amounts: list[dict[str, Any]]) -> dict[str, list[dict[str, Any]]]:
    """Money mentions marked as support to Ukraine, grouped by purpose (instrument)."""
    groups: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for a in amounts:
        if a["value"].get("ukraine"):
            groups[str(a["value"].get("purpose") or "(purpose not stated)")].append(a)
    return dict(sorted(groups.items(), key=lambda kv: -len(kv[1])))


def glossary(acronyms: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Acronyms across letters: each short form with its expansions and where they are defined."""
    by_short: dict[str, dict[str, list[dict[str, Any]]]] = defaultdict(lambda: defaultdict(list))
    for a in acronyms:
        short, long = str(a["value"].get("short") or ""), str(a["value"].get("long") or "")
        if short:
            by_short[short][long].append(a)
    out = []
    for short in sorted(by_short, key=str.casefold):
        longs = sorted(by_short[short].items(), key=lambda kv: -len(kv[1]))
        out.append({"short": short, "expansions": [{"long": lg, "letters": uses} for lg, uses in longs]})
    return out
