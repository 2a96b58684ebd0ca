"""Motions as the Tweede Kamer records them: the `Zaak` of soort `Motie`, its indieners and its Besluit.

`inzet fetch tk --motions --dossier D` lists the motions of a dossier with their vote, so the motion
tracker (`inzet.link.motion_tracker`) can show motions the Kamer adopted that no letter has answered yet.
One request per page:

    Zaak?$filter=Soort eq 'Motie' and Kamerstukdossier/any(…)
        &$expand=ZaakActor, Kamerstukdossier, Document, Besluit($expand=Stemming, Agendapunt($expand=Activiteit))

The entity and property names are those of the OData v4 API (`ZaakActor.Relatie` = `Indiener` /
`Medeindiener`, `Besluit.BesluitSoort` = `Stemmen - aangenomen`, `Stemmen - verworpen`, `Aangehouden …`,
`Agendapunt.Activiteit.Datum` = the day of the vote). The Kamerstuk id comes from the motion's own
document: `kst-<dossier>-<Document.Volgnummer>`.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import asdict, dataclass, field
from typing import Any

from tkapi.zaak import ZaakFilter

from inzet.errors import SourceError
from inzet.model import kst_id
from inzet.sources.tk import ORDER, JsonType, TkClient, dossier_clauses, parse_dossier, prop

SOURCE = "tk-motie"        # remote_documents.source of a motion record
_EXPAND = ("ZaakActor($select=ActorNaam,ActorFractie,Relatie),Kamerstukdossier($select=Nummer,Toevoeging),"
           "Document($select=DocumentNummer,Soort,Volgnummer,Datum),"
           "Besluit($select=BesluitSoort,BesluitTekst,StemmingsSoort,Status,GewijzigdOp,Verwijderd;"
           "$expand=Stemming($select=Soort,FractieGrootte,ActorFractie,Vergissing),"
           "Agendapunt($select=Id;$expand=Activiteit($select=Datum)))")
# the properties read, with their JSON types, per entity (checked against a real response in the tests)
FIELDS: dict[str, dict[str, JsonType]] = {
    "Zaak": {"Id": str, "Nummer": str, "Onderwerp": str, "GestartOp": str, "Volgnummer": int, "GewijzigdOp": str,
             "Verwijderd": bool},
    "ZaakActor": {"ActorNaam": str, "Relatie": str},
    "Document": {"Soort": str, "Volgnummer": int},
    "Besluit": {"BesluitSoort": str, "BesluitTekst": str, "GewijzigdOp": str, "Verwijderd": bool},
    "Stemming": {"Soort": str, "FractieGrootte": int, "Vergissing": bool},
    "Activiteit": {"Datum": str},
}
# BesluitSoort → the outcome the tracker shows (first word that matches, lower-cased)
_OUTCOMES = ("aangenomen", "verworpen", "aangehouden", "ingetrokken")


@dataclass(frozen=True, slots=True)
class TkMotion:
    """One motion: ids, indieners, and the latest outcome the Kamer recorded for it (None while pending)."""

    id: str                            # the Zaak's OData Id
    nummer: str | None                 # Zaak Nummer, e.g. 2026Z01234
    kst_id: str | None                 # kst-21501-20-2307
    onderwerp: str | None
    dossiers: tuple[str, ...] = ()
    indieners: tuple[str, ...] = ()    # Indiener first, then Medeindieners
    besluit: str | None = None         # aangenomen | verworpen | aangehouden | ingetrokken
    besluit_tekst: str | None = None
    date: str | None = None            # day of that decision, else the day the motion was moved
    votes: dict[str, int] = field(default_factory=dict)   # seats voor / tegen
    changed: str | None = None
    deleted: bool = False

    def to_json(self) -> dict[str, Any]:
        d = asdict(self)
        d["dossiers"], d["indieners"] = list(self.dossiers), list(self.indieners)
        return d

    @classmethod
    def from_json(cls, j: dict[str, Any]) -> TkMotion:
        """Read a Zaak entity with its navigation properties expanded as in `_EXPAND`."""
        if not isinstance(j.get("Id"), str):
            raise SourceError(f"OData Zaak without an Id: {str(j)[:120]}")
        z, a, d = FIELDS["Zaak"], FIELDS["ZaakActor"], FIELDS["Document"]
        dossiers = []
        for ks in j.get("Kamerstukdossier") or []:
            if ks.get("Nummer") is not None:
                tv = ks.get("Toevoeging")
                dossiers.append(f"{ks['Nummer']}-{tv}" if tv else str(ks["Nummer"]))
        docs = [doc for doc in j.get("Document") or []
                if str(prop(doc, "Soort", d["Soort"]) or "").startswith("Motie")]
        volgnummer = next((v for doc in docs if (v := prop(doc, "Volgnummer", d["Volgnummer"]))), None) \
            or prop(j, "Volgnummer", z["Volgnummer"])
        actors = sorted((x for x in j.get("ZaakActor") or []
                         if prop(x, "Relatie", a["Relatie"]) in ("Indiener", "Medeindiener")),
                        key=lambda x: x.get("Relatie") != "Indiener")
        outcome = _outcome(j.get("Besluit") or [])
        started = prop(j, "GestartOp", z["GestartOp"])
        return cls(
            id=j["Id"], nummer=prop(j, "Nummer", z["Nummer"]),
            kst_id=kst_id(dossiers[0], volgnummer) if dossiers else None,
            onderwerp=prop(j, "Onderwerp", z["Onderwerp"]), dossiers=tuple(dossiers),
            indieners=tuple(str(n) for x in actors if (n := prop(x, "ActorNaam", a["ActorNaam"]))),
            besluit=outcome[0], besluit_tekst=outcome[1],
            date=outcome[2] or (started[:10] if started else None), votes=outcome[3],
            changed=prop(j, "GewijzigdOp", z["GewijzigdOp"]), deleted=bool(prop(j, "Verwijderd", z["Verwijderd"])))

    def meta(self) -> dict[str, Any]:
        """What the store keeps (remote_documents.meta_json; `tk_nummer` and `kst_id` are indexed)."""
        return {"tk_nummer": self.nummer or "", "kst_id": self.kst_id or "", **self.to_json()}


def _outcome(besluiten: list[dict[str, Any]]) -> tuple[str | None, str | None, str | None, dict[str, int]]:
    """(outcome, BesluitTekst, ISO date, seats per vote) of the latest decisive Besluit."""
    best: tuple[str, str, str | None, str | None, dict[str, int]] | None = None
    bf, sf = FIELDS["Besluit"], FIELDS["Stemming"]
    for b in besluiten:
        if prop(b, "Verwijderd", bf["Verwijderd"]):
            continue
        soort = str(prop(b, "BesluitSoort", bf["BesluitSoort"]) or "").lower()
        outcome = next((o for o in _OUTCOMES if o in soort), None)
        if outcome is None:
            continue
        day = None
        for ap in [b.get("Agendapunt")] if isinstance(b.get("Agendapunt"), dict) else b.get("Agendapunt") or []:
            act = (ap or {}).get("Activiteit")
            act = act[0] if isinstance(act, list) and act else act
            if isinstance(act, dict) and (when := prop(act, "Datum", FIELDS["Activiteit"]["Datum"])):
                day = when[:10]
        votes: dict[str, int] = {}
        for s in b.get("Stemming") or []:
            if prop(s, "Vergissing", sf["Vergissing"]):
                continue
            k = str(prop(s, "Soort", sf["Soort"]) or "").lower()
            votes[k] = votes.get(k, 0) + int(prop(s, "FractieGrootte", sf["FractieGrootte"]) or 0)
        rank = (day or "", str(prop(b, "GewijzigdOp", bf["GewijzigdOp"]) or ""))
        if best is None or rank > (best[0], best[1]):
            best = (rank[0], rank[1], outcome, prop(b, "BesluitTekst", bf["BesluitTekst"]), votes)
    if best is None:
        return None, None, None, {}
    return best[2], best[3], best[0] or None, best[4]


def motion_filter(dossiers: list[str]) -> str:
    """The `$filter` for the motions of these dossiers (built with tkapi's ZaakFilter; values validated)."""
    def clause(nummer: int, toevoeging: str | None) -> str:
        f = ZaakFilter()
        f.filter_kamerstukdossier(nummer, toevoeging)
        return str(f.filter_str)

    expr = dossier_clauses(dossiers, clause)
    f = ZaakFilter()
    f.filter_soort("Motie")
    return f"{f.filter_str} and ({expr})" if expr else f.filter_str


def motions(client: TkClient, dossiers: list[str]) -> Iterator[TkMotion]:
    """The motions of `dossiers` as the Kamer lists them, oldest change first (deleted ones marked)."""
    if not dossiers:
        raise SourceError("give at least one --dossier for --motions, e.g. --dossier 21501-20")
    wanted = {f"{n}-{t}" if t else str(n) for n, t in map(parse_dossier, dossiers)}
    params = {"$filter": motion_filter(dossiers), "$orderby": ORDER, "$expand": _EXPAND}   # no $top: see tk
    for j in client.entities("Zaak", params):
        m = TkMotion.from_json(j)
        if wanted & set(m.dossiers):       # tkapi filters number and addition separately: check both here
            yield m
