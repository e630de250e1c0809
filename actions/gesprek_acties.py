"""Conversation actions that are not tied to one topic: the fallback when the bot is unsure, and the
reply to an answer while no question is open."""

from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.events import UserUtteranceReverted
from rasa_sdk.executor import CollectingDispatcher

from actions.contact_acties import Bericht, contact_bij_onbegrepen_bericht, stuur
from actions.onderwerpen import onderwerp, suggesties

# Shown when the NLU ranking offers nothing useful: the main topics of the wegwijzer.
MENU_INTENTS = ["wlz_wat_is", "eigen_bijdrage_uitleg", "zorg_thuis_vormen", "verblijf_kiezen", "zin_of_pgb"]
KNOP_MEDEWERKER = {"title": "Een medewerker spreken", "payload": "/medewerker"}
# An answer ("ja", "weet ik niet", "30.000", "partner ook thuis") is a few words; a longer message the
# NLU read as an answer may be a question ("we hebben 50 duizend spaargeld, moet dat op?").
MAX_WOORDEN_LOS_ANTWOORD = 3
# The NLU's intent for an answer to a calculator question (amount, year, choice).
INTENT_LOS_ANTWOORD = "geef_antwoord"
# "bedankt voor de hulp, fijne dag nog": the NLU hesitates between thanks and goodbye, which both
# close the conversation; the goodbye answers both, so hesitating between them is no reason to ask.
AFSLUITING = frozenset(("bedankt", "afscheid"))
# Topics below this confidence are guesses too wild to offer as buttons.
MIN_KANS_SUGGESTIE = 0.05


def met_knop_medewerker(berichten: list[Bericht]) -> list[Bericht]:
    """The messages with the human as the last button of the last one (after "Meer uitleg")."""
    *eerdere, laatste = berichten
    return [*eerdere, {**laatste, "buttons": [*laatste.get("buttons", []), KNOP_MEDEWERKER]}]


def stuur_contact(dispatcher: CollectingDispatcher, tracker: Tracker) -> list[dict[str, Any]] | None:
    """Sends the contact (with the human as last button) when a message the bot could not place names
    a place, a way of contact or an organisation to reach; returns its events, or None if it does not."""
    contact = contact_bij_onbegrepen_bericht(tracker)
    if contact is None:
        return None
    berichten, events = contact
    stuur(dispatcher, met_knop_medewerker(berichten))
    return events


class ActionDefaultFallback(Action):
    """Gives the contact when the message names a place, a way of contact or an organisation to reach
    (also "en het ciz?" right after a contact answer); says goodbye when the NLU only hesitated between
    thanks and goodbye; otherwise suggests the likeliest topics as buttons, always with a human."""

    def name(self) -> str:
        return "action_default_fallback"

    def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> list[dict[str, Any]]:
        # "mijn vader in Amstelveen kreeg een rekening van het CAK": the question is unclear, whom to
        # contact is not. Answered, so the message stays in the conversation.
        events = stuur_contact(dispatcher, tracker)
        if events is not None:
            return events

        ranking = tracker.latest_message.get("intent_ranking") or []
        besten = _namen(ranking, 2)
        if len(besten) == 2 and set(besten) <= AFSLUITING:
            dispatcher.utter_message(response="utter_afscheid")
            return []

        # The human is always offered as the last button, so it is not one of the guesses.
        ranking = [i for i in ranking if i.get("name") != "medewerker"]
        gok = suggesties(ranking)
        if gok:
            tekst = "Sorry, dat begrijp ik niet zeker. Bedoelt u een van deze onderwerpen?"
            knoppen = [o.knop for o in gok]
        else:
            tekst = "Sorry, dat begrijp ik niet. Stel uw vraag anders, of kies een onderwerp."
            knoppen = [onderwerp(intent).knop for intent in MENU_INTENTS]
        dispatcher.utter_message(text=tekst, buttons=knoppen + [KNOP_MEDEWERKER])
        # Forget the misunderstood message, so it does not steer the next prediction.
        return [UserUtteranceReverted()]


def _namen(ranking: list[dict[str, Any]], aantal: int) -> list[str]:
    """The names of the `aantal` likeliest intents, without NLU's fallback intent."""
    return [i.get("name") or "" for i in ranking if i.get("name") != "nlu_fallback"][:aantal]


class ActionLosBericht(Action):
    """A message that answers a question while none is open: yes, no, "weet ik niet", stop, or an answer
    to a calculator question (rules in data/rules/fallback.yml). A few words get "Waar kan ik u nog mee
    helpen?". A longer message may be a question after all: "bel mij maar terug" gets the contact, and
    "we hebben 50 duizend spaargeld, moet dat op?" (read as an amount) the likeliest other topics."""

    def name(self) -> str:
        return "action_los_bericht"

    def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> list[dict[str, Any]]:
        tekst = tracker.latest_message.get("text") or ""
        if len(tekst.split()) <= MAX_WOORDEN_LOS_ANTWOORD:
            dispatcher.utter_message(response="utter_nog_iets")
            return []
        events = stuur_contact(dispatcher, tracker)
        if events is not None:
            return events
        ranking = [
            i
            for i in tracker.latest_message.get("intent_ranking") or []
            if (i.get("confidence") or 0.0) >= MIN_KANS_SUGGESTIE
        ]
        gok = suggesties(ranking) if tracker.get_intent_of_latest_message() == INTENT_LOS_ANTWOORD else []
        if gok:
            dispatcher.utter_message(
                text="Gaat uw vraag over een van deze onderwerpen?",
                buttons=[o.knop for o in gok] + [KNOP_MEDEWERKER],
            )
        else:
            dispatcher.utter_message(response="utter_nog_iets")
        return []
