"""The HTML pages: server-rendered Jinja2 templates (autoescaped), charts as inline SVG."""

from __future__ import annotations

from typing import Any
from urllib.parse import urlencode

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, Response

from inzet import alerts
from inzet.store.queries import CHAMBERS, FACT_KINDS, KINDS
from inzet.web import views
from inzet.web.cache import Lru
from inzet.web.deps import open_store, today_of
from inzet.web.render import KIND_CLASS, KIND_LABEL, PANEL_ORDER, letter_title, money, percent

router = APIRouter(include_in_schema=False)

MEETING_TYPES = ("DMM", "FMM", "NATO-top", "NPG", "UDCG", "RBZ-Defensie", "RBZ", "Europese-Raad")
LEGEND = [(KIND_CLASS[k], KIND_LABEL[k]) for k in PANEL_ORDER]


def render(request: Request, name: str, **ctx: Any) -> HTMLResponse:
    templates = request.app.state.templates
    ctx.setdefault("nav", name.removesuffix(".html"))
    return templates.TemplateResponse(request, name, {"money": money, "percent": percent, "legend": LEGEND,
                                                      "title_of": letter_title, "kinds": KINDS, "chambers": CHAMBERS,
                                                      "fact_kinds": FACT_KINDS, "meeting_types": MEETING_TYPES,
                                                      **ctx})


@router.get("/", response_class=HTMLResponse)
def dashboard(request: Request) -> HTMLResponse:
    with open_store(request) as store:
        d = views.dashboard(store, today_of(request))
    return render(request, "dashboard.html", **d)


@router.get("/letters", response_class=HTMLResponse)
def letters(request: Request, kind: str | None = None, chamber: str | None = None, since: str | None = None,
            until: str | None = None, meeting: str | None = None, limit: str | None = None) -> HTMLResponse:
    f = views.letter_filters(kind, chamber, since, until, meeting, limit)
    with open_store(request) as store:
        rows = views.letters(store, f)
    return render(request, "letters.html", rows=rows, f=f)


# whole letter pages as sent, per store, id as asked and change stamp: a letter's page depends on nothing
# but its stored rows (a reindex or any other write moves the stamp, so nothing stale is ever served)
_LETTER_HTML: Lru[tuple[str, str, int], bytes] = Lru(128)


@router.get("/letters/{letter_id}", response_class=HTMLResponse)
def letter(request: Request, letter_id: str) -> HTMLResponse:
    with open_store(request) as store:
        key = (store.path, letter_id, store.stamp())

        def page() -> bytes:
            d = views.letter_page(store, letter_id)
            return bytes(render(request, "letter.html", d=d, nav="letters").body)

        body = _LETTER_HTML.get_or_compute(key, page)
    return HTMLResponse(body)


@router.get("/search", response_class=HTMLResponse)
def search(request: Request, q: str = "", kind: str | None = None, chamber: str | None = None,
           since: str | None = None, until: str | None = None, meeting: str | None = None,
           fact: str | None = None, limit: str | None = None, offset: str | None = None) -> HTMLResponse:
    f = views.search_filters(kind, chamber, since, until, meeting, fact, limit, offset)
    res = None
    if q.strip():
        with open_store(request) as store:
            res = views.run_search(store, q, f)
    params = {k: v for k, v in {"q": q, "kind": f.kind, "chamber": f.chamber, "since": f.since, "until": f.until,
                                 "meeting": f.meeting, "fact": f.fact}.items() if v}
    nxt = urlencode({**params, "offset": f.offset + f.limit}) if res and res["more"] else None
    prev = urlencode({**params, "offset": max(0, f.offset - f.limit)}) if f.offset > 0 else None
    return render(request, "search.html", q=q, f=f, res=res, next_qs=nxt, prev_qs=prev)


@router.get("/deployments", response_class=HTMLResponse)
def deployments(request: Request) -> HTMLResponse:
    with open_store(request) as store:
        d = views.deployments(store, today_of(request))
    return render(request, "deployments.html", **d)


@router.get("/deployments.ics")
def deployments_ics(request: Request) -> Response:
    with open_store(request) as store:
        body = views.deployments_ics(store)
    return Response(body, media_type="text/calendar; charset=utf-8",
                    headers={"content-disposition": 'attachment; filename="inzet-mandates.ics"'})


@router.get("/pledges", response_class=HTMLResponse)
def pledges(request: Request) -> HTMLResponse:
    with open_store(request) as store:
        d = views.pledges(store)
    return render(request, "pledges.html", **d, amount_href=views.amount_href)


@router.get("/spending", response_class=HTMLResponse)
def spending(request: Request) -> HTMLResponse:
    with open_store(request) as store:
        d = views.spending(store)
    return render(request, "spending.html", **d)


@router.get("/followup", response_class=HTMLResponse)
def followup_index(request: Request) -> HTMLResponse:
    with open_store(request) as store:
        d = views.followup_index(store)
    return render(request, "followup_index.html", **d, nav="followup")


@router.get("/followup/{agenda}/{report}", response_class=HTMLResponse)
def followup(request: Request, agenda: str, report: str) -> HTMLResponse:
    with open_store(request) as store:
        d = views.followup(store, agenda, report)
    return render(request, "followup.html", **d, nav="followup")


@router.get("/feeds/{name}.atom")
def feed(request: Request, name: str) -> Response:
    """The Atom feed of an alert rule (`inzet watch add`); the name is checked before the store is asked."""
    rule = views.rule_name(name)
    with open_store(request) as store:
        body = alerts.feed(store, rule, base_url=str(request.base_url), today=today_of(request))
    return Response(body, media_type="application/atom+xml; charset=utf-8")


@router.get("/glossary", response_class=HTMLResponse)
def glossary(request: Request) -> HTMLResponse:
    with open_store(request) as store:
        rows = views.glossary(store)
    return render(request, "glossary.html", rows=rows)


@router.get("/docs", response_class=HTMLResponse)
def docs(request: Request) -> HTMLResponse:
    """A plain API page built from the OpenAPI schema (Swagger UI would load assets from a CDN)."""
    schema = request.app.openapi()
    ops = []
    for path, methods in schema.get("paths", {}).items():
        for method, op in methods.items():
            params = [{"name": p["name"], "in": p["in"], "required": p.get("required", False)}
                      for p in op.get("parameters", [])]
            ops.append({"method": method.upper(), "path": path, "summary": op.get("summary", ""),
                        "description": op.get("description", ""), "params": params})
    return render(request, "docs.html", ops=ops, info=schema.get("info", {}), nav="docs")


@router.get("/favicon.ico")
def favicon() -> Response:
    return Response(status_code=204)

