"""Is this English? The analysis of who, where and quotes reads English syntax; on a German
article it would make "Die Sache" a person. English prose is about 40 % function words from
sumy's English stop-word list; other languages written in Latin letters share few of them."""

from __future__ import annotations

from briefing.nlp.words import stop_words, words

#: Below this share of English function words a text of ``MIN_WORDS`` or more is not English.
MIN_SHARE = 0.15
MIN_WORDS = 30


def english_share(text: str) -> float:
    tokens = [w.lower() for w in words(text[:20_000])]
    if not tokens:
        return 0.0
    stops = stop_words()
    return sum(token in stops for token in tokens) / len(tokens)


def looks_english(text: str) -> bool:
    """True unless the text is long enough to tell and has too few English function words."""
    return len(text.split()) < MIN_WORDS or english_share(text) >= MIN_SHARE
