"""Evaluation of the Wlz-assistent with realistic conversations (tests/evaluatie/gesprekken.yml).

Sends every case of the evaluation set through Rasa's REST channel (each case with its own sender
id, its turns in order), judges the replies against what the ideal bot should say (`bevat`,
`een_van`, `niet`), and reports the share of right answers overall, per topic and per way of
typing, plus how long the answers are (messages and words per turn). Every wrong case is listed
with the bot's reply.

Without --url the script starts the action server and one Rasa server itself, as the integration
tests do (`python -m server run`, loopback only, ports 15300-15399, a temporary SQLite store), at
low CPU priority, and stops them at the end. With --url it talks to a server that already runs.

Writes results/evaluatie-gesprekken.md and .json. Exit code: 0 when the share of right cases is at
least --minimum, 1 below it, 2 when the evaluation could not run (set-up, server).
"""

from __future__ import annotations

import argparse
import json
import math
import os
import re
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import unicodedata
import urllib.error
import urllib.request
import uuid
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

import yaml

REPO = Path(__file__).resolve().parent.parent
GESPREKKEN = REPO / "tests" / "evaluatie" / "gesprekken.yml"
MODEL = REPO / "models" / "wlz-assistent.tar.gz"
UIT = REPO / "results" / "evaluatie-gesprekken.md"

# Ports this script may use when it starts servers itself (agreed range, loopback only).
POORT_VAN, POORT_TOT = 15300, 15399
# An answer should stay short for B1 readers: more than this per turn is reported.
MAX_BERICHTEN = 3
MAX_WOORDEN = 90
STANDAARD_MINIMUM = 0.95

# Topic labels: the sections of actions/onderwerpen.yml, the calculator form and small talk.
ONDERWERPEN = (
    "algemeen",
    "kosten",
    "rekenhulp",
    "zorgvraag",
    "zorg_ontvangen",
    "zorg_thuis",
    "verblijf",
    "zorgplan_hulp",
    "niet_tevreden",
    "contact",
    "gesprek",
)
KENMERKEN = (
    "kort",
    "lang",
    "typfout",
    "informeel",
    "twee_vragen",
    "vervolg",
    "naaste",
    "regio_zz",
    "regio_elders",
    "zorg",
    "formulier",
)
VERWACHT_SLEUTELS = ("bevat", "een_van", "niet")

# A function that sends one message for one sender and returns the bot's messages (REST format).
Stuur = Callable[[str, str], list[dict[str, Any]]]


class EvaluatieFout(Exception):
    """The evaluation cannot run (bad evaluation file, server that does not start)."""


# --------------------------------------------------------------------------------------------
# Normalisation and judging


def _zonder_accenten(tekst: str) -> str:
    return "".join(t for t in unicodedata.normalize("NFKD", tekst) if not unicodedata.combining(t))


def normaliseer(tekst: str) -> str:
    """Text for matching: lower case, no accents, one kind of quote, single spaces, and digit groups
    joined, so "(071) 5 825 888" = "071-5825888" and "€ 3.061,80" = "3061,80"."""
    t = _zonder_accenten(tekst).lower()
    t = t.replace("\u2019", "'").replace("\u2018", "'").replace("\u201c", '"').replace("\u201d", '"')
    t = re.sub(r"\s+", " ", t)
    t = re.sub(r"(?<=\d)[ ().\-\u2013]+(?=\d)", "", t)
    t = re.sub(r"(?<=\d) ?(%|procent)", "%", t)
    return t.strip()


@dataclass(frozen=True)
class Verwachting:
    """What a reply must hold: all of `bevat`, one of each group in `een_van`, none of `niet`."""

    bevat: tuple[str, ...] = ()
    een_van: tuple[tuple[str, ...], ...] = ()
    niet: tuple[str, ...] = ()

    @classmethod
    def uit(cls, gegevens: Any, waar: str) -> Verwachting:
        if not isinstance(gegevens, dict):
            raise EvaluatieFout(f"{waar}: 'verwacht' moet een mapping zijn")
        onbekend = set(gegevens) - set(VERWACHT_SLEUTELS)
        if onbekend:
            raise EvaluatieFout(f"{waar}: onbekende sleutel(s) in 'verwacht': {', '.join(sorted(onbekend))}")

        def lijst(sleutel: str) -> tuple[str, ...]:
            waarde = gegevens.get(sleutel) or []
            if not isinstance(waarde, list) or not all(isinstance(w, (str, int)) for w in waarde):
                raise EvaluatieFout(f"{waar}: '{sleutel}' moet een lijst met teksten zijn")
            return tuple(str(w) for w in waarde if str(w).strip())

        groepen_ruw = gegevens.get("een_van") or []
        if not isinstance(groepen_ruw, list):
            raise EvaluatieFout(f"{waar}: 'een_van' moet een lijst zijn")
        if groepen_ruw and all(isinstance(g, list) for g in groepen_ruw):
            groepen = tuple(tuple(str(w) for w in g) for g in groepen_ruw)
        elif all(isinstance(g, (str, int)) for g in groepen_ruw):
            groepen = (tuple(str(w) for w in groepen_ruw),) if groepen_ruw else ()
        else:
            raise EvaluatieFout(f"{waar}: 'een_van' is een lijst met teksten, of een lijst met lijsten")
        if any(not g for g in groepen):
            raise EvaluatieFout(f"{waar}: lege groep in 'een_van'")
        verwachting = cls(bevat=lijst("bevat"), een_van=groepen, niet=lijst("niet"))
        if not verwachting.bevat and not verwachting.een_van:
            raise EvaluatieFout(f"{waar}: 'verwacht' noemt niets dat in het antwoord moet staan")
        return verwachting


@dataclass(frozen=True)
class Oordeel:
    """The judgement of one reply; empty lists when nothing is wrong."""

    ontbreekt: tuple[str, ...] = ()
    een_van_gemist: tuple[tuple[str, ...], ...] = ()
    verboden: tuple[str, ...] = ()

    @property
    def goed(self) -> bool:
        return not (self.ontbreekt or self.een_van_gemist or self.verboden)

    def uitleg(self) -> str:
        delen = []
        if self.ontbreekt:
            delen.append("ontbreekt: " + ", ".join(f"'{t}'" for t in self.ontbreekt))
        for groep in self.een_van_gemist:
            delen.append("geen van: " + " / ".join(f"'{t}'" for t in groep))
        if self.verboden:
            delen.append("mag niet: " + ", ".join(f"'{t}'" for t in self.verboden))
        return "; ".join(delen) if delen else "goed"


def beoordeel(verwachting: Verwachting, antwoord: str) -> Oordeel:
    """Judges a reply (all bot texts of one turn) against the expectation."""
    tekst = normaliseer(antwoord)

    def staat_erin(zoek: str) -> bool:
        return normaliseer(zoek) in tekst

    return Oordeel(
        ontbreekt=tuple(t for t in verwachting.bevat if not staat_erin(t)),
        een_van_gemist=tuple(g for g in verwachting.een_van if not any(staat_erin(t) for t in g)),
        verboden=tuple(t for t in verwachting.niet if staat_erin(t)),
    )


# --------------------------------------------------------------------------------------------
# The evaluation set


@dataclass(frozen=True)
class Beurt:
    tekst: str
    verwacht: Verwachting | None = None


@dataclass(frozen=True)
class Geval:
    id: str
    onderwerp: str
    beurten: tuple[Beurt, ...]
    intents: tuple[str, ...] = ()
    kenmerken: tuple[str, ...] = ()
    bron: str = ""


def _geval(ruw: Any, nummer: int) -> Geval:
    if not isinstance(ruw, dict):
        raise EvaluatieFout(f"geval {nummer}: moet een mapping zijn")
    gid = str(ruw.get("id") or "").strip()
    waar = f"geval {gid or nummer}"
    if not gid:
        raise EvaluatieFout(f"{waar}: 'id' ontbreekt")
    onderwerp = ruw.get("onderwerp")
    if onderwerp not in ONDERWERPEN:
        raise EvaluatieFout(f"{waar}: onderwerp {onderwerp!r} is niet een van {', '.join(ONDERWERPEN)}")
    kenmerken = tuple(ruw.get("kenmerken") or ())
    vreemd = [k for k in kenmerken if k not in KENMERKEN]
    if vreemd:
        raise EvaluatieFout(f"{waar}: onbekende kenmerken {vreemd}; kies uit {', '.join(KENMERKEN)}")
    intents = ruw.get("intent") or ()
    intents = (intents,) if isinstance(intents, str) else tuple(intents)
    beurten_ruw = ruw.get("beurten")
    if not isinstance(beurten_ruw, list) or not beurten_ruw:
        raise EvaluatieFout(f"{waar}: 'beurten' moet een niet-lege lijst zijn")
    beurten: list[Beurt] = []
    for i, b in enumerate(beurten_ruw, 1):
        if isinstance(b, (str, int)):
            beurten.append(Beurt(str(b)))
        elif isinstance(b, dict) and "tekst" in b:
            verwacht = Verwachting.uit(b["verwacht"], f"{waar}, beurt {i}") if "verwacht" in b else None
            beurten.append(Beurt(str(b["tekst"]), verwacht))
        else:
            raise EvaluatieFout(f"{waar}, beurt {i}: een tekst of {{tekst: ..., verwacht: ...}}")
        if not beurten[-1].tekst.strip():
            raise EvaluatieFout(f"{waar}, beurt {i}: lege tekst")
    # The case-level expectation judges the last turn (unless that turn has its own).
    if "verwacht" in ruw:
        if beurten[-1].verwacht is not None:
            raise EvaluatieFout(f"{waar}: laatste beurt heeft al een eigen 'verwacht'")
        beurten[-1] = Beurt(beurten[-1].tekst, Verwachting.uit(ruw["verwacht"], waar))
    if beurten[-1].verwacht is None:
        raise EvaluatieFout(f"{waar}: de laatste beurt heeft geen 'verwacht'")
    return Geval(
        id=gid,
        onderwerp=onderwerp,
        beurten=tuple(beurten),
        intents=intents,
        kenmerken=kenmerken,
        bron=str(ruw.get("bron") or ""),
    )


def laad_gevallen(pad: Path = GESPREKKEN) -> list[Geval]:
    """The cases of the evaluation set, checked (EvaluatieFout on anything malformed)."""
    try:
        inhoud = yaml.safe_load(pad.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as fout:
        raise EvaluatieFout(f"{pad}: {fout}") from fout
    if not isinstance(inhoud, dict) or not isinstance(inhoud.get("gevallen"), list):
        raise EvaluatieFout(f"{pad}: verwacht een lijst 'gevallen'")
    gevallen = [_geval(ruw, n) for n, ruw in enumerate(inhoud["gevallen"], 1)]
    gezien: dict[str, int] = {}
    for g in gevallen:
        gezien[g.id] = gezien.get(g.id, 0) + 1
    dubbel = sorted(i for i, n in gezien.items() if n > 1)
    if dubbel:
        raise EvaluatieFout(f"{pad}: dubbele id's: {', '.join(dubbel)}")
    return gevallen


# --------------------------------------------------------------------------------------------
# Running the cases


@dataclass
class BeurtUitslag:
    tekst: str
    berichten: list[dict[str, Any]] = field(default_factory=list)
    verwacht: Verwachting | None = None
    oordeel: Oordeel | None = None
    fout: str | None = None

    @property
    def antwoord(self) -> str:
        """All texts of the bot in this turn, one per line."""
        return "\n".join(str(b["text"]) for b in self.berichten if b.get("text"))

    @property
    def knoppen(self) -> list[str]:
        return [str(k.get("title", "")) for b in self.berichten for k in (b.get("buttons") or [])]

    @property
    def aantal_berichten(self) -> int:
        return len(self.berichten)

    @property
    def woorden(self) -> int:
        return len(self.antwoord.split())

    @property
    def beoordeeld(self) -> bool:
        return self.verwacht is not None

    @property
    def goed(self) -> bool:
        if self.fout is not None:
            return False
        return self.oordeel is None or self.oordeel.goed


@dataclass
class GevalUitslag:
    geval: Geval
    beurten: list[BeurtUitslag]

    @property
    def goed(self) -> bool:
        # A case is right when every judged turn is right and no turn failed to get an answer.
        return all(b.goed for b in self.beurten) and len(self.beurten) == len(self.geval.beurten)


def voer_uit(
    gevallen: Sequence[Geval],
    stuur: Stuur,
    run: str | None = None,
    voortgang: Callable[[int, int, GevalUitslag], None] | None = None,
) -> list[GevalUitslag]:
    """Holds every case as a conversation of its own and judges the marked turns. A turn that gets
    no reply (error, timeout, empty answer) counts as wrong; the rest of that case is skipped."""
    run = run or uuid.uuid4().hex[:8]
    uitslagen: list[GevalUitslag] = []
    for nummer, geval in enumerate(gevallen, 1):
        afzender = f"evaluatie-{run}-{geval.id}"
        beurten: list[BeurtUitslag] = []
        for beurt in geval.beurten:
            uitslag = BeurtUitslag(beurt.tekst, verwacht=beurt.verwacht)
            beurten.append(uitslag)
            try:
                uitslag.berichten = list(stuur(afzender, beurt.tekst))
            except Exception as fout:  # noqa: BLE001 - any failure of one message is reported, not fatal
                uitslag.fout = f"{type(fout).__name__}: {fout}"
                break
            if not uitslag.berichten:
                uitslag.fout = "geen antwoord"
                break
            if beurt.verwacht is not None:
                uitslag.oordeel = beoordeel(beurt.verwacht, uitslag.antwoord)
        resultaat = GevalUitslag(geval, beurten)
        uitslagen.append(resultaat)
        if voortgang:
            voortgang(nummer, len(gevallen), resultaat)
    return uitslagen


# --------------------------------------------------------------------------------------------
# Figures


def percentiel(waarden: Sequence[float], p: float) -> float:
    """Nearest-rank percentile (as scripts/bench.py); NaN for no values."""
    if not waarden:
        return float("nan")
    geordend = sorted(waarden)
    rang = max(1, math.ceil(len(geordend) * p / 100))
    return float(geordend[rang - 1])


def verdeling(waarden: Sequence[float]) -> dict[str, float]:
    if not waarden:
        return {"mediaan": float("nan"), "p90": float("nan"), "max": float("nan")}
    return {
        "mediaan": float(statistics.median(waarden)),
        "p90": percentiel(waarden, 90),
        "max": float(max(waarden)),
    }


def _aandeel(goed: int, totaal: int) -> float:
    return goed / totaal if totaal else 0.0


def _per(
    uitslagen: Sequence[GevalUitslag], sleutels: Callable[[Geval], Iterable[str]], volgorde: Sequence[str]
) -> dict[str, dict[str, Any]]:
    tellers: dict[str, list[int]] = {}
    for u in uitslagen:
        for s in sleutels(u.geval):
            t = tellers.setdefault(s, [0, 0])
            t[0] += 1
            t[1] += int(u.goed)
    geordend = [s for s in volgorde if s in tellers] + sorted(s for s in tellers if s not in volgorde)
    return {
        s: {
            "gevallen": tellers[s][0],
            "goed": tellers[s][1],
            "aandeel": _aandeel(tellers[s][1], tellers[s][0]),
        }
        for s in geordend
    }


def samenvatting(uitslagen: Sequence[GevalUitslag]) -> dict[str, Any]:
    """Shares right (overall, per topic, per way of typing) and the length of the answers."""
    goed = sum(u.goed for u in uitslagen)
    beantwoord = [b for u in uitslagen for b in u.beurten if b.fout is None]
    berichten = [b.aantal_berichten for b in beantwoord]
    woorden = [b.woorden for b in beantwoord]
    beurten = [(u.geval.id, i, b) for u in uitslagen for i, b in enumerate(u.beurten, 1) if b.fout is None]
    te_veel_berichten = [x for x in beurten if x[2].aantal_berichten > MAX_BERICHTEN]
    te_veel_woorden = [x for x in beurten if x[2].woorden > MAX_WOORDEN]
    te_lang = sorted(
        (x for x in beurten if x[2].aantal_berichten > MAX_BERICHTEN or x[2].woorden > MAX_WOORDEN),
        key=lambda x: (-x[2].woorden, -x[2].aantal_berichten, x[0]),
    )
    return {
        "gevallen": len(uitslagen),
        "goed": goed,
        "aandeel": _aandeel(goed, len(uitslagen)),
        "berichten_gestuurd": sum(len(u.beurten) for u in uitslagen),
        "beurten_beoordeeld": sum(b.beoordeeld for u in uitslagen for b in u.beurten),
        "zonder_antwoord": sum(b.fout is not None for u in uitslagen for b in u.beurten),
        "per_onderwerp": _per(uitslagen, lambda g: [g.onderwerp], ONDERWERPEN),
        "per_kenmerk": _per(uitslagen, lambda g: g.kenmerken or ("(geen)",), KENMERKEN),
        "lengte": {
            "beurten": len(beantwoord),
            "berichten_per_beurt": verdeling(berichten),
            "woorden_per_beurt": verdeling(woorden),
            "max_berichten": MAX_BERICHTEN,
            "max_woorden": MAX_WOORDEN,
            "boven_max_berichten": len(te_veel_berichten),
            "boven_max_woorden": len(te_veel_woorden),
            "aandeel_boven_max_berichten": _aandeel(len(te_veel_berichten), len(beantwoord)),
            "aandeel_boven_max_woorden": _aandeel(len(te_veel_woorden), len(beantwoord)),
            "te_lang": [
                {
                    "geval": gid,
                    "beurt": i,
                    "tekst": b.tekst,
                    "berichten": b.aantal_berichten,
                    "woorden": b.woorden,
                }
                for gid, i, b in te_lang
            ],
        },
    }


# --------------------------------------------------------------------------------------------
# Reports


def _pct(aandeel: float) -> str:
    return f"{aandeel * 100:.1f} %".replace(".", ",")


def _getal(waarde: float) -> str:
    if waarde != waarde:  # NaN
        return "–"
    return f"{waarde:g}".replace(".", ",")


def _citaat(tekst: str) -> list[str]:
    return ["   > " + (regel if regel.strip() else "") for regel in tekst.splitlines()] or ["   > (leeg)"]


def rapport_markdown(uitslagen: Sequence[GevalUitslag], cijfers: dict[str, Any], meta: dict[str, Any]) -> str:
    minimum = meta.get("minimum", STANDAARD_MINIMUM)
    gehaald = cijfers["aandeel"] >= minimum
    lengte = cijfers["lengte"]
    regels = [
        "# Evaluatie met echte gesprekken",
        "",
        f"Gemeten op {meta.get('datum', '?')} tegen {meta.get('server', '?')}"
        + (f" (model `{meta['model']}`)" if meta.get("model") else "")
        + ".",
        f"Evaluatieset: `{meta.get('gesprekken', '?')}`: {cijfers['gevallen']} gevallen, "
        f"{cijfers['berichten_gestuurd']} berichten van gebruikers, "
        f"{cijfers['beurten_beoordeeld']} beoordeelde "
        "beurten. Elk geval is een eigen gesprek; alleen de laatste beurt telt, tenzij een eerdere beurt "
        "een eigen verwachting heeft. Goed = alle teksten van `bevat`, "
        "van elke groep in `een_van` minstens één "
        "en niets uit `niet` in de antwoorden van de bot (hoofdletters, accenten en spaties in nummers "
        "tellen niet mee). Knoppen tellen niet als antwoord.",
        "",
        f"## Uitkomst: {cijfers['goed']} van {cijfers['gevallen']} goed ({_pct(cijfers['aandeel'])})",
        "",
        f"Minimum {_pct(minimum)}: **{'gehaald' if gehaald else 'niet gehaald'}**."
        + (
            f" {cijfers['zonder_antwoord']} berichten kregen geen antwoord."
            if cijfers["zonder_antwoord"]
            else ""
        ),
        "",
        "### Per onderwerp",
        "",
        "| onderwerp | gevallen | goed | aandeel |",
        "|---|---:|---:|---:|",
        *(
            f"| {s} | {w['gevallen']} | {w['goed']} | {_pct(w['aandeel'])} |"
            for s, w in cijfers["per_onderwerp"].items()
        ),
        "",
        "### Per kenmerk (hoe het bericht getypt is; een geval kan meer kenmerken hebben)",
        "",
        "| kenmerk | gevallen | goed | aandeel |",
        "|---|---:|---:|---:|",
        *(
            f"| {s} | {w['gevallen']} | {w['goed']} | {_pct(w['aandeel'])} |"
            for s, w in cijfers["per_kenmerk"].items()
        ),
        "",
        "## Lengte van de antwoorden",
        "",
        f"Over alle {lengte['beurten']} beantwoorde beurten (ook de niet-beoordeelde). "
        "Woorden: alleen tekst, zonder knoppen.",
        "",
        "| per beurt | mediaan | p90 | max |",
        "|---|---:|---:|---:|",
        "| berichten | "
        + " | ".join(_getal(lengte["berichten_per_beurt"][k]) for k in ("mediaan", "p90", "max"))
        + " |",
        "| woorden | "
        + " | ".join(_getal(lengte["woorden_per_beurt"][k]) for k in ("mediaan", "p90", "max"))
        + " |",
        "",
        f"- Beurten met meer dan {lengte['max_berichten']} berichten: {lengte['boven_max_berichten']} "
        f"({_pct(lengte['aandeel_boven_max_berichten'])}).",
        f"- Beurten met meer dan {lengte['max_woorden']} woorden: {lengte['boven_max_woorden']} "
        f"({_pct(lengte['aandeel_boven_max_woorden'])}).",
        "",
    ]
    if lengte["te_lang"]:
        regels += [
            "De langste (eerste 15):",
            "",
            "| geval | beurt | berichten | woorden | bericht van de gebruiker |",
            "|---|---:|---:|---:|---|",
        ]
        for t in lengte["te_lang"][:15]:
            kort = t["tekst"] if len(t["tekst"]) <= 70 else t["tekst"][:67] + "..."
            regels.append(
                f"| `{t['geval']}` | {t['beurt']} | {t['berichten']} | {t['woorden']} | "
                f"{kort.replace('|', '/')} |"
            )
        regels.append("")
    fout = [u for u in uitslagen if not u.goed]
    regels += [f"## Foute antwoorden ({len(fout)})", ""]
    if not fout:
        regels += ["Geen.", ""]
    for u in fout:
        g = u.geval
        regels += [f"### `{g.id}` ({g.onderwerp}{', ' + ', '.join(g.kenmerken) if g.kenmerken else ''})", ""]
        if g.bron:
            regels += [f"Bron van de verwachting: {g.bron}", ""]
        for i, b in enumerate(u.beurten, 1):
            regels.append(f'{i}. Gebruiker: "{b.tekst}"')
            if b.fout is not None:
                regels.append(f"   **Fout: {b.fout}**")
                continue
            regels += _citaat(b.antwoord or "(geen tekst)")
            if b.knoppen:
                regels.append("   Knoppen: " + " · ".join(b.knoppen))
            if b.oordeel is not None and not b.oordeel.goed:
                regels.append(f"   **{b.oordeel.uitleg()}**")
        if len(u.beurten) < len(g.beurten):
            regels.append(f"   (de overige {len(g.beurten) - len(u.beurten)} beurten zijn niet gestuurd)")
        regels.append("")
    return "\n".join(regels)


def _verwachting_json(v: Verwachting | None) -> dict[str, Any] | None:
    if v is None:
        return None
    return {"bevat": list(v.bevat), "een_van": [list(g) for g in v.een_van], "niet": list(v.niet)}


def rapport_json(
    uitslagen: Sequence[GevalUitslag], cijfers: dict[str, Any], meta: dict[str, Any]
) -> dict[str, Any]:
    def nan_vrij(x: Any) -> Any:
        if isinstance(x, float) and x != x:
            return None
        if isinstance(x, dict):
            return {k: nan_vrij(v) for k, v in x.items()}
        if isinstance(x, list):
            return [nan_vrij(v) for v in x]
        return x

    return nan_vrij(
        {
            "meta": meta,
            "samenvatting": cijfers,
            "gevallen": [
                {
                    "id": u.geval.id,
                    "onderwerp": u.geval.onderwerp,
                    "intent": list(u.geval.intents),
                    "kenmerken": list(u.geval.kenmerken),
                    "bron": u.geval.bron,
                    "goed": u.goed,
                    "beurten": [
                        {
                            "tekst": b.tekst,
                            "antwoord": [m.get("text") for m in b.berichten if m.get("text")],
                            "knoppen": b.knoppen,
                            "berichten": b.aantal_berichten,
                            "woorden": b.woorden,
                            "verwacht": _verwachting_json(b.verwacht),
                            "goed": b.goed if b.beoordeeld or b.fout else None,
                            "uitleg": b.oordeel.uitleg() if b.oordeel else None,
                            "fout": b.fout,
                        }
                        for b in u.beurten
                    ],
                }
                for u in uitslagen
            ],
        }
    )


# --------------------------------------------------------------------------------------------
# Servers


def rest_stuur(url: str, timeout_s: float) -> Stuur:
    """Sends one message over Rasa's REST channel and returns the bot's messages."""
    adres = url.rstrip("/") + "/webhooks/rest/webhook"

    def stuur(afzender: str, tekst: str) -> list[dict[str, Any]]:
        verzoek = urllib.request.Request(
            adres,
            data=json.dumps({"sender": afzender, "message": tekst}).encode(),
            headers={"Content-Type": "application/json"},
            method="POST",
        )
        with urllib.request.urlopen(verzoek, timeout=timeout_s) as antwoord:
            inhoud = json.load(antwoord)
        if not isinstance(inhoud, list):
            raise ValueError(f"onverwacht antwoord: {str(inhoud)[:200]}")
        return inhoud

    return stuur


def vrije_poorten(aantal: int, van: int = POORT_VAN, tot: int = POORT_TOT) -> list[int]:
    """Ports on 127.0.0.1 in [van, tot] that nobody listens on right now."""
    gevonden: list[int] = []
    for poort in range(van, tot + 1):
        with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
            try:
                s.bind(("127.0.0.1", poort))
            except OSError:
                continue
        gevonden.append(poort)
        if len(gevonden) == aantal:
            return gevonden
    raise EvaluatieFout(f"geen {aantal} vrije poorten tussen {van} en {tot}")


def _laag_prioriteit(nice: int) -> Callable[[], None] | None:
    if nice <= 0 or not hasattr(os, "nice"):
        return None
    return lambda: os.nice(nice)  # type: ignore[return-value]


def wacht_tot_bereikbaar(url: str, proces: subprocess.Popen, log: Path, max_s: float = 300.0) -> None:
    """Waits until `url` answers; fails at once when `proces` stops (also used by tests/integratie)."""
    einde = time.monotonic() + max_s
    while time.monotonic() < einde:
        if proces.poll() is not None:
            staart = log.read_text(errors="replace")[-3000:] if log.exists() else ""
            raise EvaluatieFout(f"server gestopt tijdens het starten (zie {log}):\n{staart}")
        try:
            urllib.request.urlopen(url, timeout=2).close()
            return
        except (urllib.error.URLError, OSError):
            time.sleep(0.5)
    raise EvaluatieFout(f"{url} niet bereikbaar na {max_s:.0f} s; zie {log}")


def rasa_opdracht(poort: int, model: Path, *extra: str) -> list[str]:
    """The command that starts Rasa as `make serve` does (`python -m server run`, REST and socketio
    from credentials.yml), on 127.0.0.1:`poort`; also used by scripts/bench.py and tests/integratie."""
    return [
        sys.executable,
        "-m",
        "server",
        "run",
        "-i",
        "127.0.0.1",
        "--port",
        str(poort),
        "--model",
        str(model),
        "--credentials",
        "credentials.yml",
        *extra,
    ]


def stop(proces: subprocess.Popen | None) -> None:
    if proces is None or proces.poll() is not None:
        return
    proces.terminate()
    try:
        proces.wait(timeout=30)
    except subprocess.TimeoutExpired:
        proces.kill()
        proces.wait()


class EigenServers:
    """The action server and one Rasa server (`python -m server run`), started for this run only:
    loopback ports in 15300-15399, a temporary SQLite store, low CPU priority. A context manager
    that stops both and removes the temporary folder (unless `bewaar`)."""

    def __init__(self, model: Path, nice: int = 10, max_opstart_s: float = 600.0, bewaar: bool = False):
        self.model, self.nice, self.max_opstart_s, self.bewaar = model, nice, max_opstart_s, bewaar
        self.map: Path | None = None
        self.acties: subprocess.Popen | None = None
        self.rasa: subprocess.Popen | None = None
        self.url = ""

    def __enter__(self) -> EigenServers:
        if not self.model.is_file():
            raise EvaluatieFout(f"{self.model} ontbreekt; train eerst (make train)")
        self.map = Path(tempfile.mkdtemp(prefix="wlz-evaluatie-"))
        try:
            self._start()
        except BaseException:
            self.__exit__(None, None, None)
            raise
        return self

    def _start(self) -> None:
        assert self.map is not None
        actie_poort, rasa_poort = vrije_poorten(2)
        # Few threads per process: other people share this machine.
        omgeving = {k: v for k, v in os.environ.items() if not k.startswith("WLZ_")}
        for naam in ("TF_INTRA_OP_PARALLELISM_THREADS", "TF_INTER_OP_PARALLELISM_THREADS", "OMP_NUM_THREADS"):
            omgeving.setdefault(naam, "1")
        omgeving.setdefault("TF_CPP_MIN_LOG_LEVEL", "2")
        acties_log = self.map / "acties.log"
        with acties_log.open("w") as uit:
            self.acties = subprocess.Popen(
                [sys.executable, "-m", "rasa_sdk", "--actions", "actions", "--port", str(actie_poort)],
                cwd=REPO,
                stdout=uit,
                stderr=subprocess.STDOUT,
                env={**omgeving, "SANIC_HOST": "127.0.0.1"},
                preexec_fn=_laag_prioriteit(self.nice),
            )
        print(f"action server starten op 127.0.0.1:{actie_poort} …", flush=True)
        wacht_tot_bereikbaar(
            f"http://127.0.0.1:{actie_poort}/health", self.acties, acties_log, self.max_opstart_s
        )
        rasa_log = self.map / "rasa.log"
        rasa_omgeving = {
            **omgeving,
            "WLZ_ACTION_SERVER_URL": f"http://127.0.0.1:{actie_poort}/webhook",
            "WLZ_GESPREKKEN_DB": str(self.map / "gesprekken.db"),
        }
        with (self.map / "rasa-uitvoer.log").open("w") as uit:
            self.rasa = subprocess.Popen(
                rasa_opdracht(rasa_poort, self.model, "--log-file", str(rasa_log)),
                cwd=REPO,
                stdout=uit,
                stderr=subprocess.STDOUT,
                env=rasa_omgeving,
                preexec_fn=_laag_prioriteit(self.nice),
            )
        print(f"Rasa starten op 127.0.0.1:{rasa_poort} met {self.model.name} …", flush=True)
        self.url = f"http://127.0.0.1:{rasa_poort}"
        wacht_tot_bereikbaar(self.url + "/", self.rasa, self.map / "rasa-uitvoer.log", self.max_opstart_s)

    def __exit__(self, *exc: Any) -> None:
        stop(self.rasa)
        stop(self.acties)
        if self.map is not None:
            if self.bewaar:
                print(f"logs en database bewaard in {self.map}", flush=True)
            else:
                shutil.rmtree(self.map, ignore_errors=True)


# --------------------------------------------------------------------------------------------
# Command line


def lees_args(argv: Sequence[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--gesprekken", type=Path, default=GESPREKKEN, help="de evaluatieset (YAML)")
    parser.add_argument(
        "--url", help="een draaiende Rasa-server, bv. http://127.0.0.1:5005 (dan start het script zelf niets)"
    )
    parser.add_argument("--model", type=Path, default=MODEL, help="model voor de eigen Rasa-server")
    parser.add_argument(
        "--minimum",
        type=float,
        default=STANDAARD_MINIMUM,
        help="minimaal aandeel goede gevallen (0-1); daaronder exitcode 1",
    )
    parser.add_argument("--uit", type=Path, default=UIT, help="Markdown-rapport; de JSON komt ernaast")
    parser.add_argument(
        "--alleen",
        action="append",
        default=[],
        metavar="TEKST",
        help="alleen gevallen waarvan id of onderwerp TEKST bevat (herhaalbaar)",
    )
    parser.add_argument("--timeout", type=float, default=60.0, help="seconden per bericht")
    parser.add_argument(
        "--nice", type=int, default=10, help="CPU-prioriteit van de eigen servers (0 = normaal)"
    )
    parser.add_argument("--max-opstart", type=float, default=600.0, help="seconden om de servers te starten")
    parser.add_argument(
        "--bewaar-logs", action="store_true", help="tijdelijke map met logs en database niet wissen"
    )
    args = parser.parse_args(argv)
    if not 0 <= args.minimum <= 1:
        parser.error("--minimum ligt tussen 0 en 1")
    return args


def _kies(gevallen: list[Geval], filters: Sequence[str]) -> list[Geval]:
    if not filters:
        return gevallen
    return [g for g in gevallen if any(f in g.id or f == g.onderwerp for f in filters)]


def _voortgang(nummer: int, totaal: int, uitslag: GevalUitslag) -> None:
    if not uitslag.goed:
        print(f"  fout: {uitslag.geval.id}", flush=True)
    if nummer % 25 == 0 or nummer == totaal:
        print(f"{nummer}/{totaal} gevallen", flush=True)


def evalueer(args: argparse.Namespace, stuur: Stuur, server: str) -> int:
    """Runs the chosen cases with `stuur`, writes both reports, returns the exit code."""
    gevallen = _kies(laad_gevallen(args.gesprekken), args.alleen)
    if not gevallen:
        raise EvaluatieFout("geen gevallen gekozen")
    uitslagen = voer_uit(gevallen, stuur, voortgang=_voortgang)
    cijfers = samenvatting(uitslagen)
    try:
        gesprekken = str(args.gesprekken.resolve().relative_to(REPO))
    except ValueError:
        gesprekken = str(args.gesprekken)
    meta = {
        "datum": f"{datetime.now(timezone.utc):%Y-%m-%d %H:%M} UTC",
        "server": server,
        "model": None if args.url else str(args.model),
        "gesprekken": gesprekken,
        "filter": list(args.alleen),
        "minimum": args.minimum,
    }
    args.uit.parent.mkdir(parents=True, exist_ok=True)
    args.uit.write_text(rapport_markdown(uitslagen, cijfers, meta), encoding="utf-8")
    args.uit.with_suffix(".json").write_text(
        json.dumps(rapport_json(uitslagen, cijfers, meta), ensure_ascii=False, indent=1), encoding="utf-8"
    )
    lengte = cijfers["lengte"]
    print(
        f"\n{cijfers['goed']}/{cijfers['gevallen']} goed ({_pct(cijfers['aandeel'])}); "
        f"minimum {_pct(args.minimum)}"
    )
    print(
        "per onderwerp: "
        + ", ".join(f"{s} {_pct(w['aandeel'])}" for s, w in cijfers["per_onderwerp"].items())
    )
    print(
        f"berichten per beurt: mediaan {_getal(lengte['berichten_per_beurt']['mediaan'])}, "
        f"p90 {_getal(lengte['berichten_per_beurt']['p90'])}, "
        f"max {_getal(lengte['berichten_per_beurt']['max'])}; "
        f"woorden per beurt: mediaan {_getal(lengte['woorden_per_beurt']['mediaan'])}, "
        f"p90 {_getal(lengte['woorden_per_beurt']['p90'])}, max {_getal(lengte['woorden_per_beurt']['max'])}"
    )
    print(
        f"beurten > {MAX_BERICHTEN} berichten: {lengte['boven_max_berichten']}, "
        f"> {MAX_WOORDEN} woorden: {lengte['boven_max_woorden']}"
    )
    print(f"Rapport: {args.uit} (en {args.uit.with_suffix('.json').name})")
    return 0 if cijfers["aandeel"] >= args.minimum else 1


def main(argv: Sequence[str] | None = None) -> int:
    args = lees_args(argv)
    try:
        laad_gevallen(args.gesprekken)  # fail fast on a malformed set, before starting servers
        if args.url:
            return evalueer(args, rest_stuur(args.url, args.timeout), args.url)
        with EigenServers(
            args.model, nice=args.nice, max_opstart_s=args.max_opstart, bewaar=args.bewaar_logs
        ) as servers:
            return evalueer(args, rest_stuur(servers.url, args.timeout), servers.url)
    except EvaluatieFout as fout:
        print(f"Evaluatie niet gelukt: {fout}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
