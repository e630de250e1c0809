"""Telegram: Rasa's Telegram channel with two fixes for Rasa 3.6 + aiogram 2.15.

1. Rasa sets the webhook at start-up inside `asyncio.run()`. aiogram then keeps an HTTP session
   that belongs to that finished event loop, and every later call (the `get_me` check on each
   update, every reply) fails with "Event loop is closed": the bot never answers. Here the
   session is closed after setting the webhook, so aiogram opens a new one in the server's loop.
2. Rasa puts all buttons on one row, where Telegram cuts long Dutch titles short. Here each
   button gets its own row, unless a response asks for another `button_type`.
"""
import asyncio
from typing import Any, Dict, List, Optional, Text

from aiogram.utils.exceptions import TelegramAPIError
from rasa.core.channels import telegram
from rasa.shared.exceptions import RasaException


class TelegramOutput(telegram.TelegramOutput):
    async def send_text_with_buttons(
        self,
        recipient_id: Text,
        text: Text,
        buttons: List[Dict[Text, Any]],
        button_type: Optional[Text] = "vertical",
        **kwargs: Any,
    ) -> None:
        await super().send_text_with_buttons(recipient_id, text, buttons, button_type=button_type, **kwargs)

    async def zet_webhook(self, url: Optional[Text]) -> bool:
        try:
            return await self.set_webhook(url=url)
        finally:
            await self.session.close()


class TelegramInput(telegram.TelegramInput):
    """Webhook `/webhooks/telegram/webhook`; credentials as for Rasa's `telegram` channel."""

    def get_output_channel(self) -> TelegramOutput:
        channel = TelegramOutput(self.access_token)
        try:
            asyncio.run(channel.zet_webhook(self.webhook_url))
        except TelegramAPIError as error:
            raise RasaException("Failed to set channel webhook: " + str(error)) from error
        return channel
