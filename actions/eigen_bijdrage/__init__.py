"""Estimator for the CAK eigen bijdrage (Wlz and Wmo beschermd wonen).

Plain Python, no Rasa. The chat form and the command line share everything here: the estimator
(`bereken`), which questions apply and how Dutch answers are read (`vragen`, `antwoorden`), and the
wording of the result (`resultaat`).
"""

from .bedragen import ParsedBedrag, format_euro, parse_bedrag
from .berekening import bereken
from .model import (
    PARTNERSITUATIES,
    ZORGVORMEN,
    Bijdragesoort,
    OngeldigeInvoer,
    Partnersituatie,
    Situatie,
    Uitkomst,
    Zorgvorm,
)
from .parameters import ondersteunde_jaren

__all__ = [
    "PARTNERSITUATIES",
    "ZORGVORMEN",
    "Bijdragesoort",
    "OngeldigeInvoer",
    "ParsedBedrag",
    "Partnersituatie",
    "Situatie",
    "Uitkomst",
    "Zorgvorm",
    "bereken",
    "format_euro",
    "ondersteunde_jaren",
    "parse_bedrag",
]
