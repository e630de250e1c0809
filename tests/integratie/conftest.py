"""Fixtures of the integration tests, run by `make test-privacy` (WLZ_INTEGRATIE=verplicht: a
missing model then fails instead of skipping)."""
from __future__ import annotations

import os
import subprocess
import sys
from typing import Dict, Iterator

import pytest

from echte_servers import ACTIE_POORT, MODEL, RasaServer, nodig, start_rasa, stop, wacht_tot_bereikbaar
from hulp import REPO


@pytest.fixture(scope="session")
def action_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    if not MODEL.exists():
        nodig(f"{MODEL} ontbreekt; make train")
    log = tmp_path_factory.mktemp("acties") / "actions.log"
    with log.open("w") as uit:
        proces = subprocess.Popen([sys.executable, "-m", "rasa_sdk", "--actions", "actions", "--port", str(ACTIE_POORT)],
                                  cwd=REPO, stdout=uit, stderr=subprocess.STDOUT,
                                  env={**os.environ, "SANIC_HOST": "127.0.0.1"})
    try:
        wacht_tot_bereikbaar(f"http://127.0.0.1:{ACTIE_POORT}/health", proces, log)
        yield f"http://127.0.0.1:{ACTIE_POORT}/webhook"
    finally:
        stop(proces)


@pytest.fixture(scope="session")
def servers(action_server: str, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Dict[str, RasaServer]]:
    """Two servers, started together: `standaard` as `make serve` with defaults (debug logging,
    to check that not even debug lines hold personal data) and `met_token` with WLZ_API_TOKEN."""
    alle = {
        "standaard": start_rasa(tmp_path_factory.mktemp("standaard"), 15105, action_server, {}, ["--debug"]),
        "met_token": start_rasa(tmp_path_factory.mktemp("met_token"), 15106, action_server,
                                {"WLZ_API_TOKEN": "test-token-" + os.urandom(8).hex()}, []),
    }
    try:
        for server in alle.values():
            assert server.proces is not None
            wacht_tot_bereikbaar(server.url + "/", server.proces, server.log)
        yield alle
    finally:
        for server in alle.values():
            if server.proces:
                stop(server.proces)
