"""Normalisatie van plaatsnamen en zinnen, zodat varianten op dezelfde sleutel uitkomen.

Voorbeelden (allemaal dezelfde sleutel):
    "'s-Gravenhage", "s gravenhage", "S-GRAVENHAGE"          -> "s gravenhage"
    "Alphen aan den Rijn", "alphen a/d rijn", "Alphen ad Rijn" -> "alphen aan de rijn"
    "Nieuw-Vennep", "nieuw vennep"                            -> "nieuw vennep"
    "Katwyk", "Katwijk"                                       -> "katwijk"   (y -> ij)
    "St. Willebrord", "Sint Willebrord"                       -> "sint willebrord"
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from typing import List, Tuple

# Een woord: letters/cijfers, eventueel met een apostrof erin ("'s", "d'r").
_WOORD_RE = re.compile(r"[^\W_]+", re.UNICODE)
_ZINSEINDE_RE = re.compile(r"[.!?\n]")


def _basis(tekst: str) -> str:
    """Kleine letters, zonder accenten, 'ĳ' -> 'ij', 'y' -> 'ij'."""
    tekst = unicodedata.normalize("NFKD", tekst)
    tekst = "".join(c for c in tekst if not unicodedata.combining(c))
    tekst = tekst.lower().replace("ĳ", "ij")
    return tekst.replace("y", "ij")


@dataclass(frozen=True)
class Token:
    """Een genormaliseerd woord met verwijzing naar het origineel."""

    norm: str  # genormaliseerde vorm
    orig: str  # zoals getypt
    start: int  # positie in de oorspronkelijke tekst
    eind: int
    zinsbegin: bool  # eerste woord van een zin


def _herschrijf(tokens: List[Token]) -> List[Token]:
    """Vaste afkortingen in plaatsnamen uitschrijven: a/d, ad, a.d. -> aan de; aan den -> aan de; st -> sint."""
    uit: List[Token] = []
    i = 0
    while i < len(tokens):
        t = tokens[i]
        volgende = tokens[i + 1] if i + 1 < len(tokens) else None
        if t.norm == "a" and volgende is not None and volgende.norm in ("d", "de", "den"):
            uit.append(Token("aan", t.orig, t.start, t.eind, t.zinsbegin))
            uit.append(Token("de", volgende.orig, volgende.start, volgende.eind, False))
            i += 2
            continue
        if t.norm == "ad" and uit and volgende is not None:
            uit.append(Token("aan", t.orig, t.start, t.eind, False))
            uit.append(Token("de", t.orig, t.start, t.eind, False))
            i += 1
            continue
        if t.norm == "den" and uit and uit[-1].norm == "aan":
            uit.append(Token("de", t.orig, t.start, t.eind, t.zinsbegin))
            i += 1
            continue
        if t.norm == "st":
            uit.append(Token("sint", t.orig, t.start, t.eind, t.zinsbegin))
            i += 1
            continue
        uit.append(t)
        i += 1
    return uit


def tokens(tekst: str) -> List[Token]:
    """Splits een tekst in genormaliseerde woorden (leestekens, streepjes en apostrofs vallen weg)."""
    result: List[Token] = []
    vorige_eind = 0
    eerste = True
    for m in _WOORD_RE.finditer(tekst):
        tussen = tekst[vorige_eind : m.start()]
        if _ZINSEINDE_RE.search(tussen):
            eerste = True
        norm = _basis(m.group())
        if norm:
            result.append(Token(norm, m.group(), m.start(), m.end(), eerste))
            eerste = False
        vorige_eind = m.end()
    return _herschrijf(result)


def sleutel(naam: str) -> str:
    """De zoeksleutel van een naam: genormaliseerde woorden met spaties ertussen."""
    return " ".join(t.norm for t in tokens(naam))


def sleutel_zonder_spaties(naam: str) -> str:
    return sleutel(naam).replace(" ", "")


def sleutel_van(toks: Tuple[Token, ...] | List[Token]) -> str:
    return " ".join(t.norm for t in toks)
