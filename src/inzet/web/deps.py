"""Per-request helpers shared by the pages and the API."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date

from fastapi import Request

from inzet.store import Store
from inzet.web.views import RESULTS


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


def kept(request: Request, name: str, build: Callable[[Store], bytes]) -> bytes:
    """A response body that depends on nothing but the store (and today's date, when `name` says it), built
    once per change of the store in the worker that computes the results it shows, the previous one served
    while that runs (`views.RESULTS`, web/cache.py): such a request only sends bytes."""
    with open_store(request) as store:
        return RESULTS.get(store, name, build)
