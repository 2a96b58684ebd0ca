"""The reader interface and dispatch by extension (or, failing that, by content type).

Each format lives in its own module (`docx`, `pdf`, `html`, `xml`) exposing
`parse(data, source, ...) -> Parsed`; `read_bytes` picks the module, checks the result and wraps
it in a `ReadResult`. Every failure is an `InputError` naming the source.
"""

from __future__ import annotations

import codecs
import hashlib
from dataclasses import dataclass, field
from pathlib import Path

from inzet.errors import EmptyInput, InputError, UnsupportedFormat

SUPPORTED = (".txt", ".md", ".docx", ".pdf", ".html", ".htm", ".xml")

# content types of downloads whose URL has no telling extension (e.g. `detail?did=2025D19383`)
CONTENT_TYPES = {
    "text/plain": ".txt",
    "text/markdown": ".md",
    "application/pdf": ".pdf",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": ".docx",
    "text/html": ".html",
    "application/xhtml+xml": ".html",
    "application/xml": ".xml",
    "text/xml": ".xml",
}

# C0 control characters that never occur in a letter's text (tab, LF, FF, CR do)
_CONTROL = bytes(c for c in range(32) if c not in (9, 10, 12, 13))


@dataclass(frozen=True)
class ReadResult:
    """A letter as read: the stored text (spans index into it) and what the format told us."""

    source: str                      # path or URL as given
    text: str                        # the stored text
    format: str                      # txt | md | docx | pdf | html | xml
    sha256: str                      # of the input bytes: the letter's content id
    warnings: tuple[str, ...] = ()
    meta: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class Parsed:
    """What a format module returns: the text, format metadata and warnings (already naming the source)."""

    text: str
    meta: dict[str, str] = field(default_factory=dict)
    warnings: tuple[str, ...] = ()


def _looks_binary(data: bytes) -> bool:
    """True when the first 64 KiB hold NUL bytes or more than 1% control characters."""
    head = data[:65536]
    if b"\x00" in head:
        return True
    controls = len(head) - len(head.translate(None, _CONTROL))
    return controls * 100 > len(head)


def read_text_bytes(data: bytes, source: str) -> tuple[str, tuple[str, ...]]:
    """Decode a text file: UTF-8 (BOM removed), else cp1252 with a warning; binary data is refused."""
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return data.decode("utf-16"), (f"{source}: UTF-16 text, read as such",)
        except UnicodeDecodeError as e:
            raise InputError(source, f"broken UTF-16 text ({e.reason})") from e
    if _looks_binary(data):
        raise InputError(source, "binary data, not a text file")
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


def format_of(name: str, content_type: str | None = None) -> str:
    """The extension that decides the reader: the name's own if inzet reads it, else the content type's."""
    suffix = Path(name.split("?")[0].split("#")[0]).suffix.lower()
    if suffix in SUPPORTED:
        return suffix
    if content_type:
        mime = content_type.split(";")[0].strip().lower()
        if mime in CONTENT_TYPES:
            return CONTENT_TYPES[mime]
    return suffix


def read_bytes(data: bytes, name: str, content_type: str | None = None) -> ReadResult:
    """Read a letter from bytes; `name` gives the extension (and is the source in messages).

    `content_type` (of an HTTP download) decides the format when the name has no known extension,
    and gives the charset of HTML.
    """
    suffix = format_of(name, content_type)
    if suffix not in SUPPORTED:
        raise UnsupportedFormat(name, f"unsupported format {suffix or '(no extension)'!r}; "
                                      f"inzet reads {', '.join(SUPPORTED)}")
    if not data or data.isspace():          # no .strip(): it would copy a large file
        raise EmptyInput(name, "empty file")
    digest = hashlib.sha256(data).hexdigest()
    if suffix in (".txt", ".md"):
        text, warnings = read_text_bytes(data, name)
        parsed = Parsed(text, {}, warnings)
        fmt = suffix[1:]
    elif suffix == ".docx":
        from inzet.ingest import docx

        parsed, fmt = docx.parse(data, name), "docx"
    elif suffix == ".pdf":
        from inzet.ingest import pdf

        parsed, fmt = pdf.parse(data, name), "pdf"
    elif suffix in (".html", ".htm"):
        from inzet.ingest import html

        parsed, fmt = html.parse(data, name, content_type), "html"
    else:
        from inzet.ingest import xml

        parsed, fmt = xml.parse(data, name), "xml"
    if not parsed.text or parsed.text.isspace():
        raise EmptyInput(name, "no text in it")
    return ReadResult(name, parsed.text, fmt, digest, parsed.warnings, dict(parsed.meta))


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
