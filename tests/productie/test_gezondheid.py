"""The health channel (channels/gezondheid.py) in-process, with Rasa's real stores, over ASGI."""

import asyncio
import json
import threading
import time
from pathlib import Path

import pytest
import sqlalchemy as sa
from rasa.core.lock_store import InMemoryLockStore, RedisLockStore
from rasa.core.tracker_store import FailSafeTrackerStore, InMemoryTrackerStore, SQLTrackerStore
from rasa.shared.core.domain import Domain
from rasa.utils.endpoints import EndpointConfig

from channels.gezondheid import GezondheidInput
from productie_hulp import dichte_poort, kanaal_hulp
from server import storing

hulp = kanaal_hulp()
GEHEIM = "mijn-geheime-gespreksinhoud"


class Agent:
    """What the channel reads from Rasa's Agent."""

    def __init__(self, tracker_store, lock_store, klaar=True, action_endpoint=None):
        self.tracker_store, self.lock_store = tracker_store, lock_store
        self.action_endpoint = action_endpoint
        self._klaar = klaar

    def is_ready(self):
        return self._klaar


def sql_store(tmp_path: Path) -> SQLTrackerStore:
    return SQLTrackerStore(Domain.empty(), dialect="sqlite", db=str(tmp_path / "gesprekken.db"))


def onbereikbare_postgres(tmp_path: Path) -> SQLTrackerStore:
    """A SQL tracker store whose database refuses connections (Rasa would wait forever at start)."""
    store = sql_store(tmp_path)
    store.engine = sa.create_engine(f"postgresql://wlz:x@127.0.0.1:{dichte_poort()}/wlz?connect_timeout=1")
    return store


def vraag(agent, *paden):
    """GET each path on a Rasa-like app with the health channel and `agent`; (status, json) each."""
    app = hulp.maak_app(GezondheidInput.from_credentials(None), hulp.NepAgent())
    app.ctx.agent = agent

    async def scenario():
        async with hulp.AsgiKlant(app) as klant:
            return [await klant.get(pad) for pad in paden]

    return [(status, json.loads(body)) for status, body in asyncio.run(scenario())]


def test_credentials_yml_zet_het_kanaal_aan_zonder_gegevens():
    from rasa.core.run import create_http_input_channels

    kanalen = create_http_input_channels(None, "credentials.yml")
    assert "gezondheid" in [k.name() for k in kanalen]


def test_live_antwoordt_zolang_het_proces_draait():
    [(status, body)] = vraag(None, "/webhooks/gezondheid/live")
    assert (status, body) == (200, {"status": "ok"})


def test_klaar_met_model_sql_opslag_en_vergrendeling_in_geheugen(tmp_path):
    agent = Agent(FailSafeTrackerStore(sql_store(tmp_path)), InMemoryLockStore())
    [(status, body)] = vraag(agent, "/webhooks/gezondheid/klaar")
    assert status == 200, body
    assert body["status"] == "klaar"
    assert body["model"] == "geladen"
    assert body["gespreksopslag"] == "ok"  # SELECT 1 through the FailSafeTrackerStore
    assert body["vergrendeling"] == "in geheugen"


def test_opslag_in_geheugen_telt_als_bereikbaar():
    agent = Agent(FailSafeTrackerStore(InMemoryTrackerStore(Domain.empty())), InMemoryLockStore())
    [(status, body)] = vraag(agent, "/webhooks/gezondheid/klaar")
    assert status == 200 and body["gespreksopslag"] == "in geheugen"


def test_niet_klaar_zonder_model():
    agent = Agent(
        FailSafeTrackerStore(InMemoryTrackerStore(Domain.empty())), InMemoryLockStore(), klaar=False
    )
    [(status, body)] = vraag(agent, "/webhooks/gezondheid/klaar")
    assert status == 503 and "model niet geladen" in body["reden"]
    [(status, body)] = vraag(None, "/webhooks/gezondheid/klaar")  # Rasa is still loading
    assert status == 503 and body["model"] == "niet geladen"


def test_niet_klaar_als_de_database_niet_bereikbaar_is(tmp_path):
    agent = Agent(FailSafeTrackerStore(onbereikbare_postgres(tmp_path)), InMemoryLockStore())
    begin = time.monotonic()
    [(status, body)] = vraag(agent, "/webhooks/gezondheid/klaar")
    assert time.monotonic() - begin < 5
    assert status == 503
    assert body["gespreksopslag"] == "niet bereikbaar"
    assert "gespreksopslag (SQLTrackerStore) niet bereikbaar: OperationalError" in body["reden"]


def test_niet_klaar_als_redis_niet_bereikbaar_is(tmp_path):
    lock_store = RedisLockStore(host="127.0.0.1", port=dichte_poort(), socket_timeout=1)
    agent = Agent(FailSafeTrackerStore(sql_store(tmp_path)), lock_store)
    [(status, body)] = vraag(agent, "/webhooks/gezondheid/klaar")
    assert status == 503
    assert body["vergrendeling"] == "niet bereikbaar" and body["gespreksopslag"] == "ok"
    assert "vergrendeling (RedisLockStore) niet bereikbaar: ConnectionError" in body["reden"]


def test_vindt_redis_ook_achter_de_lock_store_van_storing(tmp_path):
    from rasa.core.lock_store import LockStore

    veilig = storing.maak_veilige_lock_store(LockStore, InMemoryLockStore)
    lock_store = veilig(RedisLockStore(host="127.0.0.1", port=dichte_poort(), socket_timeout=1))
    agent = Agent(FailSafeTrackerStore(sql_store(tmp_path)), lock_store)
    [(status, body)] = vraag(agent, "/webhooks/gezondheid/klaar")
    assert status == 503 and "RedisLockStore" in body["reden"]


class HangendeRedis:
    def __init__(self, seconden):
        self.seconden, self.aantal = seconden, 0
        self._slot = threading.Lock()

    def ping(self):
        with self._slot:
            self.aantal += 1
        time.sleep(self.seconden)
        return True


def test_een_hangende_controle_blokkeert_de_server_niet(tmp_path, monkeypatch):
    """Readiness gives up after WLZ_GEZONDHEID_TIMEOUT; meanwhile other requests are served, and
    probes that arrive together share one check."""
    monkeypatch.setenv("WLZ_GEZONDHEID_TIMEOUT", "0.5")
    lock_store = RedisLockStore(host="127.0.0.1", port=dichte_poort())
    lock_store.red = HangendeRedis(3)
    agent = Agent(FailSafeTrackerStore(sql_store(tmp_path)), lock_store)
    app = hulp.maak_app(GezondheidInput(), hulp.NepAgent())
    app.ctx.agent = agent

    async def scenario():
        async with hulp.AsgiKlant(app) as klant:
            begin = time.monotonic()
            klaar = [asyncio.ensure_future(klant.get("/webhooks/gezondheid/klaar")) for _ in range(3)]
            await asyncio.sleep(0.05)
            live = await klant.get("/webhooks/gezondheid/live")
            live_s = time.monotonic() - begin
            uitslagen = await asyncio.gather(*klaar)
            return live, live_s, uitslagen, time.monotonic() - begin

    live, live_s, uitslagen, duur_s = asyncio.run(scenario())
    assert live[0] == 200 and live_s < 0.4, live_s
    assert duur_s < 2.0, duur_s
    for status, body in uitslagen:
        assert status == 503 and "time-out" in json.loads(body)["reden"]
    assert lock_store.red.aantal == 1


def test_meldt_de_action_server_zonder_er_onklaar_van_te_worden(tmp_path):
    agent = Agent(
        FailSafeTrackerStore(sql_store(tmp_path)),
        InMemoryLockStore(),
        action_endpoint=EndpointConfig(f"http://127.0.0.1:{dichte_poort()}/webhook"),
    )
    [(status, body)] = vraag(agent, "/webhooks/gezondheid/klaar")
    assert status == 200 and body["actieserver"] == "niet bereikbaar"


def test_antwoord_bevat_geen_gespreksgegevens_of_adressen(tmp_path):
    from rasa.shared.core.events import UserUttered
    from rasa.shared.core.trackers import DialogueStateTracker

    goed = sql_store(tmp_path)
    asyncio.run(goed.save(DialogueStateTracker.from_events(GEHEIM, [UserUttered(GEHEIM)])))
    for agent in (
        Agent(FailSafeTrackerStore(goed), InMemoryLockStore()),
        Agent(
            FailSafeTrackerStore(onbereikbare_postgres(tmp_path)),
            RedisLockStore(host="127.0.0.1", port=dichte_poort(), socket_timeout=1),
        ),
    ):
        [(_, body)] = vraag(agent, "/webhooks/gezondheid/klaar")
        tekst = json.dumps(body)
        for verboden in (GEHEIM, "127.0.0.1", "refused", "wlz:x", str(tmp_path)):
            assert verboden not in tekst
        assert set(body) <= {
            "status",
            "model",
            "gespreksopslag",
            "vergrendeling",
            "actieserver",
            "reden",
            "terugval_naar_geheugen",
            "storingsmeldingen",
        }


@pytest.mark.parametrize("pad", ["/webhooks/gezondheid/klaar", "/webhooks/gezondheid/live"])
def test_alleen_get(pad):
    app = hulp.maak_app(GezondheidInput(), hulp.NepAgent())

    async def scenario():
        async with hulp.AsgiKlant(app) as klant:
            return await klant.post(pad, b"{}", {"content-type": "application/json"})

    status, _ = asyncio.run(scenario())
    assert status == 405
