"""Gedeelde hulpmiddelen voor de tests van actions/contacten.

De gedeelde brontabellen staan naast de checkout in ../shared (ook in CI). Tests die ze nodig hebben,
worden overgeslagen als die map er niet is; alle andere tests draaien altijd.
"""

import csv
import functools
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
SHARED = (REPO / ".." / "shared").resolve()
REGIONS = SHARED / "data" / "regions"


@functools.lru_cache(maxsize=None)
def _lees(naam: str):
    with (REGIONS / naam).open(encoding="utf-8", newline="") as f:
        return tuple(csv.DictReader(f, delimiter=";"))


@pytest.fixture(scope="session")
def shared_tabellen():
    """(regio's, gemeenten, pc4) uit ../shared/data/regions; overslaan als die map ontbreekt."""
    if not REGIONS.is_dir():
        pytest.skip(f"gedeelde brontabellen niet gevonden in {REGIONS} (../shared ontbreekt)")
    return (
        _lees("zorgkantoorregios_2025.csv"),
        _lees("gemeente_zorgkantoorregio_2025_DERIVED.csv"),
        _lees("pc4_gemeente_zorgkantoorregio_DERIVED.csv"),
    )
