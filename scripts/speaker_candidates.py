"""An experiment, not part of the pipeline: who said a quote, chosen by a scorer learned from
PolNeAR instead of the fixed order of rules in ``briefing/extract/speakers.py``. It was no better
than the rules on PolNeAR dev (0.897 at best against 0.892, 0.892 once it defers to the rules
when unsure), so the pipeline keeps the rules; ``train_speakers.py`` reruns the comparison.

The rules of ``speakers.py`` each propose a mention (the cue next to the quote, the actor of its
sentence, the subject of a sentence introducing it with a colon); every person, organisation,
role and pronoun near the quote is a candidate too, and so is the previous quote's speaker. A
logistic regression over ``FEATURES`` (which rules proposed the candidate, where it stands, what
follows it) scores them, and the best one speaks. ``scripts/train_speakers.py`` trains the
weights on PolNeAR train; dev is held out.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from functools import lru_cache

from briefing.extract.speakers import colon_introduction, cue_mention, sentence_subject
from briefing.extract.who import Cast
from briefing.nlp.quote_marks import Marked, QuoteSpan, sentence_start
from briefing.nlp.speech import SPEECH_VERBS

#: Candidates are looked for this far before and after a quote.
BEFORE = 250
AFTER = 160
FEATURES = (
    "bias",
    "cue",
    "subject",
    "colon",
    "previous",
    "cascade",
    "pronoun",
    "person",
    "organization",
    "role",
    "after_quote",
    "distance",
    "same_sentence",
    "verb_after",
    "verb_before",
    "according_to",
    "possessive",
    "after_preposition",
    "words",
    "nearest_before",
    "nearest_after",
    "continues",
    "cue_pronoun",
    "said_right_after",
    "said_before_quote",
    "subject_said",
)
_VERB_AFTER = re.compile(rf"(?:,[^,\"“”\n]{{1,80}},)?[ \t\u00a0]+(?:\w+ly[ \t\u00a0]+)?{SPEECH_VERBS}\b")
_VERB_BEFORE = re.compile(rf"\b{SPEECH_VERBS}[ \t\u00a0]+(?:\w+[ \t\u00a0]+){{0,2}}$")
_ACCORDING = re.compile(r"according[ \t\u00a0]+to[ \t\u00a0]+$", re.IGNORECASE)
_PREPOSITION = re.compile(r"\b(?:of|to|with|for|against|about|by|on|at|from|in|into|than)[ \t\u00a0]+$")
_PRONOUN = re.compile(r"\b(?:he|she|they|we|I|He|She|They|We)\b")


@dataclass
class Candidate:
    start: int
    end: int
    kind: str  # person | organization | role | pronoun | phrase
    sources: set[str]


def candidates(
    text: str, span: QuoteSpan, cast: Cast, marked: Marked, previous: tuple[int, int] | None
) -> list[Candidate]:
    """Every mention that could have said the quote at ``span``, with the rules that propose it."""
    found: dict[tuple[int, int], Candidate] = {}

    def add(start: int, end: int, kind: str, source: str | None = None) -> None:
        key = (start, end)
        for (a, b), candidate in found.items():  # one candidate per mention, however it was found
            if a <= start < b or start <= a < end:
                key = (a, b)
                if source:
                    candidate.sources.add(source)
                return
        found[key] = Candidate(start, end, kind, {source} if source else set())

    for source, mention in (
        ("cue", cue_mention(text, span, marked)),
        ("subject", sentence_subject(text, span, cast, marked)),
        ("colon", colon_introduction(text, span, cast, marked)),
        ("previous", previous),
    ):
        if mention:
            add(mention[0], mention[1], "phrase", source)
    low, high = max(0, span.start - BEFORE), min(len(text), span.end + AFTER)
    for mention, _ in cast.mentions:
        if low <= mention.start < high and not marked.covers(mention.start) and mention.kind != "place":
            add(mention.start, mention.end, {"name": "person"}.get(mention.kind, mention.kind))
    for pronoun in _PRONOUN.finditer(text, low, high):
        if not marked.covers(pronoun.start()):
            add(pronoun.start(), pronoun.end(), "pronoun")
    for candidate in found.values():  # a rule's phrase that is also a name takes the name's kind
        if candidate.kind == "phrase" and _PRONOUN.fullmatch(text, candidate.start, candidate.end):
            candidate.kind = "pronoun"
    return list(found.values())


def features(
    text: str,
    span: QuoteSpan,
    candidate: Candidate,
    cascade: tuple[int, int] | None,
    all_: list[Candidate],
    facts: tuple[Candidate | None, Candidate | None, bool] | None = None,
) -> list[float]:
    """``facts`` is ``pool_facts(span, all_)``, passed in when scoring a whole pool."""
    after = candidate.start >= span.end
    distance = candidate.start - span.end if after else span.start - candidate.end
    begin, end_of_sentence = _sentence_bounds(text, span.start, span.end)
    same = begin <= candidate.start and (end_of_sentence < 0 or candidate.start <= end_of_sentence)
    before_text = text[max(0, candidate.start - 40) : candidate.start]
    nearest_before, nearest_after, own_cue = facts or pool_facts(span, all_)
    said = _VERB_AFTER.match(text, candidate.end, min(len(text), candidate.end + 120)) is not None
    return [
        1.0,
        float("cue" in candidate.sources),
        float("subject" in candidate.sources),
        float("colon" in candidate.sources),
        float("previous" in candidate.sources),
        float(cascade is not None and candidate.start <= cascade[0] < candidate.end + 1),
        float(candidate.kind == "pronoun"),
        float(candidate.kind == "person"),
        float(candidate.kind == "organization"),
        float(candidate.kind in ("role", "phrase")),
        float(after),
        math.log1p(max(0, distance)) / 6.0,
        float(same),
        float(said),
        float(_VERB_BEFORE.search(before_text) is not None),
        float(_ACCORDING.search(before_text) is not None),
        float(text[candidate.end : candidate.end + 2] in ("'s", "’s")),
        float(_PREPOSITION.search(before_text) is not None),
        min(len(text[candidate.start : candidate.end].split()), 8) / 8.0,
        float(candidate is nearest_before),
        float(candidate is nearest_after),
        float("previous" in candidate.sources and not own_cue),
        float("cue" in candidate.sources and candidate.kind == "pronoun"),
        float(said and after and distance < 30),
        float(said and not after and same),
        float("subject" in candidate.sources and said),
    ]


def pool_facts(span: QuoteSpan, pool: list[Candidate]) -> tuple[Candidate | None, Candidate | None, bool]:
    """The nearest candidate before and after the quote, and whether a rule found a cue: the same
    for every candidate of one quote."""
    befores = [c for c in pool if c.end <= span.start]
    afters = [c for c in pool if c.start >= span.end]
    return (
        max(befores, key=lambda c: c.end) if befores else None,
        min(afters, key=lambda c: c.start) if afters else None,
        any(c.sources & {"cue", "subject", "colon"} for c in pool),
    )


@lru_cache(maxsize=64)
def _sentence_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """Where the quote's sentence begins and ends: the same for every candidate of the quote."""
    return sentence_start(text, start, 300), text.find(". ", end)
