"""What: one line saying what happened, taken from the lead, the sentence news puts it in."""

from __future__ import annotations

from collections.abc import Sequence

from briefing.model import Sentence

_MAX_WORDS = 45


def find_what(sentences: Sequence[Sentence], title: str | None) -> str:
    for sentence in sentences[:3]:
        words = sentence.text.split()
        if len(words) >= 6:
            if len(words) > _MAX_WORDS:
                return " ".join(words[:_MAX_WORDS]).rstrip(",;:") + " …"
            return sentence.text
    return sentences[0].text if sentences else (title or "")
