"""Checks the action server's answers with a prepared JSON-schema validator.

Rasa 3.6 checks every answer of the action server with `jsonschema.validate(result, schema)`
(`RemoteAction._validate_action_result`). With jsonschema 4.17 that call first validates the
*schema itself* against the draft 2020-12 meta-schema, every time: about 50 ms of CPU per custom
action on a 2-core machine, close to half of all the time the Rasa server spent per message in
the benchmark (scripts/bench.py). The schema never changes, so it is checked once here and the
answers are validated exactly as before (same errors, same message).
"""
from __future__ import annotations

from functools import lru_cache
from typing import Any, Dict, Text

from jsonschema import exceptions, validators
from rasa.core.actions.action import RemoteAction
from rasa.shared.constants import DOCS_BASE_URL


@lru_cache(maxsize=1)
def _validator() -> Any:
    schema = RemoteAction.action_response_format_spec()
    validator_class = validators.validator_for(schema)
    validator_class.check_schema(schema)  # what jsonschema.validate does on every call
    return validator_class(schema)


def valideer_actie_antwoord(self: RemoteAction, result: Dict[Text, Any]) -> bool:
    """Drop-in for RemoteAction._validate_action_result (Rasa 3.6.21)."""
    fout = exceptions.best_match(_validator().iter_errors(result))
    if fout is not None:
        fout.message += (
            f". Failed to validate Action server response from API, "
            f"make sure your response from the Action endpoint is valid. "
            f"For more information about the format visit "
            f"{DOCS_BASE_URL}/custom-actions"
        )
        raise fout
    return True


RemoteAction._validate_action_result = valideer_actie_antwoord
