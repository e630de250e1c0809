"""Masking of personal data in what users type (privacy/maskering.py)."""

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from stdnum.nl import bsn as stdnum_bsn

from privacy.maskering import Soort, maskeer

VANDAAG = dt.date(2026, 11, 27)


def gemaskeerd(tekst: str) -> str:
    return maskeer(tekst, VANDAAG).tekst


@pytest.mark.parametrize(
    "tekst, verwacht",
    [
        ("mijn bsn is 123456782", "mijn bsn is [BSN]"),
        ("bsn 1234.56.782 van mijn moeder", "bsn [BSN] van mijn moeder"),
        ("123 456 782", "[BSN]"),
        ("BSN123456782", "BSN[BSN]"),
        ("het is 123-456-782.", "het is [BSN]."),
        ("iban NL91 ABNA 0417 1643 00 graag", "iban [IBAN] graag"),
        ("nl91abna0417164300", "[IBAN]"),
        ("DE89 3704 0044 0532 0130 00", "[IBAN]"),
        ("bel me op 06-12345678", "bel me op [TELEFOONNUMMER]"),
        ("0612345678", "[TELEFOONNUMMER]"),
        ("+31 6 12345678 of 0031612345678", "[TELEFOONNUMMER] of [TELEFOONNUMMER]"),
        ("ik belde (071) 5 825 888", "ik belde [TELEFOONNUMMER]"),
        ("071-5825888", "[TELEFOONNUMMER]"),
        ("mail jan.de-vries+wlz@example.nl even", "mail [E-MAIL] even"),
        ("geboren 12-03-1945", "geboren [GEBOORTEDATUM]"),
        ("12 maart 1945", "[GEBOORTEDATUM]"),
        ("1945-03-12", "[GEBOORTEDATUM]"),
        ("12/3/45", "[GEBOORTEDATUM]"),
        ("mijn kleinzoon is geboren op 3 mei 2020", "mijn kleinzoon is geboren op [GEBOORTEDATUM]"),
    ],
)
def test_persoonsgegevens_worden_vervangen(tekst: str, verwacht: str) -> None:
    assert gemaskeerd(tekst) == verwacht


@pytest.mark.parametrize(
    "tekst",
    [
        "30000",
        "€ 2.150,50 per maand",
        "2312 AB",
        "postcode 2312AB in Leiden",
        "2025",
        "inkomen 2150 per maand en vermogen 45000",
        # Nine digits that fail the elfproef: an amount, not a BSN.
        "ik heb 123456789 euro",
        "bsn 123456789",
        # Nine digits that pass the elfproef but follow a euro sign: an amount.
        "€ 123.456.782",
        "1.234.567",
        # An IBAN with a wrong check digit is not one.
        "NL91 ABNA 0417 1643 01",
        # A recent date is not a date of birth (a letter, an admission, the peildatum).
        "op 1 januari 2024 had ik 30000 spaargeld",
        "de brief van 14-10-2026",
        "ik ben 85 jaar",
        "24 uur per dag zorg",
    ],
)
def test_gewone_getallen_blijven_staan(tekst: str) -> None:
    assert gemaskeerd(tekst) == tekst
    assert not maskeer(tekst, VANDAAG).gemaskeerd


def test_welke_soorten_gevonden_zijn() -> None:
    resultaat = maskeer("bsn 123456782, mail a@b.nl, tel 0612345678", VANDAAG)
    assert resultaat.soorten == {Soort.BSN, Soort.EMAIL, Soort.TELEFOON}


def bsn_nummers() -> st.SearchStrategy[str]:
    """Valid BSNs: eight digits and the ninth that makes the elfproef pass."""

    def maak(cijfers: str) -> str | None:
        for laatste in "0123456789":
            if stdnum_bsn.is_valid(cijfers + laatste):
                return cijfers + laatste
        return None

    return st.from_regex(r"[1-9][0-9]{7}", fullmatch=True).map(maak).filter(lambda b: b is not None)


@settings(max_examples=300, deadline=None)
@given(voor=st.text(max_size=40), bsn=bsn_nummers(), na=st.text(max_size=40))
def test_een_geldig_bsn_blijft_nooit_staan(voor: str, bsn: str, na: str) -> None:
    tekst = f"{voor} {bsn} {na}"
    assert bsn not in gemaskeerd(tekst)


@settings(max_examples=500, deadline=None)
@given(st.text(max_size=300))
def test_elke_tekst_geeft_een_tekst_en_tweemaal_maskeren_verandert_niets(tekst: str) -> None:
    eenmaal = gemaskeerd(tekst)
    assert isinstance(eenmaal, str)
    assert gemaskeerd(eenmaal) == eenmaal
