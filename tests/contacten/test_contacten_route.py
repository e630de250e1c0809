"""route() en verwijzing_tekst(): per onderwerp, binnen en buiten de twee regio's, en bij onbekende plaats."""

import re
from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from actions.contacten import (
    ONDERWERPEN,
    REGIO_AFHANKELIJK,
    bevestig_plaats,
    plaats_vraag,
    resolve_plaats,
    route,
    verwijzing_tekst,
)

AMS = ZoneInfo("Europe/Amsterdam")
WOENSDAG_10 = datetime(2026, 11, 25, 10, 0, tzinfo=AMS)
VRIJDAG_AVOND = datetime(2026, 11, 27, 19, 0, tzinfo=AMS)

BINNEN = ["Hoofddorp", "Leiden", "2132 AB", "Uithoorn", "Kaag", "Zuid-Holland Noord"]
BUITEN = ["Groningen", "Haarlem", "Rotterdam", "3181", "Leeuwarden", "Deventer", "Den Haag"]
LANDELIJK = {
    "eigen_bijdrage": {"cak"},
    "factuur": {"cak"},
    "betalingsproblemen": {"cak"},
    "bezwaar_cak": {"cak", "regelhulp"},
    "klacht_cak": {"cak", "nationale_ombudsman"},
    "indicatie": {"ciz", "regelhulp"},
    "herindicatie": {"ciz"},
    "wlz_check": {"ciz"},
    "bezwaar_ciz": {"ciz", "regelhulp"},
    "klacht_ciz": {"ciz", "nationale_ombudsman"},
    "svb": {"svb"},
    "ombudsman": {"nationale_ombudsman"},
    "gemeente": set(),  # geen nummers van gemeenten: de bot verwijst naar de website van de gemeente
}


def _zz_ids(v):
    return {i for i in v.organisatie_ids if i.startswith("zz_") or i.startswith("oco_")}


def _tekst(v, nu=WOENSDAG_10):
    return "\n".join(verwijzing_tekst(v, nu))


def test_onderwerpen():
    assert set(ONDERWERPEN) == set(LANDELIJK) | set(REGIO_AFHANKELIJK)
    assert set(REGIO_AFHANKELIJK) == {
        "algemeen", "klacht_zorgaanbieder", "klacht_zorgkantoor", "bezwaar", "pgb", "clientondersteuning"
    }


def test_onbekend_onderwerp():
    with pytest.raises(ValueError):
        route("iets_anders")
    assert route("Cliëntondersteuning").onderwerp == "clientondersteuning"
    assert route("eigen bijdrage").onderwerp == "eigen_bijdrage"
    assert route("wlz-check").onderwerp == "wlz_check"


# ---------------------------------------------------------------- alle combinaties: basisregels


@pytest.mark.parametrize("onderwerp", ONDERWERPEN)
@pytest.mark.parametrize("plaats", BUITEN)
def test_buiten_regio_nooit_zz_contacten(onderwerp, plaats):
    v = route(onderwerp, plaats)
    assert v.regio_status == "elders" and v.is_zorg_en_zekerheid is False
    assert not _zz_ids(v), v.organisatie_ids
    assert not v.vraag_regio
    tekst = _tekst(v)
    for verboden in ("5 825 888", "5 825 825", "klantadvies.wlz@", "klachtenwlz@", "Antwoordnummer", "Postbus 400",
                     "MEE ", "Zorgbelang", "Co Weet Raad"):
        assert verboden not in tekst, (onderwerp, plaats, verboden)
    # Het eigen zorgkantoor en de regio worden genoemd (of dat het zorgkantoor onbekend is).
    r = v.regio
    assert r.weergavenaam in tekst
    if r.zorgkantoor:
        assert r.zorgkantoor in tekst and r.website in tekst
    else:
        assert "weet ik niet zeker" in tekst


@pytest.mark.parametrize("onderwerp", ONDERWERPEN)
@pytest.mark.parametrize("plaats", BINNEN)
def test_binnen_regio(onderwerp, plaats):
    v = route(onderwerp, plaats)
    assert v.regio_status == "zz" and v.is_zorg_en_zekerheid is True
    assert not v.vraag_regio
    assert all(not s.alleen_zz for s in v.stappen)
    if onderwerp in LANDELIJK:
        assert set(v.organisatie_ids) == LANDELIJK[onderwerp]
    tekst = _tekst(v)
    assert "Woont u ergens anders" not in tekst


@pytest.mark.parametrize("onderwerp", ONDERWERPEN)
def test_onbekende_plaats(onderwerp):
    for plaats in (None, "", "xyzzy"):
        v = route(onderwerp, plaats)
        assert v.regio_status == "onbekend" and v.is_zorg_en_zekerheid is None
        assert v.vraag_regio is (onderwerp in REGIO_AFHANKELIJK)
        tekst = _tekst(v)
        if onderwerp in REGIO_AFHANKELIJK:
            # Algemeen antwoord voor Zorg en Zekerheid, voorwaardelijk, en de vraag naar de woonplaats.
            assert "Woont u in Zuid-Holland Noord of Amstelland en de Meerlanden?" in tekst
            assert all(s.alleen_zz for s in v.stappen if s.organisatie and s.organisatie.id.startswith("zz_"))
            assert re.search(r"gemeente.*postcode|postcode.*gemeente", tekst)
        else:
            assert set(v.organisatie_ids) == LANDELIJK[onderwerp]
            assert "Zorg en Zekerheid" not in tekst


@pytest.mark.parametrize("onderwerp", sorted(LANDELIJK))
def test_landelijk_onafhankelijk_van_plaats(onderwerp):
    ids = {route(onderwerp, p).organisatie_ids for p in [None, "Leiden", "Groningen", "Hoofddorp", "Deventer"]}
    assert len(ids) == 1
    assert route(onderwerp).landelijk


# ---------------------------------------------------------------- per onderwerp


def test_algemeen():
    assert route("algemeen", "Leiden").organisatie_ids == ("zz_klantadvies",)
    tekst = verwijzing_tekst(route("algemeen", "Leiden"), WOENSDAG_10)
    assert "Bel Klantadvies Wlz van Zorg en Zekerheid: (071) 5 825 888. Nu bereikbaar tot 17.00 uur." in tekst
    assert any("klantadvies.wlz@zorgenzekerheid.nl" in b for b in tekst)
    avond = _tekst(route("algemeen", "Leiden"), VRIJDAG_AVOND)
    assert "Nu gesloten. Weer bereikbaar maandag om 08.30 uur." in avond
    zonder_klok = _tekst(route("algemeen", "Leiden"), None)
    assert "maandag tot en met vrijdag van 08.30 tot 17.00 uur" in zonder_klok


def test_klacht_zorgaanbieder():
    v = route("klacht_zorgaanbieder", "Hoofddorp")
    assert v.stappen[0].rol == "eerst_zorgaanbieder"  # eerst de eigen klachtenprocedure
    assert v.organisatie_ids[0] == "zz_klachtencommissie"
    tekst = _tekst(v)
    assert tekst.index("klachtenfunctionaris") < tekst.index("Klachtencommissie Wlz")
    assert "(071) 5 825 825" in tekst and "klachtenwlz@zorgenzekerheid.nl" in tekst
    assert "Antwoordnummer 10220, 2300 VB Leiden" in tekst
    buiten = route("klacht_zorgaanbieder", "Groningen")
    assert buiten.stappen[0].rol == "eerst_zorgaanbieder"
    assert "klachtenfunctionaris" in _tekst(buiten) and "eigen zorgkantoor" in _tekst(buiten)


def test_klacht_zorgkantoor():
    v = route("klacht_zorgkantoor", "Leiden")
    assert v.organisatie_ids == ("zz_klachtencommissie", "nationale_ombudsman")
    tekst = _tekst(v)
    assert tekst.index("Klachtencommissie") < tekst.index("Nationale ombudsman")
    assert "0800 33 55 555" in tekst
    buiten = route("klacht_zorgkantoor", "Groningen")
    assert buiten.organisatie_ids == ("nationale_ombudsman",)
    assert "Menzis" in _tekst(buiten)


def test_bezwaar():
    v = route("bezwaar", "Leiden")
    assert v.organisatie_ids[0] == "zz_bezwaar"
    assert {"ciz", "cak"} <= set(v.organisatie_ids)
    tekst = _tekst(v)
    assert "Zorg en Zekerheid, t.a.v. afdeling Juridische Zaken, Postbus 400, 2300 AK Leiden" in tekst
    assert "binnen 6 weken" in tekst and "schriftelijk" in tekst
    assert "kenmerk" in tekst
    assert "CIZ" in tekst and "CAK" in tekst  # eigen bezwaar voor hun eigen besluiten
    assert "BSN" not in tekst and "burgerservicenummer" not in tekst.lower()
    buiten = _tekst(route("bezwaar", "Groningen"))
    assert "binnen 6 weken" in buiten and "Postbus 400" not in buiten


@pytest.mark.parametrize("onderwerp", ["eigen_bijdrage", "factuur", "betalingsproblemen", "bezwaar_cak"])
def test_cak_met_voorbehoud(onderwerp):
    for plaats in (None, "Leiden", "Groningen"):
        v = route(onderwerp, plaats)
        assert v.organisatie_ids[0] == "cak" and set(v.organisatie_ids) == LANDELIJK[onderwerp]
        tekst = _tekst(v)
        assert "(0800) 0087" in tekst and "Controleer het nummer op www.hetcak.nl." in tekst
        assert "0800 1925" not in tekst


def test_betalingsregeling():
    assert "betalingsregeling" in _tekst(route("betalingsproblemen"))


@pytest.mark.parametrize("onderwerp", ["indicatie", "herindicatie", "wlz_check", "bezwaar_ciz", "klacht_ciz"])
def test_ciz(onderwerp):
    v = route(onderwerp, "Groningen")
    assert v.organisatie_ids[0] == "ciz"
    tekst = _tekst(v)
    assert "088 789 10 00" in tekst
    assert "www.ciz.nl" in tekst or "Postbus 2891" in tekst
    assert "Zorg en Zekerheid" not in tekst


def test_ciz_bezwaar_adres():
    tekst = _tekst(route("bezwaar_ciz"))
    assert "CIZ, t.a.v. Team Bezwaar en Beroep, Postbus 2891, 3500 GW Utrecht" in tekst
    assert "aantal uur zorg" in tekst
    assert "cliëntondersteuner helpt u gratis" in tekst  # zoals bij bezwaar tegen het zorgkantoor


def test_svb_alleen_de_svb_met_voorbehoud():
    tekst = _tekst(route("svb"))
    assert "030 264 82 00" in tekst and "Controleer het nummer op www.svb.nl/nl/pgb." in tekst
    assert "020 6555 656" not in tekst and "825" not in tekst


def test_ombudsman_rechtstreeks():
    tekst = _tekst(route("ombudsman", "Leiden"))
    assert "0800 33 55 555" in tekst and "www.nationaleombudsman.nl" in tekst
    assert "eerst een klacht" in tekst


@pytest.mark.parametrize("plaats, welke", [("Leiden", "de gemeente Leiden"), ("Hoofddorp", "de gemeente Haarlemmermeer"),
                                           (None, "uw gemeente"), ("Rozenburg", "uw gemeente"),
                                           ("Hoofdorp", "uw gemeente")])  # tikfout: een gok, geen naam noemen
def test_gemeente_zonder_verzonnen_nummer(plaats, welke):
    v = route("gemeente", plaats)
    tekst = _tekst(v)
    assert f"Het telefoonnummer van {welke} heb ik niet. Kijk op de website van {welke}." in tekst
    assert not re.search(r"\d{3}", tekst) and not v.vraag_regio


def test_pgb():
    v = route("pgb", "Leiden")
    assert v.organisatie_ids[:2] == ("zz_klantadvies", "svb")
    tekst = _tekst(v)
    assert "030 264 82 00" in tekst and "Controleer het nummer op www.svb.nl/nl/pgb." in tekst
    assert "SVB Dienstverlening PGB, Postbus 8038, 3503 RA Utrecht" in tekst
    assert "6555 656" not in tekst
    buiten = route("pgb", "Nijmegen")
    assert "svb" in buiten.organisatie_ids and not _zz_ids(buiten)
    assert "VGZ" in _tekst(buiten) and "SVB" in _tekst(buiten)


@pytest.mark.parametrize(
    "plaats,regio,verwacht,niet",
    [
        ("Leiden", "Zuid-Holland Noord", {"MEE Zuid-Holland Noord", "Zorgbelang Zuid-Holland"}, {"MEE Amstel en Zaan"}),
        ("Amstelveen", "Amstelland en de Meerlanden", {"MEE Amstel en Zaan", "Cliëntenbelang Amsterdam"}, {"Zorgbelang Zuid-Holland"}),
    ],
)
def test_clientondersteuning_binnen(plaats, regio, verwacht, niet):
    v = route("clientondersteuning", plaats)
    namen = {s.organisatie.naam for s in v.stappen if s.rol == "oco"}
    assert verwacht <= namen and not (niet & namen)
    assert {"CliëntondersteuningPLUS", "Co Weet Raad"} <= namen
    assert v.organisatie_ids[0] == "zz_klantadvies"
    tekst = _tekst(v)
    assert "volgens de wegwijzer van zorg en zekerheid (januari 2023)" in tekst.lower()
    assert "www.regelhulp.nl/clientondersteuning" in tekst
    assert regio in tekst


def test_clientondersteuning_onbekend_en_buiten():
    onb = route("clientondersteuning")
    assert not [s for s in onb.stappen if s.rol == "oco"]  # OCO's hangen af van de regio
    assert onb.vraag_regio
    assert "www.regelhulp.nl/clientondersteuning" in _tekst(onb)
    buiten = route("clientondersteuning", "Utrecht")
    assert not _zz_ids(buiten) and "www.regelhulp.nl/clientondersteuning" in _tekst(buiten)


def test_dubbelzinnige_plaats():
    v = route("klacht_zorgkantoor", "Rozenburg")
    assert v.regio_status == "onbekend" and v.vraag_regio
    tekst = verwijzing_tekst(v, WOENSDAG_10)
    assert tekst[-1] == (
        "Er zijn meer plaatsen met de naam Rozenburg. Bedoelt u Rozenburg (gemeente Haarlemmermeer) "
        "of Rozenburg (gemeente Rotterdam)?"
    )


def test_dubbelzinnig_maar_zelfde_regio():
    # "Hazerswoude" = Hazerswoude-Dorp of -Rijndijk: beide Alphen aan den Rijn -> geen vraag nodig
    v = route("algemeen", "Hazerswoude")
    assert v.regio_status == "zz" and not v.vraag_regio


def test_plaatsresultaat_en_tekst_als_invoer_gelijk():
    assert route("pgb", resolve_plaats("Hoofddorp")).organisatie_ids == route("pgb", "Hoofddorp").organisatie_ids


def test_midden_ijssel():
    tekst = _tekst(route("algemeen", "Deventer"))
    assert "Midden-IJssel" in tekst and "weet ik niet zeker" in tekst and "zorgverzekeraar" in tekst


def test_friesland_telefoon():
    tekst = _tekst(route("algemeen", "Leeuwarden"))
    assert "(058) 291 38 27" in tekst and "www.zorgkantoorfriesland.nl" in tekst


def test_landelijk_buiten_noemt_eigen_zorgkantoor():
    tekst = _tekst(route("eigen_bijdrage", "Groningen"))
    assert "Menzis" in tekst and "regio Groningen" in tekst
    assert "heel Nederland" in tekst


# ---------------------------------------------------------------- teksten


def test_plaats_vraag():
    assert "postcode" in plaats_vraag()
    assert plaats_vraag(resolve_plaats("Valkenburg")).startswith("Er zijn meer plaatsen met de naam Valkenburg.")
    assert "niet vinden" in plaats_vraag(resolve_plaats("Atlantis"))


def test_bevestig_plaats():
    assert bevestig_plaats(resolve_plaats("Hoofddorp")) == (
        "U woont in Hoofddorp (gemeente Haarlemmermeer). Daar is Zorg en Zekerheid het zorgkantoor."
    )
    tikfout = bevestig_plaats(resolve_plaats("Hoofdorp"))
    assert tikfout.startswith("Ik ga ervan uit dat u Hoofddorp (gemeente Haarlemmermeer) bedoelt.")
    assert "Westerkwartier" in bevestig_plaats(resolve_plaats("Noordwijk"))
    groningen = bevestig_plaats(resolve_plaats("Groningen"))
    assert "zorgkantoorregio Groningen" in groningen and "Volgens mijn gegevens is Menzis" in groningen


@pytest.mark.parametrize("onderwerp", ONDERWERPEN)
@pytest.mark.parametrize("plaats", [None, "Leiden", "Amstelveen", "Groningen", "Rozenburg"])
def test_teksten_kort_en_in_u_vorm(onderwerp, plaats):
    berichten = verwijzing_tekst(route(onderwerp, plaats), WOENSDAG_10)
    assert 1 <= len(berichten) <= 10
    for b in berichten:
        assert b.strip() and b == b.strip()
        assert not re.search(r"\b(je|jij|jouw|jullie)\b", b, re.IGNORECASE), b
        assert "None" not in b and "{" not in b
        assert "BSN" not in b
        for regel in b.split("\n"):
            zinnen = re.split(r"(?<=[.?!])\s+", regel)
            assert all(len(z.split()) <= 30 for z in zinnen), regel
