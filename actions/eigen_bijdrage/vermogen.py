"""Income, vermogensinkomensbijtelling and compensatie vervallen ouderentoeslag.

These parts are shared by the lage and the hoge eigen bijdrage (spec §3).

Couples give one joint income and one joint vermogen. Like spec example 4 we
then use the vrijstelling of both persons together (2 x the toetsbedrag). Per
person the CAK works with each person's own vermogen; with an uneven split the
CAK may add a little more. The compensatie is tested per person on his or her
own income: we assume both halves are equal, and say so in the steps.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from .bedragen import format_euro, format_procent
from .model import Partnersituatie, Situatie
from .parameters import JaarParameters

NUL = Decimal(0)


@dataclass(frozen=True)
class Grondslag:
    inkomen: Decimal
    bijtelling: Decimal
    compensatie: Decimal


def bereken_grondslag(s: Situatie, p: JaarParameters, stappen: list[str]) -> Grondslag:
    if s.heeft_partner:
        stappen.append(
            f"Het inkomen van u en uw partner samen in {p.peiljaar} (peiljaar): {format_euro(s.inkomen)}."
        )
    else:
        stappen.append(f"Uw inkomen in {p.peiljaar} (peiljaar): {format_euro(s.inkomen)}.")
    extra = _extra_vrijstelling(s, p)
    bijtelling = _bijtelling(s, p, extra, stappen)
    compensatie = _compensatie(s, p, extra, bijtelling, stappen)
    return Grondslag(s.inkomen, bijtelling, compensatie)


def _extra_vrijstelling(s: Situatie, p: JaarParameters) -> tuple[Decimal, ...]:
    """Extra vermogensvrijstelling per person, Blz 3.3.1.2 lid 1 b (2024/2025 only).

    The client gets it under AOW age. The spouse gets it when he or she has AOW
    age (1°), or has not but owes no contribution of his or her own (2°): that is
    the partner at home without Wlz care.
    """
    if p.extra_vermogensvrijstelling is None:
        return tuple(NUL for _ in s.aow_per_persoon)
    client = NUL if s.aow else p.extra_vermogensvrijstelling
    if not s.heeft_partner:
        return (client,)
    partner_telt = s.partner_aow or s.partner == Partnersituatie.THUIS
    return (client, p.extra_vermogensvrijstelling if partner_telt else NUL)


def _bijtelling(s: Situatie, p: JaarParameters, extra: tuple[Decimal, ...], stappen: list[str]) -> Decimal:
    personen = len(extra)
    vrijstelling = personen * p.toetsbedrag_pp + sum(extra, NUL)
    if s.vermogen == 0:
        stappen.append(f"Vermogen op 1 januari {p.peiljaar}: € 0. Er komt niets bij het inkomen.")
        return NUL
    stappen.append(
        f"Vermogen (spaargeld en beleggingen min schulden) op 1 januari {p.peiljaar}: "
        f"{format_euro(s.vermogen)}."
    )
    if personen == 2:
        stappen.append(f"De vrijstelling geldt voor u allebei: 2 x {format_euro(p.toetsbedrag_pp)}.")
    for wie, bedrag in zip(("u", "uw partner"), extra, strict=False):  # extra: 1 or 2 people
        if bedrag:
            stappen.append(
                f"Voor {wie} komt er {format_euro(bedrag)} extra vrijstelling bij "
                f"(extra vermogensvrijstelling {p.jaar})."
            )
    boven = max(NUL, s.vermogen - vrijstelling)
    if boven == 0:
        stappen.append(
            f"Dat is niet meer dan de vrijstelling van {format_euro(vrijstelling)}. "
            "Er komt niets bij het inkomen."
        )
        return NUL
    bijtelling = p.vermogensbijtelling_pct * boven
    stappen.append(
        f"Vermogen boven de vrijstelling van {format_euro(vrijstelling)}: {format_euro(boven)}. "
        f"Daarvan telt {format_procent(p.vermogensbijtelling_pct)} mee: {format_euro(bijtelling)}."
    )
    return bijtelling


def _compensatie(
    s: Situatie, p: JaarParameters, extra: tuple[Decimal, ...], bijtelling: Decimal, stappen: list[str]
) -> Decimal:
    """Compensatie vervallen ouderentoeslag, per person with AOW age (2024/2025).

    Blz 3.3.1.2a: 4% of the grondslag sparen en beleggen (minus the extra
    vrijstelling) plus the bijtelling, at most the cap, when income minus that 4%
    is below the threshold. The grondslag sparen en beleggen is not asked: we
    take the rendementsgrondslag minus the box 3 heffingvrij vermogen of the
    peiljaar (Wet IB 2001 art. 5.2), as spec example 2 does (100.000 - 57.000).
    The LEB article words the test "4% van dat vermogen"; we use the grondslag
    sparen en beleggen in both, as the spec examples do.
    """
    pct, drempel, maximum = p.compensatie_pct, p.compensatie_drempel, p.compensatie_max
    if pct is None or drempel is None or maximum is None or not any(s.aow_per_persoon):
        return NUL  # no compensatie from 2026 on
    personen = len(s.aow_per_persoon)
    totaal = NUL
    laag_inkomen = False
    for aow, eigen_extra in zip(s.aow_per_persoon, extra, strict=True):
        if not aow:
            continue
        grondslag_sparen = max(NUL, s.vermogen / personen - p.heffingsvrij_vermogen_pp - eigen_extra)
        rendement = pct * grondslag_sparen
        if s.inkomen / personen - rendement < drempel:
            laag_inkomen = True
            totaal += min(maximum, rendement + bijtelling / personen)
    if totaal:
        stappen.append(
            f"Met de AOW-leeftijd en een laag inkomen gaat er {format_euro(totaal)} af: "
            "de compensatie vervallen ouderentoeslag."
        )
        if personen == 2:
            stappen.append(
                "Daarbij gaan we ervan uit dat inkomen en vermogen gelijk over u en uw partner verdeeld zijn."
            )
    elif not laag_inkomen:
        stappen.append(
            "Met de AOW-leeftijd is er soms een compensatie (compensatie vervallen ouderentoeslag). "
            f"Het inkomen is daarvoor te hoog: de grens is {format_euro(drempel)} "
            "per persoon."
        )
    # Low income but no vermogen: the compensatie is 0 and there is nothing to explain.
    return totaal
