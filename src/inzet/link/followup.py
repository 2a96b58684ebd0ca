"""Agenda → report follow-up: the `inzet.followup/1` object (rule `followup.v1`).

Three steps, all pure:

1. `positions(doc, extraction)` (`inzet.link.positions`): the agenda sentences in which the Netherlands
   states what it will do or say, or promises parliament something; who acts is read by
   `inzet.link.grammar`, the motion a position carries out by `inzet.link.motions`.
2. `follow_up(...)`: every report sentence in which the Netherlands acts (`Nederland kondigde … aan`, `riep op`,
   `Lidstaten, waaronder Nederland, pleitten …`, `Het kabinet informeert …`, `Met steun van Nederland is besloten …`) or
   a deployment `wordt verlengd` (not `kan worden verlengd`) is a candidate; a position is `reported` when a candidate
   is on the same subject. Subjects are compared on Dutch Snowball stems of content words, acronyms of both letters as
   one concept each, the synonym groups of `inzet.link.synonyms`, the years named as times (`vanaf 2024` ~ `vanaf
   volgend jaar` in a report of 2023) and the shares of GDP rounded to a tenth (`1,17 procent van het bbp` ~ `bijna 1,2
   procent`), weighted by how rare a word is in the two letters; the report sentences that only set the topic (`De
   ministers bespraken X.`) lend their subjects at half weight to the Dutch act after them, and a Dutch act whose object
   is the sentence before (`Nederland stemde met deze maatregelen in.`, `Nederland had daarvoor gepleit.`, `Nederland
   stemde in.`, `Nederland stemde in, nadat …`, `Nederland heeft zich daarbij aangesloten.`) takes its subjects as its
   own; `Hij`/`Zij` after a Dutch minister goes on with the Dutch act. The kind of act must fit: a call on others
   (`oproepen`, `aansporen`) needs a report of a call (`bepleit`, stressing what it asks for: `heeft het belang van een
   snelle ratificatie onderstreept`, or the call as a noun: `Mijn oproep om … heeft geen resultaat gehad`; how it was
   received, `vond weinig steun`, is no subject); a promise to keep giving support is met by an announced contribution
   at the same meeting; telling the others at the table (`Ik zal de bondgenoten informeren dat Nederland …`) only by a
   Dutch telling or an announced contribution; agreeing (`zal instemmen met`) by agreeing, never by its opposite (`zal
   niet instemmen` ← `heeft uiteindelijk ingestemd`); a plea (`pleit voor`) by a Dutch call and support of a proposal
   (`steunt deze voorstellen`) by the Netherlands agreeing or backing it (`sprak zich uit voor`), at a lower bar (two
   subjects at SUPPORT_THRESHOLD, or one at THRESHOLD); a motion is compared as a motion, not by the words of its name;
   a promise to inform is also kept by a letter on its subject the report says parliament received after the agenda
   (`De brief over X heeft uw Kamer op 17 november jl. ontvangen`, `is u … toegezonden`). The frame of the Dutch effort
   (`Inzet van Nederland is dat …`) is no subject, nor is whom a call is made on (`de bondgenoten oproepen bij te
   dragen aan …`: see `grammar.without_addressee`), nor what a promise to inform names its vehicle or origin by (`Die
   informatie ontvangt u bij het verslag`: `data/promise_words.txt`; such a promise is compared on the sentence it
   points back to), nor the slogan of a principle it invokes (`volgens het beginsel «in together, out together»`); a
   promise to inform on the outcome of X (`zal ik u informeren over de uitkomst van de besluitvorming`) is also kept by
   the report giving an outcome on X, whoever decided (`De Raad stemde in met …`), unless it promises a letter of its
   own; a position that sets a condition, a purpose or a reason (`…, mits …`, `…, zodat …`, `…, passend bij …`) is
   also compared without it, one that joins acts (`steunt het pakket, maar zal aangeven dat …`: `inzet.link.acts`)
   also by a report of its later act as that act (`Ik heb daarbij onderstreept dat …`), and one that alone cites a
   motion is met by a Dutch act the report says carries out that motion (`zoals gevraagd in de motie van het lid X`);
   a Dutch act on its subject that does what parliament asked (`Zoals uw Kamer heeft gevraagd, heb ik …`) meets any
   position citing a motion at the lower bar.
3. `pair(agenda_meetings, candidates)`: the report whose meetings match the agenda's.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any, TypeVar

from inzet import vocabulary
from inzet.extract.dutch import fold, parse_date
from inzet.extract.segment import Document, Sentence
from inzet.link.acts import act_readings
from inzet.link.commitments import promises_parliament
from inzet.link.grammar import (
    agreement,
    asks,
    clause_words,
    continues_actor,
    nl_acts,
    objects,
    states_intention,
    without_addressee,
    without_condition,
    without_effort_frame,
    without_examples,
    without_principle,
)
from inzet.link.meetings import Finder, meeting_finder, meeting_of
from inzet.link.motions import Motion, asked_by_parliament, motion_in, name_id, without_request
from inzet.link.positions import RULE, Evidence, Position, gives_support, positions
from inzet.link.subjects import Lexicon, Word, lexicon, subjects_of, words
from inzet.link.subjects import key as word_key
from inzet.link.synonyms import MANNER, STOPWORDS, wordset
from inzet.model import Extraction, Meeting, Span

__all__ = ["RULE", "SCHEMA", "Position", "covered_meetings", "follow_up", "pair", "positions"]

SCHEMA = "inzet.followup/1"


# A report sentence must cover this share of a position's subject weight to count as evidence.
THRESHOLD = 0.34
# ... or this share when the act fits exactly (an announced contribution for a promise of support,
# at the meeting the promise was made for).
SUPPORT_THRESHOLD = 0.2
# ... sharing a single subject is enough when it carries this share (`lastenverdeling` ~ `burden sharing`)
STRONG = 0.5
RARE_DF = 2            # an acronym in at most this many sentences of the two letters names one subject
CONTEXT_WEIGHT = 0.5   # the sentence before, when the position points back to it (`dit`, `hiervoor`, `daarom`)
MAX_EVIDENCE = 3
MAX_BACK = 3           # sentences back a demonstrative's noun is looked for (`deze tekorten`)

_CALL_PAST = wordset("""
riep riepen opgeroepen oproep spoorde spoorden aangespoord drong drongen aangedrongen verzocht verzochten
pleitte pleitten gepleit bepleit bepleitte bepleitten vroeg vroegen gevraagd deed deden
""")
# a call reported as stressing what it asks for: `heeft in een gesprek met de Turkse president het belang van een
# snelle ratificatie onderstreept`, `Over EUFOR Althea heb ik gewezen op het belang van de voortzetting`, `wees op de
# noodzaak van`, or stressing that someone must (`erop gewezen dat Israël zich aan het humanitair oorlogsrecht moet
# houden`, `benadrukt dat de bondgenoten de productie dienen te verhogen`, `onderstreept dat meer munitie nodig is`);
# stressing without `het belang van` or a must (`onderstreepte de eenheid`, `wees erop dat Nederland al bijdraagt`) is
# no call
_STRESS_PAST = wordset("""
onderstreept onderstreepte onderstreepten benadrukt benadrukte benadrukten beklemtoond beklemtoonde beklemtoonden
gewezen wees wezen gehamerd hamerde hamerden
""")
_WHAT_IT_ASKS = re.compile(
    r"\b(?:belang|noodzaak|urgentie)\s+van\b"
    r"|\bdat\b[^;]*?\b(?:moet|moeten|moest|moesten|dient|dienen|diende|dienden|(?:nodig|noodzakelijk|vereist|"
    r"onontbeerlijk|geboden)\s+(?:is|zijn|was|waren|blijft|blijven))\b")
_CONTRIBUTE_PAST = wordset("""
kondigde kondigden aangekondigd zegde zegden toegezegd leverde leverden geleverd droeg droegen bijgedragen
doneerde doneerden gedoneerd financierde financierden gefinancierd stelde stelden beschikbaar gesteld
voegde voegden levert leveren draagt presenteerde presenteerden gepresenteerd maakte maakten bekend
bekendgemaakt
""")
# a position that pleads for something (`Nederland pleit voor`, `zal bepleiten dat`) and one that supports it (`Het
# kabinet steunt deze voorstellen, mits …`): a report of a Dutch call, or of the Netherlands agreeing, is the same act
# (a call on others, `zal oproepen`, is act "call" and needs a reported call on its subject anyway)
_PLEAD = wordset("""
pleit pleiten bepleit bepleiten
""")
_SUPPORT_STANCE = wordset("""
steunt steunen ondersteunt ondersteunen onderschrijft onderschrijven
""")
# ... and a report of the Netherlands giving that support in the past tense (`Nederland steunde het voorstel`, `heeft
# het plan onderschreven`, `schaarde zich achter`), or speaking out for it (`Nederland sprak zich uit voor een stevige
# aanvulling`, `sprak steun uit voor`, `heb mij uitgesproken voor`; not `uit tegen`)
_SUPPORT_PAST = wordset("""
steunde steunden gesteund ondersteunde ondersteunden ondersteund onderschreef onderschreven schaarde schaarden
geschaard
""")
_SPOKE_FOR = re.compile(
    r"\b(?:sprak|spraken|spreekt|spreken)\s+(?:zich|mij|me|ons|(?:(?:haar|zijn|onze|mijn|de|brede|volle)\s+)?steun)"
    r"\s+(?:[\w-]+\s+){0,3}?uit\s+voor\b"
    r"|\b(?:zich|mij|me|ons|steun)\s+(?:[\w-]+\s+){0,3}?uitgesproken\s+voor\b")
# telling the others at the table what the Netherlands does (`Ik zal de bondgenoten informeren dat Nederland de
# bijdrage aan NMI voortzet`, `zal de bondgenoten meedelen dat …`, `zal mijn collega's laten weten …`): a report of the
# telling (`Ik heb mijn collega's meegedeeld dat …`, `Ik heb gemeld dat …`, `liet weten`) or of the contribution
# announced meets it; a Dutch act of another kind on the same subject (`Nederland heeft de uitbreiding van NMI
# gesteund`) does not
_TELL_FUTURE = wordset("""
informeren meedelen mededelen melden berichten
""")
_TELL_PAST = wordset("""
geinformeerd informeerde informeerden meegedeeld medegedeeld deelde deelden gemeld meldde meldden bericht berichtte
berichtten aangekondigd kondigde kondigden bekendgemaakt bekend aangegeven gaf gaven verteld vertelde vertelden
bevestigd bevestigde bevestigden toegelicht lichtte lichtten
""")
_NEGATIONS = frozenset({"niet", "geen", "nooit"})
_OPENING_DEMONSTRATIVES = frozenset({"die", "dat"})
# a Dutch act whose object is the sentence before: pronominal adverbs of the object (`Nederland had daarvoor
# gepleit`, `heeft daarmee ingestemd`); `daarbij`, `daarin` and `daarop` mostly join acts or times (`Daarbij heb ik
# benadrukt`, `Daarop volgde …`) and are left out
_POINTING_ADVERBS = wordset("""
daarvoor hiervoor daaraan hieraan daarover hierover daartoe hiertoe daarmee hiermee
""")
# ... and `daarbij` or `hierbij` when the verb governs `bij`: joining what the sentence before names (`Nederland heeft
# zich daarbij aangesloten`, `sluit zich hierbij aan`, `heeft zich daar ook bij aangesloten`, `haakt daarbij aan`)
_BIJ_ADVERBS = wordset("""
daarbij hierbij
""")
_JOINING = wordset("""
aangesloten aansluiten aansluit aangehaakt aanhaken aanhaakt
""")
_JOINING_SPLIT = wordset("""
sluit sluiten sloot sloten haakt haken haakte haakten
""")
_DEMONSTRATIVES = frozenset({"deze", "dit", "die", "dat", "dezelfde", "diezelfde", "datzelfde"})
# the meeting or the letter a demonstrative may name (`deze bijeenkomst`, `dit verslag`): no sentence before
_OCCASIONS = wordset("""
bijeenkomst vergadering raad top topontmoeting zitting sessie overleg beraad conferentie dmm rbz ministeriele brief
kamerbrief verslag
""")
_ANAPHORS = frozenset({"dit", "deze", "hier", "hiervoor", "hieraan", "hierover", "hierbij", "hiertoe", "daarvoor",
                       "daaraan", "daarover", "daartoe", "daarom", "dergelijke", "dezelfde", "hierin", "daarin"})


# a deployment extended, ended or started (`De inzet van de F-35's wordt verlengd tot …`) ...
_PASSIVE_DEPLOY = re.compile(
    r"\b(?:inzet|missie|mandaat|operatie|deelname|detachering|bijdrage)\b[^.;]{0,200}\b(?:wordt|worden|is|zijn)\b"
    r"[^.;]{0,200}\b(?:verlengd|beëindigd|beeindigd|uitgebreid|gestart|voortgezet)\b")
# ... not when it only could or should be (`Italië hield vast aan zijn standpunt dat het mandaat alleen kan worden
# verlengd met …`, `de missie zou eventueel met een jaar kunnen worden verlengd`)
_MODAL_PASSIVE = re.compile(
    r"\b(?:kan|kon|kunnen|konden|zou|zouden|moet|moeten|mag|mogen)\s+(?:[\w-]+\s+){0,4}?(?:worden|zijn)\s+"
    r"(?:[\w-]+\s+){0,3}?(?:verlengd|beëindigd|beeindigd|uitgebreid|gestart|voortgezet)\b")
# the Netherlands as the agent without being a clause's subject: `Op mijn voorstel om …`, `Het Nederlandse voorstel
# om …`, `… kon op Nederlandse steun rekenen`, `Mede op initiatief van Nederland is …`, `ondertekenden de ministers
# van Defensie van Nederland, België en Duitsland …`
_NL_AGENT = re.compile(
    r"\b(?:[Mm]ijn|[Oo]ns|[Oo]nze)\s+(?:[\w-]+\s+)?(?:voorstel|initiatief|oproep|pleidooi|verzoek|inbreng|interventie)\b"
    r"|\b(?:[Hh]et|[Dd]e|[Ee]en)\s+Nederlandse?\s+(?:voorstel|initiatief|oproep|pleidooi|verzoek|inbreng|interventie)\b"
    r"|\b[Oo]p\s+(?:Nederlandse?\s+(?:steun|initiatief|verzoek|aandringen|voorstel)|(?:initiatief|verzoek|aandringen|voorstel)"
    r"\s+van\s+Nederland)\b"
    r"|\b(?:[Mm]inisters?|[Rr]egeringsleiders)\s+(?:van\s+(?:Defensie|Buitenlandse\s+Zaken)\s+)?van\s+Nederland"
    r"(?:\s*,\s*[A-Z]\w+)*\s+en\s+[A-Z]\w+")
# a decision taken with Dutch backing: `Met steun van Nederland is besloten tot de oprichting van …`, `met instemming
# van onder meer Nederland`, `met Nederlandse steun`: the Netherlands acts, and agrees to what was decided
_NL_BACKING = re.compile(
    r"\b[Mm]et\s+(?:de\s+)?(?:(?:steun|instemming|goedkeuring)\s+van\s+(?:(?:onder\s+meer|ook|mede)\s+)?Nederland"
    r"|Nederlandse\s+(?:steun|instemming|goedkeuring))\b")
# the Dutch call as a noun: `Mijn oproep om de vergoedingen vrij te geven, …, heeft geen resultaat gehad`, `Ons
# pleidooi voor …`, `De Nederlandse oproep tot …`, `Op aandringen van Nederland …`: a call (pushed, even when it
# failed), unlike `Mijn voorstel` (no call) or `De oproep van de HV` (not Dutch)
_CALL_NOUNS = r"(?:oproep|pleidooi|verzoek|aandringen)"
_NL_CALL = re.compile(
    rf"\b(?:[Mm]ijn|[Oo]ns|[Oo]nze)\s+(?:[\w-]+\s+)?{_CALL_NOUNS}\b"
    rf"|\b(?:[Hh]et|[Dd]e|[Ee]en)\s+Nederlandse?\s+{_CALL_NOUNS}\b"
    rf"|\b[Oo]p\s+(?:Nederlandse?\s+{_CALL_NOUNS}|{_CALL_NOUNS}\s+van\s+Nederland)\b")
# how a proposal or call was received names no subject of it: `Mijn oproep om … vond weinig steun`, `kreeg
# onvoldoende steun`, `vond brede bijval`, `kon op Nederlandse steun rekenen` (`steun` there is no support given)
_RECEPTION = re.compile(
    r"\b(?:vond|vonden|kreeg|kregen|genoot)\s+(?:[\w-]+\s+){0,2}?(?:steun|bijval|draagvlak|weerklank)\b"
    r"|\bop\s+(?:[\w-]+\s+){0,2}?(?:steun|bijval)\s+(?:kon|konden|kan|kunnen)\s+rekenen\b"
    r"|\b(?:kon|konden|kan|kunnen)\s+(?:[\w-]+\s+){0,2}?rekenen\s+op\s+(?:[\w-]+\s+){0,2}?(?:steun|bijval)\b")
# a promise on how something turns out (`zal ik u informeren over de uitkomst van de besluitvorming`): the outcome is
# mostly the Council's or the allies' act, and the report that gives it keeps the promise whoever acted
_OUTCOME = re.compile(r"\b(?:uitkomst|uitkomsten)\b", re.IGNORECASE)
# ... unless it names a letter of its own to give it in (`zal ik uw Kamer per brief informeren`, `in een aparte brief`)
_BY_LETTER = re.compile(r"\b(?:kamer)?brief\b", re.IGNORECASE)
# ... and a report sentence gives an outcome when it names a decision or agreement (the synonym group of `besluit`, the
# word `uitkomst` itself aside: `Het debat over de uitkomsten is gepland` gives none) or reports one by its verb:
# agreeing or voting, adopting, approving, endorsing, rejecting, putting off
_OUTCOME_VERBS = wordset("""
besloot besloten stemde stemden ingestemd aangenomen nam namen goedgekeurd keurde keurden bekrachtigd bekrachtigde
bekrachtigden vastgesteld verworpen verwierp verwierpen afgewezen aanvaard aanvaardde aanvaardden uitgesteld
afgerond
""")
# a letter to parliament the report says was sent or received (`De toegezegde brief over … heeft uw Kamer op 17
# november jl. ontvangen`, `ontving uw Kamer op 7 februari een brief`, `De brief is u op 3 maart toegezonden`, `Uw Kamer
# is op 2 mei per brief geïnformeerd`): the government informed parliament, though no Dutch act at the meeting; a
# letter still to come (`ontvangt u voor de zomer`, `wordt u toegezonden`) is none
_TO_KAMER = r"(?:(?:[Uu]w|[Dd]e)\s+(?:Tweede\s+)?Kamer|[Uu])"
_LETTER_SENT = re.compile(
    rf"\b(?:heeft|had)\s+{_TO_KAMER}\b(?:\s+[^\s;]+){{0,8}}?\s+ontvangen\b"
    rf"|\b{_TO_KAMER}\s+(?:heeft|had)\b(?:\s+[^\s;]+){{0,8}}?\s+ontvangen\b"
    rf"|\bontving\s+{_TO_KAMER}\b|\b{_TO_KAMER}\s+ontving\b"
    rf"|\b(?:is|was|werd|zijn|waren|werden)\s+(?:aan\s+)?{_TO_KAMER}\b(?:\s+[^\s;]+){{0,8}}?\s+"
    r"(?:toegezonden|toegestuurd|gestuurd|verzonden|aangeboden|geïnformeerd|geinformeerd)\b"
    rf"|\b{_TO_KAMER}\s+(?:is|was|werd)\b(?:\s+[^\s;]+){{0,8}}?\s+(?:geïnformeerd|geinformeerd)\b")
_IN_REPORT = re.compile(r"\b(?:in|via|met|bij) (?:het|dit|een) (?:\w+ )?verslag\b", re.IGNORECASE)
# what a promise to inform names its vehicle or origin by (`Die informatie ontvangt u bij het verslag`, `Tijdens het
# commissiedebat heb ik toegezegd …`): no subject of it
_PROMISE_WORDS = frozenset(word_key(fold(w)) for w in vocabulary.promise_words())
# a year a position or report names as a time (`vanaf 2024`, `in 2031`, `voor 2028`), or counts from the letter's own
# (`vanaf volgend jaar` in a report of June 2023 is `vanaf 2024`): one subject however it is written; a year inside a
# date (`op 3 mei 2024`) is when something happened, no time the position is about
_YEAR = re.compile(r"\b(?:vanaf|per|in|voor|tot|uiterlijk|sinds|tegen|na|eind|begin|medio|met ingang van)\s+"
                   r"((?:19|20)\d\d)\b(?![.,]\d)")
_RELATIVE_YEAR = re.compile(r"\b(volgend|komend|dit|vorig|afgelopen|lopende)e?\s+(?:kalender)?jaar\b", re.IGNORECASE)
_YEAR_OFFSET = {"volgend": 1, "komend": 1, "dit": 0, "lopende": 0, "vorig": -1, "afgelopen": -1}
_AMOUNT = re.compile(r"(?:€|EUR|USD|\$)\s?\d|\d\s*(?:miljoen|miljard|mln|mld)\b")


# ---- follow-up ----------------------------------------------------------------------------------

@dataclass(slots=True)
class _Candidate:
    """A report sentence in which the Netherlands acts, or a deployment is extended."""

    sentence: Sentence
    meeting: str | None
    subjects: set[str]
    context: set[str]      # subjects of the sentence before, when this one points back to it
    call: bool
    contribute: bool
    amounts: frozenset[str]
    acts: bool = True      # the Netherlands acts (or a deployment is extended); False: any other report sentence
    agrees: bool | None = None   # the Netherlands agrees to something (True), refuses it (False), neither (None)
    motions: frozenset[str] = frozenset()   # the motion it carries out, by id and by member (`_motion_keys`)
    done: bool = True      # says what was done: no promise to parliament (`informeer ik u later`), no negation
    outcome: bool = False  # gives an outcome: a decision or agreement, by anyone (`De Raad stemde in met …`)
    tells: bool = False    # the Netherlands tells the others something (`Ik heb mijn collega's meegedeeld dat …`)
    says: bool = False     # ... or says or stresses it (`Ik heb daarbij onderstreept dat …`, `heb aangegeven`)
    backs: bool = False    # the Netherlands gave its support (`Nederland steunde …`, `sprak zich uit voor …`)
    asked: bool = False    # does what parliament asked, naming no motion (`Zoals uw Kamer heeft gevraagd, heb ik …`)
    sent: bool = False     # says a letter was sent to parliament (`De brief … heeft uw Kamer op 17 november ontvangen`)


def _amounts(ex: Extraction | None, span: Span) -> frozenset[str]:
    """The sums of money the money extractor found in a span, as `<currency> <value>`: `€100 mln.` and
    `EUR 100 miljoen` are one sum."""
    if ex is None:
        return frozenset()
    return frozenset(f"{a.currency} {a.value:g}" for a in ex.amounts if span.start <= a.span.start < span.end)


def _candidates(doc: Document, ex: Extraction | None, lex: Lexicon, finder: Finder,
                since: date | None = None) -> list[_Candidate]:
    """Report body sentences with what they say; `acts` marks those in which the Netherlands acts (or a
    deployment is extended), the only evidence except for a promise to inform in the report itself (`since`: the
    agenda's date, before which no letter it promises was sent, see `_sent`)."""
    out = []
    year = letter_year(ex)
    acting: dict[int, bool] = {}                     # sentence start -> the Netherlands acts in it
    decided = subjects_of("besluit", lex)             # the synonym group of a decision or agreement
    for idx, s in enumerate(doc.sentences):
        if s.footnote is not None:
            continue
        text = doc.sentence_text(s)
        ws = clause_words(text)
        nl = nl_acts(ws)
        backed = _NL_BACKING.search(text) is not None
        acts = acting[s.start] = nl or _extended(text) or backed or bool(_NL_AGENT.search(text))
        folds = {w.fold for w in ws}
        keys = {w.key for w in ws}
        support = gives_support(keys) or bool(_AMOUNT.search(text))
        subjects = set(subjects_of(_RECEPTION.sub(" ", text), lex)) | _years(text, year) | _shares(ex, s, doc)
        prev = _previous(doc, s)
        if not acts and prev is not None and acting.get(prev.start, False):
            # `De Minister-President heeft aangegeven … . Hij wees erop dat …`: the Dutch minister goes on acting
            nl = acts = acting[s.start] = continues_actor(ws, clause_words(doc.sentence_text(prev)))
        if acts and prev is not None:
            before = subjects_of(doc.sentence_text(prev), lex)
            if _takes_antecedent(text, subjects, before, lex):
                subjects |= before
        # the sentence before, when this one points back to it (`sprak hier steun voor uit`), or the sentences before
        # that only set the topic the Netherlands then acts on (`De ministers bespraken de hervorming van de NRF. Ik
        # heb steun uitgesproken voor een kleinere kern …`)
        topic = acts and prev is not None and not acting.get(prev.start, True)
        context = _topic(doc, s, lex, acting) if topic else _context(doc, s, lex) if folds & _ANAPHORS else set()
        context -= subjects
        agrees = _agrees(ws, folds, backed)
        out.append(_Candidate(
            s, meeting_of(doc, idx, finder), subjects, context,
            call=_calls(without_request(text), nl) or bool(_NL_CALL.search(text)),
            contribute=nl and support and bool(folds & _CONTRIBUTE_PAST),
            amounts=_amounts(ex, doc.span(s.start, s.end)), acts=acts, agrees=agrees,
            motions=_motion_keys(motion_in(doc, s, ex)),
            done=not folds & _NEGATIONS and not promises_parliament(text, states_intention(ws, text), nl),
            outcome=bool(subjects_of(_OUTCOME.sub(" ", text), lex) & decided or folds & _OUTCOME_VERBS),
            tells=nl and bool(folds & _TELL_PAST or _lets_know(folds)),
            says=nl and bool(folds & (_TELL_PAST | _STRESS_PAST) or _lets_know(folds)),
            asked=acts and asked_by_parliament(text),
            backs=nl and not folds & _NEGATIONS and bool(folds & _SUPPORT_PAST or _SPOKE_FOR.search(text)),
            sent=not folds & _NEGATIONS and _sent(text, since, _date(ex.letter.date) if ex is not None else None)))
    return out


def _sent(text: str, since: date | None, report_date: date | None) -> bool:
    """Does the report sentence say a letter was sent to parliament after the agenda (`since`)? One received on the
    agenda's own date or before it (`De geannoteerde agenda ontving u op 2 juni jl.`) is not one the agenda promised;
    a date without a year is in the year of the report, or the one before when that would be after it (`jl.`)."""
    if _LETTER_SENT.search(text) is None:
        return False
    on = _date(parse_date(text, default_year=report_date.year if report_date else None))
    if on is not None and report_date is not None and on > report_date:
        on = date(on.year - 1, on.month, 28 if (on.month, on.day) == (2, 29) else on.day)
    return on is None or since is None or on > since


def _agrees(ws: Sequence[Word], folds: set[str], backed: bool) -> bool | None:
    """Does the Netherlands agree to something in the report sentence (`grammar.agreement`), or is it decided with
    Dutch backing (`Met steun van Nederland is besloten tot …`)?"""
    agrees = agreement(ws)
    if agrees is None and backed and folds & _OUTCOME_VERBS:
        return True
    return agrees


def _extended(text: str) -> bool:
    """Does the report sentence say a deployment is extended, ended or started (not that it could or should be)?"""
    return _PASSIVE_DEPLOY.search(text) is not None and _MODAL_PASSIVE.search(text) is None


def letter_year(ex: Extraction | None) -> int | None:
    """The year of a letter's date, None when it has none."""
    d = _date(ex.letter.date) if ex is not None else None
    return d.year if d is not None else None


def _shares(ex: Extraction | None, s: Sentence, doc: Document, reading: str | None = None) -> set[str]:
    """The shares of GDP the extractor found in a sentence (in the part of it that is `reading`, when given), as
    subjects rounded to a tenth (`%1.2`): an agenda's estimate and the report's rounding of it are one figure
    (`stijgen tot 1,17 procent van het bbp` ~ `toenemen tot bijna 1,2 procent van het bbp`)."""
    if ex is None:
        return set()
    span = doc.span(s.start, s.end)
    return {f"%{round(g.value, 1):g}" for g in ex.gdp_shares
            if span.start <= g.span.start < span.end and (reading is None or g.text in reading)}


def _years(text: str, year: int | None) -> set[str]:
    """The years a sentence names as times, as subjects (`'2024`): written out, or counted from the letter's year
    (`volgend jaar`, `dit jaar`; not without a letter date)."""
    out = {"'" + m.group(1) for m in _YEAR.finditer(text)}
    if year is not None:
        out |= {f"'{year + _YEAR_OFFSET[m.group(1).lower()]}" for m in _RELATIVE_YEAR.finditer(text)}
    return out


def _takes_antecedent(text: str, subjects: set[str], before: frozenset[str], lex: Lexicon) -> bool:
    """Is what the Dutch act is about named in the sentence before: by ellipsis (`De bestuursraad stelde het budget
    vast op EUR 38 miljoen. Nederland stemde in.`: the sentence names no subject of its own), by a pronominal adverb
    in its first clause (`Nederland had daarvoor gepleit`, `Nederland heeft daarmee ingestemd, onder de voorwaarde
    …`) or by a demonstrative before a noun the sentence before names, or is the head of a compound of (`De Raad
    stemde in met steunmaatregelen voor … . Nederland stemde met deze maatregelen in.`)? `Tijdens deze top` names
    the meeting, not the sentence before."""
    if not before:
        return False
    if not subjects:
        return True
    ws = words(text)
    first = next((i for i, w in enumerate(ws) if w.fold in (",", ";", ":")), len(ws))
    main = ws[:first]
    if agreement(main) is not None and not subjects_of(" ".join(w.text for w in main), lex):
        return True         # `Nederland stemde in, nadat het agentschap had toegezegd …`: agreeing to what was before
    for i, w in enumerate(main):
        if w.fold in _POINTING_ADVERBS or _joins_it(ws, i, first):
            # nothing named before it (the verb of joining aside: `Nederland sluit zich hierbij aan`), or it points
            # inside the sentence (`Op vragen over de inzet na 2010 heb ik geantwoord dat het kabinet daarover nog
            # geen besluit heeft genomen`)
            return not subjects_of(" ".join(v.text for v in ws[:i] if v.fold not in _JOINING_SPLIT), lex)
        noun = _demonstrated(ws, i, first)
        named = subjects_of(noun.text, lex) if noun is not None else frozenset()
        if named and all(f in before or _head_of_compound(f, set(before)) for f in named):
            return True
    return False


def _joins_it(ws: Sequence[Word], i: int, end: int) -> bool:
    """Is word i `daarbij` or `hierbij` (or `daar`/`hier` with its `bij` apart: `zich daar ook bij aangesloten`) as
    the object of a verb of joining in the clause (ending before `end`)? Elsewhere `daarbij` joins acts or times
    (`Daarbij heb ik benadrukt …`) and points to nothing."""
    f = ws[i].fold
    if f not in _BIJ_ADVERBS:
        if f not in ("daar", "hier") or not any(w.fold == "bij" for w in ws[i + 1 : end]):
            return False
    rest = [w.fold for w in ws[i + 1 : end]]
    if any(r in _JOINING or (r in _JOINING_SPLIT and "aan" in rest[k + 1 :]) for k, r in enumerate(rest)):
        return True                                 # `heeft zich daarbij aangesloten`
    return "aan" in rest and any(w.fold in _JOINING_SPLIT for w in ws[:i])   # `sluit zich daarbij aan`


def _demonstrated(ws: Sequence[Word], i: int, end: int) -> Word | None:
    """The noun a demonstrative at word i stands before (`deze maatregelen`, `deze nieuwe afspraak`), None when word i
    is none or stands before no noun (`dat` as a conjunction: `aangegeven dat Nederland …`)."""
    if ws[i].fold not in _DEMONSTRATIVES or i + 1 >= end:
        return None
    nxt = ws[i + 1]
    if nxt.fold in STOPWORDS and nxt.fold.endswith("e") and nxt.text.islower() and i + 2 < end:
        nxt = ws[i + 2]                                  # an adjective between (`deze nieuwe afspraak`)
    return None if nxt.fold in STOPWORDS or not nxt.fold.isalpha() else nxt


def _calls(text: str, nl: bool) -> bool:
    """Does the report sentence say the Netherlands called for something: a verb of calling, or of stressing what it
    asks for (`heeft het belang van een snelle ratificatie onderstreept`), with the Netherlands as the subject? (The
    request of parliament a sentence answers is left out of `text`: `Zoals uw Kamer heeft gevraagd, …`.)"""
    folds = {w.fold for w in clause_words(text)}
    return nl and bool(folds & _CALL_PAST or (folds & _STRESS_PAST and _WHAT_IT_ASKS.search(text)))


def _motion_keys(m: Motion | None) -> frozenset[str]:
    """A motion as both letters may name it: its id (`kst-32123-X-14`) and its member (`motie-knops`); a report
    often names by member (`Conform de motie-Knops`) what the agenda cited by Kamerstuk."""
    if m is None:
        return frozenset()
    return frozenset({m.id} | ({name_id(m.member, None)} if m.member else set()))


class _Idf:
    """Inverse document frequency of subject features over the sentences of both letters."""

    def __init__(self, df: dict[str, int], n: int) -> None:
        self.df, self.n = df, n

    def __call__(self, f: str) -> float:
        return math.log((self.n + 1) / (self.df.get(f, 0) + 0.5))

    def rare(self, f: str) -> bool:
        """Named in at most RARE_DF sentences of the two letters (the agenda's and the report's own)."""
        return self.df.get(f, 0) <= RARE_DF


def _weights(docs: Sequence[Document], lex: Lexicon, years: Sequence[int | None] = (),
             exs: Sequence[Extraction | None] = ()) -> _Idf:
    """Inverse document frequency of a subject feature over the sentences of the letters (`years`: each letter's,
    for the years it counts from it; `exs`: their extractions, for the shares of GDP they name)."""
    df: dict[str, int] = {}
    n = 0
    for i, doc in enumerate(docs):
        year = years[i] if i < len(years) else None
        for s in doc.body_sentences():
            n += 1
            text = doc.sentence_text(s)
            ex = exs[i] if i < len(exs) else None
            for f in subjects_of(text, lex) | _years(text, year) | _shares(ex, s, doc):
                df[f] = df.get(f, 0) + 1
    return _Idf(df, n)


def _refers_back(text: str) -> bool:
    """Does the sentence point back to the one before (`Nederland steunt dit voorstel`, `Daarom zal …`)? An anaphor
    after the first clause points inside the sentence (`Het kabinet is voornemens een schip beschikbaar te stellen,
    en ik zal dit aankondigen`). `Die` and `dat` opening a sentence are demonstratives (`Die brief ontvangt u voor de
    top`, `Dat besluit zal ik toelichten`); elsewhere they are mostly relative pronouns and conjunctions.
    A demonstrative before the meeting or the letter itself (`in het verslag van deze bijeenkomst`, `tijdens deze
    top`, `in deze brief`) names the occasion, not the sentence before."""
    ws = words(text)
    if ws and ws[0].fold in _OPENING_DEMONSTRATIVES:
        return True
    first = next((i for i, w in enumerate(ws) if w.fold in (",", ";", ":")), len(ws))
    return any(w.fold in _ANAPHORS and not _names_occasion(ws, i) for i, w in enumerate(ws[:first]))


def _names_occasion(ws: Sequence[Word], i: int) -> bool:
    """Does the demonstrative at word i stand before the meeting or the letter (`deze bijeenkomst`, `dit verslag`)?"""
    return ws[i].fold in _DEMONSTRATIVES and i + 1 < len(ws) and ws[i + 1].fold in _OCCASIONS


def _antecedent(doc: Document, s: Sentence, text: str, lex: Lexicon) -> set[str]:
    """Subjects of the sentence a position points back to: the nearest one before it in its paragraph (up to
    MAX_BACK) that names the noun of its demonstrative (`Uit de plannen blijkt dat de bondgenoten vooral tekorten
    hebben aan luchtverdediging … . De bondgenoten hebben in Vilnius afgesproken … . Ik zal erop aandringen dat deze
    tekorten met voorrang worden verwerkt`: the shortfalls are those of the first sentence); the sentence before when
    no demonstrative names a noun (`Nederland steunt dit`, `Daarom zal …`) or no sentence before names it."""
    ws = words(text)
    first = next((i for i, w in enumerate(ws) if w.fold in (",", ";", ":")), len(ws))
    for i in range(first):
        noun = _demonstrated(ws, i, first)
        named = subjects_of(noun.text, lex) if noun is not None else frozenset()
        if not named:
            continue
        prev = _previous(doc, s)
        for _ in range(MAX_BACK):
            if prev is None:
                break
            before = set(subjects_of(doc.sentence_text(prev), lex))
            if all(f in before or _head_of_compound(f, before) for f in named):
                return before
            prev = _previous(doc, prev)
    return _context(doc, s, lex)


def _previous(doc: Document, s: Sentence) -> Sentence | None:
    """The sentence before s in its paragraph (footnotes left out), None when s opens it."""
    line = next((ln for ln in doc.lines if ln.start <= s.start < max(ln.end, ln.start + 1)), None)
    if line is None:
        return None
    prev = [p for p in doc.sentences if p.footnote is None and line.start <= p.start and p.end <= s.start]
    return prev[-1] if prev else None


def _context(doc: Document, s: Sentence, lex: Lexicon) -> set[str]:
    """Subjects of the sentence before s in its paragraph."""
    prev = _previous(doc, s)
    return set(subjects_of(doc.sentence_text(prev), lex)) if prev is not None else set()


def _topic(doc: Document, s: Sentence, lex: Lexicon, acting: Mapping[int, bool]) -> set[str]:
    """Subjects of the sentences before s in its paragraph that set the topic the Netherlands acts on: the run of
    sentences in which it does not act, back to one in which it does (`De ministers stemden in met het NATO
    Readiness Initiative. Het initiatief wordt tijdens de top bekrachtigd. Nederland heeft ingestemd met het
    initiatief.`: the initiative the Dutch act names is the one the first sentence names)."""
    out: set[str] = set()
    prev = _previous(doc, s)
    while prev is not None and not acting.get(prev.start, True):
        out |= subjects_of(doc.sentence_text(prev), lex)
        prev = _previous(doc, prev)
    return out


def _score(subjects: set[str], context: set[str], c: _Candidate, w: Callable[[str], float],
           examples: frozenset[str] = frozenset(), manner: frozenset[str] = frozenset()) -> tuple[float, int]:
    """Share of the position's subject weight the candidate covers, and how many subjects it shares.

    Words from the context of either side (the sentence before, when a sentence points back, or those before that set
    the topic) count half; a candidate that names none of the subjects itself covers nothing (`Op aandringen van
    Noorwegen besloot de top X. Mede op initiatief van Nederland is Y opgenomen` is no evidence for X). The examples a
    position gives (`zoals ontmijning, medische zorg en …`, see `grammar.without_examples`) are one subject, of their
    mean weight, covered by a candidate that names any of them. How the act is to be done (`manner`: `beter op elkaar
    af te stemmen`, see `synonyms.MANNER`) counts, but a candidate that names only that of the subjects itself covers
    nothing either (`hun leveringen van munitie beter op elkaar af te stemmen` ← `Ik heb ervoor gepleit de
    capaciteitsplanning beter op elkaar af te stemmen`).
    """
    extra = context - subjects
    examples = examples - subjects - extra
    slot = sum(w(f) for f in examples) / len(examples) if examples else 0.0
    total = sum(w(f) for f in subjects) + CONTEXT_WEIGHT * sum(w(f) for f in extra) + slot
    if not total:
        return 0.0, 0
    hit = 0.0
    shared = 0
    own = False
    if any(f in c.subjects or _head_of_compound(f, c.subjects) for f in examples):
        hit, shared, own = slot, 1, True
    for f in subjects | extra:
        share = 1.0 if f in subjects else CONTEXT_WEIGHT
        if f in c.subjects or (f in subjects and _head_of_compound(f, c.subjects)):
            hit += share * w(f)
            own = own or f not in manner
        elif f in c.context:
            hit += share * CONTEXT_WEIGHT * w(f)
        else:
            continue
        shared += 1
    return (hit / total, shared) if own else (0.0, 0)


def _head_of_compound(f: str, feats: set[str]) -> bool:
    """Is the position's word the head of a compound the candidate names (`centrum` in `NAVO-dronecentrum`,
    `inzet` in `troepeninzet`)? A Dutch compound ends in its head; the word must be long enough to be one (five
    letters) and the compound have a part before it (three)."""
    if len(f) < 5 or not f.isalpha():
        return False
    return any(len(g) >= len(f) + 3 and g.endswith(f) for g in feats)


def _match(p: Position, score: float, shared: int, c: _Candidate, amounts: frozenset[str],
           agrees: bool | None = None, sole_motion: bool = False) -> float:
    """The candidate's score as evidence for the position, 0 when the subject or the kind of act does not fit.

    On subject alone a candidate must cover THRESHOLD of the position and share two subjects (one is
    enough when the position has only one, when it is an acronym, or when it carries STRONG of the weight).
    A promise to keep giving support is also met by a contribution announced at the same meeting (or on a
    subject close enough), unless both name sums and no sum is the same (another contribution); the same sum
    announced by the Netherlands is evidence of a contribution on its own (`amounts`: the position's sums).
    A position that agrees to something or refuses it (`agrees`, see `grammar.agreement`) is met by the same act
    at SUPPORT_THRESHOLD (`zal instemmen met de begroting` ← `De bestuursraad stelde de begroting vast. Nederland
    stemde met de begroting in.`), and never by the opposite act (`zal niet instemmen met X` ← `Nederland heeft
    uiteindelijk met X ingestemd`: the report says the Netherlands did the opposite), nor is support of a proposal (`Het
    kabinet steunt deze voorstellen`) met by refusing it. A candidate that carries out
    the motion the position cites (by its Kamerstuk or its member: `Conform de motie-Knops heb ik …`) is met at
    SUPPORT_THRESHOLD too, and on the motion alone when the position is the only one of the agenda to cite it
    (`sole_motion`) and the candidate says it was done (no promise, no negation).
    """
    if not c.acts and p.act != "inform":
        return 0.0
    if _tells(p) and not (c.tells or c.contribute):
        return 0.0          # `Ik zal de bondgenoten informeren dat Nederland …` ← `Nederland heeft … gesteund`
    if agrees is None and c.agrees is False and _supports(p):
        return 0.0          # `Het kabinet steunt deze voorstellen, mits …` ← `Nederland kon niet instemmen met …`
    if agrees is not None and c.agrees is not None:
        if agrees != c.agrees:
            return 0.0
        if shared and score >= SUPPORT_THRESHOLD:
            return score
    if _motion_keys(p.motion) & c.motions or (p.motion is not None and c.asked and c.done):
        # the motion named, or what parliament asked done in other words (`Zoals uw Kamer heeft gevraagd, heb ik …`)
        if shared and score >= SUPPORT_THRESHOLD:
            return score
        if sole_motion and c.done and _motion_keys(p.motion) & c.motions:
            # the report says the Netherlands did what the motion asked, in its own words (`Ook heb ik, zoals gevraagd
            # in de motie van het lid X, aandacht gevraagd voor …`): the motion names the position it carries out
            return max(score, SUPPORT_THRESHOLD)
    if ((shared >= 2 and score >= SUPPORT_THRESHOLD) or (shared and score >= THRESHOLD)) and _same_act(p, c):
        # the very act promised: on two subjects at the lower bar, or on one that covers THRESHOLD (`Nederland steunt
        # een beperkte groei` ← `De Bestuursraad stelde de begroting vast, een groei van 5%. Nederland stemde in, …`)
        return score
    same_sum = bool(amounts & c.amounts)
    if same_sum and p.act in ("support", "say") and (c.contribute or score >= SUPPORT_THRESHOLD):
        return max(score, STRONG)
    if not shared:
        return 0.0
    on_subject = score >= THRESHOLD and (shared >= 2 or score >= STRONG)
    if p.act == "call":
        return score if c.call and on_subject else 0.0
    if p.act == "inform":
        # a report informs parliament by what it says: a sentence on X in which the Netherlands acts (`informeerde`
        # among them) keeps a promise to inform on X (`… en informeert uw Kamer daarover voor de zomer` ←
        # `Het kabinet heeft besloten tot verlenging …`); `in het verslag` lets any sentence on X keep it; a promise on
        # the outcome of X also a sentence on X that gives one, whoever decided (`De Raad stemde in met …`), though not
        # one that gives none (`De Commissie lichtte de verordening toe`), nor when a letter of its own is promised; a
        # letter on X the report says parliament received keeps it too (`De brief over X heeft uw Kamer … ontvangen`)
        outcome = c.outcome and _OUTCOME.search(p.text) is not None and _BY_LETTER.search(p.text) is None
        kept_by_any = outcome or _IN_REPORT.search(p.text) is not None
        return score if on_subject and (c.acts or c.sent or kept_by_any) else 0.0
    if on_subject:
        return score
    if p.act == "support" and c.contribute and not (amounts and c.amounts):
        same_meeting = p.meeting is not None and p.meeting == c.meeting
        if same_meeting or score >= SUPPORT_THRESHOLD:
            return score
    return 0.0


def _same_act(p: Position, c: _Candidate) -> bool:
    """Does the candidate report the very act the position promises: a Dutch call for a plea (`Nederland pleit voor
    een verlenging van het mandaat` ← `Nederland en Frankrijk drongen aan op een besluit`), the Netherlands agreeing
    to or backing what it supports (`Het kabinet steunt deze voorstellen, mits …` ← `Nederland kon instemmen met de
    vereenvoudiging …`, `Het kabinet steunt een meerjarige aanvulling` ← `Nederland sprak zich uit voor een stevige
    aanvulling`)? One way only: a position that agrees (`zal instemmen`) is not met by mere support (`Nederland
    steunde het voorstel`), see `grammar.agreement`."""
    folds = {w.fold for w in clause_words(p.text)}
    if c.call and p.act == "say" and folds & _PLEAD:
        return True
    if c.backs and _supports(p) and agreement(clause_words(p.text)) is None:
        return True         # `Het kabinet steunt een meerjarige aanvulling` ← `Nederland sprak zich uit voor …`
    return c.agrees is True and _supports(p)


def _reports_act(q: Position, c: _Candidate) -> bool:
    """Does the candidate report one of the acts a position joins (`acts.act_readings`) as that act: support by the
    Netherlands agreeing or backing it, agreeing by agreeing, a plea or call by a Dutch call, giving support by a
    contribution, what it will say (`zal aangeven dat …`) by the Netherlands saying it (`Ik heb daarbij onderstreept
    dat …`, `heb gemeld`)?"""
    agrees = agreement(clause_words(q.text))
    return (_same_act(q, c) or (agrees is not None and agrees == c.agrees) or (q.act == "call" and c.call)
            or (q.act == "support" and c.contribute) or (q.act == "say" and not _supports(q) and c.says))


def _lets_know(folds: set[str]) -> bool:
    """Telling in more words: `laten weten`, `liet weten`, `op de hoogte stellen`, `heeft op de hoogte gebracht`."""
    return ("weten" in folds and bool(folds & {"laten", "liet", "lieten", "laat"})) or "hoogte" in folds


def _tells(p: Position) -> bool:
    """Does the position tell the others at the table something (`Ik zal de bondgenoten informeren dat …`, `zal mijn
    collega's laten weten …`)? A promise to parliament is read as one (act `inform`), and a position that also calls
    on others (`zal de Raad informeren over … en de lidstaten oproepen …`) as a call."""
    if p.act in ("inform", "call"):
        return False
    folds = {w.fold for w in clause_words(p.text)}
    return bool(folds & _TELL_FUTURE) or _lets_know(folds)


def _supports(p: Position) -> bool:
    """Does the position support something (`Het kabinet steunt deze voorstellen`)? The Netherlands refusing it in the
    report (`kon niet instemmen met`) is the opposite act."""
    return p.act == "say" and bool({w.fold for w in clause_words(p.text)} & _SUPPORT_STANCE)


def covered_meetings(agenda: Sequence[Meeting | Mapping[str, Any]],
                     report: Sequence[Meeting | Mapping[str, Any]]) -> list[dict[str, str | None]]:
    """The meetings both letters cover: same type, start dates equal or a day apart (or one unknown)."""
    out = []
    for a in agenda:
        if any(_same_meeting(a, r) for r in report):
            out.append({"type": _get(a, "type"), "date_start": _get(a, "date_start") or next(
                (_get(r, "date_start") for r in report if _same_meeting(a, r)), None)})
    return out


def _keep(best: dict[int, tuple[float, K]], found: Mapping[int, tuple[float, K]]) -> None:
    """Keep the higher score of each candidate sentence."""
    for k, (v, c) in found.items():
        if v > best.get(k, (0.0, c))[0]:
            best[k] = (v, c)


def _readings(text: str) -> list[str]:
    """The position as it is compared: without the frame of the Dutch effort and the slogan of a principle it invokes
    (`grammar.without_effort_frame`, `grammar.without_principle`); when it sets a condition, also without the
    condition (a report may give the support without repeating it: `grammar.without_condition`); when it joins two
    asks (`oproepen A af te sluiten en B toe te passen`, see `grammar.asks`), also each ask, and when it joins two
    objects with their preposition repeated (`investeren in A en in B`, see `grammar.objects`), also each object (a
    report may give one)."""
    full = without_principle(without_effort_frame(text))
    head, condition = without_condition(full)
    parts = asks(head)
    if len(parts) == 1:
        parts = objects(head)
    return [full, *([head] if condition else []), *(parts if len(parts) > 1 else [])]


def _position_subjects(p: Position, reading: str, s: Sentence | None, doc: Document, lex: Lexicon,
                       year: int | None, ex: Extraction | None = None) -> tuple[set[str], frozenset[str], set[str]]:
    """The subjects of a reading of a position, the examples it lists (one subject, see `grammar.without_examples`)
    and the subjects of the sentence before when it points back to it or names too little itself."""
    head, listed = without_examples(reading)
    if p.act == "call":
        head = without_addressee(head)
    subjects = set(subjects_of(head, lex)) | _years(head, year) | (_shares(ex, s, doc, head) if s else set())
    if p.act == "inform":
        subjects -= _PROMISE_WORDS
    examples = subjects_of(listed, lex) - subjects if listed else frozenset()
    n_subjects = len(subjects) + (1 if examples else 0)
    context = set()
    if s is not None and _refers_back(p.text):
        context = _antecedent(doc, s, p.text, lex)
    elif s is not None and n_subjects < 2:
        context = _context(doc, s, lex)
    if p.act == "inform":
        context -= _PROMISE_WORDS
    return subjects, examples, context


def follow_up(agenda_doc: Document, agenda_ex: Extraction | None,
              report_doc: Document, report_ex: Extraction | None) -> dict[str, Any]:
    """The `inzet.followup/1` object: the agenda's positions, each reported or not, with report evidence."""
    exs = [agenda_ex, report_ex]
    lex = lexicon(*exs)
    types = [m.type for ex in exs if ex is not None for m in ex.letter.meetings]
    pos = positions(agenda_doc, agenda_ex)
    finder = meeting_finder(types, exs)
    cands = _candidates(report_doc, report_ex, lex, finder, _date(agenda_ex.letter.date) if agenda_ex else None)
    w = _weights([agenda_doc, report_doc], lex, [letter_year(agenda_ex), letter_year(report_ex)], exs)
    agenda_year = letter_year(agenda_ex)
    manner = subjects_of(" ".join(sorted(MANNER)), lex)
    cited: dict[str, int] = {}                      # motion key -> how many positions cite it
    for p in pos:
        for k in _motion_keys(p.motion):
            cited[k] = cited.get(k, 0) + 1

    def scores(p: Position, q: Position, reading: str, before: str = "") -> dict[int, tuple[float, _Candidate]]:
        """The candidates as evidence for a reading of position p acting as q (`before`: the act it follows)."""
        s = agenda_doc.sentence_at(p.vstart)
        amounts = _amounts(agenda_ex, p.span)
        keys = _motion_keys(p.motion)
        sole_motion = bool(keys) and all(cited[k] == 1 for k in keys)
        agrees = agreement(clause_words(q.text))
        subjects, examples, context = _position_subjects(p, reading, s, agenda_doc, lex, agenda_year, agenda_ex)
        context |= set(subjects_of(before, lex)) - subjects if before else set()
        n_subjects = len(subjects) + (1 if examples else 0)
        out: dict[int, tuple[float, _Candidate]] = {}
        for c in cands:
            score, shared = _score(subjects, context, c, w, examples, manner)
            acronyms = [f for f in (subjects | examples) & c.subjects if f.startswith("#")]
            if n_subjects < 2 or acronyms:
                shared += 1                          # one shared subject is enough for these
            if any(w.rare(f) for f in acronyms):
                # a thing named by an acronym only here and there (`het mkb` … `midden- en kleinbedrijf (mkb)`)
                score = max(score, THRESHOLD)
            v = _match(q, score, shared, c, amounts, agrees, sole_motion)
            if v > out.get(c.sentence.start, (0.0, c))[0]:
                out[c.sentence.start] = (v, c)
        return out

    for p in pos:
        best: dict[int, tuple[float, _Candidate]] = {}
        for reading in _readings(p.text):
            _keep(best, scores(p, p, reading))
        # the acts it joins, each as the act it is, at the usual bar (its few subjects are easily shared), a later one
        # read with the first as its context (`steunt het pakket, maar zal aangeven dat de doelen een forse opgave
        # zijn`: the package's); the first is evidence only with a later one (`Nederland heeft met het pakket
        # ingestemd.` is no report of what the position adds to its support)
        readings = act_readings(p, without_principle(without_effort_frame(p.text)))
        found = [{k: (v, c) for k, (v, c) in scores(p, q, r, readings[0][0] if i else "").items()
                  if v >= THRESHOLD and _reports_act(q, c)} for i, (r, q) in enumerate(readings)]
        if any(found[1:]):
            for f in found:
                _keep(best, f)
        scored = sorted(best.values(), key=lambda x: (-x[0], x[1].sentence.start))
        p.evidence = []
        for v, c in scored[:MAX_EVIDENCE]:
            text, span = report_doc.evidence(c.sentence.start, c.sentence.end)
            p.evidence.append(Evidence(text, span, min(v, 1.0)))
        p.status = "reported" if p.evidence else "not_reported"
    meetings = covered_meetings(agenda_ex.letter.meetings if agenda_ex else [],
                                report_ex.letter.meetings if report_ex else [])
    return {"schema": SCHEMA, "agenda": agenda_doc.source, "report": report_doc.source, "meetings": meetings,
            "positions": [p.to_json() for p in pos]}


# ---- pairing ------------------------------------------------------------------------------------

K = TypeVar("K")


def _get(m: Meeting | Mapping[str, Any], name: str) -> Any:
    return m.get(name) if isinstance(m, Mapping) else getattr(m, name, None)


def _date(s: str | None) -> date | None:
    try:
        return date.fromisoformat(s[:10]) if s else None
    except ValueError:
        return None


def _same_meeting(a: Meeting | Mapping[str, Any], b: Meeting | Mapping[str, Any]) -> bool:
    if _get(a, "type") != _get(b, "type"):
        return False
    da, db = _date(_get(a, "date_start")), _date(_get(b, "date_start"))
    return da is None or db is None or abs((da - db).days) <= 1


def pair(agenda_meetings: Sequence[Meeting | Mapping[str, Any]],
         candidates: Mapping[K, Sequence[Meeting | Mapping[str, Any]]] | Iterable[
             tuple[K, Sequence[Meeting | Mapping[str, Any]]]]) -> K | None:
    """The candidate report whose meetings best match the agenda's (type equal, start within a day).

    `candidates` maps a report (id, path, any key) to its meetings. Ties go to the report with more
    dated matches, then fewer meetings the agenda does not cover; None when no meeting matches.
    """
    items = candidates.items() if isinstance(candidates, Mapping) else candidates
    best: tuple[tuple[int, int, int], K] | None = None
    for key, meetings in items:
        matched = [a for a in agenda_meetings if any(_same_meeting(a, r) for r in meetings)]
        if not matched:
            continue
        dated = sum(1 for a in matched for r in meetings if _same_meeting(a, r)
                    and _date(_get(a, "date_start")) and _date(_get(r, "date_start")))
        extra = sum(1 for r in meetings if not any(_same_meeting(a, r) for a in agenda_meetings))
        rank = (len(matched), dated, -extra)
        if best is None or rank > best[0]:
            best = (rank, key)
    return best[1] if best else None
