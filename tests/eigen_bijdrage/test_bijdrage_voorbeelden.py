"""The worked examples of the specification (§7), to the cent."""

from decimal import Decimal

from actions.eigen_bijdrage import bereken

D = Decimal


def test_voorbeeld_1_leb_eerste_maanden_verpleeghuis(situatie):
    # 100.000 - 33.748 = 66.252; 4% = 2.650,08; no compensatie (30.000 - 4% x 43.000 >= 22.833)
    # 10% x 32.650,08 / 12 = 272,084 -> 272,08
    uitkomst = bereken(
        situatie(jaar=2025, zorgvorm="instelling", maanden=2, aow=True, inkomen=30000, vermogen=100000)
    )
    assert uitkomst.soort == "laag"
    assert uitkomst.maandbedrag == D("272.08")
    assert uitkomst.maandbedrag_min == uitkomst.maandbedrag_max == D("272.08")
    assert (
        "Vermogen boven de vrijstelling van € 33.748,00: € 66.252,00. Daarvan telt 4 % mee: € 2.650,08."
        in uitkomst.stappen
    )
    assert "Uw inkomen in 2023 (peiljaar): € 30.000,00." in uitkomst.stappen
    assert "Bijdrageplichtig inkomen: € 32.650,08." in uitkomst.stappen


def test_voorbeeld_2_leb_minimum_met_compensatie(situatie):
    # bijtelling 4% x 26.252 = 1.050,08; grondslag sparen 60.000 - 57.000 = 3.000 -> 120
    # 20.000 - 120 < 22.833 -> compensatie min(1.700; 120 + 1.050,08) = 1.170,08
    # 20.000 - 1.170,08 + 1.050,08 = 19.880 -> 165,67 -> minimum 205,00
    uitkomst = bereken(
        situatie(jaar=2025, zorgvorm="instelling", maanden=1, aow=True, inkomen=20000, vermogen=60000)
    )
    assert uitkomst.maandbedrag == D("205.00")
    assert "Bijdrageplichtig inkomen: € 19.880,00." in uitkomst.stappen
    assert any("€ 1.170,08" in stap and "compensatie" in stap for stap in uitkomst.stappen)


def test_voorbeeld_2_in_2026_het_minimum_van_2026(situatie):
    # 60.000 - 36.952 = 23.048 -> 921,92; 20.921,92 x 10% / 12 = 174,35 -> minimum 212,60
    uitkomst = bereken(
        situatie(jaar=2026, zorgvorm="instelling", maanden=1, aow=True, inkomen=20000, vermogen=60000)
    )
    assert uitkomst.maandbedrag == D("212.60")


def test_voorbeeld_3_mpt_laag_inkomen_gelijk_aan_voorlopig_bedrag(situatie):
    # 28.000 - 7.456,20 = 20.543,80 -> 171,20 -> minimum 205,00 - korting 175,80 = 29,20
    uitkomst = bereken(situatie(jaar=2025, zorgvorm="mpt", aow=False, inkomen=28000))
    assert uitkomst.maandbedrag == D("29.20")
    assert not uitkomst.is_voorlopig


def test_voorbeeld_3_pgb_hoger_inkomen(situatie):
    # 45.000 - 7.456,20 = 37.543,80 -> 312,865 -> - 175,80 = 137,065 -> 137,07
    uitkomst = bereken(situatie(jaar=2025, zorgvorm="pgb", aow=False, inkomen=45000))
    assert uitkomst.maandbedrag == D("137.07")


def test_voorbeeld_4_vpt_echtpaar_beiden_aow(situatie):
    # 150.000 - 2 x 36.952 = 76.096 -> 3.043,84; 53.043,84 x 10% / 12 = 442,032 -> 442,03
    for partner in ("thuis", "wlz-thuis"):
        uitkomst = bereken(
            situatie(
                jaar=2026, zorgvorm="vpt", partner=partner, partner_aow=True, inkomen=50000, vermogen=150000
            )
        )
        assert uitkomst.maandbedrag == D("442.03"), partner


def test_voorbeeld_5_heb_op_het_maximum(situatie):
    # bijtelling 4% x 966.252 = 38.650,08; both ends of the range far above the cap
    for belasting in (D(45000), None):
        uitkomst = bereken(
            situatie(
                jaar=2025,
                zorgvorm="instelling",
                maanden=8,
                aow=True,
                inkomen=120000,
                vermogen=1000000,
                belasting=belasting,
            )
        )
        assert uitkomst.soort == "hoog"
        assert uitkomst.maandbedrag == D("2954.40")
        assert uitkomst.maandbedrag_min == uitkomst.maandbedrag_max == D("2954.40")


def test_voorbeeld_6_heb_bovengrens_volgens_spec(situatie):
    # Spec: 24.000 - 2.400 - 4.543 - (1.889 + 5,43% x 24.000 - 1.858) = 15.722,80 -> 1.310,23 per month.
    # Lower end: 24.000 - 2.400 - (4.543 + 3.192,20 + 1.450) = 12.414,80;
    #   vrijlating 25% x (12.414,80 - 8.269) = 1.036,45 -> 11.378,35 / 12 = 948,20
    uitkomst = bereken(
        situatie(jaar=2025, zorgvorm="instelling", maanden=8, aow=True, inkomen=24000, belasting=2400)
    )
    assert uitkomst.maandbedrag is None
    assert uitkomst.maandbedrag_max == D("1310.23")
    assert uitkomst.maandbedrag_min == D("948.20")
    assert (
        "Uw hoge eigen bijdrage ligt waarschijnlijk tussen € 948,20 en € 1.310,23 per maand."
        in uitkomst.stappen
    )
