"""A small HTTP client for the sources: timeouts, retries with backoff, and errors that say what failed.

Failures are never turned into empty results: a status that is not 200, a timeout, a body that
is not the JSON or XML promised — each raises `SourceError` naming the URL once retries are spent.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

import httpx

from inzet import __version__
from inzet.errors import SourceError

USER_AGENT = f"inzet/{__version__} (+https://github.com/inzet; civic-tech research tool)"
RETRY_STATUS = {429, 500, 502, 503, 504}


@dataclass
class Http:
    """GET with retries. `sleep` is injectable so tests do not wait through real backoff."""

    timeout: float = 30.0
    retries: int = 3
    backoff: float = 1.0
    sleep: Callable[[float], None] = time.sleep
    _client: httpx.Client | None = field(default=None, repr=False)

    def _c(self) -> httpx.Client:
        if self._client is None:
            self._client = httpx.Client(timeout=self.timeout, follow_redirects=True,
                                        headers={"User-Agent": USER_AGENT})
        return self._client

    def close(self) -> None:
        if self._client is not None:
            self._client.close()
            self._client = None

    def __enter__(self) -> Http:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def get(self, url: str, params: Mapping[str, str] | None = None) -> httpx.Response:
        """The response to a GET of `url`, retried on timeouts and 429/5xx; 4xx fail at once."""
        last = ""
        for attempt in range(self.retries + 1):
            if attempt:
                self.sleep(self.backoff * 2 ** (attempt - 1))
            try:
                r = self._c().get(url, params=params)
            except httpx.TimeoutException:
                last = f"timed out after {self.timeout:g} s"
                continue
            except httpx.HTTPError as e:
                last = f"{type(e).__name__}: {e}"
                continue
            if r.status_code == 200:
                return r
            last = f"HTTP {r.status_code}"
            if r.status_code not in RETRY_STATUS:
                break
        raise SourceError(f"{url}: {last}" + (f" (after {self.retries + 1} attempts)" if "HTTP 4" not in last else ""))

    def get_json(self, url: str, params: Mapping[str, str] | None = None) -> dict[str, Any]:
        """GET a JSON object; a body that is not a JSON object is an error, not an empty result."""
        r = self.get(url, params)
        try:
            data = json.loads(r.content)
        except ValueError as e:
            raise SourceError(f"{url}: malformed JSON ({e.msg} at line {e.lineno})") from e
        if not isinstance(data, dict):
            raise SourceError(f"{url}: expected a JSON object, got {type(data).__name__}")
        return data

    def get_bytes(self, url: str, params: Mapping[str, str] | None = None) -> tuple[bytes, str | None]:
        """GET a file: its bytes and content type."""
        r = self.get(url, params)
        return r.content, r.headers.get("content-type")
