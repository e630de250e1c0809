"""deploy/ agrees with the code: variables, ports, probes, commands, retention, sticky sessions,
security and sizing. Each rule is run on the real manifests and on a broken copy, so a rule that
can no longer fail is noticed too."""

from __future__ import annotations

import copy
import re

import pytest

import deploy_hulp as h
import deploy_regels as r


@pytest.fixture(scope="module")
def basis():
    return h.basis()


@pytest.fixture(scope="module")
def berichten():
    return h.berichtenkanalen()


def kopie(resources):
    return copy.deepcopy(resources)


def rasa_container(resources):
    return h.container(h.vind(resources, "Deployment", "wlz-rasa"))


def image_uid() -> int:
    uids = {int(h.laatste(h.DOCKER / f"{n}.Dockerfile", "USER").split(":")[0]) for n in ("rasa", "acties")}
    assert len(uids) == 1, f"de images draaien als verschillende gebruikers: {uids}"
    return uids.pop()


# --- environment variables -----------------------------------------------------------------------


def test_bibliotheekvariabelen_worden_echt_gelezen():
    for naam in h.BIBLIOTHEEK_VARIABELEN:
        assert h.bibliotheek_leest(naam), f"{naam}: {h.BIBLIOTHEEK_VARIABELEN[naam]} leest hem niet (meer)"


def test_manifesten_zetten_alleen_bekende_variabelen(basis, berichten):
    bekend = h.bekende_variabelen()
    assert r.fouten_onbekende_variabelen(basis, bekend) == []
    assert r.fouten_onbekende_variabelen(berichten, bekend) == []
    kapot = kopie(basis)
    h.vind(kapot, "ConfigMap", "wlz-instellingen")["data"]["WLZ_BEWAARTERMIJN"] = "30"  # a typo
    assert r.fouten_onbekende_variabelen(kapot, bekend) == [
        "WLZ_BEWAARTERMIJN: gezet in de manifesten, maar geen code leest hem"
    ]


def test_dockerfiles_zetten_alleen_bekende_variabelen():
    toegestaan = h.bekende_variabelen() | set(h.BIBLIOTHEEK_VARIABELEN) | h.STANDAARD_VARIABELEN
    for naam in ("rasa", "acties"):
        onbekend = h.dockerfile_env_sleutels(h.DOCKER / f"{naam}.Dockerfile") - toegestaan
        assert not onbekend, f"{naam}.Dockerfile zet {sorted(onbekend)}"


def test_credentials_krijgen_hun_variabelen(basis, berichten):
    nodig = h.variabelen_in_yaml(h.REPO / "credentials.yml")
    assert r.fouten_ontbrekende_variabelen(basis, "Deployment", "wlz-rasa", nodig) == []
    nodig_berichten = h.variabelen_in_yaml(h.REPO / "credentials-messaging.yml")
    assert {"TELEGRAM_TOKEN", "WLZ_TELEGRAM_SECRET", "WLZ_PSEUDONIEM_SLEUTEL"} <= nodig_berichten
    assert r.fouten_ontbrekende_variabelen(berichten, "Deployment", "wlz-rasa", nodig_berichten) == []
    # Without the messaging overlay these are missing: the rule sees it.
    assert r.fouten_ontbrekende_variabelen(basis, "Deployment", "wlz-rasa", nodig_berichten)


@pytest.mark.skipif(not h.ENDPOINTS_PRODUCTIE.exists(), reason="endpoints-productie.yml bestaat (nog) niet")
def test_endpoints_productie_krijgt_zijn_variabelen(basis, berichten):
    nodig = h.variabelen_in_yaml(h.ENDPOINTS_PRODUCTIE)
    assert {v for v in nodig if v.startswith("WLZ_DB_")}, "endpoints-productie.yml leest geen WLZ_DB_*"
    for resources in (basis, berichten):
        for soort, naam in (("Deployment", "wlz-rasa"), ("CronJob", "wlz-bewaartermijn")):
            assert r.fouten_ontbrekende_variabelen(resources, soort, naam, nodig) == []
    kapot = kopie(basis)
    c = h.container(h.vind(kapot, "CronJob", "wlz-bewaartermijn"))
    c["env"] = [e for e in c["env"] if e["name"] != "WLZ_DB_PASSWORD"]
    assert (
        "CronJob/wlz-bewaartermijn mist WLZ_DB_PASSWORD (ConfigMap of Secret)"
        in r.fouten_ontbrekende_variabelen(kapot, "CronJob", "wlz-bewaartermijn", nodig | {"WLZ_DB_PASSWORD"})
    )


def test_bewaartermijn_van_privacyantwoord_en_cronjob_gelijk(basis):
    assert r.fouten_bewaartermijn_gelijk(basis) == []
    kapot = kopie(basis)
    h.container(h.vind(kapot, "Deployment", "wlz-acties"))["env"] = [
        {"name": "SANIC_HOST", "value": "0.0.0.0"}
    ]
    assert r.fouten_bewaartermijn_gelijk(kapot)


# --- ports, probes, commands ---------------------------------------------------------------------


def test_poorten_en_probes_volgen_het_contract(basis):
    assert r.fouten_probes(basis) == []
    kapot = kopie(basis)
    rasa_container(kapot)["readinessProbe"]["httpGet"]["path"] = h.LIVE
    h.vind(kapot, "Service", "wlz-acties")["spec"]["ports"][0]["port"] = 80
    fouten = r.fouten_probes(kapot)
    assert any("readinessProbe" in f for f in fouten) and any("Service wlz-acties" in f for f in fouten)


def test_opdrachten_volgen_het_contract(basis, berichten):
    assert r.fouten_opdrachten(basis, h.RASA_OPDRACHT) == []
    assert r.fouten_opdrachten(berichten, h.RASA_BERICHTEN_OPDRACHT) == []
    kapot = kopie(basis)
    rasa_container(kapot)["command"][-1] = "5006"
    h.container(h.vind(kapot, "Deployment", "wlz-acties"))["env"][0]["value"] = "127.0.0.1"
    assert len(r.fouten_opdrachten(kapot, h.RASA_OPDRACHT)) == 2


def test_dockerfiles_starten_hetzelfde_als_de_manifesten(basis):
    assert h.dockerfile_cmd(h.DOCKER / "rasa.Dockerfile") == h.RASA_OPDRACHT
    assert h.dockerfile_cmd(h.DOCKER / "acties.Dockerfile") == h.ACTIES_OPDRACHT
    assert h.laatste(h.DOCKER / "rasa.Dockerfile", "EXPOSE") == str(h.RASA_POORT)
    assert h.laatste(h.DOCKER / "acties.Dockerfile", "EXPOSE") == str(h.ACTIES_POORT)
    assert h.laatste(h.DOCKER / "rasa.Dockerfile", "WORKDIR") == "/app"
    # The retention job runs in the Rasa image: it needs the server and privacy packages there.
    kopieer = [w for s, w in h.stages(h.DOCKER / "rasa.Dockerfile")["__laatste__"] if s == "COPY"]
    assert any(w.split()[0] == "server" for w in kopieer) and any(w.split()[0] == "privacy" for w in kopieer)
    assert any("endpoints-productie.yml" in w for w in kopieer)


def test_dockerfiles_delen_de_bouwstage():
    """Identical first stages: the second image reuses the layers (and the pip install) of the first."""
    rasa = h.stages(h.DOCKER / "rasa.Dockerfile")["bouw"]
    acties = h.stages(h.DOCKER / "acties.Dockerfile")["bouw"]
    assert rasa == acties

    def globale_args(naam):
        instructies = h.dockerfile_instructies(h.DOCKER / naam)
        return instructies[: [s for s, _ in instructies].index("FROM")]

    assert globale_args("rasa.Dockerfile") == globale_args("acties.Dockerfile") != []
    assert (
        "RUN",
        "--mount=type=cache,target=/root/.cache/pip pip install -r requirements.txt -c requirements-lock.txt",
    ) in rasa


def test_cronjob_draait_de_bewaartermijn(basis):
    assert r.fouten_cronjob(basis) == []
    c = h.container(h.vind(basis, "CronJob", "wlz-bewaartermijn"))
    assert c["command"] == h.BEWAAR_OPDRACHT
    kapot = kopie(basis)
    h.vind(kapot, "CronJob", "wlz-bewaartermijn")["spec"]["schedule"] = "@dagelijks"
    h.container(h.vind(kapot, "CronJob", "wlz-bewaartermijn"))["image"] = "iets-anders:1.0.0"
    assert len(r.fouten_cronjob(kapot)) == 2


# --- ingress, security, sizing, secrets --------------------------------------------------------


def test_ingress_heeft_cookie_affiniteit_voor_socketio(basis):
    assert r.fouten_ingress(basis) == []
    kapot = kopie(basis)
    del h.vind(kapot, "Ingress", "wlz-rasa")["metadata"]["annotations"][
        "nginx.ingress.kubernetes.io/affinity"
    ]
    assert r.fouten_ingress(kapot)
    kapot = kopie(basis)
    for regel in h.vind(kapot, "Ingress", "wlz-rasa")["spec"]["rules"]:
        regel["http"]["paths"] = [p for p in regel["http"]["paths"] if p["path"] != "/socket.io/"]
    assert r.fouten_ingress(kapot) == ["geen Ingress-pad voor /socket.io/"]


def test_pods_draaien_zonder_rechten(basis, berichten):
    uid = image_uid()
    assert uid != 0
    assert r.fouten_beveiliging(basis, uid) == []
    assert r.fouten_beveiliging(berichten, uid) == []
    kapot = kopie(basis)
    rasa_container(kapot)["securityContext"]["readOnlyRootFilesystem"] = False
    h.pod_spec(h.vind(kapot, "CronJob", "wlz-bewaartermijn"))["enableServiceLinks"] = True
    assert len(r.fouten_beveiliging(kapot, uid)) == 2


def test_resources_passen_bij_de_metingen(basis):
    assert r.fouten_resources(basis) == []
    kapot = kopie(basis)
    rasa_container(kapot)["resources"]["limits"]["memory"] = "900Mi"
    rasa_container(kapot)["startupProbe"]["failureThreshold"] = 3
    h.vind(kapot, "Deployment", "wlz-rasa")["spec"]["replicas"] = 1
    assert len(r.fouten_resources(kapot)) == 3


def test_geen_geheimen_in_de_manifesten(basis, berichten):
    voorbeelden = h.voorbeeld_secrets()
    assert set(voorbeelden) == {"wlz-geheimen", "wlz-berichtenkanalen"}
    assert r.fouten_geheimen(basis, voorbeelden) == []
    assert r.fouten_geheimen(berichten, voorbeelden) == []
    # Every key in the examples is read by a manifest: the examples are not out of date.
    gelezen = {
        (e["valueFrom"]["secretKeyRef"]["name"], e["valueFrom"]["secretKeyRef"]["key"])
        for c in h.kustomize.alle_containers(berichten)
        for e in c.get("env", [])
        if "secretKeyRef" in e.get("valueFrom", {})
    }
    assert gelezen == {(n, k) for n, data in voorbeelden.items() for k in data}
    kapot = kopie(basis)
    h.vind(kapot, "ConfigMap", "wlz-instellingen")["data"]["WLZ_DB_PASSWORD"] = "geheim"
    kapot.append({"apiVersion": "v1", "kind": "Secret", "metadata": {"name": "x"}, "stringData": {"a": "b"}})
    gevuld = copy.deepcopy(voorbeelden)
    gevuld["wlz-geheimen"]["WLZ_DB_PASSWORD"] = "geheim"
    assert len(r.fouten_geheimen(kapot, gevuld)) == 3


def test_voorbeelden_worden_nooit_toegepast():
    for map_ in (h.BASIS, h.BERICHTENKANALEN):
        tekst = (map_ / "kustomization.yaml").read_text(encoding="utf-8")
        assert "voorbeelden" not in re.sub(r"#.*", "", tekst)


def test_alle_te_vervangen_namen_eindigen_op_invalid(basis):
    """The README tells operators to replace every name ending in .invalid; nothing else is a
    placeholder, and no real-looking example host slipped in."""
    tekst = "\n".join(p.read_text(encoding="utf-8") for p in sorted(h.K8S.rglob("*.yaml")))
    assert "example." not in tekst
    ingress = h.vind(basis, "Ingress", "wlz-rasa")
    assert all(regel["host"].endswith(".invalid") for regel in ingress["spec"]["rules"])
    for naam in ("wlz-postgresql", "wlz-redis"):
        assert h.vind(basis, "Service", naam)["spec"]["externalName"].endswith(".invalid")
    instellingen = h.vind(basis, "ConfigMap", "wlz-instellingen")["data"]
    assert instellingen["WLZ_DB_HOST"] == "wlz-postgresql" and instellingen["WLZ_REDIS_HOST"] == "wlz-redis"


@pytest.mark.parametrize("credentials", ["credentials.yml", "credentials-messaging.yml"])
def test_probes_vinden_het_gezondheidskanaal(credentials):
    """The probes ask /webhooks/gezondheid/*: the credentials file that the Deployment (basis or
    berichtenkanalen) starts with must mount that channel, or no replica ever becomes ready."""
    kanalen = h.laad_yaml((h.REPO / credentials).read_text(encoding="utf-8")) or {}
    assert "channels.gezondheid.GezondheidInput" in kanalen, (
        f"{credentials} mist channels.gezondheid.GezondheidInput: de probes van deploy/k8s krijgen 404"
    )


def test_whatsapp_gaat_naar_een_replica(berichten):
    assert r.fouten_whatsapp(berichten) == []
    kapot = kopie(berichten)
    del h.vind(kapot, "Ingress", "wlz-whatsapp")["metadata"]["annotations"][
        "nginx.ingress.kubernetes.io/upstream-hash-by"
    ]
    h.vind(kapot, "Ingress", "wlz-whatsapp")["spec"]["rules"][0]["host"] = "ander.zorgkantoor.invalid"
    assert len(r.fouten_whatsapp(kapot)) == 2
