"""Train the kind model of ``briefing/extract/who_kind.py`` (is a name read as a person's a
person or a body?) and write ``briefing/data/kind_weights.json``.

The examples are the Who candidates of the articles of ``who_labels.tsv`` that are someone and
that the cast reads as persons' names, with the kinds labelled by hand in ``who_kinds.tsv``.
Five folds by article run over BBC and CNN/DM together, and each outlet is held out in turn; the
L2 penalty and the threshold are chosen by the folds. The articles of
``who_heldout_labels.tsv`` (CNN/DM test) are only measured. Each figure is the share of entries
whose kind is right, beside the rules alone (``Cast.bodies``), then the bodies found and the
people kept.

    pip install '.[train]'
    python scripts/train_kinds.py ../shared/data
"""

from __future__ import annotations

import argparse
import zlib
from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from logistic import fit, write_weights
from train_who import HELD_OUT, LABELS, Example, examples, matrix, read_labels, tied

from briefing.extract.who_features import FEATURES
from briefing.extract.who_kind import KIND_FEATURES, kind_row, opens_with_title, says_person

HERE = Path(__file__).resolve().parent
KINDS = HERE / "who_kinds.tsv"
OUTPUT = HERE.parent / "briefing" / "data" / "kind_weights.json"
PENALTIES = (0.1, 0.3, 1.0, 3.0, 10.0)
#: (body_below, person_above): the model overrules the rules only outside this band.
BANDS = ((0.5, 0.5), (0.4, 0.6), (0.3, 0.7), (0.2, 0.8))
FOLDS = 5
MIN_COUNT = 3


@dataclass
class Entry:
    """One labelled name: its kind row, whether it is a person, whether the rules say so, and
    whether a title opens it (``who_kind.opens_with_title``: a person whatever the model says)."""

    ident: str
    name: str
    row: dict[str, float]
    person: bool
    rules_person: bool
    titled: bool

    @property
    def bbc(self) -> bool:
        return self.ident.startswith("bbc/")


def read_kinds(path: Path) -> dict[tuple[str, str], bool]:
    kinds = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            ident, name, kind = line.split("\t")
            kinds[(ident, name)] = kind == "person"
    return kinds


def entries(found: list[Example], kinds: dict[tuple[str, str], bool]) -> list[Entry]:
    labelled = []
    for example in found:
        text = example.doc.text
        for entity, row in zip(example.entities, example.rows, strict=True):
            person = kinds.get((example.ident, entity.name))
            if entity.kind == "person" and person is not None:
                rules = entity.name not in example.doc.cast.bodies
                row = kind_row(entity, row, text)
                labelled.append(Entry(example.ident, entity.name, row, person, rules, opens_with_title(entity)))
    return labelled


def vocabulary(part: list[Entry]) -> list[str]:
    counts: Counter[str] = Counter(name for e in part for name in e.row if "=" in name)
    return [*FEATURES, *KIND_FEATURES, *sorted(name for name, count in counts.items() if count >= MIN_COUNT)]


Model = tuple[np.ndarray, list[str]]


def train(part: list[Entry], l2: float) -> Model:
    names = vocabulary(part)
    y = np.array([float(e.person) for e in part])
    return fit(matrix([e.row for e in part], names), y, np.ones(len(y)), l2), names


def probabilities(model: Model, part: list[Entry]) -> np.ndarray:
    beta, names = model
    return 1.0 / (1.0 + np.exp(-matrix([e.row for e in part], names) @ beta))


Band = tuple[float, float]


def says(model: Model, part: list[Entry], band: Band) -> list[bool]:
    """What ``who_kind.is_person`` says with ``model``."""
    return [
        e.titled or says_person(p, e.rules_person, *band) for e, p in zip(part, probabilities(model, part), strict=True)
    ]


@dataclass
class Score:
    right: int = 0
    total: int = 0
    bodies_found: int = 0
    bodies: int = 0
    people_kept: int = 0
    people: int = 0

    def add(self, part: list[Entry], says_person: list[bool]) -> None:
        for entry, person in zip(part, says_person, strict=True):
            self.total += 1
            self.right += person == entry.person
            self.bodies += not entry.person
            self.bodies_found += not entry.person and not person
            self.people += entry.person
            self.people_kept += entry.person and person

    def __str__(self) -> str:
        return (
            f"right {self.right / max(self.total, 1):.3f} ({self.right}/{self.total})  "
            f"bodies found {self.bodies_found}/{self.bodies}  people kept {self.people_kept}/{self.people}"
        )


def folds(part: list[Entry]) -> list[list[Entry]]:
    by_fold: dict[int, list[Entry]] = defaultdict(list)
    for entry in part:
        by_fold[zlib.crc32(entry.ident.encode()) % FOLDS].append(entry)
    return [by_fold[k] for k in range(FOLDS)]


def cross(part: list[Entry], l2: float, band: Band) -> Score:
    score = Score()
    groups = folds(part)
    for k, test in enumerate(groups):
        model = train([e for j, g in enumerate(groups) if j != k for e in g], l2)
        score.add(test, says(model, test, band))
    return score


def report(label: str, test: list[Entry], says: Callable[[list[Entry]], list[bool]]) -> None:
    model, rules = Score(), Score()
    model.add(test, says(test))
    rules.add(test, [e.rules_person for e in test])
    print(f"{label:<26} model {model}\n{'':<26} rules {rules}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("data", type=Path, help="the shared data folder (cnndm/, bbc-news-summary/)")
    args = parser.parse_args()
    kinds = read_kinds(KINDS)
    labelled = entries(examples(args.data, read_labels(LABELS)), kinds)
    held = entries(examples(args.data, read_labels(HELD_OUT)), kinds)
    print(f"{len(labelled)} labelled names ({sum(not e.person for e in labelled)} bodies), {len(held)} held out")
    scores = {(l2, band): cross(labelled, l2, band).right for l2 in PENALTIES for band in BANDS}
    # a tie goes to the widest band: the rules keep their say unless the model is sure (the folds
    # differ by 7 of 2015 across the bands)
    l2, band = max(tied(scores), key=lambda s: (s[1][1], scores[s]))
    print(f"chosen by five folds: l2 {l2}, overruling the rules below {band[0]} and above {band[1]}")
    score = cross(labelled, l2, band)
    rules = Score()
    rules.add(labelled, [e.rules_person for e in labelled])
    print(f"{'five folds':<26} model {score}\n{'':<26} rules {rules}")
    for name, source, target in (
        ("CNN/DM -> BBC", [e for e in labelled if not e.bbc], [e for e in labelled if e.bbc]),
        ("BBC -> CNN/DM", [e for e in labelled if e.bbc], [e for e in labelled if not e.bbc]),
    ):
        fitted = train(source, l2)
        report(name, target, lambda part, m=fitted: says(m, part, band))
    final = train(labelled, l2)
    report("held out (CNN/DM test)", held, lambda part: says(final, part, band))
    beta, names = final
    write_weights(
        OUTPUT,
        names,
        beta,
        model="logistic regression: is a name read as a person's a person (1) or a body (0)",
        trained_on=f"{len(labelled)} names of {KINDS.name}",
        l2=l2,
        settings={"body_below": band[0], "person_above": band[1]},
    )
    print(f"wrote {OUTPUT}")


if __name__ == "__main__":
    main()
