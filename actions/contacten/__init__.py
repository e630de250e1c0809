"""Contactgids van de Wlz-assistent (Zorgkantoor Zorg en Zekerheid), zonder Rasa.

Gebruik in de chat-acties:

    from actions.contacten import resolve_plaats, vind_plaats_in_tekst, route, verwijzing_tekst

    plaats = vind_plaats_in_tekst(tekst) or resolve_plaats(slotwaarde)
    verwijzing = route("klacht_zorgaanbieder", plaats)
    for bericht in verwijzing_tekst(verwijzing, nu=datetime.now(TIJDZONE)):
        dispatcher.utter_message(text=bericht)

Gegevens (met bron en datum in de kop van elk bestand): organisaties.yml, regios.yml, gemeenten.csv,
plaatsen.csv, postcodes.csv en herkenning.yml in deze map. De bibliotheek leest alleen deze bestanden.
"""

from .gegevens import (
    ZZ_REGIOS,
    Gemeente,
    Kanaal,
    Organisatie,
    Regio,
    gemeente,
    laad,
    organisatie,
    regio,
)
from .plaatsen import (
    GEVONDEN,
    MEERDERE,
    ONBEKEND,
    Locatie,
    PlaatsResultaat,
    kies_optie,
    resolve_plaats,
    vind_plaats_in_tekst,
)
from .routering import ONDERWERPEN, REGIO_AFHANKELIJK, Stap, Verwijzing, normaliseer_onderwerp, route
from .teksten import bevestig_plaats, plaats_vraag, verwijzing_tekst
from .tijden import (
    TIJDZONE,
    bereikbaarheid,
    feestdag,
    is_open,
    openingsstatus,
    openingstijden_tekst,
    volgende_opening,
)

__all__ = [
    "ZZ_REGIOS", "Gemeente", "Kanaal", "Organisatie", "Regio", "gemeente", "laad", "organisatie", "regio",
    "GEVONDEN", "MEERDERE", "ONBEKEND", "Locatie", "PlaatsResultaat", "kies_optie", "resolve_plaats",
    "vind_plaats_in_tekst",
    "ONDERWERPEN", "REGIO_AFHANKELIJK", "Stap", "Verwijzing", "normaliseer_onderwerp", "route",
    "bevestig_plaats", "plaats_vraag", "verwijzing_tekst",
    "TIJDZONE", "bereikbaarheid", "feestdag", "is_open", "openingsstatus", "openingstijden_tekst",
    "volgende_opening",
]
