"""Acronyms the letter defines, with their expansion (rule `acronyms.v1`).

Definition shapes read, every defining mention in text order:

* `Long Form (ABBR)`, also `(ABBR)-initiatief`, `(PCA's)` / `(PCA’s)` (short `PCA`, the long form
  as written), mixed case (`eFP`, `eVA`, `SatCen`) and hyphenated short forms (`RBZ-Defensie`);
* `(Long Form, ABBR)`;
* `ABBR (Long Form)`;
* `Long Form – ABBR`;
* `(hierna: SG NAVO)`, `(hierna de NAR)`, `(hierna te noemen: …)`, `(afgekort: …)`.

A short form is accepted only when it fits its long form, and the long form is the SHORTEST span of
words before it that fits, so `(Verkhovna Rada)`, `(tot 30 september 2026)` or `(2025)` never
become acronyms:

1. strict fit: the short form's letters in order, the first at the first word's initial, the
   others preferably at word or compound-part initials (`Noord-Atlantische Raad` NAR), inside a word
   at most for about half of them (`Airforce` F in AFCC, `Peacekeeping` K in OPKI); Dutch and
   English (and French) function words may be skipped or used (`Integrated Air and Missile Defence`), at most a
   word or two of content left unused (`Multi Role Tanker Transport Unit` MRTT), one more when the short form keeps
   the name's last words (`Mine Countermeasures Task Group Black Sea` MCM Black Sea); a leading digit before one
   letter counts words with that initial (`Defence, Diplomacy and Development` 3D);
2. loose fit, for an English acronym of a Dutch expansion (`NAVO-ministers van Defensie
   bijeenkomst` DMM): the letters in any order against the initials of the content words, with a
   small glossary of Dutch words and the initial of their English counterpart (bijeenkomst → M),
   every content word used; one letter may be missing when the short form has three or more;
3. translated fit: the initials of the long form's English, word by word from the glossary, spell the
   short form (`VN-missie in Zuid-Soedan` UNMISS: United Nations Mission in South Sudan).

A long form read across commas is a list of names (`Command, Control, … (C4ISR)`): items of at most
four content words, none a short form itself (not `EDA, aansluitend bij het voorstel voor een
Europese wet voor gezamenlijke aanbesteding (EDIRPA)`).

A partial loose-fit mention is dropped when the same short form has a complete definition elsewhere.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from itertools import repeat
from typing import NamedTuple

from inzet import vocabulary
from inzet.extract.dutch import MONTHS
from inzet.extract.segment import Document
from inzet.model import Acronym

RULE = "acronyms.v1"

# a short form: optional lowercase prefix (`eFP`), at least two capitals, an optional `-Word` part or a
# country letter (`EUTM-S`), an optional second form after a slash (`HV/VV`); or a digit and capitals (`5G`)
# (or a number after the hyphen: `Combined Task Force 150 (CTF-150)`, the number then a word of the long form too)
_SHORT = (r"(?:[a-z]{0,2}[A-Z][A-Za-z0-9&]{0,11}"
          r"(?:-[A-Z][a-zà-ÿ]{2,}|-[A-Z]{2,}|-[A-Z](?![\w-])|-\d{1,4}(?![\w-]))?"
          r"(?:/[A-Z]{2,4}(?![\w-]))?|\d[A-Z]{1,3}(?![\w-]))")
# a two-word short form: `EU NAVFOR`, `CHOD NL`, `SG NAVO` (the second word in capitals)
# (or a number: `Combined Task Force 151 (CTF 151)`; or the long form's last word or two: `Commander Task Force Baltic
# (CTF Baltic)`, `Mine Countermeasures Task Group Black Sea (MCM Black Sea)`)
_SHORT2 = rf"{_SHORT}(?:[ \t](?:[A-Z]{{2,8}}|\d{{2,4}}|[A-Z][a-zà-ÿ]{{2,}}(?:[ \t][A-Z][a-zà-ÿ]{{2,}})?)(?![\w-]))?"
_PLURAL = r"(?:['’`]s|s(?=\)))?"
# `Long (ABBR)` / `Long (ABBR’s)`: the paren right after a word
_PAREN = re.compile(rf"\((?P<short>{_SHORT2})(?:-[a-zà-ÿ]{{3,}})?{_PLURAL}\)")
# `middelbaar beroepsonderwijs (mbo)`: a lowercase short form, only in parentheses, fitted on initials
_PAREN_LOWER = re.compile(r"\((?P<short>[a-z]{2,5})\)")
# `Wet ter bescherming koopvaardij (Wbk)`, `Algemene wet bestuursrecht (Awb)`: a capital and lowercase letters, only in
# parentheses, each letter a content word's initial and every content word used (not `(Irak)`, `(Oman)`)
_PAREN_CAPITALISED = re.compile(r"\((?P<short>[A-Z][a-z]{2,4})\)")
# lowercase words that stand in parentheses as words, never as short forms (and every month form, `(mrt)`)
_NOT_LOWER_SHORT = frozenset((
    "ook", "nog", "wel", "zie", "dus", "red", "sic", "cf", "vgl", "etc", "bijv", "nb", "ca", "nr", "nrs", "art",
    "jo", "jl", "ev", "evt", "resp", "zgn", "zg", "pm", "na", "toen", "nu", "niet", "geen", "alle", "enkele",
    *MONTHS,
))
# `(Long Form, ABBR)`
_PAREN_LONG_SHORT = re.compile(rf"\((?P<long>[^()\n,;]{{3,100}}),[ \t]*(?P<short>{_SHORT}){_PLURAL}\)")
# `ABBR (Long Form)`: a paren, then the short form right before it
_ANY_PAREN = re.compile(r"\((?P<long>[^()\n]{3,120})\)")
_SHORT_TAIL = re.compile(rf"(?<![\w-])(?P<short>{_SHORT}){_PLURAL}[ \t]*\Z")
# `de GVDB-missies en -operaties (Gemeenschappelijk Veiligheids- en Defensiebeleid)`: the short form opens a
# compound before the paren
_COMPOUND_TAIL = re.compile(r"(?<![\w-])(?P<short>[A-Z]{2,8})-[a-zà-ÿ]{3,}(?:[ \t]+(?:en|of)[ \t]+-[a-zà-ÿ]{3,})?"
                            r"[ \t]*\Z")
# a capitalised name right before `(SHORT)` that its letters do not spell: a short form of another language
# (`de Commandant der Strijdkrachten (CHOD NL)`, `de Noord-Atlantische Raad (NAC)`)
# a member of parliament and the party in brackets after the name (`vragen van het lid Van der Wal-Jansen (VVD)`, `de
# leden Kahraman en Tuinman (NSC)`): an affiliation, not a short form the name defines
_MEMBER_BEFORE = re.compile(r"\b(?:[Hh]et\s+lid|[Dd]e\s+leden|Kamerlid|Kamerleden)\s+"
                            r"(?:(?:van|de|der|den|ter|ten|en)\s+|[A-ZÀ-Ý][\w'’.-]*\s*){1,8}$")
_NAME_WORD = re.compile(r"[A-ZÀ-Ý][\w-]+")
_NAME_LINK = frozenset(("der", "van", "voor", "en", "de", "het", "des"))
# the English words that link the parts of a name (`Stabilization Mission in Mali`, `Force for Ukraine`)
_NAME_LINK_EN = frozenset(("in", "of", "for", "and", "the", "on"))
_SHORT2_TAIL = re.compile(rf"(?<![\w-])(?P<short>[A-Z]{{2,8}}[ \t]{_SHORT}){_PLURAL}[ \t]*\Z")
# (or the name's last words kept as written: `MCM Black Sea (Mine Countermeasures Task Group Black Sea)`)
_KEPT_TAIL = re.compile(r"(?<![\w-])(?P<short>[A-Z]{2,8}(?:[ \t][A-Z][a-zà-ÿ]{2,}){1,2})[ \t]*\Z")
# `Long Form – ABBR` (found from the dash, with str.find)
_DASH = re.compile(rf"[–—][ \t]+(?P<short>{_SHORT}){_PLURAL}(?=[\s,.;:)]|$)")
# `ABBR, de Long Form,` in apposition: `EPF, de Europese Vredesfaciliteit,`, `DIANA, het Defence Innovation
# Accelerator for the North Atlantic,` (the long form runs to the next comma or the sentence's end)
# (found from its `, de ` / `, het ` with str.find: the short form is read back from there, the long form on)
_APPOSITION_SHORT = re.compile(rf"(?<![\w-])(?P<short>[A-Z]{{2,8}}[ \t][A-Z]{{2,8}}|{_SHORT})\Z")
# (or `CUI of Critical Undersea Infrastructure,`: the short form, `of`, and the name it stands for)
_APPOSITION_LONG = re.compile(r"(?:,[ \t]+(?:de|het)|[ \t]+of)[ \t]+(?P<long>[A-ZÀ-Ý][^,.;:()\n]{2,120}?)"
                              r"(?=[,;)]|\.(?:\s|$))")
# `(hierna: SG NAVO)`, `(hierna de NAR)`, `(hierna te noemen: ‘de Raad’)`
_HIERNA = re.compile(
    r"\((?:hierna|afgekort)(?:[ \t]+te[ \t]+noemen)?[ \t]*[:,]?[ \t]*(?:(?:de|het)[ \t]+)?[‘'\"“«]?"
    r"(?P<short>[^()‘’'\"“”«»\n]{2,40}?)[’'\"”»]?\)"
)
_WORD = re.compile(r"[^\s()\[\]]+")
# where a long form cannot reach back past
_STOP_CHARS = ".;:!?()[]\n,\t"
_STOP_DASHES = (" – ", " — ", "\t– ", "\t— ")
_REACH = 160
_PART_SPLIT = re.compile(r"[-‐‑/]")
_ALNUM = re.compile(r"\W|_")
_PLURAL_CAPS = re.compile(r"[A-Z]{2,}s")
# a Roman numeral as written (`XII`, `XLV`; not `ICC`, which no numeral is)
_ROMAN = re.compile(r"(?=[IVXLC])C{0,3}(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})")
_QUOTES = "‘’'\"“”«»*"

FUNCTION_WORDS = frozenset((
    "van", "de", "der", "den", "het", "een", "voor", "en", "in", "op", "aan", "met", "tot", "te", "ter", "ten", "bij",
    "om", "uit", "over", "of", "als", "'s", "inzake", "the", "and", "for", "on", "to", "at", "by", "with", "from",
    "a", "an", "des", "du", "la", "le", "les", "et",
    # (and French ones, for the French names of missions: `Mission internationale de soutien à la Centrafrique sous
    # conduite africaine` MISCA)
    "à", "au", "aux", "sous", "pour", "sur", "par", "avec",
))
# Dutch words and their English counterparts, for English acronyms of Dutch names (the initial, `EPF` of `Europese
# Vredesfaciliteit`; or the first letters, `PESCO` of `permanente gestructureerde samenwerking`)
_GLOSSARY = {
    "bijeenkomst": "meeting", "vergadering": "meeting", "ministeri": "ministerial", "raad": "council",
    "buitenlands": "foreign", "zaken": "affairs", "vertegenwoordiger": "representative", "dienst": "service",
    "verenigd": "united", "staten": "states", "naties": "nations", "unie": "union", "commissie": "commission",
    "verdrag": "treaty", "vrede": "peace", "veiligheid": "security", "verdediging": "defence",
    "gemeenschappelijk": "common", "strijdkrachten": "forces", "samenwerking": "cooperation",
    "gestructureerd": "structured", "permanent": "permanent", "top": "summit", "militair": "military",
    "comité": "committee", "hoofdkwartier": "headquarters", "inlichtingen": "intelligence", "oekraïne": "ukraine",
    "luchtmacht": "air force", "fonds": "fund", "faciliteit": "facility", "agentschap": "agency", "beleid": "policy",
    "noord": "north", "navo": "nato", "zuid": "south", "geïntegreerd": "integrated", "geintegreerd": "integrated",
    # (a short form that is two letters of an English one: `VN-missie in Zuid-Soedan` UNMISS)
    "vn": "united nations",
    # (compounds are read part by part, `_compound`: Wereldvoedselprogramma WFP, Wereldgezondheidsorganisatie WHO)
    "kunstmatig": "artificial", "wereld": "world", "voedsel": "food", "programma": "programme",
    "gezondheid": "health", "organisatie": "organisation", "handel": "trade", "ontwikkeling": "development",
    "energie": "energy", "atoom": "atomic", "internationaal": "international", "straf": "criminal", "hof": "court",
    # (and the parts of the ministry's own compounds: Defensiematerieelbegrotingsfonds DMF, Defensiematerieelorganisatie
    # DMO; a part the short form skips is left unused)
    "defensie": "defence", "materieel": "materiel", "begroting": "budget",
    # (the EU's own Dutch names: `gecoördineerde jaarlijkse evaluatie van defensie` CARD, Coordinated Annual Review on
    # Defence)
    "gecoördineerd": "coordinated", "gecoordineerd": "coordinated", "jaarlijks": "annual", "evaluatie": "review",
}
# the older Dutch names of the services that the military's short forms keep (`Commandant der Zeestrijdkrachten in het
# Caribisch gebied (CZMCARIB)`: Commandant Zeemacht Caribisch gebied), read when the name as written does not fit
_SERVICE_ALIASES = vocabulary.service_names()     # `inzet/data/service_names.tsv`
# two-word Dutch names that stand for one letter of an English acronym (Foreign in FMM)
_PHRASES = {("buitenlandse", "zaken"): "f"}
_MAX_INNER_SHARE = 0.5


class _Tok(NamedTuple):
    """A word of the view: its interval, and its parts split at hyphens."""

    start: int
    end: int
    text: str

    @property
    def parts(self) -> list[str]:
        return [p for p in _PART_SPLIT.split(self.text.strip(_QUOTES)) if p]

    @property
    def bare(self) -> str:
        return self.text.strip(_QUOTES).strip("’'").removesuffix("’s").removesuffix("'s")


# `_Tok(a, b, w)` goes through a Python-level `__new__`; the tuple constructor is direct (hot loop)
_new_tok = tuple.__new__


def _is_short(s: str) -> bool:
    """Does `s` look like an acronym (`DMM`, `eFP`, `RBZ-Defensie`, `SG NAVO`, `5G`)?"""
    if _DIGIT_SHORT.fullmatch(s) or _HYPHEN_CAPS.fullmatch(s):
        return True                                 # `5G`; `C-IED`, `C-UAS`
    head = s.split("-", 1)[0].split(" ", 1)[0]      # up to the first hyphen or space
    if head[:1].isupper() and len(head) >= 2 and head.isupper() and any(map(str.isdigit, head)):
        return True                                 # `C2`, `C4ISR`, `IP4`
    caps = sum(map(str.isupper, head))
    if len(head) < 2 or caps < 2 or _ROMAN.fullmatch(head) or not head[-1].isalnum():
        return False
    letters = sum(map(str.isalpha, head))
    return caps >= 0.5 * letters or (caps >= 2 and letters <= 6) or bool(_CHUNKED.fullmatch(head))


def _units(short: str, words: tuple[str, ...]) -> tuple[tuple[str, bool], ...]:
    """The short form as units to match: letters, or whole words (`Defensie` in `RBZ-Defensie`)."""
    known = {p.casefold() for w in words for p in re.split(r"[-‐‑/]", w) if p}
    out: list[tuple[str, bool]] = []
    for part in re.split(r"[- ]", short):
        if not part:
            continue
        if (len(part) >= 3 and part.casefold() in known and (not part.isupper() or len(out) > 0)) \
                or (part[:1].isupper() and part[1:].islower() and len(part) >= 3):
            out.append((part.casefold(), True))
        elif not part.isupper() and re.search(r"[A-Z][a-z]", part):
            # mixed case: `SatCen` is Sat… Cen…, `eFP` is e F P
            for chunk in re.findall(r"[A-Z][a-z]+|[A-Z]|[a-z]+", part):
                if len(chunk) >= 3 or (len(chunk) == 2 and chunk[0].islower()):
                    # `SatCen`, `MinDef`: word pieces; `BwU` (Build with Ukraine): one letter per word
                    out.append((chunk.casefold(), True))
                else:
                    out.extend((c.casefold(), False) for c in chunk)
        else:
            out.extend((c.casefold(), False) for c in part if c.isalpha())
    return tuple(out)


_DIGIT_SHORT = re.compile(r"\d[A-Z]{1,3}")
# a short form that ends in a word of its long form as written: `CTF Baltic`, `MCM Black Sea`
_KEPT_WORD = re.compile(r"[ \t][A-Z][a-zà-ÿ]{2,}\Z")
_HYPHEN_CAPS = re.compile(r"[A-Z]-[A-Z]{2,6}")
_CHUNKED = re.compile(r"(?:[A-Z][a-z]{0,3}){2,4}")     # syllable-chunked: `MinBuZa`, `SatCen`
# a leading digit stands for its number word: `5G` is `vijfde generatie` / `fifth generation`
_DIGIT_WORDS = {
    "2": ("Twee", "Tweede", "Second", "Two", "Dual"), "3": ("Drie", "Derde", "Third", "Three"),
    "4": ("Vier", "Vierde", "Fourth", "Four"), "5": ("Vijf", "Vijfde", "Fifth", "Five"),
    "6": ("Zes", "Zesde", "Sixth", "Six"),
}
_NUMBER_WORDS_LED = frozenset(w.casefold() for words in _DIGIT_WORDS.values() for w in words)
_INNER_DIGIT = re.compile(r"([A-Z])([2-6])")


def _variants(short: str) -> list[str]:
    """The letter sequences a short form with digits may stand for: a digit after a letter repeats
    it (`C4ISR` is C C C C I S R, `C2` is C C) or is a count of its own (`IP4`); a leading digit is
    its number word (`5G`), or before one letter a count of words with that initial (`3D` of `Defence, Diplomacy
    and Development`)."""
    if short[:1].isdigit():
        words = [f"{w}-{short[1:]}" for w in _DIGIT_WORDS.get(short[0], ())]
        return words + ([short[1] * int(short[0])] if words and len(short) == 2 else [])
    if not _INNER_DIGIT.search(short):
        return [short]
    return [_INNER_DIGIT.sub(lambda m: m.group(1) * int(m.group(2)), short), short]


def _fits(short: str, words: tuple[str, ...]) -> bool:
    """Does some reading of `short` fit `words` strictly?"""
    return any(_strict(v, words) is not None for v in _variants(short))


def _appositions(view: str) -> list[int]:
    """Offsets of every `, de `, `, het ` and ` of ` after a word with two capitals (`EPF`, `KMar`, `SNMCMG1`):
    where a short form in apposition can end."""
    out = []
    for needle in (", de ", ", het ", " of "):
        i = view.find(needle)
        while i > 0:
            # (the word is within the 14 characters before: fewer than two capitals there, and it has none)
            if sum(map(str.isupper, view[max(0, i - 14) : i])) >= 2:
                j = i
                while j > 0 and i - j < 14 and view[j - 1].isalnum():
                    j -= 1
                if sum(map(str.isupper, view[j:i])) >= 2:
                    out.append(i)
            i = view.find(needle, i + 1)
    return sorted(out)


def _fits_apposition(short: str, words: tuple[str, ...]) -> bool:
    """Does `short` fit the whole apposition, or its head before a complement (`Hoge Vertegenwoordiger` of `Hoge
    Vertegenwoordiger van de Unie voor buitenlandse zaken …`)?"""
    if _fits(short, words) or _loose(short, words) == 0:      # (an English short form of Dutch words: EPF)
        return True
    return any(_is_function(words[i]) and _fits(short, words[:i]) for i in range(1, len(words)))


@lru_cache(maxsize=8192)
def _is_function(word: str) -> bool:
    return word.casefold().strip(_QUOTES) in FUNCTION_WORDS


@lru_cache(maxsize=4096)
def _strict(short: str, words: tuple[str, ...]) -> float | None:
    """Cost of the best in-order fit of `short` on `words` (first letter at the first word), or None."""
    units = _units(short, words)
    if not units or not words:
        return None
    # the long form as a character sequence with a kind per character
    chars: list[tuple[str, int, int]] = []   # (casefolded char, word index, kind: 0 initial, 1 inner capital, 2 inner)
    starts: dict[int, int] = {}              # char index of each word part start -> word index
    for wi, w in enumerate(words):
        w = w.strip(_QUOTES)
        at_start = True
        for c in w:
            if not c.isalnum():
                at_start = True
                continue
            if at_start:
                starts[len(chars)] = wi
            chars.append((c.casefold(), wi, 0 if at_start else (1 if c.isupper() else 2)))
            at_start = False
    n_letters = sum(1 for _, is_word in units if not is_word)
    number_led = units[0][1] and units[0][0] in _NUMBER_WORDS_LED
    kept = bool(_KEPT_WORD.search(short)) and not units[0][1]
    max_inner = max(1, int(n_letters * _MAX_INNER_SHARE)) if n_letters >= 2 else 0
    best: list[float] = []

    def walk(ui: int, pos: int, cost: float, inner: int, used: frozenset[int], chain: int = -1,
             dropped: bool = False) -> None:
        """Match units[ui:] from char `pos`; `chain` is the last char of a run begun at an initial; `dropped`: a kept
        word of the short form is not in the long form."""
        if best and cost >= best[0]:
            return
        if ui == len(units):
            skipped = sum(1 for wi, w in enumerate(words) if wi not in used and not _is_function(w))
            # a short form led by a number word names a generation or dimension, and the thing it is one of
            # may follow its letters: `vijfde generatie mobiele netwerken (5G)`
            # and one that keeps the name's last words as they are abbreviates only its head, which may drop one
            # more word of its kind: `Mine Countermeasures Task Group Black Sea (MCM Black Sea)`
            limit = (1 if n_letters <= 3 else 2) + number_led + kept
            if skipped <= limit:
                total = cost + skipped
                if not best or total < best[0]:
                    best[:] = [total]
            return
        u, is_word = units[ui]
        if is_word and kept and not dropped and 0 < ui < len(units) - 1 and units[ui + 1][1]:
            # a kept word before the last may name what the long form leaves out, the region of a family of missions:
            # `EU Capacity Building Mission in Mali (EUCAP Sahel Mali)`
            walk(ui + 1, pos, cost + 1, inner, used, chain, True)
        if is_word:
            for ci in range(pos, len(chars)):
                if ci in starts:
                    wi = starts[ci]
                    part = "".join(ch for ch, w2, _ in chars[ci:] if w2 == wi)
                    if part.startswith(u):
                        walk(ui + 1, ci + len(u), cost, inner, used | {wi}, dropped=dropped)
                if ui == 0:
                    return
            return
        for ci in range(pos, len(chars)):
            ch, wi, kind = chars[ci]
            if ui == 0 and ci > 0:
                return
            if ch != u:
                continue
            if kind == 2 and chain == ci - 1 and chars[chain][1] == wi:
                # a run of letters at a word start: HUM-INT from `Human Intelligence`
                walk(ui + 1, ci + 1, cost + 0.25, inner, used | {wi}, ci, dropped)
                continue
            if kind == 2 and inner >= max_inner:
                continue
            walk(ui + 1, ci + 1, cost + (0, 0.5, 1)[kind], inner + (kind == 2), used | {wi},
                 ci if kind == 0 else -1, dropped)

    walk(0, 0, 0.0, 0, frozenset())
    return best[0] if best else None


@lru_cache(maxsize=8192)
def _word_letters(word: str) -> tuple[frozenset[str], ...]:
    """Letters a content word may stand for in an English acronym: per hyphen part."""
    out = []
    for part in _PART_SPLIT.split(word.strip(_QUOTES)):
        if not part or _is_function(part):
            continue
        low = part.casefold()
        pieces = _compound(low)
        if pieces:              # one slot per part of a compound of glossary words
            out += [frozenset({key[0], _GLOSSARY[key][0]}) for key in pieces]
            continue
        letters = {low[0]} | {c.casefold() for c in part[1:] if c.isupper()}
        for key, english in _GLOSSARY.items():
            if low.startswith(key):
                letters.add(english[0])
        out.append(frozenset(letters))
    return tuple(out)


_BY_LENGTH = sorted(_GLOSSARY, key=len, reverse=True)


@lru_cache(maxsize=4096)
def _syllables(short: str, words: tuple[str, ...]) -> bool:
    """Is `short` a syllable acronym of the English names of Dutch words, each word in order giving the first one to
    three letters of itself or of its English name, at least one of them the English (`PESCO` of `permanente
    gestructureerde samenwerking`: PErmanent Structured COoperation)?"""
    letters = "".join(c.casefold() for c in short if c.isalpha())
    if len(letters) < 4 or not short.isupper():
        return False
    forms: list[tuple[tuple[str, bool], ...]] = []      # per content word: (form, is English)
    for w in words:
        if _is_function(w):
            continue
        low = w.strip(_QUOTES).casefold()
        if not low.isalpha():
            return False
        key = next((k for k in _BY_LENGTH if low.startswith(k)), None)
        forms.append(((low, False), *(((_GLOSSARY[key].replace(" ", ""), True),) if key else ())))
    if not 2 <= len(forms) <= len(letters):
        return False

    def fit(i: int, j: int, english: bool) -> bool:
        if i == len(forms):
            return j == len(letters) and english
        return any(form[:n] == letters[j:j + n] and fit(i + 1, j + n, english or is_en)
                   for form, is_en in forms[i] for n in (1, 2, 3) if len(form) >= n)

    return fit(0, 0, False)


@lru_cache(maxsize=4096)
def _translated(short: str, words: tuple[str, ...]) -> bool:
    """Do the letters of `short` spell the initials of the English of Dutch words, each word or compound part the
    glossary knows as its English words, the others as written, every content word used and function words used or
    skipped (`VN-missie in Zuid-Soedan` read as United Nations mission in South Sudan: UNMISS)?"""
    if len(short) < 3 or not short.isupper():
        return False
    english: list[str] = []
    changed = False
    for w in words:
        for part in _PART_SPLIT.split(w.strip(_QUOTES)):
            if not part:
                continue
            low = part.casefold()
            if _is_function(part):
                english.append(part)
                continue
            keys = _compound(low) or [next((k for k in _BY_LENGTH if low.startswith(k)), "")]
            if not keys[0]:
                english.append(part)
                continue
            english += [e for k in keys for e in _GLOSSARY[k].split()]
            changed = True
    return changed and _initials(short.casefold(), tuple(english))


def _initials(letters: str, words: tuple[str, ...]) -> bool:
    """Are `letters` the initials of `words` in order, every content word's taken and a function word's optional?"""
    if not words:
        return not letters
    w = words[0]
    if letters[:1] == w[:1].casefold() and _initials(letters[1:], words[1:]):
        return True
    return _is_function(w) and _initials(letters, words[1:])


def _spelled_by_initials(short: str, words: tuple[str, ...]) -> bool:
    """Does each letter of `short` stand at the initial of a word or compound part of `words`, in order, the first at
    the first word, function words used or skipped and one content word at most left out (`United Nations Mission in
    the Republic of South Sudan` UNMISS; not `Permanent Structured Cooperation` PESCO, whose E and O are inside)?"""
    letters = [c.casefold() for c in short if c.isalpha()]
    parts = [(p[0].casefold(), _is_function(p)) for w in words for p in _PART_SPLIT.split(w.strip(_QUOTES)) if p]
    if not letters or not parts or len(letters) != len(short) or parts[0][0] != letters[0]:
        return False

    def walk(li: int, pi: int, left_out: int) -> bool:
        if li == len(letters):
            return left_out + sum(1 for _, fn in parts[pi:] if not fn) <= 1
        if pi == len(parts):
            return False
        initial, function = parts[pi]
        if initial == letters[li] and walk(li + 1, pi + 1, left_out):
            return True
        return walk(li, pi + 1, left_out + (not function)) if function or left_out < 1 else False

    return walk(0, 0, 0)


def _compound(low: str) -> list[str] | None:
    """The glossary words a compound is made of, two or more, with a linking `s` allowed after each
    (`wereldvoedselprogramma` → wereld, voedsel, programma); None when it is not made of them."""
    def parts(i: int) -> list[str] | None:
        if i == len(low):
            return []
        for key in _BY_LENGTH:
            if low.startswith(key, i):
                j = i + len(key)
                for k in (j, j + 1) if low[j:j + 1] == "s" else (j,):
                    rest = parts(k)
                    if rest is not None:
                        return [key, *rest]
        return None
    found = parts(0)
    return found if found and len(found) >= 2 else None


@lru_cache(maxsize=4096)
def _loose(short: str, words: tuple[str, ...]) -> int | None:
    """Number of short-form letters left unassigned in a loose (any order) fit, or None if none."""
    letters = [c.casefold() for c in short if c.isalpha()]
    if len(letters) < 2 or not short[0].isupper():
        return None
    slots: list[tuple[frozenset[str], bool]] = []   # (letters, may stay unused)
    skippable = False                                # an inner part of a compound may stay unused (then all fit)
    merged = False
    for wi, w in enumerate(words):
        if merged:
            merged = False
            continue
        if _is_function(w):
            continue
        nxt = words[wi + 1].strip(_QUOTES).casefold() if wi + 1 < len(words) else ""
        pair = (w.strip(_QUOTES).casefold(), nxt)
        if pair in _PHRASES:
            slots.append((frozenset({pair[0][0], _PHRASES[pair]}), False))
            merged = True
            continue
        split = _PART_SPLIT.split(w.strip(_QUOTES))
        for i, part in enumerate(split):
            if not part or _is_function(part):
                continue
            optional = part.isupper() and len(split) > 1 and i == 0
            cands = _word_letters(part) or (frozenset(),)     # (a compound of glossary words: a slot a part)
            # (of a compound of three or more, an inner part may go unused by a short form of three letters or more:
            # Defensiematerieelbegrotingsfonds DMF)
            inner = len(letters) >= 3 and len(cands) >= 3
            skippable = skippable or inner
            slots += [(c, optional or (inner and 0 < ci < len(cands) - 1)) for ci, c in enumerate(cands)]
    if not slots or len(slots) > len(letters) + 1:
        return None
    best: list[int] = []

    def assign(si: int, remaining: tuple[str, ...]) -> None:
        if best and best[0] == 0:
            return
        if si == len(slots):
            if not best or len(remaining) < best[0]:
                best[:] = [len(remaining)]
            return
        cand, optional = slots[si]
        for c in set(remaining) & cand:
            rest = list(remaining)
            rest.remove(c)
            assign(si + 1, tuple(rest))
        if optional:
            assign(si + 1, remaining)

    assign(0, tuple(letters))
    if not best:
        return None
    missing = best[0]
    if missing == 0 or (missing == 1 and len(letters) >= 3 and short.isupper() and not skippable):
        return missing
    return None


@dataclass(frozen=True, slots=True)
class _Fit:
    start: int          # view interval of the long form
    end: int
    strict: bool
    missing: int


def _max_words(short: str) -> int:
    """How many words before a short form its long form may take."""
    return 2 * len([c for c in short if c.isalpha()]) + 4


def _fit_before(short: str, toks: list[_Tok], allow_loose: bool = True, translated: bool = False) -> _Fit | None:
    """The shortest suffix of `toks` (the words before the short form) that fits `short`; with `translated` and no
    loose fit, a translated one counts too (`Defensie, Diplomatie en Ontwikkeling` 3D: Defence, Diplomacy,
    Development)."""
    if not toks:
        return None
    toks = toks[-_max_words(short):]
    texts = tuple(t.text for t in toks)
    joined = " ".join(texts)
    bare = _ALNUM.sub("", short)
    # (the tests per word run only when the words hold the short form, or its first letter, at all)
    if (short in joined and any(short in t.text and (t.bare == short or short in t.parts) for t in toks)) \
            or (bare[:1] in joined and any(bare[:1] in t.text and _ALNUM.sub("", t.bare) == bare for t in toks)):
        return None      # the long form holds the short form itself: `Operation SETWISE (SETWISE)`, `F-35 (F35)`
    # a figure (`2,1% van het bbp (NAVO-definitie)`) is no part of a name: the long form starts after it
    # (`map` tests the characters without a Python-level loop, and the words one by one only when one has a digit)
    low = 0 if any(map(str.isdigit, short)) or not any(map(str.isdigit, joined)) else next(
        (i + 1 for i in range(len(toks) - 1, -1, -1) if any(map(str.isdigit, texts[i]))), 0)
    # the first letter of each word, casefolded, for the strict fits' start words
    heads = [w[0].casefold() if (w := t.strip(_QUOTES)) else "" for t in texts]
    aliased = tuple(_SERVICE_ALIASES.get(t.casefold(), t) for t in texts)
    readings = (texts, aliased) if aliased != texts else (texts,)
    for words in readings:          # (the words as written first, then with the services' older names)
        for v in _variants(short):      # the fullest reading first: `C4ISR` as C C C C I S R
            first = v[0].casefold()
            # (a count of one letter, `3D` as D D D, takes word initials only and leaves no word unused: not the inner
            # `d` of `and` in `Diplomacy and Development`)
            counted = short[:1].isdigit() and v.isalpha()
            best: tuple[float, int] | None = None        # (cost, start word): the cheapest, then the shortest
            for i in range(len(toks) - 1, low - 1, -1):
                if heads[i] == first and not _is_function(toks[i].text.strip(_QUOTES)):
                    cost = _strict(v, words[i:])
                    if cost is not None and (best is None or cost < best[0]) and not (counted and cost):
                        best = (cost, i)
            if best is not None:
                return _Fit(toks[best[1]].start, toks[-1].end, True, 0)
    if not allow_loose:
        if translated:
            for i in range(len(toks) - 1, low - 1, -1):
                if not _is_function(toks[i].text) and any(_translated(v, texts[i:]) for v in _variants(short)):
                    return _Fit(toks[i].start, toks[-1].end, True, 0)
        return None
    found: _Fit | None = None
    for i in range(len(toks) - 1, low - 1, -1):
        w = toks[i].text.strip(_QUOTES)
        if not w or _is_function(w):
            continue
        missing = _loose(short, texts[i:])
        if missing != 0 and (_syllables(short, texts[i:]) or _translated(short, texts[i:])):
            missing = 0
        if missing is not None and (found is None or missing < found.missing):
            found = _Fit(toks[i].start, toks[-1].end, False, missing)
            if missing == 0:
                break
    return found


# a type designation: mixed-case letters and a model number (`PzH 2000`, `FlaK 38`); its lowercase letters may spell the
# name in another language (`Pz` of German `Panzer`, the long form the Dutch `Pantserhouwitsers 2000`)
_TYPE_SHORT = re.compile(r"(?P<letters>[A-Z](?=[A-Za-z]*[a-z])(?=[A-Za-z]*[A-Z](?<=[a-z][A-Z]))[A-Za-z]{1,4})"
                         r"[ \t-](?P<num>\d{2,4})")
_TYPE_TAIL = re.compile(r"(?<![\w-])(?P<short>[A-Z][A-Za-z]{1,4}[ \t-]\d{2,4})[ \t]*\Z")


def _type_fit(short: str, toks: list[_Tok]) -> _Fit | None:
    """The long form of a type designation (`Pantserhouwitsers 2000 (PzH 2000)`): one or two capitalised words and the
    model number, the first capital at the first word's initial, the other capitals in order in those words, the
    lowercase letters matched where they can be (another language's spelling)."""
    m = _TYPE_SHORT.fullmatch(short)
    if m is None or len(toks) < 2 or toks[-1].bare != m.group("num"):
        return None
    letters = m.group("letters")
    for n in (1, 2):
        words = toks[-1 - n : -1]
        if len(words) < n or not all(_NAME_WORD.fullmatch(t.bare) for t in words):
            return None
        chars = "".join(t.bare for t in words)
        pos = 1
        for c in letters[1:]:
            k = chars.casefold().find(c.casefold(), pos)
            if k < 0 and c.isupper():
                break
            pos = k + 1 if k >= 0 else pos
        else:
            if chars[0] == letters[0]:
                return _Fit(words[0].start, toks[-1].end, True, 0)
    return None


def _other_language(short: str, toks: list[_Tok]) -> _Fit | None:
    """A name of two or more capitalised words after `de`/`het` right before a short form in capitals that its
    letters do not spell (`de Commandant der Strijdkrachten (CHOD NL)`): a loose fit, which any fit of the
    letters elsewhere in the letter replaces."""
    if not re.fullmatch(r"[A-Z]{3,8}(?: [A-Z]{2,4})?", short) or not toks:
        return None
    links = _NAME_LINK | _NAME_LINK_EN
    i = len(toks)
    while i > 0 and toks[i - 1].text not in ("De", "Het", "Een") \
            and (_NAME_WORD.fullmatch(toks[i - 1].text) or toks[i - 1].text in links):
        i -= 1
    while i < len(toks) and toks[i].text in links:
        i += 1                      # the name starts with a capital, after its article
    names = [t for t in toks[i:] if _NAME_WORD.fullmatch(t.text)]
    if len(names) < 2 or toks[-1].text in links:
        return None
    if i == 0 or toks[i - 1].text.casefold() not in ("de", "het", "een"):
        return None
    if any(t.text in _NAME_LINK_EN for t in toks[i:]) and (toks[i].text[:1] != short[:1] or not all(
            t.text in links or not t.text[:1].islower() for t in toks[i:])):
        return None     # (with an English link, a name the short form opens with: not `de VN-missie in Zuid-Soedan`)
    return _Fit(toks[i].start, toks[-1].end, False, 1)


def _names_list(words: list[str]) -> bool:
    """Are `words` (a long form read across commas) a list of names: items of at most four content words, none a short
    form itself (`Command, Control, …, Surveillance and Reconnaissance`, `intelligence, surveillance and
    reconnaissance`; not `EDA, aansluitend bij het voorstel voor een Europese wet voor gezamenlijke aanbesteding`, a
    clause after another acronym)?"""
    item: list[str] = []
    for w in [*words, ","]:
        bare = w.rstrip(",").strip(_QUOTES)
        if bare and not _is_function(bare):
            item.append(bare)
        if w.endswith(","):
            if len(item) > _LIST_ITEM_WORDS or (len(item) == 1 and _is_short(item[0])):
                return False
            item = []
    return True


_LIST_ITEM_WORDS = 4


_stops_cache: list[object] = [None, "", ()]


def _stops_in(view: str) -> tuple[str, tuple[str, ...]]:
    """The stop characters and blank-dash-blank stops that occur in `view` at all (kept for the
    last view): the others need no search."""
    if _stops_cache[0] is not view:
        _stops_cache[:] = [view, "".join(c for c in _STOP_CHARS if c in view),
                           tuple(d for d in _STOP_DASHES if d[1] in view)]
    return _stops_cache[1], _stops_cache[2]  # type: ignore[return-value]


def _words_before(view: str, pos: int, limit: int | None = None, lists: bool = False,
                  dashes_stop: bool = True) -> list[_Tok]:
    """The words between the last stop (sentence end, comma, paren, newline) and `pos` (the last
    `limit` of them when given); with `lists`, commas do not stop (`Command, Control, … (C4ISR)`).

    An earlier short form in parentheses is stepped over: `Raad Buitenlandse Zaken (RBZ) met
    Ministers van Defensie (RBZ-Defensie)`.
    """
    lo = max(0, pos - _REACH)
    skip: list[tuple[int, int]] = []
    end = pos
    a = lo
    stops, dashes = _stops_in(view)
    if not dashes_stop:
        dashes = ()
    if lists:
        stops = stops.replace(",", "")
    seg = view[lo:pos]      # `rfind` on a short slice is cheaper than with bounds on the view
    while end > lo:
        # the last stop: `map` runs the `rfind`s without a Python-level loop
        j = max(map(seg.rfind, stops, repeat(0), repeat(end - lo)), default=-1)
        if dashes:
            k = max(map(seg.rfind, dashes, repeat(0), repeat(end - lo)))
            if k >= 0:
                j = max(j, k + 1)   # the dash itself
        if j < 0:
            break
        j += lo
        if view[j] == ")":
            o = view.rfind("(", lo, j)
            m = _PAREN.match(view, o) if o >= 0 else None
            if m and m.end() == j + 1 and _is_short(m.group("short")):
                skip.append((o, j + 1))
                end = o
                continue
        a = j + 1
        break
    # no stop, paren or bracket stands in view[a:pos] outside the skipped parens: the words are the
    # whitespace-separated parts of the stretches between them, placed from the end (a word is
    # followed by blanks only, up to the next)
    gaps = []
    hi = pos
    for o, e in skip:
        gaps.append((e, hi))
        hi = o
    gaps.append((a, hi))
    out: list[_Tok] = []
    for ga, gb in gaps:
        chunk = view[ga:gb]
        if limit is None:
            words = chunk.split()
        else:
            need = limit - len(out)
            if need <= 0:
                break
            words = chunk.rsplit(None, need)[-need:]
        p = len(chunk)
        for w in reversed(words):
            p = chunk.rfind(w, 0, p)
            out.append(_new_tok(_Tok, (ga + p, ga + p + len(w), w)))
    out.reverse()
    return out


_NUMBER_END = re.compile(r"[- ](?P<n>\d{1,4})\Z")


def _number_in_long(short: str, long: str) -> bool:
    """A short form ending in a number (`CTF-150`, `CTF 151`) has that number as a word of its long form (`Combined
    Task Force 150`); not a type's number beside a name its letters happen to fit (`Chinook helikopters (CH-47)`)."""
    m = _NUMBER_END.search(short)
    return m is None or m.group("n") in long.split()


def _dashes_inside_a_name(toks: list[_Tok], start: int) -> bool:
    """Does each dash among `toks` from view offset `start` on stand between capitalised words, inside one name
    (`Maritime Security Centre – Horn of Africa`), not between a clause and a name?"""
    for i, t in enumerate(toks):
        if t.start < start or t.text not in ("–", "—"):
            continue
        if i == 0 or i + 1 >= len(toks) or not toks[i - 1].text[:1].isupper() or not toks[i + 1].text[:1].isupper():
            return False
    return True


def _dashes(view: str) -> list[re.Match[str]]:
    """`– ABBR` after a space, found from the dashes."""
    out = []
    for dash in "–—":
        i = view.find(dash)
        while i >= 0:
            if i > 0 and view[i - 1] in " \t":
                m = _DASH.match(view, i)
                if m:
                    out.append(m)
            i = view.find(dash, i + 1)
    return sorted(out, key=lambda m: m.start())


def _clean_short(s: str) -> str:
    s = s.strip()
    for suffix in ("'s", "’s", "`s"):
        s = s.removesuffix(suffix)
    if _PLURAL_CAPS.fullmatch(s):   # `PCAs`
        s = s[:-1]
    return s


def _long_text(doc: Document, a: int, b: int) -> str:
    return " ".join(doc.view[a:b].split()).strip(_QUOTES + " ")


def extract(doc: Document) -> list[Acronym]:
    """Every acronym definition in the letter, in text order (rule `acronyms.v1`)."""
    try:
        return _extract(doc)
    finally:
        _stops_cache[:] = [None, "", ()]    # the view is not kept alive after its letter (a big one is 40 MB)


def _extract(doc: Document) -> list[Acronym]:
    view = doc.view
    found: list[tuple[int, int, str, str, bool, int]] = []  # (vstart, vend, short, long, strict, missing)
    taken: set[int] = set()                              # paren starts already read

    def emit(a: int, b: int, short: str, fit: _Fit | None) -> None:
        if fit is not None:
            found.append((a if a >= 0 else fit.start, b, short, _long_text(doc, fit.start, fit.end),
                          fit.strict, fit.missing))

    for m in _HIERNA.finditer(view):
        short = _clean_short(m.group("short")).strip(_QUOTES + " ")
        if not short or not (_is_short(short.split()[0]) or _is_short(short)):
            continue
        taken.add(m.start())
        emit(-1, m.end(), short, _fit_before(short, _words_before(view, m.start(), _max_words(short))))
    for m in _PAREN_LONG_SHORT.finditer(view):
        short = _clean_short(m.group("short"))
        if not _is_short(short):
            continue
        inner = m.group("long")
        toks = [_Tok(m.start("long") + t.start(), m.start("long") + t.end(), t.group(0))
                for t in _WORD.finditer(inner)]
        fit = _fit_before(short, toks)
        if fit is not None:
            taken.add(m.start())
            emit(m.start(), m.end(), short, fit)
    for m in _PAREN.finditer(view):
        if m.start() in taken:
            continue
        short = _clean_short(m.group("short"))
        lo = max(0, m.start() - 80)
        # (a member's name follows `lid` or `leden`: the pattern runs only where one of them stands)
        if not _is_short(short) or ((view.find("lid", lo, m.start()) >= 0 or view.find("leden", lo, m.start()) >= 0)
                                    and _MEMBER_BEFORE.search(view, lo, m.start())):
            continue
        fit = _fit_before(short, _words_before(view, m.start(), _max_words(short)))
        if (fit is None or fit.missing) and "," in view[max(0, m.start() - _REACH) : m.start()]:
            # a long form that is a list of names: only a strict fit of every letter (which a loose fit of the last
            # item, a letter short, gives way to: `intelligence, surveillance and reconnaissance (ISR)`)
            toks = _words_before(view, m.start(), _max_words(short), lists=True)
            listed = _fit_before(short, toks, allow_loose=False, translated=True)
            if listed is not None and _names_list([t.text for t in toks if t.start >= listed.start]):
                fit = listed
        if fit is None and _stops_in(view)[1]:
            # a dash between the parts of a hyphenated short form's long form: `Combined Joint Task Force – Operation
            # Inherent Resolve (CJTF-OIR)`; or inside a name, between capitalised words: `Maritime Security Centre –
            # Horn of Africa (MSCHOA)`
            toks = _words_before(view, m.start(), _max_words(short) + 1, dashes_stop=False)
            fit = _fit_before(short, [t for t in toks if t.text not in ("–", "—")], allow_loose=False)
            if fit is not None and "-" not in short and not _dashes_inside_a_name(toks, fit.start):
                fit = None
        if fit is None:
            fit = _type_fit(short, _words_before(view, m.start(), 3))
        if fit is None:
            fit = _other_language(short, _words_before(view, m.start(), 9))
        if fit is not None and not _number_in_long(short, view[fit.start : fit.end]):
            fit = None
        if fit is not None:
            taken.add(m.start())
            emit(-1, m.end(), short, fit)
    for m in _PAREN_CAPITALISED.finditer(view):
        short = m.group("short")
        if m.start() in taken:
            continue
        toks = _words_before(view, m.start(), _max_words(short))
        letters = short.casefold()
        if any(t.bare.casefold() == letters for t in toks):
            continue            # the long form holds the word itself: `in Oman (Oman)`
        fit = _fit_before(letters, toks, allow_loose=False)
        if fit is not None and toks[0].start <= fit.start and view[fit.start].isupper() \
                and _strict(letters, tuple(t.text for t in toks if t.start >= fit.start)) == 0:
            taken.add(m.start())
            emit(-1, m.end(), short, fit)
    for m in _PAREN_LOWER.finditer(view):
        short = m.group("short")
        if m.start() in taken or short in _NOT_LOWER_SHORT or short in FUNCTION_WORDS:
            continue
        toks = _words_before(view, m.start(), _max_words(short))
        fit = _fit_before(short, toks, allow_loose=False)
        if fit is not None and (_strict(short, tuple(t.text for t in toks if t.start >= fit.start)) or 0) <= 1:
            taken.add(m.start())
            emit(-1, m.end(), short, fit)
    for m in _ANY_PAREN.finditer(view):
        paren = m.start()
        if paren in taken:
            continue
        # the short form is (in) the last word before the paren and has a capital: a cheap test first
        last = view[max(0, paren - 24) : paren].rstrip(" \t").rsplit(None, 1)
        compound = _COMPOUND_TAIL.search(view, max(0, paren - 48), paren)
        if not last or (last[-1].lower() == last[-1] and not compound
                        and not (last[-1].isdigit() and _TYPE_TAIL.search(view, max(0, paren - 24), paren))):
            continue
        inner = m.group("long")
        lead = len(inner) - len(inner.lstrip())
        toks = [_Tok(m.start("long") + w.start(), m.start("long") + w.end(), w.group(0))
                for w in _WORD.finditer(inner)]
        if not toks or toks[0].start != m.start("long") + lead:
            continue
        words = tuple(w.text for w in toks)
        # a two-word short form first (`EU NAVFOR (European Union Naval Force)`), then its last word
        for tail in (_KEPT_TAIL, _SHORT2_TAIL, _SHORT_TAIL, _COMPOUND_TAIL, _TYPE_TAIL):
            t = compound if tail is _COMPOUND_TAIL else tail.search(view, max(0, paren - 24), paren)
            if not t:
                continue
            short = _clean_short(t.group("short"))
            if tail is _TYPE_TAIL:
                # (`PzH 2000 (Panzerhaubitze 2000)`: the whole paren is the type's name)
                fit = _type_fit(short, toks)
                if fit is None or fit.start != toks[0].start:
                    continue
            elif not _is_short(short) or any(w.bare == short or short in w.parts for w in toks) \
                    or not _fits(short, words):
                continue        # (nor a paren that holds the short form: `de NAVO (NAVO-SOFA)`, a name made of it)
            taken.add(paren)
            found.append((t.start(), m.end(), short, _long_text(doc, toks[0].start, toks[-1].end), True, 0))
            break
    for comma in _appositions(view):
        sm = _APPOSITION_SHORT.search(view, max(0, comma - 24), comma)
        m = _APPOSITION_LONG.match(view, comma) if sm else None
        if sm is None or m is None:
            continue
        short = _clean_short(sm.group("short"))
        if sm.start() in taken or not _is_short(short):
            continue
        toks = [_Tok(m.start("long") + w.start(), m.start("long") + w.end(), w.group(0))
                for w in _WORD.finditer(m.group("long"))]
        words = tuple(t.text for t in toks)
        if any(t.bare == short for t in toks) or not _fits_apposition(short, words):
            continue
        taken.add(sm.start())
        found.append((sm.start(), m.end(), short, _long_text(doc, toks[0].start, toks[-1].end), True, 0))
    for m in _dashes(view):
        short = _clean_short(m.group("short"))
        if not _is_short(short):
            continue
        fit = _fit_before(short, _words_before(view, m.start(), _max_words(short)), allow_loose=False)
        emit(-1, m.end(), short, fit)

    # a partial loose fit gives way to a better definition of the same short form, and any loose fit (a Dutch
    # paraphrase, `VN-missie in Zuid-Sudan (UNMISS)`) to a name elsewhere that spells it (`United Nations Mission in
    # the Republic of South Sudan (UNMISS)`)
    complete = {f[2] for f in found if f[4] or f[5] == 0}
    loose = {f[2] for f in found if not f[4]}           # (only a short form with a loose fit needs the spelling test)
    spelled = {f[2] for f in found if f[4] and f[2] in loose and _spelled_by_initials(f[2], tuple(f[3].split()))}
    out: list[Acronym] = []
    seen: set[tuple[int, int]] = set()
    for a, b, short, long, is_strict, missing in sorted(found):
        if (a, b) in seen or (missing and short in complete) or (not is_strict and short in spelled) or not long:
            continue
        seen.add((a, b))
        text, span = doc.evidence(a, b)
        out.append(Acronym(short=short, long=_without_kind(short, long), text=text, span=span, rule=RULE))
    return out


# a mission or operation named after a Dutch word for its kind (`de NAVO-missie Resolute Support (RSM)`)
_KIND_FIRST = re.compile(r"(?:NAVO|EU|VN|NATO)-(?P<kind>missie|operatie)\s+(?P<name>[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*)")


def _without_kind(short: str, long: str) -> str:
    """The name alone, where the short form gives the kind in English at its end or its start (`RSM`, Resolute Support
    Mission, of `NAVO-missie Resolute Support`; `OUP`, Operation Unified Protector, of `NAVO-operatie Unified
    Protector`): the Dutch word for the kind is not part of the name the short form stands for."""
    m = _KIND_FIRST.fullmatch(long)
    if m is None:
        return long
    initials = "".join(w[0] for w in m.group("name").split()).upper()
    kind = "M" if m.group("kind") == "missie" else "O"
    return m.group("name") if short.upper() in (initials + kind, kind + initials) else long


__all__ = ["FUNCTION_WORDS", "RULE", "extract"]
