"""B-cubed precision, recall and F1 of story grouping against event labels.

The Giveme5W1H articles carry a ``category`` naming their event; a label whose words contain
another label's words names the same event ("tram victims" is "tram"). Each article's
precision is the share of its story that has its event, its recall the share of its event
that is in its story (Bagga & Baldwin 1998); the scores are the means over articles.

Those 13 events are far apart. A day of many *similar* stories is made by adding distractors:
the BBC articles of one category (e.g. 417 UK politics pieces of 2004-05, many about the
budget, Brown, Blair and the election). Each is labelled an event of its own unless another
has the same title, so a correct merge of two BBC pieces on one event counts against
precision; the certain errors are reported apart: distractors put in a story with a
Giveme5W1H article (2016-17 events, a decade away).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from briefing.analyze import analyze_article
from briefing.assemble import SAME_STORY, group_briefs
from briefing.evaluate.fivew import load
from briefing.read.decode import decode
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


@dataclass(frozen=True)
class GroupingScore:
    precision: float
    recall: float
    f1: float
    stories: int
    articles: int
    #: distractors put in a story with a labelled article: merges that are certainly wrong
    crossed: int = 0
    #: the largest story's size, where chaining shows first
    largest: int = 0
    #: B-cubed F1 of the labelled articles alone, grouped among the distractors
    labelled_f1: float = 0.0


def distractors(root: Path, category: str) -> list[tuple[str, str]]:
    """(title, text) of the BBC articles of ``category``: first line the title, as the set has it."""
    found = []
    for path in sorted((root / "articles" / category).glob("*.txt")):
        title, _, text = decode(path.read_bytes(), str(path)).strip().partition("\n")
        found.append((title.strip(), text.strip()))
    if not found:
        raise ValueError(f"{root / 'articles' / category}: no BBC articles of that category")
    return found


def evaluate_grouping(
    root: Path, threshold: float = SAME_STORY, *, extra: Sequence[tuple[str, str]] = ()
) -> GroupingScore:
    golds = list(load(root))
    articles = [article_from_text(g.text, title=g.title, published=parse_iso_date(g.published or "")) for g in golds]
    articles += [article_from_text(text, title=title) for title, text in extra]
    briefs = [analyze_article(a) for a in articles]
    story_of = [0] * len(briefs)
    for number, group in enumerate(group_briefs(briefs, threshold=threshold)):
        for index in group:
            story_of[index] = number
    labels = event_labels([g.category for g in golds]) + [f"<distractor {title}>" for title, _ in extra]
    precision, recall, f1 = b_cubed(story_of, labels)
    labelled_stories = set(story_of[: len(golds)])
    sizes = Counter(story_of)
    return GroupingScore(
        precision,
        recall,
        f1,
        len(sizes),
        len(briefs),
        crossed=sum(story in labelled_stories for story in story_of[len(golds) :]),
        largest=max(sizes.values(), default=0),
        labelled_f1=b_cubed(story_of[: len(golds)], labels[: len(golds)])[2] if golds else 0.0,
    )
