"""Agenda → report follow-up: the `inzet.followup/1` object (rule `followup.v1`).

Three steps, all pure:

1. `positions(doc, extraction)`: the agenda sentences in which the Netherlands (het kabinet, ik,
   wij, Defensie) is the *subject* of a stated intention (`zal/zullen` + infinitive) or a stance
   verb in the present (`zet in op`, `kijkt welwillend naar`, `pleit`, `onderstreept`, `hecht
   belang aan`, `steunt` …), or promises parliament something (`zal uw Kamer informeren`,
   `ontvangt u …`). The subject is found the way Dutch word order puts it: right after the finite
   verb when something is fronted (`Tijdens de DMM zal Nederland …`), at the start of the clause
   otherwise (`Nederland zal …`). `Bondgenoten zullen …`, `Naar verwachting zal de RBZ …` are not
   positions.
2. `follow_up(...)`: every report sentence in which the Netherlands acts (`Nederland kondigde …
   aan`, `riep op`, `Lidstaten, waaronder Nederland, pleitten …`, `Het kabinet informeert …`) or a
   deployment `wordt verlengd` is a candidate; a position is `reported` when a candidate is on the
   same subject. Subjects are compared on Dutch Snowball stems of content words, acronyms of both
   letters as one concept each, and the synonym groups of `inzet.link.synonyms`, weighted by how
   rare a word is in the two letters. The kind of act must fit: a call on others (`oproepen`,
   `aansporen`) needs a report of a call; a promise to keep giving support is met by an announced
   contribution at the same meeting.
3. `pair(agenda_meetings, candidates)`: the report whose meetings match the agenda's.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from typing import Any, Literal, TypeVar

import Stemmer

from inzet.extract.dutch import fold
from inzet.extract.segment import Document, Sentence
from inzet.link.synonyms import STOPWORDS, SYNONYMS, wordset
from inzet.model import Extraction, Meeting, Span

SCHEMA = "inzet.followup/1"
RULE = "followup.v1"

PositionKind = Literal["position", "commitment"]
Act = Literal["say", "call", "support", "inform"]

# A report sentence must cover this share of a position's subject weight to count as evidence.
THRESHOLD = 0.34
# ... or this share when the act fits exactly (an announced contribution for a promise of support,
# at the meeting the promise was made for).
SUPPORT_THRESHOLD = 0.2
# ... sharing a single subject is enough when it carries this share (`lastenverdeling` ~ `burden sharing`)
STRONG = 0.5
CONTEXT_WEIGHT = 0.5   # the sentence before, when the position points back to it (`dit`, `hiervoor`, `daarom`)
MAX_EVIDENCE = 3

# ---- the genre's grammar ------------------------------------------------------------------------

_PREPOSITIONS = wordset("""
aan achter behalve bij binnen boven buiten dan door jegens met namens naar naast om omtrent onder op over per
richting tegen tot tussen uit van vanuit via voor zonder zoals dankzij volgens wegens
""")
# finite verbs of a stated intention or stance (present tense; the infinitive after `zal` is not needed)
_MODALS = frozenset({"zal", "zullen"})
_STANCE = wordset("""
onderstreept onderstrepen benadrukt benadrukken pleit pleiten steunt steunen verwelkomt verwelkomen hecht hechten
zet zetten kijkt kijken streeft streven roept roepen dringt dringen blijft blijven wil willen vraagt vragen
spreekt spreken ziet zien acht achten deelt delen vindt vinden
""")
_STANCE_IS = re.compile(r"\b(?:is|zijn)\b[^.;]{0,40}?\b(?:voorstander|bereid|voornemens)\b")
# `Voor Nederland is het van belang dat …`, `Voor het kabinet is het essentieel …`
_STANCE_FOR = re.compile(r"^\s*Voor (?:Nederland|het kabinet|mij|ons) (?:is|zijn|blijft) (?:het )?"
                         r"(?:van )?(?:groot |zeer )?"
                         r"(?:belang|belangrijk|essentieel|cruciaal|noodzakelijk|prioriteit)")
# verbs of saying in an agenda: what follows `dat` is the message, not an act of the Netherlands
_SAY = wordset("""
onderstreept onderstrepen benadrukt benadrukken pleit pleiten wijst wijzen aangeven geeft hecht hechten
uitspreken spreekt vraagt vragen verwelkomt verwelkomen kijkt kijken steunt steunen aandacht toelichten licht
inbrengen uitdragen bepleiten bepleit aankaarten kaart benoemen benoemt melden meldt herhalen herhaalt
""")
_CALL_FUTURE = wordset("""
oproepen roept aansporen spoort aandringen dringt verzoekt oproep
""")
_CALL_PAST = wordset("""
riep riepen opgeroepen oproep spoorde spoorden aangespoord drong drongen aangedrongen verzocht verzochten
pleitte pleitten gepleit vroeg vroegen gevraagd deed deden
""")
_CONTRIBUTE_PAST = wordset("""
kondigde kondigden aangekondigd zegde zegden toegezegd leverde leverden geleverd droeg droegen bijgedragen
doneerde doneerden gedoneerd financierde financierden gefinancierd stelde stelden beschikbaar gesteld
voegde voegden levert leveren draagt
""")
_INFORM_PAST = wordset("""
informeer informeert informeerde informeerden geinformeerd ontvangt bijgaand bied biedt stuur stuurt
""")
_SUPPORT_KEYS = frozenset({"steun", "bijdrag", "lever", "doneer", "financier", "toezeg", "pakket", "munitie"})
_LEADING_ADVERBS = frozenset({"ook", "daarnaast", "tevens", "verder", "bovendien", "zelf", "eveneens"})
_CLAUSE_BREAK = frozenset({",", ";", ":", "(", "dat", "omdat", "zodat", "waarbij", "waarmee", "terwijl"})
_ANAPHORS = frozenset({"dit", "deze", "hier", "hiervoor", "hieraan", "hierover", "hierbij", "hiertoe", "daarvoor",
                       "daaraan", "daarover", "daartoe", "daarom", "dergelijke", "dezelfde", "hierin", "daarin"})

_COMMIT_VERB = re.compile(
    r"\b(?:informeren|inlichten|toesturen|toezenden|sturen|zenden|rapporteren|berichten|op de hoogte (?:houden|stellen)"
    r"|doen toekomen|voorleggen|aanbieden)\b", re.IGNORECASE)
_PARLIAMENT = re.compile(r"\b(?:[Uu]w Kamer|de (?:Tweede |Eerste )?Kamer|u|beide Kamers)\b")
_RECEIVE = re.compile(r"\bontvangt (?:u|uw Kamer)\b")
_RECEIVE_NOW = re.compile(r"^\s*(?:Hierbij|Hiermee|Bijgaand|Bij deze|In deze brief|Met deze brief)\b", re.IGNORECASE)
_PASSIVE_INFORM = re.compile(
    r"(?:\b(?:[Uu]w Kamer|[Uu]|de Kamer)\b[^.;]{0,60}\b(?:wordt|worden|zal|zult)\b"
    r"|\b(?:wordt|zal|zult)\s+(?:[Uu]w Kamer|u|de Kamer)\b)[^.;]{0,100}"
    r"\b(?:geïnformeerd|geinformeerd|toegezonden|toegestuurd|ingelicht)\b")
_PASSIVE_DEPLOY = re.compile(
    r"\b(?:inzet|missie|mandaat|operatie|deelname|detachering|bijdrage)\b[^.;]{0,200}\b(?:wordt|worden|is|zijn)\b"
    r"[^.;]{0,200}\b(?:verlengd|beëindigd|beeindigd|uitgebreid|gestart|voortgezet)\b")
_AMOUNT = re.compile(r"(?:€|EUR|USD|\$)\s?\d|\d\s*(?:miljoen|miljard|mln|mld)\b")
_MOTION = re.compile(
    r"\b[Mm]otie(?:s)?(?:-|\s+(?:van\s+(?:het\s+lid\s+|de\s+leden\s+)?)?)"
    r"((?:(?:van|de|der|den|ter|Van|De|Der|Den|Ter)\s+)?[A-Z][\w'’-]+(?:\s+(?:c\.s\.|[A-Z][\w'’-]+))*)")
_FOOTNOTE_REF = re.compile(r"\[footnoteRef:(\d+)\]")
_GLUED_REF = re.compile(r"(?<=[^\W\d_]|[.,;:)’”])(\d{1,2}|[¹²³⁴⁵⁶⁷⁸⁹⁰]{1,2})(?=[\s.,;:)]|$)")
_SUPERSCRIPT = str.maketrans("¹²³⁴⁵⁶⁷⁸⁹⁰", "1234567890")

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
_SESSIONS = frozenset({"NAR", "NAC", "NUC", "NRC"})

_STEMMER = Stemmer.Stemmer("dutch")
_TOKEN = re.compile(r"[A-Za-z]{1,4}-\d+[A-Za-z]?|[^\W_]+|[,;:(]")
_DOUBLE_VOWEL = re.compile(r"([aeou])\1")


# ---- words --------------------------------------------------------------------------------------

@lru_cache(maxsize=20000)
def _key(fold: str) -> str:
    """Matching key of a folded word: Snowball stem, double vowels and a final -d/-t after a consonant dropped."""
    if fold.isdigit() or not fold.isalpha():
        return fold
    if fold.endswith(("ief", "ieve", "ieven")):       # initiatief/initiatieven: Snowball splits them
        return fold[: fold.rindex("ie")] + "ief"
    k = _DOUBLE_VOWEL.sub(r"\1", _STEMMER.stemWord(fold))
    if len(k) > 4 and k[-1] in "dt" and k[-2] not in "aeiouy":
        k = k[:-1]
    return k


@dataclass(frozen=True, slots=True)
class _Word:
    text: str   # as written
    fold: str   # case and diacritics folded, `’s` dropped
    key: str    # stem


def _words(s: str) -> list[_Word]:
    out = []
    for m in _TOKEN.finditer(s):
        t = m.group()
        f = fold(t)
        if len(f) == 1 and f.isalpha() and f not in "u":
            continue   # the `s` of `PCA’s`, initials
        out.append(_Word(t, f, _key(f)))
    return out


# ---- subjects -----------------------------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class _Phrase:
    keys: tuple[str, ...]           # every word
    content: tuple[str, ...]        # the words that are not stopwords
    concept: str
    prefix: str | None = None       # a one-word phrase also matches compounds it starts


@dataclass(slots=True)
class _Lexicon:
    """Acronyms of both letters and the synonym groups, compiled for matching."""

    phrases: list[_Phrase] = field(default_factory=list)     # longest first
    shorts: dict[str, str] = field(default_factory=dict)      # short form as written -> concept
    meeting_concepts: set[str] = field(default_factory=set)   # meeting acronyms: not subjects
    # indexes built by `_index`: longer phrases by first word (as written / content words only),
    # one-word phrases by word, one-word phrases that also start compounds
    by_first: dict[str, list[_Phrase]] = field(default_factory=dict)
    by_first_content: dict[str, list[_Phrase]] = field(default_factory=dict)
    single: dict[str, str] = field(default_factory=dict)
    prefixes: list[_Phrase] = field(default_factory=list)
    cache: dict[str, frozenset[str]] = field(default_factory=dict)

    def _index(self) -> None:
        self.phrases.sort(key=lambda p: -len(p.keys))
        for p in self.phrases:
            if len(p.keys) == 1:
                self.single.setdefault(p.keys[0], p.concept)
                if p.prefix:
                    self.prefixes.append(p)
                continue
            self.by_first.setdefault(p.keys[0], []).append(p)
            if len(p.content) >= 2:
                self.by_first_content.setdefault(p.content[0], []).append(p)


def _phrase(s: str, concept: str) -> _Phrase:
    ws = [w for w in _words(s) if w.fold not in ",;:("]
    keys = tuple(w.key for w in ws)
    f = fold(s)
    return _Phrase(keys, tuple(w.key for w in ws if w.fold not in STOPWORDS), concept,
                   f if len(keys) == 1 and len(f) >= 7 else None)


def _lexicon(*extractions: Extraction | None) -> _Lexicon:
    lex = _Lexicon()
    meeting_shorts = set(_SESSIONS)
    for ex in extractions:
        if ex is not None:
            for m in ex.letter.meetings:
                meeting_shorts.update({m.type, m.type.split("-")[0]})
    for i, group in enumerate(SYNONYMS):
        lex.phrases.extend(_phrase(p, f"~{i}") for p in group)
    for ex in extractions:
        for a in (ex.acronyms if ex is not None else []):
            concept = "#" + fold(a.short)
            lex.shorts[a.short] = concept
            if a.short in meeting_shorts or a.short.split("-")[0] in meeting_shorts:
                lex.meeting_concepts.add(concept)
            p = _phrase(a.long, concept)
            if len(p.keys) >= 2:
                lex.phrases.append(p)
    lex._index()
    return lex


def _subjects_of(text: str, lex: _Lexicon) -> frozenset[str]:
    """`_subjects` of a sentence, remembered per lexicon."""
    got = lex.cache.get(text)
    if got is None:
        got = lex.cache[text] = frozenset(_subjects(_words(text), lex))
    return got


def _subjects(words: list[_Word], lex: _Lexicon) -> set[str]:
    """Subject features of a sentence: a concept per acronym or synonym group, a stem per other content word."""
    n = len(words)
    used = [False] * n
    feats: set[str] = set()
    keys = [w.key for w in words]
    content = [i for i, w in enumerate(words) if w.fold not in STOPWORDS and w.fold not in ",;:("]

    def take(idx: Sequence[int], concept: str) -> None:
        for i in idx:
            used[i] = True
        if concept not in lex.meeting_concepts:
            feats.add(concept)

    for i, w in enumerate(words):
        c = lex.shorts.get(w.text)
        if c is not None:
            take([i], c)
    for seq, index, attr in ((list(range(n)), lex.by_first, "keys"), (content, lex.by_first_content, "content")):
        # a longer phrase: as written, or with stopwords skipped on both sides (`verdelen van de lasten`)
        for j, i in enumerate(seq):
            for p in index.get(keys[i], ()):
                pk = getattr(p, attr)
                idx = seq[j : j + len(pk)]
                if len(idx) == len(pk) and all(not used[x] and keys[x] == k for x, k in zip(idx, pk, strict=True)):
                    take(idx, p.concept)
                    break
    for i in range(n):
        if used[i]:
            continue
        c = lex.single.get(keys[i])
        if c is None:
            c = next((p.concept for p in lex.prefixes if words[i].fold.startswith(p.prefix or "\0")), None)
        if c is not None:
            take([i], c)
    for i in content:
        w = words[i]
        if not used[i] and not w.fold.isdigit() and len(w.fold) > 1:
            feats.add(w.key)
    return feats


# ---- who acts -----------------------------------------------------------------------------------

_ACTOR_WORDS = frozenset({"nederland", "ik", "wij", "we"})
_GOVERNMENT = frozenset({"kabinet", "regering"})
_FRONT_ADVERBS = wordset("""
ook daarnaast verder tevens bovendien vervolgens daarbij hierbij tot ten eveneens tegelijkertijd daarom zo hiermee
daarmee evenals voorts tenslotte hierover daarover eerder later toen nu vorige afgelopen recent onlangs eind begin
medio conform gelet gezien hierop daarop samen mede daartoe hiertoe dan verwachting graag allereerst ten eerst
""")
_DETERMINERS = frozenset({"de", "het", "een", "deze", "die", "dit", "dat", "alle", "veel", "vele", "andere"})


def _actor_len(ws: Sequence[_Word], i: int) -> int:
    """Length of the Dutch-government noun phrase starting at word i (0 when there is none)."""
    f = ws[i].fold
    if f in _ACTOR_WORDS:
        return 1
    if ws[i].text == "Defensie":
        return 1
    if f in ("het", "de") and i + 1 < len(ws):
        if ws[i + 1].fold in _GOVERNMENT:
            return 2
        if ws[i + 1].fold == "nederlandse" and i + 2 < len(ws) and ws[i + 2].fold in _GOVERNMENT:
            return 3
    return 0


def _clause_start(ws: Sequence[_Word], i: int) -> int:
    for j in range(i - 1, -1, -1):
        if ws[j].fold in _CLAUSE_BREAK:
            return j + 1
    return 0


def _is_subject(ws: Sequence[_Word], i: int) -> bool:
    """Is the government phrase at word i the subject of its clause (not an object or in a prepositional phrase)?"""
    cs = _clause_start(ws, i)
    j = cs
    while j < i and ws[j].fold in _LEADING_ADVERBS:
        j += 1
    if i == j:                                          # `Nederland kondigde …`, `Ook Nederland …`
        return True
    prev = ws[i - 1].fold
    if prev in ("waaronder", "inclusief", "door"):      # `Lidstaten, waaronder Nederland, pleitten …`,
        return True                                     # `… werd door Nederland toegezegd`
    if prev == "en":                                    # `Duitsland en Nederland kondigden …`
        first = ws[cs].fold
        return i - cs <= 5 and first not in _PREPOSITIONS and first not in _DETERMINERS
    if prev in _PREPOSITIONS or prev in _DETERMINERS or not ws[i - 1].text.islower():
        return False
    # inversion: ws[i - 1] is the finite verb, what stands before it is fronted
    front = ws[cs : i - 1]
    if not front:
        return cs > 0                                   # `Gelet op …, zal Nederland …`
    f0 = front[0].fold
    return f0 in _PREPOSITIONS or f0 in _FRONT_ADVERBS or f0 in ("in", "op", "tijdens", "na", "bij", "naar")


def _nl_acts(ws: Sequence[_Word]) -> bool:
    """Is the Netherlands (kabinet, ik, wij, Defensie) the subject of some clause of the sentence?"""
    return any(_actor_len(ws, i) and _is_subject(ws, i) for i in range(len(ws)))


def _states_intention(ws: Sequence[_Word], view_text: str) -> bool:
    """Is the Netherlands the subject of `zal/zullen` or of a present-tense stance verb?"""
    if _STANCE_FOR.search(view_text):
        return True
    n = len(ws)
    for t, w in enumerate(ws):
        is_stance = w.fold in ("is", "zijn") and bool(_STANCE_IS.search(view_text))
        if w.fold not in _MODALS and w.fold not in _STANCE and not is_stance:
            continue
        if t + 1 < n and _actor_len(ws, t + 1) and _is_subject(ws, t + 1):     # `… zal Nederland …`
            return True
        cs = _clause_start(ws, t)
        j = cs
        while j < t and ws[j].fold in _LEADING_ADVERBS:
            j += 1
        if j >= t:
            continue
        k = _actor_len(ws, j)
        if not k or ws[j].fold in _PREPOSITIONS:
            continue
        rest = ws[j + k : t]                                                   # `Nederland (en X) zal …`
        if not rest or (rest[0].fold in ("en", "samen") and len(rest) <= 6):
            return True
    return False


# ---- which meeting ------------------------------------------------------------------------------

_Finder = list[tuple[str, re.Pattern[str]]]


def _meeting_finder(types: Iterable[str], extractions: Sequence[Extraction | None]) -> _Finder:
    """(type, pattern) for the meetings the letters cover: their names, short forms and defined acronyms."""
    types = list(dict.fromkeys(types))
    bases = {t.split("-")[0]: t for t in types if "-" in t and t.split("-")[0] not in types}
    out: _Finder = []
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


def _meetings_named(text: str, finder: _Finder) -> list[str]:
    """Meeting types named in `text`, in the order they first appear."""
    hits = []
    for t, pat in finder:
        m = pat.search(text)
        if m:
            hits.append((m.start(), t))
    return [t for _, t in sorted(hits)]


def _meeting_of(doc: Document, idx: int, finder: _Finder) -> str | None:
    """The meeting a sentence is about: named in it, in its heading (or the heading just above), or in the
    nearest earlier sentence of its section that names exactly one."""
    s = doc.sentences[idx]
    named = _meetings_named(doc.sentence_text(s), finder)
    if named:
        return named[0]
    h = s.section
    while 0 <= h < len(doc.headings):
        named = _meetings_named(doc.headings[h].title, finder)
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
        named = _meetings_named(doc.sentence_text(p), finder)
        if named:
            return named[0] if len(named) == 1 else None
    return None


# ---- positions ----------------------------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class Motion:
    """A motion of parliament the position carries out: as the letter names it, and its Kamerstuk id."""

    text: str | None
    id: str | None

    def to_json(self) -> dict[str, str | None]:
        return {"text": self.text, "id": self.id}


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


def _kind(ws: Sequence[_Word], text: str, intention: bool) -> PositionKind | None:
    """`commitment` for a promise to parliament, `position` for another intention, None for neither."""
    if _RECEIVE.search(text) and not _RECEIVE_NOW.search(text):
        return "commitment"                          # `… ontvangt u voor de zomer`
    if _PASSIVE_INFORM.search(text):
        return "commitment"                          # `Uw Kamer wordt … geïnformeerd`
    if not intention:
        return None
    if (_COMMIT_VERB.search(text) and _PARLIAMENT.search(text)) or re.search(r"BNC-fiche|Kamerbrief", text):
        return "commitment"
    return "position"


def _act(ws: Sequence[_Word], kind: PositionKind) -> Act:
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
        if not any(_actor_len(after, i) for i in range(len(after))):
            part = list(ws[:d])                      # `onderstrepen dat bilaterale steun moet …`
        elif any(f in _SAY for f in folds[:d]):
            part = list(ws[d + 1 :])                 # `benadrukken dat Nederland de steun voortzet`
    if any(w.fold in _SAY for w in part):
        return "say"
    if any(w.key in _SUPPORT_KEYS for w in part):
        return "support"
    return "say"


def _footnotes_of(doc: Document, s: Sentence) -> list[int]:
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


def _motion(doc: Document, s: Sentence, ex: Extraction | None) -> Motion | None:
    """The motion a sentence invokes, in its text or in one of its footnotes."""
    texts = [(doc.sentence_text(s), doc.span(s.start, s.end))]
    for n in _footnotes_of(doc, s):
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


def positions(doc: Document, extraction: Extraction | None = None) -> list[Position]:
    """Every sentence of an agenda in which the Netherlands states an intention or promises parliament something."""
    ex = extraction
    finder = _meeting_finder([m.type for m in ex.letter.meetings] if ex else [], [ex])
    out: list[Position] = []
    for idx, s in enumerate(doc.sentences):
        if s.footnote is not None:
            continue
        text = doc.sentence_text(s)
        ws = [w for w in _words(text)]
        if sum(1 for w in ws if w.fold.isalnum()) < 5 or text.rstrip().endswith("?"):
            continue
        kind = _kind(ws, text, _states_intention(ws, text))
        if kind is None:
            continue
        out.append(Position(text=text, span=doc.span(s.start, s.end), kind=kind,
                            meeting=_meeting_of(doc, idx, finder), act=_act(ws, kind),
                            motion=_motion(doc, s, ex), vstart=s.start, vend=s.end))
    return out


# ---- follow-up ----------------------------------------------------------------------------------

@dataclass(slots=True)
class _Candidate:
    """A report sentence in which the Netherlands acts, or a deployment is extended."""

    sentence: Sentence
    meeting: str | None
    subjects: set[str]
    context: set[str]      # subjects of the sentence before, when this one points back to it
    call: bool
    contribute: bool
    inform: bool


def _candidates(doc: Document, lex: _Lexicon, finder: _Finder) -> list[_Candidate]:
    out = []
    for idx, s in enumerate(doc.sentences):
        if s.footnote is not None:
            continue
        text = doc.sentence_text(s)
        ws = _words(text)
        nl = _nl_acts(ws)
        if not nl and not _PASSIVE_DEPLOY.search(text):
            continue
        folds = {w.fold for w in ws}
        keys = {w.key for w in ws}
        support = bool(keys & _SUPPORT_KEYS) or bool(_AMOUNT.search(text))
        subjects = set(_subjects_of(text, lex))
        context = _context(doc, s, lex) - subjects if folds & _ANAPHORS else set()   # `sprak hier steun voor uit`
        out.append(_Candidate(
            s, _meeting_of(doc, idx, finder), subjects, context,
            call=nl and bool(folds & _CALL_PAST),
            contribute=nl and support and bool(folds & _CONTRIBUTE_PAST),
            inform=nl and bool(folds & _INFORM_PAST)))
    return out


def _weights(docs: Sequence[Document], lex: _Lexicon) -> Callable[[str], float]:
    """Inverse document frequency of a subject feature over the sentences of the letters."""
    df: dict[str, int] = {}
    n = 0
    for doc in docs:
        for s in doc.body_sentences():
            n += 1
            for f in _subjects_of(doc.sentence_text(s), lex):
                df[f] = df.get(f, 0) + 1
    return lambda f: math.log((n + 1) / (df.get(f, 0) + 0.5))


def _context(doc: Document, s: Sentence, lex: _Lexicon, depth: int = 1) -> set[str]:
    """Subjects of up to `depth` earlier sentences of the same paragraph."""
    line = next((ln for ln in doc.lines if ln.start <= s.start < max(ln.end, ln.start + 1)), None)
    if line is None:
        return set()
    prev = [p for p in doc.sentences if p.footnote is None and line.start <= p.start and p.end <= s.start]
    out: set[str] = set()
    for p in prev[-depth:]:
        out |= _subjects_of(doc.sentence_text(p), lex)
    return out


def _score(subjects: set[str], context: set[str], c: _Candidate, w: Callable[[str], float]) -> tuple[float, int]:
    """Share of the position's subject weight the candidate covers, and how many subjects it shares.

    Words from the context of either side (the sentence before, when a sentence points back) count half.
    """
    extra = context - subjects
    total = sum(w(f) for f in subjects) + CONTEXT_WEIGHT * sum(w(f) for f in extra)
    if not total:
        return 0.0, 0
    hit = 0.0
    shared = 0
    for f in subjects | extra:
        share = 1.0 if f in subjects else CONTEXT_WEIGHT
        if f in c.subjects:
            hit += share * w(f)
        elif f in c.context:
            hit += share * CONTEXT_WEIGHT * w(f)
        else:
            continue
        shared += 1
    return hit / total, shared


def _match(p: Position, score: float, shared: int, c: _Candidate) -> float:
    """The candidate's score as evidence for the position, 0 when the subject or the kind of act does not fit.

    On subject alone a candidate must cover THRESHOLD of the position and share two subjects (one is
    enough when the position has only one, when it is an acronym, or when it carries STRONG of the weight).
    A promise to keep giving support is also met by a contribution announced at the same meeting (or on a
    subject close enough).
    """
    if not shared:
        return 0.0
    on_subject = score >= THRESHOLD and (shared >= 2 or score >= STRONG)
    if p.act == "call":
        return score if c.call and on_subject else 0.0
    if p.act == "inform":
        return score if c.inform and on_subject else 0.0
    if on_subject:
        return score
    if p.act == "support" and c.contribute:
        same_meeting = p.meeting is not None and p.meeting == c.meeting
        if same_meeting or score >= SUPPORT_THRESHOLD:
            return score
    return 0.0


def covered_meetings(agenda: Sequence[Meeting | Mapping[str, Any]],
                     report: Sequence[Meeting | Mapping[str, Any]]) -> list[dict[str, str | None]]:
    """The meetings both letters cover: same type, start dates equal or a day apart (or one unknown)."""
    out = []
    for a in agenda:
        if any(_same_meeting(a, r) for r in report):
            out.append({"type": _get(a, "type"), "date_start": _get(a, "date_start") or next(
                (_get(r, "date_start") for r in report if _same_meeting(a, r)), None)})
    return out


def follow_up(agenda_doc: Document, agenda_ex: Extraction | None,
              report_doc: Document, report_ex: Extraction | None) -> dict[str, Any]:
    """The `inzet.followup/1` object: the agenda's positions, each reported or not, with report evidence."""
    exs = [agenda_ex, report_ex]
    lex = _lexicon(*exs)
    types = [m.type for ex in exs if ex is not None for m in ex.letter.meetings]
    pos = positions(agenda_doc, agenda_ex)
    finder = _meeting_finder(types, exs)
    cands = _candidates(report_doc, lex, finder)
    w = _weights([agenda_doc, report_doc], lex)
    for p in pos:
        s = agenda_doc.sentence_at(p.vstart)
        subjects = set(_subjects_of(p.text, lex))
        refers_back = any(w.fold in _ANAPHORS for w in _words(p.text))
        context = _context(agenda_doc, s, lex) if s is not None and (refers_back or len(subjects) < 2) else set()
        scored = []
        for c in cands:
            score, shared = _score(subjects, context, c, w)
            if len(subjects) < 2 or any(f.startswith("#") for f in subjects & c.subjects):
                shared += 1                          # one shared subject is enough for these
            v = _match(p, score, shared, c)
            if v > 0:
                scored.append((v, c))
        scored.sort(key=lambda x: (-x[0], x[1].sentence.start))
        p.evidence = []
        for v, c in scored[:MAX_EVIDENCE]:
            text, span = report_doc.evidence(c.sentence.start, c.sentence.end)
            p.evidence.append(Evidence(text, span, min(v, 1.0)))
        p.status = "reported" if p.evidence else "not_reported"
    meetings = covered_meetings(agenda_ex.letter.meetings if agenda_ex else [],
                                report_ex.letter.meetings if report_ex else [])
    return {"schema": SCHEMA, "agenda": agenda_doc.source, "report": report_doc.source, "meetings": meetings,
            "positions": [p.to_json() for p in pos]}


# ---- pairing ------------------------------------------------------------------------------------

K = TypeVar("K")


def _get(m: Meeting | Mapping[str, Any], name: str) -> Any:
    return m.get(name) if isinstance(m, Mapping) else getattr(m, name, None)


def _date(s: str | None) -> date | None:
    try:
        return date.fromisoformat(s[:10]) if s else None
    except ValueError:
        return None


def _same_meeting(a: Meeting | Mapping[str, Any], b: Meeting | Mapping[str, Any]) -> bool:
    if _get(a, "type") != _get(b, "type"):
        return False
    da, db = _date(_get(a, "date_start")), _date(_get(b, "date_start"))
    return da is None or db is None or abs((da - db).days) <= 1


def pair(agenda_meetings: Sequence[Meeting | Mapping[str, Any]],
         candidates: Mapping[K, Sequence[Meeting | Mapping[str, Any]]] | Iterable[
             tuple[K, Sequence[Meeting | Mapping[str, Any]]]]) -> K | None:
    """The candidate report whose meetings best match the agenda's (type equal, start within a day).

    `candidates` maps a report (id, path, any key) to its meetings. Ties go to the report with more
    dated matches, then fewer meetings the agenda does not cover; None when no meeting matches.
    """
    items = candidates.items() if isinstance(candidates, Mapping) else candidates
    best: tuple[tuple[int, int, int], K] | None = None
    for key, meetings in items:
        matched = [a for a in agenda_meetings if any(_same_meeting(a, r) for r in meetings)]
        if not matched:
            continue
        dated = sum(1 for a in matched for r in meetings if _same_meeting(a, r)
                    and _date(_get(a, "date_start")) and _date(_get(r, "date_start")))
        extra = sum(1 for r in meetings if not any(_same_meeting(a, r) for a in agenda_meetings))
        rank = (len(matched), dated, -extra)
        if best is None or rank > best[0]:
            best = (rank, key)
    return best[1] if best else None
