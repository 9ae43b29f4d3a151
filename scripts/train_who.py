"""Train the Who scorer of ``briefing/extract/who_scorer.py`` and write
``briefing/data/who_weights.json``.

The examples are the Who candidates (``who_candidates``: what the rules keep) of the articles
labelled by hand in ``who_labels.tsv``: CNN/Daily Mail train-sample articles and BBC News
articles of every section. Each outlet is held out in turn (train on BBC, test on CNN/DM and the
reverse), and five folds by article run over both; the L2 penalty and the threshold are chosen
by those folds. ``who_heldout_labels.tsv`` labels CNN/DM test articles that no rule, feature or
weight was written from; the final weights are only measured there. The figures printed are
the share of kept candidates that are someone, the share of real ones kept, and the share of the
first four and eight entries Who shows that are someone, beside the rules alone.

    pip install '.[train]'
    python scripts/train_who.py ../shared/data
"""

from __future__ import annotations

import argparse
import json
import zlib
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol, TypeVar

import numpy as np
from logistic import fit, write_weights

from briefing.doc import Doc, build_doc
from briefing.extract.quotes import find_quotes
from briefing.extract.who import lead_actors, lead_first, speaking, who_candidates
from briefing.extract.who_features import FEATURES
from briefing.extract.who_scorer import candidate_rows, sure_first
from briefing.model import Entity
from briefing.read.text import article_from_text

HERE = Path(__file__).resolve().parent
LABELS = HERE / "who_labels.tsv"
#: Labels of CNN/DM test articles read after the rules and features were written: reported only.
HELD_OUT = HERE / "who_heldout_labels.tsv"
OUTPUT = HERE.parent / "briefing" / "data" / "who_weights.json"
PENALTIES = (0.3, 1.0, 3.0, 10.0, 30.0)
THRESHOLDS = (0.3, 0.4, 0.5, 0.6)
#: Objectives this close (a share of the best) are a tie: 2392 against 2394 is noise.
TIE = 0.005
#: A setting the folds choose among: (L2 penalty, threshold or band).
Setting = tuple[float, Any]
#: Entries kept below this probability go after the others (``who_scorer.someone``).
CONFIDENT = 0.8
FOLDS = 5
SHOWN = (4, 8)  # the first few a story shows, and all that find_who shows

#: A word around a name becomes a feature once seen this often in the training part.
MIN_COUNT = 3


class LabelledArticle:
    """What the Who and Where training scripts ask of an article's examples: its id (a CNN/DM id,
    or bbc/<category>/<file>) and one label per candidate, None where the labels do not name it."""

    ident: str
    labels: list[int | None]

    @property
    def bbc(self) -> bool:
        return self.ident.startswith("bbc/")

    @property
    def labelled(self) -> list[int]:
        return [i for i, label in enumerate(self.labels) if label is not None]


@dataclass
class Example(LabelledArticle):
    """One labelled article: its Who candidates, their feature rows and labels, and what
    ``find_who`` needs to order them."""

    ident: str
    doc: Doc
    entities: list[Entity]
    rows: list[dict[str, float]]
    labels: list[int | None]
    actors: frozenset[str]  # kept whatever their score (``who.lead_actors``)


def read_labels(path: Path) -> dict[str, dict[str, int]]:
    labels: dict[str, dict[str, int]] = defaultdict(dict)
    for line in path.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            ident, name, label = line.split("\t")
            labels[ident][name] = int(label)
    return labels


def article_texts(data: Path, wanted: set[str]) -> dict[str, str]:
    texts = {}
    for name in ("train_sample.jsonl", "test_half.jsonl"):
        path = data / "cnndm" / name
        if path.exists():
            for line in path.read_text(encoding="utf-8").splitlines():
                record = json.loads(line)
                if record["id"] in wanted:
                    texts[record["id"]] = record["article"]
    for ident in wanted:
        if ident.startswith("bbc/"):
            path = data / "bbc-news-summary" / "articles" / ident.removeprefix("bbc/")
            if path.exists():
                texts[ident] = path.read_text(encoding="utf-8", errors="replace")
    return texts


def examples(data: Path, labels: dict[str, dict[str, int]]) -> list[Example]:
    texts = article_texts(data, set(labels))
    found = []
    for ident, text in sorted(texts.items()):
        doc = build_doc(article_from_text(text, origin=ident))
        quotes = find_quotes(doc.text, doc.cast, doc.article.body_start, doc.quotations)
        speakers = speaking((q.said_by for q in quotes if q.said_by), doc)
        entities = who_candidates(doc, speakers)
        rows = candidate_rows(entities, doc, speakers)
        found.append(
            Example(
                ident,
                doc,
                entities,
                rows,
                [labels[ident].get(e.name) for e in entities],
                lead_actors(doc, entities) | speakers,
            )
        )
    return found


def vocabulary(part: list[Example]) -> list[str]:
    """The named features, then every word feature seen in at least MIN_COUNT entries of ``part``."""
    counts: Counter[str] = Counter(name for e in part for i in e.labelled for name in e.rows[i] if "=" in name)
    return [*FEATURES, *sorted(name for name, count in counts.items() if count >= MIN_COUNT)]


def matrix(rows: list[dict[str, float]], names: list[str]) -> np.ndarray:
    column = {name: i for i, name in enumerate(names)}
    x = np.zeros((len(rows), len(names)))
    for i, row in enumerate(rows):
        for name, value in row.items():
            if name in column:
                x[i, column[name]] = value
    x[:, 0] = 1.0
    return x


def stack(part: list[Example], names: list[str]) -> tuple[np.ndarray, np.ndarray]:
    rows = [e.rows[i] for e in part for i in e.labelled]
    labels = [float(e.labels[i] or 0) for e in part for i in e.labelled]
    return matrix(rows, names), np.array(labels)


Model = tuple[np.ndarray, list[str]]


class Identified(Protocol):
    ident: str


Labelled = TypeVar("Labelled", bound=Identified)


def train(part: list[Example], l2: float) -> Model:
    names = vocabulary(part)
    x, y = stack(part, names)
    return fit(x, y, np.ones(len(y)), l2), names


def judged(model: Model | None, part: list[Example], threshold: float) -> Counts:
    """How the candidates and the Who shown fare on ``part``: every candidate ``model`` keeps
    (all of them without one), and the first eight of those in ``find_who``'s order."""
    counts = Counts()
    for example in part:
        probability = np.ones(len(example.entities))
        if model is not None and example.entities:
            beta, names = model
            probability = 1.0 / (1.0 + np.exp(-matrix(example.rows, names) @ beta))
            probability[[i for i, e in enumerate(example.entities) if e.name in example.actors]] = 1.0
        keep = list(probability >= threshold)
        for i in example.labelled:
            counts.candidates += 1
            counts.real += example.labels[i] == 1
            counts.kept += keep[i]
            counts.kept_real += keep[i] and example.labels[i] == 1
        kept = [(e, p) for e, p in zip(example.entities, probability, strict=True) if p >= threshold]
        doc = example.doc
        label = dict(zip((e.name for e in example.entities), example.labels, strict=True))
        ordered = lead_first(sure_first(kept, CONFIDENT), doc.lead, doc.article.title, doc.subject)
        for k in SHOWN:
            judged_labels = [label[e.name] for e in ordered[:k] if label.get(e.name) is not None]
            counts.shown[k] = counts.shown.get(k, 0) + len(judged_labels)
            counts.shown_real[k] = counts.shown_real.get(k, 0) + sum(x == 1 for x in judged_labels)
    return counts


@dataclass
class Counts:
    """Labelled candidates, the real ones, those kept, the real ones kept; and per number shown,
    the labelled entries among the first that many of Who, and the real ones among them."""

    candidates: int = 0
    real: int = 0
    kept: int = 0
    kept_real: int = 0
    shown: dict[int, int] = field(default_factory=dict)
    shown_real: dict[int, int] = field(default_factory=dict)

    def __iadd__(self, other: Counts) -> Counts:
        self.candidates += other.candidates
        self.real += other.real
        self.kept += other.kept
        self.kept_real += other.kept_real
        for k in other.shown:
            self.shown[k] = self.shown.get(k, 0) + other.shown[k]
            self.shown_real[k] = self.shown_real.get(k, 0) + other.shown_real[k]
        return self

    def line(self) -> str:
        shown = ", ".join(
            f"first {k}: {self.shown_real[k] / max(self.shown[k], 1):.3f} ({self.shown_real[k]}/{self.shown[k]})"
            for k in sorted(self.shown)
        )
        return (
            f"candidates kept {self.kept}/{self.candidates}, someone {self.kept_real / max(self.kept, 1):.3f}, "
            f"real kept {self.kept_real / max(self.real, 1):.3f}; Who shown someone, {shown}"
        )


def report(name: str, rules: Counts, learned: Counts) -> None:
    print(f"{name}\n  rules alone: {rules.line()}\n  learned:     {learned.line()}")


def folds(data: list[Labelled]) -> list[list[Labelled]]:
    """Five parts by article (a hash of its id), the same on every run."""
    parts: list[list[Labelled]] = [[] for _ in range(FOLDS)]
    for example in data:
        parts[zlib.crc32(example.ident.encode("utf-8")) % FOLDS].append(example)
    return parts


def cross_validated(data: list[Example], l2: float, threshold: float) -> Counts:
    total = Counts()
    parts = folds(data)
    for i, held in enumerate(parts):
        rest = [e for j, part in enumerate(parts) if j != i for e in part]
        total += judged(train(rest, l2), held, threshold)
    return total


def tied(scores: dict[Setting, float]) -> list[Setting]:
    """The settings whose score is within TIE of the best: between them the folds say nothing."""
    top = max(scores.values())
    return [setting for setting, score in scores.items() if score >= top - TIE * abs(top)]


def objective(counts: Counts) -> float:
    """Entries right minus entries wrong among those kept, less the real ones lost: a wrong
    entry costs as much as a lost one, as the brief's reader sees both."""
    wrong = counts.kept - counts.kept_real
    lost = counts.real - counts.kept_real
    return counts.kept_real - wrong - lost


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("data", type=Path, help="the shared data folder (holding cnndm/ and bbc-news-summary/)")
    args = parser.parse_args()
    data = examples(args.data, read_labels(LABELS))
    if not any(e.labelled for e in data):
        raise SystemExit(f"train_who: no labelled article found under {args.data} (cnndm/, bbc-news-summary/)")
    print(f"{sum(len(e.labelled) for e in data)} labelled entries in {len(data)} articles")
    scores = {(l2, t): objective(cross_validated(data, l2, t)) for l2 in PENALTIES for t in THRESHOLDS}
    # a tie goes to the lower threshold: the doubtful entries it keeps go last, a real one it drops is gone
    l2, threshold = max(tied(scores), key=lambda p: (-p[1], scores[p]))
    print(f"chosen by five folds: l2 {l2}, threshold {threshold}")
    report("five folds over both outlets", judged(None, data, threshold), cross_validated(data, l2, threshold))
    bbc = [e for e in data if e.bbc]
    cnn = [e for e in data if not e.bbc]
    report("trained on CNN/DM, tested on BBC", judged(None, bbc, threshold), judged(train(cnn, l2), bbc, threshold))
    report("trained on BBC, tested on CNN/DM", judged(None, cnn, threshold), judged(train(bbc, l2), cnn, threshold))
    beta, names = train(data, l2)
    held_out = examples(args.data, read_labels(HELD_OUT))
    for outlet, part in (("CNN/DM", [e for e in held_out if not e.bbc]), ("BBC", [e for e in held_out if e.bbc])):
        report(
            f"held out: {outlet} articles labelled after the rules and features were written",
            judged(None, part, threshold),
            judged((beta, names), part, threshold),
        )
    weights = write_weights(
        OUTPUT,
        names,
        beta,
        model="logistic",
        trained_on="scripts/who_labels.tsv",
        l2=l2,
        settings={"threshold": threshold, "confident": CONFIDENT},
    )
    for name, value in sorted(weights.items(), key=lambda kv: -abs(kv[1]))[:40]:
        print(f"  {name:<20} {value:+.3f}")


if __name__ == "__main__":
    main()
