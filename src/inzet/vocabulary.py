"""The genre's vocabulary, one kind a file under `inzet/data/`, read once and shared by every extractor.

A word list lives in one file (month names, scale words, currency words, …) whichever rules need it, so
a word is added in one place and every rule of its kind reads it; the extractors build their patterns
from these lists at import. The files share one format: UTF-8; a line starting with `#` is a comment
(each file opens by saying what it holds and how it is read); blank lines are skipped; a `.txt` file
holds one entry a line, a `.tsv` file a header row of column names, then one row a line with its
fields tab-separated. A field is read stripped, unless it is quoted (`"inzet "`): then as written
between the quotes, so a form can keep a space at its edge.
"""

from __future__ import annotations

from functools import cache
from importlib import resources
from typing import NamedTuple

_PACKAGE = "inzet"
_FOLDER = "data"


@cache
def read_text(name: str) -> str:
    """The text of the packaged data file `inzet/data/<name>` (found through importlib.resources)."""
    return resources.files(_PACKAGE).joinpath(f"{_FOLDER}/{name}").read_text(encoding="utf-8")


def _lines(name: str) -> list[str]:
    return [ln for ln in read_text(name).splitlines() if ln.strip() and not ln.startswith("#")]


def _field(s: str) -> str:
    s = s.strip()
    return s[1:-1] if len(s) >= 2 and s[0] == s[-1] == '"' else s


@cache
def entries(name: str) -> tuple[str, ...]:
    """The entries of a one-entry-a-line file (`.txt`), in file order."""
    return tuple(_field(ln) for ln in _lines(name))


@cache
def rows(name: str) -> tuple[dict[str, str], ...]:
    """The rows of a tab-separated file (`.tsv`) as {column: field}, in file order; ValueError on a row
    whose number of fields is not the header's."""
    header, *body = _lines(name)
    columns = [_field(c) for c in header.split("\t")]
    out = []
    for ln in body:
        fields = [_field(f) for f in ln.split("\t")]
        if len(fields) != len(columns):
            raise ValueError(f"{name}: {len(fields)} fields where the header names {len(columns)}: {ln!r}")
        out.append(dict(zip(columns, fields, strict=True)))
    return tuple(out)


def _unique(name: str, key: str) -> dict[str, dict[str, str]]:
    """{row[key]: row} of a table, in file order; ValueError on a key given twice."""
    out: dict[str, dict[str, str]] = {}
    for row in rows(name):
        if row[key] in out:
            raise ValueError(f"{name}: {row[key]!r} given twice")
        out[row[key]] = row
    return out


def _keyed(name: str, key: str, value: str) -> dict[str, str]:
    """{row[key]: row[value]} of a table, in file order; ValueError on a key given twice."""
    return {k: row[value] for k, row in _unique(name, key).items()}


def _among(name: str, value: str, allowed: tuple[str, ...]) -> tuple[str, ...]:
    """The space-separated words of a field (or an argument), each one of `allowed`; ValueError otherwise."""
    words = tuple(value.split())
    if not words or set(words) - set(allowed):
        raise ValueError(f"{name}: {value!r} is not {' and/or '.join(allowed)}")
    return words


def _one(name: str, value: str, allowed: tuple[str, ...]) -> str:
    """A field that holds one of `allowed`; ValueError otherwise."""
    if value not in allowed:
        raise ValueError(f"{name}: {value!r} is not one of {', '.join(allowed)}")
    return value


def _yes(name: str, value: str) -> bool:
    return _one(name, value, ("yes", "no")) == "yes"


def _number(s: str) -> int | float:
    v = float(s)
    return int(v) if v.is_integer() else v


# ---- dates and numbers (months.tsv, number_words.tsv, scales.tsv) -----------------------------------

@cache
def months() -> dict[str, int]:
    """Every month form the letters write (`januari`, `jan`, `febr`) → its number, in file order (the
    order of the date patterns' alternation: a longer form before a shorter one it begins with)."""
    return {form: int(n) for form, n in _keyed("months.tsv", "form", "month").items()}


def _month_forms(kind: str) -> tuple[str, ...]:
    return tuple(f for f, r in _unique("months.tsv", "form").items()
                 if _one("months.tsv", r["kind"], ("name", "abbreviation")) == kind)


@cache
def month_names() -> tuple[str, ...]:
    """The twelve full month names, January first (`januari` … `december`)."""
    names = _month_forms("name")
    if [months()[n] for n in names] != list(range(1, 13)):
        raise ValueError("months.tsv: the full names are not the twelve months in order")
    return names


@cache
def month_abbreviations() -> tuple[str, ...]:
    """The abbreviated month forms (`jan`, `febr`, `feb`, `mrt`, …), in file order."""
    return _month_forms("abbreviation")


@cache
def number_words() -> dict[str, int]:
    """The whole-number words (`een`, `zeven`, `twintig`, `honderd`, `duizend`) → value, in file order."""
    return {w: v for w, s in _keyed("number_words.tsv", "word", "value").items()
            if isinstance(v := _number(s), int)}


@cache
def fraction_words() -> dict[str, float]:
    """The number words that are no whole number (`een half` 0.5, `anderhalf` 1.5) → value, in file order."""
    return {w: float(v) for w, s in _keyed("number_words.tsv", "word", "value").items()
            if not isinstance(v := _number(s), int)}


class ScaleWord(NamedTuple):
    """A scale word (`miljoen`), the factor it stands for, whether a `.` may follow it, and how it is read:
    `sum` (makes a bare number a sum), `scale` (scales a number) or `lookup` (looked up only)."""

    word: str
    factor: float
    point: bool
    read: str


@cache
def scale_words() -> tuple[ScaleWord, ...]:
    """The scale words of `scales.tsv`, in file order (the order of the scale patterns' alternation)."""
    return tuple(ScaleWord(w, float(r["factor"]), _yes("scales.tsv", r["point"]),
                           _one("scales.tsv", r["read"], ("sum", "scale", "lookup")))
                 for w, r in _unique("scales.tsv", "word").items())


# ---- money (currencies.tsv, spending_words.tsv, inclusion_marks.tsv, purposes.tsv) -----------------

class Currency(NamedTuple):
    """A currency form (`€`, `EUR`, `Amerikaanse dollars`), its ISO code, and whether it stands before
    and/or after the number."""

    form: str
    code: str
    before: bool
    after: bool


@cache
def currencies() -> tuple[Currency, ...]:
    """The currency forms of `currencies.tsv`, in file order."""
    out = []
    for form, r in _unique("currencies.tsv", "form").items():
        place = _among("currencies.tsv", r["place"], ("before", "after"))
        out.append(Currency(form, r["currency"], "before" in place, "after" in place))
    return tuple(out)


class SpendingWord(NamedTuple):
    """A spending word as a regex alternative, and its uses."""

    pattern: str
    uses: tuple[str, ...]


_SPENDING_USES = ("total", "purpose", "level", "own")


@cache
def spending_words(use: str) -> tuple[SpendingWord, ...]:
    """The spending words of `spending_words.tsv` with `use` (`total`, `purpose`, `level` or `own`), in file order."""
    _one("spending_words.tsv", use, _SPENDING_USES)
    words = [SpendingWord(p, _among("spending_words.tsv", r["use"], _SPENDING_USES))
             for p, r in _unique("spending_words.tsv", "pattern").items()]
    return tuple(w for w in words if use in w.uses)


@cache
def inclusion_marks() -> dict[str, str]:
    """The marks of `inclusion_marks.tsv` (`inclusief`, `excl.`, `met inbegrip van`) → `incl` or `excl`."""
    return {m: _one("inclusion_marks.tsv", reads, ("incl", "excl"))
            for m, reads in _keyed("inclusion_marks.tsv", "mark", "reads").items()}


class Purpose(NamedTuple):
    """A named purpose of a sum (`PURL`, `luchtverdediging`): its kind (`instrument` or `topic`), its regex,
    and whether it is matched case-insensitively."""

    name: str
    kind: str
    pattern: str
    ignorecase: bool


@cache
def purposes() -> tuple[Purpose, ...]:
    """The purposes of `purposes.tsv`, in file order."""
    return tuple(Purpose(n, _one("purposes.tsv", r["kind"], ("instrument", "topic")), r["pattern"],
                         _one("purposes.tsv", r["case"], ("written", "any")) == "any")
                 for n, r in _unique("purposes.tsv", "name").items())


# ---- names and places (generic_acronyms.tsv, mission_words.tsv, personnel_nouns.tsv, countries.tsv, …) ---

@cache
def generic_acronyms(not_a: str) -> frozenset[str]:
    """The acronyms of `generic_acronyms.tsv` that are not a `purpose` (of a sum) or not a `deployment`'s name."""
    uses = ("purpose", "deployment")
    _one("generic_acronyms.tsv", not_a, uses)
    return frozenset(a for a, r in _unique("generic_acronyms.tsv", "acronym").items()
                     if not_a in _among("generic_acronyms.tsv", r["not_a"], uses))


_MISSION_KINDS = ("people", "people-only", "asset", "weak", "name", "generic")


@cache
def mission_words(kind: str) -> tuple[str, ...]:
    """The forms of `mission_words.tsv` of one kind (`people`, `people-only`, `asset`, `weak`, `name`, `generic`), in
    file order."""
    _one("mission_words.tsv", kind, _MISSION_KINDS)
    return tuple(f for f, r in _unique("mission_words.tsv", "form").items()
                 if kind in _among("mission_words.tsv", r["kinds"], _MISSION_KINDS))


@cache
def service_names() -> dict[str, str]:
    """The services' names of `service_names.tsv` (`zeestrijdkrachten`) → the older name their short forms keep
    (`zeemacht`)."""
    return _keyed("service_names.tsv", "name", "older")


@cache
def personnel_nouns() -> dict[str, str]:
    """The nouns of `personnel_nouns.tsv` (`militairen`, `stafofficieren`) → the piece each holds, in file order."""
    return _keyed("personnel_nouns.tsv", "noun", "stem")


def personnel_nouns_of_one() -> tuple[str, ...]:
    """The nouns after a count of one (`één stafofficier`), in file order; ValueError on one that does not hold its
    plural's stem (the cheap test for a count of people looks for the stem)."""
    out = []
    for noun, row in _unique("personnel_nouns.tsv", "noun").items():
        if row["one"] == "-":
            continue
        if row["stem"].strip() not in row["one"]:
            raise ValueError(f"personnel_nouns.tsv: {row['one']!r} (of {noun!r}) does not hold {row['stem']!r}")
        out.append(row["one"])
    return tuple(out)


class CountryWord(NamedTuple):
    """A word that names a country or where in one (`Litouwen`, `Litouwse`, `Entebbe`, `EUFOR Althea`): its kind
    (`name`, `adjective`, `place`, `mission`) and the ISO 3166-1 alpha-2 code(s) it stands for."""

    word: str
    kind: str
    codes: tuple[str, ...]


@cache
def country_words() -> tuple[CountryWord, ...]:
    """The words of `countries.tsv`, in file order."""
    out = []
    for word, r in _unique("countries.tsv", "word").items():
        codes = tuple(r["codes"].split())
        if not codes or not all(len(c) == 2 and c.isupper() for c in codes):
            raise ValueError(f"countries.tsv: {word}: codes are two capitals each, not {r['codes']!r}")
        out.append(CountryWord(word, _one("countries.tsv", r["kind"], ("name", "adjective", "place", "mission")),
                               codes))
    return tuple(out)


@cache
def meeting_places() -> tuple[str, ...]:
    """The towns of `meeting_places.txt` where ministers meet (`Brussel`, `Den Haag`), in file order."""
    return entries("meeting_places.txt")


@cache
def promise_words() -> tuple[str, ...]:
    """The words of `promise_words.txt` that name a promise's vehicle or origin (`informatie`, `verslag`,
    `commissiedebat`), not its subject, in file order."""
    return entries("promise_words.txt")


# ---- letters (header_openers.tsv, dossiers.txt) ----------------------------------------------------

@cache
def header_openers(never_heading: bool | None = None) -> tuple[str, ...]:
    """The words that open a header or letterhead line (`Aan de`, `Datum`, `Hoogachtend`), in file order; with
    `never_heading`, only those whose line is (True) or may still be (False) read as a section heading."""
    return tuple(o for o, r in _unique("header_openers.tsv", "opener").items()
                 if never_heading is None or _yes("header_openers.tsv", r["never_heading"]) == never_heading)


@cache
def standing_dossiers() -> tuple[str, ...]:
    """The genre's standing Kamerstuk dossiers of `dossiers.txt` (`21501-28`, `28676`, `36045`), in file order."""
    return entries("dossiers.txt")
