"""The normalised view: artefacts gone, every view character mapped back to the stored text."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from conftest import OPENING_FILES, SAMPLES, read_letter
from inzet.extract.normalise import normalise
from inzet.extract.segment import segment, split_sentences


def test_artefacts_are_dropped_from_the_view() -> None:
    text = ("Pagina 1 van 4\n[image: /tmp/x.png]*Hoge Vertegenwoordiger* (HV) sprak over de bijeen-\n"
            "komst.[footnoteRef:1] [1:  Kamerstuk 36 045, nr. 267. ]\n")
    v = normalise(text)
    assert "Pagina" not in v.view and "image" not in v.view and "*" not in v.view
    assert "bijeenkomst." in v.view and "footnoteRef" not in v.view
    assert [v.view[f.start : f.end] for f in v.footnotes] == ["Kamerstuk 36 045, nr. 267."]


def test_hyphenation_keeps_real_hyphens() -> None:
    v = normalise("het NAVO-\nverdragsgebied en de informatie-\nuitwisseling en veiligheids-\nen defensiebeleid")
    assert "NAVO-verdragsgebied" in v.view
    assert "informatie-uitwisseling" in v.view
    assert "veiligheids- en defensiebeleid" in v.view


def test_page_bottom_footnotes_and_glued_markers() -> None:
    text = ("Nederland levert een bijdrage aan de luchtafweer.1 Ook andere landen deden dat.\n\n"
            "1 Kamerstukken 36 045 en 22 054, nr. 164.\n")
    v = normalise(text)
    assert "luchtafweer. Ook" in v.view
    assert len(v.footnotes) == 1 and v.view[v.footnotes[0].start : v.footnotes[0].end].startswith("Kamerstukken")


@pytest.mark.parametrize("marked", ["jl.1)", "Irak1)", "bijdrage,1)"])
def test_notes_numbered_with_a_paren_and_their_glued_markers(marked: str) -> None:
    """An older print numbers its notes `1)`, `2)` and marks them glued in the same way; the mark's paren goes too."""
    text = (f"In de brief van 14 januari {marked} heeft de regering u gemeld dat zij een bijdrage overwoog. "
            "Het kabinet voert de motie van het lid Van der Laan c.s.2) uit.\n\n1) Kamerstuk 23 432, nr. 169.\n"
            "2) Kamerstuk 29 800 V, nr. 37.\n")
    v = normalise(text)
    assert [(f.number, v.view[f.start : f.end]) for f in v.footnotes] == [
        (1, "Kamerstuk 23 432, nr. 169."), (2, "Kamerstuk 29 800 V, nr. 37.")]
    assert "c.s. uit" in v.view and "1)" not in v.view and [n for _, n in v.markers] == [1, 2]


@pytest.mark.parametrize("text", [
    # a list numbered `1)` is no footnotes when no mark `1)` is glued to the body's words
    "Het kabinet weegt drie punten:\n\n1) de kosten van de inzet;\n2) de duur van de inzet.\n",
    "Zie punt 1) hierboven.\n\n1) de kosten van de inzet;\n2) de duur van de inzet.\n",
])
def test_a_list_numbered_with_a_paren_is_no_footnotes(text: str) -> None:
    v = normalise(text)
    assert v.footnotes == [] and "1) de kosten" in v.view


def test_numbered_headings_are_not_footnotes() -> None:
    v = normalise("Inleiding over de top.\n\n1. Agenda\nDe top begint op 2 april.\n\n2 Toekomst\n")
    assert v.footnotes == []


def test_dutch_abbreviations_do_not_end_sentences() -> None:
    view = ("De brief d.d. 9 februari jl. (Kamerstuk 36 045, nr. 268) gaat o.a. over bijv. drones. "
            "Het bedrag is EUR 90 mld. aan leningen. Die vonden plaats op 12 februari jl. Tevens informeer ik u.")
    sents = [view[a:b] for a, b in split_sentences(view, 0, len(view))]
    assert sents == ["De brief d.d. 9 februari jl. (Kamerstuk 36 045, nr. 268) gaat o.a. over bijv. drones.",
                     "Het bedrag is EUR 90 mld. aan leningen.", "Die vonden plaats op 12 februari jl.",
                     "Tevens informeer ik u."]


def test_view_maps_back_to_stored_text_on_every_letter() -> None:
    for f in SAMPLES + OPENING_FILES:
        text = read_letter(f)
        doc = segment(str(f), text)
        for s in doc.sentences:
            sp = doc.span(s.start, s.end)
            assert 0 <= sp.start <= sp.end <= len(text)
            # the evidence starts and ends on the same characters as the view sentence
            assert text[sp.start] == doc.view[s.start] and text[sp.end - 1] == doc.view[s.end - 1]


_letterish = st.lists(
    st.sampled_from([*"abc XYZ.,-*[]:\n\t0123456789€%()¹²", "[footnoteRef:1]", "Pagina 1 van 2", "[1: x]",
                     "jl.", "Den Haag, 4 maart 2026"]),
    max_size=120,
).map("".join)


@settings(max_examples=300, deadline=None)
@given(_letterish)
def test_segment_never_crashes_and_spans_stay_inside(text: str) -> None:
    doc = segment("prop.txt", text)
    for s in doc.sentences:
        sp = doc.span(s.start, s.end)
        assert 0 <= sp.start <= sp.end <= len(text)
    for f in doc.footnotes:
        assert 0 <= f.start <= f.end <= len(doc.view)


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=300))
def test_metadata_never_crashes_on_any_text(text: str) -> None:
    from inzet.extract import metadata

    meta = metadata.extract(segment("prop.txt", text))
    for sp in meta.evidence.values():
        assert 0 <= sp.start <= sp.end <= len(text)
    for m in meta.meetings:
        assert m.span is not None and 0 <= m.span.start <= m.span.end <= len(text)


def test_page_furniture_in_capitals_is_dropped_too() -> None:
    assert normalise("Tekst.\nBLZ 2 VAN 4\nIMAGE3.PNG\nMeer tekst.").view == "Tekst.\n\n\nMeer tekst."


def _glued_markers_plainly(text: str) -> list[tuple[int, int, str]]:
    """The rule as first written: every maximal digit run, then the tests (the reference for the fast scan)."""
    import re

    from inzet.extract.normalise import _MARKER_AFTER, _MARKER_BEFORE

    out = []
    for m in re.finditer(r"[0-9¹²³⁴⁵⁶⁷⁸⁹⁰]+", text):
        digits = m.group()
        plain, sup = digits.isascii(), not any(c.isascii() for c in digits)
        if len(digits) > 2 or not (plain or sup) or m.start() == 0:
            continue
        before = text[m.start() - 1]
        if not (before.isalpha() or before in _MARKER_BEFORE):
            continue
        if before == "," and m.start() >= 2 and text[m.start() - 2].isdigit():
            continue
        if plain and before.isupper() and m.start() >= 2 and text[m.start() - 2].isupper():
            continue                        # the number of a name in capitals: `SNMCMG1`
        if plain and before == "." and m.start() >= 2 and text[m.start() - 2] in "0123456789":
            number = re.search(r"([.,]?)([0-9]+)\.$", text[: m.start()])
            if not (len(number.group(2)) >= 3 and not number.group(1)):
                continue                    # a section number `1.1`; after a year `2028.1` the digit is a marker
        if _MARKER_AFTER.match(text, m.end()):
            out.append((m.start(), m.end(), digits))
    return out


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet="abAB é,.;:)»\n\t 0123¹²³\u00a0", max_size=40))
def test_glued_markers_scan_matches_the_plain_rule(text: str) -> None:
    from inzet.extract.normalise import _glued_markers

    assert list(_glued_markers(text)) == _glued_markers_plainly(text)


def _footnote_lines_plainly(text: str) -> list[tuple[int, int, str, str, int]]:
    """The footnote lines as the plain multiline pattern finds them (what the newline-led scan must equal)."""
    import re

    plain = re.compile(r"^[ \t]*(\d{1,2}|[¹²³⁴⁵⁶⁷⁸⁹⁰]{1,2})[ \t]+(\S[^\n]*)$", re.MULTILINE)
    return [(m.start(), m.end(), m.group(1), m.group(2), m.start(2)) for m in plain.finditer(text)]


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet="ab ,.:\n\t 0123¹²\u00a0", max_size=50))
def test_footnote_lines_scan_matches_the_plain_pattern(text: str) -> None:
    from inzet.extract.normalise import _FOOTNOTE_LINE, _FOOTNOTE_NEXT_LINE

    first = _FOOTNOTE_LINE.match(text)
    lines = [_FOOTNOTE_LINE.match(text, nl.end()) for nl in _FOOTNOTE_NEXT_LINE.finditer(text)]
    got = [(m.start(), m.end(), m.group(1), m.group(2), m.start(2)) for m in ([first] if first else []) + lines]
    assert got == _footnote_lines_plainly(text)


@pytest.mark.parametrize("rule", ["______________________", "----------", "—————", "  _____  "])
def test_footnotes_below_a_rule_line(rule: str) -> None:
    text = ("De steun aan Oekraïne¹ bedraagt dit jaar € 12 miljoen² voor luchtverdediging.\n\n"
            f"{rule}\n¹ Kamerstuk 36 045, nr. 200.\n² Zie de brief van 3 maart.\n")
    v = normalise(text)
    assert [f.number for f in v.footnotes] == [1, 2]
    assert "€ 12 miljoen voor" in v.view


@pytest.mark.parametrize("view", [
    "Vanaf september neemt het fregat Zr.Ms. Tromp deel aan de operatie. Het schip keert in december terug.",
    "Vanaf september neemt het fregat Hr.Ms. Tromp deel aan de operatie. Het schip keert in december terug.",
    "Vanaf september neemt het fregat Zr. Ms. Tromp deel aan de operatie. Het schip keert in december terug.",
])
def test_a_ships_title_does_not_end_the_sentence(view: str) -> None:
    assert len(split_sentences(view, 0, len(view))) == 2


def test_a_letter_marking_its_notes_with_superscripts_keeps_the_plain_digits_of_names() -> None:
    text = ("De inzet duurt tot eind Q1 2028.¹ De mijnenjager maakt deel uit van SNMCMG1, de Standing NATO Mine "
            "Countermeasures Group 1.² Einde.\n\n¹ Kamerstuk 29 521, nr. 533.\n² Kamerstuk 28 676, nr. 663.\n")
    view = segment("t.txt", text).view
    assert "Q1 2028" in view and "SNMCMG1," in view
    assert "2028.¹" not in view and "Group 1.²" not in view          # the superscript markers are dropped


def test_a_section_number_keeps_its_digits_and_a_year_gives_up_its_marker() -> None:
    text = ("1.1 UNTSO\nDe rapportage volgt de lijn van de brief over de internationale inzet 2025–2028.1 Daarnaast "
            "komen de kosten van de bijdragen onder 1.1, 2.1 en 3.1 ten laste van het BIV.\n\n1 Kamerstuk 29 521, nr. "
            "493.\n")
    view = segment("t.txt", text).view
    assert view.startswith("1.1 UNTSO") and "onder 1.1, 2.1 en 3.1 ten laste" in view
    assert "2025–2028. Daarnaast" in view


def test_the_number_of_a_name_in_capitals_is_no_note_mark() -> None:
    text = ("Zr.Ms. Schiedam maakt deel uit van Standing NATO Mine Countermeasures Group 1 (SNMCMG1) en SNMG2 vaart "
            "uit.1 Einde.\n\n1 Kamerstuk 29 521, nr. 533.\n")
    view = segment("t.txt", text).view
    assert "(SNMCMG1)" in view and "SNMG2 vaart" in view and "uit. Einde" in view


def test_plain_digit_markers_are_still_dropped_where_the_letter_uses_them() -> None:
    text = "Nederland steunt het luchtafweer.1 Ook de munitie telt.\n\n1 Kamerstuk 29 521, nr. 533.\n"
    view = segment("t.txt", text).view
    assert "luchtafweer. Ook" in view


def test_stored_lines_are_the_lines_as_written_after_a_view_offset() -> None:
    text = "Tabel 1. Iets\n\n    2026    2027\nA       2,1     2,2\n"
    doc = segment("t.txt", text)
    first = doc.view.find("Tabel")
    lines = list(doc.stored_lines(first + 5))
    assert [line for _, line in lines] == ["", "    2026    2027", "A       2,1     2,2"]
    assert all(text[pos:pos + len(line)] == line for pos, line in lines)
    assert list(doc.stored_lines(len(doc.view))) == []
    assert next(line for _, line in doc.stored_lines(0)) == "Tabel 1. Iets"
