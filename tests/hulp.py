"""Helpers shared by the Python tests: repository paths, YAML and training data loading, and tracker
construction."""

import re
from pathlib import Path
from typing import Any

import yaml

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"


def laad_yaml(pad: Path) -> Any:
    return yaml.safe_load(pad.read_text(encoding="utf-8"))


# An entity annotation in Rasa's training data: [tekst](entiteit) or [tekst]{"entity": ...}.
ENTITEIT = re.compile(r"\[([^\]]+)\](\([^)]*\)|\{[^}]*\})")


def gebruikersteksten(pad: Path) -> list[str]:
    """The user texts in a Rasa data file, without entity annotations: NLU examples (also synonyms
    and lookups) and the `user:` steps of stories and rules."""
    inhoud = laad_yaml(pad) or {}
    teksten = []
    for blok in inhoud.get("nlu") or []:
        for regel in str(blok.get("examples") or "").splitlines():
            regel = regel.strip()
            if regel.startswith("- "):
                teksten.append(ENTITEIT.sub(r"\1", regel[2:]))
    for soort in ("stories", "rules"):
        for verhaal in inhoud.get(soort) or []:
            for stap in verhaal.get("steps") or []:
                if isinstance(stap, dict) and "user" in stap:
                    teksten.append(ENTITEIT.sub(r"\1", str(stap["user"])))
    return teksten


def laad_domein() -> dict[str, Any]:
    """The bot's domain as one dict, merged by Rasa from the files in domain/ exactly as for training."""
    from rasa.shared.core.domain import Domain

    return Domain.load(str(REPO / "domain")).as_dict()


def maak_tracker(
    tekst: str = "",
    intent: str = "",
    entities: list[dict[str, Any]] | None = None,
    slots: dict[str, Any] | None = None,
    intent_ranking: list[dict[str, Any]] | None = None,
    active_loop: dict[str, Any] | None = None,
    requested_slot: str | None = None,
):
    """A rasa_sdk Tracker for one user message, built with Tracker.from_dict like the action server does."""
    from rasa_sdk import Tracker

    alle_slots = dict(slots or {})
    if requested_slot is not None:
        alle_slots["requested_slot"] = requested_slot
    latest = {
        "text": tekst,
        "intent": {"name": intent, "confidence": 1.0},
        "entities": entities or [],
        "intent_ranking": intent_ranking or [{"name": intent, "confidence": 1.0}],
    }
    return Tracker.from_dict(
        {
            "sender_id": "test",
            "slots": alle_slots,
            "latest_message": latest,
            "events": [{"event": "user", "text": tekst, "parse_data": latest}],
            "paused": False,
            "followup_action": None,
            "active_loop": active_loop or {},
            "latest_action_name": "action_listen",
        }
    )
