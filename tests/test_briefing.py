"""Debate briefing: every section on a store holding two invented cycles (tests/invented_cycles.py), the CLI's
three formats, the web page and its API, and the sample letters from ../shared."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from invented_cycles import two_cycles
from inzet import service_briefing
from inzet.cli import app
from inzet.errors import NotFound, QueryError
from inzet.link.briefing import to_markdown
from inzet.store import Store


@pytest.fixture(scope="module")
def cycles(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, str]]:
    from invented_cycles import store_with

    return store_with(tmp_path_factory.mktemp("cycles"), two_cycles())


def _briefing(db: Path, agenda: str | None = None, **kw: object) -> dict:
    with Store(db, readonly=True) as s:
        return service_briefing.briefing(s, agenda, **kw)


def _section(b: dict, key: str) -> dict:
    return next(s for s in b["sections"] if s["key"] == key)


def _texts(b: dict, key: str) -> list[str]:
    return [x["text"] for x in _section(b, key)["lines"]]


def test_defaults_to_the_newest_agenda_and_counts_since_the_previous_one(cycles) -> None:
    db, ids = cycles
    b = _briefing(db)
    assert b["agenda"]["id"] == ids["agenda_dmm_2026.txt"] and b["since"] == "2025-09-20"
    assert b["previous"] == {"agenda": ids["agenda_dmm_2025.txt"], "report": ids["report_dmm_2025.txt"]}
    assert [s["key"] for s in b["sections"]] == ["agenda", "last_cycle", "motions", "mandates", "money",
                                                 "spending", "papers"]


def test_this_agenda_meetings_then_motion_mandated_positions_first(cycles) -> None:
    db, _ = cycles
    lines = _section(_briefing(db), "agenda")["lines"]
    assert lines[0]["badges"] == ["meeting"] and lines[0]["text"] == "DMM 2026-02-12, Brussel"
    positions = [x for x in lines if x["badges"][0] != "meeting"]
    assert positions[0]["text"].startswith("Conform de motie-De Vries zal Nederland")
    assert "motion: motie-De Vries" in positions[0]["badges"]
    assert any(x["badges"][0] == "commitment" and "groeipad" in x["text"] for x in positions)


def test_last_cycle_lists_what_the_report_left_out(cycles) -> None:
    db, ids = cycles
    s = _section(_briefing(db), "last_cycle")
    texts = [x["text"] for x in s["lines"]]
    assert texts[0].startswith("Conform de motie van het lid Bakker c.s. zal Nederland")      # motion first
    assert any("onderzeese infrastructuur" in t for t in texts)
    assert not any("lastenverdeling" in t for t in texts)                                     # reported
    assert s["lines"][0]["href"].startswith(f"/letters/{ids['agenda_dmm_2025.txt']}#s-")


def test_open_motions_first_then_mandated(cycles) -> None:
    db, ids = cycles
    lines = _section(_briefing(db), "motions")["lines"]
    assert [x["badges"][:2] for x in lines] == [["open", "motie-Bakker (kst-21501-28-880)"],
                                               ["mandated", "motie-De Vries (kst-36045-302)"]]
    assert lines[0]["flag"] and lines[0]["letter_id"] == ids["agenda_dmm_2025.txt"]


def test_mandates_ending_and_changed(cycles) -> None:
    db, ids = cycles
    lines = _section(_briefing(db), "mandates")["lines"]
    ending = [x for x in lines if x["badges"][0] == "ending"]
    changed = [x for x in lines if x["badges"] == ["end changed"]]
    assert [x["text"] for x in ending] == ["twee Nederlandse F-35’s (PL): ends 2026-06-30"]
    assert ending[0]["letter_id"] == ids["agenda_dmm_2026.txt"] and "138 days" in ending[0]["badges"][1]
    assert [x["text"] for x in changed] == ["twee Nederlandse F-35’s (PL): end 2026-03-31 → 2026-06-30"]
    # a shorter horizon drops the ending mandate, the changed end date stays
    short = _section(_briefing(db, horizon=30), "mandates")["lines"]
    assert [x["badges"] for x in short] == [["end changed"]]


def test_money_spending_and_papers_since_the_previous_agenda(cycles) -> None:
    db, _ = cycles
    b = _briefing(db)
    money = _section(b, "money")["lines"]
    assert [x["badges"] for x in money] == [["PURL", "new pledge", "€500 miljoen"], ["PURL", "total"]]
    assert money[1]["text"] == "PURL: running total €750 miljoen"
    spending = _section(b, "spending")["lines"]
    assert spending[0]["text"] == "In 2025 bedroegen de Nederlandse defensie-uitgaven 2,0% van het bbp."
    restated = [x for x in spending if x["badges"] == ["restated"]]
    assert len(restated) == 1 and restated[0]["flag"] and "2,1%" in restated[0]["text"]
    assert "legal_minimum" in restated[0]["note"]
    papers = {x["badges"][1]: x for x in _section(b, "papers")["lines"]}
    assert set(papers) == {"kst-36045-301", "kst-36045-302", "kst-36592-12"}   # kst-21501-28-880 is older
    assert papers["kst-36592-12"]["note"] == "https://zoek.officielebekendmakingen.nl/kst-36592-12.html"


def test_every_line_links_to_its_sentence(cycles) -> None:
    db, _ = cycles
    b = _briefing(db)
    with Store(db, readonly=True) as s:
        for sec in b["sections"]:
            for x in sec["lines"]:
                if x["letter_id"] is None:
                    continue
                a, e = x["span"]
                assert x["href"] == f"/letters/{x['letter_id']}#s-{a}-{e}"
                assert 0 <= a < e <= len(s.text(x["letter_id"]))


def test_an_empty_section_says_none(cycles, tmp_path: Path) -> None:
    db, ids = cycles
    b = _briefing(db, ids["agenda_dmm_2025.txt"])                   # the first agenda: no cycle before it
    last = _section(b, "last_cycle")
    assert last["lines"] == [] and last["none"].startswith("none — No earlier agenda")
    md = to_markdown(b)
    assert "## 2. Last cycle: positions not reported\n\n_none — No earlier agenda" in md
    with pytest.raises(QueryError, match="a report letter, not an agenda"):
        _briefing(db, ids["report_dmm_2025.txt"])
    with pytest.raises(QueryError, match="--since 'gisteren'"):
        _briefing(db, since="gisteren")
    empty = tmp_path / "empty.db"
    Store(empty).close()
    with pytest.raises(NotFound, match="no agenda letter is stored"):
        _briefing(empty)


def test_cli_formats(cycles) -> None:
    db, ids = cycles
    runner = CliRunner()
    r = runner.invoke(app, ["briefing", "--db", str(db), "--format", "json"])
    assert r.exit_code == 0, r.output
    assert json.loads(r.output)["schema"] == "inzet.briefing/1"
    r = runner.invoke(app, ["briefing", ids["agenda_dmm_2026.txt"][:10], "--db", str(db)])
    assert r.exit_code == 0, r.output
    assert r.output.startswith("# Briefing:") and "## 3. Motions still open" in r.output
    assert f"(http://127.0.0.1:8000/letters/{ids['agenda_dmm_2025.txt']}#s-" in r.output
    r = runner.invoke(app, ["briefing", "--db", str(db), "--format", "html", "--base-url", "http://x.test/"])
    assert r.exit_code == 0, r.output
    assert r.output.startswith("<!doctype html>") and 'href="http://x.test/letters/' in r.output
    assert r.output.count('class="b-section"') == 7
    r = runner.invoke(app, ["briefing", "--db", str(db), "--horizon", "0"])
    assert r.exit_code == 1 and "--horizon 0: expected 1 to 3650 days" in r.output


def test_the_samples_fill_every_section_the_letters_hold(samples_db: Path) -> None:
    b = _briefing(samples_db)
    assert b["agenda"]["date"] == "2026-01-29" and b["agenda"]["report"] is not None
    assert b["since"] == "2023-06-16"                  # no earlier agenda: the June 2023 report starts the cycle
    agenda = _texts(b, "agenda")
    assert agenda[3].startswith("Conform de motie-Van Campen zal Nederland")
    assert _section(b, "motions")["lines"][0]["badges"][:2] == ["open", "motie-Van Campen (kst-21501-20-2307)"]
    assert any("MQ-9" in t and "2026-03-31 → 2026-09-30" in t for t in _texts(b, "mandates"))
    assert "PURL: running total €750 miljoen" in _texts(b, "money")
    spending = _section(b, "spending")["lines"]
    # the agenda's 1,79% and 1,8% for 2025 are two bases in one letter: listed, never flagged as a restatement
    assert {"1,79% 2025", "1,8% 2025"} <= {x["badges"][0] for x in spending}
    assert not any("restated" in x["badges"] for x in spending)
    assert {x["badges"][1] for x in _section(b, "papers")["lines"]} >= {"kst-21501-20-2307", "kst-36045-267"}
    assert _section(b, "last_cycle")["lines"] == []    # the June 2023 agenda is not among the samples


def test_web_page_api_and_dashboard_link(cycles) -> None:
    import warnings

    from inzet.web import create_app

    with warnings.catch_warnings():      # starlette warns that it prefers httpx2; httpx is what we have
        warnings.simplefilter("ignore")
        from starlette.testclient import TestClient

    db, ids = cycles
    c = TestClient(create_app(db))
    r = c.get("/briefing", follow_redirects=False)
    assert r.status_code == 307 and r.headers["location"] == f"/briefing/{ids['agenda_dmm_2026.txt']}"
    page = c.get(r.headers["location"]).text
    assert page.count('class="b-section"') == 7 and "/static/briefing.css" in page
    assert 'href="/briefing"' in c.get("/").text
    api = c.get(f"/api/briefing/{ids['agenda_dmm_2025.txt'][:12]}").json()
    assert api["agenda"]["id"] == ids["agenda_dmm_2025.txt"]
    assert c.get(f"/api/briefing/{ids['report_dmm_2025.txt']}").status_code == 400
    assert c.get(f"/briefing/{ids['agenda_dmm_2026.txt']}?horizon=lots").status_code == 400
    motions = c.get("/api/motions").json()["motions"]
    assert motions[0]["key"] == "kst-21501-28-880" and motions[0]["status"] == "open"
