"""Held-out letters: INVENTED letters in the genre, with gold written before the extractors saw them.

They use phrasings and layouts the real samples lack (`Op dezelfde dag`, `ca. USD 500 mln`, a
Datum/Betreft block with tabs or a table, `£`, `artikel 1`, an English acronym of a Dutch name, Eerste Kamer
letter codes, BuZa senders, two deployments in one section, `jl.` dates, motion-mandated positions). The bar
is the one issue 11 sets for letters the rules have not seen.
"""

from __future__ import annotations

import json
from pathlib import Path

from conftest import CATEGORY_NAMES, category_score
from inzet.extract.pipeline import extract_text

HELDOUT = Path(__file__).parent / "data" / "heldout"


def _pairs() -> list[tuple[dict, dict]]:
    pairs = []
    for gold_file in sorted(HELDOUT.glob("*.json")):
        gold = json.loads(gold_file.read_text(encoding="utf-8"))
        text = (HELDOUT / gold["source"]).read_text(encoding="utf-8")
        pairs.append((gold, extract_text(gold["source"], text).to_json()))
    return pairs


def test_heldout_letters_meet_the_unseen_bar() -> None:
    """The bar of issue 11 for letters the rules have not seen: letter fields >= 0.99, deployments F1 >= 0.9
    with `end` right for >= 0.9 of the matched ones, every other category F1 >= 0.95."""
    pairs = _pairs()
    assert len(pairs) >= 10
    letter = category_score("letter", pairs)
    assert letter["accuracy"] >= 0.99, "\n".join(letter["details"])
    for cat in CATEGORY_NAMES:
        s = category_score(cat, pairs)
        assert s["f1"] >= (0.9 if cat == "deployments" else 0.95), (cat, "\n".join(s["details"]))
    dep = category_score("deployments", pairs)
    assert dep["attributes"]["end"] >= 0.9, "\n".join(dep["details"])


def _followup(gold_file: Path) -> tuple[dict, dict]:
    from invented import letter
    from inzet.link.followup import follow_up

    gold = json.loads(gold_file.read_text(encoding="utf-8"))
    paths = [gold_file.parent / gold[side] for side in ("agenda", "report")]
    (ad, ae), (rd, re_) = (letter(p.name, p.read_text(encoding="utf-8")) for p in paths)
    return gold, follow_up(ad, ae, rd, re_)


def test_heldout_followup_pairs_meet_the_unseen_bar() -> None:
    """Invented agenda/report pairs (gold written first), scored with the shared follow-up scorer's matching:
    positions F1 >= 0.9, status right for >= 0.9 of the matched ones with a gold status, every motion-mandated
    position found with its motion's id and standing before the others."""
    from conftest import match_positions

    tp = fp = fn = right = judged = 0
    files = sorted((HELDOUT / "followup").glob("*.json"))
    assert len(files) >= 3
    for gold_file in files:
        gold, out = _followup(gold_file)
        pairs, missed, spurious = match_positions(gold, out)
        assert not [g for g in missed if g.get("motion")], (gold_file.name, "motion-mandated position missed")
        tp, fn, fp = tp + len(pairs), fn + len(missed), fp + spurious
        for g, p in pairs:
            if g.get("status"):
                judged += 1
                right += p["status"] == g["status"]
            if g.get("motion"):
                assert p["motion"] and p["motion"]["id"] == g["motion"], (gold_file.name, g["text"])
        flags = [p["motion"] is not None for p in out["positions"]]
        assert flags == sorted(flags, reverse=True), gold_file.name       # motion-mandated rows first
    f1 = 2 * tp / (2 * tp + fp + fn)
    assert f1 >= 0.9, (tp, fp, fn)
    assert right / judged >= 0.9, (right, judged)


def test_a_fact_whose_span_does_not_quote_its_text_is_dropped_and_counted(monkeypatch) -> None:
    from inzet.extract import money, pipeline

    real = money.extract

    def broken(doc):
        facts = real(doc)
        if facts:
            from inzet.model import Span

            facts[0].span = Span(facts[0].span.start + 1, facts[0].span.end + 1)
        return facts

    monkeypatch.setattr(pipeline.money, "extract", broken)
    text = "Nederland draagt €250 miljoen bij aan PURL en €90 miljoen aan drones voor Oekraïne."
    ex = pipeline.extract_text("t.txt", text)
    assert ex.dropped == 1 and [a.text for a in ex.amounts] == ["€90 miljoen"]
