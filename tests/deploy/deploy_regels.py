"""The consistency rules between deploy/ and the code, as functions that return what is wrong.

Each rule takes the rendered resources (and what else it compares), so the tests can run it on
the real manifests (no errors) and on a broken copy (the error is found).
"""

from __future__ import annotations

import re
from typing import Any

from deploy_hulp import (
    ACTIES_GEZOND,
    ACTIES_OPDRACHT,
    ACTIES_POORT,
    BEWAAR_OPDRACHT,
    BIBLIOTHEEK_VARIABELEN,
    GEHEIM,
    KLAAR,
    LIVE,
    RASA_POORT,
    configmap_sleutels,
    container,
    geleverde_variabelen,
    kustomize,
    pod_spec,
    vind,
)

Resources = list[dict[str, Any]]


def gezette_variabelen(resources: Resources) -> set[str]:
    """Every variable a container of these manifests gets."""
    namen: set[str] = set()
    for c in kustomize.alle_containers(resources):
        namen |= geleverde_variabelen(c, resources)
    return namen


def fouten_onbekende_variabelen(resources: Resources, bekend: set[str]) -> list[str]:
    onbekend = gezette_variabelen(resources) - bekend - set(BIBLIOTHEEK_VARIABELEN)
    return [f"{naam}: gezet in de manifesten, maar geen code leest hem" for naam in sorted(onbekend)]


def fouten_ontbrekende_variabelen(resources: Resources, soort: str, naam: str, nodig: set[str]) -> list[str]:
    c = container(vind(resources, soort, naam))
    ontbreekt = nodig - geleverde_variabelen(c, resources)
    return [f"{soort}/{naam} mist {v} (ConfigMap of Secret)" for v in sorted(ontbreekt)]


def _poort(c: dict[str, Any], poort: Any) -> Any:
    if isinstance(poort, int):
        return poort
    return next((p["containerPort"] for p in c.get("ports", []) if p.get("name") == poort), None)


def fouten_probes(resources: Resources) -> list[str]:
    fouten = []
    verwacht = {
        "wlz-rasa": (RASA_POORT, {"startupProbe": LIVE, "livenessProbe": LIVE, "readinessProbe": KLAAR}),
        "wlz-acties": (
            ACTIES_POORT,
            {"startupProbe": ACTIES_GEZOND, "livenessProbe": ACTIES_GEZOND, "readinessProbe": ACTIES_GEZOND},
        ),
    }
    for naam, (poort, probes) in verwacht.items():
        c = container(vind(resources, "Deployment", naam))
        poorten = [p["containerPort"] for p in c.get("ports", [])]
        if poorten != [poort]:
            fouten.append(f"{naam}: containerPort {poorten}, verwacht [{poort}]")
        for probe, pad in probes.items():
            http = c.get(probe, {}).get("httpGet")
            if not http:
                fouten.append(f"{naam}: {probe} ontbreekt of is geen httpGet")
                continue
            if http.get("path") != pad or _poort(c, http.get("port")) != poort:
                fouten.append(
                    f"{naam}: {probe} vraagt {http.get('path')} op {http.get('port')}, "
                    f"verwacht {pad} op {poort}"
                )
        service = vind(resources, "Service", naam)
        for p in service["spec"]["ports"]:
            if p["port"] != poort or _poort(c, p.get("targetPort", p["port"])) != poort:
                fouten.append(f"Service {naam}: poort {p['port']} -> {p.get('targetPort')}, verwacht {poort}")
        if (
            service["spec"]["selector"]
            != vind(resources, "Deployment", naam)["spec"]["template"]["metadata"]["labels"]
        ):
            fouten.append(f"Service {naam}: selector past niet op de pods van de Deployment")
    return fouten


def fouten_opdrachten(resources: Resources, rasa_opdracht: list[str]) -> list[str]:
    fouten = []
    for soort, naam, verwacht in (
        ("Deployment", "wlz-rasa", rasa_opdracht),
        ("Deployment", "wlz-acties", ACTIES_OPDRACHT),
        ("CronJob", "wlz-bewaartermijn", BEWAAR_OPDRACHT),
    ):
        c = container(vind(resources, soort, naam))
        opdracht = c.get("command", []) + c.get("args", [])
        if opdracht != verwacht:
            fouten.append(f"{soort}/{naam}: {' '.join(opdracht)!r}, verwacht {' '.join(verwacht)!r}")
    acties = container(vind(resources, "Deployment", "wlz-acties"))
    if {"name": "SANIC_HOST", "value": "0.0.0.0"} not in acties.get("env", []):
        fouten.append(
            "wlz-acties: SANIC_HOST=0.0.0.0 ontbreekt (de action server luistert dan niet op de pod)"
        )
    return fouten


def fouten_cronjob(resources: Resources) -> list[str]:
    fouten = []
    cronjob = vind(resources, "CronJob", "wlz-bewaartermijn")
    schema = cronjob["spec"].get("schedule", "")
    if len(schema.split()) != 5:
        fouten.append(f"CronJob: schedule {schema!r} is geen cron-regel van vijf velden")
    if cronjob["spec"].get("concurrencyPolicy") != "Forbid":
        fouten.append("CronJob: concurrencyPolicy moet Forbid zijn (nooit twee opruimers tegelijk)")
    c = container(cronjob)
    rasa = container(vind(resources, "Deployment", "wlz-rasa"))
    if c["image"] != rasa["image"]:
        fouten.append(f"CronJob: image {c['image']} is niet dat van de Rasa-server ({rasa['image']})")
    if c.get("envFrom") != rasa.get("envFrom"):
        fouten.append("CronJob: andere instellingen (envFrom) dan de Rasa-server")
    return fouten


def fouten_bewaartermijn_gelijk(resources: Resources) -> list[str]:
    """The privacy answer (action server) and the CronJob read the same retention setting."""
    fouten = []
    c = container(vind(resources, "Deployment", "wlz-acties"))
    ref = next(
        (
            e.get("valueFrom", {}).get("configMapKeyRef")
            for e in c.get("env", [])
            if e["name"] == "WLZ_BEWAARTERMIJN_DAGEN"
        ),
        None,
    )
    cronjob = container(vind(resources, "CronJob", "wlz-bewaartermijn"))
    cron_maps = [b["configMapRef"]["name"] for b in cronjob.get("envFrom", []) if "configMapRef" in b]
    if not ref or ref.get("key") != "WLZ_BEWAARTERMIJN_DAGEN" or ref.get("name") not in cron_maps:
        fouten.append("wlz-acties leest WLZ_BEWAARTERMIJN_DAGEN niet uit de ConfigMap van de CronJob")
    elif "WLZ_BEWAARTERMIJN_DAGEN" not in configmap_sleutels(resources, ref["name"]):
        fouten.append(f"ConfigMap {ref['name']} heeft geen WLZ_BEWAARTERMIJN_DAGEN")
    return fouten


def fouten_ingress(resources: Resources) -> list[str]:
    fouten = []
    ingressen = [r for r in resources if r["kind"] == "Ingress"]
    socketio = [
        (i, p)
        for i in ingressen
        for regel in i["spec"].get("rules", [])
        for p in regel.get("http", {}).get("paths", [])
        if p.get("path", "").rstrip("/") == "/socket.io"
    ]
    if not socketio:
        return ["geen Ingress-pad voor /socket.io/"]
    for ingress, pad in socketio:
        a = ingress["metadata"].get("annotations", {})
        naam = ingress["metadata"]["name"]
        if a.get("nginx.ingress.kubernetes.io/affinity") != "cookie":
            fouten.append(
                f"Ingress {naam}: geen cookie-affiniteit (nginx.ingress.kubernetes.io/affinity: cookie)"
            )
        if not a.get("nginx.ingress.kubernetes.io/session-cookie-name"):
            fouten.append(f"Ingress {naam}: session-cookie-name ontbreekt")
        backend = pad["backend"]["service"]
        c = container(vind(resources, "Deployment", "wlz-rasa"))
        service = vind(resources, "Service", backend["name"])
        poort = next(
            (
                p
                for p in service["spec"]["ports"]
                if p.get("name") == backend["port"].get("name") or p["port"] == backend["port"].get("number")
            ),
            None,
        )
        if backend["name"] != "wlz-rasa" or poort is None or _poort(c, poort.get("targetPort")) != RASA_POORT:
            fouten.append(f"Ingress {naam}: /socket.io/ gaat niet naar de Rasa-server op {RASA_POORT}")
    return fouten


def fouten_beveiliging(resources: Resources, uid: int) -> list[str]:
    fouten = []
    for r in resources:
        if r["kind"] not in {"Deployment", "CronJob"}:
            continue
        naam, spec = r["metadata"]["name"], pod_spec(r)
        pod = spec.get("securityContext", {})
        if pod.get("runAsNonRoot") is not True or pod.get("runAsUser") != uid:
            fouten.append(f"{naam}: runAsNonRoot true en runAsUser {uid} (de USER van het image) nodig")
        if pod.get("seccompProfile", {}).get("type") != "RuntimeDefault":
            fouten.append(f"{naam}: seccompProfile RuntimeDefault ontbreekt")
        if spec.get("automountServiceAccountToken") is not False:
            fouten.append(f"{naam}: automountServiceAccountToken moet false zijn")
        if spec.get("enableServiceLinks") is not False:
            fouten.append(
                f"{naam}: enableServiceLinks moet false zijn (anders zet Kubernetes WLZ_REDIS_PORT=tcp://...)"
            )
        tmp_volumes = {v["name"] for v in spec.get("volumes", []) if "emptyDir" in v}
        for c in spec["containers"]:
            sc = c.get("securityContext", {})
            if (
                sc.get("readOnlyRootFilesystem") is not True
                or sc.get("allowPrivilegeEscalation") is not False
            ):
                fouten.append(
                    f"{naam}/{c['name']}: readOnlyRootFilesystem true en allowPrivilegeEscalation false nodig"
                )
            if sc.get("capabilities", {}).get("drop") != ["ALL"]:
                fouten.append(f"{naam}/{c['name']}: capabilities drop [ALL] ontbreekt")
            if not any(
                m["mountPath"] == "/tmp" and m["name"] in tmp_volumes for m in c.get("volumeMounts", [])
            ):
                fouten.append(f"{naam}/{c['name']}: geen emptyDir op /tmp (het model wordt daar uitgepakt)")
    return fouten


def fouten_resources(resources: Resources) -> list[str]:
    fouten = []
    for c in kustomize.alle_containers(resources):
        for soort in ("requests", "limits"):
            for bron in ("cpu", "memory"):
                if bron not in c.get("resources", {}).get(soort, {}):
                    fouten.append(f"{c['name']}: resources.{soort}.{bron} ontbreekt")
    rasa = vind(resources, "Deployment", "wlz-rasa")
    if rasa["spec"].get("replicas") != 2:
        fouten.append(f"wlz-rasa: replicas {rasa['spec'].get('replicas')}, verwacht 2")
    c = container(rasa)
    geheugen = {
        k: mebibytes(v)
        for k, v in (
            (s, c.get("resources", {}).get(s, {}).get("memory", "0")) for s in ("requests", "limits")
        )
    }
    # One replica peaks at ~800 MB RSS: the request holds the peak, the limit leaves room above it.
    if geheugen["requests"] < 800 or geheugen["limits"] < 1.25 * 800:
        fouten.append(
            f"wlz-rasa: geheugen {geheugen}, nodig: request >= 800Mi en limit >= 1000Mi (piek ~800 MB)"
        )
    start = c.get("startupProbe", {})
    budget = start.get("initialDelaySeconds", 0) + start.get("periodSeconds", 10) * start.get(
        "failureThreshold", 3
    )
    # ~10 s imports + 12-15 s model: a generous margin for a busy node.
    if budget < 60:
        fouten.append(f"wlz-rasa: startupProbe geeft {budget} s om te starten; minstens 60 s nodig")
    return fouten


def mebibytes(waarde: str) -> float:
    getal = re.fullmatch(r"(\d+(?:\.\d+)?)(Ki|Mi|Gi|K|M|G)?", str(waarde))
    if not getal:
        return 0
    factor = {
        "Ki": 1 / 1024,
        "Mi": 1,
        "Gi": 1024,
        "K": 1e3 / 2**20,
        "M": 1e6 / 2**20,
        "G": 1e9 / 2**20,
        None: 1 / 2**20,
    }[getal.group(2)]
    return float(getal.group(1)) * factor


def fouten_geheimen(resources: Resources, voorbeelden: dict[str, dict[str, Any]]) -> list[str]:
    fouten = []
    for r in resources:
        if r["kind"] == "Secret":
            fouten.append(
                f"Secret {r['metadata']['name']} wordt toegepast: geheimen maakt de beheerder zelf aan"
            )
        if r["kind"] == "ConfigMap":
            for sleutel in r.get("data", {}):
                if GEHEIM.search(sleutel):
                    fouten.append(
                        f"ConfigMap {r['metadata']['name']}: {sleutel} is geheim; hoort in een Secret"
                    )
    for naam, data in voorbeelden.items():
        gevuld = sorted(k for k, v in data.items() if v not in ("", None))
        if gevuld:
            fouten.append(f"voorbeeld-Secret {naam}: {', '.join(gevuld)} niet leeg")
    for c in kustomize.alle_containers(resources):
        for e in c.get("env", []):
            ref = e.get("valueFrom", {}).get("secretKeyRef")
            if GEHEIM.search(e["name"]) and ref is None:
                fouten.append(f"{c['name']}: {e['name']} komt niet uit een Secret")
            if ref and ref["key"] not in voorbeelden.get(ref["name"], {}):
                fouten.append(
                    f"{c['name']}: {e['name']} leest {ref['name']}/{ref['key']}, "
                    "dat niet in deploy/voorbeelden staat"
                )
    return fouten


def fouten_whatsapp(resources: Resources) -> list[str]:
    """WhatsApp reaches one replica at a time (numbered choices live in a replica's memory)."""
    paden = [
        (i, p)
        for i in resources
        if i["kind"] == "Ingress"
        for regel in i["spec"].get("rules", [])
        for p in regel.get("http", {}).get("paths", [])
        if p.get("path", "").rstrip("/") == "/webhooks/whatsapp"
    ]
    if len(paden) != 1:
        return [f"{len(paden)} Ingress-paden voor /webhooks/whatsapp/, verwacht 1"]
    ingress, pad = paden[0]
    fouten = []
    if not ingress["metadata"].get("annotations", {}).get("nginx.ingress.kubernetes.io/upstream-hash-by"):
        fouten.append(
            f"Ingress {ingress['metadata']['name']}: geen upstream-hash-by (WhatsApp naar één replica)"
        )
    service = vind(resources, "Service", pad["backend"]["service"]["name"])
    rasa = vind(resources, "Deployment", "wlz-rasa")
    if service["metadata"]["name"] == "wlz-rasa":
        fouten.append(
            "WhatsApp deelt de Service wlz-rasa: ingress-nginx gebruikt dan de balancering van de chat"
        )
    if service["spec"]["selector"] != rasa["spec"]["template"]["metadata"]["labels"]:
        fouten.append(f"Service {service['metadata']['name']}: selector past niet op de Rasa-pods")
    hosts = {regel["host"] for i in resources if i["kind"] == "Ingress" for regel in i["spec"]["rules"]}
    if len(hosts) != 1:
        fouten.append(f"de Ingresses noemen verschillende hosts: {sorted(hosts)}")
    return fouten
