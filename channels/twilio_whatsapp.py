"""WhatsApp through Twilio: Rasa's Twilio channel plus a signature check, pseudonyms and text-only
replies.

Rasa's own `TwilioInput` accepts any POST, so anyone who knows the URL could talk to the bot
under someone else's phone number. This channel only accepts requests signed by Twilio.

Rasa's own channel also uses Twilio's `From` (the user's phone number) as sender id, which is the
conversation key in the tracker store and in Rasa's logs. Here the sender id is a pseudonym, an
HMAC of `From` with a secret key; the number itself only lives in the output channel of the
request, which sends the replies to it.
"""

import hashlib
import hmac
import logging
from collections.abc import Awaitable, Callable
from typing import Any
from urllib.parse import parse_qs

from rasa.core.channels.channel import InputChannel, UserMessage
from rasa.core.channels.twilio import TwilioInput, TwilioOutput
from rasa.shared.exceptions import RasaException
from sanic import Blueprint, response
from sanic.request import Request, RequestParameters
from sanic.response import HTTPResponse
from twilio.base.exceptions import TwilioRestException
from twilio.request_validator import RequestValidator

from channels import uit_credentials
from channels.berichten import met_genummerde_keuzes, splits_bericht
from channels.keuzes import KeuzeGeheugen

logger = logging.getLogger(__name__)

KANAAL = "whatsapp"
SLEUTEL_VARIABELE = "WLZ_PSEUDONIEM_SLEUTEL"
MIN_SLEUTEL_TEKENS = 16


def controleer_sleutel(pseudonym_key: Any) -> bytes:
    """The pseudonym_key credential as bytes, or a RasaException that says what is needed."""
    if isinstance(pseudonym_key, str) and len(pseudonym_key) >= MIN_SLEUTEL_TEKENS:
        return pseudonym_key.encode("utf-8")
    raise RasaException(
        f"Het WhatsApp-kanaal heeft in {SLEUTEL_VARIABELE} (credential `pseudonym_key`) een geheime "
        f"sleutel van minstens {MIN_SLEUTEL_TEKENS} tekens nodig; daarmee worden telefoonnummers "
        f'vervangen door een pseudoniem. Maak er een met: python3 -c "import secrets; '
        f'print(secrets.token_urlsafe(32))"'
    )


def maak_pseudoniem(sleutel: bytes, afzender: str) -> str:
    """The conversation id for Twilio's `From` (e.g. "whatsapp:+316..."): the same for the same
    sender and key, and without the key not traceable to the number."""
    return "whatsapp-" + hmac.new(sleutel, afzender.encode("utf-8"), hashlib.sha256).hexdigest()[:32]


class WhatsAppOutput(TwilioOutput):
    """Sends buttons as a numbered list and long texts as several messages.

    Made per incoming message and bound to the sender's real number (`ontvanger`): Rasa passes
    the pseudonym as recipient_id, which is only used as the key of the numbered choices.
    """

    @classmethod
    def name(cls) -> str:
        return KANAAL

    def __init__(
        self,
        account_sid: str | None,
        auth_token: str | None,
        twilio_number: str | None,
        keuzes: KeuzeGeheugen,
        ontvanger: str | None = None,
    ) -> None:
        super().__init__(account_sid, auth_token, twilio_number)
        self.keuzes = keuzes
        self.ontvanger = ontvanger

    async def _send_message(self, message_data: dict[str, Any]) -> Any:
        # Never to the recipient_id Rasa passes (a pseudonym, or a "to" in a custom payload).
        if not self.ontvanger:
            # E.g. Rasa's HTTP API with output_channel=whatsapp: the pseudonym cannot be
            # turned back into a number.
            logger.warning("WhatsApp: no phone number known for this conversation; message not sent.")
            return None
        try:
            return self.messages.create(**{**message_data, "to": self.ontvanger})
        except TwilioRestException as error:
            # Not Twilio's message text: it can contain the phone number.
            logger.error("WhatsApp: Twilio refused a message (HTTP %s, code %s).", error.status, error.code)
            return None

    async def send_response(self, recipient_id: str, message: dict[str, Any]) -> None:
        # A number typed by the user refers to the message right above it; the buttons of an
        # older message no longer count.
        self.keuzes.vergeet(recipient_id)
        await super().send_response(recipient_id, message)

    async def send_text_message(self, recipient_id: str, text: str, **kwargs: Any) -> None:
        for deel in splits_bericht(text):
            await self._send_message({"from_": self.twilio_number, "body": deel})

    async def send_text_with_buttons(
        self, recipient_id: str, text: str, buttons: list[dict[str, Any]], **kwargs: Any
    ) -> None:
        self.keuzes.onthoud(recipient_id, [knop["payload"] for knop in buttons])
        await self.send_text_message(recipient_id, met_genummerde_keuzes(text, buttons))


class WhatsAppInput(TwilioInput):
    """Webhook `/webhooks/whatsapp/webhook` for Twilio's WhatsApp (or SMS) messages."""

    @classmethod
    def name(cls) -> str:
        return KANAAL

    @classmethod
    def from_credentials(cls, credentials: dict[str, Any] | None) -> InputChannel:
        return uit_credentials(
            cls, credentials, ("account_sid", "auth_token", "twilio_number", "webhook_url", "pseudonym_key")
        )

    def __init__(
        self,
        account_sid: str | None,
        auth_token: str | None,
        twilio_number: str | None,
        webhook_url: str | None = None,
        *,
        pseudonym_key: str | None,
    ) -> None:
        super().__init__(account_sid, auth_token, twilio_number)
        # Twilio signs the public URL. Behind a proxy or tunnel Rasa sees another URL
        # (http instead of https, an internal host), so the public one can be configured.
        self.webhook_url = webhook_url
        self._pseudoniem_sleutel = controleer_sleutel(pseudonym_key)
        # Shared by all output channels of this input channel: one is made per request.
        self.keuzes = KeuzeGeheugen()

    def is_van_twilio(self, request: Request) -> bool:
        handtekening = request.headers.get("X-Twilio-Signature")
        if not handtekening or not self.auth_token:
            return False
        # Not `request.form`: Sanic drops empty fields there, but Twilio signs them too.
        velden = RequestParameters(parse_qs(request.body.decode("utf-8", "replace"), keep_blank_values=True))
        url = self.webhook_url or request.url
        return RequestValidator(self.auth_token).validate(url, velden, handtekening)

    def blueprint(self, on_new_message: Callable[[UserMessage], Awaitable[Any]]) -> Blueprint:
        whatsapp_webhook = Blueprint("whatsapp_webhook", __name__)

        @whatsapp_webhook.route("/", methods=["GET"])
        async def health(_: Request) -> HTTPResponse:
            return response.json({"status": "ok"})

        @whatsapp_webhook.route("/webhook", methods=["POST"])
        async def message(request: Request) -> HTTPResponse:
            if not self.is_van_twilio(request):
                logger.warning("WhatsApp webhook: request without a valid Twilio signature refused.")
                return response.text("", status=403)

            sender = request.form.get("From")
            text = request.form.get("Body")
            if self._is_location_message(request):
                # Same text as Rasa's Twilio channel, so stories work in both.
                text = "/locationData{{'Latitude': {lat},'Longitude': {long}}}".format(
                    lat=request.form.get("Latitude"), long=request.form.get("Longitude")
                )
            if sender is None or text is None:
                logger.debug("WhatsApp webhook: message without sender or text ignored.")
                return response.text("", status=204)

            # From here on the phone number only goes to the output channel, which replies to it.
            gesprek = self.pseudoniem(sender)
            # "¡" is how some SMS carriers corrupt "@" (as in Rasa's Twilio channel).
            text = self.keuzes.vertaal(gesprek, text.replace("¡", "@"))
            await on_new_message(
                UserMessage(
                    text,
                    self.get_output_channel(ontvanger=sender),
                    gesprek,
                    input_channel=self.name(),
                    metadata=self.get_metadata(request),
                )
            )
            return response.text("", status=204)

        return whatsapp_webhook

    def pseudoniem(self, afzender: str) -> str:
        return maak_pseudoniem(self._pseudoniem_sleutel, afzender)

    def get_output_channel(self, ontvanger: str | None = None) -> WhatsAppOutput:
        """Without `ontvanger` (the real number) the channel cannot send anything."""
        return WhatsAppOutput(self.account_sid, self.auth_token, self.twilio_number, self.keuzes, ontvanger)
