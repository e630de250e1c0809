"""Masking inside Rasa: every user message and every log line, before Rasa stores or writes it.

Rasa turns each incoming channel message into a `UserMessage`, whose text becomes the `user`
event in the tracker store (text, parse data, entities and the slots filled from them). Masking in
`UserMessage.__init__` is therefore the one entry point that every channel shares (REST, socket.io,
Telegram, WhatsApp, `rasa shell`, the HTTP API): no later component sees the raw value. A log
record factory masks what any logger writes, at every level, as a second line of defence.
"""

from __future__ import annotations

import functools
import logging
from collections.abc import Callable
from typing import Any

from rasa.core.channels.channel import UserMessage

from privacy.maskering import maskeer
from server.rasa_versie import controleer_rasa_versie

# Intent triggers (`/intent`) are not read by NLU; these two give a friendly answer (rules in
# data/rules/gesprek.yml) instead of storing what could not be read.
TE_LANG = "/bericht_te_lang"
ONLEESBAAR = "/bericht_onleesbaar"

logger = logging.getLogger(__name__)
_MARKERING = "_wlz_maskering"


def bereid_tekst_voor(tekst: Any, max_tekens: int) -> Any:
    """What Rasa may keep of a user's text: masked, and not longer than `max_tekens`."""
    if not isinstance(tekst, str) or not tekst:
        return tekst
    if len(tekst) > max_tekens:
        return TE_LANG
    try:
        return maskeer(tekst).tekst
    except Exception:  # never store or log a text that could not be masked (logged below)
        logger.exception("Masking failed; the message is replaced, not stored.")
        return ONLEESBAAR


def installeer(max_tekens: int) -> None:
    """Masks every UserMessage and log record from now on in this process (once)."""
    controleer_rasa_versie("De maskering van persoonsgegevens", "server/rasa_maskering.py")
    if getattr(UserMessage, _MARKERING, False):
        return
    origineel: Callable[..., None] = UserMessage.__init__

    @functools.wraps(origineel)
    def init(self: UserMessage, text: Any = None, *args: Any, **kwargs: Any) -> None:
        origineel(self, bereid_tekst_voor(text, max_tekens), *args, **kwargs)

    UserMessage.__init__ = init
    setattr(UserMessage, _MARKERING, True)
    logging.setLogRecordFactory(_maskerende_factory(logging.getLogRecordFactory()))


def _maskerende_factory(vorige: Callable[..., logging.LogRecord]) -> Callable[..., logging.LogRecord]:
    def maak(*args: Any, **kwargs: Any) -> logging.LogRecord:
        record = vorige(*args, **kwargs)
        try:
            bericht = record.getMessage()
            gemaskeerd = maskeer(bericht)
        except Exception:  # noqa: BLE001 - a log line that cannot be checked is not written as is
            record.msg, record.args = "[logregel niet leesbaar]", None
            return record
        if gemaskeerd.gemaskeerd:
            record.msg, record.args = gemaskeerd.tekst, None
        return record

    return maak
