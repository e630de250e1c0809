"""Turning bot messages into plain text for channels that cannot show buttons or long texts."""

import re
from collections.abc import Sequence
from typing import Any

# Twilio cuts WhatsApp messages at 1600 characters; 1000 keeps each message readable on a phone.
MAX_TEKENS = 1000
KIES_NUMMER = "Typ het nummer van uw keuze."

# From coarse to fine: paragraphs, lines, sentences, words. Each level is only used for a
# piece that is still too long, and the pieces are glued back together with the separator.
_SCHEIDINGEN = (
    (re.compile(r"\n\s*\n"), "\n\n"),
    (re.compile(r"\n"), "\n"),
    (re.compile(r"(?<=[.!?])\s+"), " "),
    (re.compile(r"\s+"), " "),
)


def met_genummerde_keuzes(tekst: str, knoppen: Sequence[dict[str, Any]]) -> str:
    """The text followed by the buttons as a numbered list ("1. Wat is de Wlz?")."""
    keuzes = "\n".join(f"{nummer}. {knop['title']}" for nummer, knop in enumerate(knoppen, start=1))
    return "\n\n".join(deel for deel in ((tekst or "").strip(), keuzes, KIES_NUMMER) if deel)


def splits_bericht(tekst: str, max_tekens: int = MAX_TEKENS) -> list[str]:
    """Messages of at most `max_tekens`, split at paragraphs, then lines, sentences and words.

    Short paragraphs stay together in one message: fewer messages arrive in the right order more
    reliably, and each message reads as a whole.
    """
    return _splits(tekst.strip(), max_tekens, 0)


def _splits(tekst: str, max_tekens: int, niveau: int) -> list[str]:
    if len(tekst) <= max_tekens:
        return [tekst] if tekst else []
    if niveau == len(_SCHEIDINGEN):
        # One "word" longer than a message (a long link): cutting it is the only option.
        return [tekst[i : i + max_tekens] for i in range(0, len(tekst), max_tekens)]
    scheiding, lijm = _SCHEIDINGEN[niveau]
    berichten: list[str] = []
    for stuk in scheiding.split(tekst):
        for deel in _splits(stuk.strip(), max_tekens, niveau + 1):
            if berichten and len(berichten[-1]) + len(lijm) + len(deel) <= max_tekens:
                berichten[-1] += lijm + deel
            else:
                berichten.append(deel)
    return berichten
