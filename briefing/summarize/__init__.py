"""Extractive summarizers: every method is a ranker ``(sentences, title, size) -> indices best first``.

``size`` is how many sentences the summary will hold (a ranker may ignore it); selection by
sentence count or word budget is shared (``select``). ``RANKERS`` is the one registry of methods:
adding a method is adding one entry.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import partial
from typing import Protocol

from briefing.model import Sentence
from briefing.summarize.default import rank_default
from briefing.summarize.lead import rank_lead
from briefing.summarize.select import select
from briefing.summarize.sumy_rankers import SUMY_METHODS, rank_with_sumy


class Ranker(Protocol):
    def __call__(
        self, sentences: Sequence[Sentence], title: str | None = None, size: int | None = None
    ) -> list[int]: ...


RANKERS: dict[str, Callable[..., list[int]]] = {
    "default": rank_default,
    "lead": rank_lead,
    **{name: partial(rank_with_sumy, name) for name in SUMY_METHODS},
}
METHODS = tuple(RANKERS)


def ranker(method: str) -> Ranker:
    """The ranker for ``method`` (one of ``METHODS``)."""
    try:
        return RANKERS[method]
    except KeyError:
        raise ValueError(f"unknown summary method {method!r}; choose from {', '.join(METHODS)}") from None


def expected_size(sentences: Sequence[Sentence], count: int | None, budget_words: int | None) -> int | None:
    """How many sentences a summary of ``count`` sentences or ``budget_words`` words will hold."""
    if budget_words is None:
        return count
    words = sum(len(s.text.split()) for s in sentences)
    return max(1, round(budget_words * len(sentences) / words)) if words else count


def summarize_sentences(
    sentences: Sequence[Sentence],
    *,
    title: str | None = None,
    count: int | None = 3,
    budget_words: int | None = None,
    method: str = "default",
    distinct: float | None = None,
) -> list[Sentence]:
    """The chosen sentences, verbatim and in document order."""
    if not sentences:
        return []
    ranking = ranker(method)(sentences, title, expected_size(sentences, count, budget_words))
    return select(sentences, ranking, count=count, budget_words=budget_words, distinct=distinct)


__all__ = ["METHODS", "RANKERS", "Ranker", "expected_size", "ranker", "select", "summarize_sentences"]
