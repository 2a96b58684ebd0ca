"""The KOOP repository of official publications: `kst-…` papers as XML with their metadata.xml.

`repository.officiele-overheidspublicaties.nl/officielepublicaties/<id>/<id>.xml` holds the
paper in the officielebekendmakingen XML format that `inzet.ingest` reads; `metadata.xml` beside it
holds the publication's metadata (`<metadata name="…" content="…"/>` elements).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from lxml import etree

from inzet.errors import SourceError
from inzet.sources.http import Http

REPOSITORY = "https://repository.officiele-overheidspublicaties.nl/officielepublicaties/"
KST_ID = re.compile(r"^kst-\d{4,6}(?:-[0-9A-Z]{1,6})?-\d{1,5}(?:-[a-z0-9]+)?$")
_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False)


def check_id(pub_id: str) -> str:
    """A publication id such as `kst-28676-599` or `kst-21501-28-299`; anything else is refused."""
    if not KST_ID.match(pub_id):
        raise SourceError(f"not an official publication id: {pub_id!r} (expected e.g. kst-28676-599)")
    return pub_id


def parse_metadata(data: bytes, url: str) -> dict[str, str]:
    """`name → content` of a KOOP metadata.xml (`DC.title`, `DC.date`, `OVERHEIDop.dossiernummer`…)."""
    try:
        root = etree.fromstring(data, _PARSER)
    except etree.XMLSyntaxError as e:
        raise SourceError(f"{url}: malformed XML ({e.msg})") from e
    out: dict[str, str] = {}
    for el in root.iter("{*}metadata", "metadata"):
        name, content = el.get("name"), el.get("content")
        if name and content is not None and name not in out:
            out[name] = content
    return out


@dataclass
class KoopClient:
    """Fetches one paper and its metadata from the repository."""

    http: Http = field(default_factory=Http)
    root: str = REPOSITORY

    def fetch(self, pub_id: str) -> tuple[bytes, dict[str, str]]:
        """The paper's XML bytes and its metadata."""
        check_id(pub_id)
        base = f"{self.root}{pub_id}/"
        xml, _ = self.http.get_bytes(f"{base}{pub_id}.xml")
        try:
            etree.fromstring(xml, _PARSER)
        except etree.XMLSyntaxError as e:
            raise SourceError(f"{base}{pub_id}.xml: malformed XML ({e.msg})") from e
        meta_bytes, _ = self.http.get_bytes(f"{base}metadata.xml")
        meta = parse_metadata(meta_bytes, f"{base}metadata.xml")
        meta["kst_id"] = pub_id
        return xml, meta
