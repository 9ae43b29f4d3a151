"""The summary a brief shows: ranked sentences that read on their own, opened by the lead.

ROUGE scores sentences; a reader of the brief meets them without the article around them. So
the brief leaves out what only makes sense in place: half of a quotation, a dialogue fragment
("Kimmel asked."), a teaser for another story, the writer's own question, and a sentence opening
on a pronoun ("She said …") or crediting its quotation to one ('"…," she said') whose sentence
before it is not shown.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from briefing.model import Sentence
from briefing.nlp.speech import SPEECH_VERBS
from briefing.summarize import expected_size, ranker, select
from briefing.summarize.default import LEAD_MIN_WORDS, is_caption, is_heading, is_statement
from briefing.summarize.features import SENTENCE_END_MARKS

#: A brief never shows two sentences that share more than this share of their content words.
DISTINCT = 0.5
_SPEECH = re.compile(rf"\b{SPEECH_VERBS}\b")
#: A sentence that is one quotation and nothing else ('"But I want to be clear: …"'), the
#: speaker named in the sentence before.
_WHOLE_QUOTATION = re.compile(r"[\"“][^\"“”]+[\"”]")
_CONTRACTION = re.compile(r"['’](?:s|re|ve|ll|d)$")
#: Words a standfirst may run to; a longer paragraph without a stop is text whose stops were lost.
_STANDFIRST_WORDS = 40
_PRONOUNS = frozenset(["he", "she", "they", "it", "his", "her", "their", "its", "this", "these", "those", "we"])


def brief_summary(
    sentences: Sequence[Sentence],
    title: str | None,
    *,
    count: int = 3,
    budget_words: int | None = None,
    method: str = "default",
) -> list[Sentence]:
    """The chosen sentences, verbatim and in document order."""
    if not sentences:
        return []
    ranking = ranker(method)(sentences, title, expected_size(sentences, count, budget_words))
    inside = quoted_inside(sentences)
    whole = [
        i for i in ranking if stands_alone(sentences[i].text) and i not in inside and not _standfirst(sentences, i)
    ] or ranking
    if 0 in whole and is_statement(sentences[0].text):
        whole = [0, *(i for i in whole if i != 0)]
    while True:
        chosen = select(sentences, whole, count=count, budget_words=budget_words, distinct=DISTINCT)
        shown = {s.index for s in chosen}
        orphans = {s.index for s in chosen if _needs_the_one_before(s.text) and s.index - 1 not in shown}
        if not orphans or len(orphans) == len(whole):
            return chosen
        whole = [i for i in whole if i not in orphans]


def _standfirst(sentences: Sequence[Sentence], index: int) -> bool:
    """A paragraph of one line with no stop: a standfirst or a heading under the headline ("Protesters
    demand rent caps as prices hit record high"), which read as a run-on beside real sentences."""
    sentence = sentences[index]
    alone = all(
        other.paragraph != sentence.paragraph
        for other in sentences[max(0, index - 1) : index + 2]
        if other is not sentence
    )
    return (
        alone
        and sentence.text.rstrip()[-1:] not in SENTENCE_END_MARKS
        and len(sentence.text.split()) < _STANDFIRST_WORDS
    )


def quoted_inside(sentences: Sequence[Sentence]) -> set[int]:
    """Sentences that begin inside a quotation opened by an earlier sentence of the paragraph
    ('"… two hours. I would like to emphasise … candid. Overall, …," he said'): shown alone, they
    read as the reporter's words."""
    inside: set[int] = set()
    straight = curly = 0
    paragraph = None
    for index, sentence in enumerate(sentences):
        if sentence.paragraph != paragraph:
            paragraph, straight, curly = sentence.paragraph, 0, 0
        if straight % 2 or curly > 0:
            inside.add(index)
        text = sentence.text
        straight += text.count('"')
        curly = max(0, curly + text.count("“") - text.count("”"))
    return inside


def stands_alone(sentence: str) -> bool:
    """Whole (no half of a quotation, no quotation without its speaker), a statement (no fragment,
    no question) and the report's own (no bracketed link to another story, no tail of a quotation
    cut at its question mark)."""
    text = sentence.strip()
    balanced = text.count('"') % 2 == 0 and text.count("“") == text.count("”")
    teaser = text.startswith("[") and text.endswith("]")
    question = text.endswith("?")  # the writer's own; a quoted question ends in its mark
    unattributed = _WHOLE_QUOTATION.fullmatch(text) is not None  # whose words? the sentence does not say
    return (
        balanced
        and not teaser
        and not question
        and not unattributed
        and not text[:1].islower()
        and not _is_fragment(text)
        and not is_caption(text)
        and not is_heading(text)
        and "pic.twitter.com" not in text
    )


def _is_fragment(text: str) -> bool:
    """Under four words, or a short line of dialogue: "Kimmel asked." "Daniels said, refusing to
    answer directly." (a speech verb in a sentence too short to carry what was said)."""
    words = text.split()
    return len(words) < 4 or (len(words) < LEAD_MIN_WORDS and bool(_SPEECH.search(text)))


def _needs_the_one_before(sentence: str) -> bool:
    """Opens on a pronoun, or credits its quotation to one ('"Buses deserve to move," she said'):
    who said it, only the sentence before says."""
    return _opens_on_pronoun(sentence) or _PRONOUN_CREDIT.search(sentence) is not None


#: '…," she said', '…" he added': a quotation whose speaker the sentence names only as a pronoun.
_PRONOUN_CREDIT = re.compile(rf"[,.!?…][\"”’'][ \t\u00a0]+(?:he|she|they)[ \t\u00a0]+{SPEECH_VERBS}\b")


def _opens_on_pronoun(sentence: str) -> bool:
    """ "She said …", "He's been accused …", "It’s Wellington": whom or what, the sentence does not say."""
    first = sentence.lstrip("\"“‘' ").split(" ", 1)[0].lower()
    return _CONTRACTION.sub("", first) in _PRONOUNS
