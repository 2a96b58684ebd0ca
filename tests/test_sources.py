"""Fetchers, sync and alerts against a local HTTP server serving hand-written OData and KOOP fixtures.

The fixtures' shapes and where they come from are described in tests/data/sources/README.md.
Nothing here reaches the network; the `live` test does, and runs only with --live.
"""

from __future__ import annotations

import io
import json
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import TypeVar
from urllib.parse import parse_qs, urlsplit

import docx
import pytest
from lxml import etree
from typer.testing import CliRunner

from inzet.cli import app
from inzet.errors import SourceError
from inzet.pipeline import load_bytes
from inzet.sources.http import Http
from inzet.sources.koop import KoopClient, parse_metadata
from inzet.sources.sync import sync_tk
from inzet.sources.tk import TkClient
from inzet.store import Store

DATA = Path(__file__).parent / "data"
FIX = DATA / "sources"
DOC1, DOC2, DOC3 = (f"0b1f2e3d-0000-4000-8000-00000000000{i}" for i in (1, 2, 3))

LETTERS = {  # INVENTED letters served as the documents' DOCX files
    DOC1: ["21 501-28\tDefensieraad", "Nr. 301\tBrief van de minister van Defensie",
           "Aan de Voorzitter van de Tweede Kamer der Staten-Generaal", "Den Haag, 20 januari 2026",
           "Hierbij ontvangt u de geannoteerde agenda voor de Raad Buitenlandse Zaken Defensie van 3 februari "
           "2026. (UITGEVONDEN VOORBEELD)"],
    DOC3: ["21 501-28\tDefensieraad", "Nr. 303\tBrief van de minister van Defensie",
           "Aan de Voorzitter van de Tweede Kamer der Staten-Generaal", "Den Haag, 20 februari 2026",
           "Hierbij ontvangt u het verslag van de Raad Buitenlandse Zaken Defensie van 3 februari jl. "
           "(UITGEVONDEN VOORBEELD)"],
}


def _docx(lines: list[str]) -> bytes:
    d = docx.Document()
    for line in lines:
        d.add_paragraph(line)
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


S = TypeVar("S", bound="Server")


class Server:
    """A local stand-in for the Tweede Kamer OData API and the KOOP repository, with knobs for failures."""

    def __init__(self) -> None:
        self.fail_status: dict[str, list[int]] = {}   # path prefix -> statuses to return first
        self.slow: set[str] = set()
        self.malformed: set[str] = set()
        self.requests: list[str] = []
        outer = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *a: object) -> None:
                pass

            def do_GET(self) -> None:
                outer.requests.append(self.path)
                parts = urlsplit(self.path)
                for prefix, statuses in outer.fail_status.items():
                    if parts.path.startswith(prefix) and statuses:
                        return self._send(statuses.pop(0), b'{"error": {"message": "fixture failure"}}')
                if any(parts.path.startswith(p) for p in outer.slow):
                    time.sleep(1.0)
                if any(parts.path.startswith(p) for p in outer.malformed):
                    return self._send(200, b'{"value": [ {"Id": ')
                body, ctype = outer.route(parts.path, parse_qs(parts.query))
                if body is None:
                    return self._send(404, b"not found")
                self._send(200, body, ctype)

            def _send(self, status: int, body: bytes, ctype: str = "application/json") -> None:
                self.send_response(status)
                self.send_header("Content-Type", ctype)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.root = f"http://127.0.0.1:{self.httpd.server_address[1]}"
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    @property
    def odata(self) -> str:
        return self.root + "/odata/"

    @property
    def koop(self) -> str:
        return self.root + "/koop/"

    def route(self, path: str, query: dict[str, list[str]]) -> tuple[bytes | None, str]:
        if path == "/odata/Document":
            name = "odata_page2.json" if query.get("page") == ["2"] else "odata_page1.json"
            return (FIX / name).read_text().replace("{ROOT}", self.odata).encode(), "application/json"
        for doc_id, lines in LETTERS.items():
            if path == f"/odata/Document({doc_id})/resource":
                return _docx(lines), "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
        if path == "/koop/kst-21501-28-999/kst-21501-28-999.xml":
            return (DATA / "kst-invented-brief.xml").read_bytes(), "application/xml"
        if path == "/koop/kst-21501-28-999/metadata.xml":
            return (FIX / "metadata.xml").read_bytes(), "application/xml"
        return None, ""


def running(s: S) -> Iterator[S]:
    """Serve `s` on its thread for the life of a fixture, and shut it down after."""
    s.thread.start()
    try:
        yield s
    finally:
        s.httpd.shutdown()
        s.httpd.server_close()


@pytest.fixture
def server() -> Iterator[Server]:
    yield from running(Server())


@pytest.fixture
def http() -> Iterator[Http]:
    with Http(timeout=0.5, retries=2, sleep=lambda _s: None) as h:
        yield h


def test_listing_follows_next_link_and_reports_deleted_documents(server: Server, http: Http) -> None:
    docs = list(TkClient(http, server.odata).documents(["21501-28"], soort="Brief regering"))
    assert [d.nummer for d in docs] == ["2026D00101", "2026D00202", "2026D00303"]
    assert [d.deleted for d in docs] == [False, True, False]
    assert docs[0].kst_id == "kst-21501-28-301" and docs[0].dossiers == ("21501-28",)
    assert docs[0].zaken == ("2026Z00101",)
    first = parse_qs(urlsplit(server.requests[0]).query)
    assert "Kamerstukdossier/any(d: d/Nummer eq 21501)" in first["$filter"][0]
    assert "Soort eq 'Brief regering'" in first["$filter"][0]
    assert first["$orderby"] == ["GewijzigdOp asc,Id asc"]
    assert "$top" not in first                  # $top caps the whole listing in OData, not a page


def test_filter_values_are_validated_before_they_reach_the_query(http: Http) -> None:
    tk = TkClient(http, "http://127.0.0.1:9/")
    with pytest.raises(SourceError, match="not a dossier number"):
        tk.document_filter(["28676) or (1 eq 1"])
    with pytest.raises(SourceError, match="bad sync cursor"):
        tk.document_filter(["28676"], changed_after="2026' or 1 eq 1")
    assert "Soort eq 'Brief ''regering'''" in tk.document_filter(["28676"], soort="Brief 'regering'")


def test_sync_ingests_new_documents_once_and_resumes(server: Server, http: Http) -> None:
    tk = TkClient(http, server.odata)
    with Store() as store:
        ingest = lambda data, name, meta: load_bytes(store, data, name, meta)[0].letter_id  # noqa: E731
        server.fail_status[f"/odata/Document({DOC1})/resource"] = [404]   # the first download fails
        first = sync_tk(tk, store, ingest, ["21501-28"])
        assert len(first.ingested) == 1 and len(first.failed) == 1 and "HTTP 404" in first.failed[0]
        assert first.deleted == ["2026D00202"]
        assert first.cursor is None              # not moved past the failure
        second = sync_tk(tk, store, ingest, ["21501-28"])
        assert len(second.ingested) == 1 and second.unchanged == 1 and not second.failed
        assert second.cursor == f"2026-02-20T11:30:00+01:00|{DOC3}"
        third = sync_tk(tk, store, ingest, ["21501-28"])
        assert third.ingested == [] and not third.failed
        assert len(store.letters()) == 2
        filt = parse_qs(urlsplit(server.requests[-2]).query)["$filter"][0]
        assert (f"(GewijzigdOp gt 2026-02-20T11:30:00+01:00 or (GewijzigdOp eq 2026-02-20T11:30:00+01:00 "
                f"and Id gt {DOC3}))") in filt
        rows = store.letters()
        assert {r["kamerstuk"] for r in rows} == {"kst-21501-28-301", "kst-21501-28-303"}
        assert store.letter_for_kst("kst-21501-28-303") is not None


def test_server_errors_are_retried_then_reported(server: Server, http: Http) -> None:
    tk = TkClient(http, server.odata)
    server.fail_status["/odata/Document"] = [503, 500]
    assert len(list(tk.documents(["28676"]))) == 3          # two failures, then success
    server.fail_status["/odata/Document"] = [500] * 5
    with pytest.raises(SourceError, match=r"HTTP 500 \(after 3 attempts\)"):
        list(tk.documents(["28676"]))


def test_client_errors_fail_at_once(server: Server, http: Http) -> None:
    server.fail_status["/odata/Document"] = [400]
    with pytest.raises(SourceError, match="HTTP 400"):
        list(TkClient(http, server.odata).documents(["28676"]))
    assert server.fail_status["/odata/Document"] == []


def test_timeouts_and_malformed_bodies_are_errors_not_empty_results(server: Server, http: Http) -> None:
    tk = TkClient(http, server.odata)
    server.slow.add("/odata/Document")
    with pytest.raises(SourceError, match="timed out"):
        list(tk.documents(["28676"]))
    server.slow.clear()
    server.malformed.add("/odata/Document")
    with pytest.raises(SourceError, match="malformed JSON"):
        list(tk.documents(["28676"]))


def test_koop_fetch_reads_paper_and_metadata_and_ingests_through_the_xml_reader(server: Server, http: Http) -> None:
    xml, meta = KoopClient(http, server.koop).fetch("kst-21501-28-999")
    assert meta["DC.type@OVERHEIDop.Kamerstuktype"] == "Brief" and meta["kst_id"] == "kst-21501-28-999"
    with Store() as store:
        result, _ = load_bytes(store, xml, "kst-21501-28-999.xml", meta)
        letter = store.letter(result.letter_id)
        # the invented XML is dated 18 juli 2030 and published on the 21st: the letter keeps its own date
        assert letter["kamerstuk_id"] == "kst-21501-28-999"
        assert letter["letter"]["date"] == "2030-07-18"
        assert letter["letter"]["given"]["published"] == "2030-07-21 (metadata.xml DCTERMS.issued)"
    with pytest.raises(SourceError, match="not an official publication id"):
        KoopClient(http, server.koop).fetch("../../etc/passwd")
    with pytest.raises(SourceError, match="malformed XML"):
        parse_metadata(b"<metadata", "x")


def test_cli_fetch_sync_watch_and_feed(server: Server, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("INZET_TK_API", server.odata)
    monkeypatch.setenv("INZET_KOOP_REPOSITORY", server.koop)
    monkeypatch.setenv("INZET_HTTP_TIMEOUT", "2")
    db = str(tmp_path / "t.db")
    runner = CliRunner()
    r = runner.invoke(app, ["fetch", "kst-21501-28-999", "--db", db])
    assert r.exit_code == 0, r.output
    r = runner.invoke(app, ["sync", "--dossier", "21501-28", "--db", db])
    assert r.exit_code == 0, r.output
    assert "3 listed, 2 ingested, 0 unchanged, 1 deleted, 0 failed" in r.output
    r = runner.invoke(app, ["sync", "--db", db])           # remembers the scope
    assert r.exit_code == 0 and "0 ingested" in r.output, r.output
    r = runner.invoke(app, ["fetch", "kst-bad", "--db", db])
    assert r.exit_code == 1 and "not an official publication id" in r.output
    r = runner.invoke(app, ["watch", "add", "defensieraad", "--dossier", "21501-28", "--db", db])
    assert r.exit_code == 0, r.output
    r = runner.invoke(app, ["watch", "add", "Bad Name", "--dossier", "1", "--db", db])
    assert r.exit_code == 1
    r = runner.invoke(app, ["feed", "defensieraad", "--db", db])
    assert r.exit_code == 0, r.output
    root = etree.fromstring(r.output.encode())
    ns = {"a": "http://www.w3.org/2005/Atom"}
    assert root.tag == "{http://www.w3.org/2005/Atom}feed"
    assert len(root.findall("a:entry", ns)) == 3        # the KOOP paper and the two synced letters
    r = runner.invoke(app, ["feed", "nope", "--db", db])
    assert r.exit_code == 1 and "no watch rule" in r.output


@pytest.mark.live
def test_live_tweede_kamer_lists_documents_of_the_nato_dossier() -> None:
    with Http(timeout=30) as h:
        docs = list(TkClient(h).documents(["28676"], soort="Brief regering"))[:5]
    assert docs and all(d.id for d in docs)
    assert json.dumps([d.meta() for d in docs])


def test_expiring_and_pledge_rules_give_feed_entries_from_the_samples() -> None:
    from datetime import date

    from conftest import SAMPLES
    from inzet import alerts
    from inzet.pipeline import load_file

    with Store() as store:
        for f in SAMPLES:
            load_file(store, str(f))
        store.add_rule("mandates", "expiring", "90")
        store.add_rule("purl", "pledge", "PURL")
        soon = alerts.entries(store, store.rule("mandates"), today=date(2026, 9, 1))
        assert [e.title for e in soon] == ["Mandate ends 2026-09-30: Verlenging inzet Nederlandse MQ-9’s in Roemenië"]
        assert alerts.entries(store, store.rule("mandates"), today=date(2027, 6, 1)) == []
        purl = alerts.entries(store, store.rule("purl"))
        # quoted as the letter writes it, with a narrow no-break space (U+202F)
        assert any("€90\u202fmiljoen" in e.title for e in purl)
        assert all(e.link.startswith("/letters/") for e in purl)
        feed = etree.fromstring(alerts.feed(store, "purl", "https://inzet.example"))
        links = [el.get("href") for el in feed.iter("{http://www.w3.org/2005/Atom}link")]
        assert links[0] == "https://inzet.example/feeds/purl.atom" and links[1].startswith("https://inzet.example/")
