"""Inlezen van de eigen gegevensbestanden (één keer per proces, daarna uit het geheugen).

De bibliotheek leest alleen bestanden in deze map; nooit iets uit ../shared.
"""

from __future__ import annotations

import csv
import functools
from dataclasses import dataclass, field
from datetime import time
from pathlib import Path
from typing import Dict, Iterator, List, Mapping, Optional, Tuple

import yaml

MAP = Path(__file__).resolve().parent

ZZ_REGIOS: Tuple[str, ...] = ("ZK28", "ZK01")  # Zuid-Holland Noord, Amstelland en De Meerlanden
WEEKDAGEN: Tuple[str, ...] = ("ma", "di", "wo", "do", "vr", "za", "zo")


@dataclass(frozen=True)
class Regio:
    code: str  # CBS-code 2025, bijv. "ZK28"
    naam: str  # CBS-naam
    weergavenaam: str  # zoals de bot het zegt
    vektis: str
    zorgkantoor: Optional[str]  # None = onbekend (Midden-IJssel)
    zorgkantoor_geverifieerd: bool
    website: Optional[str]
    telefoon: Optional[str] = None
    telefoon_tijden: Optional[str] = None  # alleen als tekst; niet om mee te rekenen
    opmerking: Optional[str] = None

    @property
    def is_zorg_en_zekerheid(self) -> bool:
        return self.code in ZZ_REGIOS


@dataclass(frozen=True)
class Gemeente:
    code: str  # CBS-code, bijv. "GM0394"
    naam: str
    regiocode: str


@dataclass(frozen=True)
class Kanaal:
    """Eén contactgegeven (telefoon, e-mail, post, website...) met herkomst."""

    waarde: str
    bron: str
    geverifieerd: bool
    voorbehoud: Optional[str] = None  # zin die de bot er altijd bij zegt
    opmerking: Optional[str] = None


@dataclass(frozen=True)
class Openingstijden:
    dagen: Mapping[int, Tuple[time, time]]  # weekdag (0 = maandag) -> (van, tot)
    feestdagen_gesloten: bool
    bron: str


@dataclass(frozen=True)
class Organisatie:
    id: str
    naam: str
    kort: str
    soort: str  # zorgkantoor | landelijk | oco
    gebied: Tuple[str, ...]  # ("landelijk",) of regiocodes
    kanalen: Mapping[str, Kanaal]
    openingstijden: Optional[Openingstijden] = None
    extra: Mapping[str, object] = field(default_factory=dict)

    @property
    def landelijk(self) -> bool:
        return self.gebied == ("landelijk",)

    def kanaal(self, naam: str) -> Optional[Kanaal]:
        return self.kanalen.get(naam)

    @property
    def telefoon(self) -> Optional[str]:
        k = self.kanalen.get("telefoon")
        return k.waarde if k else None

    @property
    def email(self) -> Optional[str]:
        k = self.kanalen.get("email")
        return k.waarde if k else None

    @property
    def website(self) -> Optional[str]:
        k = self.kanalen.get("website")
        return k.waarde if k else None

    @property
    def post(self) -> Optional[str]:
        k = self.kanalen.get("post")
        return k.waarde if k else None


@dataclass(frozen=True)
class Plaats:
    """Een woonplaats/kern uit plaatsen.csv."""

    naam: str
    gemeentecode: str
    pc4: Tuple[int, ...]
    rivm_naam: str


@dataclass(frozen=True)
class Postcodereeks:
    van: int
    tot: int
    gemeentecode: str
    bron: str


@dataclass(frozen=True)
class Alias:
    naam: str
    doelen: Tuple[str, ...]
    bron: str
    als_gemeente: bool = False  # toon de gemeentenaam i.p.v. de alias ("Alphen" -> "Alphen aan den Rijn")


@dataclass(frozen=True)
class OrganisatieNamen:
    """Hoe de gebruiker een organisatie noemt (herkenning.yml, organisaties)."""

    namen: Tuple[str, ...]
    onderwerpen: Tuple[str, ...] = ()  # woorden over iets wat alleen deze organisatie doet
    niet_na: Tuple[str, ...] = ()  # woorden waarna de naam geen organisatie is


@dataclass(frozen=True)
class Herkenning:
    aliassen: Tuple[Alias, ...]
    te_algemeen: Tuple[str, ...]
    woordrisico: Mapping[str, str]  # naam -> "woord" | "streng" | "nooit"
    grens_pc4: Mapping[int, str] = field(default_factory=dict)  # PC4 -> opmerking
    organisaties: Mapping[str, OrganisatieNamen] = field(default_factory=dict)  # Instantie-waarde -> namen
    contactwoorden: Tuple[str, ...] = ()


@dataclass(frozen=True)
class Onderwerpkeuze:
    """onderwerpkeuze.yml: welk contactonderwerp bij een vraag en een genoemde organisatie."""

    vragen: Mapping[str, Mapping[str, str]]  # vraag -> {Instantie-waarde: onderwerp}
    onderwerpwoorden_bij: Tuple[str, ...]  # vragen waarbij "eigen bijdrage" e.d. als noemen telt
    contactvraag: str  # de rij die telt als de gebruiker vraagt hoe hij een organisatie bereikt


@dataclass(frozen=True)
class Gegevens:
    regios: Mapping[str, Regio]
    gemeenten: Mapping[str, Gemeente]
    plaatsen: Tuple[Plaats, ...]
    postcodes: Tuple[Postcodereeks, ...]
    organisaties: Mapping[str, Organisatie]
    instellingen: Mapping[str, object]
    herkenning: Herkenning
    onderwerpkeuze: Onderwerpkeuze


def _yaml(f):
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # C-versie is sneller, als die er is
    return yaml.load(f, Loader=loader)


def _csv_regels(pad: Path) -> Iterator[Dict[str, str]]:
    with pad.open(encoding="utf-8", newline="") as f:
        regels = (r for r in f if not r.startswith("#"))
        yield from csv.DictReader(regels, delimiter=";")


def _pc4_lijst(tekst: str) -> Tuple[int, ...]:
    uit: List[int] = []
    for deel in tekst.split():
        if "-" in deel:
            a, b = deel.split("-")
            uit.extend(range(int(a), int(b) + 1))
        elif deel:
            uit.append(int(deel))
    return tuple(uit)


def _tijd(tekst: str) -> time:
    uur, minuut = tekst.split(":")
    return time(int(uur), int(minuut))


def _kanaal(data: object) -> Kanaal:
    if isinstance(data, str):
        return Kanaal(waarde=data, bron="", geverifieerd=False)
    assert isinstance(data, dict)
    return Kanaal(
        waarde=str(data["waarde"]),
        bron=str(data.get("bron", "")),
        geverifieerd=bool(data.get("geverifieerd", False)),
        voorbehoud=data.get("voorbehoud"),
        opmerking=data.get("opmerking"),
    )


_KANAALVELDEN = {
    "telefoon",
    "email",
    "post",
    "bezoekadres",
    "website",
    "website_landelijk",
    "klacht_post",
    "klacht_website",
    "bezwaar_post",
    "bezwaar_email",
}


def _organisatie(oid: str, d: dict) -> Organisatie:
    kanalen = {k: _kanaal(v) for k, v in d.items() if k in _KANAALVELDEN}
    ot = None
    if "openingstijden" in d:
        o = d["openingstijden"]
        dagen = {}
        for i, dag in enumerate(WEEKDAGEN):
            if dag in o:
                van, tot = str(o[dag]).split("-")
                dagen[i] = (_tijd(van), _tijd(tot))
        ot = Openingstijden(
            dagen=dagen,
            feestdagen_gesloten=o.get("feestdagen", "gesloten") == "gesloten",
            bron=str(o.get("bron", "")),
        )
    gebied = d.get("gebied", "landelijk")
    gebied_t = ("landelijk",) if gebied == "landelijk" else tuple(gebied)
    bekend = _KANAALVELDEN | {"naam", "kort", "soort", "gebied", "openingstijden"}
    return Organisatie(
        id=oid,
        naam=d["naam"],
        kort=d.get("kort", d["naam"]),
        soort=d.get("soort", "landelijk"),
        gebied=gebied_t,
        kanalen=kanalen,
        openingstijden=ot,
        extra={k: v for k, v in d.items() if k not in bekend},
    )


@functools.lru_cache(maxsize=1)
def laad() -> Gegevens:
    """Alle gegevens, één keer ingelezen."""
    with (MAP / "regios.yml").open(encoding="utf-8") as f:
        r = _yaml(f)
    regios: Dict[str, Regio] = {}
    for x in r["regios"]:
        tel = x.get("telefoon") or {}
        regios[x["code"]] = Regio(
            code=x["code"],
            naam=x["naam"],
            weergavenaam=x.get("weergavenaam", x["naam"]),
            vektis=str(x["vektis"]),
            zorgkantoor=x.get("zorgkantoor"),
            zorgkantoor_geverifieerd=bool(x.get("zorgkantoor_geverifieerd", False)),
            website=x.get("website"),
            telefoon=tel.get("waarde"),
            telefoon_tijden=tel.get("tijden_tekst"),
            opmerking=x.get("opmerking"),
        )

    gemeenten = {
        g["gemeentecode"]: Gemeente(g["gemeentecode"], g["gemeentenaam"], g["regiocode"])
        for g in _csv_regels(MAP / "gemeenten.csv")
    }
    plaatsen = tuple(
        Plaats(p["plaats"], p["gemeentecode"], _pc4_lijst(p["pc4"]), p["rivm_naam"] or p["plaats"])
        for p in _csv_regels(MAP / "plaatsen.csv")
    )
    postcodes = tuple(
        Postcodereeks(int(p["pc4_van"]), int(p["pc4_tot"]), p["gemeentecode"], p["bron"])
        for p in _csv_regels(MAP / "postcodes.csv")
    )

    with (MAP / "organisaties.yml").open(encoding="utf-8") as f:
        o = _yaml(f)
    organisaties = {oid: _organisatie(oid, d) for oid, d in o["organisaties"].items()}

    with (MAP / "herkenning.yml").open(encoding="utf-8") as f:
        h = _yaml(f)
    risico: Dict[str, str] = {}
    for niveau in ("woord", "streng", "nooit"):  # strengste wint
        for naam in h.get("woordrisico", {}).get(niveau, []) or []:
            risico[str(naam)] = niveau
    herkenning = Herkenning(
        aliassen=tuple(
            Alias(
                a["naam"],
                tuple(str(d) for d in a["doelen"]),
                a.get("bron", ""),
                bool(a.get("als_gemeente", False)),
            )
            for a in h.get("aliassen", [])
        ),
        te_algemeen=tuple(h.get("te_algemeen", [])),
        woordrisico=risico,
        grens_pc4={int(k): str(v) for k, v in (h.get("grens_pc4") or {}).items()},
        organisaties={
            str(k): OrganisatieNamen(
                namen=tuple(str(n) for n in d["namen"]),
                onderwerpen=tuple(str(n) for n in d.get("onderwerpen", ())),
                niet_na=tuple(str(n) for n in d.get("niet_na", ())),
            )
            for k, d in (h.get("organisaties") or {}).items()
        },
        contactwoorden=tuple(str(w) for w in h.get("contactwoorden", ())),
    )
    with (MAP / "onderwerpkeuze.yml").open(encoding="utf-8") as f:
        k = _yaml(f)
    onderwerpkeuze = Onderwerpkeuze(
        vragen={str(v): {str(i): str(o) for i, o in rij.items()} for v, rij in k["vragen"].items()},
        onderwerpwoorden_bij=tuple(str(v) for v in k["onderwerpwoorden_bij"]),
        contactvraag=str(k["contactvraag"]),
    )
    return Gegevens(
        regios=regios,
        gemeenten=gemeenten,
        plaatsen=plaatsen,
        postcodes=postcodes,
        organisaties=organisaties,
        instellingen=o.get("instellingen", {}),
        herkenning=herkenning,
        onderwerpkeuze=onderwerpkeuze,
    )


def organisatie(oid: str) -> Organisatie:
    """Organisatie op id (bijv. 'zz_klantadvies', 'ciz'). KeyError als die niet bestaat."""
    return laad().organisaties[oid]


def regio(code: str) -> Regio:
    return laad().regios[code]


def gemeente(code: str) -> Gemeente:
    return laad().gemeenten[code]
