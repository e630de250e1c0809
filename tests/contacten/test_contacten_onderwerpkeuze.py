"""kies_onderwerp and onderwerpkeuze.yml: question + named organisation -> topic of the contact directory.

Product rule: the organisation the user asks about is the organisation whose contact the bot gives.
"""

import pytest

from actions.contacten import (
    ONDERWERPEN,
    Instantie,
    kies_onderwerp,
    onderwerp_zonder_intent,
    route,
    verwijzing_antwoord,
    vraag_zonder_intent,
)
from actions.contacten.gegevens import laad
from actions.contacten.onderwerpkeuze import tabel
from actions.onderwerpen import alle_onderwerpen

Inst = Instantie

# Whose contact must be in the answer (organisation ids), per named organisation.
EIGEN = {"klantadvies", "klachtencommissie", "bezwaar"}
CONTACT_VAN = {
    Inst.ZORGKANTOOR: EIGEN,
    Inst.KLACHTENCOMMISSIE: {"klachtencommissie"},
    Inst.CIZ: {"ciz"},
    Inst.CAK: {"cak"},
    Inst.SVB: {"svb"},
    Inst.OCO: {"regelhulp", "oco_mee_zuid_holland_noord"},
    Inst.OMBUDSMAN: {"nationale_ombudsman"},
}


@pytest.mark.parametrize(
    "vraag, instantie, onderwerp",
    [(vraag, instantie, onderwerp) for vraag, rij in tabel().items() for instantie, onderwerp in rij.items()],
)
def test_elk_onderwerp_in_de_tabel_geeft_het_contact_van_de_genoemde_organisatie(vraag, instantie, onderwerp):
    v = route(onderwerp, "Leiden")
    if instantie is Inst.GEMEENTE:
        # No municipal numbers: the bot points to the municipality itself and makes up nothing.
        assert [s.rol for s in v.stappen] == ["gemeente"]
        assert "website van de gemeente Leiden" in verwijzing_antwoord(v).berichten[0]
    else:
        assert CONTACT_VAN[instantie] & set(v.organisatie_ids), (vraag, instantie, v.organisatie_ids)
    # ... and never the zorgkantoor's own number when another organisation is asked for.
    if instantie not in (Inst.ZORGKANTOOR, Inst.KLACHTENCOMMISSIE, Inst.OCO):
        assert not EIGEN & set(v.organisatie_ids), (vraag, instantie)


def test_tabel_gebruikt_bestaande_vragen_en_onderwerpen():
    contactonderwerpen = {o.contact for o in alle_onderwerpen().values() if o.contact}
    keuze = laad().onderwerpkeuze
    assert set(tabel()) <= contactonderwerpen  # no row for a question that has no intent
    assert {o for rij in tabel().values() for o in rij.values()} <= set(ONDERWERPEN)
    assert set(keuze.onderwerpwoorden_bij) <= set(tabel()) and keuze.contactvraag in tabel()


@pytest.mark.parametrize(
    "vraag, zin, onderwerp",
    [
        # Contact question or medewerker + organisation: that organisation's contact.
        ("algemeen", "telefoon ciz graag", "indicatie"),
        ("algemeen", "onder welk nummer is het centrum indicatiestelling zorg bereikbaar", "indicatie"),
        ("algemeen", "cak nr?", "eigen_bijdrage"),
        ("algemeen", "ik zoek het telefoonnummer van de svb voor mijn pgb", "svb"),
        ("algemeen", "hoe kan ik de klachtencommissie wlz bereiken", "klacht_zorgkantoor"),
        ("algemeen", "telefoonnummer van de nationale ombudsman alsjeblieft", "ombudsman"),
        ("algemeen", "wat is het telefoonnummer van de gemeente leiden", "gemeente"),
        ("algemeen", "hoe bereik ik een onafhankelijke cliëntondersteuner", "clientondersteuning"),
        ("algemeen", "ik wil iemand van het ciz spreken", "indicatie"),
        ("algemeen", "hoe krijg ik het zorgkantoor te pakken", "algemeen"),
        ("algemeen", "ik wil een mens spreken", "algemeen"),
        ("algemeen", "het zorgkantoor zei dat ik het cak moet bellen", "eigen_bijdrage"),
        # A place without a pending question, with a subject only the CAK has.
        (
            "algemeen",
            "mijn moeder woont in tilburg en heeft een vraag over de eigen bijdrage",
            "eigen_bijdrage",
        ),
        # Bezwaar: at the organisation that took the decision.
        ("bezwaar", "het ciz heeft de indicatie afgewezen, wat kan ik nu nog doen", "bezwaar_ciz"),
        ("bezwaar", "ik wil tegen het besluit van het ciz in gaan", "bezwaar_ciz"),
        ("bezwaar", "mijn moeder heeft van het ciz een te laag zorgprofiel gekregen", "bezwaar_ciz"),
        ("bezwaar", "ik ben het niet eens met de hoogte van de eigen bijdrage", "bezwaar_cak"),
        ("bezwaar", "bedrag van het cak klopt volgens mij niet", "bezwaar_cak"),
        ("bezwaar", "hoe maak ik bezwaar tegen een besluit van zorg en zekerheid", "bezwaar"),
        ("bezwaar", "het zorgkantoor wil mij geen pgb geven", "bezwaar"),
        ("bezwaar", "ik woon in de gemeente Leiden en wil bezwaar maken", "bezwaar"),
        ("bezwaar", "de gemeente heeft mijn wmo afgewezen", "gemeente"),
        # Klacht: about the organisation that treated you badly.
        ("klacht_zorgkantoor", "de medewerker van het ciz was heel onbeleefd tegen mijn vader", "klacht_ciz"),
        (
            "klacht_zorgkantoor",
            "ik ben ontevreden over hoe het cak mij aan de telefoon te woord stond",
            "klacht_cak",
        ),
        ("klacht_zorgkantoor", "het zorgkantoor reageert nooit op mijn mails", "klacht_zorgkantoor"),
        (
            "klacht_zorgkantoor",
            "klacht over het zorgkantoor, het ciz deed wel zijn best",
            "klacht_zorgkantoor",
        ),
        ("klacht_zorgaanbieder", "ik wil klagen over de manier waarop het ciz mij behandelde", "klacht_ciz"),
        ("klacht_zorgaanbieder", "het cak was onbeschoft", "klacht_cak"),
        # A subject word does not count for a complaint about the zorgaanbieder.
        (
            "klacht_zorgaanbieder",
            "de instelling rekent extra kosten bovenop de eigen bijdrage",
            "klacht_zorgaanbieder",
        ),
        # An organisation without a topic of its own for the question: only when asked how to reach it.
        ("pgb", "hoe krijg ik de sociale verzekeringsbank aan de lijn", "svb"),
        ("pgb", "ik wil een pgb aanvragen, regelt de svb dat?", "pgb"),
        ("clientondersteuning", "tot hoe laat kan ik het zorgkantoor bellen", "clientondersteuning"),
        ("eigen_bijdrage", "welk nummer heeft het cak", "eigen_bijdrage"),
        ("indicatie", "ik wil een indicatie aanvragen bij het ciz", "indicatie"),
    ],
)
def test_kies_onderwerp(vraag, zin, onderwerp):
    assert kies_onderwerp(vraag, zin) == onderwerp


def test_entiteit_van_de_nlu_telt_als_de_tekst_geen_organisatie_noemt():
    assert kies_onderwerp("algemeen", "en van hen?", entiteit="cak") == "eigen_bijdrage"
    assert (
        kies_onderwerp("algemeen", "telefoon ciz graag", entiteit="cak") == "indicatie"
    )  # the text goes first
    assert kies_onderwerp("algemeen", "wat is het nummer van de gemeente dan?", entiteit="de") == "gemeente"
    assert kies_onderwerp("algemeen", "wat is het nummer", entiteit="dan") == "algemeen"  # no organisation


def test_onbekende_vraag_geeft_een_fout():
    with pytest.raises(ValueError):
        kies_onderwerp("iets_anders", "telefoon ciz graag")


@pytest.mark.parametrize(
    "vorige, tekst, verwacht",
    [
        # A follow-up right after a contact answer: that organisation, for the question of that answer ...
        ("bezwaar", "en het ciz?", "bezwaar_ciz"),
        ("bezwaar", "en van het cak?", "bezwaar_cak"),
        ("bezwaar_ciz", "en het cak?", "bezwaar_cak"),
        ("klacht_zorgkantoor", "en het ciz?", "klacht_ciz"),
        # ... or its general contact when it has no topic of its own for that question.
        ("algemeen", "en van het cak?", "eigen_bijdrage"),
        ("eigen_bijdrage", "en het ciz?", "indicatie"),
        ("pgb", "en de svb?", "svb"),
    ],
)
def test_vervolgvraag_na_een_contactantwoord(vorige, tekst, verwacht):
    assert vraag_zonder_intent(tekst, None, vorige) == vorige
    assert onderwerp_zonder_intent(tekst, None, plaats_genoemd=False, vorige=vorige) == verwacht


@pytest.mark.parametrize(
    "tekst, vorige, verwacht",
    [
        ("en van het cak?", None, None),  # no contact answer before: no follow-up
        ("wat doet het ciz eigenlijk", "bezwaar", None),  # more than the organisation: a new question
        (
            "mag ik mijn vraag ook per email sturen",
            None,
            "algemeen",
        ),  # a way of contact is a contact question
        ("waar zitten jullie, kan ik langskomen", None, "algemeen"),
        ("wat is het postadres van het ciz", None, "indicatie"),
    ],
)
def test_onderwerp_zonder_intent_vervolg_en_kanaal(tekst, vorige, verwacht):
    assert onderwerp_zonder_intent(tekst, None, plaats_genoemd=False, vorige=vorige) == verwacht
