"""Store side of the sources: remote documents seen, sync cursors and watch rules.

Pure (sql, params) builders plus a mixin that gives `Store` the `SyncLedger` methods a sync needs.
"""

from __future__ import annotations

import json
import re
import sqlite3
from datetime import UTC, datetime
from typing import Any

from inzet.errors import QueryError, StoreError
from inzet.store.db import transaction
from inzet.store.queries import Query

WATCH_KINDS = ("search", "dossier", "expiring", "pledge")
RULE_NAME = re.compile(r"[a-z0-9][a-z0-9_-]{0,63}")   # use with fullmatch


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def get_cursor(source: str, scope: str) -> Query:
    return "SELECT cursor FROM sync_state WHERE source = ? AND scope = ?", (source, scope)


def put_cursor(source: str, scope: str, cursor: str) -> Query:
    return ("INSERT INTO sync_state(source, scope, cursor, updated_at) VALUES (?, ?, ?, ?)\n"
            "ON CONFLICT(source, scope) DO UPDATE SET cursor = excluded.cursor, updated_at = excluded.updated_at",
            (source, scope, cursor, _now()))


def get_remote(source: str, remote_id: str) -> Query:
    return ("SELECT letter_id, changed, deleted FROM remote_documents WHERE source = ? AND remote_id = ?",
            (source, remote_id))


def put_remote(source: str, remote_id: str, letter_id: str | None, changed: str | None, deleted: bool,
               meta: dict[str, Any]) -> Query:
    return ("INSERT INTO remote_documents(source, remote_id, letter_id, nummer, kst_id, changed, deleted, meta_json,"
            " seen_at)\nVALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)\n"
            "ON CONFLICT(source, remote_id) DO UPDATE SET letter_id = coalesce(excluded.letter_id, letter_id),"
            " nummer = excluded.nummer, kst_id = excluded.kst_id, changed = excluded.changed,"
            " deleted = excluded.deleted, meta_json = excluded.meta_json, seen_at = excluded.seen_at",
            (source, remote_id, letter_id, meta.get("tk_nummer"), meta.get("kst_id"), changed, int(deleted),
             json.dumps(meta, ensure_ascii=False), _now()))


def remote_of_source(source: str) -> Query:
    """Every record kept of one source that is not a letter (e.g. the Kamer's motions), oldest seen first."""
    return ("SELECT remote_id, meta_json, deleted FROM remote_documents WHERE source = ? AND letter_id IS NULL\n"
            "ORDER BY seen_at, remote_id", (source,))


def remote_of_letter(letter_id: str) -> Query:
    return ("SELECT source, remote_id, nummer, kst_id, changed, deleted FROM remote_documents WHERE letter_id = ?",
            (letter_id,))


def letter_by_kst(kst_id: str) -> Query:
    """The letter that is the paper `kst_id`: by its own header, or by the id the source gave it."""
    return ("SELECT id FROM letters WHERE kamerstuk = ?\n"
            "UNION SELECT letter_id FROM remote_documents WHERE kst_id = ? AND letter_id IS NOT NULL LIMIT 1",
            (kst_id, kst_id))


def letters_in_dossier(dossier: str) -> Query:
    """Ids of the letters in a Kamerstuk dossier: by their own header, or by the dossiers their source gave."""
    return ("SELECT l.id FROM letters l, json_each(json_extract(l.letter_json, '$.kamerstuk.dossiers')) d\n"
            "WHERE d.value = :d\n"
            "UNION SELECT letter_id FROM remote_documents WHERE letter_id IS NOT NULL\n"
            "  AND ',' || coalesce(json_extract(meta_json, '$.tk_dossiers'), '') || ',' LIKE '%,' || :d || ',%'",
            {"d": dossier})


def check_rule(name: str, kind: str, arg: str) -> None:
    """Refuse a rule that could not be evaluated, with a message that says why."""
    if not RULE_NAME.fullmatch(name):
        raise QueryError(f"watch rule name {name!r}: use lower-case letters, digits, '-' and '_' (max 64)")
    if kind not in WATCH_KINDS:
        raise QueryError(f"watch rule kind {kind!r}: expected one of {', '.join(WATCH_KINDS)}")
    if not arg.strip():
        raise QueryError(f"watch rule {name!r}: empty {kind}")
    if kind == "expiring" and not re.fullmatch(r"\d{1,4}", arg):
        raise QueryError(f"watch rule {name!r}: 'expiring' takes a number of days, got {arg!r}")


def put_rule(name: str, kind: str, arg: str) -> Query:
    check_rule(name, kind, arg)
    return ("INSERT INTO watch_rules(name, kind, arg, created_at) VALUES (?, ?, ?, ?)\n"
            "ON CONFLICT(name) DO UPDATE SET kind = excluded.kind, arg = excluded.arg", (name, kind, arg, _now()))


def all_rules() -> Query:
    return "SELECT name, kind, arg, created_at FROM watch_rules ORDER BY name", ()


def one_rule(name: str) -> Query:
    return "SELECT name, kind, arg, created_at FROM watch_rules WHERE name = ?", (name,)


def delete_rule(name: str) -> Query:
    return "DELETE FROM watch_rules WHERE name = ?", (name,)


class RemoteMixin:
    """`SyncLedger` and watch-rule methods for `Store` (needs `self.conn`, `self.path`, `self.readonly`)."""

    conn: sqlite3.Connection
    path: str
    readonly: bool

    def _write(self, query: Query) -> None:
        if self.readonly:
            raise StoreError(f"{self.path}: opened read-only")
        try:
            with transaction(self.conn) as c:
                c.execute(*query)
        except sqlite3.Error as e:
            raise StoreError(f"{self.path}: write failed ({e})") from e

    def _rows(self, query: Query) -> list[sqlite3.Row]:
        try:
            return self.conn.execute(*query).fetchall()
        except sqlite3.Error as e:
            raise StoreError(f"{self.path}: query failed ({e})") from e

    def sync_cursor(self, source: str, scope: str) -> str | None:
        rows = self._rows(get_cursor(source, scope))
        return rows[0]["cursor"] if rows else None

    def set_sync_cursor(self, source: str, scope: str, cursor: str) -> None:
        self._write(put_cursor(source, scope, cursor))

    def sync_scopes(self, source: str) -> list[str]:
        """The scopes synced before (dossier sets and kinds), oldest first."""
        return [r["scope"] for r in self._rows(("SELECT scope FROM sync_state WHERE source = ? ORDER BY updated_at",
                                                 (source,)))]

    def remote_changed(self, source: str, remote_id: str) -> str | None:
        rows = self._rows(get_remote(source, remote_id))
        return rows[0]["changed"] if rows and rows[0]["letter_id"] else None

    def record_remote(self, source: str, remote_id: str, letter_id: str | None, changed: str | None,
                      deleted: bool, meta: dict[str, Any]) -> None:
        self._write(put_remote(source, remote_id, letter_id, changed, deleted, meta))

    def remote_records(self, source: str) -> list[dict[str, Any]]:
        """The stored metadata of every non-letter record of `source`, deleted ones left out."""
        return [json.loads(r["meta_json"]) for r in self._rows(remote_of_source(source)) if not r["deleted"]]

    def remote_documents(self, letter_id: str) -> list[dict[str, Any]]:
        return [dict(r) for r in self._rows(remote_of_letter(letter_id))]

    def letter_ids_in_dossier(self, dossier: str) -> set[str]:
        return {r[0] for r in self._rows(letters_in_dossier(dossier.replace(" ", "")))}

    def letter_for_kst(self, kst_id: str) -> str | None:
        rows = self._rows(letter_by_kst(kst_id))
        return rows[0][0] if rows else None

    def add_rule(self, name: str, kind: str, arg: str) -> None:
        self._write(put_rule(name, kind, arg))

    def rules(self) -> list[dict[str, Any]]:
        return [dict(r) for r in self._rows(all_rules())]

    def rule(self, name: str) -> dict[str, Any]:
        from inzet.errors import NotFound

        rows = self._rows(one_rule(name))
        if not rows:
            raise NotFound(f"no watch rule named {name!r}")
        return dict(rows[0])

    def remove_rule(self, name: str) -> None:
        self.rule(name)
        self._write(delete_rule(name))
