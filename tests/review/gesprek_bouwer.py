"""Builds events in Rasa's JSON form (as in the tracker store) for the review and feedback tests."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any
from zoneinfo import ZoneInfo

AMSTERDAM = ZoneInfo("Europe/Amsterdam")


def om(dag: str, tijd: str) -> dt.datetime:
    """A moment in Dutch local time, e.g. om("2026-11-03", "10:00")."""
    return dt.datetime.fromisoformat(f"{dag}T{tijd}").replace(tzinfo=AMSTERDAM)


class Bouwer:
    """One sender's events; each event 10 seconds after the previous one."""

    def __init__(self, begin: dt.datetime) -> None:
        self.tijd = begin.timestamp()
        self.gebeurtenissen: list[dict[str, Any]] = []

    def _voeg_toe(self, gebeurtenis: dict[str, Any]) -> Bouwer:
        self.tijd += 10
        self.gebeurtenissen.append({**gebeurtenis, "timestamp": self.tijd})
        return self

    def om(self, moment: dt.datetime) -> Bouwer:
        self.tijd = moment.timestamp()
        return self

    def sessie(self) -> Bouwer:
        self._voeg_toe({"event": "action", "name": "action_session_start"})
        self._voeg_toe({"event": "session_started"})
        return self._voeg_toe({"event": "action", "name": "action_listen"})

    def zeg(
        self,
        tekst: str,
        intent: str,
        zekerheid: float = 1.0,
        ranking: Sequence[tuple[str, float]] | None = None,
        entiteiten: Sequence[dict[str, Any]] = (),
    ) -> Bouwer:
        if self.gebeurtenissen and self.gebeurtenissen[-1].get("name") != "action_listen":
            self._voeg_toe({"event": "action", "name": "action_listen"})
        rangorde = [{"name": n, "confidence": z} for n, z in (ranking or [(intent, zekerheid)])]
        return self._voeg_toe(
            {
                "event": "user",
                "text": tekst,
                "input_channel": "rest",
                "parse_data": {
                    "text": tekst,
                    "intent": {"name": intent, "confidence": zekerheid},
                    "intent_ranking": rangorde,
                    "entities": list(entiteiten),
                },
            }
        )

    def doe(self, *acties: str) -> Bouwer:
        for actie in acties:
            self._voeg_toe({"event": "action", "name": actie})
        return self

    def antwoord(self, tekst: str) -> Bouwer:
        return self._voeg_toe({"event": "bot", "text": tekst, "data": {}})

    def slot(self, naam: str, waarde: Any) -> Bouwer:
        return self._voeg_toe({"event": "slot", "name": naam, "value": waarde})

    def formulier(self, naam: str | None) -> Bouwer:
        return self._voeg_toe({"event": "active_loop", "name": naam})

    def teruggedraaid(self) -> Bouwer:
        return self._voeg_toe({"event": "rewind"})  # UserUtteranceReverted
