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

from inzet.extract import countries, lexicon, metadata
from inzet.extract.deployments.actions import as_known, read_action
from inzet.extract.deployments.actions import explicit as explicit_action
from inzet.extract.deployments.costs import (
    cost_table,
    costs_by_name,
    costs_by_period,
    costs_in_section,
    funding_by_number,
    speaks_of,
)
from inzet.extract.deployments.missions import mission_rows
from inzet.extract.deployments.paragraph import (
    PEOPLE_CONTRIBUTE,
    Mention,
    Sentence,
    counted_people,
    opens_with_known_unit,
    paragraph,
)
from inzet.extract.deployments.period import add_months, dated, is_undated, read_period
from inzet.extract.deployments.values import ALL_MENTIONS, NUMW, read_cost, read_funding, read_personnel
from inzet.extract.deployments.vocab import (
    BESIDES_IT,
    DUTCH,
    GATE,
    GENERIC,
    HYPOTHETICAL,
    SHIP_NAME,
    STRONG,
    about_questions,
    anchor_keys,
)
from inzet.extract.segment import Document, Line
from inzet.extract.tables import may_hold_cells
from inzet.model import Deployment

__all__ = ["RULE", "extract", "read_action", "read_cost", "read_funding", "read_period", "read_personnel"]

RULE = "deployments.v1"


def _is_status(m: Mention) -> bool:
    return m.explicit is None


def _compatible(a: Mention, b: Mention, *, new_end: bool = False, placed: bool = True) -> bool:
    """Could a and b be the same deployment (an announcement and its detail)? With `new_end`, a is an
    extension or change of the mandate b reports, so their ends may differ; without `placed`, b names no
    country and is known to share a name with a (its countries and names are not compared)."""
    if placed and not set(a.countries) & set(b.countries):
        return False
    if placed and a.keys and b.keys and not a.keys & b.keys:
        return False
    if a.apart_from & b.keys or b.apart_from & a.keys:
        return False        # (a unit said not to be part of the other: `maakt geen deel uit van de bijdrage aan …`)
    # (a start at two precisions is one: `vanaf begin 2017`, `medio januari 2017`)
    if a.start is not None and b.start is not None and a.start != b.start and not _same_date(a.start, b.start):
        return False
    pairs = ((a.personnel, b.personnel), (a.cost, b.cost))
    for x, y in pairs if new_end else (*pairs, (a.end, b.end)):
        if x is not None and y is not None and x != y and not _same_day(x, y):
            return False
    ea, eb = a.explicit, b.explicit
    return ea is None or eb is None or ea == eb or {ea, eb} == {"change", "extension"}


def _same_day(x: object, y: object) -> bool:
    """Is one of two dates the other without its year (`per 1 april a.s.`, read `9999-04-01`, and `1 april 2026`)?"""
    return isinstance(x, str) and isinstance(y, str) and "9999" in (x[:4], y[:4]) and len(x) == len(y) > 4 \
        and x[4:] == y[4:]


def _same_date(x: str, y: str) -> bool:
    """Are two dates one at different precisions (`2017` and `2017-01`)?"""
    return x.startswith(y + "-") or y.startswith(x + "-")


def _assets(m: Mention) -> set[str]:
    """The asset designators a mention is named by (`f-16`, `mq-9`, `ch-47`: the keys with a figure)."""
    return {k for k in m.keys if any(c.isdigit() for c in k)}


def _placed_apart(m: Mention, o: Mention) -> bool:
    """Is o the unnamed detail of m's act in m's own paragraph, placed elsewhere than m's name says (`… aan EUTM
    Somalia. Nederland levert ten hoogste tien militairen, die in Oeganda worden ingezet`)?"""
    return bool(m.keys) and not o.keys and o.action == m.action and o.section == m.section \
        and 0 <= o.vstart - m.vend <= 3


def _fill(dst: Mention, src: Mention, *, values_only: bool = False, skip: tuple[str, ...] = ()) -> None:
    """dst takes the values it lacks from src (and, unless `values_only`, its actions, names and places)."""
    for attr in ("start", "end", "since", "months", "prior_end", "return_end", "personnel", "cost", "funding",
                 "unit"):
        if attr not in skip and getattr(dst, attr) is None and getattr(src, attr) is not None:
            setattr(dst, attr, getattr(src, attr))
    if values_only:
        return
    dst.actions |= src.actions
    dst.keys |= src.keys
    dst.names.extend(n for n in src.names if n not in dst.names)
    dst.countries.extend(c for c in src.countries if c not in dst.countries)


def _continues(o: Mention, m: Mention, sole: bool = False) -> bool:
    """Does o extend, change or end the deployment whose mandate status m reports? They share a name, or m
    names none (`het einde van de inzet in Irak`) and both are in the same country."""
    acts = o.explicit in ("extension", "change", "end")
    # (or o names nothing and acts on what its own section reports, or, from the letter's opening, on the `sole` status
    # of its country: `Sinds 1 oktober 2025 ondersteunt een duikteam van de EODD … De huidige bijdrage loopt af op 31
    # maart a.s. … Het kabinet verlengt de bijdrage daarom tot …`)
    if not (o.keys & m.keys or (not m.keys and acts) or (not o.keys and acts and m.section >= 0 and (
            o.section == m.section or (o.section == -1 and sole)))):
        return False
    return _compatible(o, m, new_end=o.explicit in ("extension", "change"))


def _inherit(o: Mention, m: Mention) -> None:
    """o takes the values of the mandate it continues; an extension keeps its own end (or one `met zes
    maanden` after the old one), an ended deployment ends when its mandate does."""
    own_end = o.explicit in ("extension", "change")
    if own_end:
        o.prior_end = o.prior_end or m.end
        if o.end is None and o.months and o.prior_end:
            o.end = add_months(o.prior_end, o.months)
    _fill(o, m, values_only=True, skip=("end",) if own_end else ())


def _merge(mentions: list[Mention]) -> list[Mention]:
    """One record per deployment: announcements merge into details; a status (`het mandaat loopt … af`)
    that the letter goes on to extend, change or end lends its dates to those and disappears."""
    out: list[Mention] = []
    for m in mentions:
        for i, o in enumerate(out):
            if o.strength() >= 2 and m.strength() >= 2 and o.keys != m.keys \
                    and (o.section == m.section or _assets(o) != _assets(m)):
                # a section with an eFP company and two MQ-9's: two deployments, each detailed; so are the F-16's
                # of their own section beside the task force (`Hun inzet wordt eveneens verlengd tot …`)
                continue
            if (o.beside or m.beside) and o.section == m.section and o.keys != m.keys \
                    and not (o.keys & m.keys):
                continue    # (`Los daarvan levert Nederland een stafofficier aan EUTM Mali`: another, by another name)
            if _is_status(o) == _is_status(m) and _compatible(o, m):
                keep, other = (o, m) if o.strength() >= m.strength() else (m, o)
                _fill(keep, other)
                out[i] = keep
                break
        else:
            out.append(m)
    _opening_into_detail(out)
    _same_assets_elsewhere(out)
    _whole_of_parts(out)
    result: list[Mention] = []
    for m in out:
        if _is_status(m) and (same := _bare_repeat(m, out)) is not None:
            _fill(same, m, values_only=True)        # (its unit, where the act names none: `de schepen`)
            continue
        if _is_status(m):
            later = [o for o in out if not _is_status(o) and _continues(o, m, sole=sum(
                _is_status(x) and bool(set(x.countries) & set(o.countries)) for x in out) == 1)]
            if len(later) > 1 and not _assets(m):
                # (a status that names no asset is not the F-16's, beside the task force it extends)
                later = [o for o in later if not _assets(o)] or later
            for o in later:
                _inherit(o, m)
            if later:
                continue
        result.append(m)
    return result


def _bare_repeat(m: Mention, out: list[Mention]) -> Mention | None:
    """The one deployment the letter acts on that m names again with nothing of its own (`Deze brief richt zich
    specifiek op de inzet van de Patriot-systemen in Turkije`, after the decision to place them there), or None: m
    says no value, and one mention that states an act has its places and assets."""
    if m.strength() or m.since:
        return None
    same = [o for o in out if o is not m and o.explicit is not None and set(m.countries) <= set(o.countries)
            and _assets(m) <= _assets(o) and not (m.keys and o.keys and not m.keys & o.keys)]
    return same[0] if len(same) == 1 else None


def _whole_of_parts(out: list[Mention]) -> None:
    """An end the letter gives for its whole contribution within a year (`dat de Nederlandse hoofdbijdrage aan
    MINUSMA in de loop van 2019 wordt beëindigd`) and then details part by part, each with its own day or month in
    that year and country (`Ten eerste beëindigt de SOLTG … op 1 mei 2019`, `… het C-130 transportvliegtuig …
    eind maart beëindigd`): the parts are the deployments, the whole is none of its own (in place)."""
    for m in [m for m in out if m.explicit == "end" and m.end and len(m.end) == 4 and not _assets(m)
              and m.personnel is None and m.cost is None]:
        parts = [o for o in out if o is not m and o.explicit == "end" and o.end and len(o.end) > 4
                 and o.end[:4] in (m.end, "9999") and set(o.countries) <= set(m.countries)
                 and not (o.keys & m.keys)]
        if len(parts) >= 2 and any(o.end[:4] == m.end for o in parts):
            out.remove(m)


def _opening_into_detail(out: list[Mention]) -> None:
    """The opening's announcement goes into the one detailed deployment it announces (in place):

    - a bare one (`informeert … over een nieuwe bijdrage aan NATO Air Policing in Estland`) under another name than
      its section's detail: the one detailed deployment of that country (or of those countries and more: the detail
      says where the ship is supplied too); also when the detail states no action, or names it the same with another
      action: then the detailed one's stands (`de afbouw van de bijdrage aan EUMAM UA` in the opening, `afgebouwd tot
      maximaal 40` below);
    - one named by a mission its country names, into the one unnamed deployment the opening's paragraph goes on to
      place elsewhere with the same act (`… bij te dragen aan … EUTM Somalia. Nederland levert ten hoogste tien
      militairen, die in Oeganda worden ingezet …`): where the units are is the detail's;
    - a new one that says more (`… om vanaf begin 2017 met een eenheid van circa 250 militairen bij te dragen …`),
      into its section's detail in the present (`Nederland levert … een versterkte pantserinfanteriecompagnie …`):
      the one such deployment of that country, when their values agree."""
    for m in [m for m in out
              if m.explicit is not None and (m.strength() <= 1 or (m.section == -1 and m.action == "new"))]:
        same = [o for o in out if o is not m and (set(m.countries) <= set(o.countries) or _placed_apart(m, o))
                and (o.strength() > 1 or (o.explicit is None and o.strength() == 1 and "status" not in o.actions))
                and (o.action == m.action or o.explicit is None or (m.keys and m.keys <= o.keys))
                and not (m.keys and o.keys and not m.keys & o.keys) and not (o.apart_from & m.keys)
                and (m.strength() <= 1 or (o.section != -1 and o.action == m.action and _compatible(m, o)))]
        if len(same) == 1:
            o = same[0]
            if set(m.countries) <= set(o.countries):
                _fill(o, m, values_only=o.explicit is not None and o.action != m.action)
            else:
                _fill(o, m, values_only=True)
                o.keys |= m.keys
                o.names.extend(n for n in m.names if n not in o.names)
            out.remove(m)


def _same_assets_elsewhere(out: list[Mention]) -> None:
    """The opening's deployment by its assets and where they act, and the detail by the same assets where they are
    based (`… met F-16-jachtvliegtuigen bij te dragen aan de strijd … tegen ISIS in Irak` and `De F-16's worden
    gestationeerd op een vliegbasis in Jordanië`): one deployment, when no other mention has those assets (in
    place)."""
    for m in [m for m in out if m.section == -1 and _assets(m)]:
        same = [o for o in out if o is not m and _assets(o) == _assets(m)]
        if len(same) == 1 and same[0].section != -1 and _compatible(m, same[0], placed=False) \
                and not set(m.countries) & set(same[0].countries) and (m.action or "new") == (same[0].action or "new"):
            _fill(same[0], m)
            out.remove(m)


def _with_mission_rows(doc: Document, merged: list[Mention]) -> None:
    """The rows of a table of missions (`missions.mission_rows`): each fills the deployment the prose reads in its
    countries (under its name, where both have one) where that one lacks an end, a size or a name, or is one of its
    own (in place)."""
    if not may_hold_cells(doc.text):
        return
    for row in mission_rows(doc):
        same = [m for m in merged if set(row.countries) & set(m.countries)
                and (not row.keys or not m.keys or row.keys & m.keys)]
        if len(same) > 1:
            same = [m for m in same if row.keys & m.keys] or same
        if not same:
            merged.append(row)
            continue
        m = same[0]
        if m.end and row.end and len(row.end) > len(m.end) and row.end.startswith(m.end):
            m.end = row.end     # (the table's day of the year the prose gives: `tot en met eind 2025`, `31-12-2025`)
        m.end = m.end or row.end
        m.personnel = m.personnel if m.personnel is not None else row.personnel
        m.funding = m.funding or row.funding
        m.names.extend(n for n in row.names if n not in m.names)     # (its title, where the prose names none)
        if m.action is None or (m.action == "status" and row.action == "end" and m.end == row.end):
            m.actions |= row.actions


def _start(m: Mention) -> str | None:
    """The start the text gives; `sinds <datum>` only for what a letter reports or announces (of an extension
    or a change it dates the earlier mandate)."""
    if m.start is None and (m.action or "status") in ("new", "status", "end"):
        return m.since
    return m.start


# a letter that says it decides nothing (`Nieuwe besluiten bevat deze brief niet`, `Deze brief bevat geen nieuwe
# besluiten`): an overview of what runs, whose present tense reports rather than announces
_NO_DECISIONS = re.compile(r"\b(?:[Nn]ieuwe\s+besluiten\s+bevat\s+(?:deze|dit)\s+(?:brief|overzicht)\s+niet"
                           r"|bevat\s+(?:deze\s+(?:brief|rapportage)\s+)?geen\s+(?:nieuwe\s+)?besluiten"
                           r"|(?:deze|dit)\s+(?:brief|overzicht|rapportage)\s+(?:bevat|omvat)\s+geen\s+(?:nieuwe\s+)?"
                           r"besluiten"
                           # `Over nieuwe besluiten informeert het kabinet uw Kamer zoals gebruikelijk afzonderlijk`
                           r"|[Oo]ver\s+nieuwe\s+besluiten\s+(?:informeert|wordt|zal)\b[^.]{0,80}?\bafzonderlijk)\b")


def _opening_end(doc: Document, body: int) -> int:
    """Where the letter's opening ends: before its first heading, and within its first 3,000 characters (where a
    letter says what it is)."""
    first = next((s for s in doc.sentences if s.end > body and s.footnote is None), None)
    if first is None:
        return body
    end = first.end
    for s in doc.sentences:
        if s.start >= first.start and s.footnote is None:
            if s.section != first.section or s.start > body + 3000:
                break
            end = s.end
    return end


# an item of a list (`– zes F-16-jachtvliegtuigen …`, `• een bijdrage aan …`, `1. …`)
_LIST_ITEM = re.compile(r"\s*(?:[–—•·*-]|\d{1,2}[.)])\s|\s*Ten\s+(?:eerste|tweede|derde|vierde|vijfde)\b")
# a sentence that opens a list of steps without a colon: `De afbouw verloopt in drie stappen.`
_STEPS = re.compile(r"\bin\s+(?:twee|drie|vier|vijf|\d)\s+(?:stappen|fasen|delen)\s*\.?$|\bals\s+volgt\s*[.:]?$")


# the sentence that opens a list of the parts of the Dutch contribution, with its colon
# the letter's own contribution, as the subject of what it consists of
_THE_CONTRIBUTION = r"(?:Het|De)\s+(?:Nederlandse\s+)?(?:detachement|eenheid|bijdrage|taakgroep|inzet|deelname)"
_PARTS_LIST = re.compile(_THE_CONTRIBUTION + r"(?:\s+aan\s+[^.:;]{1,80}?)?\s+(?:bestaat|bestaan|omvat)\s+(?:uit\s*)?"
                         r"(?:de\s+volgende\s+(?:onderdelen|eenheden)\s*)?:\s*$")
# a Dutch contribution whose parts the list after its colon names (`Nederland levert met ingang van 1 oktober 2019,
# voor een periode van in eerste instantie een jaar:`)
# (or whose continuation as it is the letter decides: `Het kabinet heeft besloten de bijdrage van 1 januari 2019 tot en
# met 31 december 2019 voort te zetten in de huidige omvang en samenstelling:`)
_WE_PROVIDE = re.compile(r"(?:Nederland|Defensie|Het\s+kabinet)\s+(?:levert|stelt|draagt|zet)\b[^.;:]*:\s*$"
                         r"|Het\s+kabinet\s+heeft\s+besloten\s+de\s+(?:Nederlandse\s+)?(?:bijdrage|deelname|inzet)\b"
                         r"[^.;:]*\bsamenstelling\s*:\s*$")
# the total the letter gives after such a list: `In totaal gaat het om ongeveer 550 militairen`
_IN_TOTAL = re.compile(r"\s*(?:In\s+totaal|Totaal|Samen|Tezamen|Opgeteld)\s+(?:gaat\s+het\s+om|betreft\s+het|zijn\s+dat"
                       r"|omvat\s+(?:de\s+bijdrage|dit|het\s+detachement)|telt\s+de\s+bijdrage|gaat\s+het\s+dan\s+om)\b")


# the contribution the sentence before named, by a pronoun (`… is de Nederlandse bijdrage beperkt van omvang. Zij
# bestaat uit:`)
_ITS_PARTS = re.compile(r"(?:Zij|Deze|Die)\s+(?:bestaat|bestaan|omvat)\s+(?:uit\s*)?:\s*$")
_OUR_CONTRIBUTION = re.compile(r"\b[Nn]ederlandse\s+(?:bijdrage|deelname|inzet)\b")


def _parts_list(view: str, s: Sentence, before: Sentence | None = None) -> tuple[set[str], list[str]] | None:
    """The names (keys, names) of the Dutch contribution whose parts the sentence lists after its colon (`De
    Nederlandse bijdrage aan EUFOR Althea bestaat uit:`, or `Zij bestaat uit:` after a sentence about it), or None
    when it opens no such list."""
    m = _PARTS_LIST.match(view, s.start, s.end) or _WE_PROVIDE.match(view, s.start, s.end)
    if m is None and before is not None and _ITS_PARTS.match(view, s.start, s.end) \
            and _OUR_CONTRIBUTION.search(view, before.start, before.end):
        s = before
    elif m is None:
        return None
    text = view[s.start:s.end]
    return anchor_keys(text, countries.find(text), lexicon.of(text))


def _foreign_units(view: str, line: Line) -> bool:
    """Does the line name another country by its adjective (`Belgische F-16's`, `Duitse militairen`)?"""
    return any(cm.kind == "adjective" and cm.code != "NL" for cm in countries.find(view[line.start:line.end]))


def _intro(view: str, s: Sentence, hits: int) -> str | None:
    """The action of a Dutch decision that opens a list with its colon (`Het kabinet heeft besloten de volgende
    bijdrage te leveren:`), or of the steps it says the letter's act takes (`De afbouw verloopt in drie stappen.`
    before `Ten eerste …`): each item of the list is a deployment so decided."""
    text = view[s.start:s.end].rstrip()
    if text.endswith(":") and _PARTS_EACH.match(text):
        return ""           # (`De onderdelen en hun einddatum:`: each item a part of ours, with its own act)
    if text.endswith(":") and _MEANS_THIS.match(text):
        # (`Het kabinet heeft besloten de bijdrage … af te bouwen en te beëindigen. … Concreet betekent dit het
        # volgende:`: each item so decided)
        before = view[max(0, s.start - 600):s.start]
        at = before.rfind("besloten") if "besloten" in before else before.rfind("besluit")
        decided = before[at:before.find(".", at) + 1 or None] if at >= 0 else ""    # (the sentence that decides)
        acts = read_action(decided) if DUTCH.search(before) else set()
        return explicit_action(acts) or ("new" if "new_soft" in acts else None)
    if not (text.endswith(":") and DUTCH.search(text)) and not (text.endswith(".") and _STEPS.search(text)):
        return None
    acts = read_action(text, hits)
    if not acts and _DECIDED.search(text):
        return "new_soft"   # (`Het kabinet heeft besloten:`, each item its own act: `– … stafofficieren te leveren …`)
    return explicit_action(acts) or ("new" if "new_soft" in acts else None)


# what the decision just stated comes to (`Concreet betekent dit het volgende:`, `Dit houdt in:`)
_MEANS_THIS = re.compile(r"(?:Concreet\s+|In\s+de\s+praktijk\s+)?(?:betekent|houdt)\s+dit\s+(?:concreet\s+)?"
                         r"(?:het\s+volgende|in|dat)\s*:$|Dit\s+(?:betekent|houdt)\s+(?:concreet\s+)?(?:het\s+volgende|in)\s*:$")
# the parts of the contribution just described, each its own (`De onderdelen en hun einddatum:`, `De afzonderlijke
# eenheden waren:`)
_PARTS_EACH = re.compile(r"(?:De|Deze|Die)\s+(?:afzonderlijke\s+|verschillende\s+)?"
                         r"(?:onderdelen|eenheden|deelbijdragen)\b[^.:]{0,60}:$")
# a bare decision that opens a list (`Het kabinet heeft besloten:`, `De regering besluit:`, `… hebben wij besloten:`)
_DECIDED = re.compile(r"\b(?:heeft|hebben)\s+(?:\S+\s+){0,3}?besloten\s*:$|\bbesluit\s*:$|\bbesluiten\s*:$")


# (`Hun inzet loopt gelijk op met die van het fregat`, `… valt samen met de inzet van de F-35's`)
_IN_STEP = re.compile(r"\b(?:loopt|lopen|valt|vallen)\s+(?:gelijk\s+op|samen|parallel)\s+met\s+(?:die|de\s+inzet"
                      r"|de\s+bijdrage|de\s+deelname|het\s+mandaat)\s+van\s+(?:het|de)\s+([\w'-]{4,})")


def _in_step(doc: Document, merged: list[Mention]) -> None:
    """A deployment said to run in step with another (`Hun inzet loopt gelijk op met die van het fregat`) ends
    when that one does, unless it states an end of its own."""
    for m in merged:
        step = None if m.end else _IN_STEP.search(doc.view, m.vstart, m.vend)
        if step is None:
            continue
        other = [o for o in merged if o is not m and speaks_of(doc.view, o, step.group(1))]
        if len(other) == 1:
            m.end = other[0].end


def _added_beside(view: str, m: Mention) -> bool:
    """Does the mention add a contribution of its own, dated, to the one before it (`Daarnaast levert Nederland met
    ingang van 1 oktober 2006 twee stafofficieren aan het hoofdkwartier van de MTF …`)?"""
    return bool(m.start or m.end) and BESIDES_IT.match(view, m.vstart) is not None


def _beside_the_principal(doc: Document, merged: list[Mention], placeless: list[Mention]) -> None:
    """A Dutch contribution the letter adds beside its one placed deployment of a section (`Daarnaast neemt Nederland
    van 1 januari 2027 tot en met 31 december 2027 het commando over de groep over`), with dates of its own and no
    place: another deployment where that one is (in place; taken out of `placeless`)."""
    for m in list(placeless):
        if m.start is None and m.end is None:
            continue
        beside = [o for o in merged if o.section == m.section and o.section >= 0 and o.vstart < m.vstart]
        if len(beside) != 1 or not BESIDES_IT.match(doc.view, m.vstart):
            # (or the one placed deployment of the section is added beside it: `Het commando wordt gevoerd … aan boord
            # van … Zr.Ms. Tromp, … van 1 juli 2024 tot en met 30 juni 2025 … Daarnaast neemt het fregat Zr.Ms. Van
            # Amstel … deel aan de taakgroep … voor de kust van Finland en Estland`)
            beside = [o for o in merged if o.section == m.section and o.section >= 0 and o.vstart > m.vend]
            if len(beside) != 1 or not BESIDES_IT.match(doc.view, beside[0].vstart) \
                    or any(p is not m and p.section == m.section for p in placeless):
                continue
        o = beside[0]
        if (m.start, m.end) == (o.start, o.end) or m.explicit not in (None, o.explicit):
            continue
        m.countries = list(o.countries)
        if o.action == "new" and m.explicit is None:
            m.actions.add("new_soft")       # (its present tense announces, as the one beside it)
        merged.append(m)
        placeless.remove(m)


def _lend_to_principal(doc: Document, merged: list[Mention], placeless: list[Mention]) -> None:
    """A Dutch unit committed where the letter names neither place nor mission (`Het kabinet heeft besloten tot een
    bijdrage van ten hoogste 545 militairen`, under `De Nederlandse bijdrage`) is the letter's own deployment: the
    one it announces or extends, when it announces or extends only one. Its size is that one's, if it states none
    (its dates and sums, without a place, may be anyone's: another mission's mandate, a year's budget); so is the
    size of what the unit is said to consist of (`Het detachement bestaat uit de vier F-35's en circa 80
    militairen`, under `Personeel`)."""
    principal = [m for m in merged if m.action in ("new", "extension")]
    if len(principal) != 1:
        return
    target = principal[0]

    def own_heading(section: int) -> bool:      # (under a heading of its own deployment: not the letter's)
        title = doc.section_title(section) if section >= 0 else None
        return bool(title and (any(cm.code != "NL" for cm in countries.find(title)) or _heading_keys(doc, section)))

    for m in placeless:
        if not own_heading(m.section) and target.personnel is None and m.personnel is not None \
                and m.explicit in (None, target.explicit):
            target.personnel, target.personnel_rank = m.personnel, m.personnel_rank
        if not own_heading(m.section) and m.explicit is not None and m.explicit == target.explicit \
                and target.start is None and target.end is None and (m.start or m.end):
            # (the period of the same act, stated without a place: `Het kabinet heeft besloten de bijdrage voort te
            # zetten van 1 januari 2023 tot en met het tweede kwartaal van 2023. Gedurende deze periode levert …`)
            target.start, target.end = m.start, m.end
    if target.end is None and ("beschikbaar" in doc.view or "aangegaan" in doc.view):
        for s in doc.sentences:
            found = _OWN_PERIOD.search(doc.view, s.start, s.end) if s.footnote is None else None
            text = doc.view[s.start:s.end]
            if found and not HYPOTHETICAL.search(text) and not any(cm.kind in ("name", "place", "mission")
                                                                  for cm in countries.find(text)):
                target.end = read_period(text)[1]   # (`De regering stelt de bijdrage voorlopig beschikbaar tot …`)
                break
    if target.personnel is not None or "bestaa" not in doc.view:
        return
    for s in doc.sentences:
        if s.footnote is None and _CONSISTS.match(doc.view, s.start, s.end) and not own_heading(s.section):
            n, rank = read_personnel(doc.view[s.start:s.end])
            if n is not None:
                target.personnel, target.personnel_rank = n, rank
                return


def _over_before(end: str | None, letter_date: str | None) -> bool:
    """Did a deployment that ran until `end` end before the letter's date (by a year, or by a month or day the letter's
    date is past: `2019-05-31` in a letter of `2019-12-02`; not `2019` in a letter of that year)?"""
    if not end or not letter_date or end[0] == "9":
        return False
    return end < letter_date[:len(end)] if len(end) > 4 else end < letter_date[:4]


def _begins_after(start: str | None, letter_date: str | None) -> bool:
    """Does a deployment that runs from `start` begin after the letter's date (a day or month past it, or a later
    year: `2024-07-01` in a letter of `2024-06-21`; not `2024-06` in that letter)?"""
    if not start or not letter_date:
        return False
    return start > letter_date[:len(start)] if len(start) > 4 else start > letter_date[:4]


# what stays on (`Nederland blijft na 1 augustus 2010 deel uitmaken van ISAF`)
_STAYS = re.compile(r"\b(?:blijft|blijven|handhaaft|handhaven)\b")


def _told_or_kept(text: str) -> bool:
    """Does the deployment's text say it was told before (`Zoals u per brief van 1 november jl. is gemeld`) or that
    it stays on? Then a start after the letter's date announces nothing new."""
    return as_known(text) or _STAYS.search(text) is not None


def _answers_letter(doc: Document, body: int) -> bool:
    """Does the letter open by sending answers to questions (`Hierbij zend ik u de antwoorden op de vragen van …`)?"""
    opening = doc.view[body:_opening_end(doc, body)]
    return about_questions(opening, lexicon.of(opening))


# a contribution said to consist of counted parts (`Het kabinet heeft besloten met twee onderdelen bij te dragen aan
# EUFOR RCA`, `De bijdrage bestaat uit drie delen`)
_IN_PARTS = re.compile(rf"\b(?:met|uit|in)\s+(?:{NUMW})\s+(?:onderdelen|delen|componenten|deelbijdragen)\b")


def _whole_in_parts(doc: Document, merged: list[Mention]) -> None:
    """A contribution the letter says has counted parts, which it then sets out one by one (`Het kabinet heeft besloten
    met twee onderdelen bij te dragen aan EUFOR RCA. Ten eerste stelt Nederland … stafofficieren beschikbaar … Ten
    tweede levert Nederland … een C-130`): the parts are the deployments, each taking the whole's act where it states
    none; the whole, that states no period or size of its own, is none (in place)."""
    for s in doc.sentences if "delen" in doc.view or "componenten" in doc.view else ():
        if s.footnote is not None or not _IN_PARTS.search(doc.view, s.start, s.end):
            continue
        parts = [o for o in merged if o.section == s.section and o.vstart >= s.end]
        where = {c for o in parts for c in o.countries}
        wholes = [m for m in merged if m not in parts and m.explicit is not None and m.vstart < s.start
                  and set(m.countries) <= where and m.start is None and m.end is None and m.personnel is None]
        if len(parts) >= 2 and wholes:
            for o in parts:
                if o.explicit is None:
                    o.actions |= wholes[0].actions
            for m in wholes:
                merged.remove(m)


def _course_of_the_end(merged: list[Mention]) -> None:
    """An end the letter states (`De missie is op 2 december 2014 beëindigd`) and the course of a deployment in the
    one country only they name, told under a later heading with no act of its own (`Verloop van de missie`: since
    when, with how many, with what): the course is the ended deployment's (in place)."""
    for a in [m for m in merged if m.explicit == "end"]:
        same = [o for o in merged if o is not a and set(o.countries) & set(a.countries)]
        if len(same) != 1:
            continue
        o = same[0]
        if o.explicit is None and o.section > a.section and o.end is None and set(o.countries) == set(a.countries) \
                and (o.start is None or a.end is None or o.start <= a.end) \
                and _compatible(a, o, placed=False):
            _fill(a, o, values_only=True)
            merged.remove(o)


def _act_of_the_one(merged: list[Mention], placeless: list[Mention]) -> None:
    """A dated act the letter states of a deployment it names by no place or name (`De missie is op 2 december 2014
    beëindigd`, after `… de inzet van Nederlandse militairen … in Oekraïne`) is the act of its one placed deployment,
    when there is one and it states no other act (in place)."""
    if len(merged) != 1:
        return
    one = merged[0]
    acts = [m for m in placeless if not m.keys and m.explicit is not None and (m.start or m.end)]
    if len(acts) == 1 and one.explicit in (None, acts[0].explicit):
        _fill(one, acts[0], values_only=False)


# the period the letter makes its contribution available for, naming no place (`De regering stelt de bijdrage
# voorlopig beschikbaar tot eind 2005`, `De Nederlandse bijdrage wordt beschikbaar gesteld tot en met …`)
_OWN_PERIOD = re.compile(r"\b(?:stel(?:t|len)\s+(?:de|deze)\s+(?:Nederlandse\s+)?(?:bijdrage|deelname|eenheden|eenheid)"
                         r"\s+(?:\S+\s+){0,2}?beschikbaar|(?:De|Deze)\s+(?:Nederlandse\s+)?(?:bijdrage|deelname)\s+"
                         r"(?:wordt|is)\s+(?:\S+\s+){0,2}?beschikbaar\s+gesteld"
                         # (`De bijdrage wordt in eerste instantie aangegaan voor de periode tot en met …`)
                         r"|(?:De|Deze)\s+(?:Nederlandse\s+)?(?:bijdrage|deelname|inzet)\s+(?:wordt|is)\s+(?:\S+\s+){0,3}?"
                         r"aangegaan(?:\s+voor\s+(?:de\s+)?(?:periode|duur))?)\s+(?:tot|t/m)\b")
# what the letter's unit consists of: `Het detachement bestaat uit de vier F-35's en circa 80 militairen`
_CONSISTS = re.compile(_THE_CONTRIBUTION + r"\s+(?:bestaat|bestaan)\s+uit\b")


def _title(doc: Document, m: Mention, alone_in_section: bool) -> str:
    """A short name: the section heading when the section is about this deployment, else the mission."""
    heading = doc.section_title(m.section)
    if heading and alone_in_section and (STRONG.search(heading) or re.search(r"[Ii]nzet|[Bb]ijdrage", heading)):
        return heading
    if m.names:
        return m.names[0]
    where = ", ".join(m.countries)
    return f"{m.unit} ({where})" if m.unit else f"Inzet ({where})"


def _place_by_name(doc: Document, mentions: list[Mention]) -> None:
    """A deployment named where no country is (`Het kabinet heeft besloten daartoe … een NASAMS-vuureenheid in te
    zetten`, `De inzet van twee MQ-9 Reapers vanuit Łask wordt beëindigd`, in a letter's summary) lends what it
    says to the one placed deployment of that name, in its text or its section's heading, in another paragraph."""
    placed = [m for m in mentions if m.trigger and m.countries]
    heading_keys: dict[int, set[str]] = {}
    for m in mentions:
        if m.trigger and not m.countries and not m.keys and not _added_beside(doc.view, m):
            _place_by_ship(doc, m, placed)
        if not m.trigger or m.countries or not m.keys or _added_beside(doc.view, m):
            continue
        same = []
        for o in placed:
            if o.section not in heading_keys:
                heading_keys[o.section] = _heading_keys(doc, o.section)
            # (another section, or another paragraph of the same: within one, the paragraph's reading has kept
            # them apart already)
            apart = o.section != m.section or "\n" in doc.view[min(o.vstart, m.vstart):max(o.vstart, m.vstart)]
            if apart and m.keys & (o.keys | heading_keys[o.section]) and _compatible(o, m, new_end=True, placed=False):
                same.append(o)
        if len(same) > 1 and all(set(o.countries) == set(same[0].countries) for o in same):
            # (the opening's announcement and its section's detail, which the merge makes one: the section's)
            same = [o for o in same if o.section == m.section][:1] or same[:1]
        if len(same) == 1:
            o = same[0]
            _fill(o, m)
            if o.end and m.end and len(m.end) > len(o.end) and _same_date(o.end, m.end):
                o.end = m.end       # (`eind januari 2015` before, `wordt op 26 januari 2015 beëindigd` here)


def _place_by_ship(doc: Document, m: Mention, placed: list[Mention]) -> None:
    """A deployment that names no place or mission but a ship (`1. het … fregat Zr.Ms. De Zeven Provinciën van half
    november 2024 tot en met januari 2025 in te zetten in EUNAVFOR Aspides`) lends what it says to the one placed
    deployment, in another paragraph, that names that ship (`Zr.Ms. De Zeven Provinciën … gebruikt de haven van
    Djibouti als logistieke uitvalsbasis`)."""
    text = doc.view[m.vstart:m.vend]
    ships = {s.group(1) for s in SHIP_NAME.finditer(text)} if "Ms." in text else set()
    same = [o for o in placed if ships and "\n" in doc.view[min(o.vstart, m.vstart):max(o.vstart, m.vstart)]
            and any(ship in doc.view[o.vstart:o.vend] for ship in ships)
            and _compatible(o, m, new_end=True, placed=False)]
    if len(same) == 1:
        _fill(same[0], m)
        m.trigger = False


def _named_as_before(doc: Document, mentions: list[Mention]) -> None:
    """A deployment named bare by the name a placed one of the letter was given (`De Nederlandse bijdrage aan Active
    Fence wordt op 26 januari 2015 beëindigd`, after `de NAVO-operatie Active Fence in Turkije`): it takes that name, so
    `_place_by_name` can lend what it says to that one."""
    names = {n: o for o in mentions if o.trigger and o.countries for n in o.names if " " in n or n.isupper()}
    if not names:
        return
    for m in mentions:
        if not m.trigger or m.countries or m.keys:
            continue
        text = doc.view[m.vstart:m.vend]
        found = {id(o): o for n, o in names.items() if re.search(rf"(?<![\w-]){re.escape(n)}(?![\w-])", text)}
        if len(found) == 1:
            o = next(iter(found.values()))
            m.keys, m.names = set(o.keys), list(o.names)


def _heading_keys(doc: Document, section: int) -> set[str]:
    """The names of deployments a section heading gives (`1. NASAMS-vuureenheid in Šiauliai`)."""
    title = doc.section_title(section)
    if not title:
        return set()
    return anchor_keys(title, countries.find(title), lexicon.of(title))[0]


def _named_by_heading(doc: Document, mentions: list[Mention]) -> None:
    """A section headed by the name of a deployment the letter names elsewhere (the opening's `de NAVO-operatie
    Allied Provider`, a section `Allied Provider`) is about that deployment, whatever names its sentences add
    (`SNMG2`, the `WFP` ships it escorts): its mentions take that deployment's names."""
    named = [(n.casefold(), m) for m in mentions for n in m.names if len(n) >= 4]
    if not named:
        return
    for m in mentions:
        title = doc.section_title(m.section) if m.section >= 0 else None
        if not title or len(title) > 80:
            continue
        folded = title.casefold()
        for name, o in named:
            if o is not m and o.section != m.section and name in folded and not m.keys & o.keys:
                m.keys |= o.keys
                m.names.extend(x for x in o.names if x not in m.names)


def _heading_country(doc: Document, section: int, keys: set[str] | frozenset[str] = frozenset()) -> str | None:
    """The one country a deployment heading names (`Inzet in Litouwen`), or a heading that is a country's name and no
    more over people counted for a mission by its `keys` (`Afghanistan`, over `… heb ik gemeld dat Nederland dit jaar
    met maximaal 100 militairen in RS actief blijft`), if any."""
    title = doc.section_title(section)
    if not title:
        return None
    found = [cm for cm in countries.find(title) if cm.kind in ("name", "place", "mission")]
    # (a bare name only for a mission named by its short name, not for an asset: `F-16 trainingen` under `Oekraïne`)
    bare = len(found) == 1 and found[0].kind == "name" and title.strip(" .:") == title[found[0].start:found[0].end] \
        and any(not any(c.isdigit() for c in k) for k in keys)
    if not (bare or STRONG.search(title) or re.search(r"[Ii]nzet|[Bb]ijdrage", title)):
        return None
    codes = {c for cm in found for c in cm.codes}
    return codes.pop() if len(codes) == 1 else None


# a unit by the kind it is, in its full name (`Task Force Uruzgan`, `Provinciaal Reconstructieteam`, `Redeployment
# Task Force`, `Battlegroup`)
_UNIT_NAMED = re.compile(r"(?i:task\s+force|\w*team|\w*eenheid|\w*detachement|\w*compagnie|\w*groep|battlegroup"
                         r"|bataljon|squadron|unit|cel)\b[^()]{0,40}$")
_SHORT_NAME = re.compile(r"\b(?:De|de|Het|het)\s+([A-Z]{2,6})\b")


def _names_short_name(view: str, s: Sentence, mentions: list[Mention]) -> bool:
    """Does the sentence name the Dutch unit by the short name a deployment's text gave it in brackets (`een Task
    Force Uruzgan (TFU)`, then `De TFU zal …`, `Ter ondersteuning van de TFU worden … ingezet`)?"""
    shorts = {m.group(1) for m in _SHORT_NAME.finditer(view, s.start, s.end) if m.group(1) not in GENERIC}
    for o in mentions if shorts else ():
        text = view[o.vstart:o.vend] if o.trigger else ""
        for short in shorts:
            at = text.find(f"({short})")
            # (a unit's short name, given after its full name: not `de Europese Unie (EU)`, `de NAVO`)
            if at > 0 and _UNIT_NAMED.search(text, max(0, at - 60), at):
                return True
    return False


def extract(doc: Document, letter_date: str | None = None, kind: str | None = None) -> list[Deployment]:
    """Every deployment of Dutch personnel or assets the letter announces, extends, changes, ends or reports;
    `letter_date` (ISO) dates what the letter writes as `jl.`; `kind` is the letter's (an agenda or a report of a
    meeting reports in the present what runs: `Nederland levert tot en met juni 2024 het fregat …`)."""
    view = doc.view
    starts = [ln.start for ln in doc.lines]
    all_hits = lexicon.sentence_hits(doc)
    paragraphs: dict[int, list[int]] = {}
    # what stands above the letter's body (its header, or a web page's summary of it) deploys nothing: the
    # body says it, with its details (a sentence that runs on from the date line is the body's)
    body = metadata.header_end(doc)
    for k, s in enumerate(doc.sentences):
        if s.footnote is None and s.end > body:
            paragraphs.setdefault(bisect_right(starts, s.start) - 1, []).append(k)
    mentions: list[Mention] = []
    for_all: list[tuple[int, str, set[str]]] = []
    gate = lexicon.bit(GATE)
    both = gate | lexicon.bit(DUTCH)
    people = gate | lexicon.bit(PEOPLE_CONTRIBUTE)
    intro: str | None = None        # the action a Dutch decision gives the list its colon opens (`_intro`; "": none)
    sibling = False                 # the list item before was a Dutch deployment (`– Het M-fregat Zr.Ms. … neemt …`)
    # a list of the parts of the Dutch contribution (`De Nederlandse bijdrage aan EUFOR Althea bestaat uit: – een …
    # compagnie …, – stafofficieren …, – een … ondersteuningselement in Split (Kroatië)`): one deployment, named by the
    # sentence that opens the list, placed where its parts are, its size the total the letter gives after the list
    pending: tuple[set[str], list[str]] | None = None     # the names of the list the paragraph before opens
    parts_of: tuple[set[str], list[str]] | None = None    # … of the list the items are of
    parts: Mention | None = None                           # … and the deployment they make
    parts_period: tuple[str | None, str | None] = (None, None)  # … and the period its opener gives
    for line, ks in paragraphs.items():
        hits = [all_hits[k] for k in ks]
        is_item = _LIST_ITEM.match(view, doc.lines[line].start) is not None
        if is_item and pending is not None:
            parts_of, pending = pending, None
        elif not is_item:
            first = doc.sentences[ks[0]]
            if parts is not None and parts.personnel is None:
                # (`In totaal gaat het om …`, or the maximum said below the list: `De omvang … schommelt … tussen de
                # 140 en 160 militairen; het maximum bedraagt 170 militairen`)
                text = view[first.start:first.end]
                n, rank = read_personnel(text)
                if _IN_TOTAL.match(view, first.start) or rank >= 3:
                    parts.personnel = n
            parts_of = parts = None
            pending = _parts_list(view, doc.sentences[ks[-1]], doc.sentences[ks[-2]] if len(ks) > 1 else None)
            opener = doc.sentences[ks[-1]]
            # (the period the opener gives its parts: `Nederland levert met ingang van 1 oktober 2019 …:`)
            parts_period = read_period(view[opener.start:opener.end]) if pending is not None else (None, None)
        in_parts = parts_of is not None and is_item
        if in_parts and parts is not None:
            ln = doc.lines[line]
            parts.countries.extend(c for cm in countries.find(view[ln.start:ln.end]) if cm.kind in ("name", "place")
                                   for c in cm.codes if c not in parts.countries)
        # (an item of a list whose items before were Dutch deployments is one too, its actor left out: `– Vier
        # F-35's nemen vanaf het derde kwartaal van 2027 de luchtruimbewaking boven Slowakije voor hun rekening`)
        # (not one that names another country's units: `– Vier Belgische F-16's nemen … over`)
        sibling = sibling and is_item
        item = (intro is not None or in_parts or (sibling and not _foreign_units(view, doc.lines[line]))) and is_item
        intro = intro if item else None
        # a trigger needs deployment vocabulary and a Dutch actor in one sentence (`_may_trigger`), or people counted
        # as the ones who contribute (`counted_people`), or an item of a list a Dutch decision opens
        # (or a unit the reader knows by its count: `De vier F-16's … blijven tot 1 augustus 2010 en keren daarna
        # terug`, see `paragraph._known_unit_decided`)
        known = any(h & gate and opens_with_known_unit(view, doc.sentences[k].start)
                    for k, h in zip(ks, hits, strict=True))
        # (a paragraph that opens with the Dutch unit by the short name the letter gave it: `De bijdrage bestaat uit
        # een Task Force Uruzgan (TFU) …` / `De TFU en de ondersteunende eenheden zullen … 1.400 militairen omvatten`)
        # (only a paragraph no Dutch actor makes ours already)
        named_unit = not known and bool(mentions) and _names_short_name(view, doc.sentences[ks[0]], mentions) \
            and not any(DUTCH.search(view, doc.sentences[k].start, doc.sentences[k].end) for k in ks)
        item = item or named_unit
        if not known and not any(h & both == both or h & people == people or (item and h & gate) for h in hits):
            intro = intro or _intro(view, doc.sentences[ks[-1]], hits[-1])
            continue
        sents = [doc.sentences[k] for k in ks]
        texts = [view[sent.start: sent.end] for sent in sents]
        sentences = [Sentence(si, sent.start, t, h)
                     for si, (sent, t, h) in enumerate(zip(sents, texts, hits, strict=True))]
        if not item and not known and not any(h & both == both for h in hits) \
                and not any(map(counted_people, sentences)):
            continue
        found = paragraph(view, sents[0].section, sentences, ours=item)
        sibling = sibling or (is_item and bool(found) and any(h & both == both for h in hits))
        if in_parts and parts_of is not None and found:
            rest = found
            if parts is None:
                parts, rest, found = found[0], found[1:], found[:1]
                parts.keys |= parts_of[0]
                parts.names[:0] = [n for n in parts_of[1] if n not in parts.names]
                parts.personnel, parts.personnel_rank = None, 0     # (a part's count is not the whole's)
                if parts.start is None and parts.end is None:
                    parts.start, parts.end = parts_period
            else:
                found = []
            for m in rest:
                parts.countries.extend(c for c in m.countries if c not in parts.countries)
                parts.vend = max(parts.vend, m.vend)
        if item and intro is not None:
            for m in found if intro else ():   # (`Het kabinet heeft besloten de volgende bijdrage te leveren: – …`)
                if m.explicit is None:
                    m.actions.add(intro)
        else:
            intro = _intro(view, sents[-1], hits[-1])
        a, b = sents[0].start, sents[-1].end
        # the exact gate (deployment vocabulary and a Dutch actor), run only where it can change something;
        # tried first from a sentence that holds both (so the search is short), then over the paragraph
        if found and not any(s.ours for s in sentences):
            c = next((s.start for s in sentences if s.can_trigger), a)
            if not ((GATE.search(view, c, b) or GATE.search(view, a, b))
                    and (DUTCH.search(view, c, b) or DUTCH.search(view, a, b))):
                continue
        for m in found:
            m.beside = BESIDES_IT.match(view, m.vstart) is not None
        mentions.extend(found)
        # `Beide inzetten in Roemenië worden gedekt uit het BIV`: funding for every deployment of the section
        # (of that country, when the sentence names one), wherever in the section the sentence stands
        for s in sentences:
            if s.hits & lexicon.bit(ALL_MENTIONS) and ALL_MENTIONS.search(view, s.start, s.start + len(s.text)):
                fund = read_funding(s.text, s.hits)
                if fund:
                    where = {c for cm in countries.find(s.text) if cm.kind in ("name", "place") for c in cm.codes}
                    for_all.append((sents[0].section, fund, where))
    for section, fund, where in for_all:
        for m in mentions:
            if m.section == section and m.funding is None and (not where or where & set(m.countries)):
                m.funding = fund
    for m in mentions:
        if not m.countries and m.trigger:
            code = _heading_country(doc, m.section, m.keys if m.personnel is not None else frozenset())
            if code:
                m.countries.append(code)
    _named_as_before(doc, mentions)
    _place_by_name(doc, mentions)
    _named_by_heading(doc, mentions)
    merged = _merge([m for m in mentions if m.trigger and m.countries])
    if "besluiten" in view and _NO_DECISIONS.search(view, body, _opening_end(doc, body)):
        for m in merged:        # an overview of what runs: what it says is going on is no announcement, and
            m.actions.discard("new_soft")   # a decision it names to go on was made before (`Het kabinet heeft
            if m.actions & {"extension", "change"} and not m.actions & {"new", "end"}:  # besloten … voort te zetten`)
                m.actions = (m.actions - {"extension", "change"}) | {"status"}
    elif kind in ("agenda", "report") or _answers_letter(doc, body):
        for m in merged:
            # (a meeting's letter in the present tense, with an end and no start, reports what runs: `Nederland levert
            # tot en met juni 2024 het fregat Hr.Ms. Tromp en twee stafofficieren …`; so do answers to questions:
            # `Nederland draagt met ongeveer 250 militairen bij aan … De bijdrage loopt tot en met 31 december 2019`)
            if m.start is None and m.end and "new_future" not in m.actions and m.explicit is None:
                m.actions.discard("new_soft")
    # (a contribution added beside one of the names it shares: `Daarnaast levert Nederland … twee stafofficieren aan
    # het hoofdkwartier van de MTF`, beside the frigate in the MTF)
    placeless = [m for m in mentions if m.trigger and not m.countries and (not m.keys or (
        _added_beside(view, m) and any(m.keys & o.keys for o in merged if o.section == m.section)))]
    _beside_the_principal(doc, merged, placeless)
    _lend_to_principal(doc, merged, placeless)
    _act_of_the_one(merged, placeless)
    _course_of_the_end(merged)
    _whole_in_parts(doc, merged)
    _in_step(doc, merged)
    _with_mission_rows(doc, merged)
    for m in merged if kind not in ("agenda", "report") else ():
        if (m.action or "status") == "status" and _begins_after(dated(_start(m), letter_date), letter_date) \
                and not _told_or_kept(view[m.vstart:m.vend]):
            m.actions.add("new")    # (what the letter says will run from a day after it is yet to begin: `Het
            #                         commando wordt gevoerd … van 1 juli 2024 tot en met 30 juni 2025`, in June 2024;
            #                         not what a meeting's letter reports, what was told before, or what stays on)
    costs_by_period(doc, merged, letter_date)
    costs_by_name(doc, merged)
    costs_in_section(doc, merged, letter_date)
    funding_by_number(doc, merged)
    cost_table(doc, merged)
    per_section: dict[int, int] = {}
    for m in merged:
        per_section[m.section] = per_section.get(m.section, 0) + 1
    out = []
    for m in merged:
        # (the day the unit comes home ends it only where no part of the letter states an end; a deployment the letter
        # only reports, that comes home on a day it gives, it ends: `Het detachement keert eind december 2004 terug`)
        if m.end is None and m.return_end and (m.action or "status") == "status":
            m.actions.add("end")
        m.start, m.end = dated(m.start, letter_date), dated(m.end or m.return_end, letter_date)
        if m.end is None and m.months and m.prior_end and is_undated(m.prior_end):
            prior = dated(m.prior_end, letter_date)      # (`loopt tot 1 juli a.s. … met een jaar verlengd`)
            m.end = add_months(prior, m.months) if prior else None
        if (m.action or "status") == "status" and _over_before(m.end, letter_date):
            m.actions.add("end")    # (what the letter reports ran until a date before it was written is over: `De
            #                         ASIFU was actief van april 2014 tot en met 31 mei 2019`, in December 2019)
        text, span = doc.evidence(m.vstart, m.vend)
        out.append(Deployment(
            title=_title(doc, m, m.section >= 0 and per_section[m.section] == 1), text=text, span=span,
            countries=list(m.countries), unit=m.unit, action=m.action or "status",
            start=dated(_start(m), letter_date), end=m.end, personnel_max=m.personnel, cost_eur=m.cost,
            funding=m.funding, rule=RULE))
    return out
