"""Dutch stems for the full-text index: what `sentences.stems` holds and what queries must use.

Indexing and querying must stem the same way, so both go through `stems`/`stem_tokens`. Words are
`\\w+` runs, lower-cased, stripped of diacritics (so `Oekraïne` and `Oekraine` meet) and reduced
by the Snowball Dutch stemmer (PyStemmer); FTS5's `unicode61 remove_diacritics 2` tokenizer
then reads the space-separated stems.
"""

from __future__ import annotations

import re
import threading

import Stemmer

from inzet.folding import fold

_WORD = re.compile(r"\w+")
_local = threading.local()


_CACHE_WORDS = 200_000   # distinct words whose stem is kept (a letter has a few thousand)


def _stemmer() -> Stemmer.Stemmer:
    """One stemmer per thread (PyStemmer objects are not thread-safe)."""
    s = getattr(_local, "stemmer", None)
    if s is None:
        s = _local.stemmer = Stemmer.Stemmer("dutch")
    return s


def _stem_cache() -> dict[str, str]:
    """Word as written → its stem, per thread: ingest stems every sentence, and most words recur, so
    folding and stemming each distinct word once halves the cost of indexing."""
    c = getattr(_local, "cache", None)
    if c is None or len(c) > _CACHE_WORDS:
        c = _local.cache = {}
    return c


def stem_tokens(text: str) -> list[str]:
    """The Dutch stems of the words of `text`, in order."""
    words = _WORD.findall(text)
    cache = _stem_cache()
    try:
        return [cache[w] for w in words]
    except KeyError:
        new = [w for w in dict.fromkeys(words) if w not in cache]
        cache.update(zip(new, _stemmer().stemWords([fold(w) for w in new]), strict=True))
        return [cache[w] for w in words]


def stems(text: str) -> str:
    """The space-joined stems of `text`, as stored in `sentences.stems`."""
    return " ".join(stem_tokens(text))


# -- filter tokens --------------------------------------------------------------------------------
# Letter and sentence attributes indexed as extra tokens in the FTS column `meta` (sentences.meta), so a
# search filter is a posting-list intersection inside FTS5 instead of two row lookups per candidate.
# Search weighs `meta` 0 in bm25, so a filter never changes a score. The `zz` prefix keeps them apart
# from Dutch stems; migration 4 added them (to the stems), migration 7 moved them to `meta`.

FILTER_PREFIX = "zz"
UNDATED = "none"          # the year token of a sentence whose letter has no date: `zzynone`


def filter_token(field: str, value: str) -> str:
    """`filter_token("m", "RBZ-Defensie")` → `zzmrbzdefensie` (one unicode61 token)."""
    return FILTER_PREFIX + field + re.sub(r"[^a-z0-9]", "", fold(value))


def filter_tokens(kind: str | None, chamber: str | None, date: str | None, meetings: list[str],
                  facts: list[str]) -> str:
    """The filter tokens of one sentence: its letter's kind, chamber, year (`zzynone` when undated) and
    meeting types, and the kinds of the facts inside the sentence."""
    out = []
    if kind:
        out.append(filter_token("k", kind))
    if chamber:
        out.append(filter_token("c", chamber))
    out.append(filter_token("y", date[:4] if date and date[:4].isdigit() else UNDATED))
    out += [filter_token("m", m) for m in sorted(set(meetings))]
    out += [filter_token("f", f) for f in sorted(set(facts))]
    return " ".join(out)
