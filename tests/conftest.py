"""Shared fixtures: the real sample letters and gold files in ../shared, and the scorer's rules.

The letters are read from ../shared (beside the clone, as in CI); the repository holds no copy.
"""

from __future__ import annotations

import importlib.util
import json
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
CORPUS = SHARED / "corpus"
GOLD = SHARED / "gold"
OPENINGS = CORPUS / "openings"
GOLD_OPENINGS = GOLD / "openings"
OPENINGS2 = CORPUS / "openings2"

SAMPLES = sorted(CORPUS.glob("*.txt"))
OPENING_FILES = sorted(OPENINGS.glob("*.txt"))
OPENING2_FILES = sorted(OPENINGS2.glob("*.txt"))


def load_shared_eval(name: str):
    """A scorer from ../shared/eval (`score.py`, `score_followup.py`), loaded as a module."""
    spec = importlib.util.spec_from_file_location(f"inzet_shared_{name.removesuffix('.py')}", SHARED / "eval" / name)
    assert spec and spec.loader, f"../shared/eval/{name} is missing"
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


scorer = load_shared_eval("score.py")
CATEGORY_NAMES = tuple(scorer.CATEGORIES)   # meetings, amounts, gdp_shares, deployments, citations, acronyms


def gold_for(path: Path) -> dict:
    """The gold file of a sample letter or opening (`corpus/openings*/x.txt` → `gold/openings*/x.json`)."""
    base = GOLD / path.parent.name if path.parent.name.startswith("openings") else GOLD
    return json.loads((base / (path.stem + ".json")).read_text(encoding="utf-8"))


def read_letter(path: Path) -> str:
    return path.read_text(encoding="utf-8-sig")


def category_score(category: str, golds: list[tuple[dict, dict]]) -> dict:
    """Score (gold, prediction) pairs for one category with ../shared/eval/score.py's own rules.

    Returns {"tp", "fp", "fn", "f1", "attributes": {attr: accuracy}, "details": [...]}.
    """
    saved = scorer.CATEGORIES
    scorer.CATEGORIES = (category,) if category != "letter" else ()
    try:
        from collections import Counter

        tally = {"letter": Counter()}
        if category != "letter":
            tally[category] = {"tp": 0, "fp": 0, "fn": 0, "letters": 0, "attr": {}}
        details: list[str] = []
        for gold, pred in golds:
            details.append(f"-- {gold.get('source')}")
            scorer.score_letter(gold, pred, tally, details)
    finally:
        scorer.CATEGORIES = saved
    if category == "letter":
        lt = tally["letter"]
        return {"accuracy": lt[True] / max(1, lt[True] + lt[False]), "details": details}
    t = tally[category]
    _, _, f1 = scorer.prf(t)
    attrs = {a: c[True] / max(1, sum(c.values())) for a, c in t["attr"].items()}
    return {"tp": t["tp"], "fp": t["fp"], "fn": t["fn"], "f1": f1, "attributes": attrs, "details": details}


def assert_samples_perfect(category: str, extract) -> None:
    """Golden test of one fact kind: on every sample letter, F1 1.0 and every attribute 1.0."""
    from inzet.extract.segment import segment

    pairs = []
    for path in SAMPLES:
        facts = extract(segment(str(path), read_letter(path)))
        pairs.append((gold_for(path), {"source": str(path), category: [f.to_json() for f in facts]}))
    result = category_score(category, pairs)
    details = "\n".join(d for d in result["details"] if category in d or d.startswith("--"))
    assert result["f1"] == 1.0, details
    assert all(v == 1.0 for v in result["attributes"].values()), (result["attributes"], details)


@pytest.fixture(scope="session")
def samples() -> list[Path]:
    assert SAMPLES, f"no sample letters in {CORPUS}"
    return SAMPLES


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption("--live", action="store_true", help="also run tests against the real remote services")


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """`live` tests need a network this CI does not have: they run only with --live."""
    if config.getoption("--live"):
        return
    skip = pytest.mark.skip(reason="talks to the real services; run with --live where a network exists")
    for item in items:
        if "live" in item.keywords:
            item.add_marker(skip)


CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                 "--disable-sync", "--no-first-run"]


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    """Debian's Chromium under Playwright (it cannot download browsers here), one per test module: its event
    loop must be gone before the modules that run asyncio themselves (the web app's TestClient)."""
    if not CHROMIUM.exists():
        pytest.fail(f"{CHROMIUM} is missing: install Debian's chromium (`make chromium`); browser tests must run")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=str(CHROMIUM), headless=True, args=CHROMIUM_ARGS)
        try:
            yield b
        finally:
            b.close()


@pytest.fixture(scope="session")
def samples_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A store holding the sample letters of ../shared, ingested once for the whole run (read it read-only)."""
    from inzet.pipeline import load_file
    from inzet.store import Store

    assert SAMPLES, "no sample letters in ../shared/corpus"
    db = tmp_path_factory.mktemp("samples") / "samples.db"
    with Store(db) as s:
        for f in SAMPLES:
            load_file(s, str(f))
    return db


def match_positions(gold: dict, pred: dict) -> tuple[list[tuple[dict, dict]], list[dict], int]:
    """Follow-up positions matched the way ../shared/eval/score_followup.py matches them (word Jaccard >= 0.6,
    each prediction used once): (gold, prediction) pairs of the scored gold rows, the scored gold rows
    not found, and the number of predictions that match no gold row (a match of an optional row is neither)."""
    sf = load_shared_eval("score_followup.py")
    preds = pred["positions"]
    words = [sf.words(p["text"]) for p in preds]
    used: set[int] = set()
    pairs: list[tuple[dict, dict]] = []
    missed: list[dict] = []
    for g in gold["positions"]:
        gw = sf.words(g["text"])
        best, i = max(((sf.jaccard(gw, w), i) for i, w in enumerate(words) if i not in used), default=(0.0, None))
        if best >= 0.6 and i is not None:
            used.add(i)
            if not g.get("optional"):
                pairs.append((g, preds[i]))
        elif not g.get("optional"):
            missed.append(g)
    return pairs, missed, len(preds) - len(used)
