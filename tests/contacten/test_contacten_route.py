"""route() and verwijzing_antwoord(): per topic, inside and outside the bot's own regions, and with the place
unknown; the short answer, the details behind "Meer uitleg" and the way of contact the user asks for."""

import re
from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from actions.contacten import (
    ONDERWERPEN,
    REGIO_AFHANKELIJK,
    Kanaalvraag,
    RegioStatus,
    bevestig_plaats,
    laad,
    plaats_vraag,
    resolve_plaats,
    route,
    verwijzing_antwoord,
)
from actions.contacten.gegevens import MAP, lees_yaml

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
    "indicatie": {"ciz"},
    "herindicatie": {"ciz"},
    "wlz_check": {"ciz"},
    "bezwaar_ciz": {"ciz"},
    "klacht_ciz": {"ciz", "nationale_ombudsman"},
    "svb": {"svb"},
    "ombudsman": {"nationale_ombudsman"},
    "gemeente": set(),  # no municipal numbers: the bot points to the municipality's website
}
EIGEN_REGIONAMEN = "Amstelland en de Meerlanden of Zuid-Holland Noord"


def _eigen_ids(v):
    """The contacts of the bot's own zorgkantoor in the answer (eigen_zorgkantoor.yml)."""
    return {o.id for s in v.stappen for o in s.organisaties if o.eigen}


def _tekst(v, nu=WOENSDAG_10):
    """Everything the answer says: now and behind "Meer uitleg"."""
    antwoord = verwijzing_antwoord(v, nu)
    return "\n".join(antwoord.berichten + antwoord.meer)


def _kort(v, nu=WOENSDAG_10, kanaal=None):
    """What the bot says now."""
    return "\n".join(verwijzing_antwoord(v, nu, kanaal).berichten)


def test_onderwerpen():
    assert set(ONDERWERPEN) == set(LANDELIJK) | set(REGIO_AFHANKELIJK)
    assert set(REGIO_AFHANKELIJK) == {
        "algemeen",
        "klacht_zorgaanbieder",
        "klacht_zorgkantoor",
        "bezwaar",
        "pgb",
        "clientondersteuning",
    }


def test_onbekend_onderwerp():
    with pytest.raises(ValueError):
        route("iets_anders")
    assert route("Cliëntondersteuning").onderwerp == "clientondersteuning"
    assert route("eigen bijdrage").onderwerp == "eigen_bijdrage"
    assert route("wlz-check").onderwerp == "wlz_check"


# ---------------------------------------------------------------- all combinations: basic rules


@pytest.mark.parametrize("onderwerp", ONDERWERPEN)
@pytest.mark.parametrize("plaats", BUITEN)
def test_buiten_regio_nooit_eigen_contacten(onderwerp, plaats):
    v = route(onderwerp, plaats)
    assert v.regio_status is RegioStatus.ELDERS and v.in_eigen_regio is False
    assert not _eigen_ids(v), v.organisatie_ids
    assert not v.vraag_regio
    tekst = _tekst(v)
    for verboden in (
        "5 825 888",
        "5 825 825",
        "klantadvies.wlz@",
        "klachtenwlz@",
        "Antwoordnummer",
        "Postbus 400",
        "MEE ",
        "Zorgbelang",
        "Co Weet Raad",
    ):
        assert verboden not in tekst, (onderwerp, plaats, verboden)
    # The user's own zorgkantoor and region are named (or that the zorgkantoor is not known).
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
    assert v.regio_status is RegioStatus.EIGEN and v.in_eigen_regio is True
    assert not v.vraag_regio
    if onderwerp in LANDELIJK:
        assert set(v.organisatie_ids) == LANDELIJK[onderwerp]
    tekst = _tekst(v)
    assert "Woont u ergens anders" not in tekst and f"Woont u in {EIGEN_REGIONAMEN}" not in tekst


@pytest.mark.parametrize("onderwerp", ONDERWERPEN)
def test_onbekende_plaats(onderwerp):
    for plaats in (None, "", "xyzzy"):
        v = route(onderwerp, plaats)
        assert v.regio_status is RegioStatus.ONBEKEND and v.in_eigen_regio is None
        assert v.vraag_regio is (onderwerp in REGIO_AFHANKELIJK)
        tekst = _tekst(v)
        if onderwerp in REGIO_AFHANKELIJK:
            # The answer for the own zorgkantoor, saying for whom it holds, and the question for the place.
            kort = _kort(v)
            assert f"Woont u in {EIGEN_REGIONAMEN}?" in kort or "van Zorg en Zekerheid" in kort, kort
            assert re.search(r"(woonplaats|gemeente).*postcode", tekst)
        else:
            assert set(v.organisatie_ids) == LANDELIJK[onderwerp]
            assert "Zorg en Zekerheid" not in tekst


@pytest.mark.parametrize("onderwerp", sorted(LANDELIJK))
def test_landelijk_onafhankelijk_van_plaats(onderwerp):
    ids = {
        route(onderwerp, p).organisatie_ids for p in [None, "Leiden", "Groningen", "Hoofddorp", "Deventer"]
    }
    assert len(ids) == 1
    assert not route(onderwerp).regio_afhankelijk


# ---------------------------------------------------------------- per topic


def test_algemeen():
    v = route("algemeen", "Leiden")
    assert v.organisatie_ids == ("klantadvies",)
    antwoord = verwijzing_antwoord(v, WOENSDAG_10)
    assert antwoord.berichten == (
        "U woont in Leiden. Daar is Zorg en Zekerheid het zorgkantoor. "
        "Bel Klantadvies Wlz: (071) 5 825 888. Nu bereikbaar tot 17.00 uur.",
    )
    assert any("klantadvies.wlz@zorgenzekerheid.nl" in b for b in antwoord.meer)
    avond = _tekst(v, VRIJDAG_AVOND)
    assert "Nu gesloten. Weer bereikbaar maandag om 08.30 uur." in avond
    zonder_klok = _tekst(v, None)
    assert "maandag tot en met vrijdag van 08.30 tot 17.00 uur" in zonder_klok


def test_algemeen_zonder_plaats_vraagt_de_plaats_in_het_korte_antwoord():
    kort = _kort(route("algemeen"))
    assert kort.startswith(
        f"Woont u in {EIGEN_REGIONAMEN}? Bel dan Klantadvies Wlz van Zorg en Zekerheid: (071) 5 825 888."
    )
    assert kort.endswith("Woont u ergens anders? Noem dan uw woonplaats of postcode.")


def test_klacht_zorgaanbieder():
    v = route("klacht_zorgaanbieder", "Hoofddorp")
    assert v.organisatie_ids[0] == "klachtencommissie"
    kort = _kort(v)
    # The topic answer says to talk to the zorgaanbieder first; the contact answer goes on from there.
    assert kort.startswith(
        "U woont in Hoofddorp (gemeente Haarlemmermeer). Daar is Zorg en Zekerheid het zorgkantoor."
    )
    assert "Is uw klacht daarna niet opgelost?" in kort and "(071) 5 825 825" in kort
    assert (
        "Controleer het nummer op www.zorgkantoor-zorgenzekerheid.nl." in kort
    )  # a number from the wegwijzer only
    tekst = _tekst(v)
    assert "klachtenwlz@zorgenzekerheid.nl" in tekst and "Antwoordnummer 10220, 2300 VB Leiden" in tekst
    assert "bemiddelen" in tekst and "(071) 5 825 888" in tekst
    buiten = _kort(route("klacht_zorgaanbieder", "Groningen"))
    assert "Menzis" in buiten and "contact op met dat zorgkantoor" in buiten


def test_klacht_zorgkantoor():
    v = route("klacht_zorgkantoor", "Leiden")
    assert v.organisatie_ids == ("klachtencommissie", "nationale_ombudsman")
    tekst = _tekst(v)
    assert tekst.index("Klachtencommissie") < tekst.index("Nationale ombudsman")
    assert "0800 33 55 555" in tekst
    buiten = route("klacht_zorgkantoor", "Groningen")
    assert buiten.organisatie_ids == ("nationale_ombudsman",)
    assert "Menzis" in _tekst(buiten)


def test_bezwaar():
    v = route("bezwaar", "Leiden")
    assert v.organisatie_ids[0] == "bezwaar"
    kort = _kort(v)
    assert (
        "Stuur uw bezwaarbrief naar: Zorg en Zekerheid, t.a.v. afdeling Juridische Zaken, "
        "Postbus 400, 2300 AK Leiden." in kort
    )
    # The term (schriftelijk, binnen 6 weken) is in the topic answer (utter_bezwaar); the details:
    tekst = _tekst(v)
    assert "kenmerk" in tekst and "beroep gaan bij de rechtbank" in tekst
    assert (
        "Is het besluit van het CIZ of van het CAK? Dan maakt u daar bezwaar." in tekst
    )  # their own decisions
    assert "BSN" not in tekst and "burgerservicenummer" not in tekst.lower()
    buiten = _kort(route("bezwaar", "Groningen"))
    assert "Menzis" in buiten and "bezwaar bij dat zorgkantoor" in buiten and "Postbus 400" not in buiten


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
    # "Geen bezwaar tegen het aantal uur zorg" and the help of a cliëntondersteuner are in the topic answer's
    # details (utter_bezwaar_ciz_meer); the contact gives the address, the e-mail route and the phone.
    v = route("bezwaar_ciz")
    assert "CIZ, t.a.v. Team Bezwaar en Beroep, Postbus 2891, 3500 GW Utrecht" in _kort(v)
    tekst = _tekst(v)
    assert "info.bezwaarberoep@ciz.nl" in tekst and "088 789 10 00" in tekst


def test_svb_alleen_de_svb_met_voorbehoud():
    tekst = _tekst(route("svb"))
    assert "030 264 82 00" in tekst and "Controleer het nummer op www.svb.nl/nl/pgb." in tekst
    assert "020 6555 656" not in tekst and "825" not in tekst


def test_ombudsman_rechtstreeks():
    tekst = _tekst(route("ombudsman", "Leiden"))
    assert "0800 33 55 555" in tekst and "www.nationaleombudsman.nl" in tekst
    assert "eerst een klacht" in tekst


@pytest.mark.parametrize(
    "plaats, welke",
    [
        ("Leiden", "de gemeente Leiden"),
        ("Hoofddorp", "de gemeente Haarlemmermeer"),
        (None, "uw gemeente"),
        ("Rozenburg", "uw gemeente"),
        ("Hoofdorp", "uw gemeente"),
    ],
)  # tikfout: een gok, geen naam noemen
def test_gemeente_zonder_verzonnen_nummer(plaats, welke):
    v = route("gemeente", plaats)
    tekst = _tekst(v)
    assert f"Het telefoonnummer van {welke} heb ik niet. Kijk op de website van {welke}." in tekst
    assert not re.search(r"\d{3}", tekst) and not v.vraag_regio


def test_pgb():
    v = route("pgb", "Leiden")
    assert v.organisatie_ids[:2] == ("klantadvies", "svb")
    tekst = _tekst(v)
    assert "030 264 82 00" in tekst and "Controleer het nummer op www.svb.nl/nl/pgb." in tekst
    assert "SVB Dienstverlening PGB, Postbus 8038, 3503 RA Utrecht" in tekst
    assert "6555 656" not in tekst
    buiten = route("pgb", "Nijmegen")
    assert "svb" in buiten.organisatie_ids and not _eigen_ids(buiten)
    assert "VGZ" in _tekst(buiten) and "SVB" in _tekst(buiten)


@pytest.mark.parametrize(
    "plaats,regio,verwacht,niet",
    [
        (
            "Leiden",
            "Zuid-Holland Noord",
            {"MEE Zuid-Holland Noord", "Zorgbelang Zuid-Holland"},
            {"MEE Amstel en Zaan"},
        ),
        (
            "Amstelveen",
            "Amstelland en de Meerlanden",
            {"MEE Amstel en Zaan", "Cliëntenbelang Amsterdam"},
            {"Zorgbelang Zuid-Holland"},
        ),
    ],
)
def test_clientondersteuning_binnen(plaats, regio, verwacht, niet):
    v = route("clientondersteuning", plaats)
    namen = {o.naam for s in v.stappen if s.rol == "oco" for o in s.organisaties}
    assert verwacht <= namen and not (niet & namen)
    assert {"CliëntondersteuningPLUS", "Co Weet Raad"} <= namen
    assert v.organisatie_ids[0] == "klantadvies"
    antwoord = verwijzing_antwoord(v, WOENSDAG_10)
    assert not any(
        naam in antwoord.berichten[0] for naam in namen
    )  # a list the spec did not verify: a detail
    tekst = _tekst(v)
    assert "volgens de wegwijzer van zorg en zekerheid (januari 2023)" in tekst.lower()
    assert "Controleer de lijst op www.zorgkantoor-zorgenzekerheid.nl." in tekst
    assert "www.regelhulp.nl/clientondersteuning" in tekst
    assert regio in tekst


def test_clientondersteuning_onbekend_en_buiten():
    onb = route("clientondersteuning")
    assert not [s for s in onb.stappen if s.rol == "oco"]  # the OCOs depend on the region
    assert onb.vraag_regio
    assert "www.regelhulp.nl/clientondersteuning" in _tekst(onb)
    buiten = route("clientondersteuning", "Utrecht")
    assert not _eigen_ids(buiten) and "www.regelhulp.nl/clientondersteuning" in _tekst(buiten)


def test_dubbelzinnige_plaats():
    v = route("klacht_zorgkantoor", "Rozenburg")
    assert v.regio_status is RegioStatus.ONBEKEND and v.vraag_regio
    berichten = verwijzing_antwoord(v, WOENSDAG_10).berichten
    assert len(berichten) == 2 and berichten[-1] == (
        "Er zijn meer plaatsen met de naam Rozenburg. Bedoelt u Rozenburg (gemeente Haarlemmermeer) "
        "of Rozenburg (gemeente Rotterdam)?"
    )


def test_dubbelzinnig_maar_zelfde_regio():
    # "Hazerswoude" = Hazerswoude-Dorp or -Rijndijk: both Alphen aan den Rijn -> no question needed
    v = route("algemeen", "Hazerswoude")
    assert v.regio_status is RegioStatus.EIGEN and not v.vraag_regio


def test_plaatsresultaat_en_tekst_als_invoer_gelijk():
    assert (
        route("pgb", resolve_plaats("Hoofddorp")).organisatie_ids == route("pgb", "Hoofddorp").organisatie_ids
    )


def test_midden_ijssel():
    tekst = _tekst(route("algemeen", "Deventer"))
    assert "Midden-IJssel" in tekst and "weet ik niet zeker" in tekst and "zorgverzekeraar" in tekst


def test_friesland_telefoon():
    tekst = _tekst(route("algemeen", "Leeuwarden"))
    assert "(058) 291 38 27" in tekst and "www.zorgkantoorfriesland.nl" in tekst


def test_landelijk_buiten_noemt_eigen_zorgkantoor():
    v = route("eigen_bijdrage", "Groningen")
    assert "Menzis" not in _kort(v)  # the short answer is the CAK's
    tekst = _tekst(v)
    assert "Menzis" in tekst and "regio Groningen" in tekst
    assert "heel Nederland" in tekst


# ---------------------------------------------------------------- texts


def test_plaats_vraag():
    assert "postcode" in plaats_vraag()
    assert plaats_vraag(resolve_plaats("Valkenburg")).startswith(
        "Er zijn meer plaatsen met de naam Valkenburg."
    )
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


def _woorden(tekst):
    return len(tekst.split())


@pytest.mark.parametrize("onderwerp", ONDERWERPEN)
@pytest.mark.parametrize(
    "plaats", [None, "Leiden", "Amstelveen", "Groningen", "Leeuwarden", "Deventer", "Rozenburg"]
)
def test_teksten_kort_en_in_u_vorm(onderwerp, plaats):
    antwoord = verwijzing_antwoord(route(onderwerp, plaats), WOENSDAG_10)
    # One message; a second one only for "Bedoelt u A of B?".
    assert len(antwoord.berichten) == (2 if plaats == "Rozenburg" and onderwerp in REGIO_AFHANKELIJK else 1)
    # The short answer fits in a turn of about 90 words with the topic answer before it and the feedback
    # question after it.
    assert _woorden(antwoord.berichten[0]) <= 40, antwoord.berichten[0]
    assert len(antwoord.meer) <= 6
    for b in antwoord.berichten + antwoord.meer:
        assert b.strip() and b == b.strip() and "  " not in b
        assert not re.search(r"\b(je|jij|jouw|jullie)\b", b, re.IGNORECASE), b
        assert "None" not in b and "{" not in b
        assert "BSN" not in b
        for regel in b.split("\n"):
            zinnen = re.split(r"(?<=[.?!])\s+", regel)
            assert all(len(z.split()) <= 30 for z in zinnen), regel
    # No sentence twice in one answer.
    zinnen = [z for b in antwoord.berichten + antwoord.meer for z in re.split(r"(?<=[.?!])\s+|\n", b)]
    assert len(zinnen) == len(set(zinnen)), zinnen


# ---------------------------------------------------------------- the organisation the question led to


def test_omgeleid_onderwerp_zegt_eerst_waarom():
    # "Ik wil bezwaar maken" + "het gaat om de indicatie van het CIZ": the topic answer was about the
    # zorgkantoor.
    omgeleid = _kort(route("bezwaar_ciz", vraag="bezwaar"))
    assert omgeleid.startswith(
        "Gaat het om een besluit van het CIZ? Dan maakt u bezwaar bij het CIZ, binnen 6 weken."
    )
    assert "Postbus 2891" in omgeleid
    # Asked about the CIZ's decision from the start: its topic answer said so already.
    rechtstreeks = _kort(route("bezwaar_ciz", vraag="bezwaar_ciz"))
    assert not rechtstreeks.startswith("Gaat het om") and "Postbus 2891" in rechtstreeks
    assert _kort(route("bezwaar_cak", vraag="bezwaar")).startswith(
        "Gaat het om een besluit of rekening van het CAK?"
    )


# ---------------------------------------------------------------- the way of contact the user asks for


@pytest.mark.parametrize(
    "kanaal, onderwerp, plaats, moet, niet",
    [
        (
            Kanaalvraag.EMAIL,
            "algemeen",
            None,
            ["U kunt Klantadvies Wlz van Zorg en Zekerheid mailen: klantadvies.wlz@zorgenzekerheid.nl."],
            ["(071) 5 825 888"],
        ),
        (
            Kanaalvraag.POST,
            "algemeen",
            "Leiden",
            ["Postbus 400, 2300 AK Leiden", "U woont in Leiden."],
            ["5 825 888"],
        ),
        (
            Kanaalvraag.BEZOEK,
            "algemeen",
            None,
            [
                "Haagse Schouwweg 12, 2332 KG Leiden",
                "Of u zonder afspraak langs kunt komen, weet ik niet.",
                "(071) 5 825 888",
            ],
            ["Woont u ergens anders"],
        ),
        (
            Kanaalvraag.TERUGBELLEN,
            "algemeen",
            None,
            ["Ik kan u helaas niet terugbellen.", "(071) 5 825 888", "Nu bereikbaar tot 17.00 uur."],
            [],
        ),
        (
            Kanaalvraag.EMAIL,
            "klacht_zorgkantoor",
            "Leiden",
            ["klachtenwlz@zorgenzekerheid.nl", "Controleer dit op www.zorgkantoor-zorgenzekerheid.nl."],
            ["5 825 825"],
        ),
        (Kanaalvraag.EMAIL, "indicatie", None, ["088 789 10 00", "info@ciz.nl"], []),
        (
            Kanaalvraag.EMAIL,
            "eigen_bijdrage",
            None,
            [
                "Een e-mailadres van het CAK heb ik niet.",
                "(0800) 0087",
                "Controleer het nummer op www.hetcak.nl.",
            ],
            [],
        ),
        (
            Kanaalvraag.POST,
            "svb",
            None,
            ["SVB Dienstverlening PGB, Postbus 8038, 3503 RA Utrecht"],
            ["030 264 82 00"],
        ),
        (
            Kanaalvraag.TERUGBELLEN,
            "indicatie",
            None,
            ["Ik kan u helaas niet terugbellen. Bel zelf het CIZ: 088 789 10 00."],
            [],
        ),
        (Kanaalvraag.WEBSITE, "eigen_bijdrage", None, ["Kijk op www.hetcak.nl."], ["0087"]),
        # The bezwaar letter's address is the answer already.
        (Kanaalvraag.POST, "bezwaar", "Leiden", ["Stuur uw bezwaarbrief naar: Zorg en Zekerheid"], []),
    ],
)
def test_gevraagd_kanaal(kanaal, onderwerp, plaats, moet, niet):
    kort = _kort(route(onderwerp, plaats), kanaal=kanaal)
    assert all(m in kort for m in moet), kort
    assert not any(n in kort for n in niet), kort


def test_gevraagd_kanaal_van_een_ander_zorgkantoor_geeft_niet_het_eigen():
    kort = _kort(route("algemeen", "Zwolle"), kanaal=Kanaalvraag.EMAIL)
    assert "Zilveren Kruis" in kort and "zorgenzekerheid.nl" not in kort


# ---------------------------------------------------------------- routering.yml and teksten.yml agree


def _stappen_in_routering():
    tabel = lees_yaml(MAP / "routering.yml")["onderwerpen"]
    return [
        stap
        for onderwerp in tabel.values()
        for stap in [*onderwerp.get("kort", []), *onderwerp.get("meer", []), onderwerp.get("bij_omleiding")]
        if stap
    ]


def test_elke_rol_heeft_een_tekst_en_elke_tekst_wordt_gebruikt():
    stappen = _stappen_in_routering()
    rollen = {stap["rol"] for stap in stappen}
    lijsten = {f"{stap['rol']}_regel" for stap in stappen if "soort" in stap}
    assert set(lees_yaml(MAP / "teksten.yml")["rollen"]) == rollen | lijsten


def test_elke_organisatie_wordt_genoemd():
    """No contacts in the data that no answer gives."""
    stappen = _stappen_in_routering()
    genoemd = {stap["organisatie"] for stap in stappen if "organisatie" in stap}
    soorten = {stap["soort"] for stap in stappen if "soort" in stap}
    for oid, org in laad().organisaties.items():
        assert oid in genoemd or org.soort.value in soorten, oid
