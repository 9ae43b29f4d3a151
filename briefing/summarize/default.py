"""The default ranker: graph centrality in linear time, plus a lead prior and the title.

Graph rankers (TextRank, LexRank, sumy's Reduction) score a sentence by its word overlap with
every other sentence, an n×n matrix. Summing term-frequency products over all other sentences
equals one dot product with the document's total term frequencies minus the sentence's own, so
one pass gives the same signal in O(words) instead of O(sentences²): a 20,000-sentence document
costs what its words cost. The overlap is divided by length**0.5 (measured on BBC News: long
sentences carry more content but not proportionally more), then a small position prior (news
puts the event first; PacSum) and overlap with the title break near-ties.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from itertools import chain

from briefing.model import Sentence
from briefing.nlp.words import stop_words, words


@dataclass(frozen=True)
class Weights:
    """How much each signal counts; measured with ``briefing eval summaries`` on BBC News."""

    length_exponent: float = 0.5
    position: float = 0.1
    title: float = 0.05


def rank_default(sentences: Sequence[Sentence], title: str | None = None, weights: Weights = Weights()) -> list[int]:
    """Indices of ``sentences``, best summary sentence first."""
    term_lists = [_terms(s.text) for s in sentences]
    total = Counter(chain.from_iterable(term_lists))
    title_terms = frozenset(_terms(title or ""))
    raw = []
    for terms in term_lists:
        # sum over distinct terms of n * (total - n) = sum over tokens of total - sum of n squared
        shared = sum(map(total.__getitem__, terms)) - sum(n * n for n in Counter(terms).values())
        raw.append(shared / len(terms) ** weights.length_exponent if terms else 0.0)
    top = max(raw, default=0.0) or 1.0
    scores = []
    for index, (terms, central) in enumerate(zip(term_lists, raw, strict=True)):
        score = central / top + weights.position / math.sqrt(index + 1)
        if title_terms:
            score += weights.title * len(title_terms.intersection(terms)) / len(title_terms)
        scores.append(score)
    return sorted(range(len(sentences)), key=lambda i: (-scores[i], i))


def _terms(text: str) -> list[str]:
    """Stems of the plain alphabetic, non-stop words: what two sentences must share to be related."""
    return [term for word in words(text) if (term := _term(word))]


@lru_cache(maxsize=200_000)
def _term(word: str) -> str:
    """The word as a term, or "" for a stop word or a number (memoised: news vocabulary repeats).

    Words are neither stemmed nor cut at an apostrophe: "Dortmund's" is its own term. Measured on
    BBC News (ROUGE-2): merging possessives into their noun cost 1.4 points, stemming 1.0.
    """
    lower = word.lower()
    if lower in stop_words() or not lower.replace("'", "").replace("’", "").isalpha():
        return ""
    return lower
