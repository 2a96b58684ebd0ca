"""The words and patterns the GDP-share readers share: the percentage, the bbp, years, the incl/excl marks of
support to Ukraine, categories, calculation methods and status words (the package registers the last two with the
lexicon)."""

from __future__ import annotations

import re

from inzet import vocabulary
from inzet.extract import lexicon
from inzet.extract.cues import Scanner, letter_first
from inzet.extract.dutch import INCLUSION_MARKS, form_re

RULE = "gdp.v1"

WS = r"[ \t\u00a0\u202f\u2009]"
# A percentage, `3,5%` or `twee procent`. Shaped for speed as two patterns that each start with a
# character set (a digit; the number words' first letters), the lookbehinds checked after it; the
# matches are those of `(?<![\d.,])(?P<num>\d{1,2}…)…|(?<![\w-])(?P<word>…)…` (the two kinds
# never overlap). The word form needs `procent`: it is searched only where that occurs.
PCT_NUM = re.compile(
    rf"(?P<num>\d(?<![\d.,]\d)\d?(?:[.,]\d{{1,3}})?)(?![.,]?\d){WS}*(?:%|procent\b|pct\b\.?)")
# `(?<![\w]){_BBP}|\bNAVO-norm|\bNATO-norm|%-norm|Defence\s+Investment\s+Pledge`, first characters
# first (faster, see money.letter_first)
BBP_ANY = re.compile(letter_first([
    r"\bbbp(?!\w)", r"\bBBP(?!\w)", r"\bBbp(?!\w)", rf"\bbruto{WS}+binnenlands{WS}+product(?!\w)", r"\bGDP(?!\w)",
    r"\bbnp(?!\w)", r"\bBNP(?!\w)", r"\bNAVO-norm", r"\bNATO-norm", "%-norm", r"Defence\s+Investment\s+Pledge"]))
RESPECTIVELY = re.compile(r"\b(?:respectievelijk\b|resp\.)", re.I)
# the level defence spending rises to, without `bbp` (`hun defensie-uitgaven te verhogen naar 3,5% en 1,5% in
# 2035`): a spending word, and the figure after `naar`/`tot`/`op` (`stijgt met 14%` is growth, not a share)
SPENDING_LEVEL = re.compile("|".join(w.pattern for w in vocabulary.spending_words("level")), re.I)

# `(?<![\w./-])(?:19[5-9]|20\d)\d…`, the first digit first (faster)
YEAR_RE = re.compile(r"(?:1(?<![\w./-]1)9[5-9]|2(?<![\w./-]2)0\d)\d(?![\w/]|[.,]\d)")
# the words before a year that is not a measured figure's (`sinds 2014`)
NOT_MEASURE_PREPS = {"sinds", "na", "vanaf"}

# the incl/excl marks (dutch.INCLUSION_MARKS: `inclusief`, `excl.`, `met inbegrip van`)
_MARKS = [form_re(m) for m in INCLUSION_MARKS]
_EXCL_MARKS = tuple(m for m, reads in INCLUSION_MARKS.items() if reads == "excl")
_MARK = rf"(?P<mark>{'|'.join(_MARKS)})"
MARK_AFTER = re.compile(rf"{WS}*[,(]?{WS}*{_MARK}", re.I)
# a marker further on in the figure's clause: `2,2% bbp uit aan Defensie in 2026 (volgens de
# Nederlandse definitie, inclusief militaire steun aan Oekraïne)`, `…, beide exclusief steun …`
CLAUSE_STOP = re.compile(r"[;:]|\.\s|\b(?:maar|terwijl|waarvan)\b")
# what may stand between two figures of one list: `3,5% en 1,5%`, `1,9% en 2,1% van het bbp`
# (`… op 1,9% en in 2026 op 2,1% …`: a year of its own may stand between)
# (`2,45% (2027), 2,62% (2028) en 2,80% (2029)`: each figure's year in brackets after it)
# (`2,4% respectievelijk 2,6%`: the figures of two years in one list)
LIST_JOIN = re.compile(rf"{WS}*(?:\({WS}*(?:19|20)\d\d{WS}*\){WS}*)?(?:,|en|of|tot|à|a|respectievelijk|resp\.)?{WS}*"
                        rf"(?:(?:in|voor|over){WS}+(?:19|20)\d\d{WS}+(?:op{WS}+)?)?$")
MARK_ANY = re.compile("(?P<mark>" + letter_first([r"\b" + m for m in _MARKS], True) + ")")
UKRAINE_WORD = re.compile(r"steun|Oekra|Ukrain", re.I)
# support said to be counted in a figure, or not: `met de militaire steun aan Oekraïne meegeteld`, `Met de steun
# meegerekend komen de uitgaven uit op`, `als de steun aan Oekraïne wordt meegeteld`, `de steun niet meegerekend`
COUNTED_IN = re.compile(r"\b(?:steun|hulp|bijdragen?)\b[^.;:%]{0,60}?\b(?P<neg>niet\s+)?"
                         r"(?:mee(?:ge)?(?:teld|rekend)|mee\s+te\s+(?:tellen|rekenen)|meetellen|meerekenen)\b", re.I)


def counted(m: re.Match[str]) -> str:
    """Incl/excl as a `COUNTED_IN` match says it."""
    return "excl" if m.group("neg") else "incl"


# (`uitgaven die met defensie en veiligheid samenhangen`)
RELATED = re.compile(r"gerelateerd\w*|aanverwant\w*|\bbreder\w*|weerbaarheid|\brelated\b|\bsamenhang\w*", re.I)
TOTAL = re.compile(r"^\W*waarvan\b|\bin\s+totaal\b|\btotale?\b", re.I)

_NATIONAL = re.compile(
    r"(?:Nederlandse|nationale)\s+(?:berekenings\w*|method\w*|definitie|berekening|systematiek|grondslag|rekenwijze"
    r"|afbakening)"
    r"|volgens\s+(?:de\s+)?(?:Nederlandse|nationale)|nationaal\s+berekend|in\s+nationale\s+termen|op\s+nationale\s+basis"
    # the Dutch method divides by the Centraal Planbureau's bbp (NATO by its own): `berekend met de bbp-raming van het
    # Centraal Planbureau`, `op basis van de CPB-raming van het bbp`
    r"|(?:bbp-?|BBP-?)(?:raming|ramingen|cijfers?|reeks)\s+van\s+het\s+(?:Centraal\s+Planbureau|CPB)\b"
    r"|(?:raming|ramingen)\s+van\s+het\s+bbp\s+(?:van|door)\s+het\s+(?:Centraal\s+Planbureau|CPB)\b"
    r"|CPB-?(?:raming|ramingen)\s+(?:van|voor)\s+het\s+bbp\b",
    re.I,
)
_NATO = re.compile(
    r"NAVO-?(?:berekenings\w*|method\w*|definities?|systematiek|grondslag|rekenwijze|afbakening|ramingen|raming"
    # (`op basis van NAVO-cijfers`, `volgens de NAVO-criteria`, `naar NAVO-maatstaven`, `in NAVO-termen`)
    r"|cijfers|criteria|maatsta(?:f|ven)|rekenregels|termen)"
    # `Volgens de ramingen die de NAVO in juni publiceerde`: NATO's own figures
    r"|(?:ramingen|raming|cijfers|schattingen|opgave)\s+(?:die|van)\s+(?:de\s+)?NAVO\b"
    # the figures a country reports to NATO, by its definition (`Volgens de raming die Nederland in juni aan de NAVO
    # heeft gemeld`, `volgens de aan de NAVO gerapporteerde cijfers`; not `De aan de NAVO gerapporteerde cijfers zijn
    # gebaseerd op de begroting`, a remark on the sums, nor `de raming die aan de NAVO-norm voldoet`)
    r"|(?:ramingen|raming|cijfers|gegevens|schattingen|opgave)\s+die\s+(?:[\w-]+\s+){0,4}?aan\s+(?:de\s+)?NAVO\s+"
    r"(?:(?:heeft|hebben|is|zijn|werd|werden)\s+)?(?:gemeld|gerapporteerd|opgegeven|doorgegeven|ingediend"
    r"|gestuurd|meldt|meldde|meldden|rapporteert|rapporteerde|rapporteerden)\b"
    r"|volgens\s+de\s+aan\s+de\s+NAVO\s+(?:gemelde|gerapporteerde|opgegeven|doorgegeven)\b"
    # (`volgens de berekening van de NAVO`, `naar de maatstaven van de NAVO`; not `de berekening van de NAVO-norm`)
    r"|(?:berekeningswijze|berekening(?:en)?|methode|methodiek|definities?|criteria|maatsta(?:f|ven)|rekenregels)"
    r"\s+van\s+(?:de\s+)?NAVO(?![\w-])|volgens\s+(?:de\s+)?NAVO|NAVO(?:['’]s)?\s+(?:berekening\w*|definitie|methode)"
    r"|NATO(?:['’]s)?\s+(?:definition|method\w*)|de\s+NAVO\s+rekent"
    # the figure NATO publishes (`NAVO heeft in haar jaarlijkse overzicht van juni jl. voor 2026 een realisatie
    # gepubliceerd van 2,31%`, `het jaaroverzicht van de NAVO`): by its own method
    r"|NAVO\s+(?:heeft|had|publiceert|publiceerde|rapporteert|rapporteerde)\s+(?:(?:[^.;\n]|\.(?=\s+[a-z\d])){0,80}?\s)?"
    r"(?:gepubliceerd|gerapporteerd|publiceert|publiceerde|rapporteert|rapporteerde)?(?=\s+(?:van|een|op|voor)\b)"
    r"|(?:jaar)?(?:overzicht|rapport|publicatie|jaarverslag)\s+van\s+de\s+NAVO\b",
    re.I,
)

# (alternatives, status); each pattern is its alternatives joined by `|`, read case-insensitively
_STATUS_ALTS: list[tuple[list[str], str]] = [
    ([r"wettelijk\w*", r"\bwet\b", r"Wet\s+financiering", r"bij\s+wet", "wetsvoorstel"], "legal_minimum"),
    ([r"\bnorm\w*", "-norm", "afspraak", "afspraken", "afgesproken", r"\bdoel\w*", "streven", "ambitie", r"commit\w*",
      # (a table's status column: `streefwaarde`, `streefcijfer`)
      r"\bstreef\w*", "toezegging", "pledge", r"verplicht\w*",
      r"afspre\w*", r"richtlijn\w*", r"verhog\w*", "groeipad", r"groeien\s+naar", "bereiken", r"\bhalen\b",
      "voldoen", "richting", r"\btarget\w*", "moeten", "minimaal", r"ten\s+minste"], "target"),
    # (not `de bbp-raming van het CPB`: an estimate of the bbp, not of the spending)
    ([r"verwacht\w*", r"(?<!bbp-)(?<!bbp)raming\w*", "geraamd", r"\b(?:ramen|raamt?|raamden?)\b", r"prognose\w*",
      r"voorlopig\w*",
      r"schatting\w*", "geschat",
      # `komen de Nederlandse defensie-uitgaven in 2026 uit op`: words may carry hyphens
      # (`komen de Nederlandse defensie-uitgaven in 2025 volgens de NAVO-definitie uit op`: up to nine words between)
      r"uitkomen\s+op", r"komt\s+(?:[\w-]+\s+){0,9}uit\s+op", r"komen\s+(?:[\w-]+\s+){0,9}uit\s+op"], "estimate"),
    (["gerealiseerd", r"realisatie\w*", r"bedroeg\w*", r"besteedde\w*", "uitgegeven",
      r"kwam(?:en)?\s+(?:[\w-]+\s+){0,9}uit\s+op", "uitgekomen", r"heeft\s+(?:[\w-]+\s+){0,6}besteed",
      r"\bging\s+het\s+(?:[\w-]+\s+){0,6}?om\b",       # `ging het in 2025 om 2,11 procent`
      # `in 2006 was dat 1,6 procent`, `vorig jaar lag het op 1,9%`: the level of a year gone by
      r"\b(?:was|waren|lag|lagen)\s+(?:dat|dit|het|deze|die)\b"], "actual"),
]
STATUS_CUES: list[tuple[re.Pattern[str], str]] = [(re.compile("|".join(alts), re.I), status)
                                                    for alts, status in _STATUS_ALTS]
# a comparison with another year (`1,35 procent …, tegen 1,15 procent in 2014`, `tegen drie in 2014`, `vergeleken met
# 1,2 procent in 2017`, `sneller … dan in 2024`; not `tegen 2024`, by then): the words after it up to the year
VERSUS = re.compile(r"\b(?:(?:tegen(?:over)?|vergeleken\s+met|ten\s+opzichte\s+van|t\.o\.v\.)\s+(?:[^\s;.]+\s+){1,4}?"
                     r"(?:in|over)|(?:tegenover|vergeleken\s+met|ten\s+opzichte\s+van|t\.o\.v\.|dan)(?:\s+in)?)\s+$",
                     re.I)


def mark_of(m: re.Match[str]) -> str:
    """Incl/excl as a mark word (`MARK_ANY`, `MARK_AFTER`) says it."""
    return "excl" if m.group("mark").lower().startswith(_EXCL_MARKS) else "incl"


BASIS = re.compile(f"(?P<national>{_NATIONAL.pattern})|(?P<nato>{_NATO.pattern})", re.I)
# the methods and status words tried only where a match can start (`cues.Scanner`: the same matches; these long
# case-insensitive alternations are slow to try at every position of a sentence)
BASIS_SCAN = Scanner(BASIS)
STATUS_SCANS: list[tuple[Scanner, str]] = [(Scanner(rx), status) for rx, status in STATUS_CUES]

TRIGGER = (lexicon.PERCENT,)      # every form `PCT_NUM` / `figures._PCT_WORD` reads
