"""The learned last word on a Who entry: is it a person, organisation or group of the article?

A logistic model over ``who_features`` (linear: a few thousand labelled entries support no more),
trained by ``scripts/train_who.py`` on hand labels from BBC and CNN/Daily Mail copy; its
weights and the probability below which an entry is dropped are in
``briefing/data/who_weights.json``.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Sequence
from functools import cache
from typing import TYPE_CHECKING

from briefing.data import read_text
from briefing.extract.who_features import Page, who_features
from briefing.model import Entity
from briefing.nlp.mentions import Mention
from briefing.scorer import linear_score, logistic

if TYPE_CHECKING:
    from briefing.doc import Doc

WEIGHTS = "who_weights.json"


@cache
def _model() -> tuple[dict[str, float], float, float]:
    record = json.loads(read_text(WEIGHTS))
    weights = {name: float(weight) for name, weight in record["weights"].items()}
    return weights, float(record["threshold"]), float(record["confident"])


def candidate_rows(entities: Sequence[Entity], doc: Doc, speakers: frozenset[str]) -> list[dict[str, float]]:
    """The feature row of each of ``entities``, in order."""
    mentions: dict[tuple[str, str], list[Mention]] = defaultdict(list)
    for mention, entity in doc.cast.mentions:
        mentions[(entity.kind, entity.name)].append(mention)
    page = Page.of(doc, speakers, [e.name for e in entities])
    return [who_features(e, mentions[(e.kind, e.name)], page) for e in entities]


def probability(row: dict[str, float]) -> float:
    """A feature the weights do not name (a word seen too seldom in training) weighs nothing."""
    weights, _, _ = _model()
    return logistic(linear_score(weights, row))


def someone(
    entities: Sequence[Entity], rows: Sequence[dict[str, float]], actors: frozenset[str] = frozenset()
) -> list[Entity]:
    """``entities`` (their feature rows are ``rows``: ``candidate_rows``) less those the scorer
    finds to be no one, with the doubtful ones moved down (``sure_first``), where a brief that
    shows the first few leaves them out. ``actors`` (whom the text shows to be someone:
    ``who.lead_actors`` and the speakers) are kept and sure, whatever their score."""
    _, threshold, confident = _model()
    scored = [(e, 1.0 if e.name in actors else probability(row)) for e, row in zip(entities, rows, strict=True)]
    return sure_first([(e, p) for e, p in scored if p >= threshold], confident)


def sure_first(kept: Sequence[tuple[Entity, float]], confident: float) -> list[Entity]:
    """The first entry where it stands (the rules rank the most-named first), then the others the
    scorer is sure of, then the doubtful ones."""
    head, rest = list(kept[:1]), kept[1:]
    return [e for e, _ in head] + [e for e, p in rest if p >= confident] + [e for e, p in rest if p < confident]
