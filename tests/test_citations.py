"""Citations: golden scores on the sample letters, citation styles of the genre, negatives, invariants."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from conftest import OPENING_FILES, SAMPLES, assert_samples_perfect, read_letter
from inzet.extract import citations
from inzet.extract.segment import segment


def cite(text: str) -> list[tuple[str, str]]:
    return [(c.kind, c.id) for c in citations.extract(segment("t", text))]


# ---- golden ----------------------------------------------------------------------------------------

def test_samples_score_perfectly() -> None:
    assert_samples_perfect("citations", citations.extract)


# ---- styles ----------------------------------------------------------------------------------------

STYLES = [
    ("Zie Kamerstuk 28676 nr. 599.", [("kamerstuk", "kst-28676-599")]),
    ("1 Kamerstukken 36 045 en 22 054, nr. 164.", [("kamerstuk", "kst-36045-164")]),
    ("Zoals gemeld (TK 22 112, nr. 4266) is dat zo.", [("kamerstuk", "kst-22112-4266")]),
    ("Het BNC-fiche (Kamerstuk 22112-4103 van 11 juli 2025).", [("kamerstuk", "kst-22112-4103")]),
    ("de reactie (kenmerk 36 045, nr. 268, dd. 9 februari jl.).", [("kamerstuk", "kst-36045-268")]),
    ("Sinds januari jl. (Kamerstuk 21 501-28, nr. 247) is dat zo.", [("kamerstuk", "kst-21501-28-247")]),
    ("de agenda (Kamerstuk 21501-28-262) ligt voor.", [("kamerstuk", "kst-21501-28-262")]),
    ("Het verslag (Kamerstuk 21501-02-2507) volgt.", [("kamerstuk", "kst-21501-02-2507")]),
    ("bent u reeds geïnformeerd (kamerstuk 28676, nr 48).", [("kamerstuk", "kst-28676-48")]),
    ("de Kamerbrief (Kamerstuk 29 521, nr. 484, d.d. 15 mei 2024) en verder",
     [("kamerstuk", "kst-29521-484")]),
    ("Kamerstuk 28676 nr. 486 d.d. 21 februari 2025 geïnformeerd.", [("kamerstuk", "kst-28676-486")]),
    # Eerste Kamer papers are numbered with letter codes, listed with their dates between them
    ("zoals gemeld (Kamerstuk 27 925, nr. Y, d.d. 18 oktober 2019, nr. AF d.d. 20 november 2020 en nr. AG "
     "d.d. 19 mei jl.) blijft dat zo.",
     [("kamerstuk", "kst-27925-Y"), ("kamerstuk", "kst-27925-AF"), ("kamerstuk", "kst-27925-AG")]),
    ("In mijn brief (Eerste Kamer, 29 521, BE, d.d. 8 maart 2024) meldde ik dat.",
     [("kamerstuk", "kst-29521-BE")]),
    ("Zie Kamerstukken I 2024/25, 36 600 X, C.", [("kamerstuk", "kst-36600-X-C")]),
    ("Zie Kamerstukken II 2022/23, 36 045, nr. 151.", [("kamerstuk", "kst-36045-151")]),
    ("De begroting (Kamerstuk 36 200 X, nr. 5) toont dat.", [("kamerstuk", "kst-36200-X-5")]),
    ("Zie de brieven (Kamerstuk 21 501-28, nrs. 261 en 262).",
     [("kamerstuk", "kst-21501-28-261"), ("kamerstuk", "kst-21501-28-262")]),
    ("Zie Kamerstuk 36 045, nr. 267 en nr. 268.", [("kamerstuk", "kst-36045-267"), ("kamerstuk", "kst-36045-268")]),
    ("(Kamerstuk 27 925, nr. 418 en Kamerstuk 27 925, nr. 425)",
     [("kamerstuk", "kst-27925-418"), ("kamerstuk", "kst-27925-425")]),
    ("Het Regeerprogramma (bijlage bij Kamerstuk\n36 471, nr. 96) blijft.", [("kamerstuk", "kst-36471-96")]),
    ("Zoals eerder gemeld (36 045, nr. 151) steunt Nederland.", [("kamerstuk", "kst-36045-151")]),
    ("zie ook kst-28676-429 voor de agenda.", [("kamerstuk", "kst-28676-429")]),
    # motions
    ("1 Motie Klaver, Kamerstuk 36045-243", [("motion", "kst-36045-243")]),
    ("2 Motie-Van Campen, Kamerstuk 21 501-20, nr. 2307", [("motion", "kst-21501-20-2307")]),
    ("conform de motie van het lid Sjoerdsma c.s. (Kamerstuk 36 045, nr. 77) levert Nederland.",
     [("motion", "kst-36045-77")]),
    ("de gewijzigde motie van de leden Boswijk en Brekelmans (Kamerstuk 36 045, nr. 123) vraagt dat.",
     [("motion", "kst-36045-123")]),
    ("de motie-Van der Lee over munitie (Kamerstuk 21 501-20, nr. 1900) is uitgevoerd.",
     [("motion", "kst-21501-20-1900")]),
    ("1 Kamerstuk 36 045, nr. 77 (motie Sjoerdsma c.s.)", [("motion", "kst-36045-77")]),
    ("de motie-Boswijk c.s. (36 045, nr. 123) vraagt dat.", [("motion", "kst-36045-123")]),
    ("Zie (Kamerstuk 36 045, nr. 164, 2023) en verder.", [("kamerstuk", "kst-36045-164")]),
    ("Zie TK 2023-2024, 21 501-28, nr. 262.", [("kamerstuk", "kst-21501-28-262")]),
    ("2 Kamerstuk 36 045, nr. 164; Kamerstuk 36 045, nr. 170.",
     [("kamerstuk", "kst-36045-164"), ("kamerstuk", "kst-36045-170")]),
    # TK documents and urls
    ("4 Zie bijlage 2025D27846 bij Kamerstuk 28676, nr. 519",
     [("tk-document", "2025D27846"), ("kamerstuk", "kst-28676-519")]),
    ("over kwartiermakers (kenmerk 2011Z07141/2011D17733) is", [("tk-document", "2011D17733")]),
    ("Zie https://www.tweedekamer.nl/kamerstukken/detail?did=2025D48876&id=2025Z20748.",
     [("url", "https://www.tweedekamer.nl/kamerstukken/detail?did=2025D48876&id=2025Z20748")]),
    ("Meer op www.defensie.nl, en elders.", [("url", "www.defensie.nl")]),
    ("De tekst staat op zoek.officielebekendmakingen.nl/kst-28676-302.html (pagina).",
     [("url", "zoek.officielebekendmakingen.nl/kst-28676-302.html")]),
]


@pytest.mark.parametrize(("text", "expected"), STYLES)
def test_citation_styles(text: str, expected: list[tuple[str, str]]) -> None:
    assert cite(text) == expected


def test_motion_named_in_the_body_before_the_footnote_marker() -> None:
    text = ("Daarom heeft het kabinet, conform de motie van het lid Sjoerdsma c.s.[footnoteRef:1] over het "
            "opschroeven van de steun, besloten te leveren. [1:  Kamerstuk 36 045, nr. 77] \n")
    assert cite(text) == [("motion", "kst-36045-77")]


@pytest.mark.parametrize("before, kind", [
    # the motion and what it is about, the mark right after it, mid-sentence or at the sentence's end
    ("De motie van het lid Vuijk over de evaluatie van de samenwerking met de Duitse eenheden[footnoteRef:1] wordt "
     "bij deze evaluatie betrokken.", "motion"),
    ("Hiermee geef ik uitvoering aan de motie-Boswijk inzake de munitievoorraden.[footnoteRef:1]", "motion"),
    ("Het kabinet voert de motie van de leden Van der Lee en Piri c.s. betreffende de luchtverdediging "
     "uit[footnoteRef:1], zoals toegezegd.", "motion"),
    ("Zo komt het kabinet tegemoet aan de motie Knops, met betrekking tot de evaluatie van de inzet.[footnoteRef:1]",
     "motion"),
    # not: a clause of its own after the motion, or another paper named after it
    ("De motie over de evaluatie is uitgevoerd, zoals gemeld in de voortgangsrapportage.[footnoteRef:1]", "kamerstuk"),
    ("De motie over de evaluatie is aangenomen en uitgevoerd.[footnoteRef:1]", "kamerstuk"),
    ("De motie-Vuijk over de evaluatie staat in de brief over de samenwerking.[footnoteRef:1]", "kamerstuk"),
])
def test_a_note_after_a_motion_and_what_it_is_about_cites_that_motion(before: str, kind: str) -> None:
    text = f"Het kabinet heeft besloten. {before} Dat blijft zo. [1:  Kamerstuk 32 623, nr. 131] \n"
    assert cite(text) == [(kind, "kst-32623-131")]


def test_a_note_numbered_with_a_paren_after_a_motion_cites_that_motion() -> None:
    """An older print: notes `1)`, `2)` at the end, marked `jl.1)` and `c.s.2)`."""
    text = ("In de brief van 14 januari jl.1) heeft de regering u gemeld dat zij een bijdrage overwoog. Het kabinet "
            "voert met dit besluit de motie van het lid Van der Laan c.s.2) uit, waarin de regering wordt gevraagd "
            "een bijdrage te leveren.\n\nDe Minister van Defensie,\nH.A.L. ter Braake\n\n"
            "1) Kamerstuk 23 432, nr. 169.\n2) Kamerstuk 29 800 V, nr. 37.\n")
    assert cite(text) == [("kamerstuk", "kst-23432-169"), ("motion", "kst-29800-V-37")]


def test_footnote_after_a_letter_is_not_a_motion() -> None:
    text = ("De motie is uitgevoerd, zoals gemeld in de brief van 3 maart.[footnoteRef:1] Dat blijft zo. "
            "[1:  Kamerstuk 36 045, nr. 80] \n")
    assert cite(text) == [("kamerstuk", "kst-36045-80")]


def test_garbled_dossier_recovered_from_a_known_dossier() -> None:
    assert cite("bent u met Kamerbrief 2867630806 nr. 442 d.d. 17 oktober 2023 geïnformeerd.") == [
        ("kamerstuk", "kst-28676-442")]
    assert cite("bent u met Kamerbrief 9999930806 nr. 442 geïnformeerd.") == []


def test_every_mention_in_text_order() -> None:
    text = ("Eerst dit.1 Dan dat.2\n\n1 Kamerstuk 28 676, nr. 426.\n2 Kamerstuk 28 676, nr. 426.\n")
    found = citations.extract(segment("t", text))
    assert [c.id for c in found] == ["kst-28676-426", "kst-28676-426"]
    assert [c.span.start for c in found] == sorted(c.span.start for c in found)
    assert all(c.rule == "citations.v1" for c in found)


# ---- negatives -------------------------------------------------------------------------------------

NEGATIVES = [
    "Op 15 en 16 juni 2023 vond een bijeenkomst plaats.",
    "De kosten worden geraamd op €345.000, de totale kosten op 1.25 miljoen euro.",
    "In overeenstemming met artikel 100 van de Grondwet informeren wij u.",
    "het plenaire debat (Handelingen II 2022/23, nr. 55, Debat over de steun) a.s.",
    "Onderdeel van zaak 2024Z00974:",
    "Nummer: 2024D29980, datum: 2024-08-15, bijgewerkt: 2024-08-26 09:21, versie: 3",
    "Directe link naar document (.pdf), officiële HTML versie (kst-21501-28-269).",
    "Onderdeel van kamerstukdossier 21501 28-269 Defensieraad.",
    "Tweede Kamer der Staten-Generaal | 2023-2024 | 28676 nr. 455 |",
    "21 501-28\tDefensieraad\n28 676\t\tNAVO\nNr. 299\t\tBrief van de minister van Defensie",
    "met kenmerk 31 200 V. In de brief staat dat.",
    "bijstand (DVB/CV-293/2012) en de brief (Kamerstuk BZ-kenmerk 2012.34776).",
    "Tussen 2026-2027 en 2026-2028 leveren wij 16 weken per keer, 24/7.",
    "Het plan telt 36 045 militairen, nr. 5 in de rij.",
    "U vindt het non-paper als bijlage bij deze Kamerbrief.",
]


@pytest.mark.parametrize("text", NEGATIVES)
def test_not_a_citation(text: str) -> None:
    assert cite(text) == []


# ---- invariants ------------------------------------------------------------------------------------

@pytest.mark.parametrize("path", SAMPLES + OPENING_FILES, ids=lambda p: p.name)
def test_spans_reproduce_text_and_sit_in_their_context(path) -> None:
    text = read_letter(path)
    found = citations.extract(segment(str(path), text))
    for c in found:
        assert text[c.span.start : c.span.end] == c.text
        assert c.context is not None and c.context.start <= c.span.start and c.span.end <= c.context.end
        assert c.kind in ("kamerstuk", "motion", "tk-document", "url")
    assert [c.span.start for c in found] == sorted(c.span.start for c in found)


_PIECES = st.sampled_from([
    "Kamerstuk ", "Kamerstukken ", "kenmerk ", "TK ", "motie ", "Motie-Van Campen, ", "36 045", "21 501-28",
    "22112-4103", ", nr. ", "nr.", " en ", "164", "2025D27846", "2024Z00974", "kst-28676-", "www.", "https://",
    "defensie.nl/", "(", ")", "[footnoteRef:1]", "[1:  ", "]", "\n", "\n\n1 ", ". ", "*", "-\n", " ", "é", "’",
])


@settings(max_examples=300, deadline=None)
@given(st.lists(st.one_of(_PIECES, st.text(max_size=6)), max_size=30).map("".join))
def test_never_crashes_or_leaves_the_text(text: str) -> None:
    doc = segment("t", text)
    for c in citations.extract(doc):
        assert 0 <= c.span.start <= c.span.end <= len(text)
        assert text[c.span.start : c.span.end] == c.text


@settings(max_examples=200, deadline=None)
@given(blocked=st.lists(st.tuples(st.integers(0, 5000), st.integers(0, 3000)), max_size=25),
       query=st.tuples(st.integers(0, 9000), st.integers(-2, 3000)))
def test_blocked_intervals_answer_like_a_scan(blocked: list[tuple[int, int]], query: tuple[int, int]) -> None:
    ivs = [(a, a + n) for a, n in blocked]
    a, b = query[0], query[0] + query[1]
    index = citations._Blocked(ivs[: len(ivs) // 2])
    for iv in ivs[len(ivs) // 2:]:
        index.append(iv)
    assert index.overlaps(a, b) == any(s < b and a < e for s, e in ivs)


def test_a_kamerstuk_in_the_footnote_of_a_motion_marked_by_a_superscript_is_that_motion() -> None:
    text = ("Tekst van de geannoteerde agenda over de NAVO en de EU.\n\n"
            "– de motie van de leden Van Dijk en Piri⁷ over een gezamenlijke aanpak van hybride dreigingen;\n\n"
            "De minister van Buitenlandse Zaken,\nD.M. van Weel\n\n______________________\n"
            "¹ Kamerstuk 28 676, nr. 529.\n² Kamerstuk 36 045, nr. 301.\n³ Kamerstuk 33 763, nr. 140.\n"
            "⁴ Kamerstuk 33 763, nr. 141.\n⁵ Kamerstuk 33 763, nr. 142.\n⁶ Kamerstuk 33 763, nr. 143.\n"
            "⁷ Kamerstuk 21 501-20, nr. 2212.\n")
    kinds = {c.id: c.kind for c in citations.extract(segment("t", text))}
    assert kinds["kst-21501-20-2212"] == "motion"
    assert kinds["kst-28676-529"] == "kamerstuk"


@pytest.mark.parametrize("text, ids", [
    # the older way of citing a paper, with `vergaderjaar`
    ("waarover ik u heb bericht (Tweede Kamer, vergaderjaar 2010–2011, 28 676, nr. 123).", ["kst-28676-123"]),
    # the running footer of a Kamerstuk's own pages names the letter itself: no citation
    ("De bijdrage wordt verlengd.\nTweede Kamer, vergaderjaar 2025–2026, 29 521, nr. 512 2\nDe kosten zijn laag.",
     []),
])
def test_vergaderjaar_citations_and_page_footers(text: str, ids: list[str]) -> None:
    assert [c.id for c in citations.extract(segment("t", text))] == ids


@pytest.mark.parametrize(("text", "ids"), [
    ("Conform de motie van het lid Van Eijkelenburg c.s. (Kamerstukken II, 2013–2014, 33 750-X, nr. 54) zal het "
     "kabinet pleiten.", ["kst-33750-X-54"]),
    ("Zie Kamerstuk 36 900 X, nr. 47 en 21 501-28, nr. 270.", ["kst-36900-X-47", "kst-21501-28-270"]),
    ("Zie Kamerstuk 36 900, nr. 47, 21 501-28, nr. 270 en 29 521, nr. 5.",
     ["kst-36900-47", "kst-21501-28-270", "kst-29521-5"]),
    ("Zie Kamerstuk 36 900, nrs. 47, 48 en 52.", ["kst-36900-47", "kst-36900-48", "kst-36900-52"]),
    # `en` joins the numbers of one dossier after `nr.` too; a comma then a year does not
    ("Zie Kamerstukken 36 045, nr. 180 en 186.", ["kst-36045-180", "kst-36045-186"]),
    ("Zie Kamerstuk 29 521, nr. 510 & 514.", ["kst-29521-510", "kst-29521-514"]),
    ("Zie Kamerstuk 36 045, nr. 164, 2023.", ["kst-36045-164"]),
])
def test_a_chapter_after_a_hyphen_and_a_second_dossier_after_en(text: str, ids: list[str]) -> None:
    from inzet.extract.pipeline import extract_text

    assert [c.id for c in extract_text("t.txt", text).citations] == ids


def test_a_motion_marked_by_a_bracketed_note_number_is_that_motion() -> None:
    """A converted web page numbers its notes `[1]`, `[2]` and marks them in brackets after the words they note."""
    text = ("Het kabinet steunt de ronde van 2027.[1] Het kabinet wil meer geld voor militaire mobiliteit, in lijn met "
            "de motie van het lid Kahraman c.s.[2]\n\nDe minister van Defensie,\nR.M. van Lienden\n\n"
            "[1] Zie de brief van 14 juli 2027 (Kamerstuk 21 501-28, nr. 341).\n[2] Kamerstuk 21 501-28, nr. 345.\n")
    doc = segment("t", text)
    assert "c.s.[2]" not in doc.view and [f.number for f in doc.footnotes] == [1, 2]
    kinds = {c.id: c.kind for c in citations.extract(doc)}
    assert kinds == {"kst-21501-28-341": "kamerstuk", "kst-21501-28-345": "motion"}


@pytest.mark.parametrize("sentence, kind", [
    # the sentence that tells what the motion asks, the note's mark at its end
    ("In de motie-Van Apeldoorn c.s. heeft uw Kamer de regering verzocht bij elke begroting inzichtelijk te maken "
     "welk deel van de extra uitgaven naar personeel gaat.", "motion"),
    ("De motie van het lid Piri vraagt de regering de steun aan Oekraïne te verhogen.", "motion"),
    # (a motion named in an earlier sentence of the paragraph is not this note's)
    ("De motie-Van Apeldoorn c.s. is aangenomen. Het kabinet heeft de uitgaven voor personeel verhoogd.", "kamerstuk"),
])
def test_a_note_at_the_end_of_a_sentence_about_a_motion_cites_that_motion(sentence: str, kind: str) -> None:
    text = (f"Tekst over de begroting en de NAVO-norm in het jaar 2028.\n\n{sentence}4 Einde van de tekst hier.\n\n"
            "1 Kamerstuk 36 600, nr. 1.\n2 Kamerstuk 36 600, nr. 2.\n3 Kamerstuk 36 600, nr. 3.\n"
            "4 Kamerstukken I 2026/27, 36 900 X, F.\n")
    kinds = {c.id: c.kind for c in citations.extract(segment("t", text))}
    assert kinds["kst-36900-X-F"] == kind
