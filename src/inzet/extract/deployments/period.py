"""When a deployment runs: the period a clause states (`van 1 juli t/m 1 september 2023`, `tot eind 2015`,
`in de periode 2026-2028`, `loopt op 31 maart 2026 af`), at the precision the letter writes it."""

from __future__ import annotations

import calendar
import re
from datetime import date, timedelta

from inzet.extract import lexicon
from inzet.extract.cues import Vocab
from inzet.extract.dutch import (
    FRACTION_WORDS,
    MONTH_PIECES,
    MONTH_RE,
    NUMBER_WORDS_ALL,
    make_date,
    month_number,
    number_word,
)

# a part of a month or year (`eind`, `medio`, `in de loop van`) keeps the precision written; `ultimo` is its last day
# (and a season, of a year: `tot het najaar van 2006` is 2006)
_PART = r"(?:begin|eind|einde|medio|half|halverwege|ultimo|primo|in\s+de\s+loop\s+van|voorjaar|zomer|najaar|winter)"
# (`het einde van 2027`, `het eind van juni` are `eind 2027`, `eind juni`)
_PARTOF = rf"(?:(?:het\s+)?{_PART}(?:\s+van)?\s+)"
# a quarter or half of a year (`het eerste kwartaal van 2028`, `Q3 2027`, `de tweede helft van 2027`): its last
# month as an end, its first as a start
_QUARTER = (r"(?:(?:het|de)\s+)?(?P<qn>eerste|tweede|derde|vierde|laatste|[1-4]e)\s+(?P<qu>kwartaal|helft|halfjaar)"
            r"(?:\s+van)?\s+|Q(?P<qq>[1-4])\s+")
_QUARTER_ANY = re.sub(r"\(\?P<\w+>", "(?:", _QUARTER)     # the same without its groups, for `_DT`
# (`t/m 15-12-2027`: a date in figures; `tot eind Q1 2028`: the end of a quarter is the quarter's end)
_DT = (rf"(?<![\d-])\d{{1,2}}-\d{{1,2}}-(?:19|20)\d\d(?!\d)"
       rf"|{_PARTOF}?(?:{_QUARTER_ANY})?(?:\d{{1,2}}(?:e|ste|de)?\s+)?"
       rf"(?:(?:{MONTH_RE})\s+)?\d{{4}}(?!\d)"
       rf"|{_PARTOF}?(?:\d{{1,2}}(?:e|ste|de)?\s+)?(?:{MONTH_RE})(?!\w)")
_UNTIL = r"(?:tot\s+en\s+met|t/m|t\.m\.|tot|-|–|—|en)"
_RANGE = re.compile(
    rf"\b(?:van(?:af)?|per|(?:in|gedurende|voor)\s+de\s+periode|periode|tussen)\s+(?P<a>{_DT})\s*{_UNTIL}\s*"
    rf"(?:(?:in|op)\s+)?(?P<b>{_DT})", re.IGNORECASE)
# a range of days in one month (`Van 22 tot en met 26 april jl.`, `van 1 tot 15 maart 2024`)
_DAYS = re.compile(r"\b[Vv]an\s+(?P<d>\d{1,2})\s+(?:tot\s+en\s+met|t/m|tot)\s+(?P<e>\d{1,2})\s+[a-z]")
_END = re.compile(
    rf"\b(?:tot\s+en\s+met|t/m|t\.m\.|tot|uiterlijk|until)\s+(?:(?:in|op)\s+)?(?P<b>{_DT})"
    rf"|\b(?:loopt|lopen)\s+(?:(?:op|per|in|na)\s+)?(?P<c>{_DT})\s+af\b"
    rf"|\b(?:afloopt|aflopen|loopt af|liep af|eindigt|eindigen|eindigden?)\s+(?:op|per|in|na)\s+(?P<d>{_DT})"
    # `loopt tot het einde van het huidige mandaat in februari 2027`: until the mandate ends, on the date it gives
    rf"|\b(?:tot\s+en\s+met|t/m|tot)\s+het\s+einde?\s+van\s+(?:de|het)\s+(?:[\w-]+\s+)?"
    rf"(?:mandaat|missie|inzet|operatie|bijdrage)\s+(?:in|op|per|van)\s+(?P<e>{_DT})"
    # `De einddatum van de bijdrage, 30 juni 2028, verandert niet`
    rf"|\beinddatum\b[^.;]{{0,40}}?(?P<f>{_DT})"
    # `die, zoals bekend, op 1 augustus 2010 eindigt`: the date before the verb of a subordinate clause
    rf"|\b(?:op|per)\s+(?P<g>{_DT})\s+(?:eindigt|eindigen|eindigden?|afloopt|aflopen|afliep)\b"
    # the last of it leaving, told after the fact: `de laatste militairen verlieten Kabul op 26 augustus 2021`
    rf"|\b(?:verliet|verlieten)\s+(?:[\w-]+\s+){{0,3}}?(?:op|per|in|rond)\s+(?P<h>{_DT})", re.IGNORECASE)
# `blijft tot het einde van het jaar`, `tot eind dit jaar`, `tot het einde van volgend jaar`: the end of the letter's
# year (or the next), a clause without a date in figures
_YEAR_END = re.compile(r"\b(?:tot\s+en\s+met|t/m|tot|uiterlijk)\s+(?:het\s+)?(?:einde?|eind)(?:\s+van)?\s+"
                       r"(?P<y>het|dit|(?:het\s+)?lopende|(?:het\s+)?volgende?|(?:het\s+)?komende?)\s+jaar\b"
                       r"|\b(?:tot|t/m)\s+(?:het\s+)?jaareinde\b", re.IGNORECASE)
# a return home ends a deployment on its date: `De drie stafofficieren keren per 1 juli terug`, `keert op 15 december
# a.s. terug in Den Helder`
_RETURN = re.compile(r"\b(?:keert|keren|keerde|keerden)\s+(?:\S+\s+){0,8}?terug\b|\bterugkeer\b|\bteruggekeerd\b"
                     # (or the last of them left: `Op 14 juni jl. hebben de laatste Nederlandse militairen Afghanistan
                     # verlaten`)
                     r"|\blaatste\s+(?:\S+\s+){0,3}?(?:militairen|eenheden|toestellen)\s+(?:\S+\s+){0,6}?verlaten\b")
# a quarter or half of a year as the whole period: `gedurende het eerste halfjaar van 2029` (its first month the
# start, its last the end; not `in de eerste helft van 2010`, which says when within it, as the dates that follow do)
_DURING = re.compile(rf"\b(?:gedurende|tijdens)\s+(?P<a>(?:{_QUARTER_ANY})(?:19|20)\d\d)(?!\d)"
                     # (a quarter, with `in`: `de mijnenjager … in het tweede kwartaal van 2026 aan SNMCMG1 toe te
                     # voegen`; a half with `in` says when within it)
                     rf"|\bin\s+(?P<q>het\s+(?:eerste|tweede|derde|vierde)\s+kwartaal\s+van\s+(?:19|20)\d\d)(?!\d)",
                     re.IGNORECASE)
# a year the deployment is continued in, and so its end (`wordt in 2023 voortgezet`, `de bijdrage ook in 2024 voort
# te zetten`, `in 2025 te continueren`); not a year the decision was made in (`heeft in 2020 besloten …`)
_GOES_ON_IN = re.compile(r"\b(?:(?:ook|heel)\s+)?in\s+(?P<y>(?:19|20)\d\d)\s+(?:(?!besl)\S+\s+){0,2}?"
                         r"(?:voortgezet|gecontinueerd|voort\s+te\s+zetten|te\s+continueren|voortzetten|continueren)\b",
                         re.IGNORECASE)
# the same with the date first: `In december 2013 vertrekt een kwartiermakersteam van circa 60 militairen naar Bamako`
_FIRST_OUT_AFTER = re.compile(rf"\b(?:[Ii]n|[Oo]p|[Pp]er|[Mm]edio|[Bb]egin|[Rr]ond)\s+(?P<a>{_DT})\s+(?:vertrekt"
                              r"|vertrekken|arriveert|arriveren)\s+(?:het\s+eerste|de\s+eerste|een\s+kwartiermakers\w*)")
# the unit joining the force it serves in (`sluit medio oktober 2006 bij de taakgroep aan`, `voegt zich op 1 maart bij
# SNMG1`)
_JOINS = re.compile(rf"\b(?:sluit|sluiten|voegt|voegen)\s+(?:zich\s+)?(?:(?:op|per|in|rond)\s+)?(?P<a>{_DT})\s+"
                    r"(?:(?:bij|aan)\s+\S+\s+(?:\S+\s+){0,3}?aan\b|aan\s+bij\b|bij\b)", re.IGNORECASE)
# the start told in the past or as a start (`De missie ging op 24 juli 2014 van start`, `is op 1 maart gestart`, `De
# operatie begon in mei 2015`, `startte per 1 januari`)
_STARTED = re.compile(rf"\b(?:ging|gingen|gaat|gaan|is|zijn|werd|werden)\s+(?:op|in|per|rond|medio)\s+(?P<a>{_DT})\s+"
                      r"(?:van\s+start|gestart|begonnen|aangevangen)\b"
                      rf"|\b(?:startte|startten|begon|begonnen)\s+(?:op|in|per|rond|medio)\s+(?P<b>{_DT})",
                      re.IGNORECASE)
# the way home, whose start is not the deployment's
_WINDING_UP = re.compile(r"\b(?:[Hh]erontplooiing|[Tt]erugtrekking|[Aa]fbouw|[Tt]erugkeer|[Rr]edeployment|[Oo]verdracht"
                         r"|[Tt]erugverplaatsing)\b")
# a deployment in the years it names (`Het kabinet heeft besloten tot deelname in 2017 en 2018`, `de bijdrage voor de
# jaren 2025 en 2026`)
_IN_YEARS = re.compile(r"\b(?:deelname|bijdrage|inzet|aanwezigheid)\s+(?:in|voor|gedurende)\s+(?:de\s+jaren\s+)?"
                       r"(?P<a>(?:19|20)\d\d)\s+(?:en|tot\s+en\s+met|t/m)\s+(?P<b>(?:19|20)\d\d)\b", re.IGNORECASE)
_START = re.compile(
    rf"\b(?:vanaf|per|met ingang van|m\.i\.v\.|(?:start|begint|starten|beginnen)\s+(?:op|in|per)"
    # the units' arrival (`De eenheden komen naar verwachting in de tweede helft van januari 2013 in Adana aan`)
    r"|\b(?:eenheden|militairen|toestellen|detachement|eenheid)\s+(?:komen|komt|arriveren|arriveert)\s+"
    r"(?:naar\s+verwachting\s+)?(?:op|in|per|rond|medio)"
    # the first of the unit going out (`Het eerste toestel vertrekt op 1 oktober a.s.`, `De eerste militairen
    # arriveren medio januari`)
    r"|(?:(?:het|de)\s+eerste|een\s+kwartiermakers\w*)\s+(?:[\w'-]+\s+){0,4}?(?:vertrekt|vertrekken|arriveert"
    rf"|arriveren|wordt\s+ingezet|worden\s+ingezet)(?:\s+(?:op|per|in|rond))?"
    # (told after the fact: `Het detachement vertrok op 16 augustus 2021`)
    rf"|\b(?:detachement|eenheid|fregat|schip|team|compagnie|toestellen)\s+(?:vertrok|vertrokken)\s+(?:op|per|in|rond)"
    # (a start up to the end given before: `drie Chinook-transporthelikopters van januari 2015 tot dezelfde datum`)
    rf"|\bvan(?=\s+(?:{_DT})\s+(?:tot|t/m)\s+(?:en\s+met\s+)?(?:die|diezelfde|dezelfde)\s+datum\b))"
    rf"\s+(?P<a>{_DT})",
    re.IGNORECASE)
_FIGURES = re.compile(r"(?P<d>\d{1,2})-(?P<m>\d{1,2})-(?P<y>(?:19|20)\d\d)")
_DT_PARTS = re.compile(
    rf"(?:(?:het\s+)?(?P<q>{_PART})(?:\s+van)?\s+)?(?:{_QUARTER})?(?:(?P<d>\d{{1,2}})(?:e|ste|de)?\s+)?"
    rf"(?:(?P<m>{MONTH_RE})\s*)?(?P<y>\d{{4}})?", re.IGNORECASE)
# every date (`_DT`) holds a year or a month within one word: what `_RANGE`, `_END` and `_START` need
_DATE_WORD = re.compile("(?i:" + "|".join(MONTH_PIECES) + r")|\d{4}")
V_DATE = Vocab(_DATE_WORD, _DATE_WORD.pattern)
# `sinds november 2025`: when a deployment that is only reported on began
_SINCE = re.compile(rf"\b[Ss]inds\s+(?P<a>{_DT})")
# the mission's own mandate (`het mandaat van de missie loopt tot …`), not the period of the Dutch part
MISSION_MANDATE = re.compile(
    r"\b(?:mandaat|looptijd)\s+van\s+(?:(?:de|het)\s+)?(?:[\w-]+\s+)?(?:[\w]+-)?(?:missie|operatie|coalitie"
    r"|hoofdkwartier)\b"
    r"|\b(?:VN|EU|NAVO|VN-Veiligheidsraad)[- ]?mandaat\b|\bmissiemandaat\b"
    # the body that sets a mission's own mandate: `De VN-Veiligheidsraad heeft het mandaat van UNIFIL … verlengd`
    r"|\b(?:VN-)?Veiligheidsraad\b[^.;]{0,80}\bmandaat\b"
    # the mission itself ending, by its name: `De ISAF-missie eindigt op 31 december 2014`
    r"|\b[Dd]e\s+[A-Z][\w]*-(?:missie|operatie)\s+(?:eindigt|loopt)\b")
# the mission's own mandate extended by its body: `De Veiligheidsraad verlengde het mandaat van de missie tot …`, `De
# VN-Veiligheidsraad heeft het mandaat van UNIFIL … verlengd` (not an extension of the Dutch part)
_MANDATE_EXTENDED = re.compile(r"\b(?:verlengde|verlengden|verlengt|verlengen)\s+(?:\S+\s+){0,3}?(?:het|zijn|haar)\s+"
                               r"mandaat\b|\bmandaat\s+(?:\S+\s+){0,16}?(?:verlengd|voortgezet)\b"
                               # the Council extends the operation itself: `De Raad van de EU zal de operatie naar
                               # verwachting op 15 juni a.s. verlengen tot december 2010`
                               r"|\b(?:Raad|Veiligheidsraad|EU|Europese\s+Unie|NAVO|VN)\s+(?:\S+\s+){0,3}?(?:de|het)\s+"
                               r"(?:operatie|missie)\s+(?:\S+\s+){0,8}?(?:verlengen|verlengd|verlengt|verlengde)\b")
# `deze bijdrage voort te zetten tot het einde van het nieuwe EU-mandaat`: until the mission's own mandate ends, on
# the date the letter gives that mandate elsewhere
_TO_MANDATE_END = re.compile(r"\b(?:tot\s+en\s+met|t/m|tot)\s+het\s+einde?\s+van\s+(?:de|het)\s+(?:[\w-]+\s+)?"
                             r"(?:[\w]+-)?(?:mandaat|mandaatperiode)\b(?!\s+(?:in|op|per|van)\s+\d)"
                             # (ending with the mission: `De Nederlandse bijdrage aan ISAF … eindigt met de missie`)
                             r"|\b(?:eindigt|eindigen|stopt|stoppen)\s+(?:dan\s+)?(?:ook\s+)?(?:samen\s+)?met\s+de\s+"
                             r"(?:missie|operatie)\b")
# `met zes maanden verlengd`, `met een jaar te verlengen`
# (the counts an extension is given in, as number words: a half, one and a half, up to twelve, 18 and 24)
_BY_COUNTS = (0.5, 1, 1.5, *range(2, 13), 18, 24)
_COUNT_WORDS = {**FRACTION_WORDS, **NUMBER_WORDS_ALL}
_BY_WORDS = sorted((w for w, v in _COUNT_WORDS.items() if v in _BY_COUNTS),
                   key=lambda w: _BY_COUNTS.index(_COUNT_WORDS[w]))
_BY = re.compile(rf"\bmet\s+(?P<n>{'|'.join(_BY_WORDS)}|\d{{1,2}})\s+(?P<u>maanden|maand|jaar|jaren)\b", re.IGNORECASE)
# `vanaf 1 september 2027 voor de duur van één jaar`, `voor een periode van zes maanden`, `gedurende twee jaar`:
# a length from the start (or, for an extension, from the old end)
_FOR = re.compile(rf"\b(?:voor|gedurende)\s+(?:de\s+duur\s+van\s+|een\s+(?:periode|termijn)\s+van\s+)?"
                  rf"(?P<n>{'|'.join(_BY_WORDS)}|\d{{1,2}})\s+(?P<u>maanden|maand|jaar|jaren)\b", re.IGNORECASE)
# a bare date in a clause that ends a deployment: `wordt in de loop van mei 2026 beëindigd`, `eind juni`
_AT = re.compile(rf"\b(?:(?:in|op|per|rond|omstreeks|na)\s+)?(?P<a>{_DT})", re.IGNORECASE)
lexicon.register(_RANGE, _END, _START, _FIRST_OUT_AFTER, _JOINS, _STARTED, _GOES_ON_IN, _IN_YEARS, _DURING, _SINCE, _AT,
                 MISSION_MANDATE, _MANDATE_EXTENDED, _BY, _FOR, _TO_MANDATE_END, _YEAR_END, _RETURN,
                 vocabs=(V_DATE,))


_ORDINAL = {"eerste": 1, "tweede": 2, "derde": 3, "vierde": 4, "1e": 1, "2e": 2, "3e": 3, "4e": 4}


def _read_dt(s: str, as_end: bool = True) -> tuple[int | None, int | None, int | None]:
    """(year, month, day) of a date expression; `eind 2015` is the year only; a quarter or half of a year is
    its last month (`as_end`) or its first."""
    f = _FIGURES.fullmatch(s.strip())
    if f:
        day, month = int(f.group("d")), int(f.group("m"))
        return (int(f.group("y")), month, day) if 1 <= month <= 12 and 1 <= day <= 31 else (None, None, None)
    m = _DT_PARTS.fullmatch(s.strip())
    if not m:
        return None, None, None
    year = int(m.group("y")) if m.group("y") else None
    month = month_number(m.group("m")) if m.group("m") else None
    day = int(m.group("d")) if m.group("d") and month else None
    if year is not None and (m.group("qn") or m.group("qq")) and month is None:
        # (a half of a month is that month: `in de tweede helft van januari 2013`)
        size = 6 if m.group("qu") and m.group("qu").lower() in ("helft", "halfjaar") else 3
        n = int(m.group("qq")) if m.group("qq") else _ORDINAL.get(m.group("qn").lower(), 12 // size)
        if n * size > 12:
            return year, None, None
        return year, n * size if as_end else (n - 1) * size + 1, None
    if day is None and m.group("q") and m.group("q").lower() == "ultimo" and (year or month):
        # `ultimo` is the last day (`tot en met ultimo juni 2014`, `ultimo 2026`: 31 December)
        month = month or 12
        day = calendar.monthrange(year or 2001, month)[1]
    return year, month, day


def _iso(parts: tuple[int | None, int | None, int | None]) -> str | None:
    y, mo, d = parts
    return make_date(y, mo, d) if y else None


# the period a report covers, not the deployment's: `de voortgangsrapportage … over de periode januari 2020 tot
# en met oktober 2021`, `De evaluatie beslaat de periode van 2019 tot en met 2022`
_REPORTED_OVER = re.compile(
    r"\b(?:\w*rapportage|verslag|evaluatie|overzicht|terugblik|verantwoording)\b[^.;]*?"
    r"\b(?:over|beslaat|bestrijkt|betreft|omvat)\s+(?:de\s+)?(?:verslag)?periode\s+(?:van\s+)?$", re.IGNORECASE)


def read_period(text: str, hits: int | None = None) -> tuple[str | None, str | None]:
    """(start, end) a clause states: `van 1 juli t/m 1 september 2023`, `tot eind 2015`, `in de periode
    2026-2028`, `loopt op 31 maart 2026 af`; a start without a year takes the end's year."""
    if hits is None:
        hits = lexicon.of(text)
    if not hits & V_DATE.bit:
        return None, None
    m = lexicon.search(_RANGE, text, hits)
    if m and _REPORTED_OVER.search(text, max(0, m.start() - 400), m.start("a")):
        return None, None       # (`de voortgangsrapportage … over de periode januari 2020 tot en met oktober 2021`)
    if m:
        a, b = _read_dt(m.group("a"), as_end=False), _read_dt(m.group("b"))
        if b[0] is not None and a[0] is None and a[1]:
            a = (b[0] - 1 if b[1] and a[1] > b[1] else b[0], a[1], a[2])
        if a[0] is not None and b[0] is None and b[1]:
            b = (a[0] + 1 if a[1] and b[1] < a[1] else a[0], b[1], b[2])
        if a[0] is not None or b[0] is not None:
            return _iso(a), _iso(b)
        if a[1] and b[1] and a[1] <= b[1] and (end := _iso_or_yearless(b, text, m.end(), forward=True)):
            # (neither with its year: `van 1 april tot en met 30 juni`, the start in the year the end will be given)
            return end[:5] + f"{a[1]:02d}" + (f"-{a[2]:02d}" if a[2] else ""), end
    start = end = None
    m = lexicon.search(_DURING, text, hits)
    if m and not lexicon.search(_END, text, hits) and not lexicon.search(_START, text, hits):
        q = m.group("a") or m.group("q")
        return _iso(_read_dt(q, as_end=False)), _iso(_read_dt(q))
    m = lexicon.search(_END, text, hits)
    if m:
        dt = m.group("b") or m.group("c") or m.group("d") or m.group("e") or m.group("f") or m.group("g") \
            or m.group("h")
        end = _iso_or_yearless(_read_dt(dt), text, m.end("g") if m.group("g") else m.end(), forward=True)
    m = lexicon.search(_START, text, hits) or lexicon.search(_FIRST_OUT_AFTER, text, hits) \
        or lexicon.search(_JOINS, text, hits) or lexicon.search(_STARTED, text, hits)
    if m and _WINDING_UP.search(text, 0, m.start()):
        m = None        # (`De herontplooiing van de circa 270 militairen … begint op 27 januari 2015`: the way home's)
    if m:
        at = m.group("a") or m.group("b")
        start = _iso_or_yearless(_read_dt(at, as_end=False), text, m.end(), forward=True)
    # (the first day of the range whose last day the end is)
    if start is None and end and len(end) == 10 and "an " in text and (days := _DAYS.search(text)) is not None \
            and int(days.group("e")) == int(end[8:]) and int(days.group("d")) < int(days.group("e")):
        start = f"{end[:8]}{int(days.group('d')):02d}"   # (`van 22 tot en met 26 april jl.`: the month the end gives)
    if start and end is None and start[0] not in "09":
        months = _months(lexicon.search(_FOR, text, hits))
        end = end_after(start, months) if months else None
    if start is None and end is None:
        m = lexicon.search(_GOES_ON_IN, text, hits)
        end = m.group("y") if m else None
    if start is None and end is None:
        m = lexicon.search(_IN_YEARS, text, hits)
        if m:
            start, end = m.group("a"), m.group("b")
    return start, end


def read_length(text: str, hits: int | None = None) -> int | None:
    """The months of a length a clause states on its own (`voor een periode van een jaar`, `gedurende zes
    maanden`): the end of a period whose start a clause before it gave."""
    if hits is None:
        hits = lexicon.of(text)
    return _months(lexicon.search(_FOR, text, hits))


def _months(m: re.Match[str] | None) -> int | None:
    """The months a length (`zes maanden`, `anderhalf jaar`, `een jaar`) is, when whole."""
    if not m:
        return None
    n = FRACTION_WORDS.get(m.group("n").lower())
    n = n if n is not None else number_word(m.group("n"))
    months = n * (12 if m.group("u").lower().startswith("ja") else 1) if n else None
    return int(months) if months and months == int(months) else None


def end_after(start: str, months: int) -> str | None:
    """The last day (or month, or year, at the start's precision) of a period of `months` from `start`:
    1 september 2027 + 12 → 2028-08-31; september 2027 + 12 → 2028-08; 2027 + 24 → 2028."""
    parts = [int(x) for x in start.split("-")]
    if len(parts) == 1:
        return str(parts[0] + months // 12 - 1) if months % 12 == 0 else None
    y, mo = parts[0], parts[1] - 1 + months
    if len(parts) == 2:
        y, mo = y + (mo - 1) // 12, (mo - 1) % 12 + 1
        return make_date(y, mo, None)
    y, mo = y + mo // 12, mo % 12 + 1          # the same day `months` later, then the day before it
    last = calendar.monthrange(y, mo)[1]
    if parts[2] > last:                          # 31 januari + 1 month: the whole of februari
        return date(y, mo, last).isoformat()
    return (date(y, mo, parts[2]) - timedelta(days=1)).isoformat()


# a day and month without a year, dated by the letter: `31 mei jl.` (the last one) or `1 juli a.s.` (the next)
_JL = re.compile(r"\s*j\.?l\.")
_AS = re.compile(r"\s*(?:a\.s\.|aanstaande\b)")
# the year of the letter, and the one after it (`tot het einde van het jaar`, `… van volgend jaar`), for `dated`
THIS_YEAR, NEXT_YEAR = "9999", "9999+1"


def is_undated(value: str) -> bool:
    """Is `value` a date still waiting for the letter's year (`0000-05-31`, `9999-07-01`, `THIS_YEAR` …)?"""
    return value.startswith(("0000", "9999"))


def _iso_or_yearless(parts: tuple[int | None, int | None, int | None], text: str, after: int,
                     forward: bool = False) -> str | None:
    """The date at its precision; a day and month without a year followed by `jl.` or `a.s.` kept as
    `0000-MM-DD` or `9999-MM-DD`, for the extractor to put in the year the letter's date gives (`dated`).
    Without either, a date a deployment runs from or to (`forward`: `per 1 september`, `t/m 31 december`,
    in a clause that is not in the past) is the next such day, as `a.s.` says."""
    iso = _iso(parts)
    y, mo, d = parts
    if iso or y is not None or not mo:
        return iso
    if not d:
        # a month without its year (`wordt eind maart beëindigd`): the next such month, where it runs to
        return f"9999-{mo:02d}" if forward and not _JL.match(text, after) else None
    if _JL.match(text, after):
        return f"0000-{mo:02d}-{d:02d}"
    if forward or _AS.match(text, after):
        return f"9999-{mo:02d}-{d:02d}"
    return None



def read_year_end(text: str, hits: int | None = None) -> str | None:
    """`THIS_YEAR` or `NEXT_YEAR` when the clause runs to a year's end without naming the year (`tot het einde van
    het jaar`, `tot eind volgend jaar`), for `dated` to put the letter's year in; else None."""
    if hits is None:
        hits = lexicon.of(text)
    m = lexicon.search(_YEAR_END, text, hits)
    if not m:
        return None
    which = (m.group("y") or "het").split()[-1].lower()
    return NEXT_YEAR if which.startswith(("volgend", "komend")) else THIS_YEAR


def returns(text: str, hits: int | None = None) -> bool:
    """Does the clause bring the deployment home (`keren per 1 juli terug`), so that its date is the end?"""
    if hits is None:
        hits = lexicon.of(text)
    return lexicon.search(_RETURN, text, hits) is not None


def return_date(text: str, hits: int | None = None) -> str | None:
    """The date a clause brings the deployment home on: the one within its return (`heeft op 18 november jl. zijn
    laatste patrouille afgerond en keert op 9 december a.s. terug`), else its first."""
    if hits is None:
        hits = lexicon.of(text)
    m = lexicon.search(_RETURN, text, hits)
    if m is not None and (within := read_date(m.group())):
        return within
    start, _end = read_period(text, hits)
    return start or read_date(text, hits)


def read_since(text: str, hits: int | None = None) -> str | None:
    """The start a report gives a running deployment: `sinds november 2025`, `sinds 1 augustus jl.` (the last such day
    before the letter's date, see `dated`; None for a day without a year or `jl.`)."""
    if hits is None:
        hits = lexicon.of(text)
    m = lexicon.search(_SINCE, text, hits)
    return _iso_or_yearless(_read_dt(m.group("a"), as_end=False), text, m.end()) if m else None


def is_mission_mandate(text: str, hits: int | None = None) -> bool:
    """Does the clause give the mission's own mandate (`het mandaat van de missie loopt tot …`)?"""
    if hits is None:
        hits = lexicon.of(text)
    return lexicon.search(MISSION_MANDATE, text, hits) is not None


def extends_mission_mandate(text: str, hits: int | None = None) -> bool:
    """Does the clause say the mission's own mandate was extended (`De Veiligheidsraad verlengde het mandaat …`)?"""
    if hits is None:
        hits = lexicon.of(text)
    return lexicon.search(_MANDATE_EXTENDED, text, hits) is not None


def to_mandate_end(text: str, hits: int | None = None) -> bool:
    """Does the clause run a contribution until the mission's mandate ends, without a date (`tot het einde van
    het nieuwe EU-mandaat`)?"""
    if hits is None:
        hits = lexicon.of(text)
    return lexicon.search(_TO_MANDATE_END, text, hits) is not None


def read_extension_months(text: str, hits: int | None = None) -> int | None:
    """How long an extension runs when the letter gives a length instead of a date (`met zes maanden`,
    `voor een periode van een jaar`)."""
    if hits is None:
        hits = lexicon.of(text)
    return _months(lexicon.search(_BY, text, hits) or lexicon.search(_FOR, text, hits))


def add_months(end: str, months: int) -> str | None:
    """The end `months` after an end at its precision: the last day of a month stays the last day
    (31 maart + 6 = 30 september), a year moves by whole years only. None for an end whose year the letter's date
    gives (`tot 1 juli a.s.`, `tot het einde van het jaar`): the extractor adds the months once it is dated."""
    if is_undated(end):
        return None
    parts = [int(x) for x in end.split("-")]
    if len(parts) == 1:
        return str(parts[0] + months // 12) if months % 12 == 0 else None
    y, mo = parts[0], parts[1] + months
    y, mo = y + (mo - 1) // 12, (mo - 1) % 12 + 1
    if len(parts) == 2:
        return make_date(y, mo, None)
    last = calendar.monthrange(parts[0], parts[1])[1]
    day = calendar.monthrange(y, mo)[1] if parts[2] == last else min(parts[2], calendar.monthrange(y, mo)[1])
    return make_date(y, mo, day)


# a date that dates a paper or a meeting the clause refers to (`Met de brief van 28 september 2018 heeft het kabinet u
# gemeld dat …`, `in het verslag van 3 mei`, `tijdens het commissiedebat van 6 februari jl.`): not when anything ends
_PAPER_OF = re.compile(r"\b(?:\w*brief|verslag|motie|overleg|commissiedebat|debat|vergadering|antwoorden|nota)"
                       r"\s+(?:van|d\.d\.)\s+$", re.IGNORECASE)


def read_date(text: str, hits: int | None = None) -> str | None:
    """The first date a clause names, at its precision (for a clause that ends a deployment); not the date of a
    paper it refers to (`Met de brief van 28 september 2018 …`)."""
    if hits is None:
        hits = lexicon.of(text)
    if not hits & V_DATE.bit:
        return None
    for m in _AT.finditer(text) if hits & lexicon.bit(_AT) else ():
        if _PAPER_OF.search(text, max(0, m.start() - 40), m.start()):
            continue
        parts = _read_dt(m.group("a"))
        iso = _iso(parts)
        if iso:
            return iso
        # `op 31 mei jl.`, `per 1 juli a.s.`; `keren per 1 juli terug` (a clause that ends it: the next 1 July)
        yearless = _iso_or_yearless(parts, text, m.end(), forward=True)
        if yearless:
            return yearless
    return None


def dated(value: str | None, letter_date: str | None) -> str | None:
    """A date read without its year in the letter's year: `op 31 mei jl.` (kept as `0000-05-31`) the last
    such day up to the letter's date, `tot 1 juli a.s.` (`9999-07-01`) the next one after it, `tot het einde van
    het jaar` (`THIS_YEAR`) the letter's year."""
    if value is None or not is_undated(value):
        return value
    if not letter_date:
        return None
    if value in (THIS_YEAR, NEXT_YEAR):                # `tot het einde van het jaar`, `… van volgend jaar`
        return str(int(letter_date[:4]) + (value == NEXT_YEAR))
    year, day = int(letter_date[:4]), value[5:]
    if value.startswith("0000-"):
        return f"{year - (day > letter_date[5:len(value)]):04d}{value[4:]}"
    return f"{year + (day < letter_date[5:len(value)]):04d}{value[4:]}"
