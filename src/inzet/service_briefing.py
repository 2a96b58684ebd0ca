"""Glue between the store and the motion tracker and the debate briefing (CLI, web app, API).

The pure logic is in `inzet.link.motion_tracker` and `inzet.link.briefing`; this module reads what they need
from the store: the letters that cite motions (segmented and extracted, through `inzet.service`), the
follow-up of each agenda among them (through `inzet.link.followup`'s public functions only), and the
Tweede Kamer's motion records that `inzet fetch tk --motions` kept.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from inzet import service
from inzet.errors import InzetError, NotFound, QueryError
from inzet.link import briefing as briefing_mod
from inzet.link import followup as followup_mod
from inzet.link import motion_tracker as motions_mod
from inzet.sources.tk_motions import SOURCE as TK_MOTIONS
from inzet.store import Store

# letters that can cite a motion: the word itself (LIKE is case-insensitive for ASCII) or a motion citation
_CITING = ("SELECT l.id, l.date, l.kind, l.source, l.kamerstuk FROM letters l WHERE l.text LIKE '%motie%'\n"
           "OR EXISTS (SELECT 1 FROM facts f WHERE f.letter_id = l.id AND f.kind = 'citations'\n"
           "           AND json_extract(f.value, '$.kind') = 'motion')\n"
           "ORDER BY l.date IS NULL, l.date, l.id")


def _dossier(kamerstuk: str | None) -> str | None:
    """`kst-21501-28-299` → `21501-28`: the dossier a motion cited without an id is filed under."""
    if not kamerstuk or not kamerstuk.startswith("kst-"):
        return None
    return kamerstuk[4:].rsplit("-", 1)[0]


def agenda_followup(store: Store, agenda_id: str) -> dict[str, Any]:
    """The agenda's `inzet.followup/1` with `report_id` (its report's letter id), or, when no report is
    stored yet, its positions alone with `report_id` None."""
    _, doc, ex = service.analysed(store, agenda_id)
    try:
        report_id = service.find_report(store, ex)
    except (NotFound, QueryError):
        return {"schema": followup_mod.SCHEMA, "report_id": None, "meetings": [],
                "positions": [p.to_json() for p in followup_mod.positions(doc, ex)]}
    out = dict(service.followup(store, agenda_id, report_id))
    out["report_id"] = report_id
    return out


def motion_inputs(store: Store) -> tuple[list[motions_mod.LetterInput], dict[str, dict[str, Any]]]:
    """The letters that cite motions, and the follow-up of each agenda among them."""
    letters = []
    followups: dict[str, dict[str, Any]] = {}
    for r in store.conn.execute(_CITING).fetchall():
        _, doc, ex = service.analysed(store, r["id"])
        letters.append(motions_mod.LetterInput(r["id"], r["date"], r["kind"], r["source"], doc, ex,
                                               _dossier(r["kamerstuk"])))
        if r["kind"] == "agenda":
            followups[r["id"]] = agenda_followup(store, r["id"])
    return letters, followups


def motions(store: Store) -> motions_mod.MotionList:
    """Every motion the stored letters cite or the Kamer lists (`inzet fetch tk --motions`), with status."""
    letters, followups = motion_inputs(store)
    return motions_mod.tracker(letters, followups, store.remote_records(TK_MOTIONS))


def check_statuses(statuses: list[str] | None) -> list[str] | None:
    """`--status open,executed` (or repeated): each must be a known status."""
    if not statuses:
        return None
    out = [s.strip().replace(" ", "_") for v in statuses for s in v.split(",") if s.strip()]
    bad = [s for s in out if s not in motions_mod.STATUSES]
    if bad:
        raise QueryError(f"--status {bad[0]!r}: expected one of {', '.join(motions_mod.STATUSES)}")
    return out
def newest_agenda(store: Store) -> str:
    """The id of the newest stored agenda (by letter date)."""
    row = store.conn.execute("SELECT id FROM letters WHERE kind = 'agenda' ORDER BY date IS NULL, date DESC, id "
                             "LIMIT 1").fetchone()
    if row is None:
        raise NotFound("no agenda letter is stored; ingest one first (inzet ingest LETTER)")
    return str(row["id"])


def briefing(store: Store, agenda_ref: str | None = None, since: str | None = None,
             horizon: int = briefing_mod.HORIZON_DAYS) -> dict[str, Any]:
    """The `inzet.briefing/1` object for a stored agenda (default: the newest)."""
    agenda_id = store.resolve(agenda_ref) if agenda_ref else newest_agenda(store)
    kind = store.conn.execute("SELECT kind FROM letters WHERE id = ?", (agenda_id,)).fetchone()["kind"]
    if kind != "agenda":
        raise QueryError(f"{agenda_ref}: a {kind} letter, not an agenda")
    since_day = None
    if since:
        try:
            since_day = date.fromisoformat(since).isoformat()
        except ValueError:
            raise QueryError(f"--since {since!r}: expected a date like 2026-01-01") from None
    if not 1 <= horizon <= 3650:
        raise QueryError(f"--horizon {horizon}: expected 1 to 3650 days")
    records, texts = service.cached_ledgers_input(store)
    previous = briefing_mod.previous_cycle(records, agenda_id)
    fu_now = agenda_followup(store, agenda_id)
    fu_prev = None
    if previous.agenda:
        try:
            fu_prev = agenda_followup(store, previous.agenda)
        except InzetError:
            fu_prev = None
    return briefing_mod.briefing(records, texts, agenda_id, fu_now, fu_prev, motions(store), previous,
                                 since=since_day, horizon=horizon)
