"""Helpers for the channel tests: a Rasa-like Sanic app with a stand-in agent, called over ASGI.

sanic-testing is not installed, so requests go to the app through its ASGI interface; no socket
is opened.
"""

import asyncio
import json
import uuid
from typing import Any

from rasa.core.channels.channel import InputChannel, UserMessage, register
from sanic import Sanic


class NepAgent:
    """Stands in for Rasa's Agent: records each message and answers with fixed bot messages."""

    def __init__(self, antwoorden: list[dict[str, Any]] | None = None) -> None:
        self.berichten: list[UserMessage] = []
        self.antwoorden = antwoorden or []

    async def handle_message(self, bericht: UserMessage) -> None:
        self.berichten.append(bericht)
        for antwoord in self.antwoorden:
            # Rasa passes a fresh dict per bot message and the channel pops keys from it.
            await bericht.output_channel.send_response(bericht.sender_id, json.loads(json.dumps(antwoord)))


# Sanic rewrites some of its own methods when an app starts; only in test mode can it do that
# for more than one app per process (sanic-testing sets this too).
Sanic.test_mode = True


def maak_app(kanaal: InputChannel, agent: NepAgent) -> Sanic:
    """The channel mounted as `rasa run` does: under /webhooks/<name>/."""
    app = Sanic(f"kanaaltest_{uuid.uuid4().hex}")
    app.ctx.agent = agent
    register([kanaal], app, route="/webhooks/")
    return app


class AsgiKlant:
    """Minimal ASGI client; use as `async with AsgiKlant(app) as klant`."""

    def __init__(self, app: Sanic) -> None:
        self.app = app

    async def __aenter__(self) -> "AsgiKlant":
        # Sanic finalises its router on the ASGI lifespan start-up; the lifespan then waits
        # for "shutdown", which is sent on leaving the `async with`.
        self._lifespan_in: asyncio.Queue = asyncio.Queue()
        lifespan_uit: asyncio.Queue = asyncio.Queue()
        await self._lifespan_in.put({"type": "lifespan.startup"})
        self._lifespan = asyncio.create_task(
            self.app(
                {"type": "lifespan", "asgi": {"version": "3.0"}}, self._lifespan_in.get, lifespan_uit.put
            )
        )
        assert (await lifespan_uit.get())["type"] == "lifespan.startup.complete"
        return self

    async def __aexit__(self, *_: Any) -> None:
        await self._lifespan_in.put({"type": "lifespan.shutdown"})
        # Sanic 21.12 treats the finished lifespan as a request and fails on the missing
        # request object; a real ASGI server only logs that, so the tests ignore it too.
        await asyncio.gather(self._lifespan, return_exceptions=True)

    async def post(
        self, pad: str, body: bytes, headers: dict[str, str], host: str = "wlz.example"
    ) -> tuple[int, bytes]:
        return await self.verzoek("POST", pad, body, headers, host)

    async def get(self, pad: str, headers: dict[str, str] | None = None) -> tuple[int, bytes]:
        return await self.verzoek("GET", pad, b"", headers or {})

    async def verzoek(
        self, methode: str, pad: str, body: bytes, headers: dict[str, str], host: str = "wlz.example"
    ) -> tuple[int, bytes]:
        scope = {
            "type": "http",
            "asgi": {"version": "3.0"},
            "http_version": "1.1",
            "method": methode,
            "scheme": "http",
            "path": pad,
            "raw_path": pad.encode(),
            "query_string": b"",
            "root_path": "",
            "headers": [(b"host", host.encode())]
            + [(k.lower().encode(), v.encode()) for k, v in headers.items()],
            "client": ("127.0.0.1", 50000),
            "server": ("127.0.0.1", 80),
        }
        verzoek = iter([{"type": "http.request", "body": body, "more_body": False}])
        antwoord: dict[str, Any] = {"status": None, "body": b""}

        async def ontvang() -> dict[str, Any]:
            return next(verzoek, {"type": "http.disconnect"})

        async def verstuur(bericht: dict[str, Any]) -> None:
            if bericht["type"] == "http.response.start":
                antwoord["status"] = bericht["status"]
            elif bericht["type"] == "http.response.body":
                antwoord["body"] += bericht.get("body", b"")

        await self.app(scope, ontvang, verstuur)
        return antwoord["status"], antwoord["body"]
