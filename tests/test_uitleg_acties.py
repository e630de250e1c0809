""" "Meer uitleg" (actions/uitleg_acties.py): which details belong to the previous answer, the action that
shows them, the feedback question that offers them, and no feedback question after them
(components/gespreksbeurten.py)."""

from __future__ import annotations

from typing import Any

from rasa_sdk.executor import CollectingDispatcher

from actions.uitleg_acties import (
    FEEDBACK_VRAAG,
    KNOP_MEER,
    NIETS_MEER,
    SLOT,
    ActionFeedbackVraag,
    ActionMeerUitleg,
    antwoordnamen,
    berichten_voor,
    details,
    huidige_beurt,
    uit_te_leggen_beurt,
)
from components.gespreksbeurten import Soort, beurten, vraag_om_feedback
from hulp import maak_tracker

ANTWOORDEN = {
    "utter_herindicatie",
    "utter_herindicatie_meer",
    "utter_vpt",
    "utter_wlz_wie_regelt",
    "utter_contact_meer_info",
    FEEDBACK_VRAAG,
    NIETS_MEER,
}


class Gesprek:
    """Events in Rasa's JSON form, as the action server receives them in tracker.events."""

    def __init__(self) -> None:
        self.events: list[dict[str, Any]] = [
            {"event": "action", "name": "action_session_start"},
            {"event": "session_started"},
            {"event": "action", "name": "action_listen"},
        ]

    def zeg(self, intent: str) -> Gesprek:
        if self.events[-1].get("name") != "action_listen":
            self.events.append({"event": "action", "name": "action_listen"})
        self.events.append(
            {
                "event": "user",
                "text": f"/{intent}",
                "parse_data": {"intent": {"name": intent, "confidence": 1.0}, "entities": []},
            }
        )
        return self

    def antwoord(self, naam: str | None = None, tekst: str = "…") -> Gesprek:
        if naam:
            self.events.append({"event": "action", "name": naam})
        self.events.append(
            {"event": "bot", "text": tekst, "data": {}, "metadata": {"utter_action": naam} if naam else {}}
        )
        return self

    def actie(self, naam: str) -> Gesprek:
        self.events.append({"event": "action", "name": naam})
        return self

    def slot(self, naam: str, waarde: Any) -> Gesprek:
        self.events.append({"event": "slot", "name": naam, "value": waarde})
        return self

    def tracker(self):
        tracker = maak_tracker(intent=self.laatste_intent())
        tracker.events = list(self.events)
        return tracker

    def laatste_intent(self) -> str:
        return next(e["parse_data"]["intent"]["name"] for e in reversed(self.events) if e["event"] == "user")


def herindicatie_met_contact() -> Gesprek:
    g = Gesprek().zeg("herindicatie").antwoord("utter_herindicatie")
    g.actie("action_verwijs_contact").antwoord(tekst="Bel het CIZ.").slot("contact_onderwerp", None)
    g.slot(SLOT, ["utter_contact_meer_info", "Het CIZ is bereikbaar op werkdagen."])
    return g.actie("action_feedback_vraag").antwoord(FEEDBACK_VRAAG, "Had u hier iets aan?")


# ---------------------------------------------------------------- which turn, which details


def test_de_details_van_het_vorige_antwoord_eerst_meer_dan_het_slot():
    g = herindicatie_met_contact().zeg("meer_uitleg")
    assert details(uit_te_leggen_beurt(g.events), ANTWOORDEN) == [
        "utter_herindicatie_meer",
        "utter_contact_meer_info",
        "Het CIZ is bereikbaar op werkdagen.",
    ]


def test_een_antwoord_zonder_meer_deel_en_zonder_slot_heeft_geen_details():
    g = Gesprek().zeg("wlz_wie_regelt").antwoord("utter_wlz_wie_regelt").zeg("meer_uitleg")
    assert details(uit_te_leggen_beurt(g.events), ANTWOORDEN) == []


def test_een_slot_van_een_eerdere_beurt_telt_niet():
    g = Gesprek().zeg("herindicatie").antwoord("utter_herindicatie").slot(SLOT, ["Oud detail."])
    g.zeg("wlz_wie_regelt").antwoord("utter_wlz_wie_regelt").zeg("meer_uitleg")
    assert details(uit_te_leggen_beurt(g.events), ANTWOORDEN) == []


def test_een_leeg_of_gewist_slot_geeft_niets():
    g = Gesprek().zeg("wlz_wie_regelt").antwoord("utter_wlz_wie_regelt").slot(SLOT, ["x"]).slot(SLOT, None)
    assert details(huidige_beurt(g.events), ANTWOORDEN) == []


def test_onbekende_antwoorden_in_het_slot_vallen_weg_en_dubbele_een_keer():
    g = Gesprek().zeg("vpt").antwoord("utter_vpt").slot(SLOT, ["utter_bestaat_niet", "Tekst.", "Tekst."])
    assert details(huidige_beurt(g.events), ANTWOORDEN) == ["Tekst."]


def test_een_los_tekstje_in_het_slot_mag_ook():
    g = Gesprek().zeg("vpt").antwoord("utter_vpt").slot(SLOT, "Eén tekst.")
    assert details(huidige_beurt(g.events), ANTWOORDEN) == ["Eén tekst."]


def test_na_een_antwoord_op_de_feedbackvraag_geldt_het_antwoord_ervoor():
    g = herindicatie_met_contact().zeg("feedback_ja").antwoord("utter_feedback_ja").zeg("meer_uitleg")
    assert details(uit_te_leggen_beurt(g.events), ANTWOORDEN)[0] == "utter_herindicatie_meer"


def test_tweemaal_meer_uitleg_heeft_de_tweede_keer_niets_meer():
    g = Gesprek().zeg("herindicatie").antwoord("utter_herindicatie").zeg("meer_uitleg")
    g.actie("action_meer_uitleg").antwoord("utter_herindicatie_meer").slot(SLOT, None).zeg("meer_uitleg")
    assert details(uit_te_leggen_beurt(g.events), ANTWOORDEN) == []


def test_een_nieuwe_sessie_hoort_niet_bij_de_beurt_ervoor():
    # Rasa carries slots over into a new session with SlotSet events right after session_started.
    g = Gesprek().zeg("wlz_wie_regelt").antwoord("utter_wlz_wie_regelt")
    g.actie("action_session_start").events.append({"event": "session_started"})
    g.slot(SLOT, ["Overgenomen."]).actie("action_listen").zeg("meer_uitleg")
    assert details(uit_te_leggen_beurt(g.events), ANTWOORDEN) == []


def test_zonder_domein_komen_de_antwoordnamen_uit_de_bestanden():
    namen = antwoordnamen({})
    assert "utter_herindicatie_meer" in namen and NIETS_MEER in namen
    assert antwoordnamen({"responses": {"utter_x": []}}) == {"utter_x"}


# ---------------------------------------------------------------- the actions


def voer_uit(actie, gesprek: Gesprek, domein: dict[str, Any] | None = None):
    dispatcher = CollectingDispatcher()
    events = actie.run(
        dispatcher,
        gesprek.tracker(),
        domein if domein is not None else {"responses": {n: [{"text": n}] for n in ANTWOORDEN}},
    )
    return dispatcher.messages, events


def test_meer_uitleg_toont_de_details_en_wist_het_slot():
    berichten, events = voer_uit(ActionMeerUitleg(), herindicatie_met_contact().zeg("meer_uitleg"))
    assert [b.get("response") or b.get("text") for b in berichten] == [
        "utter_herindicatie_meer",
        "utter_contact_meer_info",
        "Het CIZ is bereikbaar op werkdagen.",
    ]
    assert events == [{"event": "slot", "timestamp": None, "name": SLOT, "value": None}]


def test_meer_uitleg_toont_hoogstens_drie_berichten():
    g = Gesprek().zeg("herindicatie").antwoord("utter_herindicatie").slot(SLOT, ["Een.", "Twee.", "Drie."])
    berichten, _ = voer_uit(ActionMeerUitleg(), g.zeg("meer_uitleg"))
    assert len(berichten) == 3 and berichten[0]["response"] == "utter_herindicatie_meer"


def test_een_laatste_tekst_zonder_knoppen_krijgt_de_knoppen_van_het_meer_deel():
    knop = {"title": "Mijn zorgplan", "payload": "/zorgplan"}
    antwoorden = {"utter_herindicatie_meer": [{"text": "…", "buttons": [knop]}]}
    berichten = berichten_voor(["utter_herindicatie_meer", "Bel het CIZ."], antwoorden)
    assert berichten == [{"response": "utter_herindicatie_meer"}, {"text": "Bel het CIZ.", "buttons": [knop]}]
    # A text with its own buttons, or only texts: unchanged.
    eigen = {"text": "Kies.", "buttons": [{"title": "A", "payload": "/a"}]}
    assert berichten_voor(["utter_herindicatie_meer", eigen], antwoorden)[-1] == eigen
    assert berichten_voor(["Een.", "Twee."], antwoorden) == [{"text": "Een."}, {"text": "Twee."}]


def test_zonder_details_een_vriendelijk_antwoord_met_onderwerpen():
    g = Gesprek().zeg("wlz_wie_regelt").antwoord("utter_wlz_wie_regelt").zeg("meer_uitleg")
    berichten, _ = voer_uit(ActionMeerUitleg(), g)
    assert [b["response"] for b in berichten] == [NIETS_MEER]


def test_meer_uitleg_als_eerste_bericht_loopt_niet_vast():
    berichten, _ = voer_uit(ActionMeerUitleg(), Gesprek().zeg("meer_uitleg"))
    assert [b["response"] for b in berichten] == [NIETS_MEER]


def test_het_niets_antwoord_biedt_onderwerpen_en_een_medewerker(domain):
    knoppen = [k["payload"] for k in domain["responses"][NIETS_MEER][0]["buttons"]]
    assert "/medewerker" in knoppen and "/wlz_wat_is" in knoppen


def test_feedbackvraag_biedt_meer_uitleg_als_het_antwoord_details_heeft():
    g = Gesprek().zeg("herindicatie").antwoord("utter_herindicatie")
    berichten, events = voer_uit(ActionFeedbackVraag(), g)
    assert berichten[0]["response"] == FEEDBACK_VRAAG and berichten[0]["buttons"] == [KNOP_MEER]
    assert events == []


def test_feedbackvraag_met_details_uit_het_slot():
    g = Gesprek().zeg("wlz_wie_regelt").antwoord("utter_wlz_wie_regelt").slot(SLOT, ["Details."])
    berichten, _ = voer_uit(ActionFeedbackVraag(), g)
    assert berichten[0]["buttons"] == [KNOP_MEER]


def test_feedbackvraag_zonder_details_alleen_ja_en_nee(domain):
    g = Gesprek().zeg("wlz_wie_regelt").antwoord("utter_wlz_wie_regelt")
    berichten, _ = voer_uit(ActionFeedbackVraag(), g)
    assert berichten[0]["buttons"] == []
    knoppen = [k["payload"] for k in domain["responses"][FEEDBACK_VRAAG][0]["buttons"]]
    assert knoppen == ["/feedback_ja", "/feedback_nee"]


def test_de_acties_met_het_echte_domein(domain):
    g = Gesprek().zeg("herindicatie").antwoord("utter_herindicatie")
    berichten, _ = voer_uit(ActionFeedbackVraag(), g, domain)
    assert berichten[0]["buttons"] == [KNOP_MEER]
    berichten, _ = voer_uit(ActionMeerUitleg(), g.zeg("meer_uitleg"), domain)
    assert [b["response"] for b in berichten] == ["utter_herindicatie_meer"]


# ---------------------------------------------------------------- no feedback question after it


def test_meer_uitleg_is_een_eigen_soort_beurt_zonder_feedbackvraag():
    g = (
        herindicatie_met_contact()
        .zeg("meer_uitleg")
        .actie("action_meer_uitleg")
        .antwoord("utter_herindicatie_meer")
    )
    alle = beurten(g.events)
    assert [b.soort for b in alle] == [Soort.ANTWOORD, Soort.UITLEG]
    assert not vraag_om_feedback(alle)


def test_ook_niet_als_het_vorige_antwoord_de_vraag_niet_kreeg():
    g = Gesprek().zeg("vpt").antwoord("utter_vpt").zeg("meer_uitleg").actie("action_meer_uitleg")
    assert not vraag_om_feedback(beurten(g.events))


def test_het_volgende_antwoord_telt_meer_uitleg_niet_als_antwoord():
    # herindicatie got the question; Meer uitleg in between; the next answer is "twice in a row".
    g = herindicatie_met_contact().zeg("meer_uitleg").actie("action_meer_uitleg")
    g.zeg("vpt").antwoord("utter_vpt")
    assert not vraag_om_feedback(beurten(g.events))
