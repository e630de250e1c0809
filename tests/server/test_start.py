"""Starting Rasa through `python -m server`: API only with a secret, CORS from the environment,
masking installed before any message (server/__main__.py, server/instellingen.py,
server/rasa_maskering.py)."""

import json
import subprocess
import sys

import pytest

from hulp import REPO
from server.__main__ import rasa_argumenten
from server.instellingen import STANDAARD_CORS, Instellingen, InstellingFout


def instellingen(**omgeving: str) -> Instellingen:
    return Instellingen.uit_omgeving(omgeving)


def test_zonder_geheim_staat_de_api_uit_en_cors_alleen_voor_de_demopagina() -> None:
    argumenten = rasa_argumenten("run", ["--port", "5005"], instellingen())
    assert "--enable-api" not in argumenten and "--auth-token" not in argumenten
    cors = argumenten[argumenten.index("--cors") + 1 :]
    assert tuple(cors) == STANDAARD_CORS


def test_met_token_staat_de_api_aan_met_dat_token() -> None:
    argumenten = rasa_argumenten("run", [], instellingen(WLZ_API_TOKEN="-geheim-token"))
    assert "--enable-api" in argumenten
    # One argument, so a token that starts with "-" is not read as an option.
    assert "--auth-token=-geheim-token" in argumenten


def test_met_jwt_geheim() -> None:
    argumenten = rasa_argumenten("run", [], instellingen(WLZ_API_JWT_SECRET="jwt-geheim"))
    assert "--enable-api" in argumenten and not any(a.startswith("--auth-token") for a in argumenten)
    assert "--jwt-secret=jwt-geheim" in argumenten and "--jwt-method=HS256" in argumenten


def test_cors_uit_de_omgeving_en_nooit_een_ster() -> None:
    argumenten = rasa_argumenten(
        "run", [], instellingen(WLZ_CORS_ORIGINS="https://www.zorgkantoor.nl, https://a.nl")
    )
    assert argumenten[argumenten.index("--cors") + 1 :] == ["https://www.zorgkantoor.nl", "https://a.nl"]
    with pytest.raises(InstellingFout, match=r"\*"):
        instellingen(WLZ_CORS_ORIGINS="*")


@pytest.mark.parametrize("optie", ["--enable-api", "--auth-token=x", "--cors", "--jwt-secret"])
def test_api_en_cors_niet_via_de_opdrachtregel(optie: str) -> None:
    with pytest.raises(InstellingFout, match="WLZ_API_TOKEN"):
        rasa_argumenten("run", [optie], instellingen())


def test_shell_zonder_api_en_zonder_cors() -> None:
    assert rasa_argumenten("shell", ["-i", "127.0.0.1"], instellingen()) == [
        "rasa",
        "shell",
        "-i",
        "127.0.0.1",
    ]


@pytest.mark.parametrize("naam", ["WLZ_MAX_TEKENS", "WLZ_BEWAARTERMIJN_DAGEN"])
@pytest.mark.parametrize("waarde", ["0", "-3", "dertig"])
def test_ongeldige_getallen_worden_geweigerd(naam: str, waarde: str) -> None:
    with pytest.raises(InstellingFout, match=naam):
        instellingen(**{naam: waarde})


def test_onbekende_opdracht_geeft_uitleg_en_code_2() -> None:
    uitvoer = subprocess.run(
        [sys.executable, "-m", "server", "train"], cwd=REPO, capture_output=True, text=True, timeout=60
    )
    assert uitvoer.returncode == 2 and "python -m server" in uitvoer.stderr


# In a fresh interpreter: the hook changes Rasa's UserMessage for the whole process.
HAAK = r"""
import io, json, logging
from server import rasa_maskering
rasa_maskering.installeer(max_tekens=50)
from rasa.core.channels.channel import UserMessage
stroom = io.StringIO()
logger = logging.getLogger("rasa.test")
logger.addHandler(logging.StreamHandler(stroom))
logger.setLevel(logging.DEBUG)
logger.debug("Received user message '%s'", "bsn 123456782")
logger.info("tel 06-12345678 en mail a@b.nl")
print(json.dumps({
    "tekst": UserMessage("mijn bsn is 123456782", sender_id="x").text,
    "bedrag": UserMessage("€ 2.150,50 per maand", sender_id="x").text,
    "lang": UserMessage("a" * 51, sender_id="x").text,
    "leeg": UserMessage(None, sender_id="x").text,
    "log": stroom.getvalue(),
}))
"""


def test_haak_maskeert_berichten_en_logregels_en_kapt_te_lange_berichten_af() -> None:
    uitvoer = subprocess.run(
        [sys.executable, "-c", HAAK], cwd=REPO, capture_output=True, text=True, timeout=300, check=True
    )
    resultaat = json.loads(uitvoer.stdout.strip().splitlines()[-1])
    assert resultaat["tekst"] == "mijn bsn is [BSN]"
    assert resultaat["bedrag"] == "€ 2.150,50 per maand"
    assert resultaat["lang"] == "/bericht_te_lang"
    assert resultaat["leeg"] is None
    assert "123456782" not in resultaat["log"] and "[BSN]" in resultaat["log"]
    assert "06-12345678" not in resultaat["log"] and "a@b.nl" not in resultaat["log"]


def test_andere_rasa_versie_wordt_geweigerd() -> None:
    code = (
        "import rasa; rasa.__version__ = '3.7.0'\n"
        "from server import rasa_maskering\n"
        "rasa_maskering.installeer(100)"
    )
    uitvoer = subprocess.run(
        [sys.executable, "-c", code], cwd=REPO, capture_output=True, text=True, timeout=300
    )
    assert uitvoer.returncode != 0 and "RasaVersieFout" in uitvoer.stderr
