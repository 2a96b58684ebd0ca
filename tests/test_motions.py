"""Motion tracker: classification of the sentences citing a motion, one record per motion across letters,
agreement with the follow-up, the Tweede Kamer's own motion records (local OData fixture), the CLI.
Every letter here is invented (tests/invented_cycles.py); the sample letters are read from ../shared."""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from invented_cycles import AGENDA_1, REPORT_1, agenda, report, store_with, two_cycles
from inzet import service_briefing
from inzet.cli import app
from inzet.link.motion_tracker import classify, member_key
from inzet.sources.http import Http
from inzet.sources.tk import TkClient
from inzet.sources.tk_motions import TkMotion, motion_filter, motions
from inzet.store import Store

FIX = Path(__file__).parent / "data" / "sources"


@pytest.mark.parametrize(("sentence", "kind", "expected"), [
    ("Conform de motie-Van Dijk zal Nederland bondgenoten oproepen bij te dragen.", "agenda", "mandates"),
    ("Conform de motie van het lid Klaver c.s. zet Nederland zich in voor meer steun.", "agenda", "mandates"),
    ("Ik zal uitvoering geven aan de motie van het lid Jansen.", "other", "mandates"),
    ("Hiermee geef ik uitvoering aan de motie van het lid Jansen.", "other", "executed"),
    ("Met deze brief kom ik tegemoet aan de motie-De Vries.", "report", "executed"),
    ("Hiermee wordt tevens gevolg gegeven aan de motie van het lid Jasper Van Dijk.", "other", "executed"),
    ("Conform de motie-Sjoerdsma heeft het kabinet besloten drie pantserhouwitsers te leveren.", "other", "executed"),
    ("Met deze brief geef ik gedeeltelijk uitvoering aan de motie van het lid Smit.", "other", "partly"),
    ("Om die reden kan ik de motie van het lid Visser niet uitvoeren.", "report", "not_executed"),
    ("De motie-Mulder heb ik tijdens het debat ontraden.", "report", "not_executed"),
    ("In de motie van het lid Bos vraagt uw Kamer om meer informatie over drones.", "agenda", "mentioned"),
    ("Via de motie Klaver heeft uw Kamer reeds opgeroepen €2 miljard additioneel beschikbaar te stellen.",
     "agenda", "mentioned"),
])
def test_classification(sentence: str, kind: str, expected: str) -> None:
    assert classify(sentence, kind) == expected


def test_member_keys_join_the_ways_a_member_is_written() -> None:
    assert member_key("Van Campen") == member_key("T. van Campen") == member_key("van campen") == "van-campen"


def _tracked(tmp_path: Path, letters: list[tuple[str, str]]) -> tuple[dict, dict[str, str], Path]:
    db, ids = store_with(tmp_path, letters)
    with Store(db, readonly=True) as s:
        lst = service_briefing.motions(s)
    return {m.key: m for m in lst.motions}, ids, db


def test_every_classification_on_invented_letters(tmp_path: Path) -> None:
    other = report(903, "1 december 2025", "15 oktober jl.", "\n".join([
        "Met deze brief kom ik tegemoet aan de motie-De Wit (Kamerstuk 36 045, nr. 311).",
        "Met deze brief geef ik gedeeltelijk uitvoering aan de motie van het lid Smit (Kamerstuk 36 045, nr. 312).",
        "Om budgettaire redenen kan ik de motie van het lid Visser (Kamerstuk 36 045, nr. 313) niet uitvoeren.",
        "In de motie van het lid Bos (Kamerstuk 36 045, nr. 314) vraagt uw Kamer om een overzicht van drones.",
        "Over de motie-Jansen informeerde ik u eerder.",
    ]))
    by_key, _, _ = _tracked(tmp_path, [*two_cycles(), ("brief_dec.txt", other)])
    status = {k: m.status for k, m in by_key.items()}
    assert status["kst-36045-311"] == "executed"
    assert status["kst-36045-312"] == "partly"
    assert status["kst-36045-313"] == "not_executed"
    assert status["kst-36045-314"] == "mentioned"
    assert status["kst-21501-28-880"] == "open"         # mandated by agenda 1, its report is silent
    assert status["kst-36045-302"] == "mandated"        # mandated by agenda 2, no report yet
    jansen = by_key["kst-36045-301"]                     # the name-only mention joined the id-keyed motion
    assert jansen.status == "executed" and [m.classification for m in jansen.mentions] == ["executed", "mentioned"]
    assert [m.letter_date for m in jansen.mentions] == ["2025-10-25", "2025-12-01"]
    assert jansen.member == "Jansen"


def test_open_motion_agrees_with_the_followup(tmp_path: Path) -> None:
    by_key, ids, db = _tracked(tmp_path, [("a.txt", AGENDA_1), ("r.txt", REPORT_1)])
    with Store(db, readonly=True) as s:
        fu = service_briefing.service.followup(s, ids["a.txt"], ids["r.txt"])
    mandated = [p for p in fu["positions"] if p["motion"]]
    assert [(p["motion"]["id"], p["status"]) for p in mandated] == [("kst-21501-28-880", "not_reported")]
    bakker = by_key["kst-21501-28-880"]
    assert bakker.status == "open" and bakker.member == "Bakker"
    (m,) = bakker.mentions
    assert m.classification == "mandates" and m.span.to_json() == mandated[0]["span"]
    assert m.followup == {"report": ids["r.txt"], "status": "not_reported", "evidence": []}
    # every motion-mandated row of the follow-up is in the list with the matching status
    for p in mandated:
        assert by_key[p["motion"]["id"]].status == {"not_reported": "open", "reported": "reported"}[p["status"]]


def test_a_reported_mandate_is_reported_and_a_later_letter_decides(tmp_path: Path) -> None:
    a = agenda(910, "20 september 2025", "15 oktober 2025",
               "Conform de motie-Peters[footnoteRef:1] zal Nederland tijdens de DMM pleiten voor een eerlijke "
               "lastenverdeling binnen het bondgenootschap. [1:  Motie-Peters, Kamerstuk 21 501-28, nr. 905]")
    r = report(911, "25 oktober 2025", "15 oktober jl.",
               "Nederland pleitte tijdens de DMM voor een eerlijke lastenverdeling binnen het bondgenootschap.")
    later = report(912, "1 december 2025", "15 oktober jl.",
                   "Helaas kan ik de motie-Peters (Kamerstuk 21 501-28, nr. 905) niet verder uitvoeren.")
    (tmp_path / "one").mkdir()
    (tmp_path / "two").mkdir()
    by_key, _, _ = _tracked(tmp_path / "one", [("a.txt", a), ("r.txt", r)])
    assert by_key["kst-21501-28-905"].status == "reported"
    by_key, _, _ = _tracked(tmp_path / "two", [("a.txt", a), ("r.txt", r), ("later.txt", later)])
    assert by_key["kst-21501-28-905"].status == "not_executed"


def test_samples_van_campen_is_open_klaver_mentioned(samples_db: Path) -> None:
    with Store(samples_db, readonly=True) as s:
        by_key = {m.key: m for m in service_briefing.motions(s).motions}
    assert by_key["kst-21501-20-2307"].status == "open"
    assert by_key["kst-21501-20-2307"].member == "Van Campen"
    assert by_key["kst-36045-243"].status == "mentioned" and by_key["kst-36045-243"].member == "Klaver"


# ---- the Tweede Kamer's motion records ----------------------------------------------------------

@pytest.fixture
def odata() -> Iterator[dict]:
    seen: dict = {"requests": []}

    class Handler(BaseHTTPRequestHandler):
        def log_message(self, *a: object) -> None:
            pass

        def do_GET(self) -> None:
            parts = urlsplit(self.path)
            seen["requests"].append((parts.path, parse_qs(parts.query)))
            if parts.path != "/odata/Zaak":
                self.send_response(404)
                self.end_headers()
                return
            body = (FIX / "tk_zaak_motions.json").read_bytes()
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    t = threading.Thread(target=httpd.serve_forever, daemon=True)
    t.start()
    seen["root"] = f"http://127.0.0.1:{httpd.server_address[1]}/odata/"
    try:
        yield seen
    finally:
        httpd.shutdown()
        httpd.server_close()


def test_tk_motions_read_indieners_vote_and_kamerstuk(odata: dict) -> None:
    with Http(timeout=5) as http:
        got = list(motions(TkClient(http, odata["root"]), ["21501-28"]))
    assert [m.kst_id for m in got] == ["kst-21501-28-880", "kst-21501-28-905"]     # 21501-20 dropped
    bakker = got[0]
    assert bakker.indieners == ("J.A. Bakker", "P. de Groot")
    assert (bakker.besluit, bakker.date, bakker.votes) == ("aangenomen", "2025-07-01", {"voor": 80, "tegen": 70})
    assert odata["requests"][0][0] == "/odata/Zaak"
    query = odata["requests"][0][1]
    assert "Soort eq 'Motie'" in query["$filter"][0] and "Kamerstukdossier/any" in query["$filter"][0]
    assert "Besluit(" in query["$expand"][0]


def test_tk_motion_errors_are_clear() -> None:
    from inzet.errors import SourceError

    with pytest.raises(SourceError, match="not a dossier number"):
        motion_filter(["21501-28'; drop"])
    with pytest.raises(SourceError, match="without an Id"):
        TkMotion.from_json({"Nummer": "2026Z1"})


def test_cli_fetch_motions_then_list_adopted_unanswered(odata: dict, tmp_path: Path,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    db, _ = store_with(tmp_path, two_cycles())
    monkeypatch.setenv("INZET_TK_API", odata["root"])
    runner = CliRunner()
    r = runner.invoke(app, ["fetch", "tk", "--motions", "--dossier", "21501-28", "--db", str(db)])
    assert r.exit_code == 0, r.output
    assert "motion kst-21501-28-905: aangenomen (2025-11-18)" in r.output
    r = runner.invoke(app, ["motions", "--db", str(db), "--format", "json", "--status", "open"])
    assert r.exit_code == 0, r.output
    out = {m["key"]: m for m in json.loads(r.output)["motions"]}
    # adopted and never answered by a letter: open on the Kamer's record alone
    assert out["kst-21501-28-905"]["mentions"] == [] and out["kst-21501-28-905"]["tk"]["besluit"] == "aangenomen"
    # adopted, mandated by an agenda, report silent: open, with the Kamer's record attached
    assert out["kst-21501-28-880"]["tk"]["indieners"][0] == "J.A. Bakker"
    assert set(out) == {"kst-21501-28-880", "kst-21501-28-905"}
    r = runner.invoke(app, ["motions", "--db", str(db), "--format", "csv", "--dossier", "36045"])
    assert r.exit_code == 0 and r.output.splitlines()[0].startswith("key,id,member,status")
    assert {line.split(",")[0] for line in r.output.splitlines()[1:]} == {"kst-36045-301", "kst-36045-302"}
    r = runner.invoke(app, ["motions", "--db", str(db), "--status", "dunno"])
    assert r.exit_code == 1 and "--status 'dunno': expected one of open" in r.output
    r = runner.invoke(app, ["fetch", "kst-1-2", "--motions", "--db", str(db)])
    assert r.exit_code == 1 and "--motions goes with the target 'tk'" in r.output


def _inputs(letters: list[tuple[str, str, str, str]]) -> list:
    from inzet.extract.pipeline import extract_document
    from inzet.extract.segment import segment
    from inzet.link.motion_tracker import LetterInput

    out = []
    for lid, day, kind, text in letters:
        doc = segment(f"{lid}.txt", text)
        out.append(LetterInput(lid, day, kind, f"{lid}.txt", doc, extract_document(doc, lid), "21501-28"))
    return out


def test_a_name_only_mention_joins_the_kamer_record_of_its_indiener() -> None:
    from inzet.link.motion_tracker import tracker

    letters = _inputs([("a", "2025-12-01", "other", "Met deze brief kom ik tegemoet aan de motie-Peters over drones "
                        "boven de Noordzee.")])
    tk = [{"kst_id": "kst-21501-28-905", "indieners": ["K. Peters"], "besluit": "aangenomen", "date": "2025-11-18"},
          {"kst_id": "kst-21501-28-77", "indieners": ["A. Smits"], "besluit": "verworpen", "date": "2025-11-18"},
          {"kst_id": "kst-21501-28-78", "indieners": ["B. Aa"], "besluit": "aangehouden", "date": "2025-11-18"}]
    by_key = {m.key: m for m in tracker(letters, {}, tk).motions}
    peters = by_key["kst-21501-28-905"]
    assert peters.status == "executed" and [m.letter_id for m in peters.mentions] == ["a"]
    assert by_key["kst-21501-28-77"].status == "rejected" and by_key["kst-21501-28-78"].status == "held"
    # without a Kamer record the name-only motion is keyed by member and the letter's dossier
    (alone,) = tracker(letters).motions
    assert alone.key == "lid:peters@21501-28" and alone.id is None and alone.status == "executed"


def test_an_anaphoric_sentence_follows_the_motion_before_it() -> None:
    from inzet.link.motion_tracker import tracker

    letters = _inputs([("a", "2025-12-01", "other", "Uw Kamer nam de motie van het lid Smit (Kamerstuk 36 045, "
                        "nr. 320) aan. Met deze brief kom ik tegemoet aan deze motie.")])
    (m,) = tracker(letters).motions
    assert [x.classification for x in m.mentions] == ["mentioned", "executed"] and m.status == "executed"


@settings(max_examples=60, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("motie Motie-Van Dijk c.s. (Kamerstuk 36 045, nr. 1) zal niet "
                                             "uitvoeren.\n[footnoteRef:1]")), max_size=300))
def test_no_input_crashes_and_spans_stay_inside(text: str) -> None:
    from inzet.link.motion_tracker import letter_mentions

    (letter,) = _inputs([("x", None, "agenda", text)])
    for _, m in letter_mentions(letter):
        assert 0 <= m.span.start <= m.span.end <= len(text)
