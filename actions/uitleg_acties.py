""" "Meer uitleg": the details behind a short answer, and the feedback question that offers them.

A topic answer `utter_X` is short; its details are the response `utter_X_meer`. A custom action that
gives a short answer with details (contact directory, calculator) sets the slot `meer_uitleg` in the
same turn to a list of response names ("utter_...") and/or literal texts. When the user then asks for
more (intent meer_uitleg), action_meer_uitleg shows, for the previous answer turn, `utter_X_meer` for
every `utter_X` the bot said, then the items of the slot: at most three messages. See domain/uitleg.yml.

The functions at the top read Rasa events as dicts (`tracker.events`) and need no Rasa; the two
actions at the bottom are thin adapters around them.
"""

from collections.abc import Collection, Iterable, Mapping, Sequence
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml
from rasa_sdk import Action, Tracker
from rasa_sdk.events import SlotSet
from rasa_sdk.executor import CollectingDispatcher

SLOT = "meer_uitleg"
INTENT = "meer_uitleg"
ACHTERVOEGSEL = "_meer"
MAX_BERICHTEN = 3
KNOP_MEER = {"title": "Meer uitleg", "payload": f"/{INTENT}"}
FEEDBACK_VRAAG = "utter_feedback_vraag_tekst"
NIETS_MEER = "utter_meer_uitleg_niets"
# Turns in which the user only answered "Had u hier iets aan?": "Meer uitleg" after them still means
# the answer before (in Telegram the button under the answer stays clickable).
FEEDBACK_INTENTS = frozenset({"feedback_ja", "feedback_nee"})
# A new session starts here; what follows is not part of the turn before it (carried-over slots).
SESSIESTART = frozenset({"session_started"})
DOMEIN_MAP = Path(__file__).resolve().parents[1] / "domain"

# One item of the details: a response name, a literal text, or (tolerated) utter_message keyword arguments.
Item = str | dict[str, Any]


def _is_sessiestart(gebeurtenis: Mapping[str, Any]) -> bool:
    return gebeurtenis.get("event") in SESSIESTART or (
        gebeurtenis.get("event") == "action" and gebeurtenis.get("name") == "action_session_start"
    )


def beurten(gebeurtenissen: Iterable[Mapping[str, Any]]) -> list[dict[str, Any]]:
    """The turns of a conversation, oldest first: {"intent": ..., "events": [what followed the user message]}.

    A turn's events stop at the start of a new session, so slots carried over into a new session do not
    count as set in the turn before it."""
    resultaat: list[dict[str, Any]] = []
    gestopt = False
    for gebeurtenis in gebeurtenissen:
        if gebeurtenis.get("event") == "user":
            intent = ((gebeurtenis.get("parse_data") or {}).get("intent") or {}).get("name")
            resultaat.append({"intent": intent, "events": []})
            gestopt = False
        elif resultaat and not gestopt:
            if _is_sessiestart(gebeurtenis):
                gestopt = True
            else:
                resultaat[-1]["events"].append(gebeurtenis)
    return resultaat


def huidige_beurt(gebeurtenissen: Iterable[Mapping[str, Any]]) -> list[Mapping[str, Any]]:
    """The bot's events of the running turn (after the latest user message)."""
    alle = beurten(gebeurtenissen)
    return alle[-1]["events"] if alle else []


def uit_te_leggen_beurt(gebeurtenissen: Iterable[Mapping[str, Any]]) -> list[Mapping[str, Any]]:
    """The events of the answer that "Meer uitleg" (the latest user message) asks about: the turn
    before it, passing over turns in which the user only answered the feedback question."""
    eerdere = beurten(gebeurtenissen)[:-1]
    for beurt in reversed(eerdere):
        if beurt["intent"] not in FEEDBACK_INTENTS:
            return beurt["events"]
    return []


def details(beurt: Sequence[Mapping[str, Any]], antwoorden: Collection[str]) -> list[Item]:
    """What "Meer uitleg" shows for a turn: `utter_X_meer` for every `utter_X` the bot said (when that
    response exists), then the items of the slot meer_uitleg if it was set in this turn. Response names
    that do not exist are left out; the same item is shown once."""
    items: list[Item] = []
    for gebeurtenis in beurt:
        if gebeurtenis.get("event") != "bot":
            continue
        naam = (gebeurtenis.get("metadata") or {}).get("utter_action")
        if naam and naam + ACHTERVOEGSEL in antwoorden:
            items.append(naam + ACHTERVOEGSEL)
    waarde = _slotwaarde(beurt)
    if isinstance(waarde, (str, dict)):
        waarde = [waarde]
    for item in waarde or []:
        if isinstance(item, str) and item.startswith("utter_") and item not in antwoorden:
            continue
        if isinstance(item, (str, dict)) and item:
            items.append(item)
    uniek: list[Item] = []
    for item in items:
        if item not in uniek:
            uniek.append(item)
    return uniek


def _slotwaarde(beurt: Sequence[Mapping[str, Any]]) -> Any:
    """The last value this turn gave the slot meer_uitleg (None when the turn did not set it)."""
    waarde = None
    for gebeurtenis in beurt:
        if gebeurtenis.get("event") == "slot" and gebeurtenis.get("name") == SLOT:
            waarde = gebeurtenis.get("value")
    return waarde


def heeft_details(beurt: Sequence[Mapping[str, Any]], antwoorden: Collection[str]) -> bool:
    return bool(details(beurt, antwoorden))


def als_bericht(item: Item) -> dict[str, Any]:
    """Keyword arguments of dispatcher.utter_message for one item."""
    if isinstance(item, dict):
        return {k: v for k, v in item.items() if k in ("text", "buttons", "response")}
    if item.startswith("utter_"):
        return {"response": item}
    return {"text": item}


@lru_cache(maxsize=1)
def _antwoorden_uit_bestanden() -> dict[str, Any]:
    """The responses in domain/*.yml, for when Rasa does not send the domain to the action server."""
    antwoorden: dict[str, Any] = {}
    for bestand in sorted(DOMEIN_MAP.glob("*.yml")):
        data = yaml.safe_load(bestand.read_text(encoding="utf-8")) or {}
        antwoorden.update(data.get("responses") or {})
    return antwoorden


def _antwoorden(domain: Mapping[str, Any] | None) -> Mapping[str, Any]:
    return (domain or {}).get("responses") or _antwoorden_uit_bestanden()


def antwoordnamen(domain: Mapping[str, Any] | None) -> Collection[str]:
    return set(_antwoorden(domain))


def berichten_voor(items: Sequence[Item], antwoorden: Mapping[str, Any]) -> list[dict[str, Any]]:
    """utter_message arguments for the items. A last message without buttons of its own (a text from
    the slot) gets the buttons of the last response before it: the web chat shows only the buttons of
    the last message, so the user keeps the related topics."""
    berichten = [als_bericht(item) for item in items]
    if berichten and "response" not in berichten[-1] and not berichten[-1].get("buttons"):
        for eerder in reversed(berichten[:-1]):
            varianten = antwoorden.get(eerder.get("response") or "") or [{}]
            knoppen = varianten[0].get("buttons") if isinstance(varianten[0], dict) else None
            if knoppen:
                berichten[-1] = {**berichten[-1], "buttons": list(knoppen)}
                break
    return berichten


class ActionMeerUitleg(Action):
    """Shows the details of the previous answer, or says there are none and offers topics."""

    def name(self) -> str:
        return "action_meer_uitleg"

    def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> list[dict[str, Any]]:
        antwoorden = _antwoorden(domain)
        items = details(uit_te_leggen_beurt(tracker.events), set(antwoorden))[:MAX_BERICHTEN]
        if not items:
            dispatcher.utter_message(response=NIETS_MEER)
        for bericht in berichten_voor(items, antwoorden):
            dispatcher.utter_message(**bericht)
        return [SlotSet(SLOT, None)]


class ActionFeedbackVraag(Action):
    """ "Had u hier iets aan?" (Ja / Nee), plus "Meer uitleg" when this turn's answer has details: the
    web chat shows only the buttons of the last message. When to ask: components/feedback_beleid.py."""

    def name(self) -> str:
        return "action_feedback_vraag"

    def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> list[dict[str, Any]]:
        extra = [KNOP_MEER] if heeft_details(huidige_beurt(tracker.events), antwoordnamen(domain)) else []
        dispatcher.utter_message(response=FEEDBACK_VRAAG, buttons=extra)
        return []
