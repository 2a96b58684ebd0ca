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
  footnote whose marker stands right after such a phrase (`de motie-Van Campen[1]`), has kind
  "motion".
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

from inzet.extract.segment import Document
from inzet.model import Citation

RULE = "citations.v1"

_SP = r"[ \t\u00a0\u202f]"
_WS = r"[\s\u00a0\u202f]"
# a dossier number: `36 045`, `36045`, `21 501-28`, `36 200 X` (parts after the first hyphen are parsed later)
_DOSSIER = rf"\d{{2}}{_SP}?\d{{3}}(?!\d)(?:[-–]\d{{1,4}}(?!\d))*(?:{_SP}(?:[IVXL]{{1,4}}|[A-Z])(?![\w-]))?"
_NR = rf"nrs?\.?{_WS}*"
_MONTH = (r"(?:januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december"
          r"|jan|feb|mrt|apr|jun|jul|aug|sep|okt|nov|dec)")
# one cited paper: dossier(s) and number(s)
_ITEM = re.compile(
    rf"(?P<dossiers>{_DOSSIER}(?:{_WS}*(?:,|en|&){_WS}*{_DOSSIER}(?=\s*(?:,|en|&|{_NR})))*)"
    rf"(?:{_WS}*,?{_WS}*{_NR}(?P<nr>\d+)(?!\d)"
    rf"(?P<more>(?:{_WS}*(?:,|en|&|t/m){_WS}*(?:{_NR})?\d+(?![\d:.,]\d)(?!{_WS}*{_MONTH}))*))?"
    rf"|(?P<garbled>\d{{6,12}}){_WS}*,?{_WS}*{_NR}(?P<gnr>\d+)(?!\d)"
)
_KEYWORD = re.compile(
    rf"\b(?:[Kk]amerstukken|[Kk]amerstuk|[Kk]amerbrief|[Kk]enmerk|TK|Tweede{_WS}+Kamer)"
    rf"(?:{_WS}+I{{1,2}}(?![\w]))?(?:{_WS}*,?{_WS}*(?:19|20)\d{{2}}[/–-]\d{{2,4}})?{_WS}*,?{_WS}*"
    rf"(?:{_NR})?(?=\d)"
)
# a further paper after the first: `…, nr. 261 en 21 501-28, nr. 262`, `…; Kamerstuk …`
_NEXT = re.compile(rf"{_WS}*(?:,|;|en|&){_WS}*(?:(?:[Kk]amerstuk(?:ken)?|TK){_WS}+)?(?:{_NR})?(?=\d)")
_BARE = re.compile(rf"(?:(?<=\()|(?<=\(zie ))(?={_DOSSIER}{_WS}*,{_WS}*{_NR}\d)")
_KST = re.compile(r"\bkst-(\d{5}(?:-\d{1,4})*)-(\d+)(?![\w-])")
_TKDOC = re.compile(r"(?<![\w=])((?:19|20)\d{2}D\d{5})(?!\w)")
_URL = re.compile(
    r"\bhttps?://[^\s<>\"'«»“”‘’()\[\]]+"
    r"|\bwww\.[\w-]+(?:\.[\w-]+)+(?:/[^\s<>\"'«»“”‘’()\[\]]*)?"
    r"|\b(?:[\w-]+\.)+(?:nl|eu|int|org|com|gov|net)/[^\s<>\"'«»“”‘’()\[\]]*",
    re.IGNORECASE,
)
_URL_TRAIL = ".,;:!?"
# lines of web-page furniture that describe the letter itself
_FURNITURE = re.compile(
    r"^[ \t]*(?:Nummer:[ \t]*\d{4}D\d+|.*officiële HTML versie|Onderdeel van (?:kamerstukdossier|zaak)"
    r"|Tweede Kamer der Staten-Generaal)[^\n]*$",
    re.MULTILINE,
)
# a dossier heading line of the letter's own header block: `21 501-28 Defensieraad`, `28 676  NAVO`
_HEADER_DOSSIER = re.compile(rf"^[ \t]*(\d{{2}}{_SP}?\d{{3}}(?:-\d{{1,3}})?)(?=[ \t]|$)", re.MULTILINE)
# standing dossiers of the genre, used only to recover a garbled dossier number
_KNOWN_DOSSIERS = ("21501-02", "21501-20", "21501-28", "28676", "36045", "29521", "27925", "22054",
                   "22112", "33279", "36471", "26150")
# motion phrase ending right where a citation (or a footnote marker) follows
_MOTION_TAIL = re.compile(
    r"\b[Mm]oties?(?:[- ](?:van|het|de|der|den|ter|lid|leden|en|c\.s\.|[A-ZÀ-Ý][\w'’.\-/]*|[a-z]{1,3}\.)"
    r"(?=[\s,(\-–]|$))*[\s,(–-]*(?:\([^()]{0,60}\)[\s,]*)?$",
)
_MOTION_WORD = re.compile(r"\b[Mm]oties?\b")
_NOT_MOTION = re.compile(
    r"\b(?:brief|[Kk]amerbrief|verslag|antwoord|beantwoording|fiche|reactie|toezegging|nota|bijlage)\b",
    re.IGNORECASE,
)
_FOOTREF = re.compile(r"\[footnoteRef:(\d+)\]")
_STRIP_MARKUP = re.compile(r"\[footnoteRef:\d+\]|\*")


def _dossier_id(raw: str) -> str:
    """`21 501-28` -> `21501-28`, `36 200 X` -> `36200-X`."""
    raw = raw.replace("–", "-")
    m = re.match(rf"(\d{{2}}){_SP}?(\d{{3}})((?:-\d+)*)(?:{_SP}+([IVXL]{{1,4}}|[A-Z]))?$", raw.strip())
    if not m:
        return re.sub(r"\s+", "", raw)
    out = m.group(1) + m.group(2) + m.group(3)
    if m.group(4):
        out += "-" + m.group(4)
    return out


def _first_dossier(dossiers: str) -> str:
    return re.match(_DOSSIER, dossiers).group(0)  # type: ignore[union-attr]


class _Finder:
    """Collects the citations of one document."""

    def __init__(self, doc: Document) -> None:
        self.doc = doc
        self.view = doc.view
        self.found: list[tuple[int, int, str, str]] = []   # (vstart, vend, kind, id)
        self.blocked: list[tuple[int, int]] = [(m.start(), m.end()) for m in _FURNITURE.finditer(self.view)]
        self.known = self._known_dossiers()

    def _known_dossiers(self) -> set[str]:
        known = set(_KNOWN_DOSSIERS)
        for m in _HEADER_DOSSIER.finditer(self.view):
            known.add(_dossier_id(m.group(1)))
        return known

    def free(self, a: int, b: int) -> bool:
        return not any(s < b and a < e for s, e in self.blocked)

    def add(self, a: int, b: int, kind: str, cid: str, block: bool = True) -> None:
        if self.free(a, b):
            self.found.append((a, b, kind, cid))
            if block:
                self.blocked.append((a, b))

    def urls(self) -> None:
        for m in _URL.finditer(self.view):
            a, b = m.start(), m.end()
            while b > a and self.view[b - 1] in _URL_TRAIL:
                b -= 1
            if b - a > 4:
                self.add(a, b, "url", self.view[a:b])

    def kst_strings(self) -> None:
        for m in _KST.finditer(self.view):
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
                parts = re.split(r"[-–]", first.strip())
                if m.group("nr"):
                    dossier, numbers = _dossier_id(first), [(m.group("nr"), m.end("nr"))]
                    more = m.group("more") or ""
                    base = m.start("more") if more else m.end()
                    for n in re.finditer(r"\d+", more):
                        numbers.append((n.group(0), base + n.end()))
                elif len(parts) >= 2 and not re.search(rf"{_SP}[IVXLA-Z]$", first):
                    # `36045-243`, `21501-28-262`: the last part is the number
                    dossier = _dossier_id("-".join(parts[:-1]))
                    numbers = [(parts[-1], m.start("dossiers") + len(first))]
                else:
                    return
                for nr, end in numbers:
                    self.add(start, end, "kamerstuk", f"kst-{dossier}-{int(nr)}")
                    self.known.add(dossier)
            n = _NEXT.match(self.view, m.end())
            if not n:
                return
            pos = start = n.end()

    def kamerstukken(self) -> None:
        for m in _KEYWORD.finditer(self.view):
            if self.free(m.start(), m.end()):
                self.items(m.start(), m.end())
        for m in _BARE.finditer(self.view):
            if self.free(m.start(), m.start() + 1):
                self.items(m.start(), m.start())
        for f in self.doc.footnotes:
            if self.free(f.start, f.start + 1) and _ITEM.match(self.view, f.start):
                m = _ITEM.match(self.view, f.start)
                if m and m.group("nr"):
                    self.items(f.start, f.start)

    def tk_documents(self) -> None:
        for m in _TKDOC.finditer(self.view):
            self.add(m.start(1), m.end(1), "tk-document", m.group(1), block=False)


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
    if len(out) < len(doc.footnotes):
        # glued markers (`c.s.1 over`, `luchtafweer.1 Ook`): the first such digit before the note body
        for f in doc.footnotes:
            if f.number in out:
                continue
            body = doc.span(f.start, f.end).start
            pat = re.compile(rf"(?<=[^\W\d_]|[.,;:)»”’]){f.number}(?=[\s.,;:)])")
            m = pat.search(doc.text, 0, body)
            if m:
                out[f.number] = m.start()
    return out


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
    markers = _footnote_markers(doc) if doc.footnotes else {}
    first_in_note: set[int] = set()
    out: list[Citation] = []
    prev_end: dict[tuple[int, int], int] = {}
    for a, b, kind, cid in sorted(finder.found):
        ca, cb = _context(doc, a, b)
        if kind == "kamerstuk":
            lo = max(ca, prev_end.get((ca, cb), ca))
            if _is_motion_before(doc.view[lo:a]):
                kind = "motion"
            else:
                s = doc.sentence_at(a)
                note = s.footnote if s is not None else None
                if note is not None and note not in first_in_note and note in markers:
                    t = markers[note]
                    sent_start = max(doc.text.rfind(". ", 0, t) + 2, t - 200, 0)
                    if doc.view[ca:a].strip() in ("", "Zie", "zie") and \
                            _MOTION_TAIL.search(_STRIP_MARKUP.sub("", doc.text[sent_start:t])):
                        kind = "motion"
                if note is not None:
                    first_in_note.add(note)
        prev_end[(ca, cb)] = b
        text, span = doc.evidence(a, b)
        out.append(Citation(kind=kind, id=cid, text=text, span=span, context=doc.span(ca, cb), rule=RULE))
    return out


__all__ = ["RULE", "extract"]
