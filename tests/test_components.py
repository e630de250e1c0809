"""Speed fixes in components/ keep Rasa's behaviour (config.yml loads them)."""
import jsonschema
import pytest
from rasa.core.actions.action import RemoteAction

import components  # noqa: F401  (applies the fix, as loading a model does)
from components import rasa_versnellingen

GOED = {"events": [{"event": "slot", "name": "gemeente", "value": "Leiden"}],
        "responses": [{"text": "Hallo"}]}
FOUT = [
    {"events": "geen lijst"},
    {"events": [{"name": "zonder event-soort"}]},
    {"events": [{"event": "slot", "name": "x", "timestamp": "gisteren"}]},
    {"responses": ["geen object"]},
]


def test_rasa_gebruikt_de_voorbereide_validatie():
    assert RemoteAction._validate_action_result is rasa_versnellingen.valideer_actie_antwoord


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


def test_event_klassen_zoals_rasa_ze_vindt():
    from rasa.shared.core import events
    from rasa.shared.utils.common import all_subclasses

    for klasse in all_subclasses(events.Event):
        verwacht = next(k for k in all_subclasses(events.Event)
                        if k.type_name == klasse.type_name)
        assert events.Event.resolve_by_type(klasse.type_name) is verwacht
    assert events.Event.resolve_by_type("topic") is None
    assert events.Event.resolve_by_type("onbekend", events.SlotSet) is events.SlotSet
    with pytest.raises(ValueError, match="Unknown event name 'onbekend'"):
        events.Event.resolve_by_type("onbekend")


def test_opgeslagen_gesprek_leest_terug_als_dezelfde_events():
    from rasa.shared.core.events import (ActionExecuted, BotUttered, SlotSet, UserUttered,
                                         deserialise_events)

    origineel = [ActionExecuted("action_listen"), UserUttered("hallo", {"name": "groet"}),
                 BotUttered("Welkom"), SlotSet("gemeente", "Leiden")]
    terug = deserialise_events([e.as_dict() for e in origineel])
    assert terug == origineel
    assert [type(e) for e in terug] == [type(e) for e in origineel]
