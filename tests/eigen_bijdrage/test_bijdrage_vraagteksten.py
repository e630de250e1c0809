"""The one table of the questions (vragen.yml): every question's text and buttons, and what a typed
number means. "typ 1, 2, 3": on a multiple-choice question the number of a button gives exactly the
answer of that button, as the buttons are shown."""

import re
from datetime import date

import pytest

from actions.eigen_bijdrage import Partnersituatie, Zorgvorm
from actions.eigen_bijdrage.antwoorden import weet_niet
from actions.eigen_bijdrage.vraagteksten import Knop, gekozen_knop, vraagteksten
from actions.eigen_bijdrage.vragen import (
    PARTNER_WOORDEN,
    PEILJAAR,
    ZORGVORM_WOORDEN,
    Vraag,
    knoppen,
    verwerk,
    vraagbericht,
)

VANDAAG = date(2026, 11, 20)
# Answers up to the summary, so that every question can be read (the year, for the vermogen).
EERDER = {
    Vraag.JAAR: 2026,
    PEILJAAR: 2024,
    Vraag.ZORGVORM: "instelling",
    Vraag.VOLWASSEN: True,
    Vraag.MAANDEN: 2,
    Vraag.PARTNER: "thuis",
    Vraag.AOW: True,
    Vraag.PARTNER_AOW: True,
    Vraag.INKOMEN: "30000",
    Vraag.VERMOGEN: "0",
}
KEUZEVRAGEN = [vraag for vraag in Vraag if vraagteksten()[vraag].keuze]
OPEN_VRAGEN = [vraag for vraag in Vraag if not vraagteksten()[vraag].keuze]


def lees(vraag, tekst):
    """verwerk() as the chat calls it: "weet ik niet" read from the text."""
    return verwerk(vraag, tekst, EERDER, weet_niet=weet_niet(tekst), vandaag=VANDAAG)


def test_de_tabel_heeft_elke_vraag():
    assert list(vraagteksten()) == [vraag.value for vraag in Vraag]
    assert KEUZEVRAGEN and OPEN_VRAGEN == [Vraag.MAANDEN, Vraag.INKOMEN, Vraag.VERMOGEN]


@pytest.mark.parametrize("vraag", list(Vraag))
def test_vraagbericht_met_ingevulde_tekst_en_knoppen(vraag):
    tekst, knoppen_ = vraagbericht(vraag, EERDER, VANDAAG)
    assert "?" in tekst and not re.search(r"[{}]|None", tekst)
    assert "2026" in tekst if "{eb_jaar}" in vraagteksten()[vraag].tekst else True
    assert "2024" in tekst if "{eb_peiljaar}" in vraagteksten()[vraag].tekst else True
    assert knoppen_ and all(knop.titel and knop.payload for knop in knoppen_)


def test_elke_zorgvorm_en_partnersituatie_precies_een_keer():
    assert list(ZORGVORM_WOORDEN) == list(Zorgvorm)
    assert list(PARTNER_WOORDEN) == list(Partnersituatie)


@pytest.mark.parametrize("vraag", KEUZEVRAGEN)
def test_een_getypt_nummer_kiest_de_knop_op_die_plek(vraag):
    knoppen_ = knoppen(vraag, VANDAAG)
    geklikt = [lees(vraag, knop.payload) for knop in knoppen_]
    assert [lees(vraag, str(nummer)) for nummer in range(1, len(knoppen_) + 1)] == geklikt
    assert [lees(vraag, f" {nummer}. ") for nummer in range(1, len(knoppen_) + 1)] == geklikt
    # Every button is an answer, and each a different one.
    assert [verwerking.opnieuw for verwerking in geklikt] == [None] * len(knoppen_)
    assert all(geklikt.count(verwerking) == 1 for verwerking in geklikt)


@pytest.mark.parametrize("vraag", list(Vraag))
def test_de_titel_van_een_knop_zegt_wat_hij_doet(vraag):
    """Typing what a button says gives what the button sends (channels without buttons)."""
    for knop in knoppen(vraag, VANDAAG):
        assert lees(vraag, knop.titel) == lees(vraag, knop.payload), knop


def test_alleen_een_open_vraag_heeft_een_tip():
    """Channels that number buttons get an open question without them, and its tip instead."""
    assert [vraag for vraag in Vraag if vraagteksten()[vraag].tip] == OPEN_VRAGEN


# What the tip tells the user to type: "Typ 0." or "Typ 'weet ik niet'."
_TYP = re.compile(r"Typ (?:'([^']+)'|(\d+))")


@pytest.mark.parametrize("vraag", OPEN_VRAGEN)
def test_de_tip_vervangt_de_knoppen(vraag):
    """Every text the tip names gives the answer of a button, and "weet ik niet" is among them; the
    other buttons are a number ("Langer dan 4 maanden": 5)."""
    tabel = vraagteksten()[vraag]
    getypt = [woorden or getal for woorden, getal in _TYP.findall(tabel.tip)]
    geklikt = {knop.payload: lees(vraag, knop.payload) for knop in tabel.knoppen}
    assert getypt and all(lees(vraag, tekst) in geklikt.values() for tekst in getypt), getypt
    assert lees(vraag, "weet ik niet") == geklikt["weet ik niet"] and "weet ik niet" in getypt
    for payload, verwerking in geklikt.items():
        assert any(verwerking == lees(vraag, tekst) for tekst in [*getypt, *map(str, range(13))]), payload
    assert tabel.zonder_knoppen("Vraag?") == f"Vraag? {tabel.tip}"


@pytest.mark.parametrize(
    "vraag, woorden", [(Vraag.ZORGVORM, ZORGVORM_WOORDEN), (Vraag.PARTNER, PARTNER_WOORDEN)]
)
def test_knop_met_optie_kiest_die_optie(vraag, woorden):
    for nummer, knop in enumerate(knoppen(vraag, VANDAAG), start=1):
        assert knop.optie in woorden
        assert lees(vraag, str(nummer)).waarden[vraag] == knop.optie


@pytest.mark.parametrize(
    "vraag, tekst, antwoord",
    [
        (Vraag.JAAR, "1", 2026),
        (Vraag.JAAR, "3", 2024),
        (Vraag.ZORGVORM, "2", Zorgvorm.DEELTIJDVERBLIJF),
        (Vraag.ZORGVORM, "6", Zorgvorm.BESCHERMD_WONEN),
        (Vraag.PARTNER, "4", Partnersituatie.INSTELLING),
        (Vraag.VOLWASSEN, "1", True),  # the button "Ja", not the age 1
        (Vraag.VOLWASSEN, "2", False),
        (Vraag.VOLWASSEN, "16", False),  # not a button: the age
        (Vraag.AOW, "1", True),
        (Vraag.AOW, "2", False),
        (Vraag.AOW, "3", True),  # "Weet ik niet": the cautious assumption
        (Vraag.KINDEREN, "3", False),
        (Vraag.MPT_20, "1", True),
        (Vraag.BEVESTIGD, "1", True),
        (Vraag.BEVESTIGD, "4", None),  # "Inkomen wijzigen"
        # Open questions: the number is the answer, the buttons are shortcuts.
        (Vraag.MAANDEN, "2", 2),
        (Vraag.INKOMEN, "1", "1.00"),  # not "Weet ik niet"
        (Vraag.VERMOGEN, "1", "1.00"),
        (Vraag.VERMOGEN, "2", "2.00"),
    ],
)
def test_nummers(vraag, tekst, antwoord):
    assert lees(vraag, tekst).waarden[vraag] == antwoord


def test_weet_niet_per_nummer_neemt_de_aanname():
    assert lees(Vraag.AOW, "3").aanname == lees(Vraag.AOW, "weet ik niet").aanname is not None


def test_inkomen_wijzigen_per_nummer():
    assert lees(Vraag.BEVESTIGD, "4").waarden == {Vraag.INKOMEN: None, Vraag.BEVESTIGD: None}


@pytest.mark.parametrize("tekst", ["0", "7", "²", "-1", "1,5", "een", ""])
def test_geen_knopnummer(tekst):
    assert gekozen_knop(tekst, [Knop("Ja", "ja"), Knop("Nee", "nee")]) is None
