"""Quadratic logistic scorers learned offline: the shape both learned parts of the pipeline share.

A scorer sees a row of named features (bias first, at 1), their squares and each pair's product,
so one feature's meaning may depend on another's. ``scripts/logistic.py`` fits the weights
(numpy, a build-time extra) and writes them to a JSON file in ``briefing/data``; at run time a
score is a dot product in plain Python, over the non-zero features only.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import cache
from itertools import combinations
from operator import mul

from briefing.data import learned_weights


def quadratic_names(features: Sequence[str]) -> tuple[str, ...]:
    """``features`` (bias first), their squares, then each pair's product, as the weight files name them."""
    rest = features[1:]
    return (*features, *(f"{name}^2" for name in rest), *(f"{a}*{b}" for a, b in combinations(rest, 2)))


def quadratic(row: Sequence[float]) -> list[float]:
    """``row`` (bias first) with its squares and pairwise products, ordered as ``quadratic_names``."""
    rest = row[1:]
    return [*row, *(v * v for v in rest), *(a * b for a, b in combinations(rest, 2))]


@dataclass(frozen=True)
class QuadraticScorer:
    """The weights as a symmetric matrix over the features, so that a score is ``x · M x``: the
    bias and linear weights sit in row and column 0, the squares' weights on the diagonal, and
    each pair's weight is halved between its two cells."""

    matrix: tuple[tuple[float, ...], ...]

    @classmethod
    def from_weights(cls, features: Sequence[str], weights: Sequence[float]) -> QuadraticScorer:
        named = dict(zip(quadratic_names(features), weights, strict=True))

        def weight(i: int, j: int) -> float:
            i, j = min(i, j), max(i, j)
            if i == 0:
                return named[features[j]]
            return named[f"{features[i]}^2"] if i == j else named[f"{features[i]}*{features[j]}"]

        size = len(features)
        return cls(tuple(tuple(weight(i, j) * (1.0 if i == j else 0.5) for j in range(size)) for i in range(size)))

    def score(self, row: Sequence[float]) -> float:
        """The log-odds of ``row``. Most features are 0 in most rows, so only the rows of the
        matrix for non-zero features are multiplied out."""
        return sum(value * sum(map(mul, self.matrix[i], row)) for i, value in enumerate(row) if value)


def logistic(score: float) -> float:
    """The probability whose log-odds are ``score``; clamped, so a row far past any threshold
    cannot overflow."""
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, score))))


def linear_score(weights: Mapping[str, float], row: Mapping[str, float]) -> float:
    """The log-odds of a row of named features under linear ``weights``: a feature the weights do
    not name (a word seen too seldom in training) weighs nothing."""
    return sum(weights.get(name, 0.0) * value for name, value in row.items())


@cache
def learned_scorer(name: str, features: tuple[str, ...]) -> QuadraticScorer:
    """The scorer whose weights ``briefing/data/<name>`` holds (read on first use)."""
    return QuadraticScorer.from_weights(features, learned_weights(name, quadratic_names(features)))
