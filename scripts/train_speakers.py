"""Train the speaker scorer of ``briefing/extract/speaker_ranker.py`` and write
``briefing/data/speaker_weights.json``.

Every direct quote that ``briefing`` finds and PolNeAR annotates gives one example per candidate
speaker, labelled by whether the candidate overlaps the annotated Source. Only
``attributions_train.jsonl`` trains it, with the L2 penalty chosen by five-fold cross-validation
there (folds by text: some texts were annotated twice); ``attributions_dev.jsonl`` is held out. Both are printed beside the
rules alone (the cascade of ``speakers.py``).

    pip install '.[train]'
    python scripts/train_speakers.py ../shared/data/polnear
"""

from __future__ import annotations

import argparse
import zlib
from pathlib import Path

import numpy as np
from logistic import fit, write_weights

from briefing.evaluate.quotes import _matches, _overlap, load
from briefing.extract.quotes import rule_attributions
from briefing.extract.speaker_ranker import FEATURES, candidates, feature_rows
from briefing.extract.who import find_cast
from briefing.nlp.quote_marks import Marked, quote_spans
from briefing.scorer import quadratic, quadratic_names

OUTPUT = Path(__file__).resolve().parent.parent / "briefing" / "data" / "speaker_weights.json"
PENALTIES = (0.1, 0.3, 1.0, 3.0, 10.0)
FOLDS = 5

#: Per quote: candidate rows, their labels, whether the rules were right, and the document number.
Group = tuple[np.ndarray, np.ndarray, bool, int]


def examples(path: Path) -> list[Group]:
    groups = []
    for text, gold in load(path):
        number = zlib.crc32(text.encode("utf-8"))  # a text annotated twice stays in one fold
        cast = find_cast(text)
        spans = list(quote_spans(text, 0))
        marked = Marked(tuple(s.start for s in spans), tuple(s.end for s in spans))
        for found in rule_attributions(text, spans, cast, marked):
            hits = [g for g in gold if _matches((found.start, found.end), g)]
            pool = candidates(text, found.span, cast, marked, found.previous, found.proposals)
            if not hits or not pool:
                continue
            source = max(hits, key=lambda g: _overlap((found.start, found.end), g.content)).source
            x = np.array([quadratic(row) for row in feature_rows(text, found.span, pool, found.cascade)])
            y = np.array([float(_overlap((c.start, c.end), source) > 0) for c in pool])
            right = found.cascade is not None and _overlap(found.cascade, source) > 0
            groups.append((x, y, right, number))
    return groups


def fit_groups(groups: list[Group], l2: float) -> np.ndarray:
    """Each quote weighs the same, however many candidates it has."""
    x = np.vstack([g[0] for g in groups])
    y = np.concatenate([g[1] for g in groups])
    w = np.concatenate([np.full(len(g[1]), 1.0 / len(g[1])) for g in groups])
    return fit(x, y, w / w.mean(), l2)


def accuracy(groups: list[Group], beta: np.ndarray) -> tuple[float, float]:
    """Share of quotes whose best-scored candidate is right, and the rules' share."""
    learned = sum(float(g[1][int(np.argmax(g[0] @ beta))]) for g in groups)
    return learned / len(groups), sum(g[2] for g in groups) / len(groups)


def cross_validated(groups: list[Group], l2: float) -> list[tuple[float, float]]:
    """Per fold: the learned and the rules' accuracy on the documents left out."""
    folds = []
    for fold in range(FOLDS):
        inside = [g for g in groups if g[3] % FOLDS != fold]
        outside = [g for g in groups if g[3] % FOLDS == fold]
        folds.append(accuracy(outside, fit_groups(inside, l2)))
    return folds


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("polnear", type=Path, help="folder with attributions_train.jsonl and attributions_dev.jsonl")
    parser.add_argument("-o", "--output", type=Path, default=OUTPUT)
    args = parser.parse_args()
    train = examples(args.polnear / "attributions_train.jsonl")
    dev = examples(args.polnear / "attributions_dev.jsonl")
    folds = {l2: cross_validated(train, l2) for l2 in PENALTIES}
    validated = {l2: float(np.mean([learned for learned, _ in found])) for l2, found in folds.items()}
    for l2, score in validated.items():
        print(f"l2 {l2:5}: {FOLDS}-fold cross-validated accuracy on train {score:.4f}")
    l2 = max(validated, key=validated.__getitem__)
    print("folds, learned - rules:", " ".join(f"{learned - rules:+.4f}" for learned, rules in folds[l2]))
    beta = fit_groups(train, l2)
    for name, groups in (("train", train), ("dev (held out)", dev)):
        learned, rules = accuracy(groups, beta)
        reachable = sum(g[1].max() for g in groups) / len(groups)
        print(
            f"{name:15} quotes {len(groups):5}  learned {learned:.4f}  rules {rules:.4f}  "
            f"a right candidate exists {reachable:.4f}"
        )
    print(f"train, {FOLDS}-fold cross-validated: learned {validated[l2]:.4f}")
    write_weights(
        args.output,
        quadratic_names(FEATURES),
        beta,
        model="quadratic logistic regression over briefing.extract.speaker_ranker.FEATURES",
        trained_on="PolNeAR attributions_train.jsonl (label: candidate overlaps the annotated source)",
        l2=l2,
    )


if __name__ == "__main__":
    main()
