"""Deployments: the genre's variants for each kind of miss seen on unseen letters, as short invented
paragraphs (policy `inzetten op` and units coming home; dates at the precision written; funding and size
stated in another sentence; several deployments in one paragraph; announce / extend / end / status),
and the bar on the invented letters in `tests/data/deployments/`."""

from __future__ import annotations

import importlib
import json
from pathlib import Path

import pytest

from conftest import category_score
from inzet.extract import deployments
from inzet.extract.dutch import number_word
from inzet.extract.pipeline import extract_text
from inzet.extract.segment import segment
from inzet.model import Deployment

LETTERS = Path(__file__).parent / "data" / "deployments"


def run(text: str) -> list[Deployment]:
    return deployments.extract(segment("test", text))


def fields(d: Deployment) -> dict:
    j = d.to_json()
    return {k: j[k] for k in ("countries", "action", "start", "end", "personnel_max", "cost_eur", "funding")}


def check(text: str, expected: dict) -> None:
    found = run(text)
    assert len(found) == 1, [fields(d) for d in found]
    got = fields(found[0])
    assert {k: got[k] for k in expected} == expected, got


# ---- a policy the Netherlands commits to, units coming home: no deployment ---------------------

@pytest.mark.parametrize("text", [
    "Nederland blijft inzetten op de versterking van de NAVO-aanwezigheid in Litouwen.",
    "Het kabinet zet in op een snellere inzetbaarheid van eenheden in Roemenië.",
    "Nederland zet zich in de Raad in voor een robuust mandaat van de missie in Bosnië.",
    "Het kabinet zal zich blijven inzetten voor de training van militairen in Oekraïne.",
    "De twee F-35's worden na afloop van de inzet teruggehaald naar Nederland.",
    "Het Nederlandse detachement keert in december terug naar de thuisbasis in Nederland.",
    "De redeployment van het Nederlandse detachement naar Nederland is in maart afgerond.",
    "Na de oefening keren de Nederlandse militairen terug naar vliegbasis Volkel.",
    # a judgement of another's operation commits no one (`veroordeeld`, `betreurt`)
    "Het kabinet heeft de operatie veroordeeld en de wapenexport naar Turkije aan banden gelegd.",
    "Nederland veroordeelt de militaire operatie van Rusland in Oekraïne in de sterkst mogelijke bewoordingen.",
    "Het kabinet betreurt de inzet van troepen in Syrië door Turkije.",
])
def test_policy_and_homecoming_are_not_deployments(text: str) -> None:
    assert run(text) == [], [fields(d) for d in run(text)]


@pytest.mark.parametrize("text", [
    # deployments only counted, over three or more countries, with no unit, figure or name
    "Nederland levert met de inzet in Mali, Irak en Afghanistan een relatief grote bijdrage.",
    "Het kabinet wijst op de Nederlandse bijdragen in Litouwen, Roemenië en Slowakije.",
    # others' deployments, named by whose they are
    "Ik heb benadrukt dat ook de inzet van bondgenoten in missies bij de lastenverdeling moet worden meegewogen.",
    "Nederland vraagt aandacht voor de bijdragen van andere landen aan de missie in Mali.",
])
def test_deployments_counted_in_passing_or_of_others_are_none(text: str) -> None:
    assert run(text) == [], [fields(d) for d in run(text)]


@pytest.mark.parametrize(("text", "countries"), [
    # a list with a unit, or two countries, is still a deployment; so is the Dutch one beside the allies'
    ("Nederland levert F-16's voor de inzet in Irak, Syrië en Jordanië.", ["IQ", "SY", "JO"]),
    ("Nederland levert een bijdrage aan de missies in Irak en Syrië.", ["IQ", "SY"]),
    ("Naast de inzet van bondgenoten stuurt Nederland 150 militairen naar Litouwen.", ["LT"]),
])
def test_a_listed_or_dutch_deployment_beside_others_stays(text: str, countries: list[str]) -> None:
    assert [d.countries for d in run(text)] == [countries]


def test_homecoming_after_a_deployment_adds_no_dutch_one() -> None:
    check("De inzet van de Nederlandse Patriot-eenheid in Polen eindigt op 30 juni 2026, waarna het systeem "
          "terugkeert naar Nederland.", {"countries": ["PL"], "action": "end", "end": "2026-06-30"})


# ---- periods at the precision written ------------------------------------------------------------

@pytest.mark.parametrize(("clause", "period"), [
    ("tot eind maart 2026", (None, "2026-03")),
    ("tot medio 2027", (None, "2027")),
    ("tot medio juli 2027", (None, "2027-07")),
    ("tot begin april 2027", (None, "2027-04")),
    ("tot ultimo juni 2026", (None, "2026-06-30")),      # (`ultimo`: the last day)
    ("tot en met ultimo 2026", (None, "2026-12-31")),
    ("tot in de loop van 2027", (None, "2027")),
    ("loopt ultimo september 2026 af", (None, "2026-09-30")),
    ("loopt in de loop van mei 2026 af", (None, "2026-05")),
    ("tot eind 2027", (None, "2027")),
    ("vanaf maart 2026", ("2026-03", None)),
    ("per 1 april 2026", ("2026-04-01", None)),
    ("met ingang van 1 juli 2026", ("2026-07-01", None)),
    ("met ingang van december 2026", ("2026-12", None)),
    ("van medio mei tot eind augustus 2026", ("2026-05", "2026-08")),
    # `het einde van`, `het eind van` are `eind`
    ("tot en met het einde van 2027", (None, "2027")),
    ("tot het einde van 2027", (None, "2027")),
    ("tot het eind van juni 2027", (None, "2027-06")),
    # until the mandate ends, on the date given
    ("loopt tot het einde van het huidige mandaat in februari 2027", (None, "2027-02")),
    ("tot het einde van de missie op 31 maart 2027", (None, "2027-03-31")),
    # a day and month without a year, dated by the letter (`_dated`): the next one, the last one
    ("tot 1 juli a.s.", (None, "9999-07-01")),
    ("tot 1 juli aanstaande", (None, "9999-07-01")),
    ("vanaf 1 maart a.s.", ("9999-03-01", None)),
    ("tot 31 mei jl.", (None, "0000-05-31")),
    # (a date a deployment runs to, without `a.s.`: the next such day as well)
    ("tot 1 juli", (None, "9999-07-01")),
    ("t/m 31 december", (None, "9999-12-31")),
    ("per 1 september", ("9999-09-01", None)),
    # a half or quarter of a year as the whole period (`gedurende`), not the time within it (`in`)
    ("gedurende het eerste halfjaar van 2029", ("2029-01", "2029-06")),
    ("tijdens het derde kwartaal van 2027", ("2027-07", "2027-09")),
    ("in de eerste helft van 2010", (None, None)),
])
def test_read_period_variants(clause: str, period: tuple) -> None:
    assert deployments.read_period(clause) == period


@pytest.mark.parametrize(("text", "expected"), [
    # the end after a long clause
    ("Het kabinet heeft besloten de Nederlandse bijdrage aan UNIFIL in Libanon, die bestaat uit stafofficieren "
     "en een verbindingsteam en die sinds 2022 wordt geleverd, te verlengen tot en met 30 juni 2027.",
     {"countries": ["LB"], "action": "extension", "end": "2027-06-30"}),
    # the end written as part of a month
    ("De Nederlandse inzet van een verbindingsteam in Irak wordt verlengd tot eind juni 2027.",
     {"countries": ["IQ"], "action": "extension", "end": "2027-06"}),
    ("De Nederlandse bijdrage aan de missie in Mali wordt in de loop van mei 2026 beëindigd.",
     {"countries": ["ML"], "action": "end", "end": "2026-05"}),
    # the start of a new deployment
    ("Nederland stelt met ingang van 1 juli 2026 een Patriot-eenheid beschikbaar voor de bescherming van "
     "Rzeszów in Polen.", {"countries": ["PL"], "action": "new", "start": "2026-07-01"}),
    ("Sinds november 2025 is een Nederlandse eenheid van 40 militairen in Roemenië gestationeerd. Het mandaat "
     "van deze inzet loopt eind 2026 af.",
     {"countries": ["RO"], "action": "status", "start": "2025-11", "end": "2026", "personnel_max": 40}),
])
def test_periods_in_context(text: str, expected: dict) -> None:
    check(text, expected)


@pytest.mark.parametrize(("text", "expected"), [
    # the extension in the next sentence gives the new end; the expiring mandate is not a second deployment
    ("Het mandaat van de Nederlandse inzet in Slowakije loopt op 30 juni 2026 af. Het kabinet heeft besloten "
     "deze bijdrage te verlengen tot en met 31 december 2026.",
     {"countries": ["SK"], "action": "extension", "end": "2026-12-31"}),
    ("De huidige Nederlandse bijdrage aan de NAVO-aanwezigheid in Estland loopt tot eind maart 2026. Het "
     "kabinet heeft besloten deze bijdrage te verlengen tot eind maart 2027.",
     {"countries": ["EE"], "action": "extension", "end": "2027-03"}),
    # an extension by a stated time counts from the mandate it extends
    ("Het mandaat van de Nederlandse inzet van twee MQ-9's in Roemenië loopt op 31 maart 2026 af. Het kabinet verlengt "
     "deze inzet met zes maanden.", {"countries": ["RO"], "action": "extension", "end": "2026-09-30"}),
    ("De Nederlandse bijdrage aan eFP in Litouwen loopt tot en met 31 december 2026. Het kabinet heeft besloten "
     "de inzet met een jaar te verlengen.", {"countries": ["LT"], "action": "extension", "end": "2027-12-31"}),
])
def test_an_extension_inherits_the_mandate_it_extends(text: str, expected: dict) -> None:
    check(text, expected)


def test_the_missions_own_mandate_is_not_the_dutch_period() -> None:
    text = ("Nederland draagt bij aan EUTM Somalia in Mogadishu. Het mandaat van de missie loopt tot 30 juni 2027, "
            "de Nederlandse bijdrage tot en met 31 december 2026.")
    check(text, {"countries": ["SO"], "action": "status", "end": "2026-12-31"})


# ---- funding and size stated once for the paragraph ---------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("Nederland levert vanaf 1 mei 2026 een bijdrage aan de NAVO-aanwezigheid in Estland. Het gaat om een "
     "eenheid van circa tachtig personen. De kosten worden gedekt uit het BIV.",
     {"countries": ["EE"], "action": "new", "start": "2026-05-01", "personnel_max": 80, "funding": "BIV"}),
    ("Het kabinet heeft besloten een genie-eenheid in te zetten in Litouwen. De inzet wordt gefinancierd vanuit "
     "artikel 1 van de defensiebegroting. De eenheid telt maximaal vijfentwintig militairen.",
     {"countries": ["LT"], "personnel_max": 25, "funding": "artikel 1"}),
    ("Nederland draagt vanaf 1 maart 2026 bij met een fregat aan de EU-operatie vanuit Djibouti. Aan boord zijn "
     "maximaal 180 bemanningsleden. De kosten komen ten laste van het Budget Internationale Veiligheid.",
     {"countries": ["DJ"], "action": "new", "start": "2026-03-01", "personnel_max": 180, "funding": "BIV"}),
    ("Nederland stelt een Patriot-eenheid beschikbaar in Polen. Het betreft een eenheid van circa "
     "honderdtwintig personen.", {"countries": ["PL"], "personnel_max": 120}),
    # a year is not a count of people
    ("Verder zal Nederland per 1 januari 2027 twee stafofficieren leveren aan EUFOR Althea in Sarajevo.",
     {"countries": ["BA"], "action": "new", "start": "2027-01-01", "personnel_max": 2}),
])
def test_funding_and_size_bind_across_the_paragraph(text: str, expected: dict) -> None:
    check(text, expected)


@pytest.mark.parametrize(("word", "value"), [
    ("vijfentwintig", 25), ("tweeëntwintig", 22), ("honderdtwintig", 120), ("tweehonderd", 200),
    ("tweehonderdvijftig", 250), ("zeven", 7), ("175", 175), ("duizendpoot", None), ("eenentwintigste", None),
])
def test_compound_number_words(word: str, value: int | None) -> None:
    assert number_word(word) == value


# ---- several deployments in one paragraph -------------------------------------------------------

def test_a_second_smaller_contribution_in_a_neighbouring_country() -> None:
    text = ("Het kabinet heeft besloten de bijdrage aan eFP in Litouwen te verlengen tot eind 2027. Het gaat om "
            "maximaal 270 militairen. Daarnaast levert Nederland vanaf september 2026 een klein team van circa "
            "twaalf militairen in Letland. Beide bijdragen worden gedekt uit het BIV.")
    got = {d.countries[0]: fields(d) for d in run(text)}
    assert set(got) == {"LT", "LV"}, got
    assert (got["LT"]["action"], got["LT"]["end"], got["LT"]["personnel_max"]) == ("extension", "2027", 270)
    assert (got["LV"]["action"], got["LV"]["start"], got["LV"]["personnel_max"]) == ("new", "2026-09", 12)
    assert got["LT"]["funding"] == got["LV"]["funding"] == "BIV"


def test_an_announcement_in_the_opening_merges_with_its_section() -> None:
    text = ("Met deze brief informeer ik u over het einde van de inzet in Irak.\n\n"
            "Beëindiging inzet Irak\n\n"
            "De Nederlandse bijdrage aan de coalitie in Irak met een adviesteam van circa 25 militairen wordt per "
            "eind juni 2026 beëindigd.")
    check(text, {"countries": ["IQ"], "action": "end", "end": "2026-06", "personnel_max": 25})


# ---- what the letter does with it ---------------------------------------------------------------

@pytest.mark.parametrize(("text", "action"), [
    ("Nederland zal vanaf oktober 2026 twee mijnenjagers leveren aan de NAVO-vlootgroep in Estland.", "new"),
    ("Nederland stelt twee MQ-9's beschikbaar voor de NAVO-inzet vanuit Roemenië.", "new"),
    ("Nederland draagt met een compagnie bij aan de NAVO-brigade in Slowakije.", "new"),
    ("Het kabinet zet de bijdrage van stafofficieren aan EUFOR Althea voort tot eind 2028.", "extension"),
    ("De Nederlandse inzet van een verbindingsteam in Irak wordt verlengd.", "extension"),
    ("De Nederlandse bijdrage aan de missie in Mali komt per 1 juni 2026 ten einde.", "end"),
    ("Het kabinet heeft besloten de Nederlandse bijdrage aan KFOR in Kosovo niet te verlengen.", "end"),
    ("Het mandaat van de Nederlandse bijdrage aan KFOR in Kosovo loopt tot en met 31 december 2026.", "status"),
    ("Nederland levert sinds 2019 een bijdrage aan de MFO in de Sinaï.", "status"),
    ("Nederland blijft met stafofficieren bijdragen aan UNIFIL in Libanon.", "status"),
    # running until the mandate ends is its period, not an end
    ("Nederland levert vanaf oktober 2026 twee stafofficieren aan EU-operatie Aspides in Larissa, Griekenland. "
     "De bijdrage loopt tot het einde van het huidige mandaat in februari 2027.", "new"),
    ("Met het einde van de missie in Mali komt ook een einde aan de Nederlandse bijdrage.", "end"),
    # smaller, not ended
    ("De Nederlandse bijdrage aan EUMAM UA in Polen wordt per 1 april 2026 afgebouwd tot maximaal 40 militairen.",
     "change"),
    ("De Nederlandse bijdrage aan de missie in Mali wordt in 2026 afgebouwd.", "end"),
])
def test_actions(text: str, action: str) -> None:
    check(text, {"action": action})


# ---- the bar on invented letters -----------------------------------------------------------------

def test_invented_letters_meet_the_bar() -> None:
    """F1 >= 0.9 and `end` right for >= 0.9 of matched deployments, with the shared scorer's matching."""
    pairs = []
    for gold_file in sorted(LETTERS.glob("*.json")):
        gold = json.loads(gold_file.read_text(encoding="utf-8"))
        text = (LETTERS / gold["source"]).read_text(encoding="utf-8")
        pairs.append((gold, extract_text(gold["source"], text).to_json()))
    assert len(pairs) >= 3
    s = category_score("deployments", pairs)
    assert s["f1"] >= 0.9, "\n".join(s["details"])
    assert s["attributes"]["end"] >= 0.9, "\n".join(s["details"])


# ---- kinds the held-out letters of December 2026 showed (tests/data/heldout) ---------------------

@pytest.mark.parametrize("text, expected", [
    # a government letter's own deployment without an actor, ended on a date written with `jl.`
    ("De inzet van de NASAMS-vuureenheid in Slowakije is op 31 mei jl. beëindigd.",
     {"countries": ["SK"], "action": "end", "end": "2026-05-31"}),
    ("De inzet van twee MQ-9's vanuit Câmpia Turzii wordt verlengd tot en met 30 juni 2027.",
     {"countries": ["RO"], "action": "extension", "end": "2027-06-30"}),
    # a town the tables do not know, then its country
    ("Nederland zal vanaf juli 2026 een team van maximaal 30 instructeurs leveren op het trainingscentrum in "
     "Strausberg, Duitsland.", {"countries": ["DE"], "action": "new", "start": "2026-07", "personnel_max": 30}),
    ("De Nederlandse bijdrage aan het hoofdkwartier van de missie in Wiesbaden, Duitsland, met twaalf "
     "stafofficieren loopt tot en met 31 december 2026.", {"countries": ["DE"], "end": "2026-12-31"}),
    # an EU mission named after its country
    ("Nederland zal vanaf september 2026 een trainingsdetachement leveren aan EUTM Moldavië.",
     {"countries": ["MD"], "action": "new", "start": "2026-09"}),
    # an aim to continue is not an extension, and does not undo the end the mandate has
    ("De Nederlandse bijdrage aan de missie in Irak met tien militairen loopt tot en met 31 december 2026. Het "
     "kabinet zet in op voortzetting van deze bijdrage.", {"countries": ["IQ"], "action": "status",
                                                           "end": "2026-12-31"}),
    # others welcoming an extension decided before: the letter reports the mandate
    ("De verlenging van de Nederlandse bijdrage aan EUFOR Althea tot eind juni 2027 is door de Raad verwelkomd.",
     {"countries": ["BA"], "action": "status", "end": "2027-06"}),
    # a sentence that speaks with the deployment of a request: one deployment, its own end kept
    ("Het kabinet heeft besloten de inzet van de Patriot-vuureenheid in Polen te verlengen tot en met 31 december "
     "2027. Met deze verlenging voldoet Nederland aan het verzoek van SACEUR om de luchtverdediging ten minste "
     "tot en met 2027 te versterken.", {"countries": ["PL"], "action": "extension", "end": "2027-12-31"}),
])
def test_heldout_kinds(text: str, expected: dict) -> None:
    found = deployments.extract(segment("test", text), "2026-06-23")
    assert len(found) == 1, [fields(d) for d in found]
    got = fields(found[0])
    assert {k: got[k] for k in expected} == expected, got


@pytest.mark.parametrize("text, expected", [
    # a length from the start
    ("Op verzoek van de NAVO levert Nederland vanaf 1 september 2027 voor de duur van één jaar een detachement van "
     "ongeveer 40 militairen aan de multinationale brigade in Slowakije.",
     {"countries": ["SK"], "action": "new", "start": "2027-09-01", "end": "2028-08-31", "personnel_max": 40}),
    ("Het kabinet heeft besloten met maximaal 100 militairen bij te dragen aan de missie in Afghanistan, vanaf 1 "
     "januari 2015 voor een periode van een jaar.", {"countries": ["AF"], "start": "2015-01-01", "end": "2015-12-31"}),
    # an extension for a length, from the old end the paragraph gave
    ("Het mandaat van de Nederlandse bijdrage aan UNIFIL in Libanon loopt af op 30 juni 2027. Het kabinet heeft "
     "besloten de bijdrage voor een periode van een jaar te verlengen.",
     {"countries": ["LB"], "action": "extension", "end": "2028-06-30"}),
    # a quarter
    ("Het kabinet verlengt de bijdrage aan het logistieke knooppunt in Polen tot en met het eerste kwartaal van "
     "2028, met ongewijzigd maximaal 25 militairen.", {"countries": ["PL"], "action": "extension", "end": "2028-03"}),
    # a decision still to come is no extension: the mandate's end stands
    ("Het mandaat van de Nederlandse bijdrage aan de Forward Land Forces in Litouwen loopt af op 31 december 2027. "
     "Het kabinet bereidt een besluit over voortzetting voor.",
     {"countries": ["LT"], "action": "status", "end": "2027-12-31"}),
    ("De Nederlandse bijdrage aan eFP in Litouwen loopt tot en met 31 december 2027. Het kabinet zal voor de zomer "
     "een besluit nemen over verlenging.", {"countries": ["LT"], "action": "status", "end": "2027-12-31"}),
    # the mandate's end stated before the decision to end it names the deployment
    ("Het mandaat loopt af op 31 maart 2027. Het kabinet heeft daarom besloten de inzet van de MQ-9's vanuit Polen "
     "niet te verlengen.", {"countries": ["PL"], "action": "end", "end": "2027-03-31"}),
    # until the mission's own mandate ends, on the date given to that mandate
    ("De Raad besloot het mandaat van EU-operatie Aspides te verlengen tot 28 februari 2028. Nederland levert twee "
     "stafofficieren aan het hoofdkwartier in Larissa, Griekenland. Het kabinet heeft besloten deze bijdrage voort "
     "te zetten tot het einde van het nieuwe EU-mandaat.",
     {"countries": ["GR"], "action": "extension", "end": "2028-02-28", "personnel_max": 2}),
    ("De VN-Veiligheidsraad heeft het mandaat van de missie verlengd tot en met 31 augustus 2027. Nederland zet de "
     "bijdrage van drie stafofficieren aan UNIFIL in Libanon voort tot het einde van het mandaat.",
     {"countries": ["LB"], "action": "extension", "end": "2027-08-31"}),
    # a sum in apposition to the cost word, and a year before a sign that is the next sum's
    ("Nederland levert vier F-16's aan de Baltic Air Policing vanuit Polen. De kosten van deze bijdrage, circa "
     "€ 12 miljoen, komen ten laste van het BIV.", {"countries": ["PL"], "cost_eur": 12_000_000, "funding": "BIV"}),
    ("Nederland levert vier F-16's aan de Baltic Air Policing vanuit Polen. De kosten bedragen in 2027 € 4 miljoen.",
     {"countries": ["PL"], "cost_eur": 4_000_000}),
    ("Nederland levert vanaf 2027 een genie-detachement aan de brigade in Slowakije. De kosten komen ten laste van de "
     "reguliere defensiebegroting.", {"countries": ["SK"], "funding": "defensiebegroting"}),
    # a compound of the cost word
    ("Per 1 februari 2028 breidt Nederland de bijdrage in Litouwen uit van 35 naar ca. 70 marechaussees. De "
     "meerkosten van € 4,1 mln. komen ten laste van artikel 1 van de Defensiebegroting.",
     {"countries": ["LT"], "action": "change", "cost_eur": 4_100_000, "funding": "artikel 1"}),
])
def test_heldout_kinds_of_the_third_batch(text: str, expected: dict) -> None:
    check(text, expected)


@pytest.mark.parametrize("text", [
    "Het kabinet heeft drie besluiten genomen over de Nederlandse militaire inzet in Litouwen en Polen.",
    "Met deze brief informeert het kabinet u over de volgende besluiten over de inzet in Irak en Koeweit.",
    "Op 12 januari jl. heeft SACEUR Nederland verzocht bij te dragen aan de bescherming van de vliegbasis in "
    "Litouwen.",
    "Nederland is gevraagd een fregat te leveren aan de operatie in de Rode Zee.",
])
def test_an_overview_of_decisions_or_a_request_to_the_netherlands_deploys_nothing(text: str) -> None:
    assert run(text) == []


def test_a_summary_that_names_no_country_lends_its_start_to_the_section_of_that_name() -> None:
    text = ("Geachte voorzitter,\n\nEssentie\nHet kabinet heeft besloten vanaf 1 maart 2027 een NASAMS-vuureenheid "
            "in te zetten. De inzet van twee MQ-9 Reapers wordt beëindigd.\n\n1. NASAMS-vuureenheid in Litouwen\nDe "
            "vuureenheid komt van het Defensie Grondgebonden Luchtverdedigingscommando. Het detachement omvat "
            "maximaal 135 militairen. De inzet loopt tot 31 december 2027.\n\n2. Beëindiging van de MQ-9-inzet "
            "vanuit Polen\nHet mandaat loopt af op 31 maart 2027. Het kabinet heeft besloten de inzet niet te "
            "verlengen.\n")
    got = sorted((fields(d) for d in run(text)), key=lambda f: f["countries"])
    assert [(f["countries"], f["action"], f["start"], f["end"]) for f in got] == [
        (["LT"], "new", "2027-03-01", "2027-12-31"), (["PL"], "end", None, "2027-03-31")]


def test_the_total_of_the_cost_section_is_no_deployments_cost() -> None:
    text = ("1. Inzet in Polen\nNederland levert twee MQ-9's vanuit Polen. Het kabinet heeft besloten de inzet te "
            "beëindigen.\n\nFinanciën\nDe totale kosten van de besluiten bedragen € 16,8 miljoen, waarvan € 0,7 "
            "miljoen voor het terughalen van de MQ-9's.\n")
    [d] = run(text)
    assert d.cost_eur is None


@pytest.mark.parametrize("text, expected", [
    # ends said as not going on, or as rounded off
    ("Nederland levert een Patriot-eenheid in Polen. De inzet van de Patriot-eenheid in Polen loopt niet door na "
     "31 december 2027.", {"countries": ["PL"], "action": "end", "end": "2027-12-31"}),
    ("De inzet van de onderzeeboot Zr.Ms. Dolfijn vanuit de marinebasis in Noorwegen wordt per 1 mei 2027 afgerond.",
     {"countries": ["NO"], "action": "end", "end": "2027-05-01"}),
    # a date in figures, the end of a quarter
    ("Nederland levert van 1 september t/m 15-12-2027 een fregat aan de operatie in de Middellandse Zee vanuit "
     "Italië.", {"countries": ["IT"], "start": "2027-09-01", "end": "2027-12-15"}),
    ("Nederland stationeert vier F-35's in Slowakije. De inzet duurt tot eind Q1 2028.",
     {"countries": ["SK"], "end": "2028-03"}),
    # an end date in apposition, and a mission's mandate named in one clause and dated in a later one
    ("Nederland stelt sinds april 2027 een NH90-helikopter beschikbaar aan EUFOR Althea in Bosnië-Herzegovina. Het "
     "detachement wordt per 1 december 2027 uitgebreid met een tweede helikopter. De einddatum van de bijdrage, 30 "
     "juni 2028, verandert niet.", {"countries": ["BA"], "action": "change", "end": "2028-06-30"}),
    # smaller, in line with the winding down of something else: a change
    ("Nederland levert stafofficieren aan ISAF in Afghanistan. Het aantal Nederlandse stafofficieren op de "
     "ISAF-hoofdkwartieren wordt teruggebracht van 60 naar 45, in lijn met de afbouw van de hoofdkwartieren zelf.",
     {"countries": ["AF"], "action": "change", "personnel_max": 45}),
    ("Het kabinet heeft besloten tot de afbouw van de Nederlandse bijdrage aan de missie in Irak.",
     {"countries": ["IQ"], "action": "end"}),
])
def test_heldout_kinds_of_the_fourth_batch(text: str, expected: dict) -> None:
    check(text, expected)


@pytest.mark.parametrize("text", [
    "Op verzoek van de operatiecommandant voegt Nederland het M-fregat Zr.Ms. Van Amstel vanuit Italië aan de "
    "operatie toe.",
    "Nederland stationeert daartoe vier F-35's op de vliegbasis Sliač in Slowakije.",
    "Vanaf september neemt het fregat Zr.Ms. Tromp vanuit Italië deel aan EU-operatie Irini.",
    # `zet … in` (inzetten, separable): the units stand between the verb and its particle
    "Ter ondersteuning van de missie zet Nederland vier F-16-jachtvliegtuigen in vanaf Mazar-e-Sharif in "
    "Afghanistan.",
    "Defensie zet vanaf 1 maart een Patriot-eenheid in Polen in.",
])
def test_a_present_tense_announcement_with_a_separable_or_stationing_verb_is_new(text: str) -> None:
    assert [d.action for d in run(text)] == ["new"]


@pytest.mark.parametrize("text", [
    # (`zet in op` aims at, `zet zich in voor` commits to, `zet … in de Raad` is a preposition: no deployment act)
    "Het kabinet zet in op versterking van de luchtverdediging in Polen.",
    "Nederland zet zich in voor een snelle inzet van de eenheid in Polen.",
    "Nederland zet de komende jaren in op meer luchtverdediging voor de eenheid in Polen.",
])
def test_setting_in_on_an_aim_is_no_announcement(text: str) -> None:
    assert "new" not in [d.action for d in run(text)]


@pytest.mark.parametrize("text, countries", [
    # a ship of the Dutch navy is a Dutch deployment; a base or waters named by the country's adjective are where
    ("Op verzoek van de operatiecommandant voegt Nederland het M-fregat Zr.Ms. Van Amstel aan de operatie toe. Het "
     "schip opereert vanuit de Italiaanse marinebasis Augusta op Sicilië.", ["IT"]),
    ("De inzet van de onderzeeboot Zr.Ms. Dolfijn vanuit de Noorse marinebasis Haakonsvern wordt per 1 mei 2027 "
     "afgerond.", ["NO"]),
])
def test_a_dutch_ship_at_a_base_named_by_its_countrys_adjective(text: str, countries: list[str]) -> None:
    assert [d.countries for d in run(text)] == [countries]


def test_a_cost_table_gives_each_deployment_named_in_its_first_cell_its_sum_and_funding() -> None:
    text = ("Geachte voorzitter,\n\n1. Fregat in de Middellandse Zee\nNederland levert van 1 september t/m 15-12-2027 "
            "het fregat Zr.Ms. Van Amstel aan EU-operatie Irini vanuit de Italiaanse marinebasis Augusta.\n\n"
            "2. Tankvliegtuig in Roemenië\nVan begin juni tot eind augustus 2027 stationeert Nederland een "
            "tankvliegtuig op de vliegbasis Mihail Kogălniceanu in Roemenië.\n\n"
            "Financiële paragraaf\nDe kosten van de inzet zijn in de tabel samengevat.\n\n"
            "Inzet                          Periode                     Raming            Dekking\n"
            "Zr.Ms. Van Amstel (Irini)      1-9-2027 t/m 15-12-2027     € 11,6 mln.       BIV\n"
            "Tankvliegtuig Roemenië         juni t/m augustus 2027      € 2,1 mln.        artikel 1\n"
            "Totaal                                                     € 13,7 mln.\n")
    got = sorted((fields(d) for d in run(text)), key=lambda f: f["countries"])
    assert [(f["countries"], f["cost_eur"], f["funding"]) for f in got] == [
        (["IT"], 11_600_000, "BIV"), (["RO"], 2_100_000, "artikel 1")]


def test_a_countrys_adjective_before_other_nouns_is_no_place() -> None:
    text = "Nederland levert een fregat aan de operatie. De Italiaanse minister van Defensie verwelkomde dit besluit."
    assert [d.countries for d in run(text)] == []


def test_a_missions_mandate_named_in_one_clause_and_dated_in_a_later_one_ends_what_runs_until_it() -> None:
    text = ("Geachte voorzitter,\n\nHierbij informeer ik u over de inzet van de marine in 2014 en de jaren daarna, "
            "zoals uw Kamer heeft gevraagd in het debat over de missies.\n\nVoortzetting bijdrage aan Atalanta\n"
            "Het mandaat van de EU-operatie Atalanta, die voor de kust van Somalië piraterij bestrijdt, loopt tot en "
            "met 12 december 2014. Nederland levert sinds januari jl. het transportschip Zr.Ms. Rotterdam als "
            "vlaggenschip van de EU-taakgroep. Het kabinet heeft besloten de bijdrage voort te zetten tot en met het "
            "einde van het lopende mandaat van de operatie.\n")
    [d] = run(text)
    assert (d.countries, d.action, d.end) == (["SO"], "extension", "2014-12-12")


def test_a_date_with_jl_before_the_letter_date_in_its_month_is_of_the_year_before() -> None:
    [d] = deployments.extract(segment("t", "De inzet van de NASAMS-vuureenheid in Slowakije is op 31 december "
                                            "jl. beëindigd."), "2027-01-10")
    assert d.end == "2026-12-31"
    [d] = deployments.extract(segment("t", "De inzet van de NASAMS-vuureenheid in Slowakije is op 31 december "
                                            "jl. beëindigd."))
    assert d.end is None                       # without the letter's date the year is unknown: nothing guessed


@pytest.mark.parametrize(("letter_date", "end"), [("2026-11-13", "2027-07-01"), ("2026-03-02", "2026-07-01"),
                                                ("2026-07-01", "2026-07-01")])
def test_a_date_with_as_is_the_next_one_on_or_after_the_letter_date(letter_date: str, end: str) -> None:
    text = "Het kabinet verlengt de Nederlandse bijdrage van maximaal zes militairen aan UNIFIL tot 1 juli a.s."
    [d] = deployments.extract(segment("t", text), letter_date)
    assert (d.action, d.end) == ("extension", end)
    [d] = deployments.extract(segment("t", text))
    assert d.end is None


@pytest.mark.parametrize("text, expected", [
    # the commitment names no place, the next sentence says with what and where (in the passive)
    ("Op verzoek van SACEUR levert Nederland in 2027 een bijdrage aan de versterkte luchtverdediging van het "
     "verdragsgebied. Vanaf februari 2027 worden vier F-35-jachtvliegtuigen gestationeerd op de vliegbasis Graf "
     "Ignatievo in Bulgarije. Het detachement telt maximaal honderdtwintig militairen.",
     {"countries": ["BG"], "action": "new", "start": "2027-02", "personnel_max": 120}),
    ("Het kabinet heeft besloten een bijdrage te leveren aan de NAVO-luchtverdediging. Twee Patriot-eenheden "
     "worden vanaf 1 maart 2027 in Polen gestationeerd.", {"countries": ["PL"], "action": "new",
                                                          "start": "2027-03-01"}),
])
def test_the_next_sentence_anchors_a_contribution_that_names_no_place(text: str, expected: dict) -> None:
    check(text, expected)


@pytest.mark.parametrize("text", [
    # the next sentence is no deployment of people or assets, or the Netherlands is not who sends them
    "Nederland levert in 2027 een bijdrage aan de NAVO-begroting. Die wordt besproken in Brussel, België.",
    "Nederland levert een bijdrage aan de luchtverdediging. Duitsland stationeert twee Patriot-eenheden in Polen "
    "en Nederland volgt dat.",
])
def test_no_anchor_from_a_next_sentence_that_deploys_nothing_dutch(text: str) -> None:
    assert run(text) == []


_THREE = ("Het kabinet verlengt de Nederlandse bijdrage van maximaal twaalf militairen aan UNMISS in Zuid-Soedan "
          "tot eind 2027.\n\nNederland draagt met maximaal zes instructeurs bij aan EUTM-S in Mogadishu.\n\n"
          "Vanaf februari 2027 stuurt Nederland vier F-35's naar de vliegbasis Graf Ignatievo in Bulgarije.\n\n")


@pytest.mark.parametrize("costs, expected", [
    # named by mission, by acronym, by a key written as an acronym, by country; `gaat het om`; `Beide bedragen`
    ("De uitgaven voor de bijdrage aan UNMISS worden geraamd op circa 4 miljoen euro. Voor EUTM-S gaat het om "
     "EUR 1.150.000. Beide bedragen komen ten laste van het Budget Internationale Veiligheid (BIV). De kosten "
     "van de F-35-inzet in Bulgarije, geraamd op € 12,5 mln., worden gedekt uit artikel 1 van de "
     "Defensiebegroting.",
     [(4_000_000, "BIV"), (1_150_000, "BIV"), (12_500_000, "artikel 1")]),
    ("Voor de inzet in Bulgarije bedragen de kosten € 12,5 miljoen. De uitgaven voor UNMISS worden geraamd op "
     "€ 4 miljoen en komen ten laste van het BIV.",
     [(4_000_000, "BIV"), (None, None), (12_500_000, None)]),
])
def test_costs_and_funding_of_the_cost_section_go_to_the_deployment_each_names(costs: str, expected: list) -> None:
    found = run(_THREE + "Financiën\n" + costs + "\n")
    assert [(d.countries[0], d.cost_eur, d.funding) for d in found] == \
        [(c, *e) for c, e in zip(("SS", "SO", "BG"), expected, strict=True)]


def test_a_sum_in_the_cost_section_that_is_no_cost_of_a_deployment_goes_to_none() -> None:
    costs = ("Met deze inzet levert Nederland een bijdrage aan de stabiliteit in de regio, naast de humanitaire hulp "
             "van EUR 28 miljoen aan Zuid-Soedan.")
    assert [d.cost_eur for d in run(_THREE + "Financiën\n" + costs + "\n")] == [None, None, None]


def test_a_web_pages_summary_above_the_letter_deploys_nothing() -> None:
    text = ("Kamerbrief over voortzetting van missies\nHet kabinet zet in 2027 de bijdragen aan UNMISS en EUTM "
            "Somalië voort en stuurt vanaf februari 2027 F-35's naar Bulgarije.\n\nAan de Voorzitter van de Tweede "
            "Kamer der Staten-Generaal\nDatum 13 november 2026\nBetreft Voortzetting bijdragen\n\n" + _THREE)
    found = run(text)
    assert (found[0].countries, found[0].unit) == (["SS"], "twaalf militairen")
    assert [d.countries for d in found] == [["SS"], ["SO"], ["BG"]]


def test_generic_words_of_full_mission_names_do_not_make_two_missions_one() -> None:
    opening = ("Het kabinet informeert uw Kamer over de voortzetting van de bijdrage aan de United Nations Mission in "
               "the Republic of South Sudan (UNMISS), de voortzetting van de bijdrage aan de European Union Training "
               "Mission Somalia (EUTM-S) en een nieuwe bijdrage aan de NAVO-luchtverdediging vanuit Bulgarije.\n\n")
    found = run(opening + _THREE)
    assert [d.countries[0] for d in found] == ["SS", "SO", "BG"]
    assert "SO" not in found[0].countries


def test_a_reason_clause_names_no_place_of_the_deployment() -> None:
    text = ("Sinds 2023 traint Nederland binnen EUMAM UA Oekraïense militairen op een trainingscentrum in Polen. "
            "Omdat een groter deel van de opleidingen inmiddels in Oekraïne zelf plaatsvindt, wordt de bijdrage per "
            "1 april 2026 afgebouwd tot maximaal 40 militairen.")
    check(text, {"countries": ["PL"], "action": "change", "start": "2026-04-01", "personnel_max": 40})


def test_decisions_listed_in_one_sentence_are_read_apart() -> None:
    text = ("Het kabinet informeert uw Kamer over de verlenging van de bijdrage aan de EU-missie in Mozambique en de "
            "uitbreiding van de bijdrage aan de NAVO Forward Land Forces (FLF) in Finland.\n\n"
            "Op verzoek van de NAVO breidt het kabinet de bijdrage aan de FLF in Finland per 1 mei 2026 uit tot "
            "maximaal 90 militairen. Het mandaat loopt tot en met 31 december 2027.\n")
    fi = [fields(d) for d in run(text) if d.countries == ["FI"]]
    assert [(f["action"], f["end"], f["personnel_max"]) for f in fi] == [("change", "2027-12-31", 90)]


@pytest.mark.parametrize("text, funding", [
    ("De kosten komen ten laste van de Defensiebegroting (artikel 1, Inzet) en niet van het BIV.", "artikel 1"),
    ("De kosten worden gedekt uit de begroting van Defensie (art. 1).", "artikel 1"),
])
def test_the_article_in_brackets_after_the_source_is_the_funding(text: str, funding: str) -> None:
    assert deployments.read_funding(text) == funding


def test_a_year_before_the_unit_is_no_count_of_it() -> None:
    assert deployments.read_personnel("Nederland leverde sinds 2021 stafofficieren aan de CMF in Bahrein.")[0] is None
    assert deployments.read_personnel("Nederland levert 120 stafofficieren.")[0] == 120


def test_two_contributions_of_one_paragraph_share_what_both_are_said_to_have() -> None:
    text = ("Nederland zal vanaf september 2026 een trainingsdetachement leveren aan EUTM Moldavië in Chisinau. In "
            "totaal gaat het om maximaal 120 militairen. Daarnaast stelt Nederland per 1 oktober 2026 een logistieke "
            "cel beschikbaar op het hoofdkwartier in Boekarest, Roemenië; deze cel bestaat uit vier stafofficieren. "
            "Beide bijdragen lopen tot en met 31 december 2027. Beide bijdragen worden gefinancierd uit het BIV.")
    got = {d.countries[0]: fields(d) for d in run(text)}
    assert set(got) == {"MD", "RO"}
    assert (got["MD"]["start"], got["MD"]["personnel_max"]) == ("2026-09", 120)
    assert (got["RO"]["start"], got["RO"]["personnel_max"]) == ("2026-10-01", 4)
    assert got["MD"]["end"] == got["RO"]["end"] == "2027-12-31"
    assert got["MD"]["funding"] == got["RO"]["funding"] == "BIV"


def test_two_detailed_deployments_of_one_section_stay_two_and_funding_for_both_reaches_both() -> None:
    text = ("2. Roemenië\n\n"
            "De Nederlandse bijdrage aan de battlegroup in Roemenië wordt uitgebreid van 80 naar maximaal 125 "
            "militairen. Nederland levert vanaf september 2026 ook een luchtverdedigingspeloton.\n\n"
            "De inzet van twee MQ-9's vanuit de luchtmachtbasis Câmpia Turzii wordt verlengd tot en met 30 juni "
            "2027. Beide inzetten in Roemenië worden gefinancierd uit het Budget Internationale Veiligheid.")
    got = sorted((d.action, d.end, d.personnel_max, d.funding) for d in run(text))
    assert got == [("change", None, 125, "BIV"), ("extension", "2027-06-30", None, "BIV")]


def test_the_openings_announcement_under_another_name_is_the_sections_deployment() -> None:
    text = ("Tevens informeert het kabinet uw Kamer over een nieuwe bijdrage aan NATO Air Policing in Estland.\n\n"
            "3. Estland\n\n"
            "Op verzoek van de NAVO zal Nederland vanaf januari 2027 vier F-35-jachtvliegtuigen leveren vanuit de "
            "luchtmachtbasis Ämari in Estland. De inzet duurt tot en met april 2027.")
    [d] = run(text)
    assert (d.countries, d.action, d.start, d.end) == (["EE"], "new", "2027-01", "2027-04")


@pytest.mark.parametrize("text", [
    "Conform de motie worden daarin ook de gevolgen voor de gereedheid van de eenheden in Nederland beschreven.",
    "Nederland zet de inzet van eenheden in Nederland voort ter ondersteuning van de politie.",
])
def test_the_netherlands_by_name_is_not_where_a_deployment_is(text: str) -> None:
    assert run(text) == []


def test_costs_stated_in_the_cost_section_reach_the_unit_they_name() -> None:
    text = ("Geachte voorzitter,\n\nNederlandse bijdrage\n\n"
            "Nederland zal vanaf september 2026 een trainingsdetachement leveren aan EUTM Moldavië. Daarnaast stelt "
            "Nederland per 1 oktober 2026 een coördinatiecel beschikbaar in Boekarest, Roemenië.\n\n"
            "Financiën\n\n"
            "De kosten van het trainingsdetachement worden geraamd op € 12,8 miljoen. De kosten van de "
            "coördinatiecel in Boekarest bedragen naar verwachting € 1,1 miljoen. De kosten van de inzet worden "
            "gedekt uit het BIV.\n")
    got = {d.countries[0]: d.cost_eur for d in run(text)}
    assert got == {"MD": 12_800_000, "RO": 1_100_000}


def test_the_security_councils_mandate_of_the_mission_is_not_the_dutch_end() -> None:
    text = ("Nederland levert sinds 2019 drie stafofficieren aan het hoofdkwartier van UNIFIL in Naqoura, Libanon. De "
            "VN-Veiligheidsraad heeft het mandaat van UNIFIL in augustus jl. voor een laatste keer verlengd tot en met "
            "31 december 2026. De Nederlandse bijdrage wordt per 1 december 2026 beëindigd.")
    [d] = deployments.extract(segment("t", text), "2026-10-14")
    assert (d.countries, d.action, d.end) == (["LB"], "end", "2026-12-01")


@pytest.mark.parametrize("text", [
    "De inzet van de Duitse brigade in Litouwen wordt verlengd tot en met 31 december 2027.",
    "De bijdrage van Polen aan de battlegroup in Roemenië loopt tot en met juni 2027.",
])
def test_an_opening_without_actor_that_names_another_country_is_not_ours(text: str) -> None:
    assert run(text) == []


def _dated(text: str, letter_date: str | None) -> list[dict]:
    return [fields(d) for d in deployments.extract(segment("t", text), letter_date)]


@pytest.mark.parametrize("text, expected", [
    # a day and month without a year that a deployment runs from or to: the next such day after the letter's date
    ("Nederland levert twee stafofficieren aan het United Nations Command (UNC) in Zuid-Korea. Op verzoek van het "
     "commando wordt de bijdrage per 1 september uitgebreid naar maximaal vier stafofficieren, t/m 31 december.",
     {"countries": ["KR"], "action": "change", "start": "2027-09-01", "end": "2027-12-31", "personnel_max": 4}),
    ("Het kabinet verlengt de bijdrage aan EUFOR Althea in Bosnië-Herzegovina tot 1 maart.",
     {"action": "extension", "end": "2028-03-01"}),
    # a return home ends the deployment on its day, when the letter states no other end
    ("De drie Nederlandse stafofficieren van UNIFIL in het hoofdkwartier in Naqoura, Libanon, keren per 1 juli terug. "
     "Daarmee wordt de Nederlandse bijdrage aan UNIFIL beëindigd.",
     {"countries": ["LB"], "action": "end", "end": "2027-07-01", "personnel_max": 3}),
    ("Zr.Ms. Evertsen, die sinds augustus deel uitmaakt van operatie Atalanta voor de kust van Somalië, keert op "
     "15 december a.s. terug in Den Helder; haar inzet bij Atalanta eindigt daarmee.",
     {"countries": ["SO"], "action": "end", "end": "2027-12-15"}),
    ("De Nederlandse Patriot-eenheid blijft tot 31 december 2027 in Polen. De inzet "
     "loopt niet door; de ca. 140 militairen keren in januari 2028 terug naar Nederland.",
     {"countries": ["PL"], "action": "end", "end": "2027-12-31"}),
    # to the end of the year, said without the year
    ("Op verzoek van de VN levert Nederland vanaf medio 2027 een detachement van ca. 40 militairen aan MINUSCA in de "
     "Centraal-Afrikaanse Republiek. Het detachement blijft tot het einde van het jaar.",
     {"countries": ["CF"], "action": "new", "start": "2027", "end": "2027", "personnel_max": 40}),
    ("Nederland stationeert vier F-35's in Slowakije tot eind volgend jaar.", {"countries": ["SK"], "end": "2028"}),
    # what runs now (`thans`), and the Security Council extending the mission's own mandate: a status
    ("Nederland levert thans acht militairen aan UNMISS in Zuid-Soedan. Het mandaat van de Nederlandse bijdrage loopt "
     "ongewijzigd tot en met december 2027. De Veiligheidsraad verlengde het mandaat van de missie zelf op 29 april "
     "jl. tot 30 april 2028.", {"countries": ["SS"], "action": "status", "end": "2027-12", "personnel_max": 8}),
])
def test_heldout_kinds_of_the_fifth_batch(text: str, expected: dict) -> None:
    [got] = _dated(text, "2027-05-20")
    assert {k: got[k] for k in expected} == expected, got


@pytest.mark.parametrize("text, expected", [
    # a fact before the semicolon, a hypothesis after it: the fact stands
    ("Het mandaat van de Nederlandse bijdrage aan EUFOR Althea in Bosnië en Herzegovina loopt tot en met 31 "
     "december 2028; het kabinet informeert uw Kamer vóór de zomer over een eventuele voortzetting.",
     {"countries": ["BA"], "action": "status", "end": "2028-12-31"}),
    # a NATO headquarters' town is where its staff officers are
    ("Het mandaat van de Nederlandse bijdrage van maximaal twintig stafofficieren aan het hoofdkwartier van NSATU in "
     "Wiesbaden loopt op 30 september 2027 af. Het kabinet heeft besloten die bijdrage met twaalf maanden te "
     "verlengen.", {"countries": ["DE"], "action": "extension", "end": "2028-09-30", "personnel_max": 20}),
])
def test_a_hypothesis_after_a_semicolon_and_a_headquarters_town(text: str, expected: dict) -> None:
    [got] = _dated(text, "2027-05-20")
    assert {k: got[k] for k in expected} == expected, got


def test_the_year_of_a_date_before_the_unit_is_no_count_of_it() -> None:
    [got] = _dated("Nederland levert vanaf 1 januari 2028 stafofficieren aan CTF Baltic in Rostock.", "2027-05-20")
    assert (got["countries"], got["start"], got["personnel_max"]) == (["DE"], "2028-01-01", None)
    [d] = deployments.extract(segment("t", "Nederland levert vanaf 1 januari 2028 stafofficieren aan CTF Baltic in "
                                           "Rostock."), "2027-05-20")
    assert d.unit == "stafofficieren"


@pytest.mark.parametrize("text", [
    "Het mandaat van de Nederlandse bijdrage aan EUFOR Althea in Bosnië loopt af; een eventuele voortzetting "
    "van de bijdrage met een helikopter in Bosnië wordt verkend.",
    "Defensie leverde met ruim 10.000 militairen een grote bijdrage aan de beveiliging van de top. De volgende top "
    "vindt in 2026 in Turkije plaats.",
])
def test_a_hypothesis_or_the_next_meetings_venue_deploys_nothing_there(text: str) -> None:
    got = _dated(text, "2027-05-20")
    assert not [d for d in got if d["action"] != "status" or "TR" in d["countries"]], got


def test_a_date_without_its_year_and_without_the_letters_date_stays_unknown() -> None:
    [got] = _dated("Het kabinet verlengt de bijdrage aan EUFOR Althea in Bosnië-Herzegovina tot 1 maart.", None)
    assert got["end"] is None
    [got] = _dated("Nederland stationeert vier F-35's in Slowakije tot het einde van het jaar.", None)
    assert got["end"] is None


def test_a_ship_in_an_allied_formation_named_by_the_heading_with_its_costs_in_a_paragraph_of_their_own() -> None:
    """The opening announces the operation, its section (headed by its name) says which ship serves in an allied
    formation (`waarvan Hr.Ms. … deel uitmaakt`), goes on by what it is (`Het … fregat`, `De bemanning`) and gives
    the costs in a paragraph of their own, from the HGIS by its full name."""
    text = ("Hierbij informeer ik uw Kamer over het besluit een bijdrage te leveren aan de NAVO-operatie "
            "Allied Provider voor de kust van Somalië.\n\nAllied Provider\nDe Standing NATO Maritime Group 2 "
            "(SNMG2), waarvan Hr.Ms. De Zeven Provinciën deel uitmaakt, voert de taak uit. Het "
            "luchtverdedigings- en commandofregat escorteert vanaf 24 oktober tot medio december 2008 de "
            "WFP-schepen naar de havens van Mogadishu en Berbera en wordt bevoorraad in Djibouti. De bemanning "
            "telt circa 220 militairen.\n\nDe additionele kosten van de inzet worden geraamd op € 1,9 miljoen "
            "en worden gefinancierd uit de middelen voor crisisbeheersingsoperaties van de Homogene Groep "
            "Internationale Samenwerking.\n")
    [got] = _dated(text, "2008-10-10")
    assert got == {"countries": ["SO", "DJ"], "action": "new", "start": "2008-10-24", "end": "2008-12",
                   "personnel_max": 220, "cost_eur": 1900000, "funding": "HGIS"}


@pytest.mark.parametrize("text", [
    # the allied formation acts alone: no Dutch unit in it
    "De Standing NATO Maritime Group 2 (SNMG2) voert de taak uit. Het fregat escorteert de schepen naar Mogadishu.",
    # a ship of another navy, then by what it is
    "De Duitse marine levert een fregat aan de taakgroep. Het fregat escorteert de schepen naar Mogadishu.",
])
def test_a_formation_or_a_ship_without_a_dutch_unit_deploys_nothing(text: str) -> None:
    assert _dated(text, "2008-10-10") == []


def test_a_later_paragraphs_total_is_no_cost_of_the_sections_deployment() -> None:
    text = ("EUFOR Tchad/RCA\nNederland levert een eenheid van het Korps Mariniers aan EUFOR Tchad/RCA vanuit Abéché. "
            "De bijdrage wordt per 15 november a.s. beëindigd.\n\nDe totale kosten van de inzet bedroegen circa € 16 "
            "mln.\n")
    [got] = _dated(text, "2008-10-10")
    assert (got["countries"], got["action"], got["end"], got["cost_eur"]) == (["TD", "CF"], "end", "2008-11-15", None)


@pytest.mark.parametrize("text, expected", [
    # the contribution just named (`De huidige bijdrage`), its observers counted, extended for a period
    ("1.1 UNTSO\nNederland levert sinds 1956 militaire waarnemers aan de United Nations Truce Supervision Organization "
     "(UNTSO). De huidige bijdrage van maximaal twaalf waarnemers, die in Libanon en Syrië zijn gestationeerd, loopt "
     "tot 1 januari 2028. Het kabinet heeft besloten de bijdrage ongewijzigd voort te zetten voor de periode "
     "2028–2029.\n", {"countries": ["IL", "LB", "SY"], "action": "extension", "start": "2028", "end": "2029",
                      "personnel_max": 12}),
    # an end known before, reported (`zoals bekend`): its mandate, with the date before the verb
    ("Ik heb de ministers geïnformeerd over de Nederlandse inzet in Uruzgan, Afghanistan, die, zoals bekend, op 1 "
     "augustus 2027 eindigt.", {"countries": ["AF"], "action": "status", "end": "2027-08-01"}),
    # (decided in words of ending, it ends now)
    ("Zoals aangekondigd wordt de Nederlandse bijdrage aan EUFOR Tchad/RCA per 15 november a.s. beëindigd.",
     {"action": "end", "end": "2027-11-15"}),
    # smaller: `teruggebracht tot`
    ("Per 1 maart 2010 wordt de Nederlandse bijdrage aan EUFOR Althea teruggebracht tot vijf stafofficieren in het "
     "hoofdkwartier in Sarajevo.", {"countries": ["BA"], "action": "change", "start": "2010-03-01",
                                    "personnel_max": 5}),
])
def test_observers_a_reported_end_and_a_reduction(text: str, expected: dict) -> None:
    [got] = _dated(text, "2027-05-20")
    assert {k: got[k] for k in expected} == expected, got


def test_funding_given_for_the_deployments_of_numbered_sections() -> None:
    text = ("Met deze voortgangsrapportage informeer ik uw Kamer over de Nederlandse bijdragen aan de VN.\n\n"
            "1.1 UNTSO\nHet kabinet heeft besloten de Nederlandse bijdrage van twaalf waarnemers aan UNTSO in "
            "Libanon voort te zetten tot en met 2029.\n\n1.2 UNIFIL\nNederland levert drie stafofficieren aan "
            "UNIFIL in Libanon tot 1 juli 2028.\n\n2.1 MINUSCA\nNederland levert vanaf medio 2027 een "
            "detachement van 40 militairen aan MINUSCA in de Centraal-Afrikaanse Republiek.\n\n3. Financiën\n"
            "De kosten van de bijdragen onder 1.1 en 2.1 komen ten laste van het Budget Internationale "
            "Veiligheid (BIV).\n")
    got = {d["countries"][0] + str(d["personnel_max"]): d["funding"] for d in _dated(text, "2027-05-20")}
    assert got == {"IL12": "BIV", "LB3": None, "CF40": "BIV"}


def test_a_sentence_that_goes_on_about_the_unit_keeps_its_name_and_gives_it_its_crew() -> None:
    """`Het toestel …` goes on about the tanker just named: a Dutch fighter named in passing there is no second
    deployment in that country, nor the tanker's unit."""
    text = ("4. Tankvliegtuig in Roemenië\nVan begin juni tot eind augustus 2027 stationeert Nederland een A330 Multi "
            "Role Tanker Transport (MRTT) op de vliegbasis Mihail Kogălniceanu in Roemenië. Het toestel tankt "
            "jachtvliegtuigen bij die boven de Zwarte Zee patrouilleren, ook de Nederlandse F-35's uit Slowakije. "
            "Bemanning en onderhoudspersoneel tellen samen ca. 25 militairen.\n")
    [got] = deployments.extract(segment("t", text), "2027-05-20")
    assert (got.countries, got.action, got.personnel_max) == (["RO"], "new", 25)
    assert got.unit is None or "F-35" not in got.unit


@pytest.mark.parametrize("text, funding", [
    ("De inzet boven Slowakije wordt gedekt uit artikel 1 van de Defensiebegroting; de overige kosten komen ten laste "
     "van het Budget Internationale Veiligheid (BIV).", "artikel 1"),
    ("De inzet wordt gefinancierd uit de Defensiebegroting, de andere bijdragen uit het BIV.", "Defensiebegroting"),
    ("De overige kosten komen ten laste van het BIV.", "BIV"),
    ("De kosten komen ten laste van het BIV.", "BIV"),
])
def test_the_funding_of_the_others_is_not_this_ones(text: str, funding: str) -> None:
    assert deployments.read_funding(text) == funding


def test_a_cost_table_read_as_one_sentence_funds_each_row_by_its_own_cell() -> None:
    text = ("1. F-35's boven Slowakije\nNederland stationeert vier F-35's op de vliegbasis Sliač in Slowakije tot "
            "eind Q1 2028.\n\n2. Tankvliegtuig in Roemenië\nNederland stationeert een MRTT-tankvliegtuig op de "
            "vliegbasis Mihail Kogălniceanu in Roemenië tot eind augustus 2027.\n\n3. Financiële paragraaf\n"
            "Inzet                   Raming            Dekking\n"
            "F-35 QRA Slowakije      EUR 12.500.000    artikel 1\n"
            "MRTT Roemenië           € 2,1 mln.        BIV\n")
    got = {tuple(d["countries"]): d["funding"] for d in _dated(text, "2027-05-20")}
    assert got == {("SK",): "artikel 1", ("RO",): "BIV"}


def test_marechaussees_are_dutch_people_deployed() -> None:
    text = ("3. EUCAP Somalia: afronding\nDe twee marechaussees die bij EUCAP Somalia in Mogadishu de Somalische "
            "kustwacht adviseren, keren op 1 maart 2028 terug. Hun bijdrage wordt afgerond.\n")
    [got] = _dated(text, "2027-11-20")
    assert got == {"countries": ["SO"], "action": "end", "start": None, "end": "2028-03-01", "personnel_max": 2,
                   "cost_eur": None, "funding": None}
    assert _dated("De marechaussees bewaken de grenzen met België en Duitsland en de luchthaven Schiphol.",
                  "2027-11-20") == []


@pytest.mark.parametrize("text, expected", [
    # a port of call named as a place (`Souda Bay op Kreta`), a mission named by its short form (`EUMA`)
    ("Zr.Ms. Tromp zal van medio januari tot en met eind juni 2029 deel uitmaken van SNMG2. Voor bevoorrading maakt "
     "het schip gebruik van de NAVO-faciliteiten in Souda Bay op Kreta.", {"countries": ["GR"], "end": "2029-06"}),
    ("De Nederlandse bijdrage aan EUMA, twee functionarissen van de Koninklijke Marechaussee, loopt ongewijzigd tot "
     "februari 2029.", {"countries": ["AM"], "action": "status", "end": "2029-02"}),
    # what goes on as it is: `loopt door` reports the mandate
    ("De Nederlandse bijdrage met vier F-35's vanuit Polen aan de NAVO-activiteit Eastern Sentry loopt door.",
     {"countries": ["PL"], "action": "status"}),
])
def test_ports_missions_and_what_goes_on(text: str, expected: dict) -> None:
    [got] = _dated(text, "2028-09-01")
    assert {k: got[k] for k in expected} == expected, got


@pytest.mark.parametrize("text, end", [
    # an extension by a length of an end the letter's date gives its year: added once dated (no crash, no 10000)
    ("De Nederlandse bijdrage aan EUFOR Althea in Bosnië loopt tot het einde van het jaar. Het kabinet verlengt de "
     "bijdrage met een jaar.", "2028"),
    ("De Nederlandse bijdrage aan EUFOR Althea in Bosnië loopt tot het einde van volgend jaar. Het kabinet verlengt "
     "de bijdrage met een jaar.", "2029"),
    ("De Nederlandse bijdrage aan EUFOR Althea in Bosnië loopt tot 1 juli. Het kabinet verlengt de bijdrage met een "
     "jaar.", "2028-07-01"),
])
def test_an_extension_by_a_length_of_an_end_dated_by_the_letter(text: str, end: str) -> None:
    [got] = _dated(text, "2027-05-20")
    assert (got["action"], got["end"]) == ("extension", end)


@pytest.mark.parametrize("text, action", [
    # what goes on as it is, then described in the present tense: still the mandate reported
    ("De Nederlandse bijdrage aan de NAVO-activiteit Eastern Sentry loopt door. Nederland stelt vanuit Polen twee "
     "F-35's beschikbaar voor de bewaking van het luchtruim, tot en met het eerste kwartaal van 2029.", "status"),
    ("De bijdrage aan UNIFIL loopt gewoon door. Nederland levert twee stafofficieren aan het hoofdkwartier in "
     "Naqoura, Libanon.", "status"),
    # but a plain future after it announces more, and the present alone announces
    ("De bijdrage aan UNIFIL loopt gewoon door. Nederland zal twee stafofficieren leveren aan het hoofdkwartier in "
     "Naqoura, Libanon.", "new"),
    ("Nederland stelt vanuit Polen twee F-35's beschikbaar voor de bewaking van het luchtruim, tot en met het eerste "
     "kwartaal van 2029.", "new"),
])
def test_the_present_after_goes_on_describes_what_runs(text: str, action: str) -> None:
    [got] = _dated(text, "2028-09-01")
    assert got["action"] == action, got


@pytest.mark.parametrize("text, action", [
    # the verb of others (`de landen die troepen leveren aan ISAF`, in the opening) announces nothing of the
    # Netherlands
    ("Op de tweede dag sloten de ministers van de landen die troepen leveren aan de International Security Assistance "
     "Force (ISAF) aan, evenals de ministers van Defensie van Australië, Nieuw-Zeeland en Japan als waarnemer.\n\n"
     "De huidige Nederlandse bijdrage aan ISAF in Uruzgan loopt tot 1 augustus 2008.", "status"),
    ("Aan het overleg namen ook de ministers van Defensie deel van de partners die militairen leveren aan de Kosovo "
     "Force (KFOR), zoals Zweden, Oostenrijk en Zwitserland.\n\nDe huidige Nederlandse bijdrage aan KFOR in Kosovo "
     "loopt af op 31 december 2009.", "status"),
    # the Netherlands' own present does
    ("Nederland levert troepen aan ISAF in Uruzgan tot 1 augustus 2008.", "new"),
])
def test_others_contributing_is_no_dutch_announcement(text: str, action: str) -> None:
    [got] = _dated(text, "2007-11-06")
    assert got["action"] == action, got


@pytest.mark.parametrize("text, action", [
    # a contribution again (`opnieuw`, `wederom`) is a new period of a recurring one: announced
    ("Van 1 januari tot en met 30 april 2015 levert Nederland opnieuw vier F-16-jachtvliegtuigen voor de Baltic Air "
     "Policing, ditmaal vanuit Malbork in Polen.", "new"),
    ("Nederland stelt van september tot en met december 2014 wederom een fregat beschikbaar aan operatie Atalanta "
     "voor de kust van Somalië.", "new"),
    ("De Nederlandse bijdrage aan EUFOR Althea in Bosnië wordt opnieuw verlengd, tot 1 juli 2015.", "extension"),
    # what already runs is not
    ("Nederland levert reeds vier F-16-jachtvliegtuigen voor de Baltic Air Policing vanuit Šiauliai in Litouwen.",
     "status"),
    ("Nederland levert nog steeds een fregat aan operatie Atalanta voor de kust van Somalië, tot 31 december 2014.",
     "status"),
])
def test_a_contribution_again_is_announced(text: str, action: str) -> None:
    [got] = _dated(text, "2014-08-28")
    assert got["action"] == action, got


@pytest.mark.parametrize("costs, expected", [
    # the costs of what the letter does, named by the act: the one deployment it so acts on
    ("De kosten van de verlenging bedragen in 2027 naar verwachting € 8,4 mln. De uitgaven worden gefinancierd uit "
     "het Budget Internationale Veiligheid (BIV).", [(8_400_000, "BIV"), (None, None), (None, None)]),
    ("De uitgaven voor deze voortzetting worden geraamd op € 8,4 miljoen.", [(8_400_000, None), (None, None),
                                                                            (None, None)]),
    # (an act no deployment of the letter has, or several have, names none)
    ("De kosten van de beëindiging bedragen € 1,2 miljoen.", [(None, None), (None, None), (None, None)]),
])
def test_the_costs_of_the_act_go_to_the_one_deployment_so_acted_on(costs: str, expected: list) -> None:
    found = run(_THREE + "Financiën\n" + costs + "\n")
    assert found[0].action == "extension" and "extension" not in [d.action for d in found[1:]]
    assert [(d.cost_eur, d.funding) for d in found] == expected


@pytest.mark.parametrize("text, expected", [
    # the mandate of what runs, said before the paragraph names it: its end, and a status (the present after it
    # describes what runs)
    ("De huidige Nederlandse bijdrage loopt tot en met 31 december 2024 (Kamerstuk 29 521, nr. 462). Nederland levert "
     "twee liaison- en observatieteams (LOT's) in Banja Luka en Mostar en enkele stafofficieren op het hoofdkwartier "
     "in Sarajevo: in totaal ten hoogste 24 militairen.",
     {"countries": ["BA"], "action": "status", "end": "2024-12-31", "personnel_max": 24}),
    ("De inzet duurt tot 1 juli 2025. Nederland stelt twee stafofficieren beschikbaar aan het hoofdkwartier in "
     "Naqoura, Libanon.", {"countries": ["LB"], "action": "status", "end": "2025-07-01", "personnel_max": 2}),
    # (a mandate of another's, or an announcement after it, is not)
    ("Het mandaat van de VN loopt tot 2 november 2024. Nederland levert vanaf 1 januari 2025 ten hoogste 24 "
     "militairen aan EUFOR Althea in Bosnië.", {"countries": ["BA"], "action": "new", "end": None}),
])
def test_the_mandate_said_before_the_deployment_is_named(text: str, expected: dict) -> None:
    [got] = _dated(text, "2024-10-01")
    assert {k: got[k] for k in expected} == expected, got


_OWN_SIZE = ("Het kabinet heeft besloten Nederlandse militairen te leveren aan de trainingsmissie in Kunduz, "
             "Afghanistan.{more}\n\nDe Nederlandse bijdrage\nHet kabinet heeft besloten tot een bijdrage van ten "
             "hoogste 545 militairen, onder wie een eenheid van de Koninklijke Marechaussee.\n")


@pytest.mark.parametrize("more, sizes", [
    # a size under a heading that names no place is the size of the letter's one announced deployment
    ("", [545]),
    # (with two announced, it is either's: neither takes it)
    (" Daarnaast zet Nederland vier F-16's in vanuit Mazar-e-Sharif in Afghanistan.", [None, None]),
])
def test_a_size_stated_without_a_place_is_the_letters_one_deployments(more: str, sizes: list) -> None:
    found = run("Geachte voorzitter,\n\n" + _OWN_SIZE.format(more=more))
    assert [d.personnel_max for d in found] == sizes, [fields(d) for d in found]


@pytest.mark.parametrize(("text", "countries"), [
    # a sea named by its country's adjective is where the unit is (`het Somalische bekken`, `de Libische kustwateren`)
    ("Het kabinet heeft besloten de inzet van 150 militairen aan boord van koopvaardijschepen in het Somalische "
     "bekken voort te zetten tot en met 31 december 2012.", ["SO"]),
    ("Nederland levert een fregat voor de patrouilles in de Libische kustwateren.", ["LY"]),
])
def test_a_sea_named_by_its_countrys_adjective_is_where_the_unit_is(text: str, countries: list[str]) -> None:
    assert [d.countries for d in run(text)] == [countries]


def test_the_costs_of_two_together_are_neither_ones_cost_but_fund_both() -> None:
    text = ("Geachte voorzitter,\n\nVPD's\nHet kabinet heeft besloten de inzet van ten hoogste 150 militairen in "
            "beveiligingsteams (VPD's) in het Somalische bekken voort te zetten tot en met 31 december 2012.\n\n"
            "EUFOR Althea\nNederland levert vanaf 1 januari 2012 twee stafofficieren aan EUFOR Althea in Bosnië.\n\n"
            "Financiën\nDe kosten van de VPD's en van de deelname aan EUFOR Althea, "
            "in totaal € 24,6 miljoen, komen ten laste van de BIV.\n")
    found = run(text)
    assert [(d.countries, d.cost_eur, d.funding) for d in found] == [(["SO"], None, "BIV"), (["BA"], None, "BIV")]


_QA = ("Geachte voorzitter,\n\nVraag 2\nTot wanneer loopt de bijdrage?\n\nAntwoord 2\nDe huidige Nederlandse bijdrage "
       "loopt tot en met 31 december 2024. Nederland levert twee liaison- en observatieteams in Banja Luka en Mostar "
       "in Bosnië: ten hoogste 24 militairen. Nederland leverde van 2004 tot 2007 een compagnie aan EUFOR Althea in "
       "Bosnië.\n\nVraag 5\nWat kost de bijdrage?\n\nAntwoord 5\n{costs}\n")


@pytest.mark.parametrize("costs, expected", [
    # an answer of its own on the costs of `de bijdrage`: the letter's one deployment that still runs; `Deze kosten
    # komen ten laste van …` funds them
    ("De kosten van de bijdrage bedragen in 2024 circa € 1,4 miljoen. Deze kosten komen ten laste van het Budget "
     "Internationale Veiligheid (BIV).", (1_400_000, "BIV")),
    # (the mission's common costs, paid by all, are not the Dutch part's)
    ("De gemeenschappelijke kosten van de operatie worden betaald uit de Europese Vredesfaciliteit; het gaat om "
     "EUR 19,6 miljoen.", (None, None)),
])
def test_the_costs_of_the_contribution_in_an_answer_of_their_own(costs: str, expected: tuple) -> None:
    found = _dated(_QA.format(costs=costs), "2024-10-01")
    running = [d for d in found if d["end"] == "2024-12-31"]
    assert [(d["cost_eur"], d["funding"]) for d in running] == [expected], found


@pytest.mark.parametrize("second, expected", [
    # a unit of the kind the sentence before called Dutch is Dutch too, though it no longer says so
    ("De Patriot-eenheid bij Rzeszów in Polen blijft daar tot en met 31 december 2023.",
     [(["SK"], None), (["PL"], "2023-12-31")]),
    ("Het fregat in de Rode Zee keert op 1 mei terug naar Den Helder.", [(["SK"], None)]),
    # (another country's unit of that kind is not)
    ("De Duitse Patriot-eenheid bij Rzeszów in Polen blijft daar tot en met 31 december 2023.", [(["SK"], None)]),
])
def test_a_unit_of_the_kind_just_called_dutch_is_dutch(second: str, expected: list) -> None:
    text = "De Nederlandse Patriot-eenheid is sinds april 2022 in Slowakije gestationeerd. " + second
    assert [(d.countries, d.end) for d in run(text)] == expected, [fields(d) for d in run(text)]


_OVERVIEW = ("Geachte voorzitter,\n\nHierbij ontvangt u het overzicht van de lopende missies. {decides}\n\n"
             "Afghanistan\nNederland levert met ten hoogste 160 militairen een bijdrage aan de NAVO-missie Resolute "
             "Support in Mazar-e-Sharif. Het mandaat loopt tot en met 31 december 2021.\n")


@pytest.mark.parametrize("decides, action", [
    # a letter that says it decides nothing: its present tense reports what runs
    ("Nieuwe besluiten bevat deze brief niet.", "status"),
    ("Deze brief bevat geen nieuwe besluiten.", "status"),
    ("Over nieuwe besluiten informeert het kabinet uw Kamer zoals gebruikelijk afzonderlijk.", "status"),
    # (a letter that says nothing of it announces with it)
    ("Het kabinet heeft daarover besloten.", "new"),
])
def test_an_overview_that_decides_nothing_reports_status(decides: str, action: str) -> None:
    [got] = run(_OVERVIEW.format(decides=decides))
    assert got.action == action


@pytest.mark.parametrize("text, expected", [
    # an expectation is no decision (`verwacht … te verlengen`)
    ("De Nederlandse bijdrage van acht militairen aan UNMISS in Zuid-Soedan loopt tot 31 maart 2020; het kabinet "
     "verwacht haar met een jaar te verlengen.", {"action": "status", "end": "2020-03-31"}),
    # a sentence may open with where (`In Litouwen maakt een Nederlandse compagnie … deel uit van …`)
    ("In Litouwen maakt een Nederlandse compagnie van ongeveer 270 militairen deel uit van de door Duitsland geleide "
     "battlegroup.", {"countries": ["LT"], "personnel_max": 270}),
    # the military of a group of several kinds
    ("Nederland levert ten hoogste vijftien stafofficieren en politiefunctionarissen, van wie tien militairen, aan "
     "MINUSMA in Mali.", {"countries": ["ML"], "personnel_max": 10}),
    # a base of one country's in another: the place after it
    ("Nederland draagt met het fregat Zr.Ms. De Ruyter bij aan de missie; het hoofdkwartier is gevestigd op de "
     "Franse basis in Abu Dhabi.", {"countries": ["AE"]}),
    # people counted as the ones who contribute, whose no other country: ours
    ("Aan de EU-trainingsmissie EUTM Mali dragen drie stafofficieren bij, tot 31-12-2020.",
     {"countries": ["ML"], "personnel_max": 3, "end": "2020-12-31"}),
])
def test_overview_kinds_of_the_eighth_batch(text: str, expected: dict) -> None:
    check(text, expected)


@pytest.mark.parametrize("text", [
    # (another's people, or the allies as actor, are not ours)
    "Aan de EU-trainingsmissie EUTM Mali dragen 22 lidstaten bij met 600 militairen.",
    "Aan de missie in Mali dragen drie Duitse stafofficieren bij.",
])
def test_people_counted_for_others_are_not_ours(text: str) -> None:
    assert run(text) == [], [fields(d) for d in run(text)]


def test_two_counts_for_two_missions_in_one_sentence_are_two() -> None:
    found = run("Nederland levert één stafofficier aan UNIFIL in Libanon en twaalf militaire waarnemers aan UNTSO in "
                "Israël, Libanon en Syrië.")
    assert [(d.countries, d.personnel_max) for d in found] == [(["LB"], 1), (["IL", "LB", "SY"], 12)]


def test_an_overview_table_of_missions_gives_each_row_its_cost_and_the_funding_below_it() -> None:
    text = ("Geachte voorzitter,\n\nOverzicht\nMissie\tLand\tMax. omvang\tKosten 2019\n"
            "Resolute Support\tAfghanistan\t160\t€ 32,1 mln.\nAnti-ISIS-coalitie (training)\tIrak\t150\t€ 45,6 mln.\n"
            "Totaal\t\t\t€ 77,7 mln.\n\n"
            "De kosten worden gefinancierd uit het Budget Internationale Veiligheid (BIV).\n\n"
            "Afghanistan\nNederland levert ten hoogste 160 militairen aan de NAVO-missie Resolute Support in "
            "Mazar-e-Sharif.\n\nIrak\nNederland levert 150 trainers in Bagdad en Erbil in Irak.\n")
    assert [(d.countries, d.cost_eur, d.funding) for d in run(text)] == [
        (["AF"], 32_100_000, "BIV"), (["IQ"], 45_600_000, "BIV")]


def test_a_list_of_decisions_gives_each_item_its_action_and_actor() -> None:
    text = ("Geachte voorzitter,\n\nDe Nederlandse bijdrage\n"
            "Het kabinet heeft besloten de volgende bijdrage te leveren:\n"
            "– zes F-16-jachtvliegtuigen vanaf een luchtmachtbasis in Jordanië. De inzet begint op 1 oktober 2014 en "
            "duurt, zoals de partners hebben gevraagd, voor een periode van een jaar;\n"
            "– een bijdrage aan de training van Iraakse strijdkrachten, met ten hoogste 130 militairen. De trainers "
            "worden ingezet in Erbil, in Irak.\n")
    assert [(d.countries, d.action, d.start, d.end, d.personnel_max) for d in run(text)] == [
        (["JO"], "new", "2014-10-01", "2015-09-30", None), (["IQ"], "new", None, None, 130)]


@pytest.mark.parametrize("text", [
    # a deployment ruled out
    "Voor optreden in Syrië ontbreekt een basis; Nederlandse toestellen zullen boven Syrië niet worden ingezet.",
    "Het kabinet heeft besloten geen grondtroepen in Irak in te zetten.",
])
def test_a_deployment_ruled_out_is_none(text: str) -> None:
    assert run(text) == [], [fields(d) for d in run(text)]


def test_the_current_mandate_after_an_extension_is_its_old_end() -> None:
    check("Hierbij informeert de regering u over het besluit de Nederlandse bijdrage aan ISAF in Afghanistan te "
          "verlengen. De huidige inzet loopt tot 1 augustus 2008. Het kabinet heeft besloten de bijdrage met twee "
          "jaar voort te zetten, van 1 augustus 2008 tot 1 augustus 2010.",
          {"action": "extension", "start": "2008-08-01", "end": "2010-08-01"})


def test_units_the_reader_knows_by_their_count_are_ours_when_the_letter_decides_on_them() -> None:
    text = ("Geachte voorzitter,\n\nTask Force\nHet kabinet heeft besloten de bijdrage van ten hoogste 1.650 "
            "militairen aan ISAF in Uruzgan te verlengen tot 1 augustus 2010.\n\nHelikopters\nDe zes Apache-"
            "gevechtshelikopters blijven deel uitmaken van de taskforce. De drie CH-47 Chinook-transporthelikopters, "
            "die vanuit Kandahar vliegen, worden per 1 oktober 2008 teruggetrokken; de Verenigde Staten nemen deze "
            "capaciteit over.\n\nF-16's\nDe vier F-16-jachtvliegtuigen die op Kandahar Airfield zijn gestationeerd, "
            "blijven beschikbaar voor ISAF. Hun inzet wordt eveneens verlengd tot 1 augustus 2010.\n")
    assert [(d.action, d.end, d.personnel_max) for d in run(text)] == [
        ("extension", "2010-08-01", 1650), ("end", "2008-10-01", None), ("extension", "2010-08-01", None)]


@pytest.mark.parametrize("text, action", [
    # a decision of an earlier day the letter reports; what runs said to run until a date, after a present
    ("De Nederlandse bijdrage aan Resolute Support in Afghanistan is op 15 juni jl. verlengd tot en met 31 december "
     "2021 (Kamerstuk 27 925, nr. 630).", "status"),
    ("Nederland draagt met twee stafofficieren bij aan EUTM Mali in Mali; deze bijdrage loopt tot 31 december 2022.",
     "status"),
    # (the letter's own decision, and a period of an announcement, are not)
    ("Het kabinet heeft besloten de bijdrage aan Resolute Support in Afghanistan te verlengen tot en met 31 december "
     "2021.", "extension"),
    ("Nederland stationeert vier F-35's op de vliegbasis Sliač in Slowakije. De inzet duurt tot eind Q1 2028.", "new"),
])
def test_reported_decisions_and_what_runs(text: str, action: str) -> None:
    [got] = run(text)
    assert got.action == action, fields(got)


def test_the_mission_mandate_extended_by_the_council_is_not_ours() -> None:
    check("Nederland draagt met twee stafofficieren bij aan EUTM Mali in Mali; deze bijdrage loopt tot 31 december "
          "2022. "
          "Het mandaat van de operatie is door de VN-Veiligheidsraad op 3 november 2021 met een jaar verlengd.",
          {"action": "status", "end": "2022-12-31"})


def test_the_netherlands_beside_the_subject_is_not_its_actor() -> None:
    assert run("Naast Nederland leveren Duitsland en de Verenigde Staten elk twee Patriot-batterijen in Turkije.") == []


def test_the_costs_of_the_act_in_an_answer_beat_the_costs_of_the_past_year() -> None:
    text = ("Geachte voorzitter,\n\nAntwoord 1\nHet kabinet heeft besloten de Nederlandse bijdrage aan Active Fence "
            "te verlengen. De twee Patriot-batterijen blijven tot eind januari 2015 bij Adana in Turkije.\n\n"
            "Antwoord 5\nDe kosten van de inzet in 2013 bedragen € 34,5 miljoen. De kosten van de verlenging worden "
            "geraamd op circa € 31 miljoen. De kosten worden gefinancierd uit het Budget Internationale Veiligheid.\n")
    assert [(d.cost_eur, d.funding) for d in _dated_objects(text, "2013-11-01")] == [(31_000_000, "BIV")]


def _dated_objects(text: str, letter_date: str) -> list[Deployment]:
    return deployments.extract(segment("t", text), letter_date)


@pytest.mark.parametrize("costs", [
    # funding said of the letter's costs as a whole, after a part of them, or after the costs of the act both share
    "De kosten van de bijdrage bedragen € 80 miljoen. Het grootste deel van deze kosten betreft de F-16's: circa "
    "45 miljoen euro. De uitgaven komen ten laste van het Budget Internationale Veiligheid (BIV).",
    "De additionele uitgaven voor de verlenging worden geraamd op € 640 miljoen. De uitgaven komen ten laste van "
    "het Budget Internationale Veiligheid (BIV).",
])
def test_funding_of_the_whole_reaches_every_deployment_decided(costs: str) -> None:
    text = ("Geachte voorzitter,\n\nTrainers\nHet kabinet heeft besloten de bijdrage van 130 trainers in Erbil in Irak "
            "te verlengen tot eind 2015.\n\nF-16's\nHet kabinet heeft besloten de inzet van zes F-16's vanuit "
            "Jordanië te verlengen tot eind 2015.\n\nFinanciën\n" + costs + "\n")
    assert [d.funding for d in run(text)] == ["BIV", "BIV"]


def test_the_costs_of_the_decision_go_to_the_one_decided_not_to_those_it_recalls() -> None:
    text = ("Geachte voorzitter,\n\nMet deze brief informeren wij u over het besluit van het kabinet om met vier F-35 "
            "jachtvliegtuigen bij te dragen aan enhanced Air Policing in Bulgarije, van december 2024 tot en met maart "
            "2025.\n\nEerder\nEerder leverde Nederland vier F-16's aan de bewaking van het Bulgaarse luchtruim in "
            "2021.\n\nFinanciële aspecten\nDe kosten van de bijdrage worden geraamd op € 6,8 miljoen. Deze worden "
            "gefinancierd uit het Budget Internationale Veiligheid (BIV).\n")
    found = _dated_objects(text, "2024-10-08")
    assert [(d.action, d.cost_eur, d.funding) for d in found] == [("new", 6_800_000, "BIV"), ("status", None, None)]


def test_another_countrys_date_is_not_the_dutch_units() -> None:
    text = ("De Nederlandse eenheid neemt in december de taak in Bulgarije over van een Italiaans detachement. Na de "
            "Nederlandse periode neemt Spanje de taak vanaf april 2025 over.")
    assert [d.start for d in run(text)] == [None]


def test_the_costs_of_one_and_of_another_in_one_sentence() -> None:
    text = ("Geachte voorzitter,\n\nNMI\nHet kabinet heeft besloten de bijdrage aan NATO Mission Iraq (NMI) in Bagdad "
            "te "
            "verlengen tot en met 31 december 2022.\n\nCoalitie\nHet kabinet heeft besloten de bijdrage aan UNMISS in "
            "Zuid-Soedan te verlengen tot en met 31 december 2022.\n\nFinanciële aspecten\nDe kosten van de bijdrage "
            "aan NMI worden geraamd op € 4,2 miljoen en de kosten van de bijdrage aan UNMISS op € 6,9 miljoen. Deze "
            "kosten worden gefinancierd uit het Budget Internationale Veiligheid (BIV).\n")
    assert [(d.cost_eur, d.funding) for d in run(text)] == [(4_200_000, "BIV"), (6_900_000, "BIV")]


def test_what_the_contribution_was_does_not_outrank_what_it_is() -> None:
    check("Nederland levert stafofficieren aan NATO Mission Iraq in Bagdad. In 2021 bestond de bijdrage uit ten "
          "hoogste "
          "50 militairen. Vanaf 1 januari 2022 bestaat de bijdrage uit maximaal 10 militairen.", {"personnel_max": 10})


@pytest.mark.parametrize("text, expected", [
    # after the wind-down, what stays is a status; so is a contribution made `nog tot en met` a date
    ("Na de afbouw blijft Nederland bijdragen aan MINUSMA in Mali met ten hoogste 17 stafofficieren. Deze bijdrage "
     "loopt tot en met 31 december 2019.", {"action": "status", "end": "2019-12-31", "personnel_max": 17}),
    ("Daarnaast levert Nederland, buiten MINUSMA, nog tot en met 31-5-2020 één stafofficier aan de EU-trainingsmissie "
     "EUTM Mali in Koulikoro.", {"action": "status", "end": "2020-05-31", "personnel_max": 1}),
    # (the winding down itself still ends it)
    ("Het kabinet heeft besloten tot de afbouw van de Nederlandse bijdrage aan MINUSMA in Mali per 1 mei 2019.",
     {"action": "end"}),
])
def test_what_stays_after_a_wind_down(text: str, expected: dict) -> None:
    check(text, expected)


def test_those_who_served_since_are_no_size_nor_start() -> None:
    check("Nederland blijft met 17 stafofficieren bijdragen aan MINUSMA in Mali. Ik dank de ruim 5.000 Nederlandse "
          "militairen die sinds 2014 in Mali hebben gediend.", {"personnel_max": 17, "start": None})


def test_a_question_asks_and_deploys_nothing() -> None:
    assert run("Hebben Nederlandse militairen deelgenomen aan de Amerikaanse en Britse aanvallen op doelen van de "
               "Houthi's in Jemen?") == []


def test_they_the_people_just_committed_are_where_the_next_sentence_says() -> None:
    check("Nederland draagt sinds 22 december 2023 met twee stafofficieren bij aan de operatie Prosperity Guardian. "
          "Zij zijn werkzaam op het hoofdkwartier van de Combined Maritime Forces (CMF) in Bahrein. Hun inzet loopt "
          "tot en met 30 juni 2024.", {"countries": ["BH"], "end": "2024-06-30", "personnel_max": 2})


@pytest.mark.parametrize("text", [
    # assets delivered to Ukraine are given, not deployed
    "Nederland heeft toegezegd in totaal 24 F-16's aan Oekraïne te leveren.",
    "Nederland levert dit jaar nog vier F-16's aan Oekraïne.",
])
def test_assets_delivered_to_ukraine_are_no_deployment(text: str) -> None:
    assert run(text) == [], [fields(d) for d in run(text)]


def test_what_the_letters_unit_consists_of_is_its_size() -> None:
    text = ("Geachte voorzitter,\n\nMet deze brief informeren wij u over het besluit van het kabinet om met vier F-35 "
            "jachtvliegtuigen bij te dragen aan enhanced Air Policing in Bulgarije.\n\nPersoneel\nHet detachement "
            "bestaat uit de vier F-35's en circa 80 militairen.\n")
    assert [d.personnel_max for d in run(text)] == [80]


def test_a_contribution_said_before_that_runs_on_keeps_its_end() -> None:
    check("Ik heb bevestigd dat Nederland in 2024 blijft bijdragen aan de enhanced Forward Presence (eFP) in Litouwen, "
          "met een compagnie van circa 270 militairen; de bijdrage is eerder aan uw Kamer gemeld en loopt ongewijzigd "
          "door tot eind 2024.", {"countries": ["LT"], "end": "2024", "personnel_max": 270})


def test_the_costs_of_the_dutch_contribution_beat_those_of_its_people_in_part() -> None:
    text = ("Geachte voorzitter,\n\nHet kabinet heeft besloten de bijdrage aan UNMISS in Zuid-Soedan te verlengen "
            "tot en met 31-12-2013, met maximaal 35 militairen en politiefunctionarissen.\n\n"
            "Financiële aspecten\nDe kosten van de Nederlandse bijdrage worden voor 2012 geraamd op € 2,1 mln. "
            "Deze uitgaven worden gefinancierd uit de HGIS. De kosten van de politiefunctionarissen, ongeveer "
            "0,8 miljoen euro per jaar, komen eveneens ten laste van de HGIS.\n")
    assert [d.cost_eur for d in run(text)] == [2_100_000]


@pytest.mark.parametrize("kind, action", [
    # a meeting's letter in the present tense, with an end and no start, reports what runs
    ("agenda", "status"), ("report", "status"),
    # (an art. 100 letter announces with it)
    ("other", "new"),
])
def test_a_meetings_letter_in_the_present_reports_what_runs(kind: str, action: str) -> None:
    text = ("Nederland levert tot en met juni 2024 twee stafofficieren aan het operationele hoofdkwartier van "
            "Aspides in Larissa.")
    [got] = deployments.extract(segment("t", text), "2024-05-01", kind)
    assert got.action == action


def test_the_steps_of_a_wind_down_are_each_an_end_and_a_month_without_its_year_is_the_next() -> None:
    text = ("Geachte voorzitter,\n\nTijdpad\nDe afbouw van de Nederlandse bijdrage aan MINUSMA verloopt in twee "
            "stappen.\n\nTen eerste wordt de inzet van het C-130 transportvliegtuig, dat vanuit Bamako vliegt, eind "
            "maart beëindigd.\n\nTen tweede wordt de Nederlandse bijdrage aan de inlichtingeneenheid in Gao per 31 mei "
            "2019 beëindigd.\n")
    assert sorted((d.action, d.end) for d in _dated_objects(text, "2019-02-15")) == [
        ("end", "2019-03"), ("end", "2019-05-31")]


def test_a_part_of_the_deployment_that_ends_while_the_rest_goes_on_is_a_deployment_of_its_own() -> None:
    text = ("Het kabinet heeft besloten de bijdrage aan NATO Mission Iraq in Bagdad te verlengen tot en met "
            "31 december 2022, met maximaal 10 militairen, onder wie een beveiligingseenheid. De "
            "beveiligingseenheid wordt eind januari 2022 teruggetrokken.")
    assert sorted((d.action, d.end) for d in _dated_objects(text, "2021-12-10")) == [
        ("end", "2022-01"), ("extension", "2022-12-31")]


@pytest.mark.parametrize("text, expected", [
    # a decision whose verb stands far from its object, and an announcement of one
    ("Met deze brief informeren wij u over het besluit van het kabinet om van 10 juni tot en met 5 juli 2025 een "
     "Patriot-eenheid van het Defensie Grondgebonden Luchtverdedigingscommando (DGLC) in Litouwen in te zetten.",
     {"action": "new", "countries": ["LT"]}),
    ("Nederland zal tijdens de Raad aankondigen met tot 150 militairen bij te dragen aan EUMAM UA, met trainers in "
     "Duitsland.", {"action": "new", "countries": ["DE"]}),
])
def test_a_decision_far_from_its_verb_and_an_announced_contribution_are_new(text: str, expected: dict) -> None:
    check(text, expected)


def test_none_left_is_no_deployment() -> None:
    assert run("In Niger zijn geen Nederlandse militairen meer actief.") == []


# ---- the eleventh round: what the tenth blind batch missed ---------------------------------------

@pytest.mark.parametrize("text, action", [
    # a decision dated by its year, before the verb: one the letter recalls
    ("Het kabinet heeft in 2020 besloten de bijdrage aan eFP in Litouwen voort te zetten tot en met 2022 (Kamerstuk "
     "28 676, nr. 341).", "status"),
    ("In november 2020 besloot het kabinet de bijdrage aan eFP in Litouwen te verlengen tot en met 2022.", "status"),
    ("In het najaar van 2020 heeft het kabinet de bijdrage aan eFP in Litouwen verlengd tot en met 2022.", "status"),
    ("De Nederlandse bijdrage aan eFP in Litouwen is eind 2020 verlengd tot en met 2022.", "status"),
    # (a year after the verb is when the decided thing happens; no year is the letter's own decision)
    ("Het kabinet heeft besloten de bijdrage aan eFP in Litouwen in 2024 voort te zetten.", "extension"),
    ("Het kabinet heeft besloten de bijdrage aan eFP in Litouwen voort te zetten tot en met 2024.", "extension"),
])
def test_a_decision_dated_by_its_year_is_recalled(text: str, action: str) -> None:
    [got] = run(text)
    assert got.action == action, fields(got)


@pytest.mark.parametrize("text, end", [
    ("De deelname met een stafofficier aan het hoofdkwartier van de EU-operatie Atalanta in Rota wordt in 2023 "
     "voortgezet.", "2023"),
    ("Het kabinet heeft besloten de bijdrage aan UNTSO in Libanon ook in 2024 voort te zetten.", "2024"),
    ("Nederland zal de inzet in Irak in 2025 continueren.", "2025"),
    # (the year a decision was made in is no end)
    ("Het kabinet heeft in 2020 besloten de bijdrage aan UNTSO in Libanon voort te zetten.", None),
])
def test_the_year_a_deployment_goes_on_in_is_its_end(text: str, end: str | None) -> None:
    [got] = run(text)
    assert got.end == end, fields(got)


def test_an_overview_that_decides_nothing_reports_the_decisions_it_names() -> None:
    text = ("Geachte voorzitter,\n\nMet deze brief sturen wij u een overzicht van de lopende missies. Over nieuwe "
            "besluiten informeert het kabinet uw Kamer zoals gebruikelijk afzonderlijk.\n\nOostflank\nIn Litouwen "
            "neemt Nederland met circa 270 militairen deel aan de enhanced Forward Presence (eFP). Het kabinet heeft "
            "besloten deze bijdrage voort te zetten tot en met 2024.\n")
    assert [(d.action, d.end, d.personnel_max) for d in run(text)] == [("status", "2024", 270)]
    # (the same paragraph in a letter that decides is the extension)
    decides = text.replace("Over nieuwe besluiten informeert het kabinet uw Kamer zoals gebruikelijk afzonderlijk.",
                           "")
    assert [d.action for d in run(decides)] == ["extension"]


@pytest.mark.parametrize("opening", [
    "Hierbij bied ik u de voortgangsrapportage aan over de Nederlandse bijdrage aan de enhanced Forward Presence "
    "(eFP) in Litouwen over de periode januari 2020 tot en met oktober 2021.",
    "Deze rapportage over de Nederlandse bijdrage aan eFP in Litouwen beslaat de periode van 1 januari 2020 tot en "
    "met 31 oktober 2021.",
])
def test_the_period_a_report_covers_is_not_the_deployments(opening: str) -> None:
    text = (f"Geachte voorzitter,\n\n{opening}\n\nStand van zaken\nNederland neemt met circa 270 militairen deel aan "
            "de battlegroup in Rukla, Litouwen. Deze bijdrage loopt tot en met 2022.\n")
    assert [(d.start, d.end, d.personnel_max) for d in run(text)] == [(None, "2022", 270)]


@pytest.mark.parametrize("text, countries", [
    # the contribution to a mission *in* a country is ours; one *of* a country is that country's
    ("Aan EUMAM UA draagt Nederland met 150 militairen bij in Duitsland. De bijdrage aan EUFOR Althea in "
     "Bosnië-Herzegovina, met vier militairen, loopt tot en met 15 november 2023.", [["DE"], ["BA"]]),
    ("Aan EUMAM UA draagt Nederland met 150 militairen bij in Duitsland. De bijdrage van Polen aan EUFOR Althea, "
     "met vier militairen, loopt tot en met 15 november 2023.", [["DE"]]),
])
def test_the_contribution_to_a_mission_in_a_country(text: str, countries: list[list[str]]) -> None:
    assert [d.countries for d in run(text)] == countries


def test_an_acronym_inside_a_compound_names_a_deployment_of_its_own() -> None:
    text = ("Aan de missie van de NAVO in Irak, NATO Mission Iraq (NMI), draagt Nederland bij met ongeveer 15 "
            "militairen. Het mandaat hiervoor loopt tot en met 31 december 2023. Aan de anti-ISIS-coalitie levert "
            "Nederland tot diezelfde datum stafofficieren in Koeweit en Irak.")
    assert [(d.countries, d.end) for d in run(text)] == [(["IQ"], "2023-12-31"), (["KW", "IQ"], "2023-12-31")]


@pytest.mark.parametrize("phrase", ["tot diezelfde datum", "tot en met die datum", "tot dezelfde datum"])
def test_an_end_by_reference_to_the_date_just_given(phrase: str) -> None:
    text = ("Nederland draagt met twee stafofficieren bij aan UNMISS in Zuid-Soedan, tot en met 31 maart 2024. "
            f"Aan UNTSO levert Nederland {phrase} vijf militaire waarnemers in Libanon.")
    assert [d.end for d in run(text)] == ["2024-03-31", "2024-03-31"]


@pytest.mark.parametrize("text, end", [
    ("De bijdrage aan de VN-missie in Mali (MINUSMA) eindigde op 1 mei 2019, na vijf jaar.", "2019-05-01"),
    ("De Nederlandse inzet in Mali, die op 1 mei 2019 eindigde, omvatte een inlichtingeneenheid.", "2019-05-01"),
])
def test_an_end_in_the_past_tense(text: str, end: str) -> None:
    [got] = run(text)
    assert (got.action, got.end) == ("end", end), fields(got)


@pytest.mark.parametrize("text, personnel", [
    # `een` counts one where it counts what is contributed
    ("De deelname met een stafofficier aan het hoofdkwartier van Atalanta in Rota wordt voortgezet.", 1),
    ("Nederland levert een stafofficier aan EUTM Mali in Koulikoro.", 1),
    # (elsewhere it is the article)
    ("Nederland levert militairen aan EUTM Mali in Koulikoro; een stafofficier van de Koninklijke Landmacht leidt het "
     "team.", None),
])
def test_a_count_of_one_as_een(text: str, personnel: int | None) -> None:
    [got] = run(text)
    assert got.personnel_max == personnel, fields(got)


def test_an_opening_named_by_a_missions_country_and_placed_elsewhere_is_one_deployment() -> None:
    text = ("Geachte voorzitter,\n\nOvereenkomstig artikel 100 van de Grondwet informeren wij u over het besluit "
            "om bij te dragen aan de European Union Training Mission Somalia (EUTM Somalia). Nederland levert ten "
            "hoogste tien militairen, die in Oeganda worden ingezet als instructeur. De bijdrage loopt van mei 2010 "
            "tot en met april 2011.\n\nFinanciën\nDe extra kosten van de Nederlandse bijdrage worden geraamd op "
            "€ 1,4 miljoen en komen ten laste van het budget voor crisisbeheersingsoperaties (BCO). De Nederlandse "
            "militairen verblijven niet in Somalië zelf.\n")
    assert [fields(d) for d in run(text)] == [
        {"countries": ["UG"], "action": "new", "start": "2010-05", "end": "2011-04", "personnel_max": 10,
         "cost_eur": 1_400_000, "funding": "BCO"}]


@pytest.mark.parametrize("text", [
    # told in another letter, not this one
    "Over de deelname van Hr.Ms. Amsterdam aan de EU-operatie Atalanta voor de kust van Somalië bent u afzonderlijk "
    "geïnformeerd (Kamerstuk 29 521, nr. 128).",
    "Over de inzet van het fregat Hr.Ms. Tromp in de Rode Zee is uw Kamer bij brief van 3 maart jl. geïnformeerd.",
    "Over de verlenging van de bijdrage aan UNTSO in Libanon informeert het kabinet u separaat.",
    # a place the Dutch are not
    "De Nederlandse militairen verblijven niet in Somalië zelf.",
])
def test_what_another_letter_tells_and_where_they_are_not_deploy_nothing(text: str) -> None:
    assert run(text) == []


def test_outside_a_mission_is_another_deployment_there() -> None:
    text = ("Na de afbouw blijft Nederland bijdragen aan MINUSMA met ten hoogste 17 stafofficieren in Bamako. Deze "
            "bijdrage loopt, zoals gemeld in de brief van 28 september 2018, tot en met 31 december 2019. Daarnaast "
            "levert Nederland, buiten MINUSMA, nog tot en met 31-5-2020 één stafofficier aan de EU-trainingsmissie "
            "EUTM Mali in Koulikoro.")
    assert [(d.title, d.action, d.end, d.personnel_max) for d in run(text)] == [
        ("MINUSMA", "status", "2019-12-31", 17), ("EUTM Mali", "status", "2020-05-31", 1)]


# ---- the twelfth round: what the eleventh blind batch missed -------------------------------------

_F16_LETTER = (
    "Geachte voorzitter,\n\nHierbij informeren wij u, in overeenstemming met artikel 100 van de Grondwet, over het "
    "besluit van het kabinet om met F-16-jachtvliegtuigen bij te dragen aan de strijd tegen ISIS in Irak. Het kabinet "
    "heeft besloten zes F-16's voor de duur van een jaar in te zetten. In totaal zijn met de inzet ongeveer 250 "
    "militairen gemoeid.\n\nMandaat\nDe inzet beperkt zich tot het grondgebied van Irak. Voor luchtaanvallen in Syrië "
    "is er naar het oordeel van het kabinet geen toereikend volkenrechtelijk mandaat.\n\nDe Nederlandse bijdrage\n"
    "Nederland stelt zes F-16's beschikbaar. De F-16's worden gestationeerd op een vliegbasis in Jordanië. Het eerste "
    "toestel vertrekt op 1 oktober 2014. De inzet duurt tot 1 oktober 2015. Ook stelt Nederland stafofficieren "
    "beschikbaar voor de hoofdkwartieren van de coalitie in Koeweit en Qatar; zij vallen binnen het genoemde "
    "aantal.\n\nFinanciën\nDe kosten van de F-16-inzet worden voor een jaar geraamd op € 81 miljoen. De kosten worden "
    "gefinancierd uit het Budget Internationale Veiligheid (BIV).\n")


def test_assets_acting_in_one_country_and_based_in_another_are_one_deployment() -> None:
    [got] = run(_F16_LETTER)
    assert sorted(got.countries) == ["IQ", "JO"]
    assert fields(got) | {"countries": None} == {
        "countries": None, "action": "new", "start": "2014-10-01", "end": "2015-10-01", "personnel_max": 250,
        "cost_eur": 81_000_000, "funding": "BIV"}
    # (two deployments with those assets are not merged across their countries)
    two = _F16_LETTER.replace("\n\nFinanciën\n", "\n\nBaltic Air Policing\nDaarnaast levert Nederland vier F-16's "
                              "aan Baltic Air Policing in Litouwen.\n\nFinanciën\n")
    assert sorted(map(sorted, (d.countries for d in run(two)))) == [["IQ"], ["JO"], ["LT"]]


@pytest.mark.parametrize("text, start", [
    ("Nederland levert vier F-35's aan de luchtverdediging in Polen. Het eerste toestel vertrekt op 3 maart 2025.",
     "2025-03-03"),
    ("Nederland levert 120 militairen aan eFP in Litouwen. De eerste militairen arriveren medio januari 2017 in "
     "Rukla.", "2017-01"),
])
def test_the_first_of_the_unit_going_out_is_the_start(text: str, start: str) -> None:
    assert [d.start for d in run(text)] == [start]


@pytest.mark.parametrize("text", [
    "Nederland stelt stafofficieren beschikbaar voor de hoofdkwartieren in Koeweit en Qatar; zij vallen binnen het "
    "genoemde aantal.",
    "Nederland levert ook twee stafofficieren in Koeweit, die binnen het genoemde aantal vallen.",
])
def test_a_part_within_the_count_named_is_part_of_the_deployment(text: str) -> None:
    lead = "Het kabinet heeft besloten 250 militairen met zes F-16's in Jordanië in te zetten. "
    assert [d.personnel_max for d in run(lead + text)] == [250]


def test_an_opening_that_says_more_and_its_sections_present_tense_detail_are_one() -> None:
    text = ("Geachte voorzitter,\n\nMet deze brief informeren wij u over het besluit van het kabinet om "
            "vanaf begin 2017 met een eenheid van circa 250 militairen bij te dragen aan de battlegroup in "
            "Litouwen.\n\nDe Nederlandse bijdrage\nNederland levert aan de battlegroup in Litouwen een versterkte "
            "pantserinfanteriecompagnie. De bijdrage omvat in totaal circa 250 militairen. Het kabinet heeft "
            "besloten tot deelname in 2017 en 2018.\n\nFinanciën\nDe kosten van de Nederlandse bijdrage worden "
            "geraamd op circa € 35 miljoen per jaar. De eenmalige kosten bedragen ongeveer € 8,5 miljoen. Deze "
            "kosten komen ten laste van het Budget Internationale Veiligheid (BIV).\n")
    assert [fields(d) for d in run(text)] == [
        {"countries": ["LT"], "action": "new", "start": "2017", "end": "2018", "personnel_max": 250,
         "cost_eur": 35_000_000, "funding": "BIV"}]


@pytest.mark.parametrize("text", [
    # deployments as the means of another contribution
    "Nederland levert met onder meer de bijdragen aan MINUSMA in Mali en aan de enhanced Forward Presence in Litouwen "
    "een relatief grote bijdrage aan de gezamenlijke veiligheid.",
    # allies called on to keep up their contributions
    "Tijdens de bijeenkomst in Ramstein hebben wij de bondgenoten opgeroepen hun bijdragen aan de munitievoorziening "
    "op peil te houden.",
    # told in another letter, by a pronoun after the semicolon
    "Nederland levert in het najaar opnieuw een schip aan Atalanta voor de kust van Somalië; daarover bent u op 10 "
    "april jl. geïnformeerd.",
])
def test_in_passing_called_on_or_told_elsewhere_deploys_nothing(text: str) -> None:
    assert run(text) == []


def test_the_costs_of_a_ship_by_its_name_beside_another_deployment() -> None:
    text = ("Geachte voorzitter,\n\nBesluit\nHet kabinet heeft besloten het fregat Hr.Ms. Evertsen van half augustus "
            "2009 tot begin december 2009 aan Atalanta voor de kust van Somalië toe te voegen. Nederland levert "
            "daarnaast twee stafofficieren aan het hoofdkwartier in Northwood.\n\nFinanciële aspecten\nDe additionele "
            "kosten van de inzet van Hr.Ms. Evertsen worden geraamd op € 6,8 miljoen. Deze worden gefinancierd uit de "
            "HGIS-middelen voor crisisbeheersingsoperaties. De kosten van de eerdere inzet van Hr.Ms. De Zeven "
            "Provinciën bedroegen € 3,1 miljoen.\n")
    got = {tuple(d.countries): (d.cost_eur, d.funding) for d in run(text)}
    assert got[("SO",)] == (6_800_000, "HGIS")
    assert got[("GB",)] == (None, None)


def test_the_council_extending_the_operation_is_not_the_dutch_extension() -> None:
    text = ("Nederland levert twee stafofficieren aan het hoofdkwartier van Atalanta in Northwood. De Raad van de EU "
            "zal de operatie naar verwachting op 15 juni a.s. verlengen tot december 2010.")
    assert [d.action for d in run(text)] == ["new"]


@pytest.mark.parametrize("text", [
    # an intention, not a decision
    "Het kabinet is voornemens de bijdrage aan Resolute Support in Afghanistan in 2017 voort te zetten.",
    "Het kabinet heeft het voornemen de bijdrage aan Resolute Support in Afghanistan met een jaar te verlengen.",
    "Nederland is van plan in 2027 opnieuw een fregat naar de Rode Zee te sturen.",
])
def test_an_intention_deploys_nothing(text: str) -> None:
    assert run(text) == []


@pytest.mark.parametrize("text, start", [
    ("Het kabinet heeft besloten bij te dragen aan MINUSMA in Mali met ten hoogste 380 militairen. In december 2013 "
     "vertrekt een kwartiermakersteam van circa 60 militairen naar Bamako en Gao.", "2013-12"),
    ("Het kabinet heeft besloten bij te dragen aan eFP in Litouwen met circa 250 militairen. Een "
     "kwartiermakersdetachement van circa 20 militairen vertrekt medio januari 2017.", "2017-01"),
])
def test_the_advance_party_going_out_is_the_start(text: str, start: str) -> None:
    assert [d.start for d in run(text)] == [start]


@pytest.mark.parametrize("costs, cost", [
    # a range is no one cost
    ("De kosten van de inzet bedragen naar verwachting tussen de € 40 en € 55 miljoen.", None),
    ("De kosten van de inzet worden geraamd op € 9 à 12 miljoen.", None),
    ("De kosten van de inzet bedragen € 3 tot € 4 miljoen.", None),
    # (two sums each with its scale, and a sum before another clause, are not)
    ("De kosten van de inzet bedragen € 1,4 miljoen en € 0,6 miljoen voor de staf.", 1_400_000),
    ("De kosten van de inzet bedragen € 80 miljoen en worden gedekt uit het BIV.", 80_000_000),
])
def test_a_range_of_costs_is_no_cost(costs: str, cost: float | None) -> None:
    [got] = run(f"Het kabinet heeft besloten 200 militairen in Irak in te zetten. {costs}")
    assert got.cost_eur == cost, fields(got)


def test_a_unit_set_up_by_no_one_named_is_the_letters_new_deployment() -> None:
    text = ("Geachte voorzitter,\n\nHerontplooiing\nVoor de herontplooiing wordt een Redeployment Task Force (RDTF) "
            "ingesteld van ten hoogste 600 militairen, die vanaf 1 augustus 2010 in Tarin Kowt in Afghanistan actief "
            "is. De herontplooiing is uiterlijk eind 2010 afgerond.\n")
    assert [(d.action, d.start, d.personnel_max) for d in run(text)] == [("new", "2010-08-01", 600)]
    # (another country's, by its adjective, is not)
    assert run(text.replace("ten hoogste 600 militairen", "ten hoogste 600 Amerikaanse militairen")) == []


def test_units_the_reader_knows_coming_home_after_a_date_are_ours() -> None:
    text = ("Geachte voorzitter,\n\nHerontplooiing\nDe vier F-16's die vanuit Kandahar in Afghanistan luchtsteun "
            "leveren aan ISAF blijven tot 1 augustus 2010 en keren daarna terug, zoals eerder gemeld.\n")
    assert [(d.countries, d.end) for d in run(text)] == [(["AF"], "2010-08-01")]
    # (units by their count that only stay are left to what they are part of)
    assert run(text.replace(" en keren daarna terug", "")) == []


@pytest.mark.parametrize("text", [
    # a position on a mission's mandate
    "Voor operatie EUFOR Althea in Bosnië-Herzegovina zal Nederland steun uitspreken voor de verlenging van het "
    "VN-mandaat.",
    "Nederland steunt de verlenging van het mandaat van EUTM Mali in Mali.",
    # a body's name that begins with a country's
    "De inzet van deze middelen stemt het kabinet af met de bondgenoten in de Ukraine Defence Contact Group.",
    # told in another letter, by the sentence after it
    "Nederland leidt Oekraïense militairen op in het kader van de Britse trainingsoperatie Interflex in het Verenigd "
    "Koninkrijk. Daarover bent u op 28 november jl. geïnformeerd.",
])
def test_a_position_a_bodys_name_and_what_the_next_sentence_says_was_told_deploy_nothing(text: str) -> None:
    assert run(text) == []


def test_a_ship_by_a_name_the_deployment_before_did_not_name_is_another_deployment() -> None:
    text = ("Hr.Ms. Evertsen, die sinds augustus deel uitmaakt van de operatie Atalanta voor de kust van Somalië, "
            "keert op 15 december 2009 terug in Den Helder. Het kabinet heeft besloten in de eerste helft van 2010 "
            "opnieuw bij te dragen, ditmaal met Hr.Ms. Johan de Witt met aan boord een boardingteam. Het schip "
            "opereert van 1 februari tot en met 30 juni 2010 in de Golf van Aden en het Somalische bekken.")
    got = [(d.title, d.start, d.end) for d in run(text)]
    assert ("Hr.Ms. Johan de Witt", "2010-02-01", "2010-06-30") in got
    # (the ship just named, by what it is, is the same deployment)
    same = text.replace("ditmaal met Hr.Ms. Johan de Witt met aan boord een boardingteam.",
                        "ditmaal met een boardingteam aan boord van het fregat.")
    assert all(title != "Hr.Ms. Johan de Witt" for title, _s, _e in ((d.title, d.start, d.end) for d in run(same)))


_MISSION_TABLE = (
    "Geachte voorzitter,\n\nDeze brief bevat geen nieuwe besluiten over de inzet van de krijgsmacht.\n\n"
    "Realisatie missies en operaties 2022\n"
    "Missie\tLand\tNederlandse bijdrage\tRealisatie 2022\n"
    "enhanced Forward Presence (eFP)\tLitouwen\tt/m 31-12-2023\t€ 38,6 mln.\n"
    "Anti-ISIS-coalitie (stafofficieren)\tIrak, Koeweit\tt/m 31-12-2023\t€ 2,7 mln.\n"
    "EUTM Mali\tMali\tbeëindigd 30-6-2022\t€ 1,4 mln.\n"
    "UNTSO\tIsraël, Libanon, Syrië\tgeen einddatum\t€ 0,9 mln.\n"
    "Totaal\t\t\t€ 43,6 mln.\n\n"
    "Toelichting\nDe Nederlandse stafofficieren bij EUTM Mali zijn per 30 juni 2022 teruggekeerd.\n")


def test_a_table_of_missions_lists_deployments_of_its_own() -> None:
    got = sorted((tuple(d.countries), d.action, d.start, d.end) for d in run(_MISSION_TABLE))
    assert got == [(("IL", "LB", "SY"), "status", None, None), (("IQ", "KW"), "status", None, "2023-12-31"),
                   (("LT",), "status", None, "2023-12-31"), (("ML",), "end", None, "2022-06-30")]
    # (a size under a header of people; a table of other things is no table of missions)
    sized = _MISSION_TABLE.replace("Nederlandse bijdrage\tRealisatie",
                                   "Max. omvang\tNederlandse bijdrage\tRealisatie").replace("Litouwen\tt/m",
                                                                                         "Litouwen\t270\tt/m")
    assert {tuple(d.countries): d.personnel_max for d in run(sized)}[("LT",)] == 270
    other = _MISSION_TABLE.replace("Missie\tLand", "Project\tLand")
    assert [tuple(d.countries) for d in run(other)] == [("ML",)]


@pytest.mark.parametrize("text", [
    # where an event is, not a unit
    "Na de Russische inval in Oekraïne is de Nederlandse bijdrage in maart 2022 tijdelijk uitgebreid.",
    "Nederland ontplooide extra eenheden aan de oostflank in reactie op de agressie tegen Oekraïne.",
])
def test_the_country_of_an_event_is_no_place_of_a_unit(text: str) -> None:
    assert all("UA" not in d.countries for d in run(text))


def test_coming_home_in_the_past_tense_is_the_end() -> None:
    [got] = run("Nederland leverde twee stafofficieren aan EUTM Mali in Mali. De stafofficieren zijn per 30 juni 2022 "
                "teruggekeerd.")
    assert (got.start, got.end) == (None, "2022-06-30")


_MINEHUNTER = (
    "Geachte voorzitter,\n\nHierbij informeer ik uw Kamer over de mijnenbestrijding van de NAVO in de Oostzee.\n\n"
    "De Nederlandse bijdrage\nHet kabinet heeft besloten de mijnenjager Zr.Ms. Makkum in het "
    "tweede kwartaal van 2026 aan de Standing NATO Mine Countermeasures Group 1 (SNMCMG1) toe te voegen. Het schip "
    "vaart met een bemanning van ongeveer 45 militairen en opereert in de territoriale wateren en de exclusieve "
    "economische zones van Estland, Letland en Litouwen.\n\nDaarnaast neemt Nederland van 1 januari 2027 tot en met 31 "
    "december 2027 het commando over de groep over. De commandant en zijn staf, maximaal twaalf militairen, varen mee "
    "aan boord van het Belgische commando- en steunschip. De staf bereidt zich vanaf het vierde kwartaal van 2026 in "
    "Den Helder op deze taak voor.\n\nFinanciën\nDe kosten van de inzet zijn als volgt geraamd:\n\n"
    "Onderdeel\t2026\t2027\tTotaal\nZr.Ms. Makkum\t€ 3,9 mln.\t-\t€ 3,9 mln.\n"
    "Commando SNMCMG1\t€ 0,4 mln.\t€ 2,2 mln.\t€ 2,6 mln.\nTotaal\t€ 4,3 mln.\t€ 2,2 mln.\t€ 6,5 mln.\n\n"
    "De kosten komen ten laste van het Budget Internationale Veiligheid (BIV).\n")


def test_a_ship_in_the_waters_of_countries_and_the_command_beside_it() -> None:
    got = [fields(d) for d in run(_MINEHUNTER)]
    assert got == [
        {"countries": ["EE", "LV", "LT"], "action": "new", "start": "2026-04", "end": "2026-06", "personnel_max": 45,
         "cost_eur": 3_900_000, "funding": "BIV"},
        {"countries": ["EE", "LV", "LT"], "action": "new", "start": "2027-01-01", "end": "2027-12-31",
         "personnel_max": 12, "cost_eur": 2_600_000, "funding": "BIV"}]


@pytest.mark.parametrize("text, period", [
    # a quarter with `in` is the period; a half with `in` says when within it
    ("Het kabinet heeft besloten het fregat Zr.Ms. Tromp in het derde kwartaal van 2027 in de Rode Zee in te zetten, "
     "vanuit Djibouti.", ("2027-07", "2027-09")),
    ("Nederland stationeert in de eerste helft van 2027 vier F-35's in Polen.", (None, None)),
])
def test_a_quarter_with_in(text: str, period: tuple) -> None:
    [got] = run(text)
    assert (got.start, got.end) == period, fields(got)


@pytest.mark.parametrize("text, countries", [
    ("Nederland levert twee F-35's voor de bewaking van het luchtruim van Polen.", ["PL"]),
    ("Het fregat opereert met twee Nederlandse helikopters in de kustwateren van Libanon en Cyprus.", ["LB", "CY"]),
])
def test_the_waters_or_air_of_a_country_are_where_units_are(text: str, countries: list[str]) -> None:
    assert [d.countries for d in run(text)] == [countries]


_PATRIOT_END = (
    "Geachte voorzitter,\n\nMede namens de minister van Buitenlandse Zaken informeer ik u over de beëindiging van de "
    "Nederlandse bijdrage aan de NAVO-operatie Active Fence in Turkije. In de brief van 18 oktober 2013 heeft het "
    "kabinet u gemeld dat de twee Nederlandse Patriot-batterijen tot eind januari 2015 in Adana gestationeerd blijven. "
    "Het kabinet heeft besloten deze inzet niet opnieuw te verlengen.\n\nVerloop van de inzet\nDe Nederlandse "
    "eenheden hebben geen raketten onderschept; wel zijn sinds de start van de operatie enkele tientallen lanceringen "
    "van ballistische raketten binnen Syrië waargenomen.\n\nBeëindiging en herontplooiing\nDe Nederlandse bijdrage "
    "aan Active Fence wordt op 26 januari 2015 beëindigd, op het moment dat de Spaanse eenheid de taak heeft "
    "overgenomen. De herontplooiing van de circa 270 militairen en het materieel begint op 27 januari 2015. Het "
    "materieel wordt per schip vanuit de haven van Iskenderun naar Nederland vervoerd.\n\nKosten\nDe kosten van de "
    "inzet komen met ingang van 2014 ten laste van het Budget Internationale Veiligheid (BIV).\n")


def test_a_letter_that_ends_its_one_deployment() -> None:
    assert [fields(d) for d in run(_PATRIOT_END)] == [
        {"countries": ["TR"], "action": "end", "start": None, "end": "2015-01-26", "personnel_max": 270,
         "cost_eur": None, "funding": "BIV"}]


@pytest.mark.parametrize("text", [
    "Het kabinet heeft besloten de bijdrage aan UNTSO in Libanon niet opnieuw te verlengen.",
    "De bijdrage aan UNTSO in Libanon wordt niet opnieuw verlengd.",
])
def test_not_extended_again_ends_it(text: str) -> None:
    assert [d.action for d in run(text)] == ["end"]


def test_a_town_placed_by_the_country_after_it() -> None:
    [got] = run("Nederland stelt een infanteriecompagnie beschikbaar aan de Multinational Task Force North, die vanuit "
                "Novo Selo in het noorden van Kosovo opereert.")
    assert got.countries == ["XK"]


def test_the_costs_of_the_people_a_deployment_is_named_by_and_both_funded() -> None:
    text = ("Geachte voorzitter,\n\nHet besluit\nNederland stelt van 1 juni 2008 tot en met 30 november 2008 een "
            "infanteriecompagnie van ten hoogste 140 militairen beschikbaar aan KFOR in Kosovo.\n\nDaarnaast "
            "levert Nederland sinds 2005 stafofficieren aan het hoofdkwartier van KFOR in Pristina. Het kabinet heeft "
            "besloten deze bijdrage van vijf stafofficieren te verlengen tot eind 2009.\n\nFinanciële aspecten\nDe "
            "additionele uitgaven van de compagnie worden geraamd op € 7,4 miljoen. De kosten van de stafofficieren "
            "bedragen circa € 0,3 mln. per jaar. Beide worden gefinancierd uit de middelen voor "
            "crisisbeheersingsoperaties van de Homogene Groep Internationale Samenwerking (HGIS).\n")
    got = sorted((d.action, d.cost_eur, d.funding) for d in run(text))
    assert got == [("extension", 300_000, "HGIS"), ("new", 7_400_000, "HGIS")]


def test_the_costs_of_the_contributions_together_fund_each_and_are_no_ones_cost() -> None:
    text = ("Geachte voorzitter,\n\nAntwoord 1\nHet gaat om vier marechaussees bij de European Union Rule of "
            "Law Mission in Kosovo (EULEX) en zes bij de politiecomponent van MINUSMA in Mali.\n\nAntwoord 2\n"
            "De kosten van de KMar-bijdragen bedragen in 2020 circa € 1,2 miljoen en komen ten laste van het "
            "Budget Internationale Veiligheid (BIV).\n")
    assert {(d.cost_eur, d.funding) for d in run(text)} == {(None, "BIV")}
    # (those it names by number are not all of them)
    numbered = text.replace("De kosten van de KMar-bijdragen bedragen in 2020 circa € 1,2 miljoen en komen",
                            "De kosten van de bijdragen onder 1.1 en 2.1 komen")
    assert {d.funding for d in run(numbered)} == {None}


@pytest.mark.parametrize("text", [
    # assets delivered, a capability given, assets bought
    "Op dit moment zijn zes Nederlandse F-16's in Oekraïne aangekomen; de volgende tranche volgt voor het einde van "
    "dit jaar.",
    "Samen met Denemarken vormt Nederland de kern van de luchtmachtcoalitie, die Oekraïne een eigen "
    "F-16-capaciteit verschaft.",
    "Om de achterstand in te lopen bestelt Defensie zes extra F-35's voor de luchtverdediging van Polen.",
])
def test_delivered_given_or_bought_is_not_deployed(text: str) -> None:
    assert run(text) == []


@pytest.mark.parametrize("text", [
    "Eerder dit jaar leverden vier Nederlandse F-35's vanuit Ämari in Estland een bijdrage aan de NAVO-"
    "luchtverdediging. Deze inzet is afgerond.",
    "De bijdrage aan de NAVO-luchtverdediging in Polen met F-35's liep van december 2022 tot en met 28 februari jl. "
    "en is daarmee afgerond.",
])
def test_what_ran_and_is_completed_ended(text: str) -> None:
    assert [d.action for d in run(text)] == ["end"]


def test_one_off_costs_are_a_part_not_the_cost() -> None:
    text = ("Geachte voorzitter,\n\nDe Nederlandse bijdrage\nHet kabinet heeft besloten vanaf 2017 met circa 250 "
            "militairen bij te dragen aan de battlegroup in Litouwen.\n\nFinanciële aspecten\nDe kosten van de "
            "Nederlandse bijdrage worden geraamd op circa € 35 miljoen per jaar. De eenmalige kosten voor het "
            "transport en de infrastructuur in Rukla bedragen ongeveer € 8,5 miljoen.\n")
    assert [d.cost_eur for d in run(text)] == [35_000_000]


@pytest.mark.parametrize("text, countries", [
    # headquarters and mission towns the gazetteer now knows
    ("Nederland levert twee stafofficieren aan het hoofdkwartier van Sophia in Rome.", ["IT"]),
    ("De bijdrage van één marechaussee aan EUPOL COPPS in Ramallah is op 1 maart jl. beëindigd.", ["PS"]),
])
def test_headquarters_and_mission_towns(text: str, countries: list[str]) -> None:
    assert [d.countries for d in run(text)] == [countries]


def test_a_dutch_act_said_to_follow_the_missions_own_takes_its_name() -> None:
    text = ("Het gaat om vier marechaussees bij de European Union Rule of Law Mission in Kosovo (EULEX).\n\n"
            "Het mandaat van EULEX liep tot 14 juni 2020. De Raad van de EU heeft op 8 juni jl. besloten het mandaat "
            "met een jaar te verlengen. Het kabinet heeft besloten de Nederlandse bijdrage van 4 marechaussees "
            "eveneens te verlengen, tot en met 14 juni 2021.\n")
    assert [(d.countries, d.action, d.end) for d in run(text)] == [(["XK"], "extension", "2021-06-14")]


@pytest.mark.parametrize("text, action", [
    # an announcement an earlier letter made, said again: its status
    ("Zoals in de kabinetsinzet gemeld, leveren wij van 1 januari tot en met 30 april 2015 vier F-16's, die vanuit "
     "Malbork in Polen opereren.", "status"),
    ("Zoals eerder aangekondigd stationeert Nederland vier F-35's in Polen.", "status"),
    # (the letter's own announcement is new)
    ("Nederland levert van 1 januari tot en met 30 april 2015 vier F-16's, die vanuit Malbork in Polen opereren.",
     "new"),
])
def test_an_announcement_said_again_is_its_status(text: str, action: str) -> None:
    [got] = run(text)
    assert got.action == action, fields(got)


def test_a_table_of_what_the_budget_for_missions_paid_gives_its_funding() -> None:
    text = _MISSION_TABLE.replace("Realisatie missies en operaties 2022\n",
                                  "Van de gerealiseerde uitgaven uit het Budget Internationale Veiligheid (BIV) ging "
                                  "€ 97,2 mln. naar de missies in de onderstaande tabel.\n\nRealisatie missies en "
                                  "operaties 2022\n")
    assert {d.funding for d in run(text)} == {"BIV"}
    # (a table with no word of that budget before it says nothing of funding)
    assert {d.funding for d in run(_MISSION_TABLE)} == {None}


def test_a_list_of_counts_by_mission_splits_at_each() -> None:
    text = ("Het gaat om vier marechaussees bij EULEX in Kosovo, twee bij de EU Border Assistance Mission in Libya "
            "(EUBAM Libya) en zes bij de politiecomponent van de VN-missie in Mali.")
    assert all(len(d.countries) == 1 for d in run(text))      # (each its own, not Libya and Mali as one)


@pytest.mark.parametrize("text, sizes", [
    ("Het gaat om vier marechaussees bij EULEX in Kosovo, twee bij de EU Border Assistance Mission in Libya "
     "(EUBAM Libya) en zes bij de politiecomponent van de VN-missie in Mali.", {"XK": 4, "LY": 2, "ML": 6}),
    ("Nederland levert twee stafofficieren aan EUTM Mali in Bamako, één bij EUCAP Sahel Niger in Niamey en drie "
     "bij UNMISS in Zuid-Soedan.", {"ML": 2, "NE": 1, "SS": 3}),
    ("Nederland levert vijf militairen aan UNTSO in Israël, twee aan UNIFIL in Libanon en één aan UNDOF op de "
     "Golan.", {"IL": 5, "LB": 2, "SY": 1}),
])
def test_a_count_that_leaves_its_noun_to_the_first_counts_that_noun(text: str, sizes: dict[str, int]) -> None:
    assert {"/".join(d.countries): d.personnel_max for d in run(text)} == sizes


def test_a_count_left_bare_with_no_count_of_people_before_it_is_no_size() -> None:
    # (`vier missies`: no people counted before `twee bij`, so the bare number counts nothing)
    text = ("Nederland neemt deel aan vier missies in de regio, twee bij de EU Border Assistance Mission in Libya "
            "(EUBAM Libya) en aan EULEX in Kosovo.")
    assert {d.personnel_max for d in run(text)} == {None}


def test_what_daarvan_costs_after_a_purchase_is_not_the_deployments() -> None:
    text = ("Geachte voorzitter,\n\nDe Nederlandse bijdrage\nNederland levert vier F-35's aan de luchtverdediging in "
            "Polen.\n\nGevolgen\nOm de achterstand in te lopen bestelt Defensie zes extra F-35's. De kosten daarvan, "
            "circa € 1 miljard, worden gedekt uit de middelen van de Defensienota.\n")
    assert [(d.cost_eur, d.funding) for d in run(text)] == [(None, None)]
    # (after a sentence about the deployment, `daarvan` is its)
    own = text.replace("Om de achterstand in te lopen bestelt Defensie zes extra F-35's.",
                       "De F-35's worden gestationeerd op de vliegbasis Łask.")
    assert [d.cost_eur for d in run(own)] == [1_000_000_000]


@pytest.mark.parametrize("text, want", [
    ("De grootste uitgavenpost in 2022 is de bijdrage aan de eFP-battlegroup in Litouwen, met circa 270 militairen.",
     [(["LT"], 270)]),
    ("De grootste post was de deelname aan UNIFIL in Libanon, met 150 militairen.", [(["LB"], 150)]),
    # (whose contribution it is, said: another country's)
    ("Een van de onderwerpen is de bijdrage van Duitsland aan de eFP-battlegroup in Litouwen, met circa 1.500 "
     "militairen.", []),
    # (a topic, not a budget's item: whose contribution it is, is not said)
    ("Een belangrijk thema is de bijdrage aan de missie in Irak van alle bondgenoten.", []),
    ("Het doel van de bijeenkomst is de bijdrage aan de NAVO-missie in Kosovo te bespreken.", []),
])
def test_the_contribution_named_as_a_budgets_item_is_the_letters_own(text: str, want: list) -> None:
    assert [(d.countries, d.personnel_max) for d in run(text)] == want


def test_a_row_of_a_table_of_missions_names_the_deployment_the_prose_left_unnamed() -> None:
    text = _MISSION_TABLE.replace("Realisatie missies en operaties 2022\n",
                                  "Nederland leverde in 2022 circa 270 militairen in Litouwen.\n\n"
                                  "Realisatie missies en operaties 2022\n")
    assert any(d.personnel_max == 270 and "Forward Presence" in d.title for d in run(text))


@pytest.mark.parametrize("again", ["opnieuw", "wederom", "nogmaals"])
def test_the_same_kind_of_unit_again_elsewhere_is_the_next_rotation(again: str) -> None:
    text = ("Van mei tot en met augustus jl. namen vier Nederlandse F-16's vanuit Šiauliai in Litouwen deel aan de "
            f"versterkte Baltic Air Policing. Van 1 januari tot en met 30 april 2015 leveren wij {again} vier F-16's, "
            "die vanuit Malbork in Polen opereren.")
    got = sorted((d.countries, d.end) for d in run(text))
    assert got == [(["LT"], None), (["PL"], "2015-04-30")]
    # (again in the same place: the merge by name goes on as before, one deployment)
    same = text.replace("vanuit Malbork in Polen", "vanuit Šiauliai in Litouwen")
    assert [d.countries for d in run(same)] == [["LT"]]


_TWO_COLUMN_COSTS = (
    "Geachte voorzitter,\n\nDeze brief bevat geen nieuwe besluiten.\n\n1. Libanon – UNIFIL\nNederland levert twee "
    "stafofficieren aan het hoofdkwartier van UNIFIL in Naqoura. Hun inzet loopt tot eind 2019.\n\n2. Irak – "
    "anti-ISIS-coalitie\nDe inzet van zes F-16's vanuit Jordanië tegen ISIS in Irak wordt op 31 december 2018 "
    "beëindigd. Nederland blijft de coalitie steunen met trainers in Bagdad tot en met 31 december 2019.\n\n"
    "3. Hoorn van Afrika – Atalanta\nHet fregat Zr.Ms. Tromp nam van 1 april tot en met 31 juli 2018 met circa 200 "
    "bemanningsleden deel aan EU-operatie Atalanta voor de kust van Somalië. Daarmee is de Nederlandse bijdrage met "
    "schepen aan Atalanta afgesloten. Nederland levert wel één stafofficier aan het hoofdkwartier van Atalanta, dat "
    "in maart van Northwood naar Rota is verhuisd.\n\n"
    "Kosten\nDe kosten van de bijdragen in 2018:\n\n"
    "Missie                               Kosten 2018\n"
    "UNIFIL                               € 0,3 mln.\n"
    "Anti-ISIS (F-16 en training)         € 98,7 mln.\n"
    "Atalanta (Zr.Ms. Tromp)              € 14,6 mln.\n"
    "Totaal                               € 113,6 mln.\n\n"
    "Alle kosten komen ten laste van het Budget Internationale Veiligheid (BIV).\n")


def test_a_table_of_two_columns_under_its_header_of_costs_gives_each_row_its_sum() -> None:
    got = {(tuple(d.countries), d.end): d for d in run(_TWO_COLUMN_COSTS)}
    assert got[(("LB",), "2019")].cost_eur == 300_000
    # (of the ship the row names, not the staff officer at the operation's headquarters)
    assert got[(("SO",), "2018-07-31")].cost_eur == 14_600_000
    # (a row that joins the F-16s with what their text does not speak of is the cost of the two together)
    assert {d.cost_eur for d in run(_TWO_COLUMN_COSTS) if "JO" in d.countries} == {None}
    # (`Alle kosten komen ten laste van …`, below the table: every deployment's funding)
    assert {d.funding for d in run(_TWO_COLUMN_COSTS)} == {"BIV"}


def test_a_past_contribution_said_to_be_over_ends_and_a_place_left_for_another_is_not_where() -> None:
    got = {d.end: d for d in run(_TWO_COLUMN_COSTS)}
    ship = got["2018-07-31"]
    assert (ship.action, ship.start, ship.personnel_max) == ("end", "2018-04-01", 200)
    # (`… dat in maart van Northwood naar Rota is verhuisd`: Rota, not Northwood; Rota is not in the tables of
    # places, so its deployment is the ship's operation's country only if it names one)
    assert all("GB" not in d.countries for d in run(_TWO_COLUMN_COSTS))


@pytest.mark.parametrize("ended", [
    "Daarmee is de Nederlandse bijdrage aan Atalanta afgesloten.",
    "Daarmee is de deelname van Nederland aan Atalanta afgerond.",
    "De Nederlandse bijdrage aan Atalanta is daarmee afgesloten.",
])
def test_a_contribution_said_to_be_closed_ends(ended: str) -> None:
    text = ("Het fregat Zr.Ms. Tromp nam van 1 april tot en met 31 juli 2018 deel aan EU-operatie Atalanta voor de "
            f"kust van Somalië. {ended}")
    assert [d.action for d in run(text)] == ["end"]


def test_a_paragraph_that_opens_with_the_short_name_the_letter_gave_its_unit_is_about_it() -> None:
    text = ("Geachte voorzitter,\n\nDe Nederlandse bijdrage in Uruzgan bestaat uit een Task Force Uruzgan (TFU) met "
            "als kern een Provinciaal Reconstructieteam in Tarin Kowt.\n\nDe TFU zal in totaal 1.200 tot 1.400 "
            "militairen omvatten. De bijdrage wordt geleverd voor een periode van twee jaar, te rekenen vanaf "
            "augustus 2006.\n")
    assert [(d.countries, d.personnel_max, d.start, d.end) for d in run(text)] == [(["AF"], 1400, "2006-08",
                                                                                     "2008-07")]
    # (a short name no Dutch deployment gave its unit opens no paragraph of ours: `De VN zal …`)
    other = text.replace("De TFU zal", "De VN zal")
    assert [(d.personnel_max, d.end) for d in run(other)] == [(None, None)]


@pytest.mark.parametrize("grows", ["die de basis in Tarin Kowt uitbreidt", "die het kamp verder uitbreidt"])
def test_a_base_that_grows_is_no_change_of_the_deployment(grows: str) -> None:
    assert "change" not in deployments.read_action(f"De opbouw begint in februari 2006 met een genie-eenheid {grows}.")
    # (the deployment that grows is one)
    assert "change" in deployments.read_action("De Nederlandse bijdrage wordt uitgebreid met een genie-eenheid.")


_FRIGATE_AND_STAFF = (
    "Geachte voorzitter,\n\nHierbij informeren wij u over het besluit tot een bijdrage aan UNIFIL.\n\n"
    "De Nederlandse bijdrage\nDe regering heeft besloten het M-fregat Hr.Ms. Van Galen "
    "beschikbaar te stellen voor de Maritime Task Force (MTF) van UNIFIL voor de kust van Libanon. Het fregat vertrekt "
    "begin oktober uit Den Helder en sluit medio oktober 2006 bij de taakgroep aan. De inzet duurt tot eind februari "
    "2007. Het fregat heeft circa 190 bemanningsleden aan boord.\n\n"
    "Daarnaast levert Nederland met ingang van 1 oktober 2006 twee stafofficieren aan het hoofdkwartier van de MTF "
    "aan boord van het Duitse vlaggenschip. Hun inzet loopt gelijk op met die van het fregat.\n\n"
    "Financiën\nDe additionele kosten van de inzet van het fregat en de stafofficieren worden naar schatting € 8,9 "
    "miljoen. Deze kosten komen ten laste van de HGIS-middelen voor crisisbeheersingsoperaties.\n")


def test_a_frigate_made_available_and_the_staff_officers_added_beside_it() -> None:
    got = sorted(((d.personnel_max, d.countries, d.action, d.start, d.end, d.cost_eur, d.funding)
                  for d in run(_FRIGATE_AND_STAFF)), key=str)
    assert got == sorted([
        # (`beschikbaar te stellen` decides; joining the task group starts it; the home port it leaves is not where)
        (190, ["LB"], "new", "2006-10", "2007-02", None, "HGIS"),
        # (added beside it with a date of its own, under a name they share; in step with the frigate's end)
        (2, ["LB"], "new", "2006-10-01", "2007-02", None, "HGIS"),
    ], key=str)
    # (the costs of the two together are neither's; `Deze kosten` fund both)


@pytest.mark.parametrize("joins", ["sluit medio oktober 2006 bij de taakgroep aan", "voegt zich medio oktober 2006 "
                                   "bij de taakgroep", "sluit medio oktober 2006 aan bij de taakgroep"])
def test_joining_the_force_gives_the_start(joins: str) -> None:
    assert deployments.read_period(f"Het fregat {joins}.")[0] == "2006-10"


def test_a_list_of_sums_each_for_a_unit_by_its_noun() -> None:
    costs = ("Financiën\nDe kosten van de bijdrage worden geraamd op EUR 8,1 mln. voor het fregat en EUR 0,4 mln. voor "
             "de stafofficieren. De kosten worden gefinancierd uit het Budget Internationale Veiligheid (BIV).\n")
    text = _FRIGATE_AND_STAFF[:_FRIGATE_AND_STAFF.index("Financiën")] + costs
    assert sorted((d.personnel_max, d.cost_eur, d.funding) for d in run(text)) == [
        (2, 400_000, "BIV"), (190, 8_100_000, "BIV")]
    # (a sum for something that is no unit of the letter's is no one's cost)
    other = text.replace("voor het fregat", "voor de wederopbouw").replace("voor de stafofficieren", "voor de opvang")
    assert {d.cost_eur for d in run(other)} == {None}


@pytest.mark.parametrize("text, deployed", [
    ("Daarnaast levert Nederland civiele experts aan onder meer de EU-monitoringmissie in Georgië.", False),
    ("Nederland draagt met civiele deskundigen bij aan EUAM Iraq in Bagdad.", False),
    # (civilians beside the forces: those deploy)
    ("Nederland levert civiele experts en twee militairen aan de EU-monitoringmissie in Georgië.", True),
])
def test_civilian_experts_sent_to_a_mission_are_no_deployment_of_the_forces(text: str, deployed: bool) -> None:
    assert bool(run(text)) is deployed


def test_a_paragraph_that_names_the_dutch_units_short_name_commits_in_the_passive() -> None:
    text = ("Geachte voorzitter,\n\nDe Nederlandse bijdrage in Uruzgan bestaat uit een Task Force Uruzgan (TFU) met "
            "als kern een Provinciaal Reconstructieteam in Tarin Kowt.\n\nTer ondersteuning van de TFU worden vanaf "
            "juli 2006 vanaf Kandahar Airfield zes AH-64D Apache-gevechtshelikopters ingezet.\n\nAustralië levert een "
            "eenheid voor wederopbouw die samen met de TFU in Tarin Kowt werkt.\n")
    starts = sorted(str(d.start) for d in run(text))
    assert "2006-07" in starts
    # (another country's unit beside it stays that country's)
    assert len(run(text.replace("Ter ondersteuning van de TFU worden vanaf juli 2006", "Vanaf juli 2006 worden"))) == 1


def test_a_deployment_told_after_the_fact_has_its_dates_and_ends() -> None:
    text = ("Defensie heeft voor de evacuatie transportvliegtuigen ingezet. Het evacuatiedetachement telde in totaal "
            "circa 270 militairen, onder wie 30 marechaussees, op de luchthaven van Kabul in Afghanistan. Het "
            "detachement vertrok op 16 augustus 2021 en de laatste militairen verlieten Kabul op 26 augustus 2021.")
    assert [(d.action, d.start, d.end, d.personnel_max) for d in run(text)] == [
        ("end", "2021-08-16", "2021-08-26", 270)]


@pytest.mark.parametrize("text, action", [
    ("Defensie heeft in augustus drie transportvliegtuigen voor de evacuatie uit Kabul in Afghanistan ingezet.", "end"),
    # (what has been deployed since, and goes on, is no end)
    ("Defensie heeft sinds 2019 drie transportvliegtuigen in Irak ingezet.", "status"),
    ("Nederland heeft in 2024 twee F-35's in Polen ingezet en doet dat ook in 2025.", "status"),
    ("De Nederlandse inzet in MINUSMA in Mali is per 31 december 2023 definitief afgesloten.", "end"),
])
def test_a_deployment_done_and_over(text: str, action: str) -> None:
    assert [d.action for d in run(text)] == [action]


@pytest.mark.parametrize("text, action", [
    ("Vijf CH-47 Chinook-transporthelikopters van Defensie worden vanaf juli 2006 vanaf Kandahar in Afghanistan "
     "ingezet.", "new"),
    ("De Nederlandse F-35's worden met ingang van 1 maart 2027 in Polen ingezet.", "new"),
])
def test_the_passive_from_a_date_announces(text: str, action: str) -> None:
    assert [d.action for d in run(text)] == [action]


def test_what_a_unit_is_there_to_support_does_not_name_it() -> None:
    text = ("Geachte voorzitter,\n\nDe Nederlandse bijdrage in Uruzgan bestaat uit een Task Force Uruzgan (TFU) met "
            "ten hoogste 1.400 militairen in Tarin Kowt, van augustus 2006 tot augustus 2008.\n\nTer ondersteuning van "
            "de TFU worden vanaf juli 2006 vanaf Kandahar Airfield zes AH-64D Apache-gevechtshelikopters ingezet.\n")
    got = sorted((str(d.start), d.personnel_max) for d in run(text))
    assert got == [("2006-07", None), ("2006-08", 1400)]      # (the helicopters are not the TFU)


@pytest.mark.parametrize("text, period", [
    ("blijft tot het najaar van 2006 actief", (None, "2006")),
    ("van de zomer van 2025 tot eind 2026", ("2025", "2026")),
    ("tot het voorjaar van 2027", (None, "2027")),
])
def test_a_season_of_a_year_dates_to_its_year(text: str, period: tuple) -> None:
    assert deployments.read_period(text) == period


@pytest.mark.parametrize("text, ended", [
    ("Het Nederlandse detachement in Kunduz blijft tot het najaar van 2006 actief en wordt daarna overgedragen aan "
     "een andere bondgenoot.", True),
    ("Het commando over de eenheid wordt op 1 juli overgedragen aan Duitsland.", True),
    # (handed to the Netherlands: it takes over, nothing ends)
    ("Het commando over SNMG1 wordt op 1 juli overgedragen aan Nederland.", False),
])
def test_handed_over_to_another_ally_ends(text: str, ended: bool) -> None:
    assert ("end" in deployments.read_action(text)) is ended


def test_the_short_name_of_a_body_beside_the_unit_makes_no_paragraph_ours() -> None:
    text = ("Geachte voorzitter,\n\nNederland levert twee stafofficieren aan de missie van de Afrikaanse Unie (AU) in "
            "Somalië, tot en met 31 december 2027.\n\nDe AU zal in 2027 ook 300 militairen naar Somalië sturen.\n")
    assert [d.personnel_max for d in run(text)] == [2]


@pytest.mark.parametrize("text, action", [
    ("Het kabinet beschouwt deze beperkte bijdrage aan een bestaande operatie als een voortzetting binnen dat kader.",
     None),
    ("Deze bijdrage is te beschouwen als een verlenging van de huidige inzet.", None),
    ("De inzet geldt als een uitbreiding van de bestaande bijdrage.", None),
    ("De bijdrage wordt aangemerkt als een voortzetting van de inzet in 2028.", None),
    # (an act done beside a framing of something else stays done)
    ("Het kabinet beschouwt de missie als geslaagd en heeft besloten haar te verlengen tot eind 2027.", "extension"),
    ("Het kabinet heeft besloten de bijdrage voort te zetten.", "extension"),
])
def test_an_act_framed_as_a_kind_is_not_done(text: str, action: str | None) -> None:
    assert deployments.actions.explicit(deployments.read_action(text)) == action


def test_a_clause_that_frames_the_contribution_keeps_its_period() -> None:
    # (the framing in a clause of its own after a relative clause: the period of `gedurende …` stands, and the
    # contribution made again is new)
    [d] = run("Op verzoek van de operatiecommandant levert Nederland gedurende het eerste halfjaar van 2029 opnieuw "
              "twee stafofficieren aan het hoofdkwartier in Larissa (Griekenland). Het kabinet beschouwt deze bijdrage "
              "aan een bestaande operatie, waarover uw Kamer eerder is geïnformeerd, als een voortzetting binnen dat "
              "kader.")
    assert (d.action, d.start, d.end, d.personnel_max) == ("new", "2029-01", "2029-06", 2)


_SUMMARY_LIST = ("Betreft Inzet in 2027\n\nGeachte voorzitter,\n\nMet deze brief informeren wij uw Kamer over de inzet "
                 "in 2027.\n\nIn het kort\n– Het M-fregat Zr.Ms. Van Amstel neemt van 1 september t/m 15-12-2027 deel "
                 "aan de missie in Italië.\n{}\n\nHoogachtend,\n")


@pytest.mark.parametrize("item, ours", [
    # (its actor left out, in a list whose item before is a Dutch deployment; a country it acts above is no actor)
    ("– Vier F-35's nemen vanaf het derde kwartaal van 2027 de luchtruimbewaking boven Slowakije voor hun rekening.",
     True),
    ("– Twee mijnenjagers patrouilleren vanaf juli 2027 langs de kust van Estland.", True),
    # (another country's units, or another country or NATO as the subject: not ours)
    ("– Vier Belgische F-16's nemen vanaf juli 2027 de luchtruimbewaking boven Slowakije over.", False),
    ("– Duitsland stationeert vanaf juli 2027 vier Eurofighters in Slowakije.", False),
    ("– De NAVO verhoogt vanaf juli 2027 de paraatheid van de troepen in Slowakije.", False),
])
def test_an_item_of_a_list_of_dutch_deployments_is_one(item: str, ours: bool) -> None:
    got = {tuple(d.countries): d.start for d in run(_SUMMARY_LIST.format(item))}
    assert got.pop(("IT",)) == "2027-09-01"
    assert (got != {}) is ours
    if ours:
        assert list(got.values()) == ["2027-07"]


def test_an_item_of_a_list_no_dutch_deployment_opens_is_not_ours() -> None:
    assert run("Betreft X\n\nGeachte voorzitter,\n\nDe bondgenoten hebben het volgende besloten.\n– Vier F-35's nemen "
               "vanaf juli 2027 de luchtruimbewaking boven Slowakije voor hun rekening.\n\nHoogachtend,\n") == []


@pytest.mark.parametrize("said", [
    "Zoals eerder gemeld (Kamerstuk 29 521, nr. 341) eindigt de inzet van de Apaches en de Chinooks in Mali per 1 "
    "september 2017.",
    "Zoals bekend eindigt de inzet van de helikopters in Mali per 1 september 2017.",
])
def test_assets_by_their_type_within_the_sentence_are_ours_and_an_end_known_before_keeps_its_date(said: str) -> None:
    [d] = run(f"Antwoord\nDe Chinooks zijn niet opgeschort geweest. {said}")
    assert (d.countries, d.action, d.start, d.end) == (["ML"], "status", None, "2017-09-01")


def test_another_countrys_assets_by_their_type_are_not_ours() -> None:
    assert run("Antwoord\nDuitsland beëindigt de inzet van de Tiger-helikopters in Mali per 1 september 2017.") == []


def test_the_costs_of_the_decided_deployment_where_their_section_recalls_another() -> None:
    got = run("Betreft Inzet F-16's\n\nGeachte voorzitter,\n\n1. Besluit\nHet kabinet heeft besloten vanaf 1 oktober "
              "2014 zes F-16's in te zetten tegen ISIS in Irak.\n\n2. Financiën\nDe kosten van de F-16-inzet worden "
              "geraamd op € 81 miljoen. Aan de inzet van de Patriot-eenheden in Turkije, die tot eind januari 2015 "
              "loopt, verandert dit besluit niets.\n")
    assert sorted((d.countries, d.cost_eur, d.end) for d in got) == [(["IQ"], 81_000_000, None),
                                                                     (["TR"], None, "2015-01")]


@pytest.mark.parametrize("text, deployed", [
    ("Hierbij zend ik u de antwoorden op de vragen van het lid Ten Broeke (VVD) over het ongeval met een "
     "Apache-helikopter in Mali.", False),
    ("Vragen van het lid Ten Broeke (VVD) aan de ministers van Defensie en van Buitenlandse Zaken over het ongeval met "
     "een Apache-helikopter in Mali (ingezonden 11 juli 2017)", False),
    # (questions about an act of the letter's: its subject)
    ("Hierbij zend ik u de antwoorden op de vragen van het lid Van der Staaij (SGP) over de verlenging van de inzet "
     "van Patriot-eenheden in Turkije.", True),
])
def test_what_questions_are_about_commits_nothing_unless_it_is_an_act(text: str, deployed: bool) -> None:
    assert bool(run(text)) is deployed


def test_the_deployment_acted_on_named_again_with_nothing_of_its_own_is_the_same() -> None:
    [d] = run("Hierbij informeren wij u over het besluit van het kabinet om Nederlandse Patriot-systemen in Turkije te "
              "plaatsen.\n\nDeze brief richt zich specifiek op de inzet van de Patriot-systemen in Turkije met als "
              "doel de bevolking te beschermen.\n")
    assert (d.countries, d.action) == (["TR"], "new")


@pytest.mark.parametrize("text, cost", [
    ("Dat is bijna 4 miljoen euro meer dan in de artikel 100-brief geraamd.", None),
    ("De kosten vallen € 2 miljoen lager dan geraamd uit.", None),
    ("Dit betekent een overschrijding van circa € 2 miljoen ten opzichte van de raming.", None),
    ("De kosten worden geraamd op € 2 miljoen.", 2_000_000),
    ("De kosten worden geraamd op € 2 miljoen, meer dan vorig jaar.", 2_000_000),
])
def test_a_sum_that_is_a_difference_is_no_cost(text: str, cost: float | None) -> None:
    assert deployments.read_cost(text) == cost


def test_the_total_of_parts_is_no_units_cost_and_the_sum_for_a_units_contribution_is() -> None:
    got = run("Betreft Afbouw\n\nGeachte voorzitter,\n\nWat blijft\nNa de afbouw blijft Nederland bijdragen aan "
              "MINUSMA met ten hoogste 17 stafofficieren in Bamako. Deze bijdrage loopt tot en met 31 december 2019."
              "\n\nKosten\n"
              "De totale kosten van de Nederlandse bijdrage aan MINUSMA in 2019 worden geraamd op € 46,3 miljoen, "
              "waarvan circa € 14,2 miljoen betrekking heeft op de terugverplaatsing van materieel. Voor de blijvende "
              "bijdrage van stafofficieren is in 2019 € 3,5 mln. geraamd. De uitgaven worden gefinancierd uit het "
              "Budget Internationale Veiligheid (BIV).\n")
    assert [(d.personnel_max, d.cost_eur, d.funding) for d in got] == [(17, 3_500_000, "BIV")]


@pytest.mark.parametrize("text, dutch", [
    ("Overeenkomstig artikel 100 van de Grondwet informeert de regering u hierbij over het besluit een bijdrage te "
     "leveren aan de NATO Training Mission – Iraq (NTM-I).", True),
    ("De regering heeft besloten het M-fregat Hr.Ms. Van Galen beschikbaar te stellen.", True),
    # (another's government, or the one a motion asks)
    ("Op verzoek van de regering van Irak levert de coalitie trainers aan de NATO Training Mission – Iraq.", False),
    ("De motie die de regering verzoekt militairen te leveren aan de NATO Training Mission – Iraq.", False),
])
def test_the_government_as_letters_before_2007_write_it_is_dutch(text: str, dutch: bool) -> None:
    assert (deployments.vocab.DUTCH.search(text) is not None) is dutch
    from inzet.extract import lexicon
    assert deployments.vocab.V_DUTCH.has(text, lexicon.of(text)) is dutch


_PARTS = ("Betreft Bijdrage aan EUFOR Althea\n\nGeachte voorzitter,\n\nMede namens de Minister van Defensie bericht ik "
          "u over het besluit van de regering deel te nemen aan EUFOR Althea in Bosnië-Herzegovina.\n\n3. De "
          "Nederlandse bijdrage\n\nDe Nederlandse bijdrage aan EUFOR Althea bestaat uit:\n- een versterkte "
          "infanteriecompagnie, gelegerd in Bugojno;\n- stafofficieren op het hoofdkwartier van EUFOR in Sarajevo;\n- "
          "een nationaal ondersteuningselement in Split (Kroatië).\n\nIn totaal gaat het om ongeveer 550 militairen. "
          "De eenheden worden gelegerd in bestaande kampen.\n\n{}\n\n5. Financiële aspecten\n\nDe additionele uitgaven "
          "van de Nederlandse deelname worden voor 2005 geraamd op circa € 24 miljoen. Deze uitgaven worden "
          "gefinancierd uit de Homogene Groep Internationale Samenwerking (HGIS).\n")


def test_a_list_of_the_parts_of_the_contribution_is_one_deployment_where_its_parts_are() -> None:
    # (its size the total after the list; its period the one the letter makes it available for; its costs the
    # `uitgaven` of the section on costs; a question for later, `bezien of voortzetting …`, no extension)
    [d] = run(_PARTS.format("De regering stelt de bijdrage voorlopig beschikbaar tot eind 2005. In het najaar van "
                            "2005 zal zij bezien of voortzetting van de deelname wenselijk is."))
    assert (d.countries, d.action, d.end, d.personnel_max, d.cost_eur, d.funding) == (
        ["BA", "HR"], "new", "2005", 550, 24_000_000, "HGIS")


def test_a_unit_placed_the_sentence_before_and_not_part_of_the_contribution_ends_on_its_return() -> None:
    got = run(_PARTS.format("Het detachement van drie Cougar-transporthelikopters dat sinds 2002 vanuit Camp Butmir de "
                            "SFOR-eenheden ondersteunt, maakt geen deel uit van de bijdrage aan EUFOR Althea. Het "
                            "detachement keert eind december 2004 terug naar Nederland; de helikopters zijn nodig voor "
                            "de opleiding van bemanningen en voor de Nederlandse bijdrage aan ISAF in 2005."))
    # (what the helicopters are needed for later names neither their mission nor their place)
    assert sorted((d.countries, d.action, d.start, d.end, d.personnel_max) for d in got) == [
        (["BA"], "end", "2002", "2004-12", None), (["BA", "HR"], "new", None, None, 550)]


def test_a_shared_country_in_two_mission_names_does_not_make_them_one() -> None:
    got = run("Betreft NTM-I\n\nGeachte voorzitter,\n\nHet kabinet heeft besloten tot het uitzenden van ongeveer 25 "
              "militairen naar de NATO Training Mission – Iraq (NTM-I), voor een periode van een jaar, te rekenen "
              "vanaf 1 juli 2005. Eerder droeg Nederland bij aan de Stabilisation Force Iraq (SFIR), die in maart 2005 "
              "eindigde.\n")
    assert [d.title for d in got if d.personnel_max == 25] == ["NATO Training Mission – Iraq"]


@pytest.mark.parametrize("text, date", [
    ("Het patrouilleschip heeft op 18 november jl. zijn laatste patrouille afgerond en keert op 9 december a.s. terug "
     "in Den Helder.", "9999-12-09"),
    ("De drie stafofficieren keren per 1 juli terug.", "9999-07-01"),
    ("Na afronding van de training op 3 mei 2027 keert het detachement op 20 mei 2027 terug naar Nederland.",
     "2027-05-20"),
])
def test_the_return_date_is_the_one_within_the_return(text: str, date: str) -> None:
    assert deployments.period.return_date(text) == date


def test_a_unit_there_since_a_day_of_this_year_starts_then_and_ends_on_its_return() -> None:
    text = ("Laatste scheepsbijdrage aan Atalanta\nZr.Ms. Holland neemt sinds 1 augustus jl. deel aan Atalanta voor de "
            "kust van Somalië. Het patrouilleschip heeft op 18 november jl. zijn laatste patrouille afgerond en keert "
            "op 9 december a.s. terug in Den Helder. Daarmee eindigt de Nederlandse bijdrage met schepen aan "
            "Atalanta.\n")
    [d] = deployments.extract(segment("t", text), letter_date="2022-11-25")
    assert (d.countries, d.action, d.start, d.end) == (["SO"], "end", "2022-08-01", "2022-12-09")


@pytest.mark.parametrize("text, inside", [
    ("het operationeel hoofdkwartier (Operation Headquarters, OHQ) van Atalanta in Rota", True),
    ("de brief van 28 september 2018 (Kamerstuk 29 521, nr. 365), waarin", False),
    ("de missie, die in Rota is gevestigd", False),
])
def test_a_comma_within_a_names_brackets_does_not_cut_the_clause(text: str, inside: bool) -> None:
    reader = importlib.import_module("inzet.extract.deployments.paragraph")
    assert reader._in_name_brackets(text, text.index(",")) is inside


@pytest.mark.parametrize("text, deployed", [
    # (a position at the meeting, support said and nothing more, money given, units exercising: no deployment)
    ("Nederland zal in de Raad benadrukken dat de operatie moet samenwerken met de schepen van de NAVO voor de kust "
     "van Somalië.", False),
    ("Ik zal mijn collega's vragen de tekorten aan helikopters in Afghanistan aan te vullen.", False),
    ("Nederland steunt de operatie.", False),
    ("Daarnaast draagt Nederland € 20 miljoen bij aan de opleiding van Oekraïense Patriot-bemanningen in Duitsland.",
     False),
    ("Nederland draagt bij aan de opbouw van een Patriot-batterij voor Oekraïne in Polen.", False),
    ("Deze Nederlandse eenheden blijven in Nederland gelegerd en oefenen in 2015 onder meer in Polen en Noorwegen.",
     False),
    # (but a contribution with people, or support that goes on to say with what)
    ("Nederland steunt de operatie met twee stafofficieren in Northwood.", True),
    ("Nederland draagt met 20 instructeurs bij aan de opleiding van Oekraïense militairen in Duitsland.", True),
])
def test_positions_money_and_exercises_are_no_deployment(text: str, deployed: bool) -> None:
    assert bool(run(text)) is deployed


def test_the_common_costs_of_the_operation_are_not_the_dutch_units() -> None:
    assert deployments.read_cost("De gemeenschappelijke kosten van de operatie worden voor het eerste jaar geraamd op "
                                 "€ 8,3 miljoen.") is None
    assert deployments.read_cost("De kosten van de operatie worden geraamd op € 8,3 miljoen.") == 8_300_000


def test_a_running_rotation_with_its_equipment_and_a_letter_to_come_about_going_on() -> None:
    # (the size beside the equipment it names, `met CV90-…`, is the unit's; a letter to come about going on, `ontvangt
    # u binnenkort een afzonderlijke brief`, extends nothing)
    [d] = run("eFP Litouwen\nSinds 2017 levert Nederland een bijdrage aan de eFP-battlegroup in Rukla (Litouwen). "
              "Het gaat om circa 270 militairen, waaronder een gemechaniseerde compagnie met "
              "CV90-infanteriegevechtsvoertuigen. De bijdrage loopt tot en met 31 december 2019. Over een voortzetting "
              "van de bijdrage in 2020 ontvangt u binnenkort een afzonderlijke brief.\n")
    assert (d.countries, d.action, d.end, d.personnel_max) == (["LT"], "status", "2019-12-31", 270)


def test_a_part_with_dates_of_its_own_is_not_the_equipment_of_the_unit() -> None:
    got = run("Atalanta\nZr.Ms. Holland neemt deel aan Atalanta voor de kust van Somalië, met circa 90 militairen aan "
              "boord. Het NH90-detachement, dat van augustus tot en met september aan boord was, is al op 30 september "
              "2022 teruggekeerd.\n")
    assert [d.personnel_max for d in got if d.end is None] == [90]


@pytest.mark.parametrize("ends", ["eindigt met de missie", "eindigt samen met de missie", "stopt met de missie"])
def test_a_contribution_that_ends_with_the_mission_ends_when_the_mission_does(ends: str) -> None:
    [d] = run(f"De ISAF-missie eindigt op 31 december 2014. De Nederlandse bijdrage aan ISAF, thans ongeveer 40 "
              f"stafofficieren in Kabul, {ends}.")
    assert (d.countries, d.action, d.end, d.personnel_max) == (["AF"], "end", "2014-12-31", 40)


def test_the_end_of_a_mission_is_not_the_dutch_end_without_a_contribution_that_ends_with_it() -> None:
    [d] = run("De ISAF-missie eindigt op 31 december 2014. Nederland levert daarna stafofficieren aan Resolute Support "
              "in Kabul.")
    assert d.end is None


# ---- units by their kind; an end of the whole detailed part by part ---------------------------------------------

_STEPS_OPENING = ("De afbouw verloopt in drie stappen.\n\n"
                  "Ten eerste beëindigt {unit} haar verkenningsopdrachten in de regio Gao op 1 mei 2019.\n\n")


@pytest.mark.parametrize("unit", [
    "de Special Operations Land Task Group (SOLTG)", "de taakgroep", "het squadron", "het peloton verkenners",
])
def test_a_unit_by_its_kind_is_the_deployment_a_list_of_steps_ends(unit: str) -> None:
    check(_STEPS_OPENING.format(unit=unit), {"countries": ["ML"], "action": "end", "end": "2019-05-01"})


@pytest.mark.parametrize("text", [
    "De Duitse taakgroep neemt de verkenningstaken in Gao over.",
    "Het Franse squadron in Jordanië voert sinds maart luchtaanvallen uit.",
    "Een Belgisch transportvliegtuig vliegt sinds april vanuit Bamako.",
])
def test_units_by_their_kind_of_others_are_not_ours(text: str) -> None:
    assert run(text) == [], [fields(d) for d in run(text)]


@pytest.mark.parametrize("asset", ["een C-130 transportvliegtuig", "twee Chinook-helikopters", "een korvet"])
def test_assets_by_their_kind_are_deployments(asset: str) -> None:
    check(f"Nederland zet van 1 maart tot en met 31 augustus 2019 {asset} in vanuit Bamako in Mali.",
          {"countries": ["ML"], "start": "2019-03-01", "end": "2019-08-31"})


_WHOLE = ("Met de brief van 28 september 2018 heeft het kabinet u gemeld dat de Nederlandse hoofdbijdrage aan de "
          "Multidimensional Integrated Stabilization Mission in Mali (MINUSMA) in de loop van 2019 wordt beëindigd.\n\n"
          "De afbouw verloopt in drie stappen.\n\n"
          "Ten eerste beëindigt de taakgroep haar verkenningsopdrachten in de regio Gao op 1 mei 2019.\n\n")
_SECOND = ("Ten tweede wordt de inzet van het C-130 transportvliegtuig, dat vanuit Bamako de logistieke ondersteuning "
           "verzorgt, eind maart 2019 beëindigd.\n\n")


def test_an_end_of_the_whole_detailed_part_by_part_is_its_parts() -> None:
    found = run(_WHOLE + _SECOND)
    assert sorted(d.end for d in found) == ["2019-03", "2019-05-01"], [fields(d) for d in found]


def test_an_end_of_the_whole_with_one_part_stays_beside_it() -> None:
    found = run(_WHOLE)
    assert sorted(d.end for d in found) == ["2019", "2019-05-01"], [fields(d) for d in found]


@pytest.mark.parametrize("text, date", [
    ("Met de brief van 28 september 2018 heeft het kabinet u gemeld dat de bijdrage in de loop van 2019 wordt "
     "beëindigd.", "2019"),
    ("Zoals gemeld in het verslag van 3 mei 2019 wordt de inzet eind juni 2019 beëindigd.", "2019-06"),
    ("Zoals toegezegd in het commissiedebat van 6 februari 2019 wordt de inzet op 1 mei 2019 beëindigd.",
     "2019-05-01"),
    ("De inzet wordt op 1 mei 2019 beëindigd.", "2019-05-01"),
])
def test_the_date_of_a_paper_referred_to_is_not_when_it_ends(text: str, date: str) -> None:
    from inzet.extract.deployments.period import read_date

    assert read_date(text) == date


@pytest.mark.parametrize("ask", [
    "waarin de regering wordt gevraagd de Kamer tijdig over een nieuwe bijdrage in Afghanistan te informeren",
    "die de regering heeft opgeroepen een nieuwe bijdrage in Afghanistan te overwegen",
    "die de regering verzoekt militairen naar Afghanistan te sturen",
    "waarin het kabinet wordt verzocht een bijdrage in Afghanistan te leveren",
])
def test_what_a_motion_asks_is_no_act(ask: str) -> None:
    text = f"Het kabinet geeft hiermee tevens uitvoering aan de motie van het lid Van der Knaap c.s., {ask}."
    assert run(text) == [], [fields(d) for d in run(text)]


def test_an_act_before_the_motion_it_answers_still_is_one() -> None:
    check("Zoals aangekondigd wordt de militaire bijdrage in de provincie Uruzgan per 1 augustus 2010 beëindigd, in "
          "overeenstemming met de motie van het lid Van Velzen c.s., die de regering heeft opgeroepen de NAVO te laten "
          "weten dat de Nederlandse rol in Uruzgan in 2010 eindigt.",
          {"countries": ["AF"], "action": "end", "end": "2010-08-01"})


@pytest.mark.parametrize("text, end", [
    ("Het Nederlandse PRT in de provincie Baghlan blijft tot het najaar van 2006 actief en wordt daarna overgedragen "
     "aan een andere bondgenoot.", "2006"),
    ("Het Nederlandse PRT in de provincie Baghlan, dat van september 2004 tot oktober 2006 actief was, is "
     "overgedragen aan Hongarije.", "2006-10"),
    ("Het Nederlandse detachement in Tallil werd op 30 juni 2005 overgedragen aan de Britse eenheden.",
     "2005-06-30"),
])
def test_a_unit_handed_over_to_an_ally_ends(text: str, end: str) -> None:
    check(text, {"countries": ["AF"] if "Baghlan" in text else ["IQ"], "action": "end", "end": end})


def test_a_provincial_reconstruction_team_names_no_deployment_of_its_own() -> None:
    """`PRT` is the kind of unit (the one in Tarin Kowt, the one in Baghlan): two PRTs are not one deployment."""
    text = ("Het kabinet heeft besloten de bijdrage aan ISAF in Afghanistan tot 1 augustus 2010 te verlengen. De kern "
            "van de bijdrage blijft de Task Force Uruzgan (TFU), met het Provincial Reconstruction Team (PRT) in Tarin "
            "Kowt.\n\n"
            "Eerdere inzet\nHet Nederlandse PRT in de provincie Baghlan, dat van september 2004 tot oktober 2006 "
            "actief was, is overgedragen aan Hongarije.")
    found = run(text)
    assert sorted((d.action, d.end) for d in found) == [("end", "2006-10"), ("extension", "2010-08-01")], \
        [fields(d) for d in found]


# ---- an alert posture is no deployment of its own; funding denied or by a country; a start told in the past -----

def test_an_alert_posture_does_not_split_the_detachment() -> None:
    """`Quick Reaction Alert (QRA)` names how the jets stand ready, not a second deployment."""
    check("Nederland levert van september tot en met december 2015 vier F-16's aan Baltic Air Policing vanaf Malbork "
          "in Polen. Het detachement bestaat uit vier F-16's, waarvan twee voortdurend gereed staan voor een Quick "
          "Reaction Alert (QRA), en circa 90 militairen.",
          {"countries": ["PL"], "start": "2015-09", "end": "2015-12", "personnel_max": 90})


@pytest.mark.parametrize("text, funding", [
    ("De uitgaven worden gefinancierd uit het BIV. De bijdrage van Litouwen aan de infrastructuur komt niet ten laste "
     "van Nederland.", "BIV"),
    ("De bijdrage van Litouwen komt niet ten laste van de Defensiebegroting.", None),
    ("De kosten komen ten laste van Nederland.", None),
    ("De kosten worden gefinancierd uit de HGIS-middelen.", "HGIS"),
])
def test_funding_denied_or_by_a_country_is_no_source(text: str, funding: str | None) -> None:
    from inzet.extract.deployments.values import read_funding

    assert read_funding(text) == funding


@pytest.mark.parametrize("text, start", [
    ("De missie ging op 24 juli 2014 van start.", "2014-07-24"),
    ("De operatie is op 1 maart 2015 gestart.", "2015-03-01"),
    ("De inzet begon in mei 2015.", "2015-05"),
    ("Het detachement startte per 1 januari 2016 vanuit Erbil.", "2016-01-01"),
])
def test_a_start_told_in_the_past(text: str, start: str) -> None:
    from inzet.extract.deployments.period import read_period

    assert read_period(text)[0] == start


def test_a_meeting_that_started_is_no_deployment() -> None:
    assert run("Het overleg ging op 3 mei 2015 van start in Brussel.") == []


_MISSION_OVER = ("In mijn brief van 25 juli 2014 heb ik u geïnformeerd over de inzet van Nederlandse militairen in "
                 "Oekraïne om de repatriëring van de slachtoffers mogelijk te maken. De missie is op 2 december 2014 "
                 "beëindigd.\n\n"
                 "Verloop van de missie\nDe missie ging op 24 juli 2014 van start. Vanuit de basis in Charkiv "
                 "ondersteunden Nederlandse militairen de forensische teams. Op het hoogtepunt waren circa 220 "
                 "militairen in Oekraïne actief.\n\n"
                 "Financiën\nDe kosten van de missie bedragen ruim 10 miljoen euro. Daarvan komt circa € 7,5 "
                 "miljoen voor rekening van Defensie; deze kosten worden gedekt uit het Budget Internationale "
                 "Veiligheid.")


def test_the_one_deployment_takes_the_act_the_letter_states_of_the_mission() -> None:
    check(_MISSION_OVER, {"countries": ["UA"], "action": "end", "start": "2014-07-24", "end": "2014-12-02",
                          "personnel_max": 220, "funding": "BIV"})


_OVER = "Met deze brief informeer ik u over de afronding van de missie. De missie is op 2 december 2014 beëindigd.\n\n"
_UA = "Vanuit de basis in Charkiv ondersteunden Nederlandse militairen de forensische teams in Oekraïne.\n\n"
_ML = "Daarnaast ondersteunen vier Nederlandse militairen sinds 2013 de VN-missie in Mali.\n\n"


def test_the_act_of_a_mission_named_by_no_place_is_the_one_deployments() -> None:
    check(_OVER + _UA, {"countries": ["UA"], "action": "end", "end": "2014-12-02"})


def test_the_act_of_a_mission_named_by_no_place_is_not_lent_when_two_deployments_are_named() -> None:
    found = run(_OVER + _UA + _ML)
    assert sorted(d.countries[0] for d in found) == ["ML", "UA"], [fields(d) for d in found]
    assert all(d.end is None for d in found), [fields(d) for d in found]


@pytest.mark.parametrize("aside", [
    "om de repatriëring van de slachtoffers mogelijk te maken",
    "om zo snel mogelijk de slachtoffers te repatriëren",
    "om waar mogelijk de bergingswerkzaamheden te beveiligen",
])
def test_what_a_deployment_makes_possible_is_no_hypothesis(aside: str) -> None:
    check(f"Nederland zet sinds 24 juli 2014 militairen in Oekraïne in {aside}.", {"countries": ["UA"]})


def test_a_possible_deployment_still_is_one() -> None:
    assert run("Het kabinet onderzoekt een mogelijke bijdrage met militairen in Oekraïne.") == []


def test_what_a_motion_by_its_reference_asks_is_no_act() -> None:
    text = ("Het kabinet beëindigt per 1 juli 2026 de trainingsmissie in Polen, en geeft daarmee uitvoering aan de "
            "motie van de leden Boswijk en Tuinman (Kamerstuk 36 800 X, nr. 44), die vraagt de Nederlandse "
            "trainingscapaciteit waar mogelijk in Oekraïne zelf in te zetten.")
    found = run(text)
    assert [d.countries for d in found] == [["PL"]], [fields(d) for d in found]


@pytest.mark.parametrize("home", [
    "De laatste militairen zijn op die dag op Vliegbasis Eindhoven teruggekeerd.",
    "De laatste militairen zijn op 16 juni 2021 in Den Helder aangekomen.",
    "De laatste militairen zijn op die dag in Nederland teruggekeerd.",
])
def test_the_home_base_they_come_back_to_is_no_place_of_the_deployment(home: str) -> None:
    check(f"De Nederlandse bijdrage aan RSM in Afghanistan is op 15 juni 2021 beëindigd. {home}",
          {"countries": ["AF"], "action": "end", "end": "2021-06-15"})


_ENDED = ("Met deze brief informeer ik u over de beëindiging van de inzet van Nederlandse militairen in Oekraïne. De "
          "inzet van de militairen is op 2 december 2014 beëindigd.\n\n")
_COURSE = ("Verloop van de missie\nVanaf 24 juli 2014 ondersteunden circa 220 Nederlandse militairen met C-130- en "
           "KDC-10-vliegtuigen de berging in Oekraïne.\n\n")


def test_the_course_of_an_ended_deployment_told_under_a_later_heading_is_its_own() -> None:
    check(_ENDED + _COURSE, {"countries": ["UA"], "action": "end", "start": "2014-07-24", "end": "2014-12-02",
                             "personnel_max": 220})


def test_the_course_is_not_folded_where_the_country_has_another_deployment() -> None:
    other = "Daarnaast levert Nederland sinds 2014 twee stafofficieren aan de NAVO-vertegenwoordiging in Oekraïne.\n\n"
    found = run(_ENDED + _COURSE + other)
    assert any(d.action == "status" and d.start == "2014-07-24" for d in found), [fields(d) for d in found]


# ---- what the contribution just named consists of; answers to questions report what runs ------------------------

@pytest.mark.parametrize("it", ["Het gaat om", "Het gaat hierbij om", "Het betreft"])
def test_what_the_contribution_consists_of_is_its_own(it: str) -> None:
    check("Nederland draagt met ongeveer 250 militairen bij aan de battlegroup van de enhanced Forward Presence (eFP) "
          f"in Litouwen. {it} een gemechaniseerde compagnie met CV90-infanteriegevechtsvoertuigen en een detachement "
          "van de Koninklijke Marechaussee. De bijdrage loopt tot en met 31 december 2019.",
          {"countries": ["LT"], "end": "2019-12-31", "personnel_max": 250})


def test_a_breakdown_by_mission_is_not_what_one_contribution_consists_of() -> None:
    found = run("Op 1 juni 2020 waren twaalf marechaussees uitgezonden naar missies. Het gaat om vier marechaussees "
                "bij de rule of law-missie EULEX in Kosovo, twee bij de grensmissie EUBAM in Libië en zes bij de "
                "VN-missie MINUSMA in Mali.")
    assert len(found) >= 2, [fields(d) for d in found]


_ANSWERS = ("Hierbij zend ik u de antwoorden op de vragen van het lid Bosman over de Nederlandse militairen in "
            "Litouwen en een fregat in de Oostzee.\n\n"
            "Vraag 1\nHoeveel militairen zijn in Litouwen gestationeerd?\n\n"
            "Antwoord 1\nNederland draagt met ongeveer 250 militairen bij aan de enhanced Forward Presence (eFP) in "
            "Litouwen. De bijdrage loopt tot en met 31 december 2019.\n\n"
            "Vraag 2\nWaar vaart het fregat?\n\n"
            "Antwoord 2\nZr.Ms. De Ruyter maakt sinds 14 januari 2019 deel uit van de Standing NATO Maritime Group 1 "
            "(SNMG1) en opereert in de Oostzee voor de kust van Estland.\n\n"
            "Vraag 3\nWat zijn de kosten?\n\n"
            "Antwoord 3\nDe kosten van de bijdrage aan eFP worden voor 2019 geraamd op EUR 26,8 mln. en worden "
            "gefinancierd uit het BIV. De extra kosten van de deelname van Zr.Ms. De Ruyter aan SNMG1 bedragen circa "
            "4,5 miljoen euro.\n")


def test_answers_to_questions_report_what_runs_and_its_costs_by_name() -> None:
    by_country = {d.countries[0]: fields(d) for d in run(_ANSWERS)}
    assert by_country["LT"]["action"] == "status", by_country
    assert (by_country["LT"]["cost_eur"], by_country["LT"]["funding"]) == (26_800_000, "BIV"), by_country
    assert by_country["EE"]["cost_eur"] == 4_500_000, by_country


def test_a_letter_that_decides_in_the_present_tense_still_announces() -> None:
    text = _ANSWERS.replace("Hierbij zend ik u de antwoorden op de vragen van het lid Bosman over",
                            "Met deze brief informeer ik u over")
    by_country = {d.countries[0]: fields(d) for d in run(text)}
    assert by_country["LT"]["action"] == "new", by_country


# ---- a table of costs and the total below it ---------------------------------------------------------------------

_TABLED = ("Geachte voorzitter,\n\nHierbij informeren wij u over de hervatting van de inzet van F-16's.\n\n"
           "1. Inhoud van de bijdrage\n"
           "Nederland levert vanaf 1 januari 2018 vier F-16's en twee reservetoestellen, die opereren vanaf een "
           "vliegbasis in Jordanië. Het gaat om een detachement van maximaal 150 militairen.\n\n"
           "De Nederlandse bijdrage aan de capaciteitsopbouw in Irak, die loopt tot en met 31 december 2018, wijzigt "
           "niet.\n\n"
           "2. Financiële aspecten\n"
           "De uitgaven voor de inzet van de F-16's in 2018 worden als volgt geraamd (bedragen in EUR mln.):\n\n"
           "Kostensoort | 2018\nPersoneel | 12,0\nVlieguren | 38,5\nTransport | 7,0\nTotaal | 57,5\n\n"
           "{total} worden gefinancierd uit het Budget Internationale Veiligheid (BIV).\n")


@pytest.mark.parametrize("total", ["De totale additionele kosten van EUR 57,5 mln.", "De totale uitgaven van circa "
                                   "EUR 57,5 miljoen"])
def test_the_total_below_a_table_of_costs_is_the_one_decided_deployments(total: str) -> None:
    by_country = {d.countries[0]: fields(d) for d in run(_TABLED.format(total=total))}
    assert (by_country["JO"]["cost_eur"], by_country["JO"]["funding"]) == (57_500_000, "BIV"), by_country
    assert by_country["IQ"]["cost_eur"] is None, by_country


def test_the_total_of_several_decisions_is_no_ones() -> None:
    text = _TABLED.format(total="De totale kosten van de drie besluiten van EUR 57,5 mln.")
    assert {d.countries[0]: d.cost_eur for d in run(text)}["JO"] is None


def test_a_row_of_a_table_is_no_heading() -> None:
    doc = segment("t", _TABLED.format(total="De totale kosten van EUR 57,5 mln."))
    assert [h.title for h in doc.headings] == ["1. Inhoud van de bijdrage", "2. Financiële aspecten"]


# ---- a list a bare decision opens; the unit a cost sentence opens with -------------------------------------------

@pytest.mark.parametrize("opener", ["Het kabinet heeft besloten:", "Wij hebben besloten:", "De regering besluit:"])
def test_each_item_of_a_list_a_bare_decision_opens_is_decided(opener: str) -> None:
    check(f"{opener}\n- vanaf 1 juli 2016 tot en met 31 december 2017 ten hoogste acht stafofficieren te leveren aan "
          "het hoofdkwartier in Rome;\n- de Kamer per kwartaal te informeren.\n",
          {"countries": ["IT"], "action": "new", "start": "2016-07-01", "end": "2017-12-31", "personnel_max": 8})


def test_a_list_a_statement_opens_is_not_decided() -> None:
    text = ("Het kabinet constateert:\n- dat bondgenoten ten hoogste acht stafofficieren leveren aan het hoofdkwartier "
            "in Rome;\n- dat de operatie loopt tot eind 2017.\n")
    assert run(text) == [], [fields(d) for d in run(text)]


def test_the_unit_a_cost_sentence_opens_with_has_that_cost() -> None:
    text = ("Het kabinet heeft besloten vanaf 1 juli 2016 ten hoogste acht stafofficieren te leveren aan het "
            "hoofdkwartier in Rome.\n\nDaarnaast zet Nederland vanaf 15 september 2016 het schip Zr.Ms. Van Amstel in, "
            "dat vanuit de haven van Catania in Sicilië opereert.\n\n"
            "Financiële aspecten\nDe additionele uitgaven voor de inzet van Zr.Ms. Van Amstel worden geraamd op EUR "
            "6,3 mln. Voor de stafofficieren bedragen deze kosten voor de gehele periode EUR 1,2 mln. Deze uitgaven "
            "komen ten laste van het BIV.\n")
    costs = {d.countries[0]: (d.cost_eur, d.funding) for d in run(text)}
    assert costs.get("IT") == (1_200_000, "BIV"), costs


# ---- an act of an earlier year reported; what replaces a unit; the sum for each mission by name ------------------

@pytest.mark.parametrize("text, end", [
    ("Nederland levert één stafofficier aan MONUSCO in Goma, in Congo. Deze bijdrage is vorig jaar verlengd tot 1 juli "
     "2017.", "2017-07-01"),
    ("Nederland levert één stafofficier aan MONUSCO in Goma, in Congo. De bijdrage werd eerder verlengd tot 1 juli "
     "2017.", "2017-07-01"),
    ("Nederland levert zes waarnemers aan UNTSO in Libanon. Zoals vorig jaar besloten loopt de bijdrage t/m 31 "
     "december 2018; dit verandert niet.", "2018-12-31"),
])
def test_an_act_of_an_earlier_year_is_reported(text: str, end: str) -> None:
    check(text, {"action": "status", "end": end})


def test_an_act_of_this_letter_is_no_report() -> None:
    check("Nederland levert één stafofficier aan MONUSCO in Goma, in Congo. Het kabinet heeft besloten deze bijdrage "
          "te verlengen tot 1 juli 2017.", {"action": "extension", "end": "2017-07-01"})


@pytest.mark.parametrize("by", ["worden vervangen door", "worden afgelost door", "worden opgevolgd door"])
def test_what_replaces_the_unit_is_not_its_name(by: str) -> None:
    check("Nederland levert twee marechaussees aan EUCAP Sahel Mali in Bamako. Het kabinet heeft besloten de bijdrage "
          f"voort te zetten tot medio 2017, waarna de marechaussees {by} een bijdrage aan MINUSMA.",
          {"countries": ["ML"], "action": "extension", "end": "2017", "personnel_max": 2})


def test_the_sum_for_each_mission_by_name() -> None:
    text = ("1. UNTSO\nNederland levert zes militaire waarnemers aan UNTSO in Libanon en Syrië. Zoals vorig jaar "
            "besloten loopt de bijdrage t/m 31 december 2018.\n\n"
            "2. UNMISS\nHet kabinet heeft besloten de bijdrage van vijf militairen aan UNMISS in Zuid-Soedan met een "
            "jaar te verlengen, t/m 31 december 2017.\n\n"
            "Financiën\nDe kosten van de bijdragen voor 2017 bedragen in totaal EUR 2,0 mln. Het gaat om EUR 0,6 mln. "
            "voor UNTSO en EUR 1,4 mln. voor UNMISS. Alle kosten komen ten laste van het BIV.\n")
    found = run("Geachte voorzitter,\n\nEen inleiding van de brief over de kleine missies.\n\n" + text)
    costs = {d.countries[-1]: (d.cost_eur, d.funding) for d in found}
    assert costs == {"SY": (600_000, "BIV"), "SS": (1_400_000, "BIV")}, costs


# ---- two acts in one sentence; an act on what its section reports; a day without its year; costs of the act -------

_TWO_ACTS = ("Geachte voorzitter,\n\nHet kabinet verlengt de bijdrage van een duikteam in Roemenië tot en met december "
             "2026 en beëindigt per 1 april a.s. de bijdrage van stafofficieren aan het hoofdkwartier in Bulgarije.\n\n"
             "Verlenging van de bijdrage in Constanța\nSinds 1 oktober 2025 ondersteunt een duikteam van de "
             "Explosieven Opruimingsdienst Defensie (EODD) de Roemeense marine vanuit de haven van Constanța. Het team "
             "telt ten hoogste 18 militairen. De huidige bijdrage loopt af op 31 maart a.s.\n\n"
             "Het kabinet verlengt de bijdrage daarom tot en met december 2026.\n\n"
             "Beëindiging van de bijdrage in Varna\nDaarnaast leverde Nederland sinds oktober 2025 twee stafofficieren "
             "aan het hoofdkwartier in Varna. Per 1 april a.s. gaat het commando over naar Turkije. Het kabinet "
             "beëindigt de bijdrage van de stafofficieren daarom per 1 april 2026. De eenmalige kosten van de afbouw "
             "bedragen circa € 150.000.\n\n"
             "Financiën\nDe extra uitgaven van de verlenging bedragen € 3,1 mln. voor 2026. Beide bedragen komen ten "
             "laste van het BIV, evenals de kosten van de afbouw in Varna.\n")


def test_two_acts_in_one_sentence_each_on_what_its_section_reports() -> None:
    found = deployments.extract(segment("t", _TWO_ACTS), "2026-02-27")
    got = sorted((d.countries[0], d.action, d.end, d.personnel_max, d.cost_eur, d.funding) for d in found)
    assert got == [("BG", "end", "2026-04-01", 2, 150_000, "BIV"),
                   ("RO", "extension", "2026-12", 18, 3_100_000, "BIV")], got


@pytest.mark.parametrize("text", [
    "Per 1 april gaat het commando over naar Turkije.",
    "Daarna wordt de taak overgedragen aan Turkije.",
])
def test_who_takes_over_is_no_place_of_a_unit(text: str) -> None:
    from inzet.extract import countries
    from inzet.extract.deployments.vocab import unit_places

    assert unit_places(text, 0, countries.find(text)) == []


@pytest.mark.parametrize("base, code", [("Varna", "BG"), ("Gaziantep", "TR"), ("Izmir", "TR")])
def test_allied_bases_and_headquarters_are_places(base: str, code: str) -> None:
    check(f"Nederland levert sinds oktober 2025 twee stafofficieren aan het hoofdkwartier in {base}.",
          {"countries": [code], "personnel_max": 2})


# ---- the parts of a contribution told after the fact; a count of other assets after a semicolon -------------------

_TOLD_PARTS = ("Geachte voorzitter,\n\nHierbij bieden wij u de eindevaluatie aan van de Nederlandse bijdrage aan "
          "MINUSMA.\n\n1. De bijdrage\nNederland leverde vanaf april 2014 een bijdrage aan MINUSMA in Mali, die "
          "bestond uit een inlichtingencapaciteit en helikopters.\n\n"
          "{opener}\n"
          "– De inlichtingeneenheid in Bamako was actief van april 2014 tot en met 31 mei 2019.\n"
          "– Vier Apache-gevechtshelikopters waren van juli 2014 tot 1 maart 2017 in Gao gestationeerd; drie "
          "Chinook-transporthelikopters van januari 2015 tot dezelfde datum.\n\n"
          "Los daarvan levert Nederland een stafofficier aan de EU-trainingsmissie EUTM Mali.\n")


@pytest.mark.parametrize("opener", ["De onderdelen en hun einddatum:", "De afzonderlijke eenheden waren:"])
def test_each_part_of_a_contribution_told_after_the_fact_has_its_own_dates_and_ended(opener: str) -> None:
    found = deployments.extract(segment("t", _TOLD_PARTS.format(opener=opener)), "2019-12-02")
    got = sorted((d.action, d.start, d.end, d.personnel_max) for d in found)
    assert ("end", "2014-04", "2019-05-31", None) in got, got
    assert ("end", "2014-07", "2017-03-01", None) in got, got
    assert ("end", "2015-01", "2017-03-01", None) in got, got
    assert any(d.personnel_max == 1 and d.start is None for d in found), got    # (EUTM Mali, apart)


def test_what_runs_after_the_letter_is_not_over() -> None:
    found = deployments.extract(segment("t", "Nederland levert tot en met 31 december 2020 ten hoogste twaalf "
                                             "militairen aan MINUSMA in Mali."), "2019-12-02")
    assert [d.action for d in found] != ["end"], [fields(d) for d in found]


@pytest.mark.parametrize("letter_date, over", [("2019-12-02", True), ("2019-05-01", False), ("2020-01-01", True)])
def test_over_before_the_letter(letter_date: str, over: bool) -> None:
    from inzet.extract.deployments import _over_before

    assert _over_before("2019-05-31" if over or letter_date < "2019-06" else "2019", letter_date) is over


# ---- a contribution in counted parts; the sum set aside for each ------------------------------------------------

_IN_TWO = ("Geachte voorzitter,\n\nOvereenkomstig artikel 100 van de Grondwet informeren wij u over het besluit van "
           "het kabinet een bijdrage te leveren aan de EU-operatie EUFOR RCA in de Centraal-Afrikaanse Republiek.\n\n"
           "Inhoud van de bijdrage\nHet kabinet heeft besloten {parts} bij te dragen aan EUFOR RCA.\n\n"
           "Ten eerste stelt Nederland per 1 april 2014 ten hoogste vier stafofficieren beschikbaar in het FHQ, het "
           "hoofdkwartier in Bangui, tot en met 31 december 2014.\n\n"
           "Ten tweede levert Nederland van medio april tot en met juni 2014 een C-130-transportvliegtuig met een "
           "detachement van circa 45 man, gelegerd op de luchthaven van Bangui.\n\n"
           "Financiële aspecten\nDe geraamde extra uitgaven bedragen in totaal EUR 8,3 miljoen. Van het totaal is "
           "circa € 7,5 mln. bestemd voor de inzet van de C-130 en circa 0,8 miljoen euro voor de stafofficieren. "
           "Deze uitgaven worden gefinancierd uit de HGIS.\n\n"
           "Daarnaast draagt Nederland via het Athena-mechanisme bij aan de gemeenschappelijke kosten van EUFOR RCA; "
           "het Nederlandse aandeel wordt geraamd op maximaal € 1,2 miljoen.\n")


@pytest.mark.parametrize("parts", ["met twee onderdelen", "in twee delen"])
def test_a_contribution_in_counted_parts_is_its_parts_each_with_its_sum(parts: str) -> None:
    found = deployments.extract(segment("t", _IN_TWO.format(parts=parts)), "2014-03-10")
    got = sorted((d.action, d.personnel_max, d.cost_eur, d.funding) for d in found)
    assert got == [("new", 4, 800_000, "HGIS"), ("new", 45, 7_500_000, "HGIS")], got


def test_a_contribution_without_counted_parts_keeps_its_opening() -> None:
    found = deployments.extract(segment("t", _IN_TWO.format(parts="ruimhartig")), "2014-03-10")
    assert len(found) == 3, [fields(d) for d in found]


# ---- thanked for another's contribution; a plea reported; the last of them left ---------------------------------

@pytest.mark.parametrize("text", [
    "Ik heb de Litouwse collega bedankt voor de Litouwse bijdrage aan Atalanta in de Golf van Aden.",
    "De minister dankte Duitsland voor zijn inzet in Mali.",
])
def test_a_contribution_thanked_for_is_anothers(text: str) -> None:
    assert run(text) == [], [fields(d) for d in run(text)]


@pytest.mark.parametrize("plea", ["op aangedrongen", "voor gepleit", "toe opgeroepen"])
def test_a_plea_reported_commits_no_one(plea: str) -> None:
    text = (f"Ik heb er bij mijn collega's {plea} de terugtrekking van de militairen uit Afghanistan zorgvuldig op "
            "elkaar af te stemmen.")
    assert run(text) == [], [fields(d) for d in run(text)]


@pytest.mark.parametrize("left", [
    "Op 14 juni 2021 hebben de laatste Nederlandse militairen Afghanistan verlaten.",
    "De laatste Nederlandse militairen hebben Afghanistan op 14 juni 2021 verlaten.",
])
def test_the_day_the_last_of_them_left_ends_it(left: str) -> None:
    check(f"{left} Daarmee is de Nederlandse bijdrage aan Resolute Support beëindigd.",
          {"countries": ["AF"], "action": "end", "end": "2021-06-14"})


@pytest.mark.parametrize("text, codes", [
    ("Nederland stelt ten hoogste 25 instructeurs beschikbaar voor de opleiding van tankbemanningen in Oksbøl "
     "(Denemarken), van mei tot en met augustus 2023.", ["DK"]),
    ("Nederland stelt ten hoogste 25 instructeurs beschikbaar in Strausberg, Duitsland.", ["DE"]),
])
def test_a_town_the_tables_do_not_know_then_its_country(text: str, codes: list[str]) -> None:
    check(text, {"countries": codes, "personnel_max": 25})


def test_the_town_of_a_summit_then_its_country_is_no_place() -> None:
    text = ("Graag informeren wij u over de inzet van het kabinet voor de NAVO-top die op 4 en 5 september a.s. in "
            "Newport (Wales) wordt gehouden, waar Nederland met 100 militairen bijdraagt aan de beveiliging.")
    assert all("GB" not in d.countries for d in run(text)), [fields(d) for d in run(text)]


@pytest.mark.parametrize("text, start", [
    ("De eenheden komen naar verwachting in de tweede helft van januari 2013 in Adana aan.", "2013-01"),
    ("De militairen arriveren medio februari 2013 in Adana.", "2013-02"),
    ("De eenheden komen op 20 januari 2013 in Adana aan.", "2013-01-20"),
])
def test_the_units_arrival_is_the_start(text: str, start: str) -> None:
    from inzet.extract.deployments.period import read_period

    assert read_period(text)[0] == start


@pytest.mark.parametrize("text, date", [("in de tweede helft van januari 2013", "2013-01"),
                                        ("tot de tweede helft van 2013", "2013-12")])
def test_a_half_of_a_month_is_that_month(text: str, date: str) -> None:
    from inzet.extract.deployments.period import read_date

    assert read_date(text) == date


# ---- a heading that is a country's name; what the Netherlands will explain at the meeting -----------------------

_UNDER = ("Geachte voorzitter,\n\nHierbij ontvangt u het verslag van de bijeenkomst van de NAVO-ministers van Defensie "
          "op 15 en 16 februari in Brussel.\n\n{heading}\nIn de sessie over {heading} heb ik gemeld dat Nederland dit "
          "jaar {what} actief blijft.\n")


def test_people_for_a_mission_under_a_heading_that_is_a_country_are_there() -> None:
    found = run(_UNDER.format(heading="Afghanistan", what="met maximaal 100 militairen in RS"))
    assert [(d.countries, d.personnel_max) for d in found] == [(["AF"], 100)], [fields(d) for d in found]


@pytest.mark.parametrize("what", ["met F-16's in de trainingen", "met stafofficieren"])
def test_assets_or_people_for_no_mission_under_such_a_heading_are_not_placed(what: str) -> None:
    assert run(_UNDER.format(heading="Oekraïne", what=what)) == []


def test_what_the_netherlands_will_explain_at_the_meeting_is_no_act() -> None:
    check("Nederland levert in 2017 ten hoogste 100 militairen aan Resolute Support in Afghanistan; de bijdrage loopt "
          "tot en met 31 december 2017. Nederland zal tijdens de sessie de voortzetting van de Nederlandse bijdrage in "
          "2017 toelichten.", {"countries": ["AF"], "end": "2017-12-31", "personnel_max": 100})


# ---- what a decision comes to, item by item; the sum of several and the sum of one, both funded -----------------

_COMES_TO = ("Geachte voorzitter,\n\nHierbij informeren wij u over de beëindiging van de bijdrage aan KFOR in "
             "Kosovo en de voortzetting van de bijdrage aan EULEX.\n\n"
             "Beëindiging van de bijdrage aan KFOR\nHet kabinet heeft besloten de Nederlandse bijdrage aan KFOR in de "
             "loop van 2010 af te bouwen en te beëindigen. Dit besluit is in lijn met de reductie van KFOR.\n\n"
             "{opener}\n"
             "– De vijf stafofficieren op het hoofdkwartier van KFOR in Pristina keren per ultimo april 2010 "
             "terug.\n"
             "– Het team in Suva Reka, van ten hoogste negen militairen, blijft tot medio juni 2010 actief.\n\n"
             "Voortzetting van de bijdrage aan EULEX\nHet kabinet zet de bijdrage van de KMar aan EULEX in Kosovo "
             "voort tot en met 14 juni 2012, met ten hoogste 30 marechaussees.\n\n"
             "Financiële aspecten\nDe kosten van de KFOR-bijdrage in 2010 worden geraamd op € 0,6 mln. De kosten van "
             "de KMar-bijdrage aan EULEX bedragen circa EUR 2,4 miljoen per jaar. Beide bedragen worden gefinancierd "
             "uit de HGIS.\n")


@pytest.mark.parametrize("opener", ["Concreet betekent dit het volgende:", "Dit houdt in:"])
def test_what_a_decision_comes_to_item_by_item(opener: str) -> None:
    found = deployments.extract(segment("t", _COMES_TO.format(opener=opener)), "2010-02-01")
    got = sorted((d.action, d.end, d.personnel_max, d.cost_eur, d.funding) for d in found if d.personnel_max)
    assert got == [("end", "2010-04-30", 5, None, "HGIS"), ("end", "2010-06", 9, None, "HGIS"),
                   ("extension", "2012-06-14", 30, 2_400_000, "HGIS")], got


# ---- the command beside the ship added to it; where a command is handed over -------------------------------------

_COMMAND = ("Geachte voorzitter,\n\nMet deze brief informeren wij u over het besluit het commando over SNMG1 te "
            "voeren.\n\nDe Nederlandse bijdrage\nHet commando wordt gevoerd door een Nederlandse commandeur met een "
            "staf van circa 25 personen aan boord van Zr.Ms. Tromp, dat van 1 juli 2024 tot en met 30 juni 2025 als "
            "vlaggenschip fungeert.\n\nDaarnaast neemt het fregat Zr.Ms. Van Amstel van 1 september tot en met "
            "december 2024 deel aan de taakgroep, met circa 150 militairen, voor de kust van Finland en Estland.\n")


def test_the_command_is_where_the_ship_added_beside_it_is() -> None:
    found = run(_COMMAND)
    assert sorted((d.countries, d.end) for d in found) == [(["FI", "EE"], "2024-12"), (["FI", "EE"], "2025-06-30")], \
        [fields(d) for d in found]


@pytest.mark.parametrize("text", [
    "Portugal draagt het commando op 1 juli a.s. in Den Helder aan Nederland over.",
    "De overdracht van het commando vindt op 1 juli plaats in Den Helder.",
])
def test_where_a_command_is_handed_over_is_no_place_of_a_unit(text: str) -> None:
    from inzet.extract import countries
    from inzet.extract.deployments.vocab import unit_places

    assert unit_places(text, 0, countries.find(text)) == []


@pytest.mark.parametrize("unit", ["De Nederlandse eenheid", "Het Nederlandse detachement", "De Nederlandse compagnie"])
def test_the_dutch_unit_just_named_by_its_kind_carries_on_the_deployment(unit: str) -> None:
    check("Ik heb bekendgemaakt dat Nederland vanaf het eerste kwartaal van 2017 met een versterkte "
          "pantserinfanteriecompagnie van ongeveer 250 militairen deelneemt aan de battlegroup in Litouwen. "
          f"{unit} wordt uitgerust met CV90-infanteriegevechtsvoertuigen. De kosten worden geraamd op circa € 30 mln. "
          "per jaar en komen ten laste van het Budget Internationale Veiligheid (BIV).",
          {"countries": ["LT"], "personnel_max": 250, "cost_eur": 30_000_000, "funding": "BIV"})


# ---- the costs of the operation, and those another ministry bears; a range of days ------------------------------

_EVACUATED = ("Geachte voorzitter,\n\nMet deze brief informeren wij u over de evacuatie uit Soedan.\n\n"
              "Verloop van de operatie\nNederland zette twee C-130-transportvliegtuigen en een detachement van circa "
              "100 militairen in vanaf de vliegbasis Al-Azraq in Jordanië.\n\n"
              "Kosten en financiering\nDe additionele kosten van de militaire evacuatieoperatie worden geraamd op "
              "circa € 4,3 mln. en komen ten laste van het BIV. De opvang van geëvacueerden in Jordanië kostte "
              "ongeveer € 250.000; deze kosten worden gedragen door de begroting van Buitenlandse Zaken.\n")


def test_the_costs_of_the_operation_not_those_another_ministry_bears() -> None:
    check(_EVACUATED, {"countries": ["JO"], "cost_eur": 4_300_000, "funding": "BIV"})


@pytest.mark.parametrize("text, period", [
    ("van 22 tot en met 26 april 2023", ("2023-04-22", "2023-04-26")),
    ("Van 1 tot 15 maart 2024 vloog het detachement.", ("2024-03-01", "2024-03-15")),
    ("tot en met 26 april 2023", (None, "2023-04-26")),
])
def test_a_range_of_days_in_one_month(text: str, period: tuple) -> None:
    from inzet.extract.deployments.period import read_period

    assert read_period(text) == period


@pytest.mark.parametrize("period", [
    "De bijdrage wordt in eerste instantie aangegaan voor de periode tot en met 30 september 2012.",
    "De Nederlandse bijdrage wordt aangegaan tot en met 30 september 2012.",
    "De regering stelt de bijdrage voorlopig beschikbaar tot en met 30 september 2012.",
])
def test_the_period_a_contribution_is_entered_into_for(period: str) -> None:
    check("Geachte voorzitter,\n\nHet kabinet heeft besloten vanaf 1 oktober 2011 bij te dragen aan UNMISS in "
          f"Zuid-Soedan met ten hoogste zes militairen.\n\n{period} Het mandaat van UNMISS loopt tot 8 juli 2012.\n",
          {"countries": ["SS"], "start": "2011-10-01", "end": "2012-09-30", "personnel_max": 6})


def test_a_long_separable_continuation_is_an_extension() -> None:
    check("Daarnaast zet Nederland de bijdrage van twee stafofficieren op het Operationeel Hoofdkwartier (OHQ) van "
          "Atalanta in Northwood voort tot en met 31 december 2014.",
          {"countries": ["SO", "GB"], "action": "extension", "end": "2014-12-31", "personnel_max": 2})


@pytest.mark.parametrize("text, n", [
    ("Nederland draagt aan EUTM Mali in Koulikoro bij met twee stafofficieren en vier instructeurs.", 6),
    ("Nederland draagt aan EUTM Mali in Koulikoro bij met 5 militairen en 15 politiefunctionarissen.", 5),
])
def test_two_counts_of_military_people_add_up_not_police(text: str, n: int) -> None:
    check(text, {"countries": ["ML"], "personnel_max": n})


@pytest.mark.parametrize("text", [
    "Het kabinet wil dat de Raad nog deze maand besluit over de verlenging van de civiele missie in Armenië.",
    "Nederland pleit ervoor dat de VN-Veiligheidsraad het mandaat van UNIFIL in Libanon met een jaar verlengt.",
    "De regering hoopt dat de lidstaten in juni besluiten de trainingsmissie in Mozambique voort te zetten.",
])
def test_what_the_netherlands_wants_another_body_to_decide_is_no_act_of_its_own(text: str) -> None:
    assert run("Betreft Raad\n\nGeachte voorzitter,\n\n" + text + "\n") == []


def test_a_decision_of_its_own_beside_the_same_mission_is_one() -> None:
    [d] = run("Betreft Armenië\n\nGeachte voorzitter,\n\nHet kabinet heeft besloten de bijdrage aan de EU-missie in "
              "Armenië met een jaar te verlengen; Nederland levert twee experts.\n")
    assert (d.countries, d.action) == (["AM"], "extension")


@pytest.mark.parametrize(("sentence", "country"), [
    # a headquarters in a capital where ministers also meet (`Parijs`), and the towns and countries of Africa, the
    # Caribbean part of the Kingdom and Central Asia the genre names
    ("vanaf 1 maart 2028 maximaal tien militairen te leveren aan het planningshoofdkwartier van de coalitie in Parijs",
     "FR"),
    ("vanaf 1 juli 2006 een medisch team van 40 militairen in Libreville (Gabon) te stationeren", "GA"),
    ("vanaf 1 juni 2006 twee stafofficieren te leveren aan het hoofdkwartier van EUFOR in Kinshasa", "CD"),
    ("vanaf 1 oktober 2017 een compagnie mariniers naar Sint Maarten te sturen", "SX"),
    ("vanaf 1 maart 2002 zes F-16's vanuit Manas te laten opereren", "KG"),
])
def test_places_of_the_genre_outside_the_usual_theatres(sentence: str, country: str) -> None:
    [d] = run(f"Betreft Bijdrage\n\nGeachte voorzitter,\n\nHet kabinet heeft besloten {sentence}.\n")
    assert d.countries == [country]


def test_a_summit_in_a_capital_is_no_place_of_the_units_it_speaks_of() -> None:
    [d] = run("Betreft Top\n\nGeachte voorzitter,\n\nTijdens de top in Parijs heeft de minister-president toegezegd "
              "dat Nederland 200 militairen levert aan de eFP in Litouwen.\n")
    assert d.countries == ["LT"]


_LATER = ("Tweede Kamer der Staten-Generaal\n\nDen Haag, 21 juni 2024\n\nBetreft Commando taakgroep\n\n"
          "Met deze brief informeren wij uw Kamer over het besluit van het kabinet om het commando te voeren over de "
          "NAVO-taakgroep.\n\nDe Nederlandse bijdrage\n\n{}\n\nDe Minister van Defensie,\n\nK. de Vries\n")


@pytest.mark.parametrize(("sentence", "action"), [
    # what the letter describes in the present, from a day after it is written, is yet to begin: new
    ("Daarnaast neemt het fregat Zr.Ms. Van Amstel van 1 september tot en met half december 2024 deel aan de "
     "taakgroep in de Oostzee, voor de kust van Finland, met een bemanning van circa 150 militairen.", "new"),
    ("Het commando wordt gevoerd vanaf het fregat Zr.Ms. Tromp, dat van 1 juli 2024 tot en met 30 juni 2025 als "
     "vlaggenschip in de Oostzee, voor de kust van Estland, fungeert.", "new"),
    # not what was told before, nor what stays on, nor what began before the letter
    ("Zoals uw Kamer bij brief van 3 mei jl. is gemeld, neemt het fregat Zr.Ms. Van Amstel van 1 september tot en met "
     "half december 2024 deel aan de taakgroep in de Oostzee, voor de kust van Finland.", "status"),
    ("Het fregat Zr.Ms. Van Amstel blijft van 1 september tot en met half december 2024 deel uitmaken van de "
     "taakgroep in de Oostzee, voor de kust van Finland.", "status"),
    ("Het fregat Zr.Ms. Van Amstel neemt sinds 1 februari 2024 deel aan de taakgroep in de Oostzee, voor de kust "
     "van Finland.", "status"),
])
def test_what_runs_from_a_day_after_the_letter_is_new(sentence: str, action: str) -> None:
    from inzet.extract.pipeline import extract_text
    [d] = extract_text("t.txt", _LATER.format(sentence)).deployments
    assert d.action == action


@pytest.mark.parametrize("since", [
    "Sindsdien bestaat de Nederlandse bijdrage aan deze operatie uit één stafofficier op het maritieme hoofdkwartier "
    "in Northwood.",
    "Sindsdien levert Nederland binnen die missie één stafofficier aan het maritieme hoofdkwartier in Northwood.",
])
def test_the_contribution_to_this_operation_is_the_one_a_later_act_on_the_operation_ends(since: str) -> None:
    got = run("Betreft Piraterij\n\nGeachte voorzitter,\n\nNederland heeft van januari tot mei 2013 met een fregat aan "
              f"Ocean Shield deelgenomen. {since} Het kabinet beëindigt per 1 januari 2014 de bijdrage aan Ocean "
              "Shield.\n")
    ended = [d for d in got if d.end == "2014-01-01"]
    assert [(d.action, d.personnel_max) for d in ended] == [("end", 1)]


def test_a_contribution_to_another_operation_is_not_the_one_named_before() -> None:
    got = run("Betreft Piraterij\n\nGeachte voorzitter,\n\nNederland heeft van januari tot mei 2013 met een fregat aan "
              "Ocean Shield deelgenomen. Sindsdien levert Nederland aan een andere operatie één stafofficier op het "
              "hoofdkwartier in Northwood. Het kabinet beëindigt per 1 januari 2014 de bijdrage aan Ocean Shield.\n")
    assert [d.personnel_max for d in got if d.end == "2014-01-01"] == [None]


_EAST = ("Tweede Kamer der Staten-Generaal\n\nDen Haag, 1 oktober 2025\n\nBetreft Antwoorden op vragen over de F-35's "
         "in Polen\n\nHierbij zend ik u de antwoorden op de vragen van het lid De Boer over de inzet van F-35's.\n\n"
         "Antwoord op vraag 2\nSinds 1 september jl. staan vier Nederlandse F-35's met circa 80 militairen op de "
         "vliegbasis Łask in Polen. Deze inzet loopt tot en met 30 november 2025.\n\n"
         "Antwoord op vraag 3\nHet kabinet heeft besloten de inzet in Polen voort te zetten. {decided}\n\n"
         "Antwoord op vraag 5\n{costs}\n\nDe Minister van Defensie,\n\nK. de Vries\n")
_PERIOD = ("Van 1 december 2025 tot en met ultimo februari 2026 levert Nederland opnieuw vier F-35's; daarmee zijn ten "
           "hoogste 95 militairen gemoeid.")


@pytest.mark.parametrize("denied", ["Een verdere verlenging is op dit moment niet voorzien.",
                                    "Een nieuwe verlenging is niet aan de orde.", ""])
def test_the_sentence_after_a_bare_decision_says_what_it_is_and_a_denied_act_is_none(denied: str) -> None:
    from inzet.extract.pipeline import extract_text
    got = extract_text("t.txt", _EAST.format(decided=f"{_PERIOD} {denied}", costs="")).deployments
    assert sorted((d.action, d.start, d.end, d.personnel_max) for d in got) == [
        ("extension", "2025-12-01", "2026-02-28", 95), ("status", "2025-09-01", "2025-11-30", 80)]


@pytest.mark.parametrize("costs", [
    "De kosten van de inzet van september tot en met november 2025 worden geraamd op circa € 7,8 mln. en komen ten "
    "laste van artikel 1 van de Defensiebegroting. De verlengde inzet van december 2025 tot en met februari 2026 kost "
    "naar verwachting € 10,6 mln.; dit bedrag wordt gefinancierd uit het Budget Internationale Veiligheid (BIV).",
    "De verlengde inzet van december 2025 tot en met februari 2026 kost naar verwachting € 10,6 mln.; dit bedrag wordt "
    "gefinancierd uit het BIV. Voor de inzet van 1 september tot en met 30 november 2025 bedragen de kosten circa "
    "€ 7,8 mln., ten laste van artikel 1.",
])
def test_costs_of_a_period_are_those_of_the_deployment_of_that_period(costs: str) -> None:
    from inzet.extract.pipeline import extract_text
    got = extract_text("t.txt", _EAST.format(decided=_PERIOD, costs=costs)).deployments
    assert sorted((d.end, d.cost_eur, d.funding) for d in got) == [
        ("2025-11-30", 7_800_000, "artikel 1"), ("2026-02-28", 10_600_000, "BIV")]


def test_costs_of_a_period_no_deployment_has_are_given_to_none_by_it() -> None:
    from inzet.extract.pipeline import extract_text
    costs = "De kosten van de inzet van maart tot en met mei 2026 worden geraamd op € 4 mln."
    got = extract_text("t.txt", _EAST.format(decided=_PERIOD, costs=costs)).deployments
    assert 4_000_000 not in [d.cost_eur for d in got if d.end == "2025-11-30"]


@pytest.mark.parametrize("text", [
    "Nederland levert geen eenheden aan de stand-by-eenheid in Gabon.",
    "Het kabinet stuurt geen militairen naar de EU-missie in Tsjaad.",
    "Die levering aan Oekraïne is geen inzet van Nederlandse militairen: er gaan geen Nederlandse militairen mee.",
])
def test_none_sent_or_said_to_be_no_deployment_is_none(text: str) -> None:
    assert run("Betreft Bijdrage\n\nGeachte voorzitter,\n\n" + text + "\n") == []


def test_none_of_one_kind_but_some_of_another_is_a_deployment() -> None:
    [d] = run("Betreft Bijdrage\n\nGeachte voorzitter,\n\nNederland levert geen schepen maar wel twee "
              "stafofficieren aan het hoofdkwartier in Larissa.\n")
    assert (d.countries, d.personnel_max) == (["GR"], 2)


_SK = ("Betreft Voortzetting\n\nGeachte voorzitter,\n\nBesluit\n\nDe dreiging voor het luchtruim van Slowakije is niet "
       "afgenomen. Het kabinet heeft daarom besloten de Nederlandse Patriot-eenheid in Slowakije voort te laten gaan. "
       "{period}\n\nFinanciën\n\n{goods} De kosten van de inzet bedragen € 16,8 miljoen en worden gefinancierd uit "
       "het BIV.\n")


@pytest.mark.parametrize("period", [
    "Het kabinet zet de bijdrage voort van 1 januari 2023 tot en met het tweede kwartaal van 2023. Gedurende deze "
    "periode levert Nederland ten hoogste 150 militairen.",
    "De bijdrage wordt voortgezet van 1 januari 2023 tot en met het tweede kwartaal van 2023. In die periode levert "
    "Nederland ten hoogste 150 militairen.",
])
def test_the_period_of_the_act_said_before_dates_the_unit_of_deze_periode(period: str) -> None:
    [d] = run(_SK.format(period=period, goods=""))
    assert (d.countries, d.action, d.start, d.end, d.personnel_max) == (
        ["SK"], "extension", "2023-01-01", "2023-06", 150)


def test_what_another_country_does_after_the_dutch_unit_dates_nothing_of_it() -> None:
    [d] = run(_SK.format(period="Vanaf medio 2023 neemt Duitsland de Nederlandse taken in de taakgroep over; Duitsland "
                                "heeft aangegeven ten minste tot eind 2023 in Slowakije te blijven.", goods=""))
    assert (d.start, d.end) == (None, None)


def test_the_funding_of_the_value_of_goods_handed_over_is_no_deployments() -> None:
    [d] = run("Betreft Patriot\n\nGeachte voorzitter,\n\nHet kabinet heeft besloten de Nederlandse Patriot-eenheid "
              "in Slowakije tot 1 juli 2023 te laten blijven. De waarde van het te leveren materieel bedraagt € 60 "
              "miljoen en wordt gefinancierd uit het budget voor militaire steun aan Oekraïne. De inzet wordt "
              "gefinancierd uit het BIV.\n")
    assert d.funding == "BIV"


_CONGO = ("Betreft EUFOR\n\nGeachte voorzitter,\n\nDe Nederlandse bijdrage\n{why} Zij bestaat uit:\n\n– zeven "
          "stafofficieren, van wie vier in het OHQ in Potsdam en drie in het FHQ in Kinshasa;\n\n– een chirurgisch "
          "team van ten hoogste 30 man, dat in Kinshasa wordt ingezet.\n\nIn totaal gaat het om ten hoogste 37 "
          "militairen.\n")


@pytest.mark.parametrize("why", [
    "Gezien de zware inzet van de Nederlandse krijgsmacht in Afghanistan en elders is de Nederlandse bijdrage beperkt "
    "van omvang.",
    "Vanwege de inzet van Nederlandse eenheden in Mali is de Nederlandse bijdrage klein.",
])
def test_the_parts_of_the_contribution_a_pronoun_opens_and_a_deployment_given_as_the_reason(why: str) -> None:
    [d] = run(_CONGO.format(why=why))
    assert (sorted(d.countries), d.personnel_max) == (["CD", "DE"], 37)


_YEARLESS = ("Tweede Kamer der Staten-Generaal\n\nDen Haag, 21 juli 2023\n\nBetreft Inzet\n\nGeachte "
             "voorzitter,\n\n{}\n\nDe Minister van Defensie,\n\nK. de Vries\n")


@pytest.mark.parametrize(("sentence", "period"), [
    # a day without its year, told in the past, is the last such day; told in the present or future, the next one
    ("Ter bescherming van de top was van 3 tot en met 14 juli een Nederlandse NASAMS-eenheid met ongeveer 40 "
     "militairen in Litouwen geplaatst.", ("2023-07-03", "2023-07-14")),
    ("Van 1 april tot en met 30 juni leverden vier Nederlandse F-35's vanuit Ämari in Estland een bijdrage aan de "
     "luchtverdediging.", ("2023-04-01", "2023-06-30")),
    ("Van 3 tot en met 14 juni levert Nederland een NASAMS-eenheid met ongeveer 40 militairen in Litouwen.",
     ("2024-06-03", "2024-06-14")),
])
def test_a_yearless_day_told_in_the_past_is_the_last_such_day(sentence: str, period: tuple) -> None:
    from inzet.extract.pipeline import extract_text
    [d] = extract_text("t.txt", _YEARLESS.format(sentence)).deployments
    assert (d.start, d.end) == period


@pytest.mark.parametrize(("clause", "period"), [
    ("van 1 april tot en met 30 juni", ("9999-04-01", "9999-06-30")),    # neither with its year: the end's, to come
    ("van 25 februari tot en met 1 maart jl.", ("0000-02-25", "0000-03-01")),
    ("van april tot en met juli", ("9999-04", "9999-07")),
    ("van 1 november tot en met 31 januari", (None, "9999-01-31")),     # (a start in the year before: not guessed)
])
def test_a_range_with_no_year_at_all(clause: str, period: tuple) -> None:
    assert deployments.read_period(clause) == period


@pytest.mark.parametrize("text", [
    "De Koninklijke Luchtmacht heeft de F-16 per 27 september jl. na veertig jaar uit dienst genomen.",
    "De laatste Cougar-helikopters worden per 1 januari 2026 buiten gebruik gesteld.",
])
def test_equipment_taken_out_of_service_is_no_deployment(text: str) -> None:
    assert run("Betreft Materieel\n\nGeachte voorzitter,\n\n" + text + "\n") == []


@pytest.mark.parametrize(("text", "countries"), [
    # the town of the headquarters, between commas, is where the people are, not the area the mission's name gives
    ("De Nederlandse bijdrage aan Atalanta, een stafofficier in het hoofdkwartier in Rota, loopt door tot het einde "
     "van 2023.", ["ES"]),
    ("De Nederlandse bijdrage aan EUNAVFOR Atalanta, twee stafofficieren bij het OHQ in Rota, wordt voortgezet tot "
     "eind 2024.", ["ES"]),
    # (not a clause of its own that adds people elsewhere)
    ("Nederland levert een fregat aan Atalanta; Nederland blijft wel stafofficieren leveren aan het hoofdkwartier in "
     "Northwood.", ["SO"]),
])
def test_the_headquarters_town_in_an_apposition_places_the_mission_contribution(text: str, countries: list) -> None:
    got = run("Betreft Atalanta\n\nGeachte voorzitter,\n\n" + text + "\n")
    assert got[0].countries == countries


def test_the_home_port_a_ship_left_from_is_no_place_of_the_deployment() -> None:
    got = run("Betreft Orkaan\n\nGeachte voorzitter,\n\nHet Joint Support Ship Zr.Ms. Karel Doorman is op 9 september "
              "uit Den Helder vertrokken met hulpgoederen en drie helikopters aan boord.\n")
    assert all("NL" not in d.countries for d in got)


def test_a_ship_named_by_a_decision_without_a_place_is_the_one_its_section_places() -> None:
    got = run("Betreft Aspides\n\nGeachte voorzitter,\n\nHet besluit\nHet kabinet heeft besloten:\n1. het fregat "
              "Zr.Ms. De Zeven Provinciën van half november 2024 tot en met januari 2025 in te zetten in EUNAVFOR "
              "Aspides;\n\nHet fregat\nZr.Ms. De Zeven Provinciën heeft een bemanning van circa 200 militairen. Het "
              "fregat gebruikt de haven van Djibouti als logistieke uitvalsbasis.\n")
    assert [(d.countries, d.start, d.end, d.personnel_max) for d in got] == [(["DJ"], "2024-11", "2025-01", 200)]


def test_a_port_of_call_is_no_base_the_unit_works_from() -> None:
    got = run("Betreft Atalanta\n\nGeachte voorzitter,\n\nNederland levert het transportschip Zr.Ms. Rotterdam aan de "
              "EU-operatie Atalanta voor de kust van Somalië; de schepen bevoorraden in de haven van Djibouti.\n")
    assert [d.countries for d in got] == [["SO"]]


@pytest.mark.parametrize("split", [
    "De kosten van de verlenging worden geraamd op € 14,6 mln., waarvan € 12,8 mln. voor de F-16's en € 1,8 mln. "
    "voor de KDC-10.",
    "De kosten van de verlenging bedragen € 14,6 miljoen, waarvan € 12,8 miljoen voor de F-16's en € 1,8 miljoen "
    "voor de KDC-10.",
])
def test_the_parts_of_a_total_go_each_to_its_unit(split: str) -> None:
    got = run("Betreft Libië\n\nGeachte voorzitter,\n\nDe inzet van de zes Nederlandse F-16's vanaf Decimomannu wordt "
              "verlengd tot en met 30 september 2011.\n\nHet Nederlandse KDC-10 tankvliegtuig blijft tot half augustus "
              "2011 op de luchtmachtbasis Souda op Kreta.\n\nFinanciële aspecten\n" + split + "\n")
    assert sorted((d.countries, d.cost_eur) for d in got) == [(["GR"], 1_800_000), (["IT"], 12_800_000)]


def test_an_aircraft_only_the_dutch_fly_is_dutch() -> None:
    [d] = run("Betreft Libië\n\nGeachte voorzitter,\n\nHet KDC-10 tankvliegtuig is gestationeerd op de Griekse "
              "luchtmachtbasis Souda op Kreta.\n")
    assert d.countries == ["GR"]


def test_a_reason_between_commas_names_no_deployment_of_its_own() -> None:
    got = run("Betreft MINUSCA\n\nGeachte voorzitter,\n\nHet kabinet heeft daarom, mede gelet op de behoefte aan "
              "stafofficieren bij MINUSMA in Mali, besloten de bijdrage van twee stafofficieren aan MINUSCA in Bangui "
              "niet te verlengen.\n")
    assert [d.countries for d in got] == [["CF"]]


def test_a_sentence_that_opens_with_its_reason_keeps_its_place() -> None:
    [d] = run("Betreft Irak\n\nGeachte voorzitter,\n\nGezien de situatie in Irak zet Nederland de bijdrage van vijftig "
              "militairen aan de NAVO-missie in Irak voort tot eind 2025.\n")
    assert (d.countries, d.end) == (["IQ"], "2025")


@pytest.mark.parametrize(("sentence", "funding"), [
    ("Deze uitgaven komen ten laste van het Oekraïnefonds, en niet ten laste van het Budget Internationale Veiligheid "
     "(BIV).", "Oekraïnefonds"),
    ("De kosten komen niet ten laste van het Budget Internationale Veiligheid (BIV).", None),
    ("De kosten komen niet ten laste van de Defensiebegroting maar van het Budget Internationale Veiligheid (BIV).",
     "BIV"),
])
def test_a_fund_denied_by_its_full_name_is_not_the_funding(sentence: str, funding: str | None) -> None:
    assert deployments.read_funding(sentence) == funding


_CMF = ("Betreft CMF\n\nGeachte voorzitter,\n\n1. Deel 1\nHet kabinet verlengt de bijdrage van ten hoogste acht "
        "stafofficieren aan het CMF-hoofdkwartier in Manama tot en met 31 december 2026.\n\n2. Deel 2\nDaarnaast stelt "
        "het kabinet het fregat Zr.Ms. Tromp van 1 september tot half december 2025 beschikbaar; het schip gebruikt de "
        "haven van Djibouti als uitvalsbasis. De bemanning telt circa 200 militairen; het maximum voor deze inzet "
        "bedraagt 230 militairen.\n\n3. Financiële aspecten\nDe additionele uitgaven worden per deel als volgt "
        "geraamd:\n- stafbijdrage CMF: € 2,4 mln.;\n- Zr.Ms. Tromp: € 17,9 mln.\n{total}\n")


@pytest.mark.parametrize("total", [
    "De totale uitgaven van € 20,3 mln. komen ten laste van het Budget Internationale Veiligheid (BIV).",
    "De uitgaven komen ten laste van het BIV.",
])
def test_each_item_of_a_list_of_costs_is_its_deployments_and_the_total_funds_them(total: str) -> None:
    got = run(_CMF.format(total=total))
    assert sorted((d.countries, d.cost_eur, d.funding, d.personnel_max) for d in got) == [
        (["BH"], 2_400_000, "BIV", 8), (["DJ"], 17_900_000, "BIV", 230)]


@pytest.mark.parametrize(("clause", "size"), [
    ("het maximum voor deze inzet bedraagt 230 militairen", 230),
    ("De bemanning telt circa 200 militairen; het maximum bedraagt 230 militairen", 230),
    ("het maximum aantal schepen bedraagt twee", None),
])
def test_a_maximum_said_as_such(clause: str, size: int | None) -> None:
    assert deployments.read_personnel(clause)[0] == size


_KFOR = ("Betreft KFOR\n\nGeachte voorzitter,\n\nInhoud van de bijdrage\nNederland levert met ingang van 1 oktober "
         "2019, voor een periode van in eerste instantie een jaar:\n- vier stafofficieren op het hoofdkwartier van "
         "KFOR in Pristina;\n- een team van zes militairen in Mitrovica.\nIn totaal gaat het om ten hoogste tien "
         "militairen.\n\n"
         "Los van deze bijdrage leveren drie marechaussees een bijdrage aan EULEX Kosovo; die bijdrage loopt door tot "
         "14 juni 2020 en {same}.\n\nFinanciële aspecten\nDe additionele uitgaven voor de bijdrage worden geraamd op "
         "€ 1,1 miljoen per jaar. Zij worden gefinancierd uit het Budget Internationale Veiligheid (BIV).\n")


@pytest.mark.parametrize("same", ["wijzigt niet", "blijft ongewijzigd"])
def test_the_parts_a_dutch_contribution_lists_with_its_period_and_what_stays_as_it_is(same: str) -> None:
    from inzet.extract.pipeline import extract_text
    got = extract_text("t.txt", "Den Haag, 13 september 2019\n\n" + _KFOR.format(same=same)).deployments
    assert sorted((d.action, d.start, d.personnel_max, d.cost_eur, d.funding) for d in got) == [
        ("new", "2019-10-01", 10, 1_100_000, "BIV"), ("status", None, 3, None, None)]


def test_the_parts_of_a_contribution_continued_as_it_is_with_the_maximum_below_them() -> None:
    got = run("Betreft Resolute Support\n\nGeachte voorzitter,\n\nInhoud van de bijdrage in 2019\nHet kabinet heeft "
              "besloten de bijdrage van 1 januari 2019 tot en met 31 december 2019 voort te zetten in de huidige "
              "omvang en samenstelling:\n- een force protection-compagnie op Camp Marmal bij Mazar-e-Sharif;\n- twee "
              "stafofficieren op het hoofdkwartier van RS in Kabul.\nDe omvang schommelt tussen de 140 en 160 "
              "militairen; het maximum bedraagt 170 militairen.\n")
    assert [(d.countries, d.action, d.start, d.end, d.personnel_max) for d in got] == [
        (["AF"], "extension", "2019-01-01", "2019-12-31", 170)]


def test_the_rows_of_a_mission_table_below_a_line_that_says_they_ended_are_ends() -> None:
    got = run("Betreft Jaaroverzicht\n\nGeachte voorzitter,\n\nTabel 1. Missies in 2024\nMissie\t\t| Land\t\t| "
              "Max. personeel\t| Einddatum\nEUFOR Althea\t\t| Bosnië en Herzegovina\t| 5\t\t| 31-12-2025\n"
              "Beëindigd in 2024:\nEUTM Somalia\t\t| Somalië\t\t| 3\t\t| 30-06-2024\n\nDe bijdrage aan EUFOR Althea "
              "loopt, zoals gemeld, tot en met eind 2025.\n")
    assert sorted((d.countries, d.action, d.end, d.personnel_max) for d in got) == [
        (["BA"], "status", "2025-12-31", 5), (["SO"], "end", "2024-06-30", 3)]


_MQ9 = "\n\n".join([
    "Den Haag, 1 december 2025", "Betreft Antwoorden op vragen over de MQ-9",
    "Hierbij zend ik u de antwoorden op de vragen van het lid De Boer.",
    "Vraag 1\nWaar opereren de MQ-9's?",
    "Antwoord\nTwee Nederlandse MQ-9 Reapers opereren vanaf de vliegbasis Câmpia Turzii in Roemenië.",
    "Vraag 2\nWordt de inzet verlengd?",
    "Antwoord\nDe toestellen zijn sinds medio mei operationeel. Het kabinet heeft op 7 november jl. besloten de inzet "
    "te verlengen tot en met 31 maart 2026.",
    "Vraag 3\nZijn de MQ-9's bewapend?",
    "Antwoord\nNee. De Nederlandse MQ-9's zijn voor deze inzet niet bewapend. Defensie verwerft wel bewapening voor de "
    "toestellen; de eerste levering wordt in het vierde kwartaal van 2026 verwacht.\n"])


def test_what_is_bought_for_the_units_dates_nothing_of_their_deployment() -> None:
    from inzet.extract.pipeline import extract_text
    got = extract_text("t.txt", _MQ9).deployments
    assert [(d.countries, d.action, d.start, d.end) for d in got] == [(["RO"], "extension", None, "2026-03-31")]
