"""When a deployment runs: the period a clause states (`van 1 juli t/m 1 september 2023`, `tot eind 2015`,
`in de periode 2026-2028`, `loopt op 31 maart 2026 af`), at the precision the letter writes it."""

from __future__ import annotations

import re

from inzet.extract.cues import Vocab
from inzet.extract.deployments import table
from inzet.extract.dutch import MONTH_RE, make_date, month_number

_DT = (rf"(?:(?:begin|eind|einde|medio|half|halverwege)\s+)?(?:\d{{1,2}}(?:e|ste|de)?\s+)?"
       rf"(?:(?:{MONTH_RE})\s+)?\d{{4}}(?!\d)"
       rf"|(?:(?:begin|eind|einde|medio|half)\s+)?(?:\d{{1,2}}(?:e|ste|de)?\s+)?(?:{MONTH_RE})(?!\w)")
_UNTIL = r"(?:tot\s+en\s+met|t/m|t\.m\.|tot|-|–|—|en)"
_RANGE = re.compile(
    rf"\b(?:van(?:af)?|per|(?:in|gedurende|voor)\s+de\s+periode|periode|tussen)\s+(?P<a>{_DT})\s*{_UNTIL}\s*"
    rf"(?:(?:in|op)\s+)?(?P<b>{_DT})", re.IGNORECASE)
_END = re.compile(
    rf"\b(?:tot\s+en\s+met|t/m|t\.m\.|tot|uiterlijk|until)\s+(?:(?:in|op)\s+)?(?P<b>{_DT})"
    rf"|\b(?:loopt|lopen)\s+(?:(?:op|per|in|na)\s+)?(?P<c>{_DT})\s+af\b"
    rf"|\b(?:afloopt|aflopen|loopt af|eindigt|eindigen)\s+(?:op|per|in|na)\s+(?P<d>{_DT})", re.IGNORECASE)
_START = re.compile(
    rf"\b(?:vanaf|per|met ingang van|m\.i\.v\.|(?:start|begint|starten|beginnen)\s+(?:op|in|per))\s+(?P<a>{_DT})",
    re.IGNORECASE)
_DT_PARTS = re.compile(
    rf"(?:(?P<q>begin|eind|einde|medio|half|halverwege)\s+)?(?:(?P<d>\d{{1,2}})(?:e|ste|de)?\s+)?"
    rf"(?:(?P<m>{MONTH_RE})\s*)?(?P<y>\d{{4}})?", re.IGNORECASE)
# every date (`_DT`) holds a year or a month within one word: what `_RANGE`, `_END` and `_START` need
_DATE_WORD = re.compile(r"(?i:jan|feb|maart|mrt|apr|mei|jun|jul|aug|sep|okt|nov|dec)|\d{4}")
V_DATE = Vocab(_DATE_WORD, _DATE_WORD.pattern)
table.register(_RANGE, _END, _START, vocabs=(V_DATE,))


def _read_dt(s: str) -> tuple[int | None, int | None, int | None]:
    """(year, month, day) of a date expression; `eind 2015` is the year only."""
    m = _DT_PARTS.fullmatch(s.strip())
    if not m:
        return None, None, None
    year = int(m.group("y")) if m.group("y") else None
    month = month_number(m.group("m")) if m.group("m") else None
    day = int(m.group("d")) if m.group("d") and month else None
    return year, month, day


def _iso(parts: tuple[int | None, int | None, int | None]) -> str | None:
    y, mo, d = parts
    return make_date(y, mo, d) if y else None


def read_period(text: str, hits: int | None = None) -> tuple[str | None, str | None]:
    """(start, end) a clause states: `van 1 juli t/m 1 september 2023`, `tot eind 2015`, `in de periode
    2026-2028`, `loopt op 31 maart 2026 af`; a start without a year takes the end's year."""
    if hits is None:
        hits = table.of(text)
    if not hits & V_DATE.bit:
        return None, None
    m = table.search(_RANGE, text, hits)
    if m:
        a, b = _read_dt(m.group("a")), _read_dt(m.group("b"))
        if b[0] is not None and a[0] is None and a[1]:
            a = (b[0] - 1 if b[1] and a[1] > b[1] else b[0], a[1], a[2])
        if a[0] is not None and b[0] is None and b[1]:
            b = (a[0] + 1 if a[1] and b[1] < a[1] else a[0], b[1], b[2])
        if a[0] is not None or b[0] is not None:
            return _iso(a), _iso(b)
    start = end = None
    m = table.search(_END, text, hits)
    if m:
        end = _iso(_read_dt(m.group("b") or m.group("c") or m.group("d")))
    m = table.search(_START, text, hits)
    if m:
        start = _iso(_read_dt(m.group("a")))
    return start, end

