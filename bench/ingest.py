"""Ingest that scales: `inzet ingest` of one big file beside `inzet extract` of the same file, at 1, 2, 4,
8 and 16 MB (time and peak RSS of each process), and the `--jobs` speed-up on many letters. Prints JSON.

    .venv/bin/python bench/ingest.py [--sizes 1,2,4,8,16] [--letters 400] [--jobs 2]

The big files are the sample letters of ../shared (or the package's invented examples) repeated; the many
letters are those letters with a numbered line appended, so that none is a duplicate of another.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared" / "corpus"
EXAMPLES = ROOT / "src" / "inzet" / "data" / "examples"


def _letters() -> list[str]:
    """The texts the benchmark repeats: the full sample letters when ../shared is there."""
    files = sorted(SHARED.glob("*.txt")) or sorted(EXAMPLES.glob("*.txt"))
    if not files:
        sys.exit("bench/ingest.py: no letters found in ../shared/corpus or src/inzet/data/examples")
    return [f.read_text(encoding="utf-8") for f in files]


def _run(args: list[str]) -> dict[str, float]:
    """Wall seconds and peak RSS (MB) of one `inzet` process."""
    t = time.perf_counter()
    p = subprocess.Popen([str(Path(sys.executable).parent / "inzet"), *args], stdout=subprocess.DEVNULL,
                         stderr=subprocess.PIPE)
    _pid, status, usage = os.wait4(p.pid, 0)
    seconds = time.perf_counter() - t
    err = p.stderr.read().decode(errors="replace") if p.stderr else ""
    if os.waitstatus_to_exitcode(status) != 0:
        sys.exit(f"bench/ingest.py: inzet {' '.join(args)} failed: {err.strip()[-400:]}")
    return {"seconds": round(seconds, 2), "peak_rss_mb": round(usage.ru_maxrss / 1024, 1)}


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
    """One big file per size: extract and ingest, and their ratio."""
    out = []
    for mb in sizes:
        path = _big_file(folder, mb, texts)
        ex = _run(["extract", str(path), "--format", "jsonl"])
        ing = _run(["ingest", str(path), "--db", str(folder / f"big-{mb}.db"), "--quiet", "--jobs", "1"])
        out.append({"mb": mb, "extract": ex, "ingest": ing,
                    "ingest_over_extract": round(ing["seconds"] / max(ex["seconds"], 1e-9), 2)})
    return out


def jobs(folder: Path, letters: int, n_jobs: int, texts: list[str]) -> dict[str, object]:
    """`inzet ingest` of many distinct letters with one worker and with `n_jobs`."""
    many = folder / "many"
    many.mkdir()
    for i in range(letters):
        (many / f"letter-{i:05d}.txt").write_text(texts[i % len(texts)] + f"\n\nBenchmarkregel {i}.\n",
                                                 encoding="utf-8")
    one = _run(["ingest", str(many), "--db", str(folder / "one.db"), "--quiet", "--jobs", "1"])
    par = _run(["ingest", str(many), "--db", str(folder / "par.db"), "--quiet", "--jobs", str(n_jobs)])
    return {"letters": letters, "jobs_1": one, f"jobs_{n_jobs}": par,
            "letters_per_s_1": round(letters / one["seconds"], 1),
            f"letters_per_s_{n_jobs}": round(letters / par["seconds"], 1),
            "speedup": round(one["seconds"] / par["seconds"], 2)}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", default="1,2,4,8,16", help="MB sizes of the big files")
    ap.add_argument("--letters", type=int, default=400, help="letters for the --jobs speed-up")
    ap.add_argument("--jobs", type=int, default=os.cpu_count() or 2, help="workers to compare with one")
    a = ap.parse_args()
    texts = _letters()
    with tempfile.TemporaryDirectory(prefix="inzet-bench-ingest-") as tmp:
        folder = Path(tmp)
        result = {
            "machine": {"cpus": os.cpu_count(), "python": platform.python_version(), "arch": platform.machine()},
            "scaling": scaling(folder, [int(s) for s in a.sizes.split(",") if s], texts),
            "jobs": jobs(folder, a.letters, a.jobs, texts),
        }
    print(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
