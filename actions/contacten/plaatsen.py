"""Plaats, gemeente, regio of postcode herkennen en koppelen aan gemeente, zorgkantoorregio en zorgkantoor.

Publiek:
    resolve_plaats(tekst)        -> PlaatsResultaat   (de hele tekst is het antwoord op "waar woont u?")
    vind_plaats_in_tekst(zin)    -> PlaatsResultaat | None   (zoek een plaats of postcode in een hele zin)
    kies_optie(resultaat, tekst) -> PlaatsResultaat   (antwoord op "Bedoelt u A of B?")
"""

from __future__ import annotations

import bisect
import difflib
import functools
import re
from dataclasses import dataclass, field
from typing import Dict, List, Optional, Sequence, Tuple

from .gegevens import Gemeente, Regio, laad
from .normalisatie import Token, sleutel, tokens

GEVONDEN = "gevonden"
MEERDERE = "meerdere"
ONBEKEND = "onbekend"

# Direct vóór een plaatsnaam: maakt het waarschijnlijk dat een woord een plaats is.
_AANWIJZERS = frozenset(
    "in uit naar gemeente woonplaats regio omgeving nabij wonend woonachtig vanuit rond".split()
)
# Ergens kort vóór de plaats: de gebruiker vertelt waar hij woont (deze match krijgt voorrang).
_WOONWOORDEN = frozenset(
    "woon woont wonen woonde woonachtig wonend woonplaats gemeente postcode verhuisd verhuis verhuizen".split()
)
# Vóór een achternaam ("de Vries", "van Loon", "mevrouw Best").
_PARTIKELS = frozenset("de der den ten ter van mevrouw meneer mevr dhr mw heer familie fam".split())
_NA_VAN_PLAATS = frozenset("buurt omgeving gemeente regio centrum rand noorden zuiden oosten westen".split())
_LIDWOORDEN = frozenset(("de", "den", "het", "t", "s"))
# Woorden waarmee een plaatsnaam niet begint (voor het zoeken op tikfouten in een zin).
_STOPWOORDEN = frozenset(
    """de het een en of in op te van voor met mijn uw jouw zijn haar hun ons onze deze die dit dat
    er hier daar wat wie hoe waar wanneer welke niet geen wel ook nog al maar dan als om aan bij door
    naar uit over tot na zo heel erg veel weinig meer minder ik je jij u hij zij we wij ze zij men
    ben bent is zijn was waren heb hebt heeft hebben had kan kun kunt kunnen wil wilt willen moet
    moeten mag mogen zal zult zullen ga gaat gaan kom komt komen wordt worden werd zorg hulp""".split()
)
_RISICO_RANG = {"": 0, "woord": 1, "streng": 2, "nooit": 3}
_MAX_NGRAM = 6
_FUZZY_CUTOFF_ANTWOORD = 0.85
_FUZZY_CUTOFF_ZIN = 0.88

# Postcode: 4 cijfers (niet met 0 beginnend), eventueel 2 letters.
_POSTCODE_VOL_RE = re.compile(r"(?<![\d])([1-9]\d{3})(\s?)([A-Za-z]{2})(?![A-Za-z\d])")
_PC4_NA_WOORD_RE = re.compile(r"postcode\s*(?:is|:)?\s*([1-9]\d{3})(?!\d)", re.IGNORECASE)
_ALLEEN_POSTCODE_RE = re.compile(r"^\s*(?:postcode\s*:?\s*)?([1-9]\d{3})\s*([A-Za-z]{2})?\s*[.!]?\s*$", re.I)
_CODE_RE = re.compile(r"^\s*(GM\d{4}|ZK\d{2})\s*$", re.IGNORECASE)
# Eenheden die direct achter 4 cijfers kunnen staan ("1500km") en dus geen postcodeletters zijn.
_EENHEDEN = frozenset("km kg cm mm ml mg gr pm am ct eu kb mb gb hz kw".split())


# --------------------------------------------------------------------------------------------
# Resultaattypen


@dataclass(frozen=True)
class Locatie:
    """Een concrete plek: gemeente (of alleen een regio) met regio en zorgkantoor."""

    regio: Regio
    gemeente: Optional[Gemeente] = None
    plaats: Optional[str] = None  # woonplaats/kern zoals herkend (None = de gemeente zelf)
    pc4: Optional[str] = None

    @property
    def label(self) -> str:
        """Korte naam voor in een vraag of bevestiging, bijv. 'Rozenburg (gemeente Haarlemmermeer)'."""
        if self.gemeente is None:
            return f"regio {self.regio.weergavenaam}"
        if self.plaats and sleutel(self.plaats) != sleutel(self.gemeente.naam):
            return f"{self.plaats} (gemeente {self.gemeente.naam})"
        return self.gemeente.naam

    @property
    def code(self) -> str:
        """Gemeentecode, of regiocode als alleen de regio bekend is. Geschikt als slotwaarde."""
        return self.gemeente.code if self.gemeente else self.regio.code

    @property
    def zorgkantoor(self) -> Optional[str]:
        return self.regio.zorgkantoor

    @property
    def is_zorg_en_zekerheid(self) -> bool:
        return self.regio.is_zorg_en_zekerheid


@dataclass(frozen=True)
class PlaatsResultaat:
    """Uitkomst van het opzoeken.

    soort:    "gevonden" (locatie is gevuld), "meerdere" (opties: vraag welke), "onbekend".
    opties:   bij "meerdere" de keuzes; bij "gevonden" andere plekken met dezelfde naam
              (bijv. Noordwijk in Westerkwartier), zodat de bot kan zeggen "Bedoelt u een ander Noordwijk?".
    methode:  "postcode", "naam", "code" of "tikfout" (dan is het een gok: laat de bot bevestigen).
    herkend:  het stuk tekst dat herkend is.
    opmerking: extra uitleg (bijv. postcodegebied over een gemeentegrens, of "te algemeen").
    """

    soort: str
    invoer: str
    locatie: Optional[Locatie] = None
    opties: Tuple[Locatie, ...] = ()
    methode: Optional[str] = None
    herkend: Optional[str] = None
    opmerking: Optional[str] = None

    @property
    def gevonden(self) -> bool:
        return self.soort == GEVONDEN

    @property
    def zeker(self) -> bool:
        return self.gevonden and self.methode != "tikfout"

    @property
    def gemeente(self) -> Optional[Gemeente]:
        return self.locatie.gemeente if self.locatie else None

    @property
    def regio(self) -> Optional[Regio]:
        if self.locatie:
            return self.locatie.regio
        regios = {o.regio.code: o.regio for o in self.opties}
        if self.soort == MEERDERE and len(regios) == 1:
            return next(iter(regios.values()))  # alle opties liggen in dezelfde regio
        return None

    @property
    def zorgkantoor(self) -> Optional[str]:
        r = self.regio
        return r.zorgkantoor if r else None

    @property
    def is_zorg_en_zekerheid(self) -> Optional[bool]:
        """True/False als de regio bekend is; None als dat niet zo is."""
        if self.regio is not None:
            return self.regio.is_zorg_en_zekerheid
        if self.soort == MEERDERE and self.opties:
            waarden = {o.regio.is_zorg_en_zekerheid for o in self.opties}
            if len(waarden) == 1:
                return waarden.pop()
        return None

    @property
    def slot_waarde(self) -> Optional[str]:
        """Code om in een slot te bewaren; resolve_plaats(code) geeft later dezelfde locatie terug."""
        return self.locatie.code if self.locatie else None


# --------------------------------------------------------------------------------------------
# Index


@dataclass(frozen=True)
class _Doel:
    regiocode: str
    gemeentecode: Optional[str]
    plaats: Optional[str]
    is_gemeentenaam: bool = False


@dataclass
class _Index:
    namen: Dict[str, List[_Doel]] = field(default_factory=dict)
    zonder_spaties: Dict[str, List[_Doel]] = field(default_factory=dict)
    risico: Dict[str, str] = field(default_factory=dict)  # sleutel -> woord/streng/nooit
    te_algemeen: frozenset = frozenset()
    pc4_van: List[int] = field(default_factory=list)
    pc4_reeksen: list = field(default_factory=list)
    pc4_plaats: Dict[int, str] = field(default_factory=dict)
    grens_pc4: Dict[int, str] = field(default_factory=dict)
    fuzzy_sleutels: List[str] = field(default_factory=list)
    fuzzy_sleutels_veilig: List[str] = field(default_factory=list)


_TOEVOEGING_RE = re.compile(r"\s*\((?:NH|L|O|Gld|GLD|NB)\)$")


def _voeg_toe(d: Dict[str, List[_Doel]], key: str, doel: _Doel) -> None:
    if not key:
        return
    lijst = d.setdefault(key, [])
    if doel not in lijst:
        lijst.append(doel)


@functools.lru_cache(maxsize=1)
def _index() -> _Index:
    g = laad()
    idx = _Index()

    def add(naam: str, doel: _Doel) -> None:
        k = sleutel(naam)
        _voeg_toe(idx.namen, k, doel)
        _voeg_toe(idx.zonder_spaties, k.replace(" ", ""), doel)

    for gem in g.gemeenten.values():
        doel = _Doel(gem.regiocode, gem.code, None, True)
        add(gem.naam, doel)
        basis = _TOEVOEGING_RE.sub("", gem.naam)
        if basis != gem.naam:
            add(basis, doel)
    plaats_doelen: Dict[str, List[_Doel]] = {}
    for p in g.plaatsen:
        regiocode = g.gemeenten[p.gemeentecode].regiocode
        doel = _Doel(regiocode, p.gemeentecode, p.naam)
        add(p.naam, doel)
        if p.rivm_naam != p.naam:
            add(p.rivm_naam, doel)
        _voeg_toe(plaats_doelen, sleutel(p.naam), doel)
        for pc in p.pc4:
            idx.pc4_plaats[pc] = p.naam
    for r in g.regios.values():
        doel = _Doel(r.code, None, None)
        add(r.naam, doel)
        add(r.weergavenaam, doel)
    for alias in g.herkenning.aliassen:
        for d in alias.doelen:
            if d.upper().startswith("GM"):
                plaatsnaam = None if alias.als_gemeente else alias.naam
                add(alias.naam, _Doel(g.gemeenten[d].regiocode, d, plaatsnaam))
            elif d.upper().startswith("ZK"):
                add(alias.naam, _Doel(d, None, None))
            else:
                for doel in plaats_doelen[sleutel(d)]:
                    add(alias.naam, doel)

    for naam, niveau in g.herkenning.woordrisico.items():
        idx.risico[sleutel(naam)] = niveau
    idx.te_algemeen = frozenset(sleutel(n) for n in g.herkenning.te_algemeen)
    for k in idx.te_algemeen:
        idx.namen.pop(k, None)
        idx.zonder_spaties.pop(k.replace(" ", ""), None)

    reeksen = sorted(g.postcodes, key=lambda r: r.van)
    idx.pc4_reeksen = reeksen
    idx.pc4_van = [r.van for r in reeksen]
    idx.grens_pc4 = dict(g.herkenning.grens_pc4)
    idx.fuzzy_sleutels = sorted(idx.zonder_spaties)
    veilig = set()
    for k, doelen in idx.namen.items():
        if _risico(idx, k) == "":
            veilig.add(k.replace(" ", ""))
    idx.fuzzy_sleutels_veilig = sorted(veilig)
    return idx


def _risico(idx: _Index, key: str) -> str:
    niveau = idx.risico.get(key, "")
    if not niveau and " " not in key and len(key) <= 3:
        niveau = "woord"
    return niveau


# --------------------------------------------------------------------------------------------
# Van doelen naar resultaat


def _locatie(doel: _Doel, pc4: Optional[str] = None) -> Locatie:
    g = laad()
    gem = g.gemeenten[doel.gemeentecode] if doel.gemeentecode else None
    return Locatie(regio=g.regios[doel.regiocode], gemeente=gem, plaats=doel.plaats, pc4=pc4)


def _sorteer(locaties: Sequence[Locatie]) -> Tuple[Locatie, ...]:
    # Eerst de eigen regio's van Zorg en Zekerheid, dan alfabetisch.
    return tuple(sorted(locaties, key=lambda l: (not l.is_zorg_en_zekerheid, l.label.lower())))


def _uit_doelen(
    doelen: Sequence[_Doel], invoer: str, methode: str, herkend: Optional[str]
) -> PlaatsResultaat:
    # Eén locatie per gemeente (of per regio als er geen gemeente is).
    per_gemeente: Dict[str, List[_Doel]] = {}
    regio_doelen: Dict[str, _Doel] = {}
    for d in doelen:
        if d.gemeentecode:
            per_gemeente.setdefault(d.gemeentecode, []).append(d)
        else:
            regio_doelen.setdefault(d.regiocode, d)

    def gemeente_locatie(code: str) -> Locatie:
        ds = per_gemeente[code]
        namen = {d.plaats for d in ds if d.plaats}
        if any(d.is_gemeentenaam for d in ds) or len(namen) != 1:
            return _locatie(_Doel(ds[0].regiocode, code, None))
        return _locatie(_Doel(ds[0].regiocode, code, namen.pop()))

    gem_locs = [gemeente_locatie(c) for c in per_gemeente]
    gem_regios = {l.regio.code for l in gem_locs}
    # Een regio met dezelfde naam als een gemeente in die regio (Utrecht, Groningen): de gemeente telt.
    reg_locs = [_locatie(d) for c, d in regio_doelen.items() if c not in gem_regios]
    alle = gem_locs + reg_locs
    if len(alle) == 1:
        return PlaatsResultaat(GEVONDEN, invoer, alle[0], (), methode, herkend)
    exact = {d.gemeentecode for d in doelen if d.is_gemeentenaam}
    if len(exact) == 1:
        code = exact.pop()
        hoofd = next(l for l in gem_locs if l.gemeente and l.gemeente.code == code)
        anders = [l for l in alle if l is not hoofd]
        return PlaatsResultaat(GEVONDEN, invoer, hoofd, _sorteer(anders), methode, herkend)
    return PlaatsResultaat(MEERDERE, invoer, None, _sorteer(alle), methode, herkend)


def _op_pc4(pc4: int, invoer: str, herkend: str) -> PlaatsResultaat:
    idx = _index()
    i = bisect.bisect_right(idx.pc4_van, pc4) - 1
    if i >= 0:
        r = idx.pc4_reeksen[i]
        if r.van <= pc4 <= r.tot:
            g = laad()
            gem = g.gemeenten[r.gemeentecode]
            loc = Locatie(
                regio=g.regios[gem.regiocode],
                gemeente=gem,
                plaats=idx.pc4_plaats.get(pc4),
                pc4=f"{pc4:04d}",
            )
            return PlaatsResultaat(
                GEVONDEN, invoer, loc, (), "postcode", herkend, idx.grens_pc4.get(pc4)
            )
    return PlaatsResultaat(
        ONBEKEND, invoer, methode="postcode", herkend=herkend, opmerking="Deze postcode ken ik niet."
    )


def _op_code(code: str, invoer: str) -> PlaatsResultaat:
    g = laad()
    code = code.upper()
    if code in g.gemeenten:
        gem = g.gemeenten[code]
        return PlaatsResultaat(GEVONDEN, invoer, Locatie(g.regios[gem.regiocode], gem), (), "code", code)
    if code in g.regios:
        return PlaatsResultaat(GEVONDEN, invoer, Locatie(g.regios[code]), (), "code", code)
    return PlaatsResultaat(ONBEKEND, invoer)


def _fuzzy(tekst_sleutel: str, veilig: bool, cutoff: float) -> Optional[List[_Doel]]:
    idx = _index()
    kandidaten = idx.fuzzy_sleutels_veilig if veilig else idx.fuzzy_sleutels
    zs = tekst_sleutel.replace(" ", "")
    if len(zs) < 5:
        return None
    treffers = difflib.get_close_matches(zs, kandidaten, n=5, cutoff=cutoff)
    if not treffers:
        return None
    beste = difflib.SequenceMatcher(None, zs, treffers[0]).ratio()
    doelen: List[_Doel] = []
    for t in treffers:
        if difflib.SequenceMatcher(None, zs, t).ratio() >= beste - 0.02:
            for d in idx.zonder_spaties[t]:
                if d not in doelen:
                    doelen.append(d)
    return doelen


# --------------------------------------------------------------------------------------------
# Zoeken in een zin


@dataclass(frozen=True)
class _Kandidaat:
    start: int
    lengte: int
    doelen: Tuple[_Doel, ...]
    risico: str
    woonwoord: bool
    herkend: str


def _postcode_in_tekst(zin: str) -> Optional[PlaatsResultaat]:
    for m in _POSTCODE_VOL_RE.finditer(zin):
        letters = m.group(3)
        spatie = m.group(2)
        if letters.upper() in ("SA", "SD", "SS"):  # worden in postcodes niet gebruikt
            continue
        if not spatie and letters.lower() in _EENHEDEN:
            continue
        if spatie and not letters.isupper():
            # "2132 ab" alleen na het woord postcode; anders is het eerder "in 2026 ga ik ..."
            ervoor = zin[max(0, m.start() - 25) : m.start()].lower()
            if "postcode" not in ervoor:
                continue
        return _op_pc4(int(m.group(1)), zin, m.group(0))
    m = _PC4_NA_WOORD_RE.search(zin)
    if m:
        return _op_pc4(int(m.group(1)), zin, m.group(1))
    return None


def _toegestaan(toks: List[Token], i: int, lengte: int, risico: str, antwoord: bool) -> bool:
    if risico == "nooit":
        return False
    vorige = toks[i - 1].norm if i > 0 else None
    vorige2 = toks[i - 2].norm if i > 1 else None
    # Achternaam? ("mevrouw de Vries", "Jan van Loon")
    if vorige in _PARTIKELS:
        if vorige == "van" and vorige2 in _NA_VAN_PLAATS:
            pass
        elif vorige in ("de", "den") and vorige2 in _AANWIJZERS:
            pass  # "in de Haarlemmermeer"
        else:
            return False
    if risico == "":
        return True
    inhoud = next((t for t in toks[i : i + lengte] if t.norm not in _LIDWOORDEN), toks[i])
    hoofdletter = inhoud.orig[:1].isupper()
    aanwijzer = vorige in _AANWIJZERS
    if antwoord:  # de gebruiker gaf antwoord op "waar woont u?": één van beide is genoeg
        return hoofdletter or aanwijzer or lengte == len(toks)
    if lengte == len(toks):  # de hele tekst is de naam
        return risico == "woord"
    if risico == "woord":
        # Een hoofdletter aan het begin van de zin zegt niets ("Leiden deze kosten tot ...").
        return (hoofdletter and not toks[i].zinsbegin) or aanwijzer
    # streng
    return hoofdletter and not toks[i].zinsbegin and aanwijzer


def _kandidaten(zin: str, antwoord: bool) -> List[_Kandidaat]:
    idx = _index()
    toks = tokens(zin)
    uit: List[_Kandidaat] = []
    i = 0
    while i < len(toks):
        gevonden = False
        for lengte in range(min(_MAX_NGRAM, len(toks) - i), 0, -1):
            stuk = toks[i : i + lengte]
            key = " ".join(t.norm for t in stuk)
            doelen = idx.namen.get(key)
            aaneen = doelen is None and lengte > 1
            if aaneen:
                doelen = idx.zonder_spaties.get(key.replace(" ", ""))
            if not doelen:
                continue
            risico = _risico(idx, key)
            if aaneen:
                # Words that spell a place only when written together ("op meer" -> Opmeer, "naar den" ->
                # Naarden, "nu is" -> Nuis) are ordinary words far more often: a capital or 'in' must say so.
                risico = max(_risico(idx, key.replace(" ", "")), "woord", key=_RISICO_RANG.__getitem__)
            if not _toegestaan(toks, i, lengte, risico, antwoord):
                continue
            woon = any(t.norm in _WOONWOORDEN for t in toks[max(0, i - 4) : i])
            herkend = zin[stuk[0].start : stuk[-1].eind]
            uit.append(_Kandidaat(i, lengte, tuple(doelen), risico, woon, herkend))
            i += lengte
            gevonden = True
            break
        if not gevonden:
            i += 1
    return uit


def _fuzzy_in_zin(zin: str) -> Optional[Tuple[List[_Doel], str]]:
    toks = tokens(zin)
    for i in range(1, len(toks)):
        if toks[i - 1].norm not in _AANWIJZERS and toks[i - 1].norm not in _WOONWOORDEN:
            continue
        if toks[i].norm in _STOPWOORDEN:
            continue
        for lengte in range(min(3, len(toks) - i), 0, -1):
            stuk = toks[i : i + lengte]
            if any(t.norm in _STOPWOORDEN for t in stuk):
                continue
            zs = "".join(t.norm for t in stuk)
            if len(zs) < 6:
                continue
            doelen = _fuzzy(zs, veilig=True, cutoff=_FUZZY_CUTOFF_ZIN)
            if doelen:
                return doelen, zin[stuk[0].start : stuk[-1].eind]
    return None


def _zoek(zin: str, antwoord: bool) -> Optional[PlaatsResultaat]:
    pc = _postcode_in_tekst(zin)
    if pc is not None:
        return pc
    kand = _kandidaten(zin, antwoord)
    if kand:
        beste = min(
            kand, key=lambda k: (not k.woonwoord, _RISICO_RANG[k.risico], -k.lengte, k.start)
        )
        return _uit_doelen(beste.doelen, zin, "naam", beste.herkend)
    fz = _fuzzy_in_zin(zin)
    if fz:
        doelen, herkend = fz
        return _uit_doelen(doelen, zin, "tikfout", herkend)
    return None


# --------------------------------------------------------------------------------------------
# Publieke functies


def resolve_plaats(tekst: str) -> PlaatsResultaat:
    """Zoek een gemeente, woonplaats/kern, regio, postcode (PC4 of volledig) of code (GM0394/ZK28).

    Bedoeld voor een antwoord op "In welke gemeente of plaats woont u?". Hoofdletters, streepjes,
    apostrofs, 'a/d', 'Den Haag', 'Den Bosch' en kleine tikfouten worden herkend. Bij een tikfout is
    methode == "tikfout": laat de bot dan bevestigen ("Bedoelt u Hoofddorp?").
    """
    invoer = tekst or ""
    t = invoer.strip()
    if not t:
        return PlaatsResultaat(ONBEKEND, invoer)
    m = _CODE_RE.match(t)
    if m:
        return _op_code(m.group(1), invoer)
    m = _ALLEEN_POSTCODE_RE.match(t)
    if m:
        return _op_pc4(int(m.group(1)), invoer, t)
    idx = _index()
    key = sleutel(t)
    if key in idx.te_algemeen:
        return PlaatsResultaat(
            ONBEKEND, invoer, herkend=t, opmerking="Dat is te algemeen. Noem uw gemeente, woonplaats of postcode."
        )
    doelen = idx.namen.get(key) or idx.zonder_spaties.get(key.replace(" ", ""))
    if doelen:
        return _uit_doelen(doelen, invoer, "naam", t)
    gevonden = _zoek(t, antwoord=True)
    if gevonden is not None:
        return gevonden
    doelen = _fuzzy(key, veilig=False, cutoff=_FUZZY_CUTOFF_ANTWOORD)
    if doelen:
        return _uit_doelen(doelen, invoer, "tikfout", t)
    return PlaatsResultaat(ONBEKEND, invoer)


def vind_plaats_in_tekst(zin: str) -> Optional[PlaatsResultaat]:
    """Zoek een plaats of postcode in een hele zin ("ik woon in nieuw-vennep en wil klagen").

    Langste naam eerst; een naam na 'ik woon in' e.d. gaat voor. Plaatsnamen die ook een gewoon woord
    zijn ('best', 'leiden', 'huizen') tellen alleen met hoofdletter en/of direct na 'in', 'uit', ...
    Geeft None als er niets gevonden is.
    """
    if not zin or not zin.strip():
        return None
    return _zoek(zin, antwoord=False)


def _zekerheid(resultaat: PlaatsResultaat) -> Tuple[int, int, int]:
    """Sorteersleutel, beste eerst: zeker gevonden, dan een postcode, dan de langste herkende naam."""
    rang = 0 if resultaat.zeker else 1 if resultaat.gevonden else 2
    return rang, resultaat.methode != "postcode", -len(resultaat.herkend or resultaat.invoer)


def plaats_in_bericht(
    tekst: str, genoemd: Sequence[str] = (), antwoord: bool = False
) -> Optional[PlaatsResultaat]:
    """De plaats in een chatbericht, uit de hele tekst en de plaatsnamen/postcodes die de NLU erin vond.

    genoemd:  waarden van de entiteiten (postcode eerst), bijv. ["alphen", "rijn"] bij "ik woon in alphen a/d
              rijn": de NLU pakt soms maar een deel van de naam. Het zekerste resultaat wint; bij gelijke
              zekerheid een postcode, dan de langste naam ("alphen a/d rijn" boven "alphen"), dan de entiteit
              (een gemeentecode van een knop).
    antwoord: de tekst is een antwoord op "waar woont u?": staat er geen bekende plaats in, dan geeft
              resolve_plaats(tekst) het resultaat (ook "onbekend"). Anders None als er niets gevonden is.
    """
    kandidaten = [r for r in (resolve_plaats(waarde) for waarde in genoemd if waarde) if r.soort != ONBEKEND]
    in_tekst = vind_plaats_in_tekst(tekst)
    if in_tekst is not None:
        kandidaten.append(in_tekst)
    if kandidaten:
        return min(kandidaten, key=_zekerheid)
    return resolve_plaats(tekst) if antwoord else None


_RANGTELWOORDEN = {
    "1": 0, "een": 0, "eerste": 0, "eerst": 0,
    "2": 1, "twee": 1, "tweede": 1,
    "3": 2, "drie": 2, "derde": 2,
    "4": 3, "vier": 3, "vierde": 3,
    "5": 4, "vijf": 4, "vijfde": 4,
}


def kies_optie(resultaat: PlaatsResultaat, antwoord: str) -> PlaatsResultaat:
    """Verwerk het antwoord op "Bedoelt u A of B?". Herkent 'de eerste', '2', een gemeentenaam of postcode.

    Geeft een 'gevonden' resultaat als het antwoord één optie aanwijst; noemt de gebruiker iets anders
    dat wel een plaats is, dan dat resultaat; anders het oorspronkelijke resultaat (nog steeds 'meerdere').
    """
    if resultaat.soort != MEERDERE or not resultaat.opties:
        return resolve_plaats(antwoord)
    opties = resultaat.opties
    toks = [t.norm for t in tokens(antwoord)]
    if toks and toks[-1] in ("laatste", "laatst"):
        return _gekozen(resultaat, opties[-1], antwoord)
    inhoud = [t for t in toks if t not in ("de", "het", "nummer", "optie")]
    if len(inhoud) == 1 and inhoud[0] in _RANGTELWOORDEN:
        n = _RANGTELWOORDEN[inhoud[0]]
        if n < len(opties):
            return _gekozen(resultaat, opties[n], antwoord)
    key = " " + " ".join(toks) + " "
    passend = []
    for o in opties:
        namen = [o.label, o.regio.weergavenaam, o.regio.naam]
        if o.gemeente:
            namen.append(o.gemeente.naam)
        if any(f" {sleutel(n)} " in key for n in namen if n):
            passend.append(o)
    if len(passend) == 1:
        return _gekozen(resultaat, passend[0], antwoord)
    nieuw = resolve_plaats(antwoord)
    if nieuw.gevonden and nieuw.locatie is not None:
        for o in opties:
            if o.gemeente and nieuw.gemeente and o.gemeente.code == nieuw.gemeente.code:
                return _gekozen(resultaat, o, antwoord)
        return nieuw
    return resultaat


def _gekozen(oud: PlaatsResultaat, locatie: Locatie, antwoord: str) -> PlaatsResultaat:
    return PlaatsResultaat(GEVONDEN, antwoord, locatie, (), "keuze", oud.herkend)
