"""The logistic regression both training scripts fit, and the weight files they write (numpy,
a build-time extra: the shipped scorers are dot products in plain Python)."""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path

import numpy as np


def fit(x: np.ndarray, y: np.ndarray, w: np.ndarray, l2: float) -> np.ndarray:
    """L2-regularised logistic regression by Newton's method (the bias, column 0, unregularised)."""
    penalty = np.r_[0.0, np.full(x.shape[1] - 1, l2)] + 1e-9
    beta = np.zeros(x.shape[1])
    for _ in range(100):
        p = 1.0 / (1.0 + np.exp(-x @ beta))
        step = np.linalg.solve(
            (x * (w * p * (1 - p))[:, None]).T @ x + np.diag(penalty), x.T @ (w * (p - y)) + penalty * beta
        )
        beta -= step
        if np.abs(step).max() < 1e-9:
            break
    return beta


def write_weights(
    path: Path,
    features: Sequence[str],
    beta: np.ndarray,
    *,
    model: str,
    trained_on: str,
    l2: float,
    settings: dict[str, float] | None = None,
) -> dict[str, float]:
    """``settings`` (a scorer's thresholds) are written after the weights."""
    weights = {name: round(float(value), 4) for name, value in zip(features, beta, strict=True)}
    record = {"model": model, "trained_on": trained_on, "l2": l2, "weights": weights, **(settings or {})}
    path.write_text(json.dumps(record, indent=2) + "\n", encoding="utf-8")
    return weights
