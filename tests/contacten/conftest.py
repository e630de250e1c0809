"""Shared helpers for the tests of actions/contacten.

The shared source tables are next to the checkout in ../shared (also in CI). Tests that need them are
skipped when that folder is missing; all other tests always run.
"""

import csv
import functools
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
SHARED = (REPO / ".." / "shared").resolve()
REGIONS = SHARED / "data" / "regions"


@functools.cache
def _lees(naam: str):
    with (REGIONS / naam).open(encoding="utf-8", newline="") as f:
        return tuple(csv.DictReader(f, delimiter=";"))


@pytest.fixture(scope="session")
def shared_tabellen():
    """(regions, municipalities, pc4) from ../shared/data/regions; skipped when that folder is missing."""
    if not REGIONS.is_dir():
        pytest.skip(f"shared source tables not found in {REGIONS} (../shared is missing)")
    return (
        _lees("zorgkantoorregios_2025.csv"),
        _lees("gemeente_zorgkantoorregio_2025_DERIVED.csv"),
        _lees("pc4_gemeente_zorgkantoorregio_DERIVED.csv"),
    )
