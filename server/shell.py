"""`rasa shell` for klantadviseurs (`make run`): Dutch, buttons by number, a chosen first message.

Rasa's own shell shows the buttons of the bot's last message as a menu for the arrow keys, with
the payloads in view ("1: Wlz aanvragen (/wlz_aanvragen)"); a typed number does nothing there, and
typing /stop in that menu picks the highlighted button instead of stopping. Here every message
with buttons is shown as in WhatsApp, as a numbered list (channels/berichten.py), and a typed number
chooses that button of the last message (channels/keuzes.py). /stop and Ctrl-C always stop.

WLZ_SHELL_START (`make run START="…"`) is sent as the first message, so a conversation can start
at a topic.
"""

from __future__ import annotations

import os
from collections.abc import Awaitable, Callable, Mapping
from typing import Any

from channels.berichten import met_genummerde_keuzes
from channels.keuzes import KeuzeGeheugen

STARTBERICHT_VARIABELE = "WLZ_SHELL_START"
STOP = "/stop"
STOP_REGEL = "De bot is klaar. Stoppen: typ /stop of druk op Ctrl-C."
PROMPT = "U ->"
GESTOPT = "Gesprek gestopt."


def tekst_van_bericht(bericht: Mapping[str, Any], keuzes: KeuzeGeheugen, afzender: str) -> str:
    """The text of a bot message as the shell shows it; remembers its buttons for a typed number."""
    # A number refers to the message right above it, as in WhatsApp.
    keuzes.vergeet(afzender)
    knoppen = bericht.get("buttons") or []
    if not knoppen:
        return bericht.get("text") or ""
    keuzes.onthoud(afzender, [knop["payload"] for knop in knoppen])
    return met_genummerde_keuzes(bericht.get("text") or "", knoppen)


def maak_gesprek(startbericht: str | None) -> Callable[..., Awaitable[int]]:
    """A replacement for rasa.core.channels.console.record_messages."""
    import questionary
    import rasa.shared.utils.cli as cli
    from prompt_toolkit.styles import Style
    from rasa.core.channels import console
    from rasa.core.constants import DEFAULT_SERVER_URL
    from rasa.shared.utils.io import bcolors

    async def vraag_invoer() -> str | None:
        vraag = questionary.text("", qmark=PROMPT, style=Style([("qmark", "#b373d6"), ("", "#b373d6")]))
        try:
            return await vraag.ask_async(kbi_msg=GESTOPT)
        except EOFError:  # Ctrl-D
            return None

    def toon(bericht: dict[str, Any], keuzes: KeuzeGeheugen, afzender: str) -> None:
        tekst = tekst_van_bericht(bericht, keuzes, afzender)
        if tekst:
            cli.print_color(tekst, color=bcolors.OKBLUE)
        # Images, attachments and custom payloads as Rasa's shell shows them.
        overig = {k: v for k, v in bericht.items() if k not in ("text", "buttons", "recipient_id")}
        if overig:
            console._print_bot_output(overig)

    async def record_messages(
        sender_id: str,
        server_url: str = DEFAULT_SERVER_URL,
        auth_token: str = "",
        request_timeout: int | None = None,
        **_: Any,
    ) -> int:
        cli.print_success(STOP_REGEL)
        keuzes = KeuzeGeheugen(max_afzenders=1)
        volgende = startbericht
        aantal = 0
        while True:
            if volgende:
                tekst: str | None = volgende
                volgende = None
                cli.print_color(f"{PROMPT} {tekst}", color=bcolors.OKGREEN)
            else:
                tekst = await vraag_invoer()
            if tekst is None or tekst.strip() == STOP:
                return aantal
            if not tekst.strip():
                continue
            berichten = console._send_message_receive_stream(
                server_url,
                auth_token,
                sender_id,
                keuzes.vertaal(sender_id, tekst.strip()),
                request_timeout=request_timeout,
            )
            async for bericht in berichten:
                toon(bericht, keuzes, sender_id)
            aantal += 1

    return record_messages


def installeer(omgeving: Mapping[str, str] = os.environ) -> None:
    """Replaces the conversation loop of `rasa shell` in this process."""
    from rasa.core.channels import console

    console.record_messages = maak_gesprek(omgeving.get(STARTBERICHT_VARIABELE, "").strip() or None)
