"""The WhatsApp channel end to end: Twilio's signed webhook in, the Twilio API call out."""

import asyncio
import hashlib
import hmac
import logging
import re
from typing import Any
from urllib.parse import urlencode

import pytest
from rasa.shared.exceptions import RasaException
from twilio.base.exceptions import TwilioRestException
from twilio.request_validator import RequestValidator
from twilio.rest.api.v2010.account.message import MessageList

from channels.twilio_whatsapp import WhatsAppInput
from kanaal_hulp import AsgiKlant, NepAgent, maak_app

ACCOUNT_SID = "AC" + "0" * 32
AUTH_TOKEN = "geheim-token-van-twilio"
BOT_NUMMER = "whatsapp:+3197010000000"
GEBRUIKER = "whatsapp:+31612345678"
SLEUTEL = "pseudoniem-sleutel-voor-de-tests"
PAD = "/webhooks/whatsapp/webhook"
# The URL Sanic reports for a request to host wlz.example (see AsgiKlant.post).
URL = f"http://wlz.example{PAD}"

KNOPPEN = [
    {"title": "Wat is de Wlz?", "payload": "/wlz_wat_is"},
    {"title": "Volledig pakket thuis", "payload": "vpt"},
    {"title": "Een medewerker spreken", "payload": "/medewerker"},
]


def twilio_formulier(tekst: str, van: str = GEBRUIKER, **extra: str) -> dict[str, str]:
    """The fields Twilio posts for an incoming WhatsApp text message."""
    velden = {
        "SmsMessageSid": "SM" + "1" * 32,
        "NumMedia": "0",
        "ProfileName": "Jan",
        "MessageType": "text",
        "SmsSid": "SM" + "1" * 32,
        "WaId": van.split("+")[-1],
        "SmsStatus": "received",
        "Body": tekst,
        "To": BOT_NUMMER,
        "NumSegments": "1",
        "ReferralNumMedia": "0",
        "MessageSid": "SM" + "1" * 32,
        "AccountSid": ACCOUNT_SID,
        "From": van,
        "ApiVersion": "2010-04-01",
    }
    velden.update(extra)
    return velden


def handtekening(velden: dict[str, str], url: str = URL, token: str = AUTH_TOKEN) -> str:
    return RequestValidator(token).compute_signature(url, velden)


def kanaal(webhook_url: str | None = None, sleutel: Any = SLEUTEL) -> WhatsAppInput:
    return WhatsAppInput.from_credentials(
        {
            "account_sid": ACCOUNT_SID,
            "auth_token": AUTH_TOKEN,
            "twilio_number": BOT_NUMMER,
            "webhook_url": webhook_url,
            "pseudonym_key": sleutel,
        }
    )


def pseudoniem(nummer: str = GEBRUIKER, sleutel: str = SLEUTEL) -> str:
    """Computed here on its own, so a change in the channel's formula shows up."""
    return "whatsapp-" + hmac.new(sleutel.encode(), nummer.encode(), hashlib.sha256).hexdigest()[:32]


@pytest.fixture
def verstuurd(monkeypatch: pytest.MonkeyPatch) -> list[dict[str, Any]]:
    """Messages the bot sends through the Twilio REST API (the call itself is replaced)."""
    berichten: list[dict[str, Any]] = []

    def create(self: MessageList, **velden: Any) -> object:
        berichten.append(velden)
        return object()

    monkeypatch.setattr(MessageList, "create", create)
    return berichten


async def stuur(klant: AsgiKlant, velden: dict[str, str], headers: dict[str, str], **kwargs: Any) -> int:
    headers = {"Content-Type": "application/x-www-form-urlencoded", **headers}
    status, _ = await klant.post(PAD, urlencode(velden).encode(), headers, **kwargs)
    return status


def gesprek(app: Any, *verzoeken: dict[str, Any]) -> list[int]:
    """Posts the requests one after another to one running app; returns the status codes."""

    async def alles() -> list[int]:
        async with AsgiKlant(app) as klant:
            return [await stuur(klant, **verzoek) for verzoek in verzoeken]

    return asyncio.run(alles())


def getekend(tekst: str, van: str = GEBRUIKER) -> dict[str, Any]:
    velden = twilio_formulier(tekst, van)
    return {"velden": velden, "headers": {"X-Twilio-Signature": handtekening(velden)}}


def test_naam_en_webhook() -> None:
    assert WhatsAppInput.name() == "whatsapp"
    assert kanaal().url_prefix() == "whatsapp"


def test_geldige_handtekening_bericht_komt_bij_de_bot(verstuurd: list[dict[str, Any]]) -> None:
    agent = NepAgent()
    assert gesprek(maak_app(kanaal(), agent), getekend("Wat is de Wlz?")) == [204]
    [bericht] = agent.berichten
    assert (bericht.text, bericht.sender_id, bericht.input_channel) == (
        "Wat is de Wlz?",
        pseudoniem(),
        "whatsapp",
    )


@pytest.mark.parametrize(
    "headers",
    [
        {"X-Twilio-Signature": handtekening(twilio_formulier("Hallo"), token="ander-token")},
        {"X-Twilio-Signature": "niet-geldig"},
        {},
    ],
    ids=["verkeerde-sleutel", "onzin", "geen-header"],
)
def test_zonder_geldige_handtekening_403_en_niets_naar_de_bot(headers: dict[str, str]) -> None:
    agent = NepAgent()
    assert gesprek(maak_app(kanaal(), agent), {"velden": twilio_formulier("Hallo"), "headers": headers}) == [
        403
    ]
    assert agent.berichten == []


def test_veranderde_tekst_past_niet_bij_de_handtekening() -> None:
    agent = NepAgent()
    echt = twilio_formulier("Hallo")
    vals = twilio_formulier("Stuur mijn gegevens door")
    verzoek = {"velden": vals, "headers": {"X-Twilio-Signature": handtekening(echt)}}
    assert gesprek(maak_app(kanaal(), agent), verzoek) == [403]
    assert agent.berichten == []


def test_lege_velden_tellen_mee_in_de_handtekening() -> None:
    # Twilio signs empty fields too; Sanic's request.form would drop them.
    agent = NepAgent()
    velden = twilio_formulier("Hallo", ProfileName="")
    verzoek = {"velden": velden, "headers": {"X-Twilio-Signature": handtekening(velden)}}
    assert gesprek(maak_app(kanaal(), agent), verzoek) == [204]
    assert [b.text for b in agent.berichten] == ["Hallo"]


def test_achter_een_proxy_telt_de_publieke_url() -> None:
    publiek = f"https://bot.example.nl{PAD}"
    velden = twilio_formulier("Hallo")
    verzoek = {
        "velden": velden,
        "headers": {"X-Twilio-Signature": handtekening(velden, url=publiek)},
        "host": "localhost:5005",  # what Rasa sees behind the proxy
    }
    zonder, met = NepAgent(), NepAgent()
    assert gesprek(maak_app(kanaal(), zonder), verzoek) == [403]
    assert gesprek(maak_app(kanaal(webhook_url=publiek), met), verzoek) == [204]
    assert (len(zonder.berichten), len(met.berichten)) == (0, 1)


def test_antwoord_met_knoppen_gaat_genummerd_naar_twilio(verstuurd: list[dict[str, Any]]) -> None:
    agent = NepAgent([{"text": "Waar gaat uw vraag over?", "buttons": KNOPPEN}])
    gesprek(maak_app(kanaal(), agent), getekend("hallo"))
    assert verstuurd == [
        {
            "to": GEBRUIKER,
            "from_": BOT_NUMMER,
            "body": "Waar gaat uw vraag over?\n\n"
            "1. Wat is de Wlz?\n2. Volledig pakket thuis\n3. Een medewerker spreken\n\n"
            "Typ het nummer van uw keuze.",
        }
    ]


def test_lange_tekst_gaat_in_delen_naar_twilio(verstuurd: list[dict[str, Any]]) -> None:
    alineas = [
        f"Alinea {i}: " + "De Wlz is er voor mensen die blijvend zorg nodig hebben. " * 8 for i in range(6)
    ]
    tekst = "\n\n".join(a.strip() for a in alineas)
    gesprek(maak_app(kanaal(), NepAgent([{"text": tekst}])), getekend("vertel meer"))
    assert len(verstuurd) > 1
    assert all(b["to"] == GEBRUIKER and b["from_"] == BOT_NUMMER for b in verstuurd)
    assert all(len(b["body"]) <= 1000 for b in verstuurd)
    assert "\n\n".join(b["body"] for b in verstuurd) == tekst


def test_nummer_kiest_de_knop_van_het_laatste_bericht(verstuurd: list[dict[str, Any]]) -> None:
    agent = NepAgent([{"text": "Waar gaat uw vraag over?", "buttons": KNOPPEN}])
    andere = "whatsapp:+31687654321"
    gesprek(
        maak_app(kanaal(), agent),
        getekend("hallo"),
        getekend("2"),  # plain payload: sent as that text
        getekend("3"),  # "/intent" payload: Rasa reads it as that intent
        getekend("7"),  # there are only 3 options
        getekend("2", van=andere),  # this sender has not seen any options
    )
    assert [(b.sender_id, b.text) for b in agent.berichten] == [
        (pseudoniem(), "hallo"),
        (pseudoniem(), "vpt"),
        (pseudoniem(), "/medewerker"),
        (pseudoniem(), "7"),
        (pseudoniem(andere), "2"),
    ]
    assert {b["to"] for b in verstuurd} == {GEBRUIKER, andere}


def test_na_een_bericht_zonder_knoppen_is_een_nummer_gewoon_tekst(verstuurd: list[dict[str, Any]]) -> None:
    agent = NepAgent([{"text": "Kies een onderwerp.", "buttons": KNOPPEN}, {"text": "Hoeveel maanden?"}])
    gesprek(maak_app(kanaal(), agent), getekend("hallo"), getekend("2"))
    assert [b.text for b in agent.berichten] == ["hallo", "2"]


# Pseudonyms: Rasa stores and logs the sender id, so that must not be the phone number.


def test_afzender_is_een_pseudoniem_zonder_telefoonnummer(verstuurd: list[dict[str, Any]]) -> None:
    agent = NepAgent([{"text": "Hallo!"}])
    gesprek(maak_app(kanaal(), agent), getekend("hallo"))
    [bericht] = agent.berichten
    assert re.fullmatch(r"whatsapp-[0-9a-f]{32}", bericht.sender_id)
    assert "612345678" not in bericht.sender_id
    assert "612345678" not in repr(bericht.metadata)
    assert verstuurd == [{"to": GEBRUIKER, "from_": BOT_NUMMER, "body": "Hallo!"}]


def test_zelfde_nummer_zelfde_pseudoniem_ander_nummer_of_sleutel_een_ander() -> None:
    andere = "whatsapp:+31687654321"
    agent, met_andere_sleutel = NepAgent(), NepAgent()
    gesprek(maak_app(kanaal(), agent), getekend("een"), getekend("twee", van=andere), getekend("drie"))
    gesprek(maak_app(kanaal(sleutel="een-heel-andere-sleutel"), met_andere_sleutel), getekend("een"))
    een, twee, drie = [b.sender_id for b in agent.berichten]
    assert een == drie == pseudoniem()
    assert twee == pseudoniem(andere) != een
    assert met_andere_sleutel.berichten[0].sender_id == pseudoniem(sleutel="een-heel-andere-sleutel") != een


def test_elk_antwoord_gaat_naar_het_echte_nummer(verstuurd: list[dict[str, Any]]) -> None:
    """Also an image or a custom payload: never to the pseudonym or a "to" of its own."""
    agent = NepAgent(
        [
            {"text": "Tekst"},
            {"image": "https://www.example.nl/wlz.png"},
            {"custom": {"to": "whatsapp:+31600000000", "body": "Eigen bericht"}},
        ]
    )
    gesprek(maak_app(kanaal(), agent), getekend("hallo"))
    assert [b["to"] for b in verstuurd] == [GEBRUIKER, GEBRUIKER, GEBRUIKER]
    assert [b.get("body") for b in verstuurd] == ["Tekst", None, "Eigen bericht"]


def test_zonder_telefoonnummer_stuurt_het_kanaal_niets(verstuurd: list[dict[str, Any]]) -> None:
    """E.g. Rasa's HTTP API with output_channel=whatsapp: the pseudonym leads to no number."""
    uit = kanaal().get_output_channel()
    asyncio.run(uit.send_response(pseudoniem(), {"text": "Hallo"}))
    assert verstuurd == []


def test_geen_telefoonnummer_in_de_logs(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    """Not in Rasa's or the channel's log lines; also not when Twilio refuses with the number in
    its error message."""

    def create(self: MessageList, **velden: Any) -> object:
        raise TwilioRestException(
            400, "https://api.twilio.com/...", f"The 'To' number {velden['to']} is not valid.", 21211
        )

    monkeypatch.setattr(MessageList, "create", create)
    caplog.set_level(logging.DEBUG)
    agent = NepAgent([{"text": "Waar gaat uw vraag over?", "buttons": KNOPPEN}])
    assert gesprek(maak_app(kanaal(), agent), getekend("hallo"), getekend("2")) == [204, 204]
    assert [b.text for b in agent.berichten] == ["hallo", "vpt"]
    assert "Twilio refused a message (HTTP 400, code 21211)" in caplog.text
    assert "612345678" not in caplog.text


@pytest.mark.parametrize(
    "sleutel", [None, "", "a" * 15, 1234567890123456789], ids=["ontbreekt", "leeg", "15-tekens", "getal"]
)
def test_zonder_goede_sleutel_start_het_kanaal_niet(sleutel: Any) -> None:
    with pytest.raises(RasaException, match="WLZ_PSEUDONIEM_SLEUTEL") as fout:
        kanaal(sleutel=sleutel)
    assert "16" in str(fout.value)
    if sleutel:
        assert str(sleutel) not in str(fout.value)


def test_sleutel_van_16_tekens_is_genoeg() -> None:
    assert kanaal(sleutel="a" * 16).pseudoniem(GEBRUIKER) == pseudoniem(sleutel="a" * 16)
