"""The realistic evaluation (scripts/evalueer_gesprekken.py, tests/evaluatie/gesprekken.yml): judging,
running cases, figures and reports, without a server; and the evaluation set itself (well-formed,
every topic covered, written apart from the training data in data/)."""

import json
import math
import re
import unicodedata

import pytest
import yaml

from hulp import REPO, gebruikersteksten, laad_domein, laad_yaml
from scripts import evalueer_gesprekken as ev

ZZ = "(071) 5 825 888"


def normaliseer_zin(tekst: str) -> str:
    """A user message reduced to its words (for comparing with the training data): lower case, no
    accents, no punctuation, single spaces."""
    t = "".join(c for c in unicodedata.normalize("NFKD", tekst) if not unicodedata.combining(c)).lower()
    t = re.sub(r"[^\w\s]", " ", t)
    return re.sub(r"\s+", " ", t).strip()


def berichten_in(gevallen: list[ev.Geval]) -> list[str]:
    return [b.tekst for g in gevallen for b in g.beurten]


def verwacht(**kwargs) -> ev.Verwachting:
    return ev.Verwachting.uit(kwargs, "test")


def geval(gid: str, *beurten, onderwerp: str = "kosten", kenmerken=(), **verwachting) -> ev.Geval:
    ruw = {"id": gid, "onderwerp": onderwerp, "kenmerken": list(kenmerken), "beurten": list(beurten)}
    if verwachting:
        ruw["verwacht"] = verwachting
    return ev._geval(ruw, 1)


# ----------------------------------------------------------------------------- normalisation


def test_normaliseer_negeert_hoofdletters_accenten_en_spaties():
    assert ev.normaliseer("Cliëntondersteuner  bij   het CAK") == "clientondersteuner bij het cak"
    assert ev.normaliseer("U krijgt “AOW” ’s ochtends") == 'u krijgt "aow" \'s ochtends'


@pytest.mark.parametrize("nummer", ["(071) 5 825 888", "071-5825888", "071 5825 888", "0715825888"])
def test_telefoonnummers_tellen_ongeacht_de_schrijfwijze(nummer):
    assert ev.beoordeel(verwacht(bevat=["071 5 825 888"]), f"Bel {nummer}.").goed


def test_bedragen_tellen_ongeacht_punt_of_spatie():
    antwoord = "De hoge eigen bijdrage is in 2026 maximaal € 3.061,80 per maand. Dat is 10 % van uw inkomen."
    assert ev.beoordeel(verwacht(bevat=["3.061,80", "10%"]), antwoord).goed
    assert ev.beoordeel(verwacht(bevat=["3061,80"]), antwoord).goed
    assert not ev.beoordeel(verwacht(bevat=["3.061,81"]), antwoord).goed


def test_ander_nummer_telt_niet():
    assert not ev.beoordeel(verwacht(bevat=["071 5 825 825"]), f"Bel {ZZ}.").goed


def test_normaliseer_zin_houdt_alleen_woorden():
    assert normaliseer_zin("Wát kost het?? (per maand)") == "wat kost het per maand"


# ----------------------------------------------------------------------------- judging


def test_bevat_vraagt_alles():
    v = verwacht(bevat=["CAK", "inkomen"])
    assert ev.beoordeel(v, "Het CAK kijkt naar uw inkomen.").goed
    oordeel = ev.beoordeel(v, "Het CAK stuurt een factuur.")
    assert not oordeel.goed and oordeel.ontbreekt == ("inkomen",)
    assert "inkomen" in oordeel.uitleg()


def test_een_van_vraagt_er_een_per_groep():
    v = verwacht(een_van=[["sleutel", "opgenomen"], ["cak"]])
    assert ev.beoordeel(v, "Vanaf de dag dat u wordt opgenomen betaalt u het CAK.").goed
    oordeel = ev.beoordeel(v, "Vanaf de dag dat u de sleutel krijgt.")
    assert oordeel.een_van_gemist == (("cak",),)
    assert "geen van: 'cak'" in oordeel.uitleg()


def test_een_van_als_platte_lijst_is_een_groep():
    v = verwacht(een_van=["a-woord", "b-woord"])
    assert v.een_van == (("a-woord", "b-woord"),)
    assert ev.beoordeel(v, "hier staat b-woord").goed


def test_niet_maakt_het_antwoord_fout():
    v = verwacht(bevat=["cak"], een_van=["0800 0087"], niet=["071 5 825 888"])
    assert ev.beoordeel(v, "Bel het CAK: (0800) 0087.").goed
    oordeel = ev.beoordeel(v, f"Bel het CAK: (0800) 0087. Of bel ons: {ZZ}.")
    assert not oordeel.goed and oordeel.verboden == ("071 5 825 888",)
    assert "mag niet" in oordeel.uitleg()


@pytest.mark.parametrize(
    "fout",
    [
        {},
        {"niet": ["x"]},
        {"bevat": "cak"},
        {"bevatt": ["cak"]},
        {"een_van": [["a"], []]},
        {"een_van": [["a"], "b"]},
    ],
)
def test_verwachting_moet_kloppen(fout):
    with pytest.raises(ev.EvaluatieFout):
        ev.Verwachting.uit(fout, "test")


@pytest.mark.parametrize(
    "ruw",
    [
        {"onderwerp": "kosten", "beurten": ["x"], "verwacht": {"bevat": ["a"]}},
        {"id": "a", "onderwerp": "onbekend", "beurten": ["x"], "verwacht": {"bevat": ["a"]}},
        {"id": "a", "onderwerp": "kosten", "beurten": [], "verwacht": {"bevat": ["a"]}},
        {"id": "a", "onderwerp": "kosten", "beurten": ["x"]},
        {
            "id": "a",
            "onderwerp": "kosten",
            "beurten": ["x", {"tekst": "y"}],
            "kenmerken": ["raar"],
            "verwacht": {"bevat": ["a"]},
        },
        {
            "id": "a",
            "onderwerp": "kosten",
            "beurten": [{"tekst": "x", "verwacht": {"bevat": ["a"]}}],
            "verwacht": {"bevat": ["b"]},
        },
        {"id": "a", "onderwerp": "kosten", "beurten": ["  "], "verwacht": {"bevat": ["a"]}},
    ],
)
def test_geval_moet_kloppen(ruw):
    with pytest.raises(ev.EvaluatieFout):
        ev._geval(ruw, 1)


def test_dubbele_ids_worden_geweigerd(tmp_path):
    pad = tmp_path / "g.yml"
    een = {"id": "a", "onderwerp": "kosten", "beurten": ["x"], "verwacht": {"bevat": ["y"]}}
    pad.write_text(yaml.safe_dump({"gevallen": [een, een]}), encoding="utf-8")
    with pytest.raises(ev.EvaluatieFout, match="dubbele"):
        ev.laad_gevallen(pad)


# ----------------------------------------------------------------------------- running cases


class NepBot:
    """Answers from a table (text -> list of texts) and records who sent what."""

    def __init__(self, antwoorden: dict[str, list[str]]):
        self.antwoorden = antwoorden
        self.gestuurd: list[tuple] = []

    def __call__(self, afzender: str, tekst: str):
        self.gestuurd.append((afzender, tekst))
        if tekst == "crash":
            raise TimeoutError("te traag")
        return [{"recipient_id": afzender, "text": t} for t in self.antwoorden.get(tekst, [])]


def test_alleen_de_laatste_beurt_telt():
    bot = NepBot({"wie moet ik bellen": ["In welke plaats woont u?"], "Lisse": [f"Bel {ZZ}."]})
    g = geval("a", "wie moet ik bellen", "Lisse", bevat=["071 5 825 888"])
    [uitslag] = ev.voer_uit([g], bot, run="r1")
    assert uitslag.goed
    assert [b.beoordeeld for b in uitslag.beurten] == [False, True]


def test_een_eerdere_beurt_telt_als_die_een_verwachting_heeft():
    bot = NepBot({"eerst": ["iets anders"], "dan": ["goed"]})
    g = geval("a", {"tekst": "eerst", "verwacht": {"bevat": ["verwacht woord"]}}, "dan", bevat=["goed"])
    [uitslag] = ev.voer_uit([g], bot, run="r1")
    assert not uitslag.goed
    assert not uitslag.beurten[0].goed and uitslag.beurten[1].goed


def test_elk_geval_een_eigen_afzender_en_zijn_beurten_dezelfde():
    bot = NepBot({"x": ["a"], "y": ["a"]})
    ev.voer_uit([geval("een", "x", "y", bevat=["a"]), geval("twee", "x", bevat=["a"])], bot, run="r1")
    afzenders = [a for a, _ in bot.gestuurd]
    assert afzenders[0] == afzenders[1] != afzenders[2]
    assert afzenders[0] == "evaluatie-r1-een"


def test_geen_antwoord_of_fout_is_fout_en_de_rest_wordt_niet_gestuurd():
    bot = NepBot({"ok": ["a"]})
    stil, kapot = ev.voer_uit(
        [geval("stil", "niets", "ok", bevat=["a"]), geval("kapot", "crash", "ok", bevat=["a"])], bot, run="r1"
    )
    assert not stil.goed and stil.beurten[0].fout == "geen antwoord" and len(stil.beurten) == 1
    assert not kapot.goed and "TimeoutError" in kapot.beurten[0].fout
    assert ("evaluatie-r1-kapot", "ok") not in bot.gestuurd


def test_knoppen_tellen_niet_als_antwoord():
    def bot(afzender, tekst):
        return [{"text": "Bedoelt u een van deze?", "buttons": [{"title": "Wat kost het?", "payload": "/x"}]}]

    [uitslag] = ev.voer_uit([geval("a", "kosten", bevat=["wat kost het"])], bot, run="r1")
    assert not uitslag.goed
    assert uitslag.beurten[0].knoppen == ["Wat kost het?"]


# ----------------------------------------------------------------------------- figures and reports


def test_percentiel_en_verdeling():
    assert ev.percentiel([float(w) for w in range(1, 11)], 90) == 9
    assert ev.percentiel([5.0], 90) == 5
    assert math.isnan(ev.percentiel([], 90))
    assert ev.verdeling([1, 2, 3, 10]) == {"mediaan": 2.5, "p90": 10.0, "max": 10.0}


def _uitslagen():
    lang = " ".join(["woord"] * 95)
    bot = NepBot(
        {
            "kort": ["Het CAK."],
            "veel": ["een", "twee", "drie", "vier CAK"],
            "lang": [lang],
            "fout": ["Bel (071) 5 825 888."],
        }
    )
    gevallen = [
        geval("k1", "kort", onderwerp="kosten", kenmerken=["kort"], bevat=["cak"]),
        geval("k2", "veel", onderwerp="kosten", bevat=["cak"]),
        geval("c1", "lang", onderwerp="contact", kenmerken=["lang", "kort"], bevat=["woord"]),
        geval("c2", "fout", onderwerp="contact", kenmerken=["kort"], bevat=["cak"], niet=["071 5 825 888"]),
    ]
    return ev.voer_uit(gevallen, bot, run="r1")


def test_samenvatting_telt_per_onderwerp_kenmerk_en_lengte():
    cijfers = ev.samenvatting(_uitslagen())
    assert (cijfers["gevallen"], cijfers["goed"], cijfers["aandeel"]) == (4, 3, 0.75)
    assert cijfers["per_onderwerp"]["kosten"] == {"gevallen": 2, "goed": 2, "aandeel": 1.0}
    assert cijfers["per_onderwerp"]["contact"] == {"gevallen": 2, "goed": 1, "aandeel": 0.5}
    assert list(cijfers["per_onderwerp"]) == ["kosten", "contact"]  # in the order of ONDERWERPEN
    assert cijfers["per_kenmerk"]["kort"]["gevallen"] == 3
    assert cijfers["per_kenmerk"]["(geen)"]["gevallen"] == 1
    lengte = cijfers["lengte"]
    assert lengte["berichten_per_beurt"] == {"mediaan": 1.0, "p90": 4.0, "max": 4.0}
    assert lengte["woorden_per_beurt"]["max"] == 95
    assert (lengte["boven_max_berichten"], lengte["boven_max_woorden"]) == (1, 1)
    assert [t["geval"] for t in lengte["te_lang"]] == ["c1", "k2"]


def test_markdown_noemt_cijfers_en_elk_fout_geval_met_het_antwoord():
    uitslagen = _uitslagen()
    cijfers = ev.samenvatting(uitslagen)
    md = ev.rapport_markdown(
        uitslagen, cijfers, {"datum": "nu", "server": "nep", "gesprekken": "g.yml", "minimum": 0.95}
    )
    assert "3 van 4 goed (75,0 %)" in md
    assert "niet gehaald" in md
    assert "| contact | 2 | 1 | 50,0 % |" in md
    assert "### `c2`" in md and "### `k1`" not in md
    assert "> Bel (071) 5 825 888." in md
    assert "mag niet: '071 5 825 888'" in md
    assert "meer dan 3 berichten: 1" in md and "meer dan 90 woorden: 1" in md


def test_json_is_volledig_en_zonder_nan():
    uitslagen = _uitslagen()
    data = ev.rapport_json(uitslagen, ev.samenvatting([]), {"minimum": 0.95})
    tekst = json.dumps(data, allow_nan=False)
    terug = json.loads(tekst)
    assert [g["id"] for g in terug["gevallen"]] == ["k1", "k2", "c1", "c2"]
    c2 = terug["gevallen"][3]
    assert c2["goed"] is False and c2["beurten"][0]["antwoord"] == ["Bel (071) 5 825 888."]
    assert c2["beurten"][0]["verwacht"] == {"bevat": ["cak"], "een_van": [], "niet": ["071 5 825 888"]}


def test_exitcode_volgt_het_minimum(tmp_path, monkeypatch):
    pad = tmp_path / "g.yml"
    pad.write_text(
        yaml.safe_dump(
            {
                "gevallen": [
                    {"id": "a", "onderwerp": "kosten", "beurten": ["x"], "verwacht": {"bevat": ["goed"]}},
                    {"id": "b", "onderwerp": "contact", "beurten": ["y"], "verwacht": {"bevat": ["goed"]}},
                ]
            }
        ),
        encoding="utf-8",
    )
    bot = NepBot({"x": ["goed"], "y": ["fout"]})
    monkeypatch.setattr(ev, "rest_stuur", lambda url, timeout: bot)
    uit = tmp_path / "r" / "rapport.md"
    basis = ["--gesprekken", str(pad), "--url", "http://127.0.0.1:1", "--uit", str(uit)]
    assert ev.main(basis + ["--minimum", "0.5"]) == 0
    assert ev.main(basis) == 1  # 50 % < 95 %
    assert uit.exists() and json.loads(uit.with_suffix(".json").read_text())["samenvatting"]["goed"] == 1
    assert ev.main(basis + ["--alleen", "contact"]) == 1
    assert ev.main(basis + ["--alleen", "bestaat-niet"]) == 2


def test_kapotte_evaluatieset_geeft_exitcode_2(tmp_path):
    pad = tmp_path / "g.yml"
    pad.write_text("gevallen: [{id: a}]", encoding="utf-8")
    assert ev.main(["--gesprekken", str(pad), "--url", "http://127.0.0.1:1"]) == 2


def test_vrije_poorten_liggen_in_het_afgesproken_bereik():
    poorten = ev.vrije_poorten(2)
    assert len(set(poorten)) == 2 and all(15300 <= p <= 15399 for p in poorten)


# ----------------------------------------------------------------------------- the evaluation set


@pytest.fixture(scope="module")
def gevallen() -> list[ev.Geval]:
    return ev.laad_gevallen()


def test_evaluatieset_is_groot_genoeg(gevallen):
    assert len(berichten_in(gevallen)) >= 260
    assert sum(len(g.beurten) > 1 for g in gevallen) >= 20  # short multi-turn conversations
    kenmerken = {k for g in gevallen for k in g.kenmerken}
    assert kenmerken == set(ev.KENMERKEN)


def test_elk_onderwerp_en_elke_intent_van_de_bot_komt_voor(gevallen):
    onderwerpen = laad_yaml(REPO / "actions" / "onderwerpen.yml")
    per_onderwerp = {o: sum(g.onderwerp == o for g in gevallen) for o in ev.ONDERWERPEN}
    assert set(onderwerpen) <= set(ev.ONDERWERPEN)
    assert all(n >= 10 for n in per_onderwerp.values()), per_onderwerp
    genoemd = {i for g in gevallen for i in g.intents}
    bot_intents = set(laad_domein()["intents"])
    assert genoemd <= bot_intents, genoemd - bot_intents
    # Every topic of actions/onderwerpen.yml, and the conversation itself (not the bare form answers).
    nodig = {intent for sectie in onderwerpen.values() for intent in sectie} | GESPREK_INTENTS
    assert nodig - genoemd == set()


GESPREK_INTENTS = {
    "groet",
    "afscheid",
    "bedankt",
    "ben_je_een_bot",
    "help",
    "buiten_scope",
    "andere_taal",
    "deel_bsn",
    "bericht_te_lang",
    "geef_woonplaats",
    "eigen_bijdrage_berekenen",
    "stoppen",
}


def test_de_zorgen_uit_de_opdracht_zitten_erin(gevallen):
    alle = " | ".join(ev.normaliseer(t) for t in berichten_in(gevallen))
    for woord in (
        "verzorgingshuis",
        "bejaardentehuis",
        "tehuis",
        "mn moeder",
        "geintje",
        "huis",
        "spaargeld",
        "terugwerkende kracht",
        "bezwaar",
        "mailen",
        "robot",
        "waar ik moet beginnen",
        "svb",
        "klachtencommissie",
        "gemeente",
    ):
        assert woord in alle, woord


def trainingszinnen() -> list[str]:
    """Every user text in data/ (NLU examples, synonyms, lookups, story and rule steps), normalised."""
    return [
        normaliseer_zin(t) for pad in sorted((REPO / "data").rglob("*.yml")) for t in gebruikersteksten(pad)
    ]


def test_geen_evaluatiebericht_staat_in_de_trainingsdata(gevallen):
    training = set(trainingszinnen())
    assert len(training) > 1000
    dubbel = sorted({b for b in berichten_in(gevallen) if normaliseer_zin(b) in training})
    assert dubbel == []


def test_geen_evaluatiebericht_lijkt_sterk_op_een_trainingszin(gevallen):
    """Close paraphrases count as copies too: word overlap (Jaccard) below 0.7 for every message of
    three words or more."""
    training = [set(z.split()) for z in set(trainingszinnen())]
    te_dicht = []
    for bericht in sorted(set(berichten_in(gevallen))):
        woorden = set(normaliseer_zin(bericht).split())
        if len(woorden) < 3:
            continue
        hoogste = max(len(woorden & z) / len(woorden | z) for z in training)
        if hoogste >= 0.7:
            te_dicht.append((round(hoogste, 2), bericht))
    assert te_dicht == []
