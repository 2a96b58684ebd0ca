"""Extraction throughput: letters/s, MB/s and peak RSS for extracting >= 1,000 letters on one core,
beside spaCy's bare `blank("nl")` tokenizer on the same full letters (the yardstick of issue 12).

    pip install -r bench/requirements.txt     # spaCy, for the yardstick only
    python bench/extract.py [--letters 1000] [--corpus ../shared/corpus]

The sample letters (and openings) are repeated until the count is reached; each copy gets a distinct
first line so no cache can help. `whole_process` times `inzet extract` itself on the same copies written
as files (start-up, reading and the JSON lines included). Prints one JSON object; `ratio_vs_spacy_tokenizer` is
inzet's letters/s over the tokenizer's on the full sample letters, measured in the same run.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from inzet.extract.pipeline import extract_text

ROOT = Path(__file__).resolve().parents[1]


def corpus_texts(folder: Path, openings: bool = True) -> list[str]:
    files = sorted(folder.glob("*.txt")) + (sorted((folder / "openings").glob("*.txt")) if openings else [])
    if not files:
        sys.exit(f"no letters in {folder}")
    return [f.read_text(encoding="utf-8-sig") for f in files]


def run(texts: list[str], n: int, label: str) -> dict[str, object]:
    """Extract `n` letters cycling through `texts`; each copy differs in its first line."""
    batch = [f"Kopie {i}\n{texts[i % len(texts)]}" for i in range(n)]
    extract_text("warmup.txt", batch[0])
    facts = 0
    t0 = time.perf_counter()
    for i, text in enumerate(batch):
        ex = extract_text(f"bench-{i}.txt", text)
        facts += sum(len(getattr(ex, k)) for k in ("amounts", "gdp_shares", "deployments", "citations", "acronyms"))
    elapsed = time.perf_counter() - t0
    mb = sum(len(t.encode("utf-8")) for t in batch) / 1e6
    return {"corpus": label, "letters": n, "avg_kb": round(mb * 1000 / n, 1), "seconds": round(elapsed, 3),
            "letters_per_s": round(n / elapsed, 1), "mb_per_s": round(mb / elapsed, 2), "facts": facts}


def cli_run(texts: list[str], n: int) -> dict[str, object]:
    """`inzet extract` as a whole process (start-up, reading the files, writing the JSON lines included)
    over the same copies written as files, on this process's one core."""
    with tempfile.TemporaryDirectory() as tmp:
        files = []
        for i in range(n):
            f = Path(tmp) / f"bench-{i:05d}.txt"
            f.write_text(f"Kopie {i}\n{texts[i % len(texts)]}", encoding="utf-8")
            files.append(str(f))
        cmd = [sys.executable, "-c", "from inzet.cli import app; app()", "extract", *files]
        t0 = time.perf_counter()
        out = subprocess.run(cmd, capture_output=True, check=True)
        elapsed = time.perf_counter() - t0
    lines = out.stdout.count(b"\n")
    if lines != n:
        sys.exit(f"inzet extract wrote {lines} lines for {n} letters: {out.stderr.decode()[-500:]}")
    return {"letters": n, "seconds": round(elapsed, 3), "letters_per_s": round(n / elapsed, 1)}


def per_extractor(texts: list[str], rounds: int = 10) -> dict[str, float]:
    """Milliseconds per 10 KB of text for segmenting, the shared lexical pass and each extractor (warm)."""
    from inzet.extract import acronyms, citations, deployments, gdp, lexicon, metadata, money
    from inzet.extract.segment import segment

    extract_text("warmup.txt", texts[0])
    mods = {"metadata": metadata, "money": money, "gdp": gdp, "deployments": deployments,
            "citations": citations, "acronyms": acronyms}
    spent = dict.fromkeys(["segment", "lexicon", *mods], 0.0)
    for _ in range(rounds):
        for i, text in enumerate(texts):
            t0 = time.perf_counter()
            doc = segment(f"bench-{i}.txt", text)
            t1 = time.perf_counter()
            lexicon.sentence_hits(doc)          # the lexical pass the extractors share (kept with the letter)
            lexicon.heading_hits(doc)
            spent["segment"] += t1 - t0
            spent["lexicon"] += time.perf_counter() - t1
            for name, mod in mods.items():
                t0 = time.perf_counter()
                mod.extract(doc)
                spent[name] += time.perf_counter() - t0
    size = rounds * sum(len(t) for t in texts) / 10_000
    return {k: round(v * 1000 / size, 3) for k, v in spent.items()}


def spacy_run(texts: list[str], n: int) -> dict[str, object] | None:
    """spaCy's `blank("nl")` tokenizer over the same copies (None when spaCy is not installed)."""
    try:
        import spacy  # type: ignore[import-not-found]
    except ImportError:
        return None
    nlp = spacy.blank("nl")
    batch = [f"Kopie {i}\n{texts[i % len(texts)]}" for i in range(n)]
    nlp.tokenizer(batch[0])
    tokens = 0
    t0 = time.perf_counter()
    for text in batch:
        tokens += len(nlp.tokenizer(text))
    elapsed = time.perf_counter() - t0
    return {"tool": f"spacy {spacy.__version__} blank('nl') tokenizer", "letters": n, "seconds": round(elapsed, 3),
            "letters_per_s": round(n / elapsed, 1), "tokens": tokens}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--letters", type=int, default=1000)
    ap.add_argument("--corpus", type=Path, default=ROOT.parent / "shared" / "corpus")
    args = ap.parse_args()
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})   # one core
    full = corpus_texts(args.corpus, openings=False)
    runs = [run(corpus_texts(args.corpus), args.letters, "samples + openings"),
            run(full, args.letters, "full sample letters only")]
    whole = cli_run(full, args.letters)
    per = per_extractor(full)
    rss_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    out: dict[str, object] = {"benchmark": "extract", "cores": 1, "runs": runs,
                              "peak_rss_mb": round(rss_kb / 1024, 1), "python": platform.python_version(),
                              "machine": platform.machine(), "date": time.strftime("%Y-%m-%d"),
                              "whole_process": whole, "ms_per_10kb": per}
    yardstick = spacy_run(full, args.letters)
    if yardstick is not None:
        out["spacy"] = yardstick
        out["ratio_vs_spacy_tokenizer"] = round(
            float(runs[1]["letters_per_s"]) / float(yardstick["letters_per_s"]), 2)  # type: ignore[arg-type]
        out["ratio_whole_process_vs_spacy_tokenizer"] = round(
            float(whole["letters_per_s"]) / float(yardstick["letters_per_s"]), 2)  # type: ignore[arg-type]
    print(json.dumps(out))


if __name__ == "__main__":
    main()
