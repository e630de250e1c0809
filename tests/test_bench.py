"""The benchmark's own logic (scripts/bench.py): statistics, conversations, report.

`make bench-smoke` (part of `make test`) runs the whole benchmark at a tiny size against real
servers; these tests pin down what it computes and reports.
"""

import math
import os

import pytest

from hulp import REPO, gebruikersteksten
from scripts import bench


def test_percentiel_is_nearest_rank():
    waarden = [float(w) for w in range(1, 101)]
    assert bench.percentiel(waarden, 50) == 50
    assert bench.percentiel(waarden, 95) == 95
    assert bench.percentiel(waarden, 99) == 99
    assert bench.percentiel([7.0], 99) == 7
    assert bench.percentiel([3.0, 1.0, 2.0], 50) == 2


def test_percentiel_zonder_metingen_is_geen_getal():
    assert math.isnan(bench.percentiel([], 50))


def test_gebruiker_herhaalt_zijn_gesprek_als_er_meer_berichten_zijn():
    gesprekken = [["a", "b"], ["c"]]
    assert bench.berichten_voor(gesprekken, 0, 5) == ["a", "b", "a", "b", "a"]
    assert bench.berichten_voor(gesprekken, 3, 2) == ["c", "c"]


def test_standaardbelasting_heeft_zestien_verschillende_gesprekken_van_tien_berichten():
    gesprekken = bench.laad_gesprekken()
    assert len(gesprekken) >= 16
    assert all(len(gesprek) == 10 for gesprek in gesprekken)
    assert len({tuple(g) for g in gesprekken}) == len(gesprekken)


def test_benchberichten_staan_niet_in_de_trainings_of_testdata():
    # Otherwise the benchmark would measure memorised sentences, not real questions.
    paden = [*REPO.glob("data/nlu/*.yml"), REPO / "tests" / "nlu_test.yml"]
    bekend = {tekst.strip().lower() for pad in paden for tekst in gebruikersteksten(pad)}
    # Short answers to the bot's own questions ("ja", "2026") and place names (written with a
    # capital in the file) are naturally shared with the training data.
    vrije_zinnen = {
        b.lower() for g in bench.laad_gesprekken() for b in g if len(b.split()) >= 4 and not b[0].isupper()
    }
    assert vrije_zinnen and not vrije_zinnen & bekend


def belasting(latenties, fouten=(), duur=1.0):
    return bench.Belasting(list(latenties), list(fouten), duur)


def meting(naam, factor, fouten=()):
    return bench.Meting(
        naam,
        f"models/{naam}.tar.gz",
        opstart_s=10.0 * factor,
        eerste_antwoord_ms=100.0 * factor,
        piek_rss_mb=700.0 * factor,
        enkel=belasting([20.0 * factor] * 10),
        gelijktijdig=belasting([100.0 * factor] * 60, fouten, duur=factor),
    )


def test_kerncijfers():
    cijfers = meting("bot", 1, fouten=["HTTP 500 op 'hallo'"]).kerncijfers()
    assert cijfers["p95_ms"] == 100
    assert cijfers["enkel_p50_ms"] == 20
    assert cijfers["berichten_per_s"] == 61  # 60 answered + 1 failed in 1 s
    assert cijfers["fouten"] == 1


def test_rapport_zet_modellen_naast_elkaar_met_verhouding_en_doelen():
    args = bench.lees_args(["--model", "bot=config.yml"])  # any existing file will do here
    tekst = bench.rapport([meting("bot", 1), meting("standaard", 4)], args)
    regel = next(r for r in tekst.splitlines() if r.startswith("| 16 gebruikers: p95"))
    assert regel.split(" | ")[1:6] == ["100 ms", "400 ms", "4.0×", "≤ 250 ms", "ja |"]
    doorvoer = next(r for r in tekst.splitlines() if "doorvoer" in r)
    assert "0.2×" not in doorvoer and "4.0×" in doorvoer  # more messages/s is better
    rss = next(r for r in tekst.splitlines() if r.startswith("| piek-RSS"))
    assert rss.endswith("| ≤ 800 MB | ja |")


def test_rapport_noemt_gemiste_doelen_en_fouten():
    args = bench.lees_args(["--model", "bot=config.yml"])
    tekst = bench.rapport([meting("bot", 3, fouten=["geen antwoord op 'hallo'"])], args)
    assert "| opstarttijd (start → model geladen) | 30.0 s | ≤ 30.0 s | ja |" in tekst
    assert "| piek-RSS Rasa-server | 2100 MB | ≤ 800 MB | **nee** |" in tekst
    assert "- geen antwoord op 'hallo'" in tekst


@pytest.mark.parametrize(
    "argumenten",
    [
        ["--model", "zonderpad"],
        ["--model", "bot=models/bestaat-niet.tar.gz"],
        ["--model", "bot=config.yml", "--gebruikers", "0"],
    ],
)
def test_onjuiste_argumenten_geven_een_melding(argumenten, capsys):
    with pytest.raises(SystemExit):
        bench.lees_args(argumenten)
    assert "error" in capsys.readouterr().err


def test_piek_rss_leest_het_geheugen_van_een_proces():
    assert bench.piek_rss_mb(os.getpid()) > 10


def test_bezoekers_na_elkaar_hebben_elk_een_eigen_gesprek():
    gesprekken = [["a", "b"], ["c"]]
    assert bench.achter_elkaar(gesprekken, 4) == [(0, "a"), (0, "b"), (1, "c"), (2, "a")]
    assert bench.achter_elkaar(gesprekken, 1) == [(0, "a")]
