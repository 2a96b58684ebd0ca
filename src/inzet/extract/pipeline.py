"""Run every extractor over one letter and assemble the `Extraction`."""

from __future__ import annotations

import hashlib
from collections.abc import Mapping

from inzet.extract import acronyms, citations, deployments, gdp, given, lexicon, metadata, money
from inzet.extract.segment import Document, segment
from inzet.model import FACT_KINDS, Extraction, Section


def load_rules() -> None:
    """Build now what the extractors otherwise build at their first letter (the shared cue table), so
    worker processes forked after this inherit it instead of each building it again."""
    lexicon.table()


def sections(doc: Document) -> list[Section]:
    """The letter's headings as sections with their spans."""
    return [Section(h.title, doc.span(h.start, h.end)) for h in doc.headings]


def extract_document(doc: Document, sha256: str, meta: Mapping[str, str] | None = None) -> Extraction:
    """All facts of a segmented letter, each with its span into the stored text and its rule id.

    `meta` is the letter's read meta: its `given.*` fields (what the source states) win over the
    letter fields read from the text (`inzet.extract.given`).

    Every fact's span must reproduce its quoted text; one that does not (an extractor bug) is left
    out and counted in `dropped`, never shown with evidence that is not in the letter.
    """
    letter = given.apply(metadata.extract(doc), meta or {})
    ex = Extraction(
        source=doc.source, sha256=sha256, letter=letter, sections=sections(doc),
        amounts=money.extract(doc), gdp_shares=gdp.extract(doc, letter.date),
        deployments=deployments.extract(doc, letter.date, letter.kind),
        citations=citations.extract(doc), acronyms=acronyms.extract(doc),
    )
    text = doc.text
    for kind in FACT_KINDS:
        facts = getattr(ex, kind)
        kept = [f for f in facts if 0 <= f.span.start <= f.span.end <= len(text) and f.span.of(text) == f.text]
        ex.dropped += len(facts) - len(kept)
        setattr(ex, kind, kept)
    return ex


def extract_text(source: str, text: str, sha256: str | None = None) -> Extraction:
    """Extract a letter from its stored text; `sha256` is of the input bytes (of the text if not given)."""
    digest = sha256 or hashlib.sha256(text.encode("utf-8")).hexdigest()
    return extract_document(segment(source, text), digest)
