"""Turns a ResponseSelector's choice back into an ordinary intent (for the pipeline comparison).

With a ResponseSelector, topic questions are trained as one retrieval intent (`faq/<topic>`): DIET
only decides "this is a topic question", the ResponseSelector decides which topic. The bot's rules,
stories and contact routing are written per topic intent, so this component, placed after the
ResponseSelector and before the FallbackClassifier, replaces the intent `faq` by the chosen topic:
its confidence is P(faq) × P(topic | faq), and the ranking lists the topics in place of `faq`.
The rest of the bot stays exactly the same, so the realistic evaluation measures only the
difference in understanding. Used by scripts/vergelijk_pipelines.py (variant "responseselector").
"""

from __future__ import annotations

from typing import Any

from rasa.engine.graph import ExecutionContext, GraphComponent
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.nlu.classifiers.classifier import IntentClassifier
from rasa.shared.nlu.constants import (
    INTENT,
    INTENT_NAME_KEY,
    INTENT_RANKING_KEY,
    INTENT_RESPONSE_KEY,
    PREDICTED_CONFIDENCE_KEY,
)
from rasa.shared.nlu.training_data.message import Message

RESPONSE_SELECTOR = "response_selector"
RANGLIJST = "ranking"


def topic_van(intent_response_key: str, retrieval_intent: str) -> str | None:
    """'faq/wachtlijst' → 'wachtlijst'; None for a key of another retrieval intent."""
    basis, scheiding, topic = intent_response_key.partition("/")
    return topic if scheiding and basis == retrieval_intent and topic else None


def als_intent(
    intent: dict[str, Any], intent_ranking: list[dict[str, Any]], keuze: dict[str, Any], retrieval_intent: str
) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    """The intent and ranking with `retrieval_intent` replaced by the topics the selector ranked."""
    kans_faq = next(
        (i[PREDICTED_CONFIDENCE_KEY] for i in intent_ranking if i[INTENT_NAME_KEY] == retrieval_intent),
        intent[PREDICTED_CONFIDENCE_KEY] if intent.get(INTENT_NAME_KEY) == retrieval_intent else 0.0,
    )
    topics = []
    for label in keuze.get(RANGLIJST, []):
        topic = topic_van(label.get(INTENT_RESPONSE_KEY, ""), retrieval_intent)
        if topic:
            topics.append(
                {INTENT_NAME_KEY: topic, PREDICTED_CONFIDENCE_KEY: kans_faq * label[PREDICTED_CONFIDENCE_KEY]}
            )
    overige = [i for i in intent_ranking if i[INTENT_NAME_KEY] != retrieval_intent]
    ranglijst = sorted(overige + topics, key=lambda i: i[PREDICTED_CONFIDENCE_KEY], reverse=True)
    if intent.get(INTENT_NAME_KEY) != retrieval_intent or not topics:
        return intent, ranglijst if topics else intent_ranking
    return dict(ranglijst[0]), ranglijst


@DefaultV1Recipe.register(DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER, is_trainable=False)
class AntwoordkeuzeAlsIntent(GraphComponent, IntentClassifier):
    """Replaces the retrieval intent by the topic the ResponseSelector chose."""

    @staticmethod
    def get_default_config() -> dict[str, Any]:
        return {"retrieval_intent": "faq"}

    def __init__(self, config: dict[str, Any]) -> None:
        self.retrieval_intent: str = config["retrieval_intent"]

    @classmethod
    def create(
        cls,
        config: dict[str, Any],
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
    ) -> AntwoordkeuzeAlsIntent:
        return cls(config)

    def process(self, messages: list[Message]) -> list[Message]:
        for message in messages:
            intent = message.get(INTENT)
            keuze = (message.get(RESPONSE_SELECTOR) or {}).get(self.retrieval_intent)
            if not intent or not keuze:
                continue
            nieuw, ranglijst = als_intent(
                intent, message.get(INTENT_RANKING_KEY) or [], keuze, self.retrieval_intent
            )
            message.set(INTENT, nieuw, add_to_output=True)
            message.set(INTENT_RANKING_KEY, ranglijst, add_to_output=True)
        return messages
