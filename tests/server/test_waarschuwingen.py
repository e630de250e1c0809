"""Known deprecation warnings hidden, every other warning still shown (server/waarschuwingen.py)."""

import subprocess
import sys
import textwrap

import pytest

from hulp import REPO
from server.waarschuwingen import is_bekend, module_van

SITE = "/work/.venv/lib/python3.10/site-packages"


class MovedIn20Warning(DeprecationWarning):
    """Stands in for SQLAlchemy's warning: matching is by class name, also of a parent class."""


class PyparsingDeprecationWarning(DeprecationWarning):
    pass


def test_module_van() -> None:
    assert module_van(f"{SITE}/rasa/core/tracker_store.py") == "rasa.core.tracker_store"
    assert module_van(f"{SITE}/pkg_resources/__init__.py") == "pkg_resources"
    assert module_van("/work/main/server/shell.py") == "work.main.server.shell"
    assert module_van("<frozen importlib._bootstrap>") == "<frozen importlib._bootstrap>"


@pytest.mark.parametrize(
    "categorie, bestand, tekst",
    [
        (MovedIn20Warning, "rasa/core/tracker_store.py", "Deprecated API features detected!"),
        (
            DeprecationWarning,
            "pkg_resources/__init__.py",
            "Deprecated call to `pkg_resources.declare_namespace('x')`.",
        ),
        (DeprecationWarning, "rasa/shared/utils/validation.py", "pkg_resources is deprecated as an API."),
        (PyparsingDeprecationWarning, "matplotlib/fontconfig_pattern.py", "'parseString' deprecated"),
        (
            DeprecationWarning,
            "typer/completion.py",
            "'BaseCommand' is deprecated and will be removed in Click 9.0.",
        ),
    ],
)
def test_bekend(categorie: type, bestand: str, tekst: str) -> None:
    assert is_bekend(categorie, f"{SITE}/{bestand}", tekst)


def test_bekend_uit_een_bevroren_module() -> None:
    tekst = "the load_module() method is deprecated and slated for removal in Python 3.12"
    assert is_bekend(DeprecationWarning, "<frozen importlib._bootstrap>", tekst)
    assert not is_bekend(DeprecationWarning, "<frozen importlib._bootstrap>", "iets anders")


@pytest.mark.parametrize(
    "categorie, bestand, tekst",
    [
        (
            DeprecationWarning,
            "rasa/core/tracker_store.py",
            "Deprecated API features detected!",
        ),  # other category
        (DeprecationWarning, "pkg_resources/__init__.py", "something new"),  # other text
        (UserWarning, "rasa/shared/utils/io.py", "The utterance 'utter_x' is not used"),
        (
            DeprecationWarning,
            "rasa_sdk/executor.py",
            "pkg_resources is deprecated as an API.",
        ),  # other module
        (PyparsingDeprecationWarning, "matplotlibx/a.py", "'parseString' deprecated"),  # not a submodule
    ],
)
def test_onbekend(categorie: type, bestand: str, tekst: str) -> None:
    assert not is_bekend(categorie, f"{SITE}/{bestand}", tekst)


def test_installeer_verbergt_alleen_de_bekende() -> None:
    code = textwrap.dedent(f"""
        import warnings
        from server import waarschuwingen
        waarschuwingen.installeer()
        waarschuwingen.installeer()
        warnings.filterwarnings("always")
        warnings.warn_explicit("Deprecated call to `pkg_resources.declare_namespace('x')`.",
                               DeprecationWarning, "{SITE}/pkg_resources/__init__.py", 1)
        warnings.warn_explicit("iets nieuws", DeprecationWarning, "{SITE}/pkg_resources/__init__.py", 2)
        warnings.warn("een echte waarschuwing", UserWarning)
    """)
    uit = subprocess.run([sys.executable, "-c", code], cwd=REPO, capture_output=True, text=True, timeout=60)
    assert uit.returncode == 0, uit.stderr
    assert "declare_namespace" not in uit.stderr
    assert "iets nieuws" in uit.stderr and "een echte waarschuwing" in uit.stderr
