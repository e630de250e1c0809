"""Renders the kustomizations in deploy/k8s without kubectl: the few features they use, no more.

The offline checks (deploy/controles/manifesten.py, tests/deploy) need the resources exactly as
`kubectl apply -k` sends them, also on machines without kubectl. Supported: `resources` (files and
directories with a kustomization), `namespace`, `labels` (metadata only), `images` and `patches`
with a JSON patch (RFC 6902, operations add/replace/remove) and a target. Anything else raises
NietOndersteund, so this never silently renders something other than kustomize would. Where
kubectl is installed, manifesten.py compares this rendering with `kubectl kustomize`.

Needs only PyYAML and the standard library (it runs in .venv and in .venv-deploy).
"""

from __future__ import annotations

import copy
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import yaml

KUSTOMIZATION = "kustomization.yaml"
ONDERSTEUNDE_VELDEN = {"apiVersion", "kind", "namespace", "labels", "resources", "images", "patches"}
# Kinds without a namespace among those that deploy/k8s may use.
CLUSTERBREED = {
    "Namespace",
    "ClusterRole",
    "ClusterRoleBinding",
    "PersistentVolume",
    "StorageClass",
    "IngressClass",
    "PriorityClass",
    "CustomResourceDefinition",
}


class NietOndersteund(ValueError):
    """A kustomization uses something this renderer does not implement."""


class DubbeleSleutel(yaml.constructor.ConstructorError):
    """A mapping with the same key twice: PyYAML keeps the last, Kubernetes rejects the object."""


class StrikteLader(yaml.SafeLoader):
    """SafeLoader that refuses duplicate keys."""


def _mapping_zonder_dubbelen(lader: StrikteLader, knoop: yaml.MappingNode, deep: bool = False) -> dict:
    gezien = set()
    for sleutel_knoop, _ in knoop.value:
        sleutel = lader.construct_object(sleutel_knoop, deep=deep)
        if sleutel in gezien:
            raise DubbeleSleutel(
                None, None, f"sleutel {sleutel!r} staat er twee keer", sleutel_knoop.start_mark
            )
        gezien.add(sleutel)
    return lader.construct_mapping(knoop, deep=deep)


StrikteLader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _mapping_zonder_dubbelen)


def laad_documenten(pad: Path) -> list[Any]:
    """All non-empty YAML documents in a file; duplicate keys are an error."""
    with open(pad, encoding="utf-8") as bestand:
        return [doc for doc in yaml.load_all(bestand, Loader=StrikteLader) if doc is not None]


def lees_kustomization(map_: Path) -> dict[str, Any]:
    documenten = laad_documenten(map_ / KUSTOMIZATION)
    if len(documenten) != 1 or not isinstance(documenten[0], dict):
        raise NietOndersteund(f"{map_ / KUSTOMIZATION}: één kustomization per bestand verwacht")
    kustomization = documenten[0]
    onbekend = set(kustomization) - ONDERSTEUNDE_VELDEN
    if onbekend:
        raise NietOndersteund(f"{map_ / KUSTOMIZATION}: niet ondersteund: {', '.join(sorted(onbekend))}")
    return kustomization


def bestanden_van(map_: Path) -> list[Path]:
    """The files a kustomization reads itself (resources and patches), not those of its bases."""
    kustomization = lees_kustomization(map_)
    bestanden = [map_ / KUSTOMIZATION]
    for bron in kustomization.get("resources", []):
        if (map_ / bron).is_file():
            bestanden.append(map_ / bron)
    for patch in kustomization.get("patches", []):
        if "path" in patch:
            bestanden.append(map_ / patch["path"])
    return bestanden


def bouw(map_: Path) -> list[dict[str, Any]]:
    """The resources of the kustomization in `map_`, as kustomize would render them."""
    map_ = Path(map_)
    kustomization = lees_kustomization(map_)
    resources: list[dict[str, Any]] = []
    for bron in kustomization.get("resources", []):
        pad = map_ / bron
        if pad.is_dir():
            resources += bouw(pad)
        elif pad.is_file():
            for document in laad_documenten(pad):
                if not isinstance(document, dict) or "kind" not in document:
                    raise NietOndersteund(f"{pad}: geen Kubernetes-object")
                resources.append(document)
        else:
            raise FileNotFoundError(f"{map_ / KUSTOMIZATION}: resource {bron} bestaat niet")
    for patch in kustomization.get("patches", []):
        _pas_patch_toe(map_, patch, resources)
    if "namespace" in kustomization:
        for resource in resources:
            if resource["kind"] not in CLUSTERBREED:
                resource.setdefault("metadata", {})["namespace"] = kustomization["namespace"]
    for label in kustomization.get("labels", []):
        if set(label) - {"pairs"}:
            raise NietOndersteund(f"{map_}: labels met {sorted(set(label) - {'pairs'})}")
        for resource in resources:
            resource.setdefault("metadata", {}).setdefault("labels", {}).update(label["pairs"])
    for afbeelding in kustomization.get("images", []):
        for container in alle_containers(resources):
            naam = image_naam(container["image"])
            if naam == afbeelding["name"]:
                nieuw = afbeelding.get("newName", naam)
                if "digest" in afbeelding:
                    container["image"] = f"{nieuw}@{afbeelding['digest']}"
                elif "newTag" in afbeelding:
                    container["image"] = f"{nieuw}:{afbeelding['newTag']}"
                else:
                    container["image"] = nieuw
    return resources


def image_naam(image: str) -> str:
    """The image without tag or digest: registry.invalid:5000/a/b:1.0 -> registry.invalid:5000/a/b."""
    zonder_digest = image.split("@")[0]
    map_, _, laatste = zonder_digest.rpartition("/")
    return (map_ + "/" if map_ else "") + laatste.split(":")[0]


def pod_specs(resources: Iterable[dict[str, Any]]) -> list[dict[str, Any]]:
    """The pod specs of Deployments, StatefulSets, DaemonSets, Jobs, CronJobs and Pods."""
    specs = []
    for resource in resources:
        soort = resource["kind"]
        if soort in {"Deployment", "StatefulSet", "DaemonSet", "Job"}:
            specs.append(resource["spec"]["template"]["spec"])
        elif soort == "CronJob":
            specs.append(resource["spec"]["jobTemplate"]["spec"]["template"]["spec"])
        elif soort == "Pod":
            specs.append(resource["spec"])
    return specs


def alle_containers(resources: Iterable[dict[str, Any]]) -> list[dict[str, Any]]:
    containers = []
    for spec in pod_specs(resources):
        containers += spec.get("containers", []) + spec.get("initContainers", [])
    return containers


def _pas_patch_toe(map_: Path, patch: dict[str, Any], resources: list[dict[str, Any]]) -> None:
    if set(patch) - {"path", "patch", "target"} or "target" not in patch:
        raise NietOndersteund(f"{map_}: alleen JSON-patches met path of patch en een target")
    operaties: Any
    if "path" in patch:
        documenten = laad_documenten(map_ / patch["path"])
        operaties = documenten[0] if len(documenten) == 1 else None
    else:
        operaties = yaml.load(patch["patch"], Loader=StrikteLader)
    if not isinstance(operaties, list):
        raise NietOndersteund(f"{map_}: patch is geen JSON-patch (een lijst operaties)")
    doel = patch["target"]
    if set(doel) - {"group", "version", "kind", "name"}:
        raise NietOndersteund(
            f"{map_}: target met {sorted(set(doel) - {'group', 'version', 'kind', 'name'})}"
        )
    geraakt = [r for r in resources if _past(doel, r)]
    if not geraakt:
        raise ValueError(f"{map_}: de patch-target {doel} past op geen enkele resource")
    for resource in geraakt:
        for operatie in operaties:
            pas_json_patch_toe(resource, operatie)


def _past(doel: dict[str, str], resource: dict[str, Any]) -> bool:
    groep, _, versie = resource["apiVersion"].rpartition("/")
    return (
        doel.get("kind", resource["kind"]) == resource["kind"]
        and doel.get("name", resource["metadata"]["name"]) == resource["metadata"]["name"]
        and doel.get("group", groep) == groep
        and doel.get("version", versie) == versie
    )


def pas_json_patch_toe(document: Any, operatie: dict[str, Any]) -> None:
    """One RFC 6902 operation (add, replace, remove) on `document`, in place."""
    op = operatie.get("op")
    if op not in {"add", "replace", "remove"}:
        raise NietOndersteund(f"JSON-patch-operatie {op!r}")
    delen = [d.replace("~1", "/").replace("~0", "~") for d in operatie["path"].split("/")[1:]]
    ouder = document
    for deel in delen[:-1]:
        ouder = ouder[int(deel)] if isinstance(ouder, list) else ouder[deel]
    laatste = delen[-1]
    waarde = copy.deepcopy(operatie.get("value"))
    if isinstance(ouder, list):
        if op == "add":
            ouder.insert(len(ouder) if laatste == "-" else int(laatste), waarde)
        elif op == "replace":
            ouder[int(laatste)] = waarde
        else:
            del ouder[int(laatste)]
    else:
        if op in {"replace", "remove"} and laatste not in ouder:
            raise KeyError(f"JSON-patch {op} op {operatie['path']}: bestaat niet")
        if op == "remove":
            del ouder[laatste]
        else:
            ouder[laatste] = waarde
