"""The real servers of the integration tests: the action server and Rasa started as `make serve`
does (`python -m server run`), each on a loopback port of its own, with a database and a log in a
temporary folder."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import urllib.error
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

from hulp import REPO
from scripts.evalueer_gesprekken import rasa_opdracht, stop, wacht_tot_bereikbaar  # noqa: F401 - shared with the tests

# WLZ_TEST_MODEL: another model, e.g. one trained into a temporary folder for a change under test.
MODEL = Path(os.environ.get("WLZ_TEST_MODEL") or REPO / "models" / "wlz-assistent.tar.gz")
ACTIE_POORT = 15155


def nodig(reden: str) -> None:
    if os.environ.get("WLZ_INTEGRATIE") == "verplicht":
        pytest.fail(reden)
    pytest.skip(reden)


def start_acties(poort: int, log: Path) -> subprocess.Popen:
    """The action server on 127.0.0.1:`poort`, output in `log`."""
    with log.open("w") as uit:
        return subprocess.Popen(
            [sys.executable, "-m", "rasa_sdk", "--actions", "actions", "--port", str(poort)],
            cwd=REPO,
            stdout=uit,
            stderr=subprocess.STDOUT,
            env={**os.environ, "SANIC_HOST": "127.0.0.1"},
        )


@dataclass
class RasaServer:
    url: str
    database: Path
    log: Path
    token: str | None = None
    proces: subprocess.Popen | None = field(default=None, repr=False)

    def zeg(self, afzender: str, tekst: str) -> list[dict[str, Any]]:
        return self.post_json("/webhooks/rest/webhook", {"sender": afzender, "message": tekst})

    def post_json(self, pad: str, inhoud: Any) -> Any:
        verzoek = urllib.request.Request(
            self.url + pad,
            data=json.dumps(inhoud).encode(),
            headers={"Content-Type": "application/json"},
            method="POST",
        )
        with urllib.request.urlopen(verzoek, timeout=60) as antwoord:
            return json.load(antwoord)

    def status(self, pad: str, methode: str = "GET", headers: dict[str, str] | None = None) -> int:
        return self.verzoek(pad, methode, headers)[0]

    def verzoek(
        self, pad: str, methode: str = "GET", headers: dict[str, str] | None = None
    ) -> tuple[int, list[tuple[str, str]], bytes]:
        """Status, all response headers (a repeated header stays repeated) and body."""
        verzoek = urllib.request.Request(self.url + pad, method=methode, headers=headers or {})
        try:
            with urllib.request.urlopen(verzoek, timeout=30) as antwoord:
                return antwoord.status, list(antwoord.headers.items()), antwoord.read()
        except urllib.error.HTTPError as fout:
            return fout.code, list(fout.headers.items()), fout.read()

    def opgeslagen(self) -> str:
        """Everything in the tracker store, read from the SQLite file itself."""
        import sqlite3

        with sqlite3.connect(self.database) as db:
            return "\n".join(r[0] for r in db.execute("SELECT data FROM events"))


def start_rasa(
    map: Path, poort: int, actie_url: str, extra_omgeving: dict[str, str], extra_args: list[str]
) -> RasaServer:
    server = RasaServer(
        url=f"http://127.0.0.1:{poort}",
        database=map / "gesprekken.db",
        log=map / "rasa.log",
        token=extra_omgeving.get("WLZ_API_TOKEN"),
    )
    omgeving = {k: v for k, v in os.environ.items() if not k.startswith("WLZ_")}
    omgeving.update(
        {"WLZ_ACTION_SERVER_URL": actie_url, "WLZ_GESPREKKEN_DB": str(server.database), **extra_omgeving}
    )
    with (map / "uitvoer.log").open("w") as uit:
        server.proces = subprocess.Popen(
            rasa_opdracht(poort, MODEL, "--log-file", str(server.log), *extra_args),
            cwd=REPO,
            stdout=uit,
            stderr=subprocess.STDOUT,
            env=omgeving,
        )
    return server
