"""How these letters write dates, numbers and sums: month names, Dutch number formats, number words,
scale words, currencies and the incl/excl marks of a figure.

Shared by every extractor so that `1,25 miljoen`, `1.25 miljoen`, `345.000`, `zeven`, `40 miljoen euro` and
`29 Januari 2026` are read one way everywhere; the word lists are those of `inzet/data/` (`inzet.vocabulary`).
"""

from __future__ import annotations

import calendar
import re
from datetime import date

from inzet import vocabulary
from inzet.folding import fold as fold  # re-exported: the extractors import it from here

# month forms: the list of `inzet/data/months.tsv`
MONTHS: dict[str, int] = vocabulary.months()
MONTH_NAMES = vocabulary.month_names()
# A month name as a regex alternative, in the file's order (full names first so `juni` wins over `jun`).
MONTH_RE = "(?:" + "|".join(MONTHS) + r")\.?"
# the forms of a month no other form of it contains (`jan`, `feb`, `maart`, `mrt`, …): every form holds one
MONTH_PIECES = tuple(f for n in range(1, 13) for f in (g for g, m in MONTHS.items() if m == n)
                     if not any(o != f and o in f for o, m in MONTHS.items() if m == n))

# number words: the list of `inzet/data/number_words.tsv`
NUMBER_WORDS: dict[str, int] = vocabulary.number_words()
FRACTION_WORDS: dict[str, float] = vocabulary.fraction_words()   # `een half`, `anderhalf`
_HUNDRED, _THOUSAND = (next(w for w, v in NUMBER_WORDS.items() if v == n) for n in (100, 1000))
# scale words: the list of `inzet/data/scales.tsv`; SCALE_RE reads them after a number, as a regex alternative
# (`1,25 miljoen`, `EUR 90 mld.`, `USD 2 bn`), SUM_SCALE_RE those that make a bare number a sum (`1,25 miljoen`)
_SCALE_WORDS = vocabulary.scale_words()


def _scale_re(words: list[vocabulary.ScaleWord]) -> str:
    """The words as a case-insensitive alternation in their order, a point optional after abbreviations."""
    return "(?i:" + "|".join(s.word + (r"\.?" if s.point else "") for s in words) + r")(?![^\W\d_])"


SCALE_RE = _scale_re([s for s in _SCALE_WORDS if s.read != "lookup"])
SUM_SCALE_RE = _scale_re([s for s in _SCALE_WORDS if s.read == "sum"])
SUM_SCALE_WORDS = tuple(s.word for s in _SCALE_WORDS if s.read == "sum")
SCALES: dict[str, float] = {w: s.factor for s in _SCALE_WORDS for w in (s.word, s.word + ".")[: 1 + s.point]}

# currency forms: the list of `inzet/data/currencies.tsv` (`€`, `EUR`, `euro`, `Amerikaanse dollars`), and the
# currency a form names, whatever its case and blanks (`US  Dollars` → USD)
CURRENCIES = vocabulary.currencies()
CURRENCY_OF: dict[str, str] = {" ".join(c.form.lower().split()): c.code for c in CURRENCIES}


def either_case(word: str) -> str:
    """A word as a regex whose first letter may also be a capital (`operatie` → `[Oo]peratie`)."""
    return f"[{word[0].upper()}{word[0]}]{re.escape(word[1:])}"


def form_re(form: str, blanks: str = r"\s+", bounded: str = "") -> str:
    """A vocabulary form as a regex: escaped, each space a run of `blanks`; with `bounded` "before", "after" or
    "both", a word boundary at that end when the form starts (ends) with a letter or digit (`\bEUR\b`, `€`)."""
    out = blanks.join(re.escape(p) for p in form.split(" "))
    if bounded in ("before", "both") and form[0].isalnum():
        out = r"\b" + out
    if bounded in ("after", "both") and form[-1].isalnum():
        out += r"\b"
    return out


# the words that say a figure includes or excludes something (`exclusief steun aan Oekraïne`): `incl` or `excl`
INCLUSION_MARKS: dict[str, str] = vocabulary.inclusion_marks()

# a number as the letters write it: 1, 1,5, 1.25, 345.000, 1.250.000, 1 000 000 (with nbsp)
NUMBER_RE = r"\d{1,3}(?:[.\u00a0\u202f ]\d{3})+(?:,\d+)?|\d+(?:[.,]\d+)?"


def month_number(word: str) -> int | None:
    """Month number of a Dutch month name or abbreviation, any case; None if it is not one."""
    return MONTHS.get(word.lower().rstrip("."))


def parse_number(s: str, *, scaled: bool = False) -> float:
    """Read a number in Dutch or English notation.

    `1,25` and `1.25` are 1.25; `345.000` is 345000 (a point followed by exactly three digits and
    no scale word is a thousands separator); with `scaled=True` (a scale word follows, as in
    `1.250 miljoen`) a single point group is read as a decimal point. Raises ValueError.
    """
    t = s.strip().replace("\u00a0", " ").replace("\u202f", " ")
    if not t:
        raise ValueError("empty number")
    if re.fullmatch(r"\d{1,3}(?: \d{3})+(?:,\d+)?", t):
        t = t.replace(" ", "")
    if "," in t and "." in t:                      # 1.250,5 (Dutch) or 1,250.5 (English)
        if t.rindex(",") > t.rindex("."):
            t = t.replace(".", "").replace(",", ".")
        else:
            t = t.replace(",", "")
    elif "," in t:
        if re.fullmatch(r"\d{1,3}(?:,\d{3}){2,}", t):  # 1,250,000
            t = t.replace(",", "")
        else:
            t = t.replace(",", ".")
    elif t.count(".") > 1:
        t = t.replace(".", "")
    elif "." in t:
        head, tail = t.split(".")
        if len(tail) == 3 and not scaled:
            t = head + tail
    if not re.fullmatch(r"\d+(?:\.\d+)?", t):
        raise ValueError(f"not a number: {s!r}")
    return float(t)


def format_number(value: float) -> str:
    """Dutch notation of a number: 1250000 -> '1.250.000', 1.25 -> '1,25' (inverse of parse_number)."""
    if float(value).is_integer():
        return f"{int(value):,}".replace(",", ".")
    whole, frac = f"{value:.10f}".rstrip("0").split(".")
    return f"{int(whole):,}".replace(",", ".") + "," + frac


def _compound_words() -> dict[str, int]:
    """Every Dutch number word below a thousand, compounds included: `vijfentwintig`, `tweeëntwintig`
    (the `ën` after a vowel), `honderdtwintig`, `tweehonderdvijftig`."""
    units = ({w: v for w, v in NUMBER_WORDS.items() if 2 <= v <= 9}
             | {w: v for w, v in NUMBER_WORDS.items() if v == 1})
    tens = {w: v for w, v in NUMBER_WORDS.items() if v in range(20, 100, 10)}
    below = {w: v for w, v in NUMBER_WORDS.items() if v < 100}
    for u, uv in units.items():
        for t, tv in tens.items():
            below[u + ("ën" if u[-1] in "eé" else "en") + t] = uv + tv
    out = dict(below)
    for h, hv in [("", 1), *((u, v) for u, v in units.items() if v > 1)]:
        out[h + _HUNDRED] = 100 * hv
        for r, rv in below.items():
            out[h + _HUNDRED + r] = 100 * hv + rv
    return out


NUMBER_WORDS_ALL: dict[str, int] = {**_compound_words(), _THOUSAND: 1000}

# the same words as a regex built the way they are composed (720 characters where the list of all 1,090
# words is 10,000, which took a fifth of a second to compile into every pattern that uses it; a test checks
# that both hold the same words)
_UNITS = "|".join(w for w, v in NUMBER_WORDS.items() if v < 10)
_TEENS = "|".join(w for w, v in NUMBER_WORDS.items() if 10 <= v < 20)
_TENS = "|".join(w for w, v in NUMBER_WORDS.items() if 20 <= v < 100)
# `vijfentwintig` but `tweeëntwintig` (the `ën` after a vowel, as `_compound_words` writes them)
_EN_UNITS = "|".join(w for w, v in NUMBER_WORDS.items() if v < 10 and w[-1] not in "eé")
_EEN_UNITS = "|".join(w for w, v in NUMBER_WORDS.items() if v < 10 and w[-1] in "eé")
_HUNDREDS = "|".join(w for w, v in NUMBER_WORDS.items() if 1 < v < 10)
_BELOW_100 = rf"(?:(?:(?:{_EN_UNITS})en|(?:{_EEN_UNITS})ën)(?:{_TENS})|{_TEENS}|{_TENS}|{_UNITS})"
NUMBER_WORD_RE = rf"(?:(?:{_HUNDREDS})?{_HUNDRED}{_BELOW_100}?|{_BELOW_100}|{_THOUSAND})"


def number_word(word: str) -> int | None:
    """Value of a Dutch number word (`zeven`, `vijfentwintig`, `honderdtwintig`), or of digits; None otherwise."""
    w = word.lower()
    if w.isascii() and w.isdigit():     # `'²'.isdigit()` is true, but int('²') fails
        return int(w)
    return NUMBER_WORDS_ALL.get(w)


def make_date(year: int | None, month: int | None, day: int | None) -> str | None:
    """ISO date, or `YYYY-MM` / `YYYY` when that is all that is known; None when invalid."""
    if year is None:
        return None
    if month is None:
        return f"{year:04d}"
    if day is None:
        return f"{year:04d}-{month:02d}"
    try:
        return date(year, month, day).isoformat()
    except ValueError:
        return None


# `4 maart 2026`, `29 Januari 2026`, `11 februari jl.`, `1 december`
DATE_RE = re.compile(rf"\b(\d{{1,2}})(?:e|ste|de)?[ \u00a0]+({MONTH_RE})(?:[ \u00a0]+(\d{{4}}))?(?![\w-])",
                     re.IGNORECASE)


def parse_date(s: str, *, default_year: int | None = None) -> str | None:
    """First `<day> <month> [year]` date in `s` as ISO; the year falls back to `default_year`."""
    m = DATE_RE.search(s)
    if not m:
        m2 = re.search(r"\b(\d{4})-(\d{2})-(\d{2})\b", s)
        if m2:
            return make_date(int(m2.group(1)), int(m2.group(2)), int(m2.group(3)))
        return None
    year = int(m.group(3)) if m.group(3) else default_year
    return make_date(year, month_number(m.group(2)), int(m.group(1)))


def period_start(value: str | None) -> date | None:
    """First day of an ISO date, month (`2026-10`) or year (`2026`): how partial dates begin."""
    return _bound(value, last=False)


def period_end(value: str | None) -> date | None:
    """Last day of an ISO date, month (`2026-10` → 2026-10-31) or year (`2026` → 2026-12-31)."""
    return _bound(value, last=True)


def _bound(value: str | None, last: bool) -> date | None:
    if not value:
        return None
    m = re.fullmatch(r"(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?", str(value).strip())
    if not m:
        return None
    y, mo, d = int(m.group(1)), m.group(2), m.group(3)
    try:
        if d:
            return date(y, int(mo), int(d))
        if mo:
            month = int(mo)
            return date(y, month, calendar.monthrange(y, month)[1] if last else 1)
        return date(y, 12, 31) if last else date(y, 1, 1)
    except ValueError:
        return None


# a dossier number as letters write it: `21 501-28`, `36 045`, `28676`, a budget chapter `36 200 X`
_DOSSIER_PARTS = re.compile(r"(\d{2})[ \t\u00a0\u202f]?(\d{3})((?:-\d+)*)(?:[ \t\u00a0\u202f]+([IVXL]{1,4}|[A-Z]))?")


def dossier_id(raw: str) -> str:
    """The dossier as Kamerstuk ids write it: `21 501-28` → `21501-28`, `36 200 X` → `36200-X`."""
    raw = raw.replace("–", "-")
    m = _DOSSIER_PARTS.fullmatch(raw.strip())
    if not m:
        return re.sub(r"\s+", "", raw)
    return m.group(1) + m.group(2) + m.group(3) + (f"-{m.group(4)}" if m.group(4) else "")
