"""Helpers shared by the Python tests: repository paths, YAML loading and tracker construction."""

from pathlib import Path
from typing import Any

import yaml

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"


def laad_yaml(pad: Path) -> Any:
    return yaml.safe_load(pad.read_text(encoding="utf-8"))


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
