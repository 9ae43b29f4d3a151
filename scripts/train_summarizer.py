"""Train the default summarizer's sentence scorer and write ``briefing/data/summary_weights.json``.

A logistic regression over ``briefing.summarize.features.FEATURES``, their squares and pairwise
products (``QUADRATIC_FEATURES``): the label of a sentence is whether the BBC News Summary
reference (made of article sentences) contains it. Only the odd-numbered BBC articles train it;
the even-numbered ones and all of CNN/DM are held out, so ``briefing eval summaries`` reports
figures on text the weights never saw. The L2 penalty is chosen by two-fold cross-validation
inside the training half (its log loss is printed), never by the held-out figures.

    pip install '.[train]'
    python scripts/train_summarizer.py ../shared/data/bbc-news-summary

numpy is a build-time extra (``[train]``): the shipped scorer is a dot product in plain Python.
"""

from __future__ import annotations

import argparse
import re
from pathlib import Path

import numpy as np
from logistic import fit, write_weights

from briefing.evaluate.summaries import bbc_split, pairs
from briefing.nlp.segment import split_sentences
from briefing.read.text import article_from_text
from briefing.scorer import quadratic
from briefing.summarize.features import FEATURES, QUADRATIC_FEATURES, sentence_features

OUTPUT = Path(__file__).resolve().parent.parent / "briefing" / "data" / "summary_weights.json"
PENALTIES = (0.3, 1.0, 1.5, 2.0, 3.0, 10.0, 30.0)
_SPACE = re.compile(r"\s+")


def examples(root: Path, split: str) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """Features, labels, weights (each article weighs the same, whatever its length) and a fold
    per sentence (by article number, so an article's sentences stay in one fold)."""
    rows: list[list[float]] = []
    labels: list[float] = []
    weights: list[float] = []
    folds: list[int] = []
    for pair in pairs(root):
        if bbc_split(pair.name) != split:
            continue
        article = article_from_text(pair.article)
        sentences = split_sentences(article.text, article.body_start)
        if not sentences:
            continue
        reference = _SPACE.sub("", pair.reference)  # reference sentences are glued without spaces
        rows.extend(quadratic(row) for row in sentence_features(sentences, article.title))
        labels.extend(float(_SPACE.sub("", s.text) in reference) for s in sentences)
        weights.extend([1.0 / len(sentences)] * len(sentences))
        number = int(re.findall(r"\d+", Path(pair.name).stem)[-1])
        folds.extend([number // 2 % 2] * len(sentences))
    weight = np.array(weights)
    return np.array(rows), np.array(labels), weight / weight.mean(), np.array(folds)


def log_loss(x: np.ndarray, y: np.ndarray, w: np.ndarray, beta: np.ndarray) -> float:
    p = np.clip(1.0 / (1.0 + np.exp(-x @ beta)), 1e-9, 1 - 1e-9)
    return float(-(w * (y * np.log(p) + (1 - y) * np.log(1 - p))).mean())


def cross_validated_penalty(x: np.ndarray, y: np.ndarray, w: np.ndarray, folds: np.ndarray) -> float:
    """The penalty with the lowest two-fold log loss; a tie goes to the larger penalty."""
    losses = {}
    for l2 in PENALTIES:
        losses[l2] = (
            sum(
                log_loss(
                    x[folds == k], y[folds == k], w[folds == k], fit(x[folds != k], y[folds != k], w[folds != k], l2)
                )
                for k in (0, 1)
            )
            / 2
        )
        print(f"l2 {l2:>5}: cross-validated log loss {losses[l2]:.5f}")
    best = min(round(loss, 5) for loss in losses.values())
    return max(l2 for l2, loss in losses.items() if round(loss, 5) == best)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("bbc", type=Path, help="the BBC News Summary folder (articles/ and summaries/)")
    parser.add_argument("--l2", type=float, help="the penalty (default: chosen by cross-validation)")
    parser.add_argument("-o", "--output", type=Path, default=OUTPUT)
    args = parser.parse_args()
    x, y, w, folds = examples(args.bbc, "train")
    l2 = args.l2 if args.l2 is not None else cross_validated_penalty(x, y, w, folds)
    beta = fit(x, y, w, l2)
    held_x, held_y, held_w, _ = examples(args.bbc, "held-out")
    print(
        f"l2 {l2}; log loss: train {log_loss(x, y, w, beta):.4f}, held-out {log_loss(held_x, held_y, held_w, beta):.4f}"
    )
    weights = write_weights(
        args.output,
        QUADRATIC_FEATURES,
        beta,
        model="logistic regression over briefing.summarize.features.QUADRATIC_FEATURES",
        trained_on="BBC News Summary, odd-numbered articles (label: sentence is in the reference)",
        l2=l2,
    )
    for name in QUADRATIC_FEATURES[: len(FEATURES)]:  # the linear terms; the file holds all
        print(f"{name:>20} {weights[name]:+.3f}")


if __name__ == "__main__":
    main()
