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
