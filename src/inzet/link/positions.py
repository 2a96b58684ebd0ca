"""Agenda positions: the sentences in which the Netherlands states what it will do or say, or promises
parliament something (rule `followup.v1`).

A position is a sentence whose subject is the Netherlands (see `inzet.link.grammar`) with a stated
intention (`zal/zullen` + infinitive) or a stance verb in the present (`zet in op`, `kijkt welwillend
naar`, `pleit`, `onderstreept`, `hecht belang aan`, `steunt` …) or the Dutch effort as the subject (`De
Nederlandse inzet is erop gericht dat …`); a commitment promises parliament
something (`zal uw Kamer informeren`, `ontvangt u …`).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any, Literal

from inzet.extract.segment import Document
from inzet.link.commitments import PARLIAMENT, announces_letter, promises_parliament
from inzet.link.grammar import actor_len, clause_words, nl_acts, states_intention
from inzet.link.meetings import meeting_finder, meeting_of
from inzet.link.motions import Motion, motion_in
from inzet.link.subjects import Word
from inzet.link.synonyms import wordset
from inzet.model import Extraction, Span

RULE = "followup.v1"

PositionKind = Literal["position", "commitment"]
Act = Literal["say", "call", "support", "inform"]

_SAY = wordset("""
onderstreept onderstrepen benadrukt benadrukken pleit pleiten wijst wijzen aangeven geeft hecht hechten
uitspreken spreekt vraagt vragen verwelkomt verwelkomen kijkt kijken steunt steunen aandacht toelichten licht
inbrengen uitdragen bepleiten bepleit aankaarten kaart benoemen benoemt melden meldt herhalen herhaalt
""")
_CALL_FUTURE = wordset("""
oproepen roept aansporen spoort aandringen dringt verzoekt oproep
""")
SUPPORT_KEYS = frozenset({"steun", "bijdrag", "lever", "doneer", "financier", "toezeg", "pakket", "munitie"})


def gives_support(keys: Iterable[str]) -> bool:
    """Do the word keys name giving support: a support word, or a compound it starts (`steunpakket`,
    `leveringen`, `munitieproductie`)?"""
    return any(k.startswith(s) for k in keys for s in SUPPORT_KEYS)

@dataclass(frozen=True, slots=True)
class Evidence:
    text: str          # the report's stored text
    span: Span
    score: float

    def to_json(self) -> dict[str, Any]:
        return {"text": self.text, "span": self.span.to_json(), "score": round(self.score, 3)}


@dataclass(slots=True)
class Position:
    """An agenda sentence in which the Netherlands states what it will do or say, or promises parliament."""

    text: str                  # the sentence as read (footnote markers and line-break hyphens dropped)
    span: Span                 # in the agenda's stored text
    kind: PositionKind
    meeting: str | None
    act: Act                   # say | call (on others) | support (giving it) | inform (parliament)
    motion: Motion | None = None
    vstart: int = 0            # view interval in the agenda
    vend: int = 0
    status: Literal["reported", "not_reported"] | None = None
    evidence: list[Evidence] = field(default_factory=list)
    rule: str = RULE

    def to_json(self) -> dict[str, Any]:
        return {"text": self.text, "span": self.span.to_json(), "kind": self.kind, "meeting": self.meeting,
                "motion": self.motion.to_json() if self.motion else None, "act": self.act,
                "status": self.status, "evidence": [e.to_json() for e in self.evidence], "rule": self.rule}


def _kind(text: str, intention: bool, nl_acts: bool) -> PositionKind | None:
    """`commitment` for a promise to parliament, `position` for another intention, None for neither (nor for a
    sentence about the letter itself)."""
    if announces_letter(text):
        return None
    if promises_parliament(text, intention, nl_acts):
        # `Nederland zal tijdens de UDCG een bijdrage aankondigen; over de omvang informeer ik uw Kamer in het
        # verslag`: what the Netherlands will do at the meeting comes first, the promise is about it
        first, sep, _rest = text.partition(";")
        if sep and not PARLIAMENT.search(first) and states_intention(clause_words(first), first):
            return "position"
        return "commitment"
    return "position" if intention else None


def act_of(ws: Sequence[Word], kind: PositionKind) -> Act:
    """What kind of act the position promises; a `dat` clause after a verb of saying is the message."""
    if kind == "commitment":
        return "inform"
    folds = [w.fold for w in ws]
    if any(f in _CALL_FUTURE for f in folds) or (
            any(f in ("vragen", "vraagt") for f in folds) and "om" in folds):
        return "call"
    part = list(ws)
    if "dat" in folds:
        d = folds.index("dat")
        after = ws[d + 1 : d + 4]
        if not any(actor_len(after, i) for i in range(len(after))):
            part = list(ws[:d])                      # `onderstrepen dat bilaterale steun moet …`
        elif any(f in _SAY for f in folds[:d]):
            part = list(ws[d + 1 :])                 # `benadrukken dat Nederland de steun voortzet`
    if any(w.fold in _SAY for w in part):
        return "say"
    if gives_support(w.key for w in part):
        return "support"
    return "say"



def positions(doc: Document, extraction: Extraction | None = None) -> list[Position]:
    """Every sentence of an agenda in which the Netherlands states an intention or promises parliament something.

    Positions that carry out a motion of parliament come first (the rows a reader looks for), the others
    follow in letter order."""
    ex = extraction
    finder = meeting_finder([m.type for m in ex.letter.meetings] if ex else [], [ex])
    out: list[Position] = []
    for idx, s in enumerate(doc.sentences):
        if s.footnote is not None:
            continue
        text = doc.sentence_text(s)
        ws = clause_words(text)
        if sum(1 for w in ws if w.fold.isalnum()) < 5 or text.rstrip().endswith("?"):
            continue
        kind = _kind(text, states_intention(ws, text), nl_acts(ws))
        if kind is None:
            continue
        out.append(Position(text=text, span=doc.span(s.start, s.end), kind=kind,
                            meeting=meeting_of(doc, idx, finder), act=act_of(ws, kind),
                            motion=motion_in(doc, s, ex), vstart=s.start, vend=s.end))
    out.sort(key=lambda p: p.motion is None)          # stable: letter order within each group
    return out


