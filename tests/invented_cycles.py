"""Small invented letters of the genre for the motion tracker and briefing tests (not real letters).

`agenda(...)` and `report(...)` wrap a body in the header of a Defence letter to the Tweede Kamer about a
DMM; `two_cycles()` gives two agenda→report cycles (the second without its report yet) as
(file name, text) pairs, with the motions, money, mandates, GDP shares and papers the briefing reads.
"""

from __future__ import annotations

from pathlib import Path

from inzet.pipeline import load_file
from inzet.store import Store

MARK = "UITGEVONDEN VOORBEELDBRIEF: geschreven voor de tests van inzet, geen echte brief van het ministerie."


def _letter(nr: int, date_nl: str, opening: str, body: str) -> str:
    return (f"21 501-28\tDefensieraad\nNr. {nr}\tBrief van de minister van Defensie\n"
            f"Aan de Voorzitter van de Tweede Kamer der Staten-Generaal\nDen Haag, {date_nl}\n\n{MARK}\n\n"
            f"{opening}\n\n{body}\n\nDe Minister van Defensie,\nR. Voorbeeld\n")


def agenda(nr: int, date_nl: str, meeting_nl: str, body: str) -> str:
    return _letter(nr, date_nl, "Hierbij ontvangt u de geannoteerde agenda voor de bijeenkomst van de "
                   f"NAVO-ministers van Defensie (DMM) van {meeting_nl} in Brussel.", body)


def report(nr: int, date_nl: str, meeting_nl: str, body: str) -> str:
    return _letter(nr, date_nl, "Hierbij ontvangt u het verslag van de bijeenkomst van de NAVO-ministers van "
                   f"Defensie (DMM) die plaatsvond op {meeting_nl} in Brussel.", body)


AGENDA_1 = agenda(900, "20 september 2025", "15 oktober 2025", "\n\n".join([
    "Conform de motie van het lid Bakker c.s.[footnoteRef:1] zal Nederland tijdens de DMM pleiten voor een "
    "gezamenlijke Europese munitievoorraad. [1:  Motie van het lid Bakker c.s., Kamerstuk 21 501-28, nr. 880]",
    "Nederland zal tijdens de DMM het belang van een eerlijke lastenverdeling benadrukken.",
    "Tijdens de DMM zal Nederland aandacht vragen voor de bescherming van onderzeese infrastructuur.",
    "Nederland heeft in 2025 €250 miljoen toegezegd aan de Prioritised Ukraine Requirements List (PURL).",
    "Het kabinet heeft besloten de inzet van twee Nederlandse F-35’s vanuit Polen te verlengen tot en met "
    "31 maart 2026.",
    "In 2025 bedragen de Nederlandse defensie-uitgaven naar verwachting 2,1% van het bbp.",
]))
REPORT_1 = report(901, "25 oktober 2025", "15 oktober jl.", "\n\n".join([
    "Nederland benadrukte tijdens de DMM het belang van een eerlijke lastenverdeling.",
    "Met deze brief geef ik uitvoering aan de motie van het lid Jansen (Kamerstuk 36 045, nr. 301).",
]))
AGENDA_2 = agenda(902, "29 januari 2026", "12 februari 2026", "\n\n".join([
    "Nederland zal tijdens de DMM aandacht vragen voor de Europese defensie-industrie.",
    "Conform de motie-De Vries[footnoteRef:1] zal Nederland tijdens de DMM bondgenoten oproepen om bij te dragen "
    "aan de luchtverdediging van Oekraïne. [1:  Motie-De Vries, Kamerstuk 36 045, nr. 302]",
    "Het kabinet zal uw Kamer voor de zomer per brief informeren over het groeipad naar 3,5%.",
    "Nederland zal een nieuwe bijdrage van €500 miljoen aan PURL toezeggen.",
    "Het kabinet informeert uw Kamer dat de inzet van twee Nederlandse F-35’s vanuit Polen wordt verlengd "
    "(tot 30 juni 2026).",
    "In 2025 bedroegen de Nederlandse defensie-uitgaven 2,0% van het bbp.",
    "Over de defensie-industrie informeerde ik uw Kamer eerder (Kamerstuk 36 592, nr. 12).",
]))


def two_cycles() -> list[tuple[str, str]]:
    return [("agenda_dmm_2025.txt", AGENDA_1), ("report_dmm_2025.txt", REPORT_1), ("agenda_dmm_2026.txt", AGENDA_2)]


def store_with(tmp: Path, letters: list[tuple[str, str]], db: Path | None = None) -> tuple[Path, dict[str, str]]:
    """Write the letters to `tmp`, ingest them into a database there; (db path, file name → letter id)."""
    db = db or tmp / "inzet.db"
    ids = {}
    with Store(db) as s:
        for name, text in letters:
            f = tmp / name
            f.write_text(text, encoding="utf-8")
            ids[name] = load_file(s, str(f))[0].letter_id
    return db, ids
