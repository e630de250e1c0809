"""vind_instanties / genoemde_instanties / vraagt_contact: welke organisatie noemt de gebruiker?"""

import pytest

from actions.contacten import Herkend, Instantie, genoemde_instanties, vind_instanties, vraagt_contact
from actions.contacten.gegevens import laad

I = Instantie

BIJ_NAAM = [
    ("telefoon ciz graag", I.CIZ),
    ("het ciz heeft de indicatie afgewezen", I.CIZ),
    ("wat vindt het CIZ' ervan", I.CIZ),
    ("de website van het CIZ's", I.CIZ),
    ("C.I.Z. bellen", I.CIZ),
    ("onder welk nummer is het centrum indicatiestelling zorg bereikbaar", I.CIZ),
    ("cak nr?", I.CAK),
    ("ik moet het cak even bellen", I.CAK),
    ("nummer van het c.a.k.", I.CAK),
    ("C A K", I.CAK),
    ("staat dat op hetcak.nl?", I.CAK),
    ("hoe kan ik het centraal administratie kantoor bereiken", I.CAK),
    ("de rekening van het Centraal Administratiekantoor", I.CAK),
    ("ik zoek het telefoonnummer van de svb voor mijn pgb", I.SVB),
    ("hoe krijg ik de sociale verzekeringsbank aan de lijn", I.SVB),
    ("hoe kan ik de klachtencommissie wlz bereiken", I.KLACHTENCOMMISSIE),
    ("mailadres klachtencommissie?", I.KLACHTENCOMMISSIE),
    ("hoe krijg ik het zorgkantoor te pakken", I.ZORGKANTOOR),
    ("waar kan ik terecht als ik niet tevreden ben over hoe zorg en zekerheid mij heeft behandeld", I.ZORGKANTOOR),
    ("Zorg & Zekerheid bellen", I.ZORGKANTOOR),
    ("telefoonnummer van de nationale ombudsman alsjeblieft", I.OMBUDSMAN),
    ("kan ik naar de ombudsman", I.OMBUDSMAN),
    ("hoe bereik ik een onafhankelijke cliëntondersteuner", I.OCO),
    ("wat is het nummer van MEE Zuid-Holland Noord", I.OCO),
    ("wat is het telefoonnummer van de gemeente leiden", I.GEMEENTE),
    ("ik moet de gemeente bellen voor de wmo", I.GEMEENTE),
    ("wat is het nummer van de gemeente dan?", I.GEMEENTE),
    ("waar is het Wmo-loket", I.GEMEENTE),
]


@pytest.mark.parametrize("zin, instantie", BIJ_NAAM)
def test_organisatie_bij_naam(zin, instantie):
    vermeldingen = vind_instanties(zin)
    assert [(v.instantie, v.herkend) for v in vermeldingen] == [(instantie, Herkend.NAAM)]
    assert genoemde_instanties(zin) == (instantie,)


def test_vermelding_geeft_de_getypte_tekst_en_positie():
    zin = "nummer van het c.a.k. graag"
    (v,) = vind_instanties(zin)
    assert v.tekst == "c.a.k" and zin[v.start :].startswith("c.a.k")


ZONDER_ORGANISATIE = [
    "ik wil klagen",
    "ik woon in de gemeente Leiden",
    "in welke gemeente woont u",
    "ik woon in gemeente Kaag en Braassem en wil klagen",
    "mijn moeder komt uit de gemeente Katwijk",
    "hoe maak ik bezwaar tegen het besluit",
    "ik wil een pgb aanvragen",
    "ik ben het er niet mee eens",  # 'mee' is geen MEE
    "kunnen we dat gespreid betalen?",
    "mijn moeder heeft een indicatie",
    "ik heb een klacht over de thuiszorg",
]


@pytest.mark.parametrize("zin", ZONDER_ORGANISATIE)
def test_geen_organisatie(zin):
    assert vind_instanties(zin) == ()
    assert genoemde_instanties(zin) == ()


def test_onderwerpwoord_noemt_de_organisatie_alleen_zonder_naam():
    zin = "mijn moeder woont in tilburg en heeft een vraag over de eigen bijdrage"
    assert [(v.instantie, v.herkend) for v in vind_instanties(zin)] == [(I.CAK, Herkend.ONDERWERP)]
    assert genoemde_instanties(zin) == (I.CAK,)
    assert genoemde_instanties(zin, onderwerpwoorden=False) == ()
    # Een naam gaat voor: wie om het zorgkantoor vraagt, krijgt niet het CAK.
    zin = "ik heb een vraag over mijn eigen bijdrage, wat is het nummer van het zorgkantoor"
    assert genoemde_instanties(zin) == (I.ZORGKANTOOR,)
    assert genoemde_instanties("mijn moeder heeft een te laag zorgprofiel gekregen") == (I.CIZ,)


def test_meer_organisaties_in_de_volgorde_van_de_tekst_zonder_dubbelen():
    assert genoemde_instanties("het zorgkantoor zei dat ik het cak moet bellen, het CAK dus") == (I.ZORGKANTOOR, I.CAK)
    assert genoemde_instanties("het c.a.k. of de svb?") == (I.CAK, I.SVB)


def test_langste_naam_eerst():
    # "klachtencommissie wlz" is één naam, "nationale ombudsman" ook: geen losse treffers erin.
    assert len(vind_instanties("de klachtencommissie wlz van zorg en zekerheid")) == 2
    assert [v.tekst for v in vind_instanties("de Nationale ombudsman")] == ["Nationale ombudsman"]


@pytest.mark.parametrize("zin", [
    "telefoon ciz graag", "cak nr?", "hoe krijg ik de svb aan de lijn", "kan ik jullie ook mailen?",
    "wat is het postadres", "hoe krijg ik het zorgkantoor te pakken", "bel mij maar terug", "ciz website?",
])
def test_vraagt_contact(zin):
    assert vraagt_contact(zin)


@pytest.mark.parametrize("zin", [
    "hoe vraag ik een pgb aan bij de svb", "het ciz heeft de indicatie afgewezen", "telt het huis mee",
    "ik wil klagen over het cak",
])
def test_vraagt_geen_contact(zin):
    assert not vraagt_contact(zin)


def test_elke_organisatie_heeft_namen_en_elke_naam_hoort_bij_een_instantie():
    organisaties = laad().herkenning.organisaties
    assert set(organisaties) == {i.value for i in Instantie}
    assert all(o.namen for o in organisaties.values())
