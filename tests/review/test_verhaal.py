"""A stored conversation as a test story (review/verhaal.py): the steps, the remarks where the bot
was unsure, entities, and that Rasa reads the story back."""

from __future__ import annotations

import yaml

from gesprek_bouwer import AMSTERDAM, Bouwer, om
from review.gesprekken import Gesprek, gesprekken
from review.verhaal import bestandsnaam, verhaal


def gesprek_van(b: Bouwer) -> Gesprek:
    (enige,) = gesprekken((i, "afzender", g) for i, g in enumerate(b.gebeurtenissen, start=100))
    return enige


def voorbeeld() -> Gesprek:
    # The slot is carried over from before the conversation: it is not in the story.
    b = Bouwer(om("2026-11-03", "10:00")).sessie().slot("gemeente", "Leiden")
    b.zeg("qwerty pgb", "nlu_fallback", 0.45, ranking=[("nlu_fallback", 0.45), ("pgb_aanvragen", 0.3)])
    b.doe("action_default_fallback").antwoord("Sorry").teruggedraaid()
    b.zeg(
        "ik woon in Zwolle en wil klagen",
        "klacht_zorgaanbieder",
        0.52,
        ranking=[("klacht_zorgaanbieder", 0.52), ("klacht_zorgkantoor", 0.4)],
        entiteiten=[{"entity": "plaats", "start": 11, "end": 17, "value": "Zwolle"}],
    )
    b.doe("utter_klacht_zorgaanbieder", "action_verwijs_contact").slot("gemeente", "Zwolle")
    b.slot("contact_onderwerp", None).doe("action_feedback_vraag")
    b.zeg("/feedback_ja", "feedback_ja").doe("utter_feedback_ja")
    b.zeg("eigen bijdrage berekenen", "eigen_bijdrage_berekenen", 0.99)
    b.doe("action_start_eigen_bijdrage", "eigen_bijdrage_form").formulier("eigen_bijdrage_form")
    b.slot("requested_slot", "eb_jaar")
    b.zeg('zeg "stop"\nalsjeblieft', "stoppen", 0.97).doe("action_deactivate_loop").formulier(None)
    b.slot("requested_slot", None).slot("eb_aannames", ["a: b", "c"]).doe("utter_eigen_bijdrage_gestopt")
    return gesprek_van(b)


def test_stappen_zoals_de_bot_ze_deed() -> None:
    tekst = verhaal(voorbeeld(), AMSTERDAM, 0.6)
    (story,) = yaml.safe_load(tekst)["stories"]
    assert story["story"] == "gesprek G105 van 03-11-2026"
    assert "  - user: |\n      qwerty pgb\n" in tekst, "zoals in tests/test_*.yml"
    assert '  - user: "zeg \\"stop\\"\\nalsjeblieft"\n' in tekst, "meer regels: tussen aanhalingstekens"
    assert [
        {**stap, "user": stap["user"].rstrip("\n")} if "user" in stap else stap for stap in story["steps"]
    ] == [
        {"user": "qwerty pgb", "intent": "nlu_fallback"},
        {"action": "action_default_fallback"},
        {"user": 'ik woon in [Zwolle]{"entity": "plaats"} en wil klagen', "intent": "klacht_zorgaanbieder"},
        {"action": "utter_klacht_zorgaanbieder"},
        {"action": "action_verwijs_contact"},
        {"slot_was_set": [{"gemeente": "Zwolle"}, {"contact_onderwerp": None}]},
        {"action": "action_feedback_vraag"},
        {"user": "/feedback_ja", "intent": "feedback_ja"},
        {"action": "utter_feedback_ja"},
        {"user": "eigen bijdrage berekenen", "intent": "eigen_bijdrage_berekenen"},
        {"action": "action_start_eigen_bijdrage"},
        {"action": "eigen_bijdrage_form"},
        {"active_loop": "eigen_bijdrage_form"},
        {"slot_was_set": [{"requested_slot": "eb_jaar"}]},
        {"user": 'zeg "stop"\nalsjeblieft', "intent": "stoppen"},
        {"action": "action_deactivate_loop"},
        {"active_loop": None},
        {"slot_was_set": [{"requested_slot": None}, {"eb_aannames": ["a: b", "c"]}]},
        {"action": "utter_eigen_bijdrage_gestopt"},
    ]


def test_opmerkingen_voor_de_klantadviseur() -> None:
    regels = verhaal(voorbeeld(), AMSTERDAM, 0.6).splitlines()
    assert regels[0].startswith("# Gesprek G105 van 03-11-2026 10:01")
    assert any("Controleer ze" in r for r in regels[:4])
    intents = [r for r in regels if r.strip().startswith("intent:")]
    assert "LET OP: de bot begreep dit niet. Waarschijnlijkste onderwerp: pgb_aanvragen (0,30)." in intents[0]
    assert "LET OP: de bot twijfelde (0,52, daarna klacht_zorgaanbieder" not in intents[1]
    assert "LET OP: de bot twijfelde (0,52, daarna klacht_zorgkantoor (0,40))." in intents[1]
    assert intents[2].endswith("# herkend (1,00)")


def test_synoniem_en_rol_in_de_annotatie() -> None:
    b = Bouwer(om("2026-11-03", "10:00")).sessie()
    b.zeg(
        "nummer van Zorg en Zekerheid",
        "contact_opvragen",
        entiteiten=[
            {"entity": "organisatie", "start": 11, "end": 29, "value": "zorgkantoor", "role": "eigen"}
        ],
    )
    (story,) = yaml.safe_load(verhaal(gesprek_van(b), AMSTERDAM, 0.6))["stories"]
    assert story["steps"][0]["user"].rstrip("\n") == (
        'nummer van [Zorg en Zekerheid]{"entity": "organisatie", "value": "zorgkantoor", "role": "eigen"}'
    )


def test_rasa_leest_het_verhaal() -> None:
    from rasa.shared.core.events import ActionExecuted, UserUttered
    from rasa.shared.core.training_data.story_reader.yaml_story_reader import YAMLStoryReader

    (stap,) = YAMLStoryReader().read_from_string(verhaal(voorbeeld(), AMSTERDAM, 0.6))
    gebruiker = [e for e in stap.events if isinstance(e, UserUttered)]
    assert [e.intent_name for e in gebruiker] == [
        "nlu_fallback",
        "klacht_zorgaanbieder",
        "feedback_ja",
        "eigen_bijdrage_berekenen",
        "stoppen",
    ]
    assert gebruiker[1].text == "ik woon in Zwolle en wil klagen"
    assert gebruiker[1].entities[0]["entity"] == "plaats"
    assert "action_feedback_vraag" in [e.action_name for e in stap.events if isinstance(e, ActionExecuted)]


def test_bestandsnaam() -> None:
    assert bestandsnaam(None, "G104") == "test_gesprek_g104.yml"
    assert bestandsnaam("Kosten verpleeghuis!", "G104") == "test_kosten_verpleeghuis.yml"
