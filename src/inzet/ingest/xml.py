"""Reader for officielebekendmakingen `kst-….xml`: KOOP's "officiele-publicaties" Kamerstuk XML.

The text is written to look like the plain text of a letter: the Kamerstuk block first
(`28 676 NAVO` / `Nr. 302 BRIEF VAN DE MINISTER VAN DEFENSIE`), then the letter's blocks in
document order, one per line (`Aan de Voorzitter …`, `Den Haag, 18 juli 2018`, `al` paragraphs,
`tussenkop` headings, `ondertekening`), with `[footnoteRef:N]` where a `noot` stands and the
footnotes as `[N: text]` lines at the end. The root may be `kamerstuk` or the repository's
`officiele-publicatie` wrapper around it. Parsing is safe: no DTD, no entity expansion, no network.

The Kamerstuk block is the title block only: dossier lines (a budget chapter follows its dossier
number, `37 020 X`), the `Nr. …` line and the `datumtekst` (`Voorgesteld 30 maart 2022`); the
`kamerstukkop` (`Vergaderjaar …`, `Tweede Kamer der Staten-Generaal`) is read into meta, not text.
`meta["body_start"]` is the offset where the body begins. What the XML states in its structure is
passed on as `given.*` meta (`given.date` from `<datum isodatum>`, `given.chamber` from the
`kamerstukkop`, `given.dossiers`/`given.number` from the dossier and stuk numbers), so the letter's
fields can take it over what a rule reads from the text (`inzet.extract.given`).
"""

from __future__ import annotations

import re

from lxml import etree

from inzet.errors import CorruptInput, UnsupportedFormat
from inzet.ingest.base import Parsed
from inzet.model import kst_id

_WS = re.compile(r"[ \t\n\r]+")
# elements that flow inside a line; every other element is a block of its own
_INLINE = {"datum", "nadruk", "sup", "inf", "extref", "intref", "nootref", "afkorting", "term", "unl", "vet",
           "cur", "onderstreept", "span", "a", "i", "b", "u", "em", "strong"}
# inline parts that stand apart by a space even when the XML has none between them
_WORDS = {"voorletters", "voornaam", "tussenvoegsel", "achternaam", "titulatuur", "nr", "li.nr"}
# the Kamerstuk block, written separately at the top; metadata is not letter text
_KOP = {"kamerstukkop", "metadata", "meta", "dossiernummer", "ondernummer", "stuknr", "vergaderjaar", "datumtekst"}
_KNOWN_ROOTS = {"kamerstuk"}
_ISO = re.compile(r"\d{4}-\d\d-\d\d")
_DASHES = re.compile("[\u2010-\u2015\u2212]")      # `2026‒2027` (figure dash) → `2026-2027`
_CHAMBERS = {"tweede kamer": "TK", "eerste kamer": "EK"}
_WRAPPER = "officiele-publicatie"


def _local(el: etree._Element) -> str:
    """The element's name without namespace ('' for comments, entities, PIs)."""
    tag = el.tag
    if not isinstance(tag, str):
        return ""
    return tag.rsplit("}", 1)[-1]


def _text(el: etree._Element) -> str:
    """All text under `el`, whitespace collapsed (entity references left out: they are not expanded)."""
    parts = [el.text or ""]
    for child in el:
        if _local(child):
            parts.append(_text(child))
        parts.append(child.tail or "")
    return _WS.sub(" ", "".join(parts)).strip()


def _dossier_display(nr: str) -> str:
    """`28676` -> `28 676`, `21501-28` -> `21 501-28`: the way Kamerstukken print their numbers."""
    nr = nr.strip()
    m = re.match(r"(\d{4,6})(.*)", nr)
    if not m:
        return nr
    digits = m.group(1)
    return f"{digits[:-3]} {digits[-3:]}{m.group(2)}"


def _children(el: etree._Element, name: str) -> list[etree._Element]:
    return [c for c in el if _local(c) == name]


def _descendants(el: etree._Element, name: str) -> list[etree._Element]:
    return [d for d in el.iter() if _local(d) == name]


class _Writer:
    """Turns the Kamerstuk's body into lines; collects footnotes as it meets them."""

    def __init__(self, skip: set[etree._Element]) -> None:
        self.skip = skip                         # elements already written in the Kamerstuk block
        self.lines: list[str] = []
        self.buf: list[str] = []
        self.prefix = ""
        self.notes: list[tuple[str, str]] = []

    def _add(self, s: str | None) -> None:
        if s:
            self.buf.append(_WS.sub(" ", s))

    def _word(self, s: str) -> None:
        if self.buf and not "".join(self.buf).endswith(" "):
            self.buf.append(" ")
        self._add(s)

    def flush(self) -> None:
        line = "".join(self.buf).strip(" ")
        if line:
            self.lines.append(f"{self.prefix} {line}" if self.prefix else line)
            self.prefix = ""
        self.buf = []

    def _note(self, el: etree._Element) -> None:
        nr_el = next((c for c in el if _local(c) == "noot.nr"), None)
        nr = _text(nr_el) if nr_el is not None else ""
        if not nr.isdigit():
            nr = str(len(self.notes) + 1)
        body = " ".join(t for t in (_text(c) for c in el if _local(c) and _local(c) != "noot.nr") if t)
        if not body:
            body = _WS.sub(" ", el.text or "").strip()
        self.notes.append((nr, body))
        self.buf.append(f"[footnoteRef:{nr}]")

    def walk(self, el: etree._Element) -> None:
        name = _local(el)
        if not name or name in _KOP or el in self.skip:
            return
        if name == "noot":
            self._note(el)
        elif name == "li.nr":
            self.flush()
            self.prefix = _text(el)
        elif name == "br":
            self.flush()
        elif name in _INLINE or name in _WORDS:
            if name in _WORDS:
                self._word(el.text or "")
            else:
                self._add(el.text)
            for child in el:
                self.walk(child)
                self._add(child.tail)
        elif name == "kop":                      # `<kop><nr>1.</nr><titel>Algemeen</titel></kop>`
            self.flush()
            words = [_text(c) for c in el if _local(c)] or [_text(el)]
            self.buf.append(" ".join(w for w in words if w))
            self.flush()
        else:                                    # a block: al, tussenkop, dagtekening, functie, entry …
            self.flush()
            self._add(el.text)
            for child in el:
                self.walk(child)
                self._add(child.tail)
            self.flush()


def _dossier_numbers(dn: etree._Element) -> list[tuple[str, str]]:
    """(display, id) of each number of a `dossiernummer`; a budget chapter joins the number before it.

    `<dossiernr>37 020</dossiernr><begrotingshoofdstuk>X</begrotingshoofdstuk>` → ('37 020 X', '37020-X').
    """
    out: list[tuple[str, str]] = []
    for c in dn:
        name = _local(c)
        if name == "dossiernr" and (nr := _text(c)):
            out.append((_dossier_display(nr), nr.replace(" ", "")))
        elif name == "begrotingshoofdstuk" and (ch := _text(c)) and out:
            shown, ident = out[-1]
            out[-1] = (f"{shown} {ch}", f"{ident}-{ch.replace(' ', '')}")
    if not out and (nr := _text(dn)):
        out.append((_dossier_display(nr), nr.replace(" ", "")))
    return out


def _kamerstukkop(ks: etree._Element) -> dict[str, str]:
    """Vergaderjaar and chamber from the `kamerstukkop` (`<tekstregel inhoud="vergaderjaar">` or `<vergaderjaar>`)."""
    meta: dict[str, str] = {}
    for kop in _descendants(ks, "kamerstukkop"):
        for el in kop.iter():
            role = el.get("inhoud") if _local(el) == "tekstregel" else _local(el)
            value = _text(el)
            if role == "vergaderjaar" and value and "vergaderjaar" not in meta:
                meta["vergaderjaar"] = _DASHES.sub("-", re.sub(r"^[Vv]ergaderjaar\s*", "", value))
            elif role == "kameraanduiding" and "given.chamber" not in meta:
                chamber = next((c for k, c in _CHAMBERS.items() if k in value.lower()), None)
                if chamber:
                    meta["given.chamber"] = chamber
                    meta["given.chamber.from"] = "kst XML kamerstukkop"
    return meta


def _given_date(ks: etree._Element) -> str | None:
    """The ISO date of the paper's `datumtekst` or `dagtekening` (`<datum isodatum="2022-03-30">`)."""
    for holder in (*_descendants(ks, "datumtekst"), *_descendants(ks, "dagtekening")):
        for d in _descendants(holder, "datum"):
            iso = (d.get("isodatum") or "").strip()
            if _ISO.fullmatch(iso):
                return iso
    return None


def _kop_lines(ks: etree._Element) -> tuple[list[str], dict[str, str]]:
    """The Kamerstuk block (`28 676 NAVO`, `Nr. 302 BRIEF VAN …`, `Voorgesteld 30 maart 2022`) and its ids for meta."""
    lines: list[str] = []
    dossiers: list[str] = []
    for dn in _descendants(ks, "dossiernummer"):
        nrs = _dossier_numbers(dn)
        parent = dn.getparent()
        title = ""
        if parent is not None and _local(parent) != "stuk":
            titles = _children(parent, "titel")
            title = _text(titles[0]) if titles else ""
        dossiers.extend(ident for _, ident in nrs)
        if nrs:
            lines.append(" ".join([", ".join(shown for shown, _ in nrs), title]).strip())
    number = ""
    for on in _descendants(ks, "ondernummer"):
        number = _text(on)
        if number:
            break
    if number:
        stuk = next((a for a in _descendants(ks, "ondernummer")[0].iterancestors() if _local(a) == "stuk"),
                    None)
        titles = _children(stuk, "titel") if stuk is not None else []
        title = _text(titles[0]) if titles else ""
        label = f"Nr. {number}" if number[:1].isdigit() else number
        lines.append(f"{label} {title}".strip())
    lines.extend(t for t in (_text(d) for d in _descendants(ks, "datumtekst")) if t)
    meta: dict[str, str] = {}
    if dossiers:
        meta["dossier"] = dossiers[0]
        meta["dossiers"] = ",".join(dossiers)
        meta["given.dossiers"] = ",".join(dossiers)
    if number:
        meta["number"] = number
        meta["given.number"] = number
    if dossiers or number:
        meta["given.kamerstuk.from"] = "kst XML dossiernummer/ondernummer"
    if dossiers and number:
        meta["id"] = kst_id(dossiers[0], number) or ""
    years = _descendants(ks, "vergaderjaar")
    if years and _text(years[0]):
        meta["vergaderjaar"] = _DASHES.sub("-", _text(years[0]))
    for k, v in _kamerstukkop(ks).items():
        meta.setdefault(k, v)
    if iso := _given_date(ks):
        meta["given.date"] = iso
        meta["given.date.from"] = "kst XML <datum isodatum>"
    return lines, meta


def _skip_titles(ks: etree._Element) -> set[etree._Element]:
    """`titel` elements already written in the Kamerstuk block (of `dossier` and `stuk`)."""
    out = set()
    for parent in (*_descendants(ks, "dossier"), *_descendants(ks, "stuk")):
        out.update(_children(parent, "titel"))
    return out


def parse(data: bytes, source: str) -> Parsed:
    """Read a KOOP Kamerstuk XML file; meta holds dossier(s), number and id (`kst-28676-302`)."""
    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False,
                             remove_comments=True, remove_pis=True)
    try:
        root = etree.fromstring(data, parser)
    except etree.XMLSyntaxError as e:
        # libxml2's message mostly says where already (`…, line 2, column 1`)
        where = "" if re.search(r"\bline \d", e.msg or "") else f", line {e.lineno}"
        raise CorruptInput(source, f"malformed XML ({e.msg}{where})") from e
    if root is None:
        raise CorruptInput(source, "malformed XML (no root element)")
    meta: dict[str, str] = {}
    ks = root
    if _local(root) == _WRAPPER:
        for m in _descendants(root, "meta"):
            name, content = m.get("name"), (m.get("content") or "").strip()
            if name and content and name.lower() == "dc.identifier":
                meta["identifier"] = content
        found = _descendants(root, "kamerstuk")
        if not found:
            raise UnsupportedFormat(source, "officiele-publicatie XML without a <kamerstuk>; "
                                            "inzet reads Kamerstukken (kst-….xml) only")
        ks = found[0]
    elif _local(root) not in _KNOWN_ROOTS:
        raise UnsupportedFormat(source, f"XML root <{_local(root) or root.tag}> is not a KOOP Kamerstuk "
                                        f"(<kamerstuk> or <{_WRAPPER}>); inzet reads kst-….xml")
    kop, kop_meta = _kop_lines(ks)
    meta.update(kop_meta)
    writer = _Writer(_skip_titles(ks))
    writer.walk(ks)
    writer.flush()
    lines = kop + writer.lines
    meta["body_start"] = str(sum(len(line) + 1 for line in kop) if writer.lines else len("\n".join(kop)))
    if writer.notes:
        lines += ["", *(f"[{n}: {t}]" for n, t in writer.notes)]
    meta["footnotes"] = str(len(writer.notes))
    return Parsed("\n".join(lines), meta, ())
