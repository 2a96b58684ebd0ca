"""What a deployment is and costs: its size (`maximaal 175 militairen`, `van vier naar maximaal zeven`),
its costs (`geraamd op €345.000`), its funding (`Budget Internationale Veiligheid`, `artikel 1`) and the
unit or assets it names (`twee MQ-9's`, `een infanteriecompagnie`)."""

from __future__ import annotations

import re

from inzet import vocabulary
from inzet.extract import countries, lexicon
from inzet.extract.cues import Vocab
from inzet.extract.dutch import (
    CURRENCIES,
    MONTH_RE,
    NUMBER_RE,
    NUMBER_WORD_RE,
    SCALE_RE,
    SCALES,
    form_re,
    number_word,
    parse_number,
)

# number words as a trie (longest first, as a list sorted by length would try them; `re` tries each
# prefix once instead of every word at every position)
NUMW = r"\d{1,3}(?:\.\d{3})+|\d+|" + NUMBER_WORD_RE
# the nouns personnel is counted in (`inzet/data/personnel_nouns.tsv`), in the file's order
_PERS_NOUNS = vocabulary.personnel_nouns()
_PERS_NOUN = "(?:" + "|".join(form_re(n, " ") for n in _PERS_NOUNS) + ")"
# an adjective before the noun (`extra`, `Nederlandse`), never a number word (`2027 twee stafofficieren`)
_ADJ = rf"(?:extra|(?!(?:{NUMW})\s)[\w-]+e)"
PERS_RANGE = re.compile(
    rf"\bvan\s+(?:de\s+huidige\s+)?(?:{NUMW})\s+(?:\w+\s+)?naar\s+(?:maximaal\s+|ca\.\s+|circa\s+|ongeveer\s+)?"
    rf"(?P<n>{NUMW})\b", re.IGNORECASE)
PERS_MAX = re.compile(
    rf"\b(?:maximaal|ten hoogste|hoogstens|maximum van|tot"
    # (the maximum said as such: `het maximum voor deze inzet bedraagt 230 militairen`)
    rf"|maximum\s+(?:[\w-]+\s+){{0,4}}?(?:bedraagt|is|ligt\s+op))\s+(?P<n>{NUMW})\s+(?:{_ADJ}\s+)?{_PERS_NOUN}\b",
    re.IGNORECASE)
PERS = re.compile(      # (every match starts with a word character: `(?=\w)` spares `re` the rest elsewhere)
    rf"\b(?=\w)(?:(?:circa|ca\.|ongeveer|zo'n|ruim|bijna|in totaal|totaal|met)\s+)?(?P<n>{NUMW})\s+"
    rf"(?:{_ADJ}\s+)?{_PERS_NOUN}\b", re.IGNORECASE)
# a second count of military people joined to a plain first one (`twee stafofficieren en vier instructeurs`), not of
# police officers (`30 marechaussees en 10 politiefunctionarissen`)
_AND_MORE = re.compile(rf"\s+en\s+(?P<m>{NUMW})\s+(?:{_ADJ}\s+)?(?!politie|civiel)(?:{_PERS_NOUN})\b", re.IGNORECASE)
# the military of a group of people of several kinds: `van wie tien militairen`, `onder wie 12 militairen`
PERS_MILITARY = re.compile(
    rf"\b(?:van|onder)\s+wie\s+(?:(?:ten hoogste|maximaal|circa)\s+)?(?P<n>{NUMW})\s+militairen\b", re.IGNORECASE)
# one person: `één stafofficier`, `1 militair`; `een` only where it counts what is contributed (`De deelname met een
# stafofficier aan …`, `levert Nederland een stafofficier`), elsewhere the article as often as the number
_ONE_NOUN = "(?:" + "|".join(form_re(n, " ") for n in vocabulary.personnel_nouns_of_one()) + ")"
PERS_ONE = re.compile(rf"(?<![\w,.])(?:één|1|(?<=met )een|(?<=levert )een|(?<=levert Nederland )een)\s+"
                      rf"(?:{_ADJ}\s+)?{_ONE_NOUN}\b", re.IGNORECASE)
_SCALE = SCALE_RE
# costs in euro: the EUR forms of dutch.CURRENCIES (`€`, `EUR`, `euro`), before or after the number, longest first
_EURO_FORMS = sorted((c.form for c in CURRENCIES if c.code == "EUR"), key=len, reverse=True)
_EURO_BEFORE = "|".join(form_re(f, bounded="both") for f in _EURO_FORMS)
_EURO_AFTER = "|".join(form_re(f, bounded="after") for f in _EURO_FORMS)
_MONEY = re.compile(
    rf"(?:{_EURO_BEFORE})\s*(?P<n1>{NUMBER_RE})(?:\s*(?P<s1>{_SCALE})(?!\w))?"
    # (`bedragen in 2027 € 16,8 miljoen`: a sign followed by a number is that number's, not the year's)
    rf"|(?P<n2>{NUMBER_RE})\s*(?:(?P<s2>{_SCALE})\s*)?(?:{_EURO_AFTER})(?!\s*\d)")
# (and compounds: `De meerkosten van € 4,1 mln.`, `de totaalkosten`, `de extra uitgaven`)
_COST_WORD = re.compile(r"\b(?:[a-z]*kosten|uitgaven|geraamd|begroot|raming|bedragen|kost)\b", re.IGNORECASE)
BIV = re.compile(r"\b(?:Budget Internationale Veiligheid|BIV)\b", re.IGNORECASE)   # the budget for missions, by name
_FUND_VERB = re.compile(
    r"\b(?:gefinancierd|gedekt|bekostigd|betaald|gefinancieerd|financiering|ten laste)\s+"
    r"(?:(?:uit|vanuit|door|via|van|gebracht van|komen van)\s+)+(?P<src>[^.;,()]+)", re.IGNORECASE)
_NOT_BEFORE = re.compile(r"\bniet\s+(?:[\w-]+\s+){0,4}$")
# (also before the fund's full name, its short form in brackets after it: `en niet ten laste van het Budget
# Internationale Veiligheid (BIV)`)
_NOT_BEFORE_NAMED = re.compile(r"\bniet\s+(?:(?!maar\b|wel\b)[\w-]+\s+){0,8}\($")
_OTHERS_BEFORE = re.compile(r"(?:^|[;,:]\s*)(?:de|het|alle)\s+(?:overige|andere|resterende)\b[^;,:]*$", re.IGNORECASE)
# the other fund crisis operations are paid from, by its name or its short name (`gefinancierd uit de middelen voor
# crisisbeheersingsoperaties van de Homogene Groep Internationale Samenwerking (HGIS)`)
_HGIS = re.compile(r"\b(?:Homogene\s+Groep\s+Internationale\s+Samenwerking|HGIS)\b", re.IGNORECASE)
_SHORT_AFTER = re.compile(r"\s*\(([A-Z][A-Za-z]{1,7})\)")
_YEARLIKE = re.compile(r"(?:19|20)\d\d")
# (`sinds 2021 stafofficieren`, `vanaf 1 januari 2028 stafofficieren`: the year of a date, not a count)
_YEAR_BEFORE = re.compile(rf"\b(?:sinds|in|vanaf|per|tot|medio|eind|begin|voor|na|{MONTH_RE})\s+$", re.IGNORECASE)
_ART1 = re.compile(r"\b(?:artikel|art\.)\s*1(?![\d.])", re.IGNORECASE)
_ART1_AFTER = re.compile(r"\s*\(\s*(?:artikel|art\.)\s*1(?![\d.])", re.IGNORECASE)
# `Beide inzetten worden gedekt uit het BIV`: said of every deployment of the paragraph
ALL_MENTIONS = re.compile(r"\b(?:[Bb]eide|[Aa]lle|[Dd]eze|[Bb]ovengenoemde)\s+(?:\w+\s+)?(?:inzetten|bijdragen"
                          r"|missies|operaties|trainingen|activiteiten|deelnames)\b")

_UNIT_NOUN = (rf"(?:MQ-9\S*|F-16\S*|F-35\S*|Patriot-\w+|schepen|fregat\w*|mijnenjager\w*"
              rf"|\w*compagnie|\w*team|eenheid|detachement|stafofficieren|staffunctionarissen|kwartiermakers"
              rf"|instructiecapaciteit|helikopters|{_PERS_NOUN})(?!\w)")
# (every match starts with a word character or a hyphen: `(?=[\w-])` spares `re` the rest elsewhere)
UNIT = re.compile(rf"\b(?=[\w-])(?:(?:{NUMW})\s+)?(?:{_ADJ}\s+)?{_UNIT_NOUN}", re.IGNORECASE)
# where `UNIT` matches, its noun alone matches too (number and adjective are optional): a cheap probe
UNIT_PROBE = re.compile(rf"\b{_UNIT_NOUN}", re.IGNORECASE)
_NAMED_UNIT = re.compile(r"\b(?:de\s+)?((?:[A-Z][\w-]+\s+){1,5}\([A-Z]{2,}\))")

_UNIT_WORD = re.compile(r"\b(?:Cel|Eenheid|Unit|Team|Groep|Group|Compagnie|Detachement|Task Force|Squadron"
                        r"|Bataljon|Battalion)\b")

_PEOPLE_SIZE_MAX = 100_000
_ROUGHLY = re.compile(r"(?:circa|ca\.|ongeveer|zo'n|ruim|bijna)", re.IGNORECASE)
_COUNTED = re.compile(rf"(?:{NUMW})\s", re.IGNORECASE)
# cheap gates: a regex is only run on a clause that can match it
_PERS_FORMS = sorted(set(_PERS_NOUNS.values()))      # a piece of every personnel noun
_PERS_GATE = re.compile(countries.trie_pattern(_PERS_FORMS))
_MONEY_GATE = re.compile("|".join(form_re(f) for f in _EURO_FORMS))
_FUND_GATE = re.compile(r"BIV|[Bb]udget|financ|gedekt|bekostigd|betaald|ten laste|[Aa]rtikel|art\.")

V_PERS_GATE = Vocab.of_forms(_PERS_GATE, _PERS_FORMS)
V_MONEY_GATE = Vocab(_MONEY_GATE, _MONEY_GATE.pattern)
V_FUND_GATE = Vocab(_FUND_GATE, r"BIV|[Bb]udget|financ|gedekt|bekostigd|betaald|[Aa]rtikel|art\.", ["ten laste"])
lexicon.register(PERS_MILITARY, PERS_RANGE, PERS_MAX, PERS, PERS_ONE, _MONEY_GATE, _COST_WORD, _MONEY, _PERS_GATE,
               _FUND_GATE, BIV, _FUND_VERB, UNIT, _NAMED_UNIT, ALL_MENTIONS,
               vocabs=(V_PERS_GATE, V_MONEY_GATE, V_FUND_GATE))


def count_of(word: str) -> int | None:
    """`175`, `1.000` or a number word (`zeven`)."""
    return number_word(word.replace(".", ""))


def read_personnel(text: str, hits: int | None = None) -> tuple[int | None, int]:
    """Maximum personnel a clause states, and how sure: 3 `maximaal`/`van … naar`, 2 `circa`, 1 a count."""
    if hits is None:
        hits = lexicon.of(text)
    # a match spans at most `back` words before the word with its cue and `ahead` after it:
    # `van de huidige 4 extra naar maximaal 7`, `maximum van 40 extra militaire trainers`,
    # `in totaal 40 extra militair personeel`, `het maximum voor deze inzet bedraagt 230 militairen`
    # (`… vijftien stafofficieren en politiefunctionarissen, van wie tien militairen`: the military among them)
    for rank, rx, back, ahead in ((4, PERS_MILITARY, 3, 2), (3, PERS_RANGE, 5, 2), (3, PERS_MAX, 1, 8),
                                  (2, PERS, 5, 1)):
        if not hits & lexicon.bit(rx):
            continue
        for m in lexicon.finditer_near(rx, text, back, ahead):
            n = count_of(m.group("n"))
            if _YEAR_BEFORE.search(text, 0, m.start("n")) and _YEARLIKE.fullmatch(m.group("n")):
                continue        # `sinds 2021 stafofficieren`: a year, not a count
            if n and 0 < n < _PEOPLE_SIZE_MAX:
                if rank == 2 and not _ROUGHLY.match(m.group(0)):
                    rank = 1
                if rank == 1 and (more := _AND_MORE.match(text, m.end())) is not None:
                    n += count_of(more.group("m")) or 0     # (`twee stafofficieren en vier instructeurs`: six)
                return n, rank
    if hits & lexicon.bit(PERS_ONE) and lexicon.search(PERS_ONE, text, hits):
        return 1, 1
    return None, 0


# the costs of two things together (`De kosten van de VPD's en van de deelname van Hr.Ms. Rotterdam …, in totaal
# € 24,6 miljoen`): no one deployment's
JOINT_COSTS = re.compile(r"\b(?:[Kk]osten|[Uu]itgaven)\s+(?:van|voor)\s+[^.;:]{0,80}?"
                         r"\ben\s+(?:van|voor)\s+(?:de|het|deze)\b")


# the first sum of a range, and what says a range is coming (`tussen de € 40 en € 55 miljoen`, `van € 9 tot € 12 mln.`)
_RANGE_ON = re.compile(r"\s*(en|tot|à|a|-|–|—)\s*(?:€\s*|EUR\s+)?\d")
_RANGE_BEFORE = re.compile(r"\btussen\s+(?:de\s+)?$")


# the total of the parts it goes on to count (`De totale kosten van de Nederlandse bijdrage aan MINUSMA in 2019 worden
# geraamd op € 46,3 miljoen, waarvan circa € 14,2 miljoen betrekking heeft op de terugverplaatsing`): no one unit's
TOTAL_OF_PARTS = re.compile(r"\b[Tt]otale\s+(?:kosten|uitgaven)\b[^.;]*?,\s+waarvan\b")


# the costs all contributors share (`De gemeenschappelijke kosten van de operatie worden … geraamd op € 8,3 miljoen`)
_COMMON_COSTS = re.compile(r"\b[Gg]emeenschappelijke\s+(?:kosten|uitgaven)\b")
# a sum that is a difference, not a cost: `bijna 4 miljoen euro meer dan in de artikel 100-brief geraamd`, `een
# overschrijding van € 2 miljoen`
_DIFFERENCE_AFTER = re.compile(r"\s*(?:euro\s+)?(?:meer|minder|hoger|lager)\s+dan\b")
_DIFFERENCE_BEFORE = re.compile(r"\b(?:stijging|daling|toename|afname|verhoging|verlaging|overschrijding"
                                r"|onderschrijding|meevaller|tegenvaller|verschil)\s+(?:van\s+|met\s+)?(?:bijna\s+|circa\s+|ruim\s+"
                                r"|ongeveer\s+)?$")


def read_cost(text: str, hits: int | None = None, cost_word: bool = True) -> float | None:
    """Costs in euro a clause states (`De kosten worden geraamd op 1.25 miljoen euro`, `€345.000`); without
    `cost_word`, any sum in euro (in a letter's section on costs: `Voor EUTM-S gaat het om EUR 1.150.000`)."""
    if hits is None:
        hits = lexicon.of(text)
    if cost_word and not lexicon.search(_COST_WORD, text, hits):
        return None
    if (" en van " in text or " en voor " in text) and JOINT_COSTS.search(text):
        return None
    if "emeenschappelijke" in text and _COMMON_COSTS.search(text):
        return None     # (`De gemeenschappelijke kosten van de operatie … € 8,3 miljoen`: all contributors' share)
    m = lexicon.search(_MONEY, text, hits)
    if not m:
        return None
    num, scale = (m.group("n1"), m.group("s1")) if m.group("n1") else (m.group("n2"), m.group("s2"))
    on = _RANGE_ON.match(text, m.end())
    if (on and (on.group(1) != "en" or not scale)) or _RANGE_BEFORE.search(text, max(0, m.start() - 30), m.start()):
        return None     # (a range is no one cost: `tussen de € 40 en € 55 miljoen`, `€ 9 à 12 miljoen`; two sums
        #                  each with its scale are two: `€ 1,4 miljoen en € 0,6 miljoen`)
    if _DIFFERENCE_AFTER.match(text, m.end()) or _DIFFERENCE_BEFORE.search(text, max(0, m.start() - 40), m.start()):
        return None     # (`Dat is bijna 4 miljoen euro meer dan in de artikel 100-brief geraamd`: a difference)
    try:
        value = parse_number(num, scaled=bool(scale))
    except ValueError:
        return None
    if scale:
        value *= SCALES.get(scale.lower(), SCALES.get(scale.lower().rstrip("."), 1.0))
    return round(value, 2)          # (`4,1 mln.` is 4100000, not 4.1 × 10⁶ in binary: 4099999.9999999995)


def read_funding(text: str, hits: int | None = None) -> str | None:
    """Where the money comes from: "BIV", "artikel 1", or the text after `gefinancierd uit`."""
    if hits is None:
        hits = lexicon.of(text)
    # (`ten laste van de Defensiebegroting en niet van het BIV`: not the BIV; `…; de overige kosten komen ten laste
    # van het BIV`: the BIV of the others)
    if any(not _NOT_BEFORE.search(text, max(0, m.start() - 30), m.start())
           and not _NOT_BEFORE_NAMED.search(text, max(0, m.start() - 90), m.start())
           and not _OTHERS_BEFORE.search(text, max(0, m.start() - 80), m.start())
           for m in lexicon.finditer(BIV, text, hits)):
        return "BIV"
    # (not a source denied or a country: `… komt niet ten laste van Nederland`)
    m = next((m for m in lexicon.finditer(_FUND_VERB, text, hits)
              if not _NOT_BEFORE.search(text, max(0, m.start() - 30), m.start())
              and not countries.kind_of(m.group("src").strip())), None)
    if m:
        # `ten laste van de Defensiebegroting (artikel 1, Inzet)`: the article in brackets after the source
        if _ART1.search(m.group("src")) or _ART1_AFTER.match(text, m.end("src")):
            return "artikel 1"
        # (`ten laste van de reguliere defensiebegroting`: the budget, not its adjective)
        if _HGIS.search(text, m.start("src")):
            return "HGIS"
        short = _SHORT_AFTER.match(text, m.end("src"))
        if short:       # `ten laste van het budget voor crisisbeheersingsoperaties (BCO)`: the fund by its short name
            return short.group(1)
        src = re.sub(r"^(?:het|de|een)\s+(?:(?:reguliere|gewone|eigen|normale|bestaande|lopende)\s+)?", "",
                     m.group("src").strip())
        return src or None
    if _ART1.search(text) and re.search(r"begroting|budget|gefinancierd|gedekt", text, re.IGNORECASE):
        return "artikel 1"
    return None


def read_unit(text: str, cms: list[countries.CountryMention], base: int, hits: int) -> tuple[str | None, int]:
    """The unit or assets a clause names: `twee MQ-9's` (2), `Nationale Datalink Management Cel (NDMC)` (2),
    `stafofficieren` (1); not trainees (`Oekraïense militairen`)."""
    foreign_adj = [(cm.start - base, cm.end - base) for cm in cms if cm.kind == "adjective" and cm.code != "NL"]
    fallback = None
    # a match spans a number, an adjective and a noun of one or two words that holds the cue
    # (the noun, which the probe looks for, starts in the cue word or the one before it)
    for m in lexicon.finditer_near(UNIT, text, 3, 1, UNIT_PROBE, 1) if hits & lexicon.bit(UNIT) else ():
        if any(m.start() <= a < m.end() for a, _ in foreign_adj):
            continue
        unit = m.group(0)
        if _YEARLIKE.match(unit) and _YEAR_BEFORE.search(text, 0, m.start()):
            unit = unit[4:].lstrip()            # `vanaf 1 januari 2028 stafofficieren`: the year is the date's
        elif _COUNTED.match(unit):
            return unit, 2
        fallback = fallback or unit
    m = lexicon.search(_NAMED_UNIT, text, hits)
    if m and _UNIT_WORD.search(m.group(1)):
        return " ".join(m.group(1).split()), 2
    return fallback, 1 if fallback else 0

