"""Run every extractor over one letter and assemble the `Extraction`."""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from typing import Any

from inzet.extract.segment import Document, segment
from inzet.model import Extraction, LetterMeta, Section


def _optional(module: str) -> Callable[[Document], list[Any]] | None:
    """The `extract` function of a fact module (all exist once issue 3 has landed)."""
    import importlib

    try:
        return importlib.import_module(f"inzet.extract.{module}").extract
    except ModuleNotFoundError:
        return None


def sections(doc: Document) -> list[Section]:
    """The letter's headings as sections with their spans."""
    return [Section(h.title, doc.span(h.start, h.end)) for h in doc.headings]


def extract_document(doc: Document, sha256: str) -> Extraction:
    """All facts of a segmented letter."""
    from inzet.extract import metadata

    letter: LetterMeta = metadata.extract(doc)
    ex = Extraction(source=doc.source, sha256=sha256, letter=letter, sections=sections(doc))
    for kind, module in (("amounts", "money"), ("gdp_shares", "gdp"), ("deployments", "deployments"),
                         ("citations", "citations"), ("acronyms", "acronyms")):
        fn = _optional(module)
        if fn is not None:
            setattr(ex, kind, fn(doc))
    return ex


def extract_text(source: str, text: str, sha256: str | None = None) -> Extraction:
    """Extract a letter from its stored text; `sha256` is of the input bytes (of the text if not given)."""
    digest = sha256 or hashlib.sha256(text.encode("utf-8")).hexdigest()
    return extract_document(segment(source, text), digest)
