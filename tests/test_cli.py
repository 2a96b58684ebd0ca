"""The `inzet` command line: extract, ingest, letters, show, --version, and the demo."""

from __future__ import annotations

import hashlib
import json
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from conftest import SAMPLES, read_letter
from inzet import __version__
from inzet.cli import app
from inzet.demo import EXAMPLES
from inzet.demo import main as demo_main
from inzet.store import Store

CONTRACT_KEYS = {"schema", "source", "sha256", "letter", "amounts", "gdp_shares", "deployments",
                 "citations", "acronyms", "sections"}
LETTER_KEYS = {"date", "chamber", "kind", "subject", "reference", "kamerstuk", "signatory", "meetings"}


@pytest.fixture
def runner(monkeypatch: pytest.MonkeyPatch) -> CliRunner:
    monkeypatch.delenv("INZET_DB", raising=False)
    monkeypatch.delenv("INZET_DEBUG", raising=False)
    return CliRunner()


def lines(s: str) -> list[str]:
    return [line for line in s.splitlines() if line.strip()]


def stored_sources(db: Path) -> list[str]:
    with Store(db, readonly=True) as s:
        return sorted(r["source"] for r in s.letters())


def test_version(runner: CliRunner) -> None:
    r = runner.invoke(app, ["--version"])
    assert r.exit_code == 0 and __version__ in r.stdout


# -- extract ----------------------------------------------------------------------------------

def test_extract_jsonl_on_the_samples(runner: CliRunner) -> None:
    r = runner.invoke(app, ["extract", *map(str, SAMPLES)])
    assert r.exit_code == 0, r.output
    objs = [json.loads(line) for line in r.stdout.splitlines()]
    assert len(objs) == len(SAMPLES)
    for path, obj in zip(SAMPLES, objs, strict=True):
        assert set(obj) == CONTRACT_KEYS and set(obj["letter"]) == LETTER_KEYS
        assert obj["schema"] == "inzet.extract/1"
        assert obj["source"] == str(path)
        assert obj["sha256"] == hashlib.sha256(path.read_bytes()).hexdigest()
        text = read_letter(path)
        for kind in ("amounts", "gdp_shares", "deployments", "citations", "acronyms", "sections"):
            for fact in obj[kind]:
                start, end = fact["span"]
                assert 0 <= start <= end <= len(text)
                if "text" in fact:
                    assert text[start:end] == fact["text"]


def test_extract_writes_non_ascii_as_is(runner: CliRunner, tmp_path: Path) -> None:
    f = tmp_path / "brief.txt"
    f.write_text("Steun aan Oekraïne\nDe Minister van Defensie steunt Oekraïne met EUR 10 miljoen.\n",
                 encoding="utf-8")
    r = runner.invoke(app, ["extract", str(f)])
    assert r.exit_code == 0, r.output
    assert "\\u" not in r.stdout and json.loads(r.stdout)["source"] == str(f)


def test_extract_goes_on_after_a_bad_file(runner: CliRunner, tmp_path: Path) -> None:
    empty = tmp_path / "leeg.txt"
    empty.write_bytes(b"")
    missing = tmp_path / "weg.txt"
    r = runner.invoke(app, ["extract", str(SAMPLES[0]), str(empty), str(missing), str(SAMPLES[-1])])
    assert r.exit_code == 1
    assert [json.loads(line)["source"] for line in r.stdout.splitlines()] == [str(SAMPLES[0]), str(SAMPLES[-1])]
    errs = lines(r.stderr)
    assert len(errs) == 2
    assert str(empty) in errs[0] and "empty" in errs[0]
    assert str(missing) in errs[1] and "no such file" in errs[1]
    assert "Traceback" not in r.output


def test_extract_table(runner: CliRunner) -> None:
    r = runner.invoke(app, ["extract", "--format", "table", str(SAMPLES[0])])
    assert r.exit_code == 0, r.output
    assert SAMPLES[0].name[:8] in r.stdout and "sha256" in r.stdout


# -- ingest -----------------------------------------------------------------------------------

def test_ingest_twice_says_already_stored(runner: CliRunner, tmp_path: Path) -> None:
    db = tmp_path / "inzet.db"
    files = [str(p) for p in SAMPLES]
    first = runner.invoke(app, ["ingest", "--db", str(db), *files])
    assert first.exit_code == 0, first.output
    assert f"{len(files)} stored, 0 already present, 0 failed" in first.stdout
    second = runner.invoke(app, ["ingest", "--db", str(db), *files])
    assert second.exit_code == 0, second.output
    assert second.stdout.count("already stored") == len(files)
    assert f"0 stored, {len(files)} already present, 0 failed" in second.stdout
    assert stored_sources(db) == sorted(files)


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_ingest_a_folder_with_bad_files(runner: CliRunner, tmp_path: Path, jobs: str) -> None:
    folder = tmp_path / "brieven"
    (folder / "sub").mkdir(parents=True)
    good = folder / "sub" / SAMPLES[0].name
    shutil.copy(SAMPLES[0], good)
    empty = folder / "leeg.txt"
    empty.write_bytes(b"")
    garbage = folder / "kapot.pdf"
    garbage.write_bytes(b"\x00\x01 this is no pdf \xff\xfe" * 20)
    unknown = folder / "notities.xyz"
    unknown.write_text("geen brief", encoding="utf-8")
    (folder / ".verborgen.txt").write_text("hidden", encoding="utf-8")
    db = tmp_path / "inzet.db"

    r = runner.invoke(app, ["ingest", "--jobs", jobs, "--db", str(db), str(folder)])
    assert r.exit_code == 1, r.output
    assert "Traceback" not in r.output
    assert stored_sources(db) == [str(good)]
    errs = lines(r.stderr)
    for bad in (empty, garbage, unknown):
        mentions = [e for e in errs if str(bad) in e]
        assert len(mentions) == 1, (bad, errs)
    assert not any(".verborgen" in e for e in errs)
    assert "1 stored, 0 already present, 2 failed, 1 skipped" in r.stdout

    # named explicitly, an unsupported file is an error, not a skip
    r = runner.invoke(app, ["ingest", "--db", str(db), str(unknown), str(good)])
    assert r.exit_code == 1
    assert len(lines(r.stderr)) == 1 and str(unknown) in r.stderr and "unsupported" in r.stderr
    assert "already stored" in r.stdout


def test_ingest_globs_and_env_db(runner: CliRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    db = tmp_path / "env.db"
    monkeypatch.setenv("INZET_DB", str(db))
    pattern = str(SAMPLES[0].parent / "*.txt")
    r = runner.invoke(app, ["ingest", pattern])
    assert r.exit_code == 0, r.output
    assert stored_sources(db) == sorted(str(p) for p in SAMPLES)
    r = runner.invoke(app, ["ingest", str(tmp_path / "nothing-*.txt")])
    assert r.exit_code == 1 and "no file matches" in r.stderr


# -- letters / show ---------------------------------------------------------------------------

@pytest.fixture
def db(runner: CliRunner, tmp_path: Path) -> Path:
    path = tmp_path / "inzet.db"
    r = runner.invoke(app, ["ingest", "--db", str(path), *map(str, SAMPLES)])
    assert r.exit_code == 0, r.output
    return path


def test_letters(runner: CliRunner, db: Path) -> None:
    r = runner.invoke(app, ["letters", "--db", str(db), "--format", "json"])
    assert r.exit_code == 0, r.output
    rows = json.loads(r.stdout)
    assert sorted(row["source"] for row in rows) == sorted(map(str, SAMPLES))
    table = runner.invoke(app, ["letters", "--db", str(db)])
    assert table.exit_code == 0 and all(row["id"][:12] in table.stdout for row in rows)
    none = runner.invoke(app, ["letters", "--db", str(db), "--since", "2099", "--format", "json"])
    assert none.exit_code == 0 and json.loads(none.stdout) == []
    bad = runner.invoke(app, ["letters", "--db", str(db), "--since", "morgen"])
    assert bad.exit_code == 1 and len(lines(bad.stderr)) == 1 and "--since" in bad.stderr


def test_letters_without_a_database(runner: CliRunner, tmp_path: Path) -> None:
    r = runner.invoke(app, ["letters", "--db", str(tmp_path / "none.db")])
    assert r.exit_code == 1 and "no database" in r.stderr and "Traceback" not in r.output
    assert not (tmp_path / "none.db").exists()


def test_show(runner: CliRunner, db: Path) -> None:
    path = SAMPLES[0]
    lid = hashlib.sha256(path.read_bytes()).hexdigest()
    r = runner.invoke(app, ["show", lid[:10], "--db", str(db)])
    assert r.exit_code == 0, r.output
    assert lid in r.stdout and str(path) in r.stdout and "sections (" in r.stdout
    j = runner.invoke(app, ["show", lid, "--db", str(db), "--format", "json"])
    assert j.exit_code == 0, j.output
    d = json.loads(j.stdout)
    assert d["id"] == lid and set(d["letter"]) == LETTER_KEYS
    text = read_letter(path)
    for facts in d["facts"].values():
        for f in facts:
            assert f["evidence"] == text[f["span"][0]:f["span"][1]]
            assert " ".join(f["evidence"].split()) in r.stdout      # quoted on one line
            assert f["rule"] in r.stdout
    for s in d["sections"]:
        assert s["heading"] in r.stdout


def test_show_unknown_id(runner: CliRunner, db: Path) -> None:
    r = runner.invoke(app, ["show", "0000000000dead", "--db", str(db)])
    assert r.exit_code == 1
    assert lines(r.stderr) == ["error: no letter with id '0000000000dead' in " + str(db)]
    assert r.stdout == ""


# -- demo -------------------------------------------------------------------------------------

def test_demo_uses_the_bundled_examples_without_shared(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    examples = sorted(EXAMPLES.glob("*.txt"))
    assert len(examples) >= 2
    assert all(p.read_text(encoding="utf-8").startswith("INVENTED EXAMPLE, not a real letter") for p in examples)
    db = tmp_path / "demo.db"
    assert demo_main(["--db", str(db), "--shared", str(tmp_path / "no-shared"), "--no-serve"]) == 0
    out = capsys.readouterr().out
    assert f"{len(examples)} stored" in out and "inzet show" in out
    assert stored_sources(db) == sorted(map(str, examples))
    assert demo_main(["--db", str(db), "--shared", str(tmp_path / "no-shared"), "--no-serve"]) == 0
    assert f"0 stored, {len(examples)} already present" in capsys.readouterr().out


def test_tables_show_text_verbatim_not_as_markup(runner: CliRunner, tmp_path: Path) -> None:
    f = tmp_path / "brief [bold]x[red] [footnoteRef:1].txt"
    f.write_text("De Minister van Defensie informeert de Kamer over de inzet in het Baltische gebied.\n",
                 encoding="utf-8")
    db = tmp_path / "inzet.db"
    assert runner.invoke(app, ["ingest", "--db", str(db), str(f)]).exit_code == 0
    r = runner.invoke(app, ["letters", "--db", str(db)], env={"COLUMNS": "400"})
    assert r.exit_code == 0 and "[bold]x[red] [footnoteRef:1]" in r.stdout
    r = runner.invoke(app, ["extract", "--format", "table", str(f)], env={"COLUMNS": "400"})
    assert r.exit_code == 0 and "[bold]x[red] [footnoteRef:1]" in r.stdout


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_a_bug_on_one_file_is_one_line_and_the_others_are_stored(
        runner: CliRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, jobs: str) -> None:
    import inzet.pipeline as load

    real = load.extract_document
    bad = SAMPLES[0]

    def flaky(doc, sha256, meta=None):
        if doc.source == str(bad):
            raise ValueError("boom")
        return real(doc, sha256, meta)

    monkeypatch.setattr(load, "extract_document", flaky)
    db = tmp_path / "inzet.db"
    r = runner.invoke(app, ["ingest", "--jobs", jobs, "--db", str(db), *map(str, SAMPLES)])
    assert r.exit_code == 1
    assert lines(r.stderr) == [f"error: {bad}: internal error (ValueError: boom); "
                               "this is a bug in inzet, please report it"]
    assert "Traceback" not in r.output
    assert stored_sources(db) == sorted(str(p) for p in SAMPLES[1:])


def test_serve_refuses_a_missing_database_without_creating_it(runner: CliRunner, tmp_path: Path) -> None:
    db = tmp_path / "typo.db"
    r = runner.invoke(app, ["serve", "--db", str(db)])
    assert r.exit_code == 1 and "no such database" in r.output and not db.exists()
