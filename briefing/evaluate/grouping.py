"""B-cubed precision, recall and F1 of story grouping against event labels.

The Giveme5W1H articles carry a ``category`` naming their event; a label whose words contain
another label's words names the same event ("tram victims" is "tram"). Each article's
precision is the share of its story that has its event, its recall the share of its event
that is in its story (Bagga & Baldwin 1998); the scores are the means over articles.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from pathlib import Path

from briefing.analyze import analyze_article
from briefing.assemble import SAME_STORY, group_briefs
from briefing.evaluate.fivew import load
from briefing.read.metadata import parse_iso_date
from briefing.read.text import article_from_text


def event_labels(categories: Sequence[str | None]) -> list[str]:
    """Merge labels that name one event; an article with no label is an event of its own."""
    named = sorted({c for c in categories if c}, key=lambda c: (len(c.split()), c))
    canonical = {}
    for label in named:
        words = set(label.split())
        canonical[label] = next((c for c in named if set(c.split()) < words), label)
    return [canonical[c] if c else f"<unlabelled {i}>" for i, c in enumerate(categories)]


def b_cubed(predicted: Sequence[int], gold: Sequence[str]) -> tuple[float, float, float]:
    pairs = Counter(zip(predicted, gold, strict=True))
    cluster_size = Counter(predicted)
    event_size = Counter(gold)
    count = len(gold)
    precision = sum(n * n / cluster_size[c] for (c, _), n in pairs.items()) / count
    recall = sum(n * n / event_size[e] for (_, e), n in pairs.items()) / count
    return precision, recall, 2 * precision * recall / (precision + recall)


def evaluate_grouping(root: Path, threshold: float = SAME_STORY) -> tuple[float, float, float, int]:
    golds = list(load(root))
    briefs = [
        analyze_article(article_from_text(g.text, title=g.title, published=parse_iso_date(g.published or "")))
        for g in golds
    ]
    story_of = [0] * len(briefs)
    for number, group in enumerate(group_briefs(briefs, threshold=threshold)):
        for index in group:
            story_of[index] = number
    precision, recall, f1 = b_cubed(story_of, event_labels([g.category for g in golds]))
    return precision, recall, f1, len(set(story_of))
