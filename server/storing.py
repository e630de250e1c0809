"""When part of the bot fails, the user is told so in Dutch, with the number of Klantadvies Wlz.

Rasa 3.6 handles these failures quietly; after `installeer()` (called from server/__main__.py):

- **Action server down or failing.** `RemoteAction.run` raises, the processor only logs it and the
  user gets no reply at all. Now the user gets the storingsmelding (once per message) and the error
  is re-raised, so Rasa goes on exactly as before. After a connection error the other custom actions
  of the same message are skipped instead of waiting for the same dead server again. Nothing is
  kept between messages: when the action server is back, the next message works.
- **Tracker store (PostgreSQL) failing.** Rasa's FailSafeTrackerStore answers from an empty
  in-memory tracker and only logs. Now each failure gets one clear log line with its cause (never
  the SQL parameters: they hold conversation data), is counted for the readiness endpoint, and
  the answer ends with the opslagmelding: the bot cannot keep the conversation right now.
  Connections are tested before use, so the first message after a database restart keeps its
  history instead of failing on a dead pooled connection.
- **Lock store (Redis) failing.** Rasa refuses the message (LockError, no reply). Now the message
  is locked inside this process only and answered; the failure is logged and counted, and Redis is
  left alone for a few seconds before it is tried again.
- **Replica killed while it handled a message.** nginx sends the message to another replica
  (scripts/productie.py). Its conversation lock stays behind in Redis until it expires (10 s here
  instead of Rasa's 60 s), and Rasa 3.6 lets the retried message wait for it *forever* when its
  own ticket expires meanwhile; here the retried message gets a new ticket. And when the dead
  replica had already saved the message (it died between saving and answering), the retry must
  not handle it a second time: nginx gives each request an X-Request-ID that stays the same for
  its retries, the REST channel keeps it in the message's metadata, and a message whose id is
  already in the conversation gets the answer that was saved with it instead.
- **Any other error while handling a message.** The user gets the storingsmelding; Rasa logs the
  error as before.

The texts name the phone number and opening hours of the zorgkantoor's Klantadvies from
actions/contacten/eigen_zorgkantoor.yml, the one place where its contact facts live; they are read
once, at start-up. `storingsmelding()` is also used for nginx's reply when no replica is reachable
(scripts/productie.py).
"""

from __future__ import annotations

import asyncio
import contextvars
import functools
import logging
import os
import time
from collections.abc import AsyncGenerator, Callable
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from typing import Any

from server.rasa_versie import controleer_rasa_versie

# Seconds a conversation lock lives (Rasa: TICKET_LOCK_LIFETIME, default 60). When a replica dies
# while it handles a message, its ticket blocks that conversation on every other replica until the
# ticket expires; a message takes well under a second, so 10 s keeps the wait short.
STANDAARD_LOCK_LEVENSDUUR_S = 10.0
# After a lock store failure, Redis is not tried again for this long (a dead Redis can take
# socket_timeout seconds per call, and Rasa's Redis client blocks the event loop meanwhile).
REDIS_RUST_S = 5.0
# How often a message that waits for its conversation's lock looks again (Rasa: every second).
WACHT_S = 0.25
# Set by nginx for every request, the same for its retries (scripts/productie.py); kept in the
# metadata of the user's message under VERZOEK_SLEUTEL.
VERZOEK_KOP = "X-Request-ID"
VERZOEK_SLEUTEL = "wlz_verzoek"
# How far back a retried message is looked for (events of the current session).
MAX_TERUGKIJKEN = 200

logger = logging.getLogger(__name__)
_MARKERING = "_wlz_storing"


# ---------------------------------------------------------------------------------------------
# Texts


def klantadvies_zin() -> str:
    """'Bel Klantadvies Wlz: <nummer>. Bereikbaar <dagen> van <tijd> tot <tijd> uur.'"""
    from actions.contacten import eigen_zorgkantoor, openingstijden_tekst

    org = eigen_zorgkantoor().klantadvies
    if not org.telefoon:
        raise ValueError("eigen_zorgkantoor.yml: klantadvies heeft geen telefoonnummer")
    zin = f"Bel {org.kort}: {org.telefoon}."
    tijden = openingstijden_tekst(org)
    if tijden:
        zin += f" Bereikbaar {tijden}."
    telefoon = org.kanaal("telefoon")
    if telefoon is not None and telefoon.voorbehoud:
        zin += f" {telefoon.voorbehoud}"
    return zin


@functools.lru_cache(maxsize=1)
def storingsmelding() -> str:
    """The reply when the bot cannot handle a message (action server down, unexpected error)."""
    return (
        "Sorry, er ging bij mij iets mis. Daardoor kan ik u nu niet goed helpen. Probeer het over "
        f"een paar minuten opnieuw. Wilt u liever iemand spreken? {klantadvies_zin()}"
    )


@functools.lru_cache(maxsize=1)
def opslagmelding() -> str:
    """Added to the answer when the conversation could not be read or saved."""
    return (
        "Let op: door een storing kan ik ons gesprek nu niet bewaren. Wat u eerder schreef, weet ik "
        "daardoor misschien niet meer. Probeer het over een paar minuten opnieuw. Wilt u liever "
        f"iemand spreken? {klantadvies_zin()}"
    )


# ---------------------------------------------------------------------------------------------
# State: per message (context variable) and per process (counters for the readiness endpoint)


@dataclass
class Beurt:
    """What went wrong while one user message was handled."""

    gemeld: bool = False  # the storingsmelding was sent
    actieserver_onbereikbaar: bool = False
    opslagfout: bool = False


_BEURT: contextvars.ContextVar[Beurt | None] = contextvars.ContextVar("wlz_beurt", default=None)


@dataclass
class Tellers:
    """Failures since start-up, per kind, with the monotonic time of the last one."""

    aantal: dict[str, int] = field(default_factory=dict)
    laatste: dict[str, float] = field(default_factory=dict)

    def tel(self, soort: str) -> None:
        self.aantal[soort] = self.aantal.get(soort, 0) + 1
        self.laatste[soort] = time.monotonic()


TELLERS = Tellers()


def status() -> dict[str, Any]:
    """Counters for the readiness endpoint: no conversation data."""
    nu = time.monotonic()
    return {
        "geinstalleerd": is_geinstalleerd(),
        "fouten": dict(TELLERS.aantal),
        "seconden_sinds_laatste": {soort: round(nu - t, 1) for soort, t in TELLERS.laatste.items()},
    }


def _keten(fout: BaseException) -> list:
    """The error and the errors it was raised from or while handling (Rasa does not always use
    `raise ... from`)."""
    keten = [fout]
    while len(keten) < 10:
        volgende = keten[-1].__cause__ or keten[-1].__context__
        if volgende is None or volgende in keten:
            break
        keten.append(volgende)
    return keten


def oorzaak(fout: BaseException) -> str:
    """One line about an error, without SQL statements or parameters (they hold conversation data)."""
    kern = _keten(fout)[-1]
    kern = getattr(kern, "orig", None) or kern  # SQLAlchemy wraps the driver's error
    regel = (str(kern).strip().splitlines() or [""])[0]
    regel = regel.split("[SQL:")[0].split("[parameters:")[0].strip()
    return f"{type(kern).__name__}: {regel[:200]}" if regel else type(kern).__name__


async def _meld(output_channel: Any, ontvanger: str | None, tekst: str) -> None:
    if output_channel is None or not ontvanger:
        return
    try:
        await output_channel.send_response(ontvanger, {"text": tekst})
    except Exception as fout:  # noqa: BLE001 - the channel itself may be what fails
        logger.error("Could not send the storingsmelding to the user: %s", oorzaak(fout))


async def meld_storing(output_channel: Any, ontvanger: str | None) -> None:
    """Sends the storingsmelding, once per user message."""
    beurt = _BEURT.get()
    if beurt is not None:
        if beurt.gemeld:
            return
        beurt.gemeld = True
    await _meld(output_channel, ontvanger, storingsmelding())


# ---------------------------------------------------------------------------------------------
# Hooks


def omhul_handle_message(origineel: Callable[..., Any]) -> Callable[..., Any]:
    """Agent.handle_message: a Beurt per message, the storingsmelding on an error, the
    opslagmelding after the answer when the tracker store failed."""

    @functools.wraps(origineel)
    async def handle_message(self: Any, message: Any) -> Any:
        beurt = Beurt()
        token = _BEURT.set(beurt)
        try:
            try:
                resultaat = await origineel(self, message)
            except AlBeantwoord as eerder:
                logger.warning(
                    "Message already handled: its replica stopped before it answered and the message "
                    "was sent again; the saved answer is sent instead of handling it twice."
                )
                for bericht in eerder.berichten:
                    await message.output_channel.send_response(message.sender_id, dict(bericht))
                return None
            except Exception as fout:
                logger.error(
                    "Handling a message failed (%s); the user gets the storingsmelding.", oorzaak(fout)
                )
                await meld_storing(message.output_channel, message.sender_id)
                raise
            if beurt.opslagfout and not beurt.gemeld:
                await _meld(message.output_channel, message.sender_id, opslagmelding())
            return resultaat
        finally:
            _BEURT.reset(token)

    return handle_message


def omhul_remote_run(origineel: Callable[..., Any]) -> Callable[..., Any]:
    """RemoteAction.run: the storingsmelding when the action server cannot run the action."""
    import aiohttp
    from rasa.core.actions.action import ActionExecutionRejection
    from rasa.shared.exceptions import RasaException

    @functools.wraps(origineel)
    async def run(self: Any, output_channel: Any, nlg: Any, tracker: Any, domain: Any) -> Any:
        beurt = _BEURT.get()
        if beurt is not None and beurt.actieserver_onbereikbaar:
            raise RasaException(
                f"Custom action '{self.name()}' skipped: the action server was unreachable earlier "
                "in this message."
            )
        try:
            return await origineel(self, output_channel, nlg, tracker, domain)
        except ActionExecutionRejection:
            raise  # a form rejecting the user's answer: normal behaviour
        except Exception as fout:
            onbereikbaar = any(
                isinstance(f, (aiohttp.ClientConnectionError, asyncio.TimeoutError)) for f in _keten(fout)
            )
            if beurt is not None and onbereikbaar:
                beurt.actieserver_onbereikbaar = True
            TELLERS.tel("actieserver")
            url = getattr(getattr(self, "action_endpoint", None), "url", None)
            logger.error(
                "Custom action '%s' failed: the action server at %s is %s (%s). The user gets the "
                "storingsmelding with the number of Klantadvies Wlz.",
                self.name(),
                url,
                "unreachable" if onbereikbaar else "failing",
                oorzaak(fout),
            )
            await meld_storing(output_channel, getattr(tracker, "sender_id", None))
            raise

    return run


class AlBeantwoord(Exception):
    """The message was handled before (same request id): here are the answers saved with it."""

    def __init__(self, berichten: list[dict[str, Any]]) -> None:
        super().__init__("message already handled")
        self.berichten = berichten


def eerder_antwoord(tracker: Any, verzoek: str) -> list[dict[str, Any]] | None:
    """The bot messages saved after the user message with request id `verzoek`, or None when the
    conversation has no such message (the normal case)."""
    from rasa.shared.core.events import BotUttered, UserUttered

    berichten: list[dict[str, Any]] = []
    for event in list(tracker.events)[-MAX_TERUGKIJKEN:][::-1]:
        if isinstance(event, UserUttered):
            if (event.metadata or {}).get(VERZOEK_SLEUTEL) == verzoek:
                return berichten[::-1]
            berichten = []
        elif isinstance(event, BotUttered):
            berichten.append(event.message())
    return None


def omhul_fetch_tracker(origineel: Callable[..., Any]) -> Callable[..., Any]:
    """MessageProcessor.fetch_tracker_and_update_session: stop when the message was handled before.
    It runs inside the conversation lock, after the one read of the conversation Rasa does anyway."""

    @functools.wraps(origineel)
    async def fetch(self: Any, sender_id: str, output_channel: Any = None, metadata: Any = None) -> Any:
        tracker = await origineel(self, sender_id, output_channel, metadata)
        verzoek = metadata.get(VERZOEK_SLEUTEL) if isinstance(metadata, dict) else None
        if verzoek:
            berichten = eerder_antwoord(tracker, verzoek)
            if berichten is not None:
                raise AlBeantwoord(berichten)
        return tracker

    return fetch


def omhul_rest_metadata(origineel: Callable[..., Any]) -> Callable[..., Any]:
    """RestInput.get_metadata: the request id from nginx joins the message's metadata."""

    @functools.wraps(origineel)
    def get_metadata(self: Any, request: Any) -> Any:
        metadata = origineel(self, request)
        if isinstance(metadata, dict):
            metadata = {k: v for k, v in metadata.items() if k != VERZOEK_SLEUTEL}  # not from the client
        verzoek = request.headers.get(VERZOEK_KOP)
        if verzoek and (metadata is None or isinstance(metadata, dict)):
            metadata = {**(metadata or {}), VERZOEK_SLEUTEL: str(verzoek)[:64]}
        return metadata

    return get_metadata


def opslagfout(fout: Exception) -> None:
    """FailSafeTrackerStore's error callback: log, count, and mark the message for the opslagmelding."""
    TELLERS.tel("gespreksopslag")
    beurt = _BEURT.get()
    if beurt is not None:
        beurt.opslagfout = True
    logger.error(
        "Tracker store unreachable (%s): this conversation continues in memory only and is NOT "
        "saved; the user is told so, and /webhooks/gezondheid/klaar reports 503 until the store "
        "answers again.",
        oorzaak(fout),
    )


def lock_levensduur() -> float:
    waarde = os.environ.get("TICKET_LOCK_LIFETIME", "")
    try:
        return float(waarde) if float(waarde) > 0 else STANDAARD_LOCK_LEVENSDUUR_S
    except ValueError:
        return STANDAARD_LOCK_LEVENSDUUR_S


def _onderliggend(store: Any, attributen: tuple) -> Any:
    """The store inside Rasa's wrappers (FailSafeTrackerStore, AwaitableTrackerStore)."""
    for _ in range(5):
        binnen = next((getattr(store, a) for a in attributen if getattr(store, a, None) is not None), None)
        if binnen is None:
            return store
        store = binnen
    return store


def maak_veilige_lock_store(lock_store_klasse: type, in_memory_klasse: type) -> type:
    class VeiligeLockStore(lock_store_klasse):
        """A lock store that falls back to a lock inside this process when its store fails."""

        def __init__(self, lock_store: Any) -> None:
            self.lock_store = lock_store
            self.reserve = in_memory_klasse()
            self._rust_tot = 0.0
            super().__init__()

        # Delegated, for anything that uses the store directly.
        def get_lock(self, conversation_id: str) -> Any:
            return self.lock_store.get_lock(conversation_id)

        def delete_lock(self, conversation_id: str) -> None:
            self.lock_store.delete_lock(conversation_id)

        def save_lock(self, lock: Any) -> None:
            self.lock_store.save_lock(lock)

        def _fout(self, fout: Exception) -> None:
            self._rust_tot = time.monotonic() + REDIS_RUST_S
            TELLERS.tel("vergrendeling")
            logger.error(
                "Lock store unreachable (%s): messages are locked inside this replica only until it "
                "answers again (retried after %.0f s); /webhooks/gezondheid/klaar reports 503.",
                oorzaak(fout),
                REDIS_RUST_S,
            )

        @asynccontextmanager
        async def lock(
            self, conversation_id: str, lock_lifetime: float | None = None, wait_time_in_seconds: float = 1
        ) -> AsyncGenerator[Any, None]:
            levensduur = lock_lifetime if lock_lifetime is not None else lock_levensduur()
            ticket = None
            if time.monotonic() >= self._rust_tot:
                try:
                    ticket = self.lock_store.issue_ticket(conversation_id, levensduur)
                except Exception as fout:  # noqa: BLE001 - Redis down: lock locally
                    self._fout(fout)
            if ticket is None:
                async with self.reserve.lock(conversation_id, levensduur, wait_time_in_seconds) as lock:
                    yield lock
                return
            try:
                lock, ticket = await self._wacht_op_beurt(conversation_id, ticket, levensduur)
                yield lock
            finally:
                try:
                    self.lock_store.cleanup(conversation_id, ticket)
                except Exception as fout:  # noqa: BLE001 - the ticket expires by itself
                    self._fout(fout)

        async def _wacht_op_beurt(self, conversation_id: str, ticket: int, levensduur: float) -> Any:
            """(lock, ticket) once it is this ticket's turn.

            Rasa's own loop (LockStore._acquire_lock) waits forever when the waiting ticket expires
            too: a replica that dies while it handles a message leaves its ticket behind, the
            message is retried on another replica with a ticket of the same lifetime, and when
            both have expired by the next poll, the lock is empty and "not our turn" forever. Here
            an expired ticket is replaced by a new one at the end of the queue.
            """
            from rasa.core.lock_store import LockError

            einde = time.monotonic() + 3 * levensduur
            while True:
                lock = self.lock_store.get_lock(conversation_id)
                if lock is not None:
                    lock.remove_expired_tickets()
                if lock is None or all(t.number != ticket for t in lock.tickets):
                    ticket = self.lock_store.issue_ticket(conversation_id, levensduur)
                    continue
                if not lock.is_locked(ticket):
                    return lock, ticket
                if time.monotonic() > einde:
                    raise LockError(f"Could not acquire lock for conversation_id '{conversation_id}'.")
                await asyncio.sleep(WACHT_S)
                self.lock_store.update_lock(conversation_id)

    return VeiligeLockStore


def _bereid_tracker_store_voor(failsafe: Any) -> Any:
    """Our error callback on Rasa's FailSafeTrackerStore, and connections tested before use."""
    failsafe._on_tracker_store_error = opslagfout
    store = _onderliggend(failsafe, ("_tracker_store", "tracker_store"))
    pool = getattr(getattr(store, "engine", None), "pool", None)
    if pool is not None and hasattr(pool, "_pre_ping"):
        pool._pre_ping = True  # SQLAlchemy's pool_pre_ping; Rasa does not pass engine options
    return failsafe


def is_geinstalleerd() -> bool:
    from rasa.core.agent import Agent

    return bool(getattr(Agent, _MARKERING, False))


def installeer() -> None:
    """Installs the hooks in this process (once). Call before Rasa creates its agent."""
    controleer_rasa_versie("De storingsmelding", "server/storing.py")
    from rasa.core.actions.action import RemoteAction
    from rasa.core.agent import Agent
    from rasa.core.channels.rest import RestInput
    from rasa.core.lock_store import InMemoryLockStore, LockStore
    from rasa.core.processor import MessageProcessor

    if getattr(Agent, _MARKERING, False):
        return
    # Read the contact facts now: a broken organisaties.yml stops the start, not a user's message.
    storingsmelding(), opslagmelding()

    RemoteAction.run = omhul_remote_run(RemoteAction.run)
    Agent.handle_message = omhul_handle_message(Agent.handle_message)
    MessageProcessor.fetch_tracker_and_update_session = omhul_fetch_tracker(
        MessageProcessor.fetch_tracker_and_update_session
    )
    RestInput.get_metadata = omhul_rest_metadata(RestInput.get_metadata)

    maak_tracker_store = Agent._create_tracker_store
    veilige_lock_store = maak_veilige_lock_store(LockStore, InMemoryLockStore)
    maak_lock_store = Agent._create_lock_store

    def _create_tracker_store(store: Any, domain: Any) -> Any:
        return _bereid_tracker_store_voor(maak_tracker_store(store, domain))

    def _create_lock_store(store: Any) -> Any:
        lock_store = maak_lock_store(store)
        if isinstance(lock_store, InMemoryLockStore):
            return lock_store
        return veilige_lock_store(lock_store)

    Agent._create_tracker_store = staticmethod(_create_tracker_store)
    Agent._create_lock_store = staticmethod(_create_lock_store)
    setattr(Agent, _MARKERING, True)
