"""DOCX reader: the body's paragraphs and table cells in reading order, one paragraph per line.

Defensie letters put Datum / Betreft / Onze referentie in tables and the sender block in text
boxes, so tables (cell by cell, row by row), content controls and text boxes are read too; text
boxes follow the paragraph they are anchored in. A footnote reference becomes `[footnoteRef:N]`
in the body and the footnotes are appended at the END as lines `[N: text]` (N in order of first
reference, as Word numbers them), the same shapes the normaliser already knows from converted
letters; spans into the body are not shifted by them.
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Iterator
from typing import Any

from lxml import etree

from inzet.errors import CorruptInput
from inzet.ingest.base import Parsed

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
MC = "http://schemas.openxmlformats.org/markup-compatibility/2006"
MAX_UNPACKED = 256 * 1024 * 1024      # a letter never needs more; guards against zip bombs
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


def _w(tag: str) -> str:
    return f"{{{W}}}{tag}"


_P, _R, _T, _TAB, _PTAB, _BR, _CR = (_w(t) for t in ("p", "r", "t", "tab", "ptab", "br", "cr"))
_TBL, _TXBX = _w("tbl"), _w("txbxContent")
_FOOTNOTE_REF, _NB_HYPHEN = _w("footnoteReference"), _w("noBreakHyphen")
_SKIP = {_w(t) for t in ("del", "moveFrom", "rPr", "pPr", "tblPr", "tcPr", "trPr", "sdtPr", "sectPr",
                         "instrText", "delText", "footnoteRef", "separator", "continuationSeparator")}
# elements whose children are blocks (paragraphs, tables) rather than runs
_CONTAINERS = {_w(t) for t in ("body", "tbl", "tr", "tc", "sdt", "sdtContent", "customXml",
                               "txbxContent", "footnote", "ins", "moveTo")}


def _safe_parser() -> etree.XMLParser:
    return etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False)


def _hidden(run: etree._Element) -> bool:
    """A run formatted as hidden text (`w:vanish`), which Word does not show."""
    vanish = run.find(f"{_w('rPr')}/{_w('vanish')}")
    return vanish is not None and vanish.get(_w("val"), "true") not in ("0", "false", "off")


class _Reader:
    """Walks WordprocessingML, numbering footnote references in the order they appear."""

    def __init__(self, footnotes: dict[str, etree._Element]) -> None:
        self.footnotes = footnotes
        self.numbers: dict[str, int] = {}      # footnote w:id -> display number

    def blocks(self, el: etree._Element) -> Iterator[str]:
        """The lines of a container: one per paragraph, then the lines of its text boxes."""
        for child in el:
            if child.tag == _P:
                boxes: list[etree._Element] = []
                parts: list[str] = []
                self._inline(child, parts, boxes)
                yield "".join(parts)
                for box in boxes:
                    yield from self.blocks(box)
            elif child.tag in _CONTAINERS:
                yield from self.blocks(child)
            elif child.tag == f"{{{MC}}}AlternateContent":
                choice = child.find(f"{{{MC}}}Choice")
                if choice is not None:
                    yield from self.blocks(choice)

    def _inline(self, el: etree._Element, parts: list[str], boxes: list[etree._Element]) -> None:
        for child in el:
            tag = child.tag
            if not isinstance(tag, str) or tag in _SKIP:
                continue
            if tag == _T:
                parts.append(child.text or "")
            elif tag in (_TAB, _PTAB):
                parts.append("\t")
            elif tag in (_BR, _CR):
                parts.append("\n")
            elif tag == _NB_HYPHEN:
                parts.append("\u2011")
            elif tag == _FOOTNOTE_REF:
                fid = child.get(_w("id"), "")
                if fid in self.footnotes:
                    n = self.numbers.setdefault(fid, len(self.numbers) + 1)
                    parts.append(f"[footnoteRef:{n}]")
            elif tag == _TXBX:
                boxes.append(child)
            elif tag == f"{{{MC}}}AlternateContent":
                choice = child.find(f"{{{MC}}}Choice")     # the Fallback repeats it (VML)
                if choice is not None:
                    self._inline(choice, parts, boxes)
            elif tag == _R and _hidden(child):
                continue
            else:                                            # runs, hyperlinks, fields, drawings …
                self._inline(child, parts, boxes)

    def notes(self) -> list[str]:
        """The referenced footnotes as `[N: text]`, in number order."""
        out = []
        for fid, n in sorted(self.numbers.items(), key=lambda kv: kv[1]):
            body = " ".join(line.strip() for line in self.blocks(self.footnotes[fid]) if line.strip())
            out.append(f"[{n}: {body}]")
        return out


def _footnotes(zf: zipfile.ZipFile, source: str) -> dict[str, etree._Element]:
    """The real footnotes of word/footnotes.xml by w:id (separators left out)."""
    try:
        data = zf.read("word/footnotes.xml")
    except KeyError:
        return {}
    except Exception as e:  # zipfile: bad CRC, unsupported compression, truncated member …
        raise CorruptInput(source, f"broken DOCX: word/footnotes.xml cannot be unpacked ({e})") from e
    try:
        root = etree.fromstring(data, _safe_parser())
    except etree.XMLSyntaxError as e:
        raise CorruptInput(source, f"broken DOCX: word/footnotes.xml is not well-formed ({e.msg})") from e
    return {fn.get(_w("id"), ""): fn for fn in root.iter(_w("footnote")) if fn.get(_w("type")) is None}


def _page_header(document: Any, reader: _Reader) -> list[str]:
    """Lines of the first page's header: Defensie templates keep `Onze referentie`, `Datum` and the
    ministry's address there. Read before the body, where they stand on the printed page."""
    try:
        section = document.sections[0]
    except IndexError:
        return []
    header = section.first_page_header if section.different_first_page_header_footer else section.header
    if header.is_linked_to_previous:      # the first section has no header of its own
        return []
    return [line for line in reader.blocks(header._element) if line.strip()]


def parse(data: bytes, source: str) -> Parsed:
    """Read a DOCX letter into text (body lines, then footnotes); damaged files raise CorruptInput."""
    import docx  # python-docx; imported here so reading .txt never pays for it

    if data.startswith(_OLE_MAGIC):
        raise CorruptInput(source, "old Word .doc (OLE) file, not DOCX; save it as .docx")
    try:
        zf = zipfile.ZipFile(io.BytesIO(data))
    except zipfile.BadZipFile as e:
        raise CorruptInput(source, "not a DOCX: not a zip archive") from e
    except (NotImplementedError, ValueError, OSError) as e:    # zip64 oddities, unsupported versions
        raise CorruptInput(source, f"not a readable DOCX: broken zip archive ({e})") from e
    with zf:
        if sum(i.file_size for i in zf.infolist()) > MAX_UNPACKED:
            raise CorruptInput(source, f"DOCX unpacks to more than {MAX_UNPACKED >> 20} MB; refusing it")
        try:
            document = docx.Document(io.BytesIO(data))
        except Exception as e:  # python-docx raises KeyError, ValueError, lxml errors … on bad packages
            raise CorruptInput(source, f"not a readable DOCX ({type(e).__name__}: {e})") from e
        notes = _footnotes(zf, source)
    reader = _Reader(notes)
    head = _page_header(document, reader)
    lines = list(reader.blocks(document.element.body))
    footnote_lines = reader.notes()
    text = "\n".join(head + lines)
    if footnote_lines:
        text += "\n\n" + "\n".join(footnote_lines)
    meta: dict[str, str] = {"paragraphs": str(len(lines)), "footnotes": str(len(footnote_lines))}
    title = (document.core_properties.title or "").strip()
    if title:
        meta["title"] = title
    unreferenced = len(notes) - len(footnote_lines)
    warnings = (f"{source}: {unreferenced} footnote(s) never referenced in the body, left out",) \
        if unreferenced > 0 else ()
    return Parsed(text, meta, warnings)
