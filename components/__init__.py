"""Custom Rasa graph components of the Wlz-assistent (named in config.yml).

Rasa imports this package whenever it loads a model trained with config.yml, in every process
(`rasa run`, `rasa shell`, `rasa test`), so the speed fix for action-server answers is applied
here as well.
"""
from components import actieserver_antwoord  # noqa: F401  (patches RemoteAction on import)
