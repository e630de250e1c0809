"""Which contribution applies: laag, hoog or geen (spec §2, Blz 3.3.2.1-3.3.2.2)."""

from __future__ import annotations

from dataclasses import dataclass

from .model import VERBLIJF, Bijdragesoort, Partnersituatie, Situatie, Zorgvorm

EERSTE_MAANDEN = 4  # Blz 3.3.2.2 lid 1 a/b: "de eerste vier maanden"

_THUISZORG = {
    Zorgvorm.VPT: "een volledig pakket thuis (vpt)",
    Zorgvorm.MPT: "een modulair pakket thuis (mpt)",
    Zorgvorm.PGB: "een persoonsgebonden budget (pgb)",
}
LAAG, HOOG = Bijdragesoort.LAAG, Bijdragesoort.HOOG


@dataclass(frozen=True)
class Soort:
    soort: Bijdragesoort
    reden: str
    # True when only the first-four-months rule makes it laag: the caller then
    # also shows what happens after four months.
    eerste_maanden: bool = False


def bepaal_soort(s: Situatie) -> Soort:
    if s.minderjarig:
        return Soort(Bijdragesoort.GEEN, "U bent jonger dan 18 jaar. Dan betaalt u geen eigen bijdrage.")
    if s.zorgvorm == Zorgvorm.DEELTIJDVERBLIJF:  # lid 1 e, or lid 2 a/d for a partner at home
        return Soort(
            LAAG,
            "U woont een deel van de week in een instelling (deeltijdverblijf). "
            "Dan betaalt u de lage eigen bijdrage.",
        )
    if s.zorgvorm not in VERBLIJF:  # vpt, mpt, pgb: lid 2 a-c, whatever the partner has
        return Soort(
            LAAG, f"U krijgt zorg thuis via {_THUISZORG[s.zorgvorm]}. Dan betaalt u de lage eigen bijdrage."
        )
    return _bij_verblijf(s)


def _bij_verblijf(s: Situatie) -> Soort:
    """Instelling or beschermd wonen, in the order of spec §2.3 (lid 1 a/b first)."""
    samen = s.partner == Partnersituatie.INSTELLING
    if s.maanden is not None and s.maanden <= EERSTE_MAANDEN:
        if samen:
            reden = (
                "U en uw partner wonen allebei in een instelling. Zolang u daar allebei nog geen "
                "4 maanden woont, betaalt u samen de lage eigen bijdrage."
            )
        else:
            reden = (
                f"U woont nu {_duur(s.maanden)} in de instelling. De eerste 4 maanden betaalt u "
                "de lage eigen bijdrage."
            )
        return Soort(LAAG, reden, eerste_maanden=True)
    if s.partner == Partnersituatie.THUIS:  # lid 2 a: no time limit
        return Soort(
            LAAG,
            "Uw partner woont nog thuis en krijgt geen Wlz-zorg. "
            "Dan betaalt u de lage eigen bijdrage, ook na 4 maanden.",
        )
    if s.partner == Partnersituatie.WLZ_THUIS:  # lid 2 b
        return Soort(
            LAAG,
            "Uw partner krijgt thuis zorg uit de Wlz (vpt, mpt of pgb). "
            "Dan betaalt u samen de lage eigen bijdrage.",
        )
    if s.kinderen:  # lid 1 c
        return Soort(
            LAAG,
            "U zorgt voor kinderen met kinderbijslag, of met studiefinanciering en jonger "
            "dan 27 jaar. Dan betaalt u de lage eigen bijdrage.",
        )
    if s.terugkeer:  # lid 1 d
        return Soort(
            LAAG,
            "Het zorgkantoor verwacht dat u binnen 4 maanden weer zelfstandig gaat wonen "
            "(regeling terugkeer naar zelfstandig wonen). Dan betaalt u de lage eigen bijdrage.",
        )
    if samen:  # 3.3.2.1 lid 1 b and c: one joint contribution
        return Soort(
            HOOG,
            "U en uw partner wonen allebei langer dan 4 maanden in een instelling. "
            "Dan betaalt u samen één hoge eigen bijdrage.",
        )
    return Soort(
        HOOG,
        "U woont langer dan 4 maanden in de instelling en er geldt geen uitzondering. "
        "Dan betaalt u de hoge eigen bijdrage.",
    )


def _duur(maanden: int) -> str:
    if maanden == 0:
        return "pas kort"
    return f"{maanden} maand" if maanden == 1 else f"{maanden} maanden"
