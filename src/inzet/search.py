"""Dutch full-text search over the stored sentences, ranked by bm25, with highlighted snippets.

A query is a list of terms that must all occur in a sentence (AND):

* `lastenverdeling`        a word, matched by its Dutch stem (so `Oekraïense` is not `Oekraïne`,
                           but `lastenverdelingen` is `lastenverdeling`); diacritics are folded;
* `"steun aan Oekraïne"`   a phrase: the stems in this order, next to each other;
* `drone*`                 a prefix: any word that starts with these letters (at least 3).

Everything else (`AND`, `NEAR(`, brackets, `-`, `'`) is just text: a term becomes FTS5 syntax only
through `quote_fts`, so nothing a user types is read as FTS5 or SQL syntax. An empty query, an
unbalanced quote or a query that is too long raises `QueryError`.

Ranking is bm25 over EVERY matching sentence, so an old, highly relevant sentence is never cut off by
a pool of recent ones; filters apply inside the same MATCH (kind, chamber, meeting, fact kind and years
are indexed tokens in column `meta`, see store/stems.py, which bm25 weighs 0: a filter never changes a
score), exact day bounds (for the sentences of a year a range covers in part) and one letter on the rows.
A query with few matches has FTS5 score each one and keep the best `limit` (SQLite's sorter with a LIMIT
holds only those); one with many has `TopK` (inzet/topk.py) find the same best `limit`, order and scores
alike, from the few matches that can be best: short sentences, and those where a word repeats.

A search of a store in a file is kept under the store's change stamp, which every letter write moves, so
repeating it (the next page, a polled feed) costs one lookup; see `_Results`.

Matches are found on the stems that ingest stored (from the letter's normalised view), and shown
in the sentence's ORIGINAL text: its words are stemmed again one by one with their character
intervals kept, so a highlight is always an exact slice of the stored text.
"""

from __future__ import annotations

import html
import json
import os
import re
import sqlite3
import threading
from collections import OrderedDict
from collections.abc import Hashable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field, replace
from datetime import timedelta
from types import SimpleNamespace
from typing import Any, Literal

from inzet.errors import QueryError, StoreError
from inzet.extract.dutch import fold
from inzet.store.db import MEMORY
from inzet.store.queries import CHAMBERS, FACT_KINDS, KINDS, date_span, letter_share, letter_where, parse_day
from inzet.store.stems import UNDATED, filter_token, stem_tokens
from inzet.store.store import Store
from inzet.topk import Phrase, Row, TopK, Within

MAX_QUERY_CHARS = 500
MAX_TERMS = 16
MIN_PREFIX = 3
MAX_LIMIT = 500
CACHE_SIZE = 256       # searches kept per process (see `_Results`)
CACHE_HITS_MAX = 100   # longer result lists are not kept (memory stays bounded by about 256 x 100 hits)
RANKING = "best bm25 first over every matching sentence (rarer words and shorter sentences weigh more)"
SNIPPET_CHARS = 320
_PREFIX_BATCH = 50        # rows fetched per round when prefix terms filter hits in Python
_PREFIX_SCAN = 5000       # at most this many FTS rows are checked for a prefix query

_WORD = re.compile(r"\w+")
_HYPHEN_BREAK = re.compile(r"-[ \t]*\r?\n[ \t]*")
_FOOTNOTE_REF = re.compile(r"\[footnoteRef:\d+\]")
_GLUED_MARKER = re.compile(r"^(.*[^\W\d_])(\d{1,2})$")
_VOWELS = set("aeiouy")

TermKind = Literal["word", "phrase", "prefix"]


# -- query parsing ----------------------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class Term:
    """One search term: the stems it must match (for a prefix: the folded prefix) and what was typed."""

    kind: TermKind
    stems: tuple[str, ...]
    text: str

    def phrases(self) -> tuple[Phrase, ...]:
        """The FTS5 phrases this term matches, any one of them (a prefix: each way its stems can start)."""
        if self.kind == "prefix":
            *head, last = self.stems
            return tuple(Phrase((*head, v), True) for v in _index_prefixes(last))
        return (Phrase(self.stems, False),)

    def fts(self) -> str:
        """This term as an FTS5 expression; quoted by `quote_fts`, never raw."""
        alts = [p.fts() for p in self.phrases()]
        return alts[0] if len(alts) == 1 else "(" + " OR ".join(alts) + ")"


@dataclass(frozen=True, slots=True)
class ParsedQuery:
    """A parsed query: its terms and the FTS5 MATCH expression built from them."""

    text: str
    terms: tuple[Term, ...]

    @property
    def match(self) -> str:
        # explicit AND: FTS5 accepts implicit AND between phrases only, not after a bracketed prefix group
        return " AND ".join(t.fts() for t in self.terms)

    @property
    def has_prefix(self) -> bool:
        return any(t.kind == "prefix" for t in self.terms)


def _index_prefixes(folded: str) -> list[str]:
    """Prefixes the stems of the words that begin with `folded` can start with.

    The Dutch stemmer rewrites word endings: `drones` → `dron`, `lastenverdeling` → `lastenverdeel`
    (vowel doubled), `bommen` → `bom` (consonant undoubled), `reizen` → `reis`. So the typed prefix is
    looked up as typed, without its trailing vowels, with the last vowel doubled and with a final double
    consonant, `z` or `v` rewritten; the real prefix test then runs on the original words.
    """
    out = [folded]
    base = folded.rstrip("".join(_VOWELS)) or folded
    if len(base) >= MIN_PREFIX:
        out.append(base)
    b = base if len(base) >= MIN_PREFIX else folded
    if len(b) >= 3 and b[-1] not in _VOWELS and b[-2] in _VOWELS and b[-3] not in _VOWELS:
        out.append(b[:-1] + b[-2] + b[-1])                  # verdel → verdeel
    if len(b) >= 4 and b[-1] == b[-2] and b[-1] not in _VOWELS:
        out.append(b[:-1])                                  # bomm → bom
    if b[-1] in "zv":
        out.append(b[:-1] + {"z": "s", "v": "f"}[b[-1]])    # reiz → reis
    stem = (stem_tokens(folded) or [folded])[0]
    if len(stem) >= MIN_PREFIX:
        out.append(stem)
    kept: list[str] = []
    for x in sorted({x for x in out if len(x) >= MIN_PREFIX}, key=lambda x: (len(x), x)):
        if not any(x.startswith(k) for k in kept):          # `dron*` already covers `drone*`
            kept.append(x)
    return kept


def _tokens(query: str) -> Iterator[tuple[bool, str]]:
    """(is_phrase, text) pieces of a query; raises on an unbalanced quote."""
    pos = 0
    while pos < len(query):
        ch = query[pos]
        if ch.isspace():
            pos += 1
        elif ch == '"':
            end = query.find('"', pos + 1)
            if end < 0:
                raise QueryError(f"unbalanced quote in {query!r}: close the phrase with a second \"")
            yield True, query[pos + 1 : end]
            pos = end + 1
        else:
            end = pos
            while end < len(query) and not query[end].isspace() and query[end] != '"':
                end += 1
            yield False, query[pos:end]
            pos = end


def _has_index_char(stem: str) -> bool:
    """Would FTS5's unicode61 tokenizer keep anything of this stem? (It drops `_` and the like.)"""
    return any(c.isalnum() for c in stem)


def parse_query(query: str) -> ParsedQuery:
    """Parse a user query into terms; raises `QueryError` with a message a user can act on."""
    if query is None or not query.strip():
        raise QueryError("an empty query: type one or more words, a \"phrase\" or a prefix*")
    if len(query) > MAX_QUERY_CHARS:
        raise QueryError(f"the query is {len(query)} characters long; at most {MAX_QUERY_CHARS} are allowed")
    terms: list[Term] = []
    for is_phrase, piece in _tokens(query):
        if is_phrase:
            stems = tuple(s for s in stem_tokens(piece) if _has_index_char(s))
            if stems:
                terms.append(Term("phrase" if len(stems) > 1 else "word", stems, piece))
            continue
        if "*" in piece.rstrip("*"):
            raise QueryError(f"{piece!r}: '*' can only end a word (a prefix such as drone*)")
        if piece.endswith("*"):
            words = _WORD.findall(piece.rstrip("*"))
            if not words:
                continue
            last = fold(words[-1])
            if len(last) < MIN_PREFIX:
                raise QueryError(f"{piece!r}: a prefix needs at least {MIN_PREFIX} letters")
            head = tuple(s for s in stem_tokens(" ".join(words[:-1])) if _has_index_char(s))
            terms.append(Term("prefix", (*head, last), piece))
            continue
        stems = tuple(s for s in stem_tokens(piece) if _has_index_char(s))
        if stems:
            terms.append(Term("phrase" if len(stems) > 1 else "word", stems, piece))
    if not terms:
        raise QueryError(f"{query!r} has no words to search for")
    if len(terms) > MAX_TERMS:
        raise QueryError(f"the query has {len(terms)} terms; at most {MAX_TERMS} are allowed")
    return ParsedQuery(query, tuple(terms))


# -- filters and SQL --------------------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class SearchFilters:
    """Which sentences may match; every field is optional and they combine with AND."""

    kind: str | None = None          # letter kind: agenda | report | other
    chamber: str | None = None       # TK | EK
    since: str | None = None         # letter date on or after (YYYY, YYYY-MM or YYYY-MM-DD)
    until: str | None = None         # letter date on or before (same forms; a year means its end)
    meeting: str | None = None       # the letter covers a meeting of this type (DMM, UDCG, …)
    fact: str | None = None          # a fact of this kind lies in the sentence (amounts, citations, …)
    letter: str | None = None        # only this letter (full id)
    limit: int = 20
    offset: int = 0


YearSpan = tuple[int, int]     # the first and last year of the store's dated letters


@dataclass(frozen=True, slots=True)
class Part:
    """One ranking query of a search: its full FTS5 expression, and whether the letter's exact day bounds
    must still be checked on the row (only for the sentences of a year the date range covers in part).

    The rest says the same as `match` in pieces: its `stems` expression, and the `meta` tokens a sentence
    must hold (`need`), one of which it must hold (`one_of`, when not empty) and none of which (`none_of`).
    """

    match: str
    days: bool
    stems: str = ""
    need: tuple[str, ...] = ()
    one_of: tuple[str, ...] = ()
    none_of: tuple[str, ...] = ()


def _token_filters(f: SearchFilters) -> list[str]:
    """The `meta` tokens for kind, chamber, meeting and fact (store/stems.py `filter_tokens`)."""
    terms = []
    if f.kind is not None:
        if f.kind not in KINDS:
            raise QueryError(f"kind {f.kind[:40]!r}: expected one of {', '.join(KINDS)}")
        terms.append(filter_token("k", f.kind))
    if f.chamber is not None:
        if f.chamber.upper() not in CHAMBERS:
            raise QueryError(f"chamber {f.chamber[:40]!r}: expected one of {', '.join(CHAMBERS)}")
        terms.append(filter_token("c", f.chamber))
    if f.meeting is not None:
        terms.append(filter_token("m", f.meeting))
    if f.fact is not None:
        if f.fact not in FACT_KINDS:
            raise QueryError(f"fact {f.fact[:40]!r}: expected one of {', '.join(FACT_KINDS)}")
        terms.append(filter_token("f", f.fact))
    return terms


def _any(tokens: Sequence[str]) -> str:
    return "{meta} : (" + " OR ".join(tokens) + ")"


def search_parts(match: str, f: SearchFilters, years: YearSpan | None) -> list[Part]:
    """The ranking queries of a search for an FTS5 expression (already quoted) under the filters.

    Every filter but exact day bounds is a token in column `meta`, which bm25 weighs 0, so a filter never
    changes a score. A date range is its whole years: as year tokens, or, when that is shorter, as NOT the
    other years of the store (`years`) and NOT `zzynone`, so an open range costs a few tokens, not a join.
    A year the range covers only in part (since 2024-03-05) is a second part whose rows are checked
    against the letter's date; the parts are disjoint, and `search` merges their rankings.
    """
    query = f"{{stems}} : ({match})"
    need = tuple(_token_filters(f))
    base = [query, *(f"{{meta}} : {t}" for t in need)]
    if f.since is None and f.until is None:
        return [Part(" AND ".join(base), False, query, need)]
    dates = SimpleNamespace(kind=None, chamber=None, meeting=None, since=f.since, until=f.until)
    letter_where(dates, flag="")                          # validates both bounds and their order
    if years is None:                                    # no dated letter: a date range matches nothing
        return []
    lo, hi = years
    first = parse_day(f.since, "since")[0] if f.since else None
    after = parse_day(f.until, "until")[1] if f.until else None
    y0 = first.year if first else lo
    y1 = (after - timedelta(days=1)).year if after else hi
    cut0 = first is not None and (first.month, first.day) != (1, 1)
    cut1 = after is not None and (after.month, after.day) != (1, 1)
    whole = [y for y in range(max(lo, y0 + cut0), min(hi, y1 - cut1) + 1)]
    parts = []
    if whole:
        inside = [filter_token("y", str(y)) for y in whole]
        outside = [filter_token("y", str(y)) for y in range(lo, hi + 1) if y not in whole]
        outside.append(filter_token("y", UNDATED))
        if len(inside) <= len(outside):
            parts.append(Part(" AND ".join([*base, _any(inside)]), False, query, need, tuple(inside)))
        else:
            parts.append(Part("(" + " AND ".join(base) + ") NOT " + _any(outside), False, query, need,
                              none_of=tuple(outside)))
    cut = sorted({y for y, c in ((y0, cut0), (y1, cut1)) if c and lo <= y <= hi and y0 <= y1})
    if cut:
        years_cut = tuple(filter_token("y", str(y)) for y in cut)
        parts.append(Part(" AND ".join([*base, _any(years_cut)]), True, query, need, years_cut))
    return parts


_META_REGULAR = "(s.meta NOT GLOB '*[^a-z0-9 ]*' AND ' ' || s.meta || ' ' NOT GLOB '*  *')"


def _meta_sql(part: Part, params: dict[str, Any]) -> str | None:
    """The part's `meta` tokens as a condition on sentence `s` (None when it has none). Where s.meta is
    [a-z0-9] words split by single spaces, as filter_tokens writes it, each token is one of its words; a
    sentence whose meta is not so passes, and FTS5 itself checks it (`TopK` scores it by FTS5)."""
    names = iter(range(len(params), 1 << 30))

    def has(token: str) -> str:
        name = f"mt{next(names)}"
        params[name] = f" {token} "
        return f"instr(' ' || s.meta || ' ', :{name}) > 0"

    conds = [has(t) for t in part.need]
    if part.one_of:
        conds.append("(" + " OR ".join(has(t) for t in part.one_of) + ")")
    if part.none_of:
        conds.append("NOT (" + " OR ".join(has(t) for t in part.none_of) + ")")
    return "(" + " AND ".join(conds) + f" OR NOT {_META_REGULAR})" if conds else None


def _day_sql(part: Part, f: SearchFilters, params: dict[str, Any]) -> list[str]:
    """Conditions on sentence `s` and letter `l` beyond the MATCH: exact day bounds, one letter."""
    days: list[str] = []
    if part.days:
        dates = SimpleNamespace(kind=None, chamber=None, meeting=None, since=f.since, until=f.until)
        days, lp = letter_where(dates, flag="")
        params.update(lp)
    if f.letter is not None:
        days.append("s.letter_id = :letter")
        params["letter"] = f.letter
    return days


_ROW_COLUMNS = ("s.id, s.letter_id, s.idx, s.start, s.end, s.section, s.text,\n"
                "  l.date, l.kind, l.chamber, l.subject, l.source")


def part_sql(part: Part, f: SearchFilters, limit: int, offset: int,
             ids: str | None = None) -> tuple[str, dict[str, Any]]:
    """The best `limit` sentences after `offset` of one part, best bm25 first (column `meta` weighs 0);
    `ids`, a SELECT of sentence ids, scores only those."""
    if limit < 0 or offset < 0:
        raise QueryError("limit and offset must not be negative")
    params: dict[str, Any] = {"match": part.match}
    where = ["sentences_fts MATCH :match", *_day_sql(part, f, params)]
    # bm25 over every match: the sorter keeps only limit + offset rows, so memory stays small however
    # common the words are; ties go to the most recently stored sentence
    joins = "" if len(where) == 1 else ("JOIN sentences s ON s.id = sentences_fts.rowid\n"
                                        "  JOIN letters l ON l.id = s.letter_id\n")
    if ids is not None:
        where.append(f"sentences_fts.rowid + 0 IN ({ids})")
    inner = ("SELECT sentences_fts.rowid AS id, bm25(sentences_fts, 1.0, 0.0) AS score FROM sentences_fts\n  "
             + joins + "WHERE " + "\n  AND ".join(where) + "\n"
             "ORDER BY score, sentences_fts.rowid DESC LIMIT :limit OFFSET :offset")
    sql = (f"SELECT {_ROW_COLUMNS}, h.score\n"
           f"FROM ({inner}) h\n"
           "JOIN sentences s ON s.id = h.id\n"
           "JOIN letters l ON l.id = s.letter_id\n"
           "ORDER BY h.score, s.id DESC")
    params["limit"] = limit
    params["offset"] = offset
    return sql, params


class _PartSource:
    """One part of a search as `TopK` ranks it (topk.Source): the SQL of its candidates and rows."""

    def __init__(self, conn: sqlite3.Connection, part: Part, f: SearchFilters) -> None:
        self.conn, self.part, self.f = conn, part, f

    def every(self, k: int) -> list[sqlite3.Row]:
        """The best k of every match, by FTS5."""
        return _run(self.conn, *part_sql(self.part, self.f, k, 0))

    def candidates(self, within: Within) -> list[tuple[int, str, str]]:
        """(id, stems, meta) of the candidates that meet the part's filters (its stems are `TopK`'s)."""
        params = dict(within[1])
        checks = _day_sql(self.part, self.f, params)
        if (meta := _meta_sql(self.part, params)) is not None:
            checks.append(meta)
        letters = "JOIN letters l ON l.id = s.letter_id " if self.part.days else ""
        sql = (f"SELECT s.id, s.stems, s.meta FROM sentences s {letters}WHERE s.id IN ({within[0]})"
               + "".join(f"\n  AND {c}" for c in checks))
        return [(r[0], r[1], r[2]) for r in _run(self.conn, sql, params)]

    def scored(self, ids: Sequence[int]) -> list[tuple[int, float]]:
        """(id, bm25) of the matches among `ids`, by FTS5."""
        sql, params = part_sql(self.part, self.f, len(ids), 0, "SELECT value FROM json_each(:ids)")
        params["ids"] = json.dumps(list(ids))
        return [(r["id"], r["score"]) for r in _run(self.conn, sql, params)]

    def rows(self, best: Sequence[tuple[int, float]]) -> list[dict[str, Any]]:
        """The result rows of (id, bm25), in this order."""
        sql = (f"SELECT {_ROW_COLUMNS} FROM sentences s JOIN letters l ON l.id = s.letter_id\n"
               "WHERE s.id IN (SELECT value FROM json_each(:ids))")
        got = {r["id"]: dict(r) for r in _run(self.conn, sql, {"ids": json.dumps([i for i, _ in best])})}
        return [{**got[i], "score": score} for i, score in best]


# -- highlighting in the original text --------------------------------------------------------

@dataclass(frozen=True, slots=True)
class _Unit:
    """A word of the original sentence (or two halves joined across a hyphenated line break)."""

    start: int
    end: int
    stem: str
    folded: str
    nxt: int          # index of the token after this unit


def _units(text: str) -> list[list[_Unit]]:
    """For each token position, the ways a word can start there (plain, or joined with the next)."""
    refs = [(m.start(), m.end()) for m in _FOOTNOTE_REF.finditer(text)]
    toks = [m for m in _WORD.finditer(text) if not any(a <= m.start() < b for a, b in refs)]
    words = [m.group() for m in toks]
    # a glued footnote marker (`verklaringen1`) is dropped from the indexed view: stem without it
    bare = [(g.group(1) if (g := _GLUED_MARKER.match(w)) else w) for w in words]
    folded = [fold(w) for w in bare]
    joined_idx = [i for i in range(len(toks) - 1)
                  if _HYPHEN_BREAK.fullmatch(text, toks[i].end(), toks[i + 1].start())]
    joined_words = [fold(bare[i] + bare[i + 1]) for i in joined_idx]
    stems = stem_tokens(" ".join(folded)) if folded else []
    if len(stems) != len(folded):            # a fold that split a word: stem one by one
        stems = [(stem_tokens(w) or [w])[0] for w in folded]
    joined_stems = [(stem_tokens(w) or [w])[0] for w in joined_words]
    out = [[_Unit(m.start(), m.end(), stems[i], folded[i], i + 1)] for i, m in enumerate(toks)]
    for k, i in enumerate(joined_idx):
        out[i].append(_Unit(toks[i].start(), toks[i + 1].end(), joined_stems[k], joined_words[k], i + 2))
    return out


def _unit_matches(u: _Unit, stem: str, prefix: bool) -> bool:
    if prefix:
        return u.folded.startswith(stem) or u.stem.startswith(stem)
    return u.stem == stem


def _match_at(units: list[list[_Unit]], i: int, term: Term) -> int | None:
    """End offset of a match of `term` that starts at token `i`, if there is one."""
    n = len(term.stems)

    def walk(pos: int, k: int) -> int | None:
        if pos >= len(units):
            return None
        for u in units[pos]:
            if _unit_matches(u, term.stems[k], term.kind == "prefix" and k == n - 1):
                if k == n - 1:
                    return u.end
                end = walk(u.nxt, k + 1)
                if end is not None:
                    return end
        return None

    return walk(i, 0)


def highlights(text: str, terms: Sequence[Term]) -> list[tuple[int, int]]:
    """Sorted, non-overlapping [start, end) intervals of `text` where the terms occur."""
    units = _units(text)
    found: list[tuple[int, int]] = []
    for term in terms:
        for i, opts in enumerate(units):
            end = _match_at(units, i, term)
            if end is not None:
                found.append((opts[0].start, end))
    found.sort()
    merged: list[tuple[int, int]] = []
    for s, e in found:
        if merged and s <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], e))
        else:
            merged.append((s, e))
    return merged


def _term_found(text: str, term: Term) -> bool:
    if term.kind == "prefix" and len(term.stems) == 1:        # the common case, without stemming every word
        folded = fold(text)
        return re.search(r"(?<!\w)" + re.escape(term.stems[0]), folded) is not None
    units = _units(text)
    return any(_match_at(units, i, term) is not None for i in range(len(units)))


def mark_html(text: str, spans: Sequence[tuple[int, int]], cls: str = "hit") -> str:
    """`text` as HTML with each span wrapped in `<mark>`; everything is escaped (spans sorted, disjoint)."""
    out: list[str] = []
    pos = 0
    for s, e in spans:
        out.append(html.escape(text[pos:s]))
        out.append(f'<mark class="{html.escape(cls)}">{html.escape(text[s:e])}</mark>')
        pos = e
    out.append(html.escape(text[pos:]))
    return "".join(out)


def snippet_window(text: str, spans: Sequence[tuple[int, int]], width: int = SNIPPET_CHARS) -> tuple[int, int]:
    """A window of about `width` characters around the first highlight, cut at spaces."""
    if len(text) <= width:
        return 0, len(text)
    first = spans[0][0] if spans else 0
    start = max(0, first - width // 3)
    if start > 0:
        sp = text.find(" ", start)
        start = sp + 1 if 0 <= sp < first else start
    end = min(len(text), start + width)
    if end < len(text):
        sp = text.rfind(" ", start, end)
        end = sp if sp > (spans[0][1] if spans else start) else end
    return start, end


# -- results ----------------------------------------------------------------------------------

@dataclass(slots=True)
class Hit:
    """One matching sentence with its place in the letter and the letter's summary."""

    letter_id: str
    sentence: int                    # index of the sentence in the letter
    span: tuple[int, int]            # of the sentence in the letter's stored text
    text: str                        # the sentence as stored (original text)
    highlights: list[tuple[int, int]]  # matched words, relative to `text`
    score: float                     # bm25 (lower is better)
    section: str | None
    date: str | None
    kind: str
    chamber: str | None
    subject: str | None
    source: str
    window: tuple[int, int] = (0, 0)  # the part of `text` a snippet shows
    extra: dict[str, Any] = field(default_factory=dict)

    def snippet_html(self) -> str:
        """The snippet as escaped HTML with `<mark class="hit">` around matches, `…` where cut."""
        a, b = self.window
        spans = [(max(s, a) - a, min(e, b) - a) for s, e in self.highlights if e > a and s < b]
        body = mark_html(self.text[a:b], spans)
        return ("… " if a > 0 else "") + body + (" …" if b < len(self.text) else "")

    def snippet_text(self) -> str:
        a, b = self.window
        return ("… " if a > 0 else "") + " ".join(self.text[a:b].split()) + (" …" if b < len(self.text) else "")

    def to_json(self) -> dict[str, Any]:
        d = asdict(self)
        d["span"] = list(self.span)
        d["highlights"] = [[s, e] for s, e in self.highlights]
        d["absolute_highlights"] = [[self.span[0] + s, self.span[0] + e] for s, e in self.highlights]
        d.pop("window")
        d.pop("extra")
        d["snippet"] = self.snippet_text()
        d["snippet_html"] = self.snippet_html()
        return d


def _hit(row: Row, terms: Sequence[Term]) -> Hit:
    text = row["text"]
    spans = highlights(text, terms)
    return Hit(letter_id=row["letter_id"], sentence=row["idx"], span=(row["start"], row["end"]), text=text,
               highlights=spans, score=round(row["score"], 6), section=row["section"], date=row["date"],
               kind=row["kind"], chamber=row["chamber"], subject=row["subject"], source=row["source"],
               window=snippet_window(text, spans))


def _run(conn: sqlite3.Connection, sql: str, params: dict[str, Any]) -> list[sqlite3.Row]:
    try:
        return conn.execute(sql, params).fetchall()
    except sqlite3.OperationalError as e:
        if "fts5" in str(e) or "MATCH" in str(e):
            raise QueryError(f"the query cannot be run: {e}") from e
        raise StoreError(f"search failed ({e})") from e
    except sqlite3.Error as e:
        raise StoreError(f"search failed ({e})") from e


def _year_span(conn: sqlite3.Connection) -> YearSpan | None:
    """The first and last year of the store's dated letters (two index lookups), None when none is dated."""
    lo, hi = (d[:4] if d and d[:4].isdigit() else None for d in _run(conn, *date_span())[0])
    return (int(lo), int(hi)) if lo and hi else None


def _letter_share(conn: sqlite3.Connection, f: SearchFilters) -> float:
    """About what share of the sentences the letter filters keep (as of the letters): steers `TopK` only."""
    kept, total = _run(conn, *letter_share(f))[0]
    return kept / total if total else 1.0


def _ranked(conn: sqlite3.Connection, parsed: ParsedQuery, f: SearchFilters, limit: int, offset: int,
            top: TopK | None) -> list[Row]:
    """The rows `offset` to `offset + limit` of the bm25 ranking of every match under the filters; `top`
    finds the best of each part without scoring every match (None: score them all)."""
    years = _year_span(conn) if f.since is not None or f.until is not None else None
    parts = search_parts(parsed.match, f, years)
    if len(parts) == 1 and (top is None or f.letter is not None):
        return _run(conn, *part_sql(parts[0], f, limit, offset))
    # disjoint parts: the best limit + offset of each hold the best limit + offset of all
    k = limit + offset
    rows = []
    for p in parts:
        if top is None or f.letter is not None:          # one letter's matches are few: score them all
            rows += _run(conn, *part_sql(p, f, k, 0))
        else:
            rows += top.best(k, _PartSource(conn, p, f))
    rows.sort(key=lambda r: (r["score"], -r["id"]))
    return rows[offset : offset + limit]


@contextmanager
def _snapshot(conn: sqlite3.Connection) -> Iterator[bool]:
    """One read transaction, so the store's years, the statistics and the ranking queries see the same
    letters (a caller's open transaction already is one). Yields whether it is this read transaction: in a
    caller's, FTS5 may hold writes its statistics on disk do not count yet."""
    if conn.in_transaction:
        yield False
        return
    conn.execute("BEGIN")
    try:
        yield True
    finally:
        conn.execute("COMMIT")


class _Results:
    """Hits per (database file, change stamp, terms, filters), the least recently used forgotten first.

    The stamp moves with every letter write (`Store.stamp`), so a kept result is never stale: a repeated
    search (the next page's `more` check, a feed polled again, the same query from another request)
    costs one stamp lookup instead of ranking every match again. Thread-safe; callers get copies.
    """

    def __init__(self, size: int) -> None:
        self.size = size
        self._items: OrderedDict[Hashable, list[Hit]] = OrderedDict()
        self._lock = threading.Lock()

    def get(self, key: Hashable) -> list[Hit] | None:
        with self._lock:
            hits = self._items.get(key)
            if hits is None:
                return None
            self._items.move_to_end(key)
        return [replace(h, highlights=list(h.highlights), extra=dict(h.extra)) for h in hits]

    def put(self, key: Hashable, hits: list[Hit]) -> None:
        kept = [replace(h, highlights=list(h.highlights), extra=dict(h.extra)) for h in hits]
        with self._lock:
            self._items[key] = kept
            self._items.move_to_end(key)
            while len(self._items) > self.size:
                self._items.popitem(last=False)

    def clear(self) -> None:
        with self._lock:
            self._items.clear()


RESULTS = _Results(CACHE_SIZE)


def search(store_or_conn: Store | sqlite3.Connection, query: str | ParsedQuery,
           filters: SearchFilters | None = None, *, cache: bool = True) -> list[Hit]:
    """The sentences matching `query` under `filters`, best first (bm25), with highlights.

    `filters.limit` (at most MAX_LIMIT) and `filters.offset` page through the results. A search of a
    store in a file is kept under the store's change stamp (see `_Results`); `cache=False` ranks anew.
    """
    f = filters or SearchFilters()
    if not 0 <= f.limit <= MAX_LIMIT:
        raise QueryError(f"limit {f.limit}: expected 0 to {MAX_LIMIT}")
    if f.offset < 0:
        raise QueryError(f"offset {f.offset}: must not be negative")
    parsed = query if isinstance(query, ParsedQuery) else parse_query(query)
    conn = store_or_conn.conn if isinstance(store_or_conn, Store) else store_or_conn
    if conn.row_factory is not sqlite3.Row:
        raise StoreError("search needs a connection with row_factory = sqlite3.Row (use inzet.store.connect)")
    keep = cache and isinstance(store_or_conn, Store) and store_or_conn.path != MEMORY
    with _snapshot(conn) as own:
        if not keep:
            return _search(conn, parsed, f, own)
        assert isinstance(store_or_conn, Store)
        try:
            st = os.stat(store_or_conn.path)
        except OSError as e:
            raise StoreError(f"{store_or_conn.path}: {e.strerror}") from e
        # the file's identity too: a database made anew under the same name may reach the same stamp
        key = (store_or_conn.path, st.st_dev, st.st_ino, store_or_conn.stamp(), parsed.terms, f)
        hits = RESULTS.get(key)
        if hits is None:
            hits = _search(conn, parsed, f, own)
            if len(hits) <= CACHE_HITS_MAX:
                RESULTS.put(key, hits)
        return hits


def _search(conn: sqlite3.Connection, parsed: ParsedQuery, f: SearchFilters, bounded: bool = True) -> list[Hit]:
    # `bounded`: rank with TopK (exactly bm25 over every match, scoring only the matches that can be best)
    top = TopK(conn, [t.phrases() for t in parsed.terms], lambda: _letter_share(conn, f)) if bounded else None
    if not parsed.has_prefix:
        return [_hit(r, parsed.terms) for r in _ranked(conn, parsed, f, f.limit, f.offset, top)]
    # prefix terms match a shortened stem in FTS5; keep the sentences where a word really starts so
    prefixes = [t for t in parsed.terms if t.kind == "prefix"]
    wanted = f.offset + f.limit
    kept: list[Hit] = []
    scanned = 0
    batch = max(_PREFIX_BATCH, 2 * wanted)
    while len(kept) < wanted and scanned < _PREFIX_SCAN:
        # each round ranks every match again, so rounds grow geometrically: few rounds however many are dropped
        rows = _ranked(conn, parsed, f, batch, scanned, top)
        for r in rows:
            if len(kept) < wanted and all(_term_found(r["text"], t) for t in prefixes):
                kept.append(_hit(r, parsed.terms))
        scanned += len(rows)
        if len(rows) < batch:
            break
        batch *= 4
    return kept[f.offset : wanted]
