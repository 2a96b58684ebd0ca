"""Deployment quality on letters with gold: F1, and per attribute the share of matched deployments right.

    python bench/deployments.py [FOLDER ...]     (default: tests/data/heldout)

Each FOLDER holds `x.txt` letters beside `x.json` gold files (the `inzet.extract/1` shape). Scoring
uses `../shared/eval/score.py`'s own matching, so the figures are the scorer's. Prints one JSON object.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
from collections import Counter
from pathlib import Path

from inzet.extract.pipeline import extract_text

ROOT = Path(__file__).resolve().parents[1]


def _scorer(shared: Path):
    spec = importlib.util.spec_from_file_location("inzet_bench_score", shared / "eval" / "score.py")
    if spec is None or spec.loader is None:
        raise SystemExit(f"no scorer in {shared / 'eval'}")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def score(folders: list[Path], shared: Path) -> dict[str, object]:
    """Tally deployments over every gold file in `folders` (gold that lists no deployments counts too)."""
    sc = _scorer(shared)
    sc.CATEGORIES = ("deployments",)
    tally = {"letter": Counter(), "deployments": {"tp": 0, "fp": 0, "fn": 0, "letters": 0, "attr": {}}}
    details: list[str] = []
    for folder in folders:
        for gold_file in sorted(folder.glob("*.json")):
            gold = json.loads(gold_file.read_text(encoding="utf-8"))
            if "deployments" not in gold:
                continue
            text_file = folder / (gold.get("source") or gold_file.with_suffix(".txt").name)
            if not text_file.exists():
                text_file = gold_file.with_suffix(".txt")
            pred = extract_text(str(text_file), text_file.read_text(encoding="utf-8-sig")).to_json()
            details.append(f"-- {text_file.name}")
            sc.score_letter(gold, pred, tally, details)
    t = tally["deployments"]
    p, r, f1 = sc.prf(t)
    attrs = {a: round(c[True] / max(1, sum(c.values())), 3) for a, c in sorted(t["attr"].items())}
    return {"tp": t["tp"], "fp": t["fp"], "fn": t["fn"], "precision": round(p, 3), "recall": round(r, 3),
            "f1": round(f1, 3), "attributes": attrs, "details": [d for d in details if not d.startswith("  letter")]}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("folders", nargs="*", type=Path, default=[ROOT / "tests" / "data" / "heldout"])
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    args = ap.parse_args()
    print(json.dumps(score(args.folders, args.shared), ensure_ascii=False, indent=1))


if __name__ == "__main__":
    main()
