"""Per-request helpers shared by the pages and the API."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date

from fastapi import Request

from inzet.store import Store


@contextmanager
def open_store(request: Request) -> Iterator[Store]:
    """A read-only store for one request, opened and closed in the thread that uses it."""
    store = Store(request.app.state.db_path, readonly=True)
    try:
        yield store
    finally:
        store.close()


def today_of(request: Request) -> date:
    """The date "expiring soon" is measured from (pinned in tests)."""
    return request.app.state.today or date.today()
