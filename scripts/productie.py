"""The production topology on one machine: PostgreSQL, Redis, the action server, N Rasa replicas
and nginx in front of them on one port.

    python scripts/productie.py start [--replicas N]   on the foreground; Ctrl-C stops everything
    python scripts/productie.py status                 state and readiness of every part
    python scripts/productie.py herstart               replicas one by one (no downtime)
    python scripts/productie.py stop                   stops a topology that is still running

                       ┌──> Rasa replica 1 ──┐
    clients ──> nginx ─┼──> Rasa replica 2 ──┼──> PostgreSQL (conversations)
          (one port)   └──> …                ├──> Redis (conversation locks)
                                             └──> action server

Every address, port and password comes from the environment (see `Instellingen.uit_omgeving`);
PostgreSQL and Redis are started here (data in WLZ_PRODUCTIE_MAP) unless WLZ_DB_HOST /
WLZ_REDIS_HOST point at existing servers, and so is the action server unless WLZ_ACTION_SERVER_URL
is set. Each replica runs `python -m server run --endpoints endpoints-productie.yml`.

nginx balances REST, WhatsApp and Telegram over the replicas (least connections) and retries a
message on another replica when its replica cannot be reached; socket.io stays on one replica per
client address (the website widget starts with HTTP long-polling, whose requests must all reach the
replica that holds the session). A watcher asks every replica's /webhooks/gezondheid/klaar every
few seconds and keeps only the ready ones in nginx; when none is ready, all stay in, so users still
get an answer or the storingsmelding. When no replica answers at all, nginx replies itself
with the storingsmelding (REST, WhatsApp). With `start` the watcher also restarts a replica, the
action server, Redis or PostgreSQL when its process ends.

The tests (tests/productie/) and the benchmark (scripts/bench.py --productie) use `Topologie`.
"""

from __future__ import annotations

import argparse
import ctypes
import json
import os
import pwd
import queue
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
from collections.abc import Callable, Iterable, Mapping, Sequence
from concurrent.futures import Future
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
if str(REPO) not in sys.path:  # run as a script: server.storing must be importable
    sys.path.insert(0, str(REPO))

STANDAARD_MAP = REPO / "productie"
STATUS = "status.json"
GEHEIMEN = "geheimen.env"
NGINX_UPSTREAMS = "upstreams.conf"
# Linux: a child gets this signal when the process that started it dies, so nothing is left behind.
_PR_SET_PDEATHSIG = 1


def _meld(tekst: str) -> None:
    print(f"[productie {time.strftime('%H:%M:%S')}] {tekst}", flush=True)


class ProductieFout(RuntimeError):
    """Something the topology cannot start or do; the message says what and where to look."""


# ---------------------------------------------------------------------------------------------
# Settings


def _getal(omgeving: Mapping[str, str], naam: str, standaard: int) -> int:
    waarde = omgeving.get(naam) or ""
    if not waarde:
        return standaard
    if not waarde.isdigit():
        raise ProductieFout(f"{naam} moet een getal zijn, niet {waarde!r}.")
    return int(waarde)


@dataclass(frozen=True)
class Instellingen:
    """Everything the topology needs; from the environment with `uit_omgeving`."""

    map: Path = STANDAARD_MAP
    replicas: int = 2
    adres: str = "127.0.0.1"
    poort: int = 8000
    rasa_poort: int = 5010
    acties_poort: int = 5056
    actie_url: str | None = None  # an action server that runs elsewhere
    db_host: str | None = None  # None: PostgreSQL is started here
    db_poort: int = 5433
    db_naam: str = "wlz"
    db_gebruiker: str = "wlz"
    db_wachtwoord: str | None = None
    redis_host: str | None = None  # None: Redis is started here
    redis_poort: int = 6380
    redis_wachtwoord: str | None = None
    redis_db: int = 1
    model: Path = REPO / "models" / "wlz-assistent.tar.gz"
    endpoints: Path = REPO / "endpoints-productie.yml"
    credentials: Path = REPO / "credentials.yml"
    python: Path = REPO / ".venv" / "bin" / "python"
    interval_s: float = 2.0  # how often the watcher asks the replicas whether they are ready
    drempel: int = 2  # failed checks in a row before a replica leaves nginx
    herstarten: bool = False  # the watcher restarts processes that ended
    pg_opties: tuple[str, ...] = ()  # extra `-c name=value` for the PostgreSQL started here
    lock_levensduur_s: int = 10  # TICKET_LOCK_LIFETIME of the replicas
    opstart_timeout_s: float = 300.0

    @classmethod
    def uit_omgeving(cls, omgeving: Mapping[str, str] | None = None, **anders: object) -> Instellingen:
        o = os.environ if omgeving is None else omgeving
        db_host = o.get("WLZ_DB_HOST") or None
        redis_host = o.get("WLZ_REDIS_HOST") or None
        waarden = {
            "map": Path(o.get("WLZ_PRODUCTIE_MAP") or STANDAARD_MAP).resolve(),
            "replicas": _getal(o, "WLZ_REPLICAS", 2),
            "adres": o.get("WLZ_ADRES") or "127.0.0.1",
            "poort": _getal(o, "WLZ_POORT", 8000),
            "rasa_poort": _getal(o, "WLZ_RASA_POORT", 5010),
            "acties_poort": _getal(o, "WLZ_ACTIES_POORT", 5056),
            "actie_url": o.get("WLZ_ACTION_SERVER_URL") or None,
            "db_host": db_host,
            "db_poort": _getal(o, "WLZ_DB_PORT", 5432 if db_host else 5433),
            "db_naam": o.get("WLZ_DB_NAME") or "wlz",
            "db_gebruiker": o.get("WLZ_DB_USER") or "wlz",
            "db_wachtwoord": o.get("WLZ_DB_PASSWORD"),
            "redis_host": redis_host,
            "redis_poort": _getal(o, "WLZ_REDIS_PORT", 6379 if redis_host else 6380),
            "redis_wachtwoord": o.get("WLZ_REDIS_PASSWORD"),
            "redis_db": _getal(o, "WLZ_REDIS_DB", 1),
            "model": (REPO / (o.get("WLZ_MODEL") or "models/wlz-assistent.tar.gz")).resolve(),
            "credentials": (REPO / (o.get("WLZ_CREDENTIALS") or "credentials.yml")).resolve(),
            "lock_levensduur_s": _getal(o, "TICKET_LOCK_LIFETIME", 10),
        }
        waarden.update(anders)
        inst = cls(**waarden)  # type: ignore[arg-type]
        if inst.replicas < 1:
            raise ProductieFout("WLZ_REPLICAS moet minstens 1 zijn.")
        if db_host and inst.db_wachtwoord is None:
            raise ProductieFout("WLZ_DB_HOST is gezet: zet ook WLZ_DB_PASSWORD (leeg = zonder wachtwoord).")
        if redis_host and inst.redis_wachtwoord is None:
            raise ProductieFout(
                "WLZ_REDIS_HOST is gezet: zet ook WLZ_REDIS_PASSWORD (leeg = zonder wachtwoord)."
            )
        return inst

    def rasa_poort_van(self, nummer: int) -> int:
        return self.rasa_poort + nummer - 1

    @property
    def url(self) -> str:
        host = "127.0.0.1" if self.adres in ("0.0.0.0", "::", "") else self.adres
        return f"http://{host}:{self.poort}"


def geheimen(inst: Instellingen) -> Instellingen:
    """Passwords for the servers started here: from the environment, else made once and kept in
    WLZ_PRODUCTIE_MAP/geheimen.env (readable by the owner only)."""
    pad = inst.map / GEHEIMEN
    bewaard: dict[str, str] = {}
    if pad.exists():
        for regel in pad.read_text(encoding="utf-8").splitlines():
            naam, _, waarde = regel.partition("=")
            if naam and not naam.startswith("#"):
                bewaard[naam.strip()] = waarde.strip()
    nieuw = dict(bewaard)
    if inst.db_host is None and inst.db_wachtwoord is None:
        nieuw.setdefault("WLZ_DB_PASSWORD", secrets.token_urlsafe(24))
    if inst.redis_host is None and inst.redis_wachtwoord is None:
        nieuw.setdefault("WLZ_REDIS_PASSWORD", secrets.token_urlsafe(24))
    if nieuw != bewaard:
        inst.map.mkdir(parents=True, exist_ok=True)
        pad.touch(mode=0o600)
        pad.chmod(0o600)
        pad.write_text(
            "# Made by scripts/productie.py for the servers it starts.\n"
            + "".join(f"{k}={v}\n" for k, v in sorted(nieuw.items())),
            encoding="utf-8",
        )
    return replace(
        inst,
        db_wachtwoord=inst.db_wachtwoord if inst.db_wachtwoord is not None else nieuw.get("WLZ_DB_PASSWORD"),
        redis_wachtwoord=(
            inst.redis_wachtwoord if inst.redis_wachtwoord is not None else nieuw.get("WLZ_REDIS_PASSWORD")
        ),
    )


# ---------------------------------------------------------------------------------------------
# Processes


def _sterf_met_ouder() -> None:  # runs in the child between fork and exec
    try:
        ctypes.CDLL(None).prctl(_PR_SET_PDEATHSIG, signal.SIGTERM)
    except Exception:  # noqa: BLE001 - not Linux: nothing to do
        pass


class _Starter:
    """Starts every child process from one thread that lives as long as this process: Linux sends
    the parent-death signal when the *thread* that forked a child ends, and threads of the tests,
    the watcher or asyncio's executor come and go."""

    def __init__(self) -> None:
        self._taken: queue.Queue[tuple[Callable[[], object], Future]] = queue.Queue()
        self._draad: threading.Thread | None = None
        self._slot = threading.Lock()

    def _werk(self) -> None:
        while True:
            taak, uitkomst = self._taken.get()
            try:
                uitkomst.set_result(taak())
            except BaseException as fout:  # noqa: BLE001 - handed to the caller
                uitkomst.set_exception(fout)

    def voer_uit(self, taak: Callable[[], object]) -> object:
        with self._slot:
            if self._draad is None:
                self._draad = threading.Thread(target=self._werk, name="wlz-starter", daemon=True)
                self._draad.start()
        uitkomst: Future = Future()
        self._taken.put((taak, uitkomst))
        return uitkomst.result(timeout=60)


_STARTER = _Starter()


def poort_vrij(adres: str, poort: int) -> bool:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            s.bind((adres if adres not in ("", "0.0.0.0") else "0.0.0.0", poort))
        except OSError:
            return False
    return True


def systeemgebruiker(naam: str) -> str | None:
    """`naam` when this process runs as root and that user exists: servers then run as that user."""
    if os.geteuid() != 0:
        return None
    try:
        pwd.getpwnam(naam)
    except KeyError:
        return None
    return naam


def geef_aan(pad: Path, gebruiker: str | None) -> None:
    if gebruiker:
        shutil.chown(pad, gebruiker, gebruiker)


class Proces:
    """One server process in its own session; output appended to a log file."""

    def __init__(
        self,
        naam: str,
        argv: Sequence[str],
        log: Path,
        cwd: Path,
        env: Mapping[str, str] | None = None,
        gebruiker: str | None = None,
    ) -> None:
        self.naam, self.argv, self.log, self.cwd = naam, list(argv), log, cwd
        self.env = dict(os.environ if env is None else env)
        self.gebruiker = gebruiker
        self.popen: subprocess.Popen | None = None

    def start(self) -> None:
        self.log.parent.mkdir(parents=True, exist_ok=True)
        self.cwd.mkdir(parents=True, exist_ok=True)
        extra: dict[str, Any] = {}
        if self.gebruiker:
            extra = {"user": self.gebruiker, "group": self.gebruiker, "extra_groups": []}
        with self.log.open("ab") as log:
            log.write(f"===== {time.strftime('%Y-%m-%d %H:%M:%S')} start {self.naam} =====\n".encode())
            log.flush()
            self.popen = _STARTER.voer_uit(
                lambda: subprocess.Popen(  # type: ignore[assignment]
                    self.argv,
                    cwd=self.cwd,
                    env=self.env,
                    stdin=subprocess.DEVNULL,
                    stdout=log,
                    stderr=subprocess.STDOUT,
                    start_new_session=True,
                    preexec_fn=_sterf_met_ouder,
                    **extra,
                )
            )

    @property
    def pid(self) -> int | None:
        return self.popen.pid if self.popen else None

    @property
    def code(self) -> int | None:
        """The exit code once the process has ended (None while it runs or before it started)."""
        return self.popen.returncode if self.popen else None

    def levend(self) -> bool:
        return self.popen is not None and self.popen.poll() is None

    def signaal(self, sig: int) -> None:
        if self.levend():
            assert self.popen is not None
            self.popen.send_signal(sig)

    def stop(self, sig: int = signal.SIGTERM, timeout_s: float = 30.0) -> None:
        """Asks the process to stop; kills it when it has not stopped after `timeout_s`."""
        if self.popen is None:
            return
        if self.popen.poll() is None:
            self.popen.send_signal(sig)
            try:
                self.popen.wait(timeout=timeout_s)
            except subprocess.TimeoutExpired:
                _meld(f"{self.naam} stopt niet na {timeout_s:.0f} s: SIGKILL")
                self.popen.kill()
                self.popen.wait(timeout=30)

    def kill(self) -> None:
        """SIGKILL, as a crash or the OOM killer would."""
        if self.popen is not None and self.popen.poll() is None:
            self.popen.kill()
            self.popen.wait(timeout=30)


def wacht_tot(
    voorwaarde: Callable[[], bool],
    timeout_s: float,
    proces: Proces | None = None,
    wat: str = "",
    interval_s: float = 0.2,
) -> None:
    """Polls `voorwaarde` until it holds; fails when the process ends first or time runs out."""
    einde = time.monotonic() + timeout_s
    while time.monotonic() < einde:
        if voorwaarde():
            return
        if proces is not None and proces.popen is not None and not proces.levend():
            raise ProductieFout(f"{proces.naam} is gestopt tijdens het starten; zie {proces.log}")
        time.sleep(interval_s)
    log = f"; zie {proces.log}" if proces is not None else ""
    raise ProductieFout(f"{wat or 'server'} niet klaar na {timeout_s:.0f} s{log}")


def http_get(url: str, timeout_s: float = 2.0) -> tuple[int, bytes]:
    """(status, body); status 0 when nothing answered."""
    try:
        with urllib.request.urlopen(url, timeout=timeout_s) as antwoord:
            return antwoord.status, antwoord.read()
    except urllib.error.HTTPError as fout:
        return fout.code, fout.read()
    except (OSError, ValueError):
        return 0, b""


# ---------------------------------------------------------------------------------------------
# The parts


def postgres_bin(naam: str) -> Path:
    """A PostgreSQL program: the newest Debian version (/usr/lib/postgresql/N/bin), else PATH."""
    kandidaten = sorted(
        Path("/usr/lib/postgresql").glob(f"*/bin/{naam}"),
        key=lambda p: int(p.parts[-3]) if p.parts[-3].isdigit() else 0,
    )
    if kandidaten:
        return kandidaten[-1]
    gevonden = shutil.which(naam)
    if gevonden:
        return Path(gevonden)
    raise ProductieFout(f"PostgreSQL ({naam}) ontbreekt: make productie-deps of apt-get install postgresql.")


class Postgres:
    """PostgreSQL with its data in WLZ_PRODUCTIE_MAP/postgres (made with initdb the first time)."""

    def __init__(self, inst: Instellingen) -> None:
        self.inst = inst
        self.map = inst.map / "postgres"
        self.data = self.map / "data"
        self.socket = self.map / "socket"
        self.gebruiker = systeemgebruiker("postgres")
        self.proces: Proces | None = None

    def initialiseer(self) -> None:
        if (self.data / "PG_VERSION").exists():
            return
        _meld(f"PostgreSQL: nieuwe database in {self.data}")
        for pad in (self.map, self.data, self.socket):
            pad.mkdir(parents=True, exist_ok=True)
            geef_aan(pad, self.gebruiker)
        self.data.chmod(0o700)
        self.socket.chmod(0o700)
        extra = ["--no-sync"] if "fsync=off" in self.inst.pg_opties else []
        opdracht = [
            str(postgres_bin("initdb")),
            "-D",
            str(self.data),
            "-U",
            "postgres",
            "-E",
            "UTF8",
            "--no-locale",
            "--auth-local=trust",
            "--auth-host=scram-sha-256",
            *extra,
        ]
        kwargs: dict[str, Any] = (
            {"user": self.gebruiker, "group": self.gebruiker, "extra_groups": []} if self.gebruiker else {}
        )
        uitslag = subprocess.run(opdracht, capture_output=True, text=True, cwd=self.map, **kwargs)
        if uitslag.returncode:
            raise ProductieFout(f"initdb mislukt: {uitslag.stderr.strip()[-500:]}")

    def start(self) -> None:
        self.initialiseer()
        opties = ["-c", f"listen_addresses={'127.0.0.1'}", "-c", "unix_socket_permissions=0700"]
        for optie in self.inst.pg_opties:
            opties += ["-c", optie]
        self.proces = Proces(
            "PostgreSQL",
            [
                str(postgres_bin("postgres")),
                "-D",
                str(self.data),
                "-p",
                str(self.inst.db_poort),
                "-k",
                str(self.socket),
                *opties,
            ],
            self.inst.map / "logs" / "postgres.log",
            self.map,
            gebruiker=self.gebruiker,
        )
        self.proces.start()
        wacht_tot(self._bereikbaar, 60, self.proces, "PostgreSQL")
        self.richt_in()

    def _verbind(self, **kwargs: object) -> Any:  # a psycopg2 connection
        import psycopg2

        return psycopg2.connect(
            host=str(self.socket),
            port=self.inst.db_poort,
            user="postgres",
            dbname="postgres",
            connect_timeout=2,
            **kwargs,
        )

    def _bereikbaar(self) -> bool:
        try:
            self._verbind().close()
            return True
        except Exception:  # noqa: BLE001 - not yet
            return False

    def richt_in(self) -> None:
        """The role and database of the bot; the role's password follows WLZ_DB_PASSWORD."""
        from psycopg2 import sql

        verbinding = self._verbind()
        verbinding.autocommit = True
        try:
            with verbinding.cursor() as cur:
                rol = sql.Identifier(self.inst.db_gebruiker)
                cur.execute("SELECT 1 FROM pg_roles WHERE rolname = %s", (self.inst.db_gebruiker,))
                actie = "ALTER" if cur.fetchone() else "CREATE"
                cur.execute(
                    sql.SQL(actie + " ROLE {} LOGIN PASSWORD %s").format(rol), (self.inst.db_wachtwoord,)
                )
                cur.execute("SELECT 1 FROM pg_database WHERE datname = %s", (self.inst.db_naam,))
                if not cur.fetchone():
                    cur.execute(
                        sql.SQL("CREATE DATABASE {} OWNER {}").format(sql.Identifier(self.inst.db_naam), rol)
                    )
        finally:
            verbinding.close()

    def stop(self) -> None:
        if self.proces:
            self.proces.stop(signal.SIGINT, 60)  # fast shutdown: ends sessions, writes a checkpoint


class Redis:
    """Redis for the conversation locks: password, no persistence (locks live for seconds)."""

    def __init__(self, inst: Instellingen) -> None:
        self.inst = inst
        self.map = inst.map / "redis"
        self.gebruiker = systeemgebruiker("redis")
        self.proces: Proces | None = None

    def start(self) -> None:
        programma = shutil.which("redis-server") or "/usr/bin/redis-server"
        if not Path(programma).exists():
            raise ProductieFout(
                "redis-server ontbreekt: make productie-deps of apt-get install redis-server."
            )
        self.map.mkdir(parents=True, exist_ok=True)
        geef_aan(self.map, self.gebruiker)
        conf = self.map / "redis.conf"
        conf.touch(mode=0o600)
        conf.chmod(0o600)
        conf.write_text(
            "# Made by scripts/productie.py.\n"
            f"bind 127.0.0.1\nport {self.inst.redis_poort}\nprotected-mode yes\n"
            f'requirepass "{self.inst.redis_wachtwoord}"\n'
            'save ""\nappendonly no\ndaemonize no\nlogfile ""\n'
            f"dir {self.map}\n",
            encoding="utf-8",
        )
        geef_aan(conf, self.gebruiker)
        self.proces = Proces(
            "Redis",
            [programma, str(conf)],
            self.inst.map / "logs" / "redis.log",
            self.map,
            gebruiker=self.gebruiker,
        )
        self.proces.start()
        wacht_tot(self.bereikbaar, 30, self.proces, "Redis")

    def bereikbaar(self) -> bool:
        import redis

        try:
            return bool(
                redis.Redis(
                    host=self.inst.redis_host or "127.0.0.1",
                    port=self.inst.redis_poort,
                    password=self.inst.redis_wachtwoord or None,
                    socket_timeout=1,
                    socket_connect_timeout=1,
                ).ping()
            )
        except Exception:  # noqa: BLE001 - not (yet) reachable
            return False

    def stop(self) -> None:
        if self.proces:
            self.proces.stop(signal.SIGTERM, 30)


class ActieServer:
    """The action server (`rasa run actions`), on 127.0.0.1 only."""

    def __init__(self, inst: Instellingen) -> None:
        self.inst = inst
        self.proces: Proces | None = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.inst.acties_poort}/webhook"

    def start(self) -> None:
        env = {**os.environ, "SANIC_HOST": "127.0.0.1", "PYTHONPATH": str(REPO)}
        rasa = self.inst.python.with_name("rasa")
        self.proces = Proces(
            "action server",
            [str(rasa), "run", "actions", "--port", str(self.inst.acties_poort), "--actions", "actions"],
            self.inst.map / "logs" / "acties.log",
            self.inst.map / "acties",
            env,
        )
        self.proces.start()
        wacht_tot(self.bereikbaar, 120, self.proces, "action server")

    def bereikbaar(self) -> bool:
        return http_get(f"http://127.0.0.1:{self.inst.acties_poort}/health", 1)[0] == 200

    def stop(self) -> None:
        if self.proces:
            self.proces.stop(signal.SIGTERM, 20)


@dataclass
class Replica:
    """One Rasa server (`python -m server run`) on 127.0.0.1:poort."""

    nummer: int
    poort: int
    proces: Proces | None = None
    in_dienst: bool = False  # in nginx's list
    fouten: int = 0  # failed readiness checks in a row
    onderhoud: bool = False  # being restarted on purpose: the watcher leaves it alone
    gewenst: bool = True  # should run (False after stop_replica)
    laatste_start: float = 0.0

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.poort}"

    def klaar(self, timeout_s: float = 3.0) -> tuple[bool, dict[str, object]]:
        status, body = http_get(f"{self.url}/webhooks/gezondheid/klaar", timeout_s)
        try:
            details = json.loads(body) if body else {}
        except ValueError:
            details = {}
        if status == 0:
            details = {"reden": "antwoordt niet"}
        return status == 200, details


class Nginx:
    """nginx in front of the replicas; its list of replicas is rewritten and reloaded live."""

    def __init__(self, inst: Instellingen) -> None:
        self.inst = inst
        self.map = inst.map / "nginx"
        self.proces: Proces | None = None
        self.gebruiker = systeemgebruiker("www-data")

    @property
    def programma(self) -> str:
        gevonden = shutil.which("nginx") or "/usr/sbin/nginx"
        if not Path(gevonden).exists():
            raise ProductieFout("nginx ontbreekt: make productie-deps of apt-get install nginx.")
        return gevonden

    def schrijf(self, poorten: Iterable[int]) -> None:
        self.map.mkdir(parents=True, exist_ok=True)
        (self.inst.map / "logs").mkdir(parents=True, exist_ok=True)
        tijdelijk = self.map / "tijdelijk"
        tijdelijk.mkdir(exist_ok=True)
        geef_aan(tijdelijk, self.gebruiker)
        (self.map / "nginx.conf").write_text(
            nginx_config(self.inst, self.map, self.gebruiker), encoding="utf-8"
        )
        (self.map / NGINX_UPSTREAMS).write_text(nginx_upstreams(list(poorten)), encoding="utf-8")

    def argv(self, *extra: str) -> list[str]:
        return [
            self.programma,
            "-e",
            str(self.inst.map / "logs" / "nginx-fouten.log"),
            "-p",
            str(self.map),
            "-c",
            str(self.map / "nginx.conf"),
            *extra,
        ]

    def controleer(self) -> None:
        uitslag = subprocess.run(self.argv("-t", "-q"), capture_output=True, text=True)
        if uitslag.returncode:
            raise ProductieFout(f"nginx-configuratie ongeldig: {uitslag.stderr.strip()[-800:]}")

    def start(self, poorten: Iterable[int]) -> None:
        self.schrijf(poorten)
        self.controleer()
        self.proces = Proces("nginx", self.argv(), self.inst.map / "logs" / "nginx.log", self.map)
        self.proces.start()
        wacht_tot(lambda: http_get(self.inst.url + "/nginx-status", 1)[0] == 200, 30, self.proces, "nginx")

    def zet_replicas(self, poorten: Iterable[int]) -> None:
        """New list of replicas; nginx takes it over without dropping connections."""
        (self.map / NGINX_UPSTREAMS).write_text(nginx_upstreams(list(poorten)), encoding="utf-8")
        if self.proces is not None:
            self.proces.signaal(signal.SIGHUP)

    def stop(self) -> None:
        if self.proces:
            self.proces.stop(signal.SIGQUIT, 30)  # graceful: open requests are finished


# ---------------------------------------------------------------------------------------------
# nginx configuration


def _nginx_tekst(tekst: str) -> str:
    """A single-quoted nginx string. nginx has no escape for `$` (variables), so it may not occur."""
    if "$" in tekst:
        raise ProductieFout("De storingsmelding mag geen $ bevatten (nginx leest dat als variabele).")
    return "'" + tekst.replace("\\", "\\\\").replace("'", "\\'") + "'"


def storingsantwoorden() -> tuple[str, str]:
    """(REST JSON, TwiML) with the storingsmelding, for when nginx reaches no replica at all."""
    from xml.sax.saxutils import escape

    from server.storing import storingsmelding

    tekst = storingsmelding()
    rest = json.dumps([{"text": tekst}], ensure_ascii=False)
    twiml = f'<?xml version="1.0" encoding="UTF-8"?><Response><Message>{escape(tekst)}</Message></Response>'
    return rest, twiml


def nginx_upstreams(poorten: Sequence[int]) -> str:
    """The replicas in nginx. The watcher takes out replicas that are not ready (or dead) within
    seconds, and `proxy_next_upstream` sends a message on at once when its replica refuses the
    connection. nginx's own marking (max_fails) is off: after all replicas were down it kept the
    ones that were back marked as dead for fail_timeout, and users got the storingsmelding."""
    if not poorten:
        raise ProductieFout("nginx heeft minstens één replica nodig")
    servers = "".join(f"    server 127.0.0.1:{p} max_fails=0;\n" for p in poorten)
    return (
        "# Made by scripts/productie.py; rewritten when a replica becomes (un)ready.\n"
        "upstream wlz_rasa {\n    least_conn;\n"
        + servers
        + "    keepalive 32;\n    keepalive_timeout 4s;  # below Sanic's 5 s keep-alive\n}\n"
        "# socket.io: one replica per client address (long-polling needs its session's replica).\n"
        "upstream wlz_socketio {\n    hash $binary_remote_addr consistent;\n" + servers + "}\n"
        "# WhatsApp: one replica while it lives. The numbered choices of a conversation are kept in the\n"
        "# memory of the replica that sent them (channels/keuzes.py).\n"
        "upstream wlz_whatsapp {\n    hash wlz consistent;\n" + servers + "}\n"
    )


def nginx_config(inst: Instellingen, map_: Path, gebruiker: str | None) -> str:
    rest, twiml = storingsantwoorden()
    logs = inst.map / "logs"
    tijdelijk = map_ / "tijdelijk"
    gebruiker_regel = f"user {gebruiker};\n" if gebruiker else ""
    webhook = (
        "        proxy_pass http://{upstream};\n"
        '        proxy_set_header Connection "";\n'
        "        # A message whose replica cannot be reached or died while handling it goes to the next\n"
        "        # one. The request id stays the same for the retry: a message the dead replica had\n"
        "        # already saved gets its saved answer, it is not handled twice (server/storing.py).\n"
        "        proxy_set_header X-Request-ID $request_id;\n"
        "        proxy_next_upstream error non_idempotent;\n"
        f"        proxy_next_upstream_tries {max(2, inst.replicas + 1)};\n"
        "        proxy_next_upstream_timeout 30s;\n"
    )
    return f"""# Made by scripts/productie.py from its settings; change the script, not this file.
{gebruiker_regel}worker_processes auto;
pid {map_}/nginx.pid;
daemon off;
error_log {logs}/nginx-fouten.log warn;
# After a reload, old workers close connections (socket.io clients reconnect) after 30 s.
worker_shutdown_timeout 30s;

events {{
    worker_connections 4096;
}}

http {{
    # No client addresses, no query strings (socket.io session ids): nothing about users.
    log_format wlz '$time_iso8601 $request_method $uri $status $request_time '
                   'replica=$upstream_addr replica_status=$upstream_status';
    access_log {logs}/nginx-toegang.log wlz;
    client_body_temp_path {tijdelijk}/body;
    proxy_temp_path {tijdelijk}/proxy;
    fastcgi_temp_path {tijdelijk}/fastcgi;
    uwsgi_temp_path {tijdelijk}/uwsgi;
    scgi_temp_path {tijdelijk}/scgi;
    server_tokens off;
    # The same limit as Rasa itself (server/instellingen.py, MAX_VERZOEK_BYTES).
    client_max_body_size 256k;
    charset utf-8;
    charset_types application/json text/xml;

    include {map_}/{NGINX_UPSTREAMS};

    map $http_upgrade $verbinding {{
        default upgrade;
        ""      close;
    }}

    server {{
        listen {inst.adres}:{inst.poort};

        proxy_http_version 1.1;
        proxy_set_header Host $host;
        proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
        proxy_set_header X-Forwarded-Proto $scheme;
        proxy_connect_timeout 2s;
        # Rasa waits up to TICKET_LOCK_LIFETIME ({inst.lock_levensduur_s} s) for the lock of a
        # replica that died.
        proxy_read_timeout 60s;

        location /webhooks/rest/ {{
{webhook.format(upstream="wlz_rasa")}            error_page 502 504 =200 @rest_storing;
        }}
        location /webhooks/whatsapp/ {{
{webhook.format(upstream="wlz_whatsapp")}            error_page 502 504 =200 @whatsapp_storing;
        }}
        # No reply of our own for Telegram: it delivers the message again later when the answer
        # is an error.
        location /webhooks/telegram/ {{
{webhook.format(upstream="wlz_rasa")}        }}
        location /socket.io/ {{
            proxy_pass http://wlz_socketio;
            proxy_set_header Upgrade $http_upgrade;
            proxy_set_header Connection $verbinding;
            proxy_buffering off;
            proxy_read_timeout 1h;
            proxy_send_timeout 1h;
        }}
        location = / {{
            proxy_pass http://wlz_rasa;
            proxy_set_header Connection "";
        }}
        location = /nginx-status {{
            access_log off;
            default_type application/json;
            return 200 '{{"status": "ok"}}';
        }}
        location @rest_storing {{
            default_type application/json;
            return 200 {_nginx_tekst(rest)};
        }}
        location @whatsapp_storing {{
            default_type text/xml;
            return 200 {_nginx_tekst(twiml)};
        }}
        # The health endpoints and Rasa's HTTP API stay inside: only the channels are public.
        location / {{
            return 404;
        }}
    }}
}}
"""


# ---------------------------------------------------------------------------------------------
# The topology


class Topologie:
    """Starts, watches and stops all parts; use as a context manager or call start() and stop()."""

    def __init__(self, inst: Instellingen) -> None:
        self.inst = geheimen(inst)
        self.postgres = Postgres(self.inst) if self.inst.db_host is None else None
        self.redis = Redis(self.inst) if self.inst.redis_host is None else None
        self.acties = ActieServer(self.inst) if self.inst.actie_url is None else None
        self.nginx = Nginx(self.inst)
        self.replicas: list[Replica] = []
        self._slot = threading.RLock()
        self._bewaker: threading.Thread | None = None
        self._stoppen = threading.Event()
        self._nginx_poorten: tuple[int, ...] = ()

    # -- environment of the replicas

    @property
    def actie_url(self) -> str:
        return self.inst.actie_url or (self.acties.url if self.acties else "")

    def replica_omgeving(self) -> dict[str, str]:
        i = self.inst
        return {
            **os.environ,
            "PYTHONPATH": str(REPO),
            "TF_CPP_MIN_LOG_LEVEL": os.environ.get("TF_CPP_MIN_LOG_LEVEL", "2"),
            "PYTHONHASHSEED": os.environ.get("PYTHONHASHSEED", "0"),
            "WLZ_DB_HOST": i.db_host or "127.0.0.1",
            "WLZ_DB_PORT": str(i.db_poort),
            "WLZ_DB_NAME": i.db_naam,
            "WLZ_DB_USER": i.db_gebruiker,
            "WLZ_DB_PASSWORD": i.db_wachtwoord or "",
            "WLZ_REDIS_HOST": i.redis_host or "127.0.0.1",
            "WLZ_REDIS_PORT": str(i.redis_poort),
            "WLZ_REDIS_PASSWORD": i.redis_wachtwoord or "",
            "WLZ_REDIS_DB": str(i.redis_db),
            "WLZ_ACTION_SERVER_URL": self.actie_url,
            "TICKET_LOCK_LIFETIME": str(i.lock_levensduur_s),
            # Rasa's SQL calls are synchronous: one connection at a time per replica is all it uses.
            "SQL_POOL_SIZE": os.environ.get("SQL_POOL_SIZE", "5"),
            "SQL_MAX_OVERFLOW": os.environ.get("SQL_MAX_OVERFLOW", "5"),
        }

    # -- start and stop

    def __enter__(self) -> Topologie:
        self.start()
        return self

    def __exit__(self, *_: object) -> None:
        self.stop()

    def controleer_poorten(self) -> None:
        poorten = [(self.inst.adres, self.inst.poort, "WLZ_POORT (nginx)")]
        poorten += [
            ("127.0.0.1", self.inst.rasa_poort_van(n), "WLZ_RASA_POORT (replica's)")
            for n in range(1, self.inst.replicas + 1)
        ]
        if self.postgres:
            poorten.append(("127.0.0.1", self.inst.db_poort, "WLZ_DB_PORT (PostgreSQL)"))
        if self.redis:
            poorten.append(("127.0.0.1", self.inst.redis_poort, "WLZ_REDIS_PORT (Redis)"))
        if self.acties:
            poorten.append(("127.0.0.1", self.inst.acties_poort, "WLZ_ACTIES_POORT (action server)"))
        bezet = [f"{p} ({naam})" for adres, p, naam in poorten if not poort_vrij(adres, p)]
        if bezet:
            raise ProductieFout(
                f"Poort al in gebruik: {', '.join(bezet)}. Draait er al een topologie? "
                "make stop-productie, of kies andere poorten."
            )

    def start(self, bewaken: bool = True) -> None:
        if not self.inst.model.is_file():
            raise ProductieFout(f"Model {self.inst.model} ontbreekt: make train.")
        self.controleer_poorten()
        self.inst.map.mkdir(parents=True, exist_ok=True)
        if os.geteuid() == 0:
            self.inst.map.chmod(0o755)  # PostgreSQL and Redis run as their own users
        try:
            if self.postgres:
                _meld(f"PostgreSQL starten op 127.0.0.1:{self.inst.db_poort}")
                self.postgres.start()
            if self.redis:
                _meld(f"Redis starten op 127.0.0.1:{self.inst.redis_poort}")
                self.redis.start()
            if self.acties:
                _meld(f"Action server starten op 127.0.0.1:{self.inst.acties_poort}")
                self.acties.start()
            self.schaal(self.inst.replicas, nginx_bijwerken=False)
            _meld(f"nginx starten op {self.inst.adres}:{self.inst.poort}")
            with self._slot:
                self._nginx_poorten = tuple(r.poort for r in self.replicas)
                self.nginx.start(self._nginx_poorten)
            self.schrijf_status()
            if bewaken:
                self.start_bewaker()
        except BaseException:
            self.stop()
            raise

    def stop(self) -> None:
        """Stops everything that runs, the front first; never raises."""
        self._stoppen.set()
        if self._bewaker is not None:
            self._bewaker.join(timeout=30)

        def veilig(naam: str, stop: Callable[[], None]) -> None:
            try:
                stop()
            except Exception as fout:  # noqa: BLE001 - go on with the rest
                _meld(f"{naam} stoppen mislukt: {fout}")

        veilig("nginx", self.nginx.stop)
        # Replicas at the same time (each finishes its open requests), then what they use.
        draden = [
            threading.Thread(target=veilig, args=(f"replica {r.nummer}", r.proces.stop))
            for r in self.replicas
            if r.proces
        ]
        for draad in draden:
            draad.start()
        for draad in draden:
            draad.join(timeout=90)
        for naam, deel in (
            ("action server", self.acties),
            ("Redis", self.redis),
            ("PostgreSQL", self.postgres),
        ):
            if deel is not None:
                veilig(naam, deel.stop)
        (self.inst.map / STATUS).unlink(missing_ok=True)

    # -- replicas

    def start_replica(self, nummer: int, wachten: bool = True) -> Replica:
        with self._slot:
            replica = next((r for r in self.replicas if r.nummer == nummer), None)
            if replica is None:
                replica = Replica(nummer, self.inst.rasa_poort_van(nummer))
                self.replicas.append(replica)
                self.replicas.sort(key=lambda r: r.nummer)
            if replica.proces is not None and replica.proces.levend():
                return replica
            replica.gewenst, replica.onderhoud, replica.fouten = True, True, 0
            if replica.in_dienst:  # it died and is started again: out of nginx until it is ready
                replica.in_dienst = False
                self._werk_nginx_bij()
            replica.proces = Proces(
                f"replica {nummer}",
                [
                    str(self.inst.python),
                    "-m",
                    "server",
                    "run",
                    "--model",
                    str(self.inst.model),
                    "--endpoints",
                    str(self.inst.endpoints),
                    "--credentials",
                    str(self.inst.credentials),
                    "-i",
                    "127.0.0.1",
                    "--port",
                    str(replica.poort),
                ],
                self.inst.map / "logs" / f"rasa-{nummer}.log",
                self.inst.map / f"rasa-{nummer}",
                self.replica_omgeving(),
            )
            replica.laatste_start = time.monotonic()
            replica.proces.start()
        if wachten:
            self.wacht_op_replica(replica)
        return replica

    def wacht_op_replica(self, replica: Replica) -> None:
        wacht_tot(
            lambda: replica.klaar()[0],
            self.inst.opstart_timeout_s,
            replica.proces,
            f"replica {replica.nummer}",
            interval_s=0.5,
        )
        with self._slot:
            replica.onderhoud, replica.fouten = False, 0
            replica.in_dienst = True
            self._werk_nginx_bij()
        _meld(
            f"replica {replica.nummer} klaar op {replica.url} "
            f"({time.monotonic() - replica.laatste_start:.1f} s na de start)"
        )

    def schaal(self, aantal: int, nginx_bijwerken: bool = True) -> None:
        """Exactly `aantal` replicas; new ones start at the same time and are waited for."""
        nieuw = [self.start_replica(n, wachten=False) for n in range(1, aantal + 1)]
        for replica in nieuw:
            if replica.onderhoud:
                self.wacht_op_replica(replica)
        for replica in [r for r in self.replicas if r.nummer > aantal]:
            self.stop_replica(replica.nummer)
        if nginx_bijwerken:
            with self._slot:
                self._werk_nginx_bij()
        self.schrijf_status()

    def replica(self, nummer: int) -> Replica:
        return next(r for r in self.replicas if r.nummer == nummer)

    def stop_replica(self, nummer: int, kill: bool = False) -> None:
        """Stops a replica (SIGTERM, or SIGKILL with kill=True). nginx keeps it in its list until
        the watcher notices, as it would after a crash."""
        replica = self.replica(nummer)
        with self._slot:
            replica.gewenst = False
        if replica.proces:
            replica.proces.kill() if kill else replica.proces.stop()

    def herstart_replicas(self) -> None:
        """One by one: out of nginx, stop, start, wait until ready, back in. No downtime when
        there are two or more."""
        for replica in list(self.replicas):
            _meld(f"replica {replica.nummer} herstarten")
            with self._slot:
                replica.onderhoud, replica.in_dienst = True, False
                self._werk_nginx_bij()
            time.sleep(1.0)  # nginx's new workers take over
            if replica.proces:
                replica.proces.stop()
            self.start_replica(replica.nummer)

    # -- nginx and the watcher

    def _werk_nginx_bij(self) -> None:
        """nginx gets the ready replicas; when none is ready, all of them (someone must answer)."""
        in_dienst = tuple(r.poort for r in self.replicas if r.in_dienst)
        poorten = in_dienst or tuple(r.poort for r in self.replicas)
        if poorten and poorten != self._nginx_poorten and self.nginx.proces is not None:
            self._nginx_poorten = poorten
            self.nginx.zet_replicas(poorten)
            namen = [str(r.nummer) for r in self.replicas if r.poort in poorten]
            _meld(
                f"nginx stuurt nu naar replica {', '.join(namen)}"
                + ("" if in_dienst else " (geen enkele is klaar: ze blijven allemaal in de lijst)")
            )

    @property
    def nginx_poorten(self) -> tuple[int, ...]:
        return self._nginx_poorten

    def start_bewaker(self) -> None:
        self._stoppen.clear()
        self._bewaker = threading.Thread(target=self._bewaak, name="wlz-bewaker", daemon=True)
        self._bewaker.start()

    def _bewaak(self) -> None:
        while not self._stoppen.wait(self.inst.interval_s):
            try:
                self.bewaakronde()
            except Exception as fout:  # noqa: BLE001 - the watcher must keep going
                _meld(f"bewaker: {type(fout).__name__}: {fout}")

    def bewaakronde(self) -> None:
        if self.inst.herstarten:
            self._herstart_gestopte()
        for replica in list(self.replicas):
            if replica.onderhoud:
                continue
            klaar, details = replica.klaar()
            with self._slot:
                if klaar:
                    replica.fouten = 0
                    if not replica.in_dienst:
                        replica.in_dienst = True
                        _meld(f"replica {replica.nummer} is klaar")
                else:
                    replica.fouten += 1
                    reden = str(details.get("reden", "niet klaar"))
                    if replica.in_dienst and replica.fouten >= self.inst.drempel:
                        replica.in_dienst = False
                        _meld(f"replica {replica.nummer} is niet klaar: {reden}")
        with self._slot:
            self._werk_nginx_bij()

    def _herstart_gestopte(self) -> None:
        for naam, deel in (
            ("PostgreSQL", self.postgres),
            ("Redis", self.redis),
            ("action server", self.acties),
        ):
            proces = getattr(deel, "proces", None)
            if proces is not None and not proces.levend() and not self._stoppen.is_set():
                _meld(f"{naam} is gestopt (code {proces.code}): opnieuw starten")
                try:
                    deel.start()  # type: ignore[union-attr]
                except ProductieFout as fout:
                    _meld(str(fout))
        if self.nginx.proces is not None and not self.nginx.proces.levend() and not self._stoppen.is_set():
            _meld(f"nginx is gestopt (code {self.nginx.proces.code}): opnieuw starten")
            try:
                self.nginx.start(self._nginx_poorten)
            except ProductieFout as fout:
                _meld(str(fout))
        for replica in list(self.replicas):
            if (
                replica.gewenst
                and not replica.onderhoud
                and replica.proces is not None
                and not replica.proces.levend()
                and time.monotonic() - replica.laatste_start > 10
            ):
                _meld(f"replica {replica.nummer} is gestopt (code {replica.proces.code}): opnieuw starten")
                threading.Thread(
                    target=self._start_op_achtergrond, args=(replica.nummer,), daemon=True
                ).start()

    def _start_op_achtergrond(self, nummer: int) -> None:
        try:
            self.start_replica(nummer)
        except ProductieFout as fout:
            _meld(str(fout))

    # -- status

    def schrijf_status(self) -> None:
        onderdelen = {
            "postgres": getattr(getattr(self.postgres, "proces", None), "pid", None),
            "redis": getattr(getattr(self.redis, "proces", None), "pid", None),
            "acties": getattr(getattr(self.acties, "proces", None), "pid", None),
            "nginx": getattr(self.nginx.proces, "pid", None),
        }
        status = {
            "pid": os.getpid(),
            "url": self.inst.url,
            "onderdelen": onderdelen,
            "replicas": [
                {"nummer": r.nummer, "poort": r.poort, "pid": r.proces.pid if r.proces else None}
                for r in self.replicas
            ],
        }
        (self.inst.map / STATUS).write_text(json.dumps(status, indent=1), encoding="utf-8")


# ---------------------------------------------------------------------------------------------
# Command line


def _lees_status(inst: Instellingen) -> dict | None:
    pad = inst.map / STATUS
    if not pad.exists():
        return None
    try:
        return json.loads(pad.read_text(encoding="utf-8"))
    except ValueError:
        return None


def _leeft(pid: int | None) -> bool:
    if not pid:
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    try:  # a zombie is not alive
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0] != "Z"
    except OSError:
        return True


def opdracht_start(inst: Instellingen) -> int:
    bestaand = _lees_status(inst)
    if bestaand and _leeft(bestaand.get("pid")):
        print(
            f"Er draait al een topologie (pid {bestaand['pid']}); stop die eerst: make stop-productie.",
            file=sys.stderr,
        )
        return 1
    stoppen = threading.Event()
    herstarten = threading.Event()

    def stop_signaal(signum: int, _frame: object) -> None:
        stoppen.set()

    signal.signal(signal.SIGTERM, stop_signaal)
    signal.signal(signal.SIGINT, stop_signaal)
    signal.signal(signal.SIGHUP, lambda *_: herstarten.set())
    topologie = Topologie(replace(inst, herstarten=True))
    try:
        topologie.start()
        aantal = f"{inst.replicas} replica" + ("'s" if inst.replicas != 1 else "")
        _meld(
            f"Klaar: {inst.url}/webhooks/rest/webhook, socket.io op {inst.url} ({aantal}). "
            f"Logboeken: {inst.map / 'logs'}. Stoppen: Ctrl-C."
        )
        while not stoppen.wait(1.0):
            if herstarten.is_set():
                herstarten.clear()
                topologie.herstart_replicas()
                topologie.schrijf_status()
    except ProductieFout as fout:
        print(f"Gestopt: {fout}", file=sys.stderr)
        return 1
    finally:
        _meld("alles stoppen …")
        signal.signal(signal.SIGINT, signal.SIG_IGN)  # a second Ctrl-C must not break the stop
        topologie.stop()
        _meld("gestopt")
    return 0


def opdracht_stop(inst: Instellingen) -> int:
    status = _lees_status(inst)
    if not status:
        print("Er draait geen topologie (geen status.json in " + str(inst.map) + ").")
        return 0
    if _leeft(status.get("pid")):
        os.kill(status["pid"], signal.SIGTERM)
        einde = time.monotonic() + 120
        while _leeft(status["pid"]) and time.monotonic() < einde:
            time.sleep(0.5)
        if not _leeft(status["pid"]):
            print("Gestopt.")
            return 0
    # The starting process is gone: stop what it left behind.
    pids = [r.get("pid") for r in status.get("replicas", [])]
    pids += [status["onderdelen"].get(n) for n in ("nginx", "acties", "redis", "postgres")]
    for pid in pids:
        if _leeft(pid):
            os.kill(pid, signal.SIGINT if pid == status["onderdelen"].get("postgres") else signal.SIGTERM)
            einde = time.monotonic() + 60
            while _leeft(pid) and time.monotonic() < einde:
                time.sleep(0.2)
    (inst.map / STATUS).unlink(missing_ok=True)
    print("Gestopt.")
    return 0


def opdracht_status(inst: Instellingen) -> int:
    status = _lees_status(inst)
    if not status or not _leeft(status.get("pid")):
        print("Er draait geen topologie.")
        return 3
    print(f"Topologie (pid {status['pid']}) op {status['url']}")
    for naam, pid in status["onderdelen"].items():
        if pid:
            print(f"  {naam:10} pid {pid:<8} {'draait' if _leeft(pid) else 'GESTOPT'}")
    alles_klaar = True
    for r in status["replicas"]:
        klaar, details = Replica(r["nummer"], r["poort"]).klaar()
        alles_klaar &= klaar
        tekst = "klaar" if klaar else f"NIET KLAAR ({details.get('reden', '')})"
        print(f"  replica {r['nummer']:<2} poort {r['poort']:<5} {tekst}")
    return 0 if alles_klaar else 1


def opdracht_herstart(inst: Instellingen) -> int:
    status = _lees_status(inst)
    if not status or not _leeft(status.get("pid")):
        print("Er draait geen topologie.", file=sys.stderr)
        return 1
    os.kill(status["pid"], signal.SIGHUP)
    print("De replica's worden één voor één herstart; zie de uitvoer van make serve-productie.")
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("opdracht", choices=["start", "stop", "status", "herstart"])
    parser.add_argument("--replicas", type=int, help="aantal Rasa-replica's (standaard WLZ_REPLICAS of 2)")
    args = parser.parse_args(argv)
    try:
        inst = Instellingen.uit_omgeving()
        if args.replicas is not None:
            if args.replicas < 1:
                parser.error("--replicas moet minstens 1 zijn")
            inst = replace(inst, replicas=args.replicas)
    except ProductieFout as fout:
        print(fout, file=sys.stderr)
        return 2
    return {
        "start": opdracht_start,
        "stop": opdracht_stop,
        "status": opdracht_status,
        "herstart": opdracht_herstart,
    }[args.opdracht](inst)


if __name__ == "__main__":
    sys.exit(main())
