"""The readers and fetchers proven on real responses: kst XML and metadata.xml of the KOOP repository,
and Tweede Kamer OData JSON, read from ../shared/sources-real (SOURCES.md says where each comes from).

Nothing of those files is copied here: the tests read them in place and assert what they state.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

import pytest
from lxml import etree

from inzet.errors import SourceError, UnsupportedFormat
from inzet.ingest import read_bytes
from inzet.pipeline import load_bytes
from inzet.sources.http import Http
from inzet.sources.koop import KoopClient, given_of, metadata_entries, parse_metadata
from inzet.sources.sync import sync_tk
from inzet.sources.tk import _EXPAND as DOCUMENT_EXPAND
from inzet.sources.tk import DOCUMENT_FIELDS, JsonType, TkClient, TkDocument, after_filter, cursor_of
from inzet.sources.tk_motions import _EXPAND as MOTION_EXPAND
from inzet.sources.tk_motions import FIELDS as MOTION_FIELDS
from inzet.sources.tk_motions import TkMotion
from inzet.store import Store
from test_sources import Server, running

REAL = Path(__file__).resolve().parents[1].parent / "shared" / "sources-real"
KOOP = REAL / "koop"
ODATA = REAL / "tk-odata"
FIX = Path(__file__).parent / "data" / "sources"

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


# ---- metadata.xml: the two real forms, and its fields winning over the XML and the text ----------

def test_real_metadata_xml_in_both_forms_reads_to_the_same_fields() -> None:
    """`metadata_gegevens` (name/scheme/content, repeated names, nesting) and `owms-metadata` agree."""
    flat = (KOOP / "wetsuite-opmeta1.xml").read_bytes()
    owms = (KOOP / "wetsuite-opmeta2.xml").read_bytes()
    a, b = parse_metadata(flat, "opmeta1"), parse_metadata(owms, "opmeta2")
    for name in ("DC.identifier", "DC.title", "DC.creator", "DCTERMS.available", "OVERHEIDop.publicationName",
                 "OVERHEIDop.publicationIssue", "OVERHEIDop.postcode"):
        assert a[name] == b[name], name
    assert a["DC.identifier"] == "gmb-2024-216934"
    assert a["DC.type"] == "officiële publicatie" and a["DC.type@OVERHEIDop.Rubriek"] == "evenementenvergunning"
    assert a["OVERHEIDop.geometrie"] == "POINT(61309 389557)"          # nested inside gebiedsmarkering
    given = given_of(metadata_entries(flat, "opmeta1"))
    assert given == given_of(metadata_entries(owms, "opmeta2"))
    assert given["given.published"] == "2024-05-17"
    assert given["given.published.from"] == "metadata.xml DCTERMS.available"
    assert given["given.creator"] == "Reimerswaal" and given["given.doctype"] == "evenementenvergunning"


def _metadata_xml(**fields: str) -> bytes:
    """A metadata.xml in the real `metadata_gegevens` form (opmeta1's), with these names and contents."""
    rows = [f'  <metadata name="{n.replace("_", ".", 1)}" scheme="" content="{c}" />' for n, c in fields.items()]
    return ('<?xml version="1.0" encoding="UTF-8"?>\n<metadata_gegevens>\n' + "\n".join(rows)
            + "\n</metadata_gegevens>\n").encode()


class KoopServer(Server):
    """The shared local server, serving real kst files at their ids with a metadata.xml per test."""

    def __init__(self, papers: dict[str, tuple[Path, bytes]]) -> None:
        super().__init__()
        self.papers = papers

    def route(self, path: str, query: dict[str, list[str]]) -> tuple[bytes | None, str]:
        for pub_id, (xml, meta) in self.papers.items():
            if path == f"/koop/{pub_id}/{pub_id}.xml":
                return xml.read_bytes(), "application/xml"
            if path == f"/koop/{pub_id}/metadata.xml":
                return meta, "application/xml"
        return super().route(path, query)


@pytest.fixture
def koop_server() -> Iterator[KoopServer]:
    s = KoopServer({
        # metadata agrees with the XML, and adds the publication date (three days after the letter)
        "kst-28844-269": (KOOP / "lawgraph-kst_28844_269.xml", _metadata_xml(
            DC_creator="Tweede Kamer der Staten-Generaal", DC_type="Kamerstuk", DCTERMS_issued="2023-07-10",
            OVERHEIDop_dossiernummer="28844", OVERHEIDop_ondernummer="269")),
        # metadata disagrees with the XML on the number and the chamber, and names the paper a motion
        "kst-35786-8": (KOOP / "lawgraph-kst_35786_7.xml", _metadata_xml(
            DC_creator="Eerste Kamer der Staten-Generaal", DC_type="Motie", DCTERMS_issued="2022-03-31",
            OVERHEIDop_dossiernummer="35786", OVERHEIDop_ondernummer="8")),
        # a budget chapter as metadata writes the dossier
        "kst-37020-X-1": (KOOP / "lawgraph-kst_37020_x_1.xml", _metadata_xml(
            DCTERMS_available="2026-09-15", OVERHEIDop_dossiernummer="37020-X", OVERHEIDop_ondernummer="1")),
    })
    yield from running(s)


@pytest.fixture
def http() -> Iterator[Http]:
    with Http(timeout=2, retries=1, sleep=lambda _s: None) as h:
        yield h


def _fetched(server: KoopServer, http: Http, pub_id: str) -> dict:
    xml, meta = KoopClient(http, server.koop).fetch(pub_id)
    with Store() as store:
        result, _ = load_bytes(store, xml, f"{pub_id}.xml", meta)
        return store.letter(result.letter_id)


def test_metadata_fields_are_read_into_the_letter_when_fetched(koop_server: KoopServer, http: Http) -> None:
    row = _fetched(koop_server, http, "kst-28844-269")
    letter = row["letter"]
    # the letter keeps the day it was signed (`Den Haag, 7 juli 2023`); the publication date is recorded beside it
    assert letter["date"] == "2023-07-07"
    assert letter["given"]["published"] == "2023-07-10 (metadata.xml DCTERMS.issued)"
    assert letter["kamerstuk"] == {"dossiers": ["28844"], "number": 269} and row["kamerstuk_id"] == "kst-28844-269"
    assert letter["given"]["kamerstuk"] == "metadata.xml OVERHEIDop.dossiernummer/ondernummer"
    assert letter["chamber"] == "TK" and letter["given"]["chamber"] == "metadata.xml DC.creator"
    assert letter["signatory"] == "H.G.J. Bruins Slot"        # not stated in metadata: the text's stands
    assert "date" in row["evidence"]                         # so the text's span still quotes it
    assert "signatory" in row["evidence"]


def test_metadata_wins_where_it_disagrees_with_the_xml_and_the_text(koop_server: KoopServer, http: Http) -> None:
    row = _fetched(koop_server, http, "kst-35786-8")
    letter = row["letter"]
    assert letter["kamerstuk"] == {"dossiers": ["35786"], "number": 8} and row["kamerstuk_id"] == "kst-35786-8"
    assert letter["given"]["kamerstuk"].endswith("(the text says kst-35786-7)")
    assert letter["chamber"] == "EK"                          # DC.creator over the kamerstukkop's Tweede Kamer
    assert letter["date"] == "2022-03-30" and letter["given"]["published"].startswith("2022-03-31 ")
    assert letter["kind"] == "other"
    x = _fetched(koop_server, http, "kst-37020-X-1")["letter"]
    assert x["kamerstuk"] == {"dossiers": ["37020-X"], "number": 1} and x["date"] == "2026-09-15"


def test_given_fields_without_a_source_are_the_xml_structures() -> None:
    """Read from a file (no metadata.xml), the kst XML's own structure gives date, chamber and Kamerstuk."""
    with Store() as store:
        result, _ = load_bytes(store, (KOOP / "lawgraph-kst_35786_7.xml").read_bytes(), "m.xml")
        letter = store.letter(result.letter_id)["letter"]
    assert letter["given"] == {"date": "kst XML <datum isodatum>", "chamber": "kst XML kamerstukkop",
                               "kamerstuk": "kst XML dossiernummer/ondernummer"}


# ---- Tweede Kamer OData: the fields read exist in the real response, under that name and type -----

def _real_besluit() -> dict[str, Any]:
    return json.loads((ODATA / "gegevensmagazijn-rs-singular.besluit.json").read_text(encoding="utf-8"))


def _has(entity: dict[str, Any], fields: dict[str, JsonType], what: str) -> None:
    """Every field is a property of the real entity, of that JSON type or null."""
    for name, typ in fields.items():
        assert name in entity, f"{what}.{name} is not in the real response"
        v = entity[name]
        assert v is None or (isinstance(v, typ) and not (typ is int and isinstance(v, bool))), (what, name, v)


def test_document_fields_read_are_in_the_real_response() -> None:
    real = _real_besluit()["Zaak"][0]["Document"][0]
    _has(real, DOCUMENT_FIELDS, "Document")
    doc = TkDocument.from_json(real)
    assert (doc.id, doc.nummer, doc.soort, doc.datum, doc.volgnummer) == (
        "e5a7184c-f464-481f-b2ce-792191eeb012", "2022D37914", "Motie (gewijzigd/nader)", "2022-10-04", 7)
    assert doc.changed == "2022-11-01T13:11:13.987+01:00" and doc.deleted is False
    assert doc.content_type == "application/pdf" and doc.filename() == "2022D37914.pdf"
    assert after_filter(cursor_of(doc.changed, doc.id) or "")      # a real stamp and Id make a valid cursor


def test_motion_fields_read_are_in_the_real_response() -> None:
    besluit = _real_besluit()
    zaak = besluit["Zaak"][0]
    real = {"Zaak": zaak, "ZaakActor": zaak["ZaakActor"][0], "Document": zaak["Document"][0], "Besluit": besluit,
            "Stemming": besluit["Stemming"][0], "Activiteit": besluit["Agendapunt"]["Activiteit"]}
    assert set(real) == set(MOTION_FIELDS)
    for entity, fields in MOTION_FIELDS.items():
        _has(real[entity], fields, entity)
    # seen from the Zaak, as the motions listing expands it: Besluit is a list
    listed = {**zaak, "Besluit": [{k: v for k, v in besluit.items() if k != "Zaak"}]}
    m = TkMotion.from_json(listed)
    assert m.nummer == "2022Z17826" and m.indieners == ("R.M. Leijten",)
    assert (m.besluit, m.besluit_tekst, m.date) == ("aangenomen", "Aangenomen.", "2022-10-04")
    voor = sum(s["FractieGrootte"] for s in besluit["Stemming"] if s["Soort"] == "Voor" and not s["Vergissing"])
    assert m.votes["voor"] == voor and m.votes["tegen"] > 0
    assert m.kst_id is None                  # the real sample does not expand Kamerstukdossier


def test_selected_properties_exist_in_the_real_entities() -> None:
    """A `$select` of a property the API lacks fails the whole request: every one selected must be real."""
    besluit = _real_besluit()
    zaak = besluit["Zaak"][0]
    real = {"ZaakActor": zaak["ZaakActor"][0], "Document": zaak["Document"][0], "Besluit": besluit,
            "Stemming": besluit["Stemming"][0], "Agendapunt": besluit["Agendapunt"],
            "Activiteit": besluit["Agendapunt"]["Activiteit"], "Zaak": zaak}
    for entity, names in re.findall(r"(\w+)\(\$select=([\w,]+)", MOTION_EXPAND + "," + DOCUMENT_EXPAND):
        if entity == "Kamerstukdossier":
            continue                       # not in the real sample; its names are tkapi's (Nummer, Toevoeging, Titel)
        for name in names.split(","):
            assert name in real[entity], f"$select of {entity}.{name}, which the real {entity} does not have"


def _entities(value: list[dict[str, Any]], nav: str) -> list[dict[str, Any]]:
    return [e for v in value for e in (v.get(nav) or [])]


def test_fixtures_have_the_real_responses_shape() -> None:
    """The invented fixtures list exactly the properties the real API sends for each entity."""
    zaak = _real_besluit()["Zaak"][0]
    real_doc = set(zaak["Document"][0])
    real_zaak = {k for k, v in zaak.items() if not isinstance(v, list)}
    for page in ("odata_page1.json", "odata_page2.json"):
        data = json.loads((FIX / page).read_text(encoding="utf-8"))
        assert data["@odata.context"].startswith("https://gegevensmagazijn.tweedekamer.nl/OData/v4/2.0/$metadata#")
        for d in data["value"]:
            assert set(d) - {"Kamerstukdossier", "DocumentVersie", "Zaak"} == real_doc, page
            _has(d, DOCUMENT_FIELDS, "Document")
        for k in _entities(data["value"], "Kamerstukdossier"):
            assert set(k) == {"Nummer", "Toevoeging", "Titel"}            # as $select asks
    motions = json.loads((FIX / "tk_zaak_motions.json").read_text(encoding="utf-8"))["value"]
    for z in motions:
        assert set(z) - {"ZaakActor", "Kamerstukdossier", "Document", "Besluit"} == real_zaak
        _has(z, MOTION_FIELDS["Zaak"], "Zaak")
    for nav in ("ZaakActor", "Document", "Besluit"):
        for e in _entities(motions, nav):
            _has(e, MOTION_FIELDS[nav], nav)


def test_a_property_of_another_type_is_an_error_not_a_silent_none() -> None:
    real = _real_besluit()["Zaak"][0]["Document"][0]
    with pytest.raises(SourceError, match="Volgnummer is str, expected int"):
        TkDocument.from_json({**real, "Volgnummer": "7"})


# ---- paging and the sync cursor against a server that pages as the real one does ---------------

PAGE_CAP = 250                       # the API's server-side page size


class PagingServer(Server):
    """The shared local server with an OData `Document` listing that behaves like the real API.

    Rows are ordered by `$orderby` (`GewijzigdOp asc,Id asc`), `$top` caps the whole result, each
    page holds at most 250 rows, and `@odata.nextLink` (with a `$skiptoken`) is sent while rows
    remain. The sync cursor clause of the `$filter` is applied; `fail_at_skiptoken` breaks one page.
    """

    def __init__(self, rows: list[dict[str, Any]]) -> None:
        super().__init__()
        self.rows = rows
        self.fail_at_skiptoken: str | None = None
        self.queries: list[dict[str, list[str]]] = []

    def _after(self, rows: list[dict[str, Any]], flt: str) -> list[dict[str, Any]]:
        m = re.search(r"GewijzigdOp gt (\S+?)(?: or \(GewijzigdOp eq \S+ and Id gt ([0-9a-f-]{36})\))?\)?(?: |$)", flt)
        if not m:
            return rows
        stamp, last = m.group(1), m.group(2)
        return [r for r in rows if r["GewijzigdOp"] > stamp or (last and r["GewijzigdOp"] == stamp and r["Id"] > last)]

    def route(self, path: str, query: dict[str, list[str]]) -> tuple[bytes | None, str]:
        if path.startswith("/odata/Document(") and path.endswith(")/resource"):
            return b"Den Haag, 1 maart 2026\nHierbij (UITGEVONDEN VOORBEELD).", "text/plain"
        if path != "/odata/Document":
            return super().route(path, query)
        self.queries.append(query)
        token = query.get("$skiptoken", ["0"])[0]
        if token == self.fail_at_skiptoken:
            self.fail_at_skiptoken = None
            return None, ""                            # a 404 mid-listing: the run stops there
        assert query.get("$orderby") == ["GewijzigdOp asc,Id asc"]
        rows = sorted(self._after(self.rows, query.get("$filter", [""])[0]), key=lambda r: (r["GewijzigdOp"], r["Id"]))
        if "$top" in query:
            rows = rows[: int(query["$top"][0])]
        start = int(token)
        page = rows[start : start + PAGE_CAP]
        body: dict[str, Any] = {"@odata.context": "https://gegevensmagazijn.tweedekamer.nl/OData/v4/2.0/$metadata#Document",
                                "value": page}
        if start + PAGE_CAP < len(rows):
            rest = {k: v[0] for k, v in query.items() if k != "$skiptoken"}
            body["@odata.nextLink"] = f"{self.odata}Document?{urlencode({**rest, '$skiptoken': start + PAGE_CAP})}"
        return json.dumps(body).encode(), "application/json"


def _rows(n: int, same_stamp: range) -> list[dict[str, Any]]:
    """`n` documents shaped like the fixture's; those in `same_stamp` share one GewijzigdOp."""
    template = json.loads((FIX / "odata_page1.json").read_text(encoding="utf-8"))["value"][0]
    out = []
    for i in range(n):
        if i in same_stamp:
            stamp = "2026-03-01T12:00:00.5+01:00"
        else:                                   # before the shared stamp on 1–2 February, after it on 2 March
            day = "02-0" + str(1 + i // 100) if i < same_stamp.start else "03-02"
            stamp = f"2026-{day}T10:{i // 60 % 60:02d}:{i % 60:02d}+01:00"
        out.append({**template, "Id": f"{i * 7919 % 1000003:08x}-0000-4000-8000-{i:012x}", "GewijzigdOp": stamp,
                    "DocumentNummer": f"2026D{i:05d}", "Volgnummer": i + 1, "ContentType": "text/plain",
                    "Kamerstukdossier": [{"Nummer": 21501, "Toevoeging": "28", "Titel": "Defensieraad"}],
                    "DocumentVersie": [], "Zaak": []})
    return out


@pytest.fixture
def paging() -> Iterator[PagingServer]:
    s = PagingServer(_rows(640, range(200, 520)))       # 320 documents share one stamp, across pages 1–3
    yield from running(s)


def test_listing_follows_next_link_past_a_page_cap_below_top(paging: PagingServer, http: Http) -> None:
    tk = TkClient(http, paging.odata)
    docs = list(tk.documents(["21501-28"]))
    assert len(docs) == 640 and len({d.id for d in docs}) == 640
    assert "$top" not in paging.queries[0] and len(paging.queries) == 3        # 250 + 250 + 140
    paging.queries.clear()
    asked = {"$orderby": "GewijzigdOp asc,Id asc", "$top": "600"}             # a $top above the page cap
    assert len(list(tk.entities("Document", asked))) == 600
    assert [q.get("$skiptoken") for q in paging.queries] == [None, ["250"], ["500"]]


class _Ledger:
    """An in-memory SyncLedger: what sync_tk remembers between runs."""

    def __init__(self) -> None:
        self.cursors: dict[tuple[str, str], str] = {}
        self.remote: dict[tuple[str, str], str | None] = {}

    def sync_cursor(self, source: str, scope: str) -> str | None:
        return self.cursors.get((source, scope))

    def set_sync_cursor(self, source: str, scope: str, cursor: str) -> None:
        self.cursors[(source, scope)] = cursor

    def remote_changed(self, source: str, remote_id: str) -> str | None:
        return self.remote.get((source, remote_id))

    def record_remote(self, source: str, remote_id: str, letter_id: str | None, changed: str | None,
                      deleted: bool, meta: dict[str, str]) -> None:
        self.remote[(source, remote_id)] = changed


def test_sync_cursor_loses_nothing_when_a_stamp_spans_a_page_boundary(paging: PagingServer, http: Http) -> None:
    tk = TkClient(http, paging.odata)
    ledger, ingested = _Ledger(), []
    ingest = lambda data, name, meta: ingested.append(meta["tk_id"]) or meta["tk_id"]  # noqa: E731
    paging.fail_at_skiptoken = "250"                 # the run breaks off after page 1, mid-way through the stamp
    with pytest.raises(SourceError, match="HTTP 404"):
        sync_tk(tk, ledger, ingest, ["21501-28"])
    assert len(ingested) == 250
    cursor = ledger.sync_cursor("tk", "21501-28")
    assert cursor is not None and cursor.startswith("2026-03-01T12:00:00.5+01:00|")
    report = sync_tk(tk, ledger, ingest, ["21501-28"])
    assert not report.failed and report.unchanged == 0
    assert len(ingested) == 640 and len(set(ingested)) == 640                # every document once
    resumed = paging.queries[-2]["$filter"][0]                                # the second run's first page
    assert f"GewijzigdOp eq 2026-03-01T12:00:00.5+01:00 and Id gt {cursor.split('|')[1]}" in resumed
    assert sync_tk(tk, ledger, ingest, ["21501-28"]).seen == 0                # nothing after the last one
