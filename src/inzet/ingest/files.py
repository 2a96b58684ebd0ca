"""Which files a list of paths stands for: files, folders (recursive) and glob patterns.

Expanding a folder takes only files with a supported extension (the rest are reported as
skipped); a file named explicitly is always tried, so an unsupported one fails with a message
that names it.
"""

from __future__ import annotations

import glob
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from inzet.errors import InputError
from inzet.ingest.base import SUPPORTED

_GLOB_CHARS = set("*?[")


@dataclass(slots=True)
class Expansion:
    """The files a list of paths stands for, what was skipped, and paths that match nothing."""

    files: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)      # in a folder, unsupported extension
    errors: list[InputError] = field(default_factory=list)


def _walk(folder: Path, out: Expansion) -> None:
    for p in sorted(folder.rglob("*")):
        rel = p.relative_to(folder)
        if any(part.startswith(".") for part in rel.parts) or not p.is_file():
            continue                       # hidden files and folders (.git, .DS_Store) are not letters
        if p.suffix.lower() in SUPPORTED:
            out.files.append(str(p))
        else:
            out.skipped.append(str(p))


def expand(paths: Iterable[str]) -> Expansion:
    """Files, folders (recursive) and glob patterns → the files to read, in a stable order."""
    out = Expansion()
    for raw in paths:
        p = Path(raw)
        if p.is_dir():
            _walk(p, out)
        elif p.exists() or not (_GLOB_CHARS & set(raw)):
            out.files.append(raw)          # a missing plain path fails in `read`, naming it
        else:
            matches = sorted(glob.glob(raw, recursive=True))
            if not matches:
                out.errors.append(InputError(raw, "no file matches this pattern"))
            for m in matches:
                if Path(m).is_dir():
                    _walk(Path(m), out)
                elif Path(m).suffix.lower() in SUPPORTED:
                    out.files.append(m)
                else:
                    out.skipped.append(m)
    seen: set[str] = set()
    out.files = [f for f in out.files if not (f in seen or seen.add(f))]
    return out
