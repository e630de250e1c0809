"""Stored events as conversations: one session of one sender, with a reference instead of the id.

A sender (a browser, a Telegram chat, a WhatsApp pseudonym) can come back after days; Rasa then
starts a new session. A conversation here is one session with at least one user message. Its
reference is "G" and the row number of its first user message in the tracker store: stable (rows
are only added, never renumbered), short enough to type, and it says nothing about the sender.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from itertools import groupby
from typing import Any

from components.gespreksbeurten import Beurt, beurten

# (row id, sender id, event in Rasa's JSON form), in the order of the store.
Rij = tuple[int, str, Mapping[str, Any]]
_REFERENTIE = re.compile(r"^[Gg](\d+)$")


class OnbekendeReferentie(ValueError):
    pass


@dataclass(frozen=True)
class Gesprek:
    referentie: str
    gebeurtenissen: tuple[Mapping[str, Any], ...]
    beurten: tuple[Beurt, ...]

    @property
    def start(self) -> float:
        """Unix time of the first user message."""
        return float(self.beurten[0].tijd or 0.0)


def referentie_van(rij_id: int) -> str:
    return f"G{rij_id}"


def rij_van(referentie: str) -> int:
    """The row id in a reference such as "G1234"."""
    gevonden = _REFERENTIE.match(referentie.strip())
    if not gevonden:
        raise OnbekendeReferentie(f"{referentie!r} is geen gespreksreferentie; die ziet eruit als G1234.")
    return int(gevonden.group(1))


def gesprekken(rijen: Iterable[Rij]) -> list[Gesprek]:
    """The conversations in rows ordered by sender and then by row id, oldest first."""
    alle: list[Gesprek] = []
    for _, van_afzender in groupby(rijen, key=lambda rij: rij[1]):
        for sessie in _sessies(list(van_afzender)):
            gesprek = _gesprek(sessie)
            if gesprek:
                alle.append(gesprek)
    return sorted(alle, key=lambda g: (g.start, g.referentie))


def gesprek_met_referentie(rijen: Sequence[Rij], referentie: str) -> Gesprek:
    """The conversation `referentie` among the rows of its sender."""
    for gesprek in gesprekken(rijen):
        if gesprek.referentie == referentie_van(rij_van(referentie)):
            return gesprek
    raise OnbekendeReferentie(f"Gesprek {referentie} staat niet (meer) in de tracker store.")


def _sessies(rijen: list[Rij]) -> list[list[Rij]]:
    """A sender's rows split into sessions: a new one starts at each `session_started`."""
    sessies: list[list[Rij]] = [[]]
    for rij in rijen:
        if rij[2].get("event") == "session_started" and sessies[-1]:
            sessies.append([])
        sessies[-1].append(rij)
    return sessies


def _gesprek(sessie: list[Rij]) -> Gesprek | None:
    eerste_bericht = next((rij_id for rij_id, _, e in sessie if e.get("event") == "user"), None)
    if eerste_bericht is None:
        return None
    gebeurtenissen = tuple(e for _, _, e in sessie)
    return Gesprek(referentie_van(eerste_bericht), gebeurtenissen, tuple(beurten(gebeurtenissen)))
