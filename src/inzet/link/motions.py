"""Motions of parliament a sentence carries out: found in the sentence or in its footnotes."""

from __future__ import annotations

import re
from dataclasses import dataclass

from inzet.extract.segment import Document, Sentence
from inzet.model import Extraction

_MOTION = re.compile(
    r"\b[Mm]otie(?:s)?(?:-|\s+(?:van\s+(?:het\s+lid\s+|de\s+leden\s+)?)?)"
    r"((?:(?:van|de|der|den|ter|Van|De|Der|Den|Ter)\s+)?[A-Z][\w'’-]+(?:\s+(?:c\.s\.|[A-Z][\w'’-]+))*)")
_FOOTNOTE_REF = re.compile(r"\[footnoteRef:(\d+)\]")
_GLUED_REF = re.compile(r"(?<=[^\W\d_]|[.,;:)’”])(\d{1,2}|[¹²³⁴⁵⁶⁷⁸⁹⁰]{1,2})(?=[\s.,;:)]|$)")
_SUPERSCRIPT = str.maketrans("¹²³⁴⁵⁶⁷⁸⁹⁰", "1234567890")


@dataclass(frozen=True, slots=True)
class Motion:
    """A motion of parliament the position carries out: as the letter names it, and its Kamerstuk id."""

    text: str | None
    id: str | None

    def to_json(self) -> dict[str, str | None]:
        return {"text": self.text, "id": self.id}



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


def motion_of(doc: Document, s: Sentence, ex: Extraction | None) -> Motion | None:
    """The motion a sentence invokes, in its text or in one of its footnotes."""
    texts = [(doc.sentence_text(s), doc.span(s.start, s.end))]
    for n in footnotes_of(doc, s):
        for f in doc.footnotes:
            if f.number == n:
                texts.append((doc.view[f.start : f.end], doc.span(f.start, f.end)))
    name: str | None = None
    found = False
    ident: str | None = None
    for text, sp in texts:
        m = _MOTION.search(text)
        if m:
            found = True
            name = name or m.group(0).strip()
        for c in (ex.citations if ex is not None else []):
            if c.kind == "motion" and sp.start <= c.span.start < sp.end:
                found = True
                ident = ident or c.id
    return Motion(name, ident) if found else None


