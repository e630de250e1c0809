"""A conversation as turns: one user message and what the bot did until it listened again.

Plain Python without Rasa imports: it reads events in Rasa's JSON form (the `data` column of the
tracker store, or `Event.as_dict()`), so the feedback policy and `make review` classify a turn the
same way. The intent and action names it looks for are in gespreksbeurten.yml next to this module.
"""

from __future__ import annotations

import enum
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any, Optional

import yaml

NAMEN_BESTAND = Path(__file__).with_name("gespreksbeurten.yml")
# Actions that only keep the conversation going; they are not part of the bot's reply.
BOEKHOUDING = frozenset({"action_listen", "action_session_start"})


class Soort(enum.Enum):
    """What the bot did with a user message."""

    ANTWOORD = "antwoord"  # answered a topic question, or gave the calculator's outcome
    TERUGVAL = "terugval"  # did not understand (fallback)
    MEDEWERKER = "medewerker"  # the user asked for a person
    FORMULIER = "formulier"  # the calculator asked its next question
    VRAAG = "vraag"  # the bot asked for the place of residence before it can answer
    FEEDBACK = "feedback"  # the user answered "Had u hier iets aan?"
    UITLEG = "uitleg"  # the user asked "Meer uitleg" about the previous answer
    GESPREK = "gesprek"  # greeting, small talk, a loose yes/no


@dataclass(frozen=True)
class Namen:
    gesprek: frozenset
    medewerker: str
    uitleg: str
    terugval_intent: str
    terugval_actie: str
    formulier: str
    formulier_uitkomst: str
    vraagt_woonplaats_slot: str
    feedback_vraag: str
    feedback_ja: str
    feedback_nee: str
    los_ja: str
    los_nee: str


@lru_cache(maxsize=1)
def namen() -> Namen:
    data = yaml.safe_load(NAMEN_BESTAND.read_text(encoding="utf-8"))
    return Namen(
        gesprek=frozenset(data["gesprek"]),
        medewerker=data["medewerker"],
        uitleg=data["uitleg"],
        terugval_intent=data["terugval"]["intent"],
        terugval_actie=data["terugval"]["actie"],
        formulier=data["formulier"]["naam"],
        formulier_uitkomst=data["formulier"]["uitkomst"],
        vraagt_woonplaats_slot=data["vraagt_woonplaats_slot"],
        feedback_vraag=data["feedback"]["vraag"],
        feedback_ja=data["feedback"]["ja"],
        feedback_nee=data["feedback"]["nee"],
        los_ja=data["feedback"]["los_ja"],
        los_nee=data["feedback"]["los_nee"],
    )


@dataclass
class Beurt:
    """One user message and the actions the bot ran for it (without action_listen)."""

    tekst: Optional[str]
    intent: Optional[str]
    zekerheid: Optional[float]
    # NLU's intent ranking, best first: (intent, confidence).
    ranking: tuple[tuple[str, float], ...]
    tijd: Optional[float]
    # The bot's previous turn ended with "Had u hier iets aan?".
    na_feedbackvraag: bool
    acties: list[str] = field(default_factory=list)
    formulier_actief: bool = False
    vraagt_woonplaats: bool = False

    @property
    def soort(self) -> Soort:
        n = namen()
        if self.intent == n.terugval_intent or n.terugval_actie in self.acties:
            return Soort.TERUGVAL
        if n.formulier_uitkomst in self.acties:
            return Soort.ANTWOORD
        if self.formulier_actief:
            return Soort.FORMULIER
        if self.intent == n.medewerker:
            return Soort.MEDEWERKER
        if self.intent == n.uitleg:
            return Soort.UITLEG
        if self.feedback:
            return Soort.FEEDBACK
        if self.vraagt_woonplaats:
            return Soort.VRAAG
        if self.intent in n.gesprek or not self.acties:
            return Soort.GESPREK
        return Soort.ANTWOORD

    @property
    def feedback(self) -> Optional[str]:
        """ "ja" or "nee" when this message answers the feedback question, else None."""
        n = namen()
        if self.intent == n.feedback_ja or (self.na_feedbackvraag and self.intent == n.los_ja):
            return "ja"
        if self.intent == n.feedback_nee or (self.na_feedbackvraag and self.intent == n.los_nee):
            return "nee"
        return None

    @property
    def antwoordactie(self) -> Optional[str]:
        """The action that gave the answer: the first one, after the calculator form itself."""
        n = namen()
        return next((a for a in self.acties if a not in (n.formulier, n.feedback_vraag)), None)

    @property
    def feedback_gevraagd(self) -> bool:
        return namen().feedback_vraag in self.acties

    @property
    def waarschijnlijkste_onderwerp(self) -> Optional[str]:
        """The best intent of the ranking that is not the fallback."""
        return next((intent for intent, _ in self.ranking if intent != namen().terugval_intent), None)


def beurten(gebeurtenissen: Iterable[Mapping[str, Any]]) -> list[Beurt]:
    """The turns of one session's events, oldest first."""
    n = namen()
    resultaat: list[Beurt] = []
    actief_formulier: Optional[str] = None
    for gebeurtenis in gebeurtenissen:
        soort = gebeurtenis.get("event")
        huidige = resultaat[-1] if resultaat else None
        if soort == "user":
            resultaat.append(
                _beurt_van(
                    gebeurtenis,
                    na_feedbackvraag=bool(
                        huidige and huidige.acties and huidige.acties[-1] == n.feedback_vraag
                    ),
                )
            )
        elif soort == "active_loop":
            actief_formulier = gebeurtenis.get("name")
        elif huidige is None:
            continue
        elif soort == "action" and gebeurtenis.get("name") not in BOEKHOUDING:
            huidige.acties.append(gebeurtenis["name"])
        elif soort == "slot" and gebeurtenis.get("name") == n.vraagt_woonplaats_slot:
            huidige.vraagt_woonplaats = gebeurtenis.get("value") is not None
        if resultaat:
            resultaat[-1].formulier_actief = actief_formulier == n.formulier
    return resultaat


def _beurt_van(gebeurtenis: Mapping[str, Any], na_feedbackvraag: bool) -> Beurt:
    parse: dict[str, Any] = gebeurtenis.get("parse_data") or {}
    intent = parse.get("intent") or {}
    return Beurt(
        tekst=gebeurtenis.get("text"),
        intent=intent.get("name"),
        zekerheid=intent.get("confidence"),
        ranking=tuple(
            (r["name"], float(r.get("confidence") or 0.0))
            for r in parse.get("intent_ranking") or []
            if r.get("name")
        ),
        tijd=gebeurtenis.get("timestamp"),
        na_feedbackvraag=na_feedbackvraag,
    )


def vraag_om_feedback(beurten_tot_nu: Sequence[Beurt]) -> bool:
    """Whether the bot asks "Had u hier iets aan?" now that it has finished the last turn.

    Only after an answer: not after a greeting or small talk (nothing to rate), a calculator
    question or a question for the place of residence (the user is busy answering), the fallback
    (the bot already offers topics and a person), a request for a person or "Meer uitleg" (the
    details belong to the previous answer, which got the question or skipped it; asking again
    would also make that turn longer than three messages). And not twice in a row: when the
    previous answer already got the question, this one does not, so the question never follows
    every answer and someone who skipped it is not asked again at once.
    """
    if not beurten_tot_nu:
        return False
    laatste = beurten_tot_nu[-1]
    if laatste.soort is not Soort.ANTWOORD or laatste.feedback_gevraagd:
        return False
    vorige_antwoorden = [b for b in beurten_tot_nu[:-1] if b.soort is Soort.ANTWOORD]
    return not (vorige_antwoorden and vorige_antwoorden[-1].feedback_gevraagd)
