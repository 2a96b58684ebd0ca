"""Which regexes could match a text, read off its words: skip the patterns that cannot.

Python's `re` tries a pattern that opens with a look-behind or a long alternation at every position,
so a module with dozens of patterns pays a full scan per pattern and clause. Nearly all of them
need some literal word piece; `Cues` derives those pieces from each pattern's parse tree, and a
text's words (each looked up once, then remembered) tell which patterns *could* match. Only a
necessary condition is used, so results are exactly those of running every pattern.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from functools import reduce
from operator import or_
from re import _constants as _sre
from re import _parser as _sre_parse


def trie_pattern(words: list[str] | tuple[str, ...] | dict[str, object], guard: str = "") -> str:
    """A regex alternation of literal words, factored as a trie so that `re` tries each prefix once.

    Python's `re` tries every branch of `a|b|c…` at every position; with hundreds of names that
    is the slowest part of a scan. A trie-shaped pattern matches the same words (longest first)
    several times faster. `guard`, a zero-width test, goes right after each word's first character:
    there it keeps the pattern opening with a literal, which `re` finds by a fast scan (a look-behind
    in front would make it try the whole pattern at every position).
    """
    trie: dict[str, dict] = {}
    for w in words:
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict[str, dict], after: str = "") -> str:
        alts = [re.escape(ch) + after + build(sub) for ch, sub in sorted(node.items()) if ch]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        return f"(?:{body})?" if "" in node else body

    if guard and "" in trie:
        raise ValueError("a guarded trie cannot match the empty word")
    return build(trie, guard)


_MAX_LITERALS = 4096


def _literals(items: list) -> set[str] | None:
    """Every (case-folded) string the parsed pattern `items` matches, when that is a small finite set of
    literals (a trie-shaped word list); None otherwise. Zero-width assertions are left out."""
    out = {""}
    for op, av in items:
        if op is _sre.LITERAL:
            alts: set[str] | None = {chr(av).casefold()}
        elif op is _sre.IN:
            alts = {chr(c).casefold() for o, c in av} if all(o is _sre.LITERAL for o, _ in av) else None
        elif op is _sre.BRANCH:
            subs = [_literals(alt) for alt in av[1]]
            alts = set().union(*subs) if all(x is not None for x in subs) else None
        elif op is _sre.SUBPATTERN:
            alts = _literals(av[-1])
        elif op is _sre.MAX_REPEAT and av[:2] == (0, 1):
            body = _literals(av[2])
            alts = None if body is None else body | {""}
        elif op in (_sre.AT, _sre.ASSERT_NOT):
            continue
        else:
            alts = None
        if alts is None or len(out) * len(alts) > _MAX_LITERALS:
            return None
        out = {a + b for a in out for b in alts}
    return out


def _piece(s: str) -> str:
    """The longest whitespace-free piece of a literal (what a word of the text must contain)."""
    return max(s.split() or [""], key=len)


def _required(items: list) -> frozenset[str] | None:
    """Case-folded literal pieces, one of which every match of the parsed pattern `items` contains
    within one whitespace-free word; None when the pattern guarantees no such piece."""
    best: frozenset[str] | None = None
    run: set[str] = {""}        # the literal stretch read so far, spelled every way it can be

    def consider(cand: frozenset[str] | None) -> None:
        nonlocal best
        rank = lambda c: (min(map(len, c)), -len(c))  # noqa: E731 - longest shortest piece, fewest pieces
        if cand and all(cand) and (best is None or rank(cand) > rank(best)):
            best = cand

    def flush() -> None:
        nonlocal run
        if run != {""}:
            consider(frozenset(map(_piece, run)))
        run = {""}

    for item in items:
        op, av = item
        if op in (_sre.AT, _sre.ASSERT_NOT):        # zero-width: the literals around it stay adjacent
            continue
        alts = _literals([item])
        if alts is not None and len(run) * len(alts) <= _MAX_LITERALS:
            run = {a + b for a in run for b in alts}
            continue
        flush()
        if alts is not None:
            run = alts
        elif op is _sre.BRANCH:
            subs = [_required(alt) for alt in av[1]]
            if all(x is not None for x in subs):
                consider(frozenset().union(*subs))
        elif op is _sre.SUBPATTERN:
            consider(_required(av[-1]))
        elif op is _sre.ATOMIC_GROUP:
            consider(_required(av))
        elif op in (_sre.MAX_REPEAT, _sre.MIN_REPEAT, _sre.POSSESSIVE_REPEAT) and av[0] >= 1:
            consider(_required(av[2]))
        elif op is _sre.ASSERT and av[0] > 0:           # a look-ahead's text is in the searched text too
            consider(_required(av[1]))
    flush()
    return best


class Cues:
    """Which of a set of patterns could match a text, from the pieces each requires (see above)."""

    def __init__(self, patterns: list[re.Pattern[str]], vocabs: Iterable[Vocab] = ()) -> None:
        # by the pattern's identity: a Pattern hashes its whole source on every lookup, and the readers look
        # bits up tens of thousands of times per letter batch
        self.bits: dict[int, int] = {}
        self.always = 0                                 # patterns that need no literal piece
        pieces: dict[str, int] = {}
        self._patterns = list(patterns)                 # (kept alive, so their ids stay theirs)
        for i, rx in enumerate(patterns):
            self.bits[id(rx)] = 1 << i
            need = _required(_sre_parse.parse(rx.pattern, rx.flags))
            if need is None:
                self.always |= 1 << i
            for piece in need or ():
                pieces[piece] = pieces.get(piece, 0) | 1 << i
        # the scan reports the longest piece starting at each position; shorter ones are its prefixes
        self._implied = {p: bits_or(b for q, b in pieces.items() if p.startswith(q)) for p in pieces}
        self._scan = re.compile(f"(?=({trie_pattern(sorted(pieces))}))")
        # exact bits after the cue bits: does a vocabulary's one-word part match within the word?
        self._vocabs = list(vocabs)
        self._tests: list[tuple[re.Pattern[str], int]] = []
        for v in self._vocabs:
            v.bit = 1 << (len(patterns) + len(self._tests))
            self._tests.append((v.word_rx, v.bit))
            if v.hint_rx is not None:
                v.hint_bit = 1 << (len(patterns) + len(self._tests))
                self._tests.append((v.hint_rx, v.hint_bit))
        self.words = WordCues(self._of_word)

    def bit(self, rx: re.Pattern[str]) -> int:
        """The cue bit of one of the table's patterns."""
        return self.bits[id(rx)]

    def _of_word(self, word: str) -> int:
        implied = self._implied
        bits = bits_or(implied[m.group(1)] for m in self._scan.finditer(word.casefold())) | self.always
        return bits_or(bit for rx, bit in self._tests if rx.search(word)) | bits

    def of(self, text: str) -> int:
        """A bit set of the patterns that could match `text` (searched whole, or up to an end)."""
        return reduce(or_, map(self.words.__getitem__, text.split()), self.always)


class Vocab:
    """Whether a pattern of plain words (`_STRONG`, `_DUTCH` …) occurs in a text, read off the text's words.

    A form within one whitespace-free word (`stafofficier`, `\\bNederland\\b`) occurs in a text exactly when
    it occurs in one of its words, so its test is an exact bit of the word cues (`Cues`), with no scan of
    the text; forms of several words (`militair personeel`) are looked for only when the cues allow."""

    def __init__(self, rx: re.Pattern[str], word_rx: str, multi: Iterable[str] = (), multi_rx: str = "",
                 multi_hint: Iterable[str] = ()) -> None:
        self.rx = rx                                        # the pattern whose occurrence this decides
        self.word_rx = re.compile(word_rx)                  # its one-word forms
        self.multi = tuple(multi)                           # its forms of several words, literally
        self.multi_rx = re.compile(multi_rx) if multi_rx else None
        # a word piece every occurrence of a form of several words holds (`personeel`, `kabinet`)
        hint = {*multi_hint, *(max(f.split(), key=len) for f in self.multi)}
        self.hint_rx = re.compile(trie_pattern(sorted(hint))) if hint else None
        self.bit = self.hint_bit = 0                        # set by `Cues`

    @classmethod
    def of_forms(cls, rx: re.Pattern[str], forms: Iterable[str], extra: str = "") -> Vocab:
        forms = list(forms)
        single = [f for f in forms if f.split() == [f]]
        return cls(rx, trie_pattern(single) + extra, [f for f in forms if f.split() != [f]])

    def has(self, text: str, hits: int) -> bool:
        """`bool(self.rx.search(text))`, where `hits` are the cues of `text`."""
        if hits & self.bit:
            return True
        if not hits & self.hint_bit:
            return False
        if self.multi_rx is not None and self.multi_rx.search(text):
            return True
        return any(f in text for f in self.multi)


class WordCues(dict[str, int]):
    """Cues per word, computed on first sight (the letters' vocabulary repeats; bounded all the same)."""

    def __init__(self, compute: Callable[[str], int]) -> None:
        super().__init__()
        self.compute = compute

    def __missing__(self, word: str) -> int:
        if len(self) > 200_000:
            self.clear()
        bits = self[word] = self.compute(word)
        return bits


def bits_or(bits: Iterable[int]) -> int:
    return reduce(or_, bits, 0)
