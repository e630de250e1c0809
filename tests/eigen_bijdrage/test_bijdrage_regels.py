"""Every rule, with hand-computed cases for 2024, 2025 and 2026."""

from dataclasses import replace
from decimal import Decimal

import pytest

from actions.eigen_bijdrage import OngeldigeInvoer, bereken
from actions.eigen_bijdrage.parameters import heb_aftrek_voor, peiljaar

D = Decimal


# --- which contribution applies (spec §2) ------------------------------------


@pytest.mark.parametrize(
    "zorgvorm", ["instelling", "deeltijdverblijf", "vpt", "mpt", "pgb", "beschermd-wonen"]
)
def test_onder_18_geen_bijdrage(situatie, zorgvorm):
    uitkomst = bereken(situatie(zorgvorm=zorgvorm, leeftijd=17, aow=None, inkomen=90000, vermogen=500000))
    assert uitkomst.soort == "geen"
    assert uitkomst.maandbedrag == uitkomst.maandbedrag_min == uitkomst.maandbedrag_max == D("0.00")
    assert "jonger dan 18" in uitkomst.reden


def test_18_jaar_betaalt_wel(situatie):
    assert bereken(situatie(zorgvorm="vpt", leeftijd=18, aow=False, inkomen=10000)).soort == "laag"


@pytest.mark.parametrize("zorgvorm", ["instelling", "beschermd-wonen"])
@pytest.mark.parametrize("maanden,soort", [(0, "laag"), (4, "laag"), (5, "hoog"), (30, "hoog")])
def test_verblijf_eerste_vier_maanden_laag_daarna_hoog(situatie, zorgvorm, maanden, soort):
    assert bereken(situatie(zorgvorm=zorgvorm, maanden=maanden, inkomen=30000)).soort == soort


@pytest.mark.parametrize(
    "uitzondering",
    [
        {"partner": "thuis"},
        {"partner": "wlz-thuis"},
        {"kinderen": True},
        {"terugkeer": True},
    ],
)
@pytest.mark.parametrize("zorgvorm", ["instelling", "beschermd-wonen"])
def test_uitzonderingen_houden_de_lage_bijdrage_na_vier_maanden(situatie, uitzondering, zorgvorm):
    uitkomst = bereken(situatie(zorgvorm=zorgvorm, maanden=12, inkomen=30000, **uitzondering))
    assert uitkomst.soort == "laag"


@pytest.mark.parametrize("zorgvorm", ["deeltijdverblijf", "vpt", "mpt", "pgb"])
@pytest.mark.parametrize("partner", ["geen", "thuis", "instelling", "wlz-thuis"])
def test_deeltijd_en_thuiszorg_altijd_laag(situatie, zorgvorm, partner):
    assert bereken(situatie(zorgvorm=zorgvorm, partner=partner, inkomen=60000, maanden=40)).soort == "laag"


def test_beiden_in_instelling_laag_tot_vier_maanden_daarna_samen_hoog(situatie):
    eerst = bereken(situatie(zorgvorm="instelling", partner="instelling", maanden=3, inkomen=50000))
    later = bereken(situatie(zorgvorm="instelling", partner="instelling", maanden=6, inkomen=50000))
    assert eerst.soort == "laag" and "allebei" in eerst.reden
    assert later.soort == "hoog" and "samen één hoge" in later.reden


def test_na_vier_maanden_wordt_het_meestal_hoog(situatie):
    # 2024, non-AOW: vrijstelling 31.747 + 10.850 = 42.597; 50.000 - 42.597 = 7.403 -> 296,12
    # 40.296,12 x 10% / 12 = 335,801 -> 335,80
    uitkomst = bereken(
        situatie(jaar=2024, zorgvorm="instelling", maanden=1, aow=False, inkomen=40000, vermogen=50000)
    )
    assert uitkomst.maandbedrag == D("335.80")
    later = uitkomst.na_vier_maanden
    assert later is not None and later.soort == "hoog"
    assert later.maandbedrag_min <= later.maandbedrag_max
    assert any(
        stap.startswith("Na 4 maanden betaalt u meestal de hoge eigen bijdrage: tussen")
        for stap in uitkomst.stappen
    )


def test_na_vier_maanden_blijft_laag_met_partner_thuis(situatie):
    uitkomst = bereken(situatie(zorgvorm="instelling", maanden=2, partner="thuis", inkomen=40000))
    assert uitkomst.na_vier_maanden is not None
    assert uitkomst.na_vier_maanden.soort == "laag"
    assert uitkomst.na_vier_maanden.maandbedrag == uitkomst.maandbedrag
    assert any(
        stap.startswith("Ook na 4 maanden blijft het de lage eigen bijdrage") for stap in uitkomst.stappen
    )


def test_geen_na_vier_maanden_bij_thuiszorg_of_hoog(situatie):
    assert bereken(situatie(zorgvorm="vpt", inkomen=40000)).na_vier_maanden is None
    assert bereken(situatie(zorgvorm="instelling", maanden=9, inkomen=40000)).na_vier_maanden is None


def test_peiljaar_is_jaar_min_twee(situatie):
    assert [peiljaar(jaar) for jaar in (2024, 2025, 2026)] == [2022, 2023, 2024]
    uitkomst = bereken(situatie(jaar=2026, inkomen=30000))
    assert uitkomst.peiljaar == 2024
    assert "Uw inkomen in 2024 (peiljaar): € 30.000,00." in uitkomst.stappen


# --- lage eigen bijdrage: hand computations per year and care type ------------


@pytest.mark.parametrize(
    "velden,verwacht",
    [
        # 2024, deeltijd, AOW, 25.000: no compensatie (25.000 >= 21.479); 2.500 / 12 = 208,33
        ({"jaar": 2024, "zorgvorm": "deeltijdverblijf", "inkomen": 25000}, "208.33"),
        # 2024, vpt, 150.000 -> 1.250 -> maximum 1.052,20
        ({"jaar": 2024, "zorgvorm": "vpt", "inkomen": 150000}, "1052.20"),
        # 2024, mpt, 30.000 - 7.287,20 = 22.712,80 -> 189,27 -> minimum 200,40 - 171,80 = 28,60
        ({"jaar": 2024, "zorgvorm": "mpt", "aow": False, "inkomen": 30000}, "28.60"),
        # 2024, pgb, 60.000 - 7.287,20 = 52.712,80 -> 439,273 - 171,80 = 267,473 -> 267,47
        ({"jaar": 2024, "zorgvorm": "pgb", "inkomen": 60000}, "267.47"),
        # 2025, instelling 10 months with children, 40.000 -> 333,333 -> 333,33
        ({"jaar": 2025, "zorgvorm": "instelling", "kinderen": True, "inkomen": 40000}, "333.33"),
        # 2025, instelling 10 months, terugkeer: same
        ({"jaar": 2025, "zorgvorm": "instelling", "terugkeer": True, "inkomen": 40000}, "333.33"),
        # 2025, instelling, partner at home, both AOW, 40.000: compensatie test 20.000 < 22.833 but
        # there is no vermogen, so compensatie = 0 -> 333,33
        ({"jaar": 2025, "zorgvorm": "instelling", "partner": "thuis", "inkomen": 40000}, "333.33"),
        # 2025, client in instelling, partner gets Wlz care at home: lid 2 b, 333,33
        ({"jaar": 2025, "zorgvorm": "instelling", "partner": "wlz-thuis", "inkomen": 40000}, "333.33"),
        # 2025, both in an instelling for 3 months, 50.000 -> 416,666 -> 416,67
        (
            {"jaar": 2025, "zorgvorm": "instelling", "partner": "instelling", "maanden": 3, "inkomen": 50000},
            "416.67",
        ),
        # 2025, pgb, non-AOW, vermogen 200.000: vrijstelling 33.748 + 11.534 = 45.282 -> 154.718 -> 6.188,72
        # 86.188,72 - 7.456,20 = 78.732,52 -> 656,104 - 175,80 = 480,304 -> 480,30
        ({"jaar": 2025, "zorgvorm": "pgb", "aow": False, "inkomen": 80000, "vermogen": 200000}, "480.30"),
        # 2026, instelling first months, AOW, 80.000 - 36.952 = 43.048 -> 1.721,92
        # 37.721,92 -> 314,349 -> 314,35
        (
            {"jaar": 2026, "zorgvorm": "instelling", "maanden": 2, "inkomen": 36000, "vermogen": 80000},
            "314.35",
        ),
        # 2026, deeltijd, 20.000 -> 166,67 -> minimum 212,60
        ({"jaar": 2026, "zorgvorm": "deeltijdverblijf", "inkomen": 20000}, "212.60"),
        # 2026, vpt, 200.000 -> maximum 1.115,80
        ({"jaar": 2026, "zorgvorm": "vpt", "inkomen": 200000}, "1115.80"),
        # 2026, mpt, 50.000 - 7.727,60 = 42.272,40 -> 352,27 - 182,20 = 170,07
        ({"jaar": 2026, "zorgvorm": "mpt", "inkomen": 50000}, "170.07"),
        # 2026, pgb, 10.000 -> minimum 212,60 - 182,20 = 30,40
        ({"jaar": 2026, "zorgvorm": "pgb", "inkomen": 10000}, "30.40"),
        # 2026, beschermd wonen first months, 24.000 -> 200 -> minimum 212,60
        ({"jaar": 2026, "zorgvorm": "beschermd-wonen", "maanden": 1, "inkomen": 24000}, "212.60"),
    ],
)
def test_lage_bijdrage_handberekend(situatie, velden, verwacht):
    uitkomst = bereken(situatie(**velden))
    assert uitkomst.soort == "laag"
    assert uitkomst.maandbedrag == D(verwacht)


@pytest.mark.parametrize("jaar,verwacht", [(2024, "28.60"), (2025, "29.20"), (2026, "30.40")])
def test_mpt_maximaal_20_uur_voorlopig_minimum_min_korting(situatie, jaar, verwacht):
    uitkomst = bereken(situatie(jaar=jaar, zorgvorm="mpt", mpt_max_20_uur=True, inkomen=90000))
    assert uitkomst.is_voorlopig
    assert uitkomst.maandbedrag == D(verwacht)
    assert uitkomst.bedrag_tekst.endswith("(voorlopig)")
    # the definitive amount if it turns out to be more than 20 hours: 90.000 - 7.456,20 ... is also shown
    assert any("meer dan 20 uur" in stap for stap in uitkomst.stappen)


def test_extra_vermogensvrijstelling_alleen_onder_aow_leeftijd_en_tot_2025(situatie):
    # 2025, vermogen 45.282 = 33.748 + 11.534: nothing counts under AOW age ...
    onder_aow = bereken(situatie(jaar=2025, zorgvorm="vpt", aow=False, inkomen=36000, vermogen=45282))
    assert onder_aow.maandbedrag == D("300.00")
    # ... but with AOW age 11.534 x 4% = 461,36 is added: 36.461,36 -> 303,845 -> 303,84
    # (compensatie: 36.000 is above 22.833)
    met_aow = bereken(situatie(jaar=2025, zorgvorm="vpt", aow=True, inkomen=36000, vermogen=45282))
    assert met_aow.maandbedrag == D("303.84")
    # 2026: abolished; 45.282 - 36.952 = 8.330 -> 333,20 -> 36.333,20 -> 302,777 -> 302,78
    in_2026 = bereken(situatie(jaar=2026, zorgvorm="vpt", aow=False, inkomen=36000, vermogen=45282))
    assert in_2026.maandbedrag == D("302.78")


def test_compensatie_echtpaar_per_persoon(situatie):
    # 2025, vpt, partner at home, both AOW, income 40.000, vermogen 134.000.
    # Vrijstelling 2 x 33.748 + 11.534 (spouse with AOW, lid 1 b 1°) = 79.030 -> 54.970 -> 2.198,80.
    # Per person: income 20.000, rendementsgrondslag 67.000, grondslag sparen 10.000.
    #   client: 4% x 10.000 = 400; 20.000 - 400 < 22.833 -> min(1.700; 400 + 1.099,40) = 1.499,40
    #   spouse: grondslag minus extra vrijstelling = 0; -> min(1.700; 0 + 1.099,40) = 1.099,40
    # 40.000 + 2.198,80 - 2.598,80 = 39.600 -> 330,00
    uitkomst = bereken(situatie(jaar=2025, zorgvorm="vpt", partner="thuis", inkomen=40000, vermogen=134000))
    assert uitkomst.maandbedrag == D("330.00")
    assert any("gelijk over u en uw partner" in stap for stap in uitkomst.stappen)


def test_geen_compensatie_in_2026(situatie):
    # 2026: 60.000 - 36.952 = 23.048 -> 921,92 is added in full: 20.921,92 -> 174,35 -> min 212,60;
    # with income 30.000: 30.921,92 -> 257,68
    uitkomst = bereken(situatie(jaar=2026, zorgvorm="vpt", inkomen=30000, vermogen=60000))
    assert uitkomst.maandbedrag == D("257.68")
    assert not any("compensatie" in stap for stap in uitkomst.stappen)


def test_compensatie_maakt_de_bijdrage_niet_monotoon_in_vermogen(situatie):
    """Law as written (Blz 3.3.1.2a): crossing the compensatie test can lower the amount.

    2025, AOW, income 24.000. Vermogen 86.175: grondslag sparen 29.175 -> 1.167;
    24.000 - 1.167 = 22.833 is not below 22.833, so no compensatie:
    bijtelling 4% x 52.427 = 2.097,08 -> 26.097,08 -> 217,48.
    Vermogen 86.200: 24.000 - 1.168 < 22.833 -> compensatie 1.700:
    24.000 + 2.098,08 - 1.700 = 24.398,08 -> 203,32 -> minimum 205,00.
    """
    minder = bereken(situatie(jaar=2025, zorgvorm="vpt", inkomen=24000, vermogen=86175))
    meer = bereken(situatie(jaar=2025, zorgvorm="vpt", inkomen=24000, vermogen=86200))
    assert minder.maandbedrag == D("217.48")
    assert meer.maandbedrag == D("205.00")


def test_korting_partner_met_mpt_wordt_genoemd(situatie):
    uitkomst = bereken(situatie(zorgvorm="instelling", partner="wlz-thuis", inkomen=40000))
    assert any("mpt of pgb" in stap and "korting" in stap for stap in uitkomst.stappen)


def test_beschermd_wonen_rekent_als_wlz(situatie):
    bw = bereken(situatie(zorgvorm="beschermd-wonen", maanden=2, inkomen=40000, vermogen=70000))
    instelling = bereken(situatie(zorgvorm="instelling", maanden=2, inkomen=40000, vermogen=70000))
    assert bw.maandbedrag == instelling.maandbedrag
    assert any("Wmo" in stap for stap in bw.stappen)


# --- hoge eigen bijdrage: ranges ------------------------------------------------


def test_heb_2024_alleenstaand_aow(situatie):
    # Peiljaar 2022 values. Upper end:
    #   aftrek Zvw 1.749 + 5,5% x 30.000 = 3.399; zorgtoeslagcorrectie 1.336 - 13,61% x 7.644 = 295,6516
    #   30.000 - 3.000 - 4.148 - 3.103,3484 = 19.748,6516 -> 1.645,72
    # Lower end: 30.000 - 3.000 - (4.148 + 3.399 + 1.450) = 18.003;
    #   vrijlating 25% x (18.003 - 8.269) = 2.433,50 -> 15.569,50 -> 1.297,46
    uitkomst = bereken(situatie(jaar=2024, zorgvorm="instelling", maanden=10, inkomen=30000, belasting=3000))
    assert (uitkomst.maandbedrag_min, uitkomst.maandbedrag_max) == (D("1297.46"), D("1645.72"))
    assert uitkomst.maandbedrag is None


def test_heb_2025_beschermd_wonen_niet_aow(situatie):
    # Upper end: Zvw at the standaardpremie 1.889; correction 1.858 - 13,64% x 9.930 = 503,548
    #   35.000 - 5.000 - 4.543 - 1.385,452 = 24.071,548 -> 2.005,96
    # Lower end: 35.000 - 5.000 - (4.543 + 5.524,71 + 2.600) = 17.332,29;
    #   vrijlating 25% x (17.332,29 - 6.296) = 2.759,0725 -> 14.573,2175 -> 1.214,43
    uitkomst = bereken(
        situatie(jaar=2025, zorgvorm="beschermd-wonen", maanden=10, aow=False, inkomen=35000, belasting=5000)
    )
    assert (uitkomst.maandbedrag_min, uitkomst.maandbedrag_max) == (D("1214.43"), D("2005.96"))


def test_heb_2025_echtpaar_beiden_in_instelling(situatie):
    # Upper end: zak- en kleedgeld 7.067; Zvw 2 x 2.556,96 = 5.113,92;
    #   correction 2 x 1.858 - 13,64% x 24.930 = 315,548 -> net 4.798,372
    #   50.000 - 6.000 - 11.865,372 = 32.134,628 -> 2.677,89
    # Lower end: 50.000 - 6.000 - (7.067 + 2 x 5.524,71 + 2 x 1.450) = 22.983,58;
    #   vrijlating 25% x (22.983,58 - 9.867) = 3.279,145 -> 19.704,435 -> 1.642,04
    uitkomst = bereken(
        situatie(
            jaar=2025, zorgvorm="instelling", partner="instelling", maanden=10, inkomen=50000, belasting=6000
        )
    )
    assert uitkomst.soort == "hoog"
    assert (uitkomst.maandbedrag_min, uitkomst.maandbedrag_max) == (D("1642.04"), D("2677.89"))


def test_heb_2026_gebruikt_aftrek_van_2023_met_marge(situatie):
    # Rlz amounts of peiljaar 2024 unknown: those of 2023, 10% wider.
    # Upper end: (4.543 + 1.889 - 0) x 0,9 = 5.788,80; 40.000 - 8.000 - 5.788,80 = 26.211,20 -> 2.184,27
    # Lower end: (4.543 + 5.524,71 + 2.600) x 1,1 = 13.934,481; 40.000 - 8.000 - 13.934,481 = 18.065,519
    #   vrijlating 25% x (18.065,519 - 6.296) = 2.942,37975 -> 15.123,13925 -> 1.260,26
    assert heb_aftrek_voor(2024).peiljaar == 2023
    uitkomst = bereken(
        situatie(jaar=2026, zorgvorm="instelling", maanden=10, aow=False, inkomen=40000, belasting=8000)
    )
    assert (uitkomst.maandbedrag_min, uitkomst.maandbedrag_max) == (D("1260.26"), D("2184.27"))
    assert any("voor 2024 zijn nog niet bekend" in stap for stap in uitkomst.stappen)


def test_heb_zonder_belasting_ruimer_bereik(situatie):
    # Upper end, tax 0: Zvw 1.889 + 5,43% x 30.000 = 3.518; correction 1.858 - 13,64% x 4.930 = 1.185,548
    #   30.000 - 4.543 - 2.332,452 = 23.124,548 -> 1.927,05
    # Lower end, tax at most 36,93% x 30.000 = 11.079: 30.000 - 11.079 - (4.543 + 3.518 + 1.450) = 9.410
    #   vrijlating 25% x (9.410 - 8.269) = 285,25 -> 9.124,75 -> 760,40
    zonder = bereken(situatie(jaar=2025, zorgvorm="instelling", maanden=10, inkomen=30000))
    assert (zonder.maandbedrag_min, zonder.maandbedrag_max) == (D("760.40"), D("1927.05"))
    assert any("niet opgegeven hoeveel belasting" in stap for stap in zonder.stappen)
    met = bereken(situatie(jaar=2025, zorgvorm="instelling", maanden=10, inkomen=30000, belasting=3000))
    assert zonder.maandbedrag_min <= met.maandbedrag_min <= met.maandbedrag_max <= zonder.maandbedrag_max


def test_heb_nul_is_een_bekend_bedrag(situatie):
    # 4.000 - 4.543 - max(0; 1.889 - 1.858) < 0 at both ends
    uitkomst = bereken(situatie(zorgvorm="instelling", maanden=10, aow=False, inkomen=4000, belasting=0))
    assert uitkomst.maandbedrag == uitkomst.maandbedrag_min == uitkomst.maandbedrag_max == D("0.00")


# --- input validation -------------------------------------------------------


@pytest.mark.parametrize(
    "velden,veld",
    [
        ({"jaar": 2023}, "jaar"),
        ({"jaar": None}, "jaar"),
        ({"zorgvorm": "ziekenhuis"}, "zorgvorm"),
        ({"partner": "vriend"}, "partner"),
        ({"inkomen": D(-1)}, "inkomen"),
        ({"inkomen": "veel"}, "inkomen"),
        ({"inkomen": True}, "inkomen"),
        ({"vermogen": D(-500)}, "vermogen"),
        ({"belasting": D(-1)}, "belasting"),
        ({"leeftijd": 140}, "leeftijd"),
        ({"aow": None}, "aow"),
        ({"partner": "thuis", "partner_aow": None}, "partner_aow"),
        ({"zorgvorm": "instelling", "maanden": None}, "maanden"),
        ({"zorgvorm": "instelling", "maanden": -1}, "maanden"),
        ({"zorgvorm": "pgb", "mpt_max_20_uur": True}, "mpt_max_20_uur"),
    ],
)
def test_ongeldige_invoer_geeft_nederlandse_melding(situatie, velden, veld):
    with pytest.raises(OngeldigeInvoer) as fout:
        situatie(**velden)
    assert fout.value.veld == veld
    assert fout.value.boodschap and fout.value.boodschap[0].isupper()


def test_bedragen_worden_decimal(situatie):
    s = situatie(inkomen=30000, vermogen="1500.50")
    assert s.inkomen == D(30000) and isinstance(s.vermogen, Decimal)
    assert replace(s, inkomen=D("1.5")).inkomen == D("1.5")


def test_compensatie_uitleg_alleen_als_het_inkomen_te_hoog_is(situatie):
    laag_zonder_vermogen = bereken(situatie(jaar=2025, zorgvorm="vpt", inkomen=20000))
    assert not any("compensatie" in stap for stap in laag_zonder_vermogen.stappen)
    hoog = bereken(situatie(jaar=2025, zorgvorm="vpt", inkomen=40000, vermogen=50000))
    assert any("daarvoor te hoog" in stap for stap in hoog.stappen)
