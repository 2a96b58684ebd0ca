"""The readers and fetchers proven on real responses: kst XML and metadata.xml of the KOOP repository,
and Tweede Kamer OData JSON, read from ../shared/sources-real (SOURCES.md says where each comes from).

Nothing of those files is copied here: the tests read them in place and assert what they state.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from lxml import etree

from inzet.errors import UnsupportedFormat
from inzet.ingest import read_bytes
from inzet.pipeline import load_bytes
from inzet.store import Store

REAL = Path(__file__).resolve().parents[1].parent / "shared" / "sources-real"
KOOP = REAL / "koop"
ODATA = REAL / "tk-odata"

# what each real kst file states: date, Kamerstuk, signatory, subject, the first and last line of the body
KST = {
    "lawgraph-kst_28844_269.xml": dict(
        date="2023-07-07", dossiers=["28844"], number=269, id="kst-28844-269", chamber="TK",
        signatory="H.G.J. Bruins Slot", subject=None,
        body_first="Aan de Voorzitter van de Tweede Kamer der Staten-Generaal",
        kop=["28 844 Integriteitsbeleid openbaar bestuur en politie",
             "Nr. 269 BRIEF VAN DE MINISTER VAN BINNENLANDSE ZAKEN EN KONINKRIJKSRELATIES"]),
    "lawgraph-kst_35786_7.xml": dict(
        date="2022-03-30", dossiers=["35786"], number=7, id="kst-35786-7", chamber="TK",
        signatory="Van der Graaf", subject=None, body_first="De Kamer,",
        kop=["35 786 Verandering van de Grondwet, strekkende tot het opnemen van een algemene bepaling",
             "Nr. 7 MOTIE VAN HET LID VAN DER GRAAF C.S.", "Voorgesteld 30 maart 2022"]),
    "lawgraph-kst_37020_x_1.xml": dict(
        date="2026-09-15", dossiers=["37020-X"], number=1, id="kst-37020-X-1", chamber="TK",
        signatory="D. Yeşilgöz-Zegerius", subject=None,
        body_first="Wij Willem-Alexander, bij de gratie Gods, Koning der Nederlanden, Prins van Oranje-Nassau, "
                   "enz. enz. enz.",
        kop=["37 020 X Vaststelling van de begrotingsstaten van het ministerie van Defensie (X) voor het jaar 2027",
             "Nr. 1 VOORSTEL VAN WET", "Ontvangen 15 september 2026"]),
}


def _ws(s: str) -> str:
    """Whitespace collapsed, as the reader writes a block."""
    return re.sub(r"[ \t\n\r]+", " ", s).strip()


def _al_text(el: etree._Element) -> str:
    """A paragraph's text without its footnotes, whitespace collapsed."""
    parts = [el.text or ""]
    for child in el:
        if isinstance(child.tag, str) and child.tag != "noot":     # processing instructions are no text
            parts.append(_al_text(child))
        parts.append(child.tail or "")
    return _ws("".join(parts))


def test_every_real_kst_file_is_listed() -> None:
    """A new real file in ../shared must get its stated fields here, not be skipped."""
    assert sorted(p.name for p in KOOP.glob("*kst*.xml")) == sorted(KST)


@pytest.mark.parametrize("name", sorted(KST))
def test_real_kst_letter_fields(name: str) -> None:
    """Stored through the ingest pipeline, the letter has the fields the file states."""
    want = KST[name]
    data = (KOOP / name).read_bytes()
    with Store() as store:
        result, _ = load_bytes(store, data, name)
        row = store.letter(result.letter_id)
    letter = row["letter"]
    assert letter["date"] == want["date"]
    assert letter["kamerstuk"] == {"dossiers": want["dossiers"], "number": want["number"]}
    assert row["kamerstuk_id"] == want["id"]
    assert letter["chamber"] == want["chamber"]
    assert letter["signatory"] == want["signatory"]
    assert letter["subject"] == want["subject"]      # no `Betreft`: the dossier title is not the letter's subject


@pytest.mark.parametrize("name", sorted(KST))
def test_real_kst_body_is_the_text_without_the_kop(name: str) -> None:
    """The text is the title block, then the body; the `kamerstukkop` (vergaderjaar, chamber) is not text."""
    want = KST[name]
    data = (KOOP / name).read_bytes()
    r = read_bytes(data, name)
    start = int(r.meta["body_start"])
    head, body = r.text[:start], r.text[start:]
    assert head.rstrip("\n").split("\n") == want["kop"]
    assert body.split("\n", 1)[0] == want["body_first"]
    lines = r.text.split("\n")
    kop = etree.fromstring(data).find(".//kamerstukkop")
    assert kop is not None
    for regel in kop.iter("tekstregel"):                   # `Vergaderjaar 2022-2023`, `Kamerstukken`, …
        if regel.get("inhoud") != "kamernummer":           # `2`: a table's article number may be a line too
            assert _ws(regel.text or "") not in lines, regel.get("inhoud")
    # every paragraph of the XML stands in the body, in order, its footnotes taken out
    flat = re.sub(r"\[footnoteRef:\d+\]", "", body)
    pos = 0
    for al in etree.fromstring(data).iter("al"):
        if any(a.tag in ("noot", "entry") for a in al.iterancestors()):
            continue
        t = _al_text(al)
        if t:
            found = flat.find(t, pos)
            assert found != -1, (name, t[:80])
            pos = found + len(t)
    assert r.meta["vergaderjaar"] in ("2022-2023", "2021-2022", "2026-2027")


def test_real_kst_footnotes_and_budget_chapter_in_the_reader_meta() -> None:
    """Footnotes are counted and kept as `[N: …]` lines; a budget chapter is part of the dossier id."""
    r = read_bytes((KOOP / "lawgraph-kst_28844_269.xml").read_bytes(), "x.xml")
    assert r.meta["footnotes"] == "15"
    assert "[1: Kamerstuk 28 844, nr. 266.]" in r.text
    assert "heb ik uw Kamer" in r.text and "9 mei 2023[footnoteRef:1] heb ik" in r.text
    x = read_bytes((KOOP / "lawgraph-kst_37020_x_1.xml").read_bytes(), "y.xml")
    assert x.meta["dossiers"] == "37020-X" and x.meta["id"] == "kst-37020-X-1"
    assert x.meta["vergaderjaar"] == "2026-2027"           # the file writes a figure dash: `2026‒2027`


def test_real_staatsblad_is_refused_with_a_clear_message() -> None:
    with pytest.raises(UnsupportedFormat, match=r"without a <kamerstuk>; inzet reads Kamerstukken"):
        read_bytes((KOOP / "wetsuite-stb.xml").read_bytes(), "stb.xml")
