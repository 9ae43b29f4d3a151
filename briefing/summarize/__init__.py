"""Extractive summarizers: every method is a ranker ``(sentences, title) -> indices best first``.

Adding a method means adding one ranker and one line in ``rankers()``; selection by sentence
count or word budget is shared (``select``).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from briefing.model import Sentence
from briefing.summarize.default import rank_default
from briefing.summarize.lead import rank_lead
from briefing.summarize.select import select
from briefing.summarize.sumy_rankers import SUMY_METHODS, sumy_ranker

Ranker = Callable[[Sequence[Sentence], "str | None"], list[int]]

METHODS = ("default", "lead", *SUMY_METHODS)


def ranker(method: str) -> Ranker:
    """The ranker for ``method`` (one of ``METHODS``)."""
    if method == "default":
        return rank_default
    if method == "lead":
        return rank_lead
    if method in SUMY_METHODS:
        return sumy_ranker(method)
    raise ValueError(f"unknown summary method {method!r}; choose from {', '.join(METHODS)}")


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
    ranking = ranker(method)(sentences, title)
    return select(sentences, ranking, count=count, budget_words=budget_words, distinct=distinct)


__all__ = ["METHODS", "Ranker", "ranker", "select", "summarize_sentences"]
