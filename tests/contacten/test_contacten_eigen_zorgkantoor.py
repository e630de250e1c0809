"""The zorgkantoor the bot speaks for is one setting (eigen_zorgkantoor.yml): another zorgkantoor is a change
of data, not of code. Proved with a setting for CZ (test data: its numbers are made up)."""

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest
import yaml

from actions.contacten import (
    Instantie,
    RegioStatus,
    bevestig_plaats,
    eigen_zorgkantoor,
    gegevens,
    genoemde_instanties,
    instanties,
    laad,
    resolve_plaats,
    route,
    verwijzing_antwoord,
)

WOENSDAG_10 = datetime(2026, 11, 25, 10, 0, tzinfo=ZoneInfo("Europe/Amsterdam"))
CZ_REGIOS = ("ZK10", "ZK25", "ZK27", "ZK29", "ZK30", "ZK31")  # every region with zorgkantoor CZ in regios.yml


def _cz(afdeling: str, **velden):
    """A contact of CZ zorgkantoor in the setting's form; plain strings are contact values."""
    kanalen = {k: {"waarde": v, "bron": "test"} if isinstance(v, str) else v for k, v in velden.items()}
    return {
        "naam": f"de {afdeling} van CZ zorgkantoor",
        "kort": f"de {afdeling}",
        "soort": "zorgkantoor",
        "gebied": list(CZ_REGIOS),
        **kanalen,
    }


CZ = {
    "naam": "CZ",
    "namen": ["CZ", "CZ zorgkantoor"],
    "toon_oco_lijst": False,
    "organisaties": {
        "klantadvies": _cz(
            "klantenservice",
            telefoon="0123 45 67 89",
            openingstijden=dict.fromkeys(("ma", "di", "wo", "do", "vr"), "08:00-18:00"),
            email="wlz@cz.test",
            post="CZ zorgkantoor, Postbus 1, 1000 AA Test",
            website="www.cz-zorgkantoor.nl",
        ),
        "klachtencommissie": _cz(
            "klachtenafdeling",
            telefoon={
                "waarde": "0123 45 67 00",
                "bron": "test",
                "voorbehoud": "Controleer het nummer op cz.test.",
            },
            email="klacht@cz.test",
            post="CZ klachten, Postbus 2, 1000 AA Test",
        ),
        "bezwaar": _cz(
            "afdeling bezwaar",
            post="CZ bezwaar, Postbus 3, 1000 AA Test",
            bezwaar={"termijn_weken": 6, "inhoud": ["de datum", "uw handtekening"]},
        ),
    },
}


def _vergeet_gegevens():
    laad.cache_clear()
    instanties._index.cache_clear()


@pytest.fixture
def cz(tmp_path, monkeypatch):
    """The directory with the setting for CZ instead of eigen_zorgkantoor.yml."""
    bestand = tmp_path / "eigen_zorgkantoor.yml"
    bestand.write_text(yaml.safe_dump(CZ, allow_unicode=True), encoding="utf-8")
    monkeypatch.setattr(gegevens, "EIGEN_ZORGKANTOOR", bestand)
    _vergeet_gegevens()
    yield
    monkeypatch.undo()
    _vergeet_gegevens()


def _tekst(v):
    antwoord = verwijzing_antwoord(v, WOENSDAG_10)
    return "\n".join(antwoord.berichten + antwoord.meer)


def test_de_regios_volgen_uit_regios_yml(cz):
    assert eigen_zorgkantoor().naam == "CZ"
    assert eigen_zorgkantoor().regiocodes == CZ_REGIOS
    assert resolve_plaats("Maastricht").in_eigen_regio is True
    assert resolve_plaats("Leiden").in_eigen_regio is False


def test_een_inwoner_van_de_eigen_regio_krijgt_dat_zorgkantoor(cz):
    v = route("algemeen", "Maastricht")
    assert v.regio_status is RegioStatus.EIGEN and v.organisatie_ids == ("klantadvies",)
    kort = verwijzing_antwoord(v, WOENSDAG_10).berichten[0]
    assert kort == (
        "U woont in Maastricht. Daar is CZ het zorgkantoor. "
        "Bel de klantenservice: 0123 45 67 89. Nu bereikbaar tot 18.00 uur."
    )
    assert bevestig_plaats(resolve_plaats("Eindhoven")).endswith("Daar is CZ het zorgkantoor.")


def test_zonder_plaats_zegt_het_antwoord_voor_welke_regios(cz):
    kort = verwijzing_antwoord(route("klacht_zorgkantoor"), WOENSDAG_10).berichten[0]
    assert kort.startswith(
        "Woont u in Haaglanden, West-Brabant, Zeeland, Zuid-Hollandse Eilanden, Zuidoost-Brabant "
        "of Zuid-Limburg? "
        "Bel dan de klachtenafdeling van CZ zorgkantoor: 0123 45 67 00. Controleer het nummer op cz.test."
    )
    assert "Postbus 3" in verwijzing_antwoord(route("bezwaar", "Breda")).berichten[0]


def test_zorg_en_zekerheid_is_dan_een_ander_zorgkantoor(cz):
    v = route("bezwaar", "Leiden")
    assert v.regio_status is RegioStatus.ELDERS and "bezwaar" not in v.organisatie_ids
    tekst = _tekst(v)
    assert (
        "Zorg en Zekerheid is daar het zorgkantoor" in tekst and "www.zorgkantoor-zorgenzekerheid.nl" in tekst
    )
    assert "Postbus 3" not in tekst and "0123" not in tekst
    assert "CZ is alleen het zorgkantoor voor" in _tekst(route("algemeen", "Leiden"))


def test_de_namen_van_het_zorgkantoor_komen_uit_de_instelling(cz):
    assert genoemde_instanties("ik heb CZ gebeld") == (Instantie.ZORGKANTOOR,)
    assert genoemde_instanties("ik heb Zorg en Zekerheid gebeld") == ()


def test_zonder_instelling_weer_zorg_en_zekerheid():
    assert eigen_zorgkantoor().naam == "Zorg en Zekerheid"
    assert eigen_zorgkantoor().regiocodes == ("ZK01", "ZK28")
