"""Tweede Kamer open data (OData v4, gegevensmagazijn.tweedekamer.nl): list and download documents.

We use tkapi for what it knows about the API — entity names and `$filter` syntax
(`DocumentFilter.filter_dossier`, `filter_soort`) — and do the HTTP ourselves so that its
failures (tkapi returns `{}` on 404 and logs other errors) become `SourceError`, paging follows
`@odata.nextLink`, and related data is read from `$expand`ed JSON rather than from properties
that would make hidden network calls. Deleted documents (`Verwijderd: true`) are reported, not
dropped, so a sync can tell the store.

Every property read is listed with its JSON type (`DOCUMENT_FIELDS`, checked against a real
response in tests/test_sources_real.py); a value of another type is an error, not a silent None.
Listings ask no `$top`: in OData `$top` caps the whole result, so asking 250 would end a listing
after 250 rows. The server pages by itself (250 rows) and sends `@odata.nextLink` while more
follow; only that link is followed. Rows come in `GewijzigdOp, Id` order, and the sync cursor is
both (`<GewijzigdOp>|<Id>`), so many documents changed at one instant are not lost across a page
boundary or an interruption.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from inzet.errors import SourceError
from inzet.model import kst_id
from inzet.sources.http import Http

API_ROOT = "https://gegevensmagazijn.tweedekamer.nl/OData/v4/2.0/"
_DOSSIER = re.compile(r"^(\d{4,6})(?:-([0-9A-Z]{1,6}))?$")
# no $select on DocumentVersie: ExterneIdentifier is documented but not seen in a real response,
# and a $select of a property the API lacks fails the whole request
_EXPAND = "Kamerstukdossier($select=Nummer,Toevoeging,Titel),DocumentVersie"
_GUID = re.compile(r"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")
_STAMP = re.compile(r"\d{4}-\d\d-\d\dT[\d:.]+(?:Z|[+-]\d\d:\d\d)")
ORDER = "GewijzigdOp asc,Id asc"

JsonType = type | tuple[type, ...]
# the Document properties `TkDocument.from_json` reads, with their JSON types (real: Zaak → Document)
DOCUMENT_FIELDS: dict[str, JsonType] = {
    "Id": str, "DocumentNummer": str, "Soort": str, "Titel": str, "Onderwerp": str, "Datum": str,
    "Volgnummer": int, "GewijzigdOp": str, "Verwijderd": bool, "ContentType": str}
def dossier_clauses(dossiers: list[str], clause: Callable[[int, str | None], str]) -> str:
    """`(…) or (…)`: one `$filter` clause per dossier (`21501-28`), each validated and built by `clause`
    from its number and addition."""
    return " or ".join(f"({clause(*parse_dossier(d))})" for d in dossiers)


def _by_dossier(f: Any, nummer: int, toevoeging: str | None) -> str:
    f.filter_dossier(nummer, toevoeging)
    return str(f.filter_str)


def _document_filter() -> Any:
    """tkapi's DocumentFilter, imported when a listing is built (tkapi pulls in `requests`: 60 ms the CLI need
    not pay for commands that fetch nothing)."""
    from tkapi.document import DocumentFilter

    return DocumentFilter()


# navigation properties read from `$expand`: names as tkapi reads them (no real sample holds them)
EXPANDED_FIELDS: dict[str, dict[str, JsonType]] = {
    "Kamerstukdossier": {"Nummer": int, "Toevoeging": str},
    "DocumentVersie": {"Versienummer": int, "ExterneIdentifier": str},
    "Zaak": {"Nummer": str}}


def prop(j: dict[str, Any], name: str, typ: JsonType) -> Any:
    """`j[name]` when it has the JSON type the API sends (None when absent or null); another type is an error."""
    v = j.get(name)
    if v is None:
        return None
    if not isinstance(v, typ) or (typ is int and isinstance(v, bool)):
        raise SourceError(f"OData property {name} is {type(v).__name__}, expected {getattr(typ, '__name__', typ)}: "
                          f"{str(v)[:60]}")
    return v


def _list(j: dict[str, Any], name: str) -> list[dict[str, Any]]:
    """An expanded collection (a list of objects); absent or null is empty, anything else is an error."""
    v = j.get(name)
    if v is None:
        return []
    if not isinstance(v, list) or not all(isinstance(x, dict) for x in v):
        raise SourceError(f"OData navigation property {name} is not a list of entities")
    return v


def cursor_of(changed: str | None, entity_id: str | None) -> str | None:
    """The sync cursor after an entity: `<GewijzigdOp>|<Id>`, the order the listing comes in."""
    if not changed:
        return None
    return f"{changed}|{entity_id}" if entity_id else changed


def after_filter(cursor: str) -> str:
    """The `$filter` part for rows after `cursor` in `GewijzigdOp, Id` order (a stamp alone: after the stamp)."""
    changed, _, entity_id = cursor.partition("|")
    if not _STAMP.fullmatch(changed) or (entity_id and not _GUID.fullmatch(entity_id)):
        raise SourceError(f"bad sync cursor {cursor!r}")
    if not entity_id:
        return f"GewijzigdOp gt {changed}"
    return f"(GewijzigdOp gt {changed} or (GewijzigdOp eq {changed} and Id gt {entity_id}))"


def parse_dossier(s: str) -> tuple[int, str | None]:
    """`21501-28` → (21501, '28'); `28676` → (28676, None)."""
    m = _DOSSIER.match(s.replace(" ", ""))
    if not m:
        raise SourceError(f"not a dossier number: {s!r} (expected e.g. 28676 or 21501-28)")
    return int(m.group(1)), m.group(2)


@dataclass(frozen=True)
class TkDocument:
    """One document as the Tweede Kamer lists it, with the ids other letters cite it by."""

    id: str                               # the OData Id (a GUID)
    nummer: str | None                    # DocumentNummer, e.g. 2026D05130
    soort: str | None
    titel: str | None
    onderwerp: str | None
    datum: str | None                     # ISO date
    volgnummer: int | None
    dossiers: tuple[str, ...] = ()        # e.g. ("21501-28",)
    externe_id: str | None = None         # official publication id from DocumentVersie, e.g. kst-28676-599
    changed: str | None = None            # GewijzigdOp, the sync cursor
    deleted: bool = False
    content_type: str | None = None
    zaken: tuple[str, ...] = ()

    @property
    def kst_id(self) -> str | None:
        """`kst-<dossier>-<volgnummer>`: from the publication id, else from dossier + volgnummer."""
        if self.externe_id and self.externe_id.startswith("kst-"):
            return self.externe_id
        if self.dossiers and self.volgnummer:
            return kst_id(self.dossiers[0], self.volgnummer)
        return None

    def filename(self) -> str:
        """A file name whose extension the readers dispatch on."""
        ext = {"application/pdf": ".pdf", "application/msword": ".doc",
               "application/vnd.openxmlformats-officedocument.wordprocessingml.document": ".docx"}
        return f"{self.nummer or self.id}{ext.get((self.content_type or '').split(';')[0], '.pdf')}"

    @classmethod
    def from_json(cls, j: dict[str, Any]) -> TkDocument:
        """Read a Document entity (with Kamerstukdossier and DocumentVersie expanded)."""
        f = DOCUMENT_FIELDS
        if not isinstance(j.get("Id"), str):
            raise SourceError(f"OData Document without an Id: {str(j)[:120]}")
        x = EXPANDED_FIELDS
        dossiers = []
        for d in _list(j, "Kamerstukdossier"):
            nummer = prop(d, "Nummer", x["Kamerstukdossier"]["Nummer"])
            if nummer is not None:
                tv = prop(d, "Toevoeging", x["Kamerstukdossier"]["Toevoeging"])
                dossiers.append(f"{nummer}-{tv}" if tv else str(nummer))
        versies = sorted(_list(j, "DocumentVersie"),
                         key=lambda v: prop(v, "Versienummer", x["DocumentVersie"]["Versienummer"]) or 0)
        ext = next((e for v in reversed(versies)
                    if (e := prop(v, "ExterneIdentifier", x["DocumentVersie"]["ExterneIdentifier"]))), None)
        datum = prop(j, "Datum", f["Datum"])
        return cls(
            id=j["Id"], nummer=prop(j, "DocumentNummer", f["DocumentNummer"]), soort=prop(j, "Soort", f["Soort"]),
            titel=prop(j, "Titel", f["Titel"]), onderwerp=prop(j, "Onderwerp", f["Onderwerp"]),
            datum=datum[:10] if datum else None, volgnummer=prop(j, "Volgnummer", f["Volgnummer"]),
            dossiers=tuple(dossiers), externe_id=ext, changed=prop(j, "GewijzigdOp", f["GewijzigdOp"]),
            deleted=bool(prop(j, "Verwijderd", f["Verwijderd"])), content_type=prop(j, "ContentType", f["ContentType"]),
            zaken=tuple(n for z in _list(j, "Zaak") if (n := prop(z, "Nummer", x["Zaak"]["Nummer"]))),
        )

    def meta(self) -> dict[str, str]:
        """What the store keeps about the remote document."""
        out = {"tk_id": self.id, "tk_nummer": self.nummer or "", "tk_soort": self.soort or "",
               "tk_dossiers": ",".join(self.dossiers), "kst_id": self.kst_id or "", "tk_changed": self.changed or "",
               "tk_zaken": ",".join(self.zaken)}
        return {k: v for k, v in out.items() if v}


@dataclass
class TkClient:
    """Lists Tweede Kamer documents by dossier, kind and date, following the API's paging."""

    http: Http = field(default_factory=Http)
    api_root: str = API_ROOT

    def document_filter(self, dossiers: list[str], soort: str | None = None, since: date | None = None,
                        changed_after: str | None = None) -> str:
        """The `$filter` expression (built with tkapi's DocumentFilter; values validated first)."""
        expr = dossier_clauses(dossiers, lambda nummer, toevoeging: _by_dossier(_document_filter(), nummer,
                                                                                    toevoeging))
        f = _document_filter()
        if soort:
            f.filter_soort(soort)
        if since:
            f.add_filter_str(f"Datum ge {since.isoformat()}T00:00:00Z")
        if changed_after:
            f.add_filter_str(after_filter(changed_after))
        rest = f.filter_str
        if expr and rest:
            return f"({expr}) and {rest}"
        return expr or rest

    def documents(self, dossiers: list[str], soort: str | None = None, since: date | None = None,
                  changed_after: str | None = None) -> Iterator[TkDocument]:
        """Documents in change order (`GewijzigdOp, Id`), deleted ones included and marked.

        `changed_after` is a sync cursor (`cursor_of`): only documents after it are listed.
        """
        params = {"$filter": self.document_filter(dossiers, soort, since, changed_after),
                  "$orderby": ORDER, "$expand": _EXPAND + ",Zaak($select=Nummer)"}
        for j in self.entities("Document", params):
            yield TkDocument.from_json(j)

    def entities(self, entity: str, params: dict[str, str]) -> Iterator[dict[str, Any]]:
        """Every entity of a listing (`Document`, `Zaak`), following `@odata.nextLink` page by page.

        The link carries the query on (the server's skip token); nothing else decides whether a page
        is the last — not its length, which the server may cap below any `$top`.
        """
        url: str | None = self.api_root + entity
        first = True
        while url:
            page = self.http.get_json(url, params if first else None)
            first = False
            values = page.get("value")
            if not isinstance(values, list):
                raise SourceError(f"{url}: OData response without a 'value' list")
            yield from values
            nxt = page.get("@odata.nextLink")
            if nxt is not None and not isinstance(nxt, str):
                raise SourceError(f"{url}: malformed @odata.nextLink")
            url = nxt

    def document(self, nummer: str) -> TkDocument:
        """One document by its DocumentNummer (`2026D05130`)."""
        if not re.fullmatch(r"\d{4}D\d{4,6}", nummer):
            raise SourceError(f"not a Tweede Kamer document number: {nummer!r} (expected e.g. 2026D05130)")
        f = _document_filter()
        f.filter_nummer(nummer)
        page = self.http.get_json(self.api_root + "Document", {"$filter": f.filter_str, "$expand": _EXPAND})
        values = page.get("value")
        if not isinstance(values, list):
            raise SourceError(f"{self.api_root}Document: OData response without a 'value' list")
        if not values:
            raise SourceError(f"{nummer}: no such document at the Tweede Kamer")
        return TkDocument.from_json(values[0])

    def download(self, doc: TkDocument) -> tuple[bytes, str | None]:
        """The document's file (`Document(<id>)/resource`): DOCX or PDF bytes and content type."""
        if not re.fullmatch(r"[0-9a-fA-F-]{8,40}", doc.id):
            raise SourceError(f"bad document id {doc.id!r}")
        return self.http.get_bytes(f"{self.api_root}Document({doc.id})/resource")
