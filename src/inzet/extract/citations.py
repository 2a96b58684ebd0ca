"""Citations: references to other parliamentary papers (Kamerstukken, motions, TK documents) and URLs.

What is read (rule `citations.v1`), every mention in text order:

* Kamerstukken after a keyword (`Kamerstuk(ken)`, `kamerstuk`, `Kamerbrief`, `kenmerk`, `TK`,
  `Kamerstukken II 2022/23,`): `36 045, nr. 267`, `28676 nr. 486`, `22112-4103`, `21 501-28, nr. 247`,
  `21501-28-262`, `36 045 en 22 054, nr. 164` (the id takes the FIRST dossier), `36 200 X, nr. 5`,
  `nrs. 261 en 262` (one citation per number). Without a keyword only inside parentheses or at the
  start of a footnote, and only with an explicit `nr.`: `(36 045, nr. 151)`.
  Id: `kst-<dossier>-<nr>`, spaces dropped from the dossier, a sub-dossier kept with a hyphen.
* A garbled dossier (`Kamerbrief 2867630806 nr. 442`) is recovered when its digits start with a
  dossier the letter names elsewhere or one of the genre's standing dossiers; otherwise skipped.
* `kst-28676-429` strings as written.
* Motions: a Kamerstuk cited right after `motie …` in the same sentence or footnote
  (`Motie Klaver, Kamerstuk 36045-243`, `de motie van het lid X c.s. (Kamerstuk …)`), or in a
  footnote whose marker stands right after such a phrase (`de motie-Van Campen[1]`) or after the
  motion and what it is about (`de motie van het lid Vuijk over de evaluatie[2]`), has kind "motion".
* Tweede Kamer document numbers `2025D27846` (kind "tk-document"). Zaak numbers (`2024Z00974`)
  are not documents and are skipped.
* URLs: `https://…`, `www.…`, and bare domains with a path (`zoek.officielebekendmakingen.nl/…`).

Not read: `Handelingen II 2022/23, nr. 55` (the contract has no kind for the proceedings; a
guessed id would only add noise), ministry references (`DVB/CV-293/2012`), dates, amounts,
`artikel 100`. Web-page furniture of tkconv pages (`Nummer: 2024D29980, datum: …`, `officiële
HTML versie (kst-…)`, `Onderdeel van kamerstukdossier/zaak …`) names the letter itself and
is skipped.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from inzet import vocabulary
from inzet.extract.dutch import MONTH_RE, dossier_id
from inzet.extract.segment import Document
from inzet.model import Citation, kst_id

RULE = "citations.v1"

_SP = r"[ \t\u00a0\u202f]"
_WS = r"[\s\u00a0\u202f]"
# a dossier number: `36 045`, `36045`, `21 501-28`, `36 200 X`, `33 750-X` (parts after the first hyphen are
# parsed later)
_DOSSIER = rf"\d{{2}}{_SP}?\d{{3}}(?!\d)(?:[-–]\d{{1,4}}(?!\d))*(?:(?:{_SP}|[-–])(?:[IVXL]{{1,4}}|[A-Z])(?![\w-]))?"
_NR = rf"nrs?\.?{_WS}*"
_MONTH = MONTH_RE
# the number of a paper: digits, or the letter code of an Eerste Kamer paper (`nr. AF`, `29 521, BE`)
_CODE = r"[A-Z]{1,3}(?![\w-])"
_NUMBER = rf"(?:\d+(?!\d)|{_CODE})"
# the date a list of papers gives each one: `nr. Y, d.d. 18 oktober 2019, nr. AF d.d. 20 november 2020`
_DD = (rf"(?:{_WS}*,?{_WS}*d\.{_WS}?d\.{_WS}*\d{{1,2}}{_WS}+{_MONTH}\.?"
       rf"(?:{_WS}+(?:19|20)\d\d|{_WS}+j\.?l\.?|{_WS}+a\.?s\.?)?)")
_DD_RE = re.compile(_DD)
# one cited paper: dossier(s) and number(s)
_ITEM = re.compile(
    rf"(?P<dossiers>{_DOSSIER}(?:{_WS}*(?:,|en|&){_WS}*{_DOSSIER}(?=\s*(?:,|en|&|{_NR})))*)"
    rf"(?:{_WS}*,?{_WS}*(?P<nrkw>{_NR})(?P<nr>{_NUMBER})"
    # (`nr. 47 en 21 501-28, nr. 270`: the `21` that starts a dossier number is no number of this one)
    rf"(?P<more>(?:{_DD}?{_WS}*(?:,|en|&|t/m){_WS}*(?:{_NR})?(?:\d+(?!\d)(?![:.,]\d)(?!{_WS}*{_MONTH})"
    rf"(?!{_SP}\d{{3}}(?!\d))|{_CODE}))*)"
    rf"|{_WS}*,{_WS}*(?P<code>{_CODE})(?={_WS}*(?:[,);]|\.(?:\s|$)|d\.{_WS}?d\.)))?"
    rf"|(?P<garbled>\d{{6,12}}){_WS}*,?{_WS}*{_NR}(?P<gnr>\d+)(?!\d)"
)
# a further number of the same dossier: `nrs. 261 en 262`, `nr. 267 en nr. 268`, `nr. 180 en 186` (not
# `nr. 164, 2023`)
_MORE_NR = re.compile(rf"(?:,|en|&|t/m){_WS}*(?P<kw>{_NR})?(?P<n>{_NUMBER})")
_MOTION_AFTER = re.compile(rf"{_WS}*[,(]{_WS}*(?:gewijzigde{_WS}+)?[Mm]oties?\b")
_KEYWORD = re.compile(
    rf"(?:[Kk]amerstukken|[Kk]amerstuk|[Kk]amerbrief|[Kk]enmerk|TK|EK|Tweede{_WS}+Kamer|Eerste{_WS}+Kamer)"
    rf"(?:{_WS}+I{{1,2}}(?![\w]))?(?:{_WS}*,?{_WS}*(?:[Vv]ergaderjaar{_WS}+)?(?:19|20)\d{{2}}[/–-]\d{{2,4}})?{_WS}*,?{_WS}*"
    rf"(?:{_NR})?(?=\d)"
)
# a further paper after the first: `…, nr. 261 en 21 501-28, nr. 262`, `…; Kamerstuk …`
_NEXT = re.compile(rf"{_WS}*(?:,|;|en|&){_WS}*(?:(?:[Kk]amerstuk(?:ken)?|TK){_WS}+)?(?:{_NR})?(?=\d)")
# literal pieces to look for first (str.find is much faster than scanning with a pattern)
_KEYWORD_LITERALS = ("amerstuk", "amerbrief", "enmerk", "TK", "EK", "Tweede", "Eerste")
_BARE = re.compile(rf"\((?:zie{_WS}+)?(?={_DOSSIER}{_WS}*,{_WS}*{_NR}\d)")
_KST = re.compile(r"kst-(\d{5}(?:-\d{1,4})*)-(\d+)(?![\w-])")
_TKDOC = re.compile(r"D\d{5}(?!\w)")
_TKDOC_YEAR = re.compile(r"(?:19|20)\d\d")
_URL_CHARS = r"[^\s<>\"'«»“”‘’()\[\]]"
_URL = re.compile(
    rf"(?:[Hh][Tt][Tt][Pp][Ss]?://{_URL_CHARS}+"
    rf"|[Ww][Ww][Ww]\.[\w-]+(?:\.[\w-]+)+(?:/{_URL_CHARS}*)?"
    rf"|(?:[\w-]+\.)+(?:nl|eu|int|org|com|gov|net)/{_URL_CHARS}*)"
)
_URL_LITERALS = ("http", "HTTP", "www.", "WWW.")
# bare domains: found from the slashes (one fast single-character scan instead of a scan per domain)
_DOMAIN_LITERALS = (".nl/", ".eu/", ".int/", ".org/", ".com/", ".gov/", ".net/")
_URL_TRAIL = ".,;:!?"
# lines of web-page furniture that describe the letter itself
# (and the running footer of a Kamerstuk's pages: `Tweede Kamer, vergaderjaar 2025–2026, 29 521, nr. 512 2`)
_FURNITURE_LITERALS = ("Nummer:", "HTML versie", "Onderdeel van", "Tweede Kamer der Staten-Generaal", "ergaderjaar")
_FURNITURE_BODY = (r"[ \t]*(?:Nummer:[ \t]*\d{4}D\d+|.*officiële HTML versie|Onderdeel van (?:kamerstukdossier|zaak)"
                   r"|Tweede Kamer der Staten-Generaal"
                   r"|(?:Tweede|Eerste) Kamer, vergaderjaar \d{4}[–-]\d{4}, [\d ]+[^,\n]{0,12}, nr\. \w+(?:[ \t]+\d+)?"
                   r"[ \t]*$)[^\n]*$")
_FURNITURE = re.compile("^" + _FURNITURE_BODY, re.MULTILINE)
_FURNITURE_NL = re.compile("\n(" + _FURNITURE_BODY + ")", re.MULTILINE)
# Line-start patterns (`^…` with re.MULTILINE) are also written `\n…` for the lines after the
# first: a pattern that starts with a literal is scanned for that character, where `^` is tried
# at every position. The first line is matched with the `^` form (see _line_starts).
# a dossier heading line of the letter's own header block: `21 501-28 Defensieraad`, `28 676  NAVO`
_HEADER_REACH = 5000   # the header block sits in the first few thousand characters
_HEADER_DOSSIER_BODY = rf"[ \t]*(\d{{2}}{_SP}?\d{{3}}(?:-\d{{1,3}})?)(?=[ \t]|$)"
_HEADER_DOSSIER = re.compile("^" + _HEADER_DOSSIER_BODY, re.MULTILINE)
_HEADER_DOSSIER_NL = re.compile("\n(" + _HEADER_DOSSIER_BODY + ")", re.MULTILINE)
# standing dossiers of the genre, used only to recover a garbled dossier number
_KNOWN_DOSSIERS = vocabulary.standing_dossiers()       # `inzet/data/dossiers.txt`
# motion phrase ending right where a citation (or a footnote marker) follows
_MOTION_NAME = (r"\b[Mm]oties?(?:[- ](?:van|het|de|der|den|ter|lid|leden|en|c\.s\.|[A-ZÀ-Ý][\w'’.\-/]*|[a-z]{1,3}\.)"
                r"(?=[\s,(\-–]|$))*")
_MOTION_TAIL = re.compile(_MOTION_NAME + r"[\s,(–-]*(?:\([^()]{0,60}\)[\s,]*)?$")
# a motion and what it is about, the note's mark right after it (`De motie van het lid Vuijk over de evaluatie van de
# samenwerking met de Duitse eenheden[2] wordt …`, `uitvoering aan de motie-Boswijk inzake de munitievoorraden.[3]`,
# `de motie Van der Lee c.s. betreffende …`): a short phrase without a clause of its own (not `De motie over X is
# uitgevoerd, zoals gemeld[2]`: a verb between, the note is of something else)
_MOTION_ABOUT = re.compile(
    _MOTION_NAME + r",?\s+(?:over|inzake|betreffende|aangaande|omtrent|ten\s+aanzien\s+van|met\s+betrekking\s+tot)\s+"
    r"(?![^.;:!?()]*\b(?:is|zijn|was|waren|wordt|worden|werd|werden|heeft|hebben|had|zal|zullen|kan|kunnen|moet"
    r"|moeten|zoals)\b)[^.;:!?()]{1,140}[.!?]?\s*$")
_MOTION_WORD = re.compile(r"[Mm](?<!\w[Mm])oties?\b")    # `\b[Mm]oties?\b`, the letter first (faster)
_NOT_MOTION = re.compile(
    r"\b(?:brief|[Kk]amerbrief|verslag|antwoord|beantwoording|fiche|reactie|toezegging|nota|bijlage)\b",
    re.IGNORECASE,
)
_FOOTREF = re.compile(r"\[footnoteRef:(\d+)\]")
_STRIP_MARKUP = re.compile(r"\[footnoteRef:\d+\]|\*")


_DOSSIER_RE = re.compile(_DOSSIER)
_DASHES = re.compile(r"[-–]")
_ROMAN_TAIL = re.compile(rf"{_SP}[IVXLA-Z]$")


def _line_starts(rx: re.Pattern[str], rx_nl: re.Pattern[str], view: str, end: int,
                 group: int = 0) -> list[tuple[int, int]]:
    """(start, end) of `group` in every match of the line-start pattern `rx` in view[:end]; `rx_nl`
    is its `\n…` form for the lines after the first, with the `^…` match as group 1 (group + 1)."""
    first = rx.match(view, 0, end)
    out = [first.span(group)] if first else []
    out += [m.span(group + 1) for m in rx_nl.finditer(view, 0, end)]
    return out


def _first_dossier(dossiers: str) -> str:
    return _DOSSIER_RE.match(dossiers).group(0)  # type: ignore[union-attr]


class _Blocked:
    """View intervals already taken, with an overlap test that does not scan them all.

    Each interval is filed under the fixed-size buckets it touches, so `overlaps` looks only at the
    intervals near the query: a letter with thousands of citations costs linear time, not
    citations × intervals.
    """

    _SIZE = 1024

    def __init__(self, intervals: Iterable[tuple[int, int]] = ()) -> None:
        self._buckets: dict[int, list[tuple[int, int]]] = {}
        for a, b in intervals:
            self.append((a, b))

    def append(self, iv: tuple[int, int]) -> None:
        a, b = iv
        for k in range(a // self._SIZE, max(a, b - 1) // self._SIZE + 1):
            self._buckets.setdefault(k, []).append(iv)

    def overlaps(self, a: int, b: int) -> bool:
        """Does any interval (s, e) have s < b and a < e?"""
        if b <= a:       # an empty query overlaps what strictly holds its point
            return any(s < b and a < e for s, e in self._buckets.get(a // self._SIZE, ()))
        return any(s < b and a < e for k in range(a // self._SIZE, (b - 1) // self._SIZE + 1)
                   for s, e in self._buckets.get(k, ()))


class _Finder:
    """Collects the citations of one document."""

    def __init__(self, doc: Document) -> None:
        self.doc = doc
        self.view = doc.view
        self.found: list[tuple[int, int, str, str]] = []   # (vstart, vend, kind, id)
        self.blocked = _Blocked()
        if any(lit in self.view for lit in _FURNITURE_LITERALS):
            self.blocked = _Blocked(_line_starts(_FURNITURE, _FURNITURE_NL, self.view, len(self.view)))
        self.known = self._known_dossiers()

    def _known_dossiers(self) -> set[str]:
        known = set(_KNOWN_DOSSIERS)
        for a, b in _line_starts(_HEADER_DOSSIER, _HEADER_DOSSIER_NL, self.view, _HEADER_REACH, 1):
            known.add(dossier_id(self.view[a:b]))
        return known

    def free(self, a: int, b: int) -> bool:
        return not self.blocked.overlaps(a, b)

    def add(self, a: int, b: int, kind: str, cid: str, block: bool = True) -> None:
        if self.free(a, b):
            self.found.append((a, b, kind, cid))
            if block:
                self.blocked.append((a, b))

    def urls(self) -> None:
        view = self.view
        starts: set[int] = set()
        i = view.find("/")
        while i >= 0:
            for lit in _DOMAIN_LITERALS:
                if i + 1 >= len(lit) and view.startswith(lit, i + 1 - len(lit)):
                    a = i + 1 - len(lit)     # a bare domain: step back over the host name
                    while a > 0 and (view[a - 1].isalnum() or view[a - 1] in ".-_"):
                        a -= 1
                    starts.add(a)
            i = view.find("/", i + 1)
        for lit in _URL_LITERALS:
            i = view.find(lit)
            while i >= 0:
                a = i
                if lit[0] == ".":   # a bare domain: step back over the host name
                    while a > 0 and (view[a - 1].isalnum() or view[a - 1] in ".-_"):
                        a -= 1
                starts.add(a)
                i = view.find(lit, i + 1)
        end = -1
        for a in sorted(starts):
            if a < end or (a > 0 and (view[a - 1].isalnum() or view[a - 1] in "/.-_@")):
                continue
            m = _URL.match(view, a)
            if not m:
                continue
            a, b = m.start(), m.end()
            end = b
            while b > a and self.view[b - 1] in _URL_TRAIL:
                b -= 1
            if b - a > 4:
                self.add(a, b, "url", self.view[a:b])

    def kst_strings(self) -> None:
        for m in _KST.finditer(self.view):
            if m.start() > 0 and (self.view[m.start() - 1].isalnum() or self.view[m.start() - 1] == "_"):
                continue
            self.add(m.start(), m.end(), "kamerstuk", f"kst-{m.group(1)}-{m.group(2)}")

    def items(self, start: int, pos: int) -> None:
        """Read one or more cited papers from view offset `pos`; evidence starts at `start`."""
        while True:
            m = _ITEM.match(self.view, pos)
            if not m:
                return
            if m.group("garbled"):
                digits, nr = m.group("garbled"), m.group("gnr")
                dossier = next((d for d in sorted(self.known, key=len, reverse=True)
                                if d.isdigit() and digits.startswith(d)), None)
                if dossier:
                    self.add(start, m.end(), "kamerstuk", f"kst-{dossier}-{nr}")
            else:
                first = _first_dossier(m.group("dossiers"))
                parts = _DASHES.split(first.strip())
                if m.group("code"):
                    dossier, numbers = dossier_id(first), [(m.group("code"), m.end("code"))]
                elif m.group("nr"):
                    dossier, numbers = dossier_id(first), [(m.group("nr"), m.end("nr"))]
                    # the dates between the numbers of a list are blanked out, keeping offsets
                    more = _DD_RE.sub(lambda d: " " * len(d.group()), m.group("more") or "")
                    base = m.start("more") if more else m.end()
                    plural = m.group("nrkw").startswith("nrs")
                    for n in _MORE_NR.finditer(more):
                        # (`nr. 180 en 186`: `en` joins numbers whatever the keyword; a comma only after `nrs.`, as
                        # in `nr. 164, 2023` a year follows)
                        if not (plural or n.group("kw") or n.group(0).startswith(("en", "&"))):
                            break
                        numbers.append((n.group("n"), base + n.end()))
                elif len(parts) >= 2 and not _ROMAN_TAIL.search(first):
                    # `36045-243`, `21501-28-262`: the last part is the number
                    dossier = dossier_id("-".join(parts[:-1]))
                    numbers = [(parts[-1], m.start("dossiers") + len(first))]
                else:
                    return
                if not self.free(start, numbers[0][1]):
                    return
                for nr, end in numbers:
                    self.add(start, end, "kamerstuk", kst_id(dossier, int(nr) if nr.isdigit() else nr),
                             block=False)
                self.blocked.append((start, numbers[-1][1]))
                self.known.add(dossier)
            n = _NEXT.match(self.view, m.end())
            if not n:
                return
            pos = start = n.end()

    def kamerstukken(self) -> None:
        view = self.view
        hits: set[int] = set()
        for lit in _KEYWORD_LITERALS:
            i = view.find(lit)
            while i >= 0:
                hits.add(i - 1 if lit[0].islower() else i)
                i = view.find(lit, i + 1)
        for s in sorted(hits):
            if s < 0 or (s > 0 and (view[s - 1].isalnum() or view[s - 1] == "_")):
                continue
            m = _KEYWORD.match(view, s)
            if m and self.free(m.start(), m.end()):
                self.items(m.start(), m.end())
        for m in _BARE.finditer(self.view):
            if self.free(m.end(), m.end() + 1):
                self.items(m.end(), m.end())
        for f in self.doc.footnotes:
            if self.free(f.start, f.start + 1) and _ITEM.match(self.view, f.start):
                m = _ITEM.match(self.view, f.start)
                if m and m.group("nr"):
                    self.items(f.start, f.start)

    def tk_documents(self) -> None:
        view = self.view
        for m in _TKDOC.finditer(view):
            a = m.start() - 4
            if a < 0 or not _TKDOC_YEAR.fullmatch(view, a, m.start()):
                continue
            if a > 0 and (view[a - 1].isalnum() or view[a - 1] in "_="):
                continue
            self.add(a, m.end(), "tk-document", view[a : m.end()], block=False)


def _context(doc: Document, vstart: int, vend: int) -> tuple[int, int]:
    """View interval of the sentence or footnote a citation stands in."""
    s = doc.sentence_at(vstart)
    e = doc.sentence_at(max(vstart, vend - 1))
    if s is not None and s.footnote is not None:
        for f in doc.footnotes:
            if f.number == s.footnote:
                return f.start, f.end
    for f in doc.footnotes:
        if f.start <= vstart < f.end:
            return f.start, f.end
    if s is not None:
        return s.start, max(s.end, e.end if e is not None and e.footnote is None else s.end, vend)
    a = doc.view.rfind("\n", 0, vstart) + 1
    b = doc.view.find("\n", vstart)
    return a, max(vend, len(doc.view) if b < 0 else b)


def _footnote_markers(doc: Document) -> dict[int, int]:
    """Stored-text offset of each footnote's reference marker (`[footnoteRef:N]`), by number."""
    out: dict[int, int] = {}
    for m in _FOOTREF.finditer(doc.text):
        out.setdefault(int(m.group(1)), m.start())
    # where the normaliser took them out of the view (glued digits, `[2]`, superscripts: `Piri⁷ over`): it knows
    for v, n in doc.markers:          # (right after the character before it: where the marker itself stood)
        out.setdefault(n, doc.span(v - 1, v).end if v > 0 else 0)
    if len(out) < len(doc.footnotes):
        # glued markers (`c.s.1 over`, `luchtafweer.1 Ook`): the first such digit before the note body
        for f in doc.footnotes:
            if f.number in out:
                continue
            body = doc.span(f.start, f.end).start
            digits = str(f.number)
            i = doc.text.find(digits)
            while 0 < i < body:
                before, after = doc.text[i - 1], doc.text[i + len(digits) : i + len(digits) + 1]
                if (before.isalpha() or before in ".,;:)»”’") and (not after or after.isspace() or after in ".,;:)"):
                    out[f.number] = i
                    break
                i = doc.text.find(digits, i + 1)
    return out


# a sentence that tells what a motion asks, its note's mark at its end: `In de motie-Van Apeldoorn c.s. heeft uw Kamer
# de regering verzocht … te maken.⁴`, `De motie van het lid Piri vraagt de regering …`
_MOTION_ASKS = re.compile(r"\b[Mm]otie(?:-[A-ZÀ-Ý][\w'’-]*(?:[ \t]+[A-ZÀ-Ý][\w'’-]*)?|\s+van\s+(?:het\s+lid|de\s+leden)"
                          r"\s+[^.;]{1,60}?)(?:\s+c\.s\.)?\s+(?:heeft|hebben|verzoekt|verzocht|vraagt|vroeg|roept)\b")
_NEXT_SENTENCE = re.compile(r"(?<!c\.s)[.!?]\s+[A-ZÀ-Ý]")


# a full stop that ends a sentence (not that of `c.s.`, which names the motion's co-signers)
_STOP = re.compile(r"(?<!c\.s)\. ")


def _sentence_start(text: str, mark: int) -> int:
    """Where the sentence that a note's mark (stored offset `mark`) ends in starts, at most 200 characters back."""
    lo = max(mark - 200, 0)
    return max((m.end() for m in _STOP.finditer(text, lo, mark)), default=lo)


def _motion_asks(text: str, mark: int) -> bool:
    """Does the sentence that ends at the note's mark (stored offset `mark`) tell what a motion asks?"""
    stretch = text[max(text.rfind("\n\n", 0, mark) + 2, mark - 400, 0):mark]
    m = _MOTION_ASKS.search(stretch)
    return m is not None and not _NEXT_SENTENCE.search(stretch, m.end())


def _motion_named_before(text: str) -> bool:
    """Does `text` (the sentence before a note's mark) end in a motion phrase, or in a motion and what it is about
    (`_MOTION_ABOUT`) with no other paper named in that phrase?"""
    if _MOTION_TAIL.search(text):
        return True
    m = _MOTION_ABOUT.search(text) if "otie" in text else None
    return m is not None and not _NOT_MOTION.search(text, m.start())


def _is_motion_before(text: str) -> bool:
    """Does `text` (what precedes a citation or marker) end in a motion phrase?"""
    text = _STRIP_MARKUP.sub("", text)
    i = max((m.start() for m in _MOTION_WORD.finditer(text)), default=-1)
    if i < 0:
        return False
    tail = text[i:]
    if _MOTION_TAIL.match(tail):
        return True
    # `de motie van het lid X over … (Kamerstuk …)`: a short clause, no other paper named in between
    return len(tail) <= 140 and "(" in tail[-3:] and not _NOT_MOTION.search(tail)


def extract(doc: Document) -> list[Citation]:
    """Every citation of another paper in the letter, in text order (rule `citations.v1`)."""
    finder = _Finder(doc)
    finder.urls()
    finder.kst_strings()
    finder.kamerstukken()
    finder.tk_documents()
    markers = _footnote_markers(doc) if doc.footnotes and "otie" in doc.text else {}
    first_in_note: set[int] = set()
    out: list[Citation] = []
    prev_end: dict[tuple[int, int], int] = {}
    for a, b, kind, cid in sorted(finder.found):
        ca, cb = _context(doc, a, b)
        if kind == "kamerstuk":
            lo = max(ca, prev_end.get((ca, cb), ca))
            if _is_motion_before(doc.view[lo:a]) or _MOTION_AFTER.match(doc.view, b, cb):
                kind = "motion"
            else:
                s = doc.sentence_at(a)
                note = s.footnote if s is not None else None
                if note is not None and note not in first_in_note and note in markers:
                    t = markers[note]
                    sent_start = _sentence_start(doc.text, t)
                    if doc.view[ca:a].strip() in ("", "Zie", "zie") and (
                            _motion_named_before(_STRIP_MARKUP.sub("", doc.text[sent_start:t]))
                            or _motion_asks(doc.text, t)):
                        kind = "motion"
                if note is not None:
                    first_in_note.add(note)
        prev_end[(ca, cb)] = b
        text, span = doc.evidence(a, b)
        out.append(Citation(kind=kind, id=cid, text=text, span=span, context=doc.span(ca, cb), rule=RULE))
    return out


__all__ = ["RULE", "extract"]
