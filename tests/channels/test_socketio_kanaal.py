"""The website channel puts the browser in the room of its session, so answers reach it."""

import asyncio

from channels.socketio import SocketIOInput


async def niets(_bericht):
    return None


def test_sessie_verzoek_zet_de_browser_in_de_kamer_van_zijn_sessie():
    kanaal = SocketIOInput(
        user_message_evt="user_uttered", bot_message_evt="bot_uttered", session_persistence=True
    )
    kanaal.blueprint(niets)
    sio = kanaal.sio
    verstuurd = []

    async def emit(event, data, room=None, namespace=None):
        verstuurd.append((event, data, room))

    sio.emit = emit

    async def scenario():
        await sio.manager.connect("eio-1", "/")  # a connected browser
        sid = sio.manager.sid_from_eio_sid("eio-1", "/")
        handler = sio.handlers["/"]["session_request"]
        await handler(sid, {"session_id": "sessie-42"})
        return sid

    sid = asyncio.run(scenario())
    assert "sessie-42" in sio.rooms(sid)  # Rasa 3.6's own handler leaves the room empty
    assert verstuurd == [("session_confirm", "sessie-42", sid)]
