"""Every setting of the running bot that comes from the environment, with its default, in one place.

Secrets (API token, JWT secret, Telegram secret, database passwords) have no default and are never
in the repository. The defaults are for a developer's machine: the HTTP API off, CORS only for the
demo page of `make web`, conversations in a SQLite file.
"""

from __future__ import annotations

import os
import re
from collections.abc import Mapping
from dataclasses import dataclass

# The demo page of `make web`; a real site sets WLZ_CORS_ORIGINS to its own address.
STANDAARD_CORS = ("http://127.0.0.1:8080", "http://localhost:8080")
# About 300 words: room for a relative's long story, not for a pasted document.
STANDAARD_MAX_TEKENS = 2000
# Why 30 days: long enough to come back to an unfinished question or form and for klantadviseurs
# to review last month's conversations; short enough that little health data piles up (AVG:
# data minimisation). Counted from the last message of a conversation.
STANDAARD_BEWAAR_DAGEN = 30
# Rasa refuses larger HTTP bodies before any channel reads them (Sanic's REQUEST_MAX_SIZE);
# a chat message of the maximum length is a few kilobytes.
MAX_VERZOEK_BYTES = 256 * 1024

# Variables that endpoints.yml and endpoints-productie.yml read; Rasa stops when one is unset,
# so the defaults are put in the environment before Rasa starts.
ENDPOINT_STANDAARDEN = {
    "WLZ_GESPREKKEN_DB": "gesprekken/wlz-assistent.db",
    "WLZ_ACTION_SERVER_URL": "http://127.0.0.1:5055/webhook",
    "WLZ_DB_PORT": "5432",
    "WLZ_DB_NAME": "wlz",
    "WLZ_DB_USER": "wlz",
    "WLZ_REDIS_PORT": "6379",
    "WLZ_REDIS_DB": "1",
}


class InstellingFout(ValueError):
    """A setting in the environment that cannot be used; the message says which and why."""


@dataclass(frozen=True)
class Instellingen:
    api_token: str | None
    jwt_secret: str | None
    jwt_methode: str
    cors_origins: tuple[str, ...]
    max_tekens: int
    bewaar_dagen: int

    @property
    def api_aan(self) -> bool:
        return bool(self.api_token or self.jwt_secret)

    @classmethod
    def uit_omgeving(cls, omgeving: Mapping[str, str] | None = None) -> Instellingen:
        omgeving = os.environ if omgeving is None else omgeving
        cors = tuple(o for o in re.split(r"[\s,]+", omgeving.get("WLZ_CORS_ORIGINS", "")) if o)
        if "*" in cors:
            raise InstellingFout("WLZ_CORS_ORIGINS mag geen * bevatten: noem de adressen van de site.")
        return cls(
            api_token=omgeving.get("WLZ_API_TOKEN") or None,
            jwt_secret=omgeving.get("WLZ_API_JWT_SECRET") or None,
            jwt_methode=omgeving.get("WLZ_API_JWT_METHOD") or "HS256",
            cors_origins=cors or STANDAARD_CORS,
            max_tekens=_positief_getal(omgeving, "WLZ_MAX_TEKENS", STANDAARD_MAX_TEKENS),
            bewaar_dagen=_positief_getal(omgeving, "WLZ_BEWAARTERMIJN_DAGEN", STANDAARD_BEWAAR_DAGEN),
        )


def _positief_getal(omgeving: Mapping[str, str], naam: str, standaard: int) -> int:
    waarde = omgeving.get(naam)
    if not waarde:
        return standaard
    if not waarde.isdigit() or int(waarde) < 1:
        raise InstellingFout(f"{naam} moet een heel getal groter dan 0 zijn, niet {waarde!r}.")
    return int(waarde)


def zet_endpoint_standaarden(omgeving: os._Environ[str] | dict[str, str]) -> None:
    """Puts the defaults of the endpoint variables in the environment where they are unset."""
    for naam, waarde in ENDPOINT_STANDAARDEN.items():
        if not omgeving.get(naam):
            omgeving[naam] = waarde
