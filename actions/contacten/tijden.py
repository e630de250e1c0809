"""Bereikbaarheid (openingstijden) in Europe/Amsterdam, met weekend en Nederlandse feestdagen.

Alleen organisaties met openingstijden in organisaties.yml (nu: Klantadvies Wlz) krijgen een antwoord;
voor alle andere is de status "onbekend". De klok wordt altijd meegegeven (parameter `nu`), zodat
tests en acties zelf bepalen welk moment het is.
"""

from __future__ import annotations

import functools
from datetime import date, datetime, timedelta
from typing import Optional, Union
from zoneinfo import ZoneInfo

import holidays

from .gegevens import Organisatie, Openingstijden, organisatie

TIJDZONE = ZoneInfo("Europe/Amsterdam")
OPEN = "open"
GESLOTEN = "gesloten"
ONBEKEND = "onbekend"

_DAGNAMEN = ("maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag")
_MAANDEN = (
    "januari", "februari", "maart", "april", "mei", "juni",
    "juli", "augustus", "september", "oktober", "november", "december",
)

OrgOfId = Union[Organisatie, str]


@functools.lru_cache(maxsize=16)
def _feestdagen(jaar: int) -> holidays.HolidayBase:
    return holidays.country_holidays("NL", years=jaar, language="nl")


def feestdag(dag: date) -> Optional[str]:
    """Naam van de Nederlandse feestdag op deze dag (bijv. 'Koningsdag'), of None."""
    return _feestdagen(dag.year).get(dag)


def _org(org: OrgOfId) -> Organisatie:
    return organisatie(org) if isinstance(org, str) else org


def _lokaal(nu: datetime) -> datetime:
    """Naar Amsterdamse tijd. Een tijd zonder tijdzone wordt als Amsterdamse tijd gelezen."""
    if nu.tzinfo is None:
        return nu.replace(tzinfo=TIJDZONE)
    return nu.astimezone(TIJDZONE)


def _uren_op(ot: Openingstijden, dag: date):
    if ot.feestdagen_gesloten and feestdag(dag):
        return None
    return ot.dagen.get(dag.weekday())


def _tijd_tekst(t) -> str:
    return f"{t.hour:02d}.{t.minute:02d} uur"


def openingsstatus(org: OrgOfId, nu: datetime) -> str:
    """'open', 'gesloten' of 'onbekend' (geen openingstijden bekend)."""
    ot = _org(org).openingstijden
    if ot is None:
        return ONBEKEND
    lok = _lokaal(nu)
    uren = _uren_op(ot, lok.date())
    if uren and uren[0] <= lok.time() < uren[1]:
        return OPEN
    return GESLOTEN


def is_open(org: OrgOfId, nu: datetime) -> Optional[bool]:
    """True/False, of None als de openingstijden onbekend zijn (zie openingsstatus voor 'onbekend')."""
    status = openingsstatus(org, nu)
    return None if status == ONBEKEND else status == OPEN


def volgende_opening(org: OrgOfId, nu: datetime) -> Optional[datetime]:
    """Eerstvolgende moment (na nu) waarop de organisatie opengaat, in Amsterdamse tijd."""
    ot = _org(org).openingstijden
    if ot is None:
        return None
    lok = _lokaal(nu)
    for extra in range(0, 15):
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


def bereikbaarheid(org: OrgOfId, nu: datetime) -> str:
    """Korte tekst, bijv. 'nu bereikbaar tot 17.00 uur', 'weer bereikbaar morgen om 08.30 uur',
    'weer bereikbaar maandag om 08.30 uur'. Zonder bekende openingstijden: 'onbekend'."""
    o = _org(org)
    ot = o.openingstijden
    if ot is None:
        return ONBEKEND
    lok = _lokaal(nu)
    if openingsstatus(o, lok) == OPEN:
        uren = _uren_op(ot, lok.date())
        return f"nu bereikbaar tot {_tijd_tekst(uren[1])}"
    start = volgende_opening(o, lok)
    if start is None:
        return ONBEKEND
    return f"weer bereikbaar {_dag_tekst(start.date(), lok.date())} om {_tijd_tekst(start.time())}"


def openingstijden_tekst(org: OrgOfId) -> Optional[str]:
    """Vaste tekst zonder klok, bijv. 'maandag tot en met vrijdag van 08.30 tot 17.00 uur'."""
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
