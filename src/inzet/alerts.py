"""Watch rules: what a user wants to hear about, evaluated against the store as feed entries.

Kinds: `search` (a full-text query), `dossier` (new letters in a Kamerstuk dossier), `expiring`
(mandates that end within N days), `pledge` (amounts for an instrument such as PURL). Each rule
has an Atom feed (`inzet feed NAME`, and `/feeds/NAME.atom` in the web app).
"""

from __future__ import annotations

import json
import re
from datetime import UTC, date, datetime, timedelta
from typing import Any

from inzet.errors import QueryError
from inzet.feeds import Entry, atom
from inzet.store import Store

MAX_ENTRIES = 50


def _stamp(d: str | None, fallback: str) -> str:
    """An RFC 3339 timestamp for an ISO date (letters have dates, not times)."""
    if d and re.fullmatch(r"\d{4}-\d\d-\d\d", d):
        return f"{d}T00:00:00Z"
    return fallback


def _letter_entry(row: dict[str, Any], why: str) -> Entry:
    title = row.get("subject") or ", ".join(m["type"] for m in row.get("meetings") or []) or row["source"]
    kind = row.get("kind") or "other"
    return Entry(id=f"urn:inzet:letter:{row['id']}", title=f"[{kind}] {title}",
                 updated=_stamp(row.get("date"), row.get("ingested_at") or "1970-01-01T00:00:00Z"),
                 link=f"/letters/{row['id']}", summary=f"{why} — {row['source']}")


def _dossier_entries(store: Store, dossier: str) -> list[Entry]:
    want = dossier.replace(" ", "")
    out = []
    for row in store.letters():
        full = store.letter(row["id"])
        ks = (full.get("letter") or {}).get("kamerstuk") or {}
        dossiers = set(ks.get("dossiers") or [])
        for r in store.remote_documents(row["id"]):
            dossiers.update(json.loads(r.get("meta_json") or "{}").get("tk_dossiers", "").split(","))
        if want in dossiers:
            out.append(_letter_entry(row, f"letter in dossier {dossier}"))
    return out


def _search_entries(store: Store, query: str) -> list[Entry]:
    from inzet import search as search_mod

    out = []
    for hit in search_mod.search(store, query):
        h = hit.to_json() if hasattr(hit, "to_json") else dict(hit)
        lid = h.get("letter_id") or h.get("letter")
        start = (h.get("span") or [0])[0]
        out.append(Entry(id=f"urn:inzet:sentence:{lid}:{start}", title=h.get("text", "")[:120],
                         updated=_stamp(h.get("date"), "1970-01-01T00:00:00Z"),
                         link=f"/letters/{lid}#s{start}", summary=h.get("text", "")))
    return out


def _records(store: Store) -> list[dict[str, Any]]:
    recs = []
    for row in store.letters():
        ex = store.extraction(row["id"])
        recs.append({**ex, "id": row["id"]})
    return recs


def _expiring_entries(store: Store, days: int, today: date) -> list[Entry]:
    from inzet.link import mandates

    register = mandates.register(_records(store))
    out = []
    for d in mandates.expiring(register, timedelta(days=days), today):
        j = d.to_json() if hasattr(d, "to_json") else dict(d)
        out.append(Entry(id=f"urn:inzet:mandate:{j.get('key') or j.get('title')}:{j.get('end')}",
                         title=f"Mandate ends {j.get('end')}: {j.get('title')}",
                         updated=_stamp(j.get("letter_date"), f"{today.isoformat()}T00:00:00Z"),
                         link="/deployments", summary=json.dumps(j, ensure_ascii=False)[:400]))
    return out


def _pledge_entries(store: Store, instrument: str) -> list[Entry]:
    from inzet.link import pledges

    out = []
    ledger = pledges.ledger(_records(store), instrument=instrument)
    for item in getattr(ledger, "items", ledger):
        j = item.to_json() if hasattr(item, "to_json") else dict(item)
        out.append(Entry(id=f"urn:inzet:amount:{j.get('letter_id')}:{(j.get('span') or [0])[0]}",
                         title=f"{j.get('instrument', instrument)}: {j.get('text')}",
                         updated=_stamp(j.get("letter_date") or j.get("date"), "1970-01-01T00:00:00Z"),
                         link=f"/letters/{j.get('letter_id')}", summary=j.get("text") or ""))
    return out


def entries(store: Store, rule: dict[str, Any], today: date | None = None) -> list[Entry]:
    """The feed entries of a rule, newest first."""
    kind, arg = rule["kind"], rule["arg"]
    if kind == "dossier":
        found = _dossier_entries(store, arg)
    elif kind == "search":
        found = _search_entries(store, arg)
    elif kind == "expiring":
        found = _expiring_entries(store, int(arg), today or date.today())
    elif kind == "pledge":
        found = _pledge_entries(store, arg)
    else:
        raise QueryError(f"unknown watch rule kind {kind!r}")
    found.sort(key=lambda e: e.updated, reverse=True)
    return found[:MAX_ENTRIES]


def feed(store: Store, name: str, base_url: str = "", today: date | None = None) -> bytes:
    """The Atom feed of the rule called `name`."""
    rule = store.rule(name)
    found = entries(store, rule, today)
    now = datetime.now(UTC).isoformat(timespec="seconds").replace("+00:00", "Z")
    updated = found[0].updated if found else now
    base = base_url.rstrip("/")
    fixed = [Entry(e.id, e.title, e.updated, base + e.link if e.link.startswith("/") else e.link, e.summary)
             for e in found]
    return atom(f"urn:inzet:feed:{name}", f"inzet: {name} ({rule['kind']}: {rule['arg']})",
                f"{base}/feeds/{name}.atom", fixed, updated)
