"""Privacy rules of the Wlz-assistent in plain Python (no Rasa): masking personal data, retention."""
