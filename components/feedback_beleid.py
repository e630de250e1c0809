"""RulePolicy that asks "Had u hier iets aan?" after an answer.

Where a rule has finished an answer and would let the bot wait for the user (action_listen), this
policy predicts action_feedback_vraag instead when components/gespreksbeurten.py says so (after a
topic answer, not twice in a row). One place decides for every topic, so the topic rules and
stories stay as they are; the answers to the question are ordinary rules
(data/rules/feedback.yml). Rules are trained and checked exactly as by RulePolicy.
"""

from __future__ import annotations

from typing import Any, Optional

from rasa.core.policies.policy import PolicyPrediction
from rasa.core.policies.rule_policy import RulePolicy
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.shared.core.constants import ACTION_LISTEN_NAME
from rasa.shared.core.domain import Domain
from rasa.shared.core.events import SessionStarted
from rasa.shared.core.trackers import DialogueStateTracker

from components.gespreksbeurten import beurten, namen, vraag_om_feedback


@DefaultV1Recipe.register(DefaultV1Recipe.ComponentType.POLICY_WITHOUT_END_TO_END_SUPPORT, is_trainable=True)
class RegelsMetFeedbackvraag(RulePolicy):
    """RulePolicy (all its options) plus the feedback question after an answer."""

    def predict_action_probabilities(
        self,
        tracker: DialogueStateTracker,
        domain: Domain,
        rule_only_data: Optional[dict[str, Any]] = None,
        **kwargs: Any,
    ) -> PolicyPrediction:
        voorspelling = super().predict_action_probabilities(tracker, domain, rule_only_data, **kwargs)
        wacht = domain.action_names_or_texts[voorspelling.max_confidence_index] == ACTION_LISTEN_NAME
        if not wacht or not vraag_om_feedback(beurten(_huidige_sessie(tracker))):
            return voorspelling
        return PolicyPrediction(
            self._prediction_result(namen().feedback_vraag, tracker, domain),
            voorspelling.policy_name,
            voorspelling.policy_priority,
            events=voorspelling.events,
            is_end_to_end_prediction=voorspelling.is_end_to_end_prediction,
            is_no_user_prediction=voorspelling.is_no_user_prediction,
            hide_rule_turn=voorspelling.hide_rule_turn,
        )


def _huidige_sessie(tracker: DialogueStateTracker) -> list[dict[str, Any]]:
    """The events of the running session as dicts, also those a fallback reverted."""
    gebeurtenissen: list[dict[str, Any]] = []
    for gebeurtenis in reversed(tracker.events):
        if isinstance(gebeurtenis, SessionStarted):
            break
        gebeurtenissen.append(gebeurtenis.as_dict())
    gebeurtenissen.reverse()
    return gebeurtenissen
