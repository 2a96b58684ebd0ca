"""GDP shares: golden scores on the sample letters, how the genre states shares, negatives."""

from __future__ import annotations

import pytest

from conftest import assert_samples_perfect
from inzet.extract import gdp
from inzet.extract.segment import segment

Row = tuple[float, int | None, str, str | None, str | None, str]


def shares(text: str) -> list[Row]:
    return [(s.value, s.year, s.category, s.basis, s.ukraine, s.status) for s in gdp.extract(segment("t", text))]


def test_golden_samples() -> None:
    assert_samples_perfect("gdp_shares", gdp.extract)


@pytest.mark.parametrize(("text", "expected"), [
    ("Het kabinet wil de defensie-uitgaven laten groeien naar 2,8% in 2030 en 3,5% van het bbp in 2035.",
     [(2.8, 2030, "defence", None, None, "target"), (3.5, 2035, "defence", None, None, "target")]),
    ("Naar verwachting komen de defensie-uitgaven in 2026 uit op 2,01% exclusief steun aan Oekraïne en op "
     "2,26% inclusief militaire steun aan Oekraïne.",
     [(2.01, 2026, "defence", None, "excl", "estimate"), (2.26, 2026, "defence", None, "incl", "estimate")]),
    ("De afspraak is om de defensie-uitgaven uiterlijk in 2035 te verhogen naar 3,5% van het BBP en 1,5% van "
     "het BBP aan defensie gerelateerde uitgaven.",
     [(3.5, 2035, "defence", None, None, "target"), (1.5, 2035, "related", None, None, "target")]),
    ("Bondgenoten spraken af de uitgaven te verhogen naar 5% van het bbp in 2035, waarvan 3,5% voor harde "
     "defensie-uitgaven en 1,5% voor bredere defensie- en veiligheidsgerelateerde uitgaven.",
     [(5.0, 2035, "total", None, None, "target"), (3.5, 2035, "defence", None, None, "target"),
      (1.5, 2035, "related", None, None, "target")]),
    ("In 2024 bedroegen de defensie-uitgaven 2,05% van het bbp.",
     [(2.05, 2024, "defence", None, None, "actual")]),
    ("In 2024 zijn de defensie-uitgaven gerealiseerd op 2,05% van het bbp.",
     [(2.05, 2024, "defence", None, None, "actual")]),
    ("Met de Wet financiering defensie is wettelijk vastgelegd dat Nederland jaarlijks minimaal 2% van het bbp "
     "aan defensie uitgeeft.", [(2.0, None, "defence", None, None, "legal_minimum")]),
    ("Bondgenoten committeren zich aan een besteding van minimaal 2% van het bbp aan defensie.",
     [(2.0, None, "defence", None, None, "target")]),
    ("Alle bondgenoten moeten de 2%-norm halen.", [(2.0, None, "defence", None, None, "target")]),
    ("Volgens de NAVO-berekeningswijze bedroegen de Nederlandse defensie-uitgaven over 2024 2,05% van het bbp.",
     [(2.05, 2024, "defence", "nato", None, "actual")]),
    ("Naar de Nederlandse berekeningswijze komen de uitgaven in 2025 uit op 2,2% van het bbp.",
     [(2.2, 2025, "defence", "national", None, "estimate")]),
    ("De raming voor 2026 komt uit op 2,1% BBP.", [(2.1, 2026, "defence", None, None, "estimate")]),
    ("De NAVO-norm van twee procent van het bbp blijft leidend.", [(2.0, None, "defence", None, None, "target")]),
    ("Bondgenoten spraken af om uiterlijk in 2035 5% van hun bbp aan defensie te besteden.",
     [(5.0, 2035, "total", None, None, "target")]),
])
def test_statements(text: str, expected: list[Row]) -> None:
    assert shares(text) == expected


# invented sentences in the genre's ways of stating what one figure's year, category, basis and
# Ukraine reading are when the letter states them once for several figures
@pytest.mark.parametrize(("text", "expected"), [
    # a year after the last figure of a list governs the list
    ("Bondgenoten spraken in Den Haag af de uitgaven te laten groeien naar 3,5% en 1,5% van het bbp in 2035.",
     [(3.5, 2035, "defence", None, None, "target"), (1.5, 2035, "related", None, None, "target")]),
    ("Het streven is 2,5%, 3% of 3,5% van het bbp in 2030.",
     [(2.5, 2030, "defence", None, None, "target"), (3.0, 2030, "defence", None, None, "target"),
      (3.5, 2030, "defence", None, None, "target")]),
    # one incl/excl marker for a pair of figures, before or after them
    ("De defensie-uitgaven komen in 2025 uit op 1,9% en in 2026 op 2,1% van het bbp, beide exclusief "
     "steun aan Oekraïne.",
     [(1.9, 2025, "defence", None, "excl", "estimate"), (2.1, 2026, "defence", None, "excl", "estimate")]),
    ("Inclusief de militaire steun aan Oekraïne bedroegen de uitgaven in 2024 2,05% en 2,1% van het bbp.",
     [(2.05, 2024, "defence", None, "incl", "actual"), (2.1, 2024, "defence", None, "incl", "actual")]),
    # a marker further on in the figure's clause, in brackets
    ("In 2026 geeft het kabinet 2,2% bbp uit aan defensie (naar de Nederlandse definitie, inclusief "
     "militaire steun aan Oekraïne).",
     [(2.2, 2026, "defence", "national", "incl", "actual")]),
    # the basis in the preceding sentence of the paragraph, or in the figure's footnote
    ("De cijfers hieronder volgen de NAVO-systematiek. In 2024 bedroegen de uitgaven 2,05% van het bbp.",
     [(2.05, 2024, "defence", "nato", None, "actual")]),
    ("Naar verwachting bedragen de defensie-uitgaven in 2025 2,05% van het bbp.1 Dat is meer dan vorig jaar."
     "\n\n1 Berekend volgens de NAVO-berekeningswijze.\n",
     [(2.05, 2025, "defence", "nato", None, "estimate")]),
    ("Naar verwachting bedragen de defensie-uitgaven in 2025 2,05% van het bbp[footnoteRef:3] en daarmee meer."
     "\n\n[3: Volgens de Nederlandse berekeningswijze.]\n",
     [(2.05, 2025, "defence", "national", None, "estimate")]),
    # a figure that its clause then splits is the total, even with a spending word between
    ("De bondgenoten committeerden zich aan 5% defensiegerelateerde uitgaven van het bbp in 2035, waarvan "
     "3,5% voor kerntaken en 1,5% voor bredere veiligheidsuitgaven.",
     [(5.0, 2035, "total", None, None, "target"), (3.5, 2035, "defence", None, None, "target"),
      (1.5, 2035, "related", None, None, "target")]),
    ("In 2035 moet 1,5% van het bbp naar weerbaarheid en aanverwante uitgaven gaan.",
     [(1.5, 2035, "related", None, None, "target")]),
])
def test_stated_once_for_several_figures(text: str, expected: list[Row]) -> None:
    assert shares(text) == expected


def test_respectively_pairs_with_previous_sentence() -> None:
    text = ("Defensie heeft gerapporteerd in 2025 te verwachten €21,4 miljard exclusief militaire steun aan "
            "Oekraïne uit te geven en €27 miljard inclusief deze steun. Naar de Nederlandse berekeningswijze komt "
            "dit neer op defensie-uitgaven van respectievelijk 1,8% en 2,28% van het bbp. Deze cijfers sluiten aan "
            "bij de verwachtingen over 2025 van 1,79% exclusief en 2,19% inclusief militaire steun aan Oekraïne.")
    assert shares(text) == [
        (1.8, 2025, "defence", "national", "excl", "estimate"),
        (2.28, 2025, "defence", "national", "incl", "estimate"),
        (1.79, 2025, "defence", "national", "excl", "estimate"),
        (2.19, 2025, "defence", "national", "incl", "estimate"),
    ]


def test_respectively_with_markers_after() -> None:
    text = ("Naar de Nederlandse berekeningswijze komen de uitgaven in 2025 uit op respectievelijk 1,8% en 2,3% van "
            "het bbp, exclusief en inclusief steun aan Oekraïne.")
    assert [(v, u) for v, _, _, _, u, _ in shares(text)] == [(1.8, "excl"), (2.3, "incl")]


def test_repeated_norm_is_one_entry() -> None:
    text = ("De afspraak is de defensie-uitgaven uiterlijk in 2035 te verhogen naar 3,5% van het BBP. "
            "Bondgenoten bespraken de defensie-uitgaven van 2025 en de stappen naar de 3,5% BBP. "
            "Ook in de NAR werd de 3,5% van het bbp in 2035 genoemd.")
    assert shares(text) == [(3.5, 2035, "defence", None, None, "target")]


@pytest.mark.parametrize("text", [
    "De Europese defensie-uitgaven stegen met 20% ten opzichte van 2023.",
    "Bondgenoten besteden ten minste 20% van de defensie-uitgaven aan investeringen.",
    "Een groeipad richting het afgesproken percentage van het bbp.",
    "De helft van de bondgenoten haalt de norm van het bbp.",
    "De bondgenoten committeerden zich aan 0,25% van het bbp aan militaire steun voor Oekraïne.",
    "Het begrotingstekort mag 3% van het bbp niet overschrijden.",
    "De economie groeide met 1,5% in 2024.",
    "Zie Kamerstuk 36 045, nr. 267 en 2025D27846 van 12 februari 2026.",
    "De productie van munitie steeg met 30%.",
    "Circa 80% van de Oekraïense behoeften is gedekt.",
])
def test_not_gdp_shares(text: str) -> None:
    assert shares(text) == []


def test_rule_and_text() -> None:
    [s] = gdp.extract(segment("t", "De NAVO vraagt 3,5% van het BBP in 2035 als norm."))
    assert s.rule == "gdp.v1"
    assert s.text == "3,5% van het BBP"


def test_komen_uit_op_is_an_estimate_across_hyphenated_words() -> None:
    text = ("Volgens de NAVO-berekeningswijze komen de Nederlandse defensie-uitgaven in 2026 uit op 2,2% van het bbp "
            "inclusief de steun aan Oekraïne.")
    [share] = gdp.extract(segment("t", text))
    assert (share.year, share.value, share.status) == (2026, 2.2, "estimate")
    assert (share.basis, share.ukraine) == ("nato", "incl")


def test_pct_is_a_percentage_like_procent_and_percent_sign() -> None:
    text = "Nederland besteedt in 2025 naar verwachting 2,1 pct van het bbp aan defensie."
    assert [(g.value, g.year, g.status) for g in gdp.extract(segment("t", text))] == [(2.1, 2025, "estimate")]


# ---- kinds the held-out letters of December 2026 showed ----------------------------------------

def rows(text: str, letter_date: str | None = None) -> list[tuple]:
    return [(s.year, s.value, s.category, s.basis, s.ukraine, s.status)
            for s in gdp.extract(segment("t", text), letter_date)]


@pytest.mark.parametrize("text, expected", [
    # the level spending rises to, without `bbp`, and the figure listed after it
    ("Tijdens de NAVO-top spraken de bondgenoten af hun defensie-uitgaven te verhogen naar 3,5% en 1,5% in 2035.",
     [(2035, 3.5, "defence", None, None, "target"), (2035, 1.5, "related", None, None, "target")]),
    ("Het kabinet wil het defensiebudget laten groeien tot 3,5% in 2035.",
     [(2035, 3.5, "defence", None, None, "target")]),
    # growth is not a share
    ("Het defensiebudget stijgt in 2026 met 14% ten opzichte van 2025.", []),
    # the category phrase between the figure and its year
    ("Het kabinet houdt vast aan het groeipad naar 3,5% van het bbp voor kerndefensie-uitgaven in 2035.",
     [(2035, 3.5, "defence", None, None, "target")]),
])
def test_heldout_kinds(text: str, expected: list[tuple]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize("text, category", [
    # the category named by the subject of the figure's clause, before the figure
    ("Voor 2026 ramen wij deze gerelateerde uitgaven op 0,9% van het bbp.", "related"),
    ("In 2026 komen de bredere veiligheidsgerelateerde investeringen uit op 1,1% van het bbp.", "related"),
    ("Opgeteld komen de totale defensie- en veiligheidsuitgaven in 2026 daarmee uit op 3,14% van het bbp.", "total"),
    # not across a clause: the figure's own subject is plain defence spending
    ("Naast de gerelateerde uitgaven, die elders staan, komen de defensie-uitgaven in 2026 uit op 2,2% van het bbp.",
     "defence"),
])
def test_the_subject_before_the_figure_names_its_category(text: str, category: str) -> None:
    assert [r[2] for r in rows(text, "2026-10-06")] == [category]


@pytest.mark.parametrize("text, basis", [
    ("Op dezelfde nationale grondslag raamt Defensie de uitgaven voor 2026 op 2,24% van het bbp.", "national"),
    ("Volgens die NAVO-methodiek komt Nederland in 2026 naar verwachting uit op 2,38% van het bbp.", "nato"),
    ("Volgens de Nederlandse rekenwijze komt Nederland in 2026 uit op 2,1% van het bbp.", "national"),
    # NATO's calculation named as NATO's, after the figure's verb or before it
    ("Nederland geeft in 2026 volgens de berekening van de NAVO 2,15 procent van het bbp aan defensie uit.", "nato"),
    ("Volgens de berekeningen van de NAVO komt Nederland in 2026 uit op 2,15% van het bbp.", "nato"),
    ("Op basis van NAVO-cijfers bedragen de uitgaven in 2026 2,15% van het bbp.", "nato"),
    ("Naar de maatstaven van de NAVO besteedt Nederland in 2026 2,15% van het bbp aan defensie.", "nato"),
    ("In NAVO-termen komt Nederland in 2026 uit op 2,15% van het bbp.", "nato"),
    # not a method: the guideline is NATO's, the figure's basis is not stated
    ("Bij de berekening van de NAVO-norm telt Nederland in 2026 2,15% van het bbp.", None),
])
def test_more_names_of_the_basis(text: str, basis: str | None) -> None:
    assert [r[3] for r in rows(text, "2026-10-06")] == [basis]


def test_years_before_respectievelijk_pair_in_order_and_the_next_sentence_takes_them_too() -> None:
    text = ("Inclusief de militaire steun aan Oekraïne komen de Nederlandse defensie-uitgaven in 2026 en 2027 uit op "
            "respectievelijk 2,31% en 2,42% van het bbp. Zonder deze steun gaat het om 1,96% en 2,08%.")
    got = {(y, v, u) for y, v, _c, _b, u, _s in rows(text, "2026-05-27")}
    assert got == {(2026, 2.31, "incl"), (2027, 2.42, "incl"), (2026, 1.96, "excl"), (2027, 2.08, "excl")}


def test_a_year_not_over_when_the_letter_was_written_has_estimates_not_actuals() -> None:
    text = "De Nederlandse defensie-uitgaven bedragen in 2027 2,42% van het bbp."
    assert [r[5] for r in rows(text)] == ["actual"]                   # no letter date: as the sentence says
    assert [r[5] for r in rows(text, "2026-05-27")] == ["estimate"]
    assert [r[5] for r in rows(text, "2028-02-01")] == ["actual"]


def test_a_footnote_of_the_figure_gives_its_basis_and_incl_excl() -> None:
    text = ("Het Annual Report laat zien dat Nederland voor 2025 naar schatting uitkomt op 2,03% van het bbp."
            "[footnoteRef:1]\n\n[1:  Berekend volgens de NAVO-berekeningswijze, inclusief de militaire steun aan "
            "Oekraïne. ]\n")
    assert rows(text) == [(2025, 2.03, "defence", "nato", "incl", "estimate")]


@pytest.mark.parametrize("text, years", [
    # a norm listed before its one year
    ("Die norm bestaat uit 3,5% bbp voor kerndefensie-uitgaven en 1,5% voor defensie- en veiligheidsgerelateerde "
     "uitgaven, samen 5% in 2035.", [2035, 2035, 2035]),
    ("De Haagse norm: 3,5% bbp aan kerndefensie-uitgaven en 1,5% aan veiligheidsgerelateerde uitgaven in 2035.",
     [2035, 2035]),
    # an actual figure takes no later target year
    ("In 2025 bedroegen de uitgaven 2,06% van het bbp; het doel is 3,5% in 2035.", [2025, 2035]),
])
def test_a_norm_listed_before_its_year_takes_it(text: str, years: list[int]) -> None:
    assert [r[0] for r in rows(text, "2026-10-06")] == years


def test_a_marker_said_of_both_figures_reaches_both() -> None:
    text = ("In 2026 komen de defensie-uitgaven uit op 2,27% bbp volgens de NAVO-methodiek en op 2,12% volgens de "
            "nationale berekeningswijze, in beide gevallen inclusief de militaire steun aan Oekraïne.")
    assert [r[4] for r in rows(text, "2026-10-06")] == ["incl", "incl"]


@pytest.mark.parametrize("text, expected", [
    # two figures sharing their unit (`respectievelijk 2,05 en 2,03 procent`)
    ("Volgens het rapport bedroegen de defensie-uitgaven in 2024 en 2025 respectievelijk 2,05 en 2,03 procent van "
     "het bbp.", [(2024, 2.05, "defence"), (2025, 2.03, "defence")]),
    # a share of the spending, not of the bbp, after `waarvan`: not a share, and the figure before stays defence
    # (the year it was agreed in is not the norm's: see test_a_year_a_norm_was_met_or_agreed_in_is_not_its_own)
    ("In 2014 spraken de bondgenoten af te streven naar 2% bbp, waarvan ten minste 20 procent voor groot materieel.",
     [(None, 2.0, "defence")]),
    # the 5% norm is the total whatever its clause goes on to name; English `by 2035`
    ('De bondgenoten committeren zich "to invest 5% of GDP annually on core defence requirements as well as defence- '
     'and security-related spending by 2035".', [(2035, 5.0, "total")]),
    # the related spending as the subject at the unit's start
    ('De defensie- en veiligheidsgerelateerde uitgaven, de "security-related spending" uit de Haagse verklaring, '
     "ramen wij voor 2026 op 0,7 pct. van het bbp.", [(2026, 0.7, "related")]),
    # a range states both its ends: two shares (`tussen … en …`, `à`, `tot`, a dash)
    ("De uitgaven komen in 2026 uit op tussen 2 en 2,2 procent van het bbp.",
     [(2026, 2.0, "defence"), (2026, 2.2, "defence")]),
    ("Naar verwachting komen de uitgaven in 2026 uit op 2,1 à 2,3 procent van het bbp.",
     [(2026, 2.1, "defence"), (2026, 2.3, "defence")]),
    ("De uitgaven komen in 2026 naar verwachting uit op 2,1 tot 2,3% van het bbp.",
     [(2026, 2.1, "defence"), (2026, 2.3, "defence")]),
    ("De uitgaven komen in 2026 naar verwachting uit op 2,1–2,3% van het bbp.",
     [(2026, 2.1, "defence"), (2026, 2.3, "defence")]),
    # not a range: a year before the figure
    ("De uitgaven komen in 2026 naar verwachting uit op 2,3% van het bbp.", [(2026, 2.3, "defence")]),
])
def test_listed_figures_shares_of_spending_and_the_norm(text: str, expected: list[tuple]) -> None:
    assert [(r[0], r[1], r[2]) for r in rows(text, "2026-03-09")] == expected


def test_how_the_figures_before_were_counted_said_in_the_next_sentence() -> None:
    text = ("Volgens het rapport bedroegen de defensie-uitgaven in 2024 en 2025 respectievelijk 2,05 en 2,03 procent "
            "van het bbp. Beide cijfers zijn realisatiecijfers, berekend volgens de NAVO-systematiek en met de "
            "militaire steun aan Oekraïne meegeteld.")
    assert [(r[3], r[4]) for r in rows(text, "2026-03-09")] == [("nato", "incl"), ("nato", "incl")]
    # a following sentence of other things says nothing of them
    other = text.replace("Beide cijfers zijn", "De NAVO publiceert jaarlijks cijfers,")
    assert [(r[3], r[4]) for r in rows(other, "2026-03-09")] == [(None, None), (None, None)]


# ---- kinds of the third blind batch (December 2026), with variants --------------------------------

@pytest.mark.parametrize("text, expected", [
    # NATO's own estimates are the NATO basis, and the next sentence's figure keeps it
    ("Volgens de ramingen die de NAVO in juni publiceerde, besteedt Nederland in 2027 2,41% van het bbp aan "
     "defensie, inclusief de militaire steun aan Oekraïne. Zonder die steun gaat het om 2,07%.",
     [(2027, 2.41, "defence", "nato", "incl", "estimate"), (2027, 2.07, "defence", "nato", "excl", "estimate")]),
    ("Volgens de cijfers van de NAVO bedroegen de uitgaven in 2025 2,05% bbp.",
     [(2025, 2.05, "defence", "nato", None, "actual")]),
    # a guideline agreed: a target, also where the sentence expects the agreement
    ("De regeringsleiders zullen naar verwachting afspreken dat bondgenoten die minder dan 2 procent van het BBP "
     "aan defensie besteden, naar die richtlijn toe bewegen.", [(None, 2.0, "defence", None, None, "target")]),
    # an EMU balance or debt is no defence share
    ("Ter vergelijking: de EMU-schuld komt in 2027 uit op 45,8% bbp en het EMU-saldo op -2,6% bbp.", []),
    ("Het EMU-saldo bedraagt in 2027 -2,1% bbp.", []),
])
def test_heldout_kinds_of_the_third_batch(text: str, expected: list[tuple]) -> None:
    assert rows(text, "2027-07-16") == expected


def test_figures_with_their_years_in_brackets_under_a_heading_that_names_the_bbp() -> None:
    text = ("Geachte voorzitter,\n\n"
            "1. Besluitvorming\nHierbij informeer ik u over de uitkomsten van de Voorjaarsnota 2027 voor de "
            "begroting van Defensie en over de groei van de uitgaven, zoals de vaste commissie heeft gevraagd.\n\n"
            "2. Defensie-uitgaven als aandeel van het bbp\nDe percentages in deze paragraaf zijn berekend volgens de "
            "NAVO-definitie, tenzij anders vermeld. Over de jaren tot en met 2026 verwijs ik naar de eerdere brieven "
            "over het groeipad.\n\n"
            "Op basis van de Voorjaarsnota ramen wij de uitgaven inclusief de steun aan Oekraïne op 2,45% (2027), "
            "2,62% (2028) en 2,80% (2029). Volgens de nationale definitie komt 2027 uit op 2,38% inclusief de steun.\n"
            "\n3. De Haagse norm\nDe gerelateerde uitgaven raamt het kabinet voor 2027 op 0,85% van het bbp. Voor deze "
            "categorie bestaat nog geen gezamenlijke NAVO-definitie; dit cijfer berust daarom op de nationale "
            "afbakening.\n\n4. Overig\nDe uitgaven komen in 2027 uit op 2,4% van het bbp, zoals in de vorige "
            "paragrafen uiteengezet en met de ramingen van het Centraal Planbureau als grondslag.\n")
    assert rows(text, "2027-04-15") == [
        (2027, 2.45, "defence", "nato", "incl", "estimate"), (2028, 2.62, "defence", "nato", "incl", "estimate"),
        (2029, 2.8, "defence", "nato", "incl", "estimate"), (2027, 2.38, "defence", "national", "incl", "estimate"),
        (2027, 0.85, "related", "national", None, "estimate"),
        (2027, 2.4, "defence", None, None, "estimate")]          # another section: the paragraph's basis not its own


@pytest.mark.parametrize(("heading", "n"), [("2. Defensie-uitgaven als aandeel van het bbp", 2),
                                            ("2. Defensie-uitgaven en personeel", 0)])
def test_without_a_heading_that_names_the_bbp_a_bare_percentage_is_no_share(heading: str, n: int) -> None:
    text = ("Geachte voorzitter,\n\n1. Besluitvorming\nHierbij informeer ik u over de uitkomsten van de "
            "Voorjaarsnota 2027 voor de begroting van Defensie, zoals de vaste commissie heeft gevraagd.\n\n"
            f"{heading}\nOp basis van de Voorjaarsnota ramen wij de uitgaven op 2,4% (2027) en 2,6% (2028), zoals "
            "in de tabel in de bijlage per onderdeel van de begroting uiteengezet.\n")
    assert len(rows(text, "2027-04-15")) == n


# ---- kinds of the fourth blind batch ------------------------------------------------------------------------

def test_a_table_of_shares_whose_caption_names_the_bbp() -> None:
    text = ("Geachte voorzitter,\n\nTabel 1. Nederlandse uitgaven in procenten van het bbp (NAVO-definitie, inclusief "
            "militaire steun aan Oekraïne)\n\n"
            "                    2026 (realisatie)    2027 (raming)    2028 (raming)\n"
            "Kerndefensie        2,21                 2,43             2,64\n"
            "Gerelateerd         0,74                 0,79             0,83\n\n"
            "Tabel 2. Verdeling van de uitgaven in procenten\n\n"
            "                    2026    2027\n"
            "Personeel           41,2    40,8\n")
    assert rows(text, "2027-06-01") == [
        (2026, 2.21, "defence", "nato", "incl", "actual"), (2027, 2.43, "defence", "nato", "incl", "estimate"),
        (2028, 2.64, "defence", "nato", "incl", "estimate"), (2026, 0.74, "related", "nato", "incl", "actual"),
        (2027, 0.79, "related", "nato", "incl", "estimate"), (2028, 0.83, "related", "nato", "incl", "estimate")]


def test_a_rows_cells_must_match_the_header_years() -> None:
    text = ("Geachte voorzitter,\n\nTabel 1. Uitgaven in procenten van het bbp\n\n"
            "                    2026    2027    2028\n"
            "Kerndefensie        2,21    2,43\n")
    assert rows(text, "2027-06-01") == []


def test_the_status_cue_of_the_figures_own_clause() -> None:
    text = ("Nederland besteedde in 2012 volgens de NAVO-definitie 1,27 procent van het bbp aan defensie; voor 2013 "
            "verwacht ik volgens dezelfde definitie 1,23 procent.")
    assert rows(text, "2013-03-04") == [(2012, 1.27, "defence", "nato", None, "actual"),
                                        (2013, 1.23, "defence", "nato", None, "estimate")]


# ---- kinds of the fifth blind batch, with variants ---------------------------------------------------------------

@pytest.mark.parametrize("text, ukraine", [
    # the support said to be counted in the figure, before it or after it
    ("Met de steun meegerekend komen de Nederlandse defensie-uitgaven in 2025 volgens de NAVO-definitie uit op 2,08% "
     "van het bbp.", ["incl"]),
    ("Als de militaire steun aan Oekraïne wordt meegeteld, komen de uitgaven in 2025 uit op 2,08% van het bbp.",
     ["incl"]),
    ("De uitgaven komen in 2025 uit op 2,08% van het bbp, met de steun aan Oekraïne meegeteld.", ["incl"]),
    # or not counted
    ("De uitgaven komen in 2025 uit op 2,08% van het bbp, de steun aan Oekraïne niet meegerekend.", ["excl"]),
    ("Met de steun meegerekend gaat het in 2025 om 2,08% van het bbp; zonder die steun gaat het om 1,63 procent.",
     ["incl", "excl"]),
    # no word of support: nothing said
    ("De uitgaven komen in 2025 uit op 2,08% van het bbp, alle posten meegerekend.", [None]),
])
def test_support_counted_in_the_figure(text: str, ukraine: list) -> None:
    assert [r[4] for r in rows(text, "2025-07-01")] == ukraine


@pytest.mark.parametrize("text, basis, ukraine", [
    ("Dit is de realisatie volgens de nationale berekeningswijze, inclusief de militaire steun aan Oekraïne.",
     "national", "incl"),
    ("Dit is berekend volgens de NAVO-definitie, exclusief de steun aan Oekraïne.", "nato", "excl"),
    ("Dat cijfer is gebaseerd op de nationale definitie.", "national", None),
    # `Dit is` of something else than how the figure was made
    ("Dit is een grote stap, zo zei de NAVO-definitie van het begrip, inclusief de steun aan Oekraïne.", None, None),
])
def test_a_sentence_saying_how_the_figure_before_was_made(text: str, basis: str | None, ukraine: str | None) -> None:
    got = rows(f"In 2025 bedroegen de defensie-uitgaven 2,23 procent van het bbp. {text}", "2027-03-24")
    assert [(r[3], r[4], r[5]) for r in got] == [(basis, ukraine, "actual")]


@pytest.mark.parametrize("text, basis", [
    # the Dutch method divides by the CPB's bbp
    ("Nederland besteedt in 2025 naar verwachting 2,2 procent van het bbp aan defensie, berekend met de bbp-raming van "
     "het Centraal Planbureau (CPB).", "national"),
    ("Op basis van de CPB-raming van het bbp komen de uitgaven in 2025 uit op 2,2% van het bbp.", "national"),
    ("In nationale termen komen de uitgaven in 2025 uit op 2,2% van het bbp.", "national"),
    ("Op nationale basis komen de uitgaven in 2025 uit op 2,2% van het bbp.", "national"),
    # the CPB named without its bbp says nothing of the method
    ("Volgens het CPB komen de uitgaven in 2025 uit op 2,2% van het bbp.", None),
])
def test_the_cpb_bbp_is_the_national_basis(text: str, basis: str | None) -> None:
    assert [(r[3], r[5]) for r in rows(text, "2025-07-01")] == [(basis, "estimate")]


def test_an_estimate_of_the_bbp_is_no_status_of_the_figure_and_ging_het_om_is_past() -> None:
    text = ("In 2025 bedroegen de defensie-uitgaven 2,23 procent van het bbp, berekend met de bbp-raming van het CPB. "
            "Volgens de NAVO-definitie ging het in 2025 om 2,11 procent.")
    assert [(r[1], r[3], r[5]) for r in rows(text, "2027-03-24")] == [(2.23, "national", "actual"),
                                                                        (2.11, "nato", "actual")]


@pytest.mark.parametrize("text", [
    "Voor 2026 en 2027 ramen wij op de nationale grondslag, eveneens inclusief de steun aan Oekraïne, 2,4% "
    "respectievelijk 2,6%.",
    "Voor 2026 en 2027 ramen wij op de nationale grondslag, eveneens inclusief de steun aan Oekraïne, 2,4% resp. 2,6%.",
])
def test_respectievelijk_between_two_figures_pairs_them_with_the_years(text: str) -> None:
    lead = "In 2025 bedroegen de defensie-uitgaven 2,23 procent van het bbp. "
    assert rows(lead + text, "2027-03-24")[1:] == [(2026, 2.4, "defence", "national", "incl", "estimate"),
                                                   (2027, 2.6, "defence", "national", "incl", "estimate")]


@pytest.mark.parametrize("text, years", [
    # the parts of a norm, in the list item or sentence after it, take the norm's year
    ("• De bondgenoten committeren zich eraan uiterlijk in 2035 jaarlijks 5% van het bbp te besteden aan defensie.\n"
     "• Daarvan gaat ten minste 3,5% van het bbp naar kerndefensie-uitgaven, en tot 1,5% naar weerbaarheid.",
     [2035, 2035, 2035]),
    ("De bondgenoten spraken af per 2035 5% van het bbp aan defensie te besteden. Hiervan is 3,5% van het bbp "
     "bestemd voor kerndefensie.", [2035, 2035]),
    ("De bondgenoten spraken af per 2035 5% van het bbp aan defensie te besteden. Van deze norm is 3,5% van het bbp "
     "bestemd voor kerndefensie.", [2035, 2035]),
    # a sentence that does not point back to the norm keeps its figure yearless
    ("De bondgenoten spraken af per 2035 5% van het bbp aan defensie te besteden. Bovendien moet 3,5% van het bbp "
     "naar kerndefensie.", [2035, None]),
])
def test_the_parts_of_a_norm_take_its_year(text: str, years: list) -> None:
    assert [r[0] for r in rows(text, "2025-07-04")] == years


@pytest.mark.parametrize("text, expected", [
    # a figure in hundredths after `naar` is a projection, not a target, and keeps the paragraph's basis
    ("Op dezelfde nationale grondslag raamt Defensie de uitgaven voor 2026 op 2,24% van het bbp. Met de "
     "ontwerpbegroting 2027 stijgen de uitgaven in 2027 naar 2,41%.",
     [(2026, 2.24, "national", "estimate"), (2027, 2.41, "national", "estimate")]),
    # a target in tenths or whole numbers stays one
    ("Op dezelfde nationale grondslag raamt Defensie de uitgaven voor 2026 op 2,24% van het bbp. Het kabinet wil "
     "de uitgaven in 2028 verhogen naar 2,7% van het bbp.",
     [(2026, 2.24, "national", "estimate"), (2028, 2.7, None, "target")]),
])
def test_a_figure_in_hundredths_is_no_target(text: str, expected: list) -> None:
    assert [(r[0], r[1], r[3], r[5]) for r in rows(text, "2026-10-06")] == expected


@pytest.mark.parametrize("text, expected", [
    # `dit jaar` is the letter's year (`vorig jaar` the one before, `volgend jaar` the one after)
    ("Nederland verwacht dit jaar uit te komen op 2,4 procent van het bbp.", [(2028, 2.4, "estimate")]),
    ("De defensie-uitgaven komen in het lopende jaar naar verwachting uit op 2,4% van het bbp.",
     [(2028, 2.4, "estimate")]),
    ("Vorig jaar bedroegen de defensie-uitgaven 2,2% van het bbp.", [(2027, 2.2, "actual")]),
    ("Volgend jaar komen de defensie-uitgaven naar verwachting uit op 2,6% van het bbp.", [(2029, 2.6, "estimate")]),
    # a norm takes no year from `de vorig jaar gemaakte afspraak`
    ("De vorig jaar gemaakte afspraak over 3,5% van het bbp blijft staan.", [(None, 3.5, "target")]),
    # `raamt`, `ramen`, `raamde` make an estimate
    ("Nederland raamt deze gerelateerde uitgaven voor 2028 op circa 0,6 procent van het bbp.",
     [(2028, 0.6, "estimate")]),
    ("Het CPB raamde de defensie-uitgaven voor 2028 op 2,6 procent van het bbp.", [(2028, 2.6, "estimate")]),
    # the level of a year gone by (`in 2006 was dat 1,6 procent`) is an actual, whatever the clause before says
    ("Nederland besteedt dit jaar naar verwachting 1,5 procent van het bbp aan defensie; in 2006 was dat 1,6 procent.",
     [(2028, 1.5, "estimate"), (2006, 1.6, "actual")]),
    ("Naar verwachting komen de uitgaven in 2028 uit op 2,1% van het bbp; in 2026 lag het op 1,9%.",
     [(2028, 2.1, "estimate"), (2026, 1.9, "actual")]),
])
def test_a_year_relative_to_the_letter_and_more_status_words(text: str, expected: list) -> None:
    assert [(r[0], r[1], r[5]) for r in rows(text, "2028-10-02")] == expected


# ---- kinds of the seventh blind batch, with variants -------------------------------------------------------------

_BBP_SECTION = ("Inleiding van de brief met voldoende woorden om de body te starten.\n\n"
                "3. Groeipad als percentage van het bbp\n")


@pytest.mark.parametrize("text, expected", [
    # growth in a clause of its own (a reason, a contrast) beside the figure does not make it a growth rate
    ("Na 2025 daalt het percentage naar verwachting weer, tot 1,79 procent in 2027, omdat de economie sneller groeit "
     "dan de structurele reeks.", [(2027, 1.79, "estimate")]),
    ("Het percentage daalt naar verwachting tot 1,79 procent in 2027, doordat de economie harder groeit.",
     [(2027, 1.79, "estimate")]),
    ("Het percentage daalt naar verwachting tot 1,79 procent in 2027; de economie groeit sneller.",
     [(2027, 1.79, "estimate")]),
    # a growth rate in the figure's own clause stays one
    ("Het CPB raamt voor 2022 een economische groei van 3,6 procent.", []),
    ("Het percentage blijft gelijk, omdat de economie in 2027 met 1,8 procent groeit.", []),
])
def test_growth_in_a_clause_beside_the_figure(text: str, expected: list) -> None:
    assert [(r[0], r[1], r[5]) for r in rows(_BBP_SECTION + text + "\n", "2022-06-01")] == expected


def _rows_table(caption: str, body: str) -> str:
    return (_BBP_SECTION + "In 2021 lag het aandeel volgens de NAVO-definitie op 1,40 procent.\n\n"
            f"{caption}\n{body}\n\n4. Investeringen\nDe investeringen stijgen.\n")


@pytest.mark.parametrize("caption, body, expected", [
    ("Tabel 2 Defensie-uitgaven volgens de NAVO-definitie", "2021: 1,40%\n2026: 1,86%\n2027: 1,79%",
     [(2021, 1.4, "nato", "actual"), (2026, 1.86, "nato", "estimate"), (2027, 1.79, "nato", "estimate")]),
    ("Tabel 2 Defensie-uitgaven in procenten van het bbp", "2026\t1,86%\n2027 (raming)\t1,79 procent",
     [(2021, 1.4, "nato", "actual"), (2026, 1.86, None, "estimate"), (2027, 1.79, None, "estimate")]),
    ("Tabel 2 Defensie-uitgaven (nationale definitie)", "| Jaar | Percentage |\n|---|---|\n| 2026 | 1,86% |\n"
     "| 2027 | 1,79% |", [(2021, 1.4, "nato", "actual"), (2026, 1.86, "national", "estimate"),
                          (2027, 1.79, "national", "estimate")]),
    # not shares of the bbp: a share of the spending, another measure
    ("Tabel 3 Aandeel investeringen in de defensie-uitgaven", "2021: 24%\n2025: 30%", [(2021, 1.4, "nato", "actual")]),
    ("Tabel 3 Investeringen als deel van de defensie-uitgaven", "2021: 2,4%\n2025: 3,0%",
     [(2021, 1.4, "nato", "actual")]),
    ("Tabel 4 Inflatie", "2022: 5,2%\n2023: 3,1%", [(2021, 1.4, "nato", "actual")]),
])
def test_a_table_of_shares_by_year(caption: str, body: str, expected: list) -> None:
    assert sorted((r[0], r[1], r[3], r[5]) for r in rows(_rows_table(caption, body), "2022-06-01")) == expected


def test_a_rows_year_the_text_states_for_a_target_takes_its_status_and_a_repeat_its_basis() -> None:
    text = (_BBP_SECTION + "Het kabinet heeft als doel in 2024 te voldoen aan de NAVO-norm van 2 procent van het bbp, "
            "en ook in 2025 op die hoogte uit te komen.\n\nTabel 2 Defensie-uitgaven volgens de NAVO-definitie\n"
            "2024: 2,00%\n2025: 2,00%\n2026: 1,86%\n")
    assert [(r[0], r[1], r[3], r[5]) for r in rows(text, "2022-06-01")] == [
        (2024, 2.0, "nato", "target"), (2025, 2.0, "nato", "target"), (2026, 1.86, "nato", "estimate")]


@pytest.mark.parametrize("text, expected", [
    # the year others met the norm in, gone by, is not the norm's
    ("Volgens de ramingen voldeden in 2015 vijf bondgenoten aan de norm van 2 procent.", [(None, 2.0, "target")]),
    ("In 2023 haalden elf bondgenoten de norm van 2 procent van het bbp.", [(None, 2.0, "target")]),
    # a year to meet it in is
    ("Het kabinet heeft als doel in 2024 te voldoen aan de NAVO-norm van 2 procent van het bbp.",
     [(2024, 2.0, "target")]),
    # a figure taken from an estimate is one, whatever verb reports it
    ("Nederland kwam in 2015 volgens de NAVO-raming uit op 1,17 procent bbp.", [(2015, 1.17, "estimate")]),
    ("Op basis van de NAVO-ramingen bedroegen de uitgaven in 2015 1,17 procent van het bbp.",
     [(2015, 1.17, "estimate")]),
    ("Nederland besteedde in 2015 naar schatting 1,17 procent van het bbp aan defensie.", [(2015, 1.17, "estimate")]),
    # without one, the verb's
    ("Nederland kwam in 2015 uit op 1,17 procent bbp.", [(2015, 1.17, "actual")]),
    ("Nederland kwam in 2015 uit op 1,17 procent bbp; volgens de raming stijgt dat in 2016 tot 1,2 procent van het "
     "bbp.", [(2015, 1.17, "actual"), (2016, 1.2, "estimate")]),
])
def test_a_norm_met_in_a_year_gone_by_and_a_figure_from_an_estimate(text: str, expected: list) -> None:
    assert [(r[0], r[1], r[5]) for r in rows(text, "2016-02-15")] == expected


# ---- the earlier batch's Eerste Kamer letter: kinds, with variants -------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    # a norm that goes on from the dated norm before it takes its year; the spending that goes with defence is related
    ("De bondgenoten besteden uiterlijk in 2035 ten minste 3,5 procent van het bbp aan kerndefensie. Daarnaast "
     "besteden zij tot 1,5 procent van het bbp aan uitgaven die met defensie en veiligheid samenhangen. Samen komt "
     "de norm daarmee op vijf procent van het bbp.",
     [(2035, 3.5, "defence"), (2035, 1.5, "related"), (2035, 5.0, "total")]),
    ("Iedere bondgenoot besteedt uiterlijk in 2035 3,5% van het bbp aan defensie. Daarnaast gaat tot 1,5% van het "
     "bbp naar aanverwante uitgaven. Hiermee komt de totale norm op 5% van het bbp.",
     [(2035, 3.5, "defence"), (2035, 1.5, "related"), (2035, 5.0, "total")]),
    # no going on, or another paragraph: no year lent
    ("De bondgenoten besteden uiterlijk in 2035 ten minste 3,5 procent van het bbp aan kerndefensie. De oude norm van "
     "2 procent van het bbp is vervangen.", [(2035, 3.5, "defence"), (None, 2.0, "defence")]),
    ("De bondgenoten besteden uiterlijk in 2035 ten minste 3,5 procent van het bbp aan kerndefensie.\n\nDaarnaast "
     "geldt de norm van 2 procent van het bbp.", [(2035, 3.5, "defence"), (None, 2.0, "defence")]),
    # the sum of two kinds, and both ends of its range
    ("De gerelateerde uitgaven worden voor 2027 geraamd op 0,7 procent van het bbp; samen komen de kern- en de "
     "gerelateerde uitgaven daarmee naar verwachting op 3,1 à 3,2 procent.",
     [(2027, 0.7, "related"), (2027, 3.1, "total"), (2027, 3.2, "total")]),
])
def test_a_norm_going_on_from_the_one_before_and_a_sum_of_two_kinds(text: str, expected: list) -> None:
    assert [(r[0], r[1], r[2]) for r in rows(text, "2027-10-01")] == expected


@pytest.mark.parametrize("text, expected", [
    # `Dit cijfer is inclusief …` after the figure
    ("In 2024 bedroegen de uitgaven volgens de NAVO-definitie 2,05 procent van het bbp. Dit cijfer is inclusief de "
     "militaire steun aan Oekraïne.", [(2024, 2.05, "nato", "incl")]),
    ("In 2024 bedroegen de uitgaven 2,05 procent van het bbp. Dat percentage is exclusief de steun aan Oekraïne.",
     [(2024, 2.05, None, "excl")]),
    # NATO's published figure is by NATO's method
    ("De NAVO heeft in haar jaarlijkse overzicht van juni jl. voor 2026 een realisatie gepubliceerd van 2,31% van het "
     "bbp.", [(2026, 2.31, "nato", None)]),
    ("Volgens het jaaroverzicht van de NAVO bedroegen de uitgaven in 2026 2,31% van het bbp.",
     [(2026, 2.31, "nato", None)]),
    # the other side of a contrast in the next sentence
    ("Voor 2028 raamt het kabinet de uitgaven op nationale grondslag op 2,7% bbp. Zonder de steun aan Oekraïne, "
     "waarvoor in 2028 € 3,5 miljard is gereserveerd, komt het percentage uit op 2,3% bbp.",
     [(2028, 2.7, "national", "incl"), (2028, 2.3, "national", "excl")]),
    ("Voor 2028 raamt het kabinet de uitgaven op 2,3% bbp. Inclusief de militaire steun komt het uit op 2,7% bbp.",
     [(2028, 2.3, None, "excl"), (2028, 2.7, None, "incl")]),
    # another year: no contrast
    ("Voor 2028 raamt het kabinet de uitgaven op 2,7% bbp. Zonder de steun kwam het in 2026 uit op 1,9% bbp.",
     [(2028, 2.7, None, None), (2026, 1.9, None, "excl")]),
    # the growth of the economy is no share
    ("De raming van de economische groei, die het CPB voor 2028 op 1,4 procent stelt, bepaalt mede het bbp.", []),
])
def test_what_a_sentence_says_of_the_figures_around_it(text: str, expected: list) -> None:
    assert [(r[0], r[1], r[3], r[4]) for r in rows(text, "2027-10-01")] == expected


# ---- kinds of the eighth blind batch, with variants ----------------------------------------------------------------

_INTRO = "Geachte voorzitter,\n\nInleiding van de brief met voldoende woorden om de body te starten.\n\n"


@pytest.mark.parametrize("table, expected", [
    # rows of years, a header that names which column is the share of the bbp, a note for the rows it marks
    ("De tabel hieronder geeft het aandeel van de defensie-uitgaven in het bbp.\n"
     "Jaar\tDefensie-uitgaven in % bbp\tInvesteringen in % defensie-uitgaven\n"
     "2017\t1,15\t14,4\n2018\t1,24\t16,1\n2019*\t1,36\t24,3\n* raming\n",
     [(2017, 1.15, "actual"), (2018, 1.24, "actual"), (2019, 1.36, "estimate")]),
    # the share column second, a markdown table, the status in brackets beside the year
    ("Tabel 1 geeft de cijfers volgens de NAVO-definitie.\n"
     "| Jaar | Uitgaven (mld. euro) | Aandeel bbp (%) |\n|---|---|---|\n"
     "| 2017 | 9,6 | 1,15% |\n| 2018 (realisatie) | 9,8 | 1,24% |\n",
     [(2017, 1.15, "actual"), (2018, 1.24, "actual")]),
    # columns set apart by a gap of blanks, cells in percent
    ("Het overzicht:\n"
     "Jaar      Investeringsquote      Defensie-uitgaven als % van het bbp\n"
     "2016      13,5%                  1,16%\n"
     "2017      14,4%                  1,15%\n",
     [(2016, 1.16, "actual"), (2017, 1.15, "actual")]),
    # one column of percentages under a caption that names the bbp
    ("De defensie-uitgaven als percentage van het bbp zijn als volgt.\nJaar\tPercentage\n2016\t1,16\n2017\t1,15\n",
     [(2016, 1.16, "actual"), (2017, 1.15, "actual")]),
    # not shares of the bbp: a share of the spending, a count
    ("De tabel geeft het aandeel investeringen.\nJaar\tInvesteringen in % defensie-uitgaven\n2017\t14,4\n2018\t16,1\n",
     []),
    ("De tabel geeft de omvang van het personeel.\nJaar\tAantal militairen\tAantal burgers\n2017\t41.000\t16.000\n"
     "2018\t41.500\t16.200\n", []),
])
def test_a_table_of_years_whose_header_names_the_share_of_the_bbp(table: str, expected: list) -> None:
    got = rows(_INTRO + table + "\nSlot van de brief.\n", "2019-06-07")
    assert [(r[0], r[1], r[5]) for r in got] == expected


def test_a_table_of_years_takes_its_basis_from_the_section_heading_and_the_paragraph_after_it_continues() -> None:
    text = (_INTRO + "1. De Nederlandse defensie-uitgaven in NAVO-definitie\n"
            "De NAVO publiceerde haar jaarlijkse cijfers, die de tabel hieronder voor Nederland samenvat.\n\n"
            "Jaar\tDefensie-uitgaven in % bbp\n2017\t1,15\n2018\t1,24\n\n"
            "Het percentage voor 2018 valt lager uit dan de raming van 1,35 procent die ik u vorig jaar meldde.\n")
    assert rows(text, "2019-06-07") == [
        (2018, 1.35, "defence", None, None, "estimate"),
        (2017, 1.15, "defence", "nato", None, "actual"), (2018, 1.24, "defence", "nato", None, "actual")]
    # after a table of something else the paragraph does not continue a paragraph about shares
    other = text.replace("Defensie-uitgaven in % bbp", "Investeringen in % defensie-uitgaven")
    assert rows(other, "2019-06-07") == []


@pytest.mark.parametrize("text, expected", [
    # spending that falls falls to no target; a figure written in hundredths is a measure or projection
    ("Op basis van de huidige begroting daalt het percentage na 2020 weer licht, tot 1,30 procent van het bbp in 2024, "
     "omdat de economie sneller groeit.", [(2024, 1.3, "estimate")]),
    ("Bij ongewijzigd beleid zakt het percentage daarna terug tot 1,6 procent van het bbp in 2028.",
     [(2028, 1.6, "estimate")]),
    ("Zonder nieuwe middelen loopt het aandeel in 2028 terug tot 1,5 procent van het bbp.", [(2028, 1.5, "estimate")]),
    ("De uitgaven stijgen in 2027 tot 2,40 procent van het bbp.", [(2027, 2.4, "estimate")]),
    # a level spending is raised to stays a target
    ("Het kabinet wil de defensie-uitgaven verhogen tot 2,5 procent van het bbp in 2030.", [(2030, 2.5, "target")]),
])
def test_a_fall_or_a_figure_in_hundredths_is_no_target(text: str, expected: list) -> None:
    assert [(r[0], r[1], r[5]) for r in rows(text, "2019-06-07")] == expected


@pytest.mark.parametrize("text, expected", [
    # the year a number of allies meet the norm in, or it was agreed in, or that it counts from, is not its own
    ("Volgens de NAVO-cijfers voldoen in 2019 zeven bondgenoten aan de norm van 2 procent.", [(None, 2.0)]),
    ("In 2024 halen 23 lidstaten de norm van 2 procent van het bbp.", [(None, 2.0)]),
    ("De DIP, waarin de bondgenoten in 2014 afspraken binnen tien jaar naar 2 procent van het bbp toe te groeien, "
     "bleef het uitgangspunt.", [(None, 2.0)]),
    ("In 2014 spraken de bondgenoten af naar 2 procent van het bbp te groeien.", [(None, 2.0)]),
    ("In 2023 hebben de bondgenoten besloten dat 2 procent van het bbp voortaan een minimum is.", [(None, 2.0)]),
    ("Vanaf 2014 moeten de bondgenoten binnen tien jaar naar 2 procent van het bbp groeien.", [(None, 2.0)]),
    # a year compared with is not the norm's
    ("De president drong erop aan de norm sneller te halen dan in 2024 en opperde een norm van 4 procent van het bbp.",
     [(None, 4.0)]),
    # the year the cabinet means to meet it in is
    ("Het kabinet wil in 2024 aan de norm van 2 procent van het bbp voldoen.", [(2024, 2.0)]),
    ("In Wales spraken de bondgenoten in 2014 af dat zij uiterlijk in 2024 twee procent van het bbp besteden.",
     [(2024, 2.0)]),
])
def test_a_year_a_norm_was_met_or_agreed_in_is_not_its_own(text: str, expected: list) -> None:
    assert [(r[0], r[1]) for r in rows(text, "2019-06-07")] == expected


@pytest.mark.parametrize("text, expected", [
    # the figure a projection is compared with, of a year gone by, is measured
    ("De minister-president lichtte toe dat Nederland in 2018 volgens de NAVO-raming 1,35 procent bbp aan defensie "
     "besteedt, tegen 1,15 procent in 2014.", [(2018, 1.35, "estimate"), (2014, 1.15, "actual")]),
    ("Nederland besteedt in 2018 naar verwachting 1,35 procent van het bbp aan defensie, vergeleken met 1,15 procent "
     "in 2014.", [(2018, 1.35, "estimate"), (2014, 1.15, "actual")]),
    # unless it is called an estimate itself
    ("Nederland besteedt in 2018 naar verwachting 1,35 procent van het bbp aan defensie, tegen een eerdere raming van "
     "1,15 procent in 2014.", [(2018, 1.35, "estimate"), (2014, 1.15, "estimate")]),
])
def test_the_figure_a_projection_is_compared_with(text: str, expected: list) -> None:
    assert [(r[0], r[1], r[5]) for r in rows(text, "2018-07-20")] == expected


def test_the_year_of_a_comparison_is_not_lent_to_the_next_sentence() -> None:
    text = ("Volgens de ramingen van de NAVO voldoen dit jaar acht bondgenoten aan de norm van 2 procent, tegen drie "
            "in 2014. De Verenigde Staten besteden naar schatting 3,5 procent van het bbp aan defensie, Griekenland "
            "2,27 procent.")
    assert [(r[0], r[1], r[5]) for r in rows(text, "2018-07-20")] == [
        (None, 2.0, "target"), (2018, 3.5, "estimate"), (2018, 2.27, "estimate")]


_UKRAINE_PARAGRAPH = ("Nederland besteedt in 2024 naar verwachting 2,05 procent van het bbp aan defensie volgens de "
                      "NAVO-definitie. {between}Het cijfer is inclusief de militaire steun aan Oekraïne; {other}")


@pytest.mark.parametrize("between, other, expected", [
    # a sentence that comments on the figure between: what the next says reaches the figure; the other side of the
    # contrast, a marker before the figure in its clause, is a share of the same year and method
    ("Dat is voor het eerst sinds 2008 boven de norm. ", "zonder die steun komt Nederland uit op 1,72 procent.",
     [(2024, 2.05, "nato", "incl"), (2024, 1.72, "nato", "excl")]),
    ("", "zonder die steun komt Nederland uit op 1,72 procent.",
     [(2024, 2.05, "nato", "incl"), (2024, 1.72, "nato", "excl")]),
    ("Dat is voor het eerst sinds 2008 boven de norm. ", "exclusief die steun gaat het om 1,72 procent.",
     [(2024, 2.05, "nato", "incl"), (2024, 1.72, "nato", "excl")]),
    # a sentence of its own between, with a year: its year is the next figure's
    ("In 2025 stijgen de uitgaven verder. ", "zonder die steun komt Nederland uit op 1,72 procent.",
     [(2024, 2.05, "nato", "incl"), (2025, 1.72, None, "excl")]),
])
def test_what_a_sentence_says_reaches_over_one_that_comments(between: str, other: str, expected: list) -> None:
    text = _UKRAINE_PARAGRAPH.format(between=between, other=other)
    assert [(r[0], r[1], r[3], r[4]) for r in rows(text, "2024-04-16")] == expected


def test_a_yearless_norm_and_a_legal_minimum_from_a_year_are_two_entries() -> None:
    text = ("In Vilnius hebben de bondgenoten afgesproken dat 2 procent van het bbp voortaan een minimum is. De wet "
            "moet de norm van twee procent vanaf 2025 wettelijk verankeren.")
    assert [(r[0], r[1], r[5]) for r in rows(text, "2024-04-16")] == [(None, 2.0, "target"),
                                                                      (2025, 2.0, "legal_minimum")]
    # the norm repeated with its year is one entry
    same = ("In Vilnius hebben de bondgenoten afgesproken dat 2 procent van het bbp voortaan een minimum is. Het "
            "kabinet wil in 2025 aan de norm van 2 procent van het bbp voldoen.")
    assert [(r[0], r[1], r[5]) for r in rows(same, "2024-04-16")] == [(2025, 2.0, "target")]


_BEFORE_THE_LEVEL = "Nederland besteedde in 2021 1,5 procent van het bbp aan defensie. "


@pytest.mark.parametrize("sentence, expected", [
    # the level a norm is met with, after `met`: a share of the bbp, its status from the words beside it, not the norm
    ("Voor 2024 verwacht het kabinet op basis van de ontwerpbegroting met 2,03 procent aan de norm te voldoen.",
     [(2024, 2.03, "estimate")]),
    ("Met 2,1 procent van het bbp voldoet Nederland in 2024 naar verwachting ruim aan de NAVO-norm.",
     [(2024, 2.1, "estimate")]),
    ("In 2022 bleef Nederland met 1,49 procent onder de norm.", [(2022, 1.49, "actual")]),
    ("Volgens de raming komt Nederland in 2025 met ruim 2,2% boven de NAVO-norm uit.", [(2025, 2.2, "estimate")]),
    # not: growth `met`, and a share of the spending that meets another norm
    ("De defensie-uitgaven stijgen in 2024 met 4 procent.", []),
    ("Het investeringsaandeel voldoet in 2024 met 27 procent aan de norm.", []),
])
def test_the_level_a_norm_is_met_with(sentence: str, expected: list) -> None:
    found = [(r[0], r[1], r[5]) for r in rows(_BEFORE_THE_LEVEL + sentence, "2023-10-20")]
    assert found[1:] == expected


@pytest.mark.parametrize("text, years", [
    # a norm for a list of years: one entry a year
    ("Het kabinet heeft als doel in 2024 en 2025 aan de NAVO-norm van 2 procent te voldoen.", [2024, 2025]),
    ("Het kabinet wil zowel in 2024 als in 2025 aan de norm van 2 procent van het bbp voldoen.", [2025, 2024]),
    ("Het kabinet wil in 2024, 2025 en 2026 ten minste 2 procent van het bbp aan defensie besteden.",
     [2024, 2025, 2026]),
    ("Nederland moet in 2024 en ook in 2025 aan de 2%-norm voldoen.", [2024, 2025]),
    # not: a range of years, nor years the figures after `respectievelijk` take in turn
    ("Het kabinet wil tussen 2024 en 2030 groeien naar 2 procent van het bbp.", [None]),
    ("In 2024 en 2025 komen de uitgaven naar verwachting uit op respectievelijk 2,05 en 2,03 procent van het bbp.",
     [2024, 2025]),
])
def test_a_norm_for_a_list_of_years(text: str, years: list) -> None:
    assert sorted(r[0] or 0 for r in rows(text, "2023-04-14")) == sorted(y or 0 for y in years)


_THREE_FIGURES = ("Nederland besteedt in 2023 naar verwachting 1,62 procent van het bbp aan defensie en in 2024 1,73 "
                  "procent. In 2022 bedroegen de uitgaven 1,49 procent van het bbp.\n\nIets anders.\n\n")


@pytest.mark.parametrize("said, expected", [
    # a sentence without figures that says how the figures of named years were counted, anywhere in the letter
    ("In de ramingen voor 2023 en 2024 hierboven is die steun meegeteld.", ["incl", "incl", None]),
    ("De cijfers over 2022 zijn exclusief de militaire steun aan Oekraïne.", [None, None, "excl"]),
    ("In de ramingen voor 2022 tot en met 2024 is de steun aan Oekraïne niet meegerekend.", ["excl", "excl", None]),
    ("In de ramingen voor 2023 is de steun aan Oekraïne meegeteld.", ["incl", None, None]),
    # not: another thing counted, or years without figures
    ("In de ramingen voor 2023 en 2024 is de inflatie meegeteld.", [None, None, None]),
    ("De ramingen voor 2025 zijn inclusief de militaire steun aan Oekraïne.", [None, None, None]),
])
def test_incl_excl_said_of_the_figures_of_named_years(said: str, expected: list) -> None:
    assert [r[4] for r in rows(_THREE_FIGURES + said, "2023-04-14")] == expected


@pytest.mark.parametrize("contrast, expected", [
    # the other side of a contrast in the next paragraph, that names the year again
    ("Zonder die steun ligt het aandeel in 2024 naar verwachting rond 1,8 procent.", ["incl", "excl"]),
    ("Exclusief de militaire steun komt het aandeel in 2024 uit op 1,8 procent.", ["incl", "excl"]),
    # not: a contrast of another year
    ("Zonder die steun lag het aandeel in 2023 rond 1,5 procent.", [None, "excl"]),
])
def test_the_other_side_of_a_contrast_in_the_next_paragraph(contrast: str, expected: list) -> None:
    text = ("Voor 2024 verwacht het kabinet op basis van de huidige ramingen 2,05 procent van het bbp. Het CPB raamt "
            "de economische groei voor 2024 op 1,1 procent.\n\nWij merken op dat het aandeel in 2024 voor een deel "
            "wordt bepaald door de militaire steun aan Oekraïne. " + contrast)
    assert [r[4] for r in rows(text, "2023-09-20")] == expected


@pytest.mark.parametrize("rows_text, expected", [
    # the rows of a list a sentence about the norm opens with its colon: the allies' shares, of the opening's year,
    # measured (the norm is what they are measured against)
    ("Verenigde Staten\t3,62 procent\nPolen\t2,00 procent", [(2015, 3.62, "estimate"), (2015, 2.0, "estimate")]),
    ("Estland: 2,04%\nPolen: 2,00%", [(2015, 2.04, "estimate"), (2015, 2.0, "estimate")]),
    # not: rows of shares of the spending (ten or more), nor rows that are no list under the opening
    ("Investeringen\t25 procent\nPersoneel\t45 procent", []),
])
def test_the_rows_of_a_list_after_a_colon(rows_text: str, expected: list) -> None:
    text = "Volgens de ramingen voldeden in 2015 vijf bondgenoten aan de norm van 2 procent:\n" + rows_text
    assert [(r[0], r[1], r[5]) for r in rows(text, "2016-02-15")] == [(None, 2.0, "target"), *expected]


def test_rows_after_a_sentence_without_colon_are_no_list() -> None:
    text = "Volgens de ramingen voldeden in 2015 vijf bondgenoten aan de norm van 2 procent.\nPolen\t2,00 procent"
    assert [(r[0], r[1]) for r in rows(text, "2016-02-15")] == [(None, 2.0)]


@pytest.mark.parametrize(("text", "expected"), [
    # a norm's value said roughly is the spending of the year named, not the norm
    ("Nederland geeft dit jaar circa 1,5 procent van het bbp aan defensie uit.", [(1.5, 2022, "estimate")]),
    # (the norm itself stays a target)
    ("De bondgenoten streven naar 1,5 procent van het bbp voor weerbaarheid.", [(1.5, None, "target")]),
])
def test_a_norms_value_said_roughly_is_spending(text: str, expected: list) -> None:
    got = gdp.extract(segment("t", text), "2022-07-15")
    assert [(s.value, s.year, s.status) for s in got] == expected


_NOT_A_GOAL = "Een groot aantal bondgenoten gaf aan de 2 procent van het bbp niet langer als doel te beschouwen. "


@pytest.mark.parametrize(("text", "expected"), [
    # the spending stated with a finite verb is the level of its year, whatever status the sentence before names
    (_NOT_A_GOAL + "De minister-president heeft toegelicht dat Nederland dit jaar circa 1,5 procent van het bbp aan "
     "defensie uitgeeft en vanaf 2024 aan de 2 procent voldoet.", [(1.5, 2022, "estimate"), (2.0, 2024, "target")]),
    (_NOT_A_GOAL + "Nederland geeft dit jaar 1,4 procent van het bbp aan defensie uit.",
     [(2.0, None, "target"), (1.4, 2022, "estimate")]),
    (_NOT_A_GOAL + "Nederland besteedt in 2021 1,4 procent van het bbp aan defensie.",
     [(2.0, None, "target"), (1.4, 2021, "actual")]),
    (_NOT_A_GOAL + "Dit jaar besteden de bondgenoten gemiddeld 1,6 procent van het bbp aan defensie.",
     [(2.0, None, "target"), (1.6, 2022, "estimate")]),
    # (not what one wants, will or agreed to spend, nor the spending of a condition: those are the norm)
    ("Het kabinet wil dat Nederland in 2024 2 procent van het bbp aan defensie uitgeeft.", [(2.0, 2024, "target")]),
    ("In 2014 spraken de bondgenoten af dat zij uiterlijk in 2024 twee procent van hun bbp aan defensie besteden.",
     [(2.0, 2024, "target")]),
    (_NOT_A_GOAL + "Nederland voldoet pas aan de afspraak als het 2 procent van het bbp aan defensie uitgeeft.",
     [(2.0, None, "target")]),
    # a year before a later figure is that figure's, not the year of a norm before it
    ("Het kabinet streeft naar 1,8 procent van het bbp en wil vanaf 2024 aan de 2 procent voldoen.",
     [(1.8, None, "target"), (2.0, 2024, "target")]),
])
def test_the_spending_stated_with_a_verb_is_a_level(text: str, expected: list) -> None:
    got = gdp.extract(segment("t", text), "2022-07-08")
    assert [(s.value, s.year, s.status) for s in got] == expected


# ---- kinds of the eleventh blind batch, with variants ----------------------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    # `respectievelijk` pairs the years before it with the figures of its own clause; a figure after a semicolon has
    # a year of its own
    ("In 2014 en 2015 bedroegen de uitgaven 1,15% respectievelijk 1,13% van het bbp; in 2016 kwamen zij uit op 1,16%.",
     [(2014, 1.15, "actual"), (2015, 1.13, "actual"), (2016, 1.16, "actual")]),
    ("In 2011 en 2012 bedroegen de defensie-uitgaven respectievelijk 1,27% en 1,25% van het bbp; in 2013 kwamen zij "
     "uit op 1,22%.", [(2011, 1.27, "actual"), (2012, 1.25, "actual"), (2013, 1.22, "actual")]),
    ("De uitgaven bedroegen in 2014 en 2015 1,15 respectievelijk 1,13 procent van het bbp, maar in 2016 1,16 procent.",
     [(2014, 1.15, "actual"), (2015, 1.13, "actual"), (2016, 1.16, "actual")]),
    # (all figures in the clause of `respectievelijk` still pair in order)
    ("In 2014, 2015 en 2016 bedroegen de uitgaven respectievelijk 1,15%, 1,13% en 1,16% van het bbp.",
     [(2014, 1.15, "actual"), (2015, 1.13, "actual"), (2016, 1.16, "actual")]),
])
def test_respectively_pairs_the_years_with_the_figures_of_its_clause(text: str, expected: list) -> None:
    assert [(r[0], r[1], r[5]) for r in rows(text, "2017-07-12")] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a paragraph about shares goes on about them after sentences without any: a figure said with a spending word
    ("Nederland zou circa € 6 miljard per jaar extra moeten besteden om 2% van het bbp te halen. Om het Europese "
     "gemiddelde van 1,46% te bereiken is ongeveer € 2 miljard per jaar nodig. Zonder extra middelen daalt het "
     "percentage naar verwachting tot 1,10% in 2020.", [(None, 2.0, "target"), (2020, 1.1, "estimate")]),
    ("De Nederlandse defensie-uitgaven bedragen in 2016 1,17 procent van het bbp. De dalende trend is daarmee "
     "omgebogen. Het kabinet zal dit in Warschau benadrukken. Uitgaande van de huidige ramingen zou Nederland in 2024 "
     "bij ongewijzigd beleid op 1,1 procent uitkomen; een volgend kabinet zal daarover moeten besluiten.",
     [(2016, 1.17, "estimate"), (2024, 1.1, "estimate")]),
    # not in another paragraph, nor the growth of the economy or a share in something else
    ("De Nederlandse defensie-uitgaven bedragen in 2016 1,17 procent van het bbp.\n\nVolgens de ramingen daalt de "
     "werkloosheid tot 5,5 procent.", [(2016, 1.17, "estimate")]),
    ("De Nederlandse defensie-uitgaven bedragen in 2016 1,17 procent van het bbp. Het Centraal Planbureau raamt de "
     "groei van de economie in 2017 op 1,3%, zodat de bedragen worden herijkt.", [(2016, 1.17, "estimate")]),
    ("De Nederlandse defensie-uitgaven bedragen in 2016 1,17 procent van het bbp. Het budget van de NAVO stijgt; het "
     "Nederlandse aandeel daarin, circa 3,4 procent, stijgt naar verwachting mee.", [(2016, 1.17, "estimate")]),
    ("De Nederlandse defensie-uitgaven bedragen in 2016 1,17 procent van het bbp. Het budget van de NAVO stijgt. "
     "Ons aandeel in het gemeenschappelijk gefinancierde budget bedraagt naar verwachting 3,4 procent.",
     [(2016, 1.17, "estimate")]),
])
def test_a_paragraph_about_shares_goes_on_after_sentences_without(text: str, expected: list) -> None:
    assert [(r[0], r[1], r[5]) for r in rows(text, "2016-06-24")] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the figures of years gone by that an estimate follows on (`na`) are measured, the list of them too
    ("De Nederlandse defensie-uitgaven bedragen volgens de NAVO-raming in 2016 1,17 procent van het bbp, na 1,16 "
     "procent in 2015 en 1,15 procent in 2014.",
     [(2016, 1.17, "estimate"), (2015, 1.16, "actual"), (2014, 1.15, "actual")]),
    ("Volgens de NAVO-raming besteedt Nederland in 2016 1,17 procent van het bbp aan defensie, daarvoor 1,16 procent "
     "in 2015.", [(2016, 1.17, "estimate"), (2015, 1.16, "actual")]),
    # not a figure listed with the estimate itself, nor one of a year to come
    ("Volgens de NAVO-raming bedragen de uitgaven in 2016 1,17 procent van het bbp en in 2015 1,16 procent.",
     [(2016, 1.17, "estimate"), (2015, 1.16, "estimate")]),
    ("Volgens de NAVO-raming bedragen de uitgaven in 2016 1,17 procent van het bbp, na 1,16 procent in 2015 en "
     "1,20 procent in 2017.", [(2016, 1.17, "estimate"), (2015, 1.16, "actual"), (2017, 1.2, "estimate")]),
])
def test_the_figures_an_estimate_follows_on(text: str, expected: list) -> None:
    assert [(r[0], r[1], r[5]) for r in rows(text, "2016-06-24")] == expected


@pytest.mark.parametrize("text", [
    # the support to Ukraine as the subject the figure measures: its size, no defence spending
    "De Nederlandse militaire steun bedraagt daarmee ongeveer 0,2 procent van het bbp per jaar.",
    "In 2026 bedraagt de militaire steun aan Oekraïne circa 0,25% van het bbp.",
    "Daarmee komt onze bijdrage aan Oekraïne uit op 0,2% van het bbp.",
    "De steun die Nederland aan Oekraïne geeft, is gelijk aan 0,2 procent van het bbp.",
    "De militaire steun aan Oekraïne komt in 2026 neer op circa 0,3% van het bbp.",
])
def test_the_size_of_the_support_to_ukraine_is_no_defence_share(text: str) -> None:
    assert shares(text) == []


@pytest.mark.parametrize(("text", "expected"), [
    # not: the support counted in (or left out of) the spending the figure measures, or counted in a figure named
    ("Inclusief de steun aan Oekraïne komen de Nederlandse defensie-uitgaven in 2025 volgens de NAVO-definitie naar "
     "verwachting uit op 2,2 procent van het bbp.", [(2.2, 2025, "defence", "nato", "incl", "estimate")]),
    ("De steun aan Oekraïne meegerekend komen de uitgaven in 2025 uit op 2,08% van het bbp.",
     [(2.08, 2025, "defence", None, "incl", "estimate")]),
    ("Zonder die steun komen de uitgaven in 2025 uit op 1,72 procent van het bbp.",
     [(1.72, 2025, "defence", None, "excl", "estimate")]),
    ("Volgens de NAVO is de steun aan Oekraïne in de 2,2% van het bbp in 2025 meegeteld.",
     [(2.2, 2025, "defence", "nato", None, "actual")]),
])
def test_the_support_counted_in_a_share_keeps_it(text: str, expected: list) -> None:
    assert shares(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the share before, pointed back to, growing to a level: a share of its own
    ("Met de extra middelen uit het coalitieakkoord, die oplopen tot structureel 3 miljard euro per jaar, groeit dit "
     "aandeel naar verwachting tot circa 1,65 procent in 2024.", [(2022, 1.45, "estimate"), (2024, 1.65, "estimate")]),
    ("Dit aandeel groeit in 2024 naar 1,65%.", [(2022, 1.45, "estimate"), (2024, 1.65, "estimate")]),
    ("Het percentage groeit naar verwachting tot 1,65 procent in 2024.",
     [(2022, 1.45, "estimate"), (2024, 1.65, "estimate")]),
    # not the growth of the economy, nor a share in something else
    ("De economie groeit naar verwachting met 1,4% in 2024.", [(2022, 1.45, "estimate")]),
    ("Het aandeel daalt, omdat de economie in 2027 met 1,8 procent groeit.", [(2022, 1.45, "estimate")]),
    ("Het aandeel in de EPF bedraagt 5,7 procent.", [(2022, 1.45, "estimate")]),
])
def test_a_share_that_grows_to_a_level(text: str, expected: list) -> None:
    lead = "Volgens de ramingen van de NAVO besteedt Nederland in 2022 1,45% van het bbp aan defensie. "
    assert [(r[0], r[1], r[5]) for r in rows(lead + text, "2022-02-10")] == expected


# ---- kinds of the sixteenth blind batch, with variants ---------------------------------------------------------

_SPLIT_TABLE = (
    "Tabel 3 Uitgaven in procenten van het bbp (NAVO-methode, inclusief de steun aan Oekraïne)\n"
    "Jaar     Kerndefensie (3,5%-norm)     Gerelateerde uitgaven (1,5%-norm)     Soort\n"
    "2025     2,10%                        0,55%                                 realisatie\n"
    "2026     2,30%                        0,65%                                 raming\n"
    "2029     2,90%                        1,00%                                 streefwaarde\n")


@pytest.mark.parametrize(("table", "expected"), [
    # rows of years under a header that names a column for each norm, a column of words that says each row's status,
    # the method and incl/excl in the caption
    (_SPLIT_TABLE,
     [(2025, 2.1, "defence", "nato", "incl", "actual"), (2026, 2.3, "defence", "nato", "incl", "estimate"),
      (2029, 2.9, "defence", "nato", "incl", "target"), (2025, 0.55, "related", "nato", "incl", "actual"),
      (2026, 0.65, "related", "nato", "incl", "estimate"), (2029, 1.0, "related", "nato", "incl", "target")]),
    # a markdown table, other status words (`gerealiseerd`, `geraamd`, `doel`)
    ("Tabel 3 Defensie-uitgaven als percentage van het bbp (nationale definitie)\n"
     "| Jaar | Kern (% bbp) | Aanverwant (% bbp) | Status |\n|---|---|---|---|\n"
     "| 2025 | 2,1% | 0,6% | gerealiseerd |\n| 2026 | 2,2% | 0,7% | geraamd |\n| 2030 | 3,0% | 1,1% | doel |\n",
     [(2025, 2.1, "defence", "national", None, "actual"), (2026, 2.2, "defence", "national", None, "estimate"),
      (2030, 3.0, "defence", "national", None, "target"), (2025, 0.6, "related", "national", None, "actual"),
      (2026, 0.7, "related", "national", None, "estimate"), (2030, 1.1, "related", "national", None, "target")]),
    # not a table of shares: a column of words beside counts
    ("Tabel 3 Personeel\nJaar     Aantal militairen     Krijgsmachtdeel\n2025     41.000                landmacht\n"
     "2026     42.500                landmacht\n", []),
])
def test_a_table_of_years_with_a_column_per_norm_and_a_column_of_status_words(table: str, expected: list) -> None:
    assert rows(_INTRO + table + "\nSlot van de brief.\n", "2026-09-16") == expected


# prose wrapped at a fixed width (as a PDF converts it): the view joins the short lines, the table's rows too
_WRAPPED = ("De minister van Defensie informeert de Kamer met deze brief over het\n"
            "groeipad van de defensie-uitgaven in de komende jaren en over de wijze\n"
            "waarop het kabinet de extra middelen wil besteden aan de krijgsmacht\n"
            "en aan de weerbaarheid van de samenleving in brede zin, zoals eerder\n"
            "aan de Kamer toegezegd tijdens het debat over de begroting van vorig\n"
            "jaar en in de brief over de uitkomsten van de NAVO-top van juni jl.\n\n")


def test_a_table_of_years_in_a_wrapped_letter_is_read_from_its_lines_as_written() -> None:
    text = _WRAPPED + _SPLIT_TABLE + "\n" + (
        "Zonder de militaire steun aan Oekraïne komen de kernuitgaven in 2026 uit op 2,05% van het bbp.\n\n"
        "Slot van de brief met een aantal woorden om de regel af te maken.\n")
    got = rows(text, "2026-09-16")
    assert (2026, 2.05, "defence", "nato", "excl", "estimate") in got
    assert [r for r in got if r[1] != 2.05] == [
        (2025, 2.1, "defence", "nato", "incl", "actual"), (2026, 2.3, "defence", "nato", "incl", "estimate"),
        (2029, 2.9, "defence", "nato", "incl", "target"), (2025, 0.55, "related", "nato", "incl", "actual"),
        (2026, 0.65, "related", "nato", "incl", "estimate"), (2029, 1.0, "related", "nato", "incl", "target")]


@pytest.mark.parametrize(("after", "basis"), [
    # the other side of the table's figure right after it: counted by the table's method
    ("Zonder de militaire steun aan Oekraïne komen de kernuitgaven in 2026 uit op 2,05% van het bbp.", "nato"),
    ("Exclusief de steun aan Oekraïne gaat het in 2026 om 2,05% van het bbp.", "nato"),
    # not when it names its own method, nor after a paragraph between
    ("Zonder de steun aan Oekraïne komen de uitgaven in 2026 volgens de nationale definitie uit op 2,05% van het bbp.",
     "national"),
    ("De tabel laat een stijgende lijn zien.\n\nZonder de steun aan Oekraïne komen de uitgaven in 2026 uit op 2,05% "
     "van het bbp.", None),
])
def test_the_other_side_of_a_tables_figure_takes_its_method(after: str, basis: str | None) -> None:
    got = rows(_INTRO + _SPLIT_TABLE + "\n" + after + "\n", "2026-09-16")
    assert [(r[0], r[3], r[4]) for r in got if r[1] == 2.05] == [(2026, basis, "excl")]


@pytest.mark.parametrize(("second", "expected"), [
    # the sentence after a dated norm says what that norm consists of: its parts are of its year
    ("Die norm bestaat uit twee delen: 3,5 procent kern plus 1,5 procent voor gerelateerde uitgaven.",
     [(2035, 3.5, "defence"), (2035, 1.5, "related")]),
    ("Deze nieuwe norm is opgebouwd uit 3,5% voor kerndefensie en 1,5% voor bredere veiligheidsuitgaven.",
     [(2035, 3.5, "defence"), (2035, 1.5, "related")]),
    ("Dit percentage valt uiteen in 3,5 procent kern en 1,5 procent gerelateerd.",
     [(2035, 3.5, "defence"), (2035, 1.5, "related")]),
    # not a sentence that does not point back to it as the whole it splits
    ("Dat is meer dan de oude norm van 2 procent.", [(None, 2.0, "defence")]),
    ("De norm bestaat sinds 2014 en vraagt 2 procent.", [(None, 2.0, "defence")]),
])
def test_what_a_dated_norm_consists_of_takes_its_year(second: str, expected: list) -> None:
    first = "Bondgenoten hebben zich verplicht om uiterlijk in 2035 jaarlijks 5 procent van het bbp te besteden. "
    got = rows(first + second)
    assert got[0][:3] == (2035, 5.0, "total")
    assert [r[:3] for r in got[1:]] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # in a paragraph about shares, the level a pledge sets (`de afspraak van Wales`): a target of its year
    ("Nederland voldoet daarmee nog niet aan de afspraak van Wales om uiterlijk in 2024 richting 2 procent te bewegen.",
     [(2024, 2.0, "target")]),
    ("Dat blijft achter bij de afspraken uit 2014 om in 2024 naar 2 procent te groeien.", [(2024, 2.0, "target")]),
    ("Dat is nog ver van de toezegging om uiterlijk in 2024 richting 2 procent te gaan.", [(2024, 2.0, "target")]),
    # not a pledge about something else, nor a share of something else
    ("De afspraak is wel dat de inflatie onder 2 procent blijft.", []),
    ("De afspraak is dat Nederland 3,4 procent van de gemeenschappelijke budgetten draagt.", []),
])
def test_the_level_a_pledge_sets_in_a_paragraph_about_shares(text: str, expected: list) -> None:
    lead = "Volgens de NAVO-raming besteedt Nederland in 2021 1,45 procent van het bbp aan defensie. "
    got = rows(lead + text, "2021-05-28")
    assert got[0][:2] == (2021, 1.45)
    assert [(r[0], r[1], r[5]) for r in got[1:]] == expected


# a table by year whose columns hold sums beside the shares (`Uitgaven` over `12,0 mld.`): the column of sums is read by
# the money reader, the column that names the bbp gives the shares, a column of shares of the spending does not
@pytest.mark.parametrize(("text", "expected"), [
    ("Tabel 1. Defensie-uitgaven volgens de NAVO-definitie\n\nJaar\tUitgaven\tAandeel bbp\tWaarvan investeringen\n"
     "2019\t11,1 mld.\t1,35%\t20,1%\n2020 (raming)\t11,9 mld.\t1,45%\t22,0%\n",
     [(1.35, 2019, "defence", "nato", None, "actual"), (1.45, 2020, "defence", "nato", None, "estimate")]),
    ("Tabel 2 Uitgaven\n\nJaar\tUitgaven\tInvesteringen in % defensie-uitgaven\n"
     "2019\t11,1 mld.\t20,1%\n2020\t11,9 mld.\t22,0%\n", []),
])
def test_a_column_of_sums_beside_the_shares(text: str, expected: list[Row]) -> None:
    assert shares(text) == expected


def test_the_other_side_in_the_paragraph_after_a_table_and_its_source_line() -> None:
    """`Zonder de steun …` a sentence further, under the table's `Bron:` line: counted by the table's method."""
    text = ("Tabel 1. Defensie-uitgaven volgens de NAVO-definitie\n\nJaar\tAandeel bbp\tOpmerking\n"
            "2022\t1,41%\trealisatie\n2023\t1,64%\trealisatie\n\nBron: NAVO, maart 2024.\n\n"
            "Het aandeel steeg in 2023 sterk. Zonder de steun aan Oekraïne zou het aandeel in 2023 1,43% van het bbp "
            "zijn geweest.\n")
    assert (1.43, 2023, "defence", "nato", "excl", "actual") in shares(text)
    # (not after a paragraph of other prose between)
    other = text.replace("\n\nHet aandeel", "\n\nDe begroting groeide.\n\nHet aandeel")
    assert (1.43, 2023, "defence", None, "excl", "actual") in shares(other)


# ---- kinds of the eighteenth blind batch, with variants ------------------------------------------------------------

@pytest.mark.parametrize("caption, body, expected", [
    # the caption gives the rows' unit, a share of the bbp: the rows may leave the `%` out; `raming` their status
    ("Tabel 2: Groeipad bij ongewijzigd beleid (raming, % bbp)", "2021\t1,34\n2022\t1,32",
     [(2021, 1.34, "estimate"), (2022, 1.32, "estimate")]),
    ("Tabel 4 Defensie-uitgaven in procenten van het bbp", "2016: 1,16\n2017: 1,15",
     [(2016, 1.16, "actual"), (2017, 1.15, "actual")]),
    # negatives: a caption without the share's unit; a caption of sums
    ("Tabel 2: Groeipad bij ongewijzigd beleid (raming, bbp)", "2021\t1,34\n2022\t1,32", []),
    ("Tabel 2: Defensie-uitgaven (€ mld., raming)", "2021\t1,34\n2022\t1,32", []),
])
def test_rows_by_year_under_a_caption_that_gives_the_share(caption: str, body: str, expected: list) -> None:
    got = rows(_INTRO + f"{caption}\n{body}\n\nSlot van de brief.\n", "2019-07-02")
    assert [(r[0], r[1], r[5]) for r in got] == expected


@pytest.mark.parametrize("text, basis", [
    # the figures a country reports to NATO are counted by its definition
    ("Volgens de meest recente raming die Nederland aan de NAVO heeft gemeld, komen de defensie-uitgaven in 2023 uit "
     "op 1,72 procent van het bbp.", "nato"),
    ("Volgens de cijfers die Nederland in juni aan de NAVO rapporteerde, bedragen de uitgaven in 2023 1,7 procent van "
     "het bbp.", "nato"),
    ("Volgens de aan de NAVO gerapporteerde cijfers komen de uitgaven in 2023 uit op 1,72 procent van het bbp.",
     "nato"),
    # the method named beside the figure wins; a remark on the sums reported names no method
    ("Volgens de raming die Nederland aan de NAVO heeft gemeld, komen de uitgaven in 2023 volgens de nationale "
     "berekeningswijze uit op 1,6 procent van het bbp.", "national"),
    ("De aan de NAVO gerapporteerde cijfers zijn gebaseerd op de begroting; de uitgaven komen in 2023 uit op 1,6 "
     "procent van het bbp.", None),
])
def test_the_figures_reported_to_nato_are_by_its_definition(text: str, basis: str | None) -> None:
    assert [r[3] for r in rows(_INTRO + text + "\n", "2023-07-14")] == [basis]


@pytest.mark.parametrize("text, expected", [
    # the level a norm is met with: the norms of the sentence before are no status of it either
    ("De Secretaris-Generaal meldde dat dit jaar 23 bondgenoten aan de 2 procent-norm voldoen. Ik heb gemeld dat "
     "Nederland in 2024 met 2,05 procent van het bbp de norm haalt.",
     [(None, 2.0, "target"), (2024, 2.05, "estimate")]),
    ("Alle bondgenoten hebben afgesproken de norm te halen. Nederland haalt in 2023 met 2,1 procent van het bbp de "
     "norm.",
     [(2023, 2.1, "actual")]),
    # negative: without the norm met, the sentence before still gives its status
    ("De Secretaris-Generaal meldde dat dit jaar 23 bondgenoten aan de 2 procent-norm voldoen. Nederland wil in 2024 "
     "op 2,05 procent van het bbp uitkomen.",
     [(None, 2.0, "target"), (2024, 2.05, "target")]),
])
def test_a_level_a_norm_is_met_with_takes_no_target_from_the_sentence_before(text: str, expected: list) -> None:
    assert [(r[0], r[1], r[5]) for r in rows(_INTRO + text + "\n", "2024-06-20")] == expected


# ---- kinds of the nineteenth blind batch, with variants ------------------------------------------------------------

@pytest.mark.parametrize("table, expected", [
    # the caption gives the unit of every column (`in % bbp`); the columns name the kinds, a column of words the status
    ("Tabel 2. Groeipad kern- en gerelateerde uitgaven (NAVO-definitie, in % bbp)\n"
     "Jaar\tKern\tGerelateerd\tStatus\n2027\t2,4\t0,7\t\traming\n2029\t2,9\t1,1\t\tstreefwaarde\n",
     [(2027, 2.4, "defence", "nato", "estimate"), (2029, 2.9, "defence", "nato", "target"),
      (2027, 0.7, "related", "nato", "estimate"), (2029, 1.1, "related", "nato", "target")]),
    ("Tabel 3 Defensie-uitgaven in procenten van het bbp\nJaar\tDefensie\tTotale uitgaven\n"
     "2027\t2,4\t3,1\n2028\t2,6\t3,4\n",
     [(2027, 2.4, "defence", None, "estimate"), (2028, 2.6, "defence", None, "estimate"),
      (2027, 3.1, "total", None, "estimate"), (2028, 3.4, "total", None, "estimate")]),
    # a column with a unit of its own is not the caption's share
    ("Tabel 2. Groeipad (in % bbp)\nJaar\tKern\tUitgaven (€ mld.)\n2027\t2,4\t28,1\n2028\t2,6\t30,2\n",
     [(2027, 2.4, "defence", None, "estimate"), (2028, 2.6, "defence", None, "estimate")]),
    # a caption that names no share of the bbp, or a share of the spending: no shares
    ("Tabel 2. Groeipad kern- en gerelateerde uitgaven (in € mld.)\nJaar\tKern\tGerelateerd\n2027\t2,4\t0,7\n"
     "2028\t2,6\t0,9\n", []),
    ("Tabel 2. Aandeel investeringen in % van de defensie-uitgaven, bbp-ramingen CPB\nJaar\tLand\tLucht\n"
     "2027\t2,4\t0,7\n2028\t2,6\t0,9\n", []),
])
def test_a_table_of_years_under_a_caption_that_gives_the_share_of_the_bbp(table: str, expected: list) -> None:
    got = rows(_INTRO + table + "\nSlot van de brief.\n", "2026-06-07")
    assert [(r[0], r[1], r[2], r[3], r[5]) for r in got] == expected
