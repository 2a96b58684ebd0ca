"""Charts as SVG rendered on the server: no JavaScript library, works offline, readable without CSS.

Each function takes plain rows and returns `Markup` holding one `<svg>` with a `<title>`, a
`viewBox` (so it scales to the screen) and one element per data point (`class="point"` or
`class="bar"`, with `data-value`), each with its own `<title>` tooltip. All labels are escaped.
Colours come from the stylesheet through classes; SVG presentation attributes are the fallback.
"""

from __future__ import annotations

import html
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from markupsafe import Markup

from inzet.link.spending import NORMS
from inzet.web.render import money

E = html.escape


@dataclass(frozen=True, slots=True)
class Span:
    """One bar of a timeline: a deployment from `start` to `end` (either may be open)."""

    label: str
    start: date | None
    end: date | None
    tooltip: str
    href: str | None = None
    css: str = ""


def _svg(width: int, height: int, title: str, body: list[str], css: str) -> Markup:
    return Markup(f'<svg class="chart {E(css)}" viewBox="0 0 {width} {height}" role="img" '
                  f'preserveAspectRatio="xMinYMin meet" xmlns="http://www.w3.org/2000/svg">'
                  f"<title>{E(title)}</title>{''.join(body)}</svg>")


def timeline(rows: Sequence[Span], today: date, title: str = "Deployments over time") -> Markup:
    """Horizontal bars on a shared date axis; open ends run to the edge with a faded tip; a line marks today."""
    dated = [r for r in rows if r.start or r.end]
    if not dated:
        return Markup("")
    days = [d for r in dated for d in (r.start, r.end) if d] + [today]
    lo, hi = min(days), max(days)
    lo = date(lo.year, 1, 1)
    hi = date(hi.year + 1, 1, 1)
    label_w, width, row_h, top = 260, 960, 26, 30
    plot_w = width - label_w - 20
    height = top + row_h * len(dated) + 10
    span_days = max(1, (hi - lo).days)

    def x(d: date) -> float:
        return label_w + plot_w * (d - lo).days / span_days

    body: list[str] = []
    for year in range(lo.year, hi.year + 1):
        xx = x(date(year, 1, 1))
        body.append(f'<line class="grid" x1="{xx:.1f}" x2="{xx:.1f}" y1="{top - 6}" y2="{height - 6}" '
                    'stroke="#ccc" stroke-width="1"/>')
        if year < hi.year:
            body.append(f'<text class="axis" x="{xx + 3:.1f}" y="{top - 12}" font-size="12">{year}</text>')
    for i, r in enumerate(dated):
        y = top + i * row_h
        s = x(r.start) if r.start else label_w
        e = x(r.end) if r.end else label_w + plot_w
        e = max(e, s + 4)
        open_cls = (" open-start" if not r.start else "") + (" open-end" if not r.end else "")
        label = r.label if len(r.label) <= 34 else r.label[:33] + "…"
        text = f'<text class="label" x="{label_w - 8}" y="{y + 16}" text-anchor="end" font-size="12">{E(label)}</text>'
        bar = (f'<rect class="bar point {E(r.css)}{open_cls}" x="{s:.1f}" y="{y + 4}" width="{e - s:.1f}" '
               f'height="{row_h - 9}" rx="3" fill="#2b6cb0" data-value="{E(r.tooltip)}">'
               f"<title>{E(r.tooltip)}</title></rect>")
        if r.href:
            bar = f'<a href="{E(r.href)}">{bar}</a>'
        body.append(text + bar)
    tx = x(today)
    body.append(f'<line class="today" x1="{tx:.1f}" x2="{tx:.1f}" y1="{top - 6}" y2="{height - 6}" '
                f'stroke="#c53030" stroke-width="2"><title>today {today.isoformat()}</title></line>')
    return _svg(width, height, title, body, "timeline")


@dataclass(frozen=True, slots=True)
class Segment:
    """One pledge inside an instrument's bar: its amount and the running total after it."""

    value: float
    running: float
    tooltip: str
    href: str | None = None
    flagged: bool = False


def pledge_bars(rows: Sequence[tuple[str, Sequence[Segment], str]], currency: str = "EUR",
                title: str = "Pledges per instrument") -> Markup:
    """One stacked bar per instrument: each pledge a segment in date order, the total at the end.

    `rows` are (instrument, segments, note); a flagged segment (inconsistent with the ledger) is hatched.
    """
    rows = [r for r in rows if r[1]]
    if not rows:
        return Markup("")
    peak = max(sum(s.value for s in segs) for _, segs, _ in rows) or 1.0
    label_w, width, row_h, top = 220, 960, 34, 10
    plot_w = width - label_w - 180
    height = top + row_h * len(rows) + 10
    body: list[str] = []
    for i, (name, segs, note) in enumerate(rows):
        y = top + i * row_h
        body.append(f'<text class="label" x="{label_w - 8}" y="{y + 20}" text-anchor="end" font-size="13">'
                    f"{E(name if len(name) <= 30 else name[:29] + '…')}</text>")
        xx = float(label_w)
        for k, s in enumerate(segs):
            w = max(1.5, plot_w * s.value / peak)
            cls = "bar point" + (" flagged" if s.flagged else "") + (" alt" if k % 2 else "")
            rect = (f'<rect class="{cls}" x="{xx:.1f}" y="{y + 6}" width="{w:.1f}" height="{row_h - 12}" '
                    f'fill="#2f855a" stroke="#fff" stroke-width="1" data-value="{s.value:g}" '
                    f'data-running="{s.running:g}"><title>{E(s.tooltip)}</title></rect>')
            body.append(f'<a href="{E(s.href)}">{rect}</a>' if s.href else rect)
            xx += w
        total = segs[-1].running
        body.append(f'<text class="total" x="{xx + 6:.1f}" y="{y + 21}" font-size="13">'
                    f"{E(money(total, currency))}{(' ' + E(note)) if note else ''}</text>")
    return _svg(width, height, title, body, "pledges")


@dataclass(frozen=True, slots=True)
class Point:
    """A GDP share: the year it is about, the value and whether it is a measurement or a target."""

    year: int
    value: float
    status: str
    tooltip: str
    href: str | None = None


# one dashed line per distinct norm value of the spending ledger's data (`link.spending.NORMS`)
NORM_LINES = tuple(sorted({n.value: f"{n.value:g}% {n.category} ({n.from_year})" for n in reversed(NORMS)}.items()))


def trajectory(points: Sequence[Point], title: str = "Defence spending as a share of GDP") -> Markup:
    """Spending points by year against the NATO norms; actual/estimate joined by a line, targets as rings."""
    pts = [p for p in points if p.year and p.value is not None]
    if not pts:
        return Markup("")
    years = [p.year for p in pts]
    y0, y1 = min([*years, 2014]), max([*years, 2035])
    vmax = max(6.0, max(p.value for p in pts) + 0.5)
    left, width, height, top, bottom = 50, 960, 380, 20, 40
    plot_w, plot_h = width - left - 190, height - top - bottom

    def x(year: float) -> float:
        return left + plot_w * (year - y0) / max(1, y1 - y0)

    def y(v: float) -> float:
        return top + plot_h * (1 - v / vmax)

    body: list[str] = []
    for v in range(0, int(vmax) + 1):
        body.append(f'<line class="grid" x1="{left}" x2="{left + plot_w}" y1="{y(v):.1f}" y2="{y(v):.1f}" '
                    'stroke="#e2e2e2"/>')
        body.append(f'<text class="axis" x="{left - 8}" y="{y(v) + 4:.1f}" text-anchor="end" font-size="12">'
                    f"{v}%</text>")
    step = 1 if y1 - y0 <= 12 else 2 if y1 - y0 <= 24 else 5
    for yr in range(y0, y1 + 1):
        if (yr - y0) % step == 0 or (yr == y1 and (y1 - y0) % step >= max(1, step // 2 + step % 2)):
            body.append(f'<text class="axis" x="{x(yr):.1f}" y="{height - bottom + 18}" text-anchor="middle" '
                        f'font-size="12">{yr}</text>')
    for v, label in NORM_LINES:
        body.append(f'<line class="norm" x1="{left}" x2="{left + plot_w}" y1="{y(v):.1f}" y2="{y(v):.1f}" '
                    f'stroke="#c05621" stroke-dasharray="6 4" stroke-width="1.5"/>'
                    f'<text class="norm-label" x="{left + plot_w + 14}" y="{y(v) + 4:.1f}" font-size="12">'
                    f"{E(label)}</text>")
    measured = sorted((p for p in pts if p.status in ("actual", "estimate")), key=lambda p: p.year)
    if len(measured) > 1:
        by_year: dict[int, float] = {}
        for p in measured:
            by_year[p.year] = max(by_year.get(p.year, 0.0), p.value)
        path = " ".join(f"{'M' if i == 0 else 'L'}{x(yr):.1f},{y(v):.1f}"
                        for i, (yr, v) in enumerate(sorted(by_year.items())))
        body.append(f'<path class="line" d="{path}" fill="none" stroke="#2b6cb0" stroke-width="2"/>')
    for p in pts:
        cls = f"point status-{E(p.status)}"
        fill = "#fff" if p.status in ("target", "legal_minimum") else "#2b6cb0"
        dot = (f'<circle class="{cls}" cx="{x(p.year):.1f}" cy="{y(p.value):.1f}" r="5" fill="{fill}" '
               f'stroke="#2b6cb0" stroke-width="2" data-value="{p.value:g}" data-year="{p.year}">'
               f"<title>{E(p.tooltip)}</title></circle>")
        body.append(f'<a href="{E(p.href)}">{dot}</a>' if p.href else dot)
    return _svg(width, height, title, body, "trajectory")

