"""Contactgids van de Wlz-assistent (Zorgkantoor Zorg en Zekerheid), zonder Rasa.

Gebruik in de chat-acties:

    from actions.contacten import kies_onderwerp, plaats_in_bericht, route, verwijzing_tekst

    plaats = plaats_in_bericht(tekst, entiteitwaarden)
    verwijzing = route(kies_onderwerp("klacht_zorgaanbieder", tekst), plaats)
    for bericht in verwijzing_tekst(verwijzing, nu=datetime.now(TIJDZONE)):
        dispatcher.utter_message(text=bericht)

Gegevens (met bron en datum in de kop van elk bestand): organisaties.yml, regios.yml, gemeenten.csv,
plaatsen.csv, postcodes.csv, herkenning.yml en onderwerpkeuze.yml in deze map. De bibliotheek leest alleen
deze bestanden.
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
    plaats_in_bericht,
    resolve_plaats,
    vind_plaats_in_tekst,
)
from .instanties import Herkend, Instantie, Vermelding, genoemde_instanties, vind_instanties, vraagt_contact
from .onderwerpkeuze import STANDAARD_ONDERWERP, kies_onderwerp, onderwerp_zonder_intent
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
    "plaats_in_bericht", "vind_plaats_in_tekst",
    "Herkend", "Instantie", "Vermelding", "genoemde_instanties", "vind_instanties", "vraagt_contact", "kies_onderwerp",
    "STANDAARD_ONDERWERP", "onderwerp_zonder_intent",
    "ONDERWERPEN", "REGIO_AFHANKELIJK", "Stap", "Verwijzing", "normaliseer_onderwerp", "route",
    "bevestig_plaats", "plaats_vraag", "verwijzing_tekst",
    "TIJDZONE", "bereikbaarheid", "feestdag", "is_open", "openingsstatus", "openingstijden_tekst",
    "volgende_opening",
]
