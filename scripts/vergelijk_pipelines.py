"""Compares NLU pipelines on what matters to users: the right answer, at what speed.

Every variant is the bot's own config.yml with one thing changed, trained on the same data with
`rasa train` (NLU, policies and responses: a complete bot), and then measured three ways:
- the realistic evaluation (scripts/evalueer_gesprekken.py: share of cases answered right);
- held-out macro F1 on tests/nlu_test.yml (`rasa test nlu`);
- with --bench, speed and memory under load (scripts/bench.py: start-up, peak RSS, p50 for one
  user, p95 and throughput for 16 users), all variants in one run.

Variants (VARIANTEN):
- wlz-assistent: config.yml as it is;
- zonder-spacy: without spaCy (WhitespaceTokenizer, no lemmas), as `make evaluate` derives it;
- diet-2x256: DIET with 2 transformer layers of 256, the size of Rasa's default;
- rasa-standaard-nlu: Rasa's default NLU pipeline (`rasa init`, see configs/rasa-default.yml) with
  the bot's own policies, so the dialogue is the same and only understanding differs;
- responseselector: the topic questions (actions/onderwerpen.yml) trained as one retrieval intent
  `faq/<topic>`, a ResponseSelector picks the topic and components/antwoordkeuze.py hands it on as
  the intent, so rules and contact routing stay the same.

Each variant trains in results/pipelines/<variant>/ with its own, empty Rasa cache, so that its
training time is a full training (the shared cache would restore the featurizers the variants have
in common). A model is reused while its config, data, domain and components are unchanged. Writes
results/pipelines.md and .json.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import time
from collections.abc import Callable
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

import yaml

REPO = Path(__file__).resolve().parent.parent
if str(REPO) not in sys.path:  # run as a script: scripts/ is not a package
    sys.path.insert(0, str(REPO))

from scripts.evaluate import vingerafdruk, zonder_spacy  # noqa: E402

UIT = REPO / "results" / "pipelines"
RAPPORT = REPO / "results" / "pipelines.md"
RETRIEVAL_INTENT = "faq"
# Topic intents that start a form rather than give an answer: not a FAQ answer.
GEEN_FAQ = {"eigen_bijdrage_berekenen"}
DIET_NAMEN = {"DIETClassifier", "components.snel_laden.SnelLadenDIETClassifier"}

Config = dict[str, Any]


def lees_config(pad: Path = REPO / "config.yml") -> Config:
    return yaml.safe_load(pad.read_text(encoding="utf-8"))


def _diet(config: Config) -> Config:
    return next(c for c in config["pipeline"] if c["name"] in DIET_NAMEN)


def diet_2x256(config: Config) -> Config:
    pipeline = [dict(c) for c in config["pipeline"]]
    _diet({"pipeline": pipeline}).update(number_of_transformer_layers=2, transformer_size=256)
    return {**config, "pipeline": pipeline}


def rasa_standaard_nlu(config: Config) -> Config:
    """Rasa 3.6's default NLU pipeline (`rasa init`), with the bot's policies."""
    pipeline = [
        {"name": "WhitespaceTokenizer"},
        {"name": "RegexFeaturizer"},
        {"name": "LexicalSyntacticFeaturizer"},
        {"name": "CountVectorsFeaturizer"},
        {"name": "CountVectorsFeaturizer", "analyzer": "char_wb", "min_ngram": 1, "max_ngram": 4},
        {"name": "DIETClassifier", "epochs": 100, "constrain_similarities": True},
        {"name": "EntitySynonymMapper"},
        {"name": "ResponseSelector", "epochs": 100, "constrain_similarities": True},
        {"name": "FallbackClassifier", "threshold": 0.3, "ambiguity_threshold": 0.1},
    ]
    return {**config, "pipeline": pipeline}


def met_responseselector(config: Config) -> Config:
    """The bot's pipeline plus a ResponseSelector for the topic questions, before the fallback."""
    pipeline: list[Config] = []
    for component in config["pipeline"]:
        if component["name"] == "FallbackClassifier":
            diet = _diet(config)
            pipeline.append(
                {
                    "name": "ResponseSelector",
                    "retrieval_intent": RETRIEVAL_INTENT,
                    "epochs": diet.get("epochs", 100),
                    "constrain_similarities": True,
                    "random_seed": diet.get("random_seed", 42),
                }
            )
            pipeline.append(
                {
                    "name": "components.antwoordkeuze.AntwoordkeuzeAlsIntent",
                    "retrieval_intent": RETRIEVAL_INTENT,
                }
            )
        pipeline.append(component)
    return {**config, "pipeline": pipeline}


def onderwerpen(pad: Path = REPO / "actions" / "onderwerpen.yml") -> dict[str, str]:
    """Topic intent → its title, for the topics answered by a fixed text (not form starters)."""
    secties = yaml.safe_load(pad.read_text(encoding="utf-8"))
    return {
        intent: gegevens["titel"]
        for sectie in secties.values()
        for intent, gegevens in sectie.items()
        if intent not in GEEN_FAQ
    }


def als_retrieval_intents(nlu_tekst: str, intents: set[str]) -> str:
    """NLU training data with `- intent: X` as `- intent: faq/X` for the given intents."""
    regels = []
    for regel in nlu_tekst.splitlines(keepends=True):
        kop, _, naam = regel.partition("- intent:")
        if not kop.strip() and naam.strip() in intents:
            regel = f"{kop}- intent: {RETRIEVAL_INTENT}/{naam.strip()}\n"
        regels.append(regel)
    return "".join(regels)


def faq_domein(titels: dict[str, str]) -> Config:
    """Domain part for the retrieval intent: the intent, and per topic a response (its title).

    The ResponseSelector learns the topic labels, not these texts (use_text_as_label is off), and
    the bot never sends them: AntwoordkeuzeAlsIntent hands the topic on as the intent.
    """
    return {
        "version": "3.1",
        "intents": [RETRIEVAL_INTENT],
        "responses": {
            f"utter_{RETRIEVAL_INTENT}/{intent}": [{"text": titel}] for intent, titel in titels.items()
        },
    }


# Name → (config from the bot's config, whether the topic questions become a retrieval intent).
VARIANTEN: dict[str, tuple[Callable[[Config], Config], bool]] = {
    "wlz-assistent": (lambda config: config, False),
    "zonder-spacy": (zonder_spacy, False),
    "diet-2x256": (diet_2x256, False),
    "rasa-standaard-nlu": (rasa_standaard_nlu, False),
    "responseselector": (met_responseselector, True),
}


def bereid_voor(naam: str, map_: Path) -> tuple[Path, Path, Path]:
    """Writes the variant's config (and, for a retrieval intent, data and domain); returns their paths."""
    maak_config, faq = VARIANTEN[naam]
    config = maak_config(lees_config())
    config["assistant_id"] = f"wlz-assistent-{naam}"
    map_.mkdir(parents=True, exist_ok=True)
    config_pad = map_ / "config.yml"
    kop = f"# Generated by scripts/vergelijk_pipelines.py: variant {naam} of config.yml.\n"
    config_pad.write_text(kop + yaml.safe_dump(config, sort_keys=False, allow_unicode=True), encoding="utf-8")
    if not faq:
        return config_pad, REPO / "data", REPO / "domain"
    data, domein = map_ / "data", map_ / "domain"
    for doel, bron in ((data, REPO / "data"), (domein, REPO / "domain")):
        shutil.rmtree(doel, ignore_errors=True)
        shutil.copytree(bron, doel)
    titels = onderwerpen()
    for bestand in sorted((data / "nlu").glob("*.yml")):
        bestand.write_text(
            als_retrieval_intents(bestand.read_text(encoding="utf-8"), set(titels)), encoding="utf-8"
        )
    (domein / "antwoordkeuze.yml").write_text(
        yaml.safe_dump(faq_domein(titels), sort_keys=False, allow_unicode=True), encoding="utf-8"
    )
    return config_pad, data, domein


def draai(opdracht: list[str], log: Path, omgeving: dict[str, str] | None = None) -> None:
    with log.open("w", encoding="utf-8") as uitvoer:
        klaar = subprocess.run(opdracht, cwd=REPO, stdout=uitvoer, stderr=subprocess.STDOUT, env=omgeving)
    if klaar.returncode:
        staart = "\n".join(log.read_text(encoding="utf-8", errors="replace").splitlines()[-20:])
        raise SystemExit(f"{staart}\nMislukt: {' '.join(opdracht[:3])} …; zie {log}")


def train(naam: str, map_: Path) -> tuple[Path, float]:
    """The variant's model (trained now, or reused when config, data and domain are unchanged)."""
    config, data, domein = bereid_voor(naam, map_)
    bestanden = [
        bestand
        for bron in (data, domein, REPO / "components")
        for bestand in sorted(bron.rglob("*"))
        if bestand.is_file() and "__pycache__" not in bestand.parts
    ]
    sleutel = vingerafdruk(config, *bestanden)
    model, gegevens = map_ / "model.tar.gz", map_ / "training.json"
    if model.is_file() and gegevens.is_file():
        eerder = json.loads(gegevens.read_text(encoding="utf-8"))
        if eerder["vingerafdruk"] == sleutel:
            print(f"{naam}: model bestaat al (training {eerder['training_s']:.0f} s)", flush=True)
            return model, eerder["training_s"]
    print(f"{naam}: trainen …", flush=True)
    rasa = str(Path(sys.executable).with_name("rasa"))
    omgeving = {**os.environ, "RASA_CACHE_DIRECTORY": str(map_ / "cache")}
    shutil.rmtree(map_ / "cache", ignore_errors=True)
    begin = time.monotonic()
    draai(
        [rasa, "train", "--config", str(config), "--data", str(data), "--domain", str(domein)]
        + ["--out", str(map_), "--fixed-model-name", "model"],
        map_ / "train.log",
        omgeving,
    )
    duur = time.monotonic() - begin
    gegevens.write_text(json.dumps({"vingerafdruk": sleutel, "training_s": duur}), encoding="utf-8")
    return model, duur


def meet_begrip(naam: str, map_: Path, model: Path) -> dict[str, Any]:
    print(f"{naam}: NLU-testset en echte gesprekken …", flush=True)
    rasa = str(Path(sys.executable).with_name("rasa"))
    domein = map_ / "domain" if VARIANTEN[naam][1] else REPO / "domain"
    draai(
        [rasa, "test", "nlu", "--domain", str(domein), "--nlu", "tests/nlu_test.yml", "--model", str(model)]
        + ["--out", str(map_ / "nlu")],
        map_ / "nlu.log",
    )
    rapport = json.loads((map_ / "nlu" / "intent_report.json").read_text(encoding="utf-8"))
    evaluatie = map_ / "evaluatie-gesprekken.md"
    draai(
        [sys.executable, "scripts/evalueer_gesprekken.py", "--minimum", "0", "--model", str(model)]
        + ["--uit", str(evaluatie)],
        map_ / "evaluatie.log",
    )
    samenvatting = json.loads(evaluatie.with_suffix(".json").read_text(encoding="utf-8"))["samenvatting"]
    return {
        "macro_f1": rapport["macro avg"]["f1-score"],
        "goed": samenvatting["goed"],
        "gevallen": samenvatting["gevallen"],
        "aandeel_goed": samenvatting["aandeel"],
    }


def meet_snelheid(modellen: dict[str, Path], poort: int) -> dict[str, dict[str, float]]:
    print("Snelheid en geheugen (scripts/bench.py) …", flush=True)
    uit = UIT / "bench.md"
    opdracht = ["scripts/with_action_server.sh", str(poort), sys.executable, "scripts/bench.py"]
    for naam, model in modellen.items():
        opdracht += ["--model", f"{naam}={model}"]
    draai([*opdracht, "--poort", str(poort + 1), "--uit", str(uit)], UIT / "bench.log")
    return {
        m["naam"]: m["kerncijfers"] for m in json.loads(uit.with_suffix(".json").read_text(encoding="utf-8"))
    }


def markdown(uitslagen: dict[str, dict[str, Any]]) -> str:
    datum = datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
    regels = [
        "# Pipelines vergeleken",
        "",
        f"{datum}, `scripts/vergelijk_pipelines.py`. Goed: de echte gesprekken "
        "(`tests/evaluatie/gesprekken.yml`); macro-F1: de NLU-testset (`tests/nlu_test.yml`); "
        "snelheid: `scripts/bench.py` (16 gebruikers × 10 berichten).",
        "",
        "| variant | goed | macro-F1 | training | opstart | piek-RSS "
        "| p50 één gebruiker | p95 bij 16 | berichten/s |",
        "|---|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for naam, u in uitslagen.items():
        s = u.get("snelheid") or {}

        def cijfer(sleutel: str, formaat: str, eenheid: str = "", s: dict[str, float] = s) -> str:
            return f"{s[sleutel]:{formaat}}{eenheid}" if sleutel in s else "–"

        regels.append(
            f"| {naam} | {u['aandeel_goed']:.1%} ({u['goed']}/{u['gevallen']}) | {u['macro_f1']:.3f} "
            f"| {u['training_s'] / 60:.1f} min | {cijfer('opstart_s', '.1f', ' s')} "
            f"| {cijfer('piek_rss_mb', '.0f', ' MB')} | {cijfer('enkel_p50_ms', '.0f', ' ms')} "
            f"| {cijfer('p95_ms', '.0f', ' ms')} | {cijfer('berichten_per_s', '.1f')} |"
        )
    return "\n".join(regels) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument(
        "--variant", action="append", choices=list(VARIANTEN), help="alleen deze (herhaalbaar)"
    )
    parser.add_argument("--bench", action="store_true", help="ook snelheid en geheugen meten")
    parser.add_argument("--poort", type=int, default=15400, help="action server; Rasa op de poorten erna")
    args = parser.parse_args(argv)
    uitslagen: dict[str, dict[str, Any]] = {}
    modellen: dict[str, Path] = {}
    for naam in args.variant or list(VARIANTEN):
        map_ = UIT / naam
        model, training_s = train(naam, map_)
        modellen[naam] = model
        uitslagen[naam] = {"training_s": training_s, **meet_begrip(naam, map_, model)}
        print(
            f"{naam}: {uitslagen[naam]['aandeel_goed']:.1%} goed, macro-F1 {uitslagen[naam]['macro_f1']:.3f}"
        )
    if args.bench:
        for naam, cijfers in meet_snelheid(modellen, args.poort).items():
            uitslagen[naam]["snelheid"] = cijfers
    RAPPORT.write_text(markdown(uitslagen), encoding="utf-8")
    RAPPORT.with_suffix(".json").write_text(json.dumps(uitslagen, indent=1), encoding="utf-8")
    print(f"Rapport: {RAPPORT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
