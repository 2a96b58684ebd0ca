"""The best k of FTS5's bm25 over every match, exactly, without scoring every match.

FTS5's bm25 (k1 = 1.2, b = 0.75) sums over the query's phrases IDF x g(tf, D), where
g(tf, D) = tf (k1 + 1) / (tf + k1 (1 - b + b D / avgdl)), D counts a sentence's tokens (its `meta` filter
tokens too) and avgdl is their mean over the index. Where every phrase occurs once, a longer sentence always
scores lower: the best of a common word's 49,000 matches are its short sentences, and sentences in which a
word repeats. Migration 8's tables list both (store/schema.py, written by store/bounds.py): `search_short`
every word of each sentence of at most SHORT_MAX tokens, `search_repeats` each word, and each first three
letters shared by two words, that occur twice or more in a sentence, with the count. While a sentence is
not in them (`search_unindexed`: written by plain SQL), every match is scored. A ranking of k then

1. reads the IDF FTS5 will use for each phrase (a word's document frequency from `sentences_vocab`, a prefix
   or a phrase of several words counted), and N and avgdl from the index's averages record;
2. takes as candidates, for a length L, the sentences of at most L tokens that hold the query's rarest term
   (search_short), the sentences of a listed rare alternative (`naf*` of navo*) and the few sentences whose
   tokens these tables cannot count (dl 0); then the longer sentences whose repeated words may lift them
   above both U(L + 1), the most a longer sentence scores when each phrase occurs once, and the k-th score
   found so far (search_repeats, bounded per entry in SQL);
3. scores the candidates that match the query (its filters checked in SQL) as fts5Bm25Function does, with
   the same operations in the same order, so to the same double; an irregular one FTS5 scores itself;
4. accepts when k were found and the k-th scores more than U(L + 1), which no other match can reach: the rows
   are exactly FTS5's best k, order and scores alike. Otherwise L grows once; past that, past SHORT_MAX, or
   for a query with few possible matches (< FULL_MAX), a phrase alone or two frequent alternatives of a term,
   FTS5 scores every match, as before.
"""

from __future__ import annotations

import math
import sqlite3
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Protocol

from inzet.store.bounds import TOKEN, regular
from inzet.store.queries import quote_fts
from inzet.store.schema import SHORT_MAX

K1 = 1.2
B = 0.75
FULL_MAX = 10_000      # at most about this many matches: scoring them all is the cheaper way
REPEATS_MAX = 20_000   # a word repeated in more sentences is bounded without its list: IDF x (k1 + 1)
LISTED_MAX = 500       # an alternative of a term in at most this many sentences has them all as candidates
CANDIDATE_COST = 16    # a candidate (read and scored here) costs about as much as FTS5 scoring this many matches
ANCHOR_CAP = 4096      # short entries counted per term when choosing the anchor
PASSES = 2             # candidate rankings tried before every match is scored
EPS = 1e-9             # margin for the float rounding between this bound and FTS5's sum

Within = tuple[str, dict[str, Any]]          # a SELECT of candidate sentence ids, with its parameters
Row = Any                                    # a result row: sqlite3.Row or a dict, read as row["column"]


class Source(Protocol):
    """One ranking query of a search (search.py builds its SQL), as TopK uses it."""

    def every(self, k: int) -> list[Row]:
        """The best k rows of FTS5's bm25 ranking of every match, best first."""

    def candidates(self, within: Within) -> list[tuple[int, str, str]]:
        """(id, stems, meta) of the candidates of `within` that meet the query's filters."""

    def scored(self, ids: Sequence[int]) -> list[tuple[int, float]]:
        """(id, FTS5 bm25) of the matches among `ids`."""

    def rows(self, best: Sequence[tuple[int, float]]) -> list[Row]:
        """The result rows of these (id, bm25), in this order."""


@dataclass(frozen=True, slots=True)
class Phrase:
    """One FTS5 phrase of a query's `stems` part: its tokens, and whether the last one is a prefix."""

    tokens: tuple[str, ...]
    prefix: bool

    def fts(self) -> str:
        """This phrase as FTS5 syntax, quoted by `quote_fts`."""
        return quote_fts([" ".join(self.tokens)]) + (" *" if self.prefix else "")


Group = tuple[Phrase, ...]    # the alternatives of one query term: a match holds at least one of them


def _after(prefix: str) -> str:
    """The first string after every string that starts with `prefix` ([a-z0-9] only)."""
    return prefix[:-1] + chr(ord(prefix[-1]) + 1)


def _varint(data: bytes, i: int) -> tuple[int, int]:
    """SQLite's varint at `data[i]` (as FTS5 writes them): its value and the offset after it."""
    v = 0
    for n in range(9):
        c = data[i]
        i += 1
        if n == 8:
            return (v << 8) | c, i
        v = (v << 7) | (c & 0x7F)
        if not c & 0x80:
            break
    return v, i


def averages(conn: sqlite3.Connection) -> tuple[int, float]:
    """The row count and mean token count (all columns) that FTS5's bm25 reads from the index."""
    row = conn.execute("SELECT block FROM sentences_fts_data WHERE id = 1").fetchone()
    if row is None or not row[0]:
        return 0, 0.0
    data = bytes(row[0])
    n, i = _varint(data, 0)
    total = 0
    while i < len(data):
        size, i = _varint(data, i)
        total += size
    return n, (total / n if n else 0.0)


@dataclass(frozen=True, slots=True)
class _Keys:
    """Where a phrase's entries are in one side table: one key, or a key range [lo, hi), plus one more key."""

    lo: str
    hi: str | None = None       # None: the key `lo` alone
    also: str | None = None     # a 3-letter group key ('oek*') for a prefix's repeats

    def sql(self, table: str, cols: str, tag: str, extra: str = "") -> tuple[list[str], dict[str, str]]:
        """SELECTs of `cols` from `table` for these keys, with their parameters (named after `tag`)."""
        params = {f"{tag}lo": self.lo}
        if self.hi is None:
            out = [f"SELECT {cols} FROM {table} WHERE key = :{tag}lo{extra}"]
        else:
            params[f"{tag}hi"] = self.hi
            out = [f"SELECT {cols} FROM {table} WHERE key >= :{tag}lo AND key < :{tag}hi{extra}"]
        if self.also is not None:
            params[f"{tag}also"] = self.also
            out.append(f"SELECT {cols} FROM {table} WHERE key = :{tag}also{extra}")
        return out, params


class TopK:
    """The best k rows of one query's bm25 ranking over every match (see the module docstring).

    `groups` are the query's `stems` phrases as FTS5 reads them: an AND of groups, each an OR of phrases.
    `share` tells, when asked, about what share of the letters the search's filters keep (it only steers
    which way is cheaper). Statistics are read once, at the first ranking, in the caller's read transaction.
    """

    def __init__(self, conn: sqlite3.Connection, groups: Sequence[Group],
                 share: Callable[[], float] | None = None) -> None:
        self.conn = conn
        self.groups = [tuple(g) for g in groups]
        self.phrases = [p for g in self.groups for p in g]     # as FTS5 numbers them (one typed twice: two)
        self.share = share
        self._ready = False
        self.full = True
        self.passes = 0                 # candidate rankings run (tests check which way a ranking went)

    # -- statistics ------------------------------------------------------------------------------

    def _one(self, sql: str, params: dict[str, Any] | Sequence[Any] = ()) -> Any:
        return self.conn.execute(sql, params).fetchone()[0]

    def _hits(self, p: Phrase) -> int:
        """In how many sentences the stems hold `p`: FTS5's nHit for its IDF."""
        if len(p.tokens) == 1 and not p.prefix:
            return self._one("SELECT coalesce(max(doc), 0) FROM sentences_vocab WHERE term = ? AND col = 'stems'",
                             (p.tokens[0],))
        return self._one("SELECT count(*) FROM sentences_fts WHERE sentences_fts MATCH ?", (_stems(p),))

    def _idf(self, hits: int) -> float:
        """FTS5's IDF for a phrase in `hits` sentences."""
        idf = math.log((self.n - hits + 0.5) / (hits + 0.5))
        return idf if idf > 0.0 else 1e-6

    def _capped(self, table: str, keys: _Keys, cap: int) -> int:
        """How many entries `table` has for `keys`, counted up to `cap` per key."""
        sqls, params = keys.sql(table, "1", "c")
        return sum(self._one(f"SELECT count(*) FROM ({sql} LIMIT {cap:d})", params) for sql in sqls)

    def _keys(self, table: str, p: Phrase) -> _Keys:
        """The keys that bound phrase `p` in `table`: for search_short a word every match of `p` holds, for
        search_repeats one whose count is at least p's tf; of several words the one with the fewest entries,
        for a prefix its range (and in search_repeats its group of the first three letters)."""
        if p.prefix and len(p.tokens) == 1:
            t = p.tokens[0]
            return _Keys(t, _after(t), t[:3] + "*" if table == "search_repeats" else None)
        words = sorted(set(p.tokens[:-1] if p.prefix else p.tokens))
        if len(words) == 1:
            return _Keys(words[0])
        return min((_Keys(w) for w in words), key=lambda k: self._capped(table, k, REPEATS_MAX + 1))

    def _prepare(self) -> None:
        """Read what the bounds need; leave `full` set when scoring every match is the better way."""
        self._ready = True
        phrases = [p for g in self.groups for p in g]
        if not phrases or any(not TOKEN.fullmatch(t) for p in phrases for t in p.tokens):
            return                                   # FTS5 might read these tokens otherwise: no model
        if any(p.prefix and len(p.tokens[-1]) < 3 for p in phrases):
            return
        if all(len(p.tokens) > 1 for p in phrases):
            return          # counting a phrase costs what FTS5 spends on it: only worth it beside a word
        if self._one("SELECT EXISTS (SELECT 1 FROM search_unindexed)"):
            return          # a sentence written by plain SQL is in no side table yet
        self.n, self.avgdl = averages(self.conn)
        if self.n == 0 or self.avgdl <= 0:
            return
        # how many sentences may match, were the terms independent: the rarest term first, so a query
        # with few matches (every one then scored) is settled by one look-up
        order = sorted(range(len(self.groups)), key=lambda i: (len(self.groups[i]) > 1,
                                                               any(p.prefix for p in self.groups[i]),
                                                               -max(len(t) for p in self.groups[i] for t in p.tokens)))
        hits: dict[Phrase, int] = {}
        self.matches: dict[int, int] = {}            # group -> at most this many sentences hold it
        estimate = float(self.n)
        for i in order:
            for p in self.groups[i]:
                if p not in hits:
                    hits[p] = self._hits(p)
            self.matches[i] = min(self.n, sum(hits[p] for p in self.groups[i]))
            estimate *= self.matches[i] / self.n
            if estimate <= FULL_MAX:
                return
        # terms and filters: their matches are only guessed (as if independent), so ask for more of them
        self.kept = self.share() if self.share is not None else 1.0
        self.estimate = estimate * self.kept
        if self.estimate <= FULL_MAX * (1 if len(self.groups) == 1 and self.kept == 1.0 else 2):
            return
        self.idf = {p: self._idf(h) for p, h in hits.items()}
        # a rare alternative of a term (`naf*` beside `nav*` for navo*): its sentences are candidates, so a
        # sentence outside them lacks it and the bound leaves it out
        self.listed = [p for g in self.groups if len(g) > 1 for p in g if hits[p] <= LISTED_MAX]
        if any(sum(p not in self.listed for p in g) > 1 for g in self.groups):
            return          # a bound that counts two frequent alternatives of a term, where one occurs, is loose
        scored = [p for p in phrases if p not in self.listed]   # a phrase typed twice is two phrases to FTS5
        # phrases whose tf is bounded per sentence (search_repeats), the others by IDF x (k1 + 1)
        self.repeats: list[tuple[Phrase, _Keys]] = []
        self.bounded = 0.0
        self.unbounded = 0.0
        for p in scored:
            keys = self._keys("search_repeats", p)
            if self._capped("search_repeats", keys, REPEATS_MAX + 1) > REPEATS_MAX:
                self.unbounded += self.idf[p] * (K1 + 1)
            else:
                self.repeats.append((p, keys))
                self.bounded += self.idf[p]
        if not self.repeats:
            return          # only IDF x (k1 + 1) bounds them, more than any sentence can score
        # the anchor: the term with the fewest short sentences; each match holds one of its phrases
        anchors = {i: [self._keys("search_short", p) for p in self.groups[i] if p not in self.listed] for i in order}
        if len(order) > 1:
            counts = {i: sum(self._capped("search_short", k, ANCHOR_CAP) for k in ks) for i, ks in anchors.items()}
            self.anchor = min(order, key=lambda i: counts[i])
        else:
            self.anchor = order[0]
        self.anchor_keys = anchors[self.anchor]
        lengths: dict[int, int] = {}
        for j, keys in enumerate(self.anchor_keys):
            sqls, params = keys.sql("search_short", "dl", f"h{j}")
            for sql in sqls:
                for dl, c in self.conn.execute(f"SELECT dl, count(*) FROM ({sql}) GROUP BY dl", params):
                    lengths[dl] = lengths.get(dl, 0) + c
        self.lengths = [(dl, lengths.get(dl, 0)) for dl in range(1, SHORT_MAX + 1)]
        self.full = False

    # -- bounds --------------------------------------------------------------------------------

    def _g1(self, dl: float) -> float:
        """g(1, dl): what a phrase occurring once in a sentence of `dl` tokens adds per unit of IDF."""
        return (K1 + 1) / (1 + K1 * (1 - B + B * dl / self.avgdl))

    def bound(self, dl: int) -> float:
        """The most a matching sentence of at least `dl` tokens, outside the listed and repeating ones, scores."""
        return self.bounded * self._g1(dl) + self.unbounded

    def _cumulative(self, length: int) -> int:
        return sum(c for dl, c in self.lengths if dl <= length)

    def _length(self, wanted: float) -> int:
        """The least length whose short sentences holding the anchor term number `wanted` (else SHORT_MAX)."""
        total = 0
        for dl, c in self.lengths:
            total += c
            if total >= wanted:
                return dl
        return SHORT_MAX

    def short(self, length: int) -> Within:
        """The first candidates for length `length`: the sentences of at most `length` tokens that hold the
        anchor term, those of the listed rare alternatives and the irregular ones (a SELECT of ids)."""
        parts = ["SELECT id FROM search_short WHERE key = ''"]
        params: dict[str, Any] = {"tk_len": length}
        for j, keys in enumerate(self.anchor_keys):
            sqls, ps = keys.sql("search_short", "id", f"tk_s{j}", " AND dl <= :tk_len")
            parts += sqls
            params.update(ps)
        for j, p in enumerate(self.listed):
            parts.append(f"SELECT rowid FROM sentences_fts WHERE sentences_fts MATCH :tk_l{j}")
            params[f"tk_l{j}"] = _stems(p)
        return "\n    UNION ALL ".join(parts), params

    def repeating(self, length: int, tau: float) -> Within:
        """The other candidates: the sentences longer than `length` in which bounded phrases may repeat
        enough to reach `tau` (a SELECT of ids). A sentence's bound is bound(dl) plus, for each of the P bounded
        phrases occurring t > 1 times in it, IDF x (g(t, dl) - g(1, dl)); reaching tau, one of them adds at least
        1/P of the shortfall, so a sentence with such an entry is a candidate (a superset, without grouping
        the entries by sentence, which costs more)."""
        k1 = repr(K1 + 1)
        many = len(self.repeats)
        params: dict[str, Any] = {"tk_len": length}
        params.update(tk_c0=K1 * (1 - B), tk_c1=K1 * B / self.avgdl, tk_w=self.bounded, tk_h=self.unbounded,
                      tk_tau=tau * (1 - EPS))
        g1 = f"{k1} / (1 + :tk_c0 + :tk_c1 * dl)"
        out = []
        for j, (p, keys) in enumerate(self.repeats):
            params[f"tk_p{j}"] = many * self.idf[p]
            params[f"tk_d{j}"] = self._longest(many * self.idf[p], tau)
            enough = (f" AND dl > :tk_len AND dl <= :tk_d{j} AND :tk_w * {g1} + :tk_h"
                      f" + :tk_p{j} * (n * {k1} / (n + :tk_c0 + :tk_c1 * dl) - {g1}) >= :tk_tau")
            sqls, ps = keys.sql("search_repeats", "id", f"tk_r{j}", enough)
            out += sqls
            params.update(ps)
        return "\n    UNION ALL ".join(out), params

    def _longest(self, weight: float, tau: float) -> int:
        """The longest sentence whose entry of `weight` (P x IDF) can reach `tau` however often it repeats."""
        def reach(dl: int) -> bool:
            g1 = self._g1(dl)
            return self.bounded * g1 + self.unbounded + weight * (K1 + 1 - g1) >= tau * (1 - EPS)

        if weight > self.bounded:          # then longer sentences reach further: no length bound
            return 1 << 40
        lo, hi = 0, 1 << 20                # reach() falls with dl: the last dl where it holds
        if reach(hi):
            return hi
        while lo + 1 < hi:
            mid = (lo + hi) // 2
            lo, hi = (mid, hi) if reach(mid) else (lo, mid)
        return lo

    # -- ranking -------------------------------------------------------------------------------

    def best(self, k: int, source: Source) -> list[Row]:
        """The best `k` rows of `source`'s bm25 ranking over every match, best first."""
        if not self._ready:
            self._prepare()
        if self.full or k <= 0:
            return source.every(k)
        length: int | None = self._length(2 * k / self.kept * (1 if len(self.groups) == 1 else 2))
        if self._cumulative(length) * CANDIDATE_COST > self.estimate:
            return source.every(k)                  # the short sentences are too many to be worth it
        for _ in range(PASSES):
            assert length is not None
            tau = self.bound(length + 1)
            found = sorted(self._rank(source, self.short(length)), key=_order)
            self.passes += 1
            if self.repeats:
                # a repeating sentence counts only if it may beat the k-th found so far (and tau)
                floor = max(tau, -found[k - 1][1]) if len(found) >= k else tau
                seen = {i for i, _ in found}
                found += [r for r in self._rank(source, self.repeating(length, floor)) if r[0] not in seen]
                found.sort(key=_order)
            if len(found) >= k and -found[k - 1][1] > tau * (1 + EPS):
                return source.rows(found[:k])
            length = self._next(length, k, found)
            if length is None:
                break
        return source.every(k)

    def _rank(self, source: Source, within: Within) -> list[tuple[int, float]]:
        """(id, bm25) of the candidates that match: the regular ones scored here as FTS5 scores them, any
        other by FTS5 itself."""
        found = []
        others = []
        for i, stems, meta in source.candidates(within):
            if regular(stems, meta):
                score = self.score(stems.split(" "), len(meta.split(" ")))
                if score is not None:
                    found.append((i, score))
            else:
                others.append(i)
        if others:
            found += source.scored(others)
        return found

    def score(self, tokens: Sequence[str], metas: int) -> float | None:
        """FTS5's bm25 of a sentence of these stems tokens and `metas` meta tokens, None when it does not hold
        every term: the same operations in the same order as fts5Bm25Function, so the same double."""
        tfs = []
        for group in self.groups:
            counts = [_tf(p, tokens) for p in group]
            if not any(counts):
                return None
            tfs += counts
        d = len(tokens) + metas
        score = 0.0
        for p, tf in zip(self.phrases, tfs, strict=True):
            score += self.idf[p] * ((tf * (K1 + 1.0)) / (tf + K1 * (1 - B + B * d / self.avgdl)))
        return -1.0 * score

    def _next(self, length: int, k: int, rows: list[tuple[int, float]]) -> int | None:
        """The next length to try after a pass at `length` found `rows`, or None when scoring every match
        is the better way."""
        if length >= SHORT_MAX:
            return None
        if len(rows) >= k:              # enough, but a longer sentence may beat the k-th: reach below it
            theta = -rows[k - 1][1]
            return next((dl for dl in range(length + 1, SHORT_MAX + 1)
                         if self.bound(dl + 1) * (1 + EPS) < theta), None)
        # too few: of the short sentences holding the anchor term, this share matches the whole query
        share = len(rows) / max(self._cumulative(length), 1)
        if share * self.matches[self.anchor] <= FULL_MAX:
            return None
        return max(length + 1, self._length(8 * k / share))


def _stems(p: Phrase) -> str:
    """A MATCH expression for phrase `p` in column `stems`."""
    return "{stems} : (" + p.fts() + ")"


def _order(row: tuple[int, float]) -> tuple[float, int]:
    """FTS5's order of (id, bm25): best (lowest) bm25 first, ties to the latest sentence."""
    return row[1], -row[0]


def _tf(p: Phrase, tokens: Sequence[str]) -> int:
    """How often phrase `p` occurs in `tokens` (FTS5's instances: each place it starts)."""
    *head, last = p.tokens
    if not head:
        return sum(1 for t in tokens if t.startswith(last)) if p.prefix else tokens.count(last)
    n = len(p.tokens)
    return sum(1 for i in range(len(tokens) - n + 1)
               if all(tokens[i + j] == w for j, w in enumerate(head))
               and (tokens[i + n - 1].startswith(last) if p.prefix else tokens[i + n - 1] == last))
