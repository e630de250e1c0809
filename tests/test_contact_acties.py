"""action_verwijs_contact: topic + place → the right contact, asking for the place when needed; and the topic
for a message the NLU did not understand (onderwerp_zonder_intent, used by the fallback)."""
import pytest
from rasa_sdk.executor import CollectingDispatcher

from actions.contact_acties import ActionVerwijsContact
from actions.contacten import onderwerp_zonder_intent
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


# ---------------------------------------------------------------- the organisation named in the text decides

ZZ_NUMMERS = ("5 825 888", "5 825 825")


def test_telefoon_ciz_zonder_entiteit_geeft_het_ciz_en_niet_het_zorgkantoor():
    _, tekst, _ = voer_uit(maak_tracker("telefoon ciz graag", intent="contact_opvragen"))
    assert "088 789 10 00" in tekst
    assert not any(nummer in tekst for nummer in ZZ_NUMMERS)


def test_medewerker_van_het_ciz_spreken():
    _, tekst, _ = voer_uit(maak_tracker("ik wil iemand van het ciz spreken", intent="medewerker"))
    assert "088 789 10 00" in tekst and "5 825 888" not in tekst


def test_een_organisatie_van_de_nlu_die_geen_organisatie_is_telt_niet():
    # The model tagged 'de' and 'dan' as organisatie; the text names the gemeente.
    tracker = maak_tracker(
        "wat is het nummer van de gemeente dan?", intent="contact_opvragen",
        entities=[{"entity": "organisatie", "value": "de"}, {"entity": "organisatie", "value": "dan"}],
    )
    _, tekst, _ = voer_uit(tracker)
    assert "Het telefoonnummer van uw gemeente heb ik niet" in tekst
    assert "0800" not in tekst and "088" not in tekst and "5 825" not in tekst


@pytest.mark.parametrize("zin, intent, moet, niet", [
    ("ik zoek het telefoonnummer van de svb voor mijn pgb", "contact_opvragen", "030 264 82 00", ZZ_NUMMERS),
    ("hoe krijg ik de sociale verzekeringsbank aan de lijn", "pgb_svb", "030 264 82 00", ZZ_NUMMERS),
    ("telefoonnummer van de nationale ombudsman alsjeblieft", "contact_opvragen", "0800 33 55 555", ZZ_NUMMERS),
    ("mailadres klachtencommissie?", "contact_opvragen", "klachtenwlz@zorgenzekerheid.nl", ("5 825 888",)),
    ("hoe kan ik het centraal administratie kantoor bereiken", "contact_opvragen", "(0800) 0087", ZZ_NUMMERS),
    ("wat is het telefoonnummer van de gemeente leiden", "contact_opvragen",
     "Kijk op de website van de gemeente Leiden", ZZ_NUMMERS + ("0800", "088")),
])
def test_contact_van_de_genoemde_organisatie(zin, intent, moet, niet):
    _, tekst, _ = voer_uit(maak_tracker(zin, intent=intent))
    assert moet in tekst
    assert not any(n in tekst for n in niet), tekst


def test_ciz_heeft_indicatie_afgewezen_geeft_bezwaar_bij_het_ciz():
    tracker = maak_tracker("het ciz heeft de indicatie afgewezen, wat kan ik nu nog doen", intent="bezwaar")
    _, tekst, slots = voer_uit(tracker)
    assert "Postbus 2891" in tekst and "6 weken" in tekst
    assert "Postbus 400" not in tekst
    assert slots["contact_onderwerp"] is None  # national: no question about the place


def test_bezwaar_tegen_de_eigen_bijdrage_bij_het_cak():
    _, tekst, _ = voer_uit(maak_tracker("ik ben het niet eens met de hoogte van de eigen bijdrage", intent="bezwaar"))
    assert "bezwaar" in tekst and "CAK" in tekst and "Postbus 400" not in tekst


def test_onbeleefde_medewerker_van_het_ciz_geeft_een_klacht_bij_het_ciz():
    tracker = maak_tracker("de medewerker van het ciz was heel onbeleefd tegen mijn vader", intent="klacht_zorgkantoor")
    _, tekst, _ = voer_uit(tracker)
    assert "klacht" in tekst and "CIZ Klachtafhandeling" in tekst
    assert not any(nummer in tekst for nummer in ZZ_NUMMERS)


def test_klacht_over_het_cak():
    tracker = maak_tracker(
        "ik ben ontevreden over hoe het cak mij aan de telefoon te woord stond", intent="klacht_zorgkantoor"
    )
    _, tekst, _ = voer_uit(tracker)
    assert "www.hetcak.nl/vragen/ontevreden" in tekst and "5 825 825" not in tekst


# ---------------------------------------------------------------- topic and place in one turn


def test_eigen_bijdrage_in_tilburg_is_het_cak_in_een_beurt():
    tracker = maak_tracker(
        "mijn moeder woont in tilburg en heeft een vraag over de eigen bijdrage",
        intent="geef_woonplaats", entities=[{"entity": "plaats", "value": "Tilburg"}],
    )
    berichten, tekst, slots = voer_uit(tracker)
    assert "CAK" in berichten[0]["text"] and "(0800) 0087" in tekst
    assert not any(nummer in tekst for nummer in ZZ_NUMMERS)
    assert slots["gemeente"] == "GM0855" and slots["contact_onderwerp"] is None


@pytest.mark.parametrize("zin, entiteiten", [
    ("ik woon in alphen a/d rijn en wil een klacht indienen over het zorgkantoor", ["alphen", "rijn"]),
    ("ik woon in Alphen aan den Rijn en wil een klacht indienen over het zorgkantoor", ["Alphen"]),
])
def test_alphen_aan_den_rijn_in_de_zin_is_een_gemeente_geen_vraag(zin, entiteiten):
    tracker = maak_tracker(zin, intent="klacht_zorgkantoor",
                           entities=[{"entity": "plaats", "value": waarde} for waarde in entiteiten])
    _, tekst, slots = voer_uit(tracker)
    assert "Er zijn meer plaatsen" not in tekst
    assert "Klachtencommissie Wlz" in tekst and "(071) 5 825 825" in tekst
    assert slots["gemeente"] == "GM0484" and slots["contact_onderwerp"] is None


def test_woonplaats_als_antwoord_met_een_andere_organisatie_erbij():
    # The bot waits for the place for a complaint about the zorgkantoor; the user says it is about the CIZ.
    tracker = maak_tracker(
        "ik woon in Leiden, maar het ging om het ciz", intent="geef_woonplaats",
        entities=[{"entity": "plaats", "value": "Leiden"}], slots={"contact_onderwerp": "klacht_zorgkantoor"},
    )
    _, tekst, slots = voer_uit(tracker)
    assert "CIZ Klachtafhandeling" in tekst and "5 825 825" not in tekst
    assert slots["gemeente"] == "GM0546"


# ---------------------------------------------------------------- which zorgkantoor (wlz_wie_regelt)


def test_welk_zorgkantoor_zonder_plaats_vraagt_de_woonplaats():
    _, tekst, slots = voer_uit(maak_tracker("welk zorgkantoor hoort bij mij", intent="wlz_wie_regelt"))
    assert "Noem uw gemeente, woonplaats of postcode" in tekst
    assert slots["contact_onderwerp"] == "algemeen"


def test_welk_zorgkantoor_met_plaats_noemt_het_zorgkantoor_van_die_regio():
    _, tekst, slots = voer_uit(maak_tracker("ik woon in Zwolle, welk zorgkantoor", intent="wlz_wie_regelt"))
    assert "Zilveren Kruis" in tekst and "5 825 888" not in tekst
    assert slots == {"gemeente": "GM0193", "contact_onderwerp": None}


# ---------------------------------------------------------------- a message the NLU did not understand


@pytest.mark.parametrize("tekst, wachtend, plaats_genoemd, verwacht", [
    ("nummer van de gemeente voor de wmo", None, False, "gemeente"),
    ("mijn moeder woont in Katwijk en heeft een vraag over de eigen bijdrage", None, True, "eigen_bijdrage"),
    ("ik woon in Zwolle", None, True, "algemeen"),
    ("het gaat om de indicatie van het ciz", "bezwaar", False, "bezwaar_ciz"),
    ("en de svb?", "clientondersteuning", False, "svb"),
    ("het ging om het zorgkantoor", "klacht_zorgaanbieder", False, "klacht_zorgaanbieder"),
    ("wat doet het ciz eigenlijk", None, False, None),
    ("ik heb een vraag over de eigen bijdrage", None, False, None),
])
def test_onderwerp_zonder_intent(tekst, wachtend, plaats_genoemd, verwacht):
    assert onderwerp_zonder_intent(tekst, wachtend, plaats_genoemd=plaats_genoemd) == verwacht
