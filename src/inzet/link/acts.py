"""The acts a position joins (`Het kabinet steunt het pakket, maar zal aangeven dat …`): support given with a
reservation, a stance with what will be said about it. A report often gives each act in a sentence of its own
(`Nederland heeft met het pakket ingestemd. Ik heb daarbij onderstreept dat …`), so the follow-up reads each act as
the act it is, besides the position as a whole (see `inzet.link.followup`)."""

from __future__ import annotations

import re
from dataclasses import replace

from inzet.link.grammar import clause_words, states_intention
from inzet.link.positions import Position, act_of

# a second act of the same subject joined to a stated intention, its verb right after `maar` or `en` (`Het kabinet
# steunt het pakket, maar zal aangeven dat …`, `Nederland zal steun uitspreken voor X, en zal benadrukken dat …`,
# `steunt het voorstel maar wil erop wijzen dat …`, `…, maar benadrukt dat …`); `, maar de Commissie zal …` has a
# subject of its own and joins no act
_ACT_JOIN = re.compile(r"(?:,\s*|\s+)(?:maar|doch|en)\s+(?=(?:zal|zullen|wil|willen)\s"
                       r"|(?:benadrukt|onderstreept|wijst|pleit|hecht|vraagt)\s)")
# an act that is a message, its verb before `dat` (`zal aangeven dat`, `zal in de Raad benadrukken dat`, `zal steunen
# dat het MAP vervalt`, `wijst erop dat`): up to eight words, no comma
_VERB_OF_MESSAGE = re.compile(r"^[^,;:]{0,80}?\bdat\b")
_NEGATIONS = frozenset({"niet", "geen", "nooit"})


def acts(text: str) -> list[str]:
    """The acts a position joins, each from its verb on (`Het kabinet steunt het pakket, maar zal aangeven dat de
    doelen een forse opgave zijn` → the support, what will be said); one item, the text itself, when the part before
    the first join states no intention of the Netherlands (`Nederland verwacht dat de Raad instemt en zal …`) or a
    later act is one it will not do (`…, maar zal geen militairen beschikbaar stellen`: no report of an act meets
    it)."""
    cuts = list(_ACT_JOIN.finditer(text))
    if not cuts:
        return [text]
    first = text[: cuts[0].start()]
    if not states_intention(clause_words(first), first):
        return [text]
    ends = [m.start() for m in cuts[1:]] + [len(text)]
    parts = [text[m.end() : end] for m, end in zip(cuts, ends, strict=True)]
    if any({w.fold for w in clause_words(_act_head(part))} & _NEGATIONS for part in parts):
        return [text]
    return [first, *parts]


def _act_head(act: str) -> str:
    """The verb of an act up to the `dat` of its message, the act itself when it has none."""
    m = _VERB_OF_MESSAGE.match(act)
    return m.group() if m is not None and len(m.group().split()) <= 8 else act


def message(act: str) -> str:
    """What an act says when its verb takes a `dat` clause (`zal steunen dat het MAP vervalt` → `het MAP vervalt`):
    the verb is the act, not its subject (`steunen` would match any support); the act itself otherwise."""
    head = _act_head(act)
    return act[len(head) :].lstrip() if head != act else act


def act_readings(p: Position, text: str) -> list[tuple[str, Position]]:
    """Each act a position joins (in `text`, the position as read), as its message and as the position it then is
    (`zal aangeven dat …`: act `say`, `Het kabinet steunt het pakket`: support); none when it joins one act or is a
    promise to parliament."""
    parts = acts(text) if p.kind == "position" else [text]
    if len(parts) < 2:
        return []
    return [(message(a), replace(p, text=a, act=act_of(clause_words(a), p.kind))) for a in parts]
