"""The meetings a letter covers: type, dates and place of the ministerials it prepares or reports on.

How the genre names them: short names (`DMM`, `RBZ Defensie`), long names, and paraphrases (the
North Atlantic Council in the composition of defence ministers is a DMM; EU defence ministers
meeting informally is an RBZ-Defensie). The meetings a letter *covers* are the ones named in its
title, Betreft line and opening paragraph; later mentions of the same meeting only add a date or
a place. Passing mentions (the next summit, an earlier Council, a meeting the letter looks ahead
to) are left out by lexical markers and by comparing their date with the letter's.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, field
from datetime import date, timedelta

from inzet import vocabulary
from inzet.extract.cues import Scanner
from inzet.extract.dutch import MONTH_RE, form_re, make_date, month_number
from inzet.model import Meeting, Span

RULE = "meetings.v1"

_MIN = r"[Mm]inisters?"
_DEF = r"(?:[Dd]efensie|Defence|Defense)"
_BZ = r"Buitenlandse\s+Zake?n?"
# the Council of foreign ministers by name: today's RBZ, or (before the Lisbon treaty, 2009) the General Affairs and
# External Relations Council, `Raad Algemene Zaken en Externe Betrekkingen (RAZEB)`
_FOREIGN_COUNCIL = rf"(?:(?:van\s+)?{_BZ}|Algemene\s+Zaken\s+en\s+Externe\s+Betrekkingen(?:\s*\(RAZEB\))?)"

# (type, pattern) — order matters: longer, more specific names first; matches may not overlap.
_TYPE_PATTERNS: list[tuple[str, str]] = [
    ("UDCG", r"Ukraine\s+Defen[cs]e\s+Contact\s+Group|\bUDCG\b|Oekraïne\s+Defensie\s+Contact\s*groep"),
    ("NPG", r"Nuclear\s+Planning\s+Group|Nucleaire\s+Planningsgroep|\bNPG\b"),
    ("RBZ-Defensie",
     rf"(?:informele\s+)?Raad\s+{_FOREIGN_COUNCIL}(?:\s*\(RBZ\))?[\s-]+(?:met\s+(?:de\s+)?{_MIN}\s+van\s+)?{_DEF}\b"
     rf"|\b(?:RBZ|RAZEB)[\s-]+(?:met\s+(?:de\s+)?{_MIN}\s+van\s+)?{_DEF}\b"
     rf"|\bEU[\s-]+{_MIN}\s+van\s+{_DEF}|\b(?:EU[\s-]+)?[Dd]efensieministers\s+van\s+de\s+EU"
     # the Council in its defence composition, and the EU's defence ministers as a body
     rf"|(?:informele\s+)?(?<!Atlantische )Raad(?:\s+{_FOREIGN_COUNCIL})?\s+in\s+(?:de\s+)?(?:defensie-?samenstelling"
     rf"|samenstelling\s+van\s+(?:de\s+)?{_MIN}\s+van\s+{_DEF})"
     rf"|\bEU[\s-]+[Dd]efensieministers\b|{_MIN}\s+van\s+{_DEF}\s+van\s+de\s+(?:EU|Europese\s+Unie)(?:-lidstaten)?\b"
     # (`ontvangt … de ministers van Defensie van de lidstaten in Napels`: of the Union's, not `van de NAVO`)
     rf"|{_MIN}\s+van\s+{_DEF}\s+van\s+de\s+(?:EU-)?lidstaten\b(?!\s+van\s+de\s+(?:NAVO|NATO|Alliantie|VN))"
     rf"|Foreign\s+Affairs\s+Council\s*\(?Defen[cs]e\)?|\bFAC[\s-]+Defen[cs]e"),
    ("DMM",
     rf"\bDMM\b|Defen[cs]e\s+Ministers'?\s+Meeting|NAVO[\s-]*{_MIN}\s+van\s+{_DEF}"
     rf"|NAVO[\s-]+{_DEF}[\s-]*[Mm]inisteri[eë]le|NAVO[\s-]*defensieministers"
     rf"|{_MIN}\s+van\s+{_DEF}\s+van\s+de\s+NAVO"
     rf"|(?:Noord[\s-]Atlantische\s+Raad|\bNAR\b)[^.]{{0,40}}?samenstelling\s+van\s+(?:de\s+)?{_MIN}\s+van\s+{_DEF}"),
    ("FMM",
     rf"\bFMM\b|Foreign\s+Ministers'?\s+Meeting|NAVO[\s-]*{_MIN}\s+van\s+{_BZ}"
     rf"|{_MIN}\s+van\s+{_BZ}\s+van\s+de\s+NAVO|NAVO[\s-]*ministers\s+BZ"
     rf"|(?:Noord[\s-]Atlantische\s+Raad|\bNAR\b)[^.]{{0,40}}?samenstelling\s+van\s+(?:de\s+)?{_MIN}\s+van\s+{_BZ}"),
    ("NATO-top", r"NAVO[\s-]*[Tt]op(?:bijeenkomst)?\b|NATO[\s-]+[Ss]ummit|NAVO[\s-]+TOP\b"
                 r"|\bTop\s+van\s+(?:de\s+)?staatshoofden\s+en\s+regeringsleiders\s+van\s+de\s+NAVO"
                 # NATO's heads of state and government as a body, as its defence ministers are the DMM: `kwamen de
                 # staatshoofden en regeringsleiders van de NAVO-lidstaten in Lissabon bijeen`
                 r"|\b(?:staatshoofden\s+en\s+)?regeringsleiders\s+van\s+de\s+(?:NAVO|NATO)(?:-lidstaten|-landen)?\b"
                 r"|\bNAVO-(?:staatshoofden\s+en\s+)?regeringsleiders\b"),
    ("NATO-ministerial", r"NAVO[\s-]+[Mm]inisteri[eë]le(?:\s+bijeenkomst)?|NAVO[\s-]+MINISTERI[EË]LE"),
    # (the EU's foreign ministers as a body, and their informal meeting, the Gymnich)
    ("RBZ", rf"(?:informele\s+)?Raad\s+{_FOREIGN_COUNCIL}|\bRBZ\b|\bRAZEB\b|Foreign\s+Affairs\s+Council|\bGymnich\b"
            rf"|{_MIN}\s+van\s+{_BZ}\s+van\s+de\s+(?:EU|Europese\s+Unie)(?:-lidstaten)?\b|\bEU-ministers\s+van\s+{_BZ}"),
    ("Europese-Raad", r"Europese\s+Raad\b|European\s+Council\b"),
]
# anchored at a word start with one of the names' first letters, so the ~30 alternatives are only
# tried where such a word begins (keep this class in step with the patterns above)
_TYPES = re.compile(r"\b(?=[UONRiEeDdFTMmBbnGsr])(?:"
                    + "|".join(f"(?P<t{i}>{p})" for i, (_, p) in enumerate(_TYPE_PATTERNS)) + ")")
_TYPE_OF = {f"t{i}": t for i, (t, _) in enumerate(_TYPE_PATTERNS)}
_TYPES_SCAN = Scanner(_TYPES)     # tried only where a name can start (the same matches)
# an RBZ followed closely by "met de ministers van Defensie" is the defence Council
_RBZ_DEFENCE_TAIL = re.compile(rf"[^.]{{0,90}}?(?:met|door)\s+(?:de\s+)?(?:EU[\s-]+)?{_MIN}\s+van\s+{_DEF}")
_ELSEWHERE = re.compile(r"\b(?:afzonderlijke|aparte|separate)\s+(?:geannoteerde\s+)?(?:agenda|brief|verslag)\b")
_FOREIGN_MINISTERS = re.compile(rf"Gymnich|{_MIN}\s+van\s+{_BZ}")
_RBZ_JOINT = re.compile(rf"{_MIN}\s+van\s+{_BZ}\s+en\s+(?:van\s+)?{_DEF}")

# words right before a mention that make it a passing one
_PASSING_BEFORE = re.compile(
    r"\b(?=[vlaetnsrcdow])(?:volgende|vorige|eerdere|laatste|afgelopen|voorgaande|toekomstige|na\s+de|sinds\s+de"
    r"|aanloop\s+naar\s+de"
    # a meeting that times something else: `Inzet van een Patriot-eenheid in Litouwen rond de NAVO-top`
    r"|rond\s+de|rondom\s+de|ten\s+tijde\s+van\s+de"
    # the subject of a debate, whose date it is (`tijdens het commissiedebat over de NAVO-top van 3 juli jl.`)
    r"|(?:commissiedebat|debat|overleg|AO|notaoverleg|wetgevingsoverleg|vragenuur)\s+over\s+de"
    r"|richting\s+de|voorbereiding\s+(?:op|van|voor)\s+de|vooruitblik\s+op\s+de|tijdens\s+de\s+vorige"
    # `De DMM is de laatste ministeriële bijeenkomst voor de NAVO-top`: the meeting after this one
    r"|(?:laatste|eerste)\s+(?:[\w-]+\s+){0,3}?(?:voor|vóór|na)\s+de|vóór\s+de|voorafgaand\s+aan\s+de)"
    r"\s+(?:[\w-]+\s+){0,2}$"
    # in apposition: `Het verslag van de vorige bijeenkomst, de DMM van 14/15 oktober 2026, …`
    r"|\b(?:volgende|vorige|eerdere|voorgaande|afgelopen)\s+(?:[\w-]+\s+)?(?:bijeenkomst|vergadering|top|[Rr]aad"
    r"|ministeriële),\s+(?:de\s+|het\s+)?$",
    re.IGNORECASE,
)

_EC_HEADING = re.compile(r"^[ \t#*]*(?:[\d.]+\s+)?(?:[\w-]+\s+){0,2}Europese\s+Raad\b[^.\n]{0,60}$", re.MULTILINE)

_WEEKDAY = r"(?:maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag)"
_RANGE_SEP = r"\s*(?:[-–—]|en|tot\s+en\s+met|t/m|tot)\s*"
_REL = r"(?:jl\.?|j\.l\.?|a\.s\.?|aanstaande|aanst\.)"
_DATE = re.compile(
    rf"(?=[\dmdwvz])(?:{_WEEKDAY}\s+)?(?P<d1>\d{{1,2}})(?:e|ste|de)?"
    rf"(?:\s+(?P<m1>{MONTH_RE}))?"
    rf"(?:{_RANGE_SEP}(?:{_WEEKDAY}\s+)?(?P<d2>\d{{1,2}})(?:e|ste|de)?)?"
    rf"\s+(?P<m2>{MONTH_RE})(?:\s+(?P<y>(?:19|20)\d\d))?(?:\s+(?P<rel>{_REL}))?(?![\w-])",
    re.IGNORECASE,
)
_DIGIT = re.compile(r"\d")
_ISO_DATE = re.compile(r"\b(?P<y>(?:19|20)\d\d)-(?P<m>\d\d)-(?P<d>\d\d)\b")

# places: a known meeting city, or a capitalised name after "in"/"te" that is not a country or month
_CITIES = "|".join(form_re(w) for w in vocabulary.meeting_places())     # `inzet/data/meeting_places.txt`
_PLACE = re.compile(rf"\b(?:[Ii]n|te)\s+(?:het\s+[\w\s]{{0,40}}?\s+in\s+)?(?P<p>{_CITIES})\b")


@dataclass
class _Mention:
    type: str
    start: int               # view offsets
    end: int
    priority: int            # 1 body opening, 2 later body, 3 Betreft, 4 page title
    passing: bool = False
    recalled: bool = False          # named by its outcomes (`de besluiten van de NAVO-top …`): see `_OUTCOMES_OF`
    d_start: str | None = None
    d_end: str | None = None
    place: str | None = None
    dated_by: str | None = None   # relative marker of its date: jl / as / None
    past_clause: bool = False     # its clause is in the perfect tense: `op de NAVO-top … hebben genomen`


@dataclass
class _DateExpr:
    start: int
    end: int
    d1: int
    m1: int | None
    d2: int | None
    m2: int
    year: int | None
    rel: str | None           # "past" | "future" | None

    def resolve(self, letter: date | None, year_hint: int | None) -> tuple[str | None, str | None]:
        """ISO start and end, inferring a missing year from `jl.`/`a.s.`, the sentence or the letter."""
        year = self.year or year_hint
        if year is None and letter is not None:
            year = letter.year
            try:
                d = date(year, self.m2, self.d2 or self.d1)
            except ValueError:
                return None, None
            if self.rel == "past" and d > letter:
                year -= 1
            elif self.rel == "future" and d < letter:
                year += 1
            elif self.rel is None and (d - letter).days > 200:
                year -= 1
            elif self.rel is None and (letter - d).days > 200:
                year += 1
        if year is None:
            return None, None
        m1 = self.m1 or self.m2
        start = make_date(year if m1 <= self.m2 else year - 1, m1, self.d1)
        end = make_date(year, self.m2, self.d2 or self.d1)
        if start is None or end is None or len(start) != 10 or len(end) != 10:
            return None, None
        return start, end


# dates of letters, debates and decisions, not of meetings: `de brief van 24 juni 2022`
_NOT_MEETING_DATE = re.compile(r"(?:brief|Kamerbrief|schrijven|verzoek|motie|debat|overleg|besluit|mededeling)"
                               r"\s+(?:van|d\.d\.|dd\.?|op)\s+$", re.IGNORECASE)
# … also where the sender stands between (`het verzoek van de Supreme Allied Commander Europe (SACEUR) van 12 mei jl.`,
# `de brief van de minister van Buitenlandse Zaken van 3 maart`), unless a meeting stands between (`het verzoek van de
# Raad Buitenlandse Zaken van 12 mei`, `de uitnodiging van Polen voor een informele bijeenkomst van 12 mei`)
_SENDER_DATE = re.compile(r"\b(?:brief|Kamerbrief|schrijven|verzoek|uitnodiging|aanvraag|motie)\s+van\s+"
                          r"(?P<who>(?:de|het)\s+[^.;:\n]{2,70}?)\s+van\s+$", re.IGNORECASE)
_MEETING_NOUN = re.compile(r"\b(?:bijeenkomst|vergadering|[Tt]op|[Rr]aad|overleg|conferentie|ministeri[eë]le|VTC)\b")


def find_dates(view: str, start: int, end: int) -> list[_DateExpr]:
    """Meeting-style date expressions (`15 en 16 juni 2023`, `11 februari jl.`, `28–29 november`)."""
    out: list[_DateExpr] = []
    if _DIGIT.search(view, start, end) is None:
        return out          # (every date writes its day in figures: `re` skips to a digit at once, not so to _DATE)
    for m in _DATE.finditer(view, start, end):
        if _NOT_MEETING_DATE.search(view, max(start, m.start() - 25), m.start()):
            continue
        sender = _SENDER_DATE.search(view, max(start, m.start() - 110), m.start())
        if sender and not _TYPES.search(sender.group("who")) and not _MEETING_NOUN.search(sender.group("who")):
            continue
        m1 = month_number(m.group("m1")) if m.group("m1") else None
        m2 = month_number(m.group("m2"))
        if m2 is None:
            continue
        rel = m.group("rel")
        reln = None if not rel else ("past" if rel.lower().startswith("j") else "future")
        out.append(_DateExpr(m.start(), m.end(), int(m.group("d1")), m1,
                             int(m.group("d2")) if m.group("d2") else None, m2,
                             int(m.group("y")) if m.group("y") else None, reln))
    return out


@dataclass
class MeetingContext:
    """What meeting detection needs to know about the letter."""

    letter_date: date | None
    kind_hint: str | None               # agenda | report | None, from the opening's wording
    ministry: str | None                # "defensie" | "bz" | None: who wrote it
    kind_stated: bool = False           # the title, Betreft line or opening says which (not only its tense)
    zones: list[tuple[int, int, int]] = field(default_factory=list)  # (start, end, priority) in the view
    later: tuple[int, int] | None = None  # the rest of the letter, searched for details only
    year_hint: int | None = None        # an undated letter: the year its title or Betreft names


# an agenda names earlier meetings in the perfect or past tense: `de besluiten die bondgenoten op de
# NAVO-top in Washington hebben genomen`, `tijdens de DMM werd afgesproken`; so does a letter that does not say it
# reports one (`Tijdens de NAVO-top in Wales is besloten …`, `de toezegging die Nederland tijdens de NAVO-top heeft
# gedaan`): the meeting a decision or a pledge came from, named as background
_CLAUSE_END = re.compile(r"[,;:()]|\.(?!\w|\s+[a-z])")   # not the points of `D.C. hebben`
# (participles with a particle or without `ge-`, and the irregular `-aan`: `heeft Nederland toegezegd`, `hebben
# de bondgenoten besloten`, `is afgesproken`, `heeft gedaan`; a decision that `is` taken, not one `is gepland`)
_PARTICIPLE = (r"(?:(?:toe|af|aan|op|uit|in|vast|overeen|voor|mee|bij|door|na|terug)?ge(?:[a-zë]+(?:en|d|t)|[dgs]t?aan)"
               r"|(?:be|ver|ont|her|er)[a-zë]{2,}(?:en|d|t))\b")
_PERFECT = re.compile(rf"\b(?:hebben|heeft|hadden|had|werden|werd|waren|was)\s+(?:[\w.-]+\s+){{0,3}}?{_PARTICIPLE}"
                      rf"|\b(?:is|zijn)\s+(?:[\w.-]+\s+){{0,2}}?(?!gepland|voorzien|bedoeld|verwacht|beoogd){_PARTICIPLE}"
                      r"|\b(?:vond|vonden)\s+plaats\b|\bplaatsvond\b"
                      # a decision in the simple past: `besloten de bondgenoten`, `spraken de regeringsleiders af`
                      r"|\bbesloot\b|\bbesloten\b|\b(?:sprak|spraken)\b[\w\s-]{0,60}?\baf\b"
                      r"|\b(?:kwam|kwamen)\b[\w\s-]{0,60}?\bovereen\b|\b(?:zegde|zegden)\b[\w\s-]{0,60}?\btoe\b")


def _mentions(view: str, start: int, end: int, priority: int) -> list[_Mention]:
    out = []
    for m in _TYPES_SCAN.finditer(view, start, end):
        t = _TYPE_OF[m.lastgroup or ""]
        if t == "NATO-top" and view[m.start()] in "srN" and "regeringsleiders" in m.group(0) \
                and not _held_in_sentence(view, m.start(), m.end(), start, end):
            continue    # (the heads of state and government as a body are a meeting only where they meet)
        if t == "RBZ":
            if _RBZ_DEFENCE_TAIL.match(view, m.end(), min(end, m.end() + 120)):
                t = "RBZ-Defensie"
        types = [t]
        if t in ("DMM", "FMM") and _RBZ_JOINT.search(view, max(start, m.start() - 10), min(end, m.end() + 30)):
            # foreign and defence ministers together: of NATO (`de NAVO-ministers van Buitenlandse Zaken en van
            # Defensie`) both ministerials at once; else none of the types (`de ministers … van de VS`)
            if t != "FMM" or not view.startswith("NAVO", m.start()):
                continue
            types = ["FMM", "DMM"]
        before = view[max(start, m.start() - 45) : m.start()]
        clause = _CLAUSE_END.search(view, m.end(), min(end, m.end() + 90))
        # `Over de formele Raad … van 28 oktober a.s. ontvangt u een afzonderlijke geannoteerde agenda`: covered apart
        passing = _ELSEWHERE.search(view, m.end(), min(end, m.end() + 120)) is not None \
            or bool(_PASSING_BEFORE.search(before))
        past = bool(_PERFECT.search(view, m.end(), clause.start() if clause else min(end, m.end() + 90)))
        recalled = bool(_OUTCOMES_OF.search(before))
        out += [_Mention(typ, m.start(), m.end(), priority, passing=passing, past_clause=past, recalled=recalled)
                for typ in types]
    return out


def _held_in_sentence(view: str, s: int, e: int, start: int, end: int) -> bool:
    """Does the sentence of view[s:e] say a meeting is held (`kwamen … bijeen`, `vond … plaats`)?"""
    a = view.rfind(". ", start, s) + 1 or start
    b = view.find(". ", e, end)
    return _HELD.search(view, a, b if b >= 0 else end) is not None


# a meeting named by what it decided (`de uitvoering van de besluiten van de NAVO-top in Wales van 4 en 5 september
# jl.`): one recalled, when the letter covers a meeting of another kind
_OUTCOMES_OF = re.compile(r"\b(?:besluiten|afspraken|uitkomsten|resultaten|verklaring|toezeggingen|conclusies"
                          r"|beslissingen)\s+(?:genomen\s+)?(?:van|op|tijdens)\s+de\s+$", re.IGNORECASE)


# `Op dezelfde dag …`, `Aansluitend kwam de NPG bijeen`: the same day as the meeting before (not
# `voorafgaand aan`, which does not say which day)
_SAME_DAY = re.compile(r"\b(?:(?:op\s+)?(?:dezelfde|diezelfde|de\s+zelfde)\s+dag|(?P<after>aansluitend)"
                       # `Een dag later vergaderde de UDCG`, `De dag ervoor …`: the day after its last, before its first
                       r"|(?P<next>een\s+dag\s+later|de\s+dag\s+(?:erna|daarna)|de\s+volgende\s+dag|daags\s+daarna)"
                       r"|(?P<prev>een\s+dag\s+eerder|de\s+dag\s+(?:ervoor|daarvoor)|daags\s+daarvoor))\b",
                       re.IGNORECASE)
# `Op de 19e wordt de bijeenkomst afgesloten met … de NPG`: a day of the month of the meeting before (not the
# ordinal of a count: `de 75e verjaardag`, `de 19e ronde`)
_DAY_OF_MONTH = re.compile(r"\b[Oo]p\s+de\s+(?P<d>[1-9]|[12]\d|3[01])(?:e|ste|de)\b(?!\s*[-\w])"
                           r"|\b[Oo]p\s+de\s+(?P<d2>[1-9]|[12]\d|3[01])(?:e|ste|de)(?=\s+(?:wordt|worden|is|zijn|zal|zullen"
                           r"|komt|komen|vergadert|vergaderen|vindt|volgt|sluit|staat|spreekt|spreken)\b)")
# `vergadert in hetzelfde gebouw de UDCG`, `aldaar`, `ter plaatse`: the place of the meeting before
_SAME_PLACE = re.compile(r"\b(?:in\s+hetzelfde\s+(?:gebouw|hoofdkwartier)|op\s+dezelfde\s+(?:locatie|plaats)"
                         r"|in\s+dezelfde\s+stad|aldaar|ter\s+plaatse"
                         # `Op 11 oktober kwam daar … ook de UDCG bijeen`
                         r"|(?:kwam|kwamen|vond|vonden|vergaderde|vergaderden)\s+daar)\b")


# a meeting said to be held: `kwam … bijeen`, `vond … plaats`, `vergaderde`
_HELD = re.compile(r"\b(?:kwam|kwamen)\b[^.]{0,100}?\bbijeen\b|\b(?:vond|vonden)\b[^.]{0,80}?\bplaats\b"
                   r"|\bvergaderden?\b")


def _starting_in(mentions: list[_Mention], starts: list[int], s: int, e: int) -> list[_Mention]:
    """The mentions (in text order, `starts` their starts) that start in [s, e): found by bisection, not a scan of
    all of them for each sentence."""
    return mentions[bisect_left(starts, s) : bisect_left(starts, e)]


def _bind(view: str, sents: list[tuple[int, int]], mentions: list[_Mention], ctx: MeetingContext) -> None:
    """Give each mention (in text order, as `_mentions` finds them) the date and place its sentence binds to it."""
    last_dated: _Mention | None = None
    last_placed: _Mention | None = None
    starts = [m.start for m in mentions]
    for s, e in sents:
        ms = _starting_in(mentions, starts, s, e)
        if not ms:
            continue
        _bind_sentence(view, s, e, ms, ctx)
        same = _SAME_DAY.search(view, s, e) if last_dated is not None else None
        if same:
            # `op dezelfde dag`: the (first) day of the meeting before; `aansluitend`: right after it, on its last day
            day = last_dated.d_end if same.group("after") else last_dated.d_start
            if same.group("next") or same.group("prev"):
                base = last_dated.d_end if same.group("next") else last_dated.d_start
                day = _shifted(base, 1 if same.group("next") else -1)
            for m in ms:
                if m.d_start is None:
                    m.d_start, m.d_end, m.dated_by = day, day, last_dated.dated_by
        nth = _DAY_OF_MONTH.search(view, s, e) if last_dated is not None else None
        if nth and last_dated.d_start and len(last_dated.d_start) == 10:
            day = _day_near(last_dated.d_start, int(nth.group("d") or nth.group("d2")))
            for m in ms:
                if m.d_start is None and day:
                    m.d_start, m.d_end, m.dated_by = day, day, last_dated.dated_by
        if last_placed is not None and _SAME_PLACE.search(view, s, e):
            for m in ms:
                m.place = m.place or last_placed.place
        last_dated = next((m for m in reversed(ms) if m.d_start), last_dated)
        last_placed = next((m for m in reversed(ms) if m.place), last_placed)
    _bind_anaphora(view, sents, mentions, ctx)


def _day_near(iso: str, day: int) -> str | None:
    """The day `day` of the month of `iso` when it lies within a week of it (`Op de 19e`, after a meeting of 18
    and 19 October), else None."""
    base = date.fromisoformat(iso)
    try:
        d = base.replace(day=day)
    except ValueError:
        return None
    return d.isoformat() if abs((d - base).days) <= 7 else None


def _shifted(iso: str | None, days: int) -> str | None:
    """An ISO date moved by `days`."""
    return (date.fromisoformat(iso) + timedelta(days=days)).isoformat() if iso and len(iso) == 10 else None


# the next sentence dates the meeting by referring back to it: `De vergadering zal op 6 april
# aanstaande plaatsvinden`, `Deze bijeenkomst vindt plaats op 12 mei`
_ANAPHOR = re.compile(r"\b(?:[Dd]eze|[Dd]e|[Dd]ie|[Dd]eze\s+informele)\s+"
                      r"(?:vergadering|bijeenkomst|VTC|videoconferentie|video-?teleconferentie"
                      r"|[Rr]aad|[Tt]op|ministeri[eë]le|overleg|ontmoeting)\b")
_TAKES_PLACE = re.compile(r"\b(?:plaatsvinden|plaatsvindt|plaatsvond|vindt|vond|bijeenkomt|bijeenkomen"
                          r"|gehouden|georganiseerd)\b")


def _bind_anaphora(view: str, sents: list[tuple[int, int]], mentions: list[_Mention], ctx: MeetingContext) -> None:
    """An undated mention takes the date of the next sentence when that sentence names the meeting
    only by reference (`de vergadering`, `deze VTC`) and says when it takes place (mentions in text order)."""
    starts = [m.start for m in mentions]
    for i, (s, e) in enumerate(sents[:-1]):
        undated = [m for m in _starting_in(mentions, starts, s, e) if m.d_start is None]
        if not undated:
            continue
        ns, ne = sents[i + 1]
        if _starting_in(mentions, starts, ns, ne) or not _ANAPHOR.search(view, ns, ne):
            continue
        verb = _TAKES_PLACE.search(view, ns, ne)
        if verb is None:
            continue
        dates = find_dates(view, ns, ne)
        if not dates:
            continue
        d = min(dates, key=lambda d: abs(d.start - verb.start()))
        ds, de = d.resolve(ctx.letter_date, d.year)
        if ds is None:
            continue
        for m in undated:
            m.d_start, m.d_end, m.dated_by = ds, de, d.rel


def _bind_sentence(view: str, s: int, e: int, ms: list[_Mention], ctx: MeetingContext) -> None:
    """Bind dates and places within one sentence.

    Each run of mentions takes the date that follows it closely (`A, B en C van 12 februari`);
    mentions left over take a date that leads the sentence (`Op 15 juni vond … de DMM plaats`).
    """
    dates = find_dates(view, s, e)
    year_hint = next((d.year for d in dates if d.year), None) or (ctx.year_hint if ctx.letter_date is None else None)
    items = sorted([(m.start, m) for m in ms] + [(d.start, d) for d in dates], key=lambda x: x[0])
    pending: list[_Mention] = []
    groups: list[tuple[_DateExpr | None, list[_Mention]]] = []
    for _, obj in items:
        if isinstance(obj, _Mention):
            pending.append(obj)
        elif pending and obj.start - pending[-1].end <= 80:
            groups.append((obj, pending))
            pending = []
    if pending:
        lead = [d for d in dates if d.end <= pending[0].start]
        groups.append((lead[-1] if lead else None, pending))
    for d, group in groups:
        if d is None:
            continue
        ds, de = d.resolve(ctx.letter_date, year_hint)
        for m in group:
            if m.d_start is None and ds is not None:
                m.d_start, m.d_end, m.dated_by = ds, de, d.rel
    if ctx.letter_date is not None:
        for m in ms:
            if m.d_start is None:
                m.passing = m.passing or _long_before(view, m.end, min(e, m.end + 60), ctx.letter_date)
    for p in _PLACE.finditer(view, s, e):
        place = re.sub(r"\s+", " ", p.group("p"))
        # the group whose date the place follows (`de DMM van 13 en 14 juni jl. in Brussel en van de UDCG, …`), else
        # the group whose mentions stand nearest to it
        after = [g for g in groups if g[0] is not None and 0 <= p.start() - g[0].end <= 4]
        best = after[0] if after else min(groups, key=lambda g: min(abs(p.start() - x.start) for x in g[1]))
        for m in best[1]:
            if m.place is None:
                m.place = place


# a month and year, or a year, right after a meeting's name (and place): `de NAVO-top in Wales in september 2014`
_MONTH_YEAR = re.compile(rf"\s+(?:in|van|op)\s+(?:(?:begin|eind|medio)\s+)?(?:(?P<m>{MONTH_RE})\s+)?"
                         r"(?P<y>(?:19|20)\d\d)\b")


def _long_before(view: str, start: int, end: int, letter: date) -> bool:
    """Is the meeting named before `start` dated, by the month and year or the year after it (and its place),
    more than two months before the letter? Then it is history the letter recalls (`Tijdens de NAVO-top in Wales
    in september 2014 hebben de bondgenoten …`, in a letter of 2019), not a meeting it covers."""
    place = _PLACE.match(view, start + 1 if view[start:start + 1] == " " else start, end)
    at = place.end() if place else start
    m = _MONTH_YEAR.match(view, at, end)
    if m is None:
        return False
    month = month_number(m.group("m")) if m.group("m") else 12      # (a year alone: its last month)
    last = date(int(m.group("y")), month or 12, 1) + timedelta(days=31)
    return (letter - last).days > 60


_HISTORY_DAYS = 120     # (a report that does not say it is one comes within weeks, a recess at most)


def _is_passing(m: _Mention, ctx: MeetingContext) -> bool:
    if m.passing:
        return True
    # (an earlier meeting an agenda names, or the background of a letter that says neither what it is nor its tense)
    background = ctx.kind_hint == "agenda" or (not ctx.kind_stated and not ctx.kind_hint)
    if m.past_clause and m.d_start is None and background:
        return True
    if ctx.letter_date is None or m.d_start is None:
        return False
    d = date.fromisoformat(m.d_start)
    if ctx.kind_hint == "agenda" and (d - ctx.letter_date).days < -1:
        return True
    if not ctx.kind_stated and (ctx.letter_date - d).days > _HISTORY_DAYS:
        # a letter that does not say it reports a meeting, about one held months before it (`Tijdens de NAVO-top in
        # Warschau op 8 en 9 juli jl. hebben de regeringsleiders besloten …`, in December): history it recalls
        return True
    return ctx.kind_hint == "report" and (d - ctx.letter_date).days > 1


def extract(view: str, sentences: list[tuple[int, int]], ctx: MeetingContext,
            span_of: callable) -> list[Meeting]:  # type: ignore[valid-type]
    """The meetings the letter covers, at most one per type, in the order first named."""
    zone_mentions: list[_Mention] = []
    for zs, ze, prio in ctx.zones:
        ms = _mentions(view, zs, ze, prio)
        sents = [(max(s, zs), min(e, ze)) for s, e in sentences if s < ze and e > zs] or [(zs, ze)]
        _bind(view, sents, ms, ctx)
        zone_mentions.extend(ms)
    later: list[_Mention] = []
    if ctx.later:
        ls, le = ctx.later
        later = _mentions(view, ls, le, 5)
        _bind(view, [(s, e) for s, e in sentences if ls <= s < le], later, ctx)

    # resolve the ambiguous "NAVO ministeriële bijeenkomst" by the letter's other mentions or its ministry
    named = {m.type for m in zone_mentions + later}
    for m in zone_mentions + later:
        if m.type == "NATO-ministerial":
            if "FMM" in named and "DMM" not in named:
                m.type = "FMM"
            elif "DMM" in named and "FMM" not in named:
                m.type = "DMM"
            else:
                m.type = {"bz": "FMM", "defensie": "DMM"}.get(ctx.ministry or "", "NATO-ministerial")
    if any(m.type == "RBZ-Defensie" for m in zone_mentions) or ctx.ministry == "defensie":
        for m in zone_mentions + later:
            # (not where the foreign ministers are named as such: `de Gymnich`, `de ministers van Buitenlandse Zaken`)
            if m.type == "RBZ" and not _FOREIGN_MINISTERS.search(view, m.start, m.end):
                m.type = "RBZ-Defensie"
    # a European Council counts only when dated in the opening (otherwise it is the institution) and the letter
    # gives it a heading of its own (`Voorbereiding Europese Raad`); else it is the summit the Council's work
    # leads to (`De Europese Raad van 25 en 26 juni aanstaande zal naar verwachting voortbouwen op …`)
    councils = [m for m in zone_mentions if m.type == "Europese-Raad"]
    if councils and not (any(m.d_start for m in councils) and _EC_HEADING.search(view)):
        zone_mentions = [m for m in zone_mentions if m.type != "Europese-Raad"]
    else:
        zone_mentions = [m for m in zone_mentions if m.type != "Europese-Raad" or m.d_start]

    if not ctx.kind_stated and not ctx.kind_hint and any(p == 3 for _, _, p in ctx.zones) \
            and not any(m.priority >= 3 for m in zone_mentions):
        # a letter that says neither what it is nor its tense, whose Betreft line names another subject than a meeting
        # (`Betreft Uitgavenpad naar de nieuwe NAVO-norm`): a meeting it tells of in the past is the background
        # (`Tijdens de NAVO-top van 24 en 25 juni jl. hebben de bondgenoten afgesproken …`), dated or not
        for m in zone_mentions + later:
            m.passing = m.passing or m.past_clause
    covered: dict[str, _Mention] = {}
    order: list[str] = []
    live = [m for m in zone_mentions if m.type != "NATO-ministerial" and not _is_passing(m, ctx)]
    # (a meeting named only by its outcomes is recalled when the letter covers one of another kind)
    recalled = {m.type for m in live} - {m.type for m in live if not m.recalled}
    if recalled and any(not m.recalled for m in live):
        live = [m for m in live if m.type not in recalled]
    for m in sorted(live, key=lambda m: (m.priority, m.start)):
        if m.type not in covered:
            covered[m.type] = _Mention(m.type, m.start, m.end, m.priority)
            order.append(m.type)
    for t in order:
        best = covered[t]
        same = [m for m in zone_mentions + later if m.type == t and not _is_passing(m, ctx)]
        same.sort(key=lambda m: m.priority)
        for m in same:
            if best.d_start is None and m.d_start is not None:
                best.d_start, best.d_end = m.d_start, m.d_end
            elif best.d_start is not None and m.d_start is not None and m.d_start != best.d_start:
                continue   # another occurrence: its place is not ours
            if best.place is None and m.place is not None and (m.d_start is None or m.d_start == best.d_start):
                best.place = m.place
    # a meeting held beside the one covered, on one of its days, that the report tells of later (`Op 12 oktober kwam,
    # voorafgaand aan de tweede sessie, de Nuclear Planning Group (NPG) bijeen`): covered too
    days = [(date.fromisoformat(covered[t].d_start), date.fromisoformat(covered[t].d_end or covered[t].d_start))
            for t in order if covered[t].d_start]
    beside = later
    if ctx.kind_hint == "report" and ctx.later and ctx.later[1] < len(view) and days:
        rest = _mentions(view, ctx.later[1], len(view), 6)      # (the rest of the report, for these only)
        _bind(view, [(a, b) for a, b in sentences if a >= ctx.later[1]], rest, ctx)
        beside = later + rest
    for m in beside if ctx.kind_hint == "report" else ():
        if m.type in covered or m.type in ("NATO-ministerial", "Europese-Raad") or not m.d_start or _is_passing(m, ctx):
            continue
        d = date.fromisoformat(m.d_start)
        stop = view.find(".", m.end)
        if any(a <= d <= b for a, b in days) and _HELD.search(view, max(0, m.start - 120), stop if stop > 0 else m.end):
            covered[m.type] = m
            order.append(m.type)
            zone_mentions.append(m)
    first_pos = {t: min(m.start for m in zone_mentions if m.type == t and m.priority == covered[t].priority)
                 for t in order}
    out = []
    for t in sorted(order, key=lambda t: (covered[t].priority > 2, first_pos[t])):
        m = covered[t]
        span: Span = span_of(m.start, m.end)
        out.append(Meeting(t, m.d_start, m.d_end, m.place, span, RULE))
    return out


def iso_dates_in(view: str, start: int, end: int) -> list[str]:
    """ISO dates (`2024-08-15`) in a stretch of the view: web-page metadata lines use them."""
    return [f"{m.group('y')}-{m.group('m')}-{m.group('d')}" for m in _ISO_DATE.finditer(view, start, end)]
