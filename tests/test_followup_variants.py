"""Follow-up on the genre's variants: the many ways an agenda promises parliament something, invokes a motion,
states an intention in a subordinate clause, and the many ways a report says the Netherlands did it.

Every sentence here is invented (written for these tests, in the genre's forms found across the real letters);
the expected result was written before the rules were run on it.
"""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from invented import HEADER, agenda, letter, report, run
from inzet.cli import app
from inzet.link.acts import acts, message
from inzet.link.grammar import (
    agreement,
    asks,
    clause_words,
    objects,
    without_addressee,
    without_condition,
    without_effort_frame,
    without_examples,
    without_principle,
)
from inzet.link.motions import Motion, motion_in
from inzet.link.positions import positions
from inzet.link.subjects import bare_name, key, lexicon, subjects_of


def _found(body: str, kamerstuk: bool = False) -> list[tuple[str, str]]:
    """(text, kind) of every position of an invented agenda, the opening sentence excluded by the rules."""
    doc, ex = letter("agenda.txt", agenda(body, kamerstuk))
    return [(p.text, p.kind) for p in positions(doc, ex)]


def _one(out: dict, fragment: str) -> dict:
    (p,) = [p for p in out["positions"] if fragment in p["text"]]
    return p


# ---- promises to parliament -----------------------------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "U ontvangt voor de zomer een BNC-fiche over het voorstel voor een Europees defensie-industrieprogramma.",
    "Over de uitkomsten van de gesprekken over de oostflank informeer ik uw Kamer in het verslag van de DMM.",
    "Over de besteding van de middelen zal ik uw Kamer voor het eind van het jaar informeren.",
    "Ik zal uw Kamer hierover nader berichten zodra de besluitvorming binnen de NAVO is afgerond.",
    "De Kamer wordt na afloop van de bijeenkomst per brief geïnformeerd over de uitkomst van de onderhandelingen.",
    "Uw Kamer ontvangt na de zomer een brief over de stand van zaken van het capaciteitenpakket.",
    "Het kabinet zal uw Kamer blijven informeren over de voortgang van de leveringen aan Oekraïne.",
    "Zodra er meer duidelijkheid is over de financiering, informeer ik uw Kamer daarover in een aparte brief.",
    "Wij houden uw Kamer op de hoogte van de ontwikkelingen rond de verlenging van de missie.",
    "Een appreciatie van het voorstel ontvangt uw Kamer via het gebruikelijke BNC-fiche.",
    "Uw Kamer wordt hierover in het verslag van de Raad nader geïnformeerd.",
    "Het kabinet stuurt uw Kamer voor het einde van het jaar een brief over de uitvoering van het plan.",
    "Ik informeer uw Kamer volgend jaar over de resultaten van de evaluatie van de missie.",
])
def test_every_form_of_a_promise_to_parliament_is_a_commitment(sentence: str) -> None:
    assert _found(sentence) == [(sentence, "commitment")]


@pytest.mark.parametrize("sentence", [
    "In deze brief zet ik de Nederlandse inzet voor de bijeenkomst van de NAVO-ministers uiteen.",
    "Met deze brief informeer ik u over de agenda van de bijeenkomst en de Nederlandse inzet daarbij.",
    "Hierbij bied ik u, mede namens de Minister van Buitenlandse Zaken, de geannoteerde agenda aan.",
    "Middels deze brief wordt uw Kamer tevens geïnformeerd over de stand van zaken van de missie in Irak.",
    "In deze brief zal ik ook ingaan op de voortgang van de nationale capaciteitsdoelstellingen.",
    "U ontvangt hierbij tevens het verslag van de videoconferentie van de coalitie voor luchtverdediging.",
    "Tevens informeer ik uw Kamer in deze brief over de verlenging van de inzet van de MQ-9's in Roemenië.",
    "De conceptteksten van de verklaring ontvangt uw Kamer als vertrouwelijke bijlage bij deze brief.",
    "Verder maak ik van de gelegenheid gebruik om uw Kamer te informeren over de aankoop van nieuwe radars.",
    "Tevens informeer ik uw Kamer over de volgende punten van de agenda van de Raad.",
    "Via de motie Jansen heeft uw Kamer eerder opgeroepen meer middelen voor luchtverdediging vrij te maken.",
])
def test_a_sentence_announcing_the_letter_itself_is_no_position(sentence: str) -> None:
    assert _found(sentence) == []


# ---- motions --------------------------------------------------------------------------------------

@pytest.mark.parametrize(("sentence", "ident"), [
    ("Conform de motie van het lid Van der Berg c.s. (Kamerstuk 36 045, nr. 243) zal Nederland in de DMM "
     "pleiten voor de gezamenlijke inkoop van munitie.", "kst-36045-243"),
    ("Overeenkomstig de motie-Jansen (Kamerstuk 21 501-28, nr. 310) zet Nederland zich tijdens de DMM in voor "
     "een snellere levering van luchtverdediging.", "kst-21501-28-310"),
    ("Zoals verzocht in de motie van de leden Jansen en De Groot (Kamerstuk 36 410 X, nr. 52) zal het kabinet "
     "bondgenoten oproepen om bij te dragen aan het munitie-initiatief.", "kst-36410-X-52"),
    ("Ter uitvoering van de motie van het lid Bakker c.s. (Kamerstuk 21 501-28, nr. 315) zal Nederland het "
     "belang van de bescherming van onderzeese infrastructuur benadrukken.", "kst-21501-28-315"),
])
def test_a_motion_mandated_position_carries_the_cited_motion(sentence: str, ident: str) -> None:
    doc, ex = letter("agenda.txt", agenda(sentence))
    (p,) = positions(doc, ex)
    assert p.text == sentence and p.kind == "position" and p.meeting == "DMM"
    assert p.motion is not None and p.motion.id == ident


@pytest.mark.parametrize(("sentence", "ident", "member"), [
    ("In lijn met de motie-De Groot zal het kabinet tijdens de DMM aandacht vragen voor de dreiging van "
     "drones boven militaire terreinen.", "motie-de-groot-21501-28", "De Groot"),
    ("Ter uitvoering van de motie van het lid Bakker c.s. over luchtverdediging zal Nederland tijdens de DMM "
     "pleiten voor meer gezamenlijke oefeningen.", "motie-bakker-21501-28", "Bakker"),
    ("Nederland zal, conform de motie-Van Dijk, tijdens de DMM pleiten voor een eerlijke verdeling van de lasten.",
     "motie-van-dijk-21501-28", "Van Dijk"),
])
def test_a_motion_without_a_kamerstuk_is_named_by_member_and_dossier(sentence: str, ident: str,
                                                                      member: str) -> None:
    doc, ex = letter("agenda.txt", agenda(sentence, kamerstuk=True))
    (p,) = positions(doc, ex)
    assert p.text == sentence
    assert p.motion == Motion(text=p.motion.text if p.motion else None, id=ident, member=member,
                              dossier="21501-28")


def test_motion_detection_is_one_function_over_any_span() -> None:
    text = agenda("Conform de motie van het lid Smit (Kamerstuk 36 045, nr. 260) zal Nederland pleiten voor "
                  "meer investeringen in drones.\nNederland zal ook pleiten voor meer investeringen in munitie.")
    doc, ex = letter("agenda.txt", text)
    first, second = (s for s in doc.sentences if "zal" in doc.sentence_text(s))
    got = motion_in(doc, first, ex)
    assert got is not None and got.id == "kst-36045-260" and got.member == "Smit"
    assert motion_in(doc, second, ex) is None


def test_motion_mandated_positions_stand_first_in_json_and_cli(tmp_path) -> None:
    agenda_body = ("Nederland zal tijdens de DMM pleiten voor meer investeringen in de defensie-industrie.\n"
                   "Ook zal Nederland het belang van militaire mobiliteit benadrukken.\n"
                   "Conform de motie van het lid Smit c.s. (Kamerstuk 36 045, nr. 260) zal Nederland in de DMM "
                   "bondgenoten oproepen om bij te dragen aan PURL.")
    report_body = "Nederland pleitte tijdens de DMM voor meer investeringen in de defensie-industrie."
    out = run(agenda_body, report_body)
    assert [p["motion"]["id"] if p["motion"] else None for p in out["positions"]] == ["kst-36045-260", None, None]
    assert "defensie-industrie" in out["positions"][1]["text"] and "mobiliteit" in out["positions"][2]["text"]
    a, r = tmp_path / "agenda.txt", tmp_path / "verslag.txt"
    a.write_text(agenda(agenda_body), encoding="utf-8")
    r.write_text(report(report_body), encoding="utf-8")
    res = CliRunner().invoke(app, ["followup", str(a), str(r), "--db", str(tmp_path / "none.db"),
                                   "--format", "json"])
    assert res.exit_code == 0, res.output
    assert json.loads(res.output)["positions"][0]["motion"]["id"] == "kst-36045-260"
    table = CliRunner().invoke(app, ["followup", str(a), str(r), "--db", str(tmp_path / "none.db")],
                               env={"COLUMNS": "220"})
    assert table.output.index("mandated by") < table.output.index("defensie-industrie")


# ---- intentions in subordinate clauses ----------------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "Het kabinet vindt het van belang dat Nederland ook in 2031 zal bijdragen aan de luchtverdediging van Oekraïne.",
    "Tijdens de DMM wordt gesproken over de capaciteitsdoelstellingen, waarbij Nederland het belang van gelijke "
    "lastenverdeling zal inbrengen.",
    "De EU werkt aan een nieuw steunpakket, waarmee het kabinet de Oekraïense defensie-industrie wil versterken.",
    "De ministers bespreken de situatie aan de oostflank, waarbij ik de Nederlandse bijdrage aan de "
    "luchtverdediging in Polen zal toelichten.",
    "Omdat de dreiging toeneemt, zet het kabinet in op een snellere uitbreiding van de voorraden munitie.",
])
def test_an_intention_in_a_subordinate_clause_is_a_position(sentence: str) -> None:
    assert _found(sentence) == [(sentence, "position")]


@pytest.mark.parametrize("sentence", [
    "De ministers spreken over de capaciteitsdoelstellingen, waarbij bondgenoten hun voortgang zullen toelichten.",
    "Het is de verwachting dat de Raad een besluit zal nemen over de verlenging van de missie.",
    "De Commissie presenteert een voorstel, waarmee zij de productie van munitie wil versnellen.",
])
def test_others_in_a_subordinate_clause_are_no_position(sentence: str) -> None:
    assert _found(sentence) == []


# ---- the report in other words ------------------------------------------------------------------

@pytest.mark.parametrize(("agenda_sentence", "report_sentence"), [
    ("Nederland zal tijdens de DMM het Nederlandse plan voor de opleiding van dronepiloten presenteren.",
     "Tijdens de DMM heeft Nederland het plan voor de opleiding van dronepiloten gepresenteerd."),
    ("Ik zal bondgenoten tijdens de DMM informeren over de Nederlandse aanpak van sabotage van spoorwegen.",
     "Ik heb bondgenoten geïnformeerd over de Nederlandse aanpak van sabotage van spoorwegen."),
    ("Het kabinet steunt de verlenging van het mandaat van de trainingsmissie in Litouwen.",
     "Nederland steunde de verlenging van het mandaat van de trainingsmissie."),
    ("Nederland kan instemmen met de verlenging van het mandaat van de trainingsmissie in Litouwen.",
     "Nederland schaarde zich achter de verlenging van het mandaat van de trainingsmissie in Litouwen."),
    ("Nederland zal tijdens de DMM een nieuwe bijdrage aan de luchtverdediging van Oekraïne aankondigen.",
     "Daarnaast heeft Nederland EUR 150 miljoen toegezegd voor de luchtverdediging van Oekraïne."),
    ("Tijdens de DMM zal Nederland een nieuw steunpakket voor Oekraïne presenteren.",
     "Nederland kondigde tijdens de DMM EUR 250 miljoen aan voor drones en munitie voor Oekraïne."),
    ("Nederland zal EUR 100 miljoen bijdragen aan het NAVO-fonds voor innovatie.",
     "Nederland maakte tijdens de DMM de bijdrage van €100 mln. aan het NAVO-fonds bekend."),
    ("Het kabinet kan instemmen met de voortzetting van de EU-missie EUFOR Althea in Bosnië-Herzegovina.",
     "Nederland ondersteunde de verlenging van EUFOR Althea."),
    ("Nederland staat positief tegenover een verlenging van de Baltic Air Policing-rotatie.",
     "Nederland onderschreef de continuering van de Baltic Air Policing-rotatie."),
    ("Nederland zal bondgenoten oproepen om meer te investeren in de bescherming van onderzeese kabels.",
     "Nederland heeft bondgenoten opgeroepen om meer te investeren in de bescherming van onderzeese kabels."),
    # the minister-president speaks for the Netherlands (the Europese Raad, summits)
    ("Nederland zal benadrukken dat Europese defensie-investeringen moeten aansluiten bij de NAVO-capaciteitsdoelen.",
     "De minister-president onderstreepte dat Europese defensie-investeringen moeten aansluiten bij de "
     "NAVO-capaciteitsdoelen."),
    ("Het kabinet steunt het voorstel van de Commissie om de rapportageverplichtingen voor bedrijven te verminderen.",
     "De minister-president sprak steun uit voor het terugdringen van de rapportageverplichtingen voor ondernemers."),
    ("Het kabinet is geen voorstander van nieuwe gemeenschappelijke schulduitgifte voor defensie.",
     "Toen enkele lidstaten dat voorstelden, herhaalde Nederland dat het kabinet geen nieuwe gemeenschappelijke "
     "schulden voor defensie steunt."),
    # a country by its name in one letter and by its adjective in the other; English and Dutch `Europese`
    ("Het kabinet zal zich verzetten tegen een 'buy European'-voorwaarde die leveranciers uit het Verenigd "
     "Koninkrijk en Noorwegen uitsluit.",
     "Samen met Zweden heb ik gewaarschuwd tegen Europese regels die Britse en Noorse bedrijven buitensluiten."),
    ("Nederland zal pleiten voor meer samenwerking met Noorwegen op het gebied van onderzeese infrastructuur.",
     "Ik heb gepleit voor nauwere Noorse samenwerking bij de bescherming van kritieke onderzeese infrastructuur."),
    # the Union by its acronym, its name or as `de Unie`; speaking with one voice, unity; `eraan`, `erop`, `ervoor`
    # point at the clause that follows (no subject of their own)
    ("Het kabinet hecht eraan dat de EU met één stem spreekt over de wederopbouw van Gaza.",
     "Ik heb opgeroepen tot eensgezindheid van de Unie over de wederopbouw van Gaza."),
    ("Nederland zet erop in dat de Europese Unie eensgezind optreedt tegenover Iran.",
     "Ik heb benadrukt dat de EU met één mond moet spreken over de sancties tegen Iran."),
    ("Het kabinet zal ervoor pleiten dat de Unie eendrachtig blijft in de steun aan Moldavië.",
     "Nederland drong aan op eensgezindheid van de EU over Moldavië."),
])
def test_a_report_saying_it_in_other_words_reports_the_position(agenda_sentence: str,
                                                                report_sentence: str) -> None:
    out = run(agenda_sentence, "De ministers spraken over de situatie in het Midden-Oosten.\n" + report_sentence)
    p = _one(out, agenda_sentence[:30])
    assert p["status"] == "reported"
    assert [e["text"] for e in p["evidence"]][:1] == [report_sentence]


@pytest.mark.parametrize(("agenda_sentence", "report_sentence"), [
    ("Het kabinet steunt de verlenging van het mandaat van de trainingsmissie in Litouwen.",
     "Bondgenoten steunden de verlenging van het mandaat van de trainingsmissie in Litouwen."),
    ("Het kabinet steunt de verlenging van het mandaat van de trainingsmissie in Litouwen.",
     "Nederland steunde de oprichting van een nieuw NAVO-hoofdkwartier voor de Baltische Zee."),
    ("Tijdens de DMM zal Nederland een nieuw steunpakket voor Oekraïne presenteren.",
     "Duitsland kondigde tijdens de DMM EUR 500 miljoen aan voor drones voor Oekraïne."),
    ("Nederland zal EUR 100 miljoen bijdragen aan het NAVO-fonds voor innovatie.",
     "Nederland heeft EUR 40 miljoen toegezegd voor de opleiding van Oekraïense militairen."),
    ("Ik zal bondgenoten tijdens de DMM informeren over de Nederlandse aanpak van sabotage van spoorwegen.",
     "Bondgenoten informeerden elkaar over hun nationale aanpak van sabotage."),
    # one country shared is not one subject
    ("Het kabinet zal zich verzetten tegen een 'buy European'-voorwaarde die leveranciers uit het Verenigd "
     "Koninkrijk en Noorwegen uitsluit.",
     "Nederland sprak met de Noorse minister over de situatie in het Hoge Noorden."),
    # unity on another subject
    ("Het kabinet hecht eraan dat de EU met één stem spreekt over de wederopbouw van Gaza.",
     "Nederland pleitte voor eensgezindheid van bondgenoten over de NAVO-begroting voor 2028."),
])
def test_others_doing_it_or_another_subject_is_not_reported(agenda_sentence: str, report_sentence: str) -> None:
    out = run(agenda_sentence, report_sentence)
    p = _one(out, agenda_sentence[:30])
    assert (p["status"], p["evidence"]) == ("not_reported", [])


def test_a_promise_to_inform_in_the_report_is_kept_by_the_report_on_that_subject() -> None:
    in_report = ("Over de uitkomst van de besprekingen over de verlenging van het mandaat van Aspides informeer ik "
                 "uw Kamer in het verslag van de DMM.")
    by_letter = ("Over de uitkomst van de besprekingen over de verlenging van het mandaat van Aspides zal ik uw "
                 "Kamer per brief informeren.")
    report_body = "De ministers besloten tot verlenging van het mandaat van Aspides met een jaar."
    kept = _one(run(in_report, report_body), "Aspides")
    assert (kept["kind"], kept["status"]) == ("commitment", "reported")
    assert kept["evidence"][0]["text"] == report_body
    # a promised separate letter is not kept by the report mentioning the subject
    assert _one(run(by_letter, report_body), "Aspides")["status"] == "not_reported"
    # nor is the promise kept by a report on another subject
    assert _one(run(in_report, "De ministers spraken over de situatie in de Sahel."), "Aspides")["status"] == \
        "not_reported"


# ---- kinds the held-out pairs of December 2026 showed ------------------------------------------

@pytest.mark.parametrize("sentence", [
    # a second verb of the same subject, after `en`
    "Het kabinet betreurt deze impasse en zal de Hoge Vertegenwoordiger oproepen om met voorstellen te komen.",
    "Nederland heeft dit jaar 220 miljoen euro bijgedragen en is bereid een aanvullende bijdrage te leveren.",
    "Het kabinet verwelkomt het voorstel en zal in de Raad aandringen op snelle besluitvorming.",
])
def test_a_coordinated_intention_of_the_same_subject_is_a_position(sentence: str) -> None:
    assert _found(sentence) == [(sentence, "position")]


def test_what_nl_will_do_at_the_meeting_stays_a_position_beside_a_promise_about_it() -> None:
    s = ("Nederland zal tijdens de DMM een nieuwe bijdrage aan luchtverdediging aankondigen; over de omvang daarvan "
         "informeer ik uw Kamer in het verslag.")
    assert _found(s) == [(s, "position")]
    promise = "Over de omvang van de bijdrage informeer ik uw Kamer in het verslag; het bedrag volgt na de DMM."
    assert _found(promise) == [(promise, "commitment")]


def test_a_promise_to_inform_is_kept_by_the_report_saying_what_nl_did_on_it() -> None:
    out = run("Het mandaat van de Nederlandse bijdrage aan de luchtverdediging in Polen loopt tot en met 30 november "
              "2030. Het kabinet beraadt zich op een mogelijke verlenging en informeert uw Kamer daarover voor de "
              "zomer.",
              "Het kabinet heeft besloten tot verlenging van de Nederlandse bijdrage aan de luchtverdediging in Polen.")
    assert _one(out, "informeert uw Kamer")["status"] == "reported"
    out = run("Het kabinet beraadt zich op een mogelijke verlenging van de bijdrage in Polen en informeert uw Kamer "
              "daarover voor de zomer.", "Bondgenoten spraken over de luchtverdediging in Roemenië.")
    assert _one(out, "informeert uw Kamer")["status"] == "not_reported"


def test_a_rare_acronym_in_both_letters_names_one_subject() -> None:
    out = run("Het kabinet staat positief tegenover gezamenlijke verwerving, maar hecht aan een open markt waarin ook "
              "bedrijven uit het mkb kunnen meedingen.",
              "Nederland benadrukte het belang van toegang voor het midden- en kleinbedrijf (mkb) tot aanbestedingen.")
    assert _one(out, "mkb")["status"] == "reported"


# ---- kinds the Bratislava 2009 and RBZ November 2027 pairs showed --------------------------------

@pytest.mark.parametrize("sentence", [
    "De Nederlandse inzet is erop gericht dat de EU haar steun aan de Palestijnse Autoriteit koppelt aan hervormingen.",
    "De inzet van het kabinet blijft gericht op een snel akkoord over het nieuwe sanctiepakket.",
    "De Nederlandse inzet tijdens de Raad is daarbij gericht op een eerlijke verdeling van de lasten.",
    "Tijdens de Raad is de Nederlandse inzet erop gericht dat de Unie eensgezind blijft over Iran.",
    "Inzet van Nederland is dat de trainingsmissie na 2028 in Oekraïne zelf wordt voortgezet.",
    "De Nederlandse inzet zal erop gericht zijn de besluitvorming over de munitiefaciliteit te versnellen.",
])
def test_the_dutch_effort_aimed_at_something_is_a_position(sentence: str) -> None:
    assert _found(sentence) == [(sentence, "position")]


@pytest.mark.parametrize("sentence", [
    # a deployment described by its place, another's effort
    "De Nederlandse inzet in Irak is gericht op het versterken van de Iraakse veiligheidssector.",
    "De inzet van de Commissie is erop gericht dat de lidstaten meer gezamenlijk investeren.",
    "De Duitse inzet is erop gericht dat de EU de leningen voor defensie uitbreidt.",
    "Daarbij is de inzet van de NAVO gericht op de afschrikking aan de oostflank.",
])
def test_another_effort_or_a_deployment_is_no_position(sentence: str) -> None:
    assert _found(sentence) == []


@pytest.mark.parametrize(("sentence", "agrees"), [
    ("In de bestuursraad zal Nederland instemmen met de begroting van het agentschap.", True),
    ("Het kabinet kan instemmen met de conclusies over de Sahel.", True),
    ("Nederland stemde met de begroting in.", True),
    ("Nederland stemde in de Raad in met de conclusies.", True),
    ("Nederland heeft daarmee uiteindelijk ingestemd, op voorwaarde dat de financiering beperkt blijft.", True),
    ("Nederland ging akkoord met de verhoging van de begroting.", True),
    ("Ik heb ingestemd met het werkprogramma voor 2028.", True),
    ("Nederland zal echter niet instemmen met gemeenschappelijke financiering van de inzet.", False),
    ("Het kabinet kan niet akkoord gaan met een verhoging van de begroting.", False),
    ("Nederland stemde tegen het voorstel van de Commissie.", False),
    ("Nederland heeft laten weten dat het kabinet niet zal instemmen met het voorstel.", False),
    # across an aside naming a role or on whose behalf, right after the verb or the actor
    ("Nederland stemde, als coördinator van het project, met de verzoeken in.", True),
    ("Nederland heeft, als coördinator van het project, ingestemd met de deelname van de drie landen.", True),
    ("Nederland stemde, net als Duitsland, in met de deelname van de Verenigde Staten.", True),
    ("Nederland, als coördinator van het project, stemde in met de deelname van Noorwegen.", True),
    ("Nederland heeft, namens de deelnemende lidstaten, niet ingestemd met de verzoeken.", False),
    ("De Raad stemde, als eerste, in met de deelname van Canada.", None),
    ("Nederland heeft de verzoeken gesteund, als coördinator van het project, en de Raad stemde in met de deelname.",
     None),
    # someone else agrees; an agreement as a noun; support is no vote
    ("De Raad stemde in met de conclusies over de Sahel.", None),
    ("De lidstaten stemden in met het pakket, waarna Nederland een verklaring aflegde.", None),
    ("Nederland zet in op een snel akkoord over het sanctiepakket.", None),
    ("Nederland heeft het voorstel van het voorzitterschap gesteund.", None),
])
def test_agreeing_or_refusing_is_read_with_its_negation(sentence: str, agrees: bool | None) -> None:
    assert agreement(clause_words(sentence)) is agrees


_BUDGET = "In de bestuursraad zal Nederland instemmen met de begroting van het agentschap voor 2028."
_NO_COMMON_FUNDING = "Nederland zal echter niet instemmen met gemeenschappelijke financiering van de inzet van de NRF."


@pytest.mark.parametrize(("agenda_sentence", "report_body", "status"), [
    # the same act, on the subject the sentence before sets
    (_BUDGET, "De bestuursraad van het Defensieagentschap stelde de begroting voor 2028 vast. "
              "Nederland stemde met de begroting in.", "reported"),
    (_BUDGET, "De bestuursraad stelde de begroting voor 2028 vast. Nederland ging akkoord met de begroting.",
     "reported"),
    # the opposite act: the report says the Netherlands did not do what the agenda said
    (_BUDGET, "De bestuursraad stelde de begroting voor 2028 vast. Nederland stemde niet in met de begroting.",
     "not_reported"),
    (_BUDGET, "De bestuursraad stelde de begroting voor 2028 vast. Nederland stemde tegen de begroting.",
     "not_reported"),
    (_NO_COMMON_FUNDING, "Een meerderheid was voorstander van gemeenschappelijke financiering van de inzet van de "
                         "NRF. Nederland heeft daarmee uiteindelijk ingestemd.", "not_reported"),
    (_NO_COMMON_FUNDING, "Nederland heeft uiteindelijk ingestemd met gemeenschappelijke financiering van de inzet "
                         "van de NRF.", "not_reported"),
    ("Het kabinet kan instemmen met de conclusies over de Sahel.", "Nederland stemde tegen de conclusies over de "
                                                                   "Sahel.", "not_reported"),
    (_NO_COMMON_FUNDING, "Een meerderheid was voorstander van gemeenschappelijke financiering van de inzet van de "
                         "NRF. Nederland heeft niet ingestemd met gemeenschappelijke financiering.", "reported"),
])
def test_an_agreement_is_met_by_the_same_act_never_by_its_opposite(agenda_sentence: str, report_body: str,
                                                                   status: str) -> None:
    assert _one(run(agenda_sentence, report_body), agenda_sentence[:30])["status"] == status


_COORDINATOR = ("Nederland zal als coördinator van het project instemmen met de deelname van de Verenigde Staten, "
                "Canada en Noorwegen aan het PESCO-project militaire mobiliteit.")
_THIRD_STATES_AGREED = ("De Raad stemde in met de deelname van de Verenigde Staten, Canada en Noorwegen aan het "
                        "PESCO-project militaire mobiliteit. ")


@pytest.mark.parametrize(("report_body", "status"), [
    # agreeing in the project's role, in other words (`met de verzoeken`) or with the countries named again
    (_THIRD_STATES_AGREED + "Nederland stemde, als coördinator van het project, met de verzoeken in.", "reported"),
    ("Nederland heeft, als coördinator van het project, ingestemd met de deelname van de Verenigde Staten, Canada en "
     "Noorwegen.", "reported"),
    ("Nederland stemde, als coördinator, in met de deelname van de Verenigde Staten, Canada en Noorwegen.", "reported"),
    ("Als coördinator heeft Nederland ingestemd met de deelname van de drie landen aan het PESCO-project.", "reported"),
    # the Council agreeing, or the Netherlands refusing in its role, is not the Dutch agreement
    ("De Raad stemde, als eerste, in met de deelname van de Verenigde Staten, Canada en Noorwegen aan het "
     "PESCO-project militaire mobiliteit.", "not_reported"),
    ("Nederland heeft, als coördinator van het project, niet ingestemd met de deelname van de Verenigde Staten, "
     "Canada en Noorwegen.", "not_reported"),
])
def test_agreeing_in_a_role_is_read_across_the_aside(report_body: str, status: str) -> None:
    assert _one(run(_COORDINATOR, report_body), "coördinator")["status"] == status


_OUTCOME_IN_REPORT = ("De Raad zal besluiten over de deelname van derde landen aan het PESCO-project militaire "
                      "mobiliteit. In het verslag van de Raad zal ik u informeren over de uitkomst van de "
                      "besluitvorming.")
_OUTCOME_LATER = "Ik zal uw Kamer informeren over de uitkomsten van de onderhandelingen over de EDF-verordening."


@pytest.mark.parametrize(("agenda_body", "report_body", "status"), [
    # the report gives the outcome, whoever decided: agreeing, a decision or agreement reached, or none reached
    (_OUTCOME_IN_REPORT, "De Raad stemde in met de deelname van de Verenigde Staten, Canada en Noorwegen aan het "
                         "PESCO-project militaire mobiliteit.", "reported"),
    (_OUTCOME_IN_REPORT, "Over de deelname van derde landen aan het PESCO-project militaire mobiliteit werd geen "
                         "overeenstemming bereikt.", "reported"),
    (_OUTCOME_LATER, "De Raad bereikte een akkoord over de EDF-verordening.", "reported"),
    (_OUTCOME_LATER, "De lidstaten keurden de EDF-verordening goed.", "reported"),
    # a sentence on the subject that gives no outcome, or an outcome on another subject, does not keep it
    (_OUTCOME_LATER, "De Commissie lichtte de EDF-verordening toe.", "not_reported"),
    (_OUTCOME_LATER, "Het debat over de uitkomsten van de onderhandelingen over de EDF-verordening is gepland op 3 "
                     "september.", "not_reported"),
    (_OUTCOME_IN_REPORT, "De Raad zal in juli het besluit tot oprichting van EUTM Mozambique nemen.", "not_reported"),
    # ... nor the report a promise of a letter of its own
    ("Over de uitkomsten van de onderhandelingen over de EDF-verordening informeer ik uw Kamer in een aparte brief.",
     "De Raad bereikte een akkoord over de EDF-verordening.", "not_reported"),
])
def test_a_promise_on_the_outcome_is_kept_by_the_outcome(agenda_body: str, report_body: str, status: str) -> None:
    assert _one(run(agenda_body, report_body), "uitkomst")["status"] == status


_NMI = "De ministers spreken over de NATO Mission Iraq (NMI). "


@pytest.mark.parametrize(("telling", "report_body", "status"), [
    # the Dutch telling reported, by any verb of telling, or the contribution announced
    ("Ik zal de bondgenoten informeren dat", "Ik heb de bondgenoten geïnformeerd dat Nederland de bijdrage aan NMI in "
                                             "2021 voortzet.", "reported"),
    ("Ik zal de bondgenoten informeren dat", "Ik heb mijn collega's meegedeeld dat Nederland ook in 2021 aan NMI "
                                             "blijft bijdragen.", "reported"),
    ("Ik zal mijn collega's meedelen dat", "Ik heb laten weten dat Nederland zijn bijdrage aan NMI in 2021 voortzet.",
     "reported"),
    ("Ik zal de bondgenoten laten weten dat", "Ik heb mijn ambtgenoten op de hoogte gebracht van de voortzetting van "
                                              "de Nederlandse bijdrage aan NMI in 2021.", "reported"),
    ("Ik zal de bondgenoten informeren dat", "Nederland kondigde aan de bijdrage aan NMI in 2021 voort te zetten.",
     "reported"),
    # a Dutch act of another kind on the subject, or another's telling, is not the Dutch telling
    ("Ik zal de bondgenoten informeren dat", "De ministers spraken over NMI. Nederland heeft de uitbreiding van NMI in "
                                             "2021 gesteund.", "not_reported"),
    ("Ik zal de bondgenoten informeren dat", "Het Verenigd Koninkrijk meldde dat het de bijdrage aan NMI in 2021 "
                                             "voortzet.", "not_reported"),
    ("Ik zal mijn collega's meedelen dat", "De Secretaris-Generaal informeerde de ministers over de voortzetting van "
                                           "NMI in 2021.", "not_reported"),
])
def test_telling_the_allies_is_met_by_the_telling(telling: str, report_body: str, status: str) -> None:
    position = f"{telling} Nederland de bijdrage aan NMI in 2021 voortzet."
    assert _one(run(_NMI + position, report_body), "voortzet")["status"] == status


@pytest.mark.parametrize(("report_body", "status"), [
    # the sentence before sets the topic the Netherlands then acts on
    ("De ministers bespraken de hervorming van de NATO Response Force (NRF). Ik heb steun uitgesproken voor een "
     "kleinere kern van direct beschikbare eenheden.", "reported"),
    ("Over de hervorming van de NRF spraken de ministers uitgebreid. Nederland sprak steun uit voor een kleinere "
     "kernmacht.", "reported"),
    # a Dutch act sharing nothing itself is no evidence for what others did before it
    ("Op aandringen van Noorwegen besloot de top tot de hervorming van de NRF. Mede op initiatief van Nederland is "
     "in de slotverklaring een paragraaf opgenomen over militaire mobiliteit.", "not_reported"),
    # the topic in another paragraph (a single line break is a wrapped line of the same paragraph)
    ("De ministers bespraken de hervorming van de NRF.\n\nIk heb steun uitgesproken voor een nieuw trainingscentrum "
     "in Litouwen.", "not_reported"),
])
def test_a_dutch_act_on_the_topic_the_sentence_before_sets(report_body: str, status: str) -> None:
    out = run("Nederland steunt de hervorming van de NATO Response Force (NRF).", report_body)
    assert _one(out, "hervorming")["status"] == status


@pytest.mark.parametrize(("agenda_sentence", "report_sentence"), [
    # going hand in hand; build-up and reconstruction
    ("Nederland zal onderstrepen dat civiele opbouw en militaire inzet in Afghanistan hand in hand moeten gaan.",
     "Ik heb betoogd dat militaire middelen alleen effect hebben als zij gepaard gaan met bestuur en wederopbouw."),
    ("Het kabinet zal benadrukken dat veiligheid en wederopbouw gelijk op moeten gaan.",
     "Nederland onderstreepte dat veiligheid moet samengaan met de heropbouw van het land."),
    # cost sharing is burden sharing; an unfair distribution is what a plea for a fair one names
    ("Ik zal pleiten voor een eerlijkere verdeling van de kosten van NAVO-operaties tussen de bondgenoten.",
     "Ik heb aandacht gevraagd voor de scheve verdeling van de lasten van operaties tussen de bondgenoten."),
    ("Nederland zal pleiten voor een evenwichtiger kostenverdeling binnen het bondgenootschap.",
     "Nederland wees op de oneerlijke lastenverdeling binnen het bondgenootschap."),
    # a navy ship, or one by name (Hr.Ms. before 2014, Zr.Ms. after)
    ("Het kabinet is voornemens in de eerste helft van 2010 opnieuw een schip beschikbaar te stellen voor de "
     "bestrijding van piraterij, en ik zal dit aankondigen.",
     "Ik heb meegedeeld dat Nederland in de eerste helft van 2010 Hr.Ms. Johan de Witt inzet voor de bestrijding "
     "van piraterij."),
    ("Nederland zal een fregat leveren voor de bescherming van de scheepvaart.",
     "Nederland kondigde aan Zr.Ms. Tromp in te zetten voor de scheepvaart."),
    # the mkb, access, procurement
    ("Nederland zal bepleiten dat Europese defensiefondsen ook toegankelijk worden voor het midden- en kleinbedrijf.",
     "Ik heb ervoor gepleit dat ook mkb-bedrijven toegang krijgen tot Europese defensiefinanciering."),
    ("Het kabinet zet in op langjarige contracten en gezamenlijke inkoop.",
     "Ik heb gepleit voor gezamenlijke aanschaf van interceptors."),
])
def test_the_genre_words_the_same_subject_otherwise(agenda_sentence: str, report_sentence: str) -> None:
    out = run(agenda_sentence, "De ministers spraken over de situatie in het Midden-Oosten.\n" + report_sentence)
    p = _one(out, agenda_sentence[:30])
    assert p["status"] == "reported"
    assert [e["text"] for e in p["evidence"]][:1] == [report_sentence]


@pytest.mark.parametrize(("agenda_sentence", "report_sentence"), [
    ("Nederland zal onderstrepen dat civiele opbouw en militaire inzet in Afghanistan hand in hand moeten gaan.",
     "Ik heb bondgenoten gevraagd meer helikopters voor het Afghaanse leger beschikbaar te stellen."),
    ("Ik zal pleiten voor een eerlijkere verdeling van de kosten van NAVO-operaties tussen de bondgenoten.",
     "Ik heb aandacht gevraagd voor de scheve verdeling van vrouwen en mannen in de krijgsmacht."),
    ("Nederland zal een fregat beschikbaar stellen voor de operatie Aspides in de Rode Zee.",
     "Nederland pleitte voor sancties tegen de schepen van de Russische schaduwvloot in de Oostzee."),
    ("Het kabinet zet in op langjarige contracten en gezamenlijke inkoop van munitie.",
     "Duitsland en Frankrijk pleitten voor gezamenlijke aanschaf van munitie."),
])
def test_the_same_words_on_another_subject_or_by_others_is_not_reported(agenda_sentence: str,
                                                                          report_sentence: str) -> None:
    p = _one(run(agenda_sentence, report_sentence), agenda_sentence[:30])
    assert (p["status"], p["evidence"]) == ("not_reported", [])


def test_a_motion_is_compared_as_a_motion_not_by_its_words() -> None:
    agenda_sentence = ("Conform de motie van het lid Tuinman c.s. (Kamerstuk 36 800 X, nr. 31) zet het kabinet in op "
                       "langjarige contracten voor de defensie-industrie.")
    # the same motion, named by its member only, on the subject
    same = "Conform de motie-Tuinman heb ik gepleit voor langjarige contracten met de industrie."
    assert _one(run(agenda_sentence, same), "Tuinman")["status"] == "reported"
    # another motion cited the same way is no evidence (`motie`, `lid`, `Kamerstuk`, `nr.` are no subject)
    other = ("Nederland benadrukte dat het een groeipad naar de norm heeft vastgelegd, conform de motie van het lid "
             "Erkens c.s. (Kamerstuk 36 800 X, nr. 27).")
    assert _one(run(agenda_sentence, other), "Tuinman")["status"] == "not_reported"


def test_an_anaphor_after_the_first_clause_points_inside_the_sentence() -> None:
    # `dit` is the ship of the same sentence: the sentence before (on other operations) is not its context
    position = ("Het kabinet is voornemens in 2031 opnieuw een schip beschikbaar te stellen voor de bestrijding van "
                "piraterij, en ik zal dit tijdens de DMM aankondigen.")
    before = ("De NAVO-operatie Ocean Shield bestrijdt sinds augustus de piraterij in de Golf van Aden, naast de "
              "EU-operatie Atalanta. ")
    report_body = "Ik heb meegedeeld dat Nederland in 2031 Zr.Ms. De Ruyter inzet voor de bestrijding van piraterij."
    alone, after = (_one(run(agenda_body, report_body), "schip") for agenda_body in (position, before + position))
    assert after["status"] == "reported"
    assert after["evidence"][0]["score"] == pytest.approx(alone["evidence"][0]["score"], abs=0.05)  # idf moves a bit


# ---- the act itself: the Dutch effort, a plea, support of a proposal ------------------------------

@pytest.mark.parametrize(("sentence", "frameless"), [
    ("Inzet van Nederland is dat bondgenoten afspraken maken over hybride aanvallen.", "dat bondgenoten afspraken"),
    ("De Nederlandse inzet is erop gericht dat de Unie eensgezind blijft.", "dat de Unie eensgezind blijft"),
    ("De inzet van het kabinet blijft gericht op een snel akkoord.", "een snel akkoord"),
    ("Tijdens de Raad is de Nederlandse inzet erop gericht dat de EU snel besluit.", "dat de EU snel besluit"),
    # a deployment is the subject, not the frame of a stance
    ("De Nederlandse inzet in Irak is gericht op het versterken van het leger.", "Nederlandse inzet in Irak"),
])
def test_the_frame_of_the_dutch_effort_is_no_subject(sentence: str, frameless: str) -> None:
    got = without_effort_frame(sentence)
    assert frameless in got
    assert ("inzet" in got) is ("Irak" in sentence)


@pytest.mark.parametrize(("agenda_sentence", "report_body", "status"), [
    # the frame's `inzet` is not the report's `zich … ingezet` on another subject
    ("Inzet van Nederland is dat bondgenoten afspraken maken over een gezamenlijke en snelle toeschrijving van "
     "hybride aanvallen.",
     "De ministers bespraken de toename van sabotage. Een gezamenlijke verklaring over de bescherming van onderzeese "
     "kabels, waarvoor Nederland zich samen met de Noordse landen had ingezet, bleek niet haalbaar omdat twee "
     "bondgenoten bezwaar maakten.", "not_reported"),
    ("De Nederlandse inzet is erop gericht dat de bondgenoten gezamenlijke afspraken maken over de toeschrijving van "
     "cyberaanvallen.",
     "Nederland heeft zich ingezet voor gezamenlijke afspraken over de bescherming van havens.", "not_reported"),
    # on the subject it is still reported
    ("Inzet van het kabinet is dat de trainingsmissie in Oekraïne zelf wordt voortgezet.",
     "Nederland heeft gepleit voor voortzetting van de trainingsmissie in Oekraïne zelf.", "reported"),
])
def test_the_dutch_effort_is_followed_on_its_subject(agenda_sentence: str, report_body: str, status: str) -> None:
    assert _one(run(agenda_sentence, report_body), agenda_sentence[:30])["status"] == status


_EXTEND = ("Nederland pleit voor een verlenging van het mandaat van Aspides met een jaar, met behoud van de defensieve "
           "taakstelling.")
_TRAINING = "Nederland zal bepleiten dat de trainingsmissie in Polen met twee jaar wordt verlengd."


@pytest.mark.parametrize(("agenda_body", "report_body", "status"), [
    # a plea is met by a Dutch call on the subject the sentence before sets, the plea's details unreported
    (_EXTEND, "De Raad kon nog geen overeenstemming bereiken over de verlenging van het mandaat van Aspides, omdat "
              "enkele lidstaten eerst een evaluatie willen. Nederland en Frankrijk drongen aan op een besluit voor "
              "eind januari, zodat de operatie zonder onderbreking kan worden voortgezet.", "reported"),
    (_EXTEND, "Over de verlenging van het mandaat van Aspides werd nog geen besluit genomen. Ik heb opgeroepen dat "
              "besluit in januari te nemen, zodat de operatie kan worden voortgezet.", "reported"),
    (_TRAINING, "Over de verlenging van de trainingsmissie in Polen werd nog geen besluit genomen. Nederland pleitte "
                "voor een besluit in december, zodat de training zonder onderbreking wordt voortgezet.", "reported"),
    # others' call, or a Dutch call on another subject, is no evidence
    (_EXTEND, "De Raad kon nog geen overeenstemming bereiken over de verlenging van het mandaat van Aspides. Frankrijk "
              "en Italië drongen aan op een besluit voor eind januari, zodat de operatie kan worden voortgezet.",
     "not_reported"),
    (_EXTEND, "De ministers bespraken de situatie in de Sahel. Ik heb aangedrongen op een besluit over de financiering "
              "van de trainingscentra in Ghana.", "not_reported"),
])
def test_a_plea_is_met_by_a_dutch_call_on_its_subject(agenda_body: str, report_body: str, status: str) -> None:
    assert _one(run(agenda_body, report_body), "pleit")["status"] == status


_PROCUREMENT = ("De Commissie presenteert voorstellen om de regels voor gezamenlijke aanbesteding door lidstaten te "
                "vereenvoudigen. Het kabinet steunt deze voorstellen, mits de nationale bevoegdheden bij de aanschaf "
                "van materieel overeind blijven.")
_MOLDOVA = ("Het kabinet steunt het voorstel van de Hoge Vertegenwoordiger voor een civiele missie in Moldavië, mits "
            "de kosten over de lidstaten worden verdeeld.")


@pytest.mark.parametrize(("agenda_body", "report_body", "status"), [
    # supporting a proposal is met by agreeing to it
    (_PROCUREMENT, "Nederland kon instemmen met de vereenvoudiging van de regels voor gezamenlijke aanbesteding, nu in "
                   "de tekst is vastgelegd dat de lidstaten zelf over hun aanschaf blijven beslissen.", "reported"),
    (_PROCUREMENT, "De Raad besprak de vereenvoudiging van de regels voor gezamenlijke aanbesteding. Nederland ging "
                   "akkoord met de nieuwe regels, nu de lidstaten zelf over hun aanschaf blijven beslissen.",
     "reported"),
    (_MOLDOVA, "Nederland stemde in met de oprichting van de civiele missie in Moldavië, nu de financiering "
               "gemeenschappelijk is geregeld.", "reported"),
    # the opposite act, or others agreeing, is no evidence
    (_PROCUREMENT, "Nederland kon niet instemmen met de vereenvoudiging van de regels voor gezamenlijke aanbesteding, "
                   "omdat de lidstaten niet zelf over hun aanschaf blijven beslissen.", "not_reported"),
    (_PROCUREMENT, "De lidstaten stemden in met de vereenvoudiging van de regels voor gezamenlijke aanbesteding, nu de "
                   "lidstaten zelf over hun aanschaf blijven beslissen.", "not_reported"),
])
def test_support_of_a_proposal_is_met_by_agreeing_to_it(agenda_body: str, report_body: str, status: str) -> None:
    assert _one(run(agenda_body, report_body), "steunt")["status"] == status


@pytest.mark.parametrize(("agenda_sentence", "report_sentence", "status"), [
    # the position's word as the head of a compound the report writes (Dutch compounds end in their head)
    ("Nederland kan instemmen met de oprichting van een NAVO-centrum voor drone-innovatie in Litouwen.",
     "Nederland stemde in met het nieuwe NAVO-dronecentrum in Kaunas.", "reported"),
    ("Nederland zal pleiten voor een jaarlijkse oefening van de marines in de Noordzee.",
     "Ik heb gepleit voor een marineoefening in de Noordzee.", "reported"),
    # (not a short word inside another, nor the compound's first part)
    ("Nederland zal pleiten voor een centrum voor cyberverdediging.",
     "Ik heb gepleit voor een centrumpositie van de EU in het debat over de Indo-Pacific.", "not_reported"),
])
def test_a_word_is_met_as_the_head_of_a_compound(agenda_sentence: str, report_sentence: str, status: str) -> None:
    assert _one(run(agenda_sentence, report_sentence), agenda_sentence[:30])["status"] == status


# ---- kinds the NATO DMM June 2018 pair showed -------------------------------------------------------

@pytest.mark.parametrize("sentence", [
    # receiving in a subordinate clause, the verb last
    "De ministers bereiden de top van juli voor, waarover u in juni een aparte geannoteerde agenda ontvangt.",
    "Het voorstel voor de nieuwe commandostructuur, waarvan uw Kamer voor de zomer een appreciatie ontvangt, staat "
    "op de agenda van de ministers.",
    "De evaluatie van de missie, die u na de zomer zult ontvangen, wordt in de Raad besproken.",
    "Over de uitkomst wordt een verslag opgesteld dat uw Kamer na afloop van de top zal ontvangen.",
    # a passive of submitting or sending to parliament: what is sent is still to come
    "Een besluit over een Nederlandse bijdrage aan de missie wordt uw Kamer voorgelegd.",
    "Het onderhandelingsresultaat zal ter goedkeuring aan de Kamer worden voorgelegd.",
    "Het verdrag wordt, zodra het door alle bondgenoten is ondertekend, aan beide Kamers voorgelegd.",
    "De kabinetsreactie op het rapport van de adviesraad wordt uw Kamer voor het kerstreces toegezonden.",
    "Het kabinet neemt eind juni een besluit over de verlenging, dat vervolgens aan uw Kamer wordt voorgelegd.",
])
def test_receiving_later_and_a_passive_of_submitting_are_commitments(sentence: str) -> None:
    assert _found(sentence) == [(sentence, "commitment")]


@pytest.mark.parametrize("sentence", [
    # a past, an aside to the reader, this very letter, or someone else's submission
    "Het besluit over de bijdrage aan de missie is uw Kamer op 3 mei voorgelegd.",
    "Het verslag van de vorige bijeenkomst werd uw Kamer op 2 maart jl. toegezonden.",
    "Zoals u weet, ontvangt Oekraïne sinds 2022 steun uit het fonds voor luchtverdediging.",
    "De brief die u op 3 mei ontving beschrijft de stand van zaken van de missie in Irak.",
    "Het pakket wordt, zoals u weet, aan Oekraïne aangeboden als onderdeel van de coalitie.",
    "Hierbij wordt uw Kamer de geannoteerde agenda van de bijeenkomst aangeboden.",
    "Het voorstel van de Commissie wordt in juni aan de lidstaten voorgelegd.",
])
def test_a_past_or_an_aside_or_this_letter_is_no_commitment(sentence: str) -> None:
    assert _found(sentence) == []


_EFP_PROMISE = ("Tijdens het commissiedebat heb ik toegezegd uw Kamer voor de zomer te informeren over de Nederlandse "
                "bijdrage aan de luchtverdediging van Polen in 2031. Die brief ontvangt u voor de NAVO-top.")


@pytest.mark.parametrize(("report_body", "status"), [
    # `Die brief` is the letter the sentence before promises: a report on the summit agenda does not keep it, nor
    # does receiving (the act, not the subject) make a letter on another subject the same
    ("Uw Kamer ontvangt de geannoteerde agenda van de NAVO-top eind juni.", "not_reported"),
    ("Ik heb uw Kamer op 20 juni per brief geïnformeerd over de Nederlandse bijdrage aan de luchtverdediging van "
     "Polen in 2031.", "reported"),
])
def test_a_demonstrative_opening_the_sentence_points_back(report_body: str, status: str) -> None:
    assert _one(run(_EFP_PROMISE, report_body), "Die brief")["status"] == status


@pytest.mark.parametrize(("agenda_body", "report_body", "status"), [
    # the position names the allies, the report the minister's colleagues (or counterparts)
    ("Het kabinet heeft op 2 februari besloten de bijdrage aan de missie in Litouwen met ongeveer 80 militairen uit "
     "te breiden. Ik zal de bondgenoten tijdens de DMM over dit besluit informeren.",
     "Ik heb mijn collega's meegedeeld dat Nederland zijn bijdrage aan de missie in Litouwen met ongeveer 80 "
     "militairen uitbreidt.", "reported"),
    ("Het kabinet heeft besloten de bijdrage aan de missie in Litouwen met ongeveer 80 militairen uit te breiden. "
     "Ik zal de bondgenoten over dit besluit informeren.",
     "Ik heb mijn ambtgenoten laten weten dat Nederland de bijdrage aan de missie in Litouwen met ongeveer 80 "
     "militairen uitbreidt.", "reported"),
    # colleagues who act themselves, or a Dutch message on another subject, is no evidence
    ("Het kabinet heeft besloten de bijdrage aan de missie in Litouwen met ongeveer 80 militairen uit te breiden. "
     "Ik zal de bondgenoten over dit besluit informeren.",
     "Mijn Duitse collega meldde dat Duitsland zijn bijdrage aan de missie in Litouwen met een brigade uitbreidt.",
     "not_reported"),
    ("Het kabinet heeft besloten de bijdrage aan de missie in Litouwen met ongeveer 80 militairen uit te breiden. "
     "Ik zal de bondgenoten over dit besluit informeren.",
     "Ik heb mijn collega's gewezen op het belang van cyberverdediging van havens.", "not_reported"),
])
def test_informing_the_allies_is_met_by_telling_the_colleagues(agenda_body: str, report_body: str,
                                                                status: str) -> None:
    assert _one(run(agenda_body, report_body), "bondgenoten")["status"] == status


@pytest.mark.parametrize("others", ["mijn collega's", "de collega-ministers", "mijn ambtgenoten", "de ambtsgenoten"])
def test_the_colleagues_at_the_table_are_the_allies(others: str) -> None:
    lex = lexicon()
    assert subjects_of(others, lex) == subjects_of("de bondgenoten", lex)
    assert not subjects_of(others, lex) & subjects_of("de lidstaten van de Europese Unie", lex)


@pytest.mark.parametrize(("written_apart", "whole"), [
    ("de bijdrage met 80 militairen uit te breiden", "zijn bijdrage uitbreidt"),
    ("de bijdrage met 80 militairen uit te breiden", "de uitbreiding van de bijdrage"),
    ("de bijdrage met 80 militairen uit te breiden", "heeft de bijdrage uitgebreid"),
    ("een nieuw hoofdkwartier op te richten", "de oprichting van een nieuw hoofdkwartier"),
    ("de missie in Irak voort te zetten", "de voortzetting van de missie in Irak"),
    ("de afspraken vast te leggen", "heeft de afspraken vastgelegd"),
])
def test_a_separable_verb_written_apart_is_the_same_subject(written_apart: str, whole: str) -> None:
    lex = lexicon()
    verb = subjects_of(whole, lex) - subjects_of("de bijdrage een nieuw hoofdkwartier de missie in Irak de afspraken",
                                                 lex)
    assert verb and verb <= subjects_of(written_apart, lex)


@pytest.mark.parametrize("phrase", [
    # `om te` and `door te` open a purpose or a means: no verb `ominvesteren`, `doorinvesteren`
    "om te investeren in drones", "door te investeren in drones",
])
def test_a_purpose_or_means_is_no_separable_verb(phrase: str) -> None:
    assert subjects_of(phrase, lexicon()) >= {key("investeren")}


_READINESS_AGENDA = ("Nederland steunt het Readiness Action Plan en ik zal aangeven welke eenheden hiervoor in "
                     "aanmerking komen.")


@pytest.mark.parametrize(("report_body", "status"), [
    # the topic set two sentences back, the Dutch act naming it by its head noun only
    ("De ministers stemden in met het Readiness Action Plan, waarmee het bondgenootschap binnen dertig dagen kan "
     "optreden. Het plan wordt tijdens de top bekrachtigd. Nederland heeft ingestemd met het plan.", "reported"),
    # a Dutch act in between ends the topic: what the sentences before it name is not this act's topic
    ("De ministers stemden in met het Readiness Action Plan, waarmee het bondgenootschap binnen dertig dagen kan "
     "optreden. Ik heb gepleit voor meer oefeningen in het Hoge Noorden. Nederland heeft ingestemd met het plan "
     "voor de Arctische oefeningen.", "not_reported"),
    # nor does a topic in another paragraph
    ("De ministers stemden in met het Readiness Action Plan, waarmee het bondgenootschap binnen dertig dagen kan "
     "optreden. Het plan wordt tijdens de top bekrachtigd.\n\nNederland heeft ingestemd met het plan voor de "
     "Arctische oefeningen.", "not_reported"),
])
def test_a_dutch_act_on_the_topic_set_sentences_before(report_body: str, status: str) -> None:
    assert _one(run(_READINESS_AGENDA, report_body), "Readiness")["status"] == status


# ---- kinds the NATO summit Vilnius 2023 and RBZ November 2021 pairs showed --------------------------------

@pytest.mark.parametrize(("agenda_sentence", "report_body", "status"), [
    # the object of the Dutch act is the sentence before: by a demonstrative before a noun it names (or heads a
    # compound of), by a pronominal adverb, or left out altogether
    ("Nederland steunt de voorstellen voor Moldavië en Georgië.",
     "De Raad stemde in met steunmaatregelen voor Moldavië en Georgië. Nederland stemde met deze maatregelen in.",
     "reported"),
    ("Het kabinet zal pleiten voor een meerjarig trainingsprogramma voor de Moldavische strijdkrachten.",
     "De ministers besloten tot een meerjarig trainingsprogramma voor de Moldavische strijdkrachten. Nederland had "
     "daarvoor gepleit.", "reported"),
    ("Nederland kan instemmen met een begroting van EUR 40 miljoen voor het agentschap.",
     "De bestuursraad stelde de begroting van het agentschap vast op EUR 40 miljoen. Nederland stemde in.",
     "reported"),
    ("Nederland kan instemmen met een verhoging van het budget voor de commandostructuur.",
     "De ministers namen kennis van het voorstel om het budget voor de commandostructuur te verhogen. Nederland "
     "heeft daarmee ingestemd, onder de voorwaarde dat de NAVO jaarlijks rapporteert.", "reported"),
    ("De kuststaten presenteren een verklaring over maritieme veiligheid in de Oostzee; het kabinet zal bezien of "
     "Nederland zich daarbij aansluit.",
     "De kuststaten presenteerden een verklaring over maritieme veiligheid in de Oostzee. Nederland heeft zich bij "
     "deze verklaring aangesloten.", "reported"),
    # the Council's own decision is no Dutch act, nor is agreeing to it when the position refuses it
    ("Nederland steunt de voorstellen voor Moldavië en Georgië.",
     "De Raad stemde in met steunmaatregelen voor Moldavië en Georgië.", "not_reported"),
    ("Nederland zal niet instemmen met een begroting van EUR 40 miljoen voor het agentschap.",
     "De bestuursraad stelde de begroting van het agentschap vast op EUR 40 miljoen. Nederland stemde in.",
     "not_reported"),
    # `deze bijeenkomst` names the meeting, not the sentence before; an adverb after what the sentence names points
    # inside it
    ("Het kabinet zal pleiten voor een meerjarig trainingsprogramma voor de Moldavische strijdkrachten.",
     "De ministers spraken over een meerjarig trainingsprogramma voor de Moldavische strijdkrachten. Tijdens deze "
     "bijeenkomst heeft Nederland een bijdrage aan de missie in Irak aangekondigd.", "not_reported"),
    ("Het kabinet zal pleiten voor meer helikopters voor de trainingsmissie in Irak.",
     "De ministers bespraken de tekorten aan helikopters voor de trainingsmissie in Irak. Op vragen over de "
     "Nederlandse inzet na 2031 heb ik geantwoord dat het kabinet daarover nog geen besluit heeft genomen.",
     "not_reported"),
    # a demonstrative before a noun the sentence before does not name is no pointer back to it
    ("Nederland steunt de voorstellen voor Moldavië en Georgië.",
     "De Raad stemde in met steunmaatregelen voor Moldavië en Georgië. Nederland stemde in met deze verklaring "
     "over de Oostzee.", "not_reported"),
])
def test_a_dutch_act_whose_object_is_the_sentence_before(agenda_sentence: str, report_body: str, status: str) -> None:
    (p,) = [p for p in run(agenda_sentence, report_body)["positions"]]
    assert p["status"] == status


@pytest.mark.parametrize(("agenda_sentence", "report_sentence", "status"), [
    # a call reported as stressing what it asks for, or as the minister's own plea
    ("Nederland zal bij Turkije aandringen op een spoedige ratificatie van het toetredingsprotocol.",
     "In een gesprek met de Turkse minister heb ik het belang van een snelle ratificatie van het "
     "toetredingsprotocol onderstreept.", "reported"),
    ("Nederland zal aandringen op voortzetting van de operatie in Bosnië-Herzegovina.",
     "Over de operatie heb ik gewezen op het belang van de voortzetting van de operatie in Bosnië-Herzegovina.",
     "reported"),
    ("Het kabinet zal oproepen tot een snelle uitbreiding van de munitieproductie in Europa.",
     "De Minister-President wees op de noodzaak van een snelle uitbreiding van de munitieproductie in Europa.",
     "reported"),
    ("Het kabinet zal erop aandringen dat de nieuwe capaciteit voortbouwt op de bestaande battlegroups.",
     "Ook heb ik bepleit dat de nieuwe capaciteit voortbouwt op de battlegroups.", "reported"),
    # others stressing it, a Dutch account of it, or stressing without asking for it is no call
    ("Nederland zal bij Turkije aandringen op een spoedige ratificatie van het toetredingsprotocol.",
     "De Duitse minister onderstreepte het belang van een snelle ratificatie van het toetredingsprotocol.",
     "not_reported"),
    ("Nederland zal bij Turkije aandringen op een spoedige ratificatie van het toetredingsprotocol.",
     "Ik heb de stand van de ratificatie van het toetredingsprotocol door Turkije toegelicht.", "not_reported"),
    ("Nederland zal bij Turkije aandringen op een spoedige ratificatie van het toetredingsprotocol.",
     "Ik heb onderstreept dat de ratificatie van het toetredingsprotocol een zaak van het Turkse parlement is.",
     "not_reported"),
])
def test_a_call_is_met_by_stressing_what_it_asks_for(agenda_sentence: str, report_sentence: str, status: str) -> None:
    (p,) = [p for p in run(agenda_sentence, report_sentence)["positions"]]
    assert p["status"] == status


_MUNITION_AGENDA = "Het kabinet zal benadrukken dat de regionale plannen voldoende munitievoorraden vereisen."


@pytest.mark.parametrize(("report_body", "status"), [
    # `hij` or `zij` goes on with the Dutch minister or head of government of the sentence before
    ("De Minister-President heeft aangegeven dat Nederland de gevraagde eenheden levert. Hij benadrukte dat de "
     "regionale plannen voldoende munitievoorraden vereisen.", "reported"),
    ("De minister van Defensie heeft bevestigd dat Nederland de gevraagde eenheden levert. Daarbij wees zij erop dat "
     "de regionale plannen voldoende munitievoorraden vereisen.", "reported"),
    # not with another country's minister or the Secretary General
    ("De Duitse minister van Defensie heeft aangegeven dat Duitsland een brigade levert. Hij benadrukte dat de "
     "regionale plannen voldoende munitievoorraden vereisen.", "not_reported"),
    ("De Secretaris-Generaal presenteerde de regionale plannen. Hij benadrukte dat de regionale plannen voldoende "
     "munitievoorraden vereisen.", "not_reported"),
])
def test_a_pronoun_goes_on_with_the_dutch_minister(report_body: str, status: str) -> None:
    assert _one(run(_MUNITION_AGENDA, report_body), "munitievoorraden")["status"] == status


@pytest.mark.parametrize(("agenda_words", "report_words"), [
    ("een zo duidelijk mogelijke verklaring", "een zo helder mogelijke tekst"),
    ("heldere", "duidelijke"),
    ("praktisch van aard", "vooral concreet"),
    ("op het gebied van cyber", "op het gebied van cyberveiligheid"),
    ("nieuwe technologieën", "opkomende technologieën"),
    ("emerging and disruptive technologies", "opkomende en disruptieve technologieën"),
])
def test_the_genre_words_what_a_position_asks_otherwise(agenda_words: str, report_words: str) -> None:
    lex = lexicon()
    assert subjects_of(agenda_words, lex) & subjects_of(report_words, lex)


@pytest.mark.parametrize(("one", "other"), [
    ("een zo duidelijk mogelijke verklaring", "een zo snel mogelijke ratificatie"),
    ("vooral concreet", "cyberveiligheid"),
    ("nieuwe technologieën", "nieuwe munitie"),
])
def test_other_asks_share_no_subject(one: str, other: str) -> None:
    lex = lexicon()
    assert not subjects_of(one, lex) & subjects_of(other, lex)


# ---- kinds the NATO DMM February 2024 and Toledo 2023 pairs showed ----------------------------------

_NSPA_AGENDA = ("Nederland zal aangeven het initiatief te steunen om via het agentschap NSPA gezamenlijk "
                "luchtverdedigingsraketten te verwerven.")


@pytest.mark.parametrize(("report_body", "status"), [
    # joining what the sentence before names: `daarbij` (or `daar … bij`) as the object of a verb of joining
    ("Het initiatief voor de gezamenlijke verwerving van luchtverdedigingsraketten via de NSPA is formeel van start "
     "gegaan. Nederland heeft zich daarbij aangesloten, samen met Duitsland en Spanje.", "reported"),
    ("Het initiatief voor de gezamenlijke verwerving van luchtverdedigingsraketten via de NSPA ging tijdens de "
     "bijeenkomst van start. Nederland sluit zich hierbij aan.", "reported"),
    ("Het initiatief voor de gezamenlijke verwerving van luchtverdedigingsraketten via de NSPA is van start gegaan. "
     "Ook Nederland heeft zich daar bij aangesloten.", "reported"),
    # `daarbij` joining acts or times points to nothing; the initiative starting is no Dutch act
    ("Het initiatief voor de gezamenlijke verwerving van luchtverdedigingsraketten via de NSPA is formeel van start "
     "gegaan. Nederland heeft daarbij de voortgang van de F-16-coalitie toegelicht.", "not_reported"),
    ("Het initiatief voor de gezamenlijke verwerving van luchtverdedigingsraketten via de NSPA is formeel van start "
     "gegaan.", "not_reported"),
])
def test_joining_what_the_sentence_before_names(report_body: str, status: str) -> None:
    assert _one(run(_NSPA_AGENDA, report_body), "NSPA")["status"] == status


_RELEASE_AGENDA = ("Nederland zal erop aandringen dat de vergoedingen voor eerdere leveringen spoedig worden "
                   "vrijgegeven.")


@pytest.mark.parametrize(("report_body", "status"), [
    # the Dutch call as a noun, also when it failed
    ("Mijn oproep om de geblokkeerde vergoedingen voor eerdere leveringen vrij te geven, die door verschillende "
     "collega's werd ondersteund, heeft geen resultaat gehad.", "reported"),
    ("Ons pleidooi om de vergoedingen voor eerdere leveringen snel vrij te geven, vond weinig steun.", "reported"),
    ("De Nederlandse oproep tot het spoedig vrijgeven van de vergoedingen voor eerdere leveringen werd door een "
     "meerderheid gesteund.", "reported"),
    ("Op aandringen van Nederland worden de vergoedingen voor eerdere leveringen spoedig vrijgegeven.", "reported"),
    # another's call, or a Dutch proposal (no call), is not
    ("De oproep van de HV om de geblokkeerde vergoedingen voor eerdere leveringen vrij te geven, heeft geen resultaat "
     "gehad.", "not_reported"),
    ("Mijn voorstel om de vergoedingen voor eerdere leveringen in de toekomst te beperken vond weinig steun.",
     "not_reported"),
    ("Over de vergoedingen voor eerdere leveringen werd niet gesproken.", "not_reported"),
])
def test_a_call_named_as_a_noun_is_a_call(report_body: str, status: str) -> None:
    assert _one(run(_RELEASE_AGENDA, report_body), "vergoedingen")["status"] == status


def test_how_a_call_was_received_is_no_subject_of_it() -> None:
    """`vond weinig steun` says how the Dutch call was received: its `steun` is no support the position asks for."""
    out = run("Nederland zal oproepen tot meer bijdragen van lidstaten aan de reservemacht van de operatie.",
              "Mijn oproep om de besluitvorming te versnellen vond weinig steun; verschillende lidstaten houden vast "
              "aan unanimiteit.")
    assert _one(out, "reservemacht")["status"] == "not_reported"


@pytest.mark.parametrize(("sentence", "listed"), [
    ("Nederland zal pleiten voor meer training in gespecialiseerde vaardigheden, zoals ontmijning, medische zorg en "
     "het onderhoud van westerse wapensystemen.",
     "ontmijning, medische zorg en het onderhoud van westerse wapensystemen"),
    ("Nederland zal voorstellen de EU-aanwezigheid in de kuststaten, zoals Benin, Togo en Ghana, te versterken.",
     "Benin, Togo en Ghana"),
    ("Het kabinet steunt meer steun aan de partners in de regio, waaronder Moldavië en Georgië.",
     "Moldavië en Georgië"),
    ("Nederland pleit voor gezamenlijke inkoop van kritieke capaciteiten, bijvoorbeeld luchtverdediging of munitie.",
     "luchtverdediging of munitie"),
    # a comment after `zoals`, or a single example, lists nothing
    ("Nederland zal benadrukken dat 2 procent een ondergrens is, zoals in Vilnius is afgesproken, en ik zal toelichten "
     "dat Nederland aan de norm voldoet.", ""),
    ("Het kabinet zet in op langjarige contracten en gezamenlijke inkoop, zoals bepleit in de motie-Tuinman.", ""),
    ("Na afloop zal ik u, zoals gebruikelijk, per brief informeren over de uitkomsten en de vervolgstappen.", ""),
    ("Nederland zal pleiten voor meer training in gespecialiseerde vaardigheden, zoals ontmijning.", ""),
])
def test_the_examples_a_position_lists(sentence: str, listed: str) -> None:
    head, got = without_examples(sentence)
    assert got == listed
    assert (head == sentence) == (not listed)


_TRAINING_AGENDA = ("Daarnaast zal Nederland pleiten voor meer training in gespecialiseerde vaardigheden, zoals "
                    "ontmijning, medische zorg en het onderhoud van westerse wapensystemen.")


@pytest.mark.parametrize(("report_body", "status"), [
    # the report names the head, not every example
    ("Verschillende lidstaten, waaronder Nederland, wezen op de behoefte aan meer gespecialiseerde opleidingen. Ik "
     "heb daarbij in het bijzonder ontmijning genoemd.", "reported"),
    ("Ik heb gepleit voor meer training in gespecialiseerde vaardigheden.", "reported"),
    ("Nederland heeft aangedrongen op meer gespecialiseerde trainingen, met name in ontmijning.", "reported"),
    # others doing it, the ministers' own decision, or a distractor is not
    ("Verschillende lidstaten wezen op de behoefte aan meer gespecialiseerde opleidingen.", "not_reported"),
    ("De ministers besloten tot meer training in gespecialiseerde vaardigheden, zoals ontmijning en medische zorg.",
     "not_reported"),
    ("Over training in gespecialiseerde vaardigheden werd niet gesproken.", "not_reported"),
    ("Ik heb de stand van de Nederlandse bijdrage aan de missie in Irak toegelicht.", "not_reported"),
])
def test_a_position_with_examples_is_met_on_its_head(report_body: str, status: str) -> None:
    assert _one(run(_TRAINING_AGENDA, report_body), "gespecialiseerde")["status"] == status


# ---- kinds the NATO DMM June 2023 pair showed --------------------------------------------------------

_PLEDGE_AGENDA = ("In Vilnius wordt een afspraak verwacht waarin 2 procent van het bbp een ondergrens is. Nederland "
                  "zal tijdens de DMM aangeven dat het kabinet deze ondergrens vanaf 2031 structureel wil halen en dit "
                  "wettelijk wil verankeren.")


@pytest.mark.parametrize(("report_body", "status"), [
    # the GDP pledge in other words: the norm by its figure or its name, laid down in law, reached lastingly
    ("Ik heb gemeld dat Nederland vanaf volgend jaar ten minste 2 procent van het bbp aan defensie besteedt en dat het "
     "kabinet die ondergrens in de wet wil vastleggen.", "reported"),
    ("Ik heb aangegeven dat Nederland vanaf 2031 duurzaam aan de NAVO-norm voldoet en dat het kabinet de norm "
     "wettelijk wil vastleggen.", "reported"),
    ("Ik heb toegelicht dat het kabinet de ondergrens van 2 procent van het bbp structureel wil halen.", "reported"),
    # others saying it, the Dutch spending figure alone, or another thing laid down in law is no evidence
    ("Een aantal bondgenoten gaf aan de ondergrens pas later te kunnen halen en dit niet in de wet vast te leggen.",
     "not_reported"),
    ("Ik heb gemeld dat Nederland dit jaar 1,65 procent van het bbp aan defensie uitgeeft.", "not_reported"),
    ("Ik heb gemeld dat het kabinet de steun aan Oekraïne in de wet wil vastleggen.", "not_reported"),
])
def test_a_gdp_pledge_is_met_in_other_words(report_body: str, status: str) -> None:
    assert _one(run(_PLEDGE_AGENDA, report_body), "structureel")["status"] == status


@pytest.mark.parametrize(("one", "other"), [
    ("dit wettelijk wil verankeren", "in de wet wil vastleggen"),
    ("de wettelijke verankering", "vast te leggen in de wet"),
    ("wettelijk vast te leggen", "bij wet vastleggen"),
    ("deze ondergrens", "de NAVO-norm"),
    ("de ondergrens halen", "aan de norm voldoet"),
    ("structureel", "duurzaam"),
])
def test_the_genre_words_a_gdp_pledge_otherwise(one: str, other: str) -> None:
    lex = lexicon()
    assert subjects_of(one, lex) & subjects_of(other, lex)


@pytest.mark.parametrize(("one", "other"), [
    ("wettelijk verankeren", "in een verdrag vastleggen"),
    ("structureel", "zelf over hun aanschaf blijven beslissen"),     # `blijvend` shares the stem of `blijven`
    ("de ondergrens", "de normen van het oorlogsrecht"),
    ("vanaf 2031", "vanaf de oostflank"),                           # `vanaf` is a preposition
])
def test_other_words_share_no_subject_with_a_gdp_pledge(one: str, other: str) -> None:
    lex = lexicon()
    assert not subjects_of(one, lex) & subjects_of(other, lex)


def test_a_meeting_acronym_the_letter_never_spells_out_is_no_subject() -> None:
    """`tijdens de DMM` is where the position is taken, also when the letter names the meeting only in words (`de
    NAVO-ministers van Defensie`); the `NATO` of a `NATO-top` letter is no acronym of a meeting type."""
    body = ("Op donderdag 13 en vrijdag 14 juni a.s. komen de NAVO-ministers van Defensie bijeen in Brussel.\n\n"
            "Nederland zal tijdens de DMM aangeven dat het kabinet de ondergrens wil halen.\n")
    _doc, ex = letter("agenda.txt", HEADER.format(date="2 juni 2030", subject="Geannoteerde agenda") + body)
    assert [m.type for m in ex.letter.meetings] == ["DMM"] and not ex.acronyms
    lex = lexicon(ex)
    assert (subjects_of("Nederland zal tijdens de DMM aangeven dat het kabinet de ondergrens wil halen.", lex)
            == subjects_of("Nederland zal aangeven dat het kabinet de ondergrens wil halen.", lex))
    body = "Op 11 en 12 juli a.s. vindt in Vilnius de NAVO-top plaats.\n\nNederland steunt het NATO Force Model.\n"
    _doc, ex = letter("agenda.txt", HEADER.format(date="2 juni 2030", subject="Geannoteerde agenda") + body)
    assert [m.type for m in ex.letter.meetings] == ["NATO-top"]
    assert key("nato") in subjects_of("het NATO Force Model", lexicon(ex))


@pytest.mark.parametrize(("sentence", "left"), [
    # whom a call is made on: before a call verb written last, after one written first (up to its particle)
    ("Nederland zal de bondgenoten daarnaast oproepen bij te dragen aan de aanschaf van munitie.",
     "Nederland zal de   daarnaast oproepen bij te dragen aan de aanschaf van munitie."),
    ("Ik zal mijn collega's er toe oproepen meer te investeren.", "Ik zal mijn   er toe oproepen meer te investeren."),
    ("Nederland roept de andere lidstaten op om meer te investeren.", "Nederland roept de   op om meer te investeren."),
    ("Het kabinet zal er bij de partners op aandringen dat de steun doorgaat.",
     "Het kabinet zal er bij de   op aandringen dat de steun doorgaat."),
    # what the call asks for keeps them, and so does a sentence without a call verb
    ("Nederland zal oproepen tot meer steun aan de bondgenoten aan de oostflank.",
     "Nederland zal oproepen tot meer steun aan de bondgenoten aan de oostflank."),
    ("Nederland roept op de steun aan de bondgenoten te vergroten.",
     "Nederland roept op de steun aan de bondgenoten te vergroten."),
    ("Nederland zal de steun aan de bondgenoten vergroten.", "Nederland zal de steun aan de bondgenoten vergroten."),
    ("Nederland zal bij Turkije aandringen op een spoedige ratificatie.",
     "Nederland zal bij Turkije aandringen op een spoedige ratificatie."),
])
def test_whom_a_call_is_made_on(sentence: str, left: str) -> None:
    assert without_addressee(sentence) == left


_AIR_DEFENCE_CALL = ("Nederland zal de bondgenoten daarnaast oproepen bij te dragen aan de aanschaf van "
                     "luchtverdedigingsmunitie.")


@pytest.mark.parametrize(("report_body", "status"), [
    # the Dutch call on its subject, whoever it names as called upon
    ("Ik heb de bondgenoten opgeroepen bij te dragen aan de aanschaf van luchtverdedigingsmunitie.", "reported"),
    ("Ik heb mijn collega's opgeroepen bij te dragen aan de gezamenlijke aanschaf van munitie voor "
     "luchtverdediging.", "reported"),
    # a Dutch plea on another subject that names the allies too, another's call, others' deliveries, or the subject
    # only as a topic before a Dutch plea on another is no evidence
    ("Ik heb ervoor gepleit dat de bondgenoten hun munitie op basis van gemeenschappelijke standaarden aanschaffen.",
     "not_reported"),
    ("De Secretaris-Generaal riep de bondgenoten op bij te dragen aan de aanschaf van luchtverdedigingsmunitie.",
     "not_reported"),
    ("Duitsland en de Verenigde Staten kondigden nieuwe leveringen van luchtverdedigingssystemen aan.",
     "not_reported"),
    ("De ministers spraken over de aanschaf van luchtverdedigingsmunitie. Ik heb gepleit voor gemeenschappelijke "
     "standaarden voor munitie.", "not_reported"),
])
def test_a_call_is_not_met_by_naming_whom_it_calls_on(report_body: str, status: str) -> None:
    assert _one(run(_AIR_DEFENCE_CALL, report_body), "luchtverdedigingsmunitie")["status"] == status


_SLOVAKIA_PROMISE = ("Tijdens het commissiedebat van 24 januari jl. heb ik toegezegd uw Kamer te informeren over de "
                     "stand van de Nederlandse bijdrage aan de luchtverdediging in Slowakije. Die informatie ontvangt "
                     "u bij het verslag van deze bijeenkomst.")


@pytest.mark.parametrize(("report_body", "status"), [
    # `Die informatie` names no subject of its own (nor `verslag`): the report keeps it by giving the information on
    # what the sentence before promised, flagged or not
    ("Zoals toegezegd informeer ik u over de Nederlandse bijdrage aan de luchtverdediging in Slowakije. De "
     "Patriot-eenheid is op 31 januari naar Nederland teruggekeerd.", "reported"),
    ("De Nederlandse Patriot-eenheid in Slowakije is op 31 januari teruggekeerd; de bijdrage aan de luchtverdediging "
     "daar is afgerond.", "reported"),
    # information on another subject, or the report itself, does not keep it
    ("Zoals toegezegd informeer ik u over de verlenging van de missie in Irak.", "not_reported"),
    ("Ik heb de stand van de F-16-coalitie toegelicht.", "not_reported"),
    ("Het verslag van de vorige bijeenkomst ontving u op 3 januari.", "not_reported"),
])
def test_a_promise_pointing_back_is_kept_by_the_information(report_body: str, status: str) -> None:
    assert _one(run(_SLOVAKIA_PROMISE, report_body), "Die informatie")["status"] == status


_FLOOR_AGENDA = "Nederland zal aangeven dat het kabinet de ondergrens vanaf 2031 wil halen."


def _score(agenda_body: str, report_body: str, fragment: str) -> float:
    """The best evidence score of the position containing fragment (0 when not reported)."""
    p = _one(run(agenda_body, report_body), fragment)
    return max((e["score"] for e in p["evidence"]), default=0.0)


def test_a_year_is_one_subject_however_it_is_written() -> None:
    """`vanaf 2031` in an agenda is `vanaf volgend jaar` in a report of 2030, `dit jaar` in an agenda of 2030 is
    `in 2030`: the report on that year is closer than one on another year."""
    same = _score(_FLOOR_AGENDA, "Ik heb gemeld dat Nederland vanaf volgend jaar aan de NAVO-norm voldoet.", "2031")
    other = _score(_FLOOR_AGENDA, "Ik heb gemeld dat Nederland vanaf 2033 aan de NAVO-norm voldoet.", "2031")
    assert same > other > 0
    this_year = "Nederland zal aangeven dat het kabinet dit jaar de ondergrens wil halen."
    assert (_score(this_year, "Ik heb gemeld dat Nederland in 2030 aan de NAVO-norm voldoet.", "dit jaar")
            > _score(this_year, "Ik heb gemeld dat Nederland in 2032 aan de NAVO-norm voldoet.", "dit jaar") > 0)


def test_a_year_inside_a_date_is_no_subject() -> None:
    """`op 3 mei 2031` says when something happened, not the year a position is about."""
    assert (_score(_FLOOR_AGENDA, "Ik heb op 3 mei 2031 gemeld dat Nederland aan de NAVO-norm voldoet.", "2031")
            == _score(_FLOOR_AGENDA, "Ik heb op 3 mei gemeld dat Nederland aan de NAVO-norm voldoet.", "2031"))


# ---- kinds the NATO DMM February 2019 and RBZ-Defensie November 2016 pairs showed ---------------------------

@pytest.mark.parametrize("sentence", [
    # a role or a condition fronted with `als`: the phrase after the finite verb is the subject
    "Als leider van het PESCO-project voor militaire mobiliteit zal Nederland de voortgang van het project toelichten.",
    "Als voorzitter van de coalitie zal ik de stand van de leveringen van luchtverdediging toelichten.",
    "Als kaderland van de multinationale brigade zal Nederland de bondgenoten oproepen meer eenheden te leveren.",
    "Als de Raad daartoe besluit zal het kabinet een bijdrage aan de missie overwegen.",
    # welcoming with the condition the Netherlands sets, or with a second act, is a stance taken at the meeting
    "Nederland verwelkomt het voorstel voor een Eastern Flank Watch, mits de planning van de NAVO leidend blijft.",
    "Het kabinet verwelkomt het plan, op voorwaarde dat het binnen de bestaande structuren wordt uitgevoerd.",
    "Wij verwelkomen de eerste versie en zullen benadrukken dat het Kompas concrete doelen moet bevatten.",
])
def test_a_fronted_role_and_a_conditional_welcome_are_positions(sentence: str) -> None:
    assert _found(sentence) == [(sentence, "position")]


@pytest.mark.parametrize("sentence", [
    # welcoming alone is an evaluation, as regretting or condemning is; another's role fronted names another subject
    "Het kabinet verwelkomt het plan.",
    "Nederland verwelkomt de conclusies over de samenwerking tussen de EU en de NAVO.",
    "Als voorzitter van de werkgroep zal Duitsland de voortgang van het project toelichten.",
    "Als leider van het project zal de Commissie de bondgenoten over de voortgang informeren.",
])
def test_a_bare_welcome_or_another_in_a_fronted_role_is_no_position(sentence: str) -> None:
    assert _found(sentence) == []


@pytest.mark.parametrize(("long", "name"), [
    ("NAVO-missie Resolute Support", "Resolute Support"),
    ("Operation Inherent Resolve", "Inherent Resolve"),
    ("de EU-trainingsmissie Mali", "Mali"),
    ("EU-operatie Aspides", "Aspides"),
    ("de vredesmissie United Nations Interim Force", "United Nations Interim Force"),
    # no kind of mission before a name: the long form as it is
    ("Permanent Structured Cooperation", None),
    ("missie in Mali", None),
    ("Commissie Buitenlandse Zaken", None),
    ("emissiehandel Europese Unie", None),
])
def test_the_name_a_long_form_gives_after_the_kind_of_mission(long: str, name: str | None) -> None:
    assert bare_name(long) == name


_RSM_AGENDA = ("In een sessie met de partners van de NAVO-missie Resolute Support (RSM) bespreken de ministers de "
               "situatie in Afghanistan. Nederland zal benadrukken dat de bondgenoten hun besluiten over de toekomst "
               "van RSM gezamenlijk moeten nemen, volgens het beginsel «in together, out together».")


@pytest.mark.parametrize(("report_body", "status"), [
    # the mission by its name without its kind, as the topic before the Dutch act; the principle in other words
    ("De ministers spraken met de partners van Resolute Support over de gesprekken met de Taliban. Ik heb er op "
     "gewezen dat de bondgenoten samen in Afghanistan zijn gekomen en dat zij ook samen moeten besluiten over de "
     "toekomst van de missie.", "reported"),
    ("Ik heb benadrukt dat de bondgenoten over de toekomst van Resolute Support gezamenlijk moeten besluiten.",
     "reported"),
    # others saying it, or a Dutch act on the mission's other matters, is no evidence
    ("De ministers spraken met de partners van Resolute Support. Verschillende bondgenoten wezen erop dat zij "
     "samen moeten besluiten over de toekomst van de missie.", "not_reported"),
    ("Ik heb gemeld dat de Nederlandse bijdrage aan Resolute Support ongewijzigd doorloopt.", "not_reported"),
])
def test_a_mission_named_without_its_kind_and_a_principle_in_other_words(report_body: str, status: str) -> None:
    assert _one(run(_RSM_AGENDA, report_body), "in together")["status"] == status


@pytest.mark.parametrize(("sentence", "left"), [
    ("Nederland zal benadrukken dat de besluiten gezamenlijk moeten worden genomen, volgens het beginsel «in "
     "together, out together».", "Nederland zal benadrukken dat de besluiten gezamenlijk moeten worden genomen."),
    ("Het kabinet steunt de onderhandelingen, conform het principe 'nothing about Ukraine without Ukraine'.",
     "Het kabinet steunt de onderhandelingen."),
    ("Nederland zal, in lijn met het adagium “samen erin, samen eruit”, pleiten voor een gezamenlijk besluit.",
     "Nederland zal, pleiten voor een gezamenlijk besluit."),
    # a principle named in words, or a quotation that names no principle, is kept
    ("Nederland zal pleiten voor inzet volgens het beginsel van proportionaliteit.",
     "Nederland zal pleiten voor inzet volgens het beginsel van proportionaliteit."),
    ("Nederland zal de «Strategic Compass» verwelkomen.", "Nederland zal de «Strategic Compass» verwelkomen."),
])
def test_the_slogan_of_a_principle_is_no_subject(sentence: str, left: str) -> None:
    assert without_principle(sentence) == left


@pytest.mark.parametrize(("sentence", "head", "condition"), [
    ("Nederland zal steun uitspreken voor een dergelijke capaciteit, op voorwaarde dat deze binnen de bestaande "
     "structuren wordt ondergebracht.", "Nederland zal steun uitspreken voor een dergelijke capaciteit.",
     "op voorwaarde dat deze binnen de bestaande structuren wordt ondergebracht"),
    ("Nederland zal aangeven open te staan voor een verkenning van PESCO, mits de samenwerking inclusief is.",
     "Nederland zal aangeven open te staan voor een verkenning van PESCO.", "mits de samenwerking inclusief is"),
    ("Nederland steunt het voorstel onder de voorwaarde dat de NAVO leidend blijft.", "Nederland steunt het voorstel.",
     "onder de voorwaarde dat de NAVO leidend blijft"),
    ("Ik zal pleiten voor eenvoudiger procedures, zodat eenheden binnen vijf dagen kunnen worden verplaatst; de "
     "Commissie zal het plan toelichten.", "Ik zal pleiten voor eenvoudiger procedures; de Commissie zal het plan "
     "toelichten.", "zodat eenheden binnen vijf dagen kunnen worden verplaatst"),
    # a condition fronted, a purpose without a comma, or none: the position as it is
    ("Mits de Raad instemt, zal Nederland een bijdrage leveren.", "Mits de Raad instemt, zal Nederland een bijdrage "
     "leveren.", ""),
    ("Nederland zal pleiten voor meer oefeningen zodat de gereedheid toeneemt.",
     "Nederland zal pleiten voor meer oefeningen zodat de gereedheid toeneemt.", ""),
    ("Nederland zal pleiten voor meer oefeningen.", "Nederland zal pleiten voor meer oefeningen.", ""),
])
def test_the_condition_a_position_sets(sentence: str, head: str, condition: str) -> None:
    assert without_condition(sentence) == (head, condition)


_CAPABILITY = ("De HV stelt voor een militaire planningscapaciteit op te richten voor de trainingsmissies. Nederland "
               "zal steun uitspreken voor een dergelijke capaciteit, op voorwaarde dat deze binnen de bestaande "
               "EU-Militaire Staf wordt ondergebracht en niet leidt tot een permanent operationeel EU-hoofdkwartier.")


@pytest.mark.parametrize(("report_body", "status"), [
    # the support without its condition, or with it in other words
    ("Nederland heeft het voorstel voor zo'n capaciteit voor de trainingsmissies gesteund.", "reported"),
    ("Ik heb steun uitgesproken voor de planningscapaciteit, zolang die binnen de EU-Militaire Staf blijft.",
     "reported"),
    # others on the condition's subject, or support for another thing, is no evidence
    ("Enkele lidstaten pleitten voor een permanent EU-hoofdkwartier; daarvoor bestond geen overeenstemming.",
     "not_reported"),
    ("Nederland heeft het voorstel voor een Europees defensiefonds gesteund.", "not_reported"),
])
def test_support_with_a_condition_is_reported_without_it(report_body: str, status: str) -> None:
    assert _one(run(_CAPABILITY, report_body), "dergelijke capaciteit")["status"] == status


_PLEA_WITH_PURPOSE = ("Ik zal pleiten voor vereenvoudiging van de procedures voor grensoverschrijdend militair "
                      "transport, zodat eenheden binnen vijf dagen kunnen worden verplaatst.")


@pytest.mark.parametrize(("report_body", "status"), [
    ("Ik heb toegelicht dat de deelnemende landen afspraken maken over de diplomatieke toestemming voor "
     "grensoverschrijdend transport, met als doel dat die binnen vijf werkdagen wordt verleend.", "reported"),
    ("Ik heb gepleit voor eenvoudiger procedures voor militair transport over de grens.", "reported"),
    ("Duitsland pleitte voor vereenvoudiging van de procedures voor grensoverschrijdend militair transport.",
     "not_reported"),
    ("Ik heb gemeld dat Nederland volgend jaar een eenheid naar Litouwen verplaatst.", "not_reported"),
])
def test_a_plea_is_reported_without_its_purpose(report_body: str, status: str) -> None:
    assert _one(run(_PLEA_WITH_PURPOSE, report_body), "vereenvoudiging")["status"] == status


_MOTION_POSITION = ("Conform de motie van het lid Sjoerdsma c.s. (Kamerstuk 21 501-28, nr. 143) zal Nederland erop "
                    "aandringen dat de landen die al nauw samenwerken, zoals Nederland met België, Duitsland en "
                    "Luxemburg, daarvoor binnen de EU de ruimte krijgen.")


@pytest.mark.parametrize(("report_body", "status"), [
    # the report names the motion the position alone cites, as done by the Netherlands, in its own words
    ("Ook heb ik, zoals gevraagd in de motie van het lid Sjoerdsma c.s., aandacht gevraagd voor de bestaande "
     "regionale samenwerkingsverbanden; de conclusies erkennen de waarde daarvan.", "reported"),
    ("Conform de motie-Sjoerdsma heb ik gewezen op de waarde van de Benelux-samenwerking.", "reported"),
    # the motion named by others, in a promise, or as not carried out, is no evidence
    ("De motie van het lid Sjoerdsma c.s. is door de Kamer aangenomen.", "not_reported"),
    ("Over de uitvoering van de motie-Sjoerdsma informeer ik uw Kamer voor de zomer.", "not_reported"),
    ("De motie-Sjoerdsma heb ik in deze Raad nog niet kunnen uitvoeren.", "not_reported"),
])
def test_a_motion_mandated_position_is_reported_by_the_motion(report_body: str, status: str) -> None:
    assert _one(run(_MOTION_POSITION, report_body), "Sjoerdsma")["status"] == status


def test_two_positions_citing_one_motion_are_told_apart_by_subject() -> None:
    """When two positions cite the same motion, the report naming it reports the one on its subject only."""
    body = ("Conform de motie-Sjoerdsma zal Nederland pleiten voor ruimte voor regionale samenwerkingsverbanden. "
            "Conform de motie-Sjoerdsma zal Nederland ook aandringen op gezamenlijke inkoop van munitie.")
    out = run(body, "Conform de motie-Sjoerdsma heb ik gepleit voor ruimte voor regionale samenwerkingsverbanden.")
    assert _one(out, "regionale")["status"] == "reported"
    assert _one(out, "munitie")["status"] == "not_reported"


@pytest.mark.parametrize(("one", "other"), [
    ("volgens de bondgenoten", "volgens de Commissie"),
    ("elkaar aanvullen", "elkaar tegenspreken"),
    ("steun uitspreken voor het plan", "steun uitspreken voor de missie"),
    # the conjunction opening a purpose or a time is no subject either
    (", zodat Oekraïne niet met te veel kalibers te maken krijgt", ", zodat lidstaten niet dubbel worden belast"),
    ("omdat de voorraden zijn geslonken", "omdat de dreiging toeneemt"),
    ("zodra de besluitvorming is afgerond", "zodra het mandaat afloopt"),
])
def test_function_words_and_the_act_share_no_subject(one: str, other: str) -> None:
    lex = lexicon()
    assert not (subjects_of(one, lex) & subjects_of(other, lex)) - subjects_of("steun", lex)


@pytest.mark.parametrize(("report_body", "status"), [
    ("Nederland heeft met de vereenvoudiging van de regels voor gezamenlijke aanbesteding ingestemd.", "reported"),
    # refusing what the position supports is the opposite act, read without the condition as well
    ("Nederland stemde tegen de vereenvoudiging van de regels voor gezamenlijke aanbesteding.", "not_reported"),
    ("Nederland heeft niet ingestemd met de vereenvoudiging van de regels voor gezamenlijke aanbesteding.",
     "not_reported"),
])
def test_support_with_a_condition_is_not_met_by_refusing_it(report_body: str, status: str) -> None:
    assert _one(run(_PROCUREMENT, report_body), "steunt")["status"] == status


# ---- how an act is to be done, the force model and the units offered, two asks in one call --------------------------

_COORDINATE_CALL = ("Nederland zal de bondgenoten oproepen hun leveringen van munitie aan Oekraïne beter op elkaar af "
                    "te stemmen, zodat Oekraïne niet met te veel verschillende kalibers te maken krijgt.")


@pytest.mark.parametrize(("report_body", "status"), [
    # the same call in other words: coordinating as a verb or a noun, better or more closely
    ("Ik heb de bondgenoten opgeroepen hun munitieleveringen aan Oekraïne beter te coördineren.", "reported"),
    ("Ik heb gepleit voor een betere afstemming van de leveringen van munitie aan Oekraïne.", "reported"),
    ("Nederland riep op de leveringen van munitie aan Oekraïne nauwer op elkaar af te stemmen.", "reported"),
    # a Dutch call to coordinate something else shares only how it is to be done (and its `zodat`), also after
    # sentences on munitions that set the topic
    ("De ministers spraken af de vraag naar munitie beter te bundelen. Tijdens de lunch spraken de ministers over "
     "de EU. Ik heb ervoor gepleit de capaciteitsplanning van de NAVO en van de EU beter op elkaar af te stemmen, "
     "zodat lidstaten niet dubbel worden belast.", "not_reported"),
    ("Ik heb gepleit voor een betere coördinatie tussen de NAVO en de EU bij de militaire mobiliteit.",
     "not_reported"),
])
def test_a_call_is_not_met_by_sharing_only_how_it_is_to_be_done(report_body: str, status: str) -> None:
    assert _one(run(_COORDINATE_CALL, report_body), "leveringen")["status"] == status


_FORCE_MODEL = ("De ministers zullen spreken over een nieuw krachtenmodel, dat het huidige NATO Response Force-concept "
                "vervangt. Onder dit model wijzen de bondgenoten veel meer eenheden vooraf aan voor de verdediging van "
                "een bepaald deel van het bondgenootschap, met verschillende niveaus van gereedheid. Nederland zal "
                "tijdens de DMM steun uitspreken voor het nieuwe krachtenmodel en aangeven welke eenheden Nederland "
                "daarvoor beschikbaar wil stellen.")


@pytest.mark.parametrize(("report_body", "status"), [
    # the model by its English name or by its head after the topic is set, the units offered in other words
    ("De ministers bespraken het nieuwe NATO Force Model. Ik heb aangegeven dat Nederland het model steunt en heb "
     "een eerste overzicht gegeven van de Nederlandse eenheden die wij daarvoor willen aanmelden.", "reported"),
    ("Ik heb aangegeven dat Nederland het NATO Force Model steunt en heb de eenheden genoemd die wij aanmelden.",
     "reported"),
    ("Nederland heeft het krachtenmodel gesteund en eenheden van de luchtmobiele brigade ter beschikking gesteld.",
     "reported"),
    ("Ik heb toegelicht dat wij het nieuwe strijdkrachtenmodel steunen en welke eenheden Nederland aanbiedt.",
     "reported"),
    # others offering units, or the Netherlands on another subject, is no evidence
    ("De ministers bespraken het nieuwe NATO Force Model. Verschillende bondgenoten meldden eenheden aan.",
     "not_reported"),
    ("Ik heb aangegeven dat Nederland de nieuwe commandostructuur steunt.", "not_reported"),
    ("Ik heb aangegeven dat Nederland de verdediging van de oostflank steunt.", "not_reported"),
])
def test_support_for_the_force_model_and_the_units_offered(report_body: str, status: str) -> None:
    assert _one(run(_FORCE_MODEL, report_body), "steun uitspreken")["status"] == status


@pytest.mark.parametrize(("one", "other"), [
    ("het nieuwe krachtenmodel", "het NATO Force Model"),
    ("het strijdkrachtenmodel van de NAVO", "het nieuwe force model"),
    ("eenheden beschikbaar te stellen", "eenheden aan te melden"),
    ("welke eenheden Nederland beschikbaar wil stellen", "de eenheden die wij ter beschikking stellen"),
    ("de aanmelding van eenheden", "eenheden aangeboden"),
    ("beter op elkaar af te stemmen", "beter te coördineren"),
    ("betere afstemming", "nauwere coördinatie"),
])
def test_the_genre_names_the_force_model_units_offered_and_coordinating_otherwise(one: str, other: str) -> None:
    lex = lexicon()
    assert subjects_of(one, lex) & subjects_of(other, lex) - subjects_of("eenheden", lex)


@pytest.mark.parametrize(("sentence", "parts"), [
    ("Ik zal mijn collega's oproepen langjarige contracten met de industrie af te sluiten en de NAVO-standaarden voor "
     "munitie toe te passen.",
     ["Ik zal mijn collega's oproepen langjarige contracten met de industrie af te sluiten",
      "de NAVO-standaarden voor munitie toe te passen."]),
    ("Nederland roept de bondgenoten op de bijdragen te verhogen, en de leveringen aan Oekraïne te versnellen.",
     ["Nederland roept de bondgenoten op de bijdragen te verhogen", "de leveringen aan Oekraïne te versnellen."]),
    # `en` inside an ask, or before no second ask, joins none
    ("Nederland zal oproepen de productie van munitie en raketten te verhogen.",
     ["Nederland zal oproepen de productie van munitie en raketten te verhogen."]),
    ("Nederland zal oproepen de steun te verhogen en zal daarnaast pleiten voor een fonds.",
     ["Nederland zal oproepen de steun te verhogen en zal daarnaast pleiten voor een fonds."]),
])
def test_the_asks_a_call_joins(sentence: str, parts: list[str]) -> None:
    assert asks(sentence) == parts


_TWO_ASKS = ("Ik zal mijn collega's oproepen langjarige contracten met de industrie af te sluiten en de "
             "gezamenlijke NAVO-standaarden voor munitie consequent toe te passen, zodat munitie tussen "
             "bondgenoten uitwisselbaar is.")


@pytest.mark.parametrize(("report_body", "status"), [
    # either ask reported is the call reported (in part)
    ("Ik heb gepleit voor langjarige contracten met de industrie, zodat producenten de zekerheid krijgen die zij "
     "nodig hebben.", "reported"),
    ("Ik heb mijn collega's opgeroepen de gezamenlijke NAVO-standaarden voor munitie consequent toe te passen.",
     "reported"),
    # neither, or only others on it
    ("Ik heb gepleit voor langjarige afspraken met Oekraïne over de wederopbouw.", "not_reported"),
    ("Duitsland pleitte voor langjarige contracten met de industrie.", "not_reported"),
])
def test_a_call_with_two_asks_is_reported_by_either(report_body: str, status: str) -> None:
    assert _one(run(_TWO_ASKS, report_body), "langjarige")["status"] == status


# a demonstrative's noun names the sentence it points back to, the nearest one before that names it (not always the
# sentence just before); a demonstrative before the meeting or the letter points back to no sentence
_SHORTFALLS = ("Uit de plannen blijkt dat de bondgenoten vooral tekorten hebben aan luchtverdediging, "
               "langeafstandswapens en logistieke eenheden. De bondgenoten hebben afgesproken dat de NAVO meer dan "
               "300.000 militairen op hoge gereedheid beschikbaar heeft. Ik zal er bij mijn collega's op aandringen "
               "dat deze tekorten met voorrang worden verwerkt in de nieuwe capaciteitsdoelstellingen.")
_PROPOSAL = ("De Commissie heeft een voorstel gedaan voor een gezamenlijk inkoopprogramma voor munitie. Het kabinet "
             "verwacht dat de lidstaten in juni een besluit nemen over de begroting van het Europees Defensiefonds. "
             "Nederland zal dit voorstel steunen.")


@pytest.mark.parametrize(("agenda_body", "report_body", "status"), [
    (_SHORTFALLS, "Ik heb bepleit dat de tekorten aan luchtverdediging, langeafstandswapens en logistieke eenheden "
     "die uit de plannen blijken voorrang krijgen bij het vaststellen van de nieuwe doelstellingen.", "reported"),
    (_SHORTFALLS, "Ik heb mijn collega's opgeroepen de tekorten aan luchtverdediging en langeafstandswapens als "
     "prioriteit te behandelen.", "reported"),
    (_PROPOSAL, "Nederland heeft ingestemd met het voorstel voor een gezamenlijk inkoopprogramma voor munitie.",
     "reported"),
    # on the sentence between, which the demonstrative does not name, the position is not reported
    (_SHORTFALLS, "Ik heb bepleit dat de militairen op hoge gereedheid met voorrang beschikbaar komen.",
     "not_reported"),
    (_PROPOSAL, "Nederland heeft ingestemd met de begroting van het Europees Defensiefonds.", "not_reported"),
])
def test_a_demonstrative_points_back_to_the_sentence_naming_its_noun(agenda_body: str, report_body: str,
                                                                    status: str) -> None:
    (p,) = [p for p in run(agenda_body, report_body)["positions"] if "Nederland" in p["text"] or "Ik zal" in p["text"]]
    assert p["status"] == status


_SUMMIT = ("De top zal ook de balans opmaken van de uitvoering van het Readiness Action Plan waartoe in Wales is "
           "besloten. Over de stand van de voorbereiding van de top informeer ik u in het verslag van {occasion}.")


@pytest.mark.parametrize("occasion", ["deze bijeenkomst", "deze vergadering", "deze Raad", "dit overleg"])
@pytest.mark.parametrize(("report_body", "status"), [
    ("Zoals aangekondigd in de geannoteerde agenda informeer ik u hierbij over de voorbereiding van de NAVO-top in "
     "Warschau.", "reported"),
    ("Ik heb mijn collega's geïnformeerd over de Nederlandse voorbereiding van de top.", "reported"),
    # a sentence on the sentence before alone does not keep it
    ("Nederland heeft gepleit voor een volledige uitvoering van het Readiness Action Plan.", "not_reported"),
])
def test_a_demonstrative_before_the_meeting_points_back_to_no_sentence(occasion: str, report_body: str,
                                                                      status: str) -> None:
    out = run(_SUMMIT.format(occasion=occasion), report_body)
    assert _one(out, "voorbereiding")["status"] == status


@pytest.mark.parametrize(("agenda_sentence", "report_sentence", "status"), [
    # a call reported as stressing that someone must do what it asks
    ("Nederland zal tijdens de DMM de terreuraanval veroordelen en oproepen tot de bescherming van burgers in "
     "overeenstemming met het humanitair oorlogsrecht.",
     "Ik heb de terreur namens Nederland veroordeeld en erop gewezen dat Israël zich bij zijn zelfverdediging aan het "
     "humanitair oorlogsrecht moet houden en de burgers moet sparen.", "reported"),
    ("Nederland zal de bondgenoten oproepen de productie van munitie te verhogen.",
     "Ik heb benadrukt dat de bondgenoten de productie van munitie dienen te verhogen.", "reported"),
    ("Het kabinet zal aandringen op een snelle ratificatie van het toetredingsprotocol.",
     "Ik heb onderstreept dat een snelle ratificatie van het toetredingsprotocol noodzakelijk is.", "reported"),
    ("Nederland zal aandringen op meer steun voor de trainingsmissie in Irak.",
     "Nederland wees erop dat meer steun voor de trainingsmissie in Irak nodig blijft.", "reported"),
    # stressing a fact is no call, nor is another country stressing a must
    ("Nederland zal de bondgenoten oproepen de productie van munitie te verhogen.",
     "Ik heb erop gewezen dat Nederland de productie van munitie al heeft verhoogd.", "not_reported"),
    ("Nederland zal de bondgenoten oproepen de productie van munitie te verhogen.",
     "De Duitse minister benadrukte dat de bondgenoten de productie van munitie moeten verhogen.", "not_reported"),
])
def test_a_call_is_met_by_stressing_that_someone_must(agenda_sentence: str, report_sentence: str,
                                                      status: str) -> None:
    (p,) = [p for p in run(agenda_sentence, report_sentence)["positions"]]
    assert p["status"] == status


@pytest.mark.parametrize(("one", "other"), [
    ("het openhouden van militaire communicatiekanalen", "het in stand houden van de militaire contacten"),
    ("de kanalen met Rusland open te houden", "de communicatielijnen openhouden"),
    ("een hotline in stand te houden", "de contactkanalen opengehouden"),
])
def test_the_genre_names_keeping_lines_open_otherwise(one: str, other: str) -> None:
    lex = lexicon()
    assert len(subjects_of(one, lex) & subjects_of(other, lex)) >= 2


@pytest.mark.parametrize(("report_body", "status"), [
    ("Samen met onder meer Duitsland en Italië heb ik aangedrongen op terughoudendheid van beide landen en op het in "
     "stand houden van de militaire contacten, zodat een dergelijk incident zich niet herhaalt.", "reported"),
    # the other side keeping them open is no Dutch call; a Dutch call on something else is none either
    ("De Turkse minister zegde toe de kanalen met Rusland open te houden, zodat een incident zich niet herhaalt.",
     "not_reported"),
    ("Ik heb aangedrongen op meer militaire oefeningen in het Zwarte Zeegebied.", "not_reported"),
])
def test_a_call_to_keep_lines_open_is_reported_in_other_words(report_body: str, status: str) -> None:
    agenda_sentence = ("Nederland zal in de Raad oproepen tot de-escalatie tussen Turkije en Rusland en tot het "
                       "openhouden van militaire communicatiekanalen om herhaling te voorkomen.")
    (p,) = [p for p in run(agenda_sentence, report_body)["positions"]]
    assert p["status"] == status


# ---- a report in other words: paraphrase, rounding, the first person, a sentence about something else ----------

@pytest.mark.parametrize(("one", "other", "shared"), [
    # verbs and nouns the genre uses for one thing
    ("de defensie-uitgaven stijgen", "de uitgaven aan defensie nemen toe", 2),
    ("grensoverschrijdend militair transport", "het vervoer van militair materieel over de grens", 3),
    ("de procedures vereenvoudigen", "de regels versoepelen", 2),
    ("een groei van de begroting", "een stijging van de begroting", 2),
    # a phrase with how it is to be done inside it
    ("een eerlijkere lastenverdeling", "de lasten beter te verdelen", 1),
    # going on with a contribution
    ("de voortzetting van de bijdrage", "dat Nederland in de missie actief blijft", 1),
    # a condition, stated as `alleen … als` or named
    ("de plannen zijn alleen geloofwaardig als de bondgenoten investeren", "een voorwaarde voor de plannen", 2),
])
def test_the_genre_reports_in_other_words(one: str, other: str, shared: int) -> None:
    lex = lexicon()
    assert len(subjects_of(one, lex) & subjects_of(other, lex)) == shared


@pytest.mark.parametrize(("one", "other"), [
    ("de middelen beter te verdelen", "een eerlijkere lastenverdeling"),   # only how it is to be done is shared
    ("niet alleen geld, maar ook als partner", "een voorwaarde voor de plannen"),   # `niet alleen` sets no condition
    # telling is the act, not what is told
    ("de voortgang toelichten", "de begroting toelichten"),
    ("zal meedelen dat de missie doorgaat", "heb gemeld dat de begroting groeit"),
])
def test_words_that_share_no_subject_in_other_words(one: str, other: str) -> None:
    lex = lexicon()
    assert not subjects_of(one, lex) & subjects_of(other, lex)


@pytest.mark.parametrize(("report_body", "status"), [
    # support for the call reported in the first person, the burden sharing in other words
    ("In de Raad heb ik de Canadese oproep om de lasten beter te verdelen onderschreven.", "reported"),
    # the same words on another thing to be shared better
    ("In de Raad heb ik de Canadese oproep om de middelen beter te verdelen onderschreven.", "not_reported"),
])
def test_support_for_a_call_is_reported_in_other_words(report_body: str, status: str) -> None:
    agenda_sentence = ("Het kabinet steunt de oproep van Canada tot een eerlijkere lastenverdeling binnen het "
                       "bondgenootschap.")
    (p,) = run(agenda_sentence, report_body)["positions"]
    assert p["status"] == status


@pytest.mark.parametrize(("report_body", "status"), [
    # the share of GDP the Netherlands told the allies, rounded in the report
    ("Ik heb gemeld dat de Nederlandse uitgaven dit jaar uitkomen op ruim 1,8 procent van het bbp.", "reported"),
    # another share
    ("Ik heb gemeld dat de Nederlandse uitgaven dit jaar uitkomen op 1,5 procent van het bbp.", "not_reported"),
])
def test_a_share_of_gdp_is_one_figure_when_rounded(report_body: str, status: str) -> None:
    agenda_sentence = ("Ik zal de bondgenoten meedelen dat de Nederlandse defensie-uitgaven in 2030 naar verwachting "
                       "uitkomen op 1,83 procent van het bbp, mede door extra investeringen in de marine en de "
                       "luchtmacht.")
    (p,) = run(agenda_sentence, report_body)["positions"]
    assert p["status"] == status


@pytest.mark.parametrize(("report_body", "status"), [
    ("Ik heb hen gevraagd de nationale regels voor het vervoer van militair materieel over de grens volgend jaar te "
     "versoepelen.", "reported"),
    # a Dutch call on something else the rules share words with, or the call made by others
    ("Ik heb hen gevraagd de nationale voorraden van militair materieel volgend jaar aan te vullen.", "not_reported"),
    ("De Commissie heeft de lidstaten gevraagd de regels voor het vervoer van militair materieel over de grens te "
     "versoepelen.", "not_reported"),
])
def test_a_call_on_military_mobility_is_reported_in_other_words(report_body: str, status: str) -> None:
    agenda_sentence = ("Nederland zal de lidstaten oproepen hun nationale procedures voor grensoverschrijdend militair "
                       "transport uiterlijk in 2031 te vereenvoudigen.")
    (p,) = run(agenda_sentence, report_body)["positions"]
    assert p["status"] == status


@pytest.mark.parametrize(("report_body", "status"), [
    # told in the session in other words: `toelichten` names the act, `actief blijft` the continuation
    ("In de sessie over Irak heb ik gemeld dat Nederland dit jaar met vijftig militairen actief blijft.", "reported"),
    ("In de sessie over Irak lichtte de Amerikaanse minister de voortzetting van de Amerikaanse bijdrage toe.",
     "not_reported"),
])
def test_what_is_explained_is_reported_by_what_was_told(report_body: str, status: str) -> None:
    agenda_sentence = ("Nederland zal tijdens de sessie over Irak de voortzetting van de Nederlandse bijdrage aan de "
                       "missie toelichten.")
    (p,) = run(agenda_sentence, report_body)["positions"]
    assert p["status"] == status


@pytest.mark.parametrize(("report_body", "status"), [
    # a decision taken with Dutch backing is the Netherlands agreeing
    ("Met steun van Nederland is besloten tot de oprichting van het trainingscentrum in Roemenië.", "reported"),
    ("Met Nederlandse instemming hebben de ministers besloten tot de oprichting van het trainingscentrum in Roemenië.",
     "reported"),
    # another country's backing, or only talk
    ("Met steun van Duitsland is besloten tot de oprichting van het trainingscentrum in Roemenië.", "not_reported"),
    ("Op voorstel van Polen wordt gesproken over de oprichting van het trainingscentrum in Roemenië.", "not_reported"),
])
def test_support_is_reported_by_a_decision_with_dutch_backing(report_body: str, status: str) -> None:
    agenda_sentence = ("Het kabinet steunt de oprichting van een trainingscentrum voor de oostflank in Roemenië, dat "
                       "de opleiding van eenheden uit de regio moet bundelen.")
    (p,) = run(agenda_sentence, report_body)["positions"]
    assert p["status"] == status


_EXTENSION = "Nederland kan instemmen met een verlenging van het mandaat van de missie met zes maanden."


@pytest.mark.parametrize(("report_body", "status"), [
    ("Het mandaat van de missie wordt met zes maanden verlengd.", "reported"),
    # what someone holds could or should be done is no extension
    ("Frankrijk bleef bij zijn standpunt dat het mandaat van de missie alleen kan worden verlengd met nieuwe afspraken "
     "over de aflossing.", "not_reported"),
    ("Enkele lidstaten vonden dat het mandaat van de missie zou moeten worden verlengd met zes maanden.",
     "not_reported"),
])
def test_an_extension_that_only_could_be_is_no_report_of_one(report_body: str, status: str) -> None:
    (p,) = run(_EXTENSION, report_body)["positions"]
    assert p["status"] == status


_ASKED = ("Conform de motie van het lid Jansen c.s. (Kamerstuk 21 501-28, nr. 310) zal Nederland erop aandringen dat "
          "EU-projecten voor drones aansluiten op de capaciteitendoelen van de NAVO.")


@pytest.mark.parametrize(("report_body", "status"), [
    # what parliament asked, done in other words, without naming the motion
    ("Zoals uw Kamer heeft gevraagd, heb ik benadrukt dat de projecten voor drones moeten bijdragen aan het vullen van "
     "de tekorten in de planning.", "reported"),
    ("Op verzoek van uw Kamer heb ik erop gewezen dat de projecten voor drones de tekorten in de planning moeten "
     "vullen.", "reported"),
    # on another subject, or only promised: parliament's `gevraagd` is no Dutch call
    ("Zoals uw Kamer heeft gevraagd, heb ik aandacht gevraagd voor de situatie in Georgië.", "not_reported"),
    ("Zoals uw Kamer heeft gevraagd, zal ik u voor de zomer informeren over de bijdrage van de projecten voor drones "
     "aan de NAVO.", "not_reported"),
])
def test_a_motion_mandated_position_is_reported_by_doing_what_parliament_asked(report_body: str, status: str) -> None:
    (p,) = run(_ASKED, report_body)["positions"]
    assert p["status"] == status


# `steun` is common in letters of the genre (support to Ukraine), here too, so that it weighs as little as it does there
_GROWTH = ("Nederland zet de steun aan Oekraïne voort en roept de bondgenoten op hun steun te vergroten, omdat de "
           "middelen van Oekraïne beperkt zijn.\n\n"
           "Het agentschap vraagt een verhoging van de begroting met 10%. Nederland steunt een beperkte groei, mits "
           "die gepaard gaat met duidelijke keuzes.")


@pytest.mark.parametrize(("report_body", "status"), [
    # the Netherlands agreeing to what the sentence before names, with a subordinate clause after it
    ("De bestuursraad stelde de begroting van het agentschap vast op EUR 40 miljoen, een groei van 4%. Nederland "
     "stemde in, nadat het agentschap had toegezegd vooral in drones te investeren.", "reported"),
    # voting against it, agreeing to something else, or another country agreeing
    ("De bestuursraad stelde de begroting van het agentschap vast op EUR 40 miljoen, een groei van 4%. Nederland "
     "stemde tegen, nadat het agentschap had geweigerd keuzes te maken.", "not_reported"),
    ("De bestuursraad stelde het werkprogramma voor drones vast. Nederland stemde in, nadat het agentschap had "
     "toegezegd de inkoop te bundelen.", "not_reported"),
    ("De bestuursraad stelde de begroting van het agentschap vast op EUR 40 miljoen, een groei van 4%. Frankrijk "
     "stemde in, nadat het agentschap had toegezegd vooral in drones te investeren.", "not_reported"),
])
def test_support_is_reported_by_agreeing_to_the_sentence_before(report_body: str, status: str) -> None:
    body = report_body + "\n\nDe ministers spraken over de steun aan Oekraïne; ook Nederland zet zijn steun voort."
    assert _one(run(_GROWTH, body), "groei")["status"] == status


@pytest.mark.parametrize(("sentence", "parts"), [
    ("De plannen zijn alleen geloofwaardig als de bondgenoten investeren in munitie en in de logistiek.",
     ["De plannen zijn alleen geloofwaardig als de bondgenoten investeren in munitie.",
      "De plannen zijn alleen geloofwaardig als de bondgenoten investeren in de logistiek."]),
    ("Nederland zal aandacht vragen voor de oostflank en ook voor het zuiden, waar de dreiging groeit.",
     ["Nederland zal aandacht vragen voor de oostflank, waar de dreiging groeit.",
      "Nederland zal aandacht vragen voor het zuiden, waar de dreiging groeit."]),
    # one preposition before both is one object
    ("De bondgenoten moeten investeren in munitie en raketten.",
     ["De bondgenoten moeten investeren in munitie en raketten."]),
])
def test_the_objects_a_position_joins(sentence: str, parts: list[str]) -> None:
    assert objects(sentence) == parts


_CREDIBLE = ("Het kabinet zal benadrukken dat de regionale plannen alleen geloofwaardig zijn als de bondgenoten ook "
             "investeren in luchtverdediging en in de bescherming van havens.")


@pytest.mark.parametrize(("report_body", "status"), [
    # one of the two objects, as a condition the Netherlands named
    ("Ik heb erop gewezen dat voldoende luchtverdediging een voorwaarde is voor de uitvoering van de plannen.",
     "reported"),
    ("Ik heb erop gewezen dat de bescherming van havens een voorwaarde is voor de uitvoering van de plannen.",
     "reported"),
    # another country naming the condition, or the Netherlands saying something else about the plans
    ("Duitsland wees erop dat voldoende luchtverdediging een voorwaarde is voor de uitvoering van de plannen.",
     "not_reported"),
    ("Ik heb erop gewezen dat de plannen een goede basis zijn voor de gesprekken over havens.", "not_reported"),
])
def test_a_condition_with_two_objects_is_reported_by_either(report_body: str, status: str) -> None:
    (p,) = run(_CREDIBLE, report_body)["positions"]
    assert p["status"] == status


# ---- a promised letter the report says was sent; support met by backing; a reason; floor and fit ---------------------

_LETTER_PROMISE = ("Het kabinet zal uw Kamer voor de zomer per brief informeren over de Nederlandse inzet voor de "
                   "onderhandelingen over het munitieprogramma.")


@pytest.mark.parametrize(("report_body", "status"), [
    # the letter received or sent after the agenda, in the genre's forms
    ("De toegezegde brief over de Nederlandse inzet voor de onderhandelingen over het munitieprogramma heeft uw Kamer "
     "op 15 februari jl. ontvangen.", "reported"),
    ("De brief over de Nederlandse inzet voor de onderhandelingen over het munitieprogramma is u op 14 februari "
     "toegezonden.", "reported"),
    ("Uw Kamer ontving op 16 februari jl. een brief over de Nederlandse inzet voor de onderhandelingen over het "
     "munitieprogramma.", "reported"),
    ("Op 13 februari is uw Kamer per brief geïnformeerd over de Nederlandse inzet voor de onderhandelingen over het "
     "munitieprogramma.", "reported"),
    # still to come, not yet received, received before the agenda was written, or a letter on something else
    ("De brief over de Nederlandse inzet voor de onderhandelingen over het munitieprogramma ontvangt u voor de zomer.",
     "not_reported"),
    ("De brief over de Nederlandse inzet voor de onderhandelingen over het munitieprogramma wordt u binnenkort "
     "toegezonden.", "not_reported"),
    ("De brief over de Nederlandse inzet voor de onderhandelingen over het munitieprogramma heeft uw Kamer nog niet "
     "ontvangen.", "not_reported"),
    ("De brief over de Nederlandse inzet voor de onderhandelingen over het munitieprogramma heeft uw Kamer op 10 "
     "januari jl. ontvangen.", "not_reported"),
    ("De brief over de verlenging van de missie in Irak heeft uw Kamer op 15 februari jl. ontvangen.", "not_reported"),
])
def test_a_promised_letter_is_kept_by_the_report_saying_it_was_received(report_body: str, status: str) -> None:
    assert _one(run(_LETTER_PROMISE, report_body), "per brief")["status"] == status


def test_a_letter_dated_without_a_year_is_of_the_year_before_when_it_would_follow_the_report() -> None:
    from datetime import date

    from inzet.link.followup import _sent

    sentence = "De brief over de inzet heeft uw Kamer op 20 december jl. ontvangen."
    assert _sent(sentence, since=date(2029, 12, 10), report_date=date(2030, 1, 15))
    assert not _sent(sentence, since=date(2029, 12, 22), report_date=date(2030, 1, 15))
    assert not _sent("Uw Kamer ontvangt op 20 december een brief over de inzet.", since=None, report_date=None)


_TOP_UP = ("Het kabinet steunt een substantiële en meerjarige aanvulling van het Europese fonds voor militaire steun "
           "aan Oekraïne.")


@pytest.mark.parametrize(("report_body", "status"), [
    # the Netherlands backing it in other words: speaking out for it, supporting it in the past tense
    ("Nederland sprak zich uit voor een stevige, meerjarige aanvulling van het fonds en vroeg om voldoende ruimte "
     "voor leveringen in natura.", "reported"),
    ("Ik heb mij uitgesproken voor een meerjarige aanvulling van het fonds, met voldoende ruimte voor leveringen in "
     "natura.", "reported"),
    # speaking out against it, another country backing it, or the Netherlands not backing it
    ("Nederland sprak zich uit tegen een meerjarige aanvulling van het fonds en vroeg om voldoende ruimte voor "
     "leveringen in natura.", "not_reported"),
    ("Frankrijk sprak zich uit voor een stevige, meerjarige aanvulling van het fonds en vroeg om voldoende ruimte "
     "voor leveringen in natura.", "not_reported"),
])
def test_support_is_reported_by_the_netherlands_backing_it(report_body: str, status: str) -> None:
    assert _one(run(_TOP_UP, report_body), "aanvulling")["status"] == status


@pytest.mark.parametrize(("sentence", "head", "reason"), [
    ("Het kabinet steunt een beperkte verhoging van de begroting, passend bij de nieuwe taken van het agentschap.",
     "Het kabinet steunt een beperkte verhoging van de begroting.", "passend bij de nieuwe taken van het agentschap"),
    ("Nederland steunt een grotere bijdrage aan de missie, gelet op de verslechterde veiligheidssituatie.",
     "Nederland steunt een grotere bijdrage aan de missie.", "gelet op de verslechterde veiligheidssituatie"),
    ("Nederland zal pleiten voor meer oefeningen, met het oog op de snelle inzetbaarheid van de eenheden.",
     "Nederland zal pleiten voor meer oefeningen.", "met het oog op de snelle inzetbaarheid van de eenheden"),
    # without a comma the measure is part of what is asked: the position as it is
    ("Nederland zal pleiten voor bijdragen passend bij de omvang van elke economie.",
     "Nederland zal pleiten voor bijdragen passend bij de omvang van elke economie.", ""),
])
def test_the_reason_a_position_gives(sentence: str, head: str, reason: str) -> None:
    assert without_condition(sentence) == (head, reason)


_MODEST_RISE = ("Nederland zet de steun aan Oekraïne voort.\n\n"
                "Het kabinet steunt een beperkte verhoging van de begroting van het agentschap, passend bij de extra "
                "taken van het agentschap bij de gezamenlijke inkoop van munitie en drones.")


@pytest.mark.parametrize(("report_body", "status"), [
    # the Netherlands agreeing to the budget the sentence before gives, without repeating the reason
    ("De bestuursraad stelde de begroting van het agentschap vast, een verhoging van circa 4 procent. Nederland heeft "
     "ingestemd met de begroting.", "reported"),
    # another country agreeing, or the Netherlands agreeing to something else
    ("De bestuursraad stelde de begroting van het agentschap vast, een verhoging van circa 4 procent. Duitsland heeft "
     "ingestemd met de begroting.", "not_reported"),
    ("De bestuursraad stelde het werkplan van het agentschap vast. Nederland heeft ingestemd met het werkplan.",
     "not_reported"),
])
def test_support_with_a_reason_is_reported_without_it(report_body: str, status: str) -> None:
    assert _one(run(_MODEST_RISE, report_body), "beperkte verhoging")["status"] == status


@pytest.mark.parametrize(("one", "other"), [
    ("de norm als bodem vastleggen", "een norm als minimum"),
    ("deze ondergrens", "als bodem"),
    ("niet als plafond", "geen maximum"),
    ("wat bondgenoten daadwerkelijk kunnen leveren", "wat landen werkelijk leveren"),
    ("de bijdragen moeten aansluiten bij de plannen", "toezeggingen moeten passen bij wat er is"),
    ("een verhoging passend bij de taken", "de bijdragen moeten aansluiten bij de taken"),
    ("realistische doelen", "reële doelen"),
    ("een substantiële aanvulling", "een stevige aanvulling"),
])
def test_floor_fit_and_size_have_their_synonyms(one: str, other: str) -> None:
    lex = lexicon()
    a, b = subjects_of(one, lex), subjects_of(other, lex)
    assert any(f.startswith("~") for f in a & b)


@pytest.mark.parametrize(("one", "other"), [
    # joining others is not fitting something; the seabed is no floor; a minimum wage no ceiling
    ("Nederland heeft zich aangesloten", "toezeggingen moeten passen bij de capaciteiten"),
    ("kabels op de zeebodem", "een norm als minimum"),
    ("een plafond", "een minimum"),
    # reaching a norm is not being realistic, nor is the English `for` a sizeable step
    ("de norm halen", "een realistische norm"),
    ("support for Ukraine", "een stevige aanvulling"),
])
def test_words_near_floor_and_fit_are_other_subjects(one: str, other: str) -> None:
    lex = lexicon()
    assert not {f for f in subjects_of(one, lex) & subjects_of(other, lex) if f.startswith("~")}


_REALISTIC = ("Nederland zal benadrukken dat de bijdragen aan het krachtenmodel realistisch moeten zijn en moeten "
              "aansluiten bij de capaciteiten die bondgenoten daadwerkelijk kunnen leveren.")
_FLOOR = "Nederland zet zich ervoor in dat de 2%-norm op de top als bodem wordt vastgelegd en niet als plafond."


@pytest.mark.parametrize(("agenda_body", "report_body", "status"), [
    ("", "Ik wees erop dat toezeggingen reëel moeten zijn en moeten passen bij wat landen werkelijk kunnen leveren.",
     "reported"),
    ("", "Ik wees erop dat de toezeggingen aan het model in juni worden verzameld.", "not_reported"),
    ("floor", "Een ruime meerderheid van de bondgenoten, waaronder Nederland, sprak zich uit voor een norm van 2 "
              "procent van het bbp als minimum.", "reported"),
    ("floor", "Een ruime meerderheid van de bondgenoten, waaronder Nederland, sprak zich uit voor een gesprek over de "
              "norm op de top.", "not_reported"),
])
def test_a_position_on_fit_or_floor_is_reported_in_other_words(agenda_body: str, report_body: str,
                                                                status: str) -> None:
    position = _FLOOR if agenda_body else _REALISTIC
    (p,) = run(position, report_body)["positions"]
    assert p["status"] == status


# ---- support given with a reservation: the acts a position joins ------------------------------------

@pytest.mark.parametrize(("sentence", "parts"), [
    ("Het kabinet steunt het voorstel, maar zal aangeven dat de planning te krap is.",
     ["Het kabinet steunt het voorstel", "zal aangeven dat de planning te krap is."]),
    ("Nederland zal steun uitspreken voor het fonds, en zal benadrukken dat kleine bedrijven toegang moeten houden.",
     ["Nederland zal steun uitspreken voor het fonds", "zal benadrukken dat kleine bedrijven toegang moeten houden."]),
    ("Nederland kan instemmen met de verklaring maar wil erop wijzen dat de tekst te vaag blijft.",
     ["Nederland kan instemmen met de verklaring", "wil erop wijzen dat de tekst te vaag blijft."]),
    ("Het kabinet staat positief tegenover de missie, maar benadrukt dat het mandaat helder moet zijn.",
     ["Het kabinet staat positief tegenover de missie", "benadrukt dat het mandaat helder moet zijn."]),
    # another subject after `maar`, a first part that states no Dutch intention, an act the Netherlands will not do
    ("Het kabinet steunt het voorstel, maar de Commissie zal het nog verder uitwerken.", None),
    ("Nederland verwacht dat de Raad instemt en zal daarna een bijdrage aankondigen.", None),
    ("Het kabinet steunt de uitbreiding, maar zal geen extra militairen beschikbaar stellen.", None),
    ("Het kabinet steunt de uitbreiding van de training in Irak.", None),
])
def test_the_acts_a_position_joins(sentence: str, parts: list[str] | None) -> None:
    assert acts(sentence) == (parts or [sentence])


@pytest.mark.parametrize(("act", "said"), [
    ("zal in de Raad aangeven dat de planning te krap is.", "de planning te krap is."),
    ("zal steunen dat het actieplan vervalt.", "het actieplan vervalt."),
    ("Het kabinet steunt het voorstel", "Het kabinet steunt het voorstel"),
])
def test_what_an_act_says(act: str, said: str) -> None:
    assert message(act) == said


_WITH_RESERVATION = (
    "De ministers zullen de herziene visie op de NAVO-commandostructuur bespreken. Het kabinet steunt de herziene "
    "visie, maar zal in de DMM aangeven dat de bemensing van de hoofdkwartieren voor kleinere bondgenoten een zware "
    "belasting vormt, vooral bij de staven en de verbindingseenheden.")
_DISCUSSED = "De ministers bespraken de herziene visie op de commandostructuur. "


@pytest.mark.parametrize(("report_body", "status"), [
    ("Nederland heeft met de visie ingestemd. Ik heb daarbij aangegeven dat kleinere bondgenoten moeite hebben de "
     "staven van de hoofdkwartieren te vullen.", "reported"),
    ("Nederland steunde de visie. Wel heb ik erop gewezen dat kleinere bondgenoten moeite hebben de staven van de "
     "hoofdkwartieren te vullen.", "reported"),
    ("Nederland steunde de visie. Ik onderstreepte dat kleinere bondgenoten hun staven bij de hoofdkwartieren maar "
     "moeilijk kunnen vullen.", "reported"),
    # the support alone is no report of what the position adds to it; nor is another ally's reservation, or a Dutch
    # telling on something else
    ("Nederland heeft met de visie ingestemd.", "not_reported"),
    ("Nederland heeft met de visie ingestemd. Noorwegen gaf aan dat kleinere bondgenoten moeite hebben de staven van "
     "de hoofdkwartieren te vullen.", "not_reported"),
    ("Nederland heeft met de visie ingestemd. Ik heb daarbij aangegeven dat Nederland een extra stafofficier naar het "
     "hoofdkwartier in Brunssum stuurt.", "not_reported"),
])
def test_support_with_a_reservation_is_reported_act_by_act(report_body: str, status: str) -> None:
    p = _one(run(_WITH_RESERVATION, _DISCUSSED + report_body), "visie, maar")
    assert p["status"] == status


def test_the_support_is_evidence_beside_its_reservation() -> None:
    agenda_body = ("De bestuursraad van het agentschap zal de begroting voor volgend jaar vaststellen. Nederland kan "
                   "instemmen met de begroting, maar wil benadrukken dat de extra middelen vooral naar de gezamenlijke "
                   "inkoop van munitie moeten gaan en niet naar nieuwe studies.")
    report_body = ("De bestuursraad stelde de begroting van het agentschap vast. Nederland stemde met de begroting in. "
                   "Daarbij heb ik onderstreept dat het extra geld vooral bestemd is voor het samen aanschaffen van "
                   "granaten.")
    p = _one(run(agenda_body, report_body), "begroting, maar")
    assert [e["text"] for e in p["evidence"]] == [
        "Daarbij heb ik onderstreept dat het extra geld vooral bestemd is voor het samen aanschaffen van granaten.",
        "Nederland stemde met de begroting in."]
