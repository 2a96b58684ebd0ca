"""The debate briefing in the web app: `/briefing` (the newest agenda), `/briefing/{agenda}`, its JSON at
`/api/briefing/{agenda}` and `/api/motions`; also the stand-alone HTML that `inzet briefing --format html` prints.

The page is one template (`briefing.html`, its content in `briefing_body.html` so the stand-alone document
shares it) with a print stylesheet (`static/briefing.css`): A4, no navigation, links written out.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, JSONResponse, RedirectResponse
from jinja2 import Environment, FileSystemLoader, select_autoescape

from inzet import __version__, service_briefing
from inzet.web.deps import open_store

HERE = Path(__file__).resolve().parent
router = APIRouter()


def _horizon(value: str | None) -> int:
    from inzet.web.views import to_int

    return to_int(value, "horizon", 180, 1, 3650)


def briefing_data(request: Request, agenda: str | None, since: str | None, horizon: str | None) -> dict[str, Any]:
    """The `inzet.briefing/1` object for a request (read-only store, parameters checked)."""
    from inzet.web.views import clean

    with open_store(request) as store:
        return service_briefing.briefing(store, agenda, clean(since, "since"), _horizon(horizon))


@router.get("/briefing", include_in_schema=False)
def newest(request: Request) -> RedirectResponse:
    """The briefing of the newest stored agenda."""
    with open_store(request) as store:
        agenda = service_briefing.newest_agenda(store)
    return RedirectResponse(f"/briefing/{agenda}", status_code=307)


@router.get("/briefing/{agenda}", response_class=HTMLResponse, include_in_schema=False)
def page(request: Request, agenda: str, since: str | None = None, horizon: str | None = None) -> HTMLResponse:
    from inzet.web.pages import render

    b = briefing_data(request, agenda, since, horizon)
    return render(request, "briefing.html", b=b, base="", nav="briefing")


@router.get("/api/briefing/{agenda}", summary="Debate briefing of an agenda (inzet.briefing/1)", tags=["api"])
def api_briefing(request: Request, agenda: str, since: str | None = None, horizon: str | None = None) -> JSONResponse:
    return JSONResponse(briefing_data(request, agenda, since, horizon))


@router.get("/api/motions", summary="Every cited motion with its mentions and status (inzet.motions/1)",
            tags=["api"])
def api_motions(request: Request) -> JSONResponse:
    with open_store(request) as store:
        return JSONResponse(service_briefing.motions(store).to_json())


def render_page(b: dict[str, Any], base: str) -> str:
    """The briefing as a stand-alone HTML document whose links point at the web app at `base`."""
    env = Environment(loader=FileSystemLoader(str(HERE / "templates")), autoescape=select_autoescape(["html"]))
    return env.get_template("briefing_doc.html").render(b=b, base=base, version=__version__)
