"""The learned word on a Where candidate: is it where the story happens, in the right country?

A logistic model over ``where_features``, trained by ``scripts/train_where.py`` on places
labelled by hand in BBC and CNN/Daily Mail copy; its weights and the probability below which a
place is left out are in ``briefing/data/where_weights.json``.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from functools import cache

from briefing.data import read_text
from briefing.scorer import linear_score, logistic

WEIGHTS = "where_weights.json"


@cache
def where_model() -> tuple[dict[str, float], float]:
    """The weights and the threshold (read on first use)."""
    record = json.loads(read_text(WEIGHTS))
    weights = {name: float(weight) for name, weight in record["weights"].items()}
    return weights, float(record["threshold"])


def probability(weights: Mapping[str, float], row: Mapping[str, float]) -> float:
    """A feature the weights do not name (a word seen too seldom in training) weighs nothing."""
    return logistic(linear_score(weights, row))
