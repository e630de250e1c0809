"""Welke organisatie(s) horen bij een onderwerp, gegeven waar de gebruiker woont?

route(onderwerp, plaats=None) -> Verwijzing

Regels:
- CIZ, CAK, SVB en de Nationale ombudsman zijn landelijk: het antwoord hangt niet af van de woonplaats.
- De gemeente (Wmo): de bot kent geen nummers van gemeenten en verwijst naar de website van de gemeente.
- Klantadvies, Klachtencommissie, bezwaaradres en OCO's van Zorg en Zekerheid gelden ALLEEN voor
  inwoners van Zuid-Holland Noord (ZK28) en Amstelland en De Meerlanden (ZK01).
- Woont iemand elders, dan noemt de verwijzing het eigen zorgkantoor en de regio.
- Is de woonplaats onbekend (of dubbelzinnig) en hangt het antwoord van de regio af, dan is
  vraag_regio True; de stappen voor Zorg en Zekerheid staan er dan voorwaardelijk in (alleen_zz=True).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import List, Optional, Tuple, Union

from .gegevens import ZZ_REGIOS, Gemeente, Organisatie, Regio, laad, organisatie
from .plaatsen import GEVONDEN, MEERDERE, PlaatsResultaat, resolve_plaats

ONDERWERPEN: Tuple[str, ...] = (
    "algemeen",
    "klacht_zorgaanbieder",
    "klacht_zorgkantoor",
    "bezwaar",
    "eigen_bijdrage",
    "factuur",
    "betalingsproblemen",
    "indicatie",
    "herindicatie",
    "wlz_check",
    "pgb",
    "clientondersteuning",
    "bezwaar_ciz",
    "klacht_ciz",
    "bezwaar_cak",
    "klacht_cak",
    "svb",
    "ombudsman",
    "gemeente",
)
REGIO_AFHANKELIJK = frozenset(
    ("algemeen", "klacht_zorgaanbieder", "klacht_zorgkantoor", "bezwaar", "pgb", "clientondersteuning")
)

# Regio-status van de gebruiker.
ZZ = "zz"
ELDERS = "elders"
ONBEKEND = "onbekend"


@dataclass(frozen=True)
class Stap:
    """Eén advies in de verwijzing.

    rol:          soort advies (bepaalt de tekst), bijv. "klachtencommissie", "eigen_zorgkantoor".
    organisatie:  de organisatie om contact mee op te nemen (None bij "uw zorgaanbieder" of een ander zorgkantoor).
    regio:        bij de rollen "eigen_zorgkantoor*": de regio (met zorgkantoor en website) van de gebruiker.
    gemeente:     bij de rol "gemeente": de gemeente van de gebruiker, als die bekend is.
    alleen_zz:    alleen voor inwoners van de twee Zorg en Zekerheid-regio's (voorwaardelijk bij onbekende plaats).
    """

    rol: str
    organisatie: Optional[Organisatie] = None
    regio: Optional[Regio] = None
    gemeente: Optional[Gemeente] = None
    alleen_zz: bool = False


@dataclass(frozen=True)
class Verwijzing:
    """Uitkomst van route().

    onderwerp:          de onderwerpsleutel (zie ONDERWERPEN).
    plaats:             het plaatsresultaat (of None als er geen plaats is opgegeven).
    regio:              de regio van de gebruiker als die bekend is.
    regio_status:       "zz" (Zorg en Zekerheid), "elders" of "onbekend".
    regio_afhankelijk:  hangt het antwoord van de regio af?
    vraag_regio:        True = de bot moet naar gemeente of postcode vragen (regio nodig maar onbekend).
    stappen:            de adviezen, in volgorde.
    """

    onderwerp: str
    plaats: Optional[PlaatsResultaat]
    regio: Optional[Regio]
    regio_status: str
    regio_afhankelijk: bool
    vraag_regio: bool
    stappen: Tuple[Stap, ...]

    @property
    def organisatie_ids(self) -> Tuple[str, ...]:
        """Ids van alle genoemde organisaties, in volgorde, zonder dubbelen."""
        uit: List[str] = []
        for s in self.stappen:
            if s.organisatie is not None and s.organisatie.id not in uit:
                uit.append(s.organisatie.id)
        return tuple(uit)

    @property
    def landelijk(self) -> bool:
        return not self.regio_afhankelijk

    @property
    def is_zorg_en_zekerheid(self) -> Optional[bool]:
        return {ZZ: True, ELDERS: False}.get(self.regio_status)


def normaliseer_onderwerp(onderwerp: str) -> str:
    """'Cliëntondersteuning', 'eigen bijdrage', 'wlz-check' -> sleutel. ValueError als onbekend."""
    k = (
        (onderwerp or "")
        .strip()
        .lower()
        .replace("ë", "e")
        .replace("-", "_")
        .replace(" ", "_")
    )
    if k not in ONDERWERPEN:
        raise ValueError(f"Onbekend onderwerp {onderwerp!r}; kies uit {', '.join(ONDERWERPEN)}")
    return k


def _status(plaats: Optional[PlaatsResultaat]) -> Tuple[str, Optional[Regio], Tuple[str, ...]]:
    """(status, regio, zz_regiocodes): zz_regiocodes = de ZZ-regio's die in aanmerking komen."""
    if plaats is None:
        return ONBEKEND, None, ()
    if plaats.soort == GEVONDEN and plaats.locatie is not None:
        r = plaats.locatie.regio
        return (ZZ if r.is_zorg_en_zekerheid else ELDERS), r, ((r.code,) if r.is_zorg_en_zekerheid else ())
    if plaats.soort == MEERDERE and plaats.opties:
        regios = {o.regio.code: o.regio for o in plaats.opties}
        if len(regios) == 1:
            r = next(iter(regios.values()))
            return (ZZ if r.is_zorg_en_zekerheid else ELDERS), r, ((r.code,) if r.is_zorg_en_zekerheid else ())
        if all(r.is_zorg_en_zekerheid for r in regios.values()):
            return ZZ, None, tuple(c for c in ZZ_REGIOS if c in regios)
    return ONBEKEND, None, ()


def _oco_stappen(regiocodes: Tuple[str, ...], alleen_zz: bool) -> List[Stap]:
    g = laad()
    if not g.instellingen.get("toon_oco_lijst", True):
        return []
    uit = []
    for o in g.organisaties.values():
        if o.soort == "oco" and any(c in o.gebied for c in regiocodes):
            uit.append(Stap("oco", o, alleen_zz=alleen_zz))
    return uit


def route(onderwerp: str, plaats: Union[PlaatsResultaat, str, None] = None) -> Verwijzing:
    """Verwijzing voor een onderwerp (zie ONDERWERPEN), eventueel met de woonplaats van de gebruiker.

    plaats mag een PlaatsResultaat zijn, een tekst (gemeente, plaats, postcode, GM-/ZK-code) of None.
    """
    k = normaliseer_onderwerp(onderwerp)
    if isinstance(plaats, str):
        plaats = resolve_plaats(plaats) if plaats.strip() else None
    status, regio, zz_codes = _status(plaats)
    afhankelijk = k in REGIO_AFHANKELIJK
    onb = status == ONBEKEND
    zz = status == ZZ
    org = organisatie
    s: List[Stap] = []

    def zz_stap(rol: str, oid: str) -> None:
        if zz or onb:
            s.append(Stap(rol, org(oid), alleen_zz=onb))

    def eigen(rol: str) -> None:
        if status == ELDERS:
            s.append(Stap(rol, regio=regio))
        elif onb:
            s.append(Stap("eigen_zorgkantoor_onbekend"))

    if k == "algemeen":
        zz_stap("klantadvies", "zz_klantadvies")
        eigen("eigen_zorgkantoor")
    elif k == "klacht_zorgaanbieder":
        s.append(Stap("eerst_zorgaanbieder"))
        zz_stap("klachtencommissie_zorgaanbieder", "zz_klachtencommissie")
        zz_stap("bemiddeling", "zz_klantadvies")
        eigen("eigen_zorgkantoor_klacht_aanbieder")
        s.append(Stap("hulp_clientondersteuning", org("regelhulp")))
    elif k == "klacht_zorgkantoor":
        zz_stap("klachtencommissie_zorgkantoor", "zz_klachtencommissie")
        eigen("eigen_zorgkantoor_klacht")
        s.append(Stap("ombudsman", org("nationale_ombudsman")))
    elif k == "bezwaar":
        zz_stap("bezwaar_zz", "zz_bezwaar")
        eigen("eigen_zorgkantoor_bezwaar")
        s.append(Stap("bezwaar_elders_ciz", org("ciz")))
        s.append(Stap("bezwaar_elders_cak", org("cak")))
        s.append(Stap("hulp_clientondersteuning", org("regelhulp")))
    elif k == "eigen_bijdrage":
        s.append(Stap("cak_eigen_bijdrage", org("cak")))
    elif k == "factuur":
        s.append(Stap("cak_factuur", org("cak")))
    elif k == "betalingsproblemen":
        s.append(Stap("cak_betalingsproblemen", org("cak")))
    elif k == "indicatie":
        s.append(Stap("ciz_indicatie", org("ciz")))
        s.append(Stap("hulp_aanvraag", org("regelhulp")))
    elif k == "herindicatie":
        s.append(Stap("ciz_herindicatie", org("ciz")))
    elif k == "wlz_check":
        s.append(Stap("ciz_wlz_check", org("ciz")))
    elif k == "pgb":
        zz_stap("pgb_zorgkantoor", "zz_klantadvies")
        eigen("eigen_zorgkantoor_pgb")
        s.append(Stap("svb_pgb", org("svb")))
        s.append(Stap("mijnpgb", org("mijnpgb")))
    elif k == "clientondersteuning":
        zz_stap("klantadviseurs", "zz_klantadvies")
        if zz:
            s.extend(_oco_stappen(zz_codes, alleen_zz=False))
        eigen("eigen_zorgkantoor_clientondersteuning")
        s.append(Stap("regelhulp", org("regelhulp")))
    elif k == "bezwaar_ciz":
        s.append(Stap("ciz_bezwaar", org("ciz")))
        s.append(Stap("hulp_clientondersteuning", org("regelhulp")))
    elif k == "klacht_ciz":
        s.append(Stap("ciz_klacht", org("ciz")))
        s.append(Stap("ombudsman", org("nationale_ombudsman")))
    elif k == "bezwaar_cak":
        s.append(Stap("cak_bezwaar", org("cak")))
        s.append(Stap("hulp_clientondersteuning", org("regelhulp")))
    elif k == "klacht_cak":
        s.append(Stap("cak_klacht", org("cak")))
        s.append(Stap("ombudsman", org("nationale_ombudsman")))
    elif k == "svb":
        s.append(Stap("svb_pgb", org("svb")))
    elif k == "ombudsman":
        s.append(Stap("ombudsman_contact", org("nationale_ombudsman")))
    elif k == "gemeente":
        s.append(Stap("gemeente", gemeente=plaats.gemeente if plaats is not None and plaats.zeker else None))

    if not afhankelijk and status == ELDERS:
        s.append(Stap("landelijk_eigen_zorgkantoor", regio=regio))

    return Verwijzing(
        onderwerp=k,
        plaats=plaats,
        regio=regio,
        regio_status=status,
        regio_afhankelijk=afhankelijk,
        vraag_regio=afhankelijk and onb,
        stappen=tuple(s),
    )
