"""PDF reader (pypdf): the text layer page by page, pages joined with "\\n".

pypdf's layout mode is used because it keeps vertical gaps as blank lines (paragraph breaks the
segmenter needs); the horizontal padding it adds is removed again: lines are stripped, runs of
spaces (also those of justified text) collapsed to one, blank lines in a row merged, so
`EUR  90  mld.` reads as the letter wrote it. A page that layout mode cannot handle is read in
pypdf's plain mode (with a warning). Encrypted files are tried with the
empty password (many government PDFs only restrict printing); anything pypdf cannot open is a
`CorruptInput`, a file without a text layer an `EmptyInput`.
"""

from __future__ import annotations

import io
import logging
import re
import warnings
from collections.abc import Iterator
from contextlib import contextmanager

from pypdf import PageObject, PdfReader
from pypdf.errors import DependencyError, FileNotDecryptedError, PdfReadError, PyPdfError

from inzet.errors import CorruptInput, EmptyInput
from inzet.ingest.base import Parsed

_SPACES = re.compile(r" {2,}")
_LINE_ENDS = re.compile(r"^[ \t]+|[ \t]+$", re.MULTILINE)
_BLANKS = re.compile(r"\n{3,}")


class _Collect(logging.Handler):
    """Keeps the messages pypdf logs while one file is read (it logs, rather than warns, most damage)."""

    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.messages: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        msg = record.getMessage()
        if msg not in self.messages:
            self.messages.append(msg)


@contextmanager
def _pypdf_messages() -> Iterator[list[str]]:
    """Collect pypdf's log records and Python warnings into one list, for `ReadResult.warnings`."""
    handler = _Collect()
    logger = logging.getLogger("pypdf")
    logger.addHandler(handler)
    try:
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            yield handler.messages
        handler.messages.extend(str(w.message) for w in caught if str(w.message) not in handler.messages)
    finally:
        logger.removeHandler(handler)


def _clean(page_text: str) -> str:
    """Layout padding out: lines stripped, space runs collapsed, one blank line at most, none at the ends."""
    text = _LINE_ENDS.sub("", _SPACES.sub(" ", page_text.replace("\r\n", "\n").replace("\r", "\n")))
    return _BLANKS.sub("\n\n", text).strip("\n")


def _page_text(page: PageObject, number: int, notes: list[str]) -> str:
    """One page's text: layout mode (keeps paragraph gaps), plain mode if layout mode fails on it."""
    try:
        return _clean(page.extract_text(extraction_mode="layout"))
    except (PyPdfError, ValueError, KeyError, TypeError, AttributeError, IndexError, ZeroDivisionError) as e:
        notes.append(f"page {number}: layout extraction failed ({type(e).__name__}), read in plain mode")
        return _clean(page.extract_text() or "")


def parse(data: bytes, source: str) -> Parsed:
    """Read a PDF letter's text layer; meta["pages"] is the page count."""
    if b"%PDF-" not in data[:1024]:
        raise CorruptInput(source, "not a PDF (no %PDF- header)")
    meta: dict[str, str] = {}
    with _pypdf_messages() as messages:
        try:
            reader = PdfReader(io.BytesIO(data), strict=False)
            if reader.is_encrypted:
                try:
                    opened = reader.decrypt("")
                except DependencyError as e:
                    raise CorruptInput(source, f"encrypted PDF that needs the 'cryptography' package "
                                               f"to open ({e})") from e
                if not opened:
                    raise CorruptInput(source, "encrypted PDF, cannot read without a password")
                meta["encrypted"] = "empty user password"
            pages = reader.pages
            n = len(pages)
            texts = []
            for i in range(n):
                try:
                    texts.append(_page_text(pages[i], i + 1, messages))
                except CorruptInput:
                    raise
                except Exception as e:  # any failure inside pypdf on this page: name the page
                    raise CorruptInput(source, f"damaged PDF: page {i + 1} of {n} cannot be read "
                                               f"({type(e).__name__}: {e})") from e
        except CorruptInput:
            raise
        except FileNotDecryptedError as e:
            raise CorruptInput(source, "encrypted PDF, cannot read without a password") from e
        except (PdfReadError, PyPdfError) as e:
            raise CorruptInput(source, f"damaged or truncated PDF ({e})") from e
        except NotImplementedError as e:
            raise CorruptInput(source, f"PDF uses a feature pypdf cannot read ({e})") from e
        except Exception as e:  # pypdf lets ValueError, KeyError, struct/zlib errors … through on damage
            raise CorruptInput(source, f"damaged PDF ({type(e).__name__}: {e})") from e
        try:
            info = reader.metadata
            for key, name in (("/Title", "title"), ("/Author", "author")):
                value = info.get(key) if info else None
                if isinstance(value, str) and value.strip():
                    meta[name] = value.strip()
        except Exception:
            pass                                   # a broken Info dictionary does not matter for the text
    meta["pages"] = str(n)
    text = "\n".join(texts)
    if not text.strip():
        raise EmptyInput(source, f"no text layer; scanned PDF? ({n} page{'s' if n != 1 else ''})")
    return Parsed(text, meta, tuple(f"{source}: pypdf: {m}" for m in messages))
