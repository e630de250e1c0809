"""The figures of the review, from conversations (review/gesprekken.py). Plain Python.

For a period (by the local date of each conversation's first message):
- how many conversations and messages;
- the share of conversations that reached an answer, fell back, asked for a person, or started
  the calculator without getting its outcome;
- the messages the bot fell back on or was unsure about (intent confidence below a threshold),
  grouped by the likeliest topic and by similar wording, most frequent first;
- "Had u hier iets aan?": Ja/Nee per answer;
- the busiest hours of the day.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field

from components.gespreksbeurten import Beurt, Soort, namen
from review.formulering import groepeer
from review.gesprekken import Gesprek

STANDAARD_DREMPEL = 0.6
MAX_VOORBEELDEN = 5


@dataclass(frozen=True)
class Gespreksregel:
    referentie: str
    begin: dt.datetime
    berichten: int
    antwoord: bool
    terugval: bool
    medewerker: bool
    rekenhulp_niet_af: bool
    feedback_ja: int
    feedback_nee: int


@dataclass(frozen=True)
class Twijfel:
    """A message the bot fell back on or was unsure about."""

    referentie: str
    tijd: dt.datetime
    tekst: str
    herkend: str | None  # the intent NLU chose (nlu_fallback when it fell back)
    onderwerp: str | None  # the likeliest topic in the ranking
    zekerheid: float  # NLU's confidence in that topic
    terugval: bool


@dataclass(frozen=True)
class Onderwerpgroep:
    onderwerp: str
    aantal: int
    voorbeelden: tuple[str, ...]


@dataclass(frozen=True)
class Formuleringsgroep:
    voorbeeld: str
    aantal: int
    onderwerpen: tuple[str, ...]  # likeliest topics, most frequent first
    formuleringen: tuple[str, ...]  # every distinct wording in the group


@dataclass
class FeedbackPerAntwoord:
    antwoord: str  # the action that answered (e.g. utter_wlz_wat_is)
    onderwerp: str | None  # the intent it answered
    ja: int = 0
    nee: int = 0


@dataclass
class Overzicht:
    van: dt.date
    tot: dt.date
    drempel: float
    gesprekken: list[Gespreksregel]
    twijfel: list[Twijfel]
    per_onderwerp: list[Onderwerpgroep]
    per_formulering: list[Formuleringsgroep]
    feedback: list[FeedbackPerAntwoord]
    per_uur: list[int] = field(default_factory=lambda: [0] * 24)

    @property
    def aantal_gesprekken(self) -> int:
        return len(self.gesprekken)

    @property
    def berichten(self) -> int:
        return sum(g.berichten for g in self.gesprekken)

    def aantal(self, kenmerk: str) -> int:
        """Conversations with `kenmerk` (antwoord, terugval, medewerker, rekenhulp_niet_af)."""
        return sum(1 for g in self.gesprekken if getattr(g, kenmerk))

    def aandeel(self, kenmerk: str) -> float:
        return self.aantal(kenmerk) / self.aantal_gesprekken if self.gesprekken else 0.0


def overzicht(
    gesprekken: Sequence[Gesprek],
    van: dt.date,
    tot: dt.date,
    tijdzone: dt.tzinfo,
    drempel: float = STANDAARD_DREMPEL,
) -> Overzicht:
    """The figures for the conversations that started from `van` up to and including `tot`."""
    gekozen = [g for g in gesprekken if van <= _lokaal(g.start, tijdzone).date() <= tot]
    twijfel = [t for g in gekozen for t in _twijfel(g, tijdzone, drempel)]
    per_uur = [0] * 24
    for gesprek in gekozen:
        for beurt in gesprek.beurten:
            per_uur[_lokaal(beurt.tijd or gesprek.start, tijdzone).hour] += 1
    return Overzicht(
        van=van,
        tot=tot,
        drempel=drempel,
        gesprekken=[_regel(g, tijdzone) for g in gekozen],
        twijfel=twijfel,
        per_onderwerp=_per_onderwerp(twijfel),
        per_formulering=_per_formulering(twijfel),
        feedback=_feedback(gekozen),
        per_uur=per_uur,
    )


def rekenhulp_niet_af(beurten: Sequence[Beurt]) -> bool:
    """The calculator asked a question and no outcome followed (stopped, or the user left)."""
    gevraagd = [i for i, b in enumerate(beurten) if b.formulier_actief]
    if not gevraagd:
        return False
    uitkomst = namen().formulier_uitkomst
    return not any(uitkomst in b.acties for b in beurten[gevraagd[-1] :])


def _lokaal(tijd: float, tijdzone: dt.tzinfo) -> dt.datetime:
    return dt.datetime.fromtimestamp(tijd, tz=tijdzone)


def _regel(gesprek: Gesprek, tijdzone: dt.tzinfo) -> Gespreksregel:
    soorten = {b.soort for b in gesprek.beurten}
    feedback = Counter(b.feedback for b in gesprek.beurten if b.feedback)
    return Gespreksregel(
        referentie=gesprek.referentie,
        begin=_lokaal(gesprek.start, tijdzone),
        berichten=len(gesprek.beurten),
        antwoord=Soort.ANTWOORD in soorten,
        terugval=Soort.TERUGVAL in soorten,
        medewerker=Soort.MEDEWERKER in soorten,
        rekenhulp_niet_af=rekenhulp_niet_af(gesprek.beurten),
        feedback_ja=feedback["ja"],
        feedback_nee=feedback["nee"],
    )


def _twijfel(gesprek: Gesprek, tijdzone: dt.tzinfo, drempel: float) -> list[Twijfel]:
    gevonden = []
    for beurt in gesprek.beurten:
        # Buttons send "/intent": nothing to understand there.
        if not beurt.tekst or beurt.tekst.startswith("/"):
            continue
        terugval = beurt.soort is Soort.TERUGVAL
        onderwerp = beurt.waarschijnlijkste_onderwerp
        zekerheid = dict(beurt.ranking).get(onderwerp or "", beurt.zekerheid or 0.0)
        if terugval or zekerheid < drempel:
            gevonden.append(
                Twijfel(
                    gesprek.referentie,
                    _lokaal(beurt.tijd or gesprek.start, tijdzone),
                    beurt.tekst,
                    beurt.intent,
                    onderwerp,
                    zekerheid,
                    terugval,
                )
            )
    return gevonden


def _per_onderwerp(twijfel: Sequence[Twijfel]) -> list[Onderwerpgroep]:
    groepen: dict[str, list[str]] = defaultdict(list)
    for t in twijfel:
        groepen[t.onderwerp or "onbekend"].append(t.tekst)
    return sorted(
        (
            Onderwerpgroep(
                o, len(teksten), tuple(t for t, _ in Counter(teksten).most_common(MAX_VOORBEELDEN))
            )
            for o, teksten in groepen.items()
        ),
        key=lambda g: (-g.aantal, g.onderwerp),
    )


def _per_formulering(twijfel: Sequence[Twijfel]) -> list[Formuleringsgroep]:
    onderwerp_van: dict[str, Counter] = defaultdict(Counter)
    for t in twijfel:
        onderwerp_van[t.tekst][t.onderwerp or "onbekend"] += 1
    resultaat = []
    for groep in groepeer([t.tekst for t in twijfel]):
        onderwerpen: Counter = Counter()
        for tekst in set(groep.teksten):
            onderwerpen.update(onderwerp_van[tekst])
        resultaat.append(
            Formuleringsgroep(
                voorbeeld=groep.voorbeeld,
                aantal=groep.aantal,
                onderwerpen=tuple(o for o, _ in onderwerpen.most_common()),
                formuleringen=tuple(t for t, _ in Counter(groep.teksten).most_common()),
            )
        )
    return resultaat


def _feedback(gesprekken: Sequence[Gesprek]) -> list[FeedbackPerAntwoord]:
    """Ja/Nee per answer: each reply to the question counts for the answer before it."""
    per_antwoord: dict[tuple[str, str | None], FeedbackPerAntwoord] = {}
    for gesprek in gesprekken:
        laatste_antwoord: Beurt | None = None
        for beurt in gesprek.beurten:
            if beurt.soort is Soort.ANTWOORD:
                laatste_antwoord = beurt
            elif beurt.feedback and laatste_antwoord and laatste_antwoord.antwoordactie:
                sleutel = (laatste_antwoord.antwoordactie, laatste_antwoord.intent)
                regel = per_antwoord.setdefault(sleutel, FeedbackPerAntwoord(*sleutel))
                if beurt.feedback == "ja":
                    regel.ja += 1
                else:
                    regel.nee += 1
    return sorted(per_antwoord.values(), key=lambda r: (-(r.ja + r.nee), -r.nee, r.antwoord))
