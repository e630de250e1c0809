"""kies_onderwerp en onderwerpkeuze.yml: vraag + genoemde organisatie -> onderwerp van de contactgids.

Regel van het product: de organisatie waar de gebruiker naar vraagt, is de organisatie waarvan de bot het
contact geeft.
"""

import pytest

from actions.contacten import ONDERWERPEN, Instantie, kies_onderwerp, route, verwijzing_tekst
from actions.contacten.gegevens import laad
from actions.contacten.onderwerpkeuze import tabel
from actions.onderwerpen import alle_onderwerpen

I = Instantie

# Van wie het contact in het antwoord moet staan (ids uit organisaties.yml), per genoemde organisatie.
CONTACT_VAN = {
    I.ZORGKANTOOR: {"zz_klantadvies", "zz_klachtencommissie", "zz_bezwaar"},
    I.KLACHTENCOMMISSIE: {"zz_klachtencommissie"},
    I.CIZ: {"ciz"},
    I.CAK: {"cak"},
    I.SVB: {"svb"},
    I.OCO: {"regelhulp", "oco_mee_zuid_holland_noord"},
    I.OMBUDSMAN: {"nationale_ombudsman"},
}


@pytest.mark.parametrize("vraag, instantie, onderwerp", [
    (vraag, instantie, onderwerp) for vraag, rij in tabel().items() for instantie, onderwerp in rij.items()
])
def test_elk_onderwerp_in_de_tabel_geeft_het_contact_van_de_genoemde_organisatie(vraag, instantie, onderwerp):
    v = route(onderwerp, "Leiden")
    if instantie is I.GEMEENTE:
        # Geen nummers van gemeenten: de bot verwijst naar de gemeente zelf en verzint niets.
        assert [s.rol for s in v.stappen] == ["gemeente"]
        assert "website van de gemeente Leiden" in " ".join(verwijzing_tekst(v))
    else:
        assert CONTACT_VAN[instantie] & set(v.organisatie_ids), (vraag, instantie, v.organisatie_ids)
    # ... en nooit het nummer van Zorg en Zekerheid als naar een andere organisatie gevraagd wordt.
    if instantie not in (I.ZORGKANTOOR, I.KLACHTENCOMMISSIE, I.OCO):
        assert not [i for i in v.organisatie_ids if i.startswith("zz_")], (vraag, instantie)


def test_tabel_gebruikt_bestaande_vragen_en_onderwerpen():
    contactonderwerpen = {o.contact for o in alle_onderwerpen().values() if o.contact}
    keuze = laad().onderwerpkeuze
    assert set(tabel()) <= contactonderwerpen  # geen rij voor een vraag die geen intent heeft
    assert {o for rij in tabel().values() for o in rij.values()} <= set(ONDERWERPEN)
    assert set(keuze.onderwerpwoorden_bij) <= set(tabel()) and keuze.contactvraag in tabel()


@pytest.mark.parametrize("vraag, zin, onderwerp", [
    # Contactvraag of medewerker + organisatie: het contact van die organisatie.
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
    # Woonplaats zonder lopende vraag, met een onderwerp dat alleen het CAK heeft.
    ("algemeen", "mijn moeder woont in tilburg en heeft een vraag over de eigen bijdrage", "eigen_bijdrage"),
    # Bezwaar: bij de organisatie die het besluit nam.
    ("bezwaar", "het ciz heeft de indicatie afgewezen, wat kan ik nu nog doen", "bezwaar_ciz"),
    ("bezwaar", "ik wil tegen het besluit van het ciz in gaan", "bezwaar_ciz"),
    ("bezwaar", "mijn moeder heeft van het ciz een te laag zorgprofiel gekregen", "bezwaar_ciz"),
    ("bezwaar", "ik ben het niet eens met de hoogte van de eigen bijdrage", "bezwaar_cak"),
    ("bezwaar", "bedrag van het cak klopt volgens mij niet", "bezwaar_cak"),
    ("bezwaar", "hoe maak ik bezwaar tegen een besluit van zorg en zekerheid", "bezwaar"),
    ("bezwaar", "het zorgkantoor wil mij geen pgb geven", "bezwaar"),
    ("bezwaar", "ik woon in de gemeente Leiden en wil bezwaar maken", "bezwaar"),
    ("bezwaar", "de gemeente heeft mijn wmo afgewezen", "gemeente"),
    # Klacht: over de organisatie die u slecht behandelde.
    ("klacht_zorgkantoor", "de medewerker van het ciz was heel onbeleefd tegen mijn vader", "klacht_ciz"),
    ("klacht_zorgkantoor", "ik ben ontevreden over hoe het cak mij aan de telefoon te woord stond", "klacht_cak"),
    ("klacht_zorgkantoor", "het zorgkantoor reageert nooit op mijn mails", "klacht_zorgkantoor"),
    ("klacht_zorgkantoor", "klacht over het zorgkantoor, het ciz deed wel zijn best", "klacht_zorgkantoor"),
    ("klacht_zorgaanbieder", "ik wil klagen over de manier waarop het ciz mij behandelde", "klacht_ciz"),
    ("klacht_zorgaanbieder", "het cak was onbeschoft", "klacht_cak"),
    # Een onderwerpwoord telt niet bij een klacht over de zorgaanbieder.
    ("klacht_zorgaanbieder", "de instelling rekent extra kosten bovenop de eigen bijdrage", "klacht_zorgaanbieder"),
    # Een organisatie zonder eigen onderwerp bij de vraag: alleen als de gebruiker vraagt hoe hij haar bereikt.
    ("pgb", "hoe krijg ik de sociale verzekeringsbank aan de lijn", "svb"),
    ("pgb", "ik wil een pgb aanvragen, regelt de svb dat?", "pgb"),
    ("clientondersteuning", "tot hoe laat kan ik het zorgkantoor bellen", "clientondersteuning"),
    ("eigen_bijdrage", "welk nummer heeft het cak", "eigen_bijdrage"),
    ("indicatie", "ik wil een indicatie aanvragen bij het ciz", "indicatie"),
])
def test_kies_onderwerp(vraag, zin, onderwerp):
    assert kies_onderwerp(vraag, zin) == onderwerp


def test_entiteit_van_de_nlu_telt_als_de_tekst_geen_organisatie_noemt():
    assert kies_onderwerp("algemeen", "en van hen?", entiteit="cak") == "eigen_bijdrage"
    assert kies_onderwerp("algemeen", "telefoon ciz graag", entiteit="cak") == "indicatie"  # de tekst gaat voor
    assert kies_onderwerp("algemeen", "wat is het nummer van de gemeente dan?", entiteit="de") == "gemeente"
    assert kies_onderwerp("algemeen", "wat is het nummer", entiteit="dan") == "algemeen"  # geen organisatie


def test_onbekende_vraag_geeft_een_fout():
    with pytest.raises(ValueError):
        kies_onderwerp("iets_anders", "telefoon ciz graag")
