"""The store: SQLite tables for letters, meetings, sections, sentences (with a Dutch FTS index) and
facts; numbered migrations; SQL built by pure functions; one write transaction per letter.
"""

from __future__ import annotations

from inzet.store.db import connect, migrate
from inzet.store.queries import LetterFilters
from inzet.store.store import AddResult, Store

__all__ = ["AddResult", "LetterFilters", "Store", "connect", "migrate"]
