"""Validates the Kubernetes manifests offline against the API schemas: `make test-deploy`.

    .venv-deploy/bin/python deploy/controles/manifesten.py [--kubernetes 1.30.0,1.37.0] PAD...

PAD is a kustomization directory (validated as rendered, see kustomize.py), another directory
(each *.yaml in it) or a file. Strict: unknown fields, unknown kinds or API versions, duplicate
keys and manifests that no kustomization applies are errors. kubernetes-validate itself only warns
about a kind it has no schema for; here that fails. Where kubectl is installed, the rendering of
kustomize.py is compared with `kubectl kustomize` and that output is validated too.
Exit code 0: all valid; 1: errors (one line each).
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import yaml
from kubernetes_validate import utils as kv

sys.path.insert(0, str(Path(__file__).resolve().parent))
import kustomize
from uitslag import meld

STANDAARD_VERSIES = ["1.30.0"]


def valideer_resource(resource: Any, bron: str, versies: list[str]) -> list[str]:
    if not isinstance(resource, dict) or not {"apiVersion", "kind", "metadata"} <= set(resource):
        return [f"{bron}: geen Kubernetes-object (apiVersion, kind en metadata nodig)"]
    naam = f"{resource['kind']}/{resource['metadata'].get('name', '?')}"
    fouten = []
    for versie in versies:
        try:
            kv.validate(resource, versie, strict=True)
        except kv.ValidationError as fout:
            pad = ".".join(str(deel) for deel in fout.path) or "(object)"
            fouten.append(f"{bron}: {naam} (Kubernetes {versie}): {pad}: {fout.message}")
        except kv.SchemaNotFoundError as fout:
            fouten.append(f"{bron}: {naam}: {fout.message}")
        except kv.VersionNotSupportedError:
            fouten.append(f"kubernetes-validate {kv.__version__} kent Kubernetes {versie} niet")
    return fouten


def _sleutel(resource: dict[str, Any]) -> tuple:
    metadata = resource.get("metadata", {})
    return (resource.get("apiVersion"), resource.get("kind"), metadata.get("namespace"), metadata.get("name"))


def vergelijk_met_kubectl(map_: Path, eigen: list[dict[str, Any]], versies: list[str]) -> list[str]:
    """`kubectl kustomize` renders the same resources as kustomize.py, and they are valid."""
    uitvoer = subprocess.run(["kubectl", "kustomize", str(map_)], capture_output=True, text=True)
    if uitvoer.returncode != 0:
        return [f"{map_}: kubectl kustomize faalde: {uitvoer.stderr.strip()}"]
    van_kubectl = [doc for doc in yaml.safe_load_all(uitvoer.stdout) if doc]
    fouten = []
    for resource in van_kubectl:
        fouten += valideer_resource(resource, f"{map_} (kubectl kustomize)", versies)
    eigen_per_sleutel = {_sleutel(r): r for r in eigen}
    kubectl_per_sleutel = {_sleutel(r): r for r in van_kubectl}
    for sleutel in sorted(set(eigen_per_sleutel) | set(kubectl_per_sleutel), key=str):
        a, b = eigen_per_sleutel.get(sleutel), kubectl_per_sleutel.get(sleutel)
        if a != b:
            fouten.append(
                f"{map_}: {sleutel[1]}/{sleutel[3]} verschilt tussen kustomize.py en kubectl kustomize:\n"
                f"  kustomize.py: {json.dumps(a, sort_keys=True)}\n"
                f"  kubectl:      {json.dumps(b, sort_keys=True)}"
            )
    return fouten


def controleer_pad(pad: Path, versies: list[str], kubectl: bool) -> list[str]:
    fouten: list[str] = []
    if pad.is_dir() and (pad / kustomize.KUSTOMIZATION).exists():
        try:
            resources = kustomize.bouw(pad)
        except (kustomize.NietOndersteund, yaml.YAMLError, FileNotFoundError, KeyError, ValueError) as fout:
            return [f"{pad}: {fout}"]
        for resource in resources:
            fouten += valideer_resource(resource, str(pad), versies)
        gelezen = {p.resolve() for p in kustomize.bestanden_van(pad)}
        for bestand in sorted(pad.glob("*.y*ml")):
            if bestand.resolve() not in gelezen:
                fouten.append(
                    f"{bestand}: staat niet in {pad / kustomize.KUSTOMIZATION} (wordt nooit toegepast)"
                )
        if kubectl:
            fouten += vergelijk_met_kubectl(pad, resources, versies)
        return fouten
    bestanden = sorted(pad.glob("*.y*ml")) if pad.is_dir() else [pad]
    if not bestanden:
        return [f"{pad}: geen YAML-bestanden"]
    for bestand in bestanden:
        try:
            documenten = kustomize.laad_documenten(bestand)
        except yaml.YAMLError as fout:
            fouten.append(f"{bestand}: {fout}")
            continue
        if not documenten:
            fouten.append(f"{bestand}: leeg")
        for document in documenten:
            fouten += valideer_resource(document, str(bestand), versies)
    return fouten


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument(
        "--kubernetes",
        default=",".join(STANDAARD_VERSIES),
        metavar="VERSIE[,VERSIE]",
        help="Kubernetes-versies om tegen te valideren, met komma's (standaard 1.30.0)",
    )
    parser.add_argument(
        "--kubectl",
        choices=("auto", "nee"),
        default="auto",
        help="vergelijk met `kubectl kustomize` als kubectl er is (auto) of nooit (nee)",
    )
    parser.add_argument("paden", nargs="+", type=Path)
    args = parser.parse_args(argv)
    kubectl = args.kubectl == "auto" and shutil.which("kubectl") is not None
    versies = [v.strip() for v in args.kubernetes.split(",") if v.strip()]
    fouten: list[str] = []
    for pad in args.paden:
        if not pad.exists():
            fouten.append(f"{pad}: bestaat niet")
            continue
        fouten += controleer_pad(pad, versies, kubectl)
    vergelijking = (
        "vergeleken met kubectl kustomize"
        if kubectl
        else "kubectl ontbreekt: niet vergeleken met kubectl kustomize"
    )
    return meld(
        fouten,
        f"de manifesten (Kubernetes {', '.join(versies)}, strikt)",
        f"Manifesten geldig voor Kubernetes {', '.join(versies)} (strikt); {vergelijking}.",
    )


if __name__ == "__main__":
    sys.exit(main())
