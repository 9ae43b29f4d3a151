"""What: one line saying what happened, from the headline when there is one, else the lead.

Headlines are written to say what happened. The line keeps the headline's main clause: a kicker
before a colon ("China well rescue: Race to reach boy") and a trailing clause ("… as transition
starts") are cut, and so is a purpose or manner phrase after a complete clause ("… to meet
Obama"). On Giveme5W1H the lead sentence scores 0.43 against the coders' answers, the whole
headline 0.72, the headline's main clause 0.74, without purpose phrases 0.75.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from briefing.model import Sentence

_MAX_WORDS = 45
_KICKER = re.compile(r"^[^:]{2,40}:\s+(?=\S)")
_TRAILING_CLAUSE = re.compile(r"\s+(?:as|after|while|amid|before|despite)\s+", re.IGNORECASE)
#: A purpose or manner phrase ("… lands in Washington to meet Obama", "… with truck bomb") is cut
#: only after a complete clause of this many words: "Boeing agrees to sell jets" keeps its verb.
_PURPOSE = re.compile(
    r"(?<!\bclose)(?<!\bcloser)(?<!\bnext)(?<!\bdue)(?<!\baccording)(?<!\bowing)(?<!\bprior)(?<!\bup)(?<!\bback)"
    r"\s+(?:to|with)\s+",  # "close to", "due to" … are one preposition, not a purpose
    re.IGNORECASE,
)
_MIN_CLAUSE_WORDS = 4
_MIN_ACTION_WORDS = 3
#: After a colon, a quotation or a question is the feature angle, not the news.
_FEATURE = re.compile(r"[\"'“‘]|(?:What|How|Why|Who|Where|When|Is|Are|Can|Will|Should|Does|Do)\b")


def find_what(sentences: Sequence[Sentence], title: str | None) -> str:
    if title and len(title.split()) >= 3:
        return headline_action(title)
    for sentence in sentences[:3]:
        words = sentence.text.split()
        if len(words) >= 6:
            if len(words) > _MAX_WORDS:
                return " ".join(words[:_MAX_WORDS]).rstrip(",;:") + " …"
            return sentence.text
    return sentences[0].text if sentences else (title or "")


def headline_action(title: str) -> str:
    """The main clause of a headline, without its kicker or trailing clause."""
    text = title.strip()
    kicker = _KICKER.match(text)
    if kicker and len(text[kicker.end() :].split()) >= _MIN_ACTION_WORDS:
        before, after = text[: kicker.end()].rstrip(": "), text[kicker.end() :]
        # "Cubs win World Series: 'Baseball will never be the same'": the news comes first.
        text = before if _FEATURE.match(after) and len(before.split()) >= _MIN_ACTION_WORDS else after
    for clause in _TRAILING_CLAUSE.finditer(text):
        if len(text[: clause.start()].split()) >= _MIN_ACTION_WORDS + 1:
            text = text[: clause.start()]
            break
    phrase = _PURPOSE.search(text)  # only the first: a later "to" may belong to the verb's object
    if phrase and len(text[: phrase.start()].split()) >= _MIN_CLAUSE_WORDS:
        text = text[: phrase.start()]
    return text
