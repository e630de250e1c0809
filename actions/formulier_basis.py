"""Shared behaviour of the bot's forms: reading yes/no and choices from free Dutch text,
recognising "weet ik niet", and re-asking kindly when an answer cannot be used.

Answers arrive as plain text (buttons send plain words too), so the same form works in channels
without buttons, where the user types "ja", "vpt" or "2".
"""
import re
from abc import abstractmethod
from typing import Any, Dict, Mapping, Optional, Sequence, Text

from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.forms import FormValidationAction

JA = re.compile(r"^\s*(ja|jawel|jazeker|zeker|klopt|dat klopt|correct|yes|j)\b", re.IGNORECASE)
NEE = re.compile(r"^\s*(nee|neen|nope|niet|klopt niet|no|n)\b", re.IGNORECASE)
UITWEG = "Lukt het niet? U kunt stoppen met rekenen, of een medewerker spreken."
UITWEG_KNOPPEN = [
    {"title": "Stoppen met rekenen", "payload": "/stoppen"},
    {"title": "Een medewerker spreken", "payload": "/medewerker"},
]
WEET_NIET = re.compile(r"\b(weet ik niet|weet niet|geen idee|geen flauw idee|onbekend|kan ik niet vinden)\b", re.IGNORECASE)


def lees_ja_nee(tekst: Text) -> Optional[bool]:
    if JA.search(tekst or ""):
        return True
    if NEE.search(tekst or ""):
        return False
    return None


def kies_optie(tekst: Text, opties: Mapping[Text, Sequence[Text]]) -> Optional[Text]:
    """The option whose keyword occurs in the text; the longest keyword wins ("geen partner"
    beats "partner"). A number "1", "2", … picks the option in that position."""
    schoon = (tekst or "").strip().lower()
    if schoon.isdigit() and 1 <= int(schoon) <= len(opties):
        return list(opties)[int(schoon) - 1]
    beste, beste_lengte = None, 0
    for sleutel, woorden in opties.items():
        for woord in woorden:
            if re.search(rf"(?<!\w){re.escape(woord)}(?!\w)", schoon) and len(woord) > beste_lengte:
                beste, beste_lengte = sleutel, len(woord)
    return beste


class WlzFormulierValidatie(FormValidationAction):
    """Base class of the form validators (see DEVELOPERS.md: one place for shared behaviour)."""

    # Abstract, so the action server does not register this base class as an action.
    @abstractmethod
    def name(self) -> Text:
        """Each form's validator names itself: validate_<form name>."""

    @staticmethod
    def weet_niet(tracker: Tracker) -> bool:
        if tracker.get_intent_of_latest_message() == "weet_niet":
            return True
        return bool(WEET_NIET.search(tracker.latest_message.get("text") or ""))

    @staticmethod
    def opnieuw(dispatcher: CollectingDispatcher, tracker: Tracker, slot: Text, uitleg: Text) -> Dict[Text, Any]:
        """Explain why the answer could not be used; the form then asks the same question again.

        From the second unusable answer to the same question on, the user also gets a way out
        (stop, or a person): asking the same question forever is a dead end.
        """
        if onbruikbare_antwoorden(tracker, slot) >= 2:
            dispatcher.utter_message(text=f"{uitleg} {UITWEG}", buttons=UITWEG_KNOPPEN)
        else:
            dispatcher.utter_message(text=uitleg)
        return {slot: None}


def onbruikbare_antwoorden(tracker: Tracker, slot: Text) -> int:
    """How many messages in a row (this one included) answered the question for `slot` without
    a usable value: counted back to the last answer the form could use, or the form's start.

    Rasa first puts the raw text in `slot` (from_text), so sets of `slot` itself say nothing."""
    aantal = 0
    for event in reversed(tracker.events):
        soort, naam, waarde = event.get("event"), event.get("name"), event.get("value")
        if soort == "user":
            aantal += 1
        elif soort == "active_loop":
            break
        elif soort == "slot" and naam == "requested_slot" and waarde != slot:
            break
        elif soort == "slot" and naam not in (slot, "requested_slot") and waarde is not None:
            break  # the answer to an earlier question was used
    return aantal
