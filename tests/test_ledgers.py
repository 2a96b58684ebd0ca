"""Cross-letter ledgers: pledges, mandates, spending, citation graph and glossary.

Golden tests run on the shared sample agenda (004) and report (003): their gold objects with spans
located in the letters' text. Edge cases use small invented records written here.
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
import re
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from icalendar import Calendar

from conftest import CORPUS, GOLD, read_letter
from inzet.link import graph, mandates, pledges, spending
from inzet.link.pledges import format_amount, ledger, normalise_instrument

AGENDA, REPORT = "004_3bc00135a66a1b8e", "003_be01b2110d716345"


# ---------------------------------------------------------------------------------------------------------------
# fixtures: gold objects with spans found in the real letters


def _amount_pattern(a: dict[str, Any]) -> re.Pattern[str]:
    v = a["value"]
    if v >= 1e9:
        num, scale = f"{v / 1e9:g}".replace(".", ","), r"\s*(?:miljard|mld\.?)"
    elif v >= 1e6:
        num, scale = f"{v / 1e6:g}".replace(".", ","), r"\s*(?:miljoen|mln\.?)"
    else:
        num, scale = f"{int(v):,}".replace(",", "."), ""
    cur = {"EUR": r"(?:€|EUR)", "USD": r"(?:USD|\$)"}[a["currency"]]
    return re.compile(cur + r"\s*" + re.escape(num) + scale)


def _with_spans(text: str, facts: list[dict[str, Any]], pattern) -> list[dict[str, Any]]:
    """Gold facts carry no spans: find each in text order, as the extractor would have."""
    out, pos = [], 0
    for f in facts:
        rx = pattern(f)
        m = rx.search(text, pos) or rx.search(text)
        assert m, f"cannot find {f} in the letter"
        out.append(dict(f, text=m.group(0), span=[m.start(), m.end()]))
        pos = m.end()
    return out


def _gdp_pattern(g: dict[str, Any]) -> re.Pattern[str]:
    return re.compile(re.escape(f"{g['value']:g}".replace(".", ",")) + "%")


def _sample(stem: str) -> tuple[dict[str, Any], str]:
    text = read_letter(CORPUS / f"{stem}.txt")
    rec = json.loads((GOLD / f"{stem}.json").read_text(encoding="utf-8"))
    rec["id"] = hashlib.sha256(text.encode("utf-8")).hexdigest()
    rec["amounts"] = _with_spans(text, rec["amounts"], _amount_pattern)
    rec["gdp_shares"] = _with_spans(text, rec["gdp_shares"], _gdp_pattern)
    return rec, text


@pytest.fixture(scope="module")
def samples() -> tuple[list[dict[str, Any]], dict[str, str]]:
    recs, texts = [], {}
    for stem in (REPORT, AGENDA):          # deliberately not in date order
        rec, text = _sample(stem)
        recs.append(rec)
        texts[rec["id"]] = text
    return recs, texts


def letter(rid: str, day: str | None, text: str = "", *, amounts=(), gdp=(), deployments=(), citations=(),
           acronyms=(), kamerstuk=None, kind: str = "other") -> tuple[dict[str, Any], str]:
    """An invented record: facts are given with the substring (`needle`) their span points at."""

    def spanned(needle: str, **fact: Any) -> dict[str, Any]:
        i = text.index(needle)
        return dict(fact, text=needle, span=[i, i + len(needle)])

    rec = {"id": rid, "source": f"{rid}.txt",
           "letter": {"date": day, "kind": kind, "kamerstuk": kamerstuk, "meetings": []},
           "amounts": [spanned(n, value=v, currency=c, purpose=p, qualifier=q, ukraine=True)
                       for n, v, c, p, q in amounts],
           "gdp_shares": [spanned(n, **g) for n, g in gdp],
           "deployments": [dict(d) for d in deployments],
           "citations": [spanned(n, kind=k, id=i) for n, k, i in citations],
           "acronyms": [spanned(n, short=s, long=long) for n, s, long in acronyms]}
    return rec, text


# ---------------------------------------------------------------------------------------------------------------
# pledges


@pytest.mark.parametrize(("purpose", "expected"), [
    ("PURL", ("purl", "PURL")),
    ("Prioritised Ukraine Requirements List", ("purl", "PURL")),
    ("CURL", ("curl", "CURL")),
    ("Ukraine Support Loan", ("ukraine-support-loan", "Ukraine Support Loan")),
    ("luchtverdediging", ("air-defence", "luchtverdediging / air defence")),
    ("drones", ("drones", "drones")),
    ("training Oekraïense militairen", ("training", "training")),
    ("militaire steun 2025", ("military-support", "militaire steun")),
    ("mijnenbestrijding 2026", ("mijnenbestrijding", "mijnenbestrijding")),
    (None, ("unspecified", "unspecified")),
])
def test_instrument_names_are_normalised(purpose, expected):
    assert normalise_instrument(purpose) == expected


@pytest.mark.parametrize(("value", "currency", "computed", "expected"), [
    (750e6, "EUR", False, "€750 miljoen"), (1e9, "EUR", True, "€1,0 miljard"), (1e9, "EUR", False, "€1 miljard"),
    (21.4e9, "EUR", False, "€21,4 miljard"), (107e6, "USD", False, "USD 107 miljoen"),
    (345000, "EUR", False, "€345.000"), (1.25e6, "EUR", False, "€1,25 miljoen"),
])
def test_amounts_are_written_the_dutch_way(value, currency, computed, expected):
    assert format_amount(value, currency, computed) == expected


def test_sample_ledger_classifies_from_the_sentence(samples):
    recs, texts = samples
    led = ledger(recs, texts)
    for item in led.items:                       # every item traces back to its sentence
        assert texts[item.letter_id][item.span[0]:item.span[1]] == item.text
        assert item.sentence and item.text in item.sentence
    purl = led.filter("PURL")
    assert list(purl.instruments) == ["purl"]
    items = purl.items
    assert [i.letter_date for i in items] == sorted(i.letter_date for i in items)
    pledged = [i for i in items if i.kind == "pledge"]
    assert [(i.value, i.year, i.counted) for i in pledged] == [(750e6, 2025, True), (750e6, 2025, False)]
    remainder = next(i for i in items if i.kind == "remainder" and i.currency == "EUR")
    assert remainder.value == 90e6 and remainder.of == pledged[1].key
    assert purl.instruments["purl"].totals["EUR"].pledged == 750e6
    assert purl.instruments["purl"].totals["EUR"].remainder == 90e6
    assert "USD" in purl.instruments["purl"].totals                 # never converted
    assert next(i for i in items if i.currency == "USD" and i.value == 500e6).kind == "joint"
    checks = {c.text: c.status for c in purl.checks}
    assert checks["remainder €90 miljoen of €750 miljoen (2025): €660 miljoen used before"] == "consistent"

    klaver = led.filter("motie Klaver")          # a motion, not an instrument: its items under what they finance
    assert "motie-klaver" not in led.instruments and list(klaver.instruments) == ["military-support"]
    asked = next(i for i in klaver.items if i.kind == "requested")
    assert asked.value == 2e9 and asked.motion == "motie Klaver" and not asked.counted
    assert [i.key for i in led.requested] == [asked.key]
    realised = next(i for i in klaver.items if i.kind == "realised")
    assert realised.value == 700e6 and realised.year == 2025 and realised.of == asked.key
    assert [c.text for c in klaver.checks] == ["realised €700 miljoen of €2 miljard: €1,3 miljard still to be realised"]
    support = led.filter("militaire steun")
    assert [(i.kind, i.qualifier, i.value) for i in support.items] == [
        ("requested", None, 2e9), ("realised", None, 700e6), ("realised", "more_than", 5e9)]
    assert support.instruments["military-support"].totals["EUR"].pledged == 0
    assert support.instruments["military-support"].totals["EUR"].requested == 2e9
    assert not any(i.kind == "pledge" and i.motion for i in led.items)
    assert all(i.kind == "mention" for i in led.filter("SETWISE").items)     # estimated costs, not a pledge


def test_without_texts_nothing_is_guessed(samples):
    recs, _ = samples
    led = ledger(recs)
    assert {i.kind for i in led.items} == {"mention"}
    assert not led.checks


def _pledge_letters(second: str, needles: list[tuple[str, float, str | None]]):
    a, ta = letter("a", "2025-06-10", "In 2025 heeft Nederland €750 miljoen toegezegd aan PURL.",
                   amounts=[("€750 miljoen", 750e6, "EUR", "PURL", None)])
    b, tb = letter("b", "2026-02-01", second,
                   amounts=[(n, v, "EUR", "PURL", q) for n, v, q in needles])
    return [b, a], {"a": ta, "b": tb}


def test_circa_total_that_adds_up():
    recs, texts = _pledge_letters(
        "Nederland zegt nu €250 miljoen toe. Daarmee heeft Nederland in totaal circa €1 miljard aan PURL bijgedragen.",
        [("€250 miljoen", 250e6, None), ("€1 miljard", 1e9, "approx")])
    led = ledger(recs, texts)
    (check,) = led.checks
    assert check.status == "consistent"
    assert check.text == ("€750 miljoen (2025) + €250 miljoen = €1,0 miljard; "
                          "the letter says circa €1 miljard: consistent")
    assert check.items == ["a#0", "b#0", "b#1"]
    totals = led.instruments["purl"].totals["EUR"]
    assert (totals.pledged, totals.stated_total) == (1e9, 1e9)
    assert [i.running_pledged for i in led.items] == [750e6, 1e9, 1e9]


def test_circa_total_that_does_not_add_up():
    recs, texts = _pledge_letters(
        "Nederland zegt nu €500 miljoen toe. "
        "De Nederlandse bijdrage aan PURL komt daarmee in totaal op circa €1 miljard.",
        [("€500 miljoen", 500e6, None), ("€1 miljard", 1e9, "approx")])
    (check,) = ledger(recs, texts).checks
    assert check.status == "inconsistent"
    assert check.text.startswith("€750 miljoen (2025) + €500 miljoen = €1,25 miljard; "
                                 "the letter says circa €1 miljard: inconsistent")


def test_remainder_within_one_sentence_and_one_larger_than_its_whole():
    recs, texts = _pledge_letters(
        "Nederland maakt het resterende bedrag van €100 miljoen van de toegezegde €750 miljoen over aan PURL. "
        "Voor drones is het resterende bedrag van €900 miljoen van de reeds toegezegde €750 miljoen beschikbaar.",
        [("€100 miljoen", 100e6, None), ("€750 miljoen", 750e6, None), ("€900 miljoen", 900e6, None)])
    second = texts["b"].rindex("€750 miljoen")
    recs[0]["amounts"].append(dict(recs[0]["amounts"][1], span=[second, second + len("€750 miljoen")]))
    led = ledger(recs, texts)
    kinds = [(i.kind, i.value, i.counted) for i in led.items]
    assert kinds == [("pledge", 750e6, True), ("remainder", 100e6, False), ("pledge", 750e6, False),
                     ("remainder", 900e6, False), ("pledge", 750e6, False)]
    statuses = {c.text: c.status for c in led.checks}
    assert statuses == {"remainder €100 miljoen of €750 miljoen (2025): €650 miljoen used before": "consistent",
                        "remainder €900 miljoen of €750 miljoen (2025): the part is larger than the whole":
                            "inconsistent"}


# a motion is not an instrument: what a motion asks for is requested, filed under what it would finance

def test_a_sum_a_motion_asks_for_is_requested_with_the_motion_linked():
    rec, text = letter("m", "2026-03-01",
                       "Met de motie-Jansen[footnoteRef:1] heeft uw Kamer de regering verzocht €300 miljoen extra "
                       "beschikbaar te stellen voor drones. Hiervan is reeds €100 miljoen uitgegeven. "
                       "[1:  Motie-Jansen, Kamerstuk 36 045, nr. 12]",
                       amounts=[("€300 miljoen", 300e6, "EUR", "motie Jansen", None),
                                ("€100 miljoen", 100e6, "EUR", "motie Jansen", None)],
                       citations=[("Kamerstuk 36 045, nr. 12", "motion", "kst-36045-12")])
    led = ledger([rec], {"m": text})
    asked, spent = led.items
    assert (asked.kind, asked.instrument, asked.motion, asked.motion_id) == (
        "requested", "drones", "motie Jansen", "kst-36045-12")
    assert asked.cue == "verzocht" and not asked.counted and asked.running_pledged == 0
    assert (spent.kind, spent.of, spent.instrument, spent.motion_id) == (
        "realised", asked.key, "drones", "kst-36045-12")
    assert led.instruments["drones"].totals["EUR"].requested == 300e6
    assert led.instruments["drones"].totals["EUR"].pledged == 0
    assert [c.text for c in led.checks] == ["realised €100 miljoen of €300 miljoen: €200 miljoen still to be realised"]
    out = led.to_json()
    assert [(r["key"], r["motion"], r["parts"]) for r in out["requested"]] == [(asked.key, "motie Jansen", [spent.key])]
    assert led.filter("motie-Jansen").items == [asked, spent] == led.filter("kst-36045-12").items


def test_a_motion_named_in_the_sentence_asks_for_a_sum_for_an_instrument():
    rec, text = letter("v", "2026-03-01",
                       "De motie van het lid De Vries verzoekt de regering €100 miljoen bij te dragen aan PURL.",
                       amounts=[("€100 miljoen", 100e6, "EUR", "PURL", None)],
                       kamerstuk={"dossiers": ["21501-28"], "number": 300})
    [item] = ledger([rec], {"v": text}).items
    assert (item.kind, item.instrument, item.motion, item.motion_id) == (
        "requested", "purl", "motie De Vries", "motie-de-vries-21501-28")


def test_the_cabinet_paying_what_a_motion_asked_is_a_pledge_with_the_motion_linked():
    rec, text = letter("c", "2026-03-01", "Conform de motie-Van Campen draagt Nederland €20 miljoen bij aan "
                       "luchtverdediging.", amounts=[("€20 miljoen", 20e6, "EUR", "motie Van Campen", None)])
    [item] = ledger([rec], {"c": text}).items
    assert (item.kind, item.instrument, item.motion, item.counted) == (
        "pledge", "air-defence", "motie Van Campen", True)


def test_a_request_without_a_named_instrument_is_counted_once_and_never_pledged():
    text = "Via de motie Klaver heeft uw Kamer opgeroepen €2 miljard additioneel beschikbaar te stellen."
    a, ta = letter("a", "2026-01-10", text, amounts=[("€2 miljard", 2e9, "EUR", "motie Klaver", None)])
    b, tb = letter("b", "2026-02-10", text, amounts=[("€2 miljard", 2e9, "EUR", "motie Klaver", None)])
    led = ledger([b, a], {"a": ta, "b": tb})
    assert list(led.instruments) == ["unspecified"]
    assert [i.kind for i in led.items] == ["requested", "requested"]
    assert led.instruments["unspecified"].totals["EUR"].requested == 2e9
    assert led.instruments["unspecified"].totals["EUR"].pledged == 0
    assert {i.motion_id for i in led.items} == {"motie-klaver"}
    assert ledger([a]).items[0].kind == "mention"            # without its text nothing is guessed
    row = next(csv.DictReader(io.StringIO(led.to_csv())))
    assert (row["kind"], row["motion"], row["motion_id"]) == ("requested", "motie Klaver", "motie-klaver")


def test_csv_has_a_header_and_one_row_per_item(samples):
    recs, texts = samples
    led = ledger(recs, texts)
    rows = list(csv.reader(io.StringIO(led.to_csv())))
    assert tuple(rows[0]) == pledges.CSV_FIELDS
    assert len(rows) - 1 == len(led.items)
    purl_rows = list(csv.DictReader(io.StringIO(led.filter("purl").to_csv())))
    assert {r["instrument"] for r in purl_rows} == {"purl"}
    json.dumps(led.to_json())                     # plain data


# ---------------------------------------------------------------------------------------------------------------
# mandates


def test_sample_mq9_agenda_and_report_are_one_deployment(samples):
    recs, _ = samples
    reg = mandates.register(recs)
    (mq9,) = reg.find("MQ-9")
    assert [(m.letter_date, m.action, m.end) for m in mq9.history] == [
        ("2026-01-29", "status", "2026-03-31"), ("2026-03-04", "extension", "2026-09-30")]
    assert mq9.current_end == "2026-09-30" and mq9.countries == ["NL", "RO"]
    titles = {e.title for e in reg.entries}
    assert {"MRTT-bijdrage voor NSATU", "Operation SETWISE", "OPKI-trainingen VN"} <= titles
    assert len(reg.entries) == 4
    json.dumps(reg.to_json())


def _dep(title: str, action: str, end: str | None, countries=("PL",), start=None, unit=None) -> dict[str, Any]:
    return {"title": title, "countries": list(countries), "unit": unit, "action": action, "start": start, "end": end,
            "personnel_max": None, "cost_eur": None, "funding": "BIV", "text": f"{title} tot {end}", "span": [0, 10]}


@pytest.fixture()
def three_letters() -> list[dict[str, Any]]:
    one, _ = letter("l1", "2025-01-15", deployments=[
        _dep("Patriot-eenheid in Polen", "new", "2025-06-30", start="2025-02"),
        _dep("F-35 Air Policing Polen", "new", "2025-12", start="2025-03-01")])
    two, _ = letter("l2", "2025-06-01", deployments=[_dep("Verlenging inzet Patriot-systemen Rzeszów", "extension",
                                                         "2025-12-31")])
    three, _ = letter("l3", "2025-12-01", deployments=[_dep("Nederlandse Patriot-bijdrage", "extension", "2026-06-30",
                                                           unit="een Patriot-eenheid"),
                                                      _dep("EUFOR Althea stafofficieren", "status", "2026",
                                                           countries=("BA",))])
    return [three, one, two]


def test_two_extensions_across_three_letters_are_one_entry(three_letters):
    reg = mandates.register(three_letters)
    (patriot,) = reg.find("Patriot")
    assert [m.letter_id for m in patriot.history] == ["l1", "l2", "l3"]
    assert [m.action for m in patriot.history] == ["new", "extension", "extension"]
    assert patriot.current_end == "2026-06-30" and patriot.end_date == date(2026, 6, 30)
    assert patriot.key == mandates.register(three_letters).find("Patriot")[0].key      # from content
    assert len(reg.entries) == 3                                                         # F-35 stays apart


def test_active_and_expiring(three_letters):
    reg = mandates.register(three_letters)
    titles = lambda es: [e.title for e in es]  # noqa: E731
    assert titles(reg.active_on(date(2025, 1, 20))) == ["EUFOR Althea stafofficieren"]   # before both starts
    assert titles(reg.active_on(date(2025, 12, 31))) == ["Nederlandse Patriot-bijdrage", "F-35 Air Policing Polen",
                                                         "EUFOR Althea stafofficieren"]
    assert titles(reg.active_on(date(2026, 1, 1))) == ["Nederlandse Patriot-bijdrage", "EUFOR Althea stafofficieren"]
    # "2025-12" ends on 31 December, shown as written
    f35 = reg.find("F-35")[0]
    assert (f35.current_end, f35.end_date) == ("2025-12", date(2025, 12, 31))
    assert titles(reg.expiring(timedelta(days=90), today=date(2025, 10, 2))) == ["F-35 Air Policing Polen"]
    assert titles(reg.expiring(timedelta(days=90), today=date(2025, 10, 1))) == []
    assert titles(reg.expiring(timedelta(days=90), today=date(2026, 4, 15))) == ["Nederlandse Patriot-bijdrage"]
    assert titles(reg.expiring(timedelta(days=365), today=date(2026, 4, 15))) == [
        "Nederlandse Patriot-bijdrage", "EUFOR Althea stafofficieren"]


@pytest.mark.parametrize(("value", "start", "end"), [
    ("2026-10", date(2026, 10, 1), date(2026, 10, 31)), ("2028", date(2028, 1, 1), date(2028, 12, 31)),
    ("2024-02", date(2024, 2, 1), date(2024, 2, 29)), ("2026-09-30", date(2026, 9, 30), date(2026, 9, 30)),
    ("eind 2026", None, None), (None, None, None)])
def test_partial_dates(value, start, end):
    assert (mandates.period_start(value), mandates.period_end(value)) == (start, end)


def test_ics_round_trip(three_letters):
    reg = mandates.register(three_letters)
    data = mandates.to_ics(reg)
    assert data == mandates.to_ics(mandates.register(list(reversed(three_letters))))   # reproducible
    cal = Calendar.from_ical(data)
    events = [c for c in cal.walk("VEVENT")]
    assert len(events) == 3
    by_uid = {str(e["UID"]): e for e in events}
    patriot = reg.find("Patriot")[0]
    ev = by_uid[f"{patriot.key}@inzet"]
    assert ev.decoded("DTSTART") == date(2026, 6, 30)
    assert ev.decoded("DTEND") == date(2026, 7, 1)
    assert "Nederlandse Patriot-bijdrage" in str(ev["SUMMARY"])
    description = str(ev["DESCRIPTION"])
    assert "l3.txt" in description and "Nederlandse Patriot-bijdrage tot 2026-06-30" in description
    assert int(ev["SEQUENCE"]) == 2
    f35 = by_uid[f"{reg.find('F-35')[0].key}@inzet"]
    assert f35.decoded("DTSTART") == date(2025, 12, 31) and "einde 2025-12" in str(f35["SUMMARY"])


# ---------------------------------------------------------------------------------------------------------------
# spending


def test_two_figures_of_one_letter_are_not_a_restatement(samples):
    recs, texts = samples
    traj = spending.trajectory(recs, texts)
    # the agenda gives 1,79% and 1,8% (excl.) and 2,19% and 2,28% (incl.) for one year: its own figures
    pts = traj.series[("defence", "national", "excl")].points
    assert any({1.79, 1.8} <= {p.value for p in v} and len({p.letter_id for p in v}) == 1 for v in pts.values())
    assert not [r for r in traj.restatements if r.before.letter_id == r.after.letter_id]
    series = traj.series[("defence", None, None)]
    assert [p.value for p in series.points[2035]] == [3.5, 3.5]          # agenda and report agree
    for s in traj.series.values():
        for pts in s.points.values():
            for p in pts:
                assert texts[p.letter_id][p.span[0]:p.span[1]] == p.text
    json.dumps(traj.to_json())


def test_restated_figure_in_a_later_letter():
    a, _ = letter("a", "2025-09-16", "Naar verwachting 1,79% van het bbp in 2025.",
                  gdp=[("1,79%", {"year": 2025, "value": 1.79, "category": "defence", "basis": "national",
                                  "ukraine": "excl", "status": "estimate"})])
    b, _ = letter("b", "2026-05-20", "In 2025 gaf Nederland 1,8% van het bbp uit.",
                  gdp=[("1,8%", {"year": 2025, "value": 1.8, "category": "defence", "basis": "national",
                                 "ukraine": "excl", "status": "actual"})])
    traj = spending.trajectory([b, a])
    (r,) = traj.restatements
    assert (r.before.letter_id, r.after.letter_id, r.delta, r.same_letter) == ("a", "b", 0.01, False)
    assert r.text == ("2025 defence (national, excl. Oekraïne): 1,79% (national method; “1,79%” in Letter of "
                      "2025-09-16) → 1,8% (national method; “1,8%” in Letter of 2026-05-20): +0,01 procentpunt")
    assert "a.txt" not in json.dumps(traj.to_json())           # letters are named, never by their path
    assert traj.series[("defence", "national", "excl")].latest(2025).value == 1.8
    floor = [g for g in traj.gaps if g.norm.id == "floor-2pct"]
    assert [round(g.gap, 2) for g in floor] == [-0.21, -0.2]


def test_norms_as_data():
    by_id = {n.id: n for n in spending.NORMS}
    assert by_id["hague-core-3.5pct"].value + by_id["hague-related-1.5pct"].value == by_id["hague-total-5pct"].value
    assert all(n.applies(2035) for n in spending.NORMS if n.id.startswith("hague"))
    assert by_id["floor-2pct"].applies(2030) and not by_id["floor-2pct"].applies(2013)


# ---------------------------------------------------------------------------------------------------------------
# citation graph and glossary


def test_graph_resolves_a_citation_to_a_letter_in_the_set(samples):
    recs, _ = samples
    report = next(r for r in recs if r["letter"]["kind"] == "report")
    assert graph.letter_kst_id(report) == "kst-21501-28-299"
    later, _ = letter("later", "2026-04-01", "Zie het verslag (Kamerstuk 21 501-28, nr. 299) en www.defensie.nl.",
                      citations=[("Kamerstuk 21 501-28, nr. 299", "kamerstuk", "kst-21501-28-299"),
                                 ("www.defensie.nl", "url", "www.defensie.nl")])
    g = graph.citation_graph([*recs, later])
    (edge,) = g.cited_by["kst-21501-28-299"]
    assert edge.letter_id == "later" and edge.resolved == report["id"]
    assert edge.url == "https://zoek.officielebekendmakingen.nl/kst-21501-28-299.html"
    assert g.cited_by_letter(report["id"]) == [edge]
    assert g.cites("later")[1].url == "https://www.defensie.nl"
    agenda_edges = g.cites(next(r for r in recs if r["letter"]["kind"] == "agenda")["id"])
    assert [e.cited for e in agenda_edges][:2] == ["kst-36045-243", "kst-21501-20-2307"]
    assert all(e.resolved is None for e in agenda_edges)
    assert g.nodes[report["id"]].to_json()["url"].endswith("/kst-21501-28-299.html")
    json.dumps(g.to_json())


def test_official_url():
    assert graph.official_url("kst-36045-267") == "https://zoek.officielebekendmakingen.nl/kst-36045-267.html"
    assert graph.kamerstuk_id({"dossiers": ["21 501-28", "28676"], "number": 299}) == "kst-21501-28-299"
    assert graph.kamerstuk_id({"dossiers": ["36045"], "number": None}) is None


def test_glossary_groups_long_forms(samples):
    recs, _ = samples
    gloss = {e.short: e for e in graph.glossary(recs)}
    assert [len(v.definitions) for v in gloss["UDCG"].variants] == [2]
    assert [v.long for v in gloss["PURL"].variants] == ["Prioritised Ukraine Requirements List",
                                                        "Prioritised Ukraine Requirement List"]
    a, _ = letter("a", "2023-06-01", "NAVO-ministers van Defensie (DMM)",
                  acronyms=[("NAVO-ministers van Defensie (DMM)", "DMM", "NAVO-ministers van Defensie")])
    b, _ = letter("b", "2024-06-01", "NAVO ministers van defensie (DMM)",
                  acronyms=[("NAVO ministers van defensie (DMM)", "DMM", "NAVO ministers van defensie")])
    (dmm,) = [e for e in graph.glossary([b, a]) if e.short == "DMM"]
    (form,) = dmm.variants
    assert form.spellings == ["NAVO-ministers van Defensie", "NAVO ministers van defensie"]
    assert [(d.letter_id, d.span) for d in form.definitions] == [("a", (0, 33)), ("b", (0, 33))]


def test_link_is_pure():
    for mod in (pledges, mandates, spending, graph):
        src = Path(mod.__file__).read_text(encoding="utf-8")
        assert not re.search(r"^\s*(from|import)\s+inzet\.(store|web|sources|cli|ingest)\b", src, re.M), mod


def _register_plainly(records: list[dict[str, Any]]) -> list[list[tuple[str, int]]]:
    """The register as the plain rule makes it: every mention compared with every entry (what the token index
    must equal), as (letter id, index) per entry."""
    entries: list[list[mandates.Mention]] = []
    toks_of: list[list[dict[str, int]]] = []
    for rec in sorted(records, key=mandates.letter_sort_key):
        for i, d in enumerate(rec.get("deployments") or []):
            m = mandates._mention(rec, i, d)
            toks = mandates._tokens(m.title, m.unit)
            best = None
            for k, hist in enumerate(entries):
                places = {c for h in hist for c in h.countries}
                if any(h.letter_id == m.letter_id for h in hist) or (m.countries and places
                                                                    and not places & set(m.countries)):
                    continue
                for t in toks_of[k]:
                    score = mandates._similarity(toks, t)[0]
                    if mandates._match(toks, t) and (best is None or score > best[0]):
                        best = (score, k)
            if best is None:
                entries.append([])
                toks_of.append([])
            k = best[1] if best else len(entries) - 1
            entries[k].append(m)
            toks_of[k].append(toks)
    return [[(m.letter_id, m.index) for m in hist] for hist in entries]


def test_the_register_compares_only_entries_that_share_a_token_and_finds_what_comparing_all_finds() -> None:
    from inzet.extract.pipeline import extract_text

    records = []
    for n, path in enumerate(sorted([*(Path(__file__).parent / "data" / "heldout").glob("*.txt"),
                                     *(Path(__file__).parent / "data" / "deployments").glob("*.txt")])):
        rec = extract_text(path.name, path.read_text(encoding="utf-8-sig")).to_json()
        rec["id"] = f"l{n:03d}"
        records.append(rec)
    assert sum(len(r["deployments"]) for r in records) > 60
    reg = mandates.register(records)
    assert [[(m.letter_id, m.index) for m in e.history] for e in reg.entries] == _register_plainly(records)
    assert any(len(e.history) > 1 for e in reg.entries)          # some deployments are followed across letters
