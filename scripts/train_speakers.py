"""Train the experimental speaker scorer (``speaker_candidates.py``) and compare it with the rules.

Every direct quote that ``briefing`` finds and PolNeAR annotates gives one example per candidate
speaker (``briefing.extract.speaker_ranker.candidates``), labelled by whether it overlaps the
annotated Source. Trained on ``attributions_train.jsonl``; ``attributions_dev.jsonl`` is held
out, and both are scored side by side with the fixed order of rules (the cascade).

    pip install '.[train]'
    python scripts/train_speakers.py ../shared/data/polnear
"""

from __future__ import annotations

import argparse
from pathlib import Path

import numpy as np
from logistic import fit, write_weights
from speaker_candidates import FEATURES, candidates, features

from briefing.evaluate.quotes import _matches, _overlap, load
from briefing.extract.speakers import speaker_mention
from briefing.extract.who import find_cast
from briefing.nlp.quote_marks import Marked, is_quote, quote_spans, trim_end

#: The weights are not shipped: the rules were as good on dev (see the module docstring).
OUTPUT = Path("speaker_weights.json")


def examples(path: Path) -> list[tuple[np.ndarray, np.ndarray, bool]]:
    """Per matched quote: candidate features, labels, and whether the cascade was right."""
    groups = []
    for text, gold in load(path):
        cast = find_cast(text)
        spans = list(quote_spans(text, 0))
        marked = Marked(tuple(s.start for s in spans), tuple(s.end for s in spans))
        previous = None
        for span in spans:
            start, end = span.start, trim_end(text, span.end)
            while start < end and text[start].isspace():
                start += 1
            if not is_quote(text, text[start:end], start):
                continue
            cascade = speaker_mention(text, span, cast, marked)
            pool = candidates(text, span, cast, marked, previous)
            previous = cascade or previous
            hits = [g for g in gold if _matches((start, end), g)]
            if not hits or not pool:
                continue
            source = max(hits, key=lambda g: _overlap((start, end), g.content)).source
            x = np.array([features(text, span, c, cascade, pool) for c in pool])
            y = np.array([float(_overlap((c.start, c.end), source) > 0) for c in pool])
            right = cascade is not None and _overlap(cascade, source) > 0
            groups.append((x, y, right))
    return groups


def fit_groups(groups: list[tuple[np.ndarray, np.ndarray, bool]], l2: float) -> np.ndarray:
    """Each quote weighs the same, however many candidates it has."""
    x = np.vstack([g[0] for g in groups])
    y = np.concatenate([g[1] for g in groups])
    w = np.concatenate([np.full(len(g[1]), 1.0 / len(g[1])) for g in groups])
    return fit(x, y, w / w.mean(), l2)


def accuracy(groups: list[tuple[np.ndarray, np.ndarray, bool]], beta: np.ndarray) -> tuple[float, float]:
    """Share of quotes whose best-scored candidate is right, and the cascade's share."""
    learned = sum(float(g[1][int(np.argmax(g[0] @ beta))]) for g in groups)
    cascade = sum(g[2] for g in groups)
    return learned / len(groups), cascade / len(groups)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("polnear", type=Path, help="folder with attributions_train.jsonl and attributions_dev.jsonl")
    parser.add_argument("--l2", type=float, default=1.0)
    parser.add_argument("-o", "--output", type=Path, default=OUTPUT)
    args = parser.parse_args()
    train = examples(args.polnear / "attributions_train.jsonl")
    dev = examples(args.polnear / "attributions_dev.jsonl")
    beta = fit_groups(train, args.l2)
    for name, groups in (("train", train), ("dev (held out)", dev)):
        learned, cascade = accuracy(groups, beta)
        reachable = sum(g[1].max() for g in groups) / len(groups)
        print(
            f"{name:15} quotes {len(groups):5}  learned {learned:.3f}  cascade {cascade:.3f}  a right candidate exists {reachable:.3f}"
        )
    write_weights(
        args.output,
        FEATURES,
        beta,
        model="logistic regression over scripts/speaker_candidates.py FEATURES",
        trained_on="PolNeAR attributions_train.jsonl (label: candidate overlaps the annotated source)",
        l2=args.l2,
    )


if __name__ == "__main__":
    main()
