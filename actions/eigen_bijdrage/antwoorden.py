"""Reading short Dutch answers as people type them: yes or no, "weet ik niet", stopping, asking for a
person, a choice from a list by its words, an age, a year and a number of months.

Plain Python. Every reader takes the raw text and returns None when the answer is not clear, so the
caller can ask again; it never guesses between two readings.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from datetime import date
from difflib import SequenceMatcher
from typing import TypeVar

from .getallen import GETALWOORD, getalwoord, zonder_accenten

Optie = TypeVar("Optie")


def normaliseer(tekst: str) -> str:
    """Lower case, without accents, one space between words: "Ja, dat klópt!" -> "ja, dat klopt!"."""
    return " ".join(zonder_accenten(tekst or "").lower().split())


# ---------------------------------------------------------------------------------------- ja / nee
# A "no" phrase is read first: it contains a yes word ("klopt niet", "zeker niet").
_NEE_ZIN = re.compile(
    r"\b(?:klopt\s+(?:het\s+|dat\s+|er\s+)?(?:niet|geen)|(?:zeker|natuurlijk|helemaal|absoluut|echt|uiteraard)"
    r"\s+niet|niet\s+(?:waar|juist|correct|goed))\b"
    r"|^(?:die\s+|dat\s+)?(?:heb|heeft|hebben|had|hadden|doe|doet)\s+(?:ik|hij|ze|zij|we|wij)\s+(?:\w+\s+)?(?:niet|geen)\b"
)
_JA_WOORD = (
    r"j+a+h*|ja+wel|jaze+ker|jep|jup|yes|yep|ok|oke|okay|prima|zeker|natuurlijk|uiteraard|inderdaad|correct"
    r"|klopt|juist|akkoord|precies|absoluut|goed|graag|wel"
)
_JA_ZIN = re.compile(
    rf"\b(?:{_JA_WOORD})\b|\b(?:is|dat is|dat's)\s+(?:goed|zo)\b|\bga\s+(?:je|uw|maar)\s+(?:gang|door)\b"
    r"|\b(?:doe|reken|ga)\s+maar\b"
    # "heb ik", "heeft hij", "die heeft ze": yes, unless a "niet"/"geen" follows (read as no below)
    r"|^(?:die\s+|dat\s+)?(?:heb|heeft|hebben|had|hadden|doe|doet|ben|is)\s+(?:ik|hij|ze|zij|we|wij)\b"
)
_NEE_WOORD = re.compile(r"\b(?:ne+[jh]?|neu+h?|neen|nope|nah|no|nooit|niet|geen|onjuist|incorrect|fout)\b")
# Without a leading yes or no, only a short answer is read as one ("ik ook ja", "hij heeft nog geen aow").
_KORT_ANTWOORD = 6
_OPVULLING = re.compile(r"^(?:(?:eh+m*|uh+m*|hm+|nou|tja|oh|o|ah|mwah)\b[\s,.!]*)+")


def lees_ja_nee(tekst: str) -> bool | None:
    """Yes or no from an answer to a yes/no question; None when it says neither or both.

    The first word decides when it is a yes or no word ("nee, ze is 16", "ja hoor, ga je gang");
    otherwise a short answer must point one way ("ik ook ja", "hij heeft nog geen aow").
    """
    t = normaliseer(tekst)
    if weet_niet(t):  # "weet ik niet" is not a "no"
        return None
    if t in ("j", "y"):
        return True
    if t == "n":
        return False
    if _NEE_ZIN.search(t):
        return False
    zonder_opvulling = _OPVULLING.sub("", t)
    woorden = re.findall(r"[a-z]+", zonder_opvulling)
    kaal_ja, kaal_nee = bool({"ja", "jawel"} & set(woorden)), bool({"nee", "neen"} & set(woorden))
    if woorden and kaal_ja and kaal_nee:
        return None  # "ja en nee"
    if woorden and woorden[0] != "wel" and re.fullmatch(_JA_WOORD, woorden[0]):
        return True
    if woorden and _NEE_WOORD.fullmatch(woorden[0]):
        return False
    if len(woorden) > _KORT_ANTWOORD:
        return None  # a longer sentence without a leading yes or no: "ik kom er niet uit, ..."
    ja, nee = bool(_JA_ZIN.search(zonder_opvulling)), bool(_NEE_WOORD.search(zonder_opvulling))
    return ja if ja != nee else None


# ------------------------------------------------------------------------------- weet ik niet
_WEET_NIET = re.compile(
    r"\bwee+t\s*(?:\w+\s+){0,3}?(?:niet|nie|nt)\b|\bweet\s+ik\s+veel\b"
    r"|\bgeen\s+(?:flauw\s+)?(?:idee|benul)|\bgeen\s+flauw\b|\bidk\b"
    r"|\bonbekend\b|\bniet\s+bekend\b|\bniet\s+(?:zo\s+)?zeker\b|\bzou\s+(?:ik\s+)?(?:het\s+)?niet\s+weten\b"
    r"|\bkan\s+(?:ik\s+)?(?:het\s+|dat\s+)?niet\s+(?:vinden|terugvinden|zien|zeggen)\b"
    r"|\bniet\s+(?:bij\s+de\s+hand|paraat|hier)\b"
    r"|\bmoet\s+ik\s+(?:nog\s+)?(?:even\s+)?(?:opzoeken|nakijken|navragen|uitzoeken|vragen)\b"
)
# Someone else knows or handles it: "dat weet mijn broer", "mijn dochter regelt de financien".
_IEMAND_ANDERS = (
    r"(?:mijn|m'n|mn|onze|haar|zijn|de)\s+(?:broer|zus|zoon|dochter|kinderen|kind|man|vrouw|partner"
    r"|bewindvoerder|mentor|boekhouder|accountant|schoonzoon|schoondochter|neef|nicht|familie)"
)
_ANDER_WEET = re.compile(
    rf"\b(?:weet|weten|regelt|regelen|doet|beheert)\s+{_IEMAND_ANDERS}\b"
    rf"|\b{_IEMAND_ANDERS}\s+(?:weet|regelt|doet|beheert|gaat\s+over)\b"
)


# --------------------------------------------------------------------- stoppen, een medewerker
_STOPPEN = re.compile(
    r"\b(?:stop|stoppen|ophouden|annuleer|annuleren|afbreken|cancel|kappen)\b"
    r"|\b(?:hou|houd)\s+(?:maar\s+|er\s+)*op\b|\bbreek\s+(?:maar\s+)?af\b|\bkap\s+(?:er\s+)?(?:maar\s+)?mee\b"
    r"|\blaat\s+(?:het\s+|ook\s+)?maar\s+(?:zitten|zo|even)\b|^laat\s+(?:ook\s+)?maar\W*$"
    r"|\bvergeet\s+(?:het|dat)\s+maar\b|\bhoeft\s+niet\s+meer\b|\bgeen\s+zin\s+meer\b|\been\s+andere\s+keer\b"
    r"|\b(?:hoef|wil|ga|hoeven|willen)\s+(?:\w+\s+){0,2}?niet\s+(?:meer\s+)?verder\b|\bandere\s+vraag\b"
)
_MEDEWERKER = re.compile(
    r"\bmedewerker\b|\b(?:mens|persoon|iemand)\s+(?:spreken|bellen|aan\s+de\s+lijn)\b|\bmet\s+een\s+(?:mens|persoon)\b"
    r"|\bbellen\s+met\b|\b(?:telefoonnummer|terugbellen)\b|\bkom\s+er\s+niet\s+uit\b"
)


def _zegt(tekst: str, *patronen: re.Pattern[str]) -> bool:
    t = normaliseer(tekst)
    return any(patroon.search(t) for patroon in patronen)


def weet_niet(tekst: str) -> bool:
    """The answer says the person does not know: "geen idee", "weet ik echt niet", "dat weet mijn broer"."""
    return _zegt(tekst, _WEET_NIET, _ANDER_WEET)


def wil_stoppen(tekst: str) -> bool:
    """The user wants to stop answering: "laat maar zitten", "ik hoef niet verder", "stop"."""
    return _zegt(tekst, _STOPPEN)


def vraagt_medewerker(tekst: str) -> bool:
    """The user asks for a person instead of answering: "kan ik iemand bellen", "ik kom er niet uit"."""
    return _zegt(tekst, _MEDEWERKER)


# -------------------------------------------------------------------------------------- keuze
def _komt_voor(woord: str, tekst: str) -> bool:
    return re.search(rf"(?<!\w){re.escape(woord)}(?!\w)", tekst) is not None


def _lijkt_op(woord: str, tekst: str) -> bool:
    """A long keyword with a letter wrong, missing or extra: "verpleegthuis", "persoonsgebonden budjet"."""
    if len(woord) < 7:
        return False
    losse = re.findall(r"\w+", tekst)
    lengte = len(woord.split())
    stukken = (" ".join(losse[i : i + lengte]) for i in range(len(losse) - lengte + 1))
    return any(SequenceMatcher(None, woord, stuk).ratio() >= 0.85 for stuk in stukken)


def kies(tekst: str, opties: Mapping[Optie, Sequence[str]]) -> Optie | None:
    """The option whose keyword occurs in the text; the longest keyword wins ("geen zorg" beats
    "geen"). Without an exact keyword, a long keyword with a small typo counts.

    A typed number is not read here: it picks a button, and is read as that button's payload
    before (vragen.verwerk, from the table of the questions in vragen.yml)."""
    schoon = normaliseer(tekst).strip(" .!")
    for past in (_komt_voor, _lijkt_op):
        treffers = [
            (len(woord), optie)
            for optie, woorden in opties.items()
            for woord in woorden
            if past(woord, schoon)
        ]
        if treffers:
            langste = max(lengte for lengte, _ in treffers)
            gekozen = {optie for lengte, optie in treffers if lengte == langste}
            return gekozen.pop() if len(gekozen) == 1 else None
    return None


# ----------------------------------------------------------------------------------- getallen
_GETAL = rf"(\d{{1,3}}|{GETALWOORD})"


def _waarde(getal: str) -> int:
    return int(getal) if getal.isdigit() else getalwoord(getal) or 0


# A number with the word before it and "jaar" after it, to tell an age from a duration.
_GETAL_IN_ZIN = re.compile(rf"(?:\b(\w+)\s+)?\b{_GETAL}\s*(jaar|jr)?\b")
_VOOR_LEEFTIJD = {"is", "ben", "wordt", "word", "zijn", "al", "bijna", "net", "pas", "ruim", "leeftijd"}
_VOOR_DUUR = {"over", "na", "binnen", "sinds", "in", "voor", "per", "om", "tot"}


def lees_leeftijd(tekst: str) -> int | None:
    """An age: "16", "ze is 16", "hij is bijna 90 jaar", "zestien"; None without one, or with two.
    "over 2 jaar" is a duration, not an age."""
    t = normaliseer(tekst)
    alleen = re.fullmatch(rf"{_GETAL}\W*", t)
    if alleen:
        return _waarde(alleen.group(1))
    leeftijden = {
        _waarde(m.group(2))
        for m in _GETAL_IN_ZIN.finditer(t)
        if m.group(1) in _VOOR_LEEFTIJD or (m.group(3) and m.group(1) not in _VOOR_DUUR)
    }
    return leeftijden.pop() if len(leeftijden) == 1 else None


_MAANDNAMEN = (
    "januari februari maart april mei juni juli augustus september oktober november december".split()
)


def lees_aantal_maanden(tekst: str, vandaag: date) -> int | None:
    """Months so far: "3", "drie maanden", "een half jaar", "2 jaar", "net begonnen", "sinds maart"."""
    t = normaliseer(tekst)
    maand = next(
        (nummer for nummer, naam in enumerate(_MAANDNAMEN, 1) if _komt_voor(naam, t) or _lijkt_op(naam, t)),
        None,
    )
    if maand is not None:  # "sinds maart": the last March that has passed
        vorig_jaar = re.search(r"\b(?:vorig|vorige|verleden)\s+jaar\b", t) and maand <= vandaag.month
        return (vandaag.month - maand) % 12 + (12 if vorig_jaar else 0)
    if re.search(r"\banderhalf\s+jaar\b", t):
        return 18
    if re.search(r"\b(?:een\s+)?half\s+jaar\b", t):
        return 6
    getallen = [_waarde(m.group(1)) for m in re.finditer(rf"\b{_GETAL}\b", t)]
    if len(getallen) > 1 or re.search(r"\b(?:paar|enkele|aantal)\b", t):
        return None
    if not getallen:
        if re.search(r"\b(?:net|pas|nog\s+niet|vandaag|deze\s+week|sinds\s+kort|binnenkort)\b", t):
            return 0
        if re.search(r"\bjaren\b", t):  # "al jaren": two years at least
            return 24
        return 12 if re.search(r"\bjaar\b", t) else None
    aantal = getallen[0]
    if re.search(r"\bjaar\b", t):
        aantal *= 12
    elif re.search(r"\b(?:weken?|dagen?)\b", t):
        aantal //= 4 if re.search(r"\bweken?\b", t) else 30
    # "langer dan 4 maanden": more than the number said
    return aantal + 1 if re.search(r"\b(?:langer|meer)\s+dan\b", t) else aantal


def lees_jaar(tekst: str, vandaag: date) -> int | None:
    """A year: "2026", "voor 2025 graag", "dit jaar", "volgend jaar", "vorig jaar"."""
    t = normaliseer(tekst)
    gevonden = {int(m.group(1)) for m in re.finditer(r"\b(20\d\d)\b", t)}
    if len(gevonden) == 1:
        return gevonden.pop()
    if gevonden:
        return None
    for woorden, verschil in (
        (r"dit|deze|huidige?|lopende?", 0),
        (r"volgend|volgende|komend|komende", 1),
        (r"vorig|vorige|verleden|afgelopen", -1),
    ):
        if re.search(rf"\b(?:{woorden})\s+(?:jaar|jr)\b", t):
            return vandaag.year + verschil
    return vandaag.year if re.fullmatch(r"nu(?:\s+graag)?\W*", t) else None
