"""Words, stems and stop words for ranking and matching, from installed packages only."""

from __future__ import annotations

import re
from functools import cache, lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from nltk.stem.snowball import SnowballStemmer


_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")
#: The small words a title leaves in lower case ("Consumer Electronics Show", "Prison of Belief").
TITLE_SMALL_WORDS = frozenset({"the", "of", "and", "a", "an", "in", "on", "for", "to", "at", "with"})
#: The small words headline style leaves in lower case too ("There Must be a Better World Somewhere").
HEADLINE_SMALL_WORDS = TITLE_SMALL_WORDS | frozenset(
    ["be", "is", "are", "my", "your", "me", "you", "it", "up", "by", "as", "or", "from"]
)


def words(text: str) -> list[str]:
    """Word tokens of ``text`` (letters and digits, keeping inner apostrophes)."""
    return _WORD.findall(text)


@cache
def stop_words() -> frozenset[str]:
    """sumy's English stop-word list (shipped inside the sumy package; imported on first use)."""
    from sumy.utils import get_stop_words

    return frozenset(get_stop_words("english"))


@cache
def _stemmer() -> SnowballStemmer:
    from nltk.stem.snowball import SnowballStemmer  # NLTK takes 0.3 s to import: only when stems are needed

    return SnowballStemmer("english")


@lru_cache(maxsize=200_000)
def stem(word: str) -> str:
    """Snowball stem of a lower-cased word; memoised because news vocabulary repeats."""
    return _stemmer().stem(word)


def content_stems(text: str) -> list[str]:
    """Stems of the words of ``text`` that carry content (no stop words, no one-letter words)."""
    stops = stop_words()
    out = []
    for token in words(text):
        lower = token.lower()
        if len(lower) > 1 and lower not in stops:
            out.append(stem(lower))
    return out
