"""The JSON API under /api: the same data as the pages, with spans and rule ids, documented in /openapi.json.

Query parameters are taken as text and validated by the library, so a bad value is a 400 with a
message (the app's single error handler), never a 500.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import JSONResponse, Response

from inzet.store import Store
from inzet.web import views
from inzet.web.deps import kept, open_store, today_of

router = APIRouter(prefix="/api", tags=["api"])


def _json(content: Any) -> bytes:
    """`content` as the bytes a JSONResponse sends."""
    return bytes(JSONResponse(content).body)


def _kept(request: Request, name: str, content: Callable[[Store], Any]) -> Response:
    """JSON of a result that depends on nothing but the store, encoded once per change (`deps.kept`)."""
    return Response(kept(request, name, lambda s: _json(content(s))), media_type="application/json")


def _jsonable(o: Any) -> Any:
    if isinstance(o, dict):
        return {k: _jsonable(v) for k, v in o.items()}
    if isinstance(o, list | tuple):
        return [_jsonable(v) for v in o]
    if hasattr(o, "isoformat"):
        return o.isoformat()
    return o


@router.get("/letters", summary="List letters, newest first")
def api_letters(request: Request, kind: str | None = None, chamber: str | None = None, since: str | None = None,
                until: str | None = None, meeting: str | None = None, limit: str | None = None) -> JSONResponse:
    """Letter summaries with their meetings and fact counts. Dates as YYYY, YYYY-MM or YYYY-MM-DD."""
    f = views.letter_filters(kind, chamber, since, until, meeting, limit)
    with open_store(request) as store:
        return JSONResponse(views.letters(store, f))


@router.get("/letters/{letter_id}", summary="One letter in full")
def api_letter(request: Request, letter_id: str) -> JSONResponse:
    """Metadata with evidence, meetings, sections, every fact (value, span, rule, evidence) and the stored text."""
    with open_store(request) as store:
        return JSONResponse(views.letter(store, letter_id))


@router.get("/search", summary="Full-text search over sentences")
def api_search(request: Request, q: str = "", kind: str | None = None, chamber: str | None = None,
               since: str | None = None, until: str | None = None, meeting: str | None = None,
               fact: str | None = None, limit: str | None = None, offset: str | None = None) -> JSONResponse:
    """Words (all must occur, Dutch stems), "phrases" and prefix* terms; bm25 ranking; highlights as spans."""
    f = views.search_filters(kind, chamber, since, until, meeting, fact, limit, offset)
    with open_store(request) as store:
        res = views.run_search(store, q, f)
    return JSONResponse({**res, "hits": [h.to_json() for h in res["hits"]]})


@router.get("/deployments", summary="Deployments across letters")
def api_deployments(request: Request) -> Response:
    """Every deployment fact with its letter, and the mandates (register across letters) ending within 180 days."""
    today = today_of(request)

    def content(store: Store) -> Any:
        d = views.deployments(store, today)
        return _jsonable({"deployments": d["rows"], "expiring": d["expiring"], "today": d["today"]})

    return _kept(request, f"api/deployments {today.isoformat()}", content)


@router.get("/pledges", summary="Money for Ukraine per instrument (inzet.pledges/1)")
def api_pledges(request: Request) -> Response:
    """The pledge ledger of the instruments with money for Ukraine: every amount classified (pledge, cumulative,
    remainder, realised, joint, mention), running totals per currency and consistency checks."""
    return _kept(request, "api/pledges", lambda s: views.ukraine_ledger(s).to_json())


@router.get("/spending", summary="Defence spending as a share of GDP")
def api_spending(request: Request) -> Response:
    """Every GDP-share figure with its letter, and the spending series (inzet.spending/1): restatements and
    gaps to the NATO norms."""
    def content(store: Store) -> Any:
        d = views.spending(store)
        return _jsonable({"gdp_shares": d["rows"], "series": d["series"].to_json()})

    return _kept(request, "api/spending", content)


@router.get("/followup", summary="Agenda/report pairs")
def api_followup_index(request: Request) -> JSONResponse:
    """Agenda and report letters that cover the same meeting."""
    with open_store(request) as store:
        return JSONResponse(views.followup_index(store))


@router.get("/followup/{agenda}/{report}", summary="Follow-up of an agenda in a report (inzet.followup/1)")
def api_followup(request: Request, agenda: str, report: str) -> JSONResponse:
    """Positions of the agenda with status reported / not_reported and evidence from the report."""
    with open_store(request) as store:
        d = views.followup(store, agenda, report)
    return JSONResponse({"agenda": d["agenda"]["id"], "report": d["report"]["id"], "followup": d["result"]})


@router.get("/glossary", summary="Acronyms defined in the letters")
def api_glossary(request: Request) -> Response:
    """Each acronym with its expansions and the letters that define it (id, span, quoted text)."""
    return _kept(request, "api/glossary", lambda s: [e.to_json() for e in views.glossary(s)])
