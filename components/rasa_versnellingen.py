"""Two hot spots of Rasa 3.6.21 that the benchmark (scripts/bench.py) found, made cheap.

Both keep Rasa's behaviour exactly (tests/test_components.py compares them with the originals).
Importing this module changes nothing: `installeer()` applies them, after checking the Rasa
version. components/snel_laden.py calls it when a model of config.yml is loaded, so every process
that uses the bot's model (`rasa run`, `rasa shell`, `rasa test`) gets them, and a model without
the bot's components (Rasa's default, the yardstick of `make bench`) runs plain Rasa.

1. Action-server answers. Rasa 3.6 checks every answer of the action server with
`jsonschema.validate(result, schema)` (`RemoteAction._validate_action_result`). With jsonschema
4.17 that call first validates the *schema itself* against the draft 2020-12 meta-schema, every
time: about 50 ms of CPU per custom action on a 2-core machine, close to half of all the time the
Rasa server spent per message in the benchmark (scripts/bench.py). The schema never changes, so it
is checked once here and the answers are validated exactly as before (same errors, same message).

2. Event types. Every time Rasa reads a conversation from the tracker store it turns each stored
event into its class with `Event.resolve_by_type`, which walks all ~40 Event subclasses (and
their abstract checks) per event: about a tenth of the server's time per message. The classes
never change while the server runs, so the name → class table is built once.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any, Optional

from jsonschema import exceptions, validators
from rasa.core.actions.action import RemoteAction
from rasa.shared.constants import DOCS_BASE_URL
from rasa.shared.core.events import Event
from rasa.shared.utils.common import all_subclasses

from server.rasa_versie import controleer_rasa_versie

# After a new Rasa release: what to do besides comparing the code (server/rasa_versie.py).
ADVIES = (
    ", draai tests/test_components.py en tests/modelcontrole en pas dan RASA_GESCHREVEN_VOOR in "
    "server/rasa_versie.py aan. Zonder versnellingen: zet in config.yml DIETClassifier in plaats van "
    "components.snel_laden.SnelLadenDIETClassifier en train opnieuw"
)


@lru_cache(maxsize=1)
def _validator() -> Any:
    schema = RemoteAction.action_response_format_spec()
    validator_class = validators.validator_for(schema)
    validator_class.check_schema(schema)  # what jsonschema.validate does on every call
    return validator_class(schema)


def valideer_actie_antwoord(self: RemoteAction, result: dict[str, Any]) -> bool:
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


_resolve_by_type_van_rasa = Event.resolve_by_type


@lru_cache(maxsize=1)
def _event_klassen() -> dict[str, type]:
    klassen: dict[str, type] = {}
    for klasse in all_subclasses(Event):
        klassen.setdefault(klasse.type_name, klasse)  # the first match, as Rasa's loop takes
    return klassen


def event_klasse(type_name: str, default: Optional[type] = None) -> Optional[type]:
    """Drop-in for Event.resolve_by_type (Rasa 3.6.21)."""
    klasse = _event_klassen().get(type_name)
    if klasse is not None:
        return klasse
    return _resolve_by_type_van_rasa(type_name, default)  # "topic", default, or Rasa's error


@dataclass(frozen=True)
class Versnelling:
    """One attribute of a Rasa class replaced; `origineel` is Rasa's own, as found at import."""

    naam: str
    klasse: type
    attribuut: str
    vervanging: Any  # as it is stored in the class (a staticmethod for a static method)
    origineel: Any = field(init=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "origineel", self.klasse.__dict__[self.attribuut])


VERSNELLINGEN = (
    Versnelling(
        "antwoorden van de action server valideren",
        RemoteAction,
        "_validate_action_result",
        valideer_actie_antwoord,
    ),
    Versnelling("eventklassen opzoeken", Event, "resolve_by_type", staticmethod(event_klasse)),
)


def installeer() -> None:
    """Applies the fixes in this process (again is harmless); checks the Rasa version first."""
    namen = ", ".join(versnelling.naam for versnelling in VERSNELLINGEN)
    bestand = "components/rasa_versnellingen.py"
    controleer_rasa_versie(f"{bestand} ({namen})", bestand, ADVIES)
    for versnelling in VERSNELLINGEN:
        setattr(versnelling.klasse, versnelling.attribuut, versnelling.vervanging)
