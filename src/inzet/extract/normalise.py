"""An offset-mapped normalised view of a letter's stored text.

The stored text never changes. `normalise` builds a *view* in which converter artefacts are gone
(markdown emphasis, `[footnoteRef:N]` and glued footnote markers, `[image: …]`, `Pagina 1 van 4`,
hyphenated and hard-wrapped line breaks) and keeps, for every view character, the offset of the
stored character it came from, so extractors match on clean text and report exact spans.
"""

from __future__ import annotations

import re
from array import array
from bisect import bisect_right
from collections.abc import Iterator
from dataclasses import dataclass, field

from inzet import vocabulary
from inzet.extract.dutch import CURRENCIES, SUM_SCALE_WORDS
from inzet.model import Span

# ---- what is dropped or replaced ----------------------------------------------------------------

_FOOTNOTE_REF = re.compile(r"\[footnoteRef:\d+\]")
# Each pattern starts with a cheap test of its first character (a lookahead or a literal): the
# engine then skips most positions at once instead of trying lookbehinds everywhere.
_PLACEHOLDER = re.compile(r"\[(?:image|bookmark)[^\]\n]*\]", re.IGNORECASE)   # converter placeholders
# the words a furniture line (case-insensitive) starts with, in the cases letters write them
_FURNITURE_WORDS = ("Pagina", "pagina", "PAGINA", "Page", "page", "PAGE", "blz", "Blz", "BLZ", "image", "Image",
                    "IMAGE")
_FURNITURE_GATE = re.compile("|".join(_FURNITURE_WORDS))    # one scan, not one per word
_FURNITURE_BODY = (r"([ \t]*(?:(?:Pagina|Page|blz\.?)[ \t]+\d+[ \t]+(?:van|of)[ \t]+\d+"   # page numbers
                   r"|image\d+\.(?:png|jpe?g|emf|wmf|gif))[ \t]*)(?=\r?\n|\Z)")          # leftover image names
# a furniture line: the first line, or one after a line break (a literal first: the engine skips to each line at once)
_FURNITURE_FIRST = re.compile(_FURNITURE_BODY, re.IGNORECASE)
_FURNITURE_NEXT = re.compile("\n" + _FURNITURE_BODY, re.IGNORECASE)


def _furniture_lines(text: str) -> list[re.Match[str]]:
    """The furniture lines (group 1) of a text that holds one of `_FURNITURE_WORDS` (none in another)."""
    first = _FURNITURE_FIRST.match(text)
    found = [first] if first else []
    found += _FURNITURE_NEXT.finditer(text, first.end() if first else 0)
    # (the gate after the lines: most letters have none, and the lines are found faster than the words)
    return found if found and _FURNITURE_GATE.search(text) else []
# `[1:  Kamerstuk 36 045, nr. 267. ]`: a footnote body placed inline by the DOCX converter
_INLINE_FOOTNOTE = re.compile(r"\[(\d{1,3}):[ \t]*([^\[\]]*?)[ \t]*\]")
# a footnote line at a page bottom or the end: `1 Kamerstukken 36 045 en 22 054, nr. 164.`
# the rule a document draws above its footnotes (`______________`, `----------`), on the line before the first
_RULE_BEFORE = re.compile(r"(?:^|\n)[ \t]*[_\-–—]{5,}[ \t]*\n$")
# (`[1] Zie de brief …`: a converted web page numbers its notes in brackets, and marks them `c.s.[2]`)
# (an older print numbers them `1)`, `2)` and marks them glued in the same way: `jl.1)`, `c.s.2) uit`)
_FOOTNOTE_LINE = re.compile(r"^[ \t]*(\d{1,2}\)?|[¹²³⁴⁵⁶⁷⁸⁹⁰]{1,2}|\[\d{1,2}\])[ \t]+(\S[^\n]*)$", re.MULTILINE)
_BRACKET_MARKER = re.compile(r"\[(\d{1,2})\]")
# the same after a newline: a literal first character, so the engine skips to each line at once (5x faster)
_FOOTNOTE_NEXT_LINE = re.compile(rf"\n(?={_FOOTNOTE_LINE.pattern[1:]})", re.MULTILINE)
# a footnote marker glued to the word or punctuation before it — not the decimals of a number
# (`€21,4 miljard`, `1.5 miljoen`). Digit runs are found first (fast); the rest is checked in code.
_DIGITS = "0-9¹²³⁴⁵⁶⁷⁸⁹⁰"
# a run of one or two digits right after a character that is neither blank nor digit (the run found by its
# first digit, so `re` skips to the digits): the only runs that can be glued markers
_SHORT_GLUED_RUN = re.compile(rf"[{_DIGITS}](?<=[^\s{_DIGITS}].)[{_DIGITS}]?(?![{_DIGITS}])")
_MARKER_BEFORE = set(".,;:)»”’")
# (`€21,4 miljard`: a scale word that makes a number a sum, dutch.SUM_SCALE_WORDS, or `procent` follows a number)
_MARKER_AFTER = re.compile(rf"(?=[\s.,;:)]|$)(?![ \u00a0\u202f]*(?:{'|'.join(SUM_SCALE_WORDS)}|procent)\b)")


_ASCII_DIGITS = frozenset("0123456789")


def _long_number_before(text: str, dot: int) -> bool:
    """Is the number before the point at `dot` one of three or more digits (a year or a sum, `2025–2028.1`), after
    which a digit is a glued marker, rather than a section or article number (`1.1`, `2.1`)?"""
    j = dot
    while j > 0 and text[j - 1] in _ASCII_DIGITS:
        j -= 1
    return dot - j >= 3 and (j == 0 or text[j - 1] not in ".,")


def _is_letter(c: str) -> bool:
    return c.isalpha()


def _glued_markers(text: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, digits) of numbers glued to the word or punctuation before them."""
    for m in _SHORT_GLUED_RUN.finditer(text):
        digits = m.group()
        plain, sup = digits.isascii(), not any(c.isascii() for c in digits)
        if not (plain or sup):
            continue
        before = text[m.start() - 1]
        if not (_is_letter(before) or before in _MARKER_BEFORE):
            continue
        if before == "," and m.start() >= 2 and text[m.start() - 2].isdigit():
            continue
        if plain and before.isupper() and m.start() >= 2 and text[m.start() - 2].isupper():
            continue        # `SNMCMG1`, `SNMG2`: the number of a name in capitals, not a note's mark
        if plain and before == "." and m.start() >= 2 and text[m.start() - 2] in _ASCII_DIGITS \
                and not _long_number_before(text, m.start() - 1):
            continue        # `1.1 UNTSO`, `onder 1.1, 2.1 en 3.1`: a section number (a year's `2028.1` is a marker)
        if _MARKER_AFTER.match(text, m.end()):
            yield m.start(), m.end(), digits


# a line break inside a sum, read as one space however short the line before it (`ruwweg € 0,9` / `mld. per jaar`):
# between a number and the scale word after it, a scale word and its currency word (`3 miljard` / `euro`), a
# currency sign or code and its number (`EUR` / `90 miljoen`)
_SCALE_ALT = "|".join(SUM_SCALE_WORDS)
_CUR_AFTER = "|".join(sorted({re.escape(c.form) for c in CURRENCIES if c.after and c.form[0].isalpha()}, key=len,
                             reverse=True))
_CUR_BEFORE = "|".join(re.escape(c.form) for c in CURRENCIES if c.before)
# the start of the next line (a literal first, so the engine skips to the line breaks), then the end of the line
# before it, which must hold text before the sum (a line that is a number alone is a table's or a list's)
_NEXT_LINE = re.compile(rf"\n[ \t]*(?:(?P<scale>(?i:{_SCALE_ALT}))|(?P<cur>(?i:{_CUR_AFTER}))|(?P<num>\d))"
                        r"(?(num)|(?![^\W\d_]))")
_LINE_ENDS = {
    "scale": re.compile(r"[^\W\d_][^\n]*?(?<![\d.,])\d+(?:[.,]\d+)?[ \t\r]*$"),
    "cur": re.compile(rf"[^\W\d_][^\n]*?(?<![^\W\d_])(?i:{_SCALE_ALT})\.?[ \t\r]*$"),
    "num": re.compile(rf"[^\W\d_][^\n]*?(?<![^\W\d_])(?:{_CUR_BEFORE})[ \t\r]*$"),
}


_LETTER = re.compile(r"[^\W\d_]")      # what each of `_LINE_ENDS` starts with


def _sum_breaks(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of the line breaks inside a sum."""
    for m in _NEXT_LINE.finditer(text):
        nl = m.start()
        line_start = text.rfind("\n", 0, nl) + 1
        # (a match, if any, can start at the window's first letter: one match there, not a search that retries
        # the lazy `[^\n]*?` from every letter on)
        first = _LETTER.search(text, max(line_start, nl - 200), nl)
        if first and _LINE_ENDS[m.lastgroup or "num"].match(text, first.start(), nl):
            yield (nl - 1 if text[nl - 1] == "\r" else nl), nl + 1


_SUPERSCRIPT = str.maketrans("¹²³⁴⁵⁶⁷⁸⁹⁰", "1234567890")
_EMPHASIS = re.compile(r"(?=\*)(?:\*{1,3}(?=\S)|(?<=\S)\*{1,3})")
_HYPHEN_BREAK = re.compile(r"-[ \t]*\r?\n[ \t]*(?=[^\W\d_])")   # the letter before is checked in code
_SUSPENDED = re.compile(r"(?:en|of|noch|tot|and|or)\b")
_SOFT_HYPHEN = re.compile("\u00ad")
_VOWELS = set("aeiouyAEIOUYáéíóúàèëïöüÄËÏÖÜ")


@dataclass(frozen=True, slots=True, order=True)
class Footnote:
    """A footnote body: its number and the view interval of its text (marker/brackets excluded)."""

    number: int
    start: int
    end: int


@dataclass(slots=True)
class View:
    """Normalised text plus the map back to the stored text."""

    text: str                      # the stored text
    view: str                      # the normalised view
    # the runs in machine arrays, not lists of int objects: a 20 MB letter has 230,000 runs
    _vstarts: array = field(default_factory=lambda: array("q"))   # run starts in the view
    _tstarts: array = field(default_factory=lambda: array("q"))   # matching offsets in the stored text
    _copied: array = field(default_factory=lambda: array("b"))    # run copies text (1) or is synthetic (0)
    footnotes: list[Footnote] = field(default_factory=list)
    # (view offset, number) of every footnote marker dropped from the view: where a note is cited
    markers: list[tuple[int, int]] = field(default_factory=list)

    def offset(self, v: int) -> int:
        """Stored-text offset of view character `v` (the start of a synthetic run maps to its source)."""
        if v >= len(self.view):
            return len(self.text)
        i = bisect_right(self._vstarts, v) - 1
        if self._copied[i]:
            return self._tstarts[i] + (v - self._vstarts[i])
        return self._tstarts[i]

    def view_offset(self, t: int) -> int | None:
        """View offset of stored-text offset `t`, or None when that character was dropped."""
        i = bisect_right(self._tstarts, t) - 1
        while i >= 0 and not self._copied[i]:
            i -= 1
        if i < 0:
            return None
        v = self._vstarts[i] + (t - self._tstarts[i])
        nxt = self._vstarts[i + 1] if i + 1 < len(self._vstarts) else len(self.view)
        return v if v < nxt else None

    def pieces(self, vstart: int, vend: int) -> Iterator[tuple[int, int, int | None]]:
        """(view start, view end, stored start) of the runs of view interval [vstart, vend); the stored start
        is None for a synthetic run (a line break read as a space), whose characters are in no span."""
        i = max(0, bisect_right(self._vstarts, vstart) - 1)
        while i < len(self._vstarts) and self._vstarts[i] < vend:
            a = max(vstart, self._vstarts[i])
            b = min(vend, self._vstarts[i + 1] if i + 1 < len(self._vstarts) else len(self.view))
            if b > a:
                yield a, b, (self._tstarts[i] + a - self._vstarts[i]) if self._copied[i] else None
            i += 1

    def span(self, vstart: int, vend: int) -> Span:
        """Stored-text span covering view interval [vstart, vend)."""
        if vend <= vstart:
            s = self.offset(vstart)
            return Span(s, s)
        return Span(self.offset(vstart), self.offset(vend - 1) + 1)


def _wrap_width(text: str) -> int | None:
    """Line width of hard-wrapped (PDF-like) text, or None when lines are paragraphs."""
    lengths = [len(line.rstrip()) for line in text.splitlines()]
    long = [n for n in lengths if n >= 40]
    if len(long) < 5:
        return None
    short = sorted(n for n in long if n <= 110)
    if len(short) < 0.6 * len(long):
        return None
    return short[int(0.8 * (len(short) - 1))]


_LIST_START = re.compile(r"[ \t]*(?:[-–−•·*][ \t]|\d{1,2}[.)][ \t]|[a-z][.)][ \t]|[IVX]{1,4}[ \t])")


def header_opener_re(openers: tuple[str, ...]) -> str:
    """Header openers (`inzet/data/header_openers.tsv`) as a regex alternative, each space a run of blanks."""
    return "(?:" + "|".join(r"\s+".join(map(re.escape, w.split(" "))) for w in openers) + ")"


# the words that open a header or letterhead line (`Aan de`, `Den Haag`, `Datum`, `Retouradres`)
HEADER_OPENER_RE = header_opener_re(vocabulary.header_openers())
# lines that start a header field (an opener or a dossier number), never the continuation of a wrapped paragraph
_HEADER_LINE = re.compile(rf"[ \t]*(?:\d{{2}} \d{{3}}\b|\d{{5}}\b|{HEADER_OPENER_RE})")
# what a line that ends a sentence ends with, blanks stripped
_SENTENCE_ENDS = (".", ":", ";", "!", "?", "»", "”", '"', "'", ")")


_NUMBERED = re.compile(r"[ \t]*\d{1,2}(?:\.\d{1,2})*\.?[ \t]+[A-Z]")     # `6. Hoorn van Afrika – …`, `2.1 Kosten`
# a line that starts a list item or a header field: one pattern, so each line is tried once
_NOT_CONTINUED = re.compile(rf"(?:{_LIST_START.pattern})|(?:{_HEADER_LINE.pattern})")


def _soft_breaks(text: str, width: int) -> list[tuple[int, int]]:
    """Intervals of line breaks inside wrapped paragraphs, to be read as one space."""
    out: list[tuple[int, int]] = []
    pos = 0
    lines = text.split("\n")
    wrapped, open_end, heading = 0.55 * width, 0.8 * width, 0.9 * width
    for i, line in enumerate(lines[:-1]):
        end = pos + len(line)
        nxt = lines[i + 1]
        n = len(line.rstrip())
        if (
            n >= wrapped
            and "\t" not in line
            and not (n < open_end and line.rstrip().endswith(_SENTENCE_ENDS))
            and nxt and not nxt.isspace()
            # (a numbered heading short of the wrap, above a paragraph that opens a sentence, is no wrapped line:
            # `6. Hoorn van Afrika – EU-operatie Atalanta` / `Het fregat …`)
            and not (n < heading and _NUMBERED.match(line) and nxt.lstrip()[:1].isupper())
            and not _NOT_CONTINUED.match(nxt)
        ):
            out.append((end, end + 1))
        pos = end + 1
    return out


def _glued_paren_marker(text: str, n: int, pos: int) -> bool:
    """Is note `n` marked `n)` glued to a word or punctuation somewhere before stored offset `pos` (`jl.1)`, `c.s.2)`,
    `Irak3)`; not `punt 1)` or `(1)`)?"""
    mark = f"{n})"
    i = text.find(mark, 1)
    while 0 < i < pos:
        before = text[i - 1]
        if (before.isalpha() or before in _MARKER_BEFORE) and before != ")" and not text[i - 2 : i - 1].isdigit():
            return True
        i = text.find(mark, i + 1)
    return False


def _footnote_lines(text: str) -> list[tuple[int, int, int, int, int]]:
    """(line start, line end, number, body start, body end) of numbered footnote lines.

    A line counts when it starts a number, follows a blank line or another footnote line, and the
    numbers run 1, 2, 3… through the letter: that keeps numbered headings and lists out.
    """
    found = []
    expected = 1
    prev_end = -2
    first = _FOOTNOTE_LINE.match(text)
    lines = (_FOOTNOTE_LINE.match(text, nl.end()) for nl in _FOOTNOTE_NEXT_LINE.finditer(text))
    for m in (first, *lines) if first else lines:
        assert m is not None           # the lookahead found it
        n = int(m.group(1).strip("[])").translate(_SUPERSCRIPT))
        if m.group(1).endswith(")") and not _glued_paren_marker(text, n, m.start()):
            continue        # `1) de kosten`: a numbered list, unless the body marks the note `…jl.1)`
        before = text[max(0, m.start() - 2) : m.start()]
        after_blank = m.start() == 0 or before.endswith("\n\n") or before == "\n" or prev_end == m.start() - 1 \
            or _RULE_BEFORE.search(text, max(0, m.start() - 200), m.start()) is not None
        if n == expected and after_blank and len(m.group(2)) < 400 and not m.group(2).endswith(":"):
            found.append((m.start(), m.end(), n, m.start(2), m.end()))
            expected += 1
            prev_end = m.end()
    return found


def normalise(text: str) -> View:
    """Build the normalised view of `text` with its offset map and footnote bodies."""
    ops: list[tuple[int, int, str]] = []   # (start, end, replacement) on the stored text

    notes: list[tuple[int, int, int]] = []  # (number, text start, text end) of footnote bodies
    for m in _INLINE_FOOTNOTE.finditer(text):
        ops.append((m.start(), m.start(2), "\n"))
        ops.append((m.end(2), m.end(), "\n"))
        notes.append((int(m.group(1)), m.start(2), m.end(2)))
    paren_numbers: set[int] = set()     # the notes numbered `1)`: their glued markers take the paren with them
    for ls, _le, n, bs, be in _footnote_lines(text):
        ops.append((ls, bs, ""))
        notes.append((n, bs, be))
        if text[ls:bs].rstrip().endswith(")"):
            paren_numbers.add(n)
    numbers = {n for n, _, _ in notes}
    cited: list[tuple[int, int]] = []   # (stored offset, number) of the markers
    for m in _FOOTNOTE_REF.finditer(text):
        ops.append((m.start(), m.end(), ""))
        cited.append((m.start(), int(m.group()[13:-1])))
    if numbers:
        # glued markers: `luchtafweer.1 Ook`, `verklaringen1 die`, `c.s.1 over`, `¹`
        # not the decimals of a number: `€21,4 miljard`, `1.5 miljoen`
        note_starts = sorted(s for _, s, _ in notes)
        glued = list(_glued_markers(text))
        # a letter that marks its notes with superscripts does not mark them with plain digits too: `Q1 2028`,
        # `SNMCMG1` are names there
        superscripts = any(not digits.isascii() for _, _, digits in glued)
        for start, end, digits in glued:
            if superscripts and digits.isascii():
                continue
            n = int(digits.translate(_SUPERSCRIPT))
            if n in numbers and not any(s <= start < s + 3 for s in note_starts):
                if n in paren_numbers and text.startswith(")", end):
                    end += 1
                ops.append((start, end, ""))
                cited.append((start, n))
        if "[" in text:
            for m in _BRACKET_MARKER.finditer(text):
                n = int(m.group(1))
                line_start = text.rfind("\n", 0, m.start()) + 1
                if n in numbers and text[line_start:m.start()].strip():       # not the note's own number
                    ops.append((m.start(), m.end(), ""))
                    cited.append((m.start(), n))
    for m in _PLACEHOLDER.finditer(text):
        ops.append((m.start(), m.end(), ""))
    for m in _furniture_lines(text):
        ops.append((m.start(1), m.end(1), ""))
    if "*" in text:
        for m in _EMPHASIS.finditer(text):
            ops.append((m.start(), m.end(), ""))
    for m in _SOFT_HYPHEN.finditer(text):
        ops.append((m.start(), m.end(), ""))
    for m in _HYPHEN_BREAK.finditer(text):
        if m.start() == 0 or not _is_letter(text[m.start() - 1]):
            continue
        a, b = text[m.start() - 1], text[m.end()]
        if _SUSPENDED.match(text, m.end()):  # `veiligheids-\nen defensiebeleid`: hyphen stays, break = space
            ops.append((m.start() + 1, m.end(), " "))
            continue
        keep = a.isupper() or b.isupper() or (a in _VOWELS and b in _VOWELS)
        ops.append((m.start() + (1 if keep else 0), m.end(), ""))
    for s, e in _sum_breaks(text):
        ops.append((s, e, " "))
    width = _wrap_width(text)
    if width:
        for s, e in _soft_breaks(text, width):
            ops.append((s, e, " "))
    ops.append((len(text), len(text), ""))

    ops.sort(key=lambda o: (o[0], -(o[1] - o[0])))
    view_parts: list[str] = []
    vstarts, tstarts, copied = array("q"), array("q"), array("b")
    vlen = 0
    pos = 0

    def run(s: str, tstart: int, is_copy: bool) -> None:
        nonlocal vlen
        if not s:
            return
        vstarts.append(vlen)
        tstarts.append(tstart)
        copied.append(is_copy)
        view_parts.append(s)
        vlen += len(s)

    for start, end, repl in ops:
        if start < pos:          # overlaps an op already applied
            continue
        run(text[pos:start], pos, True)
        run(repl, start, False)
        pos = end
    view = "".join(view_parts)
    if not vstarts:
        vstarts, tstarts, copied = array("q", [0]), array("q", [0]), array("b", [1])
    out = View(text, view, vstarts, tstarts, copied)
    for n, s, e in notes:
        vs, ve = out.view_offset(s), out.view_offset(e - 1) if e > s else None
        if vs is not None and ve is not None:
            out.footnotes.append(Footnote(n, vs, ve + 1))
    out.footnotes.sort()
    for t, n in sorted(cited):
        v = out.view_offset(t - 1) if t else 0
        if v is not None:
            out.markers.append((v + (1 if t else 0), n))
    return out
