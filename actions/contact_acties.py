"""Thin Rasa adapter around the contact directory (actions/contacten).

One action, `action_verwijs_contact`, runs after every answer that names an organisation, after
"wat is het nummer van het CAK?", after "ik wil iemand spreken" and after the user names a place.
It works out the topic and the place of residence, and lets the directory pick and word the
contacts, so a phone number lives in one place only. The organisation the user names in the text
decides the topic together with the intent (actions/contacten/onderwerpkeuze.yml).
"""
from datetime import datetime
from typing import Any, Dict, List, Optional, Text

from rasa_sdk import Action, Tracker
from rasa_sdk.events import SlotSet
from rasa_sdk.executor import CollectingDispatcher

from actions.contacten import (
    TIJDZONE,
    PlaatsResultaat,
    kies_onderwerp,
    plaats_in_bericht,
    plaats_vraag,
    resolve_plaats,
    route,
    verwijzing_tekst,
)
from actions.onderwerpen import onderwerp

STANDAARD_ONDERWERP = "algemeen"
# The user names a place: the topic is the one waiting for it (slot contact_onderwerp).
INTENT_WOONPLAATS = "geef_woonplaats"


def entiteit(tracker: Tracker, naam: Text) -> Optional[Text]:
    return next(tracker.get_latest_entity_values(naam), None)


def tekst_van(tracker: Tracker) -> Text:
    return tracker.latest_message.get("text") or ""


def gevraagd_onderwerp(tracker: Tracker) -> Text:
    """The directory topic the user is asking about in this turn: the intent's topic (or the one waiting
    for a place), changed by the organisation named in the text."""
    intent = tracker.get_intent_of_latest_message()
    if intent == INTENT_WOONPLAATS:
        vraag = tracker.get_slot("contact_onderwerp") or STANDAARD_ONDERWERP
    else:
        gekozen = onderwerp(intent)
        vraag = (gekozen and gekozen.contact) or STANDAARD_ONDERWERP
    return kies_onderwerp(vraag, tekst_van(tracker), entiteit=entiteit(tracker, "organisatie"))


def genoemde_plaats(tracker: Tracker) -> Optional[PlaatsResultaat]:
    """A place or postcode in the latest message, from the text and the NLU entities together."""
    genoemd = [waarde for naam in ("postcode", "plaats") for waarde in tracker.get_latest_entity_values(naam)]
    antwoord = tracker.get_intent_of_latest_message() == INTENT_WOONPLAATS
    return plaats_in_bericht(tekst_van(tracker), genoemd, antwoord=antwoord)


def alleen_een_getal_zonder_vraag(tracker: Tracker) -> bool:
    """A bare number counts as a postcode only when the bot has just asked for the place."""
    tekst = tekst_van(tracker).strip()
    wacht_op_plaats = bool(tracker.get_slot("contact_onderwerp"))
    return tracker.get_intent_of_latest_message() == INTENT_WOONPLAATS and tekst.isdigit() and not wacht_op_plaats


class ActionVerwijsContact(Action):
    def name(self) -> Text:
        return "action_verwijs_contact"

    def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: Dict[Text, Any]
    ) -> List[Dict[Text, Any]]:
        onderwerp_sleutel = gevraagd_onderwerp(tracker)
        if alleen_een_getal_zonder_vraag(tracker):
            # "2025" or "28000" out of the blue is a year or an amount far more often than a postcode.
            dispatcher.utter_message(response="utter_nog_iets")
            return []
        plaats = genoemde_plaats(tracker)
        events: List[Dict[Text, Any]] = []

        if plaats is not None and plaats.soort == "meerdere":
            knoppen = [
                {"title": optie.label, "payload": f'/geef_woonplaats{{"plaats": "{optie.code}"}}'}
                for optie in plaats.opties
            ]
            dispatcher.utter_message(text=plaats_vraag(plaats), buttons=knoppen)
            return [SlotSet("contact_onderwerp", onderwerp_sleutel)]
        if plaats is not None and plaats.soort == "onbekend":
            dispatcher.utter_message(text="Die plaats ken ik helaas niet. " + plaats_vraag())
            return [SlotSet("contact_onderwerp", onderwerp_sleutel)]

        if plaats is not None:
            events.append(SlotSet("gemeente", plaats.slot_waarde))
        elif tracker.get_slot("gemeente"):
            plaats = resolve_plaats(tracker.get_slot("gemeente"))

        verwijzing = route(onderwerp_sleutel, plaats)
        # The current time, so the answer says whether the phone line is open right now.
        for bericht in verwijzing_tekst(verwijzing, nu=datetime.now(TIJDZONE)):
            dispatcher.utter_message(text=bericht)
        # Keep the topic while the bot waits for a place, so the answer "Zwolle" continues it.
        events.append(SlotSet("contact_onderwerp", onderwerp_sleutel if verwijzing.vraag_regio else None))
        return events
