"""Turning stored letters and facts into HTML fragments: highlighted letter text, fact summaries.

Every piece of letter text goes through `html.escape`. Highlights are built from the sorted
boundaries of all fact spans (they may overlap or nest): each stretch between two boundaries is
escaped and wrapped once, in a `<mark>` carrying every fact that covers it.
"""

from __future__ import annotations

import html
import itertools
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from markupsafe import Markup

from inzet.extract.cues import trie_pattern
from inzet.link.graph import official_url
from inzet.model import letter_name

# contract list name -> short CSS/legend name
KIND_CLASS = {"amounts": "money", "gdp_shares": "gdp", "deployments": "deployment", "citations": "citation",
              "acronyms": "acronym", "meetings": "meeting"}
KIND_LABEL = {"amounts": "Money", "gdp_shares": "GDP share", "deployments": "Deployment",
              "citations": "Citation", "acronyms": "Acronym", "meetings": "Meeting"}
PANEL_ORDER = ("meetings", "amounts", "gdp_shares", "deployments", "citations", "acronyms")

_KST = re.compile(r"kst-[0-9A-Za-z]+(?:-[0-9A-Za-z]+){0,4}")
_TK_DOC = re.compile(r"\d{4}[A-Z]\d{3,6}")


@dataclass(frozen=True, slots=True)
class Mark:
    """One highlighted interval of the letter text."""

    start: int
    end: int
    fact_id: str        # e.g. "amounts-3"
    kind: str           # contract list name
    title: str = ""     # shown on hover (`<abbr title>` for acronyms)


def fact_id(kind: str, idx: int) -> str:
    return f"{kind}-{idx}"


def letter_title(letter: dict[str, Any]) -> str:
    """The page title of a letter: its name (`model.letter_name`, the one helper for naming letters)."""
    return letter_name(letter)


def citation_href(c: dict[str, Any]) -> str | None:
    """Where a citation can be read: KOOP for Kamerstukken and motions, the url for urls (http(s) only)."""
    cid = str(c.get("id") or "")
    if c.get("kind") in ("kamerstuk", "motion") and _KST.fullmatch(cid):
        return official_url(cid)
    if c.get("kind") == "tk-document" and _TK_DOC.fullmatch(cid):
        return f"https://www.tweedekamer.nl/kamerstukken/detail?did={cid}"
    if c.get("kind") == "url" and re.match(r"https?://[^\s<>\"']+$", cid):
        return cid
    return None


_FOOTNOTE_REF = re.compile(r"\[footnoteRef:(\d{1,3})\]")


def highlight(text: str, marks: Sequence[Mark], abbrs: Sequence[tuple[int, int, str]] = ()) -> Markup:
    """`text` as escaped HTML with marks (possibly overlapping) and `<abbr title>` around acronym uses.

    A stretch covered by several marks gets one `<mark>`: its colour is that of the shortest
    (innermost) fact, its `data-fact` lists every covering fact, innermost first.
    """
    n = len(text)
    items = [m for m in marks if 0 <= m.start < m.end <= n]
    ab = [(s, e, t) for s, e, t in abbrs if 0 <= s < e <= n]
    # converter markers (`[footnoteRef:2]`) are shown as the superscript number a reader expects
    refs = {(m.start(), m.end()): m.group(1) for m in _FOOTNOTE_REF.finditer(text)}
    bounds = sorted({0, n, *(m.start for m in items), *(m.end for m in items),
                     *(s for s, _, _ in ab), *(e for _, e, _ in ab), *(x for r in refs for x in r)})
    # sweep: facts sorted by start; active set updated per stretch (letters hold at most a few hundred facts)
    out: list[str] = []
    by_start = sorted(items, key=lambda m: (m.start, -(m.end - m.start)))
    ab_sorted = sorted(ab)
    active: list[Mark] = []
    i = j = 0
    for a, b in itertools.pairwise(bounds):
        while i < len(by_start) and by_start[i].start <= a:
            active.append(by_start[i])
            i += 1
        active = [m for m in active if m.end > a]
        while j < len(ab_sorted) and ab_sorted[j][1] <= a:
            j += 1
        piece = html.escape(text[a:b])
        if (a, b) in refs:
            # the marker's own text stays in the page (sentence links count characters of the stored
            # text); CSS hides it and shows the number instead (`::after` content is not page text)
            piece = f'<span class="fnref" data-n="{refs[a, b]}" title="voetnoot {refs[a, b]}">{piece}</span>'
        title = next((t for s, e, t in ab_sorted[j:j + 4] if s <= a and e >= b), None)
        if title is not None:
            piece = f'<abbr title="{html.escape(title)}">{piece}</abbr>'
        if active:
            inner = sorted(active, key=lambda m: (m.end - m.start, m.start))
            kinds = dict.fromkeys(KIND_CLASS.get(m.kind, "other") for m in inner)
            cls = " ".join(["fact", *(f"fact-{k}" for k in kinds)])
            ids = " ".join(m.fact_id for m in inner)
            first = " fact-start" if inner[0].start == a else ""
            piece = (f'<mark class="{cls}{first}" data-fact="{html.escape(ids)}" '
                     f'data-kind="{KIND_CLASS.get(inner[0].kind, "other")}">{piece}</mark>')
        out.append(piece)
    return Markup("".join(out))


_NOT_AFTER_WORD = r"(?<!\w.)"    # checked after a match's first character (see cues.trie_pattern)


def acronym_uses(text: str, acronyms: Iterable[dict[str, Any]]) -> list[tuple[int, int, str]]:
    """Every whole-word use of a defined acronym in `text`, with its expansion as hover title."""
    longs: dict[str, str] = {}
    for a in acronyms:
        short, long = str(a.get("short") or ""), str(a.get("long") or "")
        if len(short) >= 2 and long:
            longs.setdefault(short, long)
    if not longs:
        return []
    # one literal-first pattern for all of them (one scan of the letter, not one per acronym); at a
    # position the longest wins (`RBZ-Defensie` over `RBZ`), and matches never overlap
    rx = re.compile("(?:" + trie_pattern(sorted(longs), guard=_NOT_AFTER_WORD) + r")(?!\w)")
    return [(m.start(), m.end(), longs[m.group()]) for m in rx.finditer(text)]


# -- numbers and values as a Dutch reader expects them ------------------------------------------

def nl_number(value: float, decimals: int | None = None) -> str:
    """1234567.5 → `1.234.567,5` (Dutch separators); integers without decimals."""
    if decimals is None:
        decimals = 0 if float(value).is_integer() else 2
    s = f"{value:,.{decimals}f}"
    s = s.replace(",", "\x00").replace(".", ",").replace("\x00", ".")
    if decimals and "," in s:
        s = s.rstrip("0").rstrip(",")
    return s


def money(value: float | None, currency: str | None = "EUR") -> str:
    """A sum with its scale word: `EUR 90 mld`, `USD 107 mln`, `EUR 345.000`."""
    if value is None:
        return "–"
    cur = currency or ""
    v = float(value)
    if abs(v) >= 1e9:
        return f"{cur} {nl_number(v / 1e9, 2)} mld".strip()
    if abs(v) >= 1e6:
        return f"{cur} {nl_number(v / 1e6, 2)} mln".strip()
    return f"{cur} {nl_number(v)}".strip()


def percent(value: float | None) -> str:
    return "–" if value is None else f"{nl_number(float(value), 2)}%"


_QUALIFIER = {"approx": "about", "more_than": "more than", "up_to": "up to"}
_ACTION = {"new": "new", "extension": "extended", "change": "changed", "end": "ended", "status": "status"}


def summary(kind: str, v: dict[str, Any]) -> list[tuple[str, str]]:
    """(label, value) pairs describing a fact's normalised value, for the side panel and tables."""
    rows: list[tuple[str, str]] = []
    if kind == "amounts":
        q = _QUALIFIER.get(v.get("qualifier") or "", "")
        rows.append(("value", f"{q} {money(v.get('value'), v.get('currency'))}".strip()))
        if v.get("purpose"):
            rows.append(("purpose", str(v["purpose"])))
        rows.append(("Ukraine", "yes" if v.get("ukraine") else "no"))
    elif kind == "gdp_shares":
        rows.append(("share", f"{percent(v.get('value'))} of GDP"))
        for key in ("year", "category", "status", "basis", "ukraine"):
            if v.get(key) is not None:
                rows.append((key, str(v[key])))
    elif kind == "deployments":
        rows.append(("title", str(v.get("title") or "–")))
        if v.get("countries"):
            rows.append(("countries", ", ".join(map(str, v["countries"]))))
        if v.get("unit"):
            rows.append(("unit", str(v["unit"])))
        rows.append(("action", _ACTION.get(v.get("action") or "", str(v.get("action")))))
        if v.get("start") or v.get("end"):
            rows.append(("period", f"{v.get('start') or '…'} – {v.get('end') or '…'}"))
        if v.get("personnel_max") is not None:
            rows.append(("personnel", f"max. {nl_number(float(v['personnel_max']))}"))
        if v.get("cost_eur") is not None:
            rows.append(("cost", money(v["cost_eur"], "EUR")))
        if v.get("funding"):
            rows.append(("funding", str(v["funding"])))
    elif kind == "citations":
        rows.append(("kind", str(v.get("kind"))))
        rows.append(("id", str(v.get("id"))))
    elif kind == "acronyms":
        rows.append((str(v.get("short")), str(v.get("long"))))
    elif kind == "meetings":
        dates = v.get("date_start") or "date not stated"
        if v.get("date_end") and v.get("date_end") != v.get("date_start"):
            dates += f" – {v['date_end']}"
        rows.append(("type", str(v.get("type"))))
        rows.append(("date", dates))
        if v.get("location"):
            rows.append(("location", str(v["location"])))
    return rows


def letter_marks(d: dict[str, Any]) -> tuple[list[Mark], list[dict[str, Any]]]:
    """Marks for every fact and meeting of a letter (`Store.letter`), and the panel items in order."""
    marks: list[Mark] = []
    panel: list[dict[str, Any]] = []
    facts = dict(d["facts"])
    facts["meetings"] = [{"kind": "meetings", "idx": i, "value": m, "span": m.get("span"), "rule": m.get("rule"),
                          "evidence": m.get("evidence")} for i, m in enumerate(d.get("meetings", []))]
    for kind in PANEL_ORDER:
        for f in facts.get(kind, []):
            fid = fact_id(kind, f["idx"])
            span = f.get("span")
            if span:
                marks.append(Mark(span[0], span[1], fid, kind))
            value = f["value"]
            panel.append({"id": fid, "kind": kind, "cls": KIND_CLASS[kind], "label": KIND_LABEL[kind],
                          "evidence": f.get("evidence"), "span": span, "rule": f.get("rule"),
                          "rows": summary(kind, value),
                          "href": citation_href(value) if kind == "citations" else None})
    return marks, panel
