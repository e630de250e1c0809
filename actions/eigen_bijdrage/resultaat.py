"""The estimate in words, the same for the chat and the command line.

Short first: one message with the amount, laag or hoog and why, that it is an indication under that
year's rules and where to check it; a second one only for what changes after four months and the
assumptions taken. The step-by-step explanation is kept apart, for a "Meer uitleg" button.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from math import ceil

from .model import Bijdragesoort, Uitkomst
from .regels import EERSTE_MAANDEN
from .vragen import Aanname

# Messages of the explanation, and words per message (the bot's aim for one turn).
MAX_UITLEG = 3
WOORDEN_PER_BERICHT = 90
# Up to this many assumptions are named in the short result; more are only counted.
KORT_GENOEMDE_AANNAMES = 2


@dataclass(frozen=True)
class Resultaat:
    berichten: tuple[str, ...]  # shown at once: the result, and at most one more
    meer_uitleg: tuple[str, ...]  # the step-by-step explanation, shown on request (at most MAX_UITLEG)


def voorbehoud(jaar: int) -> str:
    return (
        f"Dit is een indicatie met de regels van {jaar}. "
        "Reken het na met de rekenhulp van het CAK op www.hetcak.nl."
    )


def resultaat(uitkomst: Uitkomst, aannames: Sequence[Aanname] = ()) -> Resultaat:
    if uitkomst.soort == Bijdragesoort.GEEN:
        return Resultaat((f"{uitkomst.reden} {voorbehoud(uitkomst.jaar)}",), ())
    kern = (
        f"Uw eigen bijdrage in {uitkomst.jaar} is naar schatting {uitkomst.bedrag_tekst}. "
        f"{uitkomst.reden} {voorbehoud(uitkomst.jaar)}"
    )
    vervolg = " ".join(deel for deel in (_na_vier_maanden(uitkomst), _aannames_kort(aannames)) if deel)
    uitleg_aannames: tuple[str, ...] = ()
    if aannames:
        uitleg_aannames = ("Hiervan ben ik uitgegaan:\n" + _lijst(a.tekst(uitkomst.jaar) for a in aannames),)
    stappen = _in_delen(uitkomst.stappen, MAX_UITLEG - len(uitleg_aannames))
    return Resultaat((kern, vervolg) if vervolg else (kern,), stappen + uitleg_aannames)


def als_tekst(uitkomst: Uitkomst) -> str:
    """The whole result as one text (the command line): the short part, then the explanation."""
    delen = resultaat(uitkomst)
    return "\n\n".join(delen.berichten + delen.meer_uitleg)


def _na_vier_maanden(uitkomst: Uitkomst) -> str:
    later = uitkomst.na_vier_maanden
    if later is None:
        return ""
    if later.soort == uitkomst.soort:
        return f"Na {EERSTE_MAANDEN} maanden blijft het de {later.soort.naam}."
    return f"Na {EERSTE_MAANDEN} maanden wordt het de {later.soort.naam}: {later.bedrag_tekst}."


def _aannames_kort(aannames: Sequence[Aanname]) -> str:
    if not aannames:
        return ""
    if len(aannames) > KORT_GENOEMDE_AANNAMES:
        return "Ik ben uitgegaan van een paar aannames. U leest ze onder 'Meer uitleg'."
    return f"Hiervan ben ik uitgegaan: {' en '.join(a.kort for a in aannames)}."


def _lijst(regels: Iterable[str]) -> str:
    return "\n".join(f"- {regel}" for regel in regels)


def _in_delen(stappen: Sequence[str], ruimte: int) -> tuple[str, ...]:
    """The steps as at most `ruimte` messages of about equal length, cut between steps."""
    woorden = [len(stap.split()) for stap in stappen]
    aantal = max(1, min(ruimte, ceil(sum(woorden) / WOORDEN_PER_BERICHT)))
    per_deel = sum(woorden) / aantal
    delen: list[list[str]] = [[]]
    geteld = 0
    for stap, lengte in zip(stappen, woorden, strict=True):
        if delen[-1] and len(delen) < aantal and geteld >= per_deel * len(delen):
            delen.append([])
        delen[-1].append(stap)
        geteld += lengte
    return tuple(
        ("Zo heb ik gerekend:\n" if nummer == 0 else "") + _lijst(deel) for nummer, deel in enumerate(delen)
    )
