"""The evaluation's own logic (scripts/evaluate.py): folds, scores and the report.

The training runs themselves are too slow for `make test`; `make evaluate` does them.
"""

import json
import shutil
import subprocess
import sys

import pytest

from hulp import REPO, laad_yaml
from scripts import evaluate


def voorspelling(echt, voorspeld, tekst="zin"):
    return {"text": tekst, "intent": echt, "intent_prediction": {"name": voorspeld, "confidence": 0.9}}


@pytest.fixture(scope="module")
def folds(tmp_path_factory):
    return evaluate.maak_folds(5, tmp_path_factory.mktemp("folds"))


def intents_van(pad):
    return [
        item["intent"]
        for item in laad_yaml(pad)["nlu"]
        if "intent" in item
        for _ in item["examples"].splitlines()
    ]


def test_folds_zijn_elke_keer_dezelfde(folds, tmp_path):
    opnieuw = evaluate.maak_folds(5, tmp_path)
    for (train, test), (train2, test2) in zip(folds, opnieuw, strict=True):
        assert train.read_text() == train2.read_text()
        assert test.read_text() == test2.read_text()


def test_elke_fold_test_elke_intent_op_zinnen_die_niet_in_zijn_training_zitten(folds):
    alle_intents = None
    for train, test in folds:
        test_intents = set(intents_van(test))
        alle_intents = alle_intents or test_intents
        assert test_intents == set(intents_van(train)) == alle_intents
        test_zinnen = set(laad_yaml(test)["nlu"][0]["examples"].splitlines())
        train_item = next(
            i for i in laad_yaml(train)["nlu"] if i.get("intent") == laad_yaml(test)["nlu"][0]["intent"]
        )
        assert not test_zinnen & set(train_item["examples"].splitlines())


def test_folds_houden_lookup_tabellen_en_regexen_in_de_training(folds):
    train = laad_yaml(folds[0][0])["nlu"]
    assert any("lookup" in item for item in train)
    assert any("regex" in item for item in train)


def test_rapport_telt_ook_voorspelde_labels_die_niet_echt_voorkomen():
    rapport = evaluate.rapport_van(
        [voorspelling("a", "a"), voorspelling("a", "nlu_fallback"), voorspelling("b", "b")]
    )
    assert rapport["nlu_fallback"]["support"] == 0
    assert rapport["a"]["recall"] == 0.5
    # Macro F1 over a, b and nlu_fallback, as `rasa test nlu` reports it.
    assert rapport["macro avg"]["f1-score"] == pytest.approx((2 / 3 + 1 + 0) / 3)


def test_verwarringen_en_zwakste_intents():
    voorspellingen = (
        [voorspelling("a", "b")] * 3
        + [voorspelling("c", "b")] * 2
        + [voorspelling("b", "b")] * 4
        + [voorspelling("c", "c")]
    )
    assert evaluate.verwarringen(voorspellingen, 10) == [(("a", "b"), 3), (("c", "b"), 2)]
    zwak = evaluate.zwakste(evaluate.rapport_van(voorspellingen), 2)
    assert [naam for naam, _ in zwak] == ["a", "c"]


def uitslag(naam, goed):
    voorspellingen = (
        [voorspelling("a", "a")] * goed + [voorspelling("a", "b")] * (4 - goed) + [voorspelling("b", "b")] * 4
    )
    rapport = evaluate.rapport_van(voorspellingen)
    return {
        "naam": naam,
        "config": f"configs/{naam}.yml",
        "heldout": rapport,
        "heldout_voorspellingen": voorspellingen,
        "cv": rapport,
        "cv_voorspellingen": voorspellingen,
        "cv_per_fold": [0.8, 0.9],
    }


def test_markdown_zet_de_configs_naast_elkaar():
    tekst = evaluate.markdown([uitslag("bot", 4), uitslag("standaard", 2)], folds=2)
    assert "| | `bot` | `standaard` |" in tekst
    assert "| held-out macro F1 | 1.000 | 0.733 |" in tekst
    assert "| kruisvalidatie macro F1 per fold (gem. ± sd) | 0.850 ± 0.050 | 0.850 ± 0.050 |" in tekst
    assert "## `bot`: de tien zwakste intents (held-out)" in tekst


def test_verwarringsmatrix_wordt_getekend(tmp_path):
    pad = tmp_path / "matrix.png"
    evaluate.teken_verwarringsmatrix([voorspelling("a", "b"), voorspelling("b", "b")], pad, "t")
    assert pad.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_config_zonder_spacy_is_de_botconfig_met_alleen_spacy_vervangen():
    import yaml

    bot = laad_yaml(evaluate.CONFIGS["wlz-assistent"])
    zonder = yaml.safe_load(evaluate.config_zonder_spacy())
    namen = [c["name"] for c in zonder["pipeline"]]
    assert not evaluate.SPACY & set(namen)
    assert namen[0] == "WhitespaceTokenizer"
    assert namen[1:] == [c["name"] for c in bot["pipeline"] if c["name"] not in evaluate.SPACY]
    assert zonder["policies"] == bot["policies"]
    assert not any("use_lemma" in c for c in zonder["pipeline"])


def test_check_intent_f1_noemt_de_zwakste_intents_en_faalt_onder_het_minimum(tmp_path, capsys):
    from scripts import check_intent_f1

    voorspellingen = [voorspelling("a", "b")] + [voorspelling("a", "a")] * 3 + [voorspelling("b", "b")] * 4
    pad = tmp_path / "intent_report.json"
    pad.write_text(json.dumps(evaluate.rapport_van(voorspellingen)), encoding="utf-8")
    assert check_intent_f1.main([str(pad), "--min-macro-f1", "0.5"]) == 0
    assert check_intent_f1.main([str(pad), "--min-macro-f1", "0.95"]) == 1
    regels = capsys.readouterr().out.splitlines()
    assert regels[0] == "Intent macro F1 (held-out): 0.873 (minimum 0.50)"
    assert [regel.split()[0] for regel in regels[1:3]] == ["a", "b"]


def test_check_intent_f1_draait_zonder_de_rest_van_de_repo(tmp_path):
    """The Rasa image copies only this file (deploy/docker/rasa.Dockerfile)."""
    kopie = tmp_path / "check_intent_f1.py"
    shutil.copy(REPO / "scripts" / "check_intent_f1.py", kopie)
    rapport = tmp_path / "intent_report.json"
    rapport.write_text(json.dumps(evaluate.rapport_van([voorspelling("a", "a")])), encoding="utf-8")
    klaar = subprocess.run(
        [sys.executable, "-I", str(kopie), str(rapport)], cwd=tmp_path, capture_output=True, text=True
    )
    assert klaar.returncode == 0, klaar.stderr
    assert "Intent macro F1 (held-out): 1.000" in klaar.stdout
