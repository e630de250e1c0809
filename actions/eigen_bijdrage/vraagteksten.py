"""Loads vragen.yml: the text and the buttons of each question of the form, in the order shown.

The one table for both what the user sees and what a typed number means: the chat renders the
buttons from it, and on a multiple-choice question "2" is read as the payload of the second button
(`gekozen_knop`), as channels/keuzes.py does where buttons are shown as a numbered list. On an open
question a number is the answer itself, so where buttons would be numbered it is asked without them,
with its tip in the text instead.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

import yaml

VRAGENBESTAND = Path(__file__).with_name("vragen.yml")


@dataclass(frozen=True)
class Knop:
    """One button: what it says, and what it sends (read as if the user typed it).

    optie, naam and woorden only for a choice from a fixed set (the zorgvorm, the partner): the value
    it stands for, its name in the summary, and the typed words that choose it.
    """

    titel: str
    payload: str
    optie: str = ""
    naam: str = ""
    woorden: tuple[str, ...] = ()

    def als_dict(self) -> dict[str, str]:
        """As Rasa sends a button."""
        return {"title": self.titel, "payload": self.payload}


@dataclass(frozen=True)
class Vraagtekst:
    """A question as asked: text (empty when made from the answers) and buttons.

    keuze: a multiple-choice question, where a typed number picks that button; otherwise a number is
    the answer itself ("3" months) and the buttons are shortcuts.
    tip: only for an open question: what to type instead of the buttons, for channels that would
    number them (`zonder_knoppen`).
    """

    tekst: str
    keuze: bool
    knoppen: tuple[Knop, ...]
    tip: str = ""

    def zonder_knoppen(self, tekst: str) -> str:
        """The asked text (`tekst`, filled in) with the tip, for a channel that shows no buttons."""
        return f"{tekst} {self.tip}" if self.tip else tekst


def _knop(blok: dict[str, Any]) -> Knop:
    return Knop(
        titel=str(blok["titel"]),
        payload=str(blok["payload"]),
        optie=str(blok.get("optie") or ""),
        naam=str(blok.get("naam") or ""),
        woorden=tuple(str(woord) for woord in blok.get("woorden") or ()),
    )


@cache
def vraagteksten() -> dict[str, Vraagtekst]:
    """Slot name -> the question as asked, in the file's order."""
    with VRAGENBESTAND.open(encoding="utf-8") as bestand:
        inhoud: dict[str, dict[str, Any]] = yaml.safe_load(bestand)
    return {
        slot: Vraagtekst(
            tekst=str(blok.get("tekst") or ""),
            keuze=bool(blok["keuze"]),
            knoppen=tuple(_knop(knop) for knop in blok.get("knoppen") or ()),
            tip=str(blok.get("tip") or ""),
        )
        for slot, blok in inhoud.items()
    }


def gekozen_knop(tekst: str, knoppen: Sequence[Knop]) -> Knop | None:
    """The button whose number the user typed ("2", "2."); None for any other text.

    As channels/keuzes.py reads it, so both agree on what a number means."""
    schoon = tekst.strip().rstrip(".!")
    # isascii: "²".isdigit() is True, but int("²") fails.
    if schoon.isascii() and schoon.isdigit() and 1 <= int(schoon) <= len(knoppen):
        return knoppen[int(schoon) - 1]
    return None
