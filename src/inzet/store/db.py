"""Opening the database and migrating it.

Writers get WAL, foreign keys and a busy timeout; readers get a read-only connection
(`file:…?mode=ro` plus `PRAGMA query_only`), so a reader can never write even by mistake.
Connections run in autocommit mode (`isolation_level=None`): every transaction is an explicit
`BEGIN IMMEDIATE … COMMIT`, see `transaction`.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path

from inzet.errors import StoreError
from inzet.store import queries
from inzet.store.schema import LATEST, MIGRATIONS, MIGRATIONS_TABLE, statements

BUSY_TIMEOUT_MS = 5000
# WAL pages after which a writer's commit copies the WAL back into the database (SQLite's default: 1000).
# Each copy writes every page changed since the last and syncs twice; on ingest the same index pages
# change in every letter, so copying every 64 MB rather than every 4 MB takes 5% off the writer's time.
WAL_AUTOCHECKPOINT = 16384
MEMORY = ":memory:"


def _uri(path: Path, mode: str) -> str:
    """A `file:` URI for `path` (percent-encoded, so `?` and `#` in names are safe)."""
    return f"{path.resolve().as_uri()}?mode={mode}"


def connect(path: str | Path, readonly: bool = False) -> sqlite3.Connection:
    """Open the database at `path` (":memory:" for a private in-memory one).

    Read-only connections require an existing file and refuse every write; read-write
    connections create the file and switch it to WAL so readers never block the writer.
    """
    if readonly:
        if str(path) == MEMORY:
            raise StoreError("an in-memory database cannot be opened read-only")
        if not Path(path).is_file():
            raise StoreError(f"{path}: no database there (run `inzet ingest` first)")
        target, uri = _uri(Path(path), "ro"), True
    else:
        uri = str(path) != MEMORY
        target = _uri(Path(path), "rwc") if uri else MEMORY
    try:
        conn = sqlite3.connect(target, uri=uri, isolation_level=None, timeout=BUSY_TIMEOUT_MS / 1000)
    except sqlite3.Error as e:
        raise StoreError(f"{path}: cannot open database ({e})") from e
    try:
        if readonly:
            conn.execute("PRAGMA query_only = ON")
        else:
            if uri:
                conn.execute("PRAGMA journal_mode = WAL")
                conn.execute(f"PRAGMA wal_autocheckpoint = {WAL_AUTOCHECKPOINT:d}")
            conn.execute("PRAGMA synchronous = NORMAL")
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS:d}")
        conn.row_factory = sqlite3.Row
        return conn
    except sqlite3.Error as e:
        conn.close()
        raise StoreError(f"{path}: cannot open database ({e})") from e


@contextmanager
def transaction(conn: sqlite3.Connection) -> Iterator[sqlite3.Connection]:
    """One write transaction: committed if the block finishes, rolled back if it raises (or if the
    commit fails, as it does when a deferred foreign key is not met). Inside an open transaction (a
    writer's commit group, `Store.begin_group`) it is a savepoint instead: released if the block finishes,
    undone if it raises, so what the block wrote stands or falls whole either way."""
    if conn.in_transaction:
        conn.execute("SAVEPOINT one")
        try:
            yield conn
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK TO one")
                conn.execute("RELEASE one")
            raise
        conn.execute("RELEASE one")
        return
    conn.execute("BEGIN IMMEDIATE")
    try:
        yield conn
        conn.execute("COMMIT")
    except BaseException:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise


def applied(conn: sqlite3.Connection) -> list[int]:
    """Versions of the migrations recorded in this database (empty for a new one)."""
    sql, params = queries.table_exists("migrations")
    if conn.execute(sql, params).fetchone() is None:
        return []
    sql, params = queries.applied_migrations()
    return [row[0] for row in conn.execute(sql, params)]


def migrate(conn: sqlite3.Connection) -> list[int]:
    """Apply every pending migration in order, each in its own transaction; return those applied."""
    done: list[int] = []
    try:
        conn.execute(MIGRATIONS_TABLE)
        have = set(applied(conn))
        if have and max(have) > LATEST:
            raise StoreError(f"database schema version {max(have)} is newer than this inzet "
                             f"({LATEST}); upgrade inzet")
        for version, name, sql in MIGRATIONS:
            if version in have:
                continue
            with transaction(conn):
                for stmt in statements(sql):
                    conn.execute(stmt)
                now = datetime.now(UTC).isoformat(timespec="seconds")
                conn.execute(*queries.record_migration(version, name, now))
            done.append(version)
    except sqlite3.Error as e:
        raise StoreError(f"cannot migrate the database: {e}") from e
    return done


def check_version(conn: sqlite3.Connection) -> None:
    """Refuse a database that is not at this inzet's schema version (readers cannot migrate)."""
    try:
        have = applied(conn)
    except sqlite3.Error as e:
        raise StoreError(f"cannot read the database ({e})") from e
    current = max(have, default=0)
    if current < LATEST:
        raise StoreError(f"database schema is at version {current}, inzet needs {LATEST}; "
                         "open it once for writing (e.g. `inzet ingest`) to upgrade it")
    if current > LATEST:
        raise StoreError(f"database schema version {current} is newer than this inzet ({LATEST})")
