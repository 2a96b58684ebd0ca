"""Page data: one function per page, shared by the HTML pages and the JSON API.

Each takes an open read-only `Store` (and today's date where it matters) and returns plain data;
the HTML templates add charts and highlighted text, the API returns the data as JSON.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta
from typing import Any

from inzet import service
from inzet.errors import QueryError
from inzet.extract.segment import segment
from inzet.link import graph, mandates
from inzet.link import pledges as pledge_ledger
from inzet.link import spending as spending_series
from inzet.search import MAX_LIMIT, RANKING, SearchFilters, parse_query, search
from inzet.store import LetterFilters, Store
from inzet.store.queries import CHAMBERS, FACT_KINDS, KINDS, letter_where
from inzet.store.remote import RULE_NAME
from inzet.web import data
from inzet.web.cache import Lru, Stamped
from inzet.web.charts import Point, Segment, Span, pledge_bars, timeline, trajectory
from inzet.web.normalised import normalised_html
from inzet.web.render import acronym_uses, citation_href, highlight, letter_marks, money, percent

MAX_LETTERS = 1000
_FILTER_LEN = 64

# cross-letter results, computed once per change of the store (see web/cache.py); shared by all apps
RESULTS = Stamped()


def clean(value: str | None, name: str) -> str | None:
    """Query parameter `name`: blank means not given; overly long values and control characters are
    refused with a message naming the parameter."""
    if value is None or not value.strip():
        return None
    if len(value) > _FILTER_LEN:
        raise QueryError(f"{name}: a value of {len(value)} characters; at most {_FILTER_LEN} are allowed")
    if any(ord(c) < 32 or ord(c) == 127 for c in value):
        raise QueryError(f"{name} {value[:40]!r}: control characters are not allowed")
    return value.strip()


def to_int(value: str | None, name: str, default: int, lo: int, hi: int) -> int:
    """An integer query parameter within [lo, hi]; QueryError otherwise."""
    v = clean(value, name)
    if v is None:
        return default
    try:
        n = int(v)
    except ValueError:
        raise QueryError(f"{name} {v[:20]!r}: expected a whole number") from None
    if not lo <= n <= hi:
        raise QueryError(f"{name} {n}: expected {lo} to {hi}")
    return n


# -- letters ----------------------------------------------------------------------------------

def letter_filters(kind: str | None, chamber: str | None, since: str | None, until: str | None,
                   meeting: str | None, limit: str | None) -> LetterFilters:
    k, c = clean(kind, "kind"), clean(chamber, "chamber")
    if k is not None and k not in KINDS:
        raise QueryError(f"kind {k!r}: expected one of {', '.join(KINDS)}")
    if c is not None and c.upper() not in CHAMBERS:
        raise QueryError(f"chamber {c!r}: expected one of {', '.join(CHAMBERS)}")
    return LetterFilters(kind=k, chamber=c, since=clean(since, "since"), until=clean(until, "until"),
                         meeting=clean(meeting, "meeting"),
                         limit=to_int(limit, "limit", 200, 1, MAX_LETTERS))


def letters(store: Store, f: LetterFilters) -> list[dict[str, Any]]:
    return store.letters(f)


def letter(store: Store, letter_id: str) -> dict[str, Any]:
    """A letter in full plus its stored text."""
    d = store.letter(letter_id)
    d["text"] = store.text(d["id"])
    return d


_PAGES: Lru[tuple[str, str], dict[str, Any]] = Lru(256)


def _render_letter(d: dict[str, Any]) -> dict[str, Any]:
    marks, panel = letter_marks(d)
    uses = acronym_uses(d["text"], [a["value"] for a in d["facts"]["acronyms"]])
    return {"html": highlight(d["text"], marks, uses), "panel": panel,
            "normalised": normalised_html(segment(d["source"], d["text"]), marks, uses)}


def letter_page(store: Store, letter_id: str) -> dict[str, Any]:
    """A letter with its text highlighted by fact kind and the side-panel items. The highlighted page is
    rendered once per letter id (the hash of its bytes) and extractor version, not per request."""
    d = letter(store, letter_id)
    d |= _PAGES.get_or_compute((d["id"], d["extractor"]), lambda: _render_letter(d))
    d["counts"] = {k: len(d["facts"][k]) for k in FACT_KINDS} | {"meetings": len(d["meetings"])}
    return d


# -- search -----------------------------------------------------------------------------------

def search_filters(kind: str | None, chamber: str | None, since: str | None, until: str | None,
                   meeting: str | None, fact: str | None, limit: str | None, offset: str | None) -> SearchFilters:
    """Search filters from query parameters, each checked now (a bad one is named before the query is read)."""
    f = SearchFilters(kind=clean(kind, "kind"), chamber=clean(chamber, "chamber"), since=clean(since, "since"),
                      until=clean(until, "until"), meeting=clean(meeting, "meeting"), fact=clean(fact, "fact"),
                      limit=to_int(limit, "limit", 20, 1, MAX_LIMIT),
                      offset=to_int(offset, "offset", 0, 0, 100_000))
    if f.fact is not None and f.fact not in FACT_KINDS:
        raise QueryError(f"fact {f.fact!r}: expected one of {', '.join(FACT_KINDS)}")
    letter_where(f, flag="")                    # kind, chamber, since, until: raises QueryError naming the field
    return f


def run_search(store: Store, q: str, f: SearchFilters) -> dict[str, Any]:
    """One page of hits (and whether there are more)."""
    try:
        parsed = parse_query(q)
    except QueryError as e:
        raise QueryError(f"q: {e}") from None
    hits = search(store, parsed, replace(f, limit=f.limit + 1))
    return {"query": q, "terms": [t.text for t in parsed.terms], "hits": hits[: f.limit],
            "more": len(hits) > f.limit, "offset": f.offset, "limit": f.limit, "ranking": RANKING}


# -- deployments ------------------------------------------------------------------------------

EXPIRING_WITHIN = timedelta(days=180)


def _register(store: Store) -> mandates.Register:
    records, _ = service.cached_ledgers_input(store)
    return mandates.register(records)


def register(store: Store) -> mandates.Register:
    """The mandate register of every stored letter (once per change of the store)."""
    return RESULTS.get(store, "register", _register)


def expiring(reg: mandates.Register, today: date) -> list[dict[str, Any]]:
    """Mandates ending within `EXPIRING_WITHIN` of today, soonest first, each with the letter stating the end."""
    out = []
    for e in reg.expiring(EXPIRING_WITHIN, today):
        if (end := e.end_date) is None:
            continue
        m = e.end_mention or e.history[-1]
        out.append({"title": e.title, "end": e.current_end or end.isoformat(), "end_date": end,
                    "days_left": (end - today).days, "letter_id": m.letter_id, "idx": m.index, "date": m.letter_date})
    return out


def deployments(store: Store, today: date) -> dict[str, Any]:
    """Every deployment statement, and the mandate register: a timeline bar per deployment, what ends soon
    (once per change of the store and day)."""
    return RESULTS.get(store, f"deployments_page {today.isoformat()}", lambda s: _deployments(s, today))


def _deployments(store: Store, today: date) -> dict[str, Any]:
    reg = register(store)
    spans = []
    for e in sorted(reg.entries, key=lambda e: (e.start_date or date.min, e.title)):
        if e.start_date is None and e.end_date is None:
            continue
        last = e.end_mention or e.history[-1]
        tip = (f"{e.title}: {e.start_date or '…'} – {e.current_end or '…'}"
               f"{' (ended)' if e.ended else ''}; {len(e.history)} letter(s)")
        spans.append(Span(e.title, e.start_date, e.end_date, tip,
                          href=f"/letters/{last.letter_id}#deployments-{last.index}",
                          css="action-end" if e.ended else ""))
    return {"rows": data.fact_rows(store.conn, "deployments"), "spans": spans, "chart": timeline(spans, today),
            "expiring": expiring(reg, today), "today": today}


def deployments_ics(store: Store) -> bytes:
    """The mandate end dates as iCalendar."""
    return bytes(mandates.to_ics(register(store)))


# -- pledges ----------------------------------------------------------------------------------

def ukraine_ledger(store: Store) -> pledge_ledger.Ledger:
    """The pledge ledger of the instruments with money marked as support to Ukraine (once per change)."""
    return RESULTS.get(store, "ukraine_ledger", _ukraine_ledger)


def _ukraine_ledger(store: Store) -> pledge_ledger.Ledger:
    records, texts = service.cached_ledgers_input(store)
    led = pledge_ledger.ledger(records, texts)
    return pledge_ledger.Ledger({k: inst for k, inst in led.instruments.items() if any(i.ukraine for i in inst.items)})


def amount_href(item: pledge_ledger.LedgerItem) -> str:
    """The letter page, at the amount a ledger item comes from."""
    return f"/letters/{item.letter_id}#amounts-{item.key.rsplit('#', 1)[-1]}"


def pledges(store: Store) -> dict[str, Any]:
    """Money for Ukraine per instrument: running totals of the pledges, consistency checks, every amount
    (with its chart, once per change of the store)."""
    return RESULTS.get(store, "pledges_page", _pledges)


def _pledges(store: Store) -> dict[str, Any]:
    led = ukraine_ledger(store)
    bad = {k for c in led.checks if c.status == "inconsistent" for k in c.items}
    chart_rows = []
    for inst in led.instruments.values():
        segs = [Segment(i.value, i.running_pledged or i.value,
                        f"{i.display} — {i.letter_date or '?'}; running total {money(i.running_pledged, 'EUR')}",
                        href=amount_href(i), flagged=i.key in bad)
                for i in inst.items if i.counted and i.currency == "EUR"]
        t = inst.totals.get("EUR")
        note = f"(letters state {money(t.stated_total, 'EUR')})" if t and t.stated_total else ""
        if segs:
            chart_rows.append((inst.label, segs, note))
    # each sum a motion asks for, with its parts reported realised or remaining and where to read the motion
    requested = [(i, led.parts_of(i), citation_href({"kind": "motion", "id": i.motion_id})) for i in led.requested]
    return {"ledger": led, "checks": led.checks, "requested": requested,
            "chart": pledge_bars(chart_rows, title="Pledges to Ukraine per instrument, running totals (EUR)")}


# -- spending ---------------------------------------------------------------------------------

def spending(store: Store) -> dict[str, Any]:
    """GDP shares across letters against the NATO norms, with the spending series' restatements and gaps
    (once per change of the store)."""
    return RESULTS.get(store, "spending_page", _spending)


def _spending(store: Store) -> dict[str, Any]:
    rows = data.fact_rows(store.conn, "gdp_shares")
    points = []
    seen: set[tuple[Any, ...]] = set()
    for r in rows:
        v = r["value"]
        if v.get("year") is None or v.get("value") is None or v.get("category") not in ("defence", "total"):
            continue
        key = (v["year"], v["value"], v.get("category"), v.get("status"))
        if key in seen:
            continue
        seen.add(key)
        tip = (f"{percent(v['value'])} in {v['year']} — {v.get('category')}, {v.get('status')}"
               f"{', ' + v['basis'] if v.get('basis') else ''} — “{r['evidence']}” (letter {r['date'] or '?'})")
        points.append(Point(int(v["year"]), float(v["value"]), str(v.get("status")), tip,
                            href=f"/letters/{r['letter_id']}#gdp_shares-{r['idx']}"))
    return {"rows": rows, "points": points, "chart": trajectory(points),
            "series": spending_series.trajectory(*service.cached_ledgers_input(store))}


# -- follow-up --------------------------------------------------------------------------------

_FOLLOWUPS: Lru[tuple[str, str], dict[str, Any]] = Lru(64)


def followup_result(store: Store, agenda_id: str, report_id: str) -> dict[str, Any]:
    """`inzet.followup/1` of two stored letters (full ids, never paths). Kept per pair of ids: letters are
    immutable under their content id. Shared between requests: read it, never change it."""
    return _FOLLOWUPS.get_or_compute((agenda_id, report_id),
                                     lambda: service.followup(store, agenda_id, report_id))


def followup_index(store: Store) -> dict[str, Any]:
    return {"pairs": data.pairs(store.conn)}


def followup(store: Store, agenda: str, report: str) -> dict[str, Any]:
    """The follow-up of an agenda in a report: positions with status and evidence in both letters."""
    a, r = store.resolve(agenda), store.resolve(report)       # stored letters only
    return {"agenda": store.letter(a), "report": store.letter(r), "result": followup_result(store, a, r)}


def latest_not_reported(store: Store, pairs: list[dict[str, Any]], n_pairs: int = 3,
                        n: int = 6) -> list[dict[str, Any]]:
    """Not-reported positions of the latest agenda/report pairs, those carrying out a motion first."""
    out = []
    seen: set[str] = set()
    best = [p for p in pairs if not (p["agenda"] in seen or seen.add(p["agenda"]))]   # best report per agenda
    for p in best[:n_pairs]:
        for pos in followup_result(store, p["agenda"], p["report"])["positions"]:
            if pos["status"] == "not_reported":
                out.append({**pos, "agenda": p["agenda"], "report": p["report"], "meeting_date": p["meeting_date"]})
    out.sort(key=lambda x: x["motion"] is None)        # stable: motions first, then pair order
    return out[:n]


# -- alerts -----------------------------------------------------------------------------------

def rule_name(name: str) -> str:
    """An alert rule name as the store allows them (lower-case letters, digits, - and _; at most 64)."""
    if not RULE_NAME.fullmatch(name):        # fullmatch: `$` alone would let a trailing newline through
        raise QueryError(f"alert rule name {name[:70]!r}: lower-case letters, digits, '-' and '_' (at most 64)")
    return name


# -- glossary and dashboard ---------------------------------------------------------------------

def glossary(store: Store) -> list[graph.GlossaryEntry]:
    """Every defined acronym across letters (once per change of the store)."""
    return RESULTS.get(store, "glossary", _glossary)


def _glossary(store: Store) -> list[graph.GlossaryEntry]:
    records, _ = service.cached_ledgers_input(store)
    return graph.glossary(records)


def _not_reported(store: Store) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    pairs = data.pairs(store.conn)
    return pairs, latest_not_reported(store, pairs)


def dashboard(store: Store, today: date) -> dict[str, Any]:
    """The dashboard's data, all of one state of the store (`pages.dashboard` renders it once per change)."""
    totals = [{"purpose": inst.label, "pledged": t.pledged, "stated": t.stated_total}
              for inst in ukraine_ledger(store).instruments.values()
              if (t := inst.totals.get("EUR")) and t.pledged][:8]
    pairs, not_reported = RESULTS.get(store, "not_reported", _not_reported)
    return {"latest": store.letters(LetterFilters(limit=8)), "expiring": expiring(register(store), today),
            "pledges": totals, "pairs": pairs, "not_reported": not_reported,
            "rules": store.rules(), "today": today, "letter_count": data.count_letters(store.conn)}
