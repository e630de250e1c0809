"""Contact directory of the Wlz-assistent, without Rasa.

Use in the chat actions:

    from actions.contacten import kies_onderwerp, plaats_in_bericht, route, verwijzing_antwoord

    plaats = plaats_in_bericht(tekst, entiteitwaarden)
    verwijzing = route(kies_onderwerp("klacht_zorgaanbieder", tekst), plaats)
    antwoord = verwijzing_antwoord(verwijzing, nu=datetime.now(TIJDZONE), kanaal=gevraagd_kanaal(tekst))
    # antwoord.berichten: say now; antwoord.meer: behind "Meer uitleg"

Data (with source and date in the header of each file), all in this folder: eigen_zorgkantoor.yml (the
zorgkantoor the bot speaks for), organisaties.yml, regios.yml, gemeenten.csv, plaatsen.csv, postcodes.csv,
herkenning.yml, onderwerpkeuze.yml, routering.yml and teksten.yml. The library reads only these files.
"""

from .gegevens import (
    EigenZorgkantoor,
    Gemeente,
    Kanaal,
    Organisatie,
    Regio,
    Soort,
    eigen_zorgkantoor,
    gemeente,
    laad,
    organisatie,
    regio,
)
from .instanties import (
    Herkend,
    Instantie,
    Kanaalvraag,
    Vermelding,
    genoemde_instanties,
    gevraagd_kanaal,
    is_vervolgvraag,
    vind_instanties,
    vraagt_contact,
)
from .onderwerpkeuze import STANDAARD_ONDERWERP, kies_onderwerp, onderwerp_zonder_intent, vraag_zonder_intent
from .plaatsen import (
    Locatie,
    Methode,
    PlaatsResultaat,
    PlaatsStatus,
    plaats_in_bericht,
    resolve_plaats,
    vind_plaats_in_tekst,
)
from .routering import (
    ONDERWERPEN,
    REGIO_AFHANKELIJK,
    RegioStatus,
    Stap,
    Verwijzing,
    normaliseer_onderwerp,
    route,
)
from .teksten import Antwoord, bevestig_plaats, plaats_vraag, verwijzing_antwoord, zonder_herhaling
from .tijden import (
    TIJDZONE,
    Openingsstatus,
    bereikbaarheid,
    feestdag,
    openingsstatus,
    openingstijden_tekst,
    volgende_opening,
)

__all__ = [
    "EigenZorgkantoor",
    "Gemeente",
    "Kanaal",
    "Organisatie",
    "Regio",
    "Soort",
    "eigen_zorgkantoor",
    "gemeente",
    "laad",
    "organisatie",
    "regio",
    "Herkend",
    "Instantie",
    "Kanaalvraag",
    "Vermelding",
    "genoemde_instanties",
    "gevraagd_kanaal",
    "is_vervolgvraag",
    "vind_instanties",
    "vraagt_contact",
    "STANDAARD_ONDERWERP",
    "kies_onderwerp",
    "onderwerp_zonder_intent",
    "vraag_zonder_intent",
    "Locatie",
    "Methode",
    "PlaatsResultaat",
    "PlaatsStatus",
    "plaats_in_bericht",
    "resolve_plaats",
    "vind_plaats_in_tekst",
    "ONDERWERPEN",
    "REGIO_AFHANKELIJK",
    "RegioStatus",
    "Stap",
    "Verwijzing",
    "normaliseer_onderwerp",
    "route",
    "Antwoord",
    "bevestig_plaats",
    "plaats_vraag",
    "verwijzing_antwoord",
    "zonder_herhaling",
    "TIJDZONE",
    "Openingsstatus",
    "bereikbaarheid",
    "feestdag",
    "openingstijden_tekst",
    "openingsstatus",
    "volgende_opening",
]
