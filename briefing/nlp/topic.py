"""Whether a story is about sport: a match names towns and countries as sides ("Chelsea hold
Arsenal", "losses to Newcastle"), so Where reads them as places only where the text puts the
event in one. A logistic regression over the words present, learned from the sections of BBC
News Summary by ``scripts/train_sport.py`` (weights in ``briefing/data/sport_weights.json``).
"""

from __future__ import annotations

import json
import re
from functools import cache

from briefing.data import read_text
from briefing.scorer import linear_score, logistic

WEIGHTS = "sport_weights.json"
_WORD = re.compile(r"[a-z]+")


def words_of(text: str) -> set[str]:
    """The lower-case words a text holds (each once)."""
    return set(_WORD.findall(text.lower()))


@cache
def _weights() -> dict[str, float]:
    return {name: float(value) for name, value in json.loads(read_text(WEIGHTS))["weights"].items()}


def sport_probability(text: str) -> float:
    return logistic(linear_score(_weights(), dict.fromkeys(words_of(text) | {"bias"}, 1.0)))


def about_sport(text: str) -> bool:
    return sport_probability(text) >= 0.5
