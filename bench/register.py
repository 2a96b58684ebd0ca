"""The deployment register (`link/mandates.register`) over many letters: seconds to merge their deployments.

    python bench/register.py [--copies N]       (default 40: the held-out and deployment test letters, N times)

Each copy of a letter gets its own id and a date in another year, so the register follows the same deployments
through many letters, as it does over the record since 2008. Prints one JSON object.
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

from inzet.extract.pipeline import extract_text
from inzet.link import mandates

ROOT = Path(__file__).resolve().parents[1]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--copies", type=int, default=40)
    args = ap.parse_args()
    paths = sorted([*(ROOT / "tests/data/heldout").glob("*.txt"), *(ROOT / "tests/data/deployments").glob("*.txt")])
    recs = [extract_text(p.name, p.read_text(encoding="utf-8-sig")).to_json() for p in paths]
    letters = [{**r, "id": f"l{k}-{n}", "letter": {**r["letter"], "date": f"{2000 + k % 27}-{1 + n % 12:02d}-10"}}
               for k in range(args.copies) for n, r in enumerate(recs)]
    t = time.perf_counter()
    reg = mandates.register(letters)
    seconds = time.perf_counter() - t
    print(json.dumps({"benchmark": "register", "letters": len(letters),
                      "mentions": sum(len(r["deployments"]) for r in letters), "entries": len(reg.entries),
                      "seconds": round(seconds, 3)}))


if __name__ == "__main__":
    main()
