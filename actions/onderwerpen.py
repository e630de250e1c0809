"""The bot's topics (one per FAQ intent): button title and contact-directory topic.

Plain Python without Rasa imports, so the mapping is tested on its own. The facts live in
onderwerpen.yml next to this module.
"""

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import yaml

ONDERWERPEN_BESTAND = Path(__file__).with_name("onderwerpen.yml")


@dataclass(frozen=True)
class Onderwerp:
    intent: str
    thema: str
    titel: str
    contact: str | None = None

    @property
    def knop(self) -> dict[str, str]:
        """A button that asks this topic's question again (works in every channel with buttons)."""
        return {"title": self.titel, "payload": f"/{self.intent}"}


@lru_cache(maxsize=1)
def alle_onderwerpen() -> dict[str, Onderwerp]:
    data = yaml.safe_load(ONDERWERPEN_BESTAND.read_text(encoding="utf-8"))
    return {
        intent: Onderwerp(intent=intent, thema=thema, titel=velden["titel"], contact=velden.get("contact"))
        for thema, intents in data.items()
        for intent, velden in intents.items()
    }


def onderwerp(intent: str | None) -> Onderwerp | None:
    return alle_onderwerpen().get(intent or "")


def suggesties(intent_ranking: list[dict], aantal: int = 3) -> list[Onderwerp]:
    """The likeliest known topics from an NLU intent ranking, best first."""
    gevonden = []
    for kandidaat in intent_ranking:
        gekozen = onderwerp(kandidaat.get("name"))
        if gekozen and gekozen not in gevonden:
            gevonden.append(gekozen)
        if len(gevonden) == aantal:
            break
    return gevonden
