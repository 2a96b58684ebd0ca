"""CLI commands across letters: followup, pledges, deployments, spending, citations, glossary.

Registered on `inzet.cli.app`; each parses, calls `inzet.service` / `inzet.link`, and prints.
"""

from __future__ import annotations

import json
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.table import Table
from rich.text import Text

from inzet.cli import DEFAULT_DB, DbOption, app, stdout_console, user_errors
from inzet.store import Store


class Fmt(StrEnum):
    table = "table"
    json = "json"


class FmtCsv(StrEnum):
    table = "table"
    json = "json"
    csv = "csv"


def _json(obj: Any) -> None:
    typer.echo(json.dumps(obj, ensure_ascii=False, indent=1))


def followup_table(out: dict[str, Any]) -> Table:
    """Positions with their status; a motion-mandated position the report is silent on stands out."""
    meetings = ", ".join(f"{m['type']} {m.get('date_start') or ''}".strip() for m in out.get("meetings", []))
    t = Table(title=f"Follow-up: {out['agenda']} → {out['report']}" + (f"  ({meetings})" if meetings else ""),
              show_lines=True, expand=True)
    t.add_column("status", no_wrap=True)
    t.add_column("kind", no_wrap=True)
    t.add_column("meeting", no_wrap=True)
    t.add_column("position (agenda)", ratio=3)
    t.add_column("evidence (report)", ratio=3)
    for p in out.get("positions", []):
        motion = p.get("motion")
        silent = p.get("status") == "not_reported"
        if silent and motion:
            status = Text(f"NOT REPORTED\nmandated by {motion.get('text') or motion.get('id')}",
                          style="bold white on red")
        elif silent:
            status = Text("not reported", style="yellow")
        else:
            status = Text("reported", style="green")
        evidence = "\n".join(e["text"] for e in p.get("evidence", []))
        t.add_row(status, p.get("kind") or "", p.get("meeting") or "", Text(p["text"]), Text(evidence))
    return t


@app.command()
def followup(
    agenda: Annotated[str, typer.Argument(help="the agenda: a stored id (or prefix) or a letter file")],
    report: Annotated[str | None, typer.Argument(help="the report; found in the store by meetings if left out")] = None,
    format: Annotated[Fmt, typer.Option("--format", "-f")] = Fmt.table,
    db: DbOption = Path(DEFAULT_DB),
) -> None:
    """What the agenda said the Netherlands would do, and whether the report shows it done."""
    from inzet import service

    with user_errors(), Store(db) as store:
        out = service.followup(store, agenda, report)
    if format is Fmt.json:
        _json(out)
    else:
        stdout_console().print(followup_table(out))
