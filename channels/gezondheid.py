"""Health endpoints of a Rasa replica, for nginx (scripts/productie.py) and Kubernetes probes.

Mounted by Rasa as an input channel (entry `channels.gezondheid.GezondheidInput:` in credentials.yml):

- GET /webhooks/gezondheid/live  -> 200 {"status": "ok"} while the process serves HTTP.
- GET /webhooks/gezondheid/klaar -> 200 when the model is loaded, the tracker store answers
  (SQL: `SELECT 1`; Redis: PING; in memory: always) and the lock store answers (Redis: PING; in
  memory: always); otherwise 503 with the reasons.

The checks run in a small thread pool of their own with a short time-out (WLZ_GEZONDHEID_TIMEOUT,
default 2 s), so a database that hangs never blocks Rasa's event loop; probes that arrive while a
check runs share its result, and a result is reused for one second. The answer holds statuses,
error types and counters only: no conversation data, no addresses, no error texts.

Rasa's FailSafeTrackerStore continues in memory when the database fails; server/storing.py logs and
counts that, and the counts are shown here (`terugval_naar_geheugen`). The action server is reported
(`actieserver`) but does not make the replica unready: every replica depends on the same action
server, and server/storing.py answers users with a storingsmelding when it is down.
"""

from __future__ import annotations

import asyncio
import logging
import os
import time
from collections.abc import Awaitable, Callable
from concurrent.futures import ThreadPoolExecutor
from typing import Any

from rasa.core.channels.channel import InputChannel, UserMessage
from sanic import Blueprint, response
from sanic.request import Request
from sanic.response import HTTPResponse

logger = logging.getLogger(__name__)

STANDAARD_TIMEOUT_S = 2.0
CACHE_S = 1.0
OK = "ok"
IN_GEHEUGEN = "in geheugen"
NIET_BEREIKBAAR = "niet bereikbaar"
NIET_GECONTROLEERD = "niet gecontroleerd"

# Never more than two checks at a time, whatever hangs; Rasa's own default executor stays free.
_UITVOERDER = ThreadPoolExecutor(max_workers=2, thread_name_prefix="wlz-gezondheid")


def _timeout_s() -> float:
    try:
        return max(0.1, float(os.environ.get("WLZ_GEZONDHEID_TIMEOUT", STANDAARD_TIMEOUT_S)))
    except ValueError:
        return STANDAARD_TIMEOUT_S


def onderliggend(store: Any) -> Any:
    """The store inside Rasa's wrappers (FailSafeTrackerStore, AwaitableTrackerStore) and ours
    (server/storing.py's lock store)."""
    for _ in range(5):
        binnen = next(
            (
                getattr(store, a)
                for a in ("_tracker_store", "tracker_store", "lock_store")
                if getattr(store, a, None) is not None
            ),
            None,
        )
        if binnen is None:
            return store
        store = binnen
    return store


def _select_1(engine: Any) -> None:
    import sqlalchemy as sa

    with engine.connect() as verbinding:
        verbinding.execute(sa.text("SELECT 1"))


def _controle_voor(store: Any, soort: str) -> tuple[str, Callable[[], Any] | None]:
    """(description, blocking check or None when nothing needs checking) for one store."""
    naam = type(store).__name__
    if store is None:
        return f"{soort} ontbreekt", None
    if "InMemory" in naam:
        return IN_GEHEUGEN, None
    if getattr(store, "engine", None) is not None:  # Rasa's SQLTrackerStore
        return naam, lambda: _select_1(store.engine)
    if getattr(store, "red", None) is not None:  # Rasa's Redis tracker and lock stores
        return naam, store.red.ping
    return NIET_GECONTROLEERD, None


async def _voer_uit(controle: Callable[[], Any], timeout_s: float) -> str | None:
    """None when the check passed, else the type of error (or 'time-out')."""
    lus = asyncio.get_running_loop()
    try:
        await asyncio.wait_for(lus.run_in_executor(_UITVOERDER, controle), timeout_s)
    except asyncio.TimeoutError:
        return "time-out"
    except Exception as fout:  # noqa: BLE001 - any failure means: not reachable
        return type(fout).__name__
    return None


async def _actieserver(agent: Any, timeout_s: float) -> str:
    """Informative only: does the action server answer /health?"""
    import aiohttp

    url = getattr(getattr(agent, "action_endpoint", None), "url", None)
    if not url:
        return NIET_GECONTROLEERD
    basis = url.rsplit("/webhook", 1)[0] if url.rstrip("/").endswith("/webhook") else url
    try:
        async with aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=timeout_s)) as sessie:
            async with sessie.get(basis.rstrip("/") + "/health") as antwoord:
                return OK if antwoord.status == 200 else NIET_BEREIKBAAR
    except (aiohttp.ClientError, asyncio.TimeoutError):
        return NIET_BEREIKBAAR


async def controleer(agent: Any, timeout_s: float | None = None) -> tuple[bool, dict[str, Any]]:
    """(ready, details) of this replica; never raises, never blocks the event loop for long."""
    timeout_s = _timeout_s() if timeout_s is None else timeout_s
    details: dict[str, Any] = {}
    redenen: list[str] = []
    model = agent is not None and bool(getattr(agent, "is_ready", lambda: False)())
    details["model"] = "geladen" if model else "niet geladen"
    if not model:
        redenen.append("model niet geladen")

    stores = {
        "gespreksopslag": onderliggend(getattr(agent, "tracker_store", None)) if agent else None,
        "vergrendeling": onderliggend(getattr(agent, "lock_store", None)) if agent else None,
    }
    controles = {soort: _controle_voor(store, soort) for soort, store in stores.items() if agent}
    uitkomsten = await asyncio.gather(
        *(_voer_uit(c, timeout_s) for _, c in controles.values() if c is not None),
        _actieserver(agent, timeout_s) if agent else asyncio.sleep(0, NIET_GECONTROLEERD),
    )
    *fouten, details["actieserver"] = uitkomsten
    fouten_iter = iter(fouten)
    for soort, (beschrijving, controle) in controles.items():
        if controle is None:
            details[soort] = beschrijving
            continue
        fout = next(fouten_iter)
        if fout is None:
            details[soort] = OK
        else:
            details[soort] = NIET_BEREIKBAAR
            redenen.append(f"{soort} ({beschrijving}) niet bereikbaar: {fout}")

    try:
        from server import storing

        tellers = storing.status()
        details["terugval_naar_geheugen"] = tellers["fouten"].get("gespreksopslag", 0)
        details["storingsmeldingen"] = "aan" if tellers["geinstalleerd"] else "uit"
    except Exception:  # noqa: BLE001 - the counters are extra information only
        pass
    if redenen:
        details["reden"] = "; ".join(redenen)
    return not redenen, details


class _GedeeldeControle:
    """One check at a time per replica; its result is shared and reused for CACHE_S seconds."""

    def __init__(self) -> None:
        self._lopend: asyncio.Future | None = None
        self._uitslag: tuple[bool, dict[str, Any]] | None = None
        self._tijd = 0.0

    async def uitslag(self, agent: Any) -> tuple[bool, dict[str, Any]]:
        if self._uitslag is not None and time.monotonic() - self._tijd < CACHE_S:
            return self._uitslag
        if self._lopend is None or self._lopend.done():
            self._lopend = asyncio.ensure_future(self._controleer(agent))
        return await asyncio.shield(self._lopend)

    async def _controleer(self, agent: Any) -> tuple[bool, dict[str, Any]]:
        uitslag = await controleer(agent)
        vorige = self._uitslag
        self._uitslag, self._tijd = uitslag, time.monotonic()
        if vorige is not None and vorige[0] != uitslag[0]:
            if uitslag[0]:
                logger.info("Replica ready again: model, tracker store and lock store answer.")
            else:
                logger.error("Replica not ready: %s.", uitslag[1].get("reden"))
        elif vorige is None and not uitslag[0]:
            logger.warning("Replica not ready: %s.", uitslag[1].get("reden"))
        return uitslag


class GezondheidInput(InputChannel):
    """Liveness and readiness under /webhooks/gezondheid/; needs no credentials."""

    @classmethod
    def name(cls) -> str:
        return "gezondheid"

    @classmethod
    def from_credentials(cls, credentials: dict[str, Any] | None) -> InputChannel:
        return cls()

    def __init__(self) -> None:
        self._controle = _GedeeldeControle()

    def blueprint(self, on_new_message: Callable[[UserMessage], Awaitable[Any]]) -> Blueprint:
        gezondheid = Blueprint("gezondheid_webhook", __name__)

        @gezondheid.route("/live", methods=["GET"])
        async def live(_: Request) -> HTTPResponse:
            return response.json({"status": "ok"})

        @gezondheid.route("/klaar", methods=["GET"])
        async def klaar(request: Request) -> HTTPResponse:
            agent = getattr(request.app.ctx, "agent", None)
            is_klaar, details = await self._controle.uitslag(agent)
            return response.json(
                {"status": "klaar" if is_klaar else "niet klaar", **details}, status=200 if is_klaar else 503
            )

        return gezondheid
