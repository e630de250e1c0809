"""Helpers shared by the tests of the production set-up (tests/productie/)."""

import importlib.util
import socket
import sys
from pathlib import Path
from types import ModuleType

from hulp import REPO


def laad_module(naam: str, pad: Path) -> ModuleType:
    """A helper module from another test folder, by path (test folders are not packages)."""
    if naam in sys.modules:
        return sys.modules[naam]
    spec = importlib.util.spec_from_file_location(naam, pad)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[naam] = module
    spec.loader.exec_module(module)
    return module


def kanaal_hulp() -> ModuleType:
    """tests/channels/kanaal_hulp.py: a Rasa-like Sanic app called over ASGI."""
    return laad_module("kanaal_hulp", REPO / "tests" / "channels" / "kanaal_hulp.py")


def dichte_poort() -> int:
    """A loopback port in 15000-15999 on which nothing listens (connections are refused)."""
    for poort in range(15990, 15900, -1):
        with socket.socket() as s:
            try:
                s.bind(("127.0.0.1", poort))
            except OSError:
                continue
            return poort
    raise RuntimeError("geen vrije poort tussen 15900 en 15990")
