"""The result in words (resultaat.py): short first, the explanation apart, the same for chat and CLI."""

import pytest

from actions.eigen_bijdrage import Bijdragesoort, bereken
from actions.eigen_bijdrage.resultaat import MAX_UITLEG, als_tekst, resultaat
from actions.eigen_bijdrage.vragen import Aanname

# One situation for every way the result can be worded.
SITUATIES = {
    "laag, eerste maanden": {
        "jaar": 2025,
        "zorgvorm": "instelling",
        "maanden": 2,
        "inkomen": 30000,
        "vermogen": 100000,
    },
    "hoog, bereik": {
        "jaar": 2025,
        "zorgvorm": "instelling",
        "maanden": 8,
        "inkomen": 24000,
        "belasting": 2400,
    },
    "hoog, maximum": {
        "jaar": 2025,
        "zorgvorm": "instelling",
        "maanden": 8,
        "inkomen": 120000,
        "vermogen": 1000000,
    },
    "stel in een instelling": {
        "jaar": 2026,
        "zorgvorm": "instelling",
        "maanden": 9,
        "partner": "instelling",
        "partner_aow": False,
        "inkomen": 50000,
        "vermogen": 200000,
    },
    "mpt voorlopig": {
        "jaar": 2026,
        "zorgvorm": "mpt",
        "mpt_max_20_uur": True,
        "aow": False,
        "inkomen": 28000,
    },
    "vpt stel": {
        "jaar": 2026,
        "zorgvorm": "vpt",
        "partner": "wlz-thuis",
        "inkomen": 50000,
        "vermogen": 150000,
    },
    "terugkeer": {
        "jaar": 2026,
        "zorgvorm": "beschermd-wonen",
        "maanden": 2,
        "terugkeer": True,
        "kinderen": True,
        "inkomen": 0,
    },
    "jonger dan 18": {"jaar": 2026, "zorgvorm": "pgb", "leeftijd": 16},
}
# The most that can be assumed in one conversation (instelling, partner in an instelling).
VEEL_AANNAMES = [
    Aanname.MAANDEN,
    Aanname.AOW,
    Aanname.PARTNER_AOW,
    Aanname.KINDEREN,
    Aanname.TERUGKEER,
    Aanname.INKOMEN_ONBEKEND,
    Aanname.VERMOGEN_ONBEKEND,
]


def woorden(tekst):
    return len(tekst.split())


@pytest.fixture(params=list(SITUATIES), ids=list(SITUATIES))
def uitkomst(request, situatie):
    return bereken(situatie(**SITUATIES[request.param]))


@pytest.mark.parametrize(
    "aannames", [[], [Aanname.INKOMEN_ONBEKEND], VEEL_AANNAMES], ids=["geen", "een", "veel"]
)
def test_kort_en_compleet(uitkomst, aannames):
    delen = resultaat(uitkomst, aannames)
    kern = delen.berichten[0]
    # One message with amount, laag/hoog and why, the year's rules and the rekenhulp: about 60 words.
    assert woorden(kern) <= 60, kern
    assert uitkomst.soort.naam in kern and uitkomst.reden in kern
    assert "indicatie" in kern and f"regels van {uitkomst.jaar}" in kern and "www.hetcak.nl" in kern
    if uitkomst.soort != Bijdragesoort.GEEN:
        assert uitkomst.bedrag_tekst in kern
    # The whole turn, with the feedback question "Had u hier iets aan?" after it: 3 messages, ~90 words.
    assert len(delen.berichten) <= 2
    assert sum(woorden(b) for b in delen.berichten) + woorden("Had u hier iets aan?") <= 90


def test_de_uitleg_stap_voor_stap_staat_apart(uitkomst):
    delen = resultaat(uitkomst, [Aanname.AOW])
    if uitkomst.soort == Bijdragesoort.GEEN:
        assert delen.meer_uitleg == ()  # nothing more to explain than the reason itself
        return
    assert 1 <= len(delen.meer_uitleg) <= MAX_UITLEG
    uitleg = "\n".join(delen.meer_uitleg)
    assert uitleg.startswith("Zo heb ik gerekend:")
    assert all(stap in uitleg for stap in uitkomst.stappen)
    assert Aanname.AOW.tekst(uitkomst.jaar) in delen.meer_uitleg[-1]
    assert not any(stap in "\n".join(delen.berichten) for stap in uitkomst.stappen[1:])


def test_na_vier_maanden_in_het_korte_antwoord(situatie):
    uitkomst = bereken(situatie(jaar=2025, zorgvorm="instelling", maanden=2, inkomen=30000, vermogen=100000))
    assert resultaat(uitkomst).berichten[1] == (
        f"Na 4 maanden wordt het de hoge eigen bijdrage: {uitkomst.na_vier_maanden.bedrag_tekst}."
    )
    thuis = bereken(situatie(jaar=2026, zorgvorm="instelling", maanden=1, partner="thuis", inkomen=0))
    assert resultaat(thuis).berichten[1] == "Na 4 maanden blijft het de lage eigen bijdrage."


def test_aannames_genoemd_of_geteld(situatie):
    uitkomst = bereken(situatie(jaar=2026, zorgvorm="vpt"))
    twee = resultaat(uitkomst, [Aanname.INKOMEN_ONBEKEND, Aanname.VERMOGEN_ONBEKEND]).berichten[1]
    assert twee.startswith("Hiervan ben ik uitgegaan: geen inkomen") and "spaargeld" in twee
    assert "Meer uitleg" in resultaat(uitkomst, VEEL_AANNAMES).berichten[1]
    assert len(resultaat(uitkomst).berichten) == 1


def test_een_bereik_in_het_korte_antwoord(situatie):
    uitkomst = bereken(situatie(jaar=2025, zorgvorm="instelling", maanden=8, inkomen=24000, belasting=2400))
    assert (
        resultaat(uitkomst)
        .berichten[0]
        .startswith("Uw eigen bijdrage in 2025 is naar schatting tussen € 948,20 en € 1.310,23 per maand.")
    )


def test_cli_tekst_is_de_chattekst(uitkomst):
    delen = resultaat(uitkomst)
    assert als_tekst(uitkomst) == "\n\n".join(delen.berichten + delen.meer_uitleg)
