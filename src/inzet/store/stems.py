"""Dutch stems for the full-text index: what `sentences.stems` holds and what queries must use.

Indexing and querying must stem the same way, so both go through `stems`/`stem_tokens`. Words are
`\\w+` runs, lower-cased, stripped of diacritics (so `Oekraïne` and `Oekraine` meet) and reduced
by the Snowball Dutch stemmer (PyStemmer); FTS5's `unicode61 remove_diacritics 2` tokenizer
then reads the space-separated stems.
"""

from __future__ import annotations

import re
import threading
import unicodedata

import Stemmer

_WORD = re.compile(r"\w+")
_local = threading.local()


def _stemmer() -> Stemmer.Stemmer:
    """One stemmer per thread (PyStemmer objects are not thread-safe)."""
    s = getattr(_local, "stemmer", None)
    if s is None:
        s = _local.stemmer = Stemmer.Stemmer("dutch")
    return s


def fold(word: str) -> str:
    """Lower-case `word` and drop its diacritics (ï → i, é → e)."""
    decomposed = unicodedata.normalize("NFKD", word.lower())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def stem_tokens(text: str) -> list[str]:
    """The Dutch stems of the words of `text`, in order."""
    words = [fold(w) for w in _WORD.findall(text)]
    return _stemmer().stemWords(words) if words else []


def stems(text: str) -> str:
    """The space-joined stems of `text`, as stored in `sentences.stems`."""
    return " ".join(stem_tokens(text))
