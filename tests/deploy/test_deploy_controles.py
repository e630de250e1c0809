"""The offline checks of `make test-deploy` find what they promise: broken copies of a manifest or
a Dockerfile make deploy/controles/manifesten.py and dockerfiles.py fail.

They run in .venv-deploy (kubernetes-validate and dockerfile-parse cannot live in .venv). Without
it these tests are skipped; `make test-deploy` sets WLZ_DEPLOY_TEST=verplicht, and then a missing
.venv-deploy is a failure."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

import deploy_hulp as h

DEPLOY_PYTHON = Path(os.environ.get("WLZ_DEPLOY_PYTHON") or h.REPO / ".venv-deploy" / "bin" / "python")
if not DEPLOY_PYTHON.is_absolute():
    DEPLOY_PYTHON = h.REPO / DEPLOY_PYTHON

if not DEPLOY_PYTHON.exists():
    if os.environ.get("WLZ_DEPLOY_TEST") == "verplicht":
        pytest.fail(f"{DEPLOY_PYTHON} ontbreekt (make deploy-venv)", pytrace=False)
    pytest.skip("geen .venv-deploy: `make test-deploy` maakt hem", allow_module_level=True)


def draai(script: str, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [str(DEPLOY_PYTHON), str(h.DEPLOY / "controles" / script), *args],
        capture_output=True,
        text=True,
        cwd=h.REPO,
    )


@pytest.fixture
def k8s_kopie(tmp_path: Path) -> Path:
    shutil.copytree(h.K8S, tmp_path / "k8s")
    return tmp_path / "k8s"


def vervang(pad: Path, oud: str, nieuw: str) -> None:
    tekst = pad.read_text(encoding="utf-8")
    assert oud in tekst, f"{oud!r} staat niet in {pad}"
    pad.write_text(tekst.replace(oud, nieuw, 1), encoding="utf-8")


# --- manifests ------------------------------------------------------------------------------------


def test_echte_manifesten_zijn_geldig():
    uitvoer = draai(
        "manifesten.py",
        "--kubectl",
        "nee",
        "--kubernetes",
        "1.30.0",
        str(h.BASIS),
        str(h.BERICHTENKANALEN),
        str(h.VOORBEELDEN),
    )
    assert uitvoer.returncode == 0, uitvoer.stdout + uitvoer.stderr


@pytest.mark.parametrize(
    "bestand, oud, nieuw, melding",
    [
        # A field Kubernetes does not know (strict schema).
        (
            "basis/acties.yaml",
            "imagePullPolicy: IfNotPresent",
            "imagePullPolicy: IfNotPresent\n          imagePulPolicy: Always",
            "'imagePulPolicy' was unexpected",
        ),
        # A kind without a schema: kubernetes-validate only warns, the check fails.
        ("basis/rasa.yaml", "kind: PodDisruptionBudget", "kind: PodDisruptionBudgt", "Couldn't find schema"),
        # A wrong type.
        ("basis/rasa.yaml", "replicas: 2", "replicas: twee", "replicas"),
        # The same key twice (PyYAML would silently keep the last).
        (
            "basis/bewaartermijn.yaml",
            'schedule: "30 3 * * *"',
            'schedule: "30 3 * * *"\n  schedule: "0 1 * * *"',
            "twee keer",
        ),
        # A broken patch in the overlay.
        (
            "berichtenkanalen/rasa-berichtenkanalen.yaml",
            "configMapRef:",
            "configMapRf:",
            "'configMapRf' was unexpected",
        ),
    ],
)
def test_kapotte_manifesten_worden_gevonden(
    k8s_kopie: Path, bestand: str, oud: str, nieuw: str, melding: str
):
    vervang(k8s_kopie / bestand, oud, nieuw)
    uitvoer = draai(
        "manifesten.py", "--kubectl", "nee", str(k8s_kopie / "basis"), str(k8s_kopie / "berichtenkanalen")
    )
    assert uitvoer.returncode == 1 and melding in uitvoer.stdout, uitvoer.stdout + uitvoer.stderr


def test_manifest_buiten_de_kustomization_wordt_gevonden(k8s_kopie: Path):
    shutil.copy(k8s_kopie / "basis" / "netwerkbeleid.yaml", k8s_kopie / "basis" / "vergeten.yaml")
    uitvoer = draai("manifesten.py", "--kubectl", "nee", str(k8s_kopie / "basis"))
    assert uitvoer.returncode == 1 and "vergeten.yaml: staat niet in" in uitvoer.stdout


@pytest.mark.skipif(shutil.which("kubectl") is None, reason="kubectl ontbreekt")
def test_rendering_gelijk_aan_kubectl_kustomize():
    uitvoer = draai("manifesten.py", "--kubectl", "auto", str(h.BASIS), str(h.BERICHTENKANALEN))
    assert uitvoer.returncode == 0 and "vergeleken met kubectl kustomize" in uitvoer.stdout, uitvoer.stdout


# --- Dockerfiles ----------------------------------------------------------------------------------


@pytest.fixture
def docker_kopie(tmp_path: Path) -> Path:
    """A copy of deploy/docker; the build context stays the repository."""
    shutil.copytree(h.DOCKER, tmp_path / "docker")
    return tmp_path / "docker"


def test_echte_dockerfiles_in_orde():
    uitvoer = draai(
        "dockerfiles.py",
        "--context",
        str(h.REPO),
        str(h.DOCKER / "rasa.Dockerfile"),
        str(h.DOCKER / "acties.Dockerfile"),
    )
    assert uitvoer.returncode == 0, uitvoer.stdout + uitvoer.stderr


@pytest.mark.parametrize(
    "bestand, oud, nieuw, melding",
    [
        ("rasa.Dockerfile", "python:3.10.19-slim-bookworm", "python:3.10-slim", "zonder vaste versie"),
        ("acties.Dockerfile", "python:3.10.19-slim-bookworm", "python:latest", "zonder vaste versie"),
        ("acties.Dockerfile", "USER 10001:10001", "USER root", "numerieke uid:gid die niet 0 is"),
        ("acties.Dockerfile", "USER 10001:10001", "", "geen USER"),
        (
            "rasa.Dockerfile",
            "    TF_CPP_MIN_LOG_LEVEL=2\nUSER",
            "    TF_CPP_MIN_LOG_LEVEL=2 \\\n    WLZ_DB_PASSWORD=wlz\nUSER",
            "ENV WLZ_DB_PASSWORD: geen geheimen",
        ),
        (
            "rasa.Dockerfile",
            "ARG NL_CORE_NEWS_SM_SHA256=",
            "ARG WLZ_API_TOKEN=",
            "ARG WLZ_API_TOKEN: geen geheimen",
        ),
        (
            "acties.Dockerfile",
            "COPY actions actions",
            "COPY actions actions\nCOPY web/node_modules web",
            "COPY web/node_modules",
        ),
        ("acties.Dockerfile", "COPY actions actions", "ADD actions actions", "ADD; gebruik COPY"),
        ("rasa.Dockerfile", 'CMD ["python", "-m", "server"', "CMD ['python', '-m', 'server'", "exec-vorm"),
        ("rasa.Dockerfile", "COPY --from=training", "COPY --from=trainen", "geen eerdere stage"),
        (
            "acties.Dockerfile",
            "pip install -r requirements.txt -c requirements-lock.txt",
            "pip install -r requirements.txt rasa-pro",
            "niet vastgepind",
        ),
        (
            "acties.Dockerfile",
            "pip install -r requirements.txt -c requirements-lock.txt",
            "pip install -r requirements.txt",
            "zonder -c requirements-lock.txt",
        ),
    ],
)
def test_kapotte_dockerfiles_worden_gevonden(
    docker_kopie: Path, bestand: str, oud: str, nieuw: str, melding: str
):
    vervang(docker_kopie / bestand, oud, nieuw)
    uitvoer = draai("dockerfiles.py", "--context", str(h.REPO), str(docker_kopie / bestand))
    assert uitvoer.returncode == 1 and melding in uitvoer.stdout, uitvoer.stdout + uitvoer.stderr


def test_te_ruime_build_context_wordt_gevonden(docker_kopie: Path):
    # Without the allowlist the conversations database and the virtualenv would go to the builder.
    vervang(docker_kopie / "rasa.Dockerfile.dockerignore", "*\n!requirements.txt", "!requirements.txt")
    uitvoer = draai("dockerfiles.py", "--context", str(h.REPO), str(docker_kopie / "rasa.Dockerfile"))
    assert uitvoer.returncode == 1 and "hoort niet in de build-context" in uitvoer.stdout, uitvoer.stdout


def test_ontbrekende_dockerignore_wordt_gevonden(docker_kopie: Path):
    (docker_kopie / "acties.Dockerfile.dockerignore").unlink()
    uitvoer = draai("dockerfiles.py", "--context", str(h.REPO), str(docker_kopie / "acties.Dockerfile"))
    assert uitvoer.returncode == 1 and "dockerignore ontbreekt" in uitvoer.stdout
