"""A DIETClassifier that loads in seconds instead of most of a minute.

Rasa 3.6 builds a saved TensorFlow model by running one *training* step (`model.fit` on one
example) before it reads the weights (`RasaModel.load`). Keras traces that step into a graph with
gradients and optimizer updates: on a 2-core machine about 40 s for this bot's DIET and several
hundred MB of memory, only to create variables that the saved weights then overwrite.
Here one eager forward pass creates the same variables, the weights are read without the
optimizer state (which only fine-tuning needs) and the prediction graph is traced as before.
The trained weights and therefore every prediction are the same (tests/modelcontrole compares
them with Rasa's own loading on the held-out set); training is unchanged.

Loading also checks the Rasa version (this relies on how Rasa 3.6 builds DIET) and applies the
speed fixes of components/rasa_versnellingen.py: this is the component of config.yml that every
process loading the bot's model loads.
"""

from __future__ import annotations

from typing import Any, Optional

import tensorflow as tf
from rasa.engine.graph import ExecutionContext
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.nlu.classifiers.diet_classifier import DIET, DIETClassifier
from rasa.utils.tensorflow.data_generator import RasaBatchDataGenerator
from rasa.utils.tensorflow.model_data import RasaModelData
from rasa.utils.tensorflow.models import RasaModel

from components import rasa_versnellingen
from server.rasa_versie import controleer_rasa_versie


class SnelLadenDIET(DIET):
    """DIET whose `load` does not trace a training step."""

    @classmethod
    def load(
        cls,
        model_file_name: str,
        model_data_example: RasaModelData,
        predict_data_example: Optional[RasaModelData] = None,
        finetune_mode: bool = False,
        *args: Any,
        **kwargs: Any,
    ) -> RasaModel:
        if finetune_mode:  # fine-tuning continues training and needs the optimizer state
            return super().load(
                model_file_name, model_data_example, predict_data_example, finetune_mode, *args, **kwargs
            )
        model = cls(*args, **kwargs)
        # The same loss as a training step computes, eagerly and without gradients: every layer
        # creates its variables on its first call.
        voorbeeld, _ = RasaBatchDataGenerator(model_data_example, batch_size=1)[0]
        model._training = True
        model.batch_loss(tuple(tf.convert_to_tensor(deel) for deel in voorbeeld))
        model._training = None
        model.load_weights(model_file_name).expect_partial()
        if predict_data_example:
            # Traces the prediction graph now rather than at the first user's message.
            model.run_inference(predict_data_example)
        return model


@DefaultV1Recipe.register(
    [
        DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER,
        DefaultV1Recipe.ComponentType.ENTITY_EXTRACTOR,
    ],
    is_trainable=True,
)
class SnelLadenDIETClassifier(DIETClassifier):
    """DIETClassifier (all its options) whose trained model loads fast."""

    @staticmethod
    def model_class() -> type[RasaModel]:
        return SnelLadenDIET

    @classmethod
    def load(
        cls,
        config: dict[str, Any],
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
        **kwargs: Any,
    ) -> SnelLadenDIETClassifier:
        """Rasa's DIETClassifier.load, after the version check and Rasa's speed fixes."""
        controleer_rasa_versie(
            "components/snel_laden.py (DIET laden zonder trainingsstap)",
            "components/snel_laden.py",
            rasa_versnellingen.ADVIES,
        )
        rasa_versnellingen.installeer()
        return super().load(config, model_storage, resource, execution_context, **kwargs)
