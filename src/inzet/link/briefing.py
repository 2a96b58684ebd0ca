"""Debate briefing: what a committee staffer needs before the debate on an annotated agenda (`inzet.briefing/1`).

One object, seven sections, every line linked to its sentence in a letter (`/letters/{id}#s-START-END`,
stored-text offsets, as the letter page reads them):

1. `agenda`     — this agenda's meetings, and its positions and promises, motion-mandated ones first;
2. `last_cycle` — the previous agenda → report pair of the same meeting type: positions not reported,
                  motion-mandated first;
3. `motions`    — motions still `open` (or mandated and awaiting a report), with the last letter citing each;
4. `mandates`   — mandates ending within `horizon` days of the meeting, with the letter that set the end;
                  deployments whose end date changed since the last cycle;
5. `money`      — pledges per instrument new since the previous agenda, running totals, the ledger's flags;
6. `spending`   — GDP shares stated since the previous agenda; restatements, against the norms;
7. `papers`     — Kamerstukken and motions cited for the first time since the previous agenda.

"Since" is the date of the previous agenda of the same meeting type (else of the previous report), or
`since` when given. Each section is a list of `Line`s (text, link, badges, a note); an empty section
carries `none`, the sentence a reader sees instead of an empty heading. The follow-up objects and the
motion list are computed by the caller (`inzet.service_briefing`) and passed in, so this stays pure.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from itertools import pairwise
from typing import Any

from inzet.link import mandates as mandates_mod
from inzet.link import pledges as pledges_mod
from inzet.link import spending as spending_mod
from inzet.link.graph import citation_graph, letter_kst_id, official_url
from inzet.link.motion_tracker import MotionList
from inzet.link.pledges import letter_sort_key, sentence_around

SCHEMA = "inzet.briefing/1"
RULE = "briefing.v1"
HORIZON_DAYS = 180
_MARKER = re.compile(r"\[footnoteRef:\d+\]|\[\d+:[^\]]*\]")


@dataclass(slots=True)
class Line:
    """One line of a section: a quote or label, where it comes from, and short tags."""

    text: str
    href: str | None = None
    letter_id: str | None = None
    letter_date: str | None = None
    span: tuple[int, int] | None = None
    badges: list[str] = field(default_factory=list)
    note: str | None = None
    flag: bool = False                # needs attention (open motion, inconsistent sum, restatement)

    def to_json(self) -> dict[str, Any]:
        return {"text": self.text, "href": self.href, "letter_id": self.letter_id, "letter_date": self.letter_date,
                "span": list(self.span) if self.span else None, "badges": self.badges, "note": self.note,
                "flag": self.flag}


@dataclass(slots=True)
class Section:
    key: str
    title: str
    lines: list[Line]
    none: str                         # shown when `lines` is empty
    intro: str | None = None

    def to_json(self) -> dict[str, Any]:
        return {"key": self.key, "title": self.title, "intro": self.intro, "none": self.none,
                "lines": [x.to_json() for x in self.lines]}


@dataclass(frozen=True, slots=True)
class Cycle:
    """The previous cycle: its agenda and report (letter ids, either may be missing) and the 'since' date."""

    agenda: str | None
    report: str | None
    since: str | None


def href(letter_id: str, span: Sequence[int] | None) -> str:
    """The letter page at a sentence."""
    return f"/letters/{letter_id}#s-{span[0]}-{span[1]}" if span else f"/letters/{letter_id}"


def _quote(text: str | None, span: Sequence[int] | None) -> str:
    if not text or not span:
        return ""
    return " ".join(_MARKER.sub("", text[span[0] : span[1]]).split())


def _types(record: Mapping[str, Any]) -> set[str]:
    return {m.get("type") for m in (record.get("letter") or {}).get("meetings") or [] if m.get("type")}


def _kind(record: Mapping[str, Any]) -> str | None:
    return (record.get("letter") or {}).get("kind")


def _date(record: Mapping[str, Any]) -> str:
    return letter_sort_key(record)[0]


def previous_cycle(records: Sequence[Mapping[str, Any]], agenda_id: str) -> Cycle:
    """The agenda before this one that shares a meeting type, and its report; else the last such report."""
    from inzet.link.followup import pair

    me = next((r for r in records if r["id"] == agenda_id), None)
    if me is None:
        return Cycle(None, None, None)
    types, day = _types(me), _date(me)
    earlier = [r for r in records if r["id"] != agenda_id and _types(r) & types and _date(r) < day]
    agendas = [r for r in earlier if _kind(r) == "agenda"]
    reports = [r for r in records if _kind(r) == "report"]
    if agendas:
        prev = max(agendas, key=letter_sort_key)
        rep = pair((prev.get("letter") or {}).get("meetings") or [],
                   [(r["id"], (r.get("letter") or {}).get("meetings") or []) for r in reports])
        return Cycle(prev["id"], rep, _date(prev) or None)
    prev_reports = [r for r in earlier if _kind(r) == "report"]
    if prev_reports:
        rep = max(prev_reports, key=letter_sort_key)
        return Cycle(None, rep["id"], _date(rep) or None)
    return Cycle(None, None, None)


# ---- sections -----------------------------------------------------------------------------------

def _position_lines(fu: Mapping[str, Any], agenda_id: str, only_not_reported: bool) -> list[Line]:
    out = []
    for p in fu.get("positions", []):
        if only_not_reported and p.get("status") != "not_reported":
            continue
        mo = p.get("motion")
        badges = [p.get("kind") or "position"] + ([p["meeting"]] if p.get("meeting") else [])
        if mo:
            badges.append(f"motion: {mo.get('text') or mo.get('id')}")
        if p.get("status") and not only_not_reported:
            badges.append(p["status"].replace("_", " "))
        out.append(Line(p["text"], href(agenda_id, p["span"]), agenda_id, None, tuple(p["span"]), badges,
                        flag=bool(mo) and p.get("status") != "reported"))
    out.sort(key=lambda x: not any(b.startswith("motion:") for b in x.badges))   # stable: motions first
    return out


def _meeting_text(meetings: Iterable[Mapping[str, Any]]) -> str:
    parts = []
    for m in meetings:
        when = m.get("date_start") or "date not stated"
        if m.get("date_end") and m.get("date_end") != m.get("date_start"):
            when += f" – {m['date_end']}"
        parts.append(f"{m.get('type')} {when}" + (f", {m['location']}" if m.get("location") else ""))
    return "; ".join(parts)


def _agenda_section(rec: Mapping[str, Any], fu: Mapping[str, Any]) -> Section:
    lines = []
    for m in (rec.get("letter") or {}).get("meetings") or []:
        lines.append(Line(_meeting_text([m]), href(rec["id"], m.get("span")), rec["id"], _date(rec),
                          tuple(m["span"]) if m.get("span") else None, ["meeting"]))
    lines += _position_lines(fu, rec["id"], only_not_reported=False)
    rep = fu.get("report_id")
    intro = ("Its report is stored: each position shows whether the report says it was done."
             if rep else "No report of these meetings is stored yet.")
    return Section("agenda", "This agenda", lines, "The agenda names no meetings and states no positions.", intro)


def _last_cycle_section(cycle: Cycle, fu_prev: Mapping[str, Any] | None, dates: Mapping[str, str]) -> Section:
    title = "Last cycle: positions not reported"
    if cycle.agenda is None:
        why = ("No earlier agenda of these meetings is stored" +
               (" (only its report), so its positions cannot be followed up." if cycle.report else "."))
        return Section("last_cycle", title, [], f"none — {why}")
    if not cycle.report or not fu_prev:
        return Section("last_cycle", title, [], "none — the previous agenda's report is not stored.",
                       f"Previous agenda of {dates.get(cycle.agenda) or '?'}.")
    lines = _position_lines(fu_prev, cycle.agenda, only_not_reported=True)
    return Section("last_cycle", title, lines, "none — the report covers every position of the previous agenda.",
                   f"Previous agenda of {dates.get(cycle.agenda) or '?'} and its report of "
                   f"{dates.get(cycle.report) or '?'}.")


def _motion_section(motions: MotionList) -> Section:
    lines = []
    for m in motions.filter(["open", "mandated"]).motions:
        tk = m.tk or {}
        vote = f"Kamer: {tk['besluit']} {tk.get('date') or ''}".strip() if tk.get("besluit") else None
        badges = [m.status, m.label] + ([vote] if vote else [])
        last = m.last
        if last is not None:
            note = f"last cited: {last.letter_kind or 'letter'} of {last.letter_date or '?'} ({last.classification})"
            lines.append(Line(last.text, href(last.letter_id, last.span.to_json()), last.letter_id, last.letter_date,
                              (last.span.start, last.span.end), badges, note, flag=m.status == "open"))
        else:
            lines.append(Line(tk.get("onderwerp") or m.label, official_url(m.id) if m.id else None, None,
                              tk.get("date"), None, badges, "adopted by the Kamer; no stored letter cites it",
                              flag=True))
    return Section("motions", "Motions still open", lines, "none — every cited motion is reported or answered.")


def _mandate_section(records: Sequence[Mapping[str, Any]], texts: Mapping[str, str], ref: date, horizon: int,
                     since: str | None) -> Section:
    reg = mandates_mod.register(records)
    lines = []
    for e in reg.expiring(timedelta(days=horizon), ref):
        m = e.end_mention or e.history[-1]
        sent = sentence_around(texts.get(m.letter_id, ""), m.span) if m.span else None
        lines.append(Line(f"{e.title}: ends {e.current_end}", href(m.letter_id, sent), m.letter_id, m.letter_date,
                          sent, ["ending", f"{(e.end_date - ref).days} days after the meeting"] if e.end_date else
                          ["ending"], f"end date set by the letter of {m.letter_date or '?'}: "
                          f"“{_quote(texts.get(m.letter_id), sent)}”"))
    for e in reg.entries:
        ends = [(m, m.end) for m in e.history if m.end]
        for (before, old), (after, new) in pairwise(ends):
            if old != new and (since is None or (after.letter_date or "") > since):
                sent = sentence_around(texts.get(after.letter_id, ""), after.span) if after.span else None
                lines.append(Line(f"{e.title}: end {old} → {new}", href(after.letter_id, sent), after.letter_id,
                                  after.letter_date, sent, ["end changed"],
                                  f"was {old} (letter of {before.letter_date or '?'}); "
                                  f"“{_quote(texts.get(after.letter_id), sent)}”", flag=True))
    return Section("mandates", "Mandates", lines,
                   f"none — no mandate ends within {horizon} days of {ref.isoformat()} and no end date changed.",
                   f"Ending within {horizon} days of the meeting on {ref.isoformat()}; end dates changed since the "
                   "last cycle.")


def _money_section(records: Sequence[Mapping[str, Any]], texts: Mapping[str, str], since: str | None) -> Section:
    led = pledges_mod.ledger(records, texts)
    lines = []
    for inst in led.instruments.values():
        new = [i for i in inst.items if i.kind == "pledge" and i.counted
               and (since is None or (i.letter_date or "") > since)]
        for i in new:
            sent = i.sentence_span or i.span
            lines.append(Line(_quote(texts.get(i.letter_id), sent) or i.display, href(i.letter_id, sent), i.letter_id,
                              i.letter_date, sent, [inst.label, "new pledge", i.display]))
        if new:
            for cur, t in inst.totals.items():
                if not t.pledged:
                    continue
                said = f"; the letters state {pledges_mod.format_amount(t.stated_total, cur)}" if t.stated_total else ""
                last = new[-1]
                lines.append(Line(f"{inst.label}: running total {pledges_mod.format_amount(t.pledged, cur)}{said}",
                                  href(last.letter_id, last.sentence_span or last.span), last.letter_id,
                                  last.letter_date, last.sentence_span or last.span, [inst.label, "total"]))
    keys = {i.key: i for i in led.items}
    labels = {k: inst.label for k, inst in led.instruments.items()}
    for c in led.checks:
        item = keys.get(c.items[-1]) if c.items else None
        sent = (item.sentence_span or item.span) if item else None
        lines.append(Line(c.text, href(c.letter_id, sent), c.letter_id, c.letter_date, sent,
                          [labels.get(c.instrument, c.instrument), f"check: {c.status.replace('_', ' ')}"],
                          flag=c.status != "consistent"))
    return Section("money", "Money", lines, "none — no pledge since the previous agenda and no ledger check.",
                   f"Pledges since {since or 'the first letter'}, running totals, and every consistency check.")


def _spending_section(records: Sequence[Mapping[str, Any]], texts: Mapping[str, str], since: str | None) -> Section:
    traj = spending_mod.trajectory(records, texts)
    lines = []
    gaps = {(g.point.letter_id, g.point.index): g for g in traj.gaps}
    for s in traj.series.values():
        for pts in s.points.values():
            for p in pts:
                if since is not None and (p.letter_date or "") <= since:
                    continue
                sent = sentence_around(texts.get(p.letter_id, ""), p.span) if p.span else None
                g = gaps.get((p.letter_id, p.index))
                lines.append(Line(_quote(texts.get(p.letter_id), sent) or (p.text or ""), href(p.letter_id, sent),
                                  p.letter_id, p.letter_date, sent,
                                  [f"{spending_mod.pct(p.value)} {p.year or ''}".strip(), p.category,
                                   p.status or "?"], g.text if g else None))
    for r in traj.restatements:
        if since is not None and (r.after.letter_date or "") <= since:
            continue
        sent = sentence_around(texts.get(r.after.letter_id, ""), r.after.span) if r.after.span else None
        g = gaps.get((r.after.letter_id, r.after.index))
        lines.append(Line(r.text, href(r.after.letter_id, sent), r.after.letter_id, r.after.letter_date, sent,
                          ["restated"], g.text if g else None, flag=True))
    return Section("spending", "Spending", lines, "none — no GDP share stated since the previous agenda.",
                   "Norms: " + "; ".join(f"{n.label}" for n in traj.norms) if traj.norms else None)


def _papers_section(records: Sequence[Mapping[str, Any]], texts: Mapping[str, str], since: str | None) -> Section:
    g = citation_graph(records)
    contexts = {(r["id"], tuple(c["span"])): c.get("context") for r in records for c in r.get("citations") or []
                if c.get("span")}
    first: dict[str, Any] = {}
    own = {letter_kst_id(r) for r in records}
    for e in sorted(g.edges, key=lambda e: (e.letter_date or "", e.letter_id, e.span or (0, 0))):
        if e.kind in ("kamerstuk", "motion") and e.cited not in own:
            first.setdefault(e.cited, e)
    lines = []
    for cited, e in first.items():
        if since is not None and (e.letter_date or "") <= since:
            continue
        ctx = contexts.get((e.letter_id, tuple(e.span or ())))    # the sentence or footnote it stands in
        sent = tuple(ctx) if ctx else (sentence_around(texts.get(e.letter_id, ""), e.span) if e.span else None)
        lines.append(Line(_quote(texts.get(e.letter_id), sent) or (e.text or cited), href(e.letter_id, sent),
                          e.letter_id, e.letter_date, sent, [e.kind, cited], e.url or official_url(cited)))
    return Section("papers", "Papers cited for the first time", lines,
                   "none — no Kamerstuk or motion is cited for the first time since the previous agenda.")


def briefing(records: Sequence[Mapping[str, Any]], texts: Mapping[str, str], agenda_id: str,
             followup_now: Mapping[str, Any], followup_prev: Mapping[str, Any] | None, motions: MotionList,
             cycle: Cycle, since: str | None = None, horizon: int = HORIZON_DAYS) -> dict[str, Any]:
    """The `inzet.briefing/1` object of one agenda (see the module docstring for the sections)."""
    rec = next(r for r in records if r["id"] == agenda_id)
    letter = rec.get("letter") or {}
    since = since or cycle.since
    starts = sorted(m["date_start"] for m in letter.get("meetings") or [] if m.get("date_start"))
    ref = date.fromisoformat(starts[0] if starts else (letter.get("date") or date.today().isoformat()))
    sections = [
        _agenda_section(rec, followup_now),
        _last_cycle_section(cycle, followup_prev, {r["id"]: _date(r) for r in records}),
        _motion_section(motions),
        _mandate_section(records, texts, ref, horizon, since),
        _money_section(records, texts, since),
        _spending_section(records, texts, since),
        _papers_section(records, texts, since),
    ]
    return {"schema": SCHEMA, "rule": RULE,
            "agenda": {"id": agenda_id, "date": letter.get("date"), "subject": letter.get("subject"),
                       "source": rec.get("source"), "meetings": _meeting_text(letter.get("meetings") or []),
                       "href": href(agenda_id, None), "report": followup_now.get("report_id")},
            "previous": {"agenda": cycle.agenda, "report": cycle.report},
            "since": since, "meeting_date": ref.isoformat(), "horizon_days": horizon,
            "sections": [s.to_json() for s in sections]}


def _md_escape(s: str) -> str:
    return re.sub(r"([\\`*_\[\]<>|])", r"\\\1", s)


def to_markdown(obj: Mapping[str, Any], base: str = "") -> str:
    """The briefing as Markdown: the same sections and lines, each line linked (`base` + the letter-page link)."""
    a = obj["agenda"]
    out = [f"# Briefing: {_md_escape(a.get('subject') or a.get('source') or a['id'])}", "",
           f"Agenda of {a.get('date') or 'unknown date'} ({base}{a['href']}) · meetings: {a.get('meetings') or '–'}"
           f" · since {obj.get('since') or 'the first letter'} · mandates within {obj['horizon_days']} days of "
           f"{obj['meeting_date']}", ""]
    for n, s in enumerate(obj["sections"], 1):
        out += [f"## {n}. {s['title']}", ""]
        if s.get("intro"):
            out += [_md_escape(s["intro"]), ""]
        if not s["lines"]:
            out += [f"_{_md_escape(s['none'])}_", ""]
            continue
        for x in s["lines"]:
            tags = " ".join(f"`{b}`" for b in x["badges"])
            link = f" [→]({x['href'] if x['href'].startswith('http') else base + x['href']})" if x.get("href") else ""
            when = f" ({x['letter_date']})" if x.get("letter_date") else ""
            flag = "**!** " if x.get("flag") else ""
            out.append(f"- {flag}{tags} {_md_escape(x['text'])}{when}{link}".replace("  ", " "))
            if x.get("note"):
                out.append(f"  - {_md_escape(x['note'])}")
        out.append("")
    return "\n".join(out)
