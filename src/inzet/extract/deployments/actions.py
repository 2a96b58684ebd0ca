"""What a letter does with a deployment: announces it (`new`), extends it (`extension`), changes its size
or task (`change`), ends it (`end`), or only mentions its mandate (`status`)."""

from __future__ import annotations

import re

from inzet.extract import countries, lexicon
from inzet.extract.cues import Vocab, bits_or
from inzet.extract.deployments.values import NUMW
from inzet.extract.deployments.vocab import forms
from inzet.extract.dutch import MONTH_RE

# every action pattern needs one of these words: a clause without them states no action
_ACTION_FORMS = forms((
    "verleng", "beëindig", "beeindig", "eindigt", "eindigde", "stopt", "gestopt", "terugtrek", "teruggetrokken",
    "terug te trekken",
    "afgebouwd", "afbouw", "niet langer", "vervallen", "opgeheven", "voortgezet", "voort te zetten", "continu",
    "prolong", "ophog", "opgehoogd", "op te hogen", "verhog", "verhoogd", "uitbreid", "uitgebreid",
    "uit te breiden", "intensiv", "geïntensiveerd", "aangepast", "aanpassing", "vermindering", "verminderd",
    "afgeschaald", "afschaling", "reductie", "gereduceerd", "wijziging", "gewijzigd", " naar ", "nieuwe", "besl",
    "toevoeg", "ontplooi", "te plaatsen", "start van", "zal ", "zullen", "gaat", "gaan ", "loopt", "afloopt",
    "aflopen", "lopen", "einde", "voort", "Voort", "beschikbaar", "draagt", "dragen", "levert", "leveren",
    "niet door", "afgerond", "afgesloten", "fronding", "stationeer", "voegt", "voegen", "neemt", "nemen", "breidt",
    "breiden", "zet ", "zetten", "ingesteld", "ingezet", "verliet", "keerde", "overgedragen",
    "teruggebracht", "terug te brengen", "terugbreng"))
_ACTION_GATE = re.compile(countries.trie_pattern(_ACTION_FORMS))

# explicit actions, strongest first; `new_soft` is a plain future (`zal … leveren`) that says "new" only
# when nothing else does, and never contradicts another clause
_ACTIONS = ("end", "extension", "change", "new")
_ACTION_RE: dict[str, re.Pattern[str]] = {
    "end": re.compile(
        r"\b(?:niet\s+(?:meer\s+|langer\s+|opnieuw\s+|nogmaals\s+|verder\s+)?(?:te\s+)?verleng\w*"
        r"|(?:wordt|worden)\s+niet\s+(?:meer\s+|opnieuw\s+)?verlengd"
        r"|[Bb]eëindig\w*|[Bb]eeindig\w*|eindigt|eindigden?|stopt|gestopt|[Tt]erugtrekking|teruggetrokken"
        r"|terug te trekken"
        # (`in lijn met de afbouw van de hoofdkwartieren zelf`: the winding down of something else)
        r"|afgebouwd(?!\s+(?:tot|naar)\b)|[Aa]fbouw(?!\s+(?:tot|naar)\b)(?!\s+van\s+(?:de|het)\s+(?!(?:Nederlandse\s+)?"
        r"(?:inzet|bijdrage|missie|deelname|eenheid|detachement|aanwezigheid|training)))|niet langer|komt te vervallen"
        r"|opgeheven"
        r"|ten einde|tot een einde"
        # handed over to another ally (`… blijft tot het najaar van 2006 actief en wordt daarna overgedragen aan een
        # andere bondgenoot`); not handed to the Netherlands (`wordt overgedragen aan Nederland`)
        r"|\b(?:wordt|worden|is|zijn|werd|werden)\s+(?:\S+\s+){0,4}?overgedragen\s+aan\s+(?!Nederland\b|ons\b)"
        # the last of it gone, told after the fact: `de laatste militairen verlieten Kabul op 26 augustus 2021`
        r"|\b[Dd]e\s+laatste\s+(?:\S+\s+){0,3}?(?:verlieten|verliet|keerden|keerde)\b"
        # `De inzet … wordt per 1 mei 2027 afgerond en loopt niet door`, `Afronding inzet Zr.Ms. Dolfijn`
        r"|(?:loopt|lopen)\s+(?:\S+\s+){0,2}?niet\s+(?:meer\s+)?door|(?:wordt|worden)\s+(?:\S+\s+){0,5}?afgerond"
        # (what ran has been completed: `Deze inzet is afgerond`, `De bijdrage … liep … en is daarmee afgerond`)
        r"|(?:inzet|bijdrage|deelname|missie|operatie)\b(?:[^.;]|\.(?=\s+[a-z])){0,100}?\b(?:is|zijn|werd|werden)\s+"
        r"(?:\S+\s+){0,5}?(?:afgerond|afgesloten)|\b(?:is|zijn)\s+daarmee\s+(?:afgerond|afgesloten|beëindigd)"
        # (the inverted order: `Daarmee is de Nederlandse bijdrage met schepen aan Atalanta afgesloten`)
        r"|\b[Dd]aarmee\s+(?:is|zijn)\s+(?:de|het)\s+[^.;]{0,80}?\b(?:afgerond|afgesloten|beëindigd)"
        r"|[Aa]fronding\s+(?:van\s+)?(?:de\s+)?(?:[\w-]+\s+)?(?:inzet|bijdrage|missie|deelname)"
        # `het einde van de inzet`, but not the period of `loopt tot (en met) het einde van het mandaat`
        r"|(?<!\btot )(?<!\bt/m )(?<!\ben met )(?<!\btot het )(?<!\bt/m het )(?<!\ben met het )"
        r"(?:het\s+)?einde\s+van\s+(?:de|het)\s+(?:[\w-]+\s+)?(?:inzet|bijdrage|missie|deelname|operatie|mandaat))\b"),
    "extension": re.compile(r"\b(?:[Vv]erleng\w*|voortgezet|voort te zetten|[Vv]oortzetting|continu[eë]r\w*|prolong\w*"
                            r"|(?:zet|zetten)\s+(?:\S+\s+){0,20}?voort)\b"),
    "change": re.compile(
        rf"\b(?:[Oo]phoging|opgehoogd|op te hogen|[Vv]erhoging|verhoogd|te verhogen|[Uu]itbreid\w*|uitgebreid"
        rf"|uit te breiden|intensiver\w*|geïntensiveerd|aangepast|[Aa]anpassing|[Vv]ermindering|verminderd"
        rf"|afgeschaald|[Aa]fschaling|[Rr]eductie|gereduceerd|[Ww]ijziging|gewijzigd"
        # `wordt afgebouwd tot maximaal 40 militairen`: smaller, not ended
        rf"|afgebouwd\s+(?:tot|naar)|[Aa]fbouw\s+(?:tot|naar))\b"
        rf"|\bvan\s+(?:de\s+huidige\s+)?(?:{NUMW})\s+(?:\w+\s+)?naar\s+(?:maximaal\s+|ca\.\s+|circa\s+|ongeveer\s+)?"
        rf"(?:{NUMW})\b"
        # separable: `breidt Nederland de bijdrage … uit`
        rf"|\b(?:breidt|breiden)\s+(?:\S+\s+){{0,12}}?uit\b"
        # `wordt de Nederlandse bijdrage teruggebracht tot vijf stafofficieren`, `De terugbrenging levert …`
        rf"|\b(?:teruggebracht|terug\s+te\s+brengen|terugbrengen)\s+(?:tot|naar)\s+(?:maximaal\s+|ca\.\s+|circa\s+)?"
        rf"(?:{NUMW})\b|\b[Tt]erugbrenging\b"),
    "new": re.compile(
        # (a decision or an announcement of one: `besluit … om van 10 juni tot en met 5 juli 2025 een Patriot-eenheid
        # … in Litouwen in te zetten`, `zal … aankondigen met tot 150 militairen bij te dragen`)
        r"\b(?:[Nn]ieuwe\s+(?:\w+\s+)?(?:bijdrage|inzet|missie|deelname)"
        r"|(?:besl\w+|aankondig\w*|aangekondigd)\b.{0,160}?\b(?:te leveren|inzet"
        r"|in te zetten|te plaatsen|te ontplooien|deel te nemen|bij te dragen|toe te voegen|te sturen|uit te zenden"
        r"|beschikbaar te stellen|ter beschikking te stellen|te stationeren)"
        r"|tijdelijk\w* toevoeg\w*|toevoeging|[Oo]ntplooi\w*|te plaatsen|[Ss]tart van"
        # a unit set up for the task (`Voor de herontplooiing wordt een Redeployment Task Force ingesteld`)
        r"|(?:wordt|worden)\s+(?:\S+\s+){0,8}?ingesteld)\b"),
}
# a plain future, or the present in which a letter announces a contribution (`stelt … beschikbaar`,
# `draagt … bij met`, `levert`); never with `sinds`, `blijft`, `momenteel`, `thans` (what already runs)
_SOFT_NEW = re.compile(r"\b(?:zal|zullen|gaat|gaan)\b.{0,120}?\b(?:leveren|bijdragen|deelnemen|ontplooien|toevoegen"
                       r"|inzetten|plaatsen|sturen|uitzenden|trainen|beschikbaar)\b"
                       r"|\b(?:stelt|stellen)\b.{0,120}?\bbeschikbaar\b"
                       r"|\b(?:draagt|dragen)\s+(?:\S+\s+){0,8}?(?:bij\s+met|met\s+(?:\S+\s+){1,5}?bij)\b"
                       r"|\b(?:levert|leveren|stationeert|stationeren)\b"
                       # separable verbs: `voegt … het M-fregat … aan de operatie toe`, `neemt … deel aan`
                       r"|\b(?:voegt|voegen)\s+(?:\S+\s+){0,12}?toe\b|\b(?:neemt|nemen)\s+(?:\S+\s+){0,12}?deel\s+aan\b"
                       # the passive from a date on: `Vijf CH-47's worden vanaf juli 2006 eveneens … ingezet`
                       r"|\b(?:wordt|worden)\s+(?:vanaf|per|met\s+ingang\s+van|in)\s+(?:\S+\s+){1,10}?ingezet\b"
                       # `zet Nederland vier F-16's in, die …`; not `zet zich in voor`, `zet (het kabinet) in op` (aims
                       # at), nor the preposition `in de`
                       r"|\b(?:zet|zetten)\s+(?!zich\b)(?:[^\s.;:]+\s+){1,10}?in\b(?![\w-])"
                       r"(?!\s+(?:op|de|het|een|dit|deze|die|dat|dezen|Nederland)\b)")
# (a contribution again, `levert Nederland opnieuw vier F-16's`, `wederom een fregat`, is a new period: not here)
_NOT_NEW = re.compile(r"\b(?:nog steeds|blijft|blijven|ook in|[Ss]inds|momenteel|huidige|reeds"
                      r"|al sinds|thans|op dit moment|inmiddels)\b")
# a mandate reported: `loopt … af`, and what goes on as it is (`De Nederlandse bijdrage … loopt door`)
# (and what stays as it is: `die bijdrage loopt door tot 14 juni 2020 en wijzigt niet`, `blijft ongewijzigd`)
_UNCHANGED = r"|(?:wijzigt|wijzigen|verandert|veranderen)\s+niet|blijft\s+ongewijzigd|blijven\s+ongewijzigd"
_STATUS = re.compile(r"\b(?:loopt\b.{0,60}?\baf|afloopt|aflopen|lopen\b.{0,60}?\baf"
                     r"|(?:loopt|lopen)\s+(?:gewoon\s+|ongewijzigd\s+)?door(?!\s+(?:tot|na|in)\b)"
                     + _UNCHANGED + r")\b")
# what goes on as it is: the present tense that describes it then announces nothing (`De bijdrage aan Eastern
# Sentry loopt door. Nederland stelt vanuit Polen twee F-35's beschikbaar …`)
_ONGOING = re.compile(r"\b(?:(?:loopt|lopen)\s+(?:gewoon\s+|ongewijzigd\s+)?door(?!\s+(?:tot|na|in)\b)"
                      + _UNCHANGED + r")\b")
V_ACTION_GATE = Vocab.of_forms(_ACTION_GATE, _ACTION_FORMS)
lexicon.register(_ACTION_GATE, *_ACTION_RE.values(), _SOFT_NEW, _NOT_NEW, _STATUS, _ONGOING, vocabs=(V_ACTION_GATE,))


_ANY: list[int] = []


# what runs, said to run until a date: `deze bijdrage loopt tot 31 december 2022`, `De huidige inzet loopt nog tot …`
# (by what points back, or by `huidige`: `De inzet duurt tot eind Q1 2028` after an announcement is its period)
_RUNS_TO = re.compile(r"\b(?:(?:[Dd]eze|[Dd]ie|[Hh]aar|[Zz]ijn|[Hh]un)\s+(?:huidige\s+)?|[Dd]e\s+huidige\s+)"
                      r"(?:Nederlandse\s+)?(?:bijdrage|inzet|deelname)\s+loopt(?:(?:\s*,[^,.;]{1,80},)?\s+(?:nog\s+)?"
                      r"(?:tot|t/m)\b|\s*,?$)"
                      # (after what the sentence opens with: `Zoals vorig jaar besloten loopt de bijdrage t/m …`)
                      r"|\bloopt\s+(?:de|deze)\s+(?:huidige\s+)?(?:Nederlandse\s+)?(?:bijdrage|inzet|deelname)\s+"
                      r"(?:nog\s+)?(?:tot|t/m)\b")
# (`Deze bijdrage loopt, zoals gemeld in de brief van …, tot en met …`, or a clause of its own before its date)


_AFTER_THE = re.compile(r"\b(?:[Nn]a|[Ss]inds|[Tt]ijdens|[Vv]óór)\s+(?:de|het)\s+$")
_STILL_TO = re.compile(r"\bnog\s+(?:tot\s+en\s+met|tot|t/m)\b")
_DECIDED_BEFORE = re.compile(r"\b(?:is|zijn|werd|werden)\s+(?:\S+\s+){0,3}?op\s+\d{1,2}\s+\w+\s+j\.?l\.\s+"
                             r"(?:\S+\s+){0,2}?(?:verlengd|uitgebreid|voortgezet|aangepast)\b")
# a decision dated by its year, before the verb (`Het kabinet heeft in 2020 besloten de bijdrage voort te zetten`,
# `In november 2020 besloot het kabinet …`, `…, in het voorjaar van 2021 verlengd`): one the letter recalls (a
# year after the verb is when the decided thing happens: `heeft besloten in 2024 bij te dragen`)
_WHEN_YEAR = (r"\b(?:(?:[Ii]n\s+)?[Hh]et\s+(?:voorjaar|najaar|begin|einde?)\s+van|[Ii]n|[Bb]egin|[Mm]edio|[Ee]ind)\s+"
              rf"(?:(?:\d{{1,2}}\s+)?{MONTH_RE}\s+)?(?:19|20)\d\d\b")
_DECIDED_IN_YEAR = re.compile(
    rf"\b(?:heeft|hebben|had|is|zijn|werd|werden)\s+(?:\S+\s+){{0,3}}?{_WHEN_YEAR}\s+(?:\S+\s+){{0,2}}?"
    r"(?:besloten|verlengd|uitgebreid|voortgezet|aangepast)\b"
    rf"|{_WHEN_YEAR},?\s+(?:besloot|besloten|(?:heeft|hebben|had|is|zijn|werd|werden)\s+(?:[^\s.;]+\s+){{0,10}}?"
    r"(?:besloten|verlengd|uitgebreid|voortgezet|aangepast))\b"
    # (or by when it was, before now: `Deze bijdrage is vorig jaar verlengd tot 1 juli 2017`, `… werd eerder verlengd`)
    r"|\b(?:is|zijn|werd|werden)\s+(?:\S+\s+){0,2}?(?:vorig\s+jaar|vorige\s+(?:maand|week|keer)|eerder|reeds)\s+"
    r"(?:\S+\s+){0,2}?(?:verlengd|uitgebreid|voortgezet|aangepast)\b")


def _any_action() -> int:
    """The cue bits of the patterns `read_action` reports (computed once the table is built)."""
    if not _ANY:
        _ANY.append(bits_or(lexicon.bit(rx) for rx in (*_ACTION_RE.values(), _SOFT_NEW, _STATUS)))
    return _ANY[0]


def may_be_status(hits: int) -> bool:
    """Could a clause with these cue bits report a mandate's end (`loopt … af`)? (`read_action` says for sure.)"""
    return bool(hits & lexicon.bit(_STATUS))


def explicit(actions: set[str]) -> str | None:
    """The strongest explicit action of a set (`end` over `extension` over `change` over `new`)."""
    return next((a for a in _ACTIONS if a in actions), None)


def as_known(text: str) -> bool:
    """Does the clause say what follows was known, decided or announced before (`zoals bekend`, `zoals besloten`,
    `Zoals in de kabinetsinzet gemeld, …`)?"""
    return ("oals" in text or "erder" in text) and (
        _AS_KNOWN.search(text) is not None or _TOLD_BEFORE.search(text) is not None)     # (cheap test first)


def known_end(text: str, hits: int) -> bool:
    """Does the clause end the deployment in words it says were known before (`Zoals bekend eindigt de inzet … per
    1 september 2017`)? The mandate is reported (`reported_end`), and its date is still an end."""
    return as_known(text) and lexicon.search(_ACTION_RE["end"], text, hits) is not None


def reported_end(text: str, actions: set[str]) -> set[str]:
    """The actions of a clause said to be known before: an end that only runs out (`die, zoals bekend, op 1 augustus
    2010 eindigt`) is the mandate reported; one decided in words of ending (`Zoals aangekondigd wordt deze bijdrage …
    beëindigd`) ends it now."""
    if actions == {"end"} and not _END_DECIDED.search(text):
        return {"status"}
    if "new_soft" in actions and explicit(actions) is None:
        # `Zoals in de kabinetsinzet gemeld, leveren wij van 1 januari tot en met 30 april 2015 opnieuw vier F-16's`:
        # what an earlier letter announced, said again: its status
        return (actions - {"new_soft", "new_future"}) | {"status"}
    return actions


# a base, camp or airfield as the object of a change word (`die de basis in Tarin Kowt uitbreidt`)
_PLACE_GROWS = re.compile(r"\b(?:de|het)\s+(?:[\w-]+\s+)?(?:basis|kamp|vliegveld|vliegbasis|kazerne|infrastructuur"
                          r"|terrein|haven|landingsbaan|compound)(?:\s+(?:in|op|te|van|bij)\s+[\w-]+(?:\s+[\w-]+)?)?"
                          r"\s+(?:verder\s+)?$")


# a deployment told as done, in the perfect (`Defensie heeft een C-17 … en een KDC-10 ingezet`)
_COMPLETED = re.compile(r"\b(?:heeft|hebben)\s+(?:[\w'.,-]+\s+){0,18}?ingezet\b")
# an act framed as a kind, not done: `Het kabinet beschouwt deze beperkte personele bijdrage … als een voortzetting
# binnen dat kader`, `is te beschouwen als een verlenging`, `geldt als een voortzetting`, `wordt gezien als …`
_FRAMED_AS = re.compile(r"\b(?:beschouw\w*|geldt|gelden|gezien|kwalificeer\w*|aangemerkt|aan\s+te\s+merken|merkt"
                        r"|merken)\s+(?:[^\s.;]+\s+){0,16}?als\s+(?:een\s+|de\s+)?(?:[\w-]+\s+)?(?:voortzetting"
                        r"|verlenging|uitbreiding)\b")


def framed_acts(text: str) -> set[str]:
    """The acts (`extension`, `change`) the text only names as what a contribution is taken to be (`_FRAMED_AS`):
    each of their words stands inside such a framing."""
    framed = [m.span() for m in _FRAMED_AS.finditer(text)]
    return {act for act in ("extension", "change") if framed and all(
        any(a <= m.start() < b for a, b in framed) for m in _ACTION_RE[act].finditer(text))}


# (not what goes on, nor what was not done: `Nederland heeft in Niger geen militairen ingezet`)
_NOT_OVER = re.compile(r"\b(?:sinds|nog|momenteel|thans|tot\s+nu\s+toe|blijft|blijven|geen|niet|ook|opnieuw)\b",
                          re.IGNORECASE)


def read_action(text: str, hits: int | None = None) -> set[str]:
    """The actions a clause states: explicit ones, `new_soft` (a plain future or an announcing present; with
    `new_future` beside it for the future), `status` (`loopt … af`), `ongoing` beside it where the clause says
    the deployment goes on as it is (`loopt door`), and `runs_to` where it says until when what runs runs (`deze
    bijdrage loopt tot …`, `levert … nog tot en met …`): flags, not actions, that make a present tense a status."""
    if hits is None:
        hits = lexicon.of(text)
    # (`levert Nederland … nog tot en met 31-5-2020 één stafofficier`: until when what runs runs, a flag as `ongoing`)
    still = {"runs_to"} if "nog " in text and _STILL_TO.search(text) else set()
    if not hits & _any_action() or not V_ACTION_GATE.has(text, hits):
        return still
    out = {a for a in _ACTIONS if lexicon.search(_ACTION_RE[a], text, hits)}
    not_new = lexicon.search(_NOT_NEW, text, hits)
    if not not_new:
        soft = [m for m in lexicon.finditer(_SOFT_NEW, text, hits) if not _OTHERS_WHO.search(text, 0, m.start())]
        if soft:
            out.add("new_soft")
        if any(m.group().startswith(("zal", "zullen", "gaat", "gaan")) for m in soft):
            out.add("new_future")
    if lexicon.search(_STATUS, text, hits):
        out.add("status")
        if lexicon.search(_ONGOING, text, hits):
            out.add("ongoing")
    done = not out and " ingezet" in text and _COMPLETED.search(text) is not None and not _NOT_OVER.search(text)
    if "change" in out and all(_PLACE_GROWS.search(text, max(0, m.start() - 60), m.start())
                               for m in _ACTION_RE["change"].finditer(text)):
        out.discard("change")   # (`een genie-eenheid die de basis in Tarin Kowt uitbreidt`: the base grows, not it)
    if out & {"extension", "change"} and "als " in text:
        out -= framed_acts(text)    # (`beschouwt … als een voortzetting binnen dat kader`: a kind, not an act)
    if "end" in out and all(_AFTER_THE.search(text, max(0, m.start() - 12), m.start())
                            for m in _ACTION_RE["end"].finditer(text)):
        out.discard("end")      # (`Na de afbouw blijft Nederland bijdragen …`: a time, not an act of ending)
    if done:
        out.add("end")          # (`Defensie heeft een C-17 … en een KDC-10 ingezet`: what was done and is over)
    if "ongoing" not in out:
        out |= still
    if "ongoing" not in out and " loopt" in text and _RUNS_TO.search(text):
        out.add("runs_to")      # (`deze bijdrage loopt tot …`: until when what runs runs; a flag, as `ongoing`)
    if "new" in out and not_new and not re.search(r"[Nn]ieuwe|besl", text):
        out.discard("new")
    if "end" in out and "change" in out and _SIZE_CHANGE.search(text) and not _END_NOT_WIND_DOWN.search(text):
        # `wordt … teruggebracht van 60 naar 45, in lijn met de afbouw van de hoofdkwartieren zelf`: smaller, not ended
        out.discard("end")
    if out == {"end"} and as_known(text):
        out = reported_end(text, out)
    if out & {"extension", "change"} and not out & {"new", "end"} and (
            (" jl" in text and _DECIDED_BEFORE.search(text)) or _DECIDED_IN_YEAR.search(text)):
        # `De Nederlandse bijdrage aan Resolute Support is op 15 juni jl. verlengd tot en met 31 december 2021`,
        # `Het kabinet heeft in 2020 besloten de bijdrage voort te zetten`: a decision of an earlier day or year,
        # which the letter reports
        out = (out - {"extension", "change"}) | {"status", "runs_to"}
    if out == {"extension"} and _OTHERS_DID.search(text):
        # `De verlenging van de Nederlandse bijdrage … is door de Raad verwelkomd`: others speak of an extension
        # decided before; the letter reports its mandate
        out = {"status"}
    return out


# the verb of a relative clause about others: `de landen die troepen leveren aan ISAF`, `bondgenoten die
# schepen beschikbaar stellen` (they contribute; the letter announces nothing of the Netherlands)
_OTHERS_WHO = re.compile(r"\b(?:landen|bondgenoten|partners|lidstaten|staten|naties|troepenleveranciers)"
                         r"(?:\s+\S+){0,3}?\s+die\s+(?:\S+\s+){0,8}?$")
_SIZE_CHANGE = re.compile(rf"\bvan\s+(?:de\s+huidige\s+)?(?:{NUMW})\s+(?:\w+\s+)?naar\s+"
                          rf"(?:maximaal\s+|ca\.\s+|circa\s+)?(?:{NUMW})\b")
# an end said in other words than winding down
_END_NOT_WIND_DOWN = re.compile(r"\b(?:beëindig\w*|beeindig\w*|eindigt|stopt|gestopt|terugtrekking|teruggetrokken"
                                r"|niet\s+(?:meer\s+|langer\s+)?(?:te\s+)?verleng\w*|niet\s+langer|opgeheven)\b",
                                re.IGNORECASE)
# an announcement an earlier letter made, said again (`Zoals in de kabinetsinzet gemeld, …`, `Zoals eerder gemeld`)
# (also by a letter with its date: `Zoals u per brief van 1 november jl. is gemeld`, `Zoals uw Kamer bij brief van
# 3 maart 2019 is geïnformeerd`)
_TOLD_BEFORE = re.compile(r"\b[Zz]oals\s+(?:\S+\s+){0,9}?(?:gemeld|meegedeeld|aangekondigd|geïnformeerd|bericht)\b")
_AS_KNOWN = re.compile(r"\b(?:zoals\s+(?:bekend|besloten|eerder\s+(?:besloten|gemeld|vastgesteld)"
                       r"|vorig\s+jaar\s+besloten)|eerder\s+besloten)\b", re.IGNORECASE)
_END_DECIDED = re.compile(r"\b(?:beëindig\w*|beeindig\w*|stopt|gestopt|terugtrekking|teruggetrokken|niet\s+(?:meer\s+|"
                          r"langer\s+)?(?:te\s+)?verleng\w*|afgebouwd|afgerond)\b", re.IGNORECASE)
_OTHERS_DID = re.compile(r"^(?:De|Een)\s+verlenging\b.*\b(?:is|werd|wordt)\s+door\s+(?:de|het|een)\b")

