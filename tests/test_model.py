"""The contract's facts as JSON: the hand-written `to_json` equals `dataclasses.asdict` with the span as a pair."""

from __future__ import annotations

from dataclasses import asdict
from pathlib import Path

from conftest import OPENING2_FILES, SAMPLES, read_letter
from inzet.extract.pipeline import extract_text
from inzet.model import FACT_KINDS, Citation, Deployment, Span

HELDOUT_FILES = sorted((Path(__file__).parent / "data" / "heldout").glob("*.txt"))


def _by_asdict(fact: object) -> dict:
    d = asdict(fact)
    d["span"] = [fact.span.start, fact.span.end]
    if isinstance(fact, Citation):
        d["context"] = [fact.context.start, fact.context.end] if fact.context else None
    if isinstance(fact, Deployment) and fact.cost_eur is not None and float(fact.cost_eur).is_integer():
        d["cost_eur"] = int(fact.cost_eur)
    if hasattr(fact, "currency") and float(fact.value).is_integer():
        d["value"] = int(fact.value)
    return d


def test_every_fact_of_the_letters_serialises_as_asdict_would() -> None:
    seen = set()
    for path in [*SAMPLES, *OPENING2_FILES, *HELDOUT_FILES]:
        ex = extract_text(path.name, read_letter(path))
        for kind in FACT_KINDS:
            for fact in getattr(ex, kind):
                assert fact.to_json() == _by_asdict(fact), (path.name, kind)
                seen.add(kind)
    assert seen == set(FACT_KINDS)


def test_a_fact_json_copies_its_lists() -> None:
    d = Deployment("eFP", "eFP", Span(0, 3), countries=["LT"])
    out = d.to_json()
    out["countries"].append("PL")
    assert d.countries == ["LT"] and out["span"] == [0, 3]
