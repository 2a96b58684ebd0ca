"""Pure extraction: stored text in, `inzet.extract/1` out. No I/O, no network, deterministic.

One module per fact kind, each exposing `extract(doc) -> list[Fact]`; `pipeline.extract_text`
runs them all.
"""

from __future__ import annotations

# The version of the extraction rules. Bump it with any change that alters what an extractor
# returns for some letter: stored letters of an older version are then listed as stale, and
# `inzet reindex` extracts them again. (`inzet.__version__` says which release wrote a letter;
# this says which rules did.)
VERSION = 1
