"""Issue #10 against the real server: no open API, CORS only for the configured origins, personal
data nowhere in the tracker store or the logs, amounts and postcodes still understood, friendly
answers to over-long and odd input."""

from __future__ import annotations

import asyncio
import json

import pytest

from echte_servers import RasaServer

PERSOONSGEGEVENS = {
    "123456782": "mijn bsn is 123456782, kunt u mijn dossier bekijken",
    "NL91ABNA0417164300": "het CAK mag afschrijven van NL91 ABNA 0417 1643 00",
    "06-12345678": "bel mij terug op 06-12345678",
    "jan.de.vries@voorbeeld.nl": "mail mij op jan.de.vries@voorbeeld.nl",
    "12-03-1940": "mijn vader is geboren op 12-03-1940",
}
# The raw values as they may appear in storage (also without separators).
RUW = [
    "123456782",
    "NL91ABNA0417164300",
    "NL91 ABNA 0417 1643 00",
    "0417164300",
    "06-12345678",
    "0612345678",
    "12345678",
    "jan.de.vries@voorbeeld.nl",
    "voorbeeld.nl",
    "12-03-1940",
]


def teksten(antwoorden: list[dict]) -> str:
    return "\n".join(a.get("text", "") for a in antwoorden)


@pytest.fixture(scope="module")
def standaard(servers: dict[str, RasaServer]) -> RasaServer:
    return servers["standaard"]


@pytest.fixture(scope="module")
def met_token(servers: dict[str, RasaServer]) -> RasaServer:
    return servers["met_token"]


# ---- the HTTP API ----


@pytest.mark.parametrize(
    "methode, pad",
    [
        ("GET", "/conversations/iemand/tracker"),
        ("POST", "/conversations/iemand/tracker/events"),
        ("DELETE", "/model"),
        ("PUT", "/model"),
        ("GET", "/status"),
    ],
)
def test_standaard_staat_de_api_uit(standaard: RasaServer, methode: str, pad: str) -> None:
    assert standaard.status(pad, methode) in (404, 405)


@pytest.mark.parametrize(
    "methode, pad",
    [
        ("GET", "/conversations/iemand/tracker"),
        ("DELETE", "/model"),
        ("GET", "/status"),
    ],
)
def test_met_token_weigert_de_api_zonder_of_met_verkeerd_token(
    met_token: RasaServer, methode: str, pad: str
) -> None:
    assert met_token.status(pad, methode) == 401
    assert met_token.status(pad + "?token=fout", methode) == 401


def test_na_pogingen_het_model_te_verwijderen_antwoordt_de_bot_nog(servers: dict[str, RasaServer]) -> None:
    for server in servers.values():
        server.status("/model", "DELETE")
        assert teksten(server.zeg("na-delete", "wat is de wlz")), server.url


def test_met_token_geeft_de_api_het_gesprek(met_token: RasaServer) -> None:
    met_token.zeg("api-lezer", "wat is een pgb")
    code, _, inhoud = met_token.verzoek(f"/conversations/api-lezer/tracker?token={met_token.token}")
    assert code == 200
    assert "wat is een pgb" in [e.get("text") for e in json.loads(inhoud)["events"] if e["event"] == "user"]


# ---- CORS ----


def cors_voor(server: RasaServer, origin: str, pad: str = "/webhooks/rest/webhook") -> str:
    _, headers, _ = server.verzoek(
        pad, "OPTIONS", {"Origin": origin, "Access-Control-Request-Method": "POST"}
    )
    return ", ".join(v for k, v in headers if k.lower() == "access-control-allow-origin")


def test_cors_alleen_voor_de_ingestelde_origin(standaard: RasaServer) -> None:
    assert cors_voor(standaard, "http://127.0.0.1:8080") == "http://127.0.0.1:8080"
    assert cors_voor(standaard, "https://kwaadwillend.example") == ""


def verbind_socketio(server: RasaServer, origin: str) -> bool:
    import socketio

    async def verbind() -> bool:
        klant = socketio.AsyncClient()
        try:
            await klant.connect(
                server.url,
                headers={"Origin": origin},
                transports=["polling"],
                socketio_path="/socket.io",
                wait_timeout=10,
            )
        except socketio.exceptions.ConnectionError:
            return False
        await klant.disconnect()
        return True

    return asyncio.run(verbind())


def test_socketio_alleen_voor_de_ingestelde_origin(standaard: RasaServer) -> None:
    assert verbind_socketio(standaard, "http://127.0.0.1:8080")
    assert not verbind_socketio(standaard, "https://kwaadwillend.example")
    # One Access-Control-Allow-Origin header: browsers refuse a response with two.
    _, headers, _ = standaard.verzoek(
        "/socket.io/?EIO=4&transport=polling", headers={"Origin": "http://127.0.0.1:8080"}
    )
    assert [k.lower() for k, _ in headers].count("access-control-allow-origin") == 1


# ---- personal data ----


def test_persoonsgegevens_nergens_in_de_store_of_de_logs(standaard: RasaServer) -> None:
    antwoorden = {ruw: standaard.zeg("privacy-test", tekst) for ruw, tekst in PERSOONSGEGEVENS.items()}
    # The bot still warns about the BSN, and answers every message.
    assert "BSN" in teksten(antwoorden["123456782"])
    assert all(teksten(a) for a in antwoorden.values())

    opgeslagen = standaard.opgeslagen()
    assert "[BSN]" in opgeslagen and "[IBAN]" in opgeslagen and "[TELEFOONNUMMER]" in opgeslagen
    assert "[E-MAIL]" in opgeslagen and "[GEBOORTEDATUM]" in opgeslagen
    logs = standaard.log.read_text() + (standaard.log.parent / "uitvoer.log").read_text()
    assert "privacy-test" in logs, "de debuglog hoort dit gesprek te bevatten"
    for ruw in RUW:
        assert ruw not in opgeslagen, ruw
        assert ruw not in logs, ruw


def test_bedragen_en_postcodes_werken_nog(standaard: RasaServer) -> None:
    afzender = "bedragen"
    berichten = [
        "ik wil mijn eigen bijdrage berekenen",
        "2026",
        "instelling",
        "ja",
        "langer dan een half jaar",
        "geen partner",
        "ja",
        "nee",
        "nee",
        "€ 2.150,50 per maand",
        "30000",
    ]
    for bericht in berichten:
        samenvatting = teksten(standaard.zeg(afzender, bericht))
    # The amounts reached the form unmasked: 12 × € 2.150,50 a year, and the vermogen.
    assert "€ 25.806,00" in samenvatting and "€ 30.000,00" in samenvatting, samenvatting
    uitkomst = teksten(standaard.zeg(afzender, "ja"))
    assert "€" in uitkomst and "indicatie" in uitkomst.lower(), uitkomst

    antwoord = teksten(standaard.zeg("postcode", "welk zorgkantoor hoort bij postcode 2312 AB"))
    assert "Zorg en Zekerheid" in antwoord, antwoord


# ---- odd and over-long input ----


def test_te_lang_bericht_krijgt_een_vriendelijk_antwoord_en_wordt_niet_bewaard(standaard: RasaServer) -> None:
    lang = "Mijn moeder woont sinds kort in een verpleeghuis en ik maak me zorgen. " * 60
    antwoord = teksten(standaard.zeg("lang", lang))
    assert "te lang" in antwoord
    assert "sinds kort in een verpleeghuis" not in standaard.opgeslagen()


@pytest.mark.parametrize(
    "tekst",
    [
        "",
        "   ",
        "\x00",
        "🙂🙂🙂",
        "؟",
        "{}",
        "/",
        "/bestaat_niet",
        "<script>alert(1)</script>",
        "a" * 1999,
        "1" * 40,
        "'; DROP TABLE events; --",
    ],
)
def test_vreemde_invoer_krijgt_altijd_een_antwoord(standaard: RasaServer, tekst: str) -> None:
    antwoord = standaard.zeg("vreemd", tekst)
    assert teksten(antwoord).strip(), repr(tekst)


def test_te_lang_bericht_via_de_website_chat(standaard: RasaServer) -> None:
    import socketio

    async def gesprek() -> list[dict]:
        klant = socketio.AsyncClient()
        ontvangen: asyncio.Queue = asyncio.Queue()
        klant.on("bot_uttered", ontvangen.put)
        sessie: asyncio.Future = asyncio.get_running_loop().create_future()
        klant.on("session_confirm", lambda s: sessie.set_result(s) if not sessie.done() else None)
        await klant.connect(
            standaard.url,
            headers={"Origin": "http://127.0.0.1:8080"},
            transports=["polling"],
            socketio_path="/socket.io",
        )
        try:
            await klant.emit("session_request", {"session_id": None})
            sessie_id = await asyncio.wait_for(sessie, 20)
            await klant.emit("user_uttered", {"message": "help " * 1000, "session_id": sessie_id})
            return [await asyncio.wait_for(ontvangen.get(), 30)]
        finally:
            await klant.disconnect()

    antwoord = asyncio.run(gesprek())
    assert "te lang" in teksten(antwoord)
