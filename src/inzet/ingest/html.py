"""HTML reader (lxml.html): the letter's main content of a web page, one block element per line.

Pages of zoek.officielebekendmakingen.nl hold the document in `div#broodtekst`; tweedekamer.nl and
similar sites in `main` / `article` / `[role=main]`. Navigation, scripts, styles, page headers
and footers are dropped; when no main container is found the whole body is used. `<title>` goes
into meta["title"], and the Dublin Core / OVERHEID identifiers of officielebekendmakingen pages
into meta too.
"""

from __future__ import annotations

import re

from lxml import etree
from lxml import html as lxml_html

from inzet.errors import CorruptInput
from inzet.ingest.base import Parsed

# page furniture: never part of a letter
_DROP_TAGS = ("script", "style", "noscript", "template", "nav", "header", "footer", "aside", "form",
              "button", "select", "svg", "iframe", "object", "canvas", "dialog", "menu")
_DROP_ROLES = ("navigation", "banner", "contentinfo", "search", "complementary")
# candidates for the letter's own content, most specific first
_MAIN = ("//*[@id='broodtekst']", "//*[contains(concat(' ', normalize-space(@class), ' '), ' broodtekst ')]",
         "//main", "//*[@role='main']", "//article", "//*[@id='main-content']", "//*[@id='content']",
         "//*[@id='main']")
_BLOCK = {"address", "article", "blockquote", "body", "caption", "dd", "details", "div", "dl", "dt",
          "fieldset", "figcaption", "figure", "h1", "h2", "h3", "h4", "h5", "h6", "hr", "li", "main",
          "ol", "p", "pre", "section", "summary", "table", "tbody", "td", "tfoot", "th", "thead", "tr",
          "ul", "center", "legend"}
_WS = re.compile(r"[ \t\n\r\f]+")
_CONTROL = dict.fromkeys(c for c in range(32) if c not in (9, 10))   # invisible in a browser: dropped
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.IGNORECASE)
_META_KEYS = {"dc.identifier": "identifier", "dcterms.identifier": "identifier",
              "overheidop.dossiernummer": "dossier", "overheidop.ondernummer": "number",
              "dc.title": "dc_title", "dcterms.title": "dc_title", "dcterms.available": "available",
              "overheidop.datumbrief": "date"}


def _encoding(data: bytes, content_type: str | None) -> tuple[str, tuple[str, ...]]:
    """The charset: the HTTP header's, else a BOM or <meta charset>, else UTF-8 if it decodes, else cp1252."""
    if content_type:
        m = re.search(r"charset\s*=\s*\"?([A-Za-z0-9_.:-]+)", content_type, re.IGNORECASE)
        if m:
            return m.group(1), ()
    if data.startswith(b"\xef\xbb\xbf"):
        return "utf-8", ()
    m = _META_CHARSET.search(data[:4096])
    if m:
        return m.group(1).decode("ascii"), ()
    try:
        data.decode("utf-8")
        return "utf-8", ()
    except UnicodeDecodeError:
        return "cp1252", ("not valid UTF-8 and no charset given, read as cp1252",)


def _furniture(root: etree._Element) -> set[etree._Element]:
    """Page furniture to skip; a <header>/<footer> inside an article or main is the letter's own, kept.

    Skipped rather than removed: lxml refuses to re-join text around a removed element when the
    page holds control characters.
    """
    xp = " | ".join([*(f"//{t}" for t in _DROP_TAGS), *(f"//*[@role='{r}']" for r in _DROP_ROLES)])
    return {el for el in root.xpath(xp)
            if not (el.tag in ("header", "footer") and el.xpath("ancestor::article | ancestor::main"))}


def _visible_text(el: etree._Element, skip: set[etree._Element]) -> int:
    """Length of the text under `el` outside furniture, to compare candidate containers."""
    n = len((el.text or "").strip())
    for child in el:
        if child not in skip:
            n += _visible_text(child, skip)
        n += len((child.tail or "").strip())
    return n


def _main(root: etree._Element, skip: set[etree._Element]) -> etree._Element | None:
    """The letter's container: the first selector that matches; of several matches the one with most text."""
    for xp in _MAIN:
        found = [(n, el) for el in root.xpath(xp)
                 if not any(a in skip for a in (el, *el.iterancestors())) and (n := _visible_text(el, skip))]
        if found:
            return max(found, key=lambda t: t[0])[1]
    return None


class _Lines:
    """Collects text with HTML whitespace rules into lines; block boundaries end a line."""

    def __init__(self, skip: set[etree._Element]) -> None:
        self.skip = skip
        self.lines: list[str] = []
        self.buf: list[str] = []

    def text(self, s: str | None, pre: bool = False) -> None:
        if s:
            self.buf.append(s if pre else _WS.sub(" ", s))

    def newline(self) -> None:
        self.lines.append("".join(self.buf).strip(" "))
        self.buf = []

    def flush(self) -> None:
        if "".join(self.buf).strip(" "):
            self.newline()
        self.buf = []

    def walk(self, el: etree._Element, pre: bool = False) -> None:
        tag = el.tag if isinstance(el.tag, str) else ""
        if not tag or el in self.skip:                 # comments, processing instructions, furniture
            self.text(el.tail, pre)
            return
        block = tag in _BLOCK
        pre = pre or tag == "pre"
        if block:
            self.flush()
        if tag == "br":
            self.newline()
        self.text(el.text, pre)
        for child in el:
            self.walk(child, pre)
        if block:
            self.flush()
        self.text(el.tail, pre)


def parse(data: bytes, source: str, content_type: str | None = None) -> Parsed:
    """Read a letter from a web page: main content as lines, <title> in meta["title"]."""
    if b"\x00" in data[:65536]:
        raise CorruptInput(source, "binary data, not HTML")
    encoding, notes = _encoding(data, content_type)
    try:
        parser = lxml_html.HTMLParser(encoding=encoding, remove_comments=True, remove_pis=True,
                                      no_network=True)
    except LookupError as e:
        raise CorruptInput(source, f"unknown charset {encoding!r}") from e
    try:
        root = lxml_html.document_fromstring(data, parser=parser)
    except (etree.ParserError, etree.XMLSyntaxError, ValueError, LookupError) as e:
        raise CorruptInput(source, f"not readable HTML ({e})") from e
    meta: dict[str, str] = {"encoding": encoding}
    title = root.findtext(".//title")
    if title and title.strip():
        meta["title"] = _WS.sub(" ", title).strip()
    for m in root.iter("meta"):
        key = _META_KEYS.get((m.get("name") or m.get("property") or "").lower())
        if key and (m.get("content") or "").strip() and key not in meta:
            meta[key] = m.get("content", "").strip()
    body = root.find("body")
    if body is None:
        body = root
    skip = _furniture(body)
    main = _main(body, skip)
    meta["container"] = "main" if main is not None else "body"
    lines = _Lines(skip)
    lines.walk(main if main is not None else body)
    lines.flush()
    # at most one blank line in a row, none at either end
    out: list[str] = []
    for line in lines.lines:
        if line or (out and out[-1]):
            out.append(line)
    while out and not out[-1]:
        out.pop()
    return Parsed("\n".join(out).translate(_CONTROL), meta, tuple(f"{source}: {n}" for n in notes))
