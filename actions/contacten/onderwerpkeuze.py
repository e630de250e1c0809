"""Welk contactonderwerp hoort bij de vraag van de gebruiker en de organisatie die hij noemt?

    kies_onderwerp("algemeen", "telefoon ciz graag")                                 -> "indicatie"
    kies_onderwerp("bezwaar", "het ciz heeft de indicatie afgewezen")                -> "bezwaar_ciz"
    kies_onderwerp("klacht_zorgkantoor", "de medewerker van het ciz was onbeleefd")  -> "klacht_ciz"
    kies_onderwerp("algemeen", "mijn moeder woont in Tilburg, vraag over de eigen bijdrage") -> "eigen_bijdrage"

De tabel staat in onderwerpkeuze.yml; de namen van organisaties in herkenning.yml. Gewone Python, zonder Rasa.
"""

from __future__ import annotations

import functools
from typing import Dict, Mapping, Optional

from .gegevens import laad
from .instanties import Instantie, genoemde_instanties, instantie_uit_waarde, vraagt_contact
from .routering import normaliseer_onderwerp

Rij = Mapping[Instantie, str]


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


def kies_onderwerp(vraag: str, tekst: str, entiteit: Optional[object] = None) -> str:
    """Het contactonderwerp voor een vraag (een sleutel uit routering.ONDERWERPEN) en de tekst van de gebruiker.

    entiteit: de waarde van de NLU-entiteit 'organisatie', als de tekst zelf geen organisatie noemt.
    """
    vraag = normaliseer_onderwerp(vraag)
    keuze = laad().onderwerpkeuze
    genoemd = genoemde_instanties(tekst, onderwerpwoorden=vraag in keuze.onderwerpwoorden_bij)
    genoemd = genoemd or instantie_uit_waarde(entiteit)
    rijen = [tabel().get(vraag, {})]
    if vraagt_contact(tekst):
        rijen.append(tabel()[keuze.contactvraag])
    for rij in rijen:
        for instantie in genoemd:
            if instantie in rij:
                return rij[instantie]
    return vraag
