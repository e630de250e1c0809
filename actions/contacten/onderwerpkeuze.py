"""Welk contactonderwerp hoort bij de vraag van de gebruiker en de organisatie die hij noemt?

    kies_onderwerp("algemeen", "telefoon ciz graag")                                 -> "indicatie"
    kies_onderwerp("bezwaar", "het ciz heeft de indicatie afgewezen")                -> "bezwaar_ciz"
    kies_onderwerp("klacht_zorgkantoor", "de medewerker van het ciz was onbeleefd")  -> "klacht_ciz"
    kies_onderwerp("algemeen", "mijn moeder woont in Tilburg, vraag over de eigen bijdrage") -> "eigen_bijdrage"
    onderwerp_zonder_intent("nummer van de gemeente voor de wmo", None, plaats_genoemd=False) -> "gemeente"

De tabel staat in onderwerpkeuze.yml; de namen van organisaties in herkenning.yml. Gewone Python, zonder Rasa.
"""

from __future__ import annotations

import functools
from typing import Dict, Mapping, Optional

from .gegevens import laad
from .instanties import Instantie, genoemde_instanties, instantie_uit_waarde, vraagt_contact
from .routering import normaliseer_onderwerp

Rij = Mapping[Instantie, str]

# The topic when the user names no organisation and the bot waits for no place.
STANDAARD_ONDERWERP = "algemeen"


@functools.lru_cache(maxsize=1)
def tabel() -> Dict[str, Rij]:
    """vraag -> {Instantie: onderwerp}, gecontroleerd: elke vraag en elk onderwerp bestaat in de contactgids."""
    keuze = laad().onderwerpkeuze
    uit: Dict[str, Rij] = {
        normaliseer_onderwerp(vraag): {Instantie(i): normaliseer_onderwerp(o) for i, o in rij.items()}
        for vraag, rij in keuze.vragen.items()
    }
    for vraag in (*keuze.onderwerpwoorden_bij, keuze.contactvraag):
        if vraag not in uit:
            raise ValueError(f"onderwerpkeuze.yml: vraag {vraag!r} heeft geen rij")
    return uit


def kies_onderwerp(
    vraag: str, tekst: str, entiteit: Optional[object] = None, als_contactvraag: bool = False
) -> str:
    """Het contactonderwerp voor een vraag (een sleutel uit routering.ONDERWERPEN) en de tekst van de gebruiker.

    entiteit: de waarde van de NLU-entiteit 'organisatie', als de tekst zelf geen organisatie noemt.
    als_contactvraag: the bot answers with a contact anyway, so the row of the contact question counts
    as if the text asked how to reach someone.
    """
    vraag = normaliseer_onderwerp(vraag)
    keuze = laad().onderwerpkeuze
    genoemd = genoemde_instanties(tekst, onderwerpwoorden=vraag in keuze.onderwerpwoorden_bij)
    genoemd = genoemd or instantie_uit_waarde(entiteit)
    rijen = [tabel().get(vraag, {})]
    if als_contactvraag or vraagt_contact(tekst):
        rijen.append(tabel()[keuze.contactvraag])
    for rij in rijen:
        for instantie in genoemd:
            if instantie in rij:
                return rij[instantie]
    return vraag


def onderwerp_zonder_intent(tekst: str, wachtend: Optional[str], plaats_genoemd: bool) -> Optional[str]:
    """The contact topic for a message the NLU did not understand, or None when it is not about a contact.

    It is about a contact when it names a place (plaats_genoemd), or names an organisation by name (not via a
    subject word) and asks how to reach it or follows the question for the place of residence (wachtend: the
    topic waiting for that place). The topic: the named organisation's, else the waiting one, else 'algemeen'.
    """
    genoemd = genoemde_instanties(tekst, onderwerpwoorden=False)
    if not plaats_genoemd and not (genoemd and (wachtend or vraagt_contact(tekst))):
        return None
    return kies_onderwerp(wachtend or STANDAARD_ONDERWERP, tekst, als_contactvraag=True)
