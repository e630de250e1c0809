"""Shared helper: build a Situatie with sensible defaults for the tests."""

from decimal import Decimal

import pytest

from actions.eigen_bijdrage import Situatie


@pytest.fixture
def situatie():
    def maak(**velden):
        standaard = {"jaar": 2025, "zorgvorm": "vpt", "inkomen": Decimal(0), "aow": True}
        if velden.get("partner", "geen") != "geen":
            standaard["partner_aow"] = True
        if velden.get("zorgvorm") in ("instelling", "beschermd-wonen"):
            standaard["maanden"] = 10
        standaard.update(velden)
        return Situatie(**standaard)

    return maak
