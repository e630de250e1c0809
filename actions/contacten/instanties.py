"""Which organisation, and which way of contact, does the user name in a sentence?

    vind_instanties("telefoon ciz graag")               -> (Vermelding(Instantie.CIZ, Herkend.NAAM, ...),)
    genoemde_instanties("het c.a.k. of de svb?")        -> (Instantie.CAK, Instantie.SVB)
    vraagt_contact("hoe krijg ik de svb aan de lijn")   -> True
    gevraagd_kanaal("kan ik jullie ook mailen?")        -> Kanaalvraag.EMAIL
    is_vervolgvraag("en van het cak?")                  -> True

The words are in herkenning.yml (organisaties, contactwoorden, kanalen, vervolgwoorden). Plain Python.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from enum import Enum

from .gegevens import laad
from .normalisatie import Token, sleutel, tokens


class Instantie(str, Enum):
    """An organisation as the user names it. Values = the NLU entity 'organisatie'."""

    ZORGKANTOOR = "zorgkantoor"
    KLACHTENCOMMISSIE = "klachtencommissie"
    CIZ = "ciz"
    CAK = "cak"
    SVB = "svb"
    OCO = "oco"
    OMBUDSMAN = "ombudsman"
    GEMEENTE = "gemeente"


class Herkend(str, Enum):
    """How the organisation stands in the sentence."""

    NAAM = "naam"  # by name: "het CIZ", "sociale verzekeringsbank"
    ONDERWERP = "onderwerp"  # by something only it does: "eigen bijdrage" -> the CAK


class Kanaalvraag(str, Enum):
    """One way of contact the user asks for. Values = keys of 'kanalen' in herkenning.yml and teksten.yml."""

    EMAIL = "email"
    POST = "post"
    BEZOEK = "bezoek"
    TERUGBELLEN = "terugbellen"
    WEBSITE = "website"


@dataclass(frozen=True)
class Vermelding:
    instantie: Instantie
    herkend: Herkend
    start: int  # position in the text
    tekst: str  # as typed
    woorden: range  # the token positions the name covers


@dataclass(frozen=True)
class _Naam:
    instantie: Instantie
    herkend: Herkend
    niet_na: frozenset[str]


@dataclass(frozen=True)
class _Woorden:
    """Keys of words or word groups, with the most words in one of them."""

    sleutels: frozenset[str]
    langste: int

    @classmethod
    def van(cls, woorden: Iterable[str]) -> _Woorden:
        sleutels = frozenset(sleutel(w) for w in woorden)
        return cls(sleutels, max((k.count(" ") + 1 for k in sleutels), default=1))

    def in_tekst(self, tekst: str) -> Iterator[tuple[int, int, str]]:
        """(start, length, key) of every occurrence in the text, in text order."""
        for i, lengte, k in _stukken(tokens(tekst or ""), self.langste):
            if k in self.sleutels:
                yield i, lengte, k


@dataclass(frozen=True)
class _Index:
    namen: dict[str, _Naam]  # key (words with spaces) -> name
    langste: int  # most words in one name
    contactwoorden: _Woorden
    kanalen: dict[Kanaalvraag, _Woorden]
    vervolgwoorden: frozenset[str]


_LIDWOORDEN = frozenset(("de", "het"))


@functools.lru_cache(maxsize=1)
def _index() -> _Index:
    h = laad().herkenning
    namen: dict[str, _Naam] = {}
    for waarde, d in h.organisaties.items():
        instantie = Instantie(waarde)  # ValueError for an unknown key in herkenning.yml
        niet_na = frozenset(sleutel(w) for w in d.niet_na)
        for herkend, lijst in ((Herkend.NAAM, d.namen), (Herkend.ONDERWERP, d.onderwerpen)):
            for naam in lijst:
                k = sleutel(naam)
                if k in namen and namen[k].instantie is not instantie:
                    raise ValueError(
                        f"herkenning.yml: {naam!r} is a name of {namen[k].instantie.value} and {waarde}"
                    )
                namen[k] = _Naam(instantie, herkend, niet_na)
    return _Index(
        namen=namen,
        langste=max(k.count(" ") + 1 for k in namen),
        contactwoorden=_Woorden.van(h.contactwoorden),
        kanalen={Kanaalvraag(k): _Woorden.van(woorden) for k, woorden in h.kanalen.items()},
        vervolgwoorden=frozenset(sleutel(w) for w in h.vervolgwoorden),
    )


def _stukken(toks: list[Token], langste: int) -> Iterator[tuple[int, int, str]]:
    """(start, length, key) of all word groups, longest first per start. Single letters also count
    together ("c.a.k." -> "cak")."""
    for i in range(len(toks)):
        for lengte in range(min(langste, len(toks) - i), 0, -1):
            yield i, lengte, " ".join(t.norm for t in toks[i : i + lengte])
        j = i
        while j < len(toks) and len(toks[j].norm) == 1:
            j += 1
        if j - i > 1:
            yield i, j - i, "".join(t.norm for t in toks[i:j])


def _na_verboden_woord(toks: list[Token], i: int, niet_na: frozenset[str]) -> bool:
    j = i - 1
    while j >= 0 and toks[j].norm in _LIDWOORDEN:
        j -= 1
    return j >= 0 and toks[j].norm in niet_na


def _vermeldingen(toks: list[Token], tekst: str) -> tuple[Vermelding, ...]:
    idx = _index()
    uit: list[Vermelding] = []
    bezet = -1  # last token that already belongs to a name found
    for i, lengte, k in _stukken(toks, idx.langste):
        if i <= bezet or k not in idx.namen:
            continue
        naam = idx.namen[k]
        if _na_verboden_woord(toks, i, naam.niet_na):
            continue
        begin, eind = toks[i].start, toks[i + lengte - 1].eind
        uit.append(Vermelding(naam.instantie, naam.herkend, begin, tekst[begin:eind], range(i, i + lengte)))
        bezet = i + lengte - 1
    return tuple(uit)


def vind_instanties(tekst: str) -> tuple[Vermelding, ...]:
    """All organisations named, in the order of the text (longest name first; no overlap)."""
    return _vermeldingen(tokens(tekst or ""), tekst or "")


def genoemde_instanties(tekst: str, onderwerpwoorden: bool = True) -> tuple[Instantie, ...]:
    """The organisations the user talks about, without duplicates, in the order of the text.

    A name goes first: only when no organisation is named by name do the subject words count ("eigen
    bijdrage" -> CAK), and only when `onderwerpwoorden` is True.
    """
    vermeldingen = vind_instanties(tekst)
    gekozen = [v for v in vermeldingen if v.herkend is Herkend.NAAM]
    if not gekozen and onderwerpwoorden:
        gekozen = list(vermeldingen)
    return tuple(dict.fromkeys(v.instantie for v in gekozen))


def vraagt_contact(tekst: str) -> bool:
    """Does the user ask how to reach someone (number, call, e-mail, address ...)?"""
    return next(_index().contactwoorden.in_tekst(tekst), None) is not None


def gevraagd_kanaal(tekst: str) -> Kanaalvraag | None:
    """The way of contact the user asks for (the first one in the text), or None."""
    gevonden = [
        (i, kanaal) for kanaal, woorden in _index().kanalen.items() for i, _, _ in woorden.in_tekst(tekst)
    ]
    return min(gevonden)[1] if gevonden else None


def is_vervolgvraag(tekst: str) -> bool:
    """A short follow-up that names an organisation and nothing else: "en van het cak?", "en het ciz?"."""
    toks = tokens(tekst or "")
    bij_naam = [v for v in _vermeldingen(toks, tekst or "") if v.herkend is Herkend.NAAM]
    genoemd = {i for v in bij_naam for i in v.woorden}
    vervolgwoorden = _index().vervolgwoorden
    return bool(bij_naam) and all(t.norm in vervolgwoorden for i, t in enumerate(toks) if i not in genoemd)


def instantie_uit_waarde(waarde: object) -> tuple[Instantie, ...]:
    """A value of the NLU entity 'organisatie' as Instantie; () when it is no organisation ('de')."""
    try:
        return (Instantie(str(waarde)),)
    except ValueError:
        return ()
