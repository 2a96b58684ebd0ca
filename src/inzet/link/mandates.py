"""Deployment register: one entry per deployment, with the mandate history across letters.

Letters name one deployment differently ("MQ-9 inzet vanuit Roemenië en Leeuwarden" in an agenda,
"MQ-9 Air Shielding voor NAVO eVA" in the next report). Mentions are merged when their countries overlap
and their titles and units share a distinctive token (an acronym, a designation with a digit such as
MQ-9) or most of their words. Each entry keeps every mention (letter, date, action, end, span, quote)
ordered by letter date; its current end is the end stated by the latest letter that states one.

Partial dates ("2026-10", "2026") are shown as written and end at the end of that month or year for
`active_on`, `expiring` and the calendar. `to_ics` writes one all-day event per current mandate end,
with a UID derived from the entry's first mention, so re-exporting updates events instead of adding them.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from typing import Any

from inzet.extract.countries import kind_of
from inzet.extract.dutch import fold, period_end, period_start
from inzet.link.pledges import letter_date, letter_sort_key, span_of

RULE = "mandates.v1"

# Generic words of deployment titles: they say nothing about *which* deployment it is.
_STOPWORDS = frozenset((
    "de", "het", "een", "en", "of", "van", "voor", "in", "op", "aan", "bij", "met", "vanuit", "naar", "uit",
    "tot", "ten", "ter", "te", "om", "door", "over", "via", "als", "inzet", "bijdrage", "bijdragen",
    "nederlandse", "nederland", "nationale", "missie", "missies", "operatie", "operaties", "operation", "mission",
    "navo", "nato", "eu", "vn", "un", "verlenging", "verlengen", "mandaat", "deployment", "contribution", "the",
    "of", "for", "and", "to", "at", "twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen", "tien",
    "enkele", "aantal",
))
_TOKEN = re.compile(r"[^\W_]+(?:[-‑'’][^\W_]+)*")


def _is_place(word: str) -> bool:
    """A country, adjective or place name: the countries are compared on their own, not as title words."""
    return kind_of(word) in ("name", "adjective", "place")


def _tokens(*texts: str | None) -> dict[str, int]:
    """Title/unit tokens with a weight: 2 for names (MQ-9, eFP, NSATU, a capitalised word inside a title), else 1.

    The first word of a title is capitalised anyway, so only later capitals mark a name.
    """
    out: dict[str, int] = {}
    for text in texts:
        for n, raw in enumerate(_TOKEN.findall(text or "")):
            raw = re.sub(r"['’]s$", "", raw)
            if _is_place(raw):
                continue
            parts = [re.sub(r"[-‑'’]", "", raw)] if any(c.isdigit() for c in raw) else re.split(r"[-‑'’]", raw)
            for k, part in enumerate(parts):
                key = fold(part)
                if not key or key in _STOPWORDS or (len(key) < 2 and not key.isdigit()) or _is_place(part):
                    continue
                name = (any(c.isdigit() for c in part) or any(c.isupper() for c in part[1:])
                        or (part[:1].isupper() and (n, k) != (0, 0)))
                out[key] = max(out.get(key, 0), 2 if name else 1)
    return out


def _similarity(a: dict[str, int], b: dict[str, int]) -> tuple[float, bool]:
    """(weighted overlap coefficient, whether a distinctive token is shared)."""
    if not a or not b:
        return (0.0, False)
    shared = set(a) & set(b)
    weight = sum(max(a[t], b[t]) for t in shared)
    distinctive = any(max(a[t], b[t]) >= 2 for t in shared)
    return (weight / min(sum(a.values()), sum(b.values())), distinctive)


@dataclass(slots=True)
class Mention:
    """One deployment as one letter states it."""

    letter_id: str
    letter_date: str | None
    source: str | None
    index: int                        # position in the letter's `deployments`
    title: str
    countries: list[str]
    unit: str | None
    action: str
    start: str | None
    end: str | None
    personnel_max: int | None
    cost_eur: float | None
    funding: str | None
    text: str | None                  # the quoted evidence, when the record has it
    span: tuple[int, int] | None

    @property
    def quote(self) -> str:
        return self.text or self.title

    def to_json(self) -> dict[str, Any]:
        return {"letter_id": self.letter_id, "letter_date": self.letter_date, "source": self.source,
                "index": self.index, "title": self.title, "countries": list(self.countries), "unit": self.unit,
                "action": self.action, "start": self.start, "end": self.end, "personnel_max": self.personnel_max,
                "cost_eur": self.cost_eur, "funding": self.funding, "text": self.text,
                "span": list(self.span) if self.span else None}


@dataclass(slots=True)
class Entry:
    """One deployment across letters."""

    key: str                          # derived from the first mention: stable across runs
    history: list[Mention] = field(default_factory=list)

    @property
    def title(self) -> str:
        """The latest letter's name for it."""
        return self.history[-1].title

    @property
    def titles(self) -> list[str]:
        return list(dict.fromkeys(m.title for m in self.history))

    @property
    def countries(self) -> list[str]:
        return sorted({c for m in self.history for c in m.countries})

    @property
    def end_mention(self) -> Mention | None:
        """The mention whose end is current: the latest letter that states an end."""
        return next((m for m in reversed(self.history) if m.end), None)

    @property
    def current_end(self) -> str | None:
        """The current end as written ("2026-09-30", "2026-10", "2026")."""
        m = self.end_mention
        return m.end if m else None

    @property
    def ended(self) -> bool:
        """The latest mention ends the deployment."""
        return self.history[-1].action == "end"

    @property
    def start_date(self) -> date | None:
        starts = [d for m in self.history if (d := period_start(m.start))]
        return min(starts) if starts else None

    @property
    def end_date(self) -> date | None:
        """Last day of the current mandate; an `end` without a date ends on that letter's date."""
        end = period_end(self.current_end)
        last = self.history[-1]
        if self.ended and (self.end_mention is not last):
            return period_end(last.letter_date) or end
        return end

    def active_on(self, day: date) -> bool:
        """Inside the mandate on `day` (an unknown start or end leaves that side open)."""
        start, end = self.start_date, self.end_date
        return (start is None or start <= day) and (end is None or day <= end)

    def to_json(self) -> dict[str, Any]:
        end = self.end_date
        return {"key": self.key, "title": self.title, "titles": self.titles, "countries": self.countries,
                "current_end": self.current_end, "end_date": end.isoformat() if end else None,
                "ended": self.ended, "history": [m.to_json() for m in self.history]}


@dataclass(slots=True)
class Register:
    """All deployments of a set of letters."""

    entries: list[Entry] = field(default_factory=list)

    def active_on(self, day: date) -> list[Entry]:
        """Deployments whose mandate covers `day`."""
        return [e for e in self.entries if e.active_on(day)]

    def expiring(self, within: timedelta, today: date) -> list[Entry]:
        """Mandates that end between `today` and `today + within` (inclusive), soonest first."""
        hits = [e for e in self.entries if (end := e.end_date) and today <= end <= today + within]
        return sorted(hits, key=lambda e: (e.end_date, e.title))

    def find(self, name: str) -> list[Entry]:
        """Entries whose titles share a distinctive token or most words with `name`."""
        want = _tokens(name)
        return [e for e in self.entries if any(_match(want, _tokens(m.title, m.unit)) for m in e.history)]

    def to_json(self) -> dict[str, Any]:
        return {"schema": "inzet.mandates/1", "rule": RULE, "entries": [e.to_json() for e in self.entries]}


def _match(a: dict[str, int], b: dict[str, int]) -> bool:
    score, distinctive = _similarity(a, b)
    return (distinctive and score >= 0.4) or score >= 0.6


def _mention(record: Mapping[str, Any], index: int, d: Mapping[str, Any]) -> Mention:
    return Mention(
        letter_id=str(record.get("id", "")), letter_date=letter_date(record), source=record.get("source"),
        index=index, title=str(d.get("title") or ""), countries=list(d.get("countries") or []), unit=d.get("unit"),
        action=str(d.get("action") or "status"), start=d.get("start"), end=d.get("end"),
        personnel_max=d.get("personnel_max"), cost_eur=d.get("cost_eur"), funding=d.get("funding"),
        text=d.get("text"), span=span_of(d))


def register(records: Iterable[Mapping[str, Any]]) -> Register:
    """Merge the deployments of `records` (extract objects with an `"id"`) into one register.

    A mention joins the best-matching entry whose countries overlap its own (or either side names none)
    and that has no other mention from the same letter; otherwise it starts a new entry. Only the entries that
    share a token with it are compared, so the register grows with the mentions, not with their square.
    """
    entries: list[Entry] = []
    tokens: list[list[dict[str, int]]] = []      # per entry (by index): the tokens of its mentions, each once
    seen: list[set[frozenset[tuple[str, int]]]] = []
    letters: list[set[str]] = []                 # … the letters it has a mention from
    places: list[set[str]] = []                  # … its countries
    holders: dict[str, set[int]] = {}            # token -> the entries with a mention that has it
    for rec in sorted(records, key=letter_sort_key):
        for i, d in enumerate(rec.get("deployments") or []):
            m = _mention(rec, i, d)
            toks = _tokens(m.title, m.unit)
            best: tuple[float, int] | None = None
            # only an entry sharing a token can match (`_similarity` is 0 otherwise), tried in the order made
            for k in sorted(set().union(*(holders.get(t, ()) for t in toks))):
                if m.letter_id in letters[k] or (m.countries and places[k] and not places[k] & set(m.countries)):
                    continue
                for t in tokens[k]:
                    score = _similarity(toks, t)[0]
                    if _match(toks, t) and (best is None or score > best[0]):
                        best = (score, k)
            if best is None:
                key = hashlib.sha256(f"{m.letter_id}#{i}".encode()).hexdigest()[:16]
                entries.append(Entry(key))
                tokens.append([])
                seen.append(set())
                letters.append(set())
                places.append(set())
                k = len(entries) - 1
            else:
                k = best[1]
            entries[k].history.append(m)
            if (frozen := frozenset(toks.items())) not in seen[k]:     # (the same title again scores the same)
                seen[k].add(frozen)
                tokens[k].append(toks)
            letters[k].add(m.letter_id)
            places[k].update(m.countries)
            for t in toks:
                holders.setdefault(t, set()).add(k)
    return Register(entries)


def _stamp(e: Entry, end: date) -> datetime:
    """DTSTAMP from content: the latest letter date (else the mandate end), never the clock."""
    days = [d for h in e.history if (d := period_start(h.letter_date))]
    day = max(days) if days else end
    return datetime(day.year, day.month, day.day, tzinfo=UTC)


def to_ics(reg: Register, prodid: str = "-//inzet//mandates//NL") -> bytes:
    """An iCalendar file with one all-day VEVENT per current mandate end (UID and stamp from content)."""
    from icalendar import Calendar, Event

    cal = Calendar()
    cal.add("prodid", prodid)
    cal.add("version", "2.0")
    cal.add("x-wr-calname", "inzet: mandate ends")
    for e in reg.entries:
        m, end = e.end_mention, e.end_date
        if m is None or end is None:
            continue
        ev = Event()
        ev.add("uid", f"{e.key}@inzet")
        ev.add("sequence", len(e.history) - 1)
        ev.add("dtstamp", _stamp(e, end))
        ev.add("dtstart", end)
        ev.add("dtend", end + timedelta(days=1))
        ev.add("summary", f"Mandaat loopt af: {e.title} (einde {m.end})")
        lines = [f"{e.title}, {', '.join(e.countries) or 'land onbekend'}",
                 f"Einde {m.end}, volgens {m.source or m.letter_id} ({m.letter_date or 'datum onbekend'}).",
                 f"“{m.quote}”", "Geschiedenis:"]
        lines += [f"- {h.letter_date or '?'} {h.action}: einde {h.end or '—'} ({h.source or h.letter_id})"
                  for h in e.history]
        ev.add("description", "\n".join(lines))
        ev.add("categories", ["inzet", "mandaat"])
        cal.add_component(ev)
    return cal.to_ical()
