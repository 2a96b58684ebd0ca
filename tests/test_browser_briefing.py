"""Browser tests of the debate briefing: `inzet serve` over two invented cycles (tests/invented_cycles.py), driven by
Debian's chromium. They fail (not skip) when /usr/bin/chromium is missing, like tests/test_browser.py."""

from __future__ import annotations

import io
import math
import re
from collections.abc import Iterator

import httpx
import pytest
from pypdf import PdfReader

from invented_cycles import store_with, two_cycles
from inzet.errors import InzetError
from inzet.web.launch import served
from test_browser import SHOTS, shot

pytestmark = pytest.mark.browser

A4_MM = (210, 297)
MARGIN_MM = (12, 14)          # @page margin in static/briefing.css: 14mm top/bottom, 12mm left/right
PX_PER_MM = 96 / 25.4


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, str]]:
    db, ids = store_with(tmp_path_factory.mktemp("briefing-browser"), two_cycles())
    try:
        with served(db) as base:
            yield {"base": base, **ids}
    except InzetError as e:
        pytest.fail(str(e))


def _page(browser: object, width: int, height: int) -> tuple[object, object, list[str]]:
    ctx = browser.new_context(viewport={"width": width, "height": height})  # type: ignore[attr-defined]
    pg = ctx.new_page()
    errors: list[str] = []
    pg.on("pageerror", lambda e: errors.append(str(e)))
    return ctx, pg, errors


def test_briefing_from_the_dashboard_open_motion_first_link_selects_its_sentence(site: dict, browser: object) -> None:
    ctx, pg, errors = _page(browser, 1366, 900)
    try:
        pg.goto(site["base"] + "/")
        pg.click("text=Debate briefing for the newest agenda")
        pg.wait_for_url(f"**/briefing/{site['agenda_dmm_2026.txt']}")
        assert pg.locator("section.b-section").count() == 7
        first = pg.locator("#b-motions li.b-line").first
        assert first.locator(".badge").first.inner_text() == "open"
        assert "motie-Bakker" in first.inner_text() and "flag" in (first.get_attribute("class") or "")
        mandated = pg.locator("#b-agenda li.b-line").nth(1)          # after the meeting line
        assert "motion: motie-De Vries" in mandated.inner_text()
        shot(pg, "briefing")
        link = first.locator("a").first
        href = link.get_attribute("href") or ""
        start, end = (int(x) for x in href.rsplit("#s-", 1)[1].split("-"))
        link.click()
        pg.wait_for_url(f"**/letters/{site['agenda_dmm_2025.txt']}#s-*")
        pg.wait_for_selector("#letter-normalised")
        text = httpx.get(f"{site['base']}/api/letters/{site['agenda_dmm_2025.txt']}", timeout=10).json()["text"]
        selected = pg.evaluate("window.getSelection().toString()")
        # the normalised view shows the span's words; its footnote marker is a link, not selectable text
        assert selected.split() == re.sub(r"\[footnoteRef:\d+\]", "", text[start:end]).split()
        assert selected.startswith("Conform de motie van het lid Bakker c.s.")
        assert not errors
    finally:
        ctx.close()


def test_briefing_reads_on_a_phone(site: dict, browser: object) -> None:
    ctx, pg, errors = _page(browser, 375, 740)
    try:
        pg.goto(f"{site['base']}/briefing/{site['agenda_dmm_2026.txt']}")
        assert pg.evaluate("document.scrollingElement.scrollWidth <= window.innerWidth + 1")
        empty = pg.locator("#b-last_cycle .empty, #b-papers .empty")
        assert empty.count() == 0          # both hold lines in the second cycle
        shot(pg, "briefing-phone")
        assert not errors
    finally:
        ctx.close()


def test_print_on_a4_takes_only_the_pages_the_content_needs(site: dict, browser: object) -> None:
    width = round((A4_MM[0] - 2 * MARGIN_MM[0]) * PX_PER_MM)
    page_h = (A4_MM[1] - 2 * MARGIN_MM[1]) * PX_PER_MM
    ctx, pg, errors = _page(browser, width, 900)
    try:
        pg.goto(f"{site['base']}/briefing/{site['agenda_dmm_2026.txt']}")
        pg.emulate_media(media="print")
        assert pg.locator("header.site").is_hidden() and pg.locator("footer.site").is_hidden()
        content_h = pg.evaluate("document.documentElement.scrollHeight")
        needed = math.ceil(content_h / page_h)
        data = pg.pdf(prefer_css_page_size=True, print_background=False)
        SHOTS.mkdir(parents=True, exist_ok=True)
        (SHOTS / "briefing.pdf").write_bytes(data)
        pdf = PdfReader(io.BytesIO(data))
        print(f"printed {len(pdf.pages)} page(s) for {content_h}px of content, {page_h:.0f}px per page")
        assert 1 <= len(pdf.pages) <= needed, (len(pdf.pages), content_h, page_h)
        w, h = (float(x) for x in pdf.pages[0].mediabox[2:])
        assert abs(w / 72 * 25.4 - A4_MM[0]) < 1 and abs(h / 72 * 25.4 - A4_MM[1]) < 1
        last = pdf.pages[-1].extract_text() or ""
        assert last.strip(), "the last printed page is empty"
        everything = " ".join(p.extract_text() or "" for p in pdf.pages).replace("\ufb01", "fi")
        assert "7. Papers cited for the" in everything and "motie-Bakker" in everything
        assert "Dashboard" not in everything and "Zoeken in brieven" not in everything
        assert not errors
    finally:
        ctx.close()
