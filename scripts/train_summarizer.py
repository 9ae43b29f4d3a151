"""Train the default summarizer's sentence scorer and write ``briefing/data/summary_weights.json``.

A logistic regression over ``briefing.summarize.features.FEATURES``: the label of a sentence is
whether the BBC News Summary reference (made of article sentences) contains it. Only the odd-
numbered BBC articles train it (``--split train``); the even-numbered ones and all of CNN/DM are
held out, so ``briefing eval summaries`` reports figures on text the weights never saw.

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
from briefing.summarize.features import FEATURES, sentence_features

OUTPUT = Path(__file__).resolve().parent.parent / "briefing" / "data" / "summary_weights.json"
_SPACE = re.compile(r"\s+")


def examples(root: Path, split: str) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Features, labels and weights (each article weighs the same, whatever its length)."""
    rows: list[list[float]] = []
    labels: list[float] = []
    weights: list[float] = []
    for pair in pairs(root):
        if bbc_split(pair.name) != split:
            continue
        article = article_from_text(pair.article)
        sentences = split_sentences(article.text, article.body_start)
        if not sentences:
            continue
        reference = _SPACE.sub("", pair.reference)  # reference sentences are glued without spaces
        rows.extend(sentence_features(sentences, article.title))
        labels.extend(float(_SPACE.sub("", s.text) in reference) for s in sentences)
        weights.extend([1.0 / len(sentences)] * len(sentences))
    weight = np.array(weights)
    return np.array(rows), np.array(labels), weight / weight.mean()


def log_loss(x: np.ndarray, y: np.ndarray, w: np.ndarray, beta: np.ndarray) -> float:
    p = np.clip(1.0 / (1.0 + np.exp(-x @ beta)), 1e-9, 1 - 1e-9)
    return float(-(w * (y * np.log(p) + (1 - y) * np.log(1 - p))).mean())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("bbc", type=Path, help="the BBC News Summary folder (articles/ and summaries/)")
    parser.add_argument("--l2", type=float, default=1.0)
    parser.add_argument("-o", "--output", type=Path, default=OUTPUT)
    args = parser.parse_args()
    x, y, w = examples(args.bbc, "train")
    beta = fit(x, y, w, args.l2)
    held_x, held_y, held_w = examples(args.bbc, "held-out")
    print(f"log loss: train {log_loss(x, y, w, beta):.4f}, held-out {log_loss(held_x, held_y, held_w, beta):.4f}")
    weights = write_weights(
        args.output,
        FEATURES,
        beta,
        model="logistic regression over briefing.summarize.features.FEATURES",
        trained_on="BBC News Summary, odd-numbered articles (label: sentence is in the reference)",
        l2=args.l2,
    )
    for name, value in weights.items():
        print(f"{name:>20} {value:+.3f}")


if __name__ == "__main__":
    main()
