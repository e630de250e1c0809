"""Trackers for the contact actions' tests: a message after earlier turns, or after a topic answer in the same
turn. Built on tests/hulp.py (maak_tracker)."""

from typing import Any

from hulp import maak_tracker


def na_contactantwoord(
    vorige: str, vorige_intent: str, tekst: str, intent: str, tussendoor: tuple[str, ...] = (), **kwargs: Any
):
    """A tracker for `tekst` right after the bot answered `vorige` with a contact (action_verwijs_contact) and
    asked whether that helped; `tussendoor`: intents of turns in between (e.g. "meer_uitleg")."""
    tracker = maak_tracker(tekst, intent, **kwargs)
    vorige_beurt = [
        {"event": "action", "name": "action_listen"},
        {
            "event": "user",
            "text": vorige,
            "parse_data": {"intent": {"name": vorige_intent, "confidence": 1.0}, "entities": []},
        },
        {"event": "action", "name": f"utter_{vorige_intent}"},
        {"event": "bot", "text": "Het antwoord op de vorige vraag."},
        {"event": "action", "name": "action_verwijs_contact"},
        {"event": "bot", "text": "Het contact bij de vorige vraag."},
        {"event": "action", "name": "action_feedback_vraag"},
        {"event": "bot", "text": "Had u hier iets aan?"},
        {"event": "action", "name": "action_listen"},
    ]
    for tussen_intent in tussendoor:
        vorige_beurt += [
            {
                "event": "user",
                "text": "…",
                "parse_data": {"intent": {"name": tussen_intent, "confidence": 1.0}},
            },
            {"event": "action", "name": "action_meer_uitleg"},
            {"event": "bot", "text": "Meer over de vorige vraag."},
            {"event": "action", "name": "action_listen"},
        ]
    tracker.events = vorige_beurt + tracker.events
    return tracker


def na_onderwerpantwoord(tekst: str, intent: str, gezegd: list[str], **kwargs: Any):
    """A tracker for `tekst` when the bot has already said `gezegd` (the topic answer) in this turn."""
    tracker = maak_tracker(tekst, intent, **kwargs)
    tracker.events = tracker.events + [{"event": "bot", "text": t} for t in gezegd]
    return tracker
