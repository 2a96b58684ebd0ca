"""Raw facts across letters for the pages and the API, read from the store (read-only).

Cross-letter SQL lives here as pure `(sql, params)` builders next to the code that runs them. The
ledgers (`inzet.link.*`) take their input from `inzet.service`, not from here.
"""

from __future__ import annotations

import json
import sqlite3
from typing import Any

from inzet.errors import QueryError, StoreError
from inzet.model import letter_name
from inzet.store.queries import FACT_KINDS

Query = tuple[str, tuple[Any, ...]]
MAX_ROWS = 5000


# -- SQL ----------------------------------------------------------------------------------------

def facts_of_kind(kind: str, limit: int = MAX_ROWS) -> Query:
    """Every fact of one kind across letters, with its letter's date/kind/source and the quoted evidence."""
    if kind not in FACT_KINDS:
        raise QueryError(f"fact kind {kind!r}: expected one of {', '.join(FACT_KINDS)}")
    # past the cap the NEWEST facts are kept (a table of deployments or GDP figures is read for the latest)
    return ("SELECT * FROM (\n"
            "  SELECT f.letter_id, f.idx, f.value, f.start, f.end, f.rule,\n"
            "    substr(l.text, f.start + 1, f.end - f.start) AS evidence,\n"
            "    l.date, l.kind AS letter_kind, l.source, l.subject\n"
            "  FROM facts f JOIN letters l ON l.id = f.letter_id\n"
            "  WHERE f.kind = ?\n"
            "  ORDER BY l.date IS NULL, l.date DESC, f.letter_id, f.idx LIMIT ?)\n"
            "ORDER BY date IS NULL, date, letter_id, idx", (kind, limit))


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


def letter_count() -> Query:
    """How many letters are stored."""
    return "SELECT count(*) FROM letters", ()


def _all(conn: sqlite3.Connection, q: Query) -> list[sqlite3.Row]:
    try:
        return conn.execute(*q).fetchall()
    except sqlite3.Error as e:
        raise StoreError(f"query failed ({e})") from e


def fact_rows(conn: sqlite3.Connection, kind: str) -> list[dict[str, Any]]:
    """`facts_of_kind` as dicts with the value decoded and the letter named (`model.letter_name`; its file path
    stays out: that is only the letter's own `source` field)."""
    out = []
    for r in _all(conn, facts_of_kind(kind)):
        out.append({"letter_id": r["letter_id"], "idx": r["idx"], "value": json.loads(r["value"]),
                    "span": [r["start"], r["end"]], "rule": r["rule"], "evidence": r["evidence"],
                    "date": r["date"], "letter_kind": r["letter_kind"], "subject": r["subject"],
                    "letter": letter_name({"date": r["date"], "kind": r["letter_kind"], "subject": r["subject"]})})
    return out


def count_letters(conn: sqlite3.Connection) -> int:
    return int(_all(conn, letter_count())[0][0])


def pairs(conn: sqlite3.Connection) -> list[dict[str, Any]]:
    return [dict(r) for r in _all(conn, agenda_report_pairs())]
