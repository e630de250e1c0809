"""Rasa's speed fixes in components/: applied only by the fast DIET loader, only on Rasa 3.6.x, and
with the same results as Rasa's own functions. The fast loader itself is compared with Rasa's
loading in tests/modelcontrole (needs the trained model)."""

import re
import subprocess
import sys

import jsonschema
import pytest
import rasa
from rasa.core.actions.action import RemoteAction
from rasa.engine import validation
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.nlu.classifiers.diet_classifier import DIETClassifier
from rasa.shared.core import events
from rasa.shared.core.events import ActionExecuted, BotUttered, SlotSet, UserUttered, deserialise_events
from rasa.shared.utils.common import all_subclasses
from rasa.shared.utils.io import read_yaml_file

from components import rasa_versnellingen
from components.rasa_versnellingen import VERSNELLINGEN
from components.snel_laden import SnelLadenDIETClassifier
from hulp import REPO
from server import rasa_versie
from server.rasa_versie import RasaVersieFout

# Answers of the action server: what the bot's actions send, and what a broken one could send.
ANTWOORDEN = [
    {"events": [{"event": "slot", "name": "gemeente", "value": "Leiden"}], "responses": [{"text": "Hallo"}]},
    {"events": [], "responses": []},
    {},
    {
        "events": [
            {"event": "slot", "timestamp": None, "name": "partner", "value": None},
            {"event": "active_loop", "name": "eigen_bijdrage_form"},
            {"event": "followup", "name": "action_listen"},
        ],
        "responses": [
            {
                "text": "Kies:",
                "buttons": [{"title": "Ja", "payload": "/bevestigen"}],
                "custom": {"soort": "uitleg"},
                "response": "utter_groet",
            }
        ],
    },
    {"events": "geen lijst"},
    {"events": [{"name": "zonder event-soort"}]},
    {"events": [{"event": "slot", "name": "x", "timestamp": "gisteren"}]},
    {"events": [{"event": "onbekend"}]},
    {"responses": ["geen object"]},
    {"responses": [{"text": 3}], "events": [{"event": 5}]},
    ["geen", "object"],
    None,
]


def origineel(attribuut: str):
    """Rasa's own function that a fix replaces."""
    waarde = next(v.origineel for v in VERSNELLINGEN if v.attribuut == attribuut)
    return getattr(waarde, "__func__", waarde)  # a static method's function


def uitkomst(functie, *argumenten):
    """What a call gives: its value, or the error with everything a caller could read from it."""
    try:
        return "waarde", functie(*argumenten)
    except Exception as fout:  # noqa: BLE001 - the error is the outcome being compared
        if isinstance(fout, jsonschema.ValidationError):
            return (
                "fout",
                type(fout),
                fout.message,
                list(fout.path),
                list(fout.schema_path),
                fout.validator,
                fout.validator_value,
                fout.instance,
            )
        return "fout", type(fout), str(fout)


@pytest.fixture
def rasa_zonder_versnellingen(monkeypatch):
    """Rasa's classes as Rasa has them for one test; the state from before is restored afterwards."""
    for versnelling in VERSNELLINGEN:
        monkeypatch.setattr(versnelling.klasse, versnelling.attribuut, versnelling.origineel)


def is_origineel(versnelling) -> bool:
    return versnelling.klasse.__dict__[versnelling.attribuut] is versnelling.origineel


def test_de_originelen_zijn_die_van_rasa():
    assert origineel("_validate_action_result").__qualname__ == "RemoteAction._validate_action_result"
    assert origineel("_validate_action_result").__module__ == "rasa.core.actions.action"
    assert origineel("resolve_by_type").__qualname__ == "Event.resolve_by_type"
    assert origineel("resolve_by_type").__module__ == "rasa.shared.core.events"


def test_importeren_verandert_rasa_niet():
    # A fresh interpreter: in this one another test may have applied the fixes already.
    code = (
        "import components, components.snel_laden, components.feedback_beleid\n"
        "from rasa.core.actions.action import RemoteAction\n"
        "from rasa.shared.core.events import Event\n"
        "assert RemoteAction._validate_action_result.__module__ == 'rasa.core.actions.action'\n"
        "assert Event.resolve_by_type.__module__ == 'rasa.shared.core.events'\n"
    )
    proces = subprocess.run([sys.executable, "-c", code], cwd=REPO, capture_output=True, text=True)
    assert proces.returncode == 0, proces.stderr[-2000:]


@pytest.mark.parametrize("antwoord", ANTWOORDEN)
def test_validatie_geeft_hetzelfde_als_die_van_rasa(antwoord):
    actie = RemoteAction("action_x", None)
    verwacht = uitkomst(origineel("_validate_action_result"), actie, antwoord)
    assert uitkomst(rasa_versnellingen.valideer_actie_antwoord, actie, antwoord) == verwacht


def test_validatiefout_noemt_het_formaat_van_de_action_server():
    with pytest.raises(jsonschema.ValidationError, match="Failed to validate Action server response"):
        rasa_versnellingen.valideer_actie_antwoord(RemoteAction("action_x", None), {"events": "geen lijst"})


def test_eventklassen_zoals_rasa_ze_vindt():
    namen = {klasse.type_name for klasse in all_subclasses(events.Event)} | {"topic", "onbekend"}
    for naam in sorted(namen):
        for standaard in (None, events.SlotSet):
            verwacht = uitkomst(origineel("resolve_by_type"), naam, standaard)
            assert uitkomst(rasa_versnellingen.event_klasse, naam, standaard) == verwacht, naam


def test_eventklasse_van_na_het_opbouwen_van_de_tabel_wordt_gevonden():
    rasa_versnellingen.event_klasse("slot")  # builds the table

    class LaterEvent(events.SlotSet):  # concrete: Rasa skips abstract classes
        type_name = "wlz_later_event"

    assert rasa_versnellingen.event_klasse("wlz_later_event") is LaterEvent
    assert origineel("resolve_by_type")("wlz_later_event") is LaterEvent


@pytest.mark.usefixtures("rasa_zonder_versnellingen")
def test_installeer_zet_de_versnellingen_in_rasa():
    rasa_versnellingen.installeer()
    rasa_versnellingen.installeer()  # again changes nothing
    assert RemoteAction("action_x", None)._validate_action_result({}) is True
    assert RemoteAction.__dict__["_validate_action_result"] is rasa_versnellingen.valideer_actie_antwoord
    assert events.Event.resolve_by_type is rasa_versnellingen.event_klasse
    origineel_gesprek = [
        ActionExecuted("action_listen"),
        UserUttered("hallo", {"name": "groet"}),
        BotUttered("Welkom"),
        SlotSet("gemeente", "Leiden"),
    ]
    terug = deserialise_events([e.as_dict() for e in origineel_gesprek])
    assert terug == origineel_gesprek
    assert [type(e) for e in terug] == [type(e) for e in origineel_gesprek]


@pytest.mark.usefixtures("rasa_zonder_versnellingen")
def test_snel_laden_installeert_de_versnellingen(monkeypatch):
    geladen = []
    monkeypatch.setattr(
        DIETClassifier, "load", classmethod(lambda cls, *a, **k: geladen.append(cls) or "model")
    )
    assert all(is_origineel(v) for v in VERSNELLINGEN)
    assert SnelLadenDIETClassifier.load({}, None, None, None) == "model"
    assert geladen == [SnelLadenDIETClassifier]
    assert not any(is_origineel(v) for v in VERSNELLINGEN)


@pytest.mark.usefixtures("rasa_zonder_versnellingen")
@pytest.mark.parametrize("versie", ["3.7.0", "4.0.0", "3.5.15", "3.60.1"])
def test_andere_rasa_versie_geeft_een_duidelijke_fout(monkeypatch, versie):
    monkeypatch.setattr(rasa, "__version__", versie)
    with pytest.raises(RasaVersieFout) as fout:
        rasa_versnellingen.installeer()
    bericht = str(fout.value)
    for versnelling in VERSNELLINGEN:
        assert versnelling.naam in bericht
    assert "components/rasa_versnellingen.py" in bericht
    assert f"geschreven voor Rasa 3.6.21 (3.6.x), maar hier draait Rasa {versie}" in bericht
    assert "Installeer Rasa 3.6.21" in bericht
    assert all(is_origineel(v) for v in VERSNELLINGEN)  # nothing half applied

    with pytest.raises(
        RasaVersieFout, match=r"components/snel_laden\.py \(DIET laden zonder trainingsstap\)"
    ):
        SnelLadenDIETClassifier.load({}, None, None, None)
    assert all(is_origineel(v) for v in VERSNELLINGEN)


@pytest.mark.usefixtures("rasa_zonder_versnellingen")
@pytest.mark.parametrize("versie", ["3.6.0", "3.6.21", "3.6.22"])
def test_elke_rasa_3_6_is_goed(monkeypatch, versie):
    monkeypatch.setattr(rasa, "__version__", versie)
    rasa_versnellingen.installeer()


def test_geschreven_voor_de_vastgelegde_rasa():
    vastgelegd = re.search(r"^rasa==(\S+)$", (REPO / "requirements-lock.txt").read_text(), re.MULTILINE)
    assert vastgelegd and vastgelegd.group(1) == rasa_versie.RASA_GESCHREVEN_VOOR


def test_config_yml_is_een_geldige_graaf_voor_training_en_voorspellen():
    """What `rasa train` checks before it trains: the components and their load/run signatures."""
    config = read_yaml_file(REPO / "config.yml")
    graaf = DefaultV1Recipe().graph_config_for_recipe(config, {})
    validation.validate(graaf)
    gebruikt = {knoop.uses for knoop in graaf.predict_schema.nodes.values()}
    assert SnelLadenDIETClassifier in gebruikt
