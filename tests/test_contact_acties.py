"""action_verwijs_contact: topic + place → the right contact, asking for the place when needed."""
from rasa_sdk.executor import CollectingDispatcher

from actions.contact_acties import ActionVerwijsContact
from hulp import maak_tracker


def voer_uit(tracker):
    dispatcher = CollectingDispatcher()
    events = ActionVerwijsContact().run(dispatcher, tracker, {})
    teksten = [bericht.get("text") or "" for bericht in dispatcher.messages]
    return dispatcher.messages, "\n".join(teksten), {e["name"]: e["value"] for e in events if e["event"] == "slot"}


def test_klacht_over_zorgkantoor_met_plaats_in_de_zin():
    tracker = maak_tracker("ik woon in Nieuw-Vennep en wil klagen over het zorgkantoor", intent="klacht_zorgkantoor")
    _, tekst, slots = voer_uit(tracker)
    assert "Klachtencommissie Wlz" in tekst and "(071) 5 825 825" in tekst
    assert slots["gemeente"] == "GM0394"
    assert slots["contact_onderwerp"] is None


def test_klacht_buiten_de_regio_noemt_het_eigen_zorgkantoor_en_geen_zorg_en_zekerheid_nummer():
    tracker = maak_tracker("wie moet ik bellen", intent="klacht_zorgkantoor", slots={"gemeente": "GM0193"})  # Zwolle
    _, tekst, _ = voer_uit(tracker)
    assert "Zwolle" in tekst and "Zilveren Kruis" in tekst
    assert "825" not in tekst


def test_zonder_plaats_algemeen_antwoord_en_vraag_naar_de_woonplaats():
    tracker = maak_tracker("kan iemand mij helpen bij het kiezen", intent="clientondersteuning")
    _, tekst, slots = voer_uit(tracker)
    assert "(071) 5 825 888" in tekst
    assert "Noem uw gemeente, woonplaats of postcode" in tekst
    assert slots["contact_onderwerp"] == "clientondersteuning"


def test_woonplaats_als_antwoord_zet_het_wachtende_onderwerp_voort():
    tracker = maak_tracker(
        "Maastricht",
        intent="geef_woonplaats",
        entities=[{"entity": "plaats", "value": "Maastricht"}],
        slots={"contact_onderwerp": "clientondersteuning"},
    )
    _, tekst, slots = voer_uit(tracker)
    assert "Zuid-Limburg" in tekst and "CZ" in tekst
    assert slots["gemeente"] == "GM0935"


def test_dubbelzinnige_plaats_vraagt_welke_met_knoppen():
    tracker = maak_tracker("Rozenburg", intent="geef_woonplaats", entities=[{"entity": "plaats", "value": "Rozenburg"}])
    berichten, tekst, slots = voer_uit(tracker)
    assert "Bedoelt u" in tekst
    payloads = [knop["payload"] for knop in berichten[0]["buttons"]]
    assert payloads == ['/geef_woonplaats{"plaats": "GM0394"}', '/geef_woonplaats{"plaats": "GM0599"}']
    assert "gemeente" not in slots


def test_onbekende_plaats_vraagt_opnieuw():
    tracker = maak_tracker("Xyzdorp", intent="geef_woonplaats", entities=[{"entity": "plaats", "value": "Xyzdorp"}])
    _, tekst, _ = voer_uit(tracker)
    assert "ken ik helaas niet" in tekst and "postcode" in tekst


def test_telefoonnummer_van_het_cak_is_landelijk():
    tracker = maak_tracker(
        "wat is het nummer van het cak", intent="contact_opvragen", entities=[{"entity": "organisatie", "value": "cak"}]
    )
    _, tekst, _ = voer_uit(tracker)
    assert "(0800) 0087" in tekst and "www.hetcak.nl" in tekst


def test_postcode_gaat_voor_een_losse_plaatsnaam():
    tracker = maak_tracker(
        "2235 AB", intent="geef_woonplaats", entities=[{"entity": "postcode", "value": "2235 AB"}]
    )
    _, _, slots = voer_uit(tracker)
    assert slots["gemeente"] == "GM0537"  # Valkenburg (ZH) in Katwijk, not Valkenburg aan de Geul


def test_los_getal_zonder_vraag_is_geen_postcode():
    berichten, _, slots = voer_uit(maak_tracker("2025", intent="geef_woonplaats"))
    assert [bericht.get("response") for bericht in berichten] == ["utter_nog_iets"]
    assert slots == {}


def test_los_getal_als_antwoord_op_de_plaatsvraag_is_een_postcode():
    _, _, slots = voer_uit(maak_tracker("1431", intent="geef_woonplaats", slots={"contact_onderwerp": "klacht_zorgkantoor"}))
    assert slots["gemeente"] == "GM0358"  # Aalsmeer
