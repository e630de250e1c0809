"""Personal data in what users type, replaced by a label before anything is stored or logged.

What counts (issue #10): a BSN that passes the elfproef, an IBAN that passes the mod-97 check, a
phone number (Dutch, or international with + or 00), an e-mail address and a date of birth. Numbers
that are not personal data must pass unchanged: amounts ("30000", "€ 2.150,50", a 9-digit amount
that fails the elfproef), postcodes ("2312 AB") and years ("2025"). Validation is left to
maintained libraries: python-stdnum (BSN, IBAN) and phonenumbers.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass
from enum import Enum

import phonenumbers
from stdnum import iban as stdnum_iban
from stdnum.nl import bsn as stdnum_bsn


class Soort(str, Enum):
    """Kinds of personal data; the value is the label that replaces it in the text."""

    BSN = "[BSN]"
    IBAN = "[IBAN]"
    TELEFOON = "[TELEFOONNUMMER]"
    EMAIL = "[E-MAIL]"
    GEBOORTEDATUM = "[GEBOORTEDATUM]"


@dataclass(frozen=True)
class Maskering:
    tekst: str
    soorten: frozenset[Soort]

    @property
    def gemaskeerd(self) -> bool:
        return bool(self.soorten)


# Not part of a longer number (no digit, or digit group after a dot or comma, on either side);
# letters may touch it ("bsn123456782"). Separators people type inside a BSN: spaces, dots,
# hyphens ("1234.56.782", "123 456 782").
_BSN = re.compile(r"(?<![\d.,])\d(?:[ .\-]?\d){8}(?!\d|[.,]\d)")
# Two letters, two check digits, then letters and digits in groups of four (with or without a
# space between the groups, as people write them) and a shorter last group.
_IBAN = re.compile(r"(?<!\w)[A-Za-z]{2}\d{2}(?: ?[A-Za-z0-9]{4}){2,7}(?: ?[A-Za-z0-9]{1,3})?(?!\w)")
_EMAIL = re.compile(r"(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+")

_MAANDEN = {
    "januari": 1,
    "jan": 1,
    "februari": 2,
    "feb": 2,
    "maart": 3,
    "mrt": 3,
    "april": 4,
    "apr": 4,
    "mei": 5,
    "juni": 6,
    "jun": 6,
    "juli": 7,
    "jul": 7,
    "augustus": 8,
    "aug": 8,
    "september": 9,
    "sep": 9,
    "sept": 9,
    "oktober": 10,
    "okt": 10,
    "november": 11,
    "nov": 11,
    "december": 12,
    "dec": 12,
}
_MAAND = "|".join(sorted(_MAANDEN, key=len, reverse=True))
_DATUMS = (
    # 12-03-1945, 12/3/1945, 12.03.45 (day, month, year)
    re.compile(r"(?<![\w.,/-])(?P<d>\d{1,2})([-/.])(?P<m>\d{1,2})\2(?P<j>\d{4}|\d{2})(?![\w/-]|[.,]\d)"),
    # 1945-03-12 (ISO)
    re.compile(r"(?<![\w.,/-])(?P<j>\d{4})-(?P<m>\d{1,2})-(?P<d>\d{1,2})(?![\w/-]|[.,]\d)"),
    # 12 maart 1945, 12 mrt. 1945
    re.compile(rf"(?<![\w.,])(?P<d>\d{{1,2}})\s+(?P<mn>{_MAAND})\.?\s+(?P<j>\d{{4}})(?!\w)", re.IGNORECASE),
)
_GEBOORTE = re.compile(
    r"(geboren|geb\.|geboortedatum|geboorte|jarig|verjaardag)\W{0,3}(\w+\W+){0,2}$", re.IGNORECASE
)
# A date with a year at least this many years ago is taken as a date of birth: clients and
# relatives give one to identify someone, while the dates a Wlz question is about (a letter, a
# bill, an admission, the peildatum of the vermogen) lie in recent years.
_JAREN_GELEDEN = 16


def maskeer(tekst: str, vandaag: dt.date | None = None) -> Maskering:
    """The text with personal data replaced by labels (`[BSN]`, ...), and which kinds were found."""
    if not tekst:
        return Maskering(tekst, frozenset())
    vandaag = vandaag or dt.date.today()
    gevonden: set[Soort] = set()

    def vervang(
        patroon: re.Pattern[str], soort: Soort, geldig: Callable[[re.Match[str]], bool], tekst: str
    ) -> str:
        def vervanging(treffer: re.Match[str]) -> str:
            if geldig(treffer):
                gevonden.add(soort)
                return soort.value
            return treffer.group(0)

        return patroon.sub(vervanging, tekst)

    # E-mail first: an address may contain digits that look like a phone number or a date.
    tekst = vervang(_EMAIL, Soort.EMAIL, lambda _: True, tekst)
    tekst = vervang(_IBAN, Soort.IBAN, lambda t: stdnum_iban.is_valid(t.group(0)), tekst)
    for patroon in _DATUMS:
        tekst = vervang(patroon, Soort.GEBOORTEDATUM, lambda t: _is_geboortedatum(t, vandaag), tekst)
    tekst = vervang(_BSN, Soort.BSN, _is_bsn, tekst)
    tekst = _maskeer_telefoonnummers(tekst, gevonden)
    return Maskering(tekst, frozenset(gevonden))


def _is_bsn(treffer: re.Match[str]) -> bool:
    # "€ 123.456.782" is an amount, even when its digits happen to pass the elfproef.
    is_bedrag = treffer.string[: treffer.start()].rstrip().endswith("€")
    return not is_bedrag and stdnum_bsn.is_valid(treffer.group(0))


def _is_geboortedatum(treffer: re.Match[str], vandaag: dt.date) -> bool:
    velden = treffer.groupdict()
    maand = _MAANDEN[velden["mn"].lower()] if velden.get("mn") else int(velden["m"])
    jaar_tekst = velden["j"]
    jaar = int(jaar_tekst)
    if len(jaar_tekst) == 2:
        # "12-03-45": the century is unknown, which is how people write a birth date.
        jaar += 1900 if jaar > vandaag.year % 100 else 2000
    try:
        datum = dt.date(jaar, maand, int(velden["d"]))
    except ValueError:
        return False
    if len(jaar_tekst) == 2 or datum.year <= vandaag.year - _JAREN_GELEDEN:
        return datum <= vandaag
    return bool(_GEBOORTE.search(treffer.string[: treffer.start()])) and datum <= vandaag


def _maskeer_telefoonnummers(tekst: str, gevonden: set[Soort]) -> str:
    delen = []
    vorige = 0
    for treffer in phonenumbers.PhoneNumberMatcher(tekst, "NL", leniency=phonenumbers.Leniency.VALID):
        # Phone numbers are written with a leading 0, + or 00, or an area code in brackets. Any
        # other digit string (an amount, a 9-digit number that fails the elfproef) is not one.
        if not re.match(r"[(+0]", treffer.raw_string):
            continue
        delen += [tekst[vorige : treffer.start], Soort.TELEFOON.value]
        vorige = treffer.end
        gevonden.add(Soort.TELEFOON)
    return "".join(delen) + tekst[vorige:] if delen else tekst
