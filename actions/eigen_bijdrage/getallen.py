"""Dutch number words from 0 to 99, as people type them: "drie", "zestien", "vierentachtig",
"drieëntachtig" (also without the diaeresis)."""

from __future__ import annotations

import re
import unicodedata

_EENHEDEN = {
    "een": 1,
    "twee": 2,
    "drie": 3,
    "vier": 4,
    "vijf": 5,
    "zes": 6,
    "zeven": 7,
    "acht": 8,
    "negen": 9,
}
_TIENERS = {
    "nul": 0,
    "tien": 10,
    "elf": 11,
    "twaalf": 12,
    "dertien": 13,
    "veertien": 14,
    "vijftien": 15,
    "zestien": 16,
    "zeventien": 17,
    "achttien": 18,
    "negentien": 19,
}
_TIENTALLEN = {
    "twintig": 20,
    "dertig": 30,
    "veertig": 40,
    "vijftig": 50,
    "zestig": 60,
    "zeventig": 70,
    "tachtig": 80,
    "negentig": 90,
}
_SAMENGESTELD = re.compile("(" + "|".join(_EENHEDEN) + ")en(" + "|".join(_TIENTALLEN) + ")")
# A regex alternative for one number word in text without accents (see `zonder_accenten`);
# longest first, so "zeventien" is read whole and not as "zeven".
GETALWOORD = "|".join(
    sorted(
        [_SAMENGESTELD.pattern.replace("(", "(?:"), *_TIENERS, *_TIENTALLEN, *_EENHEDEN],
        key=len,
        reverse=True,
    )
)


def zonder_accenten(tekst: str) -> str:
    """ "één" -> "een", "drieëntachtig" -> "drieentachtig"."""
    ontleed = unicodedata.normalize("NFKD", tekst)
    return "".join(teken for teken in ontleed if not unicodedata.combining(teken))


def getalwoord(woord: str) -> int | None:
    """The value of one Dutch number word (0-99), or None."""
    woord = zonder_accenten(woord.lower())
    for tabel in (_EENHEDEN, _TIENERS, _TIENTALLEN):
        if woord in tabel:
            return tabel[woord]
    samengesteld = _SAMENGESTELD.fullmatch(woord)
    if samengesteld:
        return _EENHEDEN[samengesteld.group(1)] + _TIENTALLEN[samengesteld.group(2)]
    return None
