"""Speed fixes in components/ keep Rasa's behaviour (config.yml loads them)."""
import jsonschema
import pytest
from rasa.core.actions.action import RemoteAction

import components  # noqa: F401  (applies the fix, as loading a model does)
from components import actieserver_antwoord

GOED = {"events": [{"event": "slot", "name": "gemeente", "value": "Leiden"}],
        "responses": [{"text": "Hallo"}]}
FOUT = [
    {"events": "geen lijst"},
    {"events": [{"name": "zonder event-soort"}]},
    {"events": [{"event": "slot", "name": "x", "timestamp": "gisteren"}]},
    {"responses": ["geen object"]},
]


def test_rasa_gebruikt_de_voorbereide_validatie():
    assert RemoteAction._validate_action_result is actieserver_antwoord.valideer_actie_antwoord


def test_goed_antwoord_wordt_geaccepteerd():
    assert RemoteAction("action_x", None)._validate_action_result(GOED) is True
    jsonschema.validate(GOED, RemoteAction.action_response_format_spec())


@pytest.mark.parametrize("antwoord", FOUT)
def test_fout_antwoord_geeft_dezelfde_fout_als_jsonschema_validate(antwoord):
    with pytest.raises(jsonschema.ValidationError) as verwacht:
        jsonschema.validate(antwoord, RemoteAction.action_response_format_spec())
    with pytest.raises(jsonschema.ValidationError) as gekregen:
        RemoteAction("action_x", None)._validate_action_result(antwoord)
    assert gekregen.value.message.startswith(verwacht.value.message)
    assert "Failed to validate Action server response" in gekregen.value.message
    assert list(gekregen.value.path) == list(verwacht.value.path)
