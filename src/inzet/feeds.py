"""Atom feeds (RFC 4287) for watch rules: pure, from a list of entries to XML bytes."""

from __future__ import annotations

from dataclasses import dataclass

from lxml import etree

ATOM = "http://www.w3.org/2005/Atom"


@dataclass(frozen=True)
class Entry:
    """One feed entry: a letter, a fact or a mandate that matches a rule."""

    id: str            # a stable URI (urn:inzet:…), derived from content
    title: str
    updated: str       # RFC 3339 timestamp
    link: str          # absolute or root-relative URL of the page that shows it
    summary: str


def atom(feed_id: str, title: str, self_link: str, entries: list[Entry], updated: str) -> bytes:
    """An Atom feed document; all text is escaped by the XML serializer."""
    E = etree.Element
    root = E(f"{{{ATOM}}}feed", nsmap={None: ATOM})

    def sub(parent: etree._Element, tag: str, text: str | None = None, **attrs: str) -> etree._Element:
        el = etree.SubElement(parent, f"{{{ATOM}}}{tag}", **attrs)
        if text is not None:
            el.text = text
        return el

    sub(root, "id", feed_id)
    sub(root, "title", title)
    sub(root, "updated", updated)
    sub(root, "link", rel="self", href=self_link)
    author = sub(root, "author")
    sub(author, "name", "inzet")
    sub(root, "generator", "inzet")
    for e in entries:
        el = sub(root, "entry")
        sub(el, "id", e.id)
        sub(el, "title", e.title)
        sub(el, "updated", e.updated)
        sub(el, "link", href=e.link)
        sub(el, "summary", e.summary)
    return etree.tostring(root, xml_declaration=True, encoding="utf-8", pretty_print=True)
