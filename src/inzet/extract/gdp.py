"""Defence spending as a share of GDP (`gdp_shares`): every distinct figure with year and reading.

A percentage is a GDP share when the letter ties it to GDP: `3,5% van het BBP`, `2%-norm`, a
figure in a sentence that names the bbp (`waarvan 3,5% voor …`, `respectievelijk 1,8% en 2,28%
van het bbp`), or a figure that continues such a paragraph (`1,79% exclusief … steun aan
Oekraïne`). Growth rates and shares of other things (`20% stijging`, `met 10%`, `20% van de
defensie-uitgaven`) are not.

Each figure is read for
* year: `in 2035` right after it, else the nearest year before it in the sentence (for a norm
  only a target year such as `uiterlijk in 2035`, not `de uitgaven van 2025`), else for a
  measured figure the year of the previous sentence in the paragraph;
* category: `related` (`gerelateerde`, `bredere` uitgaven), `total` (the 5% norm, `waarvan`),
  else `defence`;
* basis: `national` (Nederlandse berekeningswijze) or `nato` (NAVO-berekeningswijze);
* ukraine: `incl`/`excl` (`inclusief/exclusief (militaire) steun aan Oekraïne`, paired in order
  with `respectievelijk`);
* status: the status word nearest to the figure (`wettelijk` → legal_minimum, `norm`/`afspraak`/
  `naar x%`/`minimaal` → target, `verwachting`/`raming` → estimate, `gerealiseerd` → actual).

A figure repeated with the same year, value and category is one entry; a norm repeated without a
year (`stappen naar de 3,5% BBP`) is the same norm as the one stated with its year and status.

Tables of shares (see `tables`): a caption naming the bbp over a header row of years, rows by year under a caption,
and rows of years under a header row whose column names the bbp (`Jaar\tDefensie-uitgaven in % bbp\t…`).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, replace

from inzet import vocabulary
from inzet.extract import lexicon, tables
from inzet.extract.cues import first_letter_split, letter_first
from inzet.extract.dutch import INCLUSION_MARKS, MONTH_RE, NUMBER_WORDS, form_re
from inzet.extract.money import Unit, Units, text_units, units_with
from inzet.extract.segment import Document
from inzet.model import GdpShare, Span

RULE = "gdp.v1"

WS = r"[ \t\u00a0\u202f\u2009]"
_NUMWORDS = sorted((w for w, v in NUMBER_WORDS.items() if v <= 10), key=len, reverse=True)
# A percentage, `3,5%` or `twee procent`. Shaped for speed as two patterns that each start with a
# character set (a digit; the number words' first letters), the lookbehinds checked after it; the
# matches are those of `(?<![\d.,])(?P<num>\d{1,2}…)…|(?<![\w-])(?P<word>…)…` (the two kinds
# never overlap). The word form needs `procent`: it is searched only where that occurs.
_PCT_NUM = re.compile(
    rf"(?P<num>\d(?<![\d.,]\d)\d?(?:[.,]\d{{1,3}})?)(?![.,]?\d){WS}*(?:%|procent\b|pct\b\.?)")
# the first of two figures that share their unit: `in 2024 en 2025 respectievelijk 2,05 en 2,03 procent`; the
# lower end of a range (`tussen 2,4 en 2,5 procent`, `3,1 à 3,2 procent`, `2,4 tot 2,5%`, `2,4-2,5%`) is a figure too
_PCT_LISTED = re.compile(
    rf"(?P<num>\d(?<![\d.,]\d)\d?(?:[.,]\d{{1,3}})?)(?:{WS}+(?:en|à|a|tot|respectievelijk|resp\.){WS}+|{WS}*[-–]{WS}*)"
    rf"(?=\d\d?(?:[.,]\d{{1,3}})?{WS}*(?:%|procent\b|pct\b))")
_PCT_WORDS = first_letter_split(_NUMWORDS, r"(?<![\w-].)")
_PCT_WORD = re.compile(rf"(?P<word>{_PCT_WORDS}(?:{WS}+(?i:en{WS}+een{WS}+half))?){WS}+procent\b")
_BBP = r"(?:bbp|BBP|Bbp|bruto" + WS + r"+binnenlands" + WS + r"+product|GDP|bnp|BNP)(?![\w])"
# `3,5% van het bbp`, `2% bbp`, and with the spending named between: `5% defensiegerelateerde
# uitgaven van het bbp`, `2% defensie-uitgaven van het bbp`
_BBP_AFTER = re.compile(
    rf"{WS}*(?:(?:[\w-]+{WS}+)?(?:[\w-]*uitgaven|bestedingen){WS}+(?=van{WS}))?"
    rf"(?:van{WS}+(?:het|ons|hun|zijn|haar){WS}+(?:[A-Z]?[a-z]+e{WS}+)?)?{_BBP}")
# `(?<![\w]){_BBP}|\bNAVO-norm|\bNATO-norm|%-norm|Defence\s+Investment\s+Pledge`, first characters
# first (faster, see money.letter_first)
_BBP_ANY = re.compile(letter_first([
    r"\bbbp(?!\w)", r"\bBBP(?!\w)", r"\bBbp(?!\w)", rf"\bbruto{WS}+binnenlands{WS}+product(?!\w)", r"\bGDP(?!\w)",
    r"\bbnp(?!\w)", r"\bBNP(?!\w)", r"\bNAVO-norm", r"\bNATO-norm", "%-norm", r"Defence\s+Investment\s+Pledge"]))
_NORM_AFTER = re.compile(rf"{WS}*-?{WS}*(?:norm|doelstelling|richtlijn|grens|target)", re.I)
# the patterns that end in `$` are searched in a short stretch before a figure; all are shaped
# first character first (see money.letter_first), the same matches as the plain `re.I` forms
_NORM_BEFORE = re.compile(letter_first(["norm", "doelstelling", "richtlijn", "pledge", "target"], True)
                          + r"(?i:\s+van\s+(?:minimaal\s+|ten\s+minste\s+)?$)")
# the level a norm is met with (`met 2,03 procent aan de norm te voldoen`, `met 2,1% van het bbp voldoet Nederland in
# 2024 aan de NAVO-norm`, `met 2,05 procent boven de norm uit te komen`, `met 1,9% de norm net niet halen`): a share,
# not the growth `stijgt met 14%`; the norm beside it is what it is measured against, not its status
_MEETS_NORM_AFTER = re.compile(
    rf"(?:{WS}+van{WS}+het{WS}+(?:bbp|BBP))?(?:{WS}+[\w-]+){{0,8}}?{WS}+(?:(?:aan|boven|onder){WS}+de"
    rf"|de){WS}+(?:[\w-]+{WS}+)?[\w-]*norm\b")
# a percentage that measures something else: growth, change, a share of something other than GDP
_EXCL_AFTER = re.compile(
    rf"{WS}*(?:-?{WS}*punt|procentpunt|stijging|groei|toename|daling|afname|meer\b|minder\b|hoger|lager"
    rf"|extra\b|korting|rente|inflatie|van{WS}+(?:de|alle|deze|die|onze|hun|dat|die){WS}"
    rf"|van{WS}+het{WS}+(?!{_BBP}|[A-Z]?[a-z]+e{WS}+{_BBP})"
    rf"|per{WS}+jaar|van{WS}+[A-Z])",
)
_EXCL_BEFORE = re.compile(
    # (`vergeleken met 1,15 procent in 2014` compares a share; `stijgt met 14%` is growth)
    letter_first([r"\bm(?<!vergeleken\sm)et", "stijging", "groei", "toename", "daling", "afname", "verhoging",
                  "verlaging", "korting", "inflatie", "rente", "tekort", "schuld", r"\bvan\s+de\s+\w+\s+is"], True)
    + r"(?i:\s+(?:van\s+)?(?:de\s+|ruim\s+|bijna\s+|circa\s+|ca\.\s+|zo['’]n\s+)?$)")
_MET_WITH = re.compile(r"\bmet\s+(?:ruim\s+|bijna\s+|circa\s+|ca\.\s+|zo['’]n\s+)?$", re.I)
_EXCL_CLAUSE = re.compile(letter_first(
    ["begrotingstekort", "staatsschuld", "overheidsschuld", r"\btekort\b", r"\bschuld\b", "inflatie", "rente",
     # (`de economie groeit`; not what grows to a level, `groeit dit aandeel naar verwachting tot circa 1,65 procent`)
     r"EMU-\w+", r"\bsaldo\b", r"\bgroeit\b(?!(?:\s+[\w-]+){0,5}?\s+(?:tot|naar)\s+"
     r"(?:circa\s+|ca\.\s+|ongeveer\s+|ruim\s+|bijna\s+|zo['’]n\s+)?(?:\d|$))", r"economische\s+groei", "bbp-groei",
     # (`raamt de groei van de economie in 2027 op 1,3%`)
     r"groei\s+van\s+(?:de\s+|het\s+)?(?:Nederlandse\s+|nationale\s+)?(?:economie|bbp)\b"], True))
# a subordinate clause that gives a reason or a contrast, beside the figure's (`, omdat de economie sneller groeit`)
_SUBCLAUSE = re.compile(r",\s+(?:omdat|doordat|aangezien|want|terwijl|zodat|waardoor|hoewel|ook\s+al)\b|;")
_UKRAINE_SHARE = re.compile(rf"{WS}*(?:aan|voor){WS}+(?:de{WS}+)?(?:militaire{WS}+)?(?:steun|Oekra)")
# the support to Ukraine as what the figure measures, its clause's subject (`De Nederlandse militaire steun bedraagt
# daarmee ongeveer 0,2 procent van het bbp`, `de militaire steun aan Oekraïne komt in 2026 neer op circa 0,3%`, `In 2026
# bedraagt de steun aan Oekraïne 0,25%`, `Daarmee komt onze bijdrage aan Oekraïne uit op 0,2%`): the size of the
# support, no defence spending (not `Inclusief de steun aan Oekraïne komen de defensie-uitgaven uit op 2,2 procent`,
# `De steun aan Oekraïne meegerekend komen de uitgaven uit op 2,08%`, `Deze steun is in de 2,2 procent meegeteld`)
_SUPPORT = (r"(?:(?:de|onze|deze|die|het|haar|zijn)\s+)?(?:(?:Nederlandse|totale|jaarlijkse|militaire|financiële"
            r"|gezamenlijke|bilaterale)\s+){0,3}(?:steun|hulp|ondersteuning|steunpakket(?:ten)?"
            r"|bijdragen?(?=\s+(?:aan|voor)\s+(?:de\s+)?(?:Oekra|Ukrain)))\b"
            r"(?:\s+(?:aan|voor)\s+(?:de\s+)?(?:Oekra\w+|Ukrain\w*))?")
_SUPPORT_VERB = (r"(?:bedraagt|bedroeg|bedragen|bedroegen|beloopt|beliep|belopen|komt|kwam|komen|kwamen|is|was|zijn"
                 r"|waren|ligt|lag|staat|stond|beslaat|besloeg)\b")
_SUPPORT_ADV = (r"(?:\s+(?:daarmee|hiermee|dus|nu|thans|inmiddels|jaarlijks|ook|uit|neer|gelijk|overeen|per\s+jaar"
                r"|naar\s+(?:verwachting|schatting)|in\s+(?:19|20)\d\d))*(?:\s+(?:op|aan|met))?\s+"
                r"(?:(?:circa|ca\.|ongeveer|ruim|bijna|zo['’]n|nagenoeg|rond|omstreeks)\s+)?$")
_SUPPORT_MEASURED = re.compile(
    rf"^\W*{_SUPPORT}(?:(?!meege|meetel|inbegrepen|uitgaven)[^;%]){{0,80}}?\s{_SUPPORT_VERB}{_SUPPORT_ADV}"
    rf"|\b{_SUPPORT_VERB}(?:\s+(?:daarmee|hiermee|dus|nu|thans|jaarlijks|ook))*\s+{_SUPPORT}{_SUPPORT_ADV}", re.I)
_SPENDING_WORDS = re.compile(r"uitgaven|cijfers|besteding|besteed|verwacht|raming|\b(?:ramen|raamt?|raamden?)\b"
                             r"|norm|defensie|percentage"
                             # (the share before, pointed back to: `Dit aandeel groeit in 2024 naar 1,65%`; not `het
                             # aandeel in de EPF`, `ons aandeel daarin`)
                             r"|\b(?:dit|dat|het|ons)\s+aandeel\b(?!\s+(?:in|van|aan|daar\w+|hier\w+)\b)"
                             # `Zonder deze steun gaat het om 1,96% en 2,08%`: the figures of the sentence before
                             r"|(?:gaat|ging) het (?:[\w-]+ ){0,3}?om\b|komt (?:dit|het) (?:neer|uit) op|zijn dat",
                             re.I)
# the level defence spending rises to, without `bbp` (`hun defensie-uitgaven te verhogen naar 3,5% en 1,5% in
# 2035`): a spending word, and the figure after `naar`/`tot`/`op` (`stijgt met 14%` is growth, not a share)
_RESPECTIVELY = re.compile(r"\b(?:respectievelijk\b|resp\.)", re.I)
_SPENDING_LEVEL = re.compile("|".join(w.pattern for w in vocabulary.spending_words("level")), re.I)
_LEVEL_BEFORE = re.compile(r"\b(?:naar|tot|uit\s+op|op\s+respectievelijk|op)\s+(?:de\s+|het\s+)?$")

# `(?<![\w./-])(?:19[5-9]|20\d)\d…`, the first digit first (faster)
_YEAR_RE = re.compile(r"(?:1(?<![\w./-]1)9[5-9]|2(?<![\w./-]2)0\d)\d(?![\w/]|[.,]\d)")
# the word before a year: `uiterlijk in 2035`, `over 2025`, `sinds 2014`
_YEAR_PREP = re.compile(
    r"(?<![\w])(?P<prep>uiterlijk(?:\s+in)?|in(?:\s+het\s+jaar)?|tegen|per|vanaf|voor|vóór|over|van"
    r"|tot(?:\s+en\s+met)?|t/m|richting|eind|begin|ultimo|medio|sinds|na|jaar|by)\s+$",
    re.I,
)
_DATE_BEFORE = re.compile(rf"\d{{1,2}}\s+{MONTH_RE}\s+$", re.I)
_TARGET_PREPS = {"uiterlijk", "uiterlijk in", "in", "in het jaar", "tegen", "per", "vanaf", "voor", "vóór", "tot", "by",
                 "tot en met", "t/m", "richting", "eind", "ultimo"}
_NOT_MEASURE_PREPS = {"sinds", "na", "vanaf"}
_YEAR_AFTER = re.compile(
    # `3,5% van het bbp voor kerndefensie-uitgaven in 2035`: the category phrase between figure and year
    rf"(?:{WS}+(?:voor|aan){WS}+(?:de{WS}+)?[\w-]*(?:uitgaven|defensie|veiligheid)\b)?"
    rf"{WS}*,?{WS}*(?:\(|(?:(?:uiterlijk|al|reeds){WS}+)?(?:in|tegen|per|vanaf|vóór|voor|over|richting)?"
    rf"{WS}*(?:het{WS}+jaar{WS}+)?)(?P<year>(?:19[5-9]|20\d)\d)(?![\w/]|[.,]\d)"
)

# the incl/excl marks (dutch.INCLUSION_MARKS: `inclusief`, `excl.`, `met inbegrip van`)
_MARKS = [form_re(m) for m in INCLUSION_MARKS]
_EXCL_MARKS = tuple(m for m, reads in INCLUSION_MARKS.items() if reads == "excl")
_MARK = rf"(?P<mark>{'|'.join(_MARKS)})"
_MARK_AFTER = re.compile(rf"{WS}*[,(]?{WS}*{_MARK}", re.I)
# a marker further on in the figure's clause: `2,2% bbp uit aan Defensie in 2026 (volgens de
# Nederlandse definitie, inclusief militaire steun aan Oekraïne)`, `…, beide exclusief steun …`
_CLAUSE_STOP = re.compile(r"[;:]|\.\s|\b(?:maar|terwijl|waarvan)\b")
# what may stand between two figures of one list: `3,5% en 1,5%`, `1,9% en 2,1% van het bbp`
# (`… op 1,9% en in 2026 op 2,1% …`: a year of its own may stand between)
# (`2,45% (2027), 2,62% (2028) en 2,80% (2029)`: each figure's year in brackets after it)
# (`2,4% respectievelijk 2,6%`: the figures of two years in one list)
_LIST_JOIN = re.compile(rf"{WS}*(?:\({WS}*(?:19|20)\d\d{WS}*\){WS}*)?(?:,|en|of|tot|à|a|respectievelijk|resp\.)?{WS}*"
                        rf"(?:(?:in|voor|over){WS}+(?:19|20)\d\d{WS}+(?:op{WS}+)?)?$")
_MARK_ANY = re.compile("(?P<mark>" + letter_first([r"\b" + m for m in _MARKS], True) + ")")
_UKRAINE_WORD = re.compile(r"steun|Oekra|Ukrain", re.I)
# support said to be counted in a figure, or not: `met de militaire steun aan Oekraïne meegeteld`, `Met de steun
# meegerekend komen de uitgaven uit op`, `als de steun aan Oekraïne wordt meegeteld`, `de steun niet meegerekend`
_COUNTED_IN = re.compile(r"\b(?:steun|hulp|bijdragen?)\b[^.;:%]{0,60}?\b(?P<neg>niet\s+)?"
                         r"(?:mee(?:ge)?(?:teld|rekend)|mee\s+te\s+(?:tellen|rekenen)|meetellen|meerekenen)\b", re.I)


def _counted(m: re.Match[str]) -> str:
    return "excl" if m.group("neg") else "incl"


# a marker said of every figure of the sentence
_BOTH = re.compile(rf"\b(?:in\s+)?(?:beide|alle)\s+(?:gevallen|cijfers|percentages){WS}*[,:]?{WS}*", re.I)

# (`uitgaven die met defensie en veiligheid samenhangen`)
_RELATED = re.compile(r"gerelateerd\w*|aanverwant\w*|\bbreder\w*|weerbaarheid|\brelated\b|\bsamenhang\w*", re.I)
_TOTAL = re.compile(r"^\W*waarvan\b|\bin\s+totaal\b|\btotale?\b", re.I)
# the subject of the figure's clause, before it and in it: `de gerelateerde uitgaven`, `de totale … uitgaven`
_SUBJECT_REACH = 80
# the figure of two kinds summed (`samen komen de kern- en de gerelateerde uitgaven daarmee naar verwachting op 3,1 à
# 3,2 procent`): the total
_SUMMED = re.compile(r"\b(?:samen|opgeteld|gezamenlijk)\s+(?:komen|komt|zijn|bedragen|bedraagt|gaat|gaan)\b[^.;%]*$"
                     r"|\bkern\w*-?\s+en\s+(?:de\s+)?(?:[\w-]+\s+)?gerelateerde\s+uitgaven\b[^.;%]*$", re.I)
_RANGE_JOIN = re.compile(rf"{WS}*(?:à|a|tot|-|–){WS}*")
_RELATED_SUBJECT = re.compile(r"\b(?:de|deze|die)\s+(?:[\w-]+\s+)?(?:gerelateerde|aanverwante|bredere)\s+"
                              r"(?:[\w-]+\s+)?(?:uitgaven|investeringen)\b[^,;.%]*$", re.I)
# a unit whose subject, at its start, is the related spending (`De defensie- en veiligheidsgerelateerde uitgaven,
# de "security-related spending" uit de Haagse verklaring, ramen wij voor 2026 op 0,7 pct.`)
_RELATED_OPENS = re.compile(r"\W*(?:De|Deze)\s+(?:[\w-]+\s+){0,4}?[\w-]*gerelateerde\s+(?:uitgaven|investeringen)\b")
_TOTAL_SUBJECT = re.compile(r"\b(?:de|deze)\s+totale\s+(?:[\w-]+\s+){0,4}?[\w-]*uitgaven\b[^,;.%]*$", re.I)
# a figure its clause then splits (`5% … in 2035, waarvan 3,5% …`) is the total
_SPLIT_AFTER = re.compile(r"[^.;%]{0,80}?\bwaarvan\b", re.I)

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
      "toezegging", "pledge", r"verplicht\w*",
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
_STATUS_CUES: list[tuple[re.Pattern[str], str]] = [(re.compile("|".join(alts), re.I), status)
                                                    for alts, status in _STATUS_ALTS]
_LOCAL_TARGET_BEFORE = re.compile(
    letter_first([r"\bnaar", r"\btot", "minimaal", r"ten\s+minste", "tenminste", "minstens", "richting"], True)
    + r"(?i:\s+(?:de\s+|het\s+)?$)")
_FROM_ESTIMATE = re.compile(r"\b(?:volgens|naar|op\s+basis\s+van)\s+(?:de\s+|het\s+|een\s+)?(?:[\w-]+-)?"
                            r"(?:raming|ramingen|schatting|schattingen|prognose|prognoses)\b", re.I)
# a comparison with another year (`1,35 procent …, tegen 1,15 procent in 2014`, `tegen drie in 2014`, `vergeleken met
# 1,2 procent in 2017`, `sneller … dan in 2024`; not `tegen 2024`, by then): the words after it up to the year
_VERSUS = re.compile(r"\b(?:(?:tegen(?:over)?|vergeleken\s+met|ten\s+opzichte\s+van|t\.o\.v\.)\s+(?:[^\s;.]+\s+){1,4}?"
                     r"(?:in|over)|(?:tegenover|vergeleken\s+met|ten\s+opzichte\s+van|t\.o\.v\.|dan)(?:\s+in)?)\s+$",
                     re.I)
# (the figures of the years before it that a figure follows on: `in 2016 1,17 procent van het bbp, na 1,16 procent in
# 2015 en 1,15 procent in 2014`)
_VERSUS_FIG = re.compile(r"(?:^|,)\s*(?P<w>tegen(?:over)?|vergeleken\s+met|ten\s+opzichte\s+van|t\.o\.v\.|na"
                         r"|(?:en\s+)?daarvoor|(?:en\s+)?eerder)\s+(?:(?:een|de|het)\s+)?$", re.I)
# the next figure of the list a compared figure opens (`na 1,16 procent in 2015 en 1,15 procent in 2014`)
_COMPARED_LIST = re.compile(r"\s*(?:(?:in|over)\s+(?:19|20)\d\d\s*)?(?:,|en|,\s*en)\s*$")
_HUNDREDTHS = re.compile(r"\d+[.,]\d\d")
_FALLS = re.compile(r"\b(?:daalt|dalen|daalde|daalden|zakt|zakken|zakte|zakten|krimpt|krimpen|kromp|krompen"
                    r"|(?:valt|vallen|viel|vielen|loopt|lopen|liep|liepen)\s+(?:[\w-]+\s+){0,5}?terug"
                    r"|(?:neemt|nemen|nam|namen)\s+(?:[\w-]+\s+){0,5}?af)\b", re.I)
_PRIORITY = {"legal_minimum": 0, "target": 1, "estimate": 2, "actual": 3}
_NORMS = {1.5, 2.0, 3.5, 5.0}


@dataclass(slots=True)
class _Fig:
    """A percentage in a unit, with its evidence interval (figure plus a directly following `van het bbp`)."""

    start: int
    end: int
    value: float
    ev_end: int
    bbp: bool
    norm: bool
    meets: int = 0           # the level a norm is met with (`met 2,03 procent aan de norm te voldoen`): the norm's end


def _value(m: re.Match[str]) -> float | None:
    if m.re is _PCT_NUM or m.re is _PCT_LISTED:
        return float(m.group("num").replace(",", "."))
    words = m.group("word").lower().split()
    v = NUMBER_WORDS.get(words[0])
    if v is None:
        return None
    return v + (0.5 if len(words) > 1 else 0.0)


def _figures(view: str, u: Unit) -> list[_Fig]:
    """Percentages in the unit that are not excluded as growth rates or shares of something else."""
    out = []
    found = list(_PCT_NUM.finditer(view, u.start, u.end))
    if view.find("procent", u.start, u.end) >= 0:
        found += _PCT_WORD.finditer(view, u.start, u.end)
        found.sort(key=lambda m: m.start())
    listed = list(_PCT_LISTED.finditer(view, u.start, u.end))
    if listed:
        found += listed
        found.sort(key=lambda m: m.start())
    for k, m in enumerate(found):
        value = _value(m)
        if value is None or value > 100:
            continue
        if m.re is _PCT_LISTED:
            # its partner's `van het bbp` is its own too; its evidence is the figure alone
            nxt = found[k + 1] if k + 1 < len(found) else None
            shared = nxt is not None and _BBP_AFTER.match(view, nxt.end(), u.end) is not None
            bbp, ev_end = None, m.end("num")
        else:
            bbp = _BBP_AFTER.match(view, m.end(), u.end)
            shared = False
            ev_end = bbp.end() if bbp else m.end()
        if value >= 10 and not bbp and not shared:
            continue      # `waarvan ten minste 20 procent voor materieel`: no share of the bbp reaches ten
        if bbp and _UKRAINE_SHARE.match(view, ev_end, u.end):
            continue      # `0,25% van het bbp aan steun voor Oekraïne`: not defence spending
        if _support_measured(view, u, m.start()):
            continue      # `De Nederlandse militaire steun bedraagt ongeveer 0,2 procent van het bbp`: nor this
        norm = bool(_NORM_AFTER.match(view, m.end(), u.end)
                    or _NORM_BEFORE.search(view, max(u.start, m.start() - 40), m.start()))
        if not bbp and not shared and not norm and _EXCL_AFTER.match(view, m.end(), u.end):
            continue
        met = _MEETS_NORM_AFTER.match(view, m.end(), u.end) \
            if _MET_WITH.search(view, max(u.start, m.start() - 12), m.start()) else None
        meets = met.end() if met else 0
        if not bbp and not shared and not meets \
                and _EXCL_BEFORE.search(view, max(u.start, m.start() - 40), m.start()):
            continue
        out.append(_Fig(m.start(), ev_end if m.re is _PCT_LISTED else m.end(), value, ev_end, bool(bbp) or shared,
                        norm, meets))
    return out


def _support_measured(view: str, u: Unit, pos: int) -> bool:
    """Is the figure at `pos` the size of the support to Ukraine, the support its clause's subject?"""
    clause = max(u.start, view.rfind(";", u.start, pos) + 1, view.rfind(":", u.start, pos) + 1)
    return _SUPPORT_MEASURED.search(view[clause:pos]) is not None


# a year named relative to the letter's: `dit jaar`, `vorig jaar`, `het lopende jaar`, `volgend jaar`
_RELATIVE_YEAR = re.compile(r"\b(?P<rel>dit(?:\s+kalender)?|(?:het\s+)?(?:lopende|huidige)|vorig|volgend"
                            r"|komend)\s*jaar\b", re.I)
_RELATIVE_STEP = {"vorig": -1, "volgend": 1, "komend": 1}


def _years(view: str, u: Unit, this_year: int | None = None) -> list[tuple[int, int, str]]:
    """(position, year, preposition) of the years in a unit, dates (`12 februari 2026`) left out; with the
    letter's year, `dit jaar` (`vorig jaar`, `volgend jaar`) too (a norm's year only after a preposition: not
    `de vorig jaar gemaakte afspraak`)."""
    out = []
    if this_year is not None and view.find("jaar", u.start, u.end) >= 0:
        for m in _RELATIVE_YEAR.finditer(view, u.start, u.end):
            p = _YEAR_PREP.search(view, max(u.start, m.start() - 20), m.start())
            prep = " ".join(p.group("prep").lower().split()) if p else ""
            step = _RELATIVE_STEP.get(m.group("rel").lower(), 0)
            out.append((m.start(), this_year + step, prep))
    for m in _YEAR_RE.finditer(view, u.start, u.end):
        lo = max(u.start, m.start() - 20)
        if _DATE_BEFORE.search(view, lo, m.start()):
            continue
        p = _YEAR_PREP.search(view, lo, m.start())
        prep = " ".join(p.group("prep").lower().split()) if p else ""
        out.append((m.start(), int(m.group()), prep))
    return sorted(out)


def _cues(view: str, u: Unit, memo: dict[int, list[tuple[int, int, str]]] | None = None) \
        -> list[tuple[int, int, str]]:
    """(start, end, status) of the status words in a unit (read once per unit with a `memo`)."""
    if memo is not None and u.start in memo:
        return memo[u.start]
    chunk = view[u.start : u.end]
    found = [(u.start + m.start(), u.start + m.end(), status) for rx, status in _STATUS_CUES
             for m in lexicon.finditer(rx, chunk, u.hits)]
    if memo is not None:
        memo[u.start] = found
    return found


def _status(view: str, u: Unit, f: _Fig, cues: list[tuple[int, int, str]], prev: Unit | None,
            lo: int, hi: int, memo: dict[int, list[tuple[int, int, str]]] | None = None) -> str:
    """`wettelijk` in the figure's clause makes a legal minimum; a norm/`naar x%` next to it is a
    target; otherwise the status whose cue is nearest to the figure (then the previous sentence's
    last cue, then: a norm value is a target, anything else actual)."""
    if any(st == "legal_minimum" and lo <= a and b <= hi for a, b, st in cues):
        return "legal_minimum"
    # a figure taken from an estimate is one, whatever verb reports it (`Nederland kwam in 2015 volgens de NAVO-raming
    # uit op 1,17 procent bbp`, `volgens de raming stijgt dat tot 1,2 procent`); a norm it names stays a target
    src = None if f.norm else _FROM_ESTIMATE.search(view, max(lo, f.start - 100), min(hi, f.ev_end + 40))
    if src and ";" not in (view[src.end():f.start] if src.end() <= f.start else view[f.ev_end:src.start()]):
        return "estimate"
    # (`stijgen de uitgaven in 2027 naar 2,41%`: a figure in hundredths is a measure or a projection, `1,30 procent`
    # too; the letters state a target in whole numbers or tenths, `naar 2,5%`, `tot 3,5%`; and spending that falls,
    # `daalt het percentage … tot 1,3 procent`, falls to no target)
    falls = bool(_FALLS.search(view, max(lo, f.start - 80), f.start))
    if (_LOCAL_TARGET_BEFORE.search(view, max(u.start, f.start - 30), f.start) and not _HUNDREDTHS.match(view, f.start)
            and not falls) or f.norm:
        return "target"
    if f.meets:
        # (`verwacht het kabinet met 2,03 procent aan de norm te voldoen`: the norm's words are not the figure's status)
        cues = [c for c in cues if c[2] not in ("target", "legal_minimum")]
    # a cue in the figure's own clause first (`Nederland besteedde in 2012 … 1,27 procent …; voor 2013 verwacht ik …`)
    own = [c for c in cues if ";" not in (view[c[1]:f.start] if c[1] <= f.start else view[f.ev_end:c[0]])]
    best = _nearest(own or cues, f.start, f.ev_end)
    if best is None and _spends(view, f, lo, hi):
        best = "actual"       # (`Nederland geeft dit jaar circa 1,5 procent van het bbp aan defensie uit`: a level)
    if best is None and prev is not None:
        best = _nearest(_cues(view, prev, memo), prev.end, prev.end)
    if best is None:
        # (a norm's value said roughly is spending, not the norm: `dit jaar circa 1,5 procent van het bbp uitgeeft`)
        rough = _ROUGHLY_BEFORE.search(view, max(lo, f.start - 16), f.start)
        best = "target" if f.value in _NORMS and not falls and not f.meets and not rough else "actual"
    return best


_ROUGHLY_BEFORE = re.compile(r"\b(?:circa|ca\.|ongeveer|ruim|bijna|zo'n|nagenoeg)\s+$")
# the spending stated as what it is, a finite verb (`Nederland geeft dit jaar 1,5 procent van het bbp aan defensie uit`,
# `dat Nederland … circa 1,5 procent … uitgeeft`, `besteedt Nederland 1,4 procent`, `De bondgenoten besteden gemiddeld
# 1,6 procent`): a level measured or expected, not a norm; not what one wants, must or will spend (`wil dat Nederland 2%
# uitgeeft`, `moet 2% besteden`, `om 2% te besteden`), nor the spending of a condition (`als Nederland 2% uitgeeft`)
# (read only when the figure's clause has no status word of its own)
_SPENDS_BEFORE = re.compile(r"\b(?P<verb>geeft|geven|besteedt|besteden|spendeert|spenderen)\b(?:\s+[\w,-]+){0,10}?\s+$",
                            re.I)
_SPENDS_AFTER = re.compile(r"(?:\s+[\w-]+){0,6}?\s+(?P<verb>uit|uitgeeft|uitgeven|besteedt|besteden|spendeert"
                           r"|spenderen)\b", re.I)
# (nor what was agreed or promised, `spraken de bondgenoten af dat zij uiterlijk in 2024 twee procent … besteden`)
_INTENT = re.compile(r"\b(?:wil|wilt|willen|zal|zullen|moet|moeten|dient|dienen|streeft|streven|beoogt|beogen|kan"
                     r"|kunnen|gaat|gaan|om|te|als|indien|wanneer|zodra|mits|tenzij|af\s+dat|afgesproken"
                     r"|overeengekomen|committeren|committeerden|beloven|beloofd|beloofden|toegezegd|uiterlijk"
                     r"|minimaal|ten\s+minste|tenminste|minstens)\b", re.I)


def _spends(view: str, f: _Fig, lo: int, hi: int) -> bool:
    """Does a finite spending verb state the figure as the level spent (`geeft … uit` around it, `besteedt` before it,
    `uitgeeft` after it), nothing of intent or condition in its clause?"""
    a = max(lo, f.start - 90, view.rfind(";", lo, f.start) + 1)
    stop = view.find(";", f.ev_end, hi)
    b = min(hi, f.ev_end + 60, stop if stop >= 0 else hi)
    before = _SPENDS_BEFORE.search(view, a, f.start)
    after = _SPENDS_AFTER.match(view, f.ev_end, b)
    particle = after is not None and after.group("verb").lower() == "uit"
    if before and before.group("verb").lower().startswith("ge"):
        ok = particle                      # `geeft … uit`: the particle after the figure
    else:
        ok = before is not None or (after is not None and not particle)
    return ok and not _INTENT.search(view, a, after.end() if after else f.ev_end)


def _nearest(cues: list[tuple[int, int, str]], a: int, b: int) -> str | None:
    """The status of the cue nearest to view interval [a, b) (ties: the stronger status)."""
    best: tuple[int, int, str] | None = None
    for cs, ce, status in cues:
        if a <= cs < b:
            continue
        key = (max(0, cs - b, a - ce), _PRIORITY[status], status)
        if best is None or key < best:
            best = key
    return best[2] if best else None


# a norm met in a year gone by (`voldeden in 2015 vijf bondgenoten aan de norm van 2 procent`): that year is not the
# norm's own
_MET_IN_PAST = re.compile(r"\b(?:voldeden|voldeed|haalden|haalde|bereikten|bereikte)\b", re.I)
# the year a number of allies meet it in (`voldoen in 2019 zeven bondgenoten aan de norm van 2 procent`, `In 2024 halen
# 23 lidstaten de norm`): the year of a count, not the norm's (not `Het kabinet wil in 2024 aan de norm voldoen`)
_MET_BY_MANY = re.compile(r"\b(?:voldoen|voldoet|halen|haalt|bereiken|bereikt)\b", re.I)
_COUNT_OF_ALLIES = re.compile(
    rf"\b(?:\d+|{'|'.join(w for w, v in NUMBER_WORDS.items() if 2 <= v <= 99)}|alle|enkele|veel|meer|de\s+meeste)"
    r"\s+(?:van\s+de\s+\d+\s+)?(?:andere\s+)?(?:bondgenoten|lidstaten|NAVO-landen|landen)\b", re.I)
# the year it was agreed in (`waarin de bondgenoten in 2014 afspraken binnen tien jaar naar 2 procent … toe te groeien`,
# `In 2014 spraken de bondgenoten af`, `in 2023 hebben de bondgenoten besloten dat`), or a year the norm counts from
# (`binnen tien jaar`): not the norm's own
_AGREED_THEN = re.compile(r"\S+\s+(?:(?:is|werd|hebben|heeft|zijn|werden|hadden|had)\s+(?:[\w-]+\s+){0,3}?)?"
                          r"(?:afspraken|spraken|afgesproken|overeengekomen|kwamen|besloten|besloot|aangenomen"
                          r"|committeerden|beloofden|verplichtten)\b", re.I)
_WITHIN_YEARS = re.compile(r"\bbinnen\s+(?:de\s+)?(?:[\w-]+\s+)?(?:jaar|jaren|decennium)\b", re.I)


def _not_the_norms_year(view: str, u: Unit, pos: int, f: _Fig) -> bool:
    """Is the year at `pos` before a norm the year it was met or agreed in, or one it counts from?"""
    lo = max(u.start, pos - 30)
    return bool(_MET_IN_PAST.search(view, lo, f.start)
                or (_MET_BY_MANY.search(view, lo, f.start) and _COUNT_OF_ALLIES.search(view, lo, f.start))
                or _AGREED_THEN.match(view, pos, f.start) or _WITHIN_YEARS.search(view, pos, f.start))


def _year(view: str, u: Unit, f: _Fig, figs: list[_Fig], years: list[tuple[int, int, str]], target: bool,
          prev_year: int | None) -> int | None:
    nxt = next((g.start for g in figs if g.start > f.start), u.end)
    m = _YEAR_AFTER.match(view, f.ev_end, nxt)
    if m:
        return int(m.group("year"))
    # else the nearest year before the figure; a norm takes only a target year (`uiterlijk in 2035`)
    for pos, year, prep in reversed(years):
        if pos >= f.start or _compared(view, u, pos):
            continue          # (`sneller te halen dan in 2024`, `tegen drie in 2014`: another year's, compared)
        if target:
            if prep in _TARGET_PREPS:
                # (`voldeden in 2015 vijf bondgenoten aan de norm van 2 procent`: the year it was met, not its own)
                return None if _not_the_norms_year(view, u, pos, f) else year
        elif prep not in _NOT_MEASURE_PREPS:
            return year
    if not target:
        return prev_year
    # a norm listed before its one year (`3,5% … en 1,5% … in 2035`, `…, samen 5% in 2035`): the first target
    # year after it in the unit; not a year that stands before a later figure, that figure's own (`dit jaar circa 1,5
    # procent … uitgeeft en vanaf 2024 aan de 2 procent voldoet`)
    return next((year for pos, year, prep in years if pos > f.ev_end and prep in _TARGET_PREPS
                 and not _compared(view, u, pos) and not any(g.start > pos for g in figs)), None)


# the years listed before the year of a norm (`in 2024 en 2025 aan de NAVO-norm van 2 procent te voldoen`, `in 2024,
# 2025 en 2026`, `zowel in 2024 als in 2025`): the norm holds for each (not a range, `tussen 2024 en 2030`, nor a pair
# the figures after `respectievelijk` take in turn)
_YEAR_LIST_BEFORE = re.compile(
    r"(?P<list>(?:(?:19|20)\d\d\s*,\s*(?:in\s+)?)*(?:19|20)\d\d)\s*(?:,\s*)?(?:en|als)\s+(?:ook\s+)?(?:in\s+)?$")
_NOT_A_LIST = re.compile(r"\b(?:tussen|van|vanaf|sinds)\s+$", re.I)


def _listed_years(view: str, u: Unit, f: _Fig, year: int, years: list[tuple[int, int, str]]) -> list[int]:
    """The other years of a list that holds the norm's year (`in 2024 en 2025 … 2 procent`): only the list that ends
    with the last year before the figure, no other figure between, in a unit without `respectievelijk`."""
    pos, last = next(((p, y) for p, y, _ in reversed(years) if p < f.start), (None, None))
    if pos is None or _RESPECTIVELY.search(view, u.start, u.end) or _PCT_NUM.search(view, pos, f.start):
        return []
    m = _YEAR_LIST_BEFORE.search(view, max(u.start, pos - 40), pos)
    if not m or _NOT_A_LIST.search(view, max(u.start, m.start() - 12), m.start()):
        return []
    listed = [int(y) for y in re.findall(r"(?:19|20)\d\d", m.group("list"))] + [last]
    return [y for y in listed if y != year] if year in listed else []


def _compared(view: str, u: Unit, pos: int) -> bool:
    """Is the year at `pos` one the figures are compared with (`tegen drie in 2014`, `eerder dan in 2024`)?"""
    return bool(_VERSUS.search(view, max(u.start, pos - 40), pos))


def _mark_of(m: re.Match[str]) -> str:
    return "excl" if m.group("mark").lower().startswith(_EXCL_MARKS) else "incl"


def _ukraine(view: str, u: Unit, f: _Fig, lo: int, hi: int) -> str | None:
    """`incl`/`excl` from a marker right after the figure, further on in its clause (before the
    next figure), or before it in its own clause."""
    m = _MARK_AFTER.match(view, f.ev_end, u.end)
    if m and _UKRAINE_WORD.search(view, m.end(), u.end):
        return _mark_of(m)
    stop = _CLAUSE_STOP.search(view, f.ev_end, hi)
    for m in _MARK_ANY.finditer(view, f.ev_end, min(stop.start() if stop else hi, f.ev_end + 120)):
        if _UKRAINE_WORD.search(view, m.end(), min(m.end() + 45, u.end)):
            return _mark_of(m)
    found = None
    for m in _MARK_ANY.finditer(view, lo, f.start):
        if _UKRAINE_WORD.search(view, m.end(), min(m.end() + 45, f.start)):
            found = _mark_of(m)
    if found is None and (m := _last(_COUNTED_IN.finditer(view, lo, f.start))):
        found = _counted(m)        # `Met de steun meegerekend komen de defensie-uitgaven … uit op 2,08%`
    if found is None and (m := _COUNTED_IN.search(view, f.ev_end, stop.start() if stop else hi)):
        found = _counted(m)        # `2,08% van het bbp, met de steun aan Oekraïne meegeteld`
    if found is None:
        # `2,27% volgens de NAVO-methodiek en 2,12% volgens de nationale, in beide gevallen inclusief de steun`
        both = _BOTH.search(view, f.ev_end, u.end)
        if both:
            m = _MARK_ANY.match(view, both.end())
            if m and _UKRAINE_WORD.search(view, m.end(), min(m.end() + 45, u.end)):
                found = _mark_of(m)
    return found


def _last(ms: Iterator[re.Match[str]]) -> re.Match[str] | None:
    """The last of the matches, or None."""
    return next(reversed(list(ms)), None)


def _marks(view: str, u: Unit) -> list[str]:
    """The incl/excl markers of a unit in order (for `respectievelijk`)."""
    out = []
    for m in _MARK_ANY.finditer(view, u.start, u.end):
        if _UKRAINE_WORD.search(view, m.end(), min(m.end() + 45, u.end)):
            out.append(_mark_of(m))
    return out


_BASIS = re.compile(f"(?P<national>{_NATIONAL.pattern})|(?P<nato>{_NATO.pattern})", re.I)
lexicon.register(_BASIS, *(rx for rx, _ in _STATUS_CUES))


def _bases(view: str, u: Unit) -> list[tuple[int, int, str]]:
    """(start, end, basis) of the calculation methods a unit names."""
    chunk = view[u.start : u.end]
    return [(u.start + m.start(), u.start + m.end(), m.lastgroup or "")
            for m in lexicon.finditer(_BASIS, chunk, u.hits)]


def _basis(bases: list[tuple[int, int, str]], f: _Fig) -> str | None:
    """The method named nearest to the figure."""
    best: tuple[int, str] | None = None
    for a, b, basis in bases:
        d = max(0, a - f.ev_end, f.start - b)
        if best is None or d < best[0]:
            best = (d, basis)
    return best[1] if best else None


def _unit_basis(view: str, u: Unit) -> str | None:
    """The last calculation method a unit names (`De NAVO rekent deze cijfers zelf om`)."""
    bases = _bases(view, u)
    return bases[-1][2] if bases else None


_TRIGGER = (lexicon.PERCENT,)      # every form `_PCT_NUM` / `_PCT_WORD` reads


@dataclass(slots=True)
class _Prev:
    """What the previous sentence of the paragraph lends to the next: its unit, whether it held GDP
    figures or named the bbp, the year it stated or its figures had, the method it named."""

    unit: Unit | None = None
    had: bool = False
    year: int | None = None
    basis: str | None = None


# a sentence that comments on the figures before it (`Dat is voor het eerst sinds 2008 boven de norm.`)
_POINTS_BACK = re.compile(r"\W*(?:Dat|Dit|Daarmee|Hiermee|Daarbij|Hierbij|Daardoor|Hierdoor)\b")


def _prev_of(view: str, units: list[Unit], i: int, done: dict[int, list[GdpShare]], this_year: int | None) -> _Prev:
    """The context the unit before `units[i]` gives, when both stand in the same paragraph (`this_year`: the
    letter's)."""
    if i == 0:
        return _Prev()
    u, p = units[i], units[i - 1]
    if p.line != u.line or p.heading or u.heading:
        return _Prev()
    shares = done.get(i - 1, [])
    # (a sentence without figures or years between that comments on them, `… 2,05 procent van het bbp … . Dat is voor
    # het eerst sinds 2008 boven de norm. … zonder die steun komt Nederland uit op 1,72 procent`: the figures before it
    # still lend their context, their status words too; the comment's `norm` is none of the figure's)
    src = p
    if not shares and i >= 2 and done.get(i - 2) and units[i - 2].line == u.line and _figureless(view, p) \
            and _POINTS_BACK.match(view, p.start, p.end) \
            and not any(prep not in _NOT_MEASURE_PREPS for _, _, prep in _years(view, p, this_year)):
        src, shares = units[i - 2], done[i - 2]
    # (not the year of a comparison: `voldoen dit jaar acht bondgenoten aan de norm, tegen drie in 2014`)
    stated = [y for pos, y, prep in _years(view, src, this_year) if prep not in _NOT_MEASURE_PREPS
              and not _VERSUS.search(view, max(src.start, pos - 40), pos)]
    year = shares[-1].year if shares and shares[-1].year else (stated[-1] if stated else None)
    basis = next((s.basis for s in reversed(shares) if s.basis), None) or _unit_basis(view, p) \
        or _unit_basis(view, src)
    had = bool(shares) or bool(_BBP_ANY.search(view, p.start, p.end)) or _paragraph_had(view, units, i - 2, done)
    return _Prev(src, had, year, basis)


def _paragraph_had(view: str, units: list[Unit], k: int, done: dict[int, list[GdpShare]]) -> bool:
    """Did a unit of the paragraph at or before `units[k]` hold GDP shares or name the bbp (a paragraph about shares
    goes on about them after a sentence without: `… 2% van het bbp te halen. Om het Europese gemiddelde van 1,46% te
    bereiken is … nodig. Zonder extra middelen daalt het percentage naar verwachting tot 1,10% in 2020.`)?"""
    line = units[k + 1].line
    while k >= 0 and units[k].line == line and not units[k].heading:
        if done.get(k) or _BBP_ANY.search(view, units[k].start, units[k].end):
            return True
        k -= 1
    return False


def extract(doc: Document, letter_date: str | None = None) -> list[GdpShare]:
    """Every distinct defence-spending GDP share in the letter (`letter_date`, ISO, tells an estimate for a
    year not yet over from an actual)."""
    view = doc.view
    units = text_units(doc)
    this_year = int(letter_date[:4]) if letter_date and letter_date[:4].isdigit() else None
    found: list[GdpShare] = []
    done: dict[int, list[GdpShare]] = {}
    cue_memo: dict[int, list[tuple[int, int, str]]] = {}
    heading_bbp: dict[int, bool] = {}
    columns, table_ends = _column_shares(doc) if tables.YEARS_HEADER.search(view) else ([], [])
    for ui in units_with(units, lexicon.bits(*_TRIGGER)):
        u = units[ui]
        figs = _figures(view, u)
        if not figs:
            continue
        prev = _prev_of(view, units, ui, done, this_year)
        if not _BBP_ANY.search(view, u.start, u.end):
            # (under a heading that names the bbp, `2. Defensie-uitgaven als aandeel van het bbp`, every paragraph is
            # about shares; so is the paragraph right after a table of shares, `Het percentage voor 2018 valt lager
            # uit dan de raming van 1,35 procent`)
            figs = _levels_or_continued(view, u, figs, prev.had or _heading_names_bbp(doc, u, heading_bbp)
                                        or _right_after(doc, table_ends, u))
        years = _years(view, u, this_year)
        cues = _cues(view, u, cue_memo)
        bases = _bases(view, u)
        placed: list[tuple[int, GdpShare]] = []      # (view start, share)
        also: list[GdpShare] = []                    # the same norm for the other years of a list
        compared = -2                                # the last figure read as one compared with (`tegen`, `na`)
        for i, f in enumerate(figs):
            lo = figs[i - 1].ev_end if i else u.start
            hi = figs[i + 1].start if i + 1 < len(figs) else u.end
            # (the figure's clause only: `tot 1,79 procent in 2027, omdat de economie sneller groeit` is a share)
            after = _SUBCLAUSE.search(view, f.ev_end, min(hi, f.ev_end + 60))
            before = _last(_SUBCLAUSE.finditer(view, max(lo, f.start - 60), f.start))
            if _EXCL_CLAUSE.search(view, f.ev_end, after.start() if after else min(hi, f.ev_end + 60)) \
                    or _EXCL_CLAUSE.search(view, before.end() if before else max(lo, f.start - 60), f.start):
                continue
            status = _status(view, u, f, cues, prev.unit, lo, hi, cue_memo)
            target = status in ("target", "legal_minimum")
            year = _year(view, u, f, figs, years, target, prev.year)
            if f.meets and (y := _YEAR_RE.search(view, f.ev_end, f.meets)):
                year = int(y.group())         # `Met 2,1 procent voldoet Nederland in 2024 aan de norm`
            if i and status == "estimate" and year is not None and this_year is not None and year < this_year \
                    and (_VERSUS_FIG.search(view, lo, f.start)
                         or (compared == i - 1 and _COMPARED_LIST.match(view, lo, f.start))):
                # the figure a projection is compared with, of a year gone by (`… volgens de NAVO-raming 1,35 procent
                # bbp aan defensie besteedt, tegen 1,15 procent in 2014`): measured, unless called an estimate itself
                # (and so the figures listed with it: `na 1,16 procent in 2015 en 1,15 procent in 2014`)
                status = "actual"
                compared = i
            category = "defence"
            # the clause's subject before the figure names it too (`ramen wij deze gerelateerde uitgaven op
            # 0,9%`, `komen de totale defensie- en veiligheidsuitgaven in 2026 uit op 3,14%`)
            before = max(lo, f.start - _SUBJECT_REACH)
            split = _SPLIT_AFTER.match(view, f.end, hi)
            of_spending = False  # `…, waarvan 3,5% …` splits a total; `waarvan ten minste 20 procent voor
            if split:            # materieel` is a share of the spending, not of the bbp
                part = _PCT_NUM.search(view, split.end(), u.end)
                of_spending = part is not None and float(part.group("num").replace(",", ".")) >= 10
            if (split and not of_spending) or (f.value == 5.0 and target) \
                    or _SUMMED.search(view, max(u.start, f.start - 120), f.start):
                category = "total"
            elif i and placed and placed[-1][0] == figs[i - 1].start \
                    and _RANGE_JOIN.fullmatch(view, figs[i - 1].ev_end, f.start):
                category = placed[-1][1].category      # `3,1 à 3,2 procent`: the range's ends are of one kind
            elif _RELATED.search(view, f.end, hi) or _RELATED_SUBJECT.search(view, before, f.start) \
                    or (i == 0 and _RELATED_OPENS.match(view, u.start, f.start)):
                category = "related"
            elif (_TOTAL.match(view[f.ev_end : hi]) and not of_spending) \
                    or _TOTAL.search(view, max(lo, f.start - 25), f.start) \
                    or _TOTAL_SUBJECT.search(view, before, f.start):
                category = "total"
            basis = _basis(bases, f) or _noted_basis(doc, f, hi) or (prev.basis if not target else None)
            text, span = doc.evidence(f.start, f.ev_end)
            share = GdpShare(value=f.value, text=text, span=span, year=year, category=category, basis=basis,
                             ukraine=_ukraine(view, u, f, lo, hi) or _noted_ukraine(doc, f, hi), status=status,
                             rule=RULE)
            placed.append((f.start, share))
            if target and year is not None:
                also += [replace(share, year=y) for y in _listed_years(view, u, f, year, years)]
        _share_in_lists(view, figs, [sh for _, sh in placed] if len(placed) == len(figs) else [])
        _split_of_the_norm([sh for _, sh in placed])
        _pair_respectively(view, u, prev.unit, placed)
        if prev.unit is not None and _RESPECTIVELY.search(view, prev.unit.start, prev.unit.end):
            _pair_with_previous(done.get(ui - 1, []), [sh for _, sh in placed], bool(years))
        done[ui] = [sh for _, sh in placed] + also
        _year_of_the_whole(view, units, ui, done)
        _year_of_the_norm_before(view, units, ui, done)
        found.extend(done[ui])
    _said_of_the_figures_before(view, units, done)
    _the_other_side_of_a_contrast(view, units, done)
    _said_of_the_years(view, units, done)
    _basis_declared_for_a_scope(view, units, done)
    if "Tabel" in view or "TABEL" in view:
        found.extend(_table_shares(doc))
        found.extend(_year_row_shares(doc, units, done, this_year))
    found.extend(columns)
    found.extend(_rows_after_a_colon(doc, units, done, this_year, cue_memo))
    _not_yet_actual(found, letter_date)
    return _dedupe(found)


# a row of a list a sentence about GDP shares opens with its colon (`Volgens de ramingen voldeden in 2015 vijf
# bondgenoten aan de norm van 2 procent:` over `Verenigde Staten\t3,62 procent`, `Polen: 2,00%`, `• Estland 2,04%`)
_LIST_ROW = re.compile(r"[ \t•*-]*(?P<label>[^\d\t:;.,]{2,60}?)(?:[ \t]*\t[ \t]*|:[ \t]*|[ \t]+)"
                       r"(?P<fig>(?P<num>\d(?:[.,]\d{1,2})?)[ \t\u00a0]*(?:%|procent\b))[ \t]*$")


def _rows_after_a_colon(doc: Document, units: Units, done: dict[int, list[GdpShare]], this_year: int | None,
                        memo: dict[int, list[tuple[int, int, str]]]) -> list[GdpShare]:
    """The shares of the rows of a list (each `label  x procent` on a line of its own) that a sentence naming GDP
    shares or the norm opens with a colon: the year the opening states, the status of its words other than the
    norm's (the figures are measured against it: `Volgens de ramingen voldeden …` is an estimate), its basis."""
    view, out = doc.view, []
    for ui in units_with(units, lexicon.bits(*_TRIGGER)):
        u = units[ui]
        if u.heading or not view[u.start : u.end].rstrip().endswith(":") \
                or not (done.get(ui) or _BBP_ANY.search(view, u.start, u.end)):
            continue
        stated = [y for _, y, prep in _years(view, u, this_year) if prep not in _NOT_MEASURE_PREPS]
        cues = [c for c in _cues(view, u, memo) if c[2] in ("estimate", "actual")]
        status = cues[-1][2] if cues else "actual"
        basis = _unit_basis(view, u)
        k = ui + 1
        while k < len(units) and not units[k].heading and units[k].line == units[k - 1].line + 1:
            r = units[k]
            m = _LIST_ROW.fullmatch(view, r.start, r.end)
            if not m:
                break
            value = float(m.group("num").replace(",", "."))
            if value < 10 and not done.get(k):
                text, span = doc.evidence(m.start("fig"), m.end("fig"))
                out.append(GdpShare(value=value, text=text, span=span, year=stated[-1] if stated else None,
                                    basis=basis, status=status, rule=RULE))
            k += 1
    return out


# a unit that opens by pointing back to the figure before as the whole it splits (`Daarvan gaat ten minste 3,5% van het
# bbp naar kerndefensie-uitgaven`, `Hiervan …`, `Van deze norm …`)
_SPLITS_THE_WHOLE = re.compile(r"\W*(?:Daarvan|Hiervan|Waarvan|Van\s+(?:die|deze|dat|dit)\s+(?:[\w-]+\s+)?"
                               r"(?:norm|afspraak|doel\w*|percentage|uitgaven|totaal))\b", re.I)


def _year_of_the_whole(view: str, units: Units, ui: int, done: dict[int, list[GdpShare]]) -> None:
    """The parts of a norm stated in the unit after it (`• De bondgenoten committeren zich eraan uiterlijk in 2035 5%
    van het bbp te besteden …` / `• Daarvan gaat ten minste 3,5% … en tot 1,5% …`) are norms of the whole's year
    when they state none of their own."""
    u = units[ui]
    yearless = [sh for sh in done[ui] if sh.year is None and sh.status in ("target", "legal_minimum")]
    if not yearless or ui == 0 or not _SPLITS_THE_WHOLE.match(view, u.start, u.end):
        return
    p = units[ui - 1]
    if p.heading or u.heading or p.section != u.section:
        return
    whole = [sh for sh in done.get(ui - 1, []) if sh.year is not None and sh.status in ("target", "legal_minimum")]
    if whole:
        for sh in yearless:
            sh.year = whole[-1].year


# a unit that goes on from the norm before it (`… uiterlijk in 2035 ten minste 3,5 procent … . Daarnaast besteden
# bondgenoten tot 1,5 procent …`, `Samen komt de norm daarmee op vijf procent van het bbp.`)
# (not `Bovendien moet 3,5% … naar kerndefensie`: no norm beside the one before, nor their sum)
_GOES_ON = re.compile(r"\W*(?:Daarnaast|Samen|Daarmee|Hiermee|Opgeteld)\b")


def _year_of_the_norm_before(view: str, units: Units, ui: int, done: dict[int, list[GdpShare]]) -> None:
    """The norms without a year of a unit that goes on from a dated norm in the unit before it (same paragraph) take
    that norm's year."""
    yearless = [sh for sh in done[ui] if sh.year is None and sh.status == "target"]
    if not yearless or ui == 0:
        return
    u, p = units[ui], units[ui - 1]
    if p.heading or u.heading or p.line != u.line or not _GOES_ON.match(view, u.start, u.end):
        return
    dated = [sh for sh in done.get(ui - 1, []) if sh.year is not None and sh.status == "target"]
    if dated:
        for sh in yearless:
            sh.year = dated[-1].year


# a unit that opens with the other side of the figures before it (`Voor 2028 raamt het kabinet … op 2,7% bbp. Zonder
# de steun aan Oekraïne, waarvoor …, komt het percentage uit op 2,3% bbp.`): those are the other side
_OTHER_SIDE = re.compile(r"\W*(?P<mark>Zonder|Exclusief|Excl\.|Inclusief|Incl\.|Met\s+inbegrip\s+van)\s+"
                         r"(?:de\s+|deze\s+|die\s+)?(?:militaire\s+)?(?:steun|bijdragen|hulp)\b", re.I)


# how far back the figures a contrast answers may stand (units, in its section): the sentence before, or one or two
# sentences further when those hold no shares (`Voor 2024 verwacht het kabinet … 2,05 procent van het bbp … . ¶ Wij
# merken daarbij op dat het aandeel in 2024 voor een belangrijk deel wordt bepaald door de militaire steun aan
# Oekraïne … . Zonder die steun ligt het aandeel in 2024 naar verwachting rond 1,8 procent.`)
_CONTRAST_REACH = 4


def _the_other_side_of_a_contrast(view: str, units: Units, done: dict[int, list[GdpShare]]) -> None:
    """Measured figures without incl/excl, followed by a unit that opens with the other side (`Zonder de steun …`)
    for the same year, are the figures with (or without) the support: the nearest unit before it with shares, in the
    same section with no heading between, the units between holding none (another paragraph too: the contrast
    then names the year again)."""
    for ni, nxt in list(done.items()):
        n = units[ni]
        m = _OTHER_SIDE.match(view, n.start, n.end) if nxt and not n.heading else None
        if not m:
            continue
        side = "excl" if m.group("mark").lower().startswith(("zonder", "excl")) else "incl"
        marked = [sh for sh in nxt if sh.ukraine == side]
        for ui in range(ni - 1, max(-1, ni - 1 - _CONTRAST_REACH), -1):
            u = units[ui]
            if u.heading or u.section != n.section:
                break
            shares = done.get(ui)
            if not shares:
                continue
            # (in the paragraph before, the contrast states its year itself: `Zonder die steun ligt het aandeel in
            # 2024`)
            years = {sh.year for sh in marked if u.line == n.line or _YEAR_RE.search(view, n.start, n.end)}
            bases = {sh.basis for sh in marked}
            for sh in shares:
                if sh.ukraine is None and sh.year in years and sh.status in ("actual", "estimate") \
                        and (sh.basis is None or None in bases or sh.basis in bases):
                    sh.ukraine = "incl" if side == "excl" else "excl"
            break


# a sentence right after figures that says how they were counted (`Beide cijfers zijn realisatiecijfers, berekend
# volgens de NAVO-systematiek en met de militaire steun aan Oekraïne meegeteld`)
# (`Dit is de realisatie volgens de nationale berekeningswijze, inclusief de militaire steun aan Oekraïne`, `Dit is
# berekend volgens de NAVO-definitie`: `Dit is` with a word of how a figure was made, not `Dit is een grote stap`)
_THOSE_FIGURES = re.compile(
    r"\W*(?:(?:Beide|Deze|Die|Alle|Bovenstaande)\s+(?:[\w-]+\s+)?(?:cijfers|percentages|ramingen)\b"
    r"|(?:Dit|Dat)\s+(?:is|was|betreft|zijn|waren)\s+(?:(?:de|het|een)\s+)?(?:[\w-]+\s+)?"
    r"(?:realisatie\w*|raming\w*|cijfer\w*|percentage|uitkomst|berekend|gebaseerd|gemeten|inclusief|exclusief"
    r"|zonder)\b)", re.I)
# (`Voor deze categorie bestaat nog geen NAVO-definitie; dit cijfer berust daarom op de nationale afbakening`)
# (`Dit cijfer is inclusief de militaire steun aan Oekraïne`)
_THAT_FIGURE = re.compile(r"\b(?:dit|dat|het)\s+(?:cijfer|percentage)\s+(?:berust|is\s+gebaseerd|steunt"
                          r"|(?:is|was)\s+(?:inclusief|exclusief|incl\.|excl\.|zonder|berekend|gemeten|met\s+inbegrip))\b",
                          re.I)
_NEGATED = re.compile(r"\b(?:geen|niet)\b[^.;,]{0,40}$", re.I)
# `De percentages in deze paragraaf zijn berekend volgens de NAVO-definitie, tenzij anders vermeld`: the basis of
# every figure after it in its section (or, `in deze brief`, in the letter) that names none itself
_SCOPE_BASIS = re.compile(r"\b(?:[Dd]e|[Aa]lle)\s+(?:percentages|cijfers|bedragen|ramingen|aandelen)\s+in\s+"
                          r"(?:deze|dit)\s+(?P<scope>paragraaf|brief|hoofdstuk|sectie|onderdeel|tabel|bijlage)\b[^.;]{0,60}?"
                          r"\b(?:berekend|bepaald|gebaseerd|opgesteld|uitgedrukt)\b")


def _said_of_the_figures_before(view: str, units: Units, done: dict[int, list[GdpShare]]) -> None:
    """The basis and incl/excl a following sentence states of the figures before it, for the measured ones
    (actuals, estimates) that state none themselves: the next sentence, or the one after a sentence of the paragraph
    without figures (`… 2,05 procent van het bbp … . Dat is voor het eerst sinds 2008 boven de norm. Het cijfer is
    inclusief de militaire steun aan Oekraïne; zonder die steun …`); a sentence with a figure of its own only in its
    clauses before that figure's (up to the semicolon)."""
    for ui, shares in done.items():
        if not shares or ui + 1 >= len(units):
            continue
        nxt = units[ui + 1]
        if ui + 2 < len(units) and _figureless(view, nxt) and not _THOSE_FIGURES.match(view, nxt.start, nxt.end) \
                and not _THAT_FIGURE.search(view, nxt.start, nxt.end) \
                and units[ui + 2].line == nxt.line == units[ui].line and not units[ui + 2].heading:
            nxt = units[ui + 2]
        said = nxt
        if fig := _PCT_NUM.search(view, nxt.start, nxt.end):
            semi = view.rfind(";", nxt.start, fig.start())
            if semi < 0:
                continue               # a figure of its own in the clause: what it says is of that figure
            said = nxt._replace(end=semi)
        if not (_THOSE_FIGURES.match(view, said.start, said.end) or _THAT_FIGURE.search(view, said.start, said.end)):
            continue
        named = {b for a, _, b in _bases(view, said) if not _NEGATED.search(view, said.start, a)}
        basis = named.pop() if len(named) == 1 else None
        mark = _ukraine_mark(view, said.start, said.end)
        for sh in shares:
            if sh.status in ("actual", "estimate"):
                sh.basis = sh.basis or basis
                sh.ukraine = sh.ukraine or mark


# a sentence without figures that says how the figures of named years were counted (`In de ramingen voor 2023 en 2024
# hierboven is die steun meegeteld`, `De cijfers over 2022 zijn exclusief de militaire steun aan Oekraïne`, `In de
# realisatie voor 2023 is de steun niet meegerekend`): every measured figure of those years in the letter
_OF_THE_YEARS = re.compile(
    r"\b(?:de|deze|die|alle|bovenstaande|genoemde|voornoemde)\s+(?:[\w-]+\s+)?(?P<kind>raming(?:en)?|cijfers?"
    r"|percentages?|realisatie(?:s|cijfers)?|uitgaven)\s+(?:voor|over|van)\s+(?:de\s+jaren\s+)?(?P<years>(?:19|20)\d\d"
    r"(?:\s*(?:,|en|tot\s+en\s+met|t/m|[-–])\s*(?:19|20)\d\d)*)", re.I)


def _caption_says(caption: str) -> tuple[str | None, str | None]:
    """The basis (when it names one) and the incl/excl of support to Ukraine a table's caption states of its rows."""
    bases = {m.lastgroup for m in _BASIS.finditer(caption)}
    mark = _MARK_ANY.search(caption)
    return (bases.pop() if len(bases) == 1 else None,
            _mark_of(mark) if mark and _UKRAINE_WORD.search(caption, mark.end()) else None)


def _ukraine_mark(view: str, start: int, end: int) -> str | None:
    """Incl/excl of the support to Ukraine a stretch says of figures elsewhere: a mark word before a Ukraine word
    (`inclusief de militaire steun aan Oekraïne`), else a verb of counting (`is die steun meegeteld`)."""
    m = _MARK_ANY.search(view, start, end)
    if m and _UKRAINE_WORD.search(view, m.end(), min(m.end() + 45, end)):
        return _mark_of(m)
    c = _COUNTED_IN.search(view, start, end)
    return _counted(c) if c else None


def _said_of_the_years(view: str, units: Units, done: dict[int, list[GdpShare]]) -> None:
    """Incl/excl support to Ukraine that a sentence without figures states of the figures of named years
    (`_OF_THE_YEARS`), given to the measured figures of those years that state none (estimates only when it speaks
    of `ramingen`, actuals only when of `realisatie`)."""
    for di in units_with(units, lexicon.bits(lexicon.YEAR)) if done else ():
        d = units[di]
        if di in done or not _figureless(view, d):
            continue
        m = _OF_THE_YEARS.search(view, d.start, d.end)
        if not m:
            continue
        mark = _ukraine_mark(view, d.start, d.end)
        if mark is None:
            continue
        ys = [int(y) for y in re.findall(r"(?:19|20)\d\d", m.group("years"))]
        if re.search(r"tot\s+en\s+met|t/m|[-–]", m.group("years")) and len(ys) == 2:
            ys = list(range(ys[0], ys[1] + 1))
        kind = m.group("kind").lower()
        statuses = {"estimate"} if kind.startswith("raming") else {"actual"} if kind.startswith("realisatie") \
            else {"actual", "estimate"}
        for shares in done.values():
            for sh in shares:
                if sh.ukraine is None and sh.year in ys and sh.status in statuses:
                    sh.ukraine = mark


def _figureless(view: str, u: Unit) -> bool:
    """Does the unit hold no percentage?"""
    return not _PCT_NUM.search(view, u.start, u.end) and view.find("procent", u.start, u.end) < 0


def _basis_declared_for_a_scope(view: str, units: Units, done: dict[int, list[GdpShare]]) -> None:
    """A sentence that sets the basis of the figures of its section or letter (`_SCOPE_BASIS`) gives it to the
    measured figures after it there that name none."""
    for di in units_with(units, lexicon.bit(_BASIS)) if done else ():
        d = units[di]
        m = _SCOPE_BASIS.search(view, d.start, d.end)
        if not m:
            continue
        named = {b for a, _, b in _bases(view, d) if not _NEGATED.search(view, d.start, a)}
        if len(named) != 1:
            continue
        basis, letter_wide = named.pop(), m.group("scope") == "brief"
        for ui, shares in done.items():
            if ui >= di and (letter_wide or units[ui].section == d.section):
                for sh in shares:
                    if sh.basis is None and sh.status in ("actual", "estimate"):
                        sh.basis = basis


# a table of shares: its caption says they are of the bbp (`Tabel 1. Nederlandse uitgaven in procenten van het bbp
# (NAVO-definitie, inclusief militaire steun aan Oekraïne)`), a header row gives the years (`2026 (realisatie)
# 2027 (raming)`), each row a category and one figure a year
_TABLE_CAPTION = re.compile(r"^[ \t]*(?:Tabel|TABEL)\b[^\n]*?(?:procent|%)[^\n]*?"
                            r"(?:bbp|BBP|bruto\s+binnenlands\s+product)[^\n]*$", re.MULTILINE)
_HEADER_YEAR = re.compile(r"(?P<y>(?:19|20)\d\d)(?!\d)(?:[ \t]*\((?P<w>[^)\n]{1,24})\))?")
_CELL = re.compile(r"(?<![\w,.])(?P<num>\d{1,2}(?:,\d{1,3})?)(?![\w,.])")


def _table_shares(doc: Document) -> list[GdpShare]:
    """The shares of the tables whose caption names the bbp: one a cell, its year from the header row above it
    (its status from the word in brackets there), its category from the row's label, basis and incl/excl from
    the caption."""
    view, out = doc.view, []
    for cap in _TABLE_CAPTION.finditer(view):
        caption = cap.group(0)
        basis, mark = _caption_says(caption)
        years: list[tuple[int, int, str]] = []
        for pos, line in doc.stored_lines(cap.end()):      # (the rows as written: the view may join them)
            if not line.strip():
                if years:
                    break                      # the blank line after the rows ends the table
                continue
            if not years:
                years = [(m.start(), int(m.group("y")), m.group("w") or "") for m in _HEADER_YEAR.finditer(line)]
                if len(years) < 2:
                    break                      # no header row of years: not a table of this shape
                continue
            cells = list(_CELL.finditer(line))
            label = line[: cells[0].start()].strip() if cells else ""
            if len(cells) != len(years) or not label or any(c.isdigit() for c in label):
                break
            category = "related" if _RELATED.search(label) else "total" if _TOTAL.search(label) else "defence"
            for c, (_, year, word) in zip(cells, years, strict=True):
                # (the header's word in brackets read with the status cues of the prose: `realisatie`, `raming`)
                status = next((st for rx, st in _STATUS_CUES if rx.search(word)), "estimate")
                span = Span(pos + c.start(), pos + c.end())
                out.append(GdpShare(value=float(c.group("num").replace(",", ".")), text=c.group("num"), span=span,
                                    year=year, category=category, basis=basis, ukraine=mark, status=status,
                                    rule=RULE))
    return out


# a table of shares by year (`Tabel 2 Defensie-uitgaven volgens de NAVO-definitie` over rows `2024: 2,00%`): its
# caption names the bbp or defence spending, not a share of that spending (`aandeel investeringen`)
_ROWS_CAPTION = re.compile(r"^[ \t*]*(?:Tabel|TABEL)\b[^\n]*$", re.MULTILINE)
_OF_SPENDING = re.compile(r"\bvan\s+de\s+(?:[\w-]+\s+)?(?:defensie-?)?uitgaven\b|\binvestering|\baandeel\s+(?!bbp)",
                          re.I)


def _year_row_shares(doc: Document, units: Units, done: dict[int, list[GdpShare]],
                     this_year: int | None) -> list[GdpShare]:
    """The shares of the tables of rows by year (`2024: 2,00%`, see `tables.year_rows`) under a caption that names
    the bbp or defence spending: basis, incl/excl and category from the caption, status from the row's word in
    brackets (`2026 (raming)`), else from the text when it states the figure for that year too (`in 2024 te voldoen
    aan de NAVO-norm van 2 procent van het bbp, en ook in 2025 op die hoogte uit te komen`), else a measure."""
    view, out = doc.view, []
    for cap in _ROWS_CAPTION.finditer(view):
        caption = cap.group(0)
        if not (_BBP_ANY.search(caption) or _SPENDING_LEVEL.search(caption)) or _OF_SPENDING.search(caption):
            continue
        rows = tables.year_rows(doc, cap.end())
        if len(rows) < 2 or any(r.value >= 10 for r in rows):
            continue
        basis, mark = _caption_says(caption)
        category = "related" if _RELATED.search(caption) else "total" if _TOTAL.search(caption) else "defence"
        said = next((st for rx, st in _STATUS_CUES if st in ("estimate", "actual") and rx.search(caption)), None)
        for r in rows:
            status = next((st for rx, st in _STATUS_CUES if rx.search(r.word)), None) if r.word else None
            stated = None if status else _stated_for_the_year(view, units, done, r.year, r.value, category, this_year)
            share = GdpShare(value=r.value, text=r.text, span=r.span, year=r.year, category=category, basis=basis,
                             ukraine=mark, status=status or (stated.status if stated else said or "actual"), rule=RULE)
            out.append(share)
    return out


# a column of shares in a table by year (`Jaar\tDefensie-uitgaven in % bbp\tInvesteringen in % defensie-uitgaven`, see
# `tables.year_columns`): its header names the bbp (`% bbp`, `in procenten van het bbp`), not a share of the spending
_PCT_LABEL = re.compile(r"%|procent|percentage|aandeel|\bbbp\b", re.I)


def _one_basis(*texts: str) -> str | None:
    """The calculation method of the first text that names one (None when it names two)."""
    for t in texts:
        bases = {m.lastgroup for m in _BASIS.finditer(t)}
        if bases:
            return bases.pop() if len(bases) == 1 else None
    return None


def _column_shares(doc: Document) -> tuple[list[GdpShare], list[int]]:
    """The shares of the columns of tables by year whose header names the bbp (or, for the one column of figures in
    percent, whose caption, the sentence before the table, does): category, basis and incl/excl from the header,
    else the caption, else (basis) the section heading; status from the row's word or note (`* raming`), else a
    measure; with the stored ends of those tables."""
    view, out, ends = doc.view, [], []
    for t in tables.year_columns(doc):
        k = t.start
        while k > 0 and view[k - 1].isspace():
            k -= 1
        cap_s = doc.sentence_at(k - 1) if k else None
        caption = view[cap_s.start : cap_s.end] if cap_s else ""
        heading = (doc.section_title(cap_s) or "") if cap_s else ""
        named = [i for i, lab in enumerate(t.labels) if _BBP_ANY.search(lab) and not _OF_SPENDING.search(lab)]
        if not named and len(t.labels) == 1 and _PCT_LABEL.search(t.labels[0]) and _BBP_ANY.search(caption) \
                and not _OF_SPENDING.search(t.labels[0]):
            named = [0]
        for i in named:
            cells = t.columns[i]
            if not cells or any(c.value >= 10 for c in cells):
                continue
            label = t.labels[i]
            basis = _one_basis(label, caption, heading)
            mark = next((_mark_of(m) for src in (label, caption) if (m := _MARK_ANY.search(src))
                         and _UKRAINE_WORD.search(src, m.end())), None)
            category = "related" if _RELATED.search(label) else "total" if _TOTAL.search(label) else "defence"
            for c in cells:
                status = next((st for rx, st in _STATUS_CUES if rx.search(c.word)), None) if c.word else None
                out.append(GdpShare(value=c.value, text=c.text, span=c.span, year=c.year, category=category,
                                    basis=basis, ukraine=mark, status=status or "actual", rule=RULE))
            ends.append(t.end)
    return out, ends


def _stated_for_the_year(view: str, units: Units, done: dict[int, list[GdpShare]], year: int, value: float,
                         category: str, this_year: int | None) -> GdpShare | None:
    """The figure of the text with this value and category whose sentence names the year too."""
    for ui, shares in done.items():
        for sh in shares:
            if sh.value == value and sh.category == category \
                    and year in {y for _, y, _ in _years(view, units[ui], this_year)}:
                return sh
    return None


def _right_after(doc: Document, ends: list[int], u: Unit) -> bool:
    """Does the unit follow one of the tables that end at these stored offsets, only blank lines between?"""
    if not ends:
        return False
    a = doc.span(u.start, u.start).start
    return any(e <= a and not doc.text[e:a].strip() for e in ends)


def _heading_names_bbp(doc: Document, u: Unit, memo: dict[int, bool]) -> bool:
    """Does the heading of the unit's section name the bbp?"""
    if u.section < 0 or u.heading:
        return False
    if u.section not in memo:
        h = doc.headings[u.section]
        memo[u.section] = bool(_BBP_ANY.search(doc.view, h.start, h.end))
    return memo[u.section]


def _levels_or_continued(view: str, u: Unit, figs: list[_Fig], prev_had: bool) -> list[_Fig]:
    """The figures of a sentence without `bbp` that are shares: norms, continuations of a paragraph about
    shares, and the level defence spending goes to, with the figures listed after it (`naar 3,5% en 1,5%`)."""
    level = bool(_SPENDING_LEVEL.search(view, u.start, u.end))
    out: list[_Fig] = []
    for i, f in enumerate(figs):
        if (f.norm or f.meets or _continues(view, u, f, prev_had)
                or (level and _LEVEL_BEFORE.search(view, max(u.start, f.start - 25), f.start))
                or (out and out[-1] is figs[i - 1] and _LIST_JOIN.match(view, figs[i - 1].ev_end, f.start))):
            out.append(f)
    return out


# a share in something named (`het Nederlandse aandeel daarin, circa 3,4 procent`, `ons aandeel in het
# gemeenschappelijk gefinancierde budget bedraagt 3,4%`, `de Nederlandse bijdrage daaraan van 3,4 procent`)
_SHARE_IN_OTHER = re.compile(
    r"\b(?:aandeel|bijdrage|deel)\s+(?:daarin|hierin|daaraan|hieraan|daarvan|hiervan|(?:in|aan)\s+(?:het|de|dat|die|deze)"
    r"\s+(?:[\w-]+\s+){0,3}?[\w-]+)\s*,?\s*(?:(?:bedraagt|is|was|van|ligt|komt)\s+(?:[\w-]+\s+){0,3}?(?:(?:uit\s+)?op\s+)?)?"
    r"(?:(?:circa|ca\.|ongeveer|ruim|bijna|zo['’]n|nagenoeg)\s+)?$", re.I)


def _continues(view: str, u: Unit, f: _Fig, prev_had: bool) -> bool:
    """A figure in a sentence that does not name the bbp is a share when it carries an incl/excl
    Ukraine marker (after it, or before it in its clause) or `aan defensie`, or continues a paragraph about GDP
    shares."""
    m = _MARK_AFTER.match(view, f.ev_end, u.end)
    if m and _UKRAINE_WORD.search(view, m.end(), u.end):
        return True
    # (the marker before it in its clause: `…; zonder die steun komt Nederland uit op 1,72 procent`)
    clause = max(u.start, view.rfind(";", u.start, f.start) + 1)
    if any(_UKRAINE_WORD.search(view, m.end(), min(m.end() + 45, f.start))
           for m in _MARK_ANY.finditer(view, clause, f.start)) or _COUNTED_IN.search(view, clause, f.start):
        return True
    if re.match(rf"{WS}*(?:aan|voor){WS}+defensie\b", view[f.ev_end : u.end], re.I):
        return True
    if _SHARE_IN_OTHER.search(view, max(u.start, f.start - 100), f.start):
        return False      # (`het Nederlandse aandeel daarin, circa 3,4 procent`: a share of a budget, not of the bbp)
    # (a calculation method named: `Volgens de NAVO-definitie ging het in 2025 om 2,11 procent`)
    return prev_had and bool(_SPENDING_WORDS.search(view, u.start, u.end) or _BASIS.search(view, u.start, u.end))


def _share_in_lists(view: str, figs: list[_Fig], shares: list[GdpShare]) -> None:
    """Figures of one list (`naar 3,5% en 1,5% in 2035`, `1,9% en 2,1% …, beide exclusief steun
    aan Oekraïne`) share the year and the incl/excl Ukraine marker stated once for the list."""
    for i in range(len(shares) - 1):
        if not _LIST_JOIN.match(view, figs[i].ev_end, figs[i + 1].start):
            continue
        a, b = shares[i], shares[i + 1]
        if a.ukraine is None and b.ukraine is not None:
            a.ukraine = b.ukraine
        elif b.ukraine is None and a.ukraine is not None:
            b.ukraine = a.ukraine
    for i in range(len(shares) - 2, -1, -1):     # a year after the last figure reaches back along the list
        if shares[i].year is None and shares[i + 1].year is not None and shares[i].status == shares[i + 1].status \
                and _LIST_JOIN.match(view, figs[i].ev_end, figs[i + 1].start):
            shares[i].year = shares[i + 1].year


def _split_of_the_norm(shares: list[GdpShare]) -> None:
    """The 5% norm splits into 3,5% defence and 1,5% related spending: a 1,5% target named beside
    a 3,5% target without a category of its own is the related share (`naar 3,5% en 1,5% in 2035`)."""
    if any(s.value == 3.5 and s.status == "target" for s in shares):
        for s in shares:
            if s.value == 1.5 and s.status == "target" and s.category == "defence":
                s.category = "related"


def _notes_of(doc: Document, f: _Fig, hi: int) -> Iterator[Unit]:
    """The footnotes whose markers follow the figure in its clause, as units of the view."""
    for pos, n in doc.markers:
        if f.start < pos <= hi:
            note = next((fn for fn in doc.footnotes if fn.number == n), None)
            if note is not None:
                yield Unit(note.start, note.end, -1, -1, False, lexicon.of(doc.view[note.start:note.end]))
        elif pos > hi:
            break


def _noted_basis(doc: Document, f: _Fig, hi: int) -> str | None:
    """The calculation method a footnote of the figure names (`Berekend volgens de NAVO-berekeningswijze`)."""
    for note in _notes_of(doc, f, hi):
        bases = _bases(doc.view, note)
        if bases:
            return bases[0][2]
    return None


def _noted_ukraine(doc: Document, f: _Fig, hi: int) -> str | None:
    """Incl./excl. support to Ukraine as a footnote of the figure states it (`…, inclusief de militaire steun`)."""
    for note in _notes_of(doc, f, hi):
        marks = _marks(doc.view, note)
        if marks:
            return marks[0]
    return None


def _pair_respectively(view: str, u: Unit, prev: Unit | None, placed: list[tuple[int, GdpShare]]) -> None:
    """`respectievelijk 1,8% en 2,28%` after `€21,4 miljard exclusief … en €27 miljard inclusief …`:
    the figures after `respectievelijk` take the incl/excl markers in order, from their own
    sentence or, when it has none, from the one before."""
    m = _RESPECTIVELY.search(view, u.start, u.end)
    if not m:
        return
    # (the figures of its clause: `In 2014 en 2015 bedroegen de uitgaven 1,15% respectievelijk 1,13% van het bbp; in
    # 2016 kwamen zij uit op 1,16%`: the figure after the semicolon has a year of its own)
    stop = _CLAUSE_STOP.search(view, m.end(), u.end)
    end = stop.start() if stop else u.end
    group = [sh for pos, sh in placed if m.start() <= pos < end]
    first = m.start()
    before = [(pos, sh) for pos, sh in placed if pos < m.start()]
    if len(group) == 1 and before and m.start() - before[-1][0] <= 40 \
            and not _CLAUSE_STOP.search(view, before[-1][0], m.start()):
        # `2,4% respectievelijk 2,6%`: the word between the figures, the one before it the first of the pair
        first, sh = before[-1]
        group.insert(0, sh)
    if len(group) < 2:
        return
    marks = _marks(view, u) or (_marks(view, prev) if prev is not None else [])
    if len(marks) == len(group):
        for s, mark in zip(group, marks, strict=True):
            s.ukraine = mark
    # `in 2026 en 2027 uit op respectievelijk 2,31% en 2,42%`: the years before it, in order
    years = [y for pos, y, _ in _years(view, Unit(u.start, first, u.line, -1))]
    if len(years) == len(group):
        for s, y in zip(group, years, strict=True):
            s.year = y


def _pair_with_previous(prev: list[GdpShare], shares: list[GdpShare], stated_years: bool) -> None:
    """`Zonder deze steun gaat het om 1,96% en 2,08%` after `respectievelijk 2,31% en 2,42%` for two years:
    the same years, in order, when the sentence states none of its own."""
    if stated_years or len(shares) < 2 or len(prev) != len(shares):
        return
    if len({p.year for p in prev}) == len(prev):
        for s, p in zip(shares, prev, strict=True):
            s.year = p.year


def _not_yet_actual(shares: list[GdpShare], letter_date: str | None) -> None:
    """A year not yet over when the letter was written has no actual spending: its figure is an estimate."""
    if not letter_date:
        return
    year = int(letter_date[:4])
    for s in shares:
        if s.status == "actual" and s.year is not None and s.year >= year:
            s.status = "estimate"


def _dedupe(shares: list[GdpShare]) -> list[GdpShare]:
    """One entry per (year, value, category), with the basis and incl/excl a repeat states when the first does not; a
    yearless norm that is also stated with a year and the same status goes."""
    seen: dict[tuple[int | None, float, str], GdpShare] = {}
    out: list[GdpShare] = []
    for s in shares:
        key = (s.year, round(s.value, 2), s.category)
        first = seen.get(key)
        if first is None:
            seen[key] = s
            out.append(s)
        else:
            # a repeat may say what the first left open (`Tabel 2 … volgens de NAVO-definitie`: its rows' basis)
            first.basis = first.basis or s.basis
            first.ukraine = first.ukraine or s.ukraine
    # (of the same status: the floor `2 procent van het bbp voortaan een minimum` is not the law that makes it one from
    # 2025, `moet de norm van twee procent vanaf 2025 wettelijk verankeren`)
    dated = {(round(s.value, 2), s.category, s.status) for s in out if s.year is not None}
    return [s for s in out if s.year is not None or (round(s.value, 2), s.category, s.status) not in dated]
