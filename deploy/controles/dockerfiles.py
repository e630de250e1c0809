"""Checks the Dockerfiles offline, without a container runtime: `make test-deploy`.

    .venv-deploy/bin/python deploy/controles/dockerfiles.py [--context .] DOCKERFILE...

What hadolint would flag and what can be checked without building:
- the file parses (dockerfile-parse): known instructions, FROM first, exec form (JSON) for CMD,
  ENTRYPOINT and HEALTHCHECK, `# syntax=docker/dockerfile:1` when RUN --mount is used;
- every base image has a pinned tag (a full version like 3.10.19, never `latest`) or a digest;
  COPY --from names an earlier stage; stage names are unique;
- the final stage runs as a numeric, non-root USER (Kubernetes checks runAsNonRoot by number);
- no secrets in ENV or ARG (names with PASSWORD, SECRET, TOKEN, KEY, SLEUTEL, AUTH, CREDENTIAL);
- no ADD (COPY only), WORKDIR absolute, `pip install` only pinned (==, a URL, or -r with -c);
- the build context as <Dockerfile>.dockerignore leaves it: every COPY source is in it, and no
  virtualenv, .git, model, result, conversation database or .env file is.
Exit code 0: all fine; 1: errors (one line each).
"""

from __future__ import annotations

import argparse
import fnmatch
import json
import os
import re
import shlex
import sys
from collections.abc import Iterable
from pathlib import Path

from dockerfile_parse import DockerfileParser

sys.path.insert(0, str(Path(__file__).resolve().parent))
from uitslag import meld

INSTRUCTIES = {
    "FROM",
    "RUN",
    "CMD",
    "LABEL",
    "EXPOSE",
    "ENV",
    "ADD",
    "COPY",
    "ENTRYPOINT",
    "VOLUME",
    "USER",
    "WORKDIR",
    "ARG",
    "ONBUILD",
    "STOPSIGNAL",
    "HEALTHCHECK",
    "SHELL",
    "COMMENT",
}
EXEC_VORM = {"CMD", "ENTRYPOINT"}
GEHEIM = re.compile(r"PASSWORD|PASSWD|SECRET|TOKEN|KEY|SLEUTEL|AUTH|CREDENTIAL", re.IGNORECASE)
VASTE_VERSIE = re.compile(r"(^|[^0-9])\d+\.\d+\.\d+")
# Never in a build context: local environments, history, trained models, results, conversations
# (personal data), secrets.
VERBODEN_IN_CONTEXT = (
    ".git/*",
    ".venv/*",
    ".venv-*/*",
    "models/*",
    "results/*",
    "gesprekken/*",
    "*.db",
    "*.sqlite",
    ".env",
    "*/.env",
    ".rasa/*",
    "web/node_modules/*",
)
# Large folders that are only walked when an exception in the ignore file could reach into them.
OVERSLAAN = {".git", ".venv", ".venv-deploy", "node_modules", "__pycache__"}


# --- .dockerignore (the rules of moby's patternmatcher) ---------------------------------------


def _regex(patroon: str) -> re.Pattern:
    uitvoer, i = "", 0
    while i < len(patroon):
        teken = patroon[i]
        if patroon.startswith("**/", i):
            uitvoer, i = uitvoer + "(?:.*/)?", i + 3
        elif patroon.startswith("**", i):
            uitvoer, i = uitvoer + ".*", i + 2
        elif teken == "*":
            uitvoer, i = uitvoer + "[^/]*", i + 1
        elif teken == "?":
            uitvoer, i = uitvoer + "[^/]", i + 1
        elif teken == "[":
            einde = patroon.find("]", i)
            uitvoer, i = uitvoer + patroon[i : einde + 1], einde + 1
        else:
            uitvoer, i = uitvoer + re.escape(teken), i + 1
    return re.compile(uitvoer)


def lees_dockerignore(pad: Path) -> list[tuple[bool, str, re.Pattern]]:
    regels = []
    for regel in pad.read_text(encoding="utf-8").splitlines():
        regel = regel.strip()
        if not regel or regel.startswith("#"):
            continue
        uitzondering = regel.startswith("!")
        patroon = os.path.normpath(regel[1:].strip() if uitzondering else regel).lstrip("/")
        regels.append((uitzondering, patroon, _regex(patroon)))
    return regels


def genegeerd(pad: str, regels: list[tuple[bool, str, re.Pattern]]) -> bool:
    """Whether `pad` (relative, with /) stays out of the context; the last matching rule wins."""
    delen = pad.split("/")
    kandidaten = ["/".join(delen[:n]) for n in range(1, len(delen) + 1)]
    uit = False
    for uitzondering, _, regex in regels:
        if any(regex.fullmatch(k) for k in kandidaten):
            uit = not uitzondering
    return uit


def context_bestanden(context: Path, regels: list[tuple[bool, str, re.Pattern]]) -> set[str]:
    uitzonderingen = [patroon for uitzondering, patroon, _ in regels if uitzondering]
    bestanden = set()
    for map_, mappen, namen in os.walk(context):
        relatief = os.path.relpath(map_, context)
        relatief = "" if relatief == "." else relatief + "/"
        for naam in list(mappen):
            pad = relatief + naam
            if (
                naam in OVERSLAAN
                and genegeerd(pad, regels)
                and not any(u.startswith((pad + "/", "*")) for u in uitzonderingen)
            ):
                mappen.remove(naam)
        for naam in namen:
            if not genegeerd(relatief + naam, regels):
                bestanden.add(relatief + naam)
    return bestanden


# --- the Dockerfile ---------------------------------------------------------------------------


def _instructies(parser: DockerfileParser) -> list[dict]:
    return [i for i in parser.structure if i["instruction"] != "COMMENT"]


def _vlaggen_en_rest(waarde: str) -> tuple[dict[str, str], list[str]]:
    woorden = shlex.split(waarde, posix=True)
    vlaggen: dict[str, str] = {}
    rest: list[str] = []
    for woord in woorden:
        if woord.startswith("--") and not rest:
            naam, _, arg = woord[2:].partition("=")
            vlaggen[naam] = arg
        else:
            rest.append(woord)
    return vlaggen, rest


def _env_sleutels(waarde: str) -> list[str]:
    woorden = shlex.split(waarde, posix=True)
    if woorden and "=" not in woorden[0]:
        return [woorden[0]]  # legacy form `ENV NAAM waarde`
    return [w.split("=", 1)[0] for w in woorden]


def _pip_fouten(run: str, regel: int, naam: str) -> list[str]:
    fouten = []
    lexer = shlex.shlex(run, posix=True, punctuation_chars=True)
    lexer.whitespace_split = True
    commando: list[str] = []
    commandos: list[list[str]] = []
    for woord in lexer:
        if woord in {"&&", ";", "||", "|", "&"}:
            commandos.append(commando)
            commando = []
        else:
            commando.append(woord)
    commandos.append(commando)
    for woorden in commandos:
        if not any(w == "pip" or w.endswith("/pip") for w in woorden) or "install" not in woorden:
            continue
        na = woorden[woorden.index("install") + 1 :]
        eisen, met_r, met_c, i = [], False, False, 0
        while i < len(na):
            woord = na[i]
            if woord in {"-r", "--requirement", "-c", "--constraint"}:
                met_r |= woord in {"-r", "--requirement"}
                met_c |= woord in {"-c", "--constraint"}
                i += 2
                continue
            if not woord.startswith("-"):
                eisen.append(woord)
            i += 1
        for eis in eisen:
            if not ("==" in eis or eis.startswith(("http://", "https://", "${", "$"))):
                fouten.append(f"{naam}:{regel}: pip install {eis} is niet vastgepind (==)")
        if met_r and not met_c:
            fouten.append(f"{naam}:{regel}: pip install -r zonder -c requirements-lock.txt")
    return fouten


def controleer(dockerfile: Path, context: Path) -> list[str]:
    naam = str(dockerfile)
    try:
        tekst = dockerfile.read_text(encoding="utf-8")
    except OSError as fout:
        return [f"{naam}: {fout}"]
    parser = DockerfileParser(fileobj=open(dockerfile, "rb"))
    instructies = _instructies(parser)
    if not instructies:
        return [f"{naam}: geen instructies"]
    fouten: list[str] = []

    # Parses: known instructions, FROM first, exec form.
    for i in instructies:
        if i["instruction"] not in INSTRUCTIES:
            fouten.append(f"{naam}:{i['startline'] + 1}: onbekende instructie {i['instruction']}")
    eerste = next((i for i in instructies if i["instruction"] != "ARG"), None)
    if eerste is None or eerste["instruction"] != "FROM":
        fouten.append(f"{naam}: de eerste instructie (na ARG) moet FROM zijn")
    for i in instructies:
        waarde = i["value"].strip()
        if i["instruction"] == "HEALTHCHECK":
            _, _, waarde = waarde.partition("CMD")
            waarde = waarde.strip()
        if i["instruction"] in EXEC_VORM | {"HEALTHCHECK"} and waarde.upper() != "NONE":
            try:
                lijst = json.loads(waarde)
                if not (isinstance(lijst, list) and lijst and all(isinstance(w, str) for w in lijst)):
                    raise ValueError
            except ValueError:
                fouten.append(
                    f"{naam}:{i['startline'] + 1}: {i['instruction']} in exec-vorm: "
                    "een JSON-lijst van strings"
                )
        if i["instruction"] == "ADD":
            fouten.append(f"{naam}:{i['startline'] + 1}: ADD; gebruik COPY")
        if i["instruction"] == "WORKDIR" and not i["value"].strip().startswith("/"):
            fouten.append(f"{naam}:{i['startline'] + 1}: WORKDIR moet absoluut zijn")
        if (
            i["instruction"] == "RUN"
            and i["value"].lstrip().startswith("--mount")
            and not re.match(r"#\s*syntax=docker/dockerfile:1", tekst)
        ):
            fouten.append(
                f"{naam}:{i['startline'] + 1}: RUN --mount vraagt `# syntax=docker/dockerfile:1` op regel 1"
            )
        if i["instruction"] == "RUN":
            fouten += _pip_fouten(i["value"], i["startline"] + 1, naam)
        if i["instruction"] in {"ENV", "ARG"}:
            try:
                sleutels = (
                    _env_sleutels(i["value"])
                    if i["instruction"] == "ENV"
                    else [i["value"].split("=")[0].strip()]
                )
            except ValueError as fout:
                fouten.append(f"{naam}:{i['startline'] + 1}: {i['instruction']} niet te lezen: {fout}")
                continue
            for sleutel in sleutels:
                if GEHEIM.search(sleutel):
                    fouten.append(
                        f"{naam}:{i['startline'] + 1}: {i['instruction']} {sleutel}: "
                        "geen geheimen in het image (ze blijven in de image-geschiedenis); "
                        "geef ze in Kubernetes als Secret"
                    )

    # Stages, base images, USER.
    args = {}
    for i in instructies:
        if i["instruction"] == "FROM":
            break
        if i["instruction"] == "ARG":
            sleutel, _, standaard = i["value"].partition("=")
            args[sleutel.strip()] = standaard.strip()
    stages: list[str] = []
    gebruiker: str | None = None
    for i in instructies:
        if i["instruction"] == "FROM":
            vlaggen, rest = _vlaggen_en_rest(i["value"])
            image = (
                re.sub(r"\$\{?(\w+)\}?", lambda m: args.get(m.group(1), m.group(0)), rest[0]) if rest else ""
            )
            if len(rest) == 3 and rest[1].upper() == "AS":
                if rest[2] in stages:
                    fouten.append(f"{naam}:{i['startline'] + 1}: stage {rest[2]} bestaat al")
                stages.append(rest[2])
            elif len(rest) != 1:
                fouten.append(f"{naam}:{i['startline'] + 1}: FROM image [AS naam]")
                stages.append("")
            else:
                stages.append("")
            gebruiker = None
            if image in stages[:-1]:
                continue
            laatste = image.rsplit("/", 1)[-1]
            tag = laatste.split("@")[0].partition(":")[2]
            if "@sha256:" not in image and (not tag or tag == "latest" or not VASTE_VERSIE.search(tag)):
                fouten.append(
                    f"{naam}:{i['startline'] + 1}: basisimage {image!r} zonder vaste versie "
                    "(bv. python:3.10.19-slim-bookworm)"
                )
        elif i["instruction"] == "USER":
            gebruiker = i["value"].strip()
        elif i["instruction"] == "COPY":
            vlaggen, _ = _vlaggen_en_rest(i["value"])
            if "from" in vlaggen and vlaggen["from"] not in stages[:-1]:
                fouten.append(
                    f"{naam}:{i['startline'] + 1}: COPY --from={vlaggen['from']}: geen eerdere stage"
                )
    if gebruiker is None:
        fouten.append(f"{naam}: de laatste stage heeft geen USER (draait als root)")
    else:
        uid, _, gid = gebruiker.partition(":")
        if not uid.isdigit() or uid == "0" or (gid and (not gid.isdigit() or gid == "0")):
            fouten.append(f"{naam}: USER {gebruiker}: gebruik een numerieke uid:gid die niet 0 is")

    # The build context.
    negeer = dockerfile.with_name(dockerfile.name + ".dockerignore")
    if not negeer.exists():
        fouten.append(
            f"{naam}: {negeer.name} ontbreekt (zonder gaat de hele map, ook .venv en .git, naar de builder)"
        )
        return fouten
    bestanden = context_bestanden(context, lees_dockerignore(negeer))
    for verboden in VERBODEN_IN_CONTEXT:
        te_veel = sorted(b for b in bestanden if fnmatch.fnmatch(b, verboden))
        if te_veel:
            fouten.append(
                f"{negeer}: {te_veel[0]} (en {len(te_veel) - 1} meer) hoort niet in de build-context"
            )
    for i in instructies:
        if i["instruction"] != "COPY":
            continue
        vlaggen, rest = _vlaggen_en_rest(i["value"])
        if "from" in vlaggen:
            continue
        if rest and rest[0].startswith("["):
            rest = json.loads(" ".join(rest))
        for bron in rest[:-1]:
            bron = bron.rstrip("/")
            if not any(b == bron or b.startswith(bron + "/") or fnmatch.fnmatch(b, bron) for b in bestanden):
                fouten.append(
                    f"{naam}:{i['startline'] + 1}: COPY {bron}: niet in de build-context"
                    f" (bestaat niet, of {negeer.name} laat het weg)"
                )
    return fouten


def main(argv: Iterable[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--context", type=Path, default=Path("."), help="de build-context (standaard: .)")
    parser.add_argument("dockerfiles", nargs="+", type=Path)
    args = parser.parse_args(list(argv) if argv is not None else None)
    fouten: list[str] = []
    for dockerfile in args.dockerfiles:
        fouten += controleer(dockerfile, args.context)
    return meld(
        fouten, "de Dockerfiles", f"Dockerfiles in orde ({', '.join(str(d) for d in args.dockerfiles)})."
    )


if __name__ == "__main__":
    sys.exit(main())
