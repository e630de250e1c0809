"""Input (`Situatie`) and output (`Uitkomst`) of the estimator."""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from enum import Enum
from typing import Any

from .bedragen import format_euro
from .parameters import ondersteunde_jaren, peiljaar


class Waarde(str, Enum):
    """A str-valued enum that reads as its value: equal to it, and printed as it on every Python."""

    def __str__(self) -> str:
        return str(self.value)


class Zorgvorm(Waarde):
    """How the care is given. The chat's buttons and words for each are in vragen.yml."""

    INSTELLING = "instelling"
    DEELTIJDVERBLIJF = "deeltijdverblijf"
    VPT = "vpt"
    MPT = "mpt"
    PGB = "pgb"
    BESCHERMD_WONEN = "beschermd-wonen"


class Partnersituatie(Waarde):
    """The partner of the client. The chat's buttons and words for each are in vragen.yml."""

    GEEN = "geen"
    THUIS = "thuis"  # at home, without Wlz care
    WLZ_THUIS = "wlz-thuis"  # Wlz care at home (vpt, mpt or pgb)
    INSTELLING = "instelling"


class Bijdragesoort(Waarde):
    """Which contribution applies."""

    LAAG = "laag"
    HOOG = "hoog"
    GEEN = "geen"

    @property
    def naam(self) -> str:
        """'lage eigen bijdrage', 'hoge eigen bijdrage' or 'geen eigen bijdrage'."""
        return _SOORTNAAM[self]


_SOORTNAAM = {
    Bijdragesoort.LAAG: "lage eigen bijdrage",
    Bijdragesoort.HOOG: "hoge eigen bijdrage",
    Bijdragesoort.GEEN: "geen eigen bijdrage",
}

ZORGVORMEN = tuple(z.value for z in Zorgvorm)
# Beschermd wonen (Wmo) follows the same rules as living in an instelling (spec §2.7).
VERBLIJF = (Zorgvorm.INSTELLING, Zorgvorm.BESCHERMD_WONEN)
PARTNERSITUATIES = tuple(p.value for p in Partnersituatie)
VOLWASSEN = 18  # Blz art. 3.3.1.1 lid 1


class OngeldigeInvoer(ValueError):
    """Invalid input; `boodschap` is Dutch and can be shown to the user as is."""

    def __init__(self, veld: str, boodschap: str) -> None:
        super().__init__(boodschap)
        self.veld = veld
        self.boodschap = boodschap


def _als_bedrag(veld: str, waarde: Any) -> Decimal:
    if isinstance(waarde, bool):  # bool is an int; True is not an amount
        raise OngeldigeInvoer(veld, "Vul een bedrag in euro's in.")
    try:
        bedrag = Decimal(str(waarde))
    except InvalidOperation:
        raise OngeldigeInvoer(veld, "Vul een bedrag in euro's in.") from None
    if not bedrag.is_finite():
        raise OngeldigeInvoer(veld, "Vul een bedrag in euro's in.")
    if bedrag < 0:
        raise OngeldigeInvoer(veld, "Een bedrag kan niet negatief zijn. Vul 0 in als u niets heeft.")
    return bedrag


@dataclass(frozen=True)
class Situatie:
    """What the user told us. Amounts are per year and of the peiljaar (jaar - 2).

    inkomen:   verzamelinkomen of client and partner together.
    vermogen:  rendementsgrondslag (box 3) on 1 January of the peiljaar, together.
    maanden:   months in the instelling so far (needed for instelling and beschermd
               wonen; for a couple both in an instelling: since both live there).
    belasting: income tax + premie volksverzekeringen of the peiljaar (optional,
               only used for the hoge eigen bijdrage).
    zorgvorm and partner may be given as their value ("vpt"); they are stored as the enum.
    """

    jaar: int
    zorgvorm: Zorgvorm
    inkomen: Decimal
    vermogen: Decimal = Decimal(0)
    aow: bool | None = None
    leeftijd: int | None = None
    partner: Partnersituatie = Partnersituatie.GEEN
    partner_aow: bool | None = None
    maanden: int | None = None
    mpt_max_20_uur: bool = False
    kinderen: bool = False
    terugkeer: bool = False
    belasting: Decimal | None = None

    def __post_init__(self) -> None:
        jaren = ondersteunde_jaren()
        if self.jaar is None:
            raise OngeldigeInvoer("jaar", "Vul in over welk jaar het gaat.")
        if self.jaar not in jaren:
            lijst = ", ".join(str(j) for j in jaren[:-1]) + f" of {jaren[-1]}"
            raise OngeldigeInvoer("jaar", f"Voor het jaar {self.jaar} kan ik niet rekenen. Kies {lijst}.")
        if self.zorgvorm not in ZORGVORMEN:
            raise OngeldigeInvoer("zorgvorm", "Kies een zorgvorm: " + ", ".join(ZORGVORMEN) + ".")
        if self.partner not in PARTNERSITUATIES:
            raise OngeldigeInvoer("partner", "Kies voor uw partner: " + ", ".join(PARTNERSITUATIES) + ".")
        # frozen dataclass: normalise through object.__setattr__
        object.__setattr__(self, "zorgvorm", Zorgvorm(self.zorgvorm))
        object.__setattr__(self, "partner", Partnersituatie(self.partner))
        object.__setattr__(self, "inkomen", _als_bedrag("inkomen", self.inkomen))
        object.__setattr__(self, "vermogen", _als_bedrag("vermogen", self.vermogen))
        if self.belasting is not None:
            object.__setattr__(self, "belasting", _als_bedrag("belasting", self.belasting))
        if self.leeftijd is not None and not 0 <= self.leeftijd <= 130:
            raise OngeldigeInvoer("leeftijd", "Vul een leeftijd in tussen 0 en 130 jaar.")
        if self.minderjarig:
            return  # nothing else matters: no contribution under 18
        if self.aow is None:
            raise OngeldigeInvoer("aow", "Vul in of u op 31 januari de AOW-leeftijd heeft (ja of nee).")
        if self.heeft_partner and self.partner_aow is None:
            raise OngeldigeInvoer(
                "partner_aow", "Vul in of uw partner op 31 januari de AOW-leeftijd heeft (ja of nee)."
            )
        if self.zorgvorm in VERBLIJF and self.maanden is None:
            raise OngeldigeInvoer("maanden", "Vul in hoeveel maanden u al in de instelling woont.")
        if self.maanden is not None and self.maanden < 0:
            raise OngeldigeInvoer("maanden", "Het aantal maanden kan niet negatief zijn.")
        if self.mpt_max_20_uur and self.zorgvorm != Zorgvorm.MPT:
            raise OngeldigeInvoer(
                "mpt_max_20_uur",
                "De regel voor 20 uur zorg of minder geldt alleen bij een modulair pakket thuis (mpt).",
            )

    @property
    def minderjarig(self) -> bool:
        return self.leeftijd is not None and self.leeftijd < VOLWASSEN

    @property
    def heeft_partner(self) -> bool:
        return self.partner != Partnersituatie.GEEN

    @property
    def aow_per_persoon(self) -> tuple[bool, ...]:
        """AOW status of the client, and of the partner if there is one."""
        if self.heeft_partner:
            return (bool(self.aow), bool(self.partner_aow))
        return (bool(self.aow),)


@dataclass(frozen=True)
class Uitkomst:
    """The estimate. `maandbedrag` is None when only a range is known."""

    jaar: int
    soort: Bijdragesoort
    reden: str
    maandbedrag: Decimal | None
    maandbedrag_min: Decimal
    maandbedrag_max: Decimal
    stappen: list[str] = field(default_factory=list)
    is_voorlopig: bool = False
    na_vier_maanden: Uitkomst | None = None

    @property
    def peiljaar(self) -> int:
        return peiljaar(self.jaar)

    @property
    def bedrag_tekst(self) -> str:
        """'€ 272,08 per maand' or 'tussen € 948,20 en € 1.310,23 per maand'."""
        if self.maandbedrag is not None:
            tekst = f"{format_euro(self.maandbedrag)} per maand"
        else:
            tekst = (
                f"tussen {format_euro(self.maandbedrag_min)} en {format_euro(self.maandbedrag_max)} per maand"
            )
        return tekst + (" (voorlopig)" if self.is_voorlopig else "")

    def als_dict(self) -> dict[str, Any]:
        """JSON-ready; amounts as numbers rounded to cents."""

        def getal(bedrag: Decimal | None) -> float | None:
            return None if bedrag is None else float(bedrag)

        return {
            "maandbedrag": getal(self.maandbedrag),
            "maandbedrag_min": getal(self.maandbedrag_min),
            "maandbedrag_max": getal(self.maandbedrag_max),
            "soort": self.soort,
            "jaar": self.jaar,
            "peiljaar": self.peiljaar,
            "reden": self.reden,
            "is_voorlopig": self.is_voorlopig,
            "stappen": list(self.stappen),
            "na_vier_maanden": None if self.na_vier_maanden is None else self.na_vier_maanden.als_dict(),
        }
