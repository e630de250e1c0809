"""Estimator for the CAK eigen bijdrage (Wlz and Wmo beschermd wonen).

Plain Python, no Rasa: the chat form builds a `Situatie` and calls `bereken`.
"""

from .bedragen import ParsedBedrag, format_euro, parse_bedrag
from .berekening import bereken
from .model import PARTNERSITUATIES, SOORTNAAM, ZORGVORMEN, OngeldigeInvoer, Situatie, Uitkomst
from .parameters import ondersteunde_jaren

__all__ = [
    "PARTNERSITUATIES",
    "SOORTNAAM",
    "ZORGVORMEN",
    "OngeldigeInvoer",
    "ParsedBedrag",
    "Situatie",
    "Uitkomst",
    "bereken",
    "format_euro",
    "ondersteunde_jaren",
    "parse_bedrag",
]
