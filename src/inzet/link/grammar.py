"""Who acts in a sentence of the genre: is the Netherlands (het kabinet, ik, wij, Defensie) the subject?

The subject is found the way Dutch word order puts it: right after the finite verb when something is
fronted (`Tijdens de DMM zal Nederland …`), at the start of the clause otherwise (`Nederland zal …`).
`Bondgenoten zullen …`, `Naar verwachting zal de RBZ …` have another subject.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from inzet.link.subjects import Word, words
from inzet.link.synonyms import wordset

_PREPOSITIONS = wordset("""
aan achter behalve bij binnen boven buiten dan door jegens met namens naar naast om omtrent onder op over per
richting tegen tot tussen uit van vanuit via voor zonder zoals dankzij volgens wegens
ter ten conform overeenkomstig ingevolge krachtens blijkens
""")
# finite verbs of a stated intention or stance (present tense; the infinitive after `zal` is not needed)
_MODALS = frozenset({"zal", "zullen"})
_STANCE = wordset("""
onderstreept onderstrepen benadrukt benadrukken pleit pleiten steunt steunen hecht hechten
zet zetten kijkt kijken streeft streven roept roepen dringt dringen blijft blijven wil willen vraagt vragen
spreekt spreken ziet zien acht achten deelt delen vindt vinden
""")
# finite verbs that state a stance only with what follows: `is voorstander van`, `kan instemmen met`,
# `staat positief tegenover`
_STANCE_WITH = {
    # welcoming something is an evaluation (`Het kabinet verwelkomt het plan`), as regretting or condemning it is, not
    # an act at the meeting; with the condition the Netherlands will set it is a stance taken there (`Nederland
    # verwelkomt het voorstel, mits de planning van de NAVO leidend blijft`)
    "verwelkomt": re.compile(r"\bverwelkom(?:t|en)\b[^.;]*?(?:,\s*|\b)(?:mits|op voorwaarde|onder (?:de )?voorwaarde"
                             r"|zolang|indien|voor zover)\b"),
    "is": re.compile(r"\b(?:is|zijn)\b[^.;]{0,40}?\b(?:voorstander|bereid|voornemens)\b"),
    "kan": re.compile(r"\b(?:kan|kunnen)\b[^.;]{0,60}?\b(?:instemmen|steunen|ondersteunen|onderschrijven|akkoord gaan"
                      r"|zich (?:vinden|scharen))\b"),
    "staat": re.compile(r"\b(?:staat|staan)\b[^.;]{0,30}?\b(?:positief|open|welwillend|achter)\b"),
}
_STANCE_WITH.update({"verwelkomen": _STANCE_WITH["verwelkomt"], "zijn": _STANCE_WITH["is"],
                     "kunnen": _STANCE_WITH["kan"], "staan": _STANCE_WITH["staat"]})
# `Voor Nederland is het van belang dat …`, `Voor het kabinet is het essentieel …`
_STANCE_FOR = re.compile(r"^\s*Voor (?:Nederland|het kabinet|mij|ons) (?:is|zijn|blijft) (?:het )?"
                         r"(?:van )?(?:groot |zeer )?"
                         r"(?:belang|belangrijk|essentieel|cruciaal|noodzakelijk|prioriteit)")
# the Dutch effort as the subject: `De Nederlandse inzet is erop gericht dat …`, `De inzet van het kabinet blijft
# gericht op …`, `De Nederlandse inzet tijdens de Raad is gericht op …`, `Inzet van Nederland is dat …`, fronted
# `Tijdens de Raad is de Nederlandse inzet erop gericht …`; a deployment described by its place (`De Nederlandse
# inzet in Irak is gericht op …`) is no stance
_MEETING_WORD = (r"(?:[Rr]aad|RBZ|Defensieraad|bijeenkomst|vergadering|[Tt]op|DMM|ministeriële|besprekingen"
                 r"|onderhandelingen)")
_DUTCH_EFFORT = (r"(?:Nederlandse inzet|[Ii]nzet van (?:Nederland|het kabinet|de regering))"
                 rf"(?: (?:tijdens|in|bij|voor|op) (?:de|het|deze) {_MEETING_WORD})?")
_AIM_ADVERBS = r"(?: (?:daarbij|hierbij|ook|vooral|primair|in de eerste plaats|op hoofdlijnen|zijn))*"
_AIMED = r" (?:(?:er|daar|hier)op gericht|gericht op)\b"
_STANCE_AIM = re.compile(
    rf"^\s*(?:De )?{_DUTCH_EFFORT} (?:is|blijft|zal){_AIM_ADVERBS}(?:{_AIMED}| (?:dat|om)\b)"
    rf"|^[^.;:]{{0,80}}? (?:is|blijft) de {_DUTCH_EFFORT}{_AIM_ADVERBS}{_AIMED}")
_EFFORT_FRAME = re.compile(rf"{_DUTCH_EFFORT}(?: (?:is|blijft|zal))?{_AIM_ADVERBS}(?:{_AIMED})?")


def without_effort_frame(text: str) -> str:
    """The sentence without the words that frame it as the Dutch effort (`Inzet van Nederland is dat …`, `De
    Nederlandse inzet is erop gericht …`): they name the act, not its subject (`inzet` would match `waarvoor
    Nederland zich had ingezet` on any subject). A sentence not so framed is returned as it is (`De Nederlandse
    inzet in Irak wordt verlengd`: the deployment is the subject)."""
    if not _STANCE_AIM.search(text):
        return text
    return _EFFORT_FRAME.sub(" ", text, count=1)


# examples a position lists (`pleiten voor meer training in gespecialiseerde vaardigheden, zoals ontmijning, medische
# zorg en het onderhoud van westerse wapensystemen`, `de kuststaten, zoals Benin, Togo en Ghana, te versterken`):
# two or more, the last after `en`/`of`, up to a comma, a colon, a bracket or the end; a comment (`zoals
# gebruikelijk`, `zoals in Vilnius is afgesproken, en ik zal …`) has a verb or an actor and lists nothing
_EXAMPLES = re.compile(r",?\s*\b(?:zoals|bijvoorbeeld|waaronder|onder (?:meer|andere))\s+"
                       r"([^;:()]*?\b(?:en|of)\s[^,;:()]*?)(?=\s*(?:[,;:()]|\.?\s*$))")
_NO_EXAMPLE = wordset("""
is zijn wordt worden werd werden heeft hebben had zal zullen kan kunnen moet moeten wil willen
ik wij we nederland kabinet regering gebruikelijk toegezegd afgesproken bepleit gevraagd verzocht aangekondigd
gemeld vermeld eerder reeds
""")


def without_examples(text: str) -> tuple[str, str]:
    """The position without the examples it lists, and the examples (`""` when it lists none): `meer training in
    gespecialiseerde vaardigheden, zoals ontmijning, medische zorg en …` is training, of which a report may name the
    head (`meer gespecialiseerde opleidingen`) or one example (`ontmijning`)."""
    m = _EXAMPLES.search(text)
    if m is None or {w.fold for w in words(m.group(1))} & _NO_EXAMPLE:
        return text, ""
    return text[: m.start()] + text[m.end():], m.group(1)


# the principle a position invokes by its slogan (`volgens het beginsel «in together, out together»`, `conform het
# principe 'nothing about Ukraine without Ukraine'`, `in lijn met het adagium “samen erin, samen eruit”`): it restates
# the clause it follows in a slogan's words (often English), which a report paraphrases rather than repeats
_QUOTED = r"(?:«[^»]{1,80}»|“[^”]{1,80}”|‘[^’]{1,80}’|\"[^\"]{1,80}\"|'[^']{1,80}')"
_PRINCIPLE = re.compile(
    r",?\s*\b(?:volgens|conform|overeenkomstig|naar|vanuit|in lijn met|in de geest van|op basis van|in overeenstemming"
    r" met) (?:het|de|dat|die) (?:beginsel|principe|adagium|motto|credo|uitgangspunt|devies|parool)(?: van)?\s*"
    + _QUOTED)


def without_principle(text: str) -> str:
    """The position without the slogan of a principle it invokes (`…, volgens het beginsel «in together, out
    together»`); a principle named in words (`volgens het beginsel van proportionaliteit`) is kept."""
    return _PRINCIPLE.sub("", text)


# a condition a position sets (`Nederland zal steun uitspreken voor een dergelijke capaciteit, op voorwaarde dat …`,
# `…, mits de samenwerking inclusief is`, `zolang …`), the purpose it gives (`…, zodat eenheden binnen vijf dagen
# kunnen worden verplaatst`, `opdat …`, `met als doel dat …`, after a comma) or the measure or reason it gives for it
# (`Het kabinet steunt een beperkte verhoging, passend bij de extra taken van het agentschap`, `…, gelet op de
# dreiging`, `…, gezien …`, `…, in verhouding tot …`, after a comma): up to a semicolon or the end
_CONDITION = re.compile(r"(?:,?\s*\b(?:mits|zolang|tenzij|voor zover|op (?:de )?voorwaarde|onder (?:de )?voorwaarden?)"
                        r"|,\s*(?:zodat|opdat|teneinde|met als doel|passend bij|in verhouding tot|gelet op|gezien"
                        r"|vanwege|met het oog op))\b[^;]*?(?=\s*(?:;|\.?\s*$))")


def without_condition(text: str) -> tuple[str, str]:
    """The position without the condition, purpose or reason it sets, and that condition (`""` when it sets none): a
    report may say the Netherlands gave the support or took the stance without repeating the condition (`Nederland
    heeft het voorstel voor zo'n capaciteit gesteund`), state it in other words (`zolang PESCO open staat voor alle
    lidstaten`), report the plea and only part of its purpose, or agree without the reason (`Nederland heeft ingestemd
    met de begroting` for a rise `passend bij de extra taken`)."""
    m = _CONDITION.search(text)
    if m is None or m.start() == 0:
        return text, ""
    return text[: m.start()] + text[m.end():], m.group().lstrip(", ")


# the asks of a call or plea joined by `en`, each a `te`-infinitive (`oproepen langjarige contracten af te sluiten en de
# standaarden toe te passen`, `… te verhogen, en de leveringen te versnellen`): the split after the first ask's verb
_ASK_JOIN = re.compile(r"\bte\s+[^\W\d_]+(,?\s+en\s+)(?=[^;]*?\bte\s+[^\W\d_]+)")


def asks(text: str) -> list[str]:
    """The asks of a position joined by `en`, each a `te`-infinitive clause (`Ik zal mijn collega's oproepen langjarige
    contracten af te sluiten en de NAVO-standaarden toe te passen` → the contracts, the standards: a report may give
    one of them); one item, the text itself, when it joins none. `en` inside an ask (`de productie van munitie en
    raketten te verhogen`) joins no asks."""
    out, start = [], 0
    for m in _ASK_JOIN.finditer(text):
        out.append(text[start : m.start(1)])
        start = m.end(1)
    return [*out, text[start:]] if out else [text]


# two objects joined with their preposition repeated (`investeren in munitievoorraden en in de logistieke
# ondersteuning`, `aandacht vragen voor A en voor B`): the object after the second preposition runs up to a comma,
# a semicolon or the end
_OBJECT_JOIN = re.compile(r"\b(in|aan|voor|op|tegen|met|naar|over)\s+([^,;:()]+?)\s+en\s+(?:ook\s+)?\1\s+"
                          r"([^,;:()]+?)(?=\s*(?:[,;:()]|\.?\s*$))")


def objects(text: str) -> list[str]:
    """The position once for each of two objects it joins with their preposition repeated (`de plannen zijn alleen
    geloofwaardig als de bondgenoten investeren in munitievoorraden en in de logistieke ondersteuning` → the stocks,
    the logistics: a report may give one); one item, the text itself, when it joins none. Objects joined under one
    preposition (`in munitie en raketten`) are one object."""
    m = _OBJECT_JOIN.search(text)
    if m is None:
        return [text]
    return [text[: m.start(2)] + m.group(2) + text[m.end():], text[: m.start(2)] + m.group(3) + text[m.end():]]


# verbs of saying in an agenda: what follows `dat` is the message, not an act of the Netherlands
_LEADING_ADVERBS = frozenset({"ook", "daarnaast", "tevens", "verder", "bovendien", "zelf", "eveneens"})
# conjunctions and relative adverbs opening a subordinate clause, whose finite verb stands last
# (`…, waarbij Nederland het belang van X zal inbrengen`); `dat` is left out: `Bondgenoten verwachten dat
# Nederland …` reports what others expect
_SUBORDINATORS = frozenset({"omdat", "zodat", "waarbij", "waarmee", "waarin", "waardoor", "terwijl", "zodra",
                            "wanneer", "doordat", "opdat"})
_CLAUSE_BREAK = frozenset({",", ";", ":", "(", "dat"}) | _SUBORDINATORS
_ASIDE = re.compile(r"\([^()]*\)")


# the parties at the table a call is made on (`de bondgenoten oproepen`, `roept de lidstaten op`, `mijn collega's er
# toe oproepen`, `bij de partners aandringen op`): who is called upon, not what for
_ADDRESSEE = re.compile(
    r"\b(?:(?:andere|overige|alle|betrokken|gelijkgestemde|Europese|westerse|[Ww]esterse)\s+)?"
    r"(?:[\w]+-)?(?:bondgenoten|bondgenoot|collega(?:'s|’s|s)?|ambts?genoten|lidstaten|partners|partnerlanden"
    r"|landen|deelnemers)\b")
# a call verb written last (an infinitive or participle: the addressee comes before it) or first (finite: the addressee
# follows it, up to its particle or what it asks for: `roept de bondgenoten op om …`, `verzoekt de partners om …`)
_CALL_LAST = re.compile(r"\b(?:oproepen|opgeroepen|aansporen|aangespoord|aandringen|aangedrongen|verzoeken|verzocht"
                        r"|vragen|gevraagd)\b")
_CALL_FIRST = re.compile(r"\b(?:roept|roepen|spoort|sporen|dringt|dringen|verzoekt|vraagt)\b[^,;:]*?(?:\b(?:op|aan|om"
                         r"|tot|te|dat)\b|(?=[,;:]))")


def without_addressee(text: str) -> str:
    """The call without whom it calls on (`Nederland zal de bondgenoten oproepen bij te dragen aan …`, `Ik zal mijn
    collega's er toe oproepen …`, `Nederland roept de lidstaten op …`): the parties at the table are who is asked,
    not what for, and a report's plea that names them (`Ik heb ervoor gepleit dat de bondgenoten hun munitie …
    aanschaffen`) is not on the call's subject for that. What the call asks of them keeps them (`oproepen tot meer
    steun aan de bondgenoten aan de oostflank`); so does a sentence without a call verb."""
    m = _CALL_LAST.search(text)
    if m is not None:
        start = max(text.rfind(c, 0, m.start()) for c in ",;:") + 1
        return text[:start] + _ADDRESSEE.sub(" ", text[start : m.start()]) + text[m.start():]
    m = _CALL_FIRST.search(text)
    if m is not None:
        return text[: m.start()] + _ADDRESSEE.sub(" ", m.group()) + text[m.end():]
    return text


def clause_words(text: str) -> list[Word]:
    """The words of a sentence as its grammar reads them: parenthetical asides (`(Kamerstuk 36 045, nr. 243)`,
    `(PURL)`) dropped, so that what stands before them and the verb after them form one clause."""
    return words(_ASIDE.sub(" ", text))


_ACTOR_WORDS = frozenset({"nederland", "ik", "wij", "we"})
_GOVERNMENT = frozenset({"kabinet", "regering"})
_PORTFOLIOS = frozenset({"defensie", "buitenlandse", "financien", "algemene", "justitie", "economische"})
_TWO_WORD_PORTFOLIOS = frozenset({"buitenlandse", "algemene", "economische"})   # `Buitenlandse Zaken`
_PRONOUNS = frozenset({"ik", "wij", "we"})   # nominative: the subject wherever they stand
_FRONT_ADVERBS = wordset("""
ook daarnaast verder tevens bovendien vervolgens daarbij hierbij tot ten eveneens tegelijkertijd daarom zo hiermee
daarmee evenals voorts tenslotte hierover daarover eerder later toen nu vorige afgelopen recent onlangs eind begin
medio conform gelet gezien hierop daarop samen mede daartoe hiertoe dan verwachting graag allereerst ten eerst
wel toch echter daarentegen overigens inmiddels intussen ondertussen slot slotte
""")
_DETERMINERS = frozenset({"de", "het", "een", "deze", "die", "dit", "dat", "alle", "veel", "vele", "andere"})


def actor_len(ws: Sequence[Word], i: int) -> int:
    """Length of the Dutch-government noun phrase starting at word i (0 when there is none)."""
    f = ws[i].fold
    if f in _ACTOR_WORDS:
        return 1
    if ws[i].text == "Defensie":
        return 1
    if f in ("het", "de") and i + 1 < len(ws):
        if ws[i + 1].fold in _GOVERNMENT:
            return 2
        # the Dutch head of government, who speaks for the Netherlands in the Europese Raad and at summits
        if f == "de" and ws[i + 1].fold == "premier":
            return 2
        if f == "de" and ws[i + 1].fold == "minister" and i + 2 < len(ws) and ws[i + 2].fold == "president":
            return 3
        # a member of the Dutch government by office: `de minister van Defensie` (another country's has its
        # adjective first, `de Duitse minister van Defensie`, or its country after, `… van Defensie van de VS`)
        if f == "de" and ws[i + 1].fold in ("minister", "staatssecretaris") and i + 3 < len(ws) \
                and ws[i + 2].fold == "van" and ws[i + 3].fold in _PORTFOLIOS:
            k = 5 if ws[i + 3].fold in _TWO_WORD_PORTFOLIOS and i + 4 < len(ws) else 4
            if not (i + k < len(ws) and ws[i + k].fold == "van"):
                return k
        if ws[i + 1].fold == "nederlandse" and i + 2 < len(ws) and ws[i + 2].fold in _GOVERNMENT:
            return 3
    return 0


def clause_start(ws: Sequence[Word], i: int) -> int:
    for j in range(i - 1, -1, -1):
        if ws[j].fold in _CLAUSE_BREAK:
            return j + 1
    return 0


def is_subject(ws: Sequence[Word], i: int) -> bool:
    """Is the government phrase at word i the subject of its clause (not an object or in a prepositional phrase)?"""
    if ws[i].fold in _PRONOUNS:                          # `De antwoorden … stuur ik u vóór 15 februari`
        return True
    cs = clause_start(ws, i)
    j = cs
    while j < i and ws[j].fold in _LEADING_ADVERBS:
        j += 1
    if i == j:                                          # `Nederland kondigde …`, `Ook Nederland …`
        return True
    prev = ws[i - 1].fold
    if prev in ("waaronder", "inclusief", "door"):      # `Lidstaten, waaronder Nederland, pleitten …`,
        return True                                     # `… werd door Nederland toegezegd`
    if prev == "en":                                    # `Duitsland en Nederland kondigden …`
        first = ws[cs].fold
        return i - cs <= 5 and first not in _PREPOSITIONS and first not in _DETERMINERS
    if prev in _PREPOSITIONS or prev in _DETERMINERS or not ws[i - 1].text.islower():
        return False
    # inversion: ws[i - 1] is the finite verb, what stands before it is fronted
    front = ws[cs : i - 1]
    if not front:
        return cs > 0                                   # `Gelet op …, zal Nederland …`
    f0 = front[0].fold
    # a role or a condition fronted (`Als leider van het PESCO-project zal Nederland …`, `Als voorzitter van de Raad
    # zal ik …`, `Als de Raad besluit zal Nederland …`): the phrase after the finite verb is its subject
    return f0 in _PREPOSITIONS or f0 in _FRONT_ADVERBS or f0 in ("in", "op", "tijdens", "na", "bij", "naar", "als")


def nl_acts(ws: Sequence[Word]) -> bool:
    """Is the Netherlands (kabinet, ik, wij, Defensie, de minister-president) the subject of some clause of the
    sentence?"""
    return any(actor_len(ws, i) and is_subject(ws, i) for i in range(len(ws)))


_PERSONAL = frozenset({"hij", "zij"})
_PERSONS = frozenset({"premier", "minister", "staatssecretaris"})


def continues_actor(ws: Sequence[Word], before: Sequence[Word]) -> bool:
    """Does `hij` or `zij` in the first clause go on with a Dutch minister or the head of government who is the
    subject of the sentence before (`De Minister-President heeft aangegeven dat … . Hij wees erop dat …`)? A pronoun
    after another country's minister or the Secretary General (`De Secretaris-Generaal … . Hij verwelkomde …`), or
    after `Nederland` or `het kabinet` (not a `hij`), does not."""
    first = next((i for i, w in enumerate(ws) if w.fold in _CLAUSE_BREAK), len(ws))
    if not any(w.fold in _PERSONAL for w in ws[:first]):
        return False
    return any(before[i].fold == "de" and i + 1 < len(before) and before[i + 1].fold in _PERSONS
               and actor_len(before, i) and is_subject(before, i) for i in range(len(before)))


def states_intention(ws: Sequence[Word], view_text: str) -> bool:
    """Is the Netherlands the subject of `zal/zullen` or of a present-tense stance verb (or the Dutch effort that of
    `is gericht op`)?"""
    if _STANCE_FOR.search(view_text) or _STANCE_AIM.search(view_text):
        return True
    n = len(ws)
    for t, w in enumerate(ws):
        with_rest = _STANCE_WITH.get(w.fold)
        is_stance = with_rest is not None and bool(with_rest.search(view_text))
        if w.fold not in _MODALS and w.fold not in _STANCE and not is_stance:
            continue
        if t + 1 < n and actor_len(ws, t + 1) and is_subject(ws, t + 1):     # `… zal Nederland …`
            return True
        cs = clause_start(ws, t)
        j = cs
        while j < t and ws[j].fold in _LEADING_ADVERBS:
            j += 1
        if j >= t:
            continue
        k = actor_len(ws, j)
        if not k or ws[j].fold in _PREPOSITIONS:
            continue
        rest = ws[j + k : t]                                                   # `Nederland (en X) zal …`
        if not rest or (rest[0].fold in ("en", "samen") and len(rest) <= 6):
            return True
        if rest[-1].fold == "en" and not any(actor_len(rest, r) for r in range(len(rest))):
            return True     # a second verb of the same subject: `Het kabinet betreurt … en zal … oproepen`
        if cs > 0 and ws[cs - 1].fold in _SUBORDINATORS:                    # `waarbij Nederland … zal inbrengen`
            return True
    return False


# agreeing to a proposal: `instemmen met`, `stemt … in`, `ingestemd`, `akkoord gaan`; voting against: `stemde tegen`
_STEM = frozenset({"stem", "stemt", "stemmen", "stemde", "stemden"})
_GAAN = frozenset({"gaan", "gaat", "ga", "ging", "gingen", "gegaan"})
_AGAINST = frozenset({"tegenstemmen", "tegengestemd", "tegenstemde", "tegenstemden"})
_NEGATIONS = frozenset({"niet", "geen", "nooit"})


def _agree_verb(ws: Sequence[Word], i: int, end: int) -> tuple[int, bool] | None:
    """An agreeing or voting verb starting at word i (the clause ends before `end`): the index of its last word
    and True for agreeing, False for voting against; None when there is none."""
    f = ws[i].fold
    if f.startswith("instem") or f == "ingestemd":
        return i, True
    if f in _AGAINST:
        return i, False
    if f in _STEM:
        if i + 1 < end and ws[i + 1].fold == "tegen":                    # `stemde tegen het voorstel`
            return i + 1, False
        for j in range(i + 1, end):                                      # `stemde (met de begroting) in (met …)`
            if ws[j].fold == "in" and (j + 1 == end or ws[j + 1].fold in ("met", "en")):
                return j, True
    if f == "akkoord":
        if i + 1 < end and ws[i + 1].fold in _GAAN:                      # `akkoord gaan met`
            return i + 1, True
        if i > 0 and ws[i - 1].fold in _GAAN:                            # `ging akkoord met`
            return i, True
    return None


# an aside between commas that names a role, a manner or on whose behalf (`Nederland stemde, als coördinator van het
# project, met de verzoeken in`, `heeft, namens de deelnemende lidstaten, ingestemd`, `stemde, net als Duitsland, in
# met …`): it stands inside the clause, which goes on after it
_ASIDE_OPENERS = frozenset({"als", "namens", "net", "evenals", "zoals", "na", "conform", "overeenkomstig", "mede"})
_ASIDE_MAX = 8
# ... right after the finite verb or the actor, where the clause must go on (`Nederland heeft het voorstel gesteund, als
# coördinator, en de Raad stemde in` is two clauses)
_FINITE_BEFORE_ASIDE = wordset("""
heeft hebben had hadden zal zullen kan kon konden kunnen wil wilde wilden ging gingen gaat gaan stemt stemde stemden
stemmen
""")


def _without_comma_asides(ws: Sequence[Word]) -> list[Word]:
    """The words without the asides between commas a role or manner is named in (`, als coördinator van het
    project,`): a comma pair of at most _ASIDE_MAX words right after the finite verb or the actor, that opens with
    `als`, `namens`, `net als` and the like and holds no clause break of its own."""
    out: list[Word] = []
    i, n = 0, len(ws)
    while i < n:
        after_verb = i > 0 and (ws[i - 1].fold in _FINITE_BEFORE_ASIDE or actor_len(ws, i - 1) == 1)
        if ws[i].fold == "," and after_verb and i + 1 < n and ws[i + 1].fold in _ASIDE_OPENERS:
            close = next((j for j in range(i + 2, min(n, i + 2 + _ASIDE_MAX)) if ws[j].fold in _CLAUSE_BREAK), None)
            if close is not None and ws[close].fold == "," and close + 1 < n:
                i = close + 1
                continue
        out.append(ws[i])
        i += 1
    return out


def agreement(ws: Sequence[Word]) -> bool | None:
    """Does the Netherlands agree to something in this sentence (`Nederland zal instemmen met …`, `Nederland stemde
    met de begroting in`, `ging akkoord`, also across an aside: `stemde, als coördinator van het project, met de
    verzoeken in`): True; refuse it (the same negated, `zal niet instemmen`, `heeft niet ingestemd`, or `stemde
    tegen`): False; None when it does neither (or someone else agrees)."""
    ws = _without_comma_asides(ws)
    n = len(ws)
    for i in range(n):
        end = next((j for j in range(i + 1, n) if ws[j].fold in _CLAUSE_BREAK), n)
        got = _agree_verb(ws, i, end)
        if got is None:
            continue
        last, agrees = got
        cs = clause_start(ws, i)
        if not any(actor_len(ws, k) and is_subject(ws, k) for k in range(cs, end)):
            continue
        negated = any(ws[k].fold in _NEGATIONS and not (k + 1 < n and ws[k + 1].fold == "alleen")
                      for k in range(cs, last + 1))
        return agrees != negated
    return None

