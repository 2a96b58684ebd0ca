"""Motions of parliament a sentence carries out (rule `motion.v1`): found in the sentence or its footnotes.

`motion_in(doc, sentence, extraction)` is the one detector: the follow-up flags motion-mandated positions
with it, and a motion tracker can run it over every sentence of every letter. The genre names a motion
as `de motie-Van Campen`, `de motie van het lid Van der Berg c.s.`, `de motie van de leden Jansen en
De Groot`, `Motie Klaver` (often in a footnote), and introduces it with `Conform`, `Overeenkomstig`,
`In lijn met`, `Zoals verzocht in`, `Ter uitvoering van` … A motion's id is the Kamerstuk the letter
cites for it (`kst-36045-243`, from the citations extractor); when the letter cites none, the id is
made of the member's name and the letter's own dossier (`motie-van-dijk-21501-28`), so two letters
naming the same motion the same way give it the same id.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from inzet.extract.dutch import fold
from inzet.extract.segment import Document, Sentence
from inzet.model import Extraction

RULE = "motion.v1"

# name particles of Dutch surnames (`Van der Berg`, `de Groot`, `in ’t Veld`, `ter Haar`)
_PARTICLE = r"(?:[Vv]an|[Dd]e|[Dd]er|[Dd]en|[Tt]er|[Tt]e|[Hh]et|[Ii]n|’t|'t)"
_SURNAME = rf"(?:{_PARTICLE}\s+)*[A-Z][\w'’-]*[a-z][\w'’-]*"
# `motie-X`, `motie X`, `motie van het lid X`, `motie van de leden X en Y`, `moties X en Y`; X may be
# preceded by a first name (`het lid Jasper van Dijk`)
_MOTION = re.compile(
    r"\b[Mm]oties?(?:-|\s+(?:van\s+(?:het\s+lid|de\s+leden)\s+)?)"
    rf"(?P<member>(?:[A-Z][a-z]+\s+(?={_PARTICLE}\s|[A-Z]))?{_SURNAME})(?P<cs>\s+c\.s\.)?")
_FOOTNOTE_REF = re.compile(r"\[footnoteRef:(\d+)\]")
_GLUED_REF = re.compile(r"(?<=[^\W\d_]|[.,;:)’”])(\d{1,2}|[¹²³⁴⁵⁶⁷⁸⁹⁰]{1,2})(?=[\s.,;:)]|$)")
_SUPERSCRIPT = str.maketrans("¹²³⁴⁵⁶⁷⁸⁹⁰", "1234567890")


@dataclass(frozen=True, slots=True)
class Motion:
    """A motion of parliament a sentence carries out: as the letter names it, its id, member and dossier."""

    text: str | None          # `motie-Van Campen`, `motie van het lid Bakker c.s.`; None when only a Kamerstuk says it
    id: str                   # the cited Kamerstuk (`kst-36045-243`) or `motie-<member>-<dossier>`
    member: str | None = None   # the (first) member who moved it, as written
    dossier: str | None = None  # the letter's own dossier, when the id is made of the member's name

    def to_json(self) -> dict[str, str | None]:
        return {"text": self.text, "id": self.id, "member": self.member, "dossier": self.dossier}


def footnotes_of(doc: Document, s: Sentence) -> list[int]:
    """Numbers of the footnotes whose markers stand in the sentence."""
    sp = doc.span(s.start, s.end)
    stored = sp.of(doc.text)
    nums = [int(n) for n in _FOOTNOTE_REF.findall(stored)]
    known = {f.number for f in doc.footnotes}
    view_text = doc.sentence_text(s)
    for m in _GLUED_REF.finditer(stored):
        n = int(m.group(1).translate(_SUPERSCRIPT))
        if n in known and n not in nums and m.group(1) not in view_text:
            nums.append(n)
    return nums


def _slug(name: str) -> str:
    """`Van der Berg` -> `van-der-berg`: the member part of a motion id."""
    return "-".join(re.findall(r"[a-z0-9]+", fold(name)))


def find_motion(text: str, pos: int = 0, endpos: int | None = None) -> re.Match[str] | None:
    """The first motion `text[pos:endpos]` names (`motie-Van Campen`, `de motie van het lid X`); group `member`."""
    return _MOTION.search(text, pos, len(text) if endpos is None else endpos)


# a motion's name with its co-movers: `motie-Paternotte/Kahraman`, `motie van de leden Jansen en De Groot c.s.`
_CO_MOVERS = re.compile(rf"(?:\s*(?:/|,|\ben\b)\s*{_SURNAME})*(?:\s+c\.s\.)?")


def strip_motion_names(text: str) -> str:
    """The text with every motion's name (`de motie van het lid Knops c.s.`, `motie-Paternotte/Kahraman`)
    blanked out, offsets kept: what a sentence says, without the motion it invokes."""
    out = text
    for m in _MOTION.finditer(text):
        end = _CO_MOVERS.match(text, m.end())
        stop = end.end() if end else m.end()
        out = out[: m.start()] + " " * (stop - m.start()) + out[stop:]
    return out


# what parliament asked, carried out without naming the motion: `Zoals uw Kamer heeft gevraagd, heb ik …`, `Op verzoek
# van uw Kamer heb ik aandacht gevraagd voor …`, `zoals door de Kamer verzocht`, `conform de wens van uw Kamer`
_KAMER = r"(?:[Uu]w|[Dd]e)\s+(?:Tweede\s+)?Kamer"
_ASKED = re.compile(
    rf"\b(?:[Zz]oals|[Cc]onform|[Oo]vereenkomstig)\s+(?:door\s+)?{_KAMER}\s+(?:(?:mij|ons|heeft|had|is|werd)\s+)*"
    r"(?:gevraagd|verzocht)\b"
    rf"|\b(?:[Zz]oals|[Cc]onform)\s+(?:gevraagd|verzocht)\s+door\s+{_KAMER}\b"
    rf"|\b(?:[Oo]p|[Cc]onform|[Oo]vereenkomstig|[Ii]n\s+lijn\s+met)\s+(?:het|de)?\s*(?:uitdrukkelijke?\s+)?"
    rf"(?:verzoek|wens)\s+van\s+{_KAMER}\b")


def asked_by_parliament(text: str) -> bool:
    """Does the sentence say it does what parliament asked, without naming a motion (`Zoals uw Kamer heeft gevraagd,
    heb ik benadrukt …`)? A report often carries out a motion in these words."""
    return _ASKED.search(text) is not None and _MOTION.search(text) is None


def without_request(text: str) -> str:
    """The sentence without the request of parliament it answers (`Zoals uw Kamer heeft gevraagd, …`): its `gevraagd`
    is parliament's, no call of the Netherlands."""
    return _ASKED.sub(" ", text)


def name_id(member: str, dossier: str | None) -> str:
    """`motie-<member>[-<dossier>]`: the id of a motion a letter names without citing its Kamerstuk."""
    return f"motie-{_slug(member)}" + (f"-{dossier}" if dossier else "")


def motion_in(doc: Document, s: Sentence, ex: Extraction | None) -> Motion | None:
    """The motion a sentence invokes, in its text or in one of its footnotes; None when it names none.

    The id is the first Kamerstuk the citations extractor marks as a motion inside the sentence or its
    footnotes; without one, `motie-<member>[-<dossier of the letter>]`.
    """
    texts = [(doc.sentence_text(s), doc.span(s.start, s.end))]
    for n in footnotes_of(doc, s):
        for f in doc.footnotes:
            if f.number == n:
                texts.append((doc.view[f.start : f.end], doc.span(f.start, f.end)))
    name: str | None = None
    member: str | None = None
    ident: str | None = None
    for text, sp in texts:
        m = _MOTION.search(text)
        if m and name is None:
            name, member = m.group(0).strip(), m.group("member")
        for c in (ex.citations if ex is not None else []):
            if c.kind == "motion" and sp.start <= c.span.start < sp.end:
                ident = ident or c.id
    if ident is not None:
        return Motion(name, ident, member)
    if member is None:
        return None
    ks = ex.letter.kamerstuk if ex is not None else None
    dossier = ks.dossiers[0] if ks is not None and ks.dossiers else None
    return Motion(name, name_id(member, dossier), member, dossier)
