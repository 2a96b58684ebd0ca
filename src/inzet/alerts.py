"""Watch rules: what a user wants to hear about, evaluated against the store as feed entries.

Kinds: `search` (a full-text query), `dossier` (new letters in a Kamerstuk dossier), `expiring`
(mandates that end within N days), `pledge` (amounts for an instrument such as PURL). Each rule
has an Atom feed (`inzet feed NAME`, and `/feeds/NAME.atom` in the web app).
"""

from __future__ import annotations

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
    ids = store.letter_ids_in_dossier(dossier)
    return [_letter_entry(row, f"letter in dossier {dossier}") for row in store.letters() if row["id"] in ids]


def _search_entries(store: Store, query: str) -> list[Entry]:
    from inzet import search as search_mod

    return [Entry(id=f"urn:inzet:sentence:{h.letter_id}:{h.span[0]}", title=h.text[:120],
                  updated=_stamp(h.date, "1970-01-01T00:00:00Z"),
                  link=f"/letters/{h.letter_id}#s-{h.span[0]}-{h.span[1]}", summary=h.text)
            for h in search_mod.search(store, query)]


def _expiring_entries(store: Store, days: int, today: date) -> list[Entry]:
    from inzet import service
    from inzet.link import mandates

    register = mandates.register(service.cached_ledgers_input(store)[0])
    out = []
    for e in register.expiring(timedelta(days=days), today):
        last = e.history[-1]
        out.append(Entry(id=f"urn:inzet:mandate:{e.key}:{e.current_end}",
                         title=f"Mandate ends {e.current_end}: {e.title}",
                         updated=_stamp(last.letter_date, f"{today.isoformat()}T00:00:00Z"),
                         link="/deployments", summary=f"{e.title} ({', '.join(e.countries)}): {last.text}"))
    return out


def _pledge_entries(store: Store, instrument: str) -> list[Entry]:
    from inzet import service
    from inzet.link import pledges

    recs, texts = service.cached_ledgers_input(store)
    out = []
    for inst in pledges.ledger(recs, texts).filter(instrument).to_json()["instruments"]:
        for it in inst["items"]:
            out.append(Entry(id=f"urn:inzet:amount:{it['key']}",
                             title=f"{inst['label']}: {it['kind']} {it['text']}",
                             updated=_stamp(it.get("letter_date"), "1970-01-01T00:00:00Z"),
                             link=f"/letters/{it['letter_id']}", summary=it.get("sentence") or it["text"]))
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
