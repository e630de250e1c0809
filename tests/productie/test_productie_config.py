"""endpoints-productie.yml as Rasa reads it, and the settings and nginx configuration of
scripts/productie.py (without starting anything)."""

import json
import shutil
import stat
from pathlib import Path

import pytest
from rasa.core.tracker_store import SQLTrackerStore
from rasa.core.utils import AvailableEndpoints
from rasa.shared.exceptions import RasaException

from actions.contacten import eigen_zorgkantoor
from hulp import REPO
from scripts import productie
from server.instellingen import zet_endpoint_standaarden

VERPLICHT = {
    "WLZ_DB_HOST": "db.intern",
    "WLZ_DB_PASSWORD": "",
    "WLZ_REDIS_HOST": "redis.intern",
    "WLZ_REDIS_PASSWORD": "r3dis geheim",
}


def lees_endpoints(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, omgeving: dict) -> AvailableEndpoints:
    for naam in [
        *VERPLICHT,
        "WLZ_DB_PORT",
        "WLZ_DB_NAME",
        "WLZ_DB_USER",
        "WLZ_REDIS_PORT",
        "WLZ_REDIS_DB",
        "WLZ_ACTION_SERVER_URL",
    ]:
        monkeypatch.delenv(naam, raising=False)
    for naam, waarde in omgeving.items():
        monkeypatch.setenv(naam, waarde)
    import os

    zet_endpoint_standaarden(os.environ)  # as `python -m server run` does
    kopie = tmp_path / "endpoints-productie.yml"  # a fresh path: Rasa may cache what it read
    shutil.copy(REPO / "endpoints-productie.yml", kopie)
    return AvailableEndpoints.read_endpoints(str(kopie))


def test_postgresql_redis_en_action_server_uit_de_omgeving(tmp_path, monkeypatch):
    endpoints = lees_endpoints(tmp_path, monkeypatch, {**VERPLICHT, "WLZ_DB_PORT": "6543"})
    ts = endpoints.tracker_store
    assert ts.type == "SQL" and ts.url == "db.intern"
    assert ts.kwargs["dialect"] == "postgresql"
    assert (ts.kwargs["port"], ts.kwargs["db"], ts.kwargs["username"]) == ("6543", "wlz", "wlz")
    url = SQLTrackerStore.get_db_url(
        host=ts.url,
        **{
            k: v
            for k, v in ts.kwargs.items()
            if k in ("dialect", "port", "db", "username", "password", "query")
        },
    )
    assert url.drivername == "postgresql" and url.port == 6543 and url.database == "wlz"
    assert not url.password  # empty: no password is sent
    assert url.query["connect_timeout"] == "3"

    ls = endpoints.lock_store
    assert ls.type == "redis" and ls.url == "redis.intern"
    assert (ls.kwargs["port"], ls.kwargs["db"], ls.kwargs["password"]) == ("6379", "1", "r3dis geheim")
    assert ls.kwargs["socket_timeout"] == 2
    assert endpoints.action.url == "http://127.0.0.1:5055/webhook"


@pytest.mark.parametrize("ontbreekt", sorted(VERPLICHT))
def test_zonder_host_of_wachtwoord_stopt_rasa_met_de_naam_van_de_variabele(tmp_path, monkeypatch, ontbreekt):
    omgeving = {k: v for k, v in VERPLICHT.items() if k != ontbreekt}
    with pytest.raises(RasaException, match=ontbreekt):
        lees_endpoints(tmp_path, monkeypatch, omgeving)


def test_redis_lock_store_uit_de_endpoints(tmp_path, monkeypatch):
    from rasa.core.lock_store import LockStore, RedisLockStore

    endpoints = lees_endpoints(tmp_path, monkeypatch, VERPLICHT)
    lock_store = LockStore.create(endpoints.lock_store)  # no connection yet
    assert isinstance(lock_store, RedisLockStore)
    assert lock_store.key_prefix == "wlz:lock:"
    verbinding = lock_store.red.connection_pool.connection_kwargs
    assert (verbinding["host"], verbinding["port"], verbinding["socket_timeout"]) == ("redis.intern", 6379, 2)


# ---- settings -----------------------------------------------------------------------------


def test_instellingen_standaard_alles_op_deze_machine():
    inst = productie.Instellingen.uit_omgeving({})
    assert (inst.replicas, inst.poort, inst.adres) == (2, 8000, "127.0.0.1")
    assert inst.db_host is None and inst.redis_host is None and inst.actie_url is None
    # Not the ports of a PostgreSQL or Redis that the system itself may run.
    assert (inst.db_poort, inst.redis_poort) == (5433, 6380)
    assert inst.map == REPO / "productie"
    assert [inst.rasa_poort_van(n) for n in (1, 2, 3)] == [5010, 5011, 5012]


def test_instellingen_bestaande_servers():
    inst = productie.Instellingen.uit_omgeving(
        {
            **VERPLICHT,
            "WLZ_REPLICAS": "4",
            "WLZ_POORT": "9000",
            "WLZ_ACTION_SERVER_URL": "http://acties:5055/webhook",
        }
    )
    assert (inst.db_host, inst.db_poort, inst.db_wachtwoord) == ("db.intern", 5432, "")
    assert (inst.redis_host, inst.redis_poort) == ("redis.intern", 6379)
    assert (inst.replicas, inst.poort, inst.actie_url) == (4, 9000, "http://acties:5055/webhook")


@pytest.mark.parametrize(
    "omgeving, fout",
    [
        ({"WLZ_DB_HOST": "db"}, "WLZ_DB_PASSWORD"),
        ({"WLZ_REDIS_HOST": "redis"}, "WLZ_REDIS_PASSWORD"),
        ({"WLZ_REPLICAS": "0"}, "WLZ_REPLICAS"),
        ({"WLZ_POORT": "acht"}, "WLZ_POORT"),
    ],
)
def test_instellingen_fouten(omgeving, fout):
    with pytest.raises(productie.ProductieFout, match=fout):
        productie.Instellingen.uit_omgeving(omgeving)


def test_wachtwoorden_worden_eenmalig_gemaakt_en_bewaard(tmp_path):
    inst = productie.Instellingen.uit_omgeving({}, map=tmp_path)
    eerste = productie.geheimen(inst)
    assert len(eerste.db_wachtwoord) >= 24 and len(eerste.redis_wachtwoord) >= 24
    assert eerste.db_wachtwoord != eerste.redis_wachtwoord
    assert stat.S_IMODE((tmp_path / "geheimen.env").stat().st_mode) == 0o600
    tweede = productie.geheimen(inst)
    assert (tweede.db_wachtwoord, tweede.redis_wachtwoord) == (eerste.db_wachtwoord, eerste.redis_wachtwoord)
    eigen = productie.geheimen(
        productie.Instellingen.uit_omgeving({"WLZ_DB_PASSWORD": "eigen"}, map=tmp_path)
    )
    assert eigen.db_wachtwoord == "eigen"


# ---- nginx ------------------------------------------------------------------------------------


def test_nginx_antwoordt_zelf_met_de_storingsmelding():
    rest, twiml = productie.storingsantwoorden()
    [bericht] = json.loads(rest)
    assert eigen_zorgkantoor().klantadvies.telefoon in bericht["text"]
    assert "<Response><Message>Sorry" in twiml


def test_nginx_upstreams():
    tekst = productie.nginx_upstreams([5010, 5011])
    for upstream in ("wlz_rasa", "wlz_socketio", "wlz_whatsapp"):
        assert f"upstream {upstream} {{" in tekst
    assert tekst.count("server 127.0.0.1:5011 max_fails=0;") == 3
    assert "hash $binary_remote_addr consistent;" in tekst
    with pytest.raises(productie.ProductieFout):
        productie.nginx_upstreams([])


def test_nginx_configuratie_is_geldig(tmp_path):
    if not (shutil.which("nginx") or Path("/usr/sbin/nginx").exists()):
        pytest.skip("nginx ontbreekt (make productie-deps)")
    inst = productie.Instellingen.uit_omgeving({}, map=tmp_path, poort=15801)
    nginx = productie.Nginx(inst)
    nginx.schrijf([15811, 15812])
    nginx.controleer()  # nginx -t
    conf = (tmp_path / "nginx" / "nginx.conf").read_text()
    assert "proxy_next_upstream error non_idempotent;" in conf
    assert "error_page 502 504 =200 @rest_storing;" in conf
    assert "$remote_addr" not in conf.split("log_format", 1)[1].split(";", 1)[0]  # no user addresses logged


class NepNginx:
    def __init__(self):
        self.proces = object()
        self.lijsten = []

    def zet_replicas(self, poorten):
        self.lijsten.append(tuple(poorten))


def test_nginx_krijgt_de_klare_replicas_en_anders_allemaal(tmp_path):
    topologie = productie.Topologie(productie.Instellingen.uit_omgeving({}, map=tmp_path))
    topologie.nginx = NepNginx()
    topologie.replicas = [
        productie.Replica(1, 5010, in_dienst=True),
        productie.Replica(2, 5011, in_dienst=True),
    ]
    topologie._werk_nginx_bij()
    topologie.replicas[1].in_dienst = False
    topologie._werk_nginx_bij()
    topologie.replicas[0].in_dienst = False  # none ready: someone must still answer
    topologie._werk_nginx_bij()
    topologie._werk_nginx_bij()  # unchanged: no reload
    assert topologie.nginx.lijsten == [(5010, 5011), (5010,), (5010, 5011)]


def test_bewaker_haalt_een_replica_er_pas_na_herhaalde_fouten_uit(tmp_path, monkeypatch):
    topologie = productie.Topologie(productie.Instellingen.uit_omgeving({}, map=tmp_path, drempel=2))
    topologie.nginx = NepNginx()
    replicas = [productie.Replica(1, 5010, in_dienst=True), productie.Replica(2, 5011, in_dienst=True)]
    topologie.replicas = replicas
    klaar = {5010: True, 5011: False}
    monkeypatch.setattr(productie.Replica, "klaar", lambda self, timeout_s=3.0: (klaar[self.poort], {}))
    topologie.bewaakronde()
    assert replicas[1].in_dienst and topologie.nginx.lijsten == [(5010, 5011)]
    topologie.bewaakronde()
    assert not replicas[1].in_dienst and topologie.nginx.lijsten[-1] == (5010,)
    klaar[5011] = True
    topologie.bewaakronde()
    assert replicas[1].in_dienst and topologie.nginx.lijsten[-1] == (5010, 5011)
