"""How Rasa 3.6 reads credentials-messaging.yml with its ${VAR} placeholders."""

import hashlib
import hmac
from pathlib import Path

import pytest
from rasa.core.run import create_http_input_channels
from rasa.shared.exceptions import RasaException

from channels.telegram import TelegramInput, TelegramOutput
from channels.twilio_whatsapp import WhatsAppInput
from hulp import REPO

CREDENTIALS_MESSAGING = (REPO / "credentials-messaging.yml").read_text(encoding="utf-8")


def test_credentials_voor_rasa_shell_heeft_geen_omgevingsvariabelen() -> None:
    """`rasa shell` and `make run` read credentials.yml; an unset ${VAR} there would stop them."""
    assert "${" not in (REPO / "credentials.yml").read_text(encoding="utf-8")


OMGEVING = {
    "TELEGRAM_TOKEN": "123456789:AAEhBOweik6ad9r_QXMENQjcrGbqCr4K-bs",
    "TELEGRAM_BOT_NAME": "wlz_assistent_bot",
    "TELEGRAM_WEBHOOK_URL": "https://bot.example.nl/webhooks/telegram/webhook",
    "WLZ_TELEGRAM_SECRET": "Xq3_vT9-kL2mN8pR4sW6yZ0aB1cD5eF7gH9jK3lM5nP",
    "TWILIO_ACCOUNT_SID": "AC" + "0" * 32,
    "TWILIO_AUTH_TOKEN": "geheim",
    "TWILIO_WHATSAPP_NUMBER": "whatsapp:+3197010000000",
    "TWILIO_WEBHOOK_URL": "https://bot.example.nl/webhooks/whatsapp/webhook",
    "WLZ_PSEUDONIEM_SLEUTEL": "pseudoniem-sleutel-van-de-test",
}


@pytest.fixture
def bestand(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    async def webhook_gezet(self: TelegramOutput, url: str | None) -> bool:
        return True

    monkeypatch.setattr(TelegramOutput, "zet_webhook", webhook_gezet)
    pad = tmp_path / "credentials-messaging.yml"
    pad.write_text(CREDENTIALS_MESSAGING, encoding="utf-8")
    return pad


def test_met_alle_variabelen_komen_alle_kanalen_op(bestand: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    for naam, waarde in OMGEVING.items():
        monkeypatch.setenv(naam, waarde)
    kanalen = create_http_input_channels(None, str(bestand))  # as `rasa run --credentials`
    assert [k.name() for k in kanalen] == ["rest", "socketio", "gezondheid", "telegram", "whatsapp"]
    telegram, whatsapp = kanalen[3:]
    assert isinstance(telegram, TelegramInput) and telegram.verify == "wlz_assistent_bot"
    assert telegram.secret_token == OMGEVING["WLZ_TELEGRAM_SECRET"]
    assert isinstance(whatsapp, WhatsAppInput)
    assert whatsapp.twilio_number == OMGEVING["TWILIO_WHATSAPP_NUMBER"]
    assert whatsapp.webhook_url == OMGEVING["TWILIO_WEBHOOK_URL"]
    sleutel = OMGEVING["WLZ_PSEUDONIEM_SLEUTEL"].encode()
    verwacht = hmac.new(sleutel, b"whatsapp:+31612345678", hashlib.sha256).hexdigest()[:32]
    assert whatsapp.pseudoniem("whatsapp:+31612345678") == "whatsapp-" + verwacht


@pytest.mark.parametrize("variabele", ["TWILIO_AUTH_TOKEN", "WLZ_TELEGRAM_SECRET", "WLZ_PSEUDONIEM_SLEUTEL"])
@pytest.mark.parametrize("connector", [None, "cmdline"], ids=["rasa-run", "rasa-shell"])
def test_een_ontbrekende_variabele_stopt_rasa(
    bestand: Path, monkeypatch: pytest.MonkeyPatch, connector: str | None, variabele: str
) -> None:
    """Rasa reads the whole file, also for `rasa shell` (connector cmdline), and stops."""
    for naam, waarde in OMGEVING.items():
        monkeypatch.setenv(naam, waarde)
    monkeypatch.delenv(variabele)
    with pytest.raises(RasaException, match=variabele):
        create_http_input_channels(connector, str(bestand))


@pytest.mark.parametrize(
    "variabele, waarde",
    [
        ("WLZ_TELEGRAM_SECRET", ""),
        ("WLZ_TELEGRAM_SECRET", "geheim met spaties"),
        ("WLZ_PSEUDONIEM_SLEUTEL", ""),
        ("WLZ_PSEUDONIEM_SLEUTEL", "te-kort"),
    ],
)
def test_een_lege_of_ongeldige_variabele_stopt_rasa(
    bestand: Path, monkeypatch: pytest.MonkeyPatch, variabele: str, waarde: str
) -> None:
    for naam, goed in OMGEVING.items():
        monkeypatch.setenv(naam, goed)
    monkeypatch.setenv(variabele, waarde)
    with pytest.raises(RasaException, match=variabele):
        create_http_input_channels(None, str(bestand))


@pytest.mark.parametrize("kanaal", [TelegramInput, WhatsAppInput])
@pytest.mark.parametrize("credentials", [None, {}])
def test_zonder_credentials_de_melding_van_rasa(kanaal: type, credentials: dict | None) -> None:
    with pytest.raises(RasaException, match=f"To use the {kanaal.name()} input channel"):
        kanaal.from_credentials(credentials)
