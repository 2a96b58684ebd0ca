"""Page latency while the store changes: `inzet ingest` writes letters in a background process while
client threads time every page of `inzet serve`.

    python bench/dashboard.py [--base 300] [--letters 300] [--batch 10] [--threads 4] [--seed 11]

Builds `--base` letters from the samples (bench/search.py's perturbation, fixed seed) into a temp
database, starts `inzet serve` on it, writes `--letters` more letters as files and runs
`inzet ingest` on them in background processes, `--batch` files per run one run after the other
(as repeated `inzet sync`s would); meanwhile `--threads` clients request the pages in turn until
the last run has finished. Every page is requested once before the ingest starts (not timed): the
figures are of a server that is running, not of its first request. Prints one JSON object:
p50/p95/max per page (ms), requests and failed requests (any status but 200), letters written,
and the goal (p95 <= 300 ms everywhere).
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import random
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import httpx

sys.path.insert(0, str(Path(__file__).resolve().parent))
from search import ingest, pct, perturb, sample_texts

from inzet.store import Store
from inzet.web.launch import served

PAGES = ["/", "/letters", "/pledges", "/spending", "/deployments", "/glossary", "/followup",
         "/search?q=Oekra%C3%AFne", "/api/pledges", "/api/spending", "LETTER"]


def write_letters(folder: Path, count: int, seed: int) -> None:
    """`count` new letter files (distinct from the base letters: another seed and numbering)."""
    rng = random.Random(seed + 1)
    texts = sample_texts()
    for i in range(count):
        n = 500_000 + i
        (folder / f"letter-{n:06d}.txt").write_text(perturb(texts[i % len(texts)], rng, n), encoding="utf-8")


def run(base_letters: int, letters: int, batch: int, threads: int, seed: int) -> dict[str, object]:
    with tempfile.TemporaryDirectory(prefix="inzet-dash-") as tmp:
        db = Path(tmp) / "bench.db"
        base = ingest(db, base_letters, seed)
        folder = Path(tmp) / "new"
        folder.mkdir()
        write_letters(folder, letters, seed)
        with Store(db, readonly=True) as s:
            letter_ids = [r["id"] for r in s.letters()]
        lat: dict[str, list[float]] = {p: [] for p in PAGES}
        failed: dict[str, int] = {p: 0 for p in PAGES}
        lock = threading.Lock()
        with served(db) as url:
            with httpx.Client(base_url=url, timeout=120) as c:
                for page in PAGES:
                    c.get(f"/letters/{letter_ids[0]}" if page == "LETTER" else page)
            files = sorted(str(f) for f in folder.iterdir())
            batches = [files[i:i + batch] for i in range(0, len(files), batch)]
            t0 = time.perf_counter()
            errors: list[str] = []
            writing = threading.Event()
            writing.set()

            def write() -> None:
                env = {**os.environ, "PYTHONWARNINGS": "ignore"}
                for b in batches:
                    p = subprocess.run([sys.executable, "-m", "inzet.cli", "ingest", *b, "--db", str(db)],
                                       capture_output=True, text=True, env=env)
                    if p.returncode:
                        errors.append(p.stderr[-500:])
                writing.clear()

            writer = threading.Thread(target=write)
            writer.start()

            def client(k: int) -> None:
                rng = random.Random(seed + k)
                with httpx.Client(base_url=url, timeout=60) as c:
                    i = k
                    while writing.is_set():
                        page = PAGES[i % len(PAGES)]
                        i += 1
                        path = f"/letters/{rng.choice(letter_ids)}" if page == "LETTER" else page
                        t = time.perf_counter()
                        try:
                            ok = c.get(path).status_code == 200
                        except httpx.HTTPError:
                            ok = False
                        dt = (time.perf_counter() - t) * 1000
                        with lock:
                            lat[page].append(dt)
                            failed[page] += not ok

            ts = [threading.Thread(target=client, args=(k,)) for k in range(threads)]
            for t in ts:
                t.start()
            for t in [*ts, writer]:
                t.join()
            ingest_s = time.perf_counter() - t0
        with Store(db, readonly=True) as s:
            total = len(s.letters())
    pages = {("/letters/{id}" if p == "LETTER" else p): {
        "requests": len(v), "failed": failed[p], "p50_ms": round(pct(v, 0.5), 1) if v else None,
        "p95_ms": round(pct(v, 0.95), 1) if v else None, "max_ms": round(max(v), 1) if v else None}
        for p, v in lat.items()}
    worst = max((p["p95_ms"] or 0) for p in pages.values())
    return {"benchmark": "dashboard", "base_letters": base["letters"], "letters_written": total - base["letters"],
            "ingest_runs": len(batches), "ingest_errors": errors,
            "ingest_seconds": round(ingest_s, 1), "threads": threads, "pages": pages,
            "requests": sum(len(v) for v in lat.values()), "failed": sum(failed.values()),
            "worst_p95_ms": worst, "goal_p95_ms": 300, "python": platform.python_version(), "cpus": os.cpu_count()}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--base", type=int, default=300, help="letters in the store before the ingest starts")
    ap.add_argument("--letters", type=int, default=300, help="letters the background ingest writes")
    ap.add_argument("--batch", type=int, default=10, help="files per `inzet ingest` run")
    ap.add_argument("--threads", type=int, default=4)
    ap.add_argument("--seed", type=int, default=11)
    args = ap.parse_args()
    print(json.dumps(run(args.base, args.letters, args.batch, args.threads, args.seed), ensure_ascii=False, indent=2))


if __name__ == "__main__":
    main()
