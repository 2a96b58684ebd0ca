"""Invented agenda and report letters for follow-up tests: a genre header around a body written in a test.

Shared by the follow-up test modules so that each test states only the sentences it is about.
"""

from __future__ import annotations

from inzet.extract.pipeline import extract_document
from inzet.extract.segment import Document, segment
from inzet.link.followup import follow_up
from inzet.model import Extraction

HEADER = """> Retouradres Postbus 20701 2500 ES Den Haag

de Voorzitter van de Tweede Kamer
der Staten-Generaal

Datum {date}
Betreft {subject}

Geachte voorzitter,

"""

# a Kamerstuk block as printed in the Handelingen: dossier line, number line, title
KAMERSTUK = """21 501-28\tDefensieraad
Nr. {number}\tBRIEF VAN DE MINISTER VAN DEFENSIE
Aan de Voorzitter van de Tweede Kamer der Staten-Generaal
Den Haag, {date}

"""


def letter(source: str, text: str) -> tuple[Document, Extraction]:
    """A letter segmented and extracted the way the follow-up reads it."""
    doc = segment(source, text)
    return doc, extract_document(doc, "0" * 64)


def agenda(body: str, kamerstuk: bool = False) -> str:
    """An agenda for a DMM on 12 February 2030 around `body`; with a Kamerstuk block (dossier 21501-28) if asked."""
    head = (KAMERSTUK.format(number=400, date="28 januari 2030") if kamerstuk else
            HEADER.format(date="28 januari 2030", subject="Geannoteerde agenda NAVO Defensieministersbijeenkomst"))
    return head + (
        "Hierbij ontvangt u de geannoteerde agenda voor de bijeenkomst van de NAVO-ministers van Defensie (DMM) "
        "die op 12 februari 2030 in Brussel plaatsvindt.\n\n" + body + "\n\nDe Minister van Defensie,\n\nJ. de Vries\n")


def report(body: str) -> str:
    """The report of the same DMM around `body`."""
    return HEADER.format(date="20 februari 2030", subject="Verslag NAVO Defensieministersbijeenkomst") + (
        "Hierbij bied ik u het verslag aan van de bijeenkomst van de NAVO-ministers van Defensie (DMM) "
        "op 12 februari 2030 in Brussel.\n\n" + body + "\n\nDe Minister van Defensie,\n\nJ. de Vries\n")


def run(agenda_body: str, report_body: str) -> dict:
    """The `inzet.followup/1` object of an invented agenda and report."""
    ad, ae = letter("agenda.txt", agenda(agenda_body))
    rd, re_ = letter("verslag.txt", report(report_body))
    return follow_up(ad, ae, rd, re_)
