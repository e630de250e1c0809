"""Reading short Dutch answers as relatives and clients type them (antwoorden.py, getallen.py)."""

from datetime import date

import pytest

from actions.eigen_bijdrage.antwoorden import (
    kies,
    lees_aantal_maanden,
    lees_ja_nee,
    lees_jaar,
    lees_leeftijd,
    vraagt_medewerker,
    weet_niet,
    wil_stoppen,
)
from actions.eigen_bijdrage.getallen import getalwoord

VANDAAG = date(2026, 11, 20)


@pytest.mark.parametrize(
    "tekst",
    [
        "ja",
        "Ja.",
        "JA!",
        "jaa",
        "jawel",
        "jazeker",
        "j",
        "yes",
        "ok",
        "prima",
        "klopt",
        "dat klopt",
        "ja hoor",
        "jazeker hoor, sinds vorig jaar",
        "ja klopt",
        "jep, klopt",
        "jup",
        "ja hoor, ga uw gang",
        "ga je gang",
        "doe maar",
        "reken maar",
        "klopt allemaal",
        "ehm ja",
        "nou ja dat klopt wel",
        "wij ook ja",
        "mijn vrouw ook, ja",
        "ja hij is 81",
        "ja natuurlijk",
        "uiteraard",
        "zeker",
        "inderdaad",
        "die heeft hij",
        "heb ik",
        "heeft ze al jaren",
        "is goed",
        "hij wel",
    ],
)
def test_ja(tekst):
    assert lees_ja_nee(tekst) is True


@pytest.mark.parametrize(
    "tekst",
    [
        "nee",
        "Nee.",
        "neee",
        "neej",
        "neen",
        "n",
        "nope",
        "nee hoor",
        "nee, hij is 15",
        "klopt niet",
        "dat klopt niet",
        "klopt het niet",
        "zeker niet",
        "natuurlijk niet",
        "nog niet",
        "nee nog lang geen aow",
        "hij heeft nog geen aow",
        "heb ik niet",
        "heeft ze niet",
        "hebben we geen",
        "nee, ze blijft daar wonen",
        "nooit",
        "niet waar",
        "nee hoor, de kinderen zijn al lang het huis uit",
    ],
)
def test_nee(tekst):
    assert lees_ja_nee(tekst) is False


@pytest.mark.parametrize(
    "tekst",
    [
        "misschien",
        "hij is 79",
        "",
        "ja en nee",
        "wat bedoelt u",
        "2026",
        "ik snap het niet, wat moet ik hier invullen",
    ],
)
def test_geen_ja_en_geen_nee(tekst):
    assert lees_ja_nee(tekst) is None


@pytest.mark.parametrize(
    "tekst",
    [
        "weet ik niet",
        "weet niet",
        "weetniet",
        "ik weet het echt niet",
        "geen idee",
        "geen flauw idee",
        "geen idee hoeveel ze heeft",
        "geen benul",
        "onbekend",
        "dat weet mijn zus",
        "dat weet onze zoon beter",
        "mijn broer regelt de financiën",
        "haar bewindvoerder beheert dat",
        "kan ik niet vinden",
        "dat moet ik even opzoeken",
        "heb ik niet bij de hand",
        "weet ik veel",
        "dat zou ik niet weten",
        "niet zeker",
    ],
)
def test_weet_niet(tekst):
    assert weet_niet(tekst)


@pytest.mark.parametrize("tekst", ["ja", "30.000", "nee", "geen spaargeld", "mijn man woont thuis", "niks"])
def test_geen_weet_niet(tekst):
    assert not weet_niet(tekst)


@pytest.mark.parametrize(
    "tekst",
    [
        "stop",
        "ik wil stoppen",
        "laat maar",
        "laat maar zitten",
        "laat het maar zo",
        "ik hoef niet meer verder",
        "ik wil echt niet verder",
        "hou maar op",
        "kap er maar mee",
        "vergeet het maar",
        "hoeft niet meer",
        "een andere keer",
        "annuleren",
        "ik heb eigenlijk een andere vraag",
    ],
)
def test_stoppen(tekst):
    assert wil_stoppen(tekst)


@pytest.mark.parametrize(
    "tekst",
    [
        "ik kom niet verder met dat inkomen",
        "hij is gestopt met werken",
        "laat maar zien wat het wordt",
        "nee",
        "de thuiszorg stopt binnenkort",
    ],
)
def test_niet_stoppen(tekst):
    assert not wil_stoppen(tekst)


def test_medewerker():
    assert vraagt_medewerker("kan ik niet gewoon iemand bellen")
    assert vraagt_medewerker("ik kom er niet uit")
    assert vraagt_medewerker("liever met een mens praten")
    assert not vraagt_medewerker("30.000")
    assert not vraagt_medewerker("de persoon is 16")


OPTIES = {"a": ["appel", "geen appel"], "b": ["peer"], "c": ["verpleeghuis"]}


def test_kies_langste_woord_en_typfout():
    assert kies("een peer graag", OPTIES) == "b"
    assert kies("geen appel", {"a": ["appel"], "b": ["geen appel"]}) == "b"
    assert kies("2", OPTIES) is None  # a number picks a button: see test_bijdrage_vraagteksten.py
    assert kies("in het verpleegthuis", OPTIES) == "c"
    assert kies("druif", OPTIES) is None
    assert kies("vpt of mpt", {"a": ["vpt"], "b": ["mpt"]}) is None  # two, equally long: no guess


@pytest.mark.parametrize(
    "tekst, leeftijd",
    [
        ("16", 16),
        ("ze is 16", 16),
        ("nee, hij is zestien", 16),
        ("ja ik ben 45", 45),
        ("ze wordt 90 jaar", 90),
        ("hij is bijna 18", 18),
        ("vierentachtig", 84),
        ("17 jaar", 17),
        ("ja", None),
        ("over 2 jaar", None),
        ("ze is 16 en hij is 18", None),
    ],
)
def test_leeftijd(tekst, leeftijd):
    assert lees_leeftijd(tekst) == leeftijd


@pytest.mark.parametrize(
    "tekst, maanden",
    [
        ("3", 3),
        ("drie maanden", 3),
        ("twee maanden al", 2),
        ("sinds 2 maanden", 2),
        ("een half jaar", 6),
        ("2 jaar", 24),
        ("al jaren", 24),
        ("net begonnen", 0),
        ("nog niet", 0),
        ("anderhalf jaar", 18),
        ("sinds augustus", 3),
        ("sinds februarie", 9),
        ("sinds december vorig jaar", 11),
        ("sinds maart vorig jaar", 20),
        ("langer dan 4 maanden", 5),
        ("3 weken", 0),
        ("een paar maanden", None),
        ("geen idee", None),
    ],
)
def test_aantal_maanden(tekst, maanden):
    assert lees_aantal_maanden(tekst, VANDAAG) == maanden


@pytest.mark.parametrize(
    "tekst, jaar",
    [
        ("2025", 2025),
        ("voor 2024 graag", 2024),
        ("het jaar 2026 aub", 2026),
        ("dit jaar", 2026),
        ("dit jaar natuurlijk", 2026),
        ("nu", 2026),
        ("volgend jaar", 2027),
        ("vorig jaar", 2025),
        ("2025 of 2026", None),
        ("weet ik niet", None),
    ],
)
def test_jaar(tekst, jaar):
    assert lees_jaar(tekst, VANDAAG) == jaar


@pytest.mark.parametrize(
    "woord, getal",
    [
        ("nul", 0),
        ("een", 1),
        ("één", 1),
        ("zeventien", 17),
        ("twintig", 20),
        ("eenentwintig", 21),
        ("drieëntachtig", 83),
        ("drieentachtig", 83),
        ("honderd", None),
        ("appel", None),
    ],
)
def test_getalwoorden(woord, getal):
    assert getalwoord(woord) == getal
