"""Opening hours in Europe/Amsterdam, with weekends and Dutch public holidays.

Only organisations with opening hours in the data (now: the zorgkantoor's Klantadvies) get an answer; for
all others the status is ONBEKEND. The clock is always passed in (parameter `nu`), so tests and actions
decide which moment it is.
"""

from __future__ import annotations

import functools
from datetime import date, datetime, time, timedelta
from enum import Enum
from zoneinfo import ZoneInfo

import holidays

from .gegevens import Openingstijden, Organisatie, organisatie

TIJDZONE = ZoneInfo("Europe/Amsterdam")


class Openingsstatus(str, Enum):
    OPEN = "open"
    GESLOTEN = "gesloten"
    ONBEKEND = "onbekend"  # no opening hours known


_DAGNAMEN = ("maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag")
_MAANDEN = (
    "januari",
    "februari",
    "maart",
    "april",
    "mei",
    "juni",
    "juli",
    "augustus",
    "september",
    "oktober",
    "november",
    "december",
)

OrgOfId = Organisatie | str


@functools.lru_cache(maxsize=16)
def _feestdagen(jaar: int) -> holidays.HolidayBase:
    return holidays.country_holidays("NL", years=jaar, language="nl")


def feestdag(dag: date) -> str | None:
    """Name of the Dutch public holiday on this day (e.g. 'Koningsdag'), or None."""
    return _feestdagen(dag.year).get(dag)


def _org(org: OrgOfId) -> Organisatie:
    return organisatie(org) if isinstance(org, str) else org


def _lokaal(nu: datetime) -> datetime:
    """To Amsterdam time. A time without a time zone is read as Amsterdam time."""
    if nu.tzinfo is None:
        return nu.replace(tzinfo=TIJDZONE)
    return nu.astimezone(TIJDZONE)


def _uren_op(ot: Openingstijden, dag: date) -> tuple[time, time] | None:
    if ot.feestdagen_gesloten and feestdag(dag):
        return None
    return ot.dagen.get(dag.weekday())


def _tijd_tekst(t: time) -> str:
    return f"{t.hour:02d}.{t.minute:02d} uur"


def openingsstatus(org: OrgOfId, nu: datetime) -> Openingsstatus:
    ot = _org(org).openingstijden
    if ot is None:
        return Openingsstatus.ONBEKEND
    lok = _lokaal(nu)
    uren = _uren_op(ot, lok.date())
    if uren and uren[0] <= lok.time() < uren[1]:
        return Openingsstatus.OPEN
    return Openingsstatus.GESLOTEN


def volgende_opening(org: OrgOfId, nu: datetime) -> datetime | None:
    """The first moment after `nu` at which the organisation opens, in Amsterdam time."""
    ot = _org(org).openingstijden
    if ot is None:
        return None
    lok = _lokaal(nu)
    for extra in range(15):
        dag = lok.date() + timedelta(days=extra)
        uren = _uren_op(ot, dag)
        if not uren:
            continue
        start = datetime.combine(dag, uren[0], tzinfo=TIJDZONE)
        if start > lok:
            return start
    return None


def _dag_tekst(doel: date, vandaag: date) -> str:
    verschil = (doel - vandaag).days
    if verschil == 0:
        return "vandaag"
    if verschil == 1:
        return "morgen"
    if verschil < 7:
        return _DAGNAMEN[doel.weekday()]
    return f"{_DAGNAMEN[doel.weekday()]} {doel.day} {_MAANDEN[doel.month - 1]}"


def bereikbaarheid(org: OrgOfId, nu: datetime) -> str | None:
    """A short text, e.g. 'nu bereikbaar tot 17.00 uur', 'weer bereikbaar morgen om 08.30 uur',
    'weer bereikbaar maandag om 08.30 uur'. None without known opening hours."""
    o = _org(org)
    ot = o.openingstijden
    if ot is None:
        return None
    lok = _lokaal(nu)
    uren = _uren_op(ot, lok.date())
    if uren is not None and openingsstatus(o, lok) is Openingsstatus.OPEN:
        return f"nu bereikbaar tot {_tijd_tekst(uren[1])}"
    start = volgende_opening(o, lok)
    if start is None:
        return None
    return f"weer bereikbaar {_dag_tekst(start.date(), lok.date())} om {_tijd_tekst(start.time())}"


def openingstijden_tekst(org: OrgOfId) -> str | None:
    """The fixed hours without a clock, e.g. 'maandag tot en met vrijdag van 08.30 tot 17.00 uur'."""
    ot = _org(org).openingstijden
    if ot is None or not ot.dagen:
        return None
    dagen = sorted(ot.dagen)
    tijden = {ot.dagen[d] for d in dagen}
    if len(tijden) == 1 and dagen == list(range(dagen[0], dagen[-1] + 1)):
        van, tot = tijden.pop()
        bereik = (
            f"{_DAGNAMEN[dagen[0]]} tot en met {_DAGNAMEN[dagen[-1]]}"
            if len(dagen) > 1
            else _DAGNAMEN[dagen[0]]
        )
        return f"{bereik} van {van.hour:02d}.{van.minute:02d} tot {tot.hour:02d}.{tot.minute:02d} uur"
    delen = [
        f"{_DAGNAMEN[d]} {ot.dagen[d][0].strftime('%H.%M')}-{ot.dagen[d][1].strftime('%H.%M')} uur"
        for d in dagen
    ]
    return ", ".join(delen)
