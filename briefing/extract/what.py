"""What: one line saying what happened: the headline when there is one, else the lead.

Headlines are written to say what happened (on Giveme5W1H the title matches the coders' answer
0.72 of the time, the lead sentence 0.43); a text with no title gives its lead sentence.
"""

from __future__ import annotations

from collections.abc import Sequence

from briefing.model import Sentence

_MAX_WORDS = 45


def find_what(sentences: Sequence[Sentence], title: str | None) -> str:
    if title and len(title.split()) >= 3:
        return title
    for sentence in sentences[:3]:
        words = sentence.text.split()
        if len(words) >= 6:
            if len(words) > _MAX_WORDS:
                return " ".join(words[:_MAX_WORDS]).rstrip(",;:") + " …"
            return sentence.text
    return sentences[0].text if sentences else (title or "")
