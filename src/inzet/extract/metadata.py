"""Letter metadata: date, chamber, kind, subject, reference, Kamerstuk, signatory and meetings.

Headers come in many layouts: the Kamerstuk block (dossier lines, then `Nr. 299 BRIEF VAN …`),
`Den Haag, <date>`, a `Datum` line or table cell, web-page furniture above the letter, a table
header of officielebekendmakingen, or no header at all. Each field is read by a rule for the
genre and keeps the span it was read from.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date
from itertools import chain

from inzet.extract import meetings as meetings_mod
from inzet.extract.cues import Scanner
from inzet.extract.dutch import DATE_RE, dossier_id, make_date, month_number
from inzet.extract.normalise import HEADER_OPENER_RE
from inzet.extract.segment import COLUMN_GAP, Document
from inzet.model import Kamerstuk, LetterMeta, Meeting, Span

RULE = "metadata.v1"

_HEADER_SCAN = 6000  # headers, titles and openings sit in the first few thousand characters

_WEEKDAY = r"(?:(?:maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag),?[ \t]+)?"
_DEN_HAAG = re.compile(rf"\b(?:Den\s+Haag|'s-Gravenhage),?\s+{_WEEKDAY}(?P<date>\d{{1,2}}\s+[A-Za-z]+\.?\s+\d{{4}})")
# header labels stand on a line of their own, before their value, or in a table row (`| Datum | 24 maart 2025 |`).
# Older letterheads write them in lower case (`datum          10 oktober 2008`, `onderwerp      …`): then the
# label is a column, a colon, a tab or a wide gap after it, never a word that opens a wrapped body line
_LOWER_LABEL = r"(?=[ \t]*:|\t| {2})"
_DATUM_LABEL = rf"(?:Datum|datum{_LOWER_LABEL})"
_SUBJECT_LABEL = rf"(?:Betreft|Onderwerp|(?:betreft|onderwerp){_LOWER_LABEL})"
_DATUM = re.compile(rf"^[ \t]*\|?[ \t]*{_DATUM_LABEL}[ \t:|]*(?:\n[ \t]*)?{_WEEKDAY}"
                    r"(?P<date>\d{1,2}[ \t]+[A-Za-z]+\.?[ \t]+\d{4})", re.MULTILINE)
# the same with the date in figures: `Datum: 3-11-2027`
_DATUM_FIGURES = re.compile(rf"^[ \t]*\|?[ \t]*{_DATUM_LABEL}[ \t:|]*"
                            r"(?P<d>\d{1,2})-(?P<m>\d{1,2})-(?P<y>(?:19|20)\d\d)\b", re.MULTILINE)
_VASTGESTELD = re.compile(r"\bVastgesteld\s+(?P<date>\d{1,2}\s+[A-Za-z]+\s+\d{4})")
# the Kamerstuk block's date line of a motion (`Voorgesteld 30 maart 2022`) or a bill (`Ontvangen 15 september 2026`)
_DATUMTEKST = re.compile(r"^[ \t]*(?:Voorgesteld|Ontvangen)[ \t]+(?P<date>\d{1,2}[ \t]+[A-Za-z]+[ \t]+\d{4})[ \t]*$",
                         re.MULTILINE)
# a government web page's line under its title, for a page without a date line of its own: `Kamerstuk | 19-01-2027`,
# `Kamerstuk: Kamerbrief | 13-11-2026` (rijksoverheid.nl, defensie.nl)
_PAGE_DATE = re.compile(r"^[ \t]*(?:Kamerstuk|Kamerbrief|Brief|Publicatie)(?:[ \t]*:[^\n|]{0,40})?[ \t]*\|[ \t]*"
                        r"(?P<d>\d{1,2})-(?P<m>\d{1,2})-(?P<y>(?:19|20)\d\d)[ \t]*$", re.MULTILINE)
# a motion ends `en gaat over tot de orde van de dag.`; its indieners' names follow, one a line
_MOTION_END = re.compile(r"\ben\s+gaat\s+over\s+tot\s+de\s+orde\s+van\s+de\s+dag\.[ \t]*\n")
_INDIENER = re.compile(r"[ \t]*(?P<n>[A-ZÀ-Ý][\w’'\-ëïöüéèçşğ.]*(?:[ \t]+[\w’'\-ëïöüéèçşğ.]+){0,4})[ \t]*$")
_CHAMBER = re.compile(r"(?:Voorzitter\s+van\s+de\s+|\b)(?P<c>Tweede|Eerste)\s+Kamer(?:\s+der\s+Staten[\s-]Generaal)?")
_CHAMBER_ADDRESS = re.compile(r"Voorzitter\s+van\s+de\s+(?P<c>Tweede|Eerste)\s+Kamer")
# the subject line (`Onderwerp` in older letterheads); a value wrapped onto the next line, indented to its
# column, continues it (`_CONTINUED`)
_BETREFT = re.compile(rf"^[ \t]*\|?[ \t]*{_SUBJECT_LABEL}[ \t:|]*(?:\n[ \t]*)?(?P<s>[^\s|][^\n|]*?)[ \t]*(?:\||$)",
                      re.MULTILINE)
_CONTINUED = re.compile(r"[ \t]*\n(?P<ind>[ \t]+)(?P<c>[^\s|][^\n|]*?)[ \t]*$", re.MULTILINE)
_LABEL = re.compile(r"(?:Datum|Betreft|Onderwerp|On(?:s|ze)\s+(?:kenmerk|referentie)|Uw\s+(?:kenmerk|referentie|brief)"
                    r"|Kenmerk|Bijlage|Contactpersoon|Telefoon|E-mail|Pagina)\b", re.IGNORECASE)
# a line of the label block after the date line (`Kenmerk    DVB/CV-417/04`, `Blad    1/4`, `Bijlage(n)    -`):
# an older letterhead puts the subject (`Onderwerp …`) below several of them, still in the header (in either case, the
# label followed by a column gap, a colon, a tab or the line's end: never a body line's first word)
_LABEL_LINE = re.compile(r"[ \t]*\|?[ \t]*(?:(?i:Datum|Betreft|Onderwerp|On(?:s|ze)[ \t]+(?:kenmerk|referentie)"
                         r"|Uw[ \t]+(?:kenmerk|referentie|brief(?:[ \t]+van)?)|Kenmerk|Referentie|Bijlagen?(?:\(n\))?"
                         r"|Blad|Pagina|Contactpersoon|Behandeld[ \t]+door|Doorkiesnummer|Telefoon|E-mail"
                         r"|Afschrift|Kopie)"
                         r"(?=[ \t]*:|[ \t]*\||\t| {2}|[ \t]*$)[^\n]*)$")
_LABEL_BLOCK_LINES = 8
# (a number that starts with digits has a dash or slash in it: `2027-0000091466`, not a date or a phone number)
_REFERENCE_VALUE = (r"[A-Z][A-Za-z0-9./_-]{3,}[A-Za-z0-9]|(?:19|20)\d\d[-/][A-Za-z0-9./_-]{3,}[A-Za-z0-9]"
                    r"|\d{6,12}(?![\w./-])")      # (`Ons kenmerk 6293017`: a number alone)
_REFERENCE_LABEL = rf"(?i:Onze\s+referentie|Ons\s+kenmerk|Kenmerk)[ \t:|]*(?:\n[ \t]*){{0,2}}(?P<r>{_REFERENCE_VALUE})"
_REFERENCE = re.compile(r"^[ \t]*\|?[ \t]*" + _REFERENCE_LABEL, re.MULTILINE)
# the label in the right column of a two-column header: `Datum    15 april 2027       Ons kenmerk   2027-0000091466`
_REFERENCE_COLUMN = re.compile(r"[ \t]{3}" + _REFERENCE_LABEL)
# a ministry's document number standing alone in the header (`MINDEF20260004982`, `MINBUZA-2025.123456`)
_BARE_REFERENCE = re.compile(r"^[ \t|]*(?P<r>MIN[A-Z]{2,6}[-_]?(?:19|20)\d\d[\d./-]*\d)\b", re.MULTILINE)
# a dossier line: number (a budget chapter may follow: `36 200 X`), then the dossier's title
_DOSSIER_LINE = re.compile(r"^[ \t]*(?P<d>\d{2}[ \u00a0]?\d{3}(?:[-–][0-9A-Z]{1,4})?(?:[ \u00a0](?:[IVXL]{1,4}|[A-Z])"
                           r"(?=[ \t]|$))?)(?![\d.,])(?:[ \t]+\S.*)?$")
# `Nr. 299 BRIEF VAN …`; an Eerste Kamer paper has a letter code instead: `AS BRIEF VAN …`
_NR_LINE = re.compile(r"^[ \t]*(?:Nr\.[ \t]*(?P<n>\d{1,5}[A-Z]?|[A-Z]{1,3})\b"
                      r"|(?P<c>[A-Z]{1,3})[ \t]+(?=(?:BRIEF|VERSLAG|MEMORIE|NOTA|MOTIE|LIJST|GEWIJZIGDE?|"
                      r"EINDVERSLAG|VOORLOPIG|KONINKLIJKE)\b))")
# a title of a dossier: words, up to a few lines' worth, not ending as a sentence and no date or salutation
_DOSSIER_TITLE = re.compile(r"^[ \t]*(?!(?:Den Haag|'s-Gravenhage|Datum|Vergaderjaar|Aan de)\b)[A-ZÀ-Ý(][^\n]{0,240}"
                            r"(?<![.:;,])[ \t]*$")
# (a first-character test: the engine skips other positions before it tries the alternatives)
_TABLE_KST = re.compile(r"(?=[|\d])(?:\||\d{4}-\d{4})[ \t]*(?P<d>\d{5}(?:-[0-9A-Z]{1,4})?)[ \t]+nr\.[ \t]*(?P<n>\d+)")


def _table_kst(view: str, end: int) -> re.Match[str] | None:
    """`_TABLE_KST.search(view, 0, end)`, tried only right before each `nr.`: what a match holds before its `nr.` is
    blanks, bars, dashes, digits and capitals (never an `n`), so it starts in the run of those before one."""
    q = view.find("nr.", 0, end)
    while q >= 0:
        lo = q
        while lo > 0 and ((c := view[lo - 1]) in " \t|-" or "A" <= c <= "Z" or c.isdecimal()):    # (`\d`: decimal)
            lo -= 1
        for p in range(lo, q):
            if m := _TABLE_KST.match(view, p, end):
                return m
        q = view.find("nr.", q + 1, end)
    return None


_BODY_MARKERS = re.compile(
    r"(?=[ \tDdZGg'BV|])"        # first-character test: the engine skips other positions at once
    r"(?:\b(?:Den\s+Haag|'s-Gravenhage),?\s+\d{1,2}\s+[A-Za-z]+\.?\s+\d{4}[ \t]*"
    rf"|^[ \t]*\|?[ \t]*{_DATUM_LABEL}[ \t:|]*(?:\n[ \t]*)?\d{{1,2}}[ \t]+[A-Za-z]+\.?[ \t]+\d{{4}}[ \t]*"
    r"|\b(?:Zeer\s+)?[Gg]eachte\s+(?:[Vv]oorzitter|heer|mevrouw)[^,\n]{0,40},[ \t]*"
    r"|^[ \t]*Betreft[^\n]*\n"
    r"|^[ \t]*Bij\s+beantwoording[^\n]*\n"
    r"|^[ \t]*Vastgesteld\s+\d{1,2}\s+[A-Za-z]+\s+\d{4}[ \t]*)",
    re.MULTILINE,
)
_FURNITURE_LINE = re.compile(
    r"^[ \t]*(?:\[|Nummer:|Directe link|Gerelateerde personen|Onderdeel van|Preview document|-\s|Bijlage bij"
    r"|Bijlagen:|Datum publicatie|Tweede Kamer der Staten|Eerste Kamer der Staten|Vergaderjaar|Zoals vergunningen"
    r"|Adressen en|U bent hier|---|Kamerstuk\s*$|Brief regering\s*$|NAVO\s*$|Defensieraad\s*$)"
)
# a signature's role line (`De Minister van Defensie,`, `de minister van Defensie`, a table row of two roles as a
# converted document gives it: `| De minister van Buitenlandse Zaken, | De minister voor … |`)
_SIGN_ROLE = re.compile(
    r"^[ \t|]*(?:De|DE|de)\s+(?:[Mm]inister|MINISTER|[Ss]taatssecretaris|STAATSSECRETARIS|[Mm]inister-[Pp]resident)"
    r"\b[^\n|]{0,80}?,?[ \t]*(?:\|[^\n]{0,120}?)?(?P<same>[A-Z](?:[a-z]{0,3}\.|[a-zà-ÿ]+)[^\n,|]{1,50})?[ \t|]*$",
    re.MULTILINE,
)
_TABLE_RULE = re.compile(r"[ \t]*\|?[ \t:|-]*-[ \t:|-]*$")      # `|---|---|`
# a line of the header or letterhead (`Aan de …`, `Den Haag, …`, `Retouradres …`) is no page title above the letter
_HEADER_OPENER = re.compile(HEADER_OPENER_RE)
# a signature's name; titles before it (`mr.`, `drs.`, `prof. dr.`, `Jhr.`), in either case, are read but not
# part of the name
_TITLES = r"(?:(?i:mr|drs|dr|ir|ing|prof|jhr)(?:\.\s*|\s+))*"
_NAME = re.compile(rf"^[ \t]*{_TITLES}(?P<n>(?:[A-Z][a-z]{{0,2}}\.\s?)+(?:[a-z]{{1,3}}\s)*"
                   r"[A-ZÀ-Ý][\w’'\-ëïöüéèçşğ]+(?:[ -][A-Za-zÀ-Ý][\w’'\-ëïöüéèçşğ]+)*"
                   r"|[A-ZÀ-Ý][a-zà-ÿ]+(?:\s+(?:van|de|der|den|ter|ten)){0,2}\s+[A-ZÀ-Ý][\w’'\-ëïöüéèçşğ]+)[ \t]*$")

# how the opening names the kind of letter
_OTHER_HINT = re.compile(r"(?=[vla])(?:verslag\s+van\s+een\s+schriftelijk\s+overleg|lijst\s+van\s+vragen"
                         r"|antwoorden?\s+op\s+(?:de\s+)?vragen|\bantw\s+vragen|artikel[\s-]100|voortgangsrapportage)",
                         re.IGNORECASE)
_AGENDA_HINT = re.compile(
    r"(?=[gcankid])(?:geannoteerde\s+agenda|concept[\s-]?agenda|\bagenda\s+van\s+en\s+de\s+(?:Nederlandse\s+)?inzet"
    r"|(?:Nederlandse|kabinets)[\s-]?inzet\s+(?:voor|tijdens|bij|op)\s+de\b|\bkabinetsinzet\b"
    r"|\binzet\s+(?:NAVO|EU)[\s-]*[Tt]op|dient\s+(?:dan\s+ook\s+)?als\s+(?:geannoteerde\s+)?agenda"
    # `Bijgaand ontvangt u … de annotaties bij de agenda van deze bijeenkomst`
    r"|\bannotaties?\s+(?:bij|van|voor)\s+(?:de\s+)?(?:agenda|bijeenkomst|vergadering))",
    re.IGNORECASE,
)
_REPORT_HINT = re.compile(r"\bverslag\b|\bVERSLAG\b"
                          # `In deze brief informeer ik uw Kamer over de uitkomsten van beide bijeenkomsten`,
                          # `Met deze brief informeren wij uw Kamer over de uitkomsten`, `bericht ik u over de
                          # resultaten`
                          r"|(?P<outcome>\b(?:informeer\s+ik|informeren\s+wij|bericht\s+ik|berichten\s+wij)\s+"
                          r"(?:uw\s+Kamer|u)\s+over\s+de\s+(?:uitkomsten?|resultaten))\b", re.IGNORECASE)
# the agenda as another paper the letter cites (`zoals toegezegd in de geannoteerde agenda (Kamerstuk …)`),
# not what the letter says it is (`Hierbij ontvangt u de geannoteerde agenda`)
_CITED_BEFORE = re.compile(r"\b(?:in|bij|uit|met|over|naar|aan|op|van)\s+(?:de|het)\s+(?:[\w-]+\s+)?$", re.IGNORECASE)
_EARLIER_AFTER = re.compile(r"\s+van\s+(?:de|het)\s+(?:vorige|eerdere|voorgaande|laatste|afgelopen)\b", re.IGNORECASE)
# … or a paper the Chamber received before: `De kabinetsinzet ontving u op 13 juni jl.`, `De geannoteerde agenda
# heeft u op 6 november jl. ontvangen`, `… is u op 2 juni toegezonden` (not `wordt u hierbij toegezonden`)
_RECEIVED_AFTER = re.compile(r"[^.]{0,40}?\b(?:ontving\s+u|(?:heeft|hebt)\s+u\b[^.]{0,50}?\bontvangen"
                             r"|(?:is|werd)\s+u\b[^.]{0,50}?\b(?:toegezonden|toegestuurd|gezonden|aangeboden))\b",
                             re.IGNORECASE)
# … or one the Chamber gets apart from this letter: `Het verslag van de Raad ontvangt u separaat`, `… volgt later`
_APART_AFTER = re.compile(r"[^.]{0,60}?\b(?:ontvangt|krijgt|wordt|zal|volgt|gaat)\b[^.]{0,40}?"
                          r"\b(?:separaat|afzonderlijk|apart|later|na\s+afloop)\b", re.IGNORECASE)
_PAST = re.compile(r"\b(?:vond(?:en)?\b[^.]{0,160}\bplaats|heeft\b[^.]{0,120}\bplaatsgevonden|plaatsvond(?:en)?|"
                   r"kwam(?:en)?\b[^.]{0,80}\bbijeen|kwamende|bijeenkwam(?:en)?)\b")
_FUTURE = re.compile(r"\b(?:vindt\b[^.]{0,120}\bplaats|plaatsvindt|zal\b[^.]{0,120}\bplaatsvinden|komen\b[^.]{0,80}"
                     r"\bbijeen|wordt\b[^.]{0,80}\bgehouden|a\.s\.|aanstaande)")
_MINISTRY = re.compile(r"(?:BRIEF|Brief)\s+VAN\s+DE\s+MINISTERS?\s+VAN\s+(?P<m>[A-Z ]+?)(?:\s+EN\b|,|$)"
                       r"|(?:Brief|BRIEF)\s+van\s+de\s+ministers?\s+van\s+(?P<m2>[\w ]+?)(?:\s+en\b|,|$)",
                       re.MULTILINE | re.IGNORECASE)


# an older letterhead's two-column block: two labels on one line, each value below its own label (`Onderwerp
# Datum` / `Verslag informele bijeenkomst van      6 november 2007` / `NAVO-ministers …` / `…  Ons kenmerk` /
# `  D2007…`)
_COLUMN_LABEL = r"(?:Onderwerp|Betreft|Datum|Ons\s+kenmerk|Onze\s+referentie|Uw\s+kenmerk|Kenmerk|Bijlagen?(?:\(n\))?)"
_LABEL_ROW = re.compile(rf"^(?P<a>[ \t]*{_COLUMN_LABEL})[ \t]{{3,}}(?P<b>{_COLUMN_LABEL})[ \t]*$", re.MULTILINE)
_LABEL_ONLY = re.compile(rf"{_COLUMN_LABEL}\Z")


def _label_columns(text: str, limit: int) -> dict[str, tuple[str, int, int]]:
    """The fields of a two-column label block (`_LABEL_ROW`) in the stored `text` (the view may read its
    lines as wrapped prose): label (folded, `onderwerp`, `datum`, `ons kenmerk`) → (value, start, end), a value
    wrapped over lines joined by spaces. Empty when the header has none."""
    m = _LABEL_ROW.search(text, 0, limit)
    if m is None:
        return {}
    line_start = text.rfind("\n", 0, m.start()) + 1
    col = m.start("b") - line_start
    fields: dict[str, list[tuple[str, int, int]]] = {}
    current = [" ".join(m.group("a").split()).casefold(), " ".join(m.group("b").split()).casefold()]
    pos = m.end() + 1
    while pos < len(text):
        end = text.find("\n", pos)
        end = len(text) if end < 0 else end
        line = text[pos:end]
        if not line.strip():
            break
        for side, (a, b) in enumerate(((0, min(col, len(line))), (col, len(line)))):
            piece = line[a:b]
            value = piece.strip()
            if not value or (side == 0 and len(line) > col and line[col - 1:col] not in (" ", "\t")):
                continue
            if _LABEL_ONLY.match(value):
                current[side] = " ".join(value.split()).casefold()
                continue
            start = pos + a + (len(piece) - len(piece.lstrip()))
            fields.setdefault(current[side], []).append((value, start, start + len(value)))
        pos = end + 1
    return {k: (" ".join(t for t, _, _ in v), v[0][1], v[-1][2]) for k, v in fields.items()}


# answers to written questions as the Aanhangsel van de Handelingen prints them, unsigned: `Antwoord van Minister
# Dijkgraaf-Hoekstra (Defensie), mede namens … (ontvangen 30 maart 2028)` — who answered, and when they came in
_ANSWER_LINE = re.compile(
    r"^[ \t]*Antwoord\s+van\s+(?:de\s+)?(?:[Mm]inister|[Ss]taatssecretaris)(?:-[Pp]resident)?\s+"
    r"(?P<n>[A-ZÀ-Ý][\w'’-]+(?:\s+(?:van|de|der|den|ter|ten)){0,2}(?:\s+[A-ZÀ-Ý][\w'’-]+)?)"
    r"[^\n]{0,200}?\(ontvangen\s+(?P<date>\d{1,2}\s+[A-Za-z]+\s+\d{4})\)", re.MULTILINE)


def _answers(doc: Document, meta: LetterMeta, scan: str) -> None:
    """The date and the minister of unsigned answers to written questions (`_ANSWER_LINE`), where the letter
    gives no other."""
    if meta.date is not None and meta.signatory is not None:
        return
    m = _ANSWER_LINE.search(scan) if "ntvangen" in scan else None
    if m is None:
        return
    if meta.date is None and (iso := _iso(m.group("date"))):
        meta.date, meta.evidence["date"] = iso, doc.span(m.start("date"), m.end("date"))
    if meta.signatory is None:
        meta.signatory, meta.evidence["signatory"] = m.group("n"), doc.span(m.start("n"), m.end("n"))


def _from_label_columns(doc: Document, meta: LetterMeta, cols: dict[str, tuple[str, int, int]]) -> None:
    """The date, subject and reference of a two-column label block (`_label_columns`): believed over what the line
    rules read there (they take the label beside a label for its value: `Onderwerp   Datum`)."""
    if not cols:
        return
    ev = meta.evidence          # (offsets of the stored text: spans as they are)
    date_field = cols.get("datum")
    if date_field and (iso := _iso(date_field[0])):
        meta.date, ev["date"] = iso, Span(date_field[1], date_field[2])
    subject = cols.get("onderwerp") or cols.get("betreft")
    if subject:
        meta.subject, ev["subject"] = subject[0], Span(subject[1], subject[2])
    ref = cols.get("ons kenmerk") or cols.get("onze referentie") or cols.get("kenmerk")
    if ref and (rm := re.fullmatch(_REFERENCE_VALUE, ref[0])):
        meta.reference, ev["reference"] = rm.group(0), Span(ref[1], ref[2])


# the date lines in the order they are believed; those that open with `\b` are scanned from the words
# they can start with (`cues.Scanner`: the same matches, without trying every position)
_DATE_LINES = (Scanner(_DEN_HAAG), _DATUM, Scanner(_VASTGESTELD), _DATUMTEKST)
_CHAMBER_SCAN = Scanner(_CHAMBER)


def _wrapped_in_column(text: str, first: Span) -> list[tuple[str, int]]:
    """The lines a subject wraps onto in the left column of a two-column header, as the stored text has them
    (`Betreft      Verslag … NAVO-ministers     referentie en …` / `             van Defensie in Tallinn …`): each
    next line indented to the subject's column, its text up to the column gap; with where each ends."""
    line_start = text.rfind("\n", 0, first.start) + 1
    column = first.start - line_start
    line_end = text.find("\n", first.start)
    if line_end < 0 or not COLUMN_GAP.search(text, first.end, line_end):
        return []                       # not a two-column line: the view's own continuation rule applies
    out: list[tuple[str, int]] = []
    pos = line_end + 1
    while len(out) < 3:
        end = text.find("\n", pos)
        end = len(text) if end < 0 else end
        line = text[pos:end]
        body = line.lstrip(" ")
        if not body or len(line) - len(body) != column or _LABEL.match(body) or _HEADER_OPENER.match(body):
            break
        chunk = COLUMN_GAP.split(body.rstrip(), 1)[0]
        out.append((chunk, pos + column + len(chunk)))
        pos = end + 1
    return out


def _label_block_end(view: str, pos: int) -> int:
    """Where the header's label block that runs on at view offset `pos` (the end of the date line) ends: over the lines
    right after it that are labels with their values (`Kenmerk …`, `Blad 1/4`, `Bijlage(n) -`), at most a few."""
    end = pos
    for _ in range(_LABEL_BLOCK_LINES):
        if not view.startswith("\n", end):
            break
        nxt = view.find("\n", end + 1)
        nxt = len(view) if nxt < 0 else nxt
        line = view[end + 1 : nxt]
        if not _LABEL_LINE.match(line):
            break
        end = nxt
    return end


def _iso(s: str) -> str | None:
    m = DATE_RE.search(s)
    if not m or not m.group(3):
        return None
    mo = month_number(m.group(2))
    return make_date(int(m.group(3)), mo, int(m.group(1))) if mo else None


def body_start(doc: Document) -> int:
    """View offset where the letter's body begins (after date line, Betreft block or salutation)."""
    end = header_end(doc)
    return end if end else _first_body_sentence(doc)


def header_end(doc: Document) -> int:
    """View offset where the letter's header ends, 0 when it has none: what stands before is header, or page
    furniture above it (a web page's summary of the letter). Kept with the document: deployments read it too."""
    end = doc.derived.get("metadata.header_end")
    if end is None:
        end = doc.derived["metadata.header_end"] = _header_marker_end(doc.view)
    return end


# where a body marker can start: a line start (after a line break), or the word a marker that stands within a line
# opens with (`Den Haag,`, `'s-Gravenhage,`, `Zeer geachte`, `Geachte`): literals, which the engine skips to at once
_BODY_MARKER_AT = re.compile(r"\n|Den|'s-G|Zeer|Geachte|geachte")


def _body_markers(view: str, limit: int) -> Iterator[re.Match[str]]:
    """`_BODY_MARKERS.finditer(view, 0, limit)`, the pattern tried only where a marker can start (`_BODY_MARKER_AT`):
    `re` would try its alternatives at every position."""
    end = 0                                             # where the last match ended
    starts = (c.start() + (c.group() == "\n") for c in _BODY_MARKER_AT.finditer(view, 0, limit))
    for p in chain((0,), starts):
        if p >= end and (m := _BODY_MARKERS.match(view, p, limit)):
            yield m
            end = m.end()


def _header_marker_end(view: str) -> int:
    limit = min(len(view), _HEADER_SCAN)
    end = 0
    for m in _body_markers(view, limit):
        # a marker only counts while we are still in the header: before the first long body paragraph
        if end and _first_paragraph_between(view, end, m.start()):
            break
        end = m.end()
    return end


def _first_body_sentence(doc: Document) -> int:
    """No header: the body starts at the first real sentence that is not page furniture."""
    view = doc.view
    for s in doc.sentences:
        line_start = view.rfind("\n", 0, s.start) + 1
        if _FURNITURE_LINE.match(view, line_start):
            continue
        txt = view[s.start : s.end]
        if len(txt.split()) >= 8 and txt.rstrip()[-1:] in ".:;":
            return s.start
    return 0


def _first_paragraph_between(view: str, a: int, b: int) -> bool:
    """Is there a body paragraph (a long line of prose) between view offsets a and b?"""
    for line in view[a:b].split("\n"):
        t = line.strip()
        if len(t) > 160 and len(t.split()) > 25 and not _FURNITURE_LINE.match(line):
            return True
    return False


def _kamerstuk(doc: Document, header_end: int) -> tuple[Kamerstuk | None, Span | None]:
    """Dossier numbers and number from the Kamerstuk block, or an officielebekendmakingen table header."""
    view = doc.view
    limit = max(header_end, 0) + 200
    lines = []
    pos = 0
    for line in view[: min(len(view), _HEADER_SCAN)].split("\n"):
        lines.append((pos, line))
        pos += len(line) + 1
        if pos > limit + 400:
            break
    for i, (lpos, line) in enumerate(lines):
        m = _NR_LINE.match(line)
        if not m or lpos > limit:
            continue
        dossiers: list[str] = []
        first = lpos
        for j in range(i - 1, max(-1, i - 8), -1):
            pl = lines[j][1]
            if not pl.strip():
                continue
            dm = _DOSSIER_LINE.match(pl)
            if dm:
                dossiers.insert(0, dossier_id(dm.group("d")))
                first = lines[j][0]
            elif _DOSSIER_TITLE.match(pl) and not _NR_LINE.match(pl):
                # a dossier title on its own line (`Situatie in Oekraïne`, `Vaststelling van de begrotingsstaten
                # van het Ministerie van Defensie (X) voor het jaar 2027`): no sentence, no date line
                continue
            else:
                break
        if dossiers:
            n = m.group("n") or m.group("c")
            number: int | str = int(n) if n.isdigit() else n
            return Kamerstuk(dossiers, number), doc.span(first, lpos + m.end())
    scan_end = min(len(view), _HEADER_SCAN)
    m2 = _table_kst(view, scan_end)
    if m2:
        return Kamerstuk([m2.group("d")], int(m2.group("n"))), doc.span(m2.start("d"), m2.end())
    return None, None


def _signatory(doc: Document, body_start: int) -> tuple[str | None, Span | None]:
    """The first signature after the body starts: a role line followed by a name."""
    view = doc.view
    for m in _SIGN_ROLE.finditer(view, body_start):
        same = m.group("same")
        sm = _NAME.match(same.strip()) if same else None
        if sm:
            lead = m.start("same") + len(same) - len(same.lstrip())
            name = sm.group("n").strip()
            return name, doc.span(lead + sm.start("n"), lead + sm.start("n") + len(name))
        rest = view[m.end() : m.end() + 200].split("\n")
        for line in rest[1:5]:
            # (a second role line: `De Minister-President, / Minister van Algemene Zaken, / … / E.M. Dijkhuizen`)
            if not line.strip() or _TABLE_RULE.match(line) or line.rstrip().endswith(","):
                continue
            if line.lstrip().startswith("|"):
                line = line.strip().strip("|").split("|")[0]       # the first cell: the first signatory
            nm = _NAME.match(line)
            if nm and len(line.strip()) < 60:
                start = m.end() + 1 + view[m.end() + 1 :].find(nm.group("n"))
                return nm.group("n").strip(), doc.span(start, start + len(nm.group("n").strip()))
            break
    return None, None


def _motion_signatory(doc: Document, body_start: int) -> tuple[str | None, Span | None]:
    """A motion's first indiener: the name on the line after `en gaat over tot de orde van de dag.`"""
    view = doc.view
    m = _MOTION_END.search(view, body_start)
    if not m:
        return None, None
    end = view.find("\n", m.end())
    line = view[m.end(): end if end != -1 else len(view)]
    nm = _INDIENER.match(line)
    if not nm or len(line) > 60:
        return None, None
    return nm.group("n"), doc.span(m.end() + nm.start("n"), m.end() + nm.end("n"))


def _opening(doc: Document, body_start: int) -> tuple[int, int]:
    """The body's first paragraph(s): up to the first heading, at most about 1,200 characters."""
    view = doc.view
    # a heading that opens the body (`Inleiding`) starts the opening rather than ending it
    first = next((s.start for s in doc.sentences if s.start >= body_start and s.footnote is None
                  and not any(h.start <= s.start < h.end for h in doc.headings)), body_start)
    if any(body_start <= h.start < first for h in doc.headings):
        body_start = first
    heads = [h.start for h in doc.headings if h.start > body_start]
    end = min(heads[0] if heads else len(view), body_start + 1500)
    # stop at the end of the sentence that crosses ~1,200 characters, or at the first paragraph break after 400
    for s in doc.sentences:
        if s.start < body_start or s.footnote is not None:
            continue
        if s.start >= end:
            break
        if s.end - body_start > 1200:
            return body_start, s.end
        brk = view.find("\n", s.end, end)
        if brk != -1 and s.end - body_start > 300 and not view[s.end : brk].strip():
            nxt_line = view[brk + 1 : view.find("\n", brk + 1) if view.find("\n", brk + 1) != -1 else end]
            if not nxt_line.strip() or view[brk + 1 : brk + 2] == "\n":
                return body_start, s.end
    return body_start, end


def _title_zone(doc: Document, header_end: int) -> tuple[int, int] | None:
    """Page-title lines above the letter (web pages: `Brief regering : Geannoteerde agenda …`)."""
    view = doc.view
    stop = min(len(view), 600)
    for ln in doc.lines:
        if ln.start >= stop:
            break
        line = view[ln.start : ln.end]
        t = line.strip()
        if not t or _FURNITURE_LINE.match(line) or _DOSSIER_LINE.match(line) or _NR_LINE.match(line):
            continue
        if _HEADER_OPENER.match(t) or len(t) < 15:
            continue
        if ln.start >= header_end and header_end:
            return None
        return ln.start, ln.end
    return None


_OUTCOMES = "outcomes"          # `_kind`: the letter tells the outcomes of a meeting (a report when it covers one)
_APART = "apart"                # `_kind`: the letter says the meeting's report comes apart from it


def _kind(doc: Document, title: tuple[int, int] | None, subject: str | None,
          opening: tuple[int, int]) -> str:
    """agenda / report / other from the title, Betreft line and opening: what the letter says it is."""
    view = doc.view
    texts = [t for t in (
        view[title[0] : title[1]] if title else None,
        subject,
        view[opening[0] : opening[1]],
    ) if t]
    if not texts:
        return ""
    head = " ".join(texts[:-1]) if len(texts) > 1 else ""
    body = texts[-1]
    # (the opening says what the letter is even below a Betreft line that does not: `Met deze brief informeert het
    # kabinet u, conform artikel 100 van de Grondwet, over …` is a decision letter, whatever meeting it names in
    # passing; not where the letter said it was an agenda or a report first)
    other = _OTHER_HINT.search(body, 0, 400)
    said_first = other is not None and any(rx.search(head) or rx.search(body, 0, other.start())
                                           for rx in (_AGENDA_HINT, _REPORT_HINT))
    if _OTHER_HINT.search(head) or (other and (not head or not said_first)):
        return "other"
    apart = False           # the letter says the report of the meeting comes apart from it
    for t in (head, body):
        agenda = next((m for m in _AGENDA_HINT.finditer(t)
                       if not _CITED_BEFORE.search(t, max(0, m.start() - 30), m.start())
                       and not _RECEIVED_AFTER.match(t, m.end())), None)
        # (`Het verslag van de vorige bijeenkomst … ontving u op …`: another paper's kind, not this one's)
        reports = [m for m in _REPORT_HINT.finditer(t)
                   if not _CITED_BEFORE.search(t, max(0, m.start() - 30), m.start())
                   and not _EARLIER_AFTER.match(t, m.end()) and not _RECEIVED_AFTER.match(t, m.end())]
        report = next((m for m in reports if not _APART_AFTER.match(t, m.end())), None)
        apart = apart or (len(reports) > 0 and report is None)
        if agenda and (not report or agenda.start() < report.start()):
            return "agenda"
        if report:
            # (the outcomes of a meeting: a report if it is a ministerial the letter covers, see `extract`)
            return _OUTCOMES if report.group("outcome") else "report"
    # (`Het verslag van de Raad ontvangt u separaat`: not the report; an agenda if its meetings are still to come)
    return _APART if apart else ""   # (else undecided: the meetings and the tense decide)


def _kind_by_date(meetings: list[Meeting], letter_date: date | None) -> str | None:
    """A letter about meetings that are all over by its date reports on them; one sent before they
    all begin prepares them (for openings that state neither, e.g. a report opening with its results)."""
    ends = [m.date_end or m.date_start for m in meetings]
    starts = [m.date_start for m in meetings]
    if letter_date is None or not all(ends) or not all(starts):
        return None
    day = letter_date.isoformat()
    if all(e < day for e in ends if e):
        return "report"
    if all(s >= day for s in starts if s):
        return "agenda"
    return None


def extract(doc: Document) -> LetterMeta:
    """Letter fields with the spans they were read from."""
    view = doc.view
    scan = view[: min(len(view), _HEADER_SCAN)]
    meta = LetterMeta()
    ev = meta.evidence

    for rx in _DATE_LINES:
        m = rx.search(scan)
        if m and (iso := _iso(m.group("date"))):
            meta.date = iso
            ev["date"] = doc.span(m.start("date"), m.end("date"))
            break
    else:
        for rx in (_DATUM_FIGURES, _PAGE_DATE):
            pm = rx.search(scan)
            if pm and (iso := make_date(int(pm.group("y")), int(pm.group("m")), int(pm.group("d")))):
                meta.date = iso
                ev["date"] = doc.span(pm.start("d"), pm.end("y"))
                break

    header_end = body_start(doc)
    cm = _CHAMBER_ADDRESS.search(scan) or _CHAMBER_SCAN.search(scan[: max(header_end, 1) + 200])
    if cm:
        meta.chamber = "TK" if cm.group("c") == "Tweede" else "EK"
        ev["chamber"] = doc.span(cm.start("c"), cm.end())

    bm = _BETREFT.search(scan[: _label_block_end(scan, max(header_end, 1)) + 50])
    if bm:
        bm = _BETREFT.match(scan, bm.start()) or bm      # the whole line, where the window cut it
        # (a wide gap is the next column of a two-column header: `Betreft  … NAVO-norm          Uw brief (kenmerk) …`)
        meta.subject = COLUMN_GAP.split(bm.group("s").strip(), 1)[0]
        end = bm.start("s") + len(meta.subject)
        column = bm.start("s") - (view.rfind("\n", 0, bm.start("s")) + 1)
        for _ in range(3):          # (a subject wrapped over up to four lines of its column)
            more = _CONTINUED.match(view, end)
            if not more or len(more.group("ind")) != column or _HEADER_OPENER.match(more.group("c")) \
                    or _LABEL.match(more.group("c")):
                break
            meta.subject = f"{meta.subject} {more.group('c').strip()}"
            end = more.end("c")
        ev["subject"] = doc.span(bm.start("s"), end)
        wrapped = _wrapped_in_column(doc.text, ev["subject"])
        if wrapped:
            meta.subject = f"{meta.subject} {' '.join(t for t, _ in wrapped)}"
            ev["subject"] = Span(ev["subject"].start, wrapped[-1][1])
    rm = (_REFERENCE.search(scan) or _REFERENCE_COLUMN.search(scan)
          or _BARE_REFERENCE.search(scan[: max(header_end, 1) + 200]))
    if rm:
        meta.reference = rm.group("r")
        ev["reference"] = doc.span(rm.start("r"), rm.end("r"))
    _from_label_columns(doc, meta, _label_columns(doc.text, doc.span(len(scan), len(scan)).start))
    meta.kamerstuk, ks_span = _kamerstuk(doc, header_end)
    if ks_span:
        ev["kamerstuk"] = ks_span
    meta.signatory, sig_span = _signatory(doc, header_end)
    if meta.signatory is None:
        meta.signatory, sig_span = _motion_signatory(doc, header_end)
    if sig_span:
        ev["signatory"] = sig_span
    _answers(doc, meta, scan)

    opening = _opening(doc, header_end)
    title = _title_zone(doc, header_end)
    kind = _kind(doc, title, meta.subject, opening)

    ministry = None
    mm = _MINISTRY.search(scan)
    if mm:
        who = (mm.group("m") or mm.group("m2") or "").lower()
        ministry = "defensie" if "defensie" in who else "bz" if "buitenlandse" in who else None
    letter_date = date.fromisoformat(meta.date) if meta.date else None
    if letter_date is None:
        iso = meetings_mod.iso_dates_in(view, 0, min(len(view), 1500))
        letter_date = date.fromisoformat(iso[0]) if iso else None

    zones = [(opening[0], opening[1], 1)]
    if bm:
        zones.append((bm.start("s"), bm.end("s"), 3))
    if title:
        zones.append((title[0], title[1], 4))
    op_text = view[opening[0] : opening[1]]
    tense = "report" if _PAST.search(op_text) else "agenda" if _FUTURE.search(op_text) else None
    year_hint = None
    if letter_date is None:
        head = " ".join(view[z[0]:z[1]] for z in zones[1:])
        ym = re.search(r"\b(?:19|20)\d\d\b", head)
        year_hint = int(ym.group()) if ym else None
    ctx = meetings_mod.MeetingContext(
        letter_date=letter_date, year_hint=year_hint,
        kind_hint="report" if kind == _OUTCOMES else kind if kind in ("agenda", "report") else tense,
        kind_stated=kind in ("agenda", "report", _OUTCOMES),
        ministry=ministry,
        zones=zones,
        later=(opening[1], min(len(view), opening[1] + 4000)),
    )
    sents = [(s.start, s.end) for s in doc.sentences if s.footnote is None]
    # title/Betreft lines are not sentences of the body: give each zone its own sentence
    meta.meetings = meetings_mod.extract(view, sents, ctx, doc.span)
    if kind == _OUTCOMES:
        # (`informeren wij uw Kamer over de uitkomsten` of a leaders' meeting no ministerial type names: other)
        kind = "report" if meta.meetings else "other"
    if kind == _APART:
        kind = "agenda" if meta.meetings and _kind_by_date(meta.meetings, letter_date) == "agenda" else "other"
    if not kind:
        kind = (tense or _kind_by_date(meta.meetings, letter_date) or "other") if meta.meetings else "other"
    meta.kind = kind  # type: ignore[assignment]
    return meta
