"""The `inzet` command line: thin commands that validate, call the library and print.

Every `InzetError` becomes one red line on stderr and exit code 1; a command over many files
reports each bad file on its own line, goes on with the others and exits 1 at the end. Set
`INZET_DEBUG=1` to get the traceback of an unexpected error instead of its one-line summary.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from contextlib import contextmanager
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console
from rich.progress import (
    BarColumn,
    DownloadColumn,
    Progress,
    TextColumn,
    TimeRemainingColumn,
    TransferSpeedColumn,
)
from rich.table import Table
from rich.text import Text

from inzet import SCHEMA, __version__, pipeline
from inzet.errors import InzetError, StoreError
from inzet.extract.pipeline import extract_text
from inzet.ingest import read
from inzet.ingest.files import expand
from inzet.pipeline import Outcome, default_jobs, ingest_files, stale_letters
from inzet.pipeline import reindex as reindex_letters
from inzet.store import LetterFilters, Store
from inzet.store.queries import FACT_KINDS
from inzet.store.schema import LATEST

app = typer.Typer(
    name="inzet",
    help="A source-grounded record of Dutch government letters on NATO and EU defence ministerials.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)

DEFAULT_DB = "inzet.db"
DbOption = Annotated[Path, typer.Option("--db", envvar="INZET_DB", help="SQLite database file.",
                                        show_default=True)]


class ExtractFormat(StrEnum):
    jsonl = "jsonl"
    table = "table"


class ListFormat(StrEnum):
    table = "table"
    json = "json"


class ShowFormat(StrEnum):
    text = "text"
    json = "json"


class LetterKind(StrEnum):
    agenda = "agenda"
    report = "report"
    other = "other"


# -- output helpers ---------------------------------------------------------------------------

def _one_line(msg: str) -> str:
    return " ".join(str(msg).split())


def error(msg: str) -> None:
    """One red line on stderr."""
    typer.secho(f"error: {_one_line(msg)}", fg=typer.colors.RED, err=True)


def note(msg: str) -> None:
    """One yellow line on stderr (skipped files, reader warnings)."""
    typer.secho(_one_line(msg), fg=typer.colors.YELLOW, err=True)


def _debug() -> bool:
    return os.environ.get("INZET_DEBUG", "") not in ("", "0")


def _bug(source: str, what: str) -> str:
    """The line for an unexpected exception (`what`: "<Type>: <message>")."""
    return f"{source}: internal error ({what}); this is a bug in inzet, please report it"


@contextmanager
def user_errors() -> Iterator[None]:
    """Turn an `InzetError` into a one-line message and exit code 1."""
    try:
        yield
    except InzetError as e:
        error(str(e))
        raise typer.Exit(1) from None


def stdout_console() -> Console:
    """A console on stdout; piped output gets 160 columns (not 80) unless COLUMNS says otherwise."""
    c = Console()
    if not c.is_terminal and "COLUMNS" not in os.environ:
        c = Console(width=160)
    return c


def _dumps(obj: Any, indent: int | None = None) -> str:
    return json.dumps(obj, ensure_ascii=False, indent=indent)


def _short(letter_id: str) -> str:
    return letter_id[:12]


def _meetings_cell(meetings: list[dict[str, Any]]) -> str:
    return ", ".join(f"{m['type']} {m['date_start'] or ''}".strip() for m in meetings)


def letters_table(rows: list[dict[str, Any]], title: str | None = None) -> Table:
    """A Rich table of letter summaries (`Store.letters` rows)."""
    t = Table(title=Text(title) if title else None, show_lines=False)
    t.add_column("id", no_wrap=True)
    t.add_column("date", no_wrap=True)
    t.add_column("kind")
    t.add_column("ch")
    t.add_column("meetings")
    t.add_column("facts", justify="right")
    t.add_column("rules", no_wrap=True)
    t.add_column("subject / source", overflow="fold")
    for r in rows:   # Text(): letter text and paths are shown as written, never read as Rich markup
        t.add_row(*(Text(c) for c in (_short(r["id"]), r["date"] or "–", r["kind"], r["chamber"] or "–",
                                      _meetings_cell(r["meetings"]) or "–", str(r["fact_count"]),
                                      _rules_cell(r), r["subject"] or r["source"])))
    if any(is_stale(r) for r in rows):
        t.caption = (f"stale: extracted by rules older than the running v{pipeline.VERSION}; "
                     "`inzet reindex` extracts them again")
    return t


def is_stale(row: dict[str, Any]) -> bool:
    """Were this letter's facts extracted by rules older than the running ones?"""
    return row.get("extractor_version", pipeline.VERSION) < pipeline.VERSION


def _rules_cell(row: dict[str, Any]) -> str:
    v = row.get("extractor_version")
    return "–" if v is None else f"v{v} stale" if is_stale(row) else f"v{v}"


def _extraction_table(objs: list[dict[str, Any]]) -> Table:
    t = Table()
    t.add_column("source", overflow="fold")
    for col in ("sha256", "date", "kind"):
        t.add_column(col, no_wrap=True)
    t.add_column("meetings")
    t.add_column("facts", justify="right")
    t.add_column("sections", justify="right")
    for o in objs:
        lt = o["letter"]
        t.add_row(*(Text(c) for c in (o["source"], o["sha256"][:12], lt["date"] or "–", lt["kind"],
                                      _meetings_cell(lt["meetings"]) or "–",
                                      str(sum(len(o[k]) for k in FACT_KINDS)), str(len(o["sections"])))))
    return t


def _version(value: bool) -> None:
    if value:
        typer.echo(f"inzet {__version__} ({SCHEMA}, store schema v{LATEST})")
        raise typer.Exit()


@app.callback()
def main(
    version: Annotated[bool, typer.Option("--version", callback=_version, is_eager=True,
                                          help="Print the version and exit.")] = False,
) -> None:
    """Turn Dutch government letters to parliament about NATO/EU defence ministerials into a record."""


# -- extract ----------------------------------------------------------------------------------

@app.command()
def extract(
    files: Annotated[list[str], typer.Argument(help="Letter files (.txt, .md, .docx, .pdf, .html, .xml).")],
    fmt: Annotated[ExtractFormat, typer.Option(
        "--format", help="jsonl: one inzet.extract/1 object per line; table: a summary per letter.",
    )] = ExtractFormat.jsonl,
) -> None:
    """Extract letters without storing them: one `inzet.extract/1` JSON object per file and line."""
    failed = 0
    rows: list[dict[str, Any]] = []
    for path in files:
        try:
            r = read(path)
            for w in r.warnings:
                note(f"warning: {w}")
            obj = extract_text(r.source, r.text, r.sha256).to_json()
        except InzetError as e:
            error(str(e))
            failed += 1
            continue
        except Exception as e:
            if _debug():
                raise
            error(_bug(path, f"{type(e).__name__}: {e}"))
            failed += 1
            continue
        if fmt is ExtractFormat.jsonl:
            typer.echo(_dumps(obj))
        else:
            rows.append(obj)
    if fmt is ExtractFormat.table and rows:
        stdout_console().print(_extraction_table(rows))
    if failed:
        raise typer.Exit(1)


# -- ingest -----------------------------------------------------------------------------------

JobsOption = Annotated[int | None, typer.Option(
    "--jobs", "-j", min=1, help="Worker processes that extract (default: the number of cores); one writer.")]
QuietOption = Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar and no line per letter.")]


def _progress(quiet: bool) -> Progress:
    """A progress bar on stderr counting letters and bytes; silent when stderr is no terminal or --quiet."""
    err_console = Console(stderr=True)
    return Progress(TextColumn("[progress.description]{task.description}"), BarColumn(),
                    TextColumn("{task.fields[letters]}/{task.fields[of]} letters"), DownloadColumn(),
                    TransferSpeedColumn(), TimeRemainingColumn(), console=err_console,
                    disable=quiet or not err_console.is_terminal, transient=True)


def _size(path: str) -> int:
    try:
        return os.stat(path).st_size
    except OSError:
        return 0          # reading it will fail and say why


def _report_failure(o: Outcome) -> None:
    """One line for a failed input; the traceback of a bug under INZET_DEBUG=1."""
    if o.bug:
        if _debug():
            typer.echo(o.traceback or "", err=True)
        error(_bug(o.source, o.error or "unknown"))
    else:
        error(o.error or f"{o.source}: failed")


@app.command()
def ingest(
    paths: Annotated[list[str], typer.Argument(help="Files, folders (searched recursively) or globs.")],
    db: DbOption = Path(DEFAULT_DB),
    jobs: JobsOption = None,
    quiet: QuietOption = False,
) -> None:
    """Read, extract and store letters, each whole or not at all; re-ingesting is a no-op."""
    ex = expand(paths)
    for e in ex.errors:
        error(str(e))
    for s in ex.skipped:
        note(f"skipped {s}: not a letter format inzet reads")
    stored = present = 0
    failed = len(ex.errors)
    sizes = [_size(f) for f in ex.files]
    with user_errors(), Store(db) as store, _progress(quiet) as progress:
        task = progress.add_task("ingesting", total=sum(sizes), letters=0, of=len(ex.files))
        for i, o in enumerate(ingest_files(store, ex.files, jobs or default_jobs())):
            progress.update(task, advance=sizes[i], letters=i + 1, description=Path(o.source).name[:40])
            for w in o.warnings:
                note(f"warning: {w}")
            if o.result is None:
                _report_failure(o)
                failed += 1
            elif o.result.created:
                stored += 1
                if not quiet:
                    typer.echo(f"stored          {_short(o.result.letter_id)}  {o.source}")
            else:
                present += 1
                also = "" if o.result.source == o.source else f" (as {o.result.source})"
                if not quiet:
                    typer.echo(f"already stored  {_short(o.result.letter_id)}  {o.source}{also}")
    skipped = f", {len(ex.skipped)} skipped" if ex.skipped else ""
    typer.echo(f"{stored} stored, {present} already present, {failed} failed{skipped} → {db}")
    if failed:
        raise typer.Exit(1)


@app.command()
def reindex(
    db: DbOption = Path(DEFAULT_DB),
    jobs: JobsOption = None,
    quiet: QuietOption = False,
) -> None:
    """Extract again every stored letter whose facts came from older rules; resumable, each letter
    whole or not at all (an interrupted run leaves whole letters; run it again to go on)."""
    done = failed = 0
    with user_errors():
        if not db.exists():
            raise StoreError(f"{db}: no such database")
        with Store(db) as store, _progress(quiet) as progress:
            ids = stale_letters(store)
            task = progress.add_task("reindexing", total=len(ids), letters=0, of=len(ids))
            for i, o in enumerate(reindex_letters(store, ids, jobs or default_jobs())):
                progress.update(task, advance=1, letters=i + 1, description=Path(o.source).name[:40])
                if o.result is None:
                    _report_failure(o)
                    failed += 1
                else:
                    done += 1
                    if not quiet:
                        typer.echo(f"reindexed       {_short(o.result.letter_id)}  {o.source}")
    typer.echo(f"{done} reindexed with extraction rules v{pipeline.VERSION}, {failed} failed → {db}")
    if failed:
        raise typer.Exit(1)


# -- letters / show ---------------------------------------------------------------------------

@app.command()
def letters(
    db: DbOption = Path(DEFAULT_DB),
    kind: Annotated[LetterKind | None, typer.Option(help="Only letters of this kind.")] = None,
    since: Annotated[str | None, typer.Option(help="Letter date on or after (YYYY[-MM[-DD]]).")] = None,
    until: Annotated[str | None, typer.Option(help="Letter date on or before (YYYY[-MM[-DD]]).")] = None,
    meeting: Annotated[str | None, typer.Option(help="Covers a meeting of this type (DMM, UDCG, …).")] = None,
    fmt: Annotated[ListFormat, typer.Option("--format", help="table or json.")] = ListFormat.table,
) -> None:
    """List the stored letters, newest first."""
    with user_errors(), Store(db, readonly=True) as store:
        rows = store.letters(LetterFilters(kind=kind.value if kind else None, since=since, until=until,
                                           meeting=meeting))
    for r in rows:
        r["stale"] = is_stale(r)
    if fmt is ListFormat.json:
        typer.echo(_dumps(rows, indent=2))
    elif not rows:
        note(f"no letters in {db}" + (" match these filters" if (kind or since or until or meeting) else ""))
    else:
        stdout_console().print(letters_table(rows))


def _value_text(value: dict[str, Any]) -> str:
    shown = {k: v for k, v in value.items() if k not in ("text", "context") and v not in (None, [], "")}
    return ", ".join(f"{k}={_dumps(v)}" for k, v in shown.items())


def show_lines(d: dict[str, Any]) -> list[str]:
    """A letter (`Store.letter`) as plain text lines: metadata, meetings, sections, every fact."""
    lt = d["letter"]
    out = [f"{'letter':<10}{d['id']}",
           f"{'source':<10}{d['source']} ({d['format']}, {d['text_length']} characters)",
           f"{'ingested':<10}{d['ingested_at']} by inzet {d['extractor']}"]
    ks = lt.get("kamerstuk")
    fields = {"date": lt.get("date"), "kind": lt.get("kind"), "chamber": lt.get("chamber"),
              "subject": lt.get("subject"), "reference": lt.get("reference"),
              "kamerstuk": f"{' / '.join(ks['dossiers'])} nr. {ks['number']}" if ks else None,
              "signatory": lt.get("signatory")}
    for name, value in fields.items():
        ev = d["evidence"].get(name)
        quote = f'   “{_one_line(ev["text"])}” [{ev["span"][0]}:{ev["span"][1]}]' if ev else ""
        out.append(f"{name:<10}{value if value is not None else '–'}{quote}")
    for w in d["warnings"]:
        out.append(f"{'warning':<10}{w}")
    if d["dropped"]:
        out.append(f"{'warning':<10}{d['dropped']} facts could not be mapped to the text and were dropped")
    out.append("")
    out.append(f"meetings ({len(d['meetings'])})")
    for m in d["meetings"]:
        dates = m["date_start"] or "?"
        if m["date_end"] and m["date_end"] != m["date_start"]:
            dates += f" – {m['date_end']}"
        where = f"  {m['location']}" if m["location"] else ""
        ev = f'   “{_one_line(m["evidence"])}” [{m["span"][0]}:{m["span"][1]}]' if m["span"] else ""
        out.append(f"  {m['type']:<14}{dates}{where}{ev}")
    out.append("")
    out.append(f"sections ({len(d['sections'])})")
    for s in d["sections"]:
        out.append(f"  [{s['span'][0]}:{s['span'][1]}] {s['heading']}")
    for kind in FACT_KINDS:
        facts = d["facts"][kind]
        out.append("")
        out.append(f"{kind} ({len(facts)})")
        for f in facts:
            out.append(f"  {f['idx']:>3}  {_value_text(f['value'])}   [{f['rule']}]")
            out.append(f"       “{_one_line(f['evidence'])}” [{f['span'][0]}:{f['span'][1]}]")
    return out


@app.command()
def show(
    letter_id: Annotated[str, typer.Argument(metavar="ID", help="Letter id (sha256), a unique prefix of it, "
                                             "or the source it was stored under.")],
    db: DbOption = Path(DEFAULT_DB),
    fmt: Annotated[ShowFormat, typer.Option("--format", help="text or json.")] = ShowFormat.text,
) -> None:
    """Show one letter: metadata, meetings, sections and every fact with its rule and evidence."""
    with user_errors(), Store(db, readonly=True) as store:
        d = store.letter(letter_id)
    if fmt is ShowFormat.json:
        typer.echo(_dumps(d, indent=2))
    else:
        typer.echo("\n".join(show_lines(d)))


# -- search / serve (web) -----------------------------------------------------------------------

class SearchFormat(StrEnum):
    table = "table"
    json = "json"


class FactKind(StrEnum):
    amounts = "amounts"
    gdp_shares = "gdp_shares"
    deployments = "deployments"
    citations = "citations"
    acronyms = "acronyms"


def _search_table(hits: list[Any]) -> Table:
    """A Rich table of search hits; letter text goes in as `rich.Text`, never read as markup."""
    from rich.text import Text

    t = Table(show_lines=False)
    t.add_column("letter", no_wrap=True)
    t.add_column("date", no_wrap=True)
    t.add_column("kind")
    t.add_column("sentence", overflow="fold")
    for h in hits:
        a, b = h.window
        cell = Text("… " if a > 0 else "")
        pos = a
        for s, e in h.highlights:
            s, e = max(s, a), min(e, b)
            if e > s:
                cell.append(h.text[pos:s].replace("\n", " "))
                cell.append(h.text[s:e].replace("\n", " "), style="bold reverse")
                pos = e
        cell.append(h.text[pos:b].replace("\n", " ") + (" …" if b < len(h.text) else ""))
        t.add_row(f"{_short(h.letter_id)}:{h.sentence}", h.date or "–", h.kind, cell)
    return t


@app.command()
def search(
    query: Annotated[str, typer.Argument(help='Words (all must occur), "a phrase" or a prefix*.')],
    db: DbOption = Path(DEFAULT_DB),
    kind: Annotated[LetterKind | None, typer.Option(help="Only letters of this kind.")] = None,
    since: Annotated[str | None, typer.Option(help="Letter date on or after (YYYY[-MM[-DD]]).")] = None,
    until: Annotated[str | None, typer.Option(help="Letter date on or before (YYYY[-MM[-DD]]).")] = None,
    chamber: Annotated[str | None, typer.Option(help="TK or EK.")] = None,
    meeting: Annotated[str | None, typer.Option(help="Covers a meeting of this type (DMM, UDCG, …).")] = None,
    fact: Annotated[FactKind | None, typer.Option(help="Only sentences holding a fact of this kind.")] = None,
    limit: Annotated[int, typer.Option(min=1, max=500, help="At most this many hits.")] = 20,
    fmt: Annotated[SearchFormat, typer.Option("--format", help="table or json.")] = SearchFormat.table,
) -> None:
    """Full-text search over the stored sentences (Dutch stems), best matches first."""
    from inzet.search import SearchFilters
    from inzet.search import search as run_search

    filters = SearchFilters(kind=kind.value if kind else None, since=since, until=until, chamber=chamber,
                            meeting=meeting, fact=fact.value if fact else None, limit=limit)
    with user_errors(), Store(db, readonly=True) as store:
        hits = run_search(store, query, filters)
    if fmt is SearchFormat.json:
        typer.echo(_dumps([h.to_json() for h in hits], indent=2))
    elif not hits:
        note(f"no sentences match {query!r}")
    else:
        stdout_console().print(_search_table(hits))


@app.command()
def serve(
    db: DbOption = Path(DEFAULT_DB),
    host: Annotated[str, typer.Option(help="Address to bind (only this machine by default).")] = "127.0.0.1",
    port: Annotated[int, typer.Option(min=0, max=65535, help="Port to listen on.")] = 8000,
) -> None:
    """Serve the web app and JSON API (read-only) on http://HOST:PORT/."""
    import uvicorn

    from inzet.web import create_app

    with user_errors():
        if not db.exists():
            raise StoreError(f"{db}: no such database; create it with `inzet ingest --db {db} LETTERS…`")
        with Store(db):       # upgrade an older schema once; the app itself only reads
            pass
        web_app = create_app(db)
    typer.echo(f"inzet serving {db} on http://{host}:{port}/ (Ctrl-C stops)")
    uvicorn.run(web_app, host=host, port=port, log_level="warning")


# commands across letters and of the sources live in their own modules; importing them registers them
from inzet import cli_briefing, cli_link, cli_sources  # noqa: E402, F401

if __name__ == "__main__":  # pragma: no cover
    app()
