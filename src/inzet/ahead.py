"""A big letter's sentence stems, made on another core while this process extracts the letter.

Stemming a letter's sentences for the index needs only the segmented document, not the extraction,
so for a big letter (`pipeline.AHEAD_CHARS`) the ingest forks a child that stems every sentence into
an unlinked temporary file, one line each, while the parent extracts; the parent then reads the lines
as it writes the sentences. A 20 MB letter spends about a tenth of its ingest stemming; on one core the
two would only take turns, so the pipeline asks for this only when it may use more than one.

Whatever goes wrong in the child (it dies, it is killed, the disk is full) the parent stems the
sentences itself: `stems()` then returns None. The child writes only its file and leaves with
`os._exit`, so it flushes no buffer of the parent's and closes no database connection.
"""

from __future__ import annotations

import contextlib
import os
import signal
import sys
import tempfile
import threading
import weakref
from collections.abc import Iterator
from typing import IO

from inzet.extract.segment import Document
from inzet.store.stems import stems


def can_fork() -> bool:
    """Forking is safe here: a POSIX system and no other thread that could hold a lock in the child."""
    return hasattr(os, "fork") and sys.platform != "win32" and threading.active_count() == 1


def start(doc: Document) -> StemsAhead | None:
    """Stems of `doc`'s sentences in the making in a child process, or None when no child can be made here
    (forking is not safe, or the system refuses one): the caller stems them itself then."""
    if not can_fork():
        return None
    try:
        return StemsAhead(doc)
    except OSError:
        return None


def _reap(pid: int, file: IO[str]) -> None:
    """Stop the child if it still runs, collect it, and drop its file (the letter was never written)."""
    with contextlib.suppress(ProcessLookupError):
        os.kill(pid, signal.SIGKILL)
    with contextlib.suppress(ChildProcessError):
        os.waitpid(pid, 0)
    file.close()


class StemsAhead:
    """The stems of `doc`'s sentences (`store.stems.stems` of each sentence's text), made in a forked child.

    Start it right after segmenting; `stems()` waits for the child and gives the lines in sentence
    order, or None when the child failed. Dropped unread, the child is killed and collected.
    """

    def __init__(self, doc: Document) -> None:
        self._file: IO[str] | None = tempfile.TemporaryFile(  # noqa: SIM115  (kept open past this call)
            "w+", encoding="utf-8", newline="\n")
        try:
            pid = os.fork()
        except OSError:
            self._file.close()
            raise
        if pid == 0:                                   # the child: stem, write, leave
            code = 1
            try:
                signal.signal(signal.SIGINT, signal.SIG_IGN)      # Ctrl-C is the parent's to handle
                out = self._file
                for s in doc.sentences:
                    out.write(stems(doc.sentence_text(s)))
                    out.write("\n")
                out.flush()
                code = 0
            finally:
                os._exit(code)
        self._pid = pid
        self._finalizer = weakref.finalize(self, _reap, pid, self._file)

    def stems(self) -> Iterator[str] | None:
        """The stems, one per sentence in order, once the child is done; None when it failed."""
        file, self._file = self._file, None
        if file is None:
            raise RuntimeError("the stems were read already")
        self._finalizer.detach()
        _, status = os.waitpid(self._pid, 0)
        if status != 0:
            file.close()
            return None
        file.seek(0)
        return _lines(file)


def _lines(file: IO[str]) -> Iterator[str]:
    """The lines of `file` without their newline; the file is closed when they are read (or dropped)."""
    try:
        for line in file:
            yield line[:-1]
    finally:
        file.close()
