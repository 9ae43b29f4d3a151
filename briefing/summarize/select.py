"""Turning a ranking into a summary: a sentence count or a word budget, always in document order."""

from __future__ import annotations

from collections.abc import Sequence

from briefing.model import Sentence
from briefing.nlp.words import content_stems


def select(
    sentences: Sequence[Sentence],
    ranking: Sequence[int],
    *,
    count: int | None = 3,
    budget_words: int | None = None,
    distinct: float | None = None,
) -> list[Sentence]:
    """Take sentences best first until ``count`` sentences or ``budget_words`` words are reached.

    With a word budget (words as a reader counts them, between spaces) a sentence that would
    pass the budget is passed over for a lower-ranked one that fits, so the summary stays
    within it; only when no sentence fits is the best one taken alone. Sentences stay verbatim.
    With ``distinct`` a sentence sharing more than that share of its content words with one
    already taken is passed over (a quote and its paraphrase): briefs want it, ROUGE does not.
    """
    chosen: list[int] = []
    taken: list[frozenset[str]] = []
    total = 0
    for index in ranking:
        if budget_words is None and count is not None and len(chosen) >= count:
            break
        if budget_words is not None and total >= budget_words:
            break
        length = len(sentences[index].text.split())
        if budget_words is not None and total + length > budget_words:
            continue
        if distinct is not None:
            stems = frozenset(content_stems(sentences[index].text))
            if stems and any(len(stems & other) > distinct * len(stems) for other in taken):
                continue
            taken.append(stems)
        chosen.append(index)
        total += length
    if not chosen and ranking:
        chosen.append(ranking[0])
    return [sentences[i] for i in sorted(chosen)]
