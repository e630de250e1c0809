"""Money as people type it in Dutch, and money as we show it.

Separator rules of `parse_bedrag` (Dutch first, English tolerated):
- "." and "," both present: the last one is the decimal separator
  ("2.150,50" and "2,150.50" are both 2150.50).
- Only ",": one comma is a decimal comma ("1,2 ton"); several are thousands
  separators ("1,234,567").
- Only ".": several dots are thousands separators ("1.234.567"). One dot followed
  by exactly three digits is a thousands separator ("30.000" is 30000). Otherwise
  it is a decimal point: "30.5" is 30,50 and "30.50" is 30,50. Dutch writes
  thousands in groups of three, so "30.5" cannot be thirty thousand five hundred;
  reading it as English decimal notation is the only consistent choice.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

from .getallen import GETALWOORD, getalwoord, zonder_accenten

CENT = Decimal("0.01")


def naar_centen(bedrag: Decimal) -> Decimal:
    return bedrag.quantize(CENT, rounding=ROUND_HALF_UP)


def format_euro(bedrag: Decimal | int) -> str:
    """Dutch notation: format_euro(Decimal("2150.5")) == "€ 2.150,50"."""
    afgerond = naar_centen(Decimal(bedrag))
    teken = "-" if afgerond < 0 else ""
    engels = f"{abs(afgerond):,.2f}"  # "2,150.50"
    return f"€ {teken}" + engels.replace(",", "_").replace(".", ",").replace("_", ".")


def format_procent(fractie: Decimal) -> str:
    """format_procent(Decimal("0.0543")) == "5,43 %"."""
    procent = (fractie * 100).normalize()
    return f"{procent:f}".replace(".", ",") + " %"


@dataclass(frozen=True)
class ParsedBedrag:
    bedrag: Decimal
    per_maand: bool = False


# A number starts with a digit (optionally a minus) that does not continue a word
# or another number; the multiplier word may follow with or without a space.
_GETAL = re.compile(
    r"(?<![\w.,])(-?\d[\d.,]*)(?:\s*(k|duizend|ton|miljoen|mln)\b)?",
    re.IGNORECASE,
)
_FACTOR = {"k": 1_000, "duizend": 1_000, "ton": 100_000, "miljoen": 1_000_000, "mln": 1_000_000}
_PER_MAAND = re.compile(
    r"per\s+(?:maand|mnd)|(?<![a-z])p\s*/\s*m(?:nd)?\b|(?<![a-z])p\.m\.?|(?<![a-z])pm\b|/\s*(?:maand|mnd)\b"
    r"|\bmaandelijks\b|\b(?:in\s+de|elke|iedere)\s+maand\b",
    re.IGNORECASE,
)
# A number in words before a multiplier: "twee ton", "vijftigduizend", "anderhalve ton".
_WOORD_MET_FACTOR = re.compile(
    rf"\b({GETALWOORD}|honderd|anderhalve?|halve?)\s*(duizend|ton|miljoen)\b", re.IGNORECASE
)
_BREUKEN = {"anderhalf": "1.5", "anderhalve": "1.5", "half": "0.5", "halve": "0.5", "honderd": "100"}
# "geen idee" means "I don't know", not zero.
_NUL = re.compile(r"\b(?:niks|niets|nul)\b|\bgeen\b(?!\s+(?:idee|flauw|benul))", re.IGNORECASE)


def _lees_getal(tekst: str) -> Decimal | None:
    tekst = tekst.rstrip(".,")  # "30.000," as in "30.000,-" or at the end of a sentence
    punten, kommas = tekst.count("."), tekst.count(",")
    if punten and kommas:
        decimaal = "," if tekst.rfind(",") > tekst.rfind(".") else "."
        duizend = "." if decimaal == "," else ","
        tekst = tekst.replace(duizend, "").replace(decimaal, ".")
    elif kommas:
        tekst = tekst.replace(",", "") if kommas > 1 else tekst.replace(",", ".")
    elif punten > 1 or re.fullmatch(r"-?[1-9]\d{0,2}\.\d{3}", tekst):
        tekst = tekst.replace(".", "")
    try:
        return Decimal(tekst)
    except InvalidOperation:  # e.g. "1.2.3,4,5": not an amount
        return None


def _woorden_als_cijfers(tekst: str) -> str:
    """ "twee ton" -> "2 ton": a number word counts only before duizend, ton or miljoen."""

    def cijfers(match: re.Match[str]) -> str:
        woord = match.group(1).lower()
        return f"{_BREUKEN.get(woord) or getalwoord(woord)} {match.group(2)}"

    return _WOORD_MET_FACTOR.sub(cijfers, zonder_accenten(tekst))


def _is_jaartal(match: re.Match[str]) -> bool:
    getal, factor = match.group(1), match.group(2)
    return factor is None and re.fullmatch(r"(19|20)\d\d", getal) is not None


def parse_bedrag(tekst: str) -> ParsedBedrag | None:
    """Read one amount from free text; None if there is none or more than one.

    "€ 2.150,50 per maand" -> 2150.50 per maand; "30k", "25 duizend euro",
    "1,2 ton", "twee ton" -> 30000, 25000, 120000, 200000; "niks", "geen spaargeld" -> 0.
    A year next to an amount ("in 2023 was het 30.000") is ignored. Two amounts
    ("tussen 20 en 25 duizend") give None, so the caller asks again.
    """
    tekst = _woorden_als_cijfers(tekst)
    matches = list(_GETAL.finditer(tekst))
    if len(matches) > 1:
        matches = [m for m in matches if not _is_jaartal(m)]
    per_maand = _PER_MAAND.search(tekst) is not None
    if not matches:
        return ParsedBedrag(Decimal("0.00"), per_maand) if _NUL.search(tekst) else None
    if len(matches) > 1:
        return None
    getal = _lees_getal(matches[0].group(1))
    if getal is None:
        return None
    factor = _FACTOR.get((matches[0].group(2) or "").lower(), 1)
    return ParsedBedrag(naar_centen(getal * factor), per_maand)
