"""Opening hours of Klantadvies Wlz with a fixed clock (Europe/Amsterdam, weekends, public holidays)."""

from datetime import date, datetime, timezone
from zoneinfo import ZoneInfo

import pytest

from actions.contacten import (
    Openingsstatus,
    bereikbaarheid,
    feestdag,
    openingsstatus,
    openingstijden_tekst,
    organisatie,
    volgende_opening,
)

AMS = ZoneInfo("Europe/Amsterdam")
KA = "klantadvies"


def is_open(org, nu):
    return openingsstatus(org, nu) is Openingsstatus.OPEN


def ams(*args):
    return datetime(*args, tzinfo=AMS)


@pytest.mark.parametrize(
    "nu,verwacht,open_",
    [
        # Wednesday 25 November 2026
        (ams(2026, 11, 25, 10, 0), "nu bereikbaar tot 17.00 uur", True),
        (ams(2026, 11, 25, 8, 30), "nu bereikbaar tot 17.00 uur", True),
        (ams(2026, 11, 25, 16, 59), "nu bereikbaar tot 17.00 uur", True),
        (ams(2026, 11, 25, 7, 45), "weer bereikbaar vandaag om 08.30 uur", False),  # vóór 08.30
        (ams(2026, 11, 25, 0, 5), "weer bereikbaar vandaag om 08.30 uur", False),
        (ams(2026, 11, 25, 17, 0), "weer bereikbaar morgen om 08.30 uur", False),
        (ams(2026, 11, 25, 19, 30), "weer bereikbaar morgen om 08.30 uur", False),  # doordeweekse avond
        # Friday evening -> Monday
        (ams(2026, 11, 27, 17, 30), "weer bereikbaar maandag om 08.30 uur", False),
        # weekend
        (ams(2026, 11, 28, 12, 0), "weer bereikbaar maandag om 08.30 uur", False),
        (ams(2026, 11, 29, 12, 0), "weer bereikbaar morgen om 08.30 uur", False),
        # Koningsdag Monday 27 April 2026: closed, open again on Tuesday
        (ams(2026, 4, 27, 10, 0), "weer bereikbaar morgen om 08.30 uur", False),
        (ams(2026, 4, 24, 18, 0), "weer bereikbaar dinsdag om 08.30 uur", False),
        # Christmas 2026: Friday 25 (Eerste Kerstdag), Saturday 26 (Tweede Kerstdag) -> Monday 28
        (ams(2026, 12, 24, 17, 30), "weer bereikbaar maandag om 08.30 uur", False),
        (ams(2026, 12, 26, 11, 0), "weer bereikbaar maandag om 08.30 uur", False),
        # Tweede Kerstdag on a working day (Friday 26 December 2025)
        (ams(2025, 12, 26, 11, 0), "weer bereikbaar maandag om 08.30 uur", False),
        # Tweede Paasdag Monday 6 April 2026
        (ams(2026, 4, 6, 9, 0), "weer bereikbaar morgen om 08.30 uur", False),
        # Ascension Day Thursday 14 May 2026
        (ams(2026, 5, 13, 18, 0), "weer bereikbaar vrijdag om 08.30 uur", False),
        # New Year's Day Thursday 1 January 2026
        (ams(2025, 12, 31, 17, 0), "weer bereikbaar vrijdag om 08.30 uur", False),
    ],
)
def test_klantadvies(nu, verwacht, open_):
    assert bereikbaarheid(KA, nu) == verwacht
    assert openingsstatus(KA, nu) is (Openingsstatus.OPEN if open_ else Openingsstatus.GESLOTEN)


def test_feestdagen_nederlands():
    assert feestdag(date(2026, 4, 27)) == "Koningsdag"
    assert feestdag(date(2026, 12, 26)) == "Tweede Kerstdag"
    assert feestdag(date(2025, 12, 26)) == "Tweede Kerstdag"
    assert feestdag(date(2026, 11, 25)) is None


def test_goede_vrijdag_telt_als_feestdag_volgens_holidays_nl():
    # The library 'holidays' (NL) counts Good Friday; the bot then says "gesloten".
    assert feestdag(date(2026, 4, 3)) is not None
    assert is_open(KA, ams(2026, 4, 3, 10, 0)) is False


def test_tijdzone_en_zomertijd():
    # 08:00 UTC in November = 09:00 in Amsterdam (winter time): open
    assert is_open(KA, datetime(2026, 11, 25, 8, 0, tzinfo=timezone.utc)) is True
    assert is_open(KA, datetime(2026, 11, 25, 7, 0, tzinfo=timezone.utc)) is False  # 08:00 local
    # summer: 07:00 UTC = 09:00 CEST open; 06:00 UTC = 08:00 closed
    assert is_open(KA, datetime(2026, 7, 1, 7, 0, tzinfo=timezone.utc)) is True
    assert is_open(KA, datetime(2026, 7, 1, 6, 0, tzinfo=timezone.utc)) is False
    # 15:30 UTC in July = 17:30 local: closed
    assert is_open(KA, datetime(2026, 7, 1, 15, 30, tzinfo=timezone.utc)) is False
    # without a time zone = Amsterdam time
    assert is_open(KA, datetime(2026, 11, 25, 10, 0)) is True


def test_volgende_opening():
    start = volgende_opening(KA, ams(2026, 11, 27, 17, 30))
    assert start == ams(2026, 11, 30, 8, 30)
    assert start.tzinfo is not None


def test_verre_volgende_opening_met_datum():
    # Not possible with the real holidays; checks the fixed text only.
    assert openingstijden_tekst(KA) == "maandag tot en met vrijdag van 08.30 tot 17.00 uur"


@pytest.mark.parametrize(
    "oid",
    [
        "klachtencommissie",
        "bezwaar",
        "ciz",
        "cak",
        "svb",
        "nationale_ombudsman",
        "oco_mee_zuid_holland_noord",
    ],
)
def test_anderen_onbekend(oid):
    nu = ams(2026, 11, 25, 10, 0)
    assert openingsstatus(oid, nu) is Openingsstatus.ONBEKEND
    assert bereikbaarheid(oid, nu) is None
    assert volgende_opening(oid, nu) is None
    assert openingstijden_tekst(oid) is None


def test_organisatie_object_of_id():
    nu = ams(2026, 11, 25, 10, 0)
    assert bereikbaarheid(organisatie(KA), nu) == bereikbaarheid(KA, nu)
