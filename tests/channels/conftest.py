"""The channel tests must never reach Twilio or Telegram: only loopback connections are allowed."""

import socket

import pytest

LOKAAL = {"127.0.0.1", "::1", "localhost"}


@pytest.fixture(autouse=True)
def alleen_lokaal_netwerk(monkeypatch: pytest.MonkeyPatch) -> None:
    echte_getaddrinfo = socket.getaddrinfo
    echte_connect = socket.socket.connect

    def getaddrinfo(host, *args, **kwargs):  # type: ignore[no-untyped-def]
        if host not in LOKAAL:
            raise OSError(f"test probeerde {host} op te zoeken")
        return echte_getaddrinfo(host, *args, **kwargs)

    def connect(self, adres):  # type: ignore[no-untyped-def]
        if isinstance(adres, tuple) and adres[0] not in LOKAAL:
            raise OSError(f"test probeerde verbinding te maken met {adres}")
        return echte_connect(self, adres)

    monkeypatch.setattr(socket, "getaddrinfo", getaddrinfo)
    monkeypatch.setattr(socket.socket, "connect", connect)
