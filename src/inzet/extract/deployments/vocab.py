"""Which clauses commit Dutch people or assets, and what anchors them: the deployment vocabulary, the
actor (the Netherlands, not allies), the places where units are, and the names that identify a mission."""

from __future__ import annotations

import re

from inzet import vocabulary
from inzet.extract import countries, lexicon
from inzet.extract.cues import Vocab
from inzet.extract.dutch import CURRENCIES, SUM_SCALE_WORDS, either_case, form_re


def forms(words: tuple[str, ...]) -> list[str]:
    """Each word as written and with a capital (the vocabularies' forms)."""
    return sorted({f for w in words for f in (w, w[:1].upper() + w[1:])})


# the deployment vocabulary: the kinds of `inzet/data/mission_words.tsv`
_PEOPLE_STEMS = vocabulary.mission_words("people")
_ASSET_STEMS = vocabulary.mission_words("asset")
MISSIE = r"|(?<![Cc]om)(?<![Ee])missie"          # `missie`, not `Commissie` or `emissie`
# people or assets: enough on its own to make a Dutch clause a deployment
STRONG_FORMS = forms((*_PEOPLE_STEMS, *_ASSET_STEMS))
STRONG = re.compile(countries.trie_pattern(STRONG_FORMS) + MISSIE)
# people (rather than things): what makes a clause that also hands something over a deployment
_PEOPLE_FORMS = forms((*_PEOPLE_STEMS, *vocabulary.mission_words("people-only")))
PEOPLE = re.compile(countries.trie_pattern(_PEOPLE_FORMS) + MISSIE)
# could be money or policy as much as people: needs a place or mission and no sum of money
_WEAK_FORMS = forms(vocabulary.mission_words("weak"))
WEAK = re.compile(countries.trie_pattern(_WEAK_FORMS))
GATE = re.compile(STRONG.pattern + "|" + WEAK.pattern)

# materiel or money handed over: not a deployment unless people go too
# buying (`bestelt Defensie zes extra F-35's`, `de aanschaf van …`): what is bought is not deployed, and what a
# sentence after it says `daarvan` costs is the purchase's (deployments/costs.py)
PURCHASE_WORDS = (r"(?:bestelt|bestellen|besteld|bestelling\w*|koopt|kopen|gekocht|aanschaf\w*|aangeschaft|aankoop"
                  r"|verwerft|verwerven|verworven|verwerving)")
_TRANSFER = re.compile(
    r"\b(?:levering\w*|geleverd|doneer\w*|gedoneerd|donatie\w*|schenk\w*|geschonken|overgedragen|overdracht"
    r"|steunpakket\w*|voorraad|munitie|financi[eë]le|militaire steun|leningen?"
    # (assets bought are not deployed: `bestelt Defensie zes extra F-35's`)
    rf"|{PURCHASE_WORDS}"
    # assets delivered to Ukraine are given, not deployed: `24 F-16's aan Oekraïne te leveren`
    r"|aan\s+Oekraïne\s+(?:te\s+)?(?:leveren|levert|leverde|leverden|overdragen|over\s+te\s+dragen)"
    # (or built up for it: `bij te dragen aan de opbouw van een Patriot-batterij voor Oekraïne`)
    r"|\bvoor\s+Oekraïne\b"
    # (`Op dit moment zijn zes Nederlandse F-16's in Oekraïne aangekomen`: delivered)
    r"|in\s+Oekraïne\s+(?:aangekomen|afgeleverd|aangeleverd|ontvangen)"
    # (a capability given: `de luchtmachtcoalitie, die Oekraïne een eigen F-16-capaciteit verschaft`)
    r"|(?:die|dat)\s+Oekraïne\s+(?:\S+\s+){0,4}?(?:verschaft|verschaffen|verschafte|bezorgt))\b"
)
# a sum of money: a currency form or a scale word that makes a number a sum (dutch.CURRENCIES, SUM_SCALE_WORDS)
# a share of the operation's common costs paid (`Daarnaast draagt Nederland via het Athena-mechanisme bij aan de
# gemeenschappelijke kosten van de operatie`): money, no forces
_COMMON_COSTS = re.compile(r"\b(?:gemeenschappelijke|gezamenlijke)\s+kosten\b|\bAthena-?mechanisme\b")
_MONEY_WORD = re.compile("|".join([*(form_re(c.form, bounded="both") for c in CURRENCIES),
                                   *(form_re(w, bounded="both") for w in SUM_SCALE_WORDS)]))
# the government, as letters before 2007 write it (`informeert de regering u hierbij over het besluit …`); not another's
# (`de regering van Irak`), nor the one a motion asks (`die de regering verzoekt …`)
_GOVERNMENT = (r"(?<!verzoekt )(?<!verzocht )(?<!vraagt )(?<!tussen )(?<!van )[Dd]e regering(?!\s+(?:van|in|en|verzoekt"
               r"|verzocht|wordt\s+gevraagd|werd\s+gevraagd|bij)\b)")
# the letter's own deployment within a sentence, by its assets' type (`Zoals eerder gemeld … eindigt de inzet van de
# Apaches en de Chinooks in Mali per 1 september 2017`): named as known (another's is said to be theirs)
_ASSETS_BY_TYPE = r"de inzet van de (?:[\w-]*(?:Apache|Chinook|[Hh]elikopter|F-16|F-35|MQ-9|Patriot|NASAMS)[\w'-]*)"
DUTCH = re.compile(
    r"\b(?:Nederland|Nederlandse|Nederlands|[Hh]et kabinet|Defensie|[Ww]ij|[Ww]e|[Ii]k|[Oo]nze|ons land"
    rf"|{_GOVERNMENT}"
    # the Royal Marechaussee's people are Dutch by what they are: `De twee marechaussees … keren … terug`
    r"|KMar|[Mm]arechaussees?"
    r"|[Dd]e krijgsmacht|Koninklijke (?:Landmacht|Marine|Luchtmacht|Marechaussee)|Commando \w+"
    # a government letter's own deployment, opening the sentence without an actor: `De inzet van de
    # NASAMS-vuureenheid … is beëindigd`, `De inzet van twee MQ-9's … wordt verlengd`
    r"|De (?:huidige |lopende )?(?:inzet|bijdrage|deelname) (?:van|met|aan)"
    rf"|{_ASSETS_BY_TYPE}"
    # … or named as a budget's item: `De grootste uitgavenpost is de bijdrage aan de eFP-battlegroup in Litouwen`
    # (not `is de bijdrage van Duitsland aan …`: whose it is, said)
    # (of a budget's item only: not `Een belangrijk thema is de bijdrage aan de missie in Irak van alle bondgenoten`)
    r"|\w*post (?:in \d{4} )?(?:is|was|blijft|betreft) de (?:huidige |lopende )?(?:inzet|bijdrage|deelname)"
    r" (?:met|aan)"
    # a ship of the Dutch navy: `voegt … het M-fregat Zr.Ms. Van Amstel … toe`, `maakt de mijnenjager Zr.Ms. … deel uit`
    r"|Zr\.\s?Ms\.|Hr\.\s?Ms\."
    # an aircraft only the Dutch air force flies: `Het KDC-10 tankvliegtuig is gestationeerd op … Souda`
    r"|(?:Het|De|een)\s+KDC-10)(?!\w)"
)
FOREIGN = re.compile(r"\b(?:[Bb]ondgenoten|[Ll]anden|[Ll]idstaten|[Pp]artners|NAVO|NATO|EU|[Dd]e Unie"
                     r"|[Dd]e Commissie|VN)\b")
_PREP_BEFORE = re.compile(
    r"(?:\b(?:van|met|aan|voor|op|in|uit|door|bij|naar|vanuit|tegen|over|namens|als|dan|tussen|te|onder|na"
    r"|zoals|waaronder|en|of"
    # (where it acts: `de luchtruimbewaking boven Slowakije`, `patrouilles langs de kust`, `nabij Gao`)
    r"|boven|langs|rond|rondom|nabij|binnen|buiten|richting|via)\s+(?:het\s+|de\s+|een\s+)?(?:\w+\s+)?|[-,(])\s*$",
    re.IGNORECASE,      # (`In Litouwen maakt een Nederlandse compagnie …`: the sentence may open with it)
)
# a sentence that adds another contribution to the one before it (`Daarnaast neemt Nederland … het commando over de
# groep over`)
BESIDES_IT = re.compile(r"\s*(?:Daarnaast|Tevens|Verder|Bovendien|Ook|Los\s+daarvan|Los\s+hiervan|Naast\s+deze"
                        r"\s+bijdragen?)\b")
HYPOTHETICAL = re.compile(
    # (not what is made possible, or an adverb: `om de repatriëring mogelijk te maken`, `zo snel mogelijk`)
    r"\b(?:(?<!spoedig )(?<!snel )(?<!veel )(?<!goed )(?<!waar )(?<!zo )mogelijke?"
    r"(?!\s+(?:te\s+maken|maakt|maakte|maakten|maken|gemaakt)\b)|eventuele?|eventueel|welwillend|overweegt|overwegen|overwogen|verkent|verkennen"
    # an intention, not a decision: `Het kabinet is voornemens de bijdrage in 2017 voort te zetten`
    r"|voornemens|het\s+voornemen|van\s+plan|van\s+zins"
    r"|onderzoekt|onderzoeken|bereid|zou(?:den)? kunnen|denkt na|in overweging|beraadt|beraden|streeft|streven"
    # an aim, not a decision: `Het kabinet zet in op voortzetting van deze bijdrage`
    r"|(?:zet|zetten|inzetten)\s+(?:\S+\s+){0,2}?(?:in\s+)?op\s+(?:de\s+|een\s+)?(?:voortzetting|verlenging)"
    # a decision still to come: `bereidt een besluit over voortzetting voor`, `zal voor de zomer een besluit nemen
    # over verlenging`, `De besluitvorming over verlenging volgt`
    r"|(?:bereidt|bereiden|voorbereiden|zal|zullen|neemt|nemen|volgt|volgen)\s+(?:\S+\s+){0,6}?(?:een\s+)?besluit"
    r"(?:\s+nemen)?\s+over|besluitvorming\s+over"
    # a question for later: `In het najaar van 2005 zal zij … bezien of voortzetting van de deelname wenselijk is`
    r"|(?:bezien|bekijken|nagaan|beoordelen|afwegen|bezinnen)\s+of\b"
    # an act said not to be foreseen (`Een verdere verlenging is op dit moment niet voorzien`, `… is niet aan de orde`)
    r"|\bniet\s+(?:voorzien|aan\s+de\s+orde|gepland)\b"
    # what the Netherlands wants another body to decide (`Het kabinet wil dat de Raad nog deze maand besluit over de
    # verlenging van de civiele missie`, `pleit ervoor dat de VN-Veiligheidsraad het mandaat verlengt`): its position,
    # not its own act
    r"|\b(?:wil|willen|pleit|pleiten|hoopt|hopen|dringt|dringen)\s+(?:er\s*)?(?:\S+\s+){0,3}?dat\s+(?:de\s+)?"
    r"(?:Raad|Europese\s+Raad|EU|Unie|NAVO|VN|VN-Veiligheidsraad|Veiligheidsraad|lidstaten|bondgenoten)\b"
    # an expectation, not a decision: `het kabinet verwacht haar met een jaar te verlengen`
    r"|verwacht(?:en|te|ten)?\s+(?:\S+\s+){0,6}?te\s+(?:verlengen|beëindigen|voort\s+te\s+zetten|leveren|sturen"
    r"|uit\s+te\s+breiden|af\s+te\s+bouwen|zetten))\b"
    # told in another letter, not this one: `Over de deelname van Hr.Ms. Amsterdam aan … bent u afzonderlijk
    # geïnformeerd`, `… is uw Kamer bij brief van 3 maart jl. geïnformeerd`, `… informeert het kabinet u separaat`
    r"|\b(?:bent\s+u|is\s+uw\s+Kamer|werd\s+uw\s+Kamer|wordt\s+u|wordt\s+uw\s+Kamer)\s+(?:\S+\s+){0,8}?"
    r"(?:afzonderlijk|separaat|apart|eerder|bij\s+brief|op\s+\d{1,2}\s+\w+)\b[^;]{0,80}?\bgeïnformeerd\b"
    r"|\binformeer?(?:t|en)\s+(?:het\s+kabinet\s+|wij\s+|ik\s+)?u(?:w\s+Kamer)?\s+(?:\S+\s+){0,3}?"
    r"(?:afzonderlijk|separaat|in\s+een\s+(?:aparte|afzonderlijke)\s+brief)\b"
    # (`Over een voortzetting van de bijdrage in 2020 ontvangt u binnenkort een afzonderlijke brief`)
    r"|\bontvangt\s+u(?:w\s+Kamer)?\s+(?:\S+\s+){0,3}?(?:een\s+)?(?:aparte|afzonderlijke|separate|nieuwe)\s+brief\b"
)
# what a motion asks (`… de motie van het lid Van der Knaap c.s., waarin de regering wordt gevraagd de Kamer … over een
# nieuwe bijdrage in Afghanistan te informeren`, `die de regering heeft opgeroepen …`): the Kamer's ask, not an act
# (from where the motion's clause starts: what the sentence says before it may be one)
MOTION_ASK = re.compile(r"\b(?:waarin|die|dat)\s+(?:de\s+regering|het\s+kabinet)\s+(?:\S+\s+){0,2}?(?:wordt\s+)?"
                        r"(?:gevraagd|verzocht|opgeroepen|verzoekt|vraagt|oproept)\b"
                        r"|\b(?:die|dat|waarin)\s+(?:\S+\s+){0,3}?(?:verzoekt|vraagt|oproept)\s+(?:de\s+regering|het\s+kabinet)\b"
                        # (the motion by its reference, then what it asks: `(Kamerstuk 36 800 X, nr. 44), die vraagt de
                        # Nederlandse trainingscapaciteit … in te zetten`)
                        r"|\),\s+(?:die|dat|waarin)\s+(?:wordt\s+)?(?:vraagt|verzoekt|oproept|gevraagd|verzocht)\b")
# a sentence that speaks *with* the deployment just named of something else (`Met deze verlenging voldoet
# Nederland aan het verzoek … tot en met 2027 te versterken`): about that deployment, its dates not its period
# (a sentence with the deployment as its subject, `Deze bijdrage loopt tot eind 2027`, gives its period)
ANAPHOR = re.compile(r"^(?:Met|Door|Na|Bij|Via|Naast|Dankzij)\s+(?:deze|dit|die)\s+(?:verlenging|inzet|bijdrage"
                     r"|uitbreiding|deelname|detachement|eenheid)\b")
# a ship of the navy by its name: `Hr.Ms. Evertsen`, `Zr.Ms. Karel Doorman`, `Hr.Ms. Johan de Witt` (group 1: the name)
SHIP_NAME = re.compile(r"\b(?:Hr|Zr)\.\s?(?:Ms|Kr)\.\s+((?:De\s+|Van\s+)?[A-Z][\w'-]+"
                       r"(?:\s+(?:de\s+|van\s+|der\s+|den\s+)*[A-Z][\w'-]+)?)")
# a sentence that opens with the unit just named, by what it is: `Het luchtverdedigings- en commandofregat
# escorteert …`, `De bemanning telt circa 220 militairen`, `Het schip wordt bevoorraad in Djibouti`
# (`De Nederlandse eenheid wordt uitgerust met CV90's`)
UNIT_ANAPHOR = re.compile(r"(?:Het|De|Dit|Deze)\s+(?:Nederlandse\s+)?(?:[\w-]+\s+en\s+)?"
                          r"(?:[\w-]*(?:fregat|schip|onderzeeboot|mijnenjager)"
                          r"|bemanning|eenheid|detachement|compagnie|[\w-]*helikopters?|toestel|toestellen"
                          r"|[\w-]*vliegtuig(?:en)?)\b"
                          # `De huidige bijdrage van maximaal twaalf waarnemers …`: the contribution just named
                          r"|(?:De|Deze)\s+(?:huidige|lopende)\s+(?:bijdrage|inzet|deelname)\b")
# `Het gaat om een gemechaniseerde compagnie met CV90's …`: what the contribution just named consists of (when it names
# no other mission: `Het gaat om vier marechaussees bij EULEX, twee bij EUBAM …` counts several)
WHAT_IT_IS = re.compile(r"Het\s+(?:gaat|ging)\s+(?:hierbij\s+|daarbij\s+)?om\b|Het\s+betreft\b")
# (not an act reported: `De bijdrage werd eerder verlengd tot 1 juli 2017` gives its end, see `actions`)
PAST = re.compile(r"\b(?:eerdere|eerder(?!\s+(?:\S+\s+)?(?:verlengd|uitgebreid|voortgezet|aangepast|besloten)\b)"
                  r"|vorige|voorgaande|[Ss]inds|in navolging van|destijds|[Aa]fgelopen)\b")
# (a sentence may open with one: `In Litouwen maakt een Nederlandse compagnie … deel uit van …`)
_DEPLOY_PREP = r"(?:[Ii]n|te|[Vv]anuit|naar|[Oo]p|[Bb]ij|nabij|[Bb]oven|[Bb]innen|richting|rond|voor de kust van)"
_LOC_BEFORE = re.compile(
    rf"(?:\b{_DEPLOY_PREP}|\beFP|\b[Ii]nzet(?:ten)?|\bmissie|\bmissies|\boperatie|\bMission|\bOperation)"
    r"[\s-]+(?:het\s+|de\s+)?$"
    # an EU mission named after its country (`EUTM Moldavië`, `EUCAP Somalië`)
    r"|\bEU[A-Z]{2,}\s+$"
    # the waters, air or ground of a country (`in de territoriale wateren en de exclusieve economische zones van
    # Estland, Letland en Litouwen`, `het luchtruim van Polen`)
    r"|\b(?:wateren|zones?|kustwateren|luchtruim|grondgebied|kust)\s+van\s+(?:het\s+|de\s+)?$"
    # the port or base of a country or town the unit works from (`gebruikt de haven van Djibouti als logistieke
    # uitvalsbasis`, `vanaf de luchthaven van Kabul`; not a port of call: `bevoorraden in de haven van …`)
    r"|\b(?:gebruikt|gebruiken|vanuit|vanaf)\s+de\s+(?:haven|luchthaven|vliegveld|(?:lucht|vlieg|marine)?basis)\s+van\s+$"
    # a town the tables do not know, then its country (`in Strausberg, Duitsland`, `in Boekarest, Roemenië`, `in
    # Oksbøl (Denemarken)`)
    rf"|\b{_DEPLOY_PREP}\s+(?:het\s+|de\s+)?[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?(?:,\s*|\s*\()$")
_CHAIN_BEFORE = re.compile(r"(?:,|\ben|\bof|&)\s+(?:het\s+|de\s+)?$")
_MEETING_BEFORE = re.compile(
    r"\b(?:[Tt]op|[Ss]ummit|bijeenkomst|[Rr]aad|DMM|FMM|RBZ|UDCG|conferentie|vergadering|overleg|ministeriële"
    r"|ministersoverleg|ambassade|hoofdstad)\s+(?:\w+\s+)?"
    # where and when it is held: `De volgende top vindt in 2026 in Turkije plaats`, `… wordt volgend jaar in … gehouden`
    r"(?:(?:vindt|vond|zal|wordt|werd|plaats|(?:in\s+)?(?:19|20)\d\d|volgend\s+jaar|komend\s+jaar)\s+){0,4}"
    # (or its days: `de NAVO-top die op 4 en 5 september a.s. in Newport (Wales) wordt gehouden`)
    r"(?:die\s+op\s+\d{1,2}(?:\s+en\s+\d{1,2})?\s+\w+\s+(?:a\.s\.\s+|jl\.\s+|(?:19|20)\d\d\s+)?)?"
    r"(?:in|te|op)\s+(?:het\s+|de\s+)?(?:[A-Z][\w-]+\s*\()?$"
)
# equipment taken out of service, which is no deployment and dates none (`De Koninklijke Luchtmacht heeft de F-16 per
# 27 september jl. uit dienst genomen`)
_OUT_OF_SERVICE = (r"\buit\s+(?:de\s+)?(?:dienst|roulatie)\s+(?:genomen|gesteld|gaat|gaan|te\s+nemen)\b"
                   r"|\bbuiten\s+gebruik\s+(?:gesteld|genomen)\b|\bafgestoten\b")
OUT_OF_SERVICE = re.compile(_OUT_OF_SERVICE)
# a position, not people: `kabinetsinzet`, `inzet voor de Top`, and the verb of commitment to a policy
# (`blijft inzetten op de versterking van …`, `zet in op`, `zet zich in voor`, `zich blijven inzetten voor`)
_POLITICAL_INZET = re.compile(
    r"\b(?:kabinetsinzet|inzet\s+(?:voor|bij|tijdens|op)\s+(?:de|het)\s+(?:[Tt]op|DMM|RBZ|[Rr]aad|bijeenkomst"
    r"|onderhandeling\w*|agenda))\b"
    r"|\b(?:inzetten|in te zetten|(?:zet|zetten)\s+(?:\S+\s+){0,3}?in)\s+op\s+"
    r"(?!(?:de\s+|het\s+)?(?:[A-Z]|oostflank\b))"
    r"|\bzich\s+(?:\S+\s+){0,4}?(?:inzetten|in te zetten|inzet|in)\s+(?:voor|op|om)\b"
    r"|\b(?:zet|zetten)\s+zich\b"
    # an overview of the letter's decisions (`Het kabinet heeft drie besluiten genomen over de inzet in Litouwen en
    # Polen`, `informeert u over de volgende besluiten`): each is read where the letter sets it out
    r"|\b(?:twee|drie|vier|vijf|zes|zeven|acht|negen|tien|\d{1,2}|de\s+volgende|enkele|meerdere|een\s+aantal)"
    r"\s+(?:[\w-]+\s+)?besluiten\b"
    # the Netherlands asked (`heeft SACEUR Nederland verzocht bij te dragen aan …`): the request, not the decision
    r"|\bNederland\s+(?:(?:is|wordt|werd)\s+)?(?:verzocht|gevraagd|uitgenodigd)\b"
    # a deployment ruled out: `Nederlandse toestellen zullen boven Syrië niet worden ingezet`, `geen grondtroepen in
    # te zetten`
    r"|\bniet\s+(?:\S+\s+){0,2}?(?:worden\s+|word[t]?\s+)?(?:ingezet|inzetten|in\s+te\s+zetten|uitgezonden"
    r"|gestationeerd)\b"
    r"|\bgeen\s+(?:[\w-]+\s+){1,3}(?:in\s+te\s+zetten|inzetten|uit\s+te\s+zenden|te\s+sturen|sturen)\b"
    # none sent, or said to be no deployment: `Nederland levert geen eenheden aan de stand-by-eenheid in Gabon`, `Die
    # levering … is geen inzet van Nederlandse militairen: er gaan geen Nederlandse militairen mee naar Oekraïne`
    # (not `levert geen schepen maar wel twee stafofficieren`)
    r"|\b(?:levert|leveren|stuurt|sturen|zendt|zenden|plaatst|plaatsen)\s+(?:Nederland\s+|wij\s+|het\s+kabinet\s+)?geen\b"
    r"(?![^.;]*\b(?:maar|wel)\b)"
    r"|\b(?:is|zijn|betreft)\s+geen\s+(?:militaire\s+)?(?:inzet|uitzending)\s+van\b"
    r"|\b(?:gaan|gaat)\s+geen\s+(?:Nederlandse\s+)?(?:militairen|eenheden|troepen)\b"
    rf"|{_OUT_OF_SERVICE}"
    # none left: `In Niger zijn geen Nederlandse militairen meer actief`
    r"|\bgeen\s+(?:Nederlandse\s+)?(?:militairen|eenheden|troepen|personeel)\s+meer\b"
    # a judgement of someone's operation, not a commitment to one (`Het kabinet heeft de operatie veroordeeld`)
    r"|\b(?:veroordee?l(?:t|d|en|de|den)?|betreur(?:t|d|en|de|den)?)\b"
    # a position on a mission's mandate (`zal Nederland steun uitspreken voor de verlenging van het VN-mandaat`,
    # `steunt de verlenging van het mandaat`): the Council's decision it supports, not a Dutch deployment
    r"|\b(?:steun\s+uit(?:spreken|spreekt|gesproken)|steunt|steunen|stemt\s+in|instemmen)\s+(?:\S+\s+){0,3}?"
    r"(?:de\s+)?(?:verlenging|voortzetting|vernieuwing)\s+van\s+(?:het\s+)?(?:[\w-]+\s+)?(?:[\w]+-)?mandaat\b"
    # what the Netherlands will stress or plead for at the meeting (`Nederland zal in de Raad benadrukken dat de
    # operatie moet samenwerken met de schepen van de NAVO`): a position, no contribution
    r"|\b(?:zal|zullen|wil|willen)\s+(?:\S+\s+){0,5}?(?:benadrukken|onderstrepen|pleiten|bepleiten|aandringen"
    r"|oproepen|wijzen|vragen|verzoeken)\b"
    # (or explain there what it does: `Nederland zal tijdens de sessie de voortzetting van de Nederlandse bijdrage in
    # 2017 toelichten`)
    r"|\b(?:zal|zullen)\s+(?:[^\s.;]+\s+){0,12}?(?:toelichten|uiteenzetten)\b"
    # (or has pleaded, in a report: `Ik heb er bij mijn collega's op aangedrongen de terugtrekking zorgvuldig op elkaar
    # af te stemmen`)
    r"|\b(?:heb|hebben|heeft)\s+(?:\S+\s+){0,6}?(?:aangedrongen|gepleit|bepleit|opgeroepen)\b"
    # support for an operation, said and nothing more (`Nederland steunt de operatie.`): a position, no contribution
    r"|\b(?:steunt|steunen|onderschrijft|onderschrijven|verwelkomt|verwelkomen)\s+(?:de|het|deze|dit)\s+(?:[\w-]+\s+)?"
    r"(?:operatie|missie|voorstel|besluit|initiatief)\s*[.;]?\s*$"
    # money given, no one sent (`Daarnaast draagt Nederland € 20 miljoen bij aan de opleiding van Oekraïense
    # Patriot-bemanningen in Duitsland`)
    r"|\b(?:draagt|dragen|droeg|droegen)\s+(?:Nederland\s+|het\s+kabinet\s+|wij\s+)?(?:\S+\s+)?(?:€|EUR|euro)\s*\d"
    r"[^.;]{0,20}?\b(?:miljoen|miljard|mln|mld)\b"
    # where or what there is no mandate for (`Voor luchtaanvallen in Syrië is er … geen toereikend volkenrechtelijk
    # mandaat`), not `er is geen nieuw mandaat nodig`
    r"|\bgeen\s+(?:[\w-]+\s+){0,2}?(?:mandaat|rechtsgrond(?:slag)?|volkenrechtelijke\s+grondslag)\b"
    r"(?!\s+(?:\S+\s+)?(?:nodig|vereist))"
)
# going home: a Dutch base or `Nederland` after `terug`, `naar`, `redeployment` is not where a unit deploys
_HOMEWARD = re.compile(r"(?:\b(?:naar|terug\w*|retour\w*|redeploy\w*|thuis\w*|keren|keert|gehaald)\b[^.;:]{0,40}"
                       r"|\bnaar\s+(?:de\s+|het\s+)?(?:\S+\s+)?)$", re.IGNORECASE)
# (the verb after it: `De laatste militairen zijn op die dag op Vliegbasis Eindhoven teruggekeerd`)
_HOME_AFTER = re.compile(r"[^.;:,]{0,30}?\b(?:teruggekeerd|teruggekomen|terugkeren|terugkeert|terug|aangekomen"
                         r"|thuisgekomen)\b")


# acronyms and asset designators that name a deployment (`MQ-9`, `NDMC`, `eFP`, `SETWISE`)
_ACRONYM = re.compile(r"(?<![\w])(?:[a-z]?[A-Z][A-Z0-9]+(?:-\d+)?|[A-Z]-\d+)(?![\w])")
GENERIC = vocabulary.generic_acronyms("deployment")     # `NAVO`, `DMM`, `KMAR`: they name no deployment
# words of a mission's full name that say what kind of mission it is (`Mission`, `Training`, `of`): no keys either
_NAME_GENERIC = GENERIC | {w.upper() for w in vocabulary.mission_words("generic")}
# a mission's name after the words that introduce one (`Operatie Atalanta`: the `name` mission words)
MISSION_NAME = re.compile(rf"\b(?:{'|'.join(map(either_case, vocabulary.mission_words('name')))})\s+"
                          r"((?:[A-Z][\w-]*)(?:\s+[A-Z][\w-]*){0,2})")

# others' deployments, named by whose they are: `de inzet van bondgenoten in missies`, `de bijdragen van andere
# landen`, `de troepen van de partners` (the Dutch actor of the sentence only speaks of them)
_OTHERS_OF = re.compile(
    r"\b(?:inzet|bijdragen?|deelname|troepen|militairen|eenheden|missies)\s+van\s+"
    r"(?:(?:de|alle|andere|overige|onze|veel|vele)\s+)*(?:bondgenoten|partners|lidstaten|landen|troepenleveranciers)\b"
    r"(?:\s+(?:in|aan|bij)\s+(?:(?:de|het|\w+e)\s+)?(?:missies|operaties|missie|operatie)\b)?"
    # theirs, after allies called on: `hebben wij de bondgenoten opgeroepen hun bijdragen aan … op peil te houden`
    r"|\b(?:bondgenoten|partners|lidstaten|landen)\s+(?:\S+\s+){0,3}?(?:opgeroepen|oproepen|gevraagd|verzocht)\s+"
    r"(?:om\s+)?(?:hun|de\s+eigen)\s+(?:inzet|bijdragen?|deelname|troepen|militairen)\b"
    # theirs, thanked for: `Ik heb de Litouwse collega bedankt voor de Litouwse bijdrage aan Atalanta`
    r"|\b(?:bedankt|bedankte|bedankten|dankte|dankten|gedankt|dank\s+uitgesproken)\b[^.;]{0,80}?\bvoor\s+"
    r"(?:de|hun|zijn|haar)\s+(?:[\w-]+\s+)?(?:inzet|bijdragen?|deelname)\b(?:\s+(?:aan|in|bij)\s+[\w-]+)?")

V_STRONG = Vocab.of_forms(STRONG, STRONG_FORMS, MISSIE)
V_WEAK = Vocab.of_forms(WEAK, _WEAK_FORMS)
V_GATE = Vocab(GATE, V_STRONG.word_rx.pattern + "|" + V_WEAK.word_rx.pattern, V_STRONG.multi + V_WEAK.multi)
V_PEOPLE = Vocab.of_forms(PEOPLE, _PEOPLE_FORMS, MISSIE)
V_DUTCH = Vocab(DUTCH, r"\b(?:Nederland|Nederlandse|Nederlands|Defensie|[Ww]ij|[Ww]e|[Ii]k|[Oo]nze|KMar"
                       r"|[Mm]arechaussees?)\b",
                multi_rx=r"\b(?:[Hh]et kabinet|ons land|[Dd]e krijgsmacht|Koninklijke (?:Landmacht|Marine|Luchtmacht"
                         r"|Marechaussee)|Commando \w+"
                         r"|De (?:huidige |lopende )?(?:inzet|bijdrage|deelname) (?:van|met|aan)"
                         rf"|{_ASSETS_BY_TYPE}|{_GOVERNMENT}"
                         r"|\w*post (?:in \d{4} )?(?:is|was|blijft|betreft) de (?:huidige |lopende )?"
                         r"(?:inzet|bijdrage|deelname) (?:met|aan))\b"
                         r"|\b(?:Zr|Hr)\.\s?Ms\.|\b(?:Het|De|een)\s+KDC-10\b",
                multi_hint=("kabinet", "land", "krijgsmacht", "Koninklijke", "Commando", "inzet", "bijdrage",
                            "deelname", "Zr", "Hr", "regering", "KDC"))
_V_ACRONYM = Vocab(_ACRONYM, _ACRONYM.pattern)     # (only its bit is used: the word holds an acronym)
lexicon.register(GATE, STRONG, WEAK, PEOPLE, DUTCH, FOREIGN, HYPOTHETICAL, MOTION_ASK, PAST, _POLITICAL_INZET,
               _OTHERS_OF, _TRANSFER, _COMMON_COSTS, _MONEY_WORD, MISSION_NAME, countries.FIND_RE,
               vocabs=(V_STRONG, V_WEAK, V_GATE, V_PEOPLE, V_DUTCH, _V_ACRONYM))


def anchor_keys(text: str, cms: list[countries.CountryMention], hits: int) -> tuple[set[str], list[str]]:
    """Names that identify a deployment in a clause: missions, operation names, acronyms."""
    found: set[str] = set()
    names: list[str] = []
    for cm in cms:
        if cm.kind == "mission":
            names.append(cm.word)
            found.update(t.casefold() for t in re.split(r"[\s\-–—]+", cm.word) if t and t.upper() not in _NAME_GENERIC)
    for m in MISSION_NAME.finditer(text) if hits & lexicon.bit(MISSION_NAME) else ():
        name = m.group(1)
        first = name.split()[0]
        if first.upper() in GENERIC or countries.kind_of(first) in ("name", "adjective"):
            continue
        names.append(m.group(0) if m.group(0)[0].isupper() else name)
        found.update(t.casefold() for t in name.split() if t.upper() not in _NAME_GENERIC)
    if hits & _V_ACRONYM.bit:     # acronyms lie within a word: read per word (and remembered), not by a scan
        cues, bit = lexicon.table().words, _V_ACRONYM.bit
        for w in text.split():
            if cues[w] & bit:
                found.update(_acronym_keys(w))
    return found, names


_ACRONYM_KEYS: dict[str, tuple[str, ...]] = {}


def _acronym_keys(word: str) -> tuple[str, ...]:
    """The keys the acronyms in a word give (`MQ-9's` -> `mq-9`; not `NAVO`, not `VK`)."""
    keys = _ACRONYM_KEYS.get(word)
    if keys is None:
        if len(_ACRONYM_KEYS) > 100_000:
            _ACRONYM_KEYS.clear()
        keys = _ACRONYM_KEYS[word] = tuple(
            w.casefold() for w in (m.group(0) for m in _ACRONYM.finditer(word))
            if w.upper() not in GENERIC and not countries.kind_of(w))
    return keys


def unit_places(view: str, s: int, cms: list[countries.CountryMention]) -> list[tuple[int, str]]:
    """Where units are: bases, mission areas, `in/vanuit/te <land>` and lists after them (not `Top in Vilnius`)."""
    out: list[tuple[int, str]] = []
    prev_loc_end = -100
    for i, cm in enumerate(cms):
        before = view[max(s, cm.start - 60): cm.start]
        loc = False
        if cm.kind == "place" and i + 1 < len(cms) and cms[i + 1].kind == "name" and _TOWN_IN.fullmatch(
                view, cm.end, cms[i + 1].start):
            # `vanuit Novo Selo in het noorden van Kosovo`: a town the country after it places (a name the gazetteer
            # gives to a town elsewhere), and that country is where the unit is
            out.extend((cms[i + 1].start, c) for c in cms[i + 1].codes)
            prev_loc_end = cms[i + 1].end
            continue
        if cm.kind in ("place", "mission"):
            loc = not _MEETING_BEFORE.search(before)
        elif cm.kind == "adjective":
            # `vanuit de Italiaanse marinebasis Augusta`, `in de Estse en Letse territoriale wateren`: a base or waters
            # of that country
            # (`de Franse basis in Abu Dhabi`: a base of that country's in another, which the place after names)
            base = _ADJ_PLACE_AFTER.match(view, cm.end)
            loc = bool(base) and not _MEETING_BEFORE.search(before) and not _IN_PLACE.match(view, base.end())
        elif cm.kind == "name":
            if _LOC_BEFORE.search(before):
                loc = not _MEETING_BEFORE.search(before)
            elif cm.start - prev_loc_end <= 16 and _CHAIN_BEFORE.search(before):
                loc = True
            elif _LEFT.match(view, cm.end) and "NL" not in cm.codes:
                loc = True      # (where they were: `hebben de laatste Nederlandse militairen Afghanistan verlaten`)
        if loc and "NL" in cm.codes and (cm.kind == "name" or _HOMEWARD.search(before) or _AT_HOME.search(before)
                                         or _HOME_AFTER.match(view, cm.end)):
            # `Nederland` is never where a deployment abroad is (`de eenheden in Nederland`); a Dutch base is
            # where assets fly from (`vanuit vliegbasis Eindhoven`), unless they come home to it
            loc = False
        if loc and _NOT_AT.search(before):
            loc = False     # (`De Nederlandse militairen verblijven niet in Somalië zelf`: where they are not)
        if loc and cm.kind == "name" and _EVENT_IN.search(before):
            loc = False     # (`Na de Russische inval in Oekraïne …`: where an event is, not a unit)
        if loc and cm.kind == "name" and _HANDED_OVER.search(before):
            loc = False     # (`Per 1 april gaat het commando over naar Turkije`: who takes over, not where a unit is)
        if loc and _MOVED_FROM.match(view, cm.end):
            loc = False     # (`het hoofdkwartier, dat van Northwood naar Rota is verhuisd`: where it was)
        if loc and cm.kind == "name" and _NAME_GOES_ON.match(view, cm.end):
            loc = False     # (`in de Ukraine Defence Contact Group`: the first word of a body's name)
        if loc:
            out.extend((cm.start, c) for c in cm.codes)
            prev_loc_end = cm.end
    return out


# the country left (`… Afghanistan verlaten`, `… Irak op 30 juni hebben verlaten`)
_LEFT = re.compile(r"\s+(?:(?:op|in|per)\s+[^.;,]{0,25}?\s+)?(?:hebben\s+|heeft\s+|zullen\s+|zal\s+)?verlaten\b")
# a task or command that passes to another country (`gaat het commando over naar Turkije`, `wordt de taak overgedragen
# aan Hongarije`)
_HANDED_OVER = re.compile(r"\b(?:gaat|gaan|ging|gingen)\s+(?:\S+\s+){0,4}?over\s+naar\s+$"
                          r"|\b(?:overgedragen|over\s+te\s+dragen|overdragen|overgaan)\s+aan\s+$")
# a place left for another (`van Northwood naar Rota (Spanje) is verhuisd`, `van Gao naar Bamako verplaatst`)
_MOVED_FROM = re.compile(r"\s+naar\s+[^.;,]{0,40}?\b(?:is|zijn|wordt|worden|werd|werden)?\s*(?:verhuisd|verhuist"
                         r"|verplaatst|overgebracht|verlegd|overgeplaatst)\b")
_EVENT_IN = re.compile(r"\b(?:inval|invasie|oorlog|aanval|aanvallen|agressie|annexatie|gevechten|burgeroorlog)\s+"
                       r"(?:in|op|tegen|van)\s+(?:het\s+|de\s+)?$"
                       # (`lanceringen van ballistische raketten binnen Syrië`, `aanvallen met raketten vanuit Syrië`)
                       r"|\b(?:lancering\w*|raketaanval\w*|aanvallen|aanslag\w*|beschieting\w*)\b[^,;.]{0,40}\s"
                       r"(?:in|binnen|vanuit|op|tegen)\s+(?:het\s+|de\s+)?$", re.IGNORECASE)
# getting ready at home: `De staf bereidt zich vanaf het vierde kwartaal van 2026 in Den Helder op deze taak voor`
_AT_HOME = re.compile(r"\b(?:bereidt|bereiden|bereidde|bereidden)\s+zich\b"
                      # the home port or base it leaves from (`Het fregat vertrekt begin oktober uit Den Helder`, `is op
                      # 9 september uit Den Helder vertrokken`, `militairen uit Havelte`)
                      r"|\buit\s+$"
                      r"|\b(?:voorbereiding|gereedstelling|opwerking)\b"
                      # where a command is handed over (`Portugal draagt het commando op 1 juli a.s. in Den Helder aan
                      # Nederland over`)
                      r"|\b(?:draagt|dragen|droeg|droegen|overdracht|overgedragen)\b[^;:]{0,50}\b(?:in|te)\s+$")
_NAME_GOES_ON = re.compile(r"\s+(?:Defence|Defense|Contact|Support|Study|Group|Trust|Fund|Compact|Facility|Initiative"
                           r"|Coalition|Capability|Coordination)\b")
_TOWN_IN = re.compile(r"\s+in\s+(?:het\s+(?:noorden|zuiden|oosten|westen|midden|centrum)\s+van\s+)?(?:het\s+|de\s+)?")
_NOT_AT = re.compile(r"\b(?:niet|nooit|buiten)\s+(?:(?:meer|langer|zelf)\s+)?(?:(?:in|op|naar|boven)\s+)?"
                     r"(?:het\s+|de\s+)?$")


_ADJ_PLACE_AFTER = re.compile(r"(?:\s+en\s+[A-Z]\w+e)?\s+"
                             r"(?:(?:territoriale|noordelijke|zuidelijke|oostelijke|westelijke)\s+)?"
                             r"(?:marinebasis|vliegbasis|legerbasis|luchtmachtbasis|basis|kazerne|haven|wateren|kust"
                             r"|luchtruim|oefenterrein|grondgebied|bekken|kustwateren)\b")
# (and a time named by the Dutch part: `Na de Nederlandse periode neemt Spanje de taak … over`)
_BESIDES = re.compile(r"\b(?:[Nn]aast|[Bb]ehalve|[Ee]venals|[Nn]et\s+als|(?:[Nn]a|[Tt]ijdens|[Vv]óór)\s+de)\s+$")
_IN_PLACE = re.compile(r"\s+(?:in|te|op)\s+(?:het\s+|de\s+)?[A-Z]")
_OWN_OPENING = re.compile(r"De (?:inzet|bijdrage|deelname) (?:van|met|aan)\b")
_AT_PLACE = re.compile(r"\b(?:in|bij|naar|vanuit|boven|voor\s+de\s+kust\s+van)\s+(?:het\s+|de\s+)?$")


# a relative clause that puts the Dutch actor in the formation named before it (`…, waarvan Hr.Ms. … deel uitmaakt`,
# `…, waaraan Nederland bijdraagt`, `…, waarin Nederland deelneemt`)
_PART_OF = re.compile(r",\s*(?:waarvan|waaraan|waarin|waarbij)\s+(?:\S+\s+){0,2}$")


def foreign_subject(text: str, cms: list[countries.CountryMention], base: int, hits: int) -> bool:
    """Does the sentence open with another actor (allies, a country) as its subject?"""
    # `De inzet van de Duitse brigade …`, `De bijdrage van Polen …`: the opening that stands for the letter's own
    # deployment (`DUTCH`) names another country's
    own = _OWN_OPENING.match(text)
    if own and any(cm.kind in ("name", "adjective") and cm.code != "NL" and cm.start - base < own.end() + 25
                   and not (cm.kind == "name" and _AT_PLACE.search(text, 0, cm.start - base)) for cm in cms):
        return True     # (not a country where it takes place: `De bijdrage aan EUFOR Althea in Bosnië-Herzegovina`)
    names = [cm.start - base for cm in cms if cm.kind == "name" and cm.code != "NL"]
    if not names and not hits & lexicon.bit(FOREIGN):
        return False
    first_dutch = lexicon.search(DUTCH, text, hits)
    while first_dutch and _BESIDES.search(text, max(0, first_dutch.start() - 12), first_dutch.start()):
        # (`Naast Nederland leveren Duitsland en de Verenigde Staten …`: the Netherlands beside the subject)
        first_dutch = DUTCH.search(text, first_dutch.end())
    if first_dutch and _PART_OF.search(text, max(0, first_dutch.start() - 60), first_dutch.start()):
        # `De Standing NATO Maritime Group 2, waarvan Hr.Ms. De Zeven Provinciën deel uitmaakt, …`: the allied
        # formation is where the Dutch unit serves
        return False
    limit = first_dutch.start() if first_dutch else len(text)
    semi = text.find(";")
    if 0 < semi < limit and STRONG.search(text, 0, semi):
        # (`De drie CH-47's … worden per 1 oktober 2008 teruggetrokken; de Verenigde Staten nemen …`: another actor
        # in the main clause after a semicolon is not the subject of the one before it)
        limit = semi
    cands = [m.start() for m in FOREIGN.finditer(text, 0, limit)] if hits & lexicon.bit(FOREIGN) else []
    cands += [pos for pos in names if pos < limit]
    return any(not _PREP_BEFORE.search(text[max(0, pos - 40): pos]) for pos in sorted(cands))


# civilians sent to a mission (by Foreign Affairs): no deployment of the armed forces, unless these go too
_CIVILIANS = re.compile(r"\bciviele\s+(?:experts|deskundigen|functionarissen|medewerkers|adviseurs|missies?)\b")
_MISSION_WORD = re.compile(r"[\w-]*missie\w*")


# the answers sent to questions about something (`Hierbij zend ik u … de antwoorden op de vragen van het lid … over
# het ongeval met een Apache-helikopter in Mali`), and the questions' own heading (`Vragen van het lid … aan de
# ministers van Defensie … over …`)
_ANSWERS_ON = re.compile(r"\bantwoorden\s+op\s+(?:de\s+)?(?:\S+\s+){0,2}?vragen\b"
                         r"|\b[Vv]ragen\s+van\s+(?:het\s+(?:Kamer)?lid|de\s+(?:Kamer)?leden)\b")
lexicon.register(_ANSWERS_ON)


def political(text: str, hits: int) -> bool:
    """Does the clause take a position or make a political effort, not a contribution (`_POLITICAL_INZET`: `zal …
    pleiten voor`, `kabinetsinzet`, `zet zich in voor`)? Its tense announces nothing."""
    return lexicon.search(_POLITICAL_INZET, text, hits) is not None


def about_questions(text: str, hits: int) -> bool:
    """Does the clause send or head questions about something (`_ANSWERS_ON`)? What they are about commits nothing,
    unless it is an act (`… over de verlenging van de inzet van Patriot-eenheden in Turkije`: the letter's subject)."""
    return lexicon.search(_ANSWERS_ON, text, hits) is not None


def is_trigger(text: str, anchored: bool, hits: int) -> bool:
    """Does this clause (of a sentence with a Dutch actor) commit people or assets?"""
    if not (hits & lexicon.bit(STRONG) or (anchored and hits & lexicon.bit(WEAK))):
        return False            # no deployment vocabulary: what follows could only say no
    if lexicon.search(_POLITICAL_INZET, text, hits):
        return False
    if lexicon.search(_OTHERS_OF, text, hits):
        text = _OTHERS_OF.sub(" ", text)       # (what is left may still commit Dutch people)
        return is_trigger(text, anchored, lexicon.of(text))
    if lexicon.search(_TRANSFER, text, hits) and not V_PEOPLE.has(text, hits):
        return False
    if lexicon.search(_COMMON_COSTS, text, hits) and not V_PEOPLE.has(text, hits):
        return False
    if "civiele " in text and _CIVILIANS.search(text) \
            and not STRONG.search(_MISSION_WORD.sub(" ", _CIVILIANS.sub(" ", text))):
        return False    # (`Daarnaast levert Nederland civiele experts aan de EU-monitoringmissie`: no forces)
    if V_STRONG.has(text, hits):
        return True
    return anchored and V_WEAK.has(text, hits) and not lexicon.search(_MONEY_WORD, text, hits)

