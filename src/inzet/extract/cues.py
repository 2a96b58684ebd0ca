"""Which regexes could match a text, read off its words: skip the patterns that cannot.

Python's `re` tries a pattern that opens with a look-behind or a long alternation at every position,
so a module with dozens of patterns pays a full scan per pattern and clause. Nearly all of them
need some literal word piece; `Cues` derives those pieces from each pattern's parse tree, and a
text's words (each looked up once, then remembered) tell which patterns *could* match. Only a
necessary condition is used, so results are exactly those of running every pattern.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable, Iterator
from functools import reduce
from operator import or_


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


# the characters a case-insensitive letter matches beyond its two cases (checked against `re`)
FOLDS = {"i": "İı", "k": "\u212a", "s": "ſ"}


def letter_first(alts: list[str], ignorecase: bool = False) -> str:
    """`(?:a1|a2|…)` reshaped for speed as `[first chars](?:(?<=[c1])(?:rest1|…)|…)`: a pattern that
    starts with a character set lets the regex engine skip to the candidate characters instead of
    trying every position. Each alternative is a literal first character, optionally preceded by
    `\\b` (then checked after it, as `(?<!\\w.)`), and the rest; `ignorecase` reads the rests
    case-insensitively and the first characters in all their cases. Same matches, same order."""
    def cls(c: str) -> str:
        chars = c.lower() + c.upper() + FOLDS.get(c.lower(), "") if ignorecase else c
        return "".join(dict.fromkeys("\\" + ch if ch in "\\]^-[" else ch for ch in chars))

    # grouped by first character (order kept within a group: alternatives that start with
    # different characters never compete), so a candidate position takes one test per group
    groups: dict[str, list[str]] = {}
    for alt in alts:
        bound = alt.startswith("\\b")
        first, rest = (alt[2], alt[3:]) if bound else (alt[0], alt[1:])
        rest = f"(?i:{rest})" if ignorecase and rest else rest
        groups.setdefault(cls(first), []).append(("(?<!\\w.)" if bound else "") + rest)
    out = [f"(?<=[{c}])(?:{'|'.join(rests)})" for c, rests in groups.items()]
    return f"[{''.join(groups)}](?:{'|'.join(out)})"


def first_letter_split(words: list[str], guard: str = "") -> str:
    """`(?i:w1|w2|…)` reshaped for speed as `[first letters](?:(?<=[aA])(?i:rest|…)|…)`: a pattern
    that starts with a character set lets the regex engine skip to the candidate letters instead of
    trying every position. Same words, same order within a first letter (words with different
    first letters never compete). `guard`, a lookbehind, is checked right after the first letter."""
    by_first: dict[str, list[str]] = {}
    for w in words:
        by_first.setdefault(w[0].lower(), []).append(w[1:])
    firsts = "".join(c + c.upper() for c in by_first)
    rests = "|".join(f"(?<=[{c}{c.upper()}])(?i:{'|'.join(r)})" for c, r in by_first.items())
    return f"[{firsts}]{guard}(?:{rests})"


_MAX_LITERALS = 4096

# ---------------------------------------------------------------- what a pattern needs, read off its source
#
# A small reader of the regex syntax these patterns use, into a tree of the few kinds of node that
# matter for cues: literal characters, anything else that consumes text, alternatives, groups,
# repeats and zero-width tests. It is conservative by construction: what it does not know (a
# conditional, a verbose pattern) makes the pattern "always possible", never wrongly ruled out.

_Node = tuple  # ("lit", chars) | ("any",) | ("branch", [seq…]) | ("group", seq) | ("repeat", lo, hi, greedy, seq)
#               ("at",) zero width, skipped | ("ahead", seq) | ("behind", seq)
_ESC_CHARS = {"n": "\n", "t": "\t", "r": "\r", "f": "\f", "v": "\v", "a": "\a"}
_ESC_CLASSES = frozenset("dDwWsS")
_QUANT = re.compile(r"\{(\d*)(?:(,)(\d*))?\}")


# characters that stand for themselves outside a class (`{` too, unless a quantifier: left to `quantified`)
_PLAIN_RUN = re.compile(r"[^\\()\[\]{|*+?.^$]+")


def _lit_node(chars: Iterable[str], icase: bool) -> _Node:
    if icase:
        chars = {v for c in chars for v in (c, c.lower(), c.upper(), *FOLDS.get(c.lower(), ""))}
    return ("lit", frozenset(chars))


class _LitNodes(dict[str, _Node]):
    """The node of each character, made once (the patterns' tries repeat the same letters thousands of times)."""

    def __init__(self, icase: bool) -> None:
        super().__init__()
        self.icase = icase

    def __missing__(self, c: str) -> _Node:
        node = self[c] = _lit_node(c, self.icase)
        return node


_LIT_NODES = (_LitNodes(False), _LitNodes(True))       # by case-insensitive reading


class _Unsupported(ValueError):
    """Syntax the reader does not model: the pattern is treated as needing no literal piece."""


class _Reader:
    def __init__(self, src: str, ignorecase: bool = False) -> None:
        self.s, self.i = src, 0
        self.icase = ignorecase         # inside `re.I` or a `(?i:…)` group: a letter stands for its cases

    def lit(self, chars: Iterable[str]) -> _Node:
        if isinstance(chars, str) and len(chars) == 1:
            return _LIT_NODES[self.icase][chars]
        return _lit_node(chars, self.icase)

    def parse(self) -> list[_Node]:
        seq = self.alternation()
        if self.i != len(self.s):
            raise _Unsupported(f"unbalanced ) at {self.i}")
        return seq

    def alternation(self) -> list[_Node]:
        alts = [self.sequence()]
        while self.i < len(self.s) and self.s[self.i] == "|":
            self.i += 1
            alts.append(self.sequence())
        return alts[0] if len(alts) == 1 else [("branch", alts)]

    def sequence(self) -> list[_Node]:
        seq: list[_Node] = []
        s = self.s
        while self.i < len(s) and s[self.i] not in "|)":
            run = _PLAIN_RUN.match(s, self.i)
            if run is not None and run.end() - self.i > 1:
                # a run of plain characters at once: no quantifier follows any but its last
                seq.extend(map(_LIT_NODES[self.icase].__getitem__, s[self.i : run.end() - 1]))
                self.i = run.end() - 1
            atom = self.atom()
            if atom is None:
                continue
            seq.append(self.quantified(atom))
        return seq

    def quantified(self, atom: _Node) -> _Node:
        s = self.s
        if self.i >= len(s):
            return atom
        c = s[self.i]
        if c in "*+?":
            lo, hi = {"*": (0, None), "+": (1, None), "?": (0, 1)}[c]
            self.i += 1
        elif c == "{" and (m := _QUANT.match(s, self.i)) and (m.group(1) or m.group(3)):
            lo = int(m.group(1) or 0)
            hi = None if m.group(2) and not m.group(3) else int(m.group(3) or m.group(1))
            self.i = m.end()
        else:
            return atom
        greedy = True
        if self.i < len(s) and s[self.i] in "?+":
            greedy = False          # lazy or possessive: modelled like re's MIN/POSSESSIVE_REPEAT
            self.i += 1
        return ("repeat", lo, hi, greedy, [atom])

    def atom(self) -> _Node | None:
        c = self.s[self.i]
        self.i += 1
        if c == "(":
            return self.group()
        if c == "[":
            return self.char_class()
        if c == "\\":
            return self.escape(in_class=False)
        if c == ".":
            return ("any",)
        if c in "^$":
            return ("at",)
        if c in "*+?":
            raise _Unsupported(f"nothing to repeat at {self.i - 1}")
        return self.lit(c)

    def group(self) -> _Node | None:
        s = self.s
        if not s.startswith("?", self.i):
            return ("group", self.closing(self.alternation()))
        self.i += 1
        for opener, kind in (("=", "ahead"), ("!", "at"), ("<=", "behind"), ("<!", "at"), (":", "group"),
                             (">", "group")):
            if s.startswith(opener, self.i):
                self.i += len(opener)
                body = self.closing(self.alternation())
                return ("at",) if kind == "at" else (kind, body)
        if s.startswith("P<", self.i):
            self.i = s.index(">", self.i) + 1
            return ("group", self.closing(self.alternation()))
        if s.startswith("P=", self.i):
            self.i = s.index(")", self.i) + 1
            return ("any",)             # a back-reference: text, but not a literal known here
        if s.startswith("#", self.i):
            self.i = s.index(")", self.i) + 1
            return None
        m = re.compile(r"([aiLmsux]*)(?:-([imsx]+))?([:)])").match(s, self.i)
        if m is None:
            raise _Unsupported(f"group syntax (?{s[self.i:self.i + 3]} at {self.i}")
        if "x" in m.group(1):
            raise _Unsupported("verbose pattern")
        self.i = m.end()
        if m.group(3) == ")":
            self.icase = self.icase or "i" in m.group(1)    # global flags stand first: they apply to all
            return None
        outer = self.icase
        self.icase = ("i" in m.group(1) or outer) and "i" not in (m.group(2) or "")
        try:
            return ("group", self.closing(self.alternation()))
        finally:
            self.icase = outer

    def closing(self, body: list[_Node]) -> list[_Node]:
        if not self.s.startswith(")", self.i):
            raise _Unsupported("missing )")
        self.i += 1
        return body

    def escape(self, in_class: bool) -> _Node:
        s = self.s
        c = s[self.i]
        self.i += 1
        if c in _ESC_CLASSES:
            return ("any",)
        if c in "bBAZ" and not in_class:
            return ("at",)
        if c == "b":
            return self.lit("\b")
        if c in _ESC_CHARS:
            return self.lit(_ESC_CHARS[c])
        for esc, width in (("x", 2), ("u", 4), ("U", 8)):
            if c == esc:
                code, self.i = s[self.i:self.i + width], self.i + width
                return self.lit(chr(int(code, 16)))
        if c == "N":
            end = s.index("}", self.i)
            name, self.i = s[self.i + 1:end], end + 1
            return self.lit(unicodedata.lookup(name))
        if c.isdigit():
            if in_class or c == "0":
                raise _Unsupported("octal escape")
            while self.i < len(s) and s[self.i].isdigit():
                self.i += 1
            return ("any",)             # a numbered back-reference
        return self.lit(c)

    def char_class(self) -> _Node:
        s = self.s
        negated = s.startswith("^", self.i)
        self.i += negated
        chars: set[str] = set()
        literal = not negated
        first = True
        while True:
            if self.i >= len(s):
                raise _Unsupported("unterminated [")
            c = s[self.i]
            if c == "]" and not first:
                self.i += 1
                break
            first = False
            self.i += 1
            if c == "\\":
                node = self.escape(in_class=True)
                if node[0] != "lit":
                    literal = False
                    continue
                (c,) = node[1]
            if s.startswith("-", self.i) and not s.startswith("-]", self.i):
                self.i += 1                 # a range: no small set of literals (as re reads it)
                if s[self.i] == "\\":
                    self.i += 1
                    self.escape(in_class=True)
                else:
                    self.i += 1
                literal = False
                continue
            chars.add(c)
        return self.lit(chars) if literal and chars else ("any",)


def _tree(rx: re.Pattern[str]) -> list[_Node] | None:
    """The pattern's tree, or None when the reader does not model its syntax."""
    if rx.flags & re.VERBOSE:
        return None
    try:
        return _Reader(rx.pattern, bool(rx.flags & re.IGNORECASE)).parse()
    except (_Unsupported, IndexError, ValueError):
        return None


def _literals(items: list[_Node], memo: dict[int, frozenset[str] | None] | None = None) -> frozenset[str] | None:
    """Every (case-folded) string the sequence `items` matches, when that is a small finite set of
    literals (a trie-shaped word list); None otherwise. Zero-width tests are left out. `memo` keeps each
    node's strings by its identity, for the one tree it is used on (`_required` asks again for every sub-tree)."""
    memo = {} if memo is None else memo
    out: set[str] | frozenset[str] = {""}
    tail = ""               # a run of single strings (most nodes: one character), added to `out` at once
    for node in items:
        if node[0] == "at":
            continue
        alts = memo[id(node)] if id(node) in memo else _node_literals(node, memo)
        if alts is None:
            return None
        if len(alts) == 1:  # (never past the bound: `out` is within it)
            tail += next(iter(alts))
            continue
        if len(out) * len(alts) > _MAX_LITERALS:
            return None
        out = {a + tail + b for a in out for b in alts}
        tail = ""
    return frozenset({a + tail for a in out} if tail else out)


def _node_literals(node: _Node, memo: dict[int, frozenset[str] | None]) -> frozenset[str] | None:
    """`_literals` of one node (not zero width), kept in `memo`."""
    op = node[0]
    alts: set[str] | frozenset[str] | None
    if op == "lit":
        alts = frozenset(c.casefold() for c in node[1])
    elif op == "branch":
        subs = [_literals(alt, memo) for alt in node[1]]
        alts = frozenset().union(*subs) if all(x is not None for x in subs) else None  # type: ignore[arg-type]
    elif op == "group":
        alts = _literals(node[1], memo)
    elif op == "repeat" and node[1:4] == (0, 1, True):
        body = _literals(node[4], memo)
        alts = None if body is None else body | {""}
    else:
        alts = None
    memo[id(node)] = alts
    return alts


def _piece(s: str) -> str:
    """The longest whitespace-free piece of a literal (what a word of the text must contain)."""
    return max(s.split() or [""], key=len)


def _required(items: list[_Node], memo: dict[int, frozenset[str] | None] | None = None) -> frozenset[str] | None:
    """Case-folded literal pieces, one of which every match of the sequence `items` contains
    within one whitespace-free word; None when the pattern guarantees no such piece. (`memo`: see `_literals`.)"""
    memo = {} if memo is None else memo
    best: frozenset[str] | None = None
    run: set[str] | frozenset[str] = {""}       # the literal stretch read so far, spelled every way it can be
    tail = ""                                   # … and a single string after it, not yet added (as in `_literals`)

    def consider(cand: frozenset[str] | None) -> None:
        nonlocal best
        rank = lambda c: (min(map(len, c)), -len(c))  # noqa: E731 - longest shortest piece, fewest pieces
        if cand and all(cand) and (best is None or rank(cand) > rank(best)):
            best = cand

    def flush() -> None:
        nonlocal run, tail
        whole = {a + tail for a in run} if tail else run
        if whole != {""}:
            consider(frozenset(map(_piece, whole)))
        run, tail = {""}, ""

    for node in items:
        op = node[0]
        if op == "at":              # zero width: the literals around it stay adjacent
            continue
        alts = memo[id(node)] if id(node) in memo else _node_literals(node, memo)
        if alts is not None and len(alts) > _MAX_LITERALS:
            alts = None             # (as `_literals([node])` has it)
        if alts is not None and len(run) * len(alts) <= _MAX_LITERALS:
            if len(alts) == 1:
                tail += next(iter(alts))
            else:
                run = {a + tail + b for a in run for b in alts}
                tail = ""
            continue
        flush()
        if alts is not None:
            run = alts
        elif op == "branch":
            subs = [_required(alt, memo) for alt in node[1]]
            if all(x is not None for x in subs):
                consider(frozenset().union(*subs))  # type: ignore[arg-type]
        elif op == "group":
            consider(_required(node[1], memo))
        elif op == "repeat" and node[1] >= 1:
            consider(_required(node[4], memo))
        elif op == "ahead":         # a look-ahead's text is in the searched text too
            consider(_required(node[1], memo))
    flush()
    return best


def required_pieces(rx: re.Pattern[str]) -> frozenset[str] | None:
    """Case-folded word pieces one of which every match of `rx` holds; None when none is certain."""
    tree = _tree(rx)
    return None if tree is None else _required(tree)


def _leading(items: list[_Node], depth: int) -> set[str]:
    """Strings of at most `depth` characters, as the text may spell them, one of which every match of the
    sequence `items` starts with; holding "" when a match may start with anything."""
    if depth == 0 or not items:
        return {""}
    node, rest = items[0], items[1:]
    op = node[0]
    out: set[str]
    if op in ("at", "ahead", "behind"):          # zero width: the match starts with what follows
        return _leading(rest, depth)
    if op == "lit":
        tails = _leading(rest, depth - 1)
        out = {c + t for c in node[1] for t in tails}
    elif op == "branch":
        out = set().union(*(_leading(alt + rest, depth) for alt in node[1]))
    elif op == "group":
        out = _leading(node[1] + rest, depth)
    elif op == "repeat":
        lo, hi, _greedy, body = node[1:]
        out = _leading(body + (rest if lo == hi == 1 else [("any",)]), depth)
        if lo == 0:
            out |= _leading(rest, depth)
    else:
        return {""}
    return out if len(out) <= _MAX_LITERALS else {""}


def leading_pieces(rx: re.Pattern[str], most: int = 256, longest: int = 4) -> frozenset[str] | None:
    """Strings, as the text spells them, one of which every match of `rx` starts with (the longest prefixes,
    up to `longest` characters, that stay at most `most` strings); None when no such set is certain."""
    tree = _tree(rx)
    if tree is None:
        return None
    for depth in (*(d for d in (12, 8, 6) if d <= longest), *range(min(longest, 4), 0, -1)):
        lead = _leading(tree, depth)
        if "" in lead and depth <= 4:
            return None
        if "" not in lead and len(lead) <= most:
            return frozenset(lead)
    return None                 # (past four characters, "" may only say the strings were too many: then fewer)


class Scanner:
    """A pattern's matches found from a scan for the strings they can start with (`leading_pieces`).

    Python's `re` tries a pattern that opens with `\\b`, a look-around or a long alternation at every
    position of the text; a trie of the few strings a match can start with opens with a character set,
    which `re` skips to in C. The pattern itself is then tried only where one of them stands, so the
    matches are exactly those of `rx.finditer` and `rx.search`. The strings are up to 12 characters long
    (`Oekraïne`, `informele`, not `Oekr`, `info`), so that fewer places are tried; the few that start with a
    small letter are found by `str.find`, as a character set of small letters stops the scan everywhere."""

    __slots__ = ("_rest", "_small", "rx", "scan")

    def __init__(self, rx: re.Pattern[str]) -> None:
        self.rx = rx
        lead = leading_pieces(rx, longest=12)
        self.scan = re.compile(trie_pattern(sorted(lead))) if lead else None
        small = sorted(w for w in lead or () if w[0].islower())
        # (one whose start is another's is found with it: `ministers` where `minister` stands)
        small = [w for w in small if not any(w != v and w.startswith(v) for v in small)]
        if len(small) > 8:
            small = []                      # (a find per string would cost more than the scan)
        self._small = tuple(small)
        self._rest: re.Pattern[str] | None = None
        rest = sorted(set(lead or ()) - {w for w in lead or () if any(w.startswith(v) for v in small)})
        if small and rest:
            # one character per place (the rest a look-ahead): one `finditer` reports every place, overlaps too
            by_first: dict[str, list[str]] = {}
            for w in rest:
                by_first.setdefault(w[0], []).append(w[1:])
            self._rest = re.compile("|".join(re.escape(c) + ("" if "" in tails else f"(?={trie_pattern(tails)})")
                                             for c, tails in by_first.items()))

    def _starts(self, text: str, pos: int, end: int) -> list[int]:
        """Every place in text[pos:end] where a leading string stands, in order."""
        found = [m.start() for m in self._rest.finditer(text, pos, end)] if self._rest is not None else []
        for w in self._small:
            i = text.find(w, pos, end)
            while i >= 0:
                found.append(i)
                i = text.find(w, i + 1, end)
        return sorted(set(found))

    def finditer(self, text: str, pos: int = 0, endpos: int | None = None) -> Iterator[re.Match[str]]:
        """`rx.finditer(text, pos, endpos)`."""
        end = len(text) if endpos is None else endpos
        if self.scan is None:
            yield from self.rx.finditer(text, pos, end)
            return
        match = self.rx.match
        if not self._small:
            scan = self.scan.search
            while (c := scan(text, pos, end)) is not None:
                p = c.start()
                m = match(text, p, end)
                if m is None:
                    pos = p + 1
                    continue
                yield m
                pos = max(m.end(), p + 1)
            return
        for p in self._starts(text, pos, end):
            if p < pos:
                continue                    # (within the match before)
            m = match(text, p, end)
            if m is not None:
                yield m
                pos = max(m.end(), p + 1)

    def search(self, text: str, pos: int = 0, endpos: int | None = None) -> re.Match[str] | None:
        """`rx.search(text, pos, endpos)`."""
        return next(self.finditer(text, pos, endpos), None)


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
            need = required_pieces(rx)
            if need is None:
                self.always |= 1 << i
            for piece in need or ():
                pieces[piece] = pieces.get(piece, 0) | 1 << i
        # exact bits after the cue bits: does a vocabulary's one-word part match within the word?
        self._vocabs = list(vocabs)
        tests: list[tuple[re.Pattern[str], int]] = []
        for v in self._vocabs:
            v.bit = 1 << (len(patterns) + len(tests))
            tests.append((v.word_rx, v.bit))
            if v.hint_rx is not None:
                v.hint_bit = 1 << (len(patterns) + len(tests))
                tests.append((v.hint_rx, v.hint_bit))
        # each test is tried only on a word that holds a piece it requires (gate bits above all others, found by
        # the same scan; one more bit, always found, for the tests that require none): most words need no test
        self._mask = (1 << len(patterns)) - 1
        first_gate = len(patterns) + len(tests)
        self._found_always = 1 << (first_gate + len(tests))
        self._tests: list[tuple[re.Pattern[str], int, int]] = []
        for j, (rx, bit) in enumerate(tests):
            need = required_pieces(rx)
            gate = self._found_always if need is None else 1 << (first_gate + j)
            for piece in need or ():
                pieces[piece] = pieces.get(piece, 0) | gate
            self._tests.append((rx, bit, gate))
        # the scan reports the longest piece starting at each position; shorter ones are its prefixes
        self._implied = {p: bits_or(pieces.get(p[:k], 0) for k in range(1, len(p) + 1)) for p in pieces}
        self._scan = re.compile(f"(?=({trie_pattern(sorted(pieces))}))")
        self.words = WordCues(self._of_word)
        # the same less `always`, so 0 for most words: `of` skips those before it joins the rest
        self._rare = WordCues(lambda word: self.words[word] & ~self.always)

    def _of_word(self, word: str) -> int:
        implied = self._implied
        found = bits_or(implied[m.group(1)] for m in self._scan.finditer(word.casefold())) | self._found_always
        bits = found & self._mask | self.always
        return bits_or(bit for rx, bit, gate in self._tests if found & gate and rx.search(word)) | bits

    def of(self, text: str) -> int:
        """A bit set of the patterns that could match `text` (searched whole, or up to an end)."""
        return reduce(or_, filter(None, map(self._rare.__getitem__, text.split())), self.always)


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
