from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
FIXTURES = Path(__file__).resolve().parent / "fixtures"
SHARED_DATA = ROOT.parent / "shared" / "data"


@pytest.fixture(scope="session")
def seed_text() -> str:
    return (SEEDS / "000_ca72fb138a795b00.txt").read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def bbc_politics() -> str:
    return (SEEDS / "bbc_politics_001.txt").read_text(encoding="utf-8")
