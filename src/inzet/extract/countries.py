"""Where things happen: Dutch country names, adjectives, bases, cities and missions to ISO 3166-1 alpha-2.

The letters name a country in many ways: `Litouwen`, `het VK`, `Bosnië en Herzegovina`, an
adjective (`Litouwse`, `Oekraïense`), a base or city (`vliegbasis Leeuwarden`, `Sarajevo`,
`Entebbe`) or a mission whose name implies the country (`EUFOR Althea`, `Resolute Support`).
`find` returns every such mention with its kind, so a caller can tell a place (where a unit is)
from an adjective (whose soldiers are trained) or a name in another role (who else contributes).
Kosovo has no official code; the user-assigned `XK` is used, as the EU and NATO do.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from inzet.extract.cues import trie_pattern

Kind = Literal["name", "adjective", "place", "mission"]

# ---- names -----------------------------------------------------------------------------------

_NAMES: dict[str, tuple[str, ...]] = {
    "AF": ("Afghanistan",), "AL": ("Albanië",), "AT": ("Oostenrijk",), "AU": ("Australië",),
    "BA": ("Bosnië-Herzegovina", "Bosnië en Herzegovina", "Bosnië & Herzegovina", "Bosnië-Hercegovina",
           "Bosnië en Hercegovina", "Bosnia and Herzegovina", "Bosnia-Herzegovina", "Bosnië"),
    "BE": ("België",), "BF": ("Burkina Faso",), "BG": ("Bulgarije",), "BH": ("Bahrein", "Bahrain"),
    "CA": ("Canada",), "CD": ("Democratische Republiek Congo", "DR Congo", "DRC"),
    "CF": ("Centraal-Afrikaanse Republiek",),
    "CH": ("Zwitserland",), "CN": ("China",), "CY": ("Cyprus",), "CZ": ("Tsjechië", "Tsjechische Republiek"),
    "DE": ("Duitsland", "Germany"), "DJ": ("Djibouti",), "DK": ("Denemarken",), "EE": ("Estland", "Estonia"),
    "EG": ("Egypte", "Sinaï"), "ES": ("Spanje",), "FI": ("Finland",), "FR": ("Frankrijk",),
    "GB": ("Verenigd Koninkrijk", "VK", "Groot-Brittannië", "United Kingdom", "Engeland", "Schotland", "Wales"),
    "GE": ("Georgië",), "GR": ("Griekenland",), "HR": ("Kroatië",), "HU": ("Hongarije",), "IE": ("Ierland",),
    "IL": ("Israël",), "IQ": ("Irak", "Iraq"), "IR": ("Iran",), "IS": ("IJsland",), "IT": ("Italië",),
    "JO": ("Jordanië", "Jordan"), "JP": ("Japan",), "KE": ("Kenia", "Kenya"), "KP": ("Noord-Korea",),
    "KR": ("Zuid-Korea", "Republiek Korea"), "KW": ("Koeweit",), "LB": ("Libanon", "Lebanon"),
    "LT": ("Litouwen", "Lithuania"), "LU": ("Luxemburg",), "LV": ("Letland", "Latvia"), "LY": ("Libië",),
    "MD": ("Moldavië", "Moldova"), "ME": ("Montenegro",), "MK": ("Noord-Macedonië",), "ML": ("Mali",),
    "MT": ("Malta",), "NE": ("Niger",), "NG": ("Nigeria",), "NL": ("Nederland", "the Netherlands"),
    "NO": ("Noorwegen",), "PL": ("Polen", "Poland"), "PS": ("Palestijnse Gebieden", "Gaza", "Westelijke Jordaanoever"),
    "PT": ("Portugal",), "QA": ("Qatar",), "RO": ("Roemenië", "Romania"), "RS": ("Servië",),
    "RU": ("Rusland", "Russische Federatie"), "SA": ("Saoedi-Arabië",), "SD": ("Soedan",), "SE": ("Zweden",),
    "SI": ("Slovenië",), "SK": ("Slowakije", "Slovakije", "Slovakia"), "SO": ("Somalië",), "SS": ("Zuid-Soedan",),
    "SY": ("Syrië",), "TD": ("Tsjaad",), "TR": ("Turkije", "Türkiye", "Turkey"), "UA": ("Oekraïne", "Ukraine"),
    "UG": ("Oeganda", "Uganda"), "US": ("Verenigde Staten", "VS", "United States", "Amerika"),
    "XK": ("Kosovo",), "YE": ("Jemen",), "AE": ("Verenigde Arabische Emiraten", "VAE"), "CV": ("Kaapverdië",),
}

_ADJECTIVES: dict[str, tuple[str, ...]] = {
    "AF": ("Afghaanse", "Afghaans"), "AL": ("Albanese",), "AT": ("Oostenrijkse",), "AU": ("Australische",),
    "BA": ("Bosnische", "Bosnisch"), "BE": ("Belgische", "Belgisch"), "BG": ("Bulgaarse",), "CA": ("Canadese",),
    "CN": ("Chinese",), "CY": ("Cypriotische",), "CZ": ("Tsjechische",), "DE": ("Duitse", "Duits"),
    "DK": ("Deense", "Deens"), "EE": ("Estse", "Estlandse", "Ests"), "EG": ("Egyptische",), "ES": ("Spaanse",),
    "FI": ("Finse", "Fins"), "FR": ("Franse", "Frans"), "GB": ("Britse", "Brits", "Engelse"),
    "GE": ("Georgische",), "GR": ("Griekse",), "HR": ("Kroatische",), "HU": ("Hongaarse",), "IE": ("Ierse",),
    "IL": ("Israëlische",), "IQ": ("Iraakse", "Iraaks"), "IR": ("Iraanse",), "IT": ("Italiaanse",),
    "JO": ("Jordaanse",), "JP": ("Japanse",), "KE": ("Keniaanse", "Keniaans"), "KR": ("Zuid-Koreaanse",),
    "LB": ("Libanese", "Libanees"), "LT": ("Litouwse", "Litouws"), "LU": ("Luxemburgse",),
    "LV": ("Letse", "Letlandse", "Lets"), "LY": ("Libische",), "MD": ("Moldavische",), "ML": ("Malinese",),
    "NL": ("Nederlandse", "Nederlands"), "NO": ("Noorse", "Noors"), "PL": ("Poolse", "Pools"),
    "PT": ("Portugese",), "RO": ("Roemeense", "Roemeens"), "RS": ("Servische",), "RU": ("Russische", "Russisch"),
    "SE": ("Zweedse", "Zweeds"), "SI": ("Sloveense",), "SK": ("Slowaakse", "Slowaaks"), "SO": ("Somalische",),
    "SY": ("Syrische",), "TR": ("Turkse", "Turks"), "UA": ("Oekraïense", "Oekraïens"),
    "UG": ("Oegandese",), "US": ("Amerikaanse", "Amerikaans"), "XK": ("Kosovaarse",),
}

# Bases and cities where units are stationed or trained (not the capitals where ministers meet).
_PLACES: dict[str, tuple[str, ...]] = {
    "NL": ("vliegbasis Eindhoven", "vliegbasis Leeuwarden", "vliegbasis Volkel", "vliegbasis Woensdrecht",
           "vliegbasis Gilze-Rijen", "Vliegbasis Eindhoven", "Vliegbasis Leeuwarden", "Vliegbasis Volkel",
           "Vliegbasis Woensdrecht", "Vliegbasis Gilze-Rijen", "Eindhoven", "Leeuwarden", "Volkel",
           "Woensdrecht", "Gilze-Rijen", "Den Helder", "De Kooy", "Oirschot", "Havelte"),
    "BA": ("Sarajevo", "Butmir"), "UG": ("Entebbe", "Kampala"), "KE": ("Nairobi", "Mombasa"),
    "AF": ("Kaboel", "Kabul", "Kunduz", "Mazar-e-Sharif", "Mazar-i-Sharif", "Uruzgan", "Tarin Kowt",
           "Kandahar", "Helmand"),
    "IQ": ("Erbil", "Bagdad", "Baghdad", "Koerdistan"), "ML": ("Bamako", "Gao", "Koulikoro", "Kidal"),
    "LB": ("Naqoura", "Beiroet"), "JO": ("Amman", "Al-Azraq"), "LT": ("Rukla", "Pabrade", "Šiauliai", "Siauliai"),
    "RO": ("Mihail Kogălniceanu", "Mihail Kogalniceanu", "Constanța", "Constanta", "Câmpia Turzii",
           "Campia Turzii", "Cincu"),
    "SK": ("Sliač", "Sliac", "Lešť"), "PL": ("Rzeszów", "Rzeszow", "Jasionka", "Malbork"),
    "EE": ("Ämari", "Amari", "Tapa"), "TR": ("Incirlik", "Adana", "Kahramanmaraş", "Kahramanmaras"),
    "XK": ("Pristina", "Priština"), "DJ": ("Camp Lemonnier",), "CY": ("Akrotiri",),
}

# Missions and operations whose name alone says where they take place.
MISSIONS: dict[str, tuple[str, ...]] = {
    "EUFOR Althea": ("BA",), "EUFOR-Althea": ("BA",), "Althea": ("BA",), "Resolute Support": ("AF",),
    "ISAF": ("AF",), "UNAMA": ("AF",), "UNIFIL": ("LB",), "MINUSMA": ("ML",), "EUTM Mali": ("ML",),
    "EUCAP Sahel Mali": ("ML",), "EUTM Somalia": ("SO",), "Atalanta": ("SO",), "EU-Atalanta": ("SO",),
    "EUNAVFOR Atalanta": ("SO",), "Ocean Shield": ("SO",), "KFOR": ("XK",), "EULEX Kosovo": ("XK",),
    "EULEX": ("XK",), "UNMISS": ("SS",), "MINUSCA": ("CF",), "EUMM Georgia": ("GE",), "EUMM": ("GE",),
    "EUAM Ukraine": ("UA",), "EUAM Oekraïne": ("UA",), "EUBAM Libya": ("LY",), "EUBAM Rafah": ("PS",),
    "NMI": ("IQ",), "NATO Mission Iraq": ("IQ",), "NAVO-missie in Irak": ("IQ",), "Inherent Resolve": ("IQ",),
    "Interflex": ("GB",), "Operation Interflex": ("GB",), "UNC": ("KR",), "United Nations Command": ("KR",),
    "UNDOF": ("SY",), "MFO": ("EG",), "USSC": ("PS",), "UNTSO": ("IL",), "EUTM RCA": ("CF",),
    "EUTM Mozambique": ("MZ",), "EUMAM Ukraine": ("PL", "DE"),
}

_KIND_TABLES: tuple[tuple[Kind, dict[str, tuple[str, ...]]], ...] = (
    ("name", _NAMES), ("adjective", _ADJECTIVES), ("place", _PLACES),
)

_LOOKUP: dict[str, tuple[Kind, tuple[str, ...]]] = {}
for _kind, _table in _KIND_TABLES:
    for _code, _words in _table.items():
        for _w in _words:
            _LOOKUP[_w] = (_kind, (_code,))
for _mission, _codes in MISSIONS.items():
    _LOOKUP[_mission] = ("mission", _codes)



# not inside a longer word (`Nederlandse` is not `Nederland`); a hyphen before is fine (`EU-Atalanta`).
# Every name starts with a word character, so "no word character before it" is tested after that first
# character (`(?<!\w.)`), which keeps the pattern opening with a literal (see `trie_pattern`).
_NOT_AFTER_WORD = r"(?<!\w.)"
_FIND = re.compile(rf"(?:{trie_pattern(_LOOKUP, guard=_NOT_AFTER_WORD)})(?![\w])")
FIND_RE = _FIND     # what `find` searches with (callers may test cheaply whether it can match first)
_CASEFOLD = {w.casefold(): w for w in _LOOKUP}


@dataclass(frozen=True, slots=True)
class CountryMention:
    """A country named in a text: where, how (`kind`), and the ISO code(s) it stands for."""

    start: int
    end: int
    codes: tuple[str, ...]
    kind: Kind
    word: str

    @property
    def code(self) -> str:
        return self.codes[0]


def find(text: str, start: int = 0, end: int | None = None) -> list[CountryMention]:
    """Every country name, adjective, base/city or country-bound mission in text[start:end]."""
    stop = len(text) if end is None else end
    out = []
    for m in _FIND.finditer(text, start, stop):
        w = m.group(0)
        kind, codes = _LOOKUP[w]
        out.append(CountryMention(m.start(), m.end(), codes, kind, w))
    return out


def code_of(name: str) -> str | None:
    """ISO code of one country name, adjective, place or mission (case-insensitive); None if unknown."""
    w = _CASEFOLD.get(" ".join(name.split()).casefold())
    return _LOOKUP[w][1][0] if w else None


def kind_of(name: str) -> Kind | None:
    """Whether `name` is a country name, adjective, place or mission; None if unknown."""
    w = _CASEFOLD.get(" ".join(name.split()).casefold())
    return _LOOKUP[w][0] if w else None
