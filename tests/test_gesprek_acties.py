"""The fallback action suggests likely topics and always offers a human."""
from rasa_sdk.executor import CollectingDispatcher

from actions.gesprek_acties import ActionDefaultFallback
from hulp import maak_tracker


def voer_uit(tracker):
    dispatcher = CollectingDispatcher()
    events = ActionDefaultFallback().run(dispatcher, tracker, {})
    return dispatcher.messages, events


def test_fallback_stelt_de_waarschijnlijkste_onderwerpen_voor():
    tracker = maak_tracker(
        "iets over thuiszorg pakket",
        intent="nlu_fallback",
        intent_ranking=[
            {"name": "nlu_fallback", "confidence": 0.45},
            {"name": "vpt", "confidence": 0.30},
            {"name": "mpt", "confidence": 0.20},
        ],
    )
    berichten, events = voer_uit(tracker)
    payloads = [knop["payload"] for knop in berichten[0]["buttons"]]
    assert payloads == ["/vpt", "/mpt", "/medewerker"]
    assert events == [{"event": "rewind", "timestamp": None}]


def test_fallback_zonder_bruikbare_gok_toont_het_menu():
    tracker = maak_tracker("asdfgh", intent="nlu_fallback", intent_ranking=[{"name": "nlu_fallback", "confidence": 0.9}])
    berichten, _ = voer_uit(tracker)
    payloads = [knop["payload"] for knop in berichten[0]["buttons"]]
    assert "/wlz_wat_is" in payloads and payloads[-1] == "/medewerker"
    assert "begrijp ik niet" in berichten[0]["text"]
