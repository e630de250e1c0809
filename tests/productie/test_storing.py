"""server/storing.py: what the user hears when the action server, the tracker store or the lock
store fails, and that Rasa itself is otherwise left as it was."""

import asyncio
import logging
import time

import pytest
import rasa
from rasa.core.actions.action import ActionExecutionRejection, RemoteAction
from rasa.core.agent import Agent
from rasa.core.channels.channel import CollectingOutputChannel, UserMessage
from rasa.core.channels.rest import RestInput
from rasa.core.lock_store import InMemoryLockStore, LockStore, RedisLockStore
from rasa.core.processor import MessageProcessor
from rasa.core.tracker_store import FailSafeTrackerStore, InMemoryTrackerStore, TrackerStore
from rasa.shared.core.domain import Domain
from rasa.shared.core.trackers import DialogueStateTracker
from rasa.shared.exceptions import RasaException
from rasa.utils.endpoints import EndpointConfig

from actions.contacten import eigen_zorgkantoor, openingstijden_tekst
from productie_hulp import dichte_poort
from server import storing
from server.rasa_versie import RasaVersieFout

KLANTADVIES = eigen_zorgkantoor().klantadvies
HAAKJES = ("handle_message", "_create_tracker_store", "_create_lock_store", storing._MARKERING)


@pytest.fixture
def geinstalleerd():
    """storing.installeer() for one test; Rasa's classes are restored afterwards."""
    agent_voor = {naam: Agent.__dict__[naam] for naam in HAAKJES if naam in Agent.__dict__}
    overig = [
        (RemoteAction, "run"),
        (MessageProcessor, "fetch_tracker_and_update_session"),
        (RestInput, "get_metadata"),
    ]
    overig_voor = [(klasse, naam, klasse.__dict__[naam]) for klasse, naam in overig]
    storing.installeer()
    yield
    for naam in HAAKJES:
        if naam in agent_voor:
            setattr(Agent, naam, agent_voor[naam])
        elif naam in Agent.__dict__:
            delattr(Agent, naam)
    for klasse, naam, waarde in overig_voor:
        setattr(klasse, naam, waarde)


@pytest.fixture(autouse=True)
def schone_tellers(monkeypatch):
    monkeypatch.setattr(storing, "TELLERS", storing.Tellers())


def teksten(kanaal: CollectingOutputChannel):
    return [bericht.get("text") for bericht in kanaal.messages]


# ---- texts ------------------------------------------------------------------------------


def test_storingsmelding_noemt_nummer_en_openingstijden_uit_organisaties_yml():
    tekst = storing.storingsmelding()
    assert "er ging bij mij iets mis" in tekst
    assert KLANTADVIES.telefoon in tekst and "Klantadvies Wlz" in tekst
    assert openingstijden_tekst(KLANTADVIES) in tekst
    assert KLANTADVIES.telefoon in storing.opslagmelding()
    assert "niet bewaren" in storing.opslagmelding()


def test_het_nummer_staat_niet_in_de_code():
    """One place for contact facts: the number is read from actions/contacten/organisaties.yml."""
    from pathlib import Path

    cijfers = "".join(c for c in KLANTADVIES.telefoon if c.isdigit())
    for pad in (
        "server/storing.py",
        "channels/gezondheid.py",
        "scripts/productie.py",
        "endpoints-productie.yml",
    ):
        inhoud = "".join(c for c in Path(pad).read_text(encoding="utf-8") if c.isdigit())
        assert cijfers not in inhoud, pad


# ---- installation -------------------------------------------------------------------------


def test_weigert_een_andere_rasa_versie(monkeypatch):
    monkeypatch.setattr(rasa, "__version__", "3.7.0")
    with pytest.raises(RasaVersieFout, match=r"storing.*3\.7\.0.*server/storing\.py"):
        storing.installeer()


def test_installeren_gebeurt_een_keer(geinstalleerd):
    run = RemoteAction.run
    storing.installeer()
    assert RemoteAction.run is run
    assert storing.status()["geinstalleerd"] is True


# ---- action server ----------------------------------------------------------------------


class NepAgent:
    """Runs custom actions the way Rasa's processor does: an error is logged and forgotten."""

    def __init__(self, acties):
        self.acties = acties

    async def handle_message(self, message):
        tracker = DialogueStateTracker(message.sender_id, [])
        for actie in self.acties:
            try:
                await actie.run(message.output_channel, None, tracker, Domain.empty())
            except Exception:  # noqa: BLE001 - as rasa.core.processor does
                pass


def verwerk(agent, tekst="ja", afzender="gebruiker-1"):
    kanaal = CollectingOutputChannel()
    handle = storing.omhul_handle_message(type(agent).handle_message)
    asyncio.run(handle(agent, UserMessage(tekst, kanaal, afzender)))
    return kanaal


def test_onbereikbare_action_server_geeft_een_storingsmelding(caplog):
    dicht = EndpointConfig(f"http://127.0.0.1:{dichte_poort()}/webhook")
    RemoteActie = type("RemoteActie", (RemoteAction,), {"run": storing.omhul_remote_run(RemoteAction.run)})
    pogingen = []

    class Geteld(RemoteActie):
        async def run(self, *args):
            pogingen.append(self.name())
            return await super().run(*args)

    agent = NepAgent([Geteld("action_start_eigen_bijdrage", dicht), Geteld("action_verwijs_contact", dicht)])
    with caplog.at_level(logging.ERROR, logger="server.storing"):
        kanaal = verwerk(agent)
    # Once per message, to the user of the message.
    assert teksten(kanaal) == [storing.storingsmelding()]
    assert kanaal.messages[0]["recipient_id"] == "gebruiker-1"
    assert storing.TELLERS.aantal["actieserver"] == 1  # the second action did not try again
    assert "action_start_eigen_bijdrage" in caplog.text and "unreachable" in caplog.text
    # The next message tries the action server again (it may be back).
    verwerk(agent)
    assert storing.TELLERS.aantal["actieserver"] == 2


def test_een_afgewezen_formulierantwoord_is_geen_storing():
    async def afwijzen(self, *args):
        raise ActionExecutionRejection(self.name())

    actie = RemoteAction("validate_eigen_bijdrage_form", None)
    actie.run = storing.omhul_remote_run(afwijzen).__get__(actie)
    assert teksten(verwerk(NepAgent([actie]))) == []
    assert storing.TELLERS.aantal == {}


def test_fout_van_de_action_server_geeft_ook_een_storingsmelding():
    async def fout(self, *args):
        raise RasaException(f"Failed to execute custom action '{self.name()}'")

    actie = RemoteAction("action_bereken_eigen_bijdrage", None)
    actie.run = storing.omhul_remote_run(fout).__get__(actie)
    assert teksten(verwerk(NepAgent([actie]))) == [storing.storingsmelding()]


def test_elke_andere_fout_geeft_een_storingsmelding_en_rasa_ziet_de_fout():
    class KapotteAgent:
        async def handle_message(self, message):
            raise RuntimeError("kapot")

    with pytest.raises(RuntimeError, match="kapot"):
        verwerk(KapotteAgent())


def test_elke_andere_fout_stuurt_de_melding_naar_de_gebruiker():
    kanaal = CollectingOutputChannel()

    class KapotteAgent:
        async def handle_message(self, message):
            raise RuntimeError("kapot")

    handle = storing.omhul_handle_message(KapotteAgent.handle_message)
    with pytest.raises(RuntimeError):
        asyncio.run(handle(KapotteAgent(), UserMessage("hoi", kanaal, "gebruiker-2")))
    assert teksten(kanaal) == [storing.storingsmelding()]


# ---- tracker store --------------------------------------------------------------------------


class KapotteOpslag(TrackerStore):
    """A tracker store whose database is gone; the error text holds SQL parameters."""

    async def retrieve(self, sender_id):
        raise ConnectionError(f"server closed the connection [parameters: {{'sender_id': '{sender_id}'}}]")

    async def save(self, tracker):
        raise ConnectionError(f"server closed the connection [parameters: {{'data': '{tracker.sender_id}'}}]")


def test_terugval_naar_geheugen_wordt_gelogd_geteld_en_gemeld(geinstalleerd, caplog):
    opslag = Agent._create_tracker_store(KapotteOpslag(Domain.empty()), Domain.empty())
    assert isinstance(opslag, FailSafeTrackerStore)

    class OpslagAgent:
        async def handle_message(self, message):
            tracker = await opslag.get_or_create_tracker(message.sender_id)
            await message.output_channel.send_response(message.sender_id, {"text": "Een antwoord."})
            await opslag.save(tracker)

    with caplog.at_level(logging.ERROR):
        kanaal = verwerk(OpslagAgent(), afzender="geheime-afzender")
    assert teksten(kanaal) == ["Een antwoord.", storing.opslagmelding()]
    assert storing.TELLERS.aantal["gespreksopslag"] >= 2
    assert "Tracker store unreachable (ConnectionError: server closed the connection)" in caplog.text
    assert "geheime-afzender" not in caplog.text  # no SQL parameters in the log
    assert "NOT saved" in caplog.text


def test_met_werkende_opslag_geen_opslagmelding(geinstalleerd):
    opslag = Agent._create_tracker_store(InMemoryTrackerStore(Domain.empty()), Domain.empty())

    class OpslagAgent:
        async def handle_message(self, message):
            await opslag.save(await opslag.get_or_create_tracker(message.sender_id))
            await message.output_channel.send_response(message.sender_id, {"text": "Een antwoord."})

    assert teksten(verwerk(OpslagAgent())) == ["Een antwoord."]


def test_sql_verbindingen_worden_voor_gebruik_getest(geinstalleerd, tmp_path):
    from rasa.core.tracker_store import SQLTrackerStore

    sql = SQLTrackerStore(Domain.empty(), dialect="sqlite", db=str(tmp_path / "g.db"))
    Agent._create_tracker_store(sql, Domain.empty())
    assert sql.engine.pool._pre_ping is True


# ---- lock store -----------------------------------------------------------------------------


def test_zonder_redis_wordt_binnen_de_replica_vergrendeld(geinstalleerd, caplog):
    redis = RedisLockStore(host="127.0.0.1", port=dichte_poort(), socket_timeout=1)
    lock_store = Agent._create_lock_store(redis)
    assert lock_store.lock_store is redis
    pogingen = []
    echte_issue = redis.issue_ticket
    redis.issue_ticket = lambda *args: pogingen.append(args) or echte_issue(*args)

    async def scenario():
        volgorde = []

        async def bericht(naam):
            async with lock_store.lock("gesprek-1"):
                volgorde.append(f"{naam} begint")
                await asyncio.sleep(0.05)
                volgorde.append(f"{naam} klaar")

        await asyncio.gather(bericht("a"), bericht("b"))
        return volgorde

    with caplog.at_level(logging.ERROR, logger="server.storing"):
        volgorde = asyncio.run(scenario())
    # Still one message at a time per conversation, in this replica.
    assert volgorde == ["a begint", "a klaar", "b begint", "b klaar"]
    assert len(pogingen) == 1  # Redis is left alone for a few seconds after a failure
    assert storing.TELLERS.aantal["vergrendeling"] == 1
    assert "Lock store unreachable" in caplog.text


def test_met_werkende_lock_store_het_gewone_ticket(geinstalleerd, monkeypatch):
    monkeypatch.delenv("TICKET_LOCK_LIFETIME", raising=False)
    onder = InMemoryLockStore()
    veilig = storing.maak_veilige_lock_store(LockStore, InMemoryLockStore)(onder)
    levensduur = []
    echte_issue = onder.issue_ticket
    onder.issue_ticket = lambda gesprek, duur: levensduur.append(duur) or echte_issue(gesprek, duur)

    async def scenario():
        async with veilig.lock("gesprek-2"):
            assert onder.get_lock("gesprek-2") is not None

    asyncio.run(scenario())
    assert onder.get_lock("gesprek-2") is None  # cleaned up
    assert levensduur == [storing.STANDAARD_LOCK_LEVENSDUUR_S]
    assert storing.TELLERS.aantal == {}


def test_een_achtergebleven_ticket_houdt_het_gesprek_niet_voor_altijd_vast(monkeypatch):
    """A replica died while it handled a message: its ticket stays behind until it expires."""
    from rasa.core.lock import TicketLock

    monkeypatch.setattr(storing, "WACHT_S", 0.05)

    def met_dood_ticket(gesprek):
        onder = InMemoryLockStore()
        dood = TicketLock(gesprek)
        dood.issue_ticket(0.3)
        onder.save_lock(dood)
        return onder

    async def rasa_zelf():
        async with met_dood_ticket("gesprek-3").lock(
            "gesprek-3", lock_lifetime=0.3, wait_time_in_seconds=0.5
        ):
            pass

    # Rasa 3.6 itself: the waiting ticket expires before its next look, and it waits forever.
    with pytest.raises(asyncio.TimeoutError):
        asyncio.run(asyncio.wait_for(rasa_zelf(), 2))

    veilig = storing.maak_veilige_lock_store(LockStore, InMemoryLockStore)(met_dood_ticket("gesprek-4"))

    async def scenario():
        begin = time.monotonic()
        async with veilig.lock("gesprek-4", lock_lifetime=0.3):
            return time.monotonic() - begin

    duur = asyncio.run(asyncio.wait_for(scenario(), 5))
    assert 0.25 <= duur < 1.5, duur


def test_lock_levensduur_uit_de_omgeving(monkeypatch):
    monkeypatch.setenv("TICKET_LOCK_LIFETIME", "25")
    assert storing.lock_levensduur() == 25
    monkeypatch.setenv("TICKET_LOCK_LIFETIME", "onzin")
    assert storing.lock_levensduur() == storing.STANDAARD_LOCK_LEVENSDUUR_S


def test_lock_store_in_geheugen_blijft_zoals_hij_is(geinstalleerd):
    lock_store = InMemoryLockStore()
    assert Agent._create_lock_store(lock_store) is lock_store
    assert isinstance(Agent._create_lock_store(None), InMemoryLockStore)


def test_oorzaak_zonder_sql():
    from sqlalchemy.exc import OperationalError

    fout = OperationalError(
        "INSERT INTO events VALUES (%(data)s)",
        {"data": "geheim"},
        Exception("could not connect to server\nIs the server running?"),
    )
    assert storing.oorzaak(fout) == "Exception: could not connect to server"


# ---- a message sent again after its replica died ------------------------------------------------


def gesprek_met_verzoeken():
    from rasa.shared.core.events import BotUttered, UserUttered

    return DialogueStateTracker.from_events(
        "gebruiker-9",
        [
            UserUttered("ik wil rekenen", metadata={storing.VERZOEK_SLEUTEL: "v1"}),
            BotUttered("Ik reken het uit."),
            BotUttered("Voor welk jaar?", data={"buttons": [{"title": "2025", "payload": "2025"}]}),
            UserUttered("2025", metadata={storing.VERZOEK_SLEUTEL: "v2"}),
            BotUttered("Welke zorg?"),
            UserUttered("hallo"),
            BotUttered("Welkom."),
        ],
    )


def test_eerder_antwoord_zoekt_de_berichten_na_het_verzoek():
    tracker = gesprek_met_verzoeken()
    eerste = storing.eerder_antwoord(tracker, "v1")
    assert [b["text"] for b in eerste] == ["Ik reken het uit.", "Voor welk jaar?"]
    assert eerste[1]["buttons"] == [{"title": "2025", "payload": "2025"}]
    assert [b["text"] for b in storing.eerder_antwoord(tracker, "v2")] == ["Welke zorg?"]
    assert storing.eerder_antwoord(tracker, "v3") is None


def test_een_herhaald_bericht_krijgt_het_bewaarde_antwoord(caplog):
    tracker = gesprek_met_verzoeken()

    async def ophalen(self, sender_id, output_channel=None, metadata=None):
        return tracker

    fetch = storing.omhul_fetch_tracker(ophalen)

    class Verwerker:
        async def handle_message(self, message):
            await fetch(self, message.sender_id, message.output_channel, message.metadata)
            await message.output_channel.send_response(message.sender_id, {"text": "opnieuw verwerkt"})

    kanaal = CollectingOutputChannel()
    handle = storing.omhul_handle_message(Verwerker.handle_message)
    with caplog.at_level(logging.WARNING, logger="server.storing"):
        asyncio.run(
            handle(
                Verwerker(),
                UserMessage("2025", kanaal, "gebruiker-9", metadata={storing.VERZOEK_SLEUTEL: "v2"}),
            )
        )
    assert teksten(kanaal) == ["Welke zorg?"]
    assert "already handled" in caplog.text
    # A new request id (or none): handled as usual.
    for metadata in ({storing.VERZOEK_SLEUTEL: "v9"}, None):
        kanaal = CollectingOutputChannel()
        asyncio.run(handle(Verwerker(), UserMessage("2025", kanaal, "gebruiker-9", metadata=metadata)))
        assert teksten(kanaal) == ["opnieuw verwerkt"]


class Verzoek:
    def __init__(self, headers, body):
        self.headers, self.json = headers, body


@pytest.mark.parametrize(
    "headers, body, verwacht",
    [
        ({"X-Request-ID": "abc"}, {"message": "hoi"}, {storing.VERZOEK_SLEUTEL: "abc"}),
        (
            {"X-Request-ID": "abc"},
            {"metadata": {"taal": "nl", storing.VERZOEK_SLEUTEL: "nep"}},
            {"taal": "nl", storing.VERZOEK_SLEUTEL: "abc"},
        ),
        ({}, {"metadata": {"taal": "nl", storing.VERZOEK_SLEUTEL: "nep"}}, {"taal": "nl"}),
        ({}, {"message": "hoi"}, None),
    ],
)
def test_rest_kanaal_bewaart_de_verzoek_id_van_nginx(headers, body, verwacht):
    get_metadata = storing.omhul_rest_metadata(RestInput.get_metadata)
    assert get_metadata(RestInput(), Verzoek(headers, body)) == verwacht
