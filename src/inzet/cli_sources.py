"""CLI commands for the sources and alerts: fetch, sync, watch, feed (registered on `inzet.cli.app`).

Thin like the rest of the CLI: parse, call `inzet.sources` / `inzet.alerts`, print.
"""

from __future__ import annotations

import os
import re
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from inzet.cli import DEFAULT_DB, DbOption, app, error, note, user_errors
from inzet.errors import InzetError, SourceError
from inzet.pipeline import load_bytes
from inzet.store import Store

if TYPE_CHECKING:
    from inzet.sources.http import Http
    from inzet.sources.koop import KoopClient
    from inzet.sources.sync import Ingest
    from inzet.sources.tk import TkClient

# the sources (and httpx under them) are imported by the commands that fetch, not at start-up: every other
# command, `ingest --jobs` first, starts that much sooner

DEFAULT_DOSSIERS = ["21501-28", "28676"]   # Defensieraad and NAVO: the ministerials' dossiers

watch_app = typer.Typer(help="Alert rules; each has an Atom feed (inzet feed NAME, /feeds/NAME.atom).",
                        no_args_is_help=True)
app.add_typer(watch_app, name="watch")


def _clients() -> tuple[TkClient, KoopClient, Http]:
    """Clients for the configured roots (INZET_TK_API, INZET_KOOP_REPOSITORY override the official ones)."""
    from inzet.sources.http import Http
    from inzet.sources.koop import REPOSITORY, KoopClient
    from inzet.sources.tk import API_ROOT, TkClient

    http = Http(timeout=float(os.environ.get("INZET_HTTP_TIMEOUT", "30")))
    return (TkClient(http, os.environ.get("INZET_TK_API", API_ROOT)),
            KoopClient(http, os.environ.get("INZET_KOOP_REPOSITORY", REPOSITORY)), http)


def _ingest_into(store: Store) -> Ingest:
    def ingest(data: bytes, name: str, meta: dict[str, str]) -> str:
        result, warnings = load_bytes(store, data, name, meta)
        for w in warnings:
            note(w)
        typer.echo(f"{'stored' if result.created else 'already stored'}: {name} → {result.letter_id[:12]}")
        return result.letter_id
    return ingest


def _since(value: str | None) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise SourceError(f"--since {value!r}: expected a date like 2026-01-01") from None


def _run_sync(db: Path, dossiers: list[str], soort: str | None, since: str | None, incremental: bool) -> int:
    from inzet.sources.sync import sync_tk

    tk, _, http = _clients()
    with http, Store(db) as store:
        report = sync_tk(tk, store, _ingest_into(store), dossiers, soort=soort, since=_since(since),
                         incremental=incremental)
    for msg in report.failed:
        error(msg)
    for nummer in report.deleted:
        note(f"{nummer}: deleted at the source (kept here, marked deleted)")
    typer.echo(f"{report.seen} listed, {len(report.ingested)} ingested, {report.unchanged} unchanged, "
               f"{len(report.deleted)} deleted, {len(report.failed)} failed; cursor {report.cursor or '-'}")
    return 1 if report.failed else 0


def _fetch_motions(db: Path, dossiers: list[str]) -> int:
    """Keep the Kamer's record of each motion of the dossiers (remote_documents, source tk-motie)."""
    from inzet.sources.tk_motions import SOURCE, motions

    tk, _, http = _clients()
    n = 0
    with http, Store(db) as store:
        for m in motions(tk, dossiers):
            store.record_remote(SOURCE, m.id, None, m.changed, m.deleted, m.meta())
            n += 1
            typer.echo(f"motion {m.kst_id or m.nummer}: {m.besluit or 'no vote yet'}"
                       f"{' (' + m.date + ')' if m.date else ''} — {', '.join(m.indieners) or '?'}")
    typer.echo(f"{n} motion(s) of {', '.join(dossiers)} kept; see inzet motions")
    return 0


@app.command()
def fetch(
    targets: Annotated[list[str], typer.Argument(
        help="'tk' (with --dossier), or paper ids: kst-28676-599, 2026D05130")],
    dossier: Annotated[list[str] | None, typer.Option("--dossier", help="Kamerstuk dossier, e.g. 21501-28")] = None,
    since: Annotated[str | None, typer.Option(help="only documents dated on or after this ISO date")] = None,
    soort: Annotated[str | None, typer.Option(help='document kind, e.g. "Brief regering"')] = None,
    motions: Annotated[bool, typer.Option("--motions", help="with 'tk': the dossiers' motions and their votes, "
                                          "not letters")] = False,
    db: DbOption = Path(DEFAULT_DB),
) -> None:
    """Fetch letters from the Tweede Kamer open data or the official publications, and ingest them."""
    with user_errors():
        if motions:
            if targets != ["tk"]:
                raise SourceError("--motions goes with the target 'tk': inzet fetch tk --motions --dossier D")
            raise typer.Exit(_fetch_motions(db, dossier or []))
        if targets == ["tk"]:
            raise typer.Exit(_run_sync(db, dossier or DEFAULT_DOSSIERS, soort, since, incremental=False))
        from inzet.sources.koop import check_id
        from inzet.sources.sync import SOURCE_TK

        tk, koop, http = _clients()
        failed = 0
        with http, Store(db) as store:
            ingest = _ingest_into(store)
            for t in targets:
                try:
                    if t.startswith("kst-"):
                        xml, meta = koop.fetch(check_id(t))
                        letter_id = ingest(xml, f"{t}.xml", meta)
                        store.record_remote("koop", t, letter_id, meta.get("DCTERMS.modified"), False, meta)
                    elif re.fullmatch(r"\d{4}D\d{4,6}", t):
                        doc = tk.document(t)
                        data, _ = tk.download(doc)
                        letter_id = ingest(data, doc.filename(), doc.meta())
                        store.record_remote(SOURCE_TK, doc.id, letter_id, doc.changed, doc.deleted, doc.meta())
                    else:
                        raise SourceError(f"{t}: not a target; use 'tk', a kst-… id or a document number")
                except InzetError as e:
                    error(str(e))
                    failed += 1
        raise typer.Exit(1 if failed else 0)


@app.command()
def sync(
    dossier: Annotated[list[str] | None, typer.Option("--dossier", help="dossiers to follow (default: the ones "
                                                      "synced before, else 21501-28 and 28676)")] = None,
    soort: Annotated[str | None, typer.Option(help='document kind, e.g. "Brief regering"')] = None,
    db: DbOption = Path(DEFAULT_DB),
) -> None:
    """Fetch only what is new since the last sync (resumable; never ingests a document twice)."""
    from inzet.sources.sync import SOURCE_TK, scope_of

    with user_errors():
        if dossier:
            scopes = [(dossier, soort)]
        else:
            with Store(db) as store:
                known = store.sync_scopes(SOURCE_TK)
            scopes = []
            for scope in known:
                ds, _, kind = scope.partition("|")
                scopes.append((ds.split(","), kind or None))
            scopes = scopes or [(DEFAULT_DOSSIERS, soort)]
        rc = 0
        for ds, kind in scopes:
            typer.echo(f"sync {scope_of(ds, kind)}")
            rc |= _run_sync(db, ds, kind, None, incremental=True)
        raise typer.Exit(rc)


@watch_app.command("add")
def watch_add(
    name: Annotated[str, typer.Argument(help="rule name: lower-case letters, digits, - and _")],
    search: Annotated[str | None, typer.Option(help="a full-text query")] = None,
    dossier: Annotated[str | None, typer.Option(help="a Kamerstuk dossier, e.g. 28676")] = None,
    expiring: Annotated[int | None, typer.Option(help="mandates ending within this many days")] = None,
    pledge: Annotated[str | None, typer.Option(help="an instrument, e.g. PURL")] = None,
    db: DbOption = Path(DEFAULT_DB),
) -> None:
    """Add (or replace) an alert rule."""
    given = [(k, v) for k, v in (("search", search), ("dossier", dossier), ("expiring", expiring),
                                 ("pledge", pledge)) if v is not None]
    with user_errors():
        if len(given) != 1:
            raise SourceError("give exactly one of --search, --dossier, --expiring, --pledge")
        kind, arg = given[0]
        with Store(db) as store:
            store.add_rule(name, kind, str(arg))
        typer.echo(f"watch rule {name!r}: {kind} {arg}; feed: inzet feed {name}  (web: /feeds/{name}.atom)")


@watch_app.command("list")
def watch_list(db: DbOption = Path(DEFAULT_DB)) -> None:
    """The alert rules."""
    with user_errors(), Store(db, readonly=True) as store:
        for r in store.rules():
            typer.echo(f"{r['name']}\t{r['kind']}\t{r['arg']}")


@watch_app.command("remove")
def watch_remove(name: str, db: DbOption = Path(DEFAULT_DB)) -> None:
    """Remove an alert rule."""
    with user_errors(), Store(db) as store:
        store.remove_rule(name)
        typer.echo(f"removed {name!r}")


@app.command()
def feed(
    name: str,
    base_url: Annotated[str, typer.Option(help="absolute URL of the web app, for links")] = "http://127.0.0.1:8000",
    db: DbOption = Path(DEFAULT_DB),
) -> None:
    """Print the Atom feed of an alert rule."""
    from inzet import alerts

    with user_errors(), Store(db, readonly=True) as store:
        typer.echo(alerts.feed(store, name, base_url).decode("utf-8"), nl=False)
