"""Reads events from Rasa's SQL tracker store, read-only, with plain SQLAlchemy.

The table `events` has one row per event (`id`, `sender_id`, `timestamp`, `data` with the event
in Rasa's JSON form). SQLite is opened in read-only mode; PostgreSQL in a read-only transaction.
Nothing here writes, so `make review` can run next to the live bot.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import MetaData, Table, create_engine, inspect, select
from sqlalchemy.engine import URL, Connection, make_url
from sqlalchemy.exc import OperationalError

from review.gesprekken import Rij, rij_van

TABEL = "events"


class OpslagFout(RuntimeError):
    """The store cannot be read; the message says why, in Dutch, without secrets."""


@contextmanager
def alleen_lezen(adres: str | URL) -> Iterator[Connection]:
    """A connection to the store that cannot write."""
    url = make_url(adres)
    if url.get_backend_name() == "sqlite":
        bestand = Path(url.database or "")
        if not bestand.is_file():
            raise OpslagFout(f"Er is nog geen gesprekkenbestand: {bestand} bestaat niet.")
        url = url.set(database=f"file:{bestand.resolve()}", query={"mode": "ro", "uri": "true"})
    engine = create_engine(url)
    try:
        with engine.connect() as verbinding:
            if url.get_backend_name() == "postgresql":
                verbinding = verbinding.execution_options(postgresql_readonly=True)
            yield verbinding
    except OperationalError as fout:
        # Only the kind of error: the driver's message can name the server.
        raise OpslagFout(
            f"De tracker store is niet bereikbaar of niet leesbaar ({type(fout.orig).__name__})."
        ) from None
    finally:
        engine.dispose()


def lees_rijen(verbinding: Connection, van: float, tot: float) -> list[Rij]:
    """All events of every sender with an event in [van, tot) (Unix time), by sender and row."""
    events = _tabel(verbinding)
    if events is None:
        return []
    afzenders = (
        select(events.c.sender_id).where(events.c.timestamp >= van, events.c.timestamp < tot).distinct()
    )
    vraag = (
        select(events.c.id, events.c.sender_id, events.c.data)
        .where(events.c.sender_id.in_(afzenders.scalar_subquery()))
        .order_by(events.c.sender_id, events.c.id)
    )
    return [(rij.id, rij.sender_id, json.loads(rij.data)) for rij in verbinding.execute(vraag)]


def lees_rijen_van_afzender_van(verbinding: Connection, referentie: str) -> list[Rij]:
    """All events of the sender of conversation `referentie` (e.g. "G1234"), by row."""
    events = _tabel(verbinding)
    if events is None:
        return []
    afzender = select(events.c.sender_id).where(events.c.id == rij_van(referentie))
    vraag = (
        select(events.c.id, events.c.sender_id, events.c.data)
        .where(events.c.sender_id == afzender.scalar_subquery())
        .order_by(events.c.id)
    )
    return [(rij.id, rij.sender_id, json.loads(rij.data)) for rij in verbinding.execute(vraag)]


def _tabel(verbinding: Connection) -> Table | None:
    if not inspect(verbinding).has_table(TABEL):
        return None
    return Table(TABEL, MetaData(), autoload_with=verbinding)
