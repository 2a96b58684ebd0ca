"""Letter metadata: date, chamber, kind, subject, reference, Kamerstuk, signatory, meetings."""

from __future__ import annotations

from inzet.extract.segment import Document
from inzet.model import LetterMeta


def extract(doc: Document) -> LetterMeta:
    """Letter fields with evidence spans (work in progress)."""
    return LetterMeta()
