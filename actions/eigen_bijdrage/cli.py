"""Command line: python -m actions.eigen_bijdrage --jaar 2025 --zorgvorm instelling ...

Every message the user sees is Dutch, argparse's own English errors included;
bad input ends with exit code 2 and never with a traceback. The result is worded as in the chat
(resultaat.py): the short result first, then the step-by-step explanation.
"""

from __future__ import annotations

import argparse
import json
import re
from dataclasses import fields
from decimal import Decimal

from .bedragen import parse_bedrag
from .berekening import bereken
from .model import PARTNERSITUATIES, ZORGVORMEN, OngeldigeInvoer, Partnersituatie, Situatie
from .parameters import ondersteunde_jaren
from .resultaat import als_tekst

PROGRAMMA = "python -m actions.eigen_bijdrage"
_VERPLICHT = ("jaar", "zorgvorm", "inkomen")
# argparse only reports in English; these are the messages our flags can cause.
_VERTALINGEN = (
    (re.compile(r"unrecognized arguments: (.*)"), "Fout: onbekende optie of waarde: {0}."),
    (re.compile(r"argument (\S+): expected one argument"), "Fout: bij {0} hoort een waarde."),
    (re.compile(r"argument (\S+): ignored explicit argument (.*)"), "Fout: bij {0} hoort geen waarde."),
    (re.compile(r"argument (\S+): (.*)"), "Fout bij {0}: {1}"),
)


class _Hulpopmaak(argparse.HelpFormatter):
    def add_usage(self, usage, actions, groups, prefix=None):
        super().add_usage(usage, actions, groups, "Gebruik: " if prefix is None else prefix)


class NederlandseParser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        for patroon, tekst in _VERTALINGEN:
            gevonden = patroon.fullmatch(message)
            if gevonden:
                message = tekst.format(*gevonden.groups())
                break
        else:
            message = f"Fout: de opdracht klopt niet ({message})."
        self.stop(message)

    def stop(self, boodschap: str) -> None:
        self.exit(2, f"{boodschap}\nTyp '{PROGRAMMA} --help' voor uitleg.\n")


def _geheel_getal(tekst: str) -> int:
    try:
        return int(tekst)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{tekst}' is geen heel getal.") from None


def _ja_nee(tekst: str) -> bool:
    antwoord = tekst.strip().lower()
    if antwoord in ("ja", "j"):
        return True
    if antwoord in ("nee", "n"):
        return False
    raise argparse.ArgumentTypeError(f"Kies ja of nee, niet '{tekst}'.")


def _bedrag(tekst: str) -> Decimal:
    gelezen = parse_bedrag(tekst)
    if gelezen is None:
        raise argparse.ArgumentTypeError(f"'{tekst}' is geen bedrag. Schrijf bijvoorbeeld 30000 of 30.000.")
    if gelezen.per_maand:
        raise argparse.ArgumentTypeError("Geef een bedrag per jaar, niet per maand.")
    return gelezen.bedrag


def maak_parser() -> NederlandseParser:
    jaren = ",".join(str(jaar) for jaar in ondersteunde_jaren())
    parser = NederlandseParser(
        prog=PROGRAMMA,
        add_help=False,
        allow_abbrev=False,
        formatter_class=_Hulpopmaak,
        description="Schat de eigen bijdrage voor de Wlz (of Wmo beschermd wonen) per maand. "
        "Bedragen mag u ook zo schrijven: 30.000, 30k of '25 duizend'.",
    )
    parser._optionals.title = "opties"
    optie = parser.add_argument
    optie("-h", "--help", action="help", help="Toon deze uitleg en stop.")
    optie("--jaar", type=_geheel_getal, metavar=f"{{{jaren}}}", help="Het jaar van de zorg (verplicht).")
    optie("--zorgvorm", metavar="{" + ",".join(ZORGVORMEN) + "}", help="Soort zorg (verplicht).")
    optie(
        "--leeftijd", type=_geheel_getal, metavar="N", help="Leeftijd; zonder deze optie: 18 jaar of ouder."
    )
    optie("--aow", type=_ja_nee, metavar="{ja,nee}", help="AOW-leeftijd bereikt op 31 januari van dat jaar.")
    optie(
        "--partner",
        default=Partnersituatie.GEEN.value,
        metavar="{" + ",".join(PARTNERSITUATIES) + "}",
        help="Situatie van uw partner (standaard: geen).",
    )
    optie("--partner-aow", type=_ja_nee, metavar="{ja,nee}", help="Partner heeft de AOW-leeftijd.")
    optie(
        "--inkomen",
        type=_bedrag,
        metavar="EUR",
        help="Verzamelinkomen van u en uw partner samen in het peiljaar (jaar - 2), per jaar (verplicht).",
    )
    optie(
        "--vermogen",
        type=_bedrag,
        default=Decimal(0),
        metavar="EUR",
        help="Vermogen in box 3 op 1 januari van het peiljaar, samen (standaard 0).",
    )
    optie(
        "--maanden", type=_geheel_getal, metavar="N", help="Aantal maanden dat u al in de instelling woont."
    )
    optie("--mpt-max-20-uur", action="store_true", help="Mpt met 20 uur zorg of minder per maand.")
    optie(
        "--kinderen",
        action="store_true",
        help="U zorgt voor kinderen met kinderbijslag of met studiefinanciering (jonger dan 27).",
    )
    optie(
        "--terugkeer", action="store_true", help="Het zorgkantoor verwacht terugkeer naar zelfstandig wonen."
    )
    optie(
        "--belasting",
        type=_bedrag,
        metavar="EUR",
        help="Inkomstenbelasting en premie volksverzekeringen over het peiljaar (voor de hoge bijdrage).",
    )
    optie("--json", action="store_true", help="Geef de uitkomst als JSON.")
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = maak_parser()
    args = parser.parse_args(argv)
    ontbreekt = [f"--{naam}" for naam in _VERPLICHT if getattr(args, naam) is None]
    if ontbreekt:
        parser.stop(f"Fout: deze gegevens ontbreken: {', '.join(ontbreekt)}.")
    try:
        # Every field of the Situatie is a flag of the same name (--partner-aow: partner_aow).
        situatie = Situatie(**{veld.name: getattr(args, veld.name) for veld in fields(Situatie)})
    except OngeldigeInvoer as fout:
        parser.stop(f"Fout bij --{fout.veld.replace('_', '-')}: {fout.boodschap}")
    uitkomst = bereken(situatie)
    if args.json:
        print(json.dumps(uitkomst.als_dict(), ensure_ascii=False, indent=2))
    else:
        print(als_tekst(uitkomst))
    return 0
