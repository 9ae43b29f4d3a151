"""Lead-N: the first sentences, the baseline every news summarizer has to beat."""

from __future__ import annotations

from collections.abc import Sequence

from briefing.model import Sentence


def rank_lead(sentences: Sequence[Sentence], title: str | None = None, size: int | None = None) -> list[int]:
    return list(range(len(sentences)))
