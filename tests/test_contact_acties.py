"""action_verwijs_contact: topic + place → the right contact, asking for the place when needed; a short answer
with the details behind "Meer uitleg"; the way of contact the user asks for; a follow-up naming another
organisation; and the topic for a message the NLU did not understand (onderwerp_zonder_intent)."""

import re

import pytest
from rasa_sdk.executor import CollectingDispatcher

from actions.contact_acties import ActionVerwijsContact
from actions.contacten import onderwerp_zonder_intent
from actions.onderwerpen import alle_onderwerpen
from actions.uitleg_acties import KNOP_MEER
from contacten.beurten import na_contactantwoord, na_onderwerpantwoord
from hulp import REPO, laad_yaml, maak_tracker


def voer_uit(tracker, domein=None):
    dispatcher = CollectingDispatcher()
    events = ActionVerwijsContact().run(dispatcher, tracker, domein or {})
    teksten = [bericht.get("text") or "" for bericht in dispatcher.messages]
    slots = {e["name"]: e["value"] for e in events if e["event"] == "slot"}
    return dispatcher.messages, "\n".join(teksten), slots


def meer_uitleg(slots):
    """What the bot shows behind "Meer uitleg"."""
    return "\n".join(slots.get("meer_uitleg") or [])


def test_klacht_over_zorgkantoor_met_plaats_in_de_zin():
    tracker = maak_tracker(
        "ik woon in Nieuw-Vennep en wil klagen over het zorgkantoor", intent="klacht_zorgkantoor"
    )
    _, tekst, slots = voer_uit(tracker)
    assert "Klachtencommissie Wlz" in tekst and "(071) 5 825 825" in tekst
    assert slots["gemeente"] == "GM0394"
    assert slots["contact_onderwerp"] is None


def test_klacht_buiten_de_regio_noemt_het_eigen_zorgkantoor_en_geen_zorg_en_zekerheid_nummer():
    tracker = maak_tracker(
        "wie moet ik bellen", intent="klacht_zorgkantoor", slots={"gemeente": "GM0193"}
    )  # Zwolle
    _, tekst, _ = voer_uit(tracker)
    assert "Zwolle" in tekst and "Zilveren Kruis" in tekst
    assert "825" not in tekst


def test_zonder_plaats_algemeen_antwoord_en_vraag_naar_de_woonplaats():
    tracker = maak_tracker("kan iemand mij helpen bij het kiezen", intent="clientondersteuning")
    berichten, tekst, slots = voer_uit(tracker)
    assert "(071) 5 825 888" in tekst
    # The question for the place is a detail here; the bot waits for a place all the same.
    assert "Noem uw woonplaats of postcode" in meer_uitleg(slots)
    assert berichten[-1]["buttons"] == [KNOP_MEER]
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
    tracker = maak_tracker(
        "Rozenburg", intent="geef_woonplaats", entities=[{"entity": "plaats", "value": "Rozenburg"}]
    )
    berichten, tekst, slots = voer_uit(tracker)
    assert "Bedoelt u" in tekst
    payloads = [knop["payload"] for knop in berichten[0]["buttons"]]
    assert payloads == ['/geef_woonplaats{"plaats": "GM0394"}', '/geef_woonplaats{"plaats": "GM0599"}']
    assert "gemeente" not in slots


def test_onbekende_plaats_vraagt_opnieuw():
    tracker = maak_tracker(
        "Xyzdorp", intent="geef_woonplaats", entities=[{"entity": "plaats", "value": "Xyzdorp"}]
    )
    _, tekst, slots = voer_uit(tracker)
    assert "Die plaats kan ik niet vinden" in tekst and "postcode" in tekst
    assert slots == {"contact_onderwerp": "algemeen"}


def test_telefoonnummer_van_het_cak_is_landelijk():
    tracker = maak_tracker(
        "wat is het nummer van het cak",
        intent="contact_opvragen",
        entities=[{"entity": "organisatie", "value": "cak"}],
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
    _, _, slots = voer_uit(
        maak_tracker("1431", intent="geef_woonplaats", slots={"contact_onderwerp": "klacht_zorgkantoor"})
    )
    assert slots["gemeente"] == "GM0358"  # Aalsmeer


# ---------------------------------------------------------------- the organisation named in the text decides

EIGEN_NUMMERS = ("5 825 888", "5 825 825")


def test_telefoon_ciz_zonder_entiteit_geeft_het_ciz_en_niet_het_zorgkantoor():
    _, tekst, _ = voer_uit(maak_tracker("telefoon ciz graag", intent="contact_opvragen"))
    assert "088 789 10 00" in tekst
    assert not any(nummer in tekst for nummer in EIGEN_NUMMERS)


def test_medewerker_van_het_ciz_spreken():
    _, tekst, _ = voer_uit(maak_tracker("ik wil iemand van het ciz spreken", intent="medewerker"))
    assert "088 789 10 00" in tekst and "5 825 888" not in tekst


def test_een_organisatie_van_de_nlu_die_geen_organisatie_is_telt_niet():
    # The model tagged 'de' and 'dan' as organisatie; the text names the gemeente.
    tracker = maak_tracker(
        "wat is het nummer van de gemeente dan?",
        intent="contact_opvragen",
        entities=[{"entity": "organisatie", "value": "de"}, {"entity": "organisatie", "value": "dan"}],
    )
    _, tekst, _ = voer_uit(tracker)
    assert "Het telefoonnummer van uw gemeente heb ik niet" in tekst
    assert "0800" not in tekst and "088" not in tekst and "5 825" not in tekst


@pytest.mark.parametrize(
    "zin, intent, moet, niet",
    [
        (
            "ik zoek het telefoonnummer van de svb voor mijn pgb",
            "contact_opvragen",
            "030 264 82 00",
            EIGEN_NUMMERS,
        ),
        ("hoe krijg ik de sociale verzekeringsbank aan de lijn", "pgb_svb", "030 264 82 00", EIGEN_NUMMERS),
        (
            "telefoonnummer van de nationale ombudsman alsjeblieft",
            "contact_opvragen",
            "0800 33 55 555",
            EIGEN_NUMMERS,
        ),
        (
            "mailadres klachtencommissie?",
            "contact_opvragen",
            "klachtenwlz@zorgenzekerheid.nl",
            ("5 825 888",),
        ),
        (
            "hoe kan ik het centraal administratie kantoor bereiken",
            "contact_opvragen",
            "(0800) 0087",
            EIGEN_NUMMERS,
        ),
        (
            "wat is het telefoonnummer van de gemeente leiden",
            "contact_opvragen",
            "Kijk op de website van de gemeente Leiden",
            EIGEN_NUMMERS + ("0800", "088"),
        ),
    ],
)
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
    _, tekst, _ = voer_uit(
        maak_tracker("ik ben het niet eens met de hoogte van de eigen bijdrage", intent="bezwaar")
    )
    assert "bezwaar" in tekst and "CAK" in tekst and "Postbus 400" not in tekst


def test_onbeleefde_medewerker_van_het_ciz_geeft_een_klacht_bij_het_ciz():
    tracker = maak_tracker(
        "de medewerker van het ciz was heel onbeleefd tegen mijn vader", intent="klacht_zorgkantoor"
    )
    _, tekst, slots = voer_uit(tracker)
    assert "klacht" in tekst and "www.ciz.nl" in tekst and "088 789 10 00" in tekst
    assert "CIZ Klachtafhandeling" in meer_uitleg(slots)
    assert not any(nummer in tekst + meer_uitleg(slots) for nummer in EIGEN_NUMMERS)


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
        intent="geef_woonplaats",
        entities=[{"entity": "plaats", "value": "Tilburg"}],
    )
    berichten, tekst, slots = voer_uit(tracker)
    assert "CAK" in berichten[0]["text"] and "(0800) 0087" in tekst
    assert not any(nummer in tekst for nummer in EIGEN_NUMMERS)
    assert slots["gemeente"] == "GM0855" and slots["contact_onderwerp"] is None


@pytest.mark.parametrize(
    "zin, entiteiten",
    [
        ("ik woon in alphen a/d rijn en wil een klacht indienen over het zorgkantoor", ["alphen", "rijn"]),
        ("ik woon in Alphen aan den Rijn en wil een klacht indienen over het zorgkantoor", ["Alphen"]),
    ],
)
def test_alphen_aan_den_rijn_in_de_zin_is_een_gemeente_geen_vraag(zin, entiteiten):
    tracker = maak_tracker(
        zin,
        intent="klacht_zorgkantoor",
        entities=[{"entity": "plaats", "value": waarde} for waarde in entiteiten],
    )
    _, tekst, slots = voer_uit(tracker)
    assert "Er zijn meer plaatsen" not in tekst
    assert "Klachtencommissie Wlz" in tekst and "(071) 5 825 825" in tekst
    assert slots["gemeente"] == "GM0484" and slots["contact_onderwerp"] is None


def test_woonplaats_als_antwoord_met_een_andere_organisatie_erbij():
    # The bot waits for the place for a complaint about the zorgkantoor; the user says it is about the CIZ.
    tracker = maak_tracker(
        "ik woon in Leiden, maar het ging om het ciz",
        intent="geef_woonplaats",
        entities=[{"entity": "plaats", "value": "Leiden"}],
        slots={"contact_onderwerp": "klacht_zorgkantoor"},
    )
    _, tekst, slots = voer_uit(tracker)
    assert "klacht in met het formulier op www.ciz.nl" in tekst and "CIZ Klachtafhandeling" in meer_uitleg(
        slots
    )
    assert "5 825 825" not in tekst + meer_uitleg(slots)
    assert slots["gemeente"] == "GM0546"


# ---------------------------------------------------------------- which zorgkantoor (wlz_wie_regelt)


def test_welk_zorgkantoor_zonder_plaats_vraagt_de_woonplaats():
    _, tekst, slots = voer_uit(maak_tracker("welk zorgkantoor hoort bij mij", intent="wlz_wie_regelt"))
    assert "Woont u ergens anders? Noem dan uw woonplaats of postcode." in tekst
    assert slots["contact_onderwerp"] == "algemeen"


def test_welk_zorgkantoor_met_plaats_noemt_het_zorgkantoor_van_die_regio():
    _, tekst, slots = voer_uit(maak_tracker("ik woon in Zwolle, welk zorgkantoor", intent="wlz_wie_regelt"))
    assert "Zilveren Kruis" in tekst and "5 825 888" not in tekst
    assert slots == {
        "gemeente": "GM0193",
        "contact_onderwerp": None,
        "meer_uitleg": [
            "Zorg en Zekerheid is alleen het zorgkantoor voor Amstelland en de Meerlanden "
            "en Zuid-Holland Noord."
        ],
    }


# ---------------------------------------------------------------- a message the NLU did not understand


@pytest.mark.parametrize(
    "tekst, wachtend, plaats_genoemd, verwacht",
    [
        ("nummer van de gemeente voor de wmo", None, False, "gemeente"),
        (
            "mijn moeder woont in Katwijk en heeft een vraag over de eigen bijdrage",
            None,
            True,
            "eigen_bijdrage",
        ),
        ("ik woon in Zwolle", None, True, "algemeen"),
        ("het gaat om de indicatie van het ciz", "bezwaar", False, "bezwaar_ciz"),
        ("en de svb?", "clientondersteuning", False, "svb"),
        ("het ging om het zorgkantoor", "klacht_zorgaanbieder", False, "klacht_zorgaanbieder"),
        ("wat doet het ciz eigenlijk", None, False, None),
        ("ik heb een vraag over de eigen bijdrage", None, False, None),
    ],
)
def test_onderwerp_zonder_intent(tekst, wachtend, plaats_genoemd, verwacht):
    assert onderwerp_zonder_intent(tekst, wachtend, plaats_genoemd=plaats_genoemd) == verwacht


# ---------------------------------------------------------------- short answers; details behind "Meer uitleg"

FEEDBACKVRAAG = "Had u hier iets aan?"  # asked after a topic answer (action_feedback_vraag)


def onderwerpantwoord(domain, intent):
    """The texts the rule for this intent says before action_verwijs_contact (data/rules)."""
    for bestand in sorted((REPO / "data" / "rules").glob("*.yml")):
        for regel in laad_yaml(bestand).get("rules", []):
            stappen = regel["steps"]
            acties = [stap.get("action") for stap in stappen]
            if stappen[0].get("intent") == intent and "action_verwijs_contact" in acties:
                vooraf = acties[: acties.index("action_verwijs_contact")]
                return [domain["responses"][a][0]["text"] for a in vooraf if a and a.startswith("utter_")]
    return []


def zinnen(tekst):
    return {
        " ".join(re.sub(r"[^\w@.]+", " ", z.lower()).split()).strip(". ")
        for z in re.split(r"(?<=[.?!])\s+", tekst)
    }


def test_bezwaar_tegen_het_zorgkantoor_in_drie_berichten_en_negentig_woorden(domain):
    gezegd = onderwerpantwoord(domain, "bezwaar")
    tracker = na_onderwerpantwoord(
        "hoe maak ik bezwaar tegen een besluit van zorg en zekerheid", "bezwaar", gezegd
    )
    berichten, tekst, slots = voer_uit(tracker, domain)
    assert len(berichten) == 1 and len(tekst.split()) <= 35
    assert "Postbus 400, 2300 AK Leiden" in tekst
    assert len(gezegd) + len(berichten) + 1 <= 3
    assert sum(len(t.split()) for t in [*gezegd, tekst, FEEDBACKVRAAG]) <= 90
    # The details: what to put in the letter, beroep, another place, the CIZ and the CAK.
    meer = meer_uitleg(slots)
    for detail in ("kenmerk", "rechtbank", "Woont u ergens anders?", "CIZ of van het CAK"):
        assert detail in meer
    assert berichten[-1]["buttons"] == [KNOP_MEER]


@pytest.mark.parametrize(
    "zin, intent, moet",
    [
        ("cak nr?", "contact_opvragen", "(0800) 0087"),
        ("telefoon ciz graag", "contact_opvragen", "088 789 10 00"),
        ("ik wil iemand spreken", "medewerker", "(071) 5 825 888"),
    ],
)
def test_alleen_een_contact_gevraagd_hooguit_twee_berichten(domain, zin, intent, moet):
    gezegd = onderwerpantwoord(domain, intent)
    berichten, tekst, _ = voer_uit(na_onderwerpantwoord(zin, intent, gezegd), domain)
    assert moet in tekst
    assert len(gezegd) + len(berichten) <= 2 and len(tekst.split()) <= 40


@pytest.mark.parametrize("intent", sorted(i for i, o in alle_onderwerpen().items() if o.contact))
@pytest.mark.parametrize("plaats", [None, "Leiden", "Zwolle"])
def test_het_contact_herhaalt_geen_zin_van_het_onderwerpantwoord(domain, intent, plaats):
    gezegd = onderwerpantwoord(domain, intent)
    slots = {"gemeente": plaats} if plaats else {}
    berichten, tekst, _ = voer_uit(na_onderwerpantwoord("mijn vraag", intent, gezegd, slots=slots), domain)
    assert len(berichten) == 1 and len(tekst.split()) <= 40, tekst
    assert not zinnen(tekst) & zinnen(" ".join(gezegd)), tekst


def test_zin_uit_het_onderwerpantwoord_wordt_niet_herhaald():
    gezegd = ["Kunt u de eigen bijdrage niet betalen? Bel het CAK: (0800) 0087."]
    _, tekst, _ = voer_uit(na_onderwerpantwoord("ik kan niet betalen", "betalingsproblemen", gezegd))
    assert "(0800) 0087" in tekst and "Bel het CAK voor een betalingsregeling" in tekst


def test_de_details_herhalen_de_uitleg_van_het_onderwerp_niet():
    # "Meer uitleg" shows utter_bezwaar_ciz_meer first (actions/uitleg_acties.py), then the contact's details.
    domein = {
        "responses": {
            "utter_bezwaar_ciz": [{"text": "Maak bezwaar bij het CIZ."}],
            "utter_bezwaar_ciz_meer": [{"text": "Wilt u mailen? Vraag dan eerst een beveiligde link aan."}],
        }
    }
    tracker = maak_tracker("ik ben het niet eens met de indicatie", intent="bezwaar_ciz")
    tracker.events.append(
        {
            "event": "bot",
            "text": "Maak bezwaar bij het CIZ.",
            "metadata": {"utter_action": "utter_bezwaar_ciz"},
        }
    )
    _, _, slots = voer_uit(tracker, domein)
    assert "utter_bezwaar_ciz_meer" not in slots["meer_uitleg"]  # action_meer_uitleg adds it itself
    assert "beveiligde link aan." not in meer_uitleg(slots) and "info.bezwaarberoep@ciz.nl" in meer_uitleg(
        slots
    )


def test_zonder_details_geen_knop_en_geen_oude_details():
    berichten, _, slots = voer_uit(
        maak_tracker("ik woon in Zwolle, welk zorgkantoor", intent="wlz_wie_regelt")
    )
    assert slots["meer_uitleg"]  # Zorg en Zekerheid is only the zorgkantoor for ... : a detail
    berichten, _, slots = voer_uit(maak_tracker("de gemeente, wat is het nummer", intent="contact_opvragen"))
    assert slots["meer_uitleg"] is None and not berichten[-1]["buttons"]


# ---------------------------------------------------------------- the way of contact the user asks for


@pytest.mark.parametrize(
    "zin, intent, moet, niet",
    [
        (
            "mag ik mijn vraag ook per email sturen, bellen vind ik lastig",
            "contact_opvragen",
            ["klantadvies.wlz@zorgenzekerheid.nl"],
            ["5 825 888"],
        ),
        ("kan ik jullie ook mailen?", "medewerker", ["klantadvies.wlz@zorgenzekerheid.nl"], []),
        (
            "wat is jullie postadres, ik wil een brief sturen",
            "contact_opvragen",
            ["Postbus 400, 2300 AK Leiden"],
            [],
        ),
        (
            "waar zitten jullie, kan ik gewoon langskomen?",
            "contact_opvragen",
            ["Haagse Schouwweg 12, 2332 KG Leiden", "zonder afspraak", "(071) 5 825 888"],
            [],
        ),
        ("bel mij maar terug", "medewerker", ["niet terugbellen", "(071) 5 825 888", "bereikbaar"], []),
        ("wat is het e-mailadres van het ciz", "contact_opvragen", ["info@ciz.nl"], ["5 825"]),
        (
            "kan ik het cak ook mailen",
            "contact_opvragen",
            ["Een e-mailadres van het CAK heb ik niet.", "(0800) 0087"],
            ["5 825"],
        ),
        (
            "wat is het postadres van de svb",
            "contact_opvragen",
            ["SVB Dienstverlening PGB, Postbus 8038"],
            ["5 825"],
        ),
        (
            "mailadres klachtencommissie?",
            "contact_opvragen",
            ["klachtenwlz@zorgenzekerheid.nl", "Controleer dit op www.zorgkantoor-zorgenzekerheid.nl."],
            ["5 825 888"],
        ),
    ],
)
def test_gevraagd_kanaal(zin, intent, moet, niet):
    berichten, tekst, _ = voer_uit(maak_tracker(zin, intent=intent))
    assert len(berichten) <= 2
    assert all(m in tekst for m in moet), tekst
    assert not any(n in tekst for n in niet), tekst


# ---------------------------------------------------------------- a follow-up naming another organisation


def test_en_het_ciz_na_een_antwoord_over_bezwaar_geeft_bezwaar_bij_het_ciz():
    tracker = na_contactantwoord(
        "hoe maak ik bezwaar tegen een besluit", "bezwaar", "en het ciz?", "contact_opvragen"
    )
    _, tekst, _ = voer_uit(tracker)
    assert tekst.startswith(
        "Gaat het om een besluit van het CIZ? Dan maakt u bezwaar bij het CIZ, binnen 6 weken."
    )
    assert "Postbus 2891" in tekst and "Postbus 400" not in tekst


def test_en_het_ciz_na_meer_uitleg_volgt_nog_het_onderwerp_bezwaar():
    tracker = na_contactantwoord(
        "hoe maak ik bezwaar tegen een besluit",
        "bezwaar",
        "en het ciz?",
        "contact_opvragen",
        tussendoor=("meer_uitleg",),
    )
    _, tekst, _ = voer_uit(tracker)
    assert tekst.startswith("Gaat het om een besluit van het CIZ? Dan maakt u bezwaar bij het CIZ")


def test_na_een_nieuwe_vraag_zonder_contact_is_en_het_ciz_geen_vervolg_meer():
    tracker = na_contactantwoord(
        "hoe maak ik bezwaar tegen een besluit",
        "bezwaar",
        "en het ciz?",
        "contact_opvragen",
        tussendoor=("wlz_wat_is",),
    )
    _, tekst, _ = voer_uit(tracker)
    assert "bezwaar" not in tekst.lower()


def test_en_van_het_cak_na_een_ander_contact_geeft_het_cak():
    tracker = na_contactantwoord(
        "telefoon ciz graag", "contact_opvragen", "en van het cak?", "contact_opvragen"
    )
    _, tekst, _ = voer_uit(tracker)
    assert "(0800) 0087" in tekst and "088" not in tekst


# ---------------------------------------------------------------- a topic without contact, with a place named


def test_onderwerp_zonder_contact_en_zonder_plaats_zegt_niets():
    berichten, _, slots = voer_uit(maak_tracker("wie heeft er recht op de wlz", "wlz_recht"))
    assert berichten == [] and slots == {}


def test_onderwerp_zonder_contact_met_een_plaats_geeft_het_zorgkantoor_van_die_plaats():
    tracker = maak_tracker(
        "ik woon in Zwolle, wie regelt daar de wlz zorg?",
        "wlz_recht",
        entities=[{"entity": "plaats", "value": "Zwolle"}],
    )
    berichten, tekst, slots = voer_uit(tracker)
    assert len(berichten) == 1
    assert "Zilveren Kruis" in tekst and "5 825" not in tekst
    assert slots["gemeente"]


def test_onderwerp_zonder_contact_vindt_de_plaats_ook_zonder_entiteit():
    _, tekst, _ = voer_uit(
        maak_tracker("mijn vader gaat naar een verpleeghuis in Katwijk", "verblijf_kiezen")
    )
    assert "(071) 5 825 888" in tekst


def test_onderwerp_zonder_contact_vraagt_niet_welke_plaats_als_die_dubbelzinnig_is():
    berichten, _, slots = voer_uit(maak_tracker("wat is een vpt, ik woon in Bergen", "vpt"))
    assert berichten == [] and slots == {}
