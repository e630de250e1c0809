"""Conversation actions that are not tied to one topic: the fallback when the bot is unsure."""

from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.events import UserUtteranceReverted
from rasa_sdk.executor import CollectingDispatcher

from actions.contact_acties import Bericht, contact_bij_onbegrepen_bericht, stuur
from actions.onderwerpen import onderwerp, suggesties

# Shown when the NLU ranking offers nothing useful: the main topics of the wegwijzer.
MENU_INTENTS = ["wlz_wat_is", "eigen_bijdrage_uitleg", "zorg_thuis_vormen", "verblijf_kiezen", "zin_of_pgb"]
KNOP_MEDEWERKER = {"title": "Een medewerker spreken", "payload": "/medewerker"}


def met_knop_medewerker(berichten: list[Bericht]) -> list[Bericht]:
    """The messages with the human as the last button of the last one (after "Meer uitleg")."""
    *eerdere, laatste = berichten
    return [*eerdere, {**laatste, "buttons": [*laatste.get("buttons", []), KNOP_MEDEWERKER]}]


class ActionDefaultFallback(Action):
    """Gives the contact when the message names a place, a way of contact or an organisation to reach
    (also "en het ciz?" right after a contact answer); otherwise suggests the likeliest topics as buttons.
    Always offers a human."""

    def name(self) -> str:
        return "action_default_fallback"

    def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> list[dict[str, Any]]:
        # "mijn vader in Amstelveen kreeg een rekening van het CAK": the question is unclear, whom to
        # contact is not. Answered, so the message stays in the conversation.
        contact = contact_bij_onbegrepen_bericht(tracker)
        if contact is not None:
            berichten, events = contact
            stuur(dispatcher, met_knop_medewerker(berichten))
            return events

        # The human is always offered as the last button, so it is not one of the guesses.
        ranking = tracker.latest_message.get("intent_ranking") or []
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
