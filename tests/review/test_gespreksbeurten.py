"""When the bot asks "Had u hier iets aan?" (components/gespreksbeurten.py), and what kind of turn
each message was."""

from __future__ import annotations

import pytest

from components.gespreksbeurten import Soort, beurten, vraag_om_feedback
from gesprek_bouwer import Bouwer, om


def nieuw() -> Bouwer:
    return Bouwer(om("2026-11-03", "10:00")).sessie()


def soorten(b: Bouwer) -> list[Soort]:
    return [beurt.soort for beurt in beurten(b.gebeurtenissen)]


def vraagt(b: Bouwer) -> bool:
    return vraag_om_feedback(beurten(b.gebeurtenissen))


def test_na_een_antwoord_op_een_onderwerp() -> None:
    b = nieuw().zeg("wat is de wlz", "wlz_wat_is").doe("utter_wlz_wat_is")
    assert soorten(b) == [Soort.ANTWOORD]
    assert vraagt(b)


def test_na_een_antwoord_met_contact() -> None:
    b = nieuw().zeg("ik wil klagen over de thuiszorg in Leiden", "klacht_zorgaanbieder")
    b.doe("utter_klacht_zorgaanbieder", "action_verwijs_contact").slot("contact_onderwerp", None)
    assert vraagt(b)


def test_niet_als_de_vraag_in_deze_beurt_al_gesteld_is() -> None:
    b = nieuw().zeg("wat is de wlz", "wlz_wat_is").doe("utter_wlz_wat_is", "action_feedback_vraag")
    assert not vraagt(b)


@pytest.mark.parametrize(
    "intent, actie",
    [
        ("groet", "utter_groet"),
        ("bedankt", "utter_bedankt"),
        ("help", "utter_help"),
        ("ben_je_een_bot", "utter_ben_je_een_bot"),
        ("buiten_scope", "utter_buiten_scope"),
        ("bevestigen", "utter_nog_iets"),
        ("afscheid", "utter_afscheid"),
    ],
)
def test_niet_na_groeten_en_praatjes(intent: str, actie: str) -> None:
    b = nieuw().zeg("…", intent).doe(actie)
    assert soorten(b) == [Soort.GESPREK]
    assert not vraagt(b)


def test_niet_na_de_terugval() -> None:
    b = nieuw().zeg("qwerty", "nlu_fallback", 0.45).doe("action_default_fallback").antwoord("Sorry")
    b.teruggedraaid()
    assert soorten(b) == [Soort.TERUGVAL]
    assert not vraagt(b)


def test_terugval_van_het_beleid_zelf_telt_ook() -> None:
    b = nieuw().zeg("rare volgorde", "wlz_wat_is", 0.9).doe("action_default_fallback")
    assert soorten(b) == [Soort.TERUGVAL]


def test_niet_na_een_vraag_van_de_rekenhulp() -> None:
    b = nieuw().zeg("wat kost een verpleeghuis", "eigen_bijdrage_berekenen")
    b.doe("action_start_eigen_bijdrage", "eigen_bijdrage_form").formulier("eigen_bijdrage_form")
    b.slot("requested_slot", "eb_jaar")
    assert soorten(b) == [Soort.FORMULIER]
    assert not vraagt(b)
    b.zeg("2026", "geef_antwoord").doe("eigen_bijdrage_form").slot("requested_slot", "eb_zorgvorm")
    assert soorten(b)[-1] is Soort.FORMULIER
    assert not vraagt(b)


def test_wel_na_de_uitkomst_van_de_rekenhulp() -> None:
    b = nieuw().zeg("eigen bijdrage berekenen", "eigen_bijdrage_berekenen")
    b.doe("action_start_eigen_bijdrage", "eigen_bijdrage_form").formulier("eigen_bijdrage_form")
    b.zeg("ja", "bevestigen").doe("eigen_bijdrage_form").formulier(None).slot("requested_slot", None)
    b.doe("action_bereken_eigen_bijdrage")
    assert soorten(b) == [Soort.FORMULIER, Soort.ANTWOORD]
    assert beurten(b.gebeurtenissen)[-1].antwoordactie == "action_bereken_eigen_bijdrage"
    assert vraagt(b)


def test_niet_na_stoppen_tijdens_de_rekenhulp() -> None:
    b = nieuw().zeg("eigen bijdrage berekenen", "eigen_bijdrage_berekenen")
    b.doe("action_start_eigen_bijdrage", "eigen_bijdrage_form").formulier("eigen_bijdrage_form")
    b.zeg("stop", "stoppen").doe("action_deactivate_loop").formulier(None).doe("utter_eigen_bijdrage_gestopt")
    assert soorten(b)[-1] is Soort.GESPREK
    assert not vraagt(b)


def test_niet_als_de_bot_eerst_de_woonplaats_vraagt_wel_daarna() -> None:
    b = nieuw().zeg("wie helpt mij gratis", "clientondersteuning")
    b.doe("utter_clientondersteuning", "action_verwijs_contact").slot(
        "contact_onderwerp", "clientondersteuning"
    )
    assert soorten(b) == [Soort.VRAAG]
    assert not vraagt(b)
    b.zeg("Zwolle", "geef_woonplaats").doe("action_verwijs_contact").slot("contact_onderwerp", None)
    assert soorten(b)[-1] is Soort.ANTWOORD
    assert vraagt(b)


def test_niet_na_een_vraag_om_een_medewerker() -> None:
    b = nieuw().zeg("ik wil iemand spreken", "medewerker").doe("utter_medewerker", "action_verwijs_contact")
    assert soorten(b) == [Soort.MEDEWERKER]
    assert not vraagt(b)


def test_niet_twee_keer_achter_elkaar() -> None:
    b = nieuw().zeg("wat is de wlz", "wlz_wat_is").doe("utter_wlz_wat_is", "action_feedback_vraag")
    b.zeg("en wie betaalt dat", "wlz_wie_betaalt").doe("utter_wlz_wie_betaalt")
    assert not vraagt(b), "de vraag kwam al na het vorige antwoord"
    b.zeg("wat is een pgb", "zin_of_pgb").doe("utter_zin_of_pgb")
    assert vraagt(b), "na een antwoord zonder vraag mag het weer"


def test_ook_niet_direct_na_een_beantwoorde_vraag() -> None:
    b = nieuw().zeg("wat is de wlz", "wlz_wat_is").doe("utter_wlz_wat_is", "action_feedback_vraag")
    b.zeg("/feedback_nee", "feedback_nee").doe("utter_feedback_nee")
    assert not vraagt(b)
    b.zeg("hoe vraag ik de wlz aan", "wlz_aanvragen").doe("utter_wlz_aanvragen", "action_verwijs_contact")
    assert not vraagt(b)


def test_een_nieuwe_sessie_begint_opnieuw() -> None:
    # The policy passes only the running session's events (components/feedback_beleid.py), so the
    # question asked in yesterday's session does not count for the first answer of a new one.
    nieuwe_sessie = Bouwer(om("2026-11-04", "10:00")).sessie().zeg("wat is een vpt", "vpt").doe("utter_vpt")
    assert vraagt(nieuwe_sessie)


@pytest.mark.parametrize(
    "intent, na_vraag, verwacht",
    [
        ("feedback_ja", True, "ja"),
        ("feedback_nee", True, "nee"),
        ("bevestigen", True, "ja"),
        ("ontkennen", True, "nee"),
        ("feedback_ja", False, "ja"),
        ("bevestigen", False, None),
        ("ontkennen", False, None),
    ],
)
def test_feedback_herkennen(intent: str, na_vraag: bool, verwacht: str) -> None:
    b = nieuw().zeg("wat is de wlz", "wlz_wat_is").doe("utter_wlz_wat_is")
    if na_vraag:
        b.doe("action_feedback_vraag")
    b.zeg("…", intent).doe("utter_feedback_ja")
    laatste = beurten(b.gebeurtenissen)[-1]
    assert laatste.feedback == verwacht
    assert (laatste.soort is Soort.FEEDBACK) == (verwacht is not None)


def test_waarschijnlijkste_onderwerp_slaat_de_terugval_over() -> None:
    b = nieuw().zeg(
        "qwerty pgb",
        "nlu_fallback",
        0.45,
        ranking=[("nlu_fallback", 0.45), ("pgb_aanvragen", 0.3), ("zin_of_pgb", 0.2)],
    )
    assert beurten(b.gebeurtenissen)[0].waarschijnlijkste_onderwerp == "pgb_aanvragen"
