from .cli import main

# Guarded: the Rasa action server imports every module of the actions package.
if __name__ == "__main__":
    raise SystemExit(main())
