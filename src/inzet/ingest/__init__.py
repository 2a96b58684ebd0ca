"""Readers: turn a file (or downloaded bytes) into the letter's stored text plus format metadata.

`read(path)` dispatches on the extension; every failure is an `InputError` naming the source.
"""

from __future__ import annotations

from inzet.ingest.base import SUPPORTED, ReadResult, read, read_bytes

__all__ = ["SUPPORTED", "ReadResult", "read", "read_bytes"]
