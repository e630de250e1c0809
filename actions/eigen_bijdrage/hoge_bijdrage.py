"""The hoge eigen bijdrage (HEB) as an honest range (spec §4b and §6).

The HEB is 1/12 of: inkomen - belasting - 15% of income from work - zak- en
kleedgeld - aftrek Zvw (corrected for zorgtoeslag) - aftrekpost - extra
vrijlating - compensatie + vermogensinkomensbijtelling, capped at heb_max
(Blz 3.3.2.1 and 3.3.2.3). The Rlz amounts of most of these deductions for
2024-2026 are unknown, so we give a range and never a falsely precise figure.

Upper end (the most the person can owe). Every deduction at its smallest
plausible value, as in the spec's bound "inkomen - belasting - zak- en kleedgeld
- aftrek Zvw + bijtelling":
- belasting as given; if not given 0, because tax is never negative;
- aftrek Zvw: for an unmarried AOW client the Rlz formula on the known income
  (standaardpremie + % x inkomen, within min/max, as spec example 6). For others
  the percentage works on an income we do not know (the Zvw-bijdrage-inkomen,
  or each spouse's share), so per person the lowest value the formula can give:
  the AOW minimum, or the standaardpremie. Minus the largest zorgtoeslag
  correction, as if there was a right to zorgtoeslag;
- aftrekpost, extra vrijlating and the 15% for work left out (all >= 0).

Lower end (the least the person can owe). Every deduction generous:
- belasting as given; if not given the box 1 tariff without heffingskortingen on
  all income. That is an upper bound on income tax + premie volksverzekeringen:
  heffingskortingen only lower the tax, AOW rates are lower, the box 2 and box 3
  rates are lower than the first bracket, and for a couple the tariff on the
  joint income is at least the sum of the two separate tariffs;
- aftrek Zvw at its maximum per person without zorgtoeslag correction (for the
  unmarried AOW client: the formula, as above);
- aftrekpost at a generous bound (`heb_aannames`);
- extra vrijlating: 25% of the beschikbaar inkomen above the 2016 threshold.
  Thresholds are indexed every year, so the 2016 one is a lower bound and gives
  the largest vrijlating. It is taken before the compensatie is subtracted,
  which again makes it larger.

When the Rlz amounts of the peiljaar are missing (peiljaar 2024 for 2026) the
most recent earlier ones are used, and each deduction is widened by
`marge_per_jaar` per year: smaller at the upper end, larger at the lower end.

The lower end does not include the deduction of 15% of the net income from
work of the previous year: we do not ask for it. The steps say so; with such
income the HEB can be lower than the lower end.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from .bedragen import format_euro, naar_centen
from .model import Situatie
from .parameters import HebAannames, HebAftrek, JaarParameters, heb_aannames, heb_aftrek_voor
from .vermogen import NUL, Grondslag

EEN = Decimal(1)


@dataclass(frozen=True)
class Bereik:
    laag: Decimal  # per month, in cents
    hoog: Decimal


@dataclass(frozen=True)
class _Schatting:
    """One end of the range, per year."""

    belasting: Decimal
    aftrek: Decimal  # zak- en kleedgeld, aftrek Zvw and (lower end) aftrekpost together
    vrijlating: Decimal
    bijdrageplichtig: Decimal

    @property
    def positief(self) -> Decimal:
        return max(NUL, self.bijdrageplichtig)


def hoge_bijdrage(s: Situatie, p: JaarParameters, g: Grondslag, stappen: list[str]) -> Bereik:
    aftrek = heb_aftrek_voor(p.peiljaar)
    aannames = heb_aannames()
    marge = min(EEN, aannames.marge_per_jaar * (p.peiljaar - aftrek.peiljaar))
    # Only an unmarried client or a couple both in an instelling pays the HEB.
    aow = s.aow_per_persoon
    gehuwd = len(aow) == 2
    zak = aftrek.zak_en_kleedgeld_gehuwd if gehuwd else aftrek.zak_en_kleedgeld_alleenstaand
    zvw_laag, zvw_hoog = _aftrek_zvw(aow, s.inkomen, aftrek)

    belasting_laag = NUL if s.belasting is None else s.belasting
    correctie = _zorgtoeslag_correctie(gehuwd, s.inkomen, aftrek, aannames) * (EEN + marge)
    zeker = (zak + max(NUL, zvw_laag - correctie)) * (EEN - marge)
    hoogste = _Schatting(
        belasting_laag, zeker, NUL, s.inkomen - belasting_laag - zeker - g.compensatie + g.bijtelling
    )

    belasting_hoog = _max_belasting(s.inkomen, p) if s.belasting is None else s.belasting
    aftrekpost = sum(
        (aannames.aftrekpost_ruim_aow if a else aannames.aftrekpost_ruim_niet_aow for a in aow), NUL
    )
    ruim = (zak + zvw_hoog + aftrekpost) * (EEN + marge)
    beschikbaar = s.inkomen - belasting_hoog - ruim
    vrijlating = aannames.vrijlating_pct * max(NUL, beschikbaar - _vrijlating_grens(aow, aannames))
    laagste = _Schatting(
        belasting_hoog, ruim, vrijlating, beschikbaar - vrijlating - g.compensatie + g.bijtelling
    )

    bereik = Bereik(_per_maand(laagste, p), _per_maand(hoogste, p))
    _leg_uit(s, p, aftrek, bereik, hoogste, laagste, stappen)
    return bereik


def _per_maand(schatting: _Schatting, p: JaarParameters) -> Decimal:
    return naar_centen(min(p.heb_max, schatting.positief / 12))


def _aftrek_zvw(aow: tuple[bool, ...], inkomen: Decimal, a: HebAftrek) -> tuple[Decimal, Decimal]:
    """Lowest and highest plausible aftrek Zvw, before the zorgtoeslag correction."""
    if aow == (True,):
        formule = a.zvw_standaardpremie + a.zvw_pct * inkomen
        bedrag = min(a.zvw_max_pp, max(a.zvw_min_aow_alleenstaand, formule))
        return bedrag, bedrag
    laag = sum((a.zvw_min_aow_gehuwd_pp if heeft_aow else a.zvw_standaardpremie for heeft_aow in aow), NUL)
    return laag, a.zvw_max_pp * len(aow)


def _zorgtoeslag_correctie(gehuwd: bool, inkomen: Decimal, a: HebAftrek, aannames: HebAannames) -> Decimal:
    """The largest correction: as if there was a right to zorgtoeslag."""
    bedrag = a.zorgtoeslag_correctie_bedrag * (aannames.zorgtoeslag_factor_gehuwd if gehuwd else EEN)
    afbouw = a.zorgtoeslag_correctie_pct * max(NUL, inkomen - a.zorgtoeslag_correctie_drempel)
    return max(NUL, bedrag - afbouw)


def _max_belasting(inkomen: Decimal, p: JaarParameters) -> Decimal:
    eerste = min(inkomen, p.belasting_grens_1)
    return p.belasting_tarief_1 * eerste + p.belasting_toptarief * (inkomen - eerste)


def _vrijlating_grens(aow: tuple[bool, ...], aannames: HebAannames) -> Decimal:
    if len(aow) == 2:
        return aannames.vrijlating_grens_gehuwd_aow if any(aow) else aannames.vrijlating_grens_gehuwd_niet_aow
    return (
        aannames.vrijlating_grens_aow_alleenstaand
        if aow[0]
        else aannames.vrijlating_grens_niet_aow_alleenstaand
    )


def _leg_uit(
    s: Situatie,
    p: JaarParameters,
    aftrek: HebAftrek,
    bereik: Bereik,
    hoogste: _Schatting,
    laagste: _Schatting,
    stappen: list[str],
) -> None:
    stappen.append(
        "Voor de hoge eigen bijdrage gaan eerst kosten van het inkomen af: belasting, "
        "zak- en kleedgeld en de premie voor de zorgverzekering. Het vermogen telt daarna mee."
    )
    stappen.append(
        "Een paar van die aftrekposten weten we niet precies. Daarom rekenen we met een "
        "hoogste en een laagste schatting."
    )
    if aftrek.peiljaar != p.peiljaar:
        stappen.append(
            f"De aftrekposten voor {p.peiljaar} zijn nog niet bekend. We gebruiken die van "
            f"{aftrek.peiljaar}, met een ruime marge."
        )
    if s.belasting is None:
        stappen.append(
            f"U heeft niet opgegeven hoeveel belasting u over {p.peiljaar} betaalde. Daarom liggen "
            "de schattingen ver uit elkaar. Met dat bedrag wordt de schatting beter."
        )
    stappen.append(
        f"Hoogste schatting: alleen wat zeker afgaat. Belasting {format_euro(hoogste.belasting)}, "
        f"zak- en kleedgeld en zorgverzekering {format_euro(hoogste.aftrek)}. Bijdrageplichtig inkomen "
        f"{format_euro(hoogste.positief)}, per maand {format_euro(hoogste.positief / 12)}."
    )
    stappen.append(
        f"Laagste schatting: ruime aftrek. Belasting {format_euro(laagste.belasting)}, zak- en kleedgeld, "
        f"zorgverzekering en vaste aftrek {format_euro(laagste.aftrek)}, vrijlating "
        f"{format_euro(laagste.vrijlating)}. Bijdrageplichtig inkomen {format_euro(laagste.positief)}, "
        f"per maand {format_euro(laagste.positief / 12)}."
    )
    stappen.append(
        f"We gaan ervan uit dat er in {p.jaar - 1} geen inkomen uit werk was. Was dat er wel, "
        "dan gaat er nog 15 % van de opbrengst af."
    )
    stappen.append(f"De hoge eigen bijdrage is nooit meer dan {format_euro(p.heb_max)} per maand.")
    if bereik.laag == bereik.hoog == p.heb_max:
        stappen.append(
            f"Beide schattingen komen boven dat maximum. U betaalt dus {format_euro(p.heb_max)} per maand."
        )
    elif bereik.laag == bereik.hoog:
        stappen.append(f"Beide schattingen komen uit op {format_euro(bereik.laag)} per maand.")
    else:
        stappen.append(
            f"Uw hoge eigen bijdrage ligt waarschijnlijk tussen {format_euro(bereik.laag)} en "
            f"{format_euro(bereik.hoog)} per maand."
        )
