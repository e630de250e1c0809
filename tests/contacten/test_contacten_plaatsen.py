"""resolve_plaats: municipalities, places, postcodes, variants and pitfalls (spec §1.4)."""

import pytest

from actions.contacten import laad, resolve_plaats


def _r(pcs):
    """'2401-2409' -> [2401..2409]"""
    uit = []
    for deel in pcs.split():
        a, _, b = deel.partition("-")
        uit.extend(range(int(a), int(b or a) + 1))
    return uit


# spec §1.4: municipality -> (code, region, {place: PC4s}). For Leiden and others the spec names only PC4s.
SPEC_1_4 = {
    "Alphen aan den Rijn": (
        "GM0484",
        "ZK28",
        {
            "Aarlanderveen": "2445",
            "Alphen aan den Rijn": "2401-2409",
            "Benthuizen": "2731",
            "Boskoop": "2771",
            "Hazerswoude-Dorp": "2391",
            "Hazerswoude-Rijndijk": "2394",
            "Koudekerk aan den Rijn": "2396",
            "Zwammerdam": "2471",
        },
    ),
    "Hillegom": ("GM0534", "ZK28", {"Hillegom": "2181-2182"}),
    "Kaag en Braassem": (
        "GM1884",
        "ZK28",
        {
            "Hoogmade": "2355",
            "Kaag": "2159",
            "Leimuiden": "2451",
            "Nieuwe Wetering": "2376",
            "Oud Ade": "2374",
            "Oude Wetering": "2377",
            "Rijnsaterwoude": "2465",
            "Rijpwetering": "2375",
            "Roelofarendsveen": "2371",
            "Woubrugge": "2481",
        },
    ),
    "Katwijk": ("GM0537", "ZK28", {"Katwijk": "2221-2225", "Rijnsburg": "2231-2232", "Valkenburg": "2235"}),
    "Leiden": ("GM0546", "ZK28", {"Leiden": "2311-2318 2321-2324 2331-2334"}),
    "Leiderdorp": ("GM0547", "ZK28", {"Leiderdorp": "2351-2353"}),
    "Lisse": ("GM0553", "ZK28", {"Lisse": "2161-2163"}),
    "Nieuwkoop": (
        "GM0569",
        "ZK28",
        {
            "Nieuwkoop": "2421",
            "Nieuwveen": "2441",
            "Noorden": "2431-2432",
            "Ter Aar": "2461",
            "Vrouwenakker": "1428",
            "Woerdense Verlaat": "3651-3653",
            "Zevenhoven": "2435",
        },
    ),
    "Noordwijk": (
        "GM0575",
        "ZK28",
        {"De Zilk": "2191", "Noordwijk": "2201-2204", "Noordwijkerhout": "2211-2212"},
    ),
    "Oegstgeest": ("GM0579", "ZK28", {"Oegstgeest": "2341-2343"}),
    "Teylingen": (
        "GM1525",
        "ZK28",
        {"Sassenheim": "2171-2172", "Voorhout": "2215-2216", "Warmond": "2361-2362"},
    ),
    "Voorschoten": ("GM0626", "ZK28", {"Voorschoten": "2251-2254"}),
    "Zoeterwoude": ("GM0638", "ZK28", {"Gelderswoude": "2735", "Zoeterwoude": "2381-2382"}),
    "Aalsmeer": ("GM0358", "ZK01", {"Aalsmeer": "1431-1432", "Kudelstaart": "1433"}),
    "Amstelveen": ("GM0362", "ZK01", {"Amstelveen": "1181-1189"}),
    "Haarlemmermeer": (
        "GM0394",
        "ZK01",
        {
            "Aalsmeerderbrug": "1436",
            "Abbenes": "2157",
            "Badhoevedorp": "1171",
            "Beinsdorp": "2144",
            "Boesingheliede": "2143",
            "Buitenkaag": "2158",
            "Burgerveen": "2154",
            "Cruquius": "2142",
            "Haarlemmerliede": "2065",
            "Halfweg": "1165",
            "Hoofddorp": "2131-2135",
            "Leimuiderbrug": "2155",
            "Lijnden": "1175",
            "Lisserbroek": "2165",
            "Nieuw-Vennep": "2151-2153",
            "Oude Meer": "1438",
            "Rijsenhout": "1435",
            "Rozenburg": "1437",
            "Schiphol": "1117-1118",
            "Schiphol-Rijk": "1119",
            "Spaarndam": "2064",
            "Vijfhuizen": "2141",
            "Weteringbrug": "2156",
            "Zwaanshoek": "2136",
            "Zwanenburg": "1161",
        },
    ),
    "Ouder-Amstel": (
        "GM0437",
        "ZK01",
        {"Amsterdam-Duivendrecht": "1114", "Duivendrecht": "1115", "Ouderkerk aan de Amstel": "1191"},
    ),
    "Uithoorn": ("GM0451", "ZK01", {"De Kwakel": "1424", "Uithoorn": "1421-1423"}),
}
KERNEN = [
    (kern, code, regio, pcs) for (code, regio, kernen) in SPEC_1_4.values() for kern, pcs in kernen.items()
]
# Places with the same name elsewhere (spec §1.4 pitfalls): ambiguous.
DUBBELZINNIG = {"Rozenburg", "Valkenburg", "Spaarndam"}


@pytest.mark.parametrize("naam,code,regio", [(n, c, r) for n, (c, r, _) in SPEC_1_4.items()])
def test_18_gemeenten(naam, code, regio):
    for variant in (naam, naam.upper(), naam.lower(), f"  {naam}  "):
        res = resolve_plaats(variant)
        assert res.gevonden and res.methode == "naam", variant
        assert res.gemeente.code == code and res.regio.code == regio
        assert res.in_eigen_regio is True
        assert res.zorgkantoor == "Zorg en Zekerheid"
    assert resolve_plaats(code).gemeente.code == code  # slotwaarde terug naar locatie


@pytest.mark.parametrize("kern,code,regio,pcs", KERNEN)
def test_kernen_uit_spec(kern, code, regio, pcs):
    res = resolve_plaats(kern)
    if kern in DUBBELZINNIG:
        assert res.soort == "meerdere"
        assert code in {o.gemeente.code for o in res.opties}
    else:
        assert res.gevonden, kern
        assert res.gemeente.code == code
        assert res.regio.code == regio
        assert res.in_eigen_regio
    # in plaatsen.csv with exactly these PC4s
    eigen = sorted(pc for p in laad().plaatsen if p.naam == kern and p.gemeentecode == code for pc in p.pc4)
    assert eigen == _r(pcs)
    for pc in _r(pcs):
        for tekst in (str(pc), f"{pc} AB", f"{pc}ab", f"{pc} xz".upper()):
            p = resolve_plaats(tekst)
            assert p.gevonden and p.methode == "postcode", tekst
            assert p.gemeente.code == code and p.regio.code == regio


# ------------------------------------------------------------------- pitfalls spec §1.4


def _opties(res):
    return {(o.gemeente.naam if o.gemeente else o.regio.code) for o in res.opties}


def test_spaarndam():
    res = resolve_plaats("Spaarndam")
    assert res.soort == "meerdere"
    assert _opties(res) == {"Haarlemmermeer", "Haarlem"}
    assert resolve_plaats("2064").gemeente.naam == "Haarlemmermeer"
    assert resolve_plaats("2064").regio.code == "ZK01"
    assert resolve_plaats("2063").gemeente.naam == "Haarlem"
    assert resolve_plaats("2063").regio.code == "ZK11"
    assert resolve_plaats("2064").opmerking  # deels Haarlem: bot kan nagaan


def test_amsterdam_duivendrecht_is_ouder_amstel():
    for t in ("Amsterdam-Duivendrecht", "amsterdam duivendrecht", "1114"):
        res = resolve_plaats(t)
        assert res.gemeente.naam == "Ouder-Amstel" and res.regio.code == "ZK01", t
    assert resolve_plaats("Amsterdam").regio.code == "ZK02"


def test_rozenburg():
    res = resolve_plaats("Rozenburg")
    assert res.soort == "meerdere" and _opties(res) == {"Haarlemmermeer", "Rotterdam"}
    assert res.in_eigen_regio is None  # differs per option
    assert resolve_plaats("1437").gemeente.naam == "Haarlemmermeer"
    assert resolve_plaats("3181").gemeente.naam == "Rotterdam"
    assert resolve_plaats("3181").regio.code == "ZK20"


def test_valkenburg():
    res = resolve_plaats("Valkenburg")
    assert res.soort == "meerdere" and _opties(res) == {"Katwijk", "Valkenburg aan de Geul"}
    assert resolve_plaats("2235").gemeente.naam == "Katwijk"
    assert resolve_plaats("6301").gemeente.naam == "Valkenburg aan de Geul"
    assert resolve_plaats("Valkenburg aan de Geul").regio.code == "ZK31"


def test_kaag_en_buitenkaag_verschillend():
    kaag, buiten = resolve_plaats("Kaag"), resolve_plaats("Buitenkaag")
    assert kaag.gemeente.naam == "Kaag en Braassem" and kaag.regio.code == "ZK28"
    assert buiten.gemeente.naam == "Haarlemmermeer" and buiten.regio.code == "ZK01"
    assert resolve_plaats("De Kaag").gemeente.naam == "Kaag en Braassem"
    assert resolve_plaats("Kaag en Braassem").locatie.plaats is None
    assert resolve_plaats("buiten kaag").gemeente.naam == "Haarlemmermeer"
    assert resolve_plaats("2159").gemeente.naam == "Kaag en Braassem"
    assert resolve_plaats("2158").gemeente.naam == "Haarlemmermeer"


def test_leimuiden_en_leimuiderbrug_verschillend():
    a, b = resolve_plaats("Leimuiden"), resolve_plaats("Leimuiderbrug")
    assert (a.gemeente.naam, a.regio.code) == ("Kaag en Braassem", "ZK28")
    assert (b.gemeente.naam, b.regio.code) == ("Haarlemmermeer", "ZK01")


def test_weesp_is_amsterdam():
    for t in ("Weesp", "1381", "1384"):
        res = resolve_plaats(t)
        assert res.gemeente.naam == "Amsterdam" and res.regio.code == "ZK02", t


def test_halfweg_en_haarlemmerliede_horen_bij_amstelland():
    for t in (
        "Halfweg",
        "1165",
        "2064",
        "2065",
        "Haarlemmerliede",
        "Spaarnwoude",
        "Haarlemmerliede en Spaarnwoude",
    ):
        res = resolve_plaats(t)
        assert res.gevonden and res.regio.code == "ZK01", t


@pytest.mark.parametrize(
    "pc4",
    [
        1160,
        1170,
        1180,
        1190,
        1420,
        1430,
        2130,
        2140,
        2150,
        2160,
        2170,
        2180,
        2200,
        2210,
        2220,
        2230,
        2250,
        2300,
        2301,
        2302,
        2303,
        2340,
        2350,
        2360,
        2370,
        2380,
        2390,
        2400,
        2420,
        2430,
        2440,
        2450,
        2460,
        2470,
        2480,
        2730,
        2770,
    ],
)
def test_postbus_pc4_in_de_eigen_regios(pc4):
    res = resolve_plaats(str(pc4))
    assert res.gevonden and res.in_eigen_regio, pc4


@pytest.mark.parametrize("pc4", ["1428", "2165"])
def test_grens_pc4_heeft_opmerking(pc4):
    res = resolve_plaats(pc4)
    assert res.gevonden and res.regio.eigen and res.opmerking


# ------------------------------------------------------------------- variants and typos


@pytest.mark.parametrize(
    "tekst,gemeente",
    [
        ("alphen a/d rijn", "Alphen aan den Rijn"),
        ("alphen ad rijn", "Alphen aan den Rijn"),
        ("Alphen a.d. Rijn", "Alphen aan den Rijn"),
        ("alphen aan de rijn", "Alphen aan den Rijn"),
        ("ALPHEN AAN DEN RIJN", "Alphen aan den Rijn"),
        ("Den Haag", "'s-Gravenhage"),
        ("den haag", "'s-Gravenhage"),
        ("s gravenhage", "'s-Gravenhage"),
        ("'s-Gravenhage", "'s-Gravenhage"),
        ("sgravenhage", "'s-Gravenhage"),
        ("Hoofddorp", "Haarlemmermeer"),
        ("hoofddorp", "Haarlemmermeer"),
        ("nieuw vennep", "Haarlemmermeer"),
        ("Nieuw-Vennep", "Haarlemmermeer"),
        ("nieuwvennep", "Haarlemmermeer"),
        ("'s-Hertogenbosch", "'s-Hertogenbosch"),
        ("s hertogenbosch", "'s-Hertogenbosch"),
        ("Den Bosch", "'s-Hertogenbosch"),
        ("Katwyk", "Katwijk"),
        ("St. Michielsgestel", "Sint-Michielsgestel"),
        ("Sint Michielsgestel", "Sint-Michielsgestel"),
        ("Súdwest-Fryslân", "Súdwest-Fryslân"),
        ("sudwest fryslan", "Súdwest-Fryslân"),
        ("Nuenen", "Nuenen, Gerwen en Nederwetten"),
        ("Ouderkerk aan de Amstel", "Ouder-Amstel"),
        ("ouderkerk a/d amstel", "Ouder-Amstel"),
        ("Hazerswoude", "Alphen aan den Rijn"),
        ("Alkemade", "Kaag en Braassem"),
        ("Landerd", "Maashorst"),
        ("Beemster", "Purmerend"),
        ("in Leiden", "Leiden"),
        ("ik woon in Leiderdorp", "Leiderdorp"),
        ("Leiden, Zuid-Holland", "Leiden"),
        ("postcode 2332 KG", "Leiden"),
        ("2332KG", "Leiden"),
        ("2332 kg", "Leiden"),
    ],
)
def test_varianten(tekst, gemeente):
    res = resolve_plaats(tekst)
    assert res.gevonden, tekst
    assert res.gemeente.naam == gemeente
    assert res.zeker


@pytest.mark.parametrize(
    "tekst,gemeente",
    [
        ("Hoofdorp", "Haarlemmermeer"),
        ("Amstelven", "Amstelveen"),
        ("Haarlemmermer", "Haarlemmermeer"),
        ("Roelofsarendsveen", "Kaag en Braassem"),
        ("Alfen aan de rijn", "Alphen aan den Rijn"),
        ("Sassenhiem", "Teylingen"),
        ("Oegstgees", "Oegstgeest"),
        ("Leiderdrop", "Leiderdorp"),
        ("Uithorn", "Uithoorn"),
    ],
)
def test_tikfouten(tekst, gemeente):
    res = resolve_plaats(tekst)
    assert res.gevonden and res.gemeente.naam == gemeente, tekst
    assert res.methode == "tikfout" and not res.zeker  # bot moet bevestigen


@pytest.mark.parametrize(
    "tekst",
    ["", "   ", "xyz", "Lise", "Atlantis", "blabla bla", "ik weet het niet", "0000", "12", "Nederland"],
)
def test_onbekend(tekst):
    res = resolve_plaats(tekst)
    assert res.soort == "onbekend" and res.locatie is None and not res.gevonden


def test_nederland_is_te_algemeen():
    res = resolve_plaats("Nederland")
    assert res.soort == "onbekend" and "te algemeen" in res.opmerking


@pytest.mark.parametrize(
    "naam,gemeente,ook",
    [
        ("Noordwijk", "Noordwijk", "Westerkwartier"),
        ("Katwijk", "Katwijk", "Land van Cuijk"),
        ("Hengelo", "Hengelo (O)", "Bronckhorst"),
        ("Rijswijk", "Rijswijk", "Buren"),
    ],
)
def test_gemeentenaam_gaat_voor_maar_noemt_gelijknamige_plaats(naam, gemeente, ook):
    res = resolve_plaats(naam)
    assert res.gevonden and res.gemeente.naam == gemeente
    assert ook in {o.gemeente.naam for o in res.opties}


def test_alphen_is_dubbelzinnig():
    res = resolve_plaats("Alphen")
    assert res.soort == "meerdere"
    labels = [o.label for o in res.opties]
    assert labels[0] == "Alphen aan den Rijn"  # eigen regio eerst
    assert {o.gemeente.naam for o in res.opties} == {
        "Alphen aan den Rijn",
        "Alphen-Chaam",
        "West Maas en Waal",
    }


def test_bergen_is_dubbelzinnig():
    res = resolve_plaats("Bergen")
    assert res.soort == "meerdere" and _opties(res) == {"Bergen (NH)", "Bergen (L)"}
    assert resolve_plaats("Bergen (NH)").gemeente.naam == "Bergen (NH)"


def test_regionaam_en_regiocode():
    res = resolve_plaats("Zuid-Holland Noord")
    assert res.gevonden and res.gemeente is None and res.regio.code == "ZK28" and res.in_eigen_regio
    assert resolve_plaats("amstelland en de meerlanden").regio.code == "ZK01"
    assert resolve_plaats("ZK01").regio.code == "ZK01"
    assert resolve_plaats("Utrecht").gemeente.naam == "Utrecht"  # gemeente gaat voor regio
    zeeland = resolve_plaats("Zeeland")  # provincie/regio, maar ook een dorp in Maashorst
    assert zeeland.soort == "meerdere" and {o.regio.code for o in zeeland.opties} == {"ZK27", "ZK19"}


def test_alle_gemeentenamen_geven_die_gemeente():
    for gem in laad().gemeenten.values():
        res = resolve_plaats(gem.naam)
        assert res.gevonden and res.gemeente.code == gem.code, gem.naam


def test_steekproef_elders():
    verwacht = {
        "Groningen": ("ZK09", "Menzis"),
        "Maastricht": ("ZK31", "CZ"),
        "Almere": ("ZK21", "Zilveren Kruis"),
        "Leeuwarden": ("ZK08", "Zorgkantoor Friesland"),
        "Deventer": ("ZK14", None),
        "Delft": ("ZK33", "DSW"),
        "Eindhoven": ("ZK30", "CZ"),
        "Nijmegen": ("ZK16", "VGZ"),
        "Haarlem": ("ZK11", "Zilveren Kruis"),
        "Zoetermeer": ("ZK10", "CZ"),
        "Gouda": ("ZK13", "VGZ"),
        "Schiedam": ("ZK33", "DSW"),
        "Purmerend": ("ZK26", "Zilveren Kruis"),
        "Dijk en Waard": ("ZK18", "VGZ"),
        "Voorne aan Zee": ("ZK29", "CZ"),
        "Eemsdelta": ("ZK09", "Menzis"),
        "Enschede": ("ZK22", "Menzis"),
        "Amersfoort": ("ZK23", "Zilveren Kruis"),
        "1011": ("ZK02", "Zilveren Kruis"),
        "9711 AB": ("ZK09", "Menzis"),
        "6211": ("ZK31", "CZ"),
    }
    for tekst, (regio, zk) in verwacht.items():
        res = resolve_plaats(tekst)
        assert res.gevonden and res.regio.code == regio and res.zorgkantoor == zk, tekst
        assert res.in_eigen_regio is False


def test_slot_waarde_terug():
    for tekst in ("Hoofddorp", "2132 AB", "Zuid-Holland Noord", "Groningen"):
        res = resolve_plaats(tekst)
        terug = resolve_plaats(res.slot_waarde)
        assert terug.gevonden and terug.regio.code == res.regio.code
        assert (terug.gemeente and terug.gemeente.code) == (res.gemeente and res.gemeente.code)
