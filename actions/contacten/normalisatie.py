"""Normalisation of place names and sentences, so that variants end up on the same key.

Examples (each line one key):
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

# A word: letters/digits (apostrophes, hyphens and dots split words: "'s" -> "s").
_WOORD_RE = re.compile(r"[^\W_]+", re.UNICODE)
_ZINSEINDE_RE = re.compile(r"[.!?\n]")


def _basis(tekst: str) -> str:
    """Lower case, without accents, 'ĳ' -> 'ij', 'y' -> 'ij'."""
    tekst = unicodedata.normalize("NFKD", tekst)
    tekst = "".join(c for c in tekst if not unicodedata.combining(c))
    tekst = tekst.lower().replace("ĳ", "ij")
    return tekst.replace("y", "ij")


@dataclass(frozen=True)
class Token:
    """A normalised word with a reference to the original."""

    norm: str  # normalised form
    orig: str  # as typed
    start: int  # position in the original text
    eind: int
    zinsbegin: bool  # first word of a sentence


def _herschrijf(tokens: list[Token]) -> list[Token]:
    """Writes out abbreviations in place names: a/d, ad, a.d. -> aan de; aan den -> aan de; st -> sint."""
    uit: list[Token] = []
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


def tokens(tekst: str) -> list[Token]:
    """Splits a text into normalised words (punctuation, hyphens and apostrophes drop out)."""
    result: list[Token] = []
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
    """The search key of a name: normalised words with spaces between them."""
    return " ".join(t.norm for t in tokens(naam))
