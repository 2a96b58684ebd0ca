"""SQL as data: pure functions that return `(sql, params)`; `store.Store` executes them.

Nothing here touches a connection, so every query can be tested (and read) on its own. User
input only ever travels in `params`; the only values formatted into SQL text are names from
the fixed tuples below. Filters are validated here and raise `QueryError` when unusable.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache
from itertools import chain, islice
from typing import Any

from inzet.errors import QueryError

Query = tuple[str, tuple[Any, ...] | dict[str, Any]]
Many = tuple[str, list[tuple[Any, ...]]]

KINDS = ("agenda", "report", "other")
CHAMBERS = ("TK", "EK")
FACT_KINDS = ("amounts", "gdp_shares", "deployments", "citations", "acronyms")

LETTER_COLUMNS = (
    "id", "source", "format", "text", "letter_json", "extraction_json", "evidence_json", "read_json",
    "date", "kind", "chamber", "subject", "reference", "kamerstuk", "signatory", "dropped",
    "extractor", "extractor_version", "ingested_at",
)
# the columns a re-extraction rewrites: not the text, its source and format, nor when it came in
REEXTRACTED_COLUMNS = (
    "letter_json", "extraction_json", "evidence_json", "date", "kind", "chamber", "subject", "reference",
    "kamerstuk", "signatory", "dropped", "extractor", "extractor_version",
)
# what a letter listing returns: everything but the text and the JSON blobs
SUMMARY_COLUMNS = ("id", "source", "format", "date", "kind", "chamber", "subject", "reference",
                   "kamerstuk", "signatory", "dropped", "extractor", "extractor_version", "ingested_at")

_HEX = re.compile(r"[0-9a-f]{1,64}")


# -- migrations -------------------------------------------------------------------------------

def table_exists(name: str) -> Query:
    """Does a table (or virtual table) of this name exist?"""
    return "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", (name,)


def applied_migrations() -> Query:
    """Recorded migration versions, in order."""
    return "SELECT version FROM migrations ORDER BY version", ()


def record_migration(version: int, name: str, applied_at: str) -> Query:
    """Record that a migration has been applied."""
    return ("INSERT INTO migrations (version, name, applied_at) VALUES (?, ?, ?)",
            (version, name, applied_at))


# -- writes -----------------------------------------------------------------------------------

def letter_exists(letter_id: str) -> Query:
    """The source under which a letter is stored, if it is."""
    return "SELECT id, source FROM letters WHERE id = ?", (letter_id,)


def insert_letter(row: dict[str, Any], zeroed: Sequence[str] = ()) -> Query:
    """Insert one letter row; `row` must hold exactly LETTER_COLUMNS. The `zeroed` columns get text of as
    many zero bytes as `row` gives for them, to be overwritten in place (`Connection.blobopen`)."""
    if set(row) != set(LETTER_COLUMNS):
        raise ValueError(f"letter row columns differ: {sorted(set(row) ^ set(LETTER_COLUMNS))}")
    if not set(zeroed) <= set(LETTER_COLUMNS):
        raise ValueError(f"unknown letter columns: {sorted(set(zeroed) - set(LETTER_COLUMNS))}")
    cols = ", ".join(LETTER_COLUMNS)
    marks = ", ".join(f"CAST(zeroblob(:{c}) AS TEXT)" if c in zeroed else f":{c}" for c in LETTER_COLUMNS)
    return f"INSERT INTO letters ({cols}) VALUES ({marks})", dict(row)


def insert_meetings(rows: Sequence[tuple[Any, ...]]) -> Many:
    """Rows of (letter_id, idx, type, date_start, date_end, location, start, end, rule)."""
    return ("INSERT INTO meetings (letter_id, idx, type, date_start, date_end, location, start, end, rule) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", list(rows))


def insert_sections(rows: Sequence[tuple[Any, ...]]) -> Many:
    """Rows of (letter_id, idx, heading, start, end, rule)."""
    return ("INSERT INTO sections (letter_id, idx, heading, start, end, rule) VALUES (?, ?, ?, ?, ?, ?)",
            list(rows))


# Rows a multi-row INSERT holds at most: a statement per row costs Python's sqlite3 more than the row (binding
# and stepping one statement per row is a third of inserting a letter's search entries), and a statement
# of at most 999 parameters suits every SQLite.
_MAX_PARAMETERS = 999


@cache
def _values(width: int, n: int) -> str:
    row = "(" + ", ".join("?" * width) + ")"
    return ", ".join([row] * n)


def insert_rows(head: str, width: int, rows: Iterable[Sequence[Any]]) -> Iterator[Query]:
    """`head` (`INSERT … INTO t (a, b) VALUES`) for `rows` of `width` values, many rows a statement, in order
    (the rows are read a statement at a time, never all held). Each statement holds a power of two of rows, so
    a few shapes serve every letter and stay in the connection's statement cache."""
    most = 1 << ((_MAX_PARAMETERS // width).bit_length() - 1)
    it = iter(rows)
    while chunk := list(islice(it, most)):
        i = 0
        while i < len(chunk):
            n = 1 << ((len(chunk) - i).bit_length() - 1)
            yield f"{head} {_values(width, n)}", tuple(chain.from_iterable(chunk[i:i + n]))
            i += n


# Foreign keys checked at COMMIT rather than per statement, for this transaction only (SQLite resets it).
DEFER_FOREIGN_KEYS = "PRAGMA defer_foreign_keys = ON"

_SENTENCE_COLUMNS = "letter_id, idx, start, end, section, footnote, text, stems, meta"
# a letter's sentences are staged here (this connection only) and moved into `sentences` by one
# statement: see `Store` for why
STAGE_SENTENCES_TABLE = f"CREATE TEMP TABLE IF NOT EXISTS sentences_in ({_SENTENCE_COLUMNS})"
CLEAR_STAGED_SENTENCES = "DELETE FROM temp.sentences_in"


def stage_sentences(rows: Iterable[tuple[Any, ...]]) -> Iterator[Query]:
    """Stage rows of (letter_id, idx, start, end, section, footnote, text, stems, meta), read as they are
    inserted (`insert_rows`)."""
    return insert_rows(f"INSERT INTO temp.sentences_in ({_SENTENCE_COLUMNS}) VALUES", 9, rows)


# the id the next sentence inserted without one would get (SQLite gives max(rowid) + 1)
NEXT_SENTENCE_ID = "SELECT coalesce(max(id), 0) + 1 FROM sentences"


def insert_staged_sentences() -> str:
    """Move the staged sentences into `sentences` in one statement, in their order, sentence idx under id
    `? + idx` (the parameter: NEXT_SENTENCE_ID, read in the same transaction, so the ids are those SQLite
    would give, known before the insert); the FTS follows by trigger."""
    return (f"INSERT INTO sentences (id, {_SENTENCE_COLUMNS}) SELECT ? + idx, {_SENTENCE_COLUMNS} "
            "FROM temp.sentences_in ORDER BY rowid")


def insert_facts(rows: Iterable[tuple[Any, ...]]) -> Iterator[Query]:
    """Rows of (letter_id, kind, idx, value_json, start, end, rule) (`insert_rows`)."""
    return insert_rows("INSERT INTO facts (letter_id, kind, idx, value, start, end, rule) VALUES", 7, rows)


def insert_search_short(rows: Iterable[tuple[Any, ...]]) -> Iterator[Query]:
    """Rows of (key, dl, id) of `search_short` (`store.bounds`); one already there is kept."""
    return insert_rows("INSERT OR IGNORE INTO search_short (key, dl, id) VALUES", 3, rows)


def insert_search_repeats(rows: Iterable[tuple[Any, ...]]) -> Iterator[Query]:
    """Rows of (key, dl, id, n) of `search_repeats` (`store.bounds`); one already there is kept."""
    return insert_rows("INSERT OR IGNORE INTO search_repeats (key, dl, id, n) VALUES", 4, rows)


def update_extraction(row: dict[str, Any]) -> Query:
    """Rewrite the extracted columns of a stored letter (`row` holds at least `id` and
    REEXTRACTED_COLUMNS); the text and where it came from stay as they are."""
    sets = ", ".join(f"{c} = :{c}" for c in REEXTRACTED_COLUMNS)
    return f"UPDATE letters SET {sets} WHERE id = :id", {c: row[c] for c in ("id", *REEXTRACTED_COLUMNS)}


def delete_extracted(letter_id: str) -> list[Query]:
    """Delete what extraction made of a letter (meetings, sections, sentences with their FTS entries,
    facts), so a re-extraction can write it anew; the letter row itself stays."""
    return [(f"DELETE FROM {t} WHERE letter_id = ?", (letter_id,))
            for t in ("meetings", "sections", "sentences", "facts")]


def stale_letters(version: int) -> Query:
    """Ids of the letters extracted by rules older than `version`, in a stable order."""
    return "SELECT id FROM letters WHERE extractor_version < ? ORDER BY id", (version,)


def extraction_input(letter_id: str) -> Query:
    """What re-extracting a letter needs: its text and how it was read."""
    return "SELECT id, source, format, text, read_json, extractor_version FROM letters WHERE id = ?", (letter_id,)


# -- reads ------------------------------------------------------------------------------------

def change_stamp() -> Query:
    """The store's change stamp: bumped in the same transaction as every letter write (migration 5)."""
    return "SELECT stamp FROM changes WHERE id = 1", ()


def date_span() -> Query:
    """The earliest and latest letter date (each one lookup in the date index)."""
    return "SELECT (SELECT min(date) FROM letters), (SELECT max(date) FROM letters)", ()


def parse_day(value: str, name: str) -> tuple[date, date | None]:
    """First day and the day after the last day of `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.

    The day after is None when the period ends the calendar (9999-12-31 has no next day in `date`):
    such a bound excludes nothing. Anything else that is not a date raises `QueryError` naming `name`.
    """
    try:
        if re.fullmatch(r"\d{4}", value):
            first = date(int(value), 1, 1)
            last = date(first.year, 12, 31)
        elif re.fullmatch(r"\d{4}-\d{2}", value):
            y, m = map(int, value.split("-"))
            first = date(y, m, 1)
            last = (date(y + (m == 12), m % 12 + 1, 1) - timedelta(days=1)) if (y, m) != (9999, 12) else date.max
        elif re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
            first = last = date.fromisoformat(value)
        else:
            raise ValueError(value)
    except ValueError:
        raise QueryError(f"{name} {value[:40]!r}: expected a date as YYYY, YYYY-MM or YYYY-MM-DD "
                         f"(0001-01-01 to 9999-12-31)") from None
    return first, (last + timedelta(days=1) if last < date.max else None)


@dataclass(frozen=True, slots=True)
class LetterFilters:
    """Which letters to list; every field is optional and they combine with AND."""

    kind: str | None = None          # agenda | report | other
    since: str | None = None         # letter date on or after (YYYY, YYYY-MM or YYYY-MM-DD)
    until: str | None = None         # letter date on or before (same forms; a year means its end)
    chamber: str | None = None       # TK | EK
    meeting: str | None = None       # covers a meeting of this type (DMM, RBZ-Defensie, …)
    source: str | None = None        # stored under exactly this source
    limit: int | None = None


def letter_where(f: Any, flag: str = "--") -> tuple[list[str], dict[str, Any]]:
    """WHERE conditions on letters `l` for the fields kind, chamber, since, until, meeting of `f`.

    Shared by the letter list and full-text search; `flag` prefixes field names in messages.
    """
    where: list[str] = []
    params: dict[str, Any] = {}
    if f.kind is not None:
        if f.kind not in KINDS:
            raise QueryError(f"{flag}kind {f.kind[:40]!r}: expected one of {', '.join(KINDS)}")
        where.append("l.kind = :kind")
        params["kind"] = f.kind
    if f.chamber is not None:
        if f.chamber.upper() not in CHAMBERS:
            raise QueryError(f"{flag}chamber {f.chamber[:40]!r}: expected one of {', '.join(CHAMBERS)}")
        where.append("l.chamber = :chamber")
        params["chamber"] = f.chamber.upper()
    if f.since is not None:
        where.append("l.date >= :since")
        params["since"] = parse_day(f.since, f"{flag}since")[0].isoformat()
    if f.until is not None and (after := parse_day(f.until, f"{flag}until")[1]) is not None:
        where.append("l.date < :until")                  # None: the calendar's last day, no bound
        params["until"] = after.isoformat()
    if "since" in params and "until" in params and params["since"] >= params["until"]:
        raise QueryError(f"{flag}since {f.since} is after {flag}until {f.until}")
    if f.meeting is not None:
        where.append("EXISTS (SELECT 1 FROM meetings m WHERE m.letter_id = l.id AND m.type = :meeting)")
        params["meeting"] = f.meeting
    return where, params


def letter_share(f: Any) -> Query:
    """How many letters the fields kind, chamber, since, until, meeting of `f` keep, and how many there are."""
    where, params = letter_where(f, flag="")
    kept = "SELECT count(*) FROM letters l" + (" WHERE " + " AND ".join(where) if where else "")
    return f"SELECT ({kept}), (SELECT count(*) FROM letters)", params


def letters_sql(f: LetterFilters) -> Query:
    """List letters (newest first, undated last) with their meetings and fact counts."""
    where, params = letter_where(f)
    if f.source is not None:
        where.append("l.source = :source")
        params["source"] = f.source
    cols = ", ".join(f"l.{c}" for c in SUMMARY_COLUMNS)
    sql = (
        f"SELECT {cols},\n"
        "  (SELECT json_group_array(json_object('type', m.type, 'date_start', m.date_start,\n"
        "          'date_end', m.date_end, 'location', m.location))\n"
        "     FROM (SELECT * FROM meetings WHERE letter_id = l.id ORDER BY idx) m) AS meetings_json,\n"
        "  (SELECT count(*) FROM facts f WHERE f.letter_id = l.id) AS fact_count\n"
        "FROM letters l"
    )
    if where:
        sql += "\nWHERE " + "\n  AND ".join(where)
    sql += "\nORDER BY l.date IS NULL, l.date DESC, l.source"
    if f.limit is not None:
        if f.limit < 0:
            raise QueryError(f"--limit {f.limit}: must not be negative")
        sql += "\nLIMIT :limit"
        params["limit"] = f.limit
    return sql, params


def find_letters(id_or_prefix: str, limit: int = 6) -> Query:
    """Letters whose id starts with a hex prefix, or that were stored under this exact source."""
    prefix = id_or_prefix.strip().lower()
    if _HEX.fullmatch(prefix):
        # ids are lowercase hex, so every id with this prefix sorts in [prefix, prefix + 'g')
        return ("SELECT id, source FROM letters WHERE id >= ? AND id < ? ORDER BY id LIMIT ?",
                (prefix, prefix + "g", limit))
    return "SELECT id, source FROM letters WHERE source = ? ORDER BY id LIMIT ?", (id_or_prefix, limit)


def letter_row(letter_id: str) -> Query:
    """Every column of one letter."""
    return f"SELECT {', '.join(LETTER_COLUMNS)} FROM letters WHERE id = ?", (letter_id,)


def letter_text(letter_id: str) -> Query:
    """The stored text of one letter."""
    return "SELECT text FROM letters WHERE id = ?", (letter_id,)


def meetings_of(letter_id: str) -> Query:
    """The meetings a letter covers, with their evidence."""
    return ("SELECT m.idx, m.type, m.date_start, m.date_end, m.location, m.start, m.end, m.rule,\n"
            "  CASE WHEN m.start IS NULL THEN NULL\n"
            "       ELSE substr(l.text, m.start + 1, m.end - m.start) END AS evidence\n"
            "FROM meetings m JOIN letters l ON l.id = m.letter_id\n"
            "WHERE m.letter_id = ? ORDER BY m.idx", (letter_id,))


def sections_of(letter_id: str) -> Query:
    """The section headings of a letter."""
    return ("SELECT idx, heading, start, end, rule FROM sections WHERE letter_id = ? ORDER BY idx",
            (letter_id,))


def sentences_of(letter_id: str) -> Query:
    """The sentences of a letter in text order."""
    return ("SELECT idx, start, end, section, footnote, text FROM sentences\n"
            "WHERE letter_id = ? ORDER BY idx", (letter_id,))


def facts_of(letter_id: str, kind: str | None = None) -> Query:
    """The facts of a letter (of one kind, if given) with the quoted evidence text[start:end].

    SQLite's substr counts characters like Python's str indices, so the evidence is exact.
    """
    sql = ("SELECT f.kind, f.idx, f.value, f.start, f.end, f.rule,\n"
           "  substr(l.text, f.start + 1, f.end - f.start) AS evidence\n"
           "FROM facts f JOIN letters l ON l.id = f.letter_id\n"
           "WHERE f.letter_id = ?")
    params: tuple[Any, ...] = (letter_id,)
    if kind is not None:
        if kind not in FACT_KINDS:
            raise QueryError(f"fact kind {kind!r}: expected one of {', '.join(FACT_KINDS)}")
        sql += " AND f.kind = ?"
        params += (kind,)
    order = " ".join(f"WHEN '{k}' THEN {i}" for i, k in enumerate(FACT_KINDS))
    sql += f"\nORDER BY CASE f.kind {order} END, f.idx"
    return sql, params


def count_rows(table: str, letter_id: str) -> Query:
    """How many rows of one letter a table holds (`table` from the schema's fixed names)."""
    column = {"letters": "id", "meetings": "letter_id", "sections": "letter_id",
              "sentences": "letter_id", "facts": "letter_id"}
    if table not in column:
        raise ValueError(f"unknown table {table!r}")
    return f"SELECT count(*) FROM {table} WHERE {column[table]} = ?", (letter_id,)


def quote_fts(tokens: Sequence[str]) -> str:
    """An FTS5 MATCH expression that matches all tokens literally (each as a quoted string).

    Bind the result as a parameter; quoting stops user text being read as FTS5 syntax.
    """
    return " ".join('"' + t.replace('"', '""') + '"' for t in tokens if t)
