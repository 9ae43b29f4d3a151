"""What the Who scorer sees of one candidate entry: cheap facts about the name and how the text
uses it, each a number in [0, 1]. ``scripts/train_who.py`` learns their weights from Who entries
labelled by hand (``scripts/who_labels.tsv``); ``who.py`` drops the entries it scores as no one.

The rules of ``who.py`` catch the shapes they were written from; what gets past them ("Joy
Session", "Dow Jones", "Rivet Joint", "CNN" in a credit line) differs by outlet, so their
remaining mistakes are judged by weights learned across BBC and CNN/Daily Mail copy instead of
by another word list.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from briefing.model import Entity
from briefing.nlp.lexicon import (
    COMPASS,
    body_nouns,
    geographic_features,
    is_first_name,
    organization_words,
    place,
    role_words,
    site_words,
    speaker_nouns,
    work_words,
)
from briefing.nlp.mention_context import WORD_AFTER
from briefing.nlp.mentions import HONORIFICS, Mention
from briefing.nlp.quote_marks import Marked
from briefing.nlp.subject import looks_like_verb
from briefing.nlp.words import HEADLINE_SMALL_WORDS

if TYPE_CHECKING:
    from briefing.doc import Doc

FEATURES = (
    "bias",
    "person",  # read as a person's name (the rest are organisations)
    "shows_no_person",  # a person's name showing nothing of a person (``Cast.bodies``)
    "mentions",  # log of the mentions, scaled
    "role",  # a role is attached ("Chief executive Bill Gammell")
    "first_name",  # opens with a first name anyone is given
    "titled",  # an honorific or a role word opens it or comes right before it ("Lord Faulkner")
    "words",  # how many words, scaled
    "acronym",  # a word in capitals ("MMR", "PPI", "WTO")
    "digit",  # holds a digit ("AMY1", "NWA188")
    "headline",  # its last word is in the headline
    "lead",  # first named in the lead
    "speaker",  # a quote is credited to it
    "body_word",  # ends in a word for a body ("Council", "Bank", "Society")
    "place_word",  # holds a country or town's name
    "geographic",  # ends in a word for a geographic feature or a site ("Dam", "Ocean", "Centre")
    "lower_words",  # share of its words the text also writes in lower case ("Golf Club")
    "after_preposition",  # share of mentions after "in", "at", "from", … (a place's use)
    "before_lower",  # share of mentions followed by a lower-case word (a modifier: "the MMR jab")
    "before_verb",  # share of mentions followed by a verb: said, has, is, won, beat, … or an -ed form
    "possessive",  # share of mentions followed by 's
    "sentence_start",  # share of mentions that open a sentence
    "plural_opening",  # one plural word met only at a sentence's start ("Analysts said")
    "before_place",  # share of mentions followed by a comma and a place ("Bayston Hill, Shropshire")
    "title_words",  # a small word capitalised inside the name, as titles have it ("Life For Me")
    "quoted",  # share of mentions inside quotation marks
    "named_acronym",  # an acronym the text spells out in capitalised words ("Food and … (FAO)")
    "thing_acronym",  # an acronym the text spells out in lower case ("producer price index (PPI)")
    "part_of_other",  # its words are part of another candidate's name ("Christopher", "Ahmed Ali")
    "joined",  # two names joined by "and" ("Labour and Tories")
    "compass",  # opens with a compass word ("South Yorkshire", "West African")
    "of_a_person",  # share of mentions right after a person's possessive ("Philip Roth's The Plot …")
    "capital_the",  # share of mentions after "The" within a sentence ("Lily Tuck's The News From …")
    "described_person",  # an age or a word for a person set off after it ("Estael Sias, a meteorologist")
    "described_body",  # a word for a body set off after it ("Vale Sul, a Brazilian company,")
    "described_work",  # a word for a work, product or event set off after it ("Sideways, a wine-tasting comedy")
    "before_work",  # share of mentions followed by such a word ("the PSP console", "Super Bowl show")
    "of_a_body",  # share of mentions right after a body's possessive ("Sony's PSP", "Microsoft's Windows")
    "numbered",  # share of mentions with a bare number beside them, as a model has ("iPhone 18 Pro Max", "Ultra 3")
)

_PREPOSITION = re.compile(r"\b(?:in|at|from|to|near|into|outside|across|on|of)[ \t\u00a0]+$")
_LOWER_NEXT = re.compile(r"[ \t\u00a0]+[a-z]")
_POSSESSIVE = re.compile(r"['’]s?(?![\w])")
_SENTENCE_END = re.compile(r"(?:^|[.!?]['’\"”]?)[ \t\u00a0\n]*[\"“‘]?$")  # a quotation opens one too
_CONTEXT = 40
_LOWER_WORD = re.compile(r"(?<![\w-])[a-z][a-z]*(?![\w-])")
_BETWEEN_POINTS = frozenset({"Northeast", "Northwest", "Southeast", "Southwest"})
#: Words a name leaves in lower case and a title capitalises ("Life For Me", "Cat Among the Pigeons").
_SMALL_WORDS = HEADLINE_SMALL_WORDS | frozenset(
    ["among", "along", "there", "this", "that", "what", "who", "when", "how", "all", "not", "no"]
)
#: The word right before a name, or nothing after a sentence's end or a line break.
_BEFORE = re.compile(r"(?:([A-Za-z]+)[,:]?|[.!?\n]['’\"”]?)[ \t\u00a0]*$")
_POSSESSOR = re.compile(r"([A-Z][\w'’-]*?)['’]s?[ \t\u00a0]+(?:The[ \t\u00a0]+)?$")
_CAPITAL_THE = re.compile(r"[a-z,;:'’][ \t\u00a0]+The[ \t\u00a0]+$")
#: ", a Brazilian company,", ", a meteorologist at MetSul": the appositive's head noun.
_APPOSITIVE = re.compile(
    r",[ \t\u00a0]+(?:a|an|the)[ \t\u00a0]+(?:[\w'’-]+[ \t\u00a0]+){0,4}?([a-z][a-z-]*)"
    r"(?=[,.;:)]|[ \t\u00a0]+(?:at|of|for|from|with|in|on|who|based|and)\b)"
)
_AGE = re.compile(r",[ \t\u00a0]+\d{1,3}[,)]")
_PERSON_ENDINGS = ("ist", "ian", "man", "woman", "person", "er", "or")
_COMMA_NAME = re.compile(r",[ \t\u00a0]+([A-Z][\w.]*(?:[ \t\u00a0][A-Z][\w.]*)?)")
#: The word right after a name, or its possessive.
_AFTER = re.compile(r"(?:['’]s?\b|[,:]?[ \t\u00a0]+([A-Za-z]+))")


@dataclass(frozen=True)
class Page:
    """What every candidate's features read of the article, gathered once per article."""

    doc: Doc
    speakers: frozenset[str]
    names: tuple[str, ...]  # every candidate's name
    lower_words: frozenset[str]  # the words the text writes in lower case
    title_words: frozenset[str]
    surnames: frozenset[str]  # the last words of the people's names
    bodies: frozenset[str]  # the last words of the bodies' names
    quotations: Marked  # every stretch of the text in quotation marks

    @classmethod
    def of(cls, doc: Doc, speakers: frozenset[str], names: Sequence[str]) -> Page:
        title = (doc.article.title or "").replace("’s", "").replace("'s", "")
        return cls(
            doc,
            speakers,
            tuple(names),
            frozenset(_LOWER_WORD.findall(doc.text)),
            frozenset(title.split()),
            frozenset(name.split()[-1] for name in doc.people if name not in doc.cast.bodies),
            frozenset(
                e.name.split()[-1] for e in doc.cast.entities if e.kind == "organization" or e.name in doc.cast.bodies
            ),
            Marked.of((q.start, q.end) for q in doc.quotations),
        )


def who_features(entity: Entity, mentions: Sequence[Mention], page: Page) -> dict[str, float]:
    """The FEATURES of ``entity``, whose mentions are ``mentions``, and the words around it:
    ``head=`` its last word, ``prev=`` and ``next=`` the words before and after its mentions
    (each as the share of mentions), which the training script keeps where it saw them often
    enough to weigh."""
    doc = page.doc
    text = doc.text
    words = entity.name.split()
    capitalised = [w for w in words if w.isalpha() and w[0].isupper()]
    lower = sum(1 for w in capitalised if w[1:].islower() and w.lower() in page.lower_words)
    spans = [_name_span(text, m, entity.name) for m in mentions] or [(entity.first, entity.first + len(entity.name))]

    def share(pattern: re.Pattern[str], before: bool) -> float:
        hits = 0
        for start, end in spans:
            if before:
                hits += pattern.search(text, max(0, start - _CONTEXT), start) is not None
            else:
                hits += pattern.match(text, end) is not None
        return hits / len(spans)

    opening = share(_SENTENCE_END, before=True)
    spelled = _spelled_out(entity.name, text) if entity.name.isupper() and len(entity.name) > 1 else None
    dense = [
        1.0,
        float(entity.kind == "person"),
        float(entity.name in doc.cast.bodies),
        min(1.0, math.log1p(entity.mentions) / 3),
        float(bool(entity.role)),
        float(is_first_name(words[0])),
        float(_titles(words[0].lower().rstrip(".")) or any(_titles(word_before(text, start)) for start, _ in spans)),
        min(1.0, len(words) / 4),
        float(any(len(w) > 1 and w.isupper() for w in words)),
        float(any(c.isdigit() for c in entity.name)),
        float(words[-1] in page.title_words),
        float(entity.first < doc.lead_end),
        float(entity.name in page.speakers),
        float(words[-1].lower() in organization_words()),
        float(any(_a_place(w) for w in words)),
        float(words[-1].lower() in geographic_features() or words[-1].lower() in site_words()),
        lower / max(len(capitalised), 1),
        share(_PREPOSITION, before=True),
        share(_LOWER_NEXT, before=False),
        sum(looks_like_verb(word_after(text, end)) for _, end in spans) / len(spans),
        share(_POSSESSIVE, before=False),
        opening,
        float(len(words) == 1 and _plural(words[0]) and opening == 1.0),
        sum(_place_follows(text, end) for _, end in spans) / len(spans),
        float(any(w.lower() in _SMALL_WORDS and w[0].isupper() for w in words[1:])),
        sum(page.quotations.covers(start) for start, _ in spans) / len(spans),
        float(spelled == "named"),
        float(spelled == "thing"),
        float(any(_inside(entity.name, other) for other in page.names)),
        float(" and " in entity.name),  # "Obama and Clinton"; an ampersand joins a firm's name
        float(words[0] in COMPASS or words[0] in _BETWEEN_POINTS),
        sum(_possessed_by(text, start, page.surnames) for start, _ in spans) / len(spans),
        share(_CAPITAL_THE, before=True),
        float(any(described(text, end) == "person" for _, end in spans)),
        float(any(described(text, end) == "body" for _, end in spans)),
        float(any(described(text, end) == "work" for _, end in spans)),
        sum(_before_work(text, end) for _, end in spans) / len(spans),
        sum(_possessed_by(text, start, page.bodies) for start, _ in spans) / len(spans),
        sum(_numbered(text, start, end) for start, end in spans) / len(spans),
    ]
    features = {name: value for name, value in zip(FEATURES, dense, strict=True) if value}
    features["head=" + words[-1].lower()] = 1.0
    for start, end in spans:
        for key in ("prev=" + word_before(text, start), "next=" + word_after(text, end)):
            features[key] = features.get(key, 0.0) + 1.0 / len(spans)
    return features


def described(text: str, end: int) -> str | None:
    """What an appositive right after a name makes it: "person" for an age or a word for someone
    ("a meteorologist at MetSul", "a 26-year-old nurse"), "body" for a word for a body ("a
    Brazilian company"), "work" for a word for a work, product or event ("a wine-tasting comedy")."""
    if _AGE.match(text, end):
        return "person"
    match = _APPOSITIVE.match(text, end)
    if match is None:
        return None
    head = match.group(1).lower()
    if head in body_nouns():
        return "body"
    if head in work_words():
        return "work"
    if head in role_words() or head in speaker_nouns() or head.endswith(_PERSON_ENDINGS):
        return "person"
    return None


def _plural(word: str) -> bool:
    return word[1:].islower() and word.endswith("s") and not word.endswith("ss")


def _spelled_out(acronym: str, text: str) -> str | None:
    """How the text writes what ``acronym`` stands for, where it does ("… Organisation (FAO)"):
    "named" in capitalised words, "thing" in lower case."""
    found = text.find(f"({acronym})")
    if found < 0:
        return None
    before = re.findall(r"[A-Za-z][\w'’-]*", text[max(0, found - 60) : found])[-3:]
    if not before:
        return None
    capitalised = sum(w[0].isupper() for w in before if w.lower() not in _SMALL_WORDS)
    return "named" if capitalised >= 2 or (capitalised and len(before) == 1) else "thing"


def _inside(name: str, other: str) -> bool:
    """``name`` is a whole-word part of the longer name ``other``."""
    return name != other and f" {name} " in f" {other} "


def _possessed_by(text: str, start: int, owners: frozenset[str]) -> bool:
    match = _POSSESSOR.search(text, max(0, start - _CONTEXT), start)
    return match is not None and match.group(1) in owners


def _before_work(text: str, end: int) -> bool:
    match = WORD_AFTER.match(text, end)  # "console" of "the PSP console"
    return match is not None and (match[1] in work_words() or match[1].removesuffix("s") in work_words())


#: A bare number right after a name or right before it: not a score ("2-1"), an age (", 34"), a
#: price or a share.
_NUMBER_AFTER = re.compile(r"[ \t\u00a0]\d{1,4}(?![\w.,:/%-]?\d)(?![\w%-])")
_NUMBER_BEFORE = re.compile(r"(?<![\d.,:/$£€-])\d{1,4}[ \t\u00a0]$")


def _numbered(text: str, start: int, end: int) -> bool:
    return bool(_NUMBER_AFTER.match(text, end) or _NUMBER_BEFORE.search(text, max(0, start - 6), start))


def _place_follows(text: str, end: int) -> bool:
    match = _COMMA_NAME.match(text, end)
    return match is not None and _a_place(match.group(1))


def _name_span(text: str, mention: Mention, name: str) -> tuple[int, int]:
    """Where the name itself lies ("Then Sky Sports" holds "Sky Sports", "Fed's" "Fed"); a
    mention's text and offsets may each leave out a word the other holds ("The Plot …")."""
    found = text.find(name, max(0, mention.start - _CONTEXT), mention.end + _CONTEXT)
    start = found if found >= 0 else mention.start
    return start, start + len(name)


def word_before(text: str, start: int) -> str:
    match = _BEFORE.search(text, max(0, start - _CONTEXT), start)
    if match is None or match.group(1) is None:
        return "<s>"
    return match.group(1).lower()


def word_after(text: str, end: int) -> str:
    match = _AFTER.match(text, end)
    if match is None:
        return "</s>"
    return "<pos>" if match.group(1) is None else match.group(1).lower()


def _titles(word: str) -> bool:
    return word in HONORIFICS or word in role_words()


def _a_place(word: str) -> bool:
    entry = place(word)
    return entry is not None and entry.kind in ("country", "city", "region", "province")
