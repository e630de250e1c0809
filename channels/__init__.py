"""Custom Rasa input channels for WhatsApp (via Twilio) and Telegram.

Referenced by class path in a credentials file, e.g. `channels.twilio_whatsapp.WhatsAppInput`.
"""

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, TypeVar

if TYPE_CHECKING:
    from rasa.core.channels.channel import InputChannel

Kanaal = TypeVar("Kanaal", bound="InputChannel")


def uit_credentials(kanaal: type[Kanaal], credentials: dict[str, Any] | None, namen: Sequence[str]) -> Kanaal:
    """The input channel `kanaal` made from its entry in a credentials file: each of `namen` is
    passed as the keyword argument of that name (None when the entry lacks it). Without any
    credentials Rasa's own error for the channel, as Rasa's channels do."""
    if not credentials:
        kanaal.raise_missing_credentials_exception()
    assert credentials is not None  # the call above raises
    return kanaal(**{naam: credentials.get(naam) for naam in namen})
