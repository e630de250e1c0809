"""The production topology under failure: real PostgreSQL, Redis, action server, two Rasa replicas
and nginx (scripts/productie.py), started once for this module on loopback ports 15xxx in a
temporary folder, and stopped afterwards.

Runs with `make test-productie` (WLZ_PRODUCTIE_TEST=verplicht); a plain `pytest tests` skips it.
Each test leaves the topology whole again (all parts running), also when it fails.
"""

import asyncio
import json
import os
import random
import re
import shutil
import signal
import tempfile
import threading
import time
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from hulp import REPO

VERPLICHT = os.environ.get("WLZ_PRODUCTIE_TEST", "").strip().lower() in ("1", "ja", "verplicht")
if not VERPLICHT:
    pytest.skip("de productietopologie wordt getest met make test-productie", allow_module_level=True)

import aiohttp  # noqa: E402
import socketio  # noqa: E402

from actions.contacten import eigen_zorgkantoor, openingstijden_tekst  # noqa: E402
from scripts import productie  # noqa: E402

if not hasattr(aiohttp, "ClientWSTimeout"):
    # python-engineio 4.15's websocket client names aiohttp >= 3.10's ClientWSTimeout; Rasa pins
    # aiohttp 3.9, whose ws_connect takes the same close time-out as a number.
    aiohttp.ClientWSTimeout = lambda ws_close=10.0, ws_receive=None: ws_close  # type: ignore[attr-defined]

POORT = 15800
WEBSITE_POORT = 15880
URL = f"http://127.0.0.1:{POORT}"
WEBSITE = f"http://127.0.0.1:{WEBSITE_POORT}"  # in WLZ_CORS_ORIGINS: the socket.io channel checks Origin
KLANTADVIES = eigen_zorgkantoor().klantadvies
TIMEOUT_S = 60.0  # per message: a replica that died holds its conversation lock for up to 10 s

# The eigen-bijdrage calculator, one question at a time: (what the user types, what the next
# question contains). An answer only makes sense with the history of the conversation: "ja" is
# "18 or older" at step 3 and "AOW age" at step 6.
GESPREK: list[tuple[str, str]] = [
    ("ik wil mijn eigen bijdrage berekenen", "Voor welk jaar"),
    ("2025", "Welke zorg"),
    ("instelling", "18 jaar of ouder"),
    ("ja", "Hoeveel maanden"),
    ("12", "partner"),
    ("geen partner", "AOW-leeftijd"),
    ("ja", "kinderbijslag"),
    ("nee", "zelfstandig wonen"),
    ("nee", "verzamelinkomen"),
    ("3000 per maand", "spaargeld"),
    ("20000", "Klopt dit?"),
    ("ja", "naar schatting"),
]


def storing_in(teksten: list[str]) -> bool:
    """The storingsmelding: something went wrong, with the number and opening hours."""
    alles = " ".join(teksten)
    return (
        "er ging bij mij iets mis" in alles
        and KLANTADVIES.telefoon in alles
        and openingstijden_tekst(KLANTADVIES) in alles
    )


# ---------------------------------------------------------------------------------------------
# The topology


@pytest.fixture(scope="module")
def website() -> Iterator[str]:
    """web/ (the chat widget) on a fixed port, so Rasa's CORS can name its origin."""
    server = ThreadingHTTPServer(
        ("127.0.0.1", WEBSITE_POORT), partial(StilleHandler, directory=str(REPO / "web"))
    )
    draad = threading.Thread(target=server.serve_forever, daemon=True)
    draad.start()
    try:
        yield WEBSITE
    finally:
        server.shutdown()
        server.server_close()
        draad.join(timeout=5)


class StilleHandler(SimpleHTTPRequestHandler):
    def log_message(self, format, *args):  # type: ignore[no-untyped-def]
        pass


@pytest.fixture(scope="module")
def topologie(website: str) -> Iterator[productie.Topologie]:
    map_ = Path(tempfile.mkdtemp(prefix="wlz-productie-test-"))
    map_.chmod(0o755)  # PostgreSQL and Redis run as their own users when the tests run as root
    oud = os.environ.get("WLZ_CORS_ORIGINS")
    os.environ["WLZ_CORS_ORIGINS"] = website
    inst = productie.Instellingen.uit_omgeving(
        {},
        map=map_,
        replicas=2,
        poort=POORT,
        rasa_poort=15810,
        acties_poort=15856,
        db_poort=15433,
        redis_poort=15380,
        interval_s=1.0,
        drempel=2,
        opstart_timeout_s=240,
        # Durability does not matter for a test database; speed does.
        pg_opties=("fsync=off", "synchronous_commit=off", "full_page_writes=off"),
    )
    topologie = productie.Topologie(inst)
    try:
        topologie.start()
        yield topologie
    finally:
        topologie.stop()
        if oud is None:
            os.environ.pop("WLZ_CORS_ORIGINS", None)
        else:
            os.environ["WLZ_CORS_ORIGINS"] = oud
        bewaar = REPO / "results" / "productie-test-logs"  # for when a test failed
        shutil.rmtree(bewaar, ignore_errors=True)
        shutil.copytree(map_ / "logs", bewaar, dirs_exist_ok=True)
        shutil.rmtree(map_, ignore_errors=True)


def heel(topologie: productie.Topologie) -> None:
    """Everything runs and both replicas are in nginx (the state every test starts and ends in)."""
    for deel in (topologie.postgres, topologie.redis, topologie.acties):
        if not deel.proces.levend():
            deel.start()
    for replica in topologie.replicas:
        if replica.proces.popen.poll() is not None:  # also after SIGSTOP + SIGCONT it is alive
            topologie.start_replica(replica.nummer)
        replica.proces.signaal(signal.SIGCONT)
    alle = tuple(r.poort for r in topologie.replicas)
    productie.wacht_tot(
        lambda: all(r.klaar()[0] for r in topologie.replicas) and topologie.nginx_poorten == alle,
        120,
        wat="alle replica's klaar en in nginx",
    )


@pytest.fixture
def t(topologie: productie.Topologie) -> Iterator[productie.Topologie]:
    heel(topologie)
    try:
        yield topologie
    finally:
        heel(topologie)


# ---------------------------------------------------------------------------------------------
# Users


@dataclass
class Gebruiker:
    """A user over REST who follows GESPREK; records every status and answer."""

    afzender: str
    stap: int = 0
    statussen: list[int] = field(default_factory=list)
    fouten: list[str] = field(default_factory=list)

    async def zeg(self, sessie: aiohttp.ClientSession, tekst: str) -> tuple[int, list[str]]:
        async with sessie.post(
            f"{URL}/webhooks/rest/webhook",
            json={"sender": self.afzender, "message": tekst},
            timeout=aiohttp.ClientTimeout(total=TIMEOUT_S),
        ) as antwoord:
            inhoud = await antwoord.json(content_type=None) if antwoord.status == 200 else []
            self.statussen.append(antwoord.status)
            return antwoord.status, [b.get("text") or "" for b in inhoud or []]

    async def volgende(self, sessie: aiohttp.ClientSession) -> list[str]:
        tekst, verwacht = GESPREK[self.stap]
        try:
            status, teksten = await self.zeg(sessie, tekst)
        except (aiohttp.ClientError, asyncio.TimeoutError) as fout:
            self.fouten.append(f"stap {self.stap} ({tekst!r}): {type(fout).__name__}")
            self.stap += 1
            return []
        if status != 200 or not any(verwacht in t for t in teksten):
            self.fouten.append(
                f"stap {self.stap} ({tekst!r}): HTTP {status}, verwacht {verwacht!r}, kreeg {teksten}"
            )
        self.stap += 1
        return teksten


class SocketGebruiker:
    """A user of the website widget: socket.io with session persistence, long-polling first and
    then websocket (as socket.io-client in rasa-webchat), reconnecting after a lost connection."""

    def __init__(self, sessie_id: str) -> None:
        self.sessie_id, self.stap = sessie_id, 0
        self.sio = socketio.AsyncClient(reconnection=True, reconnection_delay=0.5, reconnection_delay_max=2)
        self.berichten: asyncio.Queue[str] = asyncio.Queue()
        self.verbonden = asyncio.Event()
        self.fouten: list[str] = []
        self.verbindingen = 0

        @self.sio.event
        async def connect() -> None:
            self.verbindingen += 1
            await self.sio.emit("session_request", {"session_id": self.sessie_id})

        @self.sio.on("session_confirm")
        async def bevestigd(_data) -> None:  # type: ignore[no-untyped-def]
            self.verbonden.set()

        @self.sio.event
        async def disconnect() -> None:
            self.verbonden.clear()

        @self.sio.on("bot_uttered")
        async def bot(data) -> None:  # type: ignore[no-untyped-def]
            await self.berichten.put(data.get("text") or "")

    async def verbind(self) -> None:
        await self.sio.connect(URL, headers={"Origin": WEBSITE}, socketio_path="/socket.io/", wait_timeout=30)
        await asyncio.wait_for(self.verbonden.wait(), 30)

    async def zeg(self, tekst: str, verwacht: str, timeout_s: float = TIMEOUT_S) -> list[str]:
        """Sends `tekst` once connected; collects answers until one contains `verwacht`."""
        await asyncio.wait_for(self.verbonden.wait(), timeout_s)
        while not self.berichten.empty():
            self.berichten.get_nowait()
        await self.sio.emit("user_uttered", {"message": tekst, "session_id": self.sessie_id})
        teksten: list[str] = []
        einde = time.monotonic() + timeout_s
        while not any(verwacht in t for t in teksten) and time.monotonic() < einde:
            try:
                teksten.append(await asyncio.wait_for(self.berichten.get(), einde - time.monotonic()))
            except asyncio.TimeoutError:
                break
        return teksten

    async def volgende(self) -> list[str]:
        tekst, verwacht = GESPREK[self.stap]
        teksten = await self.zeg(tekst, verwacht)
        if not any(verwacht in t for t in teksten):
            self.fouten.append(
                f"socket.io stap {self.stap} ({tekst!r}): verwacht {verwacht!r}, kreeg {teksten}"
            )
        self.stap += 1
        return teksten

    async def sluit(self) -> None:
        await self.sio.disconnect()


def gebruikersberichten(t: productie.Topologie, afzender: str) -> list[str]:
    """What PostgreSQL holds of a conversation: the user's messages, in order."""
    import psycopg2

    verbinding = psycopg2.connect(
        host="127.0.0.1",
        port=t.inst.db_poort,
        dbname=t.inst.db_naam,
        user=t.inst.db_gebruiker,
        password=t.inst.db_wachtwoord,
        connect_timeout=5,
    )
    try:
        with verbinding.cursor() as cur:
            cur.execute(
                "SELECT data FROM events WHERE sender_id = %s AND type_name = 'user' ORDER BY id", (afzender,)
            )
            return [json.loads(data)["text"] for (data,) in cur.fetchall()]
    finally:
        verbinding.close()


def toegangslog(t: productie.Topologie) -> list[str]:
    return (t.inst.map / "logs" / "nginx-toegang.log").read_text(encoding="utf-8").splitlines()


def replica_met_socketio(t: productie.Topologie) -> int:
    """The replica that served the last socket.io request (nginx's access log names it)."""
    for regel in reversed(toegangslog(t)):
        gevonden = re.search(r" /socket\.io/ \d+ \S+ replica=127\.0\.0\.1:(\d+)", regel)
        if gevonden:
            return next(r.nummer for r in t.replicas if r.poort == int(gevonden.group(1)))
    raise AssertionError("geen socket.io-verzoek in de toegangslog van nginx")


def replicalog(t: productie.Topologie, nummer: int | None = None) -> str:
    nummers = [nummer] if nummer else [r.nummer for r in t.replicas]
    return "".join(
        (t.inst.map / "logs" / f"rasa-{n}.log").read_text(encoding="utf-8", errors="replace") for n in nummers
    )


async def wacht_tot_geen_replica_klaar(t: productie.Topologie) -> None:
    """After a dependency is stopped: until no replica's /klaar says ready (at most 15 s)."""
    await asyncio.to_thread(
        productie.wacht_tot,
        lambda: not any(r.klaar()[0] for r in t.replicas),
        15,
        None,
        "replica's niet klaar",
    )


async def wacht_tot_alle_replicas_klaar(t: productie.Topologie) -> None:
    """After a dependency is started again: until every replica's /klaar says ready (at most 30 s)."""
    await asyncio.to_thread(
        productie.wacht_tot, lambda: all(r.klaar()[0] for r in t.replicas), 30, None, "replica's weer klaar"
    )


def nieuw_id(soort: str) -> str:
    return f"test-{soort}-{uuid.uuid4().hex[:8]}"


# ---------------------------------------------------------------------------------------------
# Tests


def test_de_replicas_geven_storingsmeldingen(t):
    """server/storing.py is installed in every replica (server/__main__.py calls installeer())."""
    for replica in t.replicas:
        klaar, details = replica.klaar()
        assert klaar, details
        assert details.get("storingsmeldingen") == "aan", (
            "server/__main__.py roept server.storing.installeer() niet aan: zonder die regel krijgt een "
            "gebruiker geen antwoord als de action server, PostgreSQL of Redis weg is"
        )


def test_de_chat_van_de_website_werkt_via_nginx_met_twee_replicas(t, website):
    """rasa-webchat in Chromium: long-polling, then websocket, all to one replica per browser."""
    webchat = pytest.importorskip("playwright.sync_api")
    chromium = os.environ.get("WLZ_CHROMIUM", "/usr/bin/chromium")
    if not Path(chromium).exists() or not (REPO / "web" / "node_modules" / "rasa-webchat").exists():
        if os.environ.get("WLZ_BROWSER_TEST", "").strip().lower() == "verplicht":
            pytest.fail("Chromium of web/node_modules ontbreekt (make browser-deps)")
        pytest.skip("Chromium of web/node_modules ontbreekt (make browser-deps)")
    begin = len(toegangslog(t))
    with webchat.sync_playwright() as p:
        browser = p.chromium.launch(
            executable_path=chromium, headless=True, args=["--headless", "--no-sandbox", "--disable-gpu"]
        )
        try:
            pagina = browser.new_context(locale="nl-NL").new_page()
            pagina.set_default_timeout(60_000)
            pagina.goto(f"{website}/index.html?socket={URL}")
            pagina.locator(".rw-launcher").click()
            bot = ".rw-messages-container .rw-response:has(.rw-message-text)"
            pagina.wait_for_function("s => document.querySelectorAll(s).length >= 1", arg=bot)
            assert "Wlz-assistent" in pagina.locator(bot).first.inner_text()
            pagina.wait_for_function("() => !document.querySelector('.rw-new-message').disabled")
            pagina.locator(".rw-new-message").fill("wat is een pgb")
            pagina.locator(".rw-new-message").press("Enter")
            pagina.wait_for_function("s => document.querySelectorAll(s).length >= 2", arg=bot)
            assert "persoonsgebonden budget" in pagina.locator(bot).nth(1).inner_text()
            # Reload: the same session, the conversation is still there and not greeted again.
            pagina.reload()
            if pagina.locator(".rw-conversation-container").count() == 0:
                pagina.locator(".rw-launcher").click()
            pagina.locator(".rw-client", has_text="wat is een pgb").wait_for()
            pagina.wait_for_timeout(1500)
            assert pagina.locator(bot).count() == 2
        finally:
            browser.close()
    socketio_regels = [r for r in toegangslog(t)[begin:] if " /socket.io/ " in r]
    replicas = {re.search(r"replica=(\S+)", r).group(1) for r in socketio_regels}
    assert socketio_regels and len(replicas) == 1, socketio_regels  # sticky: one replica
    # Without stickiness the polling requests reach a replica that does not know the session: 400.
    assert not [r for r in socketio_regels if re.search(r" /socket\.io/ [45]\d\d ", r)], socketio_regels


def test_een_hangende_replica_gaat_uit_nginx_en_komt_terug(t):
    """Readiness drives nginx: a replica that stops answering (SIGSTOP) is taken out within
    seconds, all messages go to the other one, and it is put back when it answers again."""
    twee = t.replica(2)
    twee.proces.signaal(signal.SIGSTOP)
    try:
        productie.wacht_tot(lambda: t.nginx_poorten == (t.replica(1).poort,), 20, wat="replica 2 uit nginx")
        time.sleep(0.5)  # nginx's new workers

        async def scenario() -> list[float]:
            gebruiker = Gebruiker(nieuw_id("hangend"))
            duren = []
            async with aiohttp.ClientSession() as sessie:
                for _ in range(4):
                    begin = time.monotonic()
                    await gebruiker.volgende(sessie)
                    duren.append(time.monotonic() - begin)
            assert not gebruiker.fouten, gebruiker.fouten
            return duren

        duren = asyncio.run(scenario())
        assert max(duren) < 5, duren
    finally:
        twee.proces.signaal(signal.SIGCONT)
    productie.wacht_tot(lambda: len(t.nginx_poorten) == 2, 30, wat="replica 2 terug in nginx")


def test_een_herhaald_verzoek_wordt_niet_twee_keer_verwerkt(t):
    """What nginx does when a replica dies between saving a message and answering it: the same
    request (same X-Request-ID) goes to the other replica, which sends the saved answer."""

    async def scenario() -> list[tuple[int, list[str]]]:
        afzender = nieuw_id("herhaald")
        uitkomsten = []
        async with aiohttp.ClientSession() as sessie:
            for replica, verzoek, tekst in (
                (1, "verzoek-1", GESPREK[0][0]),
                (2, "verzoek-1", GESPREK[0][0]),
                (2, "verzoek-2", GESPREK[1][0]),
                (1, "verzoek-2", GESPREK[1][0]),
            ):
                async with sessie.post(
                    f"{t.replica(replica).url}/webhooks/rest/webhook",
                    json={"sender": afzender, "message": tekst},
                    headers={"X-Request-ID": f"{afzender}-{verzoek}"},
                    timeout=aiohttp.ClientTimeout(total=TIMEOUT_S),
                ) as antwoord:
                    uitkomsten.append([b.get("text") for b in await antwoord.json()])
        uitkomsten.append(gebruikersberichten(t, afzender))
        return uitkomsten

    eerste, herhaald, tweede, tweede_herhaald, opgeslagen = asyncio.run(scenario())
    assert any(GESPREK[0][1] in a for a in eerste) and herhaald == eerste
    assert any(GESPREK[1][1] in a for a in tweede) and tweede_herhaald == tweede
    assert opgeslagen == [GESPREK[0][0], GESPREK[1][0]]  # each message once


def test_replica_met_sigkill_weg_terwijl_acht_gebruikers_praten(t):
    """8 users over REST and 1 over socket.io are in the middle of the calculator when the replica
    holding the socket.io connection is killed: every next message is answered by the other
    replica, the form goes on at its next question, no message is lost and nginx gives no 5xx."""

    async def scenario() -> tuple[list[Gebruiker], SocketGebruiker, int, int]:
        gebruikers = [Gebruiker(nieuw_id(f"kill{i}")) for i in range(8)]
        socket_gebruiker = SocketGebruiker(nieuw_id("kill-sio"))
        await socket_gebruiker.verbind()
        for _ in range(3):
            await socket_gebruiker.volgende()
        slachtoffer = replica_met_socketio(t)
        gedood = asyncio.Event()
        logregel = 0

        async def praat(gebruiker: Gebruiker, sessie: aiohttp.ClientSession) -> None:
            while gebruiker.stap < len(GESPREK):
                await gebruiker.volgende(sessie)
                await asyncio.sleep(random.uniform(0.05, 0.25))

        async def doder() -> None:
            nonlocal logregel
            deadline = time.monotonic() + 120
            while min(g.stap for g in gebruikers) < 3 and time.monotonic() < deadline:
                await asyncio.sleep(0.02)
            logregel = len(toegangslog(t))
            await asyncio.to_thread(t.stop_replica, slachtoffer, True)  # SIGKILL
            gedood.set()

        async with aiohttp.ClientSession(connector=aiohttp.TCPConnector(limit=0)) as sessie:
            await asyncio.gather(doder(), *(praat(g, sessie) for g in gebruikers))
        assert gedood.is_set()
        # The widget's user goes on once socket.io has reconnected (to the other replica).
        while socket_gebruiker.stap < len(GESPREK):
            await socket_gebruiker.volgende()
        await socket_gebruiker.sluit()
        return gebruikers, socket_gebruiker, slachtoffer, logregel

    gebruikers, socket_gebruiker, slachtoffer, logregel = asyncio.run(scenario())
    fouten = [f for g in gebruikers for f in g.fouten] + socket_gebruiker.fouten
    assert not fouten, "\n".join(fouten)
    assert all(s == 200 for g in gebruikers for s in g.statussen)
    assert socket_gebruiker.verbindingen >= 2  # it really lost its replica and came back
    # Nothing lost, nothing twice: PostgreSQL holds each conversation exactly as it was typed.
    berichten = [tekst for tekst, _ in GESPREK]
    for afzender in [g.afzender for g in gebruikers] + [socket_gebruiker.sessie_id]:
        assert gebruikersberichten(t, afzender) == berichten, afzender
    na_de_kill = [r for r in toegangslog(t)[logregel:] if "/webhooks/" in r or "/socket.io/" in r]
    assert not [r for r in na_de_kill if re.search(r" 5\d\d ", r)], "nginx gaf 5xx na de kill"
    overlevende = next(r for r in t.replicas if r.nummer != slachtoffer)
    assert f"replica=127.0.0.1:{overlevende.poort}" in "".join(na_de_kill)
    assert t.nginx_poorten == (overlevende.poort,)  # the watcher took the dead one out


def test_alle_replicas_herstart_en_elk_gesprek_gaat_verder(t):
    """All replicas stop at once (while nothing runs, nginx answers with the storingsmelding)
    and start again: every conversation continues where it was."""

    async def scenario() -> tuple[list[Gebruiker], SocketGebruiker, list[str]]:
        gebruikers = [Gebruiker(nieuw_id(f"herstart{i}")) for i in range(8)]
        socket_gebruiker = SocketGebruiker(nieuw_id("herstart-sio"))
        await socket_gebruiker.verbind()
        async with aiohttp.ClientSession() as sessie:
            for _ in range(5):
                await asyncio.gather(*(g.volgende(sessie) for g in gebruikers), socket_gebruiker.volgende())
            await asyncio.to_thread(lambda: [t.stop_replica(r.nummer) for r in t.replicas])
            _, tijdens = await Gebruiker(nieuw_id("tijdens")).zeg(sessie, "wat is een pgb")
            await asyncio.to_thread(t.schaal, 2)
            while gebruikers[0].stap < len(GESPREK):
                await asyncio.gather(*(g.volgende(sessie) for g in gebruikers), socket_gebruiker.volgende())
        await socket_gebruiker.sluit()
        return gebruikers, socket_gebruiker, tijdens

    gebruikers, socket_gebruiker, tijdens = asyncio.run(scenario())
    assert storing_in(tijdens), tijdens  # nginx itself, from organisaties.yml
    fouten = [f for g in gebruikers for f in g.fouten] + socket_gebruiker.fouten
    assert not fouten, "\n".join(fouten)
    for afzender in [g.afzender for g in gebruikers] + [socket_gebruiker.sessie_id]:
        assert gebruikersberichten(t, afzender) == [tekst for tekst, _ in GESPREK], afzender


def test_zonder_action_server_een_storingsmelding_en_daarna_weer_gewoon(t):
    async def scenario() -> dict[str, list[str]]:
        midden = Gebruiker(nieuw_id("acties"))
        socket_gebruiker = SocketGebruiker(nieuw_id("acties-sio"))
        await socket_gebruiker.verbind()
        antwoorden: dict[str, list[str]] = {}
        async with aiohttp.ClientSession() as sessie:
            for _ in range(3):  # up to "18 jaar of ouder?"
                await midden.volgende(sessie)
            await asyncio.to_thread(t.acties.proces.kill)
            _, antwoorden["formulier"] = await midden.zeg(sessie, "ja")
            _, antwoorden["nieuw"] = await Gebruiker(nieuw_id("acties2")).zeg(
                sessie, "ik wil mijn eigen bijdrage berekenen"
            )
            _, antwoorden["contact"] = await Gebruiker(nieuw_id("acties3")).zeg(
                sessie, "wat is het telefoonnummer"
            )
            _, antwoorden["zonder actie"] = await Gebruiker(nieuw_id("acties4")).zeg(sessie, "wat is een pgb")
            antwoorden["socket.io"] = await socket_gebruiker.zeg(
                "ik wil mijn eigen bijdrage berekenen", KLANTADVIES.telefoon
            )
            await asyncio.to_thread(t.acties.start)  # back, without restarting Rasa
            midden.stap = 3  # the failed "ja" did not move the form: answer it again
            antwoorden["formulier daarna"] = await midden.volgende(sessie)
            antwoorden["socket.io daarna"] = await socket_gebruiker.zeg(
                "ik wil mijn eigen bijdrage berekenen", "Voor welk jaar"
            )
        await socket_gebruiker.sluit()
        assert not midden.fouten, midden.fouten
        return antwoorden

    antwoorden = asyncio.run(scenario())
    for soort in ("formulier", "nieuw", "contact", "socket.io"):
        assert storing_in(antwoorden[soort]), (soort, antwoorden[soort])
        assert sum("er ging bij mij iets mis" in a for a in antwoorden[soort]) == 1, antwoorden[soort]
    assert any("persoonsgebonden budget" in a for a in antwoorden["zonder actie"])
    assert any("Hoeveel maanden" in a for a in antwoorden["formulier daarna"])
    assert any("Voor welk jaar" in a for a in antwoorden["socket.io daarna"])
    assert "failed: the action server at" in replicalog(t) and "is unreachable" in replicalog(t)


def test_zonder_postgresql_een_antwoord_met_uitleg_en_niet_klaar(t):
    async def scenario() -> dict[str, object]:
        uitkomst: dict[str, object] = {}
        voor = Gebruiker(nieuw_id("pg"))
        async with aiohttp.ClientSession() as sessie:
            for _ in range(3):
                await voor.volgende(sessie)
            await asyncio.to_thread(t.postgres.stop)
            await wacht_tot_geen_replica_klaar(t)
            uitkomst["klaar"] = [r.klaar() for r in t.replicas]
            # None ready: after its next rounds the watcher keeps (or puts back) all of them in nginx.
            alle = tuple(r.poort for r in t.replicas)
            await asyncio.to_thread(
                productie.wacht_tot,
                lambda: t.nginx_poorten == alle,
                15,
                None,
                "alle replica's in nginx terwijl geen enkele klaar is",
            )
            uitkomst["nginx"] = t.nginx_poorten
            uitkomst["tijdens"] = await voor.zeg(sessie, "ja")
            uitkomst["nieuw"] = await Gebruiker(nieuw_id("pg2")).zeg(sessie, "wat is een pgb")
            await asyncio.to_thread(t.postgres.start)
            await wacht_tot_alle_replicas_klaar(t)
            voor.stap = 3  # the answer given during the outage was not kept: the form asks again
            await voor.volgende(sessie)
            await voor.volgende(sessie)
        uitkomst["fouten"] = voor.fouten
        uitkomst["opgeslagen"] = gebruikersberichten(t, voor.afzender)
        return uitkomst

    uitkomst = asyncio.run(scenario())
    for klaar, details in uitkomst["klaar"]:
        assert not klaar and details["gespreksopslag"] == "niet bereikbaar", details
        assert "gespreksopslag (SQLTrackerStore) niet bereikbaar" in details["reden"]
    assert len(uitkomst["nginx"]) == 2  # none ready: nginx keeps sending to all
    for soort in ("tijdens", "nieuw"):
        status, teksten = uitkomst[soort]
        assert status == 200, (soort, status)
        alles = " ".join(teksten)
        assert (
            "door een storing kan ik ons gesprek nu niet bewaren" in alles and KLANTADVIES.telefoon in alles
        )
    assert "persoonsgebonden budget" in " ".join(uitkomst["nieuw"][1])
    assert not uitkomst["fouten"], uitkomst["fouten"]  # history from before the outage is intact
    berichten = [tekst for tekst, _ in GESPREK]
    assert uitkomst["opgeslagen"] == berichten[:5]
    log = replicalog(t)
    assert "Tracker store unreachable (OperationalError" in log and "is NOT saved" in log


def test_zonder_redis_gewoon_antwoord_en_niet_klaar(t):
    async def scenario() -> dict[str, object]:
        uitkomst: dict[str, object] = {}
        gebruiker = Gebruiker(nieuw_id("redis"))
        async with aiohttp.ClientSession() as sessie:
            await gebruiker.volgende(sessie)
            await asyncio.to_thread(t.redis.stop)
            await wacht_tot_geen_replica_klaar(t)
            uitkomst["klaar"] = [r.klaar() for r in t.replicas]
            for _ in range(3):
                await gebruiker.volgende(sessie)
            await asyncio.to_thread(t.redis.start)
            await wacht_tot_alle_replicas_klaar(t)
            for _ in range(2):
                await gebruiker.volgende(sessie)
        uitkomst["fouten"] = gebruiker.fouten
        uitkomst["statussen"] = gebruiker.statussen
        return uitkomst

    uitkomst = asyncio.run(scenario())
    for klaar, details in uitkomst["klaar"]:
        assert not klaar and details["vergrendeling"] == "niet bereikbaar", details
    assert not uitkomst["fouten"], uitkomst["fouten"]
    assert uitkomst["statussen"] == [200] * 6
    assert "Lock store unreachable" in replicalog(t)
