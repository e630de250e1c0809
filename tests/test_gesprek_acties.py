"""The fallback action gives the contact when the message names a place, a way of contact or an organisation
to reach (also "en het ciz?" right after a contact answer), else suggests likely topics; it always offers a
human. action_los_bericht replies to an answer while no question is open."""

import pytest
from rasa_sdk.executor import CollectingDispatcher

from actions.gesprek_acties import ActionDefaultFallback, ActionLosBericht
from contacten.beurten import na_contactantwoord
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
    tracker = maak_tracker(
        "asdfgh", intent="nlu_fallback", intent_ranking=[{"name": "nlu_fallback", "confidence": 0.9}]
    )
    berichten, _ = voer_uit(tracker)
    payloads = [knop["payload"] for knop in berichten[0]["buttons"]]
    assert "/wlz_wat_is" in payloads and payloads[-1] == "/medewerker"
    assert "begrijp ik niet" in berichten[0]["text"]


# ---------------------------------------------------------------- a place or an organisation: the contact

EIGEN_NUMMERS = ("5 825 888", "5 825 825")
TERUGDRAAIEN = {"event": "rewind", "timestamp": None}


def teksten_en_slots(berichten, events):
    tekst = "\n".join(bericht.get("text") or "" for bericht in berichten)
    return tekst, {e["name"]: e["value"] for e in events if e["event"] == "slot"}


def test_plaats_en_eigen_bijdrage_geeft_het_cak_en_geen_onderwerpknoppen():
    tracker = maak_tracker(
        "mijn moeder woont in Katwijk en heeft een vraag over de eigen bijdrage",
        intent="nlu_fallback",
        entities=[{"entity": "plaats", "value": "Katwijk"}],
    )
    berichten, events = voer_uit(tracker)
    tekst, slots = teksten_en_slots(berichten, events)
    assert "CAK" in tekst and "(0800) 0087" in tekst
    assert not any(nummer in tekst for nummer in EIGEN_NUMMERS)
    assert "begrijp ik niet" not in tekst
    assert slots["gemeente"] == "GM0537" and slots["contact_onderwerp"] is None
    assert TERUGDRAAIEN not in events  # answered: the message stays in the conversation


def test_de_mens_blijft_de_laatste_knop_ook_bij_een_contact():
    berichten, _ = voer_uit(
        maak_tracker("mijn vader in Amstelveen kreeg een rekening van het CAK", intent="nlu_fallback")
    )
    assert [knop["payload"] for knop in berichten[-1]["buttons"]][-1] == "/medewerker"
    assert not any(bericht.get("buttons") for bericht in berichten[:-1])


def test_plaats_buiten_de_regio_noemt_het_eigen_zorgkantoor():
    berichten, events = voer_uit(
        maak_tracker("ik woon in Zwolle, welk zorgkantoor is dan van mij", intent="nlu_fallback")
    )
    tekst, slots = teksten_en_slots(berichten, events)
    assert "Zilveren Kruis" in tekst and "5 825 888" not in tekst
    assert slots["gemeente"] == "GM0193"


def test_organisatie_met_contactvraag_zonder_plaats():
    berichten, events = voer_uit(maak_tracker("nummer van de gemeente voor de wmo", intent="nlu_fallback"))
    tekst, _ = teksten_en_slots(berichten, events)
    assert "Het telefoonnummer van uw gemeente heb ik niet" in tekst
    assert TERUGDRAAIEN not in events


def test_organisatie_na_de_vraag_naar_de_woonplaats_kiest_het_onderwerp():
    # "Ik wil bezwaar maken" -> the bot asks the place; the user says it is about the CIZ.
    tracker = maak_tracker(
        "het gaat om de indicatie van het ciz", intent="nlu_fallback", slots={"contact_onderwerp": "bezwaar"}
    )
    berichten, events = voer_uit(tracker)
    tekst, slots = teksten_en_slots(berichten, events)
    assert "Postbus 2891" in tekst and "Postbus 400" not in tekst
    assert slots["contact_onderwerp"] is None  # bezwaar at the CIZ is national: no more waiting for a place


def test_genoemde_organisatie_gaat_voor_het_wachtende_onderwerp():
    tracker = maak_tracker(
        "en de svb?", intent="nlu_fallback", slots={"contact_onderwerp": "clientondersteuning"}
    )
    tekst, _ = teksten_en_slots(*voer_uit(tracker))
    assert "030 264 82 00" in tekst and "5 825 888" not in tekst


def test_dubbelzinnige_plaats_vraagt_welke_en_biedt_een_mens():
    berichten, events = voer_uit(
        maak_tracker("ik woon in Rozenburg, wie kan ik bellen", intent="nlu_fallback")
    )
    payloads = [knop["payload"] for knop in berichten[-1]["buttons"]]
    assert payloads == [
        '/geef_woonplaats{"plaats": "GM0394"}',
        '/geef_woonplaats{"plaats": "GM0599"}',
        "/medewerker",
    ]
    assert teksten_en_slots(berichten, events)[1] == {"contact_onderwerp": "algemeen"}


@pytest.mark.parametrize(
    "zin, slots",
    [
        (
            "wat doet het ciz eigenlijk",
            {},
        ),  # an organisation, but no contact question and no question for the place
        ("ik heb een vraag over de eigen bijdrage", {}),  # a subject word names no organisation here
        ("heeft mijn moeder recht op meer zorg", {}),  # "op meer" is no Opmeer
        ("Best", {}),  # a place name that is also a word counts alone only as an answer to "waar woont u?"
        ("2025", {}),
        ("Xyzdorp", {"contact_onderwerp": "klacht_zorgkantoor"}),  # no known place: not understood
    ],
)
def test_zonder_plaats_of_te_bereiken_organisatie_de_gewone_terugval(zin, slots):
    berichten, events = voer_uit(maak_tracker(zin, intent="nlu_fallback", slots=slots))
    assert "begrijp ik niet" in berichten[0]["text"]
    assert events == [TERUGDRAAIEN]


@pytest.mark.parametrize("zin, gemeente", [("Best", "GM0753"), ("1431", "GM0358")])
def test_na_de_vraag_naar_de_woonplaats_is_de_hele_tekst_een_antwoord(zin, gemeente):
    tracker = maak_tracker(zin, intent="nlu_fallback", slots={"contact_onderwerp": "klacht_zorgkantoor"})
    tekst, slots = teksten_en_slots(*voer_uit(tracker))
    assert slots["gemeente"] == gemeente
    assert "begrijp ik niet" not in tekst


# ---------------------------------------------------------------- a way of contact; a follow-up


@pytest.mark.parametrize(
    "zin, moet",
    [
        ("mag ik mijn vraag ook per email sturen", "klantadvies.wlz@zorgenzekerheid.nl"),
        ("waar zitten jullie, kan ik langskomen", "Haagse Schouwweg 12"),
        ("wat is jullie postadres", "Postbus 400, 2300 AK Leiden"),
    ],
)
def test_gevraagd_kanaal_ook_als_de_nlu_het_niet_begreep(zin, moet):
    berichten, events = voer_uit(maak_tracker(zin, intent="nlu_fallback"))
    assert moet in teksten_en_slots(berichten, events)[0]
    assert TERUGDRAAIEN not in events


def test_en_het_ciz_na_een_contactantwoord_over_bezwaar():
    tracker = na_contactantwoord(
        "ik wil bezwaar maken tegen het besluit", "bezwaar", "en het ciz?", "nlu_fallback"
    )
    tekst, _ = teksten_en_slots(*voer_uit(tracker))
    assert "bezwaar bij het CIZ" in tekst and "Postbus 2891" in tekst and "Postbus 400" not in tekst


def test_en_van_het_cak_na_een_contactantwoord():
    tracker = na_contactantwoord("telefoon ciz graag", "contact_opvragen", "en van het cak?", "nlu_fallback")
    tekst, _ = teksten_en_slots(*voer_uit(tracker))
    assert "(0800) 0087" in tekst and "088 789 10 00" not in tekst


def test_en_van_het_cak_zonder_contactantwoord_ervoor_blijft_onbegrepen():
    berichten, events = voer_uit(maak_tracker("en van het cak?", intent="nlu_fallback"))
    assert "begrijp ik niet" in berichten[0]["text"] and events == [TERUGDRAAIEN]


# ---------------------------------------------------------------- an answer while no question is open


def los_bericht(tekst, ranking, intent="geef_antwoord"):
    dispatcher = CollectingDispatcher()
    tracker = maak_tracker(tekst, intent=intent, intent_ranking=ranking)
    events = ActionLosBericht().run(dispatcher, tracker, {})
    return dispatcher.messages, events


def test_een_vraag_met_een_bedrag_krijgt_de_onderwerpen_die_erop_lijken():
    berichten, events = los_bericht(
        "we hebben nog een spaarrekening van 50 duizend, moet dat op?",
        [
            {"name": "geef_antwoord", "confidence": 0.76},
            {"name": "eigen_bijdrage_vermogen", "confidence": 0.15},
            {"name": "deeltijdverblijf", "confidence": 0.02},
        ],
    )
    assert len(berichten) == 1 and events == []
    payloads = [knop["payload"] for knop in berichten[0]["buttons"]]
    assert payloads == ["/eigen_bijdrage_vermogen", "/medewerker"]
    assert berichten[0]["text"] == "Gaat uw vraag over een van deze onderwerpen?"


@pytest.mark.parametrize(
    ("tekst", "intent"),
    [
        ("30.000", "geef_antwoord"),
        ("ongeveer 25 duizend", "geef_antwoord"),
        ("partner ook thuis", "geef_antwoord"),
        ("ja", "bevestigen"),
        ("nee", "ontkennen"),
        ("weet ik niet", "weet_niet"),
        ("stop", "stoppen"),
    ],
)
def test_een_los_antwoord_krijgt_waar_kan_ik_u_mee_helpen(tekst, intent):
    berichten, _ = los_bericht(
        tekst,
        [{"name": intent, "confidence": 0.9}, {"name": "eigen_bijdrage_vermogen", "confidence": 0.08}],
        intent,
    )
    assert [bericht.get("response") for bericht in berichten] == ["utter_nog_iets"]


def test_een_lange_zin_zonder_bruikbaar_onderwerp_krijgt_ook_waar_kan_ik_u_mee_helpen():
    berichten, _ = los_bericht(
        "het is ongeveer 25 duizend denk ik",
        [{"name": "geef_antwoord", "confidence": 0.97}, {"name": "vpt", "confidence": 0.01}],
    )
    assert [bericht.get("response") for bericht in berichten] == ["utter_nog_iets"]


def test_een_lang_nee_krijgt_geen_gegokte_onderwerpen():
    berichten, _ = los_bericht(
        "nee hoor, dat was het wel",
        [{"name": "ontkennen", "confidence": 0.7}, {"name": "eigen_bijdrage_vermogen", "confidence": 0.2}],
        "ontkennen",
    )
    assert [bericht.get("response") for bericht in berichten] == ["utter_nog_iets"]


def test_bel_mij_maar_terug_krijgt_het_nummer_ook_als_de_nlu_stoppen_hoorde():
    berichten, _ = los_bericht(
        "bel mij maar terug",
        [{"name": "stoppen", "confidence": 0.48}, {"name": "medewerker", "confidence": 0.21}],
        "stoppen",
    )
    tekst = " ".join(b.get("text") or "" for b in berichten)
    assert "(071) 5 825 888" in tekst and "terugbellen" in tekst
    assert berichten[-1]["buttons"][-1]["payload"] == "/medewerker"


def test_twijfel_tussen_bedankt_en_afscheid_krijgt_het_afscheid():
    tracker = maak_tracker(
        "bedankt voor de hulp, fijne dag nog",
        intent="nlu_fallback",
        intent_ranking=[
            {"name": "nlu_fallback", "confidence": 0.3},
            {"name": "afscheid", "confidence": 0.43},
            {"name": "bedankt", "confidence": 0.40},
            {"name": "stoppen", "confidence": 0.05},
        ],
    )
    berichten, events = voer_uit(tracker)
    assert [b.get("response") for b in berichten] == ["utter_afscheid"]
    assert events == []


def test_twijfel_tussen_bedankt_en_een_onderwerp_blijft_een_vraag():
    tracker = maak_tracker(
        "bedankt, en hoe zit het met de eigen bijdrage",
        intent="nlu_fallback",
        intent_ranking=[
            {"name": "nlu_fallback", "confidence": 0.3},
            {"name": "bedankt", "confidence": 0.40},
            {"name": "eigen_bijdrage_uitleg", "confidence": 0.35},
        ],
    )
    berichten, _ = voer_uit(tracker)
    assert "/eigen_bijdrage_uitleg" in [k["payload"] for k in berichten[0]["buttons"]]
