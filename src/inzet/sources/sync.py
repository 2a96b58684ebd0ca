"""Incremental sync: fetch only what is new since the last run, resume after an interruption.

The sync walks the Tweede Kamer's documents in change order (`GewijzigdOp, Id`). After each
document it records the remote id and moves the cursor (`<GewijzigdOp>|<Id>`: many documents may
share one change stamp, and a cursor of the stamp alone would skip the rest of them) — but only past an unbroken run of
successes, so a document that failed is fetched again next time while the ones after it are
skipped by their remote id. A document is never ingested twice: the remote id and its change
stamp are checked first, and the store itself is idempotent by content hash.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from typing import Protocol

from inzet.errors import InzetError
from inzet.sources.tk import TkClient, TkDocument, cursor_of

SOURCE_TK = "tk"


class SyncLedger(Protocol):
    """What a sync needs to remember between runs (the store implements it)."""

    def sync_cursor(self, source: str, scope: str) -> str | None: ...

    def set_sync_cursor(self, source: str, scope: str, cursor: str) -> None: ...

    def remote_changed(self, source: str, remote_id: str) -> str | None: ...

    def record_remote(self, source: str, remote_id: str, letter_id: str | None, changed: str | None,
                      deleted: bool, meta: dict[str, str]) -> None: ...


# ingest(data, filename, meta) -> letter id; raises InzetError when the file cannot be read
Ingest = Callable[[bytes, str, dict[str, str]], str]


@dataclass
class SyncReport:
    """What a sync did, for the CLI to print."""

    seen: int = 0
    ingested: list[str] = field(default_factory=list)     # letter ids
    unchanged: int = 0
    deleted: list[str] = field(default_factory=list)      # remote document numbers
    failed: list[str] = field(default_factory=list)       # one-line messages
    cursor: str | None = None


def scope_of(dossiers: list[str], soort: str | None) -> str:
    """The cursor's key: one cursor per dossier set and document kind."""
    return ",".join(sorted(dossiers)) + (f"|{soort}" if soort else "")


def sync_tk(client: TkClient, ledger: SyncLedger, ingest: Ingest, dossiers: list[str], *,
            soort: str | None = None, since: date | None = None, incremental: bool = True,
            progress: Callable[[TkDocument], None] | None = None) -> SyncReport:
    """Fetch and ingest the documents of `dossiers` changed since the last sync.

    With `incremental=False` the listing starts from the beginning (or `since`), but documents
    already ingested with the same change stamp are still skipped.
    """
    scope = scope_of(dossiers, soort)
    cursor = ledger.sync_cursor(SOURCE_TK, scope) if incremental else None
    report = SyncReport(cursor=cursor)
    clean = True        # no failure yet in this run: the cursor may advance
    for doc in client.documents(dossiers, soort=soort, since=since, changed_after=cursor):
        report.seen += 1
        if progress:
            progress(doc)
        try:
            if doc.deleted:
                ledger.record_remote(SOURCE_TK, doc.id, None, doc.changed, True, doc.meta())
                report.deleted.append(doc.nummer or doc.id)
            elif doc.changed is not None and ledger.remote_changed(SOURCE_TK, doc.id) == doc.changed:
                report.unchanged += 1
            else:
                data, ctype = client.download(doc)
                doc = _with_type(doc, ctype)
                letter_id = ingest(data, doc.filename(), doc.meta())
                ledger.record_remote(SOURCE_TK, doc.id, letter_id, doc.changed, False, doc.meta())
                report.ingested.append(letter_id)
        except InzetError as e:
            clean = False
            report.failed.append(f"{doc.nummer or doc.id}: {e}")
            continue
        if clean and (moved := cursor_of(doc.changed, doc.id)):
            ledger.set_sync_cursor(SOURCE_TK, scope, moved)
            report.cursor = moved
    return report


def _with_type(doc: TkDocument, content_type: str | None) -> TkDocument:
    if doc.content_type or not content_type:
        return doc
    from dataclasses import replace

    return replace(doc, content_type=content_type.split(";")[0].strip())
