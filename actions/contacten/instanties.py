"""Welke organisatie noemt de gebruiker in een zin? (CAK, CIZ, SVB, Klachtencommissie, zorgkantoor, ...)

    vind_instanties("telefoon ciz graag")                      -> (Vermelding(Instantie.CIZ, Herkend.NAAM, ...),)
    genoemde_instanties("het c.a.k. of de svb?")               -> (Instantie.CAK, Instantie.SVB)
    vraagt_contact("hoe krijg ik de svb aan de lijn")          -> True

De namen staan in herkenning.yml (organisaties, contactwoorden). Gewone Python, zonder Rasa.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from enum import Enum
from typing import Dict, FrozenSet, Iterator, List, Tuple

from .gegevens import laad
from .normalisatie import Token, sleutel, tokens


class Instantie(str, Enum):
    """Een organisatie zoals de gebruiker die noemt. Waarden = de NLU-entiteit 'organisatie'."""

    ZORGKANTOOR = "zorgkantoor"
    KLACHTENCOMMISSIE = "klachtencommissie"
    CIZ = "ciz"
    CAK = "cak"
    SVB = "svb"
    OCO = "oco"
    OMBUDSMAN = "ombudsman"
    GEMEENTE = "gemeente"


class Herkend(str, Enum):
    """Hoe de organisatie in de zin staat."""

    NAAM = "naam"  # bij naam: "het CIZ", "sociale verzekeringsbank"
    ONDERWERP = "onderwerp"  # via iets wat alleen zij doet: "eigen bijdrage" -> het CAK


@dataclass(frozen=True)
class Vermelding:
    instantie: Instantie
    herkend: Herkend
    start: int  # positie in de tekst
    tekst: str  # zoals getypt


@dataclass(frozen=True)
class _Naam:
    instantie: Instantie
    herkend: Herkend
    niet_na: FrozenSet[str]


@dataclass(frozen=True)
class _Index:
    namen: Dict[str, _Naam]  # sleutel (woorden met spaties) -> naam
    langste: int  # meeste woorden in een naam
    contactwoorden: FrozenSet[str]
    contact_langste: int


_LIDWOORDEN = frozenset(("de", "het"))


@functools.lru_cache(maxsize=1)
def _index() -> _Index:
    h = laad().herkenning
    namen: Dict[str, _Naam] = {}
    for waarde, d in h.organisaties.items():
        instantie = Instantie(waarde)  # ValueError bij een onbekende sleutel in herkenning.yml
        niet_na = frozenset(sleutel(w) for w in d.niet_na)
        for herkend, lijst in ((Herkend.NAAM, d.namen), (Herkend.ONDERWERP, d.onderwerpen)):
            for naam in lijst:
                k = sleutel(naam)
                if k in namen and namen[k].instantie is not instantie:
                    raise ValueError(f"herkenning.yml: {naam!r} staat bij {namen[k].instantie.value} en {waarde}")
                namen[k] = _Naam(instantie, herkend, niet_na)
    contact = frozenset(sleutel(w) for w in h.contactwoorden)
    return _Index(
        namen=namen,
        langste=max(k.count(" ") + 1 for k in namen),
        contactwoorden=contact,
        contact_langste=max(k.count(" ") + 1 for k in contact),
    )


def _stukken(toks: List[Token], langste: int) -> Iterator[Tuple[int, int, str]]:
    """(begin, lengte, sleutel) van alle woordgroepen, langste eerst per begin. Losse letters tellen ook
    aaneen ("c.a.k." -> "cak")."""
    for i in range(len(toks)):
        for lengte in range(min(langste, len(toks) - i), 0, -1):
            yield i, lengte, " ".join(t.norm for t in toks[i : i + lengte])
        j = i
        while j < len(toks) and len(toks[j].norm) == 1:
            j += 1
        if j - i > 1:
            yield i, j - i, "".join(t.norm for t in toks[i:j])


def _na_verboden_woord(toks: List[Token], i: int, niet_na: FrozenSet[str]) -> bool:
    j = i - 1
    while j >= 0 and toks[j].norm in _LIDWOORDEN:
        j -= 1
    return j >= 0 and toks[j].norm in niet_na


def vind_instanties(tekst: str) -> Tuple[Vermelding, ...]:
    """Alle genoemde organisaties, in de volgorde van de tekst (langste naam eerst; geen overlap)."""
    idx = _index()
    toks = tokens(tekst or "")
    uit: List[Vermelding] = []
    bezet = -1  # laatste woord dat al bij een gevonden naam hoort
    for i, lengte, k in _stukken(toks, idx.langste):
        if i <= bezet or k not in idx.namen:
            continue
        naam = idx.namen[k]
        if _na_verboden_woord(toks, i, naam.niet_na):
            continue
        begin, eind = toks[i].start, toks[i + lengte - 1].eind
        uit.append(Vermelding(naam.instantie, naam.herkend, begin, tekst[begin:eind]))
        bezet = i + lengte - 1
    return tuple(uit)


def genoemde_instanties(tekst: str, onderwerpwoorden: bool = True) -> Tuple[Instantie, ...]:
    """De organisaties waar de gebruiker het over heeft, zonder dubbelen, in volgorde van de tekst.

    Een naam gaat voor: alleen als er geen enkele organisatie bij naam genoemd is, tellen de onderwerpwoorden
    ("eigen bijdrage" -> CAK), en alleen als `onderwerpwoorden` True is.
    """
    vermeldingen = vind_instanties(tekst)
    gekozen = [v for v in vermeldingen if v.herkend is Herkend.NAAM]
    if not gekozen and onderwerpwoorden:
        gekozen = list(vermeldingen)
    return tuple(dict.fromkeys(v.instantie for v in gekozen))


def vraagt_contact(tekst: str) -> bool:
    """Vraagt de gebruiker hoe hij iemand bereikt (nummer, bellen, mailen, adres ...)?"""
    idx = _index()
    return any(k in idx.contactwoorden for _, _, k in _stukken(tokens(tekst or ""), idx.contact_langste))


def instantie_uit_waarde(waarde: object) -> Tuple[Instantie, ...]:
    """Een waarde van de NLU-entiteit 'organisatie' als Instantie; () als het geen organisatie is ('de')."""
    try:
        return (Instantie(str(waarde)),)
    except ValueError:
        return ()

