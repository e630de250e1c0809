"""`make review` on a tracker store with known conversations: every figure, the CSV files, the
HTML page, no sender ids anywhere, and the references that `make exporteer` accepts.

The store is written by Rasa's own SQLTrackerStore (as the bot does) from crafted events.
"""

from __future__ import annotations

import asyncio
import csv
import datetime as dt
import re
from pathlib import Path

import pytest

from gesprek_bouwer import AMSTERDAM, Bouwer, om
from review.__main__ import main
from review.cijfers import Overzicht, overzicht
from review.gesprekken import gesprekken
from review.opslag import alleen_lezen, lees_rijen

GEHEIME_AFZENDERS = ("web-aaaa-geheim", "telegram-123456", "web-buiten-periode", "web-leeg")


def afzender_a() -> Bouwer:
    """Two sessions: an answer with Ja, then the calculator left; later a fallback and a person."""
    b = Bouwer(om("2026-11-03", "10:00")).sessie()
    b.zeg("wat is de wlz", "wlz_wat_is", 0.95).doe("utter_wlz_wat_is", "action_feedback_vraag")
    b.zeg("/feedback_ja", "feedback_ja").doe("utter_feedback_ja")
    b.zeg(
        "wat kost een verpleeghuis",
        "eigen_bijdrage_berekenen",
        0.55,
        ranking=[("eigen_bijdrage_berekenen", 0.55), ("eigen_bijdrage_uitleg", 0.3)],
    )
    b.doe("action_start_eigen_bijdrage", "eigen_bijdrage_form").formulier("eigen_bijdrage_form")
    b.slot("requested_slot", "eb_jaar")
    b.zeg("2026", "geef_antwoord", 0.9).doe("eigen_bijdrage_form").slot("eb_jaar", 2026)
    b.slot("requested_slot", "eb_zorgvorm")
    b.om(om("2026-11-05", "14:00")).sessie()
    b.zeg(
        "qwerty pgb",
        "nlu_fallback",
        0.45,
        ranking=[("nlu_fallback", 0.45), ("pgb_aanvragen", 0.30), ("zin_of_pgb", 0.2)],
    )
    b.doe("action_default_fallback").antwoord("Sorry, dat begrijp ik niet zeker.").teruggedraaid()
    b.zeg("ik wil een mens spreken", "medewerker", 0.97).doe("utter_medewerker", "action_verwijs_contact")
    return b


def afzender_b() -> Bouwer:
    """A greeting, an unsure answer with Nee, the same question again, a finished calculation."""
    b = Bouwer(om("2026-11-04", "09:00")).sessie()
    b.zeg("hallo", "groet").doe("utter_groet")
    b.zeg("pgb aanvragen hoe", "pgb_aanvragen", 0.5)
    b.doe(
        "utter_pgb_aanvragen",
        "utter_pgb_aanvragen_vervolg",
        "action_verwijs_contact",
        "action_feedback_vraag",
    )
    b.zeg("nee", "ontkennen", 0.99).doe("utter_feedback_nee")
    b.zeg("pgb aanvragen, hoe?", "pgb_aanvragen", 0.58).doe(
        "utter_pgb_aanvragen", "utter_pgb_aanvragen_vervolg"
    )
    b.zeg("eigen bijdrage berekenen", "eigen_bijdrage_berekenen", 0.99)
    b.doe("action_start_eigen_bijdrage", "eigen_bijdrage_form").formulier("eigen_bijdrage_form")
    b.zeg("ja", "bevestigen").doe("eigen_bijdrage_form").formulier(None).slot("requested_slot", None)
    b.doe("action_bereken_eigen_bijdrage", "action_feedback_vraag")
    return b


def sla_op(database: Path, afzenders: dict[str, Bouwer]) -> None:
    from rasa.core.tracker_store import SQLTrackerStore
    from rasa.shared.core.domain import Domain
    from rasa.shared.core.events import Event
    from rasa.shared.core.trackers import DialogueStateTracker

    store = SQLTrackerStore(Domain.empty(), dialect="sqlite", db=str(database))
    for afzender, bouwer in afzenders.items():
        events = [Event.from_parameters(g) for g in bouwer.gebeurtenissen]
        asyncio.run(store.save(DialogueStateTracker.from_events(afzender, events)))


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    map_ = tmp_path_factory.mktemp("store")
    database = map_ / "gesprekken.db"
    sla_op(
        database,
        {
            "web-aaaa-geheim": afzender_a(),
            "telegram-123456": afzender_b(),
            "web-buiten-periode": Bouwer(om("2026-10-20", "12:00"))
            .sessie()
            .zeg("wat is de wlz", "wlz_wat_is"),
            "web-leeg": Bouwer(om("2026-11-06", "08:00")).sessie(),
        },
    )
    endpoints = map_ / "endpoints.yml"
    endpoints.write_text(f"tracker_store:\n  type: SQL\n  dialect: sqlite\n  db: {database}\n")
    return endpoints


@pytest.fixture(scope="module")
def cijfers(store: Path) -> Overzicht:
    database = store.parent / "gesprekken.db"
    begin = dt.datetime(2026, 11, 1, tzinfo=AMSTERDAM).timestamp()
    einde = dt.datetime(2026, 12, 1, tzinfo=AMSTERDAM).timestamp()
    with alleen_lezen(f"sqlite:///{database}") as verbinding:
        alle = gesprekken(lees_rijen(verbinding, begin, einde))
    return overzicht(alle, dt.date(2026, 11, 1), dt.date(2026, 11, 30), AMSTERDAM, 0.6)


@pytest.fixture(scope="module")
def rapport(store: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    uit = tmp_path_factory.mktemp("rapport")
    assert (
        main(
            [
                "rapport",
                "--endpoints",
                str(store),
                "--van",
                "2026-11-01",
                "--tot",
                "2026-11-30",
                "--uit",
                str(uit),
            ]
        )
        == 0
    )
    return uit


def lees_csv(pad: Path) -> list[list[str]]:
    with pad.open(encoding="utf-8-sig", newline="") as bestand:
        return list(csv.reader(bestand, delimiter=";"))


def test_gesprekken_en_berichten(cijfers: Overzicht) -> None:
    # A's two sessions and B; not the conversation of October, not the session without a message.
    assert cijfers.aantal_gesprekken == 3
    assert [g.berichten for g in cijfers.gesprekken] == [4, 6, 2]
    assert cijfers.berichten == 12
    assert [f"{g.begin:%d-%m %H:%M}" for g in cijfers.gesprekken] == [
        "03-11 10:00",
        "04-11 09:00",
        "05-11 14:00",
    ]


def test_hoe_de_gesprekken_liepen(cijfers: Overzicht) -> None:
    a1, b, a2 = cijfers.gesprekken
    assert (a1.antwoord, a1.terugval, a1.medewerker, a1.rekenhulp_niet_af) == (True, False, False, True)
    assert (b.antwoord, b.terugval, b.medewerker, b.rekenhulp_niet_af) == (True, False, False, False)
    assert (a2.antwoord, a2.terugval, a2.medewerker, a2.rekenhulp_niet_af) == (False, True, True, False)
    assert [cijfers.aantal(k) for k in ("antwoord", "terugval", "medewerker", "rekenhulp_niet_af")] == [
        2,
        1,
        1,
        1,
    ]
    assert cijfers.aandeel("antwoord") == pytest.approx(2 / 3)
    assert (a1.feedback_ja, a1.feedback_nee, b.feedback_ja, b.feedback_nee) == (1, 0, 0, 1)


def test_twijfel_en_terugval(cijfers: Overzicht) -> None:
    assert [(t.tekst, t.herkend, t.onderwerp, t.terugval) for t in cijfers.twijfel] == [
        ("wat kost een verpleeghuis", "eigen_bijdrage_berekenen", "eigen_bijdrage_berekenen", False),
        ("pgb aanvragen hoe", "pgb_aanvragen", "pgb_aanvragen", False),
        ("pgb aanvragen, hoe?", "pgb_aanvragen", "pgb_aanvragen", False),
        ("qwerty pgb", "nlu_fallback", "pgb_aanvragen", True),
    ]
    assert [t.zekerheid for t in cijfers.twijfel] == [0.55, 0.5, 0.58, 0.30]
    assert [(g.onderwerp, g.aantal) for g in cijfers.per_onderwerp] == [
        ("pgb_aanvragen", 3),
        ("eigen_bijdrage_berekenen", 1),
    ]
    assert [(g.voorbeeld, g.aantal, g.onderwerpen) for g in cijfers.per_formulering] == [
        ("pgb aanvragen hoe", 2, ("pgb_aanvragen",)),
        ("wat kost een verpleeghuis", 1, ("eigen_bijdrage_berekenen",)),
        ("qwerty pgb", 1, ("pgb_aanvragen",)),
    ]
    assert cijfers.per_formulering[0].formuleringen == ("pgb aanvragen hoe", "pgb aanvragen, hoe?")


def test_een_lagere_drempel_toont_alleen_de_terugval(store: Path) -> None:
    database = store.parent / "gesprekken.db"
    with alleen_lezen(f"sqlite:///{database}") as verbinding:
        alle = gesprekken(lees_rijen(verbinding, 0, 2e9))
    laag = overzicht(alle, dt.date(2026, 11, 1), dt.date(2026, 11, 30), AMSTERDAM, 0.2)
    assert [t.tekst for t in laag.twijfel] == ["qwerty pgb"]


def test_feedback_per_antwoord(cijfers: Overzicht) -> None:
    assert [(r.antwoord, r.onderwerp, r.ja, r.nee) for r in cijfers.feedback] == [
        ("utter_pgb_aanvragen", "pgb_aanvragen", 0, 1),
        ("utter_wlz_wat_is", "wlz_wat_is", 1, 0),
    ]


def test_drukste_uren(cijfers: Overzicht) -> None:
    verwacht = [0] * 24
    verwacht[9], verwacht[10], verwacht[14] = 6, 4, 2
    assert cijfers.per_uur == verwacht


def test_csv_bestanden(rapport: Path) -> None:
    samenvatting = {rij[0]: rij[1:] for rij in lees_csv(rapport / "samenvatting.csv")[1:]}
    assert samenvatting["gesprekken"][0] == "3" and samenvatting["berichten"][0] == "12"
    assert samenvatting["kreeg een antwoord"] == ["2", "66,7"]
    assert samenvatting["bot begreep een bericht niet"] == ["1", "33,3"]
    assert samenvatting["vroeg om een medewerker"] == ["1", "33,3"]
    assert samenvatting["rekenhulp begonnen, niet afgemaakt"] == ["1", "33,3"]
    regels = lees_csv(rapport / "gesprekken.csv")[1:]
    assert all(re.fullmatch(r"G\d+", r[0]) for r in regels)
    assert [r[2:] for r in regels] == [
        ["4", "ja", "nee", "nee", "ja", "1", "0"],
        ["6", "ja", "nee", "nee", "nee", "0", "1"],
        ["2", "nee", "ja", "ja", "nee", "0", "0"],
    ]
    assert lees_csv(rapport / "feedback.csv")[1:] == [
        ["utter_pgb_aanvragen", "pgb_aanvragen", "0", "1"],
        ["utter_wlz_wat_is", "wlz_wat_is", "1", "0"],
    ]
    assert lees_csv(rapport / "twijfel_per_onderwerp.csv")[1][:2] == ["pgb_aanvragen", "3"]
    assert len(lees_csv(rapport / "twijfel.csv")) == 5
    uren = dict(lees_csv(rapport / "uren.csv")[1:])
    assert (uren["09:00"], uren["10:00"], uren["14:00"], uren["11:00"]) == ("6", "4", "2", "0")


def test_html_met_grafieken(rapport: Path) -> None:
    pagina = (rapport / "rapport.html").read_text(encoding="utf-8")
    assert pagina.count('src="data:image/png;base64,') == 4
    assert "<strong>3</strong> gesprekken" in pagina and "qwerty pgb" in pagina


def test_geen_afzender_in_het_rapport(rapport: Path) -> None:
    for bestand in rapport.iterdir():
        inhoud = bestand.read_text(encoding="utf-8-sig")
        for afzender in GEHEIME_AFZENDERS:
            assert afzender not in inhoud, (bestand.name, afzender)


def test_referentie_exporteert_het_gesprek(rapport: Path, store: Path, capsys: pytest.CaptureFixture) -> None:
    referentie = lees_csv(rapport / "gesprekken.csv")[3][0]  # A's second session
    capsys.readouterr()
    assert main(["exporteer", "--endpoints", str(store), referentie.lower()]) == 0
    verhaal = capsys.readouterr().out
    assert f"gesprek {referentie}" in verhaal and "      qwerty pgb\n" in verhaal
    assert "wat is de wlz" not in verhaal, "alleen deze sessie"


def test_onbekende_referentie(store: Path, capsys: pytest.CaptureFixture) -> None:
    assert main(["exporteer", "--endpoints", str(store), "G999999"]) == 2
    assert "G999999" in capsys.readouterr().err
    assert main(["exporteer", "--endpoints", str(store), "gesprek-1"]) == 2


def test_alleen_lezen(store: Path) -> None:
    database = store.parent / "gesprekken.db"
    with alleen_lezen(f"sqlite:///{database}") as verbinding:
        with pytest.raises(Exception, match="readonly"):
            verbinding.exec_driver_sql("DELETE FROM events")


def test_ontbrekende_store_en_verkeerde_periode(tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    endpoints = tmp_path / "endpoints.yml"
    endpoints.write_text(f"tracker_store:\n  type: SQL\n  dialect: sqlite\n  db: {tmp_path / 'nergens.db'}\n")
    assert main(["rapport", "--endpoints", str(endpoints), "--uit", str(tmp_path / "uit")]) == 2
    assert "bestaat niet" in capsys.readouterr().err
    (tmp_path / "nergens.db").touch()
    assert main(["rapport", "--endpoints", str(tmp_path / "geen-endpoints.yml")]) == 2
    assert "geen-endpoints.yml bestaat niet" in capsys.readouterr().err
    assert main(["rapport", "--endpoints", str(endpoints), "--van", "2026-11-30", "--tot", "2026-11-01"]) == 2
