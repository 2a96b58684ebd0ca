"""Fields a source states outright win over the fields the rules read from the text.

A kst XML file states its dossier(s), number, chamber and date in its structure; a paper fetched
from the KOOP repository comes with its metadata.xml (publication date, dossier, ondernummer,
creator, document type). The XML reader and the fetcher put these into the letter's read meta as
`given.<name>`, each with `given.<name>.from` naming its origin. The fetcher's meta is merged over
the reader's, so metadata.xml wins over the XML, and both win over the text.

`apply` writes them into the letter's fields. Where the text said something else, the given value
wins, `LetterMeta.given` records the origin and what the text said, and the text's evidence span
for that field is dropped (it would quote a value the letter no longer shows). Pure: no I/O.

Keys read: `given.date` (ISO, the letter's own), `given.published` (ISO, the day of publication: the
date only when nothing else gives one), `given.chamber` (TK | EK), `given.creator` (a Kamer's name gives the
chamber), `given.dossiers` (comma-separated) with `given.number`, `given.doctype` (a paper that is
not a letter — a motion, a bill — is of kind `other`, whatever the text's wording suggests).
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from inzet.extract.dutch import dossier_id
from inzet.model import Kamerstuk, LetterMeta

RULE = "given.v1"

_ISO = re.compile(r"\d{4}-\d\d-\d\d")
_DOSSIER = re.compile(r"\d{4,6}(?:-[0-9A-Z]{1,6})?")
_NUMBER = re.compile(r"\d{1,5}[A-Z]?|[A-Z]{1,3}")
_CHAMBER = {"tweede kamer": "TK", "eerste kamer": "EK"}
_LETTER_TYPES = ("brief", "kamerbrief")
_GENERIC_TYPES = ("kamerstuk", "kamerstukken", "officiële publicatie", "officiele publicatie")


def _origin(meta: Mapping[str, str], name: str, fallback: str) -> str:
    """Where `given.<name>` came from, as the reader or fetcher wrote it."""
    return meta.get(f"given.{name}.from") or fallback


def _set(letter: LetterMeta, name: str, value: object, origin: str) -> None:
    """Put a given value into a letter field, recording where it came from and what the text said."""
    before = getattr(letter, name)
    note = origin
    if before is not None and before != value:
        shown = before.id if isinstance(before, Kamerstuk) else before
        note = f"{origin} (the text says {shown})"
        letter.evidence.pop(name, None)
    setattr(letter, name, value)
    letter.given[name] = note


def _kamerstuk(meta: Mapping[str, str]) -> Kamerstuk | None:
    """The Kamerstuk a source gives: dossiers normalised as ids write them (`37 020 X` → `37020-X`)."""
    raw = [d.strip() for d in meta.get("given.dossiers", "").split(",") if d.strip()]
    dossiers = [dossier_id(d) for d in raw]
    number = meta.get("given.number", "").strip()
    if not dossiers or not all(_DOSSIER.fullmatch(d) for d in dossiers) or not _NUMBER.fullmatch(number):
        return None
    return Kamerstuk(dossiers, int(number) if number.isdigit() else number)


def apply(letter: LetterMeta, meta: Mapping[str, str]) -> LetterMeta:
    """The letter with every valid `given.*` field of `meta` in place of what the text suggested."""
    date = meta.get("given.date", "").strip()
    if _ISO.fullmatch(date):
        _set(letter, "date", date, _origin(meta, "date", "source metadata"))
    # the publication date (metadata.xml) is not the letter's: recorded, and the date only when none is known
    published = meta.get("given.published", "").strip()
    if _ISO.fullmatch(published):
        if letter.date is None:
            _set(letter, "date", published, _origin(meta, "published", "source metadata"))
        letter.given["published"] = f"{published} ({_origin(meta, 'published', 'source metadata')})"
    # the creator (metadata.xml) names the chamber before the XML's kamerstukkop does
    creator = meta.get("given.creator", "").strip().lower()
    chamber = next((c for k, c in _CHAMBER.items() if k in creator), "")
    origin = _origin(meta, "creator", "source metadata")
    if not chamber and meta.get("given.chamber", "").strip() in ("TK", "EK"):
        chamber, origin = meta["given.chamber"].strip(), _origin(meta, "chamber", "source metadata")
    if chamber:
        _set(letter, "chamber", chamber, origin)
    ks = _kamerstuk(meta)
    text_ks = letter.kamerstuk
    if ks is not None and text_ks is not None and text_ks.dossiers[:1] == ks.dossiers[:1] \
            and str(text_ks.number) == str(ks.number):
        # the same paper: dossiers the text names beside the given ones are more, not other
        ks = Kamerstuk(list(dict.fromkeys([*ks.dossiers, *text_ks.dossiers])), ks.number)
    if ks is not None:
        same = letter.kamerstuk is not None and letter.kamerstuk.to_json() == ks.to_json()
        if not same:
            _set(letter, "kamerstuk", ks, _origin(meta, "kamerstuk", "source metadata"))
        else:
            letter.given["kamerstuk"] = _origin(meta, "kamerstuk", "source metadata")
    doctype = meta.get("given.doctype", "").strip().lower()
    not_a_letter = doctype not in _GENERIC_TYPES and not doctype.startswith(_LETTER_TYPES)
    if doctype and not_a_letter and letter.kind != "other":
        _set(letter, "kind", "other", _origin(meta, "doctype", "source metadata") + f" ({doctype})")
    return letter
