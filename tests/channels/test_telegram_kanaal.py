"""The Telegram channel end to end against a stand-in Telegram Bot API on 127.0.0.1.

aiogram really sends its HTTP requests (setWebhook at start-up, getMe and sendMessage per
update); only the API address is replaced, so the event-loop problem of Rasa 3.6 shows up too.
"""

import asyncio
import json
import logging
import threading
from collections.abc import Iterator
from typing import Any

import pytest
from aiogram.bot.api import TelegramAPIServer
from aiohttp import web
from rasa.core.channels import telegram as rasa_telegram
from rasa.shared.exceptions import RasaException

from channels.telegram import TelegramInput
from hulp import laad_domein
from kanaal_hulp import AsgiKlant, NepAgent, maak_app

TOKEN = "123456789:AAEhBOweik6ad9r_QXMENQjcrGbqCr4K-bs"
BOT_NAAM = "wlz_assistent_bot"
WEBHOOK_URL = "https://bot.example.nl/webhooks/telegram/webhook"
PAD = "/webhooks/telegram/webhook"
SET_WEBHOOK_PAD = "/webhooks/telegram/set_webhook"
SECRET = "Xq3_vT9-kL2mN8pR4sW6yZ0aB1cD5eF7gH9jK3lM5nP"
# What Telegram sends with every update once the webhook is set with the secret.
MET_SECRET = {"X-Telegram-Bot-Api-Secret-Token": SECRET}
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
        self.aanroepen: list[dict[str, Any]] = []

    async def api(self, request: web.Request) -> web.Response:
        methode = request.match_info["methode"].lower()
        velden = dict(await request.post())
        self.aanroepen.append({"methode": methode, **velden})
        resultaten = {
            "setwebhook": True,
            "getme": BOT,
            "sendmessage": {
                "message_id": 7,
                "date": 0,
                "chat": {"id": CHAT, "type": "private"},
                "text": velden.get("text"),
            },
        }
        return web.json_response({"ok": True, "result": resultaten[methode]})

    def methoden(self) -> list[str]:
        return [a["methode"] for a in self.aanroepen]


@pytest.fixture
def nep_telegram(monkeypatch: pytest.MonkeyPatch) -> Iterator[NepTelegram]:
    """A Bot API stand-in on 127.0.0.1 in its own thread; aiogram is pointed at it."""
    nep = NepTelegram()
    gestart = threading.Event()
    lus = asyncio.new_event_loop()
    adres: dict[str, Any] = {}

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
    monkeypatch.setattr(
        TelegramAPIServer, "api_url", lambda self, token, method: f"{basis}/bot{token}/{method}"
    )
    yield nep
    asyncio.run_coroutine_threadsafe(adres["runner"].cleanup(), lus).result(10)
    lus.call_soon_threadsafe(lus.stop)
    draad.join(10)


def bericht_update(tekst: str) -> dict[str, Any]:
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


def knop_update(payload: str) -> dict[str, Any]:
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


def stuur(app: Any, *updates: dict[str, Any], headers: dict[str, str] | None = None) -> list[int]:
    """Posts the updates to one running app (one event loop, as in `rasa run`); the statuses.

    With the secret-token header Telegram sends, unless other `headers` are given.
    """
    headers = {"Content-Type": "application/json", **(MET_SECRET if headers is None else headers)}

    async def verzoeken() -> list[int]:
        async with AsgiKlant(app) as klant:
            return [(await klant.post(PAD, json.dumps(u).encode(), headers))[0] for u in updates]

    return asyncio.run(verzoeken())


def kanaal(klasse: Any = TelegramInput, secret: str | None = SECRET) -> Any:
    return klasse.from_credentials(
        {"access_token": TOKEN, "verify": BOT_NAAM, "webhook_url": WEBHOOK_URL, "secret_token": secret}
    )


def test_bericht_komt_bij_de_bot_en_antwoord_gaat_naar_de_chat(nep_telegram: NepTelegram) -> None:
    agent = NepAgent([{"text": "De Wlz is de Wet langdurige zorg."}])
    app = maak_app(kanaal(), agent)  # sets the webhook, as `rasa run` does at start-up
    assert nep_telegram.aanroepen == [{"methode": "setwebhook", "url": WEBHOOK_URL, "secret_token": SECRET}]

    assert stuur(app, bericht_update("Wat is de Wlz?")) == [200]
    [bericht] = agent.berichten
    assert (bericht.text, bericht.sender_id, bericht.input_channel) == (
        "Wat is de Wlz?",
        str(CHAT),
        "telegram",
    )
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
    assert [(b.text, b.sender_id) for b in agent.berichten] == [
        ("hallo", str(CHAT)),
        ("/medewerker", str(CHAT)),
    ]


def test_button_type_uit_het_antwoord_gaat_voor(nep_telegram: NepTelegram) -> None:
    agent = NepAgent([{"text": "Kies", "buttons": KNOPPEN, "button_type": "inline"}])
    stuur(maak_app(kanaal(), agent), bericht_update("hallo"))
    assert len(json.loads(nep_telegram.aanroepen[-1]["reply_markup"])["inline_keyboard"]) == 1


def test_andere_bot_naam_wordt_geweigerd(nep_telegram: NepTelegram) -> None:
    agent = NepAgent()
    app = maak_app(TelegramInput(TOKEN, "een_andere_bot", WEBHOOK_URL, secret_token=SECRET), agent)
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

    domein = laad_domein()
    varianten = [v for per_response in domein["responses"].values() for v in per_response]
    payloads = [knop["payload"] for v in varianten for knop in v.get("buttons", [])]
    payloads += [o.knop["payload"] for o in alle_onderwerpen().values()]
    assert payloads
    assert [p for p in payloads if len(p.encode("utf-8")) > 64] == []


# The secret token: only Telegram, which got it with setWebhook, may post updates.


@pytest.mark.parametrize(
    "headers",
    [
        {},
        {"X-Telegram-Bot-Api-Secret-Token": ""},
        {"X-Telegram-Bot-Api-Secret-Token": "verkeerd-geheim"},
        {"X-Telegram-Bot-Api-Secret-Token": SECRET[:-1]},
        {"X-Telegram-Bot-Api-Secret-Token": SECRET + "x"},
        {"X-Telegram-Bot-Api-Secret-Token": SECRET.lower()},
        {"X-Telegram-Bot-Api-Secret-Token": "geheim-é"},  # hmac.compare_digest refuses non-ASCII str
        {"X-Telegram-Bot-Api-Secret-Token-Oud": SECRET},
    ],
    ids=[
        "geen-header",
        "leeg",
        "verkeerd",
        "te-kort",
        "te-lang",
        "kleine-letters",
        "niet-ascii",
        "andere-header",
    ],
)
def test_update_zonder_juist_secret_403_en_niets_naar_de_bot(
    nep_telegram: NepTelegram, headers: dict[str, str], caplog: pytest.LogCaptureFixture
) -> None:
    agent = NepAgent([{"text": "Hallo"}])
    app = maak_app(kanaal(), agent)
    caplog.set_level(logging.DEBUG)
    statussen, body = None, None

    async def verzoek() -> None:
        nonlocal statussen, body
        async with AsgiKlant(app) as klant:
            verstuurd = json.dumps(bericht_update("Mijn BSN is 123456782")).encode()
            statussen, body = await klant.post(
                PAD, verstuurd, {"Content-Type": "application/json", **headers}
            )

    asyncio.run(verzoek())
    assert (statussen, body) == (403, b"")
    assert agent.berichten == []
    assert nep_telegram.methoden() == ["setwebhook"]  # no getMe, no answer
    weigeringen = [r for r in caplog.records if r.name == "channels.telegram"]
    assert [r.levelno for r in weigeringen] == [logging.WARNING]
    # Nothing of the update in the logs: not the chat id, the name or the text.
    assert not any(gegeven in caplog.text for gegeven in [str(CHAT), "BSN", "123456782"])


def test_met_juist_secret_gaat_ook_een_knop_door(nep_telegram: NepTelegram) -> None:
    agent = NepAgent()
    assert stuur(maak_app(kanaal(), agent), knop_update("/medewerker"), headers=MET_SECRET) == [200]
    assert [b.text for b in agent.berichten] == ["/medewerker"]


def test_geheim_van_een_ander_kanaal_past_niet(nep_telegram: NepTelegram) -> None:
    agent = NepAgent()
    app = maak_app(kanaal(secret="een-ander-geheim"), agent)
    assert stuur(app, bericht_update("hallo")) == [403]  # sent with SECRET
    assert agent.berichten == []


def test_set_webhook_alleen_met_secret_en_dan_met_secret(nep_telegram: NepTelegram) -> None:
    """Rasa's /set_webhook route sets the webhook again, with the secret; without it: 403."""
    app = maak_app(kanaal(), NepAgent())
    antwoorden = []

    async def verzoeken() -> None:
        async with AsgiKlant(app) as klant:
            antwoorden.append(await klant.get(SET_WEBHOOK_PAD))
            antwoorden.append(
                await klant.post(SET_WEBHOOK_PAD, b"", {"X-Telegram-Bot-Api-Secret-Token": "fout"})
            )
            antwoorden.append(await klant.post(SET_WEBHOOK_PAD, b"", MET_SECRET))

    asyncio.run(verzoeken())
    assert antwoorden == [(403, b""), (403, b""), (200, b"Webhook setup successful")]
    assert nep_telegram.aanroepen == [
        {"methode": "setwebhook", "url": WEBHOOK_URL, "secret_token": SECRET},  # at start-up
        {"methode": "setwebhook", "url": WEBHOOK_URL, "secret_token": SECRET},  # the third request
    ]


def test_alleen_de_gezondheidscheck_is_open(nep_telegram: NepTelegram) -> None:
    app = maak_app(kanaal(), NepAgent())
    antwoorden = []

    async def verzoeken() -> None:
        async with AsgiKlant(app) as klant:
            antwoorden.append(await klant.get("/webhooks/telegram/"))
            antwoorden.append(await klant.get(PAD))

    asyncio.run(verzoeken())
    assert antwoorden == [(200, b'{"status":"ok"}'), (403, b"")]


@pytest.mark.parametrize(
    "secret",
    [None, "", "a" * 257, "geheim met spaties", "geheim!", "geheim=", "gehéim", "geheim\n", 12345678],
    ids=[
        "ontbreekt",
        "leeg",
        "te-lang",
        "spaties",
        "uitroepteken",
        "is-teken",
        "accent",
        "regeleinde",
        "getal",
    ],
)
def test_ongeldig_secret_stopt_het_starten(nep_telegram: NepTelegram, secret: Any) -> None:
    with pytest.raises(RasaException, match="WLZ_TELEGRAM_SECRET") as fout:
        maak_app(kanaal(secret=secret), NepAgent())
    assert "token_urlsafe" in str(fout.value)
    if secret:
        assert str(secret) not in str(fout.value)
    assert nep_telegram.aanroepen == []  # stopped before the webhook was set


@pytest.mark.parametrize("secret", ["a", "A-z_09", "x" * 256], ids=["1-teken", "alle-soorten", "256-tekens"])
def test_geldige_secrets(nep_telegram: NepTelegram, secret: str) -> None:
    assert kanaal(secret=secret).secret_token == secret


def test_secret_staat_niet_in_de_debuglog_van_aiogram(
    nep_telegram: NepTelegram, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG, logger="aiogram")
    maak_app(kanaal(), NepAgent())
    assert "setWebhook" in caplog.text  # aiogram did log the call
    assert SECRET not in caplog.text
