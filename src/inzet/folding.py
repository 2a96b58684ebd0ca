"""Case and diacritic folding, shared by the extractors (matching words and cues) and the search
index (stems), so both fold alike while neither imports the other's layer."""

from __future__ import annotations

import unicodedata


def fold(s: str) -> str:
    """Case- and diacritic-folded text (`Oekraïne` → `oekraine`) for matching words and cues; never for
    offsets, since its length may differ from the input's."""
    if s.isascii():          # NFKD leaves ASCII alone and casefold is lower: the common case, fast
        return s.lower()
    decomposed = unicodedata.normalize("NFKD", s)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()
