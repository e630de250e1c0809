"""Short answers (issue #12): every turn the bot gives for an intent with a rule in data/rules/*.yml is at
most 3 messages and 90 words, and says no sentence twice; the same for the "Meer uitleg" turn after it.
An answer has the button "Meer uitleg" exactly when it has a `_meer` part.

A turn is built from the rule's steps as the bot runs them: response texts from the merged domain,
custom actions run for real (action_verwijs_contact with a tracker from hulp.maak_tracker), a form asks
its first question, and "Had u hier iets aan?" (action_feedback_vraag) is added where
components/gespreksbeurten.py asks it. Words are whitespace-separated tokens of the message texts;
buttons do not count.
"""

from __future__ import annotations

import asyncio
import importlib
import inspect
import pkgutil
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

import pytest
from rasa_sdk.executor import ActionExecutor, CollectingDispatcher

from actions import contact_acties
from actions.contacten import TIJDZONE
from actions.uitleg_acties import INTENT as MEER_INTENT
from actions.uitleg_acties import KNOP_MEER, details
from components.gespreksbeurten import beurten, namen, vraag_om_feedback
from hulp import REPO, laad_domein, laad_yaml, maak_tracker

MAX_BERICHTEN = 3
MAX_WOORDEN = 90
# A sentence of fewer words is not checked for repeats ("1", "Ja").
MIN_ZINSWOORDEN = 3
MEER = "_meer"
KNOP_PAYLOAD = KNOP_MEER["payload"]

# Places for the contact answers: none known yet, in the region of Zorg en Zekerheid, elsewhere.
WOONPLAATSEN = {"zonder woonplaats": None, "Leiden": "GM0546", "Zwolle": "GM0193"}
# Moments for the contact answers (they say whether the phone line is open).
MOMENTEN = {
    "dinsdag 10:00": datetime(2026, 11, 3, 10, 0, tzinfo=TIJDZONE),
    "zaterdag 20:00": datetime(2026, 11, 7, 20, 0, tzinfo=TIJDZONE),
}

DOMEIN = laad_domein()
RESPONSES: dict[str, list[dict[str, Any]]] = DOMEIN["responses"]


def _acties() -> dict[str, Any]:
    """The custom actions by name, as the action server registers them. The modules are imported by
    their full name: rasa_sdk's register_package would find tests/contacten on the test path."""
    import actions

    for module in pkgutil.walk_packages(actions.__path__, prefix="actions."):
        importlib.import_module(module.name)
    uitvoerder = ActionExecutor()
    uitvoerder._register_all_actions()
    return uitvoerder.actions


ACTIES = _acties()


# ---------------------------------------------------------------- the turns of the rules


@dataclass(frozen=True)
class Regelbeurt:
    """One user message of a rule and the actions the rule runs for it."""

    bron: str
    intent: str
    acties: tuple[str, ...]
    formulier_actief: str | None = None

    @property
    def heeft_eigen_actie(self) -> bool:
        return any(actie in ACTIES for actie in self.acties)


def regelbeurten() -> list[Regelbeurt]:
    gevonden: dict[tuple[str, tuple[str, ...], str | None], Regelbeurt] = {}
    for bestand in sorted((REPO / "data" / "rules").glob("*.yml")):
        for regel in laad_yaml(bestand).get("rules") or []:
            voorwaarde = next(
                (c["active_loop"] for c in regel.get("condition") or [] if "active_loop" in c), None
            )
            stappen = regel.get("steps") or []
            for i, stap in enumerate(stappen):
                if "intent" not in stap:
                    continue
                acties = []
                for volgende in stappen[i + 1 :]:
                    if "intent" in volgende:
                        break
                    if "action" in volgende:
                        acties.append(volgende["action"])
                sleutel = (stap["intent"], tuple(acties), voorwaarde)
                gevonden.setdefault(sleutel, Regelbeurt(f"{bestand.name}: {regel['rule']}", *sleutel))
    return list(gevonden.values())


def gevallen() -> Iterator[Any]:
    for beurt in regelbeurten():
        varianten = [(None, None)]
        if beurt.heeft_eigen_actie:
            varianten = [(p, m) for p in WOONPLAATSEN for m in MOMENTEN]
        for plaats, moment in varianten:
            naam = beurt.intent + "".join(f"|{a}" for a in beurt.acties)
            if plaats:
                naam += f" ({plaats}, {moment})"
            yield pytest.param(beurt, plaats, moment, id=naam)


# ---------------------------------------------------------------- running a turn


@dataclass
class Gesprek:
    """The events of a conversation in Rasa's JSON form, and the messages of its last turn."""

    slots: dict[str, Any] = field(default_factory=dict)
    gebeurtenissen: list[dict[str, Any]] = field(
        default_factory=lambda: [
            {"event": "action", "name": "action_session_start"},
            {"event": "session_started"},
            {"event": "action", "name": "action_listen"},
        ]
    )
    berichten: list[dict[str, Any]] = field(default_factory=list)
    intent: str = ""
    formulier: str | None = None

    def zeg(self, intent: str) -> None:
        if self.gebeurtenissen[-1].get("name") != "action_listen":
            self.gebeurtenissen.append({"event": "action", "name": "action_listen"})
        parse = {
            "text": f"/{intent}",
            "intent": {"name": intent, "confidence": 1.0},
            "intent_ranking": [{"name": intent, "confidence": 1.0}],
            "entities": [],
        }
        self.gebeurtenissen.append({"event": "user", "text": f"/{intent}", "parse_data": parse})
        self.intent = intent
        self.berichten = []

    def zeg_bot(self, bericht: dict[str, Any], antwoord: str | None = None) -> None:
        self.berichten.append(bericht)
        self.gebeurtenissen.append(
            {
                "event": "bot",
                "text": bericht.get("text"),
                "data": {"buttons": bericht.get("buttons")},
                "metadata": {"utter_action": antwoord} if antwoord else {},
            }
        )

    def doe(self, actie: str) -> None:
        self.gebeurtenissen.append({"event": "action", "name": actie})
        if actie.startswith("utter_"):
            self.zeg_bot(antwoord_bericht(actie), actie)
        elif actie in ACTIES:
            self._voer_uit(actie)
        elif actie in (DOMEIN.get("forms") or {}):
            self._vraag_van_formulier(actie)
        # Otherwise a built-in action of Rasa without messages (action_deactivate_loop, ...).

    def _tracker(self):
        tracker = maak_tracker(
            intent=self.intent,
            slots=dict(self.slots),
            active_loop={"name": self.formulier} if self.formulier else None,
        )
        tracker.events = [dict(g) for g in self.gebeurtenissen]
        return tracker

    def _voer_uit(self, actie: str) -> None:
        dispatcher = CollectingDispatcher()
        uitkomst = ACTIES[actie](dispatcher, self._tracker(), DOMEIN)
        if inspect.iscoroutine(uitkomst):
            uitkomst = asyncio.run(uitkomst)
        for bericht in dispatcher.messages:
            naam = bericht.get("response")
            if naam:
                gevuld = antwoord_bericht(
                    naam, {k: v for k, v in bericht.items() if k not in ("response", "buttons")}
                )
                gevuld["buttons"] = (gevuld.get("buttons") or []) + (bericht.get("buttons") or [])
                self.zeg_bot(gevuld, naam)
            else:
                self.zeg_bot({"text": bericht.get("text") or "", "buttons": bericht.get("buttons") or []})
        for gebeurtenis in uitkomst or []:
            self.gebeurtenissen.append(dict(gebeurtenis))
            if gebeurtenis.get("event") == "slot":
                self.slots[gebeurtenis["name"]] = gebeurtenis.get("value")

    def _vraag_van_formulier(self, formulier: str) -> None:
        """The form's first question: the first required slot that has no value yet."""
        verplicht = (DOMEIN["forms"][formulier] or {}).get("required_slots") or []
        slot = next((s for s in verplicht if self.slots.get(s) is None), None)
        if slot is None:
            return
        self.gebeurtenissen.append({"event": "active_loop", "name": formulier})
        self.formulier = formulier
        if f"action_ask_{slot}" in ACTIES:
            self._voer_uit(f"action_ask_{slot}")
        else:
            self.zeg_bot(antwoord_bericht(f"utter_ask_{slot}"), f"utter_ask_{slot}")

    def einde_beurt(self) -> None:
        """What the feedback policy adds when the rule is done: the question, where it asks it."""
        if vraag_om_feedback(beurten(self.gebeurtenissen)):
            self.doe(namen().feedback_vraag)


def antwoord_bericht(naam: str, waarden: dict[str, Any] | None = None) -> dict[str, Any]:
    assert naam in RESPONSES, f"{naam} staat niet in domain/"
    variant = RESPONSES[naam][0]
    tekst = variant.get("text") or ""
    for sleutel, waarde in (waarden or {}).items():
        tekst = tekst.replace("{" + sleutel + "}", str(waarde))
    return {"text": tekst, "buttons": list(variant.get("buttons") or [])}


@pytest.fixture
def vaste_klok(monkeypatch):
    """Fixes the clock of the contact answers (they say whether the phone line is open now)."""

    def zet(moment: str | None) -> None:
        if moment is None:
            return

        class Klok(datetime):
            @classmethod
            def now(cls, tz=None):
                return MOMENTEN[moment].astimezone(tz) if tz else MOMENTEN[moment]

        monkeypatch.setattr(contact_acties, "datetime", Klok, raising=False)

    return zet


def speel(beurt: Regelbeurt, plaats: str | None) -> Gesprek:
    gesprek = Gesprek(slots={"gemeente": WOONPLAATSEN[plaats]} if plaats and WOONPLAATSEN[plaats] else {})
    if beurt.formulier_actief:
        gesprek.gebeurtenissen.append({"event": "active_loop", "name": beurt.formulier_actief})
        gesprek.formulier = beurt.formulier_actief
    gesprek.zeg(beurt.intent)
    for actie in beurt.acties:
        gesprek.doe(actie)
    gesprek.einde_beurt()
    return gesprek


# ---------------------------------------------------------------- measuring a turn


def woorden(berichten: list[dict[str, Any]]) -> int:
    return sum(len((b.get("text") or "").split()) for b in berichten)


def zinnen(tekst: str) -> list[str]:
    delen = re.split(r"(?<=[.?!])\s+|\n+", tekst)
    genormaliseerd = [re.sub(r"\s+", " ", d).strip(" .?!:;,").lower() for d in delen]
    return [z for z in genormaliseerd if len(z.split()) >= MIN_ZINSWOORDEN]


def dubbele_zinnen(berichten: list[dict[str, Any]]) -> list[str]:
    gezien: list[str] = []
    dubbel: list[str] = []
    for bericht in berichten:
        for zin in zinnen(bericht.get("text") or ""):
            if zin in gezien and zin not in dubbel:
                dubbel.append(zin)
            gezien.append(zin)
    return dubbel


def beschrijving(gesprek: Gesprek) -> str:
    return "\n".join(f"  [{len((b.get('text') or '').split())} w] {b.get('text')}" for b in gesprek.berichten)


def controleer_beurt(gesprek: Gesprek, wat: str) -> None:
    berichten = gesprek.berichten
    assert len(berichten) <= MAX_BERICHTEN, f"{wat}: {len(berichten)} berichten\n{beschrijving(gesprek)}"
    assert woorden(berichten) <= MAX_WOORDEN, f"{wat}: {woorden(berichten)} woorden\n{beschrijving(gesprek)}"
    dubbel = dubbele_zinnen(berichten)
    assert not dubbel, f"{wat}: zin twee keer: {dubbel}\n{beschrijving(gesprek)}"


# ---------------------------------------------------------------- the tests


def test_de_regels_leveren_beurten_op():
    intents = {b.intent for b in regelbeurten()}
    assert {"wlz_wat_is", "herindicatie", "bezwaar", "meer_uitleg", "feedback_ja"} <= intents


@pytest.mark.parametrize("beurt, plaats, moment", list(gevallen()))
def test_een_beurt_is_kort(beurt: Regelbeurt, plaats, moment, vaste_klok):
    vaste_klok(moment)
    gesprek = speel(beurt, plaats)
    controleer_beurt(gesprek, beurt.bron)


@pytest.mark.parametrize("beurt, plaats, moment", list(gevallen()))
def test_meer_uitleg_na_de_beurt_is_kort_en_zonder_feedbackvraag(
    beurt: Regelbeurt, plaats, moment, vaste_klok
):
    vaste_klok(moment)
    gesprek = speel(beurt, plaats)
    heeft_details = bool(details(gesprek.gebeurtenissen[_na_laatste_gebruiker(gesprek) :], set(RESPONSES)))
    vraag = [b for b in gesprek.berichten if b.get("text") == _feedbackvraag_tekst()]
    if vraag and heeft_details:
        assert KNOP_MEER in vraag[-1]["buttons"], f"{beurt.bron}: de feedbackvraag biedt geen Meer uitleg aan"
    if not heeft_details:
        return
    gesprek.zeg(MEER_INTENT)
    gesprek.doe("action_meer_uitleg")
    assert gesprek.berichten, f"{beurt.bron}: Meer uitleg gaf niets"
    assert not vraag_om_feedback(beurten(gesprek.gebeurtenissen))
    controleer_beurt(gesprek, f"{beurt.bron}, daarna Meer uitleg")


def _na_laatste_gebruiker(gesprek: Gesprek) -> int:
    return max(i for i, g in enumerate(gesprek.gebeurtenissen) if g.get("event") == "user") + 1


def _feedbackvraag_tekst() -> str:
    from actions.uitleg_acties import FEEDBACK_VRAAG

    return RESPONSES[FEEDBACK_VRAAG][0]["text"]


def _heeft_knop_meer(naam: str) -> bool:
    return any(
        knop.get("payload") == KNOP_PAYLOAD
        for variant in RESPONSES[naam]
        for knop in variant.get("buttons") or []
    )


@pytest.mark.parametrize("naam", sorted(RESPONSES))
def test_knop_meer_uitleg_precies_bij_een_meer_deel(naam: str):
    heeft_meer = naam + MEER in RESPONSES
    fout = "mist de knop Meer uitleg" if heeft_meer else f"heeft de knop Meer uitleg maar geen {naam}{MEER}"
    assert _heeft_knop_meer(naam) == heeft_meer, f"{naam}: {fout}"


@pytest.mark.parametrize("naam", sorted(n for n in RESPONSES if n.endswith(MEER)))
def test_een_meer_deel_hoort_bij_een_antwoord(naam: str):
    assert naam[: -len(MEER)] in RESPONSES, f"{naam} hoort bij geen antwoord {naam[: -len(MEER)]}"
