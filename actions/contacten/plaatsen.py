"""Recognises a place, municipality, region or postcode and links it to municipality, region and zorgkantoor.

Public:
    resolve_plaats(tekst)        -> PlaatsResultaat          (the whole text answers "waar woont u?")
    vind_plaats_in_tekst(zin)    -> PlaatsResultaat | None   (a place or postcode anywhere in a sentence)
    plaats_in_bericht(tekst, genoemd, antwoord) -> PlaatsResultaat | None   (text and NLU entities together)
"""

from __future__ import annotations

import bisect
import difflib
import functools
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from enum import Enum

from .gegevens import Gemeente, Postcodereeks, Regio, Woordrisico, laad
from .normalisatie import Token, sleutel, tokens


class PlaatsStatus(str, Enum):
    """Outcome of looking up a place."""

    GEVONDEN = "gevonden"  # one location
    MEERDERE = "meerdere"  # several: ask which one
    ONBEKEND = "onbekend"  # no known place


class Methode(str, Enum):
    """How the place was found."""

    POSTCODE = "postcode"
    NAAM = "naam"
    CODE = "code"  # GM0394 or ZK28 (a slot value, a button)
    TIKFOUT = "tikfout"  # a guess at a typo: let the bot confirm it


# Right before a place name: makes it likely that a word is a place.
_AANWIJZERS = frozenset(
    "in uit naar gemeente woonplaats regio omgeving nabij wonend woonachtig vanuit rond".split()
)
# Shortly before the place: the user says where he lives (this match goes first).
_WOONWOORDEN = frozenset(
    """woon woont wonen woonde woonachtig wonend woonplaats gemeente postcode
    verhuisd verhuis verhuizen""".split()
)
# Before a surname ("de Vries", "van Loon", "mevrouw Best").
_PARTIKELS = frozenset("de der den ten ter van mevrouw meneer mevr dhr mw heer familie fam".split())
_NA_VAN_PLAATS = frozenset("buurt omgeving gemeente regio centrum rand noorden zuiden oosten westen".split())
_LIDWOORDEN = frozenset(("de", "den", "het", "t", "s"))
# Words a place name does not start with (for finding typos in a sentence).
_STOPWOORDEN = frozenset(
    """de het een en of in op te van voor met mijn uw jouw zijn haar hun ons onze deze die dit dat
    er hier daar wat wie hoe waar wanneer welke niet geen wel ook nog al maar dan als om aan bij door
    naar uit over tot na zo heel erg veel weinig meer minder ik je jij u hij zij we wij ze zij men
    ben bent is zijn was waren heb hebt heeft hebben had kan kun kunt kunnen wil wilt willen moet
    moeten mag mogen zal zult zullen ga gaat gaan kom komt komen wordt worden werd zorg hulp""".split()
)
_MAX_NGRAM = 6
_FUZZY_CUTOFF_ANTWOORD = 0.85
_FUZZY_CUTOFF_ZIN = 0.88

# Postcode: 4 digits (not starting with 0), optionally 2 letters.
_POSTCODE_VOL_RE = re.compile(r"(?<![\d])([1-9]\d{3})(\s?)([A-Za-z]{2})(?![A-Za-z\d])")
_PC4_NA_WOORD_RE = re.compile(r"postcode\s*(?:is|:)?\s*([1-9]\d{3})(?!\d)", re.IGNORECASE)
_ALLEEN_POSTCODE_RE = re.compile(r"^\s*(?:postcode\s*:?\s*)?([1-9]\d{3})\s*([A-Za-z]{2})?\s*[.!]?\s*$", re.I)
_CODE_RE = re.compile(r"^\s*(GM\d{4}|ZK\d{2})\s*$", re.IGNORECASE)
# Units that may follow 4 digits directly ("1500km") and so are no postcode letters.
_EENHEDEN = frozenset("km kg cm mm ml mg gr pm am ct eu kb mb gb hz kw".split())


# --------------------------------------------------------------------------------------------
# Result types


@dataclass(frozen=True)
class Locatie:
    """A concrete place: a municipality (or only a region) with region and zorgkantoor."""

    regio: Regio
    gemeente: Gemeente | None = None
    plaats: str | None = None  # place of residence as recognised (None = the municipality itself)
    pc4: str | None = None

    @property
    def label(self) -> str:
        """Short name for a question or confirmation, e.g. 'Rozenburg (gemeente Haarlemmermeer)'."""
        if self.gemeente is None:
            return f"regio {self.regio.weergavenaam}"
        if self.plaats and sleutel(self.plaats) != sleutel(self.gemeente.naam):
            return f"{self.plaats} (gemeente {self.gemeente.naam})"
        return self.gemeente.naam

    @property
    def code(self) -> str:
        """Municipality code, or region code when only the region is known. Fit for a slot value."""
        return self.gemeente.code if self.gemeente else self.regio.code

    @property
    def zorgkantoor(self) -> str | None:
        return self.regio.zorgkantoor


@dataclass(frozen=True)
class PlaatsResultaat:
    """Outcome of the look-up.

    soort:     GEVONDEN (locatie is set), MEERDERE (opties: ask which one), ONBEKEND.
    opties:    with MEERDERE the choices; with GEVONDEN other places with the same name
               (e.g. Noordwijk in Westerkwartier), so the bot can say "Bedoelt u toch ...?".
    methode:   how it was found; TIKFOUT is a guess that the bot lets the user confirm.
    herkend:   the piece of text that was recognised.
    opmerking: extra explanation (e.g. a postcode area across a municipal border, or "te algemeen").
    """

    soort: PlaatsStatus
    invoer: str
    locatie: Locatie | None = None
    opties: tuple[Locatie, ...] = ()
    methode: Methode | None = None
    herkend: str | None = None
    opmerking: str | None = None

    @property
    def gevonden(self) -> bool:
        return self.soort is PlaatsStatus.GEVONDEN

    @property
    def zeker(self) -> bool:
        return self.gevonden and self.methode is not Methode.TIKFOUT

    @property
    def gemeente(self) -> Gemeente | None:
        return self.locatie.gemeente if self.locatie else None

    @property
    def regio(self) -> Regio | None:
        if self.locatie:
            return self.locatie.regio
        regios = {o.regio.code: o.regio for o in self.opties}
        if self.soort is PlaatsStatus.MEERDERE and len(regios) == 1:
            return next(iter(regios.values()))  # all options lie in the same region
        return None

    @property
    def zorgkantoor(self) -> str | None:
        r = self.regio
        return r.zorgkantoor if r else None

    @property
    def in_eigen_regio(self) -> bool | None:
        """True/False when every option lies in / outside the bot's own regions; None when that differs."""
        if self.regio is not None:
            return self.regio.eigen
        waarden = {o.regio.eigen for o in self.opties}
        return waarden.pop() if self.soort is PlaatsStatus.MEERDERE and len(waarden) == 1 else None

    @property
    def slot_waarde(self) -> str | None:
        """Code to keep in a slot; resolve_plaats(code) gives the same location later."""
        return self.locatie.code if self.locatie else None


# --------------------------------------------------------------------------------------------
# Index


@dataclass(frozen=True)
class _Doel:
    regiocode: str
    gemeentecode: str | None
    plaats: str | None
    is_gemeentenaam: bool = False


@dataclass
class _Index:
    namen: dict[str, list[_Doel]] = field(default_factory=dict)
    zonder_spaties: dict[str, list[_Doel]] = field(default_factory=dict)
    risico: dict[str, Woordrisico] = field(default_factory=dict)  # key -> level
    te_algemeen: frozenset[str] = frozenset()
    pc4_van: list[int] = field(default_factory=list)
    pc4_reeksen: list[Postcodereeks] = field(default_factory=list)
    pc4_plaats: dict[int, str] = field(default_factory=dict)
    grens_pc4: dict[int, str] = field(default_factory=dict)
    fuzzy_sleutels: list[str] = field(default_factory=list)
    fuzzy_sleutels_veilig: list[str] = field(default_factory=list)


_TOEVOEGING_RE = re.compile(r"\s*\((?:NH|L|O|Gld|GLD|NB)\)$")


def _voeg_toe(d: dict[str, list[_Doel]], key: str, doel: _Doel) -> None:
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
    plaats_doelen: dict[str, list[_Doel]] = {}
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
    for k in idx.namen:
        if _risico(idx, k) is Woordrisico.GEEN:
            veilig.add(k.replace(" ", ""))
    idx.fuzzy_sleutels_veilig = sorted(veilig)
    return idx


def _risico(idx: _Index, key: str) -> Woordrisico:
    niveau = idx.risico.get(key, Woordrisico.GEEN)
    if niveau is Woordrisico.GEEN and " " not in key and len(key) <= 3:
        niveau = Woordrisico.WOORD
    return niveau


# --------------------------------------------------------------------------------------------
# From targets to a result


def _locatie(doel: _Doel, pc4: str | None = None) -> Locatie:
    g = laad()
    gem = g.gemeenten[doel.gemeentecode] if doel.gemeentecode else None
    return Locatie(regio=g.regios[doel.regiocode], gemeente=gem, plaats=doel.plaats, pc4=pc4)


def _sorteer(locaties: Sequence[Locatie]) -> tuple[Locatie, ...]:
    # The bot's own regions first, then alphabetically.
    return tuple(sorted(locaties, key=lambda loc: (not loc.regio.eigen, loc.label.lower())))


def _uit_doelen(
    doelen: Sequence[_Doel], invoer: str, methode: Methode, herkend: str | None
) -> PlaatsResultaat:
    # One location per municipality (or per region when there is no municipality).
    per_gemeente: dict[str, list[_Doel]] = {}
    regio_doelen: dict[str, _Doel] = {}
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
    gem_regios = {loc.regio.code for loc in gem_locs}
    # A region with the same name as a municipality in it (Utrecht, Groningen): the municipality counts.
    reg_locs = [_locatie(d) for c, d in regio_doelen.items() if c not in gem_regios]
    alle = gem_locs + reg_locs
    if len(alle) == 1:
        return PlaatsResultaat(PlaatsStatus.GEVONDEN, invoer, alle[0], (), methode, herkend)
    exact = {d.gemeentecode for d in doelen if d.is_gemeentenaam}
    if len(exact) == 1:
        code = exact.pop()
        hoofd = next(loc for loc in gem_locs if loc.gemeente and loc.gemeente.code == code)
        anders = [loc for loc in alle if loc is not hoofd]
        return PlaatsResultaat(PlaatsStatus.GEVONDEN, invoer, hoofd, _sorteer(anders), methode, herkend)
    return PlaatsResultaat(PlaatsStatus.MEERDERE, invoer, None, _sorteer(alle), methode, herkend)


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
                PlaatsStatus.GEVONDEN, invoer, loc, (), Methode.POSTCODE, herkend, idx.grens_pc4.get(pc4)
            )
    return PlaatsResultaat(
        PlaatsStatus.ONBEKEND,
        invoer,
        methode=Methode.POSTCODE,
        herkend=herkend,
        opmerking="Deze postcode ken ik niet.",
    )


def _op_code(code: str, invoer: str) -> PlaatsResultaat:
    g = laad()
    code = code.upper()
    if code in g.gemeenten:
        gem = g.gemeenten[code]
        return PlaatsResultaat(
            PlaatsStatus.GEVONDEN, invoer, Locatie(g.regios[gem.regiocode], gem), (), Methode.CODE, code
        )
    if code in g.regios:
        return PlaatsResultaat(PlaatsStatus.GEVONDEN, invoer, Locatie(g.regios[code]), (), Methode.CODE, code)
    return PlaatsResultaat(PlaatsStatus.ONBEKEND, invoer)


def _fuzzy(tekst_sleutel: str, veilig: bool, cutoff: float) -> list[_Doel] | None:
    idx = _index()
    kandidaten = idx.fuzzy_sleutels_veilig if veilig else idx.fuzzy_sleutels
    zs = tekst_sleutel.replace(" ", "")
    if len(zs) < 5:
        return None
    treffers = difflib.get_close_matches(zs, kandidaten, n=5, cutoff=cutoff)
    if not treffers:
        return None
    beste = difflib.SequenceMatcher(None, zs, treffers[0]).ratio()
    doelen: list[_Doel] = []
    for t in treffers:
        if difflib.SequenceMatcher(None, zs, t).ratio() >= beste - 0.02:
            for d in idx.zonder_spaties[t]:
                if d not in doelen:
                    doelen.append(d)
    return doelen


# --------------------------------------------------------------------------------------------
# Looking in a sentence


@dataclass(frozen=True)
class _Kandidaat:
    start: int
    lengte: int
    doelen: tuple[_Doel, ...]
    risico: Woordrisico
    woonwoord: bool
    herkend: str


def _postcode_in_tekst(zin: str) -> PlaatsResultaat | None:
    for m in _POSTCODE_VOL_RE.finditer(zin):
        letters = m.group(3)
        spatie = m.group(2)
        if letters.upper() in ("SA", "SD", "SS"):  # not used in postcodes
            continue
        if not spatie and letters.lower() in _EENHEDEN:
            continue
        if spatie and not letters.isupper():
            # "2132 ab" only after the word postcode; otherwise it is rather "in 2026 ga ik ..."
            ervoor = zin[max(0, m.start() - 25) : m.start()].lower()
            if "postcode" not in ervoor:
                continue
        return _op_pc4(int(m.group(1)), zin, m.group(0))
    na_woord = _PC4_NA_WOORD_RE.search(zin)
    if na_woord:
        return _op_pc4(int(na_woord.group(1)), zin, na_woord.group(1))
    return None


def _toegestaan(toks: list[Token], i: int, lengte: int, risico: Woordrisico, antwoord: bool) -> bool:
    if risico is Woordrisico.NOOIT:
        return False
    vorige = toks[i - 1].norm if i > 0 else None
    vorige2 = toks[i - 2].norm if i > 1 else None
    # A surname? ("mevrouw de Vries", "Jan van Loon")
    if vorige in _PARTIKELS:
        if vorige == "van" and vorige2 in _NA_VAN_PLAATS:
            pass
        elif vorige in ("de", "den") and vorige2 in _AANWIJZERS:
            pass  # "in de Haarlemmermeer"
        else:
            return False
    if risico is Woordrisico.GEEN:
        return True
    inhoud = next((t for t in toks[i : i + lengte] if t.norm not in _LIDWOORDEN), toks[i])
    hoofdletter = inhoud.orig[:1].isupper()
    aanwijzer = vorige in _AANWIJZERS
    if antwoord:  # the user answered "waar woont u?": either one is enough
        return hoofdletter or aanwijzer or lengte == len(toks)
    if lengte == len(toks):  # the whole text is the name
        return risico is Woordrisico.WOORD
    if risico is Woordrisico.WOORD:
        # A capital at the start of a sentence says nothing ("Leiden deze kosten tot ...").
        return (hoofdletter and not toks[i].zinsbegin) or aanwijzer
    # streng
    return hoofdletter and not toks[i].zinsbegin and aanwijzer


def _kandidaten(zin: str, antwoord: bool) -> list[_Kandidaat]:
    idx = _index()
    toks = tokens(zin)
    uit: list[_Kandidaat] = []
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
                risico = max(_risico(idx, key.replace(" ", "")), Woordrisico.WOORD, key=lambda r: r.rang)
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


def _fuzzy_in_zin(zin: str) -> tuple[list[_Doel], str] | None:
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


def _zoek(zin: str, antwoord: bool) -> PlaatsResultaat | None:
    pc = _postcode_in_tekst(zin)
    if pc is not None:
        return pc
    kand = _kandidaten(zin, antwoord)
    if kand:
        beste = min(kand, key=lambda k: (not k.woonwoord, k.risico.rang, -k.lengte, k.start))
        return _uit_doelen(beste.doelen, zin, Methode.NAAM, beste.herkend)
    fz = _fuzzy_in_zin(zin)
    if fz:
        doelen, herkend = fz
        return _uit_doelen(doelen, zin, Methode.TIKFOUT, herkend)
    return None


# --------------------------------------------------------------------------------------------
# Public functions


def resolve_plaats(tekst: str) -> PlaatsResultaat:
    """Looks up a municipality, place, region, postcode (PC4 or full) or code (GM0394/ZK28).

    Meant for an answer to "In welke gemeente of plaats woont u?". Capitals, hyphens, apostrophes, 'a/d',
    'Den Haag', 'Den Bosch' and small typos are recognised. A typo gives methode TIKFOUT: let the bot
    confirm it ("Ik ga ervan uit dat u Hoofddorp bedoelt").
    """
    invoer = tekst or ""
    t = invoer.strip()
    if not t:
        return PlaatsResultaat(PlaatsStatus.ONBEKEND, invoer)
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
            PlaatsStatus.ONBEKEND,
            invoer,
            herkend=t,
            opmerking="Dat is te algemeen. Noem uw gemeente, woonplaats of postcode.",
        )
    doelen = idx.namen.get(key) or idx.zonder_spaties.get(key.replace(" ", ""))
    if doelen:
        return _uit_doelen(doelen, invoer, Methode.NAAM, t)
    gevonden = _zoek(t, antwoord=True)
    if gevonden is not None:
        return gevonden
    doelen = _fuzzy(key, veilig=False, cutoff=_FUZZY_CUTOFF_ANTWOORD)
    if doelen:
        return _uit_doelen(doelen, invoer, Methode.TIKFOUT, t)
    return PlaatsResultaat(PlaatsStatus.ONBEKEND, invoer)


def vind_plaats_in_tekst(zin: str) -> PlaatsResultaat | None:
    """Looks for a place or postcode in a whole sentence ("ik woon in nieuw-vennep en wil klagen").

    Longest name first; a name after 'ik woon in' and the like goes first. Place names that are also an
    ordinary word ('best', 'leiden', 'huizen') count only with a capital and/or right after 'in', 'uit', ...
    None when nothing is found.
    """
    if not zin or not zin.strip():
        return None
    return _zoek(zin, antwoord=False)


def _zekerheid(resultaat: PlaatsResultaat) -> tuple[int, bool, int]:
    """Sort key, best first: surely found, then a postcode, then the longest recognised name."""
    rang = 0 if resultaat.zeker else 1 if resultaat.gevonden else 2
    return rang, resultaat.methode is not Methode.POSTCODE, -len(resultaat.herkend or resultaat.invoer)


def plaats_in_bericht(
    tekst: str, genoemd: Sequence[str] = (), antwoord: bool = False
) -> PlaatsResultaat | None:
    """The place in a chat message, from the whole text and the place names/postcodes the NLU found in it.

    genoemd:  values of the entities (postcode first), e.g. ["alphen", "rijn"] for "ik woon in alphen a/d
              rijn": the NLU sometimes takes only part of the name. The surest result wins; with equal
              certainty a postcode, then the longest name ("alphen a/d rijn" over "alphen"), then the entity
              (a municipality code from a button).
    antwoord: the text answers "waar woont u?": without a known place in it, resolve_plaats(tekst) gives the
              result (also ONBEKEND). Otherwise None when nothing is found.
    """
    kandidaten = [
        r
        for r in (resolve_plaats(waarde) for waarde in genoemd if waarde)
        if r.soort is not PlaatsStatus.ONBEKEND
    ]
    in_tekst = vind_plaats_in_tekst(tekst)
    if in_tekst is not None:
        kandidaten.append(in_tekst)
    if kandidaten:
        return min(kandidaten, key=_zekerheid)
    return resolve_plaats(tekst) if antwoord else None
