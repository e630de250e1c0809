"""Fails the test run when the held-out intent macro F1 is below the threshold.

Reads the intent report that `rasa test nlu` writes (results/nlu/intent_report.json) and prints
the macro F1 plus the weakest intents, so a failing run says what to improve. Standard library
only: the Rasa image runs it after training (deploy/docker/rasa.Dockerfile) without the rest of
scripts/.
"""

import argparse
import json
import sys
from pathlib import Path

# The summary rows of an intent report; every other key is a label.
SAMENVATTING = {"accuracy", "macro avg", "weighted avg", "micro avg"}


def zwakste(rapport: dict, aantal: int) -> list[tuple[str, dict]]:
    """The `aantal` intents with the lowest F1 in an intent report of `rasa test nlu` (also used by
    scripts/evaluate.py); labels only predicted, never expected (support 0), are left out."""
    per_intent = [(n, s) for n, s in rapport.items() if n not in SAMENVATTING and s["support"]]
    return sorted(per_intent, key=lambda item: (item[1]["f1-score"], item[0]))[:aantal]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("report", type=Path)
    parser.add_argument("--min-macro-f1", type=float, default=0.90)
    args = parser.parse_args(argv)
    report = json.loads(args.report.read_text(encoding="utf-8"))
    macro_f1 = report["macro avg"]["f1-score"]
    print(f"Intent macro F1 (held-out): {macro_f1:.3f} (minimum {args.min_macro_f1:.2f})")
    for name, scores in zwakste(report, 5):
        print(f"  {name:32s} F1 {scores['f1-score']:.2f}  (n={scores['support']})")
    return 0 if macro_f1 >= args.min_macro_f1 else 1


if __name__ == "__main__":
    sys.exit(main())
