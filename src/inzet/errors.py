"""The exception tree of inzet; every error a user can cause is one of these.

    InzetError
    ├── InputError          a file or URL cannot be read as a letter (names the source)
    │   ├── UnsupportedFormat   unknown extension or content type
    │   ├── EmptyInput          no text in it
    │   └── CorruptInput        truncated, encrypted, not what its extension says
    ├── StoreError          the database cannot be opened, migrated or written
    ├── NotFound            an id that is not in the store
    ├── QueryError          a search query or filter that cannot be used
    └── SourceError         a remote source failed (HTTP error, timeout, malformed body)
"""

from __future__ import annotations


class InzetError(Exception):
    """Root of all errors inzet raises on purpose; the CLI turns them into one-line messages."""


class InputError(InzetError):
    """A source cannot be read as a letter; the message names the source and the problem."""

    def __init__(self, source: str, problem: str) -> None:
        super().__init__(f"{source}: {problem}")
        self.source = source
        self.problem = problem


class UnsupportedFormat(InputError):
    """The extension or content type is not one inzet reads."""


class EmptyInput(InputError):
    """The source holds no text."""


class CorruptInput(InputError):
    """The source is damaged, encrypted or not what its extension claims."""


class StoreError(InzetError):
    """The database cannot be opened, migrated or written."""


class NotFound(InzetError):
    """An id or name that the store does not hold."""


class QueryError(InzetError):
    """A search query or filter that cannot be run."""


class SourceError(InzetError):
    """A remote source (Tweede Kamer OData, KOOP repository) failed or answered nonsense."""
