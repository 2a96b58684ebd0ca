"""Subject matching for the agenda → report follow-up: words, stems and the concepts two sentences share.

A sentence's subjects are a concept per acronym of either letter (`PURL` and `Prioritised Ukraine
Requirement List` are one), a concept per synonym group of `inzet.link.synonyms`, and a matching key
(Snowball stem, double vowels folded) per other content word. Pure; no letter-specific rules.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache

import Stemmer

from inzet import vocabulary
from inzet.extract import countries
from inzet.extract.dutch import fold
from inzet.link.motions import strip_motion_names
from inzet.link.synonyms import MANNER, STOPWORDS, SYNONYMS
from inzet.model import Extraction

SESSIONS = frozenset({"NAR", "NAC", "NUC", "NRC"})   # sessions inside a meeting, never subjects

_STEMMER = Stemmer.Stemmer("dutch")
_TOKEN = re.compile(r"[A-Za-z]{1,4}-\d+[A-Za-z]?|[^\W_]+|[,;:(]")
_DOUBLE_VOWEL = re.compile(r"([aeou])\1")


# ---- words --------------------------------------------------------------------------------------

@lru_cache(maxsize=20000)
def key(fold: str) -> str:
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
class Word:
    text: str   # as written
    fold: str   # case and diacritics folded, `’s` dropped
    key: str    # stem


def words(s: str) -> list[Word]:
    out = []
    for m in _TOKEN.finditer(s):
        t = m.group()
        f = fold(t)
        if len(f) == 1 and f.isalpha() and f not in "u":
            continue   # the `s` of `PCA’s`, initials
        out.append(Word(t, f, key(f)))
    return out


# ---- subjects -----------------------------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class Phrase:
    keys: tuple[str, ...]           # every word
    content: tuple[str, ...]        # the words that are not stopwords
    concept: str
    prefix: str | None = None       # a one-word phrase also matches compounds it starts


@dataclass(slots=True)
class Lexicon:
    """Acronyms of both letters and the synonym groups, compiled for matching."""

    phrases: list[Phrase] = field(default_factory=list)     # longest first
    shorts: dict[str, str] = field(default_factory=dict)      # short form as written -> concept
    meeting_concepts: set[str] = field(default_factory=set)   # meeting acronyms: not subjects
    # indexes built by `_index`: longer phrases by first word (as written / content words only),
    # one-word phrases by word, one-word phrases that also start compounds
    by_first: dict[str, list[Phrase]] = field(default_factory=dict)
    by_first_content: dict[str, list[Phrase]] = field(default_factory=dict)
    single: dict[str, str] = field(default_factory=dict)
    prefixes: list[Phrase] = field(default_factory=list)
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


def phrase(s: str, concept: str) -> Phrase:
    ws = [w for w in words(s) if w.fold not in ",;:("]
    keys = tuple(w.key for w in ws)
    f = fold(s)
    return Phrase(keys, tuple(w.key for w in ws if w.fold not in STOPWORDS), concept,
                   f if len(keys) == 1 and len(f) >= 7 else None)


# the kind of thing a long form names before its name (`de NAVO-missie Resolute Support (RSM)`, `EU-operatie Aspides`,
# `Operation Inherent Resolve`, `de vredesmissie X`): a letter often names it by the name alone (`de partners van
# Resolute Support`); the word is whole or a compound's head after a hyphen or a linking s (not `Commissie`)
_KIND_BEFORE_NAME = re.compile(
    r"^(?:(?:de|het|the)\s+)?(?:\S*-)?(?:\w*s)?(?:" + "|".join(vocabulary.mission_words("name"))
    + r")\s+(?=(?-i:[A-Z]))", re.IGNORECASE)


def bare_name(long: str) -> str | None:
    """The name a long form gives after the kind of thing it names (`NAVO-missie Resolute Support` → `Resolute
    Support`), None when it opens on no such word (`Permanent Structured Cooperation`, `missie in Mali`)."""
    m = _KIND_BEFORE_NAME.match(long)
    return long[m.end():] if m else None


def lexicon(*extractions: Extraction | None) -> Lexicon:
    """Acronyms of both letters (by their long forms, and by the name a long form gives after the kind of thing it
    names) and the synonym groups, compiled for matching."""
    lex = Lexicon()
    meeting_shorts = set(SESSIONS)
    for ex in extractions:
        if ex is not None:
            for m in ex.letter.meetings:
                meeting_shorts.update({m.type, m.type.split("-")[0]})
    for i, group in enumerate(SYNONYMS):
        lex.phrases.extend(phrase(p, f"~{i}") for p in group)
    types = {m.type for ex in extractions if ex is not None for m in ex.letter.meetings}
    for short in SESSIONS | types:
        # a meeting named by its type as an acronym the letter never spells out (`Nederland zal tijdens de DMM …`)
        # is where a position is taken, never what it is about, as a spelled-out one is (`NATO-top` is no acronym:
        # its `NATO` stays a subject)
        if short.isalpha() and short.isupper():
            lex.shorts[short] = concept = "#" + fold(short)
            lex.meeting_concepts.add(concept)
    for ex in extractions:
        for a in (ex.acronyms if ex is not None else []):
            concept = "#" + fold(a.short)
            lex.shorts[a.short] = concept
            if a.short in meeting_shorts or a.short.split("-")[0] in meeting_shorts:
                lex.meeting_concepts.add(concept)
            for long in (a.long, bare_name(a.long)):
                p = phrase(long, concept) if long else None
                if p is not None and len(p.keys) >= 2:
                    lex.phrases.append(p)
    lex._index()
    return lex


# a condition stated as `alleen … als` (`de plannen zijn alleen geloofwaardig als de bondgenoten investeren`, `alleen
# zin heeft wanneer`): the subject of the synonym group of `voorwaarde` (`voldoende munitie is een voorwaarde voor …`);
# `niet alleen …` adds, it sets no condition
ONLY_IF = re.compile(r"(?<!\bniet )\b[Aa]lleen\b[^,;.]{0,80}?\b(?:als|wanneer|indien)\b")


def subjects_of(text: str, lex: Lexicon) -> frozenset[str]:
    """`_subjects` of a sentence, remembered per lexicon. The name of a motion it invokes (`de motie van het lid
    Knops`) is no subject: the follow-up compares motions as motions."""
    got = lex.cache.get(text)
    if got is None:
        bare = strip_motion_names(text)
        feats = _with_countries(bare, _subjects(words(bare), lex))
        condition = lex.single.get(key("voorwaarde"))
        if condition is not None and ONLY_IF.search(bare):
            feats.add(condition)
        got = lex.cache[text] = frozenset(feats)
    return got


def _with_countries(text: str, feats: set[str]) -> set[str]:
    """A country is one subject however a letter names it: `het Verenigd Koninkrijk` and `Britse bedrijven`,
    `Noorwegen` and `Noorse` (`@GB`, `@NO`), in place of the words that name it."""
    for cm in countries.find(text):
        if cm.kind in ("name", "adjective") and cm.code != "NL":
            feats.difference_update(w.key for w in words(cm.word))
            feats.update("@" + c for c in cm.codes)
    return feats


def _subjects(words: list[Word], lex: Lexicon) -> set[str]:
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
    # ... and with how the act is to be done skipped too (`de lasten beter te verdelen` ~ `lasten verdelen`)
    unmannered = [i for i in content if words[i].fold not in MANNER]
    for seq, index, attr in ((list(range(n)), lex.by_first, "keys"), (content, lex.by_first_content, "content"),
                             (unmannered, lex.by_first_content, "content")):
        # a longer phrase: as written, or with stopwords skipped on both sides (`verdelen van de lasten`)
        for j, i in enumerate(seq):
            for p in index.get(keys[i], ()):
                pk = getattr(p, attr)
                idx = seq[j : j + len(pk)]
                if len(idx) == len(pk) and all(not used[x] and keys[x] == k for x, k in zip(idx, pk, strict=True)):
                    take(idx, p.concept)
                    break
    for i in range(2, n):
        joined = _separable(words, i)
        if joined is not None and not used[i] and not used[i - 2]:
            used[i] = used[i - 2] = True
            if joined not in STOPWORDS:                 # `in te zetten`, `aan te dringen`: the act, as whole
                k = key(joined)
                feats.add(lex.single.get(k, k))
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


# particles of separable verbs, written apart before `te` (`uit te breiden`, `op te richten`, `voort te zetten`);
# `om te` and `door te` open a purpose or a means (`om te investeren`, `door te investeren`) and are left out
_PARTICLES = frozenset({"aan", "af", "bij", "in", "mee", "na", "op", "over", "terug", "toe", "uit", "vast", "voor",
                        "voort", "weg", "tegen", "vrij", "los", "neer"})


def _separable(words: Sequence[Word], i: int) -> str | None:
    """The folded infinitive of a separable verb whose particle stands apart before `te` (`de bijdrage uit te
    breiden` is one subject with `uitbreidt`, `uitbreiding`, `uitgebreid`), None when word i is not such a verb."""
    if i < 2 or words[i - 1].fold != "te" or words[i - 2].fold not in _PARTICLES or not words[i].fold.isalpha():
        return None
    return words[i - 2].fold + words[i].fold


