"""Deployments: golden tests on the sample letters, the genre's phrasings in small strings, negatives,
the span invariant, a property test and speed."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from conftest import OPENING_FILES, OPENINGS, SAMPLES, assert_samples_perfect, read_letter
from inzet.extract import deployments, lexicon
from inzet.extract.deployments import values
from inzet.extract.segment import segment
from inzet.model import Deployment


def run(text: str) -> list[Deployment]:
    return deployments.extract(segment("test", text))


def one(text: str) -> Deployment:
    found = run(text)
    assert len(found) == 1, [d.to_json() for d in found]
    return found[0]


# ---- golden ---------------------------------------------------------------------------------

def test_samples_golden() -> None:
    assert_samples_perfect("deployments", deployments.extract)


@pytest.mark.parametrize("path", SAMPLES + OPENING_FILES, ids=lambda p: p.name)
def test_spans_reproduce_text(path) -> None:
    doc = segment(str(path), read_letter(path))
    for d in deployments.extract(doc):
        assert doc.text[d.span.start:d.span.end] == d.text
        assert d.rule == "deployments.v1"
        assert d.action in ("new", "extension", "change", "end", "status")
        assert d.countries and all(len(c) == 2 and c.isupper() for c in d.countries)


# ---- the deployment letters among the openings (no fact gold: sanity checks) -----------------

def _opening(name: str) -> list[dict]:
    path = OPENINGS / name
    return [d.to_json() for d in deployments.extract(segment(str(path), read_letter(path)))]


def test_open_006_atalanta_extended_ocean_shield_ended() -> None:
    got = {d["title"]: d for d in _opening("open_006.txt")}
    assert len(got) == 2
    atalanta = next(d for t, d in got.items() if "Atalanta" in t)
    assert (atalanta["action"], atalanta["end"], atalanta["countries"]) == ("extension", "2015", ["SO"])
    shield = next(d for t, d in got.items() if "Ocean Shield" in t)
    assert shield["action"] == "end"


def test_open_007_resolute_support() -> None:
    (d,) = _opening("open_007.txt")
    assert (d["countries"], d["action"], d["end"], d["personnel_max"]) == (["AF"], "extension", "2021-12-31", 60)


def test_open_018_eufor_althea() -> None:
    got = _opening("open_018.txt")
    assert got and all(d["countries"] == ["BA"] for d in got)
    assert any(d["end"] == "2027-12-31" for d in got)
    assert any(d["personnel_max"] == 175 for d in got)


@pytest.mark.parametrize(("name", "codes"), [
    ("open_022.txt", [["GB"]]),                  # extension of operation Interflex
    ("open_023.txt", [["UA"], ["KR"]]),          # forensic team in Ukraine, UNC in South Korea
    ("open_024.txt", [["TR"]]),                  # Patriot systems in Turkey
    ("open_025.txt", [["AF"]]),                  # kwartiermakers for Kunduz
])
def test_openings_with_deployments(name: str, codes: list[list[str]]) -> None:
    assert sorted(d["countries"] for d in _opening(name)) == sorted(codes)


_DEPLOYMENT_OPENINGS = {"open_006.txt", "open_007.txt", "open_011.txt", "open_018.txt", "open_022.txt",
                        "open_023.txt", "open_024.txt", "open_025.txt"}


@pytest.mark.parametrize("path", [p for p in OPENING_FILES if p.name not in _DEPLOYMENT_OPENINGS],
                         ids=lambda p: p.name)
def test_openings_without_deployments(path) -> None:
    """Letters about meetings, Ukraine support and policy announce no Dutch deployment."""
    assert _opening(path.name) == []


# ---- how the genre writes deployments ---------------------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    # extension with a new end date
    ("Het kabinet heeft besloten de Nederlandse bijdrage aan UNIFIL in Libanon te verlengen tot en met "
     "31 december 2027.", {"countries": ["LB"], "action": "extension", "end": "2027-12-31"}),
    ("Het kabinet informeert uw Kamer dat de inzet van twee Nederlandse F-35's vanuit Polen met zes maanden "
     "wordt verlengd (tot 30 september 2026).", {"countries": ["PL"], "action": "extension", "end": "2026-09-30"}),
    ("De Nederlandse bijdrage aan de Air and Missile Defence Task Force in Slowakije wordt verlengd tot eind "
     "oktober 2026.", {"countries": ["SK"], "action": "extension", "end": "2026-10"}),
    ("Het kabinet heeft besloten de Nederlandse bijdrage aan de operatie EU-Atalanta te verlengen tot eind 2015.",
     {"countries": ["SO"], "action": "extension", "end": "2015"}),
    # the end of a mission
    ("De Nederlandse bijdrage aan MINUSMA in Mali wordt niet verlengd.", {"countries": ["ML"], "action": "end"}),
    ("Het kabinet heeft besloten de Nederlandse inzet in Irak te beëindigen per 1 juli 2024.",
     {"countries": ["IQ"], "action": "end"}),
    # a mandate that runs out
    ("Het mandaat van de Nederlandse inzet van MQ-9's vanuit Roemenië loopt op 31 maart 2026 af.",
     {"countries": ["RO"], "action": "status", "end": "2026-03-31"}),
    # personnel changes
    ("Nederland verhoogt de bijdrage aan eFP in Litouwen van 270 naar maximaal 350 militairen.",
     {"countries": ["LT"], "action": "change", "personnel_max": 350}),
    ("Het kabinet informeert u over de ophoging van het aantal stafofficieren voor EUFOR Althea van vier naar "
     "maximaal zeven Nederlandse militairen.", {"countries": ["BA"], "action": "change", "personnel_max": 7}),
    # new contributions, with their periods
    ("Van september 2023 tot en met maart 2024 zal Nederland een detachement tijdelijk toevoegen aan eFP te "
     "Litouwen.", {"countries": ["LT"], "action": "new", "start": "2023-09", "end": "2024-03"}),
    ("Het kabinet heeft besloten een nieuwe bijdrage te leveren aan een trainingsmissie in Jordanië. De training "
     "wordt van 1 juli t/m 1 september 2023 verzorgd door circa 29 militairen.",
     {"countries": ["JO"], "action": "new", "start": "2023-07-01", "end": "2023-09-01", "personnel_max": 29}),
    ("Nederland zal in de periode 2026-2028 tweemaal per jaar instructiecapaciteit leveren aan de VN in Entebbe, "
     "Oeganda.", {"countries": ["UG"], "action": "new", "start": "2026", "end": "2028"}),
    ("Hierbij informeren wij u over het besluit van het kabinet om Nederlandse Patriot-systemen in Turkije te "
     "plaatsen.", {"countries": ["TR"], "action": "new"}),
    # art. 100 letters
    ("In overeenstemming met artikel 100 van de Grondwet informeert het kabinet u hierbij over de Nederlandse "
     "inzet in operatie EUFOR Althea van 1 augustus 2025 tot en met 31 december 2027. Dit is een inzet van "
     "maximaal 175 militairen.",
     {"countries": ["BA"], "start": "2025-08-01", "end": "2027-12-31", "personnel_max": 175}),
    ("In overeenstemming met artikel 100 van de Grondwet informeren wij u hierbij over het besluit van het "
     "kabinet de Nederlandse bijdrage aan de NAVO-missie Resolute Support te intensiveren met ongeveer 60 "
     "militairen, de bijdrage te verlengen tot en met 31 december 2021.",
     {"countries": ["AF"], "action": "extension", "end": "2021-12-31", "personnel_max": 60}),
    # costs and funding
    ("Nederland levert een nieuwe bijdrage aan een opleidingsprogramma in het VK. De kosten worden geraamd op "
     "1.25 miljoen euro en worden gefinancierd uit het Budget Internationale Veiligheid (BIV).",
     {"countries": ["GB"], "cost_eur": 1250000, "funding": "BIV"}),
    ("Het kabinet heeft besloten twee stafofficieren te leveren aan de missie in Kosovo. De totale kosten zijn "
     "geraamd op €345.000.", {"countries": ["XK"], "cost_eur": 345000, "funding": None}),
    ("Nederland zal met een compagnie deelnemen aan de oefening in Estland. De kosten van € 2,5 miljoen komen "
     "ten laste van artikel 1 van de Defensiebegroting.",
     {"countries": ["EE"], "cost_eur": 2500000, "funding": "artikel 1"}),
    # places named by base or city
    ("De Nederlandse bijdrage aan de tankercapaciteit is verlengd tot en met 31 december 2026. Dit betekent "
     "een bijdrage in vlieguren en de openstelling van vliegbasis Eindhoven.",
     {"countries": ["NL"], "action": "extension", "end": "2026-12-31"}),
])
def test_genre(text: str, expected: dict) -> None:
    got = one(text).to_json()
    for key, value in expected.items():
        assert got[key] == value, (key, got)


def test_two_deployments_in_one_paragraph_with_their_own_costs() -> None:
    text = ("Tevens informeer ik u over het besluit een personele bijdrage te leveren aan Operation ALFA in "
            "Kenia. Nederland zal in de periode 2026-2027 een bijdrage leveren aan trainingen. Ook zal Defensie "
            "bijdragen aan BRAVO-training van de VN in Oeganda. Beide inzetten worden gedekt uit het Budget "
            "Internationale Veiligheid. De kosten voor ALFA zijn geraamd op €300.000, de kosten voor de "
            "BRAVO-trainingen zijn geraamd op €100.000.")
    got = {d.countries[0]: d for d in run(text)}
    assert set(got) == {"KE", "UG"}
    assert (got["KE"].cost_eur, got["UG"].cost_eur) == (300000, 100000)
    assert got["KE"].funding == got["UG"].funding == "BIV"
    assert (got["KE"].start, got["KE"].end) == ("2026", "2027")


def test_announcement_and_detail_are_one_deployment() -> None:
    text = ("Tevens informeer ik u over een nieuwe Nederlandse bijdrage aan een trainingsmissie in Litouwen.\n\n"
            "Trainingsmissie Litouwen\n\n"
            "Het kabinet informeert uw Kamer dat Nederland een nieuwe bijdrage levert aan een trainingsmissie in "
            "Litouwen. Deze training wordt van 1 juli t/m 1 september 2023 verzorgd door circa 40 militairen.")
    d = one(text)
    assert (d.countries, d.action, d.start, d.personnel_max) == (["LT"], "new", "2023-07-01", 40)


def test_status_followed_by_extension_and_end() -> None:
    text = ("De huidige Nederlandse bijdrage aan de antipiraterijoperaties EU-Atalanta en NAVO Ocean Shield loopt "
            "eind 2014 af. Het kabinet heeft besloten de Nederlandse bijdrage aan de operatie EU-Atalanta te "
            "verlengen tot eind 2015. De Nederlandse bijdrage aan de NAVO operatie Ocean Shield wordt niet "
            "verlengd.")
    got = sorted((d.action, d.end) for d in run(text))
    assert got == [("end", "2014"), ("extension", "2015")]


def test_earlier_contribution_does_not_give_the_period() -> None:
    d = one("Nederland levert een nieuwe bijdrage aan een opleidingsprogramma in het VK. Deze training wordt van "
            "1 juli t/m 1 september 2023 verzorgd, in navolging van de eerdere bijdrage in de periode februari tot "
            "eind april 2023.")
    assert (d.start, d.end) == ("2023-07-01", "2023-09-01")


def test_trainees_are_not_where_the_deployment_is() -> None:
    d = one("Nederland levert een nieuwe bijdrage aan een opleidingsprogramma voor Oekraïense militairen in het VK.")
    assert d.countries == ["GB"]


@pytest.mark.parametrize("text", [
    # allies' deployments
    "Het Verenigd Koninkrijk zal 500 militairen naar Estland sturen.",
    "Duitsland stationeert een brigade in Litouwen; Nederland verwelkomt dit besluit.",
    "Verschillende landen kondigden aan troepen te leveren aan de missie in Roemenië.",
    # NATO plans
    "Tijdens de DMM zullen de bondgenoten verdere stappen zetten in de voorbereiding van nieuwe militaire "
    "plannen van de NAVO voor de inzet van troepen in Polen.",
    # Ukraine support: money and materiel, no personnel
    "Nederland kondigde samen met Denemarken een bijdrage van 40 miljoen euro aan voor de gemeenschappelijke "
    "aanschaf van luchtverdedigingsmiddelen voor Oekraïne.",
    "Nederland levert nog eens achttien F-16's aan Oekraïne.",
    "Nederland zal de militaire steun aan Oekraïne in 2026 voortzetten met een bijdrage van €3,5 miljard.",
    "Nederland voegde zich bij deze groep en zegde een bijdrage toe uit de eigen voorraad.",
    # the Dutch position at a meeting, a possibility being considered
    "Via de geannoteerde agenda voor de Top in Vilnius wordt uw Kamer geïnformeerd over de Nederlandse inzet.",
    "Nederland kijkt welwillend naar een mogelijke bijdrage aan een missie in Libië.",
    "Nederland kijkt welwillend naar eventuele verzoeken vanuit de NAVO om capaciteiten te leveren.",
    # no place at all
    "Nederland en Denemarken informeerden de UDCG over de voortgang inzake het plan voor F-16 trainingen.",
])
def test_not_a_dutch_deployment(text: str) -> None:
    assert run(text) == []


@pytest.mark.parametrize(("clause", "period"), [
    ("tot en met 31 december 2026", (None, "2026-12-31")),
    ("tot eind 2015", (None, "2015")),
    ("tot eind oktober 2026", (None, "2026-10")),
    ("van september 2023 tot en met maart 2024", ("2023-09", "2024-03")),
    ("van 1 juli t/m 1 september 2023", ("2023-07-01", "2023-09-01")),
    ("van november tot en met februari 2025", ("2024-11", "2025-02")),
    ("in de periode 2026-2028", ("2026", "2028")),
    ("in de periode 2026–2027", ("2026", "2027")),
    ("loopt op 31 maart 2026 af", (None, "2026-03-31")),
    ("loopt eind 2014 af", (None, "2014")),
    ("vanaf 1 januari 2025", ("2025-01-01", None)),
    ("per jaar", (None, None)),
    # a quarter or half of a year: its last month as an end, its first as a start
    ("tot en met het eerste kwartaal van 2028", (None, "2028-03")),
    ("tot het derde kwartaal 2027", (None, "2027-09")),
    ("tot en met Q2 2027", (None, "2027-06")),
    ("tot het laatste kwartaal van 2026", (None, "2026-12")),
    ("van het tweede kwartaal van 2027 tot en met de eerste helft van 2028", ("2027-04", "2028-06")),
    ("vanaf de tweede helft van 2027", ("2027-07", None)),
    ("tot medio 2028", (None, "2028")),                 # a part of a year keeps the year's precision
    # a length from the start
    ("vanaf 1 september 2027 voor de duur van één jaar", ("2027-09-01", "2028-08-31")),
    ("vanaf 1 januari 2015 voor een periode van een jaar", ("2015-01-01", "2015-12-31")),
    ("per 31 januari 2027 voor de duur van een maand", ("2027-01-31", "2027-02-28")),
    ("vanaf maart 2027 gedurende zes maanden", ("2027-03", "2027-08")),
    ("vanaf 1 maart 2027 voor anderhalf jaar", ("2027-03-01", "2028-08-31")),
    ("vanaf 2027 voor een termijn van twee jaar", ("2027", "2028")),
    ("vanaf 2027 voor zes maanden", ("2027", None)),      # half a year from a year: not at that precision
    ("vanaf 1 maart 2027 tot 1 juni 2027 voor drie maanden", ("2027-03-01", "2027-06-01")),   # the end written wins
])
def test_read_period(clause: str, period: tuple) -> None:
    assert deployments.read_period(clause) == period


@pytest.mark.parametrize(("clause", "n"), [
    ("maximaal 175 militairen", 175), ("circa 29 militairen", 29), ("van vier naar maximaal zeven", 7),
    ("(maximaal tien personen)", 10), ("ongeveer 60 militairen", 60), ("trainingen van circa 16 weken", None),
    ("twaalf stafofficieren", 12),
    # a count of one, with the noun in the singular (`één`, `1`; not the article `een`, nor `2,1` or `art. 1`)
    ("waarvan de bijdrage van één stafofficier tot en met 31 mei 2018 loopt", 1), ("1 militair adviseur", 1),
    ("één Nederlandse officier", 1), ("een stafofficier", None),
    ("2,1 militair", None), ("met één instructeur", 1),
])
def test_read_personnel(clause: str, n: int | None) -> None:
    assert deployments.read_personnel(clause)[0] == n


@pytest.mark.parametrize(("clause", "value"), [
    ("De kosten worden geraamd op 1.25 miljoen euro", 1_250_000), ("geraamd op €345.000", 345_000),
    ("De kosten bedragen € 2,5 miljoen", 2_500_000), ("de kosten van EUR 12 mln.", 12_000_000),
    ("met een bijdrage van 40 miljoen euro", None),
])
def test_read_cost(clause: str, value: float | None) -> None:
    assert deployments.read_cost(clause) == value


@pytest.mark.parametrize(("clause", "funding"), [
    ("Dit wordt gefinancierd vanuit het Budget Internationale Veiligheid (BIV).", "BIV"),
    ("gedekt uit het BIV", "BIV"),
    ("De kosten komen ten laste van artikel 1 van de Defensiebegroting.", "artikel 1"),
    ("gefinancierd uit de begroting van Buitenlandse Zaken", "begroting van Buitenlandse Zaken"),
    ("in overeenstemming met artikel 100 van de Grondwet", None),
])
def test_read_funding(clause: str, funding: str | None) -> None:
    assert deployments.read_funding(clause) == funding


# ---- robustness and speed ---------------------------------------------------------------------

_FRAGMENTS = st.sampled_from([
    "Het kabinet heeft besloten ", "de Nederlandse bijdrage aan ", "EUFOR Althea", " in Litouwen", " te verlengen",
    " tot en met 31 december 2027", ". ", "\n\n", "maximaal zeven militairen", "De kosten worden geraamd op ",
    "€345.000", "1.25 miljoen euro", "Budget Internationale Veiligheid (BIV)", "Beide inzetten", "[footnoteRef:1]",
    "van 1 juli t/m 1 september", "loopt op 31 maart 2026 af", "vanuit Roemenië en vliegbasis Leeuwarden",
    "bij-\ndrage", "Inzet in Polen\n", "van vier naar maximaal ", "€", "tot", " eind ", "2026-2028", ",", "(", ")",
])


@settings(max_examples=200, deadline=None)
@given(st.lists(st.one_of(_FRAGMENTS, st.text(max_size=12)), max_size=40))
def test_never_crashes_or_leaves_the_text(parts: list[str]) -> None:
    text = "".join(parts)
    doc = segment("prop", text)
    for d in deployments.extract(doc):
        assert 0 <= d.span.start <= d.span.end <= len(text)
        assert text[d.span.start:d.span.end] == d.text


_UNIT_WORDS = st.sampled_from([
    "twee", "Vijftien", "1.000", "175", "één", "extra", "Nederlandse", "militaire", "Litouwse", "-de", "maximaal",
    "ten hoogste", "maximum van", "in totaal", "circa", "van", "de huidige", "naar", "militairen", "militair personeel",
    "trainers", "HUMINT-team", "infanteriecompagnie", "MQ-9’s", "Patriot-systemen", "man", "Management", "eenheid",
    "stafofficieren", "(NDMC)", "Cel", ",", "–", "Commissie", "missie", "het kabinet", "wij", "Nederland.", "€",
    "tot en met 31 december 2027", "sept.", "2026", "ten laste", "artikel 100", "Operation ", "inzet ",
])


@settings(max_examples=300, deadline=None)
@given(st.lists(_UNIT_WORDS, max_size=14), st.lists(st.sampled_from([" ", "  ", "\u00a0", "-", "", "\n"]), min_size=14,
                                                     max_size=14))
def test_shortcuts_match_the_plain_patterns(words: list[str], seps: list[str]) -> None:
    """The word-cue shortcuts give exactly what the patterns they stand for give."""
    text = "".join(w + sep for w, sep in zip(words, seps, strict=False))
    hits = lexicon.of(text)
    for v in lexicon.vocabs():
        assert v.has(text, hits) == bool(v.rx.search(text)), v.rx.pattern[:40]
    for rx, back, ahead, probe, probe_back in (
            (values.UNIT, 3, 1, values.UNIT_PROBE, 1), (values.PERS, 5, 1, None, None),
            (values.PERS_MAX, 1, 5, None, None), (values.PERS_RANGE, 5, 2, None, None)):
        fast = [m.span() for m in lexicon.finditer_near(rx, text, back, ahead, probe, probe_back)]
        assert fast == [m.span() for m in rx.finditer(text)], rx.pattern[:40]


@pytest.mark.parametrize("text", [
    "De Nederlandse bijdrage van vier militaire waarnemers aan UNTSO in Libanon wordt per 1 januari 2026 beëindigd.",
    "Het kabinet beëindigt met ingang van 1 januari 2026 de Nederlandse bijdrage aan UNTSO in Libanon.",
])
def test_an_ended_deployment_is_dated_by_per(text: str) -> None:
    [d] = deployments.extract(segment("t", text))
    assert (d.action, d.start, d.end) == ("end", None, "2026-01-01") and "LB" in d.countries
