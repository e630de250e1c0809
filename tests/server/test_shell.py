"""The shell for klantadviseurs (server/shell.py): buttons as a numbered list, a typed number
chooses that button of the last message, as in WhatsApp."""

from channels.keuzes import KeuzeGeheugen
from server.shell import tekst_van_bericht

KNOPPEN = [{"title": "Ja", "payload": "/feedback_ja"}, {"title": "Nee", "payload": "/feedback_nee"}]


def test_knoppen_als_genummerde_lijst() -> None:
    tekst = tekst_van_bericht({"text": "Had u hier iets aan?", "buttons": KNOPPEN}, KeuzeGeheugen(), "shell")
    assert tekst == "Had u hier iets aan?\n\n1. Ja\n2. Nee\n\nTyp het nummer van uw keuze."
    assert "/feedback" not in tekst


def test_een_getal_kiest_de_knop_van_het_laatste_bericht() -> None:
    keuzes = KeuzeGeheugen()
    tekst_van_bericht(
        {"text": "Kies", "buttons": [{"title": "Wat is de Wlz?", "payload": "/wlz_wat_is"}]}, keuzes, "shell"
    )
    tekst_van_bericht({"text": "Had u hier iets aan?", "buttons": KNOPPEN}, keuzes, "shell")
    assert keuzes.vertaal("shell", "2") == "/feedback_nee"
    assert keuzes.vertaal("shell", "3") == "3"
    assert keuzes.vertaal("shell", "wat is een pgb") == "wat is een pgb"


def test_een_bericht_zonder_knoppen_maakt_de_nummers_ongeldig() -> None:
    keuzes = KeuzeGeheugen()
    tekst_van_bericht({"text": "Had u hier iets aan?", "buttons": KNOPPEN}, keuzes, "shell")
    assert tekst_van_bericht({"text": "Bel het CAK."}, keuzes, "shell") == "Bel het CAK."
    assert keuzes.vertaal("shell", "1") == "1"
