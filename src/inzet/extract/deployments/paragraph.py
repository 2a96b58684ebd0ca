"""Reading one paragraph: its sentences cut into clauses, trigger clauses opening mentions of
deployments, and the other clauses binding their dates, size, costs and funding to the mention
they name (by its anchors: mission names, acronyms, places) or to the current one."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from itertools import pairwise

from inzet.extract import countries, lexicon
from inzet.extract.deployments.actions import (
    as_known,
    framed_acts,
    known_end,
    may_be_status,
    read_action,
    reported_end,
)
from inzet.extract.deployments.actions import explicit as explicit_action
from inzet.extract.deployments.period import (
    MISSION_MANDATE,
    add_months,
    end_after,
    extends_mission_mandate,
    is_mission_mandate,
    read_date,
    read_extension_months,
    read_length,
    read_period,
    read_since,
    read_year_end,
    return_date,
    returns,
    to_mandate_end,
)
from inzet.extract.deployments.values import (
    ALL_MENTIONS,
    NUMW,
    TOTAL_OF_PARTS,
    V_FUND_GATE,
    V_MONEY_GATE,
    V_PERS_GATE,
    count_of,
    read_cost,
    read_funding,
    read_personnel,
    read_unit,
)
from inzet.extract.deployments.vocab import (
    ANAPHOR,
    BESIDES_IT,
    DUTCH,
    FOREIGN,
    GATE,
    HYPOTHETICAL,
    MOTION_ASK,
    OUT_OF_SERVICE,
    PAST,
    PURCHASE_WORDS,
    SHIP_NAME,
    UNIT_ANAPHOR,
    V_DUTCH,
    V_GATE,
    V_STRONG,
    WEAK,
    WHAT_IT_IS,
    about_questions,
    anchor_keys,
    foreign_subject,
    is_trigger,
    political,
    unit_places,
)

# clauses: at `;` `:` `,` a dash, and before `en over …` or a listed decision (`…, de verlenging van de bijdrage
# aan … en de uitbreiding van de bijdrage aan …`)
_DECISIONS = r"(?:verlenging|uitbreiding|afbouw|beëindiging|voortzetting|bijdrage|inzet|deelname)"
# and before a second count of people or assets given to a mission by name (`… één stafofficier aan UNIFIL in Libanon
# en twaalf militaire waarnemers aan UNTSO …`, `… twee bij EUBAM Libya en zes bij de politiecomponent van …`)
_SECOND = rf"en (?:{NUMW}) (?:[\w-]+ ){{0,3}}aan (?:de |het )?[A-Z]|en (?:{NUMW}) bij (?:de |het )?[\w-]"
_SECOND_AT = re.compile(_SECOND)
# and before a second act of the same actor (`Het kabinet verlengt de bijdrage … in Roemenië … en beëindigt per 1 april
# de bijdrage … in Bulgarije`)
_SECOND_ACT = r"en (?:beëindigt|beëindigen|verlengt|verlengen|levert|leveren|stuurt|sturen|breidt|breiden)\b"
# a clause after a semicolon that counts assets of another kind, its verb left to the clause before (`Vier
# Apache-gevechtshelikopters waren van juli 2014 tot 1 maart 2017 in Gao gestationeerd; drie
# Chinook-transporthelikopters van januari 2015 tot dezelfde datum`): another deployment
_COUNTED_ASSETS = re.compile(rf"(?:{NUMW})\s+(?P<kind>[\w-]*(?:helikopters|vliegtuigen|toestellen|schepen|fregatten"
                             r"|mijnenjagers|onderzeeboten)|[A-Z][\w-]*\d+['’]s)\b", re.IGNORECASE)
# a count whose noun the list left out (`vier marechaussees bij EULEX, twee bij EUBAM Libya en zes bij …`,
# `vijf militairen aan UNTSO …, twee aan UNIFIL … en één aan UNDOF`), in a clause of its own: counts the noun of the
# sentence's earlier count
_ELIDED = re.compile(rf"(?:en\s+)?(?P<n>{NUMW})\s+(?:bij|aan|in|op)\s", re.IGNORECASE)
_CLAUSE_SPLIT = re.compile(rf"[;:]\s+|,(?!\d)\s+|\s[–-]\s+|\s+(?=en over\b|en (?:de|een|het) (?:\w+ )?{_DECISIONS}\b"
                           rf"|{_SECOND}|{_SECOND_ACT})")
# the same where neither occurs: without a branch that starts at every space, twice as fast
_CLAUSE_SPLIT_FAST = re.compile(r"[;:]\s+|,(?!\d)\s+|\s[–-]\s+")
_SLOW_SPLIT = re.compile(rf"\ben over\b|\ben (?:de|een|het) (?:\w+ )?{_DECISIONS}\b|\b{_SECOND}|\b{_SECOND_ACT}")
lexicon.register(_CLAUSE_SPLIT)
# a clause that gives a reason (`Omdat … inmiddels in Oekraïne zelf plaatsvindt, wordt de bijdrage …`) says
# nothing of where the deployment is: no anchor
# (also one the sentence's commas cut out of it: `…, mede gelet op … bij MINUSMA in Mali, besloten …`)
_REASON_WORDS = r"(?:[Mm]ede\s+)?(?:[Gg]elet\s+op|[Gg]ezien|[Vv]anwege)\b"
_REASON = re.compile(rf"\s*(?:(?:Omdat|Doordat|Aangezien|Nu)\b|{_REASON_WORDS})")
_ONE_NAME = re.compile(r"[A-Z][\w-]+[.!?]?\s*$")


@dataclass(slots=True, kw_only=True)
class _Values:
    """What a text says of a deployment beyond its period: shared by a clause segment and a mention."""

    keys: set[str] = field(default_factory=set)
    names: list[str] = field(default_factory=list)
    actions: set[str] = field(default_factory=set)
    since: str | None = None       # `sinds november 2025`: the start of what already runs
    months: int | None = None      # `met zes maanden verlengd`
    personnel: int | None = None
    personnel_rank: int = 0
    cost: float | None = None
    funding: str | None = None
    unit: str | None = None
    unit_rank: int = 0


@dataclass(slots=True)
class _Segment(_Values):
    """A sentence, or the part of one that is about one deployment, with what it says about it."""

    start: int
    end: int
    sentence: int                  # index of its sentence in the paragraph
    places: list[str] = field(default_factory=list)   # ISO codes of where the unit is
    trigger: bool = False
    date_start: str | None = None
    date_end: str | None = None
    for_all: bool = False          # "beide inzetten worden gedekt uit …": said of every deployment
    mission_end: str | None = None  # the end it states of the mission's own mandate (`De Raad besloot … tot`)
    to_mission_end: bool = False   # its contribution runs `tot het einde van het mandaat` (the mission's)
    return_end: str | None = None  # the date it brings the unit home (`keren per 1 juli terug`)
    counted: bool = False          # assets of another kind counted after a semicolon (`_COUNTED_ASSETS`): their own
    by_mission: bool = False       # its places are only those its mission's name gives (`Atalanta`: SO)
    unread: list[tuple] = field(default_factory=list)  # its clauses, until `_read` takes their values

    @property
    def anchors(self) -> set[str]:
        return self.keys | {"@" + c for c in self.places}


@dataclass(slots=True)
class Mention(_Values):
    """One deployment as read so far (from one paragraph; merged across the letter later)."""

    section: int
    countries: list[str] = field(default_factory=list)
    start: str | None = None
    end: str | None = None
    prior_end: str | None = None    # the end of the mandate this mention extends or changes
    return_end: str | None = None   # the date the unit comes home: its end when no clause states one
    vstart: int = -1
    vend: int = -1
    trigger: bool = False
    last_sentence: int = -1
    cost_of_act: bool = False       # its cost is that of the act (`De kosten van de verlenging`), not of the whole
    apart_from: set[str] = field(default_factory=set)   # the names of what it is said not to be part of
    beside: bool = False        # it opens by adding itself to what came before (`Los daarvan levert Nederland …`)

    @property
    def explicit(self) -> str | None:
        return explicit_action(self.actions)

    @property
    def action(self) -> str | None:
        a = self.explicit
        if a:
            return a
        if "new_soft" in self.actions and ("ongoing" not in self.actions or "new_future" in self.actions) \
                and not (self.start is None and "runs_to" in self.actions and "new_future" not in self.actions):
            # (the present tense after `loopt door` describes what goes on; so does a present that says until when
            # it runs, with no start: `Nederland draagt met twee stafofficieren bij aan EUTM Mali; deze bijdrage loopt
            # tot 31 december 2022`)
            return "new"
        return "status" if "status" in self.actions else None

    def strength(self) -> int:
        """How much this mention says (the richer of two duplicates keeps its evidence)."""
        end = self.end or self.return_end
        return sum(x is not None for x in (self.start, end, self.personnel, self.cost, self.funding)) \
            + (self.explicit is not None)


@dataclass(slots=True)
class Sentence:
    """A body sentence, its cues, and what decides whether it can commit people or assets."""

    si: int                     # index in the paragraph
    start: int
    text: str
    hits: int                   # the cue bits of its text (`lexicon.of`)
    hypothetical: bool = False  # every part of it (`;`) is a hypothesis (`een eventuele voortzetting`)
    hypothetical_from: int = -1  # where the first part that is one begins (-1: none is)
    cms: list[countries.CountryMention] = field(default_factory=list)
    places: list[tuple[int, str]] | None = None    # None: not read yet (`_locate`)
    can_trigger: bool = False
    leads: bool = False         # the next sentence anchors its weak vocabulary (`_leads`)
    ours: bool = False          # Dutch by what it counts or continues, not by a word (`_ours_counted`, …)
    asked_from: int = -1        # where what a motion asks begins (-1: it asks nothing), which commits no one


def _goes_on_listing(s: Sentence, before: tuple[int, int], clause: tuple[int, int]) -> bool:
    """Does the clause open with a place that continues the list of places the clause before ends with?"""
    if not s.places:
        return False
    at = s.start + clause[0]
    ends = s.start + before[1]
    return any(p == at for p, _c in s.places) and any(cm.end == ends and cm.start in dict(s.places) for cm in s.cms)


def _hypothesis(s: Sentence) -> None:
    """Mark the sentence's hypothesis: a part after a semicolon may be one while what comes before states a fact
    (`De bijdrage loopt tot en met 31 december 2028; het kabinet informeert u over een eventuele voortzetting`)."""
    m = lexicon.search(HYPOTHETICAL, s.text, s.hits)
    ask = lexicon.search(MOTION_ASK, s.text, s.hits)
    if ask is not None and (m is None or m.start() > ask.start()):
        # what a motion asks, from its clause on (`…, waarin de regering wordt gevraagd …`); all of the sentence
        # when what comes before names no deployment (`Het kabinet geeft hiermee uitvoering aan de motie …, …`)
        before = s.text[:ask.start()]
        s.hypothetical_from = 0 if not (GATE.search(before) or countries.find(before)) else ask.start()
        s.hypothetical = s.hypothetical_from == 0
        s.asked_from = ask.start()
        return
    if m is None:
        return
    part = s.text.rfind(";", 0, m.start()) + 1
    if part and _TOLD_OF_IT.match(s.text, part):
        part = 0    # (`Nederland levert in het najaar opnieuw een schip aan Atalanta; daarover bent u op 10 april jl.
        #              geïnformeerd`: what comes before is told in another letter)
    s.hypothetical_from = part
    s.hypothetical = part == 0


# what another letter told, pointed back to (`…; daarover bent u op 10 april jl. geïnformeerd`, `Daarover is uw Kamer
# bij brief van … geïnformeerd`): after a semicolon, or as the sentence after it
_TOLD_OF_IT = re.compile(r"\s*(?:[Dd]aarover|[Hh]ierover)\s+(?:bent\s+u|is\s+uw\s+Kamer|werd\s+uw\s+Kamer"
                         r"|heeft\s+het\s+kabinet\s+u)\b[^;]{0,80}?\bgeïnformeerd\b")


def _may_trigger(s: Sentence) -> bool:
    """Could a clause of this sentence be a trigger (deployment vocabulary, a Dutch actor, no hypothesis, not a
    question: `Hebben Nederlandse militairen deelgenomen aan de aanvallen in Jemen?` asks, it does not tell)?
    Cheaper than the full test and implied by it, so a paragraph without such a sentence is done."""
    if s.hypothetical or not (s.hits & lexicon.bit(GATE) and s.hits & lexicon.bit(DUTCH)) \
            or s.text.rstrip().endswith("?"):
        return False
    return V_GATE.has(s.text, s.hits) and V_DUTCH.has(s.text, s.hits)


def _locate(view: str, s: Sentence) -> None:
    """The countries a sentence names, and the places where units are."""
    if s.hits & lexicon.bit(countries.FIND_RE):
        s.cms = countries.find(view, s.start, s.start + len(s.text))
    s.places = unit_places(view, s.start, s.cms)


# a sentence that opens with a unit by its kind (`De Patriot-eenheid bij Rzeszów …`, `Het fregat …`)
_THE_UNIT = re.compile(r"(?:De|Het)\s+([\w-]*(?:eenheid|fregat|schip|detachement|compagnie|onderzeeboot|mijnenjager"
                       r"|helikopters|vliegtuigen|toestellen))\b")


def _dutch_unit_again(s: Sentence, sentences: list[Sentence]) -> bool:
    """Does the sentence open with a unit of the kind an earlier sentence of the paragraph called Dutch (`De
    Nederlandse Patriot-eenheid … is teruggekeerd. De Patriot-eenheid bij Rzeszów … blijft daar tot …`)? Then it
    is a Dutch one too, though it says so no more. Only a sentence with deployment vocabulary can be one."""
    if s.si == 0 or s.hypothetical or not s.hits & lexicon.bit(GATE):
        return False
    m = _THE_UNIT.match(s.text)
    if m is None:
        return False
    noun = m.group(1).casefold()
    # (or a compound of it in a sentence Dutch by its people: `Het evacuatiedetachement telde … 270 militairen, onder
    # wie … marechaussees` / `Het detachement vertrok op 16 augustus 2021`)
    return any(f"nederlandse {noun}" in o.text.casefold()
               or (re.search(rf"\b(?:De|Het)\s+\w*{re.escape(noun)}\b", o.text) and V_DUTCH.has(o.text, o.hits))
               for o in sentences[:s.si])


# people counted as the ones who contribute (`Aan de EU-trainingsmissie EUTM Mali dragen drie stafofficieren bij`)
PEOPLE_CONTRIBUTE = re.compile(r"\b(?:dragen|draagt)\s+(?:\S+\s+){0,8}?bij\b|\b(?:nemen|neemt)\s+(?:\S+\s+){0,8}?deel\b"
                                r"|\b(?:maken|maakt)\s+(?:\S+\s+){0,8}?deel\s+uit\b"
                                # a unit set up or sent, by no one named (`Voor de herontplooiing wordt een
                                # Redeployment Task Force ingesteld van ten hoogste 600 militairen`)
                                r"|\b(?:wordt|worden)\s+(?:\S+\s+){0,8}?(?:ingesteld|ingezet|ontplooid|uitgezonden"
                                r"|gestationeerd)\b")
lexicon.register(PEOPLE_CONTRIBUTE)


def counted_people(s: Sentence) -> bool:
    """Could the sentence count people who contribute, without naming whose (cheap: the words it needs)?"""
    return not s.hypothetical and bool(s.hits & lexicon.bit(GATE)) and V_PERS_GATE.has(s.text, s.hits) \
        and bool(s.hits & lexicon.bit(PEOPLE_CONTRIBUTE))


def _ours_counted(s: Sentence) -> bool:
    """Does the sentence count people as the ones who contribute to a mission, naming no other country or ally
    (`Aan de EU-trainingsmissie EUTM Mali dragen drie stafofficieren bij, tot 31-12-2020`)? In a Dutch letter
    they are Dutch: another country's people are said to be its own (`Duitse militairen`, `22 landen`)."""
    if not counted_people(s) or not lexicon.search(PEOPLE_CONTRIBUTE, s.text, s.hits):
        return False
    # (`EU-trainingsmissie`, `NAVO-missie`: the mission's kind, not an actor)
    if any(s.text[m.end():m.end() + 1] != "-" for m in lexicon.finditer(FOREIGN, s.text, s.hits)) \
            or any(cm.kind == "adjective" and cm.code != "NL" for cm in s.cms):
        return False
    return read_personnel(s.text, s.hits)[0] is not None


# the unit by its count, as the reader knows it (`De vier F-16-jachtvliegtuigen die op Kandahar Airfield …`)
_KNOWN_UNIT = re.compile(rf"(?:De|Het)\s+(?:{NUMW})\s+[\w-]")
# the sentence after it that goes on about its deployment (`Hun inzet wordt eveneens verlengd tot …`)
_THEIR = re.compile(r"(?:Hun|Haar|Zijn|Deze|Die)\s+(?:inzet|bijdrage|deelname|stationering|mandaat)\b")


def opens_with_known_unit(view: str, start: int) -> bool:
    """Does the sentence at `start` open with a unit by its count, as one the reader knows (`De vier F-16's …`)?"""
    return _KNOWN_UNIT.match(view, start) is not None


_UNTIL_THEN = re.compile(r"\b(?:tot|t/m|per|op)\s+\d")


def _known_unit_decided(s: Sentence, sentences: list[Sentence]) -> bool:
    """Does the sentence open with a unit by its count, as one the reader knows (`De vier F-16-jachtvliegtuigen
    …`, `De drie CH-47 Chinook-transporthelikopters … worden per 1 oktober 2008 teruggetrokken`), of which it or
    the sentence after it (`Hun inzet wordt eveneens verlengd`) states a decision? In a Dutch letter that unit is
    ours; one it only describes (`De zes Apaches blijven deel uitmaken van de TFU`) is left to what it is part of."""
    if s.hypothetical or not s.hits & lexicon.bit(GATE) or not _KNOWN_UNIT.match(s.text) \
            or not V_STRONG.has(s.text, s.hits):
        return False
    if explicit_action(read_action(s.text, s.hits)) or (returns(s.text, s.hits) and _UNTIL_THEN.search(s.text)):
        return True     # (`De vier F-16's … blijven tot 1 augustus 2010 en keren daarna terug`: their end)
    nxt = sentences[s.si + 1] if s.si + 1 < len(sentences) else None
    return nxt is not None and _THEIR.match(nxt.text) is not None and explicit_action(read_action(nxt.text, nxt.hits))


def _others_act(s: Sentence, countries_only: bool = False) -> bool:
    """Does another country act in the sentence, as its subject (`Spanje neemt de taak vanaf april 2025 over`)? What
    it dates is its own, not the Dutch unit's. `countries_only`: a country by its name, not allies or the NAVO."""
    cut = s.text.find(";")
    text = s.text[:cut] if cut > 0 else s.text      # (its first main clause: `…; daarna neemt Tsjechië … over`)
    cms = [cm for cm in s.cms if cm.start < s.start + len(text)]
    if not any(cm.kind == "name" and cm.code != "NL" for cm in cms):
        return False
    hits = lexicon.of(text) if cut > 0 else s.hits
    return foreign_subject(text, cms, s.start, hits & ~lexicon.bit(FOREIGN) if countries_only else hits)


# deployments counted as the means of another contribution: `met onder meer de bijdragen aan …`, `met haar missies in …`
_WITH_CONTRIBUTIONS = re.compile(r"\b[Mm]et\s+(?:onder\s+(?:meer|andere)\s+|o\.a\.\s+|onder\s+meer\s+)?(?:de|haar|zijn"
                                 r"|onze)\s+(?:bijdragen|missies|inzetten|operaties)\s+(?:aan|in)\b")


def _in_passing(s: Sentence) -> bool:
    """Does the sentence only count the deployments it lists (`Nederland levert met de inzet in Mali, Irak en
    Afghanistan een relatief grote bijdrage`)? Weak vocabulary over three or more countries, with no unit, figure
    or mission name, or the contributions named as the means of another (`met onder meer de bijdragen aan MINUSMA in
    Mali, …`): each deployment, if the letter is about it, is set out where it says more."""
    if _WITH_CONTRIBUTIONS.search(s.text):
        return True
    if len({code for _p, code in s.places or ()}) < 3 or s.hits & lexicon.DIGIT.bit or V_STRONG.has(s.text, s.hits):
        return False
    return not anchor_keys(s.text, s.cms, s.hits)[0]


def _may_open(s: Sentence) -> bool:
    """The second, finer test: people or assets, or weak vocabulary (`bijdrage`) with a place or a
    mission the clause could be anchored to (the sentence's places and keys hold its clauses', or the
    next sentence's, see `_leads`)."""
    if not s.can_trigger:
        return False
    if V_STRONG.has(s.text, s.hits):
        return True
    return bool(s.hits & lexicon.bit(WEAK) and (s.places or s.leads or anchor_keys(s.text, s.cms, s.hits)[0]))


def _leads(view: str, s: Sentence, nxt: Sentence | None) -> bool:
    """Does the next sentence say where and with what the contribution this one commits goes (`… levert
    Nederland in 2027 een bijdrage aan de luchtverdediging van het verdragsgebied. Vanaf februari worden vier
    F-35's gestationeerd in Bulgarije.`)? Then that is the anchor of this one's weak vocabulary."""
    if nxt is None or nxt.hypothetical or not V_STRONG.has(nxt.text, nxt.hits) or V_DUTCH.has(nxt.text, nxt.hits):
        return False
    if nxt.places is None:
        _locate(view, nxt)
    return bool(nxt.places)


# what a unit is there for, naming another (`Ter ondersteuning van de TFU en van ISAF in het zuiden worden … zes
# AH-64D's ingezet`): the names it supports are not its own
_FOR_OTHERS = re.compile(r"\b[Tt]er\s+(?:ondersteuning|bescherming|beveiliging|versterking)\s+van\s+[^,.;]{0,80}?"
                         r"(?=\s+(?:worden|wordt|zijn|is|zal|zullen|levert|leveren|stelt|stellen|zet|zetten)\b|[,.;])")


# what a unit is needed for later, elsewhere (`de helikopters zijn nodig voor de opleiding van bemanningen en voor de
# Nederlandse bijdrage aan ISAF in 2005`): neither its name nor its place
_NEEDED_FOR = re.compile(r"\b(?:zijn|is|worden|wordt|blijven|blijft)\s+(?:\S+\s+)?(?:nodig|bestemd|gereserveerd)\s+voor"
                         r"\s+[^.;]{0,160}")


# where units exercise, no deployment (`Deze eenheden blijven in Nederland gelegerd en oefenen in 2015 onder meer in
# Polen en Noorwegen`)
_EXERCISES = re.compile(r"\b(?:oefenen|oefent|oefende|oefenden|beoefenen)\b[^.;]{0,120}")


def _for_others(text: str) -> list[tuple[int, int]]:
    """The spans of a clause that name what its unit supports or is needed for, where it exercises, what replaces
    it, or a deployment elsewhere given as a reason (`_FOR_OTHERS`, `_NEEDED_FOR`, `_EXERCISES`, `_REPLACED_BY`,
    `_GIVEN_THE_OTHER`, `_REASON_BETWEEN_COMMAS`)."""
    gone = [m.span() for m in _FOR_OTHERS.finditer(text)] if "Ter " in text or "ter " in text else []
    if " voor " in text and ("nodig" in text or "bestemd" in text or "gereserveerd" in text):
        gone += [m.span() for m in _NEEDED_FOR.finditer(text)]
    if "oefen" in text:
        gone += [m.span() for m in _EXERCISES.finditer(text)]
    if " door " in text:
        gone += [m.span() for m in _REPLACED_BY.finditer(text)]
    if "inzet" in text:
        gone += [m.span() for m in _GIVEN_THE_OTHER.finditer(text)]
    if "elet op" in text or "ezien" in text or "anwege" in text:
        gone += [m.span() for m in _REASON_BETWEEN_COMMAS.finditer(text)]
    return sorted(gone)


# a reason set between commas in the middle of the sentence (`Het kabinet heeft daarom, mede gelet op de schaarste
# aan stafofficieren … en de behoefte daaraan bij MINUSMA in Mali, besloten de bijdrage aan MINUSCA niet te
# verlengen`): what it names is background, not the deployment the sentence decides on
_REASON_BETWEEN_COMMAS = re.compile(rf"(?<=,)\s*{_REASON_WORDS}[^,.;]{{0,200}}(?=,)")


# a deployment elsewhere given as the reason for this one's size (`Gezien de zware inzet van de Nederlandse krijgsmacht
# in Afghanistan en elders is de Nederlandse bijdrage beperkt van omvang`): background, not this one's place
_GIVEN_THE_OTHER = re.compile(r"\b(?:[Gg]ezien|[Vv]anwege|[Gg]elet\s+op|[Mm]et\s+het\s+oog\s+op|[Ii]n\s+verband\s+met)"
                              r"\s+de\s+(?:\w+\s+){0,2}?inzet\s+van\s+[^.;]{0,100}?(?=\s+(?:is|zijn|wordt|worden|kan|kunnen|heeft)\b|,)")


# what takes the unit's place after it (`…, waarna de marechaussees worden vervangen door een bijdrage aan MINUSMA`):
# the successor's name, not the unit's
_REPLACED_BY = re.compile(r"\b(?:vervangen|afgelost|opgevolgd)\s+(?:wordt\s+|worden\s+)?door\s+[^.;]{0,120}")


def _own_keys(text: str, cms: list[countries.CountryMention], base: int, hits: int,
              gone: list[tuple[int, int]]) -> tuple[set[str], list[str]]:
    """`anchor_keys` of a clause, leaving out the names in `gone`, its spans of what it is there to support or needed
    for (`_for_others`)."""
    if not gone:
        return anchor_keys(text, cms, hits)
    for a, b in reversed(gone):
        text = text[:a] + " " * (b - a) + text[b:]
    kept = [cm for cm in cms if not any(a <= cm.start - base < b for a, b in gone)]
    return anchor_keys(text, kept, lexicon.of(text))


def _segments(view: str, sentences: list[Sentence], ours: bool = False) -> list[_Segment]:
    """Each sentence cut where it turns to another deployment (`…aan eFP in Litouwen, en over … EUFOR`).

    A paragraph in which no sentence can commit people or assets (no trigger) has no deployment, and
    is left at that; the values of a segment are read only when it is used (`_read`)."""
    for s in sentences:
        _hypothesis(s)
    for s, nxt in pairwise(sentences):
        if _TOLD_OF_IT.match(nxt.text):
            s.hypothetical = True   # (`Nederland leidt Oekraïense militairen op in … Interflex. Daarover bent u op 28
            #                          november jl. geïnformeerd`: told in another letter)
    # only a sentence that may trigger can have a trigger clause (its clauses' vocabulary is its own):
    # the others' `can_trigger` stays False, and their places are read only when a sentence may open
    # (a sentence Dutch by what comes before it: an item of a list a Dutch decision opens, a unit of the kind just
    # called Dutch, a unit the reader knows by its count; each test made once)
    cands, by_context = [], set()
    for s in sentences:
        if _may_trigger(s):
            cands.append(s)
        elif (ours and not s.hypothetical and s.hits & lexicon.bit(GATE) and V_GATE.has(s.text, s.hits)) \
                or _dutch_unit_again(s, sentences) or _known_unit_decided(s, sentences):
            cands.append(s)
            by_context.add(s.si)
        elif counted_people(s):
            cands.append(s)
    if not cands:
        return []
    for s in cands:
        _locate(view, s)
        dutch = V_DUTCH.has(s.text, s.hits)
        s.ours = not dutch and (ours or s.si in by_context or _ours_counted(s))
        s.can_trigger = (dutch or s.ours) and not foreign_subject(s.text, s.cms, s.start, s.hits) \
            and not _in_passing(s)
        if s.can_trigger and not s.places and s.hits & lexicon.bit(WEAK):
            s.leads = _leads(view, s, sentences[s.si + 1] if s.si + 1 < len(sentences) else None)
    if not any(_may_open(s) for s in cands):
        return []
    for s in sentences:
        if s.places is None:
            _locate(view, s)
    out: list[_Segment] = []
    for s in sentences:
        stext, cms, places = s.text, s.cms, s.places
        bounds, pos = [], 0
        split = _CLAUSE_SPLIT if " en " in stext and _SLOW_SPLIT.search(stext) else _CLAUSE_SPLIT_FAST
        for m in split.finditer(stext) if s.hits & lexicon.bit(_CLAUSE_SPLIT) else ():
            if "(" in stext and _in_name_brackets(stext, m.start()):
                continue    # (not within a name's brackets: `hoofdkwartier (Operation Headquarters, OHQ)`)
            bounds.append((pos, m.start()))
            pos = m.end()
        bounds.append((pos, len(stext)))
        # `in Boekarest, Roemenië`: a clause of one proper name is the country of the town before it
        # and `in Irak, Syrië en Jordanië`: a clause that goes on with the list of places the one before ends with
        for i in range(len(bounds) - 1, 0, -1):
            if _ONE_NAME.match(stext, bounds[i][0], bounds[i][1]) or _goes_on_listing(s, bounds[i - 1], bounds[i]):
                bounds[i - 1:i + 1] = [(bounds[i - 1][0], bounds[i][1])]
        seg: _Segment | None = None
        # (the total of the parts the sentence goes on to count is no one unit's cost: `De totale kosten … worden
        # geraamd op € 46,3 miljoen, waarvan circa € 14,2 miljoen betrekking heeft op de terugverplaatsing …`)
        of_parts = "waarvan" in stext and TOTAL_OF_PARTS.search(stext) is not None
        for a, b in bounds:
            if b <= a:
                continue
            cs, ce = s.start + a, s.start + b
            ctext = stext[a:b]
            hits = s.hits if b - a == len(stext) else lexicon.of(ctext)     # one clause: the sentence's cues
            ccms = [cm for cm in cms if cs <= cm.start < ce]
            gone = _for_others(ctext)
            keys, names = _own_keys(ctext, ccms, cs, hits, gone)
            cpos = [(p, code) for p, code in places if cs <= p < ce and not any(a <= p - cs < b for a, b in gone)]
            cplaces = list(dict.fromkeys(code for _, code in cpos))
            if _REASON.match(ctext) and b < len(stext):
                keys, names, cplaces = set(), [], []
            anchors = keys | {"@" + c for c in cplaces}
            # a clause turns to another deployment when its names differ, or its places do where both have
            # some (`… NSATU in Wiesbaden, Duitsland, met …` stays one: the country adds to the name)
            # (and a second count for another mission by name, though a place is shared: `één stafofficier aan UNIFIL
            # in Libanon en twaalf militaire waarnemers aan UNTSO in Israël, Libanon en Syrië`)
            counted = seg is not None and a > 0 and stext[a - 2:a].strip() == ";" \
                and (kind := _COUNTED_ASSETS.match(ctext)) is not None \
                and kind.group("kind").casefold() not in view[seg.start:cs].casefold()
            # (a clause that names no mission but where its people are goes on with the one whose place only the
            # mission's name gave: `De Nederlandse bijdrage aan Atalanta, een stafofficier in het hoofdkwartier in Rota,
            # loopt door …`; that is where they are)
            # (an apposition between commas, a town and a headquarters: not a clause of its own that adds people)
            placing = seg is not None and seg.by_mission and not keys - _HQ_KEYS and bool(cpos) \
                and stext[:a].rstrip().endswith(",") and stext[b:].lstrip().startswith(",") \
                and _AT_HEADQUARTERS.search(ctext) is not None \
                and all(any(cm.start == p and cm.kind == "place" for cm in ccms) for p, _ in cpos)
            if seg is None or (anchors and seg.anchors and not anchors & seg.anchors and not placing
                               and ((keys and seg.keys) or (cplaces and seg.places))) \
                    or (keys and seg.keys and not keys & seg.keys and _SECOND_AT.match(ctext)) or counted:
                if counted and not cplaces:
                    cplaces = list(seg.places)      # (the place the clause before gave them: `… in Gao gestationeerd`)
                seg = _Segment(cs, ce, s.si, counted=counted)
                out.append(seg)
                if a and (elided := _elided_count(stext, a, b, s.hits)):
                    seg.personnel, seg.personnel_rank, seg.trigger = elided, 1, s.can_trigger and bool(anchors)
            if placing:
                seg.places, seg.by_mission = [], False
            elif cpos and not seg.places:
                seg.by_mission = all(any(cm.start == p and cm.kind == "mission" for cm in ccms) for p, _ in cpos)
            seg.end = ce
            seg.keys |= keys
            seg.names.extend(n for n in names if n not in seg.names)
            seg.places.extend(c for c in cplaces if c not in seg.places)
            trigger = s.can_trigger and is_trigger(ctext, bool(anchors) or s.leads, hits) \
                and not (about_questions(ctext, hits) and explicit_action(read_action(ctext, hits)) is None) \
                and not 0 <= s.asked_from <= a
            seg.trigger = seg.trigger or trigger
            seg.unread.append((ctext, ccms, cs, trigger, hits, 0 <= s.hypothetical_from <= a, of_parts))
    return out if any(seg.trigger for seg in out) else []


def _in_name_brackets(text: str, at: int) -> bool:
    """Is `at` within brackets that hold a name and its short form (`(Operation Headquarters, OHQ)`), not a
    reference or a date (`(brief van 28 september 2018, Kamerstuk 29 521, nr. 365)`)?"""
    opened = text.rfind("(", 0, at)
    if opened < 0 or text.rfind(")", opened, at) >= 0:
        return False
    closed = text.find(")", at)
    inner = text[opened + 1:closed if closed >= 0 else len(text)]
    return closed >= 0 and closed - opened < 80 and not any(c.isdigit() for c in inner)


def _undated(seg: _Segment) -> bool:
    """Does the segment state no date and no act (so it can only describe what is already named)?"""
    _read(seg)
    return not (seg.date_start or seg.date_end or seg.return_end or seg.since or explicit_action(seg.actions))


def _elided_count(stext: str, a: int, b: int, hits: int) -> int | None:
    """The count of a clause that leaves its noun to an earlier count of the sentence (`…, twee bij EUBAM
    Libya`), or None."""
    m = _ELIDED.match(stext, a, b)
    if m is None or not V_PERS_GATE.has(stext[:a], hits) or read_personnel(stext[:a])[0] is None:
        return None
    n = count_of(m.group("n"))
    return n if n and n < 1000 else None


def _read(seg: _Segment) -> None:
    """Read what the segment's clauses state (once, when the segment is first used)."""
    before: tuple[str, int] = ("", -1)          # the clause before, and where it ended (the same sentence's?)
    mandate = False                             # the sentence so far speaks of the mission's own mandate
    known = False                               # … says what follows was known before (`die, zoals bekend, …`)
    sofar = ""                                  # … its clauses so far (`Het kabinet beschouwt deze bijdrage, …,`)
    for text, cms, base, trigger, hits, hypothetical, of_parts in seg.unread:
        prev, before = before, (text, base + len(text))
        same_sentence = 0 <= base - prev[1] <= 3
        known = (known and same_sentence) or as_known(text)
        sofar = f"{sofar}, {text}" if same_sentence else text
        # (`Het mandaat van de EU-operatie Atalanta, die … bestrijdt, loopt tot en met 12 december 2014`: the
        # sentence that names the mission's own mandate may date it in a later clause)
        mandate = (mandate and same_sentence) or is_mission_mandate(text, hits)
        if lexicon.search(ALL_MENTIONS, text, hits):
            seg.for_all = True
        if hypothetical:
            continue
        if lexicon.search(PAST, text, hits) and not _TOLD_BEFORE.search(text):
            # `Sinds november 2025 is een eenheid van 40 militairen …`: what runs already gives its start and
            # (weakly) its size; other past words (`de eerdere bijdrage`) give nothing
            # (not those who served since: `de ruim 5.000 militairen … die sinds 2014 in Mali hebben gediend`)
            if all(w.casefold() == "sinds" for w in PAST.findall(text)) and not _SERVED.search(text):
                seg.since = seg.since or read_since(text, hits)
                n, _rank = read_personnel(text, hits) if V_PERS_GATE.has(text, hits) else (None, 0)
                if n is not None and seg.personnel_rank < 1:
                    seg.personnel, seg.personnel_rank = n, 1
            continue
        # (`…, als een voortzetting binnen dat kader`: the act a clause names as what the sentence takes it to be)
        framed = framed_acts(sofar) if same_sentence and "als " in text else set()
        cost = seg.cost
        _read_clause(seg, text, cms, base, trigger, hits, mandate, known, framed)
        if of_parts:
            seg.cost = cost
        if same_sentence and seg.date_start and seg.date_end is None and seg.date_start[0] not in "09":
            # `De inzet begint op 1 oktober 2014 en duurt, zoals …, voor een periode van een jaar`: a length in a
            # later clause of the sentence that gave the start
            months = read_length(text, hits)
            seg.date_end = end_after(seg.date_start, months) if months else None
        if same_sentence and hits & lexicon.DIGIT.bit and not mandate:
            # in apposition to the clause before it, in the same sentence: `De kosten van deze bijdrage, circa
            # € 12 miljoen, komen …` (its cost word), `De einddatum van de bijdrage, 30 juni 2028, verandert niet`
            joined = prev[0] + ", " + text
            if seg.cost is None and hits & V_MONEY_GATE.bit and not of_parts:
                seg.cost = read_cost(joined)
            if seg.date_end is None:
                seg.date_end = read_period(joined)[1]
    seg.unread.clear()


def _read_clause(seg: _Segment, text: str, cms: list[countries.CountryMention], base: int, trigger: bool,
                 hits: int, mandate: bool = False, known: bool = False, framed: frozenset[str] | set[str] = frozenset(),
                 ) -> None:
    """Add the values a clause states to its segment (the first stated value wins); `mandate`: its sentence names
    the mission's own mandate, whose date the clause may give; `known`: it says what follows was known before;
    `framed`: the acts its sentence only takes the contribution to be (`framed_acts`)."""
    actions = read_action(text, hits) - framed
    if not trigger and actions and political(text, hits):
        actions = set()     # (`Het kabinet zal pleiten voor een kritische herbezinning op de missie`: no act of ours)
    # (an end known before is the mandate reported, its date still an end)
    ends = "end" in actions or ("status" in actions and known_end(text, hits))
    if known:
        actions = reported_end(text, actions)
    if "extension" in actions and extends_mission_mandate(text, hits) and not V_DUTCH.has(text, hits):
        # `De Veiligheidsraad verlengde het mandaat van de missie zelf tot …`: the mission's own mandate was
        # extended or changed, not the Dutch part of it
        actions -= {"extension", "change"}
    seg.actions |= actions
    if hits & lexicon.DIGIT.bit and mandate and not V_DUTCH.has(text, hits):
        seg.mission_end = seg.mission_end or read_period(text, hits)[1]
    elif hits & lexicon.DIGIT.bit or ("end" in actions and read_date(text, hits)):
        # (a clause that ends it may name its month without figures: `…, eind maart beëindigd`)
        start, end = read_period(text, hits)
        if ends and end is None:
            # `wordt per 1 januari 2026 beëindigd`, `in de loop van mei 2026 beëindigd`: in a clause that ends
            # the deployment, its date is the end
            start, end = None, start or read_date(text, hits)
        elif end is None and returns(text, hits):
            # `De drie stafofficieren keren per 1 juli terug`: the end, unless the letter states one
            seg.return_end = seg.return_end or return_date(text, hits)
            start = None
        if (start or end or "").startswith("9999-") and _TOLD_IN_THE_PAST.search(text):
            # a day without its year in a clause told in the past is the last such day, not the next (`Ter
            # bescherming van de top was van 3 tot en met 14 juli een Nederlandse NASAMS-eenheid … geplaatst`)
            start, end = (_in_the_past(start), _in_the_past(end))
        seg.date_start = seg.date_start or start
        seg.date_end = seg.date_end or end
        if seg.cost is None and hits & V_MONEY_GATE.bit:
            seg.cost = read_cost(text, hits)
    if seg.date_end is None and not mandate:
        seg.date_end = read_year_end(text, hits)       # `blijft tot het einde van het jaar`: no figures needed
    if "extension" in actions:
        seg.months = seg.months or read_extension_months(text, hits)
    seg.to_mission_end = seg.to_mission_end or to_mandate_end(text, hits)
    if V_PERS_GATE.has(text, hits):
        n, rank = read_personnel(text, hits)
        if n is not None and _WAS_SIZE.search(text):
            rank = min(rank, 1)     # (`In 2021 bestond de bijdrage uit ten hoogste 50 militairen`: what it was)
        if n is not None and rank > seg.personnel_rank:
            seg.personnel, seg.personnel_rank = n, rank
    if seg.funding is None and V_FUND_GATE.has(text, hits) and not ("aarde" in text and _VALUE_OF_GOODS.search(text)):
        seg.funding = read_funding(text, hits)
    if trigger and seg.unit_rank < 2:
        unit, rank = read_unit(text, cms, base, hits)
        if rank > seg.unit_rank:
            seg.unit, seg.unit_rank = unit, rank


# a part of the unit, by its compound name: `De beveiligingseenheid`, `Het medische team`, `Het logistieke detachement`
_PART = re.compile(r"(?:De|Het)\s+((?:[\w-]+e\s+)?[\w-]*(?:eenheid|team|detachement|element|peloton))\b")
_THEY = re.compile(r"(?:Zij|Ze|Deze\s+militairen|Die\s+militairen)\s+(?:zijn|worden|werken|opereren|dienen|staan)\b")
# said before, of what still runs: `de bijdrage is eerder aan uw Kamer gemeld en loopt ongewijzigd door tot eind 2024`
_TOLD_BEFORE = re.compile(r"\beerder\s+(?:\S+\s+){0,3}?(?:gemeld|bericht|geïnformeerd|aangekondigd|toegelicht)\b")
_SERVED = re.compile(r"\b(?:hebben|hadden|heeft|had)\s+gediend\b|\bdienden\b")
_WAS_SIZE = re.compile(r"\b(?:bestond|bestonden|telde|telden|omvatte|omvatten)\b")


def _conflicts(m: Mention, seg: _Segment) -> bool:
    """Would this sentence contradict what the mention already says (so it is about another one)?"""
    if seg.sentence == m.last_sentence:
        return False
    _read(seg)
    if _supersedes(m, seg):
        return False
    if seg.date_end and m.end and seg.date_end != m.end:
        return True
    a, b = explicit_action(seg.actions), m.explicit
    return bool(a and b and a != b and {a, b} != {"change", "extension"})


# (`… namen vier F-16's vanuit Šiauliai deel …. … leveren wij … opnieuw vier F-16's, die vanuit Malbork opereren`)
_AGAIN = re.compile(r"\b(?:opnieuw|wederom|nogmaals|andermaal)\b")


def _again_elsewhere(view: str, m: Mention, seg: _Segment) -> bool:
    """Does a later sentence commit the same kind of unit again, somewhere else than the mention (`… namen vier
    F-16's vanuit Šiauliai deel …. … leveren wij opnieuw vier F-16's, die vanuit Malbork … opereren`)? Then it is
    the next rotation, a deployment of its own."""
    return seg.sentence != m.last_sentence and bool(seg.places) and bool(m.countries) \
        and not set(seg.places) & set(m.countries) and _AGAIN.search(view, seg.start, seg.end) is not None


def _supersedes(m: Mention, seg: _Segment) -> bool:
    """Does the sentence extend, change or end the mandate the mention only reported (`Het mandaat … loopt op
    30 juni af. Het kabinet heeft besloten deze bijdrage te verlengen tot …`)? Only when it names nothing
    the mention does not (a status shared by two missions is extended or ended one by one)."""
    if m.explicit is not None or explicit_action(seg.actions) not in ("extension", "change", "end"):
        return False
    return not seg.keys or m.keys <= seg.keys


# a part of the deployment just counted: `zij vallen binnen het genoemde aantal`, `Zij zijn in dit aantal inbegrepen`
_WITHIN_COUNT = re.compile(r"\b(?:vallen|valt|zijn|is)\s+(?:\S+\s+){0,2}?(?:binnen|in)\s+(?:het\s+)?(?:genoemde|"
                           r"bovengenoemde|dit|dat|deze)\s+(?:aantal|maximum|plafond)\b"
                           r"|\b(?:binnen|in|bij)\s+(?:het\s+)?(?:genoemde|bovengenoemde|dit|dat)\s+(?:aantal|maximum"
                           r"|plafond)\s+(?:inbegrepen|meegeteld|vallen|valt)\b")
# an end by reference to the date just given (`tot diezelfde datum`, `tot en met die datum`, `tot dezelfde datum`)
# a Dutch act said to follow another's (`… de Nederlandse bijdrage … eveneens te verlengen`)
# the mission just named, by a demonstrative (`de Nederlandse bijdrage aan deze operatie`, `binnen die missie`)
_THIS_MISSION = re.compile(r"\b(?:aan|in|bij|binnen|voor)\s+(?:deze|die|dezelfde)\s+(?:operatie|missie)\b")
_LIKEWISE = re.compile(r"\b(?:eveneens|evenzo|ook|daarop|daarom)\b")
# a unit said not to belong to a deployment: `maakt geen deel uit van de bijdrage aan EUFOR Althea`, `valt buiten …`
_NOT_PART = re.compile(r"\b(?:maakt|maken)\s+geen\s+deel\s+uit\b|\b(?:valt|vallen)\s+buiten\b"
                       r"|\bgeen\s+onderdeel\s+van\b")
_SAME_DATE = re.compile(r"\b(?:tot|t/m)\s+(?:en\s+met\s+)?(?:die|diezelfde|dezelfde|deze)\s+datum\b", re.IGNORECASE)


def _another_ship(view: str, seg: _Segment, current: Mention) -> str | None:
    """The navy ship the segment names (`Zr.Ms. Karel Doorman`) that the current mention does not, if any."""
    if "Ms." not in view[seg.start:seg.end] and "Kr." not in view[seg.start:seg.end]:
        return None
    said = view[current.vstart:current.vend]
    return next((m.group(0) for m in SHIP_NAME.finditer(view, seg.start, seg.end) if m.group(1) not in said), None)


def paragraph(view: str, section: int, sentences: list[Sentence], ours: bool = False) -> list[Mention]:
    """Mentions of deployments in one paragraph; `ours`: its actor is Dutch by what comes before it (an item of a
    list a Dutch decision opens), whether or not it names one."""
    mentions: list[Mention] = []
    current: Mention | None = None

    def new(like: Mention | None = None) -> Mention:
        m = Mention(section)
        if like is not None:
            m.keys, m.names, m.countries = set(like.keys), list(like.names), list(like.countries)
        mentions.append(m)
        return m

    status: _Segment | None = None       # `Het mandaat loopt af op 31 maart 2027.` before any deployment is named
    named_before: _Segment | None = None  # the last segment that named a mission without committing to it
    mission_end: str | None = None       # the mission's own mandate's end, as the paragraph last gave it
    for seg in _segments(view, sentences, ours):
        target: Mention | None = None
        fresh = len(mentions)
        maybe_status = any(may_be_status(u[4]) for u in seg.unread)
        # (the mandate named in one clause, its date possibly in a later one of the sentence)
        if any(u[4] & _mandate_bit() for u in seg.unread) and any(u[4] & lexicon.DIGIT.bit for u in seg.unread):
            _read(seg)
        mission_end = seg.mission_end or mission_end
        if current is not None and ANAPHOR.search(view[seg.start:seg.end]):
            # `Met deze verlenging voldoet Nederland aan het verzoek … tot en met 2027 te versterken`: the
            # deployment just named, and the dates are the request's, not its period
            _read(seg)
            seg.trigger, seg.date_start, seg.date_end, seg.actions = False, None, None, set()
            _absorb(current, seg)
            continue
        part = _PART.match(view, seg.start) if current is not None else None
        named_part = rf"\b(?:onder wie|waaronder|inclusief|met)\s+(?:een|de|het)\s+{re.escape(part.group(1))}\b" \
            if part else ""
        if part and re.search(named_part, view[current.vstart:seg.start]) \
                and "end" in read_action(view[seg.start:seg.end]):
            # `…, onder wie een beveiligingseenheid in Bagdad. … De beveiligingseenheid wordt eind januari 2022
            # teruggetrokken`: a part of the deployment ends while the rest goes on, a deployment of its own
            _read(seg)
            target = new(current)
            target.keys, target.names, target.trigger = set(), [], True   # (a part of a Dutch deployment: Dutch)
            current = target
            _absorb(target, seg)
            continue
        if current is not None and _WITHIN_COUNT.search(view, seg.start, seg.end):
            # `Ook stelt Nederland stafofficieren beschikbaar voor de hoofdkwartieren van de coalitie in Koeweit en
            # Qatar; zij vallen binnen het genoemde aantal`: a part of the deployment just counted, no other
            _read(seg)
            seg.trigger, seg.date_start, seg.date_end, seg.actions = False, None, None, set()
            seg.keys, seg.names, seg.places, seg.personnel, seg.unit = set(), [], [], None, None
            _absorb(current, seg)
            continue
        if current is not None and (UNIT_ANAPHOR.match(view, seg.start) or (
                WHAT_IT_IS.match(view, seg.start) and all(k in current.keys or any(c.isdigit() for c in k)
                                                          for k in seg.keys)
                and set(seg.places) <= set(current.countries))) \
                and not (seg.trigger and _conflicts(current, seg)):
            # the unit just named, by what it is: its places and values are the deployment's; what else the sentence
            # names is not its name or unit (`Het … fregat escorteert … de WFP-schepen naar … Mogadishu`, `Het
            # toestel tankt … bij, ook de Nederlandse F-35's uit Slowakije`)
            target = current
            _read(seg)
            seg.keys, seg.names = set(), []
            if seg.unit and view.find(seg.unit, seg.start, seg.start + 60) < 0:
                seg.unit, seg.unit_rank = None, 0     # (`De huidige bijdrage van maximaal twaalf waarnemers`: its own)
        elif seg.counted and seg.trigger:
            target = new()      # (`…; drie Chinook-transporthelikopters van januari 2015 tot dezelfde datum`)
        elif current is not None and seg.trigger and (ship := _another_ship(view, seg, current)):
            # (`De deelname met een stafofficier aan … Atalanta in Rota wordt in 2023 voortgezet. Van april tot en met
            # juni 2023 neemt het ondersteuningsschip Zr.Ms. Karel Doorman deel aan de Standing NATO Maritime Group
            # 1`: a ship by its name that the deployment before did not name is another deployment)
            target = new()
            target.names.append(ship)
        elif not seg.trigger and ((seg.anchors and _others_act(sentences[seg.sentence], countries_only=True))
                                  or OUT_OF_SERVICE.search(view, seg.start, seg.end)
                                  or _BOUGHT.search(view, seg.start, seg.end)):
            continue    # (what another country does there, and when: `Vanaf medio 2023 neemt Duitsland de Nederlandse
            #             taken in de taakgroep over; Duitsland heeft aangegeven ten minste tot eind 2023 … te blijven`;
            #             equipment taken out of service: `De Koninklijke Luchtmacht heeft de F-16 per 27 september jl.
            #             uit dienst genomen`)
        elif seg.anchors:
            scored = []
            for i, m in enumerate(mentions):
                shared = seg.keys & m.keys
                if shared and seg.keys - m.keys and all(countries.kind_of(k.title()) == "name" for k in shared):
                    shared = set()      # (only the country both names hold: `NATO Training Mission – Iraq` is not
                    #                     `Stabilisation Force Iraq`)
                score = 2 * len(shared) + (not seg.keys and bool(set(seg.places) & set(m.countries)))
                if score:
                    scored.append((score, i, m))
            scored.sort(key=lambda x: (x[0], x[1]), reverse=True)
            for _score, _i, m in scored:
                if seg.trigger and (_conflicts(m, seg) or _again_elsewhere(view, m, seg) or (
                        seg.keys < m.keys and m.explicit is None and len(m.names) > 1)):
                    continue
                target = m
                break
            if target is None and scored and not seg.trigger:
                target = scored[0][2]
            if target is None and not seg.trigger and current is not None and not seg.places \
                    and all(any(c.isdigit() for c in k) for k in seg.keys) and _undated(seg):
                # (only the equipment of the unit just named, no date or act of its own: `Het gaat om circa 270
                # militairen, waaronder een gemechaniseerde compagnie met CV90-infanteriegevechtsvoertuigen`)
                target = current
            if target is None and not seg.trigger and current is not None and not current.countries \
                    and (not (seg.keys and current.keys and not seg.keys & current.keys)
                         or _THEY.match(view, seg.start)):
                # (`… met twee stafofficieren bij aan de operatie Prosperity Guardian. Zij zijn werkzaam op het
                # hoofdkwartier van de CMF in Bahrein`: they, the people just committed, are there)
                target = current
            if target is None and ours and seg.trigger and not seg.keys and current is not None \
                    and not current.countries and not current.keys and not _conflicts(current, seg):
                # (an item of a list of decisions is one deployment: `– een bijdrage aan de training …, met ten hoogste
                # 130 militairen. De trainers worden ingezet in Erbil …`, the unit just committed, now placed)
                target = current
            if target is None and seg.trigger and current is not None and current.explicit is not None \
                    and current.start is None and current.end is None and current.personnel is None \
                    and current.countries and set(seg.places) <= set(current.countries) \
                    and seg.sentence == current.last_sentence + 1 and not BESIDES_IT.match(view, seg.start) \
                    and not _conflicts(current, seg):
                # `Het kabinet heeft besloten de inzet in Polen voort te zetten …. Van 1 december 2025 tot en met
                # ultimo februari 2026 levert Nederland opnieuw vier F-35's`: the sentence after a bare decision
                # says what it is, where the decision placed it
                target = current
            if target is None and seg.trigger:
                target = new()
                if current is not None and current.keys and _THIS_MISSION.search(view, seg.start, seg.end):
                    # `Nederland heeft … met Zr.Ms. Evertsen aan Ocean Shield deelgenomen. Sindsdien bestaat de
                    # Nederlandse bijdrage aan deze operatie uit één stafofficier … in Northwood`: the mission just
                    # named is this one's too (its name, not its place)
                    target.keys |= current.keys
                    target.names.extend(n for n in current.names if n not in target.names)
            if target is None:
                if maybe_status:
                    status = seg    # (`De bijdrage aan Eastern Sentry loopt door.`, then what it is)
                named_before = seg  # (the mission a later Dutch act may say `eveneens` of)
                continue
        elif current is not None:
            if not seg.trigger and _others_act(sentences[seg.sentence]):
                continue    # (`Na de Nederlandse periode neemt Spanje de taak vanaf april 2025 over`: Spain's date)
            target = new(current) if seg.trigger and _conflicts(current, seg) else current
        elif seg.trigger:
            target = new()
            if named_before is not None and named_before.places and not seg.places \
                    and (unit := UNIT_ANAPHOR.match(view, seg.start)) is not None \
                    and unit.group().split()[-1].casefold() in view[named_before.start:named_before.end].casefold():
                # `Het detachement van drie Cougar-transporthelikopters dat sinds 2002 vanuit Camp Butmir de
                # SFOR-eenheden ondersteunt, maakt geen deel uit van de bijdrage … Het detachement keert eind december
                # 2004 terug naar Nederland`: the unit the sentence before placed, where it was and since when
                _read(named_before)
                seg.places = list(named_before.places)
                target.since = named_before.since
                if _NOT_PART.search(view, named_before.start, named_before.end):
                    target.apart_from = set(named_before.keys)     # (`maakt geen deel uit van de bijdrage aan …`)
            if named_before is not None and named_before.keys and _LIKEWISE.search(view, seg.start, seg.end):
                # `Het mandaat van EULEX liep tot 14 juni 2020. De Raad … besloot het mandaat … te verlengen. Het
                # kabinet heeft besloten de Nederlandse bijdrage … eveneens te verlengen`: the mission just named
                target.keys |= named_before.keys
                target.names.extend(n for n in named_before.names if n not in target.names)
        else:
            if maybe_status or _RUNS_UNTIL.match(view, seg.start, seg.end) or _BEGAN.match(view, seg.start, seg.end):
                status = seg
            continue
        current = target
        if target.explicit in ("extension", "change") and not explicit_action(seg.actions) \
                and _CURRENT_RUNS.match(view, seg.start, seg.end):
            # `… besluit de bijdrage … te verlengen. De huidige inzet loopt tot 1 augustus 2008.`: the mandate it
            # extends, whose end is the old one
            _read(seg)
            target.prior_end = target.prior_end or seg.date_end
            seg.date_end = None
        if seg.sentence > 0 and seg.start == sentences[seg.sentence].start and _THIS_PERIOD.match(view, seg.start):
            _of_the_period_before(seg, sentences[seg.sentence - 1])
        _absorb(target, seg)
        if status is not None and len(mentions) > fresh:
            _status_before(view, target, status)
            status = None
        if seg.to_mission_end and target.end is None and mission_end:
            target.end = mission_end
        if target.end is None and _SAME_DATE.search(view, seg.start, seg.end):
            # `Het mandaat … loopt tot en met 31 december 2023. Aan de anti-ISIS-coalitie levert Nederland tot
            # diezelfde datum stafofficieren …`: the end the paragraph just gave
            target.end = next((m.end for m in reversed(mentions) if m is not target and m.end), None)
        if seg.for_all:
            # `Beide bijdragen lopen tot en met 31 december 2027`: said of every deployment of the paragraph
            for m in mentions:
                m.end = m.end or seg.date_end
                m.start = m.start or seg.date_start
    return mentions


_MANDATE: list[int] = []


def _mandate_bit() -> int:
    """The cue bit of a clause that may name a mission's own mandate (made once the cue table is built: asking at
    import time would build the table before every module has registered its patterns, and again after)."""
    if not _MANDATE:
        _MANDATE.append(lexicon.bit(MISSION_MANDATE))
    return _MANDATE[0]


# `De huidige Nederlandse bijdrage loopt tot en met 31 december 2024.`: the mandate of what the paragraph goes on
# to describe (`Nederland levert twee LOT's …`), before it names it
_RUNS_UNTIL = re.compile(r"(?:De|Het)\s+(?:huidige\s+)?(?:Nederlandse\s+)?(?:bijdrage|inzet|deelname|mandaat)"
                         r"(?:\s+van\s+de\s+Nederlandse\s+bijdrage)?\s+(?:loopt|duurt)\s+(?:nog\s+)?(?:tot|t/m)\b")
# `De missie ging op 24 juli 2014 van start.`, `De inzet begon in mei 2015.`: when what the paragraph goes on to
# describe began, before it names it
_BEGAN = re.compile(r"(?:De|Het)\s+(?:Nederlandse\s+)?(?:missie|inzet|bijdrage|deelname|operatie|detachement)\s+"
                    r"(?:ging|gingen|is|werd|begon|startte)\b")


# (what runs now, by name: `De huidige inzet loopt tot …`, `Het huidige mandaat loopt af op …`)
_CURRENT_RUNS = re.compile(r"(?:De|Het)\s+huidige\s+(?:Nederlandse\s+)?(?:bijdrage|inzet|deelname|mandaat|missie)\b")


def _status_before(view: str, m: Mention, seg: _Segment) -> None:
    """A mandate's end stated before the paragraph names the deployment (`Het mandaat loopt af op 31 maart 2027.
    … Het kabinet heeft daarom besloten de inzet niet te verlengen`): the end of what is ended, the old end
    of what is extended."""
    _read(seg)
    if not seg.keys and _BEGAN.match(view, seg.start, seg.end):
        if seg.date_start and seg.date_end is None and m.start is None and m.since is None:
            m.start = seg.date_start        # (`De missie ging op 24 juli 2014 van start. Vanuit de basis in Charkiv …`)
            m.vstart = min(m.vstart, seg.start)
        return
    if not seg.keys and m.explicit is None and m.end is None and _RUNS_UNTIL.match(view, seg.start, seg.end):
        # (its date is read here: `huidige` makes the clause one of what runs already, whose values are not read)
        end = seg.date_end or read_period(view[seg.start:seg.end])[1]
        if end is None:
            return
        m.end = end
        m.actions |= {"status", "ongoing"}      # (the present tense that follows describes what runs)
        m.vstart = min(m.vstart, seg.start)
        return
    if "ongoing" in seg.actions and m.explicit is None and not seg.date_end:
        # `De Nederlandse bijdrage aan Eastern Sentry loopt door. Nederland stelt … twee F-35's beschikbaar`: the
        # deployment named goes on, and the next sentence says what it is
        m.actions |= {"status", "ongoing"}
        m.keys |= seg.keys
        m.names.extend(n for n in seg.names if n not in m.names)
        m.vstart = min(m.vstart, seg.start)
        return
    if "status" not in seg.actions or not seg.date_end or seg.keys:
        return
    action = explicit_action(m.actions)
    if action == "end" and m.end is None:
        m.end = seg.date_end
    elif action == "extension" and m.prior_end is None:
        m.prior_end = seg.date_end
        if m.end is None and m.months:
            m.end = add_months(m.prior_end, m.months)


# the verbs of a clause told in the past (`was … geplaatst`, `namen … deel`, `leverde`, `keerden terug`)
_TOLD_IN_THE_PAST = re.compile(r"\b(?:was|waren|werd|werden|had|hadden|nam|namen|leverde|leverden|stond|stonden|vloog"
                               r"|vlogen|keerde|keerden|bestond|bestonden|opereerde|opereerden|droeg|droegen)\b")


def _in_the_past(value: str | None) -> str | None:
    """A yearless day or month waiting for the next such one (`9999-07-14`) made the last such one (`0000-07-14`)."""
    return "0000" + value[4:] if value and value.startswith("9999-") else value


# the value of what is handed over, whose funding is no deployment's (`De waarde van het te leveren materieel bedraagt
# circa € 60 miljoen en wordt gefinancierd uit het budget voor militaire steun aan Oekraïne`)
_VALUE_OF_GOODS = re.compile(r"\b[Ww]aarde\s+van\s+(?:het|de|deze)\s+"
                             r"(?:te\s+leveren\s+|geleverde\s+|over\s+te\s+dragen\s+)?(?:materieel|goederen|wapens|munitie|systemen|levering|leveranties|voertuigen)\b")
# what is bought, which dates no deployment (`verwerft Defensie wel bewapening voor de toestellen; de eerste levering
# wordt in het vierde kwartaal van 2026 verwacht`)
_BOUGHT = re.compile(rf"\b{PURCHASE_WORDS}\b")
# people at a headquarters (`een stafofficier in het hoofdkwartier in Rota`, `twee stafofficieren bij het OHQ`)
_AT_HEADQUARTERS = re.compile(r"\b(?:hoofdkwartier|[OF]HQ|HQ|staf)\b")
_HQ_KEYS = frozenset({"ohq", "fhq", "hq", "mhq"})     # (a headquarters by its kind: no mission's name)
# a sentence that speaks of the period the one before gives (`Het kabinet heeft besloten de bijdrage voort te zetten van
# 1 januari 2023 tot en met het tweede kwartaal van 2023. Gedurende deze periode levert Nederland … 150 militairen.`)
_THIS_PERIOD = re.compile(r"\s*(?:Gedurende|Tijdens|In|Voor)\s+(?:deze|die|dezelfde)\s+(?:periode|tijd)\b")


def _of_the_period_before(seg: _Segment, before: Sentence) -> None:
    """A segment dated by `deze periode` takes the period, and the act, of the sentence before it, when it states
    no date of its own."""
    _read(seg)
    if seg.date_start or seg.date_end:
        return
    seg.date_start, seg.date_end = read_period(before.text, before.hits)
    if seg.date_start or seg.date_end:
        act = explicit_action(read_action(before.text, before.hits))
        if act and not explicit_action(seg.actions):
            seg.actions.add(act)


def _absorb(m: Mention, seg: _Segment) -> None:
    """Add what a segment says to a mention."""
    _read(seg)
    if m.trigger and _supersedes(m, seg):
        # the mandate it extends gives the old end; the extension its own (or one `met zes maanden` later)
        m.prior_end, m.end = m.end, (seg.date_end or m.end if explicit_action(seg.actions) == "end" else None)
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
    m.since = m.since or seg.since
    m.return_end = m.return_end or seg.return_end
    m.months = m.months or seg.months
    if m.end is None and m.months and m.prior_end:
        m.end = add_months(m.prior_end, m.months)
    if seg.personnel is not None and seg.personnel_rank > m.personnel_rank:
        m.personnel, m.personnel_rank = seg.personnel, seg.personnel_rank
    if m.cost is None:
        m.cost = seg.cost
    if m.funding is None and not seg.for_all:
        m.funding = seg.funding
    if seg.unit_rank > m.unit_rank:
        m.unit, m.unit_rank = seg.unit, seg.unit_rank

