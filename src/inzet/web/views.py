"""Page data: one function per page, shared by the HTML pages and the JSON API.

Each takes an open read-only `Store` (and today's date where it matters) and returns plain data;
the HTML templates add charts and highlighted text, the API returns the data as JSON.
"""

from __future__ import annotations

import json
from datetime import date, timedelta
from functools import lru_cache
from typing import Any

from inzet.errors import QueryError
from inzet.extract.dutch import period_end, period_start
from inzet.extract.pipeline import extract_document
from inzet.extract.segment import segment
from inzet.search import MAX_LIMIT, SearchFilters, parse_query, search
from inzet.store import LetterFilters, Store
from inzet.store.queries import CHAMBERS, FACT_KINDS, KINDS
from inzet.web import data
from inzet.web.charts import Point, Segment, Span, pledge_bars, timeline, trajectory
from inzet.web.render import acronym_uses, highlight, letter_marks, money, percent

MAX_LETTERS = 1000
_FILTER_LEN = 64


def clean(value: str | None) -> str | None:
    """A query parameter: blank means not given; overly long values are refused."""
    if value is None or not value.strip():
        return None
    if len(value) > _FILTER_LEN:
        raise QueryError(f"a filter value of {len(value)} characters; at most {_FILTER_LEN} are allowed")
    return value.strip()


def to_int(value: str | None, name: str, default: int, lo: int, hi: int) -> int:
    """An integer query parameter within [lo, hi]; QueryError otherwise."""
    v = clean(value)
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
    k, c = clean(kind), clean(chamber)
    if k is not None and k not in KINDS:
        raise QueryError(f"kind {k!r}: expected one of {', '.join(KINDS)}")
    if c is not None and c.upper() not in CHAMBERS:
        raise QueryError(f"chamber {c!r}: expected one of {', '.join(CHAMBERS)}")
    return LetterFilters(kind=k, chamber=c, since=clean(since), until=clean(until), meeting=clean(meeting),
                         limit=to_int(limit, "limit", 200, 1, MAX_LETTERS))


def letters(store: Store, f: LetterFilters) -> list[dict[str, Any]]:
    return store.letters(f)


def letter(store: Store, letter_id: str) -> dict[str, Any]:
    """A letter in full plus its stored text."""
    d = store.letter(letter_id)
    d["text"] = store.text(d["id"])
    return d


def letter_page(store: Store, letter_id: str) -> dict[str, Any]:
    """A letter with its text highlighted by fact kind and the side-panel items."""
    d = letter(store, letter_id)
    marks, panel = letter_marks(d)
    uses = acronym_uses(d["text"], [a["value"] for a in d["facts"]["acronyms"]])
    d["html"] = highlight(d["text"], marks, uses)
    d["panel"] = panel
    d["counts"] = {k: len(d["facts"][k]) for k in FACT_KINDS} | {"meetings": len(d["meetings"])}
    return d


# -- search -----------------------------------------------------------------------------------

def search_filters(kind: str | None, chamber: str | None, since: str | None, until: str | None,
                   meeting: str | None, fact: str | None, limit: str | None, offset: str | None) -> SearchFilters:
    return SearchFilters(kind=clean(kind), chamber=clean(chamber), since=clean(since), until=clean(until),
                         meeting=clean(meeting), fact=clean(fact),
                         limit=to_int(limit, "limit", 20, 1, MAX_LIMIT),
                         offset=to_int(offset, "offset", 0, 0, 100_000))


def run_search(store: Store, q: str, f: SearchFilters) -> dict[str, Any]:
    """One page of hits (and whether there are more)."""
    parsed = parse_query(q)
    more = SearchFilters(**{**{k: getattr(f, k) for k in f.__slots__}, "limit": f.limit + 1})
    hits = search(store, parsed, more)
    return {"query": q, "terms": [t.text for t in parsed.terms], "hits": hits[: f.limit],
            "more": len(hits) > f.limit, "offset": f.offset, "limit": f.limit}


# -- deployments ------------------------------------------------------------------------------

def deployments(store: Store, today: date) -> dict[str, Any]:
    """Deployment facts across letters, a timeline per title (latest stated period) and the mandate ledger."""
    rows = data.fact_rows(store.conn, "deployments")
    latest: dict[str, dict[str, Any]] = {}
    for r in rows:
        latest[str(r["value"].get("title") or "(untitled)")] = r
    spans = []
    for title, r in sorted(latest.items(), key=lambda kv: (kv[1]["value"].get("start") or "", kv[0])):
        v = r["value"]
        start, end = period_start(v.get("start")), period_end(v.get("end"))
        if start is None and end is None:
            continue
        tip = f"{title}: {v.get('start') or '…'} – {v.get('end') or '…'} ({v.get('action')}; letter {r['date'] or '?'})"
        spans.append(Span(title, start, end, tip, href=f"/letters/{r['letter_id']}#deployments-{r['idx']}",
                          css=f"action-{v.get('action')}"))
    mod = data.link_module("mandates")
    ledger = data.Ledger(missing=None if mod else "the mandate register (inzet.link.mandates) is not there yet")
    expiring = data.expiring(rows, today)
    if mod is not None:
        records, _ = data.ledger_inputs(store.conn, store.path)
        reg = mod.register(records)
        ledger.data = reg
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
        expiring = [{"letter_id": (m := e.end_mention or e.history[-1]).letter_id, "idx": m.index,
                     "date": m.letter_date, "value": {"title": e.title, "end": e.current_end},
                     "end_date": e.end_date, "days_left": (e.end_date - today).days}
                    for e in reg.expiring(timedelta(days=180), today) if e.end_date is not None]
    return {"rows": rows, "spans": spans, "chart": timeline(spans, today), "expiring": expiring, "ledger": ledger,
            "today": today}


def deployments_ics(store: Store) -> bytes | None:
    """The mandate end dates as iCalendar (None while the register is not there)."""
    mod = data.link_module("mandates")
    if mod is None:
        return None
    records, _ = data.ledger_inputs(store.conn, store.path)
    return bytes(mod.to_ics(mod.register(records)))


# -- pledges ----------------------------------------------------------------------------------

def pledges(store: Store) -> dict[str, Any]:
    """Money for Ukraine per instrument: every mention, and the pledge ledger when it is there."""
    rows = data.fact_rows(store.conn, "amounts")
    groups = data.ukraine_amounts_by_purpose(rows)
    mod = data.link_module("pledges")
    ledger = data.Ledger(missing=None if mod else "the pledge ledger (inzet.link.pledges) is not there yet, "
                         "so mentions are listed but not added up: the same pledge is often repeated")
    if mod is not None:
        records, texts = data.ledger_inputs(store.conn, store.path)
        led = mod.ledger(records, texts)
        ledger.data = led
        bad = {k for c in led.checks if c.status == "inconsistent" for k in c.items}
        chart_rows = []
        for inst in led.instruments.values():
            counted = [i for i in inst.items if i.counted and i.currency == "EUR"]
            segs = [Segment(i.value, i.running_pledged or i.value,
                            f"{i.display} — {i.letter_date or '?'}; running total {money(i.running_pledged, 'EUR')}",
                            href=f"/letters/{i.letter_id}#amounts-{i.key.rsplit('#', 1)[-1]}", flagged=i.key in bad)
                    for i in counted]
            t = inst.totals.get("EUR")
            note = f"(letters state {money(t.stated_total, 'EUR')})" if t and t.stated_total else ""
            if segs:
                chart_rows.append((inst.label, segs, note))
        return {"rows": rows, "groups": groups, "ledger": ledger, "checks": led.checks,
                "chart": pledge_bars(chart_rows, title="Pledges to Ukraine per instrument, running totals (EUR)")}
    chart_rows = []
# -- spending ---------------------------------------------------------------------------------

def spending(store: Store) -> dict[str, Any]:
    """GDP shares across letters against the NATO norms."""
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
    mod = data.link_module("spending")
    ledger = data.Ledger(missing=None if mod else "the spending series (inzet.link.spending) is not there yet; "
                         "the chart shows every distinct figure the letters give")
    if mod is not None:
        records, texts = data.ledger_inputs(store.conn, store.path)
        ledger.data = mod.trajectory(records, texts)
    return {"rows": rows, "points": points, "chart": trajectory(points), "ledger": ledger}


# -- follow-up --------------------------------------------------------------------------------

def followup_index(store: Store) -> dict[str, Any]:
    mod = data.link_module("followup")
    return {"pairs": data.pairs(store.conn),
            "missing": None if mod else "the follow-up module (inzet.link.followup) is not there yet"}


def followup(store: Store, agenda: str, report: str) -> dict[str, Any]:
    """The follow-up of an agenda in a report: positions with status and evidence in both letters."""
    a, r = store.resolve(agenda), store.resolve(report)
    la, lr = store.letter(a), store.letter(r)
    if la["letter"]["kind"] != "agenda":
        raise QueryError(f"{a[:12]} is a {la['letter']['kind']} letter, not an agenda")
    if lr["letter"]["kind"] != "report":
        raise QueryError(f"{r[:12]} is a {lr['letter']['kind']} letter, not a report")
    mod = data.link_module("followup")
    if mod is None:
        return {"agenda": la, "report": lr, "result": None,
                "missing": "the follow-up module (inzet.link.followup) is not there yet"}
    result = _followup_result(a, la["source"], store.text(a), r, lr["source"], store.text(r))
    return {"agenda": la, "report": lr, "result": result, "missing": None}


@lru_cache(maxsize=64)
def _followup_cached(agenda: str, asrc: str, atext: str, report: str, rsrc: str, rtext: str) -> str:
    """The follow-up as JSON text; letters are immutable under their sha256 id, so caching is safe."""
    from inzet.link.followup import follow_up

    adoc, rdoc = segment(asrc, atext), segment(rsrc, rtext)
    out = follow_up(adoc, extract_document(adoc, agenda), rdoc, extract_document(rdoc, report))
    return json.dumps(out, ensure_ascii=False)


def _followup_result(agenda: str, asrc: str, atext: str, report: str, rsrc: str, rtext: str) -> dict[str, Any]:
    """`inzet.followup/1` for two stored letters (extracted again from their stored text), with `mandated` set
    on positions that carry out a motion."""
    out = json.loads(_followup_cached(agenda, asrc, atext, report, rsrc, rtext))
    for p in out.get("positions", []):
        m = p.get("motion") or None
        p["mandated"] = (m.get("id") or m.get("text") or "motion") if m else None
    return out


def latest_not_reported(store: Store, pairs: list[dict[str, Any]], n_pairs: int = 3,
                        n: int = 6) -> list[dict[str, Any]]:
    """Not-reported positions of the latest agenda/report pairs, motion-mandated ones first."""
    if data.link_module("followup") is None:
        return []
    out = []
    seen: set[str] = set()
    best = [p for p in pairs if not (p["agenda"] in seen or seen.add(p["agenda"]))]   # best report per agenda
    for p in best[:n_pairs]:
        la, lr = store.letter(p["agenda"]), store.letter(p["report"])
        res = _followup_result(la["id"], la["source"], store.text(la["id"]), lr["id"], lr["source"],
                               store.text(lr["id"]))
        for pos in res.get("positions", []):
            if pos.get("status") == "not_reported":
                out.append({**pos, "agenda": la["id"], "report": lr["id"], "meeting_date": p["meeting_date"]})
    out.sort(key=lambda x: x["mandated"] is None)        # stable: motion-mandated first, then pair order
    return out[:n]


# -- glossary and dashboard ---------------------------------------------------------------------

def glossary(store: Store) -> list[dict[str, Any]]:
    return data.glossary(data.fact_rows(store.conn, "acronyms"))


def dashboard(store: Store, today: date) -> dict[str, Any]:
    latest = store.letters(LetterFilters(limit=8))
    dep = data.fact_rows(store.conn, "deployments")
    pl = pledges(store)
    if pl["ledger"].data is not None:
        totals = [{"purpose": inst.label, "mentions": len(inst.items), "pledged": t.pledged,
                   "stated": t.stated_total}
                  for inst in pl["ledger"].data.instruments.values() if (t := inst.totals.get("EUR")) and t.pledged][:8]
    else:
        totals = [{"purpose": p, "mentions": len(items),
                   "largest": max((i["value"]["value"] for i in items if i["value"].get("currency") == "EUR"),
                                  default=None)}
                  for p, items in list(pl["groups"].items())[:8]]
    fi = followup_index(store)
    return {"latest": latest, "expiring": data.expiring(dep, today), "pledges": totals, "pledge_ledger": pl["ledger"],
            "followup": fi, "not_reported": latest_not_reported(store, fi["pairs"]), "money": money, "today": today,
            "letter_count": data.count_letters(store.conn)}
