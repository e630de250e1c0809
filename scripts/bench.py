"""Latency/throughput benchmark of the Wlz-assistent over Rasa's REST channel.

For each model given with --model (the first one is the bot, the others are compared with it) the
script starts Rasa (`python -m server run`) on its own port, measures the startup time (process
start until /status names the loaded model), lets one user talk alone (single-user latency) and
then N users at once,
each holding a conversation from scripts/bench_gesprekken.yml, and reads the server's peak RSS
from the kernel (VmHWM) before stopping it. The action server must already run (the Makefile
starts it with scripts/with_action_server.sh). Writes a Markdown report and the raw figures.

With --productie 1,2 the same load goes through the production topology instead
(scripts/productie.py: PostgreSQL, Redis, the action server and nginx in front of the replicas),
first with 1 replica and then with 2, in the same run; the topology starts its own action server.

A benchmark, not a test: it only fails when it cannot measure (server does not start), not when
a target is missed; the report says which targets were met.
"""

from __future__ import annotations

import argparse
import asyncio
import importlib
import json
import os
import platform
import secrets
import shutil
import subprocess
import sys
import tempfile
import time
import urllib.request
import uuid
from dataclasses import asdict, dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from types import ModuleType

import aiohttp
import yaml

REPO = Path(__file__).resolve().parent.parent
GESPREKKEN = Path(__file__).with_name("bench_gesprekken.yml")

# The targets of issue #6 (2-core machine, `make bench`), checked for the first model only.
DOELEN = {
    "p95_ms": ("p95-latentie bij gelijktijdige gebruikers", "<=", 250.0),
    "fouten": ("fouten", "<=", 0),
    "berichten_per_s": ("doorvoer (berichten/s)", ">=", 60.0),
    "opstart_s": ("opstarttijd (s)", "<=", 30.0),
    "piek_rss_mb": ("piek-RSS van de Rasa-server (MB)", "<=", 800.0),
    "enkel_p50_ms": ("p50-latentie bij één gebruiker", "<=", 40.0),
}


@dataclass
class Belasting:
    """Latencies (ms) and failures of one load phase."""

    latenties_ms: list[float] = field(default_factory=list)
    fouten: list[str] = field(default_factory=list)
    duur_s: float = 0.0
    berichten_ms: list[tuple[str, float]] = field(default_factory=list)  # (text, ms) per answer

    @property
    def berichten(self) -> int:
        return len(self.latenties_ms) + len(self.fouten)


@dataclass
class Meting:
    naam: str
    model: str
    opstart_s: float
    eerste_antwoord_ms: float
    piek_rss_mb: float
    enkel: Belasting
    gelijktijdig: Belasting

    def kerncijfers(self) -> dict[str, float]:
        g = self.gelijktijdig
        return {
            "opstart_s": self.opstart_s,
            "piek_rss_mb": self.piek_rss_mb,
            "eerste_antwoord_ms": self.eerste_antwoord_ms,
            "enkel_p50_ms": percentiel(self.enkel.latenties_ms, 50),
            "enkel_p95_ms": percentiel(self.enkel.latenties_ms, 95),
            "p50_ms": percentiel(g.latenties_ms, 50),
            "p95_ms": percentiel(g.latenties_ms, 95),
            "p99_ms": percentiel(g.latenties_ms, 99),
            "berichten_per_s": g.berichten / g.duur_s if g.duur_s else 0.0,
            "fouten": len(g.fouten) + len(self.enkel.fouten),
        }


def percentiel(waarden: list[float], p: float) -> float:
    """Nearest-rank percentile; NaN when nothing was measured (every message failed)."""
    if not waarden:
        return float("nan")
    geordend = sorted(waarden)
    rang = max(1, -(-len(geordend) * p // 100))  # ceil(n * p / 100), at least 1
    return geordend[int(rang) - 1]


def laad_gesprekken(pad: Path = GESPREKKEN) -> list[list[str]]:
    gesprekken = yaml.safe_load(pad.read_text(encoding="utf-8"))["gesprekken"]
    if not gesprekken or not all(gesprekken):
        raise ValueError(f"{pad}: geen gesprekken")
    return [[str(bericht) for bericht in gesprek] for gesprek in gesprekken]


def berichten_voor(gesprekken: list[list[str]], gebruiker: int, aantal: int) -> list[str]:
    """The messages user `gebruiker` sends: its conversation, repeated when `aantal` is larger."""
    gesprek = gesprekken[gebruiker % len(gesprekken)]
    return [gesprek[i % len(gesprek)] for i in range(aantal)]


def achter_elkaar(gesprekken: list[list[str]], aantal: int) -> list[tuple[int, str]]:
    """(visitor, message) for visitors who each hold the next conversation, `aantal` in all."""
    paren: list[tuple[int, str]] = []
    bezoeker = 0
    while len(paren) < aantal:
        gesprek = gesprekken[bezoeker % len(gesprekken)]
        paren += [(bezoeker, tekst) for tekst in gesprek[: aantal - len(paren)]]
        bezoeker += 1
    return paren


async def stuur(
    sessie: aiohttp.ClientSession, url: str, afzender: str, tekst: str, belasting: Belasting, timeout_s: float
) -> None:
    """Sends one message and records its latency, or why it failed. Silence counts as a failure."""
    begin = time.perf_counter()
    try:
        async with sessie.post(
            f"{url}/webhooks/rest/webhook",
            json={"sender": afzender, "message": tekst},
            timeout=aiohttp.ClientTimeout(total=timeout_s),
        ) as antwoord:
            inhoud = await antwoord.json(content_type=None)
            if antwoord.status != 200:
                belasting.fouten.append(f"HTTP {antwoord.status} op {tekst!r}")
                return
    except (aiohttp.ClientError, asyncio.TimeoutError, ValueError) as fout:
        belasting.fouten.append(f"{type(fout).__name__} op {tekst!r}")
        return
    if not inhoud:
        belasting.fouten.append(f"geen antwoord op {tekst!r}")
        return
    latentie_ms = (time.perf_counter() - begin) * 1000
    belasting.latenties_ms.append(latentie_ms)
    belasting.berichten_ms.append((tekst, latentie_ms))


async def laat_praten(
    url: str, gesprekken: list[list[str]], gebruikers: int, berichten: int, timeout_s: float
) -> Belasting:
    """`gebruikers` users at once; each sends its messages one after another, as a person does."""
    belasting = Belasting()
    run = uuid.uuid4().hex[:8]

    async def gebruiker(nummer: int, sessie: aiohttp.ClientSession) -> None:
        afzender = f"bench-{run}-{nummer}"
        for tekst in berichten_voor(gesprekken, nummer, berichten):
            await stuur(sessie, url, afzender, tekst, belasting, timeout_s)

    async with aiohttp.ClientSession(connector=aiohttp.TCPConnector(limit=0)) as sessie:
        begin = time.perf_counter()
        await asyncio.gather(*(gebruiker(n, sessie) for n in range(gebruikers)))
        belasting.duur_s = time.perf_counter() - begin
    return belasting


async def na_elkaar(url: str, gesprekken: list[list[str]], berichten: int, timeout_s: float) -> Belasting:
    """One visitor after another, each with a conversation of its own, `berichten` in all."""
    belasting = Belasting()
    run = uuid.uuid4().hex[:8]
    async with aiohttp.ClientSession() as sessie:
        begin = time.perf_counter()
        for bezoeker, tekst in achter_elkaar(gesprekken, berichten):
            await stuur(sessie, url, f"bench-{run}-{bezoeker}", tekst, belasting, timeout_s)
        belasting.duur_s = time.perf_counter() - begin
    return belasting


def piek_rss_mb(pid: int) -> float:
    """Peak resident memory (VmHWM) of the process and its children, as the kernel counted it."""
    totaal_kb = 0
    for proces in [pid, *kinderen(pid)]:
        try:
            status = Path(f"/proc/{proces}/status").read_text()
        except OSError:
            continue
        for regel in status.splitlines():
            if regel.startswith("VmHWM:"):
                totaal_kb += int(regel.split()[1])
    return totaal_kb / 1024


def kinderen(pid: int) -> list[int]:
    gevonden = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            velden = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(velden[1]) == pid:
            kind = int(stat.parent.name)
            gevonden += [kind, *kinderen(kind)]
    return gevonden


class RasaServer:
    """`rasa run` with one model on 127.0.0.1:port, as `make serve` starts it."""

    def __init__(self, model: Path, poort: int, log: Path, endpoints: Path, extra_args: list[str]):
        self.model, self.poort, self.log, self.extra_args = model, poort, log, extra_args
        self.endpoints = endpoints
        self.url = f"http://127.0.0.1:{poort}"
        self.token = secrets.token_urlsafe(24)
        self.proces: subprocess.Popen | None = None

    def start(self, max_wacht_s: float) -> float:
        """Starts the server; returns seconds from process start until the model is loaded."""
        # As `make serve` starts it (python -m server), with the HTTP API on behind a token made
        # for this run only: /status tells when the model is loaded. Conversations go to a
        # database of this run.
        opdracht = _script("evalueer_gesprekken").rasa_opdracht(
            self.poort, self.model, "--endpoints", str(self.endpoints), *self.extra_args
        )
        omgeving = {
            **os.environ,
            "WLZ_API_TOKEN": self.token,
            "WLZ_GESPREKKEN_DB": str(self.log.with_suffix(".db")),
        }
        self.log.with_suffix(".db").unlink(missing_ok=True)
        self.log.parent.mkdir(parents=True, exist_ok=True)
        begin = time.perf_counter()
        with self.log.open("w") as log:
            self.proces = subprocess.Popen(
                opdracht, cwd=REPO, stdout=log, stderr=subprocess.STDOUT, env=omgeving
            )
        while time.perf_counter() - begin < max_wacht_s:
            if self.proces.poll() is not None:
                raise RuntimeError(f"Rasa stopte tijdens het starten; zie {self.log}")
            if self._model_geladen():
                return time.perf_counter() - begin
            time.sleep(0.05)
        raise RuntimeError(f"Rasa had na {max_wacht_s:.0f} s nog geen model; zie {self.log}")

    def _model_geladen(self) -> bool:
        try:
            with urllib.request.urlopen(f"{self.url}/status?token={self.token}", timeout=1) as antwoord:
                return bool(json.load(antwoord).get("model_id"))
        except (OSError, ValueError):
            return False

    def stop(self) -> None:
        if self.proces and self.proces.poll() is None:
            self.proces.terminate()
            try:
                self.proces.wait(timeout=20)
            except subprocess.TimeoutExpired:
                self.proces.kill()
                self.proces.wait()


def meet(naam: str, model: Path, args: argparse.Namespace, gesprekken: list[list[str]], poort: int) -> Meting:
    server = RasaServer(
        model, poort, args.uit.parent / "bench" / f"rasa-{naam}.log", args.endpoints, args.rasa_arg
    )
    try:
        print(f"[{naam}] Rasa starten met {model} …", flush=True)
        opstart_s = server.start(args.max_opstart)
        print(f"[{naam}] model geladen na {opstart_s:.1f} s", flush=True)
        # The first answer after start pays one-off costs (graph tracing, caches); reported apart.
        eerste = asyncio.run(laat_praten(server.url, [["hallo"]], 1, 1, args.timeout))
        eerste_ms = eerste.latenties_ms[0] if eerste.latenties_ms else float("nan")
        asyncio.run(na_elkaar(server.url, gesprekken, args.opwarmen, args.timeout))
        enkel = asyncio.run(na_elkaar(server.url, gesprekken, args.enkel, args.timeout))
        enkel.fouten += [f"eerste bericht: {fout}" for fout in eerste.fouten]
        print(f"[{naam}] één gebruiker: p50 {percentiel(enkel.latenties_ms, 50):.0f} ms", flush=True)
        gelijktijdig = asyncio.run(
            laat_praten(server.url, gesprekken, args.gebruikers, args.berichten, args.timeout)
        )
        assert server.proces is not None  # started by server.start()
        rss = piek_rss_mb(server.proces.pid)
    finally:
        server.stop()
    meting = Meting(naam, str(model), opstart_s, eerste_ms, rss, enkel, gelijktijdig)
    cijfers = meting.kerncijfers()
    print(
        f"[{naam}] {args.gebruikers} gebruikers: p95 {cijfers['p95_ms']:.0f} ms, "
        f"{cijfers['berichten_per_s']:.1f} berichten/s, {cijfers['fouten']} fouten, "
        f"piek-RSS {rss:.0f} MB",
        flush=True,
    )
    return meting


def getal(waarde: float, eenheid: str = "") -> str:
    if waarde != waarde:  # NaN: nothing measured
        return "–"
    if not eenheid:
        return f"{waarde:g}"
    return f"{waarde:.0f}{eenheid}" if abs(waarde) >= 100 else f"{waarde:.1f}{eenheid}"


def rapport(metingen: list[Meting], args: argparse.Namespace, overige: dict[str, float] | None = None) -> str:
    """The Markdown report, for both kinds of run.

    Without `overige`: one column per model; the bot (the first) is compared with each other model
    and with DOELEN. With `overige` (peak memory in MB of the other parts of the production
    topology): one column per number of replicas, the last compared with the first.
    """
    productie = overige is not None
    cpu = next(
        (
            regel.split(":", 1)[1].strip()
            for regel in Path("/proc/cpuinfo").read_text().splitlines()
            if regel.startswith("model name")
        ),
        platform.processor(),
    )
    if productie:
        titel, opwarmen = "Benchmark Wlz-assistent in productie", "per replica "
        opstelling = (
            "REST-kanaal via nginx; gesprekken in PostgreSQL, vergrendeling in Redis, action server, "
            "alles op deze machine (ook de belasting zelf)."
        )
        eerste_rijen = [
            ("gereed (start → klaar; bij meer replica's: de nieuwe)", "opstart_s", " s"),
            ("piek-RSS van de replica's samen", "piek_rss_mb", " MB"),
            ("eerste antwoord van een nieuwe replica", "eerste_antwoord_ms", " ms"),
        ]
    else:
        titel, opwarmen = "Benchmark Wlz-assistent", ""
        opstelling = "REST-kanaal, action server draait mee."
        eerste_rijen = [
            ("opstarttijd (start → model geladen)", "opstart_s", " s"),
            ("piek-RSS Rasa-server", "piek_rss_mb", " MB"),
            ("eerste antwoord na de start", "eerste_antwoord_ms", " ms"),
        ]
    regels = [
        f"# {titel}",
        "",
        f"Gemeten op {datetime.now(timezone.utc):%Y-%m-%d %H:%M} UTC, {os.cpu_count()} cores ({cpu}), "
        f"Python {platform.python_version()}. {opstelling}",
        f"Belasting: {args.gebruikers} gelijktijdige gebruikers × {args.berichten} berichten (elke "
        f"gebruiker wacht op het antwoord voor het volgende bericht); één gebruiker alleen: {args.enkel} "
        f"berichten van bezoekers na elkaar, na {args.opwarmen} {opwarmen}om op te warmen. "
        "Gesprekken: `scripts/bench_gesprekken.yml`. Een bericht zonder antwoord telt als fout.",
        "",
    ]
    rijen = [
        *eerste_rijen,
        ("één gebruiker: p50", "enkel_p50_ms", " ms"),
        ("één gebruiker: p95", "enkel_p95_ms", " ms"),
        (f"{args.gebruikers} gebruikers: p50", "p50_ms", " ms"),
        (f"{args.gebruikers} gebruikers: p95", "p95_ms", " ms"),
        (f"{args.gebruikers} gebruikers: p99", "p99_ms", " ms"),
        (f"{args.gebruikers} gebruikers: doorvoer", "berichten_per_s", " berichten/s"),
        ("fouten", "fouten", ""),
    ]
    namen = [m.naam if productie else f"`{m.naam}`" for m in metingen]
    cijfers = [m.kerncijfers() for m in metingen]
    if productie:
        vergelijk = [f"{namen[-1]} t.o.v. {namen[0]}"] if len(metingen) > 1 else []
    else:
        vergelijk = [f"{namen[0]} t.o.v. {naam}" for naam in namen[1:]] + ["doel", "gehaald"]
    kop = ["", *namen, *vergelijk]
    regels += ["| " + " | ".join(kop) + " |", "|" + "---|" * len(kop)]
    for label, sleutel, eenheid in rijen:
        cellen = [label, *(getal(c[sleutel], eenheid) for c in cijfers)]
        if productie:
            cellen += [groei(cijfers[0][sleutel], cijfers[-1][sleutel], sleutel)] if len(metingen) > 1 else []
        else:
            cellen += [verhouding(cijfers[0][sleutel], c[sleutel], sleutel) for c in cijfers[1:]]
            cellen += doel(cijfers[0][sleutel], sleutel, eenheid)
        regels.append("| " + " | ".join(cellen) + " |")
    if overige is not None:
        andere = ", ".join(f"{naam} {mb:.0f} MB" for naam, mb in overige.items())
        regels += ["", f"Piek-RSS van de andere onderdelen: {andere}.", ""]
    else:
        regels += [
            "",
            "Verhouding: hoeveel keer beter de bot is (sneller, minder geheugen, meer "
            "doorvoer); onder 1 is slechter.",
            "",
        ]
    for naam, meting in zip(namen, metingen, strict=True):
        fouten = meting.enkel.fouten + meting.gelijktijdig.fouten
        if fouten:
            regels += [f"Fouten bij {naam} (eerste tien):", "", *(f"- {fout}" for fout in fouten[:10]), ""]
    if not productie:
        for naam, meting in zip(namen, metingen, strict=True):
            traagste = sorted(meting.enkel.berichten_ms, key=lambda paar: -paar[1])[:5]
            regels += [
                f"Traagste berichten bij één gebruiker ({naam}):",
                "",
                *(f"- {ms:.0f} ms: {tekst!r}" for tekst, ms in traagste),
                "",
            ]
        regels += [
            "Modellen:",
            "",
            *(f"- {naam}: `{m.model}`" for naam, m in zip(namen, metingen, strict=True)),
            "",
        ]
    return "\n".join(regels)


def verhouding(bot: float, ander: float, sleutel: str) -> str:
    """How many times better the bot is than another model (faster, less memory, more throughput)."""
    if sleutel == "fouten" or not bot or not ander or bot != bot or ander != ander:
        return ""
    factor = bot / ander if sleutel == "berichten_per_s" else ander / bot
    return f"{factor:.1f}×"


def groei(eerste: float, laatste: float, sleutel: str) -> str:
    """The last number of replicas against the first, for throughput, latency and memory."""
    if sleutel not in ("berichten_per_s", "p95_ms", "p50_ms", "piek_rss_mb") or not eerste:
        return ""
    return f"{laatste / eerste:.2f}×"


def doel(waarde: float, sleutel: str, eenheid: str) -> list[str]:
    """The target's cells (target, met or not); empty cells for a figure without a target."""
    if sleutel not in DOELEN:
        return ["", ""]
    _, teken, grens = DOELEN[sleutel]
    return [
        f"{'≤' if teken == '<=' else '≥'} {getal(grens, eenheid)}",
        "ja" if gehaald(waarde, teken, grens) else "**nee**",
    ]


def gehaald(waarde: float, teken: str, grens: float) -> bool:
    if waarde != waarde:
        return False
    return waarde <= grens if teken == "<=" else waarde >= grens


def _script(naam: str) -> ModuleType:
    """Another file in scripts/, also when this file runs as a script (scripts/ is not a package)."""
    if str(REPO) not in sys.path:
        sys.path.insert(0, str(REPO))
    return importlib.import_module(f"scripts.{naam}")


def meet_productie(
    naam: str, model: Path, args: argparse.Namespace, gesprekken: list[list[str]]
) -> tuple[list[Meting], dict[str, float]]:
    """The load through nginx with each number of replicas in args.productie (ascending), on one
    topology: a replica is added between the measurements. Also returns the peak memory of the
    other parts (MB)."""
    productie = _script("productie")
    map_ = Path(tempfile.mkdtemp(prefix="wlz-bench-productie-"))
    map_.chmod(0o755)  # PostgreSQL and Redis run as their own users when this runs as root
    p = args.poort
    inst = productie.Instellingen.uit_omgeving(
        {},
        map=map_,
        replicas=args.productie[0],
        poort=p,
        rasa_poort=p + 1,
        acties_poort=p + 20,
        db_poort=p + 21,
        redis_poort=p + 22,
        model=(REPO / model).resolve(),
        opstart_timeout_s=args.max_opstart,
    )
    topologie = productie.Topologie(inst)
    metingen: list[Meting] = []
    gewarmd: set[int] = set()
    try:
        print(
            f"[productie] PostgreSQL, Redis, action server, {args.productie[0]} replica('s) en nginx "
            f"starten in {map_} …",
            flush=True,
        )
        begin = time.perf_counter()
        topologie.start()
        opstart_s = time.perf_counter() - begin
        for aantal in args.productie:
            if aantal > len(topologie.replicas):
                begin = time.perf_counter()
                topologie.schaal(aantal)
                opstart_s = time.perf_counter() - begin
            productie.wacht_tot(lambda n=aantal: len(topologie.nginx_poorten) == n, 30, wat="nginx")
            label = f"{aantal} replica" + ("'s" if aantal > 1 else "")
            print(f"[productie] {label}: gereed na {opstart_s:.1f} s", flush=True)
            # A new replica answers its first message slowly (graph tracing): warm each one directly.
            eerste_ms = float("nan")
            for replica in [r for r in topologie.replicas if r.nummer not in gewarmd]:
                eerste = asyncio.run(laat_praten(replica.url, [["hallo"]], 1, 1, args.timeout))
                if eerste.latenties_ms:
                    eerste_ms = eerste.latenties_ms[0]
                asyncio.run(na_elkaar(replica.url, gesprekken, args.opwarmen, args.timeout))
                gewarmd.add(replica.nummer)
            enkel = asyncio.run(na_elkaar(inst.url, gesprekken, args.enkel, args.timeout))
            gelijktijdig = asyncio.run(
                laat_praten(inst.url, gesprekken, args.gebruikers, args.berichten, args.timeout)
            )
            rss = sum(piek_rss_mb(r.proces.pid) for r in topologie.replicas if r.proces)
            meting = Meting(label, str(model), opstart_s, eerste_ms, rss, enkel, gelijktijdig)
            cijfers = meting.kerncijfers()
            print(
                f"[productie] {label}: p95 {cijfers['p95_ms']:.0f} ms, {cijfers['berichten_per_s']:.1f} "
                f"berichten/s, {cijfers['fouten']} fouten, piek-RSS replica's {rss:.0f} MB",
                flush=True,
            )
            metingen.append(meting)
        overige = {
            naam: piek_rss_mb(deel.proces.pid)
            for naam, deel in (
                ("PostgreSQL", topologie.postgres),
                ("Redis", topologie.redis),
                ("action server", topologie.acties),
                ("nginx", topologie.nginx),
            )
            if deel is not None and deel.proces is not None
        }
    finally:
        topologie.stop()
        shutil.rmtree(map_, ignore_errors=True)
    return metingen, overige


def lees_args(argv: list[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--model",
        action="append",
        required=True,
        metavar="NAAM=PAD",
        help="model om te meten; het eerste is de bot, de andere ter vergelijking",
    )
    parser.add_argument("--gebruikers", type=int, default=16)
    parser.add_argument("--berichten", type=int, default=10, help="berichten per gebruiker")
    parser.add_argument(
        "--enkel",
        type=int,
        default=40,
        help="berichten van bezoekers na elkaar, nooit twee tegelijk (p50 bij één gebruiker)",
    )
    parser.add_argument("--opwarmen", type=int, default=5)
    parser.add_argument("--poort", type=int, default=5090, help="eerste poort voor Rasa")
    parser.add_argument("--timeout", type=float, default=30.0, help="seconden per bericht")
    parser.add_argument("--max-opstart", type=float, default=600.0)
    parser.add_argument(
        "--endpoints",
        type=Path,
        default=REPO / "endpoints.yml",
        help="bijvoorbeeld met Redis als tracker- en lock store (nodig voor SANIC_WORKERS > 1)",
    )
    parser.add_argument(
        "--rasa-arg", action="append", default=[], help="extra argument voor `rasa run` (herhaalbaar)"
    )
    parser.add_argument("--uit", type=Path, default=REPO / "results" / "bench.md")
    parser.add_argument(
        "--productie",
        metavar="AANTALLEN",
        help="meet via de productietopologie (nginx, PostgreSQL, Redis) met deze aantallen "
        "replica's na elkaar, bv. 1,2; alleen het eerste --model; --poort is dan "
        "de poort van nginx",
    )
    args = parser.parse_args(argv)
    if args.productie is not None:
        try:
            args.productie = sorted({int(a) for a in args.productie.split(",") if a.strip()})
        except ValueError:
            parser.error(f"--productie {args.productie}: verwacht aantallen zoals 1,2")
        if not args.productie or args.productie[0] < 1:
            parser.error("--productie: minstens één replica")
    for waarde in ("gebruikers", "berichten", "enkel"):
        if getattr(args, waarde) < 1:
            parser.error(f"--{waarde} moet minstens 1 zijn")
    args.modellen = []
    for model in args.model:
        naam, _, pad = model.partition("=")
        if not pad or not (REPO / pad).is_file():
            parser.error(f"--model {model}: verwacht NAAM=PAD naar een bestaand model")
        args.modellen.append((naam, Path(pad)))
    return args


def main(argv: list[str] | None = None) -> int:
    args = lees_args(argv)
    gesprekken = laad_gesprekken()
    # A server or topology that does not start: say so, no stack trace.
    stoppers: tuple[type[Exception], ...] = (RuntimeError,)
    overige: dict[str, float] | None = None
    try:
        if args.productie:
            stoppers += (_script("productie").ProductieFout,)
            naam, pad = args.modellen[0]
            metingen, overige = meet_productie(naam, pad, args, gesprekken)
        else:
            metingen = [
                meet(naam, pad, args, gesprekken, args.poort + i)
                for i, (naam, pad) in enumerate(args.modellen)
            ]
    except stoppers as fout:
        print(f"Benchmark gestopt: {fout}", file=sys.stderr)
        return 1
    per_meting = [{**asdict(m), "kerncijfers": m.kerncijfers()} for m in metingen]
    ruw = per_meting if overige is None else {"metingen": per_meting, "overige_piek_rss_mb": overige}
    args.uit.parent.mkdir(parents=True, exist_ok=True)
    args.uit.write_text(rapport(metingen, args, overige), encoding="utf-8")
    args.uit.with_suffix(".json").write_text(json.dumps(ruw, indent=1), encoding="utf-8")
    print(f"Rapport: {args.uit}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
