"""The web app and JSON API: `create_app(db_path)`; `inzet serve` runs it with uvicorn."""

from __future__ import annotations

from inzet.web.app import create_app

__all__ = ["create_app"]
