"""The eigen-bijdrage form: reading answers, naming assumptions, asking only what matters,
and the worded result."""
import asyncio
from datetime import date
from decimal import Decimal

import pytest
from rasa_sdk.executor import CollectingDispatcher

from actions.eigen_bijdrage_acties import (
    ActionBerekenEigenBijdrage,
    ValidateEigenBijdrageForm,
    lees_aantal_maanden,
    standaard_jaren,
)
from actions.formulier_basis import kies_optie, lees_ja_nee
from hulp import maak_tracker

FORM = ValidateEigenBijdrageForm()


def valideer(slot, tekst, intent="geef_informatie", slots=None):
    dispatcher = CollectingDispatcher()
    tracker = maak_tracker(tekst, intent=intent, slots=slots or {"eb_jaar": 2026, "eb_peiljaar": 2024})
    uitkomst = getattr(FORM, f"validate_{slot}")(tekst, dispatcher, tracker, {})
    return uitkomst, " ".join(b.get("text") or "" for b in dispatcher.messages)


@pytest.mark.parametrize(
    "tekst, verwacht",
    [("€ 2.150,50 per maand", "25806.00"), ("30.000", "30000"), ("30k", "30000"), ("ongeveer 25 duizend", "25000")],
)
def test_inkomen_zoals_mensen_het_typen(tekst, verwacht):
    uitkomst, _ = valideer("eb_inkomen", tekst)
    assert Decimal(uitkomst["eb_inkomen"]) == Decimal(verwacht)


def test_maandinkomen_wordt_jaarinkomen_en_dat_wordt_gezegd():
    uitkomst, tekst = valideer("eb_inkomen", "1500 per maand")
    assert Decimal(uitkomst["eb_inkomen"]) == 18000
    assert "12 keer" in tekst and "€ 18.000,00" in tekst
    assert uitkomst["eb_aannames"]


def test_inkomen_weet_ik_niet_zegt_waar_het_staat_en_noemt_de_aanname():
    uitkomst, tekst = valideer("eb_inkomen", "weet ik niet", intent="weet_niet")
    assert "Mijn Belastingdienst" in tekst and "2024" in tekst
    assert uitkomst["eb_inkomen"] == "0"
    assert "laagste bedrag" in uitkomst["eb_aannames"][0]


@pytest.mark.parametrize("tekst", ["niks", "geen spaargeld", "0"])
def test_geen_vermogen(tekst):
    uitkomst, _ = valideer("eb_vermogen", tekst)
    assert Decimal(uitkomst["eb_vermogen"]) == 0


def test_onleesbaar_bedrag_vraagt_opnieuw_met_voorbeeld():
    uitkomst, tekst = valideer("eb_vermogen", "best veel")
    assert uitkomst == {"eb_vermogen": None}
    assert "bijvoorbeeld" in tekst


def test_zorgvorm_uit_vrije_tekst_en_knopnummer():
    assert valideer("eb_zorgvorm", "mijn moeder zit in het verpleeghuis")[0] == {"eb_zorgvorm": "instelling"}
    assert valideer("eb_zorgvorm", "4")[0] == {"eb_zorgvorm": "mpt"}
    assert valideer("eb_zorgvorm", "huh")[0] == {"eb_zorgvorm": None}


def test_partner_keuzes():
    assert valideer("eb_partner", "partner ook wlz thuis")[0] == {"eb_partner": "wlz-thuis"}
    assert valideer("eb_partner", "mijn man woont nog thuis")[0] == {"eb_partner": "thuis"}
    assert valideer("eb_partner", "geen partner")[0] == {"eb_partner": "geen"}


def test_correctie_in_de_samenvatting_vraagt_dat_veld_opnieuw():
    uitkomst, _ = valideer("eb_bevestigd", "inkomen wijzigen")
    assert uitkomst == {"eb_inkomen": None, "eb_bevestigd": None}
    assert valideer("eb_bevestigd", "ja")[0] == {"eb_bevestigd": True}


def test_aow_weet_ik_niet_neemt_een_benoemde_aanname():
    uitkomst, tekst = valideer("eb_aow", "weet ik niet", intent="weet_niet")
    assert uitkomst["eb_aow"] is True and "AOW-leeftijd" in tekst


@pytest.mark.parametrize(
    "tekst, maanden",
    [("3", 3), ("drie maanden", 3), ("een half jaar", 6), ("2 jaar", 24), ("net begonnen", 0), ("anderhalf jaar", 18)],
)
def test_aantal_maanden(tekst, maanden):
    assert lees_aantal_maanden(tekst) == maanden


def test_ja_nee_en_keuze_helpers():
    assert lees_ja_nee("Ja hoor") is True and lees_ja_nee("nee") is False and lees_ja_nee("misschien") is None
    assert kies_optie("geen partner", {"thuis": ["partner"], "geen": ["geen partner"]}) == "geen"


def test_huidig_jaar_staat_voorop():
    assert standaard_jaren(date(2025, 3, 1))[0] == 2025
    assert standaard_jaren(date(2026, 11, 22)) == [2026, 2025, 2024]


def vragen(slots):
    tracker = maak_tracker("", slots=slots)
    return asyncio.run(FORM.required_slots([], CollectingDispatcher(), tracker, {}))


def test_alleen_de_vragen_die_ertoe_doen():
    thuis = vragen({"eb_zorgvorm": "vpt", "eb_partner": "geen", "eb_volwassen": True})
    assert "eb_maanden" not in thuis and "eb_kinderen" not in thuis and "eb_mpt_20" not in thuis
    instelling = vragen({"eb_zorgvorm": "instelling", "eb_partner": "geen", "eb_volwassen": True})
    assert {"eb_maanden", "eb_kinderen", "eb_terugkeer"} <= set(instelling)
    assert "eb_mpt_20" in vragen({"eb_zorgvorm": "mpt", "eb_partner": "thuis", "eb_volwassen": True})
    assert vragen({"eb_volwassen": False}) == ["eb_jaar", "eb_zorgvorm", "eb_volwassen"]


def bereken(slots):
    dispatcher = CollectingDispatcher()
    events = ActionBerekenEigenBijdrage().run(dispatcher, maak_tracker("ja", slots=slots), {})
    return "\n".join(b.get("text") or "" for b in dispatcher.messages), events


def test_verpleeghuis_eerste_maanden_spec_voorbeeld_1():
    tekst, events = bereken({
        "eb_jaar": 2025, "eb_zorgvorm": "instelling", "eb_volwassen": True, "eb_maanden": 2,
        "eb_partner": "geen", "eb_aow": True, "eb_kinderen": False, "eb_terugkeer": False,
        "eb_inkomen": "30000", "eb_vermogen": "100000",
    })
    assert "€ 272,08 per maand" in tekst and "lage eigen bijdrage" in tekst
    assert "Na 4 maanden" in tekst and "hoge eigen bijdrage" in tekst
    assert "indicatie" in tekst and "regels van 2025" in tekst and "www.hetcak.nl" in tekst
    assert all(e["value"] is None for e in events)  # answers are forgotten afterwards


def test_stel_met_vpt_spec_voorbeeld_4():
    tekst, _ = bereken({
        "eb_jaar": 2026, "eb_zorgvorm": "vpt", "eb_volwassen": True, "eb_partner": "wlz-thuis",
        "eb_aow": True, "eb_partner_aow": True, "eb_inkomen": "50000", "eb_vermogen": "150000",
    })
    assert "€ 442,03 per maand" in tekst


def test_mpt_tot_20_uur_is_voorlopig():
    tekst, _ = bereken({
        "eb_jaar": 2026, "eb_zorgvorm": "mpt", "eb_volwassen": True, "eb_partner": "geen",
        "eb_aow": False, "eb_mpt_20": True, "eb_inkomen": "28000", "eb_vermogen": "0",
    })
    assert "€ 30,40 per maand" in tekst and "voorlopig" in tekst


def test_minderjarig_betaalt_niets():
    tekst, _ = bereken({"eb_jaar": 2026, "eb_zorgvorm": "vpt", "eb_volwassen": False})
    assert "jonger dan 18" in tekst


def test_aannames_worden_in_het_antwoord_herhaald():
    tekst, _ = bereken({
        "eb_jaar": 2026, "eb_zorgvorm": "vpt", "eb_volwassen": True, "eb_partner": "geen", "eb_aow": True,
        "eb_inkomen": "0", "eb_vermogen": "0", "eb_aannames": ["Ik reken nu zonder inkomen."],
    })
    assert "ik ben hiervan uitgegaan" in tekst and "zonder inkomen" in tekst


def tracker_na_antwoorden(antwoorden):
    """The form asked for the year, and the user answered `antwoorden` (the last one is current)."""
    from rasa_sdk import Tracker

    events = [{"event": "active_loop", "name": "eigen_bijdrage_form"},
              {"event": "slot", "name": "requested_slot", "value": "eb_jaar"}]
    for antwoord in antwoorden:
        # As Rasa stores it: the raw text in the slot (from_text), the validation's reset, the re-ask.
        events += [{"event": "user", "text": antwoord, "parse_data": {"intent": {"name": "geef_antwoord"}}},
                   {"event": "slot", "name": "eb_jaar", "value": antwoord},
                   {"event": "slot", "name": "eb_jaar", "value": None},
                   {"event": "slot", "name": "requested_slot", "value": "eb_jaar"}]
    events = events[:-2]  # the current message is not validated yet
    return Tracker.from_dict({"sender_id": "t", "slots": {"requested_slot": "eb_jaar"}, "events": events,
                              "latest_message": events[-2], "paused": False, "followup_action": None,
                              "active_loop": {"name": "eigen_bijdrage_form"}, "latest_action_name": "action_listen"})


def test_na_twee_onbruikbare_antwoorden_een_uitweg_met_voorbeeld():
    for antwoorden, uitweg in ((["ze woont in Leiderdorp"], False),
                               (["ze woont in Leiderdorp", "kan ik iemand bellen"], True),
                               (["x", "y", "z"], True)):
        dispatcher = CollectingDispatcher()
        uitkomst = FORM.validate_eb_jaar(antwoorden[-1], dispatcher, tracker_na_antwoorden(antwoorden), {})
        assert uitkomst == {"eb_jaar": None}
        bericht = dispatcher.messages[-1]
        assert "bijvoorbeeld" in bericht["text"]
        payloads = [k["payload"] for k in bericht.get("buttons") or []]
        assert (payloads == ["/stoppen", "/medewerker"]) is uitweg, antwoorden


def test_een_nieuwe_vraag_telt_opnieuw():
    from rasa_sdk import Tracker

    from actions.formulier_basis import onbruikbare_antwoorden

    vorige = tracker_na_antwoorden(["x", "2026"])
    events = vorige.events + [{"event": "slot", "name": "eb_jaar", "value": 2026},
                              {"event": "slot", "name": "requested_slot", "value": "eb_zorgvorm"},
                              {"event": "user", "text": "geen idee", "parse_data": {}}]
    tracker = Tracker.from_dict({"sender_id": "t", "slots": {}, "events": events, "latest_message": events[-1],
                                 "paused": False, "followup_action": None, "active_loop": {},
                                 "latest_action_name": "action_listen"})
    assert onbruikbare_antwoorden(vorige, "eb_jaar") == 2
    assert onbruikbare_antwoorden(tracker, "eb_zorgvorm") == 1
