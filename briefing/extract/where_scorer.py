"""The learned word on a Where candidate: is it where the story happens, in the right country?

A logistic model over ``where_features``, trained by ``scripts/train_where.py`` on places
labelled by hand in BBC and CNN/Daily Mail copy; its weights, the probability below which a
place is left out and the higher one that places after the first must reach are in
``briefing/data/where_weights.json``.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from functools import cache

from briefing.data import read_text
from briefing.scorer import linear_score, logistic

WEIGHTS = "where_weights.json"


@cache
def where_model() -> tuple[dict[str, float], float, float]:
    """The weights, the threshold and the higher one a place after the first must reach (read on
    first use)."""
    record = json.loads(read_text(WEIGHTS))
    weights = {name: float(weight) for name, weight in record["weights"].items()}
    return weights, float(record["threshold"]), float(record["further"])


def probability(weights: Mapping[str, float], row: Mapping[str, float]) -> float:
    """A feature the weights do not name (a word seen too seldom in training) weighs nothing."""
    return logistic(linear_score(weights, row))
