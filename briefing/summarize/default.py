"""The default ranker: a learned sentence scorer, anchored on the lead when the summary is short.

Two kinds of news summary pull apart. A short summary of a news report is its lead: reporters
write the inverted pyramid, and on CNN/Daily Mail no published unsupervised ranker beats the
first three sentences. A long summary (the BBC references hold ~45 % of each article) must
cover the body, where central sentences win. So the ranking depends on the summary's size:

- every sentence gets a score from a logistic regression over cheap features (centrality in
  linear time, position, length, overlap with the title and lead, quotation, caption and
  question marks; ``features.py``), trained by ``scripts/train_summarizer.py`` on half of BBC
  News and shipped as ``briefing/data/summary_weights.json``;
- when the summary holds at most ``LEAD_SHARE`` of the article's sentences (or three sentences), the article's own
  first statements come first (a fragment of under ``LEAD_MIN_WORDS`` words or the writer's
  question is skipped), and the scores order the rest.
"""

from __future__ import annotations

import json
import operator
from collections.abc import Sequence
from functools import cache

from briefing.data import read_text
from briefing.model import Sentence
from briefing.summarize.features import FEATURES, sentence_features

#: A summary of at most this share of the article's sentences is drawn from its lead.
LEAD_SHARE = 1 / 3
#: A summary of up to this many sentences is drawn from the lead, however short the article.
LEAD_SENTENCES = 3
#: A lead sentence shorter than this is a fragment ("We know how to look," she said.), not a statement.
LEAD_MIN_WORDS = 8


@cache
def weights() -> tuple[float, ...]:
    """The scorer's weights, ordered as ``FEATURES`` (a missing feature weighs nothing)."""
    table = json.loads(read_text("summary_weights.json"))["weights"]
    return tuple(float(table.get(name, 0.0)) for name in FEATURES)


def sentence_scores(sentences: Sequence[Sentence], title: str | None = None) -> list[float]:
    """The scorer's log-odds that each sentence belongs in a summary."""
    beta = weights()
    return [sum(map(operator.mul, beta, row)) for row in sentence_features(sentences, title)]


def rank_default(sentences: Sequence[Sentence], title: str | None = None, size: int | None = None) -> list[int]:
    """Indices of ``sentences``, best summary sentence first, for a summary of about ``size`` sentences."""
    scores = sentence_scores(sentences, title)
    ranking = sorted(range(len(sentences)), key=lambda i: (-scores[i], i))
    if size is None or size > max(LEAD_SENTENCES, LEAD_SHARE * len(sentences)):
        return ranking
    lead = [i for i, s in enumerate(sentences) if is_statement(s.text)][:size]
    chosen = set(lead)
    return lead + [i for i in ranking if i not in chosen]


def is_statement(text: str) -> bool:
    """A sentence that can stand in a lead: long enough to state something, and not a question."""
    return len(text.split()) >= LEAD_MIN_WORDS and not text.rstrip("\"”’' ").endswith("?")
