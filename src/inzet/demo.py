"""`python -m inzet.demo`: fill a database with letters and show what inzet made of them.

Ingests the sample letters in `<shared>/corpus/*.txt`, `<shared>/corpus/openings/*.txt` and `openings2/` when
they are there, else the invented example letters bundled in `inzet/data/examples/`; then prints
the letters table and the commands to explore further, and starts the web app (unless
`--no-serve`). Re-running it is harmless: letters
already stored are left as they are.
"""

from __future__ import annotations

import argparse
import shlex
import sys
from pathlib import Path

from rich.console import Console

from inzet.errors import InzetError
from inzet.pipeline import default_jobs, ingest_files, reindex, stale_letters
from inzet.store import Store

EXAMPLES = Path(__file__).parent / "data" / "examples"


def demo_files(shared: Path) -> tuple[list[Path], str]:
    """The letters the demo ingests and a description of where they come from."""
    corpus = shared / "corpus"
    files = sorted(corpus.glob("*.txt")) + [f for sub in ("openings", "openings2")
                                            for f in sorted((corpus / sub).glob("*.txt"))]
    if files:
        return files, f"sample letters from {corpus}"
    return sorted(EXAMPLES.glob("*.txt")), f"invented example letters from {EXAMPLES} ({corpus} not found)"


def run(db: Path, shared: Path, out: Console | None = None) -> int:
    """Ingest the demo letters into `db`, print the letters table; 0 when every file was stored."""
    from inzet.cli import letters_table, stdout_console

    out = out or stdout_console()
    err = Console(stderr=True)

    def say(msg: str) -> None:
        out.print(msg, markup=False, highlight=False, soft_wrap=True)

    files, origin = demo_files(shared)
    say(f"inzet demo: ingesting {len(files)} {origin} into {db}")
    failed = 0
    with Store(db) as store:
        jobs = default_jobs()
        # a database from an earlier run may hold letters extracted by older rules: bring them up to date
        outcomes = [*ingest_files(store, [str(f) for f in files], jobs),
                    *reindex(store, stale_letters(store), jobs)]
        for o in outcomes:
            if o.result is None:
                err.print(f"error: {o.error}", style="red", markup=False, highlight=False, soft_wrap=True)
                failed += 1
        stored = sum(1 for o in outcomes[:len(files)] if o.result is not None and o.result.created)
        present = sum(1 for o in outcomes[:len(files)] if o.result is not None and not o.result.created)
        rows = store.letters()
    say(f"{stored} stored, {present} already present, {failed} failed")
    out.print(letters_table(rows, title=f"Letters in {db}"))
    q = shlex.quote(str(db))
    example = rows[0]["id"][:8] if rows else "<id>"
    say("\nNext:")
    for cmd in (f"inzet letters --db {q} --kind agenda",
                f"inzet show {example} --db {q}",
                f"inzet show {example} --db {q} --format json",
                f"inzet extract {shlex.quote(str(files[0]))} --format jsonl" if files else ""):
        if cmd:
            say(f"  .venv/bin/{cmd}")
    return 1 if failed else 0


def serve(db: Path, host: str, port: int) -> None:
    """Start the web app on the demo database and say where it is."""
    import uvicorn

    from inzet.web import create_app

    app = create_app(db)
    Console().print(f"\ninzet web app: http://{host}:{port}/  (Ctrl-C stops)", markup=False, highlight=False)
    uvicorn.run(app, host=host, port=port, log_level="warning")


def main(argv: list[str] | None = None) -> int:
    """Parse arguments and run the demo."""
    p = argparse.ArgumentParser(prog="python -m inzet.demo", description=__doc__.splitlines()[0])
    p.add_argument("--db", type=Path, default=Path("inzet.db"), help="SQLite database (default: inzet.db)")
    p.add_argument("--shared", type=Path, default=Path("../shared"),
                   help="folder holding corpus/ with the sample letters (default: ../shared)")
    p.add_argument("--no-serve", action="store_true", help="only ingest and print; do not start the web app")
    p.add_argument("--host", default="127.0.0.1", help="address for the web app (default: 127.0.0.1)")
    p.add_argument("--port", type=int, default=8000, help="port for the web app (default: 8000)")
    args = p.parse_args(argv)
    try:
        rc = run(args.db, args.shared)
        if not args.no_serve:
            serve(args.db, args.host, args.port)
        return rc
    except InzetError as e:
        Console(stderr=True).print(f"error: {e}", style="red", markup=False, highlight=False, soft_wrap=True)
        return 1


if __name__ == "__main__":
    sys.exit(main())
