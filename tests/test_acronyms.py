"""Acronyms: golden scores on the sample letters, definition styles of the genre, negatives, invariants."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from conftest import OPENING_FILES, SAMPLES, assert_samples_perfect, read_letter
from inzet.extract import acronyms
from inzet.extract.segment import segment


def defs(text: str) -> list[tuple[str, str]]:
    return [(a.short, a.long) for a in acronyms.extract(segment("t", text))]


# ---- golden ----------------------------------------------------------------------------------------

def test_samples_score_perfectly() -> None:
    assert_samples_perfect("acronyms", acronyms.extract)


# ---- styles ----------------------------------------------------------------------------------------

STYLES = [
    ("Op 15 juni vond een bijeenkomst plaats van de NAVO-Ministers van Defensie (DMM), met Zweden.",
     [("DMM", "NAVO-Ministers van Defensie")]),
    ("het verslag van de NAVO-ministers van Defensie bijeenkomst (DMM) en de UDCG.",
     [("DMM", "NAVO-ministers van Defensie bijeenkomst")]),
    ("de agenda's voor de bijeenkomst van NAVO-ministers van Defensie (DMM) van 12 februari.",
     [("DMM", "bijeenkomst van NAVO-ministers van Defensie")]),
    ("de informele bijeenkomst van de NAVO-Ministers van Buitenlandse Zaken (FMM) plaats in Berlijn.",
     [("FMM", "bijeenkomst van de NAVO-Ministers van Buitenlandse Zaken")]),
    ("van de NAVO-ministers van Buitenlandse Zaken (Foreign Ministers Meeting, FMM) op 4 april.",
     [("FMM", "Foreign Ministers Meeting")]),
    ("aan het Amerikaanse *Prioritised Ukraine Requirement List* (PURL)-initiatief bij.",
     [("PURL", "Prioritised Ukraine Requirement List")]),
    ("Dit wordt gefinancierd vanuit het Budget Internationale Veiligheid (BIV).",
     [("BIV", "Budget Internationale Veiligheid")]),
    ("vanuit de Europese Dienst voor extern optreden (EDEO).", [("EDEO", "Europese Dienst voor extern optreden")]),
    ("De DMM begon met een Noord-Atlantische Raad (NAR) over lastenverdeling.", [("NAR", "Noord-Atlantische Raad")]),
    ("De Hoge Vertegenwoordiger (HV) en meerdere lidstaten.", [("HV", "Hoge Vertegenwoordiger")]),
    ("de tijdelijke toevoeging aan enhanced Forward Presence (eFP) in Litouwen.",
     [("eFP", "enhanced Forward Presence")]),
    ("ten behoeve van NAVO enhanced Vigilance Activities (eVA) met zes maanden.",
     [("eVA", "enhanced Vigilance Activities")]),
    ("over de negen Priority Capability Areas (PCA’s) en meer.", [("PCA", "Priority Capability Areas")]),
    ("over de negen Priority Capability Areas (PCA's) en meer.", [("PCA", "Priority Capability Areas")]),
    ("over de negen Priority Capability Areas (PCAs) en meer.", [("PCA", "Priority Capability Areas")]),
    ("Raad van Buitenlandse Zaken Defensie (RBZ-Defensie)\nDe RBZ-Defensie startte met een bespreking.",
     [("RBZ-Defensie", "Raad van Buitenlandse Zaken Defensie")]),
    ("Op 18 mei zal de Raad Buitenlandse Zaken (RBZ) met Ministers van Defensie (RBZ-Defensie) worden gehouden.",
     [("RBZ", "Raad Buitenlandse Zaken"),
      ("RBZ-Defensie", "Raad Buitenlandse Zaken (RBZ) met Ministers van Defensie")]),
    ("De Secretaris-Generaal van de NAVO (hierna: SG NAVO) sprak.", [("SG NAVO", "Secretaris-Generaal van de NAVO")]),
    ("Daarna kwam de Noord-Atlantische Raad (hierna de NAR) bijeen.", [("NAR", "Noord-Atlantische Raad")]),
    ("het Europees Defensie Agentschap (afgekort: EDA) rapporteert.", [("EDA", "Europees Defensie Agentschap")]),
    ("Nederland steunt PESCO (Permanent Structured Cooperation) volledig.",
     [("PESCO", "Permanent Structured Cooperation")]),
    ("de Ukraine Defence Contact Group – UDCG – sprak over munitie.", [("UDCG", "Ukraine Defence Contact Group")]),
    ("een bijdrage aan het Multinational Multi Role Tanker Transport Unit (MRTT) voor de NAVO.",
     [("MRTT", "Multi Role Tanker Transport Unit")]),
    ("onder andere over Integrated Air and Missile Defence (IAMD).",
     [("IAMD", "Integrated Air and Missile Defence")]),
    ("bijdragen aan Open Source Peacekeeping Intelligence (OPKI) training.",
     [("OPKI", "Open Source Peacekeeping Intelligence")]),
    ("de Airforce Capability Coalition (AFCC) en de rol van de Europese Investeringsbank (EIB).",
     [("AFCC", "Airforce Capability Coalition"), ("EIB", "Europese Investeringsbank")]),
    ("met een infanteriecompagnie en een Human Intelligence (HUMINT) team.", [("HUMINT", "Human Intelligence")]),
    ("een werklunch over het European Union Satellite Centre (SatCen) waar.", [("SatCen", "Satellite Centre")]),
    ("het Intermediate-range Nuclear Forces (INF-verdrag) is opgezegd.",
     [("INF", "Intermediate-range Nuclear Forces")]),
    ("het Gemeenschappelijk Veiligheids- en Defensiebeleid (GVDB) en verder.",
     [("GVDB", "Gemeenschappelijk Veiligheids- en Defensiebeleid")]),
    ("de NATO Security Assistance and Training for Ukraine (NSATU) onlangs.",
     [("NSATU", "NATO Security Assistance and Training for Ukraine")]),
    # short forms with digits: a digit after a letter repeats it, or counts; a leading one is a number word
    ("Nederland investeert in Command, Control, Communications, Computers, Intelligence, Surveillance and "
     "Reconnaissance (C4ISR).",
     [("C4ISR", "Command, Control, Communications, Computers, Intelligence, Surveillance and Reconnaissance")]),
    ("Het gaat om verbeterde Command and Control (C2) voor de brigade.", [("C2", "Command and Control")]),
    ("De vier partners in de Indo-Pacific (IP4) waren aanwezig.", [("IP4", "Indo-Pacific")]),
    ("De risico's van de vijfde generatie (5G) mobiele netwerken kwamen aan bod.", [("5G", "vijfde generatie")]),
    ("Ook 5G (fifth generation) werd besproken.", [("5G", "fifth generation")]),
    # a list as long form, commas and all
    ("drones voor Intelligence, Surveillance, Target Acquisition and Reconnaissance (ISTAR) aan Oekraïne.",
     [("ISTAR", "Intelligence, Surveillance, Target Acquisition and Reconnaissance")]),
    # mixed and lower case
    ("Het Ministerie van Buitenlandse Zaken (MinBuZa) en het ministerie van Defensie (MinDef) overleggen.",
     [("MinBuZa", "Ministerie van Buitenlandse Zaken"), ("MinDef", "ministerie van Defensie")]),
    ("Er zijn opleidingen in het middelbaar beroepsonderwijs (mbo) en het hoger beroepsonderwijs (hbo).",
     [("mbo", "middelbaar beroepsonderwijs"), ("hbo", "hoger beroepsonderwijs")]),
    # two words
    ("De Commandant der Strijdkrachten, Chief of Defence Netherlands (CHOD NL), was aanwezig.",
     [("CHOD NL", "Chief of Defence Netherlands")]),
    ("Het schip draagt bij aan de European Union Naval Force (EU NAVFOR) in de Golf van Aden.",
     [("EU NAVFOR", "European Union Naval Force")]),
    ("Nederland levert een staflid aan EU NAVFOR (European Union Naval Force) Atalanta.",
     [("EU NAVFOR", "European Union Naval Force")]),
    # a number-word short form: the thing it is a generation of may follow its letters
    ("de beveiliging van communicatie via vijfde generatie mobiele netwerken (5G) komt aan de orde.",
     [("5G", "vijfde generatie mobiele netwerken")]),
    ("Het gaat om netwerken van de vierde generatie (4G) in Europa.", [("4G", "vierde generatie")]),
    ("Beide landen werken aan Fifth Generation mobile networks (5G) binnen de NAVO.",
     [("5G", "Fifth Generation mobile networks")]),
]


@pytest.mark.parametrize(("text", "expected"), STYLES)
def test_definition_styles(text: str, expected: list[tuple[str, str]]) -> None:
    assert defs(text) == expected


def test_partial_fit_gives_way_to_a_complete_definition() -> None:
    text = ("Er was een overleg van de NAVO-Ministers van Defensie (DMM), met Zweden. Later kwam de "
            "NAVO Defensie Ministeriele bijeenkomst (DMM) weer bijeen.")
    assert defs(text) == [("DMM", "Defensie Ministeriele bijeenkomst")]


def test_every_definition_in_text_order_with_rule() -> None:
    text = ("De Ukraine Defence Contact Group (UDCG) sprak. Verslag Ukraine Defence Contact Group (UDCG)\n"
            "Tijdens de Ukraine Defence Contact Group (UDCG) bevestigden de landen hun steun aan Oekraïne.")
    found = acronyms.extract(segment("t", text))
    assert [a.short for a in found] == ["UDCG"] * 3
    assert [a.span.start for a in found] == sorted(a.span.start for a in found)
    assert all(a.rule == "acronyms.v1" for a in found)


# ---- negatives -------------------------------------------------------------------------------------

NEGATIVES = [
    "de brief van het Oekraïense parlement (Verkhovna Rada) met betrekking tot luchtverdediging.",
    "met zes maanden wordt verlengd (tot 30 september 2026).",
    "De volledige update vindt u hier (zie bijlage).",
    "De defensie-uitgaven van 2025 (2025) stijgen.",
    "bijdragen aan Operation SETWISE (SETWISE) in Kenia.",
    "Eerste ondertekenaar: R. de Roon, voorzitter van de vaste commissie voor Defensie (PVV)",
    "De Minister besprak dit met de partners (VS) en anderen.",
    "het specifieke verzoek (II) van Oekraïne.",
    "Conform het Regeerprogramma (bijlage bij Kamerstuk 36 471, nr. 96) blijft Nederland.",
    "de Nederlandse staffunctionarissen (van de huidige zeven naar maximaal tien).",
    "de lidstaten (EU) en de bondgenoten.",
    "steun aan Oekraïne (UDCG) en de NAVO.",
    "Dit geldt voor het jaar daarna (ook) en de periode erna (zie) verder.",
    "De levering van F-35's (F35) en munitie in 2024, 2025 en 2026 (C4).",
    "een aantal landen, waaronder de Verenigde Staten (nu) en Canada.",
]


@pytest.mark.parametrize("text", NEGATIVES)
def test_not_a_definition(text: str) -> None:
    assert defs(text) == []


# ---- invariants ------------------------------------------------------------------------------------

@pytest.mark.parametrize("path", SAMPLES + OPENING_FILES, ids=lambda p: p.name)
def test_spans_reproduce_text(path) -> None:
    text = read_letter(path)
    found = acronyms.extract(segment(str(path), text))
    for a in found:
        assert text[a.span.start : a.span.end] == a.text
        assert a.short and a.long and a.short != a.long
    assert [a.span.start for a in found] == sorted(a.span.start for a in found)


_PIECES = st.sampled_from([
    "Raad ", "van ", "Buitenlandse ", "Zaken ", "NAVO-ministers ", "Defensie ", "(", ")", "(RBZ)", "(DMM)",
    "(PCA’s)", "(hierna: ", "SG NAVO", "eFP", " – ", "UDCG", ", ", ". ", "\n", "*", "-", "’", "é", "\t",
    "(hierna de NAR)", "[footnoteRef:1]", "[1:  ", "]",
])


@settings(max_examples=300, deadline=None)
@given(st.lists(st.one_of(_PIECES, st.text(max_size=6)), max_size=30).map("".join))
def test_never_crashes_or_leaves_the_text(text: str) -> None:
    doc = segment("t", text)
    for a in acronyms.extract(doc):
        assert 0 <= a.span.start <= a.span.end <= len(text)
        assert text[a.span.start : a.span.end] == a.text


@pytest.mark.parametrize("text, expected", [
    # hyphenated capitals, in the short form and in the long
    ("specialisten op het gebied van counter-improvised explosive devices (C-IED) en medische zorg",
     [("C-IED", "counter-improvised explosive devices")]),
    ("Nederland levert Counter-Unmanned Aerial Systems (C-UAS) uit de eigen voorraad.",
     [("C-UAS", "Counter-Unmanned Aerial Systems")]),
    # one lowercase letter between capitals is the initial of a small word
    ("Via het initiatief Build with Ukraine (BwU) gaat geld naar drones.", [("BwU", "Build with Ukraine")]),
    ("Het ministerie van Defensie (MinDef) werkt samen met scholen.", [("MinDef", "ministerie van Defensie")]),
    # the short form opens a compound before the paren that holds the long form
    ("De Raad spreekt over de GVDB-missies en -operaties (Gemeenschappelijk Veiligheids- en Defensiebeleid).",
     [("GVDB", "Gemeenschappelijk Veiligheids- en Defensiebeleid")]),
    # a name the letters do not spell: a short form of another language
    ("De Commandant der Strijdkrachten (CHOD NL) heeft deze prioriteiten besproken.",
     [("CHOD NL", "Commandant der Strijdkrachten")]),
    ("In de Noord-Atlantische Raad (NAC) spraken de bondgenoten.", [("NAC", "Noord-Atlantische Raad")]),
    # an English name of six words and its links (`in`, `of`), after `de` or `een`: a UN mission whose letters come
    # from its French name, a centre whose `F-16` is one of its words
    ("de bijdrage aan de Multidimensional Integrated Stabilization Mission in Mali (MINUSMA) van de Verenigde Naties",
     [("MINUSMA", "Multidimensional Integrated Stabilization Mission in Mali")]),
    ("Nederland richt een European F-16 Training Center (EFTC) in.", [("EFTC", "European F-16 Training Center")]),
])
def test_heldout_kinds(text: str, expected: list[tuple[str, str]]) -> None:
    assert defs(text) == expected


@pytest.mark.parametrize("text", [
    "Het kabinet hecht daaraan (zie ook de Kamerbrief van 3 maart).",
    "Dit geldt voor Nederland en Duitsland (NAVO).",
    "de inzet van Defensie (CDS) en de politie",
    # (a Dutch description with `in` is not an English name: `de VN-missie in Zuid-Soedan (UNAMA)`; UNMISS is its
    # English translation, read from the glossary, below)
    "Het mandaat van de bijdrage aan de VN-missie in Zuid-Soedan (UNAMA) loopt af.",
])
def test_no_definition_without_a_capitalised_name_after_its_article(text: str) -> None:
    assert defs(text) == []


@pytest.mark.parametrize("text", [
    "De defensie-uitgaven komen in 2026 naar verwachting uit op 2,1% van het bbp (NAVO-definitie).",
    "Het gaat om 45 militairen in totaal (VN-inzet).",
])
def test_a_figure_is_no_part_of_a_long_form(text: str) -> None:
    assert defs(text) == []


@pytest.mark.parametrize(("text", "expected"), [
    # a country letter after the hyphen (`EUTM-S`, `APS-E`)
    ("de bijdrage aan de European Union Training Mission Somalia (EUTM-S) en een nieuwe bijdrage",
     [("EUTM-S", "European Union Training Mission Somalia")]),
    ("over het onderwerp Army Prepositioned Stocks Eygelshoven (APS-E).",
     [("APS-E", "Army Prepositioned Stocks Eygelshoven")]),
    # two short forms joined by a slash for one office (`HV/VV`)
    ("De Hoge Vertegenwoordiger en vicevoorzitter van de Commissie (HV/VV) gaf aan dat",
     [("HV/VV", "Hoge Vertegenwoordiger en vicevoorzitter van de Commissie")]),
    ("de Hoge Vertegenwoordiger/Vicevoorzitter (HV/VV) sprak", [("HV/VV", "Hoge Vertegenwoordiger/Vicevoorzitter")]),
    # a number as the second word (`CTF 151`)
    ("onder meer voor Combined Task Force 151 (CTF 151), die piraterij bestrijdt.",
     [("CTF 151", "Combined Task Force 151")]),
    # a hyphen and one capital that no long form spells stays none
    ("zoals besproken in de werkgroep (A-B) van de Raad", []),
])
def test_a_country_letter_or_a_slash_in_a_short_form(text: str, expected: list[tuple[str, str]]) -> None:
    assert defs(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a dash between the parts of a hyphenated short form's long form
    ("Nederland levert stafofficieren aan de Combined Joint Task Force – Operation Inherent Resolve (CJTF-OIR) in "
     "Koeweit.", [("CJTF-OIR", "Combined Joint Task Force – Operation Inherent Resolve")]),
    ("De missie – Operation Inherent Resolve (OIR) – loopt door.", [("OIR", "Operation Inherent Resolve")]),
    # an English acronym of a Dutch compound of glossary words, and of a Dutch translation
    ("Nederland steunt het Wereldvoedselprogramma (WFP) in Gaza.", [("WFP", "Wereldvoedselprogramma")]),
    ("Zij spraken over de Wereldgezondheidsorganisatie (WHO).", [("WHO", "Wereldgezondheidsorganisatie")]),
    ("Zij spraken over de inzet van kunstmatige intelligentie (AI) bij Defensie.",
     [("AI", "kunstmatige intelligentie")]),
    # the ministry's own compounds, an inner part unused by a short form of three letters
    ("Het kabinet richt het Defensiematerieelbegrotingsfonds (DMF) op.", [("DMF", "Defensiematerieelbegrotingsfonds")]),
    ("De Defensiematerieelorganisatie (DMO) koopt de schepen.", [("DMO", "Defensiematerieelorganisatie")]),
    # no compound of glossary words, no fit
    ("Nederland steunt het Wereldnatuurfonds (WWF) niet.", []),
    ("Het Defensiematerieelbegrotingsfonds (DXF) groeit.", []),
])
def test_third_batch_kinds(text: str, expected: list[tuple[str, str]]) -> None:
    from inzet.extract.pipeline import extract_text

    assert [(a.short, a.long) for a in extract_text("t.txt", text).acronyms] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a number after the hyphen, the number a word of the long form too
    ("samenwerken met de door de Verenigde Staten geleide Combined Task Force 150 (CTF-150), en",
     [("CTF-150", "Combined Task Force 150")]),
    ("voor de antipiraterijtaakgroep Combined Task Force 151 (CTF-151), wordt",
     [("CTF-151", "Combined Task Force 151")]),
    ("het Standing NATO Maritime Group 2 (SNMG-2) vaart uit.", [("SNMG-2", "Standing NATO Maritime Group 2")]),
    # (not a type's number beside a name its letters fit, nor another number)
    ("Defensie zet helikopters van het type Chinook (CH-47) in.", []),
    ("De Combined Task Force 150 (CTF-151) vaart uit.", []),
    # a dash inside a name, between capitalised words, for a short form without a hyphen
    ("De Maritime Security Centre – Horn of Africa (MSCHOA) van Atalanta registreert de schepen.",
     [("MSCHOA", "Maritime Security Centre – Horn of Africa")]),
    ("Het European Union Naval Force — Mediterranean (EUNAVFORMED) hoofdkwartier.",
     [("EUNAVFORMED", "European Union Naval Force — Mediterranean")]),
    # (not across a dash that opens a clause: the words before it are no part of the name)
    ("Zij melden zich bij het Maritime Security Centre – daarna bij de Horn of Africa (MSCHOA).", []),
    # a capital and lowercase letters in parentheses, every content word's initial (Dutch laws)
    ("Met de Wet ter bescherming koopvaardij (Wbk) op 1 juli 2021 mogen reders beveiligers inhuren.",
     [("Wbk", "Wet ter bescherming koopvaardij")]),
    ("Het besluit valt onder de Algemene wet bestuursrecht (Awb).", [("Awb", "Algemene wet bestuursrecht")]),
    ("De Wet op de inlichtingen- en veiligheidsdiensten (Wiv) geldt.",
     [("Wiv", "Wet op de inlichtingen- en veiligheidsdiensten")]),
    # (a country or a word in parentheses is no short form; nor letters that are not all initials)
    ("De teams schepen in in Djibouti en Oman (Oman).", []),
    ("De bijdrage aan de missie in Irak (Bagdad) loopt af.", []),
    ("De inzet van de Koninklijke Marechaussee (Kmar) loopt door.", []),
])
def test_fourteenth_batch_short_forms(text: str, expected: list[tuple[str, str]]) -> None:
    assert defs(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # `ABBR, de Long Form,` in apposition, up to the next comma or the sentence's end
    ("Het kabinet ziet een grotere rol voor DIANA, het Defence Innovation Accelerator for the North Atlantic, dat in "
     "Nederland een testcentrum heeft.", [("DIANA", "Defence Innovation Accelerator for the North Atlantic")]),
    ("EUNAVFOR MED, de European Union Naval Force Mediterranean, voert operatie Irini uit.",
     [("EUNAVFOR MED", "European Union Naval Force Mediterranean")]),
    ("De NAVO heeft gevraagd de QRA, de Quick Reaction Alert, boven Slowakije over te nemen.",
     [("QRA", "Quick Reaction Alert")]),
    ("Zij komen ten laste van de HGIS, de Homogene Groep Internationale Samenwerking.",
     [("HGIS", "Homogene Groep Internationale Samenwerking")]),
    # the head of the apposition before its complement; an English short form of Dutch words
    ("De HV, de Hoge Vertegenwoordiger van de Unie voor buitenlandse zaken en veiligheidsbeleid, sprak.",
     [("HV", "Hoge Vertegenwoordiger van de Unie voor buitenlandse zaken en veiligheidsbeleid")]),
    ("De Raad besloot over een tranche uit EPF, de Europese Vredesfaciliteit, voor 2027.",
     [("EPF", "Europese Vredesfaciliteit")]),
    # an apposition that does not spell the short form is a description, not a definition
    ("Nederland steunt KFOR, de NAVO-missie in Kosovo, al jaren.", []),
    ("Met de VS, de grootste bondgenoot, is gesproken.", []),
    # an English acronym of a Dutch compound (straf-hof: Criminal Court), not taken for a Roman numeral
    ("Ik heb het belang onderstreept van steun aan het Internationaal Strafhof (ICC), waarvan de rechters worden "
     "bedreigd.", [("ICC", "Internationaal Strafhof")]),
    ("Zie hoofdstuk XII (XII) van het verdrag.", []),
    # the short form, `of`, and the name it stands for
    ("Baltic Sentry beschermt de kritieke onderzeese infrastructuur, CUI of Critical Undersea Infrastructure, in de "
     "Oostzee.", [("CUI", "Critical Undersea Infrastructure")]),
    ("Steun van de NAVO of EU is nodig.", []),
    # a syllable acronym of the English names of Dutch words: PErmanent Structured COoperation
    ("Binnen de permanente gestructureerde samenwerking (PESCO) lopen 68 projecten.",
     [("PESCO", "permanente gestructureerde samenwerking")]),
    # a short form that keeps the long form's last word as it is
    ("Nederland levert stafofficieren aan Commander Task Force Baltic (CTF Baltic) in Rostock.",
     [("CTF Baltic", "Commander Task Force Baltic")]),
    ("Het hoofdkwartier (CTF Baltic) ligt in Rostock.", []),
    # (the words must give every letter, in order)
    ("Binnen de permanente samenwerking (PESCO) lopen 68 projecten.", []),
    # a member's party in brackets after the name is an affiliation
    ("Hierbij de antwoorden op de vragen van het lid Van der Wal-Jansen (VVD) over de Vredesfaciliteit.", []),
    ("De motie van de leden Kahraman en Tuinman (NSC) vraagt om meer.", []),
    ("De Volkspartij voor Vrijheid en Democratie (VVD) stelde vragen.",
     [("VVD", "Volkspartij voor Vrijheid en Democratie")]),
])
def test_fourth_batch_kinds(text: str, expected: list[tuple[str, str]]) -> None:
    from inzet.extract.pipeline import extract_text

    assert [(a.short, a.long) for a in extract_text("t.txt", text).acronyms] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a Dutch name whose English, word by word from the glossary, has the short form's initials
    ("Het mandaat van de bijdrage aan de VN-missie in Zuid-Soedan (UNMISS) loopt af.",
     [("UNMISS", "VN-missie in Zuid-Soedan")]),
    ("Nederland levert twee stafofficieren aan de VN-missie Zuid-Soedan (UNMISS).",
     [("UNMISS", "VN-missie Zuid-Soedan")]),
    ("Het voorstel ligt bij de VN-Veiligheidsraad (UNSC) ter stemming.", [("UNSC", "VN-Veiligheidsraad")]),
    # a UN mission's French letters against its Dutch name, in any order (one letter, the French `au`, unused)
    ("De overige bijdrage aan de Multidimensionale Geïntegreerde Stabilisatiemissie van de Verenigde Naties in Mali "
     "(MINUSMA) loopt door.",
     [("MINUSMA", "Multidimensionale Geïntegreerde Stabilisatiemissie van de Verenigde Naties in Mali")]),
    ("De bijdrage aan de multidimensionale geintegreerde stabilisatiemissie van de Verenigde Naties in Mali "
     "(MINUSMA) eindigde.",
     [("MINUSMA", "multidimensionale geintegreerde stabilisatiemissie van de Verenigde Naties in Mali")]),
    # initials only: a letter the English has inside a word is no fit (United Nations, sudAn), nor a missing one
    ("de VN-missie in Zuid-Soedan (UNAMA) loopt", []),
    ("de VN-missie in Zuid-Soedan (UNMIS) loopt", []),
    ("de VN-missie in Libanon (UNIFIL) loopt", []),
])
def test_dutch_names_of_english_short_forms(text: str, expected: list[tuple[str, str]]) -> None:
    assert defs(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a list of names, read across its commas, in capitals or not
    ("drones voor intelligence, surveillance and reconnaissance (ISR) aan Oekraïne.",
     [("ISR", "intelligence, surveillance and reconnaissance")]),
    ("het merendeel in het Train, Advise and Assist Command North (TAAC-N) in Mazar-e-Sharif",
     [("TAAC-N", "Train, Advise and Assist Command North")]),
    ("de vaste commissie voor Buitenlandse Zaken, Defensie en Ontwikkelingssamenwerking (BDO) van uw Kamer",
     [("BDO", "Buitenlandse Zaken, Defensie en Ontwikkelingssamenwerking")]),
    # a clause after another acronym and a comma is no list: a Dutch description of an English name is no definition
    ("Nederland pleit voor aanschaf van munitie via het EDA, aansluitend bij het voorstel voor een Europese wet voor "
     "gezamenlijke aanbesteding (EDIRPA) met een budget van € 500 miljoen.", []),
    ("Zo loopt de aanschaf via het EDA, een Europese wet voor gezamenlijke aanbesteding (EDIRPA) en de EU.", []),
])
def test_a_long_form_across_commas_is_a_list_of_names(text: str, expected: list[tuple[str, str]]) -> None:
    assert defs(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the English kind at the short form's end (Resolute Support Mission): the Dutch word for it is not the name's
    ("Nederland draagt bij aan de NAVO-missie Resolute Support (RSM) in Afghanistan.",
     [("RSM", "Resolute Support")]),
    ("de EU-operatie Sea Guardian (SGO) in de Middellandse Zee", [("SGO", "Sea Guardian")]),
    # (a short form that spells the Dutch kind too keeps it)
    ("de VN-missie Zuid-Soedan (VNMZ)", [("VNMZ", "VN-missie Zuid-Soedan")]),
])
def test_a_missions_dutch_kind_before_its_name_is_not_part_of_the_english_short_form(
        text: str, expected: list[tuple[str, str]]) -> None:
    assert defs(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a French long form, its `à`, `sous`, `pour` used or skipped as function words, in either order
    ("De Afrikaanse Unie zond de Mission internationale de soutien à la Centrafrique sous conduite africaine (MISCA) "
     "naar Bangui.", [("MISCA", "Mission internationale de soutien à la Centrafrique sous conduite africaine")]),
    ("Frankrijk steunt MISCA (Mission internationale de soutien à la Centrafrique sous conduite africaine) met "
     "vliegtuigen.", [("MISCA", "Mission internationale de soutien à la Centrafrique sous conduite africaine")]),
    # a short form of several words that keeps the name's last two words as written, and drops a word of its kind
    ("Drie landen richtten de Mine Countermeasures Task Group Black Sea (MCM Black Sea) op.",
     [("MCM Black Sea", "Mine Countermeasures Task Group Black Sea")]),
    ("Nederland levert duikers aan MCM Black Sea (Mine Countermeasures Task Group Black Sea) in Constanța.",
     [("MCM Black Sea", "Mine Countermeasures Task Group Black Sea")]),
    ("De Combined Task Force Red Sea (CTF Red Sea) patrouilleert.", [("CTF Red Sea", "Combined Task Force Red Sea")]),
    # a kept word before the last may name the region the long form leaves out (a family of missions); not the last
    ("Nederland draagt bij aan de EU Capacity Building Mission in Niger (EUCAP Sahel Niger) in Niamey.",
     [("EUCAP Sahel Niger", "EU Capacity Building Mission in Niger")]),
    ("Het kabinet stuurt agenten naar de European Union Capacity Building Mission in Mali (EUCAP Sahel Mali).",
     [("EUCAP Sahel Mali", "European Union Capacity Building Mission in Mali")]),
    ("Nederland draagt bij aan de EU Capacity Building Mission in Mali (EUCAP Sahel Niger).", []),
    ("Nederland draagt bij aan de EU Capacity Building Mission in Mali (EUCAP Sahel).", []),
    # a leading digit before one letter counts words with that initial, a list across commas, in English or in Dutch
    # (each word's English from the glossary: Ontwikkeling, Development)
    ("Het kabinet volgt in Mali de aanpak van Defence, Diplomacy and Development (3D) sinds jaren.",
     [("3D", "Defence, Diplomacy and Development")]),
    ("De inzet past in de benadering van Defensie, Diplomatie en Ontwikkeling (3D) van het kabinet.",
     [("3D", "Defensie, Diplomatie en Ontwikkeling")]),
    # an English short form of the EU's Dutch lower-case name, its initials out of order (Coordinated Annual Review on
    # Defence)
    ("Het EDA besprak de gecoördineerde jaarlijkse evaluatie van defensie (CARD) met de lidstaten.",
     [("CARD", "gecoördineerde jaarlijkse evaluatie van defensie")]),
    ("De tweede ronde van de gecoordineerde jaarlijkse evaluatie inzake defensie (CARD) begint.",
     [("CARD", "gecoordineerde jaarlijkse evaluatie inzake defensie")]),
    # negatives: a mission's name in brackets after a country; a count the words do not give at their initials (the
    # `d` inside `Handel`, two words for three); a figure, a party, a type in brackets
    ("Nederland levert duikers aan de missie in Roemenië (MCM Black Sea) sinds oktober.", []),
    ("De bijdrage aan de missie in Mali (MINUSMA) liep af.", []),
    ("Zij noemden Defensie, Diplomatie en Handel (3D) in één adem.", []),
    ("Hij sprak over Defensie en Diplomatie (3D) in Mali.", []),
    ("Het ontwerp in driedimensionale vorm (3D) is klaar.", []),
    ("De kosten bedragen EUR 3,1 mln. (2026) voor de inzet.", []),
    ("Het lid Jetten (D66) vroeg naar de CV90 (CV90) en de Su-24 (Su-24).", []),
    ("De Russische Su-24 (Sukhoi) vloog laag over het schip.", []),
    ("De jaarlijkse evaluatie van de vloot (CARD) volgt.", []),
])
def test_sixteenth_batch_kinds(text: str, expected: list[tuple[str, str]]) -> None:
    assert defs(text) == expected


# a type designation with a model number whose letters spell the name in another language (`PzH` of German `Panzer`),
# either order; a Dutch paraphrase of a short form gives way to the name elsewhere in the letter that spells it
@pytest.mark.parametrize(("text", "expected"), [
    ("Nederland levert drie Pantserhouwitsers 2000 (PzH 2000) aan Oekraïne.", [("PzH 2000", "Pantserhouwitsers 2000")]),
    ("Duitsland levert de PzH 2000 (Panzerhaubitze 2000) aan Oekraïne.", [("PzH 2000", "Panzerhaubitze 2000")]),
    ("Betreft\tBijdrage aan de VN-missie in Zuid-Sudan (UNMISS)\n\nDe Raad richtte de United Nations Mission in the "
     "Republic of South Sudan (UNMISS) op.\n",
     [("UNMISS", "United Nations Mission in the Republic of South Sudan")]),
    # negatives: another number; a year; no capitalised name; a translation whose English does not spell the short form
    # at its initials keeps the first definition
    ("Nederland levert Pantserhouwitsers 2001 (PzH 2000) aan Oekraïne.", []),
    ("Het gebeurde in het jaar 2000 (PzH 2000).", []),
    ("Permanente gestructureerde samenwerking (PESCO)\nDe permanente gestructureerde samenwerking (Permanent "
     "Structured Cooperation, PESCO) start.\n",
     [("PESCO", "Permanente gestructureerde samenwerking"), ("PESCO", "Permanent Structured Cooperation")]),
])
def test_type_designations_and_spelled_names(text: str, expected: list[tuple[str, str]]) -> None:
    assert defs(text) == expected


# ---- kinds of the eighteenth blind batch, with variants ------------------------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    # the English kind word opens the short form: the Dutch kind word is no part of the name
    ("Nederland nam deel aan de NAVO-operatie Ocean Shield (OOS) bij Somalië.", [("OOS", "Ocean Shield")]),
    ("Nederland levert een fregat aan de NAVO-operatie Sea Guardian (OSG).", [("OSG", "Sea Guardian")]),
    ("Het kabinet steunt de EU-missie Irini Sahel (MIS) met stafofficieren.", [("MIS", "Irini Sahel")]),
    # negative: a short form that spells the kind word and a name of another kind keeps the whole long form
    ("Het kabinet steunt de EU-operatie Irini Sahel (EOIS).", [("EOIS", "EU-operatie Irini Sahel")]),
    # a paren that holds the short form before it as part of a name is no definition of it
    ("De militairen vallen onder de verdragen van de NAVO (NAVO-SOFA) en de EU (EU-SOFA).", []),
    # a service named by its newer Dutch name where the short form keeps the older one (Zeemacht, Landmacht)
    ("De Commandant der Zeestrijdkrachten in het Caribisch gebied (CZMCARIB) stuurde een schip.",
     [("CZMCARIB", "Commandant der Zeestrijdkrachten in het Caribisch gebied")]),
    ("De Commandant der Landstrijdkrachten Nederland (CLMNED) gaf opdracht.",
     [("CLMNED", "Commandant der Landstrijdkrachten Nederland")]),
    # negative: no alias makes a short form fit whose letters are not there
    ("De Commandant der Zeestrijdkrachten in het Caribisch gebied (CXMCARIB) stuurde een schip.", []),
])
def test_eighteenth_batch_kinds(text: str, expected: list[tuple[str, str]]) -> None:
    assert defs(text) == expected
