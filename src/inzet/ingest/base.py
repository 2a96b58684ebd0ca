"""The reader interface and dispatch by extension."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from pathlib import Path

from inzet.errors import EmptyInput, InputError, UnsupportedFormat

SUPPORTED = (".txt", ".md", ".docx", ".pdf", ".html", ".htm", ".xml")


@dataclass(frozen=True)
class ReadResult:
    """A letter as read: the stored text (spans index into it) and what the format told us."""

    source: str                      # path or URL as given
    text: str                        # the stored text
    format: str                      # txt | md | docx | pdf | html | xml
    sha256: str                      # of the input bytes: the letter's content id
    warnings: tuple[str, ...] = ()
    meta: dict[str, str] = field(default_factory=dict)


def read_text_bytes(data: bytes, source: str) -> tuple[str, tuple[str, ...]]:
    """Decode a text file: UTF-8 (BOM removed), else cp1252 with a warning."""
    try:
        text = data.decode("utf-8")
        warnings: tuple[str, ...] = ()
    except UnicodeDecodeError:
        try:
            text = data.decode("cp1252")
        except UnicodeDecodeError as e:
            raise InputError(source, f"not text: neither UTF-8 nor cp1252 ({e.reason})") from e
        warnings = (f"{source}: not valid UTF-8, read as cp1252",)
    if text.startswith("\ufeff"):
        text = text[1:]
    if "\x00" in text:
        raise InputError(source, "binary data, not a text file")
    return text, warnings


def read_bytes(data: bytes, name: str, content_type: str | None = None) -> ReadResult:
    """Read a letter from bytes; `name` gives the extension (and is the source in messages)."""
    suffix = Path(name.split("?")[0]).suffix.lower()
    if not data.strip():
        raise EmptyInput(name, "empty file")
    digest = hashlib.sha256(data).hexdigest()
    if suffix in (".txt", ".md"):
        text, warnings = read_text_bytes(data, name)
        fmt = suffix[1:]
        meta: dict[str, str] = {}
    else:
        raise UnsupportedFormat(name, f"unsupported format {suffix or '(no extension)'!r}; "
                                      f"inzet reads {', '.join(SUPPORTED)}")
    if not text.strip():
        raise EmptyInput(name, "no text in it")
    return ReadResult(name, text, fmt, digest, warnings, meta)


def read(path: str | Path) -> ReadResult:
    """Read a letter file."""
    p = Path(path)
    if not p.exists():
        raise InputError(str(path), "no such file")
    if p.is_dir():
        raise InputError(str(path), "is a directory")
    try:
        data = p.read_bytes()
    except OSError as e:
        raise InputError(str(path), f"cannot read: {e.strerror}") from e
    return read_bytes(data, str(path))
