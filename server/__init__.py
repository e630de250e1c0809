"""Running the Rasa server safely: settings from the environment, masking, retention."""
