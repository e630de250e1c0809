"""The Rasa release series that the server's hooks into Rasa were written for.

server/rasa_maskering.py and server/storing.py replace methods of Rasa classes; they rely on how
Rasa 3.6 builds messages, runs custom actions and uses its stores. On another version they refuse
to start until someone has compared them with that version's code.
"""

ONDERSTEUNDE_RASA = "3.6."


class RasaVersieFout(RuntimeError):
    """Rasa is not the release series a hook was written for."""


def controleer_rasa_versie(onderdeel: str, bestand: str) -> None:
    """Raises RasaVersieFout, naming `onderdeel` and the `bestand` to check, unless Rasa is 3.6.x."""
    import rasa

    if not rasa.__version__.startswith(ONDERSTEUNDE_RASA):
        raise RasaVersieFout(
            f"{onderdeel} is gemaakt voor Rasa {ONDERSTEUNDE_RASA}x, niet voor {rasa.__version__}: "
            f"controleer {bestand} eerst."
        )
