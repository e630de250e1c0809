"""Fixtures shared by the Python tests."""

from typing import Any

import pytest

from hulp import laad_domein


@pytest.fixture(scope="session")
def domain() -> dict[str, Any]:
    return laad_domein()
