"""Rasa's socketio channel (the website widget), with session persistence that works and CORS.

1. Rasa 3.6 calls `sio.enter_room()` without `await` (RasaHQ/rasa#13027). With python-socketio
   >= 5.10 that is a coroutine, so the browser never joins the room of its session and never
   receives an answer.
2. Rasa creates its Socket.IO server with `cors_allowed_origins=[]`, which switches the origin
   check off: a page on any site could open a websocket to the bot. Here a connection whose
   Origin is not in WLZ_CORS_ORIGINS is refused (polling and websocket alike). The check is in
   the Socket.IO connect handler, not in engine.io's own CORS option: that would add a second
   Access-Control-Allow-Origin header next to Rasa's (Sanic-CORS), which browsers reject.
Same settings and name ("socketio") as Rasa's own channel.
"""

import inspect
import logging
import uuid
from collections.abc import Awaitable, Callable
from typing import Any

from rasa.core.channels.channel import UserMessage
from rasa.core.channels.socketio import SocketIOInput as RasaSocketIOInput
from sanic import Blueprint

from server.instellingen import Instellingen

logger = logging.getLogger(__name__)


class SocketIOInput(RasaSocketIOInput):
    def blueprint(self, on_new_message: Callable[[UserMessage], Awaitable[Any]]) -> Blueprint:
        socketio_webhook = super().blueprint(on_new_message)
        sio = self.sio
        toegestaan = set(Instellingen.uit_omgeving().cors_origins)
        rasa_connect = sio.handlers[self.namespace or "/"]["connect"]

        async def connect(sid: str, environ: dict, auth: dict | None = None) -> bool:
            if environ.get("HTTP_ORIGIN") not in toegestaan:
                logger.warning("Socket.IO connection from an origin not in WLZ_CORS_ORIGINS refused.")
                return False
            return await rasa_connect(sid, environ, auth)

        sio.on("connect", namespace=self.namespace)(connect)  # replaces Rasa's handler, which it calls

        async def session_request(sid: str, data: dict | None) -> None:
            data = data or {}
            if data.get("session_id") is None:
                data["session_id"] = uuid.uuid4().hex
            if self.session_persistence:
                kamer = sio.enter_room(sid, data["session_id"], namespace=self.namespace)
                if inspect.isawaitable(kamer):
                    await kamer
            await sio.emit("session_confirm", data["session_id"], room=sid, namespace=self.namespace)

        sio.on("session_request", namespace=self.namespace)(session_request)  # replaces Rasa's handler
        return socketio_webhook
