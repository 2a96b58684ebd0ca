"""Where things happen: Dutch country names, adjectives, bases, cities and missions to ISO 3166-1 alpha-2.

The letters name a country in many ways: `Litouwen`, `het VK`, `Bosnië en Herzegovina`, an
adjective (`Litouwse`, `Oekraïense`), a base or city (`vliegbasis Leeuwarden`, `Sarajevo`,
`Entebbe`) or a mission whose name implies the country (`EUFOR Althea`, `Resolute Support`).
`find` returns every such mention with its kind, so a caller can tell a place (where a unit is)
from an adjective (whose soldiers are trained) or a name in another role (who else contributes).
Kosovo has no official code; the user-assigned `XK` is used, as the EU and NATO do.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal, cast

from inzet import vocabulary
from inzet.extract.cues import trie_pattern

Kind = Literal["name", "adjective", "place", "mission"]

# The words and their codes: `inzet/data/countries.tsv` (names, adjectives, bases and towns where units are
# stationed or trained, and missions whose name alone says where they take place), in its order.
_LOOKUP: dict[str, tuple[Kind, tuple[str, ...]]] = {
    c.word: (cast(Kind, c.kind), c.codes) for c in vocabulary.country_words()}
MISSIONS: dict[str, tuple[str, ...]] = {w: codes for w, (kind, codes) in _LOOKUP.items() if kind == "mission"}


# not inside a longer word (`Nederlandse` is not `Nederland`); a hyphen before is fine (`EU-Atalanta`).
# Every name starts with a word character, so "no word character before it" is tested after that first
# character (`(?<!\w.)`), which keeps the pattern opening with a literal (see `trie_pattern`).
_NOT_AFTER_WORD = r"(?<!\w.)"
_FIND = re.compile(rf"(?:{trie_pattern(_LOOKUP, guard=_NOT_AFTER_WORD)})(?![\w])")
FIND_RE = _FIND     # what `find` searches with (callers may test cheaply whether it can match first)
_CASEFOLD = {w.casefold(): w for w in _LOOKUP}


@dataclass(frozen=True, slots=True)
class CountryMention:
    """A country named in a text: where, how (`kind`), and the ISO code(s) it stands for."""

    start: int
    end: int
    codes: tuple[str, ...]
    kind: Kind
    word: str

    @property
    def code(self) -> str:
        return self.codes[0]


def find(text: str, start: int = 0, end: int | None = None) -> list[CountryMention]:
    """Every country name, adjective, base/city or country-bound mission in text[start:end]."""
    stop = len(text) if end is None else end
    out = []
    for m in _FIND.finditer(text, start, stop):
        w = m.group(0)
        kind, codes = _LOOKUP[w]
        out.append(CountryMention(m.start(), m.end(), codes, kind, w))
    return out


def code_of(name: str) -> str | None:
    """ISO code of one country name, adjective, place or mission (case-insensitive); None if unknown."""
    w = _CASEFOLD.get(" ".join(name.split()).casefold())
    return _LOOKUP[w][1][0] if w else None


def kind_of(name: str) -> Kind | None:
    """Whether `name` is a country name, adjective, place or mission; None if unknown."""
    w = _CASEFOLD.get(" ".join(name.split()).casefold())
    return _LOOKUP[w][0] if w else None
