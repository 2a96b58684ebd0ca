"""Ingest that scales: `inzet ingest` of one big file beside `inzet extract` of the same file, at 1, 2, 4,
8, 16 and 20 MB (time and peak RSS of each process), the largest file ingested among bad input files (each
must fail in one line that names it, the rest be stored), and the `--jobs` speed-up on many letters.
Prints JSON.

    .venv/bin/python bench/ingest.py [--sizes 1,2,4,8,16,20] [--letters 400] [--jobs 2]

The big files are the sample letters of ../shared (or the package's invented examples) repeated; the many
letters are those letters with a numbered line appended, so that none is a duplicate of another.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared" / "corpus"
EXAMPLES = ROOT / "src" / "inzet" / "data" / "examples"


def _letters() -> list[str]:
    """The texts the benchmark repeats: the full sample letters when ../shared is there."""
    files = sorted(SHARED.glob("*.txt")) or sorted(EXAMPLES.glob("*.txt"))
    if not files:
        sys.exit("bench/ingest.py: no letters found in ../shared/corpus or src/inzet/data/examples")
    return [f.read_text(encoding="utf-8") for f in files]


def _run(args: list[str], exit_code: int = 0) -> dict[str, Any]:
    """Wall seconds and peak RSS (MB) of one `inzet` process, and what it wrote on stderr."""
    t = time.perf_counter()
    with tempfile.TemporaryFile() as err_file:
        p = subprocess.Popen([str(Path(sys.executable).parent / "inzet"), *args], stdout=subprocess.DEVNULL,
                             stderr=err_file)
        _pid, status, usage = os.wait4(p.pid, 0)
        seconds = time.perf_counter() - t
        err_file.seek(0)
        err = err_file.read().decode(errors="replace")
    if os.waitstatus_to_exitcode(status) != exit_code:
        sys.exit(f"bench/ingest.py: inzet {' '.join(args)} exited {os.waitstatus_to_exitcode(status)}: "
                 f"{err.strip()[-400:]}")
    return {"seconds": round(seconds, 2), "peak_rss_mb": round(usage.ru_maxrss / 1024, 1), "stderr": err}


def _big_file(folder: Path, mb: int, texts: list[str]) -> Path:
    path = folder / f"big-{mb}mb.txt"
    target, parts, size, i = mb * 1024 * 1024, [], 0, 0
    while size < target:
        t = texts[i % len(texts)]
        parts.append(t)
        size += len(t.encode("utf-8"))
        i += 1
    path.write_text("\n\n".join(parts), encoding="utf-8")
    return path


def scaling(folder: Path, sizes: list[int], texts: list[str]) -> list[dict[str, float]]:
    """One big file per size: extract, and ingest as run by default (its sentences stemmed on a second core
    while the first extracts) and with `--jobs 1` (one process), and their ratios to extract."""
    out = []
    for mb in sizes:
        path = _big_file(folder, mb, texts)
        ex = _figures(_run(["extract", str(path), "--format", "jsonl"]))
        ing = _figures(_run(["ingest", str(path), "--db", str(folder / f"big-{mb}.db"), "--quiet"]))
        one = _figures(_run(["ingest", str(path), "--db", str(folder / f"big-{mb}-1.db"), "--quiet", "--jobs", "1"]))
        out.append({"mb": mb, "extract": ex, "ingest": ing, "ingest_jobs_1": one,
                    "ingest_over_extract": round(ing["seconds"] / max(ex["seconds"], 1e-9), 2),
                    "ingest_jobs_1_over_extract": round(one["seconds"] / max(ex["seconds"], 1e-9), 2)})
    return out


def _figures(run: dict[str, Any]) -> dict[str, float]:
    return {k: v for k, v in run.items() if k != "stderr"}


def among_bad_files(folder: Path, mb: int, texts: list[str]) -> dict[str, object]:
    """`inzet ingest` (default workers) of the `mb` MB file among bad inputs: each bad one must fail in one
    line that names it, and the big file and the good letters be stored."""
    folder.mkdir()
    big = _big_file(folder, mb, texts)
    bad = {"leeg.txt": b"", "kapot.pdf": b"\x00\x01 geen pdf \xff" * 30, "binair.txt": bytes(range(256)) * 40,
           "kapot.docx": b"PK\x03\x04 geen zip", "brief.rtf": b"{\\rtf1 Den Haag}"}
    paths = []
    for name, data in bad.items():
        (folder / name).write_bytes(data)
        paths.append(folder / name)
    paths.append(folder / "bestaat-niet.txt")
    good = []
    for i, t in enumerate(texts):
        (folder / f"goed-{i}.txt").write_text(t, encoding="utf-8")
        good.append(folder / f"goed-{i}.txt")
    files = [str(p) for p in (paths[0], big, *paths[1:3], *good, *paths[3:])]
    run = _run(["ingest", *files, "--db", str(folder / "among-bad.db"), "--quiet"], exit_code=1)
    lines = [line for line in run.pop("stderr").splitlines() if line.strip()]
    one_line_each = len(lines) == len(paths) and all(str(p) in line for p, line in zip(paths, lines, strict=True))
    with sqlite3.connect(folder / "among-bad.db") as conn:
        stored = conn.execute("SELECT count(*) FROM letters").fetchone()[0]
    return {"mb": mb, "bad_files": len(paths), "good_files": 1 + len(good), **run, "stored": stored,
            "each_bad_file_failed_in_one_line": one_line_each, "all_good_stored": stored == 1 + len(good)}


def jobs(folder: Path, letters: int, n_jobs: int, texts: list[str]) -> dict[str, object]:
    """`inzet ingest` of many distinct letters with one worker and with `n_jobs`."""
    many = folder / "many"
    many.mkdir()
    for i in range(letters):
        (many / f"letter-{i:05d}.txt").write_text(texts[i % len(texts)] + f"\n\nBenchmarkregel {i}.\n",
                                                 encoding="utf-8")
    one = _figures(_run(["ingest", str(many), "--db", str(folder / "one.db"), "--quiet", "--jobs", "1"]))
    par = _figures(_run(["ingest", str(many), "--db", str(folder / "par.db"), "--quiet", "--jobs", str(n_jobs)]))
    return {"letters": letters, "jobs_1": one, f"jobs_{n_jobs}": par,
            "letters_per_s_1": round(letters / one["seconds"], 1),
            f"letters_per_s_{n_jobs}": round(letters / par["seconds"], 1),
            "speedup": round(one["seconds"] / par["seconds"], 2)}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", default="1,2,4,8,16,20", help="MB sizes of the big files (the last one is also "
                    "ingested among bad files)")
    ap.add_argument("--letters", type=int, default=400, help="letters for the --jobs speed-up")
    ap.add_argument("--jobs", type=int, default=os.cpu_count() or 2, help="workers to compare with one")
    a = ap.parse_args()
    texts = _letters()
    sizes = [int(s) for s in a.sizes.split(",") if s]
    with tempfile.TemporaryDirectory(prefix="inzet-bench-ingest-") as tmp:
        folder = Path(tmp)
        result = {
            "machine": {"cpus": os.cpu_count(), "python": platform.python_version(), "arch": platform.machine()},
            "scaling": scaling(folder, sizes, texts),
            "among_bad_files": among_bad_files(folder / "bad", sizes[-1], texts) if sizes else None,
            "jobs": jobs(folder, a.letters, a.jobs, texts),
        }
    print(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
