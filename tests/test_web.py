"""Web app: pages and API render, letter text is escaped, errors map to 4xx, hostile input never gives a 500,
the server keeps serving while letters are ingested."""

from __future__ import annotations

import hashlib
import re
import sqlite3
import threading
import warnings
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from conftest import SAMPLES
from inzet.errors import StoreError
from inzet.extract.segment import segment
from inzet.ingest import ReadResult
from inzet.model import Acronym, Amount, Citation, Deployment, Extraction, GdpShare, LetterMeta, Meeting, Span
from inzet.pipeline import load_file, store_letter
from inzet.store import Store
from inzet.web import create_app
from inzet.web.render import Mark, highlight

with warnings.catch_warnings():          # starlette warns that it prefers httpx2; httpx is what we have
    warnings.simplefilter("ignore")
    from starlette.testclient import TestClient

TODAY = date(2026, 4, 15)

AGENDA = (
    "Geachte voorzitter,\n\n"
    "Hierbij ontvangt u de geannoteerde agenda voor de bijeenkomst van de NAVO-ministers van Defensie (DMM) "
    "op 12 februari 2026.\n\n"
    "Lastenverdeling\n"
    "Nederland zet in op een eerlijke lastenverdeling binnen het bondgenootschap. Nederland besteedt in 2026 "
    "2,2% van het bbp aan defensie en gaat naar 3,5% van het bbp in 2035.\n"
    "Nederland draagt EUR 250 miljoen bij aan de Prioritised Ukraine Requirement List (PURL) voor Oekraïne, "
    "zoals gevraagd in Kamerstuk 36 045, nr. 267.\n"
    "De inzet van twee MQ-9's in Roemenië wordt verlengd tot en met 30 september 2026.\n"
)
XSS = (
    "Geachte voorzitter,\n\n"
    "Deze brief bevat <script>alert(1)</script> en <img src=x onerror=alert(1)> als tekst.\n"
    "Ook \"><svg onload=alert(1)> en javascript:alert(1) komen voor, met EUR 5 miljoen voor <b>Oekraïne</b> "
    "(zie IMG).\n"
)


RULES = [("purl", "pledge", "PURL"), ("soon", "expiring", "180"), ("burden", "search", "lastenverdeling"),
         ("xss", "search", "<script>alert(1)</script>")]


def add(store: Store, text: str, source: str, meta: LetterMeta, facts: dict[str, list]) -> str:
    """Store a letter with hand-made facts (no extractor run, so these tests do not depend on them)."""
    rr = ReadResult(source, text, "txt", hashlib.sha256(text.encode()).hexdigest())
    ex = Extraction(source, rr.sha256, meta)
    for kind, items in facts.items():
        setattr(ex, kind, items)
    return store_letter(store, rr, ex, segment(source, text)).letter_id


def sp(text: str, needle: str) -> Span:
    at = text.index(needle)
    return Span(at, at + len(needle))


def fill(store: Store) -> dict[str, str]:
    t = AGENDA
    agenda = add(store, t, "agenda.txt", LetterMeta(
        date="2026-01-29", chamber="TK", kind="agenda", subject="Geannoteerde agenda DMM",
        meetings=[Meeting("DMM", "2026-02-12", "2026-02-12", span=sp(t, "NAVO-ministers van Defensie"))]), {
        "amounts": [Amount(250e6, "EUR", "EUR 250 miljoen", sp(t, "EUR 250 miljoen"), ukraine=True, purpose="PURL")],
        "gdp_shares": [GdpShare(2.2, "2,2% van het bbp", sp(t, "2,2% van het bbp"), year=2026, status="estimate"),
                       GdpShare(3.5, "3,5% van het bbp", sp(t, "3,5% van het bbp"), year=2035, status="target")],
        "deployments": [Deployment("MQ-9 Air Shielding", "De inzet van twee MQ-9's in Roemenië wordt verlengd",
                                   sp(t, "De inzet van twee MQ-9's in Roemenië wordt verlengd"), countries=["RO"],
                                   unit="twee MQ-9's", action="extension", start="2025-10-01", end="2026-09-30")],
        "citations": [Citation("kamerstuk", "kst-36045-267", "Kamerstuk 36 045, nr. 267",
                               sp(t, "Kamerstuk 36 045, nr. 267"))],
        "acronyms": [Acronym("PURL", "Prioritised Ukraine Requirement List",
                             "Prioritised Ukraine Requirement List (PURL)",
                             sp(t, "Prioritised Ukraine Requirement List (PURL)"))],
    })
    x = XSS
    xss = add(store, x, "<script>alert('src')</script>.txt", LetterMeta(
        date="2026-02-01", kind="report", subject="<script>alert('subject')</script>",
        meetings=[Meeting("DMM", "2026-02-12", "2026-02-12")]), {
        "amounts": [Amount(5e6, "EUR", "EUR 5 miljoen", sp(x, "EUR 5 miljoen"), ukraine=True,
                           purpose="<img src=x onerror=alert(2)>")],
        "citations": [Citation("url", "javascript:alert(1)", "javascript:alert(1)", sp(x, "javascript:alert(1)"))],
        "acronyms": [Acronym("IMG", '"><script>alert(3)</script>', "<img src=x onerror=alert(1)>",
                             sp(x, "<img src=x onerror=alert(1)>"))],
    })
    return {"agenda": agenda, "xss": xss}


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, str]]:
    path = tmp_path_factory.mktemp("web") / "inzet.db"
    with Store(path) as s:
        ids = fill(s)
        for name, kind, arg in RULES:
            s.add_rule(name, kind, arg)
    return path, ids


@pytest.fixture(scope="module")
def client(db: tuple[Path, dict[str, str]]) -> Iterator[TestClient]:
    with TestClient(create_app(db[0], today=TODAY), raise_server_exceptions=False) as c:
        yield c


@pytest.fixture(scope="module")
def ids(db: tuple[Path, dict[str, str]]) -> dict[str, str]:
    return db[1]


# -- pages render -----------------------------------------------------------------------------

PAGES = ["/", "/letters", "/letters?kind=agenda&since=2026", "/search", "/search?q=lastenverdeling",
         "/search?q=Nederland&kind=agenda",
         "/deployments", "/pledges", "/spending", "/followup", "/glossary", "/docs"]


@pytest.mark.parametrize("url", PAGES)
def test_pages_render(client: TestClient, url: str) -> None:
    r = client.get(url)
    assert r.status_code == 200, r.text[:500]
    assert r.headers["content-type"].startswith("text/html")
    assert "content-security-policy" in r.headers
    assert "script-src 'self'" in r.headers["content-security-policy"]
    # everything is served by us: no CDN, no external scripts or styles
    assert not re.search(r'<(?:script|link)[^>]+(?:src|href)="(?:https?:)?//', r.text)


@pytest.mark.parametrize("url", ["/api/letters", "/api/search?q=Oekraïne", "/api/deployments", "/api/pledges",
                                 "/api/spending", "/api/glossary", "/api/followup", "/openapi.json"])
def test_api_answers_json(client: TestClient, url: str) -> None:
    r = client.get(url)
    assert r.status_code == 200, r.text[:500]
    assert r.headers["content-type"].startswith("application/json")
    r.json()


def test_openapi_lists_the_api_and_no_pages(client: TestClient) -> None:
    paths = client.get("/openapi.json").json()["paths"]
    assert {"/api/letters", "/api/letters/{letter_id}", "/api/search", "/api/deployments", "/api/pledges",
            "/api/spending", "/api/followup/{agenda}/{report}", "/api/glossary"} <= set(paths)
    assert "/letters/{letter_id}" not in paths
    assert "swagger" not in client.get("/docs").text.lower()


def test_letter_page_highlights_every_fact(client: TestClient, ids: dict[str, str]) -> None:
    html = client.get(f"/letters/{ids['agenda']}").text
    assert ('<mark class="fact fact-money fact-start" data-fact="amounts-0" data-kind="money">EUR 250 miljoen</mark>'
            in html)
    for fid in ("amounts-0", "gdp_shares-0", "gdp_shares-1", "deployments-0", "citations-0", "acronyms-0",
                "meetings-0"):
        assert f'data-fact="{fid}' in html or f' {fid}"' in html, fid
        assert f'id="panel-{fid}"' in html
    assert 'href="https://zoek.officielebekendmakingen.nl/kst-36045-267.html"' in html
    assert '<abbr title="Prioritised Ukraine Requirement List">PURL</abbr>' in html
    assert "money.v1" in html and "EUR 250 mln" in html
    for cls in ("fact-money", "fact-gdp", "fact-deployment", "fact-citation", "fact-acronym", "fact-meeting"):
        assert f'<mark class="fact {cls}">' in html        # the legend


def test_letter_page_by_prefix_and_api_letter(client: TestClient, ids: dict[str, str]) -> None:
    assert client.get(f"/letters/{ids['agenda'][:10]}").status_code == 200
    d = client.get(f"/api/letters/{ids['agenda']}").json()
    assert d["text"] == AGENDA
    for f in d["facts"]["amounts"]:
        assert d["text"][f["span"][0]:f["span"][1]] == f["evidence"]


def test_highlight_nests_and_overlaps() -> None:
    text = "ab <cd> ef"
    html = str(highlight(text, [Mark(0, 10, "deployments-0", "deployments"), Mark(3, 7, "amounts-0", "amounts")]))
    assert html.count("<mark") == 3
    assert 'data-fact="amounts-0 deployments-0"' in html
    assert "&lt;cd&gt;" in html and "<cd>" not in html
    assert re.sub(r"<[^>]+>", "", html) == "ab &lt;cd&gt; ef"


def test_search_page_and_api(client: TestClient) -> None:
    html = client.get("/search", params={"q": "lastenverdelingen Oekraine*"}).text
    assert "lastenverdeling" in html
    hits = client.get("/api/search", params={"q": '"eerlijke lastenverdeling"'}).json()["hits"]
    assert len(hits) == 1
    assert hits[0]["snippet_html"].count('<mark class="hit">') == 1


def test_charts_have_data_points(client: TestClient) -> None:
    spending = client.get("/spending").text
    assert "<svg" in spending and spending.count('class="point status-') == 2
    deployments = client.get("/deployments").text
    assert "<svg" in deployments and 'class="bar point' in deployments
    assert "MQ-9 Air Shielding" in deployments
    assert "MQ-9 Air Shielding" in client.get("/").text        # expiring within 180 days of TODAY


def test_followup_page(client: TestClient, ids: dict[str, str]) -> None:
    r = client.get(f"/followup/{ids['agenda']}/{ids['xss']}")
    assert r.status_code == 200
    assert "Follow-up" in r.text
    r = client.get(f"/followup/{ids['xss']}/{ids['agenda']}")
    assert r.status_code == 400 and "not an agenda" in r.text
    assert client.get(f"/api/followup/{ids['agenda']}/{ids['xss']}").status_code == 200


def test_search_explains_the_ranking(client: TestClient) -> None:
    from inzet.search import RANKING

    assert RANKING in client.get("/search?q=Nederland").text
    assert RANKING in client.get("/search", params={"q": "Nederland", "since": "2020"}).text
    assert RANKING not in client.get("/search?q=zzzzz").text          # no hits, nothing to rank


def test_glossary_page_and_api(client: TestClient, ids: dict[str, str]) -> None:
    start = AGENDA.index("Prioritised Ukraine Requirement List (PURL)")
    html = client.get("/glossary").text
    assert f'href="/letters/{ids["agenda"]}#s-{start}-{start + 43}"' in html
    entries = {e["short"]: e for e in client.get("/api/glossary").json()}
    assert set(entries) == {"IMG", "PURL"}
    [purl] = entries["PURL"]["variants"]
    assert purl["long"] == "Prioritised Ukraine Requirement List"
    assert purl["definitions"][0]["letter_id"] == ids["agenda"]


def test_pledges_page_and_api(client: TestClient, ids: dict[str, str]) -> None:
    html = client.get("/pledges").text
    assert f'href="/letters/{ids["agenda"]}#amounts-0"' in html and "data-running=" in html
    led = client.get("/api/pledges").json()
    assert led["schema"] == "inzet.pledges/1"
    items = {i["key"]: i for inst in led["instruments"] for i in inst["items"]}
    assert items[f"{ids['agenda']}#0"]["value"] == 250_000_000


def test_deployments_api_lists_the_expiring_mandate(client: TestClient, ids: dict[str, str]) -> None:
    d = client.get("/api/deployments").json()
    [soon] = d["expiring"]
    assert soon["title"] == "MQ-9 Air Shielding" and soon["end_date"] == "2026-09-30" and soon["days_left"] == 168
    assert soon["letter_id"] == ids["agenda"] and d["today"] == TODAY.isoformat()
    assert client.get("/deployments.ics").content.startswith(b"BEGIN:VCALENDAR")


def test_followup_is_computed_once_per_pair(db: tuple[Path, dict[str, str]]) -> None:
    from inzet.web import views

    path, ids = db
    with Store(path, readonly=True) as s:
        first = views.followup_result(s, ids["agenda"], ids["xss"])
        assert views.followup_result(s, ids["agenda"], ids["xss"]) is first
    assert first["schema"] == "inzet.followup/1"


def test_pages_see_a_letter_added_after_the_ledgers_were_read(tmp_path: Path) -> None:
    path = tmp_path / "grow.db"
    with Store(path) as s:
        fill(s)
    with TestClient(create_app(path, today=TODAY), raise_server_exceptions=False) as c:
        before = c.get("/api/pledges").json()
        assert "Ukraine Support Loan" not in str(before)
        with Store(path) as s:
            t = "Geachte voorzitter,\n\nNederland draagt EUR 1 miljard bij aan de Ukraine Support Loan.\n"
            add(s, t, "loan.txt", LetterMeta(date="2026-03-01", kind="other"), {
                "amounts": [Amount(1e9, "EUR", "EUR 1 miljard", sp(t, "EUR 1 miljard"), ukraine=True,
                                   purpose="Ukraine Support Loan")]})
        after = c.get("/api/pledges").json()
    assert "Ukraine Support Loan" in {inst["label"] for inst in after["instruments"]}


# -- alerts -----------------------------------------------------------------------------------

ATOM = "{http://www.w3.org/2005/Atom}"


def feed_entries(client: TestClient, name: str) -> list[object]:
    from lxml import etree

    r = client.get(f"/feeds/{name}.atom")
    assert r.status_code == 200, r.text[:300]
    assert r.headers["content-type"] == "application/atom+xml; charset=utf-8"
    root = etree.fromstring(r.content)
    assert root.tag == f"{ATOM}feed"
    assert root.find(f"{ATOM}link[@rel='self']").get("href") == f"http://testserver/feeds/{name}.atom"
    return root.findall(f"{ATOM}entry")


def test_pledge_feed_lists_the_amounts_of_its_instrument(client: TestClient, ids: dict[str, str]) -> None:
    entries = feed_entries(client, "purl")
    assert len(entries) == 1
    e = entries[0]
    assert e.findtext(f"{ATOM}id") == f"urn:inzet:amount:{ids['agenda']}#0"
    assert "EUR 250 miljoen" in e.findtext(f"{ATOM}title")
    assert e.find(f"{ATOM}link").get("href") == f"http://testserver/letters/{ids['agenda']}"


def test_expiring_and_search_feeds(client: TestClient, ids: dict[str, str]) -> None:
    [mandate] = feed_entries(client, "soon")
    assert mandate.findtext(f"{ATOM}title") == "Mandate ends 2026-09-30: MQ-9 Air Shielding"
    hits = feed_entries(client, "burden")
    assert hits and all(ids["agenda"] in h.find(f"{ATOM}link").get("href") for h in hits)
    # a sentence anchor the letter page understands: #s-START-END
    assert all(re.search(r"#s-\d+-\d+$", h.find(f"{ATOM}link").get("href")) for h in hits)
    assert any("lastenverdeling" in h.findtext(f"{ATOM}summary") for h in hits)


def test_dashboard_links_every_rule_feed(client: TestClient) -> None:
    html = client.get("/").text
    for name, _, _ in RULES:
        assert f'href="/feeds/{name}.atom"' in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html          # the rule's query, shown as text


def test_unknown_feed_is_404(client: TestClient) -> None:
    r = client.get("/feeds/nope.atom")
    assert r.status_code == 404 and "no watch rule named" in r.text and "nope" in r.text


@pytest.mark.parametrize("name", ["Purl", "-purl", "_x", "a" * 65, "pu rl", "purl%0A", "p%2Fq", "..", "%2e%2e",
                                  "..%2f..%2fetc%2fpasswd", "purl.atom%00", "é", "%00"])
def test_bad_feed_names_are_refused_before_the_store(client: TestClient, monkeypatch: pytest.MonkeyPatch,
                                                     name: str) -> None:
    from inzet.web import deps

    def no_store(request: object) -> None:
        raise AssertionError("the store was opened for a bad rule name")

    monkeypatch.setattr(deps.Store, "__init__", no_store)
    r = client.get(f"/feeds/{name}.atom")
    assert 400 <= r.status_code < 500, (name, r.status_code)


# -- escaping ---------------------------------------------------------------------------------

@pytest.mark.parametrize("url", ["/letters/{xss}", "/letters", "/", "/search?q=alert", "/search?q=onerror",
                                 "/glossary", "/pledges", "/followup/{agenda}/{xss}"])
def test_letter_text_is_shown_as_text(client: TestClient, ids: dict[str, str], url: str) -> None:
    html = client.get(url.format(**ids)).text
    body = html.split("<main", 1)[1]
    assert "<script>alert" not in body and "<img src=x" not in body and "<svg onload" not in body
    assert "<b>Oekraïne</b>" not in body
    assert not re.search(r"<script(?![^>]*src=\"/static/app\.js\")", html)
    assert 'href="javascript:' not in html


def test_xss_letter_keeps_its_text_verbatim(client: TestClient, ids: dict[str, str]) -> None:
    html = client.get(f"/letters/{ids['xss']}").text
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "&lt;img src=x onerror=alert(1)&gt;" in html
    assert 'title="&#34;&gt;&lt;script&gt;alert(3)&lt;/script&gt;"' in html or \
        'title="&quot;&gt;&lt;script&gt;alert(3)&lt;/script&gt;"' in html


# -- errors -----------------------------------------------------------------------------------

def test_unknown_letter_is_404(client: TestClient) -> None:
    r = client.get("/letters/" + "0" * 64)
    assert r.status_code == 404 and "no letter" in r.text
    r = client.get("/api/letters/" + "0" * 64)
    assert r.status_code == 404 and r.json()["status"] == 404


def test_bad_query_is_400_with_a_message(client: TestClient) -> None:
    r = client.get("/api/search", params={"q": '"unbalanced'})
    assert r.status_code == 400 and "unbalanced quote" in r.json()["error"]
    r = client.get("/search", params={"q": "x" * 5000})
    assert r.status_code == 400 and "at most 500" in r.text
    assert client.get("/letters", params={"kind": "memo"}).status_code == 400
    assert client.get("/api/search", params={"q": "a", "limit": "ten"}).status_code == 400


def test_unknown_page_is_404(client: TestClient) -> None:
    assert client.get("/nope").status_code == 404
    assert client.get("/api/nope").json()["status"] == 404


@pytest.mark.parametrize("path", [
    "/static/../app.py", "/static/..%2fapp.py", "/static/%2e%2e/%2e%2e/pyproject.toml", "/static/..%5capp.py",
    "/static/%2e%2e%2f%2e%2e%2f%2e%2e%2fetc%2fpasswd", "/static//etc/passwd", "/static/%00", "/static/style.css%00",
    "/letters/..%2f..%2fetc%2fpasswd", "/letters/%2e%2e", "/api/letters/..%2F..%2Fetc%2Fpasswd",
    "/../../etc/passwd", "/static/templates/base.html",
])
def test_path_traversal_is_refused(client: TestClient, path: str) -> None:
    r = client.get(path)
    assert 400 <= r.status_code < 500, (path, r.status_code)
    assert "root:" not in r.text and "def create_app" not in r.text


HOSTILE = ['"', "'", "*", "**", '"*', 'NEAR(', "NEAR(a b, 2)", "'; DROP TABLE letters; --", '" OR 1=1 --', "\\",
           "%", "_", "a" * 20000, "Ω" * 600, "\x00", "${7*7}", "{{7*7}}", "<script>alert(1)</script>", "-1",
           "99999999999999999999", "1e9", "../../etc/passwd", "AND", "OR", "NOT", "(", ")", "^", "col:x", "+", "‽"]
ENDPOINTS = {
    "/search": ["q", "kind", "chamber", "since", "until", "meeting", "fact", "limit", "offset"],
    "/api/search": ["q", "kind", "chamber", "since", "until", "meeting", "fact", "limit", "offset"],
    "/letters": ["kind", "chamber", "since", "until", "meeting", "limit"],
    "/api/letters": ["kind", "chamber", "since", "until", "meeting", "limit"],
}


@pytest.mark.parametrize("endpoint", sorted(ENDPOINTS))
def test_hostile_parameters_never_give_a_500(client: TestClient, endpoint: str) -> None:
    for param in ENDPOINTS[endpoint]:
        for value in HOSTILE:
            params = {param: value} if param == "q" else {"q": "Nederland", param: value}
            r = client.get(endpoint, params=params)
            assert r.status_code in (200, 400), (endpoint, param, value[:30], r.status_code, r.text[:300])
            if r.status_code == 200 and endpoint.startswith("/api/") is False:
                assert "<script>alert(1)</script>" not in r.text


@pytest.mark.parametrize("value", HOSTILE)
def test_hostile_path_parameters(client: TestClient, value: str) -> None:
    from urllib.parse import quote

    v = quote(value, safe="")
    for url in (f"/letters/{v}", f"/api/letters/{v}", f"/followup/{v}/{v}", f"/api/followup/{v}/{v}"):
        r = client.get(url)
        assert 400 <= r.status_code < 500, (url[:60], r.status_code, r.text[:200])


# Edges of every type, to every parameter of every route in the app's route table (pages are not in the OpenAPI
# schema, so the table is the complete list). Values are sent as raw bytes through ASGI so that invalid
# percent-encoding reaches the app as a client would send it.
RAW_EDGES = [b"%zz", b"%", b"%E0%A4%A", b"%FF%FE", b"%00"]
EDGES = ["0001-01-01", "9999-12-31", "0000-00-00", "9999", "9999-12", "0", "-1", str(10**18), str(-10**18),
         "a" * 100_000, "\x00", "\x00a", "", " "]


def edge_values() -> list[bytes]:
    from urllib.parse import quote

    return [quote(v, safe="").encode() for v in EDGES] + RAW_EDGES


def raw_get(app: object, path: bytes, query: bytes = b"") -> tuple[int, dict[str, str], str]:
    """One GET straight into the ASGI app: (status, headers, body)."""
    import asyncio
    from urllib.parse import unquote

    scope = {"type": "http", "asgi": {"version": "3.0"}, "http_version": "1.1", "method": "GET", "scheme": "http",
             "path": unquote(path.decode("latin-1")), "raw_path": path, "query_string": query, "root_path": "",
             "headers": [(b"host", b"testserver")], "server": ("testserver", 80), "client": ("127.0.0.1", 1)}
    out: dict[str, object] = {"body": b""}

    async def receive() -> dict[str, object]:
        return {"type": "http.request", "body": b"", "more_body": False}

    async def send(message: dict[str, object]) -> None:
        if message["type"] == "http.response.start":
            out["status"] = message["status"]
            out["headers"] = {k.decode().lower(): v.decode() for k, v in message["headers"]}
        elif message["type"] == "http.response.body":
            out["body"] = out["body"] + message.get("body", b"")

    asyncio.run(app(scope, receive, send))
    return out["status"], out["headers"], out["body"].decode("utf-8", "replace")


def routes_with_params(app: object) -> list[tuple[str, list[str], list[str]]]:
    """(path template, path parameters, query parameters) of every GET route the app serves, walking
    included routers too (FastAPI keeps them as wrappers around the router that was included)."""
    from fastapi.routing import APIRoute

    out = []

    def walk(routes: list[object], prefix: str) -> None:
        for r in routes:
            if isinstance(r, APIRoute):
                if "GET" in r.methods:
                    d = r.dependant
                    out.append((prefix + r.path, [p.name for p in d.path_params], [p.name for p in d.query_params]))
            elif (inner := getattr(r, "original_router", None)) is not None:
                walk(inner.routes, prefix + getattr(getattr(r, "include_context", None), "prefix", ""))

    walk(app.routes, "")
    return out


def test_edges_of_every_type_to_every_parameter_never_give_a_5xx(db: tuple[Path, dict[str, str]]) -> None:
    app = create_app(db[0], today=TODAY)
    path_values = {"letter_id": db[1]["agenda"], "agenda": db[1]["agenda"], "report": db[1]["xss"], "name": "purl"}
    routes = routes_with_params(app)
    assert {"/letters", "/api/search", "/letters/{letter_id}", "/feeds/{name}.atom"} <= {p for p, _, _ in routes}
    sent = 0
    for template, path_params, query_params in routes:
        def url(edge: bytes | None = None, at: str | None = None, tmpl: str = template,
                names: tuple[str, ...] = tuple(path_params)) -> bytes:
            u = tmpl.encode()
            for name in names:
                u = u.replace(b"{" + name.encode() + b"}", edge if name == at and edge is not None
                              else path_values[name].encode())
            return u

        base = b"q=Nederland&" if "q" in query_params else b""
        for edge in edge_values():
            cases = [(url(edge, name), b"", name) for name in path_params]
            cases += [(url(), base + p.encode() + b"=" + edge, p) for p in query_params]
            cases += [(url(), p.encode() + b"=" + edge, p) for p in query_params if base and p != "q"]
            for path, query, param in cases:
                status, headers, body = raw_get(app, path, query)
                sent += 1
                where = (path[:80], query[:80], status, body[:300])
                assert status < 500, where
                assert "default-src 'self'" in headers.get("content-security-policy", ""), where
                assert headers.get("x-content-type-options") == "nosniff", where
                if status == 400 and param in query_params:     # (without q, a search may name q instead)
                    named = {param} | ({"q"} if "q" in query_params and b"q=" not in query else set())
                    assert any(re.search(rf"\b{n}\b", body) for n in named), ("name the parameter", where)
    assert sent > 500


def test_app_refuses_a_missing_database(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="no database"):
        create_app(tmp_path / "none.db")


def test_the_app_cannot_write(client: TestClient, db: tuple[Path, dict[str, str]]) -> None:
    with Store(db[0], readonly=True) as s, pytest.raises(sqlite3.OperationalError, match=r"readonly|read-only"):
            s.conn.execute("DELETE FROM letters")


# -- serving while ingest writes ------------------------------------------------------------------

def test_pages_keep_serving_while_ingest_writes(tmp_path: Path) -> None:
    path = tmp_path / "live.db"
    with Store(path) as s:
        first = fill(s)
    folder = tmp_path / "letters"
    folder.mkdir()
    files = []
    for i in range(25):
        f = folder / f"brief-{i:02d}.txt"
        f.write_text(AGENDA.replace("EUR 250 miljoen", f"EUR {100 + i} miljoen") + f"\nKenmerk {i}.\n",
                     encoding="utf-8")
        files.append(f)
    errors: list[BaseException] = []
    done = threading.Event()

    def ingest() -> None:
        try:
            with Store(path) as w:
                for f in files:
                    load_file(w, str(f))
        except BaseException as e:   # reported by the main thread
            errors.append(e)
        finally:
            done.set()

    statuses: list[int] = []
    with TestClient(create_app(path, today=TODAY), raise_server_exceptions=False) as c:
        t = threading.Thread(target=ingest)
        t.start()
        while not done.is_set() or len(statuses) < 20:
            for url in ("/", "/letters", f"/letters/{first['agenda']}", "/search?q=lastenverdeling",
                        "/api/letters", "/spending"):
                statuses.append(c.get(url).status_code)
            if len(statuses) > 3000:
                break
        t.join(timeout=60)
        final = c.get("/api/letters", params={"limit": "1000"}).json()
    assert not errors, errors
    assert set(statuses) == {200}, sorted(set(statuses))
    assert len(final) == 2 + len(files)


# -- the sample letters ---------------------------------------------------------------------------

@pytest.fixture(scope="module")
def sample_client(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[TestClient, list[str]]]:
    assert SAMPLES, "no sample letters in ../shared/corpus"
    path = tmp_path_factory.mktemp("samples") / "inzet.db"
    with Store(path) as s:
        ids = [load_file(s, str(f))[0].letter_id for f in SAMPLES]
    with TestClient(create_app(path, today=TODAY), raise_server_exceptions=False) as c:
        yield c, ids


def test_every_page_renders_on_the_samples(sample_client: tuple[TestClient, list[str]]) -> None:
    c, ids = sample_client
    for url in [*PAGES, *(f"/letters/{i}" for i in ids)]:
        r = c.get(url)
        assert r.status_code == 200, (url, r.text[:300])
    for p in c.get("/api/followup").json()["pairs"]:
        assert c.get(f"/followup/{p['agenda']}/{p['report']}").status_code == 200


def test_sample_marks_quote_the_evidence(sample_client: tuple[TestClient, list[str]]) -> None:
    """The text inside the letter page equals the stored text: tags added, not a character changed
    (a converter's `[footnoteRef:N]` marker is only styled to read as its number)."""
    import html as h

    c, ids = sample_client
    for i in ids:
        d = c.get(f"/api/letters/{i}").json()
        page = c.get(f"/letters/{i}").text
        body = page.split('id="letter-text" lang="nl">', 1)[1].split("</div>", 1)[0]
        assert h.unescape(re.sub(r"<[^>]+>", "", body)) == d["text"]


def test_ledger_pages_on_the_samples(sample_client: tuple[TestClient, list[str]]) -> None:
    c, _ = sample_client
    ics = c.get("/deployments.ics")
    assert ics.status_code == 200 and ics.headers["content-type"].startswith("text/calendar")
    assert b"BEGIN:VCALENDAR" in ics.content
    assert 'href="/deployments.ics"' in c.get("/deployments").text
    pledges = c.get("/pledges").text
    assert "<svg" in pledges and 'class="bar point' in pledges
    assert "running total" in pledges and 'data-running="' in pledges
    ledger = c.get("/api/pledges").json()
    assert ledger["schema"] == "inzet.pledges/1"
    assert all(any(i["ukraine"] for i in inst["items"]) for inst in ledger["instruments"])
    assert "defence-spending" not in {inst["id"] for inst in ledger["instruments"]}    # not money for Ukraine
    # the €2 miljard motie Klaver asks for: requested, shown on its own, never an instrument or a pledge
    assert "motie-klaver" not in {inst["id"] for inst in ledger["instruments"]}
    [asked] = ledger["requested"]
    assert (asked["value"], asked["motion"], asked["motion_id"], asked["kind"]) == (
        2_000_000_000, "motie Klaver", "kst-36045-243", "requested")
    section = pledges.split('id="h-requested"', 1)[1].split("</section>", 1)[0]
    assert "motie Klaver" in section and "officielebekendmakingen.nl/kst-36045-243.html" in section
    assert "realised" in section


def test_footnote_markers_render_as_superscripts_and_text_stays_escaped() -> None:
    from inzet.web.render import Mark, highlight

    text = "Via de motie Klaver[footnoteRef:1] <b>€2 miljard</b>"
    start = text.index("€2")
    html_out = str(highlight(text, [Mark(start, start + 10, "amounts-0", "amounts")]))
    assert '<span class="fnref" data-n="1" title="voetnoot 1">[footnoteRef:1]</span>' in html_out
    assert "&lt;b&gt;" in html_out and "<b>" not in html_out
    assert 'data-fact="amounts-0"' in html_out
