"""The parameter file: complete for every year, every value with a source."""

import copy
from decimal import Decimal

import pytest

from actions.eigen_bijdrage import Situatie, bereken, ondersteunde_jaren
from actions.eigen_bijdrage import parameters as parametermodule
from actions.eigen_bijdrage.parameters import (
    HebAannames,
    HebAftrek,
    JaarParameters,
    heb_aannames,
    heb_aftrek_voor,
    lees_bestand,
    parameters_voor,
    peiljaar,
    verplichte_sleutels,
)

STATUSSEN = {"wet", "derden", "afgeleid", "aanname"}


def alle_blokken():
    bestand = lees_bestand()
    for jaar, blok in bestand["bijdragejaren"].items():
        yield f"bijdragejaar {jaar}", JaarParameters, blok
    for jaar, blok in bestand["heb_aftrek_per_peiljaar"].items():
        yield f"peiljaar {jaar}", HebAftrek, blok
    yield "heb_aannames", HebAannames, bestand["heb_aannames"]


@pytest.mark.parametrize(
    "plek,klasse,blok", list(alle_blokken()), ids=lambda x: x if isinstance(x, str) else ""
)
def test_elk_blok_heeft_alle_sleutels_en_elke_waarde_een_bron(plek, klasse, blok):
    assert set(blok) == set(verplichte_sleutels(klasse)), plek
    for sleutel, blad in blok.items():
        assert set(blad) <= {"waarde", "bron", "status"}, f"{plek} {sleutel}"
        assert "waarde" in blad, f"{plek} {sleutel}"
        assert isinstance(blad.get("bron"), str) and len(blad["bron"]) > 10, f"{plek} {sleutel} zonder bron"
        assert blad.get("status") in STATUSSEN, f"{plek} {sleutel}"


def test_ondersteunde_jaren_zijn_de_sleutels_van_het_bestand():
    assert ondersteunde_jaren() == (2024, 2025, 2026)


@pytest.mark.parametrize("jaar", ondersteunde_jaren())
def test_elk_jaar_laadt_en_vindt_heb_aftrekposten(jaar):
    p = parameters_voor(jaar)
    assert p.peiljaar == peiljaar(jaar) == jaar - 2
    assert heb_aftrek_voor(p.peiljaar).peiljaar <= p.peiljaar
    assert p.leb_min - p.korting_mpt_pgb > 0
    # the compensatie amounts exist together or not at all
    compensatie = (p.compensatie_pct, p.compensatie_drempel, p.compensatie_max)
    assert all(w is None for w in compensatie) or all(w is not None for w in compensatie)
    assert isinstance(p.leb_min, Decimal)


def test_spec_tabel_2025():
    p = parameters_voor(2025)
    assert (p.leb_min, p.leb_max, p.korting_mpt_pgb, p.heb_max) == (
        Decimal("205.00"),
        Decimal("1076.60"),
        Decimal("175.80"),
        Decimal("2954.40"),
    )
    assert p.extra_vermogensvrijstelling == 11534 and p.toetsbedrag_pp == 33748
    assert parameters_voor(2026).extra_vermogensvrijstelling is None
    assert heb_aannames().vrijlating_pct == Decimal("0.25")


def test_een_nieuw_jaar_is_alleen_een_gegevenswijziging(monkeypatch):
    bestand = copy.deepcopy(lees_bestand())
    nieuw = copy.deepcopy(bestand["bijdragejaren"][2026])
    nieuw["leb_min"]["waarde"] = 220.00
    bestand["bijdragejaren"][2027] = nieuw
    monkeypatch.setattr(parametermodule, "lees_bestand", lambda: bestand)
    try:
        assert ondersteunde_jaren()[-1] == 2027
        uitkomst = bereken(Situatie(jaar=2027, zorgvorm="vpt", inkomen=Decimal(1000), aow=True))
        assert uitkomst.maandbedrag == Decimal("220.00")
        assert uitkomst.peiljaar == 2025
        # HEB deductions of peiljaar 2025 are unknown: the most recent earlier ones are used
        heb = bereken(Situatie(jaar=2027, zorgvorm="instelling", maanden=9, inkomen=Decimal(40000), aow=True))
        assert any("We gebruiken die van 2023" in stap for stap in heb.stappen)
    finally:
        parameters_voor.cache_clear()
        heb_aftrek_voor.cache_clear()
