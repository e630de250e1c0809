"""Shared behaviour of the bot's forms: "weet ik niet", stopping in words, re-asking kindly, and a way
out (stop, or a person) when answers keep failing.

Answers arrive as plain text (buttons send plain words too), so the same form works in channels
without buttons. How Dutch answers are read is plain Python (actions/eigen_bijdrage/antwoorden.py);
this module connects it to Rasa.
"""

from abc import abstractmethod
from typing import Any, ClassVar

from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.forms import FormValidationAction

from actions.eigen_bijdrage import antwoorden

UITWEG = "Lukt het niet? U kunt stoppen met rekenen, of een medewerker spreken."
MEDEWERKER = "Wilt u iemand spreken? Kies dan 'Een medewerker spreken'. U kunt ook stoppen met rekenen."
UITWEG_KNOPPEN = [
    {"title": "Stoppen met rekenen", "payload": "/stoppen"},
    {"title": "Een medewerker spreken", "payload": "/medewerker"},
]
# Where the way out is typed instead of chosen (see GENUMMERDE_KANALEN).
UITWEG_GETYPT = "Typ 'stop' om te stoppen, of 'medewerker' om iemand te spreken."

# Channels that show buttons as a numbered list and turn a typed number into the Nth button of the
# bot's last message (channels/keuzes.py): the WhatsApp channel and Rasa's shell (`make run`). There
# a question that is asked again right after a message with buttons would make "2" ambiguous, so
# those messages go without buttons. Written out because the action-server image has no channels/;
# a test checks the names against the channel classes.
GENUMMERDE_KANALEN = frozenset({"whatsapp", "cmdline"})


def genummerd_kanaal(tracker: Tracker) -> bool:
    return tracker.get_latest_input_channel() in GENUMMERDE_KANALEN


class WlzFormulierValidatie(FormValidationAction):
    """Base class of the form validators: one place for the behaviour all forms share.

    Stopping: "stop" is the intent `stoppen` and a rule ends the form. Other words for it ("laat maar
    zitten, ik hoef niet verder") reach the validator as an answer; `stoppen` then sets GESTOPT_SLOT,
    the subclass's required_slots returns no more questions, and the form's closing action, which
    reads the slot, says that the form stopped.
    """

    GESTOPT_SLOT: ClassVar[str]

    # Abstract, so the action server does not register this base class as an action.
    @abstractmethod
    def name(self) -> str:
        """Each form's validator names itself: validate_<form name>."""

    @staticmethod
    def tekst(tracker: Tracker) -> str:
        return tracker.latest_message.get("text") or ""

    @classmethod
    def weet_niet(cls, tracker: Tracker) -> bool:
        return tracker.get_intent_of_latest_message() == "weet_niet" or antwoorden.weet_niet(
            cls.tekst(tracker)
        )

    @classmethod
    def wil_stoppen(cls, tracker: Tracker) -> bool:
        return antwoorden.wil_stoppen(cls.tekst(tracker))

    def gestopt(self, tracker: Tracker) -> bool:
        return bool(tracker.get_slot(self.GESTOPT_SLOT))

    def stoppen(self, slot: str) -> dict[str, Any]:
        """End the form without an answer to `slot`."""
        return {slot: None, self.GESTOPT_SLOT: True}

    @classmethod
    def vraagt_medewerker(cls, tracker: Tracker) -> bool:
        return antwoorden.vraagt_medewerker(cls.tekst(tracker))

    @staticmethod
    def uitweg(dispatcher: CollectingDispatcher, tracker: Tracker, slot: str, tekst: str) -> dict[str, Any]:
        """Offer a way out (stop, or a person); the form then asks the same question again.

        On numbered channels the question that follows takes the numbers, so the way out is typed."""
        if genummerd_kanaal(tracker):
            dispatcher.utter_message(text=f"{tekst} {UITWEG_GETYPT}")
        else:
            dispatcher.utter_message(text=tekst, buttons=UITWEG_KNOPPEN)
        return {slot: None}

    @classmethod
    def opnieuw(
        cls, dispatcher: CollectingDispatcher, tracker: Tracker, slot: str, uitleg: str
    ) -> dict[str, Any]:
        """Explain why the answer could not be used; the form then asks the same question again.

        From the second unusable answer to the same question on, the user also gets a way out:
        asking the same question forever is a dead end.
        """
        if onbruikbare_antwoorden(tracker, slot) >= 2:
            return cls.uitweg(dispatcher, tracker, slot, f"{uitleg} {UITWEG}")
        dispatcher.utter_message(text=uitleg)
        return {slot: None}


def onbruikbare_antwoorden(tracker: Tracker, slot: str) -> int:
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
