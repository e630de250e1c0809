"""The eigen-bijdrage form in the chat: a thin adapter between Rasa's slots and events and the
plain-Python package actions/eigen_bijdrage, which decides which questions apply, reads the answers,
computes the estimate and words the result (the same wording as the command line).
"""

from collections.abc import Callable
from datetime import date
from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.events import EventType, FollowupAction, SlotSet
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict

from actions.eigen_bijdrage import OngeldigeInvoer, bereken
from actions.eigen_bijdrage.resultaat import resultaat
from actions.eigen_bijdrage.vraagteksten import vraagteksten
from actions.eigen_bijdrage.vragen import (
    PEILJAAR,
    Aanname,
    Vraag,
    situatie_uit,
    verwerk,
    vraagbericht,
    welke_vragen,
)
from actions.formulier_basis import MEDEWERKER, WlzFormulierValidatie, genummerd_kanaal

AANNAMES = "eb_aannames"  # the assumptions taken, named again in the result
GESTOPT = "eb_gestopt"  # the user stopped in words (see WlzFormulierValidatie)
# The step-by-step explanation behind the "Meer uitleg" button, shown by action_meer_uitleg.
MEER_UITLEG = "meer_uitleg"
EB_SLOTS = [*(vraag.value for vraag in Vraag), PEILJAAR, AANNAMES, GESTOPT]
OPNIEUW = {"title": "Opnieuw berekenen", "payload": "/eigen_bijdrage_berekenen"}
MEER_UITLEG_KNOP = {"title": "Meer uitleg", "payload": "/meer_uitleg"}


def antwoorden(tracker: Tracker) -> dict[str, Any]:
    return {naam: tracker.get_slot(naam) for naam in EB_SLOTS}


class ValidateEigenBijdrageForm(WlzFormulierValidatie):
    GESTOPT_SLOT = GESTOPT

    def name(self) -> str:
        return "validate_eigen_bijdrage_form"

    async def required_slots(
        self, domain_slots: list[str], dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[str]:
        if self.gestopt(tracker):
            return []
        return [vraag.value for vraag in welke_vragen(antwoorden(tracker))]

    def valideer(
        self, vraag: Vraag, waarde: Any, dispatcher: CollectingDispatcher, tracker: Tracker
    ) -> dict[str, Any]:
        if self.wil_stoppen(tracker):
            return self.stoppen(vraag.value)
        if self.vraagt_medewerker(tracker):  # "ik kom er niet uit, kan ik iemand bellen": not an answer
            return self.uitweg(dispatcher, tracker, vraag.value, MEDEWERKER)
        verwerking = verwerk(
            vraag, str(waarde), antwoorden(tracker), weet_niet=self.weet_niet(tracker), vandaag=date.today()
        )
        for bericht in verwerking.berichten:
            dispatcher.utter_message(text=bericht)
        if verwerking.opnieuw is not None:
            return self.opnieuw(dispatcher, tracker, vraag.value, verwerking.opnieuw)
        return {**verwerking.waarden, AANNAMES: verwerking.aannames(list(tracker.get_slot(AANNAMES) or []))}


def _validatie(vraag: Vraag) -> Callable[..., dict[str, Any]]:
    def valideer(
        self: ValidateEigenBijdrageForm,
        waarde: Any,
        dispatcher: CollectingDispatcher,
        tracker: Tracker,
        domain: DomainDict,
    ) -> dict[str, Any]:
        return self.valideer(vraag, waarde, dispatcher, tracker)

    return valideer


# The SDK finds validators by name (validate_<slot>), so each question gets one.
for _vraag in Vraag:
    setattr(ValidateEigenBijdrageForm, f"validate_{_vraag.value}", _validatie(_vraag))


def _vraagactie(vraag: Vraag) -> type[Action]:
    """action_ask_<slot>: the form asks this question with the text and buttons of the one table
    (actions/eigen_bijdrage/vragen.yml), the same table that says what a typed "2" means.

    An open question (a number is the answer: months, an amount) goes without buttons to channels
    that number them: there "2" would become the second button ("Weet ik niet") instead of 2 months.
    Its tip says in words what the buttons offer.
    """

    class VraagActie(Action):
        def name(self) -> str:
            return f"action_ask_{vraag.value}"

        def run(
            self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
        ) -> list[EventType]:
            tekst, knoppen = vraagbericht(vraag, antwoorden(tracker), date.today())
            vraagtekst = vraagteksten()[vraag]
            if not vraagtekst.keuze and genummerd_kanaal(tracker):
                tekst, knoppen = vraagtekst.zonder_knoppen(tekst), ()
            dispatcher.utter_message(text=tekst, buttons=[knop.als_dict() for knop in knoppen])
            return []

    VraagActie.__name__ = VraagActie.__qualname__ = "ActionAsk" + vraag.value.title().replace("_", "")
    return VraagActie


# The SDK registers every subclass of Action it finds: one per question.
VRAAGACTIES = {vraag: _vraagactie(vraag) for vraag in Vraag}


def wis_antwoorden() -> list[EventType]:
    """Forget the answers: a new calculation starts empty, and income data do not linger."""
    return [SlotSet(naam, None) for naam in EB_SLOTS]


class ActionStartEigenBijdrage(Action):
    def name(self) -> str:
        return "action_start_eigen_bijdrage"

    def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict) -> list[EventType]:
        dispatcher.utter_message(response="utter_eigen_bijdrage_berekenen_start")
        return wis_antwoorden()


class ActionBerekenEigenBijdrage(Action):
    """Runs when the form ends: the result, or the stop message when the user stopped in words."""

    def name(self) -> str:
        return "action_bereken_eigen_bijdrage"

    def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict) -> list[EventType]:
        wissen = wis_antwoorden()
        if tracker.get_slot(GESTOPT):
            dispatcher.utter_message(response="utter_eigen_bijdrage_gestopt")
            # Nothing was calculated: wait for the user at once, without "Had u hier iets aan?".
            return [*wissen, FollowupAction("action_listen")]
        try:
            uitkomst = bereken(situatie_uit(antwoorden(tracker)))
        except OngeldigeInvoer as fout:
            dispatcher.utter_message(text=f"Ik kan dit niet berekenen: {fout.boodschap}", buttons=[OPNIEUW])
            return [*wissen, SlotSet(MEER_UITLEG, None)]
        delen = resultaat(uitkomst, [Aanname(a) for a in tracker.get_slot(AANNAMES) or []])
        *eerst, laatste = delen.berichten
        for bericht in eerst:
            dispatcher.utter_message(text=bericht)
        # The buttons go on the last message: some channels show only those.
        dispatcher.utter_message(
            text=laatste, buttons=[MEER_UITLEG_KNOP, OPNIEUW] if delen.meer_uitleg else [OPNIEUW]
        )
        return [*wissen, SlotSet(MEER_UITLEG, list(delen.meer_uitleg) or None)]
