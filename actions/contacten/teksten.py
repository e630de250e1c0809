"""Korte Nederlandse berichten (taalniveau B1, u-vorm) bij een Verwijzing of een plaatsvraag.

verwijzing_tekst(verwijzing, nu=None) -> list[str]   (elk element is één chatbericht)
plaats_vraag(resultaat=None) -> str                  (vraag naar woonplaats, of "Bedoelt u A of B?")

Met `nu` (datetime) zegt de bot of Klantadvies Wlz nu bereikbaar is; zonder `nu` noemt hij de vaste tijden.
"""

from __future__ import annotations

from datetime import datetime
from typing import Callable, Dict, List, Optional

from .gegevens import Organisatie, Regio
from .plaatsen import GEVONDEN, MEERDERE, ONBEKEND as PLAATS_ONBEKEND, PlaatsResultaat
from .routering import ELDERS, ONBEKEND, ZZ, Stap, Verwijzing
from .tijden import OPEN, bereikbaarheid, openingsstatus, openingstijden_tekst

ZZ_REGIONAMEN = "Zuid-Holland Noord of Amstelland en de Meerlanden"


def _zin(tekst: str) -> str:
    return tekst[:1].upper() + tekst[1:]


def _of_lijst(namen: List[str]) -> str:
    if len(namen) <= 1:
        return "".join(namen)
    return ", ".join(namen[:-1]) + " of " + namen[-1]


def _en_lijst(namen: List[str]) -> str:
    if len(namen) <= 1:
        return "".join(namen)
    return ", ".join(namen[:-1]) + " en " + namen[-1]


# --------------------------------------------------------------------------------------------
# Bouwstenen


def _tijden(org: Organisatie, nu: Optional[datetime]) -> str:
    """Zin over bereikbaarheid, alleen als de tijden bekend zijn."""
    if org.openingstijden is None:
        return ""
    if nu is None:
        vast = openingstijden_tekst(org)
        return f" Bereikbaar {vast}." if vast else ""
    if openingsstatus(org, nu) == OPEN:
        return f" {_zin(bereikbaarheid(org, nu))}."
    return f" Nu gesloten. {_zin(bereikbaarheid(org, nu))}."


def _voorbehoud(org: Organisatie, kanaal: str) -> str:
    k = org.kanaal(kanaal)
    return f" {k.voorbehoud}" if k is not None and k.voorbehoud else ""


def _telefoon(org: Organisatie, nu: Optional[datetime], naam: Optional[str] = None) -> str:
    """'Bel X: nummer. Nu bereikbaar tot ...' met eventueel voorbehoud."""
    tel = org.telefoon
    if not tel:
        return ""
    return f"Bel {naam or org.naam}: {tel}.{_tijden(org, nu)}{_voorbehoud(org, 'telefoon')}"


def _regio_zin(regio: Regio) -> str:
    """Wie is het zorgkantoor in deze (andere) regio, met website."""
    if regio.zorgkantoor is None:
        return (
            f"Welk zorgkantoor in de regio {regio.weergavenaam} de Wlz regelt, weet ik niet zeker. "
            "Uw zorgverzekeraar kan u dat vertellen."
        )
    zin = f"Volgens mijn gegevens is {regio.zorgkantoor} daar het zorgkantoor."
    if regio.zorgkantoor_geverifieerd:
        zin = f"{regio.zorgkantoor} is daar het zorgkantoor."
    if regio.website:
        zin += f" Website: {regio.website}."
    if regio.telefoon:
        tijden = f" ({regio.telefoon_tijden})" if regio.telefoon_tijden else ""
        zin += f" Telefoon: {regio.telefoon}{tijden}."
    return zin


def _plaats_label(p: PlaatsResultaat) -> str:
    return p.locatie.label if p.locatie else (p.herkend or p.invoer)


# --------------------------------------------------------------------------------------------
# Tekst per rol


def _klantadvies(st: Stap, nu):
    o = st.organisatie
    return [
        _telefoon(o, nu, "Klantadvies Wlz van Zorg en Zekerheid"),
        f"Mailen kan ook: {o.email}. Meer informatie vindt u op {o.website}.",
    ]


def _klachtencommissie_zorgaanbieder(st: Stap, nu):
    o = st.organisatie
    return [
        "Is uw klacht daarna niet opgelost? Dan kunt u de klacht indienen bij de Klachtencommissie Wlz "
        f"van Zorg en Zekerheid. Dat is een onafhankelijke commissie. Bel {o.telefoon} of mail naar {o.email}. "
        f"Schrijven kan ook: {o.post}."
    ]


def _klachtencommissie_zorgkantoor(st: Stap, nu):
    o = st.organisatie
    return [
        "Bent u niet tevreden over hoe het zorgkantoor u heeft behandeld? Dien dan een klacht in bij de "
        f"Klachtencommissie Wlz van Zorg en Zekerheid. Bel {o.telefoon} of mail naar {o.email}. "
        f"Schrijven kan ook: {o.post}."
    ]


def _bemiddeling(st: Stap, nu):
    o = st.organisatie
    return [
        "De klantadviseurs van Zorg en Zekerheid kunnen ook bemiddelen tussen u en uw zorgaanbieder. "
        + _telefoon(o, nu, "Klantadvies Wlz")
    ]


def _eerst_zorgaanbieder(st: Stap, nu):
    return [
        "Bespreek uw klacht eerst met uw zorgverlener of de zorginstelling. Helpt dat niet? Dien dan een "
        "schriftelijke klacht in bij de zorgaanbieder. Elke zorgaanbieder heeft een klachtenfunctionaris "
        "die u daarbij kan helpen."
    ]


def _eigen_zorgkantoor(st: Stap, nu):
    return ["Voor vragen over uw Wlz-zorg kunt u het beste bij dit zorgkantoor terecht."]


def _eigen_zorgkantoor_klacht_aanbieder(st: Stap, nu):
    return ["Is uw klacht daarna niet opgelost? Neem dan contact op met uw eigen zorgkantoor."]


def _eigen_zorgkantoor_klacht(st: Stap, nu):
    return ["Bent u niet tevreden over uw zorgkantoor? Dien uw klacht dan in bij dat zorgkantoor zelf."]


def _eigen_zorgkantoor_bezwaar(st: Stap, nu):
    return [
        "Bent u het niet eens met een besluit van uw zorgkantoor? Maak dan bezwaar bij dat zorgkantoor. "
        "Doe dit schriftelijk en binnen 6 weken. In het besluit staat waar u uw brief naartoe stuurt."
    ]


def _eigen_zorgkantoor_pgb(st: Stap, nu):
    return ["Een pgb vraagt u aan bij uw eigen zorgkantoor."]


def _eigen_zorgkantoor_clientondersteuning(st: Stap, nu):
    return [
        "Cliëntondersteuning is gratis. Uw eigen zorgkantoor kan u vertellen bij wie u terecht kunt."
    ]


def _eigen_zorgkantoor_onbekend(st: Stap, nu):
    return [
        "Woont u ergens anders? Dan helpt uw eigen zorgkantoor u. Noem uw gemeente, woonplaats of "
        "postcode, dan zoek ik uit welk zorgkantoor dat is."
    ]


def _bezwaar_zz(st: Stap, nu):
    o = st.organisatie
    info = o.extra.get("bezwaar", {}) or {}
    weken = info.get("termijn_weken", 6)
    inhoud = list(info.get("inhoud", []))
    uit = [
        "Bent u het niet eens met een besluit van het zorgkantoor? Dan kunt u bezwaar maken. "
        f"Doe dit schriftelijk en binnen {weken} weken.",
        f"Stuur uw brief naar: {o.post}.",
    ]
    if inhoud:
        uit.append(f"Zet in uw brief: {_en_lijst(inhoud)}.")
    if info.get("vervolg"):
        uit.append(str(info["vervolg"]))
    return uit


def _bezwaar_elders_ciz(st: Stap, nu):
    return [
        "Gaat het om een besluit van het CIZ, bijvoorbeeld over uw indicatie? Dan maakt u bezwaar bij het "
        "CIZ zelf. Gaat het om een besluit van het CAK over uw eigen bijdrage? Dan maakt u bezwaar bij het "
        "CAK. In het besluit staat hoe dat moet."
    ]


def _leeg(st: Stap, nu):
    return []


def _hulp_clientondersteuning(st: Stap, nu):
    return [
        "Wilt u hulp bij uw klacht of bezwaar? Een onafhankelijke cliëntondersteuner helpt u gratis. "
        f"Kijk op {st.organisatie.website}."
    ]


def _hulp_aanvraag(st: Stap, nu):
    return [
        "Een cliëntondersteuner kan u gratis helpen met de aanvraag. Kijk op "
        f"{st.organisatie.website}."
    ]


def _ombudsman(st: Stap, nu):
    o = st.organisatie
    return [
        f"Bent u daarna nog niet tevreden? Dan kunt u naar de Nationale ombudsman: {o.telefoon}, {o.website}."
    ]


def _ombudsman_contact(st: Stap, nu):
    o = st.organisatie
    return [
        f"De Nationale ombudsman bereikt u op {o.telefoon} of via {o.website}. U kunt daar terecht als u eerst "
        "een klacht heeft ingediend bij de organisatie zelf, bijvoorbeeld het zorgkantoor, het CIZ of het CAK, "
        "en u daarna nog niet tevreden bent."
    ]


def _gemeente(st: Stap, nu):
    welke = f"de gemeente {st.gemeente.naam}" if st.gemeente else "uw gemeente"
    return [
        f"Het telefoonnummer van {welke} heb ik niet. Kijk op de website van {welke}. Daar staat hoe u de "
        "gemeente bereikt, bijvoorbeeld voor hulp vanuit de Wmo."
    ]


def _cak_contact(o: Organisatie, nu) -> str:
    return f"Kijk op {o.website} of bel het CAK: {o.telefoon}.{_voorbehoud(o, 'telefoon')}"


def _cak_eigen_bijdrage(st: Stap, nu):
    o = st.organisatie
    return [
        "De eigen bijdrage voor de Wlz wordt berekend en geïnd door het CAK. Dat geldt in heel Nederland.",
        f"Met de rekenmodule op {o.website} kunt u uitrekenen wat u ongeveer per maand betaalt.",
        f"Bel het CAK: {o.telefoon}.{_voorbehoud(o, 'telefoon')}",
    ]


def _cak_factuur(st: Stap, nu):
    o = st.organisatie
    return [
        "Vragen over een factuur voor uw eigen bijdrage stelt u aan het CAK. Dat geldt in heel Nederland.",
        "Bent u het niet eens met de factuur? Dan kunt u binnen 6 weken bezwaar maken bij het CAK.",
        _cak_contact(o, nu),
    ]


def _cak_betalingsproblemen(st: Stap, nu):
    o = st.organisatie
    return [
        "Kunt u de eigen bijdrage niet (op tijd) betalen? Neem dan zo snel mogelijk contact op met het CAK. "
        "Een betalingsregeling is mogelijk.",
        _cak_contact(o, nu),
    ]


def _cak_bezwaar(st: Stap, nu):
    o = st.organisatie
    return [
        "Bent u het niet eens met een besluit of een factuur van het CAK? Maak dan binnen 6 weken bezwaar "
        f"bij het CAK. Op {o.website} leest u hoe dat moet.",
        f"Bel het CAK: {o.telefoon}.{_voorbehoud(o, 'telefoon')}",
    ]


def _cak_klacht(st: Stap, nu):
    o = st.organisatie
    klacht = o.kanaal("klacht_website")
    return [
        "Bent u niet tevreden over hoe het CAK u heeft behandeld? Op "
        f"{klacht.waarde if klacht else o.website} leest u hoe u een klacht indient.",
        "Let op: tijdens een klacht moet u de eigen bijdrage wel blijven betalen.",
    ]


def _ciz_contact(o: Organisatie) -> str:
    return f"Bel het CIZ: {o.telefoon}, of mail naar {o.email}. Website: {o.website}."


def _ciz_indicatie(st: Stap, nu):
    o = st.organisatie
    return [
        "Een Wlz-indicatie vraagt u aan bij het CIZ. Doe eerst de Wlz-check op "
        f"{o.website}. Dan ziet u snel of een aanvraag zinvol is.",
        _ciz_contact(o),
    ]


def _ciz_herindicatie(st: Stap, nu):
    o = st.organisatie
    return [
        "Is uw zorgvraag veranderd? Dan kunt u bij het CIZ een herindicatie aanvragen. Het CIZ kijkt dan "
        "opnieuw naar uw situatie.",
        _ciz_contact(o),
    ]


def _ciz_wlz_check(st: Stap, nu):
    o = st.organisatie
    return [
        f"Met de Wlz-check op {o.website} ziet u snel of een Wlz-aanvraag zinvol is.",
        _ciz_contact(o),
    ]


def _ciz_bezwaar(st: Stap, nu):
    o = st.organisatie
    post = o.kanaal("bezwaar_post")
    mail = o.kanaal("bezwaar_email")
    adres = f"Stuur uw brief naar: {post.waarde}." if post else ""
    if mail:
        adres += f" Wilt u mailen? Vraag dan eerst een beveiligde link aan via {mail.waarde}."
    return [
        "Bent u het niet eens met een besluit van het CIZ? Maak dan binnen 6 weken bezwaar bij het CIZ. "
        "Let op: bij het CIZ kunt u geen bezwaar maken tegen het aantal uur zorg.",
        f"{adres} Vragen? Bel het CIZ: {o.telefoon}.".strip(),
    ]


def _ciz_klacht(st: Stap, nu):
    o = st.organisatie
    post = o.kanaal("klacht_post")
    return [
        "Bent u niet tevreden over hoe het CIZ u heeft behandeld? Dien dan een klacht in bij het CIZ. "
        f"Dat kan met het klachtenformulier op {o.website}"
        + (f" of per post: {post.waarde}." if post else "."),
        f"Bellen kan ook: {o.telefoon}.",
    ]


def _pgb_zorgkantoor(st: Stap, nu):
    o = st.organisatie
    return [
        "Een pgb vraagt u aan bij het zorgkantoor. " + _telefoon(o, nu, "Klantadvies Wlz van Zorg en Zekerheid"),
        f"Meer over het pgb leest u op {o.website}.",
    ]


def _svb_pgb(st: Stap, nu):
    o = st.organisatie
    return [
        "De SVB betaalt uw zorgverleners uit uw pgb. Dat geldt in heel Nederland. "
        f"Kijk op {o.website} of bel de SVB: {o.telefoon}.{_voorbehoud(o, 'telefoon')}",
        f"Post voor de SVB: {o.post}.",
    ]


def _mijnpgb(st: Stap, nu):
    return [f"Informatie over het beheren van een pgb vindt u ook op {st.organisatie.website}."]


def _klantadviseurs(st: Stap, nu):
    o = st.organisatie
    return [
        "Cliëntondersteuning is gratis. De klantadviseurs van Zorg en Zekerheid helpen u, bijvoorbeeld bij "
        "het kiezen van een zorgaanbieder. " + _telefoon(o, nu, "Klantadvies Wlz")
    ]


def _regelhulp(st: Stap, nu):
    return [
        "Een overzicht van onafhankelijke cliëntondersteuners vindt u op " f"{st.organisatie.website}."
    ]


def _landelijk_eigen_zorgkantoor(st: Stap, nu):
    r = st.regio
    if r is None:
        return []
    if r.zorgkantoor is None:
        return [
            f"Voor andere vragen over uw Wlz-zorg is uw eigen zorgkantoor er, in de regio {r.weergavenaam}. "
            + _regio_zin(r)
        ]
    web = f" ({r.website})" if r.website else ""
    return [
        f"Voor andere vragen over uw Wlz-zorg is uw eigen zorgkantoor er: volgens mijn gegevens "
        f"{r.zorgkantoor}{web}, regio {r.weergavenaam}."
    ]


_ROLTEKST: Dict[str, Callable[[Stap, Optional[datetime]], List[str]]] = {
    "klantadvies": _klantadvies,
    "klachtencommissie_zorgaanbieder": _klachtencommissie_zorgaanbieder,
    "klachtencommissie_zorgkantoor": _klachtencommissie_zorgkantoor,
    "bemiddeling": _bemiddeling,
    "eerst_zorgaanbieder": _eerst_zorgaanbieder,
    "eigen_zorgkantoor": _eigen_zorgkantoor,
    "eigen_zorgkantoor_klacht_aanbieder": _eigen_zorgkantoor_klacht_aanbieder,
    "eigen_zorgkantoor_klacht": _eigen_zorgkantoor_klacht,
    "eigen_zorgkantoor_bezwaar": _eigen_zorgkantoor_bezwaar,
    "eigen_zorgkantoor_pgb": _eigen_zorgkantoor_pgb,
    "eigen_zorgkantoor_clientondersteuning": _eigen_zorgkantoor_clientondersteuning,
    "eigen_zorgkantoor_onbekend": _eigen_zorgkantoor_onbekend,
    "bezwaar_zz": _bezwaar_zz,
    "bezwaar_elders_ciz": _bezwaar_elders_ciz,
    "bezwaar_elders_cak": _leeg,  # al genoemd in bezwaar_elders_ciz
    "hulp_clientondersteuning": _hulp_clientondersteuning,
    "hulp_aanvraag": _hulp_aanvraag,
    "ombudsman": _ombudsman,
    "ombudsman_contact": _ombudsman_contact,
    "gemeente": _gemeente,
    "cak_eigen_bijdrage": _cak_eigen_bijdrage,
    "cak_factuur": _cak_factuur,
    "cak_betalingsproblemen": _cak_betalingsproblemen,
    "cak_bezwaar": _cak_bezwaar,
    "cak_klacht": _cak_klacht,
    "ciz_indicatie": _ciz_indicatie,
    "ciz_herindicatie": _ciz_herindicatie,
    "ciz_wlz_check": _ciz_wlz_check,
    "ciz_bezwaar": _ciz_bezwaar,
    "ciz_klacht": _ciz_klacht,
    "pgb_zorgkantoor": _pgb_zorgkantoor,
    "svb_pgb": _svb_pgb,
    "mijnpgb": _mijnpgb,
    "klantadviseurs": _klantadviseurs,
    "regelhulp": _regelhulp,
    "landelijk_eigen_zorgkantoor": _landelijk_eigen_zorgkantoor,
}


def _oco_bericht(stappen: List[Stap], regio: Optional[Regio]) -> str:
    waar = f"in de regio {regio.weergavenaam}" if regio else "in uw regio"
    regels = []
    for st in stappen:
        o = st.organisatie
        delen = [x for x in (o.telefoon, o.website) if x]
        regels.append(f"- {o.naam}: {', '.join(delen)}")
    return (
        "U kunt ook gratis terecht bij een onafhankelijke cliëntondersteuner. Volgens de wegwijzer van "
        f"Zorg en Zekerheid (januari 2023) zijn dat {waar}:\n" + "\n".join(regels) + "\n"
        "Deze lijst kan verouderd zijn. Kijk voor de actuele lijst op www.regelhulp.nl/clientondersteuning."
    )


# --------------------------------------------------------------------------------------------
# Publiek


def plaats_vraag(resultaat: Optional[PlaatsResultaat] = None) -> str:
    """De vraag die de bot stelt als de woonplaats nodig is: open vraag, of 'Bedoelt u A of B?'."""
    if resultaat is not None and resultaat.soort == MEERDERE and resultaat.opties:
        labels = [o.label for o in resultaat.opties]
        naam = resultaat.herkend or resultaat.invoer
        return f"Er zijn meer plaatsen met de naam {naam}. Bedoelt u {_of_lijst(labels)}?"
    if resultaat is not None and resultaat.soort == PLAATS_ONBEKEND and resultaat.invoer.strip():
        extra = f" {resultaat.opmerking}" if resultaat.opmerking else ""
        return (
            f"Die plaats kan ik niet vinden.{extra} In welke gemeente woont u? "
            "U mag ook uw postcode noemen, bijvoorbeeld 2332 KG."
        )
    return "In welke gemeente of plaats woont u? U mag ook uw postcode noemen, bijvoorbeeld 2332 KG."


def bevestig_plaats(resultaat: PlaatsResultaat) -> str:
    """Korte bevestiging van een gevonden plaats, met zorgkantoor."""
    loc = resultaat.locatie
    if loc is None:
        return plaats_vraag(resultaat)
    waar = f"de {loc.label}" if loc.gemeente is None else loc.label
    if resultaat.methode == "tikfout":
        tekst = f"Ik ga ervan uit dat u {waar} bedoelt."
    else:
        tekst = f"U woont in {waar}."
    if loc.is_zorg_en_zekerheid:
        tekst += " Daar is Zorg en Zekerheid het zorgkantoor."
    else:
        if loc.gemeente is not None:
            tekst += f" Dat hoort bij de zorgkantoorregio {loc.regio.weergavenaam}."
        tekst += " " + _regio_zin(loc.regio)
    if resultaat.methode == "tikfout":
        tekst += " Klopt dat niet? Noem dan uw woonplaats of postcode."
    if resultaat.opmerking:
        tekst += f" {resultaat.opmerking} Klopt dit niet? Noem dan uw woonplaats."
    anders = [o.label for o in resultaat.opties]
    if anders:
        tekst += f" Bedoelt u toch {_of_lijst(anders)}? Zeg het dan."
    return tekst


def verwijzing_tekst(verwijzing: Verwijzing, nu: Optional[datetime] = None) -> List[str]:
    """De verwijzing als korte chatberichten (B1, u-vorm). `nu` maakt de bereikbaarheid actueel."""
    v = verwijzing
    berichten: List[str] = []

    # Inleiding: waar woont de gebruiker en wie is het zorgkantoor.
    if v.regio_afhankelijk:
        if v.regio_status == ZZ and v.plaats is not None and v.plaats.locatie is not None:
            berichten.append(bevestig_plaats(v.plaats))
        elif v.regio_status == ZZ:
            berichten.append("Zorg en Zekerheid is het zorgkantoor in uw regio.")
        elif v.regio_status == ELDERS and v.regio is not None:
            if v.plaats is not None and v.plaats.locatie is not None:
                berichten.append(bevestig_plaats(v.plaats))
            else:
                berichten.append(
                    f"U woont in de zorgkantoorregio {v.regio.weergavenaam}. " + _regio_zin(v.regio)
                )
            berichten.append(
                "Zorg en Zekerheid is alleen het zorgkantoor voor Zuid-Holland Noord en Amstelland en de "
                "Meerlanden. Voor u is een ander zorgkantoor het aanspreekpunt."
            )
        elif v.regio_status == ONBEKEND and any(s.alleen_zz for s in v.stappen):
            berichten.append(f"Woont u in {ZZ_REGIONAMEN}? Dan is Zorg en Zekerheid uw zorgkantoor.")

    oco = [st for st in v.stappen if st.rol == "oco"]
    slot: List[str] = []
    for st in v.stappen:
        if st.rol == "oco":
            if st is oco[0]:
                berichten.append(_oco_bericht(oco, v.regio))
            continue
        if st.rol == "regelhulp" and oco:
            continue  # staat al in het OCO-bericht
        if st.rol == "eigen_zorgkantoor_onbekend":
            if v.plaats is None or v.plaats.soort == GEVONDEN:
                slot.extend(_ROLTEKST[st.rol](st, nu))  # aan het eind: "Woont u ergens anders? ..."
            continue  # bij een dubbelzinnige of onbekende plaats volgt hieronder de plaatsvraag
        berichten.extend(b for b in _ROLTEKST[st.rol](st, nu) if b)

    berichten.extend(slot)
    if v.vraag_regio and v.plaats is not None and v.plaats.soort != GEVONDEN:
        berichten.append(plaats_vraag(v.plaats))
    return berichten
