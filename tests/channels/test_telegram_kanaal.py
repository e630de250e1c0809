"""The Telegram channel end to end against a stand-in Telegram Bot API on 127.0.0.1.

aiogram really sends its HTTP requests (setWebhook at start-up, getMe and sendMessage per
update); only the API address is replaced, so the event-loop problem of Rasa 3.6 shows up too.
"""
import asyncio
import json
import threading
from typing import Any, Dict, Iterator, List

import pytest
from aiogram.bot.api import TelegramAPIServer
from aiohttp import web
from rasa.core.channels import telegram as rasa_telegram

from channels.telegram import TelegramInput
from hulp import REPO, laad_yaml
from kanaal_hulp import AsgiKlant, NepAgent, maak_app

TOKEN = "123456789:AAEhBOweik6ad9r_QXMENQjcrGbqCr4K-bs"
BOT_NAAM = "wlz_assistent_bot"
WEBHOOK_URL = "https://bot.example.nl/webhooks/telegram/webhook"
PAD = "/webhooks/telegram/webhook"
CHAT = 424242
GEBRUIKER = {"id": CHAT, "is_bot": False, "first_name": "Jan", "language_code": "nl"}
BOT = {"id": 123456789, "is_bot": True, "first_name": "Wlz-assistent", "username": BOT_NAAM}
KNOPPEN = [
    {"title": "Wat is de Wlz?", "payload": "/wlz_wat_is"},
    {"title": "Een medewerker spreken", "payload": "/medewerker"},
]


class NepTelegram:
    """Answers the Bot API methods the channel uses and records every call."""

    def __init__(self) -> None:
        self.aanroepen: List[Dict[str, Any]] = []

    async def api(self, request: web.Request) -> web.Response:
        methode = request.match_info["methode"].lower()
        velden = dict(await request.post())
        self.aanroepen.append({"methode": methode, **velden})
        resultaten = {
            "setwebhook": True,
            "getme": BOT,
            "sendmessage": {
                "message_id": 7, "date": 0, "chat": {"id": CHAT, "type": "private"}, "text": velden.get("text")
            },
        }
        return web.json_response({"ok": True, "result": resultaten[methode]})

    def methoden(self) -> List[str]:
        return [a["methode"] for a in self.aanroepen]


@pytest.fixture
def nep_telegram(monkeypatch: pytest.MonkeyPatch) -> Iterator[NepTelegram]:
    """A Bot API stand-in on 127.0.0.1 in its own thread; aiogram is pointed at it."""
    nep = NepTelegram()
    gestart = threading.Event()
    lus = asyncio.new_event_loop()
    adres: Dict[str, Any] = {}

    def draai() -> None:
        asyncio.set_event_loop(lus)
        app = web.Application()
        app.router.add_post("/bot{token}/{methode}", nep.api)
        runner = web.AppRunner(app)
        lus.run_until_complete(runner.setup())
        site = web.TCPSite(runner, "127.0.0.1", 0)
        lus.run_until_complete(site.start())
        adres["poort"] = runner.addresses[0][1]
        adres["runner"] = runner
        gestart.set()
        lus.run_forever()

    draad = threading.Thread(target=draai, daemon=True)
    draad.start()
    assert gestart.wait(10)
    basis = f"http://127.0.0.1:{adres['poort']}"
    monkeypatch.setattr(TelegramAPIServer, "api_url", lambda self, token, method: f"{basis}/bot{token}/{method}")
    yield nep
    asyncio.run_coroutine_threadsafe(adres["runner"].cleanup(), lus).result(10)
    lus.call_soon_threadsafe(lus.stop)
    draad.join(10)


def bericht_update(tekst: str) -> Dict[str, Any]:
    return {
        "update_id": 1001,
        "message": {
            "message_id": 10,
            "from": GEBRUIKER,
            "chat": {**GEBRUIKER, "type": "private"},
            "date": 1732300000,
            "text": tekst,
        },
    }


def knop_update(payload: str) -> Dict[str, Any]:
    """What Telegram sends when the user taps an inline button under a bot message."""
    return {
        "update_id": 1002,
        "callback_query": {
            "id": "4382bfdwdsb323b2d9",
            "from": GEBRUIKER,
            "message": {
                "message_id": 11,
                "from": BOT,
                "chat": {**GEBRUIKER, "type": "private"},
                "date": 1732300001,
                "text": "Waar gaat uw vraag over?",
            },
            "chat_instance": "-5086829153428567001",
            "data": payload,
        },
    }


def stuur(app: Any, *updates: Dict[str, Any]) -> List[int]:
    """Posts the updates to one running app (one event loop, as in `rasa run`); the statuses."""

    async def verzoeken() -> List[int]:
        async with AsgiKlant(app) as klant:
            headers = {"Content-Type": "application/json"}
            return [(await klant.post(PAD, json.dumps(u).encode(), headers))[0] for u in updates]

    return asyncio.run(verzoeken())


def kanaal(klasse: Any = TelegramInput) -> Any:
    return klasse.from_credentials({"access_token": TOKEN, "verify": BOT_NAAM, "webhook_url": WEBHOOK_URL})


def test_bericht_komt_bij_de_bot_en_antwoord_gaat_naar_de_chat(nep_telegram: NepTelegram) -> None:
    agent = NepAgent([{"text": "De Wlz is de Wet langdurige zorg."}])
    app = maak_app(kanaal(), agent)  # sets the webhook, as `rasa run` does at start-up
    assert nep_telegram.aanroepen == [{"methode": "setwebhook", "url": WEBHOOK_URL}]

    assert stuur(app, bericht_update("Wat is de Wlz?")) == [200]
    [bericht] = agent.berichten
    assert (bericht.text, bericht.sender_id, bericht.input_channel) == ("Wat is de Wlz?", str(CHAT), "telegram")
    assert nep_telegram.methoden() == ["setwebhook", "getme", "sendmessage"]
    verstuurd = nep_telegram.aanroepen[-1]
    assert (verstuurd["chat_id"], verstuurd["text"]) == (str(CHAT), "De Wlz is de Wet langdurige zorg.")


def test_knoppen_staan_onder_elkaar_en_een_tik_stuurt_de_payload(nep_telegram: NepTelegram) -> None:
    agent = NepAgent([{"text": "Waar gaat uw vraag over?", "buttons": KNOPPEN}])
    app = maak_app(kanaal(), agent)

    assert stuur(app, bericht_update("hallo"), knop_update("/medewerker")) == [200, 200]
    assert nep_telegram.methoden() == ["setwebhook", "getme", "sendmessage", "getme", "sendmessage"]
    verstuurd = nep_telegram.aanroepen[2]
    assert (verstuurd["chat_id"], verstuurd["text"]) == (str(CHAT), "Waar gaat uw vraag over?")
    assert json.loads(verstuurd["reply_markup"]) == {
        "inline_keyboard": [
            [{"text": "Wat is de Wlz?", "callback_data": "/wlz_wat_is"}],
            [{"text": "Een medewerker spreken", "callback_data": "/medewerker"}],
        ]
    }
    assert [(b.text, b.sender_id) for b in agent.berichten] == [("hallo", str(CHAT)), ("/medewerker", str(CHAT))]


def test_button_type_uit_het_antwoord_gaat_voor(nep_telegram: NepTelegram) -> None:
    agent = NepAgent([{"text": "Kies", "buttons": KNOPPEN, "button_type": "inline"}])
    stuur(maak_app(kanaal(), agent), bericht_update("hallo"))
    assert len(json.loads(nep_telegram.aanroepen[-1]["reply_markup"])["inline_keyboard"]) == 1


def test_andere_bot_naam_wordt_geweigerd(nep_telegram: NepTelegram) -> None:
    agent = NepAgent()
    app = maak_app(TelegramInput(TOKEN, "een_andere_bot", WEBHOOK_URL), agent)
    assert stuur(app, bericht_update("hallo")) == [200]  # Rasa answers "failed" with status 200
    assert agent.berichten == []


def test_rasa_eigen_telegram_kanaal_faalt_na_het_zetten_van_de_webhook(nep_telegram: NepTelegram) -> None:
    """Why channels.telegram exists. When this test fails after an upgrade of Rasa or aiogram,
    Rasa's own `telegram` channel works again and channels.telegram can go."""
    agent = NepAgent([{"text": "Hallo"}])
    app = maak_app(kanaal(rasa_telegram.TelegramInput), agent)
    assert stuur(app, bericht_update("hallo")) == [500]  # getMe: "Event loop is closed"
    assert agent.berichten == []


def test_knop_payloads_passen_in_telegram_callback_data() -> None:
    """Telegram refuses inline buttons whose callback_data is longer than 64 bytes."""
    from actions.onderwerpen import alle_onderwerpen

    domein = laad_yaml(REPO / "domain.yml")
    varianten = [v for per_response in domein["responses"].values() for v in per_response]
    payloads = [knop["payload"] for v in varianten for knop in v.get("buttons", [])]
    payloads += [o.knop["payload"] for o in alle_onderwerpen().values()]
    assert payloads
    assert [p for p in payloads if len(p.encode("utf-8")) > 64] == []
