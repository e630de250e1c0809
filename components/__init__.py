"""Custom Rasa graph components of the Wlz-assistent (named in config.yml).

Rasa imports this package whenever it loads a model trained with config.yml, in every process
(`rasa run`, `rasa shell`, `rasa test`), so the speed fixes for Rasa itself are applied here
as well.
"""
from components import rasa_versnellingen  # noqa: F401  (patches Rasa on import)
