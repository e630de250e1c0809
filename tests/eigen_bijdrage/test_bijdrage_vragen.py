"""The form's questions without Rasa (vragen.py): which apply, how answers are read, the assumptions
after "weet ik niet", corrections, and whole conversations as relatives type them."""

from datetime import date
from decimal import Decimal

import pytest

from actions.eigen_bijdrage import Bijdragesoort, Partnersituatie, Zorgvorm, bereken
from actions.eigen_bijdrage.antwoorden import weet_niet
from actions.eigen_bijdrage.vragen import (
    PEILJAAR,
    Aanname,
    Verwerking,
    Vraag,
    samenvatting,
    situatie_uit,
    verwerk,
    welke_vragen,
)

VANDAAG = date(2026, 11, 20)
EERDER = {Vraag.JAAR: 2026, PEILJAAR: 2024}


def lees(vraag, tekst, antwoorden=None, onbekend=None):
    """verwerk() as the chat calls it; "weet ik niet" read from the text unless given."""
    return verwerk(
        vraag,
        tekst,
        {**EERDER, **(antwoorden or {})},
        weet_niet=weet_niet(tekst) if onbekend is None else onbekend,
        vandaag=VANDAAG,
    )


def waarde(vraag, tekst, antwoorden=None):
    verwerking = lees(vraag, tekst, antwoorden)
    assert verwerking.opnieuw is None, (tekst, verwerking.opnieuw)
    return verwerking.waarden[vraag]


# ------------------------------------------------------------------------------- which questions
def test_alleen_de_vragen_die_ertoe_doen():
    thuis = welke_vragen({Vraag.ZORGVORM: "vpt", Vraag.PARTNER: "geen", Vraag.VOLWASSEN: True})
    assert Vraag.MAANDEN not in thuis and Vraag.KINDEREN not in thuis and Vraag.MPT_20 not in thuis
    instelling = welke_vragen({Vraag.ZORGVORM: "instelling", Vraag.PARTNER: "geen", Vraag.VOLWASSEN: True})
    assert {Vraag.MAANDEN, Vraag.KINDEREN, Vraag.TERUGKEER} <= set(instelling)
    assert Vraag.MPT_20 in welke_vragen({Vraag.ZORGVORM: "mpt", Vraag.PARTNER: "thuis"})
    assert Vraag.PARTNER_AOW in welke_vragen({Vraag.ZORGVORM: "mpt", Vraag.PARTNER: "thuis"})
    assert welke_vragen({Vraag.VOLWASSEN: False}) == [Vraag.JAAR, Vraag.ZORGVORM, Vraag.VOLWASSEN]
    assert welke_vragen({})[-1] == Vraag.BEVESTIGD


def test_antwoorden_van_vragen_die_niet_meer_gelden_tellen_niet():
    # First mpt with at most 20 hours, then corrected to vpt: the 20-hour answer must not count.
    antwoorden = {
        **EERDER,
        Vraag.ZORGVORM: "vpt",
        Vraag.VOLWASSEN: True,
        Vraag.PARTNER: "geen",
        Vraag.AOW: True,
        Vraag.MPT_20: True,
        Vraag.MAANDEN: 2,
        Vraag.INKOMEN: "30000",
        Vraag.VERMOGEN: "0",
    }
    situatie = situatie_uit(antwoorden)
    assert not situatie.mpt_max_20_uur and situatie.maanden is None
    assert bereken(situatie).maandbedrag == Decimal("250.00")


# ---------------------------------------------------------------------------------- the answers
@pytest.mark.parametrize(
    "tekst, jaar", [("2025", 2025), ("reken voor 2024", 2024), ("dit jaar graag", 2026), ("1", 2026)]
)
def test_jaar_zet_ook_het_peiljaar(tekst, jaar):
    assert lees(Vraag.JAAR, tekst).waarden == {Vraag.JAAR: jaar, PEILJAAR: jaar - 2}


def test_jaar_buiten_de_regels():
    assert "2026, 2025, 2024" in lees(Vraag.JAAR, "2019").opnieuw


@pytest.mark.parametrize(
    "tekst, zorgvorm",
    [
        ("mijn vader zit in het verpleeghuis", Zorgvorm.INSTELLING),
        ("verzorgingstehuis", Zorgvorm.INSTELLING),
        ("ze is opgenomen", Zorgvorm.INSTELLING),
        ("hij heeft een pgb", Zorgvorm.PGB),
        ("pbg", Zorgvorm.PGB),
        ("volledig pakket thuis", Zorgvorm.VPT),
        ("modulair", Zorgvorm.MPT),
        ("4", Zorgvorm.MPT),
        ("om de week logeert ze in de instelling, deeltijdverblijf", Zorgvorm.DEELTIJDVERBLIJF),
        ("beschermd wonen", Zorgvorm.BESCHERMD_WONEN),
        ("beschermt wonen", Zorgvorm.BESCHERMD_WONEN),
        ("een persoonsgebonden budjet", Zorgvorm.PGB),
        ("in een instelling voor beschermd wonen", Zorgvorm.BESCHERMD_WONEN),
    ],
)
def test_zorgvorm(tekst, zorgvorm):
    assert waarde(Vraag.ZORGVORM, tekst) == zorgvorm


def test_zorgvorm_onduidelijk_legt_uit():
    assert "vpt, mpt of pgb" in lees(Vraag.ZORGVORM, "ze krijgt thuiszorg").opnieuw
    assert "brief van het zorgkantoor" in lees(Vraag.ZORGVORM, "geen idee").opnieuw
    assert "bijvoorbeeld" in lees(Vraag.ZORGVORM, "huh").opnieuw


@pytest.mark.parametrize(
    "tekst, volwassen",
    [
        ("ja", True),
        ("nee", False),
        ("nee, ze is 16", False),
        ("hij is pas 17", False),
        ("ja ze is 84", True),
        ("18", True),
        ("ja hoor", True),
    ],
)
def test_volwassen_leest_ook_de_leeftijd(tekst, volwassen):
    assert waarde(Vraag.VOLWASSEN, tekst) is volwassen


def test_volwassen_zonder_antwoord_vraagt_ja_nee_of_leeftijd():
    assert "leeftijd" in lees(Vraag.VOLWASSEN, "weet ik niet").opnieuw


@pytest.mark.parametrize(
    "tekst, partner",
    [
        ("geen partner", Partnersituatie.GEEN),
        ("nee", Partnersituatie.GEEN),
        ("ik ben weduwe", Partnersituatie.GEEN),
        ("hij is alleenstaand", Partnersituatie.GEEN),
        ("nee, mijn vrouw is overleden", Partnersituatie.GEEN),
        ("mijn man woont nog thuis", Partnersituatie.THUIS),
        ("zij woont alleen thuis", Partnersituatie.THUIS),
        ("ik ben zijn vrouw, ik woon thuis en heb zelf geen zorg", Partnersituatie.THUIS),
        ("partner ook wlz thuis", Partnersituatie.WLZ_THUIS),
        ("mijn man heeft ook een pgb", Partnersituatie.WLZ_THUIS),
        ("we wonen allebei in het verpleeghuis", Partnersituatie.INSTELLING),
        ("2", Partnersituatie.THUIS),
    ],
)
def test_partner(tekst, partner):
    assert waarde(Vraag.PARTNER, tekst) == partner


def test_partner_ja_zonder_waar_vraagt_waar():
    assert "Woont uw partner thuis" in lees(Vraag.PARTNER, "ja").opnieuw


@pytest.mark.parametrize(
    "vraag, tekst, antwoord",
    [
        (Vraag.AOW, "jazeker", True),
        (Vraag.AOW, "ja, ze is 84", True),
        (Vraag.AOW, "hij krijgt al aow", True),
        (Vraag.AOW, "nee, dat duurt nog jaren", False),
        (Vraag.PARTNER_AOW, "ik ook ja", True),
        (Vraag.KINDEREN, "nee hoor, die zijn al volwassen", False),
        (Vraag.TERUGKEER, "nee, ze blijft daar", False),
        (Vraag.MPT_20, "ja", True),
        (Vraag.MPT_20, "meer dan 20 uur", False),
        (Vraag.MPT_20, "nee, meer", False),
        (Vraag.MPT_20, "ongeveer 12 uur", True),
        (Vraag.MPT_20, "10 uur per week", False),
        (Vraag.MPT_20, "niet meer dan 15 uur", True),
    ],
)
def test_ja_nee_vragen(vraag, tekst, antwoord):
    assert waarde(vraag, tekst) is antwoord


@pytest.mark.parametrize(
    "vraag, standaard, aanname",
    [
        (Vraag.AOW, True, Aanname.AOW),
        (Vraag.PARTNER_AOW, True, Aanname.PARTNER_AOW),
        (Vraag.KINDEREN, False, Aanname.KINDEREN),
        (Vraag.TERUGKEER, False, Aanname.TERUGKEER),
        (Vraag.MPT_20, False, Aanname.MPT_20),
    ],
)
def test_weet_ik_niet_neemt_een_benoemde_voorzichtige_aanname(vraag, standaard, aanname):
    verwerking = lees(vraag, "dat weet mijn broer")
    assert verwerking.waarden == {vraag: standaard} and verwerking.aanname == aanname
    assert verwerking.berichten and verwerking.berichten[0].startswith("Ik ")


def test_onduidelijk_ja_nee_biedt_weet_ik_niet_aan():
    assert "weet ik niet" in lees(Vraag.AOW, "hij is 79").opnieuw


@pytest.mark.parametrize(
    "tekst, maanden", [("sinds 3 maanden", 3), ("langer dan 4 maanden", 5), ("al jaren", 24)]
)
def test_maanden(tekst, maanden):
    assert waarde(Vraag.MAANDEN, tekst) == maanden


def test_maanden_weet_niet_rekent_met_langer_dan_vier():
    verwerking = lees(Vraag.MAANDEN, "geen idee")
    assert verwerking.waarden == {Vraag.MAANDEN: 5} and verwerking.aanname == Aanname.MAANDEN


@pytest.mark.parametrize(
    "tekst, bedrag",
    [
        ("30.000", "30000"),
        ("ongeveer 25 duizend", "25000"),
        ("45k", "45000"),
        ("€ 28.500,- euro", "28500"),
        ("rond de 31000 samen", "31000"),
        ("zo'n tweeëntwintigduizend", "22000"),
        ("niks", "0"),
    ],
)
def test_inkomen(tekst, bedrag):
    assert Decimal(waarde(Vraag.INKOMEN, tekst)) == Decimal(bedrag)


def test_inkomen_per_maand_wordt_jaar_en_dat_wordt_gezegd():
    verwerking = lees(Vraag.INKOMEN, "ongeveer 1500 per maand")
    assert Decimal(verwerking.waarden[Vraag.INKOMEN]) == 18000
    assert "12 keer" in verwerking.berichten[0] and "€ 18.000,00" in verwerking.berichten[0]
    assert verwerking.aanname == Aanname.INKOMEN_PER_MAAND


def test_inkomen_weet_niet_zegt_waar_het_staat():
    verwerking = lees(Vraag.INKOMEN, "geen flauw idee, waar vind ik dat")
    assert verwerking.waarden == {Vraag.INKOMEN: "0"} and verwerking.aanname == Aanname.INKOMEN_ONBEKEND
    assert "Mijn Belastingdienst" in verwerking.berichten[0] and "2024" in verwerking.berichten[0]


def test_inkomen_weet_niet_maar_met_bedrag_neemt_het_bedrag():
    assert waarde(Vraag.INKOMEN, "weet het niet precies, zo'n 20.000") == "20000.00"


def test_twee_inkomens_vraagt_om_een_optelsom():
    assert "bij elkaar op" in lees(Vraag.INKOMEN, "zijn aow is 1400 en haar pensioen 900").opnieuw


@pytest.mark.parametrize(
    "tekst, bedrag",
    [
        ("40.000", "40000"),
        ("2 ton", "200000"),
        ("anderhalve ton", "150000"),
        ("nee", "0"),
        ("heb ik niet", "0"),
        ("geen spaargeld", "0"),
        ("helemaal niks meer", "0"),
        ("-3000", "0"),
    ],
)
def test_vermogen(tekst, bedrag):
    assert Decimal(waarde(Vraag.VERMOGEN, tekst)) == Decimal(bedrag)


def test_vermogen_weet_niet_noemt_de_vrijstelling_van_dat_jaar():
    verwerking = lees(Vraag.VERMOGEN, "geen idee")
    assert verwerking.aanname == Aanname.VERMOGEN_ONBEKEND and "€ 36.952,00" in verwerking.berichten[0]


def test_vermogen_per_maand_kan_niet():
    assert "niet een bedrag per maand" in lees(Vraag.VERMOGEN, "200 per maand").opnieuw


# ------------------------------------------------------------------------------ confirmation
@pytest.mark.parametrize(
    "tekst", ["ja", "ja klopt", "klopt helemaal", "ja hoor, ga uw gang", "jep", "prima, reken maar"]
)
def test_bevestigen(tekst):
    assert lees(Vraag.BEVESTIGD, tekst).waarden == {Vraag.BEVESTIGD: True}


@pytest.mark.parametrize(
    "tekst, opnieuw",
    [
        ("inkomen wijzigen", {Vraag.INKOMEN}),
        ("zorg wijzigen", {Vraag.ZORGVORM}),
        ("partner wijzigen", {Vraag.PARTNER}),
        ("het spaargeld klopt niet", {Vraag.VERMOGEN}),
        ("de aow klopt niet", {Vraag.AOW, Vraag.PARTNER_AOW}),
    ],
)
def test_correctie_vraagt_dat_opnieuw(tekst, opnieuw):
    waarden = lees(Vraag.BEVESTIGD, tekst).waarden
    assert waarden == {**{v.value: None for v in opnieuw}, Vraag.BEVESTIGD: None}


def test_correctie_met_nieuwe_waarde_neemt_die_meteen():
    assert lees(Vraag.BEVESTIGD, "nee, het inkomen was 35.000").waarden == {
        Vraag.INKOMEN: "35000.00",
        Vraag.BEVESTIGD: None,
    }
    assert lees(Vraag.BEVESTIGD, "nee het is een mpt").waarden == {
        Vraag.ZORGVORM: "mpt",
        Vraag.BEVESTIGD: None,
    }
    assert lees(Vraag.BEVESTIGD, "ok maar het jaar moet 2025 zijn").waarden == {
        Vraag.JAAR: 2025,
        PEILJAAR: 2023,
        Vraag.BEVESTIGD: None,
    }


def test_nee_zonder_wat_vraagt_wat():
    assert "Wat wilt u wijzigen" in lees(Vraag.BEVESTIGD, "nee").opnieuw


def test_een_nieuw_antwoord_vervangt_de_aanname_van_die_vraag():
    eerder = [Aanname.INKOMEN_ONBEKEND.value, Aanname.AOW.value]
    assert Verwerking({Vraag.INKOMEN: "30000"}).aannames(eerder) == [Aanname.AOW.value]
    assert lees(Vraag.VERMOGEN, "geen idee").aannames(eerder) == [*eerder, Aanname.VERMOGEN_ONBEKEND.value]


def test_samenvatting():
    tekst = samenvatting(
        {
            **EERDER,
            Vraag.ZORGVORM: "instelling",
            Vraag.VOLWASSEN: True,
            Vraag.MAANDEN: 7,
            Vraag.PARTNER: "thuis",
            Vraag.AOW: True,
            Vraag.PARTNER_AOW: False,
            Vraag.INKOMEN: "30000",
            Vraag.VERMOGEN: "0",
        }
    )
    assert tekst.startswith("Klopt dit?")
    for regel in (
        "Jaar: 2026",
        "wonen in een instelling",
        "langer dan 4 maanden",
        "partner woont thuis",
        "AOW-leeftijd: u ja, partner nee",
        "Inkomen 2024: € 30.000,00",
        "Vermogen 1 januari 2024: € 0,00",
    ):
        assert regel in tekst


# ------------------------------------------------------------------------ whole conversations
def gesprek(*antwoorden):
    """Answer the form's questions in order, as the chat does; returns the result and the assumptions."""
    stand, aannames = {}, []
    for tekst in antwoorden:
        vraag = next(v for v in welke_vragen(stand) if stand.get(v) is None)
        verwerking = verwerk(vraag, tekst, stand, weet_niet=weet_niet(tekst), vandaag=VANDAAG)
        assert verwerking.opnieuw is None, (vraag, tekst, verwerking.opnieuw)
        aannames = verwerking.aannames(aannames)
        stand.update(verwerking.waarden)
    assert all(stand.get(v) is not None for v in welke_vragen(stand)), "the form is not finished"
    return bereken(situatie_uit(stand)), [Aanname(a) for a in aannames]


def test_gesprek_vpt_alleenstaand():  # spec §4a: 10 % x 30.000 / 12
    uitkomst, _ = gesprek(
        "dit jaar",
        "zij heeft een vpt",
        "ja, ze is 91",
        "nee, ze is alleen",
        "jawel",
        "rond de 30.000",
        "niets",
        "ja dat klopt",
    )
    assert uitkomst.maandbedrag == Decimal("250.00") and uitkomst.soort == Bijdragesoort.LAAG


def test_gesprek_echtpaar_vpt_de_partner_typt():  # spec §7 example 4
    uitkomst, _ = gesprek(
        "2026 alstublieft",
        "mijn vrouw krijgt een vpt",
        "ja",
        "ik woon gewoon thuis zonder zorg",
        "ja ze is 80",
        "wij allebei ja",
        "samen 50.000",
        "ongeveer 150.000",
        "jep klopt",
    )
    assert uitkomst.maandbedrag == Decimal("442.03")


def test_gesprek_verpleeghuis_eerste_maanden():  # spec §0: minimum 2026, then hoog
    uitkomst, _ = gesprek(
        "dit jaar",
        "opa zit sinds kort in het verpleeghuis",
        "ja hij is 90",
        "sinds 3 maanden",
        "hij is weduwnaar",
        "ja die heeft hij",
        "nee hoor",
        "nee hij blijft daar",
        "22.500 euro",
        "hij heeft geen spaargeld",
        "klopt allemaal",
    )
    assert uitkomst.maandbedrag == Decimal("212.60")
    assert uitkomst.na_vier_maanden.soort == Bijdragesoort.HOOG


def test_gesprek_mpt():  # spec §2.5: (40.000 - 7.727,60) x 10 % / 12 - 182,20
    uitkomst, _ = gesprek(
        "2026",
        "mpt",
        "ja ik ben 52",
        "alleenstaand",
        "nee nog lang niet",
        "nee, meer dan dat",
        "40k",
        "5000 euro",
        "ja reken maar",
    )
    assert uitkomst.maandbedrag == Decimal("86.74")


def test_gesprek_pgb_inkomen_per_maand():  # spec §2.5: minimum 212,60 - korting 182,20
    uitkomst, aannames = gesprek(
        "2026",
        "een pgb",
        "ja hoor ik ben 71",
        "nee, geen partner meer",
        "heb ik",
        "€ 1.900 per maand",
        "nul",
        "ja klopt",
    )
    assert uitkomst.maandbedrag == Decimal("30.40") and aannames == [Aanname.INKOMEN_PER_MAAND]


def test_gesprek_vermogen_boven_de_vrijstelling():  # spec §3.4: (80.000 - 36.952) x 4 % bijtelling
    uitkomst, _ = gesprek(
        "2026", "vpt", "ja, 81", "nee geen partner", "ja al jaren", "36000", "80.000", "klopt zo"
    )
    assert uitkomst.maandbedrag == Decimal("314.35")


def test_gesprek_met_weet_ik_niet():
    uitkomst, aannames = gesprek(
        "2026",
        "ze krijgt een volledig pakket thuis",
        "ja ze is 86",
        "nee, weduwe",
        "ja die heeft ze",
        "geen idee, mijn broer doet haar papieren",
        "weet ik niet",
        "ja hoor",
    )
    assert uitkomst.maandbedrag == Decimal("212.60")
    assert aannames == [Aanname.INKOMEN_ONBEKEND, Aanname.VERMOGEN_ONBEKEND]


def test_gesprek_deeltijdverblijf():  # spec §2.3 e: lage bijdrage; minimum 2026
    uitkomst, _ = gesprek(
        "2026",
        "deeltijd, om de week",
        "ja ik ben 34",
        "geen partner",
        "nee, nog lang niet",
        "18000",
        "heb ik niet",
        "ja hoor, ga je gang",
    )
    assert uitkomst.maandbedrag == Decimal("212.60") and uitkomst.soort == Bijdragesoort.LAAG


def test_gesprek_kind_onder_18():  # spec §2.1
    uitkomst, _ = gesprek("2026", "ze heeft een pgb", "nee, ze is net 15")
    assert uitkomst.soort == Bijdragesoort.GEEN
