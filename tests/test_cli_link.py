"""CLI commands across letters, on the sample letters stored in a temporary database."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from conftest import CORPUS
from inzet.cli import app

AGENDA = CORPUS / "004_3bc00135a66a1b8e.txt"
REPORT = CORPUS / "003_be01b2110d716345.txt"


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> str:
    path = str(tmp_path_factory.mktemp("link") / "inzet.db")
    r = CliRunner().invoke(app, ["ingest", "--db", path, *map(str, sorted(CORPUS.glob("*.txt")))])
    assert r.exit_code == 0, r.output
    return path


def _agenda_id(db: str) -> str:
    r = CliRunner().invoke(app, ["letters", "--db", db, "--kind", "agenda", "--format", "json"])
    return json.loads(r.output)[0]["id"]


def test_followup_pairs_the_report_from_the_store_and_flags_the_silent_motion(db: str) -> None:
    r = CliRunner().invoke(app, ["followup", _agenda_id(db)[:10], "--db", db, "--format", "json"])
    assert r.exit_code == 0, r.output
    out = json.loads(r.output)
    assert out["schema"] == "inzet.followup/1" and out["report"].endswith(REPORT.name)
    assert {m["type"] for m in out["meetings"]} == {"RBZ-Defensie", "DMM", "UDCG"}
    silent = [p for p in out["positions"] if p["status"] == "not_reported" and p.get("motion")]
    assert any("Van Campen" in p["text"] for p in silent)
    table = CliRunner().invoke(app, ["followup", str(AGENDA), str(REPORT), "--db", db], env={"COLUMNS": "200"})
    assert table.exit_code == 0 and "NOT REPORTED" in table.output and "mandated by" in table.output


def test_followup_refuses_a_report_as_agenda_with_one_line(db: str) -> None:
    r = CliRunner().invoke(app, ["followup", str(REPORT), str(AGENDA), "--db", db])
    assert r.exit_code == 1 and "not an agenda" in r.output and len(r.output.strip().splitlines()) == 1


def test_pledges_json_csv_and_instrument_filter(db: str) -> None:
    r = CliRunner().invoke(app, ["pledges", "--instrument", "PURL", "--db", db, "--format", "json"])
    assert r.exit_code == 0, r.output
    [purl] = json.loads(r.output)["instruments"]
    kinds = [(it["kind"], it["value"], it["currency"]) for it in purl["items"]]
    assert ("pledge", 750000000, "EUR") in kinds and ("remainder", 90000000, "EUR") in kinds
    assert purl["totals"]["EUR"]["pledged"] == 750000000          # mentioned in two letters, counted once
    csv = CliRunner().invoke(app, ["pledges", "--db", db, "--format", "csv"])
    lines = csv.output.strip().splitlines()
    assert csv.exit_code == 0 and "," in lines[0] and len(lines) > 5


def test_deployments_register_expiry_window_and_ics(db: str, tmp_path) -> None:
    import icalendar

    ics = tmp_path / "m.ics"
    r = CliRunner().invoke(app, ["deployments", "--db", db, "--format", "json", "--ics", str(ics)])
    assert r.exit_code == 0, r.output
    entries = json.loads(r.stdout)
    mq9 = [e for e in entries if "RO" in e["countries"]]
    assert len(mq9) == 1 and mq9[0]["current_end"] == "2026-09-30" and len(mq9[0]["history"]) == 2
    cal = icalendar.Calendar.from_ical(ics.read_bytes())
    assert len(cal.walk("VEVENT")) == len([e for e in entries if e["current_end"]])   # one event per end date
    r = CliRunner().invoke(app, ["deployments", "--db", db, "--active-on", "2026-06-01", "--format", "json"])
    assert {e["current_end"] for e in json.loads(r.stdout)} >= {"2026-09-30", "2026-12-31"}
    bad = CliRunner().invoke(app, ["deployments", "--db", db, "--expiring", "soon"])
    assert bad.exit_code == 1 and "expected a number of days" in bad.output


def test_spending_restates_across_letters_only(db: str) -> None:
    r = CliRunner().invoke(app, ["spending", "--db", db, "--format", "json"])
    assert r.exit_code == 0, r.output
    out = json.loads(r.output)
    # the agenda's own 1,79% and 1,8% for one year (a rounded and an exact figure) are not a restatement
    assert not [x for x in out["restatements"] if x["before"]["letter_id"] == x["after"]["letter_id"]]
    assert ".txt" not in json.dumps(out["restatements"])


def test_citations_and_glossary(db: str) -> None:
    r = CliRunner().invoke(app, ["citations", "--db", db, "--format", "json"])
    edges = json.loads(r.output)
    assert {"kst-36045-243", "kst-21501-20-2307"} <= {e["cited"] for e in edges if e["kind"] == "motion"}
    assert all(e["url"].startswith("https://zoek.officielebekendmakingen.nl/kst-") for e in edges
               if e["cited"].startswith("kst-"))
    g = CliRunner().invoke(app, ["glossary", "--db", db, "--format", "json"])
    dmm = next(e for e in json.loads(g.output) if e["short"] == "DMM")
    assert len({d["source"] for v in dmm["variants"] for d in v["definitions"]}) == 3
