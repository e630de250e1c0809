"""The Rasa release that the project's hooks into Rasa were written for, and the one check they use.

server/rasa_maskering.py and server/storing.py replace methods of Rasa classes; components/ speeds
up two Rasa functions and loads DIET without a training step. They rely on Rasa 3.6 internals, so
on another release series they refuse to start until someone has compared them with its code.
"""

import rasa
from rasa.shared.exceptions import RasaException

# As pinned in requirements-lock.txt (tests/test_components.py checks); any 3.6.x is accepted.
RASA_GESCHREVEN_VOOR = "3.6.21"
ONDERSTEUNDE_RASA = RASA_GESCHREVEN_VOOR.rsplit(".", 1)[0] + "."


class RasaVersieFout(RasaException):
    """Rasa is not the release series a hook was written for (a RasaException: Rasa shows it as is)."""


def controleer_rasa_versie(onderdeel: str, bestand: str, advies: str = "") -> None:
    """Raises RasaVersieFout, naming `onderdeel`, the `bestand` to check and `advies`, unless Rasa
    is 3.6.x."""
    if not rasa.__version__.startswith(ONDERSTEUNDE_RASA):
        raise RasaVersieFout(
            f"{onderdeel} is geschreven voor Rasa {RASA_GESCHREVEN_VOOR} ({ONDERSTEUNDE_RASA}x), maar hier "
            f"draait Rasa {rasa.__version__}. Installeer Rasa {RASA_GESCHREVEN_VOOR} (make install, "
            f"requirements-lock.txt), of vergelijk {bestand} met de code van Rasa {rasa.__version__}"
            f"{advies}."
        )
