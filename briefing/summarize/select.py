"""Turning a ranking into a summary: a sentence count or a word budget, always in document order."""

from __future__ import annotations

from collections.abc import Sequence

from briefing.model import Sentence
from briefing.nlp.words import content_stems, words


def select(
    sentences: Sequence[Sentence],
    ranking: Sequence[int],
    *,
    count: int | None = 3,
    budget_words: int | None = None,
    distinct: float | None = None,
) -> list[Sentence]:
    """Take sentences best first until ``count`` sentences or ``budget_words`` words are reached.

    With a word budget the last sentence taken may pass the budget: sentences stay verbatim.
    With ``distinct`` a sentence sharing more than that share of its content words with one
    already taken is passed over (a quote and its paraphrase): briefs want it, ROUGE does not.
    """
    chosen: list[int] = []
    taken: list[frozenset[str]] = []
    total = 0
    for index in ranking:
        if distinct is not None:
            stems = frozenset(content_stems(sentences[index].text))
            if stems and any(len(stems & other) > distinct * len(stems) for other in taken):
                continue
            taken.append(stems)
        if budget_words is not None:
            if total >= budget_words:
                break
        elif count is not None and len(chosen) >= count:
            break
        chosen.append(index)
        total += len(words(sentences[index].text))
    return [sentences[i] for i in sorted(chosen)]
