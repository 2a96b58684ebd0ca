"""Agenda → report follow-up: the sample pair scored with ../shared/eval/score_followup.py's own rules,
and small invented agenda/report pairs for each rule of the genre."""

from __future__ import annotations

import json
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from conftest import CORPUS, GOLD, load_shared_eval, match_positions, read_letter
from invented import agenda as _agenda
from invented import letter as _letter
from invented import run as _run
from inzet.extract.segment import Document
from inzet.link.followup import SCHEMA, follow_up, pair, positions
from inzet.model import Meeting

AGENDA = CORPUS / "004_3bc00135a66a1b8e.txt"
REPORT = CORPUS / "003_be01b2110d716345.txt"
GOLD_PAIR = GOLD / "followup" / "004_to_003.json"


def _scorer():
    return load_shared_eval("score_followup.py")


def _score(gold: dict, pred: dict) -> tuple[float, float]:
    """Positions F1 and status accuracy, matched the way the shared scorer matches them."""
    pairs, missed, fp = match_positions(gold, pred)
    tp, fn = len(pairs), len(missed)
    prec = tp / (tp + fp) if tp + fp else 1.0
    rec = tp / (tp + fn) if tp + fn else 1.0
    f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
    judged = [(g, p) for g, p in pairs if g.get("status")]
    return f1, sum(p["status"] == g["status"] for g, p in judged) / len(judged) if judged else 1.0


# ---- the sample pair ----------------------------------------------------------------------------

@pytest.fixture(scope="module")
def sample() -> tuple[dict, Document, Document]:
    assert AGENDA.exists() and REPORT.exists() and GOLD_PAIR.exists(), "../shared sample pair missing"
    ad, ae = _letter(str(AGENDA), read_letter(AGENDA))
    rd, re_ = _letter(str(REPORT), read_letter(REPORT))
    return follow_up(ad, ae, rd, re_), ad, rd


def test_sample_pair_scores(sample) -> None:
    out, _, _ = sample
    gold = json.loads(GOLD_PAIR.read_text(encoding="utf-8"))
    f1, status = _score(gold, out)
    assert f1 >= 0.9, f1
    assert status >= 0.85, status


def test_sample_pair_with_the_shared_scorer(sample, tmp_path, capsys) -> None:
    out, _, _ = sample
    pred = tmp_path / "followup.jsonl"
    pred.write_text(json.dumps(out, ensure_ascii=False) + "\n", encoding="utf-8")
    assert _scorer().main(["--gold", str(GOLD_PAIR.parent), "--pred", str(pred), "--json"]) == 0
    summary = json.loads(capsys.readouterr().out)
    assert summary["positions"]["f1"] >= 0.9
    assert summary["status_accuracy"] >= 0.85


def test_sample_pair_shape_and_spans(sample) -> None:
    out, ad, rd = sample
    assert out["schema"] == SCHEMA
    assert out["agenda"].endswith(AGENDA.name) and out["report"].endswith(REPORT.name)
    assert {(m["type"], m["date_start"]) for m in out["meetings"]} == {
        ("RBZ-Defensie", "2026-02-11"), ("DMM", "2026-02-12"), ("UDCG", "2026-02-12")}
    for p in out["positions"]:
        assert "[footnote" not in p["text"]
        stored = ad.text[p["span"][0] : p["span"][1]]
        assert re.sub(r"\[footnoteRef:\d+\]", "", stored) == p["text"]
        assert p["kind"] in ("position", "commitment")
        assert p["status"] in ("reported", "not_reported")
        assert bool(p["evidence"]) == (p["status"] == "reported")
        for e in p["evidence"]:
            assert rd.text[e["span"][0] : e["span"][1]] == e["text"]


def test_sample_motion_and_commitment(sample) -> None:
    out, _, _ = sample
    by_text = {p["text"]: p for p in out["positions"]}
    motion = next(p for t, p in by_text.items() if "motie-Van Campen" in t)
    assert motion["motion"] == {"text": "motie-Van Campen", "id": "kst-21501-20-2307", "member": "Van Campen",
                               "dossier": None}
    assert motion["meeting"] == "DMM" and motion["status"] == "not_reported"
    fiche = next(p for t, p in by_text.items() if "BNC-fiche" in t)
    assert fiche["kind"] == "commitment"
    assert all(p["motion"] is None for t, p in by_text.items() if "motie" not in t.lower())


# ---- invented pairs -----------------------------------------------------------------------------

def _positions(body: str) -> list[str]:
    doc, ex = _letter("agenda.txt", _agenda(body))
    return [p.text for p in positions(doc, ex)]


def _status(out: dict, fragment: str) -> str:
    return next(p["status"] for p in out["positions"] if fragment in p["text"])


@pytest.mark.parametrize("sentence", [
    "Bondgenoten zullen tijdens de DMM spreken over de versterking van de luchtverdediging van het bondgenootschap.",
    "Naar verwachting zal de Raad spreken over de voortgang van de steun aan Oekraïne en de lopende onderhandelingen.",
    "Tijdens de DMM zullen de ministers stilstaan bij de recente ontwikkelingen in het Midden-Oosten en de regio.",
    "NAVO-bondgenoten zetten in op een grotere militaire presentie in het Arctisch gebied en de Noordzee.",
    "Afgelopen jaar heeft Nederland hier in totaal EUR 750 miljoen aan toegezegd voor de aanschaf van munitie.",
    "De Secretaris-Generaal van de NAVO zal Nederland vragen om een extra bijdrage te leveren aan de missie.",
    "Daarnaast speelt Nederland een coördinerende rol binnen de coalitie voor militaire mobiliteit in Europa.",
])
def test_others_acting_or_past_facts_are_not_positions(sentence: str) -> None:
    assert _positions(sentence) == []


@pytest.mark.parametrize("sentence", [
    "Tijdens de DMM zal Nederland pleiten voor een snellere invulling van de capaciteitsdoelstellingen.",
    "Nederland zet in op een eerlijke verdeling van de lasten binnen het bondgenootschap.",
    "Het kabinet onderstreept het belang van een sterke trans-Atlantische band voor de veiligheid van Europa.",
    "Gelet op de dreiging uit Rusland, zal het kabinet de steun aan Oekraïne ook in 2031 voortzetten.",
    "Nederland en Duitsland zullen samen een voorstel indienen voor de gezamenlijke aanschaf van munitie.",
    "Ik zal tijdens de bijeenkomst het belang van de bescherming van onderzeese infrastructuur benadrukken.",
    "Nederland kijkt welwillend naar een mogelijke verlenging van de inzet van de fregatten.",
])
def test_the_netherlands_as_actor_is_a_position(sentence: str) -> None:
    assert _positions(sentence) == [sentence]


def test_commitment_to_parliament() -> None:
    doc, ex = _letter("agenda.txt", _agenda(
        "Het kabinet zal uw Kamer voor de zomer door middel van een brief informeren over het groeipad naar 5%.\n"
        "De definitieve cijfers ontvangt u in het voorjaar via het jaarverslag van Defensie."))
    found = positions(doc, ex)
    assert [p.kind for p in found] == ["commitment", "commitment"]
    # the opening `Hierbij ontvangt u de geannoteerde agenda` delivers, it does not promise
    assert not any(p.text.startswith("Hierbij") for p in found)
    assert all(p.act == "inform" for p in found)


def test_report_missing_one_point_is_not_reported() -> None:
    out = _run(
        "Tijdens de DMM zal Nederland pleiten voor meer investeringen in de Europese defensie-industrie.\n"
        "Ook zal Nederland het belang van de bescherming van kritieke onderzeese infrastructuur onderstrepen.",
        "Nederland pleitte tijdens de DMM voor meer investeringen in de Europese defensie-industrie en "
        "gezamenlijke aanschaf.\nBondgenoten spraken verder over de situatie in het Midden-Oosten.")
    assert _status(out, "defensie-industrie") == "reported"
    assert _status(out, "onderzeese") == "not_reported"
    evidence = next(p["evidence"] for p in out["positions"] if "defensie-industrie" in p["text"])
    assert evidence[0]["text"].startswith("Nederland pleitte")


def test_synonyms_link_dutch_and_english_names() -> None:
    out = _run(
        "Nederland zal aandacht vragen voor een eerlijke lastenverdeling binnen het bondgenootschap.",
        "Nederland benadrukte tijdens de NAR het belang van fair burden sharing onder bondgenoten.")
    assert _status(out, "lastenverdeling") == "reported"


@pytest.mark.parametrize(("agenda", "report"), [
    # `zonder vertraging` is `snel`, `voorop` is `voorrang`, `uit te voeren` is `uitgevoerd`
    ("Nederland zal erop aandringen dat deze tranche snel wordt uitgevoerd, met voorrang voor luchtverdediging.",
     "Nederland heeft er bij de Raad op aangedrongen de EPF-tranche zonder vertraging uit te voeren en "
     "luchtverdediging daarbij voorop te zetten."),
    ("Nederland zal pleiten voor een korte slotverklaring met heldere afspraken.",
     "Nederland pleitte voor een bondige slotverklaring met concrete afspraken."),
    # a report's fronted `Wel`: `Wel heb ik …` is the Netherlands acting
    ("Tevens zal Nederland de Raad informeren over de Nederlandse bijdrage aan EU-operatie Aspides.",
     "De herziening van EUFOR Althea is doorgeschoven. Wel heb ik mijn collega's geïnformeerd over de voortzetting "
     "van de Nederlandse bijdrage aan Aspides."),
])
def test_a_report_in_other_words_of_the_genre_reports_the_position(agenda: str, report: str) -> None:
    out = _run(agenda, report)
    assert [p["status"] for p in out["positions"]] == ["reported"]


@pytest.mark.parametrize(("agenda", "report"), [
    # the Netherlands as the agent without being the subject
    ("Nederland zal bepleiten dat de NAVO de voorraden luchtverdedigingsmunitie voortaan gezamenlijk aanlegt.",
     "Op mijn voorstel om deze voorraden voortaan gezamenlijk aan te leggen, reageerden veel bondgenoten positief."),
    ("Nederland staat positief tegenover het voorstel om de NSATU-trainingen naar Oekraïne te verplaatsen.",
     "Het voorstel om de NSATU-trainingen naar Oekraïne te verplaatsen kon op Nederlandse steun rekenen."),
    ("Het kabinet hecht eraan dat de slotverklaring een paragraaf bevat over NAVO-EU-samenwerking.",
     "Mede op initiatief van Nederland is in de slotverklaring een paragraaf opgenomen over NAVO-EU-samenwerking."),
    ("In de marge van de top zal de minister van Defensie met zijn Belgische collega een intentieverklaring over "
     "gezamenlijke opleidingen ondertekenen.",
     "In de marge van de top ondertekenden de ministers van Defensie van Nederland en België een intentieverklaring "
     "over gezamenlijke opleidingen."),
])
def test_the_netherlands_acting_through_its_proposal_support_or_minister_reports_the_position(
        agenda: str, report: str) -> None:
    out = _run(agenda, report)
    assert [p["status"] for p in out["positions"]] == ["reported"]


@pytest.mark.parametrize("sentence", [
    "De antwoorden op de schriftelijke vragen over de F-35 stuur ik u vóór 15 februari.",
    "Uiterlijk in september sturen wij uw Kamer een overzicht van de bijdragen.",
    "De minister van Defensie zal uw Kamer na de top informeren over de capaciteitsdoelstellingen.",
])
def test_a_promise_with_the_object_first_or_by_the_minister_is_a_commitment(sentence: str) -> None:
    out = _run(sentence, "Bondgenoten spraken over de situatie in het Midden-Oosten.")
    assert [p["kind"] for p in out["positions"]] == ["commitment"]


def test_another_countrys_minister_is_not_the_netherlands() -> None:
    out = _run("De Duitse minister van Defensie zal een voorstel doen over gezamenlijke aanschaf.",
               "De Duitse minister van Defensie deed een voorstel over gezamenlijke aanschaf.")
    assert out["positions"] == []


def test_others_saying_it_is_no_evidence() -> None:
    out = _run(
        "Nederland zal tijdens de DMM het belang van een eerlijke lastenverdeling benadrukken.",
        "Bondgenoten benadrukten tijdens de DMM het belang van een eerlijke lastenverdeling.\n"
        "De Secretaris-Generaal riep op tot het eerlijker verdelen van de lasten.")
    assert _status(out, "lastenverdeling") == "not_reported"


def test_a_call_on_others_needs_a_reported_call() -> None:
    agenda = ("Conform de motie-Van Dijk zal Nederland bondgenoten tijdens de DMM oproepen om bij te dragen aan de "
              "Prioritised Ukraine Requirement List (PURL).")
    announced = _run(agenda, "Nederland kondigde tijdens de DMM een nieuwe bijdrage van EUR 100 miljoen aan PURL aan.")
    called = _run(agenda, "Nederland riep bondgenoten tijdens de DMM op om ook bij te dragen aan PURL.")
    assert _status(announced, "PURL") == "not_reported"
    assert _status(called, "PURL") == "reported"
    p = called["positions"][0]
    assert p["motion"]["text"] == "motie-Van Dijk" and p["meeting"] == "DMM"


def test_motion_in_a_footnote_is_flagged_and_the_marker_dropped() -> None:
    doc, ex = _letter("agenda.txt", _agenda(
        "In lijn met het verzoek van uw Kamer[footnoteRef:1] zal Nederland bondgenoten oproepen om bij te dragen "
        "aan de luchtverdediging van Oekraïne. [1:  Motie-Van Dijk, Kamerstuk 21 501-28, nr. 300]"))
    (p,) = positions(doc, ex)
    assert "[footnote" not in p.text and p.text.startswith("In lijn met het verzoek van uw Kamer zal")
    assert p.motion is not None and p.motion.text == "Motie-Van Dijk"
    assert p.motion.id == "kst-21501-28-300"
    assert "[footnoteRef:1]" in doc.text[p.span.start : p.span.end]


def test_promise_of_support_met_by_an_announced_contribution() -> None:
    out = _run(
        "Tijdens de DMM zal Nederland de militaire steun aan Oekraïne onverminderd voortzetten.",
        "Nederland kondigde tijdens de DMM een bijdrage van EUR 200 miljoen aan voor munitie.")
    assert _status(out, "steun") == "reported"


def test_deployment_extension_in_the_report() -> None:
    out = _run(
        "Het mandaat van de inzet van twee F-35’s in Polen loopt op 31 maart 2030 af.\n"
        "Nederland kijkt welwillend naar een mogelijke verlenging van de inzet.",
        "Het kabinet informeert uw Kamer dat de inzet van twee F-35’s in Polen met zes maanden wordt verlengd.")
    assert _status(out, "verlenging") == "reported"


# ---- pairing ------------------------------------------------------------------------------------

def test_pair_picks_the_report_of_the_same_meetings() -> None:
    agenda = [Meeting("DMM", "2026-02-12", "2026-02-12"), Meeting("UDCG", "2026-02-12", "2026-02-12")]
    candidates = {
        "older": [Meeting("DMM", "2025-10-15", "2025-10-15")],
        "partial": [{"type": "DMM", "date_start": "2026-02-13"}],
        "full": [Meeting("DMM", "2026-02-12"), Meeting("UDCG", "2026-02-11")],
        "other": [Meeting("RBZ-Defensie", "2026-02-12")],
    }
    assert pair(agenda, candidates) == "full"
    assert pair(agenda, [("a", candidates["older"]), ("b", candidates["partial"])]) == "b"
    assert pair(agenda, {"x": candidates["other"]}) is None
    assert pair([], candidates) is None


# ---- robustness ---------------------------------------------------------------------------------

@settings(max_examples=40, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("Nederland zal kabinet ik, wij. oproepen Kamer informeren [](): 1\n")),
               max_size=300))
def test_no_input_crashes_and_spans_stay_inside(text: str) -> None:
    ad, ae = _letter("a.txt", text)
    rd, re_ = _letter("r.txt", text[::-1])
    out = follow_up(ad, ae, rd, re_)
    for p in out["positions"]:
        assert 0 <= p["span"][0] <= p["span"][1] <= len(text)
        for e in p["evidence"]:
            assert rd.text[e["span"][0] : e["span"][1]] == e["text"]
