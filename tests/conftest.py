"""Fixtures shared by the Python tests."""
from typing import Any, Dict

import pytest

from hulp import REPO, laad_yaml


@pytest.fixture(scope="session")
def domain() -> Dict[str, Any]:
    return laad_yaml(REPO / "domain.yml")
