"""What: one line saying what happened, from the headline when there is one, else the lead.

The line is the headline's main clause (see ``headline_action``); when the headline opens with
the article's actor, who already names them, so what keeps the predicate ("stages protest
outside Trump Tower"). On Giveme5W1H the lead sentence scores 0.43 against the coders' answers,
the whole headline 0.72, the headline's main clause 0.74, without purpose phrases 0.75.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from briefing.model import Sentence
from briefing.nlp.headline import headline_action

if TYPE_CHECKING:
    from briefing.doc import Doc

_MAX_WORDS = 45
#: A predicate shorter than this ("wins") says too little alone; the subject stays.
_MIN_PREDICATE_WORDS = 2


def find_what(doc: Doc) -> str:
    """What happened: the headline's main clause (its predicate when Who names its actor), else
    the lead."""
    return what_of(doc.sentences, doc.article.title, doc.subject.phrase if doc.subject else None)


def what_of(sentences: Sequence[Sentence], title: str | None, subject: str | None = None) -> str:
    """``subject`` is the headline's opening actor as written there, when who found one."""
    if title and len(title.split()) >= 3:
        action = headline_action(title)
        if subject and action.startswith(subject + " "):
            predicate = action[len(subject) + 1 :]
            if len(predicate.split()) >= _MIN_PREDICATE_WORDS:
                return predicate
        return action
    for sentence in sentences[:3]:
        words = sentence.text.split()
        if len(words) >= 6:
            if len(words) > _MAX_WORDS:
                return " ".join(words[:_MAX_WORDS]).rstrip(",;:") + " …"
            return sentence.text
    return sentences[0].text if sentences else (title or "")
