"""From finding to fix: a conversation with the real bot is stored, `make review` finds it, `make
exporteer` turns it into a test story, and `rasa test core --fail-on-prediction-errors` passes on
that story with the same model."""

from __future__ import annotations

import csv
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
import yaml

from echte_servers import MODEL, RasaServer, nodig, start_acties, start_rasa, stop, wacht_tot_bereikbaar
from hulp import REPO
from review.__main__ import main as review

ACTIE_POORT, RASA_POORT = 15220, 15221
GESPREK = [
    "wat is de wlz",
    "/feedback_nee",
    "qwerty asdf zxcv",
    "kunnen de adviseurs van zorg en zekerheid mij helpen met het vinden van passende zorg",
    "ik woon in Zwolle",
    "kun je uitrekenen wat het verpleeghuis mij per maand kost",
    "2026",
    "laat maar, ik wil stoppen",
    "mijn bsn is 123456782, is dat goed",
]


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[RasaServer]:
    if not MODEL.exists():
        nodig(f"{MODEL} ontbreekt; make train")
    map_ = tmp_path_factory.mktemp("exporteer")
    acties = start_acties(ACTIE_POORT, map_ / "actions.log")
    rasa = start_rasa(map_, RASA_POORT, f"http://127.0.0.1:{ACTIE_POORT}/webhook", {}, [])
    try:
        assert rasa.proces is not None
        wacht_tot_bereikbaar(f"http://127.0.0.1:{ACTIE_POORT}/health", acties, map_ / "actions.log")
        wacht_tot_bereikbaar(rasa.url + "/", rasa.proces, rasa.log)
        yield rasa
    finally:
        if rasa.proces:
            stop(rasa.proces)
        stop(acties)


def lees_csv(pad: Path) -> list[dict[str, str]]:
    with pad.open(encoding="utf-8-sig", newline="") as bestand:
        return list(csv.DictReader(bestand, delimiter=";"))


def rasa_test_core(verhaal: Path, uit: Path) -> subprocess.CompletedProcess[str]:
    """`rasa test core --fail-on-prediction-errors` on one story file with the model under test."""
    return subprocess.run(
        [
            sys.executable,
            "-m",
            "rasa",
            "test",
            "core",
            "--stories",
            str(verhaal),
            "--model",
            str(MODEL),
            "--out",
            str(uit),
            "--fail-on-prediction-errors",
        ],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=900,
        env={**os.environ, "TF_CPP_MIN_LOG_LEVEL": "2"},
    )


def test_gesprek_wordt_testverhaal_dat_slaagt(server: RasaServer, tmp_path: Path) -> None:
    antwoorden = [server.zeg("klant-export-1", bericht) for bericht in GESPREK]
    assert all(antwoorden), "de bot antwoordt op elk bericht"
    endpoints = tmp_path / "endpoints.yml"
    endpoints.write_text(f"tracker_store:\n  type: SQL\n  dialect: sqlite\n  db: {server.database}\n")

    assert review(["rapport", "--endpoints", str(endpoints), "--uit", str(tmp_path / "rapport")]) == 0
    (gesprek,) = lees_csv(tmp_path / "rapport" / "gesprekken.csv")
    assert (
        gesprek["berichten"],
        gesprek["antwoord"],
        gesprek["niet begrepen"],
        gesprek["rekenhulp niet af"],
        gesprek["feedback nee"],
    ) == (str(len(GESPREK)), "ja", "ja", "ja", "1")
    assert "klant-export-1" not in (tmp_path / "rapport" / "rapport.html").read_text(encoding="utf-8")

    assert (
        review(
            [
                "exporteer",
                "--endpoints",
                str(endpoints),
                gesprek["gesprek"],
                "--map",
                str(tmp_path),
                "--naam",
                "echt gesprek",
            ]
        )
        == 0
    )
    verhaal_pad = tmp_path / "test_echt_gesprek.yml"
    tekst = verhaal_pad.read_text(encoding="utf-8")
    stappen = yaml.safe_load(tekst)["stories"][0]["steps"]
    acties = [s["action"] for s in stappen if "action" in s]
    for verwacht in (
        "utter_wlz_wat_is",
        "action_feedback_vraag",
        "utter_feedback_nee",
        "action_default_fallback",
        "action_verwijs_contact",
        "eigen_bijdrage_form",
        "utter_eigen_bijdrage_gestopt",
    ):
        assert verwacht in acties, (verwacht, tekst)
    assert "[BSN]" in tekst and "123456782" not in tekst
    assert "LET OP: de bot begreep dit niet." in tekst

    resultaat = rasa_test_core(verhaal_pad, tmp_path / "resultaten")
    assert resultaat.returncode == 0, (tekst, resultaat.stdout[-3000:], resultaat.stderr[-3000:])


def test_een_fout_in_het_verhaal_laat_rasa_test_falen(server: RasaServer, tmp_path: Path) -> None:
    """The round trip can fail: a story with a wrong intent does not pass."""
    server.zeg("klant-export-2", GESPREK[0])
    endpoints = tmp_path / "endpoints.yml"
    endpoints.write_text(f"tracker_store:\n  type: SQL\n  dialect: sqlite\n  db: {server.database}\n")
    assert review(["rapport", "--endpoints", str(endpoints), "--uit", str(tmp_path / "rapport")]) == 0
    referentie = lees_csv(tmp_path / "rapport" / "gesprekken.csv")[-1]["gesprek"]
    assert review(["exporteer", "--endpoints", str(endpoints), referentie, "--map", str(tmp_path)]) == 0
    (verhaal_pad,) = tmp_path.glob("test_gesprek_*.yml")
    verhaal_pad.write_text(
        verhaal_pad.read_text(encoding="utf-8").replace("intent: wlz_wat_is", "intent: vpt")
    )
    resultaat = rasa_test_core(verhaal_pad, tmp_path / "resultaten")
    assert resultaat.returncode != 0
