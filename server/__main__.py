"""Starts Rasa the safe way: `python -m server run|shell [rasa options]`.

- The HTTP API is on only with a token (WLZ_API_TOKEN) or a JWT secret (WLZ_API_JWT_SECRET) from
  the environment; without one it is off, and the channels (REST, socket.io, Telegram, WhatsApp)
  work as before. Secrets never appear on the command line (`ps` shows this command only).
- CORS only for the origins in WLZ_CORS_ORIGINS (default: the demo page of `make web`).
- Personal data is masked in every user message and log line before Rasa stores or writes it.
- The defaults of the variables in endpoints*.yml are set where they are missing.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence
from pathlib import Path

from server import waarschuwingen
from server.instellingen import MAX_VERZOEK_BYTES, Instellingen, InstellingFout, zet_endpoint_standaarden

OPDRACHTEN = ("run", "shell")
# Options that would bypass the environment: secrets and origins come from variables only.
VERBODEN_OPTIES = ("--enable-api", "--auth-token", "--jwt-secret", "--jwt-private-key", "--cors")


def rasa_argumenten(opdracht: str, opties: Sequence[str], instellingen: Instellingen) -> list[str]:
    """The argv for Rasa's own command line, from our options and the settings."""
    if opdracht not in OPDRACHTEN:
        raise InstellingFout(f"Gebruik: python -m server {{{'|'.join(OPDRACHTEN)}}} [opties van rasa].")
    verboden = [o for o in opties if o.split("=")[0] in VERBODEN_OPTIES]
    if verboden:
        raise InstellingFout(
            f"{', '.join(verboden)}: zet de HTTP-API en CORS aan met WLZ_API_TOKEN of WLZ_API_JWT_SECRET "
            "en WLZ_CORS_ORIGINS (zie README, Privacy en beveiliging)."
        )
    argumenten = ["rasa", opdracht, *opties]
    if opdracht == "run":
        argumenten += ["--cors", *instellingen.cors_origins]
    if instellingen.api_aan:
        argumenten.append("--enable-api")
        if instellingen.api_token:
            # "--optie=waarde": a token that starts with "-" would otherwise be read as an option.
            argumenten.append(f"--auth-token={instellingen.api_token}")
        if instellingen.jwt_secret:
            argumenten += [
                f"--jwt-secret={instellingen.jwt_secret}",
                f"--jwt-method={instellingen.jwt_methode}",
            ]
    return argumenten


def main(argv: Sequence[str]) -> int:
    waarschuwingen.installeer()
    try:
        instellingen = Instellingen.uit_omgeving()
        opdracht, *opties = argv or [""]
        argumenten = rasa_argumenten(opdracht, opties, instellingen)
    except InstellingFout as fout:
        print(fout, file=sys.stderr)
        return 2
    zet_endpoint_standaarden(os.environ)
    # SQLite creates the file, not its folder (only endpoints.yml uses it).
    Path(os.environ["WLZ_GESPREKKEN_DB"]).parent.mkdir(parents=True, exist_ok=True)
    # Sanic reads SANIC_* variables when Rasa creates its app.
    os.environ.setdefault("SANIC_REQUEST_MAX_SIZE", str(MAX_VERZOEK_BYTES))

    from server import rasa_maskering, storing

    rasa_maskering.installeer(instellingen.max_tekens)
    # A failing action server, database or lock store gets a Dutch reply with Klantadvies Wlz.
    storing.installeer()
    if opdracht == "shell":
        from server import shell

        shell.installeer()
    if not instellingen.api_aan and opdracht == "run":
        print(
            "HTTP-API van Rasa staat uit (geen WLZ_API_TOKEN of WLZ_API_JWT_SECRET); de kanalen werken wel.",
            file=sys.stderr,
        )

    from rasa.__main__ import main as rasa_main

    sys.argv = argumenten
    rasa_main()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
