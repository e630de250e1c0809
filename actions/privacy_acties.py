"""The answer to "wat doen jullie met mijn gegevens?", with the retention period that is in force."""

from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.executor import CollectingDispatcher

from server.instellingen import Instellingen


class ActionPrivacy(Action):
    def name(self) -> str:
        return "action_privacy"

    def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> list[dict[str, Any]]:
        # The same variable as the retention command reads, so the text never promises
        # another period than the one the operator scheduled.
        dagen = Instellingen.uit_omgeving().bewaar_dagen
        dispatcher.utter_message(response="utter_privacy")
        dispatcher.utter_message(response="utter_privacy_bewaren", bewaar_dagen=dagen)
        return []
