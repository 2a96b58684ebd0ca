"""Tweede Kamer open data (OData v4, gegevensmagazijn.tweedekamer.nl): list and download documents.

We use tkapi for what it knows about the API — entity names and `$filter` syntax
(`DocumentFilter.filter_dossier`, `filter_soort`) — and do the HTTP ourselves so that its
failures (tkapi returns `{}` on 404 and logs other errors) become `SourceError`, paging follows
`@odata.nextLink`, and related data is read from `$expand`ed JSON rather than from properties
that would make hidden network calls. Deleted documents (`Verwijderd: true`) are reported, not
dropped, so a sync can tell the store.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from tkapi.document import DocumentFilter

from inzet.errors import SourceError
from inzet.model import kst_id
from inzet.sources.http import Http

API_ROOT = "https://gegevensmagazijn.tweedekamer.nl/OData/v4/2.0/"
_DOSSIER = re.compile(r"^(\d{4,6})(?:-([0-9A-Z]{1,6}))?$")
_EXPAND = ("Kamerstukdossier($select=Nummer,Toevoeging,Titel),"
           "DocumentVersie($select=Versienummer,Extensie,ExterneIdentifier)")


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
        if not isinstance(j.get("Id"), str):
            raise SourceError(f"OData Document without an Id: {str(j)[:120]}")
        dossiers = []
        for d in j.get("Kamerstukdossier") or []:
            if d.get("Nummer") is not None:
                tv = d.get("Toevoeging")
                dossiers.append(f"{d['Nummer']}-{tv}" if tv else str(d["Nummer"]))
        versies = sorted(j.get("DocumentVersie") or [], key=lambda v: v.get("Versienummer") or 0)
        ext = next((v.get("ExterneIdentifier") for v in reversed(versies) if v.get("ExterneIdentifier")), None)
        datum = j.get("Datum")
        return cls(
            id=j["Id"], nummer=j.get("DocumentNummer"), soort=j.get("Soort"), titel=j.get("Titel"),
            onderwerp=j.get("Onderwerp"), datum=datum[:10] if isinstance(datum, str) else None,
            volgnummer=j.get("Volgnummer"), dossiers=tuple(dossiers), externe_id=ext,
            changed=j.get("GewijzigdOp"), deleted=bool(j.get("Verwijderd")), content_type=j.get("ContentType"),
            zaken=tuple(z.get("Nummer") for z in j.get("Zaak") or [] if z.get("Nummer")),
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
    page_size: int = 250

    def document_filter(self, dossiers: list[str], soort: str | None = None, since: date | None = None,
                        changed_after: str | None = None) -> str:
        """The `$filter` expression (built with tkapi's DocumentFilter; values validated first)."""
        parts = []
        for d in dossiers:
            nummer, toevoeging = parse_dossier(d)
            f = DocumentFilter()
            f.filter_dossier(nummer, toevoeging)
            parts.append(f"({f.filter_str})")
        expr = " or ".join(parts)
        f = DocumentFilter()
        if soort:
            f.filter_soort(soort)
        if since:
            f.add_filter_str(f"Datum ge {since.isoformat()}T00:00:00Z")
        if changed_after:
            if not re.fullmatch(r"\d{4}-\d\d-\d\dT[\d:.]+(?:Z|[+-]\d\d:\d\d)", changed_after):
                raise SourceError(f"bad sync cursor {changed_after!r}")
            f.add_filter_str(f"GewijzigdOp gt {changed_after}")
        rest = f.filter_str
        if expr and rest:
            return f"({expr}) and {rest}"
        return expr or rest

    def documents(self, dossiers: list[str], soort: str | None = None, since: date | None = None,
                  changed_after: str | None = None) -> Iterator[TkDocument]:
        """Documents in change order (oldest change first), deleted ones included and marked."""
        params = {"$filter": self.document_filter(dossiers, soort, since, changed_after),
                  "$orderby": "GewijzigdOp asc", "$expand": _EXPAND + ",Zaak($select=Nummer)",
                  "$top": str(self.page_size)}
        for j in self.entities("Document", params):
            yield TkDocument.from_json(j)

    def entities(self, entity: str, params: dict[str, str]) -> Iterator[dict[str, Any]]:
        """Every entity of a listing (`Document`, `Zaak`), following `@odata.nextLink` page by page."""
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
        f = DocumentFilter()
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
