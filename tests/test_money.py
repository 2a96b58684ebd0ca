"""Sums of money: golden scores on the sample letters, the genre's notations, negatives, invariants."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from conftest import OPENING_FILES, SAMPLES, assert_samples_perfect, read_letter
from inzet.extract import gdp, money
from inzet.extract.segment import segment


def amounts(text: str) -> list[tuple[float, str, str | None]]:
    return [(a.value, a.currency, a.qualifier) for a in money.extract(segment("t", text))]


def test_golden_samples() -> None:
    assert_samples_perfect("amounts", money.extract)


@pytest.mark.parametrize(("text", "expected"), [
    ("Nederland draagt €250 miljoen bij aan PURL.", [(250e6, "EUR", None)]),
    ("Het gaat om een steunpakket van EUR 90 mld. aan leningen.", [(90e9, "EUR", None)]),
    ("Een bijdrage van bijna USD 107 miljoen (€90\u202fmiljoen) aan PURL.",
     [(107e6, "USD", "approx"), (90e6, "EUR", None)]),
    ("Nederland kondigde een bijdrage van 40 miljoen euro aan.", [(40e6, "EUR", None)]),
    ("De kosten worden geraamd op 1.25 miljoen euro.", [(1.25e6, "EUR", None)]),
    ("De kosten worden geraamd op 1,25 miljoen.", [(1.25e6, "EUR", None)]),
    ("De kosten voor de inzet zijn geraamd op €345.000.", [(345000, "EUR", None)]),
    ("Defensie verwacht €21,4 miljard uit te geven.", [(21.4e9, "EUR", None)]),
    ("In 2025 is meer dan €5 miljard aan militaire steun gerealiseerd.", [(5e9, "EUR", "more_than")]),
    ("Het gaat om circa €1 miljard.", [(1e9, "EUR", "approx")]),
    ("Het gaat om ca. €1 miljard.", [(1e9, "EUR", "approx")]),
    ("Het gaat om ongeveer €1 miljard.", [(1e9, "EUR", "approx")]),
    ("Het gaat om zo'n €1 miljard.", [(1e9, "EUR", "approx")]),
    ("Het gaat om ruwweg €1 miljard.", [(1e9, "EUR", "approx")]),
    ("Het gaat om ruim €1 miljard.", [(1e9, "EUR", "more_than")]),
    ("Nederland stelt maximaal €100 miljoen beschikbaar.", [(100e6, "EUR", "up_to")]),
    ("Nederland stelt tot €100 miljoen beschikbaar.", [(100e6, "EUR", "up_to")]),
    ("Nederland stelt hooguit €100 miljoen beschikbaar.", [(100e6, "EUR", "up_to")]),
    ("Nederland stelt ten hoogste €100 miljoen beschikbaar.", [(100e6, "EUR", "up_to")]),
    ("De bijdrage bedraagt €10 tot €20 miljoen.", [(10e6, "EUR", None), (20e6, "EUR", None)]),
    ("De bijdrage bedraagt 10 tot 20 miljoen euro.", [(10e6, "EUR", None), (20e6, "EUR", None)]),
    ("De bijdrage ligt tussen de 10 en 20 miljoen euro.", [(10e6, "EUR", None), (20e6, "EUR", None)]),
    ("De VS droegen $2 billion bij.", [(2e9, "USD", None)]),
    ("Het VK draagt £150 miljoen bij.", [(150e6, "GBP", None)]),
    ("Het VK draagt GBP 150 miljoen bij.", [(150e6, "GBP", None)]),
    ("Het gaat om 500 miljoen dollar.", [(500e6, "USD", None)]),
    ("Het gaat om ongeveer 300 miljoen Amerikaanse dollar.", [(300e6, "USD", "approx")]),
    ("Nederland levert twee miljard euro aan steun.", [(2e9, "EUR", None)]),
    ("Kosten: € 1,5 mln.", [(1.5e6, "EUR", None)]),
    ("De kosten bedragen EUR 1.250.000 en worden gedekt uit het BIV.", [(1.25e6, "EUR", None)]),
    ("In 2026 gaat 500 miljoen euro naar luchtverdediging.", [(500e6, "EUR", None)]),
    ("Het fonds is met 3,5 mld euro gevuld.", [(3.5e9, "EUR", None)]),
    ("Het gaat om €90 mln.", [(90e6, "EUR", None)]),
])
def test_notations(text: str, expected: list[tuple[float, str, str | None]]) -> None:
    assert amounts(text) == expected


@pytest.mark.parametrize("text", [
    "Zie Kamerstuk 36 045, nr. 267 en Kamerstukken 21 501-28, nr. 247.",
    "De RBZ vond plaats op 1 december 2025 in Brussel.",
    "Dit volgt uit de 2e suppletoire begroting.",
    "De defensie-uitgaven stegen met 20% in 2025.",
    "Dit leidde tot meer dan 12 miljoen Oekraïense vluchtelingen.",
    "Hierdoor kunnen bijna negen miljoen kinderen naar school.",
    "Nederland leverde 1 miljoen granaten.",
    "Er nemen circa 29 militairen deel, tot 2027.",
    "Zie bijlage 2025D27846 bij Kamerstuk 28676, nr. 519.",
    "De Euro-Atlantische veiligheid staat centraal.",
])
def test_not_money(text: str) -> None:
    assert amounts(text) == []


@pytest.mark.parametrize(("text", "ukraine"), [
    ("Nederland draagt €250 miljoen bij aan luchtverdediging voor Oekraïne.", True),
    ("Nederland draagt €250 miljoen bij aan het PURL-initiatief.", True),
    ("Defensie verwacht €21,4 miljard exclusief militaire steun aan Oekraïne uit te geven.", False),
    ("De defensiebegroting stijgt naar €22 miljard.", False),
    ("De totale kosten voor de inzet SETWISE zijn geraamd op €345.000.", False),
    ("In 2025 is €5 miljard uitgegeven aan militaire steun aan Oekraïne.", True),
    # the support a total is said without goes on to get its own sum in a relative clause: that sum is the support
    ("Zonder de steun aan Oekraïne, waarvoor in 2028 € 3,5 miljard is gereserveerd, komt het percentage uit op 2,3%.",
     True),
    ("Exclusief de militaire steun aan Oekraïne, waarvan € 2 mld. in 2027 wordt uitgegeven, stijgt de begroting.",
     True),
    ("Zonder de steun aan Oekraïne bedragen de defensie-uitgaven in 2028 € 24 miljard.", False),
])
def test_ukraine(text: str, ukraine: bool) -> None:
    [a] = money.extract(segment("t", text))
    assert a.ukraine is ukraine


def test_ukraine_from_heading_and_antecedent() -> None:
    text = ("Inleiding van de brief met voldoende woorden om de body te starten hier.\n\n"
            "Steun aan Oekraïne\n\n"
            "Via de motie Klaver heeft uw Kamer opgeroepen extra middelen ter beschikking te stellen voor "
            "de krijgsmacht. Hiervan is in 2025 reeds €700 miljoen gerealiseerd.\n")
    [a] = money.extract(segment("t", text))
    assert a.ukraine is True
    assert a.purpose == "motie Klaver"


@pytest.mark.parametrize(("text", "purpose"), [
    ("Nederland draagt €250 miljoen bij aan de Prioritised Ukraine Requirements List (PURL).", "PURL"),
    ("De Ukraine Support Loan betreft een pakket van EUR 90 mld. aan leningen.", "Ukraine Support Loan"),
    ("Nederland draagt €40 miljoen bij voor de aanschaf van luchtverdedigingsmiddelen.", "luchtverdediging"),
    ("De totale kosten voor de inzet SETWISE zijn geraamd op €345.000.", "SETWISE"),
    ("De kosten voor de OPKI-trainingen zijn geraamd op €200.000.", "OPKI"),
    ("Nederland investeert €300 miljoen in drones voor Oekraïne.", "drones"),
    ("Conform de motie-Van Campen draagt Nederland €20 miljoen bij.", "motie Van Campen"),
])
def test_purpose(text: str, purpose: str) -> None:
    assert money.extract(segment("t", text))[0].purpose == purpose


def test_rule_and_text_order() -> None:
    facts = money.extract(segment("t", "Eerst €1 miljoen, dan €2 miljoen, dan €1 miljoen."))
    assert [a.value for a in facts] == [1e6, 2e6, 1e6]
    assert all(a.rule == "money.v1" for a in facts)
    assert facts[0].to_json()["value"] == 1000000


@pytest.mark.parametrize("path", SAMPLES + OPENING_FILES, ids=lambda p: p.name)
def test_spans_reproduce_text(path) -> None:
    doc = segment(str(path), read_letter(path))
    for fact in [*money.extract(doc), *gdp.extract(doc)]:
        assert doc.text[fact.span.start : fact.span.end] == fact.text


_ALPHABET = st.sampled_from([*"0123456789 .,%€$£-–\n",
    "miljoen", "miljard", "mld.", "euro", "EUR", "USD", "tot", "circa", "bbp", "van het", "in 2035", "ruim",
    "Oekraïne", "[footnoteRef:1]", "[1: Kamerstuk 36 045]", "respectievelijk", "exclusief", "inclusief",
    "\u202f", "tussen de", "en", "twee", "procent", "-norm", " ", "\n\n", "Hiervan", "(", ")", "*"])


@settings(max_examples=300, deadline=None)
@given(st.lists(_ALPHABET, max_size=60).map("".join))
def test_never_crashes_on_genre_noise(text: str) -> None:
    doc = segment("t", text)
    for fact in [*money.extract(doc), *gdp.extract(doc)]:
        assert 0 <= fact.span.start <= fact.span.end <= len(text)
        assert text[fact.span.start : fact.span.end] == fact.text


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=300))
def test_never_crashes_on_any_text(text: str) -> None:
    doc = segment("t", text)
    for fact in [*money.extract(doc), *gdp.extract(doc)]:
        assert 0 <= fact.span.start <= fact.span.end <= len(text)


@settings(max_examples=150, deadline=None)
@given(st.data())
def test_never_crashes_on_mutated_letters(data: st.DataObject) -> None:
    letter = read_letter(data.draw(st.sampled_from(SAMPLES)))
    a = data.draw(st.integers(0, len(letter)))
    b = data.draw(st.integers(a, min(len(letter), a + 3000)))
    snippet = letter[a:b]
    cut = data.draw(st.integers(0, len(snippet)))
    snippet = snippet[:cut] + data.draw(st.text(max_size=5)) + snippet[cut + data.draw(st.integers(0, 5)):]
    doc = segment("t", snippet)
    for fact in [*money.extract(doc), *gdp.extract(doc)]:
        assert snippet[fact.span.start : fact.span.end] == fact.text


def test_a_capitalised_military_support_heading_marks_its_sums_as_support_to_ukraine() -> None:
    text = ("Met deze brief informeer ik uw Kamer over de steun en over de uitgaven van Defensie.\n"
            "Militaire steun\nVoor de aanschaf van onbemande systemen stelt Nederland 200 miljoen euro "
            "beschikbaar aan het fonds van de coalitie.\nDefensie-uitgaven\nHet defensiebudget bedraagt €24 miljard.")
    assert [(a.value, a.ukraine) for a in money.extract(segment("t", text))] == [(200e6, True), (24e9, False)]


def _ukraine_flags(text: str) -> list[bool | None]:
    return [a.ukraine for a in money.extract(segment("t", text))]


def test_a_letter_titled_for_ukraine_support_makes_its_sums_that_support() -> None:
    body = ("Geachte voorzitter,\n\nNieuwe bijdragen\n\nMet een bijdrage van bijna USD 120 mln. financiert Nederland "
            "een pakket luchtverdedigingsmunitie. Het Verenigd Koninkrijk draagt £ 25 miljoen bij aan hetzelfde "
            "fonds. De defensie-uitgaven stijgen in 2026 naar € 26 miljard.\n")
    assert _ukraine_flags("36 045\tSituatie in Oekraïne\nNr. 312\tBRIEF VAN DE MINISTER VAN DEFENSIE\n\n" + body) \
        == [True, True, False]                       # a spending total stays no support
    assert _ukraine_flags("Stand van zaken militaire steun aan Oekraïne, september 2026\n\n" + body) \
        == [True, True, False]
    # a section heading of an EU Council agenda (`Militaire steun aan Oekraïne`) is no title of the letter
    from pathlib import Path
    path = Path(__file__).parent / "data" / "heldout" / "agenda_rbz_defensie_bz_2026.txt"
    got = {a.value: a.ukraine for a in money.extract(segment("t", path.read_text(encoding="utf-8")))}
    assert got[150e9] is False and got[21.5e6] is False and got[70e9] is True


@pytest.mark.parametrize("text, sums", [
    # a year before a currency sign that opens the next sum: the sign is that sum's
    ("Los van de steun investeert Defensie in 2027 € 160 miljoen in munitie.", [("€ 160 miljoen", 160e6)]),
    ("In 2026 € 5 miljoen en in 2027 € 7 miljoen.", [("€ 5 miljoen", 5e6), ("€ 7 miljoen", 7e6)]),
    ("Het kost 500 € per persoon.", [("500 €", 500.0)]),
    # compound number words
    ("Voor de reparatie trekt het kabinet bovendien vijfentwintig miljoen euro uit.",
     [("vijfentwintig miljoen euro", 25e6)]),
    ("Nederland geeft tweeënveertig miljoen euro.", [("tweeënveertig miljoen euro", 42e6)]),
    # `US$` is the sign's prefix, quoted whole
    ("Nederland draagt US$ 100 mln. (ruim € 85 miljoen) bij aan PURL.",
     [("US$ 100 mln.", 100e6), ("€ 85 miljoen", 85e6)]),
    ("Een bijdrage van US$100 miljoen.", [("US$100 miljoen", 100e6)]),
])
def test_signs_between_numbers_and_compound_number_words(text: str, sums: list) -> None:
    assert [(a.text, a.value) for a in money.extract(segment("t.txt", text))] == sums


@pytest.mark.parametrize("text, ukraine", [
    ("Dezelfde Raad stelde EUR 45 mln. beschikbaar voor de krijgsmacht van Moldavië; dat bedrag staat los van de "
     "steun aan Oekraïne.", [False]),
    ("Los van de steun aan Oekraïne investeert Defensie in 2027 € 160 miljoen in de eigen munitievoorraden.", [False]),
    ("Naast de militaire steun aan Oekraïne draagt Nederland € 12 miljoen bij aan de krijgsmacht van Moldavië.",
     [False]),
    # another country receives it
    ("Voor Moldavië, dat onder Russische druk staat, stelt het kabinet afzonderlijk € 15 miljoen beschikbaar.",
     [False]),
    # a country that runs the initiative is no recipient
    ("Daarnaast draagt Nederland tot € 150 miljoen bij aan het munitie-initiatief van Tsjechië voor Oekraïne.",
     [True]),
    # the sum's own clause names Ukraine apart from the phrase: still support
    ("Los van de steun aan Oekraïne via de EPF geeft Nederland € 20 miljoen aan drones voor Oekraïne.", [True]),
    ("Nederland draagt € 250 miljoen bij aan luchtverdediging voor Oekraïne.", [True]),
])
def test_a_sum_said_to_be_apart_from_the_support_to_ukraine_is_not_that_support(text: str, ukraine: list) -> None:
    assert [a.ukraine for a in money.extract(segment("t.txt", text))] == ukraine


@pytest.mark.parametrize("text, ukraine", [
    # the support set apart gets its own sum in a relative clause: that sum is the support, the others are not
    ("Deze kosten staan los van de militaire steun aan Oekraïne, waarvoor in 2023 circa € 2 miljard werd besteed.",
     [True]),
    ("De uitgaven staan los van de steun aan Oekraïne, waarvoor € 2,5 miljard is gereserveerd, en bedragen "
     "€ 40 miljoen.", [True, False]),
    ("Naast de hulp aan Oekraïne, waaraan Nederland dit jaar € 1,2 miljard bijdraagt, gaat € 50 miljoen naar de "
     "krijgsmacht van Moldavië.", [True, False]),
    # (no relative clause of that support: the sum is still set apart)
    ("Los van de steun aan Oekraïne, die doorgaat, investeert Defensie € 160 miljoen in de eigen voorraden.", [False]),
])
def test_the_support_set_apart_given_its_own_sum_in_a_relative_clause(text: str, ukraine: list) -> None:
    assert [a.ukraine for a in money.extract(segment("t.txt", text))] == ukraine


@pytest.mark.parametrize(("text", "value"), [
    ("- Afrikaanse Unie (AU): zeshonderd miljoen euro voor vredesoperaties.", 600e6),
    ("Nederland draagt tweehonderdvijftig miljoen euro bij.", 250e6),
    ("Nederland draagt honderdvijftig miljoen euro bij.", 150e6),
    ("Nederland draagt vijfentwintig miljoen euro bij.", 25e6),
])
def test_hundreds_in_words_before_a_scale(text: str, value: float) -> None:
    from inzet.extract.pipeline import extract_text

    assert [a.value for a in extract_text("t.txt", text).amounts] == [value]


@pytest.mark.parametrize(("text", "ukraine"), [
    ("Over de EPF bereikte de Raad overeenstemming over militaire steun aan Oekraïne. Daarnaast stemde de Raad in met "
     "een steunmaatregel van € 40 mln. voor de strijdkrachten van Moldavië.", False),
    ("Voor militaire steun aan Oekraïne draagt Nederland tot € 150 miljoen bij aan het munitie-initiatief van "
     "Tsjechië.", True),
])
def test_a_sum_for_a_body_of_another_country_is_not_ukraine_support(text: str, ukraine: bool) -> None:
    from inzet.extract.pipeline import extract_text

    amounts = extract_text("t.txt", text).amounts
    assert amounts[-1].ukraine is ukraine


def test_a_number_and_a_currency_across_a_tables_column_gap_are_no_sum() -> None:
    from inzet.extract.pipeline import extract_text

    text = ("Inzet                          Periode                     Raming            Dekking\n"
            "F-35 QRA Slowakije             Q3 2027 t/m Q1 2028         EUR 12.500.000    artikel 1\n"
            "MRTT Roemenië                  juni t/m augustus 2027      € 2,1 mln.        BIV\n")
    assert [a.value for a in extract_text("t.txt", text).amounts] == [12_500_000, 2_100_000]
    assert [a.value for a in extract_text("t.txt", "Het kost 300 euro.").amounts] == [300]


# ---- kinds of the fifth blind batch, with variants -------------------------------------------------------------

@pytest.mark.parametrize(("text", "sums"), [
    # a sum split over a line break, however short the line before it
    ("Het Nederlandse aandeel zou dan ruwweg € 0,9\nmld. per jaar bedragen, naar rato van het bbp berekend.",
     [("€ 0,9\nmld.", 0.9e9, "approx")]),
    ("Voor 2025 heeft het kabinet al 3 miljard\neuro gereserveerd, zoals aan uw Kamer gemeld.",
     [("3 miljard\neuro", 3e9, None)]),
    ("Het gaat om een bijdrage van EUR\n90 miljoen aan het fonds.", [("EUR\n90 miljoen", 90e6, None)]),
    # a year before a currency code that opens the next sum: the code is that sum's
    ("Los van de steun investeert Defensie in 2026 EUR 480 miljoen in munitie.", [("EUR 480 miljoen", 480e6, None)]),
    ("Nederland draagt in 2027 USD 50 miljoen bij.", [("USD 50 miljoen", 50e6, None)]),
    ("Het kost 500 EUR per stuk.", [("500 EUR", 500.0, None)]),
    # fractions of a scale in words
    ("Met een kwart miljard euro financiert Nederland vaartuigen.", [("een kwart miljard euro", 250e6, None)]),
    ("Daarvoor is driekwart miljard euro nodig.", [("driekwart miljard euro", 750e6, None)]),
    # not a sum: a word that only begins with a scale word on the next line; a fraction of people
    ("Zie hiervoor tabel 3\nMiljoenennota 2026 en de bijlagen.", []),
    ("Een kwart van de bondgenoten haalt de norm.", []),
])
def test_sums_over_line_breaks_codes_after_years_and_fractions(text: str, sums: list) -> None:
    assert [(a.text, a.value, a.qualifier) for a in money.extract(segment("t", text))] == sums


def _ukraine_flags(text: str) -> list[bool]:
    return [a.ukraine for a in money.extract(segment("t", text))]


@pytest.mark.parametrize(("text", "ukraine"), [
    # the bbp as the key a sum is shared out by is no spending total: the heading's Ukraine holds
    ("verdeeld naar rato van hun bbp", [True]),
    ("verdeeld in verhouding tot het bbp van elk land", [True]),
    ("verdeeld volgens de bbp-sleutel", [True]),
    # a spending total under the same heading is not support
    ("gelijk aan 2% van het bbp aan defensie-uitgaven", [False]),
])
def test_the_bbp_as_a_key_of_shares_is_no_spending_total(text: str, ukraine: list) -> None:
    letter = ("Inleiding van de brief met voldoende woorden om de body te starten hier.\n\n"
              "Steun aan Oekraïne\n\n"
              f"Het voorstel houdt in dat de bondgenoten jaarlijks ten minste € 40 miljard bijdragen, {text}.\n")
    assert _ukraine_flags(letter) == ukraine


@pytest.mark.parametrize(("text", "ukraine"), [
    # the part after `waarvan` is for Ukraine, the whole is not
    ("Het EDIP heeft een budget van € 1,5 miljard, waarvan € 300 miljoen voor het Ukraine Support Instrument.",
     [False, True]),
    ("Het fonds omvat € 5 miljard, waaronder € 1 miljard voor steun aan Oekraïne.", [False, True]),
    # two sums side by side both take the Ukraine the sentence names
    ("Nederland geeft € 100 miljoen aan luchtverdediging en € 50 miljoen aan drones voor Oekraïne.", [True, True]),
    # set apart from the support: a relative clause naming Ukraine tells of something else
    ("Los van de steun aan Oekraïne investeert Defensie in 2026 EUR 480 miljoen in de eigen munitievoorraden, die "
     "door de leveringen aan Oekraïne zijn geslonken.", [False]),
    ("Los van de steun aan Oekraïne koopt Defensie voor € 300 miljoen munitie, waarmee de voorraden worden "
     "aangevuld die de leveringen aan Oekraïne hebben uitgeput.", [False]),
    # but the sum's own purpose still may be Ukraine
    ("Naast de steun aan Oekraïne via de EPF geeft Nederland € 20 miljoen, bestemd voor drones voor Oekraïne.", [True]),
])
def test_a_part_and_a_clause_of_something_else_do_not_make_a_sum_ukraine_support(text: str, ukraine: list) -> None:
    assert _ukraine_flags(text) == ukraine


@pytest.mark.parametrize(("opening", "ukraine"), [
    # the costs of what the paragraph is about: its first sentence says whom it serves
    ("Sinds april 2026 levert Nederland een logistiek detachement aan het knooppunt bij Rzeszów, waar materieel voor "
     "Oekraïne wordt overgeslagen.", True),
    ("Sinds april 2026 levert Nederland een logistiek detachement aan de battlegroup in Litouwen.", False),
])
def test_the_costs_of_a_paragraphs_subject(opening: str, ukraine: bool) -> None:
    text = (f"{opening} Het huidige mandaat loopt tot 1 april 2027. Het kabinet verlengt de bijdrage tot en met het "
            "eerste kwartaal van 2028. De extra kosten bedragen EUR 1,9 mln. en worden uit het BIV gefinancierd.")
    assert _ukraine_flags(text) == [ukraine]


@pytest.mark.parametrize(("text", "ukraine"), [
    # the value of what the sentences before it tell was delivered to Ukraine (an answer to written questions)
    ("Nederland draagt bij aan de opbouw van een Patriot-batterij voor Oekraïne. Nederland heeft twee "
     "lanceerinrichtingen uit eigen voorraad geleverd; de levering is in februari afgerond. De waarde van de "
     "geleverde lanceerinrichtingen en raketten bedraagt circa € 110 miljoen.", True),
    ("Nederland levert Oekraïne tien pantservoertuigen. De totale waarde hiervan is € 25 miljoen.", True),
    ("Nederland levert Oekraïne tien pantservoertuigen. De levering is in maart afgerond. De voertuigen worden in "
     "Polen overgedragen. De geschatte waarde van de voertuigen bedraagt € 25 miljoen.", True),
    # not when what was delivered went elsewhere, or is the own stock's
    ("Nederland levert Moldavië tien pantservoertuigen. De waarde van de voertuigen bedraagt € 25 miljoen.", False),
    ("Defensie vult de eigen voorraad aan met twee lanceerinrichtingen. De waarde van de lanceerinrichtingen "
     "bedraagt circa € 110 miljoen.", False),
])
def test_the_value_of_what_the_sentences_before_tell_was_given(text: str, ukraine: bool) -> None:
    assert _ukraine_flags(text) == [ukraine]


# ---- kinds of the seventh blind batch, with variants -----------------------------------------------------------

@pytest.mark.parametrize(("caption", "factor", "currency"), [
    ("Tabel 1 Extra middelen Defensie (bedragen x € 1 mln.)", 1e6, "EUR"),
    ("Tabel 1 Extra middelen (x € 1.000)", 1e3, "EUR"),
    ("Tabel 1 Extra middelen (bedragen x €1 miljoen)", 1e6, "EUR"),
    ("Tabel 1 Extra middelen (EUR x 1 mln)", 1e6, "EUR"),
    ("Tabel 1 Extra middelen (x 1.000 euro)", 1e3, "EUR"),
    ("Tabel 1 Extra middelen (bedragen in miljoenen euro)", 1e6, "EUR"),
    ("Tabel 1 Extra middelen, bedragen in € mln.", 1e6, "EUR"),
    ("Tabel 1 Extra middelen (in mln. EUR)", 1e6, "EUR"),
    ("Tabel 1 Extra middelen (€ mld.)", 1e9, "EUR"),
    ("Tabel 1 Bijdragen (x USD 1 mln.)", 1e6, "USD"),
])
def test_the_cells_of_a_table_are_sums_in_the_unit_its_caption_states(caption: str, factor: float,
                                                                       currency: str) -> None:
    text = ("Inleiding van de brief met voldoende woorden om de body te starten hier.\n\n"
            f"{caption}\n\t2022\t2023\t2024\nCoalitieakkoord\t1.247\t2.004\t2.612\nVoorjaarsnota 2022\t563\t1,5\t-\n\n"
            "De middelen zijn bestemd voor de gereedheid.\n")
    amounts = money.extract(segment("t", text))
    assert [(a.text, a.value, a.currency) for a in amounts] == [
        (t, round(v * factor, 2), currency) for t, v in
        (("1.247", 1247), ("2.004", 2004), ("2.612", 2612), ("563", 563), ("1,5", 1.5))]
    assert all(text[a.span.start:a.span.end] == a.text and not a.ukraine for a in amounts)


def test_a_markdown_table_under_a_unit_line() -> None:
    text = ("Tabel 2 Steun aan Oekraïne (bedragen x € 1 mln.)\n| Instrument | 2024 | 2025 |\n|---|---|---|\n"
            "| PURL | 250 | 500 |\n\nDe bedragen zijn voorlopig.\n")
    amounts = money.extract(segment("t", text))
    assert [(a.text, a.value, a.ukraine, a.purpose) for a in amounts] == [
        ("250", 250e6, True, "PURL"), ("500", 500e6, True, "PURL")]


@pytest.mark.parametrize("text", [
    # no unit line: the numbers of a table are no sums
    "Tabel 1 Aantallen militairen\n\t2022\t2023\nLandmacht\t1.247\t2.004\n",
    # shares in a table under a unit line are no sums
    "Tabel 1 Uitgaven (x € 1 mln.)\n\t2022\t2023\nAandeel bbp\t1,4%\t1,5%\n",
    # a unit line followed by prose, no rows
    "Zie tabel 1 (bedragen x € 1 mln.) in de bijlage.\nDe kosten zijn 12 en 14 per jaar volgens de\nraming.\n",
])
def test_no_sums_without_a_unit_line_or_rows_under_it(text: str) -> None:
    assert [a.text for a in money.extract(segment("t", text))] == []


@pytest.mark.parametrize(("text", "ukraine"), [
    # another country as the sentence's opening recipient, capitalised
    ("Aan Moldavië, dat sterk wordt geraakt door de oorlog, heeft Nederland in 2023 € 40 miljoen gegeven.", [False]),
    ("Aan Georgië heeft het kabinet € 5 miljoen toegekend.", [False]),
    # the own forces receive it
    ("Voor de aanvulling van de eigen voorraden munitie heeft het kabinet € 400 miljoen beschikbaar gesteld.",
     [False]),
    ("Het kabinet investeert € 300 miljoen in de eigen gereedheid.", [False]),
    ("Daarmee is € 120 miljoen gemoeid met het aanvullen van de munitievoorraden.", [False]),
    # what is given from the own stocks still is support
    ("Nederland levert bovendien drones ter waarde van € 2.500.000, afkomstig uit de eigen voorraad.", [True]),
    # the own forces' stocks in a sentence that names Ukraine: the Ukraine words count
    ("Voor de aanvulling van de eigen voorraden en voor drones voor Oekraïne is € 50 miljoen beschikbaar.", [True]),
])
def test_a_sum_for_another_country_or_the_own_forces_in_a_letter_about_ukraine(text: str, ukraine: list) -> None:
    letter = ("Betreft\tMilitaire steun aan Oekraïne\n\nGeachte voorzitter,\n\n"
              "Inleiding van de brief met voldoende woorden om de body te starten hier.\n\n" + text + "\n")
    assert _ukraine_flags(letter) == ukraine


@pytest.mark.parametrize(("text", "ukraine"), [
    # the war in Ukraine as the cause of a sum is no support to Ukraine
    ("Naar aanleiding van de Russische inval in Oekraïne heeft het kabinet daar structureel € 2 miljard aan "
     "toegevoegd.", [False]),
    ("Vanwege de oorlog tegen Oekraïne verhoogt het kabinet de defensiebegroting met € 1 miljard.", [False]),
    ("Als gevolg van de Russische agressie tegen Oekraïne trekt het kabinet € 500 miljoen uit voor munitie.", [False]),
    # but a sum for Ukraine in the same sentence is
    ("Sinds de Russische inval in Oekraïne heeft Nederland € 2 miljard aan militaire steun gegeven.", [True]),
    ("Sinds de inval heeft Nederland € 3 miljard aan Oekraïne gegeven.", [True]),
])
def test_the_war_in_ukraine_as_the_cause_of_a_sum(text: str, ukraine: list) -> None:
    assert _ukraine_flags(text) == ukraine


@pytest.mark.parametrize(("text", "sums"), [
    # a bare sum with `mld.` before the participle of what was done with it
    ("In 2023 is € 2,5 miljard beschikbaar. Van dit bedrag is inmiddels ruim 2,3 mld. besteed of vastgelegd.",
     [(2.5e9, None), (2.3e9, "more_than")]),
    ("Van de middelen is 1,2 miljard uitgegeven.", [(1.2e9, None)]),
    ("Van het budget is circa 800 mln. gecommitteerd.", [(800e6, "approx")]),
    # a bare number of people is no sum, however money-like the sentence
    ("Het budget is bedoeld voor 2,3 miljoen ontheemden.", []),
    ("Van het bedrag profiteren 2 miljoen inwoners.", []),
])
def test_a_bare_sum_before_a_participle(text: str, sums: list) -> None:
    assert [(a.value, a.qualifier) for a in money.extract(segment("t", text))] == sums


# ---- the eighth blind batch: a qualifier before a range ------------------------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    # the qualifier before a range's first end is both ends'; its `tot` joins the range and is no `up_to`
    ("Om de norm te halen is ongeveer € 2,5 tot 3 miljard per jaar extra nodig.",
     [(2.5e9, "EUR", "approx"), (3e9, "EUR", "approx")]),
    ("Om de norm te halen is ongeveer € 2,5 tot 3\nmiljard per jaar extra nodig.",
     [(2.5e9, "EUR", "approx"), (3e9, "EUR", "approx")]),
    ("De kosten bedragen naar schatting €40 tot €50 miljoen.", [(40e6, "EUR", "approx"), (50e6, "EUR", "approx")]),
    ("De kosten bedragen circa 10 à 15 miljoen euro.", [(10e6, "EUR", "approx"), (15e6, "EUR", "approx")]),
    ("Het gaat om ruim 2 tot 3 miljard euro.", [(2e9, "EUR", "more_than"), (3e9, "EUR", "more_than")]),
    # no qualifier before the range: none for either end
    ("De kosten bedragen € 2,5 tot 3 miljard.", [(2.5e9, "EUR", None), (3e9, "EUR", None)]),
    # two sums, each with its own qualifier, are no range
    ("Het kabinet stelt circa € 5 miljoen en tot € 20 miljoen beschikbaar.",
     [(5e6, "EUR", "approx"), (20e6, "EUR", "up_to")]),
])
def test_a_qualifier_before_a_range_is_both_ends(text: str, expected: list) -> None:
    assert amounts(text) == expected


# ---- the ninth blind batch: sums said not to be for Ukraine, and the letter's own Ukraine abbreviations -------------

def ukraine_flags(text: str) -> list[tuple[float, bool]]:
    return [(a.value, a.ukraine) for a in money.extract(segment("t", text))]


@pytest.mark.parametrize(("text", "expected"), [
    # a sum said not to be for Ukraine
    ("De opbrengst van de verkoop, circa € 6,5 miljoen, is niet voor Oekraïne bestemd.", [(6.5e6, False)]),
    ("Dit bedrag van € 6,5 miljoen is niet bestemd voor Oekraïne.", [(6.5e6, False)]),
    ("De € 40 miljoen valt niet onder de steun aan Oekraïne.", [(40e6, False)]),
    ("De € 40 miljoen komt niet ten laste van de middelen voor Oekraïne.", [(40e6, False)]),
    # (or not counted as it)
    ("Voor munitie is € 45 miljoen vrijgemaakt, die niet als steun aan Oekraïne wordt aangemerkt.", [(45e6, False)]),
    ("De € 45 miljoen telt niet mee als steun aan Oekraïne.", [(45e6, False)]),
    # for the own forces, Ukraine only in a clause about something else
    ("Het kabinet investeert daarnaast € 350 miljoen in de aanvulling van de eigen munitievoorraden, die door de "
     "leveringen aan Oekraïne zijn geslonken.", [(350e6, False)]),
    # not: a sum for Ukraine beside a negation of something else
    ("Nederland levert € 40 miljoen aan Oekraïne, niet aan Moldavië.", [(40e6, True)]),
    ("Nederland levert voor € 40 miljoen munitie aan Oekraïne, niet alleen aan Polen.", [(40e6, True)]),
    ("Het kabinet stelt € 350 miljoen beschikbaar voor munitie voor Oekraïne en de eigen voorraden.", [(350e6, True)]),
])
def test_a_sum_said_not_to_be_for_ukraine(text: str, expected: list) -> None:
    assert ukraine_flags(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the replenishment or replacement of the own stocks and materiel after deliveries: the own forces receive it,
    # whether or not the words name Ukraine as where the materiel went
    ("Ter vervanging van het aan Oekraïne geleverde materieel heeft het kabinet € 250 miljoen gereserveerd.",
     [(250e6, False)]),
    ("Voor de vervanging van de aan Oekraïne overgedragen pantservoertuigen is EUR 80 mln. beschikbaar.",
     [(80e6, False)]),
    ("Defensie krijgt € 120 miljoen om het aan Oekraïne geleverde materieel te vervangen.", [(120e6, False)]),
    ("Voor de vervanging van het materieel dat Nederland aan Oekraïne heeft geleverd is € 60 miljoen nodig.",
     [(60e6, False)]),
    ("Voor het aanvullen van de eigen voorraden na de leveringen aan Oekraïne is € 200 miljoen uitgetrokken.",
     [(200e6, False)]),
    ("Voor de herbevoorrading is in 2026 € 90 miljoen begroot.", [(90e6, False)]),
    # (the refill of the own stock the sentence named before, pointed back to)
    ("De munitie komt deels uit de eigen voorraad; voor de aanvulling daarvan is € 150 miljoen vrijgemaakt.",
     [(150e6, False)]),
    # not: materiel bought or replaced for Ukraine, or Ukraine's own stocks refilled
    ("Nederland koopt voor € 250 miljoen materieel voor Oekraïne.", [(250e6, True)]),
    ("Het kabinet stelt € 100 miljoen beschikbaar voor de vervanging van verloren Oekraïense pantservoertuigen.",
     [(100e6, True)]),
    ("Voor de aanvulling van de Oekraïense munitievoorraden draagt Nederland € 75 miljoen bij.", [(75e6, True)]),
    ("Voor de herbevoorrading van Oekraïne is € 30 miljoen beschikbaar.", [(30e6, True)]),
    # (nor a delivery from the own stock, before the refill named beside it; the refill in a clause of its own is not)
    ("Nederland levert uit de eigen voorraad munitie ter waarde van € 40 miljoen aan Oekraïne.", [(40e6, True)]),
    ("Nederland levert uit de eigen voorraad munitie ter waarde van € 40 miljoen aan Oekraïne; voor de aanvulling "
     "daarvan is € 150 miljoen vrijgemaakt.", [(40e6, True), (150e6, False)]),
    ("Nederland heeft voor € 100 miljoen materieel aan Oekraïne geleverd; ter vervanging van het geleverde materieel "
     "is € 120 miljoen gereserveerd.", [(100e6, True), (120e6, False)]),
])
def test_a_refill_or_replacement_of_the_own_stocks_is_no_support(text: str, expected: list) -> None:
    letter = ("Betreft\tMilitaire steun aan Oekraïne\n\nGeachte voorzitter,\n\n"
              "Inleiding van de brief met voldoende woorden om de body te starten hier.\n\n" + text + "\n")
    assert ukraine_flags(letter) == expected


def test_a_section_set_apart_from_the_support() -> None:
    text = ("Steun aan Oekraïne\n\nNederland levert € 150 miljoen aan munitie aan Oekraïne.\n\n"
            "Wat niet onder de steun aan Oekraïne valt\n\nHet kabinet investeert € 350 miljoen in nieuwe kazernes.")
    assert ukraine_flags(text) == [(150e6, True), (350e6, False)]


@pytest.mark.parametrize(("text", "expected"), [
    # an abbreviation the letter defines by a Ukraine long form names Ukraine where it is used
    ("De Raad verhoogde het plafond met € 5 miljard voor een nieuw Ukraine Assistance Fund (UAF). De uitvoering van "
     "het UAF wordt gehinderd; het gaat om ruim € 4 miljard aan openstaande vergoedingen.", [(5e9, True), (4e9, True)]),
    ("De EU richt de Ukraine Facility (UF) op. Nederland draagt via de UF € 200 miljoen bij.", [(200e6, True)]),
    # not: an abbreviation of something else
    ("De European Defence Industry Programme (EDIP) krijgt € 1,5 miljard. Via het EDIP gaat € 300 miljoen naar "
     "munitie.", [(1.5e9, False), (300e6, False)]),
])
def test_the_letters_own_ukraine_abbreviations(text: str, expected: list) -> None:
    assert ukraine_flags(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a range or a bare sum before the verb that says what it costs (`bedragen`, `kost`): the scale reaches both ends
    ("De kosten zullen naar verwachting € 9 à 12 miljoen bedragen.", [(9e6, "EUR", None), (12e6, "EUR", None)]),
    ("De kosten van de training zullen 4 miljoen kosten.", [(4e6, "EUR", None)]),
    # (a noun after a bare sum is still no money: `12 miljoen vluchtelingen`)
    ("De oorlog heeft 12 miljoen vluchtelingen gekost.", []),
])
def test_a_sum_before_the_verb_of_its_amount(text: str, expected: list) -> None:
    assert amounts(text) == expected


# ---- kinds of the tenth blind batch, with variants -------------------------------------------------------------

_UA_LETTER = "Betreft\tSteun aan Oekraïne in de winter\n\nGeachte voorzitter,\n\n"


@pytest.mark.parametrize(("text", "expected"), [
    # a following sentence of the paragraph sets the sums before it apart from the support: plural, all of them
    ("Het kabinet vult de voorraden aan met € 215 miljoen. Daarnaast stijgen de energiekosten met circa € 60 miljoen. "
     "Deze bedragen zijn geen steun aan Oekraïne.", [(215e6, False), (60e6, False)]),
    ("Nederland levert munitie ter waarde van € 40 miljoen.\nDe energiekosten stijgen met € 60 miljoen. De huurkosten "
     "stijgen met € 5 miljoen. Beide bedragen maken geen deel uit van de steun aan Oekraïne.",
     [(40e6, True), (60e6, False), (5e6, False)]),
    # singular: the last sum before it only
    ("Nederland levert munitie ter waarde van € 40 miljoen. De energiekosten stijgen met € 60 miljoen. Dit bedrag "
     "valt buiten de steun aan Oekraïne.", [(40e6, True), (60e6, False)]),
    # the support named before, pointed back to; another country's forces by their adjective
    ("Ook de bijdrage van € 13 mln. aan de versterking van de Moldavische krijgsmacht uit de EPF valt buiten deze "
     "steun.", [(13e6, False)]),
    ("Daarnaast draagt Nederland € 4 miljoen bij aan de Georgische kustwacht.", [(4e6, False)]),
    ("Voor de opleiding van het leger van Moldavië is € 3 miljoen beschikbaar.", [(3e6, False)]),
    # not: the support itself, or sums beside it that are still for Ukraine
    ("Defensie levert winteruitrusting ter waarde van € 17 miljoen aan de Oekraïense strijdkrachten.", [(17e6, True)]),
    ("Naast deze steun stelt Nederland € 10 miljoen beschikbaar voor de wederopbouw.", [(10e6, True)]),
    ("Nederland stelt € 25 miljoen beschikbaar voor generatoren. Deze bedragen zijn bestemd voor Oekraïne.",
     [(25e6, True)]),
])
def test_sums_set_apart_from_the_support_in_a_ukraine_letter(text: str, expected: list) -> None:
    assert ukraine_flags(_UA_LETTER + text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a sum whose sentence points back to one that sets its subject apart from the support, or gives it to the own
    # forces: not the support, in a letter about it
    ("Los van de steun aan Oekraïne investeert Defensie de komende jaren in eigen drones. In 2026 is daarvoor € 150 "
     "miljoen begroot.", [(150e6, False)]),
    ("Buiten de steun aan Oekraïne koopt Defensie nieuwe antidronesystemen. Hiervoor is EUR 80 miljoen "
     "gereserveerd.", [(80e6, False)]),
    ("Defensie werkt aan de aanvulling van de eigen munitievoorraden. Daarmee is circa € 200 miljoen gemoeid.",
     [(200e6, False)]),
    # not: a sentence pointed back to that is the support itself
    ("Nederland levert Oekraïne extra drones. In 2026 is daarvoor € 150 miljoen begroot.", [(150e6, True)]),
    ("Naast deze steun levert Nederland Oekraïne generatoren. Daarvoor is € 15 miljoen beschikbaar.",
     [(15e6, True)]),
])
def test_a_sum_pointing_back_to_a_sentence_set_apart_from_the_support(text: str, expected: list) -> None:
    assert ukraine_flags(_UA_LETTER + text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # what the sentence before named, pointed back to by a count or a demonstrative: its Ukraine is the sum's
    ("De Raad besloot tot twee tranches van elk EUR 500 miljoen voor militair materieel aan Oekraïne. Het Nederlandse "
     "aandeel bedraagt circa € 57 miljoen voor beide tranches samen.", [(500e6, True), (57e6, True)]),
    ("De EU stelde drie pakketten voor de Oekraïense strijdkrachten vast. Nederland draagt aan deze pakketten € 90 "
     "miljoen bij.", [(90e6, True)]),
    ("Nederland zegde eerder leveringen van munitie aan Oekraïne toe. Voor de twee leveringen is € 40 miljoen "
     "beschikbaar.", [(40e6, True)]),
    # not: the things named before are not for Ukraine
    ("De Raad besloot tot twee tranches voor de Afrikaanse Unie. Het Nederlandse aandeel bedraagt circa € 12 miljoen "
     "voor beide tranches samen.", [(12e6, False)]),
])
def test_a_sum_for_what_the_sentence_before_named(text: str, expected: list) -> None:
    assert ukraine_flags(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a sentence cut by a line break: the qualifier at the end of the line before is the sum's
    ("De Litouwse overheid heeft in beide jaren circa\n€ 1,1 miljoen aan host nation support bijgedragen.",
     [(1.1e6, "EUR", "approx")]),
    ("Het kabinet stelt daarvoor maximaal\n€ 5 miljoen beschikbaar.", [(5e6, "EUR", "up_to")]),
    ("De overschrijding bedraagt ruim\n2 miljoen euro.", [(2e6, "EUR", "more_than")]),
    # not after a sentence that ended on the line before
    ("De raming klopte circa.\n€ 5 miljoen is toegevoegd.", [(5e6, "EUR", None)]),
])
def test_a_qualifier_before_a_line_break(text: str, expected: list) -> None:
    assert amounts(text) == expected


def test_a_row_by_year_is_labelled_by_its_year() -> None:
    text = ("Inleiding van de brief met voldoende woorden om de body te starten hier.\n\n"
            "De uitgaven waren als volgt (bedragen in miljoenen euro):\n\nJaar\tPersoneel\tMaterieel\tTotaal\n"
            "2020\t14,2\t9,6\t23,8\n2021 (tot en met oktober)\t11,8\t7,9\t19,7\nOverig\t2020\t1,5\t2021,5\n\n"
            "De uitgaven komen ten laste van het BIV.\n")
    got = [(a.text, a.value, a.purpose) for a in money.extract(segment("t", text))]
    assert got == [("14,2", 14.2e6, "2020"), ("9,6", 9.6e6, "2020"), ("23,8", 23.8e6, "2020"),
                   ("11,8", 11.8e6, "2021 (tot en met oktober)"), ("7,9", 7.9e6, "2021 (tot en met oktober)"),
                   ("19,7", 19.7e6, "2021 (tot en met oktober)"),
                   # (a year-like number in a column of sums is a sum)
                   ("2020", 2020e6, "Overig"), ("1,5", 1.5e6, "Overig"), ("2021,5", 2021.5e6, "Overig")]


# ---- kinds of the eleventh blind batch, with variants ----------------------------------------------------------

_UA_BODY = ("Geachte voorzitter,\n\nHet initiatief\n\nNederland droeg in maart € 150 miljoen bij aan het initiatief. "
            "Daarmee komt de bijdrage uit op ongeveer USD 1,8 miljard. De defensie-uitgaven stijgen in 2026 naar "
            "€ 26 miljard.\n")


@pytest.mark.parametrize(("title", "expected"), [
    # what is given, alone or in a compound, to Ukraine names the letter's topic: its sums are that support
    ("Betreft\tMunitieleveringen aan Oekraïne en het Tsjechische munitie-initiatief", [True, True, False]),
    ("Betreft\tWapenlevering aan Oekraïne", [True, True, False]),
    ("Betreft Leveringen aan Oekraïne", [True, True, False]),
    ("Betreft\tNederlandse bijdragen aan Oekraïne", [True, True, False]),
    ("Betreft\tBijdrage voor Oekraïne via het initiatief", [True, True, False]),
    ("Betreft\tOndersteuning van Oekraïne", [True, True, False]),
    # what is given between the noun and Ukraine
    ("Betreft\tStand van zaken levering F-16's aan Oekraïne en bijdrage aan het trainingscentrum", [True, True, False]),
    ("Betreft\tLeveringen van militaire goederen aan Oekraïne", [True, True, False]),
    ("Betreft\tSteun van Nederland aan Oekraïne", [True, True, False]),
    ("Betreft\tLevering van Patriot-systemen voor Oekraïne", [True, True, False]),
    # not: deliveries or contributions to someone else, or Ukraine not as the one given to
    ("Betreft\tMunitieleveringen aan de eigen krijgsmacht", [False, False, False]),
    ("Betreft\tBijdragen aan de NAVO-begroting", [False, False, False]),
    ("Betreft\tLeveringen van Oekraïne aan Europa", [False, False, False]),
    ("Betreft\tLevering van F-16's aan Roemenië", [False, False, False]),
    ("Betreft\tLevering van graan uit Oekraïne aan Afrika", [False, False, False]),
])
def test_a_letter_titled_for_deliveries_to_ukraine(title: str, expected: list) -> None:
    assert _ukraine_flags("Datum\t4 oktober 2024\n" + title + "\n\n" + _UA_BODY) == expected


@pytest.mark.parametrize(("caption", "ukraine"), [
    # a caption on a line of its own (read as a heading) still tells whom the table's sums are for
    ("Tabel 1. Munitiebijdragen aan Oekraïne (in miljoenen euro's)", True),
    ("Tabel 2 Steun voor Oekraïne (bedragen x € 1 mln.)", True),
    ("Overzicht bijdragen PURL (x € 1 mln.)", True),
    # not a caption that names no Ukraine, in a letter that does not either
    ("Tabel 1. Investeringen in munitie (in miljoenen euro's)", False),
])
def test_a_table_caption_on_its_own_line_tells_whom_its_sums_are_for(caption: str, ukraine: bool) -> None:
    text = ("Inleiding van de brief met voldoende woorden om de body te starten hier.\n\n"
            "Middelen voor 2024 en 2025\nIn onderstaande tabel staan de bijdragen waarover is besloten.\n\n"
            f"{caption}\nBijdrage                   2024      2025     Totaal\n"
            "Munitie en onderdelen      120       180      300\nTotaal                     120       180      300\n\n"
            "Bron: Ministerie van Defensie.\n")
    got = money.extract(segment("t", text))
    assert [a.text for a in got] == ["120", "180", "300", "120", "180", "300"]
    assert [a.ukraine for a in got] == [ukraine] * 6


# ---- kinds of the twelfth blind batch, with variants ----------------------------------------------------------

@pytest.mark.parametrize(("sentence", "expected"), [
    # a list of sums each opening its own item: the Ukraine of one item is not the others'
    ("Uit het BIV is € 126 miljoen besteed aan goederen voor Oekraïne, € 43,8 miljoen aan civiele missies en "
     "€ 35,5 miljoen aan de EPF.", [True, False, False]),
    ("Uit het BIV ging € 126 miljoen naar Oekraïne, circa € 40 miljoen naar civiele missies en ruim € 35 miljoen "
     "naar de EPF.", [True, False, False]),
    ("Van het budget ging € 20 miljoen naar de Sahel; € 15 miljoen naar de steun aan Oekraïne.", [False, True]),
    # a clause of its own after the sum: its Ukraine is the next sum's
    ("Deze kosten staan los van de vervanging van de fregatten, waarvoor € 2 miljard is gereserveerd, en van de "
     "bijdrage aan de coalitie voor Oekraïne, waaruit € 25 miljoen is besteed.", [False, True]),
    # not: the next clause that leaves out what its sum is for, parts of a whole, a complement of both, a lead
    ("Nederland draagt € 100 miljoen bij aan het fonds voor Oekraïne, en Denemarken € 50 miljoen.", [True, True]),
    ("Nederland stelt € 1,5 miljard voor Oekraïne beschikbaar, waarvan € 300 miljoen voor munitie en € 200 miljoen "
     "voor drones.", [True, True, True]),
    ("Nederland geeft € 100 miljoen voor munitie en € 50 miljoen voor drones aan Oekraïne.", [True, True]),
    ("Voor Oekraïne is € 100 miljoen voor munitie en € 50 miljoen voor drones beschikbaar.", [True, True]),
])
def test_a_sum_listed_beside_one_for_ukraine_is_not_for_it_by_that(sentence: str, expected: list) -> None:
    text = f"Datum\t17 mei 2023\nBetreft\tRealisatie BIV 2022\n\nGeachte voorzitter,\n\nDe uitgaven\n\n{sentence}\n"
    assert _ukraine_flags(text) == expected


def test_a_list_in_a_letter_about_ukraine_support_leaves_out_what_its_sums_are_for() -> None:
    """In a letter about the support, an item without words of its own is the support the letter is about."""
    text = ("Datum\t17 mei 2023\nBetreft\tSteun aan Oekraïne\n\nGeachte voorzitter,\n\nDe leveringen\n\n"
            "Nederland gaf € 100 miljoen aan munitie voor Oekraïne, en € 50 miljoen aan drones.\n")
    assert _ukraine_flags(text) == [True, True]


# a table whose caption gives the currency only (`(bedragen in euro)`) and whose cells write their own scale word: each
# cell a sum, in that currency (once, whichever reader finds it); its percentages and years are no sums
@pytest.mark.parametrize(("text", "expected"), [
    ("Tabel 2. Uitgaven aan materieel (bedragen in euro)\n\nJaar\tUitgaven\tGroei\n"
     "2021\t3,2 mld.\t4,0%\n2022\t3,9 mld.\t21,9%\n", [(3.2e9, "EUR", None), (3.9e9, "EUR", None)]),
    ("Overzicht van de kosten (in euro's)\nPost\tBedrag\nPersoneel\t450 mln.\nMaterieel\t1,1 mld.\n",
     [(450e6, "EUR", None), (1.1e9, "EUR", None)]),
    ("Tabel 3 Bijdragen (bedragen in euro)\n\nLand\tBijdrage\nDuitsland\t€ 2,5 mld.\nFrankrijk\t€ 1,8 mld.\n",
     [(2.5e9, "EUR", None), (1.8e9, "EUR", None)]),
    # negatives: cells without a scale word under the currency alone (counts, years); a currency in prose brackets
    ("Tabel 4 Aantallen (bedragen in euro)\n\nJaar\tAantal\n2021\t345\n2022\t410\n", []),
    ("De prijs (in euro) staat in de bijlage, met 12 vestigingen.", []),
])
def test_cells_with_their_own_scale_under_a_currency_caption(text: str, expected: list) -> None:
    assert amounts(text) == expected


# ---- kinds of the eighteenth blind batch, with variants ------------------------------------------------------------

@pytest.mark.parametrize(("header", "row", "expected"), [
    # the unit heads one column of a header row: a column of shares beside it holds no sums
    ("Jaar\tUitgaven (€ mld.)\t% bbp\tInvesteringen (% defensie-uitgaven)", "2016\t8,3\t\t1,16\t13,5", ["8,3"]),
    ("| Jaar | Aandeel bbp | Bedrag (x € 1 mln.) |", "| 2017 | 1,15 | 8.600 |", ["8.600"]),
    ("Jaar   Uitgaven (in mln. EUR)   Percentage   Personeel (€ mln.)", "2018   9.500   1,22   4.100",
     ["9.500", "4.100"]),
    # negative: a unit in the caption, before the header row, is every column's
    ("Tabel 3 Middelen (bedragen x € 1 mln.)\n\t2022\t2023", "Munitie\t120\t150", ["120", "150"]),
])
def test_a_unit_in_a_header_cell_is_its_columns_and_a_share_column_has_no_sums(header: str, row: str,
                                                                               expected: list[str]) -> None:
    text = (f"Inleiding van de brief met voldoende woorden om de body te starten hier.\n\n{header}\n{row}\n\n"
            "De cijfers zijn voorlopig.\n")
    assert [a.text for a in money.extract(segment("t", text))] == expected


@pytest.mark.parametrize(("text", "ukraine"), [
    # the sums before, charged to a fund for Ukraine by the sentence after them
    ("De kosten van de training worden geraamd op € 5 miljoen. De inzet van instructeurs kost EUR 2 mln. Deze "
     "uitgaven komen ten laste van het Oekraïnefonds.", [True, True]),
    ("De bijdrage aan de trainingsmissie kost in 2024 circa € 4 miljoen. Dit bedrag wordt betaald uit het fonds voor "
     "militaire steun aan Oekraïne.", [True]),
    ("De opleiding kost € 3 miljoen en het transport € 1 miljoen. Deze kosten worden gedekt uit de middelen voor "
     "Oekraïne.", [True, True]),
    # negatives: not charged to that fund; another fund
    ("De bijdrage aan de trainingsmissie kost in 2024 circa € 4 miljoen. Deze uitgaven komen niet ten laste van het "
     "Oekraïnefonds.", [False]),
    ("De bijdrage aan de trainingsmissie kost in 2024 circa € 4 miljoen. Deze uitgaven komen ten laste van het BIV.",
     [False]),
])
def test_sums_charged_to_a_fund_for_ukraine_by_the_sentence_after_them(text: str, ukraine: list[bool]) -> None:
    assert [a.ukraine for a in money.extract(segment("t", text))] == ukraine


@pytest.mark.parametrize(("text", "ukraine"), [
    # one of the tracks, tranches or packages the sentence before named for Ukraine, pointed back to by its place
    ("De ministers bespraken de twee sporen voor munitie voor Oekraïne. Onder het eerste spoor is € 1 miljard "
     "beschikbaar.", [True]),
    ("De EU werkt aan drie tranches van steun aan Oekraïne. De tweede tranche bedraagt € 500 miljoen.", [True]),
    # negative: the sentence before names no Ukraine
    ("De ministers bespraken de twee sporen voor de eigen munitievoorraden. Onder het eerste spoor is € 1 miljard "
     "beschikbaar.", [False]),
])
def test_a_track_named_by_its_place_reads_the_sentence_before(text: str, ukraine: list[bool]) -> None:
    assert [a.ukraine for a in money.extract(segment("t", text))] == ukraine
