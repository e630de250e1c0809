"""Conversation actions that are not tied to one topic: the fallback when the bot is unsure."""
from typing import Any, Dict, List, Text

from rasa_sdk import Action, Tracker
from rasa_sdk.events import UserUtteranceReverted
from rasa_sdk.executor import CollectingDispatcher

from actions.onderwerpen import onderwerp, suggesties

# Shown when the NLU ranking offers nothing useful: the main topics of the wegwijzer.
MENU_INTENTS = ["wlz_wat_is", "eigen_bijdrage_uitleg", "zorg_thuis_vormen", "verblijf_kiezen", "zin_of_pgb"]
KNOP_MEDEWERKER = {"title": "Een medewerker spreken", "payload": "/medewerker"}


class ActionDefaultFallback(Action):
    """Suggests the likeliest topics as buttons and always offers a human."""

    def name(self) -> Text:
        return "action_default_fallback"

    def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: Dict[Text, Any]
    ) -> List[Dict[Text, Any]]:
        # The human is always offered as the last button, so it is not one of the guesses.
        ranking = [i for i in tracker.latest_message.get("intent_ranking") or [] if i.get("name") != "medewerker"]
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
