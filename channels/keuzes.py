"""Remembers the buttons of the bot's last message per user, so a typed "2" can choose the second.

Used by the channels that show buttons as a numbered list: WhatsApp and the staff terminal. Where a
number is the answer itself (an open question of the eigen-bijdrage form: months, an amount), the
question reaches these channels without buttons, so a typed "2" stays 2 (GENUMMERDE_KANALEN in
actions/eigen_bijdrage_acties.py names these channels).
"""

from collections import OrderedDict
from collections.abc import Sequence

# Enough for every conversation that is active at the same time; the oldest user is forgotten first.
MAX_AFZENDERS = 5000


class KeuzeGeheugen:
    """Per sender the button payloads of the last bot message (in memory, per Rasa process)."""

    def __init__(self, max_afzenders: int = MAX_AFZENDERS) -> None:
        self._max_afzenders = max_afzenders
        self._payloads: OrderedDict[str, list[str]] = OrderedDict()

    def onthoud(self, afzender: str, payloads: Sequence[str]) -> None:
        self._payloads[afzender] = list(payloads)
        self._payloads.move_to_end(afzender)
        while len(self._payloads) > self._max_afzenders:
            self._payloads.popitem(last=False)

    def vergeet(self, afzender: str) -> None:
        self._payloads.pop(afzender, None)

    def vertaal(self, afzender: str, tekst: str) -> str:
        """The payload of the button with the number the user typed; any other text unchanged.

        A payload "/intent{...}" is sent as text too: Rasa reads it as that intent.
        """
        schoon = tekst.strip()
        payloads = self._payloads.get(afzender, [])
        # isascii: "²".isdigit() is True, but int("²") fails.
        if schoon.isascii() and schoon.isdigit() and 1 <= int(schoon) <= len(payloads):
            return payloads[int(schoon) - 1]
        return tekst
