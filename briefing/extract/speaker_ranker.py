"""Who said a quote, chosen by a scorer learned from PolNeAR among every mention that could have.

The rules of ``speakers.py`` each propose a mention (the cue next to the quote, the actor of its
sentence, the subject of a sentence introducing it with a colon, the actor of the sentence before
a quote that opens a sentence), and ``quotes.py`` adds the previous quote's speaker for a quote
with no cue; every person, pronoun and relative "who" after a name near the quote is a candidate
too. Organisations and roles are candidates only where a rule proposes them: read by
hand on BBC and CNN/DM quotes (outlets PolNeAR does not hold), a scorer free to pick any nearby
body credited clubs, courts and constituencies ("QPR", "Torquay Magistrates' Court").

A quadratic logistic regression over ``FEATURES`` (which rules proposed the candidate, where it
stands, what follows it, and their pairwise products) scores them, and the best one speaks;
where the rules propose no one, no one does. The rules alone settle a fixed order of cases; the
scorer learns from ~7,000 attributed quotes when a name before the quote beats the pronoun after
it, or the previous speaker beats the sentence's subject. ``scripts/train_speakers.py`` trains
the weights on PolNeAR train (its penalty chosen by cross-validation there) and writes
``briefing/data/speaker_weights.json``; PolNeAR dev is held out.
"""

from __future__ import annotations

import math
import re
from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from briefing.extract.speaker_names import is_described_speaker
from briefing.extract.speakers import Proposals, relative_pronouns
from briefing.extract.who import Cast
from briefing.nlp.dates import WEEKDAY_PATTERN
from briefing.nlp.quote_marks import Marked, QuoteSpan, sentence_start
from briefing.nlp.speech import SPEECH_VERBS
from briefing.nlp.words import stop_words
from briefing.scorer import learned_scorer, logistic

if TYPE_CHECKING:
    from briefing.extract.quotes import RuleAttribution

WEIGHTS = "speaker_weights.json"
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
    "phrase",
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
    "owns",
    "opens_with_stop_word",
    "relative",
    "speaker_like",
    "lead_in",
)
#: A speech verb after a mention, past an aside, an auxiliary, an adverb or a day ("a leading
#: industry figure has said", "The Electoral Commission on Thursday said").
_VERB_AFTER = re.compile(
    rf"(?:,[^,\"“”\n]{{1,80}},)?[ \t\u00a0]+(?:(?:has|have|had|would|will|also|\w+ly|on {WEEKDAY_PATTERN})[ \t\u00a0]+){{0,2}}"
    rf"{SPEECH_VERBS}\b"
)
_VERB_BEFORE = re.compile(rf"\b{SPEECH_VERBS}[ \t\u00a0]+(?:\w+[ \t\u00a0]+){{0,2}}$")
_ACCORDING = re.compile(r"according[ \t\u00a0]+to[ \t\u00a0]+$", re.IGNORECASE)
_PREPOSITION = re.compile(r"\b(?:of|to|with|for|against|about|by|on|at|from|in|into|than)[ \t\u00a0]+$")
_PRONOUN = re.compile(r"\b(?:he|she|they|we|I|He|She|They|We)\b")
#: A full stop that ends a sentence (as the old ". " test found it, also before a closing mark).
_STOP = re.compile(r"[.!?][\"”’']?(?=\s)")


@dataclass
class Candidate:
    start: int
    end: int
    kind: str  # person | pronoun | relative ("who") | phrase (a rule's mention)
    sources: set[str]


def candidates(
    text: str, span: QuoteSpan, cast: Cast, marked: Marked, previous: tuple[int, int] | None, proposals: Proposals
) -> list[Candidate]:
    """Every mention that could have said the quote at ``span``, with the rules that propose it
    (``proposals``, and ``previous``: the rules' speaker of the quote before)."""
    found: dict[tuple[int, int], Candidate] = {}

    def add(start: int, end: int, kind: str, source: str | None = None) -> None:
        for (a, b), candidate in found.items():  # one candidate per mention, however it was found
            if a <= start < b or start <= a < end:
                if source:
                    candidate.sources.add(source)
                return
        found[(start, end)] = Candidate(start, end, kind, {source} if source else set())

    for source, mention in (*proposals, ("previous", previous)):
        if mention:
            add(mention[0], mention[1], "phrase", source)
    low, high = max(0, span.start - BEFORE), min(len(text), span.end + AFTER)
    mentions = cast.mentions
    first = bisect_left(mentions, low, key=lambda pair: pair[0].start)  # the cast lists mentions in order
    for mention, entity in mentions[first:]:
        if mention.start >= high:
            break
        if not marked.covers(mention.start) and mention.kind in ("person", "name") and entity.name not in cast.bodies:
            add(mention.start, mention.end, "person")  # not "Screen International", which Who calls a body
    for pronoun in _PRONOUN.finditer(text, low, high):
        if not marked.covers(pronoun.start()):
            add(pronoun.start(), pronoun.end(), "pronoun")
    for start, end in relative_pronouns(text, low, high, cast, marked):
        add(start, end, "relative")
    for candidate in found.values():  # a rule's phrase that is a pronoun is one
        if candidate.kind == "phrase" and _PRONOUN.fullmatch(text, candidate.start, candidate.end):
            candidate.kind = "pronoun"
        elif candidate.kind == "phrase" and text[candidate.start : candidate.end] == "who":
            candidate.kind = "relative"
    return list(found.values())


def feature_rows(
    text: str, span: QuoteSpan, pool: Sequence[Candidate], cascade: tuple[int, int] | None
) -> list[list[float]]:
    """One row of ``FEATURES`` per candidate of ``pool``; ``cascade`` is what the rules decided."""
    befores = [c for c in pool if c.end <= span.start]
    afters = [c for c in pool if c.start >= span.end]
    facts = _Facts(
        nearest_before=max(befores, key=lambda c: c.end) if befores else None,
        nearest_after=min(afters, key=lambda c: c.start) if afters else None,
        own_cue=any(c.sources & {"cue", "subject", "colon"} for c in pool),
        sentence_begin=sentence_start(text, span.start, 300),
        sentence_end=_sentence_end(text, span),
    )
    return [_features(text, span, candidate, cascade, facts) for candidate in pool]


def choose_speaker(text: str, found: RuleAttribution, cast: Cast, marked: Marked) -> tuple[int, int, float] | None:
    """The offsets of the best-scored candidate speaker of the quote ``found`` and the
    probability that it is right, or None when the rules found no speaker: on PolNeAR train the
    scorer's pick for those quotes is right for one in four.

    The probability is calibrated: on PolNeAR train a best candidate below one half is the
    speaker for 32 % of quotes (248 of 7,004), above it for 93 %."""
    if found.cascade is None:
        return None
    pool = candidates(text, found.span, cast, marked, found.previous, found.proposals)
    if len(pool) < 2:  # nothing to choose: the scorer ranks candidates, it never saw a lone one
        return (*found.cascade, 1.0)
    scorer = learned_scorer(WEIGHTS, FEATURES)
    scores = [scorer.score(row) for row in feature_rows(text, found.span, pool, found.cascade)]
    best = max(range(len(pool)), key=scores.__getitem__)
    return pool[best].start, pool[best].end, logistic(scores[best])


def _sentence_end(text: str, span: QuoteSpan) -> int:
    """Where the quote's sentence ends: at the quote, when it ends with its own stop ('… to bed.'
    then a new sentence), else at the next stop after it ("…," he said. The …); -1 for never."""
    if text[span.end - 1 : span.end] in (".", "!", "?") or text[span.end + 1 : span.end + 2] == ".":
        return span.end
    stop = _STOP.search(text, span.end + 1)
    return stop.start() if stop else -1


@dataclass(frozen=True)
class _Facts:
    """What is the same for every candidate of one quote."""

    nearest_before: Candidate | None
    nearest_after: Candidate | None
    own_cue: bool  # a rule found a cue or an actor for the quote itself
    sentence_begin: int
    sentence_end: int


def _features(
    text: str, span: QuoteSpan, candidate: Candidate, cascade: tuple[int, int] | None, facts: _Facts
) -> list[float]:
    after = candidate.start >= span.end
    distance = candidate.start - span.end if after else span.start - candidate.end
    same = facts.sentence_begin <= candidate.start and (facts.sentence_end < 0 or candidate.start <= facts.sentence_end)
    before_text = text[max(0, candidate.start - 40) : candidate.start]
    said = _VERB_AFTER.match(text, candidate.end, min(len(text), candidate.end + 120)) is not None
    words = text[candidate.start : candidate.end].split()
    return [
        1.0,
        float("cue" in candidate.sources),
        float("subject" in candidate.sources),
        float("colon" in candidate.sources),
        float("previous" in candidate.sources),
        float(cascade is not None and candidate.start <= cascade[0] < candidate.end + 1),
        float(candidate.kind == "pronoun"),
        float(candidate.kind == "person"),
        float(candidate.kind == "phrase"),
        float(after),
        math.log1p(max(0, distance)) / 6.0,
        float(same),
        float(said),
        float(_VERB_BEFORE.search(before_text) is not None),
        float(_ACCORDING.search(before_text) is not None),
        float(text[candidate.end : candidate.end + 2] in ("'s", "’s")),
        float(_PREPOSITION.search(before_text) is not None),
        min(len(words), 8) / 8.0,
        float(candidate is facts.nearest_before),
        float(candidate is facts.nearest_after),
        float("previous" in candidate.sources and not facts.own_cue),
        float("cue" in candidate.sources and candidate.kind == "pronoun"),
        float(said and after and distance < 30),
        float(said and not after and same),
        float("subject" in candidate.sources and said),
        float(text[candidate.end - 2 : candidate.end] in ("'s", "’s") and not said),  # "Beck’s ire"
        float(bool(words) and words[0].lower() in stop_words()),  # "When Trump announced"
        float(candidate.kind == "relative"),
        float(candidate.kind != "phrase" or is_described_speaker(text[candidate.start : candidate.end])),
        float("lead_in" in candidate.sources),
    ]
