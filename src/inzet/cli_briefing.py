"""CLI commands for the debate: `inzet motions` (motion tracker) and `inzet briefing` (on `inzet.cli.app`).

Thin like the rest of the CLI: parse, call `inzet.service_briefing`, print.
"""

from __future__ import annotations

import csv
import io
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer
from rich.table import Table
from rich.text import Text

from inzet.cli import DEFAULT_DB, DbOption, _dumps, app, stdout_console, user_errors
from inzet.store import Store


class MotionFormat(StrEnum):
    table = "table"
    json = "json"
    csv = "csv"


MOTION_CSV = ("key", "id", "member", "status", "tk_besluit", "tk_date", "mentions", "last_letter_date",
              "last_letter_id", "last_classification", "last_sentence")


def _motions_csv(motions: list[dict]) -> str:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(MOTION_CSV)
    for m in motions:
        last = m["mentions"][-1] if m["mentions"] else {}
        tk = m.get("tk") or {}
        w.writerow([m["key"], m["id"] or "", m["member"] or "", m["status"], tk.get("besluit") or "",
                    tk.get("date") or "", len(m["mentions"]), last.get("letter_date") or "",
                    last.get("letter_id") or "", last.get("classification") or "", last.get("text") or ""])
    return buf.getvalue()


@app.command()
def motions(
    dossier: Annotated[str | None, typer.Option(help="only motions of this dossier, e.g. 21501-20")] = None,
    status: Annotated[list[str] | None, typer.Option(
        help="only these statuses (repeat or comma-separate): open, mandated, reported, executed, partly, "
             "not_executed, rejected, held, mentioned")] = None,
    format: Annotated[MotionFormat, typer.Option("--format", "-f")] = MotionFormat.table,
    db: DbOption = Path(DEFAULT_DB),
) -> None:
    """Every motion the letters cite (or the Kamer lists): each letter and sentence citing it, and its status."""
    from inzet import service_briefing

    with user_errors():
        wanted = service_briefing.check_statuses(status)
        with Store(db, readonly=True) as store:
            lst = service_briefing.motions(store).filter(wanted, dossier)
    out = lst.to_json()
    if format is MotionFormat.json:
        return typer.echo(_dumps(out, indent=1))
    if format is MotionFormat.csv:
        return typer.echo(_motions_csv(out["motions"]), nl=False)
    t = Table(title="Motions", show_lines=True, expand=True)
    for col in ("status", "motion", "Kamer", "mentions (date · letter kind · what it says)"):
        t.add_column(col, ratio=3 if col.startswith("mentions") else None)
    for m in out["motions"]:
        tk = m.get("tk") or {}
        lines = [f"{x['letter_date'] or '?'} · {x['letter_kind'] or '?'} · {x['classification']}: {x['text']}"
                 for x in m["mentions"]]
        style = "bold white on red" if m["status"] == "open" else ""
        t.add_row(Text(m["status"], style=style), Text(m["label"]),
                  " ".join(x for x in (tk.get("besluit"), tk.get("date")) if x) or "–", Text("\n".join(lines)))
    stdout_console().print(t)


class BriefingFormat(StrEnum):
    html = "html"
    md = "md"
    json = "json"


@app.command()
def briefing(
    agenda: Annotated[str | None, typer.Argument(help="the agenda (stored id or prefix); default: the newest")] = None,
    since: Annotated[str | None, typer.Option(help="count as new what letters dated after this ISO date say "
                                              "(default: the previous agenda's date)")] = None,
    horizon: Annotated[int, typer.Option(help="mandates ending within this many days of the meeting")] = 180,
    format: Annotated[BriefingFormat, typer.Option("--format", "-f")] = BriefingFormat.md,
    base_url: Annotated[str, typer.Option(help="the web app's address, for the links")] = "http://127.0.0.1:8000",
    db: DbOption = Path(DEFAULT_DB),
) -> None:
    """One page for the committee debate on an agenda: positions, last cycle, motions, mandates, money, papers."""
    from inzet import service_briefing
    from inzet.link.briefing import to_markdown

    with user_errors(), Store(db, readonly=True) as store:
        out = service_briefing.briefing(store, agenda, since, horizon)
    base = base_url.rstrip("/")
    if format is BriefingFormat.json:
        return typer.echo(_dumps(out, indent=1))
    if format is BriefingFormat.md:
        return typer.echo(to_markdown(out, base))
    from inzet.web.briefing import render_page

    typer.echo(render_page(out, base))
