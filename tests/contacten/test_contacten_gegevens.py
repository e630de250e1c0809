"""The directory's own data files: complete, consistent and equal to the shared source tables."""

import re
from collections import defaultdict

import pytest

from actions.contacten import Soort, eigen_zorgkantoor, laad, resolve_plaats
from actions.contacten.gegevens import MAP

EIGEN_REGIOS = {"ZK01", "ZK28"}  # Amstelland en de Meerlanden, Zuid-Holland Noord


@pytest.fixture(scope="module")
def g():
    return laad()


# ---------------------------------------------------------------- the files themselves


@pytest.mark.parametrize(
    "bestand",
    [
        "organisaties.yml",
        "eigen_zorgkantoor.yml",
        "regios.yml",
        "gemeenten.csv",
        "plaatsen.csv",
        "postcodes.csv",
        "herkenning.yml",
        "onderwerpkeuze.yml",
        "routering.yml",
        "teksten.yml",
    ],
)
def test_bestand_heeft_kop_met_bron_en_datum(bestand):
    kop = "".join(
        r for r in (MAP / bestand).read_text(encoding="utf-8").splitlines(True)[:30] if r.startswith("#")
    )
    assert re.search(r"[Bb]ron|[Ss]ource", kop), f"{bestand}: no source in the header"
    assert re.search(r"2026-11-2\d", kop), f"{bestand}: no date in the header"


def test_aantallen(g):
    assert len(g.regios) == 31
    assert len(g.gemeenten) == 342
    assert sum(r.tot - r.van + 1 for r in g.postcodes) == 4803
    codes = sorted(g.regios)
    assert "ZK05" not in codes and "ZK15" not in codes


def test_elke_gemeente_heeft_een_bestaande_regio(g):
    for gem in g.gemeenten.values():
        assert gem.regiocode in g.regios, gem


def test_de_twee_eigen_regios_precies(g):
    per_regio = defaultdict(set)
    for gem in g.gemeenten.values():
        per_regio[gem.regiocode].add(gem.naam)
    assert per_regio["ZK28"] == {
        "Alphen aan den Rijn",
        "Hillegom",
        "Kaag en Braassem",
        "Katwijk",
        "Leiden",
        "Leiderdorp",
        "Lisse",
        "Nieuwkoop",
        "Noordwijk",
        "Oegstgeest",
        "Teylingen",
        "Voorschoten",
        "Zoeterwoude",
    }
    assert per_regio["ZK01"] == {"Aalsmeer", "Amstelveen", "Haarlemmermeer", "Ouder-Amstel", "Uithoorn"}
    assert {c for c, r in g.regios.items() if r.eigen} == EIGEN_REGIOS == set(eigen_zorgkantoor().regiocodes)
    for c in EIGEN_REGIOS:
        assert g.regios[c].zorgkantoor == eigen_zorgkantoor().naam == "Zorg en Zekerheid"
        assert g.regios[c].zorgkantoor_geverifieerd
        assert g.regios[c].website == "www.zorgkantoor-zorgenzekerheid.nl"


def test_midden_ijssel_uitvoerder_onbekend(g):
    r = g.regios["ZK14"]
    assert r.zorgkantoor is None and r.website is None and not r.zorgkantoor_geverifieerd


def test_alleen_friesland_heeft_een_ander_zorgkantoornummer(g):
    met_telefoon = {c: r.telefoon for c, r in g.regios.items() if r.telefoon}
    assert met_telefoon == {"ZK08": "(058) 291 38 27"}


def test_postcodereeksen_overlappen_niet_en_zijn_geldig(g):
    reeksen = sorted(g.postcodes, key=lambda r: r.van)
    vorige = 0
    for r in reeksen:
        assert 1000 <= r.van <= r.tot <= 9999
        assert r.van > vorige, f"overlap bij {r}"
        assert r.gemeentecode in g.gemeenten
        assert r.bron in ("rivm2023", "vektis2013")
        vorige = r.tot


def test_plaatsen_verwijzen_naar_bestaande_gemeenten_en_postcodes(g):
    pc_gemeente = {}
    for r in g.postcodes:
        for pc in range(r.van, r.tot + 1):
            pc_gemeente[pc] = r.gemeentecode
    for p in g.plaatsen:
        assert p.gemeentecode in g.gemeenten, p
        assert p.pc4, p
        for pc in p.pc4:
            assert pc_gemeente[pc] == p.gemeentecode, (p, pc)
        # No Vektis names (capital per word, 'Y' for 'IJ', cut off):
        assert not re.search(r" (Aan|Op|En|Van|Bij) ", p.naam), p


def test_plaatsnaam_in_meer_gemeenten_blijft_dubbelzinnig(g):
    per_naam = defaultdict(set)
    for p in g.plaatsen:
        per_naam[p.naam].add(p.gemeentecode)
    for naam in ("Rozenburg", "Valkenburg", "Spaarndam", "Alteveer", "Zevenhuizen", "Ursem"):
        assert len(per_naam[naam]) > 1
        assert resolve_plaats(naam).soort == "meerdere", naam


def test_aliassen_en_woordrisico_verwijzen_naar_bestaande_namen(g):
    namen = {p.naam for p in g.plaatsen} | {x.naam for x in g.gemeenten.values()}
    for a in g.herkenning.aliassen:
        for d in a.doelen:
            assert d in g.gemeenten or d in g.regios or d in namen, (a.naam, d)
    alias_namen = {a.naam for a in g.herkenning.aliassen}
    for naam in g.herkenning.woordrisico:
        assert naam in namen or naam in alias_namen, f"woordrisico noemt onbekende naam {naam!r}"


def test_organisaties_velden(g):
    o = g.organisaties
    ka = o["klantadvies"]
    assert ka is eigen_zorgkantoor().klantadvies
    assert ka.telefoon == "(071) 5 825 888"
    assert ka.email == "klantadvies.wlz@zorgenzekerheid.nl"
    assert ka.post == "Zorgkantoor Zorg en Zekerheid, Postbus 400, 2300 AK Leiden"
    assert ka.kanaal("bezoekadres").waarde == "Haagse Schouwweg 12, 2332 KG Leiden"
    assert ka.website == "www.zorgkantoor-zorgenzekerheid.nl"
    assert ka.kanaal("website_landelijk").waarde == "www.zorgkantoor.nl"
    kc = o["klachtencommissie"]
    assert (kc.telefoon, kc.email) == ("(071) 5 825 825", "klachtenwlz@zorgenzekerheid.nl")
    assert "Antwoordnummer 10220, 2300 VB Leiden" in kc.post
    assert o["bezwaar"].post == (
        "Zorg en Zekerheid, t.a.v. afdeling Juridische Zaken, Postbus 400, 2300 AK Leiden"
    )
    assert o["bezwaar"].extra["bezwaar"]["termijn_weken"] == 6
    assert o["ciz"].extra["bezwaar"]["termijn_weken"] == o["cak"].extra["bezwaar"]["termijn_weken"] == 6
    assert (o["ciz"].telefoon, o["ciz"].email, o["ciz"].website) == (
        "088 789 10 00",
        "info@ciz.nl",
        "www.ciz.nl",
    )
    assert o["nationale_ombudsman"].telefoon == "0800 33 55 555"
    assert o["svb"].post == "SVB Dienstverlening PGB, Postbus 8038, 3503 RA Utrecht"


def test_twijfelachtige_nummers_zijn_gemarkeerd(g):
    o = g.organisaties
    cak = o["cak"].kanaal("telefoon")
    assert cak.waarde == "(0800) 0087" and not cak.geverifieerd and "www.hetcak.nl" in cak.voorbehoud
    svb = o["svb"].kanaal("telefoon")
    assert svb.waarde == "030 264 82 00" and not svb.geverifieerd and svb.voorbehoud
    # The Klachtencommissie's contacts are in the wegwijzer only: always said with a caveat.
    for veld in ("telefoon", "email", "post"):
        k = o["klachtencommissie"].kanaal(veld)
        assert not k.geverifieerd and "www.zorgkantoor-zorgenzekerheid.nl" in k.voorbehoud
    # The SVB number of the wegwijzer (020 6555 656) is used nowhere as a number.
    for org in o.values():
        for k in org.kanalen.values():
            assert "6555 656" not in k.waarde


def test_oco_alleen_volgens_wegwijzer_en_per_regio(g):
    oco = {oid: x for oid, x in g.organisaties.items() if x.soort is Soort.OCO}
    assert len(oco) == 6
    for x in oco.values():
        assert set(x.gebied) <= EIGEN_REGIOS and x.eigen
        for k in x.kanalen.values():
            assert not k.geverifieerd and "wegwijzer januari 2023" in k.bron
    adm = {x.naam for x in oco.values() if "ZK01" in x.gebied}
    zhn = {x.naam for x in oco.values() if "ZK28" in x.gebied}
    assert adm == {
        "MEE Amstel en Zaan",
        "Cliëntenbelang Amsterdam",
        "CliëntondersteuningPLUS",
        "Co Weet Raad",
    }
    assert zhn == {
        "MEE Zuid-Holland Noord",
        "Zorgbelang Zuid-Holland",
        "CliëntondersteuningPLUS",
        "Co Weet Raad",
    }


def test_openingstijden_alleen_bij_klantadvies(g):
    met = [oid for oid, x in g.organisaties.items() if x.openingstijden is not None]
    assert met == ["klantadvies"]


def test_eigen_organisaties_alleen_voor_de_eigen_regios(g):
    eigen = [x for x in g.organisaties.values() if x.eigen]
    assert {x.id for x in eigen} >= {"klantadvies", "klachtencommissie", "bezwaar"}
    for x in eigen:
        assert not x.landelijk and set(x.gebied) <= EIGEN_REGIOS, x.id
    for oid in ("ciz", "cak", "svb", "nationale_ombudsman"):
        assert g.organisaties[oid].landelijk and not g.organisaties[oid].eigen


# ---------------------------------------------------------------- compared with ../shared


def test_regios_gelijk_aan_shared(g, shared_tabellen):
    regios, _, _ = shared_tabellen
    assert {r["zk_code_cbs2025"] for r in regios} == set(g.regios)
    for r in regios:
        eigen = g.regios[r["zk_code_cbs2025"]]
        assert eigen.naam == r["zorgkantoorregio"]
        assert eigen.vektis == r["vektis_zorgkantoorcode_uzovi"][:4]
        concessie = r["zorgkantoor_concessiehouder"]
        if eigen.code == "ZK14":
            assert "NOT verified" in concessie and eigen.zorgkantoor is None
        elif eigen.code == "ZK08":
            assert "Zorgkantoor Friesland" in concessie and eigen.zorgkantoor == "Zorgkantoor Friesland"
        else:
            assert eigen.zorgkantoor == concessie


def test_elke_gemeente_in_de_juiste_regio(g, shared_tabellen):
    _, gemeenten, _ = shared_tabellen
    assert len(gemeenten) == len(g.gemeenten) == 342
    for r in gemeenten:
        eigen = g.gemeenten[r["gemeentecode"]]
        assert eigen.naam == r["gemeentenaam"]
        assert eigen.regiocode == r["zk_code_cbs2025"], eigen


def test_elke_pc4_bij_de_juiste_gemeente(g, shared_tabellen):
    _, _, pc4 = shared_tabellen
    eigen = {}
    for r in g.postcodes:
        for pc in range(r.van, r.tot + 1):
            eigen[pc] = r.gemeentecode
    assert len(eigen) == len(pc4) == 4803
    for r in pc4:
        assert eigen[int(r["pc4"])] == r["gemeentecode_2025"], r["pc4"]


def test_elke_pc4_via_resolve_plaats(shared_tabellen):
    _, _, pc4 = shared_tabellen
    for r in pc4:
        res = resolve_plaats(r["pc4"])
        assert res.gevonden and res.methode == "postcode", r["pc4"]
        assert res.gemeente.code == r["gemeentecode_2025"]
        assert res.regio.code == r["zk_code_cbs2025"]
        assert res.zorgkantoor == (None if r["zk_code_cbs2025"] == "ZK14" else res.regio.zorgkantoor)


def test_niet_bestaande_pc4_wordt_niet_geraden(shared_tabellen):
    _, _, pc4 = shared_tabellen
    bestaand = {int(r["pc4"]) for r in pc4}
    gaten = [pc for pc in range(1000, 10000) if pc not in bestaand]
    assert gaten
    for pc in gaten[::7]:
        assert resolve_plaats(str(pc)).soort == "onbekend", pc


def test_woonplaatsen_gelijk_aan_rivm(g, shared_tabellen):
    _, _, pc4 = shared_tabellen
    eigen = {}
    for p in g.plaatsen:
        for pc in p.pc4:
            assert pc not in eigen
            eigen[pc] = (p.rivm_naam, p.gemeentecode)
    rivm = {
        int(r["pc4"]): (r["woonplaats"], r["gemeentecode_2025"])
        for r in pc4
        if r["provenance"].startswith("RIVM")
    }
    assert eigen == rivm
