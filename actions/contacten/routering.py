"""Which organisations belong to a topic, given where the user lives?

    route(onderwerp, plaats=None, vraag=None) -> Verwijzing

The table is routering.yml (topic -> steps). The rules it follows:
- The CIZ, the CAK, the SVB and the Nationale ombudsman are national: the answer does not depend on the place.
- The municipality (Wmo): the bot knows no municipal numbers and points to the municipality's website.
- The contacts of the bot's own zorgkantoor (eigen_zorgkantoor.yml) hold ONLY for residents of its regions.
- Someone who lives elsewhere hears his own zorgkantoor and region.
- When the place is unknown (or ambiguous) and the answer depends on the region, vraag_regio is True; the
  steps for the own regions are then said conditionally ("Woont u in ...? Dan ...").
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from enum import Enum
from typing import Any

from .gegevens import MAP, Organisatie, Regio, Soort, laad, lees_yaml, organisatie
from .plaatsen import PlaatsResultaat, PlaatsStatus, resolve_plaats

_TABEL: Mapping[str, Any] = lees_yaml(MAP / "routering.yml")["onderwerpen"]
ONDERWERPEN: tuple[str, ...] = tuple(_TABEL)
REGIO_AFHANKELIJK = frozenset(k for k, o in _TABEL.items() if o.get("regio_afhankelijk"))


class RegioStatus(str, Enum):
    """Where the user lives, as far as the bot knows."""

    EIGEN = "eigen"  # in one of the regions of the zorgkantoor the bot speaks for
    ELDERS = "elders"  # in another region
    ONBEKEND = "onbekend"  # not known: no place, or one that is ambiguous across regions, or unknown


class Doelgroep(str, Enum):
    """For whom a step is (field 'voor' in routering.yml)."""

    EIGEN_REGIO = "eigen_regio"  # residents of the own regions; said conditionally while the place is unknown
    ELDERS = "elders"
    ZONDER_PLAATS = "zonder_plaats"  # nobody named a place yet


@dataclass(frozen=True)
class Stap:
    """One piece of advice in the answer.

    rol:          the template in teksten.yml.
    organisaties: whose contacts fill it (usually one; the OCO list several; none for e.g. "uw gemeente").
    meer:         behind "Meer uitleg" instead of in the short answer.
    """

    rol: str
    organisaties: tuple[Organisatie, ...] = ()
    meer: bool = False

    @property
    def organisatie(self) -> Organisatie | None:
        return self.organisaties[0] if self.organisaties else None


@dataclass(frozen=True)
class Verwijzing:
    """Outcome of route().

    onderwerp:          the topic key (see ONDERWERPEN).
    plaats:             the place result (None when no place was given).
    regio:              the user's region when it is known.
    regio_status:       see RegioStatus.
    regio_afhankelijk:  does the answer depend on the region?
    vraag_regio:        the bot must ask for the municipality or postcode (region needed but not known).
    stappen:            the advice, in order: the short answer first, then what is behind "Meer uitleg".
    """

    onderwerp: str
    plaats: PlaatsResultaat | None
    regio: Regio | None
    regio_status: RegioStatus
    regio_afhankelijk: bool
    vraag_regio: bool
    stappen: tuple[Stap, ...]

    @property
    def organisatie_ids(self) -> tuple[str, ...]:
        """Ids of all organisations whose contacts the answer gives, in order, without duplicates."""
        return tuple(dict.fromkeys(o.id for s in self.stappen for o in s.organisaties))

    @property
    def in_eigen_regio(self) -> bool | None:
        return {RegioStatus.EIGEN: True, RegioStatus.ELDERS: False}.get(self.regio_status)


def normaliseer_onderwerp(onderwerp: str) -> str:
    """'Cliëntondersteuning', 'eigen bijdrage', 'wlz-check' -> key. ValueError when unknown."""
    k = (onderwerp or "").strip().lower().replace("ë", "e").replace("-", "_").replace(" ", "_")
    if k not in _TABEL:
        raise ValueError(f"Unknown topic {onderwerp!r}; choose from {', '.join(ONDERWERPEN)}")
    return k


def _status(plaats: PlaatsResultaat | None) -> tuple[RegioStatus, Regio | None, tuple[str, ...]]:
    """(status, region, own region codes that may apply)."""
    if plaats is None:
        return RegioStatus.ONBEKEND, None, ()
    regios = {o.regio.code: o.regio for o in plaats.opties}
    if plaats.soort is PlaatsStatus.GEVONDEN and plaats.locatie is not None:
        regios = {plaats.locatie.regio.code: plaats.locatie.regio}
    elif plaats.soort is not PlaatsStatus.MEERDERE or not regios:
        return RegioStatus.ONBEKEND, None, ()
    eigen = tuple(c for c, r in regios.items() if r.eigen)
    if len(regios) == 1:
        (r,) = regios.values()
        return (RegioStatus.EIGEN if r.eigen else RegioStatus.ELDERS), r, eigen
    if len(eigen) == len(regios):
        return RegioStatus.EIGEN, None, eigen
    return RegioStatus.ONBEKEND, None, ()


def _geldt(stap: Mapping[str, Any], status: RegioStatus, plaats_genoemd: bool) -> bool:
    voor = {Doelgroep(d) for d in stap.get("voor", ())}
    return not voor or (
        (Doelgroep.EIGEN_REGIO in voor and status is not RegioStatus.ELDERS)
        or (Doelgroep.ELDERS in voor and status is RegioStatus.ELDERS)
        or (Doelgroep.ZONDER_PLAATS in voor and not plaats_genoemd)
    )


def _organisaties(stap: Mapping[str, Any], eigen_codes: tuple[str, ...]) -> tuple[Organisatie, ...]:
    if "soort" in stap:
        if not laad().eigen.toon_oco_lijst:
            return ()
        soort = Soort(stap["soort"])
        return tuple(
            o
            for o in laad().organisaties.values()
            if o.soort is soort and any(c in o.gebied for c in eigen_codes)
        )
    return (organisatie(stap["organisatie"]),) if "organisatie" in stap else ()


def route(
    onderwerp: str, plaats: PlaatsResultaat | str | None = None, vraag: str | None = None
) -> Verwijzing:
    """The referral for a topic (see ONDERWERPEN), with the user's place of residence if known.

    plaats: a PlaatsResultaat, a text (municipality, place, postcode, GM/ZK code) or None.
    vraag:  the topic the user's question was about before an organisation he named changed it; when it
            differs, the topic's 'bij_omleiding' step explains the change first.
    """
    k = normaliseer_onderwerp(onderwerp)
    if isinstance(plaats, str):
        plaats = resolve_plaats(plaats) if plaats.strip() else None
    status, regio, eigen_codes = _status(plaats)
    tabel = _TABEL[k]
    omgeleid = vraag is not None and normaliseer_onderwerp(vraag) != k
    delen = (
        (False, [tabel["bij_omleiding"]] if omgeleid and "bij_omleiding" in tabel else []),
        (False, tabel.get("kort", [])),
        (True, tabel.get("meer", [])),
    )
    stappen: list[Stap] = []
    for meer, lijst in delen:
        for stap in lijst:
            if not _geldt(stap, status, plaats_genoemd=plaats is not None):
                continue
            organisaties = _organisaties(stap, eigen_codes)
            if "soort" in stap and not organisaties:
                continue
            stappen.append(Stap(stap["rol"], organisaties, meer))
    afhankelijk = k in REGIO_AFHANKELIJK
    return Verwijzing(
        onderwerp=k,
        plaats=plaats,
        regio=regio,
        regio_status=status,
        regio_afhankelijk=afhankelijk,
        vraag_regio=afhankelijk and status is RegioStatus.ONBEKEND,
        stappen=tuple(stappen),
    )
