"""Every euro amount in a fixed answer comes from the estimator's parameter file, so the
texts cannot drift from the rules (DEVELOPERS.md: never invent a number)."""

import re
from decimal import Decimal

from actions.eigen_bijdrage.parameters import ondersteunde_jaren, parameters_voor

EURO = re.compile(r"€\s?(\d{1,3}(?:\.\d{3})*(?:,\d{2})?)")


def bekende_bedragen():
    bedragen = set()
    for jaar in ondersteunde_jaren():
        p = parameters_voor(jaar)
        bedragen |= {
            p.leb_min,
            p.leb_max,
            p.heb_max,
            p.korting_mpt_pgb,
            p.inkomensvermindering_mpt_pgb,
            p.toetsbedrag_pp,
            p.peiljaarverlegging_drempel_leb,
            2 * p.toetsbedrag_pp,  # partners together
            p.leb_min - p.korting_mpt_pgb,
        }  # mpt ≤ 20 uur, voorlopig
    return bedragen


def als_decimal(tekst):
    return Decimal(tekst.replace(".", "").replace(",", "."))


def test_bedragen_in_antwoorden_komen_uit_de_parameters(domain):
    bekend = bekende_bedragen()
    gecontroleerd = 0
    for naam, varianten in domain["responses"].items():
        for variant in varianten:
            for bedrag in EURO.findall(variant.get("text", "")):
                assert als_decimal(bedrag) in bekend, f"{naam}: € {bedrag} staat niet in parameters.yml"
                gecontroleerd += 1
    assert gecontroleerd >= 5  # the cost answers do name amounts; an empty scan would prove nothing
