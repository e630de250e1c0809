"""Thin Rasa adapter around the contact directory (actions/contacten).

One action, `action_verwijs_contact`, runs after every topic answer, after "wat is het nummer van het
CAK?", after "ik wil iemand spreken" and after the user names a place. After a topic whose answer needs
no contact (no `contact` in actions/onderwerpen.yml) it says nothing, unless the question named a place:
then it gives that place's zorgkantoor, so topic and place are answered in one turn.
It works out the topic and the place of residence, and lets the directory pick and word the
contacts, so a phone number lives in one place only. The organisation the user names in the text
decides the topic together with the intent (actions/contacten/onderwerpkeuze.yml); a way of contact
he asks for ("mag ik mailen?") decides which contact the short answer gives.

The answer is short: one message (two when the bot also asks which place), without a sentence the topic
answer before it said. The details are behind the button "Meer uitleg": this action puts them in the slot
`meer_uitleg`, and action_meer_uitleg (actions/uitleg_acties.py) shows them after the topic answer's own
details when the user asks.

The fallback (actions/gesprek_acties.py) gives the same answer for a message the NLU did not
understand that names a place or an organisation to reach (contact_bij_onbegrepen_bericht).
"""

from collections.abc import Iterable
from datetime import datetime
from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.events import SlotSet
from rasa_sdk.executor import CollectingDispatcher

from actions.contacten import (
    STANDAARD_ONDERWERP,
    TIJDZONE,
    PlaatsResultaat,
    PlaatsStatus,
    gevraagd_kanaal,
    is_vervolgvraag,
    kies_onderwerp,
    onderwerp_zonder_intent,
    plaats_in_bericht,
    plaats_vraag,
    resolve_plaats,
    route,
    verwijzing_antwoord,
    vraag_zonder_intent,
    zonder_herhaling,
)
from actions.onderwerpen import onderwerp
from actions.uitleg_acties import KNOP_MEER, SLOT, details, huidige_beurt

# The user names a place: the topic is the one waiting for it (slot contact_onderwerp).
INTENT_WOONPLAATS = "geef_woonplaats"
# Actions that may have answered a turn with a contact (the fallback does so for a message it did not
# understand; otherwise it forgets the message).
CONTACTACTIES = frozenset(("action_verwijs_contact", "action_default_fallback"))
# Intents that continue the previous answer rather than ask something new.
VERVOLG_OP_ANTWOORD = frozenset(("meer_uitleg", "feedback_ja", "feedback_nee"))

# Keyword arguments of one dispatcher.utter_message call: text, optionally buttons.
Bericht = dict[str, Any]
# The bot's messages and the events of one contact answer.
Antwoord = tuple[list[Bericht], list[dict[str, Any]]]


def entiteit(tracker: Tracker, naam: str) -> str | None:
    return next(tracker.get_latest_entity_values(naam), None)


def tekst_van(tracker: Tracker) -> str:
    return tracker.latest_message.get("text") or ""


def wachtend_onderwerp(tracker: Tracker) -> str | None:
    """The topic for which the bot asked the place of residence and still waits (None: it asked nothing)."""
    return tracker.get_slot("contact_onderwerp")


def vraag_van(intent: str | None, wachtend: str | None) -> str:
    """The contact topic a message asks about before an organisation named in it changes it: the intent's
    topic, else the one waiting for a place (the answer "Leiden"), else the general one."""
    gekozen = onderwerp(intent)
    return (gekozen and gekozen.contact) or wachtend or STANDAARD_ONDERWERP


def vorige_contactvraag(tracker: Tracker) -> str | None:
    """The question of the last topic turn when the bot answered it with a contact; None otherwise.
    Turns that only continue that answer ("Meer uitleg", "Had u hier iets aan?") are looked past, so
    "en het ciz?" after the details still follows the topic."""
    events = tracker.applied_events()
    gebruiker = [i for i, e in enumerate(events) if e.get("event") == "user"]
    eerdere = list(zip(gebruiker[:-1], gebruiker[1:], strict=True))
    vorige, volgende = next(
        ((van, tot) for van, tot in reversed(eerdere) if _intent(events[van]) not in VERVOLG_OP_ANTWOORD),
        (None, None),
    )
    if vorige is None or not any(
        e.get("event") == "action" and e.get("name") in CONTACTACTIES for e in events[vorige:volgende]
    ):
        return None
    wachtend = next(
        (
            e.get("value")
            for e in reversed(events[:vorige])
            if e.get("event") == "slot" and e.get("name") == "contact_onderwerp"
        ),
        None,
    )
    return vraag_van(_intent(events[vorige]), wachtend)


def _intent(event: dict[str, Any]) -> str | None:
    return ((event.get("parse_data") or {}).get("intent") or {}).get("name")


def gevraagde_onderwerpen(tracker: Tracker) -> tuple[str, str]:
    """(question, topic) of this turn. The question: the contact topic the user asks about (the intent's,
    the one waiting for a place, or after a contact answer that of the previous turn for "en het ciz?").
    The topic: the directory topic the bot answers, the question changed by the organisation named."""
    tekst = tekst_van(tracker)
    vraag = vraag_van(tracker.get_intent_of_latest_message(), wachtend_onderwerp(tracker))
    vorige = vorige_contactvraag(tracker)
    vervolg = vorige is not None and is_vervolgvraag(tekst)
    if vervolg and vorige is not None:
        vraag = vorige
    return vraag, kies_onderwerp(
        vraag, tekst, entiteit=entiteit(tracker, "organisatie"), als_contactvraag=vervolg
    )


def genoemde_plaats(tracker: Tracker, antwoord: bool) -> PlaatsResultaat | None:
    """A place or postcode in the latest message, from the text and the NLU entities together.
    antwoord: the message answers "waar woont u?", so the whole text may be the place (or an unknown one)."""
    genoemd = [waarde for naam in ("postcode", "plaats") for waarde in tracker.get_latest_entity_values(naam)]
    return plaats_in_bericht(tekst_van(tracker), genoemd, antwoord=antwoord)


def alleen_een_getal_zonder_vraag(tracker: Tracker) -> bool:
    """A bare number counts as a postcode only when the bot has just asked for the place."""
    tekst = tekst_van(tracker).strip()
    wacht_op_plaats = bool(wachtend_onderwerp(tracker))
    return (
        tracker.get_intent_of_latest_message() == INTENT_WOONPLAATS
        and tekst.isdigit()
        and not wacht_op_plaats
    )


def eerder_gezegd(tracker: Tracker) -> list[str]:
    """The texts the bot said in this turn before the contact answer (the topic answer)."""
    return [e["text"] for e in huidige_beurt(tracker.events) if e.get("event") == "bot" and e.get("text")]


def uitleg_van_het_onderwerp(tracker: Tracker, domein: dict[str, Any]) -> list[str]:
    """The texts "Meer uitleg" shows before the contact's details: those of this turn's topic answer
    (utter_X_meer for the utter_X the bot said)."""
    antwoorden = domein.get("responses") or {}
    namen = [
        item for item in details(huidige_beurt(tracker.events), set(antwoorden)) if isinstance(item, str)
    ]
    return [variant.get("text") or "" for naam in namen for variant in antwoorden.get(naam, [])]


def met_meer_uitleg(berichten: list[str], meer: list[str]) -> Antwoord:
    """The messages, with the button "Meer uitleg" on the last one when there are details, and the event that
    keeps the details for action_meer_uitleg (cleared when there are none, so no old details show)."""
    uit: list[Bericht] = [{"text": tekst} for tekst in berichten]
    if meer and uit:
        uit[-1]["buttons"] = [KNOP_MEER]
    return uit, [SlotSet(SLOT, meer or None)]


def contact_antwoord(
    tracker: Tracker,
    onderwerp_sleutel: str,
    plaats: PlaatsResultaat | None,
    vraag: str | None = None,
    domein: dict[str, Any] | None = None,
) -> Antwoord:
    """The messages and events that give the contact for a topic: for the place named in this turn, else the
    place known from earlier, else with a question for the place when the answer depends on the region.

    vraag: the question before an organisation the user named changed the topic (see route()).
    domein: the domain, for the topic answer's own details: the contact's details do not repeat them.
    """
    wacht_op_plaats = SlotSet("contact_onderwerp", onderwerp_sleutel)
    if plaats is not None and plaats.soort is PlaatsStatus.MEERDERE:
        knoppen = [
            {"title": optie.label, "payload": f'/geef_woonplaats{{"plaats": "{optie.code}"}}'}
            for optie in plaats.opties
        ]
        return [{"text": plaats_vraag(plaats), "buttons": knoppen}], [wacht_op_plaats]
    if plaats is not None and plaats.soort is PlaatsStatus.ONBEKEND:
        return [{"text": plaats_vraag(plaats)}], [wacht_op_plaats]

    events: list[dict[str, Any]] = []
    if plaats is not None:
        events.append(SlotSet("gemeente", plaats.slot_waarde))
    elif tracker.get_slot("gemeente"):
        plaats = resolve_plaats(tracker.get_slot("gemeente"))

    verwijzing = route(onderwerp_sleutel, plaats, vraag=vraag)
    # The current time, so the answer says whether the phone line is open right now.
    antwoord = verwijzing_antwoord(
        verwijzing, nu=datetime.now(TIJDZONE), kanaal=gevraagd_kanaal(tekst_van(tracker))
    )
    berichten, meer_uitleg = met_meer_uitleg(
        zonder_herhaling(antwoord.berichten, eerder_gezegd(tracker)),
        zonder_herhaling(antwoord.meer, uitleg_van_het_onderwerp(tracker, domein or {})),
    )
    # Keep the topic while the bot waits for a place, so the answer "Zwolle" continues it.
    events.append(SlotSet("contact_onderwerp", onderwerp_sleutel if verwijzing.vraag_regio else None))
    return berichten, events + meer_uitleg


def contact_bij_onbegrepen_bericht(tracker: Tracker) -> Antwoord | None:
    """The contact answer for a message the NLU did not understand but that names a place, a way of contact,
    or an organisation the user wants to reach; None when the message is not about a contact."""
    tekst = tekst_van(tracker)
    wachtend = wachtend_onderwerp(tracker)
    # Only when the bot asked for the place may the whole text be one ("Lisse").
    plaats = genoemde_plaats(tracker, antwoord=bool(wachtend))
    if plaats is not None and plaats.soort is PlaatsStatus.ONBEKEND:
        plaats = None  # no place in it after all: the text is a question the bot did not understand
    vorige = vorige_contactvraag(tracker)
    onderwerp_sleutel = onderwerp_zonder_intent(
        tekst, wachtend, plaats_genoemd=plaats is not None, vorige=vorige
    )
    if onderwerp_sleutel is None:
        return None
    return contact_antwoord(
        tracker, onderwerp_sleutel, plaats, vraag=vraag_zonder_intent(tekst, wachtend, vorige)
    )


def stuur(dispatcher: CollectingDispatcher, berichten: Iterable[Bericht]) -> None:
    for bericht in berichten:
        dispatcher.utter_message(**bericht)


class ActionVerwijsContact(Action):
    def name(self) -> str:
        return "action_verwijs_contact"

    def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> list[dict[str, Any]]:
        if alleen_een_getal_zonder_vraag(tracker):
            # "2025" or "28000" out of the blue is a year or an amount far more often than a postcode.
            dispatcher.utter_message(response="utter_nog_iets")
            return []
        intent = tracker.get_intent_of_latest_message()
        antwoord = intent == INTENT_WOONPLAATS
        plaats = genoemde_plaats(tracker, antwoord=antwoord)
        gekozen = onderwerp(intent)
        if (
            gekozen is not None
            and gekozen.contact is None
            and (plaats is None or plaats.soort is not PlaatsStatus.GEVONDEN)
        ):
            # A topic whose answer needs no contact: only a place named in the question asks for one
            # ("ik woon in Zwolle, wie regelt daar de wlz?"), and gets that place's zorgkantoor.
            return []
        vraag, onderwerp_sleutel = gevraagde_onderwerpen(tracker)
        berichten, events = contact_antwoord(tracker, onderwerp_sleutel, plaats, vraag=vraag, domein=domain)
        stuur(dispatcher, berichten)
        return events
