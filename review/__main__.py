"""`python -m review rapport|exporteer`: the review of stored conversations (`make review`) and
one conversation as a test story (`make exporteer`). Reads the tracker store of the endpoints
file, never writes to it."""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from collections.abc import Sequence
from pathlib import Path
from zoneinfo import ZoneInfo

from server import waarschuwingen

# The klantadviseurs' clock: dates and hours in the report are Dutch local time.
TIJDZONE = ZoneInfo("Europe/Amsterdam")
STANDAARD_DAGEN = 30


def datum(tekst: str) -> dt.date:
    try:
        return dt.date.fromisoformat(tekst)
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"{tekst!r} is geen datum; schrijf JJJJ-MM-DD, bv. 2026-11-01."
        ) from None


def parser() -> argparse.ArgumentParser:
    gedeeld = argparse.ArgumentParser(add_help=False)
    gedeeld.add_argument(
        "--endpoints",
        default="endpoints.yml",
        help="endpoints-bestand met de tracker store (productie: endpoints-productie.yml)",
    )
    gedeeld.add_argument(
        "--drempel", type=float, default=None, help="zekerheid waaronder de bot twijfelde (standaard 0.6)"
    )
    p = argparse.ArgumentParser(prog="python -m review", description=__doc__)
    opdrachten = p.add_subparsers(dest="opdracht", required=True)
    rapport = opdrachten.add_parser(
        "rapport", parents=[gedeeld], help="HTML-rapport en CSV-bestanden over een periode"
    )
    rapport.add_argument(
        "--van", type=datum, help=f"eerste dag (standaard {STANDAARD_DAGEN - 1} dagen voor --tot)"
    )
    rapport.add_argument("--tot", type=datum, help="laatste dag, die telt mee (standaard vandaag)")
    rapport.add_argument("--uit", type=Path, default=Path("results/review"), help="map voor het rapport")
    exporteer = opdrachten.add_parser(
        "exporteer", parents=[gedeeld], help="een gesprek als testverhaal (tests/test_*.yml)"
    )
    exporteer.add_argument("gesprek", help="nummer van het gesprek uit het rapport, bv. G1234")
    exporteer.add_argument(
        "--map", type=Path, help="schrijf naar <map>/test_<naam>.yml (anders naar het scherm)"
    )
    exporteer.add_argument("--naam", help="naam van het bestand en het verhaal (standaard gesprek_<nummer>)")
    exporteer.add_argument("--overschrijf", action="store_true", help="een bestaand bestand vervangen")
    return p


def main(argv: Sequence[str]) -> int:
    waarschuwingen.installeer()
    args = parser().parse_args(argv)

    from review.cijfers import STANDAARD_DREMPEL
    from review.gesprekken import OnbekendeReferentie
    from review.opslag import OpslagFout
    from server.instellingen import InstellingFout
    from server.opslag_adres import database_url

    drempel = STANDAARD_DREMPEL if args.drempel is None else args.drempel
    try:
        url = database_url(args.endpoints)
        if args.opdracht == "rapport":
            return _rapport(url, args.van, args.tot, args.uit, drempel)
        return _exporteer(url, args.gesprek, args.map, args.naam, args.overschrijf, drempel)
    except (InstellingFout, OpslagFout, OnbekendeReferentie) as fout:
        print(fout, file=sys.stderr)
        return 2


def _rapport(url: object, van: dt.date | None, tot: dt.date | None, uit: Path, drempel: float) -> int:
    from review import rapport
    from review.cijfers import overzicht
    from review.gesprekken import gesprekken
    from review.opslag import alleen_lezen, lees_rijen

    tot = tot or dt.datetime.now(TIJDZONE).date()
    van = van or tot - dt.timedelta(days=STANDAARD_DAGEN - 1)
    if van > tot:
        print("--van ligt na --tot.", file=sys.stderr)
        return 2
    begin = dt.datetime.combine(van, dt.time(), TIJDZONE).timestamp()
    einde = dt.datetime.combine(tot + dt.timedelta(days=1), dt.time(), TIJDZONE).timestamp()
    with alleen_lezen(url) as verbinding:
        alle = gesprekken(lees_rijen(verbinding, begin, einde))
    cijfers = overzicht(alle, van, tot, TIJDZONE, drempel)
    pagina = rapport.schrijf(cijfers, uit)
    print(
        f"{cijfers.aantal_gesprekken} gesprekken, {cijfers.berichten} berichten "
        f"({van:%d-%m-%Y} t/m {tot:%d-%m-%Y}). Rapport: {pagina}; CSV-bestanden in {uit}/."
    )
    return 0


def _exporteer(
    url: object, referentie: str, map_: Path | None, naam: str | None, overschrijf: bool, drempel: float
) -> int:
    from review.gesprekken import gesprek_met_referentie
    from review.opslag import alleen_lezen, lees_rijen_van_afzender_van
    from review.verhaal import bestandsnaam, verhaal

    with alleen_lezen(url) as verbinding:
        gesprek = gesprek_met_referentie(lees_rijen_van_afzender_van(verbinding, referentie), referentie)
    tekst = verhaal(gesprek, TIJDZONE, drempel)
    if map_ is None:
        sys.stdout.write(tekst)
        return 0
    pad = map_ / bestandsnaam(naam, gesprek.referentie)
    if pad.exists() and not overschrijf:
        print(f"{pad} bestaat al; kies een andere NAAM of gebruik --overschrijf.", file=sys.stderr)
        return 2
    map_.mkdir(parents=True, exist_ok=True)
    pad.write_text(tekst, encoding="utf-8")
    print(f"Gesprek {gesprek.referentie} staat in {pad}. Controleer de intents en draai make test-core.")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
