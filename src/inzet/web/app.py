"""The web app: `create_app(db_path)` builds a FastAPI app with HTML pages, a JSON API under /api,
static assets served from the package (no CDN) and one error handler.

Every request opens its own read-only `Store` (`mode=ro` + `PRAGMA query_only`) and closes it,
so requests never share a connection across threads and the app can never write; WAL lets
`inzet ingest` write meanwhile. Errors: `NotFound` → 404, `QueryError` (and bad parameters) → 400,
`StoreError` → 500 with a plain message, anything else → 500 "internal error" (never a traceback).
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable, MutableMapping
from datetime import date
from pathlib import Path
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates
from starlette.exceptions import HTTPException as StarletteHTTPException

from inzet import __version__
from inzet.errors import InzetError, NotFound, QueryError, StoreError
from inzet.store import Store
from inzet.web import api, briefing, pages

HERE = Path(__file__).resolve().parent
log = logging.getLogger("inzet.web")

CSP = ("default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
       "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'")
SECURITY_HEADERS = [
    (b"content-security-policy", CSP.encode()),
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"no-referrer"),
    (b"x-frame-options", b"DENY"),
]

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]


class SecurityHeaders:
    """Pure ASGI middleware adding CSP and friends to every HTTP response (cheaper than BaseHTTPMiddleware)."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = list(message.get("headers", []))
                have = {k.lower() for k, _ in headers}
                headers += [(k, v) for k, v in SECURITY_HEADERS if k not in have]
                message["headers"] = headers
            await send(message)

        await self.app(scope, receive, send_with_headers)


def status_of(exc: Exception) -> tuple[int, str]:
    """The HTTP status and the plain message for an error (the one place this mapping lives)."""
    if isinstance(exc, NotFound):
        return 404, str(exc)
    if isinstance(exc, QueryError):
        return 400, str(exc)
    if isinstance(exc, StoreError):
        return 500, f"the database could not be read: {exc}"
    if isinstance(exc, InzetError):
        return 400, str(exc)
    if isinstance(exc, RequestValidationError):
        problems = "; ".join(f"{'.'.join(str(p) for p in e.get('loc', ())[1:]) or 'request'}: {e.get('msg')}"
                             for e in exc.errors()[:3])
        return 400, f"bad request parameters ({problems})"
    if isinstance(exc, StarletteHTTPException):
        return exc.status_code, str(exc.detail) if exc.status_code != 404 else "no such page"
    return 500, "internal error; this is a bug in inzet, please report it"


def create_app(db_path: str | Path, *, today: date | None = None) -> FastAPI:
    """The inzet web app over the database at `db_path` (opened read-only; it must exist).

    `today` pins the date used for "expiring soon" (tests); by default it is the real date.
    """
    db_path = Path(db_path)
    Store(db_path, readonly=True).close()          # fail now (StoreError) if it cannot be read
    app = FastAPI(title="inzet", version=__version__, docs_url=None, redoc_url=None,
                  openapi_url="/openapi.json",
                  description="Source-grounded record of Dutch government letters on NATO/EU defence ministerials. "
                              "All data is read-only; every fact carries its span in the letter's stored text.")
    app.state.db_path = db_path
    app.state.today = today
    templates = Jinja2Templates(directory=str(HERE / "templates"))
    templates.env.globals["version"] = __version__
    app.state.templates = templates

    async def handle(request: Request, exc: Exception) -> Response:
        code, message = status_of(exc)
        if code >= 500:
            log.error("%s %s → %s: %s", request.method, request.url.path, code, exc,
                      exc_info=not isinstance(exc, InzetError))
        if request.url.path.startswith("/api/") or request.url.path == "/openapi.json":
            return JSONResponse({"error": message, "status": code}, status_code=code)
        body = templates.get_template("error.html").render(status=code, message=message, request=request)
        return HTMLResponse(body, status_code=code)

    for exc_type in (InzetError, RequestValidationError, StarletteHTTPException, Exception):
        app.add_exception_handler(exc_type, handle)

    app.mount("/static", StaticFiles(directory=str(HERE / "static")), name="static")
    app.include_router(api.router)
    app.include_router(pages.router)
    app.include_router(briefing.router)
    app.add_middleware(SecurityHeaders)
    return app

