"""Bereikbaarheid van Klantadvies Wlz met een vaste klok (Europe/Amsterdam, weekend, feestdagen)."""

from datetime import date, datetime, timezone
from zoneinfo import ZoneInfo

import pytest

from actions.contacten import (
    bereikbaarheid,
    feestdag,
    is_open,
    openingsstatus,
    openingstijden_tekst,
    organisatie,
    volgende_opening,
)

AMS = ZoneInfo("Europe/Amsterdam")
KA = "zz_klantadvies"


def ams(*args):
    return datetime(*args, tzinfo=AMS)


@pytest.mark.parametrize(
    "nu,verwacht,open_",
    [
        # woensdag 25 november 2026
        (ams(2026, 11, 25, 10, 0), "nu bereikbaar tot 17.00 uur", True),
        (ams(2026, 11, 25, 8, 30), "nu bereikbaar tot 17.00 uur", True),
        (ams(2026, 11, 25, 16, 59), "nu bereikbaar tot 17.00 uur", True),
        (ams(2026, 11, 25, 7, 45), "weer bereikbaar vandaag om 08.30 uur", False),  # vóór 08.30
        (ams(2026, 11, 25, 0, 5), "weer bereikbaar vandaag om 08.30 uur", False),
        (ams(2026, 11, 25, 17, 0), "weer bereikbaar morgen om 08.30 uur", False),
        (ams(2026, 11, 25, 19, 30), "weer bereikbaar morgen om 08.30 uur", False),  # doordeweekse avond
        # vrijdagavond -> maandag
        (ams(2026, 11, 27, 17, 30), "weer bereikbaar maandag om 08.30 uur", False),
        # weekend
        (ams(2026, 11, 28, 12, 0), "weer bereikbaar maandag om 08.30 uur", False),
        (ams(2026, 11, 29, 12, 0), "weer bereikbaar morgen om 08.30 uur", False),
        # Koningsdag maandag 27 april 2026: gesloten, dinsdag weer open
        (ams(2026, 4, 27, 10, 0), "weer bereikbaar morgen om 08.30 uur", False),
        (ams(2026, 4, 24, 18, 0), "weer bereikbaar dinsdag om 08.30 uur", False),
        # Kerst 2026: vrijdag 25 (Eerste Kerstdag), zaterdag 26 (Tweede Kerstdag) -> maandag 28
        (ams(2026, 12, 24, 17, 30), "weer bereikbaar maandag om 08.30 uur", False),
        (ams(2026, 12, 26, 11, 0), "weer bereikbaar maandag om 08.30 uur", False),
        # Tweede Kerstdag op een werkdag (vrijdag 26 december 2025)
        (ams(2025, 12, 26, 11, 0), "weer bereikbaar maandag om 08.30 uur", False),
        # Tweede Paasdag maandag 6 april 2026
        (ams(2026, 4, 6, 9, 0), "weer bereikbaar morgen om 08.30 uur", False),
        # Hemelvaart donderdag 14 mei 2026
        (ams(2026, 5, 13, 18, 0), "weer bereikbaar vrijdag om 08.30 uur", False),
        # Nieuwjaarsdag donderdag 1 januari 2026
        (ams(2025, 12, 31, 17, 0), "weer bereikbaar vrijdag om 08.30 uur", False),
    ],
)
def test_klantadvies(nu, verwacht, open_):
    assert bereikbaarheid(KA, nu) == verwacht
    assert is_open(KA, nu) is open_
    assert openingsstatus(KA, nu) == ("open" if open_ else "gesloten")


def test_feestdagen_nederlands():
    assert feestdag(date(2026, 4, 27)) == "Koningsdag"
    assert feestdag(date(2026, 12, 26)) == "Tweede Kerstdag"
    assert feestdag(date(2025, 12, 26)) == "Tweede Kerstdag"
    assert feestdag(date(2026, 11, 25)) is None


def test_goede_vrijdag_telt_als_feestdag_volgens_holidays_nl():
    # De bibliotheek 'holidays' (NL) rekent Goede Vrijdag mee; de bot zegt dan dus "gesloten".
    assert feestdag(date(2026, 4, 3)) is not None
    assert is_open(KA, ams(2026, 4, 3, 10, 0)) is False


def test_tijdzone_en_zomertijd():
    # 08:00 UTC in november = 09:00 in Amsterdam (wintertijd): open
    assert is_open(KA, datetime(2026, 11, 25, 8, 0, tzinfo=timezone.utc)) is True
    assert is_open(KA, datetime(2026, 11, 25, 7, 0, tzinfo=timezone.utc)) is False  # 08:00 lokaal
    # zomer: 07:00 UTC = 09:00 CEST open; 06:00 UTC = 08:00 dicht
    assert is_open(KA, datetime(2026, 7, 1, 7, 0, tzinfo=timezone.utc)) is True
    assert is_open(KA, datetime(2026, 7, 1, 6, 0, tzinfo=timezone.utc)) is False
    # 15:30 UTC in juli = 17:30 lokaal: dicht
    assert is_open(KA, datetime(2026, 7, 1, 15, 30, tzinfo=timezone.utc)) is False
    # zonder tijdzone = Amsterdamse tijd
    assert is_open(KA, datetime(2026, 11, 25, 10, 0)) is True


def test_volgende_opening():
    start = volgende_opening(KA, ams(2026, 11, 27, 17, 30))
    assert start == ams(2026, 11, 30, 8, 30)
    assert start.tzinfo is not None


def test_verre_volgende_opening_met_datum():
    # Niet mogelijk met de echte feestdagen; controleer alleen de vaste tekst.
    assert openingstijden_tekst(KA) == "maandag tot en met vrijdag van 08.30 tot 17.00 uur"


@pytest.mark.parametrize(
    "oid",
    ["zz_klachtencommissie", "zz_bezwaar", "ciz", "cak", "svb", "nationale_ombudsman", "oco_mee_zuid_holland_noord"],
)
def test_anderen_onbekend(oid):
    nu = ams(2026, 11, 25, 10, 0)
    assert openingsstatus(oid, nu) == "onbekend"
    assert is_open(oid, nu) is None
    assert bereikbaarheid(oid, nu) == "onbekend"
    assert volgende_opening(oid, nu) is None
    assert openingstijden_tekst(oid) is None


def test_organisatie_object_of_id():
    nu = ams(2026, 11, 25, 10, 0)
    assert bereikbaarheid(organisatie(KA), nu) == bereikbaarheid(KA, nu)
