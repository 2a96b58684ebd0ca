"""Readers: DOCX/PDF built from the sample letters in the test, HTML and KOOP XML, and bad inputs.

The sample letters are read from ../shared (conftest.SAMPLES); DOCX and PDF versions are built
here with python-docx and fpdf2, never stored. Key content is derived from the .txt by pattern
(dates, `Den Haag, …`, Kamerstuk lines, references, the signatory) rather than hard-coded.
"""

from __future__ import annotations

import io
import random
import re
import tracemalloc
import zipfile
from functools import cache
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from conftest import SAMPLES, read_letter
from inzet.errors import CorruptInput, EmptyInput, InputError, UnsupportedFormat
from inzet.extract.pipeline import extract_text
from inzet.ingest import SUPPORTED, read, read_bytes

DATA = Path(__file__).parent / "data"
XML_FIXTURE = DATA / "kst-invented-brief.xml"
MONTHS = "januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december"
DATE = re.compile(rf"\b\d{{1,2}}(?: en \d{{1,2}})? (?:{MONTHS})(?: \d{{4}})?\b", re.IGNORECASE)
WS = re.compile(r"\s+")
SAMPLE_IDS = [p.stem for p in SAMPLES]


def squash(s: str) -> str:
    """Whitespace-insensitive form for comparing text that went through a layout (PDF wrapping)."""
    return WS.sub(" ", s).strip()


def key_content(text: str) -> list[str]:
    """What must survive any format: dates, `Den Haag, …`, Kamerstuk lines, references, the signatory."""
    keys = [m.group(0) for m in DATE.finditer(text)]
    keys += [m.group(0).strip() for m in re.finditer(r"Den Haag, \d{1,2} \w+ \d{4}", text)]
    keys += [m.group(0).strip() for m in re.finditer(r"(?m)^(?:Nr\. \d+|\d{2} \d{3}(?:-\d+)?)\b[^\n]*", text)]
    keys += re.findall(r"MINDEF\d+", text)
    signatures = re.findall(r"(?im)^[ \t]*de ministers? van [\w ]+,?[ \t]*\n[ \t]*(\S[^\n]*)$", text)
    if signatures:
        keys.append(signatures[-1].strip())
    return [squash(k) for k in keys]


# ---------------------------------------------------------------- building DOCX and PDF in the test


def make_docx(text: str) -> bytes:
    """One paragraph per line of `text` (python-docx turns tabs into <w:tab/>)."""
    import docx

    document = docx.Document()
    for line in text.split("\n"):
        document.add_paragraph(line)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


@cache
def unicode_font() -> Path | None:
    """A TTF that covers the letters' characters (DejaVu Sans where Debian puts it), or None."""
    from fontTools.ttLib import TTFont

    needed = {ord(c) for c in "ëïöşé€’–\u202f\u2011"}
    candidates = [Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"),
                  *sorted(Path("/usr/share/fonts").rglob("*.ttf"))]
    for path in candidates:
        if path.is_file():
            try:
                with TTFont(path, lazy=True) as font:
                    cmap = font.getBestCmap()
            except Exception:
                continue
            if needed <= set(cmap):
                return path
    return None


# Without a Unicode TTF, fpdf2's core fonts only encode Latin-1: the PDF test then writes (and
# expects) these stand-ins for the characters the letters use beyond it.
CORE_FONT_STANDINS = str.maketrans({"€": "EUR", "’": "'", "‘": "'", "–": "-", "‑": "-", "ş": "s",
                                    "\u202f": " ", "•": "*", "…": "...", "−": "-", "“": '"', "”": '"'})


def pdf_safe(text: str) -> str:
    """The text as the test PDF can hold it: unchanged with a Unicode font, else Latin-1 stand-ins."""
    if unicode_font() is not None:
        return text
    return text.translate(CORE_FONT_STANDINS).encode("latin-1", "replace").decode("latin-1")


def make_pdf(text: str, *, text_layer: bool = True) -> bytes:
    """A PDF of `text`, lines wrapped to the page as a printed letter; tabs become four spaces."""
    from fpdf import FPDF

    pdf = FPDF(format="A4")
    font = unicode_font()
    if font is not None:
        pdf.add_font("Letter", fname=str(font))
        pdf.set_font("Letter", size=10)
    else:
        pdf.set_font("helvetica", size=10)
    pdf.add_page()
    if not text_layer:                       # a "scanned" page: only graphics
        pdf.rect(20, 20, 100, 60, style="F")
        return bytes(pdf.output())
    for line in pdf_safe(text).split("\n"):
        line = line.replace("\t", "    ").rstrip()
        if line:
            pdf.multi_cell(0, 5, line, align="L", new_x="LMARGIN", new_y="NEXT")
        else:
            pdf.ln(5)
    return bytes(pdf.output())


def encrypt_pdf(data: bytes, user_password: str) -> bytes:
    """The same PDF encrypted with RC4-128 (pypdf needs no extra package for RC4)."""
    from pypdf import PdfWriter

    writer = PdfWriter(clone_from=io.BytesIO(data))
    writer.encrypt(user_password=user_password, owner_password="eigenaar", algorithm="RC4-128")
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def letter_fields(source: str, text: str) -> dict:
    """The `letter` object, meeting spans left out and whitespace in strings squashed (layouts differ)."""
    letter = extract_text(source, text).letter.to_json()
    for m in letter.get("meetings") or []:
        m.pop("span", None)
    return {k: squash(v) if isinstance(v, str) else v for k, v in letter.items()}


@pytest.fixture(scope="module")
def sample_pdfs() -> dict[str, bytes]:
    return {p.stem: make_pdf(read_letter(p)) for p in SAMPLES}


# ---------------------------------------------------------------- text


def test_samples_present() -> None:
    assert SAMPLES, "no sample letters in ../shared/corpus"


@pytest.mark.parametrize("path", SAMPLES, ids=SAMPLE_IDS)
def test_txt_is_the_file_decoded(path: Path) -> None:
    r = read(path)
    assert r.format == "txt"
    assert r.text == read_letter(path)
    assert r.warnings == ()
    assert len(r.sha256) == 64


def test_cp1252_text_is_read_with_a_warning(tmp_path: Path) -> None:
    p = tmp_path / "brief.txt"
    p.write_bytes("Den Haag, 4 maart 2026\nOekraïne ontvangt €90 miljoen – zie bijlage.\n".encode("cp1252"))
    r = read(p)
    assert r.text.startswith("Den Haag, 4 maart 2026\nOekraïne ontvangt €90 miljoen – zie")
    assert r.warnings == (f"{p}: not valid UTF-8, read as cp1252",)


def test_utf8_bom_is_removed() -> None:
    r = read_bytes(b"\xef\xbb\xbfDen Haag, 4 maart 2026", "x.txt")
    assert r.text == "Den Haag, 4 maart 2026"


@pytest.mark.parametrize("data", [bytes(range(256)) * 64,
                                  random.Random(7).randbytes(4096).replace(b"\x00", b"\x01"),
                                  b"%PDF-1.7\n\x00\x01\x02binary stream\xff\xfe"],
                         ids=["all-bytes", "random-no-nul", "pdf-bytes"])
def test_binary_garbage_as_txt_is_refused(data: bytes) -> None:
    with pytest.raises(InputError, match=r"^garbage\.txt: .*(binary|not text)"):
        read_bytes(data, "garbage.txt")


def test_large_text_reads_without_many_copies(tmp_path: Path) -> None:
    """A 20 MB .txt reads whole; peak memory stays within a few copies of the file."""
    letter = read_letter(SAMPLES[0])
    p = tmp_path / "groot.txt"
    size = 0
    with p.open("w", encoding="utf-8") as f:
        while size < 20_000_000:
            f.write(letter)
            size += len(letter.encode("utf-8"))
        f.write("\nEINDE VAN HET BESTAND")
    nbytes = p.stat().st_size
    tracemalloc.start()
    try:
        r = read(p)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert r.text.endswith("EINDE VAN HET BESTAND")
    assert len(r.text.encode("utf-8")) == nbytes
    # the bytes (1x) plus the str (2x: CPython stores it in 2 bytes a character once € is in it) plus
    # the decoder's transient buffer (<1x): anything beyond 5x would mean an extra copy somewhere
    assert peak < 5 * nbytes, f"peak {peak >> 20} MB for a {nbytes >> 20} MB file"


# ---------------------------------------------------------------- bad inputs in general


@pytest.mark.parametrize("name", ["leeg.txt", "leeg.md", "leeg.docx", "leeg.pdf", "leeg.html", "leeg.xml"])
@pytest.mark.parametrize("data", [b"", b"  \n\t \r\n"], ids=["empty", "whitespace"])
def test_empty_file(tmp_path: Path, name: str, data: bytes) -> None:
    p = tmp_path / name
    p.write_bytes(data)
    with pytest.raises(EmptyInput, match=rf"^{re.escape(str(p))}: empty file$"):
        read(p)


@pytest.mark.parametrize("name", ["brief.rtf", "brief.doc", "brief", "brief.txt.gz"])
def test_unknown_extension(tmp_path: Path, name: str) -> None:
    p = tmp_path / name
    p.write_bytes(b"Den Haag, 4 maart 2026")
    with pytest.raises(UnsupportedFormat, match=rf"^{re.escape(str(p))}: unsupported format"):
        read(p)


def test_missing_file_and_directory(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no such file"):
        read(tmp_path / "bestaat-niet.pdf")
    with pytest.raises(InputError, match="is a directory"):
        read(tmp_path)


def test_content_type_decides_when_the_url_has_no_extension() -> None:
    page = "<html><head><title>Brief</title></head><body><main><p>Den Haag, 4 maart 2026</p></main></body></html>"
    r = read_bytes(page.encode("utf-8"), "https://example.org/detail?did=2030D00001",
                   content_type="text/html; charset=utf-8")
    assert r.format == "html"
    assert r.text == "Den Haag, 4 maart 2026"


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.binary(min_size=1, max_size=2048), suffix=st.sampled_from(SUPPORTED))
def test_any_bytes_give_text_or_an_input_error(data: bytes, suffix: str) -> None:
    """No input makes a reader fail with anything but an InputError (or emit a Python warning)."""
    for blob in (data, {".pdf": b"%PDF-1.4\n", ".docx": b"PK\x03\x04"}.get(suffix, b"") + data):
        try:
            r = read_bytes(blob, "x" + suffix)
        except InputError as e:
            assert str(e).startswith("x" + suffix + ": ")
        else:
            assert r.text.strip()


# ---------------------------------------------------------------- DOCX


@pytest.mark.parametrize("path", SAMPLES, ids=SAMPLE_IDS)
def test_docx_of_sample_keeps_its_text(path: Path) -> None:
    text = read_letter(path)
    r = read_bytes(make_docx(text), path.stem + ".docx")
    assert r.format == "docx"
    assert r.text == text                     # one paragraph per line, tabs kept: a lossless round trip
    for key in key_content(text):
        assert key in squash(r.text)


@pytest.mark.parametrize("path", SAMPLES, ids=SAMPLE_IDS)
def test_docx_gives_the_same_letter_fields_as_txt(path: Path) -> None:
    text = read_letter(path)
    r = read_bytes(make_docx(text), path.stem + ".docx")
    assert letter_fields(path.stem + ".docx", r.text) == letter_fields(path.name, text)


def _add_footnotes(docx_bytes: bytes, notes: dict[int, str]) -> bytes:
    """Put real footnotes into a python-docx file: `{fnN}` in the body becomes a reference to note N.

    python-docx cannot write footnotes, so the parts are added to the zip the way Word stores them.
    """
    w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    body = "".join(
        f'<w:footnote w:id="{n}"><w:p><w:r><w:footnoteRef/></w:r>'
        f'<w:r><w:t xml:space="preserve"> {t}</w:t></w:r></w:p></w:footnote>' for n, t in notes.items())
    footnotes = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:footnotes xmlns:w="{w}">'
                 '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
                 '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/>'
                 f'</w:r></w:p></w:footnote>{body}</w:footnotes>')
    src = zipfile.ZipFile(io.BytesIO(docx_bytes))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for item in src.infolist():
            data = src.read(item.filename).decode("utf-8") if item.filename.endswith(".xml") or \
                item.filename.endswith(".rels") else src.read(item.filename)
            if item.filename == "word/document.xml":
                for n in notes:
                    data = data.replace(f"{{fn{n}}}", f'</w:t></w:r><w:r><w:footnoteReference w:id="{n}"/>'
                                                      f'</w:r><w:r><w:t xml:space="preserve">')
            elif item.filename == "word/_rels/document.xml.rels":
                data = data.replace("</Relationships>", '<Relationship Id="rIdFn" Type="http://schemas.'
                                    'openxmlformats.org/officeDocument/2006/relationships/footnotes" '
                                    'Target="footnotes.xml"/></Relationships>')
            elif item.filename == "[Content_Types].xml":
                data = data.replace("</Types>", '<Override PartName="/word/footnotes.xml" ContentType='
                                    '"application/vnd.openxmlformats-officedocument.wordprocessingml.'
                                    'footnotes+xml"/></Types>')
            dst.writestr(item, data)
        dst.writestr("word/footnotes.xml", footnotes)
    return out.getvalue()


def test_docx_tables_in_reading_order_and_footnotes_at_the_end() -> None:
    """A Defensie-style layout (invented content): header table, body with footnotes, signature."""
    import docx

    document = docx.Document()
    document.add_paragraph("> Retouradres Postbus 20701 2500 ES Den Haag")
    table = document.add_table(rows=3, cols=2)
    for row, (label, value) in zip(table.rows, [("Datum", "29 januari 2030"),
                                                ("Betreft", "Geannoteerde agenda DMM van 11 februari 2030"),
                                                ("Onze referentie", "MINDEF20300000001")], strict=True):
        row.cells[0].text, row.cells[1].text = label, value
    document.add_paragraph("Geachte voorzitter,")
    document.add_paragraph("Nederland steunt het PURL-pakket met €250\u202fmiljoen.{fn1} Verder niets.")
    document.add_paragraph("Zie ook de eerdere brief.{fn2}")
    document.add_paragraph("DE MINISTER VAN DEFENSIE")
    document.add_paragraph("A.B. Yeşil-Voorbeeld")
    buf = io.BytesIO()
    document.save(buf)
    data = _add_footnotes(buf.getvalue(), {1: "Kamerstuk 28 676, nr. 998.", 2: "Kamerstuk 21 501-28, nr. 997."})

    r = read_bytes(data, "brief.docx")
    lines = r.text.split("\n")
    assert lines[:9] == ["> Retouradres Postbus 20701 2500 ES Den Haag",
                         "Datum", "29 januari 2030",
                         "Betreft", "Geannoteerde agenda DMM van 11 februari 2030",
                         "Onze referentie", "MINDEF20300000001",
                         "Geachte voorzitter,",
                         "Nederland steunt het PURL-pakket met €250\u202fmiljoen.[footnoteRef:1] Verder niets."]
    assert lines[-2:] == ["[1: Kamerstuk 28 676, nr. 998.]", "[2: Kamerstuk 21 501-28, nr. 997.]"]
    body_end = r.text.index("A.B. Yeşil-Voorbeeld") + len("A.B. Yeşil-Voorbeeld")
    assert r.text[:body_end].count("[") == 2        # only the two markers before the notes
    assert r.meta["footnotes"] == "2"


def test_docx_that_is_not_a_zip(tmp_path: Path) -> None:
    p = tmp_path / "brief.docx"
    p.write_bytes(b"Dit is platte tekst met de verkeerde extensie.")
    with pytest.raises(CorruptInput, match=rf"^{re.escape(str(p))}: not a DOCX: not a zip archive$"):
        read(p)


def test_docx_legacy_doc_and_zip_without_document() -> None:
    with pytest.raises(CorruptInput, match=r"old Word \.doc"):
        read_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 512, "oud.docx")
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("readme.txt", "geen Word-document")
    with pytest.raises(CorruptInput, match=r"^ander\.docx: not a readable DOCX"):
        read_bytes(buf.getvalue(), "ander.docx")


def test_truncated_docx() -> None:
    data = make_docx("Den Haag, 4 maart 2026\nTweede regel")
    with pytest.raises(CorruptInput, match=r"^kapot\.docx: "):
        read_bytes(data[: len(data) // 2], "kapot.docx")


# ---------------------------------------------------------------- PDF


@pytest.mark.parametrize("path", SAMPLES, ids=SAMPLE_IDS)
def test_pdf_of_sample_keeps_key_content(path: Path, sample_pdfs: dict[str, bytes]) -> None:
    text = pdf_safe(read_letter(path))
    r = read_bytes(sample_pdfs[path.stem], path.stem + ".pdf")
    assert r.format == "pdf"
    assert int(r.meta["pages"]) >= 1
    got = squash(r.text)
    keys = key_content(text)
    assert keys, "the sample gives no key content to check"
    for key in keys:
        assert key in got, key
    assert got.replace(" ", "") == squash(text.replace("\t", " ")).replace(" ", "")   # nothing lost, nothing added


@pytest.mark.parametrize("path", SAMPLES, ids=SAMPLE_IDS)
def test_pdf_gives_the_same_letter_fields_as_txt(path: Path, sample_pdfs: dict[str, bytes]) -> None:
    text = pdf_safe(read_letter(path))
    r = read_bytes(sample_pdfs[path.stem], path.stem + ".pdf")
    assert letter_fields(path.stem + ".pdf", r.text) == letter_fields(path.name, text)


def test_pdf_pages_are_joined_with_newline() -> None:
    from fpdf import FPDF

    pdf = FPDF()
    pdf.set_font("helvetica", size=12)
    for word in ("Eerste pagina", "Tweede pagina"):
        pdf.add_page()
        pdf.cell(0, 10, word)
    r = read_bytes(bytes(pdf.output()), "twee.pdf")
    assert r.text == "Eerste pagina\nTweede pagina"
    assert r.meta["pages"] == "2"


def test_truncated_pdf(sample_pdfs: dict[str, bytes]) -> None:
    data = sample_pdfs[SAMPLE_IDS[0]]
    for cut in (len(data) // 2, 300):
        with pytest.raises(CorruptInput, match=r"^half\.pdf: damaged or truncated PDF"):
            read_bytes(data[:cut], "half.pdf")


def test_pdf_without_header_is_not_a_pdf() -> None:
    with pytest.raises(CorruptInput, match=r"^nep\.pdf: not a PDF \(no %PDF- header\)$"):
        read_bytes(b"<html>dit is geen pdf</html>", "nep.pdf")


def test_encrypted_pdf_needs_a_password(sample_pdfs: dict[str, bytes]) -> None:
    data = encrypt_pdf(sample_pdfs[SAMPLE_IDS[0]], user_password="geheim")
    with pytest.raises(CorruptInput, match=r"^x\.pdf: encrypted PDF, cannot read without a password$"):
        read_bytes(data, "x.pdf")


def test_encrypted_pdf_with_empty_user_password_is_read() -> None:
    data = encrypt_pdf(make_pdf("Den Haag, 4 maart 2026\nDe minister van Defensie,"), user_password="")
    r = read_bytes(data, "beperkt.pdf")
    assert r.text.split("\n")[:2] == ["Den Haag, 4 maart 2026", "De minister van Defensie,"]
    assert r.meta["encrypted"] == "empty user password"


def test_scanned_pdf_has_no_text_layer() -> None:
    with pytest.raises(EmptyInput, match=r"^scan\.pdf: no text layer; scanned PDF\?"):
        read_bytes(make_pdf("", text_layer=False), "scan.pdf")


# ---------------------------------------------------------------- HTML

PAGE = """<!DOCTYPE html>
<html lang="nl"><head><meta charset="utf-8">
<title>Kamerstuk 28676, nr. 999 | Overheid.nl &gt; Officiële bekendmakingen</title>
<meta name="DC.identifier" content="kst-28676-999">
<style>body { color: red }</style><script>var tracker = "Den Haag, 1 januari 1999";</script>
</head><body>
<header><a href="/">Officiële bekendmakingen</a> <nav><ul><li>Zoeken</li><li>Over</li></ul></nav></header>
<nav aria-label="kruimelpad"><a href="/">Home</a> &gt; Kamerstuk</nav>
<div id="sidebar"><p>Ook interessant: andere stukken</p></div>
<div id="broodtekst" class="broodtekst">
  <h1>28 676 NAVO</h1>
  <p class="stuktitel">Nr. 999
     BRIEF VAN DE MINISTER VAN DEFENSIE</p>
  <p>Aan de Voorzitter van de Tweede Kamer der Staten-Generaal</p>
  <p>Den Haag, 18 juli 2030</p>
  <p>Hierbij ontvangt u het <em>verslag</em> van de DMM<sup>1</sup> met een bijdrage van €25&#8239;miljoen.</p>
  <h2>Steun aan Oekraïne</h2>
  <ul><li>eerste punt</li><li>tweede punt</li></ul>
  <table><tr><td>Datum</td><td>18 juli 2030</td></tr></table>
  <p>De Minister van Defensie,<br>A.B. Yeşil-Voorbeeld</p>
  <script>document.write("niet tonen")</script>
</div>
<footer><p>Colofon · Privacy</p></footer>
</body></html>"""


def test_html_keeps_the_main_content_only() -> None:
    """An officielebekendmakingen-like page (invented content) with page furniture around it."""
    r = read_bytes(PAGE.encode("utf-8"), "kst-28676-999.html")
    assert r.format == "html"
    assert r.text.split("\n") == [
        "28 676 NAVO",
        "Nr. 999 BRIEF VAN DE MINISTER VAN DEFENSIE",
        "Aan de Voorzitter van de Tweede Kamer der Staten-Generaal",
        "Den Haag, 18 juli 2030",
        "Hierbij ontvangt u het verslag van de DMM1 met een bijdrage van €25\u202fmiljoen.",
        "Steun aan Oekraïne",
        "eerste punt", "tweede punt",
        "Datum", "18 juli 2030",
        "De Minister van Defensie,", "A.B. Yeşil-Voorbeeld"]
    assert r.meta["title"] == "Kamerstuk 28676, nr. 999 | Overheid.nl > Officiële bekendmakingen"
    assert r.meta["identifier"] == "kst-28676-999"
    assert r.meta["container"] == "main"


def test_html_main_and_article_and_fallback_to_body() -> None:
    page = ("<html><head><title>Brief regering</title></head><body><nav>Menu</nav>"
            "<main><article><header><h1>Geannoteerde agenda DMM</h1></header><p>Den Haag, 4 maart 2030</p>"
            "</article></main><footer>Contact</footer></body></html>")
    r = read_bytes(page.encode(), "tk.html")
    assert r.text == "Geannoteerde agenda DMM\nDen Haag, 4 maart 2030"
    bare = "<html><body><nav>Menu</nav><div><p>Den Haag, 4 maart 2030</p><p>Tekst</p></div></body></html>"
    r = read_bytes(bare.encode(), "kaal.htm")
    assert r.text == "Den Haag, 4 maart 2030\nTekst"
    assert r.meta["container"] == "body"
    assert "title" not in r.meta


def test_html_charset_from_content_type_and_meta() -> None:
    page = "<html><body><p>Oekraïne €90 miljoen</p></body></html>".encode("cp1252")
    assert read_bytes(page, "p.html", content_type="text/html; charset=windows-1252").text == \
        "Oekraïne €90 miljoen"
    with_meta = b'<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252">' \
                b"</head>" + page[6:]
    assert read_bytes(with_meta, "p.html").text == "Oekraïne €90 miljoen"
    r = read_bytes(page, "p.html")                 # no charset anywhere, not UTF-8
    assert r.text == "Oekraïne €90 miljoen"
    assert r.warnings and "cp1252" in r.warnings[0]


def test_html_with_only_furniture_is_empty() -> None:
    with pytest.raises(EmptyInput, match=r"^leeg\.html: no text in it$"):
        read_bytes(b"<html><body><nav>Menu</nav><script>x()</script></body></html>", "leeg.html")


# ---------------------------------------------------------------- KOOP XML


def test_koop_xml_reads_like_a_letter() -> None:
    r = read(XML_FIXTURE)
    assert r.format == "xml"
    lines = r.text.split("\n")
    assert lines[:5] == ["21 501-28 Defensieraad", "28 676 NAVO", "Nr. 999 BRIEF VAN DE MINISTER VAN DEFENSIE",
                         "Aan de Voorzitter van de Tweede Kamer der Staten-Generaal", "Den Haag, 18 juli 2030"]
    assert lines[5].startswith("Hierbij ontvangt u het verslag van de bijeenkomst van de NAVO-ministers van "
                               "Defensie (DMM) die op 10 juli jl. in Brussel plaatsvond.[footnoteRef:1] ")
    assert lines[5].endswith("bijdrage van €25\u202fmiljoen aan.")
    assert "Steun aan Oekraïne" in lines
    assert "De ministers spraken over luchtverdediging en over de coördinatie van de steun.[footnoteRef:2]" in lines
    assert [ln for ln in lines if ln[:2] in ("1.", "2.")] == \
        ["1. Eerste punt van de agenda.", "2. Tweede punt van de agenda."]
    assert lines[-5:] == ["De Minister van Defensie,", "A.B. Yeşil-Voorbeeld", "",
                          "[1: Kamerstuk 28 676, nr. 998.]",
                          "[2: Zie ook de motie van het lid Voorbeeld (Kamerstuk 21 501-28, nr. 997).]"]
    assert r.meta["dossiers"] == "21501-28,28676"
    assert r.meta["number"] == "999"
    assert r.meta["id"] == "kst-21501-28-999"
    assert r.meta["vergaderjaar"] == "2030-2031"      # dashes normalised: real files write `2026‒2027`


def test_koop_xml_in_the_repository_wrapper() -> None:
    inner = XML_FIXTURE.read_bytes().split(b"-->", 1)[1]
    wrapped = (b'<?xml version="1.0" encoding="UTF-8"?><officiele-publicatie><metadata>'
               b'<meta name="DC.identifier" content="kst-21501-28-999"/></metadata>' + inner +
               b"</officiele-publicatie>")
    r = read_bytes(wrapped, "kst-21501-28-999.xml")
    assert r.text == read(XML_FIXTURE).text
    assert r.meta["identifier"] == "kst-21501-28-999"


def test_xml_with_unknown_root() -> None:
    with pytest.raises(UnsupportedFormat, match=r"^feed\.xml: XML root <rss> is not a KOOP Kamerstuk"):
        read_bytes(b"<rss><channel><title>Nieuws</title></channel></rss>", "feed.xml")


def test_malformed_xml() -> None:
    with pytest.raises(CorruptInput, match=r"^kapot\.xml: malformed XML") as e:
        read_bytes(b"<kamerstuk><brief><al>open", "kapot.xml")
    assert str(e.value).endswith(", line 1, column 27)"), str(e.value)      # where it broke, said once


def test_xml_entities_are_not_resolved(tmp_path: Path) -> None:
    secret = tmp_path / "geheim.txt"
    secret.write_text("GEHEIME INHOUD")
    doc = (f'<?xml version="1.0"?><!DOCTYPE kamerstuk [<!ENTITY x SYSTEM "file://{secret}">'
           '<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>'
           "<kamerstuk><brief><al>Tekst &x; en &b;.</al></brief></kamerstuk>")
    r = read_bytes(doc.encode(), "xxe.xml")
    assert "GEHEIME" not in r.text
    assert "aaaa" not in r.text
    assert r.text.startswith("Tekst")


# ---------------------------------------------------------------- damaged copies of valid files


def _mutants(seed: bytes, n: int, rng: random.Random) -> list[bytes]:
    """`n` copies of `seed` with a few random bytes changed, cut out or inserted."""
    out = []
    for _ in range(n):
        b = bytearray(seed)
        for _ in range(rng.randint(1, 12)):
            pos, op = rng.randrange(len(b)), rng.random()
            if op < 0.5:
                b[pos] = rng.randrange(256)
            elif op < 0.8:
                del b[pos:pos + rng.randint(1, 200)]
            else:
                b[pos:pos] = rng.randbytes(rng.randint(1, 50))
        out.append(bytes(b))
    return out


@pytest.mark.parametrize("suffix", [".pdf", ".docx", ".html", ".xml"])
def test_damaged_copies_give_text_or_an_input_error(suffix: str) -> None:
    """Mutation fuzzing found pypdf/zipfile/lxml errors escaping as NotImplementedError, ValueError …"""
    text = read_letter(SAMPLES[0])[:2000]
    seed = {".pdf": lambda: make_pdf(text), ".docx": lambda: make_docx(text), ".html": PAGE.encode,
            ".xml": XML_FIXTURE.read_bytes}[suffix]()
    for blob in _mutants(seed, 60, random.Random(suffix)):
        try:
            read_bytes(blob, "kopie" + suffix)
        except InputError as e:
            assert str(e).startswith("kopie" + suffix + ": ")


def test_docx_text_boxes_hidden_and_deleted_text() -> None:
    """A sender block in a text box follows its anchor paragraph; hidden and deleted runs are left out."""
    w = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    mc = 'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"'
    para = (f'<w:p {w} {mc}><w:r><w:t>Geachte voorzitter,</w:t></w:r>'
            '<w:r><w:rPr><w:vanish/></w:rPr><w:t>verborgen</w:t></w:r>'
            '<w:del w:id="1" w:author="x"><w:r><w:delText>geschrapt</w:delText></w:r></w:del>'
            '<w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><w:txbxContent>'
            '<w:p><w:r><w:t>Onze referentie</w:t></w:r></w:p><w:p><w:r><w:t>MINDEF20300000002</w:t></w:r></w:p>'
            '</w:txbxContent></w:drawing></mc:Choice><mc:Fallback><w:pict><w:txbxContent><w:p><w:r>'
            '<w:t>DUBBEL</w:t></w:r></w:p></w:txbxContent></w:pict></mc:Fallback></mc:AlternateContent></w:r>'
            '<w:r><w:t xml:space="preserve"> Den</w:t><w:noBreakHyphen/><w:t>Haag</w:t></w:r></w:p>')
    data = make_docx("PLAATS\nNa de box")
    src, out = zipfile.ZipFile(io.BytesIO(data)), io.BytesIO()
    with zipfile.ZipFile(out, "w") as dst:
        for item in src.infolist():
            blob = src.read(item.filename)
            if item.filename == "word/document.xml":
                blob = re.sub(rb"<w:p>(?:(?!<w:p>).)*?PLAATS.*?</w:p>", para.encode(), blob, count=1, flags=re.S)
            dst.writestr(item, blob)
    r = read_bytes(out.getvalue(), "box.docx")
    assert r.text.split("\n") == ["Geachte voorzitter, Den\u2011Haag", "Onze referentie", "MINDEF20300000002",
                                  "Na de box"]


def test_docx_first_page_header_is_read_before_the_body() -> None:
    """Defensie templates keep `Onze referentie` in the first page's header (INVENTED content)."""
    import io

    import docx

    from inzet.extract.pipeline import extract_text

    d = docx.Document()
    section = d.sections[0]
    section.different_first_page_header_footer = True
    section.first_page_header.paragraphs[0].text = "Onze referentie"
    section.first_page_header.add_paragraph("MINDEF20269999999")
    section.header.paragraphs[0].text = "Pagina-kop van de volgende pagina's"
    for line in ("Aan de Voorzitter van de Tweede Kamer der Staten-Generaal", "Datum\t3 november 2026",
                 "Geachte voorzitter,", "Hierbij ontvangt u de geannoteerde agenda voor de DMM."):
        d.add_paragraph(line)
    buf = io.BytesIO()
    d.save(buf)
    result = read_bytes(buf.getvalue(), "brief.docx")
    assert result.text.startswith("Onze referentie\nMINDEF20269999999\nAan de Voorzitter")
    assert "volgende pagina" not in result.text
    assert extract_text("brief.docx", result.text).letter.reference == "MINDEF20269999999"
