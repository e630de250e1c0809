"""vind_plaats_in_tekst: places and postcodes in a whole sentence, without false hits on ordinary words."""

import pytest

from actions.contacten import vind_plaats_in_tekst

POSITIEF = [
    ("ik woon in nieuw-vennep en wil klagen", "Haarlemmermeer", "nieuw-vennep"),
    ("Ik woon in Nieuw Vennep", "Haarlemmermeer", "Nieuw Vennep"),
    ("Ik woon in Leiden", "Leiden", "Leiden"),
    ("ik woon in leiden", "Leiden", "leiden"),
    ("mijn moeder woont in Hoofddorp", "Haarlemmermeer", "Hoofddorp"),
    ("Wij wonen in de Haarlemmermeer", "Haarlemmermeer", "Haarlemmermeer"),
    ("ik kom uit den haag", "'s-Gravenhage", "den haag"),
    ("ik woon in 's-Gravenhage", "'s-Gravenhage", "s-Gravenhage"),
    ("ik woon in de buurt van Leiden", "Leiden", "Leiden"),
    ("ik woon in Best", "Best", "Best"),
    ("Ik woon in alphen a/d rijn", "Alphen aan den Rijn", "alphen a/d rijn"),
    ("ik woon in alphen aan den rijn en heb een vraag", "Alphen aan den Rijn", None),
    ("ik woon in Kaag", "Kaag en Braassem", "Kaag"),
    ("ik woon in Kaag en Braassem", "Kaag en Braassem", "Kaag en Braassem"),
    ("ik woon in Buitenkaag", "Haarlemmermeer", "Buitenkaag"),
    ("ik woon in Leimuiden", "Kaag en Braassem", "Leimuiden"),
    ("ik woon in Leimuiderbrug", "Haarlemmermeer", "Leimuiderbrug"),
    ("woonachtig te Katwijk", "Katwijk", "Katwijk"),
    ("wij wonen in amstelveen", "Amstelveen", "amstelveen"),
    ("ik woon in Uithoorn, mag ik klagen?", "Uithoorn", "Uithoorn"),
    ("woon in Ter Aar", "Nieuwkoop", "Ter Aar"),
    ("mevrouw de Vries uit Lisse", "Lisse", "Lisse"),
    ("Jan van Loon woont in Oegstgeest", "Oegstgeest", "Oegstgeest"),
    ("ik heb een klacht over mijn zorgaanbieder in Leiderdorp", "Leiderdorp", "Leiderdorp"),
    ("mijn zoon werkt in Leiden maar ik woon in Voorschoten", "Voorschoten", "Voorschoten"),
    ("Mijn vader woont in Amsterdam-Duivendrecht", "Ouder-Amstel", "Amsterdam-Duivendrecht"),
    ("ik woon in noorden bij nieuwkoop", "Nieuwkoop", None),
    ("ik woon in Groningen", "Groningen", "Groningen"),
    ("ik ben verhuisd naar Zwolle", "Zwolle", "Zwolle"),
    ("Ik woon in Den Bosch", "'s-Hertogenbosch", "Den Bosch"),
    ("Leiden", "Leiden", "Leiden"),
]

POSTCODES = [
    ("postcode 2132 AB", "Haarlemmermeer"),
    ("mijn postcode is 2351", "Leiderdorp"),
    ("mijn postcode is 2351 ab", "Leiderdorp"),
    ("Ik woon op de Dorpsstraat 1, 2371AB Roelofarendsveen", "Kaag en Braassem"),
    ("adres: Hoofdweg 10, 2132 AB Hoofddorp", "Haarlemmermeer"),
    ("2332 KG", "Leiden"),
]

TIKFOUTEN = [
    ("ik woon in hoofdorp", "Haarlemmermeer"),
    ("ik woon in amstelven", "Amstelveen"),
    ("ik woon in roelofsarendsveen", "Kaag en Braassem"),
]

# Ordinary Wlz sentences without a place: must give nothing.
NEGATIEF = [
    "ik wil een klacht indienen",
    "ik woon in een verpleeghuis",
    "ik woon in de wijk",
    "ik woon in een andere wijk",
    "dat kan leiden tot een hogere eigen bijdrage",
    "Leiden tot wat?",
    "ik doe mijn best",
    "Best, dan bel ik morgen",
    "ik heb echt hulp nodig",
    "Echt waar?",
    "het is heel duur",
    "Heel fijn, dank u",
    "ik heb te kampen met schulden",
    "mijn buren helpen mij",
    "ik betaal 1200 euro per maand",
    "ik betaal 1200 en nog wat",
    "in 2026 ga ik verhuizen",
    "we rijden 1500km per jaar",
    "de eigen bijdrage is te hoog",
    "wat is de wlz",
    "ik wil een pgb aanvragen",
    "hoe maak ik bezwaar tegen het besluit",
    "mijn moeder heeft dementie en moet naar een instelling",
    "ik wil graag een cliëntondersteuner",
    "wanneer krijg ik de factuur van het CAK",
    "met vriendelijke groet, Jan de Vries",
    "Met vriendelijke Groet",
    "ik heb mijn best gedaan maar het lukt niet",
    "wat kost zorg in een instelling",
    "kan ik in de winkel betalen",
    "zorg thuis of in een huis",
    "de waarde van mijn huis",
    "ik wil zorg in natura",
    "ik wacht al 10 weken op een indicatie",
    "heb ik recht op een herindicatie?",
    "ik woon in nederland",
    "hij is 85 jaar",
    "wonen in kleine huizen",
    "ik ben het niet eens met de herindicatie van het CIZ",
    "waar kan ik terecht met vragen",
    "zorg met verblijf",
    "kan ik een betalingsregeling treffen",
    "ik wil zorg in het buitenland",
    "ik ben mantelzorger van mijn vader",
    "wat is een volledig pakket thuis",
    "ik wil naar een andere zorgaanbieder",
    "bel mij morgen terug",
    "wat zijn de openingstijden",
    "mijn partner gaat mee verhuizen",
    "ik ben gemoedsbezwaard",
    "heeft u een telefoonnummer",
    "het zorgkantoor heeft mijn pgb afgewezen",
    "er is niemand die mij helpt",
    "ik wil graag hulp bij het aanvragen",
    "de zorg is niet goed",
    "ik wil ter plekke hulp",
    "in de praktijk gaat het anders",
    "ik woon in een instelling",
    "ik woon in een appartement",
    "in het noorden van het land",
    "welke eigen bijdrage betaal ik in 2025",
    "kan ik mijn zorg in laten zetten",
    "ik woon alleen",
    "Hoe hoog is de eigen bijdrage?",
    "ik woon in de stad",
    "ik woon op het platteland",
    "mijn dochter Erica helpt mij met de administratie",
    "ik heb een monster ingeleverd",
    "mijn man werkte vroeger op de boerderij",
    "de dieren in het tehuis",
    "wat is een wlz-indicatie",
    "ik heb een klacht over de klachtencommissie",
    "ik wil deeltijdverblijf",
    "kan mijn partner mee naar het verpleeghuis",
    "wat is het verschil tussen vpt en mpt",
    "ik heb geen zorgverzekering",
    "ik wil een herindicatie aanvragen bij het CIZ",
    "hoe lang duurt de wachtlijst",
    "mijn vader heeft de ziekte van Parkinson",
    "mijn moeder heet mevrouw van Dalen",
    "de heer Van Houten belt morgen",
    "hallo",
    "dank u wel",
    "ja",
    "nee",
    "",
]


@pytest.mark.parametrize("zin,gemeente,herkend", POSITIEF)
def test_positief(zin, gemeente, herkend):
    res = vind_plaats_in_tekst(zin)
    assert res is not None, zin
    assert res.gevonden and res.gemeente.naam == gemeente, zin
    assert res.methode == "naam"
    if herkend is not None:
        assert res.herkend == herkend


@pytest.mark.parametrize("zin,gemeente", POSTCODES)
def test_postcode_in_zin(zin, gemeente):
    res = vind_plaats_in_tekst(zin)
    assert res is not None and res.methode == "postcode" and res.gemeente.naam == gemeente, zin


@pytest.mark.parametrize("zin,gemeente", TIKFOUTEN)
def test_tikfout_in_zin(zin, gemeente):
    res = vind_plaats_in_tekst(zin)
    assert res is not None and res.gemeente.naam == gemeente and res.methode == "tikfout", zin


@pytest.mark.parametrize("zin", NEGATIEF)
def test_negatief(zin):
    res = vind_plaats_in_tekst(zin)
    assert res is None, f"{zin!r} gaf {res.herkend!r} -> {res.locatie.label if res.locatie else res.opties}"


def test_dubbelzinnig_in_zin():
    res = vind_plaats_in_tekst("Mijn vader woont in Rozenburg")
    assert res.soort == "meerdere" and {o.gemeente.naam for o in res.opties} == {
        "Haarlemmermeer",
        "Rotterdam",
    }
    res = vind_plaats_in_tekst("ik woon in valkenburg")
    assert res.soort == "meerdere"


def test_woonwoord_gaat_voor_eerdere_plaats():
    res = vind_plaats_in_tekst("mijn zoon werkt op Schiphol, ik woon zelf in Lisse")
    assert res.gemeente.naam == "Lisse"


def test_langste_naam_eerst():
    assert vind_plaats_in_tekst("ik woon in Kaag en Braassem").locatie.plaats is None
    assert vind_plaats_in_tekst("ik woon in Valkenburg aan de Geul").gemeente.naam == "Valkenburg aan de Geul"
    assert vind_plaats_in_tekst("ik woon in Alphen aan den Rijn").gemeente.naam == "Alphen aan den Rijn"
    assert vind_plaats_in_tekst("ik woon in Katwijk aan Zee").gemeente.naam == "Katwijk"


# ---------------------------------------------------------------- plaats_in_bericht: text and NLU entities

from actions.contacten import plaats_in_bericht  # noqa: E402


@pytest.mark.parametrize(
    "zin, entiteiten",
    [
        ("ik woon in alphen a/d rijn en wil een klacht indienen over het zorgkantoor", ["alphen", "rijn"]),
        ("ik woon in Alphen aan den Rijn", ["Alphen"]),
        ("Alphen aan den Rijn", ["Alphen"]),
        ("mijn vader woont in alphen ad rijn", ["alphen"]),
        ("alphen a/d rijn", []),
    ],
)
def test_hele_naam_in_de_tekst_gaat_voor_een_stukje_van_de_nlu(zin, entiteiten):
    res = plaats_in_bericht(zin, entiteiten)
    assert res.gevonden and res.gemeente.code == "GM0484" and not res.opties


def test_alleen_alphen_blijft_dubbelzinnig():
    assert plaats_in_bericht("ik woon in Alphen", ["Alphen"]).soort == "meerdere"


def test_entiteit_uit_een_knop_en_postcode():
    assert (
        plaats_in_bericht('/geef_woonplaats{"plaats": "GM0394"}', ["GM0394"]).gemeente.naam
        == "Haarlemmermeer"
    )
    # A postcode goes before a place name (Valkenburg lies in Katwijk and in Valkenburg aan de Geul).
    assert plaats_in_bericht("2235 AB Valkenburg", ["2235 AB", "Valkenburg"]).gemeente.naam == "Katwijk"


def test_niets_gevonden():
    assert plaats_in_bericht("ik wil klagen", []) is None
    assert plaats_in_bericht("Xyzdorp", ["Xyzdorp"]) is None
    assert plaats_in_bericht("Xyzdorp", ["Xyzdorp"], antwoord=True).soort == "onbekend"


# ---------------------------------------------------------------- robustness

from hypothesis import HealthCheck, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

from actions.contacten import resolve_plaats  # noqa: E402


@settings(max_examples=50, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(max_size=60))
def test_nooit_een_fout(tekst):
    res = resolve_plaats(tekst)
    assert res.soort in ("gevonden", "meerdere", "onbekend")
    assert (res.locatie is not None) == (res.soort == "gevonden")
    zin = vind_plaats_in_tekst(tekst)
    assert zin is None or zin.soort in ("gevonden", "meerdere", "onbekend")
