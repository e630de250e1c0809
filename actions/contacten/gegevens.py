"""Loads the directory's own data files (once per process, then from memory).

The library reads only files in this folder, never anything from ../shared. Which zorgkantoor the bot
speaks for is one setting, eigen_zorgkantoor.yml: its name, how users write it and its own contacts. Its
regions follow from regios.yml (every region with that zorgkantoor), so a second zorgkantoor is a change
of that file only.
"""

from __future__ import annotations

import csv
import functools
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from datetime import time
from enum import Enum
from pathlib import Path
from typing import Any

import yaml

MAP = Path(__file__).resolve().parent
EIGEN_ZORGKANTOOR = MAP / "eigen_zorgkantoor.yml"
WEEKDAGEN: tuple[str, ...] = ("ma", "di", "wo", "do", "vr", "za", "zo")
# Contact fields of an organisation; each may carry a source, a verification flag and a caveat.
KANAALVELDEN = frozenset(
    (
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
    )
)


class Soort(str, Enum):
    """The kind of organisation (field 'soort' in the organisation files)."""

    ZORGKANTOOR = "zorgkantoor"
    LANDELIJK = "landelijk"
    OCO = "oco"


class Woordrisico(str, Enum):
    """How likely a place name is an ordinary word (herkenning.yml, 'woordrisico'); later is stricter."""

    GEEN = ""
    WOORD = "woord"  # a place only with a capital or right after 'in', 'uit', ...
    STRENG = (
        "streng"  # a place only with a capital (not at the start of a sentence) and right after such a word
    )
    NOOIT = "nooit"  # never a place inside a sentence

    @property
    def rang(self) -> int:
        return list(Woordrisico).index(self)


@dataclass(frozen=True)
class Regio:
    code: str  # CBS code 2025, e.g. "ZK28"
    naam: str  # CBS name
    weergavenaam: str  # as the bot says it
    vektis: str
    zorgkantoor: str | None  # None = unknown (Midden-IJssel)
    zorgkantoor_geverifieerd: bool
    website: str | None
    telefoon: str | None = None
    telefoon_tijden: str | None = None  # text only; the bot does not compute with it
    opmerking: str | None = None
    eigen: bool = False  # one of the regions of the zorgkantoor the bot speaks for


@dataclass(frozen=True)
class Gemeente:
    code: str  # CBS code, e.g. "GM0394"
    naam: str
    regiocode: str


@dataclass(frozen=True)
class Kanaal:
    """One contact fact (phone, e-mail, post, website ...) with its origin."""

    waarde: str
    bron: str
    geverifieerd: bool
    voorbehoud: str | None = None  # a sentence the bot always says with it
    opmerking: str | None = None


@dataclass(frozen=True)
class Openingstijden:
    dagen: Mapping[int, tuple[time, time]]  # weekday (0 = Monday) -> (from, until)
    feestdagen_gesloten: bool
    bron: str


@dataclass(frozen=True)
class Organisatie:
    id: str
    naam: str
    kort: str
    soort: Soort
    gebied: tuple[str, ...]  # ("landelijk",) or region codes
    kanalen: Mapping[str, Kanaal]
    openingstijden: Openingstijden | None = None
    extra: Mapping[str, Any] = field(default_factory=dict)
    eigen: bool = False  # a contact of the zorgkantoor the bot speaks for (eigen_zorgkantoor.yml)

    @property
    def landelijk(self) -> bool:
        return self.gebied == ("landelijk",)

    def kanaal(self, naam: str) -> Kanaal | None:
        return self.kanalen.get(naam)

    def waarde(self, naam: str) -> str | None:
        """The value of a contact field, or None when the organisation does not have it."""
        k = self.kanalen.get(naam)
        return k.waarde if k else None

    @property
    def telefoon(self) -> str | None:
        return self.waarde("telefoon")

    @property
    def email(self) -> str | None:
        return self.waarde("email")

    @property
    def website(self) -> str | None:
        return self.waarde("website")

    @property
    def post(self) -> str | None:
        return self.waarde("post")


@dataclass(frozen=True)
class EigenZorgkantoor:
    """The zorgkantoor the bot speaks for: name, regions (from regios.yml) and its own contacts."""

    naam: str
    regios: tuple[Regio, ...]
    organisaties: Mapping[str, Organisatie]  # id -> organisation; 'klantadvies' is always there
    toon_oco_lijst: bool

    @property
    def regiocodes(self) -> tuple[str, ...]:
        return tuple(r.code for r in self.regios)

    @property
    def klantadvies(self) -> Organisatie:
        """The department that answers questions by phone (number and opening hours)."""
        return self.organisaties["klantadvies"]


@dataclass(frozen=True)
class Plaats:
    """A place of residence (woonplaats/kern) from plaatsen.csv."""

    naam: str
    gemeentecode: str
    pc4: tuple[int, ...]
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
    doelen: tuple[str, ...]
    bron: str
    als_gemeente: bool = (
        False  # show the municipality's name instead of the alias ("Alphen" -> "Alphen aan den Rijn")
    )


@dataclass(frozen=True)
class OrganisatieNamen:
    """How users name an organisation (herkenning.yml, 'organisaties')."""

    namen: tuple[str, ...]
    onderwerpen: tuple[str, ...] = ()  # words about something only this organisation does
    niet_na: tuple[str, ...] = ()  # words after which the name is no organisation


@dataclass(frozen=True)
class Herkenning:
    aliassen: tuple[Alias, ...]
    te_algemeen: tuple[str, ...]
    woordrisico: Mapping[str, Woordrisico]  # place name -> level
    grens_pc4: Mapping[int, str] = field(default_factory=dict)  # PC4 -> remark
    organisaties: Mapping[str, OrganisatieNamen] = field(default_factory=dict)  # Instantie value -> names
    contactwoorden: tuple[str, ...] = ()
    kanalen: Mapping[str, tuple[str, ...]] = field(default_factory=dict)  # Kanaalvraag value -> words
    vervolgwoorden: tuple[str, ...] = ()


@dataclass(frozen=True)
class Onderwerpkeuze:
    """onderwerpkeuze.yml: the contact topic for a question and an organisation the user names."""

    vragen: Mapping[str, Mapping[str, str]]  # question -> {Instantie value: topic}
    onderwerpwoorden_bij: tuple[
        str, ...
    ]  # questions where "eigen bijdrage" and the like name an organisation
    contactvraag: str  # the row that counts when the user asks how to reach an organisation


@dataclass(frozen=True)
class Gegevens:
    regios: Mapping[str, Regio]
    gemeenten: Mapping[str, Gemeente]
    plaatsen: tuple[Plaats, ...]
    postcodes: tuple[Postcodereeks, ...]
    organisaties: Mapping[str, Organisatie]
    eigen: EigenZorgkantoor
    herkenning: Herkenning
    onderwerpkeuze: Onderwerpkeuze


def lees_yaml(pad: Path) -> Any:
    """A YAML file of this folder, with the C loader when it is there (faster)."""
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    with pad.open(encoding="utf-8") as f:
        return yaml.load(f, Loader=loader)


def _csv_regels(pad: Path) -> Iterator[dict[str, str]]:
    with pad.open(encoding="utf-8", newline="") as f:
        regels = (r for r in f if not r.startswith("#"))
        yield from csv.DictReader(regels, delimiter=";")


def _pc4_lijst(tekst: str) -> tuple[int, ...]:
    uit: list[int] = []
    for deel in tekst.split():
        van, _, tot = deel.partition("-")
        uit.extend(range(int(van), int(tot or van) + 1))
    return tuple(uit)


def _tijd(tekst: str) -> time:
    uur, minuut = tekst.split(":")
    return time(int(uur), int(minuut))


def _kanaal(data: Any) -> Kanaal:
    if isinstance(data, str):
        return Kanaal(waarde=data, bron="", geverifieerd=False)
    return Kanaal(
        waarde=str(data["waarde"]),
        bron=str(data.get("bron", "")),
        geverifieerd=bool(data.get("geverifieerd", False)),
        voorbehoud=data.get("voorbehoud"),
        opmerking=data.get("opmerking"),
    )


def _openingstijden(o: Mapping[str, Any]) -> Openingstijden:
    dagen = {}
    for i, dag in enumerate(WEEKDAGEN):
        if dag in o:
            van, tot = str(o[dag]).split("-")
            dagen[i] = (_tijd(van), _tijd(tot))
    return Openingstijden(
        dagen=dagen,
        feestdagen_gesloten=o.get("feestdagen", "gesloten") == "gesloten",
        bron=str(o.get("bron", "")),
    )


def _organisatie(oid: str, d: Mapping[str, Any], eigen: bool = False) -> Organisatie:
    gebied = d.get("gebied", "landelijk")
    bekend = KANAALVELDEN | {"naam", "kort", "soort", "gebied", "openingstijden"}
    return Organisatie(
        id=oid,
        naam=d["naam"],
        kort=d.get("kort", d["naam"]),
        soort=Soort(d.get("soort", Soort.LANDELIJK.value)),
        gebied=("landelijk",) if gebied == "landelijk" else tuple(gebied),
        kanalen={k: _kanaal(v) for k, v in d.items() if k in KANAALVELDEN},
        openingstijden=_openingstijden(d["openingstijden"]) if "openingstijden" in d else None,
        extra={k: v for k, v in d.items() if k not in bekend},
        eigen=eigen,
    )


def _regio(x: Mapping[str, Any], eigen_naam: str) -> Regio:
    tel = x.get("telefoon") or {}
    return Regio(
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
        eigen=x.get("zorgkantoor") == eigen_naam,
    )


def _herkenning(h: Mapping[str, Any], meer_namen: Mapping[str, tuple[str, ...]]) -> Herkenning:
    """herkenning.yml, with names from elsewhere added per Instantie value (meer_namen)."""
    risico: dict[str, Woordrisico] = {}
    for niveau in (Woordrisico.WOORD, Woordrisico.STRENG, Woordrisico.NOOIT):  # the strictest wins
        for naam in h.get("woordrisico", {}).get(niveau.value, []) or []:
            risico[str(naam)] = niveau
    organisaties = {
        str(k): OrganisatieNamen(
            namen=tuple(str(n) for n in d["namen"]) + meer_namen.get(k, ()),
            onderwerpen=tuple(str(n) for n in d.get("onderwerpen", ())),
            niet_na=tuple(str(n) for n in d.get("niet_na", ())),
        )
        for k, d in (h.get("organisaties") or {}).items()
    }
    return Herkenning(
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
        organisaties=organisaties,
        contactwoorden=tuple(str(w) for w in h.get("contactwoorden", ())),
        kanalen={str(k): tuple(str(w) for w in woorden) for k, woorden in (h.get("kanalen") or {}).items()},
        vervolgwoorden=tuple(str(w) for w in h.get("vervolgwoorden", ())),
    )


def _eigen_zorgkantoor(e: Mapping[str, Any], regios: Mapping[str, Regio]) -> EigenZorgkantoor:
    naam = str(e["naam"])
    eigen_regios = tuple(r for r in regios.values() if r.eigen)
    if not eigen_regios:
        raise ValueError(f"{EIGEN_ZORGKANTOOR.name}: no region in regios.yml has the zorgkantoor {naam!r}")
    organisaties = {oid: _organisatie(oid, d, eigen=True) for oid, d in e["organisaties"].items()}
    if "klantadvies" not in organisaties:
        raise ValueError(f"{EIGEN_ZORGKANTOOR.name}: the organisation 'klantadvies' is missing")
    return EigenZorgkantoor(
        naam=naam,
        regios=eigen_regios,
        organisaties=organisaties,
        toon_oco_lijst=bool(e.get("toon_oco_lijst", False)),
    )


@functools.lru_cache(maxsize=1)
def laad() -> Gegevens:
    """All data, read once."""
    e = lees_yaml(EIGEN_ZORGKANTOOR)
    regios = {x["code"]: _regio(x, str(e["naam"])) for x in lees_yaml(MAP / "regios.yml")["regios"]}
    eigen = _eigen_zorgkantoor(e, regios)

    organisaties = {
        oid: _organisatie(oid, d) for oid, d in lees_yaml(MAP / "organisaties.yml")["organisaties"].items()
    }
    dubbel = set(organisaties) & set(eigen.organisaties)
    if dubbel:
        raise ValueError(f"organisaties.yml and {EIGEN_ZORGKANTOOR.name} both define {sorted(dubbel)}")

    alle = {**organisaties, **eigen.organisaties}
    # The zorgkantoor's own names (eigen_zorgkantoor.yml) and the names of the OCO organisations are how users
    # name the zorgkantoor and client support too.
    meer_namen = {
        "zorgkantoor": tuple(str(n) for n in e.get("namen", ())),
        "oco": tuple(o.naam for o in alle.values() if o.soort is Soort.OCO),
    }
    k = lees_yaml(MAP / "onderwerpkeuze.yml")
    return Gegevens(
        regios=regios,
        gemeenten={
            g["gemeentecode"]: Gemeente(g["gemeentecode"], g["gemeentenaam"], g["regiocode"])
            for g in _csv_regels(MAP / "gemeenten.csv")
        },
        plaatsen=tuple(
            Plaats(p["plaats"], p["gemeentecode"], _pc4_lijst(p["pc4"]), p["rivm_naam"] or p["plaats"])
            for p in _csv_regels(MAP / "plaatsen.csv")
        ),
        postcodes=tuple(
            Postcodereeks(int(p["pc4_van"]), int(p["pc4_tot"]), p["gemeentecode"], p["bron"])
            for p in _csv_regels(MAP / "postcodes.csv")
        ),
        organisaties=alle,
        eigen=eigen,
        herkenning=_herkenning(lees_yaml(MAP / "herkenning.yml"), meer_namen),
        onderwerpkeuze=Onderwerpkeuze(
            vragen={str(v): {str(i): str(o) for i, o in rij.items()} for v, rij in k["vragen"].items()},
            onderwerpwoorden_bij=tuple(str(v) for v in k["onderwerpwoorden_bij"]),
            contactvraag=str(k["contactvraag"]),
        ),
    )


def organisatie(oid: str) -> Organisatie:
    """An organisation by id (e.g. 'klantadvies', 'ciz'). KeyError when there is none."""
    return laad().organisaties[oid]


def eigen_zorgkantoor() -> EigenZorgkantoor:
    """The zorgkantoor the bot speaks for (eigen_zorgkantoor.yml)."""
    return laad().eigen


def regio(code: str) -> Regio:
    return laad().regios[code]


def gemeente(code: str) -> Gemeente:
    return laad().gemeenten[code]
