"""Which contact topic belongs to the user's question and the organisation he names?

    kies_onderwerp("algemeen", "telefoon ciz graag")                                 -> "indicatie"
    kies_onderwerp("bezwaar", "het ciz heeft de indicatie afgewezen")                -> "bezwaar_ciz"
    kies_onderwerp("klacht_zorgkantoor", "de medewerker van het ciz was onbeleefd")  -> "klacht_ciz"
    kies_onderwerp("algemeen", "mijn moeder in Tilburg, vraag over de eigen bijdrage")   -> "eigen_bijdrage"
    onderwerp_zonder_intent("nummer van de gemeente voor de wmo", None, plaats_genoemd=False) -> "gemeente"
    onderwerp_zonder_intent("en het ciz?", None, plaats_genoemd=False, vorige="bezwaar")   -> "bezwaar_ciz"

The table is onderwerpkeuze.yml; the names of organisations are in herkenning.yml. Plain Python, no Rasa.
"""

from __future__ import annotations

import functools
from collections.abc import Mapping

from .gegevens import laad
from .instanties import (
    Instantie,
    genoemde_instanties,
    gevraagd_kanaal,
    instantie_uit_waarde,
    is_vervolgvraag,
    vraagt_contact,
)
from .routering import normaliseer_onderwerp

Rij = Mapping[Instantie, str]

# The topic when the user names no organisation and the bot waits for no place.
STANDAARD_ONDERWERP = "algemeen"


@functools.lru_cache(maxsize=1)
def tabel() -> dict[str, Rij]:
    """question -> {Instantie: topic}, checked: every question and topic exists in the directory."""
    keuze = laad().onderwerpkeuze
    uit: dict[str, Rij] = {
        normaliseer_onderwerp(vraag): {Instantie(i): normaliseer_onderwerp(o) for i, o in rij.items()}
        for vraag, rij in keuze.vragen.items()
    }
    for vraag in (*keuze.onderwerpwoorden_bij, keuze.contactvraag):
        if vraag not in uit:
            raise ValueError(f"onderwerpkeuze.yml: question {vraag!r} has no row")
    return uit


def kies_onderwerp(
    vraag: str, tekst: str, entiteit: object | None = None, als_contactvraag: bool = False
) -> str:
    """The contact topic (a key of routering.ONDERWERPEN) for a question and the user's text.

    entiteit: the value of the NLU entity 'organisatie', for when the text itself names no organisation.
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


def onderwerp_zonder_intent(
    tekst: str, wachtend: str | None, plaats_genoemd: bool, vorige: str | None = None
) -> str | None:
    """The contact topic for a message the NLU did not understand, or None when it is not about a contact.

    It is about a contact when it names a place (plaats_genoemd), asks for one way of contact ("kan ik
    mailen?"), or names an organisation by name (not by a subject word) and asks how to reach it or answers
    the question for the place of residence (wachtend: the topic waiting for that place), or follows a
    contact answer with only that organisation ("en het ciz?"; vorige: the question of that answer).
    The topic: the named organisation's, for the question of vraag_zonder_intent().
    """
    vervolg = vorige is not None and is_vervolgvraag(tekst)
    genoemd = genoemde_instanties(tekst, onderwerpwoorden=False)
    contact = plaats_genoemd or vervolg or gevraagd_kanaal(tekst) is not None
    if not contact and not (genoemd and (wachtend or vraagt_contact(tekst))):
        return None
    return kies_onderwerp(vraag_zonder_intent(tekst, wachtend, vorige), tekst, als_contactvraag=True)


def vraag_zonder_intent(tekst: str, wachtend: str | None, vorige: str | None = None) -> str:
    """The question a message without a known intent continues: that of the previous contact answer for a
    follow-up ("en het ciz?"), else the topic waiting for a place, else 'algemeen'."""
    if vorige is not None and is_vervolgvraag(tekst):
        return vorige
    return wachtend or STANDAARD_ONDERWERP
