"""CLI commands across letters: followup, pledges, deployments, spending, citations, glossary.

Registered on `inzet.cli.app`; each parses, calls `inzet.service` / `inzet.link`, and prints.
"""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.table import Table
from rich.text import Text

from inzet.cli import DEFAULT_DB, DbOption, ListFormat, _dumps, app, stdout_console, user_errors
from inzet.store import Store


class FmtCsv(StrEnum):
    table = "table"
    json = "json"
    csv = "csv"


def _json(obj: Any) -> None:
    typer.echo(_dumps(obj, indent=1))


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
    format: Annotated[ListFormat, typer.Option("--format", "-f")] = ListFormat.table,
    db: DbOption = Path(DEFAULT_DB),
) -> None:
    """What the agenda said the Netherlands would do, and whether the report shows it done."""
    from inzet import service

    # two files need no database: read one only when it exists, and never create one
    with user_errors(), (Store(db, readonly=True) if db.exists() else Store()) as store:
        out = service.followup(store, agenda, report)
    if format is ListFormat.json:
        _json(out)
    else:
        stdout_console().print(followup_table(out))


def _ledgers(db: Path) -> tuple[list[dict[str, Any]], dict[str, str]]:
    """(records, texts) of every stored letter: what the pledge and spending ledgers read."""
    from inzet import service

    with Store(db, readonly=True) as store:
        return service.ledgers_input(store)


def _records(db: Path) -> list[dict[str, Any]]:
    """The stored records alone (the register, graph and glossary need no letter texts)."""
    from inzet import service

    with Store(db, readonly=True) as store:
        return service.records(store)


def _days(value: str) -> int:
    """`90d`, `90`, `12w` → days."""
    import re

    from inzet.errors import QueryError

    m = re.fullmatch(r"\s*(\d{1,5})\s*([dw]?)\s*", value)
    if not m:
        raise QueryError(f"--expiring {value!r}: expected a number of days such as 90d or 12w")
    return int(m.group(1)) * (7 if m.group(2) == "w" else 1)


@app.command()
def pledges(
    instrument: Annotated[str | None, typer.Option(help="one instrument or alias, e.g. PURL")] = None,
    format: Annotated[FmtCsv, typer.Option("--format", "-f")] = FmtCsv.table,
    db: DbOption = Path(DEFAULT_DB),
) -> None:
    """Pledge ledger per instrument: dated amounts, running totals and consistency checks."""
    from inzet.link import pledges as ledger_mod

    with user_errors():
        recs, texts = _ledgers(db)
        led = ledger_mod.ledger(recs, texts)
        if instrument:
            led = led.filter(instrument)
    if format is FmtCsv.json:
        return _json(led.to_json())
    if format is FmtCsv.csv:
        return typer.echo(led.to_csv(), nl=False)
    console = stdout_console()
    for inst in led.to_json()["instruments"]:
        t = Table(title=f"{inst['label']}", expand=True)
        for col in ("date", "kind", "amount", "as written", "letter"):
            t.add_column(col)
        for it in inst["items"]:
            t.add_row(it.get("letter_date") or "", it["kind"],
                      ledger_mod.format_amount(it["value"], it["currency"]), Text(it["text"]),
                      Text(Path(it["source"]).name))
        console.print(t)
        for cur, tot in inst["totals"].items():
            line = f"  total pledged {ledger_mod.format_amount(tot['pledged'], cur)}"
            for key in ("requested", "realised", "remainder"):
                if tot[key]:
                    line += f"; {key} {ledger_mod.format_amount(tot[key], cur)}"
            console.print(Text(line))
        for c in inst["checks"]:
            style = "green" if c.get("status") == "consistent" else "yellow"
            console.print(Text(f"  check: {c.get('text') or c}", style=style))


@app.command()
def deployments(
    active_on: Annotated[str | None, typer.Option(help="only mandates running on this ISO date")] = None,
    expiring: Annotated[str | None, typer.Option(help="only mandates ending within this window, e.g. 90d")] = None,
    ics: Annotated[Path | None, typer.Option(help="write the mandate end dates as an iCalendar file")] = None,
    format: Annotated[ListFormat, typer.Option("--format", "-f")] = ListFormat.table,
    db: DbOption = Path(DEFAULT_DB),
) -> None:
    """Deployment register: each deployment once, with its mandate history and current end date."""
    from datetime import date, timedelta

    from inzet.errors import QueryError
    from inzet.link import mandates

    with user_errors():
        recs = _records(db)
        reg = mandates.register(recs)
        entries = reg.entries
        if active_on:
            try:
                day = date.fromisoformat(active_on)
            except ValueError:
                raise QueryError(f"--active-on {active_on!r}: expected a date like 2026-03-31") from None
            entries = reg.active_on(day)
        if expiring:
            keep = {e.key for e in reg.expiring(timedelta(days=_days(expiring)), date.today())}
            entries = [e for e in entries if e.key in keep]
        if ics:
            ics.write_bytes(mandates.to_ics(reg))
            typer.echo(f"wrote {ics} ({len(reg.entries)} mandates)", err=True)
    rows = [e.to_json() for e in entries]
    if format is ListFormat.json:
        return _json(rows)
    t = Table(title="Deployment register", expand=True)
    for col in ("deployment", "countries", "current end", "history"):
        t.add_column(col)
    for e in rows:
        hist = "\n".join(f"{h.get('letter_date') or '?'} {h['action']} → {h.get('end') or '-'}" for h in e["history"])
        t.add_row(Text(e["title"]), ", ".join(e["countries"]), e.get("current_end") or "", hist)
    stdout_console().print(t)


@app.command()
def spending(
    format: Annotated[ListFormat, typer.Option("--format", "-f")] = ListFormat.table,
    db: DbOption = Path(DEFAULT_DB),
) -> None:
    """Defence spending as a share of GDP by year, per basis and incl./excl. Ukraine, against the norms."""
    from inzet.link import spending as spending_mod

    with user_errors():
        recs, texts = _ledgers(db)
        traj = spending_mod.trajectory(recs, texts).to_json()
    if format is ListFormat.json:
        return _json(traj)
    t = Table(title="Spending trajectory (% of GDP)", expand=True)
    for col in ("series", "year", "value", "status", "as written", "letter"):
        t.add_column(col)
    for s in traj["series"]:
        name = "/".join(x for x in (s["category"], s.get("basis") or "", s.get("ukraine") or "") if x)
        for y in s["years"]:
            for p in y["points"]:
                t.add_row(name, str(y["year"] or "?"), f"{p['value']:g}%", p["status"], Text(p["text"]),
                          Text(Path(p["source"]).name))
    console = stdout_console()
    console.print(t)
    for r in traj.get("restatements", []):
        console.print(Text(f"restated: {r.get('text') or r}", style="yellow"))


@app.command()
def citations(
    letter: Annotated[str | None, typer.Argument(help="only what this letter cites (id or prefix)")] = None,
    format: Annotated[ListFormat, typer.Option("--format", "-f")] = ListFormat.table,
    db: DbOption = Path(DEFAULT_DB),
) -> None:
    """Citation graph: which letters cite which Kamerstukken and motions, resolved to stored letters."""
    from inzet import service
    from inzet.link import graph

    with user_errors(), Store(db, readonly=True) as store:
        recs = service.records(store)
        g = graph.citation_graph(recs)
        edges = [e.to_json() for e in g.cites(store.resolve(letter))] if letter else g.to_json()["edges"]
    if format is ListFormat.json:
        return _json(edges)
    t = Table(title="Citations", expand=True)
    for col in ("letter", "cites", "kind", "resolved", "official URL"):
        t.add_column(col)
    names = {r["id"]: Path(r["source"]).name for r in recs}
    for e in edges:
        t.add_row(Text(names.get(e["letter_id"], e["letter_id"][:12])), e["cited"], e["kind"],
                  names.get(e.get("resolved") or "", ""), e.get("url") or "")
    stdout_console().print(t)


@app.command()
def glossary(
    format: Annotated[ListFormat, typer.Option("--format", "-f")] = ListFormat.table,
    db: DbOption = Path(DEFAULT_DB),
) -> None:
    """Every acronym across letters with its long forms and where each was defined."""
    from inzet.link import graph

    with user_errors():
        recs = _records(db)
        entries = [e.to_json() for e in graph.glossary(recs)]
    if format is ListFormat.json:
        return _json(entries)
    t = Table(title="Glossary", expand=True)
    for col in ("short", "long form(s)", "defined in"):
        t.add_column(col)
    for e in entries:
        longs = "\n".join(v["long"] for v in e["variants"])
        where = "\n".join(sorted({Path(d["source"]).name for v in e["variants"] for d in v["definitions"]}))
        t.add_row(e["short"], Text(longs), Text(where))
    stdout_console().print(t)
