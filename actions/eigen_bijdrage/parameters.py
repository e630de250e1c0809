"""Loads the amounts from parameters.yml.

The code never contains amounts or years: the supported contribution years are
the keys under `bijdragejaren`, so adding 2027 is a data change only.
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from decimal import Decimal
from functools import cache, lru_cache
from pathlib import Path
from typing import Any

import yaml

PARAMETERBESTAND = Path(__file__).with_name("parameters.yml")


def peiljaar(jaar: int) -> int:
    """The CAK uses income and vermogen of two years before (Blz art. 1.1.1)."""
    return jaar - 2


@dataclass(frozen=True)
class JaarParameters:
    """The legal amounts for one contribution year (spec §0 and §5)."""

    jaar: int
    leb_pct: Decimal
    leb_min: Decimal
    leb_max: Decimal
    korting_mpt_pgb: Decimal
    inkomensvermindering_mpt_pgb: Decimal
    heb_max: Decimal
    # How much lower the bijdrageplichtig inkomen must be to ask for a peiljaarverlegging (LEB);
    # not used by the estimate, but named in the answers (one source for every amount).
    peiljaarverlegging_drempel_leb: Decimal
    vermogensbijtelling_pct: Decimal
    toetsbedrag_pp: Decimal
    heffingsvrij_vermogen_pp: Decimal
    # None from 2026 on: abolished (Stb. 2025, 255).
    extra_vermogensvrijstelling: Decimal | None
    compensatie_pct: Decimal | None
    compensatie_drempel: Decimal | None
    compensatie_max: Decimal | None
    # Box 1 tariff of the peiljaar; only used as an upper bound on the tax.
    belasting_tarief_1: Decimal
    belasting_grens_1: Decimal
    belasting_toptarief: Decimal

    @property
    def peiljaar(self) -> int:
        return peiljaar(self.jaar)

    @property
    def heeft_compensatie(self) -> bool:
        return self.compensatie_max is not None


@dataclass(frozen=True)
class HebAftrek:
    """Inferred Rlz deductions of one peiljaar (spec §6, unconfirmed)."""

    peiljaar: int
    zak_en_kleedgeld_alleenstaand: Decimal
    zak_en_kleedgeld_gehuwd: Decimal
    zvw_standaardpremie: Decimal
    zvw_pct: Decimal
    zvw_min_aow_alleenstaand: Decimal
    zvw_min_aow_gehuwd_pp: Decimal
    zvw_max_pp: Decimal
    zorgtoeslag_correctie_bedrag: Decimal
    zorgtoeslag_correctie_drempel: Decimal
    zorgtoeslag_correctie_pct: Decimal


@dataclass(frozen=True)
class HebAannames:
    """Assumptions that keep the HEB range safe where the Rlz is unknown."""

    aftrekpost_ruim_aow: Decimal
    aftrekpost_ruim_niet_aow: Decimal
    vrijlating_pct: Decimal
    vrijlating_grens_aow_alleenstaand: Decimal
    vrijlating_grens_niet_aow_alleenstaand: Decimal
    vrijlating_grens_gehuwd_aow: Decimal
    vrijlating_grens_gehuwd_niet_aow: Decimal
    zorgtoeslag_factor_gehuwd: Decimal
    marge_per_jaar: Decimal


class ParameterFout(RuntimeError):
    """The parameter file is incomplete: a programming/data error, not user input."""


_MAG_LEEG = {"extra_vermogensvrijstelling", "compensatie_pct", "compensatie_drempel", "compensatie_max"}


def verplichte_sleutels(klasse: type) -> list[str]:
    """The keys a block in parameters.yml must have to build `klasse`."""
    return [f.name for f in fields(klasse) if f.name not in ("jaar", "peiljaar")]


@lru_cache(maxsize=1)
def lees_bestand() -> dict[str, Any]:
    with PARAMETERBESTAND.open(encoding="utf-8") as bestand:
        return yaml.safe_load(bestand)


def _bouw(klasse: type, blok: dict[str, Any], plek: str, **vast: int) -> Any:
    waarden: dict[str, Any] = dict(vast)
    for sleutel in verplichte_sleutels(klasse):
        if sleutel not in blok:
            raise ParameterFout(f"{plek}: '{sleutel}' ontbreekt in {PARAMETERBESTAND.name}")
        ruw = blok[sleutel]["waarde"]
        if ruw is None and sleutel not in _MAG_LEEG:
            raise ParameterFout(f"{plek}: '{sleutel}' mag niet leeg zijn")
        # str() first: YAML gives floats, and Decimal(0.1) would not be exact.
        waarden[sleutel] = None if ruw is None else Decimal(str(ruw))
    return klasse(**waarden)


def ondersteunde_jaren() -> tuple[int, ...]:
    return tuple(sorted(lees_bestand()["bijdragejaren"]))


@cache
def parameters_voor(jaar: int) -> JaarParameters:
    blok = lees_bestand()["bijdragejaren"].get(jaar)
    if blok is None:
        raise ParameterFout(f"geen parameters voor bijdragejaar {jaar}")
    return _bouw(JaarParameters, blok, f"bijdragejaar {jaar}", jaar=jaar)


@cache
def heb_aftrek_voor(peil: int) -> HebAftrek:
    """The deductions of `peil`, or else of the most recent earlier peiljaar.

    The caller compares `HebAftrek.peiljaar` with `peil` to know whether it got an
    approximation (and then widens the range).
    """
    per_peiljaar = lees_bestand()["heb_aftrek_per_peiljaar"]
    bekend = [jaar for jaar in per_peiljaar if jaar <= peil]
    if not bekend:
        raise ParameterFout(f"geen HEB-aftrekposten voor peiljaar {peil} of eerder")
    gekozen = max(bekend)
    return _bouw(HebAftrek, per_peiljaar[gekozen], f"peiljaar {gekozen}", peiljaar=gekozen)


@lru_cache(maxsize=1)
def heb_aannames() -> HebAannames:
    return _bouw(HebAannames, lees_bestand()["heb_aannames"], "heb_aannames")
