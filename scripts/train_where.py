"""Train the Where scorer of ``briefing/extract/where_scorer.py`` and write
``briefing/data/where_weights.json``.

The examples are the Where candidates (``where.where_candidates``: what the rules keep) of the
articles labelled by hand in ``where_labels.tsv``: CNN/Daily Mail train-sample articles and BBC
News articles of every section. Each outlet is held out in turn, and five folds by article run
over both; the L2 penalty is chosen by those folds. A place is shown when it is likelier than the
least-cost cut that the cost of a wrong place sets (``WRONG_COST``).
``where_heldout_labels.tsv`` labels articles read after the features were written; the final
weights are only measured there. The figures printed are the share of the first three places a
brief shows that are right, how many right ones it shows, and the share of articles whose first
place (after any dateline) is right, beside the rules alone (every candidate kept).

    pip install '.[train]'
    python scripts/train_where.py ../shared/data
"""

from __future__ import annotations

import argparse
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from logistic import fit, write_weights
from train_who import LabelledArticle, article_texts, folds, matrix, read_labels

from briefing.doc import build_doc
from briefing.extract.where import PlaceCandidate, places_of, where_candidates
from briefing.extract.where_features import PLACE_FEATURES, place_features
from briefing.model import Place
from briefing.read.text import article_from_text

HERE = Path(__file__).resolve().parent
LABELS = HERE / "where_labels.tsv"
HELD_OUT = HERE / "where_heldout_labels.tsv"
OUTPUT = HERE.parent / "briefing" / "data" / "where_weights.json"
PENALTIES = (1.0, 3.0, 10.0, 30.0)
#: A wrong place costs this many right ones: a wrong Where misleads the reader, and an editor who
#: trusts the brief sends it on, where a missing one only leaves "Where: not stated" to look up.
#: A place is then shown when it is likelier than WRONG_COST / (1 + WRONG_COST) (the least-cost
#: rule for a probability), rather than at a cut chosen by folds whose noise moves it from run to run.
WRONG_COST = 2
THRESHOLD = round(WRONG_COST / (1 + WRONG_COST), 3)
SHOWN = 3  # the places a brief shows
MIN_COUNT = 3


@dataclass
class Example(LabelledArticle):
    """One labelled article: its Where candidates, their feature rows and labels."""

    ident: str
    dateline: Place | None
    candidates: list[PlaceCandidate]
    rows: list[dict[str, float]]
    labels: list[int | None]


def examples(data: Path, labels: dict[str, dict[str, int]]) -> list[Example]:
    found = []
    for ident, text in sorted(article_texts(data, set(labels)).items()):
        doc = build_doc(article_from_text(text, origin=ident))
        candidates, page = where_candidates(doc) if doc.english else ([], None)
        rows = [place_features(c, page) for c in candidates] if page else []
        found.append(
            Example(ident, doc.article.dateline, candidates, rows, [labels[ident].get(c.canonical) for c in candidates])
        )
    return found


Model = tuple[np.ndarray, list[str]]


def vocabulary(part: list[Example]) -> list[str]:
    counts: dict[str, int] = {}
    for example in part:
        for i in example.labelled:
            for name in example.rows[i]:
                if "=" in name:
                    counts[name] = counts.get(name, 0) + 1
    return [*PLACE_FEATURES, *sorted(name for name, count in counts.items() if count >= MIN_COUNT)]


def train(part: list[Example], l2: float) -> Model:
    names = vocabulary(part)
    rows = [e.rows[i] for e in part for i in e.labelled]
    y = np.array([float(e.labels[i] or 0) for e in part for i in e.labelled])
    return fit(matrix(rows, names), y, np.ones(len(y)), l2), names


@dataclass
class Counts:
    shown: int = 0  # labelled places among the first SHOWN
    right: int = 0
    articles: int = 0  # articles whose first place after the dateline is labelled
    first_right: int = 0
    extra_shown: int = 0  # labelled places after the first scored one
    extra_right: int = 0

    def __iadd__(self, other: Counts) -> Counts:
        self.shown += other.shown
        self.right += other.right
        self.articles += other.articles
        self.first_right += other.first_right
        self.extra_shown += other.extra_shown
        self.extra_right += other.extra_right
        return self

    def line(self) -> str:
        return (
            f"first {SHOWN} right {self.right / max(self.shown, 1):.3f} ({self.right}/{self.shown}), "
            f"first place right {self.first_right / max(self.articles, 1):.3f} ({self.first_right}/{self.articles}), "
            f"later ones right {self.extra_right}/{self.extra_shown}"
        )


def judged(model: Model | None, part: list[Example], threshold: float = THRESHOLD) -> Counts:
    """How the places shown fare on ``part``: those ``model`` keeps at ``threshold``, or all the
    rules keep without one, in the rules' order."""
    counts = Counts()
    for example in part:
        if model is None:
            scores, cut = [1.0] * len(example.candidates), 0.0
        else:
            beta, names = model
            scores = list(1.0 / (1.0 + np.exp(-matrix(example.rows, names) @ beta))) if example.rows else []
            cut = threshold
        places = places_of(example.dateline, example.candidates, scores, cut)
        label = {c.name: example.labels[i] for i, c in enumerate(example.candidates)}
        shown = [label.get(p.name) for p in places[:SHOWN] if p is not example.dateline]
        judged_labels = [x for x in shown if x is not None]
        counts.shown += len(judged_labels)
        counts.right += sum(judged_labels)
        extra = [x for x in shown[1:] if x is not None]
        counts.extra_shown += len(extra)
        counts.extra_right += sum(extra)
        if shown and shown[0] is not None:
            counts.articles += 1
            counts.first_right += shown[0]
    return counts


def report(name: str, rules: Counts, learned: Counts) -> None:
    print(f"{name}\n  rules:   {rules.line()}\n  learned: {learned.line()}")


def cross_validated(data: list[Example], l2: float, threshold: float = THRESHOLD) -> Counts:
    total = Counts()
    parts = folds(data)
    for i, held in enumerate(parts):
        rest = [e for j, part in enumerate(parts) if j != i for e in part]
        total += judged(train(rest, l2), held, threshold)
    return total


def objective(counts: Counts) -> float:
    """Places right among those shown, less WRONG_COST for each wrong one."""
    return counts.right - WRONG_COST * (counts.shown - counts.right)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("data", type=Path, help="the shared data folder (holding cnndm/ and bbc-news-summary/)")
    args = parser.parse_args()
    data = examples(args.data, read_labels(LABELS))
    if not any(e.labelled for e in data):
        raise SystemExit(f"train_where: no labelled article found under {args.data} (cnndm/, bbc-news-summary/)")
    print(f"{sum(len(e.labelled) for e in data)} labelled places in {len(data)} articles")
    l2 = max(PENALTIES, key=lambda penalty: objective(cross_validated(data, penalty)))
    print(f"chosen by five folds: l2 {l2}; a place is shown above {THRESHOLD}")
    report("five folds over both outlets", judged(None, data), cross_validated(data, l2))
    bbc = [e for e in data if e.bbc]
    cnn = [e for e in data if not e.bbc]
    for name, train_part, test_part in (("CNN/DM", cnn, bbc), ("BBC", bbc, cnn)):
        report(
            f"trained on {name}, tested on {'BBC' if name == 'CNN/DM' else 'CNN/DM'}",
            judged(None, test_part),
            judged(train(train_part, l2), test_part),
        )
    beta, names = train(data, l2)
    if HELD_OUT.exists():
        held_out = examples(args.data, read_labels(HELD_OUT))
        for outlet, part in (("CNN/DM", [e for e in held_out if not e.bbc]), ("BBC", [e for e in held_out if e.bbc])):
            report(f"held out: {outlet}", judged(None, part), judged((beta, names), part))
    weights = write_weights(
        OUTPUT,
        names,
        beta,
        model="logistic",
        trained_on="scripts/where_labels.tsv",
        l2=l2,
        settings={"threshold": THRESHOLD},
    )
    for name, value in sorted(weights.items(), key=lambda kv: -abs(kv[1]))[:30]:
        print(f"  {name:<20} {value:+.3f}")


if __name__ == "__main__":
    main()
