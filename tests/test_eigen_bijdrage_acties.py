"""The eigen-bijdrage form in the chat (actions/eigen_bijdrage_acties.py): the thin adapter between
Rasa's slots and the plain-Python package, run as the action server runs it (Tracker.from_dict)."""

import asyncio
import copy
from datetime import date
from decimal import Decimal

import pytest
from rasa.core.actions.action import RemoteAction
from rasa.core.channels.channel import CollectingOutputChannel
from rasa.core.channels.console import CmdlineInput
from rasa.core.channels.rest import RestInput
from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher
from twilio.rest.api.v2010.account.message import MessageList

from actions.eigen_bijdrage import cli
from actions.eigen_bijdrage.antwoorden import lees_ja_nee
from actions.eigen_bijdrage.vraagteksten import vraagteksten
from actions.eigen_bijdrage.vragen import Vraag, knoppen, welke_vragen
from actions.eigen_bijdrage_acties import (
    AANNAMES,
    EB_SLOTS,
    GESTOPT,
    MEER_UITLEG,
    VRAAGACTIES,
    ActionBerekenEigenBijdrage,
    ValidateEigenBijdrageForm,
)
from actions.formulier_basis import GENUMMERDE_KANALEN, UITWEG_GETYPT, onbruikbare_antwoorden
from channels.berichten import KIES_NUMMER
from channels.keuzes import KeuzeGeheugen
from channels.socketio import SocketIOInput
from channels.telegram import TelegramInput
from channels.twilio_whatsapp import WhatsAppInput, WhatsAppOutput
from hulp import REPO, laad_yaml, maak_tracker
from server.shell import tekst_van_bericht

FORM = ValidateEigenBijdrageForm()
JAAR = date.today().year if date.today().year in (2024, 2025, 2026) else 2026
# Answers up to the summary: vpt, no partner, AOW-leeftijd, no income or savings.
VPT = {
    "eb_jaar": 2026,
    "eb_peiljaar": 2024,
    "eb_zorgvorm": "vpt",
    "eb_volwassen": True,
    "eb_partner": "geen",
    "eb_aow": True,
    "eb_inkomen": "0",
    "eb_vermogen": "0",
}


# What makes the questions apply that do not for VPT.
INSTELLING = {"eb_zorgvorm": "instelling", "eb_maanden": 2, "eb_kinderen": False, "eb_terugkeer": False}
GELDT = {
    "eb_maanden": INSTELLING,
    "eb_kinderen": INSTELLING,
    "eb_terugkeer": INSTELLING,
    "eb_partner_aow": {"eb_partner": "thuis", "eb_partner_aow": False},
    "eb_mpt_20": {"eb_zorgvorm": "mpt", "eb_mpt_20": False},
}


def gevraagd(vraag, **antwoorden):
    """The slots when the form asks `vraag`, after the answers in VPT (and `antwoorden`)."""
    slots = dict.fromkeys(EB_SLOTS) | VPT | GELDT.get(vraag, {}) | antwoorden
    assert Vraag(vraag) in welke_vragen(slots)
    return slots | {"requested_slot": vraag, vraag: None}


def beurt(domain, slots, tekst, intent="geef_antwoord", eerdere_events=()):
    """One answer to the question in `slots["requested_slot"]`, as Rasa's FormAction calls the validator:
    the raw text is the slot candidate after the form's ActionExecuted. Returns (events, messages)."""
    vraag = slots["requested_slot"]
    latest = {
        "text": tekst,
        "intent": {"name": intent, "confidence": 1.0},
        "entities": [],
        "intent_ranking": [{"name": intent, "confidence": 1.0}],
    }
    events = [
        *eerdere_events,
        {"event": "user", "text": tekst, "parse_data": latest},
        {"event": "slot", "name": "requested_slot", "value": vraag},
        {"event": "action", "name": "eigen_bijdrage_form"},
        {"event": "slot", "name": vraag, "value": tekst},
    ]
    tracker = Tracker.from_dict(
        {
            "sender_id": "t",
            "slots": {**slots, vraag: tekst},
            "latest_message": latest,
            "events": events,
            "paused": False,
            "followup_action": None,
            "active_loop": {"name": "eigen_bijdrage_form"},
            "latest_action_name": "action_listen",
        }
    )
    dispatcher = CollectingDispatcher()
    uit = asyncio.run(FORM.run(dispatcher, tracker, domain))
    return uit, dispatcher.messages


def formulier(domain, *antwoorden, slots=None):
    """Run the form over the answers; returns the slots after it and every message of the validator."""
    slots = dict.fromkeys(EB_SLOTS) | {"requested_slot": Vraag.JAAR.value} | (slots or {})
    berichten = []
    for tekst in antwoorden:
        assert slots["requested_slot"], f"the form had ended before '{tekst}'"
        events, nieuw = beurt(domain, slots, tekst)
        berichten += nieuw
        slots.update({e["name"]: e["value"] for e in events if e["event"] == "slot"})
    return slots, berichten


def bereken_actie(slots):
    dispatcher = CollectingDispatcher()
    events = ActionBerekenEigenBijdrage().run(dispatcher, maak_tracker("ja", slots=slots), {})
    return dispatcher.messages, events


def teksten(berichten):
    return "\n".join(b.get("text") or "" for b in berichten)


# -------------------------------------------------------------------------- the form, end to end
def test_hele_gesprek_met_het_echte_domein(domain):
    slots, berichten = formulier(
        domain,
        str(JAAR),
        "ze zit in het verpleeghuis",
        "ja, ze is 88",
        "sinds 2 maanden",
        "weduwe",
        "ja hoor",
        "nee",
        "nee",
        "ongeveer 25 duizend",
        "geen idee",
        "ja klopt",
    )
    assert slots["requested_slot"] is None  # the form is done
    assert slots[AANNAMES] == ["vermogen_onbekend"] and "per persoon" in teksten(berichten)
    uit, events = bereken_actie(slots)
    assert "lage eigen bijdrage" in teksten(uit) and "Na 4 maanden" in teksten(uit)
    assert "Hiervan ben ik uitgegaan: spaargeld onder de vrijstelling." in teksten(uit)


def test_nee_ze_is_16_eindigt_het_formulier_zonder_bijdrage(domain):
    slots, _ = formulier(domain, str(JAAR), "pgb", "nee, ze is 16")
    assert slots["requested_slot"] is None and slots[Vraag.VOLWASSEN.value] is False
    uit, _ = bereken_actie(slots)
    assert "geen eigen bijdrage" in teksten(uit) and "jonger dan 18 jaar" in teksten(uit)


@pytest.mark.parametrize(
    "tekst", ["laat maar zitten, ik hoef niet verder", "ik wil stoppen hoor", "hou maar op"]
)
def test_stoppen_in_eigen_woorden_eindigt_het_formulier(domain, tekst):
    slots, berichten = formulier(domain, str(JAAR), tekst)
    assert slots["requested_slot"] is None and slots[GESTOPT] is True
    assert berichten == []  # no "Dat herken ik niet als zorgvorm"
    dispatcher = CollectingDispatcher()
    events = ActionBerekenEigenBijdrage().run(dispatcher, maak_tracker(tekst, slots=slots), {})
    assert dispatcher.messages[0]["response"] == "utter_eigen_bijdrage_gestopt"
    assert {"event": "followup", "name": "action_listen", "timestamp": None} in events
    assert all(e["value"] is None for e in events if e["event"] == "slot")


def test_ja_klopt_en_varianten_bevestigen(domain):
    for tekst in ("ja klopt", "jep klopt", "ja hoor, ga je gang", "klopt helemaal zo"):
        events, _ = beurt(domain, gevraagd("eb_bevestigd"), tekst, intent="bevestigen")
        assert {"event": "slot", "name": "eb_bevestigd", "value": True, "timestamp": None} in events, tekst


def test_weet_niet_intent_telt_ook_zonder_die_woorden(domain):
    events, berichten = beurt(domain, gevraagd("eb_aow"), "pff lastig", intent="weet_niet")
    assert {"event": "slot", "name": "eb_aow", "value": True, "timestamp": None} in events
    assert "AOW-leeftijd" in teksten(berichten)


# ------------------------------------------------------------------------------ the way out
def tracker_na_antwoorden(antwoorden, kanaal=None):
    """The form asked for the year, and the user answered `antwoorden` (the last one is current),
    through the input channel `kanaal`."""
    events = [
        {"event": "active_loop", "name": "eigen_bijdrage_form"},
        {"event": "slot", "name": "requested_slot", "value": "eb_jaar"},
    ]
    for antwoord in antwoorden:
        # As Rasa stores it: the raw text in the slot (from_text), the validation's reset, the re-ask.
        events += [
            {
                "event": "user",
                "text": antwoord,
                "parse_data": {"intent": {"name": "geef_antwoord"}},
                "input_channel": kanaal,
            },
            {"event": "slot", "name": "eb_jaar", "value": antwoord},
            {"event": "slot", "name": "eb_jaar", "value": None},
            {"event": "slot", "name": "requested_slot", "value": "eb_jaar"},
        ]
    events = events[:-2]  # the current message is not validated yet
    return Tracker.from_dict(
        {
            "sender_id": "t",
            "slots": {"requested_slot": "eb_jaar"},
            "events": events,
            "latest_message": {"text": antwoorden[-1], **events[-2]["parse_data"]},
            "paused": False,
            "followup_action": None,
            "active_loop": {"name": "eigen_bijdrage_form"},
            "latest_action_name": "action_listen",
        }
    )


@pytest.mark.parametrize(
    "antwoorden, uitweg",
    [
        (["ze woont in Leiderdorp"], False),
        (["ze woont in Leiderdorp", "wat bedoelt u"], True),
        (["x", "y", "z"], True),
    ],
)
def test_onbruikbaar_antwoord_legt_uit_en_biedt_een_uitweg(antwoorden, uitweg):
    dispatcher = CollectingDispatcher()
    uitkomst = FORM.validate_eb_jaar(antwoorden[-1], dispatcher, tracker_na_antwoorden(antwoorden), {})
    assert uitkomst == {"eb_jaar": None}
    bericht = dispatcher.messages[-1]
    assert "bijvoorbeeld" in bericht["text"]
    payloads = [k["payload"] for k in bericht.get("buttons") or []]
    assert (payloads == ["/stoppen", "/medewerker"]) is uitweg


@pytest.mark.parametrize("kanaal", sorted(GENUMMERDE_KANALEN))
def test_op_een_genummerd_kanaal_wordt_de_uitweg_getypt(kanaal):
    """The question asked again after the way out takes the numbers, so the way out has no buttons."""
    dispatcher = CollectingDispatcher()
    antwoorden = ["x", "y"]
    FORM.validate_eb_jaar(antwoorden[-1], dispatcher, tracker_na_antwoorden(antwoorden, kanaal), {})
    bericht = dispatcher.messages[-1]
    assert not bericht.get("buttons")
    assert bericht["text"].endswith(UITWEG_GETYPT)


def test_wie_om_een_mens_vraagt_krijgt_meteen_de_uitweg(domain):
    slots = gevraagd("eb_volwassen", eb_zorgvorm="instelling")
    events, berichten = beurt(domain, slots, "ik kom er niet uit, ik wil liever iemand bellen")
    assert {"event": "slot", "name": "eb_volwassen", "value": None, "timestamp": None} in events  # not a "no"
    assert [k["payload"] for k in berichten[-1]["buttons"]] == ["/stoppen", "/medewerker"]
    assert "medewerker" in berichten[-1]["text"]


def test_een_nieuwe_vraag_telt_opnieuw():
    vorige = tracker_na_antwoorden(["x", "2026"])
    events = vorige.events + [
        {"event": "slot", "name": "eb_jaar", "value": 2026},
        {"event": "slot", "name": "requested_slot", "value": "eb_zorgvorm"},
        {"event": "user", "text": "geen idee", "parse_data": {}},
    ]
    tracker = Tracker.from_dict(
        {
            "sender_id": "t",
            "slots": {},
            "events": events,
            "latest_message": events[-1],
            "paused": False,
            "followup_action": None,
            "active_loop": {},
            "latest_action_name": "action_listen",
        }
    )
    assert onbruikbare_antwoorden(vorige, "eb_jaar") == 2
    assert onbruikbare_antwoorden(tracker, "eb_zorgvorm") == 1


# --------------------------------------------------------------------------------- questions
def vraag_stellen(vraag, slots):
    """The message of action_ask_<vraag>, as the form sends it."""
    dispatcher = CollectingDispatcher()
    VRAAGACTIES[Vraag(vraag)]().run(dispatcher, maak_tracker("", slots=slots), {})
    [bericht] = dispatcher.messages
    return bericht


def test_elke_vraag_wordt_gesteld_door_een_actie_uit_het_domein(domain):
    """One source for the questions: no utter_ask_eb_* responses beside the table."""
    vraagacties = {f"action_ask_{vraag.value}" for vraag in Vraag}
    assert vraagacties <= set(domain["actions"])
    assert {actie().name() for actie in VRAAGACTIES.values()} == vraagacties
    assert [naam for naam in domain["responses"] if naam.startswith("utter_ask_eb_")] == []


@pytest.mark.parametrize("vraag", [vraag.value for vraag in Vraag if vraag != Vraag.BEVESTIGD])
def test_vraag_met_tekst_en_knoppen_uit_de_tabel(vraag):
    bericht = vraag_stellen(vraag, gevraagd(vraag))
    verwacht = vraagteksten()[vraag]
    assert bericht["text"] == verwacht.tekst.format(eb_jaar=2026, eb_peiljaar=2024)
    assert "{" not in bericht["text"] and "None" not in bericht["text"]
    assert bericht["buttons"] == [knop.als_dict() for knop in knoppen(Vraag(vraag), date.today())]


def test_jaarvraag_heeft_dit_jaar_voorop():
    knoppen_ = vraag_stellen("eb_jaar", gevraagd("eb_jaar"))["buttons"]
    assert knoppen_[0] == {"title": f"{date.today().year} (dit jaar)", "payload": str(date.today().year)}
    assert [(k.titel, k.payload) for k in knoppen(Vraag.JAAR, date(2026, 11, 22))] == [
        ("2026 (dit jaar)", "2026"),
        ("2025", "2025"),
        ("2024", "2024"),
    ]


def test_samenvatting_met_correctieknoppen():
    bericht = vraag_stellen("eb_bevestigd", VPT | {"eb_inkomen": "30000"})
    assert bericht["text"].startswith("Klopt dit?") and "€ 30.000,00" in bericht["text"]
    assert [k["payload"] for k in bericht["buttons"]][0] == "ja"


KEUZEVRAGEN = [vraag.value for vraag in Vraag if vraagteksten()[vraag.value].keuze]


@pytest.mark.parametrize("vraag", KEUZEVRAGEN)
def test_een_getypt_nummer_kiest_de_knop_op_die_plek_in_elk_kanaal(domain, vraag):
    """ "typ 1, 2, 3": the number of a button shown by action_ask_<vraag> gives the answer of that
    button, in the form itself (web chat, Telegram) and after channels/keuzes.py translated it
    (WhatsApp, where the buttons are a numbered list)."""
    slots = gevraagd(vraag)
    knoppen_ = vraag_stellen(vraag, slots)["buttons"]
    kanaal = KeuzeGeheugen()
    kanaal.onthoud("t", [knop["payload"] for knop in knoppen_])

    def antwoord(tekst):
        events, _ = beurt(domain, slots, tekst)
        return [e for e in events if e["event"] == "slot"]

    gekozen = []
    for nummer, knop in enumerate(knoppen_, start=1):
        geklikt = antwoord(knop["payload"])
        assert antwoord(str(nummer)) == geklikt == antwoord(kanaal.vertaal("t", str(nummer))), knop
        volgende = next(e["value"] for e in geklikt if e["name"] == "requested_slot")
        assert volgende != vraag, f"{knop} is not an answer to {vraag}"
        gekozen.append(geklikt)
    assert all(gekozen.count(g) == 1 for g in gekozen), "two buttons give the same answer"


# ------------------------------------------------------------- channels with numbered choices
OPEN_VRAGEN = [vraag.value for vraag in Vraag if not vraagteksten()[vraag.value].keuze]
GENUMMERD = sorted(GENUMMERDE_KANALEN)
GESPREK = "gesprek"


def vraag_in_kanaal(vraag, slots, kanaal):
    """The message of action_ask_<vraag> when the user's last message came in through `kanaal`."""
    latest = {"text": "", "intent": {"name": "geef_antwoord", "confidence": 1.0}, "entities": []}
    tracker = Tracker.from_dict(
        {
            "sender_id": GESPREK,
            "slots": slots,
            "latest_message": latest,
            "events": [{"event": "user", "text": "", "parse_data": latest, "input_channel": kanaal}],
            "paused": False,
            "followup_action": None,
            "active_loop": {"name": "eigen_bijdrage_form"},
            "latest_action_name": "action_listen",
        }
    )
    dispatcher = CollectingDispatcher()
    VRAAGACTIES[Vraag(vraag)]().run(dispatcher, tracker, {})
    [bericht] = dispatcher.messages
    return bericht


def in_kanaal_getypt(kanaal, bericht, getypt, monkeypatch):
    """Delivers the action's message as Rasa does (RemoteAction -> BotUttered -> the output channel),
    then the user types `getypt`. Returns what the user saw and the text that reaches the bot."""
    [uiting] = asyncio.run(RemoteAction._utter_responses([copy.deepcopy(bericht)], None, None, None))
    keuzes = KeuzeGeheugen()
    if kanaal == WhatsAppInput.name():
        verstuurd = []
        monkeypatch.setattr(MessageList, "create", lambda self, **velden: verstuurd.append(velden["body"]))
        uit = WhatsAppOutput(
            "AC" + "0" * 32, "token", "whatsapp:+3197010000000", keuzes, "whatsapp:+31612345678"
        )
        asyncio.run(uit.send_response(GESPREK, uiting.message()))
        gezien = verstuurd
    else:  # the staff terminal: Rasa's cmdline channel answers as the REST channel does
        verzameld = CollectingOutputChannel()
        asyncio.run(verzameld.send_response(GESPREK, uiting.message()))
        gezien = [tekst_van_bericht(b, keuzes, GESPREK) for b in verzameld.messages]
    return "\n\n".join(gezien), keuzes.vertaal(GESPREK, getypt)


def gezette_slots(events):
    return {e["name"]: e["value"] for e in events if e["event"] == "slot"}


def test_genummerde_kanalen_zijn_whatsapp_en_de_terminal():
    """The names the tracker reports for WhatsApp and for `make run` (rasa shell: cmdline)."""
    assert GENUMMERDE_KANALEN == {WhatsAppInput.name(), CmdlineInput.name()}


@pytest.mark.parametrize("getypt", ["1", "2"])
@pytest.mark.parametrize("kanaal", GENUMMERD)
@pytest.mark.parametrize("vraag", OPEN_VRAGEN)
def test_open_vraag_een_getypt_nummer_is_het_antwoord(domain, monkeypatch, vraag, kanaal, getypt):
    """ "2" is 2 months or € 2, not the second button ("Weet ik niet"): the question comes without
    buttons, with a tip in the text instead."""
    slots = gevraagd(vraag)
    bericht = vraag_in_kanaal(vraag, slots, kanaal)
    tabel = vraagteksten()[vraag]
    assert bericht["text"] == tabel.zonder_knoppen(vraag_stellen(vraag, slots)["text"])
    assert bericht["text"].endswith(" " + tabel.tip) and not bericht["buttons"]
    gezien, naar_de_bot = in_kanaal_getypt(kanaal, bericht, getypt, monkeypatch)
    assert gezien == bericht["text"]  # no numbered list, no "Typ het nummer van uw keuze."
    assert naar_de_bot == getypt
    events, berichten = beurt(domain, slots, naar_de_bot)
    gezet = gezette_slots(events)
    assert Decimal(str(gezet[vraag])) == Decimal(getypt)
    assert gezet[AANNAMES] == [] and berichten == []  # no "weet ik niet" assumption
    assert gezet["requested_slot"] != vraag


@pytest.mark.parametrize("kanaal", GENUMMERD)
@pytest.mark.parametrize("vraag", KEUZEVRAGEN)
def test_keuzevraag_een_getypt_nummer_kiest_de_knop(domain, monkeypatch, vraag, kanaal):
    slots = gevraagd(vraag)
    bericht = vraag_in_kanaal(vraag, slots, kanaal)
    assert bericht == vraag_stellen(vraag, slots)  # as in the web chat
    eerste = bericht["buttons"][0]
    gezien, naar_de_bot = in_kanaal_getypt(kanaal, bericht, "1", monkeypatch)
    assert f"\n1. {eerste['title']}\n" in gezien and gezien.endswith(KIES_NUMMER)
    assert naar_de_bot == eerste["payload"]
    assert gezette_slots(beurt(domain, slots, naar_de_bot)[0]) == gezette_slots(
        beurt(domain, slots, eerste["payload"])[0]
    )


@pytest.mark.parametrize("kanaal", [None, RestInput.name(), SocketIOInput.name(), TelegramInput.name()])
@pytest.mark.parametrize("vraag", OPEN_VRAGEN)
def test_open_vraag_in_andere_kanalen_met_knoppen(vraag, kanaal):
    """The web widget, REST and Telegram show real buttons, and there "2" is 2 anyway."""
    slots = gevraagd(vraag)
    bericht = vraag_in_kanaal(vraag, slots, kanaal)
    assert bericht == vraag_stellen(vraag, slots)
    assert bericht["buttons"] and vraagteksten()[vraag].tip not in bericht["text"]


# -------------------------------------------------------------------------------- the result
VOORBEELD_1 = {
    "eb_jaar": 2025,
    "eb_zorgvorm": "instelling",
    "eb_volwassen": True,
    "eb_maanden": 2,
    "eb_partner": "geen",
    "eb_aow": True,
    "eb_kinderen": False,
    "eb_terugkeer": False,
    "eb_inkomen": "30000",
    "eb_vermogen": "100000",
}


def test_uitkomst_kort_met_meer_uitleg_achter_een_knop():
    berichten, events = bereken_actie(VOORBEELD_1)
    tekst = teksten(berichten)
    assert "€ 272,08 per maand" in tekst and "lage eigen bijdrage" in tekst
    assert "Na 4 maanden" in tekst and "hoge eigen bijdrage" in tekst
    assert "indicatie" in tekst and "regels van 2025" in tekst and "www.hetcak.nl" in tekst
    assert len(berichten) <= 2 and len(tekst.split()) <= 86
    assert berichten[-1]["buttons"][0] == {"title": "Meer uitleg", "payload": "/meer_uitleg"}
    meer = next(e for e in events if e["event"] == "slot" and e["name"] == MEER_UITLEG)["value"]
    assert 1 <= len(meer) <= 3 and meer[0].startswith("Zo heb ik gerekend:")
    assert "Bijdrageplichtig inkomen: € 32.650,08." in "\n".join(meer)
    assert all(e["value"] is None for e in events if e["event"] == "slot" and e["name"] != MEER_UITLEG)


def test_chat_en_opdrachtregel_gebruiken_dezelfde_woorden(capsys):
    berichten, events = bereken_actie(VOORBEELD_1)
    meer = next(e for e in events if e["event"] == "slot" and e["name"] == MEER_UITLEG)["value"]
    opdracht = "--jaar 2025 --zorgvorm instelling --maanden 2 --aow ja --inkomen 30000 --vermogen 100000"
    assert cli.main(opdracht.split()) == 0
    assert capsys.readouterr().out == "\n\n".join([b["text"] for b in berichten] + meer) + "\n"


def test_stel_met_vpt_spec_voorbeeld_4():
    partner = {"eb_partner": "wlz-thuis", "eb_partner_aow": True}
    berichten, _ = bereken_actie(VPT | partner | {"eb_inkomen": "50000", "eb_vermogen": "150000"})
    assert "€ 442,03 per maand" in teksten(berichten)


def test_mpt_tot_20_uur_is_voorlopig():
    mpt = {"eb_zorgvorm": "mpt", "eb_aow": False, "eb_mpt_20": True, "eb_inkomen": "28000"}
    berichten, _ = bereken_actie(VPT | mpt)
    assert "€ 30,40 per maand (voorlopig)" in teksten(berichten)


def test_minderjarig_zonder_meer_uitleg():
    berichten, events = bereken_actie({"eb_jaar": 2026, "eb_zorgvorm": "vpt", "eb_volwassen": False})
    assert "jonger dan 18" in teksten(berichten)
    assert [k["payload"] for k in berichten[-1]["buttons"]] == ["/eigen_bijdrage_berekenen"]
    assert {"event": "slot", "name": MEER_UITLEG, "value": None, "timestamp": None} in events


def test_aannames_worden_in_het_antwoord_genoemd():
    berichten, events = bereken_actie(VPT | {AANNAMES: ["inkomen_onbekend"]})
    assert "Hiervan ben ik uitgegaan: geen inkomen" in teksten(berichten)
    meer = next(e for e in events if e["event"] == "slot" and e["name"] == MEER_UITLEG)["value"]
    assert "Ik reken nu zonder inkomen." in meer[-1]


def test_onmogelijke_invoer_geeft_een_nette_melding():
    berichten, _ = bereken_actie(VPT | {"eb_inkomen": "-5"})
    assert teksten(berichten).startswith("Ik kan dit niet berekenen:")


@pytest.mark.parametrize("intent, antwoord", [("bevestigen", True), ("ontkennen", False)])
def test_elk_ja_en_nee_uit_de_trainingsdata_telt_in_het_formulier(intent, antwoord):
    """What the NLU knows as yes or no, the form reads as yes or no too (the form reads the text)."""
    blokken = [
        b for b in laad_yaml(REPO / "data" / "nlu" / "gesprek.yml")["nlu"] if b.get("intent") == intent
    ]
    voorbeelden = [r[2:] for b in blokken for r in b["examples"].splitlines() if r.startswith("- ")]
    assert voorbeelden
    assert [v for v in voorbeelden if lees_ja_nee(v) is not antwoord] == []
