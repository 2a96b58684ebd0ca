"""The letter page's normalised view: furniture hidden, lines joined, footnotes at the end, spans kept."""

from __future__ import annotations

import html
import re

from conftest import CORPUS, read_letter
from inzet.extract.segment import segment
from inzet.web.normalised import normalised_html
from inzet.web.render import Mark

LETTER = ("Geachte voorzitter,\n\nHierbij informeer ik uw Kamer over de steun aan Oekraïne en de inzet van het "
          "kabinet.[footnoteRef:1] [bookmark: _Toc1]\n\nPagina 1 van 2\n\nSteun aan Oekraïne\n\nNederland draagt "
          "€250 miljoen bij aan de Prioritised Ukraine Requirements List, zoals eerder aangekondigd in de brief.\n\n"
          "[1:  Kamerstuk 36 045, nr. 267]\n")


def _runs(out: str) -> list[tuple[int, str]]:
    """(stored start, text) of every `data-t` span of the rendered view."""
    return [(int(t), html.unescape(re.sub(r"<[^>]+>", "", body)))
            for t, body in re.findall(r'<span data-t="(\d+)">(.*?)</span>(?=<|$)', out)]


def test_every_run_is_the_stored_text_at_its_offset():
    for text in (LETTER, read_letter(CORPUS / "004_3bc00135a66a1b8e.txt")):
        out = str(normalised_html(segment("x", text), []))
        runs = _runs(out)
        assert runs
        assert all(text[t : t + len(s)] == s for t, s in runs)


def test_furniture_is_hidden_and_footnotes_come_last_with_back_links():
    out = str(normalised_html(segment("x", LETTER), []))
    assert "Pagina 1 van 2" not in out and "[bookmark" not in out and "[footnoteRef" not in out
    assert '<h3 class="nv-heading"><span data-t="' in out and "Steun aan Oekraïne</span></h3>" in out
    assert '<a href="#fn-1" id="fnref-1">1</a>' in out
    notes = out.split('<ol class="nv-footnotes"', 1)[1]
    assert "Kamerstuk 36 045, nr. 267" in notes and 'href="#fnref-1"' in notes
    assert "Kamerstuk 36 045" not in out.split('<ol class="nv-footnotes"', 1)[0]


def test_hard_wrapped_lines_are_one_paragraph_and_marks_keep_their_span():
    line = "Nederland heeft in het afgelopen jaar in totaal een bedrag van ongeveer tachtig"
    text = "\n".join([line] * 6 + ["miljoen euro bijgedragen, en dat is €80 miljoen."]) + "\n"
    start = text.index("€80 miljoen")
    out = str(normalised_html(segment("x", text), [Mark(start, start + 11, "amounts-0", "amounts")]))
    assert out.count("<p ") == 1
    assert re.search(r'<mark class="fact fact-money fact-start" data-fact="amounts-0"[^>]*>€80 miljoen</mark>', out)
    assert "<script" not in str(normalised_html(segment("x", "Tekst <script>alert(1)</script> en meer.\n"), []))


def test_the_letterhead_is_a_small_table_of_labels_and_values():
    text = "Ministerie van Defensie\n\nDatum\n29 januari 2026\nBetreft\nGeannoteerde agenda DMM\n\n" + LETTER
    out = str(normalised_html(segment("x", text), []))
    head, rest = out.split("</table>", 1)
    assert head.startswith('<table class="nv-header"')
    assert re.search(r'<th scope="row"><span data-t="\d+">Datum</span></th>'
                     r'<td><span data-t="\d+">29 januari 2026', head)
    assert "Betreft" in head and "Geachte" not in head and rest.startswith('<p class="nv-para"><span data-t=')
    assert all(text[t : t + len(s)] == s for t, s in _runs(out))
