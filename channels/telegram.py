"""Telegram: Rasa's Telegram channel with three fixes for Rasa 3.6 + aiogram 2.15.

1. Rasa sets the webhook at start-up inside `asyncio.run()`. aiogram then keeps an HTTP session
   that belongs to that finished event loop, and every later call (the `get_me` check on each
   update, every reply) fails with "Event loop is closed": the bot never answers. Here the
   session is closed after setting the webhook, so aiogram opens a new one in the server's loop.
2. Rasa puts all buttons on one row, where Telegram cuts long Dutch titles short. Here each
   button gets its own row, unless a response asks for another `button_type`.
3. Rasa's webhook accepts any POST, so anyone who learns the URL can send updates in the name of
   any chat. Here the webhook is set with a `secret_token`, which Telegram sends back in the
   `X-Telegram-Bot-Api-Secret-Token` header of every update; requests without it get 403.
"""

import asyncio
import hmac
import logging
import re
from collections.abc import Awaitable, Callable
from typing import Any

from aiogram.bot import api
from aiogram.utils.exceptions import TelegramAPIError
from rasa.core.channels import telegram
from rasa.core.channels.channel import InputChannel, UserMessage
from rasa.shared.exceptions import RasaException
from sanic import Blueprint, response
from sanic.request import Request
from sanic.response import HTTPResponse

from channels import uit_credentials

logger = logging.getLogger(__name__)

SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token"
SECRET_VARIABELE = "WLZ_TELEGRAM_SECRET"
# What the Bot API accepts as secret_token (https://core.telegram.org/bots/api#setwebhook).
GELDIG_SECRET = re.compile(r"[A-Za-z0-9_-]{1,256}")


def controleer_secret(secret_token: Any) -> str:
    """The secret_token credential, or a RasaException that says how to make a valid one."""
    if isinstance(secret_token, str) and GELDIG_SECRET.fullmatch(secret_token):
        return secret_token
    # The value itself is never part of the message: it may be a real secret with a typo.
    raise RasaException(
        f"Het Telegram-kanaal heeft in {SECRET_VARIABELE} (credential `secret_token`) een geheim "
        f"van 1 tot 256 tekens nodig, met alleen A-Z, a-z, 0-9, _ en -. Maak er een met: "
        f'python3 -c "import secrets; print(secrets.token_urlsafe(32))"'
    )


class VerbergSecret(logging.Filter):
    """aiogram logs the data of every API call at DEBUG level; that must not show the secret."""

    def filter(self, record: logging.LogRecord) -> bool:
        if isinstance(record.args, tuple) and any(
            isinstance(arg, dict) and "secret_token" in arg for arg in record.args
        ):
            record.args = tuple(
                {**arg, "secret_token": "***"} if isinstance(arg, dict) and "secret_token" in arg else arg
                for arg in record.args
            )
        return True


logging.getLogger("aiogram").addFilter(VerbergSecret())


class TelegramOutput(telegram.TelegramOutput):
    def __init__(self, access_token: str | None, secret_token: str) -> None:
        super().__init__(access_token)
        self.secret_token = secret_token

    async def send_text_with_buttons(
        self,
        recipient_id: str,
        text: str,
        buttons: list[dict[str, Any]],
        button_type: str | None = "vertical",
        **kwargs: Any,
    ) -> None:
        await super().send_text_with_buttons(recipient_id, text, buttons, button_type=button_type, **kwargs)

    async def set_webhook(self, url: str | None) -> bool:
        """setWebhook with the secret_token: aiogram 2.15's `Bot.set_webhook` cannot send it.

        Also used by Rasa's `/webhooks/telegram/set_webhook` route.
        """
        velden = {"url": url, "secret_token": self.secret_token}
        return await self.request(api.Methods.SET_WEBHOOK, {k: v for k, v in velden.items() if v is not None})

    async def zet_webhook(self, url: str | None) -> bool:
        try:
            return await self.set_webhook(url=url)
        finally:
            await self.session.close()


class TelegramInput(telegram.TelegramInput):
    """Webhook `/webhooks/telegram/webhook`; credentials as for Rasa's `telegram` channel, plus
    `secret_token` (1-256 characters A-Z, a-z, 0-9, `_`, `-`)."""

    @classmethod
    def from_credentials(cls, credentials: dict[str, Any] | None) -> InputChannel:
        return uit_credentials(cls, credentials, ("access_token", "verify", "webhook_url", "secret_token"))

    def __init__(
        self,
        access_token: str | None,
        verify: str | None,
        webhook_url: str | None,
        debug_mode: bool = True,
        *,
        secret_token: str | None,
    ) -> None:
        super().__init__(access_token, verify, webhook_url, debug_mode)
        self.secret_token = controleer_secret(secret_token)

    def heeft_geldig_secret(self, request: Request) -> bool:
        ontvangen = request.headers.get(SECRET_HEADER)
        if ontvangen is None:
            return False
        # Bytes: compare_digest refuses str with non-ASCII characters, which a header may have.
        return hmac.compare_digest(ontvangen.encode("utf-8", "replace"), self.secret_token.encode("utf-8"))

    def blueprint(self, on_new_message: Callable[[UserMessage], Awaitable[Any]]) -> Blueprint:
        telegram_webhook = super().blueprint(on_new_message)

        # Runs before every route of this blueprint: /webhook (updates) and /set_webhook. Only the
        # health check stays open; a route added by a newer Rasa is closed until it is checked.
        @telegram_webhook.middleware("request")
        async def alleen_met_secret(request: Request) -> HTTPResponse | None:
            route = request.route.name if request.route else ""
            if route.rsplit(".", 1)[-1] == "health" or self.heeft_geldig_secret(request):
                return None
            logger.warning("Telegram webhook: request without a valid secret token refused.")
            return response.text("", status=403)

        return telegram_webhook

    def get_output_channel(self) -> TelegramOutput:
        channel = TelegramOutput(self.access_token, self.secret_token)
        try:
            asyncio.run(channel.zet_webhook(self.webhook_url))
        except TelegramAPIError as error:
            raise RasaException("Failed to set channel webhook: " + str(error)) from error
        return channel
