"""The lexical layer: every extractor's patterns and vocabularies in one cue table, each letter's words read once.

Each extractor registers its patterns and vocabularies at import time. A letter's sentences and
headings are split into words once; each distinct word is looked up once (then remembered) in the
table (`inzet.extract.cues.Cues`), which gives every sentence a bit set: the patterns that could
match it, and the kinds of token it holds (`DIGIT`, `YEAR`, `MONTH`, `SCALE`, `CURRENCY`,
`PERCENT`). Rules run only where the bits allow — a necessary condition, so the results are
exactly those of running every rule on every sentence.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence

from inzet.extract.cues import Cues, Vocab, bits_or
from inzet.extract.dutch import MONTH_RE
from inzet.extract.segment import Document, Heading, Sentence

_PATTERNS: list[re.Pattern[str]] = []
_VOCABS: list[Vocab] = []
_TABLE: list[Cues] = []          # the built table, once built
_GENERATION = [0]                # bumped when a late registration rebuilds the table


class _Bits(dict[int, int]):
    """The built table's bit per pattern identity, as a plain map (`search` looks bits up hundreds of times a
    letter); the first lookup builds the table."""

    def __missing__(self, key: int) -> int:
        if _TABLE:
            raise KeyError("a pattern that was never registered with the lexicon")
        table()
        return self[key]


_BITS = _Bits()


def register(*patterns: re.Pattern[str], vocabs: Iterable[Vocab] = ()) -> None:
    """Add patterns and vocabularies to the table (at import time). A module imported after the table was
    built rebuilds it on next use: bits kept from before (`sentence_hits`) are then recomputed."""
    new_p = [rx for rx in patterns if rx not in _PATTERNS]
    new_v = [v for v in vocabs if v not in _VOCABS]
    _PATTERNS.extend(dict.fromkeys(new_p))
    _VOCABS.extend(dict.fromkeys(new_v))
    if (new_p or new_v) and _TABLE:
        _TABLE.clear()
        _BITS.clear()
        _GENERATION[0] += 1


def table() -> Cues:
    """The cue table of every registered pattern and vocabulary (built once)."""
    if not _TABLE:
        _TABLE.append(Cues(list(_PATTERNS), _VOCABS))
        _BITS.update(_TABLE[0].bits)
    return _TABLE[0]


def vocabs() -> tuple[Vocab, ...]:
    """The registered vocabularies (their bits are set once the table is built)."""
    table()
    return tuple(_VOCABS)


def patterns() -> tuple[re.Pattern[str], ...]:
    """The registered patterns."""
    return tuple(_PATTERNS)


def of(text: str) -> int:
    """The cue bits of a text."""
    return table().of(text)


def bit(rx: re.Pattern[str]) -> int:
    """The cue bit of a registered pattern."""
    return _BITS[id(rx)]


def search(rx: re.Pattern[str], text: str, hits: int) -> re.Match[str] | None:
    """`rx.search(text)`, skipped when the cues `hits` of `text` say it cannot match."""
    return rx.search(text) if hits & _BITS[id(rx)] else None


def finditer(rx: re.Pattern[str], text: str, hits: int) -> Iterator[re.Match[str]]:
    """`rx.finditer(text)`, skipped when the cues `hits` of `text` say it cannot match."""
    return rx.finditer(text) if hits & _BITS[id(rx)] else iter(())


def finditer_near(rx: re.Pattern[str], text: str, back: int, ahead: int,
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


def literal_vocab(*literals: str) -> Vocab:
    """A token kind: words holding one of `literals` (none with a blank in it), as written."""
    assert all(lit.split() == [lit] for lit in literals)
    rx = "|".join(map(re.escape, literals))
    return Vocab(re.compile(rx), rx)


def _kind(pattern: str) -> Vocab:
    """A token kind read within one word (the pattern never spans a blank)."""
    return Vocab(re.compile(pattern), pattern)


# the token kinds every extractor may gate on, as the letters write them
DIGIT = _kind(r"\d")
YEAR = _kind(r"(?<!\d)(?:19|20)\d\d(?!\d)")
MONTH = _kind(rf"(?i:\b{MONTH_RE})")
# a currency sign, code or word (`€`, `EUR`, `40 miljoen euro`, `dollar`)
CURRENCY = literal_vocab("€", "$", "£", "EUR", "USD", "GBP", "euro", "dollar")
# a scale word of millions and more (`miljoen`, `miljard`, `mld.`, `mln`, `mrd`, `million`, `billion`)
SCALE = _kind(r"iljoen|iljard|m(?:ld|ln|rd)|illion")
# a percentage (`2%`, `3,5 procent`, `pct`)
PERCENT = literal_vocab("%", "procent", "Procent", "PROCENT", "pct")
register(vocabs=(DIGIT, YEAR, MONTH, CURRENCY, SCALE, PERCENT))


def bits(*kinds: Vocab) -> int:
    """The cue bits of token kinds (or other registered vocabularies), together."""
    table()
    return bits_or(v.bit for v in kinds)


def sentence_hits(doc: Document) -> list[int]:
    """The cue bits of each of the letter's sentences (in `doc.sentences` order), computed once per letter."""
    return _per_doc(doc, "sentences", doc.sentences)


def heading_hits(doc: Document) -> list[int]:
    """The cue bits of each of the letter's headings (in `doc.headings` order), computed once per letter."""
    return _per_doc(doc, "headings", doc.headings)


def _per_doc(doc: Document, what: str, spans: Sequence[Sentence] | Sequence[Heading]) -> list[int]:
    key = "lexicon." + what
    kept = doc.derived.get(key)
    if kept is None or kept[0] != _GENERATION[0]:
        view, of_ = doc.view, table().of
        kept = doc.derived[key] = (_GENERATION[0], [of_(view[s.start : s.end]) for s in spans])
    return kept[1]
