"""The vocabulary files under `inzet/data/` and their loader (`inzet.vocabulary`): every file parses, says what
it is for, holds each key once, is found as package data and is read by the extractors it names."""

from __future__ import annotations

import re
import tomllib
from importlib import resources
from pathlib import Path

import pytest

from inzet import vocabulary
from inzet.model import Amount

ROOT = Path(__file__).resolve().parents[1]
DATA = resources.files("inzet").joinpath("data")
FILES = sorted(p.name for p in DATA.iterdir() if p.name.endswith((".tsv", ".txt")))


def _file_rows(name: str) -> list[list[str]]:
    """The file's rows, split here independently of the loader (comments and blank lines left out)."""
    lines = DATA.joinpath(name).read_text(encoding="utf-8").splitlines()
    return [ln.split("\t") for ln in lines if ln.strip() and not ln.startswith("#")]


def test_the_files_are_package_data() -> None:
    """The loader finds them through importlib.resources, and pyproject.toml ships them with the package."""
    assert {"currencies.tsv", "inclusion_marks.tsv", "instruments.tsv", "months.tsv", "number_words.tsv", "scales.tsv",
            "spending_words.tsv", "generic_acronyms.tsv", "mission_words.tsv", "personnel_nouns.tsv",
            "purposes.tsv", "header_openers.tsv", "countries.tsv", "meeting_places.txt",
            "dossiers.txt"} <= set(FILES)
    for name in FILES:
        assert DATA.joinpath(name).is_file()
        assert vocabulary.read_text(name) == DATA.joinpath(name).read_text(encoding="utf-8")
    package_data = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["setuptools"][
        "package-data"]["inzet"]
    assert "data/*" in package_data


@pytest.mark.parametrize("name", FILES)
def test_every_file_parses_with_a_header_comment(name: str) -> None:
    text = vocabulary.read_text(name)
    assert text.startswith("# "), f"{name} opens with a comment that says what it holds"
    assert "\r" not in text and "\ufeff" not in text
    if name.endswith(".tsv"):
        table = vocabulary.rows(name)
        assert table, f"{name} is empty"
        header = _file_rows(name)[0]
        assert all(list(r) == header for r in table)
        assert all(all(v for v in r.values()) for r in table), f"{name}: an empty field"
    else:
        assert vocabulary.entries(name), f"{name} is empty"


@pytest.mark.parametrize("name", FILES)
def test_no_key_is_given_twice(name: str) -> None:
    """The first column of a table is its key; a list holds each entry once."""
    keys = [r[next(iter(r))] for r in vocabulary.rows(name)] if name.endswith(".tsv") else list(
        vocabulary.entries(name))
    assert len(keys) == len(set(keys)), sorted(k for k in set(keys) if keys.count(k) > 1)


@pytest.mark.parametrize("name", FILES)
def test_every_file_is_read_by_the_code(name: str) -> None:
    src = ROOT / "src" / "inzet"
    assert any(name in p.read_text(encoding="utf-8") for p in src.rglob("*.py")), f"nothing reads {name}"


def test_a_quoted_field_keeps_its_spaces() -> None:
    assert vocabulary._field(' "inzet " ') == "inzet "
    assert vocabulary._field("  inzet ") == "inzet"
    assert vocabulary._field('"') == '"'


def test_months() -> None:
    months = vocabulary.months()
    assert months["febr"] == months["februari"] == 2 and months["sept"] == 9 and months["mei"] == 5
    assert len(months) == len(_file_rows("months.tsv")) - 1
    assert vocabulary.month_names()[0] == "januari" and len(vocabulary.month_names()) == 12
    assert "mrt" in vocabulary.month_abbreviations() and "maart" not in vocabulary.month_abbreviations()
    # a longer form stands before a shorter one it begins with: the alternation tries it first
    forms = list(months)
    assert all(forms.index(a) < forms.index(b) for a in forms for b in forms if a != b and a.startswith(b))


def test_months_are_what_the_date_patterns_read() -> None:
    from inzet.extract import dutch

    assert dutch.MONTH_RE.startswith("(?:januari|februari|") and "|febr|feb|" in dutch.MONTH_RE
    assert dutch.month_number("Febr.") == 2 and dutch.parse_date("3 sept. 2025") == "2025-09-03"
    assert dutch.MONTH_PIECES == ("jan", "feb", "maart", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt",
                                  "nov", "dec")
    assert all(any(p in f for p in dutch.MONTH_PIECES) for f in dutch.MONTHS)


def _sums(text: str) -> list[Amount]:
    from inzet.extract import money
    from inzet.extract.segment import segment

    return money.extract(segment("t.txt", text))


def _amounts(text: str) -> list[tuple[float, str]]:
    return [(a.value, a.currency) for a in _sums(text)]


def test_number_words() -> None:
    words, fractions = vocabulary.number_words(), vocabulary.fraction_words()
    assert words["zeven"] == 7 and words["één"] == 1 and words["duizend"] == 1000 and "anderhalf" not in words
    assert fractions == {"een half": 0.5, "een kwart": 0.25, "driekwart": 0.75, "anderhalf": 1.5}
    assert len(words) + len(fractions) == len(_file_rows("number_words.tsv")) - 1


def test_number_words_are_what_the_extractors_read() -> None:
    from inzet.extract import dutch
    from inzet.extract.deployments import period

    assert dutch.number_word("tweeëntwintig") == 22 and dutch.number_word("vijfhonderdzestig") == 560
    assert _amounts("Het kabinet stelt twee miljard euro beschikbaar.") == [(2e9, "EUR")]
    assert _amounts("Het kabinet stelt anderhalf miljoen euro beschikbaar.") == [(1.5e6, "EUR")]
    assert period.read_extension_months("De inzet wordt met anderhalf jaar verlengd.") == 18
    assert period.read_extension_months("De inzet wordt met een half jaar verlengd.") == 6
    assert period.read_extension_months("De inzet wordt met vierentwintig maanden verlengd.") == 24


def test_scale_words() -> None:
    scales = {s.word: s for s in vocabulary.scale_words()}
    assert scales["miljard"].factor == 1e9 and scales["mln"].point and not scales["bn"].point
    assert [s.word for s in vocabulary.scale_words() if s.read == "sum"] == ["miljard", "miljoen", "mld", "mln", "mrd"]
    assert len(scales) == len(_file_rows("scales.tsv")) - 1


def test_scale_words_are_what_the_extractors_read() -> None:
    from inzet.extract import dutch
    from inzet.extract.segment import segment

    assert dutch.SCALES["mld."] == dutch.SCALES["mld"] == 1e9 and dutch.SCALES["dzd"] == 1e3
    assert _amounts("De EU stelt EUR 90 mld. beschikbaar.") == [(9e10, "EUR")]
    assert _amounts("De VS stellen USD 2 bn beschikbaar.") == [(2e9, "USD")]
    assert _amounts("De kosten bedragen 1,25 miljoen.") == [(1.25e6, "EUR")]
    assert _amounts("De kosten bedragen 2 biljoen.") == []            # a `scale` word needs a currency
    # a digit after a point, then a scale word, is a decimal and no footnote marker
    doc = segment("t.txt", "Het kabinet trekt €1.1 mrd. uit voor munitie.\n\n1 Kamerstuk 36 045, nr. 1.\n")
    assert "€1.1 mrd." in doc.view


def test_currencies() -> None:
    forms = {c.form: c for c in vocabulary.currencies()}
    assert forms["€"] == ("€", "EUR", True, True) and forms["US$"].code == "USD" and not forms["US$"].after
    assert forms["Britse ponden sterling"].code == "GBP" and not forms["pond"].before
    assert len(forms) == len(_file_rows("currencies.tsv")) - 1


@pytest.mark.parametrize("currency", vocabulary.currencies(), ids=lambda c: c.form)
def test_every_currency_form_is_read_as_its_currency(currency: vocabulary.Currency) -> None:
    from inzet.extract import dutch
    from inzet.extract.deployments import values

    # money reads a form after the number in any case; the deployments' costs read euro forms as written
    texts = ([f"De kosten bedragen {currency.form} 5 miljoen."] if currency.before else []) + (
        [f"De kosten bedragen 5 miljoen {currency.form}."] if currency.after else [])
    for text in texts:
        assert [c for _, c in _amounts(text)] == [currency.code], text
        assert values.read_cost(text) == (5e6 if currency.code == "EUR" else None), text
    if currency.after:
        assert [c for _, c in _amounts(f"De kosten bedragen 5 miljoen {currency.form.upper()}.")] == [currency.code]
    assert dutch.CURRENCY_OF[" ".join(currency.form.lower().split())] == currency.code


def test_a_clause_naming_a_sum_is_no_deployment_of_its_own() -> None:
    from inzet.extract import lexicon
    from inzet.extract.deployments import vocab

    for text in ("Nederland levert een bijdrage in Estland", "Nederland levert een bijdrage van 5 miljoen pond",
                 "Nederland levert een bijdrage van USD 5", "Nederland levert een bijdrage van 5 mrd"):
        assert vocab.is_trigger(text, True, lexicon.of(text)) is ("Estland" in text), text


def _shares(text: str) -> list[tuple[float, str | None]]:
    from inzet.extract import gdp
    from inzet.extract.segment import segment

    return [(g.value, g.ukraine) for g in gdp.extract(segment("t.txt", text))]


def test_spending_words() -> None:
    total = vocabulary.spending_words("total")
    assert total[0].pattern.startswith("defensie")
    assert all(re.compile(w.pattern) for u in ("total", "purpose", "level") for w in vocabulary.spending_words(u))
    assert "kerndefensie" in {w.pattern for w in vocabulary.spending_words("level")} - {w.pattern for w in total}
    with pytest.raises(ValueError):
        vocabulary.spending_words("totals")


def test_spending_words_are_what_money_and_gdp_read() -> None:
    sums = _sums("Nederland trekt €5 miljard uit voor de defensiebegroting, inclusief steun aan Oekraïne.")
    assert [(a.ukraine, a.purpose) for a in sums] == [(False, "defensie-uitgaven")]
    assert _shares("Het kabinet verhoogt de kerndefensie-uitgaven naar 3,5% in 2035.") == [(3.5, None)]
    assert _shares("Het kabinet verhoogt de subsidies naar 3,5% in 2035.") == []


@pytest.mark.parametrize(("mark", "reads"), vocabulary.inclusion_marks().items())
def test_every_inclusion_mark_is_read(mark: str, reads: str) -> None:
    """gdp reads the mark after a share; money blanks it out, so the Ukraine it names makes no support."""
    assert _shares(f"De uitgaven komen in 2026 uit op 2,1% van het bbp, {mark} de steun aan Oekraïne.") == [
        (2.1, reads)]
    assert [a.ukraine for a in _sums(f"Het kabinet trekt €5 miljard uit, {mark} de steun aan Oekraïne.")] == [False]


def test_generic_acronyms() -> None:
    purpose, deployment = vocabulary.generic_acronyms("purpose"), vocabulary.generic_acronyms("deployment")
    assert {"NAVO", "DMM", "EUR"} <= purpose & deployment
    assert "JEF" in purpose - deployment and "IAMD" in deployment - purpose
    assert all(a == a.upper() for a in purpose | deployment)
    assert len(purpose | deployment) == len(_file_rows("generic_acronyms.tsv")) - 1


def test_generic_acronyms_are_what_money_and_deployments_read() -> None:
    from inzet.extract import lexicon
    from inzet.extract.deployments import vocab

    assert [a.purpose for a in _sums("Nederland draagt €5 miljoen bij aan de NAVO.")] == [None]
    assert [a.purpose for a in _sums("Nederland draagt €5 miljoen bij aan IAMD.")] == ["IAMD"]
    for text, names in (("de bijdrage aan de missie EUTM Mali", []), ("de bijdrage aan de missie SETWISE",
                                                                       ["SETWISE"])):
        assert vocab.anchor_keys(text, [], lexicon.of(text))[1] == names


def test_mission_words() -> None:
    assert vocabulary.mission_words("name") == ("operatie", "operation", "missie")
    assert "Operation " in vocabulary.mission_words("people") and "inzet " in vocabulary.mission_words("people-only")
    assert "fregat" in vocabulary.mission_words("asset") and "bijdrage" in vocabulary.mission_words("weak")
    with pytest.raises(ValueError):
        vocabulary.mission_words("persons")


def test_mission_words_are_what_deployments_and_money_read() -> None:
    from inzet.extract import lexicon
    from inzet.extract.deployments import vocab

    text = "De inzet van Operatie Atalanta wordt verlengd"
    assert vocab.anchor_keys(text, [], lexicon.of(text)) == ({"atalanta"}, ["Operatie Atalanta"])
    assert [a.purpose for a in _sums("Nederland draagt €5 miljoen bij aan de missie EUCAP.")] == ["EUCAP"]
    for text, deploys in (("Nederland zendt een fregat", True), ("Nederland stuurt een detachement", True),
                          ("Nederland levert een bijdrage", False)):
        assert vocab.is_trigger(text, False, lexicon.of(text)) is deploys, text
        assert vocab.is_trigger(text, True, lexicon.of(text)), text          # a weak word counts with a place


def test_personnel_nouns() -> None:
    from inzet.extract import lexicon
    from inzet.extract.deployments import values

    nouns = vocabulary.personnel_nouns()
    assert nouns["militairen"] == "militair" and nouns["man"] == " man"
    assert all(stem in " " + noun for noun, stem in nouns.items())
    for text, size in (("Nederland levert maximaal 175 militairen", (175, 3)), ("Nederland stuurt 2 man", (2, 1)),
                       ("Nederland levert tot 12 waarnemers", (12, 3)), ("Nederland levert 12 voertuigen", (None, 0))):
        assert values.read_personnel(text, lexicon.of(text)) == size, text


def test_purposes() -> None:
    named = {p.name: p for p in vocabulary.purposes()}
    assert named["PURL"].kind == "instrument" and not named["PURL"].ignorecase
    assert named["munitie"].kind == "topic" and named["munitie"].ignorecase
    assert all(re.compile(p.pattern) for p in named.values())
    assert len(named) == len(_file_rows("purposes.tsv")) - 1


@pytest.mark.parametrize(("text", "purpose"), [
    ("Nederland draagt €5 miljoen bij aan de Europese Vredesfaciliteit.", "EPF"),
    ("Nederland draagt €5 miljoen bij aan ontmijning.", "ontmijning"),
    ("Nederland draagt €5 miljoen bij aan PURL en aan munitie.", "PURL"),      # an instrument outranks a topic
])
def test_purposes_are_what_money_reads(text: str, purpose: str) -> None:
    assert [a.purpose for a in _sums(text)] == [purpose]


def test_header_openers() -> None:
    openers = vocabulary.header_openers()
    assert openers[:3] == ("Aan de", "Den Haag", "Datum") and "Retouradres" in openers
    assert set(vocabulary.header_openers(True)) | set(vocabulary.header_openers(False)) == set(openers)
    assert "Geachte" in vocabulary.header_openers(True) and "BRIEF VAN" in vocabulary.header_openers(False)


def test_header_openers_are_what_the_readers_read() -> None:
    from inzet.extract import metadata
    from inzet.extract.segment import segment

    # a wrapped paragraph does not run on into a header line, whatever opener starts it
    long = "Dit is een lange regel van een alinea die op de volgende regel doorloopt, zoals brieven die breken op"
    for opener in ("Verder", *vocabulary.header_openers()):
        text = "\n".join([long] * 6) + f"\n{opener} iets verder\n\n{long}.\n"
        assert (f"\n{opener} iets verder" in segment("t.txt", text).view) is (opener != "Verder"), opener
    # a section heading, unless its line opens the letterhead (`Hoogachtend`)
    body = "Nederland draagt bij aan de veiligheid van Europa en blijft dat doen.\n"
    assert [h.title for h in segment("t.txt", f"{body}\nInzet voor de top\n{body}").headings] == ["Inzet voor de top"]
    assert segment("t.txt", f"{body}\nHoogachtend\n{body}").headings == []
    # a page title above the letter, unless its line opens the letterhead
    page = "Geannoteerde agenda NAVO-top van juni 2026\nAan de Voorzitter van de Tweede Kamer\n\n" + body
    assert metadata._title_zone(segment("t.txt", page), 0) == (0, 42)
    assert metadata._title_zone(segment("t.txt", "Retouradres Postbus 20701 2500 ES Den Haag\n" + page), 0) == (43, 85)


def test_country_words() -> None:
    from inzet.extract import countries

    words = {c.word: c for c in vocabulary.country_words()}
    assert words["Litouwse"] == ("Litouwse", "adjective", ("LT",)) and words["EUMAM Ukraine"].codes == ("PL", "DE")
    assert len(words) == len(_file_rows("countries.tsv")) - 1
    assert countries.MISSIONS["EUFOR Althea"] == ("BA",)
    assert [(m.word, m.kind, m.code) for m in countries.find("vanuit vliegbasis Leeuwarden naar Litouwen")] == [
        ("vliegbasis Leeuwarden", "place", "NL"), ("Litouwen", "name", "LT")]


def test_meeting_places_are_what_meetings_reads() -> None:
    from inzet.extract import meetings

    places = vocabulary.meeting_places()
    assert places.index("Washington DC") < places.index("Washington") and "Den Haag" in places
    for text, place in (("tijdens de NAVO-top in Washington DC.", "Washington DC"),
                        ("de DMM in  Den Haag.", "Den Haag"), ("de DMM te Vilnius.", "Vilnius")):
        m = meetings._PLACE.search(text)
        assert m is not None and " ".join(m.group("p").split()) == place, text


def test_standing_dossiers_recover_a_garbled_number() -> None:
    from inzet.extract import citations
    from inzet.extract.segment import segment

    assert "21501-28" in vocabulary.standing_dossiers()
    assert all(re.fullmatch(r"\d{5}(?:-\d{1,3})?", d) for d in vocabulary.standing_dossiers())
    found = citations.extract(segment("t.txt", "Zoals gemeld in de Kamerbrief 2867630806 nr. 442 blijft dit zo."))
    assert [c.id for c in found] == ["kst-28676-442"]


def test_a_malformed_row_is_an_error(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(vocabulary, "read_text", lambda name: "# x\na\tb\n1\t2\t3\n")
    vocabulary.rows.cache_clear()
    try:
        with pytest.raises(ValueError, match="3 fields where the header names 2"):
            vocabulary.rows("broken.tsv")
    finally:
        vocabulary.rows.cache_clear()


def test_the_loader_reads_each_file_once() -> None:
    assert vocabulary.rows("months.tsv") is vocabulary.rows("months.tsv")
    assert vocabulary.months() is vocabulary.months()


def test_a_month_in_parentheses_is_no_short_form() -> None:
    """`(febr)`, `(juni)`: month forms, whatever initials stand before them (lowercase short forms fit initials)."""
    from inzet.extract import acronyms
    from inzet.extract.segment import segment

    def shorts(text: str) -> list[str]:
        return [a.short for a in acronyms.extract(segment("t.txt", text))]

    assert shorts("het middelbaar beroepsonderwijs (mbo) en het federaal economisch beleid van rome (febr)") == ["mbo"]
    assert shorts("het middelbaar beroepsonderwijs (mbo) en de juridische uitvoering van de nieuwe instructies "
                  "(juni)") == ["mbo"]


def test_every_accessor_accepts_its_file() -> None:
    """The typed accessors check each field (kinds, yes/no, codes): the packaged files pass."""
    calls = [vocabulary.months, vocabulary.month_names, vocabulary.month_abbreviations, vocabulary.number_words,
             vocabulary.fraction_words, vocabulary.scale_words, vocabulary.currencies, vocabulary.inclusion_marks,
             vocabulary.purposes, vocabulary.personnel_nouns, vocabulary.country_words, vocabulary.meeting_places,
             vocabulary.header_openers, vocabulary.standing_dossiers, vocabulary.promise_words]
    assert all(call() for call in calls)
    assert all(vocabulary.spending_words(u) for u in ("total", "purpose", "level"))
    assert all(vocabulary.mission_words(k) for k in ("people", "people-only", "asset", "weak", "name"))
    with pytest.raises(ValueError, match="not one of"):
        vocabulary._one("x.tsv", "bare", ("sum", "scale", "lookup"))
    with pytest.raises(ValueError):
        vocabulary._among("x.tsv", "before during", ("before", "after"))
