"""One cue table for every pattern the deployment reader uses, so a clause's words are looked up once.

Each module of the reader registers its patterns and vocabularies when it is imported; the table
(`inzet.extract.cues.Cues`) is built on first use, after all of them. `search` and `finditer` skip a
pattern whose cues a text lacks: the results are exactly those of running the pattern.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from inzet.extract.cues import Cues, Vocab

_PATTERNS: list[re.Pattern[str]] = []
_VOCABS: list[Vocab] = []
_TABLE: list[Cues] = []          # the built table, once built


def register(*patterns: re.Pattern[str], vocabs: tuple[Vocab, ...] = ()) -> None:
    """Add patterns and vocabularies to the table (at import time, before the table is used)."""
    if _TABLE:
        raise RuntimeError("deployment patterns registered after the cue table was built")
    _PATTERNS.extend(rx for rx in patterns if rx not in _PATTERNS)
    _VOCABS.extend(v for v in vocabs if v not in _VOCABS)


def table() -> Cues:
    """The cue table of every registered pattern (built once)."""
    if not _TABLE:
        _TABLE.append(Cues(list(_PATTERNS), _VOCABS))
    return _TABLE[0]


def vocabs() -> tuple[Vocab, ...]:
    """The registered vocabularies (their bits are set once `table()` has been built)."""
    table()
    return tuple(_VOCABS)


def of(text: str) -> int:
    """The cue bits of a text."""
    return table().of(text)


def bit(rx: re.Pattern[str]) -> int:
    """The cue bit of a registered pattern."""
    return table().bit(rx)


def search(rx: re.Pattern[str], text: str, hits: int) -> re.Match[str] | None:
    """`rx.search(text)`, skipped when the cues `hits` of `text` say it cannot match."""
    return rx.search(text) if hits & bit(rx) else None


def finditer(rx: re.Pattern[str], text: str, back: int, ahead: int,
             probe: re.Pattern[str] | None = None, probe_back: int | None = None) -> Iterator[re.Match[str]]:
    """`rx.finditer(text)`, searching only around the words that hold one of its cues.

    Every match of `rx` lies within `back` words before and `ahead` words after a word with one of its
    cues. So the next match from position q on is the first one of a search (in the whole text, so
    look-arounds see the same) from `back` words before the first cue word ending after q whose window
    of words holds a match at all; windows without one are skipped (the slow scan of `re`). `probe`,
    when given, matches in every window where `rx` does, from `probe_back` words before the cue word on
    (and is cheaper to try). `rx` never matches the empty string."""
    cues = table()
    words_bits, bit_ = cues.words, bit(rx)
    words = text.split()
    marks = [i for i, w in enumerate(words) if words_bits[w] & bit_]
    if not marks:
        return
    last = min(len(words) - 1, marks[-1] + ahead)
    starts: list[int] = []
    pos = 0
    for w in words[: last + 1]:
        pos = text.find(w, pos)
        starts.append(pos)
        pos += len(w)
    probe = probe or rx
    probe_back = back if probe_back is None else probe_back
    q = k = 0
    while k < len(marks):
        i = marks[k]
        lo = max(q, starts[max(0, i - back)])
        j = min(last, i + ahead)
        if starts[i] + len(words[i]) <= q \
                or probe.search(text, max(q, starts[max(0, i - probe_back)]), starts[j] + len(words[j])) is None:
            k += 1
            continue
        m = rx.search(text, lo)
        if m is None:
            return
        yield m
        q = m.end()         # the same cue word may hold another match (`militairen-infanteriecompagnie`)
