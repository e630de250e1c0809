"""`make run` for klantadviseurs: a real `python -m server shell` in a terminal (pty) starts without
Python warnings, says in Dutch how to stop, sends the start message (make run START="…"), shows
buttons as a numbered list, lets a typed number choose a button, and stops on /stop."""

from __future__ import annotations

import os
import pty
import re
import select
import subprocess
import sys
import time
from pathlib import Path

from echte_servers import MODEL, stop
from hulp import REPO
from server.shell import STOP_REGEL

SHELL_POORT = 15211
START = "wat is de wlz"
ANSI = re.compile(r"\x1b\[[0-9;?]*[A-Za-z]")


class Terminal:
    """A process on a pseudo-terminal, as a klantadviseur's terminal runs it."""

    def __init__(self, argumenten: list, omgeving: dict) -> None:
        self.hoofd, kind = pty.openpty()
        self.proces = subprocess.Popen(
            argumenten, stdin=kind, stdout=kind, stderr=kind, cwd=REPO, env=omgeving, close_fds=True
        )
        os.close(kind)
        self.uitvoer = b""

    @property
    def tekst(self) -> str:
        return ANSI.sub("", self.uitvoer.decode(errors="replace")).replace("\r", "")

    def lees_tot(self, verwacht: str, max_s: float) -> None:
        einde = time.monotonic() + max_s
        while verwacht not in self.tekst:
            if time.monotonic() > einde or self.proces.poll() is not None:
                raise AssertionError(f"{verwacht!r} niet gezien; uitvoer:\n{self.tekst[-4000:]}")
            if select.select([self.hoofd], [], [], 0.5)[0]:
                try:
                    self.uitvoer += os.read(self.hoofd, 65536)
                except OSError:  # the process closed the terminal
                    time.sleep(0.2)

    def typ(self, tekst: str) -> None:
        os.write(self.hoofd, tekst.encode() + b"\r")

    def sluit(self) -> None:
        stop(self.proces)
        os.close(self.hoofd)


def test_shell_start_stil_en_in_het_nederlands(action_server: str, tmp_path: Path) -> None:
    omgeving = {k: v for k, v in os.environ.items() if not k.startswith("WLZ_")}
    omgeving.update(
        {
            "WLZ_ACTION_SERVER_URL": action_server,
            "WLZ_GESPREKKEN_DB": str(tmp_path / "gesprekken.db"),
            "WLZ_SHELL_START": START,
            "TERM": "xterm",
            # A real terminal answers prompt_toolkit's cursor question; a pty does not.
            "PROMPT_TOOLKIT_NO_CPR": "1",
        }
    )
    terminal = Terminal(
        [
            sys.executable,
            "-m",
            "server",
            "shell",
            "-i",
            "127.0.0.1",
            "-p",
            str(SHELL_POORT),
            "--model",
            str(MODEL),
        ],
        omgeving,
    )
    try:
        terminal.lees_tot(STOP_REGEL, 300)  # the model is loaded
        terminal.lees_tot("Had u hier iets aan?", 60)
        terminal.lees_tot("Typ het nummer van uw keuze.", 30)
        terminal.typ("1")  # the first button of the last message: Ja
        terminal.lees_tot("Fijn om te horen", 60)
        terminal.typ("/stop")
        assert terminal.proces.wait(timeout=60) == 0
    finally:
        terminal.sluit()
    uit = terminal.tekst
    begin = uit.index(STOP_REGEL)
    assert not re.search(r"\w*Warning\b", uit), uit[:begin]
    assert "Traceback" not in uit
    assert "Bot loaded" not in uit, "de Nederlandse regel vervangt die van Rasa"
    assert f"U -> {START}" in uit[begin:]
    assert "Wlz staat voor Wet langdurige zorg" in uit
    assert "Had u hier iets aan?\n\n1. Ja\n2. Nee\n3. Meer uitleg\n\nTyp het nummer van uw keuze." in uit
    assert "(/feedback_ja)" not in uit and "Use arrow keys" not in uit
