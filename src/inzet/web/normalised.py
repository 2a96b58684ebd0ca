"""The letter page's normalised view: headings, joined paragraphs, footnotes at the end, furniture hidden.

It is built from the segmenter's `Document` (its view, lines, headings and footnotes), so the page shows
what the extractors read. Every piece of letter text is a run of the stored text and stands in a
`<span data-t="START">`, START being its offset in the stored text: highlights and `#s-START-END` links
keep their exact spans (the browser maps stored offsets through `data-t`). Synthetic characters (a hard
line break read as a space) carry no `data-t`. Text goes through `render.highlight`, so it is escaped.
"""

from __future__ import annotations

import html
import re
from bisect import bisect_left
from collections.abc import Sequence

from markupsafe import Markup

from inzet.extract.segment import Document
from inzet.web.render import Mark, highlight


def _runs(doc: Document, vstart: int, vend: int, marks: Sequence[Mark], abbrs: Sequence[tuple[int, int, str]],
          refs: Sequence[tuple[int, int]]) -> str:
    """View interval [vstart, vend) as HTML: stored runs in `data-t` spans, footnote markers as links."""
    text = doc.text
    at = [v for v, _ in refs]
    out: list[str] = []
    for a, b, t in doc.pieces(vstart, vend):
        for v, n in refs[bisect_left(at, a) : bisect_left(at, b)]:
            if v == a:
                out.append(_ref(n))
        if t is None:
            out.append(html.escape(doc.view[a:b]))
        else:
            e = t + (b - a)
            local = [Mark(max(m.start, t) - t, min(m.end, e) - t, m.fact_id, m.kind, m.title)
                     for m in marks if m.start < e and m.end > t]
            local_ab = [(s - t, f - t, title) for s, f, title in abbrs if s >= t and f <= e]
            out.append(f'<span data-t="{t}">{highlight(text[t:e], local, local_ab)}</span>')
        for v, n in refs[bisect_left(at, a + 1) : bisect_left(at, b + 1)]:
            if v == b and b == vend:
                out.append(_ref(n))
    return "".join(out)


def _ref(n: int) -> str:
    return f'<sup class="fn-ref"><a href="#fn-{n}" id="fnref-{n}">{n}</a></sup>'


# the letterhead's field labels; each is followed by its value on the next line
_LABEL = re.compile(r"(?:Datum|Betreft|Onze referentie|Ons kenmerk|Uw referentie|Uw kenmerk|Uw brief(?: van)?|Kenmerk"
                    r"|Bijlagen?|Contactpersoon|Inlichtingen|Doorkiesnummer)\s*:?", re.IGNORECASE)
_SALUTATION = re.compile(r"(?:Geachte|Hooggeachte)\b")


def _header(doc: Document, lines: list[tuple[int, int]], marks: Sequence[Mark], abbrs: Sequence[tuple[int, int, str]],
            refs: Sequence[tuple[int, int]]) -> str:
    """The letterhead (the lines before the salutation) as a small table: label, value."""
    rows: list[str] = []
    i = 0
    while i < len(lines):
        a, b = lines[i]
        cell = _runs(doc, a, b, marks, abbrs, refs)
        if _LABEL.fullmatch(doc.view[a:b]) and i + 1 < len(lines):
            value = _runs(doc, *lines[i + 1], marks, abbrs, refs)
            rows.append(f'<tr><th scope="row">{cell}</th><td>{value}</td></tr>')
            i += 2
            continue
        rows.append(f'<tr><td colspan="2">{cell}</td></tr>')
        i += 1
    return f'<table class="nv-header" aria-label="Letterhead"><tbody>{"".join(rows)}</tbody></table>'


def normalised_html(doc: Document, marks: Sequence[Mark], abbrs: Sequence[tuple[int, int, str]] = ()) -> Markup:
    """The letter as letterhead table, headings, paragraphs and footnotes (with back-links), every text run mapped
    to the stored text."""
    view = doc.view
    refs = sorted(doc.markers)
    notes = sorted(doc.footnotes, key=lambda f: f.start)
    heads = {h.start: h for h in doc.headings}
    out: list[str] = []
    body: list[tuple[int, int]] = []
    for ln in doc.lines:
        line = view[ln.start : ln.end]
        if not line.strip():
            continue
        a = ln.start + len(line) - len(line.lstrip())
        b = ln.start + len(line.rstrip())
        if not any(f.start <= a and b <= f.end + 1 for f in notes):   # a footnote body is shown at the end
            body.append((a, b))
    first = next((k for k, (a, _) in enumerate(body) if _SALUTATION.match(view, a)), None)
    if first:
        out.append(_header(doc, body[:first], marks, abbrs, refs))
        body = body[first:]
    for a, b in body:
        h = heads.get(a)
        tag = "h3" if h is not None else "p"
        out.append(f'<{tag} class="nv-{"heading" if h is not None else "para"}">'
                   f"{_runs(doc, a, b, marks, abbrs, refs)}</{tag}>")
    if notes:
        out.append('<ol class="nv-footnotes" aria-label="Footnotes">')
        for f in sorted(doc.footnotes):
            out.append(f'<li id="fn-{f.number}" value="{f.number}">{_runs(doc, f.start, f.end, marks, abbrs, [])}'
                       f' <a class="fn-back" href="#fnref-{f.number}" aria-label="back to the text">↩</a></li>')
        out.append("</ol>")
    return Markup("".join(out))
