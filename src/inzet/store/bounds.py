"""Migration 8's side tables, written by the store: the short sentences and repeated words that bound bm25.

For each sentence (store/schema.py has the tables and inzet/topk.py reads them): its token count `dl` (stems
and meta, as FTS5 counts them), every word when it has at most SHORT_MAX tokens (`search_short`), and every
word that occurs twice or more, and every first three letters two different words share, with the count
(`search_repeats`). A sentence whose stems or meta hold anything but [a-z0-9] words split by single spaces
might tokenize otherwise in FTS5: it gets dl 0 and the one entry ('', 0) in search_short.

The writer indexes the sentences it has just inserted (`index_pending`): every inserted sentence is marked in
`search_unindexed` by trigger, so one written another way (plain SQL) stays marked, and search scores every
match until it is indexed. Computing the entries here costs a fifth of doing it in SQL per row.
"""

from __future__ import annotations

import re
import sqlite3
from collections import Counter
from collections.abc import Iterable, Iterator

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
    """The search_short and search_repeats entries of sentences given as (id, stems, meta)."""
    short: list[Short] = []
    repeats: list[Repeat] = []
    for i, stems, meta in rows:
        if not regular(stems, meta):
            short.append(("", 0, i))
            continue
        counts = Counter(stems.split(" "))
        dl = sum(counts.values()) + meta.count(" ") + 1
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


def index_pending(conn: sqlite3.Connection) -> int:
    """Index the sentences marked in search_unindexed (in the caller's write transaction); their count."""
    short, repeats = entries(_pending(conn))
    conn.executemany("INSERT OR IGNORE INTO search_short (key, dl, id) VALUES (?, ?, ?)", short)
    conn.executemany("INSERT OR IGNORE INTO search_repeats (key, dl, id, n) VALUES (?, ?, ?, ?)", repeats)
    return conn.execute("DELETE FROM search_unindexed").rowcount
