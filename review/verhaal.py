"""A stored conversation as a test story in the format of tests/test_*.yml. Plain Python.

Every step is what the bot did: the user's (masked) text with the intent and entities the bot
recognised, its actions, the slots they set and the calculator form starting and stopping.
`rasa test core --fail-on-prediction-errors` passes on the story as long as the bot behaves the
same. The klantadviseur corrects the intents (and the actions after them) where the bot was
wrong; the comments say where it was unsure. Bot messages are left out: a story tests actions.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable, Mapping
from typing import Any

import yaml

from components.gespreksbeurten import BOEKHOUDING, namen
from review.gesprekken import Gesprek

KOP = """\
# Gesprek {referentie} van {datum}, uit de tracker store (persoonsgegevens zijn gemaskeerd).
# De intent bij elk bericht is wat de bot zelf herkende. Controleer ze: klopt een intent niet,
# zet dan de juiste intent en zet daaronder de acties die de bot had moeten doen.
# Bij "LET OP" twijfelde de bot of begreep hij het bericht niet.
"""


def verhaal(gesprek: Gesprek, tijdzone: dt.tzinfo, drempel: float) -> str:
    """The YAML text of the test story."""
    begin = dt.datetime.fromtimestamp(gesprek.start, tz=tijdzone)
    regels = [
        KOP.format(referentie=gesprek.referentie, datum=f"{begin:%d-%m-%Y %H:%M}").rstrip("\n"),
        'version: "3.1"',
        "stories:",
        f"- story: gesprek {gesprek.referentie} van {begin:%d-%m-%Y}",
        "  steps:",
    ]
    regels += _stappen(gesprek.gebeurtenissen, drempel)
    return "\n".join(regels) + "\n"


def _stappen(gebeurtenissen: Iterable[Mapping[str, Any]], drempel: float) -> list[str]:
    regels: list[str] = []
    begonnen = in_slotblok = False
    for gebeurtenis in gebeurtenissen:
        soort = gebeurtenis.get("event")
        if soort == "user":
            begonnen = True
            stap = _gebruiker(gebeurtenis, drempel)
        elif not begonnen:
            continue  # the start of the session: slots carried over, action_session_start
        elif soort == "action" and gebeurtenis.get("name") not in BOEKHOUDING:
            stap = [f"  - action: {gebeurtenis['name']}"]
        elif soort == "active_loop":
            stap = [f"  - active_loop: {gebeurtenis.get('name') or 'null'}"]
        elif soort == "slot":
            slot = yaml.safe_dump(
                {gebeurtenis["name"]: gebeurtenis.get("value")},
                allow_unicode=True,
                default_flow_style=True,
                width=10_000,
            ).strip()[1:-1]
            regels += [f"    - {slot}"] if in_slotblok else ["  - slot_was_set:", f"    - {slot}"]
            in_slotblok = True
            continue
        else:
            continue  # bot messages, rejected or reverted actions: not part of a story
        regels += stap
        in_slotblok = False
    return regels


def _gebruiker(gebeurtenis: Mapping[str, Any], drempel: float) -> list[str]:
    parse = gebeurtenis.get("parse_data") or {}
    intent = (parse.get("intent") or {}).get("name") or namen().terugval_intent
    tekst = gebeurtenis.get("text") or ""
    toelichting = _toelichting(intent, parse, drempel)
    if not tekst.strip():
        return [f"  - intent: {intent}  # {toelichting}"]
    return [
        *_gebruikerstekst(_met_entiteiten(tekst, parse.get("entities") or [])),
        f"    intent: {intent}  # {toelichting}",
    ]


def _gebruikerstekst(tekst: str) -> list[str]:
    """`user: |` as in tests/test_*.yml; double-quoted YAML for a text that a block would change
    (several lines, spaces at either end, control characters)."""
    if tekst.isprintable() and tekst == tekst.strip():
        return ["  - user: |", f"      {tekst}"]
    return ["  - user: " + yaml.safe_dump(tekst, default_style='"', allow_unicode=True, width=10_000).strip()]


def _toelichting(intent: str, parse: Mapping[str, Any], drempel: float) -> str:
    ranking = [(r.get("name"), float(r.get("confidence") or 0.0)) for r in parse.get("intent_ranking") or []]
    zekerheid = float((parse.get("intent") or {}).get("confidence") or 0.0)
    if intent == namen().terugval_intent:
        beste = next(((n, z) for n, z in ranking if n != intent), None)
        gok = f" Waarschijnlijkste onderwerp: {beste[0]} ({_getal(beste[1])})." if beste else ""
        return f"LET OP: de bot begreep dit niet.{gok}"
    if zekerheid < drempel:
        tweede = next(((n, z) for n, z in ranking if n != intent), None)
        alternatief = f", daarna {tweede[0]} ({_getal(tweede[1])})" if tweede else ""
        return f"LET OP: de bot twijfelde ({_getal(zekerheid)}{alternatief})."
    return f"herkend ({_getal(zekerheid)})"


def _getal(waarde: float) -> str:
    return f"{waarde:.2f}".replace(".", ",")


def _met_entiteiten(tekst: str, entiteiten: Iterable[Mapping[str, Any]]) -> str:
    """The text with the recognised entities annotated as Rasa reads them in a story."""
    resultaat, positie = [], 0
    for e in sorted(entiteiten, key=lambda e: e.get("start", -1)):
        start, einde = e.get("start"), e.get("end")
        if start is None or einde is None or start < positie:
            continue  # no position, or overlapping an entity already annotated
        stuk = tekst[start:einde]
        kenmerken = {"entity": e["entity"]}
        if str(e.get("value")) != stuk:
            kenmerken["value"] = e.get("value")
        for extra in ("role", "group"):
            if e.get(extra):
                kenmerken[extra] = e[extra]
        resultaat += [tekst[positie:start], f"[{stuk}]{json.dumps(kenmerken, ensure_ascii=False)}"]
        positie = einde
    resultaat.append(tekst[positie:])
    return "".join(resultaat)


def bestandsnaam(naam: str | None, referentie: str) -> str:
    """test_<naam>.yml: `rasa test core --stories tests/` reads test_*.yml files, also in
    tests/echte_gesprekken/ (`make exporteer`; not tests/gesprekken/, which .gitignore leaves out)."""
    schoon = "".join(c if c.isalnum() else "_" for c in (naam or f"gesprek_{referentie}").lower()).strip("_")
    return f"test_{schoon}.yml"
