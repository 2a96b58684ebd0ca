"""The HTML pages: server-rendered Jinja2 templates (autoescaped), charts as inline SVG."""

from __future__ import annotations

from collections.abc import Callable, Hashable
from typing import Any
from urllib.parse import urlencode

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, Response
from fastapi.templating import Jinja2Templates

from inzet import alerts
from inzet.store import Store
from inzet.store.queries import CHAMBERS, FACT_KINDS, KINDS
from inzet.web import views
from inzet.web.cache import Lru
from inzet.web.deps import kept, open_store, today_of
from inzet.web.render import KIND_CLASS, KIND_LABEL, PANEL_ORDER, letter_title, money, percent

router = APIRouter(include_in_schema=False)

MEETING_TYPES = ("DMM", "FMM", "NATO-top", "NPG", "UDCG", "RBZ-Defensie", "RBZ", "Europese-Raad")
LEGEND = [(KIND_CLASS[k], KIND_LABEL[k]) for k in PANEL_ORDER]


def html(templates: Jinja2Templates, name: str, **ctx: Any) -> bytes:
    """The page `name` rendered with the helpers every template may use (the templates never read the request,
    so a page can be rendered once and sent to many)."""
    ctx.setdefault("nav", name.removesuffix(".html"))
    return templates.get_template(name).render({"money": money, "percent": percent, "legend": LEGEND,
                                                "title_of": letter_title, "kinds": KINDS, "chambers": CHAMBERS,
                                                "fact_kinds": FACT_KINDS, "meeting_types": MEETING_TYPES,
                                                **ctx}).encode()


def render(request: Request, name: str, **ctx: Any) -> HTMLResponse:
    """The page `name` for this request."""
    return HTMLResponse(html(request.app.state.templates, name, **ctx))


@router.get("/", response_class=HTMLResponse)
def dashboard(request: Request) -> HTMLResponse:
    t, today = request.app.state.templates, today_of(request)
    return HTMLResponse(kept(request, f"dashboard.html {today.isoformat()}",
                             lambda s: html(t, "dashboard.html", **views.dashboard(s, today))))


# whole pages as sent, per store, page (and its parameters) and change stamp: these pages depend on nothing
# but the stored rows, so a kept one is what rendering anew would give (any write moves the stamp, a reindex
# too: nothing stale is ever served); unlike `kept` pages they are rendered in the request that asks first
_AS_SENT: Lru[tuple[str, Hashable, int], bytes] = Lru(256)


def as_sent(store: Store, key: Hashable, build: Callable[[], bytes]) -> bytes:
    """The page under `key` as of the store's current stamp, built by `build` when it is not kept."""
    return _AS_SENT.get_or_compute((store.path, key, store.stamp()), build)


@router.get("/letters", response_class=HTMLResponse)
def letters(request: Request, kind: str | None = None, chamber: str | None = None, since: str | None = None,
            until: str | None = None, meeting: str | None = None, limit: str | None = None) -> HTMLResponse:
    f = views.letter_filters(kind, chamber, since, until, meeting, limit)
    t = request.app.state.templates
    with open_store(request) as store:
        body = as_sent(store, ("letters", f), lambda: html(t, "letters.html", rows=views.letters(store, f), f=f))
    return HTMLResponse(body)


@router.get("/letters/{letter_id}", response_class=HTMLResponse)
def letter(request: Request, letter_id: str) -> HTMLResponse:
    t = request.app.state.templates
    with open_store(request) as store:
        body = as_sent(store, ("letter", letter_id),
                       lambda: html(t, "letter.html", d=views.letter_page(store, letter_id), nav="letters"))
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
    t, today = request.app.state.templates, today_of(request)
    return HTMLResponse(kept(request, f"deployments.html {today.isoformat()}",
                             lambda s: html(t, "deployments.html", **views.deployments(s, today))))


@router.get("/deployments.ics")
def deployments_ics(request: Request) -> Response:
    with open_store(request) as store:
        body = views.deployments_ics(store)
    return Response(body, media_type="text/calendar; charset=utf-8",
                    headers={"content-disposition": 'attachment; filename="inzet-mandates.ics"'})


@router.get("/pledges", response_class=HTMLResponse)
def pledges(request: Request) -> HTMLResponse:
    t = request.app.state.templates
    return HTMLResponse(kept(request, "pledges.html", lambda s: html(t, "pledges.html", **views.pledges(s),
                                                                     amount_href=views.amount_href)))


@router.get("/spending", response_class=HTMLResponse)
def spending(request: Request) -> HTMLResponse:
    t = request.app.state.templates
    return HTMLResponse(kept(request, "spending.html", lambda s: html(t, "spending.html", **views.spending(s))))


@router.get("/followup", response_class=HTMLResponse)
def followup_index(request: Request) -> HTMLResponse:
    t = request.app.state.templates
    with open_store(request) as store:
        body = as_sent(store, ("followup",), lambda: html(t, "followup_index.html", **views.followup_index(store),
                                                          nav="followup"))
    return HTMLResponse(body)


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
    t = request.app.state.templates
    return HTMLResponse(kept(request, "glossary.html", lambda s: html(t, "glossary.html", rows=views.glossary(s))))


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

