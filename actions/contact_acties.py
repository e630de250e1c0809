"""Thin Rasa adapter around the contact directory (actions/contacten).

One action, `action_verwijs_contact`, runs after every answer that names an organisation, after
"wat is het nummer van het CAK?", after "ik wil iemand spreken" and after the user names a place.
It works out the topic and the place of residence, and lets the directory pick and word the
contacts, so a phone number lives in one place only. The organisation the user names in the text
decides the topic together with the intent (actions/contacten/onderwerpkeuze.yml).

The fallback (actions/gesprek_acties.py) gives the same answer for a message the NLU did not
understand that names a place or an organisation to reach (contact_bij_onbegrepen_bericht).
"""
from datetime import datetime
from typing import Any, Dict, List, Optional, Text, Tuple

from rasa_sdk import Action, Tracker
from rasa_sdk.events import SlotSet
from rasa_sdk.executor import CollectingDispatcher

from actions.contacten import (
    MEERDERE,
    ONBEKEND,
    STANDAARD_ONDERWERP,
    TIJDZONE,
    PlaatsResultaat,
    kies_onderwerp,
    onderwerp_zonder_intent,
    plaats_in_bericht,
    plaats_vraag,
    resolve_plaats,
    route,
    verwijzing_tekst,
)
from actions.onderwerpen import onderwerp

# The user names a place: the topic is the one waiting for it (slot contact_onderwerp).
INTENT_WOONPLAATS = "geef_woonplaats"

# Keyword arguments of one dispatcher.utter_message call: text, optionally buttons.
Bericht = Dict[Text, Any]
# The bot's messages and the events of one contact answer.
Antwoord = Tuple[List[Bericht], List[Dict[Text, Any]]]


def entiteit(tracker: Tracker, naam: Text) -> Optional[Text]:
    return next(tracker.get_latest_entity_values(naam), None)


def tekst_van(tracker: Tracker) -> Text:
    return tracker.latest_message.get("text") or ""


def wachtend_onderwerp(tracker: Tracker) -> Optional[Text]:
    """The topic for which the bot asked the place of residence and still waits (None: it asked nothing)."""
    return tracker.get_slot("contact_onderwerp")


def gevraagd_onderwerp(tracker: Tracker) -> Text:
    """The directory topic the user is asking about in this turn: the intent's topic (or the one waiting
    for a place), changed by the organisation named in the text."""
    intent = tracker.get_intent_of_latest_message()
    if intent == INTENT_WOONPLAATS:
        vraag = wachtend_onderwerp(tracker) or STANDAARD_ONDERWERP
    else:
        gekozen = onderwerp(intent)
        vraag = (gekozen and gekozen.contact) or STANDAARD_ONDERWERP
    return kies_onderwerp(vraag, tekst_van(tracker), entiteit=entiteit(tracker, "organisatie"))


def genoemde_plaats(tracker: Tracker, antwoord: bool) -> Optional[PlaatsResultaat]:
    """A place or postcode in the latest message, from the text and the NLU entities together.
    antwoord: the message answers "waar woont u?", so the whole text may be the place (or an unknown one)."""
    genoemd = [waarde for naam in ("postcode", "plaats") for waarde in tracker.get_latest_entity_values(naam)]
    return plaats_in_bericht(tekst_van(tracker), genoemd, antwoord=antwoord)


def alleen_een_getal_zonder_vraag(tracker: Tracker) -> bool:
    """A bare number counts as a postcode only when the bot has just asked for the place."""
    tekst = tekst_van(tracker).strip()
    wacht_op_plaats = bool(wachtend_onderwerp(tracker))
    return tracker.get_intent_of_latest_message() == INTENT_WOONPLAATS and tekst.isdigit() and not wacht_op_plaats


def contact_antwoord(tracker: Tracker, onderwerp_sleutel: Text, plaats: Optional[PlaatsResultaat]) -> Antwoord:
    """The messages and events that give the contact for a topic: for the place named in this turn, else the
    place known from earlier, else with a question for the place when the answer depends on the region."""
    wacht_op_plaats = SlotSet("contact_onderwerp", onderwerp_sleutel)
    if plaats is not None and plaats.soort == MEERDERE:
        knoppen = [
            {"title": optie.label, "payload": f'/geef_woonplaats{{"plaats": "{optie.code}"}}'}
            for optie in plaats.opties
        ]
        return [{"text": plaats_vraag(plaats), "buttons": knoppen}], [wacht_op_plaats]
    if plaats is not None and plaats.soort == ONBEKEND:
        return [{"text": "Die plaats ken ik helaas niet. " + plaats_vraag()}], [wacht_op_plaats]

    events: List[Dict[Text, Any]] = []
    if plaats is not None:
        events.append(SlotSet("gemeente", plaats.slot_waarde))
    elif tracker.get_slot("gemeente"):
        plaats = resolve_plaats(tracker.get_slot("gemeente"))

    verwijzing = route(onderwerp_sleutel, plaats)
    # The current time, so the answer says whether the phone line is open right now.
    berichten = [{"text": tekst} for tekst in verwijzing_tekst(verwijzing, nu=datetime.now(TIJDZONE))]
    # Keep the topic while the bot waits for a place, so the answer "Zwolle" continues it.
    events.append(SlotSet("contact_onderwerp", onderwerp_sleutel if verwijzing.vraag_regio else None))
    return berichten, events


def contact_bij_onbegrepen_bericht(tracker: Tracker) -> Optional[Antwoord]:
    """The contact answer for a message the NLU did not understand but that names a place, or an organisation
    the user wants to reach; None when the message is not about a contact."""
    wachtend = wachtend_onderwerp(tracker)
    # Only when the bot asked for the place may the whole text be one ("Lisse").
    plaats = genoemde_plaats(tracker, antwoord=bool(wachtend))
    if plaats is not None and plaats.soort == ONBEKEND:
        plaats = None  # no place in it after all: the text is a question the bot did not understand
    onderwerp_sleutel = onderwerp_zonder_intent(tekst_van(tracker), wachtend, plaats_genoemd=plaats is not None)
    if onderwerp_sleutel is None:
        return None
    return contact_antwoord(tracker, onderwerp_sleutel, plaats)


def stuur(dispatcher: CollectingDispatcher, berichten: List[Bericht]) -> None:
    for bericht in berichten:
        dispatcher.utter_message(**bericht)


class ActionVerwijsContact(Action):
    def name(self) -> Text:
        return "action_verwijs_contact"

    def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: Dict[Text, Any]
    ) -> List[Dict[Text, Any]]:
        if alleen_een_getal_zonder_vraag(tracker):
            # "2025" or "28000" out of the blue is a year or an amount far more often than a postcode.
            dispatcher.utter_message(response="utter_nog_iets")
            return []
        antwoord = tracker.get_intent_of_latest_message() == INTENT_WOONPLAATS
        plaats = genoemde_plaats(tracker, antwoord=antwoord)
        berichten, events = contact_antwoord(tracker, gevraagd_onderwerp(tracker), plaats)
        stuur(dispatcher, berichten)
        return events
