"""Fixtures of the integration tests, run by `make test-integratie` (WLZ_INTEGRATIE=verplicht: a
missing model then fails instead of skipping)."""

from __future__ import annotations

import os
from collections.abc import Iterator

import pytest

from echte_servers import (
    ACTIE_POORT,
    MODEL,
    RasaServer,
    nodig,
    start_acties,
    start_rasa,
    stop,
    wacht_tot_bereikbaar,
)


@pytest.fixture(scope="session")
def action_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    if not MODEL.exists():
        nodig(f"{MODEL} ontbreekt; make train")
    log = tmp_path_factory.mktemp("acties") / "actions.log"
    proces = start_acties(ACTIE_POORT, log)
    try:
        wacht_tot_bereikbaar(f"http://127.0.0.1:{ACTIE_POORT}/health", proces, log)
        yield f"http://127.0.0.1:{ACTIE_POORT}/webhook"
    finally:
        stop(proces)


@pytest.fixture(scope="session")
def servers(action_server: str, tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, RasaServer]]:
    """Two servers, started together: `standaard` as `make serve` with defaults (debug logging,
    to check that not even debug lines hold personal data) and `met_token` with WLZ_API_TOKEN."""
    alle = {
        "standaard": start_rasa(tmp_path_factory.mktemp("standaard"), 15105, action_server, {}, ["--debug"]),
        "met_token": start_rasa(
            tmp_path_factory.mktemp("met_token"),
            15106,
            action_server,
            {"WLZ_API_TOKEN": "test-token-" + os.urandom(8).hex()},
            [],
        ),
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
