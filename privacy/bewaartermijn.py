"""Retention: conversations whose last event is older than the retention period are deleted.

Works on the table of Rasa's SQL tracker store (`events`: one row per event, with `sender_id`
and a Unix `timestamp`), in SQLite and PostgreSQL alike, with plain SQLAlchemy: a conversation is
deleted as a whole, never a part of one, so a kept conversation is always complete.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import MetaData, Table, delete, func, inspect, select
from sqlalchemy.engine import Engine

TABEL = "events"


def grens(dagen: int, nu: dt.datetime | None = None) -> dt.datetime:
    """The moment before which a conversation's last event makes it old."""
    nu = nu or dt.datetime.now(dt.timezone.utc)
    return nu - dt.timedelta(days=dagen)


def verwijder_oude_gesprekken(engine: Engine, voor: dt.datetime, droog: bool = False) -> int:
    """Deletes every conversation whose last event is before `voor`; returns how many."""
    if not inspect(engine).has_table(TABEL):
        return 0
    events = Table(TABEL, MetaData(), autoload_with=engine)
    oud = (
        select(events.c.sender_id)
        .group_by(events.c.sender_id)
        .having(func.max(events.c.timestamp) < voor.timestamp())
    )
    with engine.begin() as verbinding:
        aantal = verbinding.execute(select(func.count()).select_from(oud.subquery())).scalar_one()
        if aantal and not droog:
            verbinding.execute(delete(events).where(events.c.sender_id.in_(oud.scalar_subquery())))
    return int(aantal)
