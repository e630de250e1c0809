"""Hides the known deprecation warnings of Rasa's libraries; every other warning stays visible.

A start of `python -m server shell` printed some twenty deprecation warnings from Rasa's pinned
libraries (SQLAlchemy, pkg_resources, pyparsing, click …) before "Bot loaded". The known ones are
listed in bekende_waarschuwingen.yml: by category, the module that raises them and, where the
category is broad, their text.

They are dropped where Python shows a warning (`warnings.showwarning`), not with
`warnings.filterwarnings`: Sanic adds `filterwarnings("once", DeprecationWarning)` when it is
imported and Rasa adds `("once", UserWarning)` when it sets up logging. Both are put in front of
filters installed earlier, which are then never reached. Unknown warnings and errors pass.
"""

from __future__ import annotations

import re
import warnings
from dataclasses import dataclass
from functools import lru_cache
from pathlib import PurePath
from re import Pattern
from typing import Any

import yaml

BESTAND = PurePath(__file__).with_name("bekende_waarschuwingen.yml")
_MARKERING = "_wlz_bekende_waarschuwingen"


@dataclass(frozen=True)
class BekendeWaarschuwing:
    categorie: str
    module: str
    tekst: Pattern[str] | None = None

    def past_bij(self, categorie: type, module: str, bericht: str) -> bool:
        return (
            any(klasse.__name__ == self.categorie for klasse in categorie.__mro__)
            and (module == self.module or module.startswith(self.module + "."))
            and (self.tekst is None or self.tekst.search(bericht) is not None)
        )


@lru_cache(maxsize=1)
def bekende_waarschuwingen() -> tuple[BekendeWaarschuwing, ...]:
    with open(BESTAND, encoding="utf-8") as bestand:
        regels = yaml.safe_load(bestand)
    return tuple(
        BekendeWaarschuwing(r["categorie"], r["module"], re.compile(r["tekst"]) if r.get("tekst") else None)
        for r in regels
    )


def module_van(bestandsnaam: str) -> str:
    """The dotted module name of a source file in site-packages ("rasa.core.tracker_store")."""
    if bestandsnaam.startswith("<"):  # "<frozen importlib._bootstrap>", "<string>"
        return bestandsnaam
    pad = PurePath(bestandsnaam).with_suffix("")
    delen = [deel for deel in pad.parts if deel != pad.anchor]
    if "site-packages" in delen:
        delen = delen[len(delen) - delen[::-1].index("site-packages") :]
    if delen and delen[-1] == "__init__":
        delen.pop()
    return ".".join(delen)


def is_bekend(categorie: type, bestandsnaam: str, bericht: str) -> bool:
    module = module_van(bestandsnaam)
    return any(b.past_bij(categorie, module, bericht) for b in bekende_waarschuwingen())


def installeer() -> None:
    """From now on, in this process, the known warnings are not shown (installs once)."""
    toon_origineel = warnings.showwarning
    if getattr(toon_origineel, _MARKERING, False):
        return

    def toon(
        message: Any, category: type, filename: str, lineno: int, file: Any = None, line: str | None = None
    ) -> None:
        if not is_bekend(category, filename, str(message)):
            toon_origineel(message, category, filename, lineno, file, line)

    setattr(toon, _MARKERING, True)
    warnings.showwarning = toon
