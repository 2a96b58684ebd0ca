"""The KOOP repository of official publications: `kst-…` papers as XML with their metadata.xml.

`repository.officiele-overheidspublicaties.nl/officielepublicaties/<id>/<id>.xml` holds the
paper in the officielebekendmakingen XML format that `inzet.ingest` reads; `metadata.xml` beside it
holds the publication's metadata: `<metadata_gegevens>` with `<metadata name="…" scheme="…" content="…"/>`
elements (a name may repeat under other schemes; elements may nest), or the OWMS form
(`<owms-metadata>` with `dcterms:`/`overheid:`/`overheidop:` elements), which is read to the same names.

`given_of` turns the fields a letter needs — publication date, dossier, ondernummer, creator,
document type — into `given.*` meta; merged over the XML reader's own, they win over the XML and
the text (`inzet.extract.given`).
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


_OWMS_NS = {"http://purl.org/dc/terms/": "DCTERMS", "http://standaarden.overheid.nl/owms/terms/": "OVERHEID",
            "http://standaarden.overheid.nl/oep/meta/": "OVERHEIDop"}
_DC_CORE = {"identifier", "title", "type", "creator", "subject", "date"}    # named `DC.…`, the rest `DCTERMS.…`
# DC.type values that say only that this is an official publication, not what kind of paper
_GENERIC_TYPES = {"kamerstuk", "kamerstukken", "officiële publicatie", "officiele publicatie"}


def _owms_name(el: etree._Element) -> str | None:
    """The metadata_gegevens name of an OWMS element: `dcterms:type` → `DC.type`, `overheidop:x` → `OVERHEIDop.x`."""
    tag = el.tag
    if not isinstance(tag, str):
        return None
    if tag.startswith("{"):
        ns, local = tag[1:].split("}", 1)
        prefix = _OWMS_NS.get(ns)
    elif "." in tag:                                   # `dcterms.modified`, as some files write it
        pre, local = tag.split(".", 1)
        prefix = {"dcterms": "DCTERMS", "overheid": "OVERHEID", "overheidop": "OVERHEIDop"}.get(pre.lower())
    else:
        return None
    if prefix is None:
        return None
    return f"DC.{local}" if prefix == "DCTERMS" and local in _DC_CORE else f"{prefix}.{local}"


def metadata_entries(data: bytes, url: str) -> list[tuple[str, str, str]]:
    """Every (name, scheme, content) of a metadata.xml, in document order, in either of its two forms."""
    try:
        root = etree.fromstring(data, _PARSER)
    except etree.XMLSyntaxError as e:
        raise SourceError(f"{url}: malformed XML ({e.msg})") from e
    out: list[tuple[str, str, str]] = []
    if etree.QName(root).localname == "owms-metadata":
        for el in root.iter():
            name = _owms_name(el)
            if name and el.text and el.text.strip():
                out.append((name, el.get("scheme") or "", el.text.strip()))
        return out
    for el in root.iter("{*}metadata", "metadata"):
        name, content = el.get("name"), el.get("content")
        if name and content is not None:
            out.append((name, el.get("scheme") or "", content.strip()))
    return out


def parse_metadata(data: bytes, url: str) -> dict[str, str]:
    """`name → content` of a KOOP metadata.xml (`DC.title`, `DCTERMS.issued`, `OVERHEIDop.dossiernummer`…);
    a name given more than once keeps its first content, and each is also kept as `name@scheme`."""
    out: dict[str, str] = {}
    for name, scheme, content in metadata_entries(data, url):
        out.setdefault(name, content)
        if scheme:
            out.setdefault(f"{name}@{scheme}", content)
    return out


def given_of(entries: list[tuple[str, str, str]]) -> dict[str, str]:
    """The letter fields a metadata.xml states, as `given.*` meta with `given.*.from` naming the element."""
    first: dict[str, str] = {}
    for name, _, content in entries:
        if content:
            first.setdefault(name, content)
    out: dict[str, str] = {}
    for name in ("DCTERMS.issued", "DCTERMS.available", "DC.date"):
        if re.fullmatch(r"\d{4}-\d\d-\d\d", first.get(name, "")[:10]) and first[name][10:11] in ("", "T"):
            # the day of publication, usually days after the letter was signed: the letter's date only
            # when neither the XML nor the text gives one (`given.apply`)
            out["given.published"], out["given.published.from"] = first[name][:10], f"metadata.xml {name}"
            break
    dossiers = [c for n, _, c in entries if n == "OVERHEIDop.dossiernummer" and c]
    if dossiers:
        out["given.dossiers"] = ",".join(dict.fromkeys(dossiers))
        out["given.kamerstuk.from"] = "metadata.xml OVERHEIDop.dossiernummer/ondernummer"
    if first.get("OVERHEIDop.ondernummer"):
        out["given.number"] = first["OVERHEIDop.ondernummer"]
        out["given.kamerstuk.from"] = "metadata.xml OVERHEIDop.dossiernummer/ondernummer"
    if first.get("DC.creator"):
        out["given.creator"], out["given.creator.from"] = first["DC.creator"], "metadata.xml DC.creator"
    types = [c for n, _, c in entries if n == "DC.type" and c and c.lower() not in _GENERIC_TYPES]
    if types:                                          # the most specific kind is named last
        out["given.doctype"], out["given.doctype.from"] = types[-1], "metadata.xml DC.type"
    return out


@dataclass
class KoopClient:
    """Fetches one paper and its metadata from the repository."""

    http: Http = field(default_factory=Http)
    root: str = REPOSITORY

    def fetch(self, pub_id: str) -> tuple[bytes, dict[str, str]]:
        """The paper's XML bytes and its metadata, with the letter fields it states as `given.*`."""
        check_id(pub_id)
        base = f"{self.root}{pub_id}/"
        xml, _ = self.http.get_bytes(f"{base}{pub_id}.xml")
        try:
            etree.fromstring(xml, _PARSER)
        except etree.XMLSyntaxError as e:
            raise SourceError(f"{base}{pub_id}.xml: malformed XML ({e.msg})") from e
        meta_bytes, _ = self.http.get_bytes(f"{base}metadata.xml")
        entries = metadata_entries(meta_bytes, f"{base}metadata.xml")
        meta = parse_metadata(meta_bytes, f"{base}metadata.xml")
        meta.update(given_of(entries))
        meta["kst_id"] = pub_id
        return xml, meta
