"""Which meeting a sentence of an agenda or report is about: named in it, its heading or just before it."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from inzet.extract.segment import Document
from inzet.model import Extraction

# meeting types and the names letters give them (besides the acronyms the letters define)
_MEETING_NAMES: dict[str, tuple[str, ...]] = {
    "DMM": (r"\bDMM\b", r"NAVO[- ]?[Mm]inisters van Defensie", r"[Dd]efensieministers?bijeenkomst",
            r"NAVO[- ][Dd]efensieministers",
            r"NATO Defence Ministers"),
    "FMM": (r"\bFMM\b", r"NAVO[- ]?[Mm]inisters van Buitenlandse Zaken"),
    "UDCG": (r"\bUDCG\b", r"Ukraine Defen[cs]e Contact Group"),
    "RBZ-Defensie": (r"\bRBZ[- ]Defensie\b", r"Raad (?:van )?Buitenlandse Zaken[- ]\(?Defensie\)?"),
    "RBZ": (r"\bRBZ\b", r"Raad (?:van )?Buitenlandse Zaken"),
    "NATO-top": (r"NAVO-[Tt]op\b", r"NATO[- ][Ss]ummit", r"NAVO[- ][Tt]op"),
    "NPG": (r"\bNPG\b", r"Nuclear Planning Group", r"Nucleaire Planningsgroep"),
    "Europese-Raad": (r"Europese Raad\b",),
}


Finder = list[tuple[str, re.Pattern[str]]]


def meeting_finder(types: Iterable[str], extractions: Sequence[Extraction | None]) -> Finder:
    """(type, pattern) for the meetings the letters cover: their names, short forms and defined acronyms."""
    types = list(dict.fromkeys(types))
    bases = {t.split("-")[0]: t for t in types if "-" in t and t.split("-")[0] not in types}
    out: Finder = []
    for t in types:
        pats = list(_MEETING_NAMES.get(t, (rf"\b{re.escape(t)}\b",)))
        for base, full in bases.items():      # `RBZ` is the RBZ-Defensie when no plain RBZ is covered
            if full == t:
                pats += list(_MEETING_NAMES.get(base, (rf"\b{re.escape(base)}\b",)))
        for ex in extractions:
            for a in (ex.acronyms if ex is not None else []):
                if a.short == t or bases.get(a.short) == t:
                    pats.append(re.escape(a.long))
        out.append((t, re.compile("|".join(f"(?:{p})" for p in pats))))
    return out


def meetings_named(text: str, finder: Finder) -> list[str]:
    """Meeting types named in `text`, in the order they first appear."""
    hits = []
    for t, pat in finder:
        m = pat.search(text)
        if m:
            hits.append((m.start(), t))
    return [t for _, t in sorted(hits)]


def meeting_of(doc: Document, idx: int, finder: Finder) -> str | None:
    """The meeting a sentence is about: named in it, in its heading (or the heading just above), or in the
    nearest earlier sentence of its section that names exactly one."""
    s = doc.sentences[idx]
    named = meetings_named(doc.sentence_text(s), finder)
    if named:
        return named[0]
    h = s.section
    while 0 <= h < len(doc.headings):
        named = meetings_named(doc.headings[h].title, finder)
        if named:
            return named[0]
        above = doc.headings[h - 1] if h > 0 else None
        if above is None or doc.view[above.end : doc.headings[h].start].strip():
            break
        h -= 1
    for j in range(idx - 1, -1, -1):
        p = doc.sentences[j]
        if p.section != s.section:
            break
        if p.footnote is not None:
            continue
        named = meetings_named(doc.sentence_text(p), finder)
        if named:
            return named[0] if len(named) == 1 else None
    return None


