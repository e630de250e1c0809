"""Deletes old conversations from the tracker store: `python -m server.bewaartermijn`.

Schedule it once a day (cron, or the CronJob in deploy/). It reads the tracker store from the same
endpoints file as the Rasa server and the period from WLZ_BEWAARTERMIJN_DAGEN, so the job, the
server and the privacy answer of the bot agree. It prints counts only, never a conversation id.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from server.instellingen import Instellingen, InstellingFout


def main(argv: Sequence[str]) -> int:
    parser = argparse.ArgumentParser(prog="python -m server.bewaartermijn", description=__doc__)
    parser.add_argument("--endpoints", default="endpoints.yml", help="endpoints-bestand met de tracker store")
    parser.add_argument(
        "--dagen", type=int, help="bewaartermijn in dagen (standaard WLZ_BEWAARTERMIJN_DAGEN of 30)"
    )
    parser.add_argument("--droog", action="store_true", help="alleen tellen, niets verwijderen")
    args = parser.parse_args(argv)
    try:
        dagen = args.dagen if args.dagen is not None else Instellingen.uit_omgeving().bewaar_dagen
        if dagen < 1:
            raise InstellingFout("--dagen moet groter dan 0 zijn.")
    except InstellingFout as fout:
        print(fout, file=sys.stderr)
        return 2
    from sqlalchemy import create_engine

    from privacy.bewaartermijn import grens, verwijder_oude_gesprekken
    from server.opslag_adres import database_url

    try:
        url = database_url(args.endpoints)
    except InstellingFout as fout:
        print(f"{fout} Er is niets verwijderd.", file=sys.stderr)
        return 2
    voor = grens(dagen)
    try:
        aantal = verwijder_oude_gesprekken(create_engine(url), voor, droog=args.droog)
    except Exception as fout:  # noqa: BLE001 - the scheduler should see a clear line and a failure code
        print(
            f"De tracker store is niet bereikbaar of niet leesbaar: {type(fout).__name__}.", file=sys.stderr
        )
        return 1
    werkwoord = "zouden worden verwijderd" if args.droog else "verwijderd"
    print(
        f"{aantal} gesprekken met het laatste bericht vóór {voor:%Y-%m-%d %H:%M} UTC "
        f"(bewaartermijn {dagen} dagen) {werkwoord}."
    )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
