"""Country names, adjectives, bases and missions to ISO 3166-1 alpha-2."""

from __future__ import annotations

import pytest

from inzet.extract import countries


@pytest.mark.parametrize(("name", "code"), [
    ("Litouwen", "LT"), ("Roemenië", "RO"), ("Bosnië-Herzegovina", "BA"), ("Bosnië en Herzegovina", "BA"),
    ("Polen", "PL"), ("Libanon", "LB"), ("Jordanië", "JO"), ("Kenia", "KE"), ("Oeganda", "UG"), ("VK", "GB"),
    ("Verenigd Koninkrijk", "GB"), ("Estland", "EE"), ("Letland", "LV"), ("Slowakije", "SK"), ("Irak", "IQ"),
    ("Afghanistan", "AF"), ("Turkije", "TR"), ("Mali", "ML"), ("Duitsland", "DE"), ("Nederland", "NL"),
    ("vliegbasis Eindhoven", "NL"), ("vliegbasis Leeuwarden", "NL"), ("Sarajevo", "BA"), ("Entebbe", "UG"),
    ("EUFOR Althea", "BA"), ("Resolute Support", "AF"), ("UNIFIL", "LB"), ("Zuid-Korea", "KR"),
    ("Litouwse", "LT"), ("Oekraïense", "UA"), ("Britse", "GB"), ("Kosovo", "XK"),
    ("litouwen", "LT"), ("  Bosnië   en Herzegovina ", "BA"),
])
def test_code_of(name: str, code: str) -> None:
    assert countries.code_of(name) == code


def test_unknown_name() -> None:
    assert countries.code_of("Atlantis") is None
    assert countries.kind_of("Atlantis") is None


@pytest.mark.parametrize(("text", "expected"), [
    ("de inzet van twee MQ-9's vanuit Roemenië en vliegbasis Leeuwarden",
     [("Roemenië", "name", "RO"), ("vliegbasis Leeuwarden", "place", "NL")]),
    ("EUFOR Althea te Sarajevo", [("EUFOR Althea", "mission", "BA"), ("Sarajevo", "place", "BA")]),
    ("in Bosnië en Herzegovina", [("Bosnië en Herzegovina", "name", "BA")]),
    ("voor Oekraïense militairen in het VK", [("Oekraïense", "adjective", "UA"), ("VK", "name", "GB")]),
    ("de operatie EU-Atalanta", [("EU-Atalanta", "mission", "SO")]),
    # the civilian EU missions and UN missions the Dutch police and Marechaussee serve in
    ("twee marechaussees bij EUCAP Somalia", [("EUCAP Somalia", "mission", "SO")]),
    ("één bij EUCAP Sahel Niger", [("EUCAP Sahel Niger", "mission", "NE")]),
    ("de civiele missie EUPOL COPPS", [("EUPOL COPPS", "mission", "PS")]),
    ("UNMIK en MONUSCO", [("UNMIK", "mission", "XK"), ("MONUSCO", "mission", "CD")]),
    # where Dutch units served before (the PRT in Baghlan, SFIR in Al-Muthanna)
    ("het PRT in Baghlan en de eenheid in Al-Muthanna", [("Baghlan", "place", "AF"), ("Al-Muthanna", "place", "IQ")]),
    # a name is not found inside a longer word
    ("Nederlandse bijdrage", [("Nederlandse", "adjective", "NL")]),
    ("Polenreis, Malibu, Irakees", []),
])
def test_find(text: str, expected: list[tuple[str, str, str]]) -> None:
    found = countries.find(text)
    assert [(m.word, m.kind, m.code) for m in found] == expected
    for m in found:
        assert text[m.start:m.end] == m.word


def test_find_window() -> None:
    text = "Litouwen en Polen"
    assert [m.code for m in countries.find(text, 5)] == ["PL"]
    assert [m.code for m in countries.find(text, 0, 8)] == ["LT"]


def test_trie_pattern_matches_longest() -> None:
    import re

    rx = re.compile(rf"(?:{countries.trie_pattern(['Bosnië', 'Bosnië en Herzegovina', 'VK'])})")
    assert rx.match("Bosnië en Herzegovina").group(0) == "Bosnië en Herzegovina"
    assert rx.match("Bosnië-stad").group(0) == "Bosnië"
    assert rx.match("V") is None
