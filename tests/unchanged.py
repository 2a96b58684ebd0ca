"""Digests of every extractor's output on every letter we can read: the guard that a refactor or a
speed-up changes nothing (issue 12). The letters stay where they are; only digests are committed.

    python tests/unchanged.py            # rewrite tests/data/extraction_digests.json after an intended change

Review the diff of the digests file: it names each letter and fact kind whose output changed.
"""

from __future__ import annotations

import hashlib
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
DIGESTS = ROOT / "tests" / "data" / "extraction_digests.json"
PARTS = ("letter", "amounts", "gdp_shares", "deployments", "citations", "acronyms", "sections")


def letter_files() -> list[Path]:
    """The shared sample letters and openings, our held-out letters and the demo's invented ones."""
    corpus = SHARED / "corpus"
    files = [*sorted(corpus.glob("*.txt")), *sorted((corpus / "openings").glob("*.txt")),
             *sorted((corpus / "openings2").glob("*.txt")), *sorted((ROOT / "tests/data/heldout").glob("*.txt")),
             *sorted((ROOT / "tests/data/heldout/followup").glob("*.txt")),
             *sorted((ROOT / "tests/data/deployments").glob("*.txt")),
             *sorted((ROOT / "src/inzet/data/examples").glob("*.txt"))]
    return files


def key(path: Path) -> str:
    """A letter's name in the digests file, the same in any clone: `shared/…` or a path in the repository."""
    path = path.resolve()
    if path.is_relative_to(SHARED.resolve()):
        return "shared/" + path.relative_to(SHARED.resolve()).as_posix()
    return path.relative_to(ROOT).as_posix()


def digests(path: Path) -> dict[str, str]:
    """One short digest per part of the letter's extraction (canonical JSON)."""
    from inzet.extract.pipeline import extract_text

    out = extract_text(path.name, path.read_text(encoding="utf-8-sig")).to_json()
    return {p: hashlib.sha256(json.dumps(out[p], sort_keys=True, ensure_ascii=False).encode()).hexdigest()[:16]
            for p in PARTS}


def main() -> None:
    table = {key(p): digests(p) for p in letter_files()}
    DIGESTS.write_text(json.dumps(table, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    print(f"{len(table)} letters -> {DIGESTS.relative_to(ROOT)}", file=sys.stderr)


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT / "src"))
    main()
