"""Migration 8's side tables, written by the store: the short sentences and repeated words that bound bm25.

For each sentence (store/schema.py has the tables and inzet/topk.py reads them): its token count `dl` (stems
and meta, as FTS5 counts them), every word when it has at most SHORT_MAX tokens (`search_short`), and every
word that occurs twice or more, and every first three letters two different words share, with the count
(`search_repeats`). A sentence whose stems or meta hold anything but [a-z0-9] words split by single spaces
might tokenize otherwise in FTS5: it gets dl 0 and the one entry ('', 0) in search_short.

Every inserted sentence is marked in `search_unindexed` by trigger, so one written another way (plain SQL)
stays marked, and search scores every match until it is indexed. The store's own sentences come with their
entries made where their rows were built (`rows.build_rows`, in a worker under `--jobs`, or as a big letter's
sentences stream), keyed by position: the writer inserts them under the ids it gives the sentences and unmarks
those ids (`insert`, `unmark_from`), and indexes anything else still marked (`index_pending`). Computing the
entries in Python costs a fifth of doing it in SQL per row.
"""

from __future__ import annotations

import re
import sqlite3
from collections import _count_elements  # Counter's C loop, without Counter's set-up per sentence
from collections.abc import Iterable, Iterator, Sequence

from inzet.store import queries
from inzet.store.schema import SHORT_MAX

# a token FTS5 (unicode61) reads as the writer wrote it, and a text of such tokens split by single spaces;
# topk.py models bm25 only for queries and sentences made of them
TOKEN = re.compile(r"[a-z0-9]+")
_REGULAR = re.compile(rf"{TOKEN.pattern}(?: {TOKEN.pattern})*")

Short = tuple[str, int, int]            # (key, dl, id)
Repeat = tuple[str, int, int, int]      # (key, dl, id, n)


def regular(stems: str, meta: str) -> bool:
    """Do FTS5's tokens of this sentence equal its space-separated words?"""
    return _REGULAR.fullmatch(stems) is not None and _REGULAR.fullmatch(meta) is not None


def entries(rows: Iterable[tuple[int, str, str]]) -> tuple[list[Short], list[Repeat]]:
    """The search_short and search_repeats entries of sentences given as (id, stems, meta); the id may be a
    position, for `insert` to shift."""
    short: list[Short] = []
    repeats: list[Repeat] = []
    meta_tokens: dict[str, int] = {}        # a letter has a handful of distinct metas: checked once each
    full = _REGULAR.fullmatch
    for i, stems, meta in rows:
        m = meta_tokens.get(meta)
        if m is None:
            m = meta_tokens[meta] = (meta.count(" ") + 1) if full(meta) else 0
        if not m or full(stems) is None:
            short.append(("", 0, i))
            continue
        words = stems.split(" ")
        counts: dict[str, int] = {}
        _count_elements(counts, words)
        dl = len(words) + m
        if dl <= SHORT_MAX:
            short += [(w, dl, i) for w in counts]
        groups: dict[str, list[int]] = {}
        for w, n in counts.items():
            if n > 1:
                repeats.append((w, dl, i, n))
            if len(w) >= 3:
                groups.setdefault(w[:3], []).append(n)
        repeats += [(g + "*", dl, i, sum(ns)) for g, ns in groups.items() if len(ns) > 1]
    return short, repeats


def _pending(conn: sqlite3.Connection) -> Iterator[tuple[int, str, str]]:
    sql = "SELECT s.id, s.stems, s.meta FROM search_unindexed u JOIN sentences s ON s.id = u.id"
    for r in conn.execute(sql):
        yield r[0], r[1], r[2]


def insert(conn: sqlite3.Connection, short: Sequence[Short], repeats: Sequence[Repeat], offset: int = 0) -> None:
    """Insert entries made by `entries`, their ids shifted by `offset` (entries keyed by position: the id of
    the letter's first sentence)."""
    if offset:
        short = [(k, dl, i + offset) for k, dl, i in short]
        repeats = [(k, dl, i + offset, n) for k, dl, i, n in repeats]
    for q in (*queries.insert_search_short(short), *queries.insert_search_repeats(repeats)):
        conn.execute(*q)


def unmark_from(conn: sqlite3.Connection, first_id: int) -> None:
    """Unmark the sentences of ids `first_id` and up: the writer's own, inserted with their entries."""
    conn.execute("DELETE FROM search_unindexed WHERE id >= ?", (first_id,))


def index_pending(conn: sqlite3.Connection) -> int:
    """Index the sentences marked in search_unindexed (in the caller's write transaction); their count."""
    short, repeats = entries(_pending(conn))
    insert(conn, short, repeats)
    return conn.execute("DELETE FROM search_unindexed").rowcount
