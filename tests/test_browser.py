"""Browser tests: `inzet serve` on the sample letters, driven by Debian's chromium through Playwright.

They fail (not skip) when /usr/bin/chromium is missing: CI must run them. Screenshots go to
artifacts/screenshots/ (gitignored) for a human to look at.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest

from conftest import ROOT, SAMPLES
from inzet.errors import InzetError
from inzet.pipeline import load_file
from inzet.store import Store
from inzet.web.launch import served

pytestmark = pytest.mark.browser

SHOTS = ROOT / "artifacts" / "screenshots"
XSS_LETTER = (
    "Geachte voorzitter,\n\n"
    "Hierbij ontvangt u het verslag van de bijeenkomst van de NAVO-ministers van Defensie op 12 februari 2026.\n"
    "Deze brief bevat <script>alert(1)</script> en <img src=x onerror=alert(1)> als tekst, "
    "en ook <svg onload=alert(1)> en \"><script>alert(2)</script>.\n"
    "Nederland draagt EUR 5 miljoen bij aan de steun aan Oekraïne <img src=x onerror=alert(3)>.\n"
)


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, str]]:
    """`inzet serve` in a subprocess on a free port, over a temp DB with the samples and an XSS letter."""
    assert SAMPLES, "no sample letters in ../shared/corpus"
    tmp = tmp_path_factory.mktemp("browser")
    db = tmp / "inzet.db"
    xss = tmp / "xss-brief.txt"
    xss.write_text(XSS_LETTER, encoding="utf-8")
    with Store(db) as s:
        for f in SAMPLES:
            load_file(s, str(f))
        xss_id = load_file(s, str(xss))[0].letter_id
    try:
        with served(db) as base:
            yield {"base": base, "xss": xss_id}
    except InzetError as e:
        pytest.fail(str(e))


@pytest.fixture
def page(browser: object) -> Iterator[object]:
    """A fresh page that records dialogs (alert/confirm/prompt) and page errors."""
    ctx = browser.new_context(viewport={"width": 1366, "height": 900})  # type: ignore[attr-defined]
    pg = ctx.new_page()
    pg.dialogs = []
    pg.errors = []

    def on_dialog(d: object) -> None:
        pg.dialogs.append(d.message)  # type: ignore[attr-defined]
        d.dismiss()  # type: ignore[attr-defined]

    pg.on("dialog", on_dialog)
    pg.on("pageerror", lambda e: pg.errors.append(str(e)))
    try:
        yield pg
    finally:
        ctx.close()


def shot(pg: object, name: str, full: bool = True) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    pg.screenshot(path=str(SHOTS / f"{name}.png"), full_page=full)  # type: ignore[attr-defined]


def test_dashboard_loads(server: dict[str, str], page: object) -> None:
    pg = page
    pg.goto(server["base"] + "/")
    assert pg.title().startswith("Dashboard")
    assert pg.locator("h2", has_text="Latest letters").count() == 1
    assert pg.locator("#h-latest + ul li").count() >= 3
    shot(pg, "dashboard")
    assert not pg.errors


def test_search_shows_highlighted_hits(server: dict[str, str], page: object) -> None:
    pg = page
    pg.goto(server["base"] + "/")
    pg.fill("#qs", "lastenverdeling Oekraïne")
    pg.press("#qs", "Enter")
    pg.wait_for_url("**/search?q=*")
    assert pg.locator("li.hit").count() >= 1
    marks = pg.locator("li.hit mark.hit")
    assert marks.count() >= 2
    assert {t.lower() for t in marks.all_inner_texts()} >= {"lastenverdeling", "oekraïne"}
    shot(pg, "search")
    pg.goto(server["base"] + '/search?q="steun aan Oekraïne"')
    assert pg.locator("li.hit mark.hit").first.inner_text().lower() == "steun aan oekraïne"
    assert not pg.errors


def test_clicking_a_fact_selects_it_in_the_panel(server: dict[str, str], page: object) -> None:
    pg = page
    pg.goto(server["base"] + "/letters?kind=agenda")
    pg.locator("table a", has_text="Geannoteerde").first.click()
    pg.wait_for_selector("#letter-normalised")
    mark = pg.locator('#letter-normalised mark.fact[data-kind="money"]').first
    fid = mark.get_attribute("data-fact").split()[0]
    mark.click()
    item = pg.locator(f"#panel-{fid}")
    assert "selected" in (item.get_attribute("class") or "")
    assert pg.locator(".panel-item.selected").count() == 1
    shot(pg, "letter-fact-selected", full=False)
    # and the other way: a panel item selects its highlight
    other = pg.locator('.panel-item[data-fact^="gdp_shares-"]').first
    gid = other.get_attribute("data-fact")
    other.click()
    selected = pg.locator("#letter-normalised mark.fact.selected")
    assert selected.count() >= 1
    assert gid in selected.first.get_attribute("data-fact").split()
    assert pg.evaluate("location.hash") == f"#{gid}"
    # hover text of acronyms
    assert pg.locator("#letter-normalised abbr[title]").count() >= 1
    assert not pg.errors


def test_a_sentence_link_after_footnote_markers_selects_the_quoted_text(server: dict[str, str], page: object) -> None:
    """`#s-START-END` counts stored-text offsets; markers shown as numbers must not shift them."""
    import httpx

    letters = httpx.get(server["base"] + "/api/letters", params={"kind": "agenda"}, timeout=10).json()
    rows = letters["letters"] if isinstance(letters, dict) else letters
    lid = rows[0]["id"]
    text = httpx.get(f"{server['base']}/api/letters/{lid}", timeout=10).json()["text"]
    last = text.rindex("[footnoteRef:")
    start = text.index(" ", text.index("]", last)) + 1
    end = start + 40
    page.goto(f"{server['base']}/letters/{lid}")
    page.locator('button.toggle-view[data-view="letter-text"]').click()       # the stored text as is
    assert page.locator("#letter-normalised").is_hidden()
    page.goto(f"{server['base']}/letters/{lid}#s-{start}-{end}")
    assert page.evaluate("window.getSelection().toString()") == text[start:end]
    assert page.locator("#letter-text .fnref").count() == text.count("[footnoteRef:")


def _agenda(base: str) -> tuple[str, str]:
    """Id and stored text of the sample agenda."""
    import httpx

    letters = httpx.get(base + "/api/letters", params={"kind": "agenda"}, timeout=10).json()
    rows = letters["letters"] if isinstance(letters, dict) else letters
    lid = rows[0]["id"]
    return lid, httpx.get(f"{base}/api/letters/{lid}", timeout=10).json()["text"]


def test_normalised_view_selects_the_exact_words_of_a_sentence_link(server: dict[str, str], page: object) -> None:
    """The normalised view hides furniture and joins lines, yet `#s-START-END` selects the span's words."""
    lid, text = _agenda(server["base"])
    start = text.index("Via de motie Klaver")
    end = text.index("Oekraïne.", start) + len("Oekraïne.")        # across a footnote marker
    pg = page
    pg.goto(f"{server['base']}/letters/{lid}#s-{start}-{end}")
    pg.wait_for_selector("#letter-normalised")
    assert pg.locator("#letter-text").is_hidden() and pg.locator("#letter-normalised").is_visible()
    view = pg.locator("#letter-normalised").inner_text()
    assert "[footnoteRef:" not in view and "Pagina " not in view
    assert pg.locator("#letter-normalised h3").count() >= 1
    assert pg.locator("#letter-normalised li[id^=fn-]").count() >= 1
    selected = pg.evaluate("window.getSelection().toString()")
    words = text[start:end].replace("[footnoteRef:1]", "").split()
    assert selected.split() == words, selected        # the marker's number is not selectable text
    # a highlight keeps its exact span: the €2 miljard mark reads as the stored text at its offsets
    mark = pg.locator('#letter-normalised mark.fact[data-kind="money"]', has_text="miljard").first
    assert mark.inner_text() == "€2 miljard"
    # the footnote marker links to the note, and the note back to the text
    pg.locator('#letter-normalised sup.fn-ref a[href="#fn-1"]').click()
    assert pg.evaluate("location.hash") == "#fn-1"
    assert pg.locator("#fn-1 a.fn-back").get_attribute("href") == "#fnref-1"
    shot(pg, "letter-normalised", full=False)
    pg.locator('button.toggle-view[data-view="letter-text"]').click()
    assert pg.locator("#letter-text").is_visible() and pg.locator("#letter-normalised").is_hidden()
    assert not pg.errors


def test_followup_shows_a_not_reported_position(server: dict[str, str], page: object) -> None:
    pg = page
    pg.goto(server["base"] + "/followup")
    link = pg.locator("a", has_text="follow-up →").first
    assert link.count() == 1, "no agenda/report pair in the samples"
    link.click()
    pg.wait_for_selector("h1")
    nr = pg.locator("li.position.status-not_reported")
    assert nr.count() >= 1
    assert pg.locator("li.position.mandated.status-not_reported").count() >= 1
    pg.locator('button[data-show="not_reported"]').click()
    assert pg.locator("li.position.status-reported:visible").count() == 0
    assert pg.locator("li.position.status-not_reported:visible").count() == nr.count()
    pg.locator('button[data-show="all"]').click()
    shot(pg, "followup")
    assert not pg.errors


@pytest.mark.parametrize(("path", "selector"), [
    ("/spending", "svg.chart.trajectory circle.point"),
    ("/pledges", "svg.chart.pledges rect.bar"),
    ("/deployments", "svg.chart.timeline rect.bar"),
])
def test_charts_render(server: dict[str, str], page: object, path: str, selector: str) -> None:
    pg = page
    pg.goto(server["base"] + path)
    points = pg.locator(selector)
    assert points.count() >= 1, f"no data points ({selector}) on {path}"
    box = pg.locator(selector.split(" ")[0]).bounding_box()
    assert box and box["width"] > 300 and box["height"] > 50
    shot(pg, path.strip("/"))
    assert not pg.errors


def test_xss_letter_runs_no_script(server: dict[str, str], page: object) -> None:
    pg = page
    for url in (f"/letters/{server['xss']}", "/search?q=alert", "/search?q=onerror", "/letters", "/",
                "/search?q=%3Cscript%3Ealert(1)%3C/script%3E", "/letters/%3Cscript%3Ealert(1)%3C%2Fscript%3E"):
        pg.goto(server["base"] + url)
        pg.wait_for_timeout(100)
    pg.goto(server["base"] + f"/letters/{server['xss']}")
    assert "<script>alert(1)</script>" in pg.locator("#letter-text").inner_text()
    assert pg.locator("#letter-text img, #letter-text script, #letter-text svg").count() == 0
    shot(pg, "xss-letter", full=False)
    assert pg.dialogs == [], pg.dialogs


def test_letter_page_on_a_phone(server: dict[str, str], browser: object) -> None:
    ctx = browser.new_context(viewport={"width": 390, "height": 844}, is_mobile=True)  # type: ignore[attr-defined]
    try:
        pg = ctx.new_page()
        pg.goto(server["base"] + "/letters?kind=report")
        pg.locator("table a").first.click()
        pg.wait_for_selector("#letter-normalised")
        width = pg.evaluate("document.documentElement.scrollWidth")
        assert width <= 400, f"page is {width}px wide on a 390px phone"
        shot(pg, "letter-phone", full=False)
        pg.goto(server["base"] + "/")
        shot(pg, "dashboard-phone", full=False)
    finally:
        ctx.close()


def test_spending_names_letters_where_paths_and_hashes_were(server: dict[str, str], page: object) -> None:
    pg = page
    pg.goto(server["base"] + "/spending")
    links = pg.locator("table.compact tbody td:first-child a")
    assert links.count() >= 3
    names = set(links.all_inner_texts())
    named = re.compile(r"(Agenda|Report|Letter) (of \d{4}-\d{2}-\d{2}|\(undated\))( — .+)?")
    assert all(named.fullmatch(n) for n in names), names
    body = pg.locator("main").inner_text()
    assert "corpus/" not in body and ".txt" not in body            # restatements too: no file paths
    assert not re.search(r"\b[0-9a-f]{8,}\b", " ".join(names))     # and no hash prefixes
    links.first.click()
    pg.wait_for_url("**/letters/*#gdp_shares-*")
    assert pg.locator("h1").inner_text() in names
    assert not pg.errors
