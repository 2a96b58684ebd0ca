"""Data for subject matching in the agenda → report follow-up: synonym groups and stopwords.

Kept as data, not code: add a group when two letters of the genre name one subject differently
(Dutch and English, a noun and its verb, a compound and its parts). Every phrase of a group is
read as the same subject. A one-word phrase of seven letters or more also matches as the first
part of a compound (`luchtverdediging` in `luchtverdedigingsmiddelen`). Phrases are matched after
case folding, diacritic folding and stemming, with stopwords skipped (`verdelen van de lasten`).
"""

from __future__ import annotations


def wordset(words: str) -> frozenset[str]:
    """A word list written as whitespace-separated text."""
    return frozenset(words.split())

SYNONYMS: tuple[tuple[str, ...], ...] = (
    ("lastenverdeling", "burden sharing", "burden-sharing", "lasten verdelen", "verdelen van de lasten",
     "verdeling van de lasten", "lasten delen", "delen van de lasten", "lasten dragen", "kostenverdeling",
     "verdeling van de kosten", "kosten verdelen", "verdelen van de kosten", "kosten delen", "delen van de kosten",
     "cost sharing"),
    ("luchtverdediging", "luchtafweer", "air defence", "air defense", "air and missile defence",
     "luchtverdedigingsmiddelen", "patriot"),
    ("steun", "bijdrage", "bijdragen", "bij te dragen", "support", "ondersteuning", "hulp", "assistance"),
    ("drones", "drone", "onbemande systemen", "onbemande luchtvaartuigen", "unmanned", "uav", "uas"),
    ("oekraine", "oekraiens", "ukraine", "ukrainian"),
    ("snel", "spoedig", "zo snel mogelijk", "versnellen", "versneld", "snelheid", "zonder vertraging", "onverwijld",
     "voortvarend"),
    # what was decided is the outcome a promise to inform names: `zal ik u informeren over de uitkomst van de
    # besluitvorming` is kept by the report giving the decision (`De Raad stemde in met …; het is het eerste besluit`)
    ("besluitvorming", "besluit", "besluiten", "akkoord", "overeenstemming", "decision", "agreement", "afspraken",
     "afspraak", "uitkomst", "uitkomsten", "outcome"),
    ("lening", "leningen", "loan"),
    # going on with a contribution: `de voortzetting van de Nederlandse bijdrage` ~ `dat Nederland in RS actief blijft`
    ("verlenging", "verlengen", "verlengd", "extension", "continuering", "voortzetting", "actief blijven",
     "actief blijft", "blijft actief", "blijven actief", "actief te blijven"),
    ("munitie", "ammunition", "granaten"),
    ("defensie-uitgaven", "defensiebudget", "defensiebestedingen", "uitgaven aan defensie", "defence spending",
     "defence expenditure"),
    ("militaire mobiliteit", "militair mobiliteitspakket", "military mobility", "militair schengen",
     "militair mobiliteitsgebied"),
    ("industrie", "defensie-industrie", "industriele basis", "industry", "productiecapaciteit"),
    ("arctisch", "arctic", "hoge noorden", "noordpool"),
    ("afschrikking", "deterrence"),
    ("sancties", "sanctiemaatregelen", "sanctiepakket", "sanctions"),
    ("training", "trainingen", "opleiding", "opleidingen", "trainen", "opleiden"),
    ("voorraad", "voorraden", "stocks", "stockpile"),
    ("materieel", "materiaal", "equipment", "wapens", "wapensystemen"),
    ("initiatief", "initiative"),
    # the other ministers at the table are the allies: `Ik zal de bondgenoten … informeren` ~ `Ik heb mijn collega's
    # meegedeeld`, `mijn ambtgenoten`
    ("bondgenoten", "bondgenootschap", "bondgenoot", "allies", "alliantie", "navo-bondgenoten", "collega",
     "ambtgenoten", "ambtsgenoten"),
    # fairness, and its lack that a report names when the Netherlands raised it (`de scheve verdeling`)
    ("eerlijk", "eerlijker", "eerlijkere", "fair", "rechtvaardig", "evenwichtig", "evenwichtiger", "scheef", "scheve",
     "oneerlijk", "oneerlijke", "onevenwichtig", "onevenwichtige", "unfair"),
    ("gereedheid", "readiness", "paraatheid"),
    ("capaciteiten", "capabilities", "capaciteit"),
    ("onderzeese infrastructuur", "kritieke onderzeese infrastructuur", "critical undersea infrastructure"),
    ("hybride dreigingen", "hybride", "hybrid threats"),
    ("veiligheidsstrategie", "security strategy"),
    ("interne markt", "single market", "internal market"),
    ("europees", "europese", "european", "europe"),
    ("schulden", "schuld", "schulduitgifte", "eurobonds", "joint borrowing"),
    ("verminderen", "vermindering", "terugdringen", "verlagen", "verlaging", "reduceren", "reductie"),
    ("bedrijven", "ondernemers", "ondernemingen", "bedrijfsleven", "companies"),
    ("midden- en kleinbedrijf", "mkb", "kleine en middelgrote ondernemingen", "kleine en middelgrote bedrijven",
     "kmo", "kmo's", "sme", "smes", "sme's", "small and medium-sized enterprises"),
    ("toegang", "toegankelijk", "toegankelijke", "toegankelijkheid", "access"),
    # going together: `civiele opbouw en militaire inzet moeten hand in hand gaan` ~ `… gepaard gaan met wederopbouw`
    ("hand in hand", "gepaard", "samengaan", "samengaat", "gelijk opgaan", "gelijk op gaan", "gelijk oplopen"),
    ("wederopbouw", "opbouw", "heropbouw", "reconstructie", "reconstruction"),
    # a navy ship, or one by name: `Hr.Ms. Johan de Witt` (before 2014), `Zr.Ms. Tromp`, `HNLMS Karel Doorman`
    ("schip", "schepen", "marineschip", "marineschepen", "oorlogsschip", "oorlogsschepen", "fregat", "fregatten",
     "hr ms", "zr ms", "hnlms", "ship", "ships", "vessel"),
    ("inkoop", "inkopen", "aanschaf", "aanschaffen", "aankoop", "aankopen", "verwerving", "verwerven",
     "procurement"),
    ("voorrang", "prioriteit", "prioriteiten", "voorop", "prioriteren", "geprioriteerd", "priority"),
    ("kort", "korte", "bondig", "bondige", "beknopt", "beknopte", "compact", "concise"),
    ("uitvoeren", "uitvoering", "uitgevoerd", "uit te voeren", "implementeren", "implementatie", "implementation"),
    ("gerelateerde uitgaven", "defensiegerelateerde uitgaven", "veiligheidsgerelateerde uitgaven",
     "defensie- en veiligheidsgerelateerde uitgaven", "related spending", "related expenditure"),
    ("eu", "europese unie", "unie", "european union"),
    ("eensgezind", "eensgezindheid", "eensgezinde", "met een stem", "met een mond", "eendrachtig", "eendracht",
     "unity", "eenheid van de unie", "verdeeldheid"),
    ("uitsluiten", "uitsluit", "uitgesloten", "buitensluiten", "buitensluit", "buitengesloten", "exclude"),
    # what a position asks of a text or a goal, and how a report says it got it: `een zo duidelijk mogelijke
    # verklaring` ~ `een zo helder mogelijke tekst`, `praktisch van aard` ~ `vooral concreet`
    ("duidelijk", "duidelijke", "helder", "heldere", "ondubbelzinnig", "ondubbelzinnige", "expliciet", "expliciete",
     "clear"),
    ("concreet", "concrete", "praktisch", "praktische", "tastbaar", "tastbare", "pragmatisch", "pragmatische",
     "practical"),
    # the cyber domain, however a letter compounds it (`cyber` ~ `cyberveiligheid` ~ `cyberdefensie`)
    ("cyber", "cyberveiligheid", "cybersecurity", "cyberdefensie", "cyberweerbaarheid", "cyberdomein",
     "cyberspace", "digitale veiligheid", "cyber security"),
    # NATO's emerging and disruptive technologies (EDT), new or emerging in Dutch
    ("opkomende en disruptieve technologieen", "nieuwe technologieen", "opkomende technologieen",
     "disruptieve technologieen", "nieuwe en opkomende technologieen", "emerging and disruptive technologies",
     "emerging technologies"),
    # the NATO spending norm, named without its figure or as the floor it sets: `deze ondergrens` ~ `de NAVO-norm`,
    # `de norm als bodem` ~ `een norm van 2 procent als minimum` (the figure itself, `2 procent van het bbp`, stays
    # words: a phrase of digits would also match inside `1,2 procent`)
    ("ondergrens", "navo-norm", "navonorm", "bbp-norm", "navo-richtlijn", "tweeprocentsnorm", "tweeprocentnorm",
     "spending floor", "bodem", "minimum", "minimumnorm", "floor"),
    # ... and what it is not to be: `niet als plafond` ~ `geen maximum`
    ("plafond", "maximum", "bovengrens", "ceiling"),
    # what a position asks to be realistic and to fit what is really there: `bijdragen die realistisch zijn en
    # aansluiten bij wat bondgenoten daadwerkelijk kunnen leveren` ~ `toezeggingen die passen bij wat landen werkelijk
    # kunnen leveren`, `een reëel doel` (not `haalbaar`, `uitvoerbaar`: their stems are those of `halen`, `uitvoeren`)
    ("realistisch", "realistische", "reeel", "reele", "realistic", "feasible"),
    ("daadwerkelijk", "daadwerkelijke", "werkelijk", "werkelijke", "feitelijk", "feitelijke", "in werkelijkheid",
     "in de praktijk", "actually"),
    ("aansluiten bij", "aansluit bij", "aansluitend bij", "aansluiting bij", "aansluiten op", "aansluit op",
     "aansluitend op", "aansluiting op", "passen bij", "past bij", "paste bij", "pasten bij", "passend bij",
     "passende bij", "in verhouding tot", "in verhouding met", "evenredig aan"),
    # a sizeable sum or step: `een substantiële aanvulling` ~ `een stevige aanvulling`, `een forse verhoging`
    # (not `fors`: its stem is the English `for`)
    ("substantieel", "substantiele", "stevig", "stevige", "aanzienlijk", "aanzienlijke", "forse",
     "omvangrijk", "omvangrijke", "significant", "significante", "flink", "flinke", "substantial", "sizeable"),
    # reaching a norm or target: `deze ondergrens … structureel wil halen` ~ `aan de norm voldoet`
    ("halen", "behalen", "gehaald", "behaald", "haalt", "voldoen", "voldoet", "voldaan", "voldeed", "voldeden"),
    # laying it down in law: `dit wettelijk wil verankeren` ~ `die ondergrens in de wet wil vastleggen`
    ("wettelijk verankeren", "wettelijk te verankeren", "wettelijk verankerd", "wettelijke verankering",
     "wettelijk vastleggen", "wettelijk vast te leggen", "wettelijk vastgelegd", "in de wet verankeren",
     "in de wet te verankeren", "in de wet verankerd", "in de wet vastleggen", "in de wet vast te leggen",
     "in de wet vastgelegd", "verankeren in de wet", "verankering in de wet", "vastleggen in de wet",
     "vast te leggen in de wet",
     "bij wet vastleggen", "bij wet vast te leggen", "bij wet regelen", "wettelijke grondslag", "wettelijke basis"),
    # lasting rather than once: `structureel` ~ `duurzaam`, `elk jaar` (not `blijvend`: its stem is that of `blijven`)
    ("structureel", "structurele", "permanent", "permanente", "duurzaam", "jaarlijks", "elk jaar", "ieder jaar"),
    # NATO's force model that replaced the NRF (2022): Dutch or English, `het nieuwe krachtenmodel` ~ `het NATO Force
    # Model`, `het nieuwe NAVO-strijdkrachtenmodel` (the `NATO` before it stays a subject of its own)
    ("krachtenmodel", "strijdkrachtenmodel", "force model"),
    # units or means offered to NATO or a mission: `welke eenheden Nederland daarvoor beschikbaar wil stellen` ~ `de
    # eenheden die wij daarvoor willen aanmelden`, `ter beschikking stellen`, `aanbieden`
    ("beschikbaar stellen", "beschikbaar te stellen", "beschikbaar gesteld", "beschikbaarstelling",
     "ter beschikking stellen", "ter beschikking te stellen", "ter beschikking gesteld", "terbeschikkingstelling",
     "aanmelden", "aangemeld", "aanmelding", "aanmeldt", "aanbieden", "aangeboden", "aanbiedt", "aan te bieden"),
    # coordinating: `beter op elkaar af te stemmen` ~ `beter te coördineren`, `betere afstemming`, `coördinatie`
    ("afstemmen", "afstemming", "afgestemd", "af te stemmen", "coordineren", "coordinatie", "gecoordineerd",
     "coordineert", "te coordineren"),
    # keeping lines to the other side open: `tot het openhouden van militaire communicatiekanalen` ~ `op het in stand
    # houden van de militaire contacten`, `de kanalen open te houden`
    ("openhouden", "openhoudt", "openhield", "openhielden", "opengehouden", "open houden", "open te houden",
     "open gehouden", "open blijven", "in stand houden", "in stand te houden", "in stand gehouden", "instandhouding",
     "in stand blijven"),
    # a condition: `alleen geloofwaardig als …` (see `subjects.ONLY_IF`) ~ `een voorwaarde voor`, `onder voorwaarden`
    ("voorwaarde", "voorwaarden", "randvoorwaarde", "randvoorwaarden", "voorwaardelijk", "voorwaardelijke",
     "precondition", "conditions"),
    # rising figures: `de defensie-uitgaven stijgen tot …` ~ `de uitgaven nemen toe tot …`, `een groei van 5%`
    ("stijgen", "stijgt", "steeg", "stegen", "gestegen", "stijging", "toenemen", "toeneemt", "toenam", "toenamen",
     "toegenomen", "toename", "neemt toe", "nemen toe", "nam toe", "namen toe", "oplopen", "oploopt", "opgelopen",
     "groeien", "groeit", "groeide", "gegroeid", "groei"),
    # moving troops and materiel across borders (military mobility): `grensoverschrijdend militair transport` ~ `het
    # vervoer van militair materieel over de grens`, with the rules for it simpler (`procedures vereenvoudigen` ~
    # `regels versoepelen`)
    ("vervoer", "vervoeren", "transport", "transporten", "transporteren", "verplaatsing", "verplaatsingen"),
    ("grensoverschrijdend", "grensoverschrijdende", "over de grens", "over de grenzen", "over grenzen", "cross-border"),
    ("procedures", "procedure", "regels", "regelgeving", "voorschriften", "formaliteiten", "rules", "regulations"),
    ("vereenvoudigen", "vereenvoudiging", "vereenvoudigd", "versoepelen", "versoepeling", "versoepeld",
     "simplification", "simplify"),
    ("communicatiekanalen", "communicatiekanaal", "communicatielijnen", "communicatielijn", "contactkanalen",
     "kanalen", "contacten", "hotline", "hotlines", "lines of communication"),
)

# How an act is to be done, not what it is about: coordinating or bundling, better, closer, more tightly. A report
# sentence that shares only these with a position (`hun leveringen van munitie beter op elkaar af te stemmen` ~ `de
# capaciteitsplanning van de NAVO en de EU beter op elkaar af te stemmen`) is about something else.
MANNER: frozenset[str] = wordset("""
beter betere nauwer nauwere sterker sterkere strakker strakkere effectiever effectievere efficienter efficientere
afstemmen afstemming afgestemd coordineren coordinatie gecoordineerd coordineert
bundelen bundeling gebundeld bundelt harmoniseren harmonisatie geharmoniseerd stroomlijnen gestroomlijnd
""")

# Function words, the genre's filler and words naming the act rather than its subject.
STOPWORDS: frozenset[str] = wordset("""
aan al alle alleen als alsmede alsook andere ander anderen bij bijvoorbeeld binnen boven daar daarbij daarin daarmee
daarnaast daarom daarop daarvan dan dat de deze die dit door dus een eerder eerst elk elke en enkele er ervan
evenals ge geen gelet gezien haar had hadden heb hebben heeft het hier hierbij hiermee hiervan hiervoor hij hoe hun
ieder in is ja je jl juist kan komen komt kunnen maar mee meer men met mij mijn moet moeten na naar naast niet nog nu
of om onder ons onze ook op over per reeds rond samen sinds te tegen ten ter tevens toe tot tussen u uit uw van
veel verder via voor vooral voorts waar waarbij waarin waarmee waaronder wat welke werd werden wij we wel wordt
worden zal zich zij zijn zo zoals zou zouden zullen zeer zowel tegelijkertijd vervolgens eveneens bovendien
hierover daarover hiertoe daartoe dergelijke namelijk onder andere ofwel noch want mits tenzij
omdat zodat opdat terwijl zodra indien wanneer hoewel nadat voordat totdat zolang teneinde
ten behoeve kader aanzien opzichte betrekking middels gebied vanaf
behalve blijkens dankzij ingevolge jegens krachtens namens omtrent vanuit volgens wegens
elkaar
conform overeenkomstig kamerstuk kamerstukken nr nrs
the of and for to in on with a an by at as from
januari februari maart april mei juni juli augustus september oktober november december
nederland nederlands kabinet regering ik minister ministers staatssecretaris kamer
tijdens bijeenkomst vergadering raad
zal zullen blijft blijven wil willen gaat gaan kan kunnen moet moeten
onderstreept onderstrepen onderstreepte onderstreepten benadrukt benadrukken benadrukte benadrukten
pleit pleiten pleitte pleitten gepleit bepleit bepleiten bepleitte bepleitten
roept roepen riep riepen oproepen opgeroepen oproep
kondigde kondigden aangekondigd aankondigen zegde zegden toegezegd toezeggen sprak spraken uitgesproken uitspreken
uitspreekt
gaf gaven aangegeven aangeven informeert informeren informeer informeerde informeerden geinformeerd
toelichten toelicht toegelicht lichtte lichtten meedelen mededelen meegedeeld medegedeeld melden meldt meldde meldden
gemeld
ontvangt ontvangen ontvang ontving ontvingen
hecht hechten hechtte hechtten kijkt kijken welwillend positief zet zetten inzetten aansporen spoort spoorde
aangespoord aandringen dringt drong aangedrongen verzoeken verzoekt verzocht vraagt vroeg vroegen
aandacht steunt verwelkomt verwelkomde verwelkomen streeft streven voorstander bereid voornemens voornemen graag
eventuele eventueel mogelijke mogelijk verwachting waarschijnlijk onlangs recent recente afgelopen komende binnenkort
bijzonder name vragen verdere nieuwe
steunde steunden gesteund ondersteunt ondersteunen ondersteunde ondersteunden ondersteund instemmen stemt stemde
stemden ingestemd schaart scharen schaarde schaarden geschaard onderschrijft onderschrijven onderschreef
onderschreven positief open achter
eraan erop ervoor erover erin erbij ermee ertoe erom eruit erdoor erna erachter ertegen erheen
daaraan daarachter daardoor daarheen daarna daartegen daaruit daarvoor daaronder daartussen
hieraan hierop hierin hierdoor hierna hieruit hiertegen hieronder
waaraan waarop waarover waarvoor waarvan waartoe waardoor waaruit
""")
