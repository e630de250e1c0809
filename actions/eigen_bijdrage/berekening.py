"""The estimate: `bereken(Situatie) -> Uitkomst`, and the lage eigen bijdrage."""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

from .bedragen import format_euro, format_procent, naar_centen
from .hoge_bijdrage import hoge_bijdrage
from .model import Bijdragesoort, Partnersituatie, Situatie, Uitkomst, Zorgvorm
from .parameters import JaarParameters, parameters_voor
from .regels import EERSTE_MAANDEN, bepaal_soort
from .vermogen import NUL, Grondslag, bereken_grondslag

_MPT_PGB = (Zorgvorm.MPT, Zorgvorm.PGB)


def bereken(situatie: Situatie) -> Uitkomst:
    p = parameters_voor(situatie.jaar)
    soort = bepaal_soort(situatie)
    if soort.soort == Bijdragesoort.GEEN:
        nul = naar_centen(NUL)
        return Uitkomst(situatie.jaar, soort.soort, soort.reden, nul, nul, nul, [soort.reden])

    stappen = [
        f"Voor de eigen bijdrage in {situatie.jaar} kijkt het CAK naar inkomen en vermogen van "
        f"{p.peiljaar} (het peiljaar)."
    ]
    if situatie.zorgvorm == Zorgvorm.BESCHERMD_WONEN:
        stappen.append(
            "Beschermd wonen valt onder de Wmo. De eigen bijdrage wordt op dezelfde manier berekend "
            "als voor de Wlz."
        )
    grondslag = bereken_grondslag(situatie, p, stappen)

    if soort.soort == Bijdragesoort.HOOG:
        bereik = hoge_bijdrage(situatie, p, grondslag, stappen)
        bekend = bereik.laag if bereik.laag == bereik.hoog else None
        return Uitkomst(situatie.jaar, soort.soort, soort.reden, bekend, bereik.laag, bereik.hoog, stappen)

    bedrag, voorlopig = _lage_bijdrage(situatie, p, grondslag, stappen)
    later = _na_vier_maanden(situatie, stappen) if soort.eerste_maanden else None
    return Uitkomst(
        situatie.jaar, soort.soort, soort.reden, bedrag, bedrag, bedrag, stappen, voorlopig, later
    )


def _lage_bijdrage(s: Situatie, p: JaarParameters, g: Grondslag, stappen: list[str]) -> tuple[Decimal, bool]:
    """Blz 3.3.2.2 and 3.3.2.4; returns (monthly amount, is_voorlopig)."""
    mpt_pgb = s.zorgvorm in _MPT_PGB
    inkomen = g.inkomen + g.bijtelling - g.compensatie
    if mpt_pgb:
        inkomen -= p.inkomensvermindering_mpt_pgb
        stappen.append(
            f"Bij een {s.zorgvorm} gaat er {format_euro(p.inkomensvermindering_mpt_pgb)} van het inkomen af."
        )
    # Below zero only happens for mpt/pgb; the minimum applies then anyway.
    inkomen = max(NUL, inkomen)
    stappen.append(f"Bijdrageplichtig inkomen: {format_euro(inkomen)}.")
    maand = p.leb_pct * inkomen / 12
    stappen.append(
        f"De lage eigen bijdrage is {format_procent(p.leb_pct)} hiervan, gedeeld door 12: "
        f"{format_euro(maand)} per maand."
    )
    if maand < p.leb_min:
        maand = p.leb_min
        stappen.append(f"Dat is minder dan het minimum. Het wordt daarom {format_euro(maand)} per maand.")
    elif maand > p.leb_max:
        maand = p.leb_max
        stappen.append(f"Dat is meer dan het maximum. Het wordt daarom {format_euro(maand)} per maand.")
    if mpt_pgb:  # the korting comes after the minimum and maximum (lid 4)
        maand = max(NUL, maand - p.korting_mpt_pgb)
        stappen.append(
            f"Bij een {s.zorgvorm} krijgt u {format_euro(p.korting_mpt_pgb)} korting. "
            f"Dan blijft er {format_euro(maand)} per maand over."
        )
    elif s.partner == Partnersituatie.WLZ_THUIS:
        stappen.append(
            "Heeft uw partner een mpt of pgb? Dan kan er nog een korting af. Daar rekenen we hier niet mee."
        )
    maand = naar_centen(maand)
    if not s.mpt_max_20_uur:
        return maand, False
    voorlopig = naar_centen(p.leb_min - p.korting_mpt_pgb)  # lid 5
    stappen.append(
        f"U krijgt 20 uur zorg of minder per maand. Dan rekent het CAK eerst een voorlopig bedrag: "
        f"het minimum {format_euro(p.leb_min)} min de korting {format_euro(p.korting_mpt_pgb)} = "
        f"{format_euro(voorlopig)} per maand. Binnen 6 maanden volgt het definitieve bedrag. "
        f"Kreeg u toch meer dan 20 uur zorg? Dan wordt het {format_euro(maand)} per maand."
    )
    return voorlopig, True


def _na_vier_maanden(s: Situatie, stappen: list[str]) -> Uitkomst:
    later = bereken(replace(s, maanden=EERSTE_MAANDEN + 1))
    stappen.append(
        "Let op: woonde u in de 4 maanden hiervoor ook in een instelling en betaalde u toen de hoge "
        "eigen bijdrage? Dan geldt de lage bijdrage voor de eerste 4 maanden niet."
    )
    if later.soort == Bijdragesoort.HOOG:
        stappen.append(f"Na 4 maanden betaalt u meestal de hoge eigen bijdrage: {later.bedrag_tekst}.")
    else:
        stappen.append(f"Ook na 4 maanden blijft het de lage eigen bijdrage. {later.reden}")
    return later
