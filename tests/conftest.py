"""Fixtures shared by the Python tests."""
from typing import Any, Dict

import pytest

from hulp import REPO, laad_domein


@pytest.fixture(scope="session")
def domain() -> Dict[str, Any]:
    return laad_domein()
