"""The costs and funding of the deployments a letter reads, where the genre states them apart from the
deployment: in the letter's section on costs by the deployment's name (`De kosten van het trainingsdetachement
…`, `Voor EUTM-S gaat het om …`), of `de inzet` for the one deployment of a section, by section number (`de
bijdragen onder 1.1, 2.1 en 3.1`) and in a table of missions with a cost column."""

from __future__ import annotations

import re
from bisect import bisect_right

from inzet import vocabulary
from inzet.extract import countries, lexicon
from inzet.extract.deployments.paragraph import Mention
from inzet.extract.deployments.period import dated, read_period
from inzet.extract.deployments.values import ALL_MENTIONS, JOINT_COSTS, read_cost, read_funding
from inzet.extract.deployments.vocab import PURCHASE_WORDS, SHIP_NAME
from inzet.extract.segment import Document
from inzet.extract.tables import may_hold_cells, split_cells

# `De kosten van het trainingsdetachement worden … geraamd op € 12,8 miljoen`: the costs of a deployment named
# by its unit, in the letter's section on costs (art. 100 letters keep them apart: `Financiën`, `Kosten`)
_COSTS_OF = re.compile(r"\b(?:[Kk]osten|[Uu]itgaven)\s+van\s+(?:de|het)\s+([a-zà-ÿ][\w-]+)"
                       # (its second word, not the verb after it: `De extra uitgaven van de verlenging bedragen …`)
                       r"(?:\s+(?!(?:bedragen|bedraagt|worden|komen|zullen|blijven|vallen)\b)([a-zà-ÿ][\w-]+))?"
                       # (or the sum for the contribution of a unit: `Voor de blijvende bijdrage van stafofficieren en
                       # politiefunctionarissen is in 2019 € 3,5 mln. geraamd`)
                       r"|\b[Vv]oor\s+de\s+(?:[a-zà-ÿ]+\s+)?(?:bijdrage|inzet)\s+van\s+(?:de\s+|het\s+)?([a-zà-ÿ][\w-]+)"
                       # (the unit the sentence opens with: `Voor de stafofficieren bedragen deze kosten …`)
                       r"|^\s*Voor\s+(?:de|het)\s+([a-zà-ÿ][\w-]+)\s+(?:bedragen|bedraagt|zijn|is|worden|wordt|gaat)\b")
_COST_HEADING = re.compile(r"[Ff]inanci|[Kk]osten|[Bb]udget")
# `De totale kosten van de drie besluiten bedragen … € 16,8 miljoen, waarvan … voor het terughalen van de MQ-9's`:
# the sum of them all, not the cost of the one it names
_TOTAL = re.compile(r"\b(?:[Tt]otale|[Ii]n\s+totaal|[Tt]ezamen|[Oo]pgeteld|[Gg]ezamenlijke)\b")
# a sum borne by another ministry's budget, not Defence's (`gedragen door de begroting van Buitenlandse Zaken`, `zijn
# gemaakt door het ministerie van Veiligheid en Justitie`)
_OTHER_MINISTRY = re.compile(r"\b(?:begroting|ministerie)\s+van\s+(?:Buitenlandse\s+Zaken"
                             r"|(?:Veiligheid\s+en\s+)?Justitie(?:\s+en\s+Veiligheid)?"
                             r"|Binnenlandse\s+Zaken(?:\s+en\s+Koninkrijksrelaties)?)\b")
# the total of the costs the section set out, naming no deployment or count of them (`De totale additionele kosten
# van EUR 57,5 mln. worden gefinancierd uit het BIV`, `In totaal bedragen de uitgaven …`; not `De totale kosten van de
# drie besluiten …`)
_TOTAL_OF_THEM = re.compile(r"\s*(?:(?:De|Deze)\s+totale\s+(?:additionele\s+|extra\s+|geraamde\s+)?(?:kosten|uitgaven)"
                            r"|In\s+totaal\s+(?:bedragen|zijn|komen)\s+de\s+(?:additionele\s+)?(?:kosten|uitgaven))\b"
                            r"(?![^.;]*\b(?:van|voor)\s+(?:de|deze|alle)\s+(?:twee|drie|vier|vijf|beide|\d+)\b)")
# `Voor EUTM-S gaat het om EUR 1.150.000`: a sum said to be what a deployment costs, without a cost word
_SUM_IS = re.compile(r"\b(?:gaat het om|betreft het|bedraagt|komt neer op)\b")
# a sum for a unit by its noun (`EUR 16,9 mln. voor het fregat …`): split on it, the noun kept
# (or for a mission by its name: `Het gaat om EUR 0,6 mln. voor UNTSO, EUR 1,4 mln. voor UNMISS en …`)
# (or set aside for a unit's deployment: `circa € 7,5 mln. bestemd voor de inzet van de C-130 en circa 0,8 miljoen euro
# voor de stafofficieren`)
_SUM_FOR = re.compile(r"(?:(?<=mln\.)|(?<=mld\.)|(?<=ljoen)|(?<=ljard)|(?<=euro))\s+(?:(?:is\s+|zijn\s+)?bestemd\s+)?"
                      r"voor\s+(?:(?:de|het)\s+(?:inzet\s+van\s+(?:de|het)\s+)?(?=[\w-]{4})|(?=[A-Z]{2}))([\w-]{3,})")
# the costs of two units by their nouns: `De kosten van de inzet van het fregat en de stafofficieren`
_TWO_UNITS = re.compile(r"\b(?:[Kk]osten|[Uu]itgaven)\s+van\s+(?:de\s+(?:inzet|bijdrage|deelname)\s+van\s+)?"
                        r"(?:de|het)\s+([\w-]{4,})\s+en\s+(?:van\s+)?(?:de|het)\s+([\w-]{4,})\b")
# `De uitgaven komen ten laste van het BIV`: the costs of the letter's decisions, all of them
_ALL_COSTS = re.compile(r"\s*(?:De|Alle)\s+(?:kosten|uitgaven|meerkosten|additionele\s+kosten)"
                        # (also their total: `De totale uitgaven van € 20,3 mln. komen ten laste van het BIV`)
                        r"\s+(?:komen|worden|zullen)\b"
                        r"|\s*De\s+totale\s+(?:kosten|uitgaven)\s+(?:van\s+[^;]{1,30}?\s+)?(?:komen|worden)\b")
# the costs of one, then of another, in one sentence (`… op € 4,2 miljoen en de kosten van de bijdrage aan … op …`)
_EACH_COSTS = re.compile(r"[;,]?\s+en\s+(?=(?:de\s+)?(?:kosten|uitgaven)\s+(?:van|voor)\b)")
# one-off costs beside the deployment's own (`De eenmalige kosten voor de voorbereiding … bedragen ongeveer € 8,5
# miljoen`): a part, not its cost
_ONE_OFF = re.compile(r"\b(?:[Ee]enmalige|[Ii]ncidentele)\s+(?:kosten|uitgaven)\b")
# (when no one deployment's sum came before, or only as a part of the whole: `Het grootste deel van deze kosten
# betreft de F-16's`)
_PART_OF_COSTS = re.compile(r"\bdeel\s+van\s+(?:deze|die|de)\s+(?:kosten|uitgaven)\b")
# `Beide bedragen komen ten laste van het BIV`: funding said of the sums just given
_THOSE_SUMS = re.compile(r"\b(?:[Bb]eide|[Dd]eze|[Dd]ie|[Aa]lle)\s+(?:twee\s+)?"
                         r"(?:bedragen|kosten|uitgaven|bijdragen)\b"
                         # (`Beide worden gefinancierd uit …`: both, the noun left out)
                         r"|\b[Bb]eide\s+(?:worden|komen)\b")


# the costs of what the letter does, named by the act (`De kosten van de verlenging`, `… van deze voortzetting`)
_COSTS_OF_ACT = re.compile(r"\b(?:[Kk]osten|[Uu]itgaven)\s+(?:van|voor)\s+(?:de|deze|die)\s+(verlenging|voortzetting"
                           r"|uitbreiding|beëindiging|afbouw)\b")
_ACT_NOUN = {"verlenging": "extension", "voortzetting": "extension", "uitbreiding": "change", "beëindiging": "end",
             "afbouw": "end"}


_PEOPLE_NOUNS = tuple(n for n in vocabulary.personnel_nouns() if " " not in n and len(n) > 3)
_ANY_DEPLOYMENT = frozenset({"bijdrage", "bijdragen", "inzet", "deelname", "missie", "operatie", "verlenging",
                             "voortzetting", "uitbreiding", "nederlandse"})


def speaks_of(view: str, m: Mention, noun: str) -> bool:
    """Does the deployment's unit or text speak of it by this noun (or a compound with it as its head: `fregat` of
    `het commandofregat`)?"""
    return noun.casefold() in (m.unit or "").casefold() \
        or re.search(rf"\b\w*{re.escape(noun)}\b", view[m.vstart:m.vend], re.IGNORECASE) is not None


def _named_in(text: str, view: str, mentions: list[Mention]) -> list[Mention]:
    """The deployments a sentence of the cost section names: by their unit's noun (`De kosten van het
    trainingsdetachement`), else by a mission name or acronym of theirs (`UNMISS`, `EUTM-S`, `F-35`), else
    by their country (`in Bulgarije`)."""
    unit = _COSTS_OF.search(text)
    # (the unit, or its adjective; not the words for any deployment: `De kosten van de bijdrage aan NMI`)
    # (nor the people of a part of it: `De kosten van de politiefunctionarissen, ongeveer 0,8 miljoen euro`)
    # (but the people a deployment is named by are it: `De kosten van de stafofficieren …`, of a deployment whose
    # unit is `vijf stafofficieren`)
    for word in (w for w in unit.groups() if w and len(w) >= 6 and w.casefold() not in _ANY_DEPLOYMENT) if unit else ():
        if word.casefold().endswith(_PEOPLE_NOUNS):
            found = [m for m in mentions if m.unit and m.unit.casefold().endswith(word.casefold())]
        else:
            # (also the head of a compound: `De uitgaven van de compagnie` of `een infanteriecompagnie`)
            found = [m for m in mentions if re.search(rf"\b\w*{re.escape(word)}\b", view[m.vstart:m.vend])]
        if found:
            return found

    folded = text.casefold()

    # (a substring test first: a name or key the sentence does not contain needs no pattern of its own)
    def says(name: str) -> bool:
        return len(name) >= 3 and name in text \
            and re.search(rf"(?<![\w-]){re.escape(name)}(?![\w-])", text) is not None

    def says_key(key: str) -> bool:     # (an acronym in its own case: `eFP`, `KMar`, `UNMISS`)
        # (also as the head of a compound: `De kosten van de KFOR-bijdrage`; not another name: `EUTM-S` of `EUTM`)
        found = re.finditer(rf"(?<![\w-]){re.escape(key)}(?!\w)(?!-(?-i:[A-Z0-9]))", text, re.IGNORECASE) \
            if len(key) >= 3 and key.casefold() in folded else ()
        return any(w.group() == key.upper() or sum(c.isupper() for c in w.group()) >= 2 for w in found)

    # a name as written, or a key written as an acronym (`F-35` of `vier F-35-jachtvliegtuigen`), or a ship by its
    # name in what the deployment says (`De additionele kosten van de inzet van Hr.Ms. Evertsen …`)
    ships = [m.group(1) for m in SHIP_NAME.finditer(text)]
    by_name = [m for m in mentions if any(map(says, m.names)) or any(map(says_key, m.keys))
               or any(ship in view[m.vstart:m.vend] for ship in ships)]
    if by_name:
        return by_name
    named = {c for cm in countries.find(text) if cm.kind in ("name", "place") for c in cm.codes}
    by_place = [m for m in mentions if named & set(m.countries)]
    if by_place or named:
        return by_place
    # `De kosten van de verlenging bedragen in 2017 … € 83,4 mln.`: the one deployment the letter so acts on
    act = _COSTS_OF_ACT.search(text)
    if act:
        action = _ACT_NOUN[act.group(1).casefold()]
        found = [m for m in mentions if m.explicit == action]
        if len(found) > 1:      # (of several so acted on, the one the letter opens with)
            first = min(m.section for m in found)
            found = [m for m in found if m.section == first]
        return found if len(found) == 1 else []
    return []


# the period of a deployment a cost sentence names (`De kosten van de inzet van september tot en met november 2025`)
# (no `\b` first: a pattern that opens with its words lets the engine skip to them; the word before is tested after)
_PERIOD_OF = re.compile(r"(?:inzet|bijdrage|deelname)\s+(?:in\s+de\s+periode\s+)?van\s+(?:\d{1,2}\s+)?[a-z]+\s+"
                        r"(?:\d{4}\s+)?(?:tot\s+en\s+met|tot|t/m)\s+")


def costs_by_period(doc: Document, mentions: list[Mention], letter_date: str | None = None) -> None:
    """The cost and funding a sentence states of the deployment whose period it names (`De kosten van de inzet van
    september tot en met november 2025 worden geraamd op circa € 7,8 mln. en komen ten laste van artikel 1`, `De
    verlengde inzet van december 2025 tot en met februari 2026 kost … € 10,6 mln.`): the one of that start and end,
    at the precision written, that states none of its own."""
    view = doc.view
    for p in _PERIOD_OF.finditer(view) if mentions and " van " in view else ():     # one pass over the letter
        if p.start() and view[p.start() - 1].isalnum():
            continue        # (inside a word: `kabinetsinzet`)
        s = doc.sentence_at(p.start())
        if s is None or s.footnote is not None:
            continue
        text = view[s.start:s.end]
        start, end = read_period(view[p.start():s.end])
        if not start or not end:
            continue
        found = [m for m in mentions if (d := dated(m.start or m.since, letter_date)) and d.startswith(start)
                 and (e := dated(m.end, letter_date)) and e.startswith(end)]
        if len(found) != 1 or found[0].cost is not None:
            continue
        hits = lexicon.of(text)
        cost = read_cost(text, hits)
        if cost is not None:
            found[0].cost = cost
            found[0].funding = found[0].funding or read_funding(text, hits)


# a sentence that opens a list of costs with its colon (`De additionele uitgaven worden per deel als volgt geraamd:`)
_COSTS_LISTED = re.compile(r"\b(?:[Kk]osten|[Uu]itgaven)\b[^.;]*:\s*$")
# an item of such a list (`- stafbijdrage CMF (…): € 2,4 mln.;`)
_COST_ITEM = re.compile(r"\s*[-–—•·*]\s")


def _sums_for(text: str) -> list[str]:
    """The sentence split by `_SUM_FOR` (sum, noun, sum, noun, …); of a total and its parts, the parts after
    `waarvan` (`… geraamd op € 14,6 mln., waarvan € 12,8 mln. voor de F-16's en € 1,8 mln. voor de KDC-10`)."""
    pieces = _SUM_FOR.split(text)
    pieces[0] = pieces[0].rsplit("waarvan", 1)[-1]
    return pieces


def _sums_by_unit(view: str, pieces: list[str], mentions: list[Mention]) -> list[Mention]:
    """Each sum of a sentence split by `_SUM_FOR` (sum, noun, sum, noun, …) the cost of the one deployment that
    speaks of its noun and has none yet; the deployments so costed."""
    costed = []
    for before, noun in zip(pieces[::2], pieces[1::2], strict=False):
        one = [m for m in mentions if speaks_of(view, m, noun)]
        one = [m for m in one if m.action in ("new", "extension", "change")] if len(one) > 1 else one
        if len(one) > 1:        # (the one whose unit it is: `zes F-16's`, not a text that names them in passing)
            one = [m for m in one if noun.casefold() in (m.unit or "").casefold()] or one
        if len(one) > 1:        # (the one whose text has it as a subject: `Het fregat vertrekt …`)
            one = [m for m in one if re.search(rf"\b(?:Het|De)\s+{re.escape(noun)}\b", view[m.vstart:m.vend])]
        value = read_cost(before.rsplit(" en ", 1)[-1], cost_word=False)
        if len(one) == 1 and value is not None and one[0].cost is None:
            one[0].cost = value
            costed.append(one[0])
    return costed


def costs_by_name(doc: Document, mentions: list[Mention]) -> None:
    """Costs and funding the letter's section on costs states of a deployment it names (`De uitgaven voor
    … UNMISS worden geraamd op circa 4 miljoen euro. Voor EUTM-S gaat het om EUR 1.150.000. Beide bedragen
    komen ten laste van het BIV.`), for a deployment that has none of its own."""
    if not mentions:
        return
    view = doc.view
    starts = [ln.start for ln in doc.lines]
    decided = [m for m in mentions if m.explicit in ("new", "extension", "change") or m.action == "new"]
    costed: list[Mention] = []           # given a sum in this paragraph since its last funding sentence
    paragraph = -1
    all_hits = lexicon.sentence_hits(doc)     # the letter's lexical pass, made once
    listed = False                       # the sentences are items of a list of costs its intro opens
    after_items = False                  # the sentence before was such an item (the one below the list goes on)
    for k, s in enumerate(doc.sentences):
        title = doc.section_title(s.section)
        if s.footnote is not None or not title or not _COST_HEADING.search(title):
            continue
        line = bisect_right(starts, s.start) - 1
        text = view[s.start:s.end]
        item = listed and _COST_ITEM.match(text) is not None
        if line != paragraph and not item and not after_items:
            paragraph, costed, part, acted, joint, summed = line, [], False, None, [], []
        paragraph, after_items = line, item
        # (the items of a list of costs its intro opens: `De additionele uitgaven worden per deel als volgt geraamd:` /
        # `- Zr.Ms. Tromp (1 september tot half december 2025): € 17,9 mln.`, the sum each item gives without a word for
        # costs; the paragraph goes on through them, for the funding sentence after the list)
        listed = _COSTS_LISTED.search(text) is not None or item
        hits = all_hits[k]
        part = part or _PART_OF_COSTS.search(text) is not None
        act = _COSTS_OF_ACT.search(text)
        acted = acted or (_ACT_NOUN[act.group(1).casefold()] if act else None)
        named = every = _named_in(text, view, mentions)
        if len(named) > 1:          # of the deployments it names, one still running, whose costs are still unknown
            named = [m for m in named if m.action != "end"] or named
            named = [m for m in named if m.cost is None] or named
        cost = None
        if "van " in text and _OTHER_MINISTRY.search(text):
            # (`De opvang … in Jordanië kostte ongeveer € 250.000; deze kosten worden gedragen door de begroting van
            # Buitenlandse Zaken`: another ministry's, not the unit's)
            named = every = []
        pieces = _sums_for(text) if " voor " in text else [text]
        if len(pieces) > 3 and not _EACH_COSTS.search(text):
            named = []      # (a sum for each of two units by their nouns: the split below gives each its own)
        if len(named) == 1 and not _TOTAL.search(text) and not _ONE_OFF.search(text):
            cost = read_cost(text, hits) or (read_cost(text, hits, cost_word=False)
                                             if _SUM_IS.search(text) or item else None)
        if cost is None and not named and _TOTAL_OF_THEM.match(text) and len(decided) == 1 \
                and decided[0].cost is None and (cost := read_cost(text, hits)) is not None:
            named = decided     # (`De totale additionele kosten van EUR 57,5 mln. …`, below the table of its costs)
        if cost is not None:
            if named[0].cost is None:
                named[0].cost = cost
            costed.append(named[0])
        elif len(named) != 1 and not _EACH_COSTS.search(text) and len(pieces) > 2:
            # `… geraamd op EUR 16,9 mln. voor het fregat en de helikopter en EUR 0,4 mln. voor de stafofficieren`:
            # each sum the cost of the unit it is for
            costed += _sums_by_unit(view, pieces, mentions)
        elif len(named) > 1 and _EACH_COSTS.search(text):
            # `De kosten van de bijdrage aan NMI … op € 4,2 miljoen en de kosten van de bijdrage aan de coalitie op
            # € 6,9 miljoen`: each part the sum of the one it names
            for piece in _EACH_COSTS.split(text):
                one = _named_in(piece, view, named)
                one = [m for m in one if m.action != "end"] if len(one) > 1 else one
                value = read_cost(piece) or read_cost(piece, cost_word=False)
                if len(one) == 1 and value is not None:
                    one[0].cost = one[0].cost if one[0].cost is not None else value
                    costed.append(one[0])
        if len(every) > 1 and cost is None and read_cost(text, hits) is not None:
            summed = [*summed, *every]  # (a sum for several, no one's cost: `De kosten van de KFOR-bijdrage …`)
        if len(named) > 1 and JOINT_COSTS.search(text):
            joint = named
        elif not named and (two := _TWO_UNITS.search(text)):
            # (`De additionele kosten van de inzet van het fregat en de stafofficieren …`: of the two units together)
            joint = [m for m in mentions if any(speaks_of(view, m, w) for w in two.groups())]
        fund = read_funding(text, hits)
        if fund:
            # (a sentence naming several, a cost table read as one, funds them all only when it says so: `Beide …`)
            # (or names them as the costs of each: `De kosten van de VPD's en van de deelname van … komen ten laste …`)
            several = len(named) > 1 and not _THOSE_SUMS.search(text) and not ALL_MENTIONS.search(text) \
                and not JOINT_COSTS.search(text)
            targets = [] if several else named or (costed if _THOSE_SUMS.search(text) or len(costed) == 1 else [])
            if named and costed and _THOSE_SUMS.match(text):
                # (`Beide bedragen komen ten laste van het BIV, evenals de kosten van de afbouw in Varna`: the sums
                # just given, and the one it names besides)
                targets = [*costed, *(m for m in named if m not in costed)]
            if not named and _ALL_COSTS.match(text) and (not costed or part):
                # `De uitgaven komen ten laste van het BIV`, naming nothing: the costs of all the letter decides
                targets = [*targets, *(m for m in mentions if m.explicit in ("new", "extension", "change")
                                       or m.action == "new")]
            elif not named and _ALL_COSTS.match(text) and len(costed) > 1:
                targets = [*targets, *costed]   # (`De kosten worden gefinancierd uit …`, after the sum of each)
            elif not named and _ALL_COSTS.match(text) and acted:
                # (after `De additionele uitgaven voor de verlenging …`: of every deployment so acted on)
                targets = [*targets, *(m for m in mentions if m.explicit == acted)]
            if not named and summed and _THOSE_SUMS.match(text):
                targets = [*targets, *(m for m in summed if m not in targets)]   # (`Beide bedragen …`: those too)
            if not named and joint and _THESE_COSTS.match(text):
                targets = [*targets, *joint]    # (`Deze kosten komen ten laste van …`: of those costed together)
            for m in targets:
                m.funding = m.funding or fund
            costed = []


# `De additionele kosten van de inzet worden geraamd op € 1,9 miljoen`: the cost of the section's deployment, said
# in a paragraph of its own (the deployment's was about the ship and its task)
# (not the mission's common costs, paid by all: `De gemeenschappelijke kosten van de operatie … uit de EPF`; and the
# costs of the act, `De kosten van de verlenging …`, which are those of the deployment so acted on)
# (`De kosten van de F-16-inzet`: the deployment by its assets)
_COSTS_OF_IT = re.compile(r"\b(?:[Kk]osten|[Uu]itgaven)\s+(?:(?:van|voor)\s+(?:de|deze)\s+"
                          r"(?:Nederlandse\s+|militaire\s+)?"
                          r"(?:[\w-]+-|\w+?)?"
                          r"(?:inzet|bijdrage|deelname|missie|operatie|verlenging|voortzetting|uitbreiding)\b"
                          r"|(?:hiervan|daarvan|hiervoor|daarvoor)\b)")
# what is bought, whose costs the sentence after gives by `daarvan`: no deployment's
_PURCHASE = re.compile(rf"\b(?:{PURCHASE_WORDS}|vervanging|investering\w*)\b[^.]*\.\s*$")
_COSTS_OF_ALL = re.compile(r"\b[Kk]osten\s+van\s+(?:de|deze|alle|die)\s+(?:Nederlandse\s+)?(?:[\w-]+-)?"
                           r"(?:bijdragen|inzetten|missies|deelnames)\b"
                           # (not those it names by number: `De kosten van de bijdragen onder 1.1, 2.1 en 3.1`)
                           r"(?!\s+(?:onder|genoemd|beschreven|in\s+(?:paragraaf|de\s+paragrafen)|\d))")
_COMMON_BEFORE = re.compile(r"(?:gemeenschappelijke|gezamenlijke)\s+$")
# `Deze kosten komen ten laste van het BIV`: the funding of the costs the sentence before gave
# (and below a table of costs: `De kosten worden gefinancierd uit het BIV`, `Alle bedragen …`)
_THESE_COSTS = re.compile(r"\s*(?:(?:Deze|Die|Alle|De(?:ze)? genoemde)\s+(?:kosten|uitgaven|bedragen)"
                          r"|(?:De\s+(?:kosten|uitgaven)|Deze|Die|Zij)\s+(?:worden|komen)"
                          # (the ministry's share of them, and how that is paid: `Daarvan komt circa € 7,5 miljoen
                          # voor rekening van Defensie …; deze kosten worden gedekt uit het BIV`)
                          r"|(?:Daarvan|Hiervan)\s+(?:komt|komen|is|wordt|draagt)\b[^.;]{0,120}?\bDefensie\b)\b")


def costs_in_section(doc: Document, mentions: list[Mention], letter_date: str | None = None) -> None:
    """The cost and funding a later paragraph of a section states of `de inzet` (`De additionele kosten van de inzet
    worden geraamd op € 1,9 miljoen en worden gefinancierd uit … de HGIS`), for the one deployment of the section
    that states none of its own; in a section about none (an answer of its own: `Antwoord 5  De kosten van de
    bijdrage bedragen …`), for the letter's one deployment that still runs."""
    per_section: dict[int, list[Mention]] = {}
    for m in mentions:
        per_section.setdefault(m.section, []).append(m)
    running = [m for m in mentions if m.action != "end"
               and not (m.end and letter_date and (dated(m.end, letter_date) or "9999") < letter_date)]
    still = running
    if len(running) > 1:        # (of those, the one the letter decides on: not the earlier ones it recalls)
        running = [m for m in running if m.action in ("new", "extension", "change")]
    if not running and len(mentions) == 1:
        running = mentions      # (a letter that ends its one deployment: `De kosten van de inzet komen … ten laste`)
    view = doc.view
    done: set[int] = set()
    for c in _COSTS_OF_ALL.finditer(view) if "osten van" in view else ():
        # `De kosten van de KMar-bijdragen … komen ten laste van het BIV`: the funding of them all (their sum is a
        # total, no one's cost)
        s = doc.sentence_at(c.start())
        if s is not None and s.footnote is None:
            done.add(s.start)
            fund = read_funding(view[s.start:s.end])
            for m in mentions if fund else ():
                m.funding = m.funding or fund
    for c in _COSTS_OF_IT.finditer(view) if "osten" in view or "itgaven" in view else ():    # one pass over it
        s = doc.sentence_at(c.start())
        if s is None or s.start in done or s.footnote is not None or _COMMON_BEFORE.search(view, c.start() - 20,
                                                                                            c.start()):
            continue
        done.add(s.start)
        ms = per_section.get(s.section) or (running if s.section >= 0 else [])
        if ms is not running and all(m.action in (None, "status") and s.start < m.vend for m in ms):
            # (the costs' section recalls another deployment after them: `Aan de inzet van de Patriot-eenheden in
            # Turkije, die tot eind januari 2015 loopt, verandert dit besluit niets`; the costs are the decided one's)
            ms = running
        if ms is running and len(ms) != 1 and len(named := _named_in(view[s.start:s.end], view, still)) == 1:
            ms = named      # (of those that run, the one the sentence names: `De kosten van de bijdrage aan eFP …`)
        if s.section < 0 or len(ms) != 1 or (ms[0].section == s.section and s.start < ms[0].vend):
            continue
        m, text = ms[0], view[s.start:s.end]
        if c.group().lower().endswith(("hiervan", "daarvan", "hiervoor", "daarvoor")) and _PURCHASE.search(
                view, max(0, s.start - 300), s.start):
            continue            # (`… bestelt Defensie zes extra F-35's. De kosten daarvan, circa € 1 miljard, …`)
        if _TOTAL.search(text):
            continue
        if "waarvan" in text and len(pieces := _sums_for(text)) > 3:
            # (a total and its parts for units by their nouns: `De kosten van de verlenging worden geraamd op € 14,6
            # mln., waarvan € 12,8 mln. voor de F-16's en € 1,8 mln. voor de KDC-10`: each part its unit's)
            for one in _sums_by_unit(view, pieces, mentions) or ([m] if m.cost is not None else []):
                one.funding = one.funding or read_funding(text)
            continue
        hits = lexicon.of(text)
        act = _COSTS_OF_ACT.search(text)
        if act and _ACT_NOUN[act.group(1).casefold()] != m.explicit:
            continue            # (the costs of another act than the deployment's)
        if act and m.cost is not None and not m.cost_of_act and read_cost(text, hits) is not None:
            m.cost = None       # (`De kosten van de inzet in 2013 …. De kosten van de verlenging …`: the latter's)
        if m.cost is None:
            m.cost = read_cost(text, hits)
            m.cost_of_act = act is not None
        m.funding = m.funding or read_funding(text, hits)
        # (the sentence after it, or the one after that, about these costs: `De eenmalige kosten … bedragen € 8,5
        # miljoen. Deze kosten komen ten laste van het BIV.`)
        at = s
        for _ in range(2):
            gap = view[at.end:at.end + 3]
            nxt = doc.sentence_at(at.end + len(gap) - len(gap.lstrip()))       # (the sentence after the spaces)
            if m.funding is not None or nxt is None or nxt.start <= at.start or nxt.section != s.section:
                break
            if _THESE_COSTS.match(view, nxt.start):
                m.funding = read_funding(view[nxt.start:nxt.end])
            at = nxt


# `De kosten van de bijdragen onder 1.1, 2.1 en 3.1 komen ten laste van het BIV`: funding of the deployments whose
# sections those numbers head
_BY_NUMBER = re.compile(r"\b(?:bijdragen|inzetten|besluiten|missies|onderdelen)\s+(?:genoemd\s+|beschreven\s+)?"
                        r"(?:onder|in)\s+(?:(?:de\s+)?(?:paragrafen|paragraaf|punten|punt)\s+)?"
                        r"(?P<nums>\d{1,2}(?:\.\d{1,2})*(?:\s*(?:,|en)\s*\d{1,2}(?:\.\d{1,2})*)+)")
_SECTION_NUMBER = re.compile(r"\s*(\d{1,2}(?:\.\d{1,2})*)\.?\s")


def funding_by_number(doc: Document, mentions: list[Mention]) -> None:
    """Funding a sentence gives the deployments of numbered sections (`De kosten van de bijdragen onder 1.1, 2.1 en
    3.1 komen ten laste van het BIV`), for those that state none of their own."""
    view = doc.view
    for m in _BY_NUMBER.finditer(view) if mentions and "onder" in view else ():      # one pass over the letter
        s = doc.sentence_at(m.start())
        if s is None:
            continue
        fund = read_funding(view[s.start:s.end])
        if not fund:
            continue
        nums = set(re.findall(r"\d{1,2}(?:\.\d{1,2})*", m.group("nums")))
        for d in mentions:
            if not 0 <= d.section < len(doc.headings):
                continue
            h = doc.headings[d.section]          # (as stored: the view may read `1.1` as `1.` and a footnote mark)
            span = doc.span(h.start, h.end)
            number = _SECTION_NUMBER.match(doc.text[span.start:span.end] + " ")
            if number and number.group(1) in nums and d.funding is None:
                d.funding = fund


_FUNDING_CELL = re.compile(r"(?:BIV|HGIS|artikel\s+1|art\.\s*1|[Dd]efensiebegroting)\Z")


# a table's header row that names a column of costs (`Missie  Land  Max. omvang  Toegezegd t/m  Kosten 2019`)
_COST_COLUMN = re.compile(r"\b(?:[Kk]osten|[Rr]aming|[Uu]itgaven|[Bb]udget)\b")


def _table_rows(doc: Document) -> list[tuple[list[str], str | None, list[str]]]:
    """The rows of the letter's tables of costs, each with the funding the sentence right below its table states
    (`De kosten worden gefinancierd uit het BIV`) and its table's first row (the header): a table in a section on
    costs, or one whose header row names a column of costs (an overview of missions), read from the stored lines.
    A row without cells says the funding of every deployment (`Alle kosten komen ten laste van het BIV`)."""
    text = doc.text
    if not may_hold_cells(text):
        return []       # (no line of the letter can have cells: the scan below would find no row)
    heads = doc.headings
    bounds = [(h.end, heads[i + 1].start if i + 1 < len(heads) else None, bool(_COST_HEADING.search(h.title)))
              for i, h in enumerate(heads)]
    first = heads[0].start if heads else None
    out: list[tuple[list[str], str | None, list[str]]] = []
    for a, b, costs in [(0, first, False), *bounds]:
        if b is not None and b <= a:
            continue
        table: list[list[str]] = []
        priced = costs
        for _, line in [*doc.stored_lines(a, b), (0, "end")]:
            # (a row has a tab, a `|` or a column gap: most lines are prose and are not split)
            cells = split_cells(line) if may_hold_cells(line) else [line]
            # (a total row leaves cells empty; a table of two columns opens with a header naming its costs:
            # `Missie     Kosten 2018`)
            if len(cells) >= 3 or (len(cells) == 2 and (table or _COST_COLUMN.search(cells[1]))):
                priced = priced or (not table and bool(_COST_COLUMN.search(line)))
                table.append(cells)
                continue
            if not line.strip():
                continue                    # (the sentence below the table may follow a blank line)
            if table and priced:
                these = _THESE_COSTS.match(line)
                below = read_funding(line) if these else None
                out += [(row, below, table[0]) for row in table]
                if below and these.group(0).lstrip().startswith("Alle"):
                    out.append(([], below, table[0]))   # (`Alle kosten komen ten laste van …`: of every deployment)
            table, priced = [], costs
    return out


_TOTAL_COLUMN = re.compile(r"\s*(?:Totaal|Total|Samen)\b", re.IGNORECASE)


def _by_its_word(cell: str, view: str, mentions: list[Mention]) -> list[Mention]:
    """The deployments whose text holds a word of the row's first cell, of six letters or more and not one of any
    deployment (`Commando SNMCMG1` of `Daarnaast neemt Nederland … het commando over de groep over`)."""
    words = [w for w in re.findall(r"[A-Za-zÀ-ÿ]{6,}", cell) if w.casefold() not in _ANY_DEPLOYMENT]
    return [m for m in mentions if m.vend > m.vstart
            and any(re.search(rf"\b{re.escape(w)}\b", view[m.vstart:m.vend], re.IGNORECASE) for w in words)]


def _joint_row(cell: str, view: str, m: Mention) -> bool:
    """Does the row's first cell join the deployment with something its paragraph does not speak of (`Anti-ISIS
    (F-16 en training)` of the F-16s alone)? Then the row's sum is of the two together, not the deployment's."""
    parts = [p for p in re.split(r"\s+en\s+|[()/,]", cell) if p.strip()] if " en " in cell else []
    para = view.find("\n\n", m.vend)      # (what its paragraph says of it: `MINUSMA (staf en politie)`)
    text = " ".join([view[m.vstart:para if para >= 0 else len(view)], *m.names, *m.keys])
    words = [re.findall(r"[\w-]{4,}", p) for p in parts]
    return len(parts) > 1 and any(
        ws and not any(re.search(rf"\b{re.escape(w)}", text, re.IGNORECASE) for w in ws) for ws in words)


def cost_table(doc: Document, mentions: list[Mention]) -> None:
    """A table of costs, one deployment a row (`Zr.Ms. Van Amstel (Irini)   1-9-2027 t/m 15-12-2027   € 11,6 mln.
    BIV`): the row's sum and funding cell (or the funding the sentence below the table states) for the one
    deployment its first cell names (by its name, else by the country another cell names), when that deployment
    has none of its own."""
    if not mentions:
        return
    for cells, below, header in _table_rows(doc):
        if not cells:
            for m in mentions:
                m.funding = m.funding or below
            continue
        named = _named_in(cells[0], doc.view, mentions)
        if not named or (len(named) == 1 and named[0].cost is not None):
            # (by a word of its own: `Commando SNMCMG1` is the command, not the ship of the group its name shares)
            named = [m for m in _by_its_word(cells[0], doc.view, mentions) if m.cost is None][:2] or named
        ships = [sm.group(0) for sm in SHIP_NAME.finditer(cells[0])]
        if len(named) > 1 and ships:  # `Atalanta (Zr.Ms. Tromp)`: of those with the name, the ship's
            named = [m for m in named if any(sh in doc.view[m.vstart:m.vend] for sh in ships)] or named
        if len(named) > 1:            # `F-35 QRA Slowakije`: of those with the name, the one in the country named
            where = {c for cm in countries.find(cells[0]) if cm.kind in ("name", "place") for c in cm.codes}
            named = [m for m in named if where & set(m.countries)] or [m for m in named if m.action != "end"]
        if not named and len(cells) >= 4 and not any(cm.kind == "mission" for cm in countries.find(cells[0])):
            # (`Anti-ISIS-coalitie (training)   Irak   …`: the one in the country the next cell names; not for a
            # mission by name the letter does not otherwise give, `EUTM Mali   Mali   …`)
            named = [m for m in _named_in(cells[1], doc.view, mentions) if m.action != "end"]
        if len(named) != 1 or _joint_row(cells[0], doc.view, named[0]):
            continue
        m = named[0]
        # (the total of a row by year: `Commando SNMCMG1   € 0,4 mln.   € 2,2 mln.   € 2,6 mln.` under `… Totaal`)
        total = next((i for i, h in enumerate(header) if _TOTAL_COLUMN.match(h)), None)
        cost = read_cost(cells[total], cost_word=False) if total is not None and total < len(cells) else None
        cost = cost if cost is not None else next(
            (v for c in cells[1:] if (v := read_cost(c, cost_word=False)) is not None), None)
        if m.cost is None and cost is not None:
            m.cost = cost
        if m.funding is None and _FUNDING_CELL.match(cells[-1]):
            m.funding = read_funding("ten laste van " + cells[-1])      # (the cell read as the prose says it)
        elif m.funding is None and below:
            m.funding = below
