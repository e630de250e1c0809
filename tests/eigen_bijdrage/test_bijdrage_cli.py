"""The command line, run as a user would: python -m actions.eigen_bijdrage."""

import json
import subprocess
import sys
from decimal import Decimal

import pytest

from actions.eigen_bijdrage import Situatie, bereken
from actions.eigen_bijdrage.resultaat import als_tekst
from hulp import REPO


def draai(*argumenten: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "actions.eigen_bijdrage", *argumenten],
        cwd=REPO,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=60,
    )


VOORBEELD_1 = (
    "--jaar",
    "2025",
    "--zorgvorm",
    "instelling",
    "--maanden",
    "2",
    "--aow",
    "ja",
    "--inkomen",
    "30000",
    "--vermogen",
    "100000",
)


def test_json_vorm_en_waarden():
    resultaat = draai(*VOORBEELD_1, "--json")
    assert resultaat.returncode == 0, resultaat.stderr
    uitkomst = json.loads(resultaat.stdout)
    assert {
        "maandbedrag",
        "maandbedrag_min",
        "maandbedrag_max",
        "soort",
        "jaar",
        "stappen",
    } <= uitkomst.keys()
    assert uitkomst["maandbedrag"] == uitkomst["maandbedrag_min"] == uitkomst["maandbedrag_max"] == 272.08
    assert uitkomst["soort"] == "laag" and uitkomst["jaar"] == 2025
    assert all(isinstance(stap, str) for stap in uitkomst["stappen"])
    assert uitkomst["na_vier_maanden"]["soort"] == "hoog"


def test_json_bereik_heeft_geen_maandbedrag():
    resultaat = draai(
        "--jaar",
        "2025",
        "--zorgvorm",
        "instelling",
        "--maanden",
        "8",
        "--aow",
        "ja",
        "--inkomen",
        "24000",
        "--belasting",
        "2400",
        "--json",
    )
    uitkomst = json.loads(resultaat.stdout)
    assert uitkomst["maandbedrag"] is None
    assert (uitkomst["maandbedrag_min"], uitkomst["maandbedrag_max"]) == (948.20, 1310.23)
    assert uitkomst["soort"] == "hoog"


def test_nederlandse_notatie_in_bedragen():
    # 1,2 ton = 120.000; 30.000 = 30000: the same as --inkomen 30000 --vermogen 120000
    resultaat = draai(
        "--jaar",
        "2026",
        "--zorgvorm",
        "vpt",
        "--aow",
        "nee",
        "--inkomen",
        "30.000",
        "--vermogen",
        "1,2 ton",
        "--json",
    )
    # 120.000 - 36.952 = 83.048 -> 3.321,92; 33.321,92 -> 277,68
    assert json.loads(resultaat.stdout)["maandbedrag"] == 277.68


def test_tekst_uitvoer_in_het_nederlands_zoals_in_de_chat():
    resultaat = draai(*VOORBEELD_1)
    assert resultaat.returncode == 0
    tekst = resultaat.stdout
    eerste = tekst.split("\n\n")[0]
    assert "€ 272,08 per maand" in eerste and "U woont nu 2 maanden in de instelling." in eerste
    assert "indicatie" in eerste and "regels van 2025" in eerste and "www.hetcak.nl" in eerste
    assert "Na 4 maanden wordt het de hoge eigen bijdrage: tussen" in tekst
    assert "Zo heb ik gerekend:" in tekst
    # One wording for chat and command line: the text is resultaat.als_tekst of the same estimate.
    situatie = Situatie(
        jaar=2025,
        zorgvorm="instelling",
        maanden=2,
        aow=True,
        inkomen=Decimal(30000),
        vermogen=Decimal(100000),
    )
    assert tekst == als_tekst(bereken(situatie)) + "\n"


def test_hulp_in_het_nederlands():
    resultaat = draai("--help")
    assert resultaat.returncode == 0
    assert resultaat.stdout.startswith("Gebruik:")
    assert "--jaar {2024,2025,2026}" in resultaat.stdout


@pytest.mark.parametrize(
    "argumenten,melding",
    [
        ((), "deze gegevens ontbreken: --jaar, --zorgvorm, --inkomen"),
        (("--jaar", "2023", "--zorgvorm", "vpt", "--inkomen", "1", "--aow", "ja"), "Kies 2024, 2025 of 2026"),
        (("--jaar", "twee", "--zorgvorm", "vpt", "--inkomen", "1"), "geen heel getal"),
        (
            ("--jaar", "2025", "--zorgvorm", "ziekenhuis", "--inkomen", "1", "--aow", "ja"),
            "Kies een zorgvorm",
        ),
        (("--jaar", "2025", "--zorgvorm", "vpt", "--inkomen", "veel", "--aow", "ja"), "is geen bedrag"),
        (("--jaar", "2025", "--zorgvorm", "vpt", "--inkomen", "-5", "--aow", "ja"), "niet negatief"),
        (("--jaar", "2025", "--zorgvorm", "vpt", "--inkomen", "2000 per maand", "--aow", "ja"), "per jaar"),
        (("--jaar", "2025", "--zorgvorm", "vpt", "--inkomen", "1", "--aow", "misschien"), "Kies ja of nee"),
        (("--jaar", "2025", "--zorgvorm", "vpt", "--inkomen", "1"), "AOW-leeftijd"),
        (("--jaar", "2025", "--zorgvorm", "instelling", "--inkomen", "1", "--aow", "ja"), "--maanden"),
        (
            ("--jaar", "2025", "--zorgvorm", "vpt", "--inkomen", "1", "--aow", "ja", "--partner", "thuis"),
            "--partner-aow",
        ),
        (("--jaar", "2025", "--zorgvorm", "pgb", "--inkomen", "1", "--aow", "ja", "--mpt-max-20-uur"), "mpt"),
        (
            ("--jaar", "2025", "--zorgvorm", "vpt", "--inkomen", "1", "--aow", "ja", "--onzin"),
            "onbekende optie",
        ),
        (("--jaar",), "hoort een waarde"),
        (
            ("--jaar", "2025", "--zorgvorm", "vpt", "--inkomen", "1", "--aow", "ja", "--json=ja"),
            "hoort geen waarde",
        ),
    ],
)
def test_foute_opties_geven_code_2_en_nederlandse_melding(argumenten, melding):
    resultaat = draai(*argumenten)
    assert resultaat.returncode == 2
    assert melding in resultaat.stderr
    assert resultaat.stderr.startswith("Fout")
    assert "Traceback" not in resultaat.stderr
    assert "usage" not in resultaat.stderr and "error:" not in resultaat.stderr
    assert resultaat.stdout == ""
