"""Which percentages of a sentence are GDP shares: the figures (`3,5%`, `twee procent`, `2,4-2,5%`), what rules
one out (growth, a share of something else, the support to Ukraine measured), and the figures of a sentence
without `bbp` that are shares all the same (norms, levels, a paragraph about shares going on)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from inzet.extract.cues import first_letter_split, letter_first
from inzet.extract.dutch import NUMBER_WORDS
from inzet.extract.gdp.vocab import (
    BASIS_SCAN,
    COUNTED_IN,
    LIST_JOIN,
    MARK_AFTER,
    MARK_ANY,
    PCT_NUM,
    SPENDING_LEVEL,
    UKRAINE_WORD,
    WS,
)
from inzet.extract.money import Unit

# the word form of a percentage (`twee procent`, `drie en een half procent`; see `vocab.PCT_NUM`)
_NUMWORDS = sorted((w for w, v in NUMBER_WORDS.items() if v <= 10), key=len, reverse=True)
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
                             # the pledge the spending is measured against (`voldoet daarmee nog niet aan de afspraak
                             # van Wales om uiterlijk in 2024 richting 2 procent te bewegen`)
                             r"|afspra(?:ak|ken)|afgesproken|\bpledge\b|toezegging"
                             # (the share before, pointed back to: `Dit aandeel groeit in 2024 naar 1,65%`; not `het
                             # aandeel in de EPF`, `ons aandeel daarin`)
                             r"|\b(?:dit|dat|het|ons)\s+aandeel\b(?!\s+(?:in|van|aan|daar\w+|hier\w+)\b)"
                             # `Zonder deze steun gaat het om 1,96% en 2,08%`: the figures of the sentence before
                             r"|(?:gaat|ging) het (?:[\w-]+ ){0,3}?om\b|komt (?:dit|het) (?:neer|uit) op|zijn dat",
                             re.I)
# the word before the level spending rises to (see `vocab.SPENDING_LEVEL`)
_LEVEL_BEFORE = re.compile(r"\b(?:naar|tot|uit\s+op|op\s+respectievelijk|op)\s+(?:de\s+|het\s+)?$")


@dataclass(slots=True)
class Fig:
    """A percentage in a unit, with its evidence interval (figure plus a directly following `van het bbp`)."""

    start: int
    end: int
    value: float
    ev_end: int
    bbp: bool
    norm: bool
    meets: int = 0           # the level a norm is met with (`met 2,03 procent aan de norm te voldoen`): the norm's end


def _value(m: re.Match[str]) -> float | None:
    if m.re is PCT_NUM or m.re is _PCT_LISTED:
        return float(m.group("num").replace(",", "."))
    words = m.group("word").lower().split()
    v = NUMBER_WORDS.get(words[0])
    if v is None:
        return None
    return v + (0.5 if len(words) > 1 else 0.0)


def figures_in(view: str, u: Unit) -> list[Fig]:
    """Percentages in the unit that are not excluded as growth rates or shares of something else."""
    out = []
    found = list(PCT_NUM.finditer(view, u.start, u.end))
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
        out.append(Fig(m.start(), ev_end if m.re is _PCT_LISTED else m.end(), value, ev_end, bool(bbp) or shared,
                        norm, meets))
    return out


def _support_measured(view: str, u: Unit, pos: int) -> bool:
    """Is the figure at `pos` the size of the support to Ukraine, the support its clause's subject?"""
    clause = max(u.start, view.rfind(";", u.start, pos) + 1, view.rfind(":", u.start, pos) + 1)
    text = view[clause:pos]
    low = text.lower()
    # (every match holds the support's noun, `steun`, `hulp` or `bijdrage`: the pattern runs only where one stands)
    if "teun" not in low and "hulp" not in low and "drage" not in low:
        return False
    return _SUPPORT_MEASURED.search(text) is not None


def figureless(view: str, u: Unit) -> bool:
    """Does the unit hold no percentage?"""
    return not PCT_NUM.search(view, u.start, u.end) and view.find("procent", u.start, u.end) < 0


def levels_or_continued(view: str, u: Unit, figs: list[Fig], prev_had: bool) -> list[Fig]:
    """The figures of a sentence without `bbp` that are shares: norms, continuations of a paragraph about
    shares, and the level defence spending goes to, with the figures listed after it (`naar 3,5% en 1,5%`)."""
    level = bool(SPENDING_LEVEL.search(view, u.start, u.end))
    out: list[Fig] = []
    for i, f in enumerate(figs):
        if (f.norm or f.meets or _continues(view, u, f, prev_had)
                or (level and _LEVEL_BEFORE.search(view, max(u.start, f.start - 25), f.start))
                or (out and out[-1] is figs[i - 1] and LIST_JOIN.match(view, figs[i - 1].ev_end, f.start))):
            out.append(f)
    return out


# a share in something named (`het Nederlandse aandeel daarin, circa 3,4 procent`, `ons aandeel in het
# gemeenschappelijk gefinancierde budget bedraagt 3,4%`, `de Nederlandse bijdrage daaraan van 3,4 procent`)
_SHARE_IN_OTHER = re.compile(
    r"\b(?:aandeel|bijdrage|deel)\s+(?:daarin|hierin|daaraan|hieraan|daarvan|hiervan|(?:in|aan)\s+(?:het|de|dat|die|deze)"
    r"\s+(?:[\w-]+\s+){0,3}?[\w-]+)\s*,?\s*(?:(?:bedraagt|is|was|van|ligt|komt)\s+(?:[\w-]+\s+){0,3}?(?:(?:uit\s+)?op\s+)?)?"
    r"(?:(?:circa|ca\.|ongeveer|ruim|bijna|zo['’]n|nagenoeg)\s+)?$", re.I)


def _continues(view: str, u: Unit, f: Fig, prev_had: bool) -> bool:
    """A figure in a sentence that does not name the bbp is a share when it carries an incl/excl
    Ukraine marker (after it, or before it in its clause) or `aan defensie`, or continues a paragraph about GDP
    shares."""
    m = MARK_AFTER.match(view, f.ev_end, u.end)
    if m and UKRAINE_WORD.search(view, m.end(), u.end):
        return True
    # (the marker before it in its clause: `…; zonder die steun komt Nederland uit op 1,72 procent`)
    clause = max(u.start, view.rfind(";", u.start, f.start) + 1)
    if any(UKRAINE_WORD.search(view, m.end(), min(m.end() + 45, f.start))
           for m in MARK_ANY.finditer(view, clause, f.start)) or COUNTED_IN.search(view, clause, f.start):
        return True
    if re.match(rf"{WS}*(?:aan|voor){WS}+defensie\b", view[f.ev_end : u.end], re.I):
        return True
    if _SHARE_IN_OTHER.search(view, max(u.start, f.start - 100), f.start):
        return False      # (`het Nederlandse aandeel daarin, circa 3,4 procent`: a share of a budget, not of the bbp)
    # (a calculation method named: `Volgens de NAVO-definitie ging het in 2025 om 2,11 procent`)
    return prev_had and bool(_SPENDING_WORDS.search(view, u.start, u.end) or BASIS_SCAN.search(view, u.start, u.end))
