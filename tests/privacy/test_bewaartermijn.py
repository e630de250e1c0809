"""Retention against Rasa's real SQL tracker store in a SQLite file (privacy/bewaartermijn.py and
the command `python -m server.bewaartermijn`)."""

import asyncio
import datetime as dt
import subprocess
import sys
from pathlib import Path

import pytest
from rasa.core.tracker_store import SQLTrackerStore
from rasa.shared.core.domain import Domain
from rasa.shared.core.events import ActionExecuted, UserUttered
from rasa.shared.core.trackers import DialogueStateTracker
from sqlalchemy import create_engine

from hulp import REPO
from privacy.bewaartermijn import grens, verwijder_oude_gesprekken

NU = dt.datetime(2026, 11, 27, 12, 0, tzinfo=dt.timezone.utc)


def dagen_geleden(dagen: float) -> float:
    return (NU - dt.timedelta(days=dagen)).timestamp()


def bewaar_gesprek(store: SQLTrackerStore, sender: str, *tijden: float) -> None:
    tracker = DialogueStateTracker(sender, slots=[])
    for tijd in tijden:
        tracker.update(UserUttered("hallo", {"name": "groet", "confidence": 1.0}, timestamp=tijd))
        tracker.update(ActionExecuted("utter_groet", timestamp=tijd + 1))
    asyncio.run(store.save(tracker))


def gesprekken(store: SQLTrackerStore) -> set:
    return set(asyncio.run(store.keys()))


@pytest.fixture
def store(tmp_path: Path) -> SQLTrackerStore:
    return SQLTrackerStore(Domain.empty(), dialect="sqlite", db=str(tmp_path / "gesprekken.db"))


def test_oude_gesprekken_weg_recente_en_net_actieve_blijven(store: SQLTrackerStore) -> None:
    bewaar_gesprek(store, "oud", dagen_geleden(45), dagen_geleden(40))
    # Begun long ago, but the last message is recent: the conversation is kept as a whole.
    bewaar_gesprek(store, "lang-lopend", dagen_geleden(60), dagen_geleden(2))
    bewaar_gesprek(store, "recent", dagen_geleden(1))
    bewaar_gesprek(store, "net-binnen", dagen_geleden(29.9))

    aantal = verwijder_oude_gesprekken(store.engine, grens(30, NU))

    assert aantal == 1
    assert gesprekken(store) == {"lang-lopend", "recent", "net-binnen"}


def test_droog_telt_alleen(store: SQLTrackerStore) -> None:
    bewaar_gesprek(store, "oud", dagen_geleden(45))
    assert verwijder_oude_gesprekken(store.engine, grens(30, NU), droog=True) == 1
    assert gesprekken(store) == {"oud"}


def test_lege_database_zonder_tabel(tmp_path: Path) -> None:
    engine = create_engine(f"sqlite:///{tmp_path / 'leeg.db'}")
    assert verwijder_oude_gesprekken(engine, grens(30, NU)) == 0


def test_opdracht_verwijdert_uit_de_store_van_het_endpointsbestand(
    store: SQLTrackerStore, tmp_path: Path
) -> None:
    echt_nu = dt.datetime.now(dt.timezone.utc)
    bewaar_gesprek(store, "oud", (echt_nu - dt.timedelta(days=31)).timestamp())
    bewaar_gesprek(store, "recent", (echt_nu - dt.timedelta(days=3)).timestamp())
    uitvoer = subprocess.run(
        [sys.executable, "-m", "server.bewaartermijn", "--endpoints", str(REPO / "endpoints.yml")],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=300,
        env={
            "PATH": "/usr/bin:/bin",
            "WLZ_GESPREKKEN_DB": str(tmp_path / "gesprekken.db"),
            "WLZ_BEWAARTERMIJN_DAGEN": "30",
        },
    )
    assert uitvoer.returncode == 0, uitvoer.stderr
    assert uitvoer.stdout.startswith("1 gesprekken"), uitvoer.stdout
    # Counts only: no conversation id in what the job prints.
    assert "oud" not in uitvoer.stdout and "recent" not in uitvoer.stdout
    assert gesprekken(store) == {"recent"}
