"""The questions of the eigen-bijdrage form: which ones apply, how they are asked, what an answer
means, the cautious assumption after "weet ik niet", and the summary before the calculation.

Plain Python. The chat form stores each answer in a slot named after its `Vraag`; this module reads
those answers (`Antwoorden`) and never sees Rasa. The text and buttons of each question come from one
table (vragen.yml, loaded by vraagteksten.py), which also says what a typed "2" means.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from typing import Any

from .antwoorden import kies, lees_aantal_maanden, lees_ja_nee, lees_jaar, lees_leeftijd, normaliseer
from .antwoorden import weet_niet as zegt_weet_niet
from .bedragen import format_euro, parse_bedrag
from .model import VERBLIJF, VOLWASSEN, Partnersituatie, Situatie, Waarde, Zorgvorm
from .parameters import ondersteunde_jaren, parameters_voor, peiljaar
from .regels import EERSTE_MAANDEN
from .vraagteksten import Knop, gekozen_knop, vraagteksten


class Vraag(Waarde):
    """One question of the form; the value is the name of the chat form's slot for its answer."""

    JAAR = "eb_jaar"
    ZORGVORM = "eb_zorgvorm"
    VOLWASSEN = "eb_volwassen"
    MAANDEN = "eb_maanden"
    PARTNER = "eb_partner"
    AOW = "eb_aow"
    PARTNER_AOW = "eb_partner_aow"
    KINDEREN = "eb_kinderen"
    TERUGKEER = "eb_terugkeer"
    MPT_20 = "eb_mpt_20"
    INKOMEN = "eb_inkomen"
    VERMOGEN = "eb_vermogen"
    BEVESTIGD = "eb_bevestigd"


# Set together with the year: the questions about income and vermogen name the peiljaar.
PEILJAAR = "eb_peiljaar"
# The answers so far: slot name (a `Vraag` value, or PEILJAAR) -> stored value.
Antwoorden = Mapping[str, Any]


class Aanname(Waarde):
    """A cautious assumption the form takes after "weet ik niet" (or a monthly income).

    Each member is one row: its value (stored in the slot), the question it answers (a new answer to
    that question replaces the assumption), a few words for the result ('Hiervan ben ik uitgegaan:
    <kort> en <kort>.') and the whole assumption as said when it is taken (see `tekst`).
    """

    _value_: str
    vraag: Vraag
    kort: str
    zin: str

    def __new__(cls, waarde: str, *rij: Any) -> Aanname:
        """A member from its row (value, vraag, kort, zin). A lookup by value, Aanname("aow"),
        does not come here (hence the loose signature, for the type checker)."""
        aanname = str.__new__(cls, waarde)
        aanname._value_ = waarde
        aanname.vraag, aanname.kort, aanname.zin = rij
        return aanname

    AOW = (
        "aow",
        Vraag.AOW,
        "u had de AOW-leeftijd",
        "Ik ga ervan uit dat u de AOW-leeftijd had. Uw AOW-leeftijd staat op www.svb.nl.",
    )
    PARTNER_AOW = (
        "partner_aow",
        Vraag.PARTNER_AOW,
        "uw partner had de AOW-leeftijd",
        "Ik ga ervan uit dat uw partner de AOW-leeftijd had.",
    )
    KINDEREN = (
        "kinderen",
        Vraag.KINDEREN,
        "u zorgt niet voor kinderen",
        "Ik ga ervan uit dat u niet voor zulke kinderen zorgt.",
    )
    TERUGKEER = (
        "terugkeer",
        Vraag.TERUGKEER,
        "u blijft in de instelling wonen",
        "Ik ga ervan uit dat u niet binnenkort weer zelfstandig gaat wonen.",
    )
    MPT_20 = (
        "mpt_20",
        Vraag.MPT_20,
        "meer dan 20 uur zorg per maand",
        "Ik reken met meer dan 20 uur zorg per maand. Dat is de gewone berekening.",
    )
    MAANDEN = (
        "maanden",
        Vraag.MAANDEN,
        "langer dan 4 maanden in de instelling",
        "Ik ga ervan uit dat het langer is dan 4 maanden. Dan geldt meestal de hoge eigen bijdrage.",
    )
    INKOMEN_ONBEKEND = (
        "inkomen_onbekend",
        Vraag.INKOMEN,
        "geen inkomen",
        "Ik reken nu zonder inkomen. Dan ziet u het laagste bedrag. "
        "Met uw echte inkomen kan de eigen bijdrage hoger zijn.",
    )
    INKOMEN_PER_MAAND = (
        "inkomen_per_maand",
        Vraag.INKOMEN,
        "12 keer uw inkomen per maand",
        "U noemde een inkomen per maand. Ik reken met 12 keer dat bedrag. "
        "Het verzamelinkomen op uw aanslag is preciezer.",
    )
    # The sentence names the vrijstelling of the year: see `tekst`.
    VERMOGEN_ONBEKEND = ("vermogen_onbekend", Vraag.VERMOGEN, "spaargeld onder de vrijstelling", "")

    def tekst(self, jaar: int) -> str:
        """The whole assumption, as said when it is taken."""
        if self is Aanname.VERMOGEN_ONBEKEND:
            vrijstelling = format_euro(parameters_voor(jaar).toetsbedrag_pp)
            return (
                f"Ik ga ervan uit dat uw vermogen niet hoger was dan {vrijstelling} per persoon. "
                "Dan telt het niet mee. Had u meer? Dan wordt de eigen bijdrage hoger."
            )
        return self.zin


@dataclass(frozen=True)
class Verwerking:
    """What one answer does to the form.

    waarden:   answers to store (slot name -> value); None asks that question again.
    berichten: said right away, before the next question (an assumption, a conversion).
    aanname:   the assumption taken, named again in the result.
    opnieuw:   why the answer cannot be used, with an example; the question is asked again.
    """

    waarden: dict[str, Any] = field(default_factory=dict)
    berichten: tuple[str, ...] = ()
    aanname: Aanname | None = None
    opnieuw: str | None = None

    def __post_init__(self) -> None:
        # Plain strings in and out: slots travel as JSON.
        waarden = {str(k): v.value if isinstance(v, Waarde) else v for k, v in self.waarden.items()}
        object.__setattr__(self, "waarden", waarden)

    def aannames(self, eerder: list[str]) -> list[str]:
        """The assumptions after this answer: those of re-answered questions go, a new one comes."""
        gebleven = [a for a in eerder if Aanname(a).vraag.value not in self.waarden]
        return gebleven + ([self.aanname.value] if self.aanname else [])


def _onbruikbaar(uitleg: str) -> Verwerking:
    return Verwerking(opnieuw=uitleg)


# ------------------------------------------------------------------------- which questions apply
def welke_vragen(a: Antwoorden) -> list[Vraag]:
    """Only the questions that matter for this person, in a natural order."""
    vragen = [Vraag.JAAR, Vraag.ZORGVORM, Vraag.VOLWASSEN]
    if a.get(Vraag.VOLWASSEN) is False:
        return vragen  # under 18: no contribution, nothing else matters
    zorgvorm, partner = a.get(Vraag.ZORGVORM), a.get(Vraag.PARTNER)
    if zorgvorm in VERBLIJF:
        vragen.append(Vraag.MAANDEN)
    vragen += [Vraag.PARTNER, Vraag.AOW]
    if partner not in (None, Partnersituatie.GEEN):
        vragen.append(Vraag.PARTNER_AOW)
    if zorgvorm in VERBLIJF and partner in (Partnersituatie.GEEN, Partnersituatie.INSTELLING):
        vragen += [Vraag.KINDEREN, Vraag.TERUGKEER]  # the exceptions to the hoge eigen bijdrage
    if zorgvorm == Zorgvorm.MPT:
        vragen.append(Vraag.MPT_20)
    return vragen + [Vraag.INKOMEN, Vraag.VERMOGEN, Vraag.BEVESTIGD]


def situatie_uit(a: Antwoorden) -> Situatie:
    """The estimator's input from the answers; answers to questions that no longer apply (after a
    correction) are left out."""
    vragen = welke_vragen(a)

    def antwoord(vraag: Vraag) -> Any:
        return a.get(vraag) if vraag in vragen else None

    volwassen = a.get(Vraag.VOLWASSEN) is not False
    return Situatie(
        jaar=int(a[Vraag.JAAR]),
        zorgvorm=a[Vraag.ZORGVORM],
        inkomen=Decimal(antwoord(Vraag.INKOMEN) or 0),
        vermogen=Decimal(antwoord(Vraag.VERMOGEN) or 0),
        aow=antwoord(Vraag.AOW),
        leeftijd=None if volwassen else VOLWASSEN - 1,
        partner=antwoord(Vraag.PARTNER) or Partnersituatie.GEEN,
        partner_aow=antwoord(Vraag.PARTNER_AOW),
        maanden=antwoord(Vraag.MAANDEN),
        mpt_max_20_uur=bool(antwoord(Vraag.MPT_20)),
        kinderen=bool(antwoord(Vraag.KINDEREN)),
        terugkeer=bool(antwoord(Vraag.TERUGKEER)),
    )


# ---------------------------------------------------------------------------------- the year
def standaard_jaren(vandaag: date) -> list[int]:
    """Supported years, the current one first (the default), then the others newest first."""
    return sorted(ondersteunde_jaren(), key=lambda jaar: (jaar != vandaag.year, -jaar))


def _jaar(tekst: str, vandaag: date) -> Verwerking:
    jaren = standaard_jaren(vandaag)
    jaar = lees_jaar(tekst, vandaag)
    if jaar not in jaren:
        lijst = ", ".join(str(j) for j in jaren)
        return _onbruikbaar(f"Ik kan rekenen voor deze jaren: {lijst}. Typ bijvoorbeeld {jaren[0]}.")
    return Verwerking({Vraag.JAAR: jaar, PEILJAAR: peiljaar(jaar)})


# ----------------------------------------------------------------------------- choices
def _opties(vraag: Vraag) -> tuple[Knop, ...]:
    """The buttons of a choice from a fixed set, each with its option, name and words (vragen.yml)."""
    return vraagteksten()[vraag].knoppen


ZORGVORM_WOORDEN = {Zorgvorm(knop.optie): knop.woorden for knop in _opties(Vraag.ZORGVORM)}
ZORGVORM_NAAM = {Zorgvorm(knop.optie): knop.naam for knop in _opties(Vraag.ZORGVORM)}
_THUIS = re.compile(r"\b(?:thuis|thuiszorg|zorg\s+in\s+natura|zin)\b")


def _zorgvorm(tekst: str, weet_niet: bool) -> Verwerking:
    zorgvorm = kies(tekst, ZORGVORM_WOORDEN)
    if zorgvorm is not None:
        return Verwerking({Vraag.ZORGVORM: zorgvorm})
    if _THUIS.search(normaliseer(tekst)):
        return _onbruikbaar(
            "Krijgt u zorg thuis? Kies dan vpt, mpt of pgb. Dat staat in de brief van het zorgkantoor."
        )
    if weet_niet:
        return _onbruikbaar(
            "De zorgvorm staat in de brief van het zorgkantoor. Woont u in een verpleeghuis? "
            "Kies dan 'Wonen in een instelling'."
        )
    return _onbruikbaar(
        "Dat herken ik niet als zorgvorm. Kies een knop, bijvoorbeeld 'Wonen in een instelling'. "
        "De zorgvorm staat in de brief van het zorgkantoor."
    )


PARTNER_WOORDEN = {Partnersituatie(knop.optie): knop.woorden for knop in _opties(Vraag.PARTNER)}
PARTNER_NAAM = {Partnersituatie(knop.optie): knop.naam for knop in _opties(Vraag.PARTNER)}


def _partner(tekst: str) -> Verwerking:
    partner = kies(tekst, PARTNER_WOORDEN)
    if partner is None and lees_ja_nee(tekst) is False:
        partner = Partnersituatie.GEEN  # "nee": no partner
    if partner is not None:
        return Verwerking({Vraag.PARTNER: partner})
    return _onbruikbaar(
        "Woont uw partner thuis, of ook in een instelling? Kies een knop. Geen partner? Typ 'nee'."
    )


# ------------------------------------------------------------------------------- yes / no
# The cautious answer after "weet ik niet"; without one the question must be answered.
_BIJ_TWIJFEL: dict[Vraag, tuple[bool, Aanname]] = {
    Vraag.AOW: (True, Aanname.AOW),
    Vraag.PARTNER_AOW: (True, Aanname.PARTNER_AOW),
    Vraag.KINDEREN: (False, Aanname.KINDEREN),
    Vraag.TERUGKEER: (False, Aanname.TERUGKEER),
    Vraag.MPT_20: (False, Aanname.MPT_20),
}
# The one yes/no question without a default: whether the person is 18 or older.
_VOLWASSEN_UITLEG = "Typ ja of nee. Of typ de leeftijd, bijvoorbeeld 80. Onder de 18 jaar betaalt u niets."
_HEEFT_AOW = re.compile(
    r"\b(?:heb|heeft|hebben|krijg|krijgt|krijgen|ontvang|ontvangt)\s+(?:al\s+|ook\s+)?(?:de\s+)?aow\b"
)
_MEER = re.compile(r"\bniet\s+meer\s+dan\b|\b(?:meer|minder)\s+dan\b|\bhooguit\b|\bmaximaal\b")
_UREN = re.compile(r"\b(\d{1,3})\s*(?:uur|u)\b(?:\s+per\s+(week|dag))?")


def _twintig_uur_of_minder(tekst: str) -> bool | None:
    """'Krijgt u 20 uur zorg per maand of minder?': hours, or more/less, or yes/no."""
    t = normaliseer(tekst)
    grens = _MEER.search(t)
    if grens:
        return grens.group() != "meer dan"
    uren = _UREN.search(t)
    if uren:
        per_maand = {"week": Decimal(52) / 12, "dag": Decimal(365) / 12}.get(uren.group(2) or "", Decimal(1))
        return int(uren.group(1)) * per_maand <= 20
    return lees_ja_nee(tekst)


def _ja_nee(vraag: Vraag, tekst: str, weet_niet: bool) -> Verwerking:
    twijfel = _BIJ_TWIJFEL.get(vraag)
    if vraag == Vraag.VOLWASSEN:
        leeftijd = lees_leeftijd(tekst)  # "nee, ze is 16": the age decides
        if leeftijd is not None:
            return Verwerking({vraag: leeftijd >= VOLWASSEN})
    if weet_niet:
        if twijfel is None:
            return _onbruikbaar(_VOLWASSEN_UITLEG)
        waarde, aanname = twijfel
        return Verwerking({vraag: waarde}, berichten=(aanname.zin,), aanname=aanname)
    if vraag == Vraag.MPT_20:
        antwoord = _twintig_uur_of_minder(tekst)
    else:
        antwoord = lees_ja_nee(tekst)
        if (
            antwoord is None
            and vraag in (Vraag.AOW, Vraag.PARTNER_AOW)
            and _HEEFT_AOW.search(normaliseer(tekst))
        ):
            antwoord = True
    if antwoord is not None:
        return Verwerking({vraag: antwoord})
    return _onbruikbaar(
        _VOLWASSEN_UITLEG if twijfel is None else "Typ ja of nee. Weet u het niet? Typ 'weet ik niet'."
    )


# ----------------------------------------------------------------------------------- amounts
_CIJFER = re.compile(r"\d")


def _inkomen(tekst: str, a: Antwoorden, weet_niet: bool) -> Verwerking:
    if weet_niet and not _CIJFER.search(tekst):
        tip = (
            f"Uw verzamelinkomen staat op uw aanslag inkomstenbelasting over {a.get(PEILJAAR)}. "
            "U vindt die in Mijn Belastingdienst."
        )
        aanname = Aanname.INKOMEN_ONBEKEND
        return Verwerking({Vraag.INKOMEN: "0"}, berichten=(f"{tip} {aanname.zin}",), aanname=aanname)
    bedrag = parse_bedrag(tekst)
    if bedrag is None:
        if len(re.findall(r"\d[\d.,]*", tekst)) > 1:
            return _onbruikbaar(
                "Noem één bedrag per jaar. Heeft u een partner? Tel de inkomens dan bij elkaar op, "
                "bijvoorbeeld 30.000."
            )
        return _onbruikbaar("Noem een bedrag, bijvoorbeeld 30.000 of € 2.150 per maand.")
    if bedrag.bedrag < 0:
        return _onbruikbaar("Noem een bedrag van 0 of meer, bijvoorbeeld 30.000.")
    if not bedrag.per_maand:
        return Verwerking({Vraag.INKOMEN: str(bedrag.bedrag)})
    jaarbedrag = bedrag.bedrag * 12
    bericht = (
        "U noemde een bedrag per maand. "
        f"Ik reken met 12 keer dat bedrag: {format_euro(jaarbedrag)} per jaar. "
        "Het verzamelinkomen op uw aanslag is preciezer."
    )
    return Verwerking(
        {Vraag.INKOMEN: str(jaarbedrag)}, berichten=(bericht,), aanname=Aanname.INKOMEN_PER_MAAND
    )


def _vermogen(tekst: str, a: Antwoorden, weet_niet: bool) -> Verwerking:
    if weet_niet and not _CIJFER.search(tekst):
        aanname = Aanname.VERMOGEN_ONBEKEND
        return Verwerking(
            {Vraag.VERMOGEN: "0"}, berichten=(aanname.tekst(int(a[Vraag.JAAR])),), aanname=aanname
        )
    bedrag = parse_bedrag(tekst)
    if bedrag is None and lees_ja_nee(tekst) is False:  # "nee", "heb ik niet": no savings
        return Verwerking({Vraag.VERMOGEN: "0"})
    if bedrag is None:
        return _onbruikbaar("Noem een bedrag, bijvoorbeeld 40.000. Geen spaargeld? Typ 0.")
    if bedrag.per_maand:
        return _onbruikbaar("Noem het totaal op 1 januari, niet een bedrag per maand. Bijvoorbeeld 40.000.")
    # Debts larger than the savings: the vermogen is never below nil (spec §3.3).
    return Verwerking({Vraag.VERMOGEN: str(max(bedrag.bedrag, Decimal(0)))})


def _maanden(tekst: str, weet_niet: bool, vandaag: date) -> Verwerking:
    if weet_niet:
        aanname = Aanname.MAANDEN
        return Verwerking({Vraag.MAANDEN: EERSTE_MAANDEN + 1}, berichten=(aanname.zin,), aanname=aanname)
    maanden = lees_aantal_maanden(tekst, vandaag)
    if maanden is None:
        return _onbruikbaar("Noem het aantal maanden, bijvoorbeeld 3. Nog niet begonnen? Typ 0.")
    return Verwerking({Vraag.MAANDEN: maanden})


# ------------------------------------------------------------------------- summary, corrections
# Words that name what to change ("inkomen wijzigen", "nee, het is een mpt") -> the questions to ask again.
_CORRECTIE_WOORDEN: dict[tuple[Vraag, ...], tuple[str, ...]] = {
    (Vraag.JAAR,): ("jaar", "jaartal"),
    (Vraag.ZORGVORM,): ("zorg", "zorgvorm", *(w for woorden in ZORGVORM_WOORDEN.values() for w in woorden)),
    (Vraag.MAANDEN,): ("maand", "maanden"),
    (Vraag.PARTNER,): ("partner", "man", "vrouw", "echtgenoot", "echtgenote"),
    (Vraag.AOW, Vraag.PARTNER_AOW): ("aow", "aow-leeftijd"),
    (Vraag.INKOMEN,): ("inkomen", "verzamelinkomen", "pensioen", "salaris"),
    (Vraag.VERMOGEN,): ("vermogen", "spaargeld", "spaarrekening", "beleggingen", "bank"),
}
# "maar" as in "reken maar" is a go-ahead, not a "but".
_WIJZIG = re.compile(
    r"\b(?:niet|fout|wijzig\w*|aanpass\w*|verander\w*|anders|moet|eigenlijk|toch"
    r"|(?<!reken )(?<!doe )(?<!ga )maar)\b"
)


def _bevestigd(tekst: str, a: Antwoorden, vandaag: date) -> Verwerking:
    if lees_ja_nee(tekst) and not _WIJZIG.search(normaliseer(tekst)):
        return Verwerking({Vraag.BEVESTIGD: True})
    vragen = kies(tekst, _CORRECTIE_WOORDEN)
    if vragen is None:
        return _onbruikbaar("Wat wilt u wijzigen? Kies hieronder. Klopt alles? Kies dan 'Klopt, bereken'.")
    # The new value in the same message ("nee, het inkomen is 35.000") is taken at once; a yes/no
    # answer is not ("aow klopt niet" does not mean "no AOW"), nor an amount without digits.
    vraag = vragen[0]
    direct = (vraag == Vraag.ZORGVORM and kies(tekst, ZORGVORM_WOORDEN) is not None) or (
        vraag in (Vraag.JAAR, Vraag.MAANDEN, Vraag.INKOMEN, Vraag.VERMOGEN) and _CIJFER.search(tekst)
    )
    if direct:
        nieuw = verwerk(vraag, tekst, a, weet_niet=False, vandaag=vandaag)
        if nieuw.opnieuw is None:
            return Verwerking({**nieuw.waarden, Vraag.BEVESTIGD: None}, nieuw.berichten, nieuw.aanname)
    return Verwerking({**dict.fromkeys(vragen), Vraag.BEVESTIGD: None})


def _maanden_tekst(maanden: int) -> str:
    if maanden > EERSTE_MAANDEN:
        return f"langer dan {EERSTE_MAANDEN} maanden"
    return "nog niet" if maanden == 0 else f"{maanden} {'maand' if maanden == 1 else 'maanden'}"


def _ja_nee_tekst(waarde: Any) -> str:
    return "ja" if waarde else "nee"


def samenvatting(a: Antwoorden) -> str:
    """'Klopt dit?' with every answer that counts, so a wrong one can be changed before we compute."""
    vragen = welke_vragen(a)
    peil = a.get(PEILJAAR)
    regels = [f"Jaar: {a.get(Vraag.JAAR)}", f"Zorg: {ZORGVORM_NAAM[Zorgvorm(a[Vraag.ZORGVORM])]}"]
    if Vraag.MAANDEN in vragen and a.get(Vraag.MAANDEN) is not None:
        regels.append(f"In de instelling: {_maanden_tekst(int(a[Vraag.MAANDEN]))}")
    regels.append(f"Partner: {PARTNER_NAAM[Partnersituatie(a[Vraag.PARTNER])]}")
    aow = f"AOW-leeftijd: {_ja_nee_tekst(a.get(Vraag.AOW))}"
    if Vraag.PARTNER_AOW in vragen:
        partner_aow = _ja_nee_tekst(a.get(Vraag.PARTNER_AOW))
        aow = f"AOW-leeftijd: u {_ja_nee_tekst(a.get(Vraag.AOW))}, partner {partner_aow}"
    regels.append(aow)
    regels.append(f"Inkomen {peil}: {format_euro(Decimal(a.get(Vraag.INKOMEN) or 0))}")
    regels.append(f"Vermogen 1 januari {peil}: {format_euro(Decimal(a.get(Vraag.VERMOGEN) or 0))}")
    return "Klopt dit?\n" + "\n".join(f"- {regel}" for regel in regels)


# ------------------------------------------------------------------------- asking a question
def knoppen(vraag: Vraag, vandaag: date) -> tuple[Knop, ...]:
    """The buttons of the question, in the order shown (vragen.yml; for the year: the supported
    years, this year first)."""
    if vraag == Vraag.JAAR:
        return tuple(
            Knop(f"{jaar} (dit jaar)" if jaar == vandaag.year else str(jaar), str(jaar))
            for jaar in standaard_jaren(vandaag)
        )
    return vraagteksten()[vraag].knoppen


def vraagbericht(vraag: Vraag, a: Antwoorden, vandaag: date) -> tuple[str, tuple[Knop, ...]]:
    """The question as the chat asks it: its text, with the year and peiljaar filled in (for the
    confirmation: the summary of the answers), and its buttons."""
    if vraag == Vraag.BEVESTIGD:
        tekst = samenvatting(a)
    else:
        tekst = vraagteksten()[vraag].tekst.format(eb_jaar=a.get(Vraag.JAAR), eb_peiljaar=a.get(PEILJAAR))
    return tekst, knoppen(vraag, vandaag)


# --------------------------------------------------------------------------------- one answer
def verwerk(vraag: Vraag, tekst: str, a: Antwoorden, *, weet_niet: bool, vandaag: date) -> Verwerking:
    """Read the answer `tekst` to `vraag`, given the earlier answers `a`.

    `weet_niet`: the user does not know (from the text or the NLU); questions with a cautious
    default take it and name it, the others explain where to find the answer.
    On a multiple-choice question a typed number is a click on that button: its payload is read
    instead, and only the payload says whether the user does not know.
    """
    if vraagteksten()[vraag].keuze:
        knop = gekozen_knop(tekst, knoppen(vraag, vandaag))
        if knop is not None:
            tekst, weet_niet = knop.payload, zegt_weet_niet(knop.payload)
    if vraag == Vraag.JAAR:
        return _jaar(tekst, vandaag)
    if vraag == Vraag.ZORGVORM:
        return _zorgvorm(tekst, weet_niet)
    if vraag == Vraag.MAANDEN:
        return _maanden(tekst, weet_niet, vandaag)
    if vraag == Vraag.PARTNER:
        return _partner(tekst)
    if vraag == Vraag.INKOMEN:
        return _inkomen(tekst, a, weet_niet)
    if vraag == Vraag.VERMOGEN:
        return _vermogen(tekst, a, weet_niet)
    if vraag == Vraag.BEVESTIGD:
        return _bevestigd(tekst, a, vandaag)
    return _ja_nee(vraag, tekst, weet_niet)
