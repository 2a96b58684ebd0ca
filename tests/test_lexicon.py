"""The lexical layer: the cue table's word pieces read off each pattern's source, and the guarantee that
gating on them never skips a match, on every sentence of every letter we can read."""

from __future__ import annotations

import re

import pytest

from inzet.extract import lexicon
from inzet.extract.cues import required_pieces
from inzet.extract.pipeline import extract_text  # noqa: F401 - registers every extractor's patterns
from inzet.extract.segment import segment
from unchanged import letter_files


@pytest.mark.parametrize(("pattern", "pieces"), [
    (r"\bPURL\b", {"purl"}),
    (r"(?i:Patriot)", {"patriot", "patrıot", "patri\u0307ot"}),   # `re.I` also matches İ and ı for i
    (r"a(?:b|c)d", {"abd", "acd"}),
    (r"miljoen(?:en)?", {"miljoen", "miljoenen"}),
    (r"\u20ac\s*\d+", {"€"}),
    (r"(?=\d)abc", {"abc"}),
    (r"(?<!\w)ab(?!c)d", {"abd"}),               # zero-width tests keep the literals around them adjacent
    (r"(?<=x)yz", {"yz"}),                        # a look-behind's text is not part of the match's word
    (r"[Mm]otie\s+\w+", {"motie"}),
    (r"(?P<n>NAVO)-top", {"navo-top"}),
    (r"de\s+krijgsmacht", {"krijgsmacht"}),      # within one whitespace-free word: the longest piece
    (r"x{2}yy", {"yy"}),                          # a counted repeat is not a literal run
    (r"\d+(?:[.,]\d+)?\s*%", {"%"}),
    (r"[-,(]\s*$", {"-", ",", "("}),
])
def test_required_pieces(pattern: str, pieces: set[str]) -> None:
    assert required_pieces(re.compile(pattern)) == pieces


@pytest.mark.parametrize("pattern", [
    r"[a-z]+", r"\w{3,}", r".", r"(?x) a b c", r"(a)?(?(1)b|c)", r"a|\d", r"(\w)\1",
])
def test_patterns_without_a_certain_piece_always_run(pattern: str) -> None:
    assert required_pieces(re.compile(pattern)) is None


def _texts() -> list[str]:
    out = []
    for path in letter_files():
        doc = segment(path.name, path.read_text(encoding="utf-8-sig"))
        out += [doc.view[s.start:s.end] for s in doc.sentences]
        out += [doc.view[h.start:h.end] for h in doc.headings]
    return out


TEXTS = _texts()


def test_gating_never_skips_a_match() -> None:
    """Every registered pattern that matches a sentence or heading of any letter has its cue bit there."""
    missed = []
    pats = lexicon.patterns()
    for text in TEXTS:
        hits = lexicon.of(text)
        missed += [(rx.pattern[:50], text[:60]) for rx in pats if not hits & lexicon.bit(rx) and rx.search(text)]
    assert not missed, missed[:5]
    assert len(pats) > 70


def test_vocabulary_bits_are_exact() -> None:
    """A vocabulary's (or token kind's) test on the bits says exactly what its pattern says of the text."""
    wrong = [(v.rx.pattern[:40], t[:60]) for t in TEXTS for v in lexicon.vocabs()
             if v.has(t, lexicon.of(t)) != bool(v.rx.search(t))]
    assert not wrong, wrong[:5]


@pytest.mark.parametrize(("kind", "text", "has"), [
    ("DIGIT", "in 2026", True), ("DIGIT", "in het jaar", False),
    ("YEAR", "tot eind 2027.", True), ("YEAR", "nr. 12345", False), ("YEAR", "nr. 120261", False),
    ("MONTH", "op 3 juni", True), ("MONTH", "(sept. 2025)", True), ("MONTH", "junior", True),
    ("MONTH", "geen maand", False),
    ("CURRENCY", "€ 25 mln", True), ("CURRENCY", "USD 10", True), ("CURRENCY", "10 euro", True),
    ("CURRENCY", "EU-missie", False),
    ("SCALE", "1,2 miljard", True), ("SCALE", "25 mln.", True), ("SCALE", "25 duizend", False),
    ("PERCENT", "2%", True), ("PERCENT", "3,5 procent", True), ("PERCENT", "per cent", False),
])
def test_token_kinds(kind: str, text: str, has: bool) -> None:
    v = getattr(lexicon, kind)
    assert bool(lexicon.of(text) & lexicon.bits(v)) is has


def test_a_late_registration_rebuilds_the_table_and_the_letters_bits() -> None:
    doc = segment("x.txt", "Het kabinet zet een zeldzaamwoordxyz in.\n")
    before = lexicon.sentence_hits(doc)
    rx = re.compile(r"zeldzaamwoordxyz")
    lexicon.register(rx)
    after = lexicon.sentence_hits(doc)
    assert after is not before
    assert after[0] & lexicon.bit(rx)
    assert lexicon.search(rx, "een zeldzaamwoordxyz", lexicon.of("een zeldzaamwoordxyz"))


def _extractor_patterns() -> list[re.Pattern[str]]:
    import importlib
    import pkgutil

    import inzet.extract as ex

    found: dict[int, re.Pattern[str]] = {}
    for m in pkgutil.walk_packages(ex.__path__, "inzet.extract."):
        for v in vars(importlib.import_module(m.name)).values():
            if isinstance(v, re.Pattern):
                found[id(v)] = v
    return list(found.values())


@pytest.mark.parametrize(("pattern", "lead"), [
    (r"\bNAVO-top", {"NAVO"}),
    (r"(?i:\bnavo)", {c1 + c2 + c3 + c4 for c1 in "nN" for c2 in "aA" for c3 in "vV" for c4 in "oO"}),
    (r"(?:informele\s+)?Raad", {"info", "Raad"}),
    (r"\b(?=[DE])(?:DMM|EU)\b", {"DMM", "EU"}),
    (r"x?\d", None), (r"^abc", {"abc"}), (r"a*b", {"a", "b"}), (r"\w*b", None),
])
def test_leading_pieces(pattern: str, lead: set[str] | None) -> None:
    from inzet.extract.cues import leading_pieces

    assert leading_pieces(re.compile(pattern)) == (None if lead is None else frozenset(lead))


def test_scanner_finds_exactly_what_the_pattern_finds() -> None:
    """On every extractor pattern whose matches start with known strings, on whole letters and windows of them."""
    import random

    from inzet.extract.cues import Scanner

    rng = random.Random(12)
    views = [segment(p.name, p.read_text(encoding="utf-8-sig")).view for p in letter_files()
             if p.stat().st_size > 5000]
    scanned = 0
    for rx in _extractor_patterns():
        sc = Scanner(rx)
        if sc.scan is None:
            continue
        scanned += 1
        for v in views:
            lo = rng.randrange(len(v))
            hi = rng.randrange(lo, len(v) + 1)
            for a, b in ((0, len(v)), (lo, hi)):
                assert [m.span() for m in sc.finditer(v, a, b)] == [m.span() for m in rx.finditer(v, a, b)], \
                    rx.pattern[:60]
            found, plain = sc.search(v, lo), rx.search(v, lo)
            assert (found and found.span()) == (plain and plain.span()), rx.pattern[:60]
    assert scanned > 100


def test_importing_the_extractors_does_not_build_the_cue_table() -> None:
    """A bit asked for at import time builds the table before every module has registered its patterns: the
    table is built again later and the bit kept from the first build is stale (a fresh process checks)."""
    import subprocess
    import sys

    code = ("import inzet.cli, inzet.pipeline, inzet.extract.pipeline as p; from inzet.extract import lexicon; "
            "assert not lexicon._TABLE, 'cue table built at import'; p.load_rules(); assert lexicon._TABLE; "
            "assert lexicon._GENERATION[0] == 0, 'cue table built before every pattern was registered'")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr[-400:]
