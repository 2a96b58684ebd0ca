"""Deployments of Dutch military personnel or assets: what a letter announces, extends, changes or ends.

How the genre writes them: a paragraph (often under its own heading, often announced in the
opening paragraph as well) in which *Nederland / het kabinet / Defensie* contributes people or
assets (`stafofficieren`, `twee MQ-9's`, `een infanteriecompagnie`, `instructiecapaciteit`) to a
mission or operation somewhere (`aan EUFOR Althea`, `in Roemenië`, `vanuit vliegbasis Leeuwarden`),
with a mandate period (`van 1 juli t/m 1 september 2023`, `tot en met 31 december 2026`), a size
(`maximaal 175 militairen`, `van vier naar maximaal zeven`), sometimes costs (`geraamd op
€345.000`) and funding (`Budget Internationale Veiligheid`).

The reader works in three steps:
1. every body sentence of a paragraph that uses deployment vocabulary is cut into clauses; a
   clause is a *trigger* when a Dutch actor contributes people or assets (not money, not
   materiel for Ukraine, not an ally's plans, not a possibility being considered);
2. within a paragraph, clauses bind to *mentions* by their anchors (mission names, acronyms,
   the places where the unit is): a trigger clause with new anchors opens a mention, other
   clauses add dates, size, costs and funding to the mention they name (or the current one);
3. across the letter, mentions of the same deployment (the opening's announcement and the
   section's detail) are merged; a mere status ("het mandaat loopt … af") that later sentences
   extend or end lends its dates to them and disappears.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator
from dataclasses import dataclass, field

from inzet.extract import countries
from inzet.extract.cues import Cues, Vocab, bits_or
from inzet.extract.dutch import (
    MONTH_RE,
    NUMBER_RE,
    NUMBER_WORDS,
    SCALES,
    make_date,
    month_number,
    number_word,
    parse_number,
)
from inzet.extract.segment import Document, Sentence
from inzet.model import Deployment

RULE = "deployments.v1"

# ---- vocabulary -------------------------------------------------------------------------------

def _forms(words: tuple[str, ...]) -> list[str]:
    return sorted({f for w in words for f in (w, w[:1].upper() + w[1:])})


_PEOPLE_STEMS = (
    "militairen", "militair personeel", "militaire inzet", "personele", "personeel", "stafofficier",
    "staffunctionar", "eenheid", "eenheden", "detachement", "compagnie", "team", "kwartiermaker", "troepen",
    "operatie", "Operation ", "mandaat", "training", "instructeur", "instructiecapaciteit", "trainers",
)
_ASSET_STEMS = (
    "schepen", "schip", "fregat", "mijnenjager", "onderzeeboot", "verleng", "ontplooi", "statione", "uitzend",
    "uitgezonden", "opleidingsprogramma", "artikel 100", "artikel-100", "MQ-9", "F-16", "F-35", "Patriot",
    "NASAMS", "helikopter", "MRTT", "tankvliegtuig", "toevoeg",
)
_MISSIE = r"|(?<![Cc]om)(?<![Ee])missie"          # `missie`, not `Commissie` or `emissie`
# people or assets: enough on its own to make a Dutch clause a deployment
_STRONG_FORMS = _forms((*_PEOPLE_STEMS, *_ASSET_STEMS))
_STRONG = re.compile(countries.trie_pattern(_STRONG_FORMS) + _MISSIE)
# people (rather than things): what makes a clause that also hands something over a deployment
_PEOPLE_FORMS = _forms((*_PEOPLE_STEMS, "inzet "))
_PEOPLE = re.compile(countries.trie_pattern(_PEOPLE_FORMS) + _MISSIE)
# could be money or policy as much as people: needs a place or mission and no sum of money
_WEAK_FORMS = _forms(("bijdrage", "inzet", "in te zetten", "ingezet", "deelname", "deelnemen", "deel te nemen"))
_WEAK = re.compile(countries.trie_pattern(_WEAK_FORMS))
_GATE = re.compile(_STRONG.pattern + "|" + _WEAK.pattern)
_ACTION_FORMS = _forms((
    "verleng", "beëindig", "beeindig", "eindigt", "stopt", "gestopt", "terugtrek", "teruggetrokken", "terug te trekken",
    "afgebouwd", "afbouw", "niet langer", "vervallen", "opgeheven", "voortgezet", "voort te zetten", "continu",
    "prolong", "ophog", "opgehoogd", "op te hogen", "verhog", "verhoogd", "uitbreid", "uitgebreid",
    "uit te breiden", "intensiv", "geïntensiveerd", "aangepast", "aanpassing", "vermindering", "verminderd",
    "afgeschaald", "afschaling", "reductie", "gereduceerd", "wijziging", "gewijzigd", " naar ", "nieuwe", "besl",
    "toevoeg", "ontplooi", "te plaatsen", "start van", "zal ", "zullen", "gaat", "gaan ", "loopt", "afloopt",
    "aflopen", "lopen"))
_ACTION_GATE = re.compile(countries.trie_pattern(_ACTION_FORMS))
# materiel or money handed over: not a deployment unless people go too
_TRANSFER = re.compile(
    r"\b(?:levering\w*|geleverd|doneer\w*|gedoneerd|donatie\w*|schenk\w*|geschonken|overgedragen|overdracht"
    r"|aanschaf\w*|aankoop|steunpakket\w*|voorraad|munitie|financi[eë]le|militaire steun|leningen?)\b"
)
_MONEY_WORD = re.compile(r"€|\b(?:EUR|USD|euro|dollar|miljoen|miljard|mln|mld)\b")
_DUTCH = re.compile(
    r"\b(?:Nederland|Nederlandse|Nederlands|[Hh]et kabinet|Defensie|[Ww]ij|[Ww]e|[Ii]k|[Oo]nze|ons land"
    r"|[Dd]e krijgsmacht|Koninklijke (?:Landmacht|Marine|Luchtmacht|Marechaussee)|Commando \w+)\b"
)
_FOREIGN = re.compile(r"\b(?:[Bb]ondgenoten|[Ll]anden|[Ll]idstaten|[Pp]artners|NAVO|NATO|EU|[Dd]e Unie"
                      r"|[Dd]e Commissie|VN)\b")
_PREP_BEFORE = re.compile(
    r"(?:\b(?:van|met|aan|voor|op|in|uit|door|bij|naar|vanuit|tegen|over|namens|als|dan|tussen|te|onder|na"
    r"|zoals|waaronder|en|of)\s+(?:het\s+|de\s+|een\s+)?(?:\w+\s+)?|[-,(])\s*$"
)
_HYPOTHETICAL = re.compile(
    r"\b(?:mogelijke?|eventuele?|eventueel|welwillend|overweegt|overwegen|overwogen|verkent|verkennen"
    r"|onderzoekt|onderzoeken|bereid|zou(?:den)? kunnen|denkt na|in overweging)\b"
)
_PAST = re.compile(r"\b(?:eerdere?|vorige|voorgaande|[Ss]inds|in navolging van|destijds|[Aa]fgelopen)\b")
_DEPLOY_PREP = r"(?:in|te|vanuit|naar|op|bij|nabij|boven|binnen|richting|rond|voor de kust van)"
_LOC_BEFORE = re.compile(
    rf"(?:\b{_DEPLOY_PREP}|\beFP|\b[Ii]nzet(?:ten)?|\bmissie|\bmissies|\boperatie)[\s-]+(?:het\s+|de\s+)?$")
_CHAIN_BEFORE = re.compile(r"(?:,|\ben|\bof|&)\s+(?:het\s+|de\s+)?$")
_MEETING_BEFORE = re.compile(
    r"\b(?:[Tt]op|[Ss]ummit|bijeenkomst|[Rr]aad|DMM|FMM|RBZ|UDCG|conferentie|vergadering|overleg|ministeriële"
    r"|ministersoverleg|ambassade|hoofdstad)\s+(?:\w+\s+)?(?:in|te|op)\s+(?:het\s+|de\s+)?$"
)
_POLITICAL_INZET = re.compile(
    r"\b(?:kabinetsinzet|inzet\s+(?:voor|bij|tijdens|op)\s+(?:de|het)\s+(?:[Tt]op|DMM|RBZ|[Rr]aad|bijeenkomst"
    r"|onderhandeling\w*|agenda))\b"
)

_CLAUSE_SPLIT = re.compile(r"[;:]\s+|,(?!\d)\s+|\s[–-]\s+|\s+(?=en over\b)")
# the same where `en over` does not occur: without a branch that starts at every space, twice as fast
_CLAUSE_SPLIT_FAST = re.compile(r"[;:]\s+|,(?!\d)\s+|\s[–-]\s+")

# acronyms and asset designators that name a deployment (`MQ-9`, `NDMC`, `eFP`, `SETWISE`)
_ACRONYM = re.compile(r"(?<![\w-])(?:[a-z]?[A-Z][A-Z0-9]+(?:-\d+)?|[A-Z]-\d+)(?![\w])")
_GENERIC = frozenset((
    "NAVO", "NATO", "EU", "VN", "UN", "VS", "VK", "BIV", "DMM", "FMM", "RBZ", "UDCG", "NUC", "NAC", "NAR",
    "HV", "EDA", "PESCO", "EDF", "EPF", "CSDP", "GVDB", "GBVB", "BBP", "BNC", "TK", "EK", "AIVD", "MIVD",
    "CDS", "CZSK", "CLAS", "CLSK", "KMAR", "OVSE", "OSCE", "KL", "KLU", "KM", "II", "III", "IV", "VI",
    "PURL", "USD", "EUR", "GBP", "CPB", "OESO", "OECD", "DR", "ZR", "MS", "SACEUR", "SHAPE", "JFC", "IAMD",
    "PCA", "HQ", "NRF", "VJTF", "CEO", "DE", "HET", "EN", "NB", "AI", "ICT", "IT", "NL", "BZ", "BHO",
    "EZK", "JENV", "VWS", "MINDEF", "UNSC", "VR", "IMF", "G7", "G20", "ASLR", "OK", "AS", "EVA",
    "VOORTGANGSRAPPORTAGE", "EUFOR", "EUNAVFOR", "EUTM", "EUCAP", "VAE", "MP", "MPCC", "EUMS", "EUMC",
))
_MISSION_NAME = re.compile(r"\b(?:[Oo]peratie|[Oo]peration|[Mm]issie)\s+((?:[A-Z][\w-]*)(?:\s+[A-Z][\w-]*){0,2})")

# ---- dates ------------------------------------------------------------------------------------

_DT = (rf"(?:(?:begin|eind|einde|medio|half|halverwege)\s+)?(?:\d{{1,2}}(?:e|ste|de)?\s+)?"
       rf"(?:(?:{MONTH_RE})\s+)?\d{{4}}(?!\d)"
       rf"|(?:(?:begin|eind|einde|medio|half)\s+)?(?:\d{{1,2}}(?:e|ste|de)?\s+)?(?:{MONTH_RE})(?!\w)")
_UNTIL = r"(?:tot\s+en\s+met|t/m|t\.m\.|tot|-|–|—|en)"
_RANGE = re.compile(
    rf"\b(?:van(?:af)?|per|(?:in|gedurende|voor)\s+de\s+periode|periode|tussen)\s+(?P<a>{_DT})\s*{_UNTIL}\s*"
    rf"(?:(?:in|op)\s+)?(?P<b>{_DT})", re.IGNORECASE)
_END = re.compile(
    rf"\b(?:tot\s+en\s+met|t/m|t\.m\.|tot|uiterlijk|until)\s+(?:(?:in|op)\s+)?(?P<b>{_DT})"
    rf"|\b(?:loopt|lopen)\s+(?:(?:op|per|in|na)\s+)?(?P<c>{_DT})\s+af\b"
    rf"|\b(?:afloopt|aflopen|loopt af|eindigt|eindigen)\s+(?:op|per|in|na)\s+(?P<d>{_DT})", re.IGNORECASE)
_START = re.compile(
    rf"\b(?:vanaf|per|met ingang van|m\.i\.v\.|(?:start|begint|starten|beginnen)\s+(?:op|in|per))\s+(?P<a>{_DT})",
    re.IGNORECASE)
_DT_PARTS = re.compile(
    rf"(?:(?P<q>begin|eind|einde|medio|half|halverwege)\s+)?(?:(?P<d>\d{{1,2}})(?:e|ste|de)?\s+)?"
    rf"(?:(?P<m>{MONTH_RE})\s*)?(?P<y>\d{{4}})?", re.IGNORECASE)

# ---- size, money, funding, action -------------------------------------------------------------

# number words as a trie (longest first, as a list sorted by length would try them; `re` tries each
# prefix once instead of every word at every position)
_NUMW = r"\d{1,3}(?:\.\d{3})+|\d+|" + countries.trie_pattern(sorted(NUMBER_WORDS))
_PERS_NOUN = (r"(?:militairen|militair personeel|personen|stafofficieren|staffunctionarissen|functionarissen"
              r"|mariniers|manschappen|man|medewerkers|defensiemedewerkers|instructeurs|trainers|officieren"
              r"|kwartiermakers|personeelsleden|militaire trainers|soldaten|marechaussees)")
_PERS_RANGE = re.compile(
    rf"\bvan\s+(?:de\s+huidige\s+)?(?:{_NUMW})\s+(?:\w+\s+)?naar\s+(?:maximaal\s+|ca\.\s+|circa\s+|ongeveer\s+)?"
    rf"(?P<n>{_NUMW})\b", re.IGNORECASE)
_PERS_MAX = re.compile(
    rf"\b(?:maximaal|ten hoogste|hoogstens|maximum van|tot)\s+(?P<n>{_NUMW})\s+(?:[\w-]+e\s+)?{_PERS_NOUN}\b",
    re.IGNORECASE)
_PERS = re.compile(      # (every match starts with a word character: `(?=\w)` spares `re` the rest elsewhere)
    rf"\b(?=\w)(?:(?:circa|ca\.|ongeveer|zo'n|ruim|bijna|in totaal|totaal|met)\s+)?(?P<n>{_NUMW})\s+"
    rf"(?:(?:extra|[\w-]+e)\s+)?{_PERS_NOUN}\b", re.IGNORECASE)
_SCALE = r"miljard|miljoen|mld\.?|mln\.?|duizend"
_MONEY = re.compile(
    rf"(?:€|\bEUR\b|\beuro\b)\s*(?P<n1>{NUMBER_RE})(?:\s*(?P<s1>{_SCALE})(?!\w))?"
    rf"|(?P<n2>{NUMBER_RE})\s*(?:(?P<s2>{_SCALE})\s*)?(?:euro\b|EUR\b|€)")
_COST_WORD = re.compile(r"\b(?:kosten|uitgaven|geraamd|begroot|raming|bedragen|kost)\b", re.IGNORECASE)
_BIV = re.compile(r"\b(?:Budget Internationale Veiligheid|BIV)\b", re.IGNORECASE)
_FUND_VERB = re.compile(
    r"\b(?:gefinancierd|gedekt|bekostigd|betaald|gefinancieerd|financiering|ten laste)\s+"
    r"(?:(?:uit|vanuit|door|via|van|gebracht van|komen van)\s+)+(?P<src>[^.;,()]+)", re.IGNORECASE)
_ART1 = re.compile(r"\b(?:artikel|art\.)\s*1(?![\d.])", re.IGNORECASE)
_ALL_MENTIONS = re.compile(r"\b(?:[Bb]eide|[Aa]lle|[Dd]eze|[Bb]ovengenoemde)\s+(?:\w+\s+)?(?:inzetten|bijdragen"
                           r"|missies|operaties|trainingen|activiteiten|deelnames)\b")

# explicit actions, strongest first; `new_soft` is a plain future (`zal … leveren`) that says "new" only
# when nothing else does, and never contradicts another clause
_ACTIONS = ("end", "extension", "change", "new")
_ACTION_RE: dict[str, re.Pattern[str]] = {
    "end": re.compile(
        r"\b(?:niet\s+(?:meer\s+|langer\s+)?(?:te\s+)?verleng\w*|(?:wordt|worden)\s+niet\s+(?:meer\s+)?verlengd"
        r"|[Bb]eëindig\w*|[Bb]eeindig\w*|eindigt|stopt|gestopt|[Tt]erugtrekking|teruggetrokken|terug te trekken"
        r"|afgebouwd|[Aa]fbouw|niet langer|komt te vervallen|opgeheven)\b"),
    "extension": re.compile(r"\b(?:[Vv]erleng\w*|voortgezet|voort te zetten|continu[eë]r\w*|prolong\w*)\b"),
    "change": re.compile(
        rf"\b(?:[Oo]phoging|opgehoogd|op te hogen|[Vv]erhoging|verhoogd|te verhogen|[Uu]itbreid\w*|uitgebreid"
        rf"|uit te breiden|intensiver\w*|geïntensiveerd|aangepast|[Aa]anpassing|[Vv]ermindering|verminderd"
        rf"|afgeschaald|[Aa]fschaling|[Rr]eductie|gereduceerd|[Ww]ijziging|gewijzigd)\b"
        rf"|\bvan\s+(?:de\s+huidige\s+)?(?:{_NUMW})\s+(?:\w+\s+)?naar\s+(?:maximaal\s+)?(?:{_NUMW})\b"),
    "new": re.compile(
        r"\b(?:[Nn]ieuwe\s+(?:\w+\s+)?(?:bijdrage|inzet|missie|deelname)|besl\w+\b.{0,80}?\b(?:te leveren|inzet"
        r"|te plaatsen|te ontplooien|deel te nemen|bij te dragen|toe te voegen|te sturen|uit te zenden)"
        r"|tijdelijk\w* toevoeg\w*|toevoeging|[Oo]ntplooi\w*|te plaatsen|[Ss]tart van)\b"),
}
_SOFT_NEW = re.compile(r"\b(?:zal|zullen|gaat|gaan)\b.{0,120}?\b(?:leveren|bijdragen|deelnemen|ontplooien|toevoegen"
                       r"|inzetten|plaatsen|sturen|uitzenden|trainen)\b")
_NOT_NEW = re.compile(r"\b(?:wederom|opnieuw|nog steeds|blijft|blijven|ook in)\b")
_STATUS = re.compile(r"\b(?:loopt\b.{0,60}?\baf|afloopt|aflopen|lopen\b.{0,60}?\baf)\b")

_UNIT_NOUN = (rf"(?:MQ-9\S*|F-16\S*|F-35\S*|Patriot-\w+|schepen|fregat\w*|mijnenjager\w*"
              rf"|\w*compagnie|\w*team|eenheid|detachement|stafofficieren|staffunctionarissen|kwartiermakers"
              rf"|instructiecapaciteit|helikopters|{_PERS_NOUN})(?!\w)")
# (every match starts with a word character or a hyphen: `(?=[\w-])` spares `re` the rest elsewhere)
_UNIT = re.compile(rf"\b(?=[\w-])(?:(?:{_NUMW})\s+)?(?:[\w-]+e\s+)?{_UNIT_NOUN}", re.IGNORECASE)
# where `_UNIT` matches, its noun alone matches too (number and adjective are optional): a cheap probe
_UNIT_PROBE = re.compile(rf"\b{_UNIT_NOUN}", re.IGNORECASE)
_NAMED_UNIT = re.compile(r"\b(?:de\s+)?((?:[A-Z][\w-]+\s+){1,5}\([A-Z]{2,}\))")

_UNIT_WORD = re.compile(r"\b(?:Cel|Eenheid|Unit|Team|Groep|Group|Compagnie|Detachement|Task Force|Squadron"
                        r"|Bataljon|Battalion)\b")

_PEOPLE_SIZE_MAX = 100_000
_ROUGHLY = re.compile(r"(?:circa|ca\.|ongeveer|zo'n|ruim|bijna)", re.IGNORECASE)
_COUNTED = re.compile(rf"(?:{_NUMW})\s", re.IGNORECASE)
# cheap gates: a regex is only run on a clause that can match it
_HAS_DIGIT = re.compile(r"\d")
_PERS_FORMS = sorted((
    "militair", "person", "officier", "functionaris", "marinier", "manschap", " man", "medewerker", "instructeur",
    "trainer", "kwartiermaker", "soldaten", "marechaussee"))
_PERS_GATE = re.compile(countries.trie_pattern(_PERS_FORMS))
_MONEY_GATE = re.compile(r"€|EUR|euro")
_FUND_GATE = re.compile(r"BIV|[Bb]udget|financ|gedekt|bekostigd|betaald|ten laste|[Aa]rtikel|art\.")

_V_STRONG = Vocab.of_forms(_STRONG, _STRONG_FORMS, _MISSIE)
_V_WEAK = Vocab.of_forms(_WEAK, _WEAK_FORMS)
_V_GATE = Vocab(_GATE, _V_STRONG.word_rx.pattern + "|" + _V_WEAK.word_rx.pattern, _V_STRONG.multi + _V_WEAK.multi)
_V_PEOPLE = Vocab.of_forms(_PEOPLE, _PEOPLE_FORMS, _MISSIE)
_V_ACTION_GATE = Vocab.of_forms(_ACTION_GATE, _ACTION_FORMS)
_V_PERS_GATE = Vocab.of_forms(_PERS_GATE, _PERS_FORMS)
_V_MONEY_GATE = Vocab(_MONEY_GATE, _MONEY_GATE.pattern)
_V_FUND_GATE = Vocab(_FUND_GATE, r"BIV|[Bb]udget|financ|gedekt|bekostigd|betaald|[Aa]rtikel|art\.", ["ten laste"])
_V_DIGIT = Vocab(_HAS_DIGIT, _HAS_DIGIT.pattern)
_V_DUTCH = Vocab(_DUTCH, r"\b(?:Nederland|Nederlandse|Nederlands|Defensie|[Ww]ij|[Ww]e|[Ii]k|[Oo]nze)\b",
                  multi_rx=r"\b(?:[Hh]et kabinet|ons land|[Dd]e krijgsmacht|Koninklijke (?:Landmacht|Marine|Luchtmacht"
                           r"|Marechaussee)|Commando \w+)\b",
                  multi_hint=("kabinet", "land", "krijgsmacht", "Koninklijke", "Commando"))
_V_ACRONYM = Vocab(_ACRONYM, _ACRONYM.pattern)     # (only its bit is used: the word holds an acronym)
# every date (`_DT`) holds a year or a month within one word: what `_RANGE`, `_END` and `_START` need
_DATE_WORD = re.compile(r"(?i:jan|feb|maart|mrt|apr|mei|jun|jul|aug|sep|okt|nov|dec)|\d{4}")
_V_DATE = Vocab(_DATE_WORD, _DATE_WORD.pattern)
_VOCABS = (_V_STRONG, _V_WEAK, _V_GATE, _V_PEOPLE, _V_ACTION_GATE, _V_PERS_GATE, _V_MONEY_GATE, _V_FUND_GATE,
           _V_DIGIT, _V_DUTCH, _V_ACRONYM, _V_DATE)

_CUES = Cues([
    _GATE, _STRONG, _WEAK, _PEOPLE, _DUTCH, _FOREIGN, _HYPOTHETICAL, _PAST, _POLITICAL_INZET, _TRANSFER,
    _MONEY_WORD, _ALL_MENTIONS, _CLAUSE_SPLIT, _MISSION_NAME, countries.FIND_RE, _ACTION_GATE,
    *_ACTION_RE.values(), _SOFT_NEW, _NOT_NEW, _STATUS, _RANGE, _END, _START, _MONEY_GATE, _COST_WORD, _MONEY,
    _PERS_GATE, _PERS_RANGE, _PERS_MAX, _PERS, _FUND_GATE, _BIV, _FUND_VERB, _UNIT, _NAMED_UNIT,
], _VOCABS)
_BIT = _CUES.bit
_ANY_ACTION = bits_or(_BIT[rx] for rx in (*_ACTION_RE.values(), _SOFT_NEW, _STATUS))   # what `read_action` reports


def _search(rx: re.Pattern[str], text: str, hits: int) -> re.Match[str] | None:
    """`rx.search(text)`, skipped when the cues `hits` of `text` say it cannot match."""
    return rx.search(text) if hits & _BIT[rx] else None

# ---- working types ----------------------------------------------------------------------------

@dataclass(slots=True)
class _Segment:
    """A sentence, or the part of one that is about one deployment, with what it says about it."""

    start: int
    end: int
    sentence: int                  # index of its sentence in the paragraph
    keys: set[str] = field(default_factory=set)
    names: list[str] = field(default_factory=list)
    places: list[str] = field(default_factory=list)   # ISO codes of where the unit is
    trigger: bool = False
    actions: set[str] = field(default_factory=set)
    date_start: str | None = None
    date_end: str | None = None
    personnel: int | None = None
    personnel_rank: int = 0
    cost: float | None = None
    funding: str | None = None
    unit: str | None = None
    unit_rank: int = 0
    for_all: bool = False          # "beide inzetten worden gedekt uit …": said of every deployment
    unread: list[tuple] = field(default_factory=list)  # its clauses, until `_read` takes their values

    @property
    def anchors(self) -> set[str]:
        return self.keys | {"@" + c for c in self.places}


@dataclass(slots=True)
class _Mention:
    """One deployment as read so far (from one paragraph; merged across the letter later)."""

    section: int
    keys: set[str] = field(default_factory=set)
    names: list[str] = field(default_factory=list)
    countries: list[str] = field(default_factory=list)
    actions: set[str] = field(default_factory=set)
    start: str | None = None
    end: str | None = None
    personnel: int | None = None
    personnel_rank: int = 0
    cost: float | None = None
    funding: str | None = None
    unit: str | None = None
    unit_rank: int = 0
    vstart: int = -1
    vend: int = -1
    trigger: bool = False
    last_sentence: int = -1

    @property
    def explicit(self) -> str | None:
        return _explicit(self.actions)

    @property
    def action(self) -> str | None:
        a = self.explicit
        if a:
            return a
        if "new_soft" in self.actions:
            return "new"
        return "status" if "status" in self.actions else None

    def strength(self) -> int:
        """How much this mention says (the richer of two duplicates keeps its evidence)."""
        return sum(x is not None for x in (self.start, self.end, self.personnel, self.cost, self.funding)) \
            + (self.explicit is not None)


def _explicit(actions: set[str]) -> str | None:
    return next((a for a in _ACTIONS if a in actions), None)


# ---- reading values ---------------------------------------------------------------------------

def _number(word: str) -> int | None:
    """`175`, `1.000` or a number word (`zeven`)."""
    return number_word(word.replace(".", ""))


def _read_dt(s: str) -> tuple[int | None, int | None, int | None]:
    """(year, month, day) of a date expression; `eind 2015` is the year only."""
    m = _DT_PARTS.fullmatch(s.strip())
    if not m:
        return None, None, None
    year = int(m.group("y")) if m.group("y") else None
    month = month_number(m.group("m")) if m.group("m") else None
    day = int(m.group("d")) if m.group("d") and month else None
    return year, month, day


def _iso(parts: tuple[int | None, int | None, int | None]) -> str | None:
    y, mo, d = parts
    return make_date(y, mo, d) if y else None


def read_period(text: str, hits: int | None = None) -> tuple[str | None, str | None]:
    """(start, end) a clause states: `van 1 juli t/m 1 september 2023`, `tot eind 2015`, `in de periode
    2026-2028`, `loopt op 31 maart 2026 af`; a start without a year takes the end's year."""
    if hits is None:
        hits = _CUES.of(text)
    if not hits & _V_DATE.bit:
        return None, None
    m = _search(_RANGE, text, hits)
    if m:
        a, b = _read_dt(m.group("a")), _read_dt(m.group("b"))
        if b[0] is not None and a[0] is None and a[1]:
            a = (b[0] - 1 if b[1] and a[1] > b[1] else b[0], a[1], a[2])
        if a[0] is not None and b[0] is None and b[1]:
            b = (a[0] + 1 if a[1] and b[1] < a[1] else a[0], b[1], b[2])
        if a[0] is not None or b[0] is not None:
            return _iso(a), _iso(b)
    start = end = None
    m = _search(_END, text, hits)
    if m:
        end = _iso(_read_dt(m.group("b") or m.group("c") or m.group("d")))
    m = _search(_START, text, hits)
    if m:
        start = _iso(_read_dt(m.group("a")))
    return start, end


def read_personnel(text: str, hits: int | None = None) -> tuple[int | None, int]:
    """Maximum personnel a clause states, and how sure: 3 `maximaal`/`van … naar`, 2 `circa`, 1 a count."""
    if hits is None:
        hits = _CUES.of(text)
    # a match spans at most `back` words before the word with its cue and `ahead` after it:
    # `van de huidige 4 extra naar maximaal 7`, `maximum van 40 extra militaire trainers`,
    # `in totaal 40 extra militair personeel`
    for rank, rx, back, ahead in ((3, _PERS_RANGE, 5, 2), (3, _PERS_MAX, 1, 5), (2, _PERS, 5, 1)):
        if not hits & _BIT[rx]:
            continue
        for m in _finditer(rx, text, back, ahead):
            n = _number(m.group("n"))
            if n and 0 < n < _PEOPLE_SIZE_MAX:
                if rank == 2 and not _ROUGHLY.match(m.group(0)):
                    rank = 1
                return n, rank
    return None, 0


def read_cost(text: str, hits: int | None = None) -> float | None:
    """Costs in euro a clause states (`De kosten worden geraamd op 1.25 miljoen euro`, `€345.000`)."""
    if hits is None:
        hits = _CUES.of(text)
    if not _search(_COST_WORD, text, hits):
        return None
    m = _search(_MONEY, text, hits)
    if not m:
        return None
    num, scale = (m.group("n1"), m.group("s1")) if m.group("n1") else (m.group("n2"), m.group("s2"))
    try:
        value = parse_number(num, scaled=bool(scale))
    except ValueError:
        return None
    if scale:
        value *= SCALES.get(scale.lower(), SCALES.get(scale.lower().rstrip("."), 1.0))
    return value


def read_funding(text: str, hits: int | None = None) -> str | None:
    """Where the money comes from: "BIV", "artikel 1", or the text after `gefinancierd uit`."""
    if hits is None:
        hits = _CUES.of(text)
    if _search(_BIV, text, hits):
        return "BIV"
    m = _search(_FUND_VERB, text, hits)
    if m:
        if _ART1.search(m.group("src")):
            return "artikel 1"
        src = re.sub(r"^(?:het|de|een)\s+", "", m.group("src").strip())
        return src or None
    if _ART1.search(text) and re.search(r"begroting|budget|gefinancierd|gedekt", text, re.IGNORECASE):
        return "artikel 1"
    return None


def read_action(text: str, hits: int | None = None) -> set[str]:
    """The actions a clause states: explicit ones, `new_soft` (a plain future), `status` (`loopt … af`)."""
    if hits is None:
        hits = _CUES.of(text)
    if not hits & _ANY_ACTION or not _V_ACTION_GATE.has(text, hits):
        return set()
    out = {a for a in _ACTIONS if _search(_ACTION_RE[a], text, hits)}
    not_new = _search(_NOT_NEW, text, hits)
    if _search(_SOFT_NEW, text, hits) and not not_new:
        out.add("new_soft")
    if _search(_STATUS, text, hits):
        out.add("status")
    if "new" in out and not_new and not re.search(r"[Nn]ieuwe|besl", text):
        out.discard("new")
    return out


def _unit(text: str, cms: list[countries.CountryMention], base: int, hits: int) -> tuple[str | None, int]:
    """The unit or assets a clause names: `twee MQ-9's` (2), `Nationale Datalink Management Cel (NDMC)` (2),
    `stafofficieren` (1); not trainees (`Oekraïense militairen`)."""
    foreign_adj = [(cm.start - base, cm.end - base) for cm in cms if cm.kind == "adjective" and cm.code != "NL"]
    fallback = None
    # a match spans a number, an adjective and a noun of one or two words that holds the cue
    # (the noun, which the probe looks for, starts in the cue word or the one before it)
    for m in _finditer(_UNIT, text, 3, 1, _UNIT_PROBE, 1) if hits & _BIT[_UNIT] else ():
        if any(m.start() <= a < m.end() for a, _ in foreign_adj):
            continue
        if _COUNTED.match(m.group(0)):
            return m.group(0), 2
        fallback = fallback or m.group(0)
    m = _search(_NAMED_UNIT, text, hits)
    if m and _UNIT_WORD.search(m.group(1)):
        return " ".join(m.group(1).split()), 2
    return fallback, 1 if fallback else 0


def _finditer(rx: re.Pattern[str], text: str, back: int, ahead: int,
              probe: re.Pattern[str] | None = None, probe_back: int | None = None) -> Iterator[re.Match[str]]:
    """`rx.finditer(text)`, searching only around the words that hold one of its cues.

    Every match of `rx` lies within `back` words before and `ahead` words after a word with one of its
    cues. So the next match from position q on is the first one of a search (in the whole text, so
    look-arounds see the same) from `back` words before the first cue word ending after q whose window
    of words holds a match at all; windows without one are skipped (the slow scan of `re`). `probe`,
    when given, matches in every window where `rx` does, from `probe_back` words before the cue word on
    (and is cheaper to try). `rx` never matches the empty string."""
    cues, bit = _CUES.words, _BIT[rx]
    words = text.split()
    marks = [i for i, w in enumerate(words) if cues[w] & bit]
    if not marks:
        return
    last = min(len(words) - 1, marks[-1] + ahead)
    starts: list[int] = []
    pos = 0
    for w in words[: last + 1]:
        pos = text.find(w, pos)
        starts.append(pos)
        pos += len(w)
    probe = probe or rx
    probe_back = back if probe_back is None else probe_back
    q = k = 0
    while k < len(marks):
        i = marks[k]
        lo = max(q, starts[max(0, i - back)])
        j = min(last, i + ahead)
        if starts[i] + len(words[i]) <= q \
                or probe.search(text, max(q, starts[max(0, i - probe_back)]), starts[j] + len(words[j])) is None:
            k += 1
            continue
        m = rx.search(text, lo)
        if m is None:
            return
        yield m
        q = m.end()         # the same cue word may hold another match (`militairen-infanteriecompagnie`)


def _keys(text: str, cms: list[countries.CountryMention], hits: int) -> tuple[set[str], list[str]]:
    """Names that identify a deployment in a clause: missions, operation names, acronyms."""
    keys: set[str] = set()
    names: list[str] = []
    for cm in cms:
        if cm.kind == "mission":
            names.append(cm.word)
            keys.update(t.casefold() for t in re.split(r"[\s-]+", cm.word) if t.upper() not in _GENERIC)
    for m in _MISSION_NAME.finditer(text) if hits & _BIT[_MISSION_NAME] else ():
        name = m.group(1)
        first = name.split()[0]
        if first.upper() in _GENERIC or countries.kind_of(first) in ("name", "adjective"):
            continue
        names.append(m.group(0) if m.group(0)[0].isupper() else name)
        keys.update(t.casefold() for t in name.split() if t.upper() not in _GENERIC)
    if hits & _V_ACRONYM.bit:     # acronyms lie within a word: read per word (and remembered), not by a scan
        cues, bit = _CUES.words, _V_ACRONYM.bit
        for w in text.split():
            if cues[w] & bit:
                keys.update(_acronym_keys(w))
    return keys, names


_ACRONYM_KEYS: dict[str, tuple[str, ...]] = {}


def _acronym_keys(word: str) -> tuple[str, ...]:
    """The keys the acronyms in a word give (`MQ-9's` -> `mq-9`; not `NAVO`, not `VK`)."""
    keys = _ACRONYM_KEYS.get(word)
    if keys is None:
        if len(_ACRONYM_KEYS) > 100_000:
            _ACRONYM_KEYS.clear()
        keys = _ACRONYM_KEYS[word] = tuple(
            w.casefold() for w in (m.group(0) for m in _ACRONYM.finditer(word))
            if w.upper() not in _GENERIC and not countries.kind_of(w))
    return keys


def _places(view: str, s: int, cms: list[countries.CountryMention]) -> list[tuple[int, str]]:
    """Where units are: bases, mission areas, `in/vanuit/te <land>` and lists after them (not `Top in Vilnius`)."""
    out: list[tuple[int, str]] = []
    prev_loc_end = -100
    for cm in cms:
        before = view[max(s, cm.start - 60): cm.start]
        loc = False
        if cm.kind in ("place", "mission"):
            loc = not _MEETING_BEFORE.search(before)
        elif cm.kind == "name":
            if _LOC_BEFORE.search(before):
                loc = not _MEETING_BEFORE.search(before)
            elif cm.start - prev_loc_end <= 16 and _CHAIN_BEFORE.search(before):
                loc = True
        if loc:
            out.extend((cm.start, c) for c in cm.codes)
            prev_loc_end = cm.end
    return out


def _foreign_subject(text: str, cms: list[countries.CountryMention], base: int, hits: int) -> bool:
    """Does the sentence open with another actor (allies, a country) as its subject?"""
    names = [cm.start - base for cm in cms if cm.kind == "name" and cm.code != "NL"]
    if not names and not hits & _BIT[_FOREIGN]:
        return False
    first_dutch = _search(_DUTCH, text, hits)
    limit = first_dutch.start() if first_dutch else len(text)
    cands = [m.start() for m in _FOREIGN.finditer(text, 0, limit)] if hits & _BIT[_FOREIGN] else []
    cands += [pos for pos in names if pos < limit]
    return any(not _PREP_BEFORE.search(text[max(0, pos - 40): pos]) for pos in sorted(cands))


def _is_trigger(text: str, anchored: bool, hits: int) -> bool:
    """Does this clause (of a sentence with a Dutch actor) commit people or assets?"""
    if not (hits & _BIT[_STRONG] or (anchored and hits & _BIT[_WEAK])):
        return False            # no deployment vocabulary: what follows could only say no
    if _search(_POLITICAL_INZET, text, hits):
        return False
    if _search(_TRANSFER, text, hits) and not _V_PEOPLE.has(text, hits):
        return False
    if _V_STRONG.has(text, hits):
        return True
    return anchored and _V_WEAK.has(text, hits) and not _search(_MONEY_WORD, text, hits)


# ---- reading a paragraph ----------------------------------------------------------------------

@dataclass(slots=True)
class _Sentence:
    """A body sentence, its cues, and what decides whether it can commit people or assets."""

    si: int                     # index in the paragraph
    start: int
    text: str
    hits: int                   # `_CUES` of its text
    hypothetical: bool = False
    cms: list[countries.CountryMention] = field(default_factory=list)
    places: list[tuple[int, str]] | None = None    # None: not read yet (`_locate`)
    can_trigger: bool = False


def _may_trigger(s: _Sentence) -> bool:
    """Could a clause of this sentence be a trigger (deployment vocabulary, a Dutch actor, no hypothesis)?
    Cheaper than the full test and implied by it, so a paragraph without such a sentence is done."""
    if s.hypothetical or not (s.hits & _BIT[_GATE] and s.hits & _BIT[_DUTCH]):
        return False
    return _V_GATE.has(s.text, s.hits) and _V_DUTCH.has(s.text, s.hits)


def _locate(view: str, s: _Sentence) -> None:
    """The countries a sentence names, and the places where units are."""
    if s.hits & _BIT[countries.FIND_RE]:
        s.cms = countries.find(view, s.start, s.start + len(s.text))
    s.places = _places(view, s.start, s.cms)


def _may_open(s: _Sentence) -> bool:
    """The second, finer test: people or assets, or weak vocabulary (`bijdrage`) with a place or a
    mission the clause could be anchored to (the sentence's places and keys hold its clauses')."""
    if not s.can_trigger:
        return False
    if _V_STRONG.has(s.text, s.hits):
        return True
    return bool(s.hits & _BIT[_WEAK] and (s.places or _keys(s.text, s.cms, s.hits)[0]))


def _segments(view: str, sentences: list[_Sentence]) -> list[_Segment]:
    """Each sentence cut where it turns to another deployment (`…aan eFP in Litouwen, en over … EUFOR`).

    A paragraph in which no sentence can commit people or assets (no trigger) has no deployment, and
    is left at that; the values of a segment are read only when it is used (`_read`)."""
    for s in sentences:
        s.hypothetical = bool(_search(_HYPOTHETICAL, s.text, s.hits))
    # only a sentence that may trigger can have a trigger clause (its clauses' vocabulary is its own):
    # the others' `can_trigger` stays False, and their places are read only when a sentence may open
    cands = [s for s in sentences if _may_trigger(s)]
    if not cands:
        return []
    for s in cands:
        _locate(view, s)
        s.can_trigger = _V_DUTCH.has(s.text, s.hits) and not _foreign_subject(s.text, s.cms, s.start, s.hits)
    if not any(_may_open(s) for s in cands):
        return []
    for s in sentences:
        if s.places is None:
            _locate(view, s)
    out: list[_Segment] = []
    for s in sentences:
        stext, cms, places = s.text, s.cms, s.places
        bounds, pos = [], 0
        split = _CLAUSE_SPLIT if "en over" in stext else _CLAUSE_SPLIT_FAST
        for m in split.finditer(stext) if s.hits & _BIT[_CLAUSE_SPLIT] else ():
            bounds.append((pos, m.start()))
            pos = m.end()
        bounds.append((pos, len(stext)))
        seg: _Segment | None = None
        for a, b in bounds:
            if b <= a:
                continue
            cs, ce = s.start + a, s.start + b
            ctext = stext[a:b]
            hits = s.hits if b - a == len(stext) else _CUES.of(ctext)     # one clause: the sentence's cues
            ccms = [cm for cm in cms if cs <= cm.start < ce]
            keys, names = _keys(ctext, ccms, hits)
            cplaces = list(dict.fromkeys(code for p, code in places if cs <= p < ce))
            anchors = keys | {"@" + c for c in cplaces}
            if seg is None or (anchors and seg.anchors and not anchors & seg.anchors):
                seg = _Segment(cs, ce, s.si)
                out.append(seg)
            seg.end = ce
            seg.keys |= keys
            seg.names.extend(n for n in names if n not in seg.names)
            seg.places.extend(c for c in cplaces if c not in seg.places)
            trigger = s.can_trigger and _is_trigger(ctext, bool(anchors), hits)
            seg.trigger = seg.trigger or trigger
            seg.unread.append((ctext, ccms, cs, trigger, hits, s.hypothetical))
    return out if any(seg.trigger for seg in out) else []


def _read(seg: _Segment) -> None:
    """Read what the segment's clauses state (once, when the segment is first used)."""
    for text, cms, base, trigger, hits, hypothetical in seg.unread:
        if _search(_ALL_MENTIONS, text, hits):
            seg.for_all = True
        if hypothetical or _search(_PAST, text, hits):
            continue
        _read_clause(seg, text, cms, base, trigger, hits)
    seg.unread.clear()


def _read_clause(seg: _Segment, text: str, cms: list[countries.CountryMention], base: int, trigger: bool,
                 hits: int) -> None:
    """Add the values a clause states to its segment (the first stated value wins)."""
    actions = read_action(text, hits)
    seg.actions |= actions
    if hits & _V_DIGIT.bit:
        start, end = read_period(text, hits)
        if "end" in actions and end is None and start is not None:
            # `wordt per 1 januari 2026 beëindigd`: in a clause that ends the deployment, `per` dates the end
            start, end = None, start
        seg.date_start = seg.date_start or start
        seg.date_end = seg.date_end or end
        if seg.cost is None and hits & _V_MONEY_GATE.bit:
            seg.cost = read_cost(text, hits)
    if _V_PERS_GATE.has(text, hits):
        n, rank = read_personnel(text, hits)
        if n is not None and rank > seg.personnel_rank:
            seg.personnel, seg.personnel_rank = n, rank
    if seg.funding is None and _V_FUND_GATE.has(text, hits):
        seg.funding = read_funding(text, hits)
    if trigger and seg.unit_rank < 2:
        unit, rank = _unit(text, cms, base, hits)
        if rank > seg.unit_rank:
            seg.unit, seg.unit_rank = unit, rank


def _conflicts(m: _Mention, seg: _Segment) -> bool:
    """Would this sentence contradict what the mention already says (so it is about another one)?"""
    if seg.sentence == m.last_sentence:
        return False
    _read(seg)
    if seg.date_end and m.end and seg.date_end != m.end:
        return True
    a, b = _explicit(seg.actions), m.explicit
    return bool(a and b and a != b and {a, b} != {"change", "extension"})


def _paragraph(view: str, section: int, sentences: list[_Sentence]) -> list[_Mention]:
    """Mentions of deployments in one paragraph."""
    mentions: list[_Mention] = []
    current: _Mention | None = None

    def new(like: _Mention | None = None) -> _Mention:
        m = _Mention(section)
        if like is not None:
            m.keys, m.names, m.countries = set(like.keys), list(like.names), list(like.countries)
        mentions.append(m)
        return m

    for seg in _segments(view, sentences):
        target: _Mention | None = None
        if seg.anchors:
            scored = []
            for i, m in enumerate(mentions):
                score = 2 * len(seg.keys & m.keys) + (not seg.keys and bool(set(seg.places) & set(m.countries)))
                if score:
                    scored.append((score, i, m))
            scored.sort(key=lambda x: (x[0], x[1]), reverse=True)
            for _score, _i, m in scored:
                if seg.trigger and (_conflicts(m, seg) or (
                        seg.keys < m.keys and m.explicit is None and len(m.names) > 1)):
                    continue
                target = m
                break
            if target is None and scored and not seg.trigger:
                target = scored[0][2]
            if target is None and not seg.trigger and current is not None and not current.countries \
                    and not (seg.keys and current.keys and not seg.keys & current.keys):
                target = current
            if target is None and seg.trigger:
                target = new()
            if target is None:
                continue
        elif current is not None:
            target = new(current) if seg.trigger and _conflicts(current, seg) else current
        elif seg.trigger:
            target = new()
        else:
            continue
        current = target
        _absorb(target, seg)
    return mentions


def _absorb(m: _Mention, seg: _Segment) -> None:
    """Add what a segment says to a mention."""
    _read(seg)
    m.vstart = seg.start if m.vstart < 0 else min(m.vstart, seg.start)
    m.vend = max(m.vend, seg.end)
    m.last_sentence = seg.sentence
    m.trigger = m.trigger or seg.trigger
    m.keys |= seg.keys
    m.names.extend(n for n in seg.names if n not in m.names)
    m.countries.extend(c for c in seg.places if c not in m.countries)
    m.actions |= seg.actions
    m.start = m.start or seg.date_start
    m.end = m.end or seg.date_end
    if seg.personnel is not None and seg.personnel_rank > m.personnel_rank:
        m.personnel, m.personnel_rank = seg.personnel, seg.personnel_rank
    if m.cost is None:
        m.cost = seg.cost
    if m.funding is None and not seg.for_all:
        m.funding = seg.funding
    if seg.unit_rank > m.unit_rank:
        m.unit, m.unit_rank = seg.unit, seg.unit_rank


# ---- the letter -------------------------------------------------------------------------------

def _is_status(m: _Mention) -> bool:
    return m.explicit is None


def _compatible(a: _Mention, b: _Mention) -> bool:
    """Could a and b be the same deployment (an announcement and its detail)?"""
    if not set(a.countries) & set(b.countries):
        return False
    if a.keys and b.keys and not a.keys & b.keys:
        return False
    for x, y in ((a.start, b.start), (a.end, b.end), (a.personnel, b.personnel), (a.cost, b.cost)):
        if x is not None and y is not None and x != y:
            return False
    ea, eb = a.explicit, b.explicit
    return ea is None or eb is None or ea == eb or {ea, eb} == {"change", "extension"}


def _fill(dst: _Mention, src: _Mention, *, values_only: bool = False) -> None:
    for attr in ("start", "end", "personnel", "cost", "funding", "unit"):
        if getattr(dst, attr) is None and getattr(src, attr) is not None:
            setattr(dst, attr, getattr(src, attr))
    if values_only:
        return
    dst.actions |= src.actions
    dst.keys |= src.keys
    dst.names.extend(n for n in src.names if n not in dst.names)
    dst.countries.extend(c for c in src.countries if c not in dst.countries)


def _merge(mentions: list[_Mention]) -> list[_Mention]:
    """One record per deployment: announcements merge into details; a status (`het mandaat loopt … af`)
    that the letter goes on to extend, change or end lends its dates to those and disappears."""
    out: list[_Mention] = []
    for m in mentions:
        for i, o in enumerate(out):
            if _is_status(o) == _is_status(m) and _compatible(o, m):
                keep, other = (o, m) if o.strength() >= m.strength() else (m, o)
                _fill(keep, other)
                out[i] = keep
                break
        else:
            out.append(m)
    result: list[_Mention] = []
    for m in out:
        if _is_status(m):
            later = [o for o in out if not _is_status(o) and o.keys & m.keys and _compatible(o, m)]
            for o in later:
                _fill(o, m, values_only=True)
            if later:
                continue
        result.append(m)
    return result


def _title(doc: Document, m: _Mention, alone_in_section: bool) -> str:
    """A short name: the section heading when the section is about this deployment, else the mission."""
    heading = doc.section_title(m.section)
    if heading and alone_in_section and (_STRONG.search(heading) or re.search(r"[Ii]nzet|[Bb]ijdrage", heading)):
        return heading
    if m.names:
        return m.names[0]
    where = ", ".join(m.countries)
    return f"{m.unit} ({where})" if m.unit else f"Inzet ({where})"


def _heading_country(doc: Document, section: int) -> str | None:
    """The one country a deployment heading names (`Inzet in Litouwen`), if any."""
    title = doc.section_title(section)
    if not title or not (_STRONG.search(title) or re.search(r"[Ii]nzet|[Bb]ijdrage", title)):
        return None
    codes = {c for cm in countries.find(title) if cm.kind in ("name", "place", "mission") for c in cm.codes}
    return codes.pop() if len(codes) == 1 else None


def extract(doc: Document) -> list[Deployment]:
    """Every deployment of Dutch personnel or assets the letter announces, extends, changes, ends or reports."""
    view = doc.view
    starts = [ln.start for ln in doc.lines]
    paragraphs: dict[int, list[Sentence]] = {}
    for s in doc.sentences:
        if s.footnote is None:
            paragraphs.setdefault(bisect_right(starts, s.start) - 1, []).append(s)
    mentions: list[_Mention] = []
    both = _BIT[_GATE] | _BIT[_DUTCH]
    of = _CUES.of
    for sents in paragraphs.values():
        texts = [view[sent.start: sent.end] for sent in sents]
        hits = [of(t) for t in texts]
        # a trigger needs deployment vocabulary and a Dutch actor in one sentence (`_may_trigger`)
        if not any(h & both == both for h in hits):
            continue
        sentences = [_Sentence(si, sent.start, t, h)
                     for si, (sent, t, h) in enumerate(zip(sents, texts, hits, strict=True))]
        found = _paragraph(view, sents[0].section, sentences)
        a, b = sents[0].start, sents[-1].end
        # the exact gate (deployment vocabulary and a Dutch actor), run only where it can change something;
        # tried first from a sentence that holds both (so the search is short), then over the paragraph
        if found:
            c = next((s.start for s in sentences if s.can_trigger), a)
            if not ((_GATE.search(view, c, b) or _GATE.search(view, a, b))
                    and (_DUTCH.search(view, c, b) or _DUTCH.search(view, a, b))):
                continue
        for s in sentences if found else ():     # `Beide inzetten worden gedekt uit het BIV`: funding for all
            if s.hits & _BIT[_ALL_MENTIONS] and _ALL_MENTIONS.search(view, s.start, s.start + len(s.text)):
                fund = read_funding(s.text, s.hits)
                for m in found:
                    m.funding = m.funding or fund
        mentions.extend(found)
    for m in mentions:
        if not m.countries and m.trigger:
            code = _heading_country(doc, m.section)
            if code:
                m.countries.append(code)
    merged = _merge([m for m in mentions if m.trigger and m.countries])
    per_section: dict[int, int] = {}
    for m in merged:
        per_section[m.section] = per_section.get(m.section, 0) + 1
    out = []
    for m in merged:
        text, span = doc.evidence(m.vstart, m.vend)
        out.append(Deployment(
            title=_title(doc, m, m.section >= 0 and per_section[m.section] == 1), text=text, span=span,
            countries=list(m.countries), unit=m.unit, action=m.action or "status", start=m.start, end=m.end,
            personnel_max=m.personnel, cost_eur=m.cost, funding=m.funding, rule=RULE))
    return out
