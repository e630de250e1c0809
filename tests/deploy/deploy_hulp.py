"""Reading deploy/ for the consistency tests: the rendered kustomizations, the Dockerfiles, and the
environment variables that the code knows. PyYAML and the standard library only (runs in .venv)."""

from __future__ import annotations

import importlib.util
import json
import re
from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

from hulp import REPO

DEPLOY = REPO / "deploy"
K8S = DEPLOY / "k8s"
BASIS = K8S / "basis"
BERICHTENKANALEN = K8S / "berichtenkanalen"
VOORBEELDEN = DEPLOY / "voorbeelden"
DOCKER = DEPLOY / "docker"
ENDPOINTS_PRODUCTIE = REPO / "endpoints-productie.yml"

# The contract of the processes (tests of server/, channels/ and the action server cover them).
RASA_OPDRACHT = [
    "python",
    "-m",
    "server",
    "run",
    "--model",
    "models/wlz-assistent.tar.gz",
    "--endpoints",
    "endpoints-productie.yml",
    "--credentials",
    "credentials.yml",
    "-i",
    "0.0.0.0",
    "--port",
    "5005",
]
RASA_BERICHTEN_OPDRACHT = [
    ("credentials-messaging.yml" if w == "credentials.yml" else w) for w in RASA_OPDRACHT
]
ACTIES_OPDRACHT = ["rasa", "run", "actions", "--port", "5055"]
BEWAAR_OPDRACHT = ["python", "-m", "server.bewaartermijn", "--endpoints", "endpoints-productie.yml"]
RASA_POORT, ACTIES_POORT = 5005, 5055
LIVE, KLAAR, ACTIES_GEZOND = "/webhooks/gezondheid/live", "/webhooks/gezondheid/klaar", "/health"

# Variables read by libraries rather than by our code, with the file that reads them.
BIBLIOTHEEK_VARIABELEN = {
    "TF_CPP_MIN_LOG_LEVEL": ("rasa", "utils/common.py"),
    "SANIC_HOST": ("rasa_sdk", "endpoint.py"),
    "RASA_TELEMETRY_ENABLED": ("rasa", "telemetry.py"),
    "SQL_POOL_SIZE": ("rasa", "core/constants.py"),
    "SQL_MAX_OVERFLOW": ("rasa", "core/constants.py"),
}
# Set in the Dockerfiles only: the shell, Python and pip themselves read them.
STANDAARD_VARIABELEN = {
    "PATH",
    "HOME",
    "PYTHONDONTWRITEBYTECODE",
    "PYTHONUNBUFFERED",
    "PYTHONHASHSEED",
    "PIP_DISABLE_PIP_VERSION_CHECK",
}
GEHEIM = re.compile(r"PASSWORD|SECRET|TOKEN|SLEUTEL|AUTH|KEY", re.IGNORECASE)


def _laad_kustomize():
    spec = importlib.util.spec_from_file_location("deploy_kustomize", DEPLOY / "controles" / "kustomize.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


kustomize = _laad_kustomize()


def basis() -> list[dict[str, Any]]:
    return kustomize.bouw(BASIS)


def berichtenkanalen() -> list[dict[str, Any]]:
    return kustomize.bouw(BERICHTENKANALEN)


def vind(resources: Iterable[dict[str, Any]], soort: str, naam: str) -> dict[str, Any]:
    gevonden = [r for r in resources if r["kind"] == soort and r["metadata"]["name"] == naam]
    assert len(gevonden) == 1, f"{soort}/{naam}: {len(gevonden)} keer gevonden"
    return gevonden[0]


def pod_spec(resource: dict[str, Any]) -> dict[str, Any]:
    return kustomize.pod_specs([resource])[0]


def container(resource: dict[str, Any]) -> dict[str, Any]:
    containers = pod_spec(resource)["containers"]
    assert len(containers) == 1, f"{resource['metadata']['name']}: één container verwacht"
    return containers[0]


def configmap_sleutels(resources: Iterable[dict[str, Any]], naam: str) -> set[str]:
    return set(vind(resources, "ConfigMap", naam).get("data", {}))


def voorbeeld_secrets() -> dict[str, dict[str, Any]]:
    """name -> stringData of the example Secrets in deploy/voorbeelden (never applied)."""
    secrets = {}
    for pad in sorted(VOORBEELDEN.glob("*.yaml")):
        for doc in kustomize.laad_documenten(pad):
            if doc.get("kind") == "Secret":
                secrets[doc["metadata"]["name"]] = doc.get("stringData", {})
    return secrets


def geleverde_variabelen(c: dict[str, Any], resources: list[dict[str, Any]]) -> set[str]:
    """The variables a container gets: env, and the keys of the ConfigMaps/Secrets in envFrom."""
    namen = {e["name"] for e in c.get("env", [])}
    for bron in c.get("envFrom", []):
        if "configMapRef" in bron:
            namen |= configmap_sleutels(resources, bron["configMapRef"]["name"])
        if "secretRef" in bron:
            namen |= set(voorbeeld_secrets()[bron["secretRef"]["name"]])
    return namen


def variabelen_in_yaml(pad: Path) -> set[str]:
    """The ${VAR} that Rasa expands in an endpoints or credentials file (comments left out)."""
    tekst = "\n".join(regel.split("#", 1)[0] for regel in pad.read_text(encoding="utf-8").splitlines())
    return set(re.findall(r"\$\{(\w+)\}", tekst))


@lru_cache(maxsize=1)
def bekende_variabelen() -> set[str]:
    """Variables the project's code knows: ${VAR} in endpoints*.yml and credentials*.yml and the
    quoted names in the Python packages that run in the images."""
    namen: set[str] = set()
    for pad in sorted(REPO.glob("endpoints*.yml")) + sorted(REPO.glob("credentials*.yml")):
        namen |= variabelen_in_yaml(pad)
    for pakket in ("server", "channels", "privacy", "components", "actions"):
        for pad in (REPO / pakket).rglob("*.py"):
            namen |= set(
                re.findall(r"[\"']([A-Z][A-Z0-9]*_[A-Z0-9_]+)[\"']", pad.read_text(encoding="utf-8"))
            )
    return namen


def bibliotheek_leest(naam: str) -> bool:
    """Whether the installed library file named in BIBLIOTHEEK_VARIABELEN really reads `naam`."""
    pakket, bestand = BIBLIOTHEEK_VARIABELEN[naam]
    spec = importlib.util.find_spec(pakket)
    return spec is not None and naam in (Path(spec.origin).parent / bestand).read_text(encoding="utf-8")


# --- Dockerfiles, read the simple way (deploy/controles/dockerfiles.py parses them for real) ---


def dockerfile_instructies(pad: Path) -> list[tuple]:
    """(INSTRUCTION, value) per instruction, continuation lines joined, comments left out."""
    instructies, huidig = [], ""
    for regel in pad.read_text(encoding="utf-8").splitlines():
        if not huidig and (not regel.strip() or regel.lstrip().startswith("#")):
            continue
        if huidig and regel.lstrip().startswith("#"):
            continue
        if regel.rstrip().endswith("\\"):
            huidig += regel.rstrip()[:-1] + " "
            continue
        huidig += regel
        woord, _, rest = huidig.strip().partition(" ")
        instructies.append((woord.upper(), " ".join(rest.split())))
        huidig = ""
    return instructies


def stages(pad: Path) -> dict[str, list[tuple]]:
    """Stage name -> its instructions (FROM included); the last stage also under '__laatste__'."""
    resultaat: dict[str, list[tuple]] = {}
    naam: str | None = None
    for instructie in dockerfile_instructies(pad):
        if instructie[0] == "FROM":
            woorden = instructie[1].split()
            naam = (
                woorden[2] if len(woorden) >= 3 and woorden[1].upper() == "AS" else f"stage{len(resultaat)}"
            )
            resultaat[naam] = []
        if naam is not None:
            resultaat[naam].append(instructie)
    resultaat["__laatste__"] = resultaat[naam]
    return resultaat


def laatste(pad: Path, soort: str) -> str | None:
    waarden = [w for s, w in stages(pad)["__laatste__"] if s == soort]
    return waarden[-1] if waarden else None


def dockerfile_cmd(pad: Path) -> list[str]:
    return json.loads(laatste(pad, "CMD"))


def dockerfile_env_sleutels(pad: Path) -> set[str]:
    sleutels = set()
    for soort, waarde in dockerfile_instructies(pad):
        if soort == "ENV":
            sleutels |= {m.group(1) for m in re.finditer(r"(?:^|\s)([A-Za-z_][A-Za-z0-9_]*)=", waarde)}
    return sleutels


def laad_yaml(tekst: str) -> Any:
    return yaml.safe_load(tekst)
