"""Messages grouped by similar wording, so one question asked in many ways shows up as one line.

A message becomes the set of its meaningful words (lower case, without punctuation and without the
words in stopwoorden.yml). Groups are made greedily: from the most frequent wording down, a
message joins the first group whose first wording shares at least `drempel` of their words
(Jaccard similarity); otherwise it starts a group. Simple and the same every run.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import yaml

STOPWOORDEN_BESTAND = Path(__file__).with_name("stopwoorden.yml")
# Words, numbers and the placeholders of the masking ("[BSN]" stays one word).
_WOORD = re.compile(r"\[[a-z-]+\]|\w+")


@lru_cache(maxsize=1)
def stopwoorden() -> frozenset[str]:
    return frozenset(yaml.safe_load(STOPWOORDEN_BESTAND.read_text(encoding="utf-8")))


def woorden(tekst: str) -> frozenset[str]:
    """The meaningful words of a message; all its words if every word is a stop word."""
    alle = _WOORD.findall(unicodedata.normalize("NFKC", tekst).lower())
    return frozenset(w for w in alle if w not in stopwoorden()) or frozenset(alle)


def gelijkenis(a: frozenset[str], b: frozenset[str]) -> float:
    return len(a & b) / len(a | b) if a | b else 1.0


@dataclass
class Groep:
    kern: frozenset[str]
    teksten: list[str]

    @property
    def aantal(self) -> int:
        return len(self.teksten)

    @property
    def voorbeeld(self) -> str:
        """The most frequent wording in the group."""
        return Counter(self.teksten).most_common(1)[0][0]


def groepeer(teksten: Sequence[str], drempel: float = 0.5) -> list[Groep]:
    """Groups of similar messages, the largest first."""
    groepen: list[Groep] = []
    for tekst, aantal in Counter(teksten).most_common():
        kern = woorden(tekst)
        groep = next((g for g in groepen if gelijkenis(g.kern, kern) >= drempel), None)
        if groep is None:
            groep = Groep(kern, [])
            groepen.append(groep)
        groep.teksten.extend([tekst] * aantal)
    return sorted(groepen, key=lambda g: -g.aantal)
