"""The action server can load the actions package and offers every custom action of the domain."""

import json
import subprocess
import sys

from hulp import REPO

# Run in a fresh interpreter, as `rasa run actions` does: pytest's own imports of the test
# packages would otherwise leak into the package scan.
REGISTREER = (
    "import json; from rasa_sdk.executor import ActionExecutor; e = ActionExecutor(); "
    "e.register_package('actions'); print(json.dumps(sorted(e.actions)))"
)


def test_action_server_registreert_alle_acties_uit_het_domein(domain):
    uitvoer = subprocess.run(
        [sys.executable, "-c", REGISTREER], cwd=REPO, capture_output=True, text=True, timeout=120, check=True
    )
    geregistreerd = set(json.loads(uitvoer.stdout.strip().splitlines()[-1]))
    assert set(domain["actions"]) <= geregistreerd
