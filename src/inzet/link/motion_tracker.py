"""Motion tracker: every motion of parliament the letters cite, as one record with its mentions (rule `motions.v1`).

A motion is cited by its Kamerstuk id (`de motie van het lid Klaver c.s. (Kamerstuk 36 045, nr. 243)`, a
footnote `Motie-Van Campen, Kamerstuk 21 501-20, nr. 2307` behind `de motie-Van Campen`) or only by the
member who moved it (`motie Dobbe`, `de moties Van Dijk`). Each motion is keyed by its `kst-…` id, or —
when no letter gives the id — by the member and the citing letter's dossier (`lid:van-dijk@21501-28`).
A name-only mention joins the id-keyed motion of the same member when there is exactly one.

Every mention keeps its letter, date and sentence (span in the stored text) and what the sentence says
about the motion, read from the genre's wording:

* `mandates`:     the cabinet says it will act on it (`Conform de motie … zal Nederland …`; an agenda
                  position the follow-up marks as motion-mandated always is one);
* `executed`:     `Hiermee geef ik uitvoering aan de motie …`, `Met deze brief kom ik tegemoet aan …`,
                  `wordt gevolg gegeven aan`, `Conform de motie … heeft het kabinet besloten …`;
* `partly`:       the same, `gedeeltelijk` / `deels` / `ten dele`;
* `not_executed`: `… kan ik de motie niet uitvoeren`, `ontraden`, `geen uitvoering`;
* `mentioned`:    anything else.

A motion's status is its latest classified mention. When that is a `mandates` in an agenda, the agenda's
follow-up (`inzet.link.followup`, passed in as its `inzet.followup/1` object) decides: the report is
silent → `open`, the report shows it done → `reported`, no report yet → `mandated`. So the follow-up's
motion-mandated rows and this list always agree. A motion no letter classifies takes its Tweede Kamer
vote when one is known (`aangenomen` → `open`: adopted and unanswered; `verworpen` → `rejected`;
`aangehouden` → `held`), else `mentioned`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Literal

from inzet.extract.dutch import fold
from inzet.extract.segment import Document, Sentence
from inzet.model import Extraction, Span

RULE = "motions.v1"
SCHEMA = "inzet.motions/1"

Classification = Literal["mandates", "executed", "partly", "not_executed", "mentioned"]
Status = Literal["open", "mandated", "reported", "executed", "partly", "not_executed", "rejected", "held",
                 "mentioned"]
STATUSES: tuple[str, ...] = ("open", "mandated", "reported", "executed", "partly", "not_executed", "rejected",
                             "held", "mentioned")
# what needs the cabinet's attention first
_STATUS_ORDER = {s: i for i, s in enumerate(STATUSES)}

# `motie(s)` + the member: `motie-Van Campen`, `motie Dobbe`, `motie van het lid Jasper Van Dijk c.s.`,
# `motie van de leden Klaver en Jetten`, `motie van der Brug`
_PARTICLE = r"(?:van|de|der|den|ter|te|in 't|Van|De|Der|Den|Ter|Te)"
_NAME = rf"(?:{_PARTICLE}\s+)*[A-ZÀ-Ý][\w'’]+(?:-[A-ZÀ-Ý][\w'’]+)?"
_MOTION_NAME = re.compile(
    rf"\b[Mm]oties?(?:-|\s+(?:van\s+(?:het\s+lid|de\s+leden)\s+)?)(?P<name>{_NAME}(?:\s+{_NAME})?)")
_MOTION_WORD = re.compile(r"\b[Mm]oties?\b")
# capitalised words after `motie` that are not a member
_NOT_NAMES = frozenset({"kamerstuk", "kamerstukken", "tweede", "eerste", "kamer", "nederland", "het", "deze",
                        "die", "dit", "over", "inzake", "m.b.t", "ingediend", "aangenomen", "nr"})

_FUTURE = re.compile(r"\b(?:zal|zullen|zult|gaat|ga|gaan)\b")
_CONFORM = re.compile(r"\b(?:[Cc]onform|[Oo]vereenkomstig|[Ii]n lijn met|[Zz]oals (?:gevraagd|verzocht) in|"
                      r"[Ii]n navolging van|[Gg]evolg gevend aan|[Uu]itvoering gevend aan)\b")
_PAST = re.compile(r"\b(?:heeft|hebben|is|zijn)\b[^.;]{0,80}\b(?:besloten|ge\w{3,}(?:d|t|en))\b")
_EXECUTE = re.compile(
    r"\b(?:geef|geeft|geven|gaf|gaven|gegeven)\b[^.;]{0,50}\b(?:uitvoering|gevolg|opvolging|invulling)\b"
    r"|\b(?:uitvoering|gevolg|opvolging|invulling)\b[^.;]{0,50}\b(?:gegeven|geven|geef|geeft)\b"
    r"|\btegemoet(?:\s*gekomen|gekomen)?\b|\bvoldo(?:e|et|en|ed)\b[^.;]{0,60}\baan\b"
    r"|\b(?:is|zijn|werd|werden|wordt|worden)\b[^.;]{0,60}\buitgevoerd\b|\bhiermee is\b[^.;]{0,40}\bafgedaan\b",
    re.IGNORECASE)
_NOT_EXECUTE = re.compile(
    r"\b(?:niet|geen)\b[^.;]{0,60}\b(?:uitvoer(?:en|ing|baar)|uit (?:te )?voeren|uitgevoerd)\b"
    r"|\b(?:uitvoer(?:en|ing)|uit te voeren)\b[^.;]{0,30}\b(?:niet|onmogelijk)\b"
    r"|\bontra(?:den|ad|adt)\b|\bniet tegemoet\b",
    re.IGNORECASE)
_PARTLY = re.compile(r"\b(?:gedeeltelijk|gedeeltelijke|deels|ten dele|voor een deel|grotendeels)\b", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class LetterInput:
    """One letter as the tracker reads it: ids and dates from the store, its document and extraction."""

    id: str
    date: str | None
    kind: str | None
    source: str
    doc: Document
    extraction: Extraction | None
    dossier: str | None = None          # the letter's first dossier, for motions cited without an id


@dataclass(slots=True)
class Mention:
    """A sentence of a letter that cites the motion, and what it says about it."""

    letter_id: str
    letter_date: str | None
    letter_kind: str | None
    source: str
    text: str                          # the sentence as read (footnote markers dropped)
    span: Span                         # the sentence in the letter's stored text
    classification: Classification
    cited_as: str | None = None        # `motie-Van Campen`, `Kamerstuk 21 501-20, nr. 2307`
    followup: dict[str, Any] | None = None   # for an agenda's mandate: the report, its status and evidence
    rule: str = RULE

    def to_json(self) -> dict[str, Any]:
        return {"letter_id": self.letter_id, "letter_date": self.letter_date, "letter_kind": self.letter_kind,
                "source": self.source, "text": self.text, "span": self.span.to_json(),
                "classification": self.classification, "cited_as": self.cited_as, "followup": self.followup,
                "rule": self.rule}


@dataclass(slots=True)
class Motion:
    """One motion: its id or member key, every mention in date order, the Kamer's vote when known, its status."""

    key: str
    id: str | None
    member: str | None
    mentions: list[Mention] = field(default_factory=list)
    tk: dict[str, Any] | None = None   # the Tweede Kamer's record (see inzet.sources.tk.TkMotion.to_json)
    status: Status = "mentioned"

    @property
    def last(self) -> Mention | None:
        return self.mentions[-1] if self.mentions else None

    @property
    def label(self) -> str:
        """How a reader names it: `motie-Van Campen (kst-21501-20-2307)`."""
        name = f"motie-{self.member}" if self.member else "motie"
        return f"{name} ({self.id})" if self.id else name

    def to_json(self) -> dict[str, Any]:
        return {"key": self.key, "id": self.id, "member": self.member, "label": self.label, "status": self.status,
                "tk": self.tk, "mentions": [m.to_json() for m in self.mentions]}


@dataclass(slots=True)
class MotionList:
    motions: list[Motion]

    def get(self, key: str) -> Motion | None:
        return next((m for m in self.motions if key in (m.key, m.id)), None)

    def filter(self, status: Iterable[str] | None = None, dossier: str | None = None) -> MotionList:
        """Motions with one of the statuses, and/or of a dossier (by id, or by the citing letter's dossier)."""
        keep = set(status) if status else None
        out = []
        for m in self.motions:
            if keep is not None and m.status not in keep:
                continue
            if dossier and not _in_dossier(m, dossier):
                continue
            out.append(m)
        return MotionList(out)

    def to_json(self) -> dict[str, Any]:
        return {"schema": SCHEMA, "motions": [m.to_json() for m in self.motions]}


def _in_dossier(m: Motion, dossier: str) -> bool:
    d = dossier.replace(" ", "")
    if m.id and m.id.startswith(f"kst-{d}-"):
        return True
    return m.key.endswith(f"@{d}") or bool(m.tk and d in (m.tk.get("dossiers") or []))


# ---- reading one letter -------------------------------------------------------------------------

def member_key(name: str) -> str:
    """`Van Campen`, `T. van Campen`, `van campen` → `van-campen` (initials and `c.s.` dropped)."""
    words = [w for w in re.split(r"\s+", name.strip()) if w and not re.fullmatch(r"(?:[A-Z]\.)+|c\.s\.", w)]
    return "-".join(fold(w).strip(".,") for w in words)


def _names(text: str) -> list[tuple[str, str]]:
    """(member as written, phrase as written) of each `motie …` naming a member, in order."""
    out = []
    for m in _MOTION_NAME.finditer(text):
        name = m.group("name")
        words = name.split()
        while words and fold(words[-1]).strip(".") in _NOT_NAMES:
            words.pop()
        if not words or fold(words[0]) in _NOT_NAMES:
            continue
        # `motie Dobbe m.b.t. Soedan`: a second capitalised word after a full name is another sentence part
        name = " ".join(words)
        out.append((name, m.group(0)[: m.start("name") - m.start()] + name))
    return out


def classify(text: str, letter_kind: str | None = None) -> Classification:
    """What a sentence that cites a motion says about it (see the module docstring)."""
    if _NOT_EXECUTE.search(text):
        return "not_executed"
    future = bool(_FUTURE.search(text))
    if _EXECUTE.search(text):
        if future:
            return "mandates"                   # `zal ik uitvoering geven aan de motie`
        return "partly" if _PARTLY.search(text) else "executed"
    if _CONFORM.search(text):
        if future:
            return "mandates"
        if _PAST.search(text):
            return "partly" if _PARTLY.search(text) else "executed"
        if letter_kind == "agenda":
            return "mandates"                   # `Conform de motie … zet Nederland zich in voor …`
    return "mentioned"


@dataclass(slots=True)
class Cited:
    """A motion a sentence cites: its id and/or member, and how it is written."""

    id: str | None
    member: str | None
    cited_as: str | None


def _cited(doc: Document, s: Sentence, ex: Extraction | None) -> tuple[list[Cited], bool, list[Span]]:
    """The motions a body sentence cites (in its text or its footnotes), whether it says `motie` at all,
    and the stored spans read (sentence and footnotes), so footnote citations are not counted twice."""
    text = doc.sentence_text(s)
    parts = [(text, doc.span(s.start, s.end))]
    nums = {n for pos, n in doc.markers if s.start <= pos <= s.end}
    for f in doc.footnotes:
        if f.number in nums:
            parts.append((doc.view[f.start : f.end], doc.span(f.start, f.end)))
    names: list[tuple[str, str]] = []
    ids: list[tuple[str, str]] = []
    word = False
    for t, sp in parts:
        word = word or bool(_MOTION_WORD.search(t))
        for n in _names(t):
            if member_key(n[0]) not in {member_key(x[0]) for x in names}:
                names.append(n)
        for c in (ex.citations if ex is not None else []):
            if c.kind == "motion" and sp.start <= c.span.start < sp.end and c.id not in {i for i, _ in ids}:
                ids.append((c.id, c.text))
    if len(ids) == len(names):
        found = [Cited(i, n, w) for (i, _), (n, w) in zip(ids, names, strict=True)]
    elif len(ids) == 1:                      # one id, several members named: the first is the id's
        found = [Cited(ids[0][0], names[0][0], names[0][1])] + [Cited(None, n, w) for n, w in names[1:]]
    else:
        found = [Cited(i, None, t) for i, t in ids] + [Cited(None, n, w) for n, w in names]
    return found, word, [sp for _, sp in parts]


def _positions_with_motion(followup: Mapping[str, Any] | None) -> dict[tuple[int, int], Mapping[str, Any]]:
    if not followup:
        return {}
    return {tuple(p["span"]): p for p in followup.get("positions", []) if p.get("motion")}


def letter_mentions(letter: LetterInput, followup: Mapping[str, Any] | None = None) -> list[tuple[Cited, Mention]]:
    """Every motion the letter cites, with the sentence and its classification, in text order.

    `followup` is the letter's `inzet.followup/1` object when it is an agenda, with `report_id` the letter id
    of its report (None before there is one): its motion-mandated positions are `mandates` mentions, with
    the report's verdict attached."""
    doc, ex = letter.doc, letter.extraction
    by_span = _positions_with_motion(followup)
    out: list[tuple[Cited, Mention]] = []
    covered: list[Span] = []
    last: Cited | None = None
    for s in doc.body_sentences():
        found, word, spans = _cited(doc, s, ex)
        sp = doc.span(s.start, s.end)
        pos = by_span.get((sp.start, sp.end))
        if pos is not None and not found:
            mo = pos["motion"]
            found = [Cited(mo.get("id"), _names(mo.get("text") or "")[0][0] if _names(mo.get("text") or "")
                            else None, mo.get("text"))]
        text = doc.sentence_text(s)
        cls = classify(text, letter.kind)
        if not found and word and last is not None and cls != "mentioned":
            found = [Cited(last.id, last.member, None)]          # `Met deze brief kom ik tegemoet aan deze motie.`
        if not found:
            continue
        covered += spans
        fu = None
        report = followup.get("report_id") if followup else None
        if pos is not None:
            cls = "mandates"
            fu = {"report": report, "status": pos.get("status"), "evidence": pos.get("evidence") or []}
        elif cls == "mandates" and report:
            fu = {"report": report, "status": None, "evidence": []}   # not a follow-up position: report silent
        for f in found:
            out.append((f, Mention(letter.id, letter.date, letter.kind, letter.source, " ".join(text.split()), sp,
                                   cls, f.cited_as, fu)))
        last = found[-1]
    # a motion citation no body sentence reached (a footnote whose marker was lost): its footnote is the mention
    for c in (ex.citations if ex is not None else []):
        if c.kind == "motion" and not any(x.start <= c.span.start < x.end for x in covered):
            ctx = c.context or c.span
            out.append((Cited(c.id, None, c.text),
                        Mention(letter.id, letter.date, letter.kind, letter.source,
                                " ".join(ctx.of(doc.text).split()), ctx, "mentioned", c.text)))
    return out


# ---- across letters -----------------------------------------------------------------------------

def _status(m: Motion) -> Status:
    classified = [x for x in m.mentions if x.classification != "mentioned"]
    if classified:
        latest = classified[-1]
        if latest.classification != "mandates":
            return latest.classification
        if latest.followup and latest.followup.get("report"):   # an agenda with its report
            return "reported" if latest.followup.get("status") == "reported" else "open"
        return "mandated"
    vote = (m.tk or {}).get("besluit")
    if vote == "aangenomen":
        return "open"
    if vote == "verworpen":
        return "rejected"
    if vote == "aangehouden":
        return "held"
    return "mentioned"


def tracker(letters: Sequence[LetterInput], followups: Mapping[str, Mapping[str, Any]] | None = None,
            tk_motions: Iterable[Mapping[str, Any]] = ()) -> MotionList:
    """Every motion cited in `letters` or listed by the Tweede Kamer, each with its mentions and status.

    `followups` maps an agenda's letter id to its `inzet.followup/1` object (with `report_id` = the report's
    letter id, or None and only `positions` when no report is stored yet); `tk_motions` are the Kamer's own
    motion records (`kst_id`, `indieners`, `besluit`, `date`, …). Motions needing attention come first
    (open, mandated, …), then by the date of their last mention."""
    followups = followups or {}
    by_key: dict[str, Motion] = {}
    pending: list[tuple[Cited, Mention, str | None]] = []
    for letter in sorted(letters, key=lambda x: (x.date or "", x.id)):
        for f, mention in letter_mentions(letter, followups.get(letter.id)):
            if f.id:
                mo = by_key.setdefault(f.id, Motion(f.id, f.id, f.member))
                mo.member = mo.member or f.member
                mo.mentions.append(mention)
            else:
                pending.append((f, mention, letter.dossier))
    for t in tk_motions:
        kid = t.get("kst_id") or f"tk:{t.get('nummer')}"
        indieners = t.get("indieners") or []
        mo = by_key.setdefault(kid, Motion(kid, t.get("kst_id"), None))
        mo.tk = dict(t)
        if indieners and not mo.member:
            mo.member = re.sub(r"^(?:[A-Z]\.)+\s*", "", indieners[0]).strip() or None
    by_member: dict[str, list[Motion]] = {}
    for mo in by_key.values():
        if mo.member:
            by_member.setdefault(member_key(mo.member), []).append(mo)
    for f, mention, dossier in pending:
        mk = member_key(f.member or "")
        same = by_member.get(mk, [])
        if len(same) == 1:
            same[0].mentions.append(mention)
            continue
        key = f"lid:{mk}@{dossier or '-'}"
        mo = by_key.get(key)
        if mo is None:
            mo = by_key[key] = Motion(key, None, f.member)
            by_member.setdefault(mk, [])
        mo.mentions.append(mention)
    out = list(by_key.values())
    for mo in out:
        mo.mentions.sort(key=lambda x: (x.letter_date or "", x.letter_id, x.span.start))
        mo.status = _status(mo)
    out.sort(key=lambda m: (_STATUS_ORDER[m.status], _neg(m.last.letter_date if m.last else
                                                          (m.tk or {}).get("date")), m.key))
    return MotionList(out)


def _neg(d: str | None) -> str:
    """A sort key putting later ISO dates first."""
    return "".join(chr(0x10FFFF - ord(c)) for c in d) if d else "\U0010ffff"
