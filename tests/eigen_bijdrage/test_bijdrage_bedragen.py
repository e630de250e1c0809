"""parse_bedrag and format_euro."""

from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from actions.eigen_bijdrage import ParsedBedrag, format_euro, parse_bedrag
from actions.eigen_bijdrage.bedragen import format_procent

D = Decimal


@pytest.mark.parametrize(
    "tekst,bedrag,per_maand",
    [
        ("€ 2.150,50 per maand", "2150.50", True),
        ("30.000", "30000", False),
        ("30000", "30000", False),
        ("30k", "30000", False),
        ("30 K", "30000", False),
        ("ongeveer 25 duizend", "25000", False),
        ("25 duizend euro", "25000", False),
        ("1,2 ton", "120000", False),
        ("1,5 miljoen", "1500000", False),
        ("€ 1.500 per maand", "1500", True),
        ("1500 p/m", "1500", True),
        ("1500 p.m.", "1500", True),
        ("€1500/mnd", "1500", True),
        ("1500 per jaar", "1500", False),
        ("niks", "0", False),
        ("niets", "0", False),
        ("geen", "0", False),
        ("geen spaargeld", "0", False),
        ("Ik heb geen vermogen.", "0", False),
        ("0", "0", False),
        ("€ 30,-", "30", False),
        ("1.234.567", "1234567", False),
        ("1,234,567", "1234567", False),
        ("2,150.50", "2150.50", False),
        ("ik heb 40.000 euro gespaard.", "40000", False),
        ("in 2023 was het 30.000", "30000", False),
        ("2023", "2023", False),
        # Ambiguous "30.5": a Dutch thousands group has three digits, so this is a decimal point.
        ("30.5", "30.50", False),
        ("30.50", "30.50", False),
    ],
)
def test_parse_bedrag(tekst, bedrag, per_maand):
    assert parse_bedrag(tekst) == ParsedBedrag(D(bedrag), per_maand)


@pytest.mark.parametrize(
    "tekst",
    [
        "",
        "weet ik niet",
        "geen idee",
        "veel",
        "tussen 20 en 25 duizend",
        "30-40 duizend",
        "1.2.3,4,5",
    ],
)
def test_parse_bedrag_zonder_eenduidig_bedrag(tekst):
    assert parse_bedrag(tekst) is None


@pytest.mark.parametrize(
    "bedrag,tekst",
    [
        (D("2150.50"), "€ 2.150,50"),
        (D("2150.5"), "€ 2.150,50"),
        (D("272.084"), "€ 272,08"),
        (D("137.065"), "€ 137,07"),  # ROUND_HALF_UP
        (D("1234567.891"), "€ 1.234.567,89"),
        (D(0), "€ 0,00"),
        (7, "€ 7,00"),
        (D("-3.456"), "€ -3,46"),
    ],
)
def test_format_euro(bedrag, tekst):
    assert format_euro(bedrag) == tekst


def test_format_procent():
    assert format_procent(D("0.04")) == "4 %"
    assert format_procent(D("0.0543")) == "5,43 %"


@settings(max_examples=200)
@given(st.integers(min_value=0, max_value=10**11))
def test_format_euro_en_parse_bedrag_zijn_elkaars_omgekeerde(centen):
    bedrag = D(centen) / 100
    tekst = format_euro(bedrag)
    assert parse_bedrag(tekst) == ParsedBedrag(bedrag.quantize(D("0.01")))
