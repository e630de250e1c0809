"""Custom Rasa graph components of the Wlz-assistent (named in config.yml).

Importing the package changes nothing in Rasa: the fast DIET loader applies Rasa's speed fixes
explicitly when it loads a model (components/snel_laden.py, components/rasa_versnellingen.py).
"""
