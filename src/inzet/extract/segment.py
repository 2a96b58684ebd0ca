"""Segment a normalised letter into lines, sections, sentences and footnotes.

`Document` is what every extractor receives. All positions on it are *view* offsets; turn them
into stored-text spans with `doc.span(start, end)` (the one place offsets are converted).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from functools import cached_property
from itertools import pairwise
from typing import Any

from inzet import vocabulary
from inzet.extract.normalise import Footnote, View, header_opener_re, normalise
from inzet.model import Span

# Abbreviations after which a period never ends a sentence.
_NEVER_END = {
    "nr", "nrs", "d.d", "dd", "bijv", "o.a", "m.b.t", "t.a.v", "i.v.m", "i.c.m", "z.g", "zgn", "art", "blz",
    "ca", "resp", "incl", "excl", "mr", "dr", "drs", "ir", "prof", "mw", "mevr", "dhr", "st", "vs", "e.a",
    "m.n", "t.b.v", "i.o.m", "o.b.v", "p", "pag", "vgl", "h.e", "v.w.b", "a.i", "t/m", "jo",
    "zr.ms", "hr.ms", "zr", "hr", "ms",     # a ship of the navy: `het fregat Zr.Ms. Tromp`, `Hr. Ms. Karel Doorman`
}
# Abbreviations that may end a sentence when a capitalised word follows (`12 februari jl. Tevens`).
_MAY_END = {"jl", "j.l", "a.s", "mld", "mln", "e.d", "etc", "c.s", "eur", "usd"}

_BOUNDARY = re.compile(r"[.!?…](?:[\"'”’»)\]]*)(?=[ \t\u00a0]+[\"'“‘«(\[]?[A-ZÀ-Ý0-9•])")
_WORD_BEFORE = re.compile(r"([\w./]+)$")
_HEADING_ENDS = (".", ",", ";", ":", "!", "?")      # what a line that is no heading ends with, blanks stripped
# the gap between the columns of a table or a two-column header, as written (prose has no three blanks in a row)
COLUMN_GAP = re.compile(r"[ \t]{3,}")
_INITIALS = re.compile(r"(?:[A-Z]\.)+[A-Z]?")
_INITIAL_PAIR = re.compile(r"[A-Z][a-z]?\.[A-Z]")
# a header or letterhead line (an opener whose line is never a heading, or a dossier number) is no heading
_HEADER_START = re.compile(rf"(?:{header_opener_re(vocabulary.header_openers(never_heading=True))}|\d+ \d{{3}}\b)")


@dataclass(frozen=True, slots=True)
class Line:
    """A line of the view (a paragraph once wrapped lines are joined)."""

    start: int
    end: int
    index: int


@dataclass(frozen=True, slots=True)
class Sentence:
    """A sentence in the body or a footnote, with the index of the section it stands in."""

    start: int
    end: int
    section: int                 # index into Document.sections, -1 before the first heading
    footnote: int | None = None  # footnote number when the sentence is a footnote body


@dataclass(frozen=True, slots=True)
class Heading:
    """A section heading line."""

    title: str
    start: int
    end: int


def _is_sentence_end(view: str, pos: int) -> bool:
    """Is the period at `pos` the end of a sentence rather than an abbreviation or initial?"""
    if view[pos] != ".":
        return True
    m = _WORD_BEFORE.search(view, max(0, pos - 12), pos)
    if m is None:
        return True
    word = m.group(1)
    core = word.rstrip(".").lower()
    if core in _NEVER_END or core.lstrip("(") in _NEVER_END:
        return False
    if len(word) == 1 and word.isupper():   # an initial: `K.H. Ollongren`
        return False
    if core in _MAY_END:                    # `jl. Tevens` ends a sentence, `jl. (Kamerstuk …)` does not
        nxt = view[pos + 1 : pos + 3].lstrip()
        return bool(nxt) and nxt[0].isupper()
    # (both patterns open with a capital: a word that does not is no initial)
    if "A" <= word[0] <= "Z" and (_INITIALS.fullmatch(word + ".") or _INITIAL_PAIR.fullmatch(word)):
        return False
    if word.isdigit() and pos + 2 < len(view) and view[pos + 2].isdigit():
        return False
    return True


def split_sentences(view: str, start: int, end: int) -> list[tuple[int, int]]:
    """Sentence intervals in view[start:end] (one line); Dutch abbreviations do not end sentences."""
    out = []
    s = start
    while s < end and view[s].isspace():
        s += 1
    for m in _BOUNDARY.finditer(view, s, end):
        if view[m.start()] == "." and not _is_sentence_end(view, m.start()):     # (`!`, `?`, `…` always end one)
            continue
        e = m.end()
        if e > s:
            out.append((s, e))
        s = e
        while s < end and view[s].isspace():
            s += 1
    e = end
    while e > s and view[e - 1].isspace():
        e -= 1
    if e > s:
        out.append((s, e))
    return out


def _heading_shaped(t: str) -> bool:
    """A short line (stripped) without final punctuation is shaped like a heading (one if more text follows)."""
    if not t or len(t) > 110 or t.endswith(_HEADING_ENDS):
        return False
    if not (t[0].isupper() or t[0].isdigit()) or len(t.split()) > 14 or "\t" in t or " | " in t:
        return False
    return not _HEADER_START.match(t)


@dataclass
class Document:
    """A letter ready for extraction: stored text, normalised view, lines, sections, sentences."""

    source: str
    _v: View
    lines: list[Line] = field(default_factory=list)
    headings: list[Heading] = field(default_factory=list)
    sentences: list[Sentence] = field(default_factory=list)
    # what several extractors derive from the document and share (money's and gdp's text units):
    # kept here, so it lives exactly as long as the document does
    derived: dict[str, Any] = field(default_factory=dict, repr=False, compare=False)

    @property
    def text(self) -> str:
        """The stored text: spans index into this."""
        return self._v.text

    @property
    def view(self) -> str:
        """The normalised view: extractors match on this."""
        return self._v.view

    @property
    def footnotes(self) -> list[Footnote]:
        return self._v.footnotes

    @property
    def markers(self) -> list[tuple[int, int]]:
        """(view offset, number) of the footnote markers, in order."""
        return self._v.markers

    def pieces(self, vstart: int, vend: int) -> list[tuple[int, int, int | None]]:
        """(view start, view end, stored start or None) of the runs of a view interval (see `View.pieces`)."""
        return list(self._v.pieces(vstart, vend))

    def span(self, vstart: int, vend: int) -> Span:
        """Stored-text span of view interval [vstart, vend): the one place offsets are converted."""
        return self._v.span(vstart, vend)

    def view_offset(self, t: int) -> int | None:
        """View offset of stored offset `t` (None when the view dropped that character): for a line read as stored,
        where the view may have joined it to the line before (a table's rows as wrapped prose)."""
        return self._v.view_offset(t)

    def evidence(self, vstart: int, vend: int) -> tuple[str, Span]:
        """The stored text and span of view interval [vstart, vend), for a fact's `text` and `span`."""
        sp = self.span(vstart, vend)
        return sp.of(self.text), sp

    @cached_property
    def _sentence_starts(self) -> list[int]:
        return [s.start for s in self.sentences]

    def sentence_at(self, vpos: int) -> Sentence | None:
        """The sentence containing view offset `vpos`."""
        i = bisect_right(self._sentence_starts, vpos) - 1
        if i >= 0:
            s = self.sentences[i]
            if s.start <= vpos < max(s.end, s.start + 1):
                return s
        return None

    def sentence_text(self, s: Sentence) -> str:
        return self.view[s.start : s.end]

    def section_title(self, s: Sentence | int) -> str | None:
        """Heading of the section a sentence (or section index) belongs to."""
        i = s.section if isinstance(s, Sentence) else s
        return self.headings[i].title if 0 <= i < len(self.headings) else None

    def stored_lines(self, vstart: int, vend: int | None = None) -> Iterator[tuple[int, str]]:
        """The stored text's lines that start at or after view offset `vstart` (and before `vend`), with the stored
        offset of each: a table's rows as written, where the view may have joined short lines as wrapped prose."""
        text = self.text
        a = self.span(vstart, vstart).start
        b = self.span(vend, vend).start if vend is not None else len(text)
        pos = a if a == 0 or text[a - 1] == "\n" else text.find("\n", a) + 1
        if pos == 0 and a > 0:
            return                              # no line starts after it
        while pos < b:
            end = text.find("\n", pos)
            end = len(text) if end < 0 else end
            yield pos, text[pos:end]
            pos = end + 1

    def body_sentences(self) -> list[Sentence]:
        return [s for s in self.sentences if s.footnote is None]


def _footnote_finder(notes: list[Footnote]) -> Callable[[int, int], int | None]:
    """`footnote_of(a, b)`: the number of the first footnote (in `notes` order) whose body holds view
    interval [a, b) (one character of slack at the end), or None.

    Bodies normally do not overlap; then only the last body starting at or before `a` can hold a
    non-empty interval, found by bisection — a letter with thousands of notes would otherwise cost
    lines × notes. Bodies that do overlap keep the exact first-match scan.
    """
    by_start = sorted(notes, key=lambda f: f.start)
    starts = [f.start for f in by_start]
    disjoint = all(p.end < q.start for p, q in pairwise(by_start))

    def footnote_of(a: int, b: int) -> int | None:
        if not notes:
            return None
        if disjoint and b > a:
            i = bisect_right(starts, a) - 1
            if i >= 0 and b <= by_start[i].end + 1:
                return by_start[i].number
            return None
        return next((f.number for f in notes if f.start <= a and b <= f.end + 1), None)

    return footnote_of


def segment(source: str, text: str) -> Document:
    """Normalise `text` and split it into lines, headings, sentences and footnotes."""
    v = normalise(text)
    view = v.view
    doc = Document(source, v)
    footnote_of = _footnote_finder(v.footnotes)
    bounds = sorted({x for f in v.footnotes for x in (f.start, f.end)})

    pos = 0
    for i, n in enumerate(map(len, view.split("\n"))):   # lengths only: the strings, kept, copy the view
        doc.lines.append(Line(pos, pos + n, i))
        pos += n + 1
    section = -1
    body_started = False

    def stripped(k: int) -> str:
        return view[doc.lines[k].start : doc.lines[k].end].strip()

    def heading_at(i: int, t: str, depth: int = 0) -> bool:
        """Line i (`t`, stripped) is a heading: heading-shaped, and followed by body text (or by a sub-heading)."""
        if not _heading_shaped(t):
            return False                        # (first: most lines are prose, and this needs no other line)
        j = next((k for k in range(i + 1, min(i + 4, len(doc.lines))) if stripped(k)), None)
        if j is None or footnote_of(doc.lines[j].start, doc.lines[j].start + 1) is not None:
            return False
        nxt = stripped(j)
        return len(nxt) >= 40 or (depth == 0 and heading_at(j, nxt, 1))

    for i, ln in enumerate(doc.lines):
        line = view[ln.start : ln.end]
        t = line.strip()
        if not t:
            continue
        if footnote_of(ln.start, ln.start + len(line.rstrip())) is None:
            if body_started and heading_at(i, t):
                lead = len(line) - len(line.lstrip())
                doc.headings.append(Heading(t, ln.start + lead, ln.start + lead + len(t)))
                section = len(doc.headings) - 1
                continue
        # a line may hold body text and inline footnote bodies: split at footnote boundaries
        inner = bounds[bisect_right(bounds, ln.start) : bisect_left(bounds, ln.end)]
        for a, b in pairwise([ln.start, *inner, ln.end]):
            fn = footnote_of(a, b) if view[a:b].strip() else None
            for s, e in split_sentences(view, a, b):
                doc.sentences.append(Sentence(s, e, section, fn if fn is not None else footnote_of(s, e)))
                body_started = body_started or len(view[s:e].split()) >= 8
    return doc
