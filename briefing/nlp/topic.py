"""Whether a story is about sport: a match names towns and countries as sides ("Chelsea hold
Arsenal", "losses to Newcastle"), so Where reads them as places only where the text puts the
event in one. A logistic regression over the words present, learned from the sections of BBC
News Summary by ``scripts/train_sport.py`` (weights in ``briefing/data/sport_weights.json``).
"""

from __future__ import annotations

import json
import math
import re
from functools import cache

from briefing.data import read_text

WEIGHTS = "sport_weights.json"
_WORD = re.compile(r"[a-z]+")


def words_of(text: str) -> set[str]:
    """The lower-case words a text holds (each once)."""
    return set(_WORD.findall(text.lower()))


@cache
def _weights() -> dict[str, float]:
    return {name: float(value) for name, value in json.loads(read_text(WEIGHTS))["weights"].items()}


def sport_probability(text: str) -> float:
    weights = _weights()
    score = weights["bias"] + sum(weights.get(word, 0.0) for word in words_of(text))
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, score))))


def about_sport(text: str) -> bool:
    return sport_probability(text) >= 0.5
