"""What the learned sentence scorer sees of each sentence: cheap signals, computed in linear time.

Every feature is a number near 0..1 so that one weight file (``briefing/data/summary_weights.json``,
trained by ``scripts/train_summarizer.py``) reads the same on short and long articles. The names
in ``FEATURES`` are the contract between this module, the training script and the weight file.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Sequence
from functools import lru_cache
from itertools import chain

from briefing.model import Sentence
from briefing.nlp.words import stop_words, words
from briefing.scorer import quadratic_names

FEATURES = (
    "bias",
    "centrality",
    "first",
    "second",
    "third",
    "position",
    "relative_position",
    "paragraph_start",
    "log_length",
    "short",
    "long",
    "title_overlap",
    "lead_overlap",
    "quoted",
    "opens_quote",
    "caption",
    "unfinished",
    "question",
    "opens_pronoun",
    "capitals",
    "digits",
)

#: "Label: text" where the label is a short title-case phrase: how Daily Mail and many galleries
#: glue photo captions into the story ("Strictly business: Julia Louis-Dreyfus covers …").
_CAPTION_LABEL = re.compile(r"(?:^|(?<=[a-z0-9)'’] ))[A-Z][\w'’-]*(?: [\w'’-]+){0,5}: [A-Z‘'\"“]")
_QUOTED = re.compile(r"[\"“][^\"“”]*[\"”]|(?<!\w)[‘'][^‘'’]{12,}?[’'](?!\w)")
_OPENING_MARKS = frozenset("\"“‘'")
_QUOTE_MARKS = frozenset("\"“”‘’'")
_PRONOUN_OPENERS = frozenset(
    ["he", "she", "it", "they", "this", "that", "these", "those", "his", "her", "their", "its"]
)
#: The scorer is quadratic in the features: each one, its square and each pair's product (one
#: feature's meaning depends on another: centrality counts for more deep in a long article).
QUADRATIC_FEATURES = quadratic_names(FEATURES)
_DIGIT = re.compile(r"\d")
_CAPITALISED = re.compile(r"[A-Z](?<![\w'’][A-Z])")  # a capital opening a word; the class first scans faster
#: What a sentence ends with: a stop, or the quotation mark or bracket after it.
SENTENCE_END_MARKS = frozenset(".!?\"”’')")


def sentence_features(sentences: Sequence[Sentence], title: str | None = None) -> list[list[float]]:
    """One feature vector (ordered as ``FEATURES``) per sentence."""
    token_lists = [words(s.text) for s in sentences]
    term_lists = [[term for token in tokens if (term := _term(token))] for tokens in token_lists]
    total = Counter(chain.from_iterable(term_lists))
    raw = []
    for terms in term_lists:
        # sum over distinct terms of n * (total - n) = sum over tokens of total - sum of n squared
        repeated = len(set(terms)) < len(terms)  # most sentences use each term once: n squared is n
        squares = sum(n * n for n in Counter(terms).values()) if repeated else len(terms)
        shared = sum(map(total.__getitem__, terms)) - squares
        raw.append(shared / len(terms) ** 0.5 if terms else 0.0)
    top = max(raw, default=0.0) or 1.0
    title_terms = frozenset(term for token in words(title or "") if (term := _term(token)))
    lead_terms = frozenset(term_lists[0]) if term_lists else frozenset()
    count = len(sentences)
    rows = []
    previous_paragraph = -1
    for index, (sentence, tokens, terms, central) in enumerate(
        zip(sentences, token_lists, term_lists, raw, strict=True)
    ):
        text = sentence.text
        length = len(tokens)
        distinct = frozenset(terms)
        quoted = sum(map(len, _QUOTED.findall(text))) if _QUOTE_MARKS.intersection(text) else 0
        first_word = tokens[0].lower() if tokens else ""
        capitals = len(_CAPITALISED.findall(text, 1))
        rows.append(
            [
                1.0,
                central / top,
                float(index == 0),
                float(index == 1),
                float(index == 2),
                1.0 / math.sqrt(index + 1),
                index / count,
                float(sentence.paragraph != previous_paragraph),
                math.log1p(length) / 4.0,
                float(length < 8),
                float(length > 40),
                len(title_terms & distinct) / len(title_terms) if title_terms else 0.0,
                len(lead_terms & distinct) / len(distinct) if index and distinct else 0.0,
                quoted / len(text) if text else 0.0,
                float(text[:1] in _OPENING_MARKS),
                float(": " in text and _CAPTION_LABEL.search(text) is not None),
                float(text[-1:] not in SENTENCE_END_MARKS),
                float(text.rstrip("\"”’' ").endswith("?")),
                float(first_word in _PRONOUN_OPENERS),
                capitals / length if length else 0.0,
                float(_DIGIT.search(text) is not None),
            ]
        )
        previous_paragraph = sentence.paragraph
    return rows


@lru_cache(maxsize=200_000)
def _term(word: str) -> str:
    """The word as a term, or "" for a stop word or a number (memoised: news vocabulary repeats)."""
    lower = word.lower()
    if lower in stop_words() or not lower.replace("'", "").replace("’", "").isalpha():
        return ""
    return lower
