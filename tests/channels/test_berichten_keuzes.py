"""Numbered options, splitting of long texts and the per-sender memory of button payloads."""

from channels.berichten import KIES_NUMMER, met_genummerde_keuzes, splits_bericht
from channels.keuzes import KeuzeGeheugen

KNOPPEN = [
    {"title": "Wat is de Wlz?", "payload": "/wlz_wat_is"},
    {"title": "Eigen bijdrage", "payload": "/eigen_bijdrage_uitleg"},
    {"title": "Een medewerker spreken", "payload": "/medewerker"},
]


def test_knoppen_worden_genummerde_keuzes() -> None:
    assert met_genummerde_keuzes("Waar gaat uw vraag over?", KNOPPEN) == (
        "Waar gaat uw vraag over?\n\n"
        "1. Wat is de Wlz?\n2. Eigen bijdrage\n3. Een medewerker spreken\n\n"
        "Typ het nummer van uw keuze."
    )


def test_genummerde_keuzes_zonder_tekst() -> None:
    assert met_genummerde_keuzes("", KNOPPEN[:1]) == f"1. Wat is de Wlz?\n\n{KIES_NUMMER}"


def test_korte_tekst_blijft_een_bericht() -> None:
    tekst = "Eerste alinea.\n\nTweede alinea."
    assert splits_bericht(tekst) == [tekst]


def test_alineas_worden_samengevoegd_tot_het_maximum() -> None:
    alineas = [f"Alinea {i}. " + "x" * 380 for i in range(5)]
    berichten = splits_bericht("\n\n".join(alineas))
    assert berichten == ["\n\n".join(alineas[0:2]), "\n\n".join(alineas[2:4]), alineas[4]]


def test_lange_alinea_wordt_gesplitst_tussen_zinnen() -> None:
    zinnen = [
        f"Dit is zin nummer {i} over de Wet langdurige zorg en wat die voor u betekent." for i in range(40)
    ]
    berichten = splits_bericht(" ".join(zinnen))
    assert len(berichten) > 1
    assert all(len(b) <= 1000 for b in berichten)
    assert all(b.endswith(".") for b in berichten)
    assert " ".join(berichten) == " ".join(zinnen)


def test_te_lang_woord_wordt_afgebroken() -> None:
    link = "https://www.example.nl/" + "a" * 2500
    berichten = splits_bericht(f"Kijk op {link}")
    assert all(len(b) <= 1000 for b in berichten)
    assert "".join(berichten[1:]) == link


def test_nummer_wordt_payload_van_die_knop() -> None:
    keuzes = KeuzeGeheugen()
    afzender = "whatsapp-0f1e2d3c4b5a69788796a5b4c3d2e1f0"  # a pseudonym, as the WhatsApp channel uses
    keuzes.onthoud(afzender, ["/wlz_wat_is", "vpt", "/medewerker"])
    assert keuzes.vertaal(afzender, "2") == "vpt"
    assert keuzes.vertaal(afzender, " 3 ") == "/medewerker"


def test_ander_nummer_of_tekst_blijft_ongewijzigd() -> None:
    keuzes = KeuzeGeheugen()
    keuzes.onthoud("a", ["x", "y", "z"])
    for tekst in ["0", "4", "7", "2025", "²", "2 graag", "ja"]:
        assert keuzes.vertaal("a", tekst) == tekst
    assert keuzes.vertaal("b", "2") == "2"


def test_vergeten_keuzes_gelden_niet_meer() -> None:
    keuzes = KeuzeGeheugen()
    keuzes.onthoud("a", ["x", "y"])
    keuzes.vergeet("a")
    assert keuzes.vertaal("a", "1") == "1"


def test_geheugen_vergeet_de_oudste_afzender() -> None:
    keuzes = KeuzeGeheugen(max_afzenders=2)
    keuzes.onthoud("a", ["a1"])
    keuzes.onthoud("b", ["b1"])
    keuzes.onthoud("a", ["a2"])  # a is now the most recent
    keuzes.onthoud("c", ["c1"])
    assert keuzes.vertaal("b", "1") == "1"
    assert keuzes.vertaal("a", "1") == "a2"
    assert keuzes.vertaal("c", "1") == "c1"
