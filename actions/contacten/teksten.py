"""Short Dutch chat messages (B1, u-form) for a Verwijzing or a question for the place of residence.

    verwijzing_antwoord(verwijzing, nu=None, kanaal=None) -> Antwoord   (short answer + "Meer uitleg")
    plaats_vraag(resultaat=None) -> str               (ask for the place, or "Bedoelt u A of B?")
    bevestig_plaats(resultaat) -> str                 (where the user lives and who the zorgkantoor is there)
    zonder_herhaling(teksten, gezegd) -> list[str]    (leave out sentences already said in the turn)

All wording is in teksten.yml. With `nu` (a datetime) the bot says whether Klantadvies is open right now; the
details behind "Meer uitleg" may be read later, so they give the fixed hours.
"""

from __future__ import annotations

import functools
import re
import string
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from .gegevens import KANAALVELDEN, MAP, Organisatie, Regio, laad, lees_yaml
from .instanties import Kanaalvraag
from .plaatsen import Methode, PlaatsResultaat, PlaatsStatus
from .routering import RegioStatus, Stap, Verwijzing
from .tijden import Openingsstatus, bereikbaarheid, openingsstatus, openingstijden_tekst

# Between two sentences; not inside "t.a.v. afdeling" (a sentence starts with a capital, digit or bracket).
_ZINSGRENS = re.compile(r"(?<=[.?!])\s+(?=[A-Z0-9(\"'])")


@dataclass(frozen=True)
class Antwoord:
    """What the bot says about a contact."""

    berichten: tuple[str, ...]  # shown now: one message; a second one when the bot also asks which place
    meer: tuple[str, ...] = ()  # behind the button "Meer uitleg", one message each


@functools.lru_cache(maxsize=1)
def _teksten() -> Mapping[str, Any]:
    return lees_yaml(MAP / "teksten.yml")


def _netjes(tekst: str) -> str:
    """Single spaces within each line (an empty placeholder leaves two), no spaces at the ends."""
    return "\n".join(" ".join(regel.split()) for regel in tekst.split("\n")).strip()


def _zin(sleutel: str, /, **waarden: str) -> str:
    return _netjes(_teksten()["zinnen"][sleutel].format(**waarden))


def _hoofdletter(tekst: str) -> str:
    return tekst[:1].upper() + tekst[1:]


def _lijst(namen: Sequence[str], voegwoord: str) -> str:
    """'A', 'A of B', 'A, B of C' (voegwoord 'of' or 'en')."""
    if len(namen) <= 1:
        return "".join(namen)
    return f"{', '.join(namen[:-1])} {voegwoord} {namen[-1]}"


def _velden(sjabloon: str) -> set[str]:
    """The names of the placeholders in a template ('bezwaar' for {bezwaar[termijn_weken]})."""
    return {
        re.split(r"[.\[]", veld, maxsplit=1)[0]
        for _, veld, _, _ in string.Formatter().parse(sjabloon)
        if veld
    }


def _als_tekst(waarde: Any) -> Any:
    """A value of an organisation's extra fields for a template: a list reads 'a, b en c'."""
    if isinstance(waarde, Mapping):
        return {k: _als_tekst(v) for k, v in waarde.items()}
    if isinstance(waarde, list):
        return _lijst([str(w) for w in waarde], "en")
    return waarde


# --------------------------------------------------------------------------------------------
# Place of residence


def _regio_zin(regio: Regio) -> str:
    """Who is the zorgkantoor in this (other) region, with its website."""
    if regio.zorgkantoor is None:
        return _zin("ander_zorgkantoor_onbekend")
    naam = "ander_zorgkantoor_zeker" if regio.zorgkantoor_geverifieerd else "ander_zorgkantoor_volgens"
    zinnen = [_zin(naam, ander_zorgkantoor=regio.zorgkantoor)]
    if regio.website:
        zinnen.append(_zin("ander_website", ander_website=regio.website))
    return " ".join(zinnen)


def _ander_telefoon(v: Verwijzing) -> str:
    """The phone of the zorgkantoor of another region, when known, for an answer about that zorgkantoor (a
    detail: its website is in the answer)."""
    r = v.regio
    if not v.regio_afhankelijk or v.regio_status is not RegioStatus.ELDERS or r is None:
        return ""
    if not r.telefoon or not r.zorgkantoor:
        return ""
    if r.telefoon_tijden:
        return _zin(
            "ander_telefoon_tijden",
            ander_zorgkantoor=r.zorgkantoor,
            ander_telefoon=r.telefoon,
            ander_tijden=r.telefoon_tijden,
        )
    return _zin("ander_telefoon", ander_zorgkantoor=r.zorgkantoor, ander_telefoon=r.telefoon)


def plaats_vraag(resultaat: PlaatsResultaat | None = None) -> str:
    """The bot's question for the place of residence: an open question, or 'Bedoelt u A of B?'."""
    if resultaat is not None and resultaat.soort is PlaatsStatus.MEERDERE and resultaat.opties:
        opties = _lijst([o.label for o in resultaat.opties], "of")
        return _zin("plaats_meerdere", naam=resultaat.herkend or resultaat.invoer, opties=opties)
    if resultaat is not None and resultaat.soort is PlaatsStatus.ONBEKEND and resultaat.invoer.strip():
        return _zin("plaats_niet_gevonden", opmerking=resultaat.opmerking or "")
    return _zin("plaats_vraag")


def bevestig_plaats(resultaat: PlaatsResultaat) -> str:
    """A short confirmation of a place found, with its zorgkantoor."""
    loc = resultaat.locatie
    if loc is None:
        return plaats_vraag(resultaat)
    waar = _zin("de_regio", label=loc.label) if loc.gemeente is None else loc.label
    tikfout = resultaat.methode is Methode.TIKFOUT
    zinnen = [_zin("bevestiging_tikfout" if tikfout else "bevestiging", plaats=waar)]
    if loc.regio.eigen:
        zinnen.append(_zin("eigen_zorgkantoor_daar", zorgkantoor=laad().eigen.naam))
    else:
        if loc.gemeente is not None:
            zinnen.append(_zin("andere_regio", regio=loc.regio.weergavenaam))
        zinnen.append(_regio_zin(loc.regio))
    if tikfout:
        zinnen.append(_zin("tikfout_controle"))
    if resultaat.opmerking:
        zinnen.append(_zin("opmerking_controle", opmerking=resultaat.opmerking))
    if resultaat.opties:
        zinnen.append(_zin("andere_opties", opties=_lijst([o.label for o in resultaat.opties], "of")))
    return " ".join(zinnen)


def _inleiding(v: Verwijzing) -> str:
    """Where the user lives and who his zorgkantoor is, for an answer that depends on it."""
    if not v.regio_afhankelijk or v.regio_status is RegioStatus.ONBEKEND:
        return ""
    if v.plaats is not None and v.plaats.locatie is not None:
        return bevestig_plaats(v.plaats)
    if v.regio_status is RegioStatus.EIGEN or v.regio is None:
        return _zin("eigen_zorgkantoor_in_uw_regio", zorgkantoor=laad().eigen.naam)
    return f"{_zin('regio_zonder_plaats', regio=v.regio.weergavenaam)} {_regio_zin(v.regio)}"


# --------------------------------------------------------------------------------------------
# The steps


def _tijden(org: Organisatie, nu: datetime | None) -> str:
    """Whether the organisation is open now (or its fixed hours without a clock); '' without known hours."""
    if org.openingstijden is None:
        return ""
    if nu is None:
        vast = openingstijden_tekst(org)
        return _zin("tijden_vast", openingstijden=vast) if vast else ""
    naam = "tijden_open" if openingsstatus(org, nu) is Openingsstatus.OPEN else "tijden_gesloten"
    return _zin(naam, bereikbaarheid=_hoofdletter(bereikbaarheid(org, nu) or ""))


def _wie(org: Organisatie) -> str:
    """How a sentence names the organisation: a contact of the own zorgkantoor by its full name."""
    return org.naam if org.eigen else org.kort


def _waarden(v: Verwijzing, org: Organisatie | None, nu: datetime | None) -> dict[str, Any]:
    """Everything a template may use (teksten.yml, header); what is not known is left out, so a template
    that needs it fails loudly."""
    eigen = laad().eigen
    regionamen = [r.weergavenaam for r in eigen.regios]
    p = v.plaats
    uit: dict[str, Any] = {
        "zorgkantoor": eigen.naam,
        "regionamen": _lijst(regionamen, "of"),
        "regionamen_en": _lijst(regionamen, "en"),
        "gemeente": _zin("de_gemeente", naam=p.gemeente.naam)
        if p is not None and p.zeker and p.gemeente is not None
        else _zin("uw_gemeente"),
        "waar": _zin("oco_waar_regio", regio=v.regio.weergavenaam) if v.regio else _zin("oco_waar_onbekend"),
    }
    if eigen.klantadvies.website:
        uit["eigen_website"] = eigen.klantadvies.website
    if v.regio is not None:
        uit["regio"] = v.regio.weergavenaam
        uit["regio_zin"] = _regio_zin(v.regio)
    if org is not None:
        uit.update({k: _als_tekst(w) for k, w in org.extra.items()})
        uit.update({k: kanaal.waarde for k, kanaal in org.kanalen.items()})
        uit.update(naam=org.naam, kort=org.kort, wie=_wie(org), tijden=_tijden(org, nu))
    return uit


def _sjabloon(rol: str, status: RegioStatus) -> str:
    """The template of a role; with two variants, the one for where the user lives."""
    sjabloon = _teksten()["rollen"][rol]
    if isinstance(sjabloon, str):
        return sjabloon
    # Said to a resident of the own regions, or conditionally while the place is not known.
    variant = RegioStatus.EIGEN if status is RegioStatus.EIGEN else RegioStatus.ONBEKEND
    return str(sjabloon[variant.value])


def _vul_in(sjabloon: str, v: Verwijzing, org: Organisatie | None, nu: datetime | None, **extra: str) -> str:
    """The template filled in, with the caveat of every doubtful contact field it shows."""
    tekst = _netjes(sjabloon.format_map({**_waarden(v, org, nu), **extra}))
    for veld in sorted(_velden(sjabloon) & KANAALVELDEN):
        kanaal = org.kanaal(veld) if org is not None else None
        if kanaal is not None and kanaal.voorbehoud and kanaal.voorbehoud not in tekst:
            tekst += f" {kanaal.voorbehoud}"
    return tekst


def _stap_tekst(stap: Stap, v: Verwijzing, nu: datetime | None) -> str:
    sjabloon = _sjabloon(stap.rol, v.regio_status)
    if "lijst" in _velden(sjabloon):
        # A list of organisations (the OCOs): one line each, with the role's '_regel' template.
        regel = _sjabloon(f"{stap.rol}_regel", v.regio_status)
        lijst = "\n".join(_vul_in(regel, v, org, nu) for org in stap.organisaties)
        return _vul_in(sjabloon, v, None, nu, lijst=lijst)
    return _vul_in(sjabloon, v, stap.organisatie, nu)


def _geeft_contact(stap: Stap, v: Verwijzing) -> bool:
    return stap.organisatie is not None and bool(_velden(_sjabloon(stap.rol, v.regio_status)) & KANAALVELDEN)


def _kanaal_tekst(stap: Stap, v: Verwijzing, nu: datetime | None, kanaal: Kanaalvraag) -> str:
    """The step's text when the user asked for one way of contact: that channel, or that the organisation does
    not have it."""
    gevraagd = _teksten()["kanalen"][kanaal.value]
    nodig = _velden(gevraagd["tekst"]) & KANAALVELDEN
    eigen_tekst = _stap_tekst(stap, v, nu)
    al_genoemd = nodig <= _velden(_sjabloon(stap.rol, v.regio_status))
    org = stap.organisatie
    if org is None or (al_genoemd and not gevraagd.get("ook_als_al_genoemd")):
        return eigen_tekst
    if all(org.waarde(veld) for veld in nodig):
        return _vul_in(gevraagd["tekst"], v, org, nu)
    return f"{_zin('geen_kanaal', kanaal=gevraagd['naam'], wie=_wie(org))} {eigen_tekst}"


def verwijzing_antwoord(
    verwijzing: Verwijzing, nu: datetime | None = None, kanaal: Kanaalvraag | None = None
) -> Antwoord:
    """The referral as a short answer (B1, u-form) and the details behind "Meer uitleg".

    nu:     makes the opening hours current ("Nu bereikbaar tot 17.00 uur").
    kanaal: the way of contact the user asked for; it replaces the first contact of the short answer.
    """
    v = verwijzing
    kort = [_inleiding(v)]
    kanaal_gegeven = False
    for stap in (s for s in v.stappen if not s.meer):
        if kanaal is not None and not kanaal_gegeven and _geeft_contact(stap, v):
            kort.append(_kanaal_tekst(stap, v, nu, kanaal))
            kanaal_gegeven = True
        elif not kanaal_gegeven or stap.organisaties:
            # After the way of contact asked for, only further contacts: no question for the place.
            kort.append(_stap_tekst(stap, v, nu))
    berichten = [" ".join(t for t in kort if t)]
    if v.vraag_regio and v.plaats is not None and not v.plaats.gevonden:
        berichten.append(plaats_vraag(v.plaats))
    meer = [_ander_telefoon(v), *(_stap_tekst(s, v, None) for s in v.stappen if s.meer)]
    # A contact the short answer gave (the e-mail address the user asked for) is not a detail any more.
    gegeven = {w for w in _contactwaarden(v) if w in berichten[0]}
    meer = [_zonder_zinnen_met(m, gegeven) for m in meer]
    return Antwoord(tuple(b for b in berichten if b), tuple(m for m in meer if m))


def _contactwaarden(v: Verwijzing) -> set[str]:
    """Phone numbers, e-mail and postal addresses of the organisations in the referral (not websites: a
    website also stands in caveats and pointers)."""
    return {
        kanaal.waarde
        for stap in v.stappen
        for org in stap.organisaties
        for naam, kanaal in org.kanalen.items()
        if "website" not in naam
    }


def _zonder_zinnen_met(tekst: str, waarden: set[str]) -> str:
    return " ".join(z for z in _ZINSGRENS.split(tekst) if not any(w in z for w in waarden))


# --------------------------------------------------------------------------------------------
# No sentence twice in a turn


def _zinsleutel(zin: str) -> str:
    return " ".join(re.sub(r"[^\w@.]+", " ", zin.lower()).replace(". ", " ").split()).strip(". ")


def zonder_herhaling(teksten: Sequence[str], gezegd: Iterable[str] = ()) -> list[str]:
    """The texts without the sentences said before: in `gezegd` (earlier messages of the turn) or in an
    earlier text of `teksten`. A text left without sentences drops out."""
    bekend = {_zinsleutel(z) for tekst in gezegd for z in _ZINSGRENS.split(tekst)}
    uit = []
    for tekst in teksten:
        regels = []
        for regel in tekst.split("\n"):
            zinnen = []
            for zin in _ZINSGRENS.split(regel):
                sleutel = _zinsleutel(zin)
                if not sleutel or sleutel in bekend:
                    continue
                bekend.add(sleutel)
                zinnen.append(zin)
            regels.append(" ".join(zinnen))
        overgebleven = "\n".join(r for r in regels if r.strip())
        if overgebleven:
            uit.append(overgebleven)
    return uit
