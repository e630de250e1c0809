"""End-to-end test of the website chat (web/, rasa-webchat 1.0.1) in a real headless Chromium.

Needs a running Rasa server with the socketio channel (env WLZ_RASA_URL, default
http://127.0.0.1:5005), Debian's chromium (env WLZ_CHROMIUM, default /usr/bin/chromium), the
`playwright` pip package (drives that chromium; no browser download) and web/node_modules
(`npm ci --prefix web`). Without them the tests are skipped, or fail when
WLZ_BROWSER_TEST=verplicht (set by `make test`). The static web server is started here on a free
port. Screenshots go to results/webchat.png and results/webchat-telefoon.png.
"""

import json
import os
import re
import shutil
import threading
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import NoReturn
from urllib.parse import quote, urlsplit

import pytest

from hulp import REPO

WEB = REPO / "web"
RESULTS = REPO / "results"
RASA_URL = os.environ.get("WLZ_RASA_URL", "http://127.0.0.1:5005").rstrip("/")
CHROMIUM = os.environ.get("WLZ_CHROMIUM", "/usr/bin/chromium")
VERPLICHT = os.environ.get("WLZ_BROWSER_TEST", "").strip().lower() == "verplicht"
CHROMIUM_FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
EERSTE_ANTWOORD_MS = 60_000  # the model may still be cold
ANTWOORD_MS = 30_000
LOKAAL = {"127.0.0.1", "localhost", "::1", "[::1]"}

# Bot messages are .rw-response (the typing indicator too, hence :has(.rw-message-text));
# the user's own messages are .rw-client.
BOT = ".rw-messages-container .rw-response:has(.rw-message-text)"
KLANT = ".rw-messages-container .rw-client"
KNOP = ".rw-messages-container .rw-replies .rw-reply"


def niet_beschikbaar(reden: str) -> NoReturn:
    """Skip, or fail under WLZ_BROWSER_TEST=verplicht."""
    if VERPLICHT:
        pytest.fail(f"{reden} (WLZ_BROWSER_TEST=verplicht)", pytrace=False)
    pytest.skip(reden)


def rasa_bereikbaar(url: str, pogingen: int = 3) -> str:
    """'' when Rasa answers on url, else the reason why not."""
    reden = ""
    for _ in range(pogingen):
        try:
            with urllib.request.urlopen(url + "/", timeout=3) as antwoord:
                tekst = antwoord.read().decode("utf-8", "replace")
            if "Hello from Rasa" in tekst:
                return ""
            reden = f"{url} antwoordt, maar is geen Rasa-server: {tekst[:80]!r}"
        except (urllib.error.URLError, OSError) as fout:
            reden = f"Rasa-server niet bereikbaar op {url} ({fout})"
        time.sleep(1)
    return reden


@pytest.fixture(scope="module")
def chromium_pad() -> str:
    pad = CHROMIUM if Path(CHROMIUM).exists() else shutil.which("chromium")
    if not pad:
        niet_beschikbaar(f"Chromium ontbreekt ({CHROMIUM}); apt-get install -y chromium")
    return pad


@pytest.fixture(scope="module")
def playwright_api():  # type: ignore[no-untyped-def]
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        niet_beschikbaar("Python-pakket playwright ontbreekt; pip install -r requirements-dev.txt")
    with sync_playwright() as p:
        yield p


@pytest.fixture(scope="module")
def rasa() -> str:
    reden = rasa_bereikbaar(RASA_URL)
    if reden:
        niet_beschikbaar(reden + "; start hem met `make serve` of zet WLZ_RASA_URL")
    return RASA_URL


class StilleHandler(SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args) -> None:  # type: ignore[no-untyped-def]
        pass


@pytest.fixture(scope="module")
def website() -> Iterator[str]:
    """web/ served by the stdlib http.server on a free port, like `make web`."""
    if not (WEB / "node_modules" / "rasa-webchat" / "lib" / "index.js").exists():
        niet_beschikbaar("web/node_modules ontbreekt; npm ci --prefix web")
    # A fixed port (WLZ_WEB_PORT) when Rasa only accepts that origin (CORS), else a free one.
    poort = int(os.environ.get("WLZ_WEB_PORT", "0"))
    server = ThreadingHTTPServer(("127.0.0.1", poort), partial(StilleHandler, directory=str(WEB)))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)


@pytest.fixture(scope="module")
def browser(playwright_api, chromium_pad):  # type: ignore[no-untyped-def]
    # launch() gives every run a fresh temporary profile (its own --user-data-dir).
    b = playwright_api.chromium.launch(executable_path=chromium_pad, args=CHROMIUM_FLAGS, headless=True)
    yield b
    b.close()


@pytest.fixture()
def extern() -> list[str]:
    """Requests that tried to leave this machine (they are aborted)."""
    return []


def nieuwe_pagina(browser, extern: list[str], **context_opties):  # type: ignore[no-untyped-def]
    context = browser.new_context(locale="nl-NL", **context_opties)

    def alleen_lokaal(route) -> None:  # type: ignore[no-untyped-def]
        host = urlsplit(route.request.url).hostname or ""
        if route.request.url.startswith("data:") or host in LOKAAL:
            route.continue_()
        else:
            extern.append(route.request.url)
            route.abort()

    context.route("**/*", alleen_lokaal)
    pagina = context.new_page()
    pagina.set_default_timeout(ANTWOORD_MS)
    return context, pagina


def chat_url(website: str, rasa: str) -> str:
    return f"{website}/index.html?socket={quote(rasa, safe='')}"


def open_chat(pagina) -> None:  # type: ignore[no-untyped-def]
    if pagina.locator(".rw-conversation-container").count() == 0:
        pagina.locator(".rw-launcher").click()
    pagina.locator(".rw-conversation-container").wait_for(state="visible")


def wacht_op_botberichten(pagina, aantal: int, timeout: int = ANTWOORD_MS) -> str:  # type: ignore[no-untyped-def]
    """Waits until at least `aantal` bot messages are shown; returns the text of the `aantal`-th."""
    from playwright.sync_api import TimeoutError as PlaywrightTimeout

    try:
        pagina.wait_for_function(
            "([sel, n]) => document.querySelectorAll(sel).length >= n",
            arg=[BOT, aantal],
            timeout=timeout,
        )
        op_tijd = True
    except PlaywrightTimeout:
        op_tijd = False
    if not op_tijd:
        pytest.fail(
            f"na {timeout // 1000} s nog geen {aantal}e antwoord van de bot in de chat "
            f"(verbonden: {pagina.locator('#wlz-chat').get_attribute('data-verbonden')}). "
            "Staat het antwoord wel in de tracker van Rasa, dan komt het niet over socket.io terug: "
            "Rasa 3.6 wacht niet op sio.enter_room() bij session_persistence: true met "
            "python-socketio >= 5.10 (RasaHQ/rasa#13027).",
            pytrace=False,
        )
    return pagina.locator(BOT).nth(aantal - 1).inner_text()


def lijkt_nederlands(tekst: str) -> bool:
    woorden = set(re.findall(r"[a-zà-ÿ]+", tekst.lower()))
    return len(woorden & {"de", "het", "een", "u", "uw", "en", "is", "van", "wlz", "zorg"}) >= 2


def test_gesprek_met_knoppen_en_links(browser, website, rasa, extern) -> None:  # type: ignore[no-untyped-def]
    context, pagina = nieuwe_pagina(browser, extern, viewport={"width": 1280, "height": 800})
    try:
        pagina.goto(chat_url(website, rasa))
        assert "Zorg en Zekerheid" in pagina.title()
        assert pagina.locator("#wlz-chat").get_attribute("data-socket-url") == rasa.rstrip("/")

        open_chat(pagina)
        assert pagina.locator(".rw-conversation-container .rw-title").inner_text() == "Wlz-assistent"
        assert pagina.locator(".rw-new-message").get_attribute("placeholder") == "Stel uw vraag…"

        # Greeting (initPayload /groet) with topic buttons.
        groet = wacht_op_botberichten(pagina, 1, EERSTE_ANTWOORD_MS)
        assert "Wlz-assistent" in groet and lijkt_nederlands(groet), groet
        pagina.locator(KNOP).first.wait_for(state="visible")
        assert pagina.locator(KNOP).count() >= 2

        # A typed question, sent with Enter.
        voor = pagina.locator(BOT).count()
        invoer = pagina.locator(".rw-new-message")
        invoer.wait_for(state="visible")
        pagina.wait_for_function("() => !document.querySelector('.rw-new-message').disabled")
        invoer.fill("wat is de wlz")
        invoer.press("Enter")
        pagina.locator(KLANT, has_text="wat is de wlz").wait_for()
        antwoord = wacht_op_botberichten(pagina, voor + 1, EERSTE_ANTWOORD_MS)
        assert "Wet langdurige zorg" in antwoord and len(antwoord) > 80, antwoord
        assert lijkt_nederlands(antwoord)

        # www.… in the answer became a real link that opens in a new window.
        link = pagina.locator(BOT).nth(voor).locator("a[href^='https://www.']").first
        assert link.count() == 1, "geen klikbare link in het antwoord"
        assert link.get_attribute("target") == "_blank"

        # The answer is followed by "Had u hier iets aan?" (components/gespreksbeurten.py). The
        # widget shows only the buttons of the last message: click its "Nee"; the answer follows.
        pagina.locator(BOT, has_text="Had u hier iets aan?").first.wait_for()
        knop = pagina.locator(KNOP, has_text="Nee").first
        knop.wait_for(state="visible")
        titel = knop.inner_text().strip()
        voor = pagina.locator(BOT).count()
        knop.click()
        pagina.locator(KLANT, has_text=titel).wait_for()
        volgende = wacht_op_botberichten(pagina, voor + 1)
        assert lijkt_nederlands(volgende) and "medewerker" in volgende, volgende

        # The privacy notice under the header, and the full text when asked.
        privacy = pagina.locator(".wlz-privacy")
        assert privacy.is_visible() and "geen BSN" in privacy.inner_text()
        invoer.fill("wat doen jullie met mijn gegevens?")
        invoer.press("Enter")
        pagina.locator(BOT, has_text="Ik vraag nooit om uw BSN").wait_for()
        pagina.locator(BOT, has_text="bewaart dit gesprek").wait_for()

        # A BSN typed into the widget: the bot warns, and the server kept only "[BSN]".
        invoer.fill("mijn bsn is 123456782")
        invoer.press("Enter")
        pagina.locator(BOT, has_text="Deel uw burgerservicenummer").wait_for()
        token = os.environ.get("WLZ_API_TOKEN")
        if token:
            sessie = json.loads(pagina.evaluate("() => localStorage.getItem('chat_session')"))["session_id"]
            url = f"{rasa}/conversations/{sessie}/tracker?token={quote(token, safe='')}"
            with urllib.request.urlopen(url, timeout=10) as r:
                opgeslagen = r.read().decode()
            assert "123456782" not in opgeslagen and "[BSN]" in opgeslagen

        # Far too long: a friendly answer in the chat, not an error.
        invoer.fill("Mijn moeder heeft hulp nodig. " * 120)
        invoer.press("Enter")
        pagina.locator(BOT, has_text="te lang voor mij").wait_for()

        pagina.mouse.move(5, 5)  # no hover effect on the buttons in the screenshot
        pagina.wait_for_timeout(500)  # let the last animation finish
        RESULTS.mkdir(exist_ok=True)
        pagina.screenshot(path=str(RESULTS / "webchat.png"))
        assert extern == [], f"de pagina probeerde buiten deze machine te laden: {extern}"
    finally:
        context.close()


def test_toetsenbord_telefoon_en_herladen(browser, website, rasa, extern) -> None:  # type: ignore[no-untyped-def]
    context, pagina = nieuwe_pagina(
        browser, extern, viewport={"width": 390, "height": 844}, is_mobile=True, has_touch=True
    )
    try:
        pagina.goto(chat_url(website, rasa))
        launcher = pagina.locator(".rw-launcher")
        launcher.wait_for()
        assert launcher.get_attribute("aria-label"), "launcher zonder aria-label"

        # Keyboard only: Tab until the launcher has focus, Enter opens the chat.
        for _ in range(30):
            pagina.keyboard.press("Tab")
            if pagina.evaluate("() => !!document.activeElement.closest('.rw-launcher')"):
                break
        else:
            pytest.fail("de chatknop is niet met Tab te bereiken")
        pagina.keyboard.press("Enter")
        pagina.locator(".rw-conversation-container").wait_for(state="visible")
        groet = wacht_op_botberichten(pagina, 1, EERSTE_ANTWOORD_MS)
        assert lijkt_nederlands(groet)

        # Labels for screen readers.
        for selector in (".rw-new-message", ".rw-send", ".rw-launcher, .rw-close-button"):
            assert pagina.locator(selector).first.get_attribute("aria-label"), selector
        assert pagina.locator(".rw-messages-container").get_attribute("role") == "log"
        knop = pagina.locator(KNOP).first
        knop.wait_for(state="visible")
        assert knop.get_attribute("role") == "button" and knop.get_attribute("tabindex") == "0"

        # The text field gets the focus after opening; type and press Enter.
        pagina.wait_for_function(
            "() => document.activeElement && document.activeElement.classList.contains('rw-new-message')"
        )
        voor = pagina.locator(BOT).count()
        pagina.keyboard.type("Wat is een pgb?")
        pagina.keyboard.press("Enter")
        pagina.locator(KLANT, has_text="Wat is een pgb?").wait_for()
        antwoord = wacht_op_botberichten(pagina, voor + 1, EERSTE_ANTWOORD_MS)
        assert lijkt_nederlands(antwoord) and len(antwoord) > 40, antwoord

        # A suggestion button works with the keyboard too (focus + Enter).
        knoppen = pagina.locator(KNOP)
        if knoppen.count():
            voor = pagina.locator(BOT).count()
            knoppen.first.focus()
            pagina.keyboard.press("Enter")
            wacht_op_botberichten(pagina, voor + 1)

        pagina.wait_for_timeout(500)
        RESULTS.mkdir(exist_ok=True)
        pagina.screenshot(path=str(RESULTS / "webchat-telefoon.png"))

        # Reload: same session, earlier messages still there, no second greeting.
        sessie = json.loads(pagina.evaluate("() => localStorage.getItem('chat_session')"))["session_id"]
        berichten = pagina.locator(BOT).count()
        pagina.reload()
        open_chat(pagina)
        pagina.locator(KLANT, has_text="Wat is een pgb?").wait_for()
        pagina.wait_for_timeout(1500)  # a new session would show a new greeting by now
        assert pagina.locator(BOT).count() == berichten
        assert pagina.locator(BOT).first.inner_text() == groet
        opnieuw = json.loads(pagina.evaluate("() => localStorage.getItem('chat_session')"))["session_id"]
        assert opnieuw == sessie

        # And the server knows the conversation under that id (session_persistence). Read through
        # the HTTP API, which needs the token (scripts/with_rasa_server.sh sets WLZ_API_TOKEN).
        token = os.environ.get("WLZ_API_TOKEN")
        if token:
            url = f"{rasa}/conversations/{sessie}/tracker?token={quote(token, safe='')}"
            with urllib.request.urlopen(url, timeout=10) as r:
                tracker = json.load(r)
            teksten = [e.get("text") for e in tracker.get("events", []) if e.get("event") == "user"]
            assert "Wat is een pgb?" in teksten, teksten
        assert extern == [], f"de pagina probeerde buiten deze machine te laden: {extern}"
    finally:
        context.close()
