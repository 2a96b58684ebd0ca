"""Promises to parliament in an agenda, and sentences that only announce the letter itself.

The genre promises parliament information in many forms: a future (`zal ik uw Kamer … informeren`,
`Ik zal uw Kamer hierover nader berichten`), a present with a later time or another document
(`Over … informeer ik uw Kamer in het verslag`, `Het kabinet stuurt uw Kamer voor het einde van het jaar
een brief`), receiving (`U ontvangt … een BNC-fiche`, `Uw Kamer ontvangt na de zomer …`, `… ontvangt u via
de Slotwet`, `…, waarover u in juni een afzonderlijke agenda ontvangt`), a passive (`De Kamer wordt na afloop …
geïnformeerd`, `Een besluit hierover wordt uw Kamer voorgelegd`) and keeping informed (`Wij houden uw Kamer op de
hoogte`). A present without a later time informs in this very letter (`Tevens informeer ik uw
Kamer over …`), and a sentence about this letter (`In deze brief zet ik … uiteen`, `Met deze brief
informeer ik u …`, `Hierbij bied ik u … aan`, `U ontvangt hierbij …`, `… ontvangt u als bijlage`, `maak ik
van de gelegenheid gebruik om uw Kamer te informeren over …`) is neither promise nor position.
"""

from __future__ import annotations

import re

_THIS_LETTER = r"(?:deze|dit|onderhavige) (?:brief|[Kk]amerbrief|geannoteerde agenda|agenda|verslag|notitie)"
# the sentence is about the letter it stands in: opens with it, or delivers it (`hierbij` + a verb of delivering)
_OPENS_ON_LETTER = re.compile(rf"^\W*(?:In|Met|Middels|Via|Bij) {_THIS_LETTER}\b")
# ... or names a way of this letter: an annex (`als vertrouwelijke bijlage`), `maak ik van de gelegenheid gebruik`
_DELIVERS = re.compile(rf"\b(?:[Hh]ierbij|[Hh]iermee|[Bb]ijgaand|[Bb]ij deze|(?:in|met|middels|via) {_THIS_LETTER}"
                       r"|als (?:\w+ )?bijlage|van de gelegenheid gebruik)\b")
_DELIVER_VERB = re.compile(
    r"\b(?:informeer|informeren|informeert|ge[iï]nformeerd|ontvangt|ontvang|ontvangen|bied|biedt|bieden"
    r"|stuur|stuurt|sturen|zend|zendt|zenden|treft|toekomen|uiteen|uiteenzetten|ingaan|schets|schetst|beschrijf"
    r"|reageer|reageert|toegezonden|toegestuurd|aangeboden|voorgelegd)\b")

_PARLIAMENT = r"(?:[Uu]w Kamer|[Dd]e (?:Tweede |Eerste )?Kamer|[Uu]|beide Kamers)"
PARLIAMENT = re.compile(rf"\b{_PARLIAMENT}\b")
# verbs of informing parliament (infinitive after `zal`, or present with a later time)
COMMIT_VERB = re.compile(
    r"\b(?:informeren|informeer|informeert|inlichten|toesturen|toezenden|sturen|stuur|stuurt|zenden|zend|zendt"
    r"|rapporteren|rapporteer|berichten|bericht|op de hoogte|doen toekomen|doe toekomen|voorleggen|aanbieden)\b",
    re.IGNORECASE)
# receiving: `ontvangt u`, `U ontvangt`, `Uw Kamer ontvangt`, `ontvangt uw Kamer`, and in a subordinate clause with
# the verb last (`…, waarover u in juni een afzonderlijke geannoteerde agenda ontvangt`, `…, die uw Kamer voor de
# top zal ontvangen`); a comma ends the clause (`Zoals u weet, ontvangt Oekraïne …`), a past tense is no promise
# (`die u op 3 mei ontving`, `heeft ontvangen`)
_CLAUSE = r"[^.;:,()]{0,80}?"
_RECEIVE = re.compile(
    rf"\bontvangt {_PARLIAMENT}\b|\b{_PARLIAMENT} ontvangt\b"
    rf"|\b{_PARLIAMENT}\b{_CLAUSE}\b(?:ontvangt|(?:zult|zal)\b{_CLAUSE}\bontvangen|ontvangen (?:zult|zal))\b")
_PASSIVE_INFORM = re.compile(
    rf"(?:\b{_PARLIAMENT}\b[^.;]{{0,60}}\b(?:wordt|worden|zal|zult)\b"
    rf"|\b(?:wordt|zal|zult)\s+{_PARLIAMENT}\b)[^.;]{{0,100}}"
    r"\b(?:geïnformeerd|geinformeerd|toegezonden|toegestuurd|ingelicht|op de hoogte gehouden|op de hoogte gesteld)\b")
# a later time, another document, or a lasting promise: what makes a present tense a promise
_LATER = re.compile(
    r"\b(?:na afloop|na (?:de|het|deze|die|dit)|zodra|zo spoedig|binnenkort|spoedig|op korte termijn|te zijner tijd"
    r"|later|nader|separaat|afzonderlijk|apart|aparte|separate|per brief|in een (?:\w+ )?brief|verslag"
    r"|(?:volgend|komend) jaar|(?:volgende|komende) (?:brief|maand|maanden|week|weken|periode|bijeenkomst|Raad)"
    r"|voor (?:het )?eind|voor het einde|vóór|voor de zomer|zomerreces|uiterlijk"
    r"|in het (?:voorjaar|najaar)|begin \d{4}|medio|eind \d{4}|blijven|blijft|houden|houd|houdt"
    r"|BNC-fiche|kabinetsreactie|jaarverslag|Slotwet|Voorjaarsnota|Najaarsnota|suppletoire)\b", re.IGNORECASE)
# a passive of sending or submitting to parliament (`Een besluit hierover wordt uw Kamer voorgelegd`, `… zal ter
# goedkeuring aan de Kamer worden voorgelegd`, `wordt, zodra het is ondertekend, aan beide Kamers voorgelegd`, `dat
# aan uw Kamer wordt toegezonden`): what is sent is still to come even in the present tense (what this letter sends
# is `hierbij`, `bijgaand`: see `announces_letter`); a past (`is uw Kamer op 3 mei voorgelegd`, `werd …
# toegezonden`) is no promise, nor is an aside to the reader (`wordt, zoals u weet, aan Oekraïne aangeboden`)
_SUBMITTED = r"(?:voorgelegd|toegezonden|toegestuurd|aangeboden|overgelegd)"
_TO_PARLIAMENT = r"(?:[Uu]w Kamer|[Dd]e (?:Tweede |Eerste )?Kamer|beide Kamers|aan u|(?<=wordt )u|(?<=worden )u)"
_PASSIVE_SUBMIT = re.compile(
    rf"\b(?:wordt|worden|zal|zullen)\b[^.;:]{{0,80}}?\b{_TO_PARLIAMENT}\b[^.;:]{{0,80}}?\b{_SUBMITTED}\b"
    rf"|\b{_TO_PARLIAMENT}\b{_CLAUSE}\b(?:wordt|worden)\s+{_SUBMITTED}\b"
    rf"|\b{_TO_PARLIAMENT}\b{_CLAUSE}\b{_SUBMITTED}\s+(?:wordt|worden)\b")
_WILL = re.compile(r"\b(?:zal|zullen|zult)\b")


def announces_letter(text: str) -> bool:
    """Does the sentence only say what this letter does (`In deze brief zet ik … uiteen`, `Hierbij bied ik u …
    aan`, `U ontvangt hierbij …`)? Such a sentence is no position, even with `zal` (`In deze brief zal ik ingaan
    op …`). `Hierbij` alone is also a connective (`Hierbij zal Nederland benadrukken …`): it needs a verb of
    delivering or informing."""
    if _OPENS_ON_LETTER.search(text):
        return True
    return bool(_DELIVERS.search(text)) and bool(_DELIVER_VERB.search(text))


def promises_parliament(text: str, intention: bool, nl_acts: bool) -> bool:
    """Is the sentence a promise to parliament? `intention`: the Netherlands is the subject of `zal` or a stance
    verb; `nl_acts`: the Netherlands is the subject of some clause (a present-tense `informeer ik`)."""
    if _RECEIVE.search(text):
        return True                                   # `U ontvangt voor de zomer …`
    if _PASSIVE_SUBMIT.search(text):
        return True                                   # `Een besluit hierover wordt uw Kamer voorgelegd`
    passive = _PASSIVE_INFORM.search(text)
    if passive and (_WILL.search(passive.group()) or _LATER.search(text)):
        return True                                   # `De Kamer wordt na afloop … geïnformeerd`
    informs = bool(COMMIT_VERB.search(text) and PARLIAMENT.search(text))
    if intention and (informs or re.search(r"BNC-fiche|Kamerbrief", text)):
        return True                                   # `zal ik uw Kamer … informeren`
    return nl_acts and informs and bool(_LATER.search(text))   # `Over … informeer ik uw Kamer in het verslag`
