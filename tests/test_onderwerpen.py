"""The topic table (actions/onderwerpen.yml) agrees with the domain and the rules."""

import re

from actions.onderwerpen import alle_onderwerpen, suggesties
from hulp import REPO, laad_yaml

# A Dutch phone number as written in the sources: (071) 5 825 888, 088 789 10 00, 0800 0087 …
TELEFOONNUMMER = re.compile(r"\(?0\d{2,3}\)?[ -]?\d[\d ]{5,}")


def regels_met_stappen():
    for bestand in sorted((REPO / "data" / "rules").glob("*.yml")):
        for regel in laad_yaml(bestand).get("rules", []):
            yield bestand.name, regel["rule"], regel["steps"]


def test_elk_onderwerp_is_een_intent_van_het_domein(domain):
    assert set(alle_onderwerpen()) <= set(domain["intents"])


def test_elk_onderwerpantwoord_eindigt_met_de_contactactie():
    """The contact action follows every topic answer: with a `contact` topic it gives that contact,
    without one it speaks only when the question named a place (the zorgkantoor of that place)."""
    eigen_actie = {"eigen_bijdrage_berekenen", "privacy"}  # a form and its own action
    gezien = set()
    for bestand, naam, stappen in regels_met_stappen():
        intents = [stap["intent"] for stap in stappen if "intent" in stap]
        acties = [stap.get("action") for stap in stappen if "action" in stap]
        if len(intents) == 1 and intents[0] in alle_onderwerpen() and intents[0] not in eigen_actie:
            gezien.add(intents[0])
            assert acties[-1] == "action_verwijs_contact", f"{bestand}: regel '{naam}'"
    assert gezien == set(alle_onderwerpen()) - eigen_actie


def test_geen_telefoonnummers_in_vaste_antwoorden(domain):
    """Phone numbers live in the contact directory only, so a change is made in one place."""
    for naam, varianten in domain["responses"].items():
        for variant in varianten:
            assert not TELEFOONNUMMER.search(variant.get("text", "")), naam


def test_suggesties_slaan_onbekende_intents_over_en_houden_de_volgorde():
    ranking = [
        {"name": "nlu_fallback", "confidence": 0.5},
        {"name": "vpt", "confidence": 0.3},
        {"name": "groet", "confidence": 0.1},
        {"name": "mpt", "confidence": 0.05},
    ]
    assert [o.intent for o in suggesties(ranking)] == ["vpt", "mpt"]
