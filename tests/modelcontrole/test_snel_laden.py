"""The fast DIET loader (components/snel_laden.py) against Rasa's own, on the trained model.

Both load the DIET of models/wlz-assistent.tar.gz through Rasa's graph runner, as a server does;
they differ only in the DIET class. On every sentence of the held-out set (tests/nlu_test.yml)
they must give the same intent ranking, confidences and entities. Needs the trained model: run by
`make test-nlu`, not by `make test-python` (a fresh clone has no model yet).
"""

from __future__ import annotations

import dataclasses
import os
import time
from pathlib import Path
from typing import Any

import pytest
from rasa.core.channels.channel import UserMessage
from rasa.engine.constants import PLACEHOLDER_MESSAGE
from rasa.engine.graph import ExecutionContext, GraphSchema
from rasa.engine.runner.dask import DaskGraphRunner
from rasa.engine.storage.local_model_storage import LocalModelStorage
from rasa.engine.storage.storage import ModelMetadata
from rasa.nlu.classifiers.diet_classifier import DIETClassifier
from rasa.shared.nlu.constants import ENTITIES, INTENT, INTENT_RANKING_KEY, TEXT
from rasa.shared.nlu.training_data.loading import load_data
from rasa.shared.nlu.training_data.message import Message

from components.rasa_versnellingen import VERSNELLINGEN
from components.snel_laden import SnelLadenDIETClassifier
from hulp import REPO

MODEL = Path(os.environ.get("WLZ_TEST_MODEL") or REPO / "models" / "wlz-assistent.tar.gz")
TOLERANTIE = 1e-6

# Rasa's own DIETClassifier, under the name the trained model's files carry (DIETClassifier reads
# `<class name>.tf_model` and the like).
RasaDIETClassifier = type(SnelLadenDIETClassifier.__name__, (DIETClassifier,), {"__module__": __name__})


@dataclasses.dataclass
class Geladen:
    runner: DaskGraphRunner
    diet: str  # the DIET node's name
    seconden: float


def laad(model: tuple[LocalModelStorage, ModelMetadata], diet_klasse: type | None) -> Geladen:
    """The model's predict graph, loaded by Rasa's runner; with `diet_klasse` only the part up to
    DIET, with that class as DIET."""
    storage, metadata = model
    schema = metadata.predict_schema
    diet = next(naam for naam, knoop in schema.nodes.items() if knoop.uses is SnelLadenDIETClassifier)
    if diet_klasse is not None:
        deel = schema.minimal_graph_schema([diet]).nodes
        schema = GraphSchema(
            {
                naam: dataclasses.replace(knoop, uses=diet_klasse) if naam == diet else knoop
                for naam, knoop in deel.items()
            }
        )
    begin = time.perf_counter()
    runner = DaskGraphRunner(schema, storage, ExecutionContext(schema, metadata.model_id))
    return Geladen(runner, diet, time.perf_counter() - begin)


def voorspel(geladen: Geladen, zinnen: list[str]) -> list[Message]:
    invoer = {PLACEHOLDER_MESSAGE: [UserMessage(zin) for zin in zinnen]}
    return geladen.runner.run(invoer, [geladen.diet])[geladen.diet]


def uitkomst(bericht: Message) -> tuple[list[tuple[str, float]], list[tuple[Any, ...]]]:
    """DIET's intent ranking and entities of one message, each as (what, confidence)."""
    ranking = [(intent["name"], intent["confidence"]) for intent in bericht.get(INTENT_RANKING_KEY)]
    assert bericht.get(INTENT)["name"] == ranking[0][0]
    entiteiten = [
        (e["entity"], e["start"], e["end"], e["value"], e.get("confidence_entity", 0.0))
        for e in bericht.get(ENTITIES, [])
    ]
    return ranking, entiteiten


def afwijking(snel: list[tuple[Any, ...]], rasa: list[tuple[Any, ...]]) -> float:
    """The largest difference in confidence (the last field); infinite when the labels differ."""
    if [wat[:-1] for wat in snel] != [wat[:-1] for wat in rasa]:
        return float("inf")
    return max((abs(a[-1] - b[-1]) for a, b in zip(snel, rasa, strict=True)), default=0.0)


@pytest.fixture(scope="module")
def zinnen() -> list[str]:
    return [voorbeeld.get(TEXT) for voorbeeld in load_data(str(REPO / "tests" / "nlu_test.yml")).nlu_examples]


@pytest.fixture(scope="module")
def model(tmp_path_factory: pytest.TempPathFactory) -> tuple[LocalModelStorage, ModelMetadata]:
    if not MODEL.exists():
        # `make test-nlu` names the model (WLZ_TEST_MODEL) after training it: then it must be there.
        if "WLZ_TEST_MODEL" in os.environ:
            pytest.fail(f"{MODEL} ontbreekt")
        pytest.skip(f"{MODEL} ontbreekt: make train")
    return LocalModelStorage.from_model_archive(tmp_path_factory.mktemp("model"), MODEL)


@pytest.fixture(scope="module")
def snel(model: tuple[LocalModelStorage, ModelMetadata]) -> Geladen:
    return laad(model, None)  # the whole model, as `rasa run` loads it


@pytest.fixture(scope="module")
def rasa_eigen(model: tuple[LocalModelStorage, ModelMetadata], snel: Geladen) -> Geladen:
    # After `snel`: the first load in the process also pays for starting TensorFlow.
    return laad(model, RasaDIETClassifier)


def test_snel_laden_voorspelt_hetzelfde_als_rasa(snel: Geladen, rasa_eigen: Geladen, zinnen: list[str]):
    assert len(zinnen) > 400
    verschillen, grootste, met_entiteiten = [], 0.0, 0
    for zin, uit_snel, uit_rasa in zip(
        zinnen, voorspel(snel, zinnen), voorspel(rasa_eigen, zinnen), strict=True
    ):
        intents_snel, entiteiten_snel = uitkomst(uit_snel)
        intents_rasa, entiteiten_rasa = uitkomst(uit_rasa)
        verschil = max(afwijking(intents_snel, intents_rasa), afwijking(entiteiten_snel, entiteiten_rasa))
        grootste = max(grootste, verschil)
        met_entiteiten += bool(entiteiten_rasa)
        if verschil > TOLERANTIE:
            verschillen.append((zin, intents_snel[:2], intents_rasa[:2], entiteiten_snel, entiteiten_rasa))
    print(
        f"\n{len(zinnen)} zinnen ({met_entiteiten} met entiteiten), "
        f"grootste verschil in zekerheid {grootste:.1e}"
    )
    assert not verschillen, f"{len(verschillen)} van {len(zinnen)} zinnen anders: {verschillen[:5]}"


def test_snel_laden_is_sneller_en_zet_de_versnellingen(snel: Geladen, rasa_eigen: Geladen):
    print(
        f"\nladen: snel {snel.seconden:.1f} s (heel model), "
        f"Rasa's DIET {rasa_eigen.seconden:.1f} s (tot en met DIET)"
    )
    assert snel.seconden < rasa_eigen.seconden
    assert all(v.klasse.__dict__[v.attribuut] is v.vervanging for v in VERSNELLINGEN)
