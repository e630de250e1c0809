"""vind_instanties, genoemde_instanties, vraagt_contact, gevraagd_kanaal, is_vervolgvraag: which organisation
and which way of contact does the user name?"""

import pytest

from actions.contacten import (
    Herkend,
    Instantie,
    Kanaalvraag,
    genoemde_instanties,
    gevraagd_kanaal,
    is_vervolgvraag,
    vind_instanties,
    vraagt_contact,
)
from actions.contacten.gegevens import laad

Inst = Instantie
K = Kanaalvraag

BIJ_NAAM = [
    ("telefoon ciz graag", Inst.CIZ),
    ("het ciz heeft de indicatie afgewezen", Inst.CIZ),
    ("wat vindt het CIZ' ervan", Inst.CIZ),
    ("de website van het CIZ's", Inst.CIZ),
    ("C.I.Z. bellen", Inst.CIZ),
    ("onder welk nummer is het centrum indicatiestelling zorg bereikbaar", Inst.CIZ),
    ("cak nr?", Inst.CAK),
    ("ik moet het cak even bellen", Inst.CAK),
    ("nummer van het c.a.k.", Inst.CAK),
    ("C A K", Inst.CAK),
    ("staat dat op hetcak.nl?", Inst.CAK),
    ("hoe kan ik het centraal administratie kantoor bereiken", Inst.CAK),
    ("de rekening van het Centraal Administratiekantoor", Inst.CAK),
    ("ik zoek het telefoonnummer van de svb voor mijn pgb", Inst.SVB),
    ("hoe krijg ik de sociale verzekeringsbank aan de lijn", Inst.SVB),
    ("hoe kan ik de klachtencommissie wlz bereiken", Inst.KLACHTENCOMMISSIE),
    ("mailadres klachtencommissie?", Inst.KLACHTENCOMMISSIE),
    ("hoe krijg ik het zorgkantoor te pakken", Inst.ZORGKANTOOR),
    (
        "waar kan ik terecht als ik niet tevreden ben over hoe zorg en zekerheid mij heeft behandeld",
        Inst.ZORGKANTOOR,
    ),
    ("Zorg & Zekerheid bellen", Inst.ZORGKANTOOR),
    ("telefoonnummer van de nationale ombudsman alsjeblieft", Inst.OMBUDSMAN),
    ("kan ik naar de ombudsman", Inst.OMBUDSMAN),
    ("hoe bereik ik een onafhankelijke cliëntondersteuner", Inst.OCO),
    ("wat is het nummer van MEE Zuid-Holland Noord", Inst.OCO),
    ("wat is het telefoonnummer van de gemeente leiden", Inst.GEMEENTE),
    ("ik moet de gemeente bellen voor de wmo", Inst.GEMEENTE),
    ("wat is het nummer van de gemeente dan?", Inst.GEMEENTE),
    ("waar is het Wmo-loket", Inst.GEMEENTE),
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
    assert [(v.instantie, v.herkend) for v in vind_instanties(zin)] == [(Inst.CAK, Herkend.ONDERWERP)]
    assert genoemde_instanties(zin) == (Inst.CAK,)
    assert genoemde_instanties(zin, onderwerpwoorden=False) == ()
    # A name goes first: whoever asks for the zorgkantoor does not get the CAK.
    zin = "ik heb een vraag over mijn eigen bijdrage, wat is het nummer van het zorgkantoor"
    assert genoemde_instanties(zin) == (Inst.ZORGKANTOOR,)
    assert genoemde_instanties("mijn moeder heeft een te laag zorgprofiel gekregen") == (Inst.CIZ,)


def test_meer_organisaties_in_de_volgorde_van_de_tekst_zonder_dubbelen():
    assert genoemde_instanties("het zorgkantoor zei dat ik het cak moet bellen, het CAK dus") == (
        Inst.ZORGKANTOOR,
        Inst.CAK,
    )
    assert genoemde_instanties("het c.a.k. of de svb?") == (Inst.CAK, Inst.SVB)


def test_langste_naam_eerst():
    # "klachtencommissie wlz" is one name, "nationale ombudsman" too: no separate hits inside them.
    assert len(vind_instanties("de klachtencommissie wlz van zorg en zekerheid")) == 2
    assert [v.tekst for v in vind_instanties("de Nationale ombudsman")] == ["Nationale ombudsman"]


@pytest.mark.parametrize(
    "zin",
    [
        "telefoon ciz graag",
        "cak nr?",
        "hoe krijg ik de svb aan de lijn",
        "kan ik jullie ook mailen?",
        "wat is het postadres",
        "hoe krijg ik het zorgkantoor te pakken",
        "bel mij maar terug",
        "ciz website?",
    ],
)
def test_vraagt_contact(zin):
    assert vraagt_contact(zin)


@pytest.mark.parametrize(
    "zin",
    [
        "hoe vraag ik een pgb aan bij de svb",
        "het ciz heeft de indicatie afgewezen",
        "telt het huis mee",
        "ik wil klagen over het cak",
    ],
)
def test_vraagt_geen_contact(zin):
    assert not vraagt_contact(zin)


def test_elke_organisatie_heeft_namen_en_elke_naam_hoort_bij_een_instantie():
    organisaties = laad().herkenning.organisaties
    assert set(organisaties) == {i.value for i in Instantie}
    assert all(o.namen for o in organisaties.values())


def test_namen_van_het_eigen_zorgkantoor_en_de_oco_organisaties_komen_uit_de_gegevens():
    # eigen_zorgkantoor.yml ('namen') and the names of the OCO organisations.
    assert genoemde_instanties("ik heb Zorg & Zekerheid gebeld") == (Inst.ZORGKANTOOR,)
    assert genoemde_instanties("wat doet Co Weet Raad") == (Inst.OCO,)


@pytest.mark.parametrize(
    "zin, kanaal",
    [
        ("mag ik mijn vraag ook per email sturen, bellen vind ik lastig", K.EMAIL),
        ("kan ik jullie ook mailen?", K.EMAIL),
        ("wat is het e-mailadres van het ciz", K.EMAIL),
        ("wat is jullie postadres, ik wil een brief sturen", K.POST),
        ("waar zitten jullie, kan ik gewoon langskomen?", K.BEZOEK),
        ("wat is het bezoekadres", K.BEZOEK),
        ("bel mij maar terug", K.TERUGBELLEN),
        ("kunnen jullie mij terugbellen", K.TERUGBELLEN),
        ("ciz website?", K.WEBSITE),
        # the first one in the text counts
        ("kan ik langskomen of moet ik mailen", K.BEZOEK),
    ],
)
def test_gevraagd_kanaal(zin, kanaal):
    assert gevraagd_kanaal(zin) is kanaal


@pytest.mark.parametrize(
    "zin",
    [
        "ik kreeg een brief van het cak",
        "er kwam een mail van het zorgkantoor",
        "wat is het nummer van het cak",
        "bel ik het ciz of het cak",
        "ik wil klagen",
        # Giving one's own address is not asking for the postal address.
        "mijn adres is in Nieuw-Vennep",
        "op welk adres woont mijn moeder straks",
    ],
)
def test_geen_gevraagd_kanaal(zin):
    assert gevraagd_kanaal(zin) is None


@pytest.mark.parametrize(
    "zin",
    [
        "en van het cak?",
        "en het ciz?",
        "het CIZ",
        "en de svb dan",
        "hoe zit dat bij het cak",
        "En de Sociale Verzekeringsbank?",
    ],
)
def test_vervolgvraag(zin):
    assert is_vervolgvraag(zin)


@pytest.mark.parametrize(
    "zin",
    [
        "wat doet het ciz eigenlijk",
        "en de eigen bijdrage?",
        "en?",
        "",
        "het ciz heeft de indicatie afgewezen",
        "en mijn moeder in Leiden",
    ],
)
def test_geen_vervolgvraag(zin):
    assert not is_vervolgvraag(zin)
