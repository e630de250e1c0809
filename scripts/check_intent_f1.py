"""Fails the test run when the held-out intent macro F1 is below the threshold.

Reads the intent report that `rasa test nlu` writes (results/nlu/intent_report.json) and prints
the macro F1 plus the weakest intents, so a failing run says what to improve.
"""

import argparse
import json
import sys
from pathlib import Path

SUMMARY_KEYS = {"accuracy", "macro avg", "weighted avg", "micro avg"}


def weakest_intents(report: dict, count: int = 5) -> list:
    per_intent = [(name, scores) for name, scores in report.items() if name not in SUMMARY_KEYS]
    return sorted(per_intent, key=lambda item: item[1]["f1-score"])[:count]


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("report", type=Path)
    parser.add_argument("--min-macro-f1", type=float, default=0.90)
    args = parser.parse_args(argv)
    report = json.loads(args.report.read_text(encoding="utf-8"))
    macro_f1 = report["macro avg"]["f1-score"]
    print(f"Intent macro F1 (held-out): {macro_f1:.3f} (minimum {args.min_macro_f1:.2f})")
    for name, scores in weakest_intents(report):
        print(f"  {name:32s} F1 {scores['f1-score']:.2f}  (n={scores['support']})")
    return 0 if macro_f1 >= args.min_macro_f1 else 1


if __name__ == "__main__":
    sys.exit(main())
