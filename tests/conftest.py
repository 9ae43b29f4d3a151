from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

from briefing.doc import build_doc
from briefing.extract.where import where_candidates
from briefing.read.text import article_from_text

# Property tests: a bounded run in CI, a long one with `--hypothesis-profile=fuzz` (benchmarks/fuzz.py).
settings.register_profile("default", max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.register_profile("fuzz", max_examples=10_000, deadline=None, suppress_health_check=list(HealthCheck))
settings.load_profile("default")

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


@pytest.fixture(autouse=True)
def private_history(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Every test gets its own history database: none ever touches the user's."""
    path = tmp_path_factory.mktemp("history") / "history.sqlite3"
    monkeypatch.setenv("BRIEFING_HISTORY", str(path))
    return path


def named_places(text: str, title: str | None = None) -> dict[str, str | None]:
    """The places the rules of ``where.py`` read in ``text`` (name to country), before the Where
    scorer keeps those the story happens in: what a test of reading places, not of choosing
    them, asserts on."""
    candidates, _ = where_candidates(build_doc(article_from_text(text, title=title)))
    return {c.name: c.country for c in candidates}
