"""How the letters write numbers and dates: parsers never crash and round-trip what they format."""

from __future__ import annotations

import contextlib
from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from inzet.extract.dutch import (
    MONTH_NAMES,
    format_number,
    make_date,
    month_number,
    number_word,
    parse_date,
    parse_number,
    period_end,
    period_start,
)


@pytest.mark.parametrize(("text", "scaled", "value"), [
    ("1,25", True, 1.25), ("1.25", True, 1.25), ("345.000", False, 345000), ("1.250.000", False, 1250000),
    ("21,4", True, 21.4), ("1 000 000", False, 1000000), ("1\u202f000", False, 1000), ("1.250,5", False, 1250.5),
    ("1,250,000", False, 1250000), ("2,01", False, 2.01), ("90", True, 90), ("1.250", True, 1.25),
])
def test_parse_number_reads_dutch_and_english_notation(text: str, scaled: bool, value: float) -> None:
    assert parse_number(text, scaled=scaled) == pytest.approx(value)


@pytest.mark.parametrize("bad", ["", "abc", "1,2,3.4.5x", "--1"])
def test_parse_number_refuses_what_is_not_a_number(bad: str) -> None:
    with pytest.raises(ValueError):
        parse_number(bad)


@given(st.integers(min_value=0, max_value=10**13))
def test_whole_numbers_round_trip(n: int) -> None:
    assert parse_number(format_number(n)) == n


@given(st.decimals(min_value=0, max_value=10**6, places=2, allow_nan=False, allow_infinity=False))
def test_decimals_round_trip(d) -> None:
    value = float(d)
    text = format_number(value)
    assert parse_number(text, scaled="," in text) == pytest.approx(value)


@settings(max_examples=300)
@given(st.text(max_size=40))
def test_parsers_never_crash(s: str) -> None:
    with contextlib.suppress(ValueError):
        parse_number(s)
    parse_date(s, default_year=2026)
    month_number(s)
    number_word(s)
    period_start(s)
    period_end(s)


@given(st.dates(min_value=date(1990, 1, 1), max_value=date(2100, 12, 31)))
def test_dates_round_trip_through_dutch_month_names(d: date) -> None:
    written = f"{d.day} {MONTH_NAMES[d.month - 1]} {d.year}"
    assert parse_date(written) == d.isoformat()
    assert parse_date(f"Den Haag, {written.replace(MONTH_NAMES[d.month - 1], MONTH_NAMES[d.month - 1].title())}") \
        == d.isoformat()
    assert period_start(d.isoformat()) == d == period_end(d.isoformat())


def test_partial_dates_and_missing_years() -> None:
    assert parse_date("op 11 februari jl.", default_year=2026) == "2026-02-11"
    assert parse_date("op 11 februari jl.") is None
    assert make_date(2026, 10, None) == "2026-10" and make_date(2026, None, None) == "2026"
    assert make_date(2026, 2, 30) is None
    assert (period_start("2026-10"), period_end("2026-10")) == (date(2026, 10, 1), date(2026, 10, 31))
    assert (period_start("2028"), period_end("2028")) == (date(2028, 1, 1), date(2028, 12, 31))
    assert number_word("zeven") == 7 and number_word("Twintig") == 20 and number_word("12") == 12


def test_the_number_word_pattern_holds_exactly_the_number_words() -> None:
    import itertools
    import re

    from inzet.extract.dutch import NUMBER_WORD_RE, NUMBER_WORDS_ALL

    rx = re.compile(NUMBER_WORD_RE)
    assert all(rx.fullmatch(w) for w in NUMBER_WORDS_ALL)
    parts = ["", "een", "twee", "drie", "vijf", "honderd", "en", "ën", "tien", "elf", "twintig", "negentig",
             "duizend", "dertien"]
    for a, b, c in itertools.product(parts, repeat=3):        # what it matches is a number word, no more
        w = a + b + c
        if w and rx.fullmatch(w):
            assert w in NUMBER_WORDS_ALL, w
