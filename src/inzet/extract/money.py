"""Sums of money (`amounts`): every mention, in text order, with currency, qualifier and purpose.

The letters write sums in a few shapes, all read by one regex per sentence:

* currency first: `€250 miljoen`, `EUR 90 mld.`, `USD 107 miljoen`, `$5 billion`, `£10 miljoen`,
  `€345.000`;
* currency last: `40 miljoen euro`, `1.25 miljoen euro`, `345.000 euro`, `twee miljard euro`,
  `500 miljoen dollar`;
* no currency at all, `1,25 miljoen`, only where the sentence is about money and no noun follows
  (`12 miljoen vluchtelingen` is people, `De kosten bedragen 1,25 miljoen.` is money);
* ranges, `€10 tot €20 miljoen` / `10 tot 20 miljoen euro`: two mentions sharing scale and currency;
* the cells of a table under a unit line, `(bedragen x € 1 mln.)` (see `tables`): `1.247` is € 1 247 mln.

A qualifier (`circa`, `bijna`, `meer dan`, `ruim`, `maximaal`, `tot`) directly before the sum is
kept; one before a range is both ends' (`ongeveer € 2,5 tot 3 miljard`: two approximate sums).
Whether a sum is support for Ukraine is read from the sum's clause, its sentence, its section
heading and, for `Hiervan`/`Dit bedrag`, the sentences before; spending totals (`defensie-uitgaven`,
`uit te geven`) are not support, even when they say `inclusief steun aan Oekraïne`; nor are sums for
another country (`Aan Moldavië …`) or for the own forces (`de eigen voorraden`), and the war in
Ukraine as a sum's cause (`Naar aanleiding van de Russische inval in Oekraïne …`) does not make it
support. In a sentence that lists sums each with its own words (`€ 126 miljoen aan Oekraïne, € 43,8
miljoen aan civiele missies`, `…, waarvoor € 2 miljard is gereserveerd, en van de bijdrage voor Oekraïne,
waaruit € 25 miljoen …`), the Ukraine of one item is not the others', unless the letter or section is
about that support. Numbers without a currency or scale word (Kamerstuk numbers, dates, percentages, counts)
are never sums.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from itertools import pairwise
from typing import NamedTuple

from inzet import vocabulary
from inzet.extract import countries, lexicon, tables
from inzet.extract.cues import FOLDS, first_letter_split, trie_pattern
from inzet.extract.dutch import (
    CURRENCIES,
    CURRENCY_OF,
    FRACTION_WORDS,
    INCLUSION_MARKS,
    NUMBER_WORDS,
    NUMBER_WORDS_ALL,
    SCALE_RE,
    SCALES,
    SUM_SCALE_RE,
    either_case,
    form_re,
    parse_number,
)
from inzet.extract.segment import Document
from inzet.model import Amount

RULE = "money.v1"

WS = r"[ \t\u00a0\u202f\u2009]"
# a number as the letters write it (see dutch.NUMBER_RE), never the tail of a longer number
NUM = (r"(?<![\d.,])(?:\d{1,3}(?:[.\u00a0\u202f ]\d{3})+(?:,\d+)?(?![.,]?\d)"
       r"|\d+(?:[.,]\d+)?(?![.,]?\d))")
SCALE = SCALE_RE
# currency first: a sign anywhere, a code or word as written and whole (`€`, `EUR`, `US$`; dutch.CURRENCIES)
_SIGNS_PRE = [re.escape(c.form) for c in CURRENCIES if c.before and not c.form[0].isalnum()]
_WORDS_PRE = [form_re(c.form, WS + "+") for c in CURRENCIES if c.before and c.form[0].isalnum()]
CUR_PRE = rf"(?:{'|'.join(_SIGNS_PRE)}|(?<![\w$])(?:{'|'.join(_WORDS_PRE)})(?![^\W\d_]))"
# currency last: a sign, or a code or word in any case, longest first (`euro's` before `euro` before `eur`), the
# words as a trie (a third of the alternation's size, which MONEY_RE holds five times), a space a run of blanks
_SIGNS_SUF = [re.escape(c.form) for c in CURRENCIES if c.after and not c.form[0].isalnum()]
_WORDS_SUF = trie_pattern(sorted({c.form.lower() for c in CURRENCIES if c.after and c.form[0].isalnum()}))
CUR_SUF = rf"(?:{'|'.join(_SIGNS_SUF)}|(?i:{_WORDS_SUF.replace(re.escape(' '), WS + '+')}))(?![\w-])"
BIG_SCALE = SUM_SCALE_RE
CONNECTOR = r"(?:tot(?:" + WS + r"+en" + WS + r"+met)?|à|-|–|—)"

MONEY_RE = re.compile(
    # 1 currency first: `€ 90 miljoen`, `EUR 90 mld.`
    rf"(?P<pre>{CUR_PRE}){WS}*(?P<pnum>{NUM})(?:{WS}*(?P<pscale>{SCALE}))?"
    # 2 currency last: `40 miljoen euro`, `345.000 euro`
    # (not across a table's column gap, segment.COLUMN_GAP: `Q1 2028         EUR 12.500.000`)
    rf"|(?P<snum>{NUM}){WS}{{0,2}}(?:(?P<sscale>{SCALE}){WS}*)?(?P<suf>{CUR_SUF})"
    # 4 the first number of a range whose second number carries scale/currency: `10 tot 20 miljoen euro`
    rf"|(?P<rnum>{NUM})(?={WS}*{CONNECTOR}{WS}*(?:{CUR_PRE}{WS}*)?{NUM}{WS}*(?:{SCALE}|{CUR_SUF}))"
    rf"|(?<=tussen{WS})(?P<tnum>{NUM})(?={WS}*(?:en|of){WS}*(?:{CUR_PRE}{WS}*)?{NUM}{WS}*(?:{SCALE}|{CUR_SUF}))"
    rf"|(?<=tussen{WS}de{WS})(?P<tnum2>{NUM})(?={WS}*(?:en|of){WS}*(?:{CUR_PRE}{WS}*)?{NUM}"
    rf"{WS}*(?:{SCALE}|{CUR_SUF}))"
    # 5 no currency: `1,25 miljoen` (kept only in a money context, see _bare_ok)
    rf"|(?P<bnum>{NUM}){WS}*(?P<bscale>{BIG_SCALE})"
)
# 3 number words: `twee miljard euro` (searched only in sentences that hold a scale word)
# the fractions (`een half`, `anderhalf`), then the whole number words longest first, the scale words among them
# (`duizend`) left out
# the compounds up to 99 too (`vijfentwintig miljoen euro`, `tweeënveertig`)
# and the hundreds, whole and with fifty (`zeshonderd miljoen euro`, `tweehonderdvijftig miljoen`)
_COMPOUNDS = {w: v for w, v in NUMBER_WORDS_ALL.items()
              if (20 < v < 100 or (100 < v < 1000 and v % 50 == 0)) and w not in NUMBER_WORDS}
_NUMWORDS = [*((WS + "+").join(w.split()) for w in FRACTION_WORDS),
             *sorted((w for w in (*NUMBER_WORDS, *_COMPOUNDS) if w not in SCALES), key=len, reverse=True)]
# `(?<![\w-])` is checked after the first letter, as `(?<![\w-].)`, to keep the set first
_NUMWORD_FAST = first_letter_split(_NUMWORDS, r"(?<![\w-].)")
WORD_MONEY_RE = re.compile(rf"(?P<wnum>{_NUMWORD_FAST}){WS}+(?P<wscale>{BIG_SCALE}){WS}*(?P<wsuf>{CUR_SUF})")
# A number-word sum needs a scale word (they all start with `m`) right after blanks that follow
# the last letter of a number word: a cheap test before WORD_MONEY_RE scans the sentence.
_M_AFTER_BLANK = re.compile(r"[mM](?<=[ \t\u00a0\u202f\u2009][mM])")
_WS_CHARS = " \t\u00a0\u202f\u2009"
_NUMWORD_LAST = "".join({c + c.upper() + FOLDS.get(c, "") for c in (w[-1] for w in _NUMWORDS)})


def _word_money_possible(view: str, start: int, end: int) -> bool:
    for m in _M_AFTER_BLANK.finditer(view, start, end):
        r = m.start()
        while r > start and view[r - 1] in _WS_CHARS:
            r -= 1
        if r > start and view[r - 1] in _NUMWORD_LAST:
            return True
    return False


# where a sum can start: MONEY_RE is tried only at these positions. Shaped for speed: one character
# set first (the engine skips to it), the rest checked around it; the same positions as
# `[€$£]|(?<![\d.,])\d|EUR|USD|US\$|GBP`
_ANCHOR = re.compile(r"[€$£\dEUG](?:(?<=[€$£])|(?<=\d)(?<![\d.,]\d)|(?<=E)(?=UR)|(?<=U)(?=SD|S\$)|(?<=G)(?=BP))")
# a currency sign or code that opens a number: after a number it is the next sum's (`in 2026 EUR 480 miljoen`)
_SIGN_THEN_NUMBER = re.compile(rf"{CUR_PRE}{WS}*\d")
_NUMBER_RUN = re.compile(r"[\d.,\u00a0\u202f\u2009 \t]*")
# first characters of SCALE, CUR_SUF, CONNECTOR and `en`/`of` (all cases; none has another fold)
_AFTER_NUMBER = frozenset("mMbBdDeEuUgGaApPtToOàÀ€-–—")
_YEARLIKE = re.compile(r"(?:19|20)\d\d")
_CONNECTOR_ONLY = re.compile(rf"{WS}*(?:(?P<range>{CONNECTOR})|en|of){WS}*")

_WORD_VALUES: dict[str, float] = {**{k: float(v) for k, v in (*NUMBER_WORDS.items(), *_COMPOUNDS.items())},
                                   **FRACTION_WORDS}

# qualifier words directly before a sum (an optional `een bedrag van` / `de` in between)
_QUALIFIER_RE = re.compile(
    r"(?<![\w'’])(?:(?P<approx>circa|ca\.|c\.a\.|ongeveer|ruwweg|grofweg|bijna|nagenoeg|zo['’]n|rond(?:om)?"
    r"|omstreeks|naar\s+schatting|om\s+en\s+nabij|plusminus|±|in\s+de\s+orde(?:\s+van)?(?:\s+grootte)?"
    r"(?:\s+van)?)"
    r"|(?P<more>meer\s+dan|ruim(?:er\s+dan)?|minimaal|minstens|ten\s+minste|tenminste|boven\s+de|over\s+de)"
    r"|(?P<upto>maximaal|max\.|hooguit|ten\s+hoogste|niet\s+meer\s+dan|minder\s+dan|oplopend\s+tot"
    r"|tot\s+(?:maximaal|wel|aan)|tot|maximum\s+van|plafond\s+van))"
    r"\s+(?:(?:een|het)\s+(?:totaal)?bedrag\s+van\s+|de\s+|een\s+)?$",
    re.IGNORECASE,
)
_QUALIFIER_KIND = {"approx": "approx", "more": "more_than", "upto": "up_to"}

# ---- context: is it money, is it for Ukraine, what for ------------------------------------------

_MONEY_CONTEXT = re.compile(
    r"kosten|bedrag|bedraagt|bedragen|geraamd|begroot|begroting|budget|bijdrage|investering|investeren"
    r"|financier|fonds|lening|leningen|steunpakket|pakket|toegezegd|gereserveerd|beschikbaar|uitgaven"
    r"|uit\s+te\s+geven|uitgegeven|besteed|middelen|€|\beuro|\bEUR\b|\bUSD\b|dollar",
    re.IGNORECASE,
)
# a bare `1,25 miljoen` is money only if no noun follows: end, punctuation or one of these words
_BARE_NEXT = re.compile(
    rf"{WS}*(?:$|[.,;:)\]]|(?:aan|voor|en|of|uit|in|is|was|wordt|worden|werd|werden|zijn|bedraagt|bedragen|bedroeg"
    r"|bedroegen|kost|kosten"
    r"|beschikbaar|extra|additioneel|per|ter|bij|te|op|met|van|gereserveerd|toegezegd|vrijgemaakt"
    r"|uitgetrokken|geraamd|begroot"
    # (`Van dit bedrag is inmiddels ruim 2,3 mld. besteed of vastgelegd`: the participle of what was done with it)
    r"|besteed|uitgegeven|vastgelegd|gecommitteerd|gecontracteerd|ge[iï]nvesteerd|bijgedragen|betaald"
    r"|uitbetaald|overgemaakt|toegekend|aangewend|verplicht|nodig|gemoeid)\b)"
)
# every branch starts with a letter (`\bPURL` written `P(?<!\wP)URL`): the engine then skips to
# the branches' first letters instead of trying each position (the same matches, faster)
_UKRAINE = re.compile(
    r"Oekra(?:i\u0308|[iï])(?:n|e)\w*|Oekrain\w*|Ukrain\w*|P(?<!\wP)URL\b|C(?<!\wC)URL\b|U(?<!\wU)DCG\b"
    r"|K(?<!\wK)yiv\b|K(?<!\wK)iev\b|Z(?<!\wZ)elensk\w*|Ramstein|[Mm]ilitaire\s+steun",   # headings: `Militaire steun`
)
# a sum said to be apart from the support to Ukraine (`dat bedrag staat los van de steun aan Oekraïne`, `Los van de
# steun aan Oekraïne investeert Defensie …`): the Ukraine it names is not what the sum is for
# (or said not to be for it: `circa € 6,5 miljoen, is niet voor Oekraïne bestemd`, `niet bestemd voor Oekraïne`, `geen
# steun aan Oekraïne`, `valt niet onder de steun aan Oekraïne`, `komt niet ten laste van de middelen voor Oekraïne`)
# (`maakt geen deel uit van de steun aan Oekraïne`, `behoort niet tot de steun aan Oekraïne`; and the support named
# before, pointed back to: `valt buiten deze steun`, `los van die steun`, `valt niet onder deze steun`)
# (or not counted as it: `die niet als steun aan Oekraïne wordt aangemerkt`, `telt niet mee als steun aan Oekraïne`)
_APART = re.compile(r"\b(?:[Ll]os\s+van|[Bb]uiten|[Nn]aast|[Aa]ndere\s+dan)\s+(?:de\s+|het\s+)?(?:[\w-]+\s+)?"
                    r"(?:steun|hulp|bijdragen?|pakket)\s+(?:aan|voor)\s+Oekra\w+"
                    r"|\b(?:niet|geen)\s+(?:(?:meer|mee|meegeteld|meegerekend|gerekend|geteld|als|bestemd|gericht|onder"
                    r"|tot|ten\s+laste\s+van|ten\s+goede\s+aan"
                    r"|(?:onder)?deel\s+(?:uit\s+)?van|(?:militaire\s+)?(?:steun|hulp)|de|het|middelen|budget)\s+){0,4}"
                    r"(?:voor|aan|bij)\s+(?:de\s+)?Oekra\w+"
                    r"|\b(?:[Ll]os\s+van|[Bb]uiten|(?:niet|geen)\s+(?:onder|tot|(?:onder)?deel\s+(?:uit\s+)?van))\s+"
                    r"(?:deze|die)\s+(?:militaire\s+)?(?:steun|hulp|steunpakketten|steunpakket)\b")
# a title line, not a sentence (no full stop): the dossier's (`36 045\tSituatie in Oekraïne`), the page's or
# the Betreft line's; what is given named too, alone or in a compound (`Munitieleveringen aan Oekraïne`, `Leveringen
# aan Oekraïne`, `Nederlandse bijdragen aan Oekraïne`, `Wapenlevering aan Oekraïne`, `Ondersteuning van Oekraïne`),
# and what is given between (`Stand van zaken levering F-16's aan Oekraïne`, `Leveringen van militaire goederen aan
# Oekraïne`, `Steun van Nederland aan Oekraïne`; not `Leveringen van Oekraïne aan Europa`)
_UKRAINE_TOPIC = re.compile(r"^[^\n.]{0,80}?(?:(?:[Ss]teun|[Hh]ulp|[Ss]ituatie|[Oo]orlog|[Ll]evering(?:en)?"
                            r"|[Bb]ijdragen?)[ \t]+(?:aan|voor|in|tegen)|[Oo]ndersteuning[ \t]+(?:aan|van)"
                            r"|(?:[Ss]teun|[Hh]ulp|[Ll]evering(?:en)?|[Bb]ijdragen?)"
                            r"(?:[ \t]+(?!(?:aan|voor|in|tegen|Oekra\w*)(?![\w'’-]))[\w'’-]+){1,4}?[ \t]+(?:aan|voor))"
                            r"[ \t]+(?:de[ \t]+)?Oekra[^\n.]{0,60}$", re.MULTILINE)
# `exclusief militaire steun aan Oekraïne`: a spending total that mentions Ukraine without being for it
_INCL_EXCL = re.compile(
    rf"\b(?:{'|'.join(form_re(m) for m in INCLUSION_MARKS)})\s+(?:de\s+|deze\s+|die\s+)?"
    r"(?:militaire\s+)?(?:steun|bijdragen|Oekra\w*)(?:\s+(?:aan|voor)\s+(?:Oekra\w*|Ukrain\w*))?",
    re.IGNORECASE,
)
# spending totals (vocabulary.spending_words("total"): `defensie-uitgaven`, `uit te geven`, `bbp`)
_SPENDING_WORDS = vocabulary.spending_words("total")
_SPENDING = re.compile("|".join(w.pattern for w in _SPENDING_WORDS), re.IGNORECASE)
# the bbp as the key a sum is shared out by (`verdeeld naar rato van hun bbp`, `in verhouding tot het bbp`, `de
# bbp-sleutel`): the sentence is about dividing the sum, not about spending totals
_BY_GDP_KEY = re.compile(
    r"\b(?:naar\s+rato|naar\s+verhouding|in\s+verhouding|evenredig|op\s+basis|afhankelijk)\s+(?:van|tot|aan|met)\s+"
    r"(?:het\s+|hun\s+|ons\s+|zijn\s+|haar\s+|de\s+|elkaars\s+)?(?:[\w-]+\s+(?:van\s+)?(?:het\s+|hun\s+)?)?"
    r"(?=bbp\b|bruto\s+binnenlands)|\b(?=bbp-(?:sleutel|verdeelsleutel)\b)", re.IGNORECASE)
# a sum split into parts: the part after `waarvan` (`€ 1,5 miljard, waarvan € 300 miljoen voor het Ukraine Support
# Instrument`) is what the Ukraine words after it are for, not the whole
_PART_OF = re.compile(r"\b(?:waarvan|waaronder|daarvan|hiervan)\b", re.IGNORECASE)
# a clause that tells of something else than the sum: a relative or subordinate clause after a comma (`…
# munitievoorraden, die door de leveringen aan Oekraïne zijn geslonken`), or what follows a semicolon
_OTHER_CLAUSE = re.compile(r",\s+(?:die|dat|welke|waar\w+|omdat|doordat|nu|zodat|terwijl|hoewel)\b|;", re.IGNORECASE)
# the sentence points back to the one before: `Hiervan is … gerealiseerd`, `Dit bedrag …`
# `\b(?:[Hh]ier…|[Dd]aar…|…)\b` with the first letter taken out and checked first (faster)
# (and what the sentence before named, by a demonstrative or a count: `voor beide tranches samen`, `deze leveringen`,
# `die twee pakketten`, `de drie tranches`)
_ANAPHORA = re.compile(
    r"[HhDdBb](?<!\w.)(?:(?<=[Hh])ier(?:van|aan|mee|voor|bij|uit|in)?|(?<=[Dd])aar(?:van|aan|mee|voor|bij|uit|in)"
    r"|(?<=[Dd])(?:it|at)\s+(?:bedrag|initiatief|pakket|fonds|instrument)|(?<=[Dd])eze\s+(?:bijdrage|steun|middelen"
    r"|kosten|lening|toezegging|gelden|inzet|missie|training)|(?<=[Dd])e\s+(?:(?:totale|extra|additionele|bijkomende|geraamde|jaarlijkse)\s+)?kosten"
    # the value of what the sentences before tell was given (`De waarde van de geleverde lanceerinrichtingen …`)
    r"|(?<=[Dd])e\s+(?:(?:totale|geschatte|gezamenlijke|financiële)\s+)?waarde\s+(?:van|hiervan|daarvan)"
    r"|(?:(?<=[Dd])(?:eze|ie)\s+(?:twee\s+|drie\s+|vier\s+)?|(?<=[Dd])e\s+(?:twee|drie|vier)\s+|(?<=[Bb])eide\s+)"
    r"(?:tranches|pakketten|steunpakketten|leveringen|toezeggingen|bijdragen|leningen|sporen))\b"
    # one of those by its place (`de drie sporen voor de levering van munitie aan Oekraïne. Onder het eerste spoor …
    # € 1 miljard`, `De tweede tranche bedraagt € 500 mln.`)
    r"|[HhDd](?<!\w.)(?:(?<=[Hh])et|(?<=[Dd])e)\s+(?:eerste|tweede|derde|vierde|vijfde|zesde|laatste)\s+"
    r"(?:spoor|tranche|pakket|steunpakket|levering|toezegging|lening|fase)\b"
)
# (or the value of what it tells was given: `De waarde van de geleverde lanceerinrichtingen bedraagt circa € 110 mln`)
_COSTS = re.compile(r"\b[Dd]e\s+(?:(?:(?:totale|extra|additionele|bijkomende|geraamde|jaarlijkse)\s+)?kosten\b"
                    r"|(?:(?:totale|geschatte|gezamenlijke|financiële)\s+)?waarde\s+(?:van|hiervan|daarvan)\b)")

_SPENDING_PURPOSE = vocabulary.spending_words("purpose")
# an operation's name after the mission words that introduce one, or after `inzet` (`inzet KFOR`)
_NAME_WORDS = (*vocabulary.mission_words("name"), "inzet")

# purposes: (level, name, pattern); level 0 instrument, 1 motion, 2 operation, 3 spending total,
# 4 acronym, 5 topic; a None name is read from the match (group 1, or the whole match); the instruments and
# topics are those of `inzet/data/purposes.tsv`
_NAMED_PURPOSES = vocabulary.purposes()


def _named(kind: str, level: int) -> list[tuple[int, str | None, re.Pattern[str]]]:
    """The purposes of one kind of purposes.tsv as rows of `_PURPOSES`."""
    return [(level, p.name, re.compile(p.pattern, re.I if p.ignorecase else 0))
            for p in _NAMED_PURPOSES if p.kind == kind]


_PURPOSES: list[tuple[int, str | None, re.Pattern[str]]] = [
    *_named("instrument", 0),
    (1, None, re.compile(r"\b[Mm]otie[- ](?:van\s+(?:het\s+)?(?:lid\s+)?)?((?:(?:van|de|der|den|Van|De|Den)[- ])*"
                         r"[A-Z][\w'’]+(?:[- ](?:(?:van|de|der|den|Van|De|Den)[- ])*[A-Z][\w'’]+)*)")),
    (2, None, re.compile(rf"\b(?:{'|'.join(map(either_case, _NAME_WORDS))})\s+([A-Z][A-Z0-9]{{2,}}\b|[A-Z][a-z]+"
                         r"(?=\s*\())")),
    (3, "defensie-uitgaven", re.compile("|".join(w.pattern for w in _SPENDING_PURPOSE), re.I)),
    (4, None, re.compile(r"[A-Z](?<!\w[A-Z])[A-Z0-9]{2,}\b")),     # `\b[A-Z]…`, the set first (faster)
    *_named("topic", 5),
]
lexicon.register(_UKRAINE, _SPENDING, _APART, *(rx for _, _, rx in _PURPOSES))
_NOT_PURPOSE = vocabulary.generic_acronyms("purpose")    # `NAVO`, `DMM`, `EUR`: no purpose of a sum


class Unit(NamedTuple):
    """A stretch of the view to read on its own: a sentence or a heading line (a tuple: a letter
    has a hundred of them and they are built for every document)."""

    start: int
    end: int
    section: int       # index of the section heading that governs it, -1 before the first
    line: int          # index of its line (paragraph) in the view
    heading: bool = False
    hits: int = -1     # its lexicon bits (`lexicon.sentence_hits`); -1, every bit, when not known: nothing skipped


class Units:
    """The units of a letter in view order: their starts and ends as lists, a `Unit` made only
    when asked for (most sentences are never read by the money and gdp rules)."""

    __slots__ = ("_heads", "_line_starts", "_lines", "_made", "_order", "_sents", "ends", "hits", "starts")

    def __init__(self, doc: Document) -> None:
        self._sents = doc.sentences
        self._heads = doc.headings
        self._lines = doc.lines
        starts = [s.start for s in self._sents]
        ends = [s.end for s in self._sents]
        self._order: list[int] | None = None
        hits = lexicon.sentence_hits(doc)
        if self._heads:
            # headings and sentences merged by start (a stable sort: a sentence before a heading)
            starts += [h.start for h in self._heads]
            ends += [h.end for h in self._heads]
            self._order = sorted(range(len(starts)), key=starts.__getitem__)
            starts = [starts[k] for k in self._order]
            ends = [ends[k] for k in self._order]
            hits = hits + lexicon.heading_hits(doc)
            hits = [hits[k] for k in self._order]
        self.hits = hits           # the lexicon's cue bits of each unit
        self.starts = starts
        self.ends = ends
        self._line_starts: list[int] | None = None
        self._made: dict[int, Unit] = {}

    def __len__(self) -> int:
        return len(self.starts)

    def __getitem__(self, i: int) -> Unit:
        u = self._made.get(i)
        if u is None:
            if i < 0:
                raise IndexError(i)
            k = self._order[i] if self._order is not None else i
            if self._line_starts is None:
                self._line_starts = [ln.start for ln in self._lines]
            ls = self._line_starts
            if k < len(self._sents):
                s = self._sents[k]
                u = Unit(s.start, s.end, s.section, bisect_right(ls, s.start) - 1, False, self.hits[i])
            else:
                h = self._heads[k - len(self._sents)]
                u = Unit(h.start, h.end, k - len(self._sents), bisect_right(ls, h.start) - 1, True, self.hits[i])
            self._made[i] = u
        return u


def text_units(doc: Document) -> Units:
    """Sentences and headings of `doc` in view order, with their section and paragraph (made once per
    document and kept with it, since the money and gdp extractors both read them)."""
    units = doc.derived.get("money.units")
    if units is None:
        units = doc.derived["money.units"] = Units(doc)
    return units


def units_with(units: Units, kinds: int) -> list[int]:
    """Indexes (ascending) of the units whose words hold one of the token `kinds` (lexicon bits), so the
    expensive rules run only on the sentences that can hold a fact."""
    return [i for i, h in enumerate(units.hits) if h & kinds]


# every sum contains a currency sign, code or word, or a scale word
_TRIGGER = (lexicon.CURRENCY, lexicon.SCALE)


@dataclass(slots=True)
class _Hit:
    """A sum found in a unit, before the context rules run."""

    start: int
    end: int
    value: float | None        # in units of `scale`; None while a range partner must supply it
    scale: float | None
    currency: str | None
    qualifier: str | None = None
    in_range: bool = False
    head: int | None = None    # a range's end: the view start of its first end (the qualifier before it is the range's)


def _currency(token: str | None) -> str | None:
    return CURRENCY_OF.get(" ".join(token.lower().split())) if token else None


def _scale(token: str | None) -> float | None:
    if not token:
        return None
    return SCALES.get(token.lower().rstrip("."))


def _word_value(token: str) -> float | None:
    w = " ".join(token.lower().split())
    if w == "een half":
        return 0.5
    return _WORD_VALUES.get(w)


def _hits(view: str, start: int, end: int) -> list[_Hit]:
    """The sums in view[start:end], ranges resolved (scale and currency shared)."""
    hits: list[_Hit] = []
    last = start
    for a in _ANCHOR.finditer(view, start, end):
        if a.start() < last:
            continue
        if view[a.start()] not in "€$£EUG":
            # a sum that starts with a number continues, after its digits, separators and blanks,
            # with a scale word, a currency, a range connector or `en`/`of`: a cheap test first
            q = _NUMBER_RUN.match(view, a.start(), end).end()
            if q >= end or view[q] not in _AFTER_NUMBER:
                continue
        m = MONEY_RE.match(view, a.start(), end)
        if m is None:
            continue
        last = m.end()
        g = m.group
        try:
            if g("pre"):
                hits.append(_Hit(m.start(), m.end(), parse_number(g("pnum"), scaled=bool(g("pscale"))),
                                 _scale(g("pscale")), _currency(g("pre"))))
            elif g("snum"):
                if _SIGN_THEN_NUMBER.match(view, m.start("suf"), end):
                    last = m.start("suf")     # `in 2027 € 160 miljoen`, `in 2026 EUR 480 miljoen`: the sign or
                    continue                  # code is the next number's
                hits.append(_Hit(m.start(), m.end(), parse_number(g("snum"), scaled=bool(g("sscale"))),
                                 _scale(g("sscale")), _currency(g("suf"))))
            elif g("bnum"):
                if _bare_ok(view, start, end, m.end()):
                    hits.append(_Hit(m.start(), m.end(), parse_number(g("bnum"), scaled=True),
                                     _scale(g("bscale")), None))
            else:
                num = g("rnum") or g("tnum") or g("tnum2")
                if not _YEARLIKE.fullmatch(num):
                    hits.append(_Hit(m.start(), m.end(), parse_number(num, scaled=True), None, None,
                                     in_range=True))
        except ValueError:
            continue
    chunk = view[start:end]
    if ("iljoen" in chunk or "iljard" in chunk or "ILJ" in chunk or "ml" in chunk or "mrd" in chunk) \
            and _word_money_possible(view, start, end):
        for m in WORD_MONEY_RE.finditer(view, start, end):
            hits.append(_Hit(m.start(), m.end(), _word_value(m.group("wnum")), _scale(m.group("wscale")),
                             _currency(m.group("wsuf"))))
        hits.sort(key=lambda h: h.start)
    # ranges: `€10 tot €20 miljoen`, `10 tot 20 miljoen euro` share the second's scale and currency
    for a, b in pairwise(hits):
        c = _CONNECTOR_ONLY.fullmatch(view, a.end, b.start)
        if c and (c.group("range") or a.in_range or a.scale is None or a.currency is None
                  or b.currency is None):
            a.in_range = b.in_range = True
            a.head = a.start if a.head is None else a.head
            b.head = a.head
            if a.scale is None:
                a.scale = b.scale
            a.currency = a.currency or b.currency
            b.currency = b.currency or a.currency
    out = []
    for h in hits:
        if h.value is None or (h.in_range and h.currency is None and h.scale is None):
            continue
        if h.currency is None and h.scale is None:
            continue
        out.append(h)
    return out


def _bare_ok(view: str, start: int, end: int, after: int) -> bool:
    """A sum without currency (`1,25 miljoen`) counts in a money sentence when no noun follows."""
    return bool(_BARE_NEXT.match(view, after, end)) and bool(_MONEY_CONTEXT.search(view, start, end))


def _qualifier(view: str, start: int, pos: int) -> str | None:
    m = _QUALIFIER_RE.search(view, max(start, pos - 60), pos)
    if not m:
        return None
    return next(_QUALIFIER_KIND[k] for k, v in m.groupdict().items() if v)


# the support named goes on to get its own sum: `Zonder de steun aan Oekraïne, waarvoor in 2028 € 3,5 miljard is
# gereserveerd, komt het percentage uit op 2,3%`
_ITS_SUM = re.compile(r"\s*,?\s*(?:waarvoor|waarvan|waaraan|waarmee|waarin)\b")
# the end of that relative clause: a comma before the next words (not the decimal comma of `€ 3,5 miljard`), a
# semicolon or a dash
_CLAUSE_END = re.compile(r",(?=\s)|;|\s[–-]\s")


def _strip_incl_excl(s: str) -> str:
    """`exclusief militaire steun aan Oekraïne` blanked out: it qualifies a total, it is not a purpose (unless a
    relative clause gives that support its own sum)."""
    low = s.lower()
    if "clusief" not in low and "incl." not in low and "excl." not in low and "zonder" not in low \
            and "inbegrip" not in low:
        return s
    return _INCL_EXCL.sub(lambda m: m.group() if _ITS_SUM.match(s, m.end()) else " " * len(m.group()), s)


_purpose_rows: list[object] = [None, ()]


def _purpose_bits() -> tuple[tuple[int, str | None, re.Pattern[str], int], ...]:
    """`_PURPOSES` with each pattern's cue bit (looked up again when the lexicon rebuilds its table)."""
    t = lexicon.table()
    if _purpose_rows[0] is not t:
        _purpose_rows[:] = [t, tuple((level, name, rx, lexicon.bit(rx)) for level, name, rx in _PURPOSES)]
    return _purpose_rows[1]  # type: ignore[return-value]


def _purpose_names(t: str, hits: int) -> list[tuple[int, int, str]]:
    """(position, level, name) of every purpose `t` (with cue bits `hits`) names."""
    out = []
    # (the cue bits tested here, as `lexicon.finditer` does, without a call per pattern)
    for level, name, rx, bit in _purpose_bits():
        if not hits & bit:
            continue
        for m in rx.finditer(t):
            found = name or (m.group(1) if m.re.groups else m.group())
            if name is None and (found.upper() in _NOT_PURPOSE or found.startswith("MINDEF")):
                continue
            if level == 1:
                found = "motie " + found.replace("-", " ").strip()
            out.append((m.start(), level, found))
    return out


def _best(names: list[tuple[int, int, str]], lo: int = 0, hi: int | None = None) -> tuple[int, str] | None:
    """The strongest (then first) name found in [lo, hi)."""
    inside = [(level, pos, name) for pos, level, name in names if lo <= pos and (hi is None or pos < hi)]
    if not inside:
        return None
    level, _, name = min(inside)
    return level, name


def extract(doc: Document) -> list[Amount]:
    """Every sum of money in the letter, in text order."""
    view = doc.view
    units = text_units(doc)
    out: list[Amount] = []
    memo = _Memo()
    # a letter about support to Ukraine (`36 045 Situatie in Oekraïne`, `Stand van zaken militaire steun aan
    # Oekraïne`): its sums are that support unless their sentence is about spending totals
    # (a section heading such as `Militaire steun aan Oekraïne` is no title of the letter)
    titles = {h.title.strip() for h in doc.headings}
    about_ukraine = _about_ukraine(view, titles)
    named = _ukraine_acronyms(view)
    of_unit: dict[int, list[int]] = {}      # unit index → indexes in `out` of its sums
    for i in units_with(units, lexicon.bits(*_TRIGGER)):
        u = units[i]
        hits = _hits(view, u.start, u.end)
        if not hits:
            continue
        of_unit[i] = list(range(len(out), len(out) + len(hits)))
        q_start = _sentence_start(view, units, i)
        sentence = _strip_incl_excl(view[u.start : u.end])
        heading = "" if u.heading else (doc.section_title(u.section) or "")
        # the sentences this one may point back to (same paragraph, at most two)
        before: list[str] = []
        opening = ""
        if _ANAPHORA.search(sentence):
            j = i - 1
            while j >= 0 and len(before) < 2 and units[j].line == u.line and not units[j].heading:
                before.append(_strip_incl_excl(view[units[j].start : units[j].end]))
                j -= 1
            # the costs of what the paragraph is about (`Sinds april 2026 levert Nederland een detachement aan het
            # knooppunt …, waar materieel voor Oekraïne wordt overgeslagen. … De extra kosten bedragen EUR 1,9 mln.`):
            # the paragraph's first sentence says whom it serves (its purpose is read closer by)
            if _COSTS.search(sentence):
                while j >= 0 and units[j].line == u.line and not units[j].heading:
                    j -= 1
                if j + 1 < i - len(before):
                    opening = _strip_incl_excl(view[units[j + 1].start : units[j + 1].end])
        ctx = _Context(sentence, u.hits, heading, before, memo, about_ukraine, opening, named)
        items = _items(view, hits, u.start, u.end)
        for k, h in enumerate(hits):
            lo = (hits[k - 1].end if k else u.start) - u.start
            hi = (hits[k + 1].start if k + 1 < len(hits) else u.end) - u.start
            # (a range's qualifier stands before its first end and is both ends': `ongeveer € 2,5 tot 3 miljard`; the
            # `tot` between them joins the range and is no `up_to`)
            qualifier = _qualifier(view, q_start, h.head if h.in_range and h.head is not None else h.start) \
                if not h.in_range or h.head is not None else None
            value = round(h.value * (h.scale or 1.0), 2) if h.value is not None else 0.0
            text, span = doc.evidence(h.start, h.end)
            ukraine = ctx.ukraine(lo, hi, (h.start - u.start, h.end - u.start), items[k] if items else None)
            out.append(Amount(value=value, currency=h.currency or "EUR", text=text, span=span,
                              qualifier=qualifier, ukraine=ukraine, purpose=ctx.purpose(lo, hi), rule=RULE))
    _said_apart_after(view, units, of_unit, out)
    _paid_for_ukraine_after(view, units, of_unit, out)
    return _with_tables(doc, out, memo, about_ukraine)


# the start of a list item that opens with its sum (`€ 126 miljoen aan …, € 43,8 miljoen aan civiele missies en
# € 35,5 miljoen aan …`, `…, en daarnaast circa € 5 miljoen voor …`): what stands before it is the item before's
_ITEM_OPENS = re.compile(r"(?:,|;|\s(?:en|of|alsmede|plus))\s+(?:(?:daarnaast|verder|bovendien|nog|ook|circa|ca\."
                         r"|ongeveer|ruim|bijna|maximaal|minimaal|ten\s+minste|tenminste|zo['’]n|rond|omstreeks"
                         r"|meer\s+dan|minder\s+dan)\s+){0,2}$")
# a clause of its own joined to the one with the sum before (`…, waarvoor ruim 1,1 miljard euro is gereserveerd, en van
# de bijdrage aan de MCC voor Oekraïne, waaruit € 25 miljoen …`): what follows it is the next sum's
_CLAUSE_JOIN = re.compile(r",\s+(?:en|of|maar)\s+|;\s+")
# after the last sum, a clause of its own (`…, waarvan het grootste deel aan Oekraïne ten goede kwam`)
_TAIL_CLAUSE = re.compile(_OTHER_CLAUSE.pattern + r"|,\s+(?:waarvan|waaronder|daarvan|hiervan)\b", re.IGNORECASE)


class _Item(NamedTuple):
    """A sum's own part of a sentence that lists several (offsets in the sentence): its clause [lo, hi), and the
    stretches it shares with the other sums (the lead before the first sum; a complement after the last of a list)."""

    lo: int
    hi: int
    shared: tuple[tuple[int, int], ...]


def _items(view: str, hits: list[_Hit], start: int, end: int) -> list[_Item] | None:
    """Each sum's own item, when the sentence lists sums each with its own words (`_ITEM_OPENS`, `_CLAUSE_JOIN`):
    the words before an item that opens with its sum are the item before's, the words after a joined clause are the
    next sum's (that clause's sum still reads the words before it: `€ 100 miljoen voor Oekraïne, en Denemarken € 50
    miljoen`). None: no such list (one sum, a range, or parts of a whole: `waarvan`)."""
    if len(hits) < 2 or any(h.in_range for h in hits):
        return None
    gaps = [(a.end, b.start) for a, b in pairwise(hits)]
    if any(_PART_OF.search(view, a, b) for a, b in gaps):
        return None
    los = [h.start for h in hits]          # a sum's clause starts after the sum before, at the latest
    los[0] = start
    for k in range(1, len(hits)):
        los[k] = hits[k - 1].end
    his = [h.start for h in hits[1:]] + [end]
    listed = False
    last_opens = False
    for k, (a, b) in enumerate(gaps):
        m = _ITEM_OPENS.search(view, a, b)
        if m:
            his[k] = los[k + 1] = m.start()
        elif m := _CLAUSE_JOIN.search(view, a, b):
            his[k] = m.start()
        listed = listed or m is not None
        # (after a semicolon the last item is a clause of its own: `… naar de Sahel; € 15 miljoen naar Oekraïne`)
        last_opens = m is not None and m.re is _ITEM_OPENS and not m.group().startswith(";")
    if not listed:
        return None
    shared = [(start, hits[0].start)]
    if last_opens:
        tail = _TAIL_CLAUSE.search(view, hits[-1].end, end)
        shared.append((hits[-1].end, tail.start() if tail else end))
    rel = tuple((a - start, b - start) for a, b in shared)
    return [_Item(lo - start, hi - start, rel) for lo, hi in zip(los, his, strict=True)]


def _sentence_start(view: str, units: Units, i: int) -> int:
    """Where the sentence of unit `i` starts: the unit's start, or the previous unit's when a line break cut the
    sentence there (`… heeft in beide jaren circa` / `€ 1,1 miljoen aan host nation support bijgedragen`: the line
    before ends with no stop, the qualifier before the sum stands on it)."""
    u = units[i]
    if i == 0 or u.heading:
        return u.start
    p = units[i - 1]
    gap = view[p.end : u.start]
    if p.heading or gap.count("\n") != 1 or gap.strip() or view[p.start : p.end].rstrip()[-1:] in ".!?:;)":
        return u.start
    return p.start


# a sentence that says of the sums before it that they are not the support (`Deze bedragen zijn geen steun aan
# Oekraïne.`, `Dit bedrag valt buiten de steun aan Oekraïne.`, `Beide bedragen maken geen deel uit van de steun aan
# Oekraïne.`): plural, the sums of its paragraph before it; singular, the last sum before it
_THOSE_SUMS = re.compile(r"\W*(?:(?P<many>Deze|Die|Beide|Bovenstaande|Genoemde|Voornoemde)\s+(?:[\w-]+\s+)?"
                         r"(?:bedragen|uitgaven|kosten|sommen|bijdragen|posten)"
                         r"|(?:Dit|Dat|Deze|Die|Het\s+genoemde)\s+(?:[\w-]+\s+)?(?:bedrag|bijdrage|post))\b")


def _said_apart_after(view: str, units: Units, of_unit: dict[int, list[int]], out: list[Amount]) -> None:
    """The sums a following sentence of their paragraph, itself without sums, sets apart from the support to Ukraine
    (`_THOSE_SUMS`) are not that support."""
    for di in units_with(units, lexicon.bit(_APART)) if of_unit else ():
        d = units[di]
        if di in of_unit or d.heading:
            continue
        m = _THOSE_SUMS.match(view, d.start, d.end)
        if not m or not lexicon.search(_APART, view[d.start : d.end], d.hits):
            continue
        ks = _sums_before(units, of_unit, di)
        for k in ks if m.group("many") else ks[:1]:
            for j in of_unit[k]:
                out[j].ukraine = False


def _sums_before(units: Units, of_unit: dict[int, list[int]], di: int) -> list[int]:
    """The units with sums before unit `di` in its paragraph (nearest first), back to a heading."""
    ks = []
    k = di - 1
    while k >= 0 and units[k].line == units[di].line and not units[k].heading:
        if k in of_unit:
            ks.append(k)
        k -= 1
    return ks


# the funds the sums are charged to, named for Ukraine (`komen ten laste van het Oekraïnefonds`, `worden betaald uit het
# fonds voor militaire steun aan Oekraïne`, `gedekt uit de middelen voor Oekraïne`; not `komen niet ten laste van het
# Oekraïnefonds`, nor `ten laste van het BIV, dat ook de steun aan Oekraïne draagt`)
_PAID_FROM_UKRAINE = re.compile(
    r"(?<!\bniet\s)(?<!\bgeen\s)\b(?:ten\s+laste\s+van|(?:betaald|gefinancierd|bekostigd|gedekt|voldaan)\s+"
    r"(?:uit|vanuit|met)|(?:komen|komt|kwamen|kwam)\s+uit|uit\s+(?=het\s+Oekra|de\s+Oekra))\s+"
    r"(?:[^\s,.;:()]+\s+){0,6}?(?:Oekra\w+|Ukrain\w*)")


def _paid_for_ukraine_after(view: str, units: Units, of_unit: dict[int, list[int]], out: list[Amount]) -> None:
    """The sums a following sentence of their paragraph charges to a fund for Ukraine (`Deze uitgaven komen ten laste
    van het Oekraïnefonds`, `_PAID_FROM_UKRAINE`) are that support: plural, the sums of the paragraph before it;
    singular, the last sum before it."""
    for di in units_with(units, lexicon.bit(_UKRAINE)) if of_unit else ():
        d = units[di]
        if d.heading:
            continue
        m = _THOSE_SUMS.match(view, d.start, d.end)
        if not m or not _PAID_FROM_UKRAINE.search(view, m.end(), d.end):
            continue
        ks = _sums_before(units, of_unit, di)
        for k in ks if m.group("many") else ks[:1]:
            for j in of_unit[k] if m.group("many") else of_unit[k][-1:]:
                out[j].ukraine = True


# an abbreviation the letter defines by a long form that names Ukraine (`een nieuw Ukraine Assistance Fund (UAF)`,
# `de Ukraine Facility (UF)`, `het Oekraïne Steunfonds (OSF)`): the letter's sums said of it later are that support
_UKRAINE_DEFINED = re.compile(r"(?:Ukrain\w*|Oekra\w+)(?:[ \t]+[\w-]+){0,5}?[ \t]*\((?P<acr>[A-Z][A-Z0-9]{1,6})\)")


def _about_ukraine(view: str, titles: set[str]) -> bool:
    """Is a title line among the letter's first 1500 characters about support to Ukraine (`_UKRAINE_TOPIC`), and
    no section heading?"""
    end = min(len(view), 1500)
    # (a match is one line that names `Oekra`: the pattern is tried only at the start of such lines)
    i = view.find("Oekra", 0, end)
    while i >= 0:
        s = view.rfind("\n", 0, i) + 1
        m = _UKRAINE_TOPIC.match(view, s, end)
        if m and m.group(0).strip() not in titles:
            return True
        e = view.find("\n", i, end)
        if e < 0:
            break
        i = view.find("Oekra", e, end)
    return False


def _ukraine_acronyms(view: str) -> re.Pattern[str] | None:
    """The abbreviations the letter defines by a long form that names Ukraine, as one pattern (None: none)."""
    found: set[str] = set()
    if "(" in view:
        # (a match starts at `Ukrain` or `Oekra` and holds no paren before its own: tried at each of those words, it
        # finds the same abbreviations as a scan of the whole view)
        for word in ("Ukrain", "Oekra"):
            i = view.find(word)
            while i >= 0:
                if m := _UKRAINE_DEFINED.match(view, i):
                    found.add(m.group("acr"))
                i = view.find(word, i + 1)
    return re.compile(r"\b(?:" + "|".join(sorted(found)) + r")\b") if found else None


def _with_tables(doc: Document, out: list[Amount], memo: _Memo, about_ukraine: bool) -> list[Amount]:
    """The sums of the prose and those of the tables under a unit line (`(bedragen x € 1 mln.)`, see `tables`), in
    text order; the unit line's own `€ 1 mln.` is no sum. A cell is read as its row's label said in the caption's
    section: Ukraine support when the label, the caption or (as for the prose) the section or the letter says so."""
    units, cells = tables.unit_cells(doc)
    if not units:
        return out
    phrases = [doc.span(u.start, u.end) for u in units]
    out = [a for a in out if not any(p.start <= a.span.start and a.span.end <= p.end for p in phrases)]
    # (a cell the prose read too, `€ 1,2 mld.` in a row: once, as the table's)
    taken = {(c.span.start, c.span.end) for c in cells}
    out = [a for a in out if not any(s < a.span.end and a.span.start < e for s, e in taken)]
    captions: dict[int, tuple[str, str]] = {}
    for c in cells:
        if c.unit.start not in captions:
            s = doc.sentence_at(c.unit.start)
            captions[c.unit.start] = (doc.view[s.start : s.end], doc.section_title(s) or "") if s \
                else _caption_heading(doc, c.unit.start)
        caption, heading = captions[c.unit.start]
        ctx = _Context(c.label, lexicon.of(c.label), heading, [caption], memo, about_ukraine)
        n = len(c.label)
        out.append(Amount(value=c.value, currency=c.currency, text=c.text, span=c.span, qualifier=None,
                          ukraine=ctx.ukraine(0, n), purpose=ctx.purpose(0, n) or c.label or None, rule=RULE))
    out.sort(key=lambda a: a.span.start)
    return out


def _caption_heading(doc: Document, pos: int) -> tuple[str, str]:
    """The caption and section title of a unit line that stands on a line of its own, read as a heading (`Tabel 1.
    Munitiebijdragen aan Oekraïne (in miljoenen euro's)`): that line, and the heading before it."""
    for k, h in enumerate(doc.headings):
        if h.start <= pos < h.end:
            return h.title, doc.headings[k - 1].title if k else ""
    return "", ""


# (`voor de strijdkrachten van Moldavië`, `Aan Moldavië, dat …, heeft Nederland € 40 miljoen gegeven`, `aan het leger
# van Georgië`: a body of that country receives it; not `aan het munitie-initiatief van Tsjechië`, which it leads)
# (`voor de versterking van de strijdkrachten van Georgië`: what is done for that body, between)
_BODIES = (r"(?:strijdkrachten|krijgsmacht|leger|regering|bevolking|kustwacht|grenswacht|politie|marine|luchtmacht"
           r"|overheid)")
_FOR_THE = (r"\b(?:[Vv]oor|[Aa]an)\s+(?:het\s+|de\s+)?(?:(?:versterking|ondersteuning|opbouw|modernisering|opleiding"
            r"|training|uitrusting|bevoorrading)\s+van\s+(?:het\s+|de\s+)?)?")
_RECIPIENT_BEFORE = re.compile(_FOR_THE + rf"(?:{_BODIES}\s+van\s+)?$")
# the country's adjective before the body (`aan de versterking van de Moldavische krijgsmacht`, `voor het Georgische
# leger`)
_RECIPIENT_ADJ_BEFORE = re.compile(_FOR_THE + r"$")
_BODY_AFTER = re.compile(rf"\s+{_BODIES}\b")


def _for_another_country(sentence: str) -> bool:
    """Does the sentence give to a country other than Ukraine (`voor Moldavië`, `aan Georgië`, `aan de Moldavische
    krijgsmacht`; not `het munitie-initiatief van Tsjechië`)?"""
    return any(not {"UA", "NL"} & set(cm.codes)
               and ((cm.kind == "name" and _RECIPIENT_BEFORE.search(sentence, max(0, cm.start - 60), cm.start))
                    or (cm.kind == "adjective" and _BODY_AFTER.match(sentence, cm.end)
                        and _RECIPIENT_ADJ_BEFORE.search(sentence, max(0, cm.start - 60), cm.start)))
               for cm in countries.find(sentence))


# a sum for the Netherlands' own forces (vocabulary.spending_words("own"): `voor de aanvulling van de eigen voorraden`)
_OWN_FORCES = re.compile("|".join(w.pattern for w in vocabulary.spending_words("own")), re.IGNORECASE)
# (each such phrase holds one of these words: a cheap test first)
_OWN_CUES = ("eigen", "voorraden", "Nederlandse", "herbevoorrading", "vervang", "geleverd", "overgedragen", "afgesta",
             "gedoneerd", "geschonken", "weggegeven")
# the refill of the own stock the sentence named before, pointed back to (`Een deel komt uit de eigen voorraad; voor de
# aanvulling daarvan is € 300 mln. vrijgemaakt`, `… uit het eigen materieel geleverd, voor de vervanging hiervan …`)
_OWN_STOCK = re.compile(r"\beigen\s+(?:[\w-]+\s+)?(?:voorraden|voorraad|munitievoorraden|materieel|bestand)\b",
                        re.IGNORECASE)
_REFILL_OF_IT = re.compile(r"\b(?:aanvulling|aanvullen|vervanging|vervangen|herbevoorrading|aan\s+te\s+vullen"
                           r"|te\s+vervangen)\s+(?:daarvan|hiervan|ervan)\b|\b(?:daarvan|hiervan)\s+(?:weer\s+)?"
                           r"(?:aan\s+te\s+vullen|te\s+vervangen)\b", re.IGNORECASE)

# beside such words, the deliveries that emptied the stocks (`het aanvullen van de eigen voorraden na de leveringen aan
# Oekraïne`, `als gevolg van de donaties aan Oekraïne`): what caused the refill, not what the sum is for
_AFTER_DELIVERIES = re.compile(r"\b(?:na|door|vanwege|wegens|sinds|(?:als|ten)\s+gevolge?\s+van)\s+(?:de\s+|het\s+)?"
                               r"(?:[\w-]+\s+)?(?:leveringen|levering|donaties|donatie|overdracht|schenkingen)\s+"
                               r"(?:van\s+[\w-]+\s+)?(?:aan|naar)\s+(?:de\s+)?Oekra\w+", re.IGNORECASE)


def _own_spans(sentence: str) -> list[tuple[int, int]]:
    """Where the sentence says a sum is for the Netherlands' own forces: its own stocks or materiel, their refill or the
    replacement of what was given (`ter vervanging van het aan Oekraïne geleverde materieel`). The Ukraine these words
    name is where the materiel went, not what the sum is for."""
    if not any(c in sentence for c in _OWN_CUES):
        return []
    spans = [(m.start(), m.end()) for m in _OWN_FORCES.finditer(sentence)]
    stock = _OWN_STOCK.search(sentence)
    if stock:
        spans += [(m.start(), m.end()) for m in _REFILL_OF_IT.finditer(sentence, stock.end())]
    if spans:
        spans += [(m.start(), m.end()) for m in _AFTER_DELIVERIES.finditer(sentence)]
    return spans


def _for_own_forces(sentence: str) -> bool:
    """Is the sum for the Netherlands' own forces?"""
    return bool(_own_spans(sentence))


# Ukraine named as where the war is, the cause of a sum and not its recipient (`Naar aanleiding van de Russische inval
# in Oekraïne heeft het kabinet € 2 miljard aan de defensiebegroting toegevoegd`, `de oorlog tegen Oekraïne`)
_WAR_ON = re.compile(r"\b(?:inval|invasie|oorlog|agressie|aanval|aanvalsoorlog|oorlogsgeweld|oorlogvoering)\s+"
                     r"(?:van\s+Rusland\s+|door\s+Rusland\s+)?(?:in|tegen|op|met)\s+(?:het\s+)?$", re.IGNORECASE)


class _Context:
    """What a sentence says about the sums in it, read once: Ukraine and spending words, purposes,
    its heading and the sentences it points back to. `memo` holds, per letter, what a heading or an
    earlier sentence says (read only when needed, once however many sums ask)."""

    def __init__(self, sentence: str, hits: int, heading: str, before: list[str], memo: _Memo,
                 topic: bool = False, opening: str = "", named: re.Pattern[str] | None = None) -> None:
        apart = [(m.start(), m.end()) for m in lexicon.finditer(_APART, sentence, hits)]
        self.apart = bool(apart)
        # the support set apart given its own sum by a relative clause (`Deze bedragen staan los van de militaire steun
        # aan Oekraïne, waarvoor in 2024 ruim € 3 miljard werd uitgegeven`): that clause's sums are the support
        self.its_own = [(r.end(), e.start() if (e := _CLAUSE_END.search(sentence, r.end())) else len(sentence))
                        for _, b in apart if (r := _ITS_SUM.match(sentence, b))]
        ukr = [p for m in lexicon.finditer(_UKRAINE, sentence, hits)
               if not _WAR_ON.search(sentence, max(0, (p := m.start()) - 50), p)]
        if named is not None:          # (the letter's own abbreviations of a Ukraine long form: `het UAF`)
            ukr = sorted(ukr + [m.start() for m in named.finditer(sentence)])
        # `Voor Moldavië … stelt het kabinet € 15 miljoen beschikbaar`: another country receives it
        # (`Voor de aanvulling van de eigen voorraden … € 400 miljoen`: the own forces receive it; the Ukraine of
        # `ter vervanging van het aan Oekraïne geleverde materieel` is where the materiel went, not the sum's)
        own_spans = _own_spans(sentence)
        own = bool(own_spans)
        away = apart + own_spans
        self.ukr = [p for p in ukr if not any(a <= p < b for a, b in away)] if away else ukr
        self.apart = self.apart or (not self.ukr and (_for_another_country(sentence) or own))
        self.spend = [m.start() for m in lexicon.finditer(_SPENDING, sentence, hits)]
        if self.spend:
            keys = [(m.start(), m.end()) for m in _BY_GDP_KEY.finditer(sentence)]
            self.spend = [p for p in self.spend if not any(a <= p <= b for a, b in keys)]
        # (an apart phrase itself, not another country: the Ukraine words then count only in the sum's clause; so for
        # the own forces, `€ 350 miljoen in de aanvulling van de eigen munitievoorraden, die door de leveringen aan
        # Oekraïne zijn geslonken`)
        self.apart_phrase = bool(apart)
        self.own = own and bool(self.ukr)
        self.parts = [m.start() for m in _PART_OF.finditer(sentence)] if self.ukr else []
        self.sentence = sentence
        self.names = _purpose_names(sentence, hits)
        self.heading = heading
        self.before = before
        self.memo = memo
        self.topic = topic
        self.opening = opening     # the paragraph's first sentence, for its costs (`De extra kosten …`)

    def ukraine(self, lo: int, hi: int, at: tuple[int, int] | None = None, item: _Item | None = None) -> bool:
        """Support for Ukraine? The sum's own clause [lo, hi) first, then its sentence, its heading
        (unless the sentence is about spending totals), the sentences it points back to. `at` is the sum
        itself: in a sentence that sets a sum apart from the support (`Los van de steun aan Oekraïne
        investeert Defensie EUR 480 miljoen …, die door de leveringen aan Oekraïne zijn geslonken`), the
        Ukraine words of a relative or subordinate clause after the sum tell of something else; the Ukraine words
        after a `waarvan` that follows the sum are its part's. `item` is the sum's own item in a sentence that lists
        sums each with its own words (`_items`): the Ukraine words of the other items only are not its own, unless
        the letter or the section is about that support (`€ 100 miljoen voor munitie voor Oekraïne, en € 50 miljoen
        voor drones` there leaves out what both are for)."""
        ukr = self.ukr
        if at is not None and any(a <= at[0] < b for a, b in self.its_own):
            return True
        if item is not None:
            lo, hi = item.lo, item.hi
        if at is not None and (self.apart_phrase or self.own):
            other = _OTHER_CLAUSE.search(self.sentence, at[1], hi)
            if other:
                hi = other.start()
                ukr = [p for p in ukr if p < hi]
            if self.own:
                # (nor in a clause of its own before the sum: `Nederland levert uit de eigen voorraad munitie aan
                # Oekraïne; voor de aanvulling daarvan is € 150 miljoen vrijgemaakt`)
                joins = [m.end() for m in _CLAUSE_JOIN.finditer(self.sentence, lo, at[0])]
                if joins:
                    ukr = [p for p in ukr if p >= joins[-1]]
            if self.own and not ukr:
                return False        # for the own forces, Ukraine only in a clause of something else
        if at is not None and any(at[1] <= p < hi for p in self.parts):
            ukr = [p for p in ukr if p < hi]
        if any(lo <= p < hi for p in ukr):
            return True
        if self.apart or (self.heading and self.memo.apart(self.heading)):
            return False            # (a section `Wat niet onder de steun aan Oekraïne valt`: its sums are not)
        if any(lo <= p < hi for p in self.spend):
            return False
        if ukr and item is not None and not any(a <= p < b for a, b in item.shared for p in ukr) \
                and not self.topic and not (self.heading and self.memo.ukraine(self.heading)):
            return False            # (Ukraine named in the other items only)
        if ukr:
            return True
        if self.before and self.memo.apart_or_own(self.before[0]):
            return False            # (`Los van de steun aan Oekraïne investeert Defensie in eigen drones. In 2026 is
            #                          daarvoor € 150 miljoen begroot.`: what it points back to is not the support)
        if self.heading and not self.spend and self.memo.ukraine(self.heading):
            return True
        return (self.topic and not self.spend) or any(self.memo.ukraine(b) for b in self.before) \
            or bool(self.opening and not self.spend and self.memo.ukraine(self.opening))

    def purpose(self, lo: int, hi: int) -> str | None:
        """The instrument or topic a sum is for: named in its clause, else in its sentence; else the
        strongest name in the sentences it points back to (`Via dit initiatief … luchtverdediging`
        after `… (PURL)` is PURL); else its section heading."""
        for found in (_best(self.names, lo, hi), _best(self.names)):
            if found:
                return found[1]
        cands = [(b[0], k, b[1]) for k, t in enumerate(self.before) if (b := self.memo.best(t))]
        if cands:
            return min(cands)[2]
        found = self.memo.best(self.heading) if self.heading else None
        return found[1] if found else None


class _Memo:
    """Per letter: whether a text names Ukraine, and the strongest purpose it names."""

    __slots__ = ("_apart", "_best", "_ukr")

    def __init__(self) -> None:
        self._ukr: dict[str, bool] = {}
        self._apart: dict[str, bool] = {}
        self._best: dict[str, tuple[int, str] | None] = {}

    def apart(self, t: str) -> bool:
        """Does the text (a heading) set its sums apart from the support to Ukraine (`Wat niet onder de steun aan
        Oekraïne valt`, `Uitgaven buiten de steun aan Oekraïne`)?"""
        found = self._apart.get(t)
        if found is None:
            found = self._apart[t] = bool(lexicon.search(_APART, t, lexicon.of(t)))
        return found

    def apart_or_own(self, t: str) -> bool:
        """Does the text (a sentence pointed back to) set what it tells of apart from the support to Ukraine, or give
        it to the Netherlands' own forces?"""
        return self.apart(t) or _for_own_forces(t)

    def ukraine(self, t: str) -> bool:
        found = self._ukr.get(t)
        if found is None:
            found = self._ukr[t] = bool(lexicon.search(_UKRAINE, t, lexicon.of(t)))
        return found

    def best(self, t: str) -> tuple[int, str] | None:
        if t not in self._best:
            self._best[t] = _best(_purpose_names(t, lexicon.of(t)))
        return self._best[t]
