"""Every extractor's output is unchanged on every letter (digests in tests/data/extraction_digests.json).

A speed-up or refactor must not move a single fact; an intended change of output rewrites the
digests with `python tests/unchanged.py`, and the diff names the letters and kinds it moved.
"""

from __future__ import annotations

import json

import pytest

from unchanged import DIGESTS, digests, key, letter_files

RECORDED = json.loads(DIGESTS.read_text(encoding="utf-8"))
FILES = letter_files()


def test_every_letter_has_digests() -> None:
    assert len(FILES) > 80
    assert sorted(RECORDED) == sorted(key(p) for p in FILES), "letters added or gone: run python tests/unchanged.py"


@pytest.mark.parametrize("path", FILES, ids=[key(p) for p in FILES])
def test_output_unchanged(path) -> None:
    now = digests(path)
    moved = [part for part, d in now.items() if RECORDED.get(key(path), {}).get(part) != d]
    assert not moved, f"{key(path)}: output of {', '.join(moved)} changed (intended? python tests/unchanged.py)"
